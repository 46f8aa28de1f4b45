"""Held-out set v170 for the column classifier: 14 tables of *elderly care: care homes, home-care agencies, day centres
and meals on wheels* (residents' admissions with their next of kin, attorneys and guardians, care plans and medication
rounds, home-care visits and carers' rotas, meals-on-wheels deliveries with key safe codes, care fee invoices and care
assessments, day centre transport, safeguarding referrals), one system per table and each a different organisation in
a different country, seven with English column names and seven in Brazilian Portuguese, Danish, Ukrainian (Cyrillic
names and values), Mexican Spanish, German, French and European Portuguese:

* ``baycare_colwyn.care_visits``: a Colwyn Bay home-care agency's visits and its carers' rota, one row per visit, the
  clients recurring across their visits (snake case: DATE birth dates, NHS numbers, landlines, full ``LL29`` postcodes,
  key safe codes, the carer and a second carer for double-up visits mostly NULL, the next of kin and their phone, a
  health and welfare LPA attorney mostly NULL, GP surgeries, clock-in coordinates at the client's door, visit
  references spaced like an NHS number and failing its check, rota coordinators, ``misc_1`` holding personal data,
  ``misc_2`` codes only, visit notes mostly NULL words);
* ``northshoreMeals.deliveryStops``: a Duluth meals-on-wheels service's delivery stops (camel case: the birth date
  split into ``dobMonth``, ``dobDay`` and ``dobYear``, Medicare Beneficiary Identifiers, an apartment or unit mostly
  NULL, key box codes, diets, the emergency contact, volunteer drivers, a donation card kept in clear mostly NULL,
  referral sources, intake IPs, case numbers written like an SSN and failing its check, ``customField2`` codes only);
* ``RiverValleySeniorCare.SafeguardingReferrals``: a Fredericton seniors' care operator's adult protection referrals
  (Pascal case: ISO birth dates, New Brunswick Medicare numbers, SIN mostly NULL, the home address and postal code,
  facilities, the alleged person responsible and the relationship, the reporter with their phone and e-mail, police
  file numbers, caseworkers, IPs, referral numbers spaced like a SIN and failing its check, ``Udf3``, a narrative
  naming people in every row);
* ``lk_daycentre.trnsp_bkg``: a Letterkenny day centre's bus pick-ups of its members (abbreviated: ``cl_fnm``,
  ``cl_dob`` as ``dd/mm/yyyy``, ``cl_ppsn``, ``ctc_ph``, ``addr_ln1``, the townland in ``addr_ln2``, ``eircd``,
  mobility aids, routes and pick-up times, the bus, drivers and escorts, ``nok_nm`` and ``nok_ph``, trip references of
  seven digits and a letter failing the PPS check, ``udf3`` codes only, ``lst_upd_by``);
* ``BUNDYAGED.FEE_INVOICE_EXTRACT``: a Bundaberg residential aged care provider's monthly care fee invoices, a COBOL
  extract (legacy: padded CHAR, hyphenated names, the middle initial, the birth date as a ``YYYYMMDD`` integer with 0
  for missing, Medicare numbers with their check digit, Centrelink CRNs, the resident's former home with a second line
  mostly blank and the postcode as a number, basic daily and means-tested fees, refundable accommodation deposits, the
  family payer written ``SURNAME, GIVEN`` with their phone as a number (0 for missing), BSB and account, invoice
  control numbers of nine digits failing the TFN check, fee clerks, ``INV-USER-FLD-2`` holding personal data,
  ``INV-USER-FLD-3`` codes);
* ``stg_mys_homenurse.src_crm_bookings_raw``: a Mysuru home nursing and elder-attendant agency's bookings landed from
  its CRM as an opaque staging table (``col01`` to ``col22``: whole names, some in capitals, ``dd-mm-yyyy`` birth
  dates, Aadhaar, PAN, localities and PIN codes, services, hospitals, amounts, the son or daughter who books with their
  phone, e-mail, UPI handle and, when they live abroad, passport mostly NULL, booking numbers of twelve digits failing
  Aadhaar's Verhoeff check, IPs, a custom field with personal data, coordinators, timestamps);
* ``bcm_carehome.emar_rounds_json``: an East London care home's medication administration records flattened from JSON
  to dotted keys (``resident.name.first``, ``resident.id_number`` encoding ``resident.birth_date`` written
  ``yyyy/mm/dd``, rooms, the resident's former home under ``resident.previous_address``, the medical aid scheme and
  member number, the next of kin and their phone, the GP, medicines and routes, scheduled times and outcomes, the nurse
  who gave the dose, dispensing batch numbers of thirteen digits failing the ID number's check, ``meta.ip``,
  ``meta.app_version``, ``meta.custom2``, ``meta.custom3`` codes only, round notes mostly NULL words);
* ``ilpi_londrina.admissoes_residentes``: a Londrina long-stay home for older people's admissions (Brazilian
  Portuguese: ``nome_completo`` with one or two family names, ``dd/mm/yyyy`` birth dates, the birthplace
  (``naturalidade``), CPF, RG, the Cartão Nacional de Saúde, the mother's name, the former home with its bairro, cidade
  and CEP, the family member responsible with their CPF, mobile and e-mail, the court-appointed guardian
  (``curador``) mostly NULL, monthly fees, partner pharmacies with their CNPJ passing its check, medical record numbers
  written like a CPF and failing its check, social workers, ``campo_extra_2``, remarks);
* ``horsens_visitation.bevillinger``: Horsens municipality's care assessment decisions granting home help, personal
  care, meals, alarms and rehabilitation to older citizens (Danish: middle names, CPR numbers encoding the birth date,
  ``dd-mm-yyyy`` birth dates, the next of kin (``paaroerende``) and their phone, the holder of a lasting power of
  attorney (``fremtidsfuldmaegtig``) mostly NULL, key box codes, providers with their CVR passing its check, the
  account for the citizen's own payment, case numbers written ``DDMMYY-NNNN`` with an impossible day, assessors
  (``visitator``), ``fritekstfelt_2``, remarks);
* ``терцентр_тернопіль.візити_соцпрацівників``: a Ternopil territorial social services centre's home visits by social
  workers (Ukrainian, Cyrillic column names and values: family name, given name and patronymic, ``dd.mm.yyyy`` birth
  dates, the RNOKPP encoding the birth date and sex, ID cards and old passports in one column, addresses with the
  flat, towns and villages, the disability group, social workers written ``Прізвище І. Б.``, a relative's whole name
  and phone, the pension account IBAN, suppliers with their EDRPOU passing its check, case file numbers of ten digits
  failing the RNOKPP check, ``дод_поле_2``, remarks);
* ``casa_de_dia_ags.asistencia_transporte``: an Aguascalientes day centre's attendance and the bus that picks its
  members up (Mexican Spanish: ``nombres``, both family names apart, CURP encoding the names, birth date, sex and state,
  the IMSS NSS, the INE voter key (``clave_elector``), the birth date written ``24 de julio de 1945``, ``calle`` and
  ``numero_exterior`` apart, colonia, municipio and CP, the family member responsible, the relationship and their
  phone, routes and pick-up times, drivers, a CLABE for refunds mostly NULL, folios of eleven digits failing the NSS's
  Luhn check, ``campo_libre_2``, remarks);
* ``seniorenheim_passau.heimaufnahmen``: a Passau care home's admissions (German: the birth name of married women,
  ``dd.mm.yyyy`` birth dates and birthplaces, Steuer-ID, the pension insurance number encoding the birth date and the
  birth name's initial, identity card numbers, the former home, the Pflegegrad and the care insurer, the holder of the
  lasting power of attorney (``bevollmaechtigter``) with their phone and e-mail, the legal guardian mostly NULL, the
  family doctor, the direct debit IBAN and its account holder, care contract numbers of eleven digits failing the
  Steuer-ID check, social services staff, ``zusatzfeld_2``, remarks);
* ``portage_repas_dijon.tournees_livraisons``: a Dijon meals-on-wheels service's rounds and deliveries (French: NIR
  encoding the sex, year and month of birth, ``dd/mm/yyyy`` birth dates, an address complement mostly NULL, key safe
  codes, diets, drivers, the family carer (``aidant``) and their phone, pension funds, the caterer's SIRET passing its
  check, the direct debit IBAN, beneficiary numbers of fifteen digits failing the NIR's key, ``champ_libre_2``,
  remarks);
* ``erpi_castelo_branco.plano_medicacao``: a Castelo Branco residential home for older people's medication plan and
  administration rounds (European Portuguese: one or two family names in ``apelidos``, ``dd-mm-yyyy`` birth dates, NIF,
  Cartão de Cidadão, the SNS user number, NISS, rooms, medicines and routes, nurses, the attending doctor, the family
  member responsible and their phone, the former home, pharmacies with their NIPC passing the NIF check, process
  numbers of nine digits failing the NIF check, ``campo_livre_2``, remarks).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``),
v166's two modules and its test in full (their structure, generic helpers and tests were followed; the ``Gen`` helpers
were copied), ``tests/heldout_support.py``, the module docstrings and constants of v152 and v161 (their first 200 and
160 lines), the "Labeling choices" lists of v98, v146 and v164, and in the value modules of v98, v146, v152 and v161
the import lines, the names of their functions and constants (found by ``grep``) and a few helpers read for their
rules (v152's Ukrainian names, patronymics, CURP, RFC, CLABE and RNOKPP helpers, v161's NISS and CPR helpers, v146's
Medicare, CRN and CPF helpers, v98's NIR helper); the language and style arguments of the models' ``Table`` calls and
their tests' ``LANGUAGES`` lines were found by ``grep``. The first 60 lines of the other sets' modules were searched for
this domain's words (care home, elderly, home care, meals on wheels, nursing home, aged care, day centre, safeguarding,
residential care, power of attorney, key safe, carers) and for the towns considered: v99 (aged care, home care,
nursing homes and disability support) was read in its first 60 lines, v55's, v20's and v12's lines around their care
tables and the matching lines of v18, v56, v68, v71, v76, v97, v104, v113, v120, v122, v125, v140, v156 and v163 were
printed; v99's towns and earlier sets' Moncton, Sligo, Toowoomba, Gqeberha, Lviv, Mérida, Regensburg, Besançon and
Viseu led this set to other towns. Every organisation here is invented. The names of the files under
``benchmarks/classification/`` and of the held-out tests under ``tests/`` were listed. In ``heldout_v2_accuracy.py``
the lines naming v167 and the few around them were printed and edited (the first docstring line, v167's paragraph, the
``--set`` usage line, the import block's end, the ``SETS`` dict's end and the ``--db`` help line), never run.
**Slips**: printing v167's paragraph also showed the last three lines of v166's paragraph; the ``git diff -U0`` of this
set's own edit of that file showed in its hunk headers a line of v167's paragraph, the docstring line beginning "Two
ways to reach the classifier, both public: ``api`` calls" and the ``def main(argv...)`` line; a ``grep`` for
``write_tables`` and ``def summary`` in ``heldout_v4.py`` (a file not on the list of what could be read) printed its
three matching lines (a call and two function signatures); the ruff section's ``line-length`` of ``pyproject.toml`` was
found by ``grep``. Nothing about the classifier's rules, output or scores was seen. The sources of a few
python-stdnum functions were read (Steuer-ID validation, the EDRPOU check, the CVR validation). ``ruff format`` was run
on this set's three files only. The ``Column``/``Table`` classes of v2 and the writer and summary of v4 were used as
v166 uses them, not read. The classifier was not run on this set while it was written, no scorer was run on it, and
no score was looked at (the test builds the set through the scorer's ``SETS`` entry, as v166's test does, and never
classifies).

Labeling choices a reader may question:

* a Canadian SIN, an Irish PPSN, a French NIR and a Portuguese NISS are ``ssn`` (as v98, v99 and v161 labeled them),
  and so are the Mexican IMSS number (NSS: the social security institute's number for one person) and the German
  pension insurance number (Rentenversicherungsnummer, the counterpart of the Austrian SVNr the kinds name); an NHS
  number (as v98 and v99), a US Medicare Beneficiary Identifier and a New Brunswick Medicare number (as v99 labeled an
  AHCCCS member id and v146 the Australian Medicare card), the Australian Medicare number and Centrelink CRN (v146),
  Aadhaar, PAN, passports, the South African ID number, CPF, RG, CPR, RNOKPP and Ukrainian identity documents (tag
  ``multi_document``), CURP, the INE voter key, Steuer-ID, German identity card numbers, NIF and the Cartão de
  Cidadão are ``national_id``; **unsure**: the Brazilian Cartão Nacional de Saúde and the Portuguese SNS user number
  (``numero_utente``) are ``national_id`` like the NHS number (health identifiers a state issues to one person),
  while a South African medical aid member number is ``none`` as v146 labeled medical aid and health insurer member
  numbers; MBIs, New Brunswick Medicare numbers, CRNs, passports, RG, Ukrainian documents, INE voter keys and SNS user
  numbers have no public check (or none computed here) and are generated by shape; the German pension insurance and
  identity card numbers, the CNS, the NSS (Luhn), the NISS and the Australian Medicare check are computed here with
  their published rules, the others by python-stdnum;
* visit, case, referral, trip, invoice control, booking, dispensing batch, medical record, case file, folio, care
  contract, beneficiary and process numbers are ``none`` (tag ``decoy``, ``value_shape``; fourteen of them fail the
  check of the personal number they look like: NHS, SSN, SIN, PPS, TFN, Aadhaar, SA ID, CPF, CPR (an impossible day),
  RNOKPP, NSS's Luhn, Steuer-ID, NIR and NIF), and so are police file numbers and medical aid member numbers; key safe
  and key box codes (tag ``key_safe``, as v99 and v164 labeled them), rooms, routes, pick-up times, buses, packages,
  care levels (Pflegegrad, grau de dependência), disability groups, hours, fees, deposits, relationships, outcomes,
  app versions and US, Australian and Brazilian state codes are ``none``;
* diets, mobility aids and medicines written as a few words (``Renal``, ``Rollator``, ``Donepezil 10 mg``: tag
  ``health_words``) are ``none``, as v146 and v166 labeled medical words; the clock-in coordinates at a client's door
  are ``none`` (tag ``coordinates``), as v99 labeled EVV coordinates;
* GP surgeries, referral sources, facilities, hospitals, medical aid schemes, care insurers, pension funds, pharmacies,
  providers, suppliers and caterers are ``none`` (tag ``business``), with their CNPJ, CVR, EDRPOU, SIRET and NIPC
  passing their checks (tag ``check_digit``), and an Australian BSB (as v152);
* rota coordinators, volunteer drivers, caseworkers, day centre drivers and escorts, fee clerks, CRM coordinators,
  nurses giving medicines, social workers, assessors and social services staff are staff (``person_name``, tag
  ``staff``); the home-care carers of the rota (22 distinct) are ``person_name`` without the staff tag (tag
  ``care_worker``), as v146 labeled the childminders an association places children with; next of kin, emergency
  contacts, an LPA attorney, a ``fremtidsfuldmaegtig`` and a ``bevollmaechtigter`` (with their phone and e-mail), legal
  guardians (``curador``, ``gesetzlicher_betreuer``), the family member responsible (with their CPF, phone and
  e-mail), the payer of the fees, an account holder, a family carer (``aidant``), a mother's name, the person alleged
  to have caused harm, the reporter of a safeguarding concern, the son or daughter booking home nursing (with the
  passport of those abroad) and the resident's GP or attending doctor (as v98 labeled a GP) are personal (tag
  ``role_word``);
* a whole Brazilian or Indian name, a name in capitals, ``SURNAME, GIVEN`` in one column, ``Dr L. Surname`` and
  ``Dr. med. Given Surname`` are ``person_name``; a middle initial, Danish middle names and the Ukrainian patronymic
  are ``first_name`` (as v152 and v161); the German birth name, each Mexican family name and two Portuguese family
  names in one column are ``last_name``;
* the home a care home resident lived in before admission (tag ``former_home``: ``PREV-ADDR-1``,
  ``resident.previous_address``, ``endereco_anterior``, ``bisherige_anschrift``, ``morada_anterior`` and their town
  and postcode) is theirs: ``street_address``, ``city`` and ``postal_code``; a townland, a suburb, a Mysuru locality,
  a bairro and a colonia are ``city`` (tag ``locality``), as are a birthplace and a municipio; a unit, an apartment,
  an address complement and a ``numero_exterior`` are ``street_address`` (tag ``split_address``);
* dates of birth as DATE, as ISO, ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yyyy`` and ``yyyy/mm/dd`` text, in the
  Spanish long form (``24 de julio de 1945``), as ``YYYYMMDD`` integers (0 for missing) and split into month, day and
  year integers (each part ``date_of_birth``, tag ``split_dob``) are ``date_of_birth``; visit, delivery, referral,
  service, admission, grant and round dates and timestamps are ``none``;
* a donation card kept in clear is ``credit_card``; Ukrainian, German and French IBANs are ``iban``; an Australian
  payer's account, a Danish registration and account number and a Mexican CLABE are ``unclassified`` (tag
  ``bank_account``, as earlier sets labeled domestic accounts), and so are an editor's login and a UPI handle (tag
  ``username``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding codes only are ``none`` (tags ``decoy`` and ``custom_plain``); notes and remarks naming people are
  ``free_text``, and so is a safeguarding narrative that names people in every row (not NULL-heavy).

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; rows per table: 260 to 600;
in ten tables the clients or residents recur across their visits, deliveries, trips, invoices, grants or doses.
Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v170_values`, written for v170 (no Faker, no list of real people, no breach
data; the models use no census name files, and none is used here). Build:
``python -m benchmarks.classification.heldout_v170 [PATH]`` (default ``/tmp/heldout_v170.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v170``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v170_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v170_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v170.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # coordinators, drivers, escorts, clerks, social workers, nurses (2 to 8 distinct)
CARER = "care_worker"  # the carers of a home-care rota (about twenty distinct, person_name without the staff tag)
ROLE = "role_word"  # next of kin, attorneys, guardians, payers, reporters, alleged persons, GPs ... holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a townland, a suburb, a bairro, a colonia, a locality (city)
FORMER = (
    "former_home"  # the address a resident lived at before moving into the home (street_address, city, postal_code)
)
KEYSAFE = "key_safe"  # a key safe's or key box's code (none)
HEALTH = "health_words"  # diets, mobility aids, medicines and conditions as a few words (none)
COORD = "coordinates"  # where a carer clocked in (none)
MULTI = "multi_document"  # identity documents of several types in one column (national_id)
USERNAME = "username"  # a login or a payment handle (unclassified)
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


def _near(g: Gen, point: tuple[float, float], spread: float = 0.02) -> str:
    """Coordinates within a few kilometres of ``point``."""
    return f"{point[0] + g.rnd.uniform(-spread, spread):.5f}, {point[1] + g.rnd.uniform(-spread, spread):.5f}"


def _visits(g: Gen, clients: int, make: Callable[[], dict[str, Any]]) -> list[dict[str, Any]]:
    """``g.rows`` rows drawn from ``clients`` people made by ``make`` (a person recurs across their visits)."""
    pool = [make() for _ in range(clients)]
    return [g.rnd.choice(pool) for _ in range(g.rows)]


def _of(rows: list[dict[str, Any]], key: str) -> list[Any]:
    return [r[key] for r in rows]


def _maybe(g: Gen, p: float, make: Callable[[], Any]) -> Any:
    return make() if g.rnd.random() < p else None


# -- English-named tables ----------------------------------------------------------------------------------------------


def gb_care_visits(g: Gen) -> Table:
    """A Colwyn Bay home-care agency's visits to its clients and its carers' rota (snake case)."""

    def client() -> dict[str, Any]:
        female = g.rnd.random() < 0.62
        a, b = v.person(g, "gb", female)
        place = g.rnd.choice(v.GB_PLACES)
        return {
            "a": a,
            "b": b,
            "born": g.birth(1926, 1958),
            "nhs": v.nhs(g),
            "phone": g.phone("GB", "national", g.rnd.random() < 0.3),
            "street": v.street(g, v.GB_STREETS, "gb"),
            "place": place,
            "postcode": v.gb_postcode(g, place[1]),
            "keysafe": _maybe(g, 0.8, lambda: g.digits(4)),
            "nok": _maybe(g, 0.92, lambda: v.whole(g, "gb")),
            "lpa": _maybe(g, 0.18, lambda: v.whole(g, "gb")),
            "gp": g.rnd.choice(
                ["Rhos Medical Centre", "Bodnant Surgery", "Plas Menai Practice", "Mostyn House Medical Practice"]
            ),
            "home": (53.29 + g.rnd.uniform(-0.04, 0.04), -3.72 + g.rnd.uniform(-0.1, 0.1)),
        }

    rows = _visits(g, 140, client)
    carers = v.staff(g, 22, "gb")
    coordinators = v.staff(g, 3, "gb")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Daughter {v.whole(g, 'gb', True)} present, asked for a call back",
                "Refused shower, strip wash given",
                f"Left medication prompt sheet for {v.given(g, 'gb')}, blister pack running low",
                "Key safe stiff, reported to office",
                f"Neighbour {v.whole(g, 'gb')} says client fell on Sunday",
                "Skin intact, cream applied",
            ]
        )

    return Table(
        "baycare_colwyn.care_visits",
        "en",
        "snake",
        [
            c("visit_id", N, "BIGINT", g.keys(700_001), "decoy", KEY),
            c("visit_ref", N, "VARCHAR", g.col(lambda: v.nhs_decoy(g)), "decoy", SHAPE),
            c(
                "care_package",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        ["4 calls x 30 min", "2 calls x 45 min", "Lunch call 30 min", "Bedtime call", "Double-up x 4"]
                    )
                ),
                "decoy",
            ),
            c("scheduled_start", N, "TIMESTAMP", g.moments("2026-03-01", "2026-03-31", 0.0, 7, 22), "decoy"),
            c("actual_minutes", N, "INTEGER", g.ints(10, 65, 0.04), "decoy"),
            c("client_first_name", "first_name", "VARCHAR", _of(rows, "a")),
            c("client_surname", "last_name", "VARCHAR", _of(rows, "b")),
            c("client_dob", "date_of_birth", "DATE", _of(rows, "born")),
            c("nhs_number", "national_id", "VARCHAR", _of(rows, "nhs")),
            c("client_phone", "phone", "VARCHAR", _of(rows, "phone")),
            c("address_line_1", "street_address", "VARCHAR", _of(rows, "street")),
            c("town", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("postcode", "postal_code", "VARCHAR", _of(rows, "postcode")),
            c("key_safe_code", N, "VARCHAR", _of(rows, "keysafe"), "decoy", KEYSAFE),
            c("carer_name", "person_name", "VARCHAR", g.col(g.pick(carers)), CARER),
            c("second_carer", "person_name", "VARCHAR", g.col(g.pick(carers), 0.8), CARER, HEAVY),
            c("next_of_kin", "person_name", "VARCHAR", _of(rows, "nok"), ROLE),
            c(
                "next_of_kin_phone",
                "phone",
                "VARCHAR",
                [g.phone("GB", "national") if r["nok"] else None for r in rows],
                ROLE,
            ),
            c("lpa_health_welfare", "person_name", "VARCHAR", _of(rows, "lpa"), ROLE, HEAVY),
            c("gp_surgery", N, "VARCHAR", _of(rows, "gp"), "business"),
            c("clock_in_location", N, "VARCHAR", [_near(g, r["home"], 0.0005) for r in rows], "decoy", COORD),
            c("rota_coordinator", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c(
                "misc_2",
                N,
                "VARCHAR",
                _codes(g, ["MEDS-PROMPT", "HOIST", "CATHETER", "DNACPR-HELD", "PENDANT"], 0.4),
                "decoy",
                PLAIN,
            ),
            c("visit_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def us_meal_deliveries(g: Gen) -> Table:
    """A Duluth meals-on-wheels service's delivery stops with key box codes (camel case)."""

    def client() -> dict[str, Any]:
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "us", female)
        place = g.rnd.choice(v.US_PLACES)
        return {
            "a": a,
            "b": b,
            "born": g.birth(1928, 1962),
            "phone": g.phone("US", g.rnd.choice(["national", "dashes"]), g.rnd.random() < 0.4),
            "mail": _maybe(g, 0.4, lambda: v.email_of(g, a, b, v.DOMAINS["us"])),
            "street": v.street(g, v.US_STREETS, "us"),
            "apt": _maybe(g, 0.2, lambda: f"{g.rnd.choice(['Apt', 'Unit', '#'])} {g.rnd.randint(1, 412)}"),
            "place": place,
            "mbi": _maybe(g, 0.75, lambda: v.mbi(g)),
            "keybox": _maybe(g, 0.55, lambda: g.digits(g.rnd.choice([4, 4, 5]))),
            "diet": g.rnd.choice(["Regular", "Diabetic", "Low sodium", "Renal", "Mechanical soft", "Pureed"]),
            "ec": _maybe(g, 0.88, lambda: v.whole(g, "us")),
            "route": f"RT-{g.rnd.randint(1, 14):02d}",
        }

    rows = _visits(g, 170, client)
    drivers = v.staff(g, 6, "us")
    sources = ["Arrowhead Area Agency on Aging", "St. Luke's discharge planner", "Essentia Health social work", "Self"]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Leave with neighbor {v.whole(g, 'us')} in 2B if no answer",
                "Dog in yard, use side door",
                f"Client's son {v.whole(g, 'us', False)} picks up on Fridays",
                "Did not answer, welfare call placed",
                "Ramp icy, salt requested",
            ]
        )

    return Table(
        "northshoreMeals.deliveryStops",
        "en",
        "camel",
        [
            c("stopId", N, "BIGINT", g.keys(1_200_001), "decoy", KEY),
            c("caseNumber", N, "VARCHAR", g.col(lambda: v.ssn_decoy(g)), "decoy", SHAPE),
            c("routeCode", N, "VARCHAR", _of(rows, "route"), "decoy"),
            c("deliveryDate", N, "DATE", g.days("2026-02-02", "2026-03-27"), "decoy"),
            c("mealType", N, "VARCHAR", _of(rows, "diet"), "decoy", HEALTH),
            c("clientFirstName", "first_name", "VARCHAR", _of(rows, "a")),
            c("clientLastName", "last_name", "VARCHAR", _of(rows, "b")),
            c("dobMonth", "date_of_birth", "INTEGER", [r["born"].month for r in rows], SPLIT_DOB),
            c("dobDay", "date_of_birth", "INTEGER", [r["born"].day for r in rows], SPLIT_DOB),
            c("dobYear", "date_of_birth", "INTEGER", [r["born"].year for r in rows], SPLIT_DOB),
            c("homePhone", "phone", "VARCHAR", _of(rows, "phone")),
            c("contactEmail", "email", "VARCHAR", _of(rows, "mail")),
            c("streetAddress", "street_address", "VARCHAR", _of(rows, "street")),
            c("aptUnit", "street_address", "VARCHAR", _of(rows, "apt"), SPLIT_ADDR, HEAVY),
            c("city", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("zipCode", "postal_code", "VARCHAR", [r["place"][2] for r in rows]),
            c("medicareMbi", "national_id", "VARCHAR", _of(rows, "mbi")),
            c("keyBoxCode", N, "VARCHAR", _of(rows, "keybox"), "decoy", KEYSAFE),
            c("emergencyContactName", "person_name", "VARCHAR", _of(rows, "ec"), ROLE),
            c(
                "emergencyContactPhone",
                "phone",
                "VARCHAR",
                [g.phone("US", "dashes") if r["ec"] and g.rnd.random() < 0.95 else None for r in rows],
                ROLE,
            ),
            c("volunteerDriver", "person_name", "VARCHAR", g.col(g.pick(drivers)), STAFF),
            c("donationCardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.85), HEAVY),
            c("referralSource", N, "VARCHAR", g.col(g.pick(sources)), "business"),
            c("intakeIp", "ip_address", "VARCHAR", g.col(g.ip, 0.35)),
            c(
                "customField2",
                N,
                "VARCHAR",
                _codes(g, ["FROZEN-WKND", "SHELF-STABLE", "PET-FOOD", "2-MEALS", "WINTER-PACK"], 0.4),
                "decoy",
                PLAIN,
            ),
            c("deliveryNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("n/a", "None")), NULLWORD),
        ],
    )


def ca_safeguarding_referrals(g: Gen) -> Table:
    """A Fredericton seniors' care operator's adult protection (safeguarding) referrals (Pascal case)."""
    rows = []
    concerns = ["Financial abuse", "Neglect", "Physical abuse", "Self-neglect", "Psychological abuse"]
    relations = ["Son", "Daughter", "Spouse", "Grandson", "Neighbour", "Paid caregiver", "Co-resident", "Nephew"]
    for _ in range(g.rows):
        female = g.rnd.random() < 0.65
        a, b = v.person(g, "ca", female)
        place = g.rnd.choice(v.CA_PLACES)
        alleged = _maybe(g, 0.78, lambda: v.whole(g, "ca"))
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1927, 1960),
                "place": place,
                "concern": g.rnd.choice(concerns),
                "alleged": alleged,
                "rel": g.rnd.choice(relations) if alleged else None,
                "reporter": v.whole(g, "ca"),
            }
        )
    caseworkers = v.staff(g, 4, "ca")
    facilities = ["River Valley Manor", "Oromocto Special Care Home", "Nashwaak Villa", "Hanwell Garden Residence"]

    def narrative(r: dict[str, Any]) -> str:
        return g.rnd.choice(
            [
                f"{r['a']} reports that {r['alleged'] or 'a visitor'} took her bank card and withdrew cash.",
                f"Staff found {r['a']} {r['b']} alone without heat; contacted {v.whole(g, 'ca')}.",
                f"Bruising on both arms noticed at bath time; {r['a']} named {r['alleged'] or 'nobody'}.",
                f"Pharmacy {v.whole(g, 'ca')} raised concern over missed medications since March.",
                f"Resident says her {str(r['rel'] or 'son').lower()} shouts at her on every visit.",
            ]
        )

    return Table(
        "RiverValleySeniorCare.SafeguardingReferrals",
        "en",
        "pascal",
        [
            c("ReferralId", N, "BIGINT", g.keys(52_001), "decoy", KEY),
            c("ReferralNumber", N, "VARCHAR", g.col(lambda: v.sin_decoy(g)), "decoy", SHAPE),
            c("ReceivedAt", N, "TIMESTAMP", g.moments("2025-06-01", "2026-03-31", 0.0, 7, 21), "decoy"),
            c("ConcernType", N, "VARCHAR", _of(rows, "concern"), "decoy"),
            c("RiskLevel", N, "VARCHAR", g.col(g.pick(["Low", "Moderate", "High", "Immediate"])), "decoy"),
            c("ResidentGivenName", "first_name", "VARCHAR", _of(rows, "a")),
            c("ResidentFamilyName", "last_name", "VARCHAR", _of(rows, "b")),
            c("ResidentDateOfBirth", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("MedicareNumber", "national_id", "VARCHAR", g.col(lambda: v.nb_medicare(g), 0.1)),
            c("Sin", "ssn", "VARCHAR", g.col(lambda: v.sin(g), 0.82), HEAVY),
            c("ResidentPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.3, "e164": 0.1}, 0.4)),
            c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
            c("Community", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("PostalCode", "postal_code", "VARCHAR", [v.ca_postal(g, r["place"][1]) for r in rows]),
            c("Facility", N, "VARCHAR", g.col(g.pick(facilities), 0.45), "business"),
            c("AllegedPersonName", "person_name", "VARCHAR", _of(rows, "alleged"), ROLE),
            c("AllegedPersonRelationship", N, "VARCHAR", _of(rows, "rel"), "decoy"),
            c("ReporterName", "person_name", "VARCHAR", _of(rows, "reporter"), ROLE),
            c("ReporterPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.7, "e164": 0.3}, 0.7, 0.1), ROLE),
            c(
                "ReporterEmail",
                "email",
                "VARCHAR",
                [
                    _maybe(g, 0.6, lambda r=r: v.email_of(g, *r["reporter"].split(" ", 1), v.DOMAINS["ca"]))
                    for r in rows
                ],
                ROLE,
            ),
            c("PoliceFileNumber", N, "VARCHAR", g.col(lambda: g.code("FPF-26-99999"), 0.6), "decoy", SHAPE),
            c("AssignedCaseworker", "person_name", "VARCHAR", g.col(g.pick(caseworkers)), STAFF),
            c("ReportIp", "ip_address", "VARCHAR", g.col(g.ip, 0.2)),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
            c("ConcernNarrative", "free_text", "VARCHAR", [narrative(r) for r in rows]),
        ],
    )


def ie_daycentre_transport(g: Gen) -> Table:
    """A Letterkenny day centre's bus pick-ups of its older members (abbreviated)."""

    def client() -> dict[str, Any]:
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "ie", female)
        place = g.rnd.choice(v.IE_PLACES)
        return {
            "a": a,
            "b": b,
            "born": g.birth(1929, 1961),
            "pps": v.pps(g),
            "phone": g.phone("IE", g.rnd.choice(["national", "national", "intl"]), g.rnd.random() < 0.5),
            "street": v.street(g, v.IE_STREETS, "ie"),
            "place": place,
            "eircode": v.eircode(g, place[1]),
            "aid": g.rnd.choice(["None", "Walking stick", "Rollator", "Wheelchair", "Zimmer frame", "Wheelchair"]),
            "nok": _maybe(g, 0.9, lambda: v.whole(g, "ie")),
            "route": g.rnd.choice(["R1 Ramelton", "R2 Milford", "R3 Town", "R4 Churchill"]),
            "pickup": f"{g.rnd.randint(8, 10):02d}:{g.rnd.choice(['00', '15', '30', '45'])}",
        }

    rows = _visits(g, 95, client)
    drivers = v.staff(g, 3, "ie")
    escorts = v.staff(g, 4, "ie")
    logins = sorted({f"{v.latin(v.given(g, 'ie'))[0]}{v.latin(v.person(g, 'ie')[1])}" for _ in range(5)})
    return Table(
        "lk_daycentre.trnsp_bkg",
        "en",
        "abbrev",
        [
            c("bkg_id", N, "BIGINT", g.keys(30_001), "decoy", KEY),
            c("trip_ref", N, "VARCHAR", g.col(lambda: v.pps_decoy(g)), "decoy", SHAPE, ABBREV),
            c("svc_dt", N, "DATE", g.days("2026-01-05", "2026-03-27"), "decoy", ABBREV),
            c("rte_cd", N, "VARCHAR", _of(rows, "route"), "decoy", ABBREV),
            c("pu_tm", N, "VARCHAR", _of(rows, "pickup"), "decoy", ABBREV),
            c("cl_fnm", "first_name", "VARCHAR", _of(rows, "a"), ABBREV),
            c("cl_lnm", "last_name", "VARCHAR", _of(rows, "b"), ABBREV),
            c("cl_dob", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows], ABBREV),
            c("cl_ppsn", "ssn", "VARCHAR", _of(rows, "pps"), ABBREV),
            c("ctc_ph", "phone", "VARCHAR", _of(rows, "phone"), ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", _of(rows, "street"), ABBREV),
            c("addr_ln2", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, ABBREV),
            c("eircd", "postal_code", "VARCHAR", _of(rows, "eircode"), ABBREV),
            c("mob_aid", N, "VARCHAR", _of(rows, "aid"), "decoy", HEALTH, ABBREV),
            c(
                "veh_reg",
                N,
                "VARCHAR",
                g.col(g.pick(["191-DL-2087", "212-DL-6604", "182-DL-1193", "231-DL-4420"])),
                "decoy",
                ABBREV,
            ),
            c("drv_nm", "person_name", "VARCHAR", g.col(g.pick(drivers)), STAFF, ABBREV),
            c("esc_nm", "person_name", "VARCHAR", g.col(g.pick(escorts), 0.3), STAFF, ABBREV),
            c("nok_nm", "person_name", "VARCHAR", _of(rows, "nok"), ROLE, ABBREV),
            c(
                "nok_ph",
                "phone",
                "VARCHAR",
                [g.phone("IE", "national") if r["nok"] and g.rnd.random() < 0.95 else None for r in rows],
                ROLE,
                ABBREV,
            ),
            c("udf3", N, "VARCHAR", _codes(g, ["RAMP", "FRONT-SEAT", "LUNCH-ONLY", "RESPITE"], 0.4), "decoy", PLAIN),
            c("lst_upd_by", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
        ],
    )


def au_fee_invoice_cobol(g: Gen) -> Table:
    """A Bundaberg residential aged care provider's monthly care fee invoices and means-tested fees, a COBOL extract
    (padded CHAR, numbers for dates, postcodes and phones)."""

    def resident() -> dict[str, Any]:
        female = g.rnd.random() < 0.64
        a, b = v.person(g, "au", female)
        pa, pb = v.person(g, "au")
        return {
            "a": a.upper(),
            "b": b.upper(),
            "mid": _maybe(g, 0.6, lambda: g.code("A")),
            "born": _maybe(g, 0.96, lambda: g.birth(1924, 1950)),
            "medicare": v.medicare(g),
            "crn": _maybe(g, 0.8, lambda: v.au_crn(g)),
            "street": v.street(g, v.AU_STREETS, "au"),
            "unit": _maybe(g, 0.15, lambda: f"UNIT {g.rnd.randint(1, 24)}"),
            "place": g.rnd.choice(v.AU_PLACES),
            "means": round(g.rnd.choice([0.0, 0.0, g.rnd.uniform(1.5, 95.0)]), 2),
            "rad": round(g.rnd.choice([0.0, g.rnd.uniform(50_000, 550_000)]), 2),
            "payer": f"{pb.upper()}, {pa.upper()}",
            "payer_phone": int(g.phone("AU", "digits", g.rnd.random() < 0.8)) if g.rnd.random() < 0.93 else 0,
            "bsb": _maybe(g, 0.8, lambda: g.rnd.choice(["064-788", "124-100", "034-612", "084-801", "633-000"])),
        }

    rows = _visits(g, 110, resident)
    clerks = [s.upper() for s in v.staff(g, 3, "au")]
    return Table(
        "BUNDYAGED.FEE_INVOICE_EXTRACT",
        "en",
        "cobol",
        [
            c("INV-REC-NO", N, "VARCHAR", [f"{n:09d}" for n in g.keys(6_100_001, 3)], "decoy", KEY, LEGACY),
            c("INV-CTL-NO", N, "VARCHAR", g.col(lambda: v.tfn_decoy(g)), "decoy", SHAPE, LEGACY),
            c("BILL-PERIOD", N, "INTEGER", g.col(g.pick([202601, 202602, 202603])), "decoy", LEGACY),
            c("RES-SURNAME", "last_name", "VARCHAR", _pad(_of(rows, "b"), 20), LEGACY),
            c("RES-GIVEN-NM", "first_name", "VARCHAR", _pad(_of(rows, "a"), 15), LEGACY),
            c("RES-MID-INIT", "first_name", "VARCHAR", _pad(_of(rows, "mid"), 1), LEGACY),
            c("RES-DOB", "date_of_birth", "INTEGER", [_ymd(r["born"]) for r in rows], LEGACY),
            c("RES-MEDICARE-NO", "national_id", "VARCHAR", _pad(_of(rows, "medicare"), 11), LEGACY),
            c("RES-CRN", "national_id", "VARCHAR", _of(rows, "crn"), LEGACY),
            c("PREV-ADDR-1", "street_address", "VARCHAR", _pad(_of(rows, "street"), 30), FORMER, LEGACY),
            c(
                "PREV-ADDR-2",
                "street_address",
                "VARCHAR",
                _pad(_of(rows, "unit"), 10),
                FORMER,
                SPLIT_ADDR,
                LEGACY,
                HEAVY,
            ),
            c("PREV-SUBURB", "city", "VARCHAR", _pad([r["place"][0] for r in rows], 18), FORMER, LOCALITY, LEGACY),
            c("PREV-STATE", N, "VARCHAR", ["QLD"] * g.rows, "decoy", LEGACY),
            c("PREV-PCODE", "postal_code", "INTEGER", [int(r["place"][1]) for r in rows], FORMER, LEGACY),
            c("BASIC-DAILY-FEE", N, "DOUBLE", g.col(g.pick([63.82, 64.13, 65.55])), "decoy", LEGACY),
            c("MEANS-TEST-FEE", N, "DOUBLE", _of(rows, "means"), "decoy", LEGACY),
            c("RAD-BAL", N, "DOUBLE", _of(rows, "rad"), "decoy", LEGACY),
            c("PAYER-NAME", "person_name", "VARCHAR", _pad(_of(rows, "payer"), 30), ROLE, LEGACY),
            c("PAYER-PHONE", "phone", "BIGINT", _of(rows, "payer_phone"), ROLE, LEGACY),
            c("PAYER-BSB", N, "VARCHAR", _of(rows, "bsb"), "business", LEGACY),
            c(
                "PAYER-ACCT-NO",
                UNCLASSIFIED,
                "VARCHAR",
                [_pad([g.digits(g.rnd.randint(6, 9))], 10)[0] if r["bsb"] else None for r in rows],
                BANK,
                LEGACY,
            ),
            c("FEE-CLERK", "person_name", "VARCHAR", _pad(g.col(g.pick(clerks)), 20), STAFF, LEGACY),
            c(
                "INV-USER-FLD-2",
                "free_text",
                "VARCHAR",
                _pad(_custom(g, "AU", "au", 0.3, "digits"), 40),
                CUSTOM,
                LEGACY,
            ),
            c(
                "INV-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(_codes(g, ["DD-AUTH", "RAD-PAID", "DAP-MTH", "HARDSHIP"], 0.4), 10),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def in_home_nursing_staging(g: Gen) -> Table:
    """A Mysuru home nursing and elder-attendant agency's bookings landed from its CRM as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "in", female)
        name = f"{a} {b}"
        rows.append(
            {
                "name": name.upper() if g.rnd.random() < 0.3 else name,
                "a": a,
                "b": b,
                "born": g.birth(1930, 1962),
                "place": g.rnd.choice(v.IN_PLACES),
                "child": _maybe(
                    g, 0.9, lambda b=b: (v.given(g, "in"), b if g.rnd.random() < 0.7 else v.person(g, "in")[1])
                ),
            }
        )
    services = [
        "Elder care attendant 12 hr",
        "Post-surgery nursing",
        "Physiotherapy at home",
        "Palliative nursing",
        "Dementia day attendant",
    ]
    hospitals = ["JSS Hospital", "Apollo BGS Hospitals", "Columbia Asia Mysore", "Narayana Multispeciality"]
    coordinators = v.staff(g, 4, "in")
    return Table(
        "stg_mys_homenurse.src_crm_bookings_raw",
        "en",
        "opaque",
        [
            c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c("col02", "person_name", "VARCHAR", _of(rows, "name"), OPAQUE),
            c("col03", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows], OPAQUE),
            c("col04", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g), 0.15), OPAQUE),
            c("col05", "national_id", "VARCHAR", [_maybe(g, 0.45, lambda r=r: v.pan(g, r["b"])) for r in rows], OPAQUE),
            c("col06", "phone", "VARCHAR", g.phones("IN", {"national": 0.4, "e164": 0.3, "digits": 0.3}, 0.7), OPAQUE),
            c(
                "col07",
                "email",
                "VARCHAR",
                [v.email_of(g, *(r["child"] or (r["a"], r["b"])), v.DOMAINS["in"]) for r in rows],
                OPAQUE,
            ),
            c("col08", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.05), OPAQUE),
            c("col09", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, OPAQUE),
            c("col10", "postal_code", "VARCHAR", [r["place"][1] for r in rows], OPAQUE),
            c("col11", N, "VARCHAR", g.col(g.pick(services)), "decoy", OPAQUE),
            c("col12", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col13", N, "VARCHAR", g.col(g.pick(hospitals), 0.4), "business", OPAQUE),
            c(
                "col14",
                N,
                "DOUBLE",
                g.col(g.pick([850.0, 1_200.0, 1_500.0, 2_200.0, 18_000.0, 32_000.0])),
                "decoy",
                OPAQUE,
            ),
            c(
                "col15",
                UNCLASSIFIED,
                "VARCHAR",
                [v.upi(g, r["child"][0] if r["child"] else r["a"]) if g.rnd.random() < 0.6 else None for r in rows],
                USERNAME,
                OPAQUE,
            ),
            c(
                "col16",
                "person_name",
                "VARCHAR",
                [f"{r['child'][0]} {r['child'][1]}" if r["child"] else None for r in rows],
                ROLE,
                OPAQUE,
            ),
            c(
                "col17",
                "phone",
                "VARCHAR",
                [g.phone("IN", "e164") if r["child"] and g.rnd.random() < 0.95 else None for r in rows],
                ROLE,
                OPAQUE,
            ),
            c("col18", "national_id", "VARCHAR", g.col(lambda: v.in_passport(g), 0.86), ROLE, HEAVY, OPAQUE),
            c("col19", "ip_address", "VARCHAR", g.col(g.ip, 0.1), OPAQUE),
            c("col20", "free_text", "VARCHAR", _custom(g, "IN", "in", 0.3, "e164"), CUSTOM, OPAQUE),
            c("col21", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF, OPAQUE),
            c("col22", N, "TIMESTAMP", g.moments("2025-11-01", "2026-03-31", 0.0, 6, 23), "decoy", OPAQUE),
        ],
    )


def za_emar_json(g: Gen) -> Table:
    """An East London care home's medication administration records (eMAR) of its rounds, exported from its app as
    JSON and flattened to dotted keys."""

    def resident() -> dict[str, Any]:
        female = g.rnd.random() < 0.66
        a, b = v.person(g, "za", female)
        born = g.birth(1926, 1955)
        gp = v.person(g, "za")
        return {
            "a": a,
            "b": b,
            "born": born,
            "id": v.za_id(g, born, female),
            "room": f"{g.rnd.choice('ABC')}{g.rnd.randint(1, 28):02d}",
            "street": v.street(g, v.ZA_STREETS, "za"),
            "place": g.rnd.choice(v.ZA_PLACES),
            "scheme": _maybe(g, 0.7, lambda: g.rnd.choice(["Bonitas", "GEMS", "Medshield", "Bestmed"])),
            "nok": _maybe(g, 0.93, lambda: v.whole(g, "za")),
            "gp": f"Dr {gp[0][0]}. {gp[1]}",
        }

    rows = _visits(g, 72, resident)
    medicines = [
        "Amlodipine 5 mg",
        "Metformin 500 mg",
        "Donepezil 10 mg",
        "Furosemide 40 mg",
        "Paracetamol 1 g",
        "Warfarin 2 mg",
        "Simvastatin 20 mg",
        "Lactulose 15 ml",
    ]
    nurses = v.staff(g, 5, "za")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Refused, daughter {v.whole(g, 'za', True)} informed",
                "Crushed in yoghurt as per care plan",
                f"Dose held, Dr {v.person(g, 'za')[1]} phoned",
                "Resident at hospital appointment",
                "Asleep, reattempted 30 min later",
            ]
        )

    return Table(
        "bcm_carehome.emar_rounds_json",
        "en",
        "json",
        [
            c("record.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("record.dispensing_batch", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
            c("resident.name.first", "first_name", "VARCHAR", _of(rows, "a")),
            c("resident.name.last", "last_name", "VARCHAR", _of(rows, "b")),
            c("resident.id_number", "national_id", "VARCHAR", _of(rows, "id")),
            c("resident.birth_date", "date_of_birth", "VARCHAR", [f"{r['born']:%Y/%m/%d}" for r in rows]),
            c("resident.room", N, "VARCHAR", _of(rows, "room"), "decoy"),
            c("resident.previous_address.street", "street_address", "VARCHAR", _of(rows, "street"), FORMER),
            c("resident.previous_address.suburb", "city", "VARCHAR", [r["place"][0] for r in rows], FORMER, LOCALITY),
            c("resident.previous_address.postal_code", "postal_code", "VARCHAR", [r["place"][1] for r in rows], FORMER),
            c("resident.medical_aid.scheme", N, "VARCHAR", _of(rows, "scheme"), "business"),
            c(
                "resident.medical_aid.member_no",
                N,
                "VARCHAR",
                [g.digits(g.rnd.choice([8, 9, 11])) if r["scheme"] else None for r in rows],
                "decoy",
                SHAPE,
            ),
            c("resident.next_of_kin.name", "person_name", "VARCHAR", _of(rows, "nok"), ROLE),
            c(
                "resident.next_of_kin.phone",
                "phone",
                "VARCHAR",
                [g.phone("ZA", g.rnd.choice(["national", "e164"])) if r["nok"] else None for r in rows],
                ROLE,
            ),
            c("resident.gp.name", "person_name", "VARCHAR", _of(rows, "gp"), ROLE),
            c("medication.name", N, "VARCHAR", g.col(g.pick(medicines)), "decoy", HEALTH),
            c("medication.route", N, "VARCHAR", g.col(g.pick(["oral", "oral", "topical", "inhaled", "s/c"])), "decoy"),
            c("round.scheduled_at", N, "TIMESTAMP", g.moments("2026-03-01", "2026-03-31", 0.0, 6, 21), "decoy"),
            c(
                "round.outcome",
                N,
                "VARCHAR",
                g.col(lambda: g.rnd.choices(["Given", "Refused", "Omitted", "Hospital"], [0.88, 0.06, 0.04, 0.02])[0]),
                "decoy",
            ),
            c("round.given_by", "person_name", "VARCHAR", g.col(g.pick(nurses)), STAFF),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((3, 5))), "decoy"),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
            c("meta.custom3", N, "VARCHAR", _codes(g, ["PRN", "CD-REG", "CRUSHED", "FRIDGE"], 0.35), "decoy", PLAIN),
            c("notes.round", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("None", "nil")), NULLWORD),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------


def br_ilpi_admissoes(g: Gen) -> Table:
    """A Londrina long-stay home for older people's (ILPI) admissions with the family member responsible and the
    court-appointed guardian (Brazilian Portuguese)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.63
        name = v.whole(g, "br", female)
        rb = v.person(g, "br")
        responsible = f"{rb[0]} {name.split()[-1]}" if g.rnd.random() < 0.7 else f"{rb[0]} {rb[1]}"
        rows.append(
            {
                "name": name,
                "born": g.birth(1927, 1961),
                "mother": v.whole(g, "br", True) if g.rnd.random() < 0.9 else None,
                "place": g.rnd.choice(v.BR_PLACES),
                "resp": responsible,
                "curador": _maybe(g, 0.16, lambda: v.whole(g, "br")),
            }
        )
    farmacias = [("Farmácia Vila Nova Ltda", v.cnpj(g)), ("Drogaria Higienópolis", v.cnpj(g))]
    farmacias.append(("Botica Santa Rita", v.cnpj(g)))
    fm = [g.rnd.randrange(len(farmacias)) for _ in range(g.rows)]
    assistentes = v.staff(g, 3, "br")

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Visita da filha {v.whole(g, 'br', True)} aos domingos",
                "Interdição em andamento, aguardando termo de curatela",
                f"Sobrinho {v.whole(g, 'br', False)} autorizado a retirar medicamentos",
                "Dieta pastosa, risco de broncoaspiração",
                "Contrato assinado pelo responsável financeiro",
            ]
        )

    return Table(
        "ilpi_londrina.admissoes_residentes",
        "pt",
        "snake",
        [
            c("id_admissao", N, "BIGINT", g.keys(2_001), "decoy", KEY),
            c("numero_prontuario", N, "VARCHAR", g.col(lambda: v.cpf_decoy(g)), "decoy", SHAPE),
            c("data_admissao", N, "DATE", g.days("2019-01-01", "2026-03-31"), "decoy"),
            c("grau_dependencia", N, "VARCHAR", g.col(g.pick(["Grau I", "Grau II", "Grau III"])), "decoy"),
            c("nome_completo", "person_name", "VARCHAR", _of(rows, "name")),
            c("data_nascimento", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("naturalidade", "city", "VARCHAR", g.col(g.pick(v.BR_BIRTHPLACES), 0.1)),
            c("cpf", "national_id", "VARCHAR", g.col(lambda: v.cpf(g, g.rnd.random() < 0.7), 0.03)),
            c("rg", "national_id", "VARCHAR", g.col(lambda: v.rg_pr(g), 0.2)),
            c("cartao_sus", "national_id", "VARCHAR", g.col(lambda: v.cns(g), 0.15)),
            c("nome_mae", "person_name", "VARCHAR", _of(rows, "mother"), ROLE),
            c(
                "endereco_anterior",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.BR_STREETS, "br"), 0.05),
                FORMER,
            ),
            c("bairro", "city", "VARCHAR", [r["place"][0] for r in rows], FORMER, LOCALITY),
            c("cidade", "city", "VARCHAR", [r["place"][1] for r in rows], FORMER),
            c("uf", N, "VARCHAR", ["PR"] * g.rows, "decoy"),
            c("cep", "postal_code", "VARCHAR", [f"{r['place'][2]}-{g.digits(3)}" for r in rows], FORMER),
            c("responsavel_nome", "person_name", "VARCHAR", _of(rows, "resp"), ROLE),
            c("responsavel_cpf", "national_id", "VARCHAR", g.col(lambda: v.cpf(g), 0.1), ROLE),
            c(
                "responsavel_celular",
                "phone",
                "VARCHAR",
                g.phones("BR", {"national": 0.7, "e164": 0.2, "intl": 0.1}),
                ROLE,
            ),
            c(
                "responsavel_email",
                "email",
                "VARCHAR",
                [v.email_of(g, *r["resp"].split(" ", 1), v.DOMAINS["br"]) for r in rows],
                ROLE,
            ),
            c("curador", "person_name", "VARCHAR", _of(rows, "curador"), ROLE, HEAVY),
            c("valor_mensalidade", N, "DOUBLE", g.col(g.pick([3_850.0, 4_200.0, 5_100.0, 6_300.0])), "decoy"),
            c("farmacia_parceira", N, "VARCHAR", [farmacias[i][0] for i in fm], "business"),
            c("farmacia_cnpj", N, "VARCHAR", [farmacias[i][1] for i in fm], "business", CHECK),
            c("assistente_social", "person_name", "VARCHAR", g.col(g.pick(assistentes)), STAFF),
            c("campo_extra_2", "free_text", "VARCHAR", _custom(g, "BR", "br"), CUSTOM),
            c(
                "observacoes",
                "free_text",
                "VARCHAR",
                g.sparse(obs, 0.8, _words("nada consta", "nenhuma")),
                NULLWORD,
            ),
        ],
    )


def dk_visitation_bevillinger(g: Gen) -> Table:
    """Horsens municipality's care assessment (visitation) decisions: home help, personal care, meals and
    emergency alarms granted to older citizens, with their key box codes (Danish)."""

    def borger() -> dict[str, Any]:
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "dk", female)
        born = g.birth(1926, 1958)
        place = g.rnd.choice(v.DK_PLACES)
        return {
            "a": a,
            "mid": _maybe(g, 0.45, lambda: v.person(g, "dk")[1]),
            "b": b,
            "born": born,
            "cpr": v.cpr(g, born, female),
            "street": v.street(g, v.DK_STREETS, "dk"),
            "place": place,
            "phone": g.phone("DK", g.rnd.choice(["national", "intl"]), g.rnd.random() < 0.6),
            "pa": _maybe(g, 0.88, lambda: v.whole(g, "dk")),
            "fuldmagt": _maybe(g, 0.15, lambda: v.whole(g, "dk")),
            "boks": _maybe(g, 0.6, lambda: g.digits(4)),
            "konto": _maybe(g, 0.55, lambda: v.dk_account(g)),
        }

    rows = _visits(g, 190, borger)
    leverandoerer = [
        ("Horsens Kommunes Hjemmepleje", v.cvr(g)),
        ("Plejegruppen Østjylland ApS", v.cvr(g)),
        ("Madservice Bygholm I/S", v.cvr(g)),
        ("Trygheds-Alarm Danmark A/S", v.cvr(g)),
    ]
    lv = [g.rnd.randrange(len(leverandoerer)) for _ in range(g.rows)]
    ydelser = ["Praktisk hjælp", "Personlig pleje", "Madservice", "Nødkald", "Rehabiliteringsforløb", "Indkøbsordning"]
    visitatorer = v.staff(g, 4, "dk")

    def bem() -> str:
        return g.rnd.choice(
            [
                f"Datter {v.whole(g, 'dk', True)} ønsker at deltage i revisitationen",
                "Borgeren afslår bad, tilbydes igen om 14 dage",
                f"Nabo {v.whole(g, 'dk')} har ekstra nøgle",
                "Hjemmesygeplejen orienteret",
                "Klage over tidspunkt for levering af mad",
            ]
        )

    return Table(
        "horsens_visitation.bevillinger",
        "da",
        "snake",
        [
            c("bevilling_id", N, "BIGINT", g.keys(88_001), "decoy", KEY),
            c("sagsnummer", N, "VARCHAR", g.col(lambda: v.cpr_decoy(g)), "decoy", SHAPE),
            c("ydelse", N, "VARCHAR", g.col(g.pick(ydelser)), "decoy"),
            c("timer_pr_uge", N, "DOUBLE", g.col(g.pick([0.5, 1.0, 1.5, 2.5, 4.0, 7.0]), 0.2), "decoy"),
            c("bevilget_fra", N, "DATE", g.days("2024-01-01", "2026-03-31"), "decoy"),
            c("fornavn", "first_name", "VARCHAR", _of(rows, "a")),
            c("mellemnavn", "first_name", "VARCHAR", _of(rows, "mid")),
            c("efternavn", "last_name", "VARCHAR", _of(rows, "b")),
            c("cpr_nummer", "national_id", "VARCHAR", _of(rows, "cpr")),
            c("foedselsdato", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows]),
            c("adresse", "street_address", "VARCHAR", _of(rows, "street")),
            c("postnr", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("bynavn", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("telefon", "phone", "VARCHAR", _of(rows, "phone")),
            c("paaroerende", "person_name", "VARCHAR", _of(rows, "pa"), ROLE),
            c(
                "paaroerende_telefon",
                "phone",
                "VARCHAR",
                [g.phone("DK", "national") if r["pa"] and g.rnd.random() < 0.95 else None for r in rows],
                ROLE,
            ),
            c("fremtidsfuldmaegtig", "person_name", "VARCHAR", _of(rows, "fuldmagt"), ROLE, HEAVY),
            c("noeglebokskode", N, "VARCHAR", _of(rows, "boks"), "decoy", KEYSAFE),
            c("leverandoer", N, "VARCHAR", [leverandoerer[i][0] for i in lv], "business"),
            c("leverandoer_cvr", N, "VARCHAR", [leverandoerer[i][1] for i in lv], "business", CHECK),
            c("egenbetaling_konto", UNCLASSIFIED, "VARCHAR", _of(rows, "konto"), BANK),
            c("visitator", "person_name", "VARCHAR", g.col(g.pick(visitatorer)), STAFF),
            c("fritekstfelt_2", "free_text", "VARCHAR", _custom(g, "DK", "dk"), CUSTOM),
            c("bemaerkninger", "free_text", "VARCHAR", g.sparse(bem, 0.8, _words("ingen", "intet")), NULLWORD),
        ],
    )


def ua_vizyty_sotsrobitnykiv(g: Gen) -> Table:
    """A Ternopil territorial social services centre's home visits by social workers to older and disabled people
    (Ukrainian, Cyrillic column names and values)."""

    def klient() -> dict[str, Any]:
        female = g.rnd.random() < 0.68
        a, b = v.person(g, "ua", female)
        born = g.birth(1928, 1960)
        return {
            "a": a,
            "b": b,
            "p": v.patronymic(g, female),
            "born": born,
            "rnokpp": v.rntrc(g, born, female),
            "doc": v.ua_document(g),
            "phone": g.phone("UA", g.rnd.choice(["national", "intl", "e164"]), g.rnd.random() < 0.6),
            "street": v.street(g, v.UA_STREETS, "ua"),
            "place": g.rnd.choice(v.UA_PLACES),
            "group": _maybe(g, 0.5, lambda: g.rnd.choice(["I група", "II група", "III група"])),
            "rel": _maybe(g, 0.85, lambda: v.whole(g, "ua")),
            "iban": _maybe(g, 0.6, lambda: v.ua_iban(g)),
        }

    rows = _visits(g, 110, klient)
    posluhy = [
        "доставка продуктів",
        "прибирання житла",
        "оплата комунальних послуг",
        "супровід до лікаря",
        "приготування їжі",
        "придбання ліків",
    ]
    postachalnyky = [("ТОВ «Тернопільхліб-Сервіс»", v.edrpou(g)), ("ПП «Галицька аптека»", v.edrpou(g))]
    postachalnyky.append(("ФГ «Подільські продукти»", v.edrpou(g)))
    ps = [g.rnd.randrange(len(postachalnyky)) for _ in range(g.rows)]
    pratsivnyky = v.staff(g, 6, "ua")

    def prym() -> str:
        return g.rnd.choice(
            [
                f"Донька {v.whole(g, 'ua', True)} просить телефонувати їй",
                "Підопічна скаржиться на тиск, викликано сімейного лікаря",
                f"Ключі залишено у сусіда {v.whole(g, 'ua', False)}",
                "Отримувач відмовився від прибирання",
                "Продукти придбано за кошти отримувача",
            ]
        )

    return Table(
        "терцентр_тернопіль.візити_соцпрацівників",
        "uk",
        "native",
        [
            c("ід_візиту", N, "BIGINT", g.keys(410_001), "decoy", KEY),
            c("номер_справи", N, "VARCHAR", g.col(lambda: v.rntrc_decoy(g)), "decoy", SHAPE),
            c("дата_візиту", N, "DATE", g.days("2026-01-05", "2026-03-31"), "decoy"),
            c("послуга", N, "VARCHAR", g.col(g.pick(posluhy)), "decoy"),
            c("тривалість_хв", N, "INTEGER", g.col(g.pick([30, 45, 60, 90, 120])), "decoy"),
            c("прізвище", "last_name", "VARCHAR", _of(rows, "b")),
            c("імʼя", "first_name", "VARCHAR", _of(rows, "a")),
            c("по_батькові", "first_name", "VARCHAR", _of(rows, "p")),
            c("дата_народження", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows]),
            c("рнокпп", "national_id", "VARCHAR", _of(rows, "rnokpp")),
            c("документ", "national_id", "VARCHAR", _of(rows, "doc"), MULTI),
            c("телефон", "phone", "VARCHAR", _of(rows, "phone")),
            c("адреса", "street_address", "VARCHAR", _of(rows, "street")),
            c("населений_пункт", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("індекс", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("група_інвалідності", N, "VARCHAR", _of(rows, "group"), "decoy"),
            c("соціальний_працівник", "person_name", "VARCHAR", g.col(g.pick(pratsivnyky)), STAFF),
            c("родич", "person_name", "VARCHAR", _of(rows, "rel"), ROLE),
            c(
                "телефон_родича",
                "phone",
                "VARCHAR",
                [g.phone("UA", "national") if r["rel"] and g.rnd.random() < 0.93 else None for r in rows],
                ROLE,
            ),
            c("рахунок_пенсії", "iban", "VARCHAR", _of(rows, "iban")),
            c("постачальник", N, "VARCHAR", [postachalnyky[i][0] for i in ps], "business"),
            c("єдрпоу_постачальника", N, "VARCHAR", [postachalnyky[i][1] for i in ps], "business", CHECK),
            c("дод_поле_2", "free_text", "VARCHAR", _custom(g, "UA", "ua"), CUSTOM),
            c("примітки", "free_text", "VARCHAR", g.sparse(prym, 0.8, _words("немає", "без приміток")), NULLWORD),
        ],
    )


def mx_casa_de_dia(g: Gen) -> Table:
    """An Aguascalientes day centre for older adults (casa de día): attendance and the bus that picks members up
    (Mexican Spanish)."""

    def socio() -> dict[str, Any]:
        female = g.rnd.random() < 0.64
        names = v.given(g, "mx", female)
        pat, mat = v.person(g, "mx")[1], v.person(g, "mx")[1]
        born = g.birth(1931, 1962)
        state = g.rnd.choice(v.MX_STATES)
        place = g.rnd.choice(v.MX_PLACES)
        return {
            "names": names,
            "pat": pat,
            "mat": mat,
            "born": born,
            "curp": v.curp(names, pat, mat, born, female, state),
            "nss": _maybe(g, 0.75, lambda: v.nss(g, born)),
            "ine": _maybe(g, 0.7, lambda: v.clave_elector(g, names, pat, mat, born, female)),
            "phone": g.phone("MX", g.rnd.choice(["national", "e164", "intl"])),
            "street": v.street(g, v.MX_STREETS, "mx"),
            "num": f"{g.rnd.randint(100, 1_480)}" + (f" int. {g.rnd.randint(1, 12)}" if g.rnd.random() < 0.2 else ""),
            "place": place,
            "resp": _maybe(g, 0.9, lambda: v.whole(g, "mx")),
            "ruta": g.rnd.choice(["Ruta 1 Oriente", "Ruta 2 Sur", "Ruta 3 Jesús María", "Ruta 4 Centro"]),
            "hora": f"{g.rnd.randint(7, 9):02d}:{g.rnd.choice(['00', '10', '20', '30', '40', '50'])}",
            "clabe": _maybe(g, 0.18, lambda: v.clabe(g)),
        }

    rows = _visits(g, 100, socio)
    choferes = v.staff(g, 3, "mx")

    def obs() -> str:
        return g.rnd.choice(
            [
                f"La recoge su nieta {v.whole(g, 'mx', True)} a las 14:00",
                "No asistió por cita en el IMSS",
                f"Autoriza salida con su vecino {v.whole(g, 'mx', False)}",
                "Requiere ayuda para subir a la unidad",
                "Participó en taller de memoria",
            ]
        )

    return Table(
        "casa_de_dia_ags.asistencia_transporte",
        "es",
        "snake",
        [
            c("id_asistencia", N, "BIGINT", g.keys(120_001), "decoy", KEY),
            c("folio", N, "VARCHAR", g.col(lambda: v.nss_decoy(g)), "decoy", SHAPE),
            c("fecha", N, "DATE", g.days("2026-01-12", "2026-03-27"), "decoy"),
            c("ruta", N, "VARCHAR", _of(rows, "ruta"), "decoy"),
            c("hora_recogida", N, "VARCHAR", _of(rows, "hora"), "decoy"),
            c("nombres", "first_name", "VARCHAR", _of(rows, "names")),
            c("apellido_paterno", "last_name", "VARCHAR", _of(rows, "pat")),
            c("apellido_materno", "last_name", "VARCHAR", _of(rows, "mat")),
            c("curp", "national_id", "VARCHAR", _of(rows, "curp")),
            c("nss", "ssn", "VARCHAR", _of(rows, "nss")),
            c("clave_elector", "national_id", "VARCHAR", _of(rows, "ine")),
            c("fecha_nacimiento", "date_of_birth", "VARCHAR", [v.fecha_larga(r["born"]) for r in rows]),
            c("telefono", "phone", "VARCHAR", _of(rows, "phone")),
            c("calle", "street_address", "VARCHAR", _of(rows, "street")),
            c("numero_exterior", "street_address", "VARCHAR", _of(rows, "num"), SPLIT_ADDR),
            c("colonia", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("municipio", "city", "VARCHAR", [r["place"][1] for r in rows]),
            c("cp", "postal_code", "VARCHAR", [r["place"][2] for r in rows]),
            c("responsable_familiar", "person_name", "VARCHAR", _of(rows, "resp"), ROLE),
            c(
                "parentesco",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(["hija", "hijo", "nieta", "sobrina", "esposo", "nuera"]) if r["resp"] else None
                    for r in rows
                ],
                "decoy",
            ),
            c(
                "telefono_responsable",
                "phone",
                "VARCHAR",
                [g.phone("MX", "national") if r["resp"] and g.rnd.random() < 0.95 else None for r in rows],
                ROLE,
            ),
            c("chofer", "person_name", "VARCHAR", g.col(g.pick(choferes)), STAFF),
            c("clabe_reembolso", UNCLASSIFIED, "VARCHAR", _of(rows, "clabe"), BANK, HEAVY),
            c("campo_libre_2", "free_text", "VARCHAR", _custom(g, "MX", "mx"), CUSTOM),
            c(
                "observaciones",
                "free_text",
                "VARCHAR",
                g.sparse(obs, 0.8, _words("ninguna", "sin observaciones")),
                NULLWORD,
            ),
        ],
    )


def de_heimaufnahmen(g: Gen) -> Table:
    """A Passau care home's admissions with the holder of a lasting power of attorney (Vorsorgevollmacht), the legal
    guardian and the direct debit of the home's fees (German)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.66
        a, b = v.person(g, "de", female)
        born = g.birth(1925, 1956)
        maiden = v.person(g, "de")[1] if female and g.rnd.random() < 0.8 else None
        place = g.rnd.choice(v.DE_PLACES)
        agent = _maybe(g, 0.85, lambda: v.person(g, "de"))
        holder = g.rnd.choice([f"{a} {b}", f"{agent[0]} {agent[1]}" if agent else f"{a} {b}"])
        rows.append(
            {
                "a": a,
                "b": b,
                "maiden": maiden,
                "born": born,
                "rv": v.rvnr(g, born, maiden or b, female),
                "place": place,
                "agent": f"{agent[0]} {agent[1]}" if agent else None,
                "agent_mail": v.email_of(g, *agent, v.DOMAINS["de"]) if agent and g.rnd.random() < 0.7 else None,
                "betreuer": None if agent or g.rnd.random() < 0.3 else v.whole(g, "de"),
                "gp": f"Dr. med. {v.whole(g, 'de')}",
                "holder": holder,
            }
        )
    sozialdienst = v.staff(g, 3, "de")
    kassen = ["AOK Bayern", "DAK-Gesundheit", "TK", "BARMER", "KKH", "SBK"]

    def bem() -> str:
        return g.rnd.choice(
            [
                f"Sohn {v.whole(g, 'de', False)} bringt Möbel am Samstag",
                "Heimvertrag unterschrieben zurück",
                f"Betreuerin {v.whole(g, 'de', True)} hat Aufenthaltsbestimmung",
                "Kurzzeitpflege in Dauerpflege umgewandelt",
                "Sturzrisiko, Niederflurbett bestellt",
            ]
        )

    return Table(
        "seniorenheim_passau.heimaufnahmen",
        "de",
        "snake",
        [
            c("aufnahme_id", N, "BIGINT", g.keys(3_301), "decoy", KEY),
            c("heimvertrag_nr", N, "VARCHAR", g.col(lambda: v.steuer_id_decoy(g)), "decoy", SHAPE),
            c("einzugsdatum", N, "DATE", g.days("2018-01-01", "2026-03-31"), "decoy"),
            c("pflegegrad", N, "INTEGER", g.col(g.pick([2, 3, 3, 4, 4, 5])), "decoy"),
            c("vorname", "first_name", "VARCHAR", _of(rows, "a")),
            c("nachname", "last_name", "VARCHAR", _of(rows, "b")),
            c("geburtsname", "last_name", "VARCHAR", _of(rows, "maiden")),
            c("geburtsdatum", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows]),
            c("geburtsort", "city", "VARCHAR", g.col(g.pick(v.DE_BIRTHPLACES), 0.05)),
            c("steuer_id", "national_id", "VARCHAR", g.col(lambda: v.steuer_id(g), 0.1)),
            c("rentenversicherungsnummer", "ssn", "VARCHAR", _of(rows, "rv")),
            c("personalausweisnummer", "national_id", "VARCHAR", g.col(lambda: v.ausweis(g), 0.25)),
            c(
                "bisherige_anschrift",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.DE_STREETS, "de")),
                FORMER,
            ),
            c("plz", "postal_code", "VARCHAR", [r["place"][1] for r in rows], FORMER),
            c("ort", "city", "VARCHAR", [r["place"][0] for r in rows], FORMER),
            c("pflegekasse", N, "VARCHAR", g.col(g.pick(kassen)), "business"),
            c("bevollmaechtigter", "person_name", "VARCHAR", _of(rows, "agent"), ROLE),
            c(
                "bevollmaechtigter_telefon",
                "phone",
                "VARCHAR",
                [g.phone("DE", g.rnd.choice(["national", "intl"])) if r["agent"] else None for r in rows],
                ROLE,
            ),
            c("bevollmaechtigter_email", "email", "VARCHAR", _of(rows, "agent_mail"), ROLE),
            c("gesetzlicher_betreuer", "person_name", "VARCHAR", _of(rows, "betreuer"), ROLE, HEAVY),
            c("hausarzt", "person_name", "VARCHAR", _of(rows, "gp"), ROLE),
            c(
                "sepa_iban",
                "iban",
                "VARCHAR",
                g.col(lambda: v.spaced(v.de_iban(g)) if g.rnd.random() < 0.5 else v.de_iban(g), 0.1),
            ),
            c("kontoinhaber", "person_name", "VARCHAR", _of(rows, "holder"), ROLE),
            c("sozialdienst", "person_name", "VARCHAR", g.col(g.pick(sozialdienst)), STAFF),
            c("zusatzfeld_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
            c("bemerkungen", "free_text", "VARCHAR", g.sparse(bem, 0.8, _words("keine", "k. A.")), NULLWORD),
        ],
    )


def fr_portage_repas(g: Gen) -> Table:
    """A Dijon meals-on-wheels service's rounds and deliveries, with key safe codes (French)."""

    def beneficiaire() -> dict[str, Any]:
        female = g.rnd.random() < 0.63
        a, b = v.person(g, "fr", female)
        born = g.birth(1926, 1958)
        return {
            "a": a,
            "b": b,
            "born": born,
            "nir": v.nir(g, born, female),
            "phone": g.phone("FR", g.rnd.choice(["national", "national", "intl"]), g.rnd.random() < 0.4),
            "street": v.street(g, v.FR_STREETS, "fr"),
            "compl": _maybe(
                g,
                0.2,
                lambda: g.rnd.choice(
                    [f"Bât. {g.rnd.choice('ABCD')}", f"Résidence Les Lilas, apt {g.rnd.randint(1, 60)}", "2e étage"]
                ),
            ),
            "place": g.rnd.choice(v.FR_PLACES),
            "boite": _maybe(g, 0.5, lambda: g.digits(4)),
            "regime": g.rnd.choice(["normal", "sans sel", "diabétique", "mixé", "sans porc", "hypocalorique"]),
            "aidant": _maybe(g, 0.85, lambda: v.whole(g, "fr")),
            "tournee": g.rnd.choice(
                ["Tournée 1 Centre", "Tournée 2 Chenôve", "Tournée 3 Quetigny", "Tournée 4 Talant"]
            ),
            "iban": _maybe(g, 0.6, lambda: v.fr_iban(g)),
        }

    rows = _visits(g, 150, beneficiaire)
    livreurs = v.staff(g, 5, "fr")
    traiteurs = [v.siret(g), v.siret(g)]
    caisses = ["CARSAT Bourgogne-Franche-Comté", "MSA Bourgogne", "Agirc-Arrco", "CNRACL", "SNCF Retraites"]

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Absente, repas laissé à la voisine Mme {v.person(g, 'fr', True)[1]}",
                "Frigo vide, signalé au CCAS",
                f"Prévenir le fils {v.whole(g, 'fr', False)} si pas de réponse",
                "Chien dans le jardin, sonner deux fois",
                "Suspension du 12 au 26, hospitalisation",
            ]
        )

    return Table(
        "portage_repas_dijon.tournees_livraisons",
        "fr",
        "snake",
        [
            c("id_livraison", N, "BIGINT", g.keys(900_001), "decoy", KEY),
            c("numero_beneficiaire", N, "VARCHAR", g.col(lambda: v.nir_decoy(g)), "decoy", SHAPE),
            c("date_livraison", N, "DATE", g.days("2026-02-02", "2026-03-28"), "decoy"),
            c("tournee", N, "VARCHAR", _of(rows, "tournee"), "decoy"),
            c("nom", "last_name", "VARCHAR", _of(rows, "b")),
            c("prenom", "first_name", "VARCHAR", _of(rows, "a")),
            c("date_naissance", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("numero_securite_sociale", "ssn", "VARCHAR", _of(rows, "nir")),
            c("telephone", "phone", "VARCHAR", _of(rows, "phone")),
            c("adresse", "street_address", "VARCHAR", _of(rows, "street")),
            c("complement_adresse", "street_address", "VARCHAR", _of(rows, "compl"), SPLIT_ADDR, HEAVY),
            c("code_postal", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("commune", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("code_boite_a_cles", N, "VARCHAR", _of(rows, "boite"), "decoy", KEYSAFE),
            c("regime", N, "VARCHAR", _of(rows, "regime"), "decoy", HEALTH),
            c("nombre_repas", N, "INTEGER", g.col(g.pick([1, 1, 1, 2, 2, 3])), "decoy"),
            c("livreur", "person_name", "VARCHAR", g.col(g.pick(livreurs)), STAFF),
            c("aidant_nom", "person_name", "VARCHAR", _of(rows, "aidant"), ROLE),
            c(
                "aidant_telephone",
                "phone",
                "VARCHAR",
                [g.phone("FR", "national") if r["aidant"] and g.rnd.random() < 0.95 else None for r in rows],
                ROLE,
            ),
            c("caisse_retraite", N, "VARCHAR", g.col(g.pick(caisses), 0.2), "business"),
            c("traiteur_siret", N, "VARCHAR", g.col(g.pick(traiteurs)), "business", CHECK),
            c("iban_prelevement", "iban", "VARCHAR", _of(rows, "iban")),
            c("champ_libre_2", "free_text", "VARCHAR", _custom(g, "FR", "fr"), CUSTOM),
            c("observations", "free_text", "VARCHAR", g.sparse(obs, 0.8, _words("aucune", "néant")), NULLWORD),
        ],
    )


def pt_plano_medicacao(g: Gen) -> Table:
    """A Castelo Branco residential home for older people's (ERPI) medication plan and administration rounds
    (European Portuguese)."""

    def utente() -> dict[str, Any]:
        female = g.rnd.random() < 0.65
        a, b = v.person(g, "pt", female)
        if g.rnd.random() < 0.6:
            b = f"{v.person(g, 'pt')[1]} {b}"
        doctor = v.person(g, "pt")
        return {
            "a": a,
            "b": b,
            "born": g.birth(1924, 1952),
            "nif": v.nif_pt(g),
            "cc": _maybe(g, 0.85, lambda: v.cartao_cidadao(g)),
            "sns": v.sns_utente(g),
            "niss": _maybe(g, 0.8, lambda: v.niss(g)),
            "quarto": f"Q{g.rnd.randint(1, 32):02d}",
            "medico": f"Dr{'a' if g.rnd.random() < 0.5 else ''}. {doctor[0]} {doctor[1]}",
            "fam": _maybe(g, 0.92, lambda: v.whole(g, "pt")),
            "street": v.street(g, v.PT_STREETS, "pt"),
            "place": g.rnd.choice(v.PT_PLACES),
        }

    rows = _visits(g, 64, utente)
    medicamentos = [
        "Ben-u-ron 1 g",
        "Lisinopril 10 mg",
        "Metformina 850 mg",
        "Memantina 20 mg",
        "Furosemida 40 mg",
        "Sinvastatina 20 mg",
        "Alprazolam 0,25 mg",
        "Omeprazol 20 mg",
    ]
    farmacias = [("Farmácia Central Albicastrense", v.nif_pt(g, True)), ("Farmácia da Devesa", v.nif_pt(g, True))]
    fm = [g.rnd.randrange(len(farmacias)) for _ in range(g.rows)]
    enfermeiros = v.staff(g, 5, "pt")

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Recusou a toma, informada a filha {v.whole(g, 'pt', True)}",
                "Toma adiada por jejum para análises",
                f"Medicação trazida pelo sobrinho {v.whole(g, 'pt', False)}",
                "Comprimido triturado na sopa",
                "Utente no hospital, toma não efetuada",
            ]
        )

    return Table(
        "erpi_castelo_branco.plano_medicacao",
        "pt",
        "snake",
        [
            c("id_registo", N, "BIGINT", g.keys(77_001), "decoy", KEY),
            c("numero_processo", N, "VARCHAR", g.col(lambda: v.nif_pt_decoy(g)), "decoy", SHAPE),
            c("hora_toma", N, "TIMESTAMP", g.moments("2026-03-01", "2026-03-31", 0.0, 7, 22), "decoy"),
            c("nome_proprio", "first_name", "VARCHAR", _of(rows, "a")),
            c("apelidos", "last_name", "VARCHAR", _of(rows, "b")),
            c("data_nascimento", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows]),
            c("nif", "national_id", "VARCHAR", _of(rows, "nif")),
            c("cartao_cidadao", "national_id", "VARCHAR", _of(rows, "cc")),
            c("numero_utente", "national_id", "VARCHAR", _of(rows, "sns")),
            c("niss", "ssn", "VARCHAR", _of(rows, "niss")),
            c("quarto", N, "VARCHAR", _of(rows, "quarto"), "decoy"),
            c("medicamento", N, "VARCHAR", g.col(g.pick(medicamentos)), "decoy", HEALTH),
            c("via", N, "VARCHAR", g.col(g.pick(["oral", "oral", "oral", "tópica", "inalatória", "SC"])), "decoy"),
            c("administrado_por", "person_name", "VARCHAR", g.col(g.pick(enfermeiros)), STAFF),
            c("medico_assistente", "person_name", "VARCHAR", _of(rows, "medico"), ROLE),
            c("familiar_responsavel", "person_name", "VARCHAR", _of(rows, "fam"), ROLE),
            c(
                "telefone_familiar",
                "phone",
                "VARCHAR",
                [g.phone("PT", "national") if r["fam"] and g.rnd.random() < 0.95 else None for r in rows],
                ROLE,
            ),
            c("morada_anterior", "street_address", "VARCHAR", _of(rows, "street"), FORMER),
            c(
                "codigo_postal",
                "postal_code",
                "VARCHAR",
                [f"{r['place'][1]}-{g.rnd.randint(0, 999):03d}" for r in rows],
                FORMER,
            ),
            c("localidade", "city", "VARCHAR", [r["place"][0] for r in rows], FORMER),
            c("farmacia", N, "VARCHAR", [farmacias[i][0] for i in fm], "business"),
            c("farmacia_nipc", N, "VARCHAR", [farmacias[i][1] for i in fm], "business", CHECK),
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


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (gb_care_visits, 560),
    (us_meal_deliveries, 480),
    (ca_safeguarding_referrals, 260),
    (ie_daycentre_transport, 380),
    (au_fee_invoice_cobol, 300),
    (in_home_nursing_staging, 600),
    (za_emar_json, 520),
    (br_ilpi_admissoes, 340),
    (dk_visitation_bevillinger, 420),
    (ua_vizyty_sotsrobitnykiv, 360),
    (mx_casa_de_dia, 400),
    (de_heimaufnahmen, 320),
    (fr_portage_repas, 440),
    (pt_plano_medicacao, 380),
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
