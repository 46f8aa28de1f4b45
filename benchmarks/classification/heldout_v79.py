"""Held-out set v79 for the column classifier: 15 tables of *merchant shipping, seafarers, ports and marinas* (crew
line-ups and crew lists, seafarer certificates and documents, crew changes, wage allotments, port calls, terminal
gates, berth contracts and crew-transfer manifests), one system per table and each a different organisation, eight
with English column names (the Philippines, India, Hampshire, Alabama, Western Australia, Singapore, Ontario and
County Cork) and seven in Greek (Greek script), Polish, German, Dutch, Danish, Brazilian Portuguese and Bulgarian
(Cyrillic script). Three are legacy extracts: an AS/400 gate file with SCREAMING names glued to a two-letter file
prefix (``TWLNAM``, ``TWCDL#``), a COBOL copybook's fixed-width crew pay master with hyphenated names
(``CPM-SURNAME``, ``CPM-SIN``) and an SAP custom table with SAP's German abbreviations (``NACHN``, ``VORNA``,
``GBNAM``, ``GBDAT`` as ``DATS`` text, ``PSTLZ``, ``ORT01``, ``ERNAM``), with values padded with blanks, dates as
``YYYYMMDD`` numbers (0 for none), and an SIN, phones and ZIP codes kept as numbers; the others are modern (snake,
camel and Pascal case, Greek and Cyrillic script), with abbreviations (``oec_no``, ``nokName``, ``TWMINI``), a source
prefix (``src_crm_col17``) and opaque custom fields holding personal data (``misc_2``, ``Notes2``, ``TWUDF1``,
``User2``, ``code``, ``CPM-USER-FLD-2``, ``custom_2``, ``πεδίο_1``, ``poleDod2``, ``ZZFELD2``, ``extra_2``, ``Felt1``,
``campo_livre_2``, ``поле_2``) beside opaque fields holding none (``misc_1``, ``Notes1``, ``TWUDF2``, ``User1``,
``CPM-USER-FLD-1``, ``custom_1``, ``src_crm_col18``, ``πεδίο_2``, ``poleDod1``, ``ZZFELD1``, ``extra_1``, ``Felt2``,
``campo_livre_1``, ``поле_1``):

* ``manning_iloilo.crew_lineup``: an Iloilo manning agency's crew line-up for deployment (surname, given and middle
  name, SSS numbers with placeholders, SIRB and passport numbers, mobiles in four forms, barangay addresses, ZIP
  codes, the allottee, the principal and vessel with its IMO number, OEC numbers, recruitment officers and encoders'
  logins, ``misc_2`` the allottee's mobile);
* ``shipmgmt_mumbai.crewCertificates``: a Mumbai ship manager's seafarer certificate register (camel case: INDoS
  numbers, CDC, passport, PAN and Aadhaar, certificates with their numbers, issue and expiry dates, next of kin,
  verifying officers, document hashes, ``src_crm_col17`` an alternate contact by row);
* ``SolentMarina.BerthContracts``: a Hampshire marina's annual berth contracts (Pascal case: berths, boats named like
  people, SSR numbers, owners and joint owners, UK addresses and postcodes, the renewal IP, a card kept in clear, the
  insurer and policy, dock masters, ``Notes2`` the keyholder);
* ``TRMLIB.TWGATP``: a Mobile (Alabama) container terminal's AS/400 gate file (``TW`` prefix: truckers' padded names
  and middle initials, CDL numbers, birth dates, phones and ZIP codes as numbers, ISO 6346 container numbers with
  their check digit, SCAC codes, gate clerks' user profiles and the program, ``TWUDF1`` the escort);
* ``fremantle_agency.crew_changes``: a Fremantle ship agent's crew changes (``SURNAME, Given`` seafarers from five
  countries, passports, birth dates as ``DD/MM/YYYY`` text, IMO, MMSI and call signs, hotels, flights, drivers and
  agents on duty, medical notes, ``User2`` the seafarer's e-mail for the e-ticket);
* ``sg_shipmgr.crew_allotments``: a Singapore ship manager's monthly wage allotments (crew and allottees, banks and
  SWIFT codes, domestic account numbers, Ukrainian IBANs, allottees' mobiles, remittance references, the manager's
  UEN, approvers' logins and the batch job, ``code`` the NRIC or FIN of Singapore-based crew);
* ``GLKPAY.CREW-PAY-MSTR``: a St. Catharines Great Lakes carrier's crew pay master in a COBOL copybook's layout
  (padded names and addresses, the SIN and home phone as numbers, birth and hire dates as numbers, Canadian Maritime
  Document numbers, transit and account numbers, beneficiaries, the employer's business number,
  ``CPM-USER-FLD-2`` the spouse's phone);
* ``corkport_pcs.vessel_calls``: a Cork harbour's port-community system's vessel calls (IMO, MMSI, call signs, flags,
  ETA, ATA and ATD, berths, ship agents and their operations desks, masters, pilots, the pilot boarding point's
  coordinates, the crew list as JSON, ``custom_2`` the master's e-mail);
* ``ναυτιλιακή_πειραιώς.μητρώο_πληρώματος``: a Piraeus shipowner's crew register (Greek script: patronymics,
  birthplaces, ΑΜΚΑ encoding the birth date and sex, personal ΑΦΜ, seaman's books, payroll IBANs, the company's ΑΦΜ,
  crew managers, ``πεδίο_1`` the next of kin);
* ``osrodek_szkolen_gdynia.swiadectwa``: a Gdynia maritime training centre's certificates (Polish, camel case: PESEL
  encoding the birth date and sex, second given names, seaman's books, employers and their NIP, instructors, the
  registration IP, order numbers failing the PESEL check, ``poleDod2`` an emergency phone);
* ``SAPSR3.ZSEE_PERSONAL``: a Leer shipping company's seafarers in an SAP custom table (German: birth names,
  birthplaces, Steuer-ID, Seefahrtbuch numbers, IBAN and bank keys, ranks and ships, ``ERNAM``, ``ZZFELD2`` the
  emergency contact's phone);
* ``jachthaven_lemmer.ligplaatscontracten``: a Lemmer marina's berth contracts (Dutch: ``voorletters``,
  ``tussenvoegsel``, street and house number apart, IBAN, business berth holders' KvK and btw numbers, harbour masters
  by first name, remarks, ``extra_2`` the co-owner's e-mail);
* ``CtvEsbjerg.Passagerliste``: an Esbjerg crew-transfer vessel operator's passenger manifests to offshore wind farms
  (Danish, Pascal case: CPR numbers encoding the birth date, GWO ids, employers and their CVR, technicians' mobiles of
  four countries, next of kin, skippers, remarks, ``Felt1`` the technician's home town);
* ``agencia_santos.troca_tripulacao``: a Santos ship agency's crew-change requests (Brazilian Portuguese: CPF of
  Brazilian crew, passports of foreign crew, the shipowner's CNPJ, hotels, drivers, forwarding agents, request
  numbers failing the CPF check, ``campo_livre_2`` an emergency phone);
* ``варна_крюинг.моряци``: a Varna crewing agency's seafarers (Bulgarian, Cyrillic script: ЕГН encoding the birth
  date and sex, презиме, passports and seaman's books, IBAN, contract numbers failing the ЕГН check, managers and
  logins, ``поле_2`` the spouse).

Written **blind**, like v2 to v77: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v77 (to avoid their domains and follow their labeling
conventions; v78 was not in the checkout), the ``Column``/``Table`` classes and writer they build on (``heldout_v2.py``,
``heldout_v4.py``), the ruff section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. The
classifier was not run on this set while it was written, no scorer was run on it (the scorer module was only imported,
to check that it registers the set), and no score of any set was looked at: nothing here was adjusted to what the
classifier does. It was written under a short deadline (about an hour, the tests and lint included), so some labels
below are quick decisions rather than settled conventions. It imports no earlier set's value module: its random source,
name lists, streets, towns, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v79_values`; the generic ``Gen`` helpers were copied from v27's, the phone
maker rewritten to draw from several leading digits per region).

What is new against v2 to v77: earlier sets touched the theme (v13 port calls, v14 ferry departures, v18 a sailing
school, v40 and v48 cruise manifests, v59 a freight forwarder's bills of lading with IMO numbers, v66 an expedition
cruise and day-cruise passenger lists, v77 an airline's crew roster); every organisation and shape here is new: a
manning agency's line-up, a seafarer certificate register, berth contracts of two marinas, a container terminal's
gate file, crew changes at two ports, wage allotments, a Great Lakes crew pay master, a port-community system's vessel
calls, a shipowner's crew register, a maritime training centre, seafarers in SAP, offshore crew-transfer manifests
and a crewing agency.

* legacy extracts (tag ``legacy``; ``padded`` for fixed-width CHAR values, ``int_date`` for dates kept as numbers,
  ``numeric_id`` for an SIN, phones and ZIP codes kept as numbers, ``zero_missing`` where 0 means missing);
* vessels (tag ``vessel``, all ``none``): vessel names (some named like people: ``MT Lady Evdokia``, ``Johanna
  Maria``, tag ``name_like``), IMO numbers (with their check digit, tag ``check_digit``), MMSIs (nine digits, tag
  ``value_shape``), call signs, vessel codes;
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier): line-up, certificate, OEC, remittance,
  port-call, voyage, SSR, policy, order, request and contract numbers, container numbers (ISO 6346, tag
  ``check_digit``), SCAC codes, trucks' plates, ranks, flags, berths, flights, weights, wages and event dates (tag
  ``event_date``: deployment, issue, expiry, hire, gate, wage-month, ETA, ATA, ATD and departure dates), the pilot
  boarding point (tag ``coordinates``), a document hash;
* decoys with check digits (tag ``check_digit``, all ``none``): IMO numbers, container numbers, the Singapore UEN,
  the Canadian business number, the company ΑΦΜ, NIP, CVR, btw numbers and the CNPJ of businesses; decoys shaped like
  personal numbers that fail their check (tag ``fails_check``): crew pay numbers (nine digits, not SINs), Polish order
  numbers (eleven digits, not PESEL), Santos request numbers (eleven digits, not CPF) and Varna contract numbers (ten
  digits, not ЕГН);
* seafarers' documents (tag ``seafarer_document``, ``national_id``): the Philippine SIRB, the Indian CDC, the Greek
  seaman's book (ναυτικό φυλλάδιο), the Polish książeczka żeglarska, the German Seefahrtbuch and the Bulgarian
  моряшка книжка, identity documents a state issues to one seafarer, by their shape; the professional numbers of
  seafarers (tag ``professional_id``, ``none``): INDoS numbers, certificates of competency and proficiency, the
  Canadian Maritime Document number, GWO ids and training certificates, as v77 labeled a pilot's licence;
* identifiers with check digits (python-stdnum): the Canadian SIN and the Greek ΑΜΚΑ (``ssn``, the ΑΜΚΑ encoding the
  row's birth date and sex), PAN (the surname's initial), Aadhaar (Verhoeff), the personal ΑΦΜ, PESEL, CPR and ЕГН
  (each encoding the row's birth date), Steuer-ID, CPF and the Singapore NRIC and FIN (check letter computed in the
  value module) (``national_id``); passports of seven countries, SIRB, CDC and seaman's books and Alabama CDL numbers
  by their shape (``national_id``); the Philippine SSS number by its shape (``ssn``); Greek,
  German, Dutch, Bulgarian and Ukrainian IBANs; a card number in clear (Luhn); phones of the Philippines, India, the
  United Kingdom, the United States, Canada, Singapore, Greece, Poland, Germany, the Netherlands, Denmark, Brazil,
  Bulgaria, Indonesia and Ukraine (phonenumbers) in national, international, E.164, ``00`` and digits-only
  forms, MSISDNs and numbers; IPv4 and IPv6.

Tags: ``legacy``, ``padded``, ``int_date``, ``numeric_id``, ``zero_missing``, ``decoy``, ``business``,
``value_shape``, ``check_digit``, ``fails_check``, ``professional_id``, ``seafarer_document``, ``travel_document``,
``vessel``, ``name_like``, ``event_date``, ``partial``, ``join_key``, ``bank_account``, ``null_heavy``,
``nullword_heavy``, ``placeholder``, ``staff``, ``role_word``, ``username``, ``audit``, ``service_account``,
``opaque``, ``prefixed``, ``misleading``, ``mixed_kinds``, ``json_blob``, ``coordinates``, ``abbrev``.

Labeling choices a reader may question:

* following ``kinds.py``, the Canadian SIN, the Greek ΑΜΚΑ and the Philippine SSS number (a social-security number)
  are ``ssn``; passports, seafarers' identity documents (SIRB, CDC, seaman's books), CDL numbers, PAN, Aadhaar,
  PESEL, the personal ΑΦΜ, Steuer-ID, CPR, CPF, ЕГН and the NRIC and FIN are ``national_id``;
* an INDoS number, a certificate of competency or proficiency, a Canadian Maritime Document, a GWO id and a
  training certificate's number are ``none`` (tag ``professional_id``): they record a qualification, as v77's pilot
  licences and v74's practitioners' numbers; a seafarer's identity document is a state's identity paper and is
  ``national_id`` (a quick decision);
* the Filipino middle name (``crew_middle_name``) is ``last_name``: in the Philippines it is the mother's maiden
  family name; a middle initial (``TWMINI``), a second given name (``drugieImie``), ``voorletters``, the Greek
  father's given name (``πατρώνυμο``) and drivers, harbour masters and escorts kept by first name are
  ``first_name``; a birth name (``GBNAM``) and ``tussenvoegsel`` are ``last_name``; the Bulgarian ``презиме`` (a
  patronymic written like a family name) is ``person_name``, as v71 and v73 labeled a Russian ``отчество``;
* a ship's name is ``none`` (tag ``vessel``), also when it is a person's name (``name_like``); a ship's master and a
  pilot are people (``person_name``); the master's own e-mail in ``custom_2`` is ``email``; the ship agents' operations
  desks (``ops@``) and phones are ``none`` (tag ``business``);
* a seafarer's employer, the principal, shipowners, managers, banks and their SWIFT codes, insurers, hotels and their
  addresses, issuing authorities and business berth holders' KvK and btw numbers are ``none`` (tag ``business``);
* allottees, beneficiaries, joint owners, next of kin and emergency contacts are personal (tag ``role_word``); dock
  masters, recruitment officers, verifying officers, agents on duty, pilots, instructors, crew managers, skippers,
  forwarding agents and managers are ``person_name`` (tag ``staff``), those kept by first name ``first_name``;
  logins, AS/400 user profiles and SAP ``ERNAM`` are ``unclassified`` (tag ``username``), the AS/400 program and
  the allotment batch ``none`` (tag ``service_account``);
* a domestic bank account number (``allottee_account_no``, ``CPM-ACCT-NO``) is ``unclassified`` (tag
  ``bank_account``), as v49 to v77 labeled them; transit numbers, SWIFT codes and bank keys are ``none``; the IBANs
  are ``iban``; a card's expiry is ``none`` (tag ``partial``), the card in clear ``credit_card``;
* a crew list as JSON (names, ranks and birth dates) is ``free_text`` (tag ``json_blob``); ``src_crm_col17`` (a name,
  a phone or an e-mail by row) is ``free_text`` (tag ``mixed_kinds``); notes, remarks and medical notes naming
  people are ``free_text``;
* ``misc_2``, ``CPM-USER-FLD-2``, ``poleDod2``, ``ZZFELD2`` and ``campo_livre_2`` hold phones, ``Notes2``, ``TWUDF1``,
  ``πεδίο_1`` and ``поле_2`` names, ``User2``, ``custom_2`` and ``extra_2`` e-mail addresses, ``code`` the NRIC or FIN
  and ``Felt1`` a home town (tags ``opaque``, ``misleading``); their neighbours hold codes (``none``);
* birthplaces, home towns, municipalities and ``miejscowosc`` are ``city``; provinces, states, regions
  (``περιφέρεια``) and countries are ``none``; a street and a house number kept apart are both ``street_address``;
* dates of birth kept as ``YYYYMMDD`` numbers, ``DATS`` text and ``DD/MM/YYYY``, ``DD-MM-YYYY`` or ``dd.mm.yyyy`` text
  keep ``date_of_birth``; an SIN, phones and ZIP codes kept as numbers keep their kind; a passenger's weight on the
  crew-transfer manifest is ``none`` (no kind fits).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code, city and contact are ``none`` (tag ``business``); ``null_heavy`` means 50-95% NULL, ``nullword_heavy``
70-95% NULL words or blanks. Rows per table: 300 to 1,500.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v79_values`, written for v79 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v79 [PATH]`` (default
``/tmp/heldout_v79.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v79``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from stdnum import luhn
from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.pl import pesel

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v79_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v79_values import ACCOUNT, NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v79.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"
ROLE = "role_word"
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
KEY = "join_key"
PLACEHOLDER = "placeholder"
PARTIAL = "partial"
LEGACY = "legacy"
PADDED = "padded"
INT_DATE = "int_date"
NUMERIC = "numeric_id"
ZERO = "zero_missing"
CHECK = "check_digit"
FAILS = "fails_check"  # shaped like a personal number of the table's country, failing its check (none)
PROF = "professional_id"
SEADOC = "seafarer_document"
TRAVEL = "travel_document"
VESSEL = "vessel"
NAMELIKE = "name_like"
EVENT = "event_date"
BANK = "bank_account"
OPAQUE = "opaque"
PREFIXED = "prefixed"
MIXED = "mixed_kinds"
JSON = "json_blob"
COORD = "coordinates"
D = "decoy"
B = "business"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null") + extra


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _pad(values: list, width: int) -> list:
    """Fixed-width CHAR values: blanks for NULL, every value padded (or cut) to ``width``."""
    return [f"{'' if x is None else x:<{width}}"[:width] for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else int(d.strftime("%Y%m%d"))


def _failing(g: Gen, n: int, ok: Callable[[str], bool], lead: str = "123456789") -> str:
    """``n`` digits that fail the check ``ok`` (a decoy shaped like a personal number)."""
    return g.valid(lambda: g.digits(1, lead) + g.digits(n - 1), lambda x: not ok(x))


def _rows(g: Gen, lang: str, lo: int = 1966, hi: int = 2004) -> list[tuple[str, str, date, bool]]:
    out = []
    for _ in range(g.rows):
        female = g.rnd.random() < (0.1 if lang in {"ph", "in", "id", "ua", "bg", "gr"} else 0.25)
        a, b = v.person(g, lang, female)
        out.append((a, b, g.birth(lo, hi), female))
    return out


# -- the Philippines, India --------------------------------------------------------------------------------------------


def ph_crew_lineup(g: Gen) -> Table:
    """An Iloilo manning agency's crew line-up for deployment: the principal, vessel and IMO number, rank, the
    seafarer's surname, given and middle name (the mother's maiden name: ``last_name``), birth date and birthplace,
    SSS number (``ssn``, some placeholders), SIRB and passport numbers, mobile, e-mail, barangay address, municipality,
    province (``none``) and ZIP code, the allottee and relation, OEC number, deployment date, recruitment officers
    (few), encoders' logins, ``misc_1`` a batch code and ``misc_2`` the allottee's mobile."""
    rows = _rows(g, "ph")
    places = [g.rnd.choice(v.PH_PLACES) for _ in range(g.rows)]
    births = [g.rnd.choice(v.PH_PLACES)[0] for _ in range(g.rows)]
    officers = v.staff(g, 5, lambda: v.whole(g, "ph"))
    encoders = v.staff(g, 4, lambda: v.login(*v.person(g, "ph"), 0))
    vessels = [(g.rnd.choice(v.OWNERS[:6]), v.vessel(g), v.imo_number(g)) for _ in range(18)]
    pick = [g.rnd.choice(vessels) for _ in range(g.rows)]
    return Table("manning_iloilo.crew_lineup", "en", "snake", [
        c("lineup_id", N, "BIGINT", g.keys(250_001), D, KEY),
        c("principal", N, "VARCHAR", [p[0] for p in pick], B),
        c("vessel_name", N, "VARCHAR", [p[1] for p in pick], D, VESSEL, NAMELIKE),
        c("imo_no", N, "VARCHAR", [p[2] for p in pick], D, VESSEL, CHECK, ABBREV),
        c("rank", N, "VARCHAR", g.col(g.pick(v.RANKS_EN)), D),
        c("crew_surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("crew_given_name", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("crew_middle_name", "last_name", "VARCHAR", [v.family(g, "ph") if g.rnd.random() < 0.9 else ""
                                                       for _ in rows]),
        c("birth_date", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("place_of_birth", "city", "VARCHAR", births),
        c("sss_no", "ssn", "VARCHAR", _dirty(g, g.col(lambda: v.sss(g), 0.08), 0.04, ["00-0000000-0", "N/A"]),
          PLACEHOLDER, ABBREV),
        c("sirb_no", "national_id", "VARCHAR", g.col(lambda: g.code("E9999999") if g.rnd.random() < 0.6
                                                     else g.code("A99-99999"), 0.05), SEADOC, ABBREV),
        c("passport_no", "national_id", "VARCHAR", g.col(lambda: v.passport(g, "PH")), TRAVEL),
        c("mobile_no", "phone", "VARCHAR", g.phones("PH", {"national": 0.4, "digits": 0.3, "e164": 0.2,
                                                           "msisdn": 0.1})),
        c("email", "email", "VARCHAR", _dirty(g, [v.email_of(g, r[0], r[1], v.MAIL["ph"]) for r in rows], 0.03,
                                              ["nomail@none.com", "na@na.com"]), PLACEHOLDER),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.ph_street(g))),
        c("municipality", "city", "VARCHAR", [p[0] for p in places]),
        c("province", N, "VARCHAR", [p[1] for p in places], D),
        c("zip_code", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("allottee_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ph"), 0.1), ROLE),
        c("allottee_relation", N, "VARCHAR", g.col(g.pick(["WIFE", "MOTHER", "FATHER", "SISTER", "SON"]), 0.1), D),
        c("misc_1", N, "VARCHAR", g.col(lambda: g.code("LU-2025-99-A")), D, OPAQUE),
        c("misc_2", "phone", "VARCHAR", g.phones("PH", {"national": 0.6, "e164": 0.4}, 1.0, 0.3), OPAQUE, MISLEADING),
        c("oec_no", N, "VARCHAR", g.col(lambda: g.code("OEC-9999-9999999"), 0.2), D, SHAPE, ABBREV),
        c("deployment_date", N, "DATE", g.days("2025-10-01", "2026-03-31"), D, EVENT),
        c("recruitment_officer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("encoded_by", USERNAME, "VARCHAR", g.col(g.pick(encoders)), USER, AUDIT),
    ])


def in_crew_certificates(g: Gen) -> Table:
    """A Mumbai ship manager's seafarer certificate register (camel case): ids, the seafarer's full name and birth
    date as ``DD-MM-YYYY`` text, INDoS number and certificate numbers (``none``: professional), CDC, passport, PAN and
    Aadhaar (mostly NULL) (``national_id``), certificate type, issue and expiry dates, the issuing authority, mobile,
    e-mail, next of kin and their phone, permanent address, city and PIN code, the verifying officer (few), a document
    hash, ``src_crm_col17`` (an alternate contact: a name, a phone or an e-mail by row) and ``src_crm_col18`` (a
    tier)."""
    rows = _rows(g, "in")
    places = [g.rnd.choice(v.IN_PLACES) for _ in range(g.rows)]
    officers = v.staff(g, 4, lambda: v.whole(g, "in"))
    issued = g.days("2019-01-01", "2025-11-30")

    def alternate() -> str:
        x = g.rnd.random()
        if x < 0.4:
            return v.whole(g, "in")
        if x < 0.75:
            return g.phone("IN", g.rnd.choice(["national", "e164"]))
        return v.email(g, "in")

    return Table("shipmgmt_mumbai.crewCertificates", "en", "camel", [
        c("certId", N, "BIGINT", g.keys(70_001), D, KEY),
        c("seafarerCode", N, "VARCHAR", g.col(lambda: g.code("SF999999")), D, KEY, SHAPE),
        c("fullName", "person_name", "VARCHAR", [f"{r[0]} {r[1]}" for r in rows]),
        c("dateOfBirth", "date_of_birth", "VARCHAR", [r[2].strftime("%d-%m-%Y") for r in rows]),
        c("indosNo", N, "VARCHAR", g.col(lambda: g.code("99AA9999")), D, PROF, SHAPE, ABBREV),
        c("cdcNo", "national_id", "VARCHAR", g.col(lambda: f"{g.rnd.choice(['MUM', 'KOL', 'CHN'])} {g.digits(6)}",
                                                   0.05), SEADOC, ABBREV),
        c("passportNo", "national_id", "VARCHAR", g.col(lambda: v.passport(g, "IN")), TRAVEL),
        c("panNo", "national_id", "VARCHAR", [v.pan(g, r[1]) if g.rnd.random() < 0.7 else None for r in rows]),
        c("aadhaarNo", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g), 0.6), HEAVY),
        c("certType", N, "VARCHAR", g.col(g.pick(["COC Class II (Master)", "COC Class IV (MEO)", "GMDSS GOC",
                                                  "STCW Basic Safety", "AFF", "PSCRB", "Tanker Familiarisation"])), D),
        c("certNumber", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['COC', 'GOC', 'BST'])}/"
                                            f"{g.rnd.choice(['MUM', 'KOL', 'CHN'])}/{g.digits(5)}"), D, PROF, SHAPE),
        c("issueDate", N, "DATE", issued, D, EVENT),
        c("expiryDate", N, "DATE", [d + timedelta(days=1826) for d in issued], D, EVENT),
        c("issuingAuthority", N, "VARCHAR", g.col(g.pick(["DG Shipping Mumbai", "MMD Kolkata", "MMD Chennai",
                                                          "MMD Kochi"])), B),
        c("mobileNo", "phone", "VARCHAR", g.phones("IN", {"national": 0.3, "e164": 0.4, "intl": 0.3}), ABBREV),
        c("personalEmail", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.MAIL["in"]) for r in rows]),
        c("nokName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in"), 0.1), ROLE, ABBREV),
        c("nokPhone", "phone", "VARCHAR", g.phones("IN", {"digits": 0.5, "e164": 0.5}, 0.9, 0.15), ROLE, ABBREV),
        c("permanentAddress", "street_address", "VARCHAR", g.col(lambda: v.in_street(g))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("pinCode", "postal_code", "VARCHAR", [p[2] + g.digits(3) for p in places]),
        c("verifiedBy", "person_name", "VARCHAR", g.col(g.pick(officers), 0.1), STAFF),
        c("documentHash", N, "VARCHAR", g.col(g.sha256), D),
        c("src_crm_col17", "free_text", "VARCHAR", g.col(alternate, 0.25), OPAQUE, PREFIXED, MIXED),
        c("src_crm_col18", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "B"])), D, OPAQUE, PREFIXED),
    ])


# -- Hampshire, Alabama ------------------------------------------------------------------------------------------------


def uk_berth_contracts(g: Gen) -> Table:
    """A Hampshire marina's annual berth contracts (Pascal case): contract id, berth, boat name, type and length, SSR
    number, the owner's title, first name and surname, the joint owner (mostly NULL), two address lines, town and
    postcode, mobile and home phone, e-mail, the renewal IP, a card kept in clear (mostly NULL) and its expiry, fee,
    insurer and policy, the dock master (few), ``Notes1`` a fob code and ``Notes2`` the keyholder."""
    rows = _rows(g, "en", 1940, 1995)
    places = [g.rnd.choice(v.UK_PLACES) for _ in range(g.rows)]
    masters = v.staff(g, 4, lambda: v.whole(g, "en"))
    boats = ["Lady Hermione", "Puffin II", "Sea Wren", "Miss Tamsin", "Jennifer Rose", "Blue Heron", "Arthur Ransome",
             "Wight Knight", "Saltwhistle", "Molly B", "Old Harry", "Sundowner"]
    return Table("SolentMarina.BerthContracts", "en", "pascal", [
        c("ContractId", N, "INTEGER", g.keys(11_001), D, KEY),
        c("BerthRef", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('ABCDEFG')}-{g.rnd.randint(1, 60)}"), D),
        c("BoatName", N, "VARCHAR", g.col(g.pick(boats)), D, VESSEL, NAMELIKE),
        c("BoatType", N, "VARCHAR", g.col(g.pick(["Sailing yacht", "Motor cruiser", "RIB", "Catamaran"])), D),
        c("LengthOverallM", N, "DOUBLE", g.floats(5.5, 18.0, 2), D),
        c("SsrNumber", N, "VARCHAR", g.col(lambda: f"SSR{g.digits(6)}", 0.3), D, SHAPE),
        c("OwnerTitle", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Dr", "Capt", "Mr"])), D),
        c("OwnerFirstName", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("OwnerSurname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("JointOwnerName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "en"), 0.65), HEAVY, ROLE),
        c("AddressLine1", "street_address", "VARCHAR", g.col(lambda: v.uk_street(g))),
        c("AddressLine2", "street_address", "VARCHAR", g.col(g.pick(["Warsash", "Bursledon", "Old Portsmouth",
                                                                     "Hythe", "Keyhaven", "Bosham"]), 0.7), HEAVY),
        c("Town", "city", "VARCHAR", [p[0] for p in places]),
        c("Postcode", "postal_code", "VARCHAR", [v.uk_postcode(g, g.rnd.choice(p[1])) for p in places]),
        c("MobilePhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 1.0, 0.05)),
        c("HomePhone", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.0, 0.45)),
        c("EmailAddress", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.MAIL["en"]) for r in rows]),
        c("RenewalIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.2)),
        c("CardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.8), HEAVY),
        c("CardExpiry", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}", 0.4), D,
          PARTIAL),
        c("AnnualFeeGbp", N, "DECIMAL(9,2)", g.amounts(1_800, 14_000), D),
        c("InsurerName", N, "VARCHAR", g.col(g.pick(["Navigators & General", "Pantaenius UK", "GJW Direct",
                                                     "Haven Knox-Johnston"])), B),
        c("PolicyNumber", N, "VARCHAR", g.col(lambda: g.code("PY9999999/AA")), D, SHAPE),
        c("DockMaster", "person_name", "VARCHAR", g.col(g.pick(masters)), STAFF),
        c("Notes1", N, "VARCHAR", g.col(lambda: f"FOB-{g.digits(4)}", 0.2), D, OPAQUE),
        c("Notes2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "en"), 0.45), OPAQUE, MISLEADING),
    ])


def us_gate_file(g: Gen) -> Table:
    """A Mobile (Alabama) container terminal's AS/400 gate file (``TW`` prefix, padded CHAR): transaction number, gate
    lane, container (ISO 6346, ``none``), SCAC and truck plate, the trucker's last name, first name and middle initial,
    CDL number and state, birth date as a ``YYYYMMDD`` number (0 for none), phone and ZIP as numbers, TWIC expiry and
    gate-in date and time as numbers, the clerk's user profile, the program, ``TWUDF1`` the escort (``LAST, FIRST``)
    and ``TWUDF2`` a lane code."""
    rows = _rows(g, "us", 1958, 2003)
    clerks = ["GATECLK1", "GATECLK3", "JTILLMAN", "RHEBERT", "KSTRICKL"]
    places = [g.rnd.choice(v.US_PLACES) for _ in range(g.rows)]
    scac = ["SWFT", "JBHT", "HJBT", "SNLU", "CRSE", "LGEX", "MGUL"]
    dob = [r[2] if g.rnd.random() < 0.93 else None for r in rows]

    def phone_num() -> int:
        return 0 if g.rnd.random() < 0.1 else int(g.phone("US", "digits", g.rnd.random() < 0.8))

    return Table("TRMLIB.TWGATP", "en", "screaming", [
        c("TWTXNO", N, "BIGINT", g.keys(8_800_001), D, KEY, LEGACY),
        c("TWGATE", N, "VARCHAR", _pad(g.col(g.pick(["IN01", "IN02", "IN03", "OUT1", "OUT2"])), 4), D, LEGACY,
          PADDED),
        c("TWCNTR", N, "VARCHAR", _pad(g.col(lambda: v.container(g), 0.1), 11), D, CHECK, LEGACY, PADDED),
        c("TWSCAC", N, "VARCHAR", _pad(g.col(g.pick(scac)), 4), D, LEGACY, PADDED, ABBREV),
        c("TWTRKP", N, "VARCHAR", _pad(g.col(lambda: g.code(g.rnd.choice(["AA99999", "99A999A", "A999AA"]))), 8), D,
          LEGACY, PADDED),
        c("TWLNAM", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 20), LEGACY, PADDED),
        c("TWFNAM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 15), LEGACY, PADDED),
        c("TWMINI", "first_name", "VARCHAR", _pad(g.col(g.pick(list("ABCDEJLMRTW")), 0.3), 1), LEGACY, PADDED,
          ABBREV),
        c("TWCDL#", "national_id", "VARCHAR", _pad(g.col(lambda: g.digits(1, "123456789") + g.digits(
            g.rnd.choice([6, 7])), 0.05), 9), LEGACY, PADDED),
        c("TWCDST", N, "VARCHAR", [p[1] for p in places], D, LEGACY),
        c("TWDOB", "date_of_birth", "BIGINT", [_ymd(d) for d in dob], LEGACY, INT_DATE, ZERO),
        c("TWPHON", "phone", "BIGINT", [phone_num() for _ in range(g.rows)], LEGACY, NUMERIC, ZERO),
        c("TWZIP", "postal_code", "INTEGER", [int(p[2]) if g.rnd.random() < 0.9 else 0 for p in places], LEGACY,
          NUMERIC, ZERO),
        c("TWTWEX", N, "BIGINT", [_ymd(g.day("2025-06-01", "2030-12-31")) for _ in range(g.rows)], D, EVENT,
          INT_DATE, LEGACY),
        c("TWINDT", N, "BIGINT", [_ymd(g.day("2025-10-01", "2025-12-15")) for _ in range(g.rows)], D, EVENT,
          INT_DATE, LEGACY),
        c("TWINTM", N, "INTEGER", g.col(lambda: g.rnd.randint(5, 19) * 10_000 + g.rnd.randint(0, 59) * 100
                                        + g.rnd.randint(0, 59)), D, LEGACY),
        c("TWCLRK", USERNAME, "VARCHAR", _pad(g.col(g.pick(clerks)), 10), USER, AUDIT, LEGACY, PADDED),
        c("TWPGM", N, "VARCHAR", _pad(g.col(g.pick(["TWG100R", "TWG110R"])), 10), D, SERVICE, AUDIT, LEGACY,
          PADDED),
        c("TWUDF1", "person_name", "VARCHAR", _pad(g.col(lambda: f"{v.family(g, 'us').upper()}, "
                                                         f"{v.given(g, 'us').upper()}", 0.4), 30), OPAQUE,
          MISLEADING, LEGACY, PADDED),
        c("TWUDF2", N, "VARCHAR", _pad(g.col(g.pick(["L1", "L2", "L4", "RF"])), 4), D, OPAQUE, LEGACY, PADDED),
    ])


# -- Western Australia, Singapore, Ontario, County Cork ----------------------------------------------------------------

#: crew origins of the Asian-Pacific tables: (name list, passport country, phone region, nationality)
CREW = [("ph", "PH", "PH", "Filipino"), ("in", "IN", "IN", "Indian"), ("id", "ID", "ID", "Indonesian"),
        ("ua", "UA", "UA", "Ukrainian"), ("pl", "PL", "PL", "Polish")]


def au_crew_changes(g: Gen) -> Table:
    """A Fremantle ship agent's crew changes: movement id, port-call reference, vessel name, IMO number, call sign and
    MMSI (``none``), the seafarer as ``SURNAME, Given``, nationality, rank, passport, birth date as ``DD/MM/YYYY``
    text, sign-on or sign-off, flight, hotel and its address (``none``), the seafarer's mobile (five countries),
    ``User1`` a cost centre and ``User2`` the seafarer's e-mail, the driver (first name), the agent on duty, medical
    notes naming people (mostly NULL), the welfare visit."""
    origin = [g.rnd.choices(CREW, [4, 3, 2, 1, 1])[0] for _ in range(g.rows)]
    people = [v.person(g, o[0]) for o in origin]
    drivers = v.staff(g, 4, lambda: v.given(g, "en"))
    agents = v.staff(g, 5, lambda: v.whole(g, "en"))
    ships = [(v.vessel(g), v.imo_number(g), v.call_sign(g), v.mmsi(g, g.rnd.choice(v.FLAGS)[1])) for _ in range(14)]
    ship = [g.rnd.choice(ships) for _ in range(g.rows)]
    hotels = [("Esplanade Quay Hotel", "46 Marine Terrace, Fremantle WA 6160"),
              ("Harbourside Seafarers Lodge", "9 Beach Street, Fremantle WA 6160"),
              ("Perth Airport Transit Inn", "2 Dunreath Drive, Perth Airport WA 6105")]
    hotel = [g.rnd.choice(hotels) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Dental appointment arranged, escorted by {v.given(g, 'en')}",
                             "Fit to travel per port doctor", f"Wife {v.given(g, 'ph')} to be informed of delay",
                             f"Seen by Dr {v.family(g, 'en')} at Fiona Stanley, sprained ankle",
                             "Requires wheelchair at airport"])

    return Table("fremantle_agency.crew_changes", "en", "snake", [
        c("movement_id", N, "BIGINT", g.keys(90_001), D, KEY),
        c("port_call_ref", N, "VARCHAR", g.col(lambda: f"FRE25-{g.digits(4)}"), D, SHAPE),
        c("vessel_name", N, "VARCHAR", [s[0] for s in ship], D, VESSEL, NAMELIKE),
        c("vessel_imo", N, "VARCHAR", [s[1] for s in ship], D, VESSEL, CHECK),
        c("call_sign", N, "VARCHAR", [s[2] for s in ship], D, VESSEL, SHAPE),
        c("mmsi", N, "VARCHAR", [s[3] for s in ship], D, VESSEL, SHAPE),
        c("seafarer_name", "person_name", "VARCHAR", [f"{b.upper()}, {a}" for a, b in people]),
        c("nationality", N, "VARCHAR", [o[3] for o in origin], D),
        c("rank", N, "VARCHAR", g.col(g.pick(v.RANKS_EN)), D),
        c("passport_no", "national_id", "VARCHAR", [v.passport(g, o[1]) for o in origin], TRAVEL),
        c("dob", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1966, 2004).strftime("%d/%m/%Y")), ABBREV),
        c("movement", N, "VARCHAR", g.col(g.pick(["SIGN ON", "SIGN OFF"])), D),
        c("flight_no", N, "VARCHAR", g.col(lambda: g.rnd.choice(["SQ", "QF", "PR", "EK", "QR", "MH"]) + g.digits(3),
                                           0.1), D),
        c("hotel_name", N, "VARCHAR", [h[0] for h in hotel], B),
        c("hotel_address", N, "VARCHAR", [h[1] for h in hotel], B),
        c("seafarer_mobile", "phone", "VARCHAR", [g.phone(o[2], g.rnd.choice(["e164", "intl", "msisdn"]))
                                                  if g.rnd.random() < 0.85 else None for o in origin]),
        c("User1", N, "VARCHAR", g.col(g.pick(["CC-4100", "CC-4200", "CC-4310"])), D, OPAQUE),
        c("User2", "email", "VARCHAR", [v.email_of(g, a, b, v.MAIL[o[0]]) if g.rnd.random() < 0.6 else None
                                        for (a, b), o in zip(people, origin)], OPAQUE, MISLEADING),
        c("driver_first_name", "first_name", "VARCHAR", g.col(g.pick(drivers), 0.2), STAFF),
        c("agent_on_duty", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("medical_notes", "free_text", "VARCHAR", g.col(note, 0.75), HEAVY),
        c("welfare_visit", N, "BOOLEAN", g.yn(True, False, 0.3), D),
    ])


def sg_crew_allotments(g: Gen) -> Table:
    """A Singapore ship manager's monthly wage allotments: ids, the crew member's full name, vessel code, wage month,
    wage and allotment (``none``), the allottee, relation, bank and SWIFT code (``none``), the domestic account number
    (``unclassified``), a Ukrainian allottee's IBAN (mostly NULL), the allottee's mobile, a remittance reference,
    ``code`` the NRIC or FIN of Singapore-based crew (mostly NULL), the approver's login, the manager's UEN and the
    batch job."""
    origin = [g.rnd.choices(CREW[:4] + [("sg", "SG", "SG", "Singaporean")], [5, 4, 3, 1, 1])[0]
              for _ in range(g.rows)]
    crew = [v.whole(g, o[0]) if o[0] != "sg" else v.whole(g, "en") for o in origin]
    approvers = v.staff(g, 3, lambda: v.login(*v.person(g, "en"), 1))
    banks = {"ph": [("BDO Unibank", "BNORPHMM"), ("Metrobank", "MBTCPHMM"), ("Land Bank", "TLBPPHMM")],
             "in": [("State Bank of India", "SBININBB"), ("Federal Bank", "FDRLINBB"), ("Canara Bank", "CNRBINBB")],
             "id": [("Bank Mandiri", "BMRIIDJA"), ("Bank Rakyat Indonesia", "BRINIDJA")],
             "ua": [("PrivatBank", "PBANUA2X"), ("Raiffeisen Bank", "AVALUAUK")],
             "sg": [("DBS Bank", "DBSSSGSG"), ("OCBC Bank", "OCBCSGSG")]}
    bank = [g.rnd.choice(banks[o[0]]) for o in origin]
    regions = {"ph": "PH", "in": "IN", "id": "ID", "ua": "UA", "sg": "SG"}

    def account(o: str) -> str | None:
        if o == "ua":
            return None
        return g.digits({"ph": 12, "in": 14, "id": 13, "sg": 10}[o], "0123456789")

    return Table("sg_shipmgr.crew_allotments", "en", "snake", [
        c("allotment_id", N, "BIGINT", g.keys(5_000_001), D, KEY),
        c("crew_id", N, "INTEGER", g.ints(10_000, 14_999), D, KEY),
        c("crew_full_name", "person_name", "VARCHAR", crew),
        c("vessel_code", N, "VARCHAR", g.col(lambda: g.code("LM99")), D, VESSEL),
        c("wage_month", N, "VARCHAR", g.col(g.pick(["2025-07", "2025-08", "2025-09", "2025-10", "2025-11"])), D,
          EVENT),
        c("basic_wage_usd", N, "DECIMAL(10,2)", g.amounts(650, 9_800), D),
        c("allotment_usd", N, "DECIMAL(10,2)", g.amounts(300, 7_000), D),
        c("allottee_name", "person_name", "VARCHAR", [v.whole(g, o[0] if o[0] != "sg" else "en") for o in origin],
          ROLE),
        c("allottee_relationship", N, "VARCHAR", g.col(g.pick(["Spouse", "Mother", "Father", "Sibling", "Self"])), D),
        c("allottee_bank", N, "VARCHAR", [b[0] for b in bank], B),
        c("allottee_bank_swift", N, "VARCHAR", [b[1] for b in bank], B, SHAPE),
        c("allottee_account_no", ACCOUNT, "VARCHAR", [account(o[0]) for o in origin], BANK),
        c("allottee_iban", "iban", "VARCHAR", [v.iban(g, "UA", g.rnd.random() < 0.3) if o[0] == "ua" else None
                                               for o in origin], HEAVY),
        c("allottee_mobile", "phone", "VARCHAR", [g.phone(regions[o[0]], g.rnd.choice(["e164", "national"]))
                                                  if g.rnd.random() < 0.8 else None for o in origin]),
        c("remittance_ref", N, "VARCHAR", g.col(lambda: f"RMT{g.digits(10)}"), D, SHAPE),
        c("code", "national_id", "VARCHAR", [v.nric(g, g.birth(1965, 2003), g.rnd.random() < 0.6)
                                             if o[0] == "sg" or g.rnd.random() < 0.35 else None for o in origin],
          OPAQUE, MISLEADING, HEAVY),
        c("approved_by", USERNAME, "VARCHAR", g.col(g.pick(approvers), 0.1), USER, AUDIT),
        c("ship_manager_uen", N, "VARCHAR", [v.uen(g)] * g.rows, B, CHECK),
        c("batch_job", N, "VARCHAR", g.col(g.pick(["ALLOT_MONTHLY", "ALLOT_ADHOC"])), D, SERVICE, AUDIT),
    ])


def ca_crew_pay_master(g: Gen) -> Table:
    """A St. Catharines Great Lakes carrier's crew pay master in a COBOL copybook's layout (hyphenated names, padded
    CHAR): the pay number (nine digits failing the SIN check), surname and given names, SIN as a number (0 for none),
    birth date as a number, address line, city, province (``none``) and postal code, home phone as a number, the
    Canadian Maritime Document number (``none``), rating, vessel, hire date, transit and account number, the
    beneficiary, the employer's business number, ``CPM-USER-FLD-1`` the union local and ``CPM-USER-FLD-2`` the spouse's
    phone."""
    rows = _rows(g, "ca", 1962, 2005)
    places = [g.rnd.choice(v.CA_PLACES) for _ in range(g.rows)]
    bn = v.ca_bn(g)

    def sin_num() -> int:
        return 0 if g.rnd.random() < 0.05 else int(v.sin(g))

    def phone_num() -> int:
        return 0 if g.rnd.random() < 0.15 else int(g.phone("CA", "digits", g.rnd.random() < 0.5))

    return Table("GLKPAY.CREW-PAY-MSTR", "en", "screaming", [
        c("CPM-EMP-NO", N, "VARCHAR", [_failing(g, 9, luhn.is_valid, "1234567") for _ in range(g.rows)],
          D, KEY, FAILS, SHAPE, LEGACY),
        c("CPM-SURNAME", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY, PADDED),
        c("CPM-GIVEN-NAMES", "first_name", "VARCHAR", _pad([r[0].upper() + (f" {v.given(g, 'ca').upper()}"
                                                                             if g.rnd.random() < 0.3 else "")
                                                            for r in rows], 25), LEGACY, PADDED),
        c("CPM-SIN", "ssn", "BIGINT", [sin_num() for _ in range(g.rows)], LEGACY, NUMERIC, ZERO),
        c("CPM-BIRTH-DT", "date_of_birth", "BIGINT", [_ymd(r[2]) for r in rows], LEGACY, INT_DATE),
        c("CPM-ADDR-LINE-1", "street_address", "VARCHAR", _pad(g.col(lambda: f"{g.rnd.randint(1, 4999)} "
                                                                     f"{g.rnd.choice(v.CA_STREETS)}".upper()), 30),
          LEGACY, PADDED),
        c("CPM-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 20), LEGACY, PADDED),
        c("CPM-PROV", N, "VARCHAR", [p[1] for p in places], D, LEGACY),
        c("CPM-POSTAL-CD", "postal_code", "VARCHAR", _pad([v.ca_postal(g, g.rnd.choice(p[2])) for p in places], 7),
          LEGACY, PADDED),
        c("CPM-HOME-PHONE", "phone", "BIGINT", [phone_num() for _ in range(g.rows)], LEGACY, NUMERIC, ZERO),
        c("CPM-CDN-NO", N, "VARCHAR", _pad(g.col(lambda: g.digits(1, "123456789") + g.digits(6), 0.1), 8), D, PROF,
          SHAPE, LEGACY, PADDED),
        c("CPM-RATING", N, "VARCHAR", _pad(g.col(g.pick(["WHEELSMAN", "DECKHAND", "OILER", "2ND MATE", "CHIEF ENG",
                                                         "COOK", "TUNNELMAN"])), 10), D, LEGACY, PADDED),
        c("CPM-VSL-CD", N, "VARCHAR", g.col(g.pick(["ALG", "BAY", "MTG", "TIM", "NIA"])), D, VESSEL, LEGACY),
        c("CPM-HIRE-DT", N, "BIGINT", [_ymd(g.day("1995-04-01", "2025-06-30")) for _ in range(g.rows)], D, EVENT,
          INT_DATE, LEGACY),
        c("CPM-TRANSIT", N, "VARCHAR", g.col(lambda: f"{g.digits(5)}-{g.rnd.choice(['001', '002', '003', '004'])}"),
          D, LEGACY),
        c("CPM-ACCT-NO", ACCOUNT, "VARCHAR", _pad(g.col(lambda: g.digits(7, "0123456789"), 0.05), 12), BANK, LEGACY,
          PADDED),
        c("CPM-BENE-NAME", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "ca").upper(), 0.35), 30), ROLE,
          LEGACY, PADDED),
        c("CPM-EMPLR-BN", N, "VARCHAR", [bn] * g.rows, B, CHECK, LEGACY),
        c("CPM-USER-FLD-1", N, "VARCHAR", _pad(g.col(g.pick(["L4401", "L4402", "L4411"])), 8), D, OPAQUE, LEGACY,
          PADDED),
        c("CPM-USER-FLD-2", "phone", "VARCHAR", _pad(g.col(lambda: g.phone("CA", "digits"), 0.45), 12), OPAQUE,
          MISLEADING, LEGACY, PADDED),
    ])


def ie_vessel_calls(g: Gen) -> Table:
    """A Cork harbour's port-community system's vessel calls: ids, the voyage reference, vessel name, IMO number,
    MMSI, call sign, flag and tonnage (``none``), ETA, ATA and ATD, berth, the ship agent and its operations e-mail
    and phone (``none``), the master (``person_name``), the pilot (few), the pilot boarding point's coordinates,
    persons on board, the crew list as JSON (``free_text``), ``custom_1`` an anchorage code and ``custom_2`` the
    master's e-mail, the ISPS level, the creator's login."""
    ships = []
    for _ in range(60):
        flag, mid = g.rnd.choice(v.FLAGS)
        ships.append((v.vessel(g) if g.rnd.random() < 0.5 else f"MV {g.rnd.choice(['Atlantic', 'Celtic', 'Nordic'])} "
                      f"{g.rnd.choice(['Carrier', 'Trader', 'Endeavour', 'Star'])}", v.imo_number(g),
                      v.mmsi(g, mid), v.call_sign(g), flag, g.rnd.randint(2_000, 60_000)))
    ship = [g.rnd.choice(ships) for _ in range(g.rows)]
    pilots = v.staff(g, 6, lambda: v.whole(g, "ie"))
    clerks = v.staff(g, 4, lambda: v.login(*v.person(g, "ie"), 3))
    agents = [("Celtic Shipping Agencies Ltd", "ops@celticshipag.ie", "+353 21 431 0420"),
              ("Ringaskiddy Port Services", "operations@rps-cork.ie", "+353 21 437 8800"),
              ("Atlantic Bridge Agency", "desk@atlbridge.ie", "+353 21 482 1155")]
    agent = [g.rnd.choice(agents) for _ in range(g.rows)]
    masters = [v.person(g, g.rnd.choice(["pl", "ua", "in", "ph", "de", "dk"])) for _ in range(g.rows)]
    eta = g.moments("2025-07-01", "2025-12-20")
    ata = [e + timedelta(minutes=g.rnd.randint(-180, 600)) for e in eta]
    atd = [a + timedelta(hours=g.rnd.randint(8, 96)) if g.rnd.random() < 0.9 else None for a in ata]

    def crew_list() -> str | None:
        if g.rnd.random() < 0.3:
            return None
        lang = g.rnd.choice(["ph", "in", "ua", "pl"])
        return json.dumps([{"name": v.whole(g, lang), "rank": g.rnd.choice(v.RANKS_EN),
                            "dob": g.birth(1966, 2004).isoformat()} for _ in range(g.rnd.randint(1, 4))],
                          ensure_ascii=False)

    return Table("corkport_pcs.vessel_calls", "en", "snake", [
        c("call_id", N, "BIGINT", g.keys(2025_00001), D, KEY),
        c("voyage_ref", N, "VARCHAR", g.col(lambda: g.code("V99A999")), D, SHAPE),
        c("vessel_name", N, "VARCHAR", [s[0] for s in ship], D, VESSEL, NAMELIKE),
        c("imo_number", N, "VARCHAR", [("IMO " if g.rnd.random() < 0.3 else "") + s[1] for s in ship], D, VESSEL,
          CHECK),
        c("mmsi", N, "BIGINT", [int(s[2]) for s in ship], D, VESSEL, SHAPE),
        c("call_sign", N, "VARCHAR", [s[3] for s in ship], D, VESSEL, SHAPE),
        c("flag_state", N, "VARCHAR", [s[4] for s in ship], D),
        c("gross_tonnage", N, "INTEGER", [s[5] for s in ship], D),
        c("eta", N, "TIMESTAMP", eta, D, EVENT),
        c("ata", N, "TIMESTAMP", ata, D, EVENT),
        c("atd", N, "TIMESTAMP", atd, D, EVENT),
        c("berth", N, "VARCHAR", g.col(g.pick(["Tivoli 3", "Ringaskiddy DWB", "Cobh Cruise Terminal",
                                               "Whitegate Jetty", "Marino Point"])), D),
        c("ship_agent", N, "VARCHAR", [a[0] for a in agent], B),
        c("agent_ops_email", N, "VARCHAR", [a[1] for a in agent], B),
        c("agent_ops_phone", N, "VARCHAR", [a[2] for a in agent], B),
        c("master_name", "person_name", "VARCHAR", [f"Capt. {a} {b}" if g.rnd.random() < 0.3 else f"{a} {b}"
                                                    for a, b in masters], ROLE),
        c("pilot_name", "person_name", "VARCHAR", g.col(g.pick(pilots), 0.1), STAFF),
        c("pilot_boarding_lat", N, "DOUBLE", g.floats(51.70, 51.78, 5), D, COORD),
        c("pilot_boarding_lon", N, "DOUBLE", g.floats(-8.30, -8.20, 5), D, COORD),
        c("persons_on_board", N, "INTEGER", g.ints(12, 28), D),
        c("crew_list_json", "free_text", "VARCHAR", [crew_list() for _ in range(g.rows)], JSON),
        c("custom_1", N, "VARCHAR", g.col(g.pick(["ANCH-A", "ANCH-B", "ROCHES-PT", ""])), D, OPAQUE),
        c("custom_2", "email", "VARCHAR", [v.email_of(g, a, b, ["gmail.com", "outlook.com", "yahoo.com", "wp.pl"])
                                           if g.rnd.random() < 0.45 else None for a, b in masters], OPAQUE,
          MISLEADING, HEAVY),
        c("isps_level", N, "INTEGER", g.col(g.pick([1, 1, 1, 2])), D),
        c("created_by", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
    ])


# -- Greece, Poland, Germany, the Netherlands, Denmark, Brazil, Bulgaria -----------------------------------------------


def gr_crew_register(g: Gen) -> Table:
    """A Piraeus shipowner's crew register (Greek script, snake case): serial, family name, given name, father's given
    name (``first_name``), birth date as ``dd/mm/yyyy`` text and birthplace, ΑΜΚΑ (``ssn``, encoding the birth date
    and sex), personal ΑΦΜ, seaman's book (``national_id``), rank, ship and IMO number, mobile and landline, e-mail,
    address, postcode, town, region (``none``), payroll IBAN, the company's ΑΦΜ, the crew manager (few), ``πεδίο_1``
    the next of kin and ``πεδίο_2`` a union code."""
    rows = _rows(g, "gr", 1960, 2004)
    places = [g.rnd.choice(v.GR_PLACES) for _ in range(g.rows)]
    managers = v.staff(g, 3, lambda: v.whole(g, "gr"))
    company = v.gr_afm(g, False)
    ships = [(v.vessel(g), v.imo_number(g)) for _ in range(8)]
    ship = [g.rnd.choice(ships) for _ in range(g.rows)]
    ranks = ["Πλοίαρχος", "Υποπλοίαρχος", "Ανθυποπλοίαρχος", "Α' Μηχανικός", "Β' Μηχανικός", "Ναύκληρος",
             "Ναύτης", "Μάγειρας", "Λιπαντής", "Δόκιμος Πλοίαρχος"]
    return Table("ναυτιλιακή_πειραιώς.μητρώο_πληρώματος", "el", "snake", [
        c("α_α", N, "INTEGER", g.keys(1), D, KEY),
        c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("όνομα", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", [v.given(g, "gr") if g.rnd.random() < 0.95 else None for _ in rows],
          ROLE),
        c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", [r[2].strftime("%d/%m/%Y") for r in rows]),
        c("τόπος_γέννησης", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.GR_PLACES)[0], 0.1)),
        c("αμκα", "ssn", "VARCHAR", [v.amka(g, r[2], r[3]) for r in rows]),
        c("αφμ", "national_id", "VARCHAR", [v.gr_afm(g) if g.rnd.random() < 0.9 else None for _ in rows]),
        c("αριθμός_ναυτικού_φυλλαδίου", "national_id", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(['ΠΕ', 'ΧΙ', 'ΑΝ', 'ΚΑ'])} {g.digits(6)}", 0.05), SEADOC),
        c("ειδικότητα", N, "VARCHAR", g.col(g.pick(ranks)), D),
        c("πλοίο", N, "VARCHAR", [s[0] for s in ship], D, VESSEL, NAMELIKE),
        c("αριθμός_imo", N, "VARCHAR", [s[1] for s in ship], D, VESSEL, CHECK),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.5, "intl": 0.3, "00": 0.2})),
        c("σταθερό", "phone", "VARCHAR", g.phones("GR", {"national": 1.0}, 0.0, 0.4)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.MAIL["gr"]) if g.rnd.random() < 0.85 else None
                                        for r in rows], "lang:en"),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.GR_STREETS)} "
                                                          f"{g.rnd.randint(1, 180)}")),
        c("ταχυδρομικός_κώδικας", "postal_code", "VARCHAR", [f"{p[1]} {g.digits(2)}" for p in places]),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("περιφέρεια", N, "VARCHAR", [p[2] for p in places], D),
        c("iban_μισθοδοσίας", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR", g.rnd.random() < 0.4), 0.1)),
        c("αφμ_εταιρείας", N, "VARCHAR", [company] * g.rows, B, CHECK),
        c("υπεύθυνος_πληρωμάτων", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("πεδίο_1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gr"), 0.3), OPAQUE, MISLEADING),
        c("πεδίο_2", N, "VARCHAR", g.col(g.pick(["ΠΕΜΕΝ", "ΠΝΟ", "ΠΕΠΕΝ"]), 0.2), D, OPAQUE),
    ])


def pl_training_certificates(g: Gen) -> Table:
    """A Gdynia maritime training centre's certificates (Polish, camel case): ids, certificate number and course
    (``none``), first and second given name, family name, PESEL (encoding the birth date and sex), birth date and
    birthplace, seaman's book number, mobile, e-mail, street, postcode and town, the employer and its NIP
    (``none``), the instructor (few), the issue date, the registration IP, the order number (eleven digits failing the
    PESEL check), ``poleDod1`` a group code and ``poleDod2`` an emergency phone, remarks (mostly NULL words)."""
    rows = _rows(g, "pl", 1965, 2006)
    places = [g.rnd.choice(v.PL_PLACES) for _ in range(g.rows)]
    instructors = v.staff(g, 5, lambda: v.whole(g, "pl"))
    employers = [("Baltic Crown Shipmanagement", v.nip(g)), ("Polska Żegluga Przybrzeżna sp. z o.o.", v.nip(g)),
                 ("Kaszubskie Holowniki S.A.", v.nip(g)), ("Morskie Usługi Offshore sp. z o.o.", v.nip(g))]
    employer = [g.rnd.choice(employers) if g.rnd.random() < 0.6 else ("", "") for _ in range(g.rows)]

    def remark() -> str:
        return g.rnd.choice([f"Skierowany przez {v.whole(g, 'pl')}", "Powtórka egzaminu praktycznego",
                             f"Faktura na żonę, {v.given(g, 'pl')} {v.family(g, 'pl')}", "Zwolniony z części I"])

    return Table("osrodek_szkolen_gdynia.swiadectwa", "pl", "camel", [
        c("idSwiadectwa", N, "BIGINT", g.keys(40_001), D, KEY),
        c("numerSwiadectwa", N, "VARCHAR", g.col(lambda: f"OSM/{g.rnd.choice(['BST', 'PSCRB', 'AFF', 'SSO'])}/2025/"
                                                 f"{g.digits(5)}"), D, PROF, SHAPE),
        c("rodzajKursu", N, "VARCHAR", g.col(g.pick(["Podstawowe szkolenie bezpieczeństwa", "Łodzie ratunkowe",
                                                     "Zaawansowane pożarnictwo", "Oficer ochrony statku"])), D),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("drugieImie", "first_name", "VARCHAR", g.col(lambda: v.given(g, "pl"), 0.6), HEAVY),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [v.pesel(g, r[2], r[3]) for r in rows]),
        c("dataUrodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("miejsceUrodzenia", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.PL_PLACES)[0])),
        c("numerKsiazeczkiZeglarskiej", "national_id", "VARCHAR", g.col(lambda: f"ZS {g.digits(6)}", 0.3), SEADOC),
        c("telefonKomorkowy", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.2, "digits": 0.2})),
        c("adresEmail", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.MAIL["pl"]) for r in rows]),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.PL_STREETS)} {g.rnd.randint(1, 120)}"
                                                      + g.rnd.choice(["", f"/{g.rnd.randint(1, 40)}"]))),
        c("kodPocztowy", "postal_code", "VARCHAR", [v.pl_postcode(g, p[1]) for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("pracodawca", N, "VARCHAR", [e[0] for e in employer], B),
        c("nipPracodawcy", N, "VARCHAR", [e[1] for e in employer], B, CHECK),
        c("instruktor", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF),
        c("dataWydania", N, "DATE", g.days("2025-01-02", "2025-12-12"), D, EVENT),
        c("ipRejestracji", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.15)),
        c("numerZamowienia", N, "VARCHAR", g.col(lambda: _failing(g, 11, pesel.is_valid, "6789")), D, FAILS,
          SHAPE),
        c("poleDod1", N, "VARCHAR", g.col(g.pick(["GR-A", "GR-B", "GR-C", "WEEKEND"])), D, OPAQUE),
        c("poleDod2", "phone", "VARCHAR", g.phones("PL", {"national": 0.7, "intl": 0.3}, 0.9, 0.35), OPAQUE,
          MISLEADING),
        c("uwagi", "free_text", "VARCHAR", g.sparse(remark, 0.8, _words("brak")), NULLWORD),
    ])


def de_sap_seafarers(g: Gen) -> Table:
    """A Leer shipping company's seafarers in an SAP custom table (German, SAP abbreviations, text columns): client,
    personnel number, family and given name, birth name (mostly blank), birth date as ``DATS`` text, birthplace,
    street, postcode, town, country, phone, Steuer-ID, Seefahrtbuch number, IBAN and bank key, rank, ship, the SAP
    user who created the row (``ERNAM``), the change date, ``ZZFELD1`` a cost centre and ``ZZFELD2`` the emergency
    contact's phone."""
    rows = _rows(g, "de", 1960, 2004)
    places = [g.rnd.choice(v.DE_PLACES) for _ in range(g.rows)]
    users = ["HEILERS", "MTAMMEN", "SGERDES"]
    ranks = ["Kapitän", "1. Offizier", "2. Offizier", "Leitender Ingenieur", "2. Ingenieur", "Bootsmann",
             "Matrose", "Koch", "Schiffsmechaniker"]
    return Table("SAPSR3.ZSEE_PERSONAL", "de", "screaming", [
        c("MANDT", N, "VARCHAR", ["100"] * g.rows, D),
        c("PERNR", N, "VARCHAR", [f"{n:08d}" for n in g.keys(40_101)], D, KEY),
        c("NACHN", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
        c("VORNA", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
        c("GBNAM", "last_name", "VARCHAR", [v.family(g, "de") if r[3] and g.rnd.random() < 0.7 else "" for r in rows],
          ABBREV, NULLWORD),
        c("GBDAT", "date_of_birth", "VARCHAR", [r[2].strftime("%Y%m%d") for r in rows], ABBREV),
        c("GBORT", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.DE_PLACES)[0]), ABBREV),
        c("STRAS", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.DE_STREETS)} {g.rnd.randint(1, 90)}"
                                                      + g.rnd.choice(["", "a", "b"])), ABBREV),
        c("PSTLZ", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("ORT01", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("LAND1", N, "VARCHAR", ["DE"] * g.rows, D),
        c("TELNR", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.2, "00": 0.2}, 0.7, 0.1), ABBREV),
        c("STEUERID", "national_id", "VARCHAR", g.col(lambda: v.steuer_id(g), 0.05)),
        c("SEEFBNR", "national_id", "VARCHAR", g.col(lambda: g.code("A 999999"), 0.1), SEADOC, ABBREV),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.3))),
        c("BANKL", N, "VARCHAR", g.col(lambda: g.rnd.choice(["28550000", "28590075", "28250110", "29050101"])), D,
          SHAPE),
        c("DIENSTGRAD", N, "VARCHAR", g.col(g.pick(ranks)), D),
        c("SCHIFF", N, "VARCHAR", g.col(g.pick(["MS Hermann Schulte", "MS Ems Trader", "MS Leda Express",
                                                "MS Nordic Tern"])), D, VESSEL, NAMELIKE),
        c("ERNAM", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
        c("AEDAT", N, "VARCHAR", [g.day("2024-01-01", "2025-12-01").strftime("%Y%m%d") for _ in range(g.rows)], D,
          EVENT),
        c("ZZFELD1", N, "VARCHAR", g.col(g.pick(["KST4100", "KST4200", "KST4300"])), D, OPAQUE),
        c("ZZFELD2", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "e164": 0.3}, 0.8, 0.3), OPAQUE,
          MISLEADING),
    ])


def nl_berth_contracts(g: Gen) -> Table:
    """A Lemmer marina's berth contracts (Dutch, snake case): contract number, berth, ship's name, type and length,
    initials (``first_name``), ``tussenvoegsel`` and family name (``last_name``), street and house number apart,
    postcode, town, phone, e-mail, IBAN, business berth holders' KvK and btw numbers (``none``), the harbour master
    (first names), remarks naming people, ``extra_1`` a key code and ``extra_2`` the co-owner's e-mail, the policy
    number."""
    rows = _rows(g, "nl", 1940, 1995)
    places = [g.rnd.choice(v.NL_PLACES) for _ in range(g.rows)]
    masters = v.staff(g, 3, lambda: v.given(g, "nl"))
    business = [g.rnd.random() < 0.45 for _ in range(g.rows)]
    boats = ["Johanna Maria", "Zwerver", "De Hoop", "Sjoukje", "Noorderlicht", "Tjalk Vrouwe Antje", "Waterhoen",
             "Gerrit Jan", "Windekind", "Albatros"]

    def remark() -> str:
        return g.rnd.choice(["Winterstalling binnen", f"Sleutel bij buurman {v.given(g, 'nl')} {v.family(g, 'nl')}",
                             "Walstroom 16A", f"Zoon {v.given(g, 'nl')} mag de boot gebruiken", "Betaalt per kwartaal"])

    return Table("jachthaven_lemmer.ligplaatscontracten", "nl", "snake", [
        c("contractnummer", N, "INTEGER", g.keys(2_001), D, KEY),
        c("ligplaats", N, "VARCHAR", g.col(lambda: f"Steiger {g.rnd.choice('ABCDE')}-{g.rnd.randint(1, 48)}"), D),
        c("scheepsnaam", N, "VARCHAR", g.col(g.pick(boats)), D, VESSEL, NAMELIKE),
        c("scheepstype", N, "VARCHAR", g.col(g.pick(["Zeilboot", "Motorkruiser", "Sloep", "Platbodem"])), D),
        c("lengte_m", N, "DOUBLE", g.floats(5.0, 16.0, 2), D),
        c("voorletters", "first_name", "VARCHAR", [".".join(r[0][0] + (g.rnd.choice("AJHMPW") if g.rnd.random() < 0.4
                                                                        else "")) + "." for r in rows]),
        c("tussenvoegsel", "last_name", "VARCHAR", g.col(lambda: g.rnd.choice(["", "", "van", "de", "van der",
                                                                                "van den", "ter"]))),
        c("achternaam", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("straat", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS))),
        c("huisnummer", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 220)) + g.rnd.choice(
            ["", "", "a", "-2", " bis"]))),
        c("postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 0.8)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.MAIL["nl"]) for r in rows]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.5), 0.05)),
        c("kvk_nummer", N, "VARCHAR", [g.digits(8) if b else "" for b in business], B),
        c("btw_nummer", N, "VARCHAR", [v.btw(g) if b else "" for b in business], B, CHECK),
        c("havenmeester", "first_name", "VARCHAR", g.col(g.pick(masters)), STAFF),
        c("opmerkingen", "free_text", "VARCHAR", g.sparse(remark, 0.5, ("", "geen"))),
        c("extra_1", N, "VARCHAR", g.col(lambda: f"S{g.digits(3)}"), D, OPAQUE),
        c("extra_2", "email", "VARCHAR", g.col(lambda: v.email(g, "nl"), 0.6), OPAQUE, MISLEADING, HEAVY),
        c("polisnummer", N, "VARCHAR", g.col(lambda: g.code("PL-99999999")), D, SHAPE),
    ])


def dk_ctv_manifest(g: Gen) -> Table:
    """An Esbjerg crew-transfer vessel operator's passenger manifests (Danish, Pascal case): trip id, vessel,
    departure, wind farm, the technician's first and family name, CPR number (Danish technicians; encoding the birth
    date), birth date as ``dd-mm-yyyy`` text, GWO id (``none``), employer and its CVR (``none``), mobile of four
    countries, e-mail, next of kin and their phone, weight (``none``), the skipper (few), remarks (mostly NULL words),
    ``Felt1`` the technician's home town and ``Felt2`` a muster code."""
    origin = [g.rnd.choices(["dk", "de", "en", "pl"], [6, 2, 1, 1])[0] for _ in range(g.rows)]
    region = {"dk": "DK", "de": "DE", "en": "GB", "pl": "PL"}
    rows = []
    for o in origin:
        female = g.rnd.random() < 0.12
        a, b = v.person(g, o, female)
        rows.append((a, b, g.birth(1965, 2004), female, o))
    skippers = v.staff(g, 5, lambda: v.whole(g, "dk"))
    employers = [("Vestkyst Vindservice A/S", v.cvr(g)), ("Nordsø Turbine Technics ApS", v.cvr(g)),
                 ("Blåvand Offshore Crew A/S", v.cvr(g)), ("Horns Rev Service Partner ApS", v.cvr(g))]
    employer = [g.rnd.choice(employers) for _ in range(g.rows)]
    towns = {"dk": [p[0] for p in v.DK_PLACES], "de": ["Husum", "Emden", "Cuxhaven", "Bremerhaven"],
             "en": ["Grimsby", "Lowestoft", "Great Yarmouth"], "pl": ["Szczecin", "Gdańsk", "Koszalin"]}

    def remark() -> str:
        return g.rnd.choice(["Søsyg ved sidste tur", f"Erstatter {v.whole(g, 'dk')} på WTG A07",
                             "Medbringer værktøjskasse 40 kg", f"Afhentes af {v.given(g, 'dk')} i havnen"])

    return Table("CtvEsbjerg.Passagerliste", "da", "pascal", [
        c("TurId", N, "BIGINT", g.keys(310_001), D, KEY),
        c("Fartoej", N, "VARCHAR", g.col(g.pick(["CTV Mette Marie", "CTV Njord Hugin", "CTV Fanø Wind",
                                                 "CTV Ida Lundgaard"])), D, VESSEL, NAMELIKE),
        c("Afgang", N, "TIMESTAMP", g.moments("2025-08-01", "2025-12-15"), D, EVENT),
        c("Vindmoellepark", N, "VARCHAR", g.col(g.pick(["Horns Rev 3", "Horns Rev 2", "Vesterhav Syd",
                                                        "Borkum Riffgrund"])), D),
        c("Fornavn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Efternavn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("CprNummer", "national_id", "VARCHAR", [v.cpr(g, r[2], r[3]) if r[4] == "dk" and g.rnd.random() < 0.92
                                                  else None for r in rows]),
        c("Foedselsdato", "date_of_birth", "VARCHAR", [r[2].strftime("%d-%m-%Y") for r in rows]),
        c("GwoId", N, "VARCHAR", g.col(lambda: g.digits(1, "123456789") + g.digits(5), 0.05), D, PROF, SHAPE),
        c("Arbejdsgiver", N, "VARCHAR", [e[0] for e in employer], B),
        c("ArbejdsgiverCvr", N, "VARCHAR", [e[1] for e in employer], B, CHECK),
        c("Mobil", "phone", "VARCHAR", [g.phone(region[r[4]], g.rnd.choice(["e164", "intl", "national"]))
                                        for r in rows]),
        c("Email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.MAIL[r[4]]) if g.rnd.random() < 0.8 else None
                                        for r in rows], "lang:en"),
        c("PaaroerendeNavn", "person_name", "VARCHAR", [v.whole(g, r[4]) if g.rnd.random() < 0.85 else None
                                                        for r in rows], ROLE),
        c("PaaroerendeTlf", "phone", "VARCHAR", [g.phone(region[r[4]], g.rnd.choice(["e164", "national"]))
                                                 if g.rnd.random() < 0.85 else None for r in rows], ROLE, ABBREV),
        c("VaegtKg", N, "INTEGER", g.ints(58, 128), D),
        c("Skipper", "person_name", "VARCHAR", g.col(g.pick(skippers)), STAFF),
        c("Bemaerkning", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("", "-", "ingen")), NULLWORD),
        c("Felt1", "city", "VARCHAR", [g.rnd.choice(towns[r[4]]) if g.rnd.random() < 0.7 else None for r in rows],
          OPAQUE, MISLEADING),
        c("Felt2", N, "VARCHAR", g.col(g.pick(["M1", "M2", "M3"])), D, OPAQUE),
    ])


def br_crew_change(g: Gen) -> Table:
    """A Santos ship agency's crew-change requests (Brazilian Portuguese, snake case): request id and protocol number
    (eleven digits failing the CPF check), ship, IMO number, port call, the crew member's name, function and
    nationality, CPF (Brazilian crew), passport, birth date as ``dd/mm/aaaa`` text, mobile, e-mail, home town, hotel
    and its address (``none``), the driver (first names), the forwarding agent (few), the shipowner's CNPJ, remarks,
    ``campo_livre_1`` a cost code and ``campo_livre_2`` an emergency phone."""
    origin = [g.rnd.choices(["br", "ph", "in", "ua"], [5, 2, 2, 1])[0] for _ in range(g.rows)]
    nat = {"br": "Brasileira", "ph": "Filipina", "in": "Indiana", "ua": "Ucraniana"}
    region = {"br": "BR", "ph": "PH", "in": "IN", "ua": "UA"}
    towns = {"br": [p[0] for p in v.BR_PLACES], "ph": ["Manila", "Cebu City", "Iloilo City"],
             "in": ["Mumbai", "Kochi", "Chennai"], "ua": ["Odesa", "Kherson", "Mykolaiv"]}
    people = [v.person(g, o) for o in origin]
    drivers = v.staff(g, 4, lambda: v.given(g, "br"))
    despachantes = v.staff(g, 3, lambda: v.whole(g, "br"))
    ships = [(v.vessel(g), v.imo_number(g)) for _ in range(12)]
    ship = [g.rnd.choice(ships) for _ in range(g.rows)]
    cnpjs = [v.cnpj(g) for _ in range(4)]
    hotels = [("Hotel Porto Atlântico", "Av. Ana Costa, 512 - Gonzaga, Santos - SP"),
              ("Pousada dos Marítimos", "Rua do Comércio, 88 - Centro, Santos - SP")]
    hotel = [g.rnd.choice(hotels) for _ in range(g.rows)]

    def obs() -> str:
        return g.rnd.choice([f"Acompanhado pela esposa {v.given(g, 'br')}", "Aguardando visto da Polícia Federal",
                             f"Substitui {v.whole(g, 'br')} no cargo de Imediato", "Voo remarcado para amanhã"])

    return Table("agencia_santos.troca_tripulacao", "pt", "snake", [
        c("id_solicitacao", N, "BIGINT", g.keys(60_001), D, KEY),
        c("numero_protocolo", N, "VARCHAR", g.col(lambda: _failing(g, 11, cpf.is_valid)), D, FAILS, SHAPE),
        c("navio", N, "VARCHAR", [s[0] for s in ship], D, VESSEL, NAMELIKE),
        c("imo", N, "VARCHAR", [s[1] for s in ship], D, VESSEL, CHECK, "lang:en"),
        c("escala", N, "VARCHAR", g.col(lambda: f"SSZ{g.digits(6)}"), D, SHAPE),
        c("nome_tripulante", "person_name", "VARCHAR", [f"{a} {b}" for a, b in people]),
        c("funcao", N, "VARCHAR", g.col(g.pick(["Comandante", "Imediato", "Chefe de Máquinas", "Marinheiro",
                                                "Cozinheiro", "Moço de Convés"])), D),
        c("nacionalidade", N, "VARCHAR", [nat[o] for o in origin], D),
        c("cpf", "national_id", "VARCHAR", [v.cpf(g, g.rnd.random() < 0.7) if o == "br" else None for o in origin]),
        c("passaporte", "national_id", "VARCHAR", [v.passport(g, region[o]) if o != "br" or g.rnd.random() < 0.3
                                                   else None for o in origin], TRAVEL),
        c("data_nascimento", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1965, 2004).strftime("%d/%m/%Y"))),
        c("celular", "phone", "VARCHAR", [g.phone(region[o], g.rnd.choice(["national", "e164"]) if o == "br"
                                                  else "e164") for o in origin]),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.MAIL[o]) if g.rnd.random() < 0.75 else None
                                        for (a, b), o in zip(people, origin)], "lang:en"),
        c("cidade_residencia", "city", "VARCHAR", [g.rnd.choice(towns[o]) for o in origin]),
        c("hotel", N, "VARCHAR", [h[0] for h in hotel], B),
        c("endereco_hotel", N, "VARCHAR", [h[1] for h in hotel], B),
        c("motorista", "first_name", "VARCHAR", g.col(g.pick(drivers), 0.2), STAFF),
        c("despachante", "person_name", "VARCHAR", g.col(g.pick(despachantes)), STAFF),
        c("cnpj_armador", N, "VARCHAR", g.col(g.pick(cnpjs)), B, CHECK),
        c("observacoes", "free_text", "VARCHAR", g.sparse(obs, 0.55, ("", "-"))),
        c("campo_livre_1", N, "VARCHAR", g.col(g.pick(["CC01", "CC02", "CC07"])), D, OPAQUE),
        c("campo_livre_2", "phone", "VARCHAR", [g.phone(region[o], "e164") if g.rnd.random() < 0.6 else None
                                                for o in origin], OPAQUE, MISLEADING),
    ])


def bg_crewing_seafarers(g: Gen) -> Table:
    """A Varna crewing agency's seafarers (Bulgarian, Cyrillic script, snake case): number, given name, презиме
    (``person_name``), family name, ЕГН (encoding the birth date and sex), birth date as ``dd.mm.yyyy`` text,
    birthplace, passport and seaman's book, rank, ship, phone, e-mail, address, postcode, town, IBAN, the contract
    number (ten digits failing the ЕГН check) and end date, the manager (few), remarks, ``поле_1`` a code and
    ``поле_2`` the spouse, the last editor's login."""
    rows = _rows(g, "bg", 1962, 2004)
    places = [g.rnd.choice(v.BG_PLACES) for _ in range(g.rows)]
    managers = v.staff(g, 4, lambda: v.whole(g, "bg"))
    logins = v.staff(g, 4, lambda: v.login(*v.person(g, "bg"), 0))
    ranks = ["Капитан", "Старши помощник", "Втори помощник", "Главен механик", "Боцман", "Матрос", "Готвач",
             "Моторист", "Електромеханик"]

    def patronymic(female: bool) -> str:
        base = g.rnd.choice(["Иванов", "Петров", "Георгиев", "Димитров", "Стоянов", "Николов", "Тодоров"])
        return base + ("а" if female else "")

    def note() -> str:
        return g.rnd.choice(["Предпочита контейнеровози", f"Препоръчан от кап. {v.whole(g, 'bg')}",
                             "Медицинско до 03.2026", f"Съпругата {v.given(g, 'bg')} да се уведоми при промяна"])

    def spouse(r: tuple) -> str | None:
        if g.rnd.random() < 0.35:
            return None
        female = not r[3]
        a, _ = v.person(g, "bg", female)
        return f"{a} {r[1] + 'а' if female and r[1].endswith('в') else r[1]}"

    return Table("варна_крюинг.моряци", "bg", "snake", [
        c("номер", N, "INTEGER", g.keys(1_001), D, KEY),
        c("име", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("презиме", "person_name", "VARCHAR", [patronymic(r[3]) for r in rows]),
        c("фамилия", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("егн", "national_id", "VARCHAR", [v.egn(g, r[2], r[3]) for r in rows]),
        c("дата_раждане", "date_of_birth", "VARCHAR", [r[2].strftime("%d.%m.%Y") for r in rows]),
        c("месторождение", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.BG_PLACES)[0], 0.1)),
        c("паспорт", "national_id", "VARCHAR", g.col(lambda: v.passport(g, "BG"), 0.05), TRAVEL),
        c("моряшка_книжка", "national_id", "VARCHAR", g.col(lambda: f"{g.rnd.choice(['ВН', 'БС'])} {g.digits(6)}",
                                                            0.1), SEADOC),
        c("длъжност", N, "VARCHAR", g.col(g.pick(ranks)), D),
        c("кораб", N, "VARCHAR", g.col(lambda: v.vessel(g), 0.3), D, VESSEL, NAMELIKE),
        c("телефон", "phone", "VARCHAR", g.phones("BG", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("имейл", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.MAIL["bg"]) if g.rnd.random() < 0.9 else None
                                        for r in rows]),
        c("адрес", "street_address", "VARCHAR", g.col(lambda: v.bg_street(g))),
        c("пощенски_код", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("град", "city", "VARCHAR", [p[0] for p in places]),
        c("банкова_сметка", "iban", "VARCHAR", g.col(lambda: v.iban(g, "BG", g.rnd.random() < 0.5), 0.2)),
        c("договор_номер", N, "VARCHAR", g.col(lambda: _failing(g, 10, egn.is_valid, "6789")), D, FAILS, SHAPE),
        c("договор_до", N, "DATE", g.days("2025-11-01", "2026-09-30", 0.3), D, EVENT),
        c("мениджър", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("бележки", "free_text", "VARCHAR", g.sparse(note, 0.6, ("", "-", "няма"))),
        c("поле_1", N, "VARCHAR", g.col(g.pick(["А1", "Б2", "В3"])), D, OPAQUE),
        c("поле_2", "person_name", "VARCHAR", [spouse(r) for r in rows], OPAQUE, MISLEADING),
        c("потребител", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ph_crew_lineup, 700), (in_crew_certificates, 900), (uk_berth_contracts, 480), (us_gate_file, 1_200),
    (au_crew_changes, 520), (sg_crew_allotments, 1_100), (ca_crew_pay_master, 380), (ie_vessel_calls, 1_500),
    (gr_crew_register, 450), (pl_training_certificates, 800), (de_sap_seafarers, 300), (nl_berth_contracts, 420),
    (dk_ctv_manifest, 950), (br_crew_change, 600), (bg_crewing_seafarers, 650),
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
