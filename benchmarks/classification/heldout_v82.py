"""Held-out set v82 for the column classifier: 15 tables of *courts, probation, prisons, legal aid and bail* (court
dockets and rolls, inmate and admission registers, prison visitor logs, probation supervision, legal-aid applications,
jury and lay-judge pools, victim-support referrals, bail bonds and sureties), one system per table and each a
different organisation, eight with English column names (California, England, New Zealand, Manitoba, Nigeria,
Scotland, Georgia (US) and Singapore) and seven in Russian (Cyrillic script), Mexican Spanish, Italian, Belgian
French, Dutch, romanized Japanese (Japanese values) and Polish. Three are legacy extracts (an AS/400 file with the
two-letter field prefix ``JI``, a COBOL copybook's fixed-width file with hyphenated names, an SAP custom table with
SAP's German field abbreviations): padded CHAR values, dates as ``YYYYMMDD`` and ``CYYMMDD`` numbers and ``DATS``
text, and an SSN, a SIN, a PHIN, phones and ZIP codes kept as numbers with 0 for missing; the others are modern
(snake, camel, Pascal and SCREAMING case, Cyrillic names), with abbreviations (``jrr_fnm``, ``jrr_lnm``, ``ctc_ph``,
``res_addr_ln1``, ``srty_snm``, ``dfdt_nm``, ``ACCUSED_ADDR_LN1``, ``imputato_cf``), a staging table with
source-numbered columns (``src_crm_col01`` to ``src_crm_col18``) and opaque custom fields holding personal data
(``misc_2``, ``User2``, ``src_crm_col17``, ``LA-USER-FLD-2``, ``udf_03``, ``CODE``, ``JIUDF1``, ``Custom1``,
``доп_поле_2``, ``campoLibre2``, ``campo_libero_2``, ``ChampLibre2``, ``ZZVELD2``, ``yobi_2``, ``poleDod2``) beside
opaque fields holding none (``misc_1``, ``User1``, ``src_crm_col18``, ``LA-USER-FLD-1``, ``udf_04``, ``REF``,
``JIUDF2``, ``Custom2``, ``доп_поле_1``, ``campoLibre1``, ``campo_libero_1``, ``ChampLibre1``, ``ZZVELD1``,
``yobi_1``, ``poleDod1``):

* ``sacjury.juror_pool``: a Sacramento County superior court's jury pool (California driver licences, the SSN's last
  four digits, the online summons response's IP, excuse notes naming relatives, ``misc_2`` a second phone);
* ``commPayback.upwAttendance``: a West Yorkshire probation delivery unit's Community Payback attendance (National
  Insurance numbers with some ``QQ123456C``, NHS numbers, driving licences encoding the surname, birth date and sex,
  project sites' coordinates, supervisors and practitioners, ``User2`` the next of kin's name);
* ``stg_crm.src_victim_referrals``: a Wellington-region victim-support trust's CRM staging table (police file numbers,
  the birth date as ``dd/mm/yyyy`` text, suburbs, the offender, support workers by first name, a New Zealand bank
  account for assistance grants, ``src_crm_col17`` a phone, an e-mail or a name by row);
* ``MLAPLAN.APPLMAST``: a Manitoba legal-aid plan's applicant master in a COBOL copybook's layout (``LA-APPL-SIN`` and
  ``LA-APPL-PHIN`` as numbers, the birth date as a ``YYYYMMDD`` number, Canadian postal codes, the spouse, lawyers
  as ``SURNAME, I.``, the area office, ``LA-USER-FLD-2`` a contact phone, user and program);
* ``lagos_mc.bail_sureties``: a Lagos magistrates' court registry's bail sureties (NIN, Nigerian mobiles in national,
  international and MSISDN form, areas beside their local government areas, NUBAN accounts, magistrates, ``udf_03``
  a second phone);
* ``TAYSIDE_SC.CRIMINAL_ROLL``: a Tayside sheriff court's criminal roll (the procurator fiscal's reference, the
  accused, driving licences in road traffic cases, defence solicitors and their firms, sheriffs by surname,
  complainers, bail conditions naming people, ``CODE`` the accused's mobile for SMS reminders);
* ``BIBBSO.JLINMT``: a middle-Georgia county sheriff's AS/400 jail booking register (``JISSN``, ``JIZIP`` and
  ``JIPHON`` as numbers, ``JIDOB`` as ``YYYYMMDD``, booking and release dates as ``CYYMMDD``, aliases, Georgia driver
  licences, warrant numbers shaped like SSNs in the 9xx area, a commissary deposit card kept in clear, officers'
  user profiles, ``JIUDF1`` the emergency contact's phone);
* ``SpsVisits.VisitRegistrations``: a Singapore prison cluster's visit registrations (NRIC and FIN with their check
  letters, Chinese, Malay and Indian names as their communities write them, HDB addresses, approving officers, law
  firms' UENs, ``Custom1`` an accompanying person);
* ``уии_екб.осуждённые``: an Ekaterinburg probation inspectorate's register (Russian: ``фамилия``, ``имя``,
  ``отчество``, SNILS, INN, passports, inspectors as ``Фамилия И. О.``, employers with their OGRN, ``доп_поле_2``
  a relative's e-mail);
* ``afianzadora_occidente.polizasFianzaPenal``: a Guadalajara surety company's criminal bail bonds (Mexican Spanish,
  camel case: the ``fiado``'s two family names, CURP encoding the names, birth date, sex and state, RFC with its
  homoclave, the ``obligado solidario`` with NSS and CLABE, colonias, the premium's card, bond agents, the company's
  RFC, an internal folio shaped like a CURP with a wrong check digit, ``campoLibre2`` a personal reference);
* ``trib_nola.ruolo_udienze_penali``: a Campanian tribunale's criminal hearing docket (Italian: RG numbers, judges by
  family name, codici fiscali encoding the row's name, birth date, sex and birthplace, defence lawyers and their PEC,
  civil parties and their IBANs, liable companies' partite IVA, ``campo_libero_2`` a phone, an e-mail or a name by
  row);
* ``BajLiege.DemandesAideJuridique``: a Liège legal-aid office's applications (Belgian French, Pascal case: national
  register numbers encoding the birth date and sex, eID card numbers, Belgian IBANs, appointed lawyers, structured
  payment communications, file numbers shaped like a national register number failing its check, ``ChampLibre2``
  the adverse party);
* ``SAPDJI.ZDJI_INSLUITING``: a Dutch remand centre's admissions in an SAP custom table (``NACHN``, ``VORSW`` the
  tussenvoegsel, ``VORNA``, ``GBDAT`` as ``DATS``, ``GBORT``, ``STRAS``, ``HSNMR``, ``PSTLZ``, ``ORT01``,
  ``TELF1``, BSN and ID document numbers, IBAN, parket numbers, file numbers failing the eleven test, ``ERNAM``,
  ``ZZVELD2`` a contact person's phone);
* ``saibanin.kohosha_meibo``: an Osaka district court's lay-judge candidate list (romanized Japanese column names:
  kanji names and their katakana reading, the birth date as DATE and in the era calendar, Osaka addresses, My Number,
  bank account numbers, reasons for declining naming relatives, clerks by family name, ``yobi_2`` an emergency
  phone);
* ``as_wroclaw.rejestrOdwiedzin``: a Wrocław remand prison's visitor log (Polish, camel case: PESEL encoding the birth
  date and sex, identity card numbers with their check digit, inmates' names and register numbers, officers, law
  firms' NIP, case numbers failing PESEL's check, ``poleDod2`` an accompanying child's first name).

Written **blind**, like v2 to v80: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v80 (to avoid their domains and follow their labeling
conventions; there is no v81 in the checkout), the ``Column``/``Table`` classes and writer they build on
(``heldout_v2.py``, ``heldout_v4.py``), the ruff section of ``pyproject.toml`` and the sources of python-stdnum and
phonenumbers. The classifier was not run on this set while it was written, no scorer was run on it, and no score of
any set was looked at: nothing here was adjusted to what the classifier does. It imports no earlier set's value
module: its random source, name lists, streets, towns, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v82_values`; the generic ``Gen`` helpers were copied from v27's, the phone
maker rewritten to draw from several leading digits per region).

What is new against v2 to v80: earlier sets touched the domain (v26 a state court's e-filing, v44 an English prison's
social visits, two hearing calendars and a Dutch notary, v52 a Las Vegas bail-bonds agency, a Rotterdam probation
service, an Irish civil legal-aid board and a county court's judgment debtors, v64 a migrant legal-aid clinic, v71 a
parish clerk of court's party file); every organisation and shape here is new: a jury pool, Community Payback
attendance, a victim-support CRM staging table, a COBOL legal-aid master, Nigerian bail sureties, a Scottish criminal
roll, an AS/400 jail register, Singapore prison visits, a Russian probation register, Mexican bail bonds, an Italian
hearing docket, a Belgian legal-aid office, a Dutch SAP admissions table, a Japanese lay-judge list and a Polish
visitor log.

* legacy extracts (tag ``legacy``; ``padded`` for fixed-width CHAR values, ``int_date`` for dates kept as numbers or
  ``DATS`` text, ``numeric_id`` for an SSN, a SIN, a PHIN, phones and ZIP codes kept as numbers, ``zero_missing``
  where 0 or ``00000000`` means missing);
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier or a personal value): summons, case reference,
  police file, certificate, charge, procurator fiscal, booking, sheriff's office, warrant, inmate, personal file,
  policy, RG, parket, list and visit numbers, join keys, UUIDs, row hashes (tag ``hashed``), session tokens (tag
  ``tokenized``), project sites' coordinates (tag ``coordinates``), court, visit, session, registration and load dates
  (tag ``event_date``), charges, statutes, outcomes, relationships, occupations, amounts and codes;
* decoys with check digits (tag ``check_digit``, all ``none``): Singapore UENs, Russian OGRNs, a Mexican company RFC,
  partite IVA, Polish NIPs and Belgian structured communications (``+++123/4567/89012+++``); decoys shaped like
  personal numbers that fail their check (tag ``value_shape``): warrant numbers in the SSN's unused 9xx area, an
  internal folio against the CURP's check digit, file numbers against the national register number's, file numbers
  against the BSN's eleven test and case numbers against PESEL's;
* identifiers (python-stdnum where it knows them): the US SSN, the UK National Insurance number, the Canadian SIN, the
  Russian SNILS and the Mexican NSS (``ssn``); California and Georgia driver licences, GB driving licences (the
  surname, birth date and sex), NHS numbers, the Manitoba PHIN, the Nigerian NIN, Singapore NRIC and FIN (check
  letter; the NRIC's first digits the birth year), INN, Russian passports, CURP and RFC, the codice fiscale, the
  Belgian national register and eID numbers, the BSN and Dutch ID document numbers, My Number, PESEL and Polish ID
  card numbers (``national_id``); Italian, Belgian and Dutch IBANs; two cards kept in clear (Luhn); NUBAN, New
  Zealand bank accounts, CLABE and Japanese account numbers (``unclassified``, tag ``bank_account``); phones of the
  United States, the United Kingdom, New Zealand, Canada, Nigeria, Singapore, Russia, Mexico, Italy, Belgium, the
  Netherlands, Japan and Poland (phonenumbers) in national, international, E.164, digits-only and MSISDN forms and as
  numbers; IPv4 and IPv6.

Tags: ``legacy``, ``padded``, ``int_date``, ``numeric_id``, ``zero_missing``, ``decoy``, ``business``,
``value_shape``, ``check_digit``, ``coordinates``, ``hashed``, ``tokenized``, ``event_date``, ``join_key``,
``bank_account``, ``null_heavy``, ``nullword_heavy``, ``placeholder``, ``partial``, ``staff``, ``role_word``,
``role_email``, ``username``, ``audit``, ``service_account``, ``opaque``, ``prefixed``, ``misleading``,
``mixed_kinds``, ``locality``, ``abbrev``, ``dob_text``.

Labeling choices a reader may question:

* following ``kinds.py``, the social-security and social-insurance numbers (SSN, National Insurance number, SIN,
  SNILS, NSS) are ``ssn``; every other personal number a state issues (driver licences, NHS number, PHIN, NIN, NRIC
  and FIN, INN, passports, CURP, a person's RFC, codice fiscale, Belgian national register and eID numbers, BSN, ID
  document numbers, My Number, PESEL, ID cards) is ``national_id``;
* register numbers of people in the justice system (a probation case reference number, a sheriff's office number, an
  inmate number, a personal file number, an inmate register number) are ``none`` (tag ``value_shape``), as v44 labeled
  a prison number: they key a register, like a case or policy number;
* the SSN's last four digits are ``none`` (tag ``partial``); a warrant number shaped like an SSN is ``none``;
* domestic bank account numbers (NUBAN, New Zealand, CLABE, Japanese) are ``unclassified`` (tag ``bank_account``),
  IBANs ``iban``; banks, branches, employers, courts, institutions, area offices, solicitors' firms and their phones
  are ``none`` (tag ``business``);
* a patronymic (``отчество``), a middle name (``jrr_mnm``, ``srty_mnm``) and staff kept by first name
  (``src_crm_col14``, ``AgentAccueil``) are ``first_name``; ``VORSW`` (the tussenvoegsel), the second family name
  (``fiadoApellidoMaterno``) and staff kept by family name (``SHERIFF_NAME``, ``giudice``, ``tantou_shokikan``) are
  ``last_name``; a katakana reading of a whole name (``shimei_kana``), aliases, lawyers as ``SURNAME, I.`` and
  inspectors as ``Фамилия И. О.`` are ``person_name``;
* people under role words (tag ``role_word``): jurors, people on probation, offenders, spouses, defendants
  (``dfdt_nm``, ``fiado``, ``imputato``), sureties, the accused, complainers, defence solicitors and lawyers
  (``difensore``, ``AvocatDesigne``), inmates and visitors, co-signers (``obligadoSolidarioNombre``), civil parties;
  staff acting in office (tag ``staff``, 2-8 distinct): jury clerks, supervisors and probation practitioners, support
  workers, legal-aid lawyers, magistrates, sheriffs, approving officers, inspectors, bond agents, judges, reception
  agents, court clerks and prison officers;
* a suburb, a Lagos area and a colonia are ``city`` (tag ``locality``); the local government area, states,
  provinces, the prefecture and ``LAND1`` are ``none``; a birthplace (``GBORT``, ``imputato_luogo_nascita``) is
  ``city``; ``HSNMR`` (a house number) and an address's second line are ``street_address``;
* ``src_crm_col17`` and ``campo_libero_2`` (a phone, an e-mail or a name by row) are ``free_text`` (tag
  ``mixed_kinds``); excuse notes, enforcement notes, bail conditions, notes, observations, remarks and reasons for
  declining that name people are ``free_text``;
* ``misc_2``, ``LA-USER-FLD-2``, ``udf_03``, ``CODE``, ``JIUDF1``, ``ZZVELD2`` and ``yobi_2`` hold phones, ``User2``,
  ``Custom1``, ``campoLibre2`` and ``ChampLibre2`` names, ``poleDod2`` first names and ``доп_поле_2`` e-mail
  addresses (tags ``opaque``, ``misleading``); their neighbours hold codes (``none``);
* logins, AS/400 user profiles and SAP's ``ERNAM`` are ``unclassified`` (tag ``username``); the merge jobs, COBOL
  and AS/400 programs and the SAP batch user are ``none`` (tag ``service_account``);
* a National Insurance placeholder (``QQ123456C``) and placeholder e-mail addresses leave their columns personal (tag
  ``placeholder``); dates of birth kept as numbers, ``DATS``, ``dd/mm/yyyy`` text or in the Japanese era calendar keep
  ``date_of_birth``, with 0 or ``00000000`` for missing; phones, SSNs, SINs, PHINs and ZIP codes kept as numbers keep
  their kind; court, booking, release, visit, session, admission and application dates are ``none`` (tag
  ``event_date``); race, sex, relationship and occupation are ``none``.

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code, city and contact are ``none`` (tag ``business``); ``null_heavy`` means 50-95% NULL, ``nullword_heavy``
70-95% NULL words or blanks. Rows per table: 450 to 1,400.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v82_values`, written for v82 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v82 [PATH]`` (default
``/tmp/heldout_v82.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v82``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v82_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v82_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v82.duckdb")

LEGACY = "legacy"  # a legacy extract (AS/400, COBOL copybook, SAP)
PADDED = "padded"  # fixed-width CHAR values padded with blanks
INT_DATE = "int_date"  # a date kept as a YYYYMMDD or CYYMMDD number or as SAP DATS text
NUMERIC = "numeric_id"  # a phone, an SSN, a SIN, a PHIN or a ZIP code kept as a number
ZERO = "zero_missing"  # 0 or 00000000 stands for missing
SHAPE = "value_shape"  # a decoy shaped like an identifier or a personal value
CHECK = "check_digit"  # a decoy with a valid check digit (a company's number, a structured communication)
NULLWORD = "nullword_heavy"  # 70-95% NULL words, placeholders or blanks
HEAVY = "null_heavy"  # 50-95% NULL
STAFF = "staff"  # staff acting in office, 2-8 distinct people
ROLE = "role_word"  # people under a role word (juror, defendant, surety, complainer, visitor, fiado, osadzony ...)
ROLE_EMAIL = "role_email"  # a role-named column holding one person's e-mail address
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"  # a login or user profile (unclassified)
BANK = "bank_account"  # a domestic bank account number (unclassified)
SERVICE = "service_account"  # a batch program or job (none)
KEY = "join_key"
OPAQUE = "opaque"  # a custom or user-defined field whose name says nothing
MISLEADING = "misleading"  # the name does not say what the column holds
MIXED = "mixed_kinds"  # a phone, an e-mail or a name by row (free_text)
PREFIXED = "prefixed"  # source-numbered staging columns (src_crm_col01 ...)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders
PARTIAL = "partial"  # the last four digits of an SSN (none)
EVENT = "event_date"  # a court date, a booking, a visit or an entry date (none)
COORD = "coordinates"  # a site's coordinates (none)
HASHED = "hashed"
TOKEN = "tokenized"
LOCALITY = "locality"  # a suburb, colonia or area of a city (city)
DOB_TEXT = "dob_text"  # a birth date kept as text
PRACTITIONER = "practitioner_id"


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


def _pick_rows(g: Gen, items: list) -> list:
    return [g.rnd.choice(items) for _ in range(g.rows)]


# -- English: California, England, New Zealand, Manitoba ---------------------------------------------------------------


def ca_jury_pool(g: Gen) -> Table:
    """A Sacramento County superior court's jury pool (snake case, abbreviations): the summons number, the juror's
    names (middle name mostly NULL), birth date, California driver licence, the SSN's last four digits
    (``none``), home address in two lines, city, ZIP, phone, e-mail (some placeholders), the IP of the online summons
    response, the report date, the courthouse and its address (``none``), status, excuse notes (mostly NULL words),
    the jury clerk, ``misc_1`` (a parking code) and ``misc_2`` (a second phone), the clerk's login and the merge job."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "us", female)
        rows.append((a, b, v.given(g, "us"), g.rnd.choice(v.CA_CITIES)))
    clerks = _staff(g, 4, lambda x: v.whole(x, "us"))
    logins = _logins(g, 5, 0)
    houses = [("Downtown Courthouse", "720 Ninth Street, Sacramento, CA 95814"),
              ("Justice Center (South)", "9201 Walnut Bluff Road, Elk Grove, CA 95758"),
              ("Family Relations Courthouse", "3341 Power Inn Road, Sacramento, CA 95826")]
    house = _pick_rows(g, houses)

    def excuse() -> str:
        return g.rnd.choice([f"Sole caregiver for my mother {v.whole(g, 'us')}", "Prepaid travel, deferred to March",
                             f"Employer letter from supervisor {v.whole(g, 'us')}", "Full-time student at CSUS",
                             "Medical - doctor's note on file", f"Breastfeeding, infant son {v.given(g, 'us')}"])

    return Table("sacjury.juror_pool", "en", "snake", [
        c("juror_id", N, "BIGINT", g.keys(5_100_001), "decoy", KEY),
        c("summons_no", N, "VARCHAR", g.col(lambda: g.code("S25-0999999")), "decoy", SHAPE),
        c("jrr_fnm", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV, ROLE),
        c("jrr_mnm", "first_name", "VARCHAR", [r[2] if g.rnd.random() < 0.35 else None for r in rows], ABBREV, HEAVY),
        c("jrr_lnm", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV, ROLE),
        c("dob", "date_of_birth", "DATE", g.births(1940, 2006)),
        c("ca_dl_no", "national_id", "VARCHAR", g.col(lambda: g.code("A9999999"), 0.2), ABBREV),
        c("ssn_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", PARTIAL),
        c("res_addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.ca_street(g)), ABBREV),
        c("res_addr_ln2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["APT ", "UNIT ", "# "])
                                                             + str(g.rnd.randint(1, 240)), 0.78), ABBREV, HEAVY),
        c("res_city", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("res_zip", "postal_code", "VARCHAR", [r[3][1] + g.digits(2) + (f"-{g.digits(4)}" if g.rnd.random() < 0.2
                                                                          else "") for r in rows]),
        c("ctc_ph", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "digits": 0.2}, 0.8, 0.1),
          ABBREV),
        c("email_addr", "email", "VARCHAR", _dirty(g, [v.email_of(g, r[0], r[1], v.DOMAINS["us"])
                                                       if g.rnd.random() < 0.7 else None for r in rows], 0.06,
                                                   ["test@example.com", "noemail@none.com", "declined"]),
          PLACEHOLDER),
        c("eresponse_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.4)),
        c("report_dt", N, "DATE", g.days("2025-09-01", "2026-03-31"), "decoy", EVENT),
        c("courthouse", N, "VARCHAR", [h[0] for h in house], "business"),
        c("courthouse_addr", N, "VARCHAR", [h[1] for h in house], "business"),
        c("status_cd", N, "VARCHAR", g.col(g.pick(["QUAL", "QUAL", "EXC", "DEF", "FTA", "SERVED"])), "decoy"),
        c("excuse_notes", "free_text", "VARCHAR", g.sparse(excuse, 0.78, _words("not given")), NULLWORD),
        c("jury_clerk", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("misc_1", N, "VARCHAR", g.col(g.pick(["PK-A", "PK-B", "PK-GARAGE", "LR-2"]), 0.2), "decoy", OPAQUE),
        c("misc_2", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "digits": 0.3}, 0.5, 0.45), OPAQUE,
          MISLEADING),
        c("updated_by", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("load_job", N, "VARCHAR", g.col(g.pick(["DMV_MERGE", "ROV_MERGE"])), "decoy", SERVICE, AUDIT),
    ])


def en_community_payback(g: Gen) -> Table:
    """A West Yorkshire probation delivery unit's unpaid-work (Community Payback) attendance (camel case): the case
    reference number (``crn``: a register's number, ``none``), the person on probation's names, birth date, National
    Insurance number (``ssn``, some ``QQ123456C``), NHS number (mostly NULL), driving licence (encoding the surname,
    birth date and sex), home address, town and postcode, mobile, the project and its site's coordinates, session
    date and hours, the supervisor and the probation practitioner, enforcement notes naming people, ``User1`` (a van
    code) and ``User2`` (the next of kin's name), the writer's login."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.22
        a, b = v.person(g, "en", female)
        born = g.birth(1958, 2006)
        rows.append((a, b, born, female, g.rnd.choice(v.EN_TOWNS)))
    supervisors = _staff(g, 5, lambda x: v.whole(x, "en"))
    practitioners = _staff(g, 7, lambda x: v.whole(x, "en"))
    logins = _logins(g, 6, 4, "en")
    projects = [("Canal towpath clearance - Shipley", 53.833, -1.774), ("Cemetery grounds - Undercliffe", 53.806,
                -1.733), ("Charity shop warehouse - Halifax", 53.722, -1.861), ("Allotment fencing - Dewsbury",
                53.690, -1.628)]
    project = _pick_rows(g, projects)

    def note() -> str:
        return g.rnd.choice(["Arrived 40 min late, warned",
                             f"Sent home - turned up with his brother {v.whole(g, 'en')}",
                             "Good worker, completed all tasks",
                             f"Childcare clash, partner {v.given(g, 'en')} in hospital",
                             "Failed to attend, no contact", "Left early with supervisor's agreement"])

    return Table("commPayback.upwAttendance", "en", "camel", [
        c("attendanceId", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("crn", N, "VARCHAR", g.col(lambda: g.code("X999999")), "decoy", SHAPE, ABBREV),
        c("popForename", "first_name", "VARCHAR", [r[0] for r in rows], ROLE, ABBREV),
        c("popSurname", "last_name", "VARCHAR", [r[1] for r in rows], ROLE, ABBREV),
        c("popDateOfBirth", "date_of_birth", "DATE", [r[2] for r in rows], ROLE),
        c("niNumber", "ssn", "VARCHAR", _dirty(g, [v.gb_nino(g) if g.rnd.random() < 0.9 else None for _ in rows],
                                               0.06, ["QQ123456C", "NOT KNOWN"]), PLACEHOLDER),
        c("nhsNumber", "national_id", "VARCHAR", [v.nhs_number(g) if g.rnd.random() < 0.35 else None for _ in rows],
          HEAVY),
        c("drivingLicenceNo", "national_id", "VARCHAR",
          [v.uk_driving_licence(g, r[1], r[0], r[2], r[3]) if g.rnd.random() < 0.6 else None for r in rows]),
        c("homeAddressLine1", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 220)} "
                                                                  f"{g.rnd.choice(v.EN_STREETS)}")),
        c("homeTown", "city", "VARCHAR", [r[4][0] for r in rows]),
        c("homePostcode", "postal_code", "VARCHAR", [v.en_postcode(g, g.rnd.choice(r[4][1])) for r in rows]),
        c("mobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.95, 0.08)),
        c("projectName", N, "VARCHAR", [p[0] for p in project], "decoy"),
        c("projectSiteLat", N, "DOUBLE", [round(p[1] + g.rnd.uniform(-0.002, 0.002), 5) for p in project], "decoy",
          COORD),
        c("projectSiteLng", N, "DOUBLE", [round(p[2] + g.rnd.uniform(-0.002, 0.002), 5) for p in project], "decoy",
          COORD),
        c("sessionDate", N, "DATE", g.days("2025-06-01", "2026-02-28"), "decoy", EVENT),
        c("hoursCredited", N, "DOUBLE", g.col(g.pick([0.0, 3.5, 6.0, 7.0, 7.0])), "decoy"),
        c("supervisorName", "person_name", "VARCHAR", g.col(g.pick(supervisors)), STAFF),
        c("probationPractitioner", "person_name", "VARCHAR", g.col(g.pick(practitioners)), STAFF),
        c("enforcementNotes", "free_text", "VARCHAR", g.sparse(note, 0.45, ("",))),
        c("User1", N, "VARCHAR", g.col(g.pick(["VAN-03", "VAN-07", "WALK", "MINIBUS"])), "decoy", OPAQUE),
        c("User2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "en"), 0.3), OPAQUE, MISLEADING),
        c("createdBy", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
    ])


def nz_victim_referrals(g: Gen) -> Table:
    """A Wellington-region victim-support trust's referrals as its CRM lands them in a staging table with
    source-numbered columns (``src_crm_col01`` to ``src_crm_col18``): the police file number, the referral date, the
    victim's names, birth date as ``dd/mm/yyyy`` text, street, suburb, city, postcode, phone, e-mail, the offence, the
    offender's name, the support worker's first name, the police district, the bank account for an assistance grant
    (mostly NULL), ``src_crm_col17`` (a phone, an e-mail or a name by row: ``free_text``) and ``src_crm_col18`` (a
    channel code), with the loader's key, file name, load time and row hash."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "nz", g.rnd.random() < 0.7)
        rows.append((a, b, g.rnd.choice(v.NZ_PLACES)))
    workers = _staff(g, 5, lambda x: v.given(x, "nz"))

    def mixed() -> str:
        roll = g.rnd.random()
        if roll < 0.4:
            return g.phone("NZ", g.rnd.choice(["national", "e164"]))
        if roll < 0.7:
            a, b = v.person(g, "nz")
            return v.email_of(g, a, b, v.DOMAINS["nz"])
        return v.whole(g, "nz")

    loads = g.moments("2025-10-01", "2026-01-31")
    return Table("stg_crm.src_victim_referrals", "en", "snake", [
        c("referral_key", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("src_crm_col01", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(250101, 251231)}/{g.rnd.randint(1000, 9999)}"),
          "decoy", SHAPE, PREFIXED),
        c("src_crm_col02", N, "DATE", g.days("2025-01-01", "2025-12-31"), "decoy", EVENT, PREFIXED),
        c("src_crm_col03", "first_name", "VARCHAR", [r[0] for r in rows], PREFIXED),
        c("src_crm_col04", "last_name", "VARCHAR", [r[1] for r in rows], PREFIXED),
        c("src_crm_col05", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1938, 2008).strftime("%d/%m/%Y"), 0.15),
          PREFIXED, DOB_TEXT),
        c("src_crm_col06", "street_address", "VARCHAR", g.col(lambda: v.nz_street(g), 0.1), PREFIXED),
        c("src_crm_col07", "city", "VARCHAR", [r[2][0] for r in rows], PREFIXED, LOCALITY),
        c("src_crm_col08", "city", "VARCHAR", [r[2][1] for r in rows], PREFIXED),
        c("src_crm_col09", "postal_code", "VARCHAR", [r[2][2] if g.rnd.random() < 0.85 else None for r in rows],
          PREFIXED),
        c("src_crm_col10", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "e164": 0.25, "digits": 0.15}, 0.85,
                                                         0.05), PREFIXED),
        c("src_crm_col11", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["nz"]) if g.rnd.random() < 0.6
                                                else None for r in rows], PREFIXED),
        c("src_crm_col12", N, "VARCHAR", g.col(g.pick(["Family harm", "Burglary", "Assault", "Sudden death",
                                                        "Sexual harm", "Robbery", "Road crash"])), "decoy", PREFIXED),
        c("src_crm_col13", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.4), ROLE, PREFIXED),
        c("src_crm_col14", "first_name", "VARCHAR", g.col(g.pick(workers)), STAFF, PREFIXED),
        c("src_crm_col15", N, "VARCHAR", g.col(g.pick(["Wellington", "Kapiti-Mana", "Hutt Valley"])), "decoy",
          PREFIXED),
        c("src_crm_col16", USERNAME, "VARCHAR", g.col(lambda: v.nz_bank_account(g), 0.72), BANK, HEAVY, PREFIXED),
        c("src_crm_col17", "free_text", "VARCHAR", g.col(mixed, 0.2), OPAQUE, MIXED, PREFIXED),
        c("src_crm_col18", N, "VARCHAR", g.col(g.pick(["PHONE", "POLICE_PORTAL", "WALKIN", "COURT"])), "decoy",
          OPAQUE, PREFIXED),
        c("_source_file", N, "VARCHAR", g.col(lambda: f"referrals_{g.rnd.randint(20251001, 20251031)}.csv"), "decoy"),
        c("_loaded_at", N, "TIMESTAMP", loads, "decoy", EVENT),
        c("_row_hash", N, "VARCHAR", g.col(g.md5), "decoy", HASHED),
    ])


def mb_legal_aid(g: Gen) -> Table:
    """A Manitoba legal-aid plan's applicant master as a COBOL copybook's fixed-width extract (hyphenated names):
    application and certificate numbers, the applicant's surname and given names, birth date as a ``YYYYMMDD`` number,
    SIN and PHIN as numbers (0 for none), address line, city, province (``none``), postal code, home phone as a
    number, the spouse's name, monthly income, offence code, matter type, the assigned lawyer, the area
    office, the application date, ``LA-USER-FLD-1`` (a priority code) and ``LA-USER-FLD-2`` (a contact phone), the
    last user and program."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "mb", female)
        rows.append((a, b, g.rnd.choice(v.MB_PLACES), g.birth(1955, 2006)))
    lawyers = _staff(g, 6, lambda x: f"{v.family(x, 'mb').upper()}, {v.given(x, 'mb')[0]}.")
    users = _logins(g, 4, 2, "mb")
    return Table("MLAPLAN.APPLMAST", "en", "screaming", [
        c("LA-APPL-NO", N, "BIGINT", g.keys(25_000_001), "decoy", KEY, LEGACY),
        c("LA-CERT-NO", N, "VARCHAR", g.col(lambda: v.pad(g.code("C25-999999"), 12)), "decoy", SHAPE, LEGACY,
          PADDED),
        c("LA-APPL-SURNAME", "last_name", "VARCHAR", [v.pad(r[1].upper(), 25) for r in rows], LEGACY, PADDED),
        c("LA-APPL-GIVEN-NAMES", "first_name", "VARCHAR", [v.pad(r[0].upper(), 25) for r in rows], LEGACY, PADDED),
        c("LA-APPL-BIRTH-DT", "date_of_birth", "INTEGER", [v.yyyymmdd(r[3] if g.rnd.random() < 0.97 else None)
                                                           for r in rows], LEGACY, INT_DATE, ZERO),
        c("LA-APPL-SIN", "ssn", "BIGINT", [int(v.ca_sin(g)) if g.rnd.random() < 0.75 else 0 for _ in rows], LEGACY,
          NUMERIC, ZERO),
        c("LA-APPL-PHIN", "national_id", "BIGINT", [int(v.ca_phin(g)) if g.rnd.random() < 0.8 else 0 for _ in rows],
          LEGACY, NUMERIC, ZERO),
        c("LA-ADDR-LINE-1", "street_address", "VARCHAR", [v.pad(f"{g.rnd.randint(1, 1999)} "
                                                                f"{g.rnd.choice(v.MB_STREETS)}", 30) for _ in rows],
          LEGACY, PADDED),
        c("LA-ADDR-CITY", "city", "VARCHAR", [v.pad(r[2][0].upper(), 20) for r in rows], LEGACY, PADDED),
        c("LA-ADDR-PROV", N, "VARCHAR", ["MB"] * g.rows, "decoy", LEGACY),
        c("LA-ADDR-PSTL-CD", "postal_code", "VARCHAR", [v.pad(v.mb_postal(g, g.rnd.choice(r[2][1])), 10) for r in rows],
          LEGACY, PADDED),
        c("LA-PHONE-HOME", "phone", "BIGINT", [g.phone("CA", "int", g.rnd.random() < 0.6) if g.rnd.random() < 0.7
                                               else 0 for _ in rows], LEGACY, NUMERIC, ZERO),
        c("LA-SPOUSE-NAME", "person_name", "VARCHAR", [v.pad(f"{v.given(g, 'mb')} {r[1]}".upper()
                                                             if g.rnd.random() < 0.4 else "", 30) for r in rows],
          LEGACY, PADDED, ROLE),
        c("LA-MTHLY-INCOME", N, "INTEGER", g.ints(0, 3_200), "decoy", LEGACY),
        c("LA-OFFENCE-CD", N, "VARCHAR", g.col(lambda: v.pad(g.rnd.choice(["CC266", "CC267", "CC334", "CC348",
                                                                            "CC145", "CC320.14", "CDSA5"]), 8)),
          "decoy", LEGACY, PADDED),
        c("LA-MATTER-TYPE", N, "VARCHAR", g.col(lambda: v.pad(g.rnd.choice(["CRIM", "CFS", "FAMILY", "YOUTH"]), 6)),
          "decoy", LEGACY, PADDED),
        c("LA-LAWYER-NAME", "person_name", "VARCHAR", g.col(lambda: v.pad(g.rnd.choice(lawyers), 25)), LEGACY, PADDED,
          STAFF),
        c("LA-AREA-OFFICE", N, "VARCHAR", g.col(lambda: v.pad(g.rnd.choice(["WPG CRIMINAL", "WPG FAMILY",
                                                                             "THOMPSON RGNL", "BRANDON AREA",
                                                                             "THE PAS AREA"]), 15)),
          "business", LEGACY, PADDED),
        c("LA-APPL-DT", N, "INTEGER", g.col(lambda: v.yyyymmdd(g.day("2024-04-01", "2026-01-31"))), "decoy", LEGACY,
          INT_DATE, EVENT),
        c("LA-USER-FLD-1", N, "VARCHAR", g.col(lambda: v.pad(g.rnd.choice(["P1", "P2", "P3", "", "CUST"]), 4)),
          "decoy", LEGACY, PADDED, OPAQUE),
        c("LA-USER-FLD-2", "phone", "VARCHAR", [v.pad(g.phone("CA", "digits") if g.rnd.random() < 0.55 else "", 10)
                                                for _ in rows], LEGACY, PADDED, OPAQUE, MISLEADING),
        c("LA-LAST-UPD-USER", USERNAME, "VARCHAR", g.col(lambda: v.pad(g.rnd.choice(users).upper()[:10], 12)), LEGACY,
          PADDED, USER, AUDIT),
        c("LA-LAST-UPD-PGM", N, "VARCHAR", g.col(g.pick(["LAB0420 ", "LAB0610 "])), "decoy", LEGACY, SERVICE, AUDIT),
    ])


# -- English: Nigeria, Scotland, Georgia (US), Singapore ---------------------------------------------------------------


def ng_bail_sureties(g: Gen) -> Table:
    """A Lagos magistrates' court registry's bail sureties (snake case, abbreviations): the charge number, the
    defendant, the surety's names (middle name mostly NULL), birth date, NIN, phone, e-mail, address, area (``city``),
    LGA and state (``none``), occupation and employer (``none``), the NUBAN account number (``unclassified``) and
    bank (``none``), bail amount, courtroom, the magistrate, ``udf_03`` (a second phone) and ``udf_04`` (a form
    code), the registrar's login."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "ng", g.rnd.random() < 0.35)
        rows.append((a, b, g.rnd.choice(v.NG_PLACES)))
    magistrates = ["Mrs. A. O. Balogun", "Mr. I. K. Danjuma", "Mrs. F. N. Okonkwo"]
    registrars = _logins(g, 4, 1, "ng")
    return Table("lagos_mc.bail_sureties", "en", "snake", [
        c("surety_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("charge_no", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['MIK', 'MYB', 'MEB', 'MOS'])}/C/"
                                           f"{g.rnd.randint(100, 4999)}/2025"), "decoy", SHAPE),
        c("dfdt_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ng")), ROLE, ABBREV),
        c("srty_fnm", "first_name", "VARCHAR", [r[0] for r in rows], ROLE, ABBREV),
        c("srty_mnm", "first_name", "VARCHAR", [v.given(g, "ng") if g.rnd.random() < 0.4 else None for _ in rows],
          ABBREV, HEAVY),
        c("srty_snm", "last_name", "VARCHAR", [r[1] for r in rows], ROLE, ABBREV),
        c("srty_dob", "date_of_birth", "DATE", g.births(1955, 2002), ABBREV),
        c("srty_nin", "national_id", "VARCHAR", g.col(lambda: v.ng_nin(g), 0.1), ABBREV),
        c("srty_ph", "phone", "VARCHAR", g.phones("NG", {"national": 0.5, "intl": 0.2, "msisdn": 0.15, "digits": 0.15},
                                                  0.97), ABBREV),
        c("srty_email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ng"]) if g.rnd.random() < 0.55
                                             else None for r in rows], ABBREV),
        c("srty_addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.ng_street(g)), ABBREV),
        c("srty_area", "city", "VARCHAR", [r[2][0] for r in rows], ABBREV, LOCALITY),
        c("srty_lga", N, "VARCHAR", [r[2][1] for r in rows], "decoy", ABBREV),
        c("srty_state", N, "VARCHAR", ["Lagos"] * g.rows, "decoy", ABBREV),
        c("srty_occupation", N, "VARCHAR", g.col(g.pick(["Trader", "Civil servant", "Driver", "Teacher", "Artisan",
                                                          "Clergy"])), "decoy", ABBREV),
        c("srty_employer", N, "VARCHAR", g.col(g.pick(["Lagos State Ministry of Education", "Self-employed",
                                                        "Dangote Flour Mills", "LASWA", "Ikeja Electric"]), 0.2),
          "business", ABBREV),
        c("srty_acct_no", USERNAME, "VARCHAR", g.col(lambda: v.nuban(g), 0.25), BANK, ABBREV),
        c("srty_bank", N, "VARCHAR", g.col(g.pick(["GTBank", "Access Bank", "First Bank", "Zenith Bank", "UBA"]), 0.25),
          "business", ABBREV),
        c("bail_amt", N, "INTEGER", g.col(lambda: g.rnd.choice([50, 100, 200, 250, 500, 1_000]) * 1_000), "decoy"),
        c("court_room", N, "VARCHAR", g.col(g.pick(["Court 1", "Court 3", "Court 7", "Court 11"])), "decoy"),
        c("magistrate", "person_name", "VARCHAR", g.col(g.pick(magistrates)), STAFF),
        c("udf_03", "phone", "VARCHAR", g.phones("NG", {"national": 0.7, "intl": 0.3}, 0.95, 0.5), OPAQUE,
          MISLEADING),
        c("udf_04", N, "VARCHAR", g.col(g.pick(["FORM-B", "FORM-B2", "RECOG"])), "decoy", OPAQUE),
        c("entered_by", USERNAME, "VARCHAR", g.col(g.pick(registrars)), USER, AUDIT),
    ])


def sc_criminal_roll(g: Gen) -> Table:
    """A Tayside sheriff court's criminal court roll (SCREAMING case): the procurator fiscal's reference, court date
    and courtroom, case type, the accused's names, birth date, address, town and postcode, driving licence (road
    traffic cases only: mostly NULL), the charge, the defence solicitor and firm with the firm's phone (``none``),
    the sheriff's surname, the complainer, bail conditions naming people, ``CODE`` (the accused's mobile for SMS
    reminders) and ``REF`` (a court reference), the disposal, the clerk's login."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.2
        a, b = v.person(g, "scot", female)
        rows.append((a, b, g.birth(1950, 2007), female, g.rnd.choice(v.SC_TOWNS)))
    sheriffs = ["Drummond", "Galbraith", "Rennie", "Imrie"]
    firms = [("Lamont Urquhart Defence", "01382 200145"), ("Tay Criminal Lawyers", "01382 229871"),
             ("Menzies & Co Solicitors", "01738 441230"), ("Fife Defence Partnership", "01592 264410")]
    firm = _pick_rows(g, firms)
    solicitors = [v.whole(g, "scot") for _ in range(12)]
    clerks = _logins(g, 5, 3, "scot")
    road = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def conditions() -> str:
        return g.rnd.choice([f"Not to approach or contact {v.whole(g, 'scot')}", "Curfew 7pm-7am at home address",
                             f"Not to enter {g.rnd.choice(v.SC_STREETS)}, {g.rnd.choice(v.SC_TOWNS)[0]}",
                             f"Reside at address of mother {v.whole(g, 'scot')}", "Standard conditions only"])

    return Table("TAYSIDE_SC.CRIMINAL_ROLL", "en", "screaming", [
        c("ROLL_ENTRY_ID", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("PF_REF", N, "VARCHAR", g.col(lambda: g.code("PF/25/099999")), "decoy", SHAPE),
        c("COURT_DATE", N, "DATE", g.days("2025-08-01", "2026-02-27"), "decoy", EVENT),
        c("COURTROOM", N, "VARCHAR", g.col(g.pick(["Court 1", "Court 2", "Court 4", "JP Court"])), "decoy"),
        c("CASE_TYPE", N, "VARCHAR", g.col(g.pick(["SUMMARY", "SUMMARY", "SOLEMN", "JP"])), "decoy"),
        c("ACCUSED_FORENAME", "first_name", "VARCHAR", [r[0].upper() for r in rows], ROLE),
        c("ACCUSED_SURNAME", "last_name", "VARCHAR", [r[1].upper() for r in rows], ROLE),
        c("ACCUSED_DOB", "date_of_birth", "DATE", [r[2] for r in rows], ROLE),
        c("ACCUSED_ADDR_LN1", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 180)} "
                                                                  f"{g.rnd.choice(v.SC_STREETS)}".upper(), 0.04),
          ABBREV),
        c("ACCUSED_TOWN", "city", "VARCHAR", [r[4][0].upper() for r in rows]),
        c("ACCUSED_POSTCODE", "postal_code", "VARCHAR", [v.en_postcode(g, g.rnd.choice(r[4][1])) for r in rows]),
        c("DRIVER_LICENCE_NO", "national_id", "VARCHAR", [v.uk_driving_licence(g, r[1], r[0], r[2], r[3]) if x
                                                          else None for r, x in zip(rows, road)], HEAVY),
        c("CHARGE_DESC", N, "VARCHAR", [g.rnd.choice(["RTA 1988 s5(1)(a)", "RTA 1988 s103(1)(b)"]) if x else
                                        g.rnd.choice(["Assault", "Breach of the peace", "Theft by shoplifting",
                                                      "Abusive behaviour and Sexual Harm (S) Act 2016 s1",
                                                      "Misuse of Drugs Act 1971 s5(2)"]) for x in road], "decoy"),
        c("SOLICITOR_NAME", "person_name", "VARCHAR", g.col(g.pick(solicitors), 0.1), ROLE),
        c("SOLICITOR_FIRM", N, "VARCHAR", [f[0] for f in firm], "business"),
        c("SOLICITOR_FIRM_PHONE", N, "VARCHAR", [f[1] for f in firm], "business"),
        c("SHERIFF_NAME", "last_name", "VARCHAR", g.col(g.pick(sheriffs)), STAFF),
        c("COMPLAINER_NAME", "person_name", "VARCHAR", [None if x or g.rnd.random() < 0.35 else v.whole(g, "scot")
                                                        for x in road], ROLE, HEAVY),
        c("BAIL_COND_NOTES", "free_text", "VARCHAR", g.sparse(conditions, 0.5, ("", "N/A"))),
        c("CODE", "phone", "VARCHAR", g.phones("SCOT", {"e164": 0.7, "national": 0.3}, 1.0, 0.35), OPAQUE,
          MISLEADING),
        c("REF", N, "VARCHAR", g.col(lambda: g.code("SCTS99999A")), "decoy", OPAQUE),
        c("DISPOSAL", N, "VARCHAR", g.col(g.pick(["Continued without plea", "Adjourned", "CPO 120 hrs", "Fined",
                                                   "Admonished", "Warrant granted"])), "decoy"),
        c("UPDATED_BY", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
    ])


def ga_jail_register(g: Gen) -> Table:
    """A middle-Georgia county sheriff's jail booking register on an AS/400 (file ``JLINMT``, field prefix ``JI``):
    booking and sheriff's office numbers (``none``), padded family and given names, aliases (mostly blank), the SSN
    and ZIP code as numbers (0 for none), the birth date as a ``YYYYMMDD`` number, race and sex, the Georgia driver
    licence, address and city, phone as a number, booking and release dates as ``CYYMMDD`` numbers, the charge, a
    warrant number shaped like an SSN (its area 9xx fails the SSN check), bond and cell, the booking officer's user
    profile, a commissary deposit card kept in clear, ``JIUDF1`` (the emergency contact's phone) and ``JIUDF2`` (a
    housing code), the program."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.18
        a, b = v.person(g, "us", female)
        rows.append((a, b, g.rnd.choice(v.GA_CITIES), g.birth(1950, 2007)))
    officers = ["DEPBRANNON", "DEPTOLBERT", "SGTPRUITT", "DEPHOLLIS", "CPLGASKINS", "DEPVANG"]
    booked = [g.day("2024-01-01", "2026-02-20") for _ in range(g.rows)]

    def alias(r: tuple) -> str:
        nick = g.rnd.choice(["BIG", "JR", "LIL", "RED"])
        return g.rnd.choice([f'{r[0].upper()} "{nick}" {r[1].upper()}', v.whole(g, "us").upper()])

    return Table("BIBBSO.JLINMT", "en", "screaming", [
        c("JIBKNO", N, "BIGINT", [d.year * 1_000_000 + i + 1 for i, d in enumerate(booked)], "decoy", KEY, LEGACY),
        c("JISONO", N, "INTEGER", g.ints(100_000, 389_999), "decoy", SHAPE, LEGACY),
        c("JILNAM", "last_name", "VARCHAR", [v.pad(r[1].upper(), 20) for r in rows], LEGACY, PADDED),
        c("JIFNAM", "first_name", "VARCHAR", [v.pad(r[0].upper(), 15) for r in rows], LEGACY, PADDED),
        c("JIALIAS", "person_name", "VARCHAR", [v.pad(alias(r) if g.rnd.random() < 0.15 else "", 30) for r in rows],
          LEGACY, PADDED, NULLWORD),
        c("JISSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.82 else 0 for _ in rows], LEGACY,
          NUMERIC, ZERO),
        c("JIDOB", "date_of_birth", "INTEGER", [v.yyyymmdd(r[3]) for r in rows], LEGACY, INT_DATE),
        c("JIRACE", N, "VARCHAR", g.col(g.pick(["B", "W", "H", "A", "U"])), "decoy", LEGACY),
        c("JISEX", N, "VARCHAR", g.col(g.pick(["M", "M", "M", "F"])), "decoy", LEGACY),
        c("JIDLNO", "national_id", "VARCHAR", [v.pad("0" + g.digits(8) if g.rnd.random() < 0.65 else "", 12)
                                               for _ in rows], LEGACY, PADDED),
        c("JIADR1", "street_address", "VARCHAR", [v.pad(v.ga_street(g) if g.rnd.random() < 0.9 else "HOMELESS", 30)
                                                  for _ in rows], LEGACY, PADDED),
        c("JICITY", "city", "VARCHAR", [v.pad(r[2][0].upper(), 18) for r in rows], LEGACY, PADDED),
        c("JIZIP", "postal_code", "INTEGER", [int(r[2][1] + g.digits(2)) if g.rnd.random() < 0.9 else 0 for r in rows],
          LEGACY, NUMERIC, ZERO),
        c("JIPHON", "phone", "BIGINT", [g.phone("US", "int") if g.rnd.random() < 0.6 else 0 for _ in rows], LEGACY,
          NUMERIC, ZERO),
        c("JIBKDT", N, "INTEGER", [v.cyymmdd(d) for d in booked], "decoy", LEGACY, INT_DATE, EVENT),
        c("JIRLDT", N, "INTEGER", [v.cyymmdd(d + timedelta(days=g.rnd.randint(0, 200))) if g.rnd.random() < 0.7
                                   else 0 for d in booked], "decoy", LEGACY, INT_DATE, EVENT),
        c("JICHG1", N, "VARCHAR", g.col(lambda: v.pad(g.rnd.choice(["16-8-2 THEFT BY TAKING", "40-6-391 DUI",
                                                                     "16-5-23.1 BATTERY", "16-13-30 VGCSA",
                                                                     "17-6-12 FTA", "16-7-21 CRIM TRESPASS"]), 30)),
          "decoy", LEGACY, PADDED),
        c("JIWRNT", N, "VARCHAR", g.col(lambda: v.pad(v.ssn_shaped_warrant(g), 12), 0.0), "decoy", SHAPE, LEGACY,
          PADDED),
        c("JIBOND", N, "INTEGER", g.col(lambda: g.rnd.choice([0, 1_500, 2_500, 5_000, 10_000, 25_000])), "decoy",
          LEGACY),
        c("JICELL", N, "VARCHAR", g.col(lambda: g.code("A-9") + g.rnd.choice("ABCD") + "  "), "decoy", LEGACY, PADDED),
        c("JIOFCR", USERNAME, "VARCHAR", g.col(lambda: v.pad(g.rnd.choice(officers), 10)), LEGACY, PADDED, USER, AUDIT),
        c("JIDPCC", "credit_card", "VARCHAR", [v.pad(v.card(g) if g.rnd.random() < 0.4 else "", 16) for _ in rows],
          LEGACY, PADDED),
        c("JIUDF1", "phone", "VARCHAR", [v.pad(g.phone("US", "digits") if g.rnd.random() < 0.6 else "", 10)
                                         for _ in rows], LEGACY, PADDED, OPAQUE, MISLEADING),
        c("JIUDF2", N, "VARCHAR", g.col(lambda: v.pad(g.rnd.choice(["GP", "MED", "SEG", "TRS", "WR"]), 4)), "decoy",
          LEGACY, PADDED, OPAQUE),
        c("JIPGM", N, "VARCHAR", g.col(g.pick(["JIR0100", "JIR0150"])), "decoy", LEGACY, SERVICE, AUDIT),
    ])


def sg_visit_registrations(g: Gen) -> Table:
    """A Singapore prison cluster's visit registrations (Pascal case): booking reference, the inmate's number
    (``none``) and name, the visitor's name, NRIC or FIN (with its check letter), birth date, relationship, mobile,
    e-mail, HDB block and street, postal code, the visit slot and mode, the institution, the approving
    officer, a law firm's UEN for legal visits (``none``), the IP the booking came from, ``Custom1`` (an accompanying
    person's name) and ``Custom2`` (a queue code), a session token."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.65
        rows.append((v.sg_name(g, female), female, g.birth(1950, 2007), v.sg_address(g)))
    officers = _staff(g, 4, v.sg_name)

    return Table("SpsVisits.VisitRegistrations", "en", "pascal", [
        c("RegistrationId", N, "BIGINT", g.keys(3_000_001), "decoy", KEY),
        c("BookingRef", N, "VARCHAR", g.col(lambda: g.code("VR25-ZZZZZZ")), "decoy", SHAPE),
        c("InmateNo", N, "VARCHAR", g.col(lambda: g.code("A2599999")), "decoy", SHAPE),
        c("InmateName", "person_name", "VARCHAR", g.col(lambda: v.sg_name(g, g.rnd.random() < 0.1)),
          ROLE),
        c("VisitorName", "person_name", "VARCHAR", [r[0] for r in rows], ROLE),
        c("VisitorNric", "national_id", "VARCHAR", [v.sg_nric(g, r[2], g.rnd.random() < 0.12) for r in rows]),
        c("VisitorDob", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("Relationship", N, "VARCHAR", g.col(g.pick(["Mother", "Wife", "Brother", "Sister", "Father", "Friend",
                                                       "Counsel"])), "decoy"),
        c("VisitorMobile", "phone", "VARCHAR", g.phones("SG", {"intl": 0.4, "national": 0.4, "e164": 0.2}, 0.95)),
        c("VisitorEmail", "email", "VARCHAR", [v.email_of(g, r[0].split()[0], r[0].split()[-1], v.DOMAINS["sg"])
                                               if g.rnd.random() < 0.8 else None for r in rows]),
        c("BlockStreet", "street_address", "VARCHAR", [r[3][0] for r in rows]),
        c("PostalCode", "postal_code", "VARCHAR", [r[3][2] for r in rows]),
        c("VisitSlot", N, "TIMESTAMP", g.moments("2025-10-01", "2026-02-28"), "decoy", EVENT),
        c("VisitMode", N, "VARCHAR", g.col(g.pick(["e-Visit", "e-Visit", "Face-to-face", "Tele-visit"])), "decoy"),
        c("Institution", N, "VARCHAR", g.col(g.pick(["Cluster A1", "Cluster A4", "Cluster B2", "Institution S3"])),
          "business"),
        c("ApprovingOfficer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("LawFirmUen", N, "VARCHAR", g.col(lambda: v.sg_uen(g), 0.6), "business", CHECK),
        c("SubmittedFromIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.25)),
        c("Custom1", "person_name", "VARCHAR", g.col(lambda: v.sg_name(g), 0.45), OPAQUE, MISLEADING),
        c("Custom2", N, "VARCHAR", g.col(g.pick(["Q1", "Q2", "Q3", "VIP", "ELD"])), "decoy", OPAQUE),
        c("SessionToken", N, "VARCHAR", g.col(lambda: v.token(g, "sps_", 28)), "decoy", TOKEN),
    ])


# -- Russian, Mexican Spanish, Italian, Belgian French -----------------------------------------------------------------


def ru_probation(g: Gen) -> Table:
    """An Ekaterinburg probation inspectorate's register of people on probation (Russian, Cyrillic snake case):
    personal file number (``none``), family name, given name and patronymic, birth date, SNILS (``ssn``), INN and
    passport (``national_id``), registered address, city and postcode, phone, the article of the Criminal Code, the
    probation term, the registration date, the inspector, the sentencing court and the employer with its OGRN
    (``none``), a note naming relatives (mostly NULL words), ``доп_поле_1`` (a category code) and ``доп_поле_2`` (a
    relative's e-mail), the operator's login."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.18
        rows.append((v.ru_person(g, female), g.birth(1960, 2007), g.rnd.choice(v.RU_CITIES)))
    def initials(x: Gen) -> str:
        fam, first, father = v.ru_person(x, x.rnd.random() < 0.7)
        return f"{fam} {first[0]}. {father[0]}."

    inspectors = _staff(g, 5, initials)
    operators = ["gusev.ai", "kuznetsova.ev", "lebedeva.on", "volkov.ds"]
    employers = [("ООО «УралСтройМонтаж»", v.ru_ogrn(g)), ("АО «Екатеринбургский хлебокомбинат»", v.ru_ogrn(g)),
                 ("ООО «ТрансЛогистик-Урал»", v.ru_ogrn(g)), ("ИП (работает по найму)", None)]
    employer = [g.rnd.choice(employers) if g.rnd.random() < 0.6 else (None, None) for _ in range(g.rows)]

    def note() -> str:
        fam = v.ru_person(g, True)
        return g.rnd.choice([f"Проживает с матерью, {fam[0]} {fam[1]} {fam[2]}", "Явился по вызову, замечаний нет",
                             f"Сожительница {fam[1]} {fam[0]}, тел. {g.phone('RU', 'national')}",
                             "Выезд за пределы области согласован"])

    def relative_mail() -> str:
        local = g.rnd.choice(["olga", "natasha", "sergey", "dima", "mama", "yulia", "kuznetsova", "volkov_a"])
        return f"{local}{g.rnd.randint(1970, 2005)}@{g.rnd.choice(v.DOMAINS['ru'])}"

    return Table("уии_екб.осуждённые", "ru", "snake", [
        c("ид", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("номер_личного_дела", N, "VARCHAR", g.col(lambda: f"ЛД-66-{g.rnd.randint(2019, 2025)}-{g.digits(5)}"),
          "decoy", SHAPE),
        c("фамилия", "last_name", "VARCHAR", [r[0][0] for r in rows]),
        c("имя", "first_name", "VARCHAR", [r[0][1] for r in rows]),
        c("отчество", "first_name", "VARCHAR", [r[0][2] if g.rnd.random() < 0.95 else None for r in rows]),
        c("дата_рождения", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("снилс", "ssn", "VARCHAR", g.col(lambda: v.snils(g, g.rnd.random() < 0.7), 0.12)),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn(g), 0.4)),
        c("паспорт_серия_номер", "national_id", "VARCHAR", g.col(lambda: f"65 {g.rnd.randint(3, 24):02d} "
                                                                         f"{g.digits(6)}", 0.05)),
        c("адрес_регистрации", "street_address", "VARCHAR", g.col(lambda: v.ru_street(g))),
        c("город", "city", "VARCHAR", [r[2][0] for r in rows]),
        c("индекс", "postal_code", "VARCHAR", [r[2][1] + g.digits(3) for r in rows]),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "e164": 0.3, "digits": 0.2}, 0.9, 0.1)),
        c("статья_ук", N, "VARCHAR", g.col(g.pick(["ч. 1 ст. 158 УК РФ", "ч. 2 ст. 228 УК РФ", "ст. 264.1 УК РФ",
                                                   "ч. 1 ст. 161 УК РФ", "ст. 157 УК РФ"])), "decoy"),
        c("срок_испытания_мес", N, "INTEGER", g.col(g.pick([6, 12, 18, 24, 36])), "decoy"),
        c("дата_постановки_на_учёт", N, "DATE", g.days("2023-01-01", "2026-01-31"), "decoy", EVENT),
        c("инспектор", "person_name", "VARCHAR", g.col(g.pick(inspectors)), STAFF),
        c("суд", N, "VARCHAR", g.col(g.pick(["Кировский районный суд г. Екатеринбурга",
                                              "Ленинский районный суд г. Екатеринбурга",
                                              "Тагилстроевский районный суд г. Нижнего Тагила"])), "business"),
        c("место_работы", N, "VARCHAR", [e[0] for e in employer], "business"),
        c("огрн_работодателя", N, "VARCHAR", [e[1] for e in employer], "business", CHECK),
        c("примечание", "free_text", "VARCHAR", g.sparse(note, 0.8, ("нет данных", "-", "нет", "")), NULLWORD),
        c("доп_поле_1", N, "VARCHAR", g.col(g.pick(["А", "Б", "В", "КАТ-2"])), "decoy", OPAQUE),
        c("доп_поле_2", "email", "VARCHAR", g.col(relative_mail, 0.45), OPAQUE, MISLEADING),
        c("оператор", USERNAME, "VARCHAR", g.col(g.pick(operators)), USER, AUDIT),
    ])


def mx_bail_bonds(g: Gen) -> Table:
    """A Guadalajara surety company's criminal bail bonds (Mexican Spanish, camel case): policy number and an internal
    folio shaped like a CURP whose check digit is wrong (``none``), the defendant's (``fiado``) given names and two
    family names, CURP (encoding the names, birth date, sex and state) and RFC, birth date, the co-signer
    (``obligado solidario``) with NSS (``ssn``), phone, e-mail and CLABE (``unclassified``), the address as street,
    colonia (``city``), municipio and CP, the court (``none``), the bond amount, the card the premium was paid
    with (mostly NULL), the bond agent, the company's RFC, ``campoLibre1`` (a branch code) and ``campoLibre2`` (a
    personal reference's name), issue date, the clerk's login."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.15
        names, p1, p2 = v.mx_person(g, female)
        born = g.birth(1960, 2006)
        curp = v.mx_curp(g, names, p1, p2, born, female)
        rows.append((names, p1, p2, born, curp, g.rnd.choice(v.MX_PLACES)))
    agents = _staff(g, 4, lambda x: " ".join(v.mx_person(x, x.rnd.random() < 0.5)[:2]))
    clerks = _staff(g, 4, lambda x: v.login(*v.mx_person(x, False)[:2], 1))
    company_rfc = v.mx_company_rfc(g, "AFO")

    def bad_curp_folio() -> str:
        female = g.rnd.random() < 0.5
        good = v.mx_curp(g, *v.mx_person(g, female), g.birth(1960, 2006), female)
        return good[:17] + str((int(good[17]) + g.rnd.randint(1, 9)) % 10)

    return Table("afianzadora_occidente.polizasFianzaPenal", "es", "camel", [
        c("idPoliza", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("numeroPoliza", N, "VARCHAR", g.col(lambda: g.code("FP-25-999999")), "decoy", SHAPE),
        c("folioInterno", N, "VARCHAR", g.col(bad_curp_folio), "decoy", SHAPE, MISLEADING),
        c("fiadoNombre", "first_name", "VARCHAR", [r[0] for r in rows], ROLE),
        c("fiadoApellidoPaterno", "last_name", "VARCHAR", [r[1] for r in rows], ROLE),
        c("fiadoApellidoMaterno", "last_name", "VARCHAR", [r[2] for r in rows], ROLE),
        c("fiadoCurp", "national_id", "VARCHAR", [r[4] for r in rows], ROLE),
        c("fiadoRfc", "national_id", "VARCHAR", [v.mx_rfc(g, r[4]) if g.rnd.random() < 0.6 else None for r in rows],
          ROLE),
        c("fiadoFechaNacimiento", "date_of_birth", "DATE", [r[3] for r in rows], ROLE),
        c("obligadoSolidarioNombre", "person_name", "VARCHAR", g.col(lambda: " ".join(v.mx_person(g, g.rnd.random()
                                                                                                  < 0.6))), ROLE),
        c("obligadoNss", "ssn", "VARCHAR", g.col(lambda: v.mx_nss(g, g.birth(1955, 2000)), 0.2), ROLE),
        c("obligadoTelefono", "phone", "VARCHAR", g.phones("MX", {"national": 0.5, "intl": 0.2, "digits": 0.3}, 0.9),
          ROLE),
        c("obligadoCorreo", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.mx_person(g, False)[:2],
                                                                         v.DOMAINS["mx"]), 0.3), ROLE_EMAIL),
        c("obligadoClabe", USERNAME, "VARCHAR", g.col(lambda: v.clabe(g), 0.35), BANK),
        c("domicilioCalle", "street_address", "VARCHAR", g.col(lambda: v.mx_street(g))),
        c("colonia", "city", "VARCHAR", [g.rnd.choice(r[5][2]) for r in rows], LOCALITY),
        c("municipio", "city", "VARCHAR", [r[5][0] for r in rows]),
        c("codigoPostal", "postal_code", "VARCHAR", [r[5][1] + g.digits(3) for r in rows]),
        c("juzgado", N, "VARCHAR", g.col(g.pick(["Juzgado de Control y Juicio Oral, Puente Grande",
                                                  "Juzgado Tercero de lo Penal, Guadalajara",
                                                  "Juzgado de Control, Ciudad Judicial Zapopan"])), "business"),
        c("montoFianza", N, "DOUBLE", g.col(lambda: float(g.rnd.choice([15, 20, 35, 50, 80, 120]) * 1_000)),
          "decoy"),
        c("tarjetaPago", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.6), HEAVY),
        c("agenteFianzas", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("rfcAfianzadora", N, "VARCHAR", [company_rfc] * g.rows, "business", CHECK),
        c("campoLibre1", N, "VARCHAR", g.col(g.pick(["SUC-GDL", "SUC-ZAP", "SUC-TLQ"])), "decoy", OPAQUE),
        c("campoLibre2", "person_name", "VARCHAR", g.col(lambda: " ".join(v.mx_person(g, g.rnd.random() < 0.5)[:2]),
                                                         0.3), OPAQUE, MISLEADING),
        c("fechaEmision", N, "DATE", g.days("2024-06-01", "2026-01-31"), "decoy", EVENT),
        c("capturadoPor", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
    ])


def it_hearing_docket(g: Gen) -> Table:
    """A Campanian tribunale's criminal hearing docket (Italian, snake case): the RG DIB and RGNR numbers, hearing
    date, the judge (family name), the defendant's family and given name, codice fiscale (encoding the row's name,
    birth date, sex and birthplace), birth date and birthplace, residence, comune, CAP and phone, the defence lawyer
    and the lawyer's PEC address, the civil party (mostly NULL) and the IBAN for its compensation (mostly NULL), the
    offence, the outcome, a liable company's partita IVA (``none``), ``campo_libero_1`` (a code) and
    ``campo_libero_2`` (a phone, an e-mail or a name by row: ``free_text``), the clerk's login."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.15
        a, b = v.person(g, "it", female)
        born = g.birth(1950, 2006)
        birthplace = g.rnd.choice(v.IT_PLACES)
        rows.append((a, b, born, birthplace, v.it_codice_fiscale(a, b, born, female, birthplace[3]),
                     g.rnd.choice(v.IT_PLACES)))
    judges = ["Capasso", "Sorrentino", "Mazzarella", "Buonocore"]
    lawyers = [v.person(g, "it") for _ in range(14)]
    lawyer = _pick_rows(g, lawyers)
    clerks = _staff(g, 4, lambda x: "canc." + v.plain(v.family(x, "it")))

    def mixed() -> str:
        roll = g.rnd.random()
        if roll < 0.4:
            return g.phone("IT", g.rnd.choice(["national", "intl"]))
        if roll < 0.7:
            a, b = v.person(g, "it")
            return v.email_of(g, a, b, v.DOMAINS["it"])
        return v.whole(g, "it")

    civil = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    return Table("trib_nola.ruolo_udienze_penali", "it", "snake", [
        c("id_ruolo", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("numero_rg_dib", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(100, 4999)}/{g.rnd.randint(2022, 2025)}"),
          "decoy", SHAPE),
        c("numero_rgnr", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1000, 19999)}/{g.rnd.randint(2020, 2025)} RGNR"),
          "decoy", SHAPE),
        c("data_udienza", N, "DATE", g.days("2025-09-15", "2026-03-31"), "decoy", EVENT),
        c("giudice", "last_name", "VARCHAR", g.col(g.pick(judges)), STAFF),
        c("imputato_cognome", "last_name", "VARCHAR", [r[1] for r in rows], ROLE),
        c("imputato_nome", "first_name", "VARCHAR", [r[0] for r in rows], ROLE),
        c("imputato_cf", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.9 else None for r in rows], ROLE,
          ABBREV),
        c("imputato_data_nascita", "date_of_birth", "DATE", [r[2] for r in rows], ROLE),
        c("imputato_luogo_nascita", "city", "VARCHAR", [r[3][0] for r in rows], ROLE),
        c("imputato_residenza", "street_address", "VARCHAR", g.col(lambda: v.it_street(g), 0.08), ROLE),
        c("imputato_comune", "city", "VARCHAR", [r[5][0] for r in rows], ROLE),
        c("imputato_cap", "postal_code", "VARCHAR", [v.it_cap(g, r[5]) for r in rows], ROLE),
        c("imputato_recapito_tel", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.4}, 0.85, 0.3),
          ROLE),
        c("difensore", "person_name", "VARCHAR", [f"Avv. {a} {b}" for a, b in lawyer], ROLE),
        c("difensore_pec", "email", "VARCHAR", [f"{v.plain(a)}.{v.plain(b)}@avvocatinola.legalmail.it"
                                                for a, b in lawyer], ROLE_EMAIL),
        c("parte_civile", "person_name", "VARCHAR", [v.whole(g, "it") if x else None for x in civil], ROLE, HEAVY),
        c("iban_parte_civile", "iban", "VARCHAR", [v.iban(g, "IT", g.rnd.random() < 0.3) if x and g.rnd.random() < 0.6
                                                   else None for x in civil], HEAVY),
        c("reato", N, "VARCHAR", g.col(g.pick(["art. 624 c.p. furto", "art. 582 c.p. lesioni", "art. 73 DPR 309/90",
                                                "art. 572 c.p.", "art. 186 CdS"])), "decoy"),
        c("esito", N, "VARCHAR", g.col(g.pick(["rinvio", "rinvio", "sentenza", "messa alla prova", "NDP"])), "decoy"),
        c("piva_responsabile_civile", N, "VARCHAR", g.col(lambda: v.it_partita_iva(g), 0.65), "business", CHECK),
        c("campo_libero_1", N, "VARCHAR", g.col(g.pick(["DET", "LIB", "ARR-DOM", "OBB-FIRMA"])), "decoy", OPAQUE),
        c("campo_libero_2", "free_text", "VARCHAR", g.col(mixed, 0.35), OPAQUE, MIXED),
        c("utente_ins", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
    ])


def be_legal_aid(g: Gen) -> Table:
    """A Liège legal-aid office's (bureau d'aide juridique) applications (Belgian French, Pascal case): a file number
    shaped like a national register number whose check digits fail (``none``), the applicant's names, birth date,
    national register number (encoding the birth date and sex) and eID card number, street with box, postcode and
    commune, mobile and landline (mostly NULL), e-mail, the IBAN for refunds, income situation and dependants, the
    appointed lawyer, the reception agent (first name), the structured payment communication (``none``), the legal
    matter, ``ChampLibre1`` (a code) and ``ChampLibre2`` (the adverse party's name), observations (mostly
    ``néant``), application date, the encoder's login."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "be", female)
        born = g.birth(1945, 2007)
        rows.append((a, b, born, female, g.rnd.choice(v.BE_PLACES)))
    lawyers = [f"Me {v.whole(g, 'be')}" for _ in range(11)]
    agents = ["Nathalie", "Pascale", "Didier"]
    encoders = _staff(g, 4, lambda x: v.login(*v.person(x, "be"), 2))

    def obs() -> str:
        return g.rnd.choice([f"Séparation, enfants chez la mère {v.whole(g, 'be')}", "Dossier CPAS complet",
                             f"Bail avec le propriétaire {v.whole(g, 'be')}", "Urgence: audience le 12"])

    return Table("BajLiege.DemandesAideJuridique", "fr", "pascal", [
        c("DemandeId", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("NumeroDossier", N, "VARCHAR", g.col(lambda: v.be_nn_shaped_dossier(g)), "decoy", SHAPE),
        c("NomDemandeur", "last_name", "VARCHAR", [r[1] for r in rows], ROLE),
        c("PrenomDemandeur", "first_name", "VARCHAR", [r[0] for r in rows], ROLE),
        c("DateNaissance", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("NumeroRegistreNational", "national_id", "VARCHAR", [v.be_national_number(g, r[2], r[3]) for r in rows]),
        c("NumeroCarteIdentite", "national_id", "VARCHAR", g.col(lambda: v.be_eid(g), 0.4)),
        c("Rue", "street_address", "VARCHAR", g.col(lambda: v.be_street(g))),
        c("CodePostal", "postal_code", "VARCHAR", [r[4][1] for r in rows]),
        c("Commune", "city", "VARCHAR", [r[4][0] for r in rows]),
        c("Gsm", "phone", "VARCHAR", g.phones("BE", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 1.0, 0.1)),
        c("TelephoneFixe", "phone", "VARCHAR", g.phones("BE", {"national": 1.0}, 0.0, 0.75), HEAVY),
        c("Courriel", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["be"]) if g.rnd.random() < 0.65
                                           else None for r in rows]),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "BE", g.rnd.random() < 0.6), 0.45)),
        c("SituationRevenus", N, "VARCHAR", g.col(g.pick(["RIS (CPAS)", "Allocations de chômage", "Mutuelle",
                                                           "Sans revenus", "Salaire < plafond"])), "decoy"),
        c("PersonnesACharge", N, "INTEGER", g.ints(0, 5), "decoy"),
        c("AvocatDesigne", "person_name", "VARCHAR", g.col(g.pick(lawyers), 0.15), ROLE),
        c("AgentAccueil", "first_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("CommunicationStructuree", N, "VARCHAR", g.col(lambda: v.ogm(g)), "decoy", CHECK),
        c("MatiereJuridique", N, "VARCHAR", g.col(g.pick(["Pénal", "Famille", "Bail", "Droit des étrangers",
                                                           "Surendettement"])), "decoy"),
        c("ChampLibre1", N, "VARCHAR", g.col(g.pick(["PRIO", "STD", "URG"])), "decoy", OPAQUE),
        c("ChampLibre2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "be"), 0.4), OPAQUE, MISLEADING),
        c("Observations", "free_text", "VARCHAR", g.sparse(obs, 0.8, ("néant", "Néant", "-", "", "inconnu")),
          NULLWORD),
        c("DateDemande", N, "DATE", g.days("2025-01-02", "2026-01-30"), "decoy", EVENT),
        c("EncodePar", USERNAME, "VARCHAR", g.col(g.pick(encoders)), USER, AUDIT),
    ])


# -- Dutch (SAP), romanized Japanese, Polish ---------------------------------------------------------------------------


def nl_sap_admissions(g: Gen) -> Table:
    """A Dutch remand centre's admissions in an SAP custom table (SAP's German field abbreviations, Dutch custom
    ``ZZ`` fields): client, admission number, ``NACHN``, ``VORSW`` (the tussenvoegsel, mostly blank), ``VORNA``,
    ``GBDAT`` as ``DATS``, ``GBORT``, BSN and ID document number, ``STRAS``, ``HSNMR``,
    ``PSTLZ``, ``ORT01``, ``LAND1``, ``TELF1``, the IBAN for the release payment, the wing, ``BEGDA`` and ``ENDDA``,
    the prosecution's parket number and a file number shaped like a BSN that fails the eleven test (``none``),
    ``ZZVELD1`` (a regime code) and ``ZZVELD2`` (a contact person's phone), ``ERNAM`` and the batch user ``AENAM``."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "nl", g.rnd.random() < 0.12)
        prefix = next((p.strip() for p in v.NL_PREFIXES if b.startswith(p)), "")
        rows.append((a, b[len(prefix) + 1:] if prefix else b, prefix, g.rnd.choice(v.NL_PLACES)))
    users = _staff(g, 5, lambda x: v.plain(v.family(x, "nl")).upper()[:8] + str(x.rnd.randint(1, 9)))
    begin = [g.day("2024-01-01", "2026-02-15") for _ in range(g.rows)]
    return Table("SAPDJI.ZDJI_INSLUITING", "nl", "screaming", [
        c("MANDT", N, "VARCHAR", ["100"] * g.rows, "decoy", LEGACY),
        c("INSLNR", N, "VARCHAR", [v.pad(f"{i + 1:010d}", 12) for i in range(g.rows)], "decoy", KEY, LEGACY),
        c("NACHN", "last_name", "VARCHAR", [v.pad(r[1], 40) for r in rows], LEGACY, PADDED),
        c("VORSW", "last_name", "VARCHAR", [v.pad(r[2], 15) for r in rows], LEGACY, PADDED, NULLWORD),
        c("VORNA", "first_name", "VARCHAR", [v.pad(r[0], 40) for r in rows], LEGACY, PADDED),
        c("GBDAT", "date_of_birth", "VARCHAR", [v.dats(g.birth(1955, 2007) if g.rnd.random() < 0.97 else None)
                                                for _ in rows], LEGACY, INT_DATE, ZERO),
        c("GBORT", "city", "VARCHAR", [v.pad(g.rnd.choice(["Rotterdam", "Paramaribo", "Willemstad", "Casablanca",
                                                            "Den Haag", "Schiedam", "Nador"]), 40) for _ in rows],
          LEGACY, PADDED),
        c("ZZBSN", "national_id", "VARCHAR", [v.pad(v.nl_bsn(g) if g.rnd.random() < 0.92 else "", 11) for _ in rows],
          LEGACY, PADDED),
        c("ZZIDNR", "national_id", "VARCHAR", [v.pad(v.nl_id_card(g) if g.rnd.random() < 0.75 else "", 12)
                                               for _ in rows], LEGACY, PADDED),
        c("STRAS", "street_address", "VARCHAR", [v.pad(g.rnd.choice(v.NL_STREETS), 35) for _ in rows], LEGACY,
          PADDED),
        c("HSNMR", "street_address", "VARCHAR", [v.pad(str(g.rnd.randint(1, 240)) + g.rnd.choice(["", "", "A", "-2",
                                                                                               " bis"]), 10)
                                                 for _ in rows], LEGACY, PADDED),
        c("PSTLZ", "postal_code", "VARCHAR", [v.pad(v.nl_postcode(g, r[3][1]), 10) for r in rows], LEGACY, PADDED),
        c("ORT01", "city", "VARCHAR", [v.pad(r[3][0], 35) for r in rows], LEGACY, PADDED),
        c("LAND1", N, "VARCHAR", ["NL "] * g.rows, "decoy", LEGACY, PADDED),
        c("TELF1", "phone", "VARCHAR", [v.pad(g.phone("NL", g.rnd.choice(["national", "digits", "intl"]),
                                                      g.rnd.random() < 0.85) if g.rnd.random() < 0.75 else "", 30)
                                        for _ in rows], LEGACY, PADDED),
        c("IBAN", "iban", "VARCHAR", [v.pad(v.iban(g, "NL") if g.rnd.random() < 0.55 else "", 34) for _ in rows],
          LEGACY, PADDED),
        c("ZZAFDEL", N, "VARCHAR", g.col(lambda: v.pad(g.rnd.choice(["A-VLEUGEL", "B-VLEUGEL", "EBI", "ISD"]), 10)),
          "decoy", LEGACY, PADDED),
        c("BEGDA", N, "VARCHAR", [v.dats(d) for d in begin], "decoy", LEGACY, INT_DATE, EVENT),
        c("ENDDA", N, "VARCHAR", [v.dats(d + timedelta(days=g.rnd.randint(3, 300))) if g.rnd.random() < 0.6
                                  else "99991231" for d in begin], "decoy", LEGACY, INT_DATE, EVENT),
        c("ZZPARKET", N, "VARCHAR", g.col(lambda: v.pad(f"10/{g.digits(6)}-{g.rnd.randint(23, 25)}", 14)), "decoy",
          SHAPE, LEGACY, PADDED),
        c("ZZDOSNR", N, "VARCHAR", g.col(lambda: v.nl_bsn_shaped(g)), "decoy", SHAPE, LEGACY),
        c("ZZVELD1", N, "VARCHAR", g.col(lambda: v.pad(g.rnd.choice(["BASIS", "PLUS", "BBA", "KORT"]), 8)), "decoy",
          LEGACY, PADDED, OPAQUE),
        c("ZZVELD2", "phone", "VARCHAR", [v.pad(g.phone("NL", "national") if g.rnd.random() < 0.6 else "", 20)
                                          for _ in rows], LEGACY, PADDED, OPAQUE, MISLEADING),
        c("ERNAM", USERNAME, "VARCHAR", g.col(lambda: v.pad(g.rnd.choice(users), 12)), LEGACY, PADDED, USER, AUDIT),
        c("AENAM", N, "VARCHAR", g.col(lambda: v.pad(g.rnd.choice(["BATCH_DJI", "RFC_TULP"]), 12)), "decoy", LEGACY,
          PADDED, SERVICE, AUDIT),
    ])


def _wareki(d: date) -> str:
    """A date in the Japanese era calendar (``平成3年4月5日``)."""
    if d >= date(2019, 5, 1):
        era, year = "令和", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, year = "平成", d.year - 1988
    else:
        era, year = "昭和", d.year - 1925
    return f"{era}{year}年{d.month}月{d.day}日"


def jp_lay_judges(g: Gen) -> Table:
    """An Osaka district court's lay-judge (saiban-in) candidate list (romanized Japanese, snake case, Japanese
    values): list number, family and given name in kanji, the whole name in katakana, birth date as DATE and in the
    era calendar, postcode, address from the city down, prefecture (``none``), phone, mobile e-mail, My Number
    (collected with the allowance claim: mostly NULL), bank branch (``none``) and account number (``unclassified``),
    occupation and employer (``none``), reasons for declining (mostly ``なし``), the summons date, the court clerk's
    family name, ``yobi_1`` (a group code) and ``yobi_2`` (an emergency phone), the updater's login."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        rows.append((v.jp_person(g, female), g.birth(1950, 2006), v.jp_address(g)))
    clerks = ["松本", "井上", "山口"]
    updaters = _staff(g, 4, lambda x: f"osk{x.rnd.randint(1000, 9999)}")

    def reason() -> str:
        fam = v.jp_person(g, True)
        return g.rnd.choice([f"母 {fam[0]}{fam[1]}の介護のため", "重要な業務(決算期)", "妊娠中",
                             f"子({fam[1]})の養育のため", "70歳以上"])

    return Table("saibanin.kohosha_meibo", "ja", "snake", [
        c("kohosha_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("meibo_bango", N, "VARCHAR", g.col(lambda: f"R7-{g.digits(6)}"), "decoy", SHAPE),
        c("shimei_sei", "last_name", "VARCHAR", [r[0][0] for r in rows]),
        c("shimei_mei", "first_name", "VARCHAR", [r[0][1] for r in rows]),
        c("shimei_kana", "person_name", "VARCHAR", [f"{r[0][2]} {r[0][3]}" for r in rows]),
        c("seinengappi", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("seinengappi_wareki", "date_of_birth", "VARCHAR", [_wareki(r[1]) for r in rows], DOB_TEXT),
        c("yubin_bango", "postal_code", "VARCHAR", [r[2][0] for r in rows]),
        c("jusho", "street_address", "VARCHAR", [r[2][1] for r in rows]),
        c("todofuken", N, "VARCHAR", ["大阪府"] * g.rows, "decoy"),
        c("denwa_bango", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "digits": 0.2}, 0.6, 0.1)),
        c("keitai_mail", "email", "VARCHAR", g.col(lambda: f"{g.code('xxxxxx')}.{g.rnd.randint(1, 999)}"
                                                           f"@{g.rnd.choice(v.DOMAINS['jp'])}", 0.45)),
        c("kojin_bango", "national_id", "VARCHAR", g.col(lambda: v.jp_my_number(g), 0.7), HEAVY),
        c("kinyu_kikan", N, "VARCHAR", g.col(g.pick(["三井住友銀行 難波支店", "りそな銀行 天王寺支店",
                                                     "ゆうちょ銀行 四〇八支店"]), 0.3), "business"),
        c("kouza_bango", USERNAME, "VARCHAR", g.col(lambda: g.digits(7), 0.3), BANK),
        c("shokugyo", N, "VARCHAR", g.col(g.pick(["会社員", "自営業", "パート", "無職", "学生", "公務員"])), "decoy"),
        c("kinmusaki", N, "VARCHAR", g.col(g.pick(["株式会社なにわ精工", "関西運輸株式会社", "大阪中央病院"]), 0.45),
          "business"),
        c("jitai_riyu", "free_text", "VARCHAR", g.sparse(reason, 0.8, ("なし", "-", "", "不明")), NULLWORD),
        c("shokan_bi", N, "DATE", g.days("2025-10-01", "2026-03-31"), "decoy", EVENT),
        c("tantou_shokikan", "last_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("yobi_1", N, "VARCHAR", g.col(g.pick(["A群", "B群", "C群"])), "decoy", OPAQUE),
        c("yobi_2", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.9, 0.5), OPAQUE, MISLEADING),
        c("koshin_sha", USERNAME, "VARCHAR", g.col(g.pick(updaters)), USER, AUDIT),
    ])


def pl_visitor_log(g: Gen) -> Table:
    """A Wrocław remand prison's visitor log (Polish, camel case): visit number, the inmate's name and register number
    (``none``), the visitor's names, PESEL (encoding the birth date and sex) and ID card number (with its check
    digit), birth date, relationship, street, postcode and town, phone, e-mail (mostly NULL), the visit time and
    kind, the officer, a law firm's NIP for counsel visits (``none``), a case number shaped like a PESEL that fails its
    check (``none``), ``poleDod1`` (a room code) and ``poleDod2`` (an accompanying child's first name), remarks naming
    people, the writer's login."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.62
        a, b = v.pl_person(g, female)
        born = g.birth(1950, 2007)
        rows.append((a, b, born, v.pl_pesel(g, born, female), g.rnd.choice(v.PL_PLACES)))
    officers = _staff(g, 5, lambda x: " ".join(v.pl_person(x, x.rnd.random() < 0.3)))
    writers = _staff(g, 4, lambda x: v.login(*v.pl_person(x, False), 1))

    def remark() -> str:
        a, b = v.pl_person(g, g.rnd.random() < 0.5)
        return g.rnd.choice([f"Widzenie wspólne z {a} {b}", "Przekazano paczkę", "Zakaz kontaktu fizycznego",
                             f"Obrońca: adw. {a} {b}"])

    return Table("as_wroclaw.rejestrOdwiedzin", "pl", "camel", [
        c("idOdwiedzin", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("nrWidzenia", N, "VARCHAR", g.col(lambda: f"W/{g.rnd.randint(1, 9999):04d}/25"), "decoy", SHAPE),
        c("osadzonyImieNazwisko", "person_name", "VARCHAR", g.col(lambda: " ".join(v.pl_person(g, g.rnd.random()
                                                                                               < 0.08))), ROLE),
        c("nrEwidencyjnyOsadzonego", N, "VARCHAR", g.col(lambda: f"AS-WRO/{g.digits(5)}"), "decoy", SHAPE),
        c("odwiedzajacyImie", "first_name", "VARCHAR", [r[0] for r in rows], ROLE),
        c("odwiedzajacyNazwisko", "last_name", "VARCHAR", [r[1] for r in rows], ROLE),
        c("pesel", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.95 else None for r in rows]),
        c("nrDowodu", "national_id", "VARCHAR", g.col(lambda: v.pl_id_card(g), 0.1)),
        c("dataUrodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("stopienPokrewienstwa", N, "VARCHAR", g.col(g.pick(["matka", "żona", "konkubina", "brat", "ojciec", "córka",
                                                               "obrońca"])), "decoy"),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.pl_street(g))),
        c("kodPocztowy", "postal_code", "VARCHAR", [v.pl_postcode(g, r[4][1]) for r in rows]),
        c("miejscowosc", "city", "VARCHAR", [r[4][0] for r in rows]),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 0.9, 0.1)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) if g.rnd.random() < 0.35 else None
                                        for r in rows], HEAVY),
        c("dataWidzenia", N, "TIMESTAMP", g.moments("2025-09-01", "2026-02-28"), "decoy", EVENT),
        c("rodzajWidzenia", N, "VARCHAR", g.col(g.pick(["przy stoliku", "przez szybę", "Skype", "bez dozoru"])),
          "decoy"),
        c("funkcjonariusz", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("nipKancelarii", N, "VARCHAR", g.col(lambda: v.pl_nip(g), 0.65), "business", CHECK),
        c("nrSprawy", N, "VARCHAR", g.col(lambda: v.pl_pesel_shaped(g)), "decoy", SHAPE),
        c("poleDod1", N, "VARCHAR", g.col(g.pick(["S1", "S2", "S3", "SK"])), "decoy", OPAQUE),
        c("poleDod2", "first_name", "VARCHAR", g.col(lambda: v.pl_person(g, g.rnd.random() < 0.5)[0], 0.55), OPAQUE,
          MISLEADING, HEAVY),
        c("uwagi", "free_text", "VARCHAR", g.sparse(remark, 0.55, ("brak", "", "-"))),
        c("wprowadzil", USERNAME, "VARCHAR", g.col(g.pick(writers)), USER, AUDIT),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ca_jury_pool, 1_400), (en_community_payback, 900), (nz_victim_referrals, 700), (mb_legal_aid, 800),
    (ng_bail_sureties, 600), (sc_criminal_roll, 1_100), (ga_jail_register, 1_300), (sg_visit_registrations, 1_000),
    (ru_probation, 500), (mx_bail_bonds, 450), (it_hearing_docket, 700), (be_legal_aid, 600),
    (nl_sap_admissions, 900), (jp_lay_judges, 800), (pl_visitor_log, 1_000),
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
