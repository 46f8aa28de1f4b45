"""Held-out set v153 for the column classifier: 14 tables of *car dealerships, vehicle leasing, auto finance and
used-car marketplaces* (test-drive bookings with licence checks, finance applications with co-signers, lease
contracts, trade-ins with previous keepers, service and warranty customers, private sellers on a classifieds
marketplace, repossessions), one system per table and each a different organisation in a different country, seven
with English column names and seven in French, Dutch, Polish, Danish, Turkish, Japanese (kanji and katakana column
names and values) and Greek (Greek script column names and values):

* ``shannonside_motors.trade_in_appraisals``: an Athlone car dealership's trade-in appraisals (snake case: the
  customer's DATE birth date, PPS numbers mostly NULL, Irish mobiles, ``address_line_1`` and a townland or estate in
  ``address_line_2``, towns and Eircodes, the trade-in's registration, VIN and model, the previous keeper named in
  the logbook, finance houses settled, sales executives, appraisal references shaped like a PPS number and failing
  its check letter, ``misc_1`` holding personal data, appraiser notes mostly NULL words);
* ``okanaganAutoCredit.financeApplications``: a Kelowna auto finance company's applications from its dealers (camel
  case: first, middle and last names, ISO birth dates, SIN mostly NULL, BC driver's licence numbers, home address,
  city and postal code, employers and their phones, the co-signer's name, phone and relationship, VINs passing
  their North American check character, bureau scores, finance managers, the submitting IP, dealer deal numbers
  spaced like a SIN and failing its check, ``customField2`` codes only);
* ``WyvernMotorGroup.TestDriveBookings``: a Swindon dealership group's test-drive bookings (Pascal case: title, DATE
  birth dates, DVLA licence numbers built from the surname, birth date, sex and initial, the DVLA check code and
  penalty points, postcode, plates and models, demo start times, a second driver mostly NULL, a holding deposit card
  kept in clear mostly NULL, sales executives, the showrooms' phones and addresses, ``Udf2`` with personal data,
  ``Udf3`` codes, feedback mostly NULL words);
* ``gl_novated.lse_ctr_dtl``: a Geelong salary-packaging firm's novated lease contracts (abbreviated: ``cust_fnm``,
  ``cust_dob`` as ``dd/mm/yyyy``, ``cust_tfn`` mostly NULL, ``dl_no``, ``ctc_ph``, ``addr_ln1``, ``addr_ln2`` a unit
  mostly NULL, ``sbrb``, ``pcd``, employers and their ABN (passing its check), the leased car and its rego, terms,
  residuals and salary sacrifice amounts, account managers, contract numbers failing the TFN check, ``udf3`` with
  personal data, ``lst_upd_by`` the last editor's login);
* ``REPOXTR.REPO_ASSIGN_EXTRACT``: a Knoxville subprime auto lender's repossession assignments, a COBOL file (legacy:
  padded CHAR, hyphenated names, the debtor's names and middle initial, SSN and home phone as numbers with 0 for
  missing, the birth and repossession dates as ``YYYYMMDD`` integers, ZIP as a number, the co-signer written
  ``SURNAME, GIVEN``, the place of employment and its phone, the vehicle, its VIN (passing its check character) and
  plate, days past due and payoff amounts, repossession agencies, collectors, a card on file mostly NULL, repo order
  numbers of nine digits failing the SSN check, ``REPO-USER-FLD-1`` holding personal data, ``REPO-USER-FLD-2`` codes);
* ``stg_jb_autojual.src_crm_sellers_raw``: a Johor Bahru used-car classifieds site's private sellers and listings
  landed from its CRM as an opaque staging table (``col01`` to ``col20``: Malay names with ``bin`` and ``binti``,
  Chinese names family name first and Indian names with ``a/l`` and ``a/p``, some in capitals, MyKad numbers
  encoding the birth date and state of birth, ``dd/mm/yyyy`` birth dates, Malaysian phones, taman addresses,
  localities and postcodes, listing numbers of twelve digits whose month cannot exist, cars, prices, plates,
  mileages, IPs, listing states, a custom field with personal data, moderators, timestamps, the seller's payout
  account half empty);
* ``lko_wheels_app.service_bookings_json``: a Lucknow dealership's service and extended-warranty bookings from its
  customer app, flattened from JSON to dotted keys (``customer.name.first``, ``customer.dob``, ``customer.pan``
  mostly NULL, ``customer.address.locality`` and ``.pincode``, the vehicle's registration, VIN, model and odometer,
  warranty policy numbers and expiry, service advisers, the workshop's GSTIN (passing its check) and phone,
  ``meta.ip``, ``meta.app_version``, ``meta.custom2``, job card numbers of twelve digits failing Aadhaar's Verhoeff
  check, advisers' notes mostly NULL words);
* ``concession_clermont.dossiers_financement``: a Clermont-Ferrand dealership's car finance files (LOA, LLD, loans)
  (French: ``civilite``, ``nom``, ``nom_naissance`` mostly NULL, ``prenom``, ``dd/mm/yyyy`` birth dates, the commune
  of birth, the NIR encoding the sex, year and month, département and commune of birth, driving licence numbers,
  the co-borrower, employers, the direct-debit IBAN, the dealership's SIRET (passing its check), models and plates,
  salespeople, file numbers of fifteen digits failing the NIR key, ``champ_libre_2``, comments mostly ``néant``);
* ``privatelease_eindhoven.contracten``: an Eindhoven private-lease company's contracts (Dutch: ``voorletters``,
  ``roepnaam``, ``tussenvoegsel`` and ``achternaam`` apart, ``dd-mm-yyyy`` birth dates, the BSN mostly NULL, driving
  licence numbers, ``straat`` and ``huisnummer`` apart, postcode and woonplaats, IBANs, kentekens and models, terms,
  mileages and monthly amounts, BKR results, account managers, contract numbers failing the BSN's eleven test,
  ``vrij_veld_2`` codes only, remarks mostly ``geen``);
* ``komis_rzeszow.umowy_kupna``: a Rzeszów used-car dealer's contracts buying cars from private sellers (Polish: the
  seller's first and second given names, PESEL encoding the birth date and sex, ``dd.mm.yyyy`` birth dates, identity
  card series and numbers with their check digit, the co-owner and the previous owner mostly NULL, the car, its VIN,
  plate and mileage, the payout IBAN, the dealer's NIP (passing its check), salespeople, contract numbers of eleven
  digits failing the PESEL check, ``pole_dodatkowe_2``, remarks mostly ``brak``);
* ``autohus_kolding.vaerkstedskunder``: a Kolding car dealer's workshop, service and warranty customers (Danish: the
  CPR number mostly NULL, the birth date split into ``foedselsdag``, ``foedselsmaaned`` and ``foedselsaar``,
  addresses with floor and side, postnummer and bynavn, plates, stelnummer and models, warranty types and expiry,
  workshop foremen, suppliers' CVR (passing its check), a domestic account ``reg_nr_konto``, order numbers written
  like a CPR number whose date cannot exist, ``ekstra_felt_2`` codes only, remarks mostly ``ingen``);
* ``konya_otomotiv.tasit_kredisi_basvurulari``: a Konya dealership's vehicle loan applications with guarantors
  (Turkish: ``ad``, ``soyad``, T.C. kimlik numbers, ``dd.mm.yyyy`` birth dates, the birthplace, ``baba_adi``,
  addresses by mahalle and street, ilçe and postcode, the guarantor's name and T.C. kimlik number, employers and
  their VKN (passing its check), the car and its plate, amounts and terms, IBANs, sales consultants, application
  numbers of eleven digits failing the T.C. kimlik check, ``ozel_alan_2``, remarks mostly ``yok``);
* ``浜松オートセンター.下取り査定台帳``: a Hamamatsu used-car dealer's trade-in appraisal ledger (Japanese column names
  and values: ``氏名`` in kanji family name first and ``フリガナ`` in katakana, ``生年月日`` as ``yyyy年m月d日``, My
  Number mostly NULL, driving licence numbers, postal codes, municipality and address, the owner on the inspection
  certificate (``車検証所有者``), the car, chassis and plate numbers, appraisal amounts and dates, employers, staff by
  family name (``担当者``), appraisal numbers failing My Number's check, ``予備項目2``, remarks mostly ``なし``);
* ``χρηματοδοτική_μίσθωση_πάτρας.μισθωτές``: a Patras car leasing company's lessees, guarantors and repossessions
  (Greek, Greek script column names and values: family name, given name and father's name (``πατρώνυμο``),
  ``d/m/yyyy`` birth dates, the AMKA encoding the birth date and sex, the personal ΑΦΜ, identity card numbers, the
  address, postcode and town, a guarantor mostly NULL, IBANs, the car and its plate, monthly rentals and the
  contract's state (repossession among them), dealers' ΑΦΜ (passing its check), clerks, contract numbers of eleven
  digits failing the AMKA's Luhn check, ``πρόσθετο_πεδίο_2``, remarks mostly ``καμία``).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (its module docstring, import block, ``SETS`` dict and ``--db`` help line, read and
edited, never run), v152's table module and test, most of v152's value module (its generic ``Gen`` helpers,
custom-field and padding helpers and DVLA builder were copied here), ``tests/heldout_support.py``, the sources of
python-stdnum's modules used here, and the first 40 lines of the other sets' modules, searched for this domain's
words (dealer, leasing, vehicle, car, repossession, classifieds; v67's docstring and the bullet lines of v145 to
v151 read) to avoid repeating their organisations and towns (v22's Autohaus test drives, v31's US dealership deals, v67's Hamilton
used-car dealer and v13's used-car purchases led this set to other countries and towns). The ``Column`` and
``Table`` classes of v2 and the writer and summary of v4 are used, not read. The classifier was not run on this set
while it was written, no scorer was run on it, and no score was looked at (the test builds the set through the
scorer's ``SETS`` entry, as v152's test does, and never classifies).

Labeling choices a reader may question:

* a US SSN, a Canadian SIN, an Irish PPS number, a French NIR and a Greek AMKA are ``ssn``; a TFN, MyKad, PAN, BSN,
  PESEL, Polish identity cards, CPR, T.C. kimlik, My Number, a personal ΑΦΜ, Greek identity cards and driving
  licences of every country (tag ``licence``) are ``national_id``; licences and identity cards other than the Polish
  one have no check computed here and are generated by shape (the DVLA licence from the row's surname, birth date,
  sex and initial);
* application, appraisal, booking, contract, deal, file, job card, listing, order and repo order numbers, warranty
  policies and the DVLA check code are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier;
  thirteen fail the check of the personal number they look like: PPS, SIN, TFN, SSN, MyKad's date, Aadhaar, NIR,
  BSN, PESEL, CPR's date, T.C. kimlik, My Number, AMKA); plates, VINs, chassis numbers, makes and models are ``none``
  (tag ``vehicle``; VINs with a North American check character also ``check_digit``), as are odometers, scores,
  incomes, prices, amounts, terms, decisions, warranty types and contract states;
* employers, finance houses, lenders, repossession agencies, showrooms and workshops with their phones and
  addresses, and their ABN, GSTIN, SIRET, NIP, CVR, VKN and ΑΦΜ (passing their checks, tag ``check_digit``) are
  ``none`` (tag ``business``);
* sales executives, finance and account managers, collectors, moderators, service advisers, workshop foremen,
  salespeople, clerks and consultants are staff (``person_name``, tag ``staff``; ``担当者`` kept by family name is
  ``last_name``); co-signers and their phones, co-borrowers, guarantors (``kefil``, ``εγγυητής``), co-owners,
  previous keepers and owners, a second driver and the owner on a Japanese inspection certificate are personal (tag
  ``role_word``);
* ``SURNAME, GIVEN`` in one column (``COSIGNER-NAME``), a Malaysian whole name with ``bin``/``binti`` or ``a/l``/``a/p``
  and a kanji name with the family name first and its katakana reading are ``person_name``; middle and second given
  names, a middle initial, Dutch ``voorletters`` and ``roepnaam``, the Turkish ``baba_adi`` and the Greek
  ``πατρώνυμο`` (a father's given name, as earlier sets labeled patronymics) are ``first_name``; a French birth name
  (``nom_naissance``) and a Dutch ``tussenvoegsel`` are ``last_name``;
* a townland or estate on an address's second line, a unit, a Dutch ``huisnummer`` are ``street_address`` (tag
  ``split_address``); suburbs, Malaysian and Indian localities and Turkish ilçe are ``city`` (tag ``locality``), as
  are communes, towns, municipalities and birthplaces;
* dates of birth as DATE, as ISO, ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yyyy``, ``d/m/yyyy`` and ``yyyy年m月d日``
  text, as ``YYYYMMDD`` integers (0 for missing) and split into day, month and year integers (each part
  ``date_of_birth``, tag ``split_dob``) are ``date_of_birth``; appraisal, demo, repossession and warranty dates and
  timestamps are ``none``;
* a holding deposit card and a card on file kept in clear are ``credit_card``; French, Dutch, Polish, Turkish and
  Greek IBANs are ``iban``; a Danish ``reg.nr`` and account and a Malaysian payout account are ``unclassified`` (tag
  ``bank_account``, as earlier sets labeled domestic accounts); an editor's login is ``unclassified`` (tag
  ``username``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding codes only are ``none`` (tags ``decoy`` and ``custom_plain``); notes and remarks naming people are
  ``free_text``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; rows per table: 280 to 520.
Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v153_values`, written for v153 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v153 [PATH]`` (default ``/tmp/heldout_v153.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v153``.

Slip: printing the lines around the scorer's import block and ``SETS`` dict also printed the ``GOALS`` constant
(the recall, precision and kind-accuracy goals its docstring states too), a ``NONE`` constant and the comment line
after ``SETS``, and a grep for ``SETS`` printed three lines that use it (the ``--set`` argument, the ``--db``
default and the lookup of the set's module); nothing else of the scorer outside its docstring, imports, ``SETS``
and ``--db`` help was read.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v153_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v153_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

__all__ = [
    "BUILDERS",
    "DEFAULT_PATH",
    "NULLISH",
    "SEED",
    "UNCLASSIFIED",
    "Column",
    "Gen",
    "Table",
    "build",
    "labels",
    "summary",
    "tables",
]

DEFAULT_PATH = Path("/tmp/heldout_v153.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # sales executives, finance managers, collectors, moderators, service advisers (2 to 8 distinct)
ROLE = "role_word"  # a role word (co-signer, previous keeper, guarantor, co-owner, second driver ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a suburb, a locality, a townland, an ilçe (city)
LICENCE = "licence"  # a driving licence number (national_id)
USERNAME = "username"
BANK = "bank_account"  # a domestic bank account (unclassified)
CHECK = "check_digit"  # a business's or a vehicle's number passing its own check (none)
VEHICLE = "vehicle"  # a plate, a VIN, a chassis number, a make and model (none)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "none", "NULL") + extra


def _custom(g: Gen, region: str, lang: str, null: float = 0.3, fmt: str = "national") -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""

    def one() -> str:
        r = g.rnd.random()
        if r < 0.42:
            return g.phone(region, g.rnd.choice([fmt, "e164"]))
        if r < 0.72:
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)

    return g.col(one, null)


def _codes(g: Gen, codes: list[str], null: float = 0.35) -> list[str | None]:
    """An opaque custom field holding codes only."""
    return g.col(g.pick(codes), null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


# -- English-named tables ----------------------------------------------------------------------------------------------

IE_MODELS = [
    "Toyota Corolla 1.8 Hybrid",
    "Volkswagen Golf 2.0 TDI",
    "Skoda Octavia 1.6 TDI",
    "Hyundai Tucson 1.6 CRDi",
    "Ford Focus 1.0 EcoBoost",
    "Nissan Qashqai 1.5 dCi",
    "Kia Sportage 1.6 GDi",
    "Toyota Yaris 1.5 Hybrid",
    "Volkswagen Passat 2.0 TDI",
]


def ie_trade_in_appraisals(g: Gen) -> Table:
    """An Athlone car dealership's trade-in appraisals with the vehicles' previous keepers (snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "ie", female)
        place = g.rnd.choice(v.IE_PLACES)
        year = g.rnd.randint(2012, 2023)
        rows.append(
            {
                "a": a,
                "b": b,
                "mail": v.email_of(g, a, b, v.DOMAINS["ie"]),
                "place": place,
                "eircode": f"{place[1]} {g.code('A')}{g.digits(1)}{g.code('A')}{g.digits(1)}",
                "reg": f"{str(year)[2:]}{g.rnd.choice(['1', '2']) if year >= 2013 else ''}-"
                f"{g.rnd.choice(['WH', 'WH', 'RN', 'G', 'LD', 'OY', 'D'])}-{g.rnd.randint(1, 24_999)}",
                "keeper": v.whole(g, "ie") if g.rnd.random() < 0.55 else None,
            }
        )
    execs = v.staff(g, 4, "ie")
    lenders = ["Bank of Ireland Finance", "First Citizen Finance", "AIB Finance", "Close Brothers Motor Finance",
               "Toyota Financial Services", "Credit Union", "Bluestone Motor Finance", "No finance"]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Logbook still in name of {v.whole(g, 'ie')}, customer to get RF200 signed",
                "Two keys, full service history, NCT due 03/26",
                f"Spoke to {v.given(g, 'ie', True)} re settlement figure from finance house",
                "Kerb damage on 2 alloys, tyres 4mm",
                "HPI clear, 1 previous owner",
                "Timing belt due, knocked 600 off",
            ]
        )

    return Table(
        "shannonside_motors.trade_in_appraisals",
        "en",
        "snake",
        [
            c("appraisal_id", N, "BIGINT", g.keys(7_300_001), "decoy", KEY),
            c("appraisal_ref", N, "VARCHAR", g.col(lambda: v.ppsn_decoy(g)), "decoy", SHAPE),
            c("customer_first_name", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("customer_surname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("customer_dob", "date_of_birth", "DATE", g.col(lambda: g.birth(1950, 2005), 0.06)),
            c("customer_ppsn", "ssn", "VARCHAR", g.col(lambda: v.ppsn(g), 0.8), HEAVY),
            c("customer_mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "e164": 0.25, "intl": 0.15})),
            c("customer_email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("address_line_1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"))),
            c("address_line_2", "street_address", "VARCHAR", g.col(g.pick(v.IE_LINE2), 0.45), SPLIT_ADDR),
            c("town", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("eircode", "postal_code", "VARCHAR", [r["eircode"] for r in rows]),
            c("trade_in_reg", N, "VARCHAR", [r["reg"] for r in rows], "decoy", VEHICLE),
            c("trade_in_vin", N, "VARCHAR", g.col(lambda: v.vin(g, ["WVW", "VF1", "SB1", "WF0", "TMB", "KNA", "KMH"],
                                                                  False)), "decoy", VEHICLE, SHAPE),
            c("trade_in_model", N, "VARCHAR", g.col(g.pick(IE_MODELS)), "decoy", VEHICLE),
            c("odometer_km", N, "INTEGER", g.ints(18_000, 265_000), "decoy"),
            c("previous_keeper_name", "person_name", "VARCHAR", [r["keeper"] for r in rows], ROLE),
            c("appraised_value_eur", N, "DOUBLE", g.col(lambda: float(g.rnd.randrange(1_500, 32_000, 50))), "decoy"),
            c("finance_settlement_lender", N, "VARCHAR", g.col(g.pick(lenders), 0.3), "business"),
            c("sales_exec", "person_name", "VARCHAR", g.col(g.pick(execs)), STAFF),
            c("appraised_at", N, "TIMESTAMP", g.moments("2025-01-02", "2025-11-29", 0.0, 9, 18), "decoy"),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM),
            c("appraiser_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def ca_finance_applications(g: Gen) -> Table:
    """A Kelowna auto finance company's applications from its dealers, with co-signers (camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "ca", female)
        place = g.rnd.choice(v.CA_PLACES)
        co = g.rnd.random() < 0.42
        rows.append(
            {
                "a": a,
                "mid": v.given(g, "ca", female) if g.rnd.random() < 0.45 else None,
                "b": b,
                "born": g.birth(1955, 2006),
                "mail": v.email_of(g, a, b, v.DOMAINS["ca"]),
                "place": place,
                "co": v.whole(g, "ca") if co else None,
                "co_ph": g.phone("CA", g.rnd.choice(["national", "e164"])) if co and g.rnd.random() < 0.92 else None,
                "co_rel": g.rnd.choice(["Parent", "Spouse", "Sibling", "Friend", "Parent"]) if co else "None",
            }
        )
    employers = [
        ("Kelowna General Hospital", g.phone("CA", "national", False)),
        ("UBC Okanagan", g.phone("CA", "national", False)),
        ("Interior Health", g.phone("CA", "national", False)),
        ("KF Aerospace", g.phone("CA", "national", False)),
        ("FortisBC", g.phone("CA", "national", False)),
        ("Mission Hill Family Estate", g.phone("CA", "national", False)),
        ("City of Kelowna", g.phone("CA", "national", False)),
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    managers = v.staff(g, 4, "ca")
    return Table(
        "okanaganAutoCredit.financeApplications",
        "en",
        "camel",
        [
            c("applicationId", N, "BIGINT", g.keys(4_410_001), "decoy", KEY),
            c("dealerDealNumber", N, "VARCHAR", g.col(lambda: v.sin_decoy(g)), "decoy", SHAPE),
            c("applicantFirstName", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("applicantMiddleName", "first_name", "VARCHAR", [r["mid"] for r in rows]),
            c("applicantLastName", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("applicantBirthDate", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("applicantSin", "ssn", "VARCHAR", g.col(lambda: v.sin(g), 0.78), HEAVY),
            c("driversLicenceNumber", "national_id", "VARCHAR", g.col(lambda: g.digits(7), 0.04), LICENCE),
            c("applicantPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2})),
            c("applicantEmail", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
            c("homeCity", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("homePostalCode", "postal_code", "VARCHAR", [f"{r['place'][1]} {g.code('9A9')}" for r in rows]),
            c("employerName", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
            c("employerPhone", N, "VARCHAR", [employers[i][1] for i in emp], "business"),
            c("monthlyIncome", N, "DOUBLE", g.amounts(2_400, 11_500), "decoy"),
            c("coSignerFullName", "person_name", "VARCHAR", [r["co"] for r in rows], ROLE),
            c("coSignerPhone", "phone", "VARCHAR", [r["co_ph"] for r in rows], ROLE),
            c("coSignerRelationship", N, "VARCHAR", [r["co_rel"] for r in rows], "decoy"),
            c("vehicleVin", N, "VARCHAR", g.col(lambda: v.vin(g, ["1FT", "2T1", "1HG", "3VW", "2HG", "5YJ", "1C4"],
                                                                 True)), "decoy", VEHICLE, CHECK),
            c("amountFinanced", N, "DOUBLE", g.amounts(9_000, 78_000), "decoy"),
            c("creditBureauScore", N, "INTEGER", g.ints(480, 860, 0.08), "decoy"),
            c(
                "decision",
                N,
                "VARCHAR",
                g.col(g.pick(["APPROVED", "APPROVED", "COND_COSIGNER", "DECLINED", "PENDING_DOCS"])),
                "decoy",
            ),
            c("financeManager", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
            c("submittedFromIp", "ip_address", "VARCHAR", g.col(g.ip, 0.06)),
            c("customField2", N, "VARCHAR", _codes(g, ["GAP", "EXT-WARR", "TIRE-RIM", "NO-ADDON", "LIFE-INS"], 0.4),
              "decoy", PLAIN),
        ],
    )


GB_MODELS = ["Kia Sportage GT-Line", "Kia Niro EV 3", "Hyundai Kona Premium", "MG HS Trophy", "Kia Ceed GT",
             "Hyundai Ioniq 5 Ultimate", "MG4 SE Long Range", "Kia EV6 GT-Line S"]


def gb_test_drive_bookings(g: Gen) -> Table:
    """A Swindon dealership group's test-drive bookings with driving licence checks (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "gb", female)
        born = g.birth(1950, 2006)
        place = g.rnd.choice(v.GB_PLACES)
        rows.append(
            {
                "title": g.rnd.choice(["Ms", "Mrs", "Miss"]) if female else g.rnd.choice(["Mr", "Mr", "Dr"]),
                "a": a,
                "b": b,
                "born": born,
                "dvla": dvla(g, a, b, born, female) if g.rnd.random() < 0.93 else None,
                "place": place,
                "mail": v.email_of(g, a, b, v.DOMAINS["gb"]),
                "second": v.whole(g, "gb", not female) if g.rnd.random() < 0.18 else None,
            }
        )
    showrooms = [
        ("Wyvern Kia Swindon", g.phone("GB", "national", False), "Unit 4, Bridgemead Retail Park, Swindon SN5 7YT"),
        ("Wyvern Hyundai Swindon", g.phone("GB", "national", False), "Great Western Way, Swindon SN2 2PJ"),
        ("Wyvern MG Swindon", g.phone("GB", "national", False), "Cheney Manor Industrial Estate, Swindon SN2 2QJ"),
    ]
    room = [g.rnd.randrange(len(showrooms)) for _ in range(g.rows)]
    execs = v.staff(g, 6, "gb")

    def feedback() -> str:
        return g.rnd.choice(
            [
                "Loved it, wants finance quote on 48 months",
                f"Came with partner {v.given(g, 'gb', True)}, will decide after weekend",
                "Not keen on the road noise",
                f"Referred by {v.whole(g, 'gb')}, part-ex a 2017 Qashqai",
                "Booked second drive in the EV",
            ]
        )

    return Table(
        "WyvernMotorGroup.TestDriveBookings",
        "en",
        "pascal",
        [
            c("BookingId", N, "BIGINT", g.keys(905_001), "decoy", KEY),
            c("BookingReference", N, "VARCHAR", g.col(lambda: f"TD-{g.rnd.choice([24, 25])}-{g.digits(6)}"), "decoy",
              SHAPE),
            c("Title", N, "VARCHAR", [r["title"] for r in rows], "decoy"),
            c("FirstName", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("LastName", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("DateOfBirth", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("DrivingLicenceNumber", "national_id", "VARCHAR", [r["dvla"] for r in rows], LICENCE),
            c("LicenceCheckCode", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZZZ"), 0.1), "decoy", SHAPE),
            c("LicencePoints", N, "INTEGER", g.col(lambda: g.rnd.choice([0, 0, 0, 0, 3, 3, 6, 9])), "decoy"),
            c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "intl": 0.2, "e164": 0.1})),
            c("EmailAddress", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
            c("Postcode", "postal_code", "VARCHAR", [f"{r['place'][1]} {g.code('9AA')}" for r in rows]),
            c("VehicleRegistration", N, "VARCHAR", g.col(lambda: g.code("AA") + g.rnd.choice(["24", "74", "25", "75"])
                                                         + " " + g.code("AAA")), "decoy", VEHICLE),
            c("VehicleModel", N, "VARCHAR", g.col(g.pick(GB_MODELS)), "decoy", VEHICLE),
            c("DemoStart", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-29", 0.0, 9, 17), "decoy"),
            c("SecondDriverName", "person_name", "VARCHAR", [r["second"] for r in rows], ROLE, HEAVY),
            c("HoldingDepositCard", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.84), HEAVY),
            c("SalesExecutive", "person_name", "VARCHAR", g.col(g.pick(execs)), STAFF),
            c("ShowroomPhone", N, "VARCHAR", [showrooms[i][1] for i in room], "business"),
            c("ShowroomAddress", N, "VARCHAR", [showrooms[i][2] for i in room], "business"),
            c("Udf2", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c("Udf3", N, "VARCHAR", _codes(g, ["PX", "EV-DEMO", "24HR", "MOTAB", "FLEET"], 0.4), "decoy", PLAIN),
            c("Feedback", "free_text", "VARCHAR", g.sparse(feedback, 0.8, _words("n/a", "N/A")), NULLWORD),
        ],
    )


def dvla(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    """A DVLA driving licence number built from the family name, birth date, sex and initials (shape only)."""
    sur = "".join(ch for ch in v.fold(last).upper() if ch.isalpha())[:5].ljust(5, "9")
    month = born.month + (50 if female else 0)
    init = v.fold(first).upper()[:1] + "9"
    year = str(born.year)
    return f"{sur}{year[2]}{month:02d}{born.day:02d}{year[3]}{init}{g.rnd.randint(0, 9)}{g.code('AA')}"


AU_MODELS = ["Toyota RAV4 GX Hybrid", "Tesla Model Y RWD", "Mazda CX-5 Maxx", "Kia Sportage S", "BYD Atto 3",
             "Toyota Camry Ascent Sport", "Hyundai Tucson Elite", "Ford Ranger XLT", "Subaru Forester 2.5i"]


def au_novated_leases(g: Gen) -> Table:
    """A Geelong salary-packaging firm's novated lease contracts (abbreviated)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "au", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1960, 2003),
                "mail": v.email_of(g, a, b, v.DOMAINS["au"]),
                "place": g.rnd.choice(v.AU_PLACES),
            }
        )
    employers = [
        ("Barwon Health", v.abn(g)),
        ("Deakin University", v.abn(g)),
        ("City of Greater Geelong", v.abn(g)),
        ("WorkSafe Victoria", v.abn(g)),
        ("TAC", v.abn(g)),
        ("St John of God Geelong Hospital", v.abn(g)),
        ("Department of Education", v.abn(g)),
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    managers = v.staff(g, 3, "au")
    logins = sorted({f"{v.latin(v.given(g, 'au'))[0]}{v.latin(v.person(g, 'au')[1])}" for _ in range(6)})
    return Table(
        "gl_novated.lse_ctr_dtl",
        "en",
        "abbrev",
        [
            c("lse_id", N, "BIGINT", g.keys(61_001), "decoy", KEY),
            c("ctr_no", N, "VARCHAR", g.col(lambda: v.tfn_decoy(g)), "decoy", SHAPE),
            c("cust_fnm", "first_name", "VARCHAR", [r["a"] for r in rows], ABBREV),
            c("cust_lnm", "last_name", "VARCHAR", [r["b"] for r in rows], ABBREV),
            c("cust_dob", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows], ABBREV),
            c("cust_tfn", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.82), ABBREV, HEAVY),
            c("dl_no", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.05), LICENCE, ABBREV),
            c("ctc_ph", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.2, "intl": 0.2}), ABBREV),
            c("ctc_eml", "email", "VARCHAR", [r["mail"] for r in rows], ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au")), ABBREV),
            c("addr_ln2", "street_address", "VARCHAR", g.col(lambda: f"Unit {g.rnd.randint(1, 40)}", 0.8), SPLIT_ADDR,
              ABBREV, HEAVY),
            c("sbrb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, ABBREV),
            c("pcd", "postal_code", "VARCHAR", [r["place"][1] for r in rows], ABBREV),
            c("emplr_nm", N, "VARCHAR", [employers[i][0] for i in emp], "business", ABBREV),
            c("emplr_abn", N, "VARCHAR", [employers[i][1] for i in emp], "business", CHECK, ABBREV),
            c("veh_mk_mdl", N, "VARCHAR", g.col(g.pick(AU_MODELS)), "decoy", VEHICLE, ABBREV),
            c("veh_rego", N, "VARCHAR", g.col(lambda: g.code("9AA9AA") if g.rnd.random() < 0.6 else g.code("AAA999")),
              "decoy", VEHICLE, ABBREV),
            c("lse_term_mth", N, "INTEGER", g.col(g.pick([12, 24, 36, 48, 60])), "decoy", ABBREV),
            c("resid_val", N, "DOUBLE", g.amounts(6_000, 38_000), "decoy", ABBREV),
            c("pay_cyc", N, "VARCHAR", g.col(g.pick(["FORTNIGHTLY", "FORTNIGHTLY", "MONTHLY", "WEEKLY"])), "decoy",
              ABBREV),
            c("sal_sac_amt", N, "DOUBLE", g.amounts(310, 1_450), "decoy", ABBREV),
            c("acct_mgr", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ABBREV),
            c("udf3", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
            c("lst_upd_by", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
        ],
    )


US_VEHICLES = ["2019 NISSAN ALTIMA", "2018 CHEVROLET MALIBU", "2020 FORD F-150", "2017 DODGE CHARGER",
               "2021 KIA FORTE", "2016 JEEP GRAND CHEROKEE", "2019 TOYOTA CAMRY", "2020 CHEVROLET SILVERADO"]


def us_repossessions_cobol(g: Gen) -> Table:
    """A Knoxville subprime auto lender's repossession assignments, a COBOL extract (padded CHAR, numeric dates)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "us", female)
        co = g.rnd.random() < 0.42
        rows.append(
            {
                "a": a,
                "b": b,
                "co": f"{(b if g.rnd.random() < 0.4 else v.person(g, 'us')[1]).upper()}, "
                f"{v.given(g, 'us').upper()}"
                if co
                else None,
                "place": g.rnd.choice(v.US_PLACES),
                "repo": g.weekday("2025-01-02", "2025-11-28"),
            }
        )
    employers = [
        ("PILOT TRAVEL CENTERS", g.phone("US", "digits", False)),
        ("UT MEDICAL CENTER", g.phone("US", "digits", False)),
        ("DENSO MFG TENNESSEE", g.phone("US", "digits", False)),
        ("WALMART SUPERCENTER", g.phone("US", "digits", False)),
        ("KNOX COUNTY SCHOOLS", g.phone("US", "digits", False)),
        ("SELF EMPLOYED", g.phone("US", "digits", False)),
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    agencies = ["SMOKY MTN RECOVERY LLC", "VOLUNTEER AUTO RECOVERY", "EAST TN REPO SVCS", "RIDGELINE TOWING"]
    collectors = [s.upper() for s in v.staff(g, 5, "us")]
    return Table(
        "REPOXTR.REPO_ASSIGN_EXTRACT",
        "en",
        "cobol",
        [
            c("ACCT-NO", N, "VARCHAR", [f"{n:010d}" for n in g.keys(3_300_120_011, 7)], "decoy", KEY, LEGACY),
            c("REPO-ORDER-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE, LEGACY),
            c("DEBTOR-LAST-NM", "last_name", "VARCHAR", _pad([r["b"].upper() for r in rows], 20), LEGACY),
            c("DEBTOR-FIRST-NM", "first_name", "VARCHAR", _pad([r["a"].upper() for r in rows], 15), LEGACY),
            c("DEBTOR-MID-INIT", "first_name", "VARCHAR", _pad(g.col(lambda: g.code("A"), 0.3), 1), LEGACY),
            c("DEBTOR-SSN", "ssn", "BIGINT", [int(v.us_ssn(g)) if g.rnd.random() < 0.94 else 0 for _ in rows], LEGACY),
            c(
                "DEBTOR-DOB",
                "date_of_birth",
                "INTEGER",
                [_ymd(g.birth(1955, 2005)) if g.rnd.random() < 0.96 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "DEBTOR-HOME-PH",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits", g.rnd.random() < 0.7)) if g.rnd.random() < 0.88 else 0 for _ in rows],
                LEGACY,
            ),
            c("DEBTOR-ADDR-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.US_STREETS, "us")), 30),
              LEGACY),
            c("DEBTOR-CITY", "city", "VARCHAR", _pad([r["place"][0] for r in rows], 18), LEGACY),
            c("DEBTOR-ZIP", "postal_code", "INTEGER", [int(r["place"][1]) for r in rows], LEGACY),
            c("COSIGNER-NAME", "person_name", "VARCHAR", _pad([r["co"] for r in rows], 30), ROLE, LEGACY),
            c("POE-EMPLOYER", N, "VARCHAR", _pad([employers[i][0] for i in emp], 24), "business", LEGACY),
            c("POE-PHONE", N, "BIGINT", [int(employers[i][1]) for i in emp], "business", LEGACY),
            c("VEH-YR-MAKE-MDL", N, "VARCHAR", _pad(g.col(g.pick(US_VEHICLES)), 28), "decoy", VEHICLE, LEGACY),
            c("VEH-VIN", N, "VARCHAR", g.col(lambda: v.vin(g, ["1N4", "1G1", "1FT", "2C3", "3KP", "1C4", "4T1", "3GC"],
                                                              True)), "decoy", VEHICLE, CHECK, LEGACY),
            c("VEH-PLATE", N, "VARCHAR", _pad(g.col(lambda: g.code("AAA9999") if g.rnd.random() < 0.5 else
                                                    g.code("9AA9A9")), 8), "decoy", VEHICLE, LEGACY),
            c("DAYS-PAST-DUE", N, "INTEGER", g.ints(61, 240), "decoy", LEGACY),
            c("PAYOFF-AMT", N, "DOUBLE", g.amounts(3_200, 29_000), "decoy", LEGACY),
            c("REPO-AGENCY", N, "VARCHAR", _pad(g.col(g.pick(agencies)), 26), "business", LEGACY),
            c("REPO-DT", N, "INTEGER", [_ymd(r["repo"]) if g.rnd.random() < 0.7 else 0 for r in rows], "decoy",
              LEGACY),
            c("COLLECTOR-NAME", "person_name", "VARCHAR", _pad(g.col(g.pick(collectors)), 22), STAFF, LEGACY),
            c("CARD-ON-FILE", "credit_card", "VARCHAR", g.col(lambda: v.card(g, False), 0.8), LEGACY, HEAVY),
            c("REPO-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "us", 0.3, "digits"), 40), CUSTOM,
              LEGACY),
            c("REPO-USER-FLD-2", N, "VARCHAR", _pad(_codes(g, ["SKIPTRC", "VOLSURR", "BK-HOLD", "IMPOUND", "KEYS"],
                                                            0.45), 8), "decoy", PLAIN, LEGACY),
        ],
    )


MY_CARS = ["Perodua Myvi 1.5 AV", "Proton X50 1.5T Flagship", "Honda City 1.5 V", "Toyota Vios 1.5 G",
           "Perodua Bezza 1.3 AV", "Proton Saga 1.3 Premium", "Honda HR-V 1.8 V", "Nissan Almera 1.0 VLT",
           "Mazda CX-5 2.0 GVC"]


def my_marketplace_staging(g: Gen) -> Table:
    """A Johor Bahru used-car classifieds site's private sellers and their listings landed from its CRM as an opaque
    staging table."""
    rows = []
    for _ in range(g.rows):
        born = g.birth(1962, 2004)
        name = v.whole(g, "my")
        rows.append(
            {
                "name": name.upper() if g.rnd.random() < 0.4 else name,
                "born": born,
                "nric": v.nric(g, born) if g.rnd.random() < 0.9 else None,
                "place": g.rnd.choice(v.MY_PLACES),
                "mail": v.email_of(g, name, name, v.DOMAINS["my"]),
            }
        )
    moderators = v.staff(g, 4, "my")
    return Table(
        "stg_jb_autojual.src_crm_sellers_raw",
        "en",
        "opaque",
        [
            c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c("col02", "person_name", "VARCHAR", [r["name"] for r in rows], OPAQUE),
            c("col03", "national_id", "VARCHAR", [r["nric"] for r in rows], OPAQUE),
            c("col04", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows], OPAQUE),
            c("col05", "phone", "VARCHAR", g.phones("MY", {"national": 0.5, "e164": 0.3, "digits": 0.2}, 0.95), OPAQUE),
            c("col06", "email", "VARCHAR", [r["mail"] for r in rows], OPAQUE),
            c("col07", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MY_STREETS, "my"), 0.15), OPAQUE),
            c("col08", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, OPAQUE),
            c("col09", "postal_code", "VARCHAR", [r["place"][1] for r in rows], OPAQUE),
            c("col10", N, "VARCHAR", g.col(lambda: v.nric_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col11", N, "VARCHAR", g.col(g.pick(MY_CARS)), "decoy", VEHICLE, OPAQUE),
            c("col12", N, "DOUBLE", g.col(lambda: float(g.rnd.randrange(12_800, 128_000, 100))), "decoy", OPAQUE),
            c("col13", N, "VARCHAR", g.col(lambda: g.rnd.choice(["J", "JQ", "JU", "JV", "JW", "W", "V"]) + g.code("A")
                                           + " " + str(g.rnd.randint(1, 9_999))), "decoy", VEHICLE, OPAQUE),
            c("col14", N, "INTEGER", g.ints(8_000, 240_000), "decoy", OPAQUE),
            c("col15", "ip_address", "VARCHAR", g.col(g.ip, 0.05), OPAQUE),
            c("col16", N, "VARCHAR", g.col(g.pick(["ACTIVE", "ACTIVE", "SOLD", "EXPIRED", "PENDING_REVIEW"])), "decoy",
              OPAQUE),
            c("col17", "free_text", "VARCHAR", _custom(g, "MY", "my", 0.3, "e164"), CUSTOM, OPAQUE),
            c("col18", "person_name", "VARCHAR", g.col(g.pick(moderators)), STAFF, OPAQUE),
            c("col19", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30", 0.0, 7, 23), "decoy", OPAQUE),
            c("col20", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.rnd.choice(["1", "5", "8"]) + g.digits(11), 0.5), BANK,
              OPAQUE),
        ],
    )


IN_MODELS = ["Maruti Suzuki Swift VXi", "Hyundai Creta SX", "Tata Nexon XZ+", "Mahindra XUV700 AX7",
             "Maruti Suzuki Baleno Zeta", "Kia Seltos HTX", "Toyota Innova Crysta GX", "Honda Amaze VX"]


def in_service_bookings_json(g: Gen) -> Table:
    """A Lucknow dealership's service and extended-warranty bookings from its customer app, exported as JSON and
    flattened to dotted keys."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "in", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1960, 2004),
                "mail": v.email_of(g, a, b, v.DOMAINS["in"]),
                "pan": v.pan(g, b) if g.rnd.random() < 0.2 else None,
                "place": g.rnd.choice(v.IN_PLACES),
            }
        )
    advisers = v.staff(g, 5, "in")
    workshops = [(v.gstin(g), g.phone("IN", "national", False)) for _ in range(3)]
    ws = [g.rnd.randrange(len(workshops)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Vehicle to be picked up by driver {v.given(g, 'in', False)}",
                "AC cooling low, gas top-up advised",
                f"Customer's son {v.whole(g, 'in', False)} will pay via UPI",
                "Extended warranty 3rd year renewal done",
                "Brake pads at 20%, customer declined",
            ]
        )

    return Table(
        "lko_wheels_app.service_bookings_json",
        "en",
        "json",
        [
            c("booking.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("booking.job_card_no", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE),
            c("customer.name.first", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("customer.name.last", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("customer.dob", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("customer.mobile", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "national": 0.3, "digits": 0.2})),
            c("customer.email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("customer.pan", "national_id", "VARCHAR", [r["pan"] for r in rows], HEAVY),
            c("customer.address.line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"))),
            c("customer.address.locality", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("customer.address.pincode", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("vehicle.reg_no", N, "VARCHAR", g.col(lambda: f"UP32 {g.code('AA')} {g.digits(4)}"), "decoy", VEHICLE),
            c("vehicle.vin", N, "VARCHAR", g.col(lambda: v.vin(g, ["MA3", "MAL", "MAT", "MA1", "MZB", "MAK"], False)),
              "decoy", VEHICLE, SHAPE),
            c("vehicle.model", N, "VARCHAR", g.col(g.pick(IN_MODELS)), "decoy", VEHICLE),
            c("vehicle.odometer_km", N, "INTEGER", g.ints(1_000, 180_000), "decoy"),
            c("warranty.policy_no", N, "VARCHAR", g.col(lambda: f"EW/{g.digits(2)}/{g.digits(7)}", 0.4), "decoy",
              SHAPE),
            c("warranty.expiry", N, "DATE", g.days("2025-06-01", "2028-12-31", 0.4), "decoy"),
            c("service.advisor", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF),
            c("dealer.gstin", N, "VARCHAR", [workshops[i][0] for i in ws], "business", CHECK),
            c("dealer.workshop_phone", N, "VARCHAR", [workshops[i][1] for i in ws], "business"),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((2, 6))), "decoy"),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "IN", "in", 0.3, "e164"), CUSTOM),
            c("notes.advisor", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("None", "n/a")), NULLWORD),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------

FR_MODELS = ["Peugeot 308 GT", "Renault Clio V E-Tech", "Citroën C5 Aircross", "Peugeot 2008 Allure",
             "Renault Austral Techno", "Dacia Duster Journey", "Peugeot e-208 GT", "Citroën C3 Max"]


def fr_dossiers_financement(g: Gen) -> Table:
    """A Clermont-Ferrand dealership's car finance files (LOA, LLD and loans) with co-borrowers (French)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "fr", female)
        born = g.birth(1952, 2005)
        bp = g.rnd.choice(v.FR_BIRTHPLACES)
        married = female and g.rnd.random() < 0.32
        rows.append(
            {
                "civ": "Mme" if female else "M.",
                "a": a,
                "b": b,
                "maiden": v.person(g, "fr")[1] if married else None,
                "born": born,
                "bp": bp[0],
                "nir": v.nir(g, born, female, bp[1], bp[2]) if g.rnd.random() < 0.75 else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["fr"]),
                "place": g.rnd.choice(v.FR_PLACES),
                "co": v.whole(g, "fr", not female) if g.rnd.random() < 0.4 else None,
            }
        )
    employers = ["Michelin", "CHU de Clermont-Ferrand", "Limagrain", "Aubert & Duval", "Université Clermont Auvergne",
                 "Conseil départemental du Puy-de-Dôme", "Trelleborg", "Carrefour Market"]
    site = v.siret(g)
    vendeurs = v.staff(g, 4, "fr")

    def commentaire() -> str:
        return g.rnd.choice(
            [
                f"Co-emprunteur {v.whole(g, 'fr')} : avis d'imposition manquant",
                "Accord Diac sous réserve RIB",
                f"Rappeler Mme {v.person(g, 'fr', True)[1]} après 17h",
                "Reprise de l'ancien véhicule déduite de l'apport",
                "Dossier transmis à Stellantis Financial Services",
            ]
        )

    return Table(
        "concession_clermont.dossiers_financement",
        "fr",
        "snake",
        [
            c("id_dossier", N, "BIGINT", g.keys(26_001), "decoy", KEY),
            c("numero_dossier", N, "VARCHAR", g.col(lambda: v.nir_decoy(g)), "decoy", SHAPE),
            c("civilite", N, "VARCHAR", [r["civ"] for r in rows], "decoy"),
            c("nom", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("nom_naissance", "last_name", "VARCHAR", [r["maiden"] for r in rows], HEAVY),
            c("prenom", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("date_naissance", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("lieu_naissance", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("numero_securite_sociale", "ssn", "VARCHAR", [r["nir"] for r in rows]),
            c("numero_permis", "national_id", "VARCHAR", g.col(lambda: g.digits(12), 0.1), LICENCE),
            c("telephone_portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.2, "e164": 0.1})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.FR_STREETS, "fr"))),
            c("code_postal", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("ville", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("co_emprunteur", "person_name", "VARCHAR", [r["co"] for r in rows], ROLE),
            c("employeur", N, "VARCHAR", g.col(g.pick(employers), 0.08), "business"),
            c("type_financement", N, "VARCHAR", g.col(g.pick(["LOA", "LOA", "LLD", "Crédit classique", "Comptant"])),
              "decoy"),
            c("montant_finance", N, "DOUBLE", g.amounts(6_000, 52_000), "decoy"),
            c("iban_prelevement", "iban", "VARCHAR", g.col(lambda: v.fr_iban(g), 0.15)),
            c("siret_concession", N, "VARCHAR", [site] * g.rows, "business", CHECK),
            c("modele", N, "VARCHAR", g.col(g.pick(FR_MODELS)), "decoy", VEHICLE),
            c("immatriculation", N, "VARCHAR", g.col(lambda: g.code("AA-999-AA"), 0.2), "decoy", VEHICLE),
            c("vendeur", "person_name", "VARCHAR", g.col(g.pick(vendeurs)), STAFF),
            c("champ_libre_2", "free_text", "VARCHAR", _custom(g, "FR", "fr"), CUSTOM),
            c("commentaires", "free_text", "VARCHAR", g.sparse(commentaire, 0.8, _words("néant", "RAS")), NULLWORD),
        ],
    )


NL_MODELS = ["Kia EV3 Air", "Volkswagen ID.3 Pro", "Skoda Elroq 85", "Tesla Model 3 RWD", "Peugeot e-2008 Style",
             "Renault Mégane E-Tech", "Toyota Aygo X Play", "Hyundai Inster Comfort"]


def nl_private_lease(g: Gen) -> Table:
    """An Eindhoven private-lease company's contracts (Dutch)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, family = v.person(g, "nl", female)
        tv, _, rest = family.rpartition(" ") if family.split()[0] in ("van", "de") else ("", "", family)
        second = v.given(g, "nl", female) if g.rnd.random() < 0.5 else ""
        rows.append(
            {
                "init": "".join(f"{n[0]}." for n in (a, second) if n),
                "a": a,
                "tv": tv or None,
                "rest": rest,
                "born": g.birth(1958, 2006),
                "mail": v.email_of(g, a, rest, v.DOMAINS["nl"]),
                "place": g.rnd.choice(v.NL_PLACES),
            }
        )
    managers = v.staff(g, 3, "nl")

    def opmerking() -> str:
        return g.rnd.choice(
            [
                f"Partner {v.whole(g, 'nl')} rijdt ook, tweede sleutel meegegeven",
                "BKR-registratie gecontroleerd, geen bijzonderheden",
                "Laadpaal via installateur aangevraagd",
                f"Bellen met {v.given(g, 'nl', True)} over schade linksachter",
                "Contract verlengd met 12 maanden",
            ]
        )

    return Table(
        "privatelease_eindhoven.contracten",
        "nl",
        "snake",
        [
            c("contract_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
            c("contractnummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
            c("voorletters", "first_name", "VARCHAR", [r["init"] for r in rows]),
            c("roepnaam", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("tussenvoegsel", "last_name", "VARCHAR", [r["tv"] for r in rows]),
            c("achternaam", "last_name", "VARCHAR", [r["rest"] for r in rows]),
            c("geboortedatum", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows]),
            c("bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.8), HEAVY),
            c("rijbewijsnummer", "national_id", "VARCHAR", g.col(lambda: "5" + g.digits(9), 0.05), LICENCE),
            c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "e164": 0.25, "intl": 0.15}, 0.9)),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("straat", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS))),
            c("huisnummer", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 240)) + g.rnd.choice(
                ["", "", "", "a", "-2", " bis"])), SPLIT_ADDR),
            c("postcode", "postal_code", "VARCHAR", [f"{r['place'][1]} {g.code('AA')}" for r in rows]),
            c("woonplaats", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.nl_iban(g), 0.03)),
            c("kenteken", N, "VARCHAR", g.col(lambda: g.rnd.choice(["G", "H", "K", "N", "R", "S", "T", "X"]) + "-"
                                              + g.digits(3) + "-" + g.code("AA")), "decoy", VEHICLE),
            c("automodel", N, "VARCHAR", g.col(g.pick(NL_MODELS)), "decoy", VEHICLE),
            c("looptijd_maanden", N, "INTEGER", g.col(g.pick([24, 36, 48, 60, 72])), "decoy"),
            c("km_per_jaar", N, "INTEGER", g.col(g.pick([10_000, 12_500, 15_000, 20_000, 25_000])), "decoy"),
            c("maandbedrag", N, "DOUBLE", g.amounts(289, 699), "decoy"),
            c("bkr_toetsing", N, "VARCHAR", g.col(g.pick(["akkoord", "akkoord", "akkoord", "afgewezen", "handmatig"])),
              "decoy"),
            c("accountmanager", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
            c("vrij_veld_2", N, "VARCHAR", _codes(g, ["LAADPAAL", "WINTERBANDEN", "TREKHAAK", "GEEN"], 0.4), "decoy",
              PLAIN),
            c("opmerkingen", "free_text", "VARCHAR", g.sparse(opmerking, 0.8, _words("geen", "n.v.t.")), NULLWORD),
        ],
    )


PL_CARS = ["Skoda Octavia III 2.0 TDI", "Opel Astra K 1.6 CDTI", "Volkswagen Passat B8 2.0 TDI", "Toyota Auris 1.8 HSD",
           "Ford Focus Mk4 1.5 EcoBlue", "Audi A4 B9 2.0 TDI", "Kia Ceed 1.4 T-GDI", "Renault Megane IV 1.3 TCe"]


def pl_umowy_kupna(g: Gen) -> Table:
    """A Rzeszów used-car dealer's contracts buying cars from private sellers, with co-owners and previous owners
    (Polish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "pl", female)
        born = g.birth(1950, 2005)
        rows.append(
            {
                "a": a,
                "a2": v.given(g, "pl", female) if g.rnd.random() < 0.4 else None,
                "b": b,
                "born": born,
                "pesel": v.pesel(g, born, female),
                "mail": v.email_of(g, a, b, v.DOMAINS["pl"]),
                "place": g.rnd.choice(v.PL_PLACES),
                "co": v.whole(g, "pl", not female) if g.rnd.random() < 0.42 else None,
                "prev": v.whole(g, "pl") if g.rnd.random() < 0.2 else None,
            }
        )
    handlowcy = v.staff(g, 3, "pl")
    komis = v.nip(g)

    def uwaga() -> str:
        return g.rnd.choice(
            [
                f"Współwłaścicielka {v.whole(g, 'pl', True)} podpisała pełnomocnictwo",
                "Auto sprowadzone z Niemiec, akcyza opłacona",
                f"Dzwonić do {v.given(g, 'pl')} po 16",
                "Brak drugiego kluczyka",
                "Przegląd ważny do 03.2026",
            ]
        )

    return Table(
        "komis_rzeszow.umowy_kupna",
        "pl",
        "snake",
        [
            c("id_umowy", N, "BIGINT", g.keys(15_001), "decoy", KEY),
            c("numer_umowy", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
            c("sprzedajacy_imie", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("sprzedajacy_drugie_imie", "first_name", "VARCHAR", [r["a2"] for r in rows]),
            c("sprzedajacy_nazwisko", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("pesel", "national_id", "VARCHAR", [r["pesel"] for r in rows]),
            c("data_urodzenia", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows]),
            c("seria_nr_dowodu", "national_id", "VARCHAR", g.col(lambda: v.pl_id_card(g), 0.05)),
            c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 0.95)),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"))),
            c("kod_pocztowy", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("miejscowosc", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("wspolwlasciciel", "person_name", "VARCHAR", [r["co"] for r in rows], ROLE),
            c("poprzedni_wlasciciel", "person_name", "VARCHAR", [r["prev"] for r in rows], ROLE, HEAVY),
            c("marka_model", N, "VARCHAR", g.col(g.pick(PL_CARS)), "decoy", VEHICLE),
            c("vin", N, "VARCHAR", g.col(lambda: v.vin(g, ["TMB", "W0L", "WVW", "SB1", "WF0", "WAU", "U5Y", "VF1"],
                                                          False)), "decoy", VEHICLE, SHAPE),
            c("nr_rejestracyjny", N, "VARCHAR", g.col(lambda: g.rnd.choice(["RZ", "RZE", "RLA", "RST", "RRS"]) + " "
                                                      + g.code("9A999")), "decoy", VEHICLE),
            c("przebieg_km", N, "INTEGER", g.ints(40_000, 320_000), "decoy"),
            c("cena_zakupu", N, "DOUBLE", g.col(lambda: float(g.rnd.randrange(9_000, 95_000, 500))), "decoy"),
            c("rachunek_bankowy", "iban", "VARCHAR", g.col(lambda: v.pl_iban(g), 0.1)),
            c("nip_komisu", N, "VARCHAR", [komis] * g.rows, "business", CHECK),
            c("handlowiec", "person_name", "VARCHAR", g.col(g.pick(handlowcy)), STAFF),
            c("pole_dodatkowe_2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
            c("uwagi", "free_text", "VARCHAR", g.sparse(uwaga, 0.8, _words("brak", "brak uwag")), NULLWORD),
        ],
    )


DK_MODELS = ["VW ID.4 Pro", "Skoda Enyaq 85", "Toyota Yaris Cross", "Peugeot 208", "Tesla Model Y", "VW Polo 1.0 TSI",
             "Audi Q4 e-tron", "Cupra Born"]


def dk_vaerkstedskunder(g: Gen) -> Table:
    """A Kolding car dealer's workshop, service and warranty customers (Danish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "dk", female)
        born = g.birth(1948, 2005)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "cpr": v.cpr(g, born) if g.rnd.random() < 0.2 else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["dk"]),
                "place": g.rnd.choice(v.DK_PLACES),
            }
        )
    foremen = v.staff(g, 3, "dk")
    suppliers = [v.cvr(g) for _ in range(3)]

    def bemaerkning() -> str:
        return g.rnd.choice(
            [
                f"Bilen afhentes af svigersøn {v.whole(g, 'dk', False)}",
                "Garantisag sendt til importør",
                "Skiftet bremseklodser foran",
                f"Ring til {v.given(g, 'dk', True)} når bilen er klar",
                "Lånebil udleveret",
            ]
        )

    return Table(
        "autohus_kolding.vaerkstedskunder",
        "da",
        "snake",
        [
            c("kunde_id", N, "BIGINT", g.keys(40_201), "decoy", KEY),
            c("ordrenummer", N, "VARCHAR", g.col(lambda: v.cpr_decoy(g)), "decoy", SHAPE),
            c("fornavn", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("efternavn", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("cpr_nummer", "national_id", "VARCHAR", [r["cpr"] for r in rows], HEAVY),
            c("foedselsdag", "date_of_birth", "INTEGER", [r["born"].day for r in rows], SPLIT_DOB),
            c("foedselsmaaned", "date_of_birth", "INTEGER", [r["born"].month for r in rows], SPLIT_DOB),
            c("foedselsaar", "date_of_birth", "INTEGER", [r["born"].year for r in rows], SPLIT_DOB),
            c("telefon", "phone", "VARCHAR", g.phones("DK", {"national": 0.7, "e164": 0.3}, 0.85)),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DK_STREETS, "dk"))),
            c("postnummer", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("bynavn", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("registreringsnummer", N, "VARCHAR", g.col(lambda: g.code("AA") + " " + g.digits(2) + " " + g.digits(3)),
              "decoy", VEHICLE),
            c("stelnummer", N, "VARCHAR", g.col(lambda: v.vin(g, ["WVW", "TMB", "JTD", "VR3", "LRW", "WAU", "VSS"],
                                                                 False)), "decoy", VEHICLE, SHAPE),
            c("maerke_model", N, "VARCHAR", g.col(g.pick(DK_MODELS)), "decoy", VEHICLE),
            c("garantitype", N, "VARCHAR", g.col(g.pick(["Fabriksgaranti", "Udvidet garanti", "Ingen", "Batterigaranti"])),
              "decoy"),
            c("garanti_udloeb", N, "DATE", g.days("2025-03-01", "2031-12-31", 0.25), "decoy"),
            c("vaerkfoerer", "person_name", "VARCHAR", g.col(g.pick(foremen)), STAFF),
            c("leverandoer_cvr", N, "VARCHAR", g.col(g.pick(suppliers)), "business", CHECK),
            c("reg_nr_konto", UNCLASSIFIED, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1_000, 9_899)} {g.digits(10)}",
                                                             0.6), BANK),
            c("ekstra_felt_2", N, "VARCHAR", _codes(g, ["LAANEBIL", "VASK", "HJULSKIFT", "DAEKHOTEL"], 0.4), "decoy",
              PLAIN),
            c("bemaerkninger", "free_text", "VARCHAR", g.sparse(bemaerkning, 0.8, _words("ingen", "intet")), NULLWORD),
        ],
    )


TR_MODELS = ["Fiat Egea 1.4 Fire Easy", "Renault Clio 1.0 TCe Joy", "Toyota Corolla 1.5 Vision", "Hyundai i20 1.4 MPI",
             "Dacia Duster 1.3 TCe", "Peugeot 2008 1.2 PureTech", "Togg T10X V1", "Ford Transit Courier"]


def tr_tasit_kredisi(g: Gen) -> Table:
    """A Konya dealership's vehicle loan applications with guarantors (Turkish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "tr", female)
        gu = g.rnd.random() < 0.45
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1958, 2005),
                "bp": g.rnd.choice(v.TR_BIRTHPLACES),
                "father": g.rnd.choice(v.TR_FATHERS),
                "mail": v.email_of(g, a, b, v.DOMAINS["tr"]),
                "place": g.rnd.choice(v.TR_PLACES),
                "gu": v.whole(g, "tr") if gu else None,
                "gu_tc": v.tc_kimlik(g) if gu and g.rnd.random() < 0.92 else None,
            }
        )
    employers = [("Konya Şeker A.Ş.", v.vkn(g)), ("Selçuk Üniversitesi", v.vkn(g)), ("Konya Büyükşehir Belediyesi",
                 v.vkn(g)), ("Tümosan Motor", v.vkn(g)), ("Kombassan Holding", v.vkn(g)), ("Serbest meslek", v.vkn(g))]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    danismanlar = v.staff(g, 4, "tr")

    def aciklama() -> str:
        return g.rnd.choice(
            [
                f"Kefil eşi {v.whole(g, 'tr', True)} imza için gelecek",
                "Maaş bordrosu eksik",
                "Kasko teklifi verildi",
                f"{v.given(g, 'tr')} Bey'i akşam arayın",
                "Takas aracı ekspertize gönderildi",
            ]
        )

    return Table(
        "konya_otomotiv.tasit_kredisi_basvurulari",
        "tr",
        "snake",
        [
            c("basvuru_id", N, "BIGINT", g.keys(320_001), "decoy", KEY),
            c("basvuru_no", N, "VARCHAR", g.col(lambda: v.tc_kimlik_decoy(g)), "decoy", SHAPE),
            c("ad", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("soyad", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tc_kimlik(g), 0.02)),
            c("dogum_tarihi", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows]),
            c("dogum_yeri", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("baba_adi", "first_name", "VARCHAR", [r["father"] for r in rows]),
            c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.3})),
            c("e_posta", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"))),
            c("ilce", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("posta_kodu", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("kefil_ad_soyad", "person_name", "VARCHAR", [r["gu"] for r in rows], ROLE),
            c("kefil_tc_kimlik_no", "national_id", "VARCHAR", [r["gu_tc"] for r in rows], ROLE),
            c("isyeri", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
            c("isyeri_vergi_no", N, "VARCHAR", [employers[i][1] for i in emp], "business", CHECK),
            c("arac_marka_model", N, "VARCHAR", g.col(g.pick(TR_MODELS)), "decoy", VEHICLE),
            c("plaka", N, "VARCHAR", g.col(lambda: f"42 {g.code(g.rnd.choice(['A', 'AA', 'AAA']))} "
                                                   f"{g.rnd.randint(10, 9_999)}", 0.3), "decoy", VEHICLE),
            c("kredi_tutari", N, "DOUBLE", g.col(lambda: float(g.rnd.randrange(150_000, 2_400_000, 5_000))), "decoy"),
            c("vade_ay", N, "INTEGER", g.col(g.pick([12, 18, 24, 36, 48])), "decoy"),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.tr_iban(g), 0.1)),
            c("satis_danismani", "person_name", "VARCHAR", g.col(g.pick(danismanlar)), STAFF),
            c("ozel_alan_2", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
            c("aciklama", "free_text", "VARCHAR", g.sparse(aciklama, 0.8, _words("yok", "yoktur")), NULLWORD),
        ],
    )


JA_CARS = ["トヨタ プリウス", "スズキ スイフト", "ホンダ フィット", "ヤマハ発動機 (二輪)", "スズキ ハスラー", "トヨタ アクア",
           "日産 ノート", "ダイハツ タント"]


def ja_shitadori_satei(g: Gen) -> Table:
    """A Hamamatsu used-car dealer's trade-in appraisal ledger (Japanese column names and values, kanji and
    katakana)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "ja", female)
        owner = g.rnd.random() < 0.4
        oa, ob = v.person(g, "ja")
        born = g.birth(1950, 2005)
        rows.append(
            {
                "name": f"{b} {a}",
                "kana": f"{v.JA_READ[b][0]} {v.JA_READ[a][0]}",
                "born": f"{born.year}年{born.month}月{born.day}日",
                "mail": v.email_of(g, a, b, v.DOMAINS["ja"]),
                "place": g.rnd.choice(v.JA_PLACES),
                "owner": f"{b if g.rnd.random() < 0.6 else ob} {oa}" if owner else None,
            }
        )
    tantou = v.staff(g, 4, "ja", "last")
    employers = ["スズキ株式会社", "ヤマハ株式会社", "浜松ホトニクス株式会社", "浜松市役所", "遠州鉄道株式会社",
                 "聖隷浜松病院"]

    def bikou() -> str:
        return g.rnd.choice(
            [
                f"名義人は父({v.whole(g, 'ja', False)})、委任状受領済み",
                "修復歴なし、スペアキーあり",
                "残債あり、ローン会社へ確認中",
                f"奥様({v.given(g, 'ja', True)})の車も次回査定希望",
                "冬タイヤ付き",
            ]
        )

    return Table(
        "浜松オートセンター.下取り査定台帳",
        "ja",
        "native",
        [
            c("査定ID", N, "BIGINT", g.keys(1_250_001), "decoy", KEY),
            c("査定番号", N, "VARCHAR", g.col(lambda: v.my_number_decoy(g)), "decoy", SHAPE),
            c("氏名", "person_name", "VARCHAR", [r["name"] for r in rows]),
            c("フリガナ", "person_name", "VARCHAR", [r["kana"] for r in rows]),
            c("生年月日", "date_of_birth", "VARCHAR", [r["born"] for r in rows]),
            c("個人番号", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.82), HEAVY),
            c("運転免許証番号", "national_id", "VARCHAR", g.col(lambda: "49" + g.digits(10), 0.1), LICENCE),
            c("郵便番号", "postal_code", "VARCHAR", [f"{r['place'][1]}-{g.digits(4)}" for r in rows]),
            c("市区町村", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("住所", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
            c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.85, "e164": 0.15}, 0.8)),
            c("メールアドレス", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("車検証所有者", "person_name", "VARCHAR", [r["owner"] for r in rows], ROLE),
            c("車名", N, "VARCHAR", g.col(g.pick(JA_CARS)), "decoy", VEHICLE),
            c("車台番号", N, "VARCHAR", g.col(lambda: g.rnd.choice(["ZVW30", "ZC83S", "GR3", "MR52S", "NHP10", "E13"])
                                           + "-" + g.digits(7)), "decoy", VEHICLE),
            c("登録番号", N, "VARCHAR", g.col(lambda: f"浜松 {g.rnd.randint(300, 599)} {g.rnd.choice('さすせそたちつてとなにぬね')} "
                                              f"{g.digits(2)}-{g.digits(2)}"), "decoy", VEHICLE),
            c("走行距離", N, "INTEGER", g.ints(3_000, 190_000), "decoy"),
            c("査定額", N, "INTEGER", g.col(lambda: g.rnd.randrange(50_000, 2_800_000, 10_000)), "decoy"),
            c("査定日", N, "DATE", g.days("2025-01-06", "2025-11-29"), "decoy"),
            c("勤務先", N, "VARCHAR", g.col(g.pick(employers), 0.2), "business"),
            c("担当者", "last_name", "VARCHAR", g.col(g.pick(tantou)), STAFF),
            c("予備項目2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
            c("備考", "free_text", "VARCHAR", g.sparse(bikou, 0.8, _words("なし", "特になし")), NULLWORD),
        ],
    )


GR_CARS = ["Toyota Yaris 1.5 Hybrid", "Peugeot 208 1.2", "Hyundai i20 1.0 T-GDi", "Opel Corsa 1.2", "Fiat Panda 1.0",
           "Nissan Qashqai 1.3 DIG-T", "Citroën C3 1.2", "Suzuki Vitara 1.4"]


def gr_leasing_misthotes(g: Gen) -> Table:
    """A Patras car leasing company's lessees, guarantors and repossessions (Greek, Greek script)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "gr", female)
        born = g.birth(1955, 2004)
        rows.append(
            {
                "a": a,
                "b": b,
                "father": g.rnd.choice(v.GR_FATHERS),
                "born": born,
                "amka": v.amka(g, born, female),
                "mail": v.email_of(g, a, b, v.DOMAINS["gr"]),
                "place": g.rnd.choice(v.GR_PLACES),
                "gu": v.whole(g, "gr") if g.rnd.random() < 0.2 else None,
            }
        )
    ypalliloi = v.staff(g, 3, "gr")
    dealers = [v.afm(g, False) for _ in range(4)]

    def simeiosi() -> str:
        return g.rnd.choice(
            [
                f"Εγγυήτρια η σύζυγος {v.whole(g, 'gr', True)}",
                "Ανάκτηση οχήματος από εταιρεία είσπραξης",
                f"Επικοινωνία με τον κ. {v.person(g, 'gr', False)[1]} για ρύθμιση",
                "Καθυστέρηση 2 δόσεων",
                "Πρόωρη εξόφληση ζητήθηκε",
            ]
        )

    return Table(
        "χρηματοδοτική_μίσθωση_πάτρας.μισθωτές",
        "el",
        "native",
        [
            c("αα_εγγραφής", N, "BIGINT", g.keys(9_001), "decoy", KEY),
            c("αριθμός_σύμβασης", N, "VARCHAR", g.col(lambda: v.amka_decoy(g)), "decoy", SHAPE),
            c("επώνυμο", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("όνομα", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("πατρώνυμο", "first_name", "VARCHAR", [r["father"] for r in rows]),
            c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR",
              [f"{r['born'].day}/{r['born'].month}/{r['born'].year}" for r in rows]),
            c("αμκα", "ssn", "VARCHAR", [r["amka"] for r in rows]),
            c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.03)),
            c("αριθμός_ταυτότητας", "national_id", "VARCHAR",
              g.col(lambda: "".join(g.rnd.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") for _ in range(2)) + g.digits(6), 0.1)),
            c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "e164": 0.3}, 0.9)),
            c("ηλεκτρονική_διεύθυνση", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GR_STREETS, "gr"))),
            c("ταχυδρομικός_κώδικας", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("πόλη", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("εγγυητής", "person_name", "VARCHAR", [r["gu"] for r in rows], ROLE, HEAVY),
            c("iban_χρέωσης", "iban", "VARCHAR", g.col(lambda: v.gr_iban(g), 0.05)),
            c("όχημα", N, "VARCHAR", g.col(g.pick(GR_CARS)), "decoy", VEHICLE),
            c("αριθμός_κυκλοφορίας", N, "VARCHAR", g.col(lambda: "".join(g.rnd.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") for _ in range(3))
                                                         + "-" + g.digits(4)), "decoy", VEHICLE),
            c("μηνιαίο_μίσθωμα", N, "DOUBLE", g.amounts(190, 780), "decoy"),
            c("κατάσταση", N, "VARCHAR", g.col(g.pick(["ενεργή", "ενεργή", "ενεργή", "σε καθυστέρηση", "ανάκτηση οχήματος",
                                                       "εξοφλημένη"])), "decoy"),
            c("αφμ_αντιπροσωπείας", N, "VARCHAR", g.col(g.pick(dealers)), "business", CHECK),
            c("υπάλληλος", "person_name", "VARCHAR", g.col(g.pick(ypalliloi)), STAFF),
            c("πρόσθετο_πεδίο_2", "free_text", "VARCHAR", _custom(g, "GR", "gr"), CUSTOM),
            c("σημειώσεις", "free_text", "VARCHAR", g.sparse(simeiosi, 0.8, _words("καμία", "ουδέν")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ie_trade_in_appraisals, 360),
    (ca_finance_applications, 400),
    (gb_test_drive_bookings, 300),
    (au_novated_leases, 420),
    (us_repossessions_cobol, 380),
    (my_marketplace_staging, 520),
    (in_service_bookings_json, 320),
    (fr_dossiers_financement, 380),
    (nl_private_lease, 360),
    (pl_umowy_kupna, 400),
    (dk_vaerkstedskunder, 340),
    (tr_tasit_kredisi, 380),
    (ja_shitadori_satei, 280),
    (gr_leasing_misthotes, 320),
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
