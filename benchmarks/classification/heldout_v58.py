"""Held-out set v58 for the column classifier: 15 tables of *legacy ERP, mainframe and midrange exports*, one system
per table and each a different organisation, nine with English-derived column names (the United States and the
United Kingdom) and six in German (SAP's abbreviations), Danish, Dutch, French, Spanish and romanized Japanese, in
SCREAMING, snake, camel and Pascal case, Navision's spaced names and a flat file's ``F1`` to ``F40``; mostly opaque
and abbreviated names, personal data under cryptic names beside decoys under cryptic names:

* ``PRODDTA.F0111``: a Fond du Lac dairy-equipment distributor's JD Edwards Who's Who of its customers (line 0 the
  farm or creamery itself, lines 1 and up its people: ``WWMLNM``, ``WWALPH``, the compressed ``WWDC``, ``WWGNNM``,
  ``WWSRNM``, ``WWNICK``, birthdays split into ``WWDDATE``/``WWDMON``/``WWDYR``, the area code ``WPAR1`` apart from
  the number ``WPPH1``, Julian ``WWUPMJ``, ``WWUSER``, ``WWPID``, ``WWJOBN``);
* ``APPS.XXPB_AP_SUPPLIER_EXT``: a Permian Basin well-services company's Oracle E-Business Suite supplier extract
  (three quarters companies; ``INDIVIDUAL_1099`` the SSN of individuals, ``NUM_1099`` a company's EIN, descriptive
  flexfields ``ATTRIBUTE1`` to ``ATTRIBUTE5``: an MSA number, an insurance expiry, the owner's name and cell phone,
  an ISNetworld id; the contact's name, phone and e-mail; a masked account and a routing number);
* ``COOPLIB.MBRMSTP``: a south-central Missouri electric co-operative's AS/400 member file (``MBMBR#``, ``MBNAM1`` as
  ``LAST FIRST MI``, the joint member, ``MBSRCH``, ZIP as a number, phones and SSN as ``DEC`` numbers with 0 for
  missing, ``MBBDAT`` as ``CYYMMDD``, the service location, meter, GPS, a driver's licence number, medical-need notes);
* ``RETSYS.MBR_MASTER``: a Kansas municipal retirement system's member master unloaded with its COBOL copybook's
  names (``MBR_NM_LAST``, ``MBR_DOB_CCYYMMDD``, ``BENE_1_NM``, ``BENE_1_SSN``, ``ALT_PAYEE_NM``, ``FILLER_01``);
* ``landing.PAYFEED_NWGA_WKLY``: a Dalton, Georgia carpet mill's fixed-width payroll-to-benefits file loaded as
  ``F1`` to ``F40`` (SSN, names, address, birth date, the first dependant, an e-mail, the supervisor, an emergency
  contact mixing a name and a number, the plant's phone, a filler, a batch id and a checksum);
* ``bc_odata.PenwithAgri_Customers``: a West Cornwall agricultural merchant's Business Central customers as its OData
  service exports them (``Name``, ``Search_Name``, ``Name_2``, ``Phone_No``, ``E_Mail``, ``VAT_Registration_No``,
  the holding number, ``ETag``; about 60% farmers trading under their own names);
* ``access_export.tblBoarders``: a Bourbon County, Kentucky boarding barn's Access table (``ownerFirst``, ``spouse``,
  horses named like people, ``foaled``, the owner's vet and farrier, ``Field1``: the owner's birth date typed as text,
  ``Field2``: the gate code, ``Expr1000``: ``Last, First``, a card kept on file in clear);
* ``LAWPROD.EMPLOYEE``: a Hickory, North Carolina furniture maker's Lawson-style HR file (``FICA_NBR``,
  ``NICK_NAME``, ``HM_PHONE_NBR``, the plant's ``WK_PHONE_NBR``, Lawson's empty date ``1700-01-01``,
  ``SUPER_NAME``, ``EMERG_NAME``, ``USER_ID``);
* ``WARLIB.WRNREGP``: an Elkhart County, Indiana travel-trailer maker's AS/400 warranty registrations (``WRVIN``
  with its check digit, the dealer's name, the dealer's salesperson, owner and co-owner, upper-case e-mail, the IP
  of web registrations, ``CYYMMDD`` dates);
* ``SAPHR.ZHR_PA_EXTRAKT``: a Ludwigshafen paint maker's SAP HCM extract flattening several infotypes (``NACHN``,
  ``VORNA``, ``NAME2`` the birth name, ``RUFNM``, ``GBDAT`` as DATS text, ``GBORT``, ``STEUERID``, ``RVNR``,
  ``USRTY``/``USRID``, ``EMFTX``, ``ZZ_NOTFALL``, ``ZZ_SPIND``, the first child's ``FAVOR_1`` and ``FGBDT_1``);
* ``navision.Vestjysk Andelsslagteri$Kreditor``: a West Jutland co-operative slaughterhouse's Navision 2009 vendors in
  Danish (three quarters pig farmers: ``Navn``, ``Søgenavn``, ``Adresse``, ``CPR-nr_`` for members without a CVR
  number, ``CVR-nr_``, ``CHR-nr_``, the member advisor);
* ``TUINLIB.PERSMSTR``: a De Lier (Westland) sweet-pepper grower's IBM i personnel file with Dutch six-letter names
  (``ACHTNM``, ``TUSSVG``, ``VOORLT``, ``ROEPNM``, ``GEBDAT``, ``BSNNR``, ``IDNUMM``, the grower's lodging as the
  seasonal workers' ``STRAAT``, ``TELTHU`` the home-country phone, ``PLOEGL`` the team lead);
* ``VPC.FIC_CLIENTS``: a Roubaix mail-order catalogue house's customer file from its mainframe (``NOM``, ``PRENOM``,
  the French postal lines ``ADR_L2`` to ``ADR_L5``, ``DT_NAIS_JJMMAA``, ``TOP_NPAI``, ``CB_4DERN``, ``CB_CHIFFRE``,
  ``IBAN_PRLV``, ``FILLER``);
* ``reparto.clientes_reparto``: a Tordesillas bottled-gas distributor's Informix customers (``apell1``, ``apell2``,
  ``nif``, ``domic``, ``piso``, ``f_nac``, the certified installer, the driver, ``campo_libre1``: a relative's
  mobile, ``campo_libre2``: the street door's code, ``observ``, the doorway's GPS);
* ``TSUHAN.KOKYAKU_MST``: a Shizuoka tea wholesaler's office-computer customer master (``KOKYAKU_MEI``,
  ``KOKYAKU_KANA``, ``YUBIN_NO``, ``JUSHO1`` to ``JUSHO3``, ``SEINENGAPPI`` as ``S45.03.12``, ``HOJIN_BANGO``, the
  gift recipient's ``SOFUSAKI_*``, ``YOBI1`` holding a family member's e-mail, ``YOBI2`` a campaign code).

Written **blind**, like v2 to v55: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the *structure* and labeling conventions of
v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``, and of ``heldout_v4.py``
what v27 imports), the module docstrings of v24 to v55 (to avoid their domains and follow their conventions), the
``Column``/``Table`` classes and writer of ``heldout_v2.py``, and the source of python-stdnum and phonenumbers. (A
formatting check printed part of v55's table code once, after v58's tables were written; nothing here was taken from
it.) The classifier was not run on this set while it was written, no scorer was run on it, and no score of any set
was looked at: nothing here was adjusted to what the classifier does. It was written under a short deadline (about 60
minutes, the tests and lint included), so some labels below are quick decisions rather than settled conventions. It
imports no earlier set's value module: its random source, name lists, streets, towns, postal codes, companies and
identifier builders are its own (:mod:`benchmarks.classification.heldout_v58_values`; the generic ``Gen`` helpers
were copied from v27's).

What is new against v2 to v55: the legacy system as the subject. Earlier sets had single legacy tables (a mainframe
policy-holder extract in v25, a DB2 file and SAP's ``KNA1`` in v26, SAP, Dataverse and EBS in v28, COBOL extracts in
v33, an AS/400 kiwifruit file in v53, SCREAMING legacy exports here and there); here every table is one: JD Edwards,
Oracle EBS, two AS/400 files and an IBM i file, a COBOL copybook unload in English and one in French, a fixed-width
``F1``..``F40`` load, Business Central, Navision, Access, Lawson, SAP HCM, Informix and a Japanese office computer.

* legacy storage (tags ``legacy_date``, ``zero_missing``, ``fixed_width``, ``filler``, ``mostly_blank``): dates as
  ``CYYMMDD`` and ``CCYYMMDD`` numbers, JD Edwards Julian ``CYYDDD``, SAP DATS text (``00000000`` when empty),
  ``YYYYMMDD``, ``JJMMAA``, ``DD/MM/AAAA`` and ``M/D/YYYY`` text, Japanese era dates, NAV's ``1753-01-01`` and
  Lawson's ``1700-01-01``; ZIP codes, phones and SSNs as numbers with 0 for missing; values padded to the field's
  width, blank fillers, all-zero placeholders (``000000000``, ``0000000000``);
* people and companies in one master (tag ``mixed_business``), labeled by what most rows hold: JDE Who's Who names,
  Business Central ``Name``, Navision ``Navn``, the Japanese ``KOKYAKU_MEI`` (people: ``person_name``) and the EBS
  supplier's name, address, city, ZIP, phone and remittance e-mail (companies: ``none``);
* opaque and custom fields (tags ``opaque``, ``custom_field``): ``F1`` to ``F40``, EBS ``ATTRIBUTE1`` to
  ``ATTRIBUTE5`` (a name and a cell phone beside an MSA number, a date and an id), Access ``Field1`` (a birth date),
  ``Field2`` (a gate code) and ``Expr1000`` (a name), SAP ``ZZ_`` fields, ``campo_libre1``/``campo_libre2``,
  ``YOBI1``/``YOBI2``;
* names that mislead (tag ``misleading``): ``WWDC`` and ``MBSRCH`` (search keys holding names), SAP ``NAME2`` (a
  birth name), ``horseName`` and ``foaled`` (a horse's name and birth date: ``none``, tag ``animal``);
* split birthdays (tag ``split_dob``): JDE's day, month and year columns;
* identifiers with check digits (python-stdnum; the German pension insurance number's check implemented in the
  value module): US SSNs (dashed, undashed and as numbers), the German Steuer-IdNr and Rentenversicherungsnummer
  (encoding the row's birth date and birth name's initial), the Danish CPR number, the Dutch BSN, the Spanish DNI and
  NIE; German, Danish, Dutch, French and Spanish IBANs; a card number in clear (Luhn); decoys with their own check
  digits (tag ``check_digit``): EINs, ABA routing numbers, VINs, UK VAT numbers, CVR numbers, Japanese corporate
  numbers; phones of the US, the UK, Germany, Denmark, the Netherlands, Poland, Romania, France, Spain and Japan
  (phonenumbers) in national, international, ``00``, dashed and digits-only forms and as numbers.

Labeling choices a reader may question:

* a master mixing people and companies takes the majority's kind: ``person_name`` where about 60-90% of the rows are
  people (JDE, Business Central, Navision, the tea wholesaler), ``none`` where about three quarters are companies
  (the EBS supplier's ``VENDOR_NAME``, ``ADDRESS_LINE1``, ``CITY``, ``ZIP``, ``PHONE``, ``EMAIL_ADDRESS``) though
  the individuals' rows there are personal; the individuals' SSN column (``INDIVIDUAL_1099``) is ``ssn``;
* following ``kinds.py``, a social-security or social-insurance number is ``ssn`` (US SSNs, the German
  Rentenversicherungsnummer ``RVNR``); a tax number or citizen number is ``national_id`` (Steuer-IdNr, CPR, BSN, DNI
  and NIE); an identity document's number and a US driver's licence number are ``national_id``;
* the area code alone (``WPAR1``, ``AREA_CODE``), a ZIP+4 extension alone, a masked account and a card's last four
  digits are ``none`` (tag ``partial``); the local number ``WPPH1`` without its area code is ``phone``;
* a middle initial (``MBR_NM_MI``, ``MIDDLE_INIT``, ``F7``) and Dutch initials (``VOORLT``) are ``none`` (tag
  ``initial``); a tussenvoegsel alone (``TUSSVG``), a house number alone (``HUISNR``) and ``piso``/``puerta`` are
  ``none``;
* JDE's split birthday (day, month, year) is ``date_of_birth`` in each column (a part alone is arguable);
* ``USRID`` (an SAP user, a work e-mail or a mobile by ``USRTY``), ``F37`` and ``ZZ_NOTFALL`` (a name and a number)
  and the barn's ``emergencyContact`` are ``free_text`` (tag ``mixed_kinds``);
* a farm, a service location, a delivery address and the grower's lodging where seasonal workers live are
  ``street_address`` (tag ``premises``); Business Central's ``Address_2`` (a hamlet or village) and ``JUSHO1``
  (prefecture and city) are ``city``; counties, states and provinces are ``none``;
* staff (the supervisor, the member advisor, the team lead, the installer, the driver, the sales rep, the owner's vet
  and farrier) are ``person_name`` or ``first_name`` (tag ``staff``); a dealer's salesperson (many) is
  ``person_name`` (tag ``role_word``); AS/400 user profiles, SAP and JDE user ids, operators and Lawson logins are
  ``unclassified`` (tag ``username``); a program name (``MBCHGP``) is ``none``;
* record numbers (``WWAN8``, ``MBMBR#``, ``PERNR``, ``NUM_CLIENT``, ``KOKYAKU_CD``, a referrer's customer number) are
  ``none`` (tag ``join_key``); gate, door, locker codes and an encrypted card blob are ``none`` (tag ``credential``);
* a horse's name and foaling date are ``none`` (tag ``animal``); coordinates of a meter or a doorway are ``none``;
* a plant's, a dealer's and an employer's name, phone and state are ``none`` (tag ``business``); the EBS contact's
  direct line and work e-mail are ``phone`` and ``email`` (a person's).

Labeling rules otherwise as v2 to v55 (see :mod:`benchmarks.classification.heldout_v27`): staff names are
``person_name`` (a first name alone ``first_name``); notes naming people are ``free_text``. ``null_heavy`` means
50-95% NULL, ``nullword_heavy`` 70-95% NULL words, blanks or zero placeholders.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets and
towns of :mod:`benchmarks.classification.heldout_v58_values`, written for v58 (no Faker, no list of real people, no
breach data). Build: ``python -m benchmarks.classification.heldout_v58 [PATH]`` (default
``/tmp/heldout_v58.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v58``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v58_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v58_values import NULLISH, SEED, USERNAME, Gen, N, c, pad

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

DEFAULT_PATH = Path("/tmp/heldout_v58.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, blanks and placeholders (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (contact, beneficiary, co-owner, farrier, payee ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # a batch program or job writing the row (none)
PREMISES = "premises"  # a person's home named as a service location, a farm or a delivery address
KEY = "join_key"  # a record number of the organisation or a key joining files (none)
OPAQUE = "opaque"  # an opaque name (F7, ATTRIBUTE3, Field1, YOBI1, CAMPO_LIBRE1 ...)
CUSTOM = "custom_field"  # a customer's own field (ZZ, ATTRIBUTE, Field1, CAMPO_LIBRE, YOBI ...)
MIXED = "mixed_kinds"  # a cell holds a name, a phone or an e-mail address by row (free_text)
MIXED_BUSINESS = "mixed_business"  # a master's column holding people and companies (labeled by the majority)
PARTIAL = "partial"  # the last digits of a card, an area code or a ZIP+4 extension alone (none)
INITIAL = "initial"  # a middle initial or initials alone (none)
CREDENTIAL = "credential"  # gate, door and locker codes, encrypted card blobs (none)
CHECK = "check_digit"  # a decoy with a check digit (VIN, EIN, routing number, VAT, CVR, corporate number ...)
LEGACY_DATE = "legacy_date"  # a date as CYYMMDD, CCYYMMDD, YYYYMMDD, JDE Julian CYYDDD, SAP DATS or era text
SPLIT_DOB = "split_dob"  # a date of birth split into day, month and year columns
DOB_TEXT = "dob_text"  # a date of birth stored as text
ZERO = "zero_missing"  # a numeric column using 0 for a missing value
FIXED = "fixed_width"  # values right-padded with blanks to the field's width
FILLER = "filler"  # a blank filler field of a fixed-width record (none)
BLANK = "mostly_blank"  # a non-personal column that is mostly blank or zeros, as legacy files keep them (none)
ANIMAL = "animal"  # a horse's name or foaling date (none)
# the systems
SAP, JDE, EBS, AS400, COBOL, FLAT, NAV, ACCESS, LAWSON, OFFCOM, INFORMIX = (
    "sap",
    "jde",
    "ebs",
    "as400",
    "cobol",
    "flat_file",
    "nav",
    "access",
    "lawson",
    "office_computer",
    "informix",
)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", " ", "") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str] = v.whole) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, style: int, lang: str = "us") -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, lang), style))
    return sorted(out)


def _zero(g: Gen, values: list, share: float) -> list:
    return [0 if g.rnd.random() < share else x for x in values]


def _padded(values: list, width: int) -> list:
    return [pad(x, width) for x in values]


# -- JD Edwards, Oracle E-Business Suite ------------------------------------------------------------------------------


def jde_whos_who(g: Gen) -> Table:
    """A Fond du Lac dairy-equipment distributor's JD Edwards Who's Who (``F0111``) of its customers, joined in the
    export with the first phone line (``F0115``) and e-mail (``F01151``): line 0 of an address number is the customer
    itself (a dairy farm or a creamery: about a quarter of the rows), lines 1 and up are its contacts (owners, herd
    managers, bookkeepers). Names padded to 40, the compressed description ``WWDC``, birthdays split into day, month
    and year (0 when unknown), area code apart from the number, JDE Julian update dates, user ids, programs and
    workstations."""
    farms = [
        (
            g.rnd.choice(v.US_COMPANIES)
            if g.rnd.random() < 0.3
            else f"{v.person(g)[1]} {g.rnd.choice(['Dairy', 'Farms', 'Holsteins', 'Acres'])}"
            + g.rnd.choice(["", " LLC", " Inc"]),
            v.us_town(g, "WI"),
        )
        for _ in range(260)
    ]
    users = _logins(g, 5, 2)
    rows = []
    an8 = 0
    while len(rows) < g.rows:
        an8 = an8 + g.rnd.randint(1, 9)
        farm = farms[an8 % len(farms)]
        for line in range(g.rnd.randint(1, 5)):
            rows.append((4_100_000 + an8 * 10, line, farm, v.person(g) if line else None))
    rows = rows[: g.rows]

    def alpha(r: tuple) -> str:
        return r[2][0] if r[3] is None else f"{r[3][1]}, {r[3][0]}"

    def remark(r: tuple) -> str:
        if r[3] is None:
            return g.rnd.choice(["Tie-stall barn, 2x milking", "Parlor retrofit 2024", "Robot site - 3 Lely A5"])
        return g.rnd.choice(
            [
                f"Wife {v.given(g)} does the books",
                "Call after 9am - milking",
                "Prefers text",
                f"Son {v.given(g)} {r[3][1]} taking over 2026",
                "Spanish speaking crew lead",
            ]
        )

    area = [g.rnd.choice(v.US_AREAS_BY_STATE["WI"]) for _ in rows]
    local = [g.phone("US", "dashes", g.rnd.random() < 0.6, [a])[4:] for a in area]
    born = [g.birth(1944, 2002) if r[3] is not None and g.rnd.random() < 0.6 else None for r in rows]
    year_known = [b is not None and g.rnd.random() < 0.55 for b in born]
    return Table(
        "PRODDTA.F0111",
        "en",
        "screaming",
        [
            c("WWAN8", N, "DOUBLE", [float(r[0]) for r in rows], "decoy", KEY, JDE),
            c("WWIDLN", N, "DOUBLE", [float(r[1]) for r in rows], "decoy", JDE),
            c(
                "WWMLNM",
                "person_name",
                "VARCHAR",
                _padded([r[2][0] if r[3] is None else f"{r[3][0]} {r[3][1]}" for r in rows], 40),
                MIXED_BUSINESS,
                FIXED,
                JDE,
            ),
            c("WWALPH", "person_name", "VARCHAR", _padded([alpha(r) for r in rows], 40), MIXED_BUSINESS, FIXED, JDE),
            c(
                "WWDC",
                "person_name",
                "VARCHAR",
                _padded(["".join(ch for ch in v.upper_ascii(alpha(r)) if ch.isalnum()) for r in rows], 40),
                MIXED_BUSINESS,
                MISLEADING,
                JDE,
            ),
            c(
                "WWGNNM",
                "first_name",
                "VARCHAR",
                _padded(["" if r[3] is None else r[3][0] for r in rows], 25),
                JDE,
                ABBREV,
            ),
            c(
                "WWMDNM",
                "first_name",
                "VARCHAR",
                _padded(["" if r[3] is None or g.rnd.random() < 0.8 else v.given(g) for r in rows], 25),
                NULLWORD,
                JDE,
                ABBREV,
            ),
            c(
                "WWSRNM",
                "last_name",
                "VARCHAR",
                _padded(["" if r[3] is None else r[3][1] for r in rows], 25),
                JDE,
                ABBREV,
            ),
            c(
                "WWSLNM",
                "person_name",
                "VARCHAR",
                _padded(
                    [
                        "" if r[3] is None else g.rnd.choice([r[3][0], f"Mr. {r[3][1]}", f"{r[3][0]} {r[3][1]}"])
                        for r in rows
                    ],
                    40,
                ),
                JDE,
                ABBREV,
            ),
            c(
                "WWNICK",
                "first_name",
                "VARCHAR",
                _padded(
                    [
                        ""
                        if r[3] is None or g.rnd.random() < 0.75
                        else g.rnd.choice(["Butch", "Sonny", "Red", "Bud", "Sis", "Dutch", r[3][0][:3]])
                        for r in rows
                    ],
                    20,
                ),
                NULLWORD,
                JDE,
            ),
            c("WWTYC", N, "VARCHAR", [" " if r[3] is None else g.rnd.choice("CCBAO") for r in rows], "decoy", JDE),
            c(
                "WWATTL",
                N,
                "VARCHAR",
                _padded(
                    [
                        ""
                        if r[3] is None
                        else g.rnd.choice(
                            ["Owner", "Herd Manager", "Bookkeeper", "Partner", "Milker Lead", "Nutritionist"]
                        )
                        for r in rows
                    ],
                    40,
                ),
                "decoy",
                JDE,
            ),
            c("WWW001", N, "VARCHAR", [g.rnd.choice(["   ", "DRY", "PAR", "ROB", "TIE"]) for _ in rows], "decoy", JDE),
            c("ABAC03", N, "VARCHAR", [g.rnd.choice(["100", "250", "500", "1K+", "2K+"]) for _ in rows], "decoy", JDE),
            c(
                "ABMCU",
                N,
                "VARCHAR",
                [g.rnd.choice(["          10", "          20", "         310"]) for _ in rows],
                "decoy",
                JDE,
            ),
            c("WWGEND", N, "VARCHAR", [" " if r[3] is None else g.rnd.choice("MF ") for r in rows], "decoy", JDE),
            c("WWDDATE", "date_of_birth", "INTEGER", [b.day if b else 0 for b in born], SPLIT_DOB, ZERO, JDE),
            c("WWDMON", "date_of_birth", "INTEGER", [b.month if b else 0 for b in born], SPLIT_DOB, ZERO, JDE),
            c(
                "WWDYR",
                "date_of_birth",
                "INTEGER",
                [b.year if b and k else 0 for b, k in zip(born, year_known)],
                SPLIT_DOB,
                ZERO,
                JDE,
            ),
            c(
                "WWREM1",
                "free_text",
                "VARCHAR",
                _padded([remark(r) if g.rnd.random() < 0.25 else "" for r in rows], 40),
                NULLWORD,
                JDE,
            ),
            c("WPAR1", N, "VARCHAR", _padded(area, 6), "decoy", PARTIAL, JDE),
            c("WPPH1", "phone", "VARCHAR", _padded(local, 20), JDE),
            c("WPPHTP", N, "VARCHAR", [g.rnd.choice(["CAR ", "HOM ", "BUS ", "    "]) for _ in rows], "decoy", JDE),
            c(
                "EAEMAL",
                "email",
                "VARCHAR",
                [
                    ""
                    if r[3] is None or g.rnd.random() < 0.3
                    else v.email_of(g, r[3][0], r[3][1], v.US_DOMAINS + ["tds.net", "frontiernet.net"])
                    for r in rows
                ],
                JDE,
            ),
            c("WWUSER", USERNAME, "VARCHAR", _padded(g.col(g.pick(users)), 10), USER, AUDIT, JDE),
            c(
                "WWPID",
                N,
                "VARCHAR",
                _padded(g.col(g.pick(["P01111", "P01111", "P0111", "R0111Z1"])), 10),
                "decoy",
                JDE,
            ),
            c("WWJOBN", N, "VARCHAR", _padded(g.col(lambda: f"FDLWKS{g.rnd.randint(1, 40):03d}"), 10), "decoy", JDE),
            c(
                "WWUPMJ",
                N,
                "DOUBLE",
                [float(v.jde_julian(g.day("2009-01-01", "2025-11-28"))) for _ in rows],
                "decoy",
                LEGACY_DATE,
                JDE,
            ),
            c("WWUPMT", N, "DOUBLE", [float(g.rnd.randint(60_000, 175_959)) for _ in rows], "decoy", JDE),
        ],
    )


def ebs_suppliers(g: Gen) -> Table:
    """A Permian Basin well-services company's Oracle E-Business Suite supplier extract (a custom view
    ``XXPB_AP_SUPPLIER_EXT`` joining suppliers, their first site and contact). About three quarters of the suppliers
    are companies (hot-shot carriers, welders' shops, vacuum trucks, consultants' LLCs), a quarter individuals paid on
    a 1099 (welders, landmen, pumpers, royalty owners): ``VENDOR_NAME``, the site's address, phone and remittance
    e-mail hold mostly companies' and are ``none``; the individual's SSN sits in ``INDIVIDUAL_1099`` (NULL for
    companies), the company's EIN in ``NUM_1099``; the descriptive flexfield holds the owner's name and cell phone
    (``ATTRIBUTE3``, ``ATTRIBUTE4``), an MSA number, an insurance expiry and an ISNetworld id."""
    individual = [g.rnd.random() < 0.24 for _ in range(g.rows)]
    owners = [v.person(g) for _ in range(g.rows)]
    towns = [v.us_town(g, "TX") for _ in range(g.rows)]
    contacts = [v.person(g) for _ in range(g.rows)]
    companies = [
        g.rnd.choice(v.OILFIELD_VENDORS)
        if g.rnd.random() < 0.5
        else f"{o[1]} {g.rnd.choice(['Welding', 'Roustabout', 'Trucking', 'Consulting', 'Hot Oil'])}"
        f"{g.rnd.choice([' LLC', ' Inc', ' LLC', ' Co'])}"
        for o in owners
    ]
    areas = v.US_AREAS_BY_STATE["TX"]

    def vendor_name(i: int) -> str:
        a, b = owners[i]
        return (
            v.upper_ascii(g.rnd.choice([f"{a} {b}", f"{b}, {a}", f"{a} {v.initial(g)} {b}"]))
            if individual[i]
            else companies[i].upper()
        )

    def company_mail(name: str) -> str:
        return (
            g.rnd.choice(["ar", "billing", "office", "accounting"])
            + "@"
            + "".join(ch for ch in name.lower() if ch.isalpha())[:14]
            + ".com"
        )

    names = [vendor_name(i) for i in range(g.rows)]
    has_owner = [ind or g.rnd.random() < 0.25 for ind in individual]
    return Table(
        "APPS.XXPB_AP_SUPPLIER_EXT",
        "en",
        "screaming",
        [
            c("VENDOR_ID", N, "BIGINT", g.keys(30_001, 3), "decoy", KEY, EBS),
            c("SEGMENT1", N, "VARCHAR", [f"V{10_000 + i * 3}" for i in range(g.rows)], "decoy", SHAPE, EBS),
            c("VENDOR_NAME", N, "VARCHAR", names, "decoy", MIXED_BUSINESS, EBS),
            c(
                "VENDOR_TYPE_LOOKUP_CODE",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(["CONTRACTOR", "ROYALTY OWNER"])
                    if ind
                    else g.rnd.choice(["VENDOR", "CONTRACTOR", "VENDOR"])
                    for ind in individual
                ],
                "decoy",
                EBS,
            ),
            c(
                "ORGANIZATION_TYPE_LOOKUP_CODE",
                N,
                "VARCHAR",
                [
                    "INDIVIDUAL" if ind else g.rnd.choice(["CORPORATION", "PARTNERSHIP", "LIMITED LIABILITY COMPANY"])
                    for ind in individual
                ],
                "decoy",
                EBS,
            ),
            c(
                "NUM_1099",
                N,
                "VARCHAR",
                [None if ind else v.us_ein(g).replace("-", "") for ind in individual],
                "decoy",
                CHECK,
                EBS,
            ),
            c(
                "INDIVIDUAL_1099",
                "ssn",
                "VARCHAR",
                [v.us_ssn(g, g.rnd.random() < 0.3) if ind else None for ind in individual],
                HEAVY,
                EBS,
            ),
            c(
                "TYPE_1099",
                N,
                "VARCHAR",
                [g.rnd.choice(["NEC1", "MISC2", "MISC7"]) if ind or g.rnd.random() < 0.3 else "" for ind in individual],
                "decoy",
                EBS,
            ),
            c(
                "FEDERAL_REPORTABLE_FLAG",
                N,
                "VARCHAR",
                ["Y" if ind else g.rnd.choice("NNY") for ind in individual],
                "decoy",
                EBS,
            ),
            c("ATTRIBUTE_CATEGORY", N, "VARCHAR", ["PB Vendor"] * g.rows, "decoy", CUSTOM, EBS),
            c(
                "ATTRIBUTE1",
                N,
                "VARCHAR",
                g.col(lambda: f"MSA-{g.rnd.randint(2012, 2025)}-{g.rnd.randint(1, 999):04d}", 0.3),
                "decoy",
                SHAPE,
                OPAQUE,
                CUSTOM,
                EBS,
            ),
            c(
                "ATTRIBUTE2",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.day('2025-06-30', '2027-06-30'):%Y/%m/%d} 00:00:00", 0.35),
                "decoy",
                OPAQUE,
                CUSTOM,
                EBS,
            ),
            c(
                "ATTRIBUTE3",
                "person_name",
                "VARCHAR",
                [f"{a} {b}" if h and g.rnd.random() < 0.9 else None for h, (a, b) in zip(has_owner, owners)],
                HEAVY,
                OPAQUE,
                CUSTOM,
                ROLE,
                EBS,
            ),
            c(
                "ATTRIBUTE4",
                "phone",
                "VARCHAR",
                [
                    g.phone("US", g.rnd.choice(["dashes", "national"]), True, areas)
                    if h and g.rnd.random() < 0.75
                    else None
                    for h in has_owner
                ],
                HEAVY,
                OPAQUE,
                CUSTOM,
                EBS,
            ),
            c(
                "ATTRIBUTE5",
                N,
                "VARCHAR",
                g.col(lambda: f"400-{g.digits(6)}", 0.45),
                "decoy",
                SHAPE,
                OPAQUE,
                CUSTOM,
                EBS,
            ),
            c(
                "ADDRESS_LINE1",
                N,
                "VARCHAR",
                [
                    v.us_street(g)
                    if ind
                    else f"{g.rnd.randint(100, 9900)} {g.rnd.choice(['W Interstate 20', 'S County Rd 1290', 'N Grandview Ave', 'Andrews Hwy'])}"
                    for ind in individual
                ],
                "decoy",
                MIXED_BUSINESS,
                EBS,
            ),
            c("CITY", N, "VARCHAR", [t[0].upper() for t in towns], "decoy", MIXED_BUSINESS, EBS),
            c("STATE", N, "VARCHAR", ["TX"] * g.rows, "decoy", EBS),
            c("ZIP", N, "VARCHAR", [v.us_zip(g, t[2]) for t in towns], "decoy", MIXED_BUSINESS, EBS),
            c("AREA_CODE", N, "VARCHAR", [g.rnd.choice(areas) for _ in range(g.rows)], "decoy", PARTIAL, EBS),
            c(
                "PHONE",
                N,
                "VARCHAR",
                [f"555-01{g.rnd.randint(0, 99):02d}" for _ in range(g.rows)],
                "decoy",
                MIXED_BUSINESS,
                EBS,
            ),
            c(
                "EMAIL_ADDRESS",
                N,
                "VARCHAR",
                [
                    v.email_of(g, *owners[i], v.US_DOMAINS) if individual[i] else company_mail(companies[i])
                    for i in range(g.rows)
                ],
                "decoy",
                MIXED_BUSINESS,
                EBS,
            ),
            c(
                "CONTACT_FIRST_NAME",
                "first_name",
                "VARCHAR",
                [None if ind or g.rnd.random() < 0.15 else a for ind, (a, _) in zip(individual, contacts)],
                ROLE,
                EBS,
            ),
            c(
                "CONTACT_LAST_NAME",
                "last_name",
                "VARCHAR",
                [None if ind or g.rnd.random() < 0.12 else b for ind, (_, b) in zip(individual, contacts)],
                ROLE,
                EBS,
            ),
            c(
                "CONTACT_PHONE",
                "phone",
                "VARCHAR",
                [
                    None if ind or g.rnd.random() < 0.2 else g.phone("US", "national", g.rnd.random() < 0.7, areas)
                    for ind in individual
                ],
                EBS,
            ),
            c(
                "CONTACT_EMAIL",
                "email",
                "VARCHAR",
                [
                    None
                    if ind or g.rnd.random() < 0.3
                    else v.work_email(a, b, "".join(ch for ch in co.lower() if ch.isalpha())[:14] + ".com")
                    for ind, (a, b), co in zip(individual, contacts, companies)
                ],
                EBS,
            ),
            c("BANK_ACCOUNT_NUM", N, "VARCHAR", g.col(lambda: "XXXXXX" + g.digits(4), 0.2), "decoy", PARTIAL, EBS),
            c("BANK_NUM", N, "VARCHAR", g.col(lambda: v.aba_routing(g), 0.2), "decoy", CHECK, EBS),
            c(
                "PAY_GROUP_LOOKUP_CODE",
                N,
                "VARCHAR",
                g.col(g.pick(["WEEKLY", "STANDARD", "ROYALTY", "EMPLOYEE"])),
                "decoy",
                EBS,
            ),
            c(
                "TERMS_NAME",
                N,
                "VARCHAR",
                g.col(g.pick(["NET 30", "NET 45", "IMMEDIATE", "2% 10 NET 30"])),
                "decoy",
                EBS,
            ),
            c("HOLD_FLAG", N, "VARCHAR", g.yn("Y", "N", 0.06), "decoy", EBS),
            c("CREATED_BY", N, "BIGINT", g.col(g.pick([1153, 1153, 2087, 1318, -1])), "decoy", AUDIT, EBS),
            c("CREATION_DATE", N, "TIMESTAMP", g.moments("2004-01-01", "2025-11-30"), "decoy", EBS),
            c("LAST_UPDATE_DATE", N, "TIMESTAMP", g.moments("2020-01-01", "2025-11-30"), "decoy", EBS),
        ],
    )


# -- IBM i (AS/400) and COBOL ------------------------------------------------------------------------------------------


def coop_members(g: Gen) -> Table:
    """A south-central Missouri rural electric co-operative's member master, an AS/400 physical file ``MBRMSTP``:
    six-character names with ``#``, the member's name as ``LAST FIRST MI`` padded to 30, the joint member (spouse),
    the search key (the surname cut to 10), the mailing address and the service location (the member's home or barn:
    ``street_address``, tag ``premises``), ZIP as a 5-digit number and the +4 apart, phones and the SSN as ``DEC``
    numbers (0 when missing), the birth date and connect date as ``CYYMMDD``, the meter, rate and GPS of the meter,
    capital credits, a driver's licence number for the deposit waiver, the employer, notes about medical necessity
    and dogs, the user profile and program of the last change."""
    pairs = [v.person(g) for _ in range(g.rows)]
    towns = [v.us_town(g, "MO") for _ in range(g.rows)]
    users = _logins(g, 6, 3)
    areas = v.US_AREAS_BY_STATE["MO"]

    def name(a: str, b: str) -> str:
        return v.upper_ascii(f"{b} {a} {v.initial(g)}" if g.rnd.random() < 0.7 else f"{b} {a}")

    def note() -> str:
        return g.rnd.choice(
            [
                "MEDICAL NEED - OXYGEN CONCENTRATOR",
                "DOG AT METER - CALL FIRST",
                f"CALL SON {v.upper_ascii(v.whole(g))} {g.phone('US', 'digits', True, areas)}",
                "LEVEL PAY PLAN",
                f"POA {v.upper_ascii(v.whole(g))}",
                "GATE LOCKED - KEY AT OFFICE",
            ]
        )

    def dl() -> str:
        return g.rnd.choice([g.code("A999999999"), g.code("999A999"), g.code("A999999")])

    return Table(
        "COOPLIB.MBRMSTP",
        "en",
        "screaming",
        [
            c("MBMBR#", N, "INTEGER", g.keys(10_211, 7), "decoy", KEY, AS400),
            c(
                "MBACCT",
                N,
                "VARCHAR",
                [f"{g.rnd.randint(1, 99):02d}{g.digits(5)}-{g.rnd.randint(1, 3)}" for _ in range(g.rows)],
                "decoy",
                SHAPE,
                AS400,
            ),
            c("MBNAM1", "person_name", "VARCHAR", _padded([name(a, b) for a, b in pairs], 30), FIXED, AS400, ABBREV),
            c(
                "MBNAM2",
                "person_name",
                "VARCHAR",
                _padded(["" if g.rnd.random() < 0.55 else v.upper_ascii(f"{v.given(g)} {b}") for _, b in pairs], 30),
                FIXED,
                ROLE,
                AS400,
            ),
            c(
                "MBSRCH",
                "last_name",
                "VARCHAR",
                _padded([v.upper_ascii(b)[:10] for _, b in pairs], 10),
                MISLEADING,
                AS400,
            ),
            c(
                "MBADR1",
                "street_address",
                "VARCHAR",
                _padded([v.upper_ascii(v.us_street(g)) for _ in pairs], 30),
                FIXED,
                AS400,
            ),
            c(
                "MBADR2",
                "street_address",
                "VARCHAR",
                _padded(
                    [
                        ""
                        if g.rnd.random() < 0.82
                        else g.rnd.choice(
                            [
                                f"C/O {v.upper_ascii(v.whole(g))}",
                                f"APT {g.rnd.randint(1, 12)}",
                                f"RR {g.rnd.randint(1, 6)} BOX {g.rnd.randint(1, 300)}",
                            ]
                        )
                        for _ in pairs
                    ],
                    30,
                ),
                NULLWORD,
                FIXED,
                AS400,
            ),
            c("MBCITY", "city", "VARCHAR", _padded([t[0].upper() for t in towns], 20), FIXED, AS400),
            c("MBSTAT", N, "VARCHAR", ["MO"] * g.rows, "decoy", AS400),
            c("MBZIP5", "postal_code", "INTEGER", [int(v.us_zip(g, t[2])) for t in towns], AS400),
            c("MBZIP4", N, "INTEGER", _zero(g, [int(g.digits(4)) for _ in pairs], 0.4), "decoy", PARTIAL, ZERO, AS400),
            c(
                "MBPHN1",
                "phone",
                "BIGINT",
                _zero(g, [int(g.phone("US", "digits", False, areas)) for _ in pairs], 0.12),
                ZERO,
                AS400,
            ),
            c(
                "MBPHN2",
                "phone",
                "BIGINT",
                _zero(g, [int(g.phone("US", "digits", True, areas)) for _ in pairs], 0.45),
                ZERO,
                AS400,
            ),
            c("MBSSN", "ssn", "INTEGER", _zero(g, [int(v.us_ssn(g, False)) for _ in pairs], 0.15), ZERO, AS400),
            c(
                "MBBDAT",
                "date_of_birth",
                "INTEGER",
                _zero(g, [v.cyymmdd(g.birth(1928, 2004)) for _ in pairs], 0.2),
                LEGACY_DATE,
                ZERO,
                AS400,
            ),
            c(
                "MBSVAD",
                "street_address",
                "VARCHAR",
                _padded(
                    [
                        v.upper_ascii(v.us_street(g))
                        if g.rnd.random() < 0.5
                        else g.rnd.choice(["SAME", "SAME AS MAILING", "WELL HOUSE", "BARN"])
                        for _ in pairs
                    ],
                    30,
                ),
                PREMISES,
                FIXED,
                AS400,
            ),
            c(
                "MBMAP#",
                N,
                "VARCHAR",
                [f"{g.rnd.randint(1, 40):02d}-{g.rnd.randint(1, 36):02d}-{g.digits(3)}" for _ in pairs],
                "decoy",
                SHAPE,
                AS400,
            ),
            c("MBLAT", N, "DOUBLE", [round(37.9 + g.rnd.uniform(-0.5, 0.5), 6) for _ in pairs], "decoy", AS400),
            c("MBLON", N, "DOUBLE", [round(-91.8 + g.rnd.uniform(-0.6, 0.6), 6) for _ in pairs], "decoy", AS400),
            c("MBMTR#", N, "VARCHAR", [g.code("99999999") for _ in pairs], "decoy", SHAPE, AS400),
            c("MBRATE", N, "VARCHAR", g.col(g.pick(["RS1", "RS1", "RS2", "GS1", "LP3"])), "decoy", AS400),
            c(
                "MBCNDT",
                N,
                "INTEGER",
                [v.cyymmdd(g.day("1979-01-01", "2025-10-31")) for _ in pairs],
                "decoy",
                LEGACY_DATE,
                AS400,
            ),
            c("MBCAPC", N, "DECIMAL(9,2)", g.amounts(0, 9_400), "decoy", AS400),
            c(
                "MBEML",
                "email",
                "VARCHAR",
                _padded(
                    ["" if g.rnd.random() < 0.6 else v.email_of(g, a, b, v.US_DOMAINS).upper() for a, b in pairs], 50
                ),
                FIXED,
                AS400,
            ),
            c(
                "MBDRL#",
                "national_id",
                "VARCHAR",
                _padded(["" if g.rnd.random() < 0.45 else dl() for _ in pairs], 15),
                FIXED,
                AS400,
            ),
            c(
                "MBEMPL",
                N,
                "VARCHAR",
                _padded(
                    g.col(
                        g.pick(
                            [
                                "FORT LEONARD WOOD",
                                "SELF",
                                "RETIRED",
                                "PHELPS HEALTH",
                                "BREWER SCIENCE",
                                "MO S&T",
                                "",
                                "WAL-MART DC",
                            ]
                        )
                    ),
                    25,
                ),
                "decoy",
                AS400,
            ),
            c(
                "MBNOTE",
                "free_text",
                "VARCHAR",
                _padded(["" if g.rnd.random() < 0.75 else note() for _ in pairs], 60),
                NULLWORD,
                FIXED,
                AS400,
            ),
            c("MBCHGU", USERNAME, "VARCHAR", _padded(g.col(g.pick(users)), 10), USER, AUDIT, AS400),
            c(
                "MBCHGD",
                N,
                "INTEGER",
                [v.cyymmdd(g.day("2015-01-01", "2025-11-28")) for _ in pairs],
                "decoy",
                LEGACY_DATE,
                AS400,
            ),
            c(
                "MBCHGP",
                N,
                "VARCHAR",
                _padded(g.col(g.pick(["MBR100R", "MBR110R", "CIS#UPD", "NIGHTLY"])), 10),
                "decoy",
                SERVICE,
                AS400,
            ),
        ],
    )


def pension_members(g: Gen) -> Table:
    """A Kansas municipal employees' retirement system's member master on its mainframe, unloaded with the COBOL
    copybook's names (hyphens turned into underscores by the loader: ``MBR_NM_LAST``, ``MBR_DOB_CCYYMMDD``,
    ``BENE_1_SSN``, ``FILLER_01``): upper case, padded to the PIC width, SSNs as 9 digits (all zeros when missing),
    dates as ``CCYYMMDD`` numbers (0 when missing), the employer (a school district or city: ``none``), service
    credit and final average salary, the first beneficiary, a QDRO alternate payee (an ex-spouse, mostly blank), the
    last maintenance date and operator."""
    pairs = [v.person(g) for _ in range(g.rows)]
    towns = [v.us_town(g, "KS") for _ in range(g.rows)]
    births = g.births(1938, 2001)
    employers = [
        ("0412", "USD 305 SALINA"),
        ("0588", "CITY OF HAYS"),
        ("0103", "SALINE COUNTY"),
        ("0733", "USD 489 HAYS"),
        ("0291", "CITY OF EMPORIA"),
        ("0620", "FINNEY COUNTY"),
        ("0817", "USD 253 EMPORIA"),
    ]
    emp = [g.rnd.choice(employers) for _ in range(g.rows)]
    ops = [f"OPR{n:03d}" for n in g.rnd.sample(range(1, 99), 5)]
    status = [g.rnd.choice(["ACT", "ACT", "ACT", "RET", "RET", "TRM", "DEF"]) for _ in range(g.rows)]
    bene = [g.rnd.random() < 0.7 for _ in range(g.rows)]
    areas = v.US_AREAS_BY_STATE["KS"]

    def up(x: str, w: int) -> str:
        return pad(v.upper_ascii(x), w)

    return Table(
        "RETSYS.MBR_MASTER",
        "en",
        "screaming",
        [
            c("MBR_REC_TYPE", N, "VARCHAR", ["01"] * g.rows, "decoy", COBOL),
            c("MBR_ID", N, "VARCHAR", [f"M{7_000_000 + i * 13:08d}" for i in range(g.rows)], "decoy", KEY, COBOL),
            c("MBR_SSN", "ssn", "VARCHAR", [v.us_ssn(g, False) for _ in pairs], COBOL, ABBREV),
            c("MBR_NM_LAST", "last_name", "VARCHAR", [up(b, 20) for _, b in pairs], FIXED, COBOL, ABBREV),
            c("MBR_NM_FIRST", "first_name", "VARCHAR", [up(a, 15) for a, _ in pairs], FIXED, COBOL, ABBREV),
            c(
                "MBR_NM_MI",
                N,
                "VARCHAR",
                [g.rnd.choice([v.initial(g), v.initial(g), " "]) for _ in pairs],
                "decoy",
                INITIAL,
                COBOL,
            ),
            c(
                "MBR_NM_SFX",
                N,
                "VARCHAR",
                [g.rnd.choice(["   "] * 12 + ["JR ", "SR ", "III"]) for _ in pairs],
                "decoy",
                BLANK,
                COBOL,
            ),
            c("MBR_DOB_CCYYMMDD", "date_of_birth", "INTEGER", [v.yyyymmdd(b) for b in births], LEGACY_DATE, COBOL),
            c("MBR_SEX_CD", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy", COBOL),
            c("MBR_ADDR_LN1", "street_address", "VARCHAR", [up(v.us_street(g), 30) for _ in pairs], FIXED, COBOL),
            c(
                "MBR_ADDR_LN2",
                "street_address",
                "VARCHAR",
                [
                    up("" if g.rnd.random() < 0.85 else f"APT {g.rnd.randint(1, 40)}{g.rnd.choice('ABC ')}", 30)
                    for _ in pairs
                ],
                NULLWORD,
                FIXED,
                COBOL,
            ),
            c("MBR_CITY", "city", "VARCHAR", [up(t[0], 18) for t in towns], FIXED, COBOL),
            c("MBR_ST_CD", N, "VARCHAR", ["KS"] * g.rows, "decoy", COBOL),
            c("MBR_ZIP_5", "postal_code", "VARCHAR", [v.us_zip(g, t[2]) for t in towns], COBOL),
            c(
                "MBR_ZIP_4",
                N,
                "VARCHAR",
                [g.digits(4) if g.rnd.random() < 0.5 else "0000" for _ in pairs],
                "decoy",
                PARTIAL,
                COBOL,
            ),
            c(
                "MBR_HOME_PH",
                "phone",
                "VARCHAR",
                [
                    g.phone("US", "digits", g.rnd.random() < 0.5, areas) if g.rnd.random() < 0.85 else "0000000000"
                    for _ in pairs
                ],
                COBOL,
            ),
            c("EMPLR_CD", N, "VARCHAR", [e[0] for e in emp], "decoy", COBOL),
            c("EMPLR_NM", N, "VARCHAR", [pad(e[1], 25) for e in emp], "business", FIXED, COBOL),
            c(
                "MBR_HIRE_DT",
                N,
                "INTEGER",
                [v.yyyymmdd(b + timedelta(days=g.rnd.randint(19 * 365, 40 * 365))) for b in births],
                "decoy",
                LEGACY_DATE,
                COBOL,
            ),
            c("MBR_STAT_CD", N, "VARCHAR", status, "decoy", COBOL),
            c("MBR_TIER_CD", N, "VARCHAR", g.col(g.pick(["T1", "T2", "T3"])), "decoy", COBOL),
            c("MBR_SVC_CR_YRS", N, "DECIMAL(5,2)", g.amounts(0.5, 38), "decoy", COBOL),
            c("MBR_FAS_AMT", N, "DECIMAL(11,2)", g.amounts(21_000, 96_000), "decoy", COBOL),
            c(
                "MBR_RET_DT",
                N,
                "INTEGER",
                [v.yyyymmdd(g.day("2003-01-01", "2025-11-01")) if s == "RET" else 0 for s in status],
                "decoy",
                LEGACY_DATE,
                ZERO,
                COBOL,
            ),
            c(
                "BENE_1_NM",
                "person_name",
                "VARCHAR",
                [up(f"{b} {v.given(g)}" if ok else "", 30) for ok, (_, b) in zip(bene, pairs)],
                FIXED,
                ROLE,
                COBOL,
            ),
            c(
                "BENE_1_REL_CD",
                N,
                "VARCHAR",
                [g.rnd.choice(["SP", "SP", "CH", "ES", "OT"]) if ok else "  " for ok in bene],
                "decoy",
                COBOL,
            ),
            c(
                "BENE_1_SSN",
                "ssn",
                "VARCHAR",
                [v.us_ssn(g, False) if ok and g.rnd.random() < 0.3 else "000000000" for ok in bene],
                NULLWORD,
                ROLE,
                COBOL,
            ),
            c(
                "BENE_1_DOB",
                "date_of_birth",
                "INTEGER",
                [v.yyyymmdd(g.birth(1935, 2015)) if ok and g.rnd.random() < 0.7 else 0 for ok in bene],
                LEGACY_DATE,
                ZERO,
                ROLE,
                COBOL,
            ),
            c(
                "BENE_1_PCT",
                N,
                "INTEGER",
                [g.rnd.choice([100, 100, 50, 50, 25]) if ok else 0 for ok in bene],
                "decoy",
                COBOL,
            ),
            c(
                "ALT_PAYEE_NM",
                "person_name",
                "VARCHAR",
                [up("" if g.rnd.random() < 0.9 else f"{v.person(g)[1]} {v.given(g)}", 30) for _ in pairs],
                NULLWORD,
                FIXED,
                ROLE,
                COBOL,
            ),
            c(
                "LAST_MAINT_DT",
                N,
                "INTEGER",
                [v.yyyymmdd(g.day("2011-01-01", "2025-11-28")) for _ in pairs],
                "decoy",
                LEGACY_DATE,
                COBOL,
            ),
            c("LAST_MAINT_OPER", USERNAME, "VARCHAR", g.col(g.pick(ops)), USER, AUDIT, COBOL),
            c("FILLER_01", N, "VARCHAR", [" " * 24] * g.rows, "decoy", FILLER, COBOL),
        ],
    )


def flat_payroll_feed(g: Gen) -> Table:
    """A Dalton, Georgia carpet mill's weekly payroll-to-benefits interface file, a fixed-width text file loaded by a
    generic loader that named the fields ``F1`` to ``F40`` (every value text, padded): record type, company, employee
    number, SSN, names, address, home phone, birth date as ``YYYYMMDD``, hire and term dates, pay data, the plant
    and job, the benefit plan, the first dependant (name as ``LAST, FIRST``, relationship, birth date, SSN), a
    personal e-mail, the plant's main number, the supervisor, the 401(k) rate, an emergency contact (a name and a
    number in one field), a blank filler, the batch id and a record checksum."""
    pairs = [v.person(g) for _ in range(g.rows)]
    towns = [v.us_town(g, "GA") for _ in range(g.rows)]
    births = g.births(1956, 2006)
    areas = v.US_AREAS_BY_STATE["GA"]
    sups = _staff(g, 6, lambda x: v.upper_ascii(v.whole(x)))
    dep = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    plants = {"DALTON #3": "(706) 555-0143", "CHATSWORTH": "(706) 555-0178", "CALHOUN DC": "(706) 555-0112"}
    plant = [g.rnd.choice(list(plants)) for _ in range(g.rows)]

    def up(x: object, w: int) -> str:
        return pad(v.upper_ascii(str(x)), w)

    def contact() -> str:
        return up(
            g.rnd.choice(
                [
                    f"{v.whole(g)} {g.phone('US', 'digits', True, areas)}",
                    f"{v.given(g)} (MOTHER) {g.phone('US', 'dashes', True, areas)}",
                    g.phone("US", "digits", True, areas),
                ]
            ),
            40,
        )

    cols: list[tuple] = [
        ("F1", N, ["D"] * g.rows, "decoy"),
        ("F2", N, ["017"] * g.rows, "decoy"),
        ("F3", N, [pad(f"{40_000 + i * 3:06d}", 8) for i in range(g.rows)], "decoy", KEY),
        ("F4", "ssn", [v.us_ssn(g, False) for _ in pairs]),
        ("F5", "last_name", [up(b, 20) for _, b in pairs], FIXED),
        ("F6", "first_name", [up(a, 15) for a, _ in pairs], FIXED),
        ("F7", N, [g.rnd.choice([v.initial(g), " "]) for _ in pairs], "decoy", INITIAL),
        ("F8", "street_address", [up(v.us_street(g), 30) for _ in pairs], FIXED),
        (
            "F9",
            "street_address",
            [up("" if g.rnd.random() < 0.86 else f"APT {g.rnd.randint(1, 200)}", 30) for _ in pairs],
            NULLWORD,
            FIXED,
        ),
        ("F10", "city", [up(t[0], 20) for t in towns], FIXED),
        ("F11", N, ["GA"] * g.rows, "decoy"),
        (
            "F12",
            "postal_code",
            [pad(v.us_zip(g, t[2]) + (g.digits(4) if g.rnd.random() < 0.3 else ""), 9) for t in towns],
            FIXED,
        ),
        ("F13", "phone", [g.phone("US", "digits", g.rnd.random() < 0.8, areas) for _ in pairs]),
        ("F14", "date_of_birth", [b.strftime("%Y%m%d") for b in births], LEGACY_DATE, DOB_TEXT),
        ("F15", N, [g.rnd.choice("MF") for _ in pairs], "decoy"),
        ("F16", N, [g.rnd.choice("SMMDW") for _ in pairs], "decoy"),
        ("F17", N, [g.day("1988-01-01", "2025-11-01").strftime("%Y%m%d") for _ in pairs], "decoy", LEGACY_DATE),
        (
            "F18",
            N,
            [
                g.day("2025-01-01", "2025-11-20").strftime("%Y%m%d") if g.rnd.random() < 0.12 else "00000000"
                for _ in pairs
            ],
            "decoy",
            LEGACY_DATE,
            BLANK,
        ),
        ("F19", N, ["W"] * g.rows, "decoy"),
        ("F20", N, [f"{g.rnd.randint(2_400_000, 9_800_000):010d}" for _ in pairs], "decoy"),
        ("F21", N, [g.rnd.choice(["TUFT", "DYE ", "FINI", "SHIP", "MAIN", "QC  "]) for _ in pairs], "decoy"),
        (
            "F22",
            N,
            [
                up(
                    g.rnd.choice(
                        [
                            "LOOM FIXER",
                            "TUFTING OPERATOR",
                            "DYE HOUSE TECH",
                            "FORKLIFT OPERATOR",
                            "BACKING LINE",
                            "QUALITY AUDITOR",
                        ]
                    ),
                    25,
                )
                for _ in pairs
            ],
            "decoy",
        ),
        ("F23", N, [g.rnd.choice("123") for _ in pairs], "decoy"),
        ("F24", N, [pad(p, 12) for p in plant], "decoy"),
        ("F25", N, [pad(g.rnd.choice(["MED-PPO", "MED-HDHP", "DEN-BASE", "VIS-01"]), 10) for _ in pairs], "decoy"),
        ("F26", N, [g.rnd.choice(["EE  ", "EE+S", "EE+C", "FAM "]) for _ in pairs], "decoy"),
        ("F27", N, [g.day("2025-01-01", "2025-12-01").strftime("%Y%m%d") for _ in pairs], "decoy", LEGACY_DATE),
        (
            "F28",
            "person_name",
            [
                up(f"{v.person(g)[1] if g.rnd.random() < 0.3 else b}, {v.given(g)}" if d else "", 30)
                for d, (_, b) in zip(dep, pairs)
            ],
            FIXED,
            ROLE,
        ),
        ("F29", N, [g.rnd.choice(["SP", "CH", "CH"]) if d else "  " for d in dep], "decoy"),
        (
            "F30",
            "date_of_birth",
            [g.birth(1958, 2024).strftime("%Y%m%d") if d else "        " for d in dep],
            LEGACY_DATE,
            DOB_TEXT,
            ROLE,
        ),
        ("F31", "ssn", [v.us_ssn(g, False) if d and g.rnd.random() < 0.8 else "         " for d in dep], ROLE),
        (
            "F32",
            "email",
            [pad(v.email_of(g, a, b, v.US_DOMAINS) if g.rnd.random() < 0.45 else "", 50) for a, b in pairs],
            FIXED,
        ),
        ("F33", N, [plants[p] for p in plant], "business"),
        ("F34", "person_name", [pad(g.rnd.choice(sups), 25) for _ in pairs], STAFF, FIXED),
        ("F35", N, [g.rnd.choice(["HRLY", "HRLY", "SAL "]) for _ in pairs], "decoy"),
        ("F36", N, [f"{g.rnd.choice([0, 0, 3, 4, 5, 6, 10]):03d}" for _ in pairs], "decoy"),
        ("F37", "free_text", [contact() if g.rnd.random() < 0.55 else pad("", 40) for _ in pairs], MIXED, FIXED),
        ("F38", N, [" " * 20] * g.rows, "decoy", FILLER),
        ("F39", N, [f"PAY2025W{g.rnd.randint(40, 47)}" for _ in pairs], "decoy", SHAPE),
        ("F40", N, [g.code("xxxxxxxx").upper() for _ in pairs], "decoy", SHAPE),
    ]
    return Table(
        "landing.PAYFEED_NWGA_WKLY",
        "en",
        "opaque",
        [c(name, kind, "VARCHAR", values, OPAQUE, FLAT, *tags) for name, kind, values, *tags in cols],
    )


# -- Dynamics NAV / Business Central, Access, Lawson ------------------------------------------------------------------


def bc_customers(g: Gen) -> Table:
    """A West Cornwall agricultural merchant's Business Central customers as its OData web service exports them
    (``Phone_No``, ``Search_Name``, ``VAT_Registration_No``, ``ETag``) and a loader landed them. About 60% of the
    customers are farmers trading under their own names (``R J Penhaligon``, ``Mr T Pascoe``), the rest farming
    companies, contractors and estates: ``Name`` and ``Search_Name`` are ``person_name`` (the majority), the address
    the farm (the farmer's home, tag ``premises``), ``Address_2`` a hamlet or village (``city``), ``County``
    ``none``; ``Contact``, phones, fax and e-mail are the farmer's; the VAT number, the holding number (CPH), the Red
    Tractor number, the blank date ``1753-01-01`` and the ``ETag`` are ``none``."""
    people = [g.rnd.random() < 0.6 for _ in range(g.rows)]
    pairs = [v.person(g, "kw") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.KW_TOWNS) for _ in range(g.rows)]

    def name(p: bool, a: str, b: str) -> str:
        if p:
            return g.rnd.choice(
                [
                    f"{a[0]} {v.initial(g)} {b}",
                    f"Mr {a[0]} {b}",
                    f"{a} {b}",
                    f"{b}, {a}",
                    f"Mrs {a[0]} {b}",
                    f"{a} & {v.given(g, 'kw')} {b}",
                ]
            )
        return g.rnd.choice(v.KW_COMPANIES + [f"{b} Bros", f"{b} & Sons Ltd", f"{b} Agricultural Contractors"])

    names = [name(p, a, b) for p, (a, b) in zip(people, pairs)]
    return Table(
        "bc_odata.PenwithAgri_Customers",
        "en",
        "pascal",
        [
            c("ETag", N, "VARCHAR", [f'W/"JzQ0OzE{g.digits(18)}MDsn"' for _ in people], "decoy", NAV),
            c("No", N, "VARCHAR", [f"C{10_000 + i * 2:05d}" for i in range(g.rows)], "decoy", KEY, NAV),
            c("Name", "person_name", "VARCHAR", names, MIXED_BUSINESS, NAV),
            c("Search_Name", "person_name", "VARCHAR", [x.upper()[:50] for x in names], MIXED_BUSINESS, NAV),
            c(
                "Name_2",
                "person_name",
                "VARCHAR",
                [
                    ""
                    if g.rnd.random() < 0.8
                    else g.rnd.choice([f"& Mrs {v.given(g, 'kw')} {b}", f"c/o {v.whole(g, 'kw')}"])
                    for _, b in pairs
                ],
                NULLWORD,
                NAV,
            ),
            c("Address", "street_address", "VARCHAR", [v.kw_address(g) for _ in people], PREMISES, MIXED_BUSINESS, NAV),
            c(
                "Address_2",
                "city",
                "VARCHAR",
                [
                    ""
                    if g.rnd.random() < 0.5
                    else g.rnd.choice(
                        ["Pendeen", "Morvah", "Sancreed", "Crowlas", "Ludgvan", "Germoe", "Paul", "Nancledra"]
                    )
                    for _ in people
                ],
                NAV,
            ),
            c("City", "city", "VARCHAR", [t[0] for t in towns], NAV),
            c("County", N, "VARCHAR", g.col(g.pick(["Cornwall", "Cornwall", "CORNWALL", ""])), "decoy", NAV),
            c("Post_Code", "postal_code", "VARCHAR", [v.gb_postcode(g, t[1]) for t in towns], NAV),
            c("Country_Region_Code", N, "VARCHAR", ["GB"] * g.rows, "decoy", NAV),
            c(
                "Contact",
                "person_name",
                "VARCHAR",
                [
                    ("" if g.rnd.random() < 0.15 else f"{a} {b}") if p else v.whole(g, "kw")
                    for p, (a, b) in zip(people, pairs)
                ],
                ROLE,
                NAV,
            ),
            c(
                "Phone_No",
                "phone",
                "VARCHAR",
                [g.phone("GB", g.rnd.choice(["national", "national", "intl"]), g.rnd.random() < 0.35) for _ in people],
                NAV,
            ),
            c(
                "Mobile_Phone_No",
                "phone",
                "VARCHAR",
                ["" if g.rnd.random() < 0.4 else g.phone("GB", "national") for _ in people],
                NAV,
            ),
            c(
                "Fax_No",
                "phone",
                "VARCHAR",
                ["" if g.rnd.random() < 0.88 else g.phone("GB", "national", False) for _ in people],
                NULLWORD,
                NAV,
            ),
            c(
                "E_Mail",
                "email",
                "VARCHAR",
                [
                    ""
                    if g.rnd.random() < 0.3
                    else v.email_of(
                        g, a, b, ["btinternet.com", "tiscali.co.uk", "gmail.com", "hotmail.co.uk", "farmersweekly.net"]
                    )
                    for a, b in pairs
                ],
                NAV,
            ),
            c(
                "Home_Page",
                N,
                "VARCHAR",
                [
                    ""
                    if g.rnd.random() < 0.8
                    else g.rnd.choice(["www.polgoonvineyard.co.uk", "www.boskenna.co.uk", "www.trewinfarms.co.uk"])
                    for _ in people
                ],
                "decoy",
                BLANK,
                NAV,
            ),
            c(
                "VAT_Registration_No",
                N,
                "VARCHAR",
                ["" if g.rnd.random() < 0.45 else v.gb_vat(g) for _ in people],
                "decoy",
                CHECK,
                NAV,
            ),
            c(
                "Holding_No",
                N,
                "VARCHAR",
                [
                    f"08/{g.rnd.randint(100, 420):03d}/{g.rnd.randint(1, 9999):04d}" if g.rnd.random() < 0.7 else ""
                    for _ in people
                ],
                "decoy",
                SHAPE,
                NAV,
            ),
            c(
                "Farm_Assured_No",
                N,
                "VARCHAR",
                [f"RT{g.digits(8)}" if g.rnd.random() < 0.5 else "" for _ in people],
                "decoy",
                SHAPE,
                NAV,
            ),
            c("Salesperson_Code", N, "VARCHAR", g.col(g.pick(["JT", "KP", "MR", "SHOP"])), "decoy", NAV),
            c(
                "Customer_Posting_Group",
                N,
                "VARCHAR",
                ["FARM" if p else g.rnd.choice(["TRADE", "FARM", "CONTRACT"]) for p in people],
                "decoy",
                NAV,
            ),
            c("Gen_Bus_Posting_Group", N, "VARCHAR", ["UK"] * g.rows, "decoy", NAV),
            c("Payment_Terms_Code", N, "VARCHAR", g.col(g.pick(["30D", "30D", "EOM", "CASH", "DD"])), "decoy", NAV),
            c(
                "Credit_Limit_LCY",
                N,
                "DECIMAL(38,20)",
                [float(g.rnd.choice([0, 500, 1_000, 2_500, 5_000, 15_000])) for _ in people],
                "decoy",
                NAV,
            ),
            c("Blocked", N, "INTEGER", [g.rnd.choice([0] * 14 + [1, 2]) for _ in people], "decoy", NAV),
            c(
                "Primary_Contact_No",
                N,
                "VARCHAR",
                [f"CT{g.rnd.randint(1, 9_999):06d}" if g.rnd.random() < 0.7 else "" for _ in people],
                "decoy",
                KEY,
                NAV,
            ),
            c(
                "Last_Date_Modified",
                N,
                "TIMESTAMP",
                [g.moment("2016-01-01", "2025-11-28") if g.rnd.random() < 0.8 else date(1753, 1, 1) for _ in people],
                "decoy",
                NAV,
            ),
        ],
    )


def access_boarders(g: Gen) -> Table:
    """A Bourbon County, Kentucky horse-boarding barn's Access database, table ``tblBoarders`` exported as is: an
    AutoNumber ``ID``, the owner's names, a spouse's first name, address, phones, e-mail, the horse (its barn name,
    registered name, breed, colour, sex and foaling date: ``none``, tag ``animal``), stall and board, the Coggins
    test date, the owner's vet and farrier, an emergency contact, notes, the fields the owner added without
    renaming them (``Field1``: the owner's birth date typed as text; ``Field2``: the gate code), a query's
    ``Expr1000`` (``Last, First``), a card kept on file in clear and its expiry."""
    pairs = [v.person(g) for _ in range(g.rows)]
    towns = [v.us_town(g, "KY") for _ in range(g.rows)]
    areas = v.US_AREAS_BY_STATE["KY"]
    vets = ["Dr. Abernathy", "Dr. Kimbrough", "Dr. Lattimore", "Rood & Riddle"]
    farriers = _staff(g, 4)

    def note() -> str:
        return g.rnd.choice(
            [
                "Gets grain 2x, supplement in blue bin",
                f"Daughter {v.given(g)} rides Tues/Thurs",
                "Cribber - collar on",
                f"Leased to {v.whole(g)} until June",
                "Owes Oct board",
            ]
        )

    return Table(
        "access_export.tblBoarders",
        "en",
        "camel",
        [
            c("ID", N, "INTEGER", g.keys(1), "decoy", KEY, ACCESS),
            c("ownerFirst", "first_name", "VARCHAR", [a for a, _ in pairs], ACCESS),
            c("ownerLast", "last_name", "VARCHAR", [b for _, b in pairs], ACCESS),
            c("spouse", "first_name", "VARCHAR", g.col(lambda: v.given(g), 0.6), HEAVY, ROLE, ACCESS),
            c("address", "street_address", "VARCHAR", [v.us_street(g) for _ in pairs], ACCESS),
            c("city", "city", "VARCHAR", [t[0] for t in towns], ACCESS),
            c("state", N, "VARCHAR", g.col(g.pick(["KY", "KY", "KY", "OH", "TN"])), "decoy", ACCESS),
            c("zip", "postal_code", "VARCHAR", [v.us_zip(g, t[2]) for t in towns], ACCESS),
            c(
                "homePhone",
                "phone",
                "VARCHAR",
                g.phones("US", {"national": 0.7, "dashes": 0.3}, 0.0, 0.3, areas),
                ACCESS,
            ),
            c(
                "cellPhone",
                "phone",
                "VARCHAR",
                g.phones("US", {"national": 0.5, "dashes": 0.4, "digits": 0.1}, 1.0, 0.1, areas),
                ACCESS,
            ),
            c("workPhone", "phone", "VARCHAR", g.phones("US", {"national": 1.0}, 0.2, 0.7, areas), HEAVY, ACCESS),
            c(
                "email",
                "email",
                "VARCHAR",
                [None if g.rnd.random() < 0.2 else v.email_of(g, a, b, v.US_DOMAINS) for a, b in pairs],
                ACCESS,
            ),
            c(
                "horseName",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        ["Duchess", "Big Ed", "Tucker", "Miss Kitty", "Walter", "Doc", "Rosie", "Gus", "Hank", "Annie"]
                    )
                ),
                "decoy",
                ANIMAL,
                MISLEADING,
                ACCESS,
            ),
            c(
                "regName",
                N,
                "VARCHAR",
                g.col(
                    lambda: (
                        g.rnd.choice(["Smart", "Shiners", "Dash Ta", "Blue Grass", "Lil"])
                        + " "
                        + g.rnd.choice(["Lena", "Doc Bar", "Freckles", "Playboy", "Commander"])
                    ),
                    0.3,
                ),
                "decoy",
                ANIMAL,
                ACCESS,
            ),
            c(
                "breed",
                N,
                "VARCHAR",
                g.col(g.pick(["Thoroughbred", "Quarter Horse", "Saddlebred", "TWH", "Paint"])),
                "decoy",
                ANIMAL,
                ACCESS,
            ),
            c(
                "color",
                N,
                "VARCHAR",
                g.col(g.pick(["Bay", "Chestnut", "Gray", "Sorrel", "Black"])),
                "decoy",
                ANIMAL,
                ACCESS,
            ),
            c("sex", N, "VARCHAR", g.col(g.pick(["Mare", "Gelding", "Gelding", "Stallion"])), "decoy", ANIMAL, ACCESS),
            c(
                "foaled",
                N,
                "TIMESTAMP",
                g.col(lambda: g.moment("2001-01-01", "2022-06-30").replace(hour=0, minute=0, second=0), 0.2),
                "decoy",
                ANIMAL,
                MISLEADING,
                ACCESS,
            ),
            c("stall", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('ABC')}-{g.rnd.randint(1, 24)}"), "decoy", ACCESS),
            c(
                "boardType",
                N,
                "VARCHAR",
                g.col(g.pick(["Full", "Full", "Pasture", "Stall Only", "Retirement"])),
                "decoy",
                ACCESS,
            ),
            c(
                "monthlyRate",
                N,
                "DECIMAL(19,4)",
                [float(g.rnd.choice([350, 450, 650, 850, 900])) for _ in pairs],
                "decoy",
                ACCESS,
            ),
            c(
                "cogginsDate",
                N,
                "TIMESTAMP",
                g.col(lambda: g.moment("2024-06-01", "2025-11-01").replace(hour=0, minute=0, second=0), 0.1),
                "decoy",
                ACCESS,
            ),
            c("vet", "person_name", "VARCHAR", g.col(g.pick(vets), 0.15), STAFF, ROLE, ACCESS),
            c("farrier", "person_name", "VARCHAR", g.col(g.pick(farriers), 0.1), STAFF, ROLE, ACCESS),
            c(
                "emergencyContact",
                "free_text",
                "VARCHAR",
                g.col(
                    lambda: g.rnd.choice(
                        [
                            f"{v.whole(g)} {g.phone('US', 'national', True, areas)}",
                            g.phone("US", "dashes", True, areas),
                            f"{v.given(g)} (husband)",
                            "call barn mgr",
                        ]
                    ),
                    0.35,
                ),
                MIXED,
                ACCESS,
            ),
            c("notes", "free_text", "VARCHAR", g.col(note, 0.45), ACCESS),
            c(
                "Field1",
                "date_of_birth",
                "VARCHAR",
                g.col(lambda: g.birth(1940, 2004).strftime("%-m/%-d/%Y"), 0.6),
                HEAVY,
                OPAQUE,
                CUSTOM,
                DOB_TEXT,
                ACCESS,
            ),
            c(
                "Field2",
                N,
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["1942#", "4431", "#0720", "2580*"]), 0.4),
                "decoy",
                CREDENTIAL,
                OPAQUE,
                CUSTOM,
                ACCESS,
            ),
            c("Expr1000", "person_name", "VARCHAR", [f"{b}, {a}" for a, b in pairs], OPAQUE, ACCESS),
            c("cardOnFile", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.6), HEAVY, ACCESS),
            c(
                "cardExp",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(25, 30)}", 0.6),
                "decoy",
                BLANK,
                ACCESS,
            ),
            c("dateEntered", N, "TIMESTAMP", g.moments("2006-03-01", "2025-11-01"), "decoy", ACCESS),
        ],
    )


def lawson_employees(g: Gen) -> Table:
    """A Hickory, North Carolina upholstered-furniture maker's Lawson-style HR file (``EMPLOYEE`` joined with
    ``PAEMPLOYEE``): company and employee number, names (a middle initial, a nickname), the FICA number (the SSN),
    the home address, county (``none``), home phone, the plant's main line and an extension (``none``), work and
    personal e-mail, birth date (Lawson's empty date ``1700-01-01`` for a few), hire and term dates, process level,
    department, job, supervisor code and name, status, pay, the emergency contact, the employee's network login and
    the HR clerk's."""
    pairs = [v.person(g) for _ in range(g.rows)]
    towns = [v.us_town(g, "NC") for _ in range(g.rows)]
    areas = v.US_AREAS_BY_STATE["NC"]
    sups = [(f"S{n:04d}", v.whole(g)) for n in g.rnd.sample(range(10, 400), 7)]
    sup = [g.rnd.choice(sups) for _ in range(g.rows)]
    clerks = _logins(g, 4, 0)
    logins = []
    seen: set[str] = set()
    for a, b in pairs:
        name = v.login(a, b, 0)
        while name in seen:
            name += str(g.rnd.randint(1, 9))
        seen.add(name)
        logins.append(name)
    term = [g.rnd.random() < 0.18 for _ in range(g.rows)]
    empty = date(1700, 1, 1)
    return Table(
        "LAWPROD.EMPLOYEE",
        "en",
        "screaming",
        [
            c("COMPANY", N, "INTEGER", [10] * g.rows, "decoy", LAWSON),
            c("EMPLOYEE", N, "INTEGER", g.keys(1_201, 2), "decoy", KEY, LAWSON),
            c("LAST_NAME", "last_name", "VARCHAR", [pad(b, 30) for _, b in pairs], FIXED, LAWSON),
            c("FIRST_NAME", "first_name", "VARCHAR", [pad(a, 15) for a, _ in pairs], FIXED, LAWSON),
            c(
                "MIDDLE_INIT",
                N,
                "VARCHAR",
                [g.rnd.choice([v.initial(g), " "]) for _ in pairs],
                "decoy",
                INITIAL,
                LAWSON,
            ),
            c(
                "NICK_NAME",
                "first_name",
                "VARCHAR",
                [
                    pad(g.rnd.choice(["Bubba", "Tater", "Doc", "Peanut", a[:3]]) if g.rnd.random() < 0.45 else "", 15)
                    for a, _ in pairs
                ],
                LAWSON,
            ),
            c(
                "NAME_SUFFIX",
                N,
                "VARCHAR",
                [g.rnd.choice([""] * 10 + ["Jr", "Sr", "II"]) for _ in pairs],
                "decoy",
                BLANK,
                LAWSON,
            ),
            c("FICA_NBR", "ssn", "VARCHAR", [v.us_ssn(g, True) for _ in pairs], ABBREV, LAWSON),
            c("ADDR1", "street_address", "VARCHAR", [pad(v.us_street(g), 30) for _ in pairs], FIXED, LAWSON),
            c(
                "ADDR2",
                "street_address",
                "VARCHAR",
                [pad("" if g.rnd.random() < 0.84 else f"Apt {g.rnd.randint(1, 30)}", 30) for _ in pairs],
                NULLWORD,
                FIXED,
                LAWSON,
            ),
            c("CITY", "city", "VARCHAR", [pad(t[0], 18) for t in towns], FIXED, LAWSON),
            c("STATE", N, "VARCHAR", ["NC"] * g.rows, "decoy", LAWSON),
            c("ZIP", "postal_code", "VARCHAR", [pad(v.us_zip(g, t[2]), 10) for t in towns], FIXED, LAWSON),
            c(
                "COUNTY",
                N,
                "VARCHAR",
                g.col(g.pick(["CATAWBA", "CALDWELL", "BURKE", "ALEXANDER", "DAVIDSON"])),
                "decoy",
                LAWSON,
            ),
            c(
                "HM_PHONE_NBR",
                "phone",
                "VARCHAR",
                g.phones("US", {"dashes": 0.6, "digits": 0.3, "national": 0.1}, 0.8, 0.05, areas),
                ABBREV,
                LAWSON,
            ),
            c(
                "WK_PHONE_NBR",
                N,
                "VARCHAR",
                [g.rnd.choice(["828-555-0110", "828-555-0147", "336-555-0183"]) for _ in pairs],
                "business",
                LAWSON,
            ),
            c(
                "WK_PHONE_EXT",
                N,
                "VARCHAR",
                [str(g.rnd.randint(200, 499)) if g.rnd.random() < 0.5 else "" for _ in pairs],
                "decoy",
                LAWSON,
            ),
            c(
                "EMAIL_ADDRESS",
                "email",
                "VARCHAR",
                ["" if g.rnd.random() < 0.55 else v.work_email(a, b, "catawbaup.com") for a, b in pairs],
                LAWSON,
            ),
            c(
                "EMAIL_PERSONAL",
                "email",
                "VARCHAR",
                ["" if g.rnd.random() < 0.35 else v.email_of(g, a, b, v.US_DOMAINS) for a, b in pairs],
                LAWSON,
            ),
            c(
                "BIRTHDATE",
                "date_of_birth",
                "DATE",
                [g.birth(1955, 2006) if g.rnd.random() < 0.96 else empty for _ in pairs],
                LAWSON,
            ),
            c("DATE_HIRED", N, "DATE", g.days("1979-01-01", "2025-11-01"), "decoy", LAWSON),
            c(
                "TERM_DATE",
                N,
                "DATE",
                [g.day("2020-01-01", "2025-11-20") if t else empty for t in term],
                "decoy",
                LAWSON,
            ),
            c("PROCESS_LEVEL", N, "VARCHAR", g.col(g.pick(["HKY01", "HKY02", "LNR01", "TVL01"])), "decoy", LAWSON),
            c(
                "DEPARTMENT",
                N,
                "VARCHAR",
                g.col(g.pick(["SEW", "CUT", "FRAME", "UPH", "SHIP", "MAINT", "OFFICE"])),
                "decoy",
                LAWSON,
            ),
            c("JOB_CODE", N, "VARCHAR", g.col(lambda: g.code("AA99")), "decoy", LAWSON),
            c("SUPERVISOR", N, "VARCHAR", [s[0] for s in sup], "decoy", LAWSON),
            c("SUPER_NAME", "person_name", "VARCHAR", [s[1] for s in sup], STAFF, LAWSON),
            c(
                "EMP_STATUS",
                N,
                "VARCHAR",
                ["T1" if t else g.rnd.choice(["A1", "A1", "A2", "L1"]) for t in term],
                "decoy",
                LAWSON,
            ),
            c("PAY_RATE", N, "DECIMAL(9,4)", g.amounts(13.5, 31.0), "decoy", LAWSON),
            c("SALARY_CLASS", N, "VARCHAR", g.col(g.pick(["H", "H", "H", "S"])), "decoy", LAWSON),
            c(
                "EMERG_NAME",
                "person_name",
                "VARCHAR",
                [pad(v.whole(g) if g.rnd.random() < 0.75 else "", 30) for _ in pairs],
                ROLE,
                LAWSON,
            ),
            c(
                "EMERG_PHONE",
                "phone",
                "VARCHAR",
                g.phones("US", {"dashes": 0.7, "digits": 0.3}, 0.9, 0.3, areas),
                ROLE,
                LAWSON,
            ),
            c(
                "EMERG_RELATION",
                N,
                "VARCHAR",
                g.col(g.pick(["SPOUSE", "MOTHER", "FATHER", "SISTER", "FRIEND"]), 0.3),
                "decoy",
                LAWSON,
            ),
            c("USER_ID", USERNAME, "VARCHAR", logins, USER, LAWSON),
            c("CREATE_USER", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT, LAWSON),
            c("DATE_STAMP", N, "DATE", g.days("2018-01-01", "2025-11-28"), "decoy", LAWSON),
        ],
    )


def rv_warranty(g: Gen) -> Table:
    """An Elkhart County, Indiana travel-trailer maker's warranty registrations, an AS/400 physical file
    ``WRNREGP``: registration and unit serial numbers, the VIN (its check digit computed), model and year, the
    selling dealer (its number, name and state: ``none``) and salesperson (many: ``person_name``), the owner's first
    and last name, co-owner, address, phones and e-mail (upper case), delivery and registration dates as ``CYYMMDD``,
    the source (card, web, dealer), use and tow vehicle, the IP address of web registrations, notes, the user profile
    and date of the entry."""
    pairs = [v.person(g) for _ in range(g.rows)]
    states = [g.rnd.choice(["IN", "MI", "OH", "FL", "TX", "AZ", "WI", "KY"]) for _ in range(g.rows)]
    towns = [v.us_town(g, s) for s in states]
    dealers = [
        (f"D{n:05d}", name, st)
        for n, name, st in [
            (1021, "HOOSIER RV SUPERSTORE", "IN"),
            (1187, "GRAND TRAVERSE CAMPERS", "MI"),
            (2044, "SUNCOAST RV CENTER", "FL"),
            (2310, "BUCKEYE CAMPER SALES", "OH"),
            (3052, "LONE STAR RV OUTLET", "TX"),
            (3370, "SONORAN RV", "AZ"),
            (4118, "NORTHWOODS RV", "WI"),
        ]
    ]
    dealer = [g.rnd.choice(dealers) for _ in range(g.rows)]
    reps = [v.whole(g) for _ in range(60)]
    source = [g.rnd.choice(["CARD", "WEB ", "WEB ", "DLR "]) for _ in range(g.rows)]
    years = [g.rnd.randint(2016, 2026) for _ in range(g.rows)]
    users = _logins(g, 4, 3)
    models = [
        "RIDGELINE 287BHS",
        "RIDGELINE 31RLS",
        "BIRCHWOOD 22RB",
        "BIRCHWOOD 26DBH",
        "SUMMIT PASS 341FL",
        "TIMBERLAKE 19MB",
    ]

    def note() -> str:
        return v.upper_ascii(
            g.rnd.choice(
                [
                    f"2ND OWNER - BOUGHT FROM {v.whole(g)}",
                    "FRAME CLAIM 2024 APPROVED",
                    f"CALL WIFE {v.given(g)} RE SLIDE",
                    "RECALL 24V-118 DONE",
                    "DUPLICATE OF PRIOR REG",
                ]
            )
        )

    return Table(
        "WARLIB.WRNREGP",
        "en",
        "screaming",
        [
            c("WRREG#", N, "INTEGER", g.keys(500_001, 3), "decoy", KEY, AS400),
            c("WRSER#", N, "VARCHAR", [f"PW{y % 100:02d}-{g.digits(5)}" for y in years], "decoy", SHAPE, AS400),
            c("WRVIN", N, "VARCHAR", [v.rv_vin(g, y) for y in years], "decoy", CHECK, SHAPE, AS400),
            c("WRMDL", N, "VARCHAR", [pad(g.rnd.choice(models), 20) for _ in years], "decoy", AS400),
            c("WRMYR", N, "INTEGER", years, "decoy", AS400),
            c("WRDLR#", N, "VARCHAR", [d[0] for d in dealer], "decoy", AS400),
            c("WRDLNM", N, "VARCHAR", [pad(d[1], 30) for d in dealer], "business", FIXED, AS400),
            c("WRDLST", N, "VARCHAR", [d[2] for d in dealer], "business", AS400),
            c(
                "WRSLSP",
                "person_name",
                "VARCHAR",
                [pad(v.upper_ascii(g.rnd.choice(reps)), 25) if g.rnd.random() < 0.8 else pad("", 25) for _ in years],
                ROLE,
                FIXED,
                AS400,
            ),
            c("WROWNF", "first_name", "VARCHAR", [pad(v.upper_ascii(a), 15) for a, _ in pairs], FIXED, AS400),
            c("WROWNL", "last_name", "VARCHAR", [pad(v.upper_ascii(b), 20) for _, b in pairs], FIXED, AS400),
            c(
                "WRCOWN",
                "person_name",
                "VARCHAR",
                [pad("" if g.rnd.random() < 0.55 else v.upper_ascii(f"{v.given(g)} {b}"), 30) for _, b in pairs],
                ROLE,
                FIXED,
                AS400,
            ),
            c(
                "WRADR1",
                "street_address",
                "VARCHAR",
                [pad(v.upper_ascii(v.us_street(g)), 30) for _ in pairs],
                FIXED,
                AS400,
            ),
            c(
                "WRADR2",
                "street_address",
                "VARCHAR",
                [pad("" if g.rnd.random() < 0.85 else f"SITE {g.rnd.randint(1, 300)}", 30) for _ in pairs],
                NULLWORD,
                FIXED,
                AS400,
            ),
            c("WRCITY", "city", "VARCHAR", [pad(t[0].upper(), 20) for t in towns], FIXED, AS400),
            c("WRSTAT", N, "VARCHAR", states, "decoy", AS400),
            c(
                "WRZIPC",
                "postal_code",
                "VARCHAR",
                [pad(v.us_zip(g, t[2]) + (f"-{g.digits(4)}" if g.rnd.random() < 0.25 else ""), 10) for t in towns],
                FIXED,
                AS400,
            ),
            c(
                "WRPHON",
                "phone",
                "VARCHAR",
                [
                    g.phone(
                        "US",
                        g.rnd.choice(["dashes", "digits", "national"]),
                        g.rnd.random() < 0.8,
                        v.US_AREAS_BY_STATE[s],
                    )
                    for s in states
                ],
                AS400,
            ),
            c(
                "WRALTP",
                "phone",
                "VARCHAR",
                [g.phone("US", "dashes", True, v.US_AREAS_BY_STATE[s]) if g.rnd.random() < 0.4 else "" for s in states],
                AS400,
            ),
            c(
                "WREMAL",
                "email",
                "VARCHAR",
                [pad(v.email_of(g, a, b, v.US_DOMAINS).upper() if g.rnd.random() < 0.7 else "", 50) for a, b in pairs],
                FIXED,
                AS400,
            ),
            c(
                "WRDLVD",
                N,
                "INTEGER",
                [v.cyymmdd(g.day(f"{y - 1}-08-01", f"{min(y, 2025)}-11-01")) for y in years],
                "decoy",
                LEGACY_DATE,
                AS400,
            ),
            c(
                "WRRCVD",
                N,
                "INTEGER",
                [v.cyymmdd(g.day(f"{y - 1}-09-01", "2025-11-28")) for y in years],
                "decoy",
                LEGACY_DATE,
                AS400,
            ),
            c("WRSRCE", N, "VARCHAR", source, "decoy", AS400),
            c(
                "WRUSE",
                N,
                "VARCHAR",
                g.col(g.pick(["FULL TIME ", "WEEKENDS  ", "SEASONAL  ", "          "])),
                "decoy",
                AS400,
            ),
            c(
                "WRTOWV",
                N,
                "VARCHAR",
                [
                    pad(
                        f"{g.rnd.randint(2008, 2025)} {g.rnd.choice(['F-250', 'RAM 2500', 'SILVERADO', 'TUNDRA', 'F-150'])}",
                        20,
                    )
                    for _ in years
                ],
                "decoy",
                AS400,
            ),
            c("WRIPAD", "ip_address", "VARCHAR", [g.ip(0.3) if s == "WEB " else "" for s in source], AS400),
            c(
                "WRNOTE",
                "free_text",
                "VARCHAR",
                [pad(note() if g.rnd.random() < 0.22 else "", 60) for _ in years],
                NULLWORD,
                FIXED,
                AS400,
            ),
            c("WRCRTU", USERNAME, "VARCHAR", [pad(g.rnd.choice(users), 10) for _ in source], USER, AUDIT, AS400),
            c(
                "WRCRTD",
                N,
                "INTEGER",
                [v.cyymmdd(g.day("2016-01-01", "2025-11-28")) for _ in years],
                "decoy",
                LEGACY_DATE,
                AS400,
            ),
        ],
    )


# -- SAP HCM (German), Navision (Danish) -------------------------------------------------------------------------------


def sap_hr_extract(g: Gen) -> Table:
    """A Ludwigshafen paint and coatings maker's SAP HCM extract for its company pension fund and works doctor, one
    row per employee with fields of several infotypes flattened into a customer table ``ZHR_PA_EXTRAKT`` (German
    SAP abbreviations and the company's own ``ZZ`` fields): client, personnel number and structure, salutation,
    family name, first name, birth name (``NAME2``), name used (``RUFNM``), birth date as DATS text, birthplace,
    country of birth, nationality, marital status, children, denomination (``none``), address, private phone, the
    communication infotype's type and id (an SAP user, an e-mail address or a mobile number by row: ``free_text``),
    the tax id (Steuer-IdNr), the pension insurance number (``RVNR``: ``ssn``), the health insurer, IBAN and payee,
    an emergency contact, occupational-health check codes, a locker code, the first child's first name and birth
    date, validity dates and the SAP user of the last change."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "de", female)
        birth_name = v.person(g, "de")[1] if female and g.rnd.random() < 0.5 else ""
        born = g.birth(1961, 2006)
        rows.append((a, b, birth_name, born, female, v.de_rvnr(g, born, birth_name or b, female)))
    towns = [g.rnd.choice(v.DE_TOWNS) for _ in range(g.rows)]
    clerks = _logins(g, 5, 2, "de")
    kids = [g.rnd.random() < 0.5 for _ in range(g.rows)]

    def comm(i: int) -> tuple[str, str]:
        a, b = rows[i][0], rows[i][1]
        kind = g.rnd.choice(["0001", "0010", "0010", "CELL"])
        if kind == "0001":
            return kind, v.login(a, b, 2)
        if kind == "0010":
            return kind, v.work_email(a, b, "rpf-lacke.de")
        return kind, g.phone("DE", g.rnd.choice(["national", "intl"]))

    comms = [comm(i) for i in range(g.rows)]

    def contact() -> str:
        return g.rnd.choice(
            [
                f"Ehefrau {v.given(g, 'de')}, {g.phone('DE', 'national')}",
                f"{v.whole(g, 'de')} (Bruder) {g.phone('DE', 'national')}",
                g.phone("DE", "intl"),
                f"Mutter: {v.whole(g, 'de')}",
            ]
        )

    return Table(
        "SAPHR.ZHR_PA_EXTRAKT",
        "de",
        "screaming",
        [
            c("MANDT", N, "VARCHAR", ["200"] * g.rows, "decoy", SAP),
            c("PERNR", N, "VARCHAR", [f"{20_000_000 + i * 7:08d}" for i in range(g.rows)], "decoy", KEY, SAP),
            c("BUKRS", N, "VARCHAR", g.col(g.pick(["1000", "1000", "1200"])), "decoy", SAP),
            c("WERKS", N, "VARCHAR", g.col(g.pick(["LU01", "LU02", "FT01"])), "decoy", SAP),
            c("PERSG", N, "VARCHAR", g.col(g.pick(["1", "1", "2", "9"])), "decoy", SAP),
            c("ANRED", N, "VARCHAR", ["2" if r[4] else "1" for r in rows], "decoy", SAP),
            c("NACHN", "last_name", "VARCHAR", [r[1] for r in rows], SAP, ABBREV),
            c("VORNA", "first_name", "VARCHAR", [r[0] for r in rows], SAP, ABBREV),
            c("NAME2", "last_name", "VARCHAR", [r[2] for r in rows], NULLWORD, SAP, MISLEADING),
            c(
                "RUFNM",
                "first_name",
                "VARCHAR",
                ["" if g.rnd.random() < 0.55 else r[0][:4] if g.rnd.random() < 0.3 else r[0] for r in rows],
                SAP,
            ),
            c("GBDAT", "date_of_birth", "VARCHAR", [v.dats(r[3]) for r in rows], LEGACY_DATE, SAP),
            c("GBORT", "city", "VARCHAR", [g.rnd.choice(v.DE_BIRTHPLACES) for _ in rows], SAP),
            c("GBLND", N, "VARCHAR", g.col(g.pick(["DE", "DE", "DE", "DE", "TR", "PL", "IT"])), "decoy", SAP),
            c("NATIO", N, "VARCHAR", g.col(g.pick(["DE", "DE", "DE", "TR", "PL", "IT", "HR"])), "decoy", SAP),
            c("FAMST", N, "VARCHAR", g.col(g.pick(["0", "1", "1", "3", "5"])), "decoy", SAP),
            c("ANZKD", N, "INTEGER", [g.rnd.randint(1, 3) if k else 0 for k in kids], "decoy", SAP),
            c("KONFE", N, "VARCHAR", g.col(g.pick(["RK", "EV", "--", "--", "AK"])), "decoy", SAP),
            c("STRAS", "street_address", "VARCHAR", [v.de_street(g) for _ in rows], SAP, ABBREV),
            c("PSTLZ", "postal_code", "VARCHAR", [t[1] + g.digits(2) for t in towns], SAP, ABBREV),
            c("ORT01", "city", "VARCHAR", [t[0] for t in towns], SAP, ABBREV),
            c(
                "TELNR",
                "phone",
                "VARCHAR",
                ["" if g.rnd.random() < 0.3 else g.phone("DE", "national", False) for _ in rows],
                SAP,
            ),
            c("USRTY", N, "VARCHAR", [x[0] for x in comms], "decoy", SAP),
            c("USRID", "free_text", "VARCHAR", [x[1] for x in comms], MIXED, SAP),
            c("STEUERID", "national_id", "VARCHAR", [v.de_idnr(g) for _ in rows], SAP),
            c("RVNR", "ssn", "VARCHAR", [r[5] for r in rows], SAP, ABBREV),
            c("KASSE", N, "VARCHAR", g.col(g.pick(["AOK RPS", "TK", "BARMER", "BKK BASF", "DAK"])), "decoy", SAP),
            c("IBAN", "iban", "VARCHAR", [v.iban(g, "DE", g.rnd.random() < 0.3) for _ in rows], SAP),
            c(
                "EMFTX",
                "person_name",
                "VARCHAR",
                [f"{r[0]} {r[1]}" if g.rnd.random() < 0.92 else f"{v.given(g, 'de')} {r[1]}" for r in rows],
                ROLE,
                SAP,
                ABBREV,
            ),
            c(
                "ZZ_NOTFALL",
                "free_text",
                "VARCHAR",
                ["" if g.rnd.random() < 0.4 else contact() for _ in rows],
                MIXED,
                CUSTOM,
                SAP,
            ),
            c(
                "ZZ_G_UNTERS",
                N,
                "VARCHAR",
                g.col(g.pick(["G26.3", "G20", "G24", "G37", "G26.3/G20", ""])),
                "decoy",
                CUSTOM,
                SAP,
            ),
            c(
                "ZZ_SPIND",
                N,
                "VARCHAR",
                g.col(lambda: f"Spind {g.rnd.randint(1, 900):03d} / {g.digits(4)}", 0.3),
                "decoy",
                CREDENTIAL,
                CUSTOM,
                SAP,
            ),
            c("FAVOR_1", "first_name", "VARCHAR", [v.given(g, "de") if k else "" for k in kids], ROLE, SAP),
            c(
                "FGBDT_1",
                "date_of_birth",
                "VARCHAR",
                [v.dats(g.birth(1990, 2024) if k else None) for k in kids],
                LEGACY_DATE,
                ROLE,
                SAP,
            ),
            c(
                "BEGDA",
                N,
                "VARCHAR",
                [v.dats(g.day("1985-01-01", "2025-10-01")) for _ in rows],
                "decoy",
                LEGACY_DATE,
                SAP,
            ),
            c("ENDDA", N, "VARCHAR", ["99991231"] * g.rows, "decoy", LEGACY_DATE, SAP),
            c(
                "AEDTM",
                N,
                "VARCHAR",
                [v.dats(g.day("2022-01-01", "2025-11-28")) for _ in rows],
                "decoy",
                LEGACY_DATE,
                SAP,
            ),
            c("UNAME", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT, SAP),
        ],
    )


def nav_kreditor(g: Gen) -> Table:
    """A West Jutland co-operative slaughterhouse's Navision 2009 vendor table in Danish
    (``Vestjysk Andelsslagteri$Kreditor``): the vendors are mostly its member pig farmers (about 75%, trading under
    their own names) and some companies (feed, transport, vets): ``Navn`` and ``Søgenavn`` are ``person_name`` (the
    majority), the address the farm (tag ``premises``); the CVR number and the herd number (CHR) are ``none``, a
    CPR number kept for members without a CVR number ``national_id`` (mostly blank), the IBAN the settlement goes
    to, the member advisor (few), a remark, NAV's blank date and the rowversion."""
    people = [g.rnd.random() < 0.75 for _ in range(g.rows)]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.2
        a, b = v.person(g, "da", female)
        rows.append((a, b, g.birth(1950, 1998), female))
    towns = [g.rnd.choice(v.DK_TOWNS) for _ in range(g.rows)]
    advisors = _staff(g, 5, lambda x: v.whole(x, "da"))

    def name(p: bool, a: str, b: str) -> str:
        if p:
            return g.rnd.choice(
                [f"{a} {b}", f"{a} {b}", f"{a} {v.given(g, 'da')} {b}", f"I/S {a} og {v.given(g, 'da')} {b}"]
            )
        return g.rnd.choice(v.DK_COMPANIES)

    names = [name(p, r[0], r[1]) for p, r in zip(people, rows)]

    def remark() -> str:
        return g.rnd.choice(
            [
                f"Søn {v.given(g, 'da')} overtager 2026",
                "Afregning til Merkur",
                f"Ring til {v.whole(g, 'da')} ved afhentning",
                "Økologisk fra uge 14",
            ]
        )

    return Table(
        "navision.Vestjysk Andelsslagteri$Kreditor",
        "da",
        "spaced",
        [
            c("timestamp", N, "VARCHAR", [f"0x{g.rnd.randint(0, 2**36):016X}" for _ in people], "decoy", NAV),
            c("Nr_", N, "VARCHAR", [f"K{20_000 + i * 3}" for i in range(g.rows)], "decoy", KEY, NAV),
            c("Navn", "person_name", "VARCHAR", names, MIXED_BUSINESS, NAV),
            c("Søgenavn", "person_name", "VARCHAR", [x.upper()[:30] for x in names], MIXED_BUSINESS, NAV),
            c(
                "Navn 2",
                "person_name",
                "VARCHAR",
                ["" if g.rnd.random() < 0.8 else f"v/ {v.whole(g, 'da')}" for _ in people],
                NULLWORD,
                NAV,
            ),
            c("Adresse", "street_address", "VARCHAR", [v.dk_address(g) for _ in people], PREMISES, MIXED_BUSINESS, NAV),
            c("Postnr_", "postal_code", "VARCHAR", [t[1] for t in towns], NAV),
            c("By", "city", "VARCHAR", [t[0] for t in towns], NAV),
            c("Landekode", N, "VARCHAR", ["DK"] * g.rows, "decoy", NAV),
            c(
                "Kontakt",
                "person_name",
                "VARCHAR",
                [f"{r[0]} {r[1]}" if p else v.whole(g, "da") for p, r in zip(people, rows)],
                ROLE,
                NAV,
            ),
            c(
                "Telefon",
                "phone",
                "VARCHAR",
                [g.phone("DK", g.rnd.choice(["national", "national", "intl"]), g.rnd.random() < 0.4) for _ in people],
                NAV,
            ),
            c(
                "Mobiltelefon",
                "phone",
                "VARCHAR",
                ["" if g.rnd.random() < 0.35 else g.phone("DK", "national") for _ in people],
                NAV,
            ),
            c(
                "E-mail",
                "email",
                "VARCHAR",
                [
                    ""
                    if g.rnd.random() < 0.25
                    else v.email_of(
                        g, r[0], r[1], ["mail.dk", "live.dk", "gmail.com", "outlook.dk", "landbrugsmail.dk"]
                    )
                    for r in rows
                ],
                NAV,
            ),
            c(
                "CVR-nr_",
                N,
                "VARCHAR",
                ["" if g.rnd.random() < 0.2 else v.dk_cvr(g) for _ in people],
                "decoy",
                CHECK,
                NAV,
            ),
            c(
                "CPR-nr_",
                "national_id",
                "VARCHAR",
                [v.dk_cpr(g, r[2], r[3]) if p and g.rnd.random() < 0.25 else "" for p, r in zip(people, rows)],
                NULLWORD,
                CUSTOM,
                NAV,
            ),
            c(
                "CHR-nr_",
                N,
                "VARCHAR",
                [str(g.rnd.randint(10_000, 99_999)) if p else "" for p in people],
                "decoy",
                SHAPE,
                CUSTOM,
                NAV,
            ),
            c(
                "IBAN",
                "iban",
                "VARCHAR",
                ["" if g.rnd.random() < 0.1 else v.iban(g, "DK", g.rnd.random() < 0.5) for _ in people],
                NAV,
            ),
            c("Kreditorbogføringsgruppe", N, "VARCHAR", ["LEVERANDØR" if p else "DRIFT" for p in people], "decoy", NAV),
            c("Betalingsbetingelseskode", N, "VARCHAR", g.col(g.pick(["UGEAFR", "14 DAGE", "LØB+30"])), "decoy", NAV),
            c("Spærret", N, "INTEGER", [g.rnd.choice([0] * 12 + [1, 2]) for _ in people], "decoy", NAV),
            c(
                "Besætningsstørrelse",
                N,
                "INTEGER",
                [g.rnd.randint(300, 18_000) if p else 0 for p in people],
                "decoy",
                CUSTOM,
                NAV,
            ),
            c("Rådgiver", "person_name", "VARCHAR", [g.rnd.choice(advisors) if p else "" for p in people], STAFF, NAV),
            c(
                "Bemærkning",
                "free_text",
                "VARCHAR",
                [remark() if g.rnd.random() < 0.22 else "" for _ in people],
                NULLWORD,
                NAV,
            ),
            c(
                "Sidst ændret",
                N,
                "TIMESTAMP",
                [g.moment("2012-01-01", "2025-11-28") if g.rnd.random() < 0.85 else date(1753, 1, 1) for _ in people],
                "decoy",
                NAV,
            ),
        ],
    )


# -- IBM i (Dutch), COBOL (French), Informix (Spanish), an office computer (Japanese) ----------------------------------


def nl_kwekerij_personeel(g: Gen) -> Table:
    """A De Lier (Westland) sweet-pepper grower's personnel file on its IBM i, ``PERSMSTR``, with Dutch six-letter
    names: about half the staff are seasonal workers from Poland and Romania housed by the grower (their address is
    the grower's lodging: ``street_address``, tag ``premises``). Personnel number, family name, tussenvoegsel and
    initials (``none``: a particle or initials alone), first name, sex, birth date as ``YYYYMMDD``, birthplace,
    nationality, BSN (``national_id``), the identity document's type and number, street and house number (the
    number alone ``none``), postcode and town, Dutch and home-country phones, e-mail, IBAN, payroll flags, dates,
    department, agency (``none``), the team lead (a first name), lodging code, remarks and the user of the change."""
    origins = [g.rnd.choices(["nl", "pl", "ro"], [5, 4, 1.5])[0] for _ in range(g.rows)]
    rows = []
    for o in origins:
        female = g.rnd.random() < 0.4
        a, b = v.person(g, o, female)
        rows.append((a, b, female, g.birth(1962, 2006)))
    births = {
        "nl": ["Naaldwijk", "Delft", "Den Haag", "Rotterdam", "Westland", "Vlaardingen"],
        "pl": ["Lublin", "Zamość", "Białystok", "Rzeszów", "Opole", "Kielce"],
        "ro": ["Iași", "Suceava", "Bacău", "Vaslui"],
    }
    lodging = [("Galgeweg", "De Lier"), ("Zijtwende", "Honselersdijk"), ("Slaperdijk", "Maasdijk")]
    leads = _staff(g, 5, lambda x: v.given(x, g.rnd.choice(["nl", "pl"])))
    users = _logins(g, 3, 2, "nl")
    tv = ["", "", "van", "van der", "de", "van den", "van 't"]

    def address(o: str) -> tuple[str, str, str]:
        if o != "nl" and g.rnd.random() < 0.8:
            street, town = g.rnd.choice(lodging)
            return street, town, next(t[1] for t in v.NL_TOWNS if t[0] == town)
        town = g.rnd.choice(v.NL_TOWNS)
        return g.rnd.choice(v.NL_STREETS), town[0], town[1]

    addrs = [address(o) for o in origins]

    def doc(o: str) -> tuple[str, str]:
        if o == "nl":
            return g.rnd.choice([("I", g.code("AA99AAA99")), ("P", g.code("AA99AA999"))])
        if o == "pl":
            return "I", g.code("AAA999999")
        return "I", g.code("AA999999")

    docs = [doc(o) for o in origins]

    def remark() -> str:
        return g.rnd.choice(
            [
                f"broer van {v.whole(g, 'pl')}",
                "sleutel logies kamer 4 ingeleverd",
                f"vervoer met {v.given(g, 'ro')}",
                "VCA behaald",
                "heftruckcertificaat",
            ]
        )

    return Table(
        "TUINLIB.PERSMSTR",
        "nl",
        "screaming",
        [
            c("PERSNR", N, "INTEGER", g.keys(3_001), "decoy", KEY, AS400),
            c(
                "ACHTNM",
                "last_name",
                "VARCHAR",
                [pad(v.upper_ascii(r[1]) if g.rnd.random() < 0.3 else r[1], 25) for r in rows],
                FIXED,
                AS400,
                ABBREV,
            ),
            c(
                "TUSSVG",
                N,
                "VARCHAR",
                [pad(g.rnd.choice(tv) if o == "nl" else "", 10) for o in origins],
                "decoy",
                BLANK,
                AS400,
            ),
            c(
                "VOORLT",
                N,
                "VARCHAR",
                [pad(".".join(r[0][0] + (v.initial(g) if g.rnd.random() < 0.4 else "")) + ".", 8) for r in rows],
                "decoy",
                INITIAL,
                AS400,
            ),
            c("ROEPNM", "first_name", "VARCHAR", [pad(r[0], 15) for r in rows], FIXED, AS400, ABBREV),
            c("GESLAC", N, "VARCHAR", ["V" if r[2] else "M" for r in rows], "decoy", AS400),
            c("GEBDAT", "date_of_birth", "INTEGER", [v.yyyymmdd(r[3]) for r in rows], LEGACY_DATE, AS400, ABBREV),
            c("GEBPLA", "city", "VARCHAR", [pad(g.rnd.choice(births[o]), 20) for o in origins], FIXED, AS400, ABBREV),
            c("NATION", N, "VARCHAR", [{"nl": "NLD", "pl": "POL", "ro": "ROU"}[o] for o in origins], "decoy", AS400),
            c(
                "BSNNR",
                "national_id",
                "VARCHAR",
                [v.nl_bsn(g) if g.rnd.random() < 0.9 else "000000000" for _ in origins],
                AS400,
            ),
            c("IDSRT", N, "VARCHAR", [d[0] for d in docs], "decoy", AS400),
            c("IDNUMM", "national_id", "VARCHAR", [pad(d[1], 12) for d in docs], FIXED, AS400),
            c("STRAAT", "street_address", "VARCHAR", [pad(a[0], 30) for a in addrs], PREMISES, FIXED, AS400),
            c("HUISNR", N, "INTEGER", [g.rnd.randint(1, 240) for _ in addrs], "decoy", AS400),
            c("PSTCDE", "postal_code", "VARCHAR", [v.nl_postcode(g, a[2]) for a in addrs], AS400, ABBREV),
            c("WOONPL", "city", "VARCHAR", [pad(a[1].upper(), 24) for a in addrs], FIXED, AS400, ABBREV),
            c(
                "TELNR",
                "phone",
                "VARCHAR",
                [
                    pad(
                        g.phone("NL", "national") if o == "nl" or g.rnd.random() < 0.5 else g.phone(o.upper(), "intl"),
                        16,
                    )
                    for o in origins
                ],
                FIXED,
                AS400,
            ),
            c(
                "TELTHU",
                "phone",
                "VARCHAR",
                [
                    pad(
                        g.phone(o.upper(), g.rnd.choice(["intl", "00"])) if o != "nl" and g.rnd.random() < 0.8 else "",
                        16,
                    )
                    for o in origins
                ],
                FIXED,
                AS400,
            ),
            c(
                "EMAIL",
                "email",
                "VARCHAR",
                [
                    pad(
                        ""
                        if g.rnd.random() < 0.4
                        else v.email_of(
                            g, r[0], r[1], ["ziggo.nl", "kpnmail.nl", "gmail.com", "wp.pl", "o2.pl", "yahoo.com"]
                        ),
                        40,
                    )
                    for r in rows
                ],
                FIXED,
                AS400,
            ),
            c("IBANNR", "iban", "VARCHAR", [v.iban(g, "NL") for _ in rows], AS400),
            c("LOONHK", N, "VARCHAR", g.col(g.pick(["J", "J", "N"])), "decoy", AS400),
            c(
                "INDNST",
                N,
                "INTEGER",
                [v.yyyymmdd(g.day("1998-01-01", "2025-10-01")) for _ in rows],
                "decoy",
                LEGACY_DATE,
                AS400,
            ),
            c(
                "UITDST",
                N,
                "INTEGER",
                [
                    v.yyyymmdd(g.day("2025-01-01", "2025-12-31")) if o != "nl" and g.rnd.random() < 0.6 else 0
                    for o in origins
                ],
                "decoy",
                LEGACY_DATE,
                ZERO,
                AS400,
            ),
            c("AFDELG", N, "VARCHAR", g.col(g.pick(["OOGST", "TEELT", "INPAK", "TECHN", "KANTR"])), "decoy", AS400),
            c(
                "UITZBR",
                N,
                "VARCHAR",
                [
                    pad(
                        g.rnd.choice(["Flexwest Uitzend BV", "Kasflex Personeel BV", "Agrowerk BV"])
                        if o != "nl"
                        else "",
                        25,
                    )
                    for o in origins
                ],
                "business",
                BLANK,
                AS400,
            ),
            c("PLOEGL", "first_name", "VARCHAR", g.col(g.pick(leads)), STAFF, AS400),
            c(
                "HUISVS",
                N,
                "VARCHAR",
                [f"LOGIES-{g.rnd.randint(1, 6)}" if o != "nl" else "" for o in origins],
                "decoy",
                AS400,
            ),
            c(
                "OPMERK",
                "free_text",
                "VARCHAR",
                [pad(remark() if g.rnd.random() < 0.2 else "", 50) for _ in rows],
                NULLWORD,
                FIXED,
                AS400,
            ),
            c("WIJZUS", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT, AS400),
            c(
                "WIJZDT",
                N,
                "INTEGER",
                [v.yyyymmdd(g.day("2020-01-01", "2025-11-28")) for _ in rows],
                "decoy",
                LEGACY_DATE,
                AS400,
            ),
        ],
    )


def fr_vpc_clients(g: Gen) -> Table:
    """A Roubaix mail-order catalogue house's customer file on its mainframe, unloaded with the copybook's French
    names (``NOM``, ``PRENOM``, ``ADR_L2`` to ``ADR_L5`` after the French postal standard's lines, ``DT_NAIS_JJMMAA``,
    ``TOP_NPAI``, ``CB_4DERN``, ``FILLER``): upper case without accents, padded; title, names, the c/o line (a
    person), the building and street lines, locality line, postcode and town, birth date as ``JJMMAA`` text
    (``000000`` when unknown), phones, e-mail, RFM segment, catalogue and origin codes, the referrer's customer
    number, order dates and totals, flags, payment mode, the card's last four digits and an encrypted card blob, the
    IBAN of the credit account's direct debit (mostly blank), the operator."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.78
        a, b = v.person(g, "fr", female)
        rows.append((v.upper_ascii(a), v.upper_ascii(b), female))
    towns = [g.rnd.choice(v.FR_TOWNS) for _ in range(g.rows)]
    ops = [f"VPC{n:02d}" for n in g.rnd.sample(range(1, 60), 5)]
    card = [g.rnd.random() < 0.5 for _ in range(g.rows)]

    def up(x: str, w: int) -> str:
        return pad(v.upper_ascii(x), w)

    def birth() -> str:
        return g.birth(1930, 2004).strftime("%d%m%y") if g.rnd.random() < 0.6 else "000000"

    return Table(
        "VPC.FIC_CLIENTS",
        "fr",
        "screaming",
        [
            c("CD_ENREG", N, "VARCHAR", ["C1"] * g.rows, "decoy", COBOL),
            c("NUM_CLIENT", N, "VARCHAR", [f"{80_000_000 + i * 11:010d}" for i in range(g.rows)], "decoy", KEY, COBOL),
            c(
                "CIVILITE",
                N,
                "VARCHAR",
                [pad(("MME" if g.rnd.random() < 0.85 else "MLLE") if r[2] else "M", 4) for r in rows],
                "decoy",
                COBOL,
            ),
            c("NOM", "last_name", "VARCHAR", [pad(r[1], 25) for r in rows], FIXED, COBOL),
            c("PRENOM", "first_name", "VARCHAR", [pad(r[0], 20) for r in rows], FIXED, COBOL),
            c(
                "ADR_L2",
                "person_name",
                "VARCHAR",
                [up("" if g.rnd.random() < 0.86 else f"CHEZ {v.whole(g, 'fr')}", 38) for _ in rows],
                NULLWORD,
                FIXED,
                COBOL,
            ),
            c(
                "ADR_L3",
                "street_address",
                "VARCHAR",
                [
                    up(
                        ""
                        if g.rnd.random() < 0.75
                        else g.rnd.choice(
                            [
                                f"RESIDENCE LES TILLEULS BAT {g.rnd.choice('ABCD')}",
                                f"APPT {g.rnd.randint(1, 90)} ETAGE {g.rnd.randint(1, 9)}",
                                "ENTREE 2",
                            ]
                        ),
                        38,
                    )
                    for _ in rows
                ],
                NULLWORD,
                FIXED,
                COBOL,
            ),
            c("ADR_L4", "street_address", "VARCHAR", [up(v.fr_street(g), 38) for _ in rows], FIXED, COBOL),
            c(
                "ADR_L5",
                "street_address",
                "VARCHAR",
                [
                    up(
                        ""
                        if g.rnd.random() < 0.85
                        else g.rnd.choice(["LIEU DIT LE MOULIN", f"BP {g.rnd.randint(1, 400)}", "HAMEAU DE LA CROIX"]),
                        38,
                    )
                    for _ in rows
                ],
                NULLWORD,
                FIXED,
                COBOL,
            ),
            c("CD_POSTAL", "postal_code", "VARCHAR", [t[1] for t in towns], COBOL),
            c("VILLE", "city", "VARCHAR", [pad(t[0], 32) for t in towns], FIXED, COBOL),
            c("DT_NAIS_JJMMAA", "date_of_birth", "VARCHAR", [birth() for _ in rows], LEGACY_DATE, DOB_TEXT, COBOL),
            c(
                "TEL_FIXE",
                "phone",
                "VARCHAR",
                [pad(g.phone("FR", "national", False) if g.rnd.random() < 0.6 else "", 14) for _ in rows],
                FIXED,
                COBOL,
            ),
            c(
                "TEL_PORT",
                "phone",
                "VARCHAR",
                [
                    pad(g.phone("FR", g.rnd.choice(["national", "digits"])) if g.rnd.random() < 0.55 else "", 14)
                    for _ in rows
                ],
                FIXED,
                COBOL,
            ),
            c(
                "EMAIL",
                "email",
                "VARCHAR",
                [
                    pad(
                        v.email_of(
                            g, r[0], r[1], ["orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"]
                        ).upper()
                        if g.rnd.random() < 0.5
                        else "",
                        50,
                    )
                    for r in rows
                ],
                FIXED,
                COBOL,
            ),
            c("CD_SEGMENT_RFM", N, "VARCHAR", [g.code("R9F9M9") for _ in rows], "decoy", SHAPE, COBOL),
            c(
                "CD_CATALOGUE",
                N,
                "VARCHAR",
                g.col(g.pick(["AH24", "PE25", "AH25", "BLANC25", "NOEL24"])),
                "decoy",
                COBOL,
            ),
            c("CD_ORIGINE", N, "VARCHAR", g.col(g.pick(["PARR", "ENCA", "LOCF", "WEB ", "TV  "])), "decoy", COBOL),
            c(
                "NUM_PARRAIN",
                N,
                "VARCHAR",
                [
                    f"{g.rnd.randint(80_000_000, 80_013_000):010d}" if g.rnd.random() < 0.15 else "0000000000"
                    for _ in rows
                ],
                "decoy",
                KEY,
                BLANK,
                COBOL,
            ),
            c(
                "DT_PREM_CDE",
                N,
                "INTEGER",
                [v.yyyymmdd(g.day("1994-01-01", "2023-12-31")) for _ in rows],
                "decoy",
                LEGACY_DATE,
                COBOL,
            ),
            c(
                "DT_DERN_CDE",
                N,
                "INTEGER",
                [v.yyyymmdd(g.day("2024-01-01", "2025-11-28")) for _ in rows],
                "decoy",
                LEGACY_DATE,
                COBOL,
            ),
            c("NB_CDES", N, "INTEGER", g.ints(1, 140), "decoy", COBOL),
            c("CA_CUMUL", N, "DECIMAL(11,2)", g.amounts(19, 14_000), "decoy", COBOL),
            c("TOP_NPAI", N, "VARCHAR", g.yn("O", "N", 0.04), "decoy", COBOL),
            c("TOP_ROBINSON", N, "VARCHAR", g.yn("O", "N", 0.07), "decoy", COBOL),
            c(
                "MODE_REGLT",
                N,
                "VARCHAR",
                ["CB " if k else g.rnd.choice(["CHQ", "C/R", "CPT"]) for k in card],
                "decoy",
                COBOL,
            ),
            c("CB_4DERN", N, "VARCHAR", [g.digits(4) if k else "    " for k in card], "decoy", PARTIAL, COBOL),
            c(
                "CB_CHIFFRE",
                N,
                "VARCHAR",
                [g.code("x" * 48).upper() if k else " " * 48 for k in card],
                "decoy",
                CREDENTIAL,
                COBOL,
            ),
            c(
                "IBAN_PRLV",
                "iban",
                "VARCHAR",
                [pad(v.iban(g, "FR") if g.rnd.random() < 0.2 else "", 34) for _ in rows],
                NULLWORD,
                FIXED,
                COBOL,
            ),
            c("CD_OPER_MAJ", USERNAME, "VARCHAR", g.col(g.pick(ops)), USER, AUDIT, COBOL),
            c("FILLER", N, "VARCHAR", [" " * 30] * g.rows, "decoy", FILLER, COBOL),
        ],
    )


def es_butano_clientes(g: Gen) -> Table:
    """A Tordesillas (Valladolid) bottled-gas distributor's customer file on its Informix 4GL system
    (``CLIENTES_REPARTO``, Spanish SCREAMING names): the customer's first name and two family names, DNI or NIE,
    the delivery address (the customer's home: tag ``premises``) with floor and door (``none`` alone), postcode,
    town and province (``none``), phones, the birth date typed as ``DD/MM/AAAA`` (needed for the pensioners'
    discount, often blank), the supply contract, cylinder type and count, the last and next safety inspection, the
    certified installer (few) and his certificate number, route, delivery driver (a first name) and day, the IBAN
    of the direct debit, two free fields (``CAMPO_LIBRE1``: a neighbour's or relative's mobile to call: ``phone``;
    ``CAMPO_LIBRE2``: the street door's code: ``none``), remarks naming people, the GPS of the doorway
    (``none``), the user and date of registration."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "es", female)
        rows.append((a, b, v.person(g, "es")[1]))
    towns = [g.rnd.choice(v.ES_TOWNS) for _ in range(g.rows)]
    installers = [(v.whole(g, "es"), f"IG-47-{g.rnd.randint(100, 999):04d}") for _ in range(4)]
    inst = [g.rnd.choice(installers) for _ in range(g.rows)]
    drivers = _staff(g, 5, lambda x: v.given(x, "es"))
    users = _logins(g, 3, 1, "es")
    inspected = g.days("2020-01-01", "2025-11-01")

    def remark() -> str:
        return g.rnd.choice(
            [
                f"Dejar a la vecina del 2ºA, Sra. {v.given(g, 'es')}",
                "Perro suelto en el patio",
                f"Avisar a su hijo {v.whole(g, 'es')} antes de ir",
                "Solo por la mañana",
                "Bombona en la terraza",
            ]
        )

    return Table(
        "reparto.clientes_reparto",
        "es",
        "snake",
        [
            c("cod_cli", N, "INTEGER", g.keys(20_001), "decoy", KEY, INFORMIX),
            c("nombre", "first_name", "VARCHAR", [r[0].upper() for r in rows], INFORMIX),
            c("apell1", "last_name", "VARCHAR", [r[1].upper() for r in rows], INFORMIX),
            c("apell2", "last_name", "VARCHAR", [r[2].upper() if g.rnd.random() < 0.9 else "" for r in rows], INFORMIX),
            c(
                "nif",
                "national_id",
                "VARCHAR",
                [v.es_nie(g) if g.rnd.random() < 0.08 else v.es_dni(g) for _ in rows],
                INFORMIX,
            ),
            c("domic", "street_address", "VARCHAR", [v.es_street(g).upper() for _ in rows], PREMISES, INFORMIX),
            c(
                "piso",
                N,
                "VARCHAR",
                g.col(g.pick(["BAJO", "1º", "2º", "3º", "4º", "", "", "ATICO"])),
                "decoy",
                INFORMIX,
            ),
            c("puerta", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "IZDA", "DCHA", "", ""])), "decoy", INFORMIX),
            c("cod_post", "postal_code", "VARCHAR", [v.es_postcode(g, t[1]) for t in towns], INFORMIX),
            c("poblac", "city", "VARCHAR", [t[0].upper() for t in towns], INFORMIX),
            c("prov", N, "VARCHAR", ["VALLADOLID"] * g.rows, "decoy", INFORMIX),
            c(
                "telef1",
                "phone",
                "VARCHAR",
                [g.phone("ES", g.rnd.choice(["national", "digits"]), False) for _ in rows],
                INFORMIX,
            ),
            c(
                "telef2",
                "phone",
                "VARCHAR",
                ["" if g.rnd.random() < 0.45 else g.phone("ES", "digits") for _ in rows],
                INFORMIX,
            ),
            c(
                "f_nac",
                "date_of_birth",
                "VARCHAR",
                [g.birth(1925, 1990).strftime("%d/%m/%Y") if g.rnd.random() < 0.45 else "" for _ in rows],
                DOB_TEXT,
                INFORMIX,
            ),
            c(
                "n_contrato",
                N,
                "VARCHAR",
                [f"CT{g.rnd.randint(2004, 2025)}/{g.digits(6)}" for _ in rows],
                "decoy",
                SHAPE,
                INFORMIX,
            ),
            c("tipo_env", N, "VARCHAR", g.col(g.pick(["K-12,5", "K-12,5", "K-11", "K-35", "K-6"])), "decoy", INFORMIX),
            c("n_env", N, "INTEGER", g.ints(1, 4), "decoy", INFORMIX),
            c("f_ult_rev", N, "DATE", inspected, "decoy", INFORMIX),
            c("f_prox_rev", N, "DATE", [d + timedelta(days=5 * 365) for d in inspected], "decoy", INFORMIX),
            c("instalador", "person_name", "VARCHAR", [i[0] for i in inst], STAFF, INFORMIX),
            c("n_carne_inst", N, "VARCHAR", [i[1] for i in inst], "decoy", SHAPE, INFORMIX),
            c("ruta", N, "VARCHAR", g.col(lambda: f"R{g.rnd.randint(1, 12):02d}"), "decoy", INFORMIX),
            c("repartidor", "first_name", "VARCHAR", g.col(g.pick(drivers)), STAFF, INFORMIX),
            c(
                "dia_rep",
                N,
                "VARCHAR",
                g.col(g.pick(["LUNES", "MARTES", "MIERCOLES", "JUEVES", "VIERNES"])),
                "decoy",
                INFORMIX,
            ),
            c(
                "iban_domic",
                "iban",
                "VARCHAR",
                ["" if g.rnd.random() < 0.4 else v.iban(g, "ES", g.rnd.random() < 0.5) for _ in rows],
                INFORMIX,
            ),
            c(
                "campo_libre1",
                "phone",
                "VARCHAR",
                ["" if g.rnd.random() < 0.6 else g.phone("ES", "digits") for _ in rows],
                OPAQUE,
                CUSTOM,
                INFORMIX,
            ),
            c(
                "campo_libre2",
                N,
                "VARCHAR",
                ["" if g.rnd.random() < 0.5 else f"PORTAL {g.digits(4)}" for _ in rows],
                "decoy",
                CREDENTIAL,
                OPAQUE,
                CUSTOM,
                INFORMIX,
            ),
            c(
                "observ",
                "free_text",
                "VARCHAR",
                [remark() if g.rnd.random() < 0.25 else "" for _ in rows],
                NULLWORD,
                INFORMIX,
            ),
            c("latitud", N, "DOUBLE", [round(41.52 + g.rnd.uniform(-0.25, 0.25), 6) for _ in rows], "decoy", INFORMIX),
            c("longitud", N, "DOUBLE", [round(-4.85 + g.rnd.uniform(-0.35, 0.35), 6) for _ in rows], "decoy", INFORMIX),
            c("usu_alta", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT, INFORMIX),
            c("f_alta", N, "DATE", g.days("1996-01-01", "2025-11-28"), "decoy", INFORMIX),
        ],
    )


def ja_kokyaku_master(g: Gen) -> Table:
    """A Shizuoka tea wholesaler's mail-order customer master on its office computer (オフコン), unloaded with the
    romanized SCREAMING names the COBOL programs use (``KOKYAKU_MEI``, ``KOKYAKU_KANA``, ``YUBIN_NO``, ``JUSHO1`` to
    ``JUSHO3``, ``SEINENGAPPI``, ``YOBI1``): about 90% private customers and some tea shops (``person_name``, the
    majority), the katakana reading, postcode, prefecture and city (``city``), block and building (``street_address``),
    phones and fax, e-mail, the birth date in the Japanese era (``S45.03.12``), customer class, the corporate number
    of shops (``none``, mostly blank), the sales rep (few), the referrer's customer code, last order and total, the
    gift recipient's name, address and phone (お中元, お歳暮), two spare fields (``YOBI1``: a family member's e-mail:
    ``email``; ``YOBI2``: a campaign code: ``none``), remarks and the user of the last update."""
    rows = []
    for _ in range(g.rows):
        fam, fam_k, giv, giv_k, _female = v.ja_person(g)
        shop = g.rnd.random() < 0.1
        rows.append((fam, fam_k, giv, giv_k, shop))
    cities = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    reps = _staff(g, 5, lambda x: "{0} {2}".format(*v.ja_person(x)))
    users = [f"USR{n:03d}" for n in g.rnd.sample(range(1, 200), 4)]
    gift = [g.rnd.random() < 0.45 for _ in range(g.rows)]

    def mei(r: tuple) -> str:
        return f"{r[0]}製茶店" if r[4] else f"{r[0]}　{r[2]}"

    def kana(r: tuple) -> str:
        return f"{r[1]}セイチャテン" if r[4] else f"{r[1]} {r[3]}"

    def phone_jp(mobile: bool) -> str:
        return g.phone("JP", "national", mobile)

    def recipient_address() -> str:
        city = g.rnd.choice(v.JA_CITIES)
        return f"{city[0]}{v.ja_street(g)}"

    def remark() -> str:
        p = v.ja_person(g)
        return g.rnd.choice([f"お中元 {p[0]}{p[2]}様宛", "代引き不可", f"紹介者 {p[0]}様", "電話は夕方以降"])

    return Table(
        "TSUHAN.KOKYAKU_MST",
        "ja",
        "screaming",
        [
            c("KOKYAKU_CD", N, "VARCHAR", [f"{100_000 + i * 3:07d}" for i in range(g.rows)], "decoy", KEY, OFFCOM),
            c("KOKYAKU_MEI", "person_name", "VARCHAR", [mei(r) for r in rows], MIXED_BUSINESS, OFFCOM),
            c("KOKYAKU_KANA", "person_name", "VARCHAR", [kana(r) for r in rows], MIXED_BUSINESS, OFFCOM),
            c("YUBIN_NO", "postal_code", "VARCHAR", [f"{ci[1]}-{g.digits(4)}" for ci in cities], OFFCOM),
            c("JUSHO1", "city", "VARCHAR", [ci[0] for ci in cities], OFFCOM),
            c("JUSHO2", "street_address", "VARCHAR", [v.ja_street(g) for _ in rows], OFFCOM),
            c(
                "JUSHO3",
                "street_address",
                "VARCHAR",
                [v.ja_building(g) if g.rnd.random() < 0.35 else "" for _ in rows],
                OFFCOM,
            ),
            c("TEL_NO", "phone", "VARCHAR", [phone_jp(False) for _ in rows], OFFCOM),
            c("KEITAI_NO", "phone", "VARCHAR", [phone_jp(True) if g.rnd.random() < 0.55 else "" for _ in rows], OFFCOM),
            c(
                "FAX_NO",
                "phone",
                "VARCHAR",
                [phone_jp(False) if g.rnd.random() < 0.15 else "" for _ in rows],
                NULLWORD,
                OFFCOM,
            ),
            c(
                "MAIL_ADDR",
                "email",
                "VARCHAR",
                [
                    v.email_of(
                        g,
                        g.rnd.choice(["kazu", "masa", "yumi", "kei", "sachi", "taka"]),
                        g.rnd.choice(["sugiyama", "mochizuki", "suzuki", "watanabe", "oishi", "masuda"]),
                        ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com", "nifty.com"],
                    )
                    if g.rnd.random() < 0.5
                    else ""
                    for r in rows
                ],
                OFFCOM,
            ),
            c(
                "SEINENGAPPI",
                "date_of_birth",
                "VARCHAR",
                [v.wareki(g.birth(1932, 2003)) if g.rnd.random() < 0.6 and not r[4] else "" for r in rows],
                LEGACY_DATE,
                DOB_TEXT,
                OFFCOM,
            ),
            c("SEIBETSU_KBN", N, "VARCHAR", g.col(g.pick(["1", "2", "2"])), "decoy", OFFCOM),
            c("KOKYAKU_KBN", N, "VARCHAR", ["02" if r[4] else "01" for r in rows], "decoy", OFFCOM),
            c(
                "HOJIN_BANGO",
                N,
                "VARCHAR",
                [v.jp_corporate(g) if r[4] else "" for r in rows],
                "decoy",
                CHECK,
                BLANK,
                OFFCOM,
            ),
            c("TANTOSHA_MEI", "person_name", "VARCHAR", g.col(g.pick(reps)), STAFF, OFFCOM),
            c(
                "SHOKAISHA_CD",
                N,
                "VARCHAR",
                [f"{g.rnd.randint(100_000, 102_000):07d}" if g.rnd.random() < 0.12 else "" for _ in rows],
                "decoy",
                KEY,
                BLANK,
                OFFCOM,
            ),
            c(
                "SAISHU_JUCHU_BI",
                N,
                "INTEGER",
                [v.yyyymmdd(g.day("2015-01-01", "2025-11-28")) for _ in rows],
                "decoy",
                LEGACY_DATE,
                OFFCOM,
            ),
            c("RUIKEI_KINGAKU", N, "INTEGER", g.ints(1_080, 980_000), "decoy", OFFCOM),
            c("DM_FUYO_FLG", N, "INTEGER", g.yn(1, 0, 0.1), "decoy", OFFCOM),
            c(
                "SOFUSAKI_MEI",
                "person_name",
                "VARCHAR",
                ["{0}　{2}".format(*v.ja_person(g)) if k else "" for k in gift],
                ROLE,
                OFFCOM,
            ),
            c(
                "SOFUSAKI_JUSHO",
                "street_address",
                "VARCHAR",
                [recipient_address() if k else "" for k in gift],
                ROLE,
                OFFCOM,
            ),
            c(
                "SOFUSAKI_TEL",
                "phone",
                "VARCHAR",
                [phone_jp(g.rnd.random() < 0.4) if k and g.rnd.random() < 0.85 else "" for k in gift],
                ROLE,
                OFFCOM,
            ),
            c(
                "YOBI1",
                "email",
                "VARCHAR",
                [
                    v.email_of(
                        g,
                        g.rnd.choice(["ken", "daisuke", "chihiro", "mayumi"]),
                        g.rnd.choice(["naito", "serizawa", "aoshima", "nishina"]),
                        ["docomo.ne.jp", "softbank.ne.jp", "gmail.com"],
                    )
                    if g.rnd.random() < 0.4
                    else ""
                    for _ in rows
                ],
                OPAQUE,
                CUSTOM,
                OFFCOM,
            ),
            c(
                "YOBI2",
                N,
                "VARCHAR",
                [g.rnd.choice(["CP24S", "CP25N", "SHINCHA25", ""]) for _ in rows],
                "decoy",
                OPAQUE,
                CUSTOM,
                OFFCOM,
            ),
            c(
                "BIKO",
                "free_text",
                "VARCHAR",
                [remark() if g.rnd.random() < 0.2 else "" for _ in rows],
                NULLWORD,
                OFFCOM,
            ),
            c(
                "TOROKU_BI",
                N,
                "INTEGER",
                [v.yyyymmdd(g.day("1991-04-01", "2025-11-28")) for _ in rows],
                "decoy",
                LEGACY_DATE,
                OFFCOM,
            ),
            c("KOSHIN_USER", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT, OFFCOM),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (jde_whos_who, 900),
    (ebs_suppliers, 600),
    (coop_members, 1_100),
    (pension_members, 800),
    (flat_payroll_feed, 1_000),
    (bc_customers, 700),
    (access_boarders, 300),
    (lawson_employees, 900),
    (rv_warranty, 1_000),
    (sap_hr_extract, 800),
    (nav_kreditor, 500),
    (nl_kwekerij_personeel, 450),
    (fr_vpc_clients, 1_200),
    (es_butano_clientes, 650),
    (ja_kokyaku_master, 700),
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
