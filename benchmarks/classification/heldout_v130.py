"""Held-out set v130 for the column classifier: 15 tables of *diving schools, sailing clubs, surf schools and
water-sports centres* (dive charter waivers, surf lesson bookings, a surf life saving club's junior members, dive
centres' guest registers, a yacht club's member billing, a surf camp's online bookings, a kitesurf school's student
sheet, a youth sailing camp, dive courses and a sailing school's courses), one system per table and each a different
organisation, eight with English column names and seven in other languages:

* ``kona_dive.charter_waivers``: a Kailua-Kona (Hawaii) dive charter's liability waivers (snake case, Hawaii driver
  licence numbers, waiver numbers shaped like SSNs failing the check, the waiver's witness, dive-site coordinates, the
  signature's IP, ``misc_1``);
* ``newquaySurf.lessonBookings``: a Newquay (Cornwall) surf school's lesson bookings (camel case, the guardian of
  under-18s, board SKUs, vouchers, a card's last four digits, the payment IP, the beach branch's address, phone and
  e-mail, ``customField2`` holding no personal data);
* ``TorquaySlsc.NipperRegistrations``: a Torquay (Victoria) surf life saving club's junior (nipper) registrations
  (Pascal case, Medicare numbers with their check digit, member numbers failing it, the parent or guardian's name,
  mobile and e-mail, a volunteer's Working with Children Check number, app versions, ``Udf3``);
* ``REDSEA_DIVE.GUEST_REGISTER``: a Hurghada dive centre's guest register (SCREAMING case, passports of six
  nationalities, Egyptian national IDs encoding the birth date, guests' mobiles in their own countries, an insurance
  beneficiary, hotels and rooms, ``CUSTOM_FIELD_2``);
* ``sipadan_dv.bkg_reg``: a Semporna (Sabah) dive resort's booking register (abbreviated: ``cust_nm``, ``ctc_ph``,
  ``addr_ln1``, ``nok_nm``; MyKad encoding the birth date and birth place, booking numbers shaped like MyKad with an
  impossible month, park permits, ``udf_1`` holding no personal data);
* ``ANNYCLEG.MBR_BILLING_EXTRACT``: an Annapolis (Maryland) yacht club's member billing, a COBOL extract (legacy:
  padded CHAR, ``YYYYMMDD`` integers, the member's SSN, phone and ZIP as numbers with 0 for missing, the spouse, a
  card on file for dues, slips and hull identification numbers, ``ANN-USER-FLD-1`` holding no personal data);
* ``stg_canggu_surfcamp.src_booking_raw``: a Canggu (Bali) surf camp's online bookings as an opaque staging table
  (``col01`` to ``col20``: passports, NIK encoding the birth date, a ``dd-mm-yyyy`` birth date, payment references
  failing the NIK check, hashes, IPs, coordinates, app versions);
* ``silver_sands_kite.StudentList``: a Christ Church (Barbados) kitesurf school's student sheet exported from a
  spreadsheet (Title Case names with spaces and ``#``: national registration numbers encoding the birth date, receipt
  numbers shaped like them with an impossible month, the centre's phone and e-mail);
* ``voile_rimouski.inscriptions_camp``: a Rimouski sailing school's summer day camp (Canadian French; the child's
  RAMQ health insurance number encoding the name and birth date, the parent's SIN for the Relevé 24 childcare receipt,
  receipt numbers shaped like SINs failing the Luhn check, an emergency contact, ``champ_perso_2``);
* ``καταδυτικό_ρόδου.δύτες``: a Rhodes dive centre's divers (Greek column names and values: ΑΜΚΑ encoding the birth
  date, the personal ΑΦΜ, identity card numbers, the father's given name, the doctor who signed the medical
  certificate and their registry number, receipt numbers failing the ΑΦΜ check, ``έξτρα_πεδίο_1`` holding no personal
  data);
* ``kasDalis.kursKayitlari``: a Kaş dive centre's course registrations (Turkish, camel case; T.C. Kimlik No, a refund
  IBAN, an emergency contact, dive-site coordinates, invoice numbers failing the T.C. Kimlik check, the company's
  VKN, ``ozelAlan1``);
* ``โรงเรียนดำน้ำเกาะเต่า.ผู้เรียน``: a Koh Tao dive school's students (Thai column names and values: the Thai
  personal identification number, a LINE id, an emergency contact, receipt numbers failing the PIN check, the shop's
  juristic-person tax number, ``ช่องเพิ่มเติม_2``);
* ``lan_nhatrang.khach_hang_khoa_hoc``: a Nha Trang dive centre's course customers (Vietnamese without diacritics in
  the column names: CCCD numbers encoding the birth year and sex, an emergency contact, the company's tax code,
  invoice numbers, boats and departure times, ``truong_tuy_chinh_1`` holding no personal data);
* ``SzkolaZeglarstwaGizycko.Uczestnicy``: a Giżycko (Masuria) sailing school's course participants (Polish, Pascal
  case; PESEL encoding the birth date, yacht skipper patent numbers, the legal guardian of minors, a deposit refund
  IBAN, invoice numbers failing the PESEL check, the school's NIP, ``PoleDodatkowe2`` holding no personal data);
* ``stavanger_dykkeklubb.medlemmer``: a Stavanger diving club's members (Norwegian; fødselsnummer encoding the birth
  date, next of kin, a refund IBAN, the club's organisasjonsnummer and club house, KID numbers failing the
  fødselsnummer check, cylinder serials, ``ekstrafelt_1``).

Written **blind**, like v2 to v128: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its two
modules and its test), ``tests/heldout_support.py``, v107's and v122's docstrings, the module docstrings of v24 to
v128 (to avoid their domains and countries; none had diving, sailing or surf schools) and the ``Column``/``Table``
classes and writer of v2 and v4. The classifier was not run on this set while it was written, no scorer was run on it,
and no score was looked at. It was written under a short deadline (25 minutes asked, the tests and lint included), so
some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN (the parent's, for the Relevé 24) and the Greek ΑΜΚΑ are ``ssn``; a Hawaii driver licence
  number, an Australian Medicare number, a passport number, an Egyptian national ID, MyKad, NIK, a Barbados national
  registration number, a RAMQ health insurance number, the personal ΑΦΜ, a Greek identity card number, T.C. Kimlik
  No, the Thai PIN, a Vietnamese CCCD number, PESEL and fødselsnummer are ``national_id``; Medicare, MyKad, NIK, ΑΜΚΑ,
  ΑΦΜ, T.C. Kimlik No, the Thai PIN, PESEL and fødselsnummer carry valid check digits (or birth dates); Hawaii
  licences, passports, Egyptian, Barbados and CCCD numbers and RAMQ numbers are generated by shape only;
* a Victorian Working with Children Check number and a Polish yacht skipper patent number are ``national_id`` (tag
  ``licence``: a personal number a state issues, like a driving licence's); diving certification numbers (PADI,
  SSI, CMAS ...) are issued by private agencies and are ``none`` (tag ``decoy``);
* waiver, booking, member, receipt, invoice, KID, payment and insurance policy numbers, vouchers, SKUs, hull
  identification numbers, cylinder serials, slips, rooms and marine park permits are ``none`` (tag ``decoy``,
  ``value_shape`` when shaped like an identifier); a card's last four digits, a Medicare IRN, a nationality, a
  parish, a US state, a Turkish province and a sex are ``none``;
* dive centres', schools' and clubs' names, branch addresses, phones and e-mails, boats, hotels, VKN, NIP, the Thai
  juristic tax number, the Vietnamese company tax code and the organisasjonsnummer are ``none`` (tag ``business``);
  a doctor's registry number (``αριθμός_μητρώου_ιατρού``) is ``none`` (tag ``practitioner_id``);
* instructors, coaches, divemasters, dive guides, captains, age managers, dockmasters, camp counsellors and trip
  leaders are staff (``person_name``, tag ``staff``); the doctor who signed a diving medical certificate (many,
  not the centre's staff) is ``person_name`` (tag ``role_word``); a witness, a guardian, a parent, an emergency
  contact, next of kin, a spouse, a legal guardian and an insurance beneficiary are personal (tag ``role_word``);
* custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom fields
  holding promo codes, sizes and booking remarks are ``none`` (tags ``custom_field`` and ``decoy``); a LINE id is
  ``unclassified`` (tag ``username``); a signature's or a booking's IP is ``ip_address``; a card on file is
  ``credit_card``; IBANs are ``iban``;
* the Greek father's given name (``πατρώνυμο``) is ``first_name``; a Thai khet or amphoe, a Malaysian town, a
  Barbados town, a Vietnamese province-level city, a Turkish ilçe and a Norwegian poststed are ``city``;
* numeric dates of birth (``YYYYMMDD``) and a ``dd-mm-yyyy`` string in an opaque column are ``date_of_birth``;
  lesson, dive, charter, course, check-in, billing, join and registration dates and times are ``none``; dive-site
  and booking coordinates are ``none``; an age and an age group are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v130_values`, written for v130 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v130 [PATH]`` (default ``/tmp/heldout_v130.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v130``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v130_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v130_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v130.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 60-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # instructors, guides, coaches, captains (few distinct)
ROLE = "role_word"  # a role word (guardian, parent, next of kin, witness, beneficiary ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field: personal (free_text) in some tables, not in others (none, decoy)
LICENCE = "licence"
PRACT = "practitioner_id"
BIZ = "business"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "unknown", "NULL") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _custom(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field holding personal data: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, "national")
        if r < 0.7:
            return v.email_any(g, lang)
        return v.whole(g, lang)
    return g.col(one, null)


def _custom_none(g: Gen, words: list[str], null: float = 0.4) -> list[str | None]:
    """An opaque custom field holding no personal data (promo codes, sizes, remarks)."""
    return g.col(g.pick(words), null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _age(born: date, on: date = date(2025, 7, 1)) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_kona_waivers(g: Gen) -> Table:
    """A Kailua-Kona dive charter's liability waivers (snake case)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    captains = _staff(g, 3, "us")
    instructors = _staff(g, 6, "us")
    witnesses = _staff(g, 4, "us")

    def med() -> str:
        return g.rnd.choice(["Asthma as a child, cleared by physician", "Takes blood pressure meds",
                             f"Ear surgery 2019, wife {v.given(g)} aware", "Seasick on last trip, took Dramamine",
                             f"Physician letter from Dr. {v.person(g)[1]} on file"])

    return Table("kona_dive.charter_waivers", "en", "snake", [
        c("waiver_no", N, "VARCHAR", [v.us_ssn_decoy(g) for _ in range(g.rows)], "decoy", SHAPE),
        c("charter_date", N, "DATE", g.days("2025-01-02", "2025-11-30"), "decoy"),
        c("boat", N, "VARCHAR", g.col(g.pick(["Honu Kai", "Manta Express", "Lava Runner"])), BIZ),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dob", "date_of_birth", "DATE", g.births(1950, 2011)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) if g.rnd.random() < 0.9 else None
                                        for a, b in pairs]),
        c("cell_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9)),
        c("home_street", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS), 0.05)),
        c("home_city", "city", "VARCHAR", [p[0] for p in places]),
        c("home_state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("home_zip", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("dl_number", "national_id", "VARCHAR", g.col(lambda: g.code("H99999999"), 0.75), HEAVY),
        c("emergency_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.1), ROLE),
        c("emergency_contact_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "dashes": 0.3}, 0.9, 0.1),
          ROLE),
        c("cert_agency", N, "VARCHAR", g.col(g.pick(v.CERT_AGENCIES)), "decoy"),
        c("cert_number", N, "VARCHAR", g.col(lambda: g.code("2509Z9999Z"), 0.15), "decoy", SHAPE),
        c("cert_level", N, "VARCHAR", g.col(g.pick(v.CERT_LEVELS)), "decoy"),
        c("dive_site", N, "VARCHAR", g.col(g.pick(v.DIVE_SITES_KONA)), "decoy"),
        c("site_latlon", N, "VARCHAR", g.col(lambda: g.coord(19.64, -156.0, 0.15)), "decoy", SHAPE),
        c("captain", "person_name", "VARCHAR", g.col(g.pick(captains)), STAFF),
        c("instructor", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF),
        c("witness_name", "person_name", "VARCHAR", g.col(g.pick(witnesses), 0.05), ROLE, STAFF),
        c("signed_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
        c("signed_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("medical_notes", "free_text", "VARCHAR", g.sparse(med, 0.8, _words("none", "nil")), NULLWORD),
    ])


def gb_newquay_surf(g: Gen) -> Table:
    """A Newquay surf school's lesson bookings (camel case)."""
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    births = g.births(1968, 2019)
    minors = [_age(b) < 18 for b in births]
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    coaches = _staff(g, 7, "gb")
    branches = [("Fistral Beach, Headland Rd, Newquay TR7 1HY", g.phone("GB", "national", False),
                 "fistral@newquaysurfschool.co.uk"),
                ("Towan Promenade, Newquay TR7 1DU", g.phone("GB", "national", False),
                 "towan@newquaysurfschool.co.uk"),
                ("Watergate Bay, Newquay TR8 4AA", g.phone("GB", "national", False),
                 "watergate@newquaysurfschool.co.uk")]
    br = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Knee brace, gentle session please", f"Collected by grandad {v.whole(g, 'gb')}",
                             "Cut foot on rocks, first aid given", f"Booked with her friend {v.given(g, 'gb')}"])

    return Table("newquaySurf.lessonBookings", "en", "camel", [
        c("bookingRef", N, "VARCHAR", g.col(lambda: g.code("NSS-AA9999")), "decoy", SHAPE),
        c("createdAt", N, "TIMESTAMP", g.moments("2025-03-01", "2025-09-20"), "decoy"),
        c("lessonDate", N, "DATE", g.days("2025-04-01", "2025-10-15"), "decoy"),
        c("lessonSlot", N, "VARCHAR", g.col(g.pick(["09:00", "11:30", "14:00", "16:30"])), "decoy"),
        c("surferFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("surferLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("surferDob", "date_of_birth", "DATE", births),
        c("surferAge", N, "INTEGER", [_age(b) for b in births], "decoy"),
        c("guardianName", "person_name", "VARCHAR", [v.whole(g, "gb") if m else None for m in minors], ROLE, HEAVY),
        c("guardianMobile", "phone", "VARCHAR", [g.phone("GB", g.rnd.choice(["national", "intl"])) if m else None
                                                 for m in minors], ROLE, HEAVY),
        c("contactEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in pairs]),
        c("contactMobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0,
                                                        0.05)),
        c("homePostcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("homeTown", "city", "VARCHAR", [p[0] for p in places]),
        c("wetsuitSize", N, "VARCHAR", g.col(g.pick(["XS", "S", "M", "L", "XL", "Kids 10", "Kids 12"])), "decoy"),
        c("boardSku", N, "VARCHAR", g.col(lambda: g.code("SB-AA-99-A")), "decoy", SHAPE),
        c("voucherCode", N, "VARCHAR", g.col(lambda: g.code("WAVE-ZZZZ"), 0.6), "decoy"),
        c("cardLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.1), "decoy"),
        c("paymentIp", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
        c("coachName", "person_name", "VARCHAR", g.col(g.pick(coaches)), STAFF),
        c("beach", N, "VARCHAR", g.col(g.pick(["Fistral", "Towan", "Watergate Bay", "Crantock"])), "decoy"),
        c("branchAddress", N, "VARCHAR", [branches[i][0] for i in br], BIZ),
        c("branchPhone", N, "VARCHAR", [branches[i][1] for i in br], BIZ),
        c("branchEmail", N, "VARCHAR", [branches[i][2] for i in br], BIZ),
        c("customField2", N, "VARCHAR", _custom_none(g, v.CUSTOM_NONE), CUSTOM, "decoy"),
        c("injuryNotes", "free_text", "VARCHAR", g.sparse(note, 0.82, _words("none")), NULLWORD),
    ])


def au_torquay_nippers(g: Gen) -> Table:
    """A Torquay (Victoria) surf life saving club's nipper registrations (Pascal case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    births = g.births(2012, 2019)
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    parents = [(v.given(g, "au"), b) for _, b in pairs]
    managers = _staff(g, 5, "au")
    club_phone = g.phone("AU", "national", False)

    def med() -> str:
        return g.rnd.choice(["Anaphylaxis (peanuts), EpiPen in bag", "Asthma - Ventolin",
                             f"Mum {v.given(g, 'au')} is a water safety volunteer", "Type 1 diabetes, pump",
                             f"Only collect with {v.whole(g, 'au')}"])

    return Table("TorquaySlsc.NipperRegistrations", "en", "pascal", [
        c("MemberNumber", N, "VARCHAR", g.col(lambda: v.medicare_decoy(g)), "decoy", SHAPE),
        c("NipperFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("NipperSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("DateOfBirth", "date_of_birth", "DATE", births),
        c("AgeGroup", N, "VARCHAR", [f"U{min(14, max(7, 2026 - b.year))}" for b in births], "decoy"),
        c("MedicareNumber", "national_id", "VARCHAR", g.col(lambda: v.medicare(g), 0.15)),
        c("MedicareIrn", N, "INTEGER", g.ints(1, 5, 0.15), "decoy"),
        c("ParentGuardianName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in parents], ROLE),
        c("ParentGuardianMobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3}, 1.0), ROLE),
        c("ParentGuardianEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in parents],
          ROLE),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
        c("Suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("Postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("VolunteerWwccNumber", "national_id", "VARCHAR", g.col(lambda: f"{g.digits(7)}A-0{g.rnd.randint(1, 3)}",
                                                                 0.7), LICENCE, HEAVY),
        c("SwimAssessment", N, "VARCHAR", g.col(g.pick(["Passed 200m", "Passed 100m", "Not yet", "Passed 50m"])),
          "decoy"),
        c("AgeManager", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("ClubAddress", N, "VARCHAR", ["1 The Esplanade, Torquay VIC 3228"] * g.rows, BIZ),
        c("ClubPhone", N, "VARCHAR", [club_phone] * g.rows, BIZ),
        c("Udf3", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
        c("MedicalConditions", "free_text", "VARCHAR", g.sparse(med, 0.78, _words("Nil", "nil")), NULLWORD),
        c("RegisteredAt", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-10"), "decoy"),
        c("PortalAppVersion", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("PhotoConsent", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
    ])


def eg_hurghada_guests(g: Gen) -> Table:
    """A Hurghada dive centre's guest register (SCREAMING case): guests of six nationalities."""
    nats = [g.rnd.choices(["DE", "IT", "PL", "GB", "EG", "AU"], [0.3, 0.15, 0.15, 0.12, 0.2, 0.08])[0]
            for _ in range(g.rows)]
    rows = []
    for nat in nats:
        a, b, female = v.guest(g, nat)
        born = g.birth(1958, 2008)
        rows.append((nat, f"{a} {b}", born, female, a, b))
    guides = _staff(g, 6, "eg")
    hotels = ["Steigenberger Aldau", "Sunrise Holidays Resort", "Jaz Aquamarine", "Hilton Hurghada Plaza"]
    centre_phone = g.phone("EG", "intl", False)

    def remark() -> str:
        return g.rnd.choice(["Sinus issues, no deep dives", "Last dive 2019, refresher done",
                             f"Diving with husband {v.guest(g, 'DE')[0]}", "Signed medical statement, all NO"])

    return Table("REDSEA_DIVE.GUEST_REGISTER", "en", "screaming", [
        c("DIVER_ID", N, "BIGINT", g.keys(44_001), "decoy", KEY),
        c("FULL_NAME", "person_name", "VARCHAR", [r[1] for r in rows]),
        c("NATIONALITY", N, "VARCHAR", [r[0] for r in rows], "decoy"),
        c("PASSPORT_NO", "national_id", "VARCHAR", [g.code(v.GUESTS[r[0]][5]) if g.rnd.random() < 0.9 else None
                                                    for r in rows]),
        c("EG_NATIONAL_ID", "national_id", "VARCHAR", [v.eg_nid(g, r[2], r[3]) if r[0] == "EG" else None
                                                       for r in rows], HEAVY),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("MOBILE_PHONE", "phone", "VARCHAR", [g.phone(v.GUESTS[r[0]][4], "e164") if g.rnd.random() < 0.9 else None
                                               for r in rows]),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, r[4], r[5], v.GUESTS[r[0]][3]) if g.rnd.random() < 0.85
                                        else None for r in rows]),
        c("HOTEL_NAME", N, "VARCHAR", g.col(g.pick(hotels)), BIZ),
        c("ROOM_NO", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(101, 4420)), 0.1), "decoy"),
        c("CERT_AGENCY", N, "VARCHAR", g.col(g.pick(v.CERT_AGENCIES)), "decoy"),
        c("CERT_NUMBER", N, "VARCHAR", g.col(lambda: g.code("99999Z9999"), 0.1), "decoy", SHAPE),
        c("LOGGED_DIVES", N, "INTEGER", g.ints(4, 900), "decoy"),
        c("INSURANCE_POLICY_NO", N, "VARCHAR", g.col(lambda: g.code("DAN-EU-99999999"), 0.3), "decoy", SHAPE),
        c("INSURANCE_BENEFICIARY", "person_name", "VARCHAR", [f"{v.guest(g, r[0])[0]} {r[5]}"
                                                               if g.rnd.random() < 0.3 else None for r in rows],
          ROLE, HEAVY),
        c("EMERGENCY_CONTACT_NAME", "person_name", "VARCHAR", [f"{v.guest(g, r[0])[0]} {v.guest(g, r[0])[1]}"
                                                                for r in rows], ROLE),
        c("EMERGENCY_CONTACT_PHONE", "phone", "VARCHAR", [g.phone(v.GUESTS[r[0]][4], "intl")
                                                          if g.rnd.random() < 0.85 else None for r in rows], ROLE),
        c("BOAT_NAME", N, "VARCHAR", g.col(g.pick(["MY Blue Pearl", "Sea Queen II", "Golden Dolphin"])), BIZ),
        c("DIVE_GUIDE", "person_name", "VARCHAR", g.col(g.pick(guides)), STAFF),
        c("CHECK_DIVE_AT", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-30"), "decoy"),
        c("CENTRE_PHONE", N, "VARCHAR", [centre_phone] * g.rows, BIZ),
        c("CENTRE_EMAIL", N, "VARCHAR", ["bookings@redseadivers-hurghada.com"] * g.rows, BIZ),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "EG", "eg"), CUSTOM),
        c("MEDICAL_REMARKS", "free_text", "VARCHAR", g.sparse(remark, 0.8, _words("NONE")), NULLWORD),
    ])


def my_semporna_bookings(g: Gen) -> Table:
    """A Semporna dive resort's booking register (abbreviated snake case)."""
    places = [g.rnd.choice(v.MY_CITIES) for _ in range(g.rows)]
    births = g.births(1960, 2007)
    dms = sorted({v.my_name(g) for _ in range(5)})

    def rmk() -> str:
        return g.rnd.choice(["Vegetarian, no seafood", f"Sharing room with {v.my_name(g)}", "Seasick pills requested",
                             "Late arrival, boat transfer 4pm", f"Guarantor: brother {v.my_name(g)}"])

    return Table("sipadan_dv.bkg_reg", "en", "abbrev", [
        c("bkg_id", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("bkg_no", N, "VARCHAR", g.col(lambda: v.mykad_decoy(g)), "decoy", SHAPE),
        c("cust_nm", "person_name", "VARCHAR", g.col(lambda: v.my_name(g)), ABBREV),
        c("cust_nric", "national_id", "VARCHAR", [v.mykad(g, b, p[2]) if g.rnd.random() < 0.8 else None
                                                  for b, p in zip(births, places)], ABBREV),
        c("cust_dob", "date_of_birth", "DATE", births, ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("MY", {"national": 0.7, "e164": 0.3}, 0.95, 0.05), ABBREV),
        c("ctc_eml", "email", "VARCHAR", g.col(lambda: v.email_of(g, g.rnd.choice(["hafiz", "weiming", "siewling",
                                                                                    "aina", "jeffrey", "kavitha"]),
                                                                  g.rnd.choice(["tan", "ismail", "lim", "gimbang"]),
                                                                  v.DOMAINS["my"]), 0.15), ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MY_STREETS, "my"), 0.1), ABBREV),
        c("addr_city", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("addr_pcd", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("nok_nm", "person_name", "VARCHAR", g.col(lambda: v.my_name(g), 0.2), ROLE, ABBREV),
        c("nok_ph", "phone", "VARCHAR", g.phones("MY", {"national": 1.0}, 0.9, 0.25), ROLE, ABBREV),
        c("cert_lvl", N, "VARCHAR", g.col(g.pick(v.CERT_LEVELS)), "decoy", ABBREV),
        c("cert_no", N, "VARCHAR", g.col(lambda: g.code("99999Z9999"), 0.2), "decoy", SHAPE, ABBREV),
        c("pkg_cd", N, "VARCHAR", g.col(g.pick(["SIP3D2N", "MAB4D3N", "KAP2D1N", "OWC4D"])), "decoy", ABBREV),
        c("chk_in_dt", N, "DATE", g.days("2025-01-05", "2025-12-20"), "decoy", ABBREV),
        c("rm_no", N, "VARCHAR", g.col(lambda: g.code("W99")), "decoy", ABBREV),
        c("dm_nm", "person_name", "VARCHAR", g.col(g.pick(dms)), STAFF, ABBREV),
        c("mp_prmt_no", N, "VARCHAR", g.col(lambda: g.code("SP/2025/99999"), 0.3), "decoy", SHAPE, ABBREV),
        c("udf_1", N, "VARCHAR", _custom_none(g, ["Walk-in", "Agent: Borneo Divers", "Repeat guest", "Nitrox x4",
                                                  "Camera rental"]), CUSTOM, "decoy", ABBREV),
        c("rmk", "free_text", "VARCHAR", g.sparse(rmk, 0.8, _words("nil", "tiada")), NULLWORD, ABBREV),
    ])


def md_yacht_club_cobol(g: Gen) -> Table:
    """An Annapolis yacht club's member billing, a COBOL extract (padded CHAR, numbers for dates and phones)."""
    pairs = [v.person(g, "md") for _ in range(g.rows)]
    places = [g.rnd.choice(v.MD_CITIES) for _ in range(g.rows)]
    masters = _staff(g, 3, "md")
    club_phone = int(g.phone("US", "digits", False, v.AREAS_MD))

    phones = [int(g.phone("US", "digits", g.rnd.random() < 0.7, v.AREAS_MD)) if g.rnd.random() < 0.85 else 0
              for _ in range(g.rows)]
    return Table("ANNYCLEG.MBR_BILLING_EXTRACT", "en", "cobol", [
        c("ANN-MBR-NO", N, "INTEGER", g.keys(10_400, 3), "decoy", KEY, LEGACY),
        c("ANN-MBR-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("ANN-MBR-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("ANN-MBR-SSN", "ssn", "BIGINT", [int(v.us_ssn(g)) if g.rnd.random() < 0.7 else 0 for _ in range(g.rows)],
          LEGACY),
        c("ANN-MBR-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1935, 1995)) if g.rnd.random() < 0.9 else 0
                                                      for _ in range(g.rows)], LEGACY),
        c("ANN-MBR-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.MD_STREETS, "md")), 30),
          LEGACY),
        c("ANN-MBR-CITY", "city", "VARCHAR", _pad([p[0] for p in places], 18), LEGACY),
        c("ANN-MBR-ZIP", "postal_code", "INTEGER", [int(p[1]) for p in places], LEGACY),
        c("ANN-MBR-PHONE", "phone", "BIGINT", phones, LEGACY),
        c("ANN-SPOUSE-NM", "person_name", "VARCHAR", _pad([f"{v.given(g, 'md').upper()} {b.upper()}"
                                                           if g.rnd.random() < 0.28 else None for _, b in pairs], 30),
          ROLE, HEAVY, LEGACY),
        c("ANN-CARD-NO", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.7), HEAVY, LEGACY),
        c("ANN-SLIP-NO", N, "VARCHAR", _pad(g.col(lambda: g.code("A-99"), 0.3), 6), "decoy", LEGACY),
        c("ANN-BOAT-NM", N, "VARCHAR", _pad(g.col(g.pick(["SEA DRIFTER", "OSPREY", "TIDEWATER", "MISS CALVERT",
                                                          "SEVERN BREEZE", "WINDWARD"]), 0.3), 20), "decoy", LEGACY),
        c("ANN-HULL-ID", N, "VARCHAR", _pad(g.col(lambda: g.code("AAA99999A999"), 0.3), 12), "decoy", SHAPE, LEGACY),
        c("ANN-DUES-AMT", N, "DECIMAL(9,2)", g.amounts(450, 4_800), "decoy", LEGACY),
        c("ANN-JOIN-DT", N, "INTEGER", [_ymd(g.day("1978-01-01", "2025-06-30")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("ANN-BILL-DT", N, "INTEGER", [_ymd(g.day("2025-01-01", "2025-12-01")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("ANN-CLUB-PHONE", N, "BIGINT", [club_phone] * g.rows, BIZ, LEGACY),
        c("ANN-DOCKMASTER", "person_name", "VARCHAR", _pad([x.upper() for x in g.col(g.pick(masters))], 25), STAFF,
          LEGACY),
        c("ANN-USER-FLD-1", N, "VARCHAR", _pad(_custom_none(g, ["BURGEE", "RACE FLEET", "JUNIOR PGM", "WINTER STOR",
                                                                "LIFE MBR"]), 20), CUSTOM, "decoy", LEGACY),
    ])


def id_canggu_staging(g: Gen) -> Table:
    """A Canggu surf camp's online bookings, landed as an opaque staging table."""
    nats = [g.rnd.choices(["ID", "AU", "DE", "GB"], [0.3, 0.35, 0.2, 0.15])[0] for _ in range(g.rows)]
    rows = []
    for nat in nats:
        a, b, female = v.guest(g, nat)
        born = g.birth(1962, 1999) if nat == "ID" else g.birth(1960, 2006)
        place = g.rnd.choice(v.ID_CITIES)
        rows.append((nat, a, b, female, born, place))

    return Table("stg_canggu_surfcamp.src_booking_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [f"{r[1]} {r[2]}" for r in rows], OPAQUE),
        c("col03", "email", "VARCHAR", [v.email_of(g, r[1], r[2], v.GUESTS[r[0]][3]) for r in rows], OPAQUE),
        c("col04", "phone", "VARCHAR", [g.phone(v.GUESTS[r[0]][4], "e164") if g.rnd.random() < 0.9 else None
                                        for r in rows], OPAQUE),
        c("col05", "national_id", "VARCHAR", [g.code(v.GUESTS[r[0]][5]) if r[0] != "ID" else None for r in rows],
          OPAQUE),
        c("col06", "national_id", "VARCHAR", [v.nik(g, r[5][2], r[4], r[3]) if r[0] == "ID" else None for r in rows],
          OPAQUE, HEAVY),
        c("col07", "date_of_birth", "VARCHAR", [f"{r[4].day:02d}-{r[4].month:02d}-{r[4].year}" for r in rows],
          OPAQUE),
        c("col08", N, "VARCHAR", [r[0] for r in rows], "decoy", OPAQUE),
        c("col09", N, "VARCHAR", g.col(g.pick(["Beginner", "Intermediate", "Advanced", "Green wave"])), "decoy",
          OPAQUE),
        c("col10", N, "DATE", g.days("2025-01-10", "2025-12-20"), "decoy", OPAQUE),
        c("col11", N, "VARCHAR", g.col(g.pick(["Dorm 6", "Twin", "Private villa", "Bungalow"])), "decoy", OPAQUE),
        c("col12", "ip_address", "VARCHAR", g.col(g.ip, 0.05), OPAQUE),
        c("col13", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col14", N, "VARCHAR", g.col(lambda: g.coord(-8.65, 115.13, 0.03)), "decoy", SHAPE, OPAQUE),
        c("col15", N, "VARCHAR", g.col(lambda: v.nik_decoy(g), 0.2), "decoy", SHAPE, OPAQUE),
        c("col16", "city", "VARCHAR", [r[5][0] if r[0] == "ID" else None for r in rows], OPAQUE, HEAVY),
        c("col17", "free_text", "VARCHAR", _custom(g, "ID", "id"), CUSTOM, OPAQUE),
        c("col18", N, "VARCHAR", g.col(g.version), "decoy", SHAPE, OPAQUE),
        c("col19", N, "TIMESTAMP", g.moments("2024-11-01", "2025-12-01"), "decoy", OPAQUE),
        c("col20", N, "BIGINT", [g.rnd.randint(35, 420) * 50_000 for _ in range(g.rows)], "decoy", OPAQUE),
    ])


def bb_kite_sheet(g: Gen) -> Table:
    """A Christ Church (Barbados) kitesurf school's student sheet, exported from a spreadsheet (Title Case)."""
    births = g.births(1975, 2012)
    places = [g.rnd.choice(v.BB_PLACES) for _ in range(g.rows)]
    coaches = _staff(g, 4, "bb")
    centre_phone = g.phone("BB", "national", False)

    def note() -> str:
        return g.rnd.choice(["Strong swimmer, fast learner", f"Dad {v.whole(g, 'bb')} pays at end of month",
                             "Wants IKO level 2 card", "Lost a bar in session 3, replaced", "Rescheduled, no wind"])

    return Table("silver_sands_kite.StudentList", "en", "spreadsheet", [
        c("Student #", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("Student Name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "bb"))),
        c("Date of Birth", "date_of_birth", "VARCHAR", [f"{b.day:02d}/{b.month:02d}/{b.year}" for b in births]),
        c("NRN", "national_id", "VARCHAR", [v.bb_nrn(b, g) if g.rnd.random() < 0.75 else None for b in births]),
        c("Mobile", "phone", "VARCHAR", g.phones("BB", {"national": 0.6, "intl": 0.4}, 0.9, 0.05)),
        c("Email Address", "email", "VARCHAR", g.col(lambda: v.email_any(g, "bb"), 0.15)),
        c("Home Address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BB_STREETS, "bb"), 0.1)),
        c("Town", "city", "VARCHAR", [p[1] for p in places]),
        c("Parish", N, "VARCHAR", [p[0] for p in places], "decoy"),
        c("Postal Code", "postal_code", "VARCHAR", [f"{p[2]}{g.digits(3)}" for p in places]),
        c("Emergency Contact", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "bb"), 0.2), ROLE),
        c("Emergency Phone", "phone", "VARCHAR", g.phones("BB", {"national": 1.0}, 0.8, 0.25), ROLE),
        c("Level", N, "VARCHAR", g.col(g.pick(["Discovery", "IKO 1", "IKO 2", "IKO 3", "Independent"])), "decoy"),
        c("Kite Size (m)", N, "INTEGER", g.col(g.pick([7, 9, 10, 12])), "decoy"),
        c("Lesson Date", N, "DATE", g.days("2025-01-05", "2025-06-30"), "decoy"),
        c("Hours", N, "DOUBLE", g.col(g.pick([1.0, 1.5, 2.0, 3.0])), "decoy"),
        c("Instructor", "person_name", "VARCHAR", g.col(g.pick(coaches)), STAFF),
        c("Paid (BBD)", N, "DOUBLE", g.amounts(120, 950), "decoy"),
        c("Receipt #", N, "VARCHAR", g.col(lambda: f"{g.digits(2)}{g.rnd.randint(13, 99)}{g.digits(2)}-{g.digits(4)}"),
          "decoy", SHAPE),
        c("Centre Phone", N, "VARCHAR", [centre_phone] * g.rows, BIZ),
        c("Centre Email", N, "VARCHAR", ["lessons@silversandskite.bb"] * g.rows, BIZ),
        c("Notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def qc_rimouski_camp(g: Gen) -> Table:
    """A Rimouski sailing school's summer day camp registrations (Canadian French, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "fr", female)
        born = g.birth(2011, 2018)
        rows.append((a, b, born, v.ramq(g, a, b, born, female)))
    parents = [(v.given(g, "fr"), r[1] if g.rnd.random() < 0.7 else v.person(g, "fr")[1]) for r in rows]
    places = [g.rnd.choice(v.QC_CITIES) for _ in range(g.rows)]
    counsellors = _staff(g, 6, "fr")

    def note() -> str:
        return g.rnd.choice(["Allergie aux arachides, EpiPen dans le sac", "Asthme léger",
                             f"Part avec sa grand-mère {v.whole(g, 'fr')}", "Ne sait pas nager 50 m, VFI obligatoire",
                             f"Garde partagée, appeler aussi {v.given(g, 'fr')}"])

    return Table("voile_rimouski.inscriptions_camp", "fr", "snake", [
        c("no_inscription", N, "INTEGER", g.keys(25_001), "decoy", KEY),
        c("prenom_enfant", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nom_enfant", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("date_naissance_enfant", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("nam_enfant", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.85 else None for r in rows]),
        c("nom_parent", "person_name", "VARCHAR", [f"{a} {b}" for a, b in parents], ROLE),
        c("courriel_parent", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["fr"]) for a, b in parents], ROLE),
        c("cellulaire_parent", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.4}, 1.0), ROLE),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.QC_STREETS, "fr"))),
        c("ville", "city", "VARCHAR", [p[0] for p in places]),
        c("code_postal", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("nas_parent_releve24", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.7), ROLE, HEAVY),
        c("contact_urgence", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.1), ROLE),
        c("tel_urgence", "phone", "VARCHAR", g.phones("CA", {"national": 1.0}, 0.8, 0.1), ROLE),
        c("niveau_voile", N, "VARCHAR", g.col(g.pick(["Voile Can 1", "Voile Can 2", "Voile Can 3", "Initiation"])),
          "decoy"),
        c("voilier", N, "VARCHAR", g.col(g.pick(["Optimist", "Laser Pico", "420", "Hobie Cat 16"])), "decoy"),
        c("semaine_camp", N, "VARCHAR", g.col(g.pick(["S1 23-27 juin", "S2 30 juin-4 juil", "S3 7-11 juil",
                                                      "S4 14-18 juil"])), "decoy"),
        c("moniteur", "person_name", "VARCHAR", g.col(g.pick(counsellors)), STAFF),
        c("montant_paye", N, "DECIMAL(8,2)", g.amounts(180, 520), "decoy"),
        c("no_recu", N, "VARCHAR", g.col(lambda: v.sin_decoy(g), 0.1), "decoy", SHAPE),
        c("date_inscription", N, "TIMESTAMP", g.moments("2025-02-01", "2025-06-15"), "decoy"),
        c("champ_perso_2", "free_text", "VARCHAR", _custom(g, "CA", "fr"), CUSTOM),
        c("notes_sante", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("aucun", "s.o.")), NULLWORD),
    ])


def gr_rhodes_divers(g: Gen) -> Table:
    """A Rhodes dive centre's divers (Greek column names and values, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "el", female)
        born = g.birth(1955, 2006)
        rows.append((a, b, born, v.amka(g, born, female)))
    places = [g.rnd.choice(v.GR_CITIES) for _ in range(g.rows)]
    instructors = _staff(g, 5, "el")
    doctors = [(f"{v.whole(g, 'el')}", g.digits(5)) for _ in range(40)]
    doc = [g.rnd.randrange(len(doctors)) if g.rnd.random() < 0.8 else None for _ in range(g.rows)]
    shop_phone = g.phone("GR", "national", False)

    def note() -> str:
        return g.rnd.choice(["Πρόβλημα εξισορρόπησης στο αριστερό αυτί", f"Μαζί με τη σύζυγο {v.given(g, 'el')}",
                             "Πρώτη κατάδυση μετά από 5 χρόνια", f"Τον έστειλε ο {v.whole(g, 'el')}"])

    return Table("καταδυτικό_ρόδου.δύτες", "el", "snake", [
        c("κωδικός_δύτη", N, "INTEGER", g.keys(3_001), "decoy", KEY),
        c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("όνομα", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: v.person(g, "el", False)[0], 0.1)),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("αμκα", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.3)),
        c("αριθμός_ταυτότητας", "national_id", "VARCHAR", g.col(lambda: g.rnd.choice(["ΑΕ", "ΑΚ", "ΑΜ", "ΑΙ", "Χ"])
                                                                + " " + g.digits(6), 0.2)),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "intl": 0.3}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["el"]) if g.rnd.random() < 0.8 else None
                                        for r in rows]),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GR_STREETS, "el"), 0.1)),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("ταχ_κώδικας", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("επίπεδο_πιστοποίησης", N, "VARCHAR", g.col(g.pick(v.CERT_LEVELS)), "decoy"),
        c("αριθμός_πιστοποίησης", N, "VARCHAR", g.col(lambda: g.code("CMAS-GR-99999"), 0.2), "decoy", SHAPE),
        c("ιατρός_βεβαίωσης", "person_name", "VARCHAR", [doctors[i][0] if i is not None else None for i in doc],
          ROLE),
        c("αριθμός_μητρώου_ιατρού", N, "VARCHAR", [doctors[i][1] if i is not None else None for i in doc], PRACT,
          "decoy"),
        c("εκπαιδευτής", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF),
        c("σκάφος", N, "VARCHAR", g.col(g.pick(["Ποσειδών", "Αλκυόνη", "Κάλυμνος ΙΙ"])), BIZ),
        c("ημερομηνία_κατάδυσης", N, "DATE", g.days("2025-04-15", "2025-10-31"), "decoy"),
        c("μέγιστο_βάθος", N, "DOUBLE", g.floats(6, 40, 1), "decoy"),
        c("αριθμός_απόδειξης", N, "VARCHAR", g.col(lambda: v.afm_decoy(g)), "decoy", SHAPE),
        c("τηλέφωνο_καταστήματος", N, "VARCHAR", [shop_phone] * g.rows, BIZ),
        c("έξτρα_πεδίο_1", N, "VARCHAR", _custom_none(g, ["Nitrox", "Ενοικίαση στολής", "Πακέτο 10 καταδύσεων",
                                                          "Μέσω ξενοδοχείου", "Ομάδα"]), CUSTOM, "decoy"),
        c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("κανένα", "άγνωστο")), NULLWORD),
    ])


def tr_kas_courses(g: Gen) -> Table:
    """A Kaş dive centre's course registrations (Turkish, camel case)."""
    pairs = [v.person(g, "tr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.TR_CITIES) for _ in range(g.rows)]
    instructors = _staff(g, 5, "tr")

    def note() -> str:
        return g.rnd.choice(["Astım öyküsü yok, doktor raporu var", f"Eşi {v.given(g, 'tr')} de kursa katılacak",
                             "Kulak ameliyatı 2021", f"Acil durumda kardeşi {v.whole(g, 'tr')} aranacak"])

    return Table("kasDalis.kursKayitlari", "tr", "camel", [
        c("musteriNo", N, "INTEGER", g.keys(7_001), "decoy", KEY),
        c("ad", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("soyad", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("tcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tckn(g), 0.1)),
        c("dogumTarihi", "date_of_birth", "DATE", g.births(1960, 2008)),
        c("cepTelefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.3}, 1.0)),
        c("ePosta", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["tr"]) if g.rnd.random() < 0.85 else None
                                         for a, b in pairs]),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"), 0.1)),
        c("ilce", "city", "VARCHAR", [p[0] for p in places]),
        c("il", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("postaKodu", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("iadeIban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR"), 0.75), HEAVY),
        c("acilDurumKisisi", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tr"), 0.1), ROLE),
        c("acilDurumTelefonu", "phone", "VARCHAR", g.phones("TR", {"national": 1.0}, 1.0, 0.1), ROLE),
        c("brove", N, "VARCHAR", g.col(g.pick(["CMAS 1*", "CMAS 2*", "PADI OW", "PADI AOW", "SSI OWD"])), "decoy"),
        c("breveNo", N, "VARCHAR", g.col(lambda: g.code("TR-99-999999"), 0.2), "decoy", SHAPE),
        c("dalisNoktasi", N, "VARCHAR", g.col(g.pick(["Kanyon", "Flying Fish", "Uçak Batığı", "Güvercin Adası"])),
          "decoy"),
        c("koordinat", N, "VARCHAR", g.col(lambda: g.coord(36.18, 29.63, 0.05)), "decoy", SHAPE),
        c("tekne", N, "VARCHAR", g.col(g.pick(["Likya Mavi", "Kaş Yıldızı"])), BIZ),
        c("egitmen", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF),
        c("faturaNo", N, "VARCHAR", g.col(lambda: v.tckn_decoy(g), 0.05), "decoy", SHAPE),
        c("firmaVergiNo", N, "VARCHAR", [v.vkn(g)] * g.rows, BIZ, SHAPE),
        c("kayitZamani", N, "TIMESTAMP", g.moments("2025-03-01", "2025-10-31"), "decoy"),
        c("ozelAlan1", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
        c("saglikBeyaniNotu", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("yok", "bilinmiyor")), NULLWORD),
    ])


def th_kohtao_students(g: Gen) -> Table:
    """A Koh Tao dive school's Thai students (Thai column names and values)."""
    pairs = [v.person(g, "th") for _ in range(g.rows)]
    places = [g.rnd.choice(v.TH_CITIES) for _ in range(g.rows)]
    instructors = _staff(g, 5, "th")
    shop_tin = v.thai_company_tin(g)

    def note() -> str:
        return g.rnd.choice(["เมาเรือ ขอยาแก้เมา", f"มากับแฟน คุณ{v.given(g, 'th')}", "หูอื้อตอนลงลึก",
                             f"ติดต่อแม่ คุณ{v.whole(g, 'th')} กรณีฉุกเฉิน"])

    return Table("โรงเรียนดำน้ำเกาะเต่า.ผู้เรียน", "th", "thai", [
        c("รหัสผู้เรียน", N, "INTEGER", g.keys(601), "decoy", KEY),
        c("ชื่อ", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("นามสกุล", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("เลขประจำตัวประชาชน", "national_id", "VARCHAR", g.col(lambda: v.thai_pin(g), 0.05)),
        c("วันเกิด", "date_of_birth", "DATE", g.births(1970, 2007)),
        c("เบอร์มือถือ", "phone", "VARCHAR", g.phones("TH", {"national": 0.8, "e164": 0.2}, 1.0)),
        c("อีเมล", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["th"]) if g.rnd.random() < 0.8 else None
                                        for a, b in pairs]),
        c("ไลน์ไอดี", USERNAME, "VARCHAR", [f"{v.plain(a)}{g.rnd.choice(['', '_', '.'])}{g.rnd.randint(1, 999)}"
                                           if g.rnd.random() < 0.6 else None for a, _ in pairs], "username"),
        c("ที่อยู่", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TH_STREETS, "th"), 0.1)),
        c("เขต_อำเภอ", "city", "VARCHAR", [p[0] for p in places]),
        c("รหัสไปรษณีย์", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ผู้ติดต่อฉุกเฉิน", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "th"), 0.1), ROLE),
        c("เบอร์ผู้ติดต่อฉุกเฉิน", "phone", "VARCHAR", g.phones("TH", {"national": 1.0}, 1.0, 0.1), ROLE),
        c("หลักสูตร", N, "VARCHAR", g.col(g.pick(["Open Water", "Advanced", "Rescue", "Fun dive", "Divemaster"])),
          "decoy"),
        c("ครูสอนดำน้ำ", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF),
        c("วันเริ่มเรียน", N, "DATE", g.days("2025-01-03", "2025-11-28"), "decoy"),
        c("เลขที่ใบเสร็จ", N, "VARCHAR", g.col(lambda: v.thai_pin_decoy(g)), "decoy", SHAPE),
        c("เลขผู้เสียภาษีร้าน", N, "VARCHAR", [shop_tin] * g.rows, BIZ, SHAPE),
        c("สาขา", N, "VARCHAR", g.col(g.pick(["หาดทรายรี", "อ่าวแม่หาด", "อ่าวโตนด"])), BIZ),
        c("ช่องเพิ่มเติม_2", "free_text", "VARCHAR", _custom(g, "TH", "th"), CUSTOM),
        c("หมายเหตุ", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("ไม่มี", "ไม่ทราบ")), NULLWORD),
    ])


def vn_nhatrang_customers(g: Gen) -> Table:
    """A Nha Trang dive centre's course customers (Vietnamese column names without diacritics, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "vi", female)
        born = g.birth(1965, 2007)
        place = g.rnd.choice(v.VN_CITIES)
        rows.append((f"{b} {a}", born, female, place, v.cccd(g, v.VN_PROVINCE[place[0]], born, female)))
    guides = _staff(g, 6, "vi")
    mst = v.vn_mst(g)

    def note() -> str:
        return g.rnd.choice(["Say sóng, cần thuốc", f"Đi cùng vợ là chị {v.given(g, 'vi')}", "Không biết bơi, lặn thử",
                             f"Đặt qua anh {v.whole(g, 'vi')} ở khách sạn"])

    return Table("lan_nhatrang.khach_hang_khoa_hoc", "vi", "snake", [
        c("ma_khach_hang", N, "VARCHAR", g.col(lambda: g.code("KH99999")), "decoy", KEY),
        c("ho_ten", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("ngay_sinh", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("gioi_tinh", N, "VARCHAR", ["Nữ" if r[2] else "Nam" for r in rows], "decoy"),
        c("so_cccd", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.85 else None for r in rows]),
        c("so_dien_thoai", "phone", "VARCHAR", g.phones("VN", {"national": 0.8, "e164": 0.2}, 1.0)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0].split()[-1], r[0].split()[0], v.DOMAINS["vi"])
                                        if g.rnd.random() < 0.7 else None for r in rows]),
        c("dia_chi", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.VN_STREETS, "vi"), 0.1)),
        c("tinh_thanh_pho", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("ma_buu_chinh", "postal_code", "VARCHAR", [r[3][1] + g.digits(3) for r in rows]),
        c("nguoi_lien_he_khan_cap", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "vi"), 0.15), ROLE),
        c("sdt_khan_cap", "phone", "VARCHAR", g.phones("VN", {"national": 1.0}, 1.0, 0.15), ROLE),
        c("khoa_hoc", N, "VARCHAR", g.col(g.pick(["Lặn thử", "Open Water", "Advanced", "Lặn ngắm san hô"])), "decoy"),
        c("huong_dan_vien", "person_name", "VARCHAR", g.col(g.pick(guides)), STAFF),
        c("tau", N, "VARCHAR", g.col(g.pick(["Hòn Mun 01", "Rainbow 2", "Sao Biển"])), BIZ),
        c("gio_xuat_phat", N, "TIMESTAMP", g.moments("2025-02-01", "2025-09-30"), "decoy"),
        c("so_hoa_don", N, "VARCHAR", g.col(lambda: g.code("HD-2025-9999999")), "decoy", SHAPE),
        c("ma_so_thue_cong_ty", N, "VARCHAR", [mst] * g.rows, BIZ, SHAPE),
        c("so_tien_vnd", N, "BIGINT", [g.rnd.randint(15, 120) * 100_000 for _ in range(g.rows)], "decoy"),
        c("truong_tuy_chinh_1", N, "VARCHAR", _custom_none(g, ["Khách đoàn", "Voucher Tết", "Thuê máy ảnh",
                                                               "Khách quen", "Đón tại khách sạn"]), CUSTOM, "decoy"),
        c("ghi_chu", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("không có", "không rõ")), NULLWORD),
    ])


def pl_gizycko_sailing(g: Gen) -> Table:
    """A Giżycko sailing school's course participants (Polish, Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "pl", female)
        born = g.birth(2008, 2011) if g.rnd.random() < 0.3 else g.birth(1965, 2006)
        rows.append((a, b, born, v.pesel(g, born, female)))
    minors = [_age(r[2]) < 18 for r in rows]
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    instructors = _staff(g, 6, "pl")
    nip = v.nip(g)

    def note() -> str:
        return g.rnd.choice(["Choroba morska, tabletki", f"Przyjedzie z kolegą {v.whole(g, 'pl')}",
                             "Wegetarianka", f"Odbiór przez ciocię {v.given(g, 'pl')}", "Rezygnacja z 2. tygodnia"])

    return Table("SzkolaZeglarstwaGizycko.Uczestnicy", "pl", "pascal", [
        c("IdUczestnika", N, "INTEGER", g.keys(1_201), "decoy", KEY),
        c("Imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("Pesel", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("DataUrodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("Telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("Email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) for r in rows]),
        c("Ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"), 0.05)),
        c("Miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("KodPocztowy", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("NrPatentu", "national_id", "VARCHAR", g.col(lambda: f"PZŻ/{g.rnd.choice(['ŻJ', 'JSM', 'KJ'])}/"
                                                               f"{g.digits(6)}/{g.rnd.randint(2005, 2024)}", 0.7),
          LICENCE, HEAVY),
        c("StopienPatentu", N, "VARCHAR", g.col(g.pick(["brak", "żeglarz jachtowy", "jachtowy sternik morski",
                                                        "kapitan jachtowy"])), "decoy"),
        c("OpiekunPrawny", "person_name", "VARCHAR", [v.whole(g, "pl") if m else None for m in minors], ROLE, HEAVY),
        c("TelefonOpiekuna", "phone", "VARCHAR", [g.phone("PL", "national") if m else None for m in minors], ROLE,
          HEAVY),
        c("RachunekZwrotKaucji", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL"), 0.72), HEAVY),
        c("NrFaktury", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g), 0.1), "decoy", SHAPE),
        c("NipSzkoly", N, "VARCHAR", [nip] * g.rows, BIZ, SHAPE),
        c("Jacht", N, "VARCHAR", g.col(g.pick(["Sasanka 660", "Mak 707", "Omega", "Tango 780"])), BIZ),
        c("Instruktor", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF),
        c("TerminTurnusu", N, "DATE", g.days("2025-06-28", "2025-08-30"), "decoy"),
        c("PoleDodatkowe2", N, "VARCHAR", _custom_none(g, ["Nocleg na jachcie", "Kamizelka własna", "Rabat 10%",
                                                           "Grupa szkolna", "Kurs weekendowy"]), CUSTOM, "decoy"),
        c("Uwagi", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("brak", "nie dotyczy")), NULLWORD),
    ])


def no_stavanger_divers(g: Gen) -> Table:
    """A Stavanger diving club's members (Norwegian, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "no")
        born = g.birth(1955, 2009)
        rows.append((a, b, born, v.fnr(g, born)))
    places = [g.rnd.choice(v.NO_CITIES) for _ in range(g.rows)]
    leaders = _staff(g, 4, "no")
    orgnr = v.orgnr(g)

    def note() -> str:
        return g.rnd.choice(["Tørrdraktkurs fullført", f"Dykker alltid med {v.whole(g, 'no')}",
                             "Betalt kontingent kontant", f"Kona {v.given(g, 'no')} er også medlem"])

    return Table("stavanger_dykkeklubb.medlemmer", "no", "snake", [
        c("medlem_id", N, "INTEGER", g.keys(501), "decoy", KEY),
        c("fornavn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("etternavn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("fodselsnummer", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.85 else None for r in rows]),
        c("fodselsdato", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("mobil", "phone", "VARCHAR", g.phones("NO", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0)),
        c("epost", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["no"]) for r in rows]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NO_STREETS, "no"), 0.05)),
        c("postnummer", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("poststed", "city", "VARCHAR", [p[0] for p in places]),
        c("parorende_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "no"), 0.15), ROLE),
        c("parorende_mobil", "phone", "VARCHAR", g.phones("NO", {"national": 1.0}, 1.0, 0.15), ROLE),
        c("sertifikat", N, "VARCHAR", g.col(g.pick(["CMAS*", "CMAS**", "CMAS***", "PADI AOW", "NDF Redning"])),
          "decoy"),
        c("sertifikat_nr", N, "VARCHAR", g.col(lambda: g.code("NOR/99999"), 0.2), "decoy", SHAPE),
        c("iban_refusjon", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NO"), 0.75), HEAVY),
        c("kid_nummer", N, "VARCHAR", g.col(lambda: v.fnr_decoy(g)), "decoy", SHAPE),
        c("klubb_orgnr", N, "VARCHAR", [orgnr] * g.rows, BIZ, SHAPE),
        c("klubbhus_adresse", N, "VARCHAR", ["Tjodolfs gate 7, 4006 Stavanger"] * g.rows, BIZ),
        c("turleder", "person_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
        c("siste_dykk", N, "DATE", g.days("2024-10-01", "2025-11-30", 0.1), "decoy"),
        c("flaske_serienr", N, "VARCHAR", g.col(lambda: g.code("FAB-999999"), 0.3), "decoy", SHAPE),
        c("ekstrafelt_1", "free_text", "VARCHAR", _custom(g, "NO", "no"), CUSTOM),
        c("merknad", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("ingen", "ukjent")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_kona_waivers, 500), (gb_newquay_surf, 650), (au_torquay_nippers, 420), (eg_hurghada_guests, 550),
    (my_semporna_bookings, 380), (md_yacht_club_cobol, 700), (id_canggu_staging, 600), (bb_kite_sheet, 260),
    (qc_rimouski_camp, 480), (gr_rhodes_divers, 340), (tr_kas_courses, 450), (th_kohtao_students, 360),
    (vn_nhatrang_customers, 400), (pl_gizycko_sailing, 520), (no_stavanger_divers, 300),
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
