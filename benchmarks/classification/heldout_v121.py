"""Held-out set v121 for the column classifier: 15 tables of *blood, plasma, bone-marrow and organ donation
registries* (paid plasma centres' donor visits and compensation, blood donation sessions and donor registers, a
community blood center's mainframe donor master, donation camps, bone-marrow and stem cell donor registries, an organ
donation coordinators' referral log of deceased donors, organ donation pledges and a register of people who refuse
organ donation), one system per table and each a different organisation, eight with English column names and seven
in other languages (French, Danish, Swedish, Czech, Portuguese, Greek in Greek script and Russian in Cyrillic):

* ``bluffcity_plasma.donor_visits``: a Memphis paid plasma centre's donor visits (snake case, SSN, visit numbers
  shaped like SSNs failing the check, the prepaid card the donor fee is loaded on, machine serials, firmware versions,
  an emergency contact, ``misc_1``);
* ``donateScot.sessionBookings``: a Glasgow blood donation service's session bookings (camel case, CHI numbers
  encoding the birth date, booking references failing the CHI/NHS check, a portal username, the last login IP,
  church-hall venues and their addresses, ``customField2``);
* ``SouthernMarrowRegistry.DonorRegistrations``: an Adelaide bone-marrow donor registry's registrations (Pascal
  case, Medicare card numbers, the registry's donor codes, swab kit barcodes, courier tracking numbers, a recruitment
  drive's coordinates, an alternate contact, ``Udf2``);
* ``KATH_BLOOD.DONOR_REGISTER``: a Kumasi teaching hospital blood bank's donor register (SCREAMING case, Ghana Card
  PINs, GhanaPost GPS digital addresses, bag numbers, family replacement donors and the patient they give for, next
  of kin, ``CUSTOM_FIELD_2``);
* ``odc_akl.dnr_ref_log``: an Auckland organ donation coordinators' referral log of deceased donors (abbreviated:
  ``dnr_fnm``, ``nok_nm``, ``nok_ph``; NHI numbers, referring ICUs and their phones, times of referral and death);
* ``HBCLEG.HBC_DONOR_MASTER``: a Sioux City community blood center's COBOL donor master (legacy: padded CHAR,
  ``YYYYMMDD`` integers, the SSN, home phone and ZIP as numbers with 0 for missing, donation identification numbers,
  drive sponsors and their phones, ``HBC-USER-FLD-2``);
* ``stg_raktdaan.src_camp_donor_raw``: a Jaipur blood bank's voluntary donation camp registrations as an opaque
  staging table (``col01`` to ``col18``: Aadhaar, camp form numbers failing the Verhoeff check, a ``dd-mm-yyyy``
  birth date, camp organisers, a camp's latitude, IPs, hashes);
* ``penang_pledge.organ_pledges``: a Penang hospital's organ donation pledges (snake case, MyKad numbers encoding the
  birth date, pledge card numbers, two witnesses and the first one's MyKad, next of kin, the pledge counter's phone);
* ``EFSBRET.DSDONP``: a Rennes regional blood establishment's AS/400 donor file (French, legacy: ``DS`` prefix,
  ``CYYMMDD`` decimals, NIR, phone and postcode as decimals, birth names, collection sites, the collection doctor,
  ``DSUDF2``);
* ``BlodbankOdense.Tapninger``: an Odense blood bank's donations (Danish, Pascal case: CPR numbers encoding the birth
  date, donation numbers written like CPR with impossible dates, the next of kin, ``Fritekst2``);
* ``stamcellsregistret_sthlm.givare``: a Stockholm stem cell (bone-marrow) donor registry's donors (Swedish, snake
  case: personnummer, the registry's donor codes, HLA typing ids, saliva kit numbers, a next of kin, ``fritext_2``);
* ``plazma_brno.darci_plazmy``: a Brno plasma centre's donors and their compensation (Czech: rodné číslo encoding the
  birth date, donation numbers written like it failing the check, the IBAN the compensation is paid to, insurers'
  codes, a contact person, ``doplnkove_pole_2``);
* ``aces_lisboa_norte.pedidos_rennda``: a Lisbon health centre group's requests to the national register of
  non-donors of organs (Portuguese: NIF, cartão de cidadão, número de utente, request numbers failing the NIF check,
  a minor's legal representative, the health units and their phones, ``campo_livre_2``);
* ``αιμοδοσία_βενιζέλειου.εθελοντές_αιμοδότες``: a Heraklion hospital blood donation service's voluntary donors
  (Greek script: AMKA encoding the birth date, AFM, ``πατρώνυμο``, bag numbers, donors' associations,
  ``πρόσθετο_πεδίο_2``);
* ``станция_переливания_екб.доноры_плазмы``: a Yekaterinburg blood transfusion station's paid plasma donors (Russian,
  Cyrillic names and values: SNILS, INN, passport series and number, ``отчество``, the Mir card the payment goes to,
  donation numbers failing the INN check, ``доп_поле_2``).

Written **blind**, like v2 to v119: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``: its docstring, imports, ``SETS`` and ``--db`` help, never
run), the structure and labeling conventions of v98 (its modules, its test and ``tests/heldout_support.py``), v107's
docstring and test, the module docstrings of v24 to v119 (to avoid their domains and follow their labeling
conventions: v26's and v55's blood banks and v108's cord-blood banks and gamete donors are other organisations and
shapes than the ones here), the ``Column``/``Table`` classes and writer of v2 and v4, the ruff section of
``pyproject.toml`` and python-stdnum's and phonenumbers' own source. The classifier was not run on this set while it
was written, no scorer was run on it, and no score was looked at. It was written under a short deadline (50 minutes,
the tests and lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a French NIR, a Greek AMKA and a Russian SNILS are ``ssn``; a Scottish CHI number, an Australian Medicare
  card number (its check digit computed here, not by python-stdnum), a Ghana Card PIN (by shape only), a New Zealand
  NHI, Aadhaar, MyKad, a Danish CPR number, personnummer, rodné číslo, a Portuguese NIF, cartão de cidadão and número
  de utente (by shape only), a Greek AFM, a Russian INN and a Russian passport number (by shape only) are
  ``national_id``; a witness's MyKad (``witness1_nric``) is ``national_id`` too (tag ``role_word``);
* a registry's donor code (``DonorCode``, ``givarkod``) is ``none`` (tag ``pseudonym``), as in v108; a blood bank's
  donor number (``donor_id``, ``DONOR_NO``, ``HBC-DONOR-NO``) is ``none`` (tag ``join_key``);
* visit, booking, donation, request and pledge card numbers, camp form numbers, bag numbers and donation
  identification numbers (ISBT 128-like), HLA typing ids, swab and saliva kit numbers, courier tracking numbers,
  machine serials and hashes are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier); blood
  groups, haemoglobin, volumes, fees and compensation amounts, deferral codes, organs pledged or excluded, insurers'
  codes, ethnicity and a donor-on-licence flag are ``none`` even though some are health data: no kind names them;
* the coordinates of a recruitment drive or a donation camp (``DriveLatitude``, ``DriveLongitude``, ``col13``) are
  ``none`` (tags ``decoy``, ``coordinates``): a place where donors gathered, not where a person lives;
* the prepaid card a plasma donor's fee is loaded on and the Mir card a Russian plasma donor is paid on are
  ``credit_card`` (they are payment cards of the person); the IBAN a Czech plasma donor's compensation is paid to is
  ``iban``;
* a GhanaPost GPS digital address (``GPS_ADDRESS``, ``AK-039-5028``) is ``street_address``: it names the house;
* phlebotomists, nurses, counsellors, recruiters, coordinators, collection and transfusion doctors (``DSMEDC``,
  ``lekar``, ``врач_трансфузиолог``) and a pledge counter's clerk are staff (``person_name``, tag ``staff``); an
  emergency contact, an alternate contact, a next of kin (``nok_nm``, ``NaermestePaaroerende``,
  ``narstaende_namn``), the patient a family replacement donor gives for (``REPLACEMENT_FOR_PATIENT``), the
  witnesses of an organ donation pledge, a contact person and a minor's legal representative are personal (tag
  ``role_word``); the second, unnamed person column of the staging table (``col16``) is ``person_name``;
* a deceased donor's name, NHI, birth date and address are personal like a living donor's; times of referral and of
  death, donation, session, pledge and registration dates are ``none``;
* the Greek ``πατρώνυμο`` and the Russian ``отчество`` (the father's given name, the patronymic) are ``first_name``;
  a French ``nom de naissance`` (``DSNOMN``) is ``last_name``; ``nome_completo`` is ``person_name``; a US state, an
  Australian state, a Ghanaian region and a Malaysian state are ``none``; a hometown, a suburb and a Danish, Swedish,
  Czech, Portuguese, Greek and Russian town are ``city``;
* a plasma centre's, a hospital's, an ICU's, a health unit's and a drive sponsor's names and phones, church halls
  and their addresses, camp organisers, typing laboratories and donors' associations are ``none`` (tag
  ``business``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``);
  deferral notes and remarks naming people are ``free_text``; a donor portal's username is ``unclassified`` (tag
  ``username``);
* numeric dates of birth (``YYYYMMDD``, ``CYYMMDD``) and a ``dd-mm-yyyy`` string in an opaque column are
  ``date_of_birth``; an age in years is ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v121_values`, written for v121 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v121 [PATH]`` (default ``/tmp/heldout_v121.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v121``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v121_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v121_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v121.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # phlebotomists, nurses, coordinators, recruiters, transfusion doctors (few distinct)
ROLE = "role_word"  # a role word (next of kin, emergency contact, witness, representative ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PSEUDO = "pseudonym"  # a registry's donor code for a person (none)
COORD = "coordinates"  # a blood drive's or camp's coordinates (none)

#: table language -> phone region
REGION = {"us": "US", "gb": "GB", "au": "AU", "gh": "GH", "nz": "NZ", "my": "MY", "in": "IN", "fr": "FR", "da": "DK",
          "sv": "SE", "cs": "CZ", "pt": "PT", "el": "GR", "ru": "RU"}


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "unknown", "NULL") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _mail(g: Gen, lang: str, pair: tuple[str, str] | None = None) -> str:
    a, b = pair or v.person(g, lang)
    return v.email_of(g, a, b, v.DOMAINS[lang])


def _custom(g: Gen, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(REGION[lang], g.rnd.choice(["national", "e164"]))
        if r < 0.7:
            return _mail(g, lang)
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _people(g: Gen, lang: str, lo: int, hi: int) -> list[tuple[str, str, date, bool]]:
    """(given name, family name, birth date, female) for every row."""
    out = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, lang, female)
        out.append((a, b, g.birth(lo, hi), female))
    return out


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_plasma_visits(g: Gen) -> Table:
    """A Memphis paid plasma centre's donor visits (snake case): SSN, the prepaid card the fee is loaded on."""
    ppl = _people(g, "us", 1958, 2006)
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 7, "us")
    centers = [("Bluff City Plasma - Winchester", g.phone("US", "national", False)),
               ("Bluff City Plasma - Summer Ave", g.phone("US", "national", False))]
    ctr = [g.rnd.randrange(len(centers)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Deferred 24h: low total protein", f"Brought friend {v.whole(g)} for referral bonus",
                             "Vein infiltration, arm wrapped", f"Called wife {v.given(g)} to drive him home",
                             "Hematocrit 37, deferred"])

    return Table("bluffcity_plasma.donor_visits", "en", "snake", [
        c("visit_id", N, "BIGINT", g.keys(4_400_001), "decoy", KEY),
        c("visit_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("donor_id", N, "VARCHAR", g.col(lambda: g.code("BCP-99999")), "decoy", KEY),
        c("donor_first_name", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("donor_last_name", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("date_of_birth", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.6), HEAVY),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.55 else _mail(g, "us", p[:2]) for p in ppl], HEAVY),
        c("street_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", [("MS" if p[1] == "386" else "AR" if p[1] == "723" else "TN") for p in places],
          "decoy"),
        c("zip", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("prepaid_card_number", "credit_card", "VARCHAR", g.col(lambda: v.card(g, "4" + g.digits(5)), 0.1)),
        c("fee_amount", N, "DECIMAL(6,2)", g.col(g.pick([30.0, 50.0, 70.0, 100.0, 125.0])), "decoy"),
        c("collection_volume_ml", N, "INTEGER", g.ints(690, 880), "decoy"),
        c("machine_serial", N, "VARCHAR", g.col(lambda: g.code("PCS2-99999A")), "decoy", SHAPE),
        c("device_firmware", N, "VARCHAR", g.col(g.version), "decoy"),
        c("center_name", N, "VARCHAR", [centers[i][0] for i in ctr], "business"),
        c("center_phone", N, "VARCHAR", [centers[i][1] for i in ctr], "business"),
        c("phlebotomist", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("checked_in_at", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
        c("emergency_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.3), ROLE),
        c("emergency_contact_phone", "phone", "VARCHAR", g.phones("US", {"national": 1.0}, 0.9, 0.35), ROLE),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "us"), CUSTOM),
        c("deferral_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("none")), NULLWORD),
    ])


def gb_session_bookings(g: Gen) -> Table:
    """A Glasgow blood donation service's session bookings (camel case): CHI numbers encoding the birth date."""
    ppl = _people(g, "gb", 1955, 2006)
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    nurses = _staff(g, 6, "gb")
    venues = [("Partick Burgh Hall", "9 Burgh Hall Street"), ("Govan Cross Church Hall", "800 Govan Road"),
              ("Paisley Town Hall", "Abbey Close"), ("Motherwell Civic Centre", "Windmillhill Street"),
              ("Nelson Mandela Place Donor Centre", "2 Nelson Mandela Place")]
    ven = [g.rnd.randrange(len(venues)) for _ in range(g.rows)]

    def why() -> str:
        return g.rnd.choice(["Low haemoglobin (fingerprick 121)", "Tattoo within 4 months", "Recent travel to Kenya",
                             f"Mum ({v.given(g, 'gb')}) phoned to cancel, donor unwell", "Antibiotics last week"])

    return Table("donateScot.sessionBookings", "en", "camel", [
        c("bookingRef", N, "VARCHAR", g.col(lambda: v.nhs_decoy(g)), "decoy", SHAPE),
        c("chiNumber", "national_id", "VARCHAR", [v.chi(g, p[2], p[3]) if g.rnd.random() < 0.85 else None
                                                  for p in ppl]),
        c("donorForename", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("donorSurname", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("dateOfBirth", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("sexAtBirth", N, "VARCHAR", ["F" if p[3] else "M" for p in ppl], "decoy"),
        c("mobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.95, 0.05)),
        c("emailAddress", "email", "VARCHAR", [_mail(g, "gb", p[:2]) if g.rnd.random() < 0.8 else None for p in ppl]),
        c("postcode", "postal_code", "VARCHAR", [f"{p[1]}{g.rnd.randint(1, 84)} {g.rnd.randint(0, 9)}"
                                                   f"{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}" for p in places]),
        c("townName", "city", "VARCHAR", [p[0] for p in places]),
        c("portalUsername", USERNAME, "VARCHAR", [v.login(p[0], p[1], g.rnd.randint(0, 999)) if g.rnd.random() < 0.6
                                                  else None for p in ppl], "username"),
        c("lastLoginIp", "ip_address", "VARCHAR", g.col(g.ip, 0.4)),
        c("sessionVenue", N, "VARCHAR", [venues[i][0] for i in ven], "business"),
        c("venueAddress", N, "VARCHAR", [venues[i][1] for i in ven], "business"),
        c("sessionDate", N, "DATE", g.days("2025-09-01", "2025-12-20"), "decoy"),
        c("appointmentSlot", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-20"), "decoy"),
        c("appVersion", N, "VARCHAR", g.col(g.version, 0.3), "decoy"),
        c("bloodGroup", N, "VARCHAR", g.col(g.pick(v.ABO), 0.2), "decoy"),
        c("haemoglobinGdl", N, "DOUBLE", g.floats(11.5, 17.2, 1), "decoy"),
        c("nurseInCharge", "person_name", "VARCHAR", g.col(g.pick(nurses)), STAFF),
        c("customField2", "free_text", "VARCHAR", _custom(g, "gb"), CUSTOM),
        c("deferralReason", "free_text", "VARCHAR", g.sparse(why, 0.78, _words("none")), NULLWORD),
    ])


def au_marrow_registrations(g: Gen) -> Table:
    """An Adelaide bone-marrow donor registry's registrations (Pascal case): Medicare numbers, swab kits."""
    ppl = _people(g, "au", 1980, 2007)
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "au")
    drives = [("Flinders Uni O-Week drive", -35.0211, 138.5710), ("Rundle Mall pop-up", -34.9229, 138.6035),
              ("Port Adelaide Football Club", -34.8445, 138.5036), ("Online self-registration", None, None)]
    drv = [g.rnd.randrange(len(drives)) for _ in range(g.rows)]
    coords = [g.coord(drives[i][1], drives[i][2], 0.002) if drives[i][1] is not None else (None, None) for i in drv]
    labs = ["SA Tissue Typing Laboratory", "HLA Genomics Pty Ltd"]
    return Table("SouthernMarrowRegistry.DonorRegistrations", "en", "pascal", [
        c("RegistrationId", N, "BIGINT", g.keys(210_001), "decoy", KEY),
        c("DonorCode", N, "VARCHAR", g.col(lambda: g.code("SMR-9999-AZ")), "decoy", PSEUDO),
        c("GivenName", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("FamilyName", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("DateOfBirth", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("MedicareNumber", "national_id", "VARCHAR", g.col(lambda: v.medicare(g), 0.25)),
        c("MobilePhone", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.4}, 1.0, 0.02)),
        c("Email", "email", "VARCHAR", [_mail(g, "au", p[:2]) for p in ppl]),
        c("StreetAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"), 0.1)),
        c("Suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("Postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("State", N, "VARCHAR", ["SA"] * g.rows, "decoy"),
        c("SwabKitBarcode", N, "VARCHAR", g.col(lambda: g.code("SK99999999")), "decoy", SHAPE),
        c("CourierTrackingNo", N, "VARCHAR", g.col(lambda: g.code("AP9999999999AU"), 0.3), "decoy", SHAPE),
        c("HlaTypingLab", N, "VARCHAR", g.col(g.pick(labs)), "business"),
        c("Ethnicity", N, "VARCHAR", g.col(g.pick(["Caucasian", "Aboriginal", "Torres Strait Islander",
                                                   "South-East Asian", "Greek", "Mixed", "Prefer not to say"])),
          "decoy"),
        c("RecruitmentDrive", N, "VARCHAR", [drives[i][0] for i in drv], "decoy"),
        c("DriveLatitude", N, "DOUBLE", [x[0] for x in coords], "decoy", COORD),
        c("DriveLongitude", N, "DOUBLE", [x[1] for x in coords], "decoy", COORD),
        c("RecruitedBy", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("AlternateContactName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.2), ROLE),
        c("AlternateContactPhone", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 1.0, 0.25), ROLE),
        c("ConsentFormVersion", N, "VARCHAR", g.col(g.pick(["v3.1", "v3.2", "v4.0"])), "decoy"),
        c("Udf2", "free_text", "VARCHAR", _custom(g, "au"), CUSTOM),
    ])


def gh_donor_register(g: Gen) -> Table:
    """A Kumasi teaching hospital blood bank's donor register (SCREAMING case): Ghana Card PINs, replacement donors."""
    ppl = _people(g, "gh", 1965, 2007)
    staff = _staff(g, 4, "gh")
    sites = ["KATH Blood Bank", "Prempeh College", "Kumasi Central Mosque", "Asante Akyem Methodist Church",
             "KNUST Great Hall"]
    kind = [g.rnd.random() < 0.45 for _ in range(g.rows)]  # family replacement donation
    return Table("KATH_BLOOD.DONOR_REGISTER", "en", "screaming", [
        c("DONOR_NO", N, "BIGINT", g.keys(30_001), "decoy", KEY),
        c("GHANA_CARD_PIN", "national_id", "VARCHAR", g.col(lambda: v.ghana_card(g), 0.25)),
        c("SURNAME", "last_name", "VARCHAR", [p[1].upper() for p in ppl]),
        c("OTHER_NAMES", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [p[2] if g.rnd.random() < 0.4 else None for p in ppl], HEAVY),
        c("AGE", N, "INTEGER", [2025 - p[2].year for p in ppl], "decoy"),
        c("SEX", N, "VARCHAR", ["F" if p[3] else "M" for p in ppl], "decoy"),
        c("PHONE_NUMBER", "phone", "VARCHAR", g.phones("GH", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("GPS_ADDRESS", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.GH_DIGITAL)}-"
                                                                    f"{g.digits(3)}-{g.digits(4)}", 0.3)),
        c("HOUSE_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GH_STREETS, "gh"), 0.2)),
        c("HOMETOWN", "city", "VARCHAR", g.col(g.pick(v.GH_CITIES))),
        c("REGION", N, "VARCHAR", g.col(g.pick(["Ashanti", "Ashanti", "Bono", "Eastern"])), "decoy"),
        c("BLOOD_GROUP", N, "VARCHAR", g.col(g.pick(v.ABO)), "decoy"),
        c("BAG_NUMBER", N, "VARCHAR", g.col(lambda: v.din(g, "GKS")), "decoy", SHAPE),
        c("DONATION_TYPE", N, "VARCHAR", ["FAMILY REPLACEMENT" if k else "VOLUNTARY" for k in kind], "decoy"),
        c("REPLACEMENT_FOR_PATIENT", "person_name", "VARCHAR", [v.whole(g, "gh") if k and g.rnd.random() < 0.9 else
                                                                None for k in kind], ROLE, HEAVY),
        c("NEXT_OF_KIN_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gh"), 0.15), ROLE),
        c("NEXT_OF_KIN_PHONE", "phone", "VARCHAR", g.phones("GH", {"national": 1.0}, 1.0, 0.3), ROLE),
        c("COUNSELLOR", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("COLLECTION_SITE", N, "VARCHAR", g.col(g.pick(sites)), "business"),
        c("DATE_DONATED", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "gh"), CUSTOM),
    ])


def nz_referral_log(g: Gen) -> Table:
    """An Auckland organ donation coordinators' referral log of deceased donors (abbreviated snake case)."""
    ppl = _people(g, "nz", 1950, 2008)
    places = [g.rnd.choice(v.NZ_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "nz")
    icus = [("Auckland City Hospital DCCM", g.phone("NZ", "national", False)),
            ("Middlemore Hospital ICU", g.phone("NZ", "national", False)),
            ("Waikato Hospital ICU", g.phone("NZ", "national", False)),
            ("Whangārei Hospital ICU", g.phone("NZ", "national", False))]
    icu = [g.rnd.randrange(len(icus)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Whānau hui held, kaumātua {v.whole(g, 'nz')} present", "Coroner declined release",
                             f"Sister {v.given(g, 'nz')} asked for time", "Not medically suitable",
                             "Consent for kidneys and corneas only"])

    return Table("odc_akl.dnr_ref_log", "en", "abbrev", [
        c("ref_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("dnr_nhi", "national_id", "VARCHAR", g.col(lambda: v.nhi(g)), ABBREV),
        c("dnr_fnm", "first_name", "VARCHAR", [p[0] for p in ppl], ABBREV),
        c("dnr_snm", "last_name", "VARCHAR", [p[1] for p in ppl], ABBREV),
        c("dnr_dob", "date_of_birth", "DATE", [p[2] for p in ppl], ABBREV),
        c("dnr_eth", N, "VARCHAR", g.col(g.pick(["NZ European", "Māori", "Samoan", "Tongan", "Chinese", "Indian"])),
          "decoy"),
        c("dnr_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz"), 0.55), ABBREV,
          HEAVY),
        c("dnr_cty", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("icu_nm", N, "VARCHAR", [icus[i][0] for i in icu], "business"),
        c("icu_ph", N, "VARCHAR", [icus[i][1] for i in icu], "business"),
        c("ref_dttm", N, "TIMESTAMP", g.moments("2024-01-01", "2025-11-30"), "decoy"),
        c("tod_dttm", N, "TIMESTAMP", g.moments("2024-01-01", "2025-11-30", 0.4), "decoy"),
        c("nok_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.05), ROLE, ABBREV),
        c("nok_rel", N, "VARCHAR", g.col(g.pick(["Wife", "Husband", "Mother", "Father", "Son", "Daughter",
                                                 "Partner", "Brother"])), "decoy"),
        c("nok_ph", "phone", "VARCHAR", g.phones("NZ", {"national": 0.8, "e164": 0.2}, 0.9, 0.05), ROLE, ABBREV),
        c("nok_eml", "email", "VARCHAR", g.col(lambda: _mail(g, "nz"), 0.65), ROLE, ABBREV, HEAVY),
        c("orgs_cnsnt", N, "VARCHAR", g.col(g.pick(["Kidneys", "Kidneys, liver", "Heart, lungs, kidneys", "Corneas",
                                                    "None"])), "decoy"),
        c("dl_dnr_flg", N, "VARCHAR", g.col(g.pick(["Y", "N", "U"])), "decoy"),
        c("coord_nm", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("ms_nt", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("nil")), NULLWORD, ABBREV),
    ])


def us_blood_center_cobol(g: Gen) -> Table:
    """A Sioux City community blood center's COBOL donor master extract (padded CHAR, numbers for dates, phones)."""
    ppl = _people(g, "us", 1945, 2008)
    places = [g.rnd.choice(v.MW_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "us")
    sponsors = [("SIOUXLAND PORK PROCESSORS", g.phone("US", "digits", False)),
                ("MORNINGSIDE UNIV STUDENT GOVT", g.phone("US", "digits", False)),
                ("ST LUKES LUTHERAN CHURCH", g.phone("US", "digits", False)),
                ("WESTERN IOWA TECH CC", g.phone("US", "digits", False))]
    sp = [g.rnd.randrange(len(sponsors)) for _ in range(g.rows)]
    return Table("HBCLEG.HBC_DONOR_MASTER", "en", "cobol", [
        c("HBC-DONOR-NO", N, "VARCHAR", _pad(g.col(lambda: g.code("9999999")), 9), "decoy", KEY, LEGACY),
        c("HBC-LAST-DIN", N, "VARCHAR", g.col(lambda: v.din(g, "W0412")), "decoy", SHAPE, LEGACY),
        c("HBC-LAST-NM", "last_name", "VARCHAR", _pad([p[1].upper() for p in ppl], 20), LEGACY),
        c("HBC-FIRST-NM", "first_name", "VARCHAR", _pad([p[0].upper() for p in ppl], 15), LEGACY),
        c("HBC-BIRTH-DT", "date_of_birth", "INTEGER", [_ymd(p[2]) for p in ppl], LEGACY),
        c("HBC-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.7 else 0 for _ in ppl], LEGACY),
        c("HBC-HOME-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits", g.rnd.random() < 0.6))
                                                if g.rnd.random() < 0.85 else 0 for _ in ppl], LEGACY),
        c("HBC-ADDR-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.MW_STREETS).upper()), 30),
          LEGACY),
        c("HBC-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("HBC-ST", N, "VARCHAR", [p[2] for p in places], "decoy", LEGACY),
        c("HBC-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) for p in places], LEGACY),
        c("HBC-EMAIL", "email", "VARCHAR", _pad([_mail(g, "us", p[:2]).upper() if g.rnd.random() < 0.35 else None
                                                 for p in ppl], 40), LEGACY, HEAVY),
        c("HBC-ABO-RH", N, "VARCHAR", g.col(g.pick(["OPOS", "ONEG", "APOS", "ANEG", "BPOS", "ABPOS"])), "decoy",
          LEGACY),
        c("HBC-LAST-DON-DT", N, "INTEGER", [_ymd(g.day("2023-01-01", "2025-11-30")) for _ in ppl], "decoy", LEGACY),
        c("HBC-DON-CNT", N, "INTEGER", g.ints(1, 140), "decoy", LEGACY),
        c("HBC-DEFER-CD", N, "VARCHAR", _pad(g.col(g.pick(["", "LH", "TR", "MED", "PERM"])), 4), "decoy", LEGACY),
        c("HBC-DRIVE-SPONSOR", N, "VARCHAR", _pad([sponsors[i][0] for i in sp], 30), "business", LEGACY),
        c("HBC-SPONSOR-PHONE", N, "BIGINT", [int(sponsors[i][1]) for i in sp], "business", LEGACY),
        c("HBC-RECRUITER", "person_name", "VARCHAR", _pad(g.col(g.pick([s.upper() for s in staff])), 25), STAFF,
          LEGACY),
        c("HBC-USER-FLD-2", "free_text", "VARCHAR", _pad(_custom(g, "us"), 40), CUSTOM, LEGACY),
    ])


def in_camp_staging(g: Gen) -> Table:
    """A Jaipur blood bank's voluntary donation camp registrations, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1960, 2007)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    organisers = ["Rajasthan Textile Mills Ltd", "Shri Ram Sewa Samiti", "Malviya Institute NSS Unit",
                  "Jaipur Gems Traders Association", "Lions Club Jaipur Pink City"]
    return Table("stg_raktdaan.src_camp_donor_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in")), OPAQUE),
        c("col03", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.6), 0.55), OPAQUE, HEAVY),
        c("col04", "date_of_birth", "VARCHAR", g.col(dob, 0.05), OPAQUE),
        c("col05", "phone", "VARCHAR", g.phones("IN", {"e164": 0.4, "national": 0.4, "intl": 0.2}), OPAQUE),
        c("col06", "email", "VARCHAR", g.col(lambda: _mail(g, "in"), 0.35), OPAQUE),
        c("col07", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.1), OPAQUE),
        c("col08", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col09", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col10", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col11", N, "VARCHAR", g.col(g.pick(v.ABO)), "decoy", OPAQUE),
        c("col12", N, "VARCHAR", g.col(g.pick(organisers)), "business", OPAQUE),
        c("col13", N, "DOUBLE", g.floats(26.80, 26.99, 6), "decoy", COORD, OPAQUE),
        c("col14", "ip_address", "VARCHAR", g.col(g.ipv4, 0.1), OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col16", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in"), 0.1), OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "in"), CUSTOM, OPAQUE),
        c("col18", N, "TIMESTAMP", g.moments("2025-06-14", "2025-10-01"), "decoy", OPAQUE),
    ])


def my_organ_pledges(g: Gen) -> Table:
    """A Penang hospital's organ donation pledge register (snake case): MyKad numbers, two witnesses."""
    ppl = _people(g, "my", 1950, 1999)
    places = [g.rnd.choice(v.MY_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "my")
    hospitals = [("Hospital Pulau Pinang Transplant Unit", g.phone("MY", "national", False)),
                 ("Hospital Seberang Jaya Pledge Counter", g.phone("MY", "national", False))]
    hosp = [g.rnd.randrange(len(hospitals)) for _ in range(g.rows)]
    second = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def remark() -> str:
        return g.rnd.choice(["Family briefed at counter", f"Daughter {v.given(g, 'my')} to hold pledge card",
                             "Replacement card issued", f"Pledged together with husband {v.whole(g, 'my')}"])

    return Table("penang_pledge.organ_pledges", "en", "snake", [
        c("pledge_id", N, "BIGINT", g.keys(88_001), "decoy", KEY),
        c("pledge_card_no", N, "VARCHAR", g.col(lambda: g.code("PP/99/999999")), "decoy", SHAPE),
        c("full_name", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" for p in ppl]),
        c("nric_no", "national_id", "VARCHAR", [v.nric(g, p[2]) for p in ppl]),
        c("date_of_birth", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("gender", N, "VARCHAR", ["P" if p[3] else "L" for p in ppl], "decoy"),
        c("race", N, "VARCHAR", g.col(g.pick(["Malay", "Chinese", "Indian", "Others"])), "decoy"),
        c("mobile_no", "phone", "VARCHAR", g.phones("MY", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [_mail(g, "my", p[:2]) if g.rnd.random() < 0.7 else None for p in ppl]),
        c("address_line", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MY_STREETS, "my"))),
        c("postcode", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", [("Kedah" if p[1] == "08" else "Perak" if p[1] == "34" else "Pulau Pinang")
                                  for p in places], "decoy"),
        c("organs_pledged", N, "VARCHAR", g.col(g.pick(["All organs and tissues", "Kidneys", "Heart, kidneys, liver",
                                                        "Corneas", "Kidneys, corneas"])), "decoy"),
        c("witness1_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "my")), ROLE),
        c("witness1_nric", "national_id", "VARCHAR", g.col(lambda: v.nric(g, g.birth(1950, 2005)), 0.1), ROLE),
        c("witness2_name", "person_name", "VARCHAR", [v.whole(g, "my") if s else None for s in second], ROLE, HEAVY),
        c("next_of_kin_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "my"), 0.1), ROLE),
        c("next_of_kin_phone", "phone", "VARCHAR", g.phones("MY", {"national": 1.0}, 1.0, 0.2), ROLE),
        c("family_informed", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
        c("pledge_date", N, "DATE", g.days("2019-01-01", "2025-11-30"), "decoy"),
        c("counter_staff", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("hospital_name", N, "VARCHAR", [hospitals[i][0] for i in hosp], "business"),
        c("hospital_phone", N, "VARCHAR", [hospitals[i][1] for i in hosp], "business"),
        c("remarks", "free_text", "VARCHAR", g.sparse(remark, 0.8, _words("tiada")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def fr_efs_as400(g: Gen) -> Table:
    """A Rennes regional blood establishment's AS/400 donor file (French, ``DS`` prefix, CYYMMDD decimals)."""
    ppl = _people(g, "fr", 1957, 2006)
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    doctors = _staff(g, 5, "fr")
    sites = ["MAISON DU DON RENNES", "COLLECTE MOBILE VITRE", "SALLE OMNISPORTS DINAN", "MAISON DU DON ST MALO"]

    def obs() -> str:
        return g.rnd.choice(["MALAISE VAGAL APRES DON", f"ACCOMPAGNEE DE SA FILLE {v.given(g, 'fr').upper()}",
                             "AJOURNE 4 MOIS TATOUAGE", f"A CONTACTER VIA SON EPOUX {v.whole(g, 'fr').upper()}"])

    return Table("EFSBRET.DSDONP", "fr", "as400", [
        c("DSNUMD", N, "DECIMAL(9,0)", g.keys(350_000_001), "decoy", KEY, LEGACY),
        c("DSNOMU", "last_name", "VARCHAR", _pad([p[1].upper() for p in ppl], 25), LEGACY),
        c("DSNOMN", "last_name", "VARCHAR", _pad([v.person(g, "fr")[1].upper() if p[3] and g.rnd.random() < 0.7
                                                  else None for p in ppl], 25), LEGACY, HEAVY),
        c("DSPRNM", "first_name", "VARCHAR", _pad([p[0].upper() for p in ppl], 20), LEGACY),
        c("DSDNAI", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(p[2]) for p in ppl], LEGACY),
        c("DSNIR", "ssn", "VARCHAR", [v.nir(g, p[2], p[3]) if g.rnd.random() < 0.85 else None for p in ppl], LEGACY),
        c("DSADR1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.FR_STREETS, "fr")), 32), LEGACY),
        c("DSCPOS", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("DSVILL", "city", "VARCHAR", _pad([p[0] for p in places], 26), LEGACY),
        c("DSTELP", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits", g.rnd.random() < 0.7))
                                               if g.rnd.random() < 0.85 else 0 for _ in ppl], LEGACY),
        c("DSMAIL", "email", "VARCHAR", _pad([_mail(g, "fr", p[:2]) if g.rnd.random() < 0.4 else None for p in ppl],
                                             40), LEGACY, HEAVY),
        c("DSGRSA", N, "VARCHAR", g.col(g.pick(["O+", "O-", "A+", "A-", "B+", "AB+"])), "decoy", LEGACY),
        c("DSTYPD", N, "VARCHAR", g.col(g.pick(["ST", "PLA", "PLQ"])), "decoy", LEGACY),
        c("DSDDON", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2023-01-01", "2025-11-30")) for _ in ppl], "decoy", LEGACY),
        c("DSNBDN", N, "DECIMAL(3,0)", g.ints(1, 180), "decoy", LEGACY),
        c("DSLIEU", N, "VARCHAR", _pad(g.col(g.pick(sites)), 30), "business", LEGACY),
        c("DSMEDC", "person_name", "VARCHAR", _pad(g.col(lambda: "DR " + g.rnd.choice(doctors).upper()), 30), STAFF,
          LEGACY),
        c("DSUDF2", "free_text", "VARCHAR", _pad(_custom(g, "fr"), 40), CUSTOM, LEGACY),
        c("DSOBSV", "free_text", "VARCHAR", _pad(g.sparse(obs, 0.8, _words("néant")), 40), NULLWORD, LEGACY),
    ])


def da_blodbank_tapninger(g: Gen) -> Table:
    """An Odense blood bank's donations (Danish, Pascal case): CPR numbers encoding the birth date."""
    ppl = _people(g, "da", 1958, 2006)
    places = [g.rnd.choice(v.DA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "da")
    sites = ["Blodbanken OUH", "Blodbussen Svendborg", "Blodbussen Nyborg Rådhus", "SDU Campus Odense"]

    def note() -> str:
        return g.rnd.choice(["Lav hæmoglobin, afvist i dag", f"Kom sammen med kæresten {v.given(g, 'da')}",
                             "Besvimelse efter tapning", f"Ring til hustruen {v.whole(g, 'da')} ved udeblivelse"])

    return Table("BlodbankOdense.Tapninger", "da", "pascal", [
        c("TapningId", N, "BIGINT", g.keys(9_000_001), "decoy", KEY),
        c("Tapningsnummer", N, "VARCHAR", g.col(lambda: v.cpr_decoy(g)), "decoy", SHAPE),
        c("CprNummer", "national_id", "VARCHAR", [v.cpr(g, p[2]) for p in ppl]),
        c("Fornavn", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("Efternavn", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("Foedselsdato", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("Mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "e164": 0.4}, 1.0, 0.05)),
        c("Email", "email", "VARCHAR", [_mail(g, "da", p[:2]) if g.rnd.random() < 0.85 else None for p in ppl]),
        c("Adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DA_STREETS, "da"))),
        c("Postnummer", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("Bynavn", "city", "VARCHAR", [p[0] for p in places]),
        c("Blodtype", N, "VARCHAR", g.col(g.pick(v.ABO)), "decoy"),
        c("Haemoglobin", N, "DOUBLE", g.floats(7.6, 10.9, 1), "decoy"),
        c("Indkaldt", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30"), "decoy"),
        c("Tappested", N, "VARCHAR", g.col(g.pick(sites)), "business"),
        c("TappetAf", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("NaermestePaaroerende", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da"), 0.45), ROLE),
        c("PaaroerendeTelefon", "phone", "VARCHAR", g.phones("DK", {"national": 1.0}, 1.0, 0.6), ROLE, HEAVY),
        c("Fritekst2", "free_text", "VARCHAR", _custom(g, "da"), CUSTOM),
        c("Bemaerkning", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("ingen", "ukendt")), NULLWORD),
    ])


def sv_stamcellsregister(g: Gen) -> Table:
    """A Stockholm bone-marrow (stem cell) donor registry's donors (Swedish, snake case): personnummer."""
    ppl = _people(g, "sv", 1982, 2007)
    places = [g.rnd.choice(v.SV_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "sv")

    def note() -> str:
        return g.rnd.choice(["Vill bli kontaktad via sms", f"Rekryterad av kollegan {v.whole(g, 'sv')}",
                             "Tillfälligt spärrad: graviditet", f"Sambo {v.given(g, 'sv')} svarar i telefon"])

    return Table("stamcellsregistret_sthlm.givare", "sv", "snake", [
        c("givar_id", N, "BIGINT", g.keys(61_001), "decoy", KEY),
        c("givarkod", N, "VARCHAR", g.col(lambda: g.code("SE-9999-9999-9")), "decoy", PSEUDO, SHAPE),
        c("personnummer", "national_id", "VARCHAR", [v.personnummer(g, p[2]) for p in ppl]),
        c("fodelsedatum", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("fornamn", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("efternamn", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("mobilnummer", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "e164": 0.4}, 1.0, 0.03)),
        c("epost", "email", "VARCHAR", [_mail(g, "sv", p[:2]) for p in ppl]),
        c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SV_STREETS, "sv"), 0.05)),
        c("postnummer", "postal_code", "VARCHAR", [(p[1] + g.digits(5 - len(p[1])))[:3] + " " +
                                                   (p[1] + g.digits(5 - len(p[1])))[3:] for p in places]),
        c("postort", "city", "VARCHAR", [p[0] for p in places]),
        c("hla_typning_id", N, "VARCHAR", g.col(lambda: g.code("HLA-25-999999")), "decoy", SHAPE),
        c("salivkit_nummer", N, "VARCHAR", g.col(lambda: g.code("99999999"), 0.1), "decoy", SHAPE),
        c("rekryteringskampanj", N, "VARCHAR", g.col(g.pick(["Studentkampanj KI", "Blodcentralen Odenplan",
                                                             "Webbanmälan", "Gymnasieturné 2025"])), "decoy"),
        c("provtagningsdatum", N, "DATE", g.days("2023-01-01", "2025-11-30"), "decoy"),
        c("koordinator", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("narstaende_namn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sv"), 0.3), ROLE),
        c("narstaende_telefon", "phone", "VARCHAR", g.phones("SE", {"national": 1.0}, 1.0, 0.35), ROLE),
        c("fritext_2", "free_text", "VARCHAR", _custom(g, "sv"), CUSTOM),
        c("anteckning", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("okänd", "saknas")), NULLWORD),
    ])


def cs_plazma_darci(g: Gen) -> Table:
    """A Brno plasma centre's donors and their compensation (Czech, snake case): rodné číslo, IBAN."""
    ppl = _people(g, "cs", 1962, 2006)
    places = [g.rnd.choice(v.CS_CITIES) for _ in range(g.rows)]
    nurses = _staff(g, 5, "cs")
    doctors = _staff(g, 3, "cs")

    def note() -> str:
        return g.rnd.choice(["Odklad 14 dní – nachlazení", f"Doporučil kamarád {v.whole(g, 'cs')}",
                             "Hematom po odběru", f"Manželka {v.given(g, 'cs')} volala, přijde příště"])

    return Table("plazma_brno.darci_plazmy", "cs", "snake", [
        c("id_odberu", N, "BIGINT", g.keys(500_001), "decoy", KEY),
        c("cislo_odberu", N, "VARCHAR", g.col(lambda: v.rc_decoy(g)), "decoy", SHAPE),
        c("rodne_cislo", "national_id", "VARCHAR", [v.rodne_cislo(g, p[2], p[3]) for p in ppl]),
        c("jmeno", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("prijmeni", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("datum_narozeni", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [_mail(g, "cs", p[:2]) if g.rnd.random() < 0.8 else None for p in ppl]),
        c("ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CS_STREETS, "cs"))),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("psc", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("zdravotni_pojistovna", N, "VARCHAR", g.col(g.pick(["111", "201", "205", "207", "211"])), "decoy"),
        c("iban_kompenzace", "iban", "VARCHAR", g.col(lambda: v.cz_iban(g), 0.1)),
        c("castka_kompenzace", N, "DECIMAL(7,2)", g.col(g.pick([600.0, 700.0, 800.0])), "decoy"),
        c("objem_ml", N, "INTEGER", g.ints(650, 880), "decoy"),
        c("sestra", "person_name", "VARCHAR", g.col(g.pick(nurses)), STAFF),
        c("lekar", "person_name", "VARCHAR", g.col(lambda: "MUDr. " + g.rnd.choice(doctors)), STAFF),
        c("kontaktni_osoba", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "cs"), 0.65), ROLE, HEAVY),
        c("doplnkove_pole_2", "free_text", "VARCHAR", _custom(g, "cs"), CUSTOM),
        c("poznamka", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("neuvedeno", "nezjištěno")), NULLWORD),
    ])


def pt_rennda_pedidos(g: Gen) -> Table:
    """A Lisbon health centre group's requests to the national register of non-donors of organs (Portuguese)."""
    ppl = _people(g, "pt", 1940, 2020)
    places = [g.rnd.choice(v.PT_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "pt")
    units = [("USF Arroios", g.phone("PT", "national", False)), ("UCSP Odivelas", g.phone("PT", "national", False)),
             ("USF Sacavém", g.phone("PT", "national", False))]
    unit = [g.rnd.randrange(len(units)) for _ in range(g.rows)]
    minor = [p[2].year >= 2008 for p in ppl]

    def obs() -> str:
        return g.rnd.choice(["Pedido entregue pelo filho", f"Acompanhada pela sobrinha {v.whole(g, 'pt')}",
                             "Oposição por motivos religiosos", "Revogação de oposição anterior"])

    return Table("aces_lisboa_norte.pedidos_rennda", "pt", "snake", [
        c("id_pedido", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("num_pedido", N, "VARCHAR", g.col(lambda: v.pt_nif_decoy(g)), "decoy", SHAPE),
        c("nome_completo", "person_name", "VARCHAR", [f"{p[0]} {v.person(g, 'pt')[1]} {p[1]}" for p in ppl]),
        c("nif", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.1)),
        c("cartao_cidadao", "national_id", "VARCHAR", g.col(lambda: v.pt_cc(g), 0.2)),
        c("numero_utente", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 3)) + g.digits(8), 0.15)),
        c("data_nascimento", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.7, "e164": 0.3}, 1.0, 0.1)),
        c("email", "email", "VARCHAR", [_mail(g, "pt", p[:2]) if g.rnd.random() < 0.35 else None for p in ppl],
          HEAVY),
        c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PT_STREETS, "pt"))),
        c("codigo_postal", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("tipo_oposicao", N, "VARCHAR", g.col(g.pick(["Total", "Parcial", "Revogação"])), "decoy"),
        c("orgaos_excluidos", N, "VARCHAR", g.col(g.pick(["Todos", "Córneas", "Coração", "Rins, fígado"]), 0.3),
          "decoy"),
        c("representante_legal", "person_name", "VARCHAR", [v.whole(g, "pt") if m else None for m in minor], ROLE,
          HEAVY),
        c("data_registo", N, "DATE", g.days("2022-01-01", "2025-11-30"), "decoy"),
        c("funcionario", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("unidade_saude", N, "VARCHAR", [units[i][0] for i in unit], "business"),
        c("telefone_unidade", N, "VARCHAR", [units[i][1] for i in unit], "business"),
        c("campo_livre_2", "free_text", "VARCHAR", _custom(g, "pt"), CUSTOM),
        c("observacoes", "free_text", "VARCHAR", g.sparse(obs, 0.8, _words("desconhecido", "não indicado")),
          NULLWORD),
    ])


def el_aimodosia(g: Gen) -> Table:
    """A Heraklion hospital blood donation service's voluntary donors (Greek script): AMKA encoding the birth date."""
    ppl = _people(g, "el", 1958, 1999)
    places = [g.rnd.choice(v.EL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "el")
    clubs = ["Σύλλογος Εθελοντών Αιμοδοτών Ηρακλείου", "Σύλλογος Αιμοδοτών Μοιρών", "Τράπεζα Αίματος ΠΑΓΝΗ"]

    def note() -> str:
        return g.rnd.choice(["Αναβολή λόγω χαμηλού αιματοκρίτη", f"Ήρθε με τον αδελφό του {v.given(g, 'el')}",
                             "Ζάλη μετά την αιμοληψία", f"Δωρεά για τον ασθενή {v.whole(g, 'el')}"])

    return Table("αιμοδοσία_βενιζέλειου.εθελοντές_αιμοδότες", "el", "snake", [
        c("κωδικός", N, "BIGINT", g.keys(12_001), "decoy", KEY),
        c("αμκα", "ssn", "VARCHAR", [v.amka(g, p[2]) for p in ppl]),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.6), HEAVY),
        c("επώνυμο", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("όνομα", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: v.person(g, "el", False)[0], 0.1)),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [_mail(g, "el", p[:2]) if g.rnd.random() < 0.6 else None for p in ppl]),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.EL_STREETS, "el"))),
        c("τκ", "postal_code", "VARCHAR", [(p[1] + g.digits(5 - len(p[1]))) for p in places]),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("ομάδα_αίματος", N, "VARCHAR", g.col(g.pick(v.ABO)), "decoy"),
        c("αριθμός_ασκού", N, "VARCHAR", g.col(lambda: v.din(g, "GR071")), "decoy", SHAPE),
        c("ημερομηνία_αιμοδοσίας", N, "DATE", g.days("2024-01-01", "2025-11-30"), "decoy"),
        c("σύλλογος", N, "VARCHAR", g.col(g.pick(clubs)), "business"),
        c("νοσηλεύτρια", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("πρόσθετο_πεδίο_2", "free_text", "VARCHAR", _custom(g, "el"), CUSTOM),
        c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("άγνωστο", "κανένα")), NULLWORD),
    ])


def ru_plasma_donors(g: Gen) -> Table:
    """A Yekaterinburg blood transfusion station's paid plasma donors (Russian, Cyrillic names and values)."""
    ppl = _people(g, "ru", 1963, 2006)
    places = [g.rnd.choice(v.RU_CITIES) for _ in range(g.rows)]
    nurses = _staff(g, 5, "ru")
    doctors = _staff(g, 3, "ru")
    patronymics = ["Алексеевич", "Сергеевич", "Игоревич", "Дмитриевич", "Рустамович", "Андреевна", "Викторовна",
                   "Олеговна", "Павловна", "Ильинична"]

    def note() -> str:
        return g.rnd.choice(["Отвод на 2 недели: ОРВИ", f"Пришёл по приглашению {v.whole(g, 'ru')}",
                             "Гематома после процедуры", f"Связаться через жену {v.given(g, 'ru')}"])

    return Table("станция_переливания_екб.доноры_плазмы", "ru", "snake", [
        c("ид", N, "BIGINT", g.keys(3_300_001), "decoy", KEY),
        c("номер_донации", N, "VARCHAR", g.col(lambda: v.inn_decoy(g)), "decoy", SHAPE),
        c("фамилия", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("имя", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("отчество", "first_name", "VARCHAR", [g.rnd.choice(patronymics[5:] if p[3] else patronymics[:5])
                                                if g.rnd.random() < 0.9 else None for p in ppl]),
        c("дата_рождения", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("снилс", "ssn", "VARCHAR", g.col(lambda: v.snils(g), 0.1)),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn(g), 0.6), HEAVY),
        c("паспорт", "national_id", "VARCHAR", g.col(lambda: v.ru_passport(g), 0.05)),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.6, "e164": 0.4}, 1.0, 0.05)),
        c("эл_почта", "email", "VARCHAR", [_mail(g, "ru", p[:2]) if g.rnd.random() < 0.35 else None for p in ppl],
          HEAVY),
        c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"))),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("номер_карты", "credit_card", "VARCHAR", g.col(lambda: v.card(g, "220" + str(g.rnd.randint(0, 4))), 0.2)),
        c("сумма_выплаты", N, "DECIMAL(8,2)", g.col(g.pick([1_050.0, 1_365.0, 2_100.0])), "decoy"),
        c("группа_крови", N, "VARCHAR", g.col(g.pick(["0(I) Rh+", "A(II) Rh+", "B(III) Rh-", "AB(IV) Rh+"])),
          "decoy"),
        c("медсестра", "person_name", "VARCHAR", g.col(g.pick(nurses)), STAFF),
        c("врач_трансфузиолог", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("доп_поле_2", "free_text", "VARCHAR", _custom(g, "ru"), CUSTOM),
        c("примечание", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("нет", "не указано")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_plasma_visits, 700), (gb_session_bookings, 600), (au_marrow_registrations, 500), (gh_donor_register, 550),
    (nz_referral_log, 300), (us_blood_center_cobol, 650), (in_camp_staging, 600), (my_organ_pledges, 450),
    (fr_efs_as400, 600), (da_blodbank_tapninger, 500), (sv_stamcellsregister, 450), (cs_plazma_darci, 550),
    (pt_rennda_pedidos, 400), (el_aimodosia, 450), (ru_plasma_donors, 500),
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
