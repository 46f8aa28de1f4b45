"""Held-out set v78 for the column classifier: 15 tables of *elections, polling stations, voter registration and
political campaigns* (voter files, canvassing, donations, postal and proxy votes, poll workers, party members,
signatures and voter passes), one system per table and each a different organisation, eight with English column names
(Pennsylvania, Colorado, Kentucky, East Sussex, Nova Scotia, Queensland, County Galway and the Eastern Cape) and
seven in German, French, Spanish, Italian, Dutch, Greek (Greek script) and Czech. Three are legacy extracts (an AS/400
file with the two-letter field prefix ``VR``, an SAP custom table with SAP's German abbreviations, a COBOL copybook's
fixed-width layout with hyphenated names): values padded with blanks, dates as ``YYYYMMDD`` numbers or ``DATS``
text, phones, ZIP and postal codes kept as numbers with 0 for none; the others are modern (snake, camel and Pascal
case and Greek script), with abbreviations (``vtr_fnm``, ``res_addr_ln1``, ``ctc_ph``, ``elector_snm``), a source
prefix (``src_crm_col17``) and opaque custom fields holding personal data (``notes2``, ``customField2``,
``VRUDF1``, ``misc_2``, ``attr2``, ``Custom2``, ``User2``, ``ZZFELD2``, ``champLibre2``, ``CAMPO-LIBRE-2``,
``code``, ``vrij_veld_2``, ``πεδίο_2``, ``volne_pole_2``) beside opaque fields holding none (``notes1``,
``customField1``, ``VRUDF2``, ``misc_1``, ``attr1``, ``Custom1``, ``User1``, ``src_crm_col18``, ``ZZFELD1``,
``champLibre1``, ``CAMPO-LIBRE-1``, ``ref``, ``vrij_veld_1``, ``πεδίο_1``, ``volne_pole_1``):

* ``canvass_lanco.door_knocks``: a Lancaster County (Pennsylvania) state-house campaign's door-knocking app export
  (the state voter id, the voter's names and birth year, the residence and unit, party, precinct and vote history
  codes, canvass result and support score, volunteer canvassers, the app version, door notes naming household
  members, ``notes2`` another household member's mobile);
* ``givepage_pueblo.contributions``: a Pueblo (Colorado) county-commissioner campaign's online donation page (donors'
  names, e-mail with placeholders, phones, addresses, employer and occupation, a committee named after the candidate,
  a recurring pledge's card kept in clear, the card's last four digits, processor tokens, the donor's IP, a yard
  sign's SKU and EAN-13, ``customField2`` the person a gift honours);
* ``ELECTLIB.VRMSTP``: a Warren County (Kentucky) county clerk's voter registration master on an AS/400 (padded
  names, birth dates as ``YYYYMMDD`` numbers, the last four of the SSN, Kentucky licence numbers, the house number as a
  number, ZIP and phone as numbers with 0, precincts, user profiles and the update program, ``VRUDF1`` a former
  family name);
* ``ems_wealden.absent_vote_apps``: an East Sussex district council's postal and proxy vote applications (elector
  numbers, National Insurance numbers for identity verification, the qualifying address, the redirection address
  for postal ballots, the proxy and the proxy's address, a signature image's hash, electoral services officers,
  ``misc_2`` an alternative e-mail);
* ``hrmElections.pollWorkers``: a Nova Scotia regional municipality's election poll workers (SIN for payroll, home
  addresses, communities, postal codes, voting locations, bank transit, institution and account numbers, the hiring
  coordinators, the municipality's business number, ``attr2`` an emergency contact's name);
* ``CampaignHQ.PollingDayVolunteers``: a Townsville (Queensland) independent candidate's polling-day volunteer roster
  (suburbs, postcodes, booths and their coordinates, blue card numbers, car registrations, booth captains, the
  how-to-vote printer's ABN, ``Custom2`` the volunteer's emergency phone);
* ``constit_office.casework``: a Galway West TD's constituency office casework (constituents, townland and estate
  lines, Eircodes, PPSN mostly empty, case summaries naming people, caseworkers, departments' references,
  ``src_crm_col17`` a phone, an e-mail or a name by row);
* ``BranchAudit.MemberRegister``: a Nelson Mandela Bay regional office's branch membership audit of a political
  party (South African ID numbers encoding the birth date and sex, membership numbers of 13 digits failing that
  check, townships and suburbs, wards and voting districts, branch secretaries, capturers' logins, ``User2`` the
  next of kin);
* ``SAPWAHL.ZWAHLHELFER``: a Regensburg city election office's poll workers (Wahlhelfer) in an SAP custom table
  (German: ``NACHN``, ``VORNA``, ``GBNAM``, ``GBDAT`` as ``DATS`` text, ``GBORT``, the Steuer-ID, the IBAN for the
  refreshment allowance, the caterer's USt-IdNr., ``ERNAM``, ``ZZFELD2`` the substitute helper);
* ``procurations_cf.demandes``: a Clermont-Ferrand town hall's register of proxy votes (French: the principal with
  birth name, birth date and birthplace, the proxy holder with birth date, the police station or gendarmerie
  brigade and the officer who took it, the commune's SIREN, ``champLibre2`` the proxy holder's e-mail);
* ``OCECOBOL.MESAS_SORTEO``: a Zaragoza town hall's draw of polling-station members from the census office's file in
  a COBOL copybook's layout (Spanish: DNI and NIE, two family names, birth dates as numbers, addresses, postcodes and
  phones as numbers, messengers who served the notices and their courier's CIF, excuses naming relatives,
  ``CAMPO-LIBRE-2`` an e-mail);
* ``referendum_to.firmeRaccolte``: a Turin citizens' referendum committee's signatures (Italian: signatures at
  street stalls with identity documents, online ones with SPID, the IP, the comune of the electoral roll,
  authenticating councillors and notaries, the print shop's partita IVA, ``code`` the codice fiscale);
* ``ledenadmin_zwolle.leden``: a Zwolle local party's member administration (Dutch: ``voorletters``, ``roepnaam``,
  ``tussenvoegsel``, street and house number apart, the membership-fee IBAN and mandate reference, member numbers
  of nine digits failing the BSN check, ``vrij_veld_2`` the partner's name);
* ``εκλογικό_γραφείο.υποστηρικτές``: a Thessaloniki parliamentary candidate's campaign office supporters and donors
  (Greek script: ``επώνυμο``, ``πατρώνυμο``, donors' ΑΦΜ, receipts, the printer's ΑΦΜ, volunteers' coordinators,
  ``πεδίο_2`` the birth date as text);
* ``volby_olomouc.volicske_prukazy``: an Olomouc city office's voter-pass applications (Czech: rodné číslo encoding
  the birth date and sex, permanent and delivery addresses, authorised persons with identity card numbers, voter
  pass numbers of ten digits failing the birth-number check, clerks, the postal carrier's DIČ,
  ``volne_pole_2`` the authorised person's e-mail).

Written **blind**, like v2 to v77: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v77 (to avoid their domains and follow their labeling
conventions; v78 to v80 were not in the checkout), the ``Column``/``Table`` classes and writer they build on
(``heldout_v2.py``, ``heldout_v4.py``), the ``[tool.ruff]`` section of ``pyproject.toml`` and the sources of
python-stdnum and phonenumbers. The classifier was not run on this set while it was written, no scorer was run on
it, and no score of any set was looked at: nothing here was adjusted to what the classifier does. It was written
under a short deadline (about an hour, the tests and lint included), so some labels below are quick decisions rather
than settled conventions. It imports no earlier set's value module: its random source, name lists, streets, towns,
postal codes and identifier builders are its own (:mod:`benchmarks.classification.heldout_v78_values`; the generic
``Gen`` helpers were copied from v27's, the phone maker rewritten to draw from several leading digits per region).

What is new against v2 to v77: earlier sets had voter files (v26, v57 a Michigan township's qualified voter file,
v71 a Polish gmina's voter roll), a works-council election list (v42) and donors of nonprofits (v25, v35, v50);
elections and campaigns are the theme here, and every organisation and shape is new: a canvassing app, an online
donation page, a county clerk's AS/400 voter master, postal and proxy vote applications, poll workers in Canada and
in SAP, polling-day volunteers, a constituency office's casework, a party's branch membership audit, a French proxy
register, the Spanish draw of polling-station members, referendum signatures, a local party's members, a Greek
candidate's supporters and Czech voter passes.

* legacy extracts (tag ``legacy``; ``padded`` for fixed-width CHAR values, ``int_date`` for dates kept as numbers or
  ``DATS`` text, ``numeric_id`` for phones, ZIP codes, postcodes and house numbers kept as numbers, ``zero_missing``
  where 0 means missing);
* election records (tag ``election_code``, all ``none``): party affiliation codes, precincts, polling districts,
  wards, voting districts, sections and tables, vote history, canvass results, support scores, roles at the polling
  station, the election;
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier): state voter ids, elector numbers,
  application, case, receipt, pledge, payment, mandate and department references, voter pass numbers, membership
  numbers, blue card numbers (tag ``permit_number``), car registrations (tag ``vehicle``), a yard sign's SKU,
  processor tokens (tag ``tokenized``), the signature image's hash (tag ``hashed``), the app version
  (tag ``version``), booths' coordinates (tag ``coordinates``), event dates (tag ``event_date``), amounts and flags;
* decoys with check digits (tag ``check_digit``, all ``none``): a Canadian business number, an ABN, a Spanish CIF, a
  partita IVA, a German USt-IdNr., a French SIREN, a company's Greek ΑΦΜ, a Czech company DIČ and an EAN-13; decoys
  shaped like personal numbers that fail their check: party membership numbers (13 digits, not South African ID
  numbers), Dutch member numbers (nine digits, not BSNs) and Czech voter pass numbers (ten digits, not birth numbers);
* identifiers with check digits (python-stdnum): the Canadian SIN and the Irish PPSN (``ssn``); the South African ID
  number (the row's birth date and sex), the Steuer-ID, DNI and NIE, the codice fiscale (the row's name, birth date,
  sex and comune), the Greek ΑΦΜ of persons and the Czech birth number (the row's birth date and sex)
  (``national_id``); without a check digit: the UK National Insurance number (``ssn``), Kentucky licence numbers,
  Italian identity documents and Czech identity card numbers (``national_id``); German and Dutch IBANs; a card number
  in clear (Luhn); phones of the United States, the United Kingdom, Canada, Australia, Ireland, South Africa, Germany,
  France, Spain, Italy, the Netherlands, Greece and the Czech Republic (phonenumbers) in national, international,
  E.164, digits-only, dashed and dotted forms and as numbers; IPv4 and IPv6.

Tags: ``legacy``, ``padded``, ``int_date``, ``numeric_id``, ``zero_missing``, ``decoy``, ``business``,
``value_shape``, ``check_digit``, ``permit_number``, ``vehicle``, ``election_code``, ``event_date``, ``coordinates``,
``hashed``, ``version``, ``tokenized``, ``partial``, ``join_key``, ``bank_account``, ``null_heavy``,
``nullword_heavy``, ``placeholder``, ``staff``, ``role_word``, ``username``, ``audit``, ``service_account``,
``opaque``, ``prefixed``, ``misleading``, ``mixed_kinds``, ``premises``, ``locality``, ``multi_value``, ``abbrev``.

Labeling choices a reader may question:

* party affiliation (``party_cd``, ``VRPRTY``) is ``none`` as v26 labeled it (sensitive, but not one of the kinds);
  precincts, polling districts, wards, voting districts, vote history, canvass results and support scores are
  ``none`` (tag ``election_code``); a state voter id, an elector number and a registration number are ``none`` (tag
  ``join_key``), as v26 and v57 labeled voter ids;
* a voter's ``birth_yr`` alone is ``date_of_birth`` (as v26 and v57); middle names (``vtr_mnm``, ``VRMNAM``,
  ``elector_mnm``), ``voorletters``, ``roepnaam``, a preferred name and a patronymic (``πατρώνυμο``) are
  ``first_name``; a birth name (``GBNAM``, ``nomNaissanceMandant``), a former family name (``VRUDF1``), a second family
  name (``MES-APELLIDO-2``) and ``tussenvoegsel`` are ``last_name``;
* a residence split into house number (``VRHSNO``, ``huisnummer``), street name and unit keeps ``street_address`` in
  each part; the postal vote redirection address and the Czech delivery address (mostly homes elsewhere, some care
  homes) are ``street_address`` (tag ``premises``); an Irish second address line holding a townland or an estate is
  ``street_address``; a township or suburb (``Suburb``) and a community (``community``) are ``city`` (tag
  ``locality``); a birthplace is ``city``; states, counties and regions are ``none``;
* the UK National Insurance number, the Canadian SIN and the Irish PPSN are ``ssn`` (kinds.py); the Kentucky licence,
  the South African ID number, the Steuer-ID, DNI, NIE, the codice fiscale, Italian identity documents, a person's
  ΑΦΜ, the Czech birth number and identity card number are ``national_id``; the last four digits of an SSN and of a
  card are ``none`` (tag ``partial``); the poll worker's bank account number is ``unclassified`` (tag
  ``bank_account``), as v49 to v77 labeled domestic accounts, its transit and institution numbers ``none``;
* canvassers, booth captains, electoral services officers, hiring coordinators, caseworkers, branch secretaries,
  police officers taking proxies, messengers, authenticating councillors and notaries, campaign coordinators and
  clerks are ``person_name`` (tag ``staff``); logins, AS/400 user profiles and ``ERNAM`` are ``unclassified`` (tag
  ``username``), the AS/400 update program ``none`` (tag ``service_account``);
* a proxy, a proxy holder (``nomMandataire``: ``last_name``), an authorised person, a next of kin, a partner, an
  emergency contact and the person a gift honours are people (tag ``role_word``);
* a committee named after its candidate (``committeeName``) is ``none`` (tag ``misleading``); employers, occupations,
  polling places and booths with their addresses, police stations, departments, printers and caterers and their tax
  numbers are ``none`` (tag ``business``);
* door notes, case summaries, excuses naming relatives and ``σχόλια`` are ``free_text``; ``src_crm_col17`` (a phone,
  an e-mail or a name by row) is ``free_text`` (tag ``mixed_kinds``);
* ``notes2`` and ``Custom2`` hold phones, ``customField2``, ``attr2``, ``User2``, ``ZZFELD2`` and ``vrij_veld_2``
  names, ``misc_2``, ``champLibre2``, ``CAMPO-LIBRE-2`` and ``volne_pole_2`` e-mail addresses, ``code`` a codice
  fiscale, ``VRUDF1`` a former family name and ``πεδίο_2`` a birth date (tags ``opaque``, ``misleading``); their
  neighbours hold codes (``none``);
* dates of birth kept as ``YYYYMMDD`` numbers, ``DATS`` text and ``DD/MM/YYYY`` text keep ``date_of_birth``; phones,
  ZIP codes, postcodes and house numbers kept as numbers keep their kind; registration, application, knock, shift,
  draw, notice, signature and membership dates are ``none`` (tag ``event_date``).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code, city and contact are ``none`` (tag ``business``); ``null_heavy`` means 50-95% NULL, ``nullword_heavy``
70-95% NULL words or blanks; both are on personal columns only. Rows per table: 240 to 900.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v78_values`, written for v78 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v78 [PATH]`` (default
``/tmp/heldout_v78.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v78``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v78_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v78_values import BANK_ACCOUNT, NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v78.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders, blanks and empty strings
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"
ROLE = "role_word"
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
PREMISES = "premises"
KEY = "join_key"
PLACEHOLDER = "placeholder"
TOKEN = "tokenized"
PARTIAL = "partial"
LEGACY = "legacy"
PADDED = "padded"
INT_DATE = "int_date"
NUMERIC = "numeric_id"
ZERO = "zero_missing"
CHECK = "check_digit"
PERMIT = "permit_number"
VEHICLE = "vehicle"
ELECTION = "election_code"
EVENT = "event_date"
COORD = "coordinates"
HASHED = "hashed"
VERSION = "version"
BANK = "bank_account"
OPAQUE = "opaque"
PREFIXED = "prefixed"
MIXED = "mixed_kinds"
LOCALITY = "locality"
MULTI = "multi_value"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str] = v.whole) -> list[str]:
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
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _padded(values: list, width: int) -> list[str]:
    return [v.pad(x, width) for x in values]


# -- the United States -------------------------------------------------------------------------------------------------


def pa_door_knocks(g: Gen) -> Table:
    """A Lancaster County (Pennsylvania) state-house campaign's door-knocking app export (snake case, abbreviated)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.PA_TOWNS) for _ in range(g.rows)]
    canvassers = _staff(g, 7)
    syncers = _logins(g, 4, 0)

    def door_note() -> str:
        return g.rnd.choice([f"Spoke w/ daughter {v.given(g)}, mom at work til 6",
                             "Dog in yard, left lit on gate", f"{v.whole(g)} next door wants a yard sign too",
                             "Undecided, worried about school taxes",
                             f"Husband {v.given(g)} is a strong R, she leans D",
                             "Moved out per new tenant", "Asked about mail-in ballot deadline"])

    return Table("canvass_lanco.door_knocks", "en", "snake", [
        c("knock_id", N, "BIGINT", g.keys(5_400_001), "decoy", KEY),
        c("turf_cd", N, "VARCHAR", g.col(lambda: g.code("T-99A")), "decoy", ELECTION, ABBREV),
        c("walk_list_id", N, "INTEGER", g.ints(300, 340), "decoy", KEY),
        c("state_voter_id", N, "VARCHAR", g.col(lambda: g.code("999999999")), "decoy", KEY, SHAPE),
        c("vtr_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("vtr_mnm", "first_name", "VARCHAR", g.col(lambda: g.rnd.choice([v.given(g), v.given(g)[0]]), 0.6), ABBREV,
          HEAVY),
        c("vtr_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("birth_yr", "date_of_birth", "INTEGER", g.ints(1932, 2007), ABBREV),
        c("res_addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.pa_street(g)), ABBREV),
        c("res_unit", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["Apt 2", "Apt 3B", "Unit 12", "Fl 2",
                                                                               "Apt 1R"]), 0.8), ABBREV, HEAVY),
        c("res_zip", "postal_code", "VARCHAR", [f"{t[1]}{g.digits(2)}" for t in towns], ABBREV),
        c("muni_nm", "city", "VARCHAR", [t[0] for t in towns], ABBREV),
        c("party_cd", N, "VARCHAR", g.col(g.pick(["D", "R", "R", "NF", "I", "LN"])), "decoy", ELECTION, ABBREV),
        c("precinct_cd", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 60):02d}-{g.rnd.randint(1, 9):03d}"),
          "decoy", ELECTION),
        c("vote_hist", N, "VARCHAR", g.col(lambda: " ".join(g.rnd.sample(["G24", "P24", "G23", "P23", "G22", "P22",
                                                                           "G20"], g.rnd.randint(0, 5)))), "decoy",
          ELECTION),
        c("ctc_ph", "phone", "VARCHAR", g.phones("US-PA", {"dashes": 0.5, "digits": 0.3, "national": 0.2}, 0.8, 0.35),
          ABBREV),
        c("ctc_email", "email", "VARCHAR", g.col(lambda: v.email(g), 0.6), ABBREV, HEAVY),
        c("canvasser", "person_name", "VARCHAR", g.col(g.pick(canvassers)), STAFF),
        c("result_cd", N, "VARCHAR", g.col(g.pick(["NH", "NH", "CA", "REF", "MV", "INACC"])), "decoy", ELECTION),
        c("support_score", N, "INTEGER", g.ints(1, 5, 0.4), "decoy", ELECTION),
        c("knocked_at", N, "TIMESTAMP", g.daytime("2025-09-06", "2025-11-03", 10, 20), "decoy", EVENT),
        c("app_ver", N, "VARCHAR", g.col(g.pick(["4.12.3", "4.12.5", "4.13.0"])), "decoy", VERSION, SHAPE),
        c("synced_by", USERNAME, "VARCHAR", g.col(g.pick(syncers)), USER, AUDIT),
        c("notes1", N, "VARCHAR", g.col(g.pick(["LIT", "YS", "VOL", "", "LIT,YS"])), "decoy", OPAQUE),
        c("notes2", "phone", "VARCHAR", g.phones("US-PA", {"digits": 0.6, "dashes": 0.4}, 1.0, 0.45), OPAQUE,
          MISLEADING),
        c("door_notes", "free_text", "VARCHAR", g.col(door_note, 0.45)),
    ])


def co_contributions(g: Gen) -> Table:
    """A Pueblo (Colorado) county-commissioner campaign's online donation page export (camel case)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.CO_TOWNS) for _ in range(g.rows)]
    mails = [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs]
    employers = ["Pueblo School District 60", "Parkview Medical Center", "EVRAZ Rocky Mountain Steel", "Self-employed",
                 "Vestas", "Retired", "Not employed", "City of Pueblo", "Colorado State University Pueblo"]
    last4 = g.col(lambda: g.digits(4), 0.1)
    eans = [v.ean13(g) for _ in range(3)]

    return Table("givepage_pueblo.contributions", "en", "camel", [
        c("contributionId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("receiptNumber", N, "VARCHAR", g.col(lambda: g.code("RC-2025-999999")), "decoy", SHAPE),
        c("committeeName", N, "VARCHAR", ["Friends of Adelina Quintana"] * g.rows, "business", MISLEADING),
        c("donorFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("donorLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("donorEmail", "email", "VARCHAR", _dirty(g, mails, 0.04, ["noemail@noemail.com", "none@none.com"]),
          PLACEHOLDER),
        c("donorPhone", "phone", "VARCHAR", g.phones("US-CO", {"national": 0.4, "e164": 0.3, "dots": 0.3}, 0.9, 0.25)),
        c("addressLine1", "street_address", "VARCHAR", g.col(lambda: v.co_street(g))),
        c("addressLine2", "street_address", "VARCHAR", g.col(lambda: f"Apt {g.rnd.randint(1, 40)}", 0.85), HEAVY),
        c("city", "city", "VARCHAR", [t[0] for t in towns]),
        c("state", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("zip", "postal_code", "VARCHAR", [f"{t[2]}{g.digits(2)}" for t in towns]),
        c("employer", N, "VARCHAR", g.col(g.pick(employers)), "business"),
        c("occupation", N, "VARCHAR", g.col(g.pick(["Teacher", "Nurse", "Retired", "Steelworker", "Attorney",
                                                     "Rancher", "Student", "Small business owner"])), "decoy"),
        c("amountUsd", N, "DECIMAL(9,2)", [float(g.rnd.choice([10, 25, 25, 50, 100, 250, 400])) for _ in range(g.rows)],
          "decoy"),
        c("recurring", N, "BOOLEAN", g.yn(True, False, 0.2), "decoy"),
        c("pledgeCardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.85), HEAVY),
        c("cardLast4", N, "VARCHAR", last4, "decoy", PARTIAL),
        c("processorChargeId", N, "VARCHAR", g.col(lambda: v.token(g, "ch_3")), "decoy", TOKEN),
        c("donorIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.05)),
        c("refCode", N, "VARCHAR", g.col(g.pick(["fb_oct", "mailer2", "txt_gotv", "", "website"])), "decoy"),
        c("merchSku", N, "VARCHAR", g.col(lambda: g.code("YS-1824-") + g.rnd.choice(["BLU", "RED", "WHT"]), 0.6),
          "decoy", SHAPE),
        c("merchEan", N, "VARCHAR", g.col(g.pick(eans), 0.6), "decoy", CHECK, SHAPE),
        c("submittedAt", N, "TIMESTAMP", g.moments("2025-03-01", "2025-10-31"), "decoy", EVENT),
        c("customField1", N, "VARCHAR", g.col(g.pick(["PB", "DK", "HOST", "", "SIGN"])), "decoy", OPAQUE),
        c("customField2", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.7), OPAQUE, MISLEADING, ROLE, HEAVY),
    ])


def ky_voter_master(g: Gen) -> Table:
    """A Warren County (Kentucky) county clerk's voter registration master on an AS/400 (prefix ``VR``)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.KY_TOWNS) for _ in range(g.rows)]
    births = g.births(1930, 2007)
    profiles = ["CLKBHOLT", "CLKMRUTL", "CLKJDUNL", "VRSTATE"]

    return Table("ELECTLIB.VRMSTP", "en", "screaming", [
        c("VRVRID", N, "BIGINT", g.keys(100_200_001, 7), "decoy", KEY, LEGACY),
        c("VRLNAM", "last_name", "VARCHAR", _padded([b.upper() for _, b in pairs], 20), LEGACY, PADDED),
        c("VRFNAM", "first_name", "VARCHAR", _padded([a.upper() for a, _ in pairs], 15), LEGACY, PADDED),
        c("VRMNAM", "first_name", "VARCHAR", _padded([v.given(g).upper() if g.rnd.random() < 0.5 else
                                                      v.given(g)[0].upper() for _ in range(g.rows)], 15), LEGACY,
          PADDED),
        c("VRDOB", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in births], LEGACY, INT_DATE),
        c("VRSSN4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", PARTIAL, LEGACY),
        c("VRDLNO", "national_id", "VARCHAR", _padded(g.col(lambda: v.ky_licence(g), 0.25), 9), LEGACY, PADDED),
        c("VRHSNO", "street_address", "INTEGER", g.ints(10, 9999), LEGACY, NUMERIC),
        c("VRSTNM", "street_address", "VARCHAR", _padded([g.rnd.choice(v.KY_STREETS) for _ in range(g.rows)], 25),
          LEGACY, PADDED),
        c("VRAPT", "street_address", "VARCHAR", _padded(g.col(lambda: f"APT {g.rnd.randint(1, 24)}", 0.82), 8),
          LEGACY, PADDED, NULLWORD),
        c("VRCITY", "city", "VARCHAR", _padded([t[0] for t in towns], 18), LEGACY, PADDED),
        c("VRZIP", "postal_code", "INTEGER", [t[1] for t in towns], LEGACY, NUMERIC),
        c("VRPHON", "phone", "BIGINT", [0 if g.rnd.random() < 0.4 else g.phone("US-KY", "number", g.rnd.random() < 0.6)
                                        for _ in range(g.rows)], LEGACY, NUMERIC, ZERO),
        c("VRPRCT", N, "VARCHAR", g.col(lambda: g.code("A99")), "decoy", ELECTION, LEGACY),
        c("VRPRTY", N, "VARCHAR", g.col(g.pick(["R", "D", "O", "R", "D", "I"])), "decoy", ELECTION, LEGACY),
        c("VRSTAT", N, "VARCHAR", g.col(g.pick(["A", "A", "A", "I", "P"])), "decoy", LEGACY),
        c("VRREGD", N, "INTEGER", [int(g.day("1975-01-01", "2025-10-01").strftime("%Y%m%d")) for _ in range(g.rows)],
          "decoy", EVENT, INT_DATE, LEGACY),
        c("VRLVDT", N, "INTEGER", [0 if g.rnd.random() < 0.2 else int(g.rnd.choice(["20241105", "20240521",
                                                                                     "20231107", "20221108"]))
                                   for _ in range(g.rows)], "decoy", EVENT, INT_DATE, LEGACY),
        c("VRUPUS", USERNAME, "VARCHAR", _padded(g.col(g.pick(profiles)), 10), USER, AUDIT, LEGACY, PADDED),
        c("VRUPPG", N, "VARCHAR", _padded(g.col(g.pick(["VRM210", "VRM210", "VRB900"])), 10), "decoy", SERVICE,
          AUDIT, LEGACY, PADDED),
        c("VRUDF1", "last_name", "VARCHAR", _padded(g.col(lambda: v.family(g).upper(), 0.8), 20), OPAQUE,
          MISLEADING, LEGACY, PADDED, NULLWORD),
        c("VRUDF2", N, "VARCHAR", _padded(g.col(g.pick(["Y", "N", "", "N"])), 1), "decoy", OPAQUE, LEGACY, PADDED),
    ])


# -- the United Kingdom, Canada, Australia, Ireland, South Africa -----------------------------------------------------


def uk_absent_votes(g: Gen) -> Table:
    """An East Sussex district council's postal and proxy vote applications (snake case, abbreviated)."""
    pairs = [v.person(g, "uk") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.UK_TOWNS) for _ in range(g.rows)]
    proxy = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    officers = _staff(g, 5, lambda x: v.whole(x, "uk"))
    districts = [f"{g.rnd.choice(['WA', 'WB', 'WC', 'WH', 'WU'])}{g.rnd.randint(1, 9)}" for _ in range(g.rows)]

    def redirect() -> str:
        return g.rnd.choice([f"{g.rnd.randint(1, 60)} Marine Parade, Brighton BN2 {g.rnd.randint(1, 9)}TA",
                             f"Flat {g.rnd.randint(1, 30)}, {g.rnd.randint(1, 200)} Mill Road, Cambridge",
                             f"Sunnyside Care Home, {g.rnd.randint(1, 80)} Hartfield Road",
                             f"{g.rnd.randint(1, 99)} Rue des Lilas, Bordeaux, France"])

    return Table("ems_wealden.absent_vote_apps", "en", "snake", [
        c("app_ref", N, "VARCHAR", g.col(lambda: g.code("AV/25/99999")), "decoy", PERMIT, SHAPE),
        c("elector_no", N, "VARCHAR", [f"{d}-{g.rnd.randint(1, 2400)}" for d in districts], "decoy", KEY, SHAPE),
        c("polling_district", N, "VARCHAR", districts, "decoy", ELECTION),
        c("elector_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("elector_mnm", "first_name", "VARCHAR", g.col(lambda: v.given(g, "uk"), 0.65), ABBREV, HEAVY),
        c("elector_snm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("dob", "date_of_birth", "DATE", g.births(1930, 2007), ABBREV),
        c("nino", "ssn", "VARCHAR", _dirty(g, g.col(lambda: v.uk_nino(g, g.rnd.random() < 0.3), 0.12), 0.03,
                                           ["AA000000A", "not provided"]), PLACEHOLDER),
        c("qual_addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.uk_street(g)), ABBREV),
        c("qual_addr_town", "city", "VARCHAR", [t[0] for t in towns], ABBREV),
        c("qual_pc", "postal_code", "VARCHAR", [v.uk_postcode(g, t[1]) for t in towns], ABBREV),
        c("app_type", N, "VARCHAR", ["proxy" if p else g.rnd.choice(["postal", "postal", "postal_proxy"])
                                     for p in proxy], "decoy", ELECTION),
        c("pv_redirect_addr", "street_address", "VARCHAR", g.col(redirect, 0.8), PREMISES, HEAVY, ABBREV),
        c("proxy_nm", "person_name", "VARCHAR", [v.whole(g, "uk") if p else None for p in proxy], ROLE, HEAVY),
        c("proxy_addr_ln1", "street_address", "VARCHAR", [v.uk_street(g) if p else None for p in proxy], ROLE,
          HEAVY),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["uk"]) if g.rnd.random() < 0.7 else None
                                        for a, b in pairs]),
        c("ctc_ph", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 0.65, 0.3),
          ABBREV),
        c("received_dt", N, "DATE", g.days("2025-01-06", "2025-04-14"), "decoy", EVENT),
        c("expiry_dt", N, "DATE", g.days("2028-01-31", "2028-01-31"), "decoy", EVENT),
        c("id_verified", N, "VARCHAR", g.col(g.pick(["Y", "Y", "Y", "N", "ATTESTATION"])), "decoy"),
        c("sig_img_sha256", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED, SHAPE),
        c("ero_officer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("misc_1", N, "VARCHAR", g.col(g.pick(["BATCH07", "BATCH08", "WEB", "PAPER"])), "decoy", OPAQUE),
        c("misc_2", "email", "VARCHAR", g.col(lambda: v.email(g, "uk"), 0.6), OPAQUE, MISLEADING, HEAVY),
    ])


def ns_poll_workers(g: Gen) -> Table:
    """A Nova Scotia regional municipality's election poll workers (camel case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.NS_TOWNS) for _ in range(g.rows)]
    locations = [("St. Agnes Parish Hall", "6903 Mumford Rd"), ("Bedford Lions Den", "1 Lions Ct"),
                 ("Cole Harbour Place", "51 Forest Hills Pkwy"), ("Sackville Heights Community Centre",
                                                                    "45 Connolly Rd"),
                 ("Dartmouth North Library", "134 Pinecrest Dr"), ("Tantallon Legion Branch 116", "12 Legion Rd")]
    loc = [g.rnd.randrange(len(locations)) for _ in range(g.rows)]
    hirers = _staff(g, 3, lambda x: v.whole(x, "ca"))
    employer = v.ca_bn(g)

    return Table("hrmElections.pollWorkers", "en", "camel", [
        c("workerId", N, "INTEGER", g.keys(24_001), "decoy", KEY),
        c("firstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("lastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("preferredName", "first_name", "VARCHAR", g.col(lambda: v.given(g, "ca"), 0.75), HEAVY),
        c("dateOfBirth", "date_of_birth", "DATE", g.births(1941, 2008)),
        c("sin", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g, g.rnd.random() < 0.6), 0.1)),
        c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.ns_street(g))),
        c("community", "city", "VARCHAR", [t[0] for t in towns], LOCALITY),
        c("postalCode", "postal_code", "VARCHAR", [v.ns_postal(g, t[1]) for t in towns]),
        c("mobilePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.85,
                                                       0.1)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("role", N, "VARCHAR", g.col(g.pick(["Deputy Returning Officer", "Poll Clerk", "Information Officer",
                                              "Central Poll Supervisor"])), "decoy", ELECTION),
        c("votingLocationName", N, "VARCHAR", [locations[i][0] for i in loc], "business"),
        c("votingLocationAddress", N, "VARCHAR", [locations[i][1] for i in loc], "business"),
        c("districtNo", N, "INTEGER", g.ints(1, 16), "decoy", ELECTION),
        c("trainingSession", N, "TIMESTAMP", g.daytime("2024-10-01", "2024-10-12", 9, 19), "decoy", EVENT),
        c("hourlyRate", N, "DECIMAL(6,2)", [g.rnd.choice([16.5, 17.0, 19.25]) for _ in range(g.rows)], "decoy"),
        c("bankTransitNo", N, "VARCHAR", g.col(lambda: g.code("99999"), 0.15), "decoy", SHAPE),
        c("bankInstitutionNo", N, "VARCHAR", g.col(g.pick(["002", "003", "004", "001", "837"]), 0.15), "decoy"),
        c("bankAccountNo", BANK_ACCOUNT, "VARCHAR", g.col(lambda: g.digits(g.rnd.choice([7, 10, 12])), 0.15), BANK),
        c("hiredBy", "person_name", "VARCHAR", g.col(g.pick(hirers)), STAFF),
        c("employerBn", N, "VARCHAR", [employer] * g.rows, "business", CHECK),
        c("attr1", N, "VARCHAR", g.col(g.pick(["RET", "NEW", "RET", "STU"])), "decoy", OPAQUE),
        c("attr2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.35), OPAQUE, MISLEADING, ROLE),
    ])


def qld_volunteers(g: Gen) -> Table:
    """A Townsville (Queensland) independent candidate's polling-day volunteer roster (Pascal case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    suburbs = [g.rnd.choice(v.QLD_SUBURBS) for _ in range(g.rows)]
    booths = [("Kirwan State High School", -19.3085, 146.7262), ("Aitkenvale State School", -19.3001, 146.7690),
              ("North Ward Uniting Church Hall", -19.2530, 146.8050), ("Deeragun Community Hall", -19.2494, 146.6774),
              ("Mundingburra State School", -19.2970, 146.7850)]
    booth = [g.rnd.randrange(len(booths)) for _ in range(g.rows)]
    captains = _staff(g, 5, lambda x: v.whole(x, "au"))
    printer = v.au_abn(g)

    return Table("CampaignHQ.PollingDayVolunteers", "en", "pascal", [
        c("VolunteerId", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("GivenName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("PreferredName", "first_name", "VARCHAR", g.col(lambda: g.rnd.choice(["Shaz", "Robbo", "Tez", "Mick",
                                                                                "Jules", "Davo"]), 0.8), HEAVY),
        c("Mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "digits": 0.2, "intl": 0.2}, 1.0, 0.03)),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in pairs]),
        c("Suburb", "city", "VARCHAR", [s[0] for s in suburbs], LOCALITY),
        c("Postcode", "postal_code", "VARCHAR", [s[1] for s in suburbs]),
        c("BoothName", N, "VARCHAR", [booths[i][0] for i in booth], "business"),
        c("BoothLat", N, "DOUBLE", [booths[i][1] for i in booth], "decoy", COORD),
        c("BoothLon", N, "DOUBLE", [booths[i][2] for i in booth], "decoy", COORD),
        c("ShiftStart", N, "TIMESTAMP", [g.moment("2024-10-26", "2024-10-26").replace(hour=g.rnd.choice([7, 10, 13]),
                                                                                      minute=0, second=0)
                                         for _ in range(g.rows)], "decoy", EVENT),
        c("ShirtSize", N, "VARCHAR", g.col(g.pick(["S", "M", "L", "XL", "2XL"])), "decoy"),
        c("BlueCardNo", N, "VARCHAR", g.col(lambda: f"{g.digits(7)}/{g.rnd.randint(1, 4)}", 0.6), "decoy", PERMIT,
          SHAPE),
        c("HtvBundleQty", N, "INTEGER", g.ints(50, 400), "decoy"),
        c("BoothCaptain", "person_name", "VARCHAR", [captains[i] for i in booth], STAFF),
        c("CarRego", N, "VARCHAR", g.col(lambda: g.code("999AA9"), 0.4), "decoy", VEHICLE, SHAPE),
        c("Custom1", N, "VARCHAR", g.col(g.pick(["SHADE", "ESKY", "VAN", "", "BANNER"])), "decoy", OPAQUE),
        c("Custom2", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "digits": 0.3}, 0.9, 0.3), OPAQUE,
          MISLEADING),
        c("HtvPrinterAbn", N, "VARCHAR", [printer] * g.rows, "business", CHECK),
    ])


def ie_casework(g: Gen) -> Table:
    """A Galway West TD's constituency office casework (snake case, a CRM's source prefix)."""
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    workers = _staff(g, 4, lambda x: v.whole(x, "ie"))
    logins = _logins(g, 4, 1, "ie")

    def summary() -> str:
        return g.rnd.choice([f"Housing transfer for {v.given(g, 'ie')} and 3 kids, mould in back bedroom",
                             "Query on Fuel Allowance refusal, appeal lodged",
                             f"Son {v.given(g, 'ie')} on HSE ortho waiting list 2 yrs",
                             f"Neighbour {v.whole(g, 'ie')} objecting to extension, planning query",
                             "Carer's Allowance review delayed", "Medical card renewal stuck since June"])

    def line1() -> str:
        if g.rnd.random() < 0.6:
            return f"{g.rnd.randint(1, 180)} {g.rnd.choice(v.IE_STREETS)}"
        estate = g.rnd.choice(["Cois Cuain", "Ard Caoin", "Rockbarton Park", "Castlegar Grove"])
        return f"{g.rnd.randint(1, 60)} {estate}"

    def mixed() -> str | None:
        r = g.rnd.random()
        if r < 0.3:
            return None
        if r < 0.55:
            return g.phone("IE", g.rnd.choice(["national", "intl"]))
        if r < 0.8:
            return v.email(g, "ie")
        return v.whole(g, "ie")

    return Table("constit_office.casework", "en", "snake", [
        c("case_id", N, "INTEGER", g.keys(9_001), "decoy", KEY),
        c("opened_dt", N, "DATE", g.days("2024-02-01", "2025-10-30"), "decoy", EVENT),
        c("constituent_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("constituent_snm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(line1), ABBREV),
        c("addr_ln2", "street_address", "VARCHAR", g.col(g.pick(v.IE_AREAS), 0.3), ABBREV),
        c("town", "city", "VARCHAR", [t[0] for t in towns]),
        c("eircode", "postal_code", "VARCHAR", [v.eircode(g, t[1]) if g.rnd.random() < 0.8 else None for t in towns]),
        c("ppsn", "ssn", "VARCHAR", g.col(lambda: v.ie_ppsn(g), 0.7), HEAVY),
        c("ctc_ph", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "digits": 0.2, "intl": 0.2}, 0.8, 0.1),
          ABBREV),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ie"]) if g.rnd.random() < 0.6 else None
                                        for a, b in pairs]),
        c("issue_cat", N, "VARCHAR", g.col(g.pick(["Housing", "Social Welfare", "HSE", "Planning", "Roads",
                                                    "Immigration"])), "decoy"),
        c("case_summary", "free_text", "VARCHAR", g.col(summary, 0.05)),
        c("caseworker", "person_name", "VARCHAR", g.col(g.pick(workers)), STAFF),
        c("referred_to", N, "VARCHAR", g.col(g.pick(["Galway City Council", "Dept of Social Protection", "HSE West",
                                                      "Galway County Council", ""])), "business"),
        c("dept_ref", N, "VARCHAR", g.col(lambda: g.code("SW/2025/999999"), 0.5), "decoy", SHAPE),
        c("status", N, "VARCHAR", g.col(g.pick(["Open", "Awaiting reply", "Closed", "Closed"])), "decoy"),
        c("src_crm_col17", "free_text", "VARCHAR", [mixed() for _ in range(g.rows)], PREFIXED, MIXED, OPAQUE),
        c("src_crm_col18", N, "VARCHAR", g.col(g.pick(["T1", "T2", "T3", "T2"])), "decoy", PREFIXED, OPAQUE),
        c("last_upd_by", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
    ])


def za_member_audit(g: Gen) -> Table:
    """A Nelson Mandela Bay regional office's branch membership audit of a political party (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.52
        a, b = v.person(g, "za", female)
        born = g.birth(1940, 2007)
        rows.append((a, b, born, female, v.za_id(g, born, female)))
    places = [g.rnd.choice(v.ZA_SUBURBS) for _ in range(g.rows)]
    secretaries = _staff(g, 6, lambda x: v.whole(x, "za"))
    capturers = _logins(g, 3, 4, "za")

    def names(first: str) -> str:
        second = v.given(g, "za")
        return first + (f" {second}" if g.rnd.random() < 0.4 and second != first else "")

    return Table("BranchAudit.MemberRegister", "en", "pascal", [
        c("MembershipNo", N, "VARCHAR", g.col(lambda: v.not_za_id(g)), "decoy", KEY, SHAPE),
        c("IdNumber", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.93 else None for r in rows]),
        c("FirstNames", "first_name", "VARCHAR", [names(r[0]) for r in rows], MULTI),
        c("Surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("DateOfBirth", "date_of_birth", "VARCHAR", [r[2].strftime("%d/%m/%Y") for r in rows]),
        c("Gender", N, "VARCHAR", ["F" if r[3] else "M" for r in rows], "decoy"),
        c("CellNo", "phone", "VARCHAR", g.phones("ZA", {"digits": 0.6, "national": 0.2, "msisdn": 0.2}, 1.0, 0.05)),
        c("Email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["za"]) if g.rnd.random() < 0.35 else None
                                        for r in rows], HEAVY),
        c("ResidentialAddress", "street_address", "VARCHAR", g.col(lambda: v.za_street(g), 0.05)),
        c("Suburb", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
        c("PostalCode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("WardNo", N, "INTEGER", g.ints(1, 60), "decoy", ELECTION),
        c("VotingDistrictNo", N, "VARCHAR", g.col(lambda: "1049" + g.digits(4)), "decoy", ELECTION, SHAPE),
        c("BranchName", N, "VARCHAR", g.col(lambda: f"Ward {g.rnd.randint(1, 60)} Branch"), "decoy"),
        c("BranchSecretary", "person_name", "VARCHAR", g.col(g.pick(secretaries)), STAFF),
        c("SubsPaidUntil", N, "DATE", g.days("2025-01-31", "2026-12-31"), "decoy", EVENT),
        c("PaymentRef", N, "VARCHAR", g.col(lambda: g.code("NMB-99999-A")), "decoy", SHAPE),
        c("User1", N, "VARCHAR", g.col(g.pick(["YL", "WL", "VL", "", "YL"])), "decoy", OPAQUE),
        c("User2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za"), 0.4), OPAQUE, MISLEADING, ROLE),
        c("CapturedBy", USERNAME, "VARCHAR", g.col(g.pick(capturers)), USER, AUDIT),
    ])


# -- Germany, France, Spain, Italy, the Netherlands, Greece, the Czech Republic ----------------------------------------


def de_wahlhelfer(g: Gen) -> Table:
    """A Regensburg city election office's poll workers in an SAP custom table (German SAP abbreviations)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "de", female)
        rows.append((a, b, female))
    towns = [g.rnd.choice(v.DE_TOWNS) for _ in range(g.rows)]
    caterer = v.de_ust(g)
    users = ["WAHLAMT01", "MKELLERM", "SZOLLNER"]

    return Table("SAPWAHL.ZWAHLHELFER", "de", "screaming", [
        c("MANDT", N, "VARCHAR", ["100"] * g.rows, "decoy", LEGACY),
        c("WHNR", N, "VARCHAR", [f"{i:010d}" for i in g.keys(4_100)], "decoy", KEY, LEGACY),
        c("NACHN", "last_name", "VARCHAR", [r[1] for r in rows], LEGACY),
        c("VORNA", "first_name", "VARCHAR", [r[0] for r in rows], LEGACY),
        c("GBNAM", "last_name", "VARCHAR", [v.family(g, "de") if r[2] and g.rnd.random() < 0.55 else None
                                            for r in rows], LEGACY, HEAVY),
        c("GBDAT", "date_of_birth", "VARCHAR", [g.birth(1945, 2007).strftime("%Y%m%d") for _ in range(g.rows)],
          LEGACY, INT_DATE),
        c("GBORT", "city", "VARCHAR", g.col(g.pick(v.DE_BIRTHPLACES), 0.2), LEGACY),
        c("STRAS", "street_address", "VARCHAR", g.col(lambda: v.de_street(g)), LEGACY),
        c("PSTLZ", "postal_code", "VARCHAR", [t[1] for t in towns], LEGACY),
        c("ORT01", "city", "VARCHAR", [t[0] for t in towns], LEGACY),
        c("TELF1", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 0.6, 0.2),
          LEGACY),
        c("SMTP_ADDR", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["de"]) if g.rnd.random() < 0.8
                                            else None for r in rows], LEGACY),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.3), 0.1), LEGACY),
        c("IDNR", "national_id", "VARCHAR", g.col(lambda: v.de_steuer_id(g), 0.4), LEGACY),
        c("WBEZ", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(101, 840):04d}"), "decoy", ELECTION, LEGACY),
        c("FUNKT", N, "VARCHAR", g.col(g.pick(["WV", "SF", "BS", "BS", "BS", "SWV"])), "decoy", ELECTION, LEGACY),
        c("WAHLTAG", N, "VARCHAR", ["20250223"] * g.rows, "decoy", EVENT, INT_DATE, LEGACY),
        c("ERFR_GELD", N, "DECIMAL(7,2)", [g.rnd.choice([50.0, 60.0, 80.0]) for _ in range(g.rows)], "decoy", LEGACY),
        c("CATERER_USTID", N, "VARCHAR", [caterer] * g.rows, "business", CHECK, LEGACY),
        c("ERNAM", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT, LEGACY),
        c("ERDAT", N, "VARCHAR", [g.day("2024-11-01", "2025-02-20").strftime("%Y%m%d") for _ in range(g.rows)],
          "decoy", EVENT, INT_DATE, LEGACY),
        c("ZZFELD1", N, "VARCHAR", g.col(g.pick(["X", "", "", "R"])), "decoy", OPAQUE, LEGACY),
        c("ZZFELD2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.65), OPAQUE, MISLEADING, ROLE,
          LEGACY, HEAVY),
    ])


def fr_procurations(g: Gen) -> Table:
    """A Clermont-Ferrand town hall's register of proxy votes (French, camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "fr", female)
        rows.append((a, b, female))
    towns = [g.rnd.choice(v.FR_TOWNS) for _ in range(g.rows)]
    holders = [v.person(g, "fr") for _ in range(g.rows)]
    authorities = ["Commissariat central de Clermont-Ferrand", "Brigade de gendarmerie de Riom",
                   "Brigade de gendarmerie d'Aubière", "Commissariat de Chamalières"]
    officers = _staff(g, 6, lambda x: v.whole(x, "fr"))
    commune = v.fr_siren(g)

    def prenoms(first: str) -> str:
        second = v.given(g, "fr")
        return first + (f" {second}" if g.rnd.random() < 0.35 and second != first else "")

    return Table("procurations_cf.demandes", "fr", "camel", [
        c("idDemande", N, "INTEGER", g.keys(31_001), "decoy", KEY),
        c("refMaProcuration", N, "VARCHAR", g.col(lambda: g.code("MP-ZZZZZZZZ"), 0.3), "decoy", SHAPE),
        c("nomMandant", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nomNaissanceMandant", "last_name", "VARCHAR", [v.family(g, "fr") if r[2] and g.rnd.random() < 0.6 else None
                                                          for r in rows], HEAVY),
        c("prenomsMandant", "first_name", "VARCHAR", [prenoms(r[0]) for r in rows], MULTI),
        c("dateNaissanceMandant", "date_of_birth", "DATE", g.births(1925, 2007)),
        c("lieuNaissanceMandant", "city", "VARCHAR", g.col(g.pick(v.FR_BIRTHPLACES))),
        c("adresseMandant", "street_address", "VARCHAR", g.col(lambda: v.fr_street(g))),
        c("codePostalMandant", "postal_code", "VARCHAR", [t[1] for t in towns]),
        c("communeMandant", "city", "VARCHAR", [t[0] for t in towns]),
        c("bureauVote", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 92):04d}"), "decoy", ELECTION),
        c("nomMandataire", "last_name", "VARCHAR", [b for _, b in holders], ROLE),
        c("prenomMandataire", "first_name", "VARCHAR", [a for a, _ in holders], ROLE),
        c("dateNaissanceMandataire", "date_of_birth", "DATE", g.births(1935, 2007), ROLE),
        c("autoriteEtablissement", N, "VARCHAR", g.col(g.pick(authorities)), "business"),
        c("agentHabilite", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("sirenCommune", N, "VARCHAR", [commune] * g.rows, "business", CHECK),
        c("dateEtablissement", N, "DATE", g.days("2025-01-15", "2026-03-10"), "decoy", EVENT),
        c("dateFinValidite", N, "DATE", g.days("2026-03-22", "2027-03-22", 0.4), "decoy", EVENT),
        c("telephoneMandant", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.3}, 0.8, 0.6), HEAVY),
        c("courrielMandant", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["fr"]) if g.rnd.random() < 0.6
                                                  else None for r in rows]),
        c("champLibre1", N, "VARCHAR", g.col(g.pick(["EN LIGNE", "CERFA", "EN LIGNE", "EHPAD"])), "decoy", OPAQUE),
        c("champLibre2", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["fr"]) if g.rnd.random() < 0.45 else None
                                              for a, b in holders], OPAQUE, MISLEADING, ROLE, HEAVY),
    ])


def es_mesas(g: Gen) -> Table:
    """A Zaragoza town hall's draw of polling-station members in a COBOL copybook's fixed-width layout (Spanish)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "es")
        rows.append((a, b, v.family(g, "es") if g.rnd.random() < 0.93 else None))
    towns = [g.rnd.choice(v.ES_TOWNS) for _ in range(g.rows)]
    couriers = [v.es_cif(g) for _ in range(2)]
    messengers = _staff(g, 5, lambda x: f"{v.family(x, 'es')} {v.family(x, 'es')}, {v.given(x, 'es')}".upper())

    def excuse() -> str:
        return g.rnd.choice([f"CUIDADO DE MI MADRE {v.given(g, 'es').upper()} DEPENDIENTE GRADO II",
                             "TURNO DE NOCHE EN HOSPITAL MIGUEL SERVET",
                             f"BODA DE MI HERMANO {v.given(g, 'es').upper()}",
                             "EMBARAZO 34 SEMANAS", "VIAJE PROGRAMADO, ADJUNTA BILLETE"])

    return Table("OCECOBOL.MESAS_SORTEO", "es", "screaming", [
        c("MES-NUM-REG", N, "INTEGER", g.keys(1), "decoy", KEY, LEGACY),
        c("MES-DISTRITO", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 10):02d}"), "decoy", ELECTION, LEGACY),
        c("MES-SECCION", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 120):03d}"), "decoy", ELECTION, LEGACY),
        c("MES-MESA", N, "VARCHAR", g.col(g.pick(["A", "B", "U"])), "decoy", ELECTION, LEGACY),
        c("MES-CARGO", N, "VARCHAR", _padded(g.col(g.pick(["PRESIDENTE", "VOCAL 1", "VOCAL 2", "SUPLENTE 1 PRES",
                                                            "SUPLENTE 1 VOC1", "SUPLENTE 2 VOC2"])), 16), "decoy",
          ELECTION, LEGACY, PADDED),
        c("MES-DNI-NIE", "national_id", "VARCHAR", _padded([v.es_nie(g) if g.rnd.random() < 0.08 else v.es_dni(g)
                                                            for _ in range(g.rows)], 10), LEGACY, PADDED),
        c("MES-APELLIDO-1", "last_name", "VARCHAR", _padded([r[1].upper() for r in rows], 25), LEGACY, PADDED),
        c("MES-APELLIDO-2", "last_name", "VARCHAR", _padded([r[2].upper() if r[2] else None for r in rows], 25),
          LEGACY, PADDED),
        c("MES-NOMBRE", "first_name", "VARCHAR", _padded([r[0].upper() for r in rows], 20), LEGACY, PADDED),
        c("MES-FEC-NAC", "date_of_birth", "INTEGER", [int(g.birth(1955, 2007).strftime("%Y%m%d"))
                                                      for _ in range(g.rows)], LEGACY, INT_DATE),
        c("MES-DOMICILIO", "street_address", "VARCHAR", _padded(g.col(lambda: v.es_street(g)), 40), LEGACY, PADDED),
        c("MES-COD-POSTAL", "postal_code", "INTEGER", [t[1] for t in towns], LEGACY, NUMERIC),
        c("MES-MUNICIPIO", "city", "VARCHAR", _padded([t[0] for t in towns], 20), LEGACY, PADDED),
        c("MES-TELEFONO", "phone", "BIGINT", [0 if g.rnd.random() < 0.45 else g.phone("ES", "number",
                                                                                       g.rnd.random() < 0.75)
                                              for _ in range(g.rows)], LEGACY, NUMERIC, ZERO),
        c("MES-NIVEL-ESTUD", N, "VARCHAR", g.col(g.pick(["2", "3", "4", "5"])), "decoy", LEGACY),
        c("MES-FEC-NOTIF", N, "INTEGER", [int(g.day("2023-06-30", "2023-07-14").strftime("%Y%m%d"))
                                          for _ in range(g.rows)], "decoy", EVENT, INT_DATE, LEGACY),
        c("MES-NOTIFICADOR", "person_name", "VARCHAR", _padded(g.col(g.pick(messengers)), 40), STAFF, LEGACY, PADDED),
        c("MES-CIF-MENSAJERIA", N, "VARCHAR", _padded(g.col(g.pick(couriers)), 9), "business", CHECK, LEGACY, PADDED),
        c("MES-ALEGACION", "free_text", "VARCHAR", _padded(g.col(excuse, 0.8), 60), LEGACY, PADDED, NULLWORD),
        c("CAMPO-LIBRE-1", N, "VARCHAR", _padded(g.col(g.pick(["N", "S", "N", ""])), 2), "decoy", OPAQUE, LEGACY,
          PADDED),
        c("CAMPO-LIBRE-2", "email", "VARCHAR", _padded([v.email_of(g, r[0], r[1], v.DOMAINS["es"])
                                                        if g.rnd.random() < 0.25 else None for r in rows], 40),
          OPAQUE, MISLEADING, LEGACY, PADDED, NULLWORD),
    ])


def it_firme(g: Gen) -> Table:
    """A Turin citizens' referendum committee's signatures (Italian, camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1935, 2007)
        place = g.rnd.choice(v.IT_BIRTHPLACES)
        online = g.rnd.random() < 0.4
        rows.append((a, b, born, place, v.it_cf(a, b, born, female, place[1]), online))
    towns = [g.rnd.choice(v.IT_TOWNS) for _ in range(g.rows)]
    docs = [v.it_documento(g) for _ in range(g.rows)]
    authenticators = _staff(g, 5, lambda x: v.whole(x, "it"))
    auth = [g.rnd.randrange(5) for _ in range(g.rows)]
    tipografia = v.it_piva(g)

    return Table("referendum_to.firmeRaccolte", "it", "camel", [
        c("idFirma", N, "INTEGER", g.keys(200_001), "decoy", KEY),
        c("modalita", N, "VARCHAR", ["SPID" if r[5] else "banchetto" for r in rows], "decoy"),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("dataNascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("luogoNascita", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("comuneIscrizioneListe", "city", "VARCHAR", [t[0] for t in towns]),
        c("tipoDocumento", N, "VARCHAR", [None if r[5] else d[0] for r, d in zip(rows, docs)], "decoy"),
        c("numeroDocumento", "national_id", "VARCHAR", [None if r[5] else d[1] for r, d in zip(rows, docs)]),
        c("code", "national_id", "VARCHAR", [r[4] if r[5] or g.rnd.random() < 0.3 else None for r in rows], OPAQUE,
          MISLEADING),
        c("ref", N, "VARCHAR", g.col(lambda: g.code("RF99-AA")), "decoy", OPAQUE),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) if g.rnd.random() < 0.3 else None
                                        for r in rows], HEAVY),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.55),
          HEAVY),
        c("autenticatore", "person_name", "VARCHAR", [None if r[5] else authenticators[a] for r, a in zip(rows, auth)],
          STAFF),
        c("qualificaAutenticatore", N, "VARCHAR", [None if r[5] else ["consigliere comunale", "notaio",
                                                                       "consigliere comunale", "cancelliere",
                                                                       "consigliere metropolitano"][a]
                                                   for r, a in zip(rows, auth)], "decoy"),
        c("banchetto", N, "VARCHAR", [None if r[5] else g.rnd.choice(["Piazza Castello", "Porta Palazzo",
                                                                      "Piazza Vittorio", "Mercato Crocetta"])
                                      for r in rows], "business"),
        c("dataFirma", N, "TIMESTAMP", g.moments("2025-04-01", "2025-07-10"), "decoy", EVENT),
        c("ipSpid", "ip_address", "VARCHAR", [g.ip(0.25) if r[5] else None for r in rows], HEAVY),
        c("tipografiaPiva", N, "VARCHAR", [tipografia] * g.rows, "business", CHECK),
    ])


def nl_leden(g: Gen) -> Table:
    """A Zwolle local party's member administration (Dutch, snake case)."""
    pairs = [v.person(g, "nl") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.NL_TOWNS) for _ in range(g.rows)]

    def initials(first: str) -> str:
        extra = "".join(f"{ch}." for ch in g.rnd.sample("ACEGHJMPW", g.rnd.randint(0, 2)))
        return f"{first[0]}.{extra}"

    return Table("ledenadmin_zwolle.leden", "nl", "snake", [
        c("lidnummer", N, "VARCHAR", g.col(lambda: v.not_bsn(g)), "decoy", KEY, SHAPE),
        c("voorletters", "first_name", "VARCHAR", [initials(a) for a, _ in pairs]),
        c("roepnaam", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("tussenvoegsel", "last_name", "VARCHAR", g.col(g.pick(["van", "de", "van der", "van den", "ter", "van 't"]),
                                                          0.6), HEAVY),
        c("achternaam", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("geboortedatum", "date_of_birth", "DATE", g.births(1938, 2009)),
        c("straat", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS))),
        c("huisnummer", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 240)}"
                                                           + g.rnd.choice(["", "", "", "a", "-2", " bis"]))),
        c("postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, t[1]) for t in towns]),
        c("woonplaats", "city", "VARCHAR", [t[0] for t in towns]),
        c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.5, "digits": 0.3, "intl": 0.2}, 0.8, 0.15)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nl"]) for a, b in pairs]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.5), 0.1)),
        c("contributie_eur", N, "DECIMAL(6,2)", [g.rnd.choice([24.0, 36.0, 12.0, 60.0]) for _ in range(g.rows)],
          "decoy"),
        c("lid_sinds", N, "DATE", g.days("2006-01-01", "2025-10-01"), "decoy", EVENT),
        c("afdeling", N, "VARCHAR", g.col(g.pick(["Zwolle-Zuid", "Stadshagen", "Centrum", "Berkum", "Holtenbroek"])),
          "decoy"),
        c("machtiging_kenmerk", N, "VARCHAR", g.col(lambda: g.code("LZW-999999"), 0.1), "decoy", SHAPE),
        c("vrij_veld_1", N, "VARCHAR", g.col(g.pick(["NB", "NB-P", "", "AKT"])), "decoy", OPAQUE),
        c("vrij_veld_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.6), OPAQUE, MISLEADING, ROLE,
          HEAVY),
    ])


def gr_supporters(g: Gen) -> Table:
    """A Thessaloniki parliamentary candidate's campaign office supporters and donors (Greek script)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        rows.append(v.person(g, "gr", female))
    towns = [g.rnd.choice(v.GR_TOWNS) for _ in range(g.rows)]
    donor = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    coordinators = _staff(g, 4, lambda x: v.whole(x, "gr"))
    printer = v.gr_afm(g, False)

    def comment() -> str:
        return g.rnd.choice([f"Φίλος του {v.given(g, 'gr')} από το σωματείο", "Θέλει αφίσα για το μαγαζί",
                             f"Η σύζυγος {v.given(g, 'gr')} βοηθά στα τηλέφωνα", "Να κληθεί στην ομιλία της Πέμπτης",
                             "Δεν θέλει SMS"])

    return Table("εκλογικό_γραφείο.υποστηρικτές", "el", "snake", [
        c("αα", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("επώνυμο", "last_name", "VARCHAR", [b for _, b in rows]),
        c("όνομα", "first_name", "VARCHAR", [a for a, _ in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: v.person(g, "gr", False)[0], 0.3)),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 0.9, 0.08)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gr"]) if g.rnd.random() < 0.55 else None
                                        for a, b in rows]),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.gr_street(g), 0.2)),
        c("τκ", "postal_code", "VARCHAR", [v.gr_tk(g, t[1]) for t in towns]),
        c("δήμος", "city", "VARCHAR", [t[0] for t in towns]),
        c("αφμ", "national_id", "VARCHAR", [v.gr_afm(g) if d else None for d in donor], HEAVY),
        c("ποσό_δωρεάς", N, "DECIMAL(8,2)", [float(g.rnd.choice([20, 50, 100, 200, 500])) if d else None
                                             for d in donor], "decoy"),
        c("αρ_απόδειξης", N, "VARCHAR", [f"ΑΠ-{g.rnd.randint(1, 9999):05d}" if d else None for d in donor], "decoy",
          SHAPE),
        c("ημερομηνία_δωρεάς", N, "DATE", [g.day("2025-01-10", "2025-06-20") if d else None for d in donor], "decoy",
          EVENT),
        c("εθελοντής", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy"),
        c("εκλογική_περιφέρεια", N, "VARCHAR", g.col(g.pick(["Α' Θεσσαλονίκης", "Β' Θεσσαλονίκης"])), "decoy",
          ELECTION),
        c("σχόλια", "free_text", "VARCHAR", g.col(comment, 0.6)),
        c("υπεύθυνος_επαφής", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF),
        c("αφμ_τυπογραφείου", N, "VARCHAR", [printer] * g.rows, "business", CHECK),
        c("πεδίο_1", N, "VARCHAR", g.col(g.pick(["Α", "Β", "Γ", ""])), "decoy", OPAQUE),
        c("πεδίο_2", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1940, 2006).strftime("%d/%m/%Y"), 0.4),
          OPAQUE, MISLEADING),
    ])


def cz_volicske_prukazy(g: Gen) -> Table:
    """An Olomouc city office's voter-pass applications (Czech, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.52
        a, b = v.person(g, "cz", female)
        born = g.birth(1935, 2007)
        rows.append((a, b, born, v.cz_rc(g, born, female)))
    towns = [g.rnd.choice(v.CZ_TOWNS) for _ in range(g.rows)]
    ways = [g.rnd.choices(["osobně", "poštou", "zmocněnec"], [5, 3, 2])[0] for _ in range(g.rows)]
    proxies = [v.person(g, "cz") if w == "zmocněnec" else None for w in ways]
    clerks = _staff(g, 4, lambda x: v.whole(x, "cz"))
    post = v.cz_ico(g)

    def delivery() -> str:
        return g.rnd.choice([f"{v.cz_street(g)}, Praha 6", f"Domov seniorů Pohoda, {v.cz_street(g)}, Olomouc",
                             f"{v.cz_street(g)}, Brno", f"Kolej J. Pavla, {v.cz_street(g)}, Praha 4"])

    return Table("volby_olomouc.volicske_prukazy", "cs", "snake", [
        c("id_zadosti", N, "INTEGER", g.keys(7_001), "decoy", KEY),
        c("cislo_prukazu", N, "VARCHAR", g.col(lambda: v.not_cz_rc(g)), "decoy", SHAPE),
        c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("rodne_cislo", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("datum_narozeni", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("adresa_trvaleho_pobytu", "street_address", "VARCHAR", g.col(lambda: v.cz_street(g))),
        c("psc", "postal_code", "VARCHAR", [t[1] for t in towns]),
        c("obec", "city", "VARCHAR", [t[0] for t in towns]),
        c("zpusob_prevzeti", N, "VARCHAR", ways, "decoy"),
        c("dorucovaci_adresa", "street_address", "VARCHAR", [delivery() if w == "poštou" else None for w in ways],
          PREMISES, HEAVY),
        c("zmocnenec_jmeno", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" if p else None for p in proxies], ROLE,
          HEAVY),
        c("cislo_op_zmocnence", "national_id", "VARCHAR", [g.digits(9) if p else None for p in proxies], ROLE, HEAVY),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.5, "intl": 0.3, "digits": 0.2}, 0.9, 0.45)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["cz"]) if g.rnd.random() < 0.45 else None
                                        for r in rows]),
        c("datum_podani", N, "DATE", g.days("2025-08-04", "2025-10-01"), "decoy", EVENT),
        c("volba", N, "VARCHAR", ["Volby do Poslanecké sněmovny 2025"] * g.rows, "decoy", ELECTION),
        c("vyridil", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("dic_dorucovatele", N, "VARCHAR", [None if w != "poštou" else post for w in ways], "business", CHECK),
        c("podpis_overen", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("volne_pole_1", N, "VARCHAR", g.col(g.pick(["A", "B", "", "Z"])), "decoy", OPAQUE),
        c("volne_pole_2", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["cz"]) if p and
                                               g.rnd.random() < 0.7 else None for p in proxies], OPAQUE, MISLEADING,
          ROLE, HEAVY),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (pa_door_knocks, 900), (co_contributions, 780), (ky_voter_master, 700), (uk_absent_votes, 560),
    (ns_poll_workers, 420), (qld_volunteers, 300), (ie_casework, 480), (za_member_audit, 640),
    (de_wahlhelfer, 520), (fr_procurations, 460), (es_mesas, 540), (it_firme, 680), (nl_leden, 400),
    (gr_supporters, 360), (cz_volicske_prukazy, 240),
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
