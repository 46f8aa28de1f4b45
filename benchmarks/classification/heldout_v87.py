"""Held-out set v87 for the column classifier: 15 tables of *hospitality workforce and events* (hotel and resort staff
rosters, banqueting staff and catering event guests, conference delegates and badges, festival volunteers and cashless
wristbands, ski schools and their instructors, cruise-ship crew and passengers, a luau operator's CRM), one system per
table and each a different organisation, eight with English column names (a Las Vegas casino resort, an Edinburgh
festival, a Queenstown ski school, a Quebec City congress centre's English registration system, a Mauritius resort, a
Galway hotel's banqueting, a Honolulu luau operator and a Singapore cruise line) and seven in German (an Austrian ski
school), French (a Breton music festival), Italian (a Genoa cruise line's crew), Spanish (a Seville caterer), Dutch (a
Utrecht conference organiser), Swedish (an Åre ski school) and Japanese (a Hokkaido ryokan, kanji and katakana).

Three are legacy extracts with padded CHAR values: the Las Vegas resort's AS/400 staff master (field prefix ``SR``,
SSN, ZIP and phone as numbers with 0 for missing, the birth date as a ``CYYMMDD`` number, Nevada driving licences,
folio numbers shaped like an SSN failing its rules, ``SRUDF2``), the Edinburgh festival's volunteer file in a COBOL
copybook's layout (hyphenated names, National Insurance numbers, CHI numbers as numbers, the birth date as a
``YYYYMMDD`` number, mobiles as numbers, ``VOL-USER-FLD-2``) and the Austrian ski school's SAP-style instructor table
(``VORNA``, ``NACHN``, ``GBDAT`` as ``DATS``, the social-insurance number, IBAN, ``ZZFELD2``). The others are modern
(snake, camel, Pascal and SCREAMING case, Japanese script), with abbreviations (``guardian_fnm``, ``guardian_lnm``,
``ctc_ph``, ``addr_ln1``, ``post_cd``, ``MOBILE_NO``, ``NicNumber``), a staging table with source-numbered columns
(``src_crm_col01`` to ``src_crm_col18``) and in every table an opaque field holding personal data beside one holding
none (``SRUDF2``, ``VOL-USER-FLD-2``, ``ZZFELD2``, ``misc_2``, ``User2``, ``Udf03``, ``code``, ``src_crm_col17``,
``USER_FIELD_2``, ``champ_libre_2``, ``campo_libero_2``, ``campoLibre2``, ``vrij_veld_2``, ``fritt_falt_2``,
``自由項目2``); ``src_crm_col17`` and ``champ_libre_2`` hold by row a phone, an e-mail or a name (``free_text``).

Identifiers with check digits (python-stdnum; the Singapore NRIC's computed here): US SSN, Scottish CHI, Austrian
SVNr, New Zealand IRD, Canadian SIN (some ``000 000 000``), Mauritius NIC, Irish PPSN, Singapore NRIC, French NIR,
codice fiscale, DNI and NIE, BSN, personnummer and My Number; IBANs of Austria, Ireland, France, Italy and Sweden; cards
in clear (Luhn). Decoys (``none``): UK and Irish VAT, Austrian UID, GST (IRD-valid), BN, UEN, SIRET, partita IVA, CIF,
BTW, orgnr and Japanese corporate numbers with valid check digits (tag ``business``), folio, dossier, locator, order and
booking numbers shaped like the SSN, NIR, DNI, BSN and NRIC but failing their checks (tag ``value_shape``), the
branches' names, addresses and phones, wristband UIDs, QR tokens, timestamps, contract dates, versions, site
coordinates and service accounts.

Written **blind**, like v2 to v86: by someone who has read neither the classifier nor its documentation, tests or
notes; only ``governance_dagster/kinds.py``, the structure of v27 (its modules and test, ``tests/heldout_support.py``),
``heldout_v2.py`` and ``heldout_v4.py`` (the ``Column``/``Table`` types and the writer), the module docstrings of v24
to v86 (to choose another domain) and how the scorer registers a set. The classifier and the scorer were not run on
this set; nothing was adjusted to what the classifier does. It was written under a 25-minute deadline, so some labels
are quick decisions.

Labeling rules as v27: a business's name, address, phone, postal code and tax number are ``none`` (tag
``business``); staff named in a column of few people are ``person_name`` (tag ``staff``; a given or family name alone
``first_name`` or ``last_name``); people under role words (guardian, next of kin, team leader, supervisor, captain,
plus-one) are personal (tag ``role_word``); logins are ``unclassified`` (tag ``username``), bank account numbers
without an IBAN are ``unclassified`` (tag ``bank_account``), service accounts ``none``; a social-security or
social-insurance number (SSN, NINO, SVNr, SIN, PPSN, NIR) is ``ssn`` and any other state number (CHI, IRD, driving
licence, NIC, NRIC, passport, codice fiscale, seaman's book, DNI/NIE, BSN, personnummer, My Number) ``national_id``;
a legacy birth date kept as a number or as ``DATS`` text is still ``date_of_birth``; a house number split from its
street (``huisnummer``) is ``street_address``. ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words
of the table's language.

Every value is generated from :data:`SEED` (one ``random.Random`` per table, named after its builder) with the lists
of :mod:`benchmarks.classification.heldout_v87_values`. Build: ``python -m benchmarks.classification.heldout_v87
[PATH]`` (default ``/tmp/heldout_v87.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set
v87``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v87_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v87_values import NULLISH, SEED, USERNAME, Gen, N, c, pad

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

DEFAULT_PATH = Path("/tmp/heldout_v87.duckdb")

NULLWORD = "nullword_heavy"
HEAVY = "null_heavy"
SHAPE = "value_shape"
STAFF = "staff"
ROLE = "role_word"
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
BANK = "bank_account"
SERVICE = "service_account"
KEY = "join_key"
PLACEHOLDER = "placeholder"
OPAQUE = "opaque"
LEGACY = "legacy"
MIXED = "mixed_kinds"  # an opaque field holding a phone, an e-mail or a name by row (free_text)
CREDENTIAL = "credential"


def _staff(g: Gen, n: int, make: Callable[[], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make())
    return sorted(out)


def _logins(g: Gen, n: int, lang: str, style: int) -> list[str]:
    return _staff(g, n, lambda: v.login(*v.person(g, lang), style))


def _words(g: Gen, values: list, share: float, words: tuple[str, ...]) -> list:
    """``values`` with about ``share`` of the cells replaced by a NULL word of the table's language."""
    return [g.rnd.choice(words) if g.rnd.random() < share else x for x in values]


def _mixed(g: Gen, lang: str, region: str, domains: list[str]) -> str:
    r = g.rnd.random()
    if r < 0.34:
        return g.phone(region, "intl")
    if r < 0.67:
        return v.email(g, lang, domains)
    return v.whole(g, lang)


# -- legacy extracts ---------------------------------------------------------------------------------------------------


def nv_as400_staff(g: Gen) -> Table:
    """A Las Vegas casino resort's AS/400 staff master (field prefix ``SR``): packed decimals for the employee number,
    SSN, birth date (``CYYMMDD``), ZIP, phone and hire date (0 for missing), padded CHAR names, address, city, Nevada
    driving licence, department and job codes, the supervisor (few), folio numbers shaped like an SSN failing its
    rules, the property (``none``), ``SRUDF1`` (a locker number) and ``SRUDF2`` (an emergency contact's name), the
    changing user and program."""
    people = [v.person(g, "nv") for _ in range(g.rows)]
    births = g.births(1958, 2005)
    places = [v.town(g, "nv") for _ in range(g.rows)]
    sups = _staff(g, 6, lambda: f"{v.family(g, 'nv').upper()}, {v.given(g, 'nv').upper()}")
    users = _staff(g, 5, lambda: v.login(*v.person(g, "nv"), 0).upper()[:10])
    return Table("HRLIB.SRSTFMST", "en", "as400", [
        c("SRSTID", N, "DECIMAL(7,0)", g.keys(1_004_001), "decoy", KEY, LEGACY),
        c("SRFNAM", "first_name", "CHAR(15)", [pad(a.upper(), 15) for a, _ in people], LEGACY, ABBREV),
        c("SRLNAM", "last_name", "CHAR(20)", [pad(b.upper(), 20) for _, b in people], LEGACY, ABBREV),
        c("SRSSN", "ssn", "DECIMAL(9,0)", [0 if g.rnd.random() < 0.05 else int(v.us_ssn(g, False))
                                           for _ in range(g.rows)], LEGACY, ABBREV),
        c("SRBDAT", "date_of_birth", "DECIMAL(7,0)", [v.cyymmdd(d) for d in births], LEGACY, ABBREV),
        c("SRADR1", "street_address", "CHAR(30)", [pad(v.street(g, "nv").upper(), 30) for _ in range(g.rows)],
          LEGACY, ABBREV),
        c("SRCITY", "city", "CHAR(20)", [pad(p[0].upper(), 20) for p in places], LEGACY),
        c("SRZIP", "postal_code", "DECIMAL(5,0)", [int(v.postcode(g, "nv", p[1])) for p in places], LEGACY, ABBREV),
        c("SRPHON", "phone", "DECIMAL(10,0)", [0 if g.rnd.random() < 0.08 else g.phone_int("US")
                                               for _ in range(g.rows)], LEGACY, ABBREV),
        c("SRDLNO", "national_id", "CHAR(12)", [pad(g.digits(10) if g.rnd.random() < 0.9 else "", 12)
                                                for _ in range(g.rows)], LEGACY, ABBREV),
        c("SRDEPT", N, "CHAR(6)", g.col(lambda: pad(g.rnd.choice(["CASINO", "F&B", "HSKP", "SECUR", "ENGR"]), 6)),
          "decoy", LEGACY),
        c("SRJOBC", N, "CHAR(5)", g.col(lambda: g.code("A9999")), "decoy", LEGACY),
        c("SRHIRD", N, "DECIMAL(8,0)", [v.yyyymmdd(g.day("1996-01-01", "2025-10-31")) for _ in range(g.rows)],
          "decoy", LEGACY),
        c("SRSUPV", "person_name", "CHAR(30)", g.col(lambda: pad(g.rnd.choice(sups), 30)), STAFF, ROLE, LEGACY),
        c("SRFOLI", N, "CHAR(11)", g.col(lambda: v.not_ssn(g)), "decoy", SHAPE, LEGACY),
        c("SRPROP", N, "CHAR(30)", g.col(lambda: pad(g.rnd.choice(["DESERT MIRAGE RESORT", "SILVER SAGE CASINO"]),
                                                     30)), "business", LEGACY),
        c("SRUDF1", N, "CHAR(10)", g.col(lambda: pad(g.code("L-9999"), 10)), "decoy", OPAQUE, LEGACY),
        c("SRUDF2", "person_name", "CHAR(30)", g.col(lambda: pad(v.whole(g, "nv").upper(), 30)), OPAQUE, LEGACY),
        c("SRCHGU", USERNAME, "CHAR(10)", g.col(lambda: pad(g.rnd.choice(users), 10)), USER, AUDIT, LEGACY),
        c("SRCHGP", N, "CHAR(10)", g.col(lambda: pad(g.rnd.choice(["SRB210", "SRR400"]), 10)), "decoy", SERVICE,
          AUDIT, LEGACY),
    ])


def edi_cobol_volunteers(g: Gen) -> Table:
    """An Edinburgh festival's volunteer file in a COBOL copybook's layout (hyphenated names, padded PIC X fields):
    forename, surname, birth date as a ``YYYYMMDD`` number, National Insurance number (stewards on the payroll
    only: mostly blank), CHI number (first-aid volunteers) as a number, address line, town, postcode, mobile as a
    number (0 for missing), e-mail, wristband number, venue code, shift date, team leader (few), the venue's phone
    (``none``), ``VOL-USER-FLD-1`` (a T-shirt size) and ``VOL-USER-FLD-2`` (an emergency contact's mobile), the
    updating user."""
    people = [v.person(g, "sco") for _ in range(g.rows)]
    births = g.births(1950, 2007)
    places = [v.town(g, "sco") for _ in range(g.rows)]
    leaders = _staff(g, 5, lambda: v.whole(g, "sco").upper())
    users = _logins(g, 4, "sco", 2)
    return Table("FESTVOL.VOLUNTEER_MASTER", "en", "cobol", [
        c("VOL-ID", N, "DECIMAL(6,0)", g.keys(200_001), "decoy", KEY, LEGACY),
        c("VOL-FORENAME", "first_name", "CHAR(20)", [pad(a.upper(), 20) for a, _ in people], LEGACY),
        c("VOL-SURNAME", "last_name", "CHAR(25)", [pad(b.upper(), 25) for _, b in people], LEGACY),
        c("VOL-DOB", "date_of_birth", "DECIMAL(8,0)", [v.yyyymmdd(d) for d in births], LEGACY, ABBREV),
        c("VOL-NINO", "ssn", "CHAR(9)", [pad(v.gb_nino(g) if g.rnd.random() < 0.2 else "", 9) for _ in range(g.rows)],
          LEGACY, ABBREV, NULLWORD),
        c("VOL-CHI-NO", "national_id", "DECIMAL(10,0)", [int(v.gb_chi(g, d)) if g.rnd.random() < 0.6 else 0
                                                          for d in births], LEGACY, ABBREV),
        c("VOL-ADDR-LINE-1", "street_address", "CHAR(35)", [pad(v.street(g, "sco").upper(), 35)
                                                             for _ in range(g.rows)], LEGACY, ABBREV),
        c("VOL-TOWN", "city", "CHAR(20)", [pad(p[0].upper(), 20) for p in places], LEGACY),
        c("VOL-POSTCODE", "postal_code", "CHAR(8)", [pad(v.postcode(g, "sco", p[1]), 8) for p in places], LEGACY),
        c("VOL-MOBILE", "phone", "DECIMAL(11,0)", [0 if g.rnd.random() < 0.1 else g.phone_int("GB")
                                                   for _ in range(g.rows)], LEGACY),
        c("VOL-EMAIL", "email", "CHAR(40)", [pad(v.email_of(g, a, b, v.DOMAINS["gb"]), 40) for a, b in people],
          LEGACY),
        c("VOL-WRISTBAND-NO", N, "CHAR(10)", g.col(lambda: g.code("EF9999999A")), "decoy", LEGACY),
        c("VOL-VENUE-CD", N, "CHAR(4)", g.col(lambda: g.rnd.choice(["V012", "V033", "V101", "V240"])), "decoy",
          LEGACY, ABBREV),
        c("VOL-SHIFT-DATE", N, "DECIMAL(8,0)", [v.yyyymmdd(g.day("2025-08-01", "2025-08-25"))
                                                for _ in range(g.rows)], "decoy", LEGACY),
        c("VOL-TEAM-LEADER", "person_name", "CHAR(30)", g.col(lambda: pad(g.rnd.choice(leaders), 30)), STAFF, ROLE,
          LEGACY),
        c("VOL-VENUE-PHONE", N, "DECIMAL(11,0)", g.col(lambda: g.rnd.choice([1312260001, 1312260044, 1315581200])),
          "business", LEGACY),
        c("VOL-USER-FLD-1", N, "CHAR(4)", g.col(lambda: pad(g.rnd.choice(["S", "M", "L", "XL", "XXL"]), 4)), "decoy",
          OPAQUE, LEGACY),
        c("VOL-USER-FLD-2", "phone", "CHAR(15)", [pad(g.phone("GB", "national") if g.rnd.random() < 0.85 else "", 15)
                                                  for _ in range(g.rows)], OPAQUE, LEGACY),
        c("VOL-UPD-USER", USERNAME, "CHAR(8)", g.col(lambda: pad(g.rnd.choice(users)[:8], 8)), USER, AUDIT, LEGACY),
    ])


def at_sap_skilehrer(g: Gen) -> Table:
    """An Austrian ski school's SAP-style instructor table (SAP's German field abbreviations): client, personnel
    number, ``NACHN``, ``VORNA``, ``GBDAT`` (``DATS``), gender key, the social-insurance number (``ZZSVNR``),
    ``STRAS``, ``ORT01``, ``PSTLZ``, ``TELNR``, ``SMTP_ADDR``, ``IBAN``, an old account number (``BANKN``), cost
    centre, plant, contract start (``BEGDA``), the school's UID (``none``), ``ZZFELD1`` (a licence grade) and
    ``ZZFELD2`` (an emergency contact's name), the changing user and date."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "at", female)
        born = g.birth(1960, 2006)
        rows.append((a, b, born, female, v.at_svnr(g, born)))
    places = [v.town(g, "at") for _ in range(g.rows)]
    users = _staff(g, 4, lambda: v.login(*v.person(g, "at"), 2).upper()[:12])
    return Table("SAPSR3.ZSKI_LEHRER", "de", "sap", [
        c("MANDT", N, "CHAR(3)", ["100"] * g.rows, "decoy", LEGACY),
        c("PERNR", N, "CHAR(8)", [f"{i:08d}" for i in g.keys(40_001)], "decoy", KEY, LEGACY),
        c("NACHN", "last_name", "CHAR(40)", [pad(r[1], 40) for r in rows], LEGACY, ABBREV),
        c("VORNA", "first_name", "CHAR(40)", [pad(r[0], 40) for r in rows], LEGACY, ABBREV),
        c("GBDAT", "date_of_birth", "CHAR(8)", [v.dats(r[2]) for r in rows], LEGACY, ABBREV),
        c("GESCH", N, "CHAR(1)", ["2" if r[3] else "1" for r in rows], "decoy", LEGACY),
        c("ZZSVNR", "ssn", "CHAR(10)", [r[4] if g.rnd.random() < 0.93 else pad("", 10) for r in rows], LEGACY,
          ABBREV),
        c("STRAS", "street_address", "CHAR(60)", [pad(v.street(g, "at"), 60) for _ in range(g.rows)], LEGACY, ABBREV),
        c("ORT01", "city", "CHAR(40)", [pad(p[0], 40) for p in places], LEGACY, ABBREV),
        c("PSTLZ", "postal_code", "CHAR(10)", [pad(v.postcode(g, "at", p[1]), 10) for p in places], LEGACY, ABBREV),
        c("TELNR", "phone", "CHAR(30)", [pad(g.phone("AT", g.rnd.choice(["national", "intl"])), 30)
                                         for _ in range(g.rows)], LEGACY, ABBREV),
        c("SMTP_ADDR", "email", "CHAR(241)", [pad(v.email_of(g, r[0], r[1], v.DOMAINS["at"]), 241) for r in rows],
          LEGACY, ABBREV),
        c("IBAN", "iban", "CHAR(34)", [pad(v.iban(g, "AT"), 34) for _ in range(g.rows)], LEGACY),
        c("BANKN", USERNAME, "CHAR(18)", g.col(lambda: pad(g.digits(11), 18)), BANK, LEGACY, ABBREV),
        c("KOSTL", N, "CHAR(10)", g.col(lambda: g.rnd.choice(["0000471100", "0000471200", "0000471300"])), "decoy",
          LEGACY),
        c("WERKS", N, "CHAR(4)", g.col(lambda: g.rnd.choice(["AT10", "AT20"])), "decoy", LEGACY),
        c("BEGDA", N, "CHAR(8)", [v.dats(g.day("2015-11-01", "2025-12-01")) for _ in range(g.rows)], "decoy", LEGACY),
        c("ZZUID", N, "CHAR(11)", [v.at_uid(g)] * g.rows, "business", LEGACY),
        c("ZZFELD1", N, "CHAR(10)", g.col(lambda: pad(g.rnd.choice(["ANW", "LW1", "LW2", "STAATL"]), 10)), "decoy",
          OPAQUE, LEGACY),
        c("ZZFELD2", "person_name", "CHAR(40)", g.col(lambda: pad(v.whole(g, "at"), 40), 0.2), OPAQUE, LEGACY),
        c("AENAM", USERNAME, "CHAR(12)", g.col(lambda: pad(g.rnd.choice(users), 12)), USER, AUDIT, LEGACY),
        c("AEDTM", N, "CHAR(8)", [v.dats(g.day("2025-01-01", "2025-11-30")) for _ in range(g.rows)], "decoy",
          LEGACY),
    ])


# -- English, modern ---------------------------------------------------------------------------------------------------


def nz_ski_school(g: Gen) -> Table:
    """A Queenstown ski school's lesson bookings (snake case with abbreviations): the guardian's names, phone,
    e-mail and address, the child's first name and birth date, the driving licence held for rental gear (mostly
    NULL), the instructor (few), the resort (``none``) and its GST number, a refund bank account, ``misc_1`` and
    ``misc_2`` (a second contact phone), the booking's creator."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    places = [v.town(g, "nz") for _ in range(g.rows)]
    instructors = _staff(g, 7, lambda: v.whole(g, "nz"))
    users = _logins(g, 5, "nz", 1)
    gst = v.nz_ird(g)
    return Table("ski_school.lesson_bookings", "en", "snake", [
        c("booking_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("guardian_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ROLE, ABBREV),
        c("guardian_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ROLE, ABBREV),
        c("student_fnm", "first_name", "VARCHAR", g.col(lambda: v.given(g, "nz")), ABBREV),
        c("student_dob", "date_of_birth", "DATE", g.births(2008, 2021), ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "intl": 0.4}), ABBREV),
        c("ctc_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nz"]) for a, b in pairs], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "nz"), 0.1), ABBREV),
        c("addr_town", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("post_cd", "postal_code", "VARCHAR", [v.postcode(g, "nz", p[1]) for p in places], ABBREV),
        c("rental_dl_no", "national_id", "VARCHAR", g.col(lambda: g.code("AA999999"), 0.7), HEAVY, ABBREV),
        c("ability_lvl", N, "VARCHAR", g.col(g.pick(["Kea", "Kiwi", "Tui", "Advanced"])), "decoy", ABBREV),
        c("lesson_dt", N, "DATE", g.days("2025-06-14", "2025-10-05"), "decoy", ABBREV),
        c("instructor", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF, ROLE),
        c("resort_nm", N, "VARCHAR", g.col(g.pick(["Coronet Peak", "The Remarkables", "Cardrona"])), "business"),
        c("resort_gst_no", N, "VARCHAR", [gst] * g.rows, "business", SHAPE),
        c("resort_ph", N, "VARCHAR", ["+64 3 442 4620"] * g.rows, "business"),
        c("refund_bank_acct", USERNAME, "VARCHAR", g.col(lambda: f"{g.code('99-9999-9999999-99')}", 0.6), BANK,
          HEAVY),
        c("misc_1", N, "VARCHAR", g.col(g.pick(["HELMET", "NO_HELMET", "POLES"])), "decoy", OPAQUE),
        c("misc_2", "phone", "VARCHAR", g.phones("NZ", {"national": 1.0}, 1.0, 0.3), OPAQUE),
        c("created_by", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
        c("created_at", N, "TIMESTAMP", g.moments("2025-04-01", "2025-09-30"), "decoy"),
    ])


def qc_congress(g: Gen) -> Table:
    """A Quebec City congress centre's delegate registrations (English system, camel case): names, the badge name,
    e-mail, mobile, home address, the speaker's SIN for honoraria (mostly NULL, some ``000 000 000``), the card paid
    with in clear, the registration IP, the employer and its BN (``none``), badge barcode, session code, ``User1``
    and ``User2`` (an accompanying person's name), an access token, the last modifier."""
    pairs = [v.person(g, "qc") for _ in range(g.rows)]
    places = [v.town(g, "qc") for _ in range(g.rows)]
    users = _logins(g, 4, "qc", 0)
    firms = [("Laurentian Biotech Inc.", v.ca_bn(g)), ("Groupe Maritime Saint-Laurent", v.ca_bn(g)),
             ("Capitale Software Ltd.", v.ca_bn(g))]
    firm = [g.rnd.choice(firms) for _ in range(g.rows)]

    def sin() -> str | None:
        r = g.rnd.random()
        return None if r < 0.75 else ("000 000 000" if r < 0.78 else v.ca_sin(g))

    return Table("congres.delegateRegistrations", "en", "camel", [
        c("delegateId", N, "BIGINT", g.keys(31_001), "decoy", KEY),
        c("firstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("lastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("badgeName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("mobilePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2})),
        c("homeAddressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "qc"), 0.2)),
        c("homeCity", "city", "VARCHAR", [p[0] for p in places]),
        c("homePostalCode", "postal_code", "VARCHAR", [v.postcode(g, "qc", p[1]) for p in places]),
        c("speakerSin", "ssn", "VARCHAR", [sin() for _ in range(g.rows)], HEAVY, PLACEHOLDER),
        c("cardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.3)),
        c("registrationIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25))),
        c("companyName", N, "VARCHAR", [f[0] for f in firm], "business"),
        c("companyBn", N, "VARCHAR", [f[1] for f in firm], "business", SHAPE),
        c("badgeBarcode", N, "VARCHAR", g.col(lambda: g.code("QC25-99999999")), "decoy"),
        c("sessionCode", N, "VARCHAR", g.col(g.pick(["PL-01", "WS-14", "BO-22", "GALA"])), "decoy"),
        c("registeredAt", N, "TIMESTAMP", g.moments("2025-03-01", "2025-09-20"), "decoy"),
        c("User1", N, "VARCHAR", g.col(g.pick(["EARLYBIRD", "STUDENT", "MEMBER", "STANDARD"])), "decoy", OPAQUE),
        c("User2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "qc"), 0.4), OPAQUE),
        c("accessToken", N, "VARCHAR", g.col(lambda: v.token(g, "tok_", 28)), "decoy", CREDENTIAL),
        c("lastModifiedBy", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
    ])


def mu_resort_roster(g: Gen) -> Table:
    """A Mauritius resort's staff roster (Pascal case): names, NIC (encoding the surname's initial and the birth
    date), birth date, mobile, home address, village and postcode, a bank account number, department, shift, the
    shift supervisor (few), next of kin, the hotel's name and phone (``none``), ``Udf01`` and ``Udf03`` (a spouse's
    name), the modifier."""
    pairs = [v.person(g, "mu") for _ in range(g.rows)]
    births = g.births(1962, 2006)
    places = [v.town(g, "mu") for _ in range(g.rows)]
    sups = _staff(g, 4, lambda: v.whole(g, "mu"))
    users = _logins(g, 5, "mu", 3)
    return Table("HotelHR.StaffRoster", "en", "pascal", [
        c("EmployeeNo", N, "INTEGER", g.keys(5_001), "decoy", KEY),
        c("FirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("NicNumber", "national_id", "VARCHAR", [v.mu_nid(g, b, d) for (_, b), d in zip(pairs, births)], ABBREV),
        c("DateOfBirth", "date_of_birth", "DATE", births),
        c("MobileNo", "phone", "VARCHAR", g.phones("MU", {"national": 0.6, "intl": 0.4}), ABBREV),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, "mu"))),
        c("Village", "city", "VARCHAR", [p[0] for p in places]),
        c("PostCode", "postal_code", "VARCHAR", [v.postcode(g, "mu", p[1]) for p in places]),
        c("BankAccountNo", USERNAME, "VARCHAR", g.col(lambda: g.digits(12), 0.1), BANK),
        c("Department", N, "VARCHAR", g.col(g.pick(["Housekeeping", "Kitchen", "Front Office", "Spa", "Boathouse"])),
          "decoy"),
        c("ShiftStart", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy"),
        c("ShiftSupervisor", "person_name", "VARCHAR", g.col(g.pick(sups)), STAFF, ROLE),
        c("NextOfKin", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "mu"), 0.3), ROLE),
        c("HotelName", N, "VARCHAR", g.col(g.pick(["Lagoon Pearl Resort & Spa", "Morne Breeze Hotel"])), "business"),
        c("HotelPhone", N, "VARCHAR", g.col(g.pick(["+230 263 9000", "+230 450 5100"])), "business"),
        c("Udf01", N, "VARCHAR", g.col(g.pick(["UNIFORM-A", "UNIFORM-B", "UNIFORM-C"])), "decoy", OPAQUE),
        c("Udf03", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "mu"), 0.45), OPAQUE),
        c("ModifiedBy", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
        c("ModifiedOn", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
    ])


def ie_banqueting_staff(g: Gen) -> Table:
    """A Galway hotel's casual banqueting staff (snake case): names, PPSN, birth date, address, town, Eircode,
    mobile, e-mail, the IBAN wages go to, the function and room, hourly rate, the banqueting manager (few), the
    hotel's VAT number and phone (``none``), ``code`` (an emergency contact phone) and ``flag_1``, the creator."""
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    places = [v.town(g, "ie") for _ in range(g.rows)]
    managers = _staff(g, 3, lambda: v.whole(g, "ie"))
    users = _logins(g, 3, "ie", 4)
    vat = v.ie_vat(g)
    return Table("banqueting.casual_staff", "en", "snake", [
        c("staff_id", N, "INTEGER", g.keys(7_001), "decoy", KEY),
        c("staff_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("staff_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("ppsn", "ssn", "VARCHAR", g.col(lambda: v.ie_pps(g), 0.05), ABBREV),
        c("dob", "date_of_birth", "DATE", g.births(1970, 2007), ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ie")), ABBREV),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("eircode", "postal_code", "VARCHAR", [v.postcode(g, "ie", p[1]) for p in places]),
        c("mob", "phone", "VARCHAR", g.phones("IE", {"national": 0.7, "intl": 0.3}), ABBREV),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ie"]) for a, b in pairs]),
        c("wages_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE", g.rnd.random() < 0.5), 0.1)),
        c("function_nm", N, "VARCHAR", g.col(g.pick(["Wedding", "Gala dinner", "Conference lunch", "Race week"])),
          "decoy"),
        c("function_room", N, "VARCHAR", g.col(g.pick(["Corrib Suite", "Atlantic Ballroom", "Claddagh Room"])),
          "decoy"),
        c("hourly_rate", N, "DECIMAL(6,2)", [round(g.rnd.uniform(13.5, 17.0), 2) for _ in range(g.rows)], "decoy"),
        c("banq_mgr", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ROLE, ABBREV),
        c("hotel_vat_no", N, "VARCHAR", [vat] * g.rows, "business", SHAPE),
        c("hotel_ph", N, "VARCHAR", ["+353 91 538 300"] * g.rows, "business", ABBREV),
        c("code", "phone", "VARCHAR", g.phones("IE", {"national": 1.0}, 1.0, 0.25), OPAQUE),
        c("flag_1", N, "VARCHAR", g.col(g.pick(["Y", "N"])), "decoy", OPAQUE),
        c("created_by", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
    ])


def hi_luau_staging(g: Gen) -> Table:
    """A Honolulu luau and sunset-cruise operator's CRM staging table: source-numbered columns as the loader names
    them (``src_crm_col01`` to ``src_crm_col18``, all text): key, first and last name, e-mail, phone, street, city,
    ZIP, birth date as ``MM/DD/YYYY`` text, package SKU, event date, a Hawaii driving licence for the kama'aina rate
    (mostly NULL, some ``XXX``), price, property code, the booking IP, a UTM source, ``src_crm_col17`` (a phone, an
    e-mail or a name by row: ``free_text``), the batch id; then the load time and source system."""
    pairs = [v.person(g, "hi") for _ in range(g.rows)]
    places = [v.town(g, "hi") for _ in range(g.rows)]

    def dl() -> str | None:
        r = g.rnd.random()
        return None if r < 0.7 else ("XXX" if r < 0.73 else g.code("H99999999"))

    cols = [
        (N, [str(i) for i in g.keys(61_000_001)], ("decoy", KEY)),
        ("first_name", [a for a, _ in pairs], ()),
        ("last_name", [b for _, b in pairs], ()),
        ("email", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs], ()),
        ("phone", [_hi_phone(g) for _ in range(g.rows)], ()),
        ("street_address", g.col(lambda: v.street(g, "hi"), 0.15), ()),
        ("city", [p[0] for p in places], ()),
        ("postal_code", [v.postcode(g, "hi", p[1]) for p in places], ()),
        ("date_of_birth", [d.strftime("%m/%d/%Y") for d in g.births(1945, 2006)], ()),
        (N, g.col(g.pick(["LUAU-STD", "LUAU-VIP", "SUNSET-CRZ", "WHALE-WATCH"])), ("decoy",)),
        (N, [d.isoformat() for d in g.days("2025-06-01", "2025-12-31")], ("decoy",)),
        ("national_id", [dl() for _ in range(g.rows)], (HEAVY, PLACEHOLDER)),
        (N, [f"{x:.2f}" for x in g.amounts(89, 289)], ("decoy",)),
        (N, g.col(g.pick(["HNL01", "KOA02", "OGG03"])), ("decoy",)),
        ("ip_address", g.col(lambda: g.ip(0.35), 0.1), ()),
        (N, g.col(g.pick(["google", "tripadvisor", "hotel_desk", "instagram"])), ("decoy",)),
        ("free_text", g.col(lambda: _mixed(g, "hi", "US", v.DOMAINS["us"]), 0.2), (MIXED,)),
        (N, [f"B{20251101 + i // 400}" for i in range(g.rows)], ("decoy",)),
    ]
    columns = [c(f"src_crm_col{i:02d}", kind, "VARCHAR", values, OPAQUE, *tags)
               for i, (kind, values, tags) in enumerate(cols, start=1)]
    columns += [c("load_ts", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy"),
                c("src_system", N, "VARCHAR", ["salesforce"] * g.rows, "decoy", SERVICE)]
    return Table("stg.src_crm_luau_guests", "en", "snake", columns)


def _hi_phone(g: Gen) -> str:
    import phonenumbers

    def make() -> str:
        return "808" + str(g.rnd.randint(2, 9)) + g.digits(6)

    number = g.valid(make, lambda x: phonenumbers.is_valid_number(phonenumbers.parse("+1" + x)))
    return f"({number[:3]}) {number[3:6]}-{number[6:]}" if g.rnd.random() < 0.6 else f"+1{number}"


def sg_cruise_manifest(g: Gen) -> Table:
    """A Singapore cruise line's passenger manifest (SCREAMING case): names, NRIC (citizens and residents),
    passport number (others: mostly NULL), birth date, nationality, mobile, e-mail, home address and postal code,
    the cabin, the on-board folio card in clear, a booking reference shaped like an NRIC failing its check, the
    sailing, ship and muster station, the operator's UEN (``none``), ``USER_FIELD_1`` and ``USER_FIELD_2`` (an
    emergency contact's name), the loading service account."""
    pairs = [v.person(g, "sg") for _ in range(g.rows)]
    births = g.births(1940, 2015)
    uen = v.sg_uen(g)

    def bad_nric() -> str:
        return g.valid(lambda: "S" + g.digits(7) + g.rnd.choice("JZIHGFEDCBA"), lambda x: not v.nric_valid(x))

    citizen = [g.rnd.random() < 0.7 for _ in range(g.rows)]
    return Table("CRUISE.PAX_MANIFEST", "en", "screaming", [
        c("PAX_ID", N, "BIGINT", g.keys(9_100_001), "decoy", KEY),
        c("GIVEN_NAME", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("SURNAME", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("NRIC_NO", "national_id", "VARCHAR", [v.sg_nric(g, d) if cz else None for d, cz in zip(births, citizen)],
          ABBREV),
        c("PASSPORT_NO", "national_id", "VARCHAR", [None if cz else g.code("A9999999A") for cz in citizen], HEAVY,
          ABBREV),
        c("DOB", "date_of_birth", "DATE", births, ABBREV),
        c("NATIONALITY", N, "VARCHAR", ["SGP" if cz else g.rnd.choice(["MYS", "IDN", "AUS", "IND"]) for cz in citizen],
          "decoy"),
        c("MOBILE_NO", "phone", "VARCHAR", g.phones("SG", {"intl": 0.6, "national": 0.4}), ABBREV),
        c("EMAIL_ADDR", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["sg"]) for a, b in pairs], ABBREV),
        c("HOME_ADDR", "street_address", "VARCHAR", g.col(lambda: v.street(g, "sg")), ABBREV),
        c("POSTAL_CD", "postal_code", "VARCHAR", g.col(lambda: v.postcode(g, "sg", v.town(g, "sg")[1])), ABBREV),
        c("CABIN_NO", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(5, 14)}{g.rnd.randint(100, 399)}"), "decoy"),
        c("FOLIO_CARD_NO", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.15), ABBREV),
        c("BOOKING_REF", N, "VARCHAR", g.col(bad_nric), "decoy", SHAPE),
        c("SAIL_DATE", N, "DATE", g.days("2025-07-01", "2026-02-28"), "decoy"),
        c("SHIP_CD", N, "VARCHAR", g.col(g.pick(["GSTR", "OCNJ", "LNDR"])), "decoy", ABBREV),
        c("MUSTER_STATION", N, "VARCHAR", g.col(lambda: g.code("A9")), "decoy"),
        c("OPERATOR_UEN", N, "VARCHAR", [uen] * g.rows, "business", SHAPE),
        c("USER_FIELD_1", N, "VARCHAR", g.col(g.pick(["DINING-1", "DINING-2", "ANYTIME"])), "decoy", OPAQUE),
        c("USER_FIELD_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sg"), 0.35), OPAQUE),
        c("CREATED_BY", N, "VARCHAR", ["SVC_MANIFEST_LOAD"] * g.rows, "decoy", SERVICE, AUDIT),
    ])


# -- other languages ---------------------------------------------------------------------------------------------------


def fr_festival_bracelets(g: Gen) -> Table:
    """A Breton music festival's cashless wristband holders (French, snake case): names, birth date, the NIR of
    paid crew (mostly NULL), address, postcode and town, mobile, e-mail, the refund IBAN (mostly NULL), the NFC UID
    and balance, the caterer's SIRET (``none``), a file number shaped like a NIR failing its check, the team leader
    (few), the sign-up IP, ``champ_libre_1`` and ``champ_libre_2`` (a phone, an e-mail or a name by row), notes
    (mostly NULL words)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "fr", female)
        rows.append((a, b, g.birth(1955, 2007), female))
    places = [v.town(g, "fr") for _ in range(g.rows)]
    leaders = _staff(g, 6, lambda: v.whole(g, "fr"))
    siret = v.fr_siret(g)

    def bad_nir() -> str:
        body = g.digits(13)
        good = int(body) % 97
        return body + f"{(97 - good + g.rnd.randint(1, 90)) % 97:02d}"

    def note() -> str:
        return g.rnd.choice([f"Bracelet perdu, remplacé par {v.whole(g, 'fr')}", "Remboursement demandé",
                             f"Accompagne {v.given(g, 'fr')} (mineur)"])

    return Table("festival.porteurs_bracelet", "fr", "snake", [
        c("id_porteur", N, "BIGINT", g.keys(120_001), "decoy", KEY),
        c("prenom", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nom", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("date_naissance", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("num_secu", "ssn", "VARCHAR", [v.fr_nir(g, r[2], r[3], p[1]) if g.rnd.random() < 0.25 else None
                                         for r, p in zip(rows, places)], HEAVY, ABBREV),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fr"))),
        c("code_postal", "postal_code", "VARCHAR", [v.postcode(g, "fr", p[1]) for p in places]),
        c("ville", "city", "VARCHAR", [p[0] for p in places]),
        c("tel_portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.3}), ABBREV),
        c("courriel", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["fr"]) for r in rows]),
        c("iban_remboursement", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", True), 0.8), HEAVY),
        c("uid_bracelet", N, "VARCHAR", g.col(lambda: g.code("04:xx:xx:xx:xx:xx:80").upper()), "decoy"),
        c("solde_cashless", N, "DECIMAL(8,2)", g.amounts(0, 120), "decoy"),
        c("siret_prestataire", N, "VARCHAR", [siret] * g.rows, "business", SHAPE),
        c("numero_dossier", N, "VARCHAR", g.col(bad_nir), "decoy", SHAPE),
        c("chef_equipe", "person_name", "VARCHAR", g.col(g.pick(leaders), 0.5), STAFF, ROLE),
        c("ip_inscription", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
        c("champ_libre_1", N, "VARCHAR", g.col(g.pick(["PASS-3J", "PASS-1J", "CAMPING", "VIP"])), "decoy", OPAQUE),
        c("champ_libre_2", "free_text", "VARCHAR", g.col(lambda: _mixed(g, "fr", "FR", v.DOMAINS["fr"]), 0.3),
          OPAQUE, MIXED),
        c("remarques", "free_text", "VARCHAR", g.sparse(note, 0.8, ("", "-", "inconnu", "non renseigné", "n.c.")),
          NULLWORD),
    ])


def it_cruise_crew(g: Gen) -> Table:
    """A Genoa cruise line's crew register (Italian, snake case): names, codice fiscale (encoding name, birth date
    and comune), birth date and birthplace, address, CAP and comune, mobile, e-mail, the salary IBAN, the seaman's
    book number, rank, ship, embarkation date, the master (few), the manning agency's partita IVA (``none``),
    ``campo_libero_1`` and ``campo_libero_2`` (a next of kin's e-mail), the modifying user."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "it", female)
        born = g.birth(1962, 2006)
        place = v.town(g, "it")
        rows.append((a, b, born, place, v.it_codice_fiscale(a, b, born, female, place[2])))
    homes = [v.town(g, "it") for _ in range(g.rows)]
    masters = _staff(g, 4, lambda: f"Cap. {v.whole(g, 'it')}")
    users = _logins(g, 4, "it", 1)
    iva = v.it_iva(g)
    return Table("equipaggio.marittimi", "it", "snake", [
        c("matricola", N, "INTEGER", g.keys(300_001), "decoy", KEY),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("codice_fiscale", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("luogo_nascita", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"))),
        c("cap", "postal_code", "VARCHAR", [h[1] + g.digits(2) for h in homes], ABBREV),
        c("comune", "city", "VARCHAR", [h[0] for h in homes]),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.4})),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) for r in rows]),
        c("iban_stipendio", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.3))),
        c("numero_libretto", "national_id", "VARCHAR", g.col(lambda: f"GE {g.rnd.randint(10_000, 99_999)}")),
        c("qualifica", N, "VARCHAR", g.col(g.pick(["Cameriere", "Cuoco", "Marinaio", "Ufficiale di coperta"])),
          "decoy"),
        c("nave", N, "VARCHAR", g.col(g.pick(["Stella del Tirreno", "Aurora Ligure"])), "decoy"),
        c("data_imbarco", N, "DATE", g.days("2025-03-01", "2025-11-30"), "decoy"),
        c("comandante", "person_name", "VARCHAR", g.col(g.pick(masters)), STAFF, ROLE),
        c("piva_agenzia", N, "VARCHAR", [iva] * g.rows, "business", SHAPE, ABBREV),
        c("campo_libero_1", N, "VARCHAR", g.col(g.pick(["TURNO-A", "TURNO-B"])), "decoy", OPAQUE),
        c("campo_libero_2", "email", "VARCHAR", g.col(lambda: v.email(g, "it", v.DOMAINS["it"]), 0.3), OPAQUE),
        c("utente_modifica", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
    ])


def es_catering_guests(g: Gen) -> Table:
    """A Seville caterer's event guests (Spanish, camel case): names, DNI or NIE, birth date as ``dd/mm/yyyy``
    text, mobile, e-mail, address, postcode and town, table, menu, a locator shaped like a DNI with the wrong letter,
    the client company's name and CIF (``none``), the head waiter (few), ``campoLibre1`` and ``campoLibre2`` (a
    companion's name), remarks (mostly NULL words), the creating user."""
    pairs = [v.person(g, "es") for _ in range(g.rows)]
    places = [v.town(g, "es") for _ in range(g.rows)]
    heads = _staff(g, 3, lambda: v.whole(g, "es"))
    users = _logins(g, 4, "es", 0)
    cif = v.es_cif(g)

    def note() -> str:
        return g.rnd.choice([f"Viene con {v.whole(g, 'es')}", "Celíaco", f"Sentar junto a {v.given(g, 'es')}"])

    return Table("catering.invitadosEvento", "es", "camel", [
        c("idInvitado", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("nombre", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("apellidos", "last_name", "VARCHAR", [f"{b} {v.person(g, 'es')[1]}" for _, b in pairs]),
        c("dniNie", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g) if g.rnd.random() < 0.85 else v.es_nie(g),
                                                    0.1)),
        c("fechaNacimiento", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in g.births(1940, 2007)]),
        c("telefonoMovil", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "intl": 0.4})),
        c("correoElectronico", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["es"]) for a, b in pairs]),
        c("direccion", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es"), 0.2)),
        c("codigoPostal", "postal_code", "VARCHAR", [v.postcode(g, "es", p[1]) for p in places]),
        c("localidad", "city", "VARCHAR", [p[0] for p in places]),
        c("mesa", N, "INTEGER", g.ints(1, 40), "decoy"),
        c("menu", N, "VARCHAR", g.col(g.pick(["Carne", "Pescado", "Vegetariano", "Infantil"])), "decoy"),
        c("localizador", N, "VARCHAR", g.col(lambda: v.not_dni(g)), "decoy", SHAPE),
        c("empresaCliente", N, "VARCHAR", g.col(g.pick(["Bodegas Guadalquivir S.L.", "Eventos Giralda S.A."])),
          "business"),
        c("cifEmpresa", N, "VARCHAR", [cif] * g.rows, "business", SHAPE),
        c("jefeSala", "person_name", "VARCHAR", g.col(g.pick(heads)), STAFF, ROLE),
        c("campoLibre1", N, "VARCHAR", g.col(g.pick(["A", "B", "C"])), "decoy", OPAQUE),
        c("campoLibre2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es"), 0.45), OPAQUE),
        c("observaciones", "free_text", "VARCHAR", g.sparse(note, 0.85, ("", "-", "desconocido", "no consta")),
          NULLWORD),
        c("usuarioAlta", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
        c("fechaEvento", N, "DATE", g.days("2025-04-01", "2025-10-31"), "decoy"),
    ])


def nl_congress_badges(g: Gen) -> Table:
    """A Utrecht conference organiser's badges (Dutch, snake case): names, BSN of paid speakers (mostly NULL), birth
    date, e-mail, mobile, street, house number, postcode and town, organisation and BTW number (``none``), an order
    number shaped like a BSN failing the eleven-test, a QR token, scan time, the sign-up IP, ``vrij_veld_1`` and
    ``vrij_veld_2`` (a second mobile), the creator."""
    pairs = [v.person(g, "nl") for _ in range(g.rows)]
    places = [v.town(g, "nl") for _ in range(g.rows)]
    users = _logins(g, 3, "nl", 1)
    btw = v.nl_btw(g)
    return Table("congres.badges", "nl", "snake", [
        c("badge_id", N, "INTEGER", g.keys(50_001), "decoy", KEY),
        c("voornaam", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("achternaam", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g), 0.8), HEAVY),
        c("geboortedatum", "date_of_birth", "DATE", g.births(1950, 2004)),
        c("e_mailadres", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nl"]) for a, b in pairs]),
        c("mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "intl": 0.4})),
        c("straat", "street_address", "VARCHAR", g.col(g.pick(v.PLACES["nl"][0]))),
        c("huisnummer", "street_address", "INTEGER", g.ints(1, 240)),
        c("postcode", "postal_code", "VARCHAR", [v.postcode(g, "nl", p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("organisatie", N, "VARCHAR", g.col(g.pick(["Zorgnet Utrecht", "Hanze Logistiek B.V.", "Gemeente Zwolle"])),
          "business"),
        c("btw_nummer", N, "VARCHAR", [btw] * g.rows, "business", SHAPE),
        c("ordernummer", N, "VARCHAR", g.col(lambda: v.not_bsn(g)), "decoy", SHAPE),
        c("badge_qr", N, "VARCHAR", g.col(lambda: v.token(g, "QR-", 20)), "decoy"),
        c("scan_tijd", N, "TIMESTAMP", g.moments("2025-11-12", "2025-11-13", 0.2), "decoy"),
        c("ip_adres", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4))),
        c("vrij_veld_1", N, "VARCHAR", g.col(g.pick(["LUNCH", "GEEN_LUNCH"])), "decoy", OPAQUE),
        c("vrij_veld_2", "phone", "VARCHAR", g.phones("NL", {"national": 1.0}, 1.0, 0.4), OPAQUE),
        c("aangemaakt_door", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
    ])


def sv_skidskola(g: Gen) -> Table:
    """An Åre ski school's instructors (Swedish, snake case): names, personnummer (encoding the birth date), birth
    date, mobile, e-mail, street, postcode and town, the salary IBAN and a clearing account, certification, season,
    employment date, the head of school (few), next of kin (mostly NULL words), the employer's orgnr (``none``),
    ``fritt_falt_1`` and ``fritt_falt_2`` (a private e-mail), the modifier."""
    pairs = [v.person(g, "sv") for _ in range(g.rows)]
    births = g.births(1965, 2006)
    places = [v.town(g, "sv") for _ in range(g.rows)]
    heads = _staff(g, 2, lambda: v.given(g, "sv"))
    users = _logins(g, 3, "sv", 0)
    org = v.se_orgnr(g)
    return Table("skidskola.instruktorer", "sv", "snake", [
        c("instruktor_id", N, "INTEGER", g.keys(1_001), "decoy", KEY),
        c("fornamn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("efternamn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("personnummer", "national_id", "VARCHAR", [v.se_personnummer(g, d) for d in births]),
        c("fodelsedatum", "date_of_birth", "DATE", births),
        c("mobilnummer", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "intl": 0.3})),
        c("epost", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["sv"]) for a, b in pairs]),
        c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, "sv"))),
        c("postnummer", "postal_code", "VARCHAR", [v.postcode(g, "sv", p[1]) for p in places]),
        c("postort", "city", "VARCHAR", [p[0] for p in places]),
        c("iban_lon", "iban", "VARCHAR", g.col(lambda: v.iban(g, "SE"), 0.1)),
        c("clearing_konto", USERNAME, "VARCHAR", g.col(lambda: f"{g.digits(4)}-{g.digits(9)}", 0.3), BANK),
        c("certifiering", N, "VARCHAR", g.col(g.pick(["SSSK 1", "SSSK 2", "SSSK 3", "ISIA"])), "decoy"),
        c("sasong", N, "VARCHAR", g.col(g.pick(["2024/25", "2025/26"])), "decoy"),
        c("anstallningsdatum", N, "DATE", g.days("2018-11-01", "2025-12-01"), "decoy"),
        c("skidskolechef", "first_name", "VARCHAR", g.col(g.pick(heads)), STAFF, ROLE),
        c("anhorig", "person_name", "VARCHAR", g.sparse(lambda: v.whole(g, "sv"), 0.8, ("", "-", "okänd", "saknas")),
          NULLWORD, ROLE),
        c("orgnr_arbetsgivare", N, "VARCHAR", [org] * g.rows, "business", SHAPE),
        c("fritt_falt_1", N, "VARCHAR", g.col(g.pick(["BARN", "VUXEN", "OFFPIST"])), "decoy", OPAQUE),
        c("fritt_falt_2", "email", "VARCHAR", g.col(lambda: v.email(g, "sv", v.DOMAINS["sv"]), 0.35), OPAQUE),
        c("andrad_av", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
    ])


def ja_ryokan_staff(g: Gen) -> Table:
    """A Hokkaido ryokan's staff register (Japanese, kanji and katakana column names): full name in kanji and in
    katakana, family name, birth date, My Number (mostly NULL), phone, e-mail, postcode, address and municipality,
    department, hire date, the company's corporate number and the inn's name (``none``), a bank account number, the
    person in charge (few), ``自由項目1`` and ``自由項目2`` (an emergency contact's name), the updater."""
    people = [v.ja_person(g) for _ in range(g.rows)]
    places = [v.town(g, "ja") for _ in range(g.rows)]
    leads = _staff(g, 4, lambda: "".join(x[0] for x in v.ja_person(g)))
    users = _staff(g, 3, lambda: f"{v.plain(g.rnd.choice(['sato', 'kimura', 'mori', 'ishikawa']))}"
                                 f"{g.rnd.randint(1, 99):02d}")
    cn = v.jp_corporate(g)
    return Table("旅館.従業員名簿", "ja", "kanji", [
        c("従業員番号", N, "INTEGER", g.keys(10_001), "decoy", KEY),
        c("氏名", "person_name", "VARCHAR", [f"{f[0]} {n[0]}" for f, n in people]),
        c("氏名カナ", "person_name", "VARCHAR", [f"{f[1]} {n[1]}" for f, n in people]),
        c("姓", "last_name", "VARCHAR", [f[0] for f, _ in people]),
        c("生年月日", "date_of_birth", "DATE", g.births(1955, 2006)),
        c("個人番号", "national_id", "VARCHAR", g.col(lambda: v.jp_my_number(g), 0.6), HEAVY),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "intl": 0.2})),
        c("メールアドレス", "email", "VARCHAR", g.col(lambda: f"{g.rnd.choice(['hina', 'ren', 'yui', 'minato'])}."
                                                    f"{g.rnd.choice(['watanabe', 'kobayashi', 'saito', 'mori'])}"
                                                    f"{g.rnd.randint(1, 999)}@{g.rnd.choice(v.DOMAINS['ja'])}")),
        c("郵便番号", "postal_code", "VARCHAR", [v.postcode(g, "ja", p[1]) for p in places]),
        c("住所", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ja"))),
        c("市区町村", "city", "VARCHAR", [p[0] for p in places]),
        c("部署", N, "VARCHAR", g.col(g.pick(["客室係", "調理場", "フロント", "売店"])), "decoy"),
        c("入社日", N, "DATE", g.days("2005-04-01", "2025-10-01"), "decoy"),
        c("法人番号", N, "VARCHAR", [cn] * g.rows, "business", SHAPE),
        c("旅館名", N, "VARCHAR", g.col(g.pick(["湯の花旅館", "雪見の宿 白樺"])), "business"),
        c("口座番号", USERNAME, "VARCHAR", g.col(lambda: g.digits(7), 0.15), BANK),
        c("担当者", "person_name", "VARCHAR", g.col(g.pick(leads)), STAFF, ROLE),
        c("自由項目1", N, "VARCHAR", g.col(g.pick(["A", "B", "C"])), "decoy", OPAQUE),
        c("自由項目2", "person_name", "VARCHAR", g.col(lambda: "".join(x[0] for x in v.ja_person(g)), 0.3), OPAQUE),
        c("更新者", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (nv_as400_staff, 1_400), (edi_cobol_volunteers, 1_100), (at_sap_skilehrer, 320), (nz_ski_school, 900),
    (qc_congress, 1_200), (mu_resort_roster, 450), (ie_banqueting_staff, 380), (hi_luau_staging, 1_600),
    (sg_cruise_manifest, 1_800), (fr_festival_bracelets, 1_500), (it_cruise_crew, 700), (es_catering_guests, 600),
    (nl_congress_badges, 1_000), (sv_skidskola, 260), (ja_ryokan_staff, 240),
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
