"""Held-out set v116 for the column classifier: 15 tables of *weddings, photography studios, personal event planners
and celebrants* (wedding planners' client files and guest lists, a celebrant's notices of intended marriage, an
elopement planner, portrait and wedding studios' bookings and orders, contract second shooters, a bridal salon's
layaway file, a destination wedding's guest travel, agencies arranging weddings for foreign couples), one system per
table and each a different organisation, eight with English column names and seven in other languages:

* ``magnoliaknot.wedding_clients``: a Charleston wedding planner's clients (snake case, booking numbers shaped like
  SSNs failing the check, the partner and the maid of honor, deposit cards, venue coordinates, a portal login,
  ``misc_1``);
* ``shutterNest.sessionBookings``: a Leeds photography studio's session bookings (camel case, a newborn's first name
  and birth date, cards, booking IPs, gallery logins and password hashes, print SKUs, courier tracking,
  ``customField2``);
* ``CelebrantRegister.NoticeOfIntendedMarriage``: a Perth civil celebrant's notices of intended marriage (Pascal case;
  both parties' birth dates and places, passports and driver licences, the father and the mother's maiden name, two
  witnesses, the celebrant's registration number, ``Udf3``);
* ``LENSWORKS_TO.CONTRACT_SHOOTERS``: a Toronto wedding studio's contract second shooters (SCREAMING case, SIN,
  payroll references failing the SIN check, an emergency contact, Instagram handles, camera serials,
  ``CUSTOM_FIELD_1``);
* ``evtplan_ops.gst_rsvp``: a Kilkenny wedding planner's guest list and room block (abbreviated: ``gst_fnm``,
  ``plus1_nm``, ``acc_crd``, ``rfnd_iban``; Eircodes, RSVP IPs, invitation tracking, favour SKUs, ``xtra_1``);
* ``BRIDLCOB.BRLAYAWY``: a Chicago bridal salon chain's layaway extract, a COBOL file (legacy: padded CHAR,
  ``YYYYMMDD`` integers, 0 for missing; the bride's SSN and phone as numbers, a co-signer, cards, gown SKUs,
  ``BR-USER-FLD-1``);
* ``stg_shaadi.src_guest_raw``: an Udaipur destination wedding planner's guest travel registrations as an opaque
  staging table (``col01`` to ``col18``: Aadhaar, PAN, passport, a ``dd-mm-yyyy`` birth date, room block numbers
  failing the Verhoeff check, flight numbers, hashes, IPs, the hotel);
* ``qt_elopements.couple_bookings``: a Queenstown elopement planner's couples (snake case, IRD numbers, driver
  licences, booking references failing the IRD check, ceremony coordinates, the helicopter operator, witnesses,
  ``custom_2``);
* ``mariages_bdx.dossiers_couples``: a Bordeaux wedding planner's couple files (French; IBAN, témoins, the estate's
  SIRET and phone, the caterer, ``champ_libre_2``);
* ``casamentos_porto.noivos``: a Porto wedding planner's couples (European Portuguese; NIF, cartão de cidadão, IBAN,
  padrinho and madrinha, quote numbers failing the NIF check, the quinta's NIPC, ``campo_livre_2``);
* ``bryllup_cph.vielser_udlaendinge``: a Copenhagen agency arranging weddings in Denmark for foreign and mixed couples
  (Danish; CPR of resident partners encoding the birth date, passport numbers, IBAN, witnesses, case numbers shaped
  like CPR with impossible days, the agency's CVR, ``fritekst_2``);
* ``svatby_praha.obrady``: a Prague wedding agency's ceremonies (Czech; the bride's and the groom's rodné číslo
  encoding the birth date, IBAN, witnesses, the officiating councillor, contract numbers failing the rodné číslo
  check, the venue's IČO, ``pole_volne_2``);
* ``fotoateljen_gbg.bestallningar``: a Gothenburg photography studio's orders (Swedish; personnummer, order numbers
  failing the Luhn check, cards, IPs, logins, consignment notes, the studio's organisation number, ``extra_falt_2``);
* ``gamos_athina.kratiseis``: an Athens wedding and christening planner's bookings (romanized Greek column names,
  values in Greek script: the bride's AMKA encoding the birth date, the customer's AFM, the koumbaros and his mobile,
  the priest, offer numbers failing the AMKA check, the church, ``eleuthero_pedio_2``);
* ``svadba_kazan.zayavki``: a Kazan wedding agency's requests (romanized Russian column names, values in Cyrillic:
  full names with patronymics, INN, SNILS, passport series and number, the witnesses, contract numbers failing the INN
  check, the restaurant's INN, ``dop_pole_2``).

Written **blind**, like v2 to v113: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its module and
its value module), v107's test and ``tests/heldout_support.py``, v113's docstring, the first paragraphs of the module
docstrings of v99 to v112 (to avoid their domains and languages) and the ``Column``/``Table`` classes and writer of v2
and v4. The classifier was not run on this set while it was written, no scorer was run on it, and no score was looked
at. It was written under a short deadline (50 minutes, the tests and lint included), so some labels are quick
decisions rather than settled conventions.

Labeling choices a reader may question:

* the couple, their partners and the guests are private people: a couple's IBAN, card, passport and identity numbers
  are personal even when the couple pays a business; a venue's, an estate's, a quinta's, a church's, a restaurant's,
  a helicopter operator's, a studio's and a salon's name, address, phone, SIRET, NIPC, CVR, IČO, INN and organisation
  number are ``none`` (tag ``business``);
* a US SSN, a Canadian SIN, a Greek AMKA and a Russian SNILS are ``ssn`` (SNILS is checked here, not by
  python-stdnum); Aadhaar, PAN, an IRD number, NIF, cartão de cidadão, CPR, rodné číslo, personnummer, AFM, a
  personal INN, a Russian passport series and number, a passport number and a driver licence number (tag
  ``licence``, by shape only) are ``national_id``;
* a celebrant's registration number (``CelebrantRegNo``) is ``none`` (tags ``business``, ``value_shape``): it names a
  registered marriage celebrant as a professional, like a venue's number, though the celebrant is one person;
* booking, payroll, quote, case, contract, order and offer numbers shaped like SSN, SIN, IRD, NIF, CPR, rodné číslo,
  personnummer, AMKA and INN but failing their checks are ``none`` (tags ``decoy``, ``value_shape``), as are room
  block numbers failing Aadhaar's check, courier and invitation tracking numbers, camera serials and password
  hashes; venue and ceremony coordinates are ``none`` (tags ``decoy``, ``coordinates``);
* planners, day-of coordinators, photographers, second shooters' coordinators, bridal consultants, celebrants, the
  officiating councillor (``oddavajici``) and the priest (``iereas``) are staff (``person_name``, tag ``staff``, 3 to
  7 distinct); a partner, a maid of honor, witnesses, témoins, padrinho and madrinha, a koumbaros, an emergency
  contact, a guest's plus one, a layaway co-signer and the father are personal (tag ``role_word``), and the mother's
  maiden name is ``last_name`` (tag ``role_word``);
* the second party of a couple written as one full name (``partner_b_full_name``, ``part2_navn``, ``jmeno_zenicha``,
  Greek and Cyrillic full names with patronymics) is ``person_name``; a newborn's ``childFirstName`` is ``first_name``
  and ``childDob`` is ``date_of_birth``;
* a place of birth (``Party1BirthPlace``, ``birth_place``: a town, sometimes abroad) is ``city``; a suburb, a
  Danish ``by`` and a Czech ``obec`` are ``city``; a Danish ``kommune`` where the wedding is held and a nationality
  are ``none``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); notes,
  reviews and remarks naming people are ``free_text``; portal and gallery logins and Instagram handles are
  ``unclassified`` (tag ``username``);
* a numeric date of birth (``YYYYMMDD``) and a ``dd-mm-yyyy`` string in an opaque column are ``date_of_birth``;
  wedding, ceremony, lodging, session, assignment and contract dates, budgets, day rates, balances and guest counts
  are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v116_values`, written for v116 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v116 [PATH]`` (default ``/tmp/heldout_v116.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v116``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v116_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v116_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v116.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # planners, coordinators, photographers, celebrants, consultants (few distinct)
ROLE = "role_word"  # a role word (witness, maid of honour, koumbaros, next of kin, co-signer ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
COORD = "coordinates"
LICENCE = "licence"


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
            return v.mail(g, lang)
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _maybe(values: list, null: float, g: Gen) -> list:
    return [None if g.rnd.random() < null else x for x in values]


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_planner_clients(g: Gen) -> Table:
    """A Charleston wedding planner's client bookings (snake case)."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    planners = _staff(g, 4, "us")
    coordinators = _staff(g, 6, "us")
    venues = [(name, g.phone("US", "national", False), round(32.6 + g.rnd.uniform(0, 0.5), 6),
               round(-80.2 + g.rnd.uniform(-0.4, 0.3), 6)) for name in v.VENUES_US]
    ven = [g.rnd.randrange(len(venues)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Bride's mother {v.given(g)} wants final say on florals", "Rain plan: tent hold placed",
                             f"Groom's brother {v.whole(g)} giving toast, keep it short", "Allergic to lilies",
                             "Send timeline to band by Friday"])

    return Table("magnoliaknot.wedding_clients", "en", "snake", [
        c("client_id", N, "BIGINT", g.keys(41_001), "decoy", KEY),
        c("booking_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("client_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("client_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("partner_full_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.05), ROLE),
        c("client_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs]),
        c("client_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9)),
        c("partner_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "dashes": 0.4}, 1.0, 0.6), ROLE,
          HEAVY),
        c("mailing_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS), 0.05)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("zip", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("wedding_date", N, "DATE", g.days("2026-03-01", "2027-10-31"), "decoy"),
        c("venue_name", N, "VARCHAR", [venues[i][0] for i in ven], "business"),
        c("venue_phone", N, "VARCHAR", [venues[i][1] for i in ven], "business"),
        c("venue_lat", N, "DOUBLE", [venues[i][2] for i in ven], "decoy", COORD),
        c("venue_lon", N, "DOUBLE", [venues[i][3] for i in ven], "decoy", COORD),
        c("package", N, "VARCHAR", g.col(g.pick(v.PACKAGES)), "decoy"),
        c("contract_total", N, "DECIMAL(10,2)", g.amounts(2_500, 38_000), "decoy"),
        c("contract_signed_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("deposit_card_number", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.6), HEAVY),
        c("lead_planner", "person_name", "VARCHAR", g.col(g.pick(planners)), STAFF),
        c("day_of_coordinator", "person_name", "VARCHAR", g.col(g.pick(coordinators), 0.1), STAFF),
        c("maid_of_honor", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us", True), 0.55), ROLE, HEAVY),
        c("portal_username", USERNAME, "VARCHAR", [v.login(a, b, i) for i, (a, b) in enumerate(pairs)], "username"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("planner_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("TBC")), NULLWORD),
    ])


def gb_photo_studio(g: Gen) -> Table:
    """A Leeds portrait and wedding photography studio's session bookings (camel case)."""
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    shooters = _staff(g, 5, "gb")
    types = [g.rnd.choice(v.SHOOT_TYPES) for _ in range(g.rows)]
    child = [t in ("Newborn", "Cake smash", "Family") and g.rnd.random() < 0.9 for t in types]
    studio_phone = g.phone("GB", "national", False)

    def review() -> str:
        return g.rnd.choice([f"{v.given(g, 'gb')} was amazing with our twins!", "Lovely studio, parking tricky",
                             f"Thanks to {v.whole(g, 'gb')} for the editing", "Prints arrived a week late"])

    return Table("shutterNest.sessionBookings", "en", "camel", [
        c("bookingId", N, "BIGINT", g.keys(900_001), "decoy", KEY),
        c("orderNumber", N, "VARCHAR", g.col(lambda: g.code("SN-2025-99999")), "decoy", SHAPE),
        c("clientFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("clientSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("clientEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in pairs]),
        c("clientMobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.95)),
        c("clientAddressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"), 0.2)),
        c("clientTown", "city", "VARCHAR", [p[0] for p in places]),
        c("clientPostcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("childFirstName", "first_name", "VARCHAR", [v.given(g, "gb") if k else None for k in child], HEAVY),
        c("childDob", "date_of_birth", "DATE", [g.birth(2019, 2025) if k else None for k in child], HEAVY),
        c("sessionType", N, "VARCHAR", types, "decoy"),
        c("sessionStart", N, "TIMESTAMP", g.moments("2025-02-01", "2025-12-20"), "decoy"),
        c("photographer", "person_name", "VARCHAR", g.col(g.pick(shooters)), STAFF),
        c("studioPhone", N, "VARCHAR", [studio_phone] * g.rows, "business"),
        c("studioAddress", N, "VARCHAR", ["Unit 4, Marshall's Mill, Holbeck, Leeds LS11 9YJ"] * g.rows, "business"),
        c("printSku", N, "VARCHAR", g.col(g.pick(v.PRINT_SKUS), 0.3), "decoy"),
        c("courierTracking", N, "VARCHAR", g.col(lambda: g.code("AA999999999GB"), 0.5), "decoy", SHAPE),
        c("cardOnFile", "credit_card", "VARCHAR", g.col(lambda: v.card(g, True), 0.3)),
        c("bookingIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.1)),
        c("galleryLogin", USERNAME, "VARCHAR", [v.login(a, b, i + 1) for i, (a, b) in enumerate(pairs)], "username"),
        c("galleryPasswordHash", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy"),
        c("customField2", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
        c("reviewText", "free_text", "VARCHAR", g.sparse(review, 0.8, _words("none")), NULLWORD),
    ])


def au_celebrant_noim(g: Gen) -> Table:
    """A Perth civil celebrant's register of Notices of Intended Marriage (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        p1, p2 = v.person(g, "au"), v.person(g, "au")
        rows.append((p1, p2, g.birth(1960, 2004), g.birth(1960, 2004)))
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    births = v.AU_CITIES + [("Perth", ""), ("Auckland", ""), ("Manchester", ""), ("Ho Chi Minh City", ""),
                            ("Johannesburg", ""), ("Thessaloniki", "")]
    celebrants = _staff(g, 3, "au")
    reg = {name: g.code("A99999") for name in celebrants}
    chosen = g.col(g.pick(celebrants))
    lodged = [g.day("2024-06-01", "2025-11-30") for _ in range(g.rows)]

    def passport() -> str:
        return g.rnd.choice(["P", "PA", "N", "RA"]) + g.digits(7)

    return Table("CelebrantRegister.NoticeOfIntendedMarriage", "en", "pascal", [
        c("NoimId", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("Party1GivenNames", "first_name", "VARCHAR", [r[0][0] for r in rows]),
        c("Party1Surname", "last_name", "VARCHAR", [r[0][1] for r in rows]),
        c("Party1Dob", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("Party1BirthPlace", "city", "VARCHAR", g.col(lambda: g.rnd.choice(births)[0])),
        c("Party1PassportNo", "national_id", "VARCHAR", g.col(passport, 0.55), HEAVY),
        c("Party1DriverLicence", "national_id", "VARCHAR", g.col(lambda: g.digits(7), 0.2), LICENCE),
        c("Party2GivenNames", "first_name", "VARCHAR", [r[1][0] for r in rows]),
        c("Party2Surname", "last_name", "VARCHAR", [r[1][1] for r in rows]),
        c("Party2Dob", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("Party2BirthPlace", "city", "VARCHAR", g.col(lambda: g.rnd.choice(births)[0])),
        c("Party2PassportNo", "national_id", "VARCHAR", g.col(passport, 0.6), HEAVY),
        c("ResidentialAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
        c("Suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("Postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("MobilePhone", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3}, 0.95)),
        c("Email", "email", "VARCHAR", [v.email_of(g, *r[0], v.DOMAINS["au"]) for r in rows]),
        c("Party1FatherName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au", False), 0.1), ROLE),
        c("Party1MotherMaidenName", "last_name", "VARCHAR", g.col(lambda: v.person(g, "au")[1], 0.1), ROLE),
        c("Witness1Name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.3), ROLE),
        c("Witness2Name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.3), ROLE),
        c("CelebrantName", "person_name", "VARCHAR", chosen, STAFF),
        c("CelebrantRegNo", N, "VARCHAR", [reg[x] for x in chosen], "business", SHAPE),
        c("NoimLodgedDate", N, "DATE", lodged, "decoy"),
        c("CeremonyDate", N, "DATE", [d.fromordinal(d.toordinal() + g.rnd.randint(31, 500)) for d in lodged], "decoy"),
        c("CeremonyVenue", N, "VARCHAR", g.col(g.pick(["Kings Park Botanic Garden", "Cottesloe Beach lawn",
                                                        "Swan Valley winery", "Rottnest Island chapel"])), "business"),
        c("Udf3", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
    ])


def ca_contract_shooters(g: Gen) -> Table:
    """A Toronto wedding photography studio's contract second shooters (SCREAMING case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    coordinators = _staff(g, 3, "ca")
    studio = g.phone("CA", "national", False)
    return Table("LENSWORKS_TO.CONTRACT_SHOOTERS", "en", "screaming", [
        c("SHOOTER_ID", N, "BIGINT", g.keys(7_001), "decoy", KEY),
        c("FIRST_NAME", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("LAST_NAME", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", g.births(1970, 2005)),
        c("SIN", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.1)),
        c("PAYROLL_REF", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9, "1234567")), "decoy", SHAPE),
        c("HOME_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
        c("CITY", "city", "VARCHAR", [p[0] for p in places]),
        c("POSTAL_CODE", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("MOBILE", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 1.0)),
        c("PERSONAL_EMAIL", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("INSTAGRAM_HANDLE", USERNAME, "VARCHAR", g.col(lambda: "@" + v.login(*v.person(g, "ca"), 0) + "_photo",
                                                         0.3), "username"),
        c("EMERGENCY_CONTACT_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.2), ROLE),
        c("EMERGENCY_CONTACT_PHONE", "phone", "VARCHAR", g.phones("CA", {"national": 1.0}, 1.0, 0.2), ROLE),
        c("HST_REGISTRANT", N, "VARCHAR", g.col(g.pick(["Y", "N", "N"])), "decoy"),
        c("DAY_RATE", N, "DECIMAL(8,2)", g.amounts(300, 1_200), "decoy"),
        c("CAMERA_BODY_SERIAL", N, "VARCHAR", g.col(lambda: g.code("099999999")), "decoy", SHAPE),
        c("KIT_SKU", N, "VARCHAR", g.col(g.pick(["KIT-R6II-2470", "KIT-Z6-70200", "KIT-A7IV-35GM", "FLASH-V1C"])),
          "decoy"),
        c("LAST_ASSIGNMENT_DATE", N, "DATE", g.days("2025-04-01", "2025-11-30", 0.1), "decoy"),
        c("STUDIO_PHONE", N, "VARCHAR", [studio] * g.rows, "business"),
        c("COORDINATOR", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
    ])


def ie_guest_rsvp(g: Gen) -> Table:
    """A Kilkenny wedding planner's guest list, RSVPs and room block (abbreviated snake case)."""
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "ie")
    room = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Seat away from uncle {v.given(g, 'ie')}", "Wheelchair access needed",
                             f"Bringing {v.whole(g, 'ie')} instead of partner", "Arriving Friday by bus"])

    return Table("evtplan_ops.gst_rsvp", "en", "abbrev", [
        c("gst_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("evt_cd", N, "VARCHAR", g.col(lambda: g.code("WED-2026-AA-999")), "decoy", SHAPE),
        c("gst_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("gst_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("gst_eml", "email", "VARCHAR", [None if g.rnd.random() < 0.2 else v.email_of(g, a, b, v.DOMAINS["ie"])
                                          for a, b in pairs], ABBREV),
        c("gst_mob", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "e164": 0.4}, 0.95, 0.15), ABBREV),
        c("gst_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"), 0.3), ABBREV),
        c("gst_twn", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("gst_eircd", "postal_code", "VARCHAR", [f"{p[1]} {g.code('A9AA')}" for p in places], ABBREV),
        c("plus1_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.65), ROLE, HEAVY, ABBREV),
        c("rsvp_sts", N, "VARCHAR", g.col(g.pick(["Y", "N", "P"])), "decoy"),
        c("diet_req", N, "VARCHAR", g.col(g.pick(["None", "Veg", "Vegan", "Coeliac", "Nut allergy"])), "decoy"),
        c("tbl_no", N, "INTEGER", g.ints(1, 24), "decoy"),
        c("acc_crd", "credit_card", "VARCHAR", [v.card(g) if r and g.rnd.random() < 0.8 else None for r in room],
          HEAVY, ABBREV),
        c("rfnd_iban", "iban", "VARCHAR", [v.iban(g, "IE") if r and g.rnd.random() < 0.8 else None for r in room],
          HEAVY, ABBREV),
        c("rsvp_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.3), ABBREV),
        c("inv_trk", N, "VARCHAR", g.col(lambda: g.code("RR999999999IE"), 0.2), "decoy", SHAPE),
        c("fav_sku", N, "VARCHAR", g.col(g.pick(["FAV-JAM-MINI", "FAV-SEED-PKT", "FAV-CNDL-TIN"])), "decoy"),
        c("crtd_by", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("xtra_1", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM, ABBREV),
        c("gst_nt", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD, ABBREV),
    ])


def us_bridal_cobol(g: Gen) -> Table:
    """A Chicago bridal salon chain's COBOL layaway extract (padded CHAR, numbers for dates, SSN and phones)."""
    pairs = [v.person(g, "us", True) for _ in range(g.rows)]
    places = [g.rnd.choice(v.IL_CITIES) for _ in range(g.rows)]
    stores = [("EVERAFTER BRIDAL - ARMITAGE", g.phone("US", "digits", False)),
              ("EVERAFTER BRIDAL - OAKBROOK", g.phone("US", "digits", False)),
              ("EVERAFTER BRIDAL - SCHAUMBURG", g.phone("US", "digits", False))]
    store = [g.rnd.randrange(len(stores)) for _ in range(g.rows)]
    consultants = _staff(g, 7, "us")
    return Table("BRIDLCOB.BRLAYAWY", "en", "cobol", [
        c("BR-ACCT-NO", N, "VARCHAR", g.col(lambda: g.code("L9999999")), "decoy", KEY, LEGACY),
        c("BR-CUST-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("BR-CUST-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("BR-CUST-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1965, 2004)) if g.rnd.random() < 0.85 else 0
                                                      for _ in range(g.rows)], LEGACY),
        c("BR-CUST-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.7 else 0
                                           for _ in range(g.rows)], LEGACY),
        c("BR-CUST-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.9 else 0
                                               for _ in range(g.rows)], LEGACY),
        c("BR-CUST-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.IL_STREETS).upper()), 30),
          LEGACY),
        c("BR-CUST-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("BR-CUST-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) for p in places], LEGACY),
        c("BR-WED-DT", N, "INTEGER", [_ymd(g.day("2026-01-01", "2027-06-30")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("BR-GOWN-SKU", N, "VARCHAR", _pad(g.col(g.pick(v.GOWN_SKUS)), 14), "decoy", LEGACY),
        c("BR-GOWN-SIZE", N, "VARCHAR", _pad(g.col(g.pick(["02", "04", "06", "08", "10", "12", "14", "16W"])), 4),
          "decoy", LEGACY),
        c("BR-LAYAWY-BAL", N, "DECIMAL(9,2)", g.amounts(0, 4_800), "decoy", LEGACY),
        c("BR-CARD-NO", "credit_card", "VARCHAR", _pad(g.col(lambda: v.card(g), 0.25), 19), LEGACY),
        c("BR-ORDER-NO", N, "VARCHAR", g.col(lambda: g.code("EA-99-999999")), "decoy", SHAPE, LEGACY),
        c("BR-STORE-NM", N, "VARCHAR", _pad([stores[i][0] for i in store], 30), "business", LEGACY),
        c("BR-STORE-PHONE", N, "BIGINT", [int(stores[i][1]) for i in store], "business", LEGACY),
        c("BR-CONSULT-NM", "person_name", "VARCHAR", _pad(g.col(g.pick([s.upper() for s in consultants])), 24),
          STAFF, LEGACY),
        c("BR-COSIGN-NM", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g).upper(), 0.7), 24), ROLE, HEAVY,
          LEGACY),
        c("BR-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
    ])


def in_destination_staging(g: Gen) -> Table:
    """An Udaipur destination wedding planner's guest travel registrations, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1945, 2015)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    pairs = [v.person(g, "in") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    return Table("stg_shaadi.src_guest_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], OPAQUE),
        c("col03", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.5), 0.55), OPAQUE, HEAVY),
        c("col04", "national_id", "VARCHAR", [None if g.rnd.random() < 0.6 else v.pan(g, b) for _, b in pairs],
          OPAQUE, HEAVY),
        c("col05", "national_id", "VARCHAR", g.col(lambda: g.code("A9999999"), 0.1), OPAQUE),
        c("col06", "date_of_birth", "VARCHAR", g.col(dob), OPAQUE),
        c("col07", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "intl": 0.3, "national": 0.2}), OPAQUE),
        c("col08", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["in"]) for a, b in pairs], OPAQUE),
        c("col09", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.1), OPAQUE),
        c("col10", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col11", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col12", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col13", N, "VARCHAR", g.col(lambda: g.rnd.choice(["AI", "6E", "UK", "QP", "SG"]) + " " + g.digits(3)),
          "decoy", OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col15", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.2), OPAQUE),
        c("col16", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col17", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy", OPAQUE),
        c("col18", N, "VARCHAR", g.col(g.pick(["Taj Lake Palace", "Leela Palace Udaipur", "Oberoi Udaivilas",
                                                "Trident Udaipur"])), "business", OPAQUE),
    ])


def nz_elopements(g: Gen) -> Table:
    """A Queenstown elopement planner's couple bookings (snake case)."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NZ_CITIES) for _ in range(g.rows)]
    celebrants = _staff(g, 4, "nz")
    shooters = _staff(g, 5, "nz")
    helis = [("Alpine Heli Charters Ltd", g.phone("NZ", "national", False)),
             ("Remarkables Air Tours", g.phone("NZ", "national", False))]
    heli = [g.rnd.randrange(len(helis)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Dog {v.given(g, 'nz')} is the ring bearer!", "Weather backup day booked",
                             f"Witness is her sister {v.whole(g, 'nz')}", "Vegan picnic on the ridge"])

    return Table("qt_elopements.couple_bookings", "en", "snake", [
        c("booking_id", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("booking_ref", N, "VARCHAR", g.col(lambda: v.ird_decoy(g)), "decoy", SHAPE),
        c("partner_a_first", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("partner_a_last", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("partner_a_dob", "date_of_birth", "DATE", g.births(1965, 2003)),
        c("partner_b_full_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"))),
        c("partner_b_dob", "date_of_birth", "DATE", g.births(1965, 2003)),
        c("ird_number", "national_id", "VARCHAR", g.col(lambda: v.ird(g), 0.7), HEAVY),
        c("driver_licence_no", "national_id", "VARCHAR", g.col(lambda: g.code("AA999999"), 0.3), LICENCE),
        c("birth_place", "city", "VARCHAR", g.col(g.pick(["Dunedin", "Invercargill", "London", "Sydney", "Apia",
                                                          "Timaru", "Hamilton", "Seoul"]))),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nz"]) for a, b in pairs]),
        c("phone", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "e164": 0.4}, 0.9)),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz"), 0.1)),
        c("home_city", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ceremony_lat", N, "DOUBLE", g.floats(-45.1, -44.9, 6), "decoy", COORD),
        c("ceremony_lon", N, "DOUBLE", g.floats(168.5, 168.9, 6), "decoy", COORD),
        c("heli_operator", N, "VARCHAR", [helis[i][0] for i in heli], "business"),
        c("heli_operator_phone", N, "VARCHAR", [helis[i][1] for i in heli], "business"),
        c("celebrant", "person_name", "VARCHAR", g.col(g.pick(celebrants)), STAFF),
        c("photographer", "person_name", "VARCHAR", g.col(g.pick(shooters)), STAFF),
        c("witness_1_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.2), ROLE),
        c("witness_2_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.6), ROLE, HEAVY),
        c("custom_2", "free_text", "VARCHAR", _custom(g, "NZ", "nz"), CUSTOM),
        c("notes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("nil")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def fr_mariages(g: Gen) -> Table:
    """A Bordeaux wedding planner's couple files (French, snake case)."""
    one = [v.person(g, "fr") for _ in range(g.rows)]
    two = [v.person(g, "fr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    planners = _staff(g, 3, "fr")
    domaines = [(name, v.siret(g), g.phone("FR", "national", False))
                for name in ("Château Lagrange-Moulin", "Domaine des Trois Chênes", "Orangerie de Cadaujac")]
    dom = [g.rnd.randrange(len(domaines)) for _ in range(g.rows)]

    def remarque() -> str:
        return g.rnd.choice([f"Le père de la mariée, {v.whole(g, 'fr')}, fera un discours", "Prévoir navette retour",
                             f"Témoin {v.given(g, 'fr')} allergique aux fruits à coque", "Cérémonie laïque au jardin"])

    return Table("mariages_bdx.dossiers_couples", "fr", "snake", [
        c("id_dossier", N, "BIGINT", g.keys(5_001), "decoy", KEY),
        c("num_devis", N, "VARCHAR", g.col(lambda: g.code("DV-2025-9999")), "decoy", SHAPE),
        c("prenom_conjoint1", "first_name", "VARCHAR", [a for a, _ in one]),
        c("nom_conjoint1", "last_name", "VARCHAR", [b for _, b in one]),
        c("prenom_conjoint2", "first_name", "VARCHAR", [a for a, _ in two]),
        c("nom_conjoint2", "last_name", "VARCHAR", [b for _, b in two]),
        c("date_naissance_conjoint1", "date_of_birth", "DATE", g.births(1970, 2002)),
        c("courriel", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["fr"]) for a, b in one]),
        c("telephone", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.3}, 0.9)),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.FR_STREETS, "fr"), 0.05)),
        c("code_postal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ville", "city", "VARCHAR", [p[0] for p in places]),
        c("iban_prelevement", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR"), 0.3)),
        c("temoin_1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.2), ROLE),
        c("temoin_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.55), ROLE, HEAVY),
        c("date_mariage", N, "DATE", g.days("2026-04-01", "2027-09-30"), "decoy"),
        c("domaine", N, "VARCHAR", [domaines[i][0] for i in dom], "business"),
        c("siret_domaine", N, "VARCHAR", [domaines[i][1] for i in dom], "business", SHAPE),
        c("telephone_domaine", N, "VARCHAR", [domaines[i][2] for i in dom], "business"),
        c("traiteur", N, "VARCHAR", g.col(g.pick(["Maison Dufau Traiteur", "Les Saveurs du Médoc", "Atelier Cannelé"])),
          "business"),
        c("budget_ttc", N, "DECIMAL(10,2)", g.amounts(8_000, 60_000), "decoy"),
        c("wedding_planner", "person_name", "VARCHAR", g.col(g.pick(planners)), STAFF),
        c("champ_libre_2", "free_text", "VARCHAR", _custom(g, "FR", "fr"), CUSTOM),
        c("remarques", "free_text", "VARCHAR", g.sparse(remarque, 0.76, _words("néant")), NULLWORD),
    ])


def pt_casamentos(g: Gen) -> Table:
    """A Porto wedding planner's couples (European Portuguese, snake case)."""
    places = [g.rnd.choice(v.PT_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "pt")
    quintas = [(name, v.pt_nif(g, True), g.phone("PT", "national", False))
               for name in ("Quinta da Aveleda Nova", "Quinta do Vale Encantado", "Casa de Sezim Velha")]
    qt = [g.rnd.randrange(len(quintas)) for _ in range(g.rows)]
    one = [v.person(g, "pt") for _ in range(g.rows)]

    def obs() -> str:
        return g.rnd.choice([f"A avó {v.given(g, 'pt')} precisa de cadeira de rodas", "Fado durante o jantar",
                             f"Padrinho {v.whole(g, 'pt')} chega de Paris na véspera", "Menu sem glúten para 4"])

    return Table("casamentos_porto.noivos", "pt", "snake", [
        c("id_processo", N, "BIGINT", g.keys(1_001), "decoy", KEY),
        c("num_orcamento", N, "VARCHAR", g.col(lambda: v.pt_nif_decoy(g)), "decoy", SHAPE),
        c("nome_noivo_1", "person_name", "VARCHAR", [f"{a} {b}" for a, b in one]),
        c("nome_noivo_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pt"))),
        c("nif_noivo_1", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.1)),
        c("cc_noivo_1", "national_id", "VARCHAR", g.col(lambda: v.pt_cc(g), 0.4)),
        c("data_nascimento_1", "date_of_birth", "DATE", g.births(1972, 2003)),
        c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.7, "e164": 0.3}, 0.95)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["pt"]) for a, b in one]),
        c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PT_STREETS, "pt"))),
        c("codigo_postal", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PT"), 0.35)),
        c("padrinho_1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pt", False), 0.1), ROLE),
        c("madrinha_1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pt", True), 0.1), ROLE),
        c("quinta", N, "VARCHAR", [quintas[i][0] for i in qt], "business"),
        c("nipc_quinta", N, "VARCHAR", [quintas[i][1] for i in qt], "business", SHAPE),
        c("telefone_quinta", N, "VARCHAR", [quintas[i][2] for i in qt], "business"),
        c("data_casamento", N, "DATE", g.days("2026-05-01", "2027-10-31"), "decoy"),
        c("num_convidados", N, "INTEGER", g.ints(40, 260), "decoy"),
        c("organizadora", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("campo_livre_2", "free_text", "VARCHAR", _custom(g, "PT", "pt"), CUSTOM),
        c("observacoes", "free_text", "VARCHAR", g.sparse(obs, 0.77, _words("desconhecido")), NULLWORD),
    ])


def dk_vielser(g: Gen) -> Table:
    """A Copenhagen agency arranging weddings in Denmark for foreign and mixed couples (Danish, snake case)."""
    one = [v.person(g, "da") for _ in range(g.rows)]
    born1 = g.births(1965, 2004)
    resident = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    places = [g.rnd.choice(v.DK_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "da")
    cvr = v.cvr(g)

    def note() -> str:
        return g.rnd.choice([f"Apostille mangler for {v.whole(g, 'da')}", "Tolk til spansk bestilt",
                             f"Vidne {v.given(g, 'da')} kommer direkte fra lufthavnen", "Vielse på Ærø rådhus"])

    return Table("bryllup_cph.vielser_udlaendinge", "da", "snake", [
        c("sag_id", N, "BIGINT", g.keys(60_001), "decoy", KEY),
        c("sagsnummer", N, "VARCHAR", g.col(lambda: v.dk_cpr_decoy(g)), "decoy", SHAPE),
        c("part1_fornavn", "first_name", "VARCHAR", [a for a, _ in one]),
        c("part1_efternavn", "last_name", "VARCHAR", [b for _, b in one]),
        c("part1_foedselsdato", "date_of_birth", "DATE", born1),
        c("part1_cpr", "national_id", "VARCHAR", [v.dk_cpr(g, d) if r else None for d, r in zip(born1, resident)],
          HEAVY),
        c("part1_pasnummer", "national_id", "VARCHAR", [None if r else g.code("A9999999") for r in resident]),
        c("part1_nationalitet", N, "VARCHAR", g.col(g.pick(["DK", "US", "CN", "DE", "IN", "BR", "PH"])), "decoy"),
        c("part2_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da"))),
        c("part2_foedselsdato", "date_of_birth", "DATE", g.births(1965, 2004)),
        c("part2_pasnummer", "national_id", "VARCHAR", g.col(lambda: g.code("A9999999"), 0.2)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["da"]) for a, b in one]),
        c("telefon", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "e164": 0.4}, 0.95, 0.1)),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DK_STREETS, "da"), 0.4)),
        c("postnr", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("by", "city", "VARCHAR", [p[0] for p in places]),
        c("vidne_1_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da"), 0.1), ROLE),
        c("vidne_2_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da"), 0.15), ROLE),
        c("vielsesdato", N, "DATE", g.days("2025-01-10", "2026-06-30"), "decoy"),
        c("kommune", N, "VARCHAR", g.col(g.pick(["Københavns Kommune", "Tønder Kommune", "Ærø Kommune"])), "decoy"),
        c("bureau_cvr", N, "VARCHAR", [cvr] * g.rows, "business", SHAPE),
        c("refusion_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DK"), 0.75), HEAVY),
        c("koordinator", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("fritekst_2", "free_text", "VARCHAR", _custom(g, "DK", "da"), CUSTOM),
        c("bemaerkning", "free_text", "VARCHAR", g.sparse(note, 0.74, _words("ukendt")), NULLWORD),
    ])


def cz_svatby(g: Gen) -> Table:
    """A Prague wedding agency's ceremonies (Czech, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "cs", True)
        born = g.birth(1970, 2003)
        rows.append((a, b, born, v.cz_rc(g, born, True)))
    places = [g.rnd.choice(v.CZ_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "cs")
    officiants = _staff(g, 5, "cs")
    venues = [(name, v.ico(g)) for name in ("Zámek Průhonice", "Vila Lanna", "Staroměstská radnice",
                                             "Zahrada Ledeburská")]
    ven = [g.rnd.randrange(len(venues)) for _ in range(g.rows)]

    def pozn() -> str:
        return g.rnd.choice([f"Tlumočník pro ženicha, kontakt {v.whole(g, 'cs')}", "Fotograf až od 14:00",
                             f"Svědkyně {v.given(g, 'cs')} těhotná, židle", "Dort bez laktózy"])

    def groom_rc() -> str | None:
        if g.rnd.random() < 0.55:
            return None
        return v.cz_rc(g, g.birth(1968, 2002), False)

    return Table("svatby_praha.obrady", "cs", "snake", [
        c("id_obradu", N, "BIGINT", g.keys(12_001), "decoy", KEY),
        c("cislo_smlouvy", N, "VARCHAR", g.col(lambda: v.cz_rc_decoy(g)), "decoy", SHAPE),
        c("jmeno_nevesty", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("prijmeni_nevesty", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("rodne_cislo_nevesty", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("datum_narozeni_nevesty", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("jmeno_zenicha", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "cs", False))),
        c("rodne_cislo_zenicha", "national_id", "VARCHAR", g.col(groom_rc), HEAVY),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4}, 0.95)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["cs"]) for r in rows]),
        c("ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CZ_STREETS, "cs"))),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("psc", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "CZ"), 0.3)),
        c("svedek_1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "cs"), 0.05), ROLE),
        c("svedek_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "cs"), 0.05), ROLE),
        c("oddavajici", "person_name", "VARCHAR", g.col(g.pick(officiants)), STAFF),
        c("koordinatorka", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("misto_obradu", N, "VARCHAR", [venues[i][0] for i in ven], "business"),
        c("ico_mista", N, "VARCHAR", [venues[i][1] for i in ven], "business", SHAPE),
        c("datum_obradu", N, "DATE", g.days("2026-04-01", "2027-09-30"), "decoy"),
        c("cena_celkem", N, "DECIMAL(10,2)", g.amounts(60_000, 450_000), "decoy"),
        c("pole_volne_2", "free_text", "VARCHAR", _custom(g, "CZ", "cs"), CUSTOM),
        c("poznamka", "free_text", "VARCHAR", g.sparse(pozn, 0.75, _words("neuvedeno")), NULLWORD),
    ])


def se_fotoateljen(g: Gen) -> Table:
    """A Gothenburg photography studio's print and session orders (Swedish, snake case)."""
    pairs = [v.person(g, "sv") for _ in range(g.rows)]
    places = [g.rnd.choice(v.SE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "sv")
    phone = g.phone("SE", "national", False)

    def komm() -> str:
        return g.rnd.choice([f"Mormor {v.given(g, 'sv')} vill ha en kopia", "Retuschera bort finnen",
                             f"Hämtas av {v.whole(g, 'sv')}", "Leverera före midsommar"])

    return Table("fotoateljen_gbg.bestallningar", "sv", "snake", [
        c("order_id", N, "BIGINT", g.keys(300_001), "decoy", KEY),
        c("ordernummer", N, "VARCHAR", g.col(lambda: v.se_pnr_decoy(g)), "decoy", SHAPE),
        c("kund_fornamn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("kund_efternamn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("personnummer", "national_id", "VARCHAR", g.col(lambda: v.se_pnr(g, g.birth(1950, 2005)), 0.55), HEAVY),
        c("telefon", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "e164": 0.3}, 0.95)),
        c("epost", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["sv"]) for a, b in pairs]),
        c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS, "sv"), 0.2)),
        c("postnummer", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(1)} {g.digits(2)}" for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("fototyp", N, "VARCHAR", g.col(g.pick(["Bröllop", "Porträtt", "Nyfödd", "Familj", "Student"])), "decoy"),
        c("artikelnummer", N, "VARCHAR", g.col(g.pick(["FA-2030-MATT", "FA-4050-CANV", "FA-ALB-24", "FA-DIG-ALL"])),
          "decoy"),
        c("fraktsedel", N, "VARCHAR", g.col(lambda: g.code("99999999999SE"), 0.4), "decoy", SHAPE),
        c("betalkort", "credit_card", "VARCHAR", g.col(lambda: v.card(g, True), 0.6), HEAVY),
        c("ip_adress", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.15)),
        c("inloggning", USERNAME, "VARCHAR", [v.login(a, b, i) for i, (a, b) in enumerate(pairs)], "username"),
        c("fotograf", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("ateljens_orgnr", N, "VARCHAR", ["556677-8899"] * g.rows, "business"),
        c("ateljens_telefon", N, "VARCHAR", [phone] * g.rows, "business"),
        c("skapad", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("extra_falt_2", "free_text", "VARCHAR", _custom(g, "SE", "sv"), CUSTOM),
        c("kommentar", "free_text", "VARCHAR", g.sparse(komm, 0.8, _words("ingen", "saknas")), NULLWORD),
    ])


def gr_gamos(g: Gen) -> Table:
    """An Athens wedding and christening planner's bookings (romanized Greek column names, Greek values)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "el", True)
        born = g.birth(1970, 2003)
        rows.append((f"{a} {b}", born, v.amka(g, born, True), a, b))
    places = [g.rnd.choice(v.GR_CITIES) for _ in range(g.rows)]
    priests = ["π. " + v.whole(g, "el", False) for _ in range(4)]
    staff = _staff(g, 3, "el")
    churches = [("Ι.Ν. Αγίου Διονυσίου Αρεοπαγίτου", g.phone("GR", "national", False)),
                ("Ι.Ν. Αγίας Ειρήνης Αιόλου", g.phone("GR", "national", False)),
                ("Ι.Ν. Αγίου Νικολάου Βούλας", g.phone("GR", "national", False))]
    ch = [g.rnd.randrange(len(churches)) for _ in range(g.rows)]

    def sx() -> str:
        return g.rnd.choice([f"Ο κουμπάρος {v.whole(g, 'el', False)} θα φέρει τις βέρες", "Μπουφές για 180 άτομα",
                             f"Η μητέρα {v.given(g, 'el')} θέλει λευκά λουλούδια", "Βάφτιση την ίδια μέρα"])

    return Table("gamos_athina.kratiseis", "el", "snake", [
        c("kratisi_id", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("arithmos_prosforas", N, "VARCHAR", g.col(lambda: v.amka_decoy(g)), "decoy", SHAPE),
        c("onomateponymo_nymfis", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("onomateponymo_gambrou", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "el", False))),
        c("amka_nymfis", "ssn", "VARCHAR", [r[2] if g.rnd.random() < 0.85 else None for r in rows]),
        c("afm_pelati", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.3)),
        c("imerominia_gennisis_nymfis", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("kinito", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "e164": 0.3}, 0.95)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[3], r[4], v.DOMAINS["el"]) for r in rows]),
        c("dieuthinsi", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GR_STREETS, "el"))),
        c("poli", "city", "VARCHAR", [p[0] for p in places]),
        c("tk", "postal_code", "VARCHAR", [f"{p[1]} {g.digits(2)}" for p in places]),
        c("koumbaros", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "el"), 0.05), ROLE),
        c("kinito_koumbarou", "phone", "VARCHAR", g.phones("GR", {"national": 0.8, "e164": 0.2}, 1.0, 0.3), ROLE),
        c("iereas", "person_name", "VARCHAR", g.col(g.pick(priests)), STAFF),
        c("naos", N, "VARCHAR", [churches[i][0] for i in ch], "business"),
        c("tilefono_naou", N, "VARCHAR", [churches[i][1] for i in ch], "business"),
        c("ktima_dexiosis", N, "VARCHAR", g.col(g.pick(["Κτήμα Λαδόπουλου", "Κτήμα Αμπελώνες", "Κτήμα Θάλασσα"])),
          "business"),
        c("imerominia_gamou", N, "DATE", g.days("2026-05-01", "2027-10-31"), "decoy"),
        c("syntonistria", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("eleuthero_pedio_2", "free_text", "VARCHAR", _custom(g, "GR", "el"), CUSTOM),
        c("sxolia", "free_text", "VARCHAR", g.sparse(sx, 0.74, _words("άγνωστο")), NULLWORD),
    ])


def ru_svadba(g: Gen) -> Table:
    """A Kazan wedding agency's requests (romanized Russian column names, Cyrillic values)."""
    def fio(female: bool) -> str:
        a, b = v.person(g, "ru", female)
        return f"{b} {a} {g.rnd.choice(v.RU_PATRONYMICS[1 if female else 0])}"

    pairs = [v.person(g, "ru", True) for _ in range(g.rows)]
    places = [g.rnd.choice(v.RU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ru")
    rests = [(name, v.ru_inn(g, True), g.phone("RU", "national", False))
             for name in ("Ресторан «Казан Палас»", "Банкетный зал «Сююмбике»", "Загородный клуб «Волжский берег»")]
    rs = [g.rnd.randrange(len(rests)) for _ in range(g.rows)]

    def komm() -> str:
        return g.rnd.choice([f"Свидетель {v.whole(g, 'ru', False)} ведёт выкуп", "Нужен трансфер из аэропорта",
                             f"Мама невесты {v.given(g, 'ru')} просит живую музыку", "Никах в мечети Кул-Шариф"])

    return Table("svadba_kazan.zayavki", "ru", "snake", [
        c("zayavka_id", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("nomer_dogovora", N, "VARCHAR", g.col(lambda: v.ru_inn_decoy(g)), "decoy", SHAPE),
        c("fio_nevesty", "person_name", "VARCHAR", [f"{b} {a} {g.rnd.choice(v.RU_PATRONYMICS[1])}"
                                                    for a, b in pairs]),
        c("fio_zhenikha", "person_name", "VARCHAR", g.col(lambda: fio(False))),
        c("data_rozhdeniya_nevesty", "date_of_birth", "DATE", g.births(1975, 2004)),
        c("inn_zakazchika", "national_id", "VARCHAR", g.col(lambda: v.ru_inn(g), 0.3)),
        c("snils", "ssn", "VARCHAR", g.col(lambda: v.snils(g), 0.7), HEAVY),
        c("pasport", "national_id", "VARCHAR", g.col(lambda: f"92{g.digits(2)} {g.digits(6)}", 0.4)),
        c("telefon", "phone", "VARCHAR", g.phones("RU", {"national": 0.6, "e164": 0.4}, 0.95)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ru"]) for a, b in pairs]),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"), 0.1)),
        c("gorod", "city", "VARCHAR", [p[0] for p in places]),
        c("indeks", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("svidetel", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ru", False), 0.2), ROLE),
        c("svidetelnitsa", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ru", True), 0.2), ROLE),
        c("restoran", N, "VARCHAR", [rests[i][0] for i in rs], "business"),
        c("inn_restorana", N, "VARCHAR", [rests[i][1] for i in rs], "business", SHAPE),
        c("telefon_restorana", N, "VARCHAR", [rests[i][2] for i in rs], "business"),
        c("data_svadby", N, "DATE", g.days("2026-05-01", "2027-09-30"), "decoy"),
        c("menedzher", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("dop_pole_2", "free_text", "VARCHAR", _custom(g, "RU", "ru"), CUSTOM),
        c("kommentariy", "free_text", "VARCHAR", g.sparse(komm, 0.76, _words("нет", "не указано")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_planner_clients, 700), (gb_photo_studio, 600), (au_celebrant_noim, 400), (ca_contract_shooters, 300),
    (ie_guest_rsvp, 800), (us_bridal_cobol, 500), (in_destination_staging, 600), (nz_elopements, 350),
    (fr_mariages, 450), (pt_casamentos, 400), (dk_vielser, 500), (cz_svatby, 400), (se_fotoateljen, 600),
    (gr_gamos, 350), (ru_svadba, 450),
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
