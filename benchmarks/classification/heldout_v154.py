"""Held-out set v154 for the column classifier: 14 tables of *immigration, visas and citizenship* (immigration law
firms' and migration agents' client intake, employer sponsorship and work permits, visa and residence applications,
citizenship by descent with translations of civil documents, residence permit renewals, biometrics appointments,
relocation of employees' spouses and dependants), one system per table and each a different organisation in a
different country, seven with English column names and seven in Swiss German, Brazilian Portuguese, Argentine Spanish,
Czech, romanized Japanese (values in katakana, kanji and passport capitals), Russian (Cyrillic names and values) and
Swedish:

* ``swanriver_migration.client_intake``: a Perth registered migration agent's client intake (snake case: the birth
  date split into ``dob_day``, ``dob_month`` and ``dob_year``, passports of several countries, TFN mostly NULL,
  suburbs, current and intended visa subclasses, visa grant numbers, sponsoring employers, the partner, agents, form
  IPs, a card on file mostly NULL, client file references spaced like a TFN and failing its check, ``misc_1`` holding
  personal data, agent notes mostly NULL words);
* ``prairiegate_imm.prApplications``: a Winnipeg immigration consultancy's provincial nominee and permanent residence
  applications (camel case: ISO birth dates, UCI, passports, SINs mostly of the 9 series of temporary residents,
  neighbourhoods and postal codes, the spouse and the spouse's UCI mostly NULL, employers and their phones, biometrics
  dates, consultants, IPs, file numbers written like a SIN and failing Luhn, ``customField2`` codes only);
* ``BrumSponsorLaw.SkilledWorkerCases``: a Birmingham immigration solicitors' Skilled Worker sponsorship cases
  (Pascal case: middle names, a previous surname mostly NULL, DATE birth dates, nationality, passports, BRP numbers,
  National Insurance numbers, GWF references and certificate of sponsorship numbers, sponsors with their licence
  numbers and HR phones, occupation codes, salaries, biometrics appointments, fee earners and supervising solicitors,
  ``Udf3``, file notes);
* ``lmk_immlaw.irp_rnwl``: a Limerick immigration solicitor's residence permission renewals and stamp changes
  (abbreviated: ``cli_fnm``, ``cli_dob`` as ``dd/mm/yyyy`` text, ``cli_ppsn``, ``irp_card_no``, ``ppt_no``,
  ``ctc_ph``, ``addr_ln1``, ``addr_ln2`` an estate name mostly NULL, ``addr_area``, ``eircd``, stamps and their
  expiry, employers and their phones, a dependant, solicitors, case references of seven digits and a letter failing
  the PPS check, ``udf3`` codes only, ``lst_upd_by`` the last editor's login);
* ``NJIMMIG.PETITION_EXTRACT``: a Newark immigration law firm's employment-based petition extract, a COBOL file
  (legacy: padded CHAR, the middle name, SSN and phone as numbers with 0 for missing, A-numbers half blank, the birth
  and receipt dates as ``YYYYMMDD`` integers, ZIP as a number, passports and country of birth, USCIS receipt and I-94
  numbers, employers with their EIN, the spouse written ``SURNAME, GIVEN`` and the spouse's ITIN mostly NULL, a
  filing-fee card kept in clear mostly NULL, order numbers of nine digits failing the SSN check, paralegals,
  ``PET-USER-FLD-2`` holding personal data, ``PET-USER-FLD-3`` codes);
* ``stg_doaba_visa.src_crm_leads_raw``: a Jalandhar study-visa consultancy's leads landed from its CRM as an opaque
  staging table (``col01`` to ``col20``: whole names, some in capitals, ``dd-mm-yyyy`` birth dates, Indian passports,
  Aadhaar, PAN whose fifth letter is the surname's initial, towns and PIN codes, destination countries, IELTS bands,
  file numbers of twelve digits failing Aadhaar's Verhoeff check, the father's name, colleges applied to, IPs, a
  custom field with personal data, counsellors, timestamps);
* ``durban_visa_app.visa_files_json``: a Durban immigration practitioner's visa and permit files flattened from JSON
  to dotted keys (``applicant.name.first``, foreign passports and nationalities, ``applicant.address.suburb``, visa
  categories, VFS references, the biometrics centre and its coordinates, the South African sponsor of spousal and
  relative's visas with their ID number encoding ``sponsor.birth_date``, invoice numbers of thirteen digits failing
  the ID number's check, ``meta.ip``, ``meta.app_version``, ``meta.custom2``, ``staff.practitioner``, case notes);
* ``relocation_zug.bewilligungsgesuche``: a Zug relocation agency's residence and work permit applications for
  expatriate employees (Swiss German: ``dd.mm.yyyy`` birth dates, AHV numbers, ZEMIS numbers, passports, permit
  categories, foreigner's identity card numbers, the rented new home's address, PLZ and Ort, employers and their UID,
  the spouse, the salary IBAN, relocation consultants, dossier numbers written like an AHV number and failing its
  check, ``zusatzfeld_2``, remarks);
* ``cidadania_curitiba.processos_cidadania``: a Curitiba consultancy's Italian citizenship-by-descent files with sworn
  translations of civil documents (Brazilian Portuguese: CPF, RG, ``dd/mm/yyyy`` birth dates, ``logradouro``,
  ``numero`` and ``complemento`` apart, ``bairro``, ``cidade``, CEP, the Italian ancestor and the comune of their birth,
  sworn translators, the consultant known by her first name, protocol numbers written like a CPF and failing its
  check, ``campo_extra_1`` codes only);
* ``estudio_migratorio_cba.radicaciones``: a Córdoba immigration law office's residence filings for Venezuelan,
  Peruvian and Colombian clients (Argentine Spanish: one or two given names and surnames, passports, the foreigner's
  DNI in the 92 to 96 millions and the CUIL built from it, residence types, DNM case files, barrios and postal codes,
  the spouse, biometrics appointments, a CBU for fees mostly NULL, lawyers, procedure numbers written like a CUIL and
  failing its check, ``campo_libre_2``);
* ``agentura_brno.zamestnanecke_karty``: a Brno employment agency's employee card applications for foreign workers
  (Czech: Ukrainian, Filipino, Vietnamese, Mongolian and Kazakh workers, ``d.m.yyyy`` birth dates, passports,
  residence card numbers, rodné číslo of the few who have one, reference numbers of the ministry's office,
  ``ulice`` and ``cislo_popisne`` apart, employers and their IČO, positions, biometrics appointments, coordinators,
  contract numbers written like birth numbers failing the check, ``doplnkove_pole_2``);
* ``nagoya_gyousei.zairyu_shinsei``: a Nagoya administrative scrivener's residence status applications (romanized
  Japanese column names: the client's name in katakana (``shimei_katakana``) and as in the passport
  (``shimei_romaji``), ``seinengappi`` as ``yyyy/mm/dd`` text, residence card numbers, passports, status of residence
  and its expiry, the Japanese spouse in kanji and their My Number, both mostly NULL, employers and their phones,
  the account number, staff by family name (``tantousha``), application numbers failing My Number's check,
  ``yobi_koumoku_2``);
* ``миграционный_центр_казань.патенты_иностранцев``: a Kazan migration services centre's work patents and migration
  registrations of workers from Uzbekistan, Tajikistan and Kyrgyzstan (Russian, Cyrillic column names and values: the
  family name, given name and patronymic, ``dd.mm.yyyy`` birth dates, the foreign passport, personal INN, SNILS,
  migration card and patent numbers, the registration address, the host (``принимающая_сторона``), employers and
  their INN, inspectors written ``Фамилия И. О.``, case numbers of twelve digits failing the personal INN's check,
  ``доп_поле_2``, remarks);
* ``relokering_gbg.arbetstillstand``: a Gothenburg relocation firm's work permit cases (Swedish column names and
  values: ISO birth dates as Sweden writes them, citizenship in Swedish, passports, personnummer once registered,
  the rented home's address, postnummer and ort, employers and their organisationsnummer, permit types, the
  accompanying spouse, the salary IBAN, case handlers, assignment numbers written ``YYMMDD-NNNN`` failing the Luhn
  check, the Migration Agency's case numbers, ``extra_falt_2`` codes only).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (the module docstring, import block, ``SETS`` entry and ``--db`` help of
``heldout_v2_accuracy.py``, read and edited, never run), v152's two modules (whose generic ``Gen`` helpers were
copied here) and test (the model of this set's test), ``tests/heldout_support.py``, the module docstrings of v98,
v146, v152, v104 and v113 in full, the other sets' docstrings searched only for this domain's words (immigration,
visa, citizenship, naturalisation, consulate, permit, biometrics, relocation, translation, sponsor, passport, UCI),
the ``Column``/``Table`` classes of v2, the ruff section of ``pyproject.toml`` and the sources and function lists of
python-stdnum and phonenumbers. Earlier sets with immigration systems (v52's Madrid law firm, v64's El Paso legal
aid clinic, v70's Cambridge sponsorship tracker, v104's São Paulo consulate and Utrecht naturalisation ceremonies,
v113's Vancouver work permit files, v114's relocation firms, v118's translation offices) led this set to other towns
and organisations; every organisation here is invented. No ``ruff format`` was run. The classifier was not run on
this set while it was written, no scorer was run on it, and no score was looked at (the test builds the set through
the scorer's ``SETS`` entry, as v152's test does, and never classifies).

Labeling choices a reader may question:

* a Canadian SIN, an Irish PPSN, a US SSN, a UK National Insurance number, a Swiss AHV number and a Russian SNILS are
  ``ssn``; passports of every country, a TFN, a US ITIN, Aadhaar, PAN, the South African ID number, CPF, RG, the
  Argentine DNI and CUIL, rodné číslo, My Number, the personal INN and personnummer are ``national_id``, as are the
  numbers an immigration authority issues to one person and keeps for life or for a residence card (tag
  ``immigration_id``: an IRCC UCI, a USCIS A-number, a BRP, an Irish IRP card, a ZEMIS number, a Swiss foreigner's
  identity card, a Czech residence card, a Japanese residence card; like v104's V-number and v113's UCI and residence
  card); foreign passports in one Russian column (Uzbek, Tajik, Kyrgyz) are ``national_id`` (tag
  ``multi_document``); passports, UCI, A-numbers, BRP, IRP, ZEMIS and residence cards are generated by shape only;
  the SNILS check is computed here (python-stdnum has no SNILS module);
* numbers that name an application, a document or a case rather than the person are ``none`` (tag ``decoy``,
  ``value_shape`` when shaped like an identifier), as v113 labeled work permit, LMIA and visa grant numbers: visa
  grant numbers, GWF references, certificates of sponsorship, USCIS receipt numbers, I-94 numbers, VFS references,
  DNM case files, the Czech ministry's reference numbers, Russian migration card and patent numbers, the Swedish
  Migration Agency's case numbers, and file, application, order, protocol, procedure, contract, assignment and
  invoice numbers (eleven of these fail the check of the personal number they look like: TFN, SIN, SSN, Aadhaar,
  South African ID, AHV, CPF, CUIL, rodné číslo, My Number, personal INN, besides the PPS-shaped and the
  personnummer-shaped ones); visa subclasses, stamps, permit categories, statuses of residence and their expiry
  dates, nationalities, occupation codes, salaries, CRS scores and IELTS bands are ``none``;
* sponsors and employers with their phones, licence numbers, EIN, UID, IČO, company INN and organisationsnummer
  (passing their checks), colleges, VFS centres and their coordinates are ``none`` (tags
  ``business``, ``check_digit``, ``coordinates``);
* migration agents, consultants, fee earners and supervising solicitors, paralegals, counsellors, practitioners,
  relocation consultants, sworn translators, lawyers, coordinators, inspectors and case handlers are staff
  (``person_name``, tag ``staff``; ``tantousha`` kept by family name is ``last_name``, the Curitiba consultant known
  by her first name is ``first_name``); partners, spouses, dependants, the South African sponsor (with their ID
  number and birth date), the father in the Indian leads, the Italian ancestor (a dead person named in a living
  client's file), the Russian host and the accompanying spouse are personal (tag ``role_word``);
* ``SURNAME, GIVEN`` in one COBOL column, a katakana name with the family name first, the passport's romanized name
  and a Japanese spouse's kanji name are ``person_name``; middle names and the Russian patronymic are
  ``first_name``; a previous surname and two Argentine surnames in one column are ``last_name``;
* the home a relocated client rents in Zug or Gothenburg is theirs: its street, postcode and town are
  ``street_address``, ``postal_code`` and ``city`` (tag ``premises``); a suburb, a Winnipeg neighbourhood, a Limerick
  area, a Durban suburb, a bairro and a barrio are ``city`` (tag ``locality``), as are a Japanese municipality and the
  Italian comune where an ancestor was born; an Irish estate name in ``addr_ln2``, a Brazilian ``numero`` and
  ``complemento`` and a Czech ``cislo_popisne`` are ``street_address`` (tag ``split_address``);
* dates of birth as DATE, as ISO, ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yyyy``, ``d.m.yyyy`` and ``yyyy/mm/dd``
  text, as ``YYYYMMDD`` integers (0 for missing) and split into day, month and year integers (each part
  ``date_of_birth``, tag ``split_dob``) are ``date_of_birth``; receipt, biometrics, appointment and expiry dates and
  timestamps are ``none``;
* a card on file and a filing-fee card kept in clear are ``credit_card``; Swiss and Swedish salary IBANs are ``iban``;
  an Argentine CBU and a Japanese account number are ``unclassified`` (tag ``bank_account``, as earlier sets labeled
  domestic accounts); an editor's login is ``unclassified`` (tag ``username``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding codes only are ``none`` (tags ``decoy`` and ``custom_plain``); notes and remarks naming people are
  ``free_text``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; rows per table: 260 to 560.
Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v154_values`, written for v154 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v154 [PATH]`` (default ``/tmp/heldout_v154.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v154``.

Slip: the brief was read with a listing of its directory in the same command, which showed the names of the other
briefs there (none was opened); a ``grep`` of ``heldout_v2_accuracy.py`` for the registration's lines also printed
the one-line docstrings of four of its functions (that the API path calls ``classify_table`` with the whole table as
sample, that the CLI path runs ``governance-dagster classify ... --json``, that metrics are computed over expected
and given kinds and states, that a set is built, classified and scored), and a ``sed`` of the import block printed
the ``GOALS`` constant after it (the same goals the module docstring states); nothing else of the scorer was read,
and nothing about how the classifier decides was seen.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v154_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v154_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v154.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # agents, consultants, solicitors, paralegals, translators, inspectors (2 to 8 distinct)
ROLE = "role_word"  # a role word (partner, spouse, dependant, sponsor, ancestor, host, father ...) holding people
PREMISES = "premises"  # the home a relocated client rents (the occupant's address)
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a suburb, a neighbourhood, a barrio, a bairro (city)
COORD = "coordinates"
IMMIG = "immigration_id"  # a person's number an immigration authority issues (UCI, A-number, ZEMIS, BRP, card)
MULTI_DOC = "multi_document"  # identity documents of several types in one column (national_id)
USERNAME = "username"
BANK = "bank_account"  # a domestic bank account (unclassified)
CHECK = "check_digit"  # a business's number passing its own check (none)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "none", "NULL") + extra


def _custom(
    g: Gen, region: str, lang: str, null: float = 0.3, fmt: str = "national", dom: str | None = None
) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    domains = v.DOMAINS[dom or lang.split("_")[0]]

    def one() -> str:
        r = g.rnd.random()
        if r < 0.42:
            return g.phone(region, g.rnd.choice([fmt, "e164"]))
        if r < 0.72:
            return v.email_of(g, *v.person(g, lang), domains)
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


AU_VISAS = [
    "500 Student",
    "485 Temporary Graduate",
    "482 Skills in Demand",
    "820 Partner (onshore)",
    "600 Visitor",
    "407 Training",
    "491 Skilled Work Regional",
    "Bridging A",
]
AU_INTENDED = ["190 Skilled Nominated", "189 Skilled Independent", "186 ENS", "820/801 Partner", "482 SID", "491 SWR"]


def au_client_intake(g: Gen) -> Table:
    """A Perth registered migration agent's client intake (snake case)."""
    countries = ["IN", "PH", "ZW", "NP", "VN", "CN", "GB"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "au", female)
        cty = g.rnd.choice(countries)
        partner = g.rnd.random() < 0.45
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1978, 2005),
                "cty": cty,
                "ppt": v.passport(g, cty),
                "mail": v.email_of(g, a, b, v.DOMAINS["au"]),
                "place": g.rnd.choice(v.AU_PLACES),
                "partner": f"{v.given(g, 'au', not female)} {b if g.rnd.random() < 0.6 else v.person(g, 'au')[1]}"
                if partner
                else None,
            }
        )
    agents = v.staff(g, 3, "au")
    employers = [
        "Fiona Stanley Hospital",
        "Chevron Australia",
        "Mercy Aged Care Perth",
        "BGC Contracting",
        "Curtin University",
        "Sushi Izu Pty Ltd",
        "Wesfarmers",
        "Bunbury Regional Care",
    ]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Partner {v.whole(g, 'au')} to send police clearance from home country",
                "Skills assessment lodged with ACS, awaiting outcome",
                f"Spoke to {v.given(g, 'au')} re English test - PTE booked",
                "Section 48 bar applies - advised offshore application",
                "Health exam referral letter issued",
                f"Employer contact {v.whole(g, 'au', True)} confirmed nomination position",
            ]
        )

    return Table(
        "swanriver_migration.client_intake",
        "en",
        "snake",
        [
            c("intake_id", N, "BIGINT", g.keys(40_100_001), "decoy", KEY),
            c("client_file_ref", N, "VARCHAR", g.col(lambda: v.tfn_decoy(g)), "decoy", SHAPE),
            c("given_names", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("family_name", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("dob_day", "date_of_birth", "INTEGER", [r["born"].day for r in rows], SPLIT_DOB),
            c("dob_month", "date_of_birth", "INTEGER", [r["born"].month for r in rows], SPLIT_DOB),
            c("dob_year", "date_of_birth", "INTEGER", [r["born"].year for r in rows], SPLIT_DOB),
            c("passport_number", "national_id", "VARCHAR", [r["ppt"] for r in rows]),
            c("passport_country", N, "VARCHAR", [r["cty"] for r in rows], "decoy"),
            c("tfn", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.8), HEAVY),
            c("mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.3, "intl": 0.1})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("residential_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
            c("suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("postcode", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("current_visa_subclass", N, "VARCHAR", g.col(g.pick(AU_VISAS), 0.05), "decoy"),
            c("visa_grant_number", N, "VARCHAR", g.col(lambda: "0" + g.digits(12), 0.2), "decoy", SHAPE),
            c("intended_visa", N, "VARCHAR", g.col(g.pick(AU_INTENDED)), "decoy"),
            c("sponsoring_employer", N, "VARCHAR", g.col(g.pick(employers), 0.4), "business"),
            c("partner_name", "person_name", "VARCHAR", [r["partner"] for r in rows], ROLE),
            c("agent_name", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
            c("form_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("card_on_file", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.84), HEAVY),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
            c("agent_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def ca_pr_applications(g: Gen) -> Table:
    """A Winnipeg immigration consultancy's permanent residence applications through the provincial nominee
    programme (camel case)."""
    countries = ["IN", "NG", "UA", "PH"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ca", female)
        spouse = g.rnd.random() < 0.5
        place = g.rnd.choice(v.CA_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1976, 2002),
                "ppt": v.passport(g, g.rnd.choice(countries)),
                "mail": v.email_of(g, a, b, v.DOMAINS["ca"]),
                "place": place,
                "pc": f"{place[1]} {g.code('9A9')}",
                "spouse": f"{v.given(g, 'ca', not female)} {b}" if spouse else None,
                "s_uci": v.uci(g) if spouse and g.rnd.random() < 0.5 else None,
            }
        )
    employers = [
        ("Maple Leaf Foods Brandon", g.phone("CA", "national", False)),
        ("Manitoba Shared Health", g.phone("CA", "national", False)),
        ("New Flyer Industries", g.phone("CA", "national", False)),
        ("Red River Co-op", g.phone("CA", "national", False)),
        ("Boeing Canada Winnipeg", g.phone("CA", "national", False)),
        ("Bison Transport", g.phone("CA", "national", False)),
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    consultants = v.staff(g, 4, "ca")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Spouse {v.whole(g, 'ca')} needs updated IELTS",
                "LAA received, eAPR invitation pending",
                f"Support letter from cousin {v.whole(g, 'ca', True)} in Brandon",
                "Medical exam done, passport request expected",
                "Settlement funds proof short - asked for 6 months statements",
            ]
        )

    return Table(
        "prairiegate_imm.prApplications",
        "en",
        "camel",
        [
            c("applicationId", N, "BIGINT", g.keys(7_300_001), "decoy", KEY),
            c("fileNumber", N, "VARCHAR", g.col(lambda: v.sin_decoy(g)), "decoy", SHAPE),
            c("principalFirstName", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("principalLastName", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("dateOfBirth", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("uciNumber", "national_id", "VARCHAR", g.col(lambda: v.uci(g), 0.05), IMMIG),
            c("passportNumber", "national_id", "VARCHAR", [r["ppt"] for r in rows]),
            c("sinNumber", "ssn", "VARCHAR", g.col(lambda: v.sin(g, g.rnd.random() < 0.8), 0.3)),
            c("mobilePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2})),
            c("emailAddress", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
            c("neighbourhood", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("postalCode", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
            c(
                "mpnpStream",
                N,
                "VARCHAR",
                g.col(g.pick(["Skilled Worker in Manitoba", "Skilled Worker Overseas", "International Education",
                              "Business Investor"])),
                "decoy",
            ),
            c("crsScore", N, "INTEGER", g.ints(320, 560, 0.2), "decoy"),
            c("spouseFullName", "person_name", "VARCHAR", [r["spouse"] for r in rows], ROLE),
            c("spouseUci", "national_id", "VARCHAR", [r["s_uci"] for r in rows], ROLE, IMMIG, HEAVY),
            c("employerName", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
            c("employerPhone", N, "VARCHAR", [employers[i][1] for i in emp], "business"),
            c("biometricsDate", N, "DATE", g.col(lambda: g.weekday("2025-01-06", "2025-11-28"), 0.3), "decoy"),
            c("consultant", "person_name", "VARCHAR", g.col(g.pick(consultants)), STAFF),
            c("submittedFromIp", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c(
                "customField2",
                N,
                "VARCHAR",
                _codes(g, ["MPNP-SWM", "EE-LINK", "REFUSAL-PRIOR", "PFL", "RUSH"], 0.45),
                "decoy",
                PLAIN,
            ),
            c("caseNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "n/a")), NULLWORD),
        ],
    )


def gb_skilled_worker(g: Gen) -> Table:
    """A Birmingham immigration solicitors' Skilled Worker sponsorship cases for employers (Pascal case)."""
    countries = ["NG", "ZW", "IN", "PK", "PH"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "gb", female)
        place = g.rnd.choice(v.GB_PLACES)
        rows.append(
            {
                "a": a,
                "mid": v.given(g, "gb", female) if g.rnd.random() < 0.4 else None,
                "b": b,
                "prev": v.person(g, "gb")[1] if female and g.rnd.random() < 0.3 else None,
                "born": g.birth(1972, 2003),
                "cty": g.rnd.choice(countries),
                "mail": v.email_of(g, a, b, v.DOMAINS["gb"]),
                "place": place,
            }
        )
    sponsors = [
        ("Heartlands Care Homes Ltd", "2KX7T91QA"),
        ("Sandwell Community NHS Trust", "4PL2R77BD"),
        ("Balti Triangle Restaurants Ltd", "2HD9W31KM"),
        ("Midland Logistics Group plc", "3TR8Y56PC"),
        ("Edgbaston Dental Partners", "2QB4N88XV"),
        ("Solihull Domiciliary Care", "4MW6C12RT"),
    ]
    sponsor_phone = {name: g.phone("GB", "national", False) for name, _ in sponsors}
    sp = [g.rnd.randrange(len(sponsors)) for _ in range(g.rows)]
    fee_earners = v.staff(g, 5, "gb")
    supervisors = v.staff(g, 2, "gb")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Dependant partner {v.whole(g, 'gb')} applying separately",
                "CoS assigned, awaiting TB certificate",
                f"HR contact {v.whole(g, 'gb', True)} to confirm salary uplift",
                "English language exempt - majority English speaking country",
                "Biometrics rebooked, UKVCAS Birmingham full",
            ]
        )

    return Table(
        "BrumSponsorLaw.SkilledWorkerCases",
        "en",
        "pascal",
        [
            c("CaseId", N, "BIGINT", g.keys(52_001), "decoy", KEY),
            c("GwfReference", N, "VARCHAR", g.col(lambda: "GWF0" + g.digits(8)), "decoy", SHAPE),
            c("CosNumber", N, "VARCHAR", g.col(lambda: g.code("C2ZZZZZZZ9A")), "decoy", SHAPE),
            c("WorkerForename", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("WorkerMiddleNames", "first_name", "VARCHAR", [r["mid"] for r in rows]),
            c("WorkerSurname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("PreviousSurname", "last_name", "VARCHAR", [r["prev"] for r in rows], HEAVY),
            c("DateOfBirth", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("Nationality", N, "VARCHAR", [r["cty"] for r in rows], "decoy"),
            c("PassportNumber", "national_id", "VARCHAR", [v.passport(g, r["cty"]) for r in rows]),
            c("BrpNumber", "national_id", "VARCHAR", g.col(lambda: v.brp(g), 0.35), IMMIG),
            c("NiNumber", "ssn", "VARCHAR", g.col(lambda: v.gb_nino(g), 0.3)),
            c("WorkerMobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "intl": 0.2, "e164": 0.1})),
            c("WorkerEmail", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
            c("Postcode", "postal_code", "VARCHAR", [f"{r['place'][1]} {g.code('9AA')}" for r in rows]),
            c("SponsorName", N, "VARCHAR", [sponsors[i][0] for i in sp], "business"),
            c("SponsorLicenceNumber", N, "VARCHAR", [sponsors[i][1] for i in sp], "business"),
            c("SponsorHrPhone", N, "VARCHAR", [sponsor_phone[sponsors[i][0]] for i in sp], "business"),
            c(
                "SocCode",
                N,
                "VARCHAR",
                g.col(g.pick(["6135 Care workers", "2231 Nurses", "5434 Chefs", "2253 Dental practitioners",
                              "8211 Large goods vehicle drivers"])),
                "decoy",
            ),
            c("AnnualSalary", N, "DOUBLE", g.amounts(23_200, 52_000), "decoy"),
            c("BiometricsAppointment", N, "TIMESTAMP", g.moments("2025-01-06", "2025-12-12", 0.2, 8, 17), "decoy"),
            c("FeeEarner", "person_name", "VARCHAR", g.col(g.pick(fee_earners)), STAFF),
            c("SupervisingSolicitor", "person_name", "VARCHAR", g.col(g.pick(supervisors)), STAFF),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c("FileNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("n/a", "N/A")), NULLWORD),
        ],
    )


IE_ESTATES = ["Hazelwood Estate", "Monaleen Park", "Kilmurry Village", "Courtbrack Avenue", "Elm Park", "Ballykeeffe"]


def ie_irp_renewals(g: Gen) -> Table:
    """A Limerick immigration solicitor's residence permission renewals and stamp changes (abbreviated)."""
    countries = ["BR", "IN", "PK", "CN"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ie", female)
        place = g.rnd.choice(v.IE_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1975, 2005),
                "ppt": v.passport(g, g.rnd.choice(countries)),
                "mail": v.email_of(g, a, b, v.DOMAINS["ie"]),
                "place": place,
                "eir": f"{place[1]} {g.code('A9A9').replace('O', 'P').replace('I', 'K')}",
                "dep": f"{v.given(g, 'ie', not female)} {b}" if g.rnd.random() < 0.4 else None,
            }
        )
    employers = [
        ("Analog Devices Limerick", g.phone("IE", "national", False)),
        ("University Hospital Limerick", g.phone("IE", "national", False)),
        ("Dell Technologies Raheen", g.phone("IE", "national", False)),
        ("Cook Medical", g.phone("IE", "national", False)),
        ("Regeneron Ireland", g.phone("IE", "national", False)),
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    solicitors = v.staff(g, 3, "ie")
    logins = sorted({f"{v.latin(v.given(g, 'ie'))[0]}{v.latin(v.person(g, 'ie')[1])}" for _ in range(6)})
    return Table(
        "lmk_immlaw.irp_rnwl",
        "en",
        "abbrev",
        [
            c("rnwl_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
            c("case_ref", N, "VARCHAR", g.col(lambda: v.pps_decoy(g)), "decoy", SHAPE),
            c("cli_fnm", "first_name", "VARCHAR", [r["a"] for r in rows], ABBREV),
            c("cli_lnm", "last_name", "VARCHAR", [r["b"] for r in rows], ABBREV),
            c("cli_dob", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows], ABBREV),
            c("cli_ppsn", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.15), ABBREV),
            c("irp_card_no", "national_id", "VARCHAR", g.col(lambda: g.code("A") + g.digits(8), 0.1), IMMIG, ABBREV),
            c("ppt_no", "national_id", "VARCHAR", [r["ppt"] for r in rows], ABBREV),
            c(
                "stmp_cur",
                N,
                "VARCHAR",
                g.col(g.pick(["Stamp 1", "Stamp 1G", "Stamp 2", "Stamp 3", "Stamp 4", "Stamp 1 CSEP"])),
                "decoy",
                ABBREV,
            ),
            c("stmp_exp_dt", N, "DATE", g.days("2025-02-01", "2027-06-30"), "decoy", ABBREV),
            c("ctc_ph", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "e164": 0.25, "intl": 0.15}), ABBREV),
            c("ctc_eml", "email", "VARCHAR", [r["mail"] for r in rows], ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie")), ABBREV),
            c(
                "addr_ln2",
                "street_address",
                "VARCHAR",
                g.col(g.pick(IE_ESTATES), 0.8),
                SPLIT_ADDR,
                ABBREV,
                HEAVY,
            ),
            c("addr_area", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, ABBREV),
            c("eircd", "postal_code", "VARCHAR", [r["eir"] for r in rows], ABBREV),
            c("emp_nm", N, "VARCHAR", [employers[i][0] for i in emp], "business", ABBREV),
            c("emp_ph", N, "VARCHAR", [employers[i][1] for i in emp], "business", ABBREV),
            c("dep_nm", "person_name", "VARCHAR", [r["dep"] for r in rows], ROLE, ABBREV),
            c("sol_nm", "person_name", "VARCHAR", g.col(g.pick(solicitors)), STAFF, ABBREV),
            c("fee_amt", N, "DOUBLE", g.col(g.pick([300.0, 450.0, 650.0, 850.0])), "decoy", ABBREV),
            c("udf3", N, "VARCHAR", _codes(g, ["GNIB-OLD", "REACT", "DEP-JOIN", "CSEP", "LTR"], 0.5), "decoy", PLAIN),
            c("lst_upd_by", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
        ],
    )


def us_petition_cobol(g: Gen) -> Table:
    """A Newark immigration law firm's employment-based petition extract, a COBOL file (padded CHAR, numbers for
    dates, phones and ZIP codes)."""
    countries = ["IN", "KR", "BR", "CN"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "us", female)
        spouse = g.rnd.random() < 0.5
        rows.append(
            {
                "a": a,
                "b": b,
                "mid": v.given(g, "us", female).upper() if g.rnd.random() < 0.35 else None,
                "cty": g.rnd.choice(countries),
                "place": g.rnd.choice(v.US_PLACES),
                "spouse": f"{b.upper()}, {v.given(g, 'us', not female).upper()}" if spouse else None,
                "itin": v.itin(g) if spouse and g.rnd.random() < 0.4 else None,
                "rcpt": g.weekday("2024-10-01", "2025-11-28"),
            }
        )
    employers = [
        ("PRUDENTIAL FINANCIAL INC", v.ein(g)),
        ("COGNIZANT TECHNOLOGY SOLUTIONS", v.ein(g)),
        ("NEWARK BETH ISRAEL MED CTR", v.ein(g)),
        ("PANASONIC CORP OF NA", v.ein(g)),
        ("NJIT", v.ein(g)),
        ("AUDIBLE INC", v.ein(g)),
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    paralegals = [s.upper() for s in v.staff(g, 4, "us")]
    return Table(
        "NJIMMIG.PETITION_EXTRACT",
        "en",
        "cobol",
        [
            c("PET-FILE-NO", N, "VARCHAR", [f"{n:08d}" for n in g.keys(30_710_001, 7)], "decoy", KEY, LEGACY),
            c("PET-ORDER-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE, LEGACY),
            c("BEN-LAST-NM", "last_name", "VARCHAR", _pad([r["b"].upper() for r in rows], 20), LEGACY),
            c("BEN-FIRST-NM", "first_name", "VARCHAR", _pad([r["a"].upper() for r in rows], 15), LEGACY),
            c("BEN-MID-NM", "first_name", "VARCHAR", _pad([r["mid"] for r in rows], 15), LEGACY),
            c("BEN-SSN", "ssn", "BIGINT", [int(v.us_ssn(g)) if g.rnd.random() < 0.6 else 0 for _ in rows], LEGACY),
            c("BEN-A-NUMBER", "national_id", "VARCHAR", _pad(g.col(lambda: v.a_number(g), 0.5), 10), IMMIG, LEGACY),
            c(
                "BEN-DOB",
                "date_of_birth",
                "INTEGER",
                [_ymd(g.birth(1970, 2001)) if g.rnd.random() < 0.97 else 0 for _ in rows],
                LEGACY,
            ),
            c("BEN-PPT-NO", "national_id", "VARCHAR", _pad([v.passport(g, r["cty"]) for r in rows], 12), LEGACY),
            c("BEN-COB", N, "VARCHAR", _pad([r["cty"] for r in rows], 3), "decoy", LEGACY),
            c(
                "BEN-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits")) if g.rnd.random() < 0.9 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "BEN-EMAIL",
                "email",
                "VARCHAR",
                _pad([v.email_of(g, r["a"], r["b"], v.DOMAINS["us"]).upper() for r in rows], 40),
                LEGACY,
            ),
            c(
                "BEN-ADDR-1",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: v.street(g, v.US_STREETS, "us")), 30),
                LEGACY,
            ),
            c("BEN-CITY", "city", "VARCHAR", _pad([r["place"][0] for r in rows], 18), LEGACY),
            c("BEN-ZIP", "postal_code", "INTEGER", [int(r["place"][1]) for r in rows], LEGACY),
            c(
                "RCPT-NO",
                N,
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["EAC", "WAC", "IOE", "LIN", "SRC"]) + g.digits(10), 0.1),
                "decoy",
                SHAPE,
                LEGACY,
            ),
            c("RCPT-DT", N, "INTEGER", [_ymd(r["rcpt"]) for r in rows], "decoy", LEGACY),
            c("I94-NO", N, "VARCHAR", g.col(lambda: g.digits(11), 0.2), "decoy", SHAPE, LEGACY),
            c("EMPLR-NAME", N, "VARCHAR", _pad([employers[i][0] for i in emp], 30), "business", LEGACY),
            c("EMPLR-FEIN", N, "VARCHAR", [employers[i][1] for i in emp], "business", CHECK, LEGACY),
            c("DEP-SPOUSE-NM", "person_name", "VARCHAR", _pad([r["spouse"] for r in rows], 30), ROLE, LEGACY),
            c("DEP-SPOUSE-ITIN", "national_id", "VARCHAR", [r["itin"] for r in rows], ROLE, LEGACY, HEAVY),
            c("FEE-CARD-NO", "credit_card", "VARCHAR", g.col(lambda: v.card(g, False), 0.82), LEGACY, HEAVY),
            c("PET-PARALEGAL", "person_name", "VARCHAR", _pad(g.col(g.pick(paralegals)), 20), STAFF, LEGACY),
            c(
                "PET-USER-FLD-2",
                "free_text",
                "VARCHAR",
                _pad(_custom(g, "US", "us", 0.3, "digits"), 40),
                CUSTOM,
                LEGACY,
            ),
            c(
                "PET-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(_codes(g, ["PREM", "RFE", "CAP-EXEMPT", "AC21", "PERM"], 0.5), 10),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def in_visa_leads_staging(g: Gen) -> Table:
    """A Jalandhar study-visa consultancy's leads landed from its CRM as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "in", female)
        rows.append(
            {
                "name": f"{a} {b}".upper() if g.rnd.random() < 0.4 else f"{a} {b}",
                "a": a,
                "b": b,
                "born": g.birth(1996, 2007),
                "place": g.rnd.choice(v.IN_PLACES),
                "father": f"{v.given(g, 'in', False)} {b}" if g.rnd.random() < 0.85 else None,
            }
        )
    colleges = [
        "Conestoga College, Kitchener",
        "Fanshawe College, London ON",
        "Victoria University, Melbourne",
        "University of Canterbury",
        "Coventry University",
        "Humber Polytechnic",
        "Torrens University Australia",
    ]
    counsellors = v.staff(g, 5, "in")
    return Table(
        "stg_doaba_visa.src_crm_leads_raw",
        "en",
        "opaque",
        [
            c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c("col02", "person_name", "VARCHAR", [r["name"] for r in rows], OPAQUE),
            c("col03", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows], OPAQUE),
            c("col04", "national_id", "VARCHAR", g.col(lambda: v.passport(g, "IN"), 0.15), OPAQUE),
            c("col05", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g), 0.4), OPAQUE),
            c(
                "col06",
                "national_id",
                "VARCHAR",
                [v.pan(g, r["b"]) if g.rnd.random() < 0.5 else None for r in rows],
                OPAQUE,
            ),
            c("col07", "phone", "VARCHAR", g.phones("IN", {"e164": 0.4, "digits": 0.4, "intl": 0.2}), OPAQUE),
            c("col08", "email", "VARCHAR", [v.email_of(g, r["a"], r["b"], v.DOMAINS["in"]) for r in rows], OPAQUE),
            c("col09", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.1), OPAQUE),
            c("col10", "city", "VARCHAR", [r["place"][0] for r in rows], OPAQUE),
            c("col11", "postal_code", "VARCHAR", [r["place"][1] for r in rows], OPAQUE),
            c(
                "col12",
                N,
                "VARCHAR",
                g.col(g.pick(["Canada", "Canada", "Australia", "UK", "New Zealand", "Germany"])),
                "decoy",
                OPAQUE,
            ),
            c("col13", N, "DOUBLE", g.col(g.pick([5.5, 6.0, 6.0, 6.5, 6.5, 7.0, 7.5]), 0.3), "decoy", OPAQUE),
            c("col14", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col15", "person_name", "VARCHAR", [r["father"] for r in rows], ROLE, OPAQUE),
            c("col16", N, "VARCHAR", g.col(g.pick(colleges), 0.2), "business", OPAQUE),
            c("col17", "ip_address", "VARCHAR", g.col(g.ip, 0.05), OPAQUE),
            c("col18", "free_text", "VARCHAR", _custom(g, "IN", "in", 0.3, "e164"), CUSTOM, OPAQUE),
            c("col19", "person_name", "VARCHAR", g.col(g.pick(counsellors)), STAFF, OPAQUE),
            c("col20", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-30", 0.0, 9, 20), "decoy", OPAQUE),
        ],
    )


def za_visa_files_json(g: Gen) -> Table:
    """A Durban immigration practitioner's visa and permit files exported from its case app as JSON and flattened
    to dotted keys."""
    countries = ["ZW", "NG", "IN", "GB", "DE"]
    centres = [
        ("VFS Durban, Musgrave Centre", -29.8493, 31.0003),
        ("VFS Umhlanga, Gateway", -29.7268, 31.0669),
        ("VFS Pietermaritzburg", -29.6006, 30.3794),
    ]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "za", female)
        category = g.rnd.choice(
            ["Critical Skills Work Visa", "Spousal Visa", "Spousal Visa", "Relative's Visa",
             "Permanent Residence s26(b)", "General Work Visa"]
        )
        sponsored = category in ("Spousal Visa", "Relative's Visa", "Permanent Residence s26(b)")
        sf = not female if category != "Relative's Visa" else g.rnd.random() < 0.5
        sborn = g.birth(1958, 2000)
        place = g.rnd.choice(v.ZA_PLACES)
        centre = g.rnd.choice(centres)
        rows.append(
            {
                "a": a,
                "b": b,
                "cty": g.rnd.choice(countries),
                "born": g.birth(1970, 2001),
                "mail": v.email_of(g, a, b, v.DOMAINS["za"]),
                "place": place,
                "cat": category,
                "sponsor": v.whole(g, "za_local", sf) if sponsored else None,
                "sid": v.za_id(g, sborn, sf) if sponsored else None,
                "sborn": sborn.isoformat() if sponsored else None,
                "centre": centre,
            }
        )
    practitioners = v.staff(g, 3, "za_local")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Sponsor {v.whole(g, 'za_local')} to sign undertaking at VFS",
                "SAQA evaluation outstanding",
                f"Spoke to {v.given(g, 'za_local', True)} at DHA re outcome",
                "Police clearance older than 6 months - reapply",
                "Radiological report attached",
            ]
        )

    return Table(
        "durban_visa_app.visa_files_json",
        "en",
        "json",
        [
            c("file.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("file.reference", N, "VARCHAR", g.col(lambda: f"DBN/VS/{g.digits(4)}/25"), "decoy", SHAPE),
            c("applicant.name.first", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("applicant.name.last", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("applicant.passport_number", "national_id", "VARCHAR", [v.passport(g, r["cty"]) for r in rows]),
            c("applicant.nationality", N, "VARCHAR", [r["cty"] for r in rows], "decoy"),
            c("applicant.birth_date", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("applicant.contact.mobile", "phone", "VARCHAR", g.phones("ZA", {"national": 0.5, "e164": 0.5})),
            c("applicant.contact.email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c(
                "applicant.address.street",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.ZA_STREETS, "za")),
            ),
            c("applicant.address.suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("applicant.address.postal_code", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("visa.category", N, "VARCHAR", [r["cat"] for r in rows], "decoy"),
            c("visa.vfs_reference", N, "VARCHAR", g.col(lambda: "ZADU" + g.digits(8) + "/01"), "decoy", SHAPE),
            c("visa.biometrics.centre", N, "VARCHAR", [r["centre"][0] for r in rows], "business"),
            c("visa.biometrics.lat", N, "DOUBLE", [r["centre"][1] for r in rows], "decoy", COORD),
            c("visa.biometrics.lon", N, "DOUBLE", [r["centre"][2] for r in rows], "decoy", COORD),
            c("sponsor.full_name", "person_name", "VARCHAR", [r["sponsor"] for r in rows], ROLE),
            c("sponsor.id_number", "national_id", "VARCHAR", [r["sid"] for r in rows], ROLE),
            c("sponsor.birth_date", "date_of_birth", "VARCHAR", [r["sborn"] for r in rows], ROLE),
            c("fees.invoice_number", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((2, 4))), "decoy"),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "ZA", "za_local", dom="za"), CUSTOM),
            c("staff.practitioner", "person_name", "VARCHAR", g.col(g.pick(practitioners)), STAFF),
            c("notes.case", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("None", "n/a")), NULLWORD),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------


def ch_bewilligungen(g: Gen) -> Table:
    """A Zug relocation agency's residence and work permit applications for expatriate employees and their families
    (Swiss German)."""
    countries = ["IN", "US", "GB", "CN", "BR", "TR"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "ch", female)
        place = g.rnd.choice(v.CH_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1968, 2000),
                "cty": g.rnd.choice(countries),
                "mail": v.email_of(g, a, b, v.DOMAINS["ch"]),
                "place": place,
                "permit": g.rnd.choice(["B", "B", "B", "L", "C", "G", "Ci"]),
                "spouse": f"{v.given(g, 'ch', not female)} {b}" if g.rnd.random() < 0.55 else None,
            }
        )
    employers = [
        ("Siemens Smart Infrastructure AG", v.che_uid(g)),
        ("Glencore International AG", v.che_uid(g)),
        ("Roche Diagnostics International AG", v.che_uid(g)),
        ("V-ZUG AG", v.che_uid(g)),
        ("Johnson & Johnson Zug", v.che_uid(g)),
        ("Landis+Gyr AG", v.che_uid(g)),
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    beraterinnen = v.staff(g, 4, "ch_local")

    def bemerkung() -> str:
        return g.rnd.choice(
            [
                f"Ehefrau {v.whole(g, 'ch', True)} reist im März nach",
                "Anmeldung Einwohnerkontrolle Baar erledigt",
                f"Vermieter {v.whole(g, 'ch_local')} verlangt Betreibungsauszug",
                "Kontingent Drittstaaten: Gesuch beim Amt für Migration eingereicht",
                "Schulplatz für beide Kinder bestätigt",
            ]
        )

    return Table(
        "relocation_zug.bewilligungsgesuche",
        "de",
        "snake",
        [
            c("gesuch_id", N, "BIGINT", g.keys(6_300_001), "decoy", KEY),
            c("dossier_nr", N, "VARCHAR", g.col(lambda: v.ahv_decoy(g)), "decoy", SHAPE),
            c("vorname", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("nachname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("geburtsdatum", "date_of_birth", "VARCHAR", [r["born"].strftime("%d.%m.%Y") for r in rows]),
            c("staatsangehoerigkeit", N, "VARCHAR", [r["cty"] for r in rows], "decoy"),
            c("ahv_nummer", "ssn", "VARCHAR", g.col(lambda: v.ahv(g), 0.35)),
            c("zemis_nummer", "national_id", "VARCHAR", g.col(lambda: v.zemis(g), 0.2), IMMIG),
            c("pass_nummer", "national_id", "VARCHAR", [v.passport(g, r["cty"]) for r in rows]),
            c("bewilligungsart", N, "VARCHAR", [r["permit"] for r in rows], "decoy"),
            c("auslaenderausweis_nr", "national_id", "VARCHAR", g.col(lambda: g.code("A99999999"), 0.4), IMMIG),
            c("mobiltelefon", "phone", "VARCHAR", g.phones("CH", {"national": 0.6, "intl": 0.3, "e164": 0.1})),
            c("e_mail", "email", "VARCHAR", [r["mail"] for r in rows]),
            c(
                "neue_wohnadresse",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.CH_STREETS, "ch")),
                PREMISES,
            ),
            c("plz", "postal_code", "VARCHAR", [r["place"][1] for r in rows], PREMISES),
            c("ort", "city", "VARCHAR", [r["place"][0] for r in rows], PREMISES),
            c("arbeitgeber", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
            c("arbeitgeber_uid", N, "VARCHAR", [employers[i][1] for i in emp], "business", CHECK),
            c("ehepartner", "person_name", "VARCHAR", [r["spouse"] for r in rows], ROLE),
            c("anzahl_kinder", N, "INTEGER", g.col(g.pick([0, 0, 1, 1, 2, 3])), "decoy"),
            c(
                "lohn_iban",
                "iban",
                "VARCHAR",
                g.col(lambda: v.spaced(v.ch_iban(g)) if g.rnd.random() < 0.5 else v.ch_iban(g), 0.3),
            ),
            c("umzugsberaterin", "person_name", "VARCHAR", g.col(g.pick(beraterinnen)), STAFF),
            c("zusatzfeld_2", "free_text", "VARCHAR", _custom(g, "CH", "ch"), CUSTOM),
            c("bemerkungen", "free_text", "VARCHAR", g.sparse(bemerkung, 0.8, _words("keine", "k.A.")), NULLWORD),
        ],
    )


def br_cidadania(g: Gen) -> Table:
    """A Curitiba consultancy's Italian citizenship-by-descent files with sworn translations (Brazilian
    Portuguese)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "br", female)
        place = g.rnd.choice(v.BR_PLACES)
        anc = g.rnd.random() < 0.5
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1950, 2004),
                "mail": v.email_of(g, a, b, v.DOMAINS["br"]),
                "place": place,
                "anc": f"{g.rnd.choice(['Giovanni', 'Luigi', 'Angelo', 'Giuseppe', 'Pietro', 'Antonio'])} {b}"
                if anc
                else f"{g.rnd.choice(['Maria', 'Angela', 'Teresa', 'Giuseppina', 'Rosa'])} {v.person(g, 'br')[1]}",
                "comune": g.rnd.choice(v.IT_COMUNI),
            }
        )
    tradutores = v.staff(g, 3, "br")
    consultoras = sorted({v.given(g, "br", True) for _ in range(4)})

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Falta certidão de casamento do bisavô, pedir à prima {v.whole(g, 'br', True)}",
                "Retificação judicial do sobrenome em andamento",
                "Certidões apostiladas em Curitiba",
                f"Irmão {v.given(g, 'br', False)} entra no mesmo processo",
                "Aguardando CNN da comune",
            ]
        )

    return Table(
        "cidadania_curitiba.processos_cidadania",
        "pt",
        "snake",
        [
            c("id_processo", N, "BIGINT", g.keys(15_001), "decoy", KEY),
            c("protocolo", N, "VARCHAR", g.col(lambda: v.cpf_decoy(g)), "decoy", SHAPE),
            c("requerente_nome", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("requerente_sobrenome", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("requerente_cpf", "national_id", "VARCHAR", g.col(lambda: v.cpf(g), 0.03)),
            c("requerente_rg", "national_id", "VARCHAR", g.col(lambda: v.rg(g), 0.2)),
            c("data_nascimento", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "e164": 0.3}, 0.9)),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("logradouro", "street_address", "VARCHAR", g.col(g.pick(v.BR_STREETS))),
            c("numero", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(10, 4_800))), SPLIT_ADDR),
            c(
                "complemento",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"Apto {g.rnd.randint(1, 24)}0{g.rnd.randint(1, 4)}", 0.78),
                SPLIT_ADDR,
                HEAVY,
            ),
            c("bairro", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("cidade", "city", "VARCHAR", [r["place"][2] for r in rows]),
            c("cep", "postal_code", "VARCHAR", [f"{r['place'][1]}-{g.digits(3)}" for r in rows]),
            c("antenato_italiano", "person_name", "VARCHAR", [r["anc"] for r in rows], ROLE),
            c("comune_nascita_antenato", "city", "VARCHAR", [r["comune"] for r in rows]),
            c("qtd_certidoes_traduzidas", N, "INTEGER", g.ints(3, 14), "decoy"),
            c("tradutor_juramentado", "person_name", "VARCHAR", g.col(g.pick(tradutores), 0.1), STAFF),
            c(
                "via_processo",
                N,
                "VARCHAR",
                g.col(g.pick(["Consulado Curitiba", "Residência na Itália", "Judicial - Roma", "Judicial - Veneza"])),
                "decoy",
            ),
            c("valor_contrato", N, "DOUBLE", g.amounts(4_500, 18_000), "decoy"),
            c("consultora", "first_name", "VARCHAR", g.col(g.pick(consultoras)), STAFF),
            c(
                "campo_extra_1",
                N,
                "VARCHAR",
                _codes(g, ["LINHA-MATERNA", "1948", "RETIF", "APOST-OK", "FILA-CONS"], 0.4),
                "decoy",
                PLAIN,
            ),
            c("observacoes", "free_text", "VARCHAR", g.sparse(obs, 0.8, _words("nenhuma", "s/obs")), NULLWORD),
        ],
    )


def ar_radicaciones(g: Gen) -> Table:
    """A Córdoba immigration law office's residence filings for foreigners (Argentine Spanish)."""
    countries = ["VE", "PE", "CO", "VE"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ar", female)
        b2 = v.person(g, "ar")[1] if g.rnd.random() < 0.6 else None
        has_dni = g.rnd.random() < 0.7
        dni = f"9{g.rnd.randint(2, 6)}{g.digits(6)}"
        rows.append(
            {
                "a": a,
                "b": f"{b} {b2}" if b2 and b2 != b else b,
                "born": g.birth(1965, 2006),
                "cty": g.rnd.choice(countries),
                "dni": f"{dni[:2]}.{dni[2:5]}.{dni[5:]}" if has_dni else None,
                "cuil": v.cuil(g, dni, female) if has_dni and g.rnd.random() < 0.9 else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["ar"]),
                "place": g.rnd.choice(v.AR_PLACES),
                "conyuge": v.whole(g, "ar", not female) if g.rnd.random() < 0.35 else None,
            }
        )
    abogadas = v.staff(g, 3, "ar_local")

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Conviviente {v.whole(g, 'ar')} presenta certificado de convivencia",
                "Falta antecedentes penales apostillados del país de origen",
                f"Turno de biometría reprogramado, avisar a {v.given(g, 'ar', True)}",
                "Precaria vencida, se pidió prórroga",
                "Certificado de domicilio de la policía adjunto",
            ]
        )

    return Table(
        "estudio_migratorio_cba.radicaciones",
        "es",
        "snake",
        [
            c("id_tramite", N, "BIGINT", g.keys(21_001), "decoy", KEY),
            c("nro_tramite", N, "VARCHAR", g.col(lambda: v.cuil_decoy(g)), "decoy", SHAPE),
            c("nombres", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("apellidos", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("nacionalidad", N, "VARCHAR", [r["cty"] for r in rows], "decoy"),
            c("fecha_nacimiento", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("pasaporte", "national_id", "VARCHAR", [v.passport(g, r["cty"]) for r in rows]),
            c("dni_extranjero", "national_id", "VARCHAR", [r["dni"] for r in rows]),
            c("cuil", "national_id", "VARCHAR", [r["cuil"] for r in rows]),
            c(
                "tipo_residencia",
                N,
                "VARCHAR",
                g.col(g.pick(["Temporaria - Mercosur", "Permanente", "Precaria", "Temporaria - Estudiante",
                              "Temporaria - Trabajador"])),
                "decoy",
            ),
            c(
                "expediente",
                N,
                "VARCHAR",
                g.col(lambda: f"EX-{g.rnd.choice([2024, 2025])}-{g.digits(8)}- -APN-DNM#MI", 0.15),
                "decoy",
                SHAPE,
            ),
            c("celular", "phone", "VARCHAR", g.phones("AR", {"national": 0.5, "e164": 0.3, "intl": 0.2})),
            c("correo", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AR_STREETS, "ar"))),
            c("barrio", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("codigo_postal", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("conyuge", "person_name", "VARCHAR", [r["conyuge"] for r in rows], ROLE),
            c("turno_biometria", N, "DATE", g.col(lambda: g.weekday("2025-02-03", "2025-12-19"), 0.25), "decoy"),
            c("cbu_honorarios", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.cbu(g), 0.78), BANK, HEAVY),
            c("abogada", "person_name", "VARCHAR", g.col(g.pick(abogadas)), STAFF),
            c("campo_libre_2", "free_text", "VARCHAR", _custom(g, "AR", "ar"), CUSTOM),
            c(
                "observaciones",
                "free_text",
                "VARCHAR",
                g.sparse(obs, 0.8, _words("ninguna", "sin datos")),
                NULLWORD,
            ),
        ],
    )


def cz_zamestnanecke_karty(g: Gen) -> Table:
    """A Brno employment agency's employee card applications for foreign workers (Czech)."""
    countries = ["UA", "PH", "VN", "MN", "KZ"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "cz", female)
        born = g.birth(1972, 2004)
        place = g.rnd.choice(v.CZ_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "cty": g.rnd.choice(countries),
                "rc": v.rodne_cislo(g, born, female) if g.rnd.random() < 0.2 else None,
                "place": place,
                "mail": v.email_of(g, a, b, v.DOMAINS["cz"]),
            }
        )
    employers = [
        ("Honeywell Technology Solutions Lab s.r.o.", v.ico(g)),
        ("Thermo Fisher Scientific Brno s.r.o.", v.ico(g)),
        ("Zetor Tractors a.s.", v.ico(g)),
        ("Fakultní nemocnice Brno", v.ico(g)),
        ("Kiekert-CS s.r.o.", v.ico(g)),
        ("Mondelez Czech Republic s.r.o.", v.ico(g)),
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    koordinatorky = v.staff(g, 4, "cz_local")

    def poznamka() -> str:
        return g.rnd.choice(
            [
                f"Manželka {v.whole(g, 'cz', True)} žádá o dlouhodobý pobyt za účelem rodinným",
                "Překlad výpisu z rejstříku trestů doložen",
                f"Ubytování zajistí {v.whole(g, 'cz_local')}, smlouva podepsána",
                "Chybí potvrzení o zdravotním pojištění",
                "Termín na OAMP přesunut",
            ]
        )

    return Table(
        "agentura_brno.zamestnanecke_karty",
        "cs",
        "snake",
        [
            c("id_zadosti", N, "BIGINT", g.keys(3_100_001), "decoy", KEY),
            c("cislo_smlouvy", N, "VARCHAR", g.col(lambda: v.rodne_cislo_decoy(g)), "decoy", SHAPE),
            c("jmeno", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("prijmeni", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c(
                "datum_narozeni",
                "date_of_birth",
                "VARCHAR",
                [f"{r['born'].day}.{r['born'].month}.{r['born'].year}" for r in rows],
            ),
            c("statni_prislusnost", N, "VARCHAR", [r["cty"] for r in rows], "decoy"),
            c("cislo_pasu", "national_id", "VARCHAR", [v.passport(g, r["cty"]) for r in rows]),
            c(
                "cislo_pobytove_karty",
                "national_id",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["ZK", "ZR", "ZM"]) + g.digits(7), 0.4),
                IMMIG,
            ),
            c("rodne_cislo", "national_id", "VARCHAR", [r["rc"] for r in rows], HEAVY),
            c(
                "cislo_jednaci",
                N,
                "VARCHAR",
                g.col(lambda: f"OAM-{g.rnd.randint(10_000, 99_999)}-{g.rnd.randint(1, 40)}/ZM-2025", 0.1),
                "decoy",
                SHAPE,
            ),
            c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.25, "e164": 0.15})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
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
            c("zamestnavatel", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
            c("ico_zamestnavatele", N, "VARCHAR", [employers[i][1] for i in emp], "business", CHECK),
            c(
                "pozice",
                N,
                "VARCHAR",
                g.col(g.pick(["operátor výroby", "svářeč", "zdravotní sestra", "skladník", "programátor"])),
                "decoy",
            ),
            c("termin_biometrie", N, "TIMESTAMP", g.moments("2025-01-06", "2025-12-12", 0.3, 8, 15), "decoy"),
            c("koordinatorka", "person_name", "VARCHAR", g.col(g.pick(koordinatorky)), STAFF),
            c("doplnkove_pole_2", "free_text", "VARCHAR", _custom(g, "CZ", "cz"), CUSTOM),
            c("poznamka", "free_text", "VARCHAR", g.sparse(poznamka, 0.8, _words("není", "nic")), NULLWORD),
        ],
    )


JA_STATUS = ["技術・人文知識・国際業務", "特定技能1号", "日本人の配偶者等", "永住者", "家族滞在", "技能実習2号", "定住者"]
JA_COUNTRY = {"グエン": "ベトナム", "ファム": "ベトナム", "レ": "ベトナム", "サントス": "フィリピン",
              "レイエス": "フィリピン", "グルン": "ネパール", "タマン": "ネパール", "ライ": "ネパール",
              "ナカムラ": "ブラジル", "オリヴェイラ": "ブラジル", "ガルシア": "フィリピン", "チェン": "中国"}


def ja_zairyu_shinsei(g: Gen) -> Table:
    """A Nagoya administrative scrivener's residence status applications for foreign residents (romanized Japanese
    column names, values in katakana, kanji and passport capitals)."""
    male, female_names, family = v.JA_FOREIGN["ja"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        (ka, ra), (kb, rb) = g.rnd.choice(female_names if female else male), g.rnd.choice(family)
        status = g.rnd.choice(JA_STATUS)
        spouse = status == "日本人の配偶者等"
        sa, sb = v.person(g, "ja_local", not female)
        rows.append(
            {
                "kana": f"{kb} {ka}",
                "roma": f"{rb} {ra}",
                "ra": ra,
                "rb": rb,
                "cty": JA_COUNTRY[kb],
                "born": g.birth(1975, 2005),
                "status": status,
                "place": g.rnd.choice(v.JA_PLACES),
                "spouse": f"{sb} {sa}" if spouse else None,
                "s_mn": v.my_number(g) if spouse and g.rnd.random() < 0.6 else None,
            }
        )
    employer_names = ["トヨタ紡織株式会社", "株式会社デンソー", "名古屋市立大学病院", "中部国際空港サービス株式会社",
                      "株式会社ノリタケ", "愛知製鋼株式会社"]
    employers = [(name, g.phone("JP", "national", False)) for name in employer_names]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    tantou = v.staff(g, 4, "ja_local", "last")

    def bikou() -> str:
        return g.rnd.choice(
            [
                f"配偶者 {v.whole(g, 'ja_local', True)} 様の課税証明書待ち",
                "在留期限まで残り2か月、更新申請準備中",
                f"身元保証人は義父 {v.whole(g, 'ja_local', False)} 様",
                "翻訳済み出生証明書を受領",
                "入管の追加資料通知あり",
            ]
        )

    return Table(
        "nagoya_gyousei.zairyu_shinsei",
        "ja",
        "romanized",
        [
            c("shinsei_id", N, "BIGINT", g.keys(2_025_0001), "decoy", KEY),
            c("uketsuke_bangou", N, "VARCHAR", g.col(lambda: v.my_number_decoy(g)), "decoy", SHAPE),
            c("shimei_katakana", "person_name", "VARCHAR", [r["kana"] for r in rows]),
            c("shimei_romaji", "person_name", "VARCHAR", [r["roma"] for r in rows]),
            c("kokuseki", N, "VARCHAR", [r["cty"] for r in rows], "decoy"),
            c("seinengappi", "date_of_birth", "VARCHAR", [r["born"].strftime("%Y/%m/%d") for r in rows]),
            c("zairyu_card_bangou", "national_id", "VARCHAR", g.col(lambda: v.zairyu(g), 0.1), IMMIG),
            c("ryoken_bangou", "national_id", "VARCHAR", g.col(lambda: g.code("C99999999"), 0.05)),
            c("zairyu_shikaku", N, "VARCHAR", [r["status"] for r in rows], "decoy"),
            c("zairyu_kigen", N, "DATE", g.days("2025-03-01", "2028-12-31"), "decoy"),
            c("yuubin_bangou", "postal_code", "VARCHAR", [f"{r['place'][1]}-{g.digits(4)}" for r in rows]),
            c("juusho", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
            c("shikuchouson", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("denwa_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2})),
            c(
                "meeru_adoresu",
                "email",
                "VARCHAR",
                [v.email_of(g, r["ra"].lower(), r["rb"].lower(), v.DOMAINS["ja"]) for r in rows],
            ),
            c("haiguusha_shimei", "person_name", "VARCHAR", [r["spouse"] for r in rows], ROLE, HEAVY),
            c("haiguusha_kojin_bangou", "national_id", "VARCHAR", [r["s_mn"] for r in rows], ROLE, HEAVY),
            c("shozoku_kikan", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
            c("shozoku_kikan_denwa", N, "VARCHAR", [employers[i][1] for i in emp], "business"),
            c("kouza_bangou", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(7), 0.4), BANK),
            c("tantousha", "last_name", "VARCHAR", g.col(g.pick(tantou)), STAFF),
            c("yobi_koumoku_2", "free_text", "VARCHAR", _custom(g, "JP", "ja_local", dom="ja"), CUSTOM),
            c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.8, _words("なし", "特になし")), NULLWORD),
        ],
    )


RU_COUNTRY = {"UZ": "Узбекистан", "TJ": "Таджикистан", "KG": "Киргизия"}


def ru_patenty(g: Gen) -> Table:
    """A Kazan migration services centre's work patents and migration registrations of foreign workers (Russian,
    Cyrillic names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "ru", female)
        cty = g.rnd.choice(["UZ", "UZ", "TJ", "KG"])
        rows.append(
            {
                "a": a,
                "b": b,
                "pat": v.patronymic(g, female),
                "born": g.birth(1970, 2005),
                "cty": cty,
                "doc": v.passport(g, cty),
                "place": g.rnd.choice(v.RU_PLACES),
                "host": v.whole(g, "ru_local") if g.rnd.random() < 0.6 else None,
            }
        )
    employers = [
        ("ООО «КазаньСтройИнвест»", v.inn_company(g)),
        ("АО «Татэнерго»", v.inn_company(g)),
        ("ООО «Агроторг Поволжье»", v.inn_company(g)),
        ("ООО «Камский бекон»", v.inn_company(g)),
        ("ИП Сафин (кафе «Чак-чак»)", v.inn_company(g)),
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    inspektory = v.staff(g, 4, "ru_local")

    def prim() -> str:
        return g.rnd.choice(
            [
                f"Принимающая сторона {v.whole(g, 'ru_local')} продлила регистрацию",
                "Сертификат о знании русского языка приложен",
                f"Брат {v.whole(g, 'ru', False)} работает там же",
                "Медосвидетельствование пройдено",
                "Дактилоскопия назначена повторно",
            ]
        )

    return Table(
        "миграционный_центр_казань.патенты_иностранцев",
        "ru",
        "native",
        [
            c("ид_записи", N, "BIGINT", g.keys(44_001), "decoy", KEY),
            c("номер_дела", N, "VARCHAR", g.col(lambda: v.inn_decoy(g)), "decoy", SHAPE),
            c("фамилия", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("имя", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("отчество", "first_name", "VARCHAR", [r["pat"] for r in rows]),
            c("дата_рождения", "date_of_birth", "VARCHAR", [r["born"].strftime("%d.%m.%Y") for r in rows]),
            c("гражданство", N, "VARCHAR", [RU_COUNTRY[r["cty"]] for r in rows], "decoy"),
            c("документ_удостоверяющий_личность", "national_id", "VARCHAR", [r["doc"] for r in rows], MULTI_DOC),
            c("инн", "national_id", "VARCHAR", g.col(lambda: v.inn_person(g), 0.3)),
            c("снилс", "ssn", "VARCHAR", g.col(lambda: v.snils(g), 0.45)),
            c(
                "номер_миграционной_карты",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.digits(4)} {g.digits(7)}"),
                "decoy",
                SHAPE,
            ),
            c("номер_патента", N, "VARCHAR", g.col(lambda: f"16 №{g.digits(10)}", 0.15), "decoy", SHAPE),
            c("адрес_постановки_на_учёт", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"))),
            c("город", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("индекс", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "e164": 0.5}, 0.95)),
            c("принимающая_сторона", "person_name", "VARCHAR", [r["host"] for r in rows], ROLE),
            c("работодатель", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
            c("инн_работодателя", N, "VARCHAR", [employers[i][1] for i in emp], "business", CHECK),
            c(
                "сумма_авансового_платежа",
                N,
                "DOUBLE",
                g.col(g.pick([9_264.0, 18_528.0, 27_792.0, 55_584.0])),
                "decoy",
            ),
            c("инспектор", "person_name", "VARCHAR", g.col(g.pick(inspektory)), STAFF),
            c("доп_поле_2", "free_text", "VARCHAR", _custom(g, "RU", "ru"), CUSTOM),
            c("примечание", "free_text", "VARCHAR", g.sparse(prim, 0.8, _words("нет", "отсутствует")), NULLWORD),
        ],
    )


SE_COUNTRY = {"IN": "Indien", "IR": "Iran", "TR": "Turkiet", "US": "USA", "CN": "Kina", "CO": "Colombia"}


def se_arbetstillstand(g: Gen) -> Table:
    """A Gothenburg relocation firm's work permit cases for employees and accompanying family (Swedish)."""
    countries = ["IN", "IR", "TR", "US", "CN", "CO"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "se", female)
        born = g.birth(1970, 2001)
        place = g.rnd.choice(v.SE_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "cty": g.rnd.choice(countries),
                "pnr": v.personnummer(g, born) if g.rnd.random() < 0.5 else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["se"]),
                "place": place,
                "make": f"{v.given(g, 'se', not female)} {b}" if g.rnd.random() < 0.5 else None,
            }
        )
    employers = [
        ("Volvo Personvagnar AB", v.orgnr(g)),
        ("AstraZeneca AB", v.orgnr(g)),
        ("SKF Sverige AB", v.orgnr(g)),
        ("Ericsson AB Lindholmen", v.orgnr(g)),
        ("Zenseact AB", v.orgnr(g)),
        ("Sahlgrenska Life AB", v.orgnr(g)),
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    handlaggare = v.staff(g, 4, "se_local")

    def anteckning() -> str:
        return g.rnd.choice(
            [
                f"Medföljande {v.whole(g, 'se')} behöver eget passfoto",
                "Migrationsverket begärde komplettering av anställningserbjudande",
                f"Hyresvärd {v.whole(g, 'se_local')} kräver anställningsintyg",
                "Uppehållstillståndskort hämtat i Göteborg",
                "Skatteverket: folkbokföring klar",
            ]
        )

    return Table(
        "relokering_gbg.arbetstillstand",
        "sv",
        "snake",
        [
            c("arende_id", N, "BIGINT", g.keys(770_001), "decoy", KEY),
            c("uppdragsnummer", N, "VARCHAR", g.col(lambda: v.personnummer_decoy(g)), "decoy", SHAPE),
            c("migrationsverket_arende", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(23, 25)}-{g.digits(6)}"),
              "decoy", SHAPE),
            c("fornamn", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("efternamn", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("fodelsedatum", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("medborgarskap", N, "VARCHAR", [SE_COUNTRY[r["cty"]] for r in rows], "decoy"),
            c("passnummer", "national_id", "VARCHAR", [v.passport(g, r["cty"]) for r in rows]),
            c("personnummer", "national_id", "VARCHAR", [r["pnr"] for r in rows]),
            c("mobil", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "e164": 0.3, "intl": 0.1})),
            c("e_post", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("bostadsadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS, "se")), PREMISES),
            c("postnummer", "postal_code", "VARCHAR", [f"{r['place'][1]} {g.digits(2)}" for r in rows], PREMISES),
            c("ort", "city", "VARCHAR", [r["place"][0] for r in rows], PREMISES),
            c("arbetsgivare", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
            c("arbetsgivare_orgnr", N, "VARCHAR", [employers[i][1] for i in emp], "business", CHECK),
            c(
                "tillstandstyp",
                N,
                "VARCHAR",
                g.col(g.pick(["Arbetstillstånd", "EU-blåkort", "ICT-tillstånd", "Uppehållstillstånd för anhörig"])),
                "decoy",
            ),
            c("medfoljande_make_maka", "person_name", "VARCHAR", [r["make"] for r in rows], ROLE),
            c("lon_iban", "iban", "VARCHAR", g.col(lambda: v.se_iban(g), 0.35)),
            c("handlaggare", "person_name", "VARCHAR", g.col(g.pick(handlaggare)), STAFF),
            c(
                "extra_falt_2",
                N,
                "VARCHAR",
                _codes(g, ["SNABBSPÅR", "CERTIFIERAD", "FÖRLÄNGNING", "BYTE-AG"], 0.5),
                "decoy",
                PLAIN,
            ),
            c("anteckning", "free_text", "VARCHAR", g.sparse(anteckning, 0.8, _words("saknas", "inget")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (au_client_intake, 420),
    (ca_pr_applications, 360),
    (gb_skilled_worker, 340),
    (ie_irp_renewals, 300),
    (us_petition_cobol, 460),
    (in_visa_leads_staging, 560),
    (za_visa_files_json, 320),
    (ch_bewilligungen, 280),
    (br_cidadania, 380),
    (ar_radicaciones, 400),
    (cz_zamestnanecke_karty, 440),
    (ja_zairyu_shinsei, 300),
    (ru_patenty, 500),
    (se_arbetstillstand, 260),
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
