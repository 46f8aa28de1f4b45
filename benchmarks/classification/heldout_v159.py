"""Held-out set v159 for the column classifier: 14 tables of *courts' jury management, witness services and victim
support* (jury summonses and excusal requests, juror payments, witness care bookings with special measures, victim
support referrals, restraining order applicants, court interpreters' bookings, legal aid means tests), one system per
table and each a different organisation in a different country, seven with English column names and seven in Dutch,
Danish, Czech, Italian, Turkish, Japanese (column names and values in kanji and katakana) and Ukrainian (Cyrillic names
and values):

* ``corkcc_jury.summons_responses``: a Cork court office's jury summonses, responses and excusal requests (snake case:
  the juror's birth date split into ``juror_dob_day``, ``_month`` and ``_year``, PPSN, Cork mobiles, towns and full
  Eircodes, response statuses and excusal reasons, the doctor on a medical certificate and the person cared for mostly
  NULL, employers, response IPs, panel references written like a PPS number and failing its check, jury officers,
  ``misc_1`` holding personal data, officer notes mostly NULL words);
* ``sacaa_jury.jurorPayments``: an Adelaide courts administration's juror attendance and loss-of-income payments
  (camel case: one or two given names, ``dd/mm/yyyy`` birth dates, TFN mostly NULL, suburbs and postcodes, days and
  allowances, employers with their ABN (passing its check), BSB, account number and account name, a prepaid payment
  card kept in clear mostly NULL, payment batch references spaced like a TFN and failing its check, approvers,
  ``customField2`` codes only, payment notes mostly NULL words);
* ``NorfolkWcu.WitnessCareBookings``: a Norfolk witness care unit's bookings of witnesses at court (Pascal case: title,
  middle names, DATE birth dates, NI numbers mostly NULL for expense claims, witness types, special measures, the
  registered intermediary and the live-link supporter mostly NULL, courts and their phones, police URNs, hearing dates,
  witness care officers, ``Udf3``, care notes);
* ``kel_vs_ops.vctm_rfrl``: a Kelowna police-based victim services program's referrals (abbreviated: ``vic_fnm``,
  ``vic_dob`` as ISO text, ``vic_sin`` mostly NULL, ``vic_dl_no`` BC licences, ``ctc_ph``, ``alt_ph`` mostly NULL,
  ``addr_ln1``, ``addr_ln2`` a unit mostly NULL, ``pcd``, the offender and the relationship, offence types, referral
  sources, file references spaced like a SIN and failing its check, advocates, ``udf3`` codes only, ``lst_upd_by``);
* ``SEDGPFA.PFA_PETITION_EXTRACT``: a Wichita district court's protection-from-abuse petitions, a COBOL extract
  (legacy: padded CHAR, the petitioner's names and middle initial, SSN and phone as numbers with 0 for missing, the
  birth, filing and hearing dates as ``YYYYMMDD`` integers, ZIP as a number, the respondent written ``SURNAME, GIVEN``
  with their birth date and address, a minor child mostly blank, tracking numbers of nine digits failing the SSN check,
  advocacy agencies, judges, ``PFA-USER-FLD-2`` holding personal data, ``PFA-USER-FLD-3`` codes);
* ``stg_dlsa_pune.src_means_test_raw``: a Pune district legal services authority's legal-aid means tests landed as an
  opaque staging table (``col01`` to ``col20``: whole names, some in capitals, ``dd/mm/yyyy`` birth dates, PAN whose
  fifth letter is the surname's initial (half empty), Aadhaar, localities and PIN codes, incomes, eligibility
  categories, application numbers of twelve digits failing Aadhaar's Verhoeff check, the father or husband, courts,
  panel advocates and para-legal volunteers, IPs, a custom field with personal data, timestamps);
* ``courtinterp_dbn.bookings_json``: a Durban court interpreting service's bookings of freelance interpreters
  flattened from JSON to dotted keys (``interpreter.name.first``, ``interpreter.id_number`` encoding
  ``interpreter.birth_date``, the home street and suburb, languages, the interpreter's bank and account number, the
  party interpreted for and their role, courts and their coordinates, case numbers of thirteen digits failing the ID
  number's check, ``meta.ip``, ``meta.app_version``, ``meta.custom2``, ``staff.coordinator``, session notes);
* ``slachtofferhulp_ehv.aanmeldingen``: an Eindhoven victim support office's registrations (Dutch: ``voornaam``,
  ``tussenvoegsel`` apart from ``achternaam``, ``dd-mm-jjjj`` birth dates, BSN, ``1234 AB`` postcodes, offences, the
  suspect mostly NULL, the IBAN for compensation, parket numbers, registration numbers of nine digits failing the
  eleven test, volunteers, ``vrij_veld_2``, remarks);
* ``byret_aarhus.naevninge_indkaldelser``: an Aarhus district court's summonses of lay jurors and lay judges (Danish:
  ``mellemnavn``, CPR numbers encoding the birth date and sex, ``dd.mm.yyyy`` birth dates, addresses with floor and
  side, exemption requests and their reasons mostly NULL words, employers, fees, NemKonto accounts, case numbers written
  ``DDMMYY-SSSS`` whose date cannot exist, court clerks, ``ekstra_felt_2`` codes only);
* ``cak_brno.zadosti_bezplatna_pomoc``: a Brno free legal aid desk's requests with a means test (Czech: rodné číslo
  encoding the birth date and sex, ``d. m. yyyy`` birth dates, identity card numbers, ``ulice`` and ``cislo_popisne``
  apart, incomes and dependants, employers and their IČO, the opposing party, the assigned lawyer, the account number,
  reference numbers written like birth numbers failing the check, ``doplnkove_pole_2``, remarks);
* ``tribunale_bari.incarichi_interpreti``: a Bari court's assignments of interpreters at hearings and their fees
  (Italian: the interpreter's codice fiscale encoding names, birth date, sex and birthplace, the birthplace, residence,
  PEC addresses mostly NULL, languages, the assisted party (``COGNOME Nome`` or a foreign name), interpreting
  cooperatives and their partita IVA (passing its check), the fee IBAN, R.G.N.R. numbers, clerks, ``campo_libero_2``,
  annotations);
* ``kayseri_adm.magdur_tanik_kayitlari``: a Kayseri courthouse judicial support and victim services office's records
  of victims and witnesses (Turkish: ``baba_adi``, T.C. kimlik numbers, ``dd.mm.yyyy`` birth dates, neighbourhood,
  street and door addresses, districts and postcodes, the accused, protection orders, an IBAN mostly NULL, UYAP file
  numbers of eleven digits failing the T.C. kimlik check, specialists, ``ek_alan_2``, notes);
* ``金沢地裁.裁判員候補者名簿``: a Kanazawa district court's lay-judge (saiban-in) candidates (Japanese column names in
  kanji and katakana: ``氏名`` in kanji and ``フリガナ`` in katakana, ``生年月日`` as ``1983年4月12日``, postcodes,
  municipalities and addresses, My Number mostly NULL, occupations, excusal requests and reasons, daily allowances and
  travel costs, banks and account numbers, clerks by family name (``担当書記官``), summons numbers failing My
  Number's check, ``予備項目2``, ``備考``);
* ``суд_полтава.заяви_обмежувальний_припис``: a Poltava district court's applications for restraining orders
  (Ukrainian, Cyrillic column names and values: the applicant's family name, given name and patronymic, RNOKPP encoding
  the birth date and sex, ``dd.mm.yyyy`` birth dates, the abuser's whole name and birth date, the relationship, a child
  mostly NULL, kinds of violence, proceeding numbers of ten digits failing the RNOKPP check, unique case numbers,
  judges and free legal aid lawyers, ``дод_поле_2``, remarks).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (the module docstring, the import block, the ``SETS`` dict and the ``--db`` help of
``heldout_v2_accuracy.py``, edited, never run), v152's two modules and its test as the models of this set (the
generic ``Gen`` helpers and several identifier builders were copied from v152's value module), the first lines of
v146's modules and test and of v98's value module, ``tests/heldout_support.py``, the module docstrings of v82, v118,
v124, v44, v97, v111, v156, v157 and v158 (v82 had courts, jury pools, legal aid and victim support in Sacramento,
West Yorkshire, Wellington, Manitoba, Lagos, Tayside, Georgia and Singapore; v118 and v124 court interpreting and
court-referred schools in Phoenix, Brisbane, Texas, Dublin and Anchorage: this set chose other towns), the other sets'
docstrings searched only for this domain's words (jury, juror, witness, victim, court, interpreter, legal aid,
restraining), the ruff section of ``pyproject.toml`` and the sources of python-stdnum. The ``Column``/``Table``
classes of v2 and the writer and summary of v4 are used as v152 uses them, not read. Every organisation is invented.
No ``ruff format`` was run. The classifier was not run on this set while it was written, no scorer was run on it, and
no score was looked at (the test builds the set through the scorer's ``SETS`` entry, as v152's test does, and never
classifies).

Labeling choices a reader may question:

* an Irish PPSN, a Canadian SIN, a US SSN and a UK National Insurance number are ``ssn``; the Australian TFN (a tax
  number), BC driving licences (tag ``licence``), PAN, Aadhaar, the South African ID number, BSN, CPR, rodné číslo,
  Czech identity cards, codice fiscale, T.C. kimlik, My Number and RNOKPP are ``national_id``; the NI number, the
  licences and the identity cards have no check computed here and are generated by shape;
* the juror, witness, victim, petitioner, applicant and interpreter are the people of their rows; respondents,
  offenders, suspects, abusers, the accused, opposing parties, the party an interpreter assists, intermediaries,
  live-link supporters, a doctor signing a medical certificate, a person cared for, a minor child, a father or husband
  (``col14``), a father's given name (``baba_adi``, ``first_name``) and an account holder are personal (tag
  ``role_word``); a respondent's birth date and address are ``date_of_birth`` and ``street_address`` (tag
  ``role_word``);
* jury officers, payment approvers, witness care officers, victim services advocates, judges, panel advocates and
  para-legal volunteers, interpreting coordinators, victim support volunteers, court clerks, assigned and free legal
  aid lawyers and victim services specialists are staff (``person_name``, tag ``staff``; ``担当書記官`` kept by family
  name is ``last_name``);
* ``SURNAME, GIVEN`` in one column (``RESP-NAME``), ``COGNOME Nome``, a Ukrainian whole name with the patronymic and a
  kanji name with the family name first and its katakana reading are ``person_name``; middle names, a middle initial,
  one or two given names and the Ukrainian patronymic are ``first_name``; a Dutch ``tussenvoegsel`` (``van``, ``de``,
  ``van der``: part of the family name) is ``last_name``;
* a suburb, a Cork town, an Indian locality and a Durban township are ``city`` (tag ``locality``), as are a Danish
  ``bynavn``, a Czech obec, a Turkish ilçe, a Japanese municipality, a Ukrainian village or town and a birthplace; a
  second address line holding a unit and a Czech ``cislo_popisne`` are ``street_address`` (tag ``split_address``);
* dates of birth as DATE, as ISO, ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yyyy``, ``d. m. yyyy`` and ``1983年4月12日``
  text, as ``YYYYMMDD`` integers (0 for missing) and split into day, month and year integers (each part
  ``date_of_birth``, tag ``split_dob``) are ``date_of_birth``; summons, payment, hearing, filing, session and
  submission dates and timestamps are ``none``;
* a juror's prepaid payment card kept in clear is ``credit_card`` (tag ``prepaid_card``); Dutch, Italian and Turkish
  IBANs are ``iban``; an Australian account number, a South African account, a Danish NemKonto account, a Czech
  account and a Japanese account number are ``unclassified`` (tag ``bank_account``, as earlier sets labeled domestic
  accounts) and a BSB is ``none``; an editor's login is ``unclassified`` (tag ``username``); a PEC address is
  ``email``;
* panel, batch, file, tracking, application, case, registration, reference, proceeding, UYAP and summons numbers,
  police URNs and file numbers, parket numbers, R.G.N.R. numbers, unique case numbers, juror numbers and app versions
  are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier; twelve of them fail the check of the
  personal number they look like: PPSN, TFN, SIN, SSN, Aadhaar, South African ID, BSN, CPR's date, rodné číslo,
  T.C. kimlik, My Number, RNOKPP); excusal reasons, statuses, special measures, offence and violence types,
  relationships, eligibility categories, incomes, allowances, fees, sexes and occupations are ``none``;
* courts with their phones and coordinates, employers with their ABN and IČO, interpreting cooperatives with their
  partita IVA (each passing its check), advocacy agencies, referral sources and banks are ``none`` (tag ``business``,
  ``check_digit`` where a check digit is computed; a court's coordinates are tag ``coordinates``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding codes only are ``none`` (tags ``decoy`` and ``custom_plain``); notes, remarks and exemption reasons
  naming people are ``free_text``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; rows per table: 280 to 560.
Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v159_values`, written for v159 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v159 [PATH]`` (default ``/tmp/heldout_v159.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v159``.

Slip: printing the scorer's lines around the ``SETS`` dict and the ``--db`` help also printed, beyond the parts this
set was allowed to read, the ``GOALS`` constant (recall, precision and kind accuracy goals), ``NONE = "none"``, the
comment above ``SETS``, the comment and type alias ``Answer`` after it, the ``--set``, ``--via`` and ``--json``
argument lines and the line choosing the DuckDB path; and a search of the scorer's line numbers listed its function
names (no function body was read). Nothing of the classifier, its tests, documentation, history or scores was seen.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v159_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v159_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v159.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # jury officers, witness care officers, advocates, clerks, judges, coordinators (2 to 8 distinct)
ROLE = "role_word"  # a role word (respondent, offender, suspect, supporter, party, carer ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a suburb, a township, a locality (city)
COORD = "coordinates"
LICENCE = "licence"  # a driving licence number (national_id)
USERNAME = "username"
BANK = "bank_account"  # a domestic bank account (unclassified)
CHECK = "check_digit"  # a business's number passing its own check (none)
CARD = "prepaid_card"  # a juror's payment card kept in clear (credit_card)


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


def ie_jury_summons(g: Gen) -> Table:
    """A Cork circuit court office's jury summonses, responses and excusal requests (snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ie", female)
        place = g.rnd.choice(v.IE_PLACES)
        status = g.rnd.choices(
            ["Attending", "Excusal requested", "Deferral requested", "Excused", "No response", "Undeliverable"],
            [0.45, 0.2, 0.12, 0.1, 0.09, 0.04],
        )[0]
        asks = status in ("Excusal requested", "Deferral requested", "Excused")
        reason = (
            g.rnd.choices(
                [
                    "Aged 65 or over",
                    "Full-time carer",
                    "Medical grounds",
                    "Full-time student",
                    "Sole trader",
                    "Childcare",
                    "Travel booked",
                    "Served in last 3 years",
                ],
                [1, 6, 7, 1, 1, 1, 1, 1],
            )[0]
            if asks
            else None
        )
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1948, 2006),
                "mail": v.email_of(g, a, b, v.DOMAINS["ie"]) if g.rnd.random() < 0.85 else None,
                "place": place,
                "status": status,
                "reason": reason,
                "gp": f"Dr {v.whole(g, 'ie')}" if reason == "Medical grounds" and g.rnd.random() < 0.9 else None,
                "cared": v.whole(g, "ie") if reason == "Full-time carer" and g.rnd.random() < 0.95 else None,
            }
        )
    officers = v.staff(g, 3, "ie")
    employers = [
        "Apple Operations Europe",
        "Cork University Hospital",
        "Janssen Sciences Ireland",
        "Dairygold Co-operative",
        "Cork County Council",
        "Self-employed",
        "Retired",
        "Munster Technological University",
        "Dunnes Stores",
    ]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Daughter {v.given(g, 'ie', True)} rang on her behalf re hearing aid",
                "Cert from GP received, excused",
                f"Deferred to Hilary term, asked for {v.given(g, 'ie')} to confirm dates",
                "Wrong address - returned by An Post",
                "Requested Irish language trial",
                f"Spouse {v.whole(g, 'ie')} also summoned same panel",
            ]
        )

    return Table(
        "corkcc_jury.summons_responses",
        "en",
        "snake",
        [
            c("summons_id", N, "BIGINT", g.keys(2_025_00001), "decoy", KEY),
            c("panel_ref", N, "VARCHAR", g.col(lambda: v.pps_decoy(g)), "decoy", SHAPE),
            c("juror_first_name", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("juror_last_name", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("juror_dob_day", "date_of_birth", "INTEGER", [r["born"].day for r in rows], SPLIT_DOB),
            c("juror_dob_month", "date_of_birth", "INTEGER", [r["born"].month for r in rows], SPLIT_DOB),
            c("juror_dob_year", "date_of_birth", "INTEGER", [r["born"].year for r in rows], SPLIT_DOB),
            c("juror_ppsn", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.12)),
            c("juror_mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "e164": 0.25, "intl": 0.15}, 0.9)),
            c("juror_email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("address_line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"))),
            c("address_town", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("eircode", "postal_code", "VARCHAR", [v.eircode(g, r["place"][1]) for r in rows]),
            c("summons_date", N, "DATE", g.col(lambda: g.weekday("2025-01-06", "2025-10-31")), "decoy"),
            c("response_status", N, "VARCHAR", [r["status"] for r in rows], "decoy"),
            c("excusal_reason", N, "VARCHAR", [r["reason"] for r in rows], "decoy"),
            c("medical_cert_doctor", "person_name", "VARCHAR", [r["gp"] for r in rows], ROLE, HEAVY),
            c("person_cared_for", "person_name", "VARCHAR", [r["cared"] for r in rows], ROLE, HEAVY),
            c("employer_name", N, "VARCHAR", g.col(g.pick(employers), 0.1), "business"),
            c("response_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.3)),
            c("jury_officer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM),
            c("officer_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def au_juror_payments(g: Gen) -> Table:
    """An Adelaide courts administration's juror attendance and loss-of-income payments (camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "au", female)
        second = v.given(g, "au", female) if g.rnd.random() < 0.3 else None
        days = g.rnd.randint(1, 15)
        card = g.rnd.random() < 0.2
        rows.append(
            {
                "given": f"{a} {second}" if second and second != a else a,
                "b": b,
                "born": g.birth(1950, 2006),
                "mail": v.email_of(g, a, b, v.DOMAINS["au"]),
                "place": g.rnd.choice(v.AU_PLACES),
                "days": days,
                "allow": round(days * g.rnd.choice([40.0, 40.0, 60.0, 100.0]), 2),
                "card": v.card(g, g.rnd.random() < 0.5) if card and g.rnd.random() < 0.95 else None,
                "bank": not card,
                "holder": f"{a} {b}" if g.rnd.random() < 0.85 else f"{a} & {v.given(g, 'au', not female)} {b}",
            }
        )
    employers = [(name, v.abn(g)) for name in [
        "SA Health",
        "Department for Education",
        "Woolworths Group",
        "BAE Systems Australia",
        "Adelaide City Council",
        "University of Adelaide",
        "Santos Ltd",
    ]]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    officers = v.staff(g, 3, "au")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Loss of income claim, letter from employer signed by {v.whole(g, 'au')}",
                "Payment returned - account closed, reissued to card",
                f"Paid to spouse {v.whole(g, 'au', True)} at juror's request",
                "Empanelled on day 2, excused day 6",
                "Travel claim adjusted to 64 km",
            ]
        )
    return Table(
        "sacaa_jury.jurorPayments",
        "en",
        "camel",
        [
            c("paymentId", N, "BIGINT", g.keys(610_001), "decoy", KEY),
            c("paymentBatchRef", N, "VARCHAR", g.col(lambda: v.tfn_decoy(g)), "decoy", SHAPE),
            c("jurorNumber", N, "VARCHAR", g.col(lambda: f"J{g.rnd.choice([24, 25])}-{g.digits(6)}"), "decoy"),
            c("jurorGivenNames", "first_name", "VARCHAR", [r["given"] for r in rows]),
            c("jurorSurname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("jurorDateOfBirth", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("jurorTfn", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.8), HEAVY),
            c("jurorMobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.25, "intl": 0.15})),
            c("jurorEmail", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("residentialAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
            c("suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("postcode", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("daysAttended", N, "INTEGER", [r["days"] for r in rows], "decoy"),
            c("attendanceAllowance", N, "DOUBLE", [r["allow"] for r in rows], "decoy"),
            c("travelKm", N, "INTEGER", g.ints(2, 140), "decoy"),
            c("employerName", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
            c("employerAbn", N, "VARCHAR", [employers[i][1] for i in emp], "business", CHECK),
            c(
                "bsb",
                N,
                "VARCHAR",
                [f"{g.rnd.choice(['105', '065', '015', '035', '085', '805'])}-{g.digits(3)}" if r["bank"] else None
                 for r in rows],
                "decoy",
            ),
            c(
                "accountNumber",
                UNCLASSIFIED,
                "VARCHAR",
                [g.digits(g.rnd.choice([8, 9])) if r["bank"] else None for r in rows],
                BANK,
            ),
            c("accountName", "person_name", "VARCHAR", [r["holder"] if r["bank"] else None for r in rows], ROLE),
            c("paymentCardNumber", "credit_card", "VARCHAR", [r["card"] for r in rows], CARD, HEAVY),
            c("paidDate", N, "DATE", g.col(lambda: g.weekday("2025-01-13", "2025-11-28")), "decoy"),
            c("approvedBy", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c(
                "customField2",
                N,
                "VARCHAR",
                _codes(g, ["LOI-CLAIM", "CHILDCARE", "REGIONAL", "EMPANELLED", "POOL-ONLY"], 0.4),
                "decoy",
                PLAIN,
            ),
            c("paymentNotes", "free_text", "VARCHAR", g.sparse(note, 0.82, _words("nil", "Nil")), NULLWORD),
        ],
    )


def gb_witness_care(g: Gen) -> Table:
    """A Norfolk witness care unit's bookings of witnesses at court with special measures (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "gb", female)
        wtype = g.rnd.choices(["Victim", "Eyewitness", "Victim", "Child witness", "Professional"], [4, 3, 2, 1, 1])[0]
        measures = g.rnd.choice(
            ["None", "None", "Screens", "Live link", "Video recorded evidence-in-chief", "Intermediary", "Screens"]
        )
        rows.append(
            {
                "title": g.rnd.choice(["Ms", "Mrs", "Miss"]) if female else "Mr",
                "a": a,
                "mid": v.given(g, "gb", female) if g.rnd.random() < 0.35 else None,
                "b": b,
                "born": g.birth(1945, 2017 if wtype == "Child witness" else 2006),
                "place": g.rnd.choice(v.GB_PLACES),
                "type": wtype,
                "vi": "Y" if wtype in ("Victim", "Child witness") and g.rnd.random() < 0.5 else "N",
                "measures": measures,
                "inter": v.whole(g, "gb") if measures == "Intermediary" else None,
                "support": v.whole(g, "gb") if measures == "Live link" and g.rnd.random() < 0.9 else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["gb"]) if g.rnd.random() < 0.75 else None,
            }
        )
    courts = [
        ("Norwich Crown Court", g.phone("GB", "national", False)),
        ("Norwich Magistrates' Court", g.phone("GB", "national", False)),
        ("Great Yarmouth Magistrates' Court", g.phone("GB", "national", False)),
        ("King's Lynn Magistrates' Court", g.phone("GB", "national", False)),
    ]
    court = [g.rnd.randrange(len(courts)) for _ in range(g.rows)]
    officers = v.staff(g, 5, "gb")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Mum {v.whole(g, 'gb', True)} to attend as supporter",
                "Pre-trial visit booked for Tuesday",
                f"Defendant's brother {v.given(g, 'gb', False)} lives on same street - separate entrance requested",
                "Needs wheelchair access",
                "Trial vacated, witness stood down",
                "Interpreter (Polish) requested via HMCTS",
            ]
        )

    return Table(
        "NorfolkWcu.WitnessCareBookings",
        "en",
        "pascal",
        [
            c("BookingId", N, "BIGINT", g.keys(77_001), "decoy", KEY),
            c("PoliceUrn", N, "VARCHAR", g.col(lambda: f"36{g.code('AA')}{g.digits(5)}25"), "decoy", SHAPE),
            c("WitnessTitle", N, "VARCHAR", [r["title"] for r in rows], "decoy"),
            c("WitnessForename", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("WitnessMiddleNames", "first_name", "VARCHAR", [r["mid"] for r in rows]),
            c("WitnessSurname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("DateOfBirth", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("NiNumber", "ssn", "VARCHAR", g.col(lambda: v.gb_nino(g), 0.78), HEAVY),
            c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
            c("Town", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("Postcode", "postal_code", "VARCHAR", [f"{r['place'][1]} {g.code('9AA')}" for r in rows]),
            c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "intl": 0.2, "e164": 0.1}, 0.9)),
            c("EmailAddress", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("WitnessType", N, "VARCHAR", [r["type"] for r in rows], "decoy"),
            c("VulnerableOrIntimidated", N, "VARCHAR", [r["vi"] for r in rows], "decoy"),
            c("SpecialMeasures", N, "VARCHAR", [r["measures"] for r in rows], "decoy"),
            c("IntermediaryName", "person_name", "VARCHAR", [r["inter"] for r in rows], ROLE, HEAVY),
            c("LiveLinkSupporter", "person_name", "VARCHAR", [r["support"] for r in rows], ROLE, HEAVY),
            c("CourtVenue", N, "VARCHAR", [courts[i][0] for i in court], "business"),
            c("CourtPhone", N, "VARCHAR", [courts[i][1] for i in court], "business"),
            c("HearingDate", N, "DATE", g.col(lambda: g.weekday("2025-02-03", "2026-03-27")), "decoy"),
            c("WitnessCareOfficer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c("CareNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("n/a", "N/A")), NULLWORD),
        ],
    )


def ca_victim_referrals(g: Gen) -> Table:
    """A Kelowna police-based victim services program's referrals (abbreviated)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.7
        a, b = v.person(g, "ca", female)
        place = g.rnd.choice(v.CA_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1940, 2008),
                "mail": v.email_of(g, a, b, v.DOMAINS["ca"]) if g.rnd.random() < 0.7 else None,
                "place": place,
                "pc": f"{place[1]} {g.code('9A9')}",
                "off": v.whole(g, "ca", not female) if g.rnd.random() < 0.6 else None,
            }
        )
    workers = v.staff(g, 4, "ca")
    logins = sorted({f"{v.latin(v.given(g, 'ca'))[0]}{v.latin(v.person(g, 'ca')[1])}".lower() for _ in range(5)})
    return Table(
        "kel_vs_ops.vctm_rfrl",
        "en",
        "abbrev",
        [
            c("rfrl_id", N, "BIGINT", g.keys(4_400_001), "decoy", KEY),
            c("file_ref", N, "VARCHAR", g.col(lambda: v.sin_decoy(g)), "decoy", SHAPE),
            c("pol_file_no", N, "VARCHAR", g.col(lambda: f"2025-{g.digits(5)}"), "decoy", ABBREV),
            c("vic_fnm", "first_name", "VARCHAR", [r["a"] for r in rows], ABBREV),
            c("vic_lnm", "last_name", "VARCHAR", [r["b"] for r in rows], ABBREV),
            c("vic_dob", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows], ABBREV),
            c("vic_sin", "ssn", "VARCHAR", g.col(lambda: v.sin(g), 0.82), ABBREV, HEAVY),
            c("vic_dl_no", "national_id", "VARCHAR", g.col(lambda: g.digits(7), 0.35), LICENCE, ABBREV),
            c("ctc_ph", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}), ABBREV),
            c("alt_ph", "phone", "VARCHAR", g.phones("CA", {"national": 1.0}, 0.8, 0.8), ABBREV, HEAVY),
            c("ctc_eml", "email", "VARCHAR", [r["mail"] for r in rows], ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"), 0.1), ABBREV),
            c(
                "addr_ln2",
                "street_address",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["Unit ", "Suite ", "#"]) + str(g.rnd.randint(1, 420)), 0.8),
                SPLIT_ADDR,
                ABBREV,
                HEAVY,
            ),
            c("cty", "city", "VARCHAR", [r["place"][0] for r in rows], ABBREV),
            c("pcd", "postal_code", "VARCHAR", [r["pc"] for r in rows], ABBREV),
            c("off_nm", "person_name", "VARCHAR", [r["off"] for r in rows], ROLE, ABBREV),
            c(
                "off_rel",
                N,
                "VARCHAR",
                g.col(g.pick(["EX-PARTNER", "SPOUSE", "FAMILY", "ACQUAINTANCE", "STRANGER", "UNKNOWN"])),
                "decoy",
                ABBREV,
            ),
            c(
                "ofnc_typ",
                N,
                "VARCHAR",
                g.col(g.pick(["IPV ASSAULT", "SEXUAL ASSAULT", "B&E", "ROBBERY", "HARASSMENT", "MVI FATALITY"])),
                "decoy",
                ABBREV,
            ),
            c(
                "rfrl_src",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["RCMP Kelowna", "Crown Counsel", "Self", "Kelowna General Hospital", "Transition House"])
                ),
                "business",
                ABBREV,
            ),
            c("sfty_pln", N, "VARCHAR", g.yn("Y", "N", 0.35), "decoy", ABBREV),
            c("advct", "person_name", "VARCHAR", g.col(g.pick(workers)), STAFF, ABBREV),
            c("udf3", N, "VARCHAR", _codes(g, ["CVAP", "PROT-ORD", "COURT-ACC", "INTERP", "K9"], 0.5), "decoy", PLAIN),
            c("lst_upd_by", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
        ],
    )


def us_pfa_cobol(g: Gen) -> Table:
    """A Wichita district court's protection-from-abuse petitions, a COBOL extract (padded CHAR, numeric dates)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.75
        a, b = v.person(g, "us", female)
        ra, rb = v.person(g, "us", not female)
        rows.append(
            {
                "a": a,
                "b": b,
                "resp": f"{rb.upper()}, {ra.upper()}",
                "rborn": g.birth(1955, 2004) if g.rnd.random() < 0.7 else None,
                "child": f"{(b if g.rnd.random() < 0.6 else rb).upper()}, {v.given(g, 'us').upper()}"
                if g.rnd.random() < 0.2
                else None,
                "place": g.rnd.choice(v.US_PLACES),
                "filed": g.weekday("2025-01-02", "2025-11-26"),
            }
        )
    agencies = [
        "STEPSTONE INC",
        "CATHOLIC CHARITIES HARBOR HOUSE",
        "WICHITA FAMILY CRISIS CENTER",
        "YWCA SAFE HOUSE",
        "NO ADVOCATE",
    ]
    judges = [f"JUDGE {s.upper()}" for s in v.staff(g, 4, "us", "last")]
    return Table(
        "SEDGPFA.PFA_PETITION_EXTRACT",
        "en",
        "cobol",
        [
            c("PFA-CASE-SEQ", N, "VARCHAR", [f"{n:08d}" for n in g.keys(25_000_101, 7)], "decoy", KEY, LEGACY),
            c("PFA-TRK-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE, LEGACY),
            c("PET-LAST-NM", "last_name", "VARCHAR", _pad([r["b"].upper() for r in rows], 20), LEGACY),
            c("PET-FIRST-NM", "first_name", "VARCHAR", _pad([r["a"].upper() for r in rows], 15), LEGACY),
            c("PET-MID-INIT", "first_name", "VARCHAR", _pad(g.col(lambda: g.code("A"), 0.35), 1), LEGACY),
            c("PET-SSN", "ssn", "BIGINT", [int(v.us_ssn(g)) if g.rnd.random() < 0.6 else 0 for _ in rows], LEGACY),
            c(
                "PET-DOB",
                "date_of_birth",
                "INTEGER",
                [_ymd(g.birth(1950, 2006)) if g.rnd.random() < 0.95 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "PET-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits")) if g.rnd.random() < 0.88 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "PET-ADDR-1",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: v.street(g, v.US_STREETS, "us"), 0.35), 30),
                LEGACY,
            ),
            c("PET-CITY", "city", "VARCHAR", _pad([r["place"][0] for r in rows], 18), LEGACY),
            c("PET-ZIP", "postal_code", "INTEGER", [int(r["place"][1]) for r in rows], LEGACY),
            c("RESP-NAME", "person_name", "VARCHAR", _pad([r["resp"] for r in rows], 30), ROLE, LEGACY),
            c("RESP-DOB", "date_of_birth", "INTEGER", [_ymd(r["rborn"]) for r in rows], ROLE, LEGACY),
            c(
                "RESP-ADDR-1",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: v.street(g, v.US_STREETS, "us"), 0.45), 30),
                ROLE,
                LEGACY,
            ),
            c("MINOR-CHLD-NM", "person_name", "VARCHAR", _pad([r["child"] for r in rows], 30), ROLE, LEGACY, HEAVY),
            c("FILE-DT", N, "INTEGER", [_ymd(r["filed"]) for r in rows], "decoy", LEGACY),
            c(
                "HRG-DT",
                N,
                "INTEGER",
                [_ymd(g.weekday(r["filed"].isoformat(), "2025-12-30")) for r in rows],
                "decoy",
                LEGACY,
            ),
            c(
                "ORDER-TYPE",
                N,
                "VARCHAR",
                _pad(g.col(g.pick(["TEMP-EXPARTE", "FINAL-1YR", "DISMISSED", "CONSENT", "EXTENDED"])), 14),
                "decoy",
                LEGACY,
            ),
            c("ADVOCATE-AGENCY", N, "VARCHAR", _pad(g.col(g.pick(agencies)), 30), "business", LEGACY),
            c("JUDGE-ASSIGNED", "person_name", "VARCHAR", _pad(g.col(g.pick(judges)), 20), STAFF, LEGACY),
            c(
                "PFA-USER-FLD-2",
                "free_text",
                "VARCHAR",
                _pad(_custom(g, "US", "us", 0.3, "digits"), 40),
                CUSTOM,
                LEGACY,
            ),
            c(
                "PFA-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(_codes(g, ["FIREARM", "CHILD-CUST", "PET-INCL", "SVC-SHRF", "ADDR-CONF"], 0.45), 10),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def in_legal_aid_staging(g: Gen) -> Table:
    """A Pune district legal services authority's legal-aid means tests landed as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "in", female)
        rows.append(
            {
                "name": f"{a} {b}".upper() if g.rnd.random() < 0.4 else f"{a} {b}",
                "a": a,
                "b": b,
                "born": g.birth(1950, 2007),
                "place": g.rnd.choice(v.IN_PLACES),
                "rel": f"{v.given(g, 'in', False)} {b}" if g.rnd.random() < 0.85 else None,
            }
        )
    courts = [
        "District & Sessions Court, Shivajinagar",
        "Family Court, Pune",
        "JMFC Court, Pimpri",
        "Labour Court, Pune",
        "Motor Accident Claims Tribunal, Pune",
        "Lok Adalat",
    ]
    panel = v.staff(g, 6, "in")
    plv = v.staff(g, 3, "in")
    return Table(
        "stg_dlsa_pune.src_means_test_raw",
        "en",
        "opaque",
        [
            c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c("col02", "person_name", "VARCHAR", [r["name"] for r in rows], OPAQUE),
            c("col03", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows], OPAQUE),
            c(
                "col04",
                "national_id",
                "VARCHAR",
                [v.pan(g, r["b"]) if g.rnd.random() < 0.45 else None for r in rows],
                OPAQUE,
            ),
            c("col05", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g), 0.2), OPAQUE),
            c("col06", "phone", "VARCHAR", g.phones("IN", {"e164": 0.4, "digits": 0.4, "intl": 0.2}), OPAQUE),
            c(
                "col07",
                "email",
                "VARCHAR",
                [v.email_of(g, r["a"], r["b"], v.DOMAINS["in"]) if g.rnd.random() < 0.55 else None for r in rows],
                OPAQUE,
            ),
            c("col08", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.05), OPAQUE),
            c("col09", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, OPAQUE),
            c("col10", "postal_code", "VARCHAR", [r["place"][1] for r in rows], OPAQUE),
            c("col11", N, "DOUBLE", g.col(lambda: float(g.rnd.randrange(24_000, 300_000, 1_000))), "decoy", OPAQUE),
            c(
                "col12",
                N,
                "VARCHAR",
                g.col(g.pick(["INCOME<3L", "WOMAN", "CHILD", "SC/ST", "CUSTODY", "INDUSTRIAL-WORKMAN", "DISABLED"])),
                "decoy",
                OPAQUE,
            ),
            c("col13", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col14", "person_name", "VARCHAR", [r["rel"] for r in rows], ROLE, OPAQUE),
            c("col15", N, "VARCHAR", g.col(g.pick(courts)), "business", OPAQUE),
            c("col16", "person_name", "VARCHAR", g.col(g.pick(panel), 0.25), STAFF, OPAQUE),
            c("col17", "ip_address", "VARCHAR", g.col(g.ip, 0.4), OPAQUE),
            c("col18", "free_text", "VARCHAR", _custom(g, "IN", "in", 0.3, "e164"), CUSTOM, OPAQUE),
            c("col19", "person_name", "VARCHAR", g.col(g.pick(plv)), STAFF, OPAQUE),
            c("col20", N, "TIMESTAMP", g.moments("2025-04-01", "2025-11-30", 0.0, 9, 18), "decoy", OPAQUE),
        ],
    )


def za_interpreter_json(g: Gen) -> Table:
    """A Durban court interpreting service's bookings of freelance interpreters, exported from its booking app as JSON
    and flattened to dotted keys."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "za", female)
        born = g.birth(1960, 2000)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "id": v.za_id(g, born, female) if g.rnd.random() < 0.95 else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["za"]),
                "place": g.rnd.choice(v.ZA_PLACES),
                "langs": g.rnd.choice(
                    ["isiZulu;English", "isiXhosa;English", "Tamil;English", "Urdu;English", "Swahili;English"]
                ),
                "party": v.whole(g, "za") if g.rnd.random() < 0.9 else None,
                "role": g.rnd.choice(["accused", "complainant", "witness", "witness", "child witness"]),
            }
        )
    courts = [
        ("Durban Magistrate's Court", -29.8577, 31.0224),
        ("Durban Regional Court", -29.8569, 31.0231),
        ("Umlazi Magistrate's Court", -29.9700, 30.8911),
        ("Pinetown Magistrate's Court", -29.8156, 30.8600),
        ("Verulam Magistrate's Court", -29.6449, 31.0473),
    ]
    court = [g.rnd.randrange(len(courts)) for _ in range(g.rows)]
    coordinators = v.staff(g, 3, "za")
    banks = ["ABSA", "FNB", "Standard Bank", "Nedbank", "Capitec", "TymeBank"]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Replaced {v.whole(g, 'za')} who was booked at Umlazi",
                "Matter postponed, half-day fee claimed",
                f"Prosecutor {v.whole(g, 'za', True)} asked for the same interpreter next time",
                "Sworn in, interpreted consecutively",
                "Late arrival - taxi strike",
            ]
        )
    return Table(
        "courtinterp_dbn.bookings_json",
        "en",
        "json",
        [
            c("booking.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("booking.reference", N, "VARCHAR", g.col(lambda: f"DBN/INT/25/{g.digits(5)}"), "decoy", SHAPE),
            c("booking.case_number", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
            c("interpreter.name.first", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("interpreter.name.last", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("interpreter.id_number", "national_id", "VARCHAR", [r["id"] for r in rows]),
            c("interpreter.birth_date", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("interpreter.contact.mobile", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.4})),
            c("interpreter.contact.email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c(
                "interpreter.home.street",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.1),
            ),
            c("interpreter.home.suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("interpreter.languages", N, "VARCHAR", [r["langs"] for r in rows], "decoy"),
            c("interpreter.bank.name", N, "VARCHAR", g.col(g.pick(banks)), "business"),
            c(
                "interpreter.bank.account_number",
                UNCLASSIFIED,
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["62", "40", "10", "14"]) + g.digits(8), 0.2),
                BANK,
            ),
            c("party.full_name", "person_name", "VARCHAR", [r["party"] for r in rows], ROLE),
            c("party.role", N, "VARCHAR", [r["role"] for r in rows], "decoy"),
            c("court.name", N, "VARCHAR", [courts[i][0] for i in court], "business"),
            c("court.geo.lat", N, "DOUBLE", [courts[i][1] for i in court], "decoy", COORD),
            c("court.geo.lon", N, "DOUBLE", [courts[i][2] for i in court], "decoy", COORD),
            c("session.date", N, "DATE", g.col(lambda: g.weekday("2025-01-13", "2025-12-05")), "decoy"),
            c("session.hours", N, "DOUBLE", g.col(lambda: g.rnd.choice([2.0, 3.5, 4.0, 6.0, 8.0])), "decoy"),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((2, 4))), "decoy"),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
            c("staff.coordinator", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF),
            c("notes.session", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("None", "n/a")), NULLWORD),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------

_NL_PREFIXES = ("van der ", "van den ", "van ", "de ", "El ")


def nl_slachtofferhulp(g: Gen) -> Table:
    """An Eindhoven victim support office's registrations of victims (Dutch)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "nl", female)
        pre = next((p for p in _NL_PREFIXES[:-1] if b.startswith(p)), None)
        place = g.rnd.choice(v.NL_PLACES)
        rows.append(
            {
                "a": a,
                "tv": pre.strip() if pre else None,
                "b": b[len(pre):] if pre else b,
                "born": g.birth(1938, 2007),
                "mail": v.email_of(g, a, b, v.DOMAINS["nl"]) if g.rnd.random() < 0.8 else None,
                "place": place,
                "sus": v.whole(g, "nl") if g.rnd.random() < 0.22 else None,
            }
        )
    medewerkers = v.staff(g, 5, "nl")

    def opm() -> str:
        return g.rnd.choice(
            [
                f"Dochter {v.given(g, 'nl', True)} belt namens cliënt",
                "Ondersteuning bij spreekrecht gewenst",
                f"Contact via buurvrouw mevr. {v.person(g, 'nl', True)[1]}",
                "Schadeformulier verstuurd naar OM",
                "Doorverwezen naar Veilig Thuis",
            ]
        )

    return Table(
        "slachtofferhulp_ehv.aanmeldingen",
        "nl",
        "snake",
        [
            c("aanmelding_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
            c("registratienummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
            c("pv_nummer", N, "VARCHAR", g.col(lambda: f"PL2200-2025{g.digits(6)}-{g.rnd.randint(1, 9)}"), "decoy"),
            c("voornaam", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("tussenvoegsel", "last_name", "VARCHAR", [r["tv"] for r in rows]),
            c("achternaam", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("geboortedatum", "date_of_birth", "VARCHAR", [r["born"].strftime("%d-%m-%Y") for r in rows]),
            c("bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.25)),
            c("telefoonnummer", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "e164": 0.2, "intl": 0.1}, 0.85)),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("straat_huisnummer", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS, "nl"))),
            c("postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, r["place"][1]) for r in rows]),
            c("woonplaats", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c(
                "delict",
                N,
                "VARCHAR",
                g.col(g.pick(["woninginbraak", "mishandeling", "bedreiging", "verkeersongeval", "straatroof",
                              "huiselijk geweld", "oplichting"])),
                "decoy",
            ),
            c("verdachte_naam", "person_name", "VARCHAR", [r["sus"] for r in rows], ROLE, HEAVY),
            c("iban_schadevergoeding", "iban", "VARCHAR", g.col(lambda: v.nl_iban(g), 0.55)),
            c(
                "parketnummer",
                N,
                "VARCHAR",
                g.col(lambda: f"01/{g.digits(6)}-{g.rnd.choice([24, 25])}", 0.3),
                "decoy",
                SHAPE,
            ),
            c("schadebedrag", N, "DOUBLE", g.amounts(50, 12_000, 0.5), "decoy"),
            c("medewerker", "person_name", "VARCHAR", g.col(g.pick(medewerkers)), STAFF),
            c("vrij_veld_2", "free_text", "VARCHAR", _custom(g, "NL", "nl"), CUSTOM),
            c("opmerkingen", "free_text", "VARCHAR", g.sparse(opm, 0.8, _words("geen", "n.v.t.")), NULLWORD),
        ],
    )


def dk_naevninge(g: Gen) -> Table:
    """An Aarhus district court's summonses of lay jurors and lay judges with exemption requests (Danish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "dk", female)
        born = g.birth(1950, 2005)
        place = g.rnd.choice(v.DK_PLACES)
        asks = g.rnd.random() < 0.2
        rows.append(
            {
                "a": a,
                "mid": v.person(g, "dk")[1] if g.rnd.random() < 0.4 else None,
                "b": b,
                "born": born,
                "cpr": v.cpr(g, born, female),
                "place": place,
                "mail": v.email_of(g, a, b, v.DOMAINS["dk"]),
                "asks": "Ja" if asks else "Nej",
                "why": g.rnd.choice(
                    [
                        "Planlagt operation i perioden",
                        f"Passer sin syge mor {v.whole(g, 'dk', True)}",
                        "Selvstændig, kan ikke lukke butikken",
                        "Studerer i udlandet",
                        f"Bryllup med {v.given(g, 'dk')} den pågældende uge",
                    ]
                )
                if asks
                else g.rnd.choice(["", "-", "intet", None]),
            }
        )
    sekretaerer = v.staff(g, 3, "dk")
    arbejdsgivere = [
        "Aarhus Universitetshospital",
        "Vestas Wind Systems A/S",
        "Aarhus Kommune",
        "Arla Foods amba",
        "Salling Group",
        "Region Midtjylland",
        "Selvstændig",
    ]
    return Table(
        "byret_aarhus.naevninge_indkaldelser",
        "da",
        "snake",
        [
            c("indkaldelse_id", N, "BIGINT", g.keys(31_001), "decoy", KEY),
            c("sagsnummer", N, "VARCHAR", g.col(lambda: v.cpr_decoy(g)), "decoy", SHAPE),
            c("fornavn", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("mellemnavn", "first_name", "VARCHAR", [r["mid"] for r in rows]),
            c("efternavn", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("cpr_nummer", "national_id", "VARCHAR", [r["cpr"] for r in rows]),
            c("foedselsdato", "date_of_birth", "VARCHAR", [r["born"].strftime("%d.%m.%Y") for r in rows]),
            c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DK_STREETS, "dk"))),
            c("postnummer", "postal_code", "VARCHAR", [r["place"][0] for r in rows]),
            c("bynavn", "city", "VARCHAR", [r["place"][1] for r in rows]),
            c("mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 0.9)),
            c("e_mail", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("retsmoede_dato", N, "DATE", g.col(lambda: g.weekday("2025-02-03", "2026-01-30")), "decoy"),
            c("sagstype", N, "VARCHAR", g.col(g.pick(["Nævningesag", "Domsmandssag", "Domsmandssag"])), "decoy"),
            c("fritagelse_anmodet", N, "VARCHAR", [r["asks"] for r in rows], "decoy"),
            c("fritagelsesgrund", "free_text", "VARCHAR", [r["why"] for r in rows], NULLWORD),
            c("arbejdsgiver", N, "VARCHAR", g.col(g.pick(arbejdsgivere), 0.15), "business"),
            c("vederlag_kr", N, "DOUBLE", g.col(lambda: g.rnd.choice([800.0, 1_600.0, 2_400.0, 4_000.0])), "decoy"),
            c("nemkonto", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.dk_account(g), 0.4), BANK),
            c("retssekretaer", "person_name", "VARCHAR", g.col(g.pick(sekretaerer)), STAFF),
            c("ekstra_felt_2", N, "VARCHAR", _codes(g, ["GRL-1", "TOLK", "HANDICAP", "UDSAT"], 0.55), "decoy", PLAIN),
        ],
    )


def cz_pravni_pomoc(g: Gen) -> Table:
    """A Brno branch of the bar's requests for free legal aid with a means test (Czech)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "cz", female)
        born = g.birth(1955, 2005)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "rc": v.rodne_cislo(g, born, female),
                "place": g.rnd.choice(v.CZ_PLACES),
                "mail": v.email_of(g, a, b, v.DOMAINS["cz"]) if g.rnd.random() < 0.8 else None,
                "other": v.whole(g, "cz") if g.rnd.random() < 0.7 else None,
            }
        )
    employers = [
        ("Fakultní nemocnice Brno", v.ico(g)),
        ("Zetor Tractors a.s.", v.ico(g)),
        ("Statutární město Brno", v.ico(g)),
        ("Dopravní podnik města Brna, a.s.", v.ico(g)),
        ("Masarykova univerzita", v.ico(g)),
        ("Siemens, s.r.o.", v.ico(g)),
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    advokati = v.staff(g, 6, "cz")

    def poznamka() -> str:
        return g.rnd.choice(
            [
                f"Za žadatelku jedná dcera {v.whole(g, 'cz', True)}",
                "Doloženo potvrzení o příjmu z ÚP",
                f"Protistrana zastoupena advokátem {v.whole(g, 'cz', False)}",
                "Exekuce, insolvenční návrh zvažován",
                "Žádost zamítnuta - příjem nad limit",
            ]
        )

    return Table(
        "cak_brno.zadosti_bezplatna_pomoc",
        "cs",
        "snake",
        [
            c("id_zadosti", N, "BIGINT", g.keys(5_200_001), "decoy", KEY),
            c("cislo_jednaci", N, "VARCHAR", g.col(lambda: v.rodne_cislo_decoy(g)), "decoy", SHAPE),
            c("jmeno", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("prijmeni", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("rodne_cislo", "national_id", "VARCHAR", [r["rc"] for r in rows]),
            c(
                "datum_narozeni",
                "date_of_birth",
                "VARCHAR",
                [f"{r['born'].day}. {r['born'].month}. {r['born'].year}" for r in rows],
            ),
            c("cislo_op", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.15)),
            c("ulice", "street_address", "VARCHAR", g.col(g.pick(v.CZ_STREETS))),
            c(
                "cislo_popisne",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(1, 2_900)}/{g.rnd.randint(1, 120)}"),
                SPLIT_ADDR,
            ),
            c("obec", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("psc", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.25, "e164": 0.15})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("cisty_mesicni_prijem", N, "INTEGER", g.col(lambda: g.rnd.randrange(9_000, 38_000, 100)), "decoy"),
            c("pocet_vyzivovanych", N, "INTEGER", g.ints(0, 4), "decoy"),
            c("zamestnavatel", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
            c("ico_zamestnavatele", N, "VARCHAR", [employers[i][1] for i in emp], "business", CHECK),
            c("protistrana", "person_name", "VARCHAR", [r["other"] for r in rows], ROLE),
            c(
                "predmet_veci",
                N,
                "VARCHAR",
                g.col(g.pick(["výživné", "péče o nezletilé", "exekuce", "pracovní spor", "nájem bytu", "dědictví"])),
                "decoy",
            ),
            c("urceny_advokat", "person_name", "VARCHAR", g.col(g.pick(advokati), 0.3), STAFF),
            c("cislo_uctu", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.cz_account(g), 0.5), BANK),
            c("doplnkove_pole_2", "free_text", "VARCHAR", _custom(g, "CZ", "cz"), CUSTOM),
            c("poznamka", "free_text", "VARCHAR", g.sparse(poznamka, 0.8, _words("není", "nic")), NULLWORD),
        ],
    )


def it_incarichi_interpreti(g: Gen) -> Table:
    """A Bari court's assignments of interpreters at hearings, with their fees (Italian)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "it", female)
        born = g.birth(1958, 1999)
        bp = g.rnd.choice(v.IT_BIRTHPLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "cf": v.codice_fiscale(a, b, born, female, bp[1]),
                "bp": bp[0],
                "place": g.rnd.choice(v.IT_PLACES),
                "mail": v.email_of(g, a, b, v.DOMAINS["it"]),
                "pec": f"{v.latin(a)}.{v.latin(b)}@{g.rnd.choice(['pec.it', 'legalmail.it', 'pec.interpreti.it'])}"
                if g.rnd.random() < 0.2
                else None,
                "party": f"{v.person(g, 'it')[1].upper()} {v.given(g, 'it')}"
                if g.rnd.random() < 0.4
                else g.rnd.choice(
                    ["Oleksandr Bondar", "Ahmed Benali", "Ion Popescu", "Arben Hoxha", "Mamadou Diallo", "Li Wei"]
                ),
            }
        )
    coop = [
        ("Interpres Puglia Soc. Coop.", v.partita_iva(g)),
        ("Linguae Forenses S.r.l.", v.partita_iva(g)),
        ("Traduzioni Levante Soc. Coop.", v.partita_iva(g)),
        ("Libero professionista", None),
    ]
    who = [g.rnd.randrange(len(coop)) for _ in range(g.rows)]
    cancellieri = v.staff(g, 4, "it")

    def annot() -> str:
        return g.rnd.choice(
            [
                f"Sostituisce la collega {v.whole(g, 'it', True)} impedita",
                "Udienza rinviata, compenso per sola presenza",
                f"Traduzione scritta delle intercettazioni richiesta dal PM {v.whole(g, 'it')}",
                "Giuramento prestato in udienza",
                "Liquidazione con decreto del giudice",
            ]
        )

    return Table(
        "tribunale_bari.incarichi_interpreti",
        "it",
        "snake",
        [
            c("id_incarico", N, "BIGINT", g.keys(15_001), "decoy", KEY),
            c(
                "numero_rg",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(1, 9_999)}/{g.rnd.choice([2023, 2024, 2025])} R.G.N.R."),
                "decoy",
                SHAPE,
            ),
            c("data_udienza", N, "DATE", g.col(lambda: g.weekday("2025-01-08", "2025-12-12")), "decoy"),
            c("interprete_cognome", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("interprete_nome", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("interprete_codice_fiscale", "national_id", "VARCHAR", [r["cf"] for r in rows]),
            c("interprete_data_nascita", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("interprete_luogo_nascita", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("residenza_indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"))),
            c("residenza_cap", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("residenza_comune", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.7, "intl": 0.2, "e164": 0.1})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("pec", "email", "VARCHAR", [r["pec"] for r in rows], HEAVY),
            c(
                "lingua",
                N,
                "VARCHAR",
                g.col(g.pick(["ucraino", "arabo", "rumeno", "albanese", "francese", "cinese", "wolof"])),
                "decoy",
            ),
            c("parte_assistita", "person_name", "VARCHAR", [r["party"] for r in rows], ROLE),
            c(
                "qualita_parte",
                N,
                "VARCHAR",
                g.col(g.pick(["imputato", "persona offesa", "testimone", "imputato"])),
                "decoy",
            ),
            c("cooperativa", N, "VARCHAR", [coop[i][0] for i in who], "business"),
            c("partita_iva_cooperativa", N, "VARCHAR", [coop[i][1] for i in who], "business", CHECK),
            c("iban_liquidazione", "iban", "VARCHAR", g.col(lambda: v.it_iban(g), 0.15)),
            c("compenso_lordo", N, "DOUBLE", g.amounts(14.68, 420.0), "decoy"),
            c("cancelliere", "person_name", "VARCHAR", g.col(g.pick(cancellieri)), STAFF),
            c("campo_libero_2", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
            c("annotazioni", "free_text", "VARCHAR", g.sparse(annot, 0.8, _words("nessuna", "n.d.")), NULLWORD),
        ],
    )


def tr_magdur_destek(g: Gen) -> Table:
    """A Kayseri courthouse's judicial support and victim services office's records of victims and witnesses
    (Turkish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "tr", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "father": v.given(g, "tr", False),
                "born": g.birth(1945, 2016),
                "sex": "Kadın" if female else "Erkek",
                "place": g.rnd.choice(v.TR_PLACES),
                "mail": v.email_of(g, a, b, v.DOMAINS["tr"]) if g.rnd.random() < 0.5 else None,
                "sanik": v.whole(g, "tr", False) if g.rnd.random() < 0.75 else None,
            }
        )
    uzmanlar = v.staff(g, 4, "tr")

    def aciklama() -> str:
        return g.rnd.choice(
            [
                f"Annesi {v.whole(g, 'tr', True)} ile birlikte dinlendi",
                "SEGBİS ile ifade alındı",
                f"Sanık yakını {v.given(g, 'tr', False)} tarafından tehdit edildiğini beyan etti",
                "Adli görüşme odası kullanıldı",
                "Psikolojik destek için ŞÖNİM'e yönlendirildi",
            ]
        )

    return Table(
        "kayseri_adm.magdur_tanik_kayitlari",
        "tr",
        "snake",
        [
            c("kayit_id", N, "BIGINT", g.keys(120_001), "decoy", KEY),
            c("uyap_dosya_no", N, "VARCHAR", g.col(lambda: v.tckn_decoy(g)), "decoy", SHAPE),
            c("esas_no", N, "VARCHAR", g.col(lambda: f"2025/{g.rnd.randint(1, 1_900)} Esas"), "decoy"),
            c("ad", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("soyad", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("baba_adi", "first_name", "VARCHAR", [r["father"] for r in rows], ROLE),
            c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tckn(g), 0.04)),
            c("dogum_tarihi", "date_of_birth", "VARCHAR", [r["born"].strftime("%d.%m.%Y") for r in rows]),
            c("cinsiyet", N, "VARCHAR", [r["sex"] for r in rows], "decoy"),
            c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.3}, 0.92)),
            c("e_posta", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"))),
            c("ilce", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("posta_kodu", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c(
                "kisi_statusu",
                N,
                "VARCHAR",
                g.col(g.pick(["Mağdur", "Tanık", "Suça sürüklenen çocuk", "Mağdur"])),
                "decoy",
            ),
            c(
                "destek_turu",
                N,
                "VARCHAR",
                g.col(g.pick(["Bilgilendirme", "Adli görüşme odası", "Eşlik", "Psikososyal destek", "Yönlendirme"])),
                "decoy",
            ),
            c("sanik_adi_soyadi", "person_name", "VARCHAR", [r["sanik"] for r in rows], ROLE),
            c("koruma_karari", N, "VARCHAR", g.yn("Var", "Yok", 0.25), "decoy"),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.tr_iban(g), 0.82), HEAVY),
            c("uzman", "person_name", "VARCHAR", g.col(g.pick(uzmanlar)), STAFF),
            c("ek_alan_2", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
            c("aciklama", "free_text", "VARCHAR", g.sparse(aciklama, 0.8, _words("yok", "belirtilmemiş")), NULLWORD),
        ],
    )


def ja_saibanin_kouho(g: Gen) -> Table:
    """A Kanazawa district court's lay-judge (saiban-in) candidates, their excusal requests and daily allowances
    (Japanese column names in kanji and katakana, values in kanji and katakana)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ja", female)
        asks = g.rnd.random() < 0.35
        rows.append(
            {
                "name": f"{b} {a}",
                "kana": f"{v.JA_READ[b][0]} {v.JA_READ[a][0]}",
                "born": g.birth(1950, 2005),
                "sex": "女" if female else "男",
                "place": g.rnd.choice(v.JA_PLACES),
                "asks": "あり" if asks else "なし",
                "why": g.rnd.choice(["70歳以上", "学生", "重い疾病", "介護・養育", "重要な用務", "妊娠中"]) if asks else "-",
            }
        )
    banks = ["北國銀行", "北陸銀行", "金沢信用金庫", "ゆうちょ銀行", "のと共栄信用金庫"]
    shokikan = v.staff(g, 4, "ja", "last")

    def bikou() -> str:
        return g.rnd.choice(
            [
                f"母({v.whole(g, 'ja', True)})の介護のため辞退申出",
                "質問票返送済み",
                f"勤務先上司 {v.whole(g, 'ja', False)} 様より証明書提出",
                "選任手続期日に出頭",
                "呼出状不達、住所確認中",
            ]
        )

    return Table(
        "金沢地裁.裁判員候補者名簿",
        "ja",
        "native",
        [
            c("候補者ID", N, "BIGINT", g.keys(2_025_0001), "decoy", KEY),
            c("呼出番号", N, "VARCHAR", g.col(lambda: v.my_number_decoy(g)), "decoy", SHAPE),
            c("氏名", "person_name", "VARCHAR", [r["name"] for r in rows]),
            c("フリガナ", "person_name", "VARCHAR", [r["kana"] for r in rows]),
            c(
                "生年月日",
                "date_of_birth",
                "VARCHAR",
                [f"{r['born'].year}年{r['born'].month}月{r['born'].day}日" for r in rows],
            ),
            c("性別", N, "VARCHAR", [r["sex"] for r in rows], "decoy"),
            c("郵便番号", "postal_code", "VARCHAR", [f"{r['place'][1]}-{g.digits(4)}" for r in rows]),
            c("市区町村", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("住所", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
            c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.85, "e164": 0.15}, 0.7)),
            c(
                "職業",
                N,
                "VARCHAR",
                g.col(g.pick(["会社員", "自営業", "公務員", "主婦・主夫", "無職", "学生", "パート・アルバイト"])),
                "decoy",
            ),
            c("個人番号", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.8), HEAVY),
            c("辞退申出", N, "VARCHAR", [r["asks"] for r in rows], "decoy"),
            c("辞退事由", N, "VARCHAR", [r["why"] for r in rows], "decoy"),
            c("選任手続期日", N, "DATE", g.col(lambda: g.weekday("2025-03-03", "2026-02-27")), "decoy"),
            c("日当", N, "INTEGER", g.col(lambda: g.rnd.choice([8_000, 10_000, 6_000, 4_000])), "decoy"),
            c("旅費", N, "INTEGER", g.ints(300, 4_800), "decoy"),
            c("振込先金融機関", N, "VARCHAR", g.col(g.pick(banks), 0.3), "business"),
            c("口座番号", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(7), 0.3), BANK),
            c("担当書記官", "last_name", "VARCHAR", g.col(g.pick(shokikan)), STAFF),
            c("予備項目2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
            c("備考", "free_text", "VARCHAR", g.sparse(bikou, 0.8, _words("なし", "特になし")), NULLWORD),
        ],
    )


def ua_obmezhuvalni_prypysy(g: Gen) -> Table:
    """A Poltava district court's applications for restraining orders in domestic violence cases (Ukrainian, Cyrillic
    names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.8
        a, b = v.person(g, "ua", female)
        born = g.birth(1950, 2006)
        rows.append(
            {
                "a": a,
                "b": b,
                "pat": v.patronymic(g, female),
                "born": born,
                "rnokpp": v.rntrc(g, born, female) if g.rnd.random() < 0.93 else None,
                "place": g.rnd.choice(v.UA_PLACES),
                "abuser": v.whole(g, "ua", not female),
                "aborn": g.birth(1945, 2004) if g.rnd.random() < 0.6 else None,
                "rel": g.rnd.choice(["чоловік", "колишній чоловік", "співмешканець", "син", "батько", "дружина"]),
                "child": v.whole(g, "ua") if g.rnd.random() < 0.18 else None,
            }
        )
    sudi = v.staff(g, 4, "ua")
    advokaty = v.staff(g, 5, "ua")

    def prymitka() -> str:
        return g.rnd.choice(
            [
                f"Заявниця діє також в інтересах доньки {v.whole(g, 'ua', True)}",
                "Кривдник у судове засідання не з'явився",
                f"Свідок - сусідка {v.whole(g, 'ua', True)}",
                "Ухвалу направлено до ГУНП в Полтавській області",
                "Розгляд у режимі відеоконференції",
            ]
        )

    return Table(
        "суд_полтава.заяви_обмежувальний_припис",
        "uk",
        "native",
        [
            c("ід_заяви", N, "BIGINT", g.keys(9_001), "decoy", KEY),
            c("номер_провадження", N, "VARCHAR", g.col(lambda: v.rntrc_decoy(g)), "decoy", SHAPE),
            c(
                "єдиний_унікальний_номер",
                N,
                "VARCHAR",
                g.col(lambda: f"554/{g.rnd.randint(1_000, 19_999)}/25"),
                "decoy",
                SHAPE,
            ),
            c("дата_подання", N, "DATE", g.col(lambda: g.weekday("2025-01-08", "2025-11-28")), "decoy"),
            c("заявник_прізвище", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("заявник_імя", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("заявник_по_батькові", "first_name", "VARCHAR", [r["pat"] for r in rows]),
            c("заявник_рнокпп", "national_id", "VARCHAR", [r["rnokpp"] for r in rows]),
            c("заявник_дата_народження", "date_of_birth", "VARCHAR", [r["born"].strftime("%d.%m.%Y") for r in rows]),
            c("заявник_телефон", "phone", "VARCHAR", g.phones("UA", {"national": 0.6, "e164": 0.4}, 0.95)),
            c("заявник_адреса", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.UA_STREETS, "ua"))),
            c("населений_пункт", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("поштовий_індекс", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("кривдник_піб", "person_name", "VARCHAR", [r["abuser"] for r in rows], ROLE),
            c(
                "кривдник_дата_народження",
                "date_of_birth",
                "VARCHAR",
                [r["aborn"].strftime("%d.%m.%Y") if r["aborn"] else None for r in rows],
                ROLE,
            ),
            c("ставлення_до_заявника", N, "VARCHAR", [r["rel"] for r in rows], "decoy"),
            c("дитина_заявника", "person_name", "VARCHAR", [r["child"] for r in rows], ROLE, HEAVY),
            c(
                "вид_насильства",
                N,
                "VARCHAR",
                g.col(g.pick(["фізичне", "психологічне", "економічне", "фізичне, психологічне", "сексуальне"])),
                "decoy",
            ),
            c("строк_місяців", N, "INTEGER", g.col(g.pick([1, 3, 6, 6])), "decoy"),
            c("суддя", "person_name", "VARCHAR", g.col(g.pick(sudi)), STAFF),
            c("адвокат_бпд", "person_name", "VARCHAR", g.col(g.pick(advokaty), 0.45), STAFF),
            c("дод_поле_2", "free_text", "VARCHAR", _custom(g, "UA", "ua"), CUSTOM),
            c("примітки", "free_text", "VARCHAR", g.sparse(prymitka, 0.8, _words("немає", "відсутні")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ie_jury_summons, 460),
    (au_juror_payments, 380),
    (gb_witness_care, 340),
    (ca_victim_referrals, 420),
    (us_pfa_cobol, 500),
    (in_legal_aid_staging, 560),
    (za_interpreter_json, 300),
    (nl_slachtofferhulp, 440),
    (dk_naevninge, 520),
    (cz_pravni_pomoc, 360),
    (it_incarichi_interpreti, 320),
    (tr_magdur_destek, 400),
    (ja_saibanin_kouho, 280),
    (ua_obmezhuvalni_prypysy, 340),
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
