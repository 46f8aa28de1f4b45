"""Held-out set v115 for the column classifier: 15 tables of *libraries, archives, museums and cultural memberships*
(patrons and borrowers, archive readers and researchers, museum donors and friends' societies, docents, volunteers,
oral-history interviewees, freelance museum guides and heritage societies' members), one system per table and each a
different organisation, eight with English column names and seven in other languages:

* ``riverbend_museum.donor_gifts``: a Cincinnati art museum's donor gifts (snake case, the donor's SSN for noncash
  gifts, receipt numbers shaped like SSNs failing the check, accession numbers, appraisers, ``misc_2``);
* ``countyArchives.readerTickets``: a Cumbrian county archive's reader registrations (camel case, GB driving licence
  numbers encoding the birth date, a catalogue login, IPs, password hashes, app versions, ``customField2``);
* ``DocentProgram.Volunteers``: a Halifax art gallery's docents and volunteers (Pascal case, SIN of honorarium
  recipients, police check references shaped like SINs failing Luhn, emergency contacts, ``Udf03``);
* ``HAWKESBURY_LIBS.BORROWER_MASTER``: a western Sydney library service's borrowers (SCREAMING case, NSW driver
  licence numbers, parents or guardians of junior borrowers, card barcodes, PIN hashes, ``CUSTOM_FIELD_1``);
* ``heritage_ops.mbr_rnwl``: a Kilkenny heritage trust's membership renewals and shop orders (abbreviated:
  ``mbr_fnm``, ``mbr_pps``, ``jnt_mbr_nm``; Eircodes, IBANs, cards, IPs, SKUs, products and parcel tracking);
* ``LIBCONSORT.PATRON_CIRC_EXTRACT``: an eastern Kentucky library consortium's COBOL patron extract (legacy: padded
  CHAR, ``YYYYMMDD`` integers, SSN, phone and ZIP as numbers with 0 for missing, guarantors of juvenile cards, ISBNs,
  ``PAT-USER-FLD-1``);
* ``stg_museumtix.src_visitor_raw``: a Kolkata heritage museum's online ticket bookings as an opaque staging table
  (``col01`` to ``col18``: passport, Aadhaar, booking references failing the Verhoeff check, hashes, coordinates);
* ``ohp_archive.interviewees``: a Dunedin oral history archive's interviewees (snake case, IRD numbers of honorarium
  recipients, recording references shaped like IRD numbers failing the check, next of kin, interviewers and
  transcribers, recording coordinates);
* ``MUSEELYO.GCPERSP``: a Lyon museum's AS/400 file of freelance guides-conférenciers (French, legacy: ``GC``
  prefix, ``CYYMMDD`` decimals, NIR encoding the birth year and month, place of birth, IBAN, the museum's SIRET,
  professional card numbers, the person to notify, ``GCUDF2``);
* ``arquivo_braga.leitores``: a Braga district archive's readers (European Portuguese; NIF, cartão de cidadão, reader
  card numbers failing the NIF check, the archive's NIPC, shelfmarks, ``campo_livre_2``);
* ``hembygd_gavle.medlemmar``: a Gävle local heritage society's members (Swedish; personnummer encoding the birth
  date, member numbers laid out like personnummer without a date, the society's organisation number and bankgiro,
  family members, a member portal login, ``fritt_falt_2``);
* ``lokalarkiv_aarhus.frivillige``: an Aarhus local archive's volunteers (Danish; CPR encoding the birth date, key
  card numbers laid out like CPR without a date, next of kin, the archive's CVR, ``fritekst_felt_2``);
* ``knihovna_brno.ctenari``: a Brno city library's readers (Czech; rodné číslo encoding the birth date, identity card
  numbers, card numbers failing the rodné číslo check, legal representatives of children, the library's IČO, a
  catalogue login, ``volne_pole_2``);
* ``mouseio_thess.dorites_melh``: a Thessaloniki museum friends' society's donors and members (romanized Greek column
  names, values in Greek script: AMKA encoding the birth date, AFM, IBAN, the patronymic, a spouse, receipt numbers
  failing AMKA's check, the society's AFM, ``elefthero_pedio_2``);
* ``VriendenErfgoed.Leden``: a Ghent heritage museum friends' association's members and volunteers (Flemish Dutch,
  Pascal case; rijksregisternummer encoding the birth date, member numbers laid out like it failing its check, IBAN,
  a partner, the association's enterprise number, ``VrijVeld2``).

Written **blind**, like v2 to v113: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its modules,
its test and ``tests/heldout_support.py``), v107's docstring and test, the module docstrings of v24 to v113 (to avoid
their domains) and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run
on this set while it was written, no scorer was run on it, and no score was looked at. It was written under a short
deadline (50 minutes, the tests and lint included), so some labels are quick decisions rather than settled
conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN, an Irish PPSN, a French NIR and a Greek AMKA are ``ssn``; a GB driving licence number and
  an NSW driver licence number (tag ``licence``; the NSW one by shape only), an Indian passport number, Aadhaar, a NZ
  IRD number, a Portuguese NIF and cartão de cidadão, a personnummer, a CPR number, a rodné číslo, a Czech identity
  card number (by shape only), a Greek AFM and a Belgian rijksregisternummer are ``national_id`` (the Belgian number
  is also the social security number of residents: ``national_id`` here, as the register's own number);
* receipt, reader ticket, police check, card barcode, member, booking, recording, reader card, key card, library card
  and professional card numbers are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier), as are
  accession numbers, shelfmarks, call numbers, ISBNs, SKUs, shop orders and parcel tracking numbers; PIN and
  password hashes and audio checksums are ``none``; recording and visitor coordinates are ``none`` (tags ``decoy``,
  ``coordinates``);
* a museum's SIRET, an archive's NIPC, a society's organisation number and bankgiro, an archive's CVR, a library's
  IČO, a friends' society's AFM and an association's enterprise number are ``none`` (tag ``business``), as are
  appraisers', branches', galleries' and archives' names and phones and a reader's university or institution;
* gift officers, archivists on duty, volunteer coordinators, registration and circulation clerks, membership
  officers, interviewers, transcribers, payroll managers, reading-room technicians, a society's treasurer, an
  archive's leader, librarians and friends' societies' secretaries are staff (``person_name``, tag ``staff``); a
  spouse, an emergency contact, a parent or guardian, a guarantor of a juvenile card, a joint member, next of kin,
  the person to notify, a family member, a legal representative and a partner are personal (tag ``role_word``); a
  preferred name is ``first_name``; a Greek patronymic (the father's given name) is ``first_name`` (tag
  ``role_word``);
* a French place of birth (``GCLNAI``) is ``city``; a Kentucky, Ohio or Australian state, a Canadian province and a
  nationality are ``none``; a Brno postcode with its space and a Greek ``TK`` are ``postal_code``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``);
  stewardship, search-room, training, interview and member notes naming people are ``free_text``; catalogue and
  member portal logins are ``unclassified`` (tag ``username``); research topics, tour languages and tasks are
  ``none``;
* numeric dates of birth (``YYYYMMDD``, ``CYYMMDD``) and a ``dd-mm-yyyy`` string in an opaque column are
  ``date_of_birth``; gift, registration, renewal, recording, expiry, contract and visit dates and times, fines,
  amounts, hours and durations are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v115_values`, written for v115 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v115 [PATH]`` (default ``/tmp/heldout_v115.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v115``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v115_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v115_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v115.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # gift officers, archivists, clerks, coordinators, librarians (few distinct)
ROLE = "role_word"  # a role word (spouse, guarantor, next of kin, emergency contact, partner ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
LICENCE = "licence"  # a driving licence number (national_id)
COORD = "coordinates"


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


def _people(g: Gen, lang: str, lo: int, hi: int, female_share: float = 0.5) -> list[tuple[str, str, date, bool]]:
    """(given name, family name, birth date, female) for every row."""
    out = []
    for _ in range(g.rows):
        female = g.rnd.random() < female_share
        a, b = v.person(g, lang, female)
        out.append((a, b, g.birth(lo, hi), female))
    return out


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_museum_gifts(g: Gen) -> Table:
    """A Cincinnati art museum's donor gifts and noncash contributions (snake case)."""
    ppl = _people(g, "us", 1932, 1995)
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "us")
    firms = [(name, g.phone("US", "national", False)) for name in v.APPRAISERS]
    firm = [g.rnd.randrange(len(firms)) if g.rnd.random() < 0.7 else None for _ in range(g.rows)]
    kinds = [g.rnd.choice(["Cash", "Stock", "Artwork", "Bequest", "Artwork"]) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Thank-you call from {v.whole(g)}, board chair", "Prefers no public listing",
                             f"Gift in memory of her sister {v.given(g)}", "Invite to Duveneck gallery preview",
                             f"Daughter {v.whole(g)} handles correspondence"])

    return Table("riverbend_museum.donor_gifts", "en", "snake", [
        c("gift_id", N, "BIGINT", g.keys(410_001), "decoy", KEY),
        c("receipt_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("donor_first_name", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("donor_last_name", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("spouse_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.6), ROLE, HEAVY),
        c("donor_ssn", "ssn", "VARCHAR", [v.us_ssn(g) if k == "Artwork" and g.rnd.random() < 0.8 else None
                                          for k in kinds], HEAVY),
        c("donor_dob", "date_of_birth", "DATE", [p[2] if g.rnd.random() < 0.4 else None for p in ppl], HEAVY),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["us"]) if g.rnd.random() < 0.8 else None
                                        for p in ppl]),
        c("home_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.6, 0.1)),
        c("street_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("zip_code", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places]),
        c("gift_type", N, "VARCHAR", kinds, "decoy"),
        c("gift_amount", N, "DOUBLE", g.amounts(25, 250_000), "decoy"),
        c("accession_number", N, "VARCHAR", [f"2025.{g.rnd.randint(1, 240)}.{g.rnd.randint(1, 12)}" if k == "Artwork"
                                             else None for k in kinds], "decoy", SHAPE),
        c("object_title", N, "VARCHAR", [g.rnd.choice(v.ARTWORKS) if k == "Artwork" else None for k in kinds],
          "decoy"),
        c("appraiser_firm", N, "VARCHAR", [None if f is None else firms[f][0] for f in firm], "business"),
        c("appraiser_phone", N, "VARCHAR", [None if f is None else firms[f][1] for f in firm], "business"),
        c("gift_officer", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("received_at", N, "TIMESTAMP", g.moments("2024-07-01", "2025-12-31"), "decoy"),
        c("misc_2", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("stewardship_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words()), NULLWORD),
    ])


def gb_reader_tickets(g: Gen) -> Table:
    """A Cumbrian county archive's reader registrations (camel case)."""
    ppl = _people(g, "gb", 1940, 2006)
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    docs = [g.rnd.choice(["Driving licence", "Driving licence", "Passport", "Utility bill", "Bank statement"])
            for _ in range(g.rows)]
    staff = _staff(g, 4, "gb")

    def note() -> str:
        return g.rnd.choice([f"Accompanied by her son {v.given(g, 'gb')}", "Pencils only reminder given",
                             f"Researching the {v.person(g, 'gb')[1]} family of Kendal",
                             f"Photography permit signed, witness {v.whole(g, 'gb')}", "Fragile volume, cradle used"])

    return Table("countyArchives.readerTickets", "en", "camel", [
        c("readerId", N, "BIGINT", g.keys(60_001), "decoy", KEY),
        c("readerTicketNo", N, "VARCHAR", g.col(lambda: g.code("CRO-25-99999")), "decoy", SHAPE),
        c("title", N, "VARCHAR", [g.rnd.choice(["Mrs", "Ms", "Miss", "Dr"] if p[3] else ["Mr", "Dr", "Rev"])
                                  for p in ppl], "decoy"),
        c("firstName", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("surname", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("dateOfBirth", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["gb"]) for p in ppl]),
        c("mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.85, 0.1)),
        c("addressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("idDocType", N, "VARCHAR", docs, "decoy"),
        c("drivingLicenceNo", "national_id", "VARCHAR", [v.uk_licence(g, p[0], p[1], p[2], p[3])
                                                         if d == "Driving licence" else None
                                                         for p, d in zip(ppl, docs)], LICENCE, HEAVY),
        c("catalogueLogin", USERNAME, "VARCHAR", [v.login(p[0], p[1], g.rnd.randrange(4)) for p in ppl], "username"),
        c("lastLoginIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.15)),
        c("researchTopic", N, "VARCHAR", g.col(g.pick(v.RESEARCH_TOPICS)), "decoy"),
        c("registeredAt", N, "TIMESTAMP", g.moments("2023-01-01", "2025-12-20"), "decoy"),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy"),
        c("passwordHash", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("archivistOnDuty", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("customField2", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
        c("searchRoomNotes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("none")), NULLWORD),
    ])


def ca_gallery_docents(g: Gen) -> Table:
    """A Halifax art gallery's docents and volunteers (Pascal case)."""
    ppl = _people(g, "ca", 1945, 2005, 0.65)
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "ca")
    gallery = g.phone("CA", "national", False)

    def note() -> str:
        return g.rnd.choice([f"Shadowed {v.whole(g, 'ca')} on the Maud Lewis tour", "Completed object handling",
                             "Needs refresher on school programme", f"Car-pools with {v.given(g, 'ca')}",
                             "First aid cert expires in March"])

    return Table("DocentProgram.Volunteers", "en", "pascal", [
        c("VolunteerId", N, "BIGINT", g.keys(5_001), "decoy", KEY),
        c("FirstName", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("LastName", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("PreferredName", "first_name", "VARCHAR", g.col(lambda: v.given(g, "ca"), 0.7), HEAVY),
        c("BirthDate", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("Sin", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.75), HEAVY),
        c("PoliceCheckRef", N, "VARCHAR", g.col(lambda: v.sin_decoy(g)), "decoy", SHAPE),
        c("Email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["ca"]) for p in ppl]),
        c("CellPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.3, "e164": 0.1}, 0.9, 0.05)),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
        c("City", "city", "VARCHAR", [p[0] for p in places]),
        c("Province", N, "VARCHAR", ["NS"] * g.rows, "decoy"),
        c("PostalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("EmergencyContactName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.05), ROLE),
        c("EmergencyContactPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.8, "e164": 0.2}, 0.7, 0.1),
          ROLE),
        c("TourLanguages", N, "VARCHAR", g.col(g.pick(["English", "English; French", "French", "English; Mi'kmaw",
                                                       "English; Arabic"])), "decoy"),
        c("ShiftStart", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-31"), "decoy"),
        c("HoursThisYear", N, "INTEGER", g.ints(0, 320), "decoy"),
        c("VolunteerCoordinator", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("GalleryPhone", N, "VARCHAR", [gallery] * g.rows, "business"),
        c("Udf03", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
        c("TrainingNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("TBC")), NULLWORD),
    ])


def au_library_borrowers(g: Gen) -> Table:
    """A western Sydney regional library service's borrower master (SCREAMING case)."""
    ppl = _people(g, "au", 1935, 2021)
    junior = [p[2].year >= 2008 for p in ppl]
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    branches = [("Windsor Library", g.phone("AU", "national", False)),
                ("Richmond Library", g.phone("AU", "national", False)),
                ("Mobile Library Service", g.phone("AU", "national", False))]
    br = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]
    staff = _staff(g, 6, "au")
    return Table("HAWKESBURY_LIBS.BORROWER_MASTER", "en", "screaming", [
        c("BORROWER_ID", N, "BIGINT", g.keys(200_001), "decoy", KEY),
        c("CARD_BARCODE", N, "VARCHAR", g.col(lambda: "23491000" + g.digits(6)), "decoy", SHAPE),
        c("GIVEN_NAME", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("FAMILY_NAME", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("DRIVER_LICENCE_NO", "national_id", "VARCHAR", [None if j or g.rnd.random() < 0.5 else v.au_licence(g)
                                                          for j in junior], LICENCE, HEAVY),
        c("EMAIL_ADDRESS", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["au"]) if g.rnd.random() < 0.85
                                                else None for p in ppl]),
        c("MOBILE", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.2, "intl": 0.1}, 0.9, 0.1)),
        c("RESIDENTIAL_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
        c("SUBURB", "city", "VARCHAR", [p[0] for p in places]),
        c("STATE", N, "VARCHAR", ["NSW"] * g.rows, "decoy"),
        c("POSTCODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("PARENT_GUARDIAN_NAME", "person_name", "VARCHAR", [v.whole(g, "au") if j else None for j in junior], ROLE,
          HEAVY),
        c("BORROWER_TYPE", N, "VARCHAR", ["JUNIOR" if j else g.rnd.choice(["ADULT", "ADULT", "HOUSEBOUND", "SENIOR"])
                                          for j in junior], "decoy"),
        c("CARD_EXPIRY", N, "DATE", g.days("2026-01-01", "2028-12-31"), "decoy"),
        c("FINES_OWING", N, "DOUBLE", [round(g.rnd.choice([0, 0, 0, 0.6, 1.2, 3.5, 12.0]), 2) for _ in ppl], "decoy"),
        c("HOME_BRANCH", N, "VARCHAR", [branches[i][0] for i in br], "business"),
        c("BRANCH_PHONE", N, "VARCHAR", [branches[i][1] for i in br], "business"),
        c("REGISTERED_BY", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("PIN_HASH", N, "VARCHAR", g.col(g.md5), "decoy"),
        c("LAST_LOGIN_IP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.35)),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
    ])


def ie_heritage_renewals(g: Gen) -> Table:
    """A Kilkenny heritage trust's membership renewals and shop orders (abbreviated snake case)."""
    ppl = _people(g, "ie", 1938, 2004)
    places = [g.rnd.choice(v.IE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "ie")
    prod = [g.rnd.choice(v.SHOP_PRODUCTS) if g.rnd.random() < 0.55 else None for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Gift membership from {v.whole(g, 'ie')}", "Card returned, moved house",
                             f"Husband {v.given(g, 'ie')} also renewing", "CHY3 cert received", "Wants Irish-language tour"])

    return Table("heritage_ops.mbr_rnwl", "en", "abbrev", [
        c("rnwl_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("mbr_no", N, "VARCHAR", g.col(lambda: g.code("HT-999999")), "decoy", SHAPE),
        c("mbr_fnm", "first_name", "VARCHAR", [p[0] for p in ppl], ABBREV),
        c("mbr_snm", "last_name", "VARCHAR", [p[1] for p in ppl], ABBREV),
        c("mbr_dob", "date_of_birth", "DATE", [p[2] for p in ppl], ABBREV),
        c("mbr_pps", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.7), ABBREV, HEAVY),
        c("mbr_eml", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["ie"]) for p in ppl], ABBREV),
        c("mbr_mob", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "e164": 0.4}, 0.9, 0.1), ABBREV),
        c("mbr_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie")), ABBREV),
        c("mbr_twn", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("mbr_ecd", "postal_code", "VARCHAR", [f"{p[1]} {g.code('A9AA')}" for p in places], ABBREV),
        c("dd_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE"), 0.4), ABBREV),
        c("crd_no", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.45), ABBREV),
        c("ord_no", N, "VARCHAR", [None if p is None else g.code("WS-259999") for p in prod], "decoy"),
        c("sku", N, "VARCHAR", [None if p is None else p[0] for p in prod], "decoy"),
        c("prod_nm", N, "VARCHAR", [None if p is None else p[1] for p in prod], "decoy"),
        c("trk_no", N, "VARCHAR", [None if p is None else g.code("CE999999999IE") for p in prod], "decoy", SHAPE),
        c("rnw_dt", N, "DATE", g.days("2025-01-01", "2025-12-31"), "decoy"),
        c("ip_addr", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.2), ABBREV),
        c("asgn_to", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("jnt_mbr_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.65), ROLE, ABBREV, HEAVY),
        c("cust_fld2", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM),
        c("nt", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD, ABBREV),
    ])


def us_library_cobol(g: Gen) -> Table:
    """An eastern Kentucky library consortium's COBOL patron and circulation extract (padded CHAR, numeric dates)."""
    ppl = _people(g, "ky", 1930, 2020)
    juvenile = [p[2].year >= 2008 for p in ppl]
    places = [g.rnd.choice(v.KY_CITIES) for _ in range(g.rows)]
    branches = [("PERRY CO PUBLIC LIBRARY", g.phone("US", "digits", False)),
                ("LETCHER CO BOOKMOBILE", g.phone("US", "digits", False)),
                ("KNOTT CO PUBLIC LIBRARY", g.phone("US", "digits", False))]
    br = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]
    clerks = [n.upper() for n in _staff(g, 5, "ky")]
    return Table("LIBCONSORT.PATRON_CIRC_EXTRACT", "en", "cobol", [
        c("PAT-BARCODE", N, "VARCHAR", _pad(g.col(lambda: "21417" + g.digits(9)), 14), "decoy", SHAPE, LEGACY),
        c("PAT-LAST-NM", "last_name", "VARCHAR", _pad([p[1].upper() for p in ppl], 20), LEGACY),
        c("PAT-FIRST-NM", "first_name", "VARCHAR", _pad([p[0].upper() for p in ppl], 15), LEGACY),
        c("PAT-DOB", "date_of_birth", "INTEGER", [_ymd(p[2]) if g.rnd.random() < 0.9 else 0 for p in ppl], LEGACY),
        c("PAT-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if not j and g.rnd.random() < 0.45 else 0
                                       for j in juvenile], LEGACY),
        c("PAT-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits", g.rnd.random() < 0.5))
                                           if g.rnd.random() < 0.85 else 0 for _ in ppl], LEGACY),
        c("PAT-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.KY_STREETS, "ky").upper()), 30),
          LEGACY),
        c("PAT-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("PAT-STATE", N, "VARCHAR", ["KY"] * g.rows, "decoy", LEGACY),
        c("PAT-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) for p in places], LEGACY),
        c("PAT-GUARANTOR-NM", "person_name", "VARCHAR", _pad([v.whole(g, "ky").upper() if j else None
                                                              for j in juvenile], 30), ROLE, LEGACY, HEAVY),
        c("PAT-TYPE", N, "VARCHAR", ["JUV" if j else g.rnd.choice(["ADT", "ADT", "SNR", "NRS"]) for j in juvenile],
          "decoy", LEGACY),
        c("PAT-EXP-DT", N, "INTEGER", [_ymd(g.day("2025-06-01", "2028-06-30")) for _ in ppl], "decoy", LEGACY),
        c("PAT-FINE-AMT", N, "DECIMAL(7,2)", [g.rnd.choice([0, 0, 0, 0.25, 1.5, 4.75]) for _ in ppl], "decoy",
          LEGACY),
        c("ITEM-ISBN", N, "VARCHAR", g.col(lambda: v.isbn13(g), 0.15), "decoy", SHAPE, LEGACY),
        c("ITEM-CALL-NO", N, "VARCHAR", _pad(g.col(g.pick(v.CALL_NUMBERS), 0.15), 16), "decoy", LEGACY),
        c("CIRC-BRANCH", N, "VARCHAR", _pad([branches[i][0] for i in br], 26), "business", LEGACY),
        c("BRANCH-PHONE", N, "BIGINT", [int(branches[i][1]) for i in br], "business", LEGACY),
        c("CIRC-CLERK", "person_name", "VARCHAR", _pad(g.col(g.pick(clerks)), 24), STAFF, LEGACY),
        c("PAT-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "ky"), 40), CUSTOM, LEGACY),
    ])


def in_museum_tickets(g: Gen) -> Table:
    """A Kolkata heritage museum's online ticket bookings, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1948, 2012)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    foreign = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    return Table("stg_museumtix.src_visitor_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in")), OPAQUE),
        c("col03", "national_id", "VARCHAR", [v.in_passport(g) if f else None for f in foreign], OPAQUE, HEAVY),
        c("col04", "national_id", "VARCHAR", [None if f or g.rnd.random() < 0.2 else v.aadhaar(g, g.rnd.random() < 0.5)
                                              for f in foreign], OPAQUE),
        c("col05", "date_of_birth", "VARCHAR", g.col(dob, 0.1), OPAQUE),
        c("col06", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "intl": 0.3, "national": 0.2}, 1.0, 0.05), OPAQUE),
        c("col07", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "in"), v.DOMAINS["in"]), 0.1),
          OPAQUE),
        c("col08", N, "VARCHAR", g.col(lambda: g.code("KHM2510-999999")), "decoy", SHAPE, OPAQUE),
        c("col09", N, "TIMESTAMP", g.moments("2025-10-01", "2025-12-31"), "decoy", OPAQUE),
        c("col10", N, "VARCHAR", ["Foreign" if f else "Indian" for f in foreign], "decoy", OPAQUE),
        c("col11", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col12", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col13", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.sha256), "decoy", OPAQUE),
        c("col15", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2)), OPAQUE),
        c("col16", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col17", N, "DOUBLE", [600.0 if f else g.rnd.choice([50.0, 20.0, 0.0]) for f in foreign], "decoy", OPAQUE),
        c("col18", N, "DOUBLE", g.floats(22.50, 22.60, 6), "decoy", COORD, OPAQUE),
    ])


def nz_oral_history(g: Gen) -> Table:
    """A Dunedin oral history archive's interviewees and release forms (snake case)."""
    ppl = _people(g, "nz", 1928, 1990)
    places = [g.rnd.choice(v.NZ_CITIES) for _ in range(g.rows)]
    interviewers = _staff(g, 4, "nz")
    transcribers = _staff(g, 3, "nz")

    def note() -> str:
        return g.rnd.choice([f"Recalls working at the Hillside workshops with {v.whole(g, 'nz')}",
                             "Flood of 1929 and the Taieri plain", f"Mentions her brother {v.given(g, 'nz')}",
                             "Waterfront dispute, 1951", f"Interview shared with wife {v.given(g, 'nz')}"])

    return Table("ohp_archive.interviewees", "en", "snake", [
        c("interviewee_id", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("given_names", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("family_name", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("birth_date", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("ird_number", "national_id", "VARCHAR", g.col(lambda: v.ird(g), 0.7), HEAVY),
        c("recording_ref", N, "VARCHAR", g.col(lambda: v.ird_decoy(g)), "decoy", SHAPE),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["nz"]) if g.rnd.random() < 0.6 else None
                                        for p in ppl]),
        c("phone", "phone", "VARCHAR", g.phones("NZ", {"national": 0.7, "e164": 0.3}, 0.5, 0.05)),
        c("postal_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz"))),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("next_of_kin", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.1), ROLE),
        c("next_of_kin_phone", "phone", "VARCHAR", g.phones("NZ", {"national": 1.0}, 0.8, 0.15), ROLE),
        c("interviewer", "person_name", "VARCHAR", g.col(g.pick(interviewers)), STAFF),
        c("transcriber", "person_name", "VARCHAR", g.col(g.pick(transcribers), 0.2), STAFF),
        c("recorded_on", N, "DATE", g.days("2019-01-01", "2025-11-30"), "decoy"),
        c("duration_min", N, "INTEGER", g.ints(25, 190), "decoy"),
        c("audio_checksum", N, "VARCHAR", g.col(g.md5), "decoy"),
        c("location_lat", N, "DOUBLE", g.floats(-45.95, -45.80, 5), "decoy", COORD),
        c("location_lon", N, "DOUBLE", g.floats(170.40, 170.65, 5), "decoy", COORD),
        c("access_condition", N, "VARCHAR", g.col(g.pick(["Open", "Open", "Closed until 2045", "Family approval",
                                                          "Researcher only"])), "decoy"),
        c("summary", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("TBC")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def fr_guides_as400(g: Gen) -> Table:
    """A Lyon museum's AS/400 file of freelance guides-conférenciers (French, ``GC`` prefix, CYYMMDD)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "fr", female)
        born = g.birth(1955, 2000)
        place = g.rnd.choice(v.FR_BIRTH_PLACES)
        rows.append((a, b, born, v.nir(g, born, female, place[1]), place[0]))
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    staff = [n.upper() for n in _staff(g, 2, "fr")]
    museum = v.siret(g)
    return Table("MUSEELYO.GCPERSP", "fr", "as400", [
        c("GCMATR", N, "DECIMAL(9,0)", g.keys(7_000_001), "decoy", KEY, LEGACY),
        c("GCNOMU", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY),
        c("GCPRNM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("GCDNAI", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(r[2]) for r in rows], LEGACY),
        c("GCNIR", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.92 else None for r in rows], LEGACY),
        c("GCLNAI", "city", "VARCHAR", _pad([r[4] for r in rows], 24), LEGACY),
        c("GCADR1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.FR_STREETS, "fr").upper()), 32),
          LEGACY),
        c("GCCPOS", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("GCVILL", "city", "VARCHAR", _pad([p[0].upper() for p in places], 26), LEGACY),
        c("GCTELP", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits", g.rnd.random() < 0.8))
                                               if g.rnd.random() < 0.9 else 0 for _ in rows], LEGACY),
        c("GCMAIL", "email", "VARCHAR", _pad([v.email_of(g, r[0], r[1], v.DOMAINS["fr"]) for r in rows], 40), LEGACY),
        c("GCIBAN", "iban", "VARCHAR", _pad(g.col(lambda: v.iban(g, "FR"), 0.05), 34), LEGACY),
        c("GCCART", N, "VARCHAR", g.col(lambda: g.code("GC-069-2099-9999")), "decoy", SHAPE, LEGACY),
        c("GCLANG", N, "VARCHAR", _pad(g.col(g.pick(["FR/EN", "FR/IT", "FR/DE/EN", "FR/ES", "FR/LSF"])), 10),
          "decoy", LEGACY),
        c("GCTAUX", N, "DECIMAL(7,2)", [g.rnd.choice([38.5, 42.0, 45.75, 51.2]) for _ in rows], "decoy", LEGACY),
        c("GCDEBC", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2015-01-01", "2025-09-30")) for _ in rows], "decoy",
          LEGACY),
        c("GCSIRT", N, "VARCHAR", [museum] * g.rows, "business", SHAPE, LEGACY),
        c("GCGEST", "person_name", "VARCHAR", _pad(g.col(g.pick(staff)), 30), STAFF, LEGACY),
        c("GCPPRV", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "fr").upper(), 0.3), 30), ROLE, LEGACY),
        c("GCUDF2", "free_text", "VARCHAR", _pad(_custom(g, "FR", "fr"), 40), CUSTOM, LEGACY),
    ])


def pt_arquivo_leitores(g: Gen) -> Table:
    """A Braga district archive's reader register (European Portuguese, snake case)."""
    ppl = _people(g, "pt", 1940, 2005)
    places = [g.rnd.choice(v.PT_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "pt")
    nipc = v.pt_nif(g, "6")

    def obs() -> str:
        return g.rnd.choice([f"Acompanhado pela neta {v.given(g, 'pt')}", "Pediu reprodução digital",
                             f"Investiga a família {v.person(g, 'pt')[1]} de Barcelos", "Documento em mau estado",
                             f"Autorização assinada por {v.whole(g, 'pt')}"])

    return Table("arquivo_braga.leitores", "pt", "snake", [
        c("id_leitor", N, "BIGINT", g.keys(12_001), "decoy", KEY),
        c("numero_cartao_leitor", N, "VARCHAR", g.col(lambda: v.pt_nif_decoy(g)), "decoy", SHAPE),
        c("nome_proprio", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("apelido", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("data_nascimento", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("nif", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.1)),
        c("cartao_cidadao", "national_id", "VARCHAR", g.col(lambda: v.pt_cc(g), 0.6), HEAVY),
        c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.7, "e164": 0.3}, 0.9, 0.1)),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["pt"]) for p in ppl]),
        c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PT_STREETS, "pt"))),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("codigo_postal", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("instituicao", N, "VARCHAR", g.col(g.pick(["Universidade do Minho", "Universidade Católica",
                                                     "Câmara Municipal de Braga", "Particular"]), 0.2), "business"),
        c("tema_investigacao", N, "VARCHAR", g.col(g.pick(["Genealogia", "Registos paroquiais", "Notariais séc. XIX",
                                                           "Cabido da Sé", "Confrarias"])), "decoy"),
        c("data_registo", N, "DATE", g.days("2022-01-01", "2025-12-15"), "decoy"),
        c("cota_documento", N, "VARCHAR", g.col(lambda: g.code("PT/ADB/AAA/99/9999")), "decoy", SHAPE),
        c("tecnico_atendimento", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("nipc_arquivo", N, "VARCHAR", [nipc] * g.rows, "business", SHAPE),
        c("campo_livre_2", "free_text", "VARCHAR", _custom(g, "PT", "pt"), CUSTOM),
        c("observacoes", "free_text", "VARCHAR", g.sparse(obs, 0.75, _words("sem dados", "desconhecido")), NULLWORD),
    ])


def se_hembygd_medlemmar(g: Gen) -> Table:
    """A Gävle local heritage society's member register (Swedish, snake case)."""
    ppl = _people(g, "sv", 1935, 2008)
    places = [g.rnd.choice(v.SE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 2, "sv")
    orgnr = v.se_orgnr(g)
    bankgiro = f"{g.digits(4)}-{g.digits(4)}"

    def note() -> str:
        return g.rnd.choice([f"Hjälper till på julmarknaden med {v.given(g, 'sv')}", "Vill ha medlemsbladet per post",
                             f"Dotter {v.whole(g, 'sv')} betalar avgiften", "Guidning i Gamla Gefle"])

    return Table("hembygd_gavle.medlemmar", "sv", "snake", [
        c("medlems_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("medlemsnummer", N, "VARCHAR", g.col(lambda: v.personnummer_decoy(g)), "decoy", SHAPE),
        c("fornamn", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("efternamn", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("personnummer", "national_id", "VARCHAR", [v.personnummer(g, p[2]) for p in ppl]),
        c("fodelsedatum", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS, "sv"))),
        c("postnummer", "postal_code", "VARCHAR", [f"{p[1]} {g.digits(2)}" for p in places]),
        c("postort", "city", "VARCHAR", [p[0] for p in places]),
        c("mobilnummer", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "e164": 0.3}, 0.9, 0.1)),
        c("epost", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["sv"]) if g.rnd.random() < 0.75 else None
                                        for p in ppl]),
        c("medlemstyp", N, "VARCHAR", g.col(g.pick(["Enskild", "Familj", "Ständig", "Hedersmedlem"])), "decoy"),
        c("avgift_betald", N, "DATE", g.days("2025-01-01", "2025-12-31", 0.1), "decoy"),
        c("familjemedlem", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sv"), 0.7), ROLE, HEAVY),
        c("kassor", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("foreningens_orgnr", N, "VARCHAR", [orgnr] * g.rows, "business", SHAPE),
        c("bankgiro", N, "VARCHAR", [bankgiro] * g.rows, "business"),
        c("inloggning", USERNAME, "VARCHAR", [v.login(p[0], p[1], g.rnd.randrange(4)) if g.rnd.random() < 0.45 else None
                                              for p in ppl], "username"),
        c("fritt_falt_2", "free_text", "VARCHAR", _custom(g, "SE", "sv"), CUSTOM),
        c("anteckning", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("okänd", "saknas")), NULLWORD),
    ])


def dk_lokalarkiv_frivillige(g: Gen) -> Table:
    """An Aarhus local archive's volunteers (Danish, snake case)."""
    ppl = _people(g, "da", 1940, 2006)
    places = [g.rnd.choice(v.DK_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 2, "da")
    archive_cvr, archive_tlf = v.cvr(g), g.phone("DK", "national", False)

    def note() -> str:
        return g.rnd.choice([f"Arbejder sammen med {v.whole(g, 'da')} om fotosamlingen", "Kun tirsdage",
                             f"Hustruen {v.given(g, 'da')} er også frivillig", "Har nøgle til magasinet"])

    return Table("lokalarkiv_aarhus.frivillige", "da", "snake", [
        c("frivillig_id", N, "BIGINT", g.keys(101), "decoy", KEY),
        c("fornavn", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("efternavn", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("cpr_nummer", "national_id", "VARCHAR", [v.cpr(g, p[2]) for p in ppl]),
        c("foedselsdato", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DK_STREETS, "da"))),
        c("postnr", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("bynavn", "city", "VARCHAR", [p[0] for p in places]),
        c("mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.7, "e164": 0.3}, 0.85, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["da"]) for p in ppl]),
        c("paaroerende_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da"), 0.15), ROLE),
        c("paaroerende_tlf", "phone", "VARCHAR", g.phones("DK", {"national": 1.0}, 0.8, 0.2), ROLE),
        c("noeglebrik_nr", N, "VARCHAR", g.col(lambda: v.cpr_decoy(g)), "decoy", SHAPE),
        c("opgave", N, "VARCHAR", g.col(g.pick(["Registrering af fotos", "Transskribering", "Avisudklip",
                                                "Læsesalsvagt", "Scanning"])), "decoy"),
        c("timer_i_aar", N, "INTEGER", g.ints(0, 260), "decoy"),
        c("boerneattest_dato", N, "DATE", g.days("2021-01-01", "2025-11-30", 0.3), "decoy"),
        c("arkivleder", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("arkivets_cvr", N, "VARCHAR", [archive_cvr] * g.rows, "business", SHAPE),
        c("arkivets_telefon", N, "VARCHAR", [archive_tlf] * g.rows, "business"),
        c("fritekst_felt_2", "free_text", "VARCHAR", _custom(g, "DK", "da"), CUSTOM),
        c("bemaerkninger", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("ukendt", "ingen")), NULLWORD),
    ])


def cz_knihovna_ctenari(g: Gen) -> Table:
    """A Brno city library's readers (Czech, snake case)."""
    ppl = _people(g, "cs", 1938, 2019)
    minor = [p[2].year >= 2008 for p in ppl]
    places = [g.rnd.choice(v.CZ_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "cs")
    ico = v.ico(g)

    def note() -> str:
        return g.rnd.choice([f"Průkaz vyzvedla matka {v.whole(g, 'cs', True)}", "Upomínka odeslána",
                             f"Rezervace pro {v.given(g, 'cs')}", "Ztracený průkaz, vydán duplikát"])

    return Table("knihovna_brno.ctenari", "cs", "snake", [
        c("id_ctenare", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("cislo_prukazu", N, "VARCHAR", g.col(lambda: v.rc_decoy(g)), "decoy", SHAPE),
        c("jmeno", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("prijmeni", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("rodne_cislo", "national_id", "VARCHAR", [v.rodne_cislo(g, p[2], p[3]) if g.rnd.random() < 0.4 else None
                                                    for p in ppl], HEAVY),
        c("datum_narozeni", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("cislo_op", "national_id", "VARCHAR", [None if m or g.rnd.random() < 0.3 else g.digits(9) for m in minor]),
        c("ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CZ_STREETS, "cs"))),
        c("mesto", "city", "VARCHAR", [p[0] for p in places]),
        c("psc", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9, 0.1)),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["cs"]) for p in ppl]),
        c("zakonny_zastupce", "person_name", "VARCHAR", [v.whole(g, "cs") if m else None for m in minor], ROLE,
          HEAVY),
        c("kategorie", N, "VARCHAR", ["Dítě" if m else g.rnd.choice(["Dospělý", "Senior", "Student"])
                                      for m in minor], "decoy"),
        c("registrace_platna_do", N, "DATE", g.days("2026-01-01", "2026-12-31"), "decoy"),
        c("dluh_kc", N, "DOUBLE", [g.rnd.choice([0.0, 0.0, 0.0, 10.0, 35.0, 120.0]) for _ in ppl], "decoy"),
        c("pobocka", N, "VARCHAR", g.col(g.pick(["Ústřední knihovna Kobližná", "Pobočka Bystrc", "Pobočka Líšeň",
                                                 "Pobočka Žabovřesky"])), "business"),
        c("ico_knihovny", N, "VARCHAR", [ico] * g.rows, "business", SHAPE),
        c("knihovnik", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("prihlasovaci_jmeno", USERNAME, "VARCHAR", [v.login(p[0], p[1], g.rnd.randrange(4))
                                                      if g.rnd.random() < 0.6 else None for p in ppl], "username"),
        c("ip_adresa", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.4)),
        c("volne_pole_2", "free_text", "VARCHAR", _custom(g, "CZ", "cs"), CUSTOM),
        c("poznamka", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("neuvedeno", "nezjištěno")), NULLWORD),
    ])


def gr_mouseio_dorites(g: Gen) -> Table:
    """A Thessaloniki museum friends' society's donors and members (romanized Greek column names, Greek values)."""
    ppl = _people(g, "el", 1940, 2003)
    places = [g.rnd.choice(v.GR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "el")
    society_afm = v.afm(g, "9")

    def note() -> str:
        return g.rnd.choice([f"Δωρεά στη μνήμη του {v.person(g, 'el', False)[0]}", "Επιθυμεί ανωνυμία",
                             f"Επικοινωνία μέσω της κόρης της {v.whole(g, 'el', True)}", "Πρόσκληση στα εγκαίνια"])

    return Table("mouseio_thess.dorites_melh", "el", "snake", [
        c("kodikos_melous", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("onoma", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("eponymo", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("patronymo", "first_name", "VARCHAR", g.col(lambda: v.person(g, "el", False)[0], 0.1), ROLE),
        c("hmerominia_gennisis", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("amka", "ssn", "VARCHAR", [v.amka(g, p[2], p[3]) if g.rnd.random() < 0.7 else None for p in ppl]),
        c("afm", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.2)),
        c("tilefono", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "e164": 0.3}, 0.8, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["el"]) if g.rnd.random() < 0.8 else None
                                        for p in ppl]),
        c("dieythynsi", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GR_STREETS, "el"))),
        c("poli", "city", "VARCHAR", [p[0] for p in places]),
        c("tk", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("syzygos", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "el"), 0.65), ROLE, HEAVY),
        c("poso_dorea", N, "DOUBLE", g.amounts(20, 5_000), "decoy"),
        c("arithmos_apodeixis", N, "VARCHAR", g.col(lambda: v.amka_decoy(g)), "decoy", SHAPE),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR"), 0.45)),
        c("afm_syllogou", N, "VARCHAR", [society_afm] * g.rows, "business", SHAPE),
        c("ypefthynos", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("elefthero_pedio_2", "free_text", "VARCHAR", _custom(g, "GR", "el"), CUSTOM),
        c("paratiriseis", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("άγνωστο", "—")), NULLWORD),
    ])


def be_erfgoed_leden(g: Gen) -> Table:
    """A Ghent heritage museum friends' association's members and volunteers (Flemish Dutch, Pascal case)."""
    ppl = _people(g, "nl", 1938, 2006)
    places = [g.rnd.choice(v.BE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "nl")
    kbo = v.kbo(g)

    def note() -> str:
        return g.rnd.choice([f"Gidst samen met {v.whole(g, 'nl')}", "Wil nieuwsbrief op papier",
                             f"Lidgeld betaald door zoon {v.given(g, 'nl')}", "Vrijwilliger op Erfgoeddag"])

    return Table("VriendenErfgoed.Leden", "nl", "pascal", [
        c("LidId", N, "BIGINT", g.keys(9_001), "decoy", KEY),
        c("Lidnummer", N, "VARCHAR", g.col(lambda: v.rrn_decoy(g)), "decoy", SHAPE),
        c("Voornaam", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("Familienaam", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("Geboortedatum", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("Rijksregisternummer", "national_id", "VARCHAR", [v.rrn(g, p[2], p[3]) if g.rnd.random() < 0.85 else None
                                                            for p in ppl]),
        c("Straat", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BE_STREETS, "nl"))),
        c("Postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("Gemeente", "city", "VARCHAR", [p[0] for p in places]),
        c("Gsm", "phone", "VARCHAR", g.phones("BE", {"national": 0.7, "e164": 0.3}, 0.9, 0.05)),
        c("Email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["nl"]) for p in ppl]),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "BE"), 0.3)),
        c("Partner", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.6), ROLE, HEAVY),
        c("Lidmaatschap", N, "VARCHAR", g.col(g.pick(["Individueel", "Duo", "Jongere", "Steunend"])), "decoy"),
        c("VervalDatum", N, "DATE", g.days("2026-01-01", "2026-12-31"), "decoy"),
        c("Ondernemingsnummer", N, "VARCHAR", [kbo] * g.rows, "business", SHAPE),
        c("Ledenadministratie", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("LaatsteActiviteit", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-20"), "decoy"),
        c("VrijVeld2", "free_text", "VARCHAR", _custom(g, "BE", "nl"), CUSTOM),
        c("Opmerkingen", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("onbekend", "geen")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_museum_gifts, 700), (gb_reader_tickets, 500), (ca_gallery_docents, 300), (au_library_borrowers, 800),
    (ie_heritage_renewals, 600), (us_library_cobol, 700), (in_museum_tickets, 600), (nz_oral_history, 250),
    (fr_guides_as400, 300), (pt_arquivo_leitores, 400), (se_hembygd_medlemmar, 450), (dk_lokalarkiv_frivillige, 250),
    (cz_knihovna_ctenari, 700), (gr_mouseio_dorites, 350), (be_erfgoed_leden, 400),
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
