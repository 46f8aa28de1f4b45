"""Held-out set v57 for the column classifier: 15 tables of *public administration and citizen services*, one system
per table and each a different public body, nine with English column names (the United States, the United Kingdom,
Australia, Canada, Ireland and New Zealand) and six in Spanish, Portuguese, Polish, Swedish, Turkish and Russian
(Cyrillic script), in snake, camel, Pascal and SCREAMING case, with abbreviations, source prefixes and opaque custom
fields:

* ``grandlist.tax_bills``: a southern Vermont town's property-tax bills from its grand list (owners as the lister
  writes them, ``LAST FIRST``; the owners' mailing addresses, often out of state; the parcel's location; the SPAN
  and parcel id; the escrow lender; the last four digits of the homestead declarant's SSN; the parcel's coordinates);
* ``UI_CLAIMS.CLAIMANT_MASTER``: a New Mexico workforce agency's unemployment-insurance claimant master (mainframe
  SCREAMING case with abbreviations: ``CLMT_FNM``, ``CLMT_ADDR_LN1``, ``CLMT_PH``; the SSN with placeholders, the last
  employer and its FEIN, the direct-deposit routing number, the filing IP, an identity-verification result as JSON,
  the adjudicator and the notes, RACF-style update logins);
* ``CouncilTax.AccountHolders``: a West Yorkshire borough council's council-tax accounts with council tax support and
  garden-waste permits (Pascal case: ``LiablePersonForename``, ``JointLiableName``, ``NINumber``, the property's UPRN
  and band, the direct-debit payer, the letting agent, a mixed ``AlternativeContact``, opaque ``UserDefined1`` and
  ``UserDefined2``);
* ``binservice.wasteAccounts``: a Sunshine Coast hinterland council's waste-collection accounts (camel case: the
  owner's postal address vs the service address, the occupier, a pensioner concession card's CRN, bin RFID tags, the
  contractor's ABN, bin-event JSON, opaque ``attr7`` and ``attr8``);
* ``kent_twp_clerk.qvf_voters``: a Michigan township clerk's qualified voter file with absentee-ballot tracking (year
  of birth, the residence address split into number and street name, the driver's licence number, the last four of
  the SSN, polling places, the election inspector);
* ``koha_wpl.borrower_loans``: a Manitoba public library's Koha borrowers joined to their current loans (Koha's own
  column names: ``cardnumber``, ``surname``, ``othernames``, ``B_address``, ``contactname``, ``userid``, ``sort1``;
  book titles named after people, ISBNs and item barcodes with check digits);
* ``eplan_cork.planning_apps``: a Cork county council's planning applications (snake case with abbreviations:
  ``applicant_nm``, ``agent_ph``, ``site_itm_e``; the applicant's home and the site, the architect's firm, the
  objectors, ``src_apas_col17`` and ``src_apas_col18``);
* ``metlink_conc.concessionCards``: a Wellington regional council's transit concession cards and season passes
  (camel case: the holder, a guardian, a support person under ``custFieldA``, an emergency contact mixing kinds, the
  driver's licence as proof of age, an auto top-up card's last four digits and token, the order IP);
* ``CDF_PCN.pcn_cases``: a Cardiff council's parking penalty charge notices (``pcn_no``, ``veh_vrm``, ``kpr_fnm``,
  ``kpr_pc``, civil enforcement officers, hirers, appeals, Blue Badge numbers, ``misc_1`` and ``misc_2``);
* ``registro_civil.inscripciones_nacimiento``: an Andalusian civil registry's birth registrations (Spanish: the
  newborn's given name and two family names, the progenitors' names, DNI or NIE and birth dates, the hospital and its
  CIF, the registrar);
* ``seg_social_viseu.abonoFamilia``: a Portuguese social-security district centre's child-benefit files (Portuguese,
  camel case: ``requerenteNif``, ``requerenteNiss``, ``criancaNiss``, the household, the IBAN, the school's NIPC,
  opaque ``campoLivre1`` and ``campoLivre2``);
* ``usc_nowy_targ.akty_malzenstwa``: a Podhale civil registry office's marriage certificates (Polish: both spouses'
  names, family names at birth, PESELs encoding their birth dates and sexes, birthplaces, the surnames chosen, the
  parents' given names, witnesses, the registrar and the officiating clergyman);
* ``socialtjansten.forsorjningsstod``: a Norrbotten municipality's social-assistance case files (Swedish: applicant
  and co-applicant with personnummer, children's first names with ages, ``c_o``, the case officer and her direct
  line, the landlord and its organisationsnummer, the IBAN for payments, opaque ``falt_3`` and ``falt_4``);
* ``eskisehir_su.abone_kayitlari``: an Anatolian metropolitan water utility's subscriber records with the
  environmental-cleaning (waste) tax billed with water (Turkish: T.C. kimlik, ``baba_adi``, meter serials and
  coordinates, the landlord, the deposit IBAN, business subscribers' VKN, meter readers);
* ``сфр_пенсии.назначения``: a Volga region social fund office's pension awards (Russian, Cyrillic column names and
  values: ``фамилия``, ``отчество``, ``снилс``, ``инн``, ``паспорт``, ``место_рождения``, a Mir card number, the
  last employer's ИНН and ОГРН, the representative, the specialist, opaque ``доп_поле_1`` and ``доп_поле_2``).

Written **blind**, like v2 to v55: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``, and the writer and summary of ``heldout_v4.py`` that v27 imports), the module docstrings
of v24 to v55 (to avoid their domains and follow their labeling conventions), the ``Column``/``Table`` classes and
writer of ``heldout_v2.py``, the ``[tool.ruff]`` section of ``pyproject.toml`` and the sources of python-stdnum and
phonenumbers. The classifier was not run on this set while it was written, no scorer was run on it, and no score of
any set was looked at: nothing here was adjusted to what the classifier does. Some labels below are quick decisions
rather than settled conventions. It imports no earlier set's value module: its random source, name lists, streets,
towns, postal codes and identifier builders are its own (:mod:`benchmarks.classification.heldout_v57_values`; the
generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v55: public administration and citizen services as the theme, the registers a municipality
or a social-security office keeps about its residents. Earlier sets had a voter file, a public library and a parking
operator (v26), a county's building permits (v25), a population register, a Spanish employment office and a French
social-action centre (v29), resident parking permits and a Czech library (v39), licences and registers of public
bodies with Portuguese marriage records (v44), a municipal utility's move notices and a water corporation's consumers
(v46), a municipal police force (v52) and a Finnish municipality's well notifications (v53); here the tax bill, the
unemployment claim, council tax and its support, waste-collection and water accounts, a qualified voter file with
absentee ballots, a Koha library's borrowers and loans, planning applications, transit concession cards, parking
penalty notices, birth and marriage registrations, child benefit, social assistance and pension awards.

* tags of this set: ``opaque`` (custom fields ``misc_1``, ``udf``-like ``UserDefined1``, ``attr7``, ``custFieldA``,
  ``campoLivre1``, ``falt_3``, ``доп_поле_1`` holding personal data, and their neighbours holding codes: ``none``),
  ``prefixed`` (``src_apas_col17``, ``src_apas_col18``), ``mixed_kinds`` (a phone, an e-mail or a name in one
  column: ``free_text``), ``check_digit`` (decoys passing their own check: FEIN, ABA routing numbers, ABN, UK VAT,
  library and item barcodes and ISBNs, transit card serials, the Spanish CIF, the Portuguese NIPC, the Swedish
  organisationsnummer, the Polish NIP, the Turkish VKN, the Russian company ИНН and ОГРН), ``permit_number`` (Blue
  Badge, garden-waste permit and planning references), ``vehicle`` (registration marks, makes, colours),
  ``coordinates`` (parcels, polling places, bins, meters: ``none``), ``event_date`` (issue, award, marriage, loan
  and due dates), ``partial`` (last four digits of an SSN or a card), ``credential`` (a Koha password hash),
  ``tokenized`` (an auto top-up token), ``json_blob``/``json_plain``, and v27's ``decoy``, ``business``, ``staff``,
  ``role_word``, ``premises``, ``join_key``, ``username``, ``service_account``, ``audit``, ``abbrev``, ``misleading``,
  ``multi_value``, ``placeholder``, ``null_heavy``, ``nullword_heavy``, ``value_shape``;
* identifiers of persons with check digits (python-stdnum): the US SSN, the Spanish DNI and NIE, the Portuguese NIF,
  PESEL (the row's birth date and sex), the Swedish personnummer (the row's birth date), the T.C. kimlik numarası, the
  Russian personal ИНН; the Portuguese NISS and the Russian СНИЛС with their published check-digit rules (python-stdnum
  has neither; the test checks them again with its own code); without a check digit: the UK National Insurance
  number, a Michigan driver's licence number, a New Zealand driver licence number, a Centrelink CRN and a Russian
  passport series and number; IBANs of Portugal, Sweden and Turkey; a Mir card number (Luhn); phones of the United
  States, the United Kingdom, Australia, Canada, Ireland, New Zealand, Spain, Portugal, Poland, Sweden, Turkey and
  Russia (phonenumbers); IPv4 and IPv6 addresses of online claims, orders and applications.

Labeling choices a reader may question:

* social-security and social-insurance numbers are ``ssn``, as ``governance_dagster/kinds.py`` says (a Russian SNILS
  is its own example): the US SSN, the UK National Insurance number, the Portuguese NISS of a parent and of a child,
  the Russian СНИЛС. v55 labeled social-security numbers ``national_id`` where a set had no US data; this set follows
  the kinds' docstring instead. Tax and citizen numbers (NIF, personal ИНН, T.C. kimlik, PESEL, personnummer, DNI,
  NIE), passports, driving licences and a Centrelink CRN are ``national_id``;
* a record number of the body (a claimant id, a council-tax account reference, an assessment number, a voter id, a
  borrower number, a case or subscriber number, a student id) is ``none`` (tag ``join_key``); a library card number,
  a transit card serial, a meter serial, a PCN number, a Blue Badge number and a planning reference are ``none``
  (decoys or permit numbers), though each leads to one person in the body's own register;
* a grand-list owner written ``LAST FIRST`` (and some family trusts among them) is ``person_name``; the
  ``property_location`` of a parcel and a council-tax ``PropertyAddress`` or a waste ``serviceAddress`` are
  ``street_address`` (tag ``premises``): a home; the coordinates of parcels, bins and meters are ``none``;
* a voter's ``year_of_birth`` alone is ``date_of_birth`` (as v26); ``middle_name`` is ``first_name``; a residence
  split into ``residence_street_number`` and ``residence_street_name`` is ``street_address`` in each part;
* a patronymic (``отчество``), a father's given name (``baba_adi``) and a spouse's parents' given names
  (``imiona_rodzicow_m``, ``Ryszard i Halina``) are ``first_name``; a family name at birth (``nazwisko_rodowe``) and a
  surname chosen at marriage are ``last_name``; a newborn's given name is ``first_name``;
* a Turkish ``ilce`` (a district municipality such as Odunpazarı) is ``city``, the ``il`` (province) ``none``; a
  county, ``CLMT_ST``, ``provincia``, ``distrito``, ``powiat``, ``регион`` and ``ownerState`` are ``none``; a
  birthplace is ``city``;
* the Swedish ``c_o`` (``c/o Hedlund``) is ``person_name``; ``barn_fornamn`` (``Elsa (4); Ivar (7)``) is
  ``first_name`` (tag ``multi_value``), ``agregadoFamiliar`` (full names of the household, ``;``-separated) and the
  planning objectors are ``person_name`` (tag ``multi_value``);
* staff (the adjudicator, the election inspector, the planner, civil enforcement officers, the registrar, the case
  officer, the meter reader, the pension specialist written ``Фомина Л. Н.``) are ``person_name`` (tag ``staff``); a
  case officer's direct line at the town hall is ``none`` (tag ``business``); an officiating clergyman is
  ``person_name`` (tags ``staff``, ``role_word``); an architect named as the agent's contact is ``person_name``, the
  agent's firm, address and phone ``none``;
* a Blue Badge number is ``none`` (tag ``permit_number``): it numbers a permit, like v44's licence numbers; a vehicle
  registration mark is ``none`` (tag ``vehicle``), the registered keeper's name and address are personal;
* book titles named after people (``The Ballad of Harlan Kimbrough``) are ``none`` (tag ``misleading``); a polling
  place's name and address, a hospital, a school, a letting agent, an escrow lender, a contractor and an employer are
  ``none`` (tag ``business``);
* ``AlternativeContact`` and ``emergencyContact`` (a phone, an e-mail address or a name with a number) are
  ``free_text`` (tag ``mixed_kinds``); notes naming people are ``free_text``, a development description naming no
  one is ``none``; a JSON identity-verification result holding a name and a date of birth is ``free_text`` (tag
  ``json_blob``), bin events as JSON ``none`` (tag ``json_plain``);
* the last four digits of an SSN or a card are ``none`` (tag ``partial``); a Koha password hash is ``none`` (tag
  ``credential``); an OPAC ``userid`` and the clerks' update logins are ``unclassified`` (tag ``username``), a rates
  batch job ``none`` (tag ``service_account``).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code and city are ``none`` (tag ``business``); staff names are ``person_name`` (a first name alone
``first_name``); a login is ``unclassified`` (tag ``username``). ``null_heavy`` means 50-95% NULL, ``nullword_heavy``
70-95% NULL words; both tags are on personal columns only (decoys and businesses such as a Blue Badge number or an
enforcement agent may be as sparse as the register keeps them, untagged).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v57_values`, written for v57 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v57 [PATH]`` (default
``/tmp/heldout_v57.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v57``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v57_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v57_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v57.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (guardian, occupier, declarant, witness, hirer ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
PREMISES = "premises"  # a person's home named as a property, a service address or a site
KEY = "join_key"  # a record number, id or foreign key of the body (none)
MULTI = "multi_value"  # several names in one cell
JSON = "json_blob"  # a JSON document holding personal data (free_text)
JSON_PLAIN = "json_plain"  # a JSON document holding no personal data (none)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders
TOKEN = "tokenized"
PARTIAL = "partial"  # the last four digits of an SSN or a card (none)
CREDENTIAL = "credential"
OPAQUE = "opaque"  # a custom field named by number or letter
PREFIX = "prefixed"  # a source-prefixed column name
MIXED = "mixed_kinds"  # phones, e-mail addresses or names in one column (free_text)
CHECK = "check_digit"  # a decoy passing its own check digit (none)
PERMIT = "permit_number"  # a permit, badge or application number (none)
VEHICLE = "vehicle"
COORD = "coordinates"
EVENT = "event_date"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, style: int, lang: str = "us") -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, lang), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


# -- United States: a Vermont town, New Mexico, a Michigan township ----------------------------------------------------


def vt_tax_bills(g: Gen) -> Table:
    """A southern Vermont town's property-tax bills from its grand list: bill id, SPAN and parcel id, owners as the
    lister writes them (``LAST FIRST M``, a few trusts), the mailing address (often out of state), the parcel's
    location (a home: ``street_address``), values and rates, the escrow lender, the owner's phone and e-mail, the last
    four of the homestead declarant's SSN, installments, the lister's note, the parcel's coordinates, the clerk's
    login."""
    owners = []
    for _ in range(g.rows):
        a, b = v.person(g)
        if g.rnd.random() < 0.06:
            owners.append(f"{b.upper()} FAMILY TRUST")
        else:
            owners.append(f"{b.upper()} {a.upper()}" + g.rnd.choice(["", "", f" {g.rnd.choice('ABCDEJLMRW')}"]))
    away = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    mail = [g.rnd.choice(v.US_MAIL_TOWNS) if a else None for a in away]
    local = [g.rnd.choice(v.VT_TOWNS) for _ in range(g.rows)]
    located = [v.street_of(g, "vt") for _ in range(g.rows)]
    clerks = _logins(g, 3, 0)

    def lister_note() -> str:
        return g.rnd.choice(
            [
                "New garage 2024, field visit done",
                f"Sold by {v.whole(g)} to current owner 03/2025",
                "Camp, seasonal access only",
                f"Homestead filed late, spoke to {v.given(g)}",
                "Subdivided, see parcel 07-02-14.2",
            ]
        )

    lat, lon = 42.92, -72.62
    return Table(
        "grandlist.tax_bills",
        "en",
        "snake",
        [
            c("bill_id", N, "INTEGER", g.keys(25_0001), "decoy", KEY),
            c("span", N, "VARCHAR", g.col(lambda: g.code("180-056-99999")), "decoy", SHAPE),
            c(
                "parcel_id",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(1, 12):02d}-{g.rnd.randint(1, 9):02d}-{g.rnd.randint(1, 60):02d}"),
                "decoy",
                SHAPE,
            ),
            c("owner1_name", "person_name", "VARCHAR", owners),
            c(
                "owner2_name",
                "person_name",
                "VARCHAR",
                [None if g.rnd.random() < 0.55 else f"{v.family(g).upper()} {v.given(g).upper()}" for _ in owners],
                HEAVY,
            ),
            c(
                "mailing_addr1",
                "street_address",
                "VARCHAR",
                [v.street_of(g, "away") if a else loc for a, loc in zip(away, located)],
                ABBREV,
            ),
            c("mailing_city", "city", "VARCHAR", [m[0] if m else t[0] for m, t in zip(mail, local)]),
            c("mailing_state", N, "VARCHAR", [m[1] if m else "VT" for m in mail], "decoy"),
            c(
                "mailing_zip",
                "postal_code",
                "VARCHAR",
                [m[2] + g.digits(2) if m else t[1] for m, t in zip(mail, local)],
            ),
            c("property_location", "street_address", "VARCHAR", located, PREMISES),
            c("acres", N, "DOUBLE", g.floats(0.2, 140.0, 2), "decoy"),
            c("land_value", N, "INTEGER", g.ints(40_000, 400_000), "decoy"),
            c("building_value", N, "INTEGER", g.ints(0, 900_000), "decoy"),
            c("homestead_declared", N, "VARCHAR", [("N" if a else g.rnd.choice("YYYN")) for a in away], "decoy"),
            c("ed_tax_rate", N, "DOUBLE", g.yn(1.6212, 1.7854, 0.6), "decoy"),
            c("muni_tax_rate", N, "DOUBLE", [0.5931] * g.rows, "decoy"),
            c("total_tax_due", N, "DOUBLE", g.amounts(900, 24_000), "decoy"),
            c(
                "escrow_lender",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        ["Connecticut River Savings Bank", "Green Mountain Mortgage Co", "Windham Federal Credit Union"]
                    ),
                    0.6,
                ),
                "business",
            ),
            c("owner_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "dashes": 0.4}, 0.5, 0.6), HEAVY),
            c("owner_email", "email", "VARCHAR", g.col(lambda: v.email(g), 0.45)),
            c(
                "hs122_ssn_last4",
                N,
                "VARCHAR",
                [None if a or g.rnd.random() < 0.2 else g.digits(4) for a in away],
                "decoy",
                PARTIAL,
            ),
            c("inst1_due_date", N, "DATE", [date(2025, 8, 15)] * g.rows, "decoy", EVENT),
            c("inst1_paid_date", N, "DATE", g.days("2025-07-20", "2025-09-30", 0.12), "decoy", EVENT),
            c("check_no", N, "VARCHAR", g.col(lambda: g.digits(4), 0.5), "decoy"),
            c("delinquent", N, "BOOLEAN", g.yn(True, False, 0.07), "decoy"),
            c("lister_note", "free_text", "VARCHAR", g.sparse(lister_note, 0.78, _words()), NULLWORD),
            c("parcel_lat", N, "DOUBLE", g.floats(lat - 0.05, lat + 0.05, 6), "decoy", COORD),
            c("parcel_lon", N, "DOUBLE", g.floats(lon - 0.05, lon + 0.05, 6), "decoy", COORD),
            c("last_updated_by", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        ],
    )


def nm_ui_claimants(g: Gen) -> Table:
    """A New Mexico workforce agency's UI claimant master (mainframe, SCREAMING case): claimant id and claim number,
    SSN (some placeholders) and its last four, name, date of birth as ``YYYYMMDD`` text, address, county and state
    (``none``), phone, e-mail, the last employer, its FEIN, address and phone (``business``), separation, benefit
    amounts, the direct-deposit routing number and account's last four, the filing IP, an identity-verification
    result as JSON (``free_text``), the adjudicator (few), notes, RACF-style update logins."""
    pairs = [v.person(g) for _ in range(g.rows)]
    births = g.births(1955, 2005)
    towns = [g.rnd.choice(v.NM_TOWNS) for _ in range(g.rows)]
    employers = [
        (name, v.us_ein(g), v.street_of(g, "nm").upper() + " STE 100", g.phone("US", "digits", False))
        for name in [
            "MESA VERDE ROOFING LLC",
            "ROADRUNNER CALL CENTER INC",
            "SANDIA CREST HOSPITALITY",
            "CHILE PEPPER FOODS CO",
            "HIGH DESERT STAFFING LLC",
            "LAS CRUCES PECAN GROWERS",
            "FOUR CORNERS OILFIELD SVC",
            "ALBUQUERQUE PUBLIC SCHOOLS",
        ]
    ]
    emp = [g.rnd.choice(employers) for _ in range(g.rows)]
    adjudicators = _staff(g, 5, lambda x: f"{v.family(x).upper()}, {v.given(x).upper()}")
    racf = sorted({"DWS" + g.code("A999") for _ in range(5)})

    def idv(i: int) -> str | None:
        if g.rnd.random() < 0.25:
            return None
        a, b = pairs[i]
        return json.dumps(
            {
                "vendor": "idv",
                "result": g.rnd.choice(["PASS", "PASS", "FAIL", "REFER"]),
                "name_match": f"{a} {b}",
                "dob": births[i].isoformat(),
                "score": g.rnd.randint(20, 99),
            }
        )

    def note() -> str:
        a = v.given(g)
        return g.rnd.choice(
            [
                f"Called clmt, spoke w/ spouse {a}; clmt to call back",
                "Employer protest received",
                f"Fact finding w/ supervisor {v.whole(g)} at employer",
                "Able and available confirmed",
                "Overpayment waiver request pending",
                f"Clmt says {a} {v.family(g)} quit same day",
            ]
        )

    ssns = _dirty(g, [v.us_ssn(g, g.rnd.random() < 0.3) for _ in range(g.rows)], 0.02, ["000-00-0000", "000000000"])
    return Table(
        "UI_CLAIMS.CLAIMANT_MASTER",
        "en",
        "screaming",
        [
            c("CLMT_ID", N, "BIGINT", g.keys(4_100_001), "decoy", KEY),
            c("CLAIM_NO", N, "VARCHAR", g.col(lambda: g.code("UI25-9999999")), "decoy", SHAPE),
            c("CLMT_SSN", "ssn", "VARCHAR", ssns, ABBREV, PLACEHOLDER),
            c("SSN_LAST4", N, "VARCHAR", [s[-4:] if s and s[0] != "0" else None for s in ssns], "decoy", PARTIAL),
            c("CLMT_FNM", "first_name", "VARCHAR", [a.upper() for a, _ in pairs], ABBREV),
            c("CLMT_LNM", "last_name", "VARCHAR", [b.upper() for _, b in pairs], ABBREV),
            c("CLMT_DOB", "date_of_birth", "VARCHAR", [d.strftime("%Y%m%d") for d in births], ABBREV),
            c("CLMT_ADDR_LN1", "street_address", "VARCHAR", [v.street_of(g, "nm").upper() for _ in pairs], ABBREV),
            c(
                "CLMT_ADDR_LN2",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"APT {g.rnd.randint(1, 300)}", 0.8),
                HEAVY,
                ABBREV,
            ),
            c("CLMT_CITY", "city", "VARCHAR", [t[0].upper() for t in towns], ABBREV),
            c("CLMT_CNTY", N, "VARCHAR", [t[1].upper() for t in towns], "decoy", ABBREV),
            c("CLMT_ST", N, "VARCHAR", ["NM"] * g.rows, "decoy", ABBREV),
            c("CLMT_ZIP", "postal_code", "VARCHAR", [t[2] + g.digits(2) for t in towns], ABBREV),
            c("CLMT_PH", "phone", "VARCHAR", g.phones("US", {"digits": 0.7, "dashes": 0.3}, 0.85, 0.05), ABBREV),
            c(
                "CLMT_EMAIL",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS["us"]).upper() if g.rnd.random() < 0.9 else None for a, b in pairs],
            ),
            c("LANG_PREF", N, "VARCHAR", g.col(g.pick(["EN", "EN", "ES", "NV"])), "decoy"),
            c("LAST_EMPLR_NM", N, "VARCHAR", [e[0] for e in emp], "business", ABBREV),
            c("LAST_EMPLR_FEIN", N, "VARCHAR", [e[1] for e in emp], "business", CHECK, SHAPE),
            c("LAST_EMPLR_ADDR", N, "VARCHAR", [e[2] for e in emp], "business"),
            c("LAST_EMPLR_PH", N, "VARCHAR", [e[3] for e in emp], "business"),
            c("SEP_RSN_CD", N, "VARCHAR", g.col(g.pick(["LACK", "LACK", "QUIT", "DISCH", "SEAS"])), "decoy"),
            c("LAST_DAY_WRKD", N, "DATE", g.days("2025-03-01", "2025-11-15"), "decoy", EVENT),
            c("WBA_AMT", N, "DOUBLE", g.amounts(86, 542), "decoy"),
            c("DD_ROUTING_NO", N, "VARCHAR", g.col(lambda: v.us_routing(g), 0.3), "decoy", CHECK, SHAPE),
            c("DD_ACCT_LAST4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", PARTIAL),
            c("FILING_IP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.15)),
            c("IDV_RESULT_JSON", "free_text", "VARCHAR", [idv(i) for i in range(g.rows)], JSON),
            c("ADJUDICATOR", "person_name", "VARCHAR", g.col(g.pick(adjudicators), 0.4), STAFF),
            c("ADJ_NOTES", "free_text", "VARCHAR", g.sparse(note, 0.55, ("", " ", "N/A"))),
            c("UPD_USER", USERNAME, "VARCHAR", g.col(g.pick(racf)), USER, AUDIT),
            c("UPD_TS", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-15"), "decoy"),
        ],
    )


def mi_qvf_voters(g: Gen) -> Table:
    """A Michigan township clerk's qualified voter file with absentee-ballot tracking: voter id, names, year
    of birth, the residence split into number and street name, city and ZIP, the mailing address (mostly NULL), the
    driver's licence number or the SSN's last four, precinct and ward, the polling place's name, address and
    coordinates (``none``), the permanent absentee list, application and ballot dates, the ballot envelope's tracking
    number, the e-mail for ballot notices, a phone, the election inspector (few) and the clerk's note."""
    pairs = [v.person(g) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.MI_TOWNS) for _ in range(g.rows)]
    places = [
        ("Plainfield Township Hall", "6161 Belmont Ave NE", 43.041, -85.592),
        ("Northview High School Gym", "4451 Hunsberger Ave NE", 43.018, -85.607),
        ("Grace Community Church", "2800 Ten Mile Rd NE", 43.092, -85.565),
        ("Fire Station No. 2", "5255 Samrick Ave NE", 43.065, -85.586),
    ]
    precinct = [g.rnd.randrange(len(places)) for _ in range(g.rows)]
    inspectors = _staff(g, 6, v.whole)
    licensed = [g.rnd.random() < 0.6 for _ in range(g.rows)]
    av = [g.rnd.random() < 0.45 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(
            [
                "Address change via SOS",
                f"Deceased per obituary, confirm w/ {v.whole(g)}",
                "Returned mail 2x",
                f"Guardian {v.whole(g)} requested AV app",
                "Moved to Ottawa Co.",
            ]
        )

    return Table(
        "kent_twp_clerk.qvf_voters",
        "en",
        "snake",
        [
            c("voter_id", N, "BIGINT", g.keys(100_234_001, 7), "decoy", KEY),
            c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
            c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("middle_name", "first_name", "VARCHAR", g.col(lambda: v.given(g), 0.4)),
            c("year_of_birth", "date_of_birth", "INTEGER", g.ints(1930, 2007)),
            c("gender", N, "VARCHAR", g.col(g.pick(["M", "F", "F", "M", "X"])), "decoy"),
            c("residence_street_number", "street_address", "VARCHAR", [str(g.rnd.randint(100, 9999)) for _ in pairs]),
            c("residence_street_name", "street_address", "VARCHAR", g.col(g.pick(v.MI_STREETS))),
            c("residence_city", "city", "VARCHAR", [t[0] for t in towns]),
            c("residence_zip", "postal_code", "VARCHAR", [t[1] for t in towns]),
            c(
                "mailing_address",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"PO Box {g.rnd.randint(10, 9999)}, {g.rnd.choice(v.MI_TOWNS)[0]} MI", 0.88),
                HEAVY,
            ),
            c("registration_date", N, "DATE", g.days("1972-01-01", "2025-10-01"), "decoy", EVENT),
            c(
                "drivers_license_no",
                "national_id",
                "VARCHAR",
                [v.mi_licence(g, b) if x else None for x, (_, b) in zip(licensed, pairs)],
            ),
            c("ssn_last4", N, "VARCHAR", [None if x else g.digits(4) for x in licensed], "decoy", PARTIAL),
            c("precinct", N, "VARCHAR", [f"{p + 1:03d}" for p in precinct], "decoy"),
            c("ward", N, "INTEGER", [p // 2 + 1 for p in precinct], "decoy"),
            c("school_district_code", N, "VARCHAR", g.col(g.pick(["41150", "41145", "41160"])), "decoy"),
            c("polling_place_name", N, "VARCHAR", [places[p][0] for p in precinct], "business", MISLEADING),
            c("polling_place_address", N, "VARCHAR", [places[p][1] for p in precinct], "business"),
            c("polling_place_lat", N, "DOUBLE", [places[p][2] for p in precinct], "decoy", COORD),
            c("polling_place_lon", N, "DOUBLE", [places[p][3] for p in precinct], "decoy", COORD),
            c("perm_av_list", N, "BOOLEAN", [a and g.rnd.random() < 0.7 for a in av], "decoy"),
            c(
                "av_app_received",
                N,
                "DATE",
                [g.day("2025-09-01", "2025-10-30") if a else None for a in av],
                "decoy",
                EVENT,
            ),
            c(
                "av_ballot_returned",
                N,
                "DATE",
                [g.day("2025-09-25", "2025-11-04") if a and g.rnd.random() < 0.85 else None for a in av],
                "decoy",
                EVENT,
            ),
            c(
                "ballot_tracking_no",
                N,
                "VARCHAR",
                [g.code("9999 9999 9999 99") if a else None for a in av],
                "decoy",
                SHAPE,
            ),
            c(
                "av_notice_email",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, a, b, v.DOMAINS["us"]) if x and g.rnd.random() < 0.6 else None
                    for x, (a, b) in zip(av, pairs)
                ],
                HEAVY,
            ),
            c("phone", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "digits": 0.3}, 0.7, 0.6), HEAVY),
            c(
                "election_inspector",
                "person_name",
                "VARCHAR",
                [g.rnd.choice(inspectors) if a else None for a in av],
                STAFF,
            ),
            c("clerk_note", "free_text", "VARCHAR", g.sparse(note, 0.85, _words("NONE")), NULLWORD),
        ],
    )


# -- the United Kingdom: a West Yorkshire council, a Welsh city ----------------------------------------------------------


def uk_council_tax(g: Gen) -> Table:
    """A West Yorkshire borough council's council-tax accounts (Pascal case): account reference, the property's UPRN
    and band, its address and postcode (a home: tag ``premises``), the liable person and a joint liable person, the
    correspondence address (mostly NULL), date of birth, National Insurance number (council tax support claimants:
    ``ssn``), discounts, the direct-debit payer and sort code, e-mail, mobile and home phone, a mixed
    ``AlternativeContact``, garden-waste permits, the letting agent and enforcement agent, notes, opaque
    ``UserDefined1`` (the occupier's second mobile) and ``UserDefined2`` (a bin round), the officer's login."""
    pairs = [v.person(g, "uk") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.UK_TOWNS) for _ in range(g.rows)]
    ctr = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    dd = [g.rnd.random() < 0.6 for _ in range(g.rows)]
    officers = _logins(g, 4, 3, "uk")

    def alternative() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone("GB", "national")
        if r < 0.7:
            return v.email(g, "uk")
        return f"{v.whole(g, 'uk')} {g.phone('GB', 'national')}"

    def note() -> str:
        return g.rnd.choice(
            [
                "SPD review form sent",
                f"Tenant {v.whole(g, 'uk')} moved out 14/07, final bill issued",
                "Arrangement to pay agreed",
                f"Spoke with daughter {v.given(g, 'uk')} re: care home",
                "Band appeal lodged with VOA",
            ]
        )

    return Table(
        "CouncilTax.AccountHolders",
        "en",
        "pascal",
        [
            c("AccountRef", N, "VARCHAR", [f"6{i:07d}" for i in g.keys(100_001, 3)], "decoy", KEY),
            c("PropertyUPRN", N, "VARCHAR", g.col(lambda: "10" + g.digits(10)), "decoy", SHAPE),
            c("ValuationBand", N, "VARCHAR", g.col(g.pick(list("AAABBBCCDDEFGH"))), "decoy"),
            c("PropertyAddress", "street_address", "VARCHAR", [v.street_of(g, "uk") for _ in pairs], PREMISES),
            c("PropertyTown", "city", "VARCHAR", [t[0] for t in towns]),
            c("PropertyPostcode", "postal_code", "VARCHAR", [v.uk_postcode(g, t[1]) for t in towns], PREMISES),
            c("Title", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"]), 0.1), "decoy"),
            c("LiablePersonForename", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("LiablePersonSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
            c("JointLiableName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "uk"), 0.62), HEAVY, ROLE),
            c(
                "CorrespondenceAddress",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"{v.street_of(g, 'cardiff')}, Cardiff", 0.85),
                HEAVY,
            ),
            c(
                "DateOfBirth",
                "date_of_birth",
                "DATE",
                [g.birth(1932, 2006) if g.rnd.random() < 0.7 else None for _ in pairs],
            ),
            c("NINumber", "ssn", "VARCHAR", [v.uk_nino(g) if x else None for x in ctr], HEAVY),
            c("CTRClaimRef", N, "VARCHAR", [g.code("CTR999999") if x else None for x in ctr], "decoy", SHAPE),
            c("SinglePersonDiscount", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
            c(
                "DDPayerName",
                "person_name",
                "VARCHAR",
                [f"{a[0]} {b}".upper() if x else None for x, (a, b) in zip(dd, pairs)],
                ROLE,
            ),
            c("DDSortCode", N, "VARCHAR", [g.code("99-99-99") if x else None for x in dd], "decoy", SHAPE),
            c("DDAccountLast4", N, "VARCHAR", [g.digits(4) if x else None for x in dd], "decoy", PARTIAL),
            c("InstalmentDay", N, "INTEGER", [g.rnd.choice([1, 15, 28]) if x else None for x in dd], "decoy"),
            c("AnnualCharge", N, "DOUBLE", g.amounts(1_450, 4_300), "decoy"),
            c(
                "EmailAddress",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS["uk"]) if g.rnd.random() < 0.65 else None for a, b in pairs],
            ),
            c("MobileNo", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "nsn": 0.1, "intl": 0.3}, 1.0, 0.3)),
            c("HomePhone", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.0, 0.75), HEAVY),
            c("AlternativeContact", "free_text", "VARCHAR", g.col(alternative, 0.6), HEAVY, MIXED),
            c("GardenWastePermitNo", N, "VARCHAR", g.col(lambda: g.code("GW25-999999"), 0.6), "decoy", PERMIT),
            c(
                "LettingAgent",
                N,
                "VARCHAR",
                g.col(g.pick(["Calder Lettings Ltd", "Pennine Property Management", "Halifax Homes Direct"]), 0.65),
                "business",
            ),
            c(
                "EnforcementAgent",
                N,
                "VARCHAR",
                g.col(g.pick(["Marston Recovery", "Jacobs Enforcement"]), 0.9),
                "business",
            ),
            c("Notes", "free_text", "VARCHAR", g.sparse(note, 0.6, ("", " "))),
            c("UserDefined1", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 1.0, 0.7), OPAQUE, HEAVY),
            c("UserDefined2", N, "VARCHAR", g.col(lambda: g.code("RND-A9")), "decoy", OPAQUE),
            c("LastAmendedBy", USERNAME, "VARCHAR", g.col(g.pick(officers)), USER, AUDIT),
        ],
    )


def cardiff_pcn(g: Gen) -> Table:
    """A Welsh city council's parking penalty charge notices (snake case, abbreviated): PCN number, contravention,
    the vehicle's registration mark, make and colour (``none``), time and street of issue and its coordinates, the
    civil enforcement officer's badge and name (few), the registered keeper's names and address from the vehicle
    register, a hirer (mostly NULL), contact details from the appeal, the appeal's text, payment and its card's last
    four, the enforcement agent, a Blue Badge number, opaque ``misc_1`` (the driver named in a representation) and
    ``misc_2`` (a camera id), the officer's login."""
    pairs = [v.person(g, "uk") for _ in range(g.rows)]
    ceos = [(g.code("CEO999"), v.whole(g, "uk")) for _ in range(6)]
    ceo = [g.rnd.choice(ceos) for _ in range(g.rows)]
    appealed = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    users = _logins(g, 4, 1, "uk")

    def appeal() -> str:
        return g.rnd.choice(
            [
                f"My husband {v.given(g, 'uk')} was unloading shopping for his mother",
                "The sign was covered by a hedge",
                f"Car was sold to {v.whole(g, 'uk')} in May",
                "Blue badge was displayed but fell off the dashboard",
                "Pay by phone app was down",
            ]
        )

    return Table(
        "CDF_PCN.pcn_cases",
        "en",
        "snake",
        [
            c("pcn_no", N, "VARCHAR", g.col(lambda: g.code("CF99999999")), "decoy", SHAPE, ABBREV),
            c("contravention_cd", N, "VARCHAR", g.col(g.pick(["01", "02", "12", "30", "40", "62"])), "decoy", ABBREV),
            c("veh_vrm", N, "VARCHAR", g.col(lambda: g.code("AA99 AAA")), "decoy", VEHICLE, ABBREV),
            c(
                "veh_make",
                N,
                "VARCHAR",
                g.col(g.pick(["FORD", "VAUXHALL", "VOLKSWAGEN", "TOYOTA", "NISSAN", "KIA"])),
                "decoy",
                VEHICLE,
                ABBREV,
            ),
            c(
                "veh_colour",
                N,
                "VARCHAR",
                g.col(g.pick(["BLACK", "SILVER", "WHITE", "BLUE", "GREY", "RED"])),
                "decoy",
                VEHICLE,
                ABBREV,
            ),
            c("issued_ts", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy", EVENT),
            c("loc_street", N, "VARCHAR", g.col(g.pick(v.CARDIFF_STREETS)), "decoy", ABBREV),
            c("loc_lat", N, "DOUBLE", g.floats(51.46, 51.52, 6), "decoy", COORD, ABBREV),
            c("loc_lng", N, "DOUBLE", g.floats(-3.24, -3.14, 6), "decoy", COORD, ABBREV),
            c("ceo_id", N, "VARCHAR", [x[0] for x in ceo], "decoy", ABBREV),
            c("ceo_nm", "person_name", "VARCHAR", [x[1] for x in ceo], STAFF, ABBREV),
            c("kpr_fnm", "first_name", "VARCHAR", [a.upper() for a, _ in pairs], ABBREV, ROLE),
            c("kpr_snm", "last_name", "VARCHAR", [b.upper() for _, b in pairs], ABBREV, ROLE),
            c("kpr_addr_ln1", "street_address", "VARCHAR", [v.street_of(g, "cardiff").upper() for _ in pairs], ABBREV),
            c(
                "kpr_addr_ln2",
                "street_address",
                "VARCHAR",
                g.col(g.pick(["CANTON", "ROATH", "SPLOTT", "LLANDAFF"]), 0.6),
                ABBREV,
                HEAVY,
            ),
            c("kpr_town", "city", "VARCHAR", g.col(g.pick(["CARDIFF", "CARDIFF", "CARDIFF", "PENARTH", "CAERPHILLY"]))),
            c(
                "kpr_pc",
                "postal_code",
                "VARCHAR",
                [v.uk_postcode(g, g.rnd.choice(v.CARDIFF_DISTRICTS)) for _ in pairs],
                ABBREV,
            ),
            c("hirer_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "uk"), 0.93), HEAVY, ROLE, ABBREV),
            c(
                "ctc_ph",
                "phone",
                "VARCHAR",
                [g.phone("GB", "national") if a and g.rnd.random() < 0.7 else None for a in appealed],
                HEAVY,
                ABBREV,
            ),
            c("ctc_email", "email", "VARCHAR", [v.email(g, "uk") if a else None for a in appealed], HEAVY, ABBREV),
            c(
                "chal_txt",
                "free_text",
                "VARCHAR",
                [appeal() if a else g.rnd.choice(["", "-", "N/A"]) for a in appealed],
                NULLWORD,
                ABBREV,
            ),
            c("pay_amt", N, "DOUBLE", g.col(g.pick([35.0, 70.0, 105.0]), 0.25), "decoy"),
            c("pay_card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.35), "decoy", PARTIAL),
            c("pay_ref", N, "VARCHAR", g.col(lambda: g.code("PAY-ZZZZZZZZ"), 0.35), "decoy", SHAPE),
            c("enf_agent", N, "VARCHAR", g.col(g.pick(["Newlyn plc", "Bristow & Sutor"]), 0.9), "business", ABBREV),
            c("blue_badge_no", N, "VARCHAR", g.col(lambda: g.code("999999999A"), 0.9), "decoy", PERMIT),
            c(
                "misc_1",
                "person_name",
                "VARCHAR",
                [v.whole(g, "uk") if a and g.rnd.random() < 0.4 else None for a in appealed],
                OPAQUE,
                HEAVY,
            ),
            c("misc_2", N, "VARCHAR", g.col(lambda: g.code("CAM-99"), 0.5), "decoy", OPAQUE),
            c("upd_usr", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT, ABBREV),
        ],
    )


# -- Australia, New Zealand, Canada, Ireland ---------------------------------------------------------------------------


def qld_waste(g: Gen) -> Table:
    """A Sunshine Coast hinterland council's waste-collection accounts (camel case): assessment number, the owner's
    name, postal address, suburb, postcode and state, the service address (a home), the occupier and his mobile
    (mostly NULL), the owner's e-mail and mobile, a pensioner concession card's CRN (mostly NULL), bins and their RFID
    tags, the collection day and zone, the bin's coordinates, charges, the contractor's name, ABN and phone
    (``business``), bin events as JSON (``none``), missed-bin notes, opaque ``attr7`` (a key holder's name) and
    ``attr8`` (a lid colour code), the rates batch that created the row."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    owner_sub = [g.rnd.choice(v.QLD_SUBURBS) for _ in range(g.rows)]
    service_sub = [g.rnd.choice(v.QLD_SUBURBS) for _ in range(g.rows)]
    contractor = ("Hinterland Waste Services Pty Ltd", v.au_abn(g), "07 5441 0188")

    def events() -> str:
        return json.dumps(
            [
                {
                    "t": g.moment("2025-10-01", "2025-11-30").isoformat(),
                    "ev": g.rnd.choice(["LIFT", "LIFT", "CONTAM", "NOT_OUT"]),
                }
                for _ in range(g.rnd.randint(1, 3))
            ]
        )

    def missed() -> str:
        return g.rnd.choice(
            [
                "Truck missed whole street",
                f"Tenant {v.whole(g, 'au')} says bin was out at 6am",
                "Bin lid broken, replacement ordered",
                "Contaminated recycling, tagged",
            ]
        )

    return Table(
        "binservice.wasteAccounts",
        "en",
        "camel",
        [
            c("assessmentNo", N, "VARCHAR", [f"{i}" for i in g.keys(2_040_117, 3)], "decoy", KEY),
            c(
                "ownerName",
                "person_name",
                "VARCHAR",
                [f"{a} {b}" if g.rnd.random() < 0.93 else f"{b} Holdings Pty Ltd" for a, b in pairs],
            ),
            c("ownerPostalAddress", "street_address", "VARCHAR", [v.street_of(g, "qld") for _ in pairs]),
            c("ownerSuburb", "city", "VARCHAR", [s[0] for s in owner_sub]),
            c("ownerPostcode", "postal_code", "VARCHAR", [s[1] for s in owner_sub]),
            c("ownerState", N, "VARCHAR", ["QLD"] * g.rows, "decoy"),
            c("serviceAddress", "street_address", "VARCHAR", [v.street_of(g, "qld") for _ in pairs], PREMISES),
            c("serviceSuburb", "city", "VARCHAR", [s[0] for s in service_sub]),
            c("occupierName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.7), HEAVY, ROLE),
            c("occupierMobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "nsn": 0.3}, 1.0, 0.78), HEAVY),
            c(
                "ownerEmail",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS["au"]) if g.rnd.random() < 0.7 else None for a, b in pairs],
            ),
            c(
                "ownerMobile",
                "phone",
                "VARCHAR",
                g.phones("AU", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.85, 0.2),
            ),
            c("pensionerConcessionCrn", "national_id", "VARCHAR", g.col(lambda: v.au_crn(g), 0.8), HEAVY),
            c("binSize", N, "VARCHAR", g.col(g.pick(["140L", "240L", "240L", "360L"])), "decoy"),
            c("binRfid", N, "VARCHAR", g.col(lambda: g.code("E2009xxxxxxxxxxxx").upper()), "decoy", SHAPE),
            c("greenBin", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy"),
            c("collectionDay", N, "VARCHAR", g.col(g.pick(["Mon", "Tue", "Wed", "Thu", "Fri"])), "decoy"),
            c("collectionZone", N, "VARCHAR", g.col(lambda: g.code("HZ-99")), "decoy"),
            c("binLat", N, "DOUBLE", g.floats(-26.80, -26.50, 6), "decoy", COORD),
            c("binLng", N, "DOUBLE", g.floats(152.80, 153.05, 6), "decoy", COORD),
            c("annualCharge", N, "DOUBLE", g.amounts(340, 780), "decoy"),
            c("contractorName", N, "VARCHAR", [contractor[0]] * g.rows, "business"),
            c("contractorAbn", N, "VARCHAR", [contractor[1]] * g.rows, "business", CHECK, SHAPE),
            c("contractorPhone", N, "VARCHAR", [contractor[2]] * g.rows, "business"),
            c("binEventsJson", N, "VARCHAR", g.col(events, 0.2), "decoy", JSON_PLAIN),
            c("missedBinNotes", "free_text", "VARCHAR", g.sparse(missed, 0.85, _words()), NULLWORD),
            c("attr7", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.8), OPAQUE, HEAVY),
            c("attr8", N, "VARCHAR", g.col(g.pick(["RED", "YEL", "GRN", "MAR"])), "decoy", OPAQUE),
            c("createdBy", N, "VARCHAR", g.col(g.pick(["RATES_BATCH", "PATHWAY_SYNC"])), "decoy", AUDIT, SERVICE),
        ],
    )


def nz_concession_cards(g: Gen) -> Table:
    """A Wellington regional council's transit concession cards and season passes (camel case): card id and serial
    (Luhn), the holder's names and date of birth as ``DD/MM/YYYY`` text, concession type, a driver licence number as
    proof of age (mostly NULL), postal address, suburb, postcode, e-mail and mobile, a guardian (child cards), an
    emergency contact mixing kinds, season pass zones and dates, the auto top-up card's last four and token, the
    photo file, the last tap, the order IP, the tertiary institution and student id, opaque ``custFieldA`` (a support
    person's name) and ``custFieldB`` (a vendor code)."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    kinds = [
        g.rnd.choice(["SuperGold", "Tertiary", "Child", "Accessible", "Adult Monthly", "Adult Monthly"])
        for _ in range(g.rows)
    ]
    births = [
        g.birth(1940, 1960) if k == "SuperGold" else g.birth(2010, 2019) if k == "Child" else g.birth(1960, 2006)
        for k in kinds
    ]
    subs = [g.rnd.choice(v.NZ_SUBURBS) for _ in range(g.rows)]

    def emergency() -> str:
        r = g.rnd.random()
        if r < 0.45:
            return g.phone("NZ", "national")
        if r < 0.7:
            return v.email(g, "nz")
        return f"{v.given(g, 'nz')} (mum) {g.phone('NZ', 'national')}"

    return Table(
        "metlink_conc.concessionCards",
        "en",
        "camel",
        [
            c("cardId", N, "BIGINT", g.keys(880_001), "decoy", KEY),
            c("cardSerial", N, "VARCHAR", g.col(lambda: v.library_barcode(g, "308600")), "decoy", CHECK, SHAPE),
            c("holderFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("holderLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
            c("preferredName", "first_name", "VARCHAR", g.col(lambda: v.given(g, "nz"), 0.8), HEAVY),
            c("dateOfBirth", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births]),
            c("concessionType", N, "VARCHAR", kinds, "decoy"),
            c("driverLicenceNo", "national_id", "VARCHAR", g.col(lambda: g.code("AA999999"), 0.8), HEAVY),
            c("postalAddress", "street_address", "VARCHAR", [v.street_of(g, "nz") for _ in pairs]),
            c("suburb", "city", "VARCHAR", [s[0] for s in subs]),
            c("postcode", "postal_code", "VARCHAR", [s[1] for s in subs]),
            c(
                "email",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS["nz"]) if g.rnd.random() < 0.8 else None for a, b in pairs],
            ),
            c("mobile", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "e164": 0.4}, 1.0, 0.25)),
            c(
                "guardianName",
                "person_name",
                "VARCHAR",
                [v.whole(g, "nz") if k == "Child" else None for k in kinds],
                HEAVY,
                ROLE,
            ),
            c("emergencyContact", "free_text", "VARCHAR", g.col(emergency, 0.45), MIXED),
            c("seasonPassZones", N, "VARCHAR", g.col(g.pick(["1-2", "1-3", "1-5", "1-9", "3-6"]), 0.3), "decoy"),
            c("passStart", N, "DATE", g.days("2025-07-01", "2025-11-01", 0.3), "decoy", EVENT),
            c("passPrice", N, "DOUBLE", g.col(g.pick([112.5, 176.0, 240.0, 299.0]), 0.3), "decoy"),
            c("autoTopUpCardLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.5), "decoy", PARTIAL),
            c("autoTopUpToken", N, "VARCHAR", g.col(lambda: v.token(g, "tok_"), 0.5), "decoy", TOKEN),
            c(
                "passProductSku",
                N,
                "VARCHAR",
                g.col(g.pick(["SP-Z13-MTH", "SP-Z15-MTH", "SP-Z19-MTH", "CC-SG-FREE"]), 0.3),
                "decoy",
                SHAPE,
            ),
            c(
                "passProductName",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Monthly Pass Zones 1-3",
                            "Monthly Pass Zones 1-5",
                            "SuperGold Off-Peak",
                            "Tertiary 30-day Pass",
                        ]
                    ),
                    0.3,
                ),
                "decoy",
            ),
            c("cardPostTrackingNo", N, "VARCHAR", g.col(lambda: v.s10_tracking(g, "NZ"), 0.6), "decoy", CHECK, SHAPE),
            c("appVersion", N, "VARCHAR", g.col(g.version, 0.4), "decoy"),
            c("photoFile", N, "VARCHAR", g.col(lambda: f"photos/2025/{g.code('xxxxxxxxxxxx')}.jpg", 0.2), "decoy"),
            c(
                "lastTapStop",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Porirua Station",
                            "Wellington Station",
                            "Courtenay Place",
                            "Petone Station",
                            "Johnsonville Station",
                        ]
                    )
                ),
                "decoy",
            ),
            c("lastTapAt", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy"),
            c("orderIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.3)),
            c(
                "tertiaryInstitution",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(["Harbourside Polytechnic", "Kāpiti Institute of Arts"]) if k == "Tertiary" else None
                    for k in kinds
                ],
                "business",
            ),
            c("studentId", N, "VARCHAR", [g.digits(9) if k == "Tertiary" else None for k in kinds], "decoy", KEY),
            c(
                "custFieldA",
                "person_name",
                "VARCHAR",
                [v.whole(g, "nz") if k == "Accessible" and g.rnd.random() < 0.8 else None for k in kinds],
                OPAQUE,
                HEAVY,
            ),
            c("custFieldB", N, "VARCHAR", g.col(g.pick(["VND-01", "VND-02", "KIOSK"])), "decoy", OPAQUE),
        ],
    )


def koha_borrowers(g: Gen) -> Table:
    """A Manitoba public library's Koha borrowers joined to their current loans (Koha's column names): borrower
    number, card number (Luhn), surname, first name, other names, date of birth, address lines, city, province and
    postal code, e-mail (some placeholders), phone and mobile, the alternate address, the guardian of a juvenile
    (``contactname``), category and branch, ``sort1`` (a statistical code), the OPAC login and its hash, notes, the
    item's number, barcode, ISBN and title (books named after people: ``none``), issue, due and renewals, fines."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    cats = [g.rnd.choice(["ADULT", "ADULT", "ADULT", "SENIOR", "JUV"]) for _ in range(g.rows)]
    births = [
        g.birth(2010, 2019) if k == "JUV" else g.birth(1935, 1960) if k == "SENIOR" else g.birth(1961, 2006)
        for k in cats
    ]
    logins = [v.login(a, b, i) + (str(i % 97) if i % 3 == 0 else "") for i, (a, b) in enumerate(pairs)]
    titles = [
        "The Ballad of Harlan Kimbrough",
        "Mrs. Pettibone's Garden",
        "Lorna",
        "Finding Tanis",
        "Wendell and the Winter Fair",
        "The Lost Letters of Ginette Nault",
        "Prairie Fire",
        "Red River Crossings",
        "Cooking with Darlene",
        "A Field Guide to Manitoba Birds",
    ]

    def borrower_note() -> str:
        return g.rnd.choice(
            [
                f"Card may be used by grandson {v.given(g, 'ca')}",
                "Lost card replaced 2025-03",
                f"Homebound service, contact neighbour {v.whole(g, 'ca')}",
                "Address verified",
            ]
        )

    return Table(
        "koha_wpl.borrower_loans",
        "en",
        "snake",
        [
            c("borrowernumber", N, "INTEGER", g.keys(10_001), "decoy", KEY),
            c("cardnumber", N, "VARCHAR", g.col(lambda: v.library_barcode(g, "2912")), "decoy", CHECK, SHAPE),
            c("surname", "last_name", "VARCHAR", [b for _, b in pairs]),
            c("firstname", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("othernames", "first_name", "VARCHAR", g.col(lambda: v.given(g, "ca"), 0.85), HEAVY),
            c("dateofbirth", "date_of_birth", "DATE", births),
            c("address", "street_address", "VARCHAR", [v.street_of(g, "mb") for _ in pairs]),
            c("address2", "street_address", "VARCHAR", g.col(lambda: f"Suite {g.rnd.randint(1, 40)}", 0.9), HEAVY),
            c("city", "city", "VARCHAR", g.col(g.pick(v.MB_TOWNS))),
            c("state", N, "VARCHAR", ["MB"] * g.rows, "decoy"),
            c("zipcode", "postal_code", "VARCHAR", g.col(lambda: v.ca_postal(g))),
            c(
                "email",
                "email",
                "VARCHAR",
                _dirty(
                    g,
                    [v.email_of(g, a, b, v.DOMAINS["ca"]) if g.rnd.random() < 0.8 else None for a, b in pairs],
                    0.04,
                    ["noemail@noemail.com"],
                ),
                PLACEHOLDER,
            ),
            c("phone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.4}, 0.5, 0.2)),
            c("mobile", "phone", "VARCHAR", g.phones("CA", {"national": 1.0}, 1.0, 0.75), HEAVY),
            c("B_address", "street_address", "VARCHAR", g.col(lambda: v.street_of(g, "mb"), 0.9), HEAVY),
            c(
                "contactname",
                "person_name",
                "VARCHAR",
                [v.whole(g, "ca") if k == "JUV" else None for k in cats],
                HEAVY,
                ROLE,
            ),
            c("categorycode", N, "VARCHAR", cats, "decoy"),
            c("branchcode", N, "VARCHAR", g.col(g.pick(["MLN", "STV", "SJN", "CEN", "WBR"])), "decoy"),
            c("sort1", N, "VARCHAR", g.col(g.pick(["N01", "N02", "N07", "S11"])), "decoy", OPAQUE),
            c("userid", USERNAME, "VARCHAR", logins, USER),
            c("password", N, "VARCHAR", g.col(lambda: v.bcrypt_hash(g), 0.3), "decoy", CREDENTIAL),
            c("borrowernotes", "free_text", "VARCHAR", g.sparse(borrower_note, 0.8, ("", " ")), NULLWORD),
            c("itemnumber", N, "INTEGER", g.ints(300_000, 399_999), "decoy", KEY),
            c("barcode", N, "VARCHAR", g.col(lambda: v.library_barcode(g, "3912")), "decoy", CHECK, SHAPE),
            c("isbn", N, "VARCHAR", g.col(lambda: v.isbn13(g)), "decoy", CHECK, SHAPE),
            c("title", N, "VARCHAR", g.col(g.pick(titles)), "decoy", MISLEADING),
            c("issuedate", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy", EVENT),
            c("date_due", N, "DATE", g.days("2025-11-01", "2025-12-31"), "decoy", EVENT),
            c("renewals_count", N, "INTEGER", g.ints(0, 3), "decoy"),
            c("fines_outstanding", N, "DOUBLE", g.amounts(0, 12), "decoy"),
        ],
    )


def cork_planning(g: Gen) -> Table:
    """A Cork county council's planning applications (snake case, abbreviated): the planning reference, type and
    development description (naming no one: ``none``), the applicant's name, home address, Eircode, town, phone and
    e-mail, the agent's firm, contact (an architect: ``person_name``), address and phone, the site address and
    Eircode, the site's ITM coordinates, the landowner (mostly NULL), fee and dates, decision, the planner (few), the
    objectors (several names, mostly NULL), ``src_apas_col17`` (the applicant's second e-mail) and
    ``src_apas_col18`` (a receipt number)."""
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    same = [g.rnd.random() < 0.6 for _ in range(g.rows)]
    home = [v.street_of(g, "ie") for _ in range(g.rows)]
    agents = [
        ("Kiely Horgan Architects", "Unit 4, Ballincollig Business Park", "021 487 3300"),
        ("Fitzgibbon Consulting Engineers", "The Mall, Mallow", "022 21540"),
        ("West Cork Design Studio", "Bridge St, Skibbereen", "028 219 77"),
    ]
    agent = [g.rnd.randrange(len(agents)) for _ in range(g.rows)]
    contacts = [v.whole(g, "ie") for _ in agents]
    planners = _staff(g, 4, lambda x: v.whole(x, "ie"))

    def observers() -> str:
        return "; ".join(v.whole(g, "ie") for _ in range(g.rnd.randint(1, 3)))

    return Table(
        "eplan_cork.planning_apps",
        "en",
        "snake",
        [
            c("app_ref", N, "VARCHAR", g.col(lambda: f"25/{g.rnd.randint(4000, 6999):05d}"), "decoy", PERMIT, SHAPE),
            c(
                "app_type",
                N,
                "VARCHAR",
                g.col(g.pick(["Permission", "Retention", "Outline", "Ext. of Duration"])),
                "decoy",
            ),
            c(
                "dev_desc",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Construction of a single storey extension to rear of dwelling",
                            "Retention of domestic garage and all associated site works",
                            "Construction of dwelling house, wastewater treatment unit",
                            "Change of use from shop to residential",
                        ]
                    )
                ),
                "decoy",
            ),
            c("applicant_nm", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], ABBREV),
            c("applicant_addr", "street_address", "VARCHAR", home, ABBREV),
            c("applicant_eircode", "postal_code", "VARCHAR", [v.eircode(g, t[1]) for t in towns]),
            c("applicant_town", "city", "VARCHAR", [t[0] for t in towns]),
            c("applicant_ph", "phone", "VARCHAR", g.phones("IE", {"national": 0.7, "intl": 0.3}, 0.85, 0.3), ABBREV),
            c(
                "applicant_email",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS["ie"]) if g.rnd.random() < 0.6 else None for a, b in pairs],
            ),
            c("agent_company", N, "VARCHAR", [agents[i][0] for i in agent], "business"),
            c("agent_contact", "person_name", "VARCHAR", [contacts[i] for i in agent], ROLE),
            c("agent_addr", N, "VARCHAR", [agents[i][1] for i in agent], "business", ABBREV),
            c("agent_ph", N, "VARCHAR", [agents[i][2] for i in agent], "business", ABBREV),
            c(
                "site_addr",
                "street_address",
                "VARCHAR",
                [h if s else v.street_of(g, "ie") for h, s in zip(home, same)],
                PREMISES,
                ABBREV,
            ),
            c(
                "site_eircode",
                "postal_code",
                "VARCHAR",
                g.col(lambda: v.eircode(g, g.rnd.choice(v.IE_TOWNS)[1]), 0.3),
                PREMISES,
            ),
            c("site_itm_e", N, "INTEGER", g.ints(480_000, 560_000), "decoy", COORD, ABBREV),
            c("site_itm_n", N, "INTEGER", g.ints(540_000, 600_000), "decoy", COORD, ABBREV),
            c(
                "landowner_nm",
                "person_name",
                "VARCHAR",
                [None if s or g.rnd.random() < 0.3 else v.whole(g, "ie") for s in same],
                HEAVY,
                ROLE,
                ABBREV,
            ),
            c("fee_eur", N, "DOUBLE", g.col(g.pick([34.0, 65.0, 80.0, 240.0])), "decoy"),
            c("received_dt", N, "DATE", g.days("2025-04-01", "2025-10-31"), "decoy", EVENT, ABBREV),
            c("decision", N, "VARCHAR", g.col(g.pick(["GRANT", "GRANT", "REFUSE", "FI REQUESTED", None])), "decoy"),
            c("planner", "person_name", "VARCHAR", g.col(g.pick(planners)), STAFF),
            c("observers", "person_name", "VARCHAR", g.col(observers, 0.78), HEAVY, MULTI, ROLE),
            c("src_apas_col17", "email", "VARCHAR", g.col(lambda: v.email(g, "ie"), 0.7), PREFIX, OPAQUE, HEAVY),
            c("src_apas_col18", N, "VARCHAR", g.col(lambda: g.code("RCPT99999999")), "decoy", PREFIX, OPAQUE),
        ],
    )


# -- Spain, Portugal, Poland, Sweden, Turkey, Russia -------------------------------------------------------------------


def es_nacimientos(g: Gen) -> Table:
    """An Andalusian civil registry's birth registrations (Spanish, snake case): registration id, book, page and
    section, the newborn's given name and two family names, date and hour of birth, sex, town of birth, the hospital
    and its CIF (``business``), both progenitors' names, DNI or NIE and the first one's birth date, the family's
    address, postal code, town and province, a phone and e-mail for notices, the declarant, the registrar (few),
    clinical data (``none``), notes, a document hash, the registration date."""
    rows = []
    for _ in range(g.rows):
        a1, b1, c1 = v.es_person(g)
        a2, b2, c2 = v.es_person(g)
        rows.append(((a1, b1, c1), (a2, b2, c2), v.given(g, "es")))
    towns = [g.rnd.choice(v.ES_TOWNS) for _ in range(g.rows)]
    hospitals = [
        ("Hospital Comarcal de la Serranía", v.es_cif(g)),
        ("Hospital Universitario de Jerez", v.es_cif(g)),
        ("Clínica Santa Isabel", v.es_cif(g)),
    ]
    hosp = [g.rnd.choice(hospitals) for _ in range(g.rows)]
    registrars = _staff(g, 3, lambda x: " ".join(v.es_person(x)))

    def note() -> str:
        return g.rnd.choice(
            [
                "Inscripción fuera de plazo",
                f"Declara la abuela {v.given(g, 'es')} por ausencia",
                "Filiación no matrimonial",
                "Se rectifica segundo apellido",
            ]
        )

    def doc_b() -> str | None:
        r = g.rnd.random()
        return None if r < 0.12 else v.es_nie(g) if r < 0.3 else v.es_dni(g)

    return Table(
        "registro_civil.inscripciones_nacimiento",
        "es",
        "snake",
        [
            c("id_inscripcion", N, "BIGINT", g.keys(900_001), "decoy", KEY),
            c("tomo", N, "INTEGER", g.ints(120, 180), "decoy"),
            c("folio", N, "INTEGER", g.ints(1, 300), "decoy"),
            c("seccion", N, "VARCHAR", ["1ª"] * g.rows, "decoy"),
            c("nombre_inscrito", "first_name", "VARCHAR", [r[2] for r in rows]),
            c("primer_apellido", "last_name", "VARCHAR", [r[0][1] for r in rows]),
            c("segundo_apellido", "last_name", "VARCHAR", [r[1][1] for r in rows]),
            c("fecha_nacimiento", "date_of_birth", "DATE", g.days("2025-01-01", "2025-11-20")),
            c(
                "hora_nacimiento",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(0, 23):02d}:{g.rnd.randint(0, 59):02d}"),
                "decoy",
            ),
            c("sexo", N, "VARCHAR", g.col(g.pick(["V", "M"])), "decoy"),
            c("lugar_nacimiento", "city", "VARCHAR", [t[0] for t in towns]),
            c("centro_sanitario", N, "VARCHAR", [h[0] for h in hosp], "business"),
            c("cif_centro", N, "VARCHAR", [h[1] for h in hosp], "business", CHECK, SHAPE),
            c("nombre_progenitor_a", "person_name", "VARCHAR", [" ".join(r[0]) for r in rows], ROLE),
            c("dni_progenitor_a", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g), 0.05)),
            c("fecha_nac_progenitor_a", "date_of_birth", "DATE", g.births(1975, 2005)),
            c(
                "nombre_progenitor_b",
                "person_name",
                "VARCHAR",
                [" ".join(r[1]) if g.rnd.random() < 0.9 else None for r in rows],
                ROLE,
            ),
            c("dni_nie_progenitor_b", "national_id", "VARCHAR", [doc_b() for _ in rows]),
            c("domicilio_familiar", "street_address", "VARCHAR", [v.street_of(g, "es") for _ in rows]),
            c("cod_postal", "postal_code", "VARCHAR", [t[2] + g.digits(2) for t in towns], ABBREV),
            c("municipio", "city", "VARCHAR", [t[0] for t in towns]),
            c("provincia", N, "VARCHAR", [t[1] for t in towns], "decoy"),
            c(
                "tel_contacto",
                "phone",
                "VARCHAR",
                g.phones("ES", {"national": 0.6, "intl": 0.2, "nsn": 0.2}, 0.9),
                ABBREV,
            ),
            c("email_notificaciones", "email", "VARCHAR", g.col(lambda: v.email(g, "es"), 0.55), HEAVY),
            c(
                "declarante",
                "person_name",
                "VARCHAR",
                [" ".join(r[0]) if g.rnd.random() < 0.85 else " ".join(r[1]) for r in rows],
                ROLE,
            ),
            c("encargado_registro", "person_name", "VARCHAR", g.col(g.pick(registrars)), STAFF),
            c("semanas_gestacion", N, "INTEGER", g.ints(34, 42), "decoy"),
            c("peso_gramos", N, "INTEGER", g.ints(2_100, 4_500), "decoy"),
            c("observaciones", "free_text", "VARCHAR", g.sparse(note, 0.8, ("", "sin datos", "-")), NULLWORD),
            c("hash_documento", N, "VARCHAR", g.col(g.sha256), "decoy"),
            c("fecha_inscripcion", N, "DATE", g.days("2025-01-05", "2025-11-30"), "decoy", EVENT),
        ],
    )


def pt_abono_familia(g: Gen) -> Table:
    """A Portuguese social-security district centre's child-benefit files (Portuguese, camel case): process id and
    number, the applicant's name, NIF, NISS and birth date as ``dd-mm-aaaa`` text, the child's name, birth date and
    NISS, address, postal code, town and district, mobile, e-mail, IBAN, income bracket and amount, the household's
    names, the other parent (mostly NULL), the case officer (few), the school and its NIPC (``business``), notes,
    opaque ``campoLivre1`` (the other parent's phone) and ``campoLivre2`` (an internal code)."""
    pairs = [v.person(g, "pt") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.PT_TOWNS) for _ in range(g.rows)]
    kids = [(f"{v.given(g, 'pt')} {b}", g.birth(2008, 2025)) for _, b in pairs]
    officers = _staff(g, 4, lambda x: v.whole(x, "pt"))
    schools = [
        ("Agrupamento de Escolas Grão Vasco", v.pt_nipc(g)),
        ("Escola Básica de Mundão", v.pt_nipc(g)),
        ("Colégio da Imaculada Conceição", v.pt_nipc(g)),
    ]
    school = [g.rnd.choice(schools) if d.year < 2020 else None for _, d in kids]

    def household(i: int) -> str:
        a, b = pairs[i]
        names = [f"{a} {b}", kids[i][0]] + [f"{v.given(g, 'pt')} {b}" for _ in range(g.rnd.randint(0, 2))]
        return "; ".join(names)

    def note() -> str:
        return g.rnd.choice(
            [
                "Prova escolar entregue",
                f"Guarda partilhada com {v.whole(g, 'pt')}",
                "Reavaliação de escalão 2025",
                f"Contactar avó {v.given(g, 'pt')} se ausente",
            ]
        )

    return Table(
        "seg_social_viseu.abonoFamilia",
        "pt",
        "camel",
        [
            c("processoId", N, "BIGINT", g.keys(3_300_001), "decoy", KEY),
            c("numProcesso", N, "VARCHAR", g.col(lambda: g.code("AF/2025/999999")), "decoy", SHAPE),
            c("requerenteNome", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], ROLE),
            c("requerenteNif", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g))),
            c("requerenteNiss", "ssn", "VARCHAR", g.col(lambda: v.pt_niss(g), 0.05)),
            c(
                "requerenteDataNasc",
                "date_of_birth",
                "VARCHAR",
                [g.birth(1975, 2004).strftime("%d-%m-%Y") for _ in pairs],
            ),
            c("criancaNome", "person_name", "VARCHAR", [k[0] for k in kids], ROLE),
            c("criancaDataNasc", "date_of_birth", "DATE", [k[1] for k in kids]),
            c("criancaNiss", "ssn", "VARCHAR", g.col(lambda: v.pt_niss(g), 0.2)),
            c("morada", "street_address", "VARCHAR", [v.street_of(g, "pt") for _ in pairs]),
            c("codigoPostal", "postal_code", "VARCHAR", [f"{t[2]}{g.digits(2)}-{g.digits(3)}" for t in towns]),
            c("localidade", "city", "VARCHAR", [t[0] for t in towns]),
            c("distrito", N, "VARCHAR", [t[1] for t in towns], "decoy"),
            c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.6, "intl": 0.2, "00": 0.2}, 1.0, 0.1)),
            c(
                "email",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS["pt"]) if g.rnd.random() < 0.7 else None for a, b in pairs],
            ),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PT", g.rnd.random() < 0.5), 0.1)),
            c("escalaoRendimento", N, "INTEGER", g.ints(1, 5), "decoy"),
            c("montanteMensal", N, "DOUBLE", g.amounts(41, 190), "decoy"),
            c("dataDeferimento", N, "DATE", g.days("2024-09-01", "2025-11-30", 0.1), "decoy", EVENT),
            c("agregadoFamiliar", "person_name", "VARCHAR", [household(i) for i in range(g.rows)], MULTI),
            c("outroProgenitorNome", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pt"), 0.6), HEAVY, ROLE),
            c("tecnicoResponsavel", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("escolaNome", N, "VARCHAR", [s[0] if s else None for s in school], "business"),
            c("escolaNipc", N, "VARCHAR", [s[1] if s else None for s in school], "business", CHECK, SHAPE),
            c("observacoes", "free_text", "VARCHAR", g.sparse(note, 0.65, ("", "sem dados", "-"))),
            c("campoLivre1", "phone", "VARCHAR", g.phones("PT", {"nsn": 1.0}, 1.0, 0.65), OPAQUE, HEAVY),
            c("campoLivre2", N, "VARCHAR", g.col(lambda: g.code("CDSS-99")), "decoy", OPAQUE),
        ],
    )


def pl_akty_malzenstwa(g: Gen) -> Table:
    """A Podhale civil registry office's marriage certificates (Polish, snake case): certificate id and number, date
    and place of the marriage (``none``), for both spouses the given and family name, family name at birth, PESEL
    (encoding birth date and sex), birth date and birthplace, the surname chosen by the wife, the husband's parents'
    given names, two witnesses, the husband's address, postal code, town and district (``none``), a phone and e-mail
    (mostly NULL), the head of the office (few), the officiating clergyman (concordat marriages, mostly NULL), the
    parish's NIP (``business``), notes."""
    rows = []
    for _ in range(g.rows):
        ma, mb = v.person(g, "pl", False)
        ka, kb = v.person(g, "pl", True)
        mdob, kdob = g.birth(1960, 2003), g.birth(1962, 2005)
        rows.append((ma, mb, mdob, v.pl_pesel(g, mdob, False), ka, kb, kdob, v.pl_pesel(g, kdob, True)))
    towns = [g.rnd.choice(v.PL_TOWNS) for _ in range(g.rows)]
    heads = _staff(g, 3, lambda x: v.whole(x, "pl"))
    clergy = _staff(g, 5, lambda x: "ks. " + v.whole(x, "pl"))
    church = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    parish_nips = [v.pl_nip(g) for _ in range(4)]

    def note() -> str:
        return g.rnd.choice(
            [
                "Zaświadczenie z parafii dostarczone",
                f"Pełnomocnik: {v.whole(g, 'pl')}",
                "Skrócony termin miesięczny",
                f"Tłumacz przysięgły {v.whole(g, 'pl')}",
            ]
        )

    return Table(
        "usc_nowy_targ.akty_malzenstwa",
        "pl",
        "snake",
        [
            c("id_aktu", N, "BIGINT", g.keys(12_001), "decoy", KEY),
            c(
                "numer_aktu",
                N,
                "VARCHAR",
                [f"{1200 + i // 3}/00/{g.rnd.choice(['AM', 'AM', 'M'])}/2025" for i in range(g.rows)],
                "decoy",
                SHAPE,
            ),
            c("data_zawarcia", N, "DATE", g.days("2025-01-10", "2025-11-29"), "decoy", EVENT),
            c(
                "miejsce_zawarcia",
                N,
                "VARCHAR",
                ["Kościół parafialny" if x else "USC Nowy Targ" for x in church],
                "decoy",
            ),
            c("m_imie", "first_name", "VARCHAR", [r[0] for r in rows], ROLE),
            c("m_nazwisko", "last_name", "VARCHAR", [r[1] for r in rows], ROLE),
            c("m_nazwisko_rodowe", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("m_pesel", "national_id", "VARCHAR", [r[3] for r in rows]),
            c("m_data_ur", "date_of_birth", "DATE", [r[2] for r in rows]),
            c("m_miejsce_ur", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.PL_TOWNS)[0])),
            c("k_imie", "first_name", "VARCHAR", [r[4] for r in rows], ROLE),
            c("k_nazwisko", "last_name", "VARCHAR", [r[5] for r in rows], ROLE),
            c("k_nazwisko_rodowe", "last_name", "VARCHAR", [r[5] for r in rows]),
            c("k_pesel", "national_id", "VARCHAR", [r[7] for r in rows]),
            c("k_data_ur", "date_of_birth", "DATE", [r[6] for r in rows]),
            c("k_miejsce_ur", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.PL_TOWNS)[0])),
            c(
                "k_nazwisko_po_slubie",
                "last_name",
                "VARCHAR",
                [
                    v.feminine(r[1], "pl")
                    if "-" not in r[1] and g.rnd.random() < 0.85
                    else f"{r[5]}-{v.feminine(r[1], 'pl')}"
                    for r in rows
                ],
            ),
            c(
                "imiona_rodzicow_m",
                "first_name",
                "VARCHAR",
                [f"{v.given(g, 'pl', False)} i {v.given(g, 'pl', True)}" for _ in rows],
                MULTI,
            ),
            c("swiadek_1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl")), ROLE),
            c("swiadek_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl")), ROLE),
            c("adres_zamieszkania_m", "street_address", "VARCHAR", [v.street_of(g, "pl") for _ in rows]),
            c("kod_pocztowy", "postal_code", "VARCHAR", [t[2] for t in towns]),
            c("miejscowosc", "city", "VARCHAR", [t[0] for t in towns]),
            c("powiat", N, "VARCHAR", [t[1] for t in towns], "decoy"),
            c(
                "telefon",
                "phone",
                "VARCHAR",
                g.phones("PL", {"national": 0.5, "nsn": 0.3, "intl": 0.2}, 0.95, 0.55),
                HEAVY,
            ),
            c("email", "email", "VARCHAR", g.col(lambda: v.email(g, "pl"), 0.7), HEAVY),
            c("kierownik_usc", "person_name", "VARCHAR", g.col(g.pick(heads)), STAFF),
            c(
                "duchowny",
                "person_name",
                "VARCHAR",
                [g.rnd.choice(clergy) if x else None for x in church],
                STAFF,
                ROLE,
                HEAVY,
            ),
            c(
                "nip_parafii",
                N,
                "VARCHAR",
                [g.rnd.choice(parish_nips) if x else None for x in church],
                "business",
                CHECK,
                SHAPE,
            ),
            c("uwagi", "free_text", "VARCHAR", g.sparse(note, 0.8, ("", "brak", "-")), NULLWORD),
        ],
    )


def se_forsorjningsstod(g: Gen) -> Table:
    """A Norrbotten municipality's social-assistance case files (Swedish, snake case): case id and diary number, the
    applicant's name and personnummer, the co-applicant's (mostly NULL), the children's first names with ages, the
    address, ``c_o``, postcode and town, phone and e-mail, the case officer (few) and her direct line
    (``business``), the landlord and its organisationsnummer (``business``), rent and amounts, decision and date, the
    IBAN for payments, the e-application's IP, a note, opaque ``falt_3`` (a guardian appointed by the court) and
    ``falt_4`` (a cost centre)."""
    pairs = [v.person(g, "sv") for _ in range(g.rows)]
    births = g.births(1958, 2006)
    towns = [g.rnd.choice(v.SE_TOWNS) for _ in range(g.rows)]
    officers = [(v.whole(g, "sv"), g.phone("SE", "national", False)) for _ in range(4)]
    officer = [g.rnd.choice(officers) for _ in range(g.rows)]
    landlords = [("Skebo AB", v.se_orgnr(g)), ("Pitebo AB", v.se_orgnr(g)), ("Norrbyhus Fastigheter AB", v.se_orgnr(g))]
    landlord = [g.rnd.choice(landlords) if g.rnd.random() < 0.8 else None for _ in range(g.rows)]
    co = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def kids() -> str | None:
        if g.rnd.random() < 0.55:
            return None
        return "; ".join(f"{v.given(g, 'sv')} ({g.rnd.randint(0, 17)})" for _ in range(g.rnd.randint(1, 3)))

    def note() -> str:
        return g.rnd.choice(
            [
                "Komplettering begärd: kontoutdrag",
                f"Hembesök tillsammans med {v.whole(g, 'sv')}",
                "Aktivitetskrav uppfyllt",
                f"Sökande bor hos sin bror {v.given(g, 'sv')} tillfälligt",
                "Avslag, överklagan inkommen",
            ]
        )

    return Table(
        "socialtjansten.forsorjningsstod",
        "sv",
        "snake",
        [
            c("arende_id", N, "BIGINT", g.keys(51_001), "decoy", KEY),
            c("diarienummer", N, "VARCHAR", g.col(lambda: f"SN 2025/{g.rnd.randint(1, 4999):04d}"), "decoy", SHAPE),
            c("sokande_namn", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], ROLE),
            c(
                "personnummer",
                "national_id",
                "VARCHAR",
                [v.se_personnummer(g, d, g.rnd.choice(["-", "-", ""])) for d in births],
            ),
            c("medsokande_namn", "person_name", "VARCHAR", [v.whole(g, "sv") if x else None for x in co], HEAVY, ROLE),
            c(
                "medsokande_pnr",
                "national_id",
                "VARCHAR",
                [v.se_personnummer(g, g.birth(1958, 2006)) if x else None for x in co],
                HEAVY,
                ABBREV,
            ),
            c("barn_fornamn", "first_name", "VARCHAR", [kids() for _ in pairs], MULTI, HEAVY),
            c("adress", "street_address", "VARCHAR", [v.street_of(g, "sv") for _ in pairs]),
            c("c_o", "person_name", "VARCHAR", g.col(lambda: f"c/o {v.family(g, 'sv')}", 0.9), HEAVY, ABBREV),
            c("postnr", "postal_code", "VARCHAR", [f"{t[1]} {g.digits(2)}" for t in towns], ABBREV),
            c("ort", "city", "VARCHAR", [t[0] for t in towns]),
            c("telefon", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9, 0.1)),
            c(
                "epost",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS["sv"]) if g.rnd.random() < 0.6 else None for a, b in pairs],
            ),
            c("handlaggare", "person_name", "VARCHAR", [o[0] for o in officer], STAFF),
            c("handlaggare_tfn", N, "VARCHAR", [o[1] for o in officer], "business"),
            c("hyresvard", N, "VARCHAR", [x[0] if x else None for x in landlord], "business"),
            c("hyresvard_orgnr", N, "VARCHAR", [x[1] if x else None for x in landlord], "business", CHECK, SHAPE),
            c("hyra_kr", N, "INTEGER", g.ints(4_200, 11_500), "decoy"),
            c("beviljat_belopp", N, "INTEGER", g.ints(0, 14_000), "decoy"),
            c("beslut", N, "VARCHAR", g.col(g.pick(["Bifall", "Bifall", "Delvis bifall", "Avslag"])), "decoy"),
            c("beslutsdatum", N, "DATE", g.days("2025-01-10", "2025-11-28"), "decoy", EVENT),
            c("utbetalning_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "SE", g.rnd.random() < 0.3), 0.15)),
            c("ansokan_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.55), HEAVY),
            c("anteckning", "free_text", "VARCHAR", g.sparse(note, 0.5, ("", "ej angivet"))),
            c("falt_3", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sv"), 0.85), OPAQUE, HEAVY),
            c("falt_4", N, "VARCHAR", g.col(g.pick(["KST 4410", "KST 4420", "KST 4450"])), "decoy", OPAQUE),
        ],
    )


def tr_su_aboneleri(g: Gen) -> Table:
    """An Anatolian metropolitan water utility's subscriber records (Turkish, snake case): subscriber, installation
    and meter serial numbers, the subscriber's names, T.C. kimlik numarası, birth date and father's name, the address
    (the subscribed home), district (``ilce``: ``city``), province (``none``) and postal code, mobile, landline and
    e-mail, the subscriber group, readings, consumption, the environmental-cleaning (waste) tax and the bill, tenant
    flag and landlord, the deposit IBAN, the meter reader (few), the meter's coordinates, a business subscriber's VKN
    (``business``), notes and the clerk's login."""
    pairs = [v.person(g, "tr") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.TR_TOWNS) for _ in range(g.rows)]
    readers = _staff(g, 5, lambda x: v.whole(x, "tr"))
    clerks = _logins(g, 4, 4, "tr")
    group = [g.rnd.choice(["Konut", "Konut", "Konut", "İşyeri", "Resmi Daire"]) for _ in range(g.rows)]
    tenant = [g.rnd.random() < 0.35 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(
            [
                "Sayaç değişimi yapıldı",
                f"Kiracı {v.whole(g, 'tr')} tahliye etti",
                "Kaçak kullanım tutanağı",
                f"Abone vefat, oğlu {v.given(g, 'tr', False)} ile görüşüldü",
            ]
        )

    return Table(
        "eskisehir_su.abone_kayitlari",
        "tr",
        "snake",
        [
            c("abone_no", N, "BIGINT", g.keys(7_000_001, 11), "decoy", KEY),
            c("tesisat_no", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy", SHAPE),
            c("sayac_seri_no", N, "VARCHAR", g.col(lambda: g.code("AA99999999")), "decoy", SHAPE),
            c("ad", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("soyad", "last_name", "VARCHAR", [b for _, b in pairs]),
            c(
                "tc_kimlik_no",
                "national_id",
                "VARCHAR",
                [v.tr_tckimlik(g) if grp != "Resmi Daire" else None for grp in group],
                ABBREV,
            ),
            c(
                "dogum_tarihi",
                "date_of_birth",
                "DATE",
                [g.birth(1940, 2005) if g.rnd.random() < 0.65 else None for _ in pairs],
            ),
            c("baba_adi", "first_name", "VARCHAR", g.col(lambda: v.given(g, "tr", False), 0.3)),
            c("adres", "street_address", "VARCHAR", [v.street_of(g, "tr") for _ in pairs], PREMISES),
            c("ilce", "city", "VARCHAR", [t[0] for t in towns]),
            c("il", N, "VARCHAR", [t[1] for t in towns], "decoy"),
            c("posta_kodu", "postal_code", "VARCHAR", [t[2] + g.digits(2) for t in towns]),
            c(
                "cep_tel",
                "phone",
                "VARCHAR",
                g.phones("TR", {"national": 0.6, "nsn": 0.2, "e164": 0.2}, 1.0, 0.1),
                ABBREV,
            ),
            c("ev_tel", "phone", "VARCHAR", g.phones("TR", {"national": 1.0}, 0.0, 0.8), HEAVY, ABBREV),
            c("eposta", "email", "VARCHAR", g.col(lambda: v.email(g, "tr"), 0.6), HEAVY),
            c("abone_grubu", N, "VARCHAR", group, "decoy"),
            c("son_endeks", N, "INTEGER", g.ints(100, 9_999), "decoy"),
            c("tuketim_m3", N, "INTEGER", g.ints(0, 60), "decoy"),
            c("ctv_tutari", N, "DOUBLE", g.amounts(8, 90), "decoy"),
            c("fatura_tutari", N, "DOUBLE", g.amounts(60, 1_900), "decoy"),
            c("son_odeme_tarihi", N, "DATE", g.days("2025-11-10", "2025-12-20"), "decoy", EVENT),
            c("kiraci_mi", N, "BOOLEAN", tenant, "decoy"),
            c(
                "mal_sahibi_adi",
                "person_name",
                "VARCHAR",
                [v.whole(g, "tr") if t and g.rnd.random() < 0.8 else None for t in tenant],
                HEAVY,
                ROLE,
            ),
            c("depozito_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", g.rnd.random() < 0.6), 0.75), HEAVY),
            c("okuyucu", "person_name", "VARCHAR", g.col(g.pick(readers)), STAFF),
            c("sayac_enlem", N, "DOUBLE", g.floats(39.70, 40.30, 6), "decoy", COORD),
            c("sayac_boylam", N, "DOUBLE", g.floats(28.90, 30.60, 6), "decoy", COORD),
            c(
                "vergi_no_isyeri",
                N,
                "VARCHAR",
                [v.tr_vkn(g) if grp == "İşyeri" else None for grp in group],
                "business",
                CHECK,
                SHAPE,
            ),
            c("aciklama", "free_text", "VARCHAR", g.sparse(note, 0.75, ("", "yok", "-")), NULLWORD),
            c("kullanici", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        ],
    )


def ru_pensii(g: Gen) -> Table:
    """A Volga region social fund office's pension awards (Russian, Cyrillic column names): case id and payment file
    number, surname, given name and patronymic, birth date as ``дд.мм.гггг`` text, birthplace, СНИЛС, personal ИНН
    (mostly filled), passport series and number, registered address, town, index and region (``none``), phone,
    e-mail (mostly NULL), pension type, amount, award date and years of service, delivery, a Mir card number, the
    last employer and its ИНН and ОГРН (``business``), a representative (mostly NULL), the specialist (few), a note,
    opaque ``доп_поле_1`` (the representative's phone) and ``доп_поле_2`` (a district code)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "ru", female)
        rows.append((b, a, v.ru_patronymic(g, female), g.birth(1950, 1970)))
    towns = [g.rnd.choice(v.RU_TOWNS) for _ in range(g.rows)]
    specialists = _staff(g, 4, v.ru_initials)
    employers = [
        ("ООО «Волгаэнергомонтаж»", v.ru_inn_company(g), v.ru_ogrn(g)),
        ("АО «Самарский подшипниковый завод»", v.ru_inn_company(g), v.ru_ogrn(g)),
        ("МБОУ СОШ № 12", v.ru_inn_company(g), v.ru_ogrn(g)),
    ]
    emp = [g.rnd.choice(employers) for _ in range(g.rows)]
    card = [g.rnd.random() < 0.6 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(
            [
                "Перерасчёт по стажу",
                f"Доверенность на {v.whole(g, 'ru')}",
                "Справка о заработке запрошена",
                f"Со слов дочери {v.given(g, 'ru', True)}, переехала",
            ]
        )

    return Table(
        "сфр_пенсии.назначения",
        "ru",
        "snake",
        [
            c("ид_дела", N, "BIGINT", g.keys(630_001), "decoy", KEY),
            c("номер_выплатного_дела", N, "VARCHAR", g.col(lambda: g.code("999-99999/25")), "decoy", SHAPE),
            c("фамилия", "last_name", "VARCHAR", [r[0] for r in rows]),
            c("имя", "first_name", "VARCHAR", [r[1] for r in rows]),
            c("отчество", "first_name", "VARCHAR", [r[2] for r in rows]),
            c("дата_рождения", "date_of_birth", "VARCHAR", [r[3].strftime("%d.%m.%Y") for r in rows]),
            c("место_рождения", "city", "VARCHAR", g.col(lambda: "г. " + g.rnd.choice(v.RU_TOWNS)[0], 0.1)),
            c("снилс", "ssn", "VARCHAR", g.col(lambda: v.ru_snils(g, g.rnd.random() < 0.8))),
            c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn_person(g), 0.35)),
            c("паспорт", "national_id", "VARCHAR", g.col(lambda: v.ru_passport(g))),
            c("адрес_регистрации", "street_address", "VARCHAR", [v.street_of(g, "ru") for _ in rows]),
            c("город", "city", "VARCHAR", [t[0] for t in towns]),
            c("индекс", "postal_code", "VARCHAR", [t[2] + g.digits(3) for t in towns]),
            c("регион", N, "VARCHAR", [t[1] for t in towns], "decoy"),
            c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "intl": 0.2, "e164": 0.3}, 0.7, 0.1)),
            c("эл_почта", "email", "VARCHAR", g.col(lambda: v.email(g, "ru"), 0.7), HEAVY, ABBREV),
            c(
                "вид_пенсии",
                N,
                "VARCHAR",
                g.col(g.pick(["страховая по старости", "по инвалидности", "по случаю потери кормильца", "социальная"])),
                "decoy",
            ),
            c("размер_пенсии", N, "DOUBLE", g.amounts(9_500, 42_000), "decoy"),
            c("дата_назначения", N, "DATE", g.days("2020-01-01", "2025-11-30"), "decoy", EVENT),
            c("стаж_лет", N, "INTEGER", g.ints(5, 45), "decoy"),
            c("способ_доставки", N, "VARCHAR", ["банк" if x else "почта" for x in card], "decoy"),
            c(
                "номер_карты_мир",
                "credit_card",
                "VARCHAR",
                [v.mir_card(g, g.rnd.random() < 0.4) if x else None for x in card],
            ),
            c("работодатель", N, "VARCHAR", [e[0] for e in emp], "business"),
            c("инн_работодателя", N, "VARCHAR", [e[1] for e in emp], "business", CHECK, SHAPE),
            c("огрн_работодателя", N, "VARCHAR", [e[2] for e in emp], "business", CHECK, SHAPE),
            c("представитель_фио", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ru"), 0.85), HEAVY, ROLE),
            c("специалист", "person_name", "VARCHAR", g.col(g.pick(specialists)), STAFF),
            c("примечание", "free_text", "VARCHAR", g.sparse(note, 0.7, ("", "нет", "-"))),
            c("доп_поле_1", "phone", "VARCHAR", g.phones("RU", {"national": 1.0}, 1.0, 0.85), OPAQUE, HEAVY),
            c("доп_поле_2", N, "VARCHAR", g.col(g.pick(["Р-01", "Р-02", "Р-07"])), "decoy", OPAQUE),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (vt_tax_bills, 700),
    (nm_ui_claimants, 1_200),
    (mi_qvf_voters, 1_400),
    (uk_council_tax, 900),
    (cardiff_pcn, 1_100),
    (qld_waste, 800),
    (nz_concession_cards, 900),
    (koha_borrowers, 1_000),
    (cork_planning, 600),
    (es_nacimientos, 500),
    (pt_abono_familia, 700),
    (pl_akty_malzenstwa, 400),
    (se_forsorjningsstod, 600),
    (tr_su_aboneleri, 900),
    (ru_pensii, 700),
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
