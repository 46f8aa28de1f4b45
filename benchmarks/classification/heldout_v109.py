"""Held-out set v109 for the column classifier: 15 tables of *offshore and heavy-industry workforces* (oil and gas
platform crews and their personnel-on-board rosters, helicopter passenger manifests, survival and safety training
certificates, mine-site access for fly-in fly-out workers, crane and forklift operators, scaffolding contractors,
shipyards and fabrication yards, a well-services crew pay extract and an offshore shift-crew register), one system
per table and each a different organisation, eight with English column names and seven in Norwegian, Dutch, Polish,
Turkish, Swedish, Spanish and Russian (Cyrillic column names and values):

* ``gom_crewing.pob_roster``: a Houma (Louisiana) offshore crewing contractor's personnel-on-board roster (snake case:
  SSN, badge numbers shaped like SSNs failing the check, TWIC card numbers, the online orientation IP, OIMs on duty,
  emergency contacts, ``misc_2``, medical notes mostly NULL words);
* ``bstTraining.traineeCertificates``: a St. John's (Newfoundland) marine safety centre's survival training (camel
  case: SIN, payroll references failing the Luhn check, certificate numbers, employers' training inboxes, instructors
  and assessors, next of kin, a portal login, ``customField2``);
* ``NorthSeaHeli.PassengerManifest``: an Aberdeen helicopter operator's passenger manifests (Pascal case: passport
  numbers, body and bag weights, POB ids, check-in agents and helideck landing officers, next of kin, ``Udf2``);
* ``PILBARA_ACCESS.SITE_ACCESS_REQUESTS``: a Pilbara iron-ore operator's mine-site access requests (SCREAMING case:
  TFN, access card numbers shaped like a TFN failing its check, employers' ABNs, rosters and FIFO flights,
  ``CUSTOM_FIELD_3``);
* ``scaff_cis.wkr_reg``: a Teesside scaffolding contractor's CIS worker register (abbreviated: ``wkr_fnm``, ``ec_ph``;
  UTR, CISRS card numbers, CIS verification numbers, the wages IBAN mostly NULL, gaffers);
* ``WSVCLEG.WCX_CREW_EXTRACT``: a Taranaki well-services company's crew pay extract from a COBOL copybook (legacy:
  padded CHAR, ``YYYYMMDD`` integers, the IRD number, phones and postcodes as numbers with 0 for missing,
  toolpushers, ``WCX-USER-FLD-1`` a hard-hat colour, ``WCX-USER-FLD-2`` a phone, an e-mail or a name by row);
* ``stg_yard.src_gatepass_raw``: a Visakhapatnam shipyard's contract-labour gate passes as an opaque staging table
  (``col01`` to ``col18``: Aadhaar, PAN, gate pass numbers failing the Verhoeff check, hashes, gate coordinates, an
  app version);
* ``labuan_fabyard.yard_workers``: a Labuan offshore fabrication yard's workers (snake case: MyKad numbers encoding
  the birth date, foreign workers' passports, welder qualification and safety passport numbers, subcontractors,
  foremen, ``custom_field_2``);
* ``sokkel_helikopter.passasjerliste``: a Sola heliport's passenger lists to shelf installations (Norwegian;
  fødselsnummer encoding the birth date, employers' organisation numbers, next of kin, ``fritt_felt_2``);
* ``OpleidingscentrumDenHelder.Cursisten``: a Den Helder offshore safety training centre's trainees (Dutch, Pascal
  case; BSN, certificate numbers failing the eleven-test, KvK numbers, IBAN, ``VrijVeld2``);
* ``rejestrUdt.operatorzyDzwigow``: a Gdynia crane and forklift training centre's operators (Polish, camel case;
  PESEL encoding the birth date, UDT qualification certificate numbers, course numbers, employers' NIP,
  ``poleDodatkowe2``);
* ``tuzla_tersane.taseron_personel``: a Tuzla shipyard's subcontractor personnel (Turkish; T.C. kimlik no, gate card
  numbers shaped like it failing the check, firms' tax numbers, IBAN, ``ek_alan_2``);
* ``stallning_gbg.personalliggare``: a Gothenburg scaffolding firm's site staff ledger (Swedish; personnummer encoding
  the birth date, ID06 card numbers, employers' organisation numbers, check-in and check-out times, ``fritext_2``);
* ``ASTFERROL.ASPERSP``: a Ferrol shipyard's AS/400 contractor access file (Spanish, legacy: ``AS`` prefix,
  ``CYYMMDD`` decimals, DNI/NIE, the social security affiliation number, phone and postcode as decimals, firms' CIF,
  ``ASUDF2``);
* ``сахалин_вахта.персонал_смены``: a Sakhalin offshore contractor's shift-crew register (Russian, Cyrillic column
  names and values; personal INN, SNILS, internal passport numbers, contractors' INN, ``доп_поле_2``).

Written **blind**, like v2 to v107: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), v107's docstring and test, the module docstrings of v24 to
v107 (to avoid their domains: v90 had construction and mining workforces, so the organisations, countries and
systems here are other ones) and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run
on this set while it was written, no scorer was run on it, and no score was looked at. It was written under a short
deadline (50 minutes, the tests and lint included), so some labels are quick decisions rather than settled
conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN, a Spanish social security affiliation number (``ASNAFI``, mod-97 check computed here) and
  a Russian SNILS (check computed here) are ``ssn``; a TFN, a UK UTR, a New Zealand IRD number, Aadhaar, PAN, MyKad,
  a passport number, fødselsnummer, BSN, PESEL, T.C. kimlik no, personnummer, DNI/NIE, a personal INN and a Russian
  internal passport are ``national_id`` (tax numbers of a person included);
* a TWIC card number and a UDT operator qualification certificate number are ``national_id`` (tag ``licence``: a
  personal credential a state body issues), generated by shape only; CISRS, OPITO/Vantage, ID06, welder
  qualification, NIOSH safety passport, survival course certificate and access card numbers are ``none`` (industry
  schemes, tag ``decoy``, ``value_shape`` when shaped like an identifier);
* employers', subcontractors' and insurers' names, phones and training inboxes, ABNs, KvK numbers, NIP, Norwegian and
  Swedish organisation numbers, Turkish tax numbers, CIF and a company INN are ``none`` (tag ``business``);
* OIMs, instructors, assessors, check-in agents, helideck landing officers, supervisors, gaffers, toolpushers,
  foremen, examiners, ustabaşı, arbetsledare, encargados and мастера are staff (``person_name``, tag ``staff``); an
  emergency contact, a next of kin (``parorende``, ``Noodcontact``, ``kontaktAwaryjny``, ``yakini``, ``anhorig``,
  ``ASCONT``, ``контакт_родственника``) is personal (tag ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); a
  training portal login is ``unclassified`` (tag ``username``); custom fields holding a hard-hat colour or a yard area
  are ``none``;
* a Dutch ``Tussenvoegsel`` is ``last_name``; a Russian patronymic (``отчество``) is ``first_name`` (a middle name,
  as v107 labels a Nigerian middle name); a place of birth is ``city``; a US state, an Australian state, a Malaysian
  state and a Turkish il are ``none``; an ilçe and a suburb are ``city``;
* body and bag weights on a manifest, seats, bunks, lifeboat stations, rosters, flights, hitch and check-in dates,
  course and certificate expiry dates are ``none``; numeric dates of birth (``YYYYMMDD``, ``CYYMMDD``) and a
  ``dd-mm-yyyy`` string in an opaque column are ``date_of_birth``; gate coordinates of a shipyard are ``none``; an
  IP address of an online orientation or a portal login is ``ip_address``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v109_values`, written for v109 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v109 [PATH]`` (default ``/tmp/heldout_v109.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v109``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v109_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v109_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v109.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # OIMs, instructors, supervisors, foremen, check-in agents (few distinct)
ROLE = "role_word"  # a role word (next of kin, emergency contact, relative ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
LICENCE = "licence"  # a personal certificate number a state body issues (national_id)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "unknown", "NULL") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _custom(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, "national")
        if r < 0.7:
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _people(g: Gen, lang: str, lo: int = 1962, hi: int = 2004, female: float = 0.15) -> list[tuple]:
    """(given, family, birth date, female) for every row: mostly men, as on these crews."""
    out = []
    for _ in range(g.rows):
        f = g.rnd.random() < female
        a, b = v.person(g, lang, f)
        out.append((a, b, g.birth(lo, hi), f))
    return out


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_pob_roster(g: Gen) -> Table:
    """A Houma offshore catering and crewing contractor's personnel-on-board roster (snake case)."""
    rows = _people(g, "us")
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    oims = _staff(g, 5, "us")
    employers = [("Bayou Galley Services LLC", g.phone("US", "national", False)),
                 ("Terrebonne Marine Crewing Inc", g.phone("US", "national", False)),
                 ("Gulfside Wireline Co", g.phone("US", "national", False))]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Diabetic, carries insulin", f"Wife {v.given(g, 'us')} expecting, may need early relief",
                             "Penicillin allergy", f"Medic note: see {v.whole(g, 'us')}", "Fit for duty"])

    return Table("gom_crewing.pob_roster", "en", "snake", [
        c("pob_id", N, "BIGINT", g.keys(610_001), "decoy", KEY),
        c("installation", N, "VARCHAR", g.col(g.pick(["GC-918 Egret Spar", "EI-377 B", "SS-241 Caillou TLP",
                                                      "MC-474 Pelican Hub"])), "decoy"),
        c("badge_no", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("first_name", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("last_name", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("date_of_birth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.6), HEAVY),
        c("twic_card_no", "national_id", "VARCHAR", g.col(lambda: g.code("99999999"), 0.2), LICENCE),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS), 0.05)),
        c("home_city", "city", "VARCHAR", [p[0] for p in places]),
        c("home_state", N, "VARCHAR", ["LA"] * g.rows, "decoy"),
        c("home_zip", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("cell_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9, 0.05)),
        c("personal_email", "email", "VARCHAR", [None if g.rnd.random() < 0.55 else
                                                 v.email_of(g, r[0], r[1], v.DOMAINS["us"]) for r in rows], HEAVY),
        c("employer", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
        c("employer_phone", N, "VARCHAR", [employers[i][1] for i in emp], "business"),
        c("craft", N, "VARCHAR", g.col(g.pick(["Roustabout", "Crane Operator", "Galley Hand", "Cook", "Electrician",
                                               "Mechanic", "Medic"])), "decoy"),
        c("hitch_start", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("hitch_days", N, "INTEGER", g.col(g.pick([14, 14, 21, 28])), "decoy"),
        c("bunk", N, "VARCHAR", g.col(lambda: g.code("A-99") + g.rnd.choice(["U", "L"])), "decoy"),
        c("lifeboat", N, "VARCHAR", g.col(g.pick(["TEMPSC 1", "TEMPSC 2", "TEMPSC 3", "TEMPSC 4"])), "decoy"),
        c("oim_on_duty", "person_name", "VARCHAR", g.col(g.pick(oims)), STAFF),
        c("emergency_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.1), ROLE),
        c("emergency_contact_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "dashes": 0.3}, 0.8, 0.1),
          ROLE),
        c("orientation_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.3)),
        c("misc_2", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("medical_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("none")), NULLWORD),
    ])


def ca_bst_training(g: Gen) -> Table:
    """A St. John's marine safety centre's basic survival training certificates (camel case)."""
    rows = _people(g, "ca", female=0.2)
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    instructors = _staff(g, 6, "ca")
    assessors = _staff(g, 3, "ca")
    employers = [("Grand Banks Drilling Ltd", "training@grandbanksdrilling.ca"),
                 ("Avalon Offshore Catering", "hr@avalonoffshore.ca"),
                 ("Flemish Pass Standby Vessels", "crewing@flemishpass.ca")]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    return Table("bstTraining.traineeCertificates", "en", "camel", [
        c("traineeId", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("firstName", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("lastName", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("birthDate", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("sin", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.65), HEAVY),
        c("payrollRef", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9)), "decoy", SHAPE),
        c("courseCode", N, "VARCHAR", g.col(g.pick(["BST", "BST-R", "HUET", "CA-EBS", "OERT"])), "decoy"),
        c("certificateNo", N, "VARCHAR", g.col(lambda: g.code("NL-BST-25-99999")), "decoy", SHAPE),
        c("certificateExpiry", N, "DATE", g.days("2026-01-01", "2028-12-31"), "decoy"),
        c("employerName", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
        c("employerContactEmail", N, "VARCHAR", [employers[i][1] for i in emp], "business"),
        c("homePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 0.7, 0.1)),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ca"]) for r in rows]),
        c("streetAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"), 0.05)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("postalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("instructorName", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF),
        c("assessorName", "person_name", "VARCHAR", g.col(g.pick(assessors)), STAFF),
        c("nextOfKinName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.15), ROLE),
        c("nextOfKinPhone", "phone", "VARCHAR", g.phones("CA", {"national": 1.0}, 0.8, 0.15), ROLE),
        c("portalLogin", USERNAME, "VARCHAR", [v.login(r[0], r[1], i) for i, r in enumerate(rows)], "username"),
        c("lastLoginIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.2)),
        c("customField2", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
    ])


def gb_heli_manifest(g: Gen) -> Table:
    """An Aberdeen helicopter operator's passenger manifests to northern North Sea installations (Pascal case)."""
    rows = _people(g, "gb", female=0.1)
    agents = _staff(g, 5, "gb")
    hlos = _staff(g, 4, "gb")
    employers = ["Buchan Well Services", "Dee Valley Scaffolding", "Northern Lights Catering", "Forties Rope Access"]

    def rel() -> str:
        return g.rnd.choice(["Wife", "Partner", "Mother", "Father", "Husband", "Sister"])

    return Table("NorthSeaHeli.PassengerManifest", "en", "pascal", [
        c("ManifestLineId", N, "BIGINT", g.keys(900_001), "decoy", KEY),
        c("FlightNumber", N, "VARCHAR", g.col(lambda: "NSH" + g.digits(3)), "decoy"),
        c("FlightDate", N, "DATE", g.days("2025-03-01", "2025-11-30"), "decoy"),
        c("Departure", N, "VARCHAR", g.col(g.pick(["ABZ", "ABZ", "SUM"])), "decoy"),
        c("Destination", N, "VARCHAR", g.col(g.pick(["Sandeel Bravo", "Ptarmigan Deep FPSO", "Puffin Ridge Alpha",
                                                     "Haddock Hub"])), "decoy"),
        c("Seat", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 5)}{g.rnd.choice('ABCD')}"), "decoy"),
        c("PassengerSurname", "last_name", "VARCHAR", [r[1].upper() for r in rows]),
        c("PassengerForename", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("DateOfBirth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("PassportNumber", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.3)),
        c("Nationality", N, "VARCHAR", g.col(g.pick(["GBR", "GBR", "GBR", "IRL", "POL", "NOR"])), "decoy"),
        c("BodyWeightKg", N, "DOUBLE", g.floats(58, 128, 1), "decoy"),
        c("BagWeightKg", N, "DOUBLE", g.floats(2, 15, 1), "decoy"),
        c("VantagePobId", N, "VARCHAR", g.col(lambda: g.code("V9999999")), "decoy", SHAPE),
        c("OpitoCertExpiry", N, "DATE", g.days("2025-12-01", "2029-06-30"), "decoy"),
        c("Employer", N, "VARCHAR", g.col(g.pick(employers)), "business"),
        c("MobilePhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.2)),
        c("NextOfKinName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.05), ROLE),
        c("NextOfKinPhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.8, "e164": 0.2}, 0.8, 0.05), ROLE),
        c("NextOfKinRelationship", N, "VARCHAR", g.col(rel), "decoy"),
        c("CheckInAgent", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("HelideckLandingOfficer", "person_name", "VARCHAR", g.col(g.pick(hlos)), STAFF),
        c("Udf2", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
    ])


def au_pilbara_access(g: Gen) -> Table:
    """A Pilbara iron-ore operator's mine-site access requests for fly-in fly-out workers (SCREAMING case)."""
    rows = _people(g, "au", female=0.2)
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    supers = _staff(g, 6, "au")
    employers = [(name, v.abn(g)) for name in ("Paraburdoo Earthmoving Pty Ltd", "Red Dirt Electrical Pty Ltd",
                                               "Chichester Camp Services", "Pannawonica Drill & Blast Pty Ltd")]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    return Table("PILBARA_ACCESS.SITE_ACCESS_REQUESTS", "en", "screaming", [
        c("REQUEST_ID", N, "BIGINT", g.keys(44_001), "decoy", KEY),
        c("SITE", N, "VARCHAR", g.col(g.pick(["Marandoo East", "Yandi North Hub", "Coondewanna Camp",
                                              "Weeli Wolli Creek"])), "decoy"),
        c("FIRST_NAME", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("SURNAME", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("DOB", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("TFN", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.6), HEAVY),
        c("ACCESS_CARD_NO", N, "VARCHAR", g.col(lambda: v.tfn_decoy(g)), "decoy", SHAPE),
        c("MOBILE", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["au"]) if g.rnd.random() < 0.9 else None
                                        for r in rows]),
        c("HOME_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"), 0.05)),
        c("SUBURB", "city", "VARCHAR", [p[0] for p in places]),
        c("STATE", N, "VARCHAR", ["WA"] * g.rows, "decoy"),
        c("POSTCODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("EMPLOYER", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
        c("EMPLOYER_ABN", N, "VARCHAR", [employers[i][1] for i in emp], "business", SHAPE),
        c("ROSTER", N, "VARCHAR", g.col(g.pick(["8/6", "2/1", "14/7", "4/3"])), "decoy"),
        c("FIFO_FLIGHT", N, "VARCHAR", g.col(lambda: "QF" + str(g.rnd.randint(1900, 1999))), "decoy"),
        c("CAMP_ROOM", N, "VARCHAR", g.col(lambda: g.code("B99-999")), "decoy"),
        c("MEDICAL_EXPIRY", N, "DATE", g.days("2025-06-01", "2027-12-31"), "decoy"),
        c("SUPERVISOR_NAME", "person_name", "VARCHAR", g.col(g.pick(supers)), STAFF),
        c("EMERGENCY_CONTACT", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.1), ROLE),
        c("EMERGENCY_PHONE", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 0.9, 0.1), ROLE),
        c("CUSTOM_FIELD_3", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
    ])


def gb_scaffold_cis(g: Gen) -> Table:
    """A Teesside scaffolding contractor's CIS worker register (abbreviated snake case)."""
    rows = _people(g, "gb", 1965, 2005, 0.03)
    places = [g.rnd.choice(v.GB_TEES) for _ in range(g.rows)]
    gaffers = _staff(g, 4, "gb")
    insurers = ["Tees Valley Mutual", "Northern Trades Insurance Ltd"]

    def note() -> str:
        return g.rnd.choice(["Card renewal due", f"Travels with {v.whole(g, 'gb')}", "Banned from Wilton site",
                             f"Brother-in-law of {v.given(g, 'gb')}", "Part 2 booked"])

    return Table("scaff_cis.wkr_reg", "en", "abbrev", [
        c("wkr_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("wkr_fnm", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
        c("wkr_snm", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
        c("wkr_dob", "date_of_birth", "DATE", [r[2] for r in rows], ABBREV),
        c("wkr_utr", "national_id", "VARCHAR", g.col(lambda: v.utr(g), 0.1), ABBREV),
        c("cisrs_no", N, "VARCHAR", g.col(lambda: g.code("999999")), "decoy", SHAPE),
        c("cisrs_lvl", N, "VARCHAR", g.col(g.pick(["Trainee", "Part 1", "Part 2", "Advanced", "Supervisor"])),
          "decoy"),
        c("wkr_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb")), ABBREV),
        c("wkr_twn", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("wkr_pcd", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places], ABBREV),
        c("wkr_mob", "phone", "VARCHAR", g.phones("GB", {"national": 0.8, "e164": 0.2}, 1.0, 0.05), ABBREV),
        c("wkr_eml", "email", "VARCHAR", [None if g.rnd.random() < 0.6 else v.email_of(g, r[0], r[1], v.DOMAINS["gb"])
                                          for r in rows], HEAVY, ABBREV),
        c("wkr_iban", "iban", "VARCHAR", g.col(lambda: v.iban_of(g, "GB", g.rnd.choice(["NWBK", "BARC", "LOYD"])
                                                                  + "99999999999999"), 0.55), HEAVY, ABBREV),
        c("ec_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.1), ROLE, ABBREV),
        c("ec_ph", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.9, 0.1), ROLE, ABBREV),
        c("site_ref", N, "VARCHAR", g.col(g.pick(["TS-WLT-07", "TS-SBK-02", "TS-HTL-11", "TS-GRN-04"])), "decoy"),
        c("day_rt", N, "DECIMAL(8,2)", g.amounts(140, 260), "decoy"),
        c("cis_vrf_no", N, "VARCHAR", g.col(lambda: "V" + g.digits(10) + g.rnd.choice(["", "", "/A"])), "decoy",
          SHAPE),
        c("gaffer", "person_name", "VARCHAR", g.col(g.pick(gaffers)), STAFF),
        c("ins_co", N, "VARCHAR", g.col(g.pick(insurers)), "business"),
        c("ms_nt", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD, ABBREV),
    ])


def nz_wellcrew_cobol(g: Gen) -> Table:
    """A Taranaki well-services company's crew pay extract from a COBOL copybook (padded CHAR, numeric dates)."""
    rows = _people(g, "nz", 1962, 2004, 0.08)
    places = [g.rnd.choice(v.NZ_CITIES) for _ in range(g.rows)]
    pushers = _staff(g, 4, "nz")
    return Table("WSVCLEG.WCX_CREW_EXTRACT", "en", "cobol", [
        c("WCX-EMP-NO", N, "INTEGER", g.keys(40_001), "decoy", KEY, LEGACY),
        c("WCX-SURNAME", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 20), LEGACY),
        c("WCX-FIRST-NM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 15), LEGACY),
        c("WCX-DOB", "date_of_birth", "INTEGER", [_ymd(r[2]) for r in rows], LEGACY),
        c("WCX-IRD-NO", "national_id", "BIGINT", [int(v.ird(g)) if g.rnd.random() < 0.8 else 0 for _ in rows],
          LEGACY),
        c("WCX-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.NZ_STREETS, "nz").upper()), 30),
          LEGACY),
        c("WCX-TOWN", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("WCX-PCODE", "postal_code", "INTEGER", [int(p[1]) for p in places], LEGACY),
        c("WCX-PHONE", "phone", "BIGINT", [int(g.phone("NZ", "digits")) if g.rnd.random() < 0.85 else 0
                                           for _ in rows], LEGACY),
        c("WCX-RIG", N, "VARCHAR", _pad(g.col(g.pick(["KUPE WHP", "MAUI B", "RIG 19", "WORKOVER 3"])), 12), "decoy",
          LEGACY),
        c("WCX-CREW", N, "VARCHAR", g.col(g.pick(["A", "B", "C"])), "decoy", LEGACY),
        c("WCX-START-DT", N, "INTEGER", [_ymd(g.day("2008-01-01", "2025-10-31")) for _ in rows], "decoy", LEGACY),
        c("WCX-H2S-EXP", N, "INTEGER", [_ymd(g.day("2025-01-01", "2027-12-31")) if g.rnd.random() < 0.9 else 0
                                        for _ in rows], "decoy", LEGACY),
        c("WCX-HRLY-RT", N, "DECIMAL(7,2)", g.amounts(31, 78), "decoy", LEGACY),
        c("WCX-NOK-NAME", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "nz").upper(), 0.1), 30), ROLE,
          LEGACY),
        c("WCX-NOK-PHONE", "phone", "BIGINT", [int(g.phone("NZ", "digits")) if g.rnd.random() < 0.8 else 0
                                               for _ in rows], ROLE, LEGACY),
        c("WCX-TOOLPUSHER", "person_name", "VARCHAR", _pad(g.col(g.pick([p.upper() for p in pushers])), 30), STAFF,
          LEGACY),
        c("WCX-USER-FLD-1", N, "VARCHAR", _pad(g.col(g.pick(["WHITE", "BLUE", "GREEN", "ORANGE"])), 10), "decoy",
          LEGACY),
        c("WCX-USER-FLD-2", "free_text", "VARCHAR", _pad(_custom(g, "NZ", "nz"), 40), CUSTOM, LEGACY),
    ])


def in_yard_gatepass(g: Gen) -> Table:
    """A Visakhapatnam shipyard's contract-labour gate passes, landed as an opaque staging table."""
    rows = _people(g, "in", 1966, 2005, 0.05)
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    contractors = ["Sri Sai Hull Fabricators", "Waltair Blasting & Painting", "Coromandel Marine Outfitters"]

    def dob(d: date) -> str:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    def geo() -> str:
        return f"{17.68 + g.rnd.uniform(0, 0.02):.5f},{83.26 + g.rnd.uniform(0, 0.02):.5f}"

    return Table("stg_yard.src_gatepass_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [f"{r[1]} {r[0]}".upper() for r in rows], OPAQUE),
        c("col03", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.5), 0.55), OPAQUE, HEAVY),
        c("col04", "national_id", "VARCHAR", [v.pan(g, r[1]) if g.rnd.random() < 0.6 else None for r in rows],
          OPAQUE),
        c("col05", "date_of_birth", "VARCHAR", [dob(r[2]) for r in rows], OPAQUE),
        c("col06", "phone", "VARCHAR", g.phones("IN", {"e164": 0.4, "national": 0.3, "digits": 0.3}), OPAQUE),
        c("col07", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["in"]) if g.rnd.random() < 0.5 else None
                                        for r in rows], OPAQUE),
        c("col08", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col09", N, "VARCHAR", g.col(g.pick(contractors)), "business", OPAQUE),
        c("col10", N, "VARCHAR", g.col(g.pick(["Welder", "Fitter", "Grinder", "Rigger", "Painter", "Helper"])),
          "decoy", OPAQUE),
        c("col11", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.1), OPAQUE),
        c("col12", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col13", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col15", N, "VARCHAR", g.col(geo), "decoy", OPAQUE),
        c("col16", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col17", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy", OPAQUE),
        c("col18", N, "VARCHAR", g.col(g.version), "decoy", OPAQUE),
    ])


def my_fab_yard(g: Gen) -> Table:
    """A Labuan offshore fabrication yard's worker register (snake case)."""
    rows = _people(g, "my", 1966, 1999, 0.1)
    local = [g.rnd.random() < 0.75 for _ in rows]
    places = [g.rnd.choice(v.MY_CITIES) for _ in range(g.rows)]
    foremen = _staff(g, 5, "my")
    subcons = [("Syarikat Kimanis Engineering Sdn Bhd", g.phone("MY", "national", False)),
               ("Pulau Enoe Blasting Sdn Bhd", g.phone("MY", "national", False)),
               ("Victoria Harbour Scaffold Sdn Bhd", g.phone("MY", "national", False))]
    sub = [g.rnd.randrange(len(subcons)) for _ in range(g.rows)]
    return Table("labuan_fabyard.yard_workers", "en", "snake", [
        c("worker_id", N, "BIGINT", g.keys(7_001), "decoy", KEY),
        c("full_name", "person_name", "VARCHAR", [f"{r[0]} {r[1]}" for r in rows]),
        c("mykad_no", "national_id", "VARCHAR", [v.mykad(g, r[2]) if lo else None for r, lo in zip(rows, local)]),
        c("date_of_birth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("passport_no", "national_id", "VARCHAR", [None if lo else g.code("A99999999") for lo in local], HEAVY),
        c("nationality", N, "VARCHAR", ["Malaysia" if lo else g.rnd.choice(["Indonesia", "Philippines", "India"])
                                        for lo in local], "decoy"),
        c("mobile_no", "phone", "VARCHAR", g.phones("MY", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.6 else v.email_of(g, r[0], r[1], v.DOMAINS["my"])
                                        for r in rows], HEAVY),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MY_STREETS, "my"), 0.1)),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("state", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("trade", N, "VARCHAR", g.col(g.pick(["Welder 6G", "Pipe Fitter", "Rigger", "Blaster", "Scaffolder",
                                               "QC Inspector"])), "decoy"),
        c("welder_cert_no", N, "VARCHAR", g.col(lambda: g.code("LFY-WQT-9999"), 0.5), "decoy", SHAPE),
        c("niosh_passport_no", N, "VARCHAR", g.col(lambda: g.code("NSP99999999")), "decoy", SHAPE),
        c("subcontractor", N, "VARCHAR", [subcons[i][0] for i in sub], "business"),
        c("subcontractor_phone", N, "VARCHAR", [subcons[i][1] for i in sub], "business"),
        c("foreman", "person_name", "VARCHAR", g.col(g.pick(foremen)), STAFF),
        c("emergency_contact", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "my"), 0.1), ROLE),
        c("emergency_phone", "phone", "VARCHAR", g.phones("MY", {"national": 1.0}, 0.9, 0.1), ROLE),
        c("hostel_block", N, "VARCHAR", g.col(lambda: g.code("H9-99")), "decoy"),
        c("custom_field_2", "free_text", "VARCHAR", _custom(g, "MY", "my"), CUSTOM),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def no_heli_pob(g: Gen) -> Table:
    """A Sola heliport's passenger lists to Norwegian shelf installations (Norwegian, snake case)."""
    rows = _people(g, "no", 1962, 1999, 0.15)
    places = [g.rnd.choice(v.NO_CITIES) for _ in range(g.rows)]
    agents = _staff(g, 4, "no")
    employers = [(name, v.no_orgnr(g)) for name in ("Sokkelservice AS", "Nordsjø Forpleining AS",
                                                    "Vestland Isolering AS")]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Skal av ved værforsinkelse", f"Kone {v.given(g, 'no')} varslet om forsinkelse",
                             "Trenger ekstra stor overlevelsesdrakt", f"Bytter skift med {v.whole(g, 'no')}"])

    return Table("sokkel_helikopter.passasjerliste", "no", "snake", [
        c("liste_id", N, "BIGINT", g.keys(300_001), "decoy", KEY),
        c("flightnummer", N, "VARCHAR", g.col(lambda: "SOL" + g.digits(3)), "decoy"),
        c("avgang", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-30"), "decoy"),
        c("installasjon", N, "VARCHAR", g.col(g.pick(["Lyngfeltet A", "Sildrevet Nord", "Tareskog FPU", "Måkeskjær Vest"])),
          "decoy"),
        c("sete", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 5)}{g.rnd.choice('ABCD')}"), "decoy"),
        c("fornavn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("etternavn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("fodselsnummer", "national_id", "VARCHAR", [v.fodselsnummer(g, r[2], r[3]) for r in rows]),
        c("fodselsdato", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("kroppsvekt_kg", N, "INTEGER", g.ints(55, 130), "decoy"),
        c("bagasje_kg", N, "INTEGER", g.ints(2, 15), "decoy"),
        c("arbeidsgiver", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
        c("arbeidsgiver_orgnr", N, "VARCHAR", [employers[i][1] for i in emp], "business", SHAPE),
        c("mobilnummer", "phone", "VARCHAR", g.phones("NO", {"national": 0.6, "e164": 0.4}, 1.0, 0.05)),
        c("epost", "email", "VARCHAR", [None if g.rnd.random() < 0.6 else v.email_of(g, r[0], r[1], v.DOMAINS["no"])
                                        for r in rows], HEAVY),
        c("bostedsadresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NO_STREETS, "no"), 0.05)),
        c("poststed", "city", "VARCHAR", [p[0] for p in places]),
        c("postnummer", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("parorende_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "no"), 0.05), ROLE),
        c("parorende_telefon", "phone", "VARCHAR", g.phones("NO", {"national": 1.0}, 0.9, 0.05), ROLE),
        c("gsk_utloper", N, "DATE", g.days("2025-12-01", "2029-06-30"), "decoy"),
        c("innsjekket_av", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("fritt_felt_2", "free_text", "VARCHAR", _custom(g, "NO", "no"), CUSTOM),
        c("merknad", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("ingen", "ukjent")), NULLWORD),
    ])


def nl_survival_training(g: Gen) -> Table:
    """A Den Helder offshore safety training centre's trainees (Dutch, Pascal case)."""
    rows = _people(g, "nl", 1964, 2005, 0.2)
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    instructors = _staff(g, 6, "nl")
    employers = [("Helderse Helikopterdiensten BV", g.digits(8)), ("Den Helder Offshore Crew BV", g.digits(8)),
                 ("Texelstroom Windservice BV", g.digits(8))]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    tussen = [g.rnd.choice(["van", "de", "van der", "van den", "ter"]) if g.rnd.random() < 0.3 else None
              for _ in rows]

    def note() -> str:
        return g.rnd.choice(["HUET herkansing", f"Partner {v.given(g, 'nl')} belt bij nood", "Claustrofobie gemeld",
                             f"Samen ingeschreven met {v.whole(g, 'nl')}"])

    return Table("OpleidingscentrumDenHelder.Cursisten", "nl", "pascal", [
        c("CursistId", N, "BIGINT", g.keys(55_001), "decoy", KEY),
        c("Voornaam", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Tussenvoegsel", "last_name", "VARCHAR", tussen, HEAVY),
        c("Achternaam", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("Geboortedatum", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("Geboorteplaats", "city", "VARCHAR", g.col(g.pick(v.NL_BIRTH), 0.1)),
        c("Bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.1)),
        c("Straat", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS, "nl"))),
        c("Postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('AA')}" for p in places]),
        c("Woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("Mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "e164": 0.4}, 1.0, 0.05)),
        c("Email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["nl"]) for r in rows]),
        c("Cursus", N, "VARCHAR", g.col(g.pick(["BOSIET", "FOET", "HUET", "CA-EBS", "GWO BST"])), "decoy"),
        c("CertificaatNummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
        c("Cursusdatum", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("Instructeur", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF),
        c("Werkgever", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
        c("WerkgeverKvk", N, "VARCHAR", [employers[i][1] for i in emp], "business", SHAPE),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.iban_of(g, "NL", g.rnd.choice(["INGB", "RABO", "ABNA"])
                                                             + "9999999999"), 0.7), HEAVY),
        c("NoodcontactNaam", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.1), ROLE),
        c("NoodcontactTelefoon", "phone", "VARCHAR", g.phones("NL", {"national": 1.0}, 0.9, 0.1), ROLE),
        c("VrijVeld2", "free_text", "VARCHAR", _custom(g, "NL", "nl"), CUSTOM),
        c("Opmerking", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("geen", "onbekend")), NULLWORD),
    ])


def pl_crane_operators(g: Gen) -> Table:
    """A Gdynia crane and forklift training centre's operator register (Polish, camel case)."""
    rows = _people(g, "pl", 1965, 2005, 0.1)
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    examiners = _staff(g, 4, "pl")
    employers = [(name, v.nip(g)) for name in ("Stocznia Oksywie Serwis Sp. z o.o.", "Bałtyk Dźwigi Sp. z o.o.",
                                               "Port Logistyka Gdynia S.A.")]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Poprawka egzaminu praktycznego", f"Skierowany przez {v.whole(g, 'pl')}",
                             "Okulary korekcyjne wymagane", f"Żona {v.given(g, 'pl')} odbiera zaświadczenie"])

    return Table("rejestrUdt.operatorzyDzwigow", "pl", "camel", [
        c("id", N, "BIGINT", g.keys(12_001), "decoy", KEY),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [v.pesel(g, r[2], r[3]) for r in rows]),
        c("dataUrodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("miejsceUrodzenia", "city", "VARCHAR", g.col(g.pick(v.PL_BIRTH), 0.1)),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) if g.rnd.random() < 0.85 else None
                                        for r in rows]),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"))),
        c("kodPocztowy", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("nrZaswiadczeniaUdt", "national_id", "VARCHAR", g.col(lambda: g.code("UDT/99/9999/999999"), 0.15), LICENCE),
        c("kategoria", N, "VARCHAR", g.col(g.pick(["I WJO", "II WJO", "I Ż", "II Ż", "I D"])), "decoy"),
        c("numerKursu", N, "VARCHAR", g.col(lambda: g.code("KD/2025/999")), "decoy", SHAPE),
        c("dataEgzaminu", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("wynik", N, "VARCHAR", g.col(g.pick(["pozytywny", "pozytywny", "negatywny"])), "decoy"),
        c("egzaminator", "person_name", "VARCHAR", g.col(g.pick(examiners)), STAFF),
        c("pracodawca", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
        c("nipPracodawcy", N, "VARCHAR", [employers[i][1] for i in emp], "business", SHAPE),
        c("kontaktAwaryjny", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"), 0.15), ROLE),
        c("kontaktAwaryjnyTel", "phone", "VARCHAR", g.phones("PL", {"national": 1.0}, 1.0, 0.15), ROLE),
        c("poleDodatkowe2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
        c("uwagi", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("brak")), NULLWORD),
    ])


def tr_shipyard(g: Gen) -> Table:
    """A Tuzla shipyard's subcontractor personnel (Turkish, snake case)."""
    rows = _people(g, "tr", 1965, 2005, 0.05)
    places = [g.rnd.choice(v.TR_CITIES) for _ in range(g.rows)]
    chiefs = _staff(g, 5, "tr")
    firms = [(name, v.vkn(g)) for name in ("Marmara Boya Kumlama Ltd. Şti.", "Aydınlı Çelik Montaj A.Ş.",
                                           "Tuzla İskele Hizmetleri Ltd. Şti.")]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Yüksekte çalışma eğitimi eksik", f"Kardeşi {v.whole(g, 'tr')} aynı firmada",
                             "Kaynak sertifikası yenilenecek", f"Eşi {v.given(g, 'tr')} aradı"])

    return Table("tuzla_tersane.taseron_personel", "tr", "snake", [
        c("personel_id", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("ad", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("soyad", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tckimlik(g), 0.05)),
        c("dogum_tarihi", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("dogum_yeri", "city", "VARCHAR", g.col(g.pick(v.TR_BIRTH), 0.1)),
        c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("e_posta", "email", "VARCHAR", [None if g.rnd.random() < 0.65 else v.email_of(g, r[0], r[1], v.DOMAINS["tr"])
                                          for r in rows], HEAVY),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"), 0.05)),
        c("ilce", "city", "VARCHAR", [p[0] for p in places]),
        c("il", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("posta_kodu", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("taseron_firma", N, "VARCHAR", [firms[i][0] for i in firm], "business"),
        c("vergi_no", N, "VARCHAR", [firms[i][1] for i in firm], "business", SHAPE),
        c("meslek", N, "VARCHAR", g.col(g.pick(["Kaynakçı", "Boyacı", "İskele ustası", "Tesviyeci", "Borucu"])),
          "decoy"),
        c("isg_egitim_tarihi", N, "DATE", g.days("2024-01-01", "2025-11-30"), "decoy"),
        c("giris_kart_no", N, "VARCHAR", g.col(lambda: v.tckimlik_decoy(g)), "decoy", SHAPE),
        c("ustabasi", "person_name", "VARCHAR", g.col(g.pick(chiefs)), STAFF),
        c("yakini_adi", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tr"), 0.1), ROLE),
        c("yakini_telefon", "phone", "VARCHAR", g.phones("TR", {"national": 1.0}, 1.0, 0.1), ROLE),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban_of(g, "TR", "99999" + "0" + "9999999999999999"), 0.1)),
        c("ek_alan_2", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
        c("aciklama", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("yok")), NULLWORD),
    ])


def se_scaffold_ledger(g: Gen) -> Table:
    """A Gothenburg scaffolding firm's site staff ledger (personalliggare; Swedish, snake case)."""
    rows = _people(g, "sv", 1964, 2005, 0.05)
    places = [g.rnd.choice(v.SE_CITIES) for _ in range(g.rows)]
    leads = _staff(g, 4, "sv")
    firms = [(name, v.se_orgnr(g)) for name in ("Hisingens Ställning AB", "Älvstaden Bygg & Ställning AB",
                                                "Västkust Isolering AB")]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Glömt ID06-kort, manuell registrering", f"Sambo {v.given(g, 'sv')} hämtar nyckel",
                             "Fallskyddsutbildning klar", f"Följer med {v.whole(g, 'sv')} till Eriksberg"])

    return Table("stallning_gbg.personalliggare", "sv", "snake", [
        c("rad_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("personnummer", "national_id", "VARCHAR", [v.personnummer(g, r[2]) for r in rows]),
        c("fodelsedatum", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("fornamn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("efternamn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("id06_kortnummer", N, "VARCHAR", g.col(lambda: g.code("SE99999999-9999")), "decoy", SHAPE),
        c("arbetsplats", N, "VARCHAR", g.col(g.pick(["Eriksberg kv. Varvet", "Backaplan etapp 2", "Skeppsbron 4",
                                                     "Frihamnen Pir 1"])), "decoy"),
        c("incheckning", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30"), "decoy"),
        c("utcheckning", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30", 0.1), "decoy"),
        c("arbetsgivare", N, "VARCHAR", [firms[i][0] for i in firm], "business"),
        c("arbetsgivare_orgnr", N, "VARCHAR", [firms[i][1] for i in firm], "business", SHAPE),
        c("mobil", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "e164": 0.4}, 1.0, 0.05)),
        c("epost", "email", "VARCHAR", [None if g.rnd.random() < 0.55 else v.email_of(g, r[0], r[1], v.DOMAINS["sv"])
                                        for r in rows], HEAVY),
        c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS, "sv"), 0.05)),
        c("postnummer", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(5 - len(p[1]))}" for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("arbetsledare", "person_name", "VARCHAR", g.col(g.pick(leads)), STAFF),
        c("anhorig_namn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sv"), 0.1), ROLE),
        c("anhorig_telefon", "phone", "VARCHAR", g.phones("SE", {"national": 1.0}, 1.0, 0.1), ROLE),
        c("utbildning", N, "VARCHAR", g.col(g.pick(["Ställning >9 m", "Ställning 2-9 m", "Heta arbeten", "Saknas"])),
          "decoy"),
        c("fritext_2", "free_text", "VARCHAR", _custom(g, "SE", "sv"), CUSTOM),
        c("anteckning", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("saknas", "okänd")), NULLWORD),
    ])


def es_shipyard_as400(g: Gen) -> Table:
    """A Ferrol shipyard's AS/400 contractor access file (Spanish, ``AS`` prefix, CYYMMDD decimals)."""
    rows = _people(g, "es", 1962, 2004, 0.1)
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]
    leads = _staff(g, 4, "es")
    firms = [(name, v.cif(g)) for name in ("MONTAJES NAVALES ESTEIRO SL", "PINTURAS RIA DE FERROL SL",
                                           "ANDAMIOS CABO PRIOR SL")]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]

    def cp(p: tuple[str, str]) -> int:
        return int(p[1] + g.digits(5 - len(p[1])))

    return Table("ASTFERROL.ASPERSP", "es", "as400", [
        c("ASNUMP", N, "DECIMAL(9,0)", g.keys(200_000_001), "decoy", KEY, LEGACY),
        c("ASAPE1", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 20), LEGACY),
        c("ASAPE2", "last_name", "VARCHAR", _pad(g.col(lambda: v.person(g, "es")[1].upper(), 0.05), 20), LEGACY),
        c("ASNOMB", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("ASFNAC", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(r[2]) for r in rows], LEGACY),
        c("ASDNIE", "national_id", "VARCHAR", _pad(g.col(lambda: v.dni_nie(g), 0.05), 10), LEGACY),
        c("ASNAFI", "ssn", "VARCHAR", _pad(g.col(lambda: v.nuss(g), 0.6), 15), LEGACY, HEAVY),
        c("ASDOMI", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.ES_STREETS, "es").upper()), 32),
          LEGACY),
        c("ASCPOS", "postal_code", "DECIMAL(5,0)", [cp(p) for p in places], LEGACY),
        c("ASLOCA", "city", "VARCHAR", _pad([p[0].upper() for p in places], 20), LEGACY),
        c("ASTELF", "phone", "DECIMAL(9,0)", [int(g.phone("ES", "digits", g.rnd.random() < 0.8))
                                              if g.rnd.random() < 0.85 else 0 for _ in rows], LEGACY),
        c("ASEMPR", N, "VARCHAR", _pad([firms[i][0] for i in firm], 30), "business", LEGACY),
        c("ASCIFE", N, "VARCHAR", [firms[i][1] for i in firm], "business", SHAPE, LEGACY),
        c("ASCATE", N, "VARCHAR", g.col(g.pick(["SOLD", "TUBE", "PINT", "ANDA", "ELEC"])), "decoy", LEGACY),
        c("ASFALT", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2023-01-01", "2025-11-30")) for _ in rows], "decoy", LEGACY),
        c("ASPRLC", N, "VARCHAR", g.col(lambda: g.code("PRL-99-AAA")), "decoy", LEGACY),
        c("ASENCA", "person_name", "VARCHAR", _pad(g.col(g.pick([p.upper() for p in leads])), 30), STAFF, LEGACY),
        c("ASCONT", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "es").upper(), 0.15), 30), ROLE, LEGACY),
        c("ASUDF1", N, "VARCHAR", _pad(g.col(g.pick(["CASCO", "GRADA 1", "DIQUE", "TALLER"])), 10), "decoy", LEGACY),
        c("ASUDF2", "free_text", "VARCHAR", _pad(_custom(g, "ES", "es"), 40), CUSTOM, LEGACY),
    ])


def ru_sakhalin_shift(g: Gen) -> Table:
    """A Sakhalin offshore contractor's shift-crew register (Russian, Cyrillic column names and values)."""
    rows = _people(g, "ru", 1964, 2004, 0.12)
    places = [g.rnd.choice(v.RU_CITIES) for _ in range(g.rows)]
    masters = _staff(g, 4, "ru")
    firms = [(name, v.inn_company(g)) for name in ("ООО «Сахалинморсервис»", "ООО «Охотск Монтаж»",
                                                   "АО «Восточный шельф-питание»")]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Допуск к работам на высоте", f"Жена {v.given(g, 'ru')} просила перезвонить",
                             "Медкомиссия до конца месяца", f"Меняется вахтой с {v.whole(g, 'ru')}"])

    def patronymic(female: bool) -> str:
        return g.rnd.choice(v.RU_PATRONYMICS[1 if female else 0])

    return Table("сахалин_вахта.персонал_смены", "ru", "snake", [
        c("ид", N, "BIGINT", g.keys(5_001), "decoy", KEY),
        c("фамилия", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("имя", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("отчество", "first_name", "VARCHAR", [patronymic(r[3]) for r in rows]),
        c("дата_рождения", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.inn_person(g), 0.1)),
        c("снилс", "ssn", "VARCHAR", g.col(lambda: v.snils(g), 0.1)),
        c("паспорт", "national_id", "VARCHAR", g.col(lambda: f"64{g.digits(2)} {g.digits(6)}", 0.65), HEAVY),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "e164": 0.5}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.6 else v.email_of(g, r[0], r[1], v.DOMAINS["ru"])
                                        for r in rows], HEAVY),
        c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"), 0.05)),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("объект", N, "VARCHAR", g.col(g.pick(["МЛСП «Тюлений-2»", "ЛАП-3", "ПА-Юг", "Береговой терминал"])),
          "decoy"),
        c("вахта", N, "VARCHAR", g.col(g.pick(["28/28", "14/14", "21/21"])), "decoy"),
        c("должность", N, "VARCHAR", g.col(g.pick(["Бурильщик", "Помбур", "Стропальщик", "Повар", "Электромонтер"])),
          "decoy"),
        c("заезд", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("подрядчик", N, "VARCHAR", [firms[i][0] for i in firm], "business"),
        c("инн_подрядчика", N, "VARCHAR", [firms[i][1] for i in firm], "business", SHAPE),
        c("мастер", "person_name", "VARCHAR", g.col(g.pick(masters)), STAFF),
        c("контакт_родственника", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ru"), 0.1), ROLE),
        c("телефон_родственника", "phone", "VARCHAR", g.phones("RU", {"national": 1.0}, 1.0, 0.1), ROLE),
        c("доп_поле_2", "free_text", "VARCHAR", _custom(g, "RU", "ru"), CUSTOM),
        c("примечание", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("нет", "н/д")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_pob_roster, 700), (ca_bst_training, 500), (gb_heli_manifest, 800), (au_pilbara_access, 600),
    (gb_scaffold_cis, 300), (nz_wellcrew_cobol, 350), (in_yard_gatepass, 650), (my_fab_yard, 450),
    (no_heli_pob, 550), (nl_survival_training, 400), (pl_crane_operators, 420), (tr_shipyard, 600),
    (se_scaffold_ledger, 500), (es_shipyard_as400, 480), (ru_sakhalin_shift, 380),
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
