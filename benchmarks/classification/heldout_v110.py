"""Held-out set v110 for the column classifier: 15 tables of *stadiums, ticketing and event security* (season-ticket
holders, supporters' clubs and an organised supporters' group, banned-supporter and spectator-ban lists, steward and
media accreditation, box-office resale and refunds, arena hospitality, a lost-and-found office, a first-aid log and a
fan club with official ticket resale), one system per table and each a different organisation, eight with English
column names and seven in other languages:

* ``riverbend_tix.season_ticket_accounts``: a Sacramento minor-league ballpark's season-ticket accounts (snake case,
  an SSN for the payment plan, account numbers shaped like SSNs failing the check, a co-holder, a portal login, a
  card's last four digits, ``misc_1``);
* ``HolmbridgeSafety.BannedSupporters``: a West Yorkshire football club's safety office's banned supporters (Pascal
  case, banning order and police references, surrendered passport numbers, ``KnownAs``, CCTV image paths, ``Udf2``);
* ``gatewaySecurity.stewardAccreditation``: a Winnipeg event security contractor's stewards (camel case, SIN,
  security licence numbers, payroll references failing Luhn, emergency contacts, the client venues, ``customField2``);
* ``MEDIA_ACCRED.MATCHDAY_REQUESTS``: a Brisbane stadium's media accreditation (SCREAMING case, driver licence
  numbers, media outlets with their ABN and phone, ``CUSTOM_FIELD_1``);
* ``stdm_med.fa_incdt_log``: an Auckland stadium's first-aid room log (abbreviated: ``pt_fnm``, ``pt_nhi``,
  ``ec_ph``, ``fa_nm``; NHI, ACC45 claim and ambulance job numbers);
* ``STHLEG.STH-MEMBER-EXTRACT``: a Soweto football club's season-ticket members as a COBOL extract (legacy: padded
  CHAR, ``YYYYMMDD`` integers, South African ID numbers encoding the birth date, member numbers of 13 digits failing
  the ID's check, phones as numbers with 0 for missing, next of kin, clerks' logins, ``STH-USER-FLD-1``);
* ``stg_tktx.src_resale_refund_raw``: a Mumbai ticketing platform's resale and refund requests as an opaque staging
  table (``col01`` to ``col19``: PAN, Aadhaar, UPI handles, refund numbers failing the Verhoeff check, IPs, hashes);
* ``dockside_arena_hosp.suite_bookings``: a Dublin arena's hospitality bookings (snake case, Eircode, deposit cards in
  clear, booking IPs, guest lists, corporate bookers' companies with VAT numbers and switchboards, ``udf_3``);
* ``club_tifosi_valdarno.soci_tesserati``: a Valdarno supporters' club's members (Italian; codice fiscale encoding
  the name, birth date and comune of birth, direct-debit IBAN, guardians of minors, the club's partita IVA,
  ``campo_libero_2``);
* ``taquillaZgz.devolucionesEntradas``: a Zaragoza stadium box office's refunds (Spanish, camel case; DNI/NIE, refund
  IBAN and account holder, order numbers shaped like a DNI failing its letter, ``campoLibre3``);
* ``torcida_cadastro_poa.associados``: a Porto Alegre organised supporters' group's member register (Brazilian
  Portuguese; CPF, RG, the mother's name, the group's CNPJ, ``campo_livre_2``);
* ``fundbuero_arena_emscher.fundsachen``: a Gelsenkirchen arena's lost-and-found office (German; found identity
  cards' numbers with their 7-3-1 check digit and the birth date read from them, finders and owners, ``freifeld_2``);
* ``stadyum_guvenlik_trabzon.seyirci_yasaklari``: a Trabzon stadium security office's spectator bans (Turkish; T.C.
  kimlik no, the father's name, fan card numbers of 11 digits failing its check, courts, the club's VKN,
  ``ozel_alan_2``);
* ``SECUEV83.STAGTP``: a Toulon event security company's steward file on an AS/400 (French, legacy: ``ST`` prefix,
  ``CYYMMDD`` decimals, NIR, CNAPS professional card numbers, IBAN, phone and postcode as decimals, the person to
  call in an emergency, ``STUDF2``);
* ``fankurabu_sendai.kaiin_meibo``: a Sendai club's fan club members with official ticket resale (romanized Japanese
  column names, values in kanji and katakana, logins, resale listing numbers, guardians of junior members,
  ``jiyuu_koumoku_2``).

Written **blind**, like v2 to v107: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), v107's docstring and test, the module docstrings of v24 to
v107 (to avoid their domains) and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run
on this set while it was written, no scorer was run on it, and no score was looked at. It was written under a short
deadline (50 minutes, the tests and lint included), so some labels are quick decisions rather than settled
conventions. v47 touched the theme (a box office, season members, socios); every system here is new.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN and a French NIR are ``ssn``; a New Zealand NHI, a South African ID number, PAN, Aadhaar,
  codice fiscale, DNI/NIE, CPF, a Brazilian RG, a German identity card number, a T.C. kimlik no and a UK passport
  number are ``national_id`` (the NHI and identity card checks are computed here, not by python-stdnum; the passport
  and RG by shape only);
* a steward's security licence (Manitoba), a French CNAPS professional card and a Queensland driver licence are
  ``national_id`` (tag ``licence``: personal numbers a state body issues), generated by shape only;
* account, member, order, refund, booking, accreditation, badge, banning order, police, court decision, ACC45 claim,
  ambulance job, lost-property, resale listing and fan card numbers, seats, vest numbers and CCTV image paths are
  ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier); a card's last four digits are ``none``
  (tag ``partial``), a card's expiry too;
* media outlets, client venues, police stations, courts, supporters' branches, corporate bookers' companies, their
  VAT numbers and switchboards, an ABN, a partita IVA, a CNPJ and a VKN are ``none`` (tag ``business``); the
  hospitality ``company_name`` is NULL for private bookers;
* account reps, stewards who report, safety officers, steward supervisors, accreditation officers, first aiders,
  hospitality executives, away-trip organisers, box-office agents, the supporters' group's registrar, lost-property
  staff, the officer writing a ban report, team leaders (``STCHEF``) and fan club staff are staff (``person_name``,
  tag ``staff``); a co-holder, an emergency contact, a next of kin, a guardian, a refund account holder, a mother, a
  finder, an owner of lost property, a father (``baba_adi``, ``first_name``) and the person to call (``STURGN``) are
  personal (tag ``role_word``);
* ``KnownAs`` (a banned supporter's nickname: ``Kez``, ``Stu``) is ``first_name``; ``guest_names`` (one to four
  guests' full names, comma-separated) is ``person_name`` (tag ``multi_value``);
* a portal login, a COBOL clerk's login (``STH-CAPTURED-BY``), a fan club login and a UPI handle (``name@bank`` or
  ``mobile@bank``, a payment address that is not a mailbox) are ``unclassified`` (tag ``username``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``);
  dietary notes naming guests are ``free_text``;
* a place of birth (``luogo_nascita``, ``STLNAI``), a suburb, a Brazilian ``bairro`` and a Turkish ``ilce`` are
  ``city``; a US state, an Australian state, a Canadian province, an Italian province, a Brazilian UF and a Turkish
  ``il`` are ``none``;
* numeric dates of birth (``YYYYMMDD``, ``CYYMMDD``), a ``dd-mm-yyyy`` string in an opaque column and the birth date
  read off a found identity card are ``date_of_birth``; match, event, ban, renewal, hire and training dates are
  ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v110_values`, written for v110 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v110 [PATH]`` (default ``/tmp/heldout_v110.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v110``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v110_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v110_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "nhi_is_valid", "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v110.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # stewards, safety officers, box-office and hospitality staff, first aiders (few distinct)
ROLE = "role_word"  # a role word (co-holder, emergency contact, next of kin, guardian, finder, owner ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
LICENCE = "licence"  # a personal licence or card number a state body issues (national_id)
PARTIAL = "partial"  # the last digits of a card (none)


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
            a, b = v.person(g, lang)
            return v.romaji_email(g, v.DOMAINS[lang]) if lang == "ja" else v.email_of(g, a, b, v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _nhi_check(body: str) -> str | None:
    total = sum((_NHI.index(ch) + 1) * (7 - i) for i, ch in enumerate(body[:3]))
    total += sum(int(ch) * (4 - i) for i, ch in enumerate(body[3:6]))
    check = (11 - total % 11) % 11
    return None if check == 0 or check == 10 else str(check)


def nhi_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid old-format New Zealand NHI number (AAANNNC, mod 11)."""
    value = value.strip().upper()
    return (len(value) == 7 and all(ch in _NHI for ch in value[:3]) and value[3:].isdigit()
            and _nhi_check(value[:6]) == value[6])


def _nhi(g: Gen) -> str:
    return g.valid(lambda: "".join(g.rnd.choice(_NHI) for _ in range(3)) + g.digits(4), nhi_is_valid)


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_season_tickets(g: Gen) -> Table:
    """A Sacramento minor-league ballpark's season-ticket accounts with payment plans (snake case)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    reps = _staff(g, 5, "us")
    office = g.phone("US", "national", False)

    def note() -> str:
        return g.rnd.choice([f"Wants seats next to {v.whole(g)} again", "Moved from Section 104 to 112",
                             f"Plan paused, husband {v.given(g)} called", "Prefers Sunday games only",
                             f"Gift membership from daughter {v.given(g)}"])

    return Table("riverbend_tix.season_ticket_accounts", "en", "snake", [
        c("account_id", N, "BIGINT", g.keys(410_001), "decoy", KEY),
        c("account_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("holder_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("holder_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("co_holder_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.62), ROLE, HEAVY),
        c("date_of_birth", "date_of_birth", "DATE", [None if g.rnd.random() < 0.15 else g.birth(1942, 2004)
                                                     for _ in range(g.rows)]),
        c("payment_plan_ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.7), HEAVY),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.05 else v.email_of(g, a, b, v.DOMAINS["us"])
                                        for a, b in pairs]),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.8, 0.1)),
        c("billing_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS), 0.05)),
        c("billing_city", "city", "VARCHAR", [p[0] for p in places]),
        c("billing_state", N, "VARCHAR", g.col(g.pick(["CA", "CA", "CA", "NV"])), "decoy"),
        c("billing_zip", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("seat_locator", N, "VARCHAR", g.col(lambda: v.seat(g)), "decoy", SHAPE),
        c("plan_tier", N, "VARCHAR", g.col(g.pick(["Full Season", "Half Season A", "Half Season B", "Sunday Plan",
                                                   "20-Game Flex"])), "decoy"),
        c("renewal_date", N, "DATE", g.days("2025-09-01", "2026-02-28"), "decoy"),
        c("card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.2), "decoy", PARTIAL),
        c("portal_login", USERNAME, "VARCHAR", [None if g.rnd.random() < 0.3 else v.login(a, b, g.rnd.randint(0, 3))
                                                for a, b in pairs], "username"),
        c("account_rep", "person_name", "VARCHAR", g.col(g.pick(reps)), STAFF),
        c("box_office_phone", N, "VARCHAR", [office] * g.rows, "business"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("account_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words()), NULLWORD),
    ])


def gb_banned_supporters(g: Gen) -> Table:
    """A West Yorkshire football club's safety office: its banned-supporter list (Pascal case)."""
    pairs = [v.person(g, "gb", g.rnd.random() < 0.1) for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    stewards = _staff(g, 8, "gb")
    officers = _staff(g, 2, "gb")
    nick = {"Jordan": "Jord", "Kieran": "Kez", "Dwayne": "Dee", "Liam": "Liamo", "Craig": "Craigy", "Stuart": "Stu",
            "Connor": "Con", "Mason": "Mase", "Reiss": "Reissy", "Umar": "Umz"}

    def note() -> str:
        return g.rnd.choice([f"Seen with {v.whole(g, 'gb')} at away end", "Pitch incursion v Bradford",
                             "Pyro in the Kop, CCTV ref attached", f"Brother {v.given(g, 'gb')} also on watch list",
                             "Breach of ban at reserve fixture"])

    return Table("HolmbridgeSafety.BannedSupporters", "en", "pascal", [
        c("BanId", N, "BIGINT", g.keys(5_001), "decoy", KEY),
        c("BanningOrderRef", N, "VARCHAR", g.col(lambda: f"FBO/WY/{g.rnd.randint(2019, 2025)}/{g.digits(4)}"),
          "decoy", SHAPE),
        c("PoliceRef", N, "VARCHAR", g.col(lambda: g.code("13/999999/25"), 0.2), "decoy", SHAPE),
        c("Forename", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("KnownAs", "first_name", "VARCHAR", [nick.get(a) if g.rnd.random() < 0.4 else None for a, _ in pairs],
          HEAVY),
        c("DateOfBirth", "date_of_birth", "DATE", g.births(1960, 2007)),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"), 0.05)),
        c("Town", "city", "VARCHAR", [p[0] for p in places]),
        c("Postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 0.95,
                                                       0.15)),
        c("PassportNumber", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 5)) + g.digits(8), 0.65),
          HEAVY, LICENCE),
        c("ReportingStation", N, "VARCHAR", g.col(g.pick(["Huddersfield Police Station", "Halifax Police Station",
                                                          "Dewsbury Police Station"])), "business"),
        c("BanStart", N, "DATE", g.days("2019-08-01", "2025-11-30"), "decoy"),
        c("BanEnd", N, "DATE", g.days("2026-01-01", "2031-06-30"), "decoy"),
        c("OffenceCategory", N, "VARCHAR", g.col(g.pick(["Violent disorder", "Pyrotechnics", "Pitch incursion",
                                                         "Racist chanting", "Missile throwing", "Ticket touting"])),
          "decoy"),
        c("SeasonTicketNo", N, "VARCHAR", g.col(lambda: g.code("HTST99999"), 0.5), "decoy", SHAPE),
        c("ReportedBySteward", "person_name", "VARCHAR", g.col(g.pick(stewards), 0.2), STAFF),
        c("SafetyOfficer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("CctvImageRef", N, "VARCHAR", g.col(lambda: f"cctv/{g.md5()}.jpg", 0.3), "decoy", SHAPE),
        c("Udf2", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
        c("Notes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("none")), NULLWORD),
    ])


def ca_steward_accreditation(g: Gen) -> Table:
    """A Winnipeg event security contractor's steward accreditation for a stadium and an arena (camel case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    sups = _staff(g, 4, "ca")
    venues = [("Red River Field", g.phone("CA", "national", False)),
              ("Assiniboine Events Centre", g.phone("CA", "national", False))]
    venue = [g.rnd.randrange(len(venues)) for _ in range(g.rows)]
    return Table("gatewaySecurity.stewardAccreditation", "en", "camel", [
        c("stewardId", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("firstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("lastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dateOfBirth", "date_of_birth", "DATE", g.births(1958, 2007)),
        c("sinNumber", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.1)),
        c("securityLicenceNo", "national_id", "VARCHAR", g.col(lambda: f"MB-SG-{g.digits(6)}", 0.05), LICENCE),
        c("payrollRef", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9)), "decoy", SHAPE),
        c("mobilePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 0.9)),
        c("personalEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"), 0.05)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("postalCode", "postal_code", "VARCHAR", [f"{p[1] if len(p[1]) == 3 else p[1] + g.code('A')} "
                                                   f"{g.code('9A9')}" for p in places]),
        c("province", N, "VARCHAR", ["MB"] * g.rows, "decoy"),
        c("emergencyContactName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.1), ROLE),
        c("emergencyContactPhone", "phone", "VARCHAR", g.phones("CA", {"national": 1.0}, 0.9, 0.1), ROLE),
        c("accreditationLevel", N, "VARCHAR", g.col(g.pick(["Gate", "Concourse", "Field Level", "Crowd Supervisor",
                                                            "Accessible Seating"])), "decoy"),
        c("badgeNumber", N, "VARCHAR", g.col(lambda: g.code("GS-99999")), "decoy", SHAPE),
        c("trainingCompleted", N, "DATE", g.days("2024-03-01", "2025-10-31", 0.1), "decoy"),
        c("supervisor", "person_name", "VARCHAR", g.col(g.pick(sups)), STAFF),
        c("clientVenue", N, "VARCHAR", [venues[i][0] for i in venue], "business"),
        c("venuePhone", N, "VARCHAR", [venues[i][1] for i in venue], "business"),
        c("customField2", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
    ])


def au_media_accreditation(g: Gen) -> Table:
    """A Brisbane stadium's matchday media accreditation requests (SCREAMING case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    outlets = [(name, v.abn(g), g.phone("AU", "national", False)) for name in
               ("Moreton Bay Courier", "Sunshine Sport Radio", "GabbaCast Media Pty Ltd", "Queensland Lens Agency",
                "Coastline Community TV")]
    outlet = [g.rnd.randrange(len(outlets)) for _ in range(g.rows)]
    staff = _staff(g, 3, "au")

    def note() -> str:
        return g.rnd.choice(["Photo ID sighted", f"Vouched for by editor {v.whole(g, 'au')}",
                             "Previous breach: entered field of play", f"Replacing {v.whole(g, 'au')} for this match"])

    return Table("MEDIA_ACCRED.MATCHDAY_REQUESTS", "en", "screaming", [
        c("REQUEST_ID", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("ACCRED_NUMBER", N, "VARCHAR", g.col(lambda: g.code("MA25-999999")), "decoy", SHAPE),
        c("GIVEN_NAME", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("FAMILY_NAME", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", g.births(1955, 2005)),
        c("DRIVER_LICENCE_NO", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.2), LICENCE),
        c("MOBILE", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 1.0, 0.05)),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in pairs]),
        c("MEDIA_OUTLET", N, "VARCHAR", [outlets[i][0] for i in outlet], "business"),
        c("OUTLET_ABN", N, "VARCHAR", [outlets[i][1] for i in outlet], "business", SHAPE),
        c("OUTLET_PHONE", N, "VARCHAR", [outlets[i][2] for i in outlet], "business"),
        c("MEDIA_ROLE", N, "VARCHAR", g.col(g.pick(["Photographer", "Journalist", "Broadcaster", "Camera operator",
                                                    "Producer"])), "decoy"),
        c("HOME_SUBURB", "city", "VARCHAR", [p[0] for p in places]),
        c("STATE", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("POSTCODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("VEST_NUMBER", N, "INTEGER", g.ints(1, 120), "decoy"),
        c("MATCH_DATE", N, "DATE", g.days("2025-03-01", "2025-09-30"), "decoy"),
        c("ACCREDITATION_OFFICER", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
        c("SECURITY_CHECK_NOTES", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD),
    ])


def nz_first_aid(g: Gen) -> Table:
    """An Auckland stadium's first-aid room incident log (abbreviated snake case)."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NZ_CITIES) for _ in range(g.rows)]
    aiders = _staff(g, 6, "nz")
    ec = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Mum {v.given(g, 'nz')} collected pt from FA room", "Ice pack applied, returned to seat",
                             f"Friend {v.whole(g, 'nz')} stayed with pt", "Refused ambulance, signed waiver",
                             "Intoxicated, handed to security"])

    return Table("stdm_med.fa_incdt_log", "en", "abbrev", [
        c("inc_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("inc_dttm", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-30"), "decoy"),
        c("evt_nm", N, "VARCHAR", g.col(g.pick(["Super Rugby: Blues v Chiefs", "NRL Warriors home game",
                                                "Concert: Summer Tour", "Pasifika Schools Final", "Football: NZ v Fiji"])),
          "decoy"),
        c("pt_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("pt_snm", "last_name", "VARCHAR", [b if g.rnd.random() < 0.9 else None for _, b in pairs], ABBREV),
        c("pt_dob", "date_of_birth", "DATE", [None if g.rnd.random() < 0.2 else g.birth(1940, 2018)
                                              for _ in range(g.rows)], ABBREV),
        c("pt_nhi", "national_id", "VARCHAR", g.col(lambda: _nhi(g), 0.6), ABBREV, HEAVY),
        c("pt_ph", "phone", "VARCHAR", g.phones("NZ", {"national": 0.7, "e164": 0.3}, 0.95, 0.15), ABBREV),
        c("pt_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz"), 0.3), ABBREV),
        c("pt_sbrb", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("pt_pcode", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("acc45_no", N, "VARCHAR", g.col(lambda: g.code("AA99999"), 0.55), "decoy", SHAPE),
        c("sect_loc", N, "VARCHAR", g.col(lambda: f"Bay {g.rnd.randint(1, 48)} Row {g.code('A')}"), "decoy"),
        c("inj_typ", N, "VARCHAR", g.col(g.pick(["Laceration", "Sprain", "Heat exhaustion", "Asthma", "Faint",
                                                 "Intoxication", "Head knock"])), "decoy"),
        c("tx_gvn", N, "VARCHAR", g.col(g.pick(["Dressing", "Ice", "Salbutamol", "Observation", "Oxygen"])), "decoy"),
        c("disp", N, "VARCHAR", g.col(g.pick(["Returned to seat", "Left venue", "Ambulance", "Referred to GP"])),
          "decoy"),
        c("ec_nm", "person_name", "VARCHAR", [v.whole(g, "nz") if e else None for e in ec], ROLE, ABBREV, HEAVY),
        c("ec_ph", "phone", "VARCHAR", [g.phone("NZ", "national") if e else None for e in ec], ROLE, ABBREV, HEAVY),
        c("fa_nm", "person_name", "VARCHAR", g.col(g.pick(aiders)), STAFF, ABBREV),
        c("amb_job_no", N, "VARCHAR", g.col(lambda: g.code("F2599-99999"), 0.6), "decoy", SHAPE),
        c("ms_nt", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("nil")), NULLWORD, ABBREV),
    ])


def za_season_cobol(g: Gen) -> Table:
    """A Soweto football club's season-ticket members, a COBOL extract (padded CHAR, numbers for dates and phones)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "za", female)
        born = g.birth(1945, 2009)
        rows.append((a, b, born, v.za_id(g, born, female), female))
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    clerks = [v.login(*v.person(g, "za"), 2) for _ in range(5)]
    branches = ["KLIPTOWN BRANCH", "MEADOWLANDS BRANCH", "TEMBISA NORTH BRANCH", "DIEPKLOOF ZONE 3 BRANCH"]
    return Table("STHLEG.STH-MEMBER-EXTRACT", "en", "cobol", [
        c("STH-MBR-NO", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE, LEGACY),
        c("STH-ID-NO", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.92 else None for r in rows], LEGACY),
        c("STH-SURNAME", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 20), LEGACY),
        c("STH-FIRST-NMS", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("STH-DOB", "date_of_birth", "INTEGER", [_ymd(r[2]) for r in rows], LEGACY),
        c("STH-GENDER", N, "VARCHAR", ["F" if r[4] else "M" for r in rows], "decoy", LEGACY),
        c("STH-CELL", "phone", "BIGINT", [int(g.phone("ZA", "digits")) if g.rnd.random() < 0.9 else 0 for _ in rows],
          LEGACY),
        c("STH-EMAIL", "email", "VARCHAR", _pad([v.email_of(g, r[0], r[1], v.DOMAINS["za"]) if g.rnd.random() < 0.4
                                                 else None for r in rows], 40), LEGACY, HEAVY),
        c("STH-ADDR-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.ZA_STREETS, "za").upper()),
                                                         30), LEGACY),
        c("STH-SUBURB", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("STH-POST-CD", "postal_code", "INTEGER", [int(p[1]) for p in places], LEGACY),
        c("STH-STAND", N, "VARCHAR", g.col(g.pick(["NORTH", "SOUTH", "EAST", "WEST", "VIP"])), "decoy", LEGACY),
        c("STH-BLOCK-SEAT", N, "VARCHAR", _pad(g.col(lambda: g.code("A99-999")), 8), "decoy", LEGACY),
        c("STH-PKG-CD", N, "VARCHAR", g.col(g.pick(["GEN", "GEN", "PEN", "JNR", "GLD"])), "decoy", LEGACY),
        c("STH-START-DT", N, "INTEGER", [_ymd(g.day("2018-07-01", "2025-08-31")) for _ in rows], "decoy", LEGACY),
        c("STH-NOK-NAME", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "za").upper(), 0.25), 30), ROLE,
          LEGACY),
        c("STH-NOK-CELL", "phone", "BIGINT", [int(g.phone("ZA", "digits")) if g.rnd.random() < 0.7 else 0
                                              for _ in rows], ROLE, LEGACY),
        c("STH-BRANCH", N, "VARCHAR", _pad(g.col(g.pick(branches), 0.2), 24), "business", LEGACY),
        c("STH-CAPTURED-BY", USERNAME, "VARCHAR", _pad(g.col(g.pick(clerks)), 10), "username", LEGACY),
        c("STH-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "ZA", "za"), 40), CUSTOM, LEGACY),
    ])


def in_resale_staging(g: Gen) -> Table:
    """A Mumbai ticketing platform's resale and refund requests, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1965, 2007)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    rows = [v.person(g, "in") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    banks = ["okaxis", "okicici", "oksbi", "ybl", "paytm", "okhdfcbank"]
    return Table("stg_tktx.src_resale_refund_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", N, "VARCHAR", g.col(lambda: "TX" + g.digits(10)), "decoy", SHAPE, OPAQUE),
        c("col03", "person_name", "VARCHAR", [f"{a} {b}" for a, b in rows], OPAQUE),
        c("col04", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "intl": 0.2, "national": 0.3}), OPAQUE),
        c("col05", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["in"]) for a, b in rows], OPAQUE),
        c("col06", "national_id", "VARCHAR", [v.pan(g, b) if g.rnd.random() < 0.6 else None for _, b in rows],
          OPAQUE),
        c("col07", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.5), 0.6), OPAQUE, HEAVY),
        c("col08", USERNAME, "VARCHAR", [f"{v.plain(a)}.{v.plain(b)}@{g.rnd.choice(banks)}" if g.rnd.random() < 0.5
                                         else f"{g.phone('IN', 'digits')[-10:]}@{g.rnd.choice(banks)}"
                                         for a, b in rows], "username", OPAQUE),
        c("col09", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col10", N, "VARCHAR", g.col(g.pick(["IPL: Mumbai v Chennai", "ISL: Mumbai City v Goa", "Concert: Monsoon Nights Live",
                                               "Pro Kabaddi: U Mumba", "Test match Day 3"])), "decoy", OPAQUE),
        c("col11", N, "VARCHAR", g.col(lambda: g.day("2025-03-20", "2025-12-20").isoformat()), "decoy", OPAQUE),
        c("col12", N, "DOUBLE", g.amounts(400, 24_000), "decoy", OPAQUE),
        c("col13", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.05), OPAQUE),
        c("col14", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col15", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col16", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col18", "date_of_birth", "VARCHAR", g.col(dob, 0.3), OPAQUE),
        c("col19", N, "TIMESTAMP", g.moments("2025-03-01", "2025-12-20"), "decoy", OPAQUE),
    ])


def ie_hospitality(g: Gen) -> Table:
    """A Dublin arena's hospitality suite and package bookings (snake case)."""
    from stdnum.ie import vat as ie_vat
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IE_CITIES) for _ in range(g.rows)]
    execs = _staff(g, 4, "ie")
    firms = [(name, g.valid(lambda: "IE" + g.digits(7) + g.code("A"), ie_vat.is_valid),
              g.phone("IE", "national", False))
             for name in ("Liffey Freight Solutions Ltd", "Brennan & Keogh Solicitors", "Docklands Data Centre DAC",
                          "Emerald Isle Pharma", "Harbour Quantity Surveyors")]
    firm = [g.rnd.randrange(len(firms)) if g.rnd.random() < 0.45 else None for _ in range(g.rows)]

    def guests() -> str:
        return ", ".join(v.whole(g, "ie") for _ in range(g.rnd.randint(1, 4)))

    def diet() -> str:
        return g.rnd.choice([f"Coeliac - {v.given(g, 'ie')}", "2x vegetarian", f"Nut allergy ({v.whole(g, 'ie')})",
                             "Wheelchair access needed", "Halal x1"])

    return Table("dockside_arena_hosp.suite_bookings", "en", "snake", [
        c("booking_ref", N, "VARCHAR", [f"HSP-25-{i:05d}" for i in range(1, g.rows + 1)], "decoy", KEY, SHAPE),
        c("package", N, "VARCHAR", g.col(g.pick(["Private Suite 12", "Premium Lounge", "Chef's Table", "Box Office Club",
                                                 "Pitchside Dining"])), "decoy"),
        c("event_name", N, "VARCHAR", g.col(g.pick(["Six Nations: Ireland v France", "URC: Leinster v Munster",
                                                    "Concert: Autumn Arena Tour", "Boxing: Fight Night"])), "decoy"),
        c("event_date", N, "DATE", g.days("2025-02-01", "2025-12-15"), "decoy"),
        c("booker_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("booker_surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("booker_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ie"]) for a, b in pairs]),
        c("booker_mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "e164": 0.4}, 0.95, 0.05)),
        c("booker_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"), 0.1)),
        c("booker_town", "city", "VARCHAR", [p[0] for p in places]),
        c("booker_eircode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('A9AA')}" for p in places]),
        c("company_name", N, "VARCHAR", [None if f is None else firms[f][0] for f in firm], "business"),
        c("company_vat_no", N, "VARCHAR", [None if f is None else firms[f][1] for f in firm], "business", SHAPE),
        c("company_switchboard", N, "VARCHAR", [None if f is None else firms[f][2] for f in firm], "business"),
        c("guest_names", "person_name", "VARCHAR", g.col(guests, 0.2), "multi_value"),
        c("guest_count", N, "INTEGER", g.ints(2, 16), "decoy"),
        c("dietary_notes", "free_text", "VARCHAR", g.sparse(diet, 0.8, _words("none")), NULLWORD),
        c("deposit_card_number", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.5), 0.3)),
        c("deposit_card_expiry", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}",
                                                     0.3), "decoy"),
        c("booking_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.1)),
        c("hospitality_exec", "person_name", "VARCHAR", g.col(g.pick(execs)), STAFF),
        c("udf_3", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def it_club_tifosi(g: Gen) -> Table:
    """A Valdarno supporters' club's member register (Italian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.25
        a, b = v.person(g, "it", female)
        born = g.birth(1945, 2012)
        birthplace = g.rnd.choice(v.IT_COMUNI)
        rows.append((a, b, born, v.codice_fiscale(g, a, b, born, female, birthplace[2]), birthplace[0]))
    places = [g.rnd.choice(v.IT_COMUNI) for _ in range(g.rows)]
    leaders = _staff(g, 3, "it")
    club_iva = v.iva(g)

    def nota() -> str:
        return g.rnd.choice([f"Rinnovo pagato dal padre {v.given(g, 'it')}", "Trasferta a Perugia, posto pullman 14",
                             f"Presentato da {v.whole(g, 'it')}", "Tessera smarrita, duplicato emesso"])

    return Table("club_tifosi_valdarno.soci_tesserati", "it", "snake", [
        c("id_socio", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("numero_tessera", N, "VARCHAR", g.col(lambda: g.code("CTV-2025-9999")), "decoy", SHAPE),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("codice_fiscale", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("luogo_nascita", "city", "VARCHAR", [r[4] for r in rows]),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"), 0.05)),
        c("comune", "city", "VARCHAR", [p[0] for p in places]),
        c("cap", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("provincia", N, "VARCHAR", [("FI" if p[0] in ("Firenze", "Figline Valdarno") else "SI" if p[0] == "Siena"
                                       else "AR") for p in places], "decoy"),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 0.95, 0.05)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.2 else v.email_of(g, r[0], r[1], v.DOMAINS["it"])
                                        for r in rows]),
        c("iban_addebito_quota", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.5), 0.6),
          HEAVY),
        c("quota_pagata", N, "DOUBLE", g.col(g.pick([15.0, 25.0, 40.0])), "decoy"),
        c("settore_abbonamento", N, "VARCHAR", g.col(g.pick(["Curva Sud", "Tribuna Centrale", "Distinti",
                                                             "Gradinata"])), "decoy"),
        c("genitore_tutore", "person_name", "VARCHAR", [v.whole(g, "it") if r[2].year >= 2008 else None
                                                        for r in rows], ROLE, HEAVY),
        c("responsabile_trasferte", "person_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
        c("partita_iva_club", N, "VARCHAR", [club_iva] * g.rows, "business", SHAPE),
        c("campo_libero_2", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
        c("note", "free_text", "VARCHAR", g.sparse(nota, 0.76, _words("nessuna")), NULLWORD),
    ])


def es_taquilla(g: Gen) -> Table:
    """A Zaragoza stadium box office's ticket refunds (Spanish, camel case)."""
    pairs = [v.person(g, "es") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "es")
    holders = [v.whole(g, "es") + " " + v.person(g, "es")[1] if g.rnd.random() < 0.3 else f"{a} {b}"
               for a, b in pairs]

    def obs() -> str:
        return g.rnd.choice([f"Devolución a nombre de su madre {v.whole(g, 'es')}", "Partido aplazado por lluvia",
                             "Entrada duplicada en la app", f"Llamó su hermano {v.given(g, 'es')}"])

    return Table("taquillaZgz.devolucionesEntradas", "es", "camel", [
        c("idDevolucion", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("numeroPedido", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE),
        c("localizador", N, "VARCHAR", g.col(lambda: g.code("ZGZZZZZZ")), "decoy", SHAPE),
        c("nombre", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("apellidos", "last_name", "VARCHAR", [f"{b} {v.person(g, 'es')[1]}" for _, b in pairs]),
        c("dniNie", "national_id", "VARCHAR", g.col(lambda: v.dni(g) if g.rnd.random() < 0.85 else v.nie(g), 0.05)),
        c("telefonoMovil", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "e164": 0.3}, 0.95)),
        c("correoElectronico", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["es"]) for a, b in pairs]),
        c("direccion", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"), 0.3)),
        c("localidad", "city", "VARCHAR", [p[0] for p in places]),
        c("codigoPostal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ibanDevolucion", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.6), 0.2)),
        c("titularCuenta", "person_name", "VARCHAR", [None if g.rnd.random() < 0.2 else h for h in holders], ROLE),
        c("partido", N, "VARCHAR", g.col(g.pick(["Jornada 12 vs Huesca", "Copa: 2ª ronda", "Jornada 19 vs Eibar",
                                                 "Amistoso de verano"])), "decoy"),
        c("fechaPartido", N, "DATE", g.days("2025-08-15", "2025-12-20"), "decoy"),
        c("importe", N, "DOUBLE", g.amounts(12, 95), "decoy"),
        c("motivo", N, "VARCHAR", g.col(g.pick(["Aplazamiento", "Cargo duplicado", "Cambio de grada",
                                                "Baja de abonado"])), "decoy"),
        c("ultimosDigitosTarjeta", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", PARTIAL),
        c("gestor", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("campoLibre3", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.78, _words("sin datos")), NULLWORD),
    ])


def br_torcida(g: Gen) -> Table:
    """A Porto Alegre organised supporters' group's member register (Brazilian Portuguese, snake case)."""
    from stdnum.br import cnpj
    places = [g.rnd.choice(v.BR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "br")
    club_cnpj = cnpj.format(g.valid(lambda: g.digits(8) + "0001" + g.digits(2), cnpj.is_valid))
    bairros = ["Menino Deus", "Partenon", "Sarandi", "Restinga", "Cidade Baixa", "Rubem Berta", "Azenha", "Humaitá"]
    return Table("torcida_cadastro_poa.associados", "pt", "snake", [
        c("id_associado", N, "BIGINT", g.keys(30_001), "decoy", KEY),
        c("matricula", N, "VARCHAR", g.col(lambda: g.code("TO-99999")), "decoy", SHAPE),
        c("nome_completo", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "br"))),
        c("cpf", "national_id", "VARCHAR", g.col(lambda: v.cpf(g, g.rnd.random() < 0.7), 0.05)),
        c("rg", "national_id", "VARCHAR", g.col(lambda: g.digits(10), 0.3)),
        c("data_nascimento", "date_of_birth", "DATE", g.births(1960, 2008)),
        c("nome_mae", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "br"), 0.1), ROLE),
        c("telefone", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "e164": 0.3}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "br"), v.DOMAINS["br"]), 0.55),
          HEAVY),
        c("logradouro", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BR_STREETS, "br"))),
        c("bairro", "city", "VARCHAR", g.col(g.pick(bairros))),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("cep", "postal_code", "VARCHAR", [f"{p[2]}{g.digits(3)}-{g.digits(3)}" for p in places]),
        c("foto_hash", N, "VARCHAR", g.col(g.md5), "decoy", SHAPE),
        c("data_filiacao", N, "DATE", g.days("2012-01-01", "2025-11-30"), "decoy"),
        c("situacao", N, "VARCHAR", g.col(g.pick(["Ativo", "Ativo", "Ativo", "Suspenso", "Afastado pelo MP"])),
          "decoy"),
        c("diretor_cadastro", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("cnpj_torcida", N, "VARCHAR", [club_cnpj] * g.rows, "business", SHAPE),
        c("campo_livre_2", "free_text", "VARCHAR", _custom(g, "BR", "br"), CUSTOM),
    ])


def de_fundbuero(g: Gen) -> Table:
    """A Gelsenkirchen arena's lost-and-found office (German, snake case)."""
    owner = [g.rnd.random() < 0.6 for _ in range(g.rows)]
    ident = [o and g.rnd.random() < 0.35 for o in owner]
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "de")

    def gegenstand(i: bool) -> str:
        return "Personalausweis" if i else g.rnd.choice(["Schlüsselbund", "Geldbörse", "Handy", "Schal", "Rucksack",
                                                          "Brille", "Jacke", "Bankkarte"])

    def bem() -> str:
        return g.rnd.choice([f"Abgeholt durch Vater {v.whole(g, 'de')}", "Per Post zugesandt",
                             f"Finderlohn an {v.given(g, 'de')} ausgezahlt", "Nach 6 Monaten an Fundamt übergeben"])

    return Table("fundbuero_arena_emscher.fundsachen", "de", "snake", [
        c("fund_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("fundnummer", N, "VARCHAR", g.col(lambda: g.code("FB-25-99999")), "decoy", SHAPE),
        c("fund_datum", N, "DATE", g.days("2025-01-15", "2025-11-30"), "decoy"),
        c("veranstaltung", N, "VARCHAR", g.col(g.pick(["Heimspiel 7. Spieltag", "Pokal 2. Runde", "Konzert Open Air",
                                                       "Heimspiel 12. Spieltag"])), "decoy"),
        c("fundort", N, "VARCHAR", g.col(lambda: f"Block {g.code('A9')}, Reihe {g.rnd.randint(1, 40)}"), "decoy"),
        c("gegenstand", N, "VARCHAR", [gegenstand(i) for i in ident], "decoy"),
        c("ausweisnummer", "national_id", "VARCHAR", [v.ausweis(g) if i else None for i in ident], HEAVY),
        c("geburtsdatum_laut_ausweis", "date_of_birth", "DATE", [g.birth(1950, 2008) if i else None for i in ident],
          HEAVY),
        c("finder_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.35), ROLE),
        c("eigentuemer_vorname", "first_name", "VARCHAR", [p[0] if o else None for p, o in zip(pairs, owner)], ROLE),
        c("eigentuemer_nachname", "last_name", "VARCHAR", [p[1] if o else None for p, o in zip(pairs, owner)], ROLE),
        c("eigentuemer_telefon", "phone", "VARCHAR", [g.phone("DE", g.rnd.choice(["national", "intl"]),
                                                              g.rnd.random() < 0.8) if o else None for o in owner],
          ROLE),
        c("eigentuemer_email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["de"]) if o else None
                                                    for p, o in zip(pairs, owner)], ROLE),
        c("eigentuemer_strasse", "street_address", "VARCHAR", [v.street(g, v.DE_STREETS, "de") if o else None
                                                               for o in owner], ROLE),
        c("eigentuemer_plz", "postal_code", "VARCHAR", [p[1] if o else None for p, o in zip(places, owner)], ROLE),
        c("eigentuemer_ort", "city", "VARCHAR", [p[0] if o else None for p, o in zip(places, owner)], ROLE),
        c("ausgabe_datum", N, "DATE", [g.day("2025-02-01", "2025-12-10") if o else None for o in owner], "decoy"),
        c("ausgegeben_von", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("freifeld_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
        c("bemerkung", "free_text", "VARCHAR", g.sparse(bem, 0.8, _words("keine", "k.A.")), NULLWORD),
    ])


def tr_seyirci_yasak(g: Gen) -> Table:
    """A Trabzon stadium security office's spectator bans (Turkish, snake case)."""
    pairs = [v.person(g, "tr", g.rnd.random() < 0.08) for _ in range(g.rows)]
    places = [g.rnd.choice(v.TR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "tr")
    club_vkn = v.vkn(g)
    courts = ["Trabzon 2. Sulh Ceza Hakimliği", "Trabzon 3. Sulh Ceza Hakimliği", "Rize Sulh Ceza Hakimliği"]

    def acik() -> str:
        return g.rnd.choice([f"Ağabeyi {v.whole(g, 'tr')} ile birlikte tespit edildi", "Meşale yakma, kamera kaydı var",
                             f"Avukatı {v.whole(g, 'tr')} itiraz etti", "Saha olaylarına karıştı"])

    return Table("stadyum_guvenlik_trabzon.seyirci_yasaklari", "tr", "snake", [
        c("kayit_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tckimlik(g), 0.03)),
        c("ad", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("soyad", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dogum_tarihi", "date_of_birth", "DATE", g.births(1965, 2008)),
        c("baba_adi", "first_name", "VARCHAR", g.col(lambda: v.person(g, "tr", False)[0], 0.1), ROLE),
        c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.3}, 0.95, 0.1)),
        c("e_posta", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["tr"]) if g.rnd.random() < 0.4 else None
                                          for a, b in pairs], HEAVY),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"), 0.1)),
        c("ilce", "city", "VARCHAR", [p[0] for p in places]),
        c("il", N, "VARCHAR", [("Rize" if p[0] == "Rize" else "Giresun" if p[0] == "Giresun" else "Trabzon")
                               for p in places], "decoy"),
        c("posta_kodu", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("taraftar_kart_no", N, "VARCHAR", g.col(lambda: v.tckimlik_decoy(g), 0.1), "decoy", SHAPE),
        c("karar_no", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(2021, 2025)}/{g.rnd.randint(100, 9999)} D.İş"),
          "decoy", SHAPE),
        c("mahkeme", N, "VARCHAR", g.col(g.pick(courts)), "business"),
        c("yasak_baslangic", N, "DATE", g.days("2021-08-01", "2025-11-30"), "decoy"),
        c("yasak_bitis", N, "DATE", g.days("2026-01-01", "2029-12-31"), "decoy"),
        c("olay_turu", N, "VARCHAR", g.col(g.pick(["Sahaya yabancı madde atma", "Meşale", "Kavga", "Sahaya girme",
                                                   "Hakaret"])), "decoy"),
        c("tutanak_duzenleyen", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("kulup_vergi_no", N, "VARCHAR", [club_vkn] * g.rows, "business", SHAPE),
        c("ozel_alan_2", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
        c("aciklama", "free_text", "VARCHAR", g.sparse(acik, 0.77, _words("yok", "bilinmiyor")), NULLWORD),
    ])


def fr_stewards_as400(g: Gen) -> Table:
    """A Toulon event security company's steward file on an AS/400 (French, ``ST`` prefix, ``CYYMMDD``)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "fr", female)
        born = g.birth(1960, 2005)
        rows.append((a, b, born, v.nir(g, born, female)))
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    chiefs = _staff(g, 5, "fr")
    urg = [g.rnd.random() < 0.85 for _ in rows]

    def cnaps() -> str:
        return f"CAR-083-{g.rnd.randint(2026, 2030)}-{g.rnd.randint(1, 12):02d}-{g.rnd.randint(1, 28):02d}-" \
               f"{g.rnd.randint(2019, 2025)}{g.digits(7)}"

    return Table("SECUEV83.STAGTP", "fr", "as400", [
        c("STMATR", N, "DECIMAL(7,0)", g.keys(8_300_001), "decoy", KEY, LEGACY),
        c("STNOMU", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY),
        c("STPRNM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("STDNAI", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(r[2]) for r in rows], LEGACY),
        c("STLNAI", "city", "VARCHAR", _pad(g.col(lambda: g.rnd.choice(v.FR_CITIES)[0].upper()), 26), LEGACY),
        c("STNIR", "ssn", "VARCHAR", [r[3] for r in rows], LEGACY),
        c("STCPRO", "national_id", "VARCHAR", _pad(g.col(cnaps, 0.05), 32), LICENCE, LEGACY),
        c("STADR1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.FR_STREETS, "fr").upper()), 32),
          LEGACY),
        c("STCPOS", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("STVILL", "city", "VARCHAR", _pad([p[0].upper() for p in places], 26), LEGACY),
        c("STTELF", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits", g.rnd.random() < 0.85))
                                               if g.rnd.random() < 0.9 else 0 for _ in rows], LEGACY),
        c("STMAIL", "email", "VARCHAR", _pad([v.email_of(g, r[0], r[1], v.DOMAINS["fr"]) if g.rnd.random() < 0.42
                                              else None for r in rows], 40), LEGACY, HEAVY),
        c("STIBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", False), 0.05), LEGACY),
        c("STQUAL", N, "VARCHAR", _pad(g.col(g.pick(["ADS", "SSIAP1", "SSIAP2", "CHEF EQUIPE", "PALPATION"])), 12),
          "decoy", LEGACY),
        c("STSITE", N, "VARCHAR", _pad(g.col(g.pick(["STADE DU PORT MARCHAND", "PALAIS DES SPORTS LA GARDE",
                                                     "ARENA VAR OUEST"])), 30), "business", LEGACY),
        c("STDEMB", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2012-01-01", "2025-10-31")) for _ in rows], "decoy", LEGACY),
        c("STCHEF", "person_name", "VARCHAR", _pad(g.col(g.pick([x.upper() for x in chiefs])), 30), STAFF, LEGACY),
        c("STURGN", "person_name", "VARCHAR", _pad([v.whole(g, "fr").upper() if u else None for u in urg], 30), ROLE,
          LEGACY),
        c("STURGT", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits")) if u else 0 for u in urg], ROLE, LEGACY),
        c("STUDF2", "free_text", "VARCHAR", _pad(_custom(g, "FR", "fr"), 40), CUSTOM, LEGACY),
    ])


def ja_fanclub(g: Gen) -> Table:
    """A Sendai club's fan club member register with official ticket resale (romanized Japanese column names,
    Japanese values)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "ja")
        born = g.birth(1950, 2016)
        rows.append((a, b, born))
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "ja")
    logins = ["sendai", "vegalta", "blue", "kokoro", "suzume", "date", "aoba", "izumi"]

    def bikou() -> str:
        return g.rnd.choice(["会員証再発行済み", f"ジュニア会員、父親の{v.person(g, 'ja')[1]}様が手続き",
                             "住所変更あり", f"{v.whole(g, 'ja')}様よりリセール代金の問い合わせ"])

    return Table("fankurabu_sendai.kaiin_meibo", "ja", "snake", [
        c("kaiin_id", N, "BIGINT", g.keys(100_001), "decoy", KEY),
        c("kaiin_bangou", N, "VARCHAR", g.col(lambda: g.code("FC9999999")), "decoy", SHAPE),
        c("shimei", "person_name", "VARCHAR", [f"{b} {a}" for a, b, _ in rows]),
        c("shimei_kana", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b, _ in rows]),
        c("seinengappi", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("seibetsu", N, "VARCHAR", g.col(g.pick(["男", "女", "回答しない"])), "decoy"),
        c("keitai_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 0.9, 0.05)),
        c("meeru_adoresu", "email", "VARCHAR", g.col(lambda: v.romaji_email(g, v.DOMAINS["ja"]), 0.05)),
        c("juusho", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
        c("shikuchouson", "city", "VARCHAR", [p[0] for p in places]),
        c("yuubin_bangou", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("roguin_id", USERNAME, "VARCHAR", g.col(lambda: f"{g.rnd.choice(logins)}_{g.rnd.randint(1, 9999)}", 0.1),
          "username"),
        c("risearu_shuppin_bangou", N, "VARCHAR", g.col(lambda: g.code("RS-25-999999"), 0.6), "decoy", SHAPE),
        c("kaiin_shubetsu", N, "VARCHAR", g.col(g.pick(["ゴールド", "レギュラー", "レギュラー", "ジュニア"])), "decoy"),
        c("hogosha_shimei", "person_name", "VARCHAR", [v.whole(g, "ja") if r[2].year >= 2008 else None for r in rows],
          ROLE, HEAVY),
        c("nyuukai_bi", N, "DATE", g.days("2015-01-01", "2025-11-30"), "decoy"),
        c("tantousha", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("jiyuu_koumoku_2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.78, _words("なし", "特になし")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_season_tickets, 700), (gb_banned_supporters, 260), (ca_steward_accreditation, 320),
    (au_media_accreditation, 400), (nz_first_aid, 450), (za_season_cobol, 600), (in_resale_staging, 500),
    (ie_hospitality, 380), (it_club_tifosi, 420), (es_taquilla, 500), (br_torcida, 550), (de_fundbuero, 380),
    (tr_seyirci_yasak, 300), (fr_stewards_as400, 350), (ja_fanclub, 300),
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
