"""Held-out set v160 for the column classifier: 14 tables of *hairdressers, tattoo studios, piercing and cosmetic
clinics* (client consent forms with age checks, allergy patch tests, tattoo and piercing aftercare follow-ups, medical
screening before cosmetic injectables, loyalty cards, deposits and no-show fees, artists' and stylists' rota and
commissions, gift vouchers), one system per table and each a different organisation in a different country, seven
with English column names and seven in Austrian German, French, Spanish, Polish, Swedish, romanized Japanese (values
in kanji and katakana) and Greek (Greek script names and values):

* ``copperquay_tattoo.artist_rota_commissions``: a Waterford tattoo studio's artists' rota and commissions, one row per
  shift (snake case: the artist's DATE birth date, PPS number, wages IBAN, home address, town and Eircode, the
  emergency contact and their phone, guest artists' home studios, rota managers, payroll references written like a
  PPS number and failing its check, ``misc_1`` holding personal data, rota notes mostly NULL words);
* ``larkrise_salons.patchTests``: a Norwich salon group's allergy patch tests before colour (camel case: ``dd/mm/yyyy``
  birth dates, postcodes and towns, a guardian and their mobile for under-16s mostly NULL, NHS numbers recorded for
  a GP referral mostly NULL, colour brands and shades, results, reaction notes naming people, stylists, branches and
  their phones, GP surgeries, patch-test references spaced like an NHS number and failing its check,
  ``customField2`` codes only, booking IPs, ``lastEditedBy`` logins);
* ``ThompsonAesthetics.InjectableScreenings``: a Kamloops medical aesthetics clinic's screening before neurotoxin and
  filler injections (Pascal case: middle names, DATE birth dates, BC Personal Health Numbers, allergies and pregnancy
  answers as a few words, history notes naming people, products, lots, units and areas, nurse injectors and medical
  directors, the family physician and the clinic's phone, chart numbers of ten digits failing the PHN check,
  signature hashes, ``Udf3``);
* ``inkwell_blt.bkg_dep_nsf``: a Ballarat tattoo and piercing studio's bookings, deposits and no-show fees
  (abbreviated: ``cust_fnm``, ``cust_dob`` as ISO text, ``ctc_ph``, ``addr_ln1``, ``addr_ln2`` a unit mostly NULL,
  ``addr_sbrb``, ``addr_pcd``, the deposit card kept in clear mostly NULL beside its last four digits, no-show fees,
  artists, who referred the client, the studio's ABN, the refund BSB and account, invoice numbers failing the TFN
  check, payment IPs, ``udf3`` codes only, ``lst_upd_by``);
* ``SLNLOY.LOYALTY_MASTER``: a Boise salon chain's loyalty card master, a COBOL file (legacy: padded CHAR, hyphenated
  names, the middle initial, the birth date, enrolment and last visit as ``YYYYMMDD`` integers (0 for a missing
  birth date), home and cell phones and the ZIP as numbers with 0 for missing, Idaho licence numbers mostly NULL, a
  second address line mostly NULL, the card on file kept in clear mostly NULL, the referrer written ``SURNAME,
  GIVEN``, preferred stylists, member references of nine digits failing the SSN check, ``CUST-USER-FLD-1`` codes,
  ``CUST-USER-FLD-2`` holding personal data);
* ``stg_ipoh_aesth.src_crm_leads_raw``: an Ipoh aesthetic clinic's enquiry leads landed from its CRM as an opaque
  staging table (``col01`` to ``col20``: Malay, Chinese and Indian Malaysian whole names, some in capitals, MyKad
  numbers encoding the ``dd/mm/yyyy`` birth date, phones, towns and postcodes, treatments and channels, lead numbers
  written like a MyKad number that cannot be one, consultants, a companion or referrer, IPs, a custom field with
  personal data, voucher codes, timestamps);
* ``pierceapp_bfn.aftercare_followups_json``: a Bloemfontein piercing studio's aftercare follow-ups flattened from its
  app's JSON to dotted keys (``client.name.first``, ``client.id_number`` encoding ``client.birth_date``,
  ``client.address.suburb``, a guardian and their mobile for minors mostly NULL, piercing sites, jewellery SKUs,
  follow-up statuses and notes, piercers, the studio's phone and coordinates, ``meta.ip``, ``meta.app_version``,
  ``meta.custom2``, invoice numbers of thirteen digits failing the ID number's check);
* ``haarwerk_salzburg.dienstplan_provisionen``: a Salzburg hairdressing chain's staff rota and commissions, one row per
  shift (Austrian German: the SVNr encoding the ``dd.mm.yyyy`` birth date, addresses with stair and door, the salary
  IBAN, branches, turnover and commission, apprentices, who drew up the rota, the emergency contact and their phone,
  payslip numbers written like an SVNr and failing its check, ``zusatzfeld_2``, remarks mostly NULL words);
* ``cabinet_esthetique_rennes.questionnaires_injections``: a Rennes aesthetic medicine practice's medical
  questionnaires before injections (French: ``nom_naissance`` mostly NULL beside ``nom_usage``, the NIR encoding sex,
  year and month of birth, ``dd/mm/yyyy`` birth dates, allergies and pregnancy as a few words, history notes naming
  people, products, lots and areas, the injecting doctors and assistants, the ``medecin_traitant``, health insurers,
  file numbers of fifteen digits failing the NIR key, ``champ_libre_2``);
* ``estudio_tatuaje_alicante.consentimientos``: an Alicante tattoo studio's consents with age checks and healing
  follow-ups (Spanish: both family names apart, DNI and NIE in one column, a minor flag, the tutor's whole name and
  DNI mostly NULL, body areas and designs, tattooists, session and review dates, the studio's CIF and phone, invoice
  numbers of eight digits and a letter failing the DNI check, ``campo_libre_2``, remarks naming people);
* ``studio_piercingu_lublin.zgody_zabiegi``: a Lublin piercing studio's consents and procedures (Polish: ``imie``,
  ``drugie_imie``, feminine family names, the birth date split into ``dzien_``, ``miesiac_`` and
  ``rok_urodzenia``, PESEL encoding it, ``ulica`` and ``nr_domu`` apart, the parent's name, PESEL and phone for minors
  mostly NULL, piercing sites, SKUs, piercers, the studio's NIP, order numbers failing the PESEL check,
  ``pole_dodatkowe_2``);
* ``klippco_sundsvall.stamkunder_uteblivna``: a Sundsvall hairdressing chain's loyalty members and no-show fees
  (Swedish: personnummer, addresses with ``lgh`` flat numbers, loyalty card numbers, points and levels, favourite
  hairdressers, salons and their organisationsnummer, no-show dates and fees, the member's Swish number,
  no-show invoice numbers written ``YYMMDD-NNNN`` failing the Luhn check, ``extra_falt_2`` codes only);
* ``matsuge_kanazawa.pacchi_tesuto_kiroku``: a Kanazawa eyelash extension salon's patch tests and consents (romanized
  Japanese column names: ``kokyaku_shimei`` in kanji and ``kokyaku_kana`` in katakana, ``seinengappi`` as
  ``yyyy年m月d日``, a guardian and their phone for minors mostly NULL, results, allergies, staff by family name
  (``tantousha``), the shops and their corporate numbers, reception numbers failing My Number's check,
  ``yobi_koumoku_2``);
* ``ινστιτούτο_αύρα_λάρισα.δωροεπιταγές``: a Larissa beauty institute's gift vouchers (Greek, Greek script column names
  and values: the buyer's family name, given name and patronymic, the buyer's ΑΦΜ for the invoice, the recipient,
  their phone and their birth date mostly NULL, services and amounts, courier tracking numbers, shops and their ΑΦΜ,
  sales assistants, a refund IBAN mostly NULL, invoice numbers of nine digits failing the ΑΦΜ check,
  ``πρόσθετο_πεδίο_2``).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (the module docstring, import block, ``SETS`` entry and ``--db`` help of
``heldout_v2_accuracy.py`` where v158 is registered, read and edited, never run), v152's table module in full, the
generic half and the identifier builders of v152's value module (whose ``Gen`` helpers were copied here), v152's test
as the model of this set's test, ``tests/heldout_support.py``, v98's and v146's labeling lists and some of their
builders (found by searching them for health, tax and voucher words), the first lines of the other sets' docstrings
(v80, an earlier set of beauty, wellness and personal services, and v153 to v158 among them) and every set's docstring
searched only for the domain's words (salon, tattoo, piercing, cosmetic, beauty, barber) and the towns chosen here
(every organisation here is invented and new; v80's towns and its Zaragoza table led this set to other towns). The
``Column``/``Table`` classes of v2 and the writer and summary of v4 were used, not read. No ``ruff format`` was run.
The classifier was not run on this set while it was written, no scorer was run on it, and no score was looked at (the
test builds the set through the scorer's ``SETS`` entry, as v152's test does, and never classifies).

Labeling choices a reader may question:

* an Irish PPSN, an Austrian SVNr and a French NIR are ``ssn``; NHS numbers and BC Personal Health Numbers (health
  identifiers a state issues, as v98 labeled NHS numbers), MyKad numbers, the South African ID number, DNI and NIE,
  PESEL, personnummer, the Greek ΑΦΜ (a tax number) and Idaho driving licences (tag ``licence``, generated by shape)
  are ``national_id``;
* payroll, patch-test, chart, invoice, member, lead, payslip, file, order, no-show invoice and reception numbers are
  ``none`` (tag ``decoy`` and ``value_shape``; each fails the check of the personal number it looks like: PPSN, NHS,
  PHN, TFN, SSN, MyKad, SA ID, SVNr, NIR, DNI, PESEL, personnummer's Luhn, My Number, ΑΦΜ); loyalty card, voucher and
  tracking numbers, lots, SKUs, hashes and app versions are ``none``; allergies, medications and pregnancy answers
  written as a few words are ``none`` (no kind fits a health category, as v146 labeled them); history, reaction and
  follow-up notes naming people are ``free_text``;
* salons, studios, branches, clinics, GP surgeries, health insurers and guest artists' home studios with their phones
  are ``none`` (tag ``business``), as are the ABN, CIF, NIP, organisationsnummer, Japanese corporate numbers and a
  shop's ΑΦΜ, which pass their checks (tag ``check_digit``); the studio's coordinates are ``none`` (tag
  ``coordinates``) and a card's last four digits are ``none`` (tag ``partial``);
* rota managers, stylists, nurse injectors and medical directors, artists, piercers, consultants, tattooists,
  injecting doctors and their assistants, hairdressers and sales assistants are staff (``person_name``, tag
  ``staff``; ``tantousha`` kept by family name is ``last_name``); guardians, parents and tutors of minors, emergency
  contacts, family physicians and the ``medecin_traitant``, referrers, companions and the voucher's recipient are
  personal (tag ``role_word``); the artists and stylists of a rota are the rows' own people, not staff;
* ``SURNAME, GIVEN`` in one column (``REFERRED-BY-NM``), Malaysian whole names with ``bin``/``binti`` or ``a/l``/
  ``a/p``, a kanji name with the family name first and its katakana reading are ``person_name``; middle names, a middle
  initial, ``drugie_imie`` and the Greek patronymic are ``first_name``; each Spanish family name and a French birth
  name are ``last_name``;
* a suburb is ``city`` (tag ``locality``), as is a Japanese municipality; a state code is ``none``; a unit in a second
  address line and a Polish house number (``nr_domu``) are ``street_address`` (tag ``split_address``);
* dates of birth as DATE, as ISO, ``dd/mm/yyyy``, ``dd.mm.yyyy`` and ``yyyy年m月d日`` text, as ``YYYYMMDD`` integers (0
  for missing) and split into day, month and year integers (each part ``date_of_birth``, tag ``split_dob``) are
  ``date_of_birth``; shift, session, review, test, consent, visit, enrolment, no-show and expiry dates and timestamps
  are ``none``;
* cards kept in clear are ``credit_card``; Irish, Austrian and Greek IBANs are ``iban``; an Australian refund account
  is ``unclassified`` (tag ``bank_account``, as earlier sets labeled domestic accounts) and a BSB is ``none``; editors'
  logins are ``unclassified`` (tag ``username``); a Swish number (the member's mobile) is ``phone``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding codes only are ``none`` (tags ``decoy`` and ``custom_plain``).

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; rows per table: 260 to 640.
Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v160_values`, written for v160 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v160 [PATH]`` (default ``/tmp/heldout_v160.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v160``.

Slip: printing the end of ``heldout_v2_accuracy.py``'s import block and its ``SETS`` entry also printed the three
lines between them (the ``GOALS`` constant with the goals the docstring states, ``NONE = "none"`` and the comment
above ``SETS``), and a ``grep`` of ``heldout_v2.py`` for the ``Column`` and ``Table`` class lines printed those two
lines; nothing else of the scorer or of v2 was read, and nothing here was adjusted to them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v160_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v160_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v160.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # rota managers, stylists, injectors, piercers, artists, consultants, clerks (2 to 8 distinct)
ROLE = "role_word"  # a role word (guardian, emergency contact, family physician, referrer, recipient ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a suburb (city)
COORD = "coordinates"
PARTIAL = "partial"  # a card's last four digits
LICENCE = "licence"  # a driving licence number (national_id)
USERNAME = "username"
BANK = "bank_account"  # a domestic bank account (unclassified)
CHECK = "check_digit"  # a business's number passing its own check (none)


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


def _minor(g: Gen, share: float, lo: int = 1955, hi: int = 2006) -> tuple[date, bool]:
    """A birth date, a minor's (born 2008 to 2010) with probability ``share``; and whether it is a minor's."""
    if g.rnd.random() < share:
        return g.day("2008-01-01", "2010-06-30"), True
    return g.birth(lo, hi), False


# -- English-named tables ----------------------------------------------------------------------------------------------


def ie_artist_rota(g: Gen) -> Table:
    """A Waterford tattoo studio's artists' rota and commissions, one row per shift (snake case)."""
    artists = []
    for _ in range(34):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "ie", female)
        place = g.rnd.choice(v.IE_PLACES)
        artists.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1972, 2004),
                "pps": v.pps(g) if g.rnd.random() < 0.95 else None,
                "ph": g.phone("IE", g.rnd.choice(["national", "national", "e164"])),
                "mail": v.email_of(g, a, b, v.DOMAINS["ie"]),
                "street": v.street(g, v.IE_STREETS, "ie"),
                "place": place,
                "eircode": v.eircode(g, place[1]),
                "iban": v.ie_iban(g) if g.rnd.random() < 0.9 else None,
                "guest": g.rnd.random() < 0.25,
                "ec": v.whole(g, "ie"),
                "ec_ph": g.phone("IE", "national"),
            }
        )
    who = [g.rnd.choice(artists) for _ in range(g.rows)]
    managers = v.staff(g, 3, "ie")
    home_studios = ["Black Anchor Tattoo, Cork", "Inkwell Kilkenny", "Northside Ink, Dublin", "Salt Lake Tattoo Co."]
    studio_lines = [g.phone("IE", "national", False) for _ in range(2)]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Swapped Saturday with {v.given(g, 'ie')}",
                "Convention week - booth at the Waterford show",
                f"Covering walk-ins for {v.whole(g, 'ie')}",
                "Left early, flash day totals added next morning",
                "Commission paid on net of card fees",
            ]
        )

    return Table(
        "copperquay_tattoo.artist_rota_commissions",
        "en",
        "snake",
        [
            c("shift_id", N, "BIGINT", g.keys(70_001), "decoy", KEY),
            c("payroll_ref", N, "VARCHAR", g.col(lambda: v.pps_decoy(g)), "decoy", SHAPE),
            c("artist_first_name", "first_name", "VARCHAR", [r["a"] for r in who]),
            c("artist_last_name", "last_name", "VARCHAR", [r["b"] for r in who]),
            c("artist_date_of_birth", "date_of_birth", "DATE", [r["born"] for r in who]),
            c("artist_pps_number", "ssn", "VARCHAR", [r["pps"] for r in who]),
            c("artist_mobile", "phone", "VARCHAR", [r["ph"] for r in who]),
            c("artist_email", "email", "VARCHAR", [r["mail"] for r in who]),
            c("home_address", "street_address", "VARCHAR", [r["street"] for r in who]),
            c("home_town", "city", "VARCHAR", [r["place"][0] for r in who]),
            c("home_eircode", "postal_code", "VARCHAR", [r["eircode"] for r in who]),
            c("wages_iban", "iban", "VARCHAR", [r["iban"] for r in who]),
            c("shift_date", N, "DATE", g.col(lambda: g.day("2025-02-01", "2025-11-30")), "decoy"),
            c("shift_start", N, "VARCHAR", g.col(g.pick(["10:00", "11:00", "12:00", "13:30", "16:00"])), "decoy"),
            c("station", N, "VARCHAR", g.col(lambda: f"Booth {g.rnd.randint(1, 6)}"), "decoy"),
            c("hours_booked", N, "DOUBLE", g.col(lambda: g.rnd.choice([3.0, 4.5, 5.0, 6.0, 7.5, 8.0])), "decoy"),
            c("commission_rate", N, "DOUBLE", g.col(g.pick([0.4, 0.45, 0.5, 0.55, 0.6])), "decoy"),
            c("commission_eur", N, "DOUBLE", g.amounts(60, 980), "decoy"),
            c(
                "guest_artist_home_studio",
                N,
                "VARCHAR",
                [g.rnd.choice(home_studios) if r["guest"] or g.rnd.random() < 0.4 else None for r in who],
                "business",
            ),
            c("rota_manager", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
            c("emergency_contact_name", "person_name", "VARCHAR", [r["ec"] for r in who], ROLE),
            c("emergency_contact_phone", "phone", "VARCHAR", [r["ec_ph"] for r in who], ROLE),
            c("studio_phone", N, "VARCHAR", g.col(g.pick(studio_lines)), "business"),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM),
            c("rota_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def gb_patch_tests(g: Gen) -> Table:
    """A Norwich hair salon group's allergy patch tests before colour (camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.78
        a, b = v.person(g, "gb", female)
        born, minor = _minor(g, 0.14, 1950, 2007)
        place = g.rnd.choice(v.GB_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "minor": minor,
                "mail": v.email_of(g, a, b, v.DOMAINS["gb"]),
                "place": place,
                "applied": g.moment("2025-01-06", "2025-11-28", 9, 18),
            }
        )
    stylists = v.staff(g, 6, "gb")
    branches = [
        ("Larkrise Hair - Elm Hill", g.phone("GB", "national", False)),
        ("Larkrise Hair - Unthank Road", g.phone("GB", "national", False)),
        ("Larkrise Hair - Wymondham", g.phone("GB", "national", False)),
    ]
    branch = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]
    surgeries = ["Magdalen Road Surgery", "Thorpe Health Centre", "Bowthorpe Medical Practice", "Wensum Valley Practice"]
    logins = ["reception.elm", "s.howes", "mgr.unthank", "reception.wym", "k.riches"]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Mum ({v.given(g, 'gb', True)}) present, happy to go ahead",
                "Slight itching at 24h, settled by 48h",
                f"Redness behind ear - advised GP, {v.given(g, 'gb')} to rebook in 6 weeks",
                "Client had henna tattoo on holiday, not coloured",
                "Retested after 6 months, clear",
            ]
        )

    return Table(
        "larkrise_salons.patchTests",
        "en",
        "camel",
        [
            c("patchTestId", N, "BIGINT", g.keys(5_400_001), "decoy", KEY),
            c("patchTestRef", N, "VARCHAR", g.col(lambda: v.nhs_decoy(g)), "decoy", SHAPE),
            c("clientFirstName", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("clientSurname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("clientDob", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("clientMobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.75, "e164": 0.25}, 0.95)),
            c("clientEmail", "email", "VARCHAR", [r["mail"] if g.rnd.random() < 0.9 else None for r in rows]),
            c("clientPostcode", "postal_code", "VARCHAR", [v.gb_postcode(g, r["place"][1]) for r in rows]),
            c("clientTown", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c(
                "guardianName",
                "person_name",
                "VARCHAR",
                [f"{v.given(g, 'gb', True)} {r['b']}" if r["minor"] else None for r in rows],
                ROLE,
                HEAVY,
            ),
            c(
                "guardianMobile",
                "phone",
                "VARCHAR",
                [g.phone("GB", "national") if r["minor"] else None for r in rows],
                ROLE,
                HEAVY,
            ),
            c("nhsNumber", "national_id", "VARCHAR", g.col(lambda: v.nhs(g), 0.86), HEAVY),
            c(
                "colourBrand",
                N,
                "VARCHAR",
                g.col(g.pick(["Wella Koleston Perfect", "L'Oreal Majirel", "Schwarzkopf Igora Royal", "Redken Shades EQ",
                              "Goldwell Topchic"])),
                "decoy",
            ),
            c("shadeCode", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(4, 10)}/{g.rnd.choice(['0', '1', '3', '34', '43', '61'])}"), "decoy"),
            c("appliedAt", N, "TIMESTAMP", [r["applied"] for r in rows], "decoy"),
            c(
                "readAt",
                N,
                "TIMESTAMP",
                [r["applied"] + timedelta(hours=g.rnd.randint(46, 52)) if g.rnd.random() < 0.9 else None for r in rows],
                "decoy",
            ),
            c(
                "result",
                N,
                "VARCHAR",
                g.col(g.pick(["Negative", "Negative", "Negative", "Negative", "Positive - mild", "Positive - refer GP",
                              "Not read"])),
                "decoy",
            ),
            c("reactionNotes", "free_text", "VARCHAR", g.sparse(note, 0.82, _words("nil", "TBC")), NULLWORD),
            c("stylist", "person_name", "VARCHAR", g.col(g.pick(stylists)), STAFF),
            c("salonBranch", N, "VARCHAR", [branches[i][0] for i in branch], "business"),
            c("branchPhone", N, "VARCHAR", [branches[i][1] for i in branch], "business"),
            c("gpSurgery", N, "VARCHAR", g.col(g.pick(surgeries), 0.55), "business"),
            c("customField2", N, "VARCHAR", _codes(g, ["SENS-SKIN", "PT-REPEAT", "VIP", "STUDENT", "NO-PPD"], 0.5), "decoy", PLAIN),
            c("bookingIp", "ip_address", "VARCHAR", g.col(g.ip, 0.3)),
            c("lastEditedBy", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME),
        ],
    )


def ca_injectable_screening(g: Gen) -> Table:
    """A Kamloops medical aesthetics clinic's screening before neurotoxin and filler injections (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.84
        a, b = v.person(g, "ca", female)
        place = g.rnd.choice(v.CA_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "mid": v.given(g, "ca", female) if g.rnd.random() < 0.5 else None,
                "born": g.birth(1958, 2005),
                "mail": v.email_of(g, a, b, v.DOMAINS["ca"]),
                "place": place,
            }
        )
    injectors = [f"{n}, RN" for n in v.staff(g, 4, "ca")]
    directors = [f"Dr. {n}" for n in v.staff(g, 2, "ca")]
    physician_clinics = [g.phone("CA", "national", False) for _ in range(6)]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Cold sores - referred to Dr. {v.whole(g, 'ca')} for antiviral before lips",
                "Bruised easily last time, stopped fish oil 1 week before",
                f"Referred by sister {v.given(g, 'ca', True)}",
                "Previous filler elsewhere 2023, unknown product",
                "Autoimmune condition controlled, cleared by physician",
            ]
        )

    return Table(
        "ThompsonAesthetics.InjectableScreenings",
        "en",
        "pascal",
        [
            c("ScreeningId", N, "BIGINT", g.keys(810_001), "decoy", KEY),
            c("ChartNumber", N, "VARCHAR", g.col(lambda: v.bc_phn_decoy(g)), "decoy", SHAPE),
            c("FirstName", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("MiddleName", "first_name", "VARCHAR", [r["mid"] for r in rows]),
            c("LastName", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("DateOfBirth", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("PersonalHealthNumber", "national_id", "VARCHAR", g.col(lambda: v.bc_phn(g), 0.08)),
            c("MobilePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.4}, 0.9)),
            c("EmailAddress", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("StreetAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"), 0.05)),
            c("City", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("PostalCode", "postal_code", "VARCHAR", [v.ca_postcode(g, r["place"][1]) for r in rows]),
            c("PregnantOrBreastfeeding", N, "VARCHAR", g.col(g.pick(["No", "No", "No", "No", "Yes", "Unsure"])), "decoy"),
            c(
                "KnownAllergies",
                N,
                "VARCHAR",
                g.col(g.pick(["None known", "None known", "Lidocaine", "Latex", "Penicillin", "Egg", "Hyaluronidase"])),
                "decoy",
            ),
            c("MedicalHistoryNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "None")), NULLWORD),
            c(
                "ProductName",
                N,
                "VARCHAR",
                g.col(g.pick(["Botox Cosmetic", "Dysport", "Xeomin", "Juvederm Voluma", "Restylane Lyft", "Sculptra"])),
                "decoy",
            ),
            c("LotNumber", N, "VARCHAR", g.col(lambda: g.code("C9999AA")), "decoy"),
            c("UnitsOrMl", N, "DOUBLE", g.col(lambda: g.rnd.choice([1.0, 2.0, 20.0, 24.0, 40.0, 50.0]), 0.05), "decoy"),
            c(
                "TreatmentArea",
                N,
                "VARCHAR",
                g.col(g.pick(["Glabella", "Forehead", "Crow's feet", "Lips", "Cheeks", "Jawline", "Masseter"])),
                "decoy",
            ),
            c("NurseInjector", "person_name", "VARCHAR", g.col(g.pick(injectors)), STAFF),
            c("MedicalDirector", "person_name", "VARCHAR", g.col(g.pick(directors)), STAFF),
            c("FamilyPhysician", "person_name", "VARCHAR", g.col(lambda: f"Dr. {v.whole(g, 'ca')}", 0.3), ROLE),
            c("FamilyPhysicianClinicPhone", N, "VARCHAR", g.col(g.pick(physician_clinics), 0.35), "business"),
            c("ConsentSignedAt", N, "TIMESTAMP", g.moments("2025-01-03", "2025-11-29", 0.0, 9, 19), "decoy"),
            c("SignatureHash", N, "VARCHAR", g.col(g.sha256), "decoy"),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
        ],
    )


def au_deposits_no_shows(g: Gen) -> Table:
    """A Ballarat tattoo and piercing studio's bookings, deposits and no-show fees (abbreviated names)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "au", female)
        place = g.rnd.choice(v.AU_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1960, 2007),
                "mail": v.email_of(g, a, b, v.DOMAINS["au"]),
                "place": place,
                "nsf": g.rnd.random() < 0.2,
            }
        )
    artists = v.staff(g, 5, "au")
    studio_abn = v.abn(g)
    logins = ["front.desk", "amber.k", "jesse.m", "bookings"]
    return Table(
        "inkwell_blt.bkg_dep_nsf",
        "en",
        "abbrev",
        [
            c("bkg_id", N, "BIGINT", g.keys(40_001), "decoy", KEY, ABBREV),
            c("inv_no", N, "VARCHAR", g.col(lambda: v.tfn_decoy(g)), "decoy", SHAPE, ABBREV),
            c("cust_fnm", "first_name", "VARCHAR", [r["a"] for r in rows], ABBREV),
            c("cust_lnm", "last_name", "VARCHAR", [r["b"] for r in rows], ABBREV),
            c("cust_dob", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows], ABBREV),
            c("ctc_ph", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3}), ABBREV),
            c("ctc_em", "email", "VARCHAR", [r["mail"] for r in rows], ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"), 0.1), ABBREV),
            c(
                "addr_ln2",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"Unit {g.rnd.randint(1, 14)}", 0.85),
                SPLIT_ADDR,
                HEAVY,
                ABBREV,
            ),
            c("addr_sbrb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, ABBREV),
            c("addr_pcd", "postal_code", "VARCHAR", [r["place"][1] for r in rows], ABBREV),
            c("apt_dt", N, "DATE", g.days("2025-01-10", "2025-12-20"), "decoy", ABBREV),
            c("dep_amt", N, "DOUBLE", g.col(g.pick([50.0, 100.0, 100.0, 150.0, 200.0, 250.0])), "decoy", ABBREV),
            c("dep_card_no", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.5), 0.83), HEAVY, ABBREV),
            c("dep_card_l4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.1), "decoy", PARTIAL, ABBREV),
            c("nsf_fee", N, "DOUBLE", [g.rnd.choice([50.0, 100.0]) if r["nsf"] else 0.0 for r in rows], "decoy", ABBREV),
            c(
                "nsf_chrg_dt",
                N,
                "DATE",
                [g.day("2025-01-10", "2025-12-20") if r["nsf"] or g.rnd.random() < 0.5 else None for r in rows],
                "decoy",
                ABBREV,
            ),
            c("artst", "person_name", "VARCHAR", g.col(g.pick(artists)), STAFF, ABBREV),
            c("refd_by_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.6), ROLE, ABBREV),
            c("studio_abn", N, "VARCHAR", [studio_abn] * g.rows, "business", CHECK, ABBREV),
            c("rfnd_bsb", N, "VARCHAR", g.col(lambda: g.rnd.choice(["063-", "033-", "083-", "013-"]) + g.digits(3), 0.6), "decoy", ABBREV),
            c("rfnd_acct", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(g.rnd.choice([8, 9])), 0.6), BANK, ABBREV),
            c("pay_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.25), ABBREV),
            c("udf3", N, "VARCHAR", _codes(g, ["WALKIN", "FLASH", "CVR-UP", "TOUCHUP", "GIFT"], 0.45), "decoy", PLAIN, ABBREV),
            c("lst_upd_by", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
        ],
    )


def us_loyalty_cobol(g: Gen) -> Table:
    """A Boise salon chain's loyalty card master, a COBOL file (padded CHAR, numbers for dates and phones)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.7
        a, b = v.person(g, "us", female)
        place = g.rnd.choice(v.US_PLACES)
        ra, rb = v.person(g, "us")
        rows.append(
            {
                "a": a.upper(),
                "b": b.upper(),
                "mail": v.email_of(g, a, b, v.DOMAINS["us"]).upper(),
                "place": place,
                "ref": f"{rb.upper()}, {ra.upper()}" if g.rnd.random() < 0.45 else None,
            }
        )
    salons = ["SALON 208 - HYDE PARK", "SALON 208 - MERIDIAN", "SALON 208 - EAGLE", "SALON 208 - NAMPA"]
    stylists = [s.upper() for s in v.staff(g, 7, "us")]
    return Table(
        "SLNLOY.LOYALTY_MASTER",
        "en",
        "cobol",
        [
            c("LOY-ACCT-NO", N, "VARCHAR", [f"{n:010d}" for n in g.keys(2_080_000_101, 7)], "decoy", KEY, LEGACY),
            c("MBR-REF", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE, LEGACY),
            c("CUST-LAST-NM", "last_name", "VARCHAR", _pad([r["b"] for r in rows], 20), LEGACY),
            c("CUST-FIRST-NM", "first_name", "VARCHAR", _pad([r["a"] for r in rows], 15), LEGACY),
            c("CUST-MID-INIT", "first_name", "VARCHAR", _pad(g.col(lambda: g.code("A"), 0.35), 1), LEGACY),
            c(
                "CUST-BIRTH-DT",
                "date_of_birth",
                "INTEGER",
                [_ymd(g.birth(1940, 2007)) if g.rnd.random() < 0.94 else 0 for _ in rows],
                LEGACY,
            ),
            c("CUST-DL-NO", "national_id", "VARCHAR", _pad(g.col(lambda: g.code("AA999999A"), 0.84), 9), LICENCE, HEAVY, LEGACY),
            c(
                "HOME-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits", False)) if g.rnd.random() < 0.55 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "CELL-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits")) if g.rnd.random() < 0.9 else 0 for _ in rows],
                LEGACY,
            ),
            c("EMAIL-ADDR", "email", "VARCHAR", _pad([r["mail"] for r in rows], 40), LEGACY),
            c("ADDR-LINE-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.US_STREETS, "us")), 30), LEGACY),
            c(
                "ADDR-LINE-2",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: f"APT {g.rnd.randint(1, 40)}{g.rnd.choice('ABC')}", 0.84), 10),
                SPLIT_ADDR,
                HEAVY,
                LEGACY,
            ),
            c("CITY-NM", "city", "VARCHAR", _pad([r["place"][0] for r in rows], 18), LEGACY),
            c("STATE-CD", N, "VARCHAR", [("ID" if g.rnd.random() < 0.97 else "OR") for _ in rows], "decoy", LEGACY),
            c("ZIP-CD", "postal_code", "INTEGER", [int(r["place"][1]) for r in rows], LEGACY),
            c("ENROLL-DT", N, "INTEGER", [_ymd(g.day("2014-01-01", "2025-11-30")) for _ in rows], "decoy", LEGACY),
            c("LAST-VISIT-DT", N, "INTEGER", [_ymd(g.day("2024-06-01", "2025-11-30")) for _ in rows], "decoy", LEGACY),
            c("POINTS-BAL", N, "INTEGER", g.ints(0, 4_800), "decoy", LEGACY),
            c("TIER-CD", N, "VARCHAR", g.col(g.pick(["B", "S", "S", "G", "P"])), "decoy", LEGACY),
            c("HOME-SALON-NM", N, "VARCHAR", _pad(g.col(g.pick(salons)), 24), "business", LEGACY),
            c("PREF-STYLIST", "person_name", "VARCHAR", _pad(g.col(g.pick(stylists), 0.2), 24), STAFF, LEGACY),
            c("CARD-ON-FILE", "credit_card", "VARCHAR", g.col(lambda: v.card(g, False), 0.82), HEAVY, LEGACY),
            c("REFERRED-BY-NM", "person_name", "VARCHAR", _pad([r["ref"] for r in rows], 30), ROLE, LEGACY),
            c("CUST-USER-FLD-1", N, "VARCHAR", _pad(_codes(g, ["BDAY-CPN", "NO-SMS", "MIL", "SR", "EMP"]), 8), "decoy", PLAIN, LEGACY),
            c("CUST-USER-FLD-2", "free_text", "VARCHAR", _pad(_custom(g, "US", "us", 0.3, "digits"), 40), CUSTOM, LEGACY),
        ],
    )


def my_leads_staging(g: Gen) -> Table:
    """An Ipoh aesthetic clinic's enquiry leads landed from its CRM as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.8
        born = g.birth(1965, 1999)
        name = v.my_whole(g, female)
        rows.append(
            {
                "name": name.upper() if g.rnd.random() < 0.3 else name,
                "born": born,
                "nric": v.nric(g, born, female) if g.rnd.random() < 0.9 else None,
                "mail": v.email_of(g, name.split()[0], name.split()[-1], v.DOMAINS["my"]),
                "place": g.rnd.choice(v.MY_PLACES),
            }
        )
    consultants = v.staff(g, 4, "my")
    return Table(
        "stg_ipoh_aesth.src_crm_leads_raw",
        "en",
        "opaque",
        [
            c("col01", N, "BIGINT", g.keys(300_001), "decoy", KEY, OPAQUE),
            c("col02", "person_name", "VARCHAR", [r["name"] for r in rows], OPAQUE),
            c("col03", "national_id", "VARCHAR", [r["nric"] for r in rows], OPAQUE),
            c("col04", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows], OPAQUE),
            c("col05", "phone", "VARCHAR", g.phones("MY", {"national": 0.6, "e164": 0.4}), OPAQUE),
            c("col06", "email", "VARCHAR", [r["mail"] if g.rnd.random() < 0.85 else None for r in rows], OPAQUE),
            c("col07", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MY_STREETS, "my"), 0.2), OPAQUE),
            c("col08", "city", "VARCHAR", [r["place"][0] for r in rows], OPAQUE),
            c("col09", "postal_code", "VARCHAR", [r["place"][1] for r in rows], OPAQUE),
            c(
                "col10",
                N,
                "VARCHAR",
                g.col(g.pick(["Pico laser", "Botox", "Filler - nose", "HIFU", "Acne scar", "Skin booster"])),
                "decoy",
                OPAQUE,
            ),
            c("col11", N, "VARCHAR", g.col(g.pick(["FB_LEADFORM", "WHATSAPP", "WALK_IN", "IG_DM", "REFERRAL"])), "decoy", OPAQUE),
            c("col12", N, "VARCHAR", g.col(lambda: v.nric_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col13", N, "DOUBLE", g.col(lambda: float(g.rnd.choice([50, 100, 100, 200, 300])), 0.4), "decoy", OPAQUE),
            c("col14", "person_name", "VARCHAR", g.col(g.pick(consultants)), STAFF, OPAQUE),
            c("col15", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "my"), 0.6), ROLE, OPAQUE),
            c("col16", "ip_address", "VARCHAR", g.col(g.ip, 0.2), OPAQUE),
            c("col17", "free_text", "VARCHAR", _custom(g, "MY", "my"), CUSTOM, OPAQUE),
            c("col18", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy", OPAQUE),
            c("col19", N, "VARCHAR", g.col(lambda: g.code("GV-AAA99"), 0.5), "decoy", OPAQUE),
            c("col20", N, "VARCHAR", _codes(g, ["HOT", "WARM", "COLD", "DUP", "DNC"]), "decoy", PLAIN, OPAQUE),
        ],
    )


def za_aftercare_json(g: Gen) -> Table:
    """A Bloemfontein piercing studio's aftercare follow-ups, flattened from its app's JSON to dotted keys."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.7
        a, b = v.person(g, "za", female)
        born, minor = _minor(g, 0.15, 1968, 2007)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "id": v.za_id(g, born, female) if g.rnd.random() < 0.85 else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["za"]),
                "place": g.rnd.choice(v.ZA_PLACES),
                "minor": minor,
            }
        )
    piercers = v.staff(g, 3, "za")
    studio_phone = g.phone("ZA", "national", False)
    skus = [g.code("TI-LB-16-99") for _ in range(12)] + [g.code("SS-CBR-14-99") for _ in range(6)]

    def note() -> str:
        return g.rnd.choice(
            [
                "Some swelling day 3, saline soaks advised",
                f"Mom {v.given(g, 'za', True)} called, irritation bump - downsized bar",
                "Healing well, downsize booked",
                f"Came in with friend {v.whole(g, 'za')} who also booked",
                "Jewellery changed too early, advised to leave in",
            ]
        )

    return Table(
        "pierceapp_bfn.aftercare_followups_json",
        "en",
        "json",
        [
            c("booking.id", N, "BIGINT", g.keys(91_001), "decoy", KEY),
            c("invoice.number", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
            c("client.name.first", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("client.name.last", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("client.id_number", "national_id", "VARCHAR", [r["id"] for r in rows]),
            c("client.birth_date", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("client.mobile", "phone", "VARCHAR", g.phones("ZA", {"national": 0.5, "e164": 0.5})),
            c("client.email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("client.address.street", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.15)),
            c("client.address.suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("client.address.postal_code", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c(
                "guardian.full_name",
                "person_name",
                "VARCHAR",
                [v.whole(g, "za") if r["minor"] else None for r in rows],
                ROLE,
                HEAVY,
            ),
            c(
                "guardian.mobile",
                "phone",
                "VARCHAR",
                [g.phone("ZA", "national") if r["minor"] else None for r in rows],
                ROLE,
                HEAVY,
            ),
            c(
                "piercing.site",
                N,
                "VARCHAR",
                g.col(g.pick(["helix", "conch", "nostril", "septum", "tragus", "navel", "lobe", "daith"])),
                "decoy",
            ),
            c("jewellery.sku", N, "VARCHAR", g.col(g.pick(skus)), "decoy"),
            c("followup.day3_sent_at", N, "TIMESTAMP", g.moments("2025-02-01", "2025-12-01"), "decoy"),
            c(
                "followup.week6_status",
                N,
                "VARCHAR",
                g.col(g.pick(["healed", "healing", "healing", "irritated", "no_reply", "downsized"])),
                "decoy",
            ),
            c("followup.notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD),
            c("piercer.name", "person_name", "VARCHAR", g.col(g.pick(piercers)), STAFF),
            c("studio.phone", N, "VARCHAR", [studio_phone] * g.rows, "business"),
            c("studio.lat", N, "DOUBLE", [-29.1094 + g.rnd.uniform(-0.0004, 0.0004) for _ in rows], "decoy", COORD),
            c("studio.lon", N, "DOUBLE", [26.2063 + g.rnd.uniform(-0.0004, 0.0004) for _ in rows], "decoy", COORD),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((3, 4))), "decoy"),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------


def at_dienstplan(g: Gen) -> Table:
    """A Salzburg hairdressing chain's staff rota and commissions, one row per shift (Austrian German)."""
    team = []
    for _ in range(30):
        female = g.rnd.random() < 0.75
        a, b = v.person(g, "at", female)
        born = g.birth(1968, 2008)
        place = g.rnd.choice(v.AT_PLACES)
        team.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "svnr": v.svnr(g, born),
                "street": v.street(g, v.AT_STREETS, "at"),
                "place": place,
                "ph": g.phone("AT", g.rnd.choice(["national", "national", "intl"])),
                "mail": v.email_of(g, a, b, v.DOMAINS["at"]),
                "iban": v.at_iban(g),
                "lehrling": born.year >= 2005,
                "nk": v.whole(g, "at"),
                "nk_ph": g.phone("AT", "national"),
            }
        )
    who = [g.rnd.choice(team) for _ in range(g.rows)]
    planer = v.staff(g, 2, "at")
    filialen = ["Haarwerk Nonntal", "Haarwerk Lehen", "Haarwerk Europark", "Haarwerk Hallein"]

    def anmerkung() -> str:
        return g.rnd.choice(
            [
                f"Tausch mit {v.given(g, 'at', True)} (Samstag)",
                "Berufsschulwoche - nicht einplanen",
                f"Krankenstand, Vertretung durch {v.whole(g, 'at')}",
                "Provision inkl. Verkauf Pflegeprodukte",
                "Überstunden ausbezahlt",
            ]
        )

    return Table(
        "haarwerk_salzburg.dienstplan_provisionen",
        "de",
        "snake",
        [
            c("schicht_id", N, "BIGINT", g.keys(120_001), "decoy", KEY),
            c("lohnzettel_nr", N, "VARCHAR", g.col(lambda: v.svnr_decoy(g)), "decoy", SHAPE),
            c("vorname", "first_name", "VARCHAR", [r["a"] for r in who]),
            c("nachname", "last_name", "VARCHAR", [r["b"] for r in who]),
            c("geburtsdatum", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in who]),
            c("sozialversicherungsnummer", "ssn", "VARCHAR", [r["svnr"] for r in who]),
            c("wohnadresse", "street_address", "VARCHAR", [r["street"] for r in who]),
            c("plz", "postal_code", "VARCHAR", [r["place"][1] for r in who]),
            c("wohnort", "city", "VARCHAR", [r["place"][0] for r in who]),
            c("telefon", "phone", "VARCHAR", [r["ph"] for r in who]),
            c("email", "email", "VARCHAR", [r["mail"] for r in who]),
            c("gehalts_iban", "iban", "VARCHAR", [r["iban"] for r in who]),
            c("filiale", N, "VARCHAR", g.col(g.pick(filialen)), "business"),
            c("schicht_datum", N, "DATE", g.col(lambda: g.weekday("2025-01-07", "2025-11-29")), "decoy"),
            c("schicht_von", N, "VARCHAR", g.col(g.pick(["08:00", "09:00", "10:00", "12:30", "13:00"])), "decoy"),
            c("umsatz_dienstleistung", N, "DOUBLE", g.amounts(180, 1_450), "decoy"),
            c("provisionssatz", N, "DOUBLE", g.col(g.pick([0.05, 0.08, 0.1, 0.12])), "decoy"),
            c("provision_eur", N, "DOUBLE", g.amounts(9, 170), "decoy"),
            c("lehrling", N, "VARCHAR", ["ja" if r["lehrling"] else "nein" for r in who], "decoy"),
            c("dienstplan_erstellt_von", "person_name", "VARCHAR", g.col(g.pick(planer)), STAFF),
            c("notfallkontakt", "person_name", "VARCHAR", [r["nk"] for r in who], ROLE),
            c("notfallkontakt_telefon", "phone", "VARCHAR", [r["nk_ph"] for r in who], ROLE),
            c("zusatzfeld_2", "free_text", "VARCHAR", _custom(g, "AT", "at"), CUSTOM),
            c("anmerkung", "free_text", "VARCHAR", g.sparse(anmerkung, 0.8, _words("keine", "k.A.")), NULLWORD),
        ],
    )


def fr_injections(g: Gen) -> Table:
    """A Rennes aesthetic medicine practice's medical questionnaires before injections (French)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.85
        a, b = v.person(g, "fr", female)
        born = g.birth(1955, 2006)
        married = female and g.rnd.random() < 0.25
        rows.append(
            {
                "a": a,
                "usage": v.person(g, "fr")[1] if married else b,
                "birth": b if married else None,
                "born": born,
                "nir": v.nir(g, born, female) if g.rnd.random() < 0.9 else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["fr"]),
                "place": g.rnd.choice(v.FR_PLACES),
            }
        )
    injecteurs = [f"Dr {n}" for n in v.staff(g, 2, "fr")]
    assistantes = v.staff(g, 3, "fr")

    def antecedents() -> str:
        return g.rnd.choice(
            [
                f"Herpès labial récurrent, ordonnance du Dr {v.whole(g, 'fr')}",
                "Injection d'acide hyaluronique en 2022 ailleurs",
                f"Adressée par sa sœur {v.given(g, 'fr', True)}",
                "Maladie auto-immune stabilisée",
                "Ecchymoses faciles, arrêt de l'aspirine 8 jours avant",
            ]
        )

    return Table(
        "cabinet_esthetique_rennes.questionnaires_injections",
        "fr",
        "snake",
        [
            c("id_questionnaire", N, "BIGINT", g.keys(6_001), "decoy", KEY),
            c("numero_dossier", N, "VARCHAR", g.col(lambda: v.nir_decoy(g)), "decoy", SHAPE),
            c("nom_naissance", "last_name", "VARCHAR", [r["birth"] for r in rows], HEAVY),
            c("nom_usage", "last_name", "VARCHAR", [r["usage"] for r in rows]),
            c("prenom", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("date_naissance", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("nir", "ssn", "VARCHAR", [r["nir"] for r in rows]),
            c("telephone", "phone", "VARCHAR", g.phones("FR", {"national": 0.8, "e164": 0.2}, 0.9)),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.FR_STREETS, "fr"), 0.05)),
            c("code_postal", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("ville", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("grossesse_allaitement", N, "VARCHAR", g.col(g.pick(["non", "non", "non", "non", "oui"])), "decoy"),
            c(
                "allergies_connues",
                N,
                "VARCHAR",
                g.col(g.pick(["aucune connue", "aucune connue", "lidocaïne", "latex", "pénicilline", "œuf"])),
                "decoy",
            ),
            c("antecedents", "free_text", "VARCHAR", g.sparse(antecedents, 0.8, _words("néant", "RAS")), NULLWORD),
            c(
                "produit",
                N,
                "VARCHAR",
                g.col(g.pick(["Vistabel", "Azzalure", "Bocouture", "Juvéderm Volbella", "Restylane Kysse", "Profhilo"])),
                "decoy",
            ),
            c("numero_lot", N, "VARCHAR", g.col(lambda: g.code("AA99999")), "decoy"),
            c(
                "zone_traitee",
                N,
                "VARCHAR",
                g.col(g.pick(["rides du lion", "front", "pattes d'oie", "lèvres", "sillons nasogéniens", "cernes"])),
                "decoy",
            ),
            c("medecin_injecteur", "person_name", "VARCHAR", g.col(g.pick(injecteurs)), STAFF),
            c("assistante", "person_name", "VARCHAR", g.col(g.pick(assistantes), 0.2), STAFF),
            c("medecin_traitant", "person_name", "VARCHAR", g.col(lambda: f"Dr {v.whole(g, 'fr')}", 0.25), ROLE),
            c(
                "mutuelle",
                N,
                "VARCHAR",
                g.col(g.pick(["MGEN", "Harmonie Mutuelle", "Groupama", "MAAF Santé", "Malakoff Humanis"]), 0.3),
                "business",
            ),
            c("date_consentement", N, "DATE", g.days("2025-01-06", "2025-11-28"), "decoy"),
            c("champ_libre_2", "free_text", "VARCHAR", _custom(g, "FR", "fr"), CUSTOM),
        ],
    )


def es_tatuajes(g: Gen) -> Table:
    """An Alicante tattoo studio's consent forms with age checks and healing follow-ups (Spanish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "es", female)
        born, minor = _minor(g, 0.13, 1960, 2006)
        foreign = g.rnd.random() < 0.15
        rows.append(
            {
                "a": a,
                "b": b,
                "b2": v.person(g, "es")[1],
                "born": born,
                "doc": v.nie(g) if foreign else v.dni(g),
                "mail": v.email_of(g, a, b, v.DOMAINS["es"]),
                "place": g.rnd.choice(v.ES_PLACES),
                "minor": minor,
                "session": g.day("2025-01-08", "2025-11-20"),
            }
        )
    tatuadores = v.staff(g, 4, "es")
    studio_cif = v.cif(g)
    studio_phone = g.phone("ES", "national", False)

    def observaciones() -> str:
        return g.rnd.choice(
            [
                f"Viene acompañada de su madre {v.whole(g, 'es', True)}",
                "Retoque gratuito a las 4 semanas",
                "Piel atópica, se usa tinta vegana",
                f"Diseño con el nombre de su hija {v.given(g, 'es', True)}",
                "Cicatrización lenta, revisar en 15 días",
            ]
        )

    return Table(
        "estudio_tatuaje_alicante.consentimientos",
        "es",
        "snake",
        [
            c("id_consentimiento", N, "BIGINT", g.keys(22_001), "decoy", KEY),
            c("numero_factura", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE),
            c("nombre", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("primer_apellido", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("segundo_apellido", "last_name", "VARCHAR", [r["b2"] for r in rows]),
            c("fecha_nacimiento", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("dni_nie", "national_id", "VARCHAR", [r["doc"] for r in rows]),
            c("telefono", "phone", "VARCHAR", g.phones("ES", {"national": 0.8, "e164": 0.2})),
            c("email", "email", "VARCHAR", [r["mail"] if g.rnd.random() < 0.9 else None for r in rows]),
            c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"), 0.05)),
            c("codigo_postal", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("localidad", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("menor_de_edad", N, "VARCHAR", ["Sí" if r["minor"] else "No" for r in rows], "decoy"),
            c(
                "tutor_nombre_completo",
                "person_name",
                "VARCHAR",
                [f"{v.given(g, 'es')} {r['b']} {v.person(g, 'es')[1]}" if r["minor"] else None for r in rows],
                ROLE,
                HEAVY,
            ),
            c("tutor_dni", "national_id", "VARCHAR", [v.dni(g) if r["minor"] else None for r in rows], ROLE, HEAVY),
            c(
                "zona_corporal",
                N,
                "VARCHAR",
                g.col(g.pick(["antebrazo", "hombro", "tobillo", "espalda", "costillas", "muñeca", "gemelo"])),
                "decoy",
            ),
            c(
                "diseno",
                N,
                "VARCHAR",
                g.col(g.pick(["mandala", "golondrina", "rosa realista", "lettering", "geométrico", "brújula"])),
                "decoy",
            ),
            c("tatuador", "person_name", "VARCHAR", g.col(g.pick(tatuadores)), STAFF),
            c("fecha_sesion", N, "DATE", [r["session"] for r in rows], "decoy"),
            c(
                "revision_cicatrizacion",
                N,
                "DATE",
                [r["session"] + timedelta(days=g.rnd.randint(14, 35)) if g.rnd.random() < 0.7 else None for r in rows],
                "decoy",
            ),
            c(
                "estado_cicatrizacion",
                N,
                "VARCHAR",
                g.col(g.pick(["correcta", "correcta", "costra leve", "retoque pendiente", "infección - derivado"]), 0.3),
                "decoy",
            ),
            c("cif_estudio", N, "VARCHAR", [studio_cif] * g.rows, "business", CHECK),
            c("telefono_estudio", N, "VARCHAR", [studio_phone] * g.rows, "business"),
            c("campo_libre_2", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
            c(
                "observaciones",
                "free_text",
                "VARCHAR",
                g.sparse(observaciones, 0.8, _words("ninguna", "sin observaciones")),
                NULLWORD,
            ),
        ],
    )


def pl_piercing(g: Gen) -> Table:
    """A Lublin piercing studio's consents and procedures, a parent's consent for minors (Polish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.72
        a, b = v.person(g, "pl", female)
        born, minor = _minor(g, 0.15, 1962, 2007)
        gf = g.rnd.random() < 0.7
        ga = v.person(g, "pl", gf)[0]
        gb_ = next(w if gf else m for m, w in v.PL_FAMILY if b in (m, w))
        rows.append(
            {
                "a": a,
                "mid": v.person(g, "pl", female)[0] if g.rnd.random() < 0.45 else None,
                "b": b,
                "born": born,
                "pesel": v.pesel(g, born, female),
                "mail": v.email_of(g, a, b, v.DOMAINS["pl"]),
                "place": g.rnd.choice(v.PL_PLACES),
                "minor": minor,
                "g": f"{ga} {gb_}" if minor else None,
                "g_pesel": v.pesel(g, g.birth(1968, 1990), gf) if minor else None,
            }
        )
    przekluwacze = v.staff(g, 3, "pl")
    studio_nip = v.nip(g)

    def uwagi() -> str:
        return g.rnd.choice(
            [
                f"Zgoda podpisana przez ojca, {v.whole(g, 'pl', False)}",
                "Wymiana biżuterii na krótszą po 6 tygodniach",
                "Alergia na nikiel - tylko tytan",
                f"Przyszła z koleżanką {v.given(g, 'pl', True)}",
                "Lekki obrzęk, zalecono sól fizjologiczną",
            ]
        )

    return Table(
        "studio_piercingu_lublin.zgody_zabiegi",
        "pl",
        "snake",
        [
            c("id_zabiegu", N, "BIGINT", g.keys(14_001), "decoy", KEY),
            c("numer_zamowienia", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
            c("imie", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("drugie_imie", "first_name", "VARCHAR", [r["mid"] for r in rows]),
            c("nazwisko", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("dzien_urodzenia", "date_of_birth", "INTEGER", [r["born"].day for r in rows], SPLIT_DOB),
            c("miesiac_urodzenia", "date_of_birth", "INTEGER", [r["born"].month for r in rows], SPLIT_DOB),
            c("rok_urodzenia", "date_of_birth", "INTEGER", [r["born"].year for r in rows], SPLIT_DOB),
            c("pesel", "national_id", "VARCHAR", [r["pesel"] for r in rows]),
            c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.7, "e164": 0.3})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("ulica", "street_address", "VARCHAR", g.col(g.pick(v.PL_STREETS))),
            c(
                "nr_domu",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(1, 140)}{g.rnd.choice(['', '', 'a'])}" + (f"/{g.rnd.randint(1, 60)}" if g.rnd.random() < 0.6 else "")),
                SPLIT_ADDR,
            ),
            c("kod_pocztowy", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("miejscowosc", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("opiekun_imie_nazwisko", "person_name", "VARCHAR", [r["g"] for r in rows], ROLE, HEAVY),
            c("opiekun_pesel", "national_id", "VARCHAR", [r["g_pesel"] for r in rows], ROLE, HEAVY),
            c(
                "opiekun_telefon",
                "phone",
                "VARCHAR",
                [g.phone("PL", "national") if r["minor"] else None for r in rows],
                ROLE,
                HEAVY,
            ),
            c(
                "miejsce_przeklucia",
                N,
                "VARCHAR",
                g.col(g.pick(["płatek ucha", "helix", "tragus", "nos", "pępek", "septum", "brew"])),
                "decoy",
            ),
            c("bizuteria_sku", N, "VARCHAR", g.col(lambda: g.code("BZ-TI-999-AA")), "decoy"),
            c("przekluwacz", "person_name", "VARCHAR", g.col(g.pick(przekluwacze)), STAFF),
            c("data_zabiegu", N, "DATE", g.days("2025-01-04", "2025-11-29"), "decoy"),
            c("nip_studia", N, "VARCHAR", [studio_nip] * g.rows, "business", CHECK),
            c("pole_dodatkowe_2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
            c("uwagi", "free_text", "VARCHAR", g.sparse(uwagi, 0.8, _words("brak", "b.d.")), NULLWORD),
        ],
    )


def se_stamkunder(g: Gen) -> Table:
    """A Sundsvall hairdressing chain's loyalty members and no-show fees (Swedish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.65
        a, b = v.person(g, "se", female)
        born = g.birth(1945, 2007)
        rows.append(
            {
                "a": a,
                "b": b,
                "pnr": v.personnummer(g, born, g.rnd.random() < 0.7) if g.rnd.random() < 0.88 else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["se"]),
                "place": g.rnd.choice(v.SE_PLACES),
                "ns": g.rnd.random() < 0.45,
            }
        )
    frisorer = v.staff(g, 6, "se")
    salonger = [("Klipp & Co Stenstaden", v.orgnr(g)), ("Klipp & Co Birsta", v.orgnr(g)), ("Klipp & Co Timrå", v.orgnr(g))]
    sal = [g.rnd.randrange(len(salonger)) for _ in range(g.rows)]

    def anteckning() -> str:
        return g.rnd.choice(
            [
                f"Bokar alltid ihop med dottern {v.given(g, 'se', True)}",
                "Avgift efterskänkt - sjuk",
                "Känslig hårbotten, använd parfymfritt",
                f"Presentkort från {v.whole(g, 'se')} inlöst",
                "Vill ha sms-påminnelse dagen innan",
            ]
        )

    return Table(
        "klippco_sundsvall.stamkunder_uteblivna",
        "sv",
        "snake",
        [
            c("kund_id", N, "BIGINT", g.keys(51_001), "decoy", KEY),
            c("fakturanummer", N, "VARCHAR", g.col(lambda: v.personnummer_decoy(g)), "decoy", SHAPE),
            c("personnummer", "national_id", "VARCHAR", [r["pnr"] for r in rows]),
            c("fornamn", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("efternamn", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS, "se"), 0.1)),
            c("postnummer", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("ort", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("mobilnummer", "phone", "VARCHAR", g.phones("SE", {"national": 0.75, "e164": 0.25})),
            c("epost", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("stamkortsnummer", N, "VARCHAR", g.col(lambda: "SK" + g.digits(7)), "decoy"),
            c("poang", N, "INTEGER", g.ints(0, 2_400), "decoy"),
            c("medlemsniva", N, "VARCHAR", g.col(g.pick(["Brons", "Silver", "Silver", "Guld"])), "decoy"),
            c("favoritfrisor", "person_name", "VARCHAR", g.col(g.pick(frisorer), 0.25), STAFF),
            c("salong", N, "VARCHAR", [salonger[i][0] for i in sal], "business"),
            c("salong_orgnr", N, "VARCHAR", [salonger[i][1] for i in sal], "business", CHECK),
            c("senaste_besok", N, "DATE", g.days("2024-09-01", "2025-11-29"), "decoy"),
            c(
                "uteblivet_datum",
                N,
                "DATE",
                [g.day("2024-09-01", "2025-11-29") if r["ns"] else None for r in rows],
                "decoy",
            ),
            c("avgift_kr", N, "INTEGER", [g.rnd.choice([250, 350, 500]) if r["ns"] else 0 for r in rows], "decoy"),
            c("swishnummer", "phone", "VARCHAR", g.phones("SE", {"national": 1.0}, 1.0, 0.5)),
            c("extra_falt_2", N, "VARCHAR", _codes(g, ["SMS-NEJ", "PENS", "STUD", "PERS", "VIP"]), "decoy", PLAIN),
            c("anteckning", "free_text", "VARCHAR", g.sparse(anteckning, 0.8, _words("saknas", "inget")), NULLWORD),
        ],
    )


def ja_matsuge_patch(g: Gen) -> Table:
    """A Kanazawa eyelash extension salon's patch tests and consents (romanized Japanese column names)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.95
        a, b = v.person(g, "ja", female)
        born, minor = _minor(g, 0.12, 1962, 2006)
        rows.append(
            {
                "name": f"{b} {a}",
                "kana": f"{v.JA_READ[b][0]} {v.JA_READ[a][0]}",
                "born": born,
                "mail": v.email_of(g, a, b, v.DOMAINS["ja"]),
                "place": g.rnd.choice(v.JA_PLACES),
                "minor": minor,
                "guardian": f"{b} {v.given(g, 'ja', g.rnd.random() < 0.7)}" if minor else None,
            }
        )
    tantou = v.staff(g, 4, "ja", "last")
    tenpo = [("まつげサロン 香林坊店", v.hojin_bangou(g)), ("まつげサロン 金沢駅西店", v.hojin_bangou(g))]
    ten = [g.rnd.randrange(len(tenpo)) for _ in range(g.rows)]

    def bikou() -> str:
        return g.rnd.choice(
            [
                f"母({v.given(g, 'ja', True)})同伴、同意書持参",
                "24時間後かゆみなし",
                "前回他店で腫れあり、低刺激グルー使用",
                f"紹介者:{v.whole(g, 'ja')}様",
                "コンタクトは施術前に外す",
            ]
        )

    return Table(
        "matsuge_kanazawa.pacchi_tesuto_kiroku",
        "ja",
        "romanized",
        [
            c("kiroku_id", N, "BIGINT", g.keys(700_001), "decoy", KEY),
            c("uketsuke_bangou", N, "VARCHAR", g.col(lambda: v.my_number_decoy(g)), "decoy", SHAPE),
            c("kokyaku_shimei", "person_name", "VARCHAR", [r["name"] for r in rows]),
            c("kokyaku_kana", "person_name", "VARCHAR", [r["kana"] for r in rows]),
            c(
                "seinengappi",
                "date_of_birth",
                "VARCHAR",
                [f"{r['born'].year}年{r['born'].month}月{r['born'].day}日" for r in rows],
            ),
            c("denwa_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.85, "e164": 0.15}, 0.9)),
            c("meeru_adoresu", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("yuubin_bangou", "postal_code", "VARCHAR", [f"{r['place'][1]}-{g.digits(4)}" for r in rows]),
            c("shikuchouson", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("juusho", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS), 0.1)),
            c("pacchi_tesuto_bi", N, "DATE", g.days("2025-01-06", "2025-11-28"), "decoy"),
            c("hantei_kekka", N, "VARCHAR", g.col(g.pick(["陰性", "陰性", "陰性", "陽性(軽度)", "判定保留"])), "decoy"),
            c(
                "arerugii_rireki",
                N,
                "VARCHAR",
                g.col(g.pick(["特記事項なし", "特記事項なし", "花粉症", "金属", "ラテックス", "グルー"])),
                "decoy",
            ),
            c("kontakuto_renzu", N, "VARCHAR", g.col(g.pick(["使用", "不使用", "不使用"])), "decoy"),
            c("hogosha_shimei", "person_name", "VARCHAR", [r["guardian"] for r in rows], ROLE, HEAVY),
            c(
                "hogosha_renrakusaki",
                "phone",
                "VARCHAR",
                [g.phone("JP", "national") if r["minor"] else None for r in rows],
                ROLE,
                HEAVY,
            ),
            c("tantousha", "last_name", "VARCHAR", g.col(g.pick(tantou)), STAFF),
            c("tenpo", N, "VARCHAR", [tenpo[i][0] for i in ten], "business"),
            c("houjin_bangou", N, "VARCHAR", [tenpo[i][1] for i in ten], "business", CHECK),
            c("yobi_koumoku_2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
            c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.8, _words("なし", "特になし")), NULLWORD),
        ],
    )


def gr_dorokartes(g: Gen) -> Table:
    """A Larissa beauty institute's gift vouchers, the buyer invoiced with a tax number (Greek, Greek script)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "gr", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "pat": g.rnd.choice(v.GR_PATRONYMIC),
                "mail": v.email_of(g, a, b, v.DOMAINS["gr"]),
                "place": g.rnd.choice(v.GR_PLACES),
                "issued": g.day("2024-11-15", "2025-11-30"),
            }
        )
    pwlhtries = v.staff(g, 3, "gr")
    katasthmata = [("Ινστιτούτο Αισθητικής Αύρα - Κέντρο", v.afm(g)), ("Ινστιτούτο Αισθητικής Αύρα - Νεάπολη", v.afm(g))]
    kat = [g.rnd.randrange(len(katasthmata)) for _ in range(g.rows)]

    def shmeiwseis() -> str:
        return g.rnd.choice(
            [
                f"Δώρο γενεθλίων για την {v.given(g, 'gr', True)}",
                "Παράδοση με courier στον δικαιούχο",
                f"Πληρωμή από τον σύζυγο {v.whole(g, 'gr', False)}",
                "Ανανέωση λήξης κατόπιν αιτήματος",
                "Μερική εξαργύρωση, υπόλοιπο 20 ευρώ",
            ]
        )

    return Table(
        "ινστιτούτο_αύρα_λάρισα.δωροεπιταγές",
        "el",
        "native",
        [
            c("κωδικός_εγγραφής", N, "BIGINT", g.keys(33_001), "decoy", KEY),
            c("αριθμός_παραστατικού", N, "VARCHAR", g.col(lambda: v.afm_decoy(g)), "decoy", SHAPE),
            c("αριθμός_δωροεπιταγής", N, "VARCHAR", g.col(lambda: g.code("ΔΩ-99999")), "decoy"),
            c("αγοραστής_επώνυμο", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("αγοραστής_όνομα", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("αγοραστής_πατρώνυμο", "first_name", "VARCHAR", [r["pat"] if g.rnd.random() < 0.8 else None for r in rows]),
            c("αγοραστής_αφμ", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.4)),
            c("αγοραστής_τηλέφωνο", "phone", "VARCHAR", g.phones("GR", {"national": 0.75, "e164": 0.25}, 0.9)),
            c("αγοραστής_email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("αγοραστής_διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GR_STREETS, "gr"), 0.2)),
            c("αγοραστής_τκ", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("αγοραστής_πόλη", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("δικαιούχος", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gr"), 0.1), ROLE),
            c("δικαιούχος_τηλέφωνο", "phone", "VARCHAR", g.phones("GR", {"national": 1.0}, 1.0, 0.45), ROLE),
            c(
                "δικαιούχος_ημερομηνία_γέννησης",
                "date_of_birth",
                "VARCHAR",
                g.col(lambda: v.dmy(g.birth(1950, 2006)), 0.85),
                ROLE,
                HEAVY,
            ),
            c(
                "υπηρεσία",
                N,
                "VARCHAR",
                g.col(g.pick(["Περιποίηση προσώπου", "Μανικιούρ-πεντικιούρ", "Αποτρίχωση laser", "Μασάζ", "Ελεύθερο ποσό"])),
                "decoy",
            ),
            c("ποσό", N, "DOUBLE", g.col(g.pick([20.0, 30.0, 50.0, 50.0, 80.0, 100.0])), "decoy"),
            c("ημερομηνία_λήξης", N, "DATE", [r["issued"] + timedelta(days=365) for r in rows], "decoy"),
            c("αριθμός_αποστολής", N, "VARCHAR", g.col(lambda: g.digits(10), 0.6), "decoy"),
            c("κατάστημα", N, "VARCHAR", [katasthmata[i][0] for i in kat], "business"),
            c("αφμ_καταστήματος", N, "VARCHAR", [katasthmata[i][1] for i in kat], "business", CHECK),
            c("πωλήτρια", "person_name", "VARCHAR", g.col(g.pick(pwlhtries)), STAFF),
            c("iban_επιστροφής", "iban", "VARCHAR", g.col(lambda: v.gr_iban(g), 0.85), HEAVY),
            c("πρόσθετο_πεδίο_2", "free_text", "VARCHAR", _custom(g, "GR", "gr"), CUSTOM),
            c("σημειώσεις", "free_text", "VARCHAR", g.sparse(shmeiwseis, 0.8, _words("κανένα", "-/-")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ie_artist_rota, 420),
    (gb_patch_tests, 460),
    (ca_injectable_screening, 340),
    (au_deposits_no_shows, 520),
    (us_loyalty_cobol, 640),
    (my_leads_staging, 480),
    (za_aftercare_json, 300),
    (at_dienstplan, 380),
    (fr_injections, 320),
    (es_tatuajes, 400),
    (pl_piercing, 360),
    (se_stamkunder, 560),
    (ja_matsuge_patch, 260),
    (gr_dorokartes, 340),
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
