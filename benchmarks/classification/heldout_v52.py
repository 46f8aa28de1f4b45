"""Held-out set v52 for the column classifier: 15 tables of *legal, justice, public-safety and debt-collection
systems*, one system per table and each a different organisation, nine with English column names (the United States,
England, Canada, South Africa, Australia and Ireland) and six in German, French, Spanish, Italian, Czech and Dutch, in
snake, camel, Pascal and SCREAMING case, with abbreviations, vendor spellings, a dbt staging model and numbered custom
fields:

* ``lexintake.matter_intake``: a Chicago plaintiff firm's new-matter intake with its conflict check (adverse parties,
  related parties, the intake form's ``remote_addr``, SSN for lien checks, the statute of limitations);
* ``bailbonds.bondApplications``: a Las Vegas bail-bonds agency's bond applications from its web app's API
  (defendants, indemnitors and their SSNs, booking and power numbers, the premium card, the ankle monitor's fix);
* ``collections.dbtr_accts``: a Buffalo collection agency's placed accounts (``dbtr_nm``, ``poe_nm``, ``cosign_nm``,
  the charged-off card's number, collectors' call notes, ``udf_03``);
* ``CASEMAN.JUDGMENT_DEBTORS``: an England and Wales county court's judgment debtors in a CaseMan-style legacy export
  (``DEFT_ADDR_1`` to ``DEFT_ADDR_4``, National Insurance numbers for attachment of earnings, claimant companies);
* ``analytics.stg_relativity__custodians``: a London disclosure vendor's custodians of one client's litigation as a
  dbt staging model (work e-mails, leavers' personal contacts, IMEIs, interview notes, Fivetran columns);
* ``DocketPro.Inventors``: a Toronto patent and trademark agency's inventors in its .NET docketing product
  (applicant companies and their business numbers, residence cities, declarations);
* ``ethicsline.reports``: a Johannesburg whistle-blowing hotline's reports (mostly anonymous reporters, South African
  ID numbers, subjects named in ``;`` lists, ``custom_field_1`` to ``custom_field_3``, a web form's JSON payload);
* ``serveme.service_log``: a Melbourne process server's attempts (parties to serve, who was served, GPS fixes,
  instructing firms' ABNs, ``udf_1`` to ``udf_3``);
* ``lab_cms.civil_applications``: an Irish civil legal-aid board's applications at a law centre in the west (PPS
  numbers, Eircodes, the opposing party, children's first names with their ages);
* ``gvz_kassel.vollstreckungsauftraege``: a Kassel court bailiff's (Gerichtsvollzieher) enforcement orders (German,
  ``schu_`` and ``gl_`` prefixes, the account found by the account enquiry);
* ``etude_tours.repertoire_comparants``: a Touraine notary's parties to its deeds (French: ``nom_naissance``,
  ``prenoms``, ``lieu_naissance``, ``conjoint``, SIREN, cadastral references, sellers' and heirs' IBANs);
* ``extranjeria.clientes``: a Madrid immigration law firm's clients (Spanish, camel case: NIE, passports, the sponsor's
  DNI, foreign birthplaces and home-country phones);
* ``mediazione_bo.parti_procedimento``: a Bologna civil-mediation body's parties (Italian: codice fiscale, PEC, the
  parties' lawyers, mediators, an administrator's partita IVA);
* ``mp_brno.udalosti_osoby``: a Brno municipal police force's persons involved in incidents (Czech: rodné číslo, ID
  card numbers, statute names, officers and badge numbers, places and coordinates);
* ``rn_toezicht.Clienten``: a Rotterdam probation service's supervised clients (Dutch, Pascal case: BSN, the
  prosecution's case number, probation officers, ankle monitors, victims named in contact bans).

Written **blind**, like v2 to v51: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``),
how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the *structure* and labeling conventions
of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the module docstrings of
v24 to v51 (to avoid their domains: v26's state e-filing, v43's Spanish collections files, v44's prison visits,
hearing calendars and Dutch notary were left alone), the ``Column``/``Table`` classes and writer they build on, and
the sources of python-stdnum and phonenumbers. The classifier was not run on this set while it was written, no scorer
was run on it, and no score of any set was looked at: nothing here was adjusted to what the classifier does. Like v27
it imports no earlier set's value module: its random source, name lists, streets, towns, companies and identifier
builders are its own (:mod:`benchmarks.classification.heldout_v52_values`; the generic ``Gen`` helpers were copied
from v27's).

What is new against v2 to v51:

* the people of legal and justice systems under their role words (tag ``role_word``): defendants and their aliases,
  indemnitors, debtors (``dbtr_nm`` as ``LAST, FIRST M``), co-signers, debtors' attorneys, adverse and related
  parties, custodians and their line managers, inventors, reporters and the subjects of their reports, parties to
  serve and the people served, opposing parties, spouses and partners, children, Schuldner and Mitbewohner,
  comparants and their spouses, family sponsors, the parties' lawyers, victims named in contact bans;
* staff acting in office (tag ``staff``, ``person_name`` or a first or family name): attorneys, paralegals, bail
  agents, a district judge's surname, forensic technicians, patent agents, case officers, process servers, means
  assessors and solicitors, a court bailiff, notaries and clerks, immigration lawyers, mediators, municipal police
  officers and probation officers;
* names that mislead (tag ``misleading``): ``statute_name``, ``nazev_predpisu`` (a statute's name), ``COURT_NAME``,
  ``courtName``, ``CLAIMANT_NAME``, ``EMPLOYER_NAME``, ``ApplicantName``, ``clnt_nm``, ``gl_name`` (companies and
  courts) and ``facilityAddress`` (a jail's address) are ``none``; ``remote_addr`` holds the client's IP address;
* numbered custom fields (tag ``opaque``) labeled by what they hold: ``udf_03`` (a relative's phone), ``udf_2`` (an
  occupant's name), ``udf_3`` (an e-mail), ``custom_field_2`` (a callback number), ``custom_field_3`` (a witness: a
  name, a phone or an e-mail, so ``free_text``); ``udf_07``, ``udf_1`` and ``custom_field_1`` hold no personal data;
* decoys with check digits (tag ``check_digit``, all ``none``): matter, account, reference and invoice numbers with a
  Luhn digit, an Australian ABN, a Canadian business number, a French SIREN, an Italian partita IVA and IMEIs; other
  value-shaped decoys (tag ``value_shape``): claim, case, docket, warrant, booking, power, register (``DR II
  1234/25``), file (``GY/25/12345``), prosecution (``10/123456-25``) and application (``PCT/CA2025/051234``) numbers,
  company registration numbers, badge numbers;
* identifiers with check digits (python-stdnum): US SSNs (``ssn``, some ``000-00-0000`` and ``999-99-9999``), the
  National Insurance number (HMRC's prefix rules, no check digit), South African ID numbers, Irish PPS numbers (some
  ``N/K``), Spanish NIE and DNI, the Italian codice fiscale (encoding the row's name, birth date and birthplace), the
  Czech rodné číslo (encoding the row's birth date and sex) and the Dutch BSN (``national_id``); passports and Czech
  ID card numbers are ``national_id`` too; German, French, Spanish and Italian IBANs (the Spanish ones with their CCC
  digits, the French with their RIB key); cards (Luhn); phones of the United States, Canada, the United Kingdom,
  Ireland, South Africa, Australia, Germany, France, Spain (and Morocco, Colombia, Venezuela, Romania, Pakistan and
  Senegal), Italy, the Czech Republic and the Netherlands (phonenumbers); IPv4 and IPv6.

Labeling choices a reader may question:

* a column mixing several personal kinds (``custom_field_3``: a name, a phone or an e-mail) is ``free_text``, as is
  a JSON payload naming people (tag ``json_blob``); JSON without personal data is ``none`` (tag ``json_plain``);
* ``adverse_party`` is ``person_name`` though some rows name a business (an employer, a grocery store);
* ``;``-separated lists of names (tag ``multi_value``) take the kind of their items: ``related_parties`` and
  ``subject_names`` are ``person_name``, ``children_first_names`` (``Aoife (7); Cian (4)``) is ``first_name``;
* the last four digits of an SSN or a card (tag ``partial``), coordinates (tag ``coordinates``: an ankle monitor's
  fix, the place a process was served, an incident's place), an incident's intersection or public place, a callback
  PIN (tag ``credential``), a company's or a court's name, address, phone and generic e-mail (tag ``business``), an
  employer's payroll number, an IMEI and a probation ankle monitor's serial are ``none``;
* a staff member's work e-mail (a paralegal, a probation officer) and a party's lawyer's PEC are ``email`` (tag
  ``role_email``): they name one person; the firm's main line and a court's address are ``none``;
* ``DEFT_ADDR_2`` (a flat number or a district) and ``dbtr_addr2`` (``APT 2B``) are ``street_address``; the post town
  (``DEFT_ADDR_3``) is ``city``; counties, states, provinces and ``provincia`` are ``none``; a foreign birthplace
  (``lugarNacimiento``, ``Geboorteplaats``) is ``city``;
* logins are ``unclassified`` (tag ``username``): ``conflict_checked_by``, ``createdBy``, ``collector_id``,
  ``USER_ID``, ``ModifiedBy`` (a Windows domain and a login), the legal-aid board's ``created_by``, ``erfasst_von``,
  ``creadoPor``, ``zapsal``, ``GewijzigdDoor``; the disclosure vendor's sync account is ``none`` (tag
  ``service_account``);
* a birth name (``nom_naissance``, ``schu_geburtsname``) and a second surname (``segundoApellido``) are
  ``last_name``; a call name (``Roepnaam``) and ``Voornamen`` are ``first_name``; the district judge's surname
  (``DJ_NAME``) is ``last_name`` and the paralegals' first names (``Paralegal``) are ``first_name``.

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`). ``null_heavy`` means 50-95% NULL,
``nullword_heavy`` 70-95% NULL words. Rows per table: 90 to 300.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and companies of :mod:`benchmarks.classification.heldout_v52_values`, written for v52 (census-style common names mixed
at random, no Faker, no list of real people, no breach data). Build: ``python -m benchmarks.classification.heldout_v52
[PATH]`` (default ``/tmp/heldout_v52.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set
v52``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v52_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v52_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v52.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"  # a name that says personal over non-personal values, or the reverse
STAFF = "staff"  # staff named in a column with few distinct values (attorneys, clerks, officers, agents ...)
ROLE = "role_word"  # a role word (defendant, indemnitor, debtor, custodian, inventor, reporter ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # an audit column holding only service accounts or job names (none)
KEY = "join_key"  # an id, foreign key, surrogate key or UUID (none)
ROLE_EMAIL = "role_email"  # a role-named column holding people's e-mail addresses
MULTI = "multi_value"  # several names in one cell, separated by ";"
JSON = "json_blob"  # a JSON document in a cell holding personal data (free_text)
JSON_PLAIN = "json_plain"  # a JSON document in a cell holding no personal data (none)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (000-00-0000, N/K ...)
PARTIAL = "partial"  # the last four digits of an SSN or a card: none
CHECK = "check_digit"  # a decoy number that passes its own check digit (matter, reference, invoice numbers, ABN ...)
OPAQUE = "opaque"  # a custom field named by its number (udf_03, custom_field_2): labeled by what it holds
CREDENTIAL = "credential"  # a PIN or token (none)
GEO = "coordinates"  # a latitude or longitude (none)
DBT = "dbt"  # a column of a dbt staging model (or its loader's metadata)

JUSTICE_WORDS = ("", "-", "NULL", "n/a", "N/A", "null", "none", "N/K", "not given")


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, style: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, lang), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _pad(g: Gen, values: list, share: float) -> list:
    """``values`` with ``share`` of the strings padded with spaces, the way fixed-width exports leave them."""
    return [f"{x}{' ' * g.rnd.randint(1, 6)}" if isinstance(x, str) and g.rnd.random() < share else x for x in values]


def _multi(g: Gen, make: Callable[[], str], lo: int, hi: int, null: float) -> list:
    return [None if g.rnd.random() < null else "; ".join(make() for _ in range(g.rnd.randint(lo, hi)))
            for _ in range(g.rows)]


# -- the United States: a law firm, a bail-bonds company, a collection agency ------------------------------------------


def us_law_intake(g: Gen) -> Table:
    """A Chicago plaintiff firm's new-matter intake with its conflict check (snake case): the matter number (a Luhn
    check digit: ``none``), practice area, the intake web form's ``remote_addr`` (the prospective client's IP:
    ``ip_address``, tag ``misleading``), the client's names, date of birth (``MM/DD/YYYY`` text), SSN (asked for
    Medicare lien checks: mostly NULL, some ``000-00-0000``), phones, e-mail, home address, city, state (``none``)
    and ZIP, the adverse party (mostly people, some businesses), its insurer and claim number (``none``), related
    parties (``;``-separated names), the incident's intersection (a place: ``none``), the client's narrative
    (``free_text``), the statute of limitations (``statute_name`` holds a statute: ``none``), the conflict check's
    result and hits, the checker's login, the responsible and originating attorneys (staff), the paralegal's e-mail,
    the firm's main line (``none``) and the referring client."""
    place = [v.us_place(g, "chicago") for _ in range(g.rows)]
    pairs = [v.person(g, "chicago") for _ in range(g.rows)]
    attorneys = _staff(g, 6, lambda x: v.whole(x, "chicago"))
    paralegals = [v.person(g, "chicago") for _ in range(4)]
    checkers = _logins(g, 4, 0, "chicago")
    areas = ["PI-AUTO", "PI-PREMISES", "EMPLOYMENT", "WORKERS-COMP", "DOG-BITE", "MED-MAL"]
    area = [g.rnd.choice(areas) for _ in range(g.rows)]
    code = {a: f"{i + 1:02d}" for i, a in enumerate(areas)}
    companies = ["Lakeshore Freight Inc.", "Pulaski Grocers LLC", "Midway Staffing Partners", "Cermak Auto Body",
                 "North Branch Property Mgmt"]
    web = [g.rnd.random() < 0.6 for _ in range(g.rows)]

    def adverse(a: str) -> str:
        if a == "EMPLOYMENT" or (a == "PI-PREMISES" and g.rnd.random() < 0.5):
            return g.rnd.choice(companies)
        return v.whole(g, "chicago")

    def narrative(i: int) -> str:
        a = area[i]
        if a == "PI-AUTO":
            return g.rnd.choice([
                (f"Rear-ended at a red light on {g.rnd.choice(v.US_STREETS['chicago'])}. My passenger "
                f"{v.whole(g, 'chicago')} went to Swedish Covenant ER too."),
                (f"Other driver ran the stop sign, police report taken. Call my sister "
                 f"{v.given(g, 'chicago', True)} at "
                f"{g.phone('US', 'national', True, v.CHICAGO_AREAS)} if you can't reach me."),
                "Hit by a rideshare driver while on my bike, broken wrist."])
        if a == "EMPLOYMENT":
            return g.rnd.choice([
                f"Fired two weeks after I reported my supervisor {v.whole(g, 'chicago')} for harassment.",
                f"Unpaid overtime since 2023. Coworker {v.whole(g, 'chicago')} has the same problem.",
                "Denied FMLA leave after my surgery."])
        if a == "DOG-BITE":
            return f"Bitten by the neighbor's dog at {v.us_street(g, 'chicago', 0.0)}, owner is " \
                   f"{v.whole(g, 'chicago')}."
        return g.rnd.choice(["Slipped on a wet floor, no sign posted, hurt my back.",
                             "Back injury lifting pallets, comp claim denied.",
                             f"Surgery complication, ask for my husband {v.given(g, 'chicago', False)}.",
                             "Fell on broken stairs in my building."])

    ssn = _dirty(g, g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.8), 0.62), 0.08, ["000-00-0000"])
    return Table("lexintake.matter_intake", "en", "snake", [
        c("intake_id", N, "BIGINT", g.keys(41_001), "decoy", KEY),
        c("matter_no", N, "VARCHAR", [f"KD-{v.with_luhn(f'25{code[a]}{g.digits(5)}')}" for a in area], "decoy", SHAPE,
          CHECK),
        c("practice_area", N, "VARCHAR", area, "decoy"),
        c("intake_channel", N, "VARCHAR", ["web_form" if w else g.rnd.choice(["phone", "referral", "walk_in"])
                                           for w in web], "decoy"),
        c("remote_addr", "ip_address", "VARCHAR", [g.ip(0.3) if w else None for w in web], MISLEADING),
        c("client_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("client_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("client_dob", "date_of_birth", "VARCHAR", [v.dob_text(g.birth(1948, 2006), "us") if g.rnd.random() < 0.85
                                                     else None for _ in range(g.rows)]),
        c("client_ssn", "ssn", "VARCHAR", ssn, HEAVY, PLACEHOLDER),
        c("client_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.85,
                                                        0.03, v.CHICAGO_AREAS)),
        c("client_alt_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "dots": 0.4}, 0.5, 0.7,
                                                            v.CHICAGO_AREAS), HEAVY),
        c("client_email", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, v.DOMAINS["us"]) if g.rnd.random() < 0.9
                                                         else None for a, b in pairs], 0.05,
                                                     ["test@example.com", "none@none.com"]), PLACEHOLDER),
        c("client_street", "street_address", "VARCHAR", g.col(lambda: v.us_street(g, "chicago"), 0.05)),
        c("client_city", "city", "VARCHAR", [p[0] for p in place]),
        c("client_state", N, "VARCHAR", [p[1] for p in place], "decoy"),
        c("client_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.1) for p in place]),
        c("adverse_party", "person_name", "VARCHAR", [adverse(a) for a in area], ROLE),
        c("adverse_insurer", N, "VARCHAR", g.col(g.pick(["Lakeview Mutual Insurance", "Prairie State Casualty",
                                                         "Great Lakes Indemnity Co.", "self-insured"]), 0.3),
          "business"),
        c("adverse_claim_no", N, "VARCHAR", g.col(lambda: g.code("99-AAAA-99999-9"), 0.4), "decoy", SHAPE),
        c("related_parties", "person_name", "VARCHAR", _multi(g, lambda: v.whole(g, "chicago"), 1, 3, 0.45),
          MULTI, ROLE),
        c("incident_location", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.US_STREETS['chicago'])} & "
                                                   f"{g.rnd.choice(v.US_STREETS['chicago'])}", 0.3), "decoy"),
        c("incident_date", N, "DATE", g.days("2023-06-01", "2025-11-15"), "decoy"),
        c("client_narrative", "free_text", "VARCHAR", [narrative(i) for i in range(g.rows)]),
        c("statute_name", N, "VARCHAR", [{"EMPLOYMENT": "775 ILCS 5/7A-102", "WORKERS-COMP": "820 ILCS 305/6(d)",
                                          "MED-MAL": "735 ILCS 5/13-212"}.get(a, "735 ILCS 5/13-202") for a in area],
          "decoy", MISLEADING),
        c("sol_deadline", N, "DATE", g.days("2025-06-01", "2027-11-15"), "decoy", ABBREV),
        c("conflict_result", N, "VARCHAR", g.col(g.pick(["CLEAR", "CLEAR", "CLEAR", "POTENTIAL", "WAIVER_REQ"])),
          "decoy"),
        c("conflict_hits", N, "INTEGER", g.col(lambda: g.rnd.choice([0, 0, 0, 1, 2])), "decoy"),
        c("conflict_checked_by", USERNAME, "VARCHAR", g.col(g.pick(checkers), 0.05), USER, AUDIT),
        c("responsible_attorney", "person_name", "VARCHAR", g.col(g.pick(attorneys)), STAFF),
        c("originating_attorney", "person_name", "VARCHAR", g.col(g.pick(attorneys[:3]), 0.2), STAFF),
        c("paralegal_email", "email", "VARCHAR", g.col(lambda: v.work_email(*g.rnd.choice(paralegals),
                                                                            "kesslerdunmore.com")), ROLE_EMAIL),
        c("firm_main_line", N, "VARCHAR", ["(312) 555-0148"] * g.rows, "business"),
        c("referring_client", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "chicago"), 0.8), HEAVY, ROLE),
        c("fee_agreement_signed", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
        c("created_at", N, "TIMESTAMP", g.moments("2025-01-02", "2025-11-28"), "decoy"),
    ])


def us_bail_bonds(g: Gen) -> Table:
    """A Las Vegas bail-bonds agency's bond applications from its web app's API (camel case): the bond's UUID, the
    surety's power number and the jail's booking number (``none``), the jail and its address (``none``), the
    defendant's names, alias (mostly NULL), birth date, SSN and its last four digits (``none``), phone, e-mail,
    address, city and ZIP, the charge (a statute: ``none``), the court case number and court, amounts, the
    indemnitor (the co-signer: name, relationship, phone, SSN, employer), the premium card kept in clear (mostly NULL)
    and its last four digits, the e-signature IP, collateral, check-in notes, the ankle monitor's last fix
    (coordinates: ``none``), the bail agent (staff) and the creating login."""
    pairs = [v.person(g, "vegas") for _ in range(g.rows)]
    place = [v.us_place(g, "vegas") for _ in range(g.rows)]
    agents = _staff(g, 4, lambda x: v.whole(x, "vegas"))
    logins = _logins(g, 4, 1, "vegas")
    jails = [("Clark County Detention Center", "330 S Casino Center Blvd, Las Vegas, NV 89101"),
             ("Henderson Detention Center", "18 E Basic Rd, Henderson, NV 89015"),
             ("North Las Vegas Detention Center", "2222 Constitution Way, North Las Vegas, NV 89030")]
    jail = [g.rnd.randrange(3) for _ in range(g.rows)]
    ssns = g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.6), 0.3)
    card_pay = [g.rnd.random() < 0.65 for _ in range(g.rows)]
    pans = [v.card(g) if p and g.rnd.random() < 0.45 else None for p in card_pay]
    last4 = [pan[-4:] if pan else (g.digits(4) if p else None) for pan, p in zip(pans, card_pay)]
    charges = ["NRS 484C.110 DUI 1ST OFFENSE", "NRS 200.485 BATTERY DOMESTIC VIOLENCE", "NRS 205.240 PETIT LARCENY",
               "NRS 453.336 POSS CONTROLLED SUBSTANCE", "NRS 484B.653 RECKLESS DRIVING", "NRS 205.060 BURGLARY"]

    def note() -> str:
        return g.rnd.choice([f"Checked in by phone from {g.phone('US', 'dashes', True, v.VEGAS_AREAS)}",
                             f"Staying with girlfriend {v.whole(g, 'vegas', True)} off Boulder Hwy until court",
                             "Missed Monday check-in, left VM",
                             f"Mother {v.given(g, 'vegas', True)} paid balance in cash",
                             f"New address per defendant: {v.us_street(g, 'vegas')}", "Court date continued"])

    def collateral() -> str:
        return g.rnd.choice(["Vehicle title (2016 Toyota Tacoma)", "Cash $1,500", "Jewelry (appraised)",
                             "None - signature bond", "Vehicle title (2019 Nissan Altima)"])

    return Table("bailbonds.bondApplications", "en", "camel", [
        c("bondId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("powerNumber", N, "VARCHAR", g.col(lambda: g.code("LB25-9999999")), "decoy", SHAPE),
        c("bookingNumber", N, "VARCHAR", g.col(lambda: "25" + g.digits(8)), "decoy", SHAPE),
        c("facility", N, "VARCHAR", [jails[j][0] for j in jail], "business"),
        c("facilityAddress", N, "VARCHAR", [jails[j][1] for j in jail], "business", MISLEADING),
        c("defendantFirstName", "first_name", "VARCHAR", [a for a, _ in pairs], ROLE),
        c("defendantLastName", "last_name", "VARCHAR", [b for _, b in pairs], ROLE),
        c("defendantAka", "person_name", "VARCHAR", [f"{v.given(g, 'vegas')} {b}" if g.rnd.random() < 0.2 else None
                                                     for _, b in pairs], HEAVY, ROLE),
        c("defendantDob", "date_of_birth", "DATE", g.births(1960, 2006), ROLE),
        c("defendantSsn", "ssn", "VARCHAR", ssns, ROLE),
        c("defendantSsnLast4", N, "VARCHAR", [s[-4:] if s else None for s in ssns], "decoy", PARTIAL, SHAPE),
        c("defendantPhone", "phone", "VARCHAR", g.phones("US", {"national": 0.4, "dashes": 0.3, "digits": 0.3}, 0.95,
                                                          0.08, v.VEGAS_AREAS)),
        c("defendantEmail", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, v.DOMAINS["us"])
                                                           if g.rnd.random() < 0.6 else None for a, b in pairs],
                                                       0.06, ["none@none.com", "noreply@example.com"]), PLACEHOLDER),
        c("defendantAddress", "street_address", "VARCHAR", g.col(lambda: v.us_street(g, "vegas", 0.4), 0.06)),
        c("defendantCity", "city", "VARCHAR", [p[0] for p in place]),
        c("defendantZip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in place]),
        c("chargeDescription", N, "VARCHAR", g.col(g.pick(charges)), "decoy"),
        c("caseNumber", N, "VARCHAR", g.col(lambda: g.rnd.choice([g.code("25CR99999"), g.code("C-25-399999-1"),
                                                                  g.code("25M99999X")])), "decoy", SHAPE),
        c("courtName", N, "VARCHAR", g.col(g.pick(["Las Vegas Justice Court Dept 3", "Henderson Municipal Court",
                                                   "Eighth Judicial District Court Dept 12",
                                                   "North Las Vegas Justice Court"])), "business", MISLEADING),
        c("bondAmount", N, "DECIMAL(10,2)", g.col(lambda: float(g.rnd.choice([1_000, 2_500, 3_000, 5_000, 10_000,
                                                                              20_000, 50_000]))), "decoy"),
        c("premiumAmount", N, "DECIMAL(10,2)", g.amounts(150, 7_500), "decoy"),
        c("indemnitorName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "vegas"), 0.05), ROLE),
        c("indemnitorRelationship", N, "VARCHAR", g.col(g.pick(["Mother", "Father", "Spouse", "Girlfriend", "Brother",
                                                                "Friend", "Aunt"]), 0.05), "decoy"),
        c("indemnitorPhone", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "e164": 0.4}, 0.9, 0.05,
                                                           v.VEGAS_AREAS)),
        c("indemnitorSsn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g), 0.55), HEAVY),
        c("indemnitorEmployer", N, "VARCHAR", g.col(g.pick(["Station Casinos", "Clark County School District",
                                                            "Amazon LAS7", "self-employed", "UNLV", "MGM Resorts"]),
                                                    0.3), "business"),
        c("cardOnFile", "credit_card", "VARCHAR", pans, HEAVY),
        c("cardLast4", N, "VARCHAR", last4, "decoy", PARTIAL, SHAPE),
        c("esignIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.15)),
        c("collateralDescription", N, "VARCHAR", g.col(collateral, 0.2), "decoy"),
        c("checkInNotes", "free_text", "VARCHAR", g.col(note, 0.35)),
        c("monitorLat", N, "DOUBLE", [None if g.rnd.random() < 0.6 else round(36.17 + g.rnd.uniform(-0.12, 0.12), 5)
                                      for _ in range(g.rows)], "decoy", GEO),
        c("monitorLng", N, "DOUBLE", [None if g.rnd.random() < 0.6 else round(-115.14 + g.rnd.uniform(-0.15, 0.15), 5)
                                      for _ in range(g.rows)], "decoy", GEO),
        c("agentName", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("createdBy", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("createdAt", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy"),
    ])


def us_collections(g: Gen) -> Table:
    """A Buffalo debt-collection agency's placed accounts (snake case with the agency's abbreviations): the agency's
    account number (a Luhn check digit: ``none``), the client (the original creditor: ``none``) and the charged-off
    card's full number as placed (``credit_card``), dates and balances, the debtor's ``LAST, FIRST M`` name, SSN,
    birth date (``YYYYMMDD`` text), two address lines, city, state (``none``), ZIP, home and cell phones, e-mail, the
    place of employment and its main line (``none``), the co-signer and the debtor's attorney (mostly NULL), flags,
    the collector's login, the collectors' call notes (``free_text``), the skip-trace source, ``udf_03`` (a
    relative's phone: ``phone``, tag ``opaque``) and ``udf_07`` (a score band: ``none``)."""
    pairs = [v.person(g, "wny") for _ in range(g.rows)]
    place = [v.us_place(g, "wny") for _ in range(g.rows)]
    collectors = _logins(g, 6, 0, "wny")
    clients = ["NORTHWAY BANK CARD SVCS", "ERIE CANAL CREDIT UNION", "SENECA RETAIL CARD", "LAKE EFFECT BANK NA"]

    def notes() -> str:
        return g.rnd.choice([
            f"LM ON VM {g.phone('US', 'dashes', True, v.WNY_AREAS)}", (f"SPOKE W/ DBTR, PTP ${g.rnd.randint(25, 300)} "
            f"ON {g.rnd.randint(1, 12)}/{g.rnd.randint(1, 28)}"),
            f"3RD PTY {v.given(g, 'wny').upper()} ANSWERED, SAYS DBTR AT WORK, NO INFO GIVEN",
            f"DBTR DISPUTES - ID THEFT. VAL LTR SENT TO {v.us_street(g, 'wny', 0.0).upper()}",
            f"NEW POE PER SKIP, WRK# {v.office_phone_us(g, '716')}", "HUNG UP", "WRONG NUMBER, REMOVED",
            f"SPOKE W/ SPOUSE {v.whole(g, 'wny').upper()}, WILL HAVE DBTR CALL BACK"])

    ssn = _dirty(g, g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.5), 0.04), 0.04, ["999-99-9999", "000-00-0000"])
    return Table("collections.dbtr_accts", "en", "snake", [
        c("acct_no", N, "VARCHAR", g.col(lambda: v.with_luhn("7" + g.digits(8))), "decoy", SHAPE, CHECK, ABBREV),
        c("clnt_id", N, "INTEGER", g.ints(101, 118), "decoy", KEY, ABBREV),
        c("clnt_nm", N, "VARCHAR", g.col(g.pick(clients)), "business", ABBREV, MISLEADING),
        c("orig_card_no", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.04), ABBREV),
        c("plcmt_dt", N, "DATE", g.days("2024-01-01", "2025-10-31"), "decoy", ABBREV),
        c("chgoff_dt", N, "DATE", g.days("2021-01-01", "2024-06-30"), "decoy", ABBREV),
        c("chgoff_bal", N, "DECIMAL(10,2)", g.amounts(300, 18_000), "decoy", ABBREV),
        c("cur_bal", N, "DECIMAL(10,2)", g.amounts(0, 18_000), "decoy", ABBREV),
        c("dbtr_nm", "person_name", "VARCHAR", [f"{b}, {a}{' ' + v.given(g, 'wny')[0] if g.rnd.random() < 0.5 else ''}"
                                                .upper() for a, b in pairs], ABBREV, ROLE),
        c("dbtr_ssn", "ssn", "VARCHAR", ssn, ABBREV, PLACEHOLDER),
        c("dbtr_dob", "date_of_birth", "VARCHAR", [v.dob_text(g.birth(1945, 2003), "ymd") if g.rnd.random() < 0.9
                                                   else None for _ in range(g.rows)], ABBREV),
        c("dbtr_addr1", "street_address", "VARCHAR", _pad(g, g.col(lambda: v.us_street(g, "wny", 0.0).upper()), 0.2),
          ABBREV),
        c("dbtr_addr2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["APT ", "UNIT ", "# "])
                                                           + str(g.rnd.randint(1, 30)) + g.rnd.choice(["", "A", "B"]),
                                                           0.75), ABBREV, HEAVY),
        c("dbtr_city", "city", "VARCHAR", [p[0].upper() for p in place], ABBREV),
        c("dbtr_st", N, "VARCHAR", [p[1] for p in place], "decoy", ABBREV),
        c("dbtr_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.4) for p in place], ABBREV),
        c("home_ph", "phone", "VARCHAR", g.phones("US", {"digits": 1.0}, 0.2, 0.45, v.WNY_AREAS), ABBREV),
        c("cell_ph", "phone", "VARCHAR", g.phones("US", {"digits": 1.0}, 1.0, 0.2, v.WNY_AREAS), ABBREV),
        c("email_addr", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) if g.rnd.random() < 0.35 else None
                                             for a, b in pairs], HEAVY),
        c("poe_nm", N, "VARCHAR", g.col(g.pick(["TOPS MARKETS", "KALEIDA HEALTH", "M&T OPERATIONS CTR",
                                                 "WEGMANS", "AMAZON BUF5", "GEICO"]), 0.5), "business", ABBREV),
        c("poe_ph", N, "VARCHAR", g.col(lambda: v.office_phone_us(g, "716"), 0.55), "business", ABBREV),
        c("cosign_nm", "person_name", "VARCHAR", g.col(lambda: f"{v.family(g, 'wny')}, {v.given(g, 'wny')}".upper(),
                                                       0.85), HEAVY, ABBREV, ROLE),
        c("atty_rep_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "wny"), 0.9), HEAVY, ABBREV, ROLE),
        c("dispute_flg", N, "VARCHAR", g.yn("Y", "N", 0.08), "decoy", ABBREV),
        c("cd_rcvd", N, "BOOLEAN", g.yn(True, False, 0.04), "decoy", ABBREV),
        c("last_pmt_dt", N, "DATE", g.days("2024-06-01", "2025-11-25", 0.5), "decoy", ABBREV),
        c("last_pmt_amt", N, "DECIMAL(10,2)", g.amounts(10, 500, 0.5), "decoy", ABBREV),
        c("collector_id", USERNAME, "VARCHAR", g.col(g.pick(collectors)), USER, AUDIT),
        c("call_notes", "free_text", "VARCHAR", g.col(lambda: " | ".join(notes() for _ in range(g.rnd.randint(1, 3))),
                                                      0.15)),
        c("skip_src", N, "VARCHAR", g.col(g.pick(["TLO", "ACCURINT", "IDI", "NONE"])), "decoy", ABBREV),
        c("udf_03", "phone", "VARCHAR", g.phones("US", {"digits": 0.6, "dashes": 0.4}, 0.8, 0.6, v.WNY_AREAS),
          OPAQUE, HEAVY),
        c("udf_07", N, "VARCHAR", g.col(g.pick(["A1", "A2", "B1", "B2", "C1"])), "decoy", OPAQUE),
    ])


# -- the United Kingdom: a county court, a disclosure vendor -----------------------------------------------------------


def gb_county_court(g: Gen) -> Table:
    """An England and Wales county court's CaseMan-style judgment debtors (a legacy export, SCREAMING case, padded):
    the claim number and court code (``none``), the court's name and address (``none``, the ``NAME`` columns tag
    ``misleading``), the claimant (a creditor company: ``none``), the defendant's title, forenames and surname, five
    address lines (line 2 a flat or locality, line 3 the post town: ``city``, line 4 the county: ``none``), the
    postcode, the date of birth (``DD-MON-YYYY``), the National Insurance number (attachment of earnings orders only:
    mostly NULL), phone, the judgment, the warrant number, the employer and its address (``none``), the district
    judge's surname (staff: ``last_name``), the clerk's login and comments (``free_text``)."""
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    place = [g.rnd.choice(v.GB_PLACES) for _ in range(g.rows)]
    judges = _staff(g, 5, lambda x: v.family(x, "gb").upper())
    clerks = [x.upper()[:8] for x in _logins(g, 5, 0, "gb")]
    courts = [(335, "COUNTY COURT AT MANCHESTER", "1 BRIDGE STREET WEST, MANCHESTER M60 9DJ"),
              (280, "COUNTY COURT AT LEEDS", "THE COURTHOUSE, 1 OXFORD ROW, LEEDS LS1 3BG"),
              (101, "COUNTY COURT AT BRADFORD", "EXCHANGE SQUARE, DRAKE STREET, BRADFORD BD1 1JA")]
    court = [g.rnd.randrange(3) for _ in range(g.rows)]
    aoe = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    employers = [("ASDA STORES LTD", "ASDA HOUSE, GREAT WILSON STREET, LEEDS LS11 5AD"),
                 ("NORTHERN RAIL SERVICES", "STATION APPROACH, MANCHESTER M1 2QF"),
                 ("PENNINE CARE NHS FT", "225 OLD STREET, ASHTON-UNDER-LYNE OL6 7SR"),
                 ("TRAFFORD LOGISTICS LTD", "UNIT 4 WESTINGHOUSE ROAD, M17 1PG")]
    emp = [g.rnd.randrange(4) if a or g.rnd.random() < 0.2 else None for a in aoe]

    def forenames(a: str) -> str:
        female = a in v.NAMES["gb"][1]
        return (a + (" " + v.given(g, "gb", female) if g.rnd.random() < 0.25 else "")).upper()

    def comment() -> str:
        return g.rnd.choice([f"DEFT PHONED {g.phone('GB', 'national')} - CLAIMS PAID DIRECT TO CLMT",
                             (f"LETTER FROM {v.whole(g, 'gb', True).upper()} (MOTHER) SAYS DEFT MOVED TO "
                             f"{v.gb_street(g).upper()}"), "N56 NOT RETURNED", "AOE ORDER SENT TO EMPLOYER",
                             f"DEFT EMAIL {v.email_of(g, *v.person(g, 'gb'), v.DOMAINS['gb'])} REQUESTS VARIATION",
                             "WARRANT SUSPENDED ON TERMS", "N245 RECEIVED"])

    return Table("CASEMAN.JUDGMENT_DEBTORS", "en", "screaming", [
        c("CASE_NUMBER", N, "VARCHAR", g.col(lambda: g.rnd.choice([g.code("A9") + "QZ" + g.code("9A9A"),
                                                                   g.code("9") + "MA" + g.code("99999"),
                                                                   "K" + g.code("9") + "QZ" + g.code("99A9")])),
          "decoy", SHAPE),
        c("COURT_CODE", N, "INTEGER", [courts[i][0] for i in court], "decoy", KEY),
        c("COURT_NAME", N, "VARCHAR", [courts[i][1] for i in court], "business", MISLEADING),
        c("HEARING_CENTRE_ADDR", N, "VARCHAR", [courts[i][2] for i in court], "business", ABBREV),
        c("CLAIMANT_NAME", N, "VARCHAR", g.col(g.pick(["LOWTHER CREDIT MANAGEMENT LTD", "PENNINE WATER SERVICES PLC",
                                                       "ARDEN CONSUMER FINANCE LTD", "MERSEY VALLEY HOUSING TRUST",
                                                       "HOLCROFT ASSET RECOVERY LTD"])), "business", MISLEADING),
        c("PARTY_NO", N, "INTEGER", g.col(lambda: g.rnd.choice([1, 1, 1, 2])), "decoy"),
        c("DEFT_TITLE", N, "VARCHAR", g.col(g.pick(["MR", "MRS", "MS", "MISS", "MX"]), 0.1), "decoy", ABBREV),
        c("DEFT_FORENAMES", "first_name", "VARCHAR", _pad(g, [forenames(a) for a, _ in pairs], 0.3), ABBREV),
        c("DEFT_SURNAME", "last_name", "VARCHAR", _pad(g, [b.upper() for _, b in pairs], 0.3), ABBREV),
        c("DEFT_ADDR_1", "street_address", "VARCHAR", _pad(g, g.col(lambda: v.gb_street(g).upper()), 0.3), ABBREV),
        c("DEFT_ADDR_2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["FLAT 2", "FLAT 11", "REAR OF",
                                                                                 "FALLOWFIELD", "HAREHILLS",
                                                                                 "LONGSIGHT", "MANNINGHAM"]), 0.6),
          ABBREV, HEAVY),
        c("DEFT_ADDR_3", "city", "VARCHAR", [p[0].upper() for p in place], ABBREV),
        c("DEFT_ADDR_4", N, "VARCHAR", [v.GB_COUNTIES[p[0]] if g.rnd.random() < 0.7 else None for p in place], "decoy",
          ABBREV),
        c("DEFT_POSTCODE", "postal_code", "VARCHAR", [v.gb_postcode(g, g.rnd.choice(p[1])) for p in place], ABBREV),
        c("DEFT_DOB", "date_of_birth", "VARCHAR", [v.dob_text(g.birth(1950, 2005), "mon") if g.rnd.random() < 0.6
                                                   else None for _ in range(g.rows)], ABBREV),
        c("DEFT_NI_NUMBER", "national_id", "VARCHAR",
          [v.gb_nino(g, g.rnd.random() < 0.4) if a and g.rnd.random() < 0.85 else None for a in aoe], ABBREV, HEAVY),
        c("DEFT_TEL", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "digits": 0.3}, 0.8, 0.75), ABBREV, HEAVY),
        c("JUDGMENT_DATE", N, "DATE", g.days("2022-01-01", "2025-10-31"), "decoy"),
        c("JUDGMENT_TYPE", N, "VARCHAR", g.col(g.pick(["DEFAULT", "ADMISSION", "DETERMINATION", "SUMMARY"])), "decoy"),
        c("JUDGMENT_AMT", N, "DECIMAL(10,2)", g.amounts(180, 25_000), "decoy", ABBREV),
        c("INSTALMENT_AMT", N, "DECIMAL(10,2)", g.amounts(5, 250, 0.3), "decoy", ABBREV),
        c("WARRANT_NO", N, "VARCHAR", g.col(lambda: g.code("K9999999"), 0.55), "decoy", SHAPE, ABBREV),
        c("EMPLOYER_NAME", N, "VARCHAR", [employers[e][0] if e is not None else None for e in emp], "business",
          MISLEADING),
        c("EMPLOYER_ADDR", N, "VARCHAR", [employers[e][1] if e is not None else None for e in emp], "business",
          ABBREV),
        c("EMPLOYER_PAYROLL_NO", N, "VARCHAR", [g.code("PR999999") if e is not None else None for e in emp], "decoy",
          ABBREV),
        c("DJ_NAME", "last_name", "VARCHAR", g.col(g.pick(judges), 0.1), STAFF, ABBREV),
        c("USER_ID", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        c("DATE_ENTERED", N, "TIMESTAMP", g.moments("2022-01-01", "2025-11-30"), "decoy"),
        c("STATUS_CODE", N, "VARCHAR", g.col(g.pick(["JDG", "WAR", "AOE", "SAT", "CAN"])), "decoy", ABBREV),
        c("COMMENTS", "free_text", "VARCHAR", g.col(comment, 0.4)),
    ])


def gb_disclosure_custodians(g: Gen) -> Table:
    """A London disclosure vendor's custodians of one client's litigation, as a dbt staging model over the review
    platform's export (``analytics.stg_relativity__custodians``): surrogate and natural keys, the matter code, the
    custodian's full name (``Last, First``), first and last name, work e-mail, title, department, status and leaving
    date, line manager, the leavers' personal e-mail, mobile, home address and postcode (collection kits are posted
    home: mostly NULL), the work phone's IMEI (Luhn: ``none``), data sources, hold dates and status, custom
    attributes as JSON (``none``), the interview notes (``free_text``), collected volume, the forensic technician
    (staff), the client's office address (``none``), the sync account and the loader's columns."""
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    managers = [v.whole(g, "gb") for _ in range(12)]
    techs = _staff(g, 4, lambda x: v.whole(x, "gb"))
    leaver = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    home = [lv and g.rnd.random() < 0.8 for lv in leaver]
    depts = ["Procurement", "Fleet Operations", "Finance", "Commercial", "Warehouse", "Legal"]

    def note() -> str:
        return g.rnd.choice([f"Uses WhatsApp with {v.whole(g, 'gb')} (ops manager) for shift swaps",
                             f"Says {v.given(g, 'gb')} in procurement kept a paper diary of the tender",
                             "No personal devices used for work", "Old laptop returned to IT in 2023",
                             (f"Forwarded tender emails to a personal account, "
                             f"{v.email_of(g, *v.person(g, 'gb'), v.DOMAINS['gb'])}"),
                             f"Call back on {g.phone('GB', 'national')} after 5pm"])

    return Table("analytics.stg_relativity__custodians", "en", "snake", [
        c("custodian_sk", N, "VARCHAR", g.col(g.md5), "decoy", KEY, DBT),
        c("custodian_id", N, "INTEGER", g.keys(1_038_001), "decoy", KEY, DBT),
        c("workspace_id", N, "INTEGER", [1_017_455] * g.rows, "decoy", KEY, DBT),
        c("matter_code", N, "VARCHAR", ["FBD-2025-0147"] * g.rows, "decoy", SHAPE, DBT),
        c("custodian_full_name", "person_name", "VARCHAR", [f"{b}, {a}" for a, b in pairs], ROLE, DBT),
        c("custodian_first_name", "first_name", "VARCHAR", [a for a, _ in pairs], ROLE, DBT),
        c("custodian_last_name", "last_name", "VARCHAR", [b for _, b in pairs], ROLE, DBT),
        c("custodian_email", "email", "VARCHAR", [v.work_email(a, b, "harrowgate-logistics.co.uk") for a, b in pairs],
          ROLE_EMAIL, DBT),
        c("job_title", N, "VARCHAR", g.col(g.pick(["Buyer", "Category Manager", "Fleet Controller",
                                                   "Finance Business Partner", "Shift Supervisor", "Paralegal"])),
          "decoy", DBT),
        c("department", N, "VARCHAR", g.col(g.pick(depts)), "decoy", DBT),
        c("employment_status", N, "VARCHAR", ["Leaver" if lv else "Current" for lv in leaver], "decoy", DBT),
        c("leaving_date", N, "DATE", [g.day("2023-01-01", "2025-09-30") if lv else None for lv in leaver], "decoy",
          DBT),
        c("line_manager_name", "person_name", "VARCHAR", g.col(g.pick(managers), 0.1), ROLE, DBT),
        c("personal_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) if lv and g.rnd.random() < 0.9
                                                 else None for lv, (a, b) in zip(leaver, pairs)], HEAVY, DBT),
        c("personal_mobile", "phone", "VARCHAR", [g.phone("GB", g.rnd.choice(["national", "intl", "e164"]))
                                                  if lv or g.rnd.random() < 0.25 else None for lv in leaver], HEAVY,
          DBT),
        c("home_address", "street_address", "VARCHAR", [v.gb_street(g, v.LONDON_STREETS) if h else None for h in home],
          HEAVY, DBT),
        c("home_postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, g.rnd.choice(v.LONDON_OUTWARD)) if h else None
                                                      for h in home], HEAVY, DBT),
        c("device_imei", N, "VARCHAR", g.col(lambda: v.imei(g), 0.45), "decoy", SHAPE, CHECK, DBT),
        c("data_sources", N, "VARCHAR", g.col(g.pick(["Exchange Online; OneDrive; Teams", "Exchange Online",
                                                      "Exchange Online; Mobile (iOS)", "Teams; SharePoint"])), "decoy",
          DBT),
        c("hold_notice_sent_at", N, "TIMESTAMP", g.moments("2025-02-03", "2025-02-07"), "decoy", DBT),
        c("hold_acknowledged_at", N, "TIMESTAMP", g.moments("2025-02-04", "2025-03-31", 0.15), "decoy", DBT),
        c("hold_status", N, "VARCHAR", g.col(g.pick(["Acknowledged", "Acknowledged", "Sent", "Released"])), "decoy",
          DBT),
        c("custom_attributes", N, "VARCHAR", g.col(lambda: json.dumps({"region": "UK", "cost_centre": g.code("CC-9999"),
                                                                       "hold_template": "LH-03"})), "decoy",
          JSON_PLAIN, DBT),
        c("interview_notes", "free_text", "VARCHAR", g.col(note, 0.4), DBT),
        c("collected_gb", N, "DOUBLE", g.floats(0.2, 180, 2), "decoy", DBT),
        c("forensic_technician", "person_name", "VARCHAR", g.col(g.pick(techs), 0.1), STAFF, DBT),
        c("client_office_address", N, "VARCHAR", ["Harrowgate House, 40 Finsbury Circus, London EC2M 7AF"] * g.rows,
          "business", DBT),
        c("created_by", N, "VARCHAR", ["svc_relativity_sync"] * g.rows, "decoy", AUDIT, SERVICE, DBT),
        c("_fivetran_synced", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy", DBT),
        c("_fivetran_deleted", N, "BOOLEAN", g.yn(True, False, 0.02), "decoy", DBT),
    ])


# -- Canada, South Africa, Australia, Ireland --------------------------------------------------------------------------


def ca_patent_inventors(g: Gen) -> Table:
    """A Toronto patent-and-trademark agency's docketing system, its inventors (a .NET product, Pascal case): ids, the
    firm's and the client's references, the application number (Canadian, PCT or US: ``none``), filing date, the
    invention's title (some named after people: ``none``), the applicant (a company: ``none``) and its business number
    (Luhn: ``none``), the inventor's given names and family name and the name as signed, residence city, province,
    country and citizenship (``none`` but the city), mailing address, postal code, e-mail and phone, the declaration,
    the assignment, the patent agent (staff), the agent's direct line (``none``), the paralegal (staff: first names),
    notes (``free_text``) and the Windows login of the last editor."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    place = [g.rnd.choice(v.CA_PLACES) for _ in range(g.rows)]
    agents = _staff(g, 4, lambda x: v.whole(x, "ca"))
    paralegals = _staff(g, 3, lambda x: v.given(x, "ca"))
    editors = [f"MSIP\\{x}" for x in _logins(g, 4, 3, "ca")]
    applicants = [(name, v.ca_bn(g)) for name in ["Northbound Hydronics Inc.", "Lakehead Robotics Corp.",
                                                  "Verdance Agritech Ltd.", "Sable Point Medical Devices Inc.",
                                                  "Quinte Battery Systems Ltd."]]
    applicant = [g.rnd.randrange(len(applicants)) for _ in range(g.rows)]

    def app_no() -> str:
        return g.rnd.choice([f"3,{g.rnd.randint(200, 299)},{g.digits(3)}", f"PCT/CA2025/05{g.digits(4)}",
                             f"US 18/{g.digits(3)},{g.digits(3)}"])

    def note() -> str:
        return g.rnd.choice(["Declaration signed electronically",
                             (f"Inventor moved; new address from {v.whole(g, 'ca')}"
                             " in client HR"), f"Co-inventor dispute, see email from {v.whole(g, 'ca')}",
                             f"Reach inventor on personal cell {g.phone('CA', 'dashes', True)}", "Assignment pending"])

    return Table("DocketPro.Inventors", "en", "pascal", [
        c("InventorId", N, "INTEGER", g.keys(5_001), "decoy", KEY),
        c("MatterId", N, "INTEGER", [20_000 + a * 7 + g.rnd.randint(0, 6) for a in applicant], "decoy", KEY),
        c("OurRef", N, "VARCHAR", g.col(lambda: g.code("11999-0099CA")), "decoy", SHAPE),
        c("ClientRef", N, "VARCHAR", g.col(lambda: g.code("INV-2025-999"), 0.3), "decoy", SHAPE),
        c("ApplicationNo", N, "VARCHAR", g.col(app_no, 0.1), "decoy", SHAPE),
        c("FilingDate", N, "DATE", g.days("2023-01-01", "2025-11-20", 0.1), "decoy"),
        c("Title", N, "VARCHAR", g.col(g.pick(["Hydronic manifold with self-balancing valves",
                                               "Doucette coupling for modular battery packs",
                                               "Method of estimating soil moisture from drone imagery",
                                               "Catheter securement device", "Gripper with compliant fingertips"])),
          "decoy"),
        c("ApplicantName", N, "VARCHAR", [applicants[a][0] for a in applicant], "business", MISLEADING),
        c("ApplicantBusinessNumber", N, "VARCHAR", [applicants[a][1] for a in applicant], "business", SHAPE, CHECK),
        c("InventorGivenNames", "first_name", "VARCHAR", [a for a, _ in pairs], ROLE),
        c("InventorFamilyName", "last_name", "VARCHAR", [b for _, b in pairs], ROLE),
        c("NameAsSigned", "person_name", "VARCHAR", [f"{a} {v.given(g, 'ca')[0]}. {b}" if g.rnd.random() < 0.3
                                                     else f"{a} {b}" for a, b in pairs]),
        c("ResidenceCity", "city", "VARCHAR", [p[0] for p in place]),
        c("ResidenceProvince", N, "VARCHAR", [p[1] for p in place], "decoy"),
        c("ResidenceCountry", N, "VARCHAR", ["CA"] * g.rows, "decoy", SHAPE),
        c("Citizenship", N, "VARCHAR", g.col(g.pick(["CA", "CA", "CA", "IN", "CN", "FR", "UA"])), "decoy"),
        c("MailingAddress", "street_address", "VARCHAR", g.col(lambda: v.ca_street(g), 0.05)),
        c("PostalCode", "postal_code", "VARCHAR", [v.ca_postal(g, g.rnd.choice(p[2])) for p in place]),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) if g.rnd.random() < 0.9 else None
                                        for a, b in pairs]),
        c("Phone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.4}, 0.8, 0.3)),
        c("DeclarationSigned", N, "BOOLEAN", g.yn(True, False, 0.75), "decoy"),
        c("SignedOn", N, "DATE", g.days("2023-01-01", "2025-11-20", 0.3), "decoy"),
        c("AssignmentRecorded", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("PatentAgent", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("AgentDirectLine", N, "VARCHAR", g.col(lambda: f"416-555-01{g.rnd.randint(10, 40)}"), "business"),
        c("Paralegal", "first_name", "VARCHAR", g.col(g.pick(paralegals)), STAFF),
        c("Notes", "free_text", "VARCHAR", g.col(note, 0.55), HEAVY),
        c("ModifiedBy", USERNAME, "VARCHAR", g.col(g.pick(editors)), USER, AUDIT),
        c("ModifiedOn", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
    ])


def za_ethics_hotline(g: Gen) -> Table:
    """A Johannesburg whistle-blowing hotline operator's reports for its client companies (snake case, the vendor's
    numbered custom fields): report id, reference number (Luhn: ``none``), client company and its registration number
    (``none``), channel, times, the anonymity flag, the reporter's name, South African ID number, phone and e-mail and
    the web form's IP (when not anonymous: mostly NULL), allegation category and summary (``free_text``), the subjects
    (``;``-separated names), their employee numbers (``none``), the site (the client's premises: ``none``), amount,
    the case officer (staff), the callback PIN (``none``), status, ``custom_field_1`` (a department: ``none``),
    ``custom_field_2`` (an alternative callback number: ``phone``), ``custom_field_3`` (a witness: a name, a phone or
    an e-mail: ``free_text``), the web form's payload as JSON (``free_text``) and the follow-up log."""
    anon = [g.rnd.random() < 0.62 for _ in range(g.rows)]
    channel = [g.rnd.choice(["Phone", "Phone", "Web", "Email", "WhatsApp"]) for _ in range(g.rows)]
    officers = _staff(g, 5, lambda x: v.whole(x, "za"))
    clients = [("Highveld Cement (Pty) Ltd", "2009/123456/07", "Plant 3, 14 Electron Ave, Isando"),
               ("Mabopane Bus Services", "1998/004211/07", "Depot, Old Pretoria Rd, Mabopane"),
               ("Rietfontein Poultry (Pty) Ltd", "2014/221907/07", "Farm office, R59, Meyerton"),
               ("Gauteng Provincial Fleet Agency", "N/A (public entity)",
                "Sage Life Bldg, 41 Simmonds St, Johannesburg")]
    client = [g.rnd.randrange(len(clients)) for _ in range(g.rows)]
    reporters = []
    for a in anon:
        if a:
            reporters.append(None)
            continue
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "za", female)
        reporters.append((first, last, female, g.birth(1960, 2003)))

    def summary(i: int) -> str:
        return g.rnd.choice([
            f"Supervisor {v.whole(g, 'za')} is taking cash from casual workers to book shifts.",
            f"Diesel is siphoned at the depot at night; the guard {v.given(g, 'za')} lets the bakkie in.",
            "Tender for security services was given to a relative of the manager.",
            f"{v.whole(g, 'za')} in stores sells scrap copper to a yard in Germiston.",
            "Unsafe conditions at kiln 2, complaints ignored.",
            f"HR officer {v.whole(g, 'za')} asks for money to process sick leave."])

    def witness() -> str | None:
        r = g.rnd.random()
        if r < 0.6:
            return None
        if r < 0.75:
            return v.whole(g, "za")
        if r < 0.9:
            return g.phone("ZA", "national")
        return v.email_of(g, *v.person(g, "za"), v.DOMAINS["za"])

    def payload(i: int) -> str | None:
        if channel[i] != "Web":
            return None
        doc: dict = {"relationship": g.rnd.choice(["employee", "contractor", "supplier"]),
                     "aware_since": f"2025-{g.rnd.randint(1, 11):02d}", "contact_ok": not anon[i]}
        if g.rnd.random() < 0.6:
            doc["others_aware"] = v.whole(g, "za")
        return json.dumps(doc)

    def followup() -> str:
        return g.rnd.choice([f"Called reporter back on {g.phone('ZA', 'national')}, no answer",
                             "Reporter logged in with PIN, added photos", (f"Client contact {v.whole(g, 'za')} "
                             "acknowledged receipt"), "Closed - insufficient information",
                             f"Reporter says {v.given(g, 'za')} was transferred to another site"])

    return Table("ethicsline.reports", "en", "snake", [
        c("report_id", N, "BIGINT", g.keys(88_101), "decoy", KEY),
        c("reference_no", N, "VARCHAR", g.col(lambda: "TE" + v.with_luhn("25" + g.digits(6))), "decoy", SHAPE, CHECK),
        c("client_org", N, "VARCHAR", [clients[i][0] for i in client], "business"),
        c("client_org_reg_no", N, "VARCHAR", [clients[i][1] for i in client], "business", SHAPE),
        c("channel", N, "VARCHAR", channel, "decoy"),
        c("received_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("is_anonymous", N, "BOOLEAN", anon, "decoy"),
        c("reporter_name", "person_name", "VARCHAR", [f"{r[0]} {r[1]}" if r and g.rnd.random() < 0.9 else None
                                                      for r in reporters], HEAVY, ROLE),
        c("reporter_id_number", "national_id", "VARCHAR", [v.za_id(g, r[3], r[2]) if r and g.rnd.random() < 0.45
                                                           else None for r in reporters], HEAVY, ROLE),
        c("reporter_phone", "phone", "VARCHAR", [g.phone("ZA", g.rnd.choice(["national", "intl", "digits"]))
                                                 if r and g.rnd.random() < 0.8 else None for r in reporters], HEAVY),
        c("reporter_email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["za"])
                                                 if r and g.rnd.random() < 0.5 else None for r in reporters], HEAVY),
        c("submitter_ip", "ip_address", "VARCHAR", [g.ip(0.2) if ch == "Web" and not a else None
                                                    for ch, a in zip(channel, anon)], HEAVY),
        c("allegation_category", N, "VARCHAR", g.col(g.pick(["Fraud", "Bribery", "Theft", "Health & Safety",
                                                             "Procurement irregularity", "HR misconduct"])), "decoy"),
        c("allegation_summary", "free_text", "VARCHAR", [summary(i) for i in range(g.rows)]),
        c("subject_names", "person_name", "VARCHAR", _multi(g, lambda: v.whole(g, "za"), 1, 3, 0.25), MULTI, ROLE),
        c("subject_employee_no", N, "VARCHAR", g.col(lambda: g.code("EMP99999"), 0.4), "decoy", SHAPE),
        c("incident_site", N, "VARCHAR", [clients[i][2] for i in client], "business"),
        c("incident_date", N, "DATE", g.days("2024-06-01", "2025-11-30", 0.3), "decoy"),
        c("amount_involved_zar", N, "DECIMAL(12,2)", g.amounts(500, 2_500_000, 0.5), "decoy"),
        c("case_officer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("callback_pin", N, "VARCHAR", g.col(lambda: g.digits(6)), "decoy", CREDENTIAL),
        c("status", N, "VARCHAR", g.col(g.pick(["New", "Referred to client", "Under investigation", "Closed"])),
          "decoy"),
        c("custom_field_1", N, "VARCHAR", g.col(g.pick(["Stores", "Transport", "Production", "Finance", "Security"]),
                                                0.2), "decoy", OPAQUE),
        c("custom_field_2", "phone", "VARCHAR", [g.phone("ZA", "national") if r and g.rnd.random() < 0.5 else None
                                                 for r in reporters], OPAQUE, HEAVY),
        c("custom_field_3", "free_text", "VARCHAR", [witness() for _ in range(g.rows)], OPAQUE, HEAVY),
        c("intake_payload", "free_text", "VARCHAR", [payload(i) for i in range(g.rows)], JSON, HEAVY),
        c("follow_up_log", "free_text", "VARCHAR", g.col(followup, 0.38)),
    ])


def au_process_server(g: Gen) -> Table:
    """A Melbourne process-serving firm's service log (snake case with the job software's ``udf_`` fields): job id and
    reference, the invoice number (Luhn: ``none``), the instructing law firm, its ABN and generic e-mail (``none``),
    the court and file number (``none``), the document, the party to serve, their date of birth (when the firm
    supplied it), service address, suburb, state (``none``) and postcode, an alternative address, mobile, the attempt,
    its time and outcome, who was served, the GPS fix of the attempt (coordinates: ``none``), the photo reference, the
    server (staff), the attempt notes (``free_text``), ``udf_1`` (priority: ``none``), ``udf_2`` (an occupant who
    answered: ``person_name``), ``udf_3`` (the party's e-mail for substituted service: ``email``) and the fee."""
    firms = [("Hargreaves Lane Lawyers", "litigation@hargreaveslane.com.au"),
             ("Beaumont Kearney Legal", "admin@bklegal.com.au"),
             ("Footscray Community Legal Centre", "intake@fclc.org.au"),
             ("Prendergast & Co Solicitors", "reception@prendergastco.com.au")]
    firm_abn = [v.au_abn(g) for _ in firms]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]
    servers = _staff(g, 5, lambda x: v.whole(x, "au"))
    place = [g.rnd.choice(v.AU_PLACES) for _ in range(g.rows)]
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    outcome = [g.rnd.choice(["Served personally", "Served personally", "Substituted service", "No answer",
                             "Non-est (moved)", "Refused - left in presence"]) for _ in range(g.rows)]

    def served(i: int) -> str | None:
        a, b = pairs[i]
        if outcome[i] in ("Served personally", "Refused - left in presence"):
            return f"{a} {b}" + g.rnd.choice(["", " (self)", ""])
        if outcome[i] == "Substituted service":
            return f"{v.whole(g, 'au')} (adult occupant)"
        return None

    def note() -> str:
        return g.rnd.choice(["No answer, lights on, car in driveway", (f"Neighbour {v.whole(g, 'au')} says party moved "
                             "to Geelong"), f"Party called from {g.phone('AU', 'national')} to arrange a time",
                             "Dog in yard, could not approach", f"Served at work: {v.au_street(g)}",
                             f"Occupant {v.given(g, 'au')} refused to give name"])

    lat0, lng0 = -37.81, 144.96
    return Table("serveme.service_log", "en", "snake", [
        c("job_id", N, "BIGINT", g.keys(310_001), "decoy", KEY),
        c("job_ref", N, "VARCHAR", g.col(lambda: g.code("SX-25-99999")), "decoy", SHAPE),
        c("invoice_no", N, "VARCHAR", g.col(lambda: v.with_luhn("40" + g.digits(6))), "decoy", SHAPE, CHECK),
        c("client_firm", N, "VARCHAR", [firms[f][0] for f in firm], "business"),
        c("client_firm_abn", N, "VARCHAR", [firm_abn[f] for f in firm], "business", SHAPE, CHECK),
        c("client_contact_email", N, "VARCHAR", [firms[f][1] for f in firm], "business"),
        c("court", N, "VARCHAR", g.col(g.pick(["Magistrates' Court of Victoria - Melbourne", "County Court of Victoria",
                                               "Federal Circuit and Family Court of Australia",
                                               "VCAT Residential Tenancies"])), "business"),
        c("court_file_no", N, "VARCHAR", g.col(lambda: g.rnd.choice([g.code("M99999999"), g.code("CI-25-99999"),
                                                                     g.code("MLC9999/2025")])), "decoy", SHAPE),
        c("document_type", N, "VARCHAR", g.col(g.pick(["Complaint", "Summons", "Subpoena", "Bankruptcy notice",
                                                       "Intervention order", "Statutory demand"])), "decoy"),
        c("party_to_serve", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], ROLE),
        c("party_dob", "date_of_birth", "VARCHAR", [v.dob_text(g.birth(1950, 2004), "uk") if g.rnd.random() < 0.35
                                                    else None for _ in range(g.rows)], HEAVY, ROLE),
        c("service_address", "street_address", "VARCHAR", g.col(lambda: v.au_street(g))),
        c("service_suburb", "city", "VARCHAR", [p[0] for p in place]),
        c("service_state", N, "VARCHAR", ["VIC"] * g.rows, "decoy"),
        c("service_postcode", "postal_code", "VARCHAR", [p[1] for p in place]),
        c("alt_address", "street_address", "VARCHAR", g.col(lambda: f"{v.au_street(g)}, {g.rnd.choice(v.AU_PLACES)[0]}",
                                                            0.8), HEAVY),
        c("party_mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 1.0,
                                                        0.55), HEAVY),
        c("attempt_no", N, "INTEGER", g.ints(1, 4), "decoy"),
        c("attempted_at", N, "TIMESTAMP", g.moments("2025-07-01", "2025-11-30"), "decoy"),
        c("outcome", N, "VARCHAR", outcome, "decoy"),
        c("served_on", "person_name", "VARCHAR", [served(i) for i in range(g.rows)], ROLE),
        c("gps_lat", N, "DOUBLE", [round(lat0 + g.rnd.uniform(-0.35, 0.35), 6) for _ in range(g.rows)], "decoy", GEO),
        c("gps_lng", N, "DOUBLE", [round(lng0 + g.rnd.uniform(-0.5, 0.5), 6) for _ in range(g.rows)], "decoy", GEO),
        c("photo_ref", N, "VARCHAR", g.col(lambda: f"IMG_{g.digits(4)}.HEIC", 0.3), "decoy", SHAPE),
        c("server_name", "person_name", "VARCHAR", g.col(g.pick(servers)), STAFF),
        c("attempt_notes", "free_text", "VARCHAR", g.col(note, 0.3)),
        c("udf_1", N, "VARCHAR", g.col(g.pick(["Standard", "Urgent", "Same day"])), "decoy", OPAQUE),
        c("udf_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.75), OPAQUE, HEAVY),
        c("udf_3", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) if g.rnd.random() < 0.3 else None
                                        for a, b in pairs], OPAQUE, HEAVY),
        c("fee_aud", N, "DECIMAL(8,2)", g.col(lambda: float(g.rnd.choice([88, 110, 132, 165, 220]))), "decoy"),
    ])


def ie_legal_aid(g: Gen) -> Table:
    """An Irish civil legal aid board's applications at a law centre in the west (snake case, ``appl_`` and ``opp_``
    abbreviations): application id and reference (``none``), the law centre and its phone (``none``), the applicant's
    forename, surname, date of birth (``DD/MM/YYYY``), PPS number (some ``N/K``), address, town, county (``none``),
    Eircode, mobile, landline (mostly NULL) and e-mail, marital status, the spouse or partner (mostly NULL), the
    children's first names with their ages (``;``-separated: ``first_name``), means (``none``), the social-welfare
    payment, case type, the opposing party and their solicitors' firm (``none``), the means assessor and the solicitor
    (staff), the contribution, the decision and notes (``free_text``), and the creating login."""
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    place = [g.rnd.choice(v.IE_PLACES) for _ in range(g.rows)]
    assessors = _staff(g, 3, lambda x: v.whole(x, "ie"))
    solicitors = _staff(g, 4, lambda x: v.whole(x, "ie"))
    logins = _logins(g, 3, 1, "ie")
    marital = [g.rnd.choice(["Married", "Separated", "Divorced", "Single", "Cohabiting"]) for _ in range(g.rows)]

    def children() -> str | None:
        if g.rnd.random() < 0.4:
            return None
        kids = _staff(g, g.rnd.randint(1, 3), lambda x: v.given(x, "ie"))
        return "; ".join(f"{k} ({g.rnd.randint(1, 17)})" for k in kids)

    def note() -> str:
        return g.rnd.choice(["Applicant in receipt of One-Parent Family Payment", (f"Other parent {v.whole(g, 'ie')} "
                             "has a solicitor already"), (f"Contact via sister {v.given(g, 'ie', True)} on "
                             f"{g.phone('IE', 'national')}"), "Domestic violence priority - barring order",
                             f"Applicant moved from {v.ie_street(g)}, update file", "Means docs outstanding"])

    ppsn = _dirty(g, g.col(lambda: v.ie_ppsn(g), 0.08), 0.06, ["N/K", "not given"])
    return Table("lab_cms.civil_applications", "en", "snake", [
        c("app_id", N, "BIGINT", g.keys(72_001), "decoy", KEY, ABBREV),
        c("app_ref", N, "VARCHAR", g.col(lambda: g.code("GY/25/99999")), "decoy", SHAPE, ABBREV),
        c("law_centre", N, "VARCHAR", g.col(g.pick(["Galway Law Centre (Seville House)", "Castlebar Law Centre",
                                                   "Sligo Law Centre", "Ennis Law Centre"])),
          "business"),
        c("law_centre_phone", N, "VARCHAR", g.col(g.pick(["(091) 555 0101", "(094) 555 0118", "(071) 555 0122"])),
          "business"),
        c("appl_forename", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("appl_surname", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("appl_dob", "date_of_birth", "VARCHAR", [v.dob_text(g.birth(1955, 2006), "uk") for _ in range(g.rows)],
          ABBREV),
        c("appl_ppsn", "national_id", "VARCHAR", ppsn, ABBREV, PLACEHOLDER),
        c("appl_addr_1", "street_address", "VARCHAR", g.col(lambda: v.ie_street(g)), ABBREV),
        c("appl_town", "city", "VARCHAR", [p[0] for p in place], ABBREV),
        c("appl_county", N, "VARCHAR", [p[1] for p in place], "decoy", ABBREV),
        c("appl_eircode", "postal_code", "VARCHAR", [v.eircode(g, p[2]) if g.rnd.random() < 0.85 else None
                                                     for p in place], ABBREV),
        c("appl_mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.7, "intl": 0.3}, 1.0, 0.05), ABBREV),
        c("appl_landline", "phone", "VARCHAR", g.phones("IE", {"national": 1.0}, 0.0, 0.78), ABBREV, HEAVY),
        c("appl_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ie"]) if g.rnd.random() < 0.7 else None
                                             for a, b in pairs], ABBREV),
        c("marital_status", N, "VARCHAR", marital, "decoy"),
        c("spouse_partner_name", "person_name", "VARCHAR", [v.whole(g, "ie") if m in ("Married", "Separated",
                                                                                      "Cohabiting")
                                                            and g.rnd.random() < 0.7 else None for m in marital],
          HEAVY, ROLE),
        c("children_first_names", "first_name", "VARCHAR", [children() for _ in range(g.rows)], MULTI, ROLE),
        c("num_dependants", N, "INTEGER", g.ints(0, 4), "decoy"),
        c("gross_annual_income", N, "DECIMAL(10,2)", g.amounts(0, 42_000), "decoy"),
        c("disposable_income", N, "DECIMAL(10,2)", g.amounts(0, 18_000), "decoy"),
        c("sw_payment", N, "VARCHAR", g.col(g.pick(["Jobseeker's Allowance", "One-Parent Family Payment",
                                                    "Disability Allowance", "None", "Carer's Allowance"])), "decoy",
          ABBREV),
        c("case_type", N, "VARCHAR", g.col(g.pick(["Family - custody/access", "Family - maintenance", "Divorce",
                                                   "Judicial separation", "Domestic violence", "Tenancy"])), "decoy"),
        c("opp_party_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.15), ROLE, ABBREV),
        c("opp_solicitor_firm", N, "VARCHAR", g.col(g.pick(["Ó Briain & Co Solicitors", "Lally Naughton LLP",
                                                            "Concannon Keane Solicitors", "unrepresented"]), 0.3),
          "business", ABBREV),
        c("means_assessed_by", "person_name", "VARCHAR", g.col(g.pick(assessors)), STAFF),
        c("solicitor_assigned", "person_name", "VARCHAR", g.col(g.pick(solicitors), 0.2), STAFF),
        c("contribution_eur", N, "DECIMAL(8,2)", g.col(lambda: float(g.rnd.choice([30, 50, 130, 250]))), "decoy"),
        c("decision", N, "VARCHAR", g.col(g.pick(["Granted", "Granted", "Refused - means", "Pending"])), "decoy"),
        c("notes", "free_text", "VARCHAR", g.col(note, 0.4)),
        c("created_by", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
    ])


# -- Germany, France, Spain, Italy, Czechia, the Netherlands ---------------------------------------------------------


def de_gerichtsvollzieher(g: Gen) -> Table:
    """A Kassel court bailiff's (Gerichtsvollzieher) enforcement orders (German, snake case, ``schu_`` for the debtor
    and ``gl_`` for the creditor): order id, register number (``DR II 1234/25``) and the title's file number
    (``none``), the kind of title and order, the creditor and its agent (companies and law firms: ``none``), the
    debtor's salutation, first name, family name, birth name (mostly NULL), date of birth (``TT.MM.JJJJ``), street,
    postcode, town, phone and e-mail (mostly NULL), employer (``none``), the account found by the account enquiry
    (``iban``, mostly NULL), amounts, the appointment and its result, the bailiff (staff), the office's address and
    phone (``none``), a co-resident named at the visit, the bailiff's note (``free_text``) and the clerk's login."""
    women = [g.rnd.random() < 0.45 for _ in range(g.rows)]
    pairs = [v.person(g, "de", w) for w in women]
    place = [g.rnd.choice(v.DE_PLACES) for _ in range(g.rows)]
    bailiffs = ["Katrin Siebert", "Holger Apel"]
    clerks = _logins(g, 3, 3, "de")

    def note() -> str:
        return g.rnd.choice(["Schuldner nicht angetroffen, Benachrichtigung eingeworfen",
                             f"Ehefrau {v.given(g, 'de', True)} öffnete, Schuldner auf Montage",
                             f"Schuldner bittet um Rückruf unter {g.phone('DE', 'national')}",
                             f"Neue Anschrift laut Nachbar: {v.de_street(g)}, {g.rnd.choice(v.DE_PLACES)[0]}",
                             "Ratenzahlung 50 EUR monatlich vereinbart", "Pfändbare Habe nicht vorgefunden"])

    return Table("gvz_kassel.vollstreckungsauftraege", "de", "snake", [
        c("auftrag_id", N, "BIGINT", g.keys(25_001), "decoy", KEY),
        c("dr_nr", N, "VARCHAR", g.col(lambda: f"DR II {g.rnd.randint(1, 2400)}/25"), "decoy", SHAPE, ABBREV),
        c("az_titel", N, "VARCHAR", g.col(lambda: g.code("25-9999999-0-9")), "decoy", SHAPE, ABBREV),
        c("titel_art", N, "VARCHAR", g.col(g.pick(["Vollstreckungsbescheid", "Urteil", "Notarielle Urkunde",
                                                   "Kostenfestsetzungsbeschluss"])), "decoy"),
        c("auftragsart", N, "VARCHAR", g.col(g.pick(["Vermögensauskunft", "Sachpfändung", "Zustellung",
                                                     "gütliche Erledigung"])), "decoy"),
        c("gl_name", N, "VARCHAR", g.col(g.pick(["Städtische Werke Nordhessen AG", "Kreditbank Fulda eG",
                                                 "Mobilfunk Direkt GmbH", "Wohnungsbau Kassel-Ost eG"])), "business",
          ABBREV, MISLEADING),
        c("gl_vertreter", N, "VARCHAR", g.col(g.pick(["Nordhessen Inkasso GmbH", "Kanzlei Dr. Brenner & Partner",
                                                      "Forderungsmanagement Mitte GmbH"]), 0.2), "business", ABBREV),
        c("schu_anrede", N, "VARCHAR", ["Frau" if w else "Herr" for w in women], "decoy", ABBREV),
        c("schu_vorname", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("schu_nachname", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("schu_geburtsname", "last_name", "VARCHAR", [v.family(g, "de") if w and g.rnd.random() < 0.4 else None
                                                       for w in women], ABBREV, HEAVY),
        c("schu_geb_dat", "date_of_birth", "VARCHAR", [v.dob_text(g.birth(1950, 2005), "de") if g.rnd.random() < 0.85
                                                       else None for _ in range(g.rows)], ABBREV),
        c("schu_strasse", "street_address", "VARCHAR", g.col(lambda: v.de_street(g)), ABBREV),
        c("schu_plz", "postal_code", "VARCHAR", [v.de_plz(g, p[1]) for p in place], ABBREV),
        c("schu_ort", "city", "VARCHAR", [p[0] for p in place], ABBREV),
        c("schu_tel", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "intl": 0.3}, 0.7, 0.65), ABBREV, HEAVY),
        c("schu_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["de"]) if g.rnd.random() < 0.2 else None
                                             for a, b in pairs], ABBREV, HEAVY),
        c("schu_arbeitgeber", N, "VARCHAR", g.col(g.pick(["VW Werk Kassel", "Paketzentrum Lohfelden",
                                                          "Klinikum Kassel", "Zeitarbeit Hessen GmbH"]), 0.55),
          "business", ABBREV),
        c("schu_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5), 0.6), ABBREV, HEAVY),
        c("forderung_eur", N, "DECIMAL(10,2)", g.amounts(80, 24_000), "decoy"),
        c("zinsen_eur", N, "DECIMAL(10,2)", g.amounts(0, 1_800), "decoy"),
        c("termin", N, "TIMESTAMP", g.moments("2025-08-01", "2025-12-15", 0.1), "decoy"),
        c("ergebnis", N, "VARCHAR", g.col(g.pick(["nicht angetroffen", "Vermögensauskunft abgegeben", "fruchtlos",
                                                  "Ratenzahlung", "erledigt durch Zahlung"]), 0.2), "decoy"),
        c("gv_name", "person_name", "VARCHAR", g.col(g.pick(bailiffs)), STAFF, ABBREV),
        c("buero_anschrift", N, "VARCHAR", ["Friedrich-Ebert-Straße 88, 34119 Kassel"] * g.rows, "business"),
        c("buero_tel", N, "VARCHAR", ["0561 555 01 20"] * g.rows, "business", ABBREV),
        c("mitbewohner", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.8), HEAVY, ROLE),
        c("vermerk", "free_text", "VARCHAR", g.col(note, 0.35)),
        c("erfasst_von", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
    ])


def fr_notaire_repertoire(g: Gen) -> Table:
    """A Touraine notary's office, the parties appearing on its deeds (``repertoire_comparants``, French, snake case):
    party id, register number, date and nature of the deed, the party's capacity, civility, surname (capitals), birth
    name (mostly NULL), given names, date and place of birth, profession (``none``), address, postcode, commune,
    matrimonial regime (``none``), spouse (mostly NULL), nationality, the SIREN of a company the party represents
    (Luhn: ``none``), the cadastral reference (``none``), price, the IBAN the price or a share is paid to (sellers and
    heirs), phone, e-mail, the notary and the clerk (staff), the office's address (``none``) and observations."""
    women = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    pairs = [v.person(g, "fr", w) for w in women]
    place = [g.rnd.choice(v.FR_PLACES) for _ in range(g.rows)]
    nature = [g.rnd.choice(["Vente", "Vente", "Donation", "Notoriété", "Succession - attestation", "Prêt"])
              for _ in range(g.rows)]
    quality = {"Vente": ["Vendeur", "Acquéreur"], "Donation": ["Donateur", "Donataire"], "Notoriété": ["Héritier"],
               "Succession - attestation": ["Héritier"], "Prêt": ["Emprunteur"]}
    qual = [g.rnd.choice(quality[n]) for n in nature]
    notaries = ["Me Hélène Lemaire", "Me Thierry Girard"]
    clerks = ["Aurélie Fontaine", "Cédric Marchand", "Sylvie Renard"]

    def prenoms(a: str, w: bool) -> str:
        more = [v.person(g, "fr", w)[0] for _ in range(g.rnd.randint(0, 2))]
        return ", ".join([a] + more) if g.rnd.random() < 0.5 else " ".join([a] + more)

    def obs() -> str:
        return g.rnd.choice(["Pièces d'identité vérifiées", f"Représenté par procuration de {v.whole(g, 'fr')}",
                             f"Joindre l'accord de {v.given(g, 'fr')} (indivisaire)",
                             f"Nouvelle adresse : {v.fr_street(g)}, {g.rnd.choice(v.FR_PLACES)[0]}",
                             "Fonds séquestrés jusqu'à mainlevée", f"Rappeler au {g.phone('FR', 'national')}"])

    return Table("etude_tours.repertoire_comparants", "fr", "snake", [
        c("id_comparant", N, "BIGINT", g.keys(9_001), "decoy", KEY),
        c("num_repertoire", N, "VARCHAR", g.col(lambda: f"2025-{g.rnd.randint(1, 900):04d}"), "decoy", SHAPE),
        c("date_acte", N, "DATE", g.days("2025-01-06", "2025-11-28"), "decoy"),
        c("nature_acte", N, "VARCHAR", nature, "decoy"),
        c("qualite", N, "VARCHAR", qual, "decoy"),
        c("civilite", N, "VARCHAR", ["Mme" if w else "M." for w in women], "decoy"),
        c("nom", "last_name", "VARCHAR", [b.upper() for _, b in pairs]),
        c("nom_naissance", "last_name", "VARCHAR", [v.family(g, "fr").upper() if w and g.rnd.random() < 0.55 else None
                                                    for w in women], HEAVY),
        c("prenoms", "first_name", "VARCHAR", [prenoms(a, w) for (a, _), w in zip(pairs, women)]),
        c("date_naissance", "date_of_birth", "DATE", g.births(1935, 2004)),
        c("lieu_naissance", "city", "VARCHAR", g.col(g.pick(["Tours", "Tours", "Orléans", "Poitiers", "Paris 14e",
                                                             "Angers", "Blois", "Chinon", "Le Mans"]))),
        c("profession", N, "VARCHAR", g.col(g.pick(["retraité", "infirmière", "artisan", "agriculteur",
                                                    "professeur des écoles", "sans profession", "cadre"])), "decoy"),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.fr_street(g))),
        c("code_postal", "postal_code", "VARCHAR", [p[1] for p in place]),
        c("commune", "city", "VARCHAR", [p[0] for p in place]),
        c("regime_matrimonial", N, "VARCHAR", g.col(g.pick(["communauté réduite aux acquêts", "séparation de biens",
                                                            "PACS", "célibataire", "veuf(ve)"])), "decoy"),
        c("conjoint", "person_name", "VARCHAR", [None if g.rnd.random() < 0.6 else
                                                 (f"M. {v.person(g, 'fr', False)[0]} {b.upper()}" if w else
                                                  f"Mme {v.person(g, 'fr', True)[0]} {b.upper()} née "
                                                  f"{v.family(g, 'fr').upper()}") for (_, b), w in zip(pairs, women)],
          HEAVY, ROLE),
        c("nationalite", N, "VARCHAR", g.col(g.pick(["française", "française", "française", "portugaise",
                                                     "marocaine"])), "decoy"),
        c("societe_siren", N, "VARCHAR", g.col(lambda: v.fr_siren(g), 0.65), "decoy", SHAPE, CHECK),
        c("ref_cadastrale", N, "VARCHAR", g.col(lambda: f"{g.code('AA')} {g.rnd.randint(1, 999):04d}", 0.3), "decoy",
          SHAPE),
        c("prix_eur", N, "DECIMAL(12,2)", [float(g.rnd.randint(60, 650) * 1_000)
                                           if n in ("Vente", "Donation", "Prêt") else None
                                           for n in nature], "decoy"),
        c("iban_versement", "iban", "VARCHAR", [v.iban(g, "FR", g.rnd.random() < 0.6) if q in ("Vendeur", "Héritier")
                                                and g.rnd.random() < 0.85 else None for q in qual], HEAVY),
        c("telephone", "phone", "VARCHAR", g.phones("FR", {"national": 0.8, "intl": 0.2}, 0.7, 0.15)),
        c("courriel", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["fr"]) if g.rnd.random() < 0.7 else None
                                           for a, b in pairs]),
        c("notaire", "person_name", "VARCHAR", g.col(g.pick(notaries)), STAFF),
        c("clerc", "person_name", "VARCHAR", g.col(g.pick(clerks), 0.1), STAFF),
        c("etude_adresse", N, "VARCHAR", ["12 rue de la Scellerie, 37000 Tours"] * g.rows, "business"),
        c("observations", "free_text", "VARCHAR", g.sparse(obs, 0.55, _words("néant", "RAS"))),
    ])


def es_extranjeria(g: Gen) -> Table:
    """A Madrid immigration law firm's clients (Spanish, camel case): client id, the firm's and the government's file
    numbers (``none``), the procedure, given name, first and second surnames (the second mostly missing: only Latin
    American clients have one), NIE (python-stdnum), passport number (``national_id``), nationality (``none``), date
    and place of birth (a foreign city: ``city``), Spanish and home-country phones, e-mail, address, postcode and
    municipality, the registration date, the family member who sponsors a reunification and that member's DNI (mostly
    NULL), the IBAN fees are debited from, the responsible lawyer (staff), the appointment and the immigration office
    (``none``), status, fee, notes and the creating login."""
    origins = [g.rnd.choices(list(v.MIXES["madrid"]), list(v.MIXES["madrid"].values()))[0] for _ in range(g.rows)]
    women = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    pairs = [v.person(g, o, w) for o, w in zip(origins, women)]
    births = [g.rnd.choice(v.ES_ORIGINS[o]) for o in origins]
    place = [g.rnd.choice(v.ES_PLACES) for _ in range(g.rows)]
    tramite = [g.rnd.choice(["Arraigo social", "Reagrupación familiar", "Nacionalidad por residencia",
                             "Renovación TIE", "Arraigo para la formación", "Tarjeta familiar UE"])
               for _ in range(g.rows)]
    lawyers = ["Beatriz Navarro Ruiz", "Ignacio Romero Díaz", "Pilar Gómez Álvarez"]
    logins = _logins(g, 3, 1, "es")

    def passport(o: str) -> str:
        return {"ma": g.code("AA9999999"), "co": g.code("AA999999"), "ve": g.code("999999999"),
                "ro": "05" + g.digits(7), "pk": g.code("AA9999999"), "sn": g.code("A99999999")}[o]

    def nota() -> str:
        return g.rnd.choice(["Falta certificado de antecedentes penales apostillado",
                             f"Contrato de trabajo con {v.whole(g, 'es')} (empleador particular)",
                             f"Cita pedida por su prima {v.given(g, 'co', True)}, tel. {g.phone('ES', 'national')}",
                             f"Vive con {v.whole(g, 'ma')} en {v.es_street(g)}", "Requerimiento de documentación",
                             "Resolución favorable, pendiente huella"])

    return Table("extranjeria.clientes", "es", "camel", [
        c("idCliente", N, "BIGINT", g.keys(3_401), "decoy", KEY),
        c("numExpediente", N, "VARCHAR", g.col(lambda: g.code("EXT-2025-9999")), "decoy", SHAPE),
        c("expedienteAdministrativo", N, "VARCHAR", g.col(lambda: f"280020250{g.digits(6)}", 0.35), "decoy", SHAPE),
        c("tipoTramite", N, "VARCHAR", tramite, "decoy"),
        c("nombre", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("primerApellido", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("segundoApellido", "last_name", "VARCHAR", [v.family(g, o) if o in ("co", "ve") and g.rnd.random() < 0.9
                                                      else None for o in origins], HEAVY),
        c("nie", "national_id", "VARCHAR", g.col(lambda: v.es_nie(g), 0.15)),
        c("pasaporte", "national_id", "VARCHAR", [passport(o) if g.rnd.random() < 0.95 else None for o in origins]),
        c("nacionalidad", N, "VARCHAR", [b[1] for b in births], "decoy"),
        c("fechaNacimiento", "date_of_birth", "DATE", g.births(1960, 2005)),
        c("lugarNacimiento", "city", "VARCHAR", [b[0] for b in births]),
        c("telefono", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 0.95, 0.05)),
        c("telefonoPais", "phone", "VARCHAR", [g.phone(v.ES_HOME_PHONE[o], "intl") if g.rnd.random() < 0.4 else None
                                               for o in origins], HEAVY),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["es"]) if g.rnd.random() < 0.85 else None
                                        for a, b in pairs]),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.es_street(g), 0.05)),
        c("codigoPostal", "postal_code", "VARCHAR", [v.es_cp(g, p[1]) for p in place]),
        c("municipio", "city", "VARCHAR", [p[0] for p in place]),
        c("fechaEmpadronamiento", N, "DATE", g.days("2019-01-01", "2025-06-30", 0.1), "decoy"),
        c("familiarReagrupante", "person_name", "VARCHAR", [v.whole(g, o) if t in ("Reagrupación familiar",
                                                                                   "Tarjeta familiar UE") else None
                                                            for o, t in zip(origins, tramite)], HEAVY, ROLE),
        c("dniFamiliar", "national_id", "VARCHAR", [v.es_dni(g) if t == "Tarjeta familiar UE" else None
                                                    for t in tramite], HEAVY, ROLE),
        c("ibanDomiciliacion", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.5), 0.45)),
        c("abogadoResponsable", "person_name", "VARCHAR", g.col(g.pick(lawyers)), STAFF),
        c("fechaCita", N, "TIMESTAMP", g.moments("2025-09-01", "2026-02-28", 0.3), "decoy"),
        c("oficinaExtranjeria", N, "VARCHAR", g.col(g.pick(["Oficina de Extranjería de Madrid, C/ García de Paredes 65",
                                                            "Comisaría de Aluche (TIE), Av. de los Poblados s/n"])),
          "business"),
        c("estado", N, "VARCHAR", g.col(g.pick(["Presentado", "En trámite", "Requerimiento", "Resuelto favorable",
                                                "Denegado"])), "decoy"),
        c("honorariosEur", N, "DECIMAL(8,2)", g.col(lambda: float(g.rnd.choice([350, 450, 600, 900]))), "decoy"),
        c("notas", "free_text", "VARCHAR", g.col(nota, 0.4)),
        c("creadoPor", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
    ])


def it_mediazione(g: Gen) -> Table:
    """A Bologna civil-mediation body's parties (Italian, snake case): party and procedure ids, procedure number,
    subject matter and value, the party's role, first name, surname, codice fiscale (encoding the row's name, birth
    date and birthplace), birth date and place, residence, CAP, comune, province (``none``), phone, e-mail and PEC
    (certified e-mail, mostly NULL), the party's lawyer and the lawyer's PEC, the mediator (staff), the meeting room's
    address (``none``), the first meeting, the outcome, the refund IBAN (mostly NULL), the VAT number of
    the condominium administrator or letting agent (Luhn: ``none``) and the minutes' notes (mostly NULL words)."""
    women = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    pairs = [v.person(g, "it", w) for w in women]
    births = g.births(1940, 2003)
    bplace = [g.rnd.choice(v.IT_BIRTHPLACES) for _ in range(g.rows)]
    place = [g.rnd.choice(v.IT_PLACES) for _ in range(g.rows)]
    lawyers = [v.person(g, "it") for _ in range(18)]
    lawyer = [g.rnd.choice(lawyers) if g.rnd.random() < 0.85 else None for _ in range(g.rows)]
    mediators = ["Silvia Zanarini", "Paolo Bergonzoni", "Monica Tinti", "Riccardo Malaguti"]
    materia = [g.rnd.choice(["condominio", "condominio", "condominio", "locazione", "locazione", "successioni",
                             "diritti reali", "contratti bancari"]) for _ in range(g.rows)]

    def nota() -> str:
        return g.rnd.choice(["Parte istante non comparsa", f"Presente anche il figlio {v.given(g, 'it', False)}",
                             f"Delega a {v.whole(g, 'it')} per l'incontro", "Accordo raggiunto, verbale firmato",
                             f"Recapito alternativo: {it_alt()}", "Rinvio su richiesta delle parti"])

    def it_alt() -> str:
        return g.phone("IT", "national") if g.rnd.random() < 0.5 else v.it_street(g)

    return Table("mediazione_bo.parti_procedimento", "it", "snake", [
        c("id_parte", N, "BIGINT", g.keys(61_001), "decoy", KEY),
        c("id_procedimento", N, "BIGINT", g.ints(9_100, 9_180), "decoy", KEY),
        c("numero_procedimento", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 480)}/2025"), "decoy", SHAPE),
        c("materia", N, "VARCHAR", materia, "decoy"),
        c("valore_lite_eur", N, "DECIMAL(12,2)", g.amounts(1_000, 250_000), "decoy"),
        c("ruolo", N, "VARCHAR", g.col(g.pick(["istante", "chiamato"])), "decoy"),
        c("nome", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("cognome", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("codice_fiscale", "national_id", "VARCHAR", [v.it_codice_fiscale(a, b, d, w, bp[1])
                                                       if g.rnd.random() < 0.92 else None
                                                       for (a, b), d, w, bp in zip(pairs, births, women, bplace)]),
        c("data_nascita", "date_of_birth", "DATE", births),
        c("luogo_nascita", "city", "VARCHAR", [bp[0] for bp in bplace]),
        c("indirizzo_residenza", "street_address", "VARCHAR", g.col(lambda: v.it_street(g))),
        c("cap", "postal_code", "VARCHAR", [p[2] for p in place], ABBREV),
        c("comune_residenza", "city", "VARCHAR", [p[0] for p in place]),
        c("provincia", N, "VARCHAR", [p[1] for p in place], "decoy"),
        c("telefono", "phone", "VARCHAR", g.phones("IT", {"national": 0.7, "intl": 0.3}, 0.85, 0.1)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["it"]) if g.rnd.random() < 0.75 else None
                                        for a, b in pairs]),
        c("pec", "email", "VARCHAR", [f"{v.plain(a)}.{v.plain(b)}@{g.rnd.choice(['pec.it', 'legalmail.it'])}"
                                      if g.rnd.random() < 0.25 else None for a, b in pairs], HEAVY, ABBREV),
        c("avvocato_nome", "person_name", "VARCHAR", [f"Avv. {x[0]} {x[1]}" if x else None for x in lawyer], ROLE),
        c("avvocato_pec", "email", "VARCHAR", [f"{v.plain(x[0])}.{v.plain(x[1])}@ordineavvocatibopec.it" if x else None
                                               for x in lawyer], ROLE_EMAIL),
        c("mediatore", "person_name", "VARCHAR", g.col(g.pick(mediators)), STAFF),
        c("sede_incontro", N, "VARCHAR", g.col(g.pick(["Via Santo Stefano 43, 40125 Bologna - sala B",
                                                       "Via Emilia 112, 40026 Imola", "online (videoconferenza)"])),
          "business"),
        c("data_primo_incontro", N, "TIMESTAMP", g.moments("2025-02-01", "2025-12-15"), "decoy"),
        c("esito", N, "VARCHAR", g.col(g.pick(["accordo", "mancato accordo", "mancata comparizione", "in corso"])),
          "decoy"),
        c("iban_rimborso", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.4), 0.8), HEAVY),
        c("piva_amministratore", N, "VARCHAR", [v.it_piva(g) if m in ("condominio", "locazione") else None
                                                for m in materia],
          "business", SHAPE, CHECK),
        c("note_verbale", "free_text", "VARCHAR", g.sparse(nota, 0.78, _words("nessuna", "n.d.")), NULLWORD),
    ])


def cz_mestska_policie(g: Gen) -> Table:
    """A Brno municipal police force's persons involved in incidents (Czech, snake case without diacritics): record id,
    reference number and incident number (``none``), time, kind of incident, the statute's name (``nazev_predpisu``:
    ``none``, tag ``misleading``) and provision, the place (a square, a stop, a park: ``none``) and its coordinates
    (``none``), the person's role, first name, surname, birth number (rodné číslo, encoding the row's birth date and
    sex), birth date, ID card number (``national_id``), citizenship (``none``), permanent address, PSČ, town, phone and
    e-mail (mostly NULL), the officer (staff) and badge number (``none``), fine, disposal, the narrative and the
    writer's login."""
    women = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    pairs = [v.person(g, "cz", w) for w in women]
    births = g.births(1954, 2007)
    place = [g.rnd.choice(v.CZ_PLACES) for _ in range(g.rows)]
    officers = [(v.whole(g, "cz"), f"MP {g.digits(4)}") for _ in range(6)]
    officer = [g.rnd.choice(officers) for _ in range(g.rows)]
    logins = _logins(g, 4, 0, "cz")
    spots = ["náměstí Svobody", "Hlavní nádraží, odbavovací hala", "Mendlovo náměstí, zastávka", "Lužánky, park",
             "Zelný trh", "Malinovského náměstí", "Vídeňská x Heršpická", "Obchodní centrum Královo Pole"]
    laws = [("zákon č. 251/2016 Sb., o některých přestupcích", "§ 5 odst. 1 písm. c)"),
            ("zákon č. 361/2000 Sb., o silničním provozu", "§ 125c odst. 1 písm. k)"),
            ("obecně závazná vyhláška statutárního města Brna č. 9/2024", "čl. 3 odst. 2"),
            ("zákon č. 65/2017 Sb., o ochraně zdraví před škodlivými účinky návykových látek", "§ 35 odst. 1")]
    law = [g.rnd.randrange(len(laws)) for _ in range(g.rows)]

    def popis(i: int) -> str:
        a, b = pairs[i]
        verb = "rušila" if women[i] else "rušil"
        return g.rnd.choice([f"{a} {b} {verb} noční klid hlasitou hudbou, oznámila sousedka {v.whole(g, 'cz', True)}",
                             "Osoba pod vlivem alkoholu obtěžovala cestující, vykázána z prostoru",
                             f"Řidič parkoval v zóně bez parkovací karty, kontakt {g.phone('CZ', 'national')}",
                             f"Svědek {v.whole(g, 'cz', False)} potvrdil průběh události",
                             "Kouření na zastávce MHD, vyřešeno příkazem na místě",
                             f"Poškozená uvádí adresu {v.cz_street(g)}, {g.rnd.choice(v.CZ_PLACES)[0]}"])

    return Table("mp_brno.udalosti_osoby", "cs", "snake", [
        c("id_zaznamu", N, "BIGINT", g.keys(500_001), "decoy", KEY),
        c("cislo_jednaci", N, "VARCHAR", g.col(lambda: f"MPB-SO/{g.rnd.randint(1, 48_000)}/2025"), "decoy", SHAPE),
        c("cislo_udalosti", N, "INTEGER", g.ints(100_000, 199_999), "decoy", KEY),
        c("datum_cas", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("druh_udalosti", N, "VARCHAR", g.col(g.pick(["rušení nočního klidu", "dopravní přestupek",
                                                       "veřejný pořádek", "kouření na zastávce", "drobná krádež"])),
          "decoy"),
        c("nazev_predpisu", N, "VARCHAR", [laws[i][0] for i in law], "decoy", MISLEADING),
        c("pravni_kvalifikace", N, "VARCHAR", [laws[i][1] for i in law], "decoy"),
        c("misto_udalosti", N, "VARCHAR", g.col(g.pick(spots)), "decoy"),
        c("gps_lat", N, "DOUBLE", [round(49.195 + g.rnd.uniform(-0.03, 0.03), 6) for _ in range(g.rows)], "decoy",
          GEO),
        c("gps_lon", N, "DOUBLE", [round(16.608 + g.rnd.uniform(-0.04, 0.04), 6) for _ in range(g.rows)], "decoy",
          GEO),
        c("role_osoby", N, "VARCHAR", g.col(g.pick(["pachatel", "pachatel", "svědek", "poškozený", "oznamovatel"])),
          "decoy"),
        c("jmeno", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("prijmeni", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("rodne_cislo", "national_id", "VARCHAR", [v.cz_rodne_cislo(g, d, w) if g.rnd.random() < 0.88 else None
                                                    for d, w in zip(births, women)]),
        c("datum_narozeni", "date_of_birth", "DATE", births),
        c("cislo_op", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.4), ABBREV),
        c("statni_obcanstvi", N, "VARCHAR", g.col(g.pick(["CZE", "CZE", "CZE", "CZE", "SVK"])), "decoy"),
        c("trvaly_pobyt", "street_address", "VARCHAR", g.col(lambda: v.cz_street(g), 0.05)),
        c("psc", "postal_code", "VARCHAR", [p[1] for p in place], ABBREV),
        c("obec", "city", "VARCHAR", [p[0] for p in place]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4}, 0.9, 0.45)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["cz"]) if g.rnd.random() < 0.2 else None
                                        for a, b in pairs], HEAVY),
        c("straznik", "person_name", "VARCHAR", [o[0] for o in officer], STAFF),
        c("sluzebni_cislo", N, "VARCHAR", [o[1] for o in officer], "decoy", SHAPE),
        c("vyse_pokuty_czk", N, "INTEGER", g.col(lambda: g.rnd.choice([0, 200, 500, 1_000, 2_000])), "decoy"),
        c("zpusob_vyrizeni", N, "VARCHAR", g.col(g.pick(["příkaz na místě", "oznámeno správnímu orgánu", "domluva",
                                                         "odloženo"])), "decoy"),
        c("popis", "free_text", "VARCHAR", [popis(i) for i in range(g.rows)]),
        c("zapsal", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
    ])


def nl_reclassering(g: Gen) -> Table:
    """A Rotterdam probation service's supervised clients (Dutch, Pascal case): client id, the prosecution's case
    number (``parketnummer``: ``none``), BSN, given names, family name and call name, date and place of birth, address,
    postcode, town, phone and e-mail, the probation officer (staff) and their work e-mail, the office and its phone
    (``none``), the measure, the ankle monitor's serial and last fix (``none``), reporting duty, risk level, the victim
    named in a contact ban (mostly NULL), the employer (``none``), the report (``free_text``) and the editor's
    login."""
    pairs = [v.person(g, "nl") for _ in range(g.rows)]
    place = [g.rnd.choice(v.NL_PLACES) for _ in range(g.rows)]
    officers = [v.person(g, "nl") for _ in range(5)]
    officer = [g.rnd.choice(officers) for _ in range(g.rows)]
    logins = _logins(g, 3, 0, "nl")
    measure = [g.rnd.choice(["Toezicht", "Werkstraf", "Enkelband", "Enkelband", "Gedragsinterventie"])
               for _ in range(g.rows)]

    def report() -> str:
        return g.rnd.choice(["Meldt zich op tijd, werkt mee", (f"Woont weer bij moeder {v.given(g, 'nl', True)} op "
                             f"{v.nl_street(g)}"), f"Contact met {v.whole(g, 'nl')} ondanks contactverbod",
                             f"Nieuw nummer: {g.phone('NL', 'national')}", "Urinecontrole negatief",
                             f"Werkgever {v.whole(g, 'nl')} positief over inzet"])

    return Table("rn_toezicht.Clienten", "nl", "pascal", [
        c("ClientId", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("ParketNummer", N, "VARCHAR", g.col(lambda: f"10/{g.digits(6)}-{g.rnd.randint(22, 25)}"), "decoy", SHAPE),
        c("Bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g), 0.05), ABBREV),
        c("Voornamen", "first_name", "VARCHAR", [a + (" " + v.given(g, "nl") if g.rnd.random() < 0.3 else "")
                                                 for a, _ in pairs]),
        c("Achternaam", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("Roepnaam", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Geboortedatum", "date_of_birth", "DATE", g.births(1960, 2006)),
        c("Geboorteplaats", "city", "VARCHAR", g.col(g.pick(["Rotterdam", "Rotterdam", "Schiedam", "Paramaribo",
                                                             "Willemstad", "Nador", "Dordrecht", "Den Haag"]))),
        c("Adres", "street_address", "VARCHAR", g.col(lambda: v.nl_street(g), 0.05)),
        c("Postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, p[1]) for p in place]),
        c("Woonplaats", "city", "VARCHAR", [p[0] for p in place]),
        c("Telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9, 0.1)),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nl"]) if g.rnd.random() < 0.35 else None
                                        for a, b in pairs], HEAVY),
        c("Toezichthouder", "person_name", "VARCHAR", [f"{a} {b}" for a, b in officer], STAFF),
        c("ToezichthouderEmail", "email", "VARCHAR", [v.work_email(a, b, "reclassering-rijnmond.nl")
                                                      for a, b in officer], ROLE_EMAIL),
        c("Vestiging", N, "VARCHAR", g.col(g.pick(["Vestiging Rotterdam-Centrum", "Vestiging Rotterdam-Zuid",
                                                    "Vestiging Dordrecht"])), "business"),
        c("VestigingTelefoon", N, "VARCHAR", ["010 555 0190"] * g.rows, "business"),
        c("MaatregelType", N, "VARCHAR", measure, "decoy"),
        c("EnkelbandNummer", N, "VARCHAR", [g.code("EB-99999") if m == "Enkelband" else None for m in measure],
          "decoy", SHAPE),
        c("LaatsteLocatieLat", N, "DOUBLE", [round(51.92 + g.rnd.uniform(-0.05, 0.05), 5) if m == "Enkelband" else None
                                             for m in measure], "decoy", GEO),
        c("LaatsteLocatieLon", N, "DOUBLE", [round(4.48 + g.rnd.uniform(-0.08, 0.08), 5) if m == "Enkelband" else None
                                             for m in measure], "decoy", GEO),
        c("Meldplicht", N, "VARCHAR", g.col(g.pick(["wekelijks", "tweewekelijks", "maandelijks"])), "decoy"),
        c("RisicoNiveau", N, "VARCHAR", g.col(g.pick(["laag", "gemiddeld", "hoog"])), "decoy"),
        c("Slachtoffer", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.65), HEAVY, ROLE),
        c("Werkgever", N, "VARCHAR", g.col(g.pick(["Havenbedrijf Uitzend BV", "Bouwbedrijf Koster", "PostNL",
                                                   "Schoonmaak Rijnmond"]), 0.5), "business"),
        c("Verslag", "free_text", "VARCHAR", g.col(report, 0.2)),
        c("GewijzigdDoor", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("GewijzigdOp", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_law_intake, 230), (us_bail_bonds, 190), (us_collections, 300), (gb_county_court, 280),
    (gb_disclosure_custodians, 140), (ca_patent_inventors, 120), (za_ethics_hotline, 170), (au_process_server, 210),
    (ie_legal_aid, 160), (de_gerichtsvollzieher, 150), (fr_notaire_repertoire, 110), (es_extranjeria, 200),
    (it_mediazione, 130), (cz_mestska_policie, 240), (nl_reclassering, 90),
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
