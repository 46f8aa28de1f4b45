"""Held-out set v106 for the column classifier: 15 tables of *tour operators, cruise lines, pilgrimage operators and
travel insurers* (package bookings, cruise passenger manifests and cabin assignments, shore excursion bookings, visa
support letters, Hajj and Umrah group registrations, travel insurance policies and medical claims abroad, tour guides'
rosters, emergency contacts), one system per table and each a different organisation, eight with English column
names and seven in other languages:

* ``maplecoach_tours.package_bookings``: a Mississauga coach tour operator's package bookings (snake case, cards,
  loyalty numbers shaped like SINs failing Luhn, ``misc_1``);
* ``NorthSeaCruises.PassengerManifest``: a Southampton cruise line's passenger manifest (Pascal case, passports, next
  of kin, SeaPass card numbers failing Luhn, ``Udf3``);
* ``reefCruises.shoreExcursionBookings``: a Cairns expedition cruise line's shore excursions (camel case, operators'
  ABNs and phones, an app login, booking IPs);
* ``HAJJ_OPS_KANO.PILGRIM_REGISTRATION``: a Kano Hajj and Umrah operator's pilgrims (SCREAMING case, NIN, passports,
  mahram and next of kin, ``CUSTOM_FIELD_1``);
* ``sa_travelcover.med_claims``: a Bellville travel insurer's medical claims abroad (abbreviated: ``ins_fnm``,
  ``ctc_ph``; South African ID numbers, claim numbers shaped like them failing the check, ``udf2``);
* ``CRZLEGACY.CABIN_ASSIGN``: a Miami cruise line's COBOL cabin assignment extract (legacy: padded CHAR, ``YYYYMMDD``
  integers, casino-credit SSN, phone and ZIP as numbers with 0 for missing, ``CA-USER-FLD-3``);
* ``stg_visa_letters.raw_invitation_extract``: a New Delhi tour operator's visa support letters as an opaque staging
  table (``col01`` to ``col18``: passport, PAN, Aadhaar, letter numbers failing the Verhoeff check, hashes);
* ``wildatlantic_guides.guide_roster``: a Killarney coach tour operator's tour guides' roster (Title_Snake case,
  PPSN, IBAN, Eircode, coach companies);
* ``reiseschutz_koeln.auslandskrankenschaeden``: a Cologne travel insurer's medical claims abroad (German; IBAN,
  account holder, treating doctor abroad, ``freitext_1``);
* ``CROISMED.CRPAXP``: a Marseille cruise line's AS/400 passenger file (French, legacy: ``CR`` prefix, ``CYYMMDD``
  decimals, phone and postcode as decimals, IBAN, ``CRUDF3``);
* ``peregrinaciones_sevilla.inscripcionesPeregrinos``: a Seville pilgrimage agency (Spanish, camel case; DNI/NIE,
  invoice numbers shaped like DNIs failing the check, IBAN, ``campoLibre3``);
* ``umre_turlari_konya.kayitlar``: a Konya Umrah tour operator (Turkish; T.C. kimlik no, invoice numbers failing its
  check, mahram, ``ozel_alan_2``);
* ``umroh_surabaya.jamaah_registrasi``: a Surabaya Hajj and Umrah travel agency (Indonesian, Pascal case; NIK
  encoding the birth date, father's name, mahram, ``KolomTambahan2``);
* ``круизы_нева.пассажиры``: a St Petersburg river cruise operator's passengers (Russian: Cyrillic schema, table and
  column names and values; personal INN, the agency's company INN, ``доп_поле_1``);
* ``assiviaggi_milano.pol_viaggio``: a Milan travel insurer's policies (Italian, abbreviated; codice fiscale encoding
  the birth date, IBAN, beneficiary, purchase IPs, ``campo_libero_3``).

Written **blind**, like v2 to v104: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), the module docstrings of v24 to v104 (to avoid their domains)
and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was
written, no scorer was run on it, and no score was looked at. It was written under a short deadline (30 minutes, the
tests and lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN and an Irish PPSN are ``ssn``; a South African ID number, a Nigerian NIN, Indian PAN and Aadhaar, a
  Spanish DNI/NIE, a Turkish T.C. kimlik no, an Indonesian NIK, a Russian personal INN, a codice fiscale and every
  passport number (British, Nigerian, Indian, French, Turkish, Indonesian, Russian) are ``national_id``;
* booking, claim, policy, registration, invoice, letter and seat numbers, SeaPass card and loyalty numbers, badge and
  vetting references and virtual account numbers are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an
  identifier or a card); an operator's ABN and a travel agency's company INN are ``none`` (tag ``business``), as are
  ships, hotels, clinics abroad, parishes, agencies, coach companies and their phones, and a visa applicant's
  employer (``col15``);
* travel agents, stewards, hostesses, expedition guides, Hajj group leaders, muthawwif, claims assessors and clerks,
  pilgrimage chaplains, river cruise guides, roster schedulers and insurance operators are staff (``person_name``,
  tag ``staff``); the tour guides of the roster are the table's subjects (``first_name``/``last_name``, no ``staff``
  tag: 40 distinct guides); emergency contacts, next of kin, a mahram, a father (``NamaAyahKandung``), a room-mate, an
  account holder, a beneficiary and a treating doctor abroad are personal (tag ``role_word``);
* a Russian patronymic (``отчество``) is ``person_name`` (neither a first nor a last name); a shore excursion waiver's
  typed signature name is ``person_name``; an app login is ``unclassified`` (tag ``username``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``);
* numeric dates of birth (``YYYYMMDD``, ``CYYMMDD``) and text dates (``DD/MM/YYYY``, ``DD-MM-YYYY``) are
  ``date_of_birth``; sailing, departure, treatment and passport expiry dates are ``none``; an age in years is ``none``;
* a Canadian province, a Nigerian state, a Spanish province, a Turkish il and an Italian province are ``none``; a
  Nigerian LGA, a Turkish ilçe, an Australian suburb and an Indonesian kota/kabupaten are ``city``;
* a card number stored unspaced in a padded COBOL field (``CA-FOLIO-CARD``) is ``credit_card``; card expiry and
  authorisation codes are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v106_values`, written for v106 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v106 [PATH]`` (default ``/tmp/heldout_v106.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v106``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v106_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v106_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v106.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # agents, stewards, guides, assessors, priests and other staff of the organisation (few distinct)
ROLE = "role_word"  # a role word (emergency contact, next of kin, mahram, beneficiary, doctor ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)


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
            return v.email(g, lang)
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


# -- English-named tables ----------------------------------------------------------------------------------------------


def ca_package_bookings(g: Gen) -> Table:
    """A Mississauga coach tour operator's package bookings (snake case, cards, ``misc_1``)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    pkg = [g.rnd.choice(v.CA_PACKAGES) for _ in range(g.rows)]
    agents = _staff(g, 6, "ca")

    def note() -> str:
        return g.rnd.choice([f"Travelling with sister {v.given(g, 'ca')}, twin share", "Gluten free, no shellfish",
                             f"Room next to {v.whole(g, 'ca')} please", "Wheelchair at Calgary airport"])

    return Table("maplecoach_tours.package_bookings", "en", "snake", [
        c("booking_id", N, "BIGINT", g.keys(410_001), "decoy", KEY),
        c("booking_ref", N, "VARCHAR", g.col(lambda: g.code("MCT-25-AAA999")), "decoy", SHAPE),
        c("package_code", N, "VARCHAR", [p[0] for p in pkg], "decoy"),
        c("package_name", N, "VARCHAR", [p[1] for p in pkg], "decoy"),
        c("departure_date", N, "DATE", g.days("2026-04-01", "2026-10-15"), "decoy"),
        c("lead_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("lead_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("lead_dob", "date_of_birth", "DATE", g.births(1938, 1990)),
        c("lead_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) if g.rnd.random() < 0.9 else None
                                             for a, b in pairs]),
        c("lead_phone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.7)),
        c("street_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("province", N, "VARCHAR", ["ON"] * g.rows, "decoy"),
        c("postal_code", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("card_number", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.35)),
        c("card_expiry", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}", 0.35),
          "decoy"),
        c("auth_code", N, "VARCHAR", g.col(lambda: g.code("Z9Z9Z9"), 0.35), "decoy", SHAPE),
        c("loyalty_no", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, "7", 9), 0.4), "decoy", SHAPE),
        c("deposit_cad", N, "DECIMAL(10,2)", g.amounts(250, 1_500), "decoy"),
        c("agent_name", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("emergency_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.15), ROLE),
        c("emergency_contact_phone", "phone", "VARCHAR", g.phones("CA", {"national": 1.0}, 0.8, 0.15), ROLE),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
        c("dietary_notes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("none")), NULLWORD),
        c("created_at", N, "TIMESTAMP", g.moments("2025-09-01", "2026-02-28"), "decoy"),
    ])


def gb_cruise_manifest(g: Gen) -> Table:
    """A Southampton cruise line's passenger manifest (Pascal case, passports, ``Udf3``)."""
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    port_agent = g.phone("GB", "national", False)

    def med() -> str:
        return g.rnd.choice(["Insulin in cabin fridge", f"Carer {v.whole(g, 'gb')} travelling in adjoining cabin",
                             "Mobility scooter", f"Wife {v.given(g, 'gb')} holds the EpiPen"])

    return Table("NorthSeaCruises.PassengerManifest", "en", "pascal", [
        c("ManifestLineId", N, "BIGINT", g.keys(9_000_001), "decoy", KEY),
        c("VoyageCode", N, "VARCHAR", g.col(g.pick(["SA2614", "SA2615", "NS2609"])), "decoy"),
        c("ShipName", N, "VARCHAR", g.col(g.pick(v.GB_SHIPS)), "business"),
        c("CabinNumber", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('ABCDEF')}{g.rnd.randint(101, 9260)}"), "decoy"),
        c("PassengerTitle", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Miss", "Dr"])), "decoy"),
        c("GivenNames", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("DateOfBirth", "date_of_birth", "DATE", g.births(1935, 2018)),
        c("Nationality", N, "VARCHAR", g.col(g.pick(["GBR", "GBR", "GBR", "IRL", "USA", "DEU"])), "decoy"),
        c("PassportNumber", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.02)),
        c("PassportExpiry", N, "DATE", g.days("2026-06-01", "2035-12-31"), "decoy"),
        c("MobilePhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.9, 0.1)),
        c("EmailAddress", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) if g.rnd.random() < 0.85
                                               else None for a, b in pairs]),
        c("HomeTown", "city", "VARCHAR", [p[0] for p in places]),
        c("HomePostcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("NextOfKinName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.1), ROLE),
        c("NextOfKinPhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "intl": 0.3}, 0.8, 0.1), ROLE),
        c("NextOfKinRelationship", N, "VARCHAR", g.col(g.pick(["Spouse", "Son", "Daughter", "Friend", "Sibling"])),
          "decoy"),
        c("MusterStation", N, "VARCHAR", g.col(lambda: g.rnd.choice("ABCDEFG") + str(g.rnd.randint(1, 6))), "decoy"),
        c("SeaPassCardNo", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, "4", 16)), "decoy", SHAPE),
        c("EmbarkedAt", N, "TIMESTAMP", g.moments("2026-05-02", "2026-05-03", 0.05), "decoy"),
        c("PortAgentPhone", N, "VARCHAR", [port_agent] * g.rows, "business"),
        c("MedicalNotes", "free_text", "VARCHAR", g.sparse(med, 0.8, _words("None")), NULLWORD),
        c("Udf3", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
    ])


def au_shore_excursions(g: Gen) -> Table:
    """A Cairns expedition cruise line's shore excursion bookings (camel case, operators' ABNs, an app login)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    exc = [g.rnd.choice(v.AU_EXCURSIONS) for _ in range(g.rows)]
    ops = [(name, v.abn(g), g.phone("AU", "national", False)) for name in v.AU_OPERATORS]
    op = [g.rnd.randrange(len(ops)) for _ in range(g.rows)]
    guides = _staff(g, 5, "au")

    def note() -> str:
        return g.rnd.choice([f"Book with {v.whole(g, 'au')} (same table)", "Seasick tablets requested",
                             "Can't swim - viewing platform only", f"Grandson {v.given(g, 'au')} is 11"])

    return Table("reefCruises.shoreExcursionBookings", "en", "camel", [
        c("excursionBookingId", N, "BIGINT", g.keys(55_001), "decoy", KEY),
        c("voyageId", N, "VARCHAR", g.col(g.pick(["KIM-2606", "GBR-2607", "CYP-2608"])), "decoy"),
        c("cabinNo", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(301, 548))), "decoy"),
        c("guestFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("guestLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("guestEmail", "email", "VARCHAR", [None if g.rnd.random() < 0.55 else v.email_of(g, a, b, v.DOMAINS["au"])
                                             for a, b in pairs], HEAVY),
        c("guestMobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.4}, 1.0, 0.1)),
        c("guestSuburb", "city", "VARCHAR", [p[0] for p in places]),
        c("guestPostcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("appUsername", USERNAME, "VARCHAR", [v.login(a, b, g.rnd.randint(0, 300)) if g.rnd.random() < 0.7 else None
                                               for a, b in pairs], "username"),
        c("bookedFromIp", "ip_address", "VARCHAR", g.col(g.ip, 0.3)),
        c("ageYears", N, "INTEGER", g.ints(8, 88), "decoy"),
        c("excursionCode", N, "VARCHAR", [e[0] for e in exc], "decoy"),
        c("excursionName", N, "VARCHAR", [e[1] for e in exc], "decoy"),
        c("operatorName", N, "VARCHAR", [ops[i][0] for i in op], "business"),
        c("operatorAbn", N, "VARCHAR", [ops[i][1] for i in op], "business", SHAPE),
        c("operatorPhone", N, "VARCHAR", [ops[i][2] for i in op], "business"),
        c("departAt", N, "TIMESTAMP", g.moments("2026-06-10", "2026-08-30"), "decoy"),
        c("priceAud", N, "DECIMAL(8,2)", g.amounts(89, 950), "decoy"),
        c("waiverSignedName", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.8 else None
                                                        for a, b in pairs]),
        c("expeditionGuide", "person_name", "VARCHAR", g.col(g.pick(guides)), STAFF),
        c("bookingNotes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("nil")), NULLWORD),
    ])


def ng_hajj_registration(g: Gen) -> Table:
    """A Kano Hajj and Umrah operator's pilgrim registration (SCREAMING case, NIN, passports, ``CUSTOM_FIELD_1``)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        rows.append((female, v.person(g, "ng", female), g.birth(1948, 2004)))
    leaders = _staff(g, 4, "ng")
    return Table("HAJJ_OPS_KANO.PILGRIM_REGISTRATION", "en", "screaming", [
        c("REG_NO", N, "VARCHAR", [f"KN/HJ/26/{i:05d}" for i in range(1, g.rows + 1)], "decoy", SHAPE),
        c("PILGRIM_SURNAME", "last_name", "VARCHAR", [r[1][1].upper() for r in rows]),
        c("PILGRIM_OTHER_NAMES", "first_name", "VARCHAR", [r[1][0] for r in rows]),
        c("DATE_OF_BIRTH", "date_of_birth", "VARCHAR", [_dmy(r[2]) for r in rows]),
        c("SEX", N, "VARCHAR", ["F" if r[0] else "M" for r in rows], "decoy"),
        c("NIN", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), 0.2)),
        c("INTL_PASSPORT_NO", "national_id", "VARCHAR", g.col(lambda: g.code("A99999999"), 0.1)),
        c("PHONE_NO", "phone", "VARCHAR", g.phones("NG", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("EMAIL", "email", "VARCHAR", g.col(lambda: v.email(g, "ng"), 0.65), HEAVY),
        c("HOME_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NG_STREETS, "ng"))),
        c("LGA", "city", "VARCHAR", g.col(g.pick(v.NG_LGAS))),
        c("STATE", N, "VARCHAR", ["Kano"] * g.rows, "decoy"),
        c("MAHRAM_NAME", "person_name", "VARCHAR", [v.whole(g, "ng") if r[0] and g.rnd.random() < 0.9 else None
                                                    for r in rows], ROLE, HEAVY),
        c("MAHRAM_RELATIONSHIP", N, "VARCHAR", [g.rnd.choice(["Husband", "Son", "Brother", "Father"]) if r[0] else None
                                                for r in rows], "decoy"),
        c("NEXT_OF_KIN_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ng"), 0.1), ROLE),
        c("NEXT_OF_KIN_PHONE", "phone", "VARCHAR", g.phones("NG", {"national": 1.0}, 1.0, 0.2), ROLE),
        c("PACKAGE_TYPE", N, "VARCHAR", g.col(g.pick(v.NG_PACKAGES)), "decoy"),
        c("FLIGHT_BATCH", N, "VARCHAR", g.col(lambda: f"MAX-KAN-{g.rnd.randint(1, 14):02d}"), "decoy"),
        c("NAHCON_SEAT_NO", N, "VARCHAR", g.col(lambda: g.code("26KN9999999")), "decoy", SHAPE),
        c("DEPOSIT_NGN", N, "DECIMAL(14,2)", g.amounts(1_500_000, 8_500_000), "decoy"),
        c("MEDICAL_FITNESS", N, "VARCHAR", g.col(g.pick(["FIT", "FIT", "REVIEW", "PENDING"])), "decoy"),
        c("GROUP_LEADER", "person_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "NG", "ng"), CUSTOM),
    ])


def za_medical_claims(g: Gen) -> Table:
    """A Bellville travel insurer's medical claims abroad (abbreviated: ``ins_fnm``, ``ctc_ph``, SA ID numbers)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        born = g.birth(1940, 2005)
        rows.append((v.person(g, "za", female), born, v.za_id(g, born, female)))
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    assessors = _staff(g, 5, "za")
    doctors = [f"Dr {a} {b}" for a, b in (("Elena", "Marković"), ("Javier", "Ruiz Soler"), ("Anong", "Srisuk"),
                                           ("Kemal", "Aydın"), ("Marta", "Lindqvist"), ("Paolo", "Deiana"))]

    def note() -> str:
        return g.rnd.choice([f"Husband {v.given(g, 'za')} called from hospital", "Invoice in Thai baht, translated",
                             "Pre-existing condition queried", f"Spoke to daughter {v.whole(g, 'za')}"])

    return Table("sa_travelcover.med_claims", "en", "abbrev", [
        c("clm_no", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
        c("pol_no", N, "VARCHAR", g.col(lambda: g.code("TC-99999999")), "decoy", SHAPE),
        c("ins_fnm", "first_name", "VARCHAR", [r[0][0] for r in rows], ABBREV),
        c("ins_snm", "last_name", "VARCHAR", [r[0][1] for r in rows], ABBREV),
        c("ins_idno", "national_id", "VARCHAR", [r[2] if g.rnd.random() < 0.9 else None for r in rows], ABBREV),
        c("ins_dob", "date_of_birth", "DATE", [r[1] for r in rows], ABBREV),
        c("ins_cell", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.4}, 0.95, 0.05), ABBREV),
        c("ins_eml", "email", "VARCHAR", [v.email_of(g, *r[0], v.DOMAINS["za"]) if g.rnd.random() < 0.8 else None
                                          for r in rows], ABBREV),
        c("ins_addr1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.1), ABBREV),
        c("ins_city", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("ins_pcode", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("trt_ctry", N, "VARCHAR", g.col(g.pick(["TH", "ES", "TR", "IT", "MU", "AE"])), "decoy"),
        c("trt_hosp", N, "VARCHAR", g.col(g.pick(v.DE_CLINICS)), "business"),
        c("trt_dr_nm", "person_name", "VARCHAR", g.col(g.pick(doctors), 0.3), ROLE, ABBREV),
        c("trt_dt", N, "DATE", g.days("2025-06-01", "2026-02-28"), "decoy"),
        c("diag_cd", N, "VARCHAR", g.col(g.pick(["S82.6", "K35.8", "A09", "J18.9", "I21.4", "T78.4"])), "decoy"),
        c("clm_amt", N, "DECIMAL(12,2)", g.amounts(400, 95_000), "decoy"),
        c("clm_ccy", N, "VARCHAR", g.col(g.pick(["EUR", "THB", "TRY", "AED", "USD"])), "decoy"),
        c("assr_nm", "person_name", "VARCHAR", g.col(g.pick(assessors)), STAFF, ABBREV),
        c("ctc_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za"), 0.2), ROLE, ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("ZA", {"national": 1.0}, 0.9, 0.2), ROLE, ABBREV),
        c("udf2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
        c("ms_nt", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("none")), NULLWORD, ABBREV),
    ])


def us_cabin_assignments(g: Gen) -> Table:
    """A Miami cruise line's COBOL cabin assignment extract (padded CHAR, ``YYYYMMDD`` integers, numbers for
    phones, ZIPs and the casino credit SSN)."""
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    sail = [g.day("2026-01-03", "2026-12-19") for _ in range(g.rows)]
    stewards = _staff(g, 7, "us")
    agencies = [("BAYSIDE CRUISE CENTER", g.phone("US", "digits", False)),
                ("SUNCOAST VACATIONS INC", g.phone("US", "digits", False)),
                ("DIRECT WEB", g.phone("US", "digits", False))]
    ag = [g.rnd.randrange(len(agencies)) for _ in range(g.rows)]
    return Table("CRZLEGACY.CABIN_ASSIGN", "en", "cobol", [
        c("CA-BKG-NO", N, "VARCHAR", g.col(lambda: g.code("B99999999")), "decoy", SHAPE, LEGACY),
        c("CA-SHIP-CD", N, "VARCHAR", g.col(g.pick(["ECL", "SRN", "MJS"])), "decoy", LEGACY),
        c("CA-SAIL-DT", N, "INTEGER", [_ymd(d) for d in sail], "decoy", LEGACY),
        c("CA-CABIN-NO", N, "VARCHAR", _pad(g.col(lambda: str(g.rnd.randint(2101, 14388))), 6), "decoy", LEGACY),
        c("CA-PAX-SEQ", N, "INTEGER", g.ints(1, 4), "decoy", LEGACY),
        c("CA-PAX-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("CA-PAX-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("CA-PAX-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1936, 2020)) if g.rnd.random() < 0.95 else 0
                                                      for _ in pairs], LEGACY),
        c("CA-PAX-SSN", "ssn", "BIGINT", [int(v.us_ssn(g)) if g.rnd.random() < 0.4 else 0 for _ in pairs], LEGACY),
        c("CA-PAX-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.85 else 0
                                              for _ in pairs], LEGACY),
        c("CA-PAX-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.US_STREETS).upper()), 30),
          LEGACY),
        c("CA-PAX-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("CA-PAX-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) for p in places], LEGACY),
        c("CA-FOLIO-CARD", "credit_card", "VARCHAR", _pad(g.col(lambda: v.card(g, False), 0.3), 19), LEGACY),
        c("CA-DINING-SEAT", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['MDR1', 'MDR2', 'ANY'])}-{g.rnd.randint(1, 90)}"),
          "decoy", LEGACY),
        c("CA-LOYALTY-TIER", N, "VARCHAR", g.col(g.pick(["BLUE", "GOLD", "PLAT", "DIAM"])), "decoy", LEGACY),
        c("CA-STEWARD-NM", "person_name", "VARCHAR", _pad(g.col(g.pick([s.upper() for s in stewards])), 24), STAFF,
          LEGACY),
        c("CA-AGENCY-NM", N, "VARCHAR", _pad([agencies[i][0] for i in ag], 26), "business", LEGACY),
        c("CA-AGENCY-PHONE", N, "BIGINT", [int(agencies[i][1]) for i in ag], "business", LEGACY),
        c("CA-USER-FLD-3", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
    ])


def in_visa_letters(g: Gen) -> Table:
    """A New Delhi tour operator's visa support letters, landed as an opaque staging table (``col01`` to ``col18``)."""
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    pairs = [v.person(g, "in") for _ in range(g.rows)]
    employers = ["Infosys Ltd", "Sharma Textiles Pvt Ltd", "Self-employed", "Govt. of NCT Delhi", "HCL Technologies",
                 "Retired"]
    return Table("stg_visa_letters.raw_invitation_extract", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], OPAQUE),
        c("col03", "national_id", "VARCHAR", g.col(lambda: g.code("A9999999"), 0.03), OPAQUE),
        c("col04", "national_id", "VARCHAR", [v.pan(g, b) if g.rnd.random() < 0.6 else None for _, b in pairs],
          OPAQUE),
        c("col05", "date_of_birth", "VARCHAR", g.col(lambda: _dmy(g.birth(1950, 2010), "-")), OPAQUE),
        c("col06", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "intl": 0.3, "national": 0.2}), OPAQUE),
        c("col07", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["in"]) if g.rnd.random() < 0.85 else None
                                        for a, b in pairs], OPAQUE),
        c("col08", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col09", N, "VARCHAR", g.col(g.pick(["Schengen (FR)", "Schengen (CH)", "UK", "Japan", "Türkiye"])),
          "decoy", OPAQUE),
        c("col10", N, "VARCHAR", g.col(g.pick(["EUR-SWISS-09N", "UK-SCOT-07N", "JPN-SAKURA-10N"])), "decoy", OPAQUE),
        c("col11", N, "DATE", g.days("2026-03-15", "2026-06-30"), "decoy", OPAQUE),
        c("col12", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.05), OPAQUE),
        c("col13", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col14", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.pick(employers)), "business", OPAQUE),
        c("col16", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col18", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g), 0.6), OPAQUE, HEAVY),
    ])


def ie_guide_roster(g: Gen) -> Table:
    """A Killarney coach tour operator's tour guides' roster (Title_Snake case, PPSN, IBAN)."""
    guides = []
    for _ in range(40):
        a, b = v.person(g, "ie")
        city = g.rnd.choice(v.IE_CITIES)
        guides.append((a, b, v.pps(g), g.birth(1958, 2001), g.phone("IE", g.rnd.choice(["national", "e164"])),
                       v.email_of(g, a, b, v.DOMAINS["ie"]), f"{city[1]} {g.code('A9AA')}", city[0], v.iban(g, "IE"),
                       g.code("FI-9999"), v.whole(g, "ie"), g.phone("IE", "national")))
    gd = [g.rnd.choice(guides) for _ in range(g.rows)]
    coaches = [("Lakeland Coaches Ltd", g.phone("IE", "national", False)),
               ("Reeks Executive Travel", g.phone("IE", "national", False))]
    co = [g.rnd.randrange(len(coaches)) for _ in range(g.rows)]
    schedulers = _staff(g, 3, "ie")

    def note() -> str:
        return g.rnd.choice([f"Swapped with {v.given(g, 'ie')} for the Dingle run", "Cert renewal due",
                             "Needs Irish-language group", f"Shadowing {v.whole(g, 'ie')} this week"])

    return Table("wildatlantic_guides.guide_roster", "en", "title_snake", [
        c("Roster_Id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("Tour_Code", N, "VARCHAR", g.col(g.pick(["RING-KERRY-1D", "DINGLE-1D", "GAP-DUNLOE-1D", "WAW-7D"])),
          "decoy"),
        c("Tour_Date", N, "DATE", g.days("2026-04-01", "2026-10-31"), "decoy"),
        c("Guide_First_Name", "first_name", "VARCHAR", [x[0] for x in gd]),
        c("Guide_Surname", "last_name", "VARCHAR", [x[1] for x in gd]),
        c("Guide_PPSN", "ssn", "VARCHAR", [x[2] for x in gd]),
        c("Guide_DOB", "date_of_birth", "DATE", [x[3] for x in gd]),
        c("Guide_Mobile", "phone", "VARCHAR", [x[4] for x in gd]),
        c("Guide_Email", "email", "VARCHAR", [x[5] for x in gd]),
        c("Guide_Eircode", "postal_code", "VARCHAR", [x[6] for x in gd]),
        c("Guide_Home_Town", "city", "VARCHAR", [x[7] for x in gd]),
        c("Guide_IBAN", "iban", "VARCHAR", [x[8] for x in gd]),
        c("Badge_No", N, "VARCHAR", [x[9] for x in gd], "decoy", SHAPE),
        c("Day_Rate_EUR", N, "DECIMAL(8,2)", g.amounts(180, 320), "decoy"),
        c("Languages", N, "VARCHAR", g.col(g.pick(["EN", "EN,GA", "EN,DE", "EN,FR,ES", "EN,IT"])), "decoy"),
        c("Coach_Reg", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(151, 252)}-KY-{g.rnd.randint(1, 9999)}"), "decoy"),
        c("Coach_Company", N, "VARCHAR", [coaches[i][0] for i in co], "business"),
        c("Coach_Depot_Phone", N, "VARCHAR", [coaches[i][1] for i in co], "business"),
        c("Emergency_Contact", "person_name", "VARCHAR", [x[10] for x in gd], ROLE),
        c("Emergency_Phone", "phone", "VARCHAR", [x[11] for x in gd], ROLE),
        c("Rostered_By", "person_name", "VARCHAR", g.col(g.pick(schedulers)), STAFF),
        c("Vetting_Ref", N, "VARCHAR", g.col(lambda: g.code("NVB-99999999")), "decoy", SHAPE),
        c("Notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_auslandskranken(g: Gen) -> Table:
    """A Cologne travel insurer's medical claims abroad (German, snake case, IBAN, ``freitext_1``)."""
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    clerks = _staff(g, 5, "de")
    doctors = ["Dr. Ramón Escudero", "Dr. Selin Arslan", "Dr. Somchai Boonmee", "Dott.ssa Ilaria Pinna",
               "Dr. Miguel Ferrer"]

    def note() -> str:
        return g.rnd.choice([f"Ehefrau {v.given(g, 'de')} hat Rechnungen nachgereicht", "Rücktransport ADAC",
                             "Vorerkrankung prüfen", f"Rückruf bei Sohn {v.whole(g, 'de')}"])

    return Table("reiseschutz_koeln.auslandskrankenschaeden", "de", "snake", [
        c("schaden_id", N, "BIGINT", g.keys(700_001), "decoy", KEY),
        c("schadennummer", N, "VARCHAR", g.col(lambda: g.code("RS-2025-9999999")), "decoy", SHAPE),
        c("versicherungsscheinnummer", N, "VARCHAR", g.col(lambda: g.code("RKV 999 999 999")), "decoy", SHAPE),
        c("tarif", N, "VARCHAR", g.col(g.pick(["Jahres-Reiseschutz Familie", "Single Welt", "Senior Europa"])),
          "decoy"),
        c("vorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nachname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("geburtsdatum", "date_of_birth", "DATE", g.births(1935, 2012)),
        c("strasse_hausnr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS, "de"))),
        c("plz", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "intl": 0.3}, 0.6, 0.1)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.55 else v.email_of(g, a, b, v.DOMAINS["de"])
                                        for a, b in pairs], HEAVY),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5), 0.1)),
        c("kontoinhaber", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.8 else v.whole(g, "de")
                                                     for a, b in pairs], ROLE),
        c("reiseland", N, "VARCHAR", g.col(g.pick(["Spanien", "Türkei", "Thailand", "Italien", "Kroatien"])),
          "decoy"),
        c("behandlungsbeginn", N, "DATE", g.days("2025-05-01", "2026-01-31"), "decoy"),
        c("klinik_ausland", N, "VARCHAR", g.col(g.pick(v.DE_CLINICS)), "business"),
        c("behandelnder_arzt", "person_name", "VARCHAR", g.col(g.pick(doctors), 0.35), ROLE),
        c("diagnose_icd", N, "VARCHAR", g.col(g.pick(["S52.5", "A08.4", "J20.9", "N20.0", "S93.4"])), "decoy"),
        c("rechnungsbetrag", N, "DECIMAL(12,2)", g.amounts(80, 42_000), "decoy"),
        c("waehrung", N, "VARCHAR", g.col(g.pick(["EUR", "TRY", "THB", "HRK"])), "decoy"),
        c("sachbearbeiter", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("notfallkontakt_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.3), ROLE),
        c("notfallkontakt_telefon", "phone", "VARCHAR", g.phones("DE", {"national": 1.0}, 0.9, 0.3), ROLE),
        c("freitext_1", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
        c("bemerkung", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("keine", "k.A.")), NULLWORD),
    ])


def fr_croisieres_as400(g: Gen) -> Table:
    """A Marseille cruise line's AS/400 passenger file (French, ``CR`` prefix, ``CYYMMDD`` decimals, IBAN)."""
    pairs = [v.person(g, "fr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    hostesses = _staff(g, 4, "fr")
    return Table("CROISMED.CRPAXP", "fr", "as400", [
        c("CRNRES", N, "DECIMAL(9,0)", g.keys(260_000_001), "decoy", KEY, LEGACY),
        c("CRNAVR", N, "VARCHAR", g.col(g.pick(["CALANQ", "FRIOUL", "LERINS"])), "decoy", LEGACY),
        c("CRDDEP", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2026-04-01", "2026-10-31")) for _ in pairs], "decoy", LEGACY),
        c("CRCABN", N, "VARCHAR", _pad(g.col(lambda: str(g.rnd.randint(1001, 8240))), 5), "decoy", LEGACY),
        c("CRNOMP", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 25), LEGACY),
        c("CRPRNP", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 20), LEGACY),
        c("CRDNAI", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(g.birth(1938, 2019)) for _ in pairs], LEGACY),
        c("CRNPAS", "national_id", "VARCHAR", _pad(g.col(lambda: g.code("99AA99999"), 0.15), 12), LEGACY),
        c("CRADR1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.FR_STREETS, "fr").upper()), 32),
          LEGACY),
        c("CRCPOS", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("CRVILL", "city", "VARCHAR", _pad([p[0].upper() for p in places], 26), LEGACY),
        c("CRTELP", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits", g.rnd.random() < 0.7))
                                               if g.rnd.random() < 0.85 else 0 for _ in pairs], LEGACY),
        c("CRMAIL", "email", "VARCHAR", _pad([v.email_of(g, a, b, v.DOMAINS["fr"]) if g.rnd.random() < 0.75 else None
                                              for a, b in pairs], 40), LEGACY),
        c("CRIBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR"), 0.65), LEGACY, HEAVY),
        c("CRAGNC", N, "VARCHAR", _pad(g.col(g.pick(v.FR_AGENCIES)), 30), "business", LEGACY),
        c("CRPRIX", N, "DECIMAL(9,2)", g.amounts(490, 6_800), "decoy", LEGACY),
        c("CRCONT", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "fr").upper(), 0.2), 30), ROLE, LEGACY),
        c("CRTELC", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits")) if g.rnd.random() < 0.75 else 0
                                               for _ in pairs], ROLE, LEGACY),
        c("CRHOTS", "person_name", "VARCHAR", _pad(g.col(g.pick([h.upper() for h in hostesses])), 30), STAFF, LEGACY),
        c("CRUDF3", "free_text", "VARCHAR", _pad(_custom(g, "FR", "fr"), 40), CUSTOM, LEGACY),
    ])


def es_peregrinaciones(g: Gen) -> Table:
    """A Seville pilgrimage agency's registrations for Lourdes, Fátima, Santiago and the Holy Land (Spanish, camel
    case, DNI/NIE, IBAN, ``campoLibre3``)."""
    pairs = [v.person(g, "es") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]
    priests = [f"P. {a} {b}" for a, b in (("Ignacio", "Lobato"), ("Andrés", "Villalobos"), ("José Luis", "Cabrera"))]

    def obs() -> str:
        return g.rnd.choice([f"Viaja con su hermana {v.given(g, 'es')}", "Dieta sin sal", "Necesita habitación baja",
                             f"Paga su hijo {v.whole(g, 'es')}"])

    return Table("peregrinaciones_sevilla.inscripcionesPeregrinos", "es", "camel", [
        c("idInscripcion", N, "BIGINT", g.keys(12_001), "decoy", KEY),
        c("codigoPeregrinacion", N, "VARCHAR", g.col(g.pick(["LOU-2026-05", "FAT-2026-10", "SCQ-2026-07",
                                                             "TSA-2026-11"])), "decoy"),
        c("destino", N, "VARCHAR", g.col(g.pick(["Lourdes", "Fátima", "Santiago de Compostela", "Tierra Santa"])),
          "decoy"),
        c("nombre", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("primerApellido", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("segundoApellido", "last_name", "VARCHAR", g.col(lambda: v.person(g, "es")[1], 0.1)),
        c("dniNie", "national_id", "VARCHAR", g.col(lambda: v.dni(g), 0.05)),
        c("fechaNacimiento", "date_of_birth", "VARCHAR", g.col(lambda: _dmy(g.birth(1932, 2008)))),
        c("telefonoMovil", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "intl": 0.3}, 0.85, 0.05)),
        c("correoElectronico", "email", "VARCHAR", [None if g.rnd.random() < 0.5 else
                                                    v.email_of(g, a, b, v.DOMAINS["es"]) for a, b in pairs], HEAVY),
        c("direccion", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"))),
        c("codigoPostal", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("localidad", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("parroquia", N, "VARCHAR", g.col(g.pick(v.ES_PARISHES)), "business"),
        c("consiliario", "person_name", "VARCHAR", g.col(g.pick(priests)), STAFF),
        c("necesitaSillaRuedas", N, "BOOLEAN", g.yn(True, False, 0.08), "decoy"),
        c("habitacionCompartidaCon", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es"), 0.6), ROLE, HEAVY),
        c("contactoEmergencia", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es"), 0.1), ROLE),
        c("telefonoEmergencia", "phone", "VARCHAR", g.phones("ES", {"national": 1.0}, 0.7, 0.1), ROLE),
        c("ibanDomiciliacion", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", True), 0.4)),
        c("numeroFactura", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE),
        c("campoLibre3", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.75, _words("ninguna", "sin datos")), NULLWORD),
    ])


def tr_umre_kayit(g: Gen) -> Table:
    """A Konya Umrah tour operator's group registrations (Turkish, snake case, T.C. kimlik no, ``ozel_alan_2``)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        rows.append((female, v.person(g, "tr", female)))
    places = [g.rnd.choice(v.TR_CITIES) for _ in range(g.rows)]
    guides = _staff(g, 4, "tr")

    def note() -> str:
        return g.rnd.choice([f"Eşi {v.given(g, 'tr')} ile aynı odada", "Tekerlekli sandalye gerekli",
                             "Diyabet, ilaçlarını yanında taşıyor", f"Kardeşi {v.whole(g, 'tr')} ödemeyi yaptı"])

    return Table("umre_turlari_konya.kayitlar", "tr", "snake", [
        c("kayit_id", N, "BIGINT", g.keys(30_001), "decoy", KEY),
        c("grup_kodu", N, "VARCHAR", g.col(g.pick(["UMR-2026-ŞUB-01", "UMR-2026-REC-02", "UMR-2026-ŞAB-03"])),
          "decoy"),
        c("ad", "first_name", "VARCHAR", [r[1][0] for r in rows]),
        c("soyad", "last_name", "VARCHAR", [r[1][1] for r in rows]),
        c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tckimlik(g), 0.05)),
        c("dogum_tarihi", "date_of_birth", "DATE", g.births(1940, 2006)),
        c("pasaport_no", "national_id", "VARCHAR", g.col(lambda: g.code("U99999999"), 0.1)),
        c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.8, "e164": 0.2}, 1.0, 0.05)),
        c("e_posta", "email", "VARCHAR", g.col(lambda: v.email(g, "tr"), 0.6), HEAVY),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"))),
        c("ilce", "city", "VARCHAR", [p[0] for p in places]),
        c("il", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("mahrem_adi", "person_name", "VARCHAR", [v.whole(g, "tr") if r[0] and g.rnd.random() < 0.7 else None
                                                   for r in rows], ROLE, HEAVY),
        c("yakinlik", N, "VARCHAR", g.col(g.pick(["Eşi", "Oğlu", "Kızı", "Kardeşi", "Annesi"]), 0.3), "decoy"),
        c("acil_durum_kisi", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tr"), 0.1), ROLE),
        c("acil_durum_tel", "phone", "VARCHAR", g.phones("TR", {"national": 1.0}, 1.0, 0.1), ROLE),
        c("otel_mekke", N, "VARCHAR", g.col(g.pick(v.TR_HOTELS)), "business"),
        c("oda_no", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(201, 2418))), "decoy"),
        c("ucus_no", N, "VARCHAR", g.col(lambda: g.rnd.choice(["TK", "PC", "XQ"]) + str(g.rnd.randint(100, 9999))),
          "decoy"),
        c("rehber", "person_name", "VARCHAR", g.col(g.pick(guides)), STAFF),
        c("fatura_no", N, "VARCHAR", g.col(lambda: v.tckimlik_decoy(g)), "decoy", SHAPE),
        c("ozel_alan_2", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
        c("notlar", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("yok", "bilinmiyor")), NULLWORD),
    ])


def id_jamaah_umroh(g: Gen) -> Table:
    """A Surabaya Hajj and Umrah travel agency's pilgrim registrations (Indonesian, Pascal case, NIK encoding the
    birth date, ``KolomTambahan2``)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        born = g.birth(1945, 2008)
        rows.append((female, v.person(g, "id", female), born, v.nik(g, born, female)))
    places = [g.rnd.choice(v.ID_CITIES) for _ in range(g.rows)]
    muthawwif = ["Ustadz Hasan Basri", "Ustadz Fikri Maulana", "Ustadzah Nur Laila"]

    def note() -> str:
        return g.rnd.choice([f"Berangkat bersama suami, Bpk. {v.given(g, 'id')}", "Lansia, perlu kursi roda",
                             "Paspor masih proses di Imigrasi", f"Pembayaran oleh anak: {v.whole(g, 'id')}"])

    return Table("umroh_surabaya.jamaah_registrasi", "id", "pascal", [
        c("IdPendaftaran", N, "BIGINT", g.keys(2_600_001), "decoy", KEY),
        c("KodePaket", N, "VARCHAR", g.col(g.pick(["UMR-REG-12H", "UMR-PLUS-TURKI", "HJ-KHUSUS-2026"])), "decoy"),
        c("NamaJamaah", "person_name", "VARCHAR", [f"{r[1][0]} {r[1][1]}" for r in rows]),
        c("NamaAyahKandung", "person_name", "VARCHAR", [f"{v.NAMES['id'][0][g.rnd.randrange(8)]} {r[1][1]}"
                                                        for r in rows], ROLE),
        c("Nik", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("TanggalLahir", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("NoPaspor", "national_id", "VARCHAR", g.col(lambda: g.code("A9999999"), 0.25)),
        c("NoHp", "phone", "VARCHAR", g.phones("ID", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("Email", "email", "VARCHAR", g.col(lambda: v.email(g, "id"), 0.65), HEAVY),
        c("Alamat", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ID_STREETS, "id"))),
        c("KotaKabupaten", "city", "VARCHAR", [p[0] for p in places]),
        c("KodePos", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("NamaMahram", "person_name", "VARCHAR", [v.whole(g, "id") if r[0] and g.rnd.random() < 0.75 else None
                                                   for r in rows], ROLE, HEAVY),
        c("HubunganMahram", N, "VARCHAR", g.col(g.pick(["Suami", "Ayah", "Anak", "Saudara"]), 0.45), "decoy"),
        c("UkuranBaju", N, "VARCHAR", g.col(g.pick(["S", "M", "L", "XL", "XXL"])), "decoy"),
        c("Muthawwif", "person_name", "VARCHAR", g.col(g.pick(muthawwif)), STAFF),
        c("NoVirtualAccount", N, "VARCHAR", g.col(lambda: "8808" + g.digits(12)), "decoy", SHAPE),
        c("Hotel", N, "VARCHAR", g.col(g.pick(v.ID_HOTELS)), "business"),
        c("KolomTambahan2", "free_text", "VARCHAR", _custom(g, "ID", "id"), CUSTOM),
        c("Catatan", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("tidak ada", "-tidak ada-")), NULLWORD),
    ])


def ru_rechnye_kruizy(g: Gen) -> Table:
    """A St Petersburg river cruise operator's passenger list (Russian, Cyrillic column names and values, INN)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        rows.append((female, v.person(g, "ru", female), g.rnd.choice(v.RU_PATRONYMICS)[1 if female else 0]))
    places = [g.rnd.choice(v.RU_CITIES) for _ in range(g.rows)]
    guides = _staff(g, 4, "ru")
    agency_inn = v.inn_company(g)

    def note() -> str:
        return g.rnd.choice([f"Едет с мужем, {v.whole(g, 'ru')}", "Диета без глютена", "Нужна нижняя полка",
                             f"Оплатила дочь {v.given(g, 'ru')}"])

    return Table("круизы_нева.пассажиры", "ru", "snake", [
        c("номер_брони", N, "VARCHAR", g.col(lambda: g.code("НК-26-99999")), "decoy", SHAPE),
        c("теплоход", N, "VARCHAR", g.col(g.pick(v.RU_SHIPS)), "business"),
        c("рейс", N, "VARCHAR", g.col(g.pick(["СПб – Валаам – Кижи", "СПб – Москва", "СПб – Свирьстрой"])), "decoy"),
        c("каюта", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(101, 348))), "decoy"),
        c("фамилия", "last_name", "VARCHAR", [r[1][1] for r in rows]),
        c("имя", "first_name", "VARCHAR", [r[1][0] for r in rows]),
        c("отчество", "person_name", "VARCHAR", [r[2] if g.rnd.random() < 0.9 else None for r in rows]),
        c("дата_рождения", "date_of_birth", "DATE", g.births(1940, 2015)),
        c("паспорт", "national_id", "VARCHAR", g.col(lambda: f"{g.digits(2)} {g.digits(2)} {g.digits(6)}", 0.05)),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.inn_person(g), 0.7), HEAVY),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "e164": 0.5}, 0.95, 0.05)),
        c("email", "email", "VARCHAR", g.col(lambda: v.email(g, "ru"), 0.3), "lang:en"),
        c("адрес_регистрации", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"), 0.1)),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [p[1] + g.digits(4) for p in places]),
        c("контактное_лицо", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ru"), 0.25), ROLE),
        c("телефон_контактного_лица", "phone", "VARCHAR", g.phones("RU", {"national": 1.0}, 1.0, 0.25), ROLE),
        c("гид", "person_name", "VARCHAR", g.col(g.pick(guides)), STAFF),
        c("стоимость", N, "DECIMAL(10,2)", g.amounts(38_000, 240_000), "decoy"),
        c("инн_агентства", N, "VARCHAR", [agency_inn] * g.rows, "business", SHAPE),
        c("доп_поле_1", "free_text", "VARCHAR", _custom(g, "RU", "ru"), CUSTOM),
        c("примечание", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("нет", "неизвестно")), NULLWORD),
    ])


def it_polizze_viaggio(g: Gen) -> Table:
    """A Milan travel insurer's policies (Italian, abbreviated, codice fiscale, IBAN, ``campo_libero_3``)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1940, 2006)
        rows.append((a, b, born, v.codice_fiscale(g, a, b, born, female)))
    places = [g.rnd.choice(v.IT_CITIES) for _ in range(g.rows)]
    agencies = [(name, g.phone("IT", "national", False)) for name, _ in v.IT_AGENCIES]
    ag = [g.rnd.randrange(len(agencies)) for _ in range(g.rows)]
    operators = _staff(g, 5, "it")

    def note() -> str:
        return g.rnd.choice([f"Estesa al coniuge {v.whole(g, 'it')}", "Copertura sport invernali",
                             f"Chiamare la figlia {v.given(g, 'it')}", "Viaggio di nozze Maldive"])

    return Table("assiviaggi_milano.pol_viaggio", "it", "abbrev", [
        c("id_pol", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("num_pol", N, "VARCHAR", g.col(lambda: g.code("AV/26/9999999")), "decoy", SHAPE),
        c("cod_prod", N, "VARCHAR", g.col(g.pick(["VIAG-EU-BASE", "VIAG-MONDO-TOP", "ANNULL-PLUS"])), "decoy"),
        c("contr_nome", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
        c("contr_cogn", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
        c("cod_fisc", "national_id", "VARCHAR", [r[3] for r in rows], ABBREV),
        c("dt_nasc", "date_of_birth", "DATE", [r[2] for r in rows], ABBREV),
        c("tel_cell", "phone", "VARCHAR", g.phones("IT", {"national": 0.7, "intl": 0.3}, 1.0, 0.05), ABBREV),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) if g.rnd.random() < 0.9 else None
                                        for r in rows]),
        c("indir", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it")), ABBREV),
        c("cap", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places], ABBREV),
        c("comune", "city", "VARCHAR", [p[0] for p in places]),
        c("prov", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("iban_rimb", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT"), 0.6), HEAVY, ABBREV),
        c("benef_nome", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "it"), 0.55), ROLE, HEAVY, ABBREV),
        c("dest", N, "VARCHAR", g.col(g.pick(["Europa", "Mondo", "USA/Canada", "Italia"])), "decoy"),
        c("dt_part", N, "DATE", g.days("2026-01-10", "2026-09-30"), "decoy"),
        c("premio", N, "DECIMAL(9,2)", g.amounts(19, 640), "decoy"),
        c("ag_nome", N, "VARCHAR", [agencies[i][0] for i in ag], "business"),
        c("ag_tel", N, "VARCHAR", [agencies[i][1] for i in ag], "business"),
        c("operatore", "person_name", "VARCHAR", g.col(g.pick(operators)), STAFF),
        c("ip_acq", "ip_address", "VARCHAR", g.col(g.ip, 0.4), ABBREV),
        c("campo_libero_3", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
        c("note", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("nessuna", "n.d.")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ca_package_bookings, 900), (gb_cruise_manifest, 1_100), (au_shore_excursions, 700), (ng_hajj_registration, 800),
    (za_medical_claims, 600), (us_cabin_assignments, 1_000), (in_visa_letters, 700), (ie_guide_roster, 500),
    (de_auslandskranken, 600), (fr_croisieres_as400, 800), (es_peregrinaciones, 450), (tr_umre_kayit, 500),
    (id_jamaah_umroh, 600), (ru_rechnye_kruizy, 400), (it_polizze_viaggio, 700),
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
