"""Held-out set v127 for the column classifier: 15 tables of *student accommodation, halls of residence, boarding
schools and homestay agencies* (purpose-built student accommodation tenancies, university and private residences'
applications and room registers, a paying-guest hostel, a boarding school's fee ledger and a boarding gymnasium's
residents, an efterskole's pupils, homestay placements and custodianship matches, a student housing corporation's
tenants, a student nation's housing queue, dormitory booking feeds), one system per table and each a different
organisation, eight with English column names and seven in other languages:

* ``granitehouse_pbsa.tenancies``: an Aberdeen purpose-built student accommodation provider's tenancies (snake case,
  National Insurance numbers of tenants and UK guarantors, tenancy references shaped like them failing the prefix
  rules, passports, a card on file, the portal login and last login IP, parcel tracking numbers, ``misc_1``);
* ``homestayBrisbane.hostPlacements``: a Brisbane homestay agency's placements of under-18 international students
  (camel case, passports, CoE numbers, host families, the welfare caregiver, the natural parent's e-mail, schools
  and their phones, the agency's ABN, flights, ``customField2``);
* ``EikestadResidences.ResidenceApplications``: a Stellenbosch private residence's applications (Pascal case, South
  African ID numbers encoding the birth date, the parent or guardian and their ID number, deposit references failing
  the Luhn check, medical aid numbers, ``Udf1`` holding room preferences only);
* ``SAHYADRI_PG.RESIDENT_REGISTER``: a Pune paying-guest hostel's resident register (SCREAMING case, Aadhaar, PAN, the
  father, the local guardian, colleges, rent receipt numbers failing the Verhoeff check, branches' addresses and
  phones, ``CUSTOM_FIELD_2``);
* ``stcolm_hall.res_reg``: a Dunedin hall of residence's room register (abbreviated: ``stu_fnm``, ``nok_ph``,
  ``hm_pcd``; IRD numbers for stipends, residential assistants, parcel tracking numbers, ``usr_fld1`` holding key fob
  numbers only);
* ``BRDLEGACY.BOARDER_FEE_EXTRACT``: a Pennsylvania boarding school's fee ledger, a COBOL extract (legacy: padded
  CHAR, ``YYYYMMDD`` integers, the parent's SSN, phone and ZIP as numbers with 0 for missing, account numbers shaped
  like SSNs failing the rules, ``BF-USR-FLD-2``);
* ``stg_dormhub_cnx.src_booking_raw``: a Chiang Mai dormitory booking platform's feed as an opaque staging table
  (``col01`` to ``col18``: Thai PINs, Buddhist-era birth dates, booking references failing the PIN check, the
  parent's name, hashes, IPs, coordinates);
* ``capital_homestay.host_matches_export``: an Ottawa homestay and custodianship agency's spreadsheet export (Title
  Case column names with spaces and ``#``: passports, study permit numbers, the custodian, host families, schools and
  their phones, ``Misc 2`` holding bus pass types only);
* ``kots_lln.contrats_location``: a Louvain-la-Neuve student room (kot) agency's leases (Belgian French; the national
  register number encoding the birth date, the guarantor's name, mobile and IBAN, rental guarantee numbers failing
  the mod-97 check, buildings and the agency's VAT number, ``champ_libre_2``);
* ``RijnhavenWonen.Huurders``: a Wageningen student housing corporation's tenants (Dutch, Pascal case; BSN,
  tussenvoegsel, an IBAN, the emergency contact, contract numbers failing the eleven-test, the KvK number,
  ``VrijVeld1`` holding energy labels only);
* ``savja_nation.bostadsko``: an Uppsala student nation's housing queue (Swedish; personnummer encoding the birth date,
  a relative, queue points, OCR numbers failing the Luhn check, the nation's bankgiro, ``extrafalt_1`` holding parking
  spaces only);
* ``vestkyst_efterskole.elever``: a Southern Jutland efterskole's boarding pupils (Danish; CPR encoding the birth date,
  the mother, the father and a parent's mobile and e-mail, contact teachers, the school's CVR, ``ekstra_felt_1``
  holding sports lines only);
* ``tartu_yhiselamud.elanikud``: a Tartu dormitory operator's residents (Estonian; isikukood encoding the birth date
  and sex, a contact person, an IBAN, lease numbers failing the isikukood check, ``lisaväli_2``);
* ``kauno_gimnazija.bendrabucio_gyventojai``: a Kaunas gymnasium's boarding house residents (Lithuanian; asmens kodas
  encoding the birth date and sex, the guardian and the guardian's phone, contract numbers failing the check, the
  school's company code, ``papildomas_laukas_1`` holding meal plans only);
* ``φοιτητική_εστία_ιωαννίνων.οικότροφοι``: an Ioannina student hall's residents (Greek column names and values: ΑΜΚΑ
  encoding the birth date, the personal ΑΦΜ, identity card numbers, the father's and mother's given names, a contact
  person, protocol numbers failing the ΑΦΜ check, ``επιπλέον_πεδίο_1``).

Written **blind**, like v2 to v125: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its two
modules and its test), v122's test, ``tests/heldout_support.py``, v107's docstring, the module docstrings of v24 to
v125 (to avoid their domains and follow their labeling conventions; v50 and v69 had schools and universities, none
had student housing, boarding or homestay) and the ``Column``/``Table`` classes and writer of v2 and v4. The
classifier was not run on this set while it was written, no scorer was run on it, and no score was looked at. It was
written under a short deadline (25 minutes, the tests and lint included), so some labels are quick decisions rather
than settled conventions.

Labeling choices a reader may question:

* a UK National Insurance number, a US SSN and the Greek ΑΜΚΑ are ``ssn``; a passport number, a Canadian study permit
  number, a South African ID number, Aadhaar, PAN, a New Zealand IRD number, a Thai PIN, the Belgian national
  register number, BSN, personnummer, CPR, isikukood, asmens kodas, the personal ΑΦΜ and a Greek identity card number
  are ``national_id``; passports and study permits are generated by shape only, National Insurance numbers by their
  prefix and suffix rules;
* tenancy, booking, account, lease, contract, deposit, receipt, invoice, guarantee, protocol and police check numbers,
  CoE numbers, student numbers, OCR numbers, parcel tracking numbers and flights are ``none`` (tag ``decoy``,
  ``value_shape`` when shaped like an identifier); a medical aid membership number is ``none`` (tag ``join_key``);
* residences', buildings', schools', colleges', branches' and agencies' names, addresses and phones, an ABN, a VAT
  number, a KvK number, a bankgiro, a CVR and a company code are ``none`` (tag ``business``);
* residence managers, homestay coordinators, residence heads, wardens, residential assistants, boarding advisors,
  agency coordinators, property managers, caretakers (``Huismeester``), housing officers, contact teachers, boarding
  tutors and hall staff are staff (``person_name``, tag ``staff``); guarantors, a welfare caregiver, a natural parent,
  parents and guardians, a father and a mother, a local guardian, a next of kin, a custodian, an emergency contact, a
  relative and a contact person are personal (tag ``role_word``); a host family (``Host Family``, ``hostFirstName``)
  is personal; pupils' names and birth dates keep their kinds;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding only room preferences, key fobs, bus passes, energy labels, parking spaces, sports lines or meal plans
  are ``none`` (tags ``decoy`` and ``custom_plain``); a portal login is ``unclassified`` (tag ``username``); the
  last login IP and a dormitory booking's IP are ``ip_address``; a card on file is ``credit_card``;
* a Dutch ``Tussenvoegsel`` is ``last_name``; the Greek father's and mother's given names are ``first_name``; a
  preferred name is ``first_name``; a suburb, a Swedish ``postort`` and a Thai amphoe town are ``city``; a state, a
  nationality, a relationship and a gender are ``none``;
* numeric dates of birth (``YYYYMMDD``, 0 for missing) and a ``dd/mm/yyyy`` Buddhist-era string in an opaque column
  are ``date_of_birth``; move-in, check-in, arrival, lease start, application, invoice and booking dates are ``none``;
  a residence's coordinates in the staging table are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v127_values`, written for v127 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v127 [PATH]`` (default ``/tmp/heldout_v127.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v127``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from stdnum.au import abn as _abn
from stdnum.be import vat as _bevat
from stdnum.dk import cvr as _cvr
from stdnum.nz import ird as _ird

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v127_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v127_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v127.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 60-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # managers, wardens, coordinators, residential assistants (few distinct)
ROLE = "role_word"  # guarantor, guardian, parent, next of kin, custodian, caregiver, contact person ...
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding no personal data (none)


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
            if lang == "th":
                return v.thai_email(g, v.DOMAINS[lang])
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


# -- English-named tables ----------------------------------------------------------------------------------------------


def gb_pbsa_tenancies(g: Gen) -> Table:
    """An Aberdeen purpose-built student accommodation provider's tenancies (snake case)."""
    intl = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    pairs = [v.person(g, "intl" if i else "gb") for i in intl]
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "gb")
    blocks = [("Granite House Block A", "12 Crown Street, Aberdeen AB11 6HA"),
              ("Granite House Block B", "14 Crown Street, Aberdeen AB11 6HA"),
              ("Spital Court", "3 Spital Walk, Aberdeen AB24 3HX")]
    blk = [g.rnd.randrange(len(blocks)) for _ in range(g.rows)]
    reception = g.phone("GB", "national", False)
    logins = [v.login(a, b, g.rnd.randrange(3)) + str(g.rnd.randint(1, 99)) for a, b in pairs]

    def note() -> str:
        return g.rnd.choice(["Shower drain blocked, contractor booked", f"Flatmate {v.given(g)} reported noise",
                             "Window latch broken", f"Guarantor {v.whole(g)} called about arrears",
                             "Fire door wedged open, warning issued"])

    return Table("granitehouse_pbsa.tenancies", "en", "snake", [
        c("tenancy_id", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("tenancy_ref", N, "VARCHAR", g.col(lambda: v.nino_decoy(g)), "decoy", SHAPE),
        c("booking_created_at", N, "TIMESTAMP", g.moments("2024-11-01", "2025-08-31"), "decoy"),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1995, 2007)),
        c("nationality", N, "VARCHAR", [g.rnd.choice(v.NATIONALITIES[1:]) if i else "GB" for i in intl], "decoy"),
        c("passport_number", "national_id", "VARCHAR", [g.code(g.rnd.choice(["E99999999", "A99999999", "M99999999",
                                                                             "AA9999999"])) if i and
                                                        g.rnd.random() < 0.85 else None for i in intl], HEAVY),
        c("ni_number", "ssn", "VARCHAR", [v.nino(g) if not i and g.rnd.random() < 0.6 else None for i in intl],
          HEAVY),
        c("mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["intl" if i else "gb"])
                                        for (a, b), i in zip(pairs, intl, strict=True)]),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS), 0.1)),
        c("home_town", "city", "VARCHAR", [p[0] for p in places]),
        c("home_postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, p[1]) for p in places]),
        c("guarantor_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.2), ROLE),
        c("guarantor_phone", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "e164": 0.3}, 0.7, 0.25), ROLE),
        c("guarantor_email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "gb"), v.DOMAINS["gb"]),
                                                       0.35), ROLE),
        c("guarantor_ni_number", "ssn", "VARCHAR", g.col(lambda: v.nino(g), 0.7), ROLE, HEAVY),
        c("building", N, "VARCHAR", [blocks[i][0] for i in blk], "business"),
        c("building_address", N, "VARCHAR", [blocks[i][1] for i in blk], "business"),
        c("reception_phone", N, "VARCHAR", [reception] * g.rows, "business"),
        c("room_number", N, "VARCHAR", g.col(lambda: g.code("A9-99")), "decoy"),
        c("room_type", N, "VARCHAR", g.col(g.pick(v.ROOM_TYPES)), "decoy"),
        c("weekly_rent", N, "DECIMAL(8,2)", g.amounts(159, 289), "decoy"),
        c("card_number", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.65), HEAVY),
        c("portal_username", USERNAME, "VARCHAR", logins, "username"),
        c("last_login_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.1)),
        c("parcel_tracking_no", N, "VARCHAR", g.col(lambda: v.tracking(g), 0.3), "decoy", SHAPE),
        c("residence_manager", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
        c("maintenance_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("none", "nil")), NULLWORD),
    ])


def au_homestay_placements(g: Gen) -> Table:
    """A Brisbane homestay agency's placements of under-18 international students (camel case)."""
    students = [v.person(g, "intl") for _ in range(g.rows)]
    hosts = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_SUBURBS) for _ in range(g.rows)]
    staff = _staff(g, 3, "au")
    schools = [(name, g.phone("AU", "national", False)) for name in
               ("Indooroopilly State High School", "Kenmore State High School", "Brisbane Grammar School",
                "Mansfield State High School", "St Peters Lutheran College")]
    sch = [g.rnd.randrange(len(schools)) for _ in range(g.rows)]
    abn_body = str(g.rnd.randint(1, 9)) + g.digits(8)
    abn_value = _abn.calc_check_digits(abn_body) + abn_body
    caregiver = [g.rnd.random() < 0.35 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Host mum {v.given(g, 'au')} says curfew broken twice", "Homesick, referred to counsellor",
                             "Allergic to cats, moved host", f"Caregiver {v.whole(g, 'au')} visited, all fine",
                             "Missed school bus, host drove"])

    return Table("homestayBrisbane.hostPlacements", "en", "camel", [
        c("placementId", N, "BIGINT", g.keys(7_001), "decoy", KEY),
        c("studentFirstName", "first_name", "VARCHAR", [a for a, _ in students]),
        c("studentLastName", "last_name", "VARCHAR", [b for _, b in students]),
        c("studentDob", "date_of_birth", "DATE", g.births(2008, 2012)),
        c("passportNumber", "national_id", "VARCHAR", g.col(lambda: g.code(g.rnd.choice(["E99999999", "M99999999",
                                                                                         "FZ9999999"])), 0.05)),
        c("coeNumber", N, "VARCHAR", g.col(lambda: g.code("E99999999")), "decoy", SHAPE),
        c("nationality", N, "VARCHAR", g.col(g.pick(["CN", "JP", "KR", "VN", "BR", "CO", "TH", "DE"])), "decoy"),
        c("hostFirstName", "first_name", "VARCHAR", [a for a, _ in hosts]),
        c("hostSurname", "last_name", "VARCHAR", [b for _, b in hosts]),
        c("hostMobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3}, 0.9)),
        c("hostEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in hosts]),
        c("hostStreet", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
        c("hostSuburb", "city", "VARCHAR", [p[0] for p in places]),
        c("hostPostcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("caregiverName", "person_name", "VARCHAR", [v.whole(g, "au") if k else None for k in caregiver], ROLE,
          HEAVY),
        c("caregiverMobile", "phone", "VARCHAR", [g.phone("AU", "national") if k else None for k in caregiver], ROLE,
          HEAVY),
        c("naturalParentEmail", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "intl"),
                                                                            v.DOMAINS["intl"]), 0.15), ROLE),
        c("schoolName", N, "VARCHAR", [schools[i][0] for i in sch], "business"),
        c("schoolPhone", N, "VARCHAR", [schools[i][1] for i in sch], "business"),
        c("agencyAbn", N, "VARCHAR", [_abn.format(abn_value)] * g.rows, "business"),
        c("weeklyFee", N, "DECIMAL(8,2)", g.amounts(330, 395), "decoy"),
        c("arrivalFlight", N, "VARCHAR", g.col(lambda: g.rnd.choice(["QF", "SQ", "CX", "NH", "VA"]) + g.digits(3)),
          "decoy"),
        c("arrivalAt", N, "TIMESTAMP", g.moments("2025-01-10", "2025-10-05"), "decoy"),
        c("homestayCoordinator", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy"),
        c("customField2", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
        c("welfareNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD),
    ])


def za_residence_applications(g: Gen) -> Table:
    """A Stellenbosch private student residence's applications (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "za", female)
        born = g.birth(2001, 2007)
        rows.append((a, b, born, v.za_id(g, born, female)))
    places = [g.rnd.choice(v.ZA_TOWNS) for _ in range(g.rows)]
    heads = _staff(g, 3, "za")
    parents = [g.birth(1962, 1982) for _ in range(g.rows)]
    return Table("EikestadResidences.ResidenceApplications", "en", "pascal", [
        c("ApplicationId", N, "BIGINT", g.keys(2025_0001), "decoy", KEY),
        c("StudentNumber", N, "VARCHAR", g.col(lambda: "2" + g.digits(7)), "decoy", SHAPE),
        c("FirstNames", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("IdNumber", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("DateOfBirth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("Gender", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy"),
        c("CellNumber", "phone", "VARCHAR", g.phones("ZA", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("EmailAddress", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["za"]) for r in rows]),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.05)),
        c("HomeTown", "city", "VARCHAR", [p[0] for p in places]),
        c("PostalCode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ParentGuardianName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za"), 0.05), ROLE),
        c("ParentGuardianCell", "phone", "VARCHAR", g.phones("ZA", {"national": 0.8, "e164": 0.2}, 1.0, 0.1), ROLE),
        c("ParentGuardianIdNumber", "national_id", "VARCHAR",
          [v.za_id(g, d, g.rnd.random() < 0.5) if g.rnd.random() < 0.3 else None for d in parents], ROLE, HEAVY),
        c("DepositReference", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g), 0.1), "decoy", SHAPE),
        c("Faculty", N, "VARCHAR", g.col(g.pick(["AgriSciences", "Engineering", "Law", "Medicine and Health Sciences",
                                                 "Economic and Management Sciences", "Theology"])), "decoy"),
        c("ResidencePreference", N, "VARCHAR", g.col(g.pick(["Eikestad Hof", "Die Laan", "Mostertsdrift House"])),
          "decoy"),
        c("BursaryProvider", N, "VARCHAR", g.col(g.pick(["NSFAS", "Funza Lushaka", "Sasol Bursary", "Self-funded"])),
          "business"),
        c("MedicalAidNumber", N, "VARCHAR", g.col(lambda: g.digits(9), 0.4), "decoy", KEY),
        c("Udf1", N, "VARCHAR", g.col(g.pick(["Quiet floor", "Ground floor", "Single room", "Near gym", "Any"]), 0.3),
          "decoy", PLAIN),
        c("SubmittedAt", N, "TIMESTAMP", g.moments("2024-06-01", "2025-01-31"), "decoy"),
        c("ResidenceHead", "person_name", "VARCHAR", g.col(g.pick(heads)), STAFF),
    ])


def in_pg_register(g: Gen) -> Table:
    """A Pune paying-guest hostel's resident register (SCREAMING case)."""
    pairs = [v.person(g, "in") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    wardens = _staff(g, 5, "in")
    branches = [("Sahyadri PG Kothrud", "Plot 14, Paud Road, Kothrud, Pune 411038"),
                ("Sahyadri PG Viman Nagar", "B-2, Datta Mandir Chowk, Viman Nagar, Pune 411014"),
                ("Sahyadri PG Hinjewadi", "Phase 1, Shivaji Chowk, Hinjewadi, Pune 411057")]
    phones = [g.phone("IN", "national", False) for _ in branches]
    br = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]

    def remark() -> str:
        return g.rnd.choice(["Late entry after 11 pm", f"Brother {v.whole(g, 'in')} visited on Sunday",
                             "Deposit refunded", "Room shifted to 2nd floor", f"Roommate {v.given(g, 'in')} complained"])

    return Table("SAHYADRI_PG.RESIDENT_REGISTER", "en", "screaming", [
        c("RESIDENT_ID", N, "BIGINT", g.keys(1_001), "decoy", KEY),
        c("RESIDENT_NAME", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("FATHER_NAME", "person_name", "VARCHAR", [f"{v.person(g, 'in', False)[0]} {b}" for _, b in pairs],
          ROLE),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", g.births(1999, 2007)),
        c("GENDER", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy"),
        c("AADHAAR_NO", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.6), 0.05)),
        c("PAN_NO", "national_id", "VARCHAR", [v.pan(g, b) if g.rnd.random() < 0.3 else None for _, b in pairs],
          HEAVY),
        c("MOBILE_NO", "phone", "VARCHAR", g.phones("IN", {"national": 0.5, "e164": 0.3, "digits": 0.2})),
        c("EMAIL_ID", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["in"]) for a, b in pairs]),
        c("PERMANENT_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"))),
        c("NATIVE_PLACE", "city", "VARCHAR", [p[0] for p in places]),
        c("PIN_CODE", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("LOCAL_GUARDIAN_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in"), 0.3), ROLE),
        c("LOCAL_GUARDIAN_MOBILE", "phone", "VARCHAR", g.phones("IN", {"national": 1.0}, 1.0, 0.3), ROLE),
        c("COLLEGE_NAME", N, "VARCHAR", g.col(g.pick(["MIT World Peace University", "Symbiosis College",
                                                      "Fergusson College", "COEP Technological University",
                                                      "Modern College of Engineering"])), "business"),
        c("ROOM_NO", N, "VARCHAR", g.col(lambda: g.code("9099")), "decoy"),
        c("SHARING_TYPE", N, "VARCHAR", g.col(g.pick(["Single", "Double", "Triple"])), "decoy"),
        c("MONTHLY_RENT", N, "INTEGER", g.col(g.pick([7_500, 9_000, 11_000, 14_500])), "decoy"),
        c("RENT_RECEIPT_NO", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE),
        c("POLICE_VERIFICATION_REF", N, "VARCHAR", g.col(lambda: g.code("PCS/9999/2025"), 0.2), "decoy", SHAPE),
        c("WARDEN_NAME", "person_name", "VARCHAR", g.col(g.pick(wardens)), STAFF),
        c("BRANCH_ADDRESS", N, "VARCHAR", [branches[i][1] for i in br], "business"),
        c("BRANCH_PHONE", N, "VARCHAR", [phones[i] for i in br], "business"),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM),
        c("REMARKS", "free_text", "VARCHAR", g.sparse(remark, 0.75, _words("NIL", "no remarks")), NULLWORD),
    ])


def nz_hall_register(g: Gen) -> Table:
    """A Dunedin hall of residence's room register (abbreviated snake case)."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NZ_CITIES) for _ in range(g.rows)]
    ras = _staff(g, 6, "nz")

    def note() -> str:
        return g.rnd.choice(["Asthma, inhaler in room", f"Mum {v.whole(g, 'nz')} rang re homesickness",
                             "Coeliac, kitchen informed", "Broken wrist, ground floor room", "Pastoral check-in weekly"])

    def ird() -> str:
        d = g.valid(lambda: str(g.rnd.randint(10, 149)) + g.digits(6), _ird.is_valid)
        return _ird.format(d) if g.rnd.random() < 0.5 else d

    return Table("stcolm_hall.res_reg", "en", "abbrev", [
        c("res_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("stu_id", N, "VARCHAR", g.col(lambda: g.digits(7)), "decoy", SHAPE),
        c("stu_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("stu_snm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("stu_pref_nm", "first_name", "VARCHAR", g.col(lambda: v.given(g, "nz"), 0.75), ABBREV, HEAVY),
        c("stu_dob", "date_of_birth", "DATE", g.births(2005, 2007), ABBREV),
        c("stu_mob", "phone", "VARCHAR", g.phones("NZ", {"national": 0.8, "e164": 0.2}), ABBREV),
        c("stu_eml", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nz"]) for a, b in pairs], ABBREV),
        c("hm_addr1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz")), ABBREV),
        c("hm_cty", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("hm_pcd", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("nok_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.05), ROLE, ABBREV),
        c("nok_rel", N, "VARCHAR", g.col(g.pick(["Mother", "Father", "Aunt", "Grandmother", "Guardian"])), "decoy"),
        c("nok_ph", "phone", "VARCHAR", g.phones("NZ", {"national": 1.0}, 0.8, 0.05), ROLE, ABBREV),
        c("rm_no", N, "VARCHAR", g.col(lambda: g.code("A999")), "decoy"),
        c("chk_in_dt", N, "DATE", g.days("2025-02-20", "2025-03-02"), "decoy"),
        c("chk_out_dt", N, "DATE", g.days("2025-11-05", "2025-11-20", 0.2), "decoy"),
        c("ra_nm", "person_name", "VARCHAR", g.col(g.pick(ras)), STAFF, ABBREV),
        c("diet_req", N, "VARCHAR", g.col(g.pick(["None", "Vegetarian", "Halal", "Gluten free", "Vegan"])), "decoy"),
        c("ird_no", "national_id", "VARCHAR", g.col(ird, 0.7), ABBREV, HEAVY),
        c("pstl_trk", N, "VARCHAR", g.col(lambda: g.code("AA999999999NZ"), 0.4), "decoy", SHAPE),
        c("usr_fld1", N, "VARCHAR", g.col(lambda: "FOB-" + g.digits(5), 0.1), "decoy", PLAIN),
        c("med_nt", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD, ABBREV),
    ])


def us_boarding_fees(g: Gen) -> Table:
    """A Pennsylvania boarding school's fee ledger, a COBOL extract (padded CHAR, numbers for dates and phones)."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    advisors = _staff(g, 6, "us")
    rows = range(g.rows)
    return Table("BRDLEGACY.BOARDER_FEE_EXTRACT", "en", "cobol", [
        c("BF-ACCT-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE, LEGACY),
        c("BF-STU-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("BF-STU-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("BF-STU-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(2007, 2011)) if g.rnd.random() < 0.95 else 0
                                                     for _ in rows], LEGACY),
        c("BF-GRADE", N, "VARCHAR", g.col(g.pick(["09", "10", "11", "12", "PG"])), "decoy", LEGACY),
        c("BF-DORM-CD", N, "VARCHAR", _pad(g.col(g.pick(["HALE", "WEBB", "MEAD", "KIRK"])), 6), "decoy", LEGACY),
        c("BF-PAR1-NM", "person_name", "VARCHAR", _pad([f"{b}, {v.given(g, 'us')}".upper() for _, b in pairs], 30),
          ROLE, LEGACY),
        c("BF-PAR1-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.7 else 0 for _ in rows],
          ROLE, LEGACY),
        c("BF-PAR1-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.9 else 0
                                               for _ in rows], ROLE, LEGACY),
        c("BF-PAR2-NM", "person_name", "VARCHAR", _pad([v.whole(g, "us").upper() if g.rnd.random() < 0.35 else None
                                                        for _ in rows], 30), ROLE, LEGACY, HEAVY),
        c("BF-BILL-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.US_STREETS, "us").upper()),
                                                            30), LEGACY),
        c("BF-BILL-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("BF-BILL-ST", N, "VARCHAR", [p[1] for p in places], "decoy", LEGACY),
        c("BF-BILL-ZIP", "postal_code", "INTEGER", [int(p[2] + g.digits(2)) for p in places], LEGACY),
        c("BF-TUIT-AMT", N, "DECIMAL(9,2)", g.amounts(28_000, 36_500), "decoy", LEGACY),
        c("BF-BRD-FEE", N, "DECIMAL(9,2)", g.amounts(14_000, 21_000), "decoy", LEGACY),
        c("BF-INV-DT", N, "INTEGER", [_ymd(g.day("2025-06-01", "2025-09-15")) for _ in rows], "decoy", LEGACY),
        c("BF-INV-NO", N, "VARCHAR", g.col(lambda: g.code("INV25999999")), "decoy", LEGACY),
        c("BF-ADVISOR-NM", "person_name", "VARCHAR", _pad(g.col(g.pick([a.upper() for a in advisors])), 25), STAFF,
          LEGACY),
        c("BF-USR-FLD-2", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
    ])


def th_dorm_booking_feed(g: Gen) -> Table:
    """A Chiang Mai dormitory booking platform's feed, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1998, 2007)
        return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"

    places = [g.rnd.choice(v.TH_CITIES) for _ in range(g.rows)]
    return Table("stg_dormhub_cnx.src_booking_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "th")), OPAQUE),
        c("col03", "national_id", "VARCHAR", g.col(lambda: v.thai_pin(g), 0.1), OPAQUE),
        c("col04", "date_of_birth", "VARCHAR", g.col(dob), OPAQUE),
        c("col05", "phone", "VARCHAR", g.phones("TH", {"national": 0.7, "e164": 0.3}), OPAQUE),
        c("col06", "email", "VARCHAR", g.col(lambda: v.thai_email(g, v.DOMAINS["th"]), 0.15), OPAQUE),
        c("col07", N, "VARCHAR", g.col(lambda: v.thai_pin_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col08", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TH_STREETS, "th"), 0.1), OPAQUE),
        c("col09", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col10", "postal_code", "VARCHAR", [p[1] for p in places], OPAQUE),
        c("col11", N, "VARCHAR", g.col(g.pick(["ห้องพัดลม", "ห้องแอร์", "ห้องแอร์ + ระเบียง"])), "decoy", OPAQUE),
        c("col12", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice([3500, 4200, 5500, 6800])}.00"), "decoy", OPAQUE),
        c("col13", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2)), OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col15", N, "VARCHAR", g.col(lambda: f"{g.rnd.uniform(18.76, 18.81):.5f},{g.rnd.uniform(98.94, 98.99):.5f}"),
          "decoy", OPAQUE),
        c("col16", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "th"), 0.3), ROLE, OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "TH", "th"), CUSTOM, OPAQUE),
        c("col18", N, "TIMESTAMP", g.moments("2025-04-01", "2025-06-30"), "decoy", OPAQUE),
    ])


def ca_homestay_sheet(g: Gen) -> Table:
    """An Ottawa homestay and custodianship agency's spreadsheet export (Title Case names with spaces)."""
    students = [v.person(g, "intl") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    coordinators = _staff(g, 3, "ca")
    schools = [(name, g.phone("CA", "national", False)) for name in
               ("Glebe Collegiate Institute", "Lisgar Collegiate Institute", "Earl of March Secondary School",
                "Colonel By Secondary School", "Ashbury College")]
    sch = [g.rnd.randrange(len(schools)) for _ in range(g.rows)]

    def host() -> str:
        a, b = v.person(g, "ca", False)
        return g.rnd.choice([f"{b}, {a} & {v.given(g, 'ca')}", f"{a} {b}", f"The {b} family ({a})"])

    def note() -> str:
        return g.rnd.choice([f"Custodian {v.whole(g, 'ca')} signed notarized form", "Needs halal meals",
                             "Rematched after 2 weeks", f"Host dad {v.given(g, 'ca')} picks up from airport",
                             "Skating lessons Saturdays"])

    return Table("capital_homestay.host_matches_export", "en", "title", [
        c("Student Name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in students]),
        c("DOB", "date_of_birth", "DATE", g.births(2007, 2011)),
        c("Passport #", "national_id", "VARCHAR", g.col(lambda: g.code(g.rnd.choice(["E99999999", "M99999999",
                                                                                    "P9999999"])), 0.05)),
        c("Study Permit #", "national_id", "VARCHAR", g.col(lambda: g.code("F999999999"), 0.65), HEAVY),
        c("Custodian Name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.1), ROLE),
        c("Custodian Phone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.5}, 0.8, 0.1), ROLE),
        c("Host Family", "person_name", "VARCHAR", g.col(host)),
        c("Host Address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
        c("City", "city", "VARCHAR", [p[0] for p in places]),
        c("Postal Code", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("Host Cell", "phone", "VARCHAR", g.phones("CA", {"dashes": 0.6, "national": 0.4}, 0.9)),
        c("Host Email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ca"), v.DOMAINS["ca"]), 0.05)),
        c("School", N, "VARCHAR", [schools[i][0] for i in sch], "business"),
        c("School Phone", N, "VARCHAR", [schools[i][1] for i in sch], "business"),
        c("Arrival Flight", N, "VARCHAR", g.col(lambda: g.rnd.choice(["AC", "WS", "UA", "AF"]) + g.digits(3)),
          "decoy"),
        c("Arrival Date", N, "DATE", g.days("2025-08-15", "2025-09-05"), "decoy"),
        c("Monthly Fee (CAD)", N, "DECIMAL(8,2)", g.amounts(1_050, 1_400), "decoy"),
        c("Police Check Ref", N, "VARCHAR", g.col(lambda: g.code("OPS-2025-999999"), 0.1), "decoy", SHAPE),
        c("Coordinator", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF),
        c("Misc 2", N, "VARCHAR", g.col(g.pick(["Presto adult", "OC Transpo youth", "U-Pass", "none needed"]), 0.2),
          "decoy", PLAIN),
        c("Notes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("tbc", "TBC")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def be_kot_contrats(g: Gen) -> Table:
    """A Louvain-la-Neuve student room (kot) agency's leases (Belgian French, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "be", female)
        born = g.birth(1999, 2007)
        rows.append((a, b, born, v.be_nn(g, born, female)))
    places = [g.rnd.choice(v.BE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "be")
    buildings = [("Résidence Lauzelle", "avenue de Lauzelle 61, 1348 Louvain-la-Neuve"),
                 ("Kot Place des Wallons", "place des Wallons 9, 1348 Louvain-la-Neuve"),
                 ("Les Bruyères", "rue du Bauloy 40, 1340 Ottignies")]
    bld = [g.rnd.randrange(len(buildings)) for _ in range(g.rows)]
    tva = g.valid(lambda: "0" + g.digits(9), _bevat.is_valid)

    def bban() -> str:
        body = g.rnd.choice(["001", "063", "068", "320", "363", "734", "735", "751", "973"]) + g.digits(7)
        return body + f"{int(body) % 97 or 97:02d}"

    def remarque() -> str:
        return g.rnd.choice(["État des lieux fait", f"Garant {v.whole(g, 'be')} injoignable", "Clé perdue, remplacée",
                             f"Colocation avec {v.given(g, 'be')}", "Retard de loyer octobre"])

    return Table("kots_lln.contrats_location", "fr", "snake", [
        c("id_contrat", N, "BIGINT", g.keys(25_001), "decoy", KEY),
        c("numero_garantie", N, "VARCHAR", g.col(lambda: v.be_nn_decoy(g)), "decoy", SHAPE),
        c("nom", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("prenom", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("date_naissance", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("numero_registre_national", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None
                                                                 for r in rows]),
        c("gsm", "phone", "VARCHAR", g.phones("BE", {"national": 0.7, "intl": 0.3}, 1.0, 0.05)),
        c("courriel", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["be"]) for r in rows]),
        c("adresse_domicile", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BE_STREETS, "be"))),
        c("localite", "city", "VARCHAR", [p[0] for p in places]),
        c("code_postal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("garant_nom", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "be"), 0.1), ROLE),
        c("garant_gsm", "phone", "VARCHAR", g.phones("BE", {"national": 1.0}, 0.8, 0.15), ROLE),
        c("iban_garant", "iban", "VARCHAR", g.col(lambda: v.iban(g, "BE", bban), 0.3), ROLE),
        c("immeuble", N, "VARCHAR", [buildings[i][0] for i in bld], "business"),
        c("adresse_immeuble", N, "VARCHAR", [buildings[i][1] for i in bld], "business"),
        c("chambre", N, "VARCHAR", g.col(lambda: g.code("99")), "decoy"),
        c("loyer_mensuel", N, "DECIMAL(8,2)", g.amounts(390, 560), "decoy"),
        c("charges_forfaitaires", N, "DECIMAL(8,2)", g.amounts(60, 110), "decoy"),
        c("debut_bail", N, "DATE", g.days("2025-08-15", "2025-09-15"), "decoy"),
        c("tva_agence", N, "VARCHAR", [f"BE{tva}"] * g.rows, "business"),
        c("gestionnaire", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("champ_libre_2", "free_text", "VARCHAR", _custom(g, "BE", "be"), CUSTOM),
        c("remarques", "free_text", "VARCHAR", g.sparse(remarque, 0.78, _words("néant", "inconnu")), NULLWORD),
    ])


def nl_huurders(g: Gen) -> Table:
    """A Wageningen student housing corporation's tenants (Dutch, Pascal case)."""
    pairs = [v.person(g, "nl") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "nl")
    complexes = ["Complex Haarweg", "Bornsesteeg Flat", "Asserpark", "Dijkgraaf Toren"]

    def split(name: str) -> tuple[str | None, str]:
        parts = name.split(" ")
        return (" ".join(parts[:-1]) or None), parts[-1]

    def bban() -> str:
        return g.rnd.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO"]) + "0" + g.digits(9)

    def note() -> str:
        return g.rnd.choice(["Sleutel kwijt, nieuwe besteld", f"Onderhuurder {v.whole(g, 'nl')} aangetroffen",
                             "Betalingsregeling afgesproken", f"Moeder {v.given(g, 'nl')} belde over lekkage",
                             "Schimmel in badkamer"])

    return Table("RijnhavenWonen.Huurders", "nl", "pascal", [
        c("HuurderId", N, "BIGINT", g.keys(310_001), "decoy", KEY),
        c("Huurcontractnummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
        c("Voornaam", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Tussenvoegsel", "last_name", "VARCHAR", [split(b)[0] for _, b in pairs]),
        c("Achternaam", "last_name", "VARCHAR", [split(b)[1] for _, b in pairs]),
        c("Geboortedatum", "date_of_birth", "DATE", g.births(1998, 2007)),
        c("Bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.15)),
        c("Mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "e164": 0.4}, 1.0, 0.05)),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nl"]) for a, b in pairs]),
        c("Correspondentieadres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS, "nl"))),
        c("Woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("Postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, p[1]) for p in places]),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", bban), 0.05)),
        c("Complex", N, "VARCHAR", g.col(g.pick(complexes)), "business"),
        c("Eenheidnummer", N, "VARCHAR", g.col(lambda: g.code("99-999")), "decoy"),
        c("Inschrijfdatum", N, "DATE", g.days("2019-01-01", "2025-06-30"), "decoy"),
        c("KaleHuur", N, "DECIMAL(8,2)", g.amounts(310, 520), "decoy"),
        c("ContactpersoonNoodgeval", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.25), ROLE),
        c("NoodnummerContact", "phone", "VARCHAR", g.phones("NL", {"national": 1.0}, 0.7, 0.25), ROLE),
        c("Huismeester", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("KvkNummer", N, "VARCHAR", ["09114358"] * g.rows, "business"),
        c("VrijVeld1", N, "VARCHAR", g.col(g.pick(["A", "A+", "B", "C"]), 0.2), "decoy", PLAIN),
        c("Opmerkingen", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("geen", "onbekend")), NULLWORD),
    ])


def se_bostadsko(g: Gen) -> Table:
    """An Uppsala student nation's housing queue (Swedish, snake case)."""
    births = g.births(1999, 2006)
    pairs = [v.person(g, "sv") for _ in range(g.rows)]
    places = [g.rnd.choice(v.SE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "sv")

    def note() -> str:
        return g.rnd.choice(["Tackat nej till erbjudande", f"Andrahandsuthyrning till {v.whole(g, 'sv')} godkänd",
                             "Medlemsavgift obetald", f"Pappa {v.given(g, 'sv')} ringde om kontraktet",
                             "Flyttar i december"])

    return Table("savja_nation.bostadsko", "sv", "snake", [
        c("ko_id", N, "BIGINT", g.keys(9_001), "decoy", KEY),
        c("personnummer", "national_id", "VARCHAR", [v.personnummer(g, d) for d in births]),
        c("fornamn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("efternamn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("fodelsedatum", "date_of_birth", "DATE", births),
        c("mobilnummer", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("epost", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["sv"]) for a, b in pairs]),
        c("folkbokforingsadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS, "sv"))),
        c("postnummer", "postal_code", "VARCHAR", [f"{p[1]} {g.digits(2)}" for p in places]),
        c("postort", "city", "VARCHAR", [p[0] for p in places]),
        c("anhorig_namn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sv"), 0.35), ROLE),
        c("anhorig_telefon", "phone", "VARCHAR", g.phones("SE", {"national": 1.0}, 0.8, 0.4), ROLE),
        c("kopoang", N, "INTEGER", g.ints(30, 1_800), "decoy"),
        c("bostad", N, "VARCHAR", g.col(g.pick(["Nationshuset korridor", "Flogsta 12", "Rackarbergsgatan 40"])),
          "business"),
        c("lagenhetsnummer", N, "VARCHAR", g.col(lambda: g.code("1999")), "decoy"),
        c("hyresavi_ocr", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 10)), "decoy", SHAPE),
        c("bankgiro", N, "VARCHAR", ["5327-1184"] * g.rows, "business"),
        c("bostadsansvarig", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("inflyttning", N, "DATE", g.days("2025-08-01", "2026-01-15", 0.3), "decoy"),
        c("extrafalt_1", N, "VARCHAR", g.col(lambda: "P" + g.digits(2), 0.5), "decoy", PLAIN),
        c("anteckning", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("saknas", "ingen")), NULLWORD),
    ])


def dk_efterskole_elever(g: Gen) -> Table:
    """A Southern Jutland efterskole's boarding pupils (Danish, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "da", female)
        born = g.birth(2009, 2011)
        rows.append((a, b, born, v.cpr(g, born, female)))
    places = [g.rnd.choice(v.DK_CITIES) for _ in range(g.rows)]
    teachers = _staff(g, 7, "da")
    cvr_no = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)

    def note() -> str:
        return g.rnd.choice(["Ordblind, it-rygsæk", f"Mor {v.whole(g, 'da')} ønsker ugentlig opringning",
                             "Hjemrejse hver weekend", f"Værelseskammerat {v.given(g, 'da')} skiftet",
                             "Nøddeallergi, køkkenet orienteret"])

    return Table("vestkyst_efterskole.elever", "da", "snake", [
        c("elev_id", N, "BIGINT", g.keys(25_101), "decoy", KEY),
        c("cpr_nr", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("fornavn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("efternavn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("foedselsdato", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("elev_mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("elev_email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["da"]) for r in rows]),
        c("bopael_adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DK_STREETS, "da"))),
        c("postnr", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("bynavn", "city", "VARCHAR", [p[0] for p in places]),
        c("mor_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da", True), 0.1), ROLE),
        c("far_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da", False), 0.2), ROLE),
        c("foraelder_mobil", "phone", "VARCHAR", g.phones("DK", {"national": 1.0}, 1.0, 0.05), ROLE),
        c("foraelder_email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "da"), v.DOMAINS["da"]),
                                                       0.1), ROLE),
        c("linjefag", N, "VARCHAR", g.col(g.pick(["Fodbold", "Håndbold", "Musik", "Outdoor", "E-sport", "Ridning"])),
          "decoy"),
        c("vaerelse", N, "VARCHAR", g.col(lambda: g.code("A99")), "decoy"),
        c("kontaktlaerer", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
        c("elevstoette_kr", N, "INTEGER", g.ints(0, 1_900), "decoy"),
        c("ugepris_kr", N, "INTEGER", g.col(g.pick([2_295, 2_395, 2_495])), "decoy"),
        c("skolens_cvr", N, "VARCHAR", [cvr_no] * g.rows, "business"),
        c("ekstra_felt_1", N, "VARCHAR", g.col(g.pick(["Fodbold B", "Kor", "Madhold", "Friluft"]), 0.3), "decoy",
          PLAIN),
        c("bemaerkning", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("ukendt", "ingen")), NULLWORD),
    ])


def ee_yhiselamu(g: Gen) -> Table:
    """A Tartu dormitory operator's residents (Estonian, snake case)."""
    from stdnum.ee import ik
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "et", female)
        born = g.birth(1997, 2006)
        rows.append((a, b, born, v.isikukood(g, born, female)))
    places = [g.rnd.choice(v.EE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "et")

    def bban() -> str:
        return g.rnd.choice(["22", "10", "77", "17"]) + g.digits(14)

    def note() -> str:
        return g.rnd.choice(["Võti kadunud", f"Toanaaber {v.whole(g, 'et')} kaebas müra üle",
                             "Üür tasumata septembris", f"Ema {v.given(g, 'et')} helistas", "Kolib jaanuaris välja"])

    return Table("tartu_yhiselamud.elanikud", "et", "snake", [
        c("elaniku_id", N, "BIGINT", g.keys(51_001), "decoy", KEY),
        c("isikukood", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.92 else None for r in rows]),
        c("eesnimi", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("perekonnanimi", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("sünniaeg", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("telefon", "phone", "VARCHAR", g.phones("EE", {"national": 0.6, "e164": 0.4}, 1.0, 0.05)),
        c("e_post", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["et"]) for r in rows]),
        c("elukoha_aadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.EE_STREETS, "et"))),
        c("linn", "city", "VARCHAR", [p[0] for p in places]),
        c("postiindeks", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("ühiselamu", N, "VARCHAR", g.col(g.pick(["Raatuse 22", "Narva mnt 25", "Pepleri 14", "Nooruse 1"])),
          "business"),
        c("tuba", N, "VARCHAR", g.col(lambda: g.code("999")), "decoy"),
        c("üürilepingu_nr", N, "VARCHAR", g.col(lambda: v.baltic_decoy(g, ik.is_valid)), "decoy", SHAPE),
        c("arve_number", N, "VARCHAR", g.col(lambda: g.code("ARV-2025-99999")), "decoy"),
        c("lepingu_algus", N, "DATE", g.days("2025-08-20", "2025-09-10"), "decoy"),
        c("kontaktisik", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "et"), 0.3), ROLE),
        c("kontaktisiku_telefon", "phone", "VARCHAR", g.phones("EE", {"national": 1.0}, 1.0, 0.3), ROLE),
        c("pangakonto", "iban", "VARCHAR", g.col(lambda: v.iban(g, "EE", bban), 0.65), HEAVY),
        c("haldur", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("lisaväli_2", "free_text", "VARCHAR", _custom(g, "EE", "et"), CUSTOM),
        c("märkused", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("puudub", "teadmata")), NULLWORD),
    ])


def lt_bendrabutis(g: Gen) -> Table:
    """A Kaunas gymnasium's boarding house residents (Lithuanian, snake case)."""
    from stdnum.lt import asmens
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "lt", female)
        born = g.birth(2007, 2011)
        rows.append((a, b, born, v.asmens_kodas(g, born, female)))
    places = [g.rnd.choice(v.LT_CITIES) for _ in range(g.rows)]
    tutors = _staff(g, 4, "lt")

    def note() -> str:
        return g.rnd.choice(["Savaitgaliais vyksta namo", f"Globėja {v.whole(g, 'lt', True)} pasirašė sutartį",
                             "Alergija riešutams", f"Kambario draugas {v.given(g, 'lt')}", "Vėlavo grįžti po 22 val."])

    return Table("kauno_gimnazija.bendrabucio_gyventojai", "lt", "snake", [
        c("gyventojo_id", N, "BIGINT", g.keys(4_001), "decoy", KEY),
        c("vardas", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("pavarde", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("gimimo_data", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("asmens_kodas", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("telefonas", "phone", "VARCHAR", g.phones("LT", {"national": 0.5, "e164": 0.5}, 1.0, 0.1)),
        c("el_pastas", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "lt"), v.DOMAINS["lt"]), 0.2)),
        c("deklaruota_gyvenamoji_vieta", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.LT_STREETS, "lt"))),
        c("miestas", "city", "VARCHAR", [p[0] for p in places]),
        c("pasto_kodas", "postal_code", "VARCHAR", [f"LT-{p[1]}{g.digits(5 - len(p[1]))}" for p in places]),
        c("globejas", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "lt"), 0.1), ROLE),
        c("globejo_telefonas", "phone", "VARCHAR", g.phones("LT", {"national": 1.0}, 1.0, 0.1), ROLE),
        c("kambarys", N, "VARCHAR", g.col(lambda: g.code("999")), "decoy"),
        c("sutarties_nr", N, "VARCHAR", g.col(lambda: v.baltic_decoy(g, asmens.is_valid)), "decoy", SHAPE),
        c("mokestis_eur", N, "DECIMAL(8,2)", g.amounts(35, 90), "decoy"),
        c("maitinimas", N, "VARCHAR", g.col(g.pick(["Pusryčiai", "Pilnas", "Pietūs", "Be maitinimo"])), "decoy"),
        c("aukletoja", "person_name", "VARCHAR", g.col(g.pick(tutors)), STAFF),
        c("imones_kodas", N, "VARCHAR", ["190144598"] * g.rows, "business"),
        c("papildomas_laukas_1", N, "VARCHAR", g.col(g.pick(["M1", "M2", "M3"]), 0.3), "decoy", PLAIN),
        c("pastabos", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nėra", "nežinoma")), NULLWORD),
    ])


def gr_foititiki_estia(g: Gen) -> Table:
    """An Ioannina student hall's residents (Greek column names and values, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "el", female)
        born = g.birth(1999, 2006)
        rows.append((a, b, born, v.amka(g, born)))
    places = [g.rnd.choice(v.GR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "el")
    letters = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"

    def note() -> str:
        return g.rnd.choice(["Ανανέωση για το ακαδημαϊκό έτος", f"Συγκάτοικος ο {v.whole(g, 'el', False)}",
                             "Εκκρεμεί βεβαίωση εισοδήματος", f"Η μητέρα {v.given(g, 'el')} ζήτησε αλλαγή δωματίου",
                             "Βλάβη θέρμανσης"])

    return Table("φοιτητική_εστία_ιωαννίνων.οικότροφοι", "el", "snake", [
        c("κωδικός_οικότροφου", N, "BIGINT", g.keys(8_001), "decoy", KEY),
        c("αριθμός_μητρώου", N, "VARCHAR", g.col(lambda: g.code("9999")), "decoy", SHAPE),
        c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("όνομα", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: v.person(g, "el", False)[0], 0.05)),
        c("μητρώνυμο", "first_name", "VARCHAR", g.col(lambda: v.person(g, "el", True)[0], 0.3)),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("αμκα", "ssn", "VARCHAR", [r[3] for r in rows]),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.afm(g, g.rnd.choice("1234")), 0.2)),
        c("αριθμός_ταυτότητας", "national_id", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(letters)}{g.rnd.choice(letters)} {g.digits(6)}", 0.1)),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["el"]) for r in rows]),
        c("διεύθυνση_μόνιμης_κατοικίας", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GR_STREETS, "el"))),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("τκ", "postal_code", "VARCHAR", [f"{p[1]} {g.digits(2)}" for p in places]),
        c("πρόσωπο_επικοινωνίας", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "el"), 0.2), ROLE),
        c("τηλέφωνο_επικοινωνίας", "phone", "VARCHAR", g.phones("GR", {"national": 1.0}, 0.7, 0.2), ROLE),
        c("κτίριο", N, "VARCHAR", g.col(g.pick(["Εστία Α΄ Πανεπιστημιούπολης", "Εστία Β΄", "Εστία Δομπόλη"])),
          "business"),
        c("δωμάτιο", N, "VARCHAR", g.col(lambda: g.code("999")), "decoy"),
        c("αριθμός_πρωτοκόλλου", N, "VARCHAR", g.col(lambda: v.afm_decoy(g)), "decoy", SHAPE),
        c("ημερομηνία_αίτησης", N, "DATE", g.days("2025-06-15", "2025-09-30"), "decoy"),
        c("υπάλληλος_εστίας", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("επιπλέον_πεδίο_1", "free_text", "VARCHAR", _custom(g, "GR", "el"), CUSTOM),
        c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("καμία", "άγνωστο")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (gb_pbsa_tenancies, 650), (au_homestay_placements, 420), (za_residence_applications, 520),
    (in_pg_register, 760), (nz_hall_register, 380), (us_boarding_fees, 480), (th_dorm_booking_feed, 560),
    (ca_homestay_sheet, 260), (be_kot_contrats, 440), (nl_huurders, 620), (se_bostadsko, 500),
    (dk_efterskole_elever, 300), (ee_yhiselamu, 540), (lt_bendrabutis, 340), (gr_foititiki_estia, 400),
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
