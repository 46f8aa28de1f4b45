"""Held-out set v128 for the column classifier: 15 tables of *hunting and fishing licences, firearms registries,
shooting clubs and gun shops* (a state's controlled hunt draw, gun shops' sales under a permit to acquire and firearm
transfers, a farm hunting register, salmon fishing permits sold online, a police firearm certificate extract, arms
licence applications, a clay shooting ground's members, a hunting association's members and their licences, an angling
club's permits, a gun shop's sales, a sport shooting club's members, a hunting estate's vouchers, a hunters'
association branch's roll and a hunting society's members), one system per table and each a different organisation,
eight with English column names and seven in other languages:

* ``idfg_draw.controlled_hunt_apps``: an Idaho controlled hunt draw's applications (snake case, SSN, application
  numbers shaped like SSNs failing the check, hunting licence and hunter education numbers, the party leader, a portal
  login, the submitting IP, ``misc_1``);
* ``huonGunsmiths.ptaSales``: a Hobart (Tasmania) gun shop's sales under a permit to acquire (camel case, firearms
  licence and driver licence numbers, permit numbers, firearm serials, the shop's ABN and phone, ``customField2``);
* ``ThompsonValleyOutdoors.FirearmTransfers``: a Kamloops (British Columbia) outfitter's firearm transfers (Pascal
  case, PAL numbers, transfer references, a card on file and its last four digits, SKUs, the branches' addresses and
  phones, ``Udf02``);
* ``NAM_HUNTREG.FARM_HUNT_REGISTER``: an Otjiwarongo (Namibia) hunting farm's register (SCREAMING case, Namibian ID
  numbers encoding the birth date, foreign hunters' passports, hunting permits and trophy tags, kill coordinates, the
  professional hunter, the next of kin, ``CUSTOM_FIELD_2``);
* ``speypermits.prm_ord``: a Strathspey angling association's online permit orders (abbreviated: ``cust_fnm``,
  ``ctc_ph``, ``addr_ln1``; guest anglers, ghillies, order IPs, app versions, catch returns);
* ``FACLEGCY.FA_CERT_EXTRACT``: an Irish Garda division's firearm certificate extract, a COBOL file (legacy: padded
  CHAR, ``YYYYMMDD`` integers, PPSN, the phone as a number with 0 for missing, Eircodes, certificate and serial numbers,
  the referee and the landowner, ``FA-USER-FLD-1``);
* ``stg_armslic_lhr.src_application_raw``: a Lahore arms licence e-application feed as an opaque staging table
  (``col01`` to ``col18``: CNIC, the father's name, a ``dd-mm-yyyy`` birth date, arms licence numbers, challan numbers
  shaped like CNICs failing its rules, hashes, IPs);
* ``teifi_clays.Member Register``: a Ceredigion clay shooting ground's member spreadsheet (column names in words with
  spaces: shotgun certificate numbers, the emergency contact, CPSA numbers, coaches, ``Custom 2`` holding squads);
* ``ms_hubert_trebic.clenove_lovecke_listky``: a Třebíč hunting association's members (Czech; rodné číslo encoding the
  birth date and sex, hunting licence and firearms licence numbers, insurance policies, invoice numbers shaped like
  birth numbers failing the check, the association's IČO, ``volne_pole_2``);
* ``mo_srz_zvolen.clenovia_povolenky``: a Zvolen angling union branch's members and permits (Slovak; rodné číslo,
  fishing licence numbers, permit numbers, the legal representative of junior members, fishing guards,
  ``volitelne_pole_1``);
* ``orozarna_celje.prodaja_orozja``: a Celje gun shop's sales (Slovenian; EMŠO encoding the birth date, the personal
  tax number, identity card numbers, purchase permits, hunting association cards, receipt numbers failing the tax
  number's check, the shop's registration number and phone, ``dodatno_polje_2`` holding till codes);
* ``sk_vojvodina_ns.clanovi``: a Novi Sad sport shooting club's members (Serbian, Latin script; JMBG encoding the birth
  date, identity card numbers, weapon permits, the parent or guardian of juniors, the club's PIB, ``dodatno_polje_1``);
* ``охотхозяйство_кедровый_бор.путёвки``: a Tomsk oblast hunting estate's hunting vouchers (Russian: Cyrillic column
  names and values; passport, SNILS, personal INN, hunting tickets, weapon permits, the patronymic, the gamekeeper, the
  estate's OGRN, ``доп_поле_2``);
* ``ryouyuukai_matsumoto.kaiin_meibo``: a Matsumoto hunters' association branch's member roll (romanized Japanese
  names, values in kanji and katakana; hunting licence numbers, gun possession permits, insurance certificates, the
  emergency contact, the association's corporate number, ``jiyuu_koumoku_1`` holding hunting districts);
* ``societat_cacadors_solsona.socis``: a Solsonès hunting society's members (Catalan; DNI/NIE, hunting licence and
  weapons licence numbers, insurance policies, IBAN, the legal guardian of junior members, the society's CIF,
  ``camp_lliure_2``).

Written **blind**, like v2 to v125: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its two
modules and its test), ``tests/heldout_support.py``, v107's docstring, the module docstrings of v24 to v125
(to avoid their domains and follow their labeling conventions, and to pick the languages they used least; v44 had a
firearm certificate register and hunting-licence validations, v96 fishing licences and v103 a gun shop and a hunting
shop, and every organisation, country and shape here is different from theirs) and the ``Column``/``Table`` classes
and writer of v2 and v4. The classifier was not run on this set while it was written, no scorer was run on it, and no
score was looked at. It was written under a short deadline (40 minutes, the tests and lint included), so some labels
are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, an Irish PPSN and a Russian SNILS are ``ssn``; a Namibian ID number, a passport number, a Tasmanian driver
  licence, a CNIC, rodné číslo, EMŠO, the Slovenian personal tax number, a Slovenian or Serbian identity card number,
  JMBG, a Russian passport, a personal INN, DNI and NIE are ``national_id``;
* a licence a state issues to a person and that follows the person (an Idaho hunting licence and hunter education
  certificate, a Tasmanian firearms licence, a Canadian PAL, a UK shotgun certificate, a Punjab arms licence, a Czech
  hunting licence and firearms licence, a Slovak fishing licence, a Russian hunting ticket, a Japanese hunting licence,
  a Catalan hunting licence and a Spanish weapons licence) is ``national_id`` (tag ``licence``), like a driving
  licence in kinds.py and in v103 and v107; these have no check digit and are generated by shape only;
* a permit or certificate that numbers one firearm, one purchase, one hunt or one day's fishing (an Irish firearm
  certificate, a permit to acquire, a CFP transfer reference, a Namibian hunting permit, a fishing permit, a Slovenian
  purchase permit, a Serbian weapon permit, a Russian РОХа permit, a Japanese gun possession permit), trophy tags,
  firearm serials, insurance policies, member, CPSA and hunting association card numbers, orders, invoices, receipts,
  challans, application and voucher numbers, SKUs and payment references are ``none`` (tag ``decoy``, ``value_shape``
  when shaped like an identifier; several are built to fail the check of the identifier they look like); a card's last
  four digits are ``none``;
* shops', farms', clubs', associations' and estates' names, addresses, phones, ABN, IČO, matična številka, PIB, OGRN,
  corporate numbers and CIF are ``none`` (tag ``business``); hunt units, beats, hunting grounds and districts, species,
  calibres and makes are ``none``; kill coordinates and a farm's coordinates are ``none``;
* licence clerks, salespeople, professional hunters, ghillies, issuing superintendents, coaches, the association's
  game warden (``hospodar``), fishing guards, trainers, the gamekeeper (``егерь``), the branch's office staff
  (``jimukyoku_tantou``) and the society's warden (``guarda``) are staff (``person_name``, tag ``staff``); a party
  leader, a guest angler, a referee, a landowner, a father, a next of kin, an emergency contact, a legal
  representative or guardian and a parent are personal (tag ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding squads, till codes or hunting districts are ``none`` (tags ``decoy`` and ``custom_plain``); a portal
  login is ``unclassified`` (tag ``username``); a submitting and an order IP are ``ip_address``; a card on file is
  ``credit_card``; an IBAN is ``iban``;
* the Russian patronymic (``отчество``) is ``first_name``; two Catalan surnames in one column (``cognoms``) are
  ``last_name``; a Czech academic title is ``none``; a suburb, a Namibian town, a Japanese municipality and a Pakistani
  city are ``city``; a county, an issuing police force, a Garda district and a nationality are ``none``;
* numeric dates of birth (``YYYYMMDD``) and a ``dd-mm-yyyy`` string in an opaque column are ``date_of_birth``; issue,
  expiry, hunt, permit, sale and transfer dates are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v128_values`, written for v128 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v128 [PATH]`` (default ``/tmp/heldout_v128.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v128``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from stdnum.au import abn as _abn

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v128_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v128_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "namibian_id_birth_date", "snils_is_valid", "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v128.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # clerks, salespeople, professional hunters, ghillies, coaches, wardens (few distinct)
ROLE = "role_word"  # a role word (party leader, guest, referee, next of kin, guardian, father ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
LICENCE = "licence"  # a licence a state issues to a person (national_id)
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes (none)

snils_is_valid = v.snils_is_valid


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
            if lang == "ru":
                return v.ru_email(g, a)
            if lang == "ja":
                return v.ja_email(g)
            return v.email_of(g, a, b, v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def namibian_id_birth_date(value: str) -> date:
    """The birth date a Namibian ID number (``YYMMDD`` and five digits) starts with (born 1925-2024)."""
    yy, mm, dd = int(value[:2]), int(value[2:4]), int(value[4:6])
    return date(yy + (2000 if yy <= 24 else 1900), mm, dd)


def _uk_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.code('9')}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"


# -- English-named tables ----------------------------------------------------------------------------------------------


def id_controlled_hunts(g: Gen) -> Table:
    """An Idaho controlled hunt draw's applications (snake case)."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ID_CITIES) for _ in range(g.rows)]
    clerks = _staff(g, 5, "us")
    parties = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Bonus points transferred from {v.whole(g, 'us')}", "Duplicate app voided",
                             f"Called in by wife {v.given(g, 'us')}, card declined twice", "Disabled hunter permit",
                             "Resident status verified with DL"])

    return Table("idfg_draw.controlled_hunt_apps", "en", "snake", [
        c("app_id", N, "BIGINT", g.keys(2_025_000_001), "decoy", KEY),
        c("app_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("hunter_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("hunter_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("hunter_dob", "date_of_birth", "DATE", g.births(1945, 2013)),
        c("hunter_ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.6), 0.1)),
        c("hunting_license_no", "national_id", "VARCHAR", g.col(lambda: g.code("2599999999"), 0.05), LICENCE),
        c("hunter_ed_cert", "national_id", "VARCHAR", g.col(lambda: g.code("ID9999999"), 0.2), LICENCE),
        c("residency", N, "VARCHAR", g.col(g.pick(["Resident", "Resident", "Nonresident"])), "decoy"),
        c("mailing_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ID_STREETS), 0.02)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("county", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("zip", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("phone_primary", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.8,
                                                        0.05)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.25 else v.email_of(g, a, b, v.DOMAINS["us"])
                                        for a, b in pairs]),
        c("party_leader_name", "person_name", "VARCHAR", [v.whole(g, "us") if p else None for p in parties], ROLE,
          HEAVY),
        c("portal_username", USERNAME, "VARCHAR", [v.login(a, b, g.rnd.randrange(4)) for a, b in pairs], "username"),
        c("hunt_choice_1", N, "VARCHAR", g.col(g.pick(v.ID_HUNTS)), "decoy"),
        c("hunt_choice_2", N, "VARCHAR", g.col(g.pick(v.ID_HUNTS), 0.3), "decoy"),
        c("draw_result", N, "VARCHAR", g.col(g.pick(["Unsuccessful", "Unsuccessful", "Successful", "Alternate"])),
          "decoy"),
        c("fee_paid", N, "DOUBLE", g.col(g.pick([6.25, 16.75, 41.75, 196.75])), "decoy"),
        c("submitted_at", N, "TIMESTAMP", g.moments("2025-04-01", "2025-06-05"), "decoy"),
        c("submit_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.15)),
        c("processed_by", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words()), NULLWORD),
    ])


def tas_pta_sales(g: Gen) -> Table:
    """A Hobart gun shop's sales under a permit to acquire (camel case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "au")
    abn = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)
    shop_phone = g.phone("AU", "national", False)

    return Table("huonGunsmiths.ptaSales", "en", "camel", [
        c("saleId", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("invoiceNo", N, "VARCHAR", g.col(lambda: g.code("HG-99999")), "decoy", SHAPE),
        c("buyerGivenName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("buyerSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("buyerDob", "date_of_birth", "DATE", g.births(1950, 2006)),
        c("firearmsLicenceNo", "national_id", "VARCHAR", g.col(lambda: g.code("FL9999999")), LICENCE),
        c("licenceCategory", N, "VARCHAR", g.col(g.pick(["A", "A/B", "B", "A/B/C", "H"])), "decoy"),
        c("driverLicenceNo", "national_id", "VARCHAR", g.col(lambda: g.code("A99999"), 0.2)),
        c("permitToAcquireNo", N, "VARCHAR", g.col(lambda: f"PTA {g.code('99999')}/25"), "decoy", SHAPE),
        c("residentialAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
        c("suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3}, 0.85, 0.05)),
        c("emailAddress", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, a, b, v.DOMAINS["au"])
                                               for a, b in pairs]),
        c("firearmMake", N, "VARCHAR", g.col(g.pick(v.FIREARM_MAKES)), "decoy"),
        c("firearmSerial", N, "VARCHAR", g.col(lambda: g.code("AZ999999")), "decoy", SHAPE),
        c("calibre", N, "VARCHAR", g.col(g.pick(v.CALIBRES)), "decoy"),
        c("salePrice", N, "DOUBLE", g.amounts(450, 6_800), "decoy"),
        c("saleDate", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("salesperson", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("storeAbn", N, "VARCHAR", [_abn.format(abn)] * g.rows, "business"),
        c("storePhone", N, "VARCHAR", [shop_phone] * g.rows, "business"),
        c("customField2", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
    ])


def bc_firearm_transfers(g: Gen) -> Table:
    """A Kamloops outfitter's firearm transfers (Pascal case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "ca")
    branches = [("1187 Tranquille Rd Unit 4", g.phone("CA", "national", False)),
                ("2090 Harvey Ave Unit 12", g.phone("CA", "national", False))]
    br = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]
    cards = [v.card(g) if g.rnd.random() < 0.35 else None for _ in range(g.rows)]
    return Table("ThompsonValleyOutdoors.FirearmTransfers", "en", "pascal", [
        c("TransferId", N, "BIGINT", g.keys(700_001), "decoy", KEY),
        c("CfpTransferRef", N, "VARCHAR", g.col(lambda: g.code("99999999-AA")), "decoy", SHAPE),
        c("PurchaserFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("PurchaserLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("PurchaserDob", "date_of_birth", "DATE", g.births(1948, 2007)),
        c("PalNumber", "national_id", "VARCHAR", g.col(lambda: g.code("99999999.0001")), LICENCE),
        c("PalExpiry", N, "DATE", g.days("2025-06-01", "2030-05-31"), "decoy"),
        c("StreetAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
        c("City", "city", "VARCHAR", [p[0] for p in places]),
        c("PostalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("HomePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.7, 0.05)),
        c("Email", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, a, b, v.DOMAINS["ca"])
                                        for a, b in pairs]),
        c("CardOnFile", "credit_card", "VARCHAR", cards, HEAVY),
        c("CardLast4", N, "VARCHAR", [k.replace(" ", "")[-4:] if k else None for k in cards], "decoy"),
        c("FirearmClass", N, "VARCHAR", g.col(g.pick(["Non-restricted", "Non-restricted", "Restricted"])), "decoy"),
        c("Make", N, "VARCHAR", g.col(g.pick(v.FIREARM_MAKES)), "decoy"),
        c("SerialNumber", N, "VARCHAR", g.col(lambda: g.code("ZZ9999999")), "decoy", SHAPE),
        c("Sku", N, "VARCHAR", g.col(lambda: g.code("TVO-99999-AA")), "decoy", SHAPE),
        c("Salesperson", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("BranchAddress", N, "VARCHAR", [branches[i][0] for i in br], "business"),
        c("BranchPhone", N, "VARCHAR", [branches[i][1] for i in br], "business"),
        c("Udf02", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
    ])


def na_farm_hunting(g: Gen) -> Table:
    """An Otjiwarongo hunting farm's hunting register (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        born = g.birth(1950, 2006)
        local = g.rnd.random() < 0.72
        nid = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(5)}" if local else None
        rows.append((born, nid, None if local else g.code("A99999999")))
    staff = _staff(g, 4, "na")
    farms = [("Farm Okaputa Jagd", g.phone("NA", "national", False)),
             ("Otjiwa Hunting Ranch", g.phone("NA", "national", False))]
    farm = [g.rnd.randrange(len(farms)) for _ in range(g.rows)]

    def remark() -> str:
        return g.rnd.choice(["Wounded kudu recovered next morning", f"Tracker {v.given(g, 'na')} assisted",
                             "Meat to farm workers", f"Booked through {v.whole(g, 'na')}", "Biltong hunt, 3 animals"])

    return Table("NAM_HUNTREG.FARM_HUNT_REGISTER", "en", "screaming", [
        c("REGISTER_NO", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("HUNTING_PERMIT_NO", N, "VARCHAR", g.col(lambda: g.code("MEFT/HP/2025/99999")), "decoy", SHAPE),
        c("HUNTER_FULL_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "na"))),
        c("ID_NUMBER", "national_id", "VARCHAR", [r[1] for r in rows]),
        c("PASSPORT_NO", "national_id", "VARCHAR", [r[2] for r in rows], HEAVY),
        c("NATIONALITY", N, "VARCHAR", [("Namibian" if r[1] else g.rnd.choice(["German", "Austrian", "American",
                                                                                "South African"])) for r in rows],
          "decoy"),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [r[0] for r in rows]),
        c("CELL_NO", "phone", "VARCHAR", g.phones("NA", {"national": 0.6, "e164": 0.4}, 1.0, 0.1)),
        c("EMAIL_ADDRESS", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "na"), v.DOMAINS["na"]), 0.3)),
        c("RESIDENTIAL_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NA_STREETS, "na"), 0.15)),
        c("TOWN", "city", "VARCHAR", g.col(g.pick(v.NA_TOWNS))),
        c("FIREARM_SERIAL_NO", N, "VARCHAR", g.col(lambda: g.code("ZZZ999999")), "decoy", SHAPE),
        c("CALIBRE", N, "VARCHAR", g.col(g.pick(v.CALIBRES)), "decoy"),
        c("SPECIES", N, "VARCHAR", g.col(g.pick(["Kudu", "Oryx", "Springbok", "Warthog", "Eland", "Blesbok",
                                                 "Hartebeest"])), "decoy"),
        c("TROPHY_TAG_NO", N, "VARCHAR", g.col(lambda: g.code("OTJ-9999"), 0.3), "decoy", SHAPE),
        c("GPS_LAT", N, "DOUBLE", g.floats(-20.75, -20.25, 5), "decoy"),
        c("GPS_LON", N, "DOUBLE", g.floats(16.45, 16.95, 5), "decoy"),
        c("PROFESSIONAL_HUNTER", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("FARM_NAME", N, "VARCHAR", [farms[i][0] for i in farm], "business"),
        c("FARM_PHONE", N, "VARCHAR", [farms[i][1] for i in farm], "business"),
        c("NEXT_OF_KIN_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "na"), 0.2), ROLE),
        c("NEXT_OF_KIN_CELL", "phone", "VARCHAR", g.phones("NA", {"national": 1.0}, 1.0, 0.3), ROLE),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "NA", "na"), CUSTOM),
        c("REMARKS", "free_text", "VARCHAR", g.sparse(remark, 0.75, _words("nil", "Nil")), NULLWORD),
    ])


def sc_spey_permits(g: Gen) -> Table:
    """A Strathspey angling association's online fishing permit orders (abbreviated snake case)."""
    pairs = [v.person(g, "sc") for _ in range(g.rows)]
    places = [g.rnd.choice(v.SC_CITIES) for _ in range(g.rows)]
    ghillies = _staff(g, 5, "sc")
    guests = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    return Table("speypermits.prm_ord", "en", "abbrev", [
        c("ord_id", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("ord_ref", N, "VARCHAR", g.col(lambda: g.code("SP-25-99999")), "decoy", SHAPE),
        c("cust_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("cust_snm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.05),
          ABBREV),
        c("ctc_eml", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["sc"]) for a, b in pairs], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SC_STREETS, "sc"), 0.1), ABBREV),
        c("addr_twn", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("addr_pc", "postal_code", "VARCHAR", [_uk_postcode(g, p[1]) for p in places], ABBREV),
        c("bt_nm", N, "VARCHAR", g.col(g.pick(["Association Water 1", "Castle Grant beat", "Tulchan B",
                                               "Ballindalloch upper", "Knockando Junior"])), "decoy"),
        c("prm_typ", N, "VARCHAR", g.col(g.pick(["Day", "Week", "Junior day", "Evening"])), "decoy"),
        c("prm_no", N, "VARCHAR", g.col(lambda: f"GSAA/{g.code('99999')}"), "decoy", SHAPE),
        c("prm_dt", N, "DATE", g.days("2025-02-11", "2025-09-30"), "decoy"),
        c("gst_nm", "person_name", "VARCHAR", [v.whole(g, "sc") if k else None for k in guests], ROLE, HEAVY,
          ABBREV),
        c("ghillie_nm", "person_name", "VARCHAR", g.col(g.pick(ghillies), 0.3), STAFF, ABBREV),
        c("pay_ref", N, "VARCHAR", g.col(lambda: g.code("pi_ZZZZZZZZZZZZZZ")), "decoy", SHAPE),
        c("card_l4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy"),
        c("ord_ip", "ip_address", "VARCHAR", g.col(g.ip)),
        c("app_ver", N, "VARCHAR", g.col(g.version), "decoy"),
        c("ctch_ret", N, "INTEGER", g.ints(0, 3, 0.2), "decoy"),
        c("ctch_wt_lb", N, "DOUBLE", g.floats(0, 18, 1), "decoy"),
    ])


def ie_firearm_certificates(g: Gen) -> Table:
    """An Irish Garda division's firearm certificate extract (COBOL: padded CHAR, YYYYMMDD integers)."""
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IE_CITIES) for _ in range(g.rows)]
    supts = _staff(g, 3, "ie")
    issued = [g.day("2022-01-01", "2025-10-31") for _ in range(g.rows)]
    clubs = ["MIDLAND GUN CLUB", "SHANNONSIDE DEER STALKERS", "BALLINASLOE RGC", "NONE"]
    return Table("FACLEGCY.FA_CERT_EXTRACT", "en", "cobol", [
        c("FA-CERT-NO", N, "VARCHAR", g.col(lambda: "FA" + g.digits(7)), "decoy", SHAPE, LEGACY),
        c("FA-SURNAME", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("FA-FORENAME", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("FA-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1945, 2007)) for _ in range(g.rows)], LEGACY),
        c("FA-PPSN", "ssn", "VARCHAR", _pad(g.col(lambda: v.pps(g), 0.15), 9), LEGACY),
        c("FA-ADDR-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.IE_STREETS, "ie").upper()), 30),
          LEGACY),
        c("FA-TOWN", "city", "VARCHAR", _pad([p[0].upper() for p in places], 20), LEGACY),
        c("FA-EIRCODE", "postal_code", "VARCHAR", [f"{p[1]} {g.code('A9AA')}" for p in places], LEGACY),
        c("FA-PHONE", "phone", "BIGINT", [int(g.phone("IE", "digits", g.rnd.random() < 0.75))
                                          if g.rnd.random() < 0.85 else 0 for _ in range(g.rows)], LEGACY),
        c("FA-MAKE", N, "VARCHAR", _pad(g.col(lambda: g.rnd.choice(v.FIREARM_MAKES).upper()), 12), "decoy", LEGACY),
        c("FA-SERIAL", N, "VARCHAR", _pad(g.col(lambda: g.code("ZZ999999")), 12), "decoy", SHAPE, LEGACY),
        c("FA-CALIBRE", N, "VARCHAR", _pad(g.col(g.pick(["12G", "20G", ".22LR", ".243", ".308", ".17HMR"])), 6),
          "decoy", LEGACY),
        c("FA-ACTION", N, "VARCHAR", _pad(g.col(g.pick(["BOLT", "O/U", "S/S", "SEMI", "PUMP"])), 5), "decoy",
          LEGACY),
        c("FA-ISSUE-DT", N, "INTEGER", [_ymd(d) for d in issued], "decoy", LEGACY),
        c("FA-EXPIRY-DT", N, "INTEGER", [_ymd(date(d.year + 3, d.month, min(d.day, 28))) for d in issued], "decoy",
          LEGACY),
        c("FA-DISTRICT", N, "VARCHAR", _pad(g.col(g.pick(["ROSCOMMON", "BALLINASLOE", "MULLINGAR", "LONGFORD"])), 12),
          "decoy", LEGACY),
        c("FA-SUPT-NM", "person_name", "VARCHAR", _pad(g.col(g.pick([s.upper() for s in supts])), 30), STAFF, LEGACY),
        c("FA-REFEREE-NM", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "ie").upper(), 0.1), 30), ROLE,
          LEGACY),
        c("FA-LANDOWNER-NM", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "ie").upper(), 0.6), 30), ROLE,
          HEAVY, LEGACY),
        c("FA-CLUB-NM", N, "VARCHAR", _pad(g.col(g.pick(clubs)), 30), "business", LEGACY),
        c("FA-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "IE", "ie"), 40), CUSTOM, LEGACY),
    ])


def pk_arms_applications(g: Gen) -> Table:
    """A Lahore arms licence e-application feed, landed as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.12
        a, b = v.person(g, "pk", female)
        rows.append((f"{a} {b}", v.cnic(g, female), g.birth(1955, 2004)))
    places = [g.rnd.choice(v.PK_CITIES) for _ in range(g.rows)]
    return Table("stg_armslic_lhr.src_application_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [r[0] for r in rows], OPAQUE),
        c("col03", "person_name", "VARCHAR", g.col(lambda: f"{v.person(g, 'pk', False)[0]} {v.person(g, 'pk')[1]}",
                                                   0.05), ROLE, OPAQUE),
        c("col04", "national_id", "VARCHAR", [r[1] for r in rows], OPAQUE),
        c("col05", "date_of_birth", "VARCHAR", [f"{r[2].day:02d}-{r[2].month:02d}-{r[2].year}" for r in rows], OPAQUE),
        c("col06", "phone", "VARCHAR", g.phones("PK", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 0.95), OPAQUE),
        c("col07", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "pk"), v.DOMAINS["pk"]), 0.3), OPAQUE),
        c("col08", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PK_STREETS, "pk"), 0.05), OPAQUE),
        c("col09", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col10", "postal_code", "VARCHAR", [p[1] if g.rnd.random() < 0.6 else None for p in places], OPAQUE),
        c("col11", "national_id", "VARCHAR", g.col(lambda: g.code("PB-LHR-25-999999"), 0.35), LICENCE, OPAQUE),
        c("col12", N, "VARCHAR", g.col(g.pick(["Pistol", "Rifle", "Shotgun", "Revolver"])), "decoy", OPAQUE),
        c("col13", N, "VARCHAR", g.col(g.pick(["NPB", "12 bore", ".30", "9mm", ".222"])), "decoy", OPAQUE),
        c("col14", N, "VARCHAR", g.col(lambda: v.cnic_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col16", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.1)), OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "PK", "pk"), CUSTOM, OPAQUE),
        c("col18", N, "TIMESTAMP", g.moments("2025-07-01", "2025-10-31"), "decoy", OPAQUE),
    ])


def cy_clay_ground(g: Gen) -> Table:
    """A Ceredigion clay shooting ground's member spreadsheet (column names in words with spaces)."""
    pairs = [v.person(g, "cy") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CY_CITIES) for _ in range(g.rows)]
    coaches = _staff(g, 3, "cy")
    ground = g.phone("GB", "national", False, ["1239"])

    def note() -> str:
        return g.rnd.choice(["Left-handed, needs stock adapter", f"Brought guest {v.whole(g, 'cy')} twice",
                             "Cert renewal due, reminded", f"Son {v.given(g, 'cy')} shoots juniors", "Prefers Sunday"])

    return Table("teifi_clays.Member Register", "en", "spaces", [
        c("Member No", N, "INTEGER", g.keys(1_001), "decoy", KEY),
        c("First Name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("Date of Birth", "date_of_birth", "DATE", g.births(1940, 2010)),
        c("Shotgun Certificate No", "national_id", "VARCHAR", g.col(lambda: g.code("DP/SG/99999"), 0.15), LICENCE),
        c("Certificate Expiry", N, "DATE", g.days("2025-01-01", "2030-12-31", 0.15), "decoy"),
        c("Issuing Force", N, "VARCHAR", g.col(g.pick(["Dyfed-Powys", "Dyfed-Powys", "South Wales", "North Wales"])),
          "decoy"),
        c("Address Line 1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CY_STREETS, "cy"), 0.05)),
        c("Town", "city", "VARCHAR", [p[0] for p in places]),
        c("Postcode", "postal_code", "VARCHAR", [_uk_postcode(g, p[1]) for p in places]),
        c("Mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.8, "intl": 0.2}, 1.0, 0.05)),
        c("Home Phone", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.0, 0.6), HEAVY),
        c("Email", "email", "VARCHAR", [None if g.rnd.random() < 0.15 else v.email_of(g, a, b, v.DOMAINS["cy"])
                                        for a, b in pairs]),
        c("Emergency Contact", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "cy"), 0.25), ROLE),
        c("Emergency Contact Phone", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.9, 0.3), ROLE),
        c("CPSA Membership No", N, "VARCHAR", g.col(lambda: g.code("99999"), 0.3), "decoy", SHAPE),
        c("Class", N, "VARCHAR", g.col(g.pick(["AA", "A", "B", "C", "Unclassified"])), "decoy"),
        c("Coach", "person_name", "VARCHAR", g.col(g.pick(coaches), 0.4), STAFF),
        c("Ground Phone", N, "VARCHAR", [ground] * g.rows, "business"),
        c("Custom 2", N, "VARCHAR", g.col(g.pick(["Squad A", "Squad B", "Sunday Sporting", "Vets", "Colts"]), 0.2),
          "decoy", PLAIN),
        c("Notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("none")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def cz_myslivecky_spolek(g: Gen) -> Table:
    """A Třebíč hunting association's members and their licences (Czech, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.12
        a, b = v.person(g, "cs", female)
        born = g.birth(1954, 2007)
        rows.append((a, b, born, v.rodne_cislo(g, born, female)))
    places = [g.rnd.choice(v.CZ_CITIES) for _ in range(g.rows)]
    wardens = _staff(g, 2, "cs")
    ico = v.cz_ico(g)

    def note() -> str:
        return g.rnd.choice(["Brigáda odpracována", f"Doporučil {v.whole(g, 'cs')}", "Čekatel, zkouška v květnu",
                             f"Přihlášku podala manželka {v.given(g, 'cs')}", "Vlastní loveckého psa"])

    return Table("ms_hubert_trebic.clenove_lovecke_listky", "cs", "snake", [
        c("clen_id", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("titul", N, "VARCHAR", g.col(g.pick(["Ing.", "Mgr.", "Bc.", "MVDr.", "JUDr."]), 0.6), "decoy"),
        c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("rodne_cislo", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("datum_narozeni", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CZ_STREETS, "cs"))),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("psc", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["cs"]) if g.rnd.random() < 0.65 else None
                                        for r in rows]),
        c("cislo_loveckeho_listku", "national_id", "VARCHAR", g.col(lambda: g.code("999999/TR"), 0.05), LICENCE),
        c("cislo_zbrojniho_prukazu", "national_id", "VARCHAR", g.col(lambda: g.code("AL 999999"), 0.2), LICENCE),
        c("platnost_zp", N, "DATE", g.days("2025-01-01", "2035-12-31", 0.2), "decoy"),
        c("pojistna_smlouva", N, "VARCHAR", g.col(lambda: g.code("8099999999")), "decoy", SHAPE),
        c("honitba", N, "VARCHAR", g.col(g.pick(["Hubert Třebíč", "Pocoucov", "Ptáčov", "Řípov"])), "decoy"),
        c("funkce", N, "VARCHAR", g.col(g.pick(["člen", "člen", "člen", "čekatel", "předseda", "jednatel"])),
          "decoy"),
        c("hospodar", "person_name", "VARCHAR", g.col(g.pick(wardens)), STAFF),
        c("faktura_c", N, "VARCHAR", g.col(lambda: v.rodne_cislo_decoy(g)), "decoy", SHAPE),
        c("ico_spolku", N, "VARCHAR", [ico] * g.rows, "business"),
        c("volne_pole_2", "free_text", "VARCHAR", _custom(g, "CZ", "cs"), CUSTOM),
        c("poznamka", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("neuvedeno", "nevyplněno")), NULLWORD),
    ])


def sk_rybarsky_zvaz(g: Gen) -> Table:
    """A Zvolen angling union branch's members and permits (Slovak, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.15
        a, b = v.person(g, "sk", female)
        born = g.birth(2008, 2016) if g.rnd.random() < 0.22 else g.birth(1954, 2007)
        rows.append((a, b, born, v.rodne_cislo(g, born, female)))
    places = [g.rnd.choice(v.SK_CITIES) for _ in range(g.rows)]
    guards = _staff(g, 4, "sk")
    minors = [r[2].year >= 2008 for r in rows]

    def note() -> str:
        return g.rnd.choice(["Povolenka stratená, vydaný duplikát", f"Brigádu odpracoval otec {v.given(g, 'sk')}",
                             "Záznam o úlovkoch neodovzdaný", f"Kontrola: {v.whole(g, 'sk')} bez povolenky"])

    return Table("mo_srz_zvolen.clenovia_povolenky", "sk", "snake", [
        c("clenske_cislo", N, "INTEGER", g.keys(5_001), "decoy", KEY),
        c("meno", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("priezvisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("rodne_cislo", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("datum_narodenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SK_STREETS, "sk"))),
        c("mesto", "city", "VARCHAR", [p[0] for p in places]),
        c("psc", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("SK", {"national": 0.7, "intl": 0.3}, 0.95, 0.1)),
        c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "sk"), v.DOMAINS["sk"]), 0.4)),
        c("rybarsky_listok", "national_id", "VARCHAR", g.col(lambda: f"OU-ZV-{g.code('99999')}/25", 0.05), LICENCE),
        c("cislo_povolenky", N, "VARCHAR", g.col(lambda: f"ZV {g.code('9999')}/25"), "decoy", SHAPE),
        c("druh_povolenky", N, "VARCHAR", g.col(g.pick(["kaprové", "lipňové", "pstruhové", "detské"])), "decoy"),
        c("zakonny_zastupca", "person_name", "VARCHAR", [v.whole(g, "sk") if m else None for m in minors], ROLE,
          HEAVY),
        c("zakonny_zastupca_telefon", "phone", "VARCHAR", [g.phone("SK", "national") if m else None for m in minors],
          ROLE, HEAVY),
        c("rybarsky_strazca", "person_name", "VARCHAR", g.col(g.pick(guards)), STAFF),
        c("pocet_ulovkov", N, "INTEGER", g.ints(0, 60), "decoy"),
        c("volitelne_pole_1", "free_text", "VARCHAR", _custom(g, "SK", "sk"), CUSTOM),
        c("poznamka", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("neuvedené")), NULLWORD),
    ])


def si_orozarna(g: Gen) -> Table:
    """A Celje gun shop's sales (Slovenian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.1
        a, b = v.person(g, "sl", female)
        born = g.birth(1950, 2006)
        rows.append((a, b, born, v.emso(g, born, female)))
    places = [g.rnd.choice(v.SI_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "sl")
    maticna = v.si_maticna(g)
    shop_phone = g.phone("SI", "national", False)
    return Table("orozarna_celje.prodaja_orozja", "sl", "snake", [
        c("racun_id", N, "BIGINT", g.keys(250_001), "decoy", KEY),
        c("st_racuna", N, "VARCHAR", g.col(lambda: v.si_tax_decoy(g)), "decoy", SHAPE),
        c("kupec_ime", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("kupec_priimek", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("emso", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("datum_rojstva", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("davcna_stevilka", "national_id", "VARCHAR", g.col(lambda: v.si_tax(g), 0.6), HEAVY),
        c("st_osebne_izkaznice", "national_id", "VARCHAR", g.col(lambda: "I" + g.code("A9999999"), 0.2)),
        c("naslov", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SI_STREETS, "sl"))),
        c("posta", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("kraj", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("SI", {"national": 0.7, "intl": 0.3}, 0.9, 0.1)),
        c("eposta", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["sl"]) if g.rnd.random() < 0.6 else None
                                         for r in rows]),
        c("dovoljenje_za_nabavo", N, "VARCHAR", g.col(lambda: g.code("211-99/2025-9"), 0.3), "decoy", SHAPE),
        c("lovska_izkaznica", N, "VARCHAR", g.col(lambda: g.code("99999"), 0.4), "decoy", SHAPE),
        c("artikel", N, "VARCHAR", g.col(g.pick(["Karabin", "Bokarica", "Pištola", "Strelivo 50 kos",
                                                 "Puškohled"])), "decoy"),
        c("serijska_st", N, "VARCHAR", g.col(lambda: g.code("ZZ99999"), 0.2), "decoy", SHAPE),
        c("kaliber", N, "VARCHAR", g.col(g.pick(v.CALIBRES)), "decoy"),
        c("cena", N, "DOUBLE", g.amounts(25, 4_900), "decoy"),
        c("prodajalec", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("maticna_st_trgovine", N, "VARCHAR", [maticna] * g.rows, "business"),
        c("trgovina_telefon", N, "VARCHAR", [shop_phone] * g.rows, "business"),
        c("dodatno_polje_2", N, "VARCHAR", g.col(g.pick(["BL1", "BL2", "SPLET", "SERVIS"])), "decoy", PLAIN),
    ])


def rs_streljacki_klub(g: Gen) -> Table:
    """A Novi Sad sport shooting club's members (Serbian in Latin script, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "sr", female)
        born = g.birth(2007, 2013) if g.rnd.random() < 0.25 else g.birth(1955, 2006)
        rows.append((a, b, born, v.emso(g, born, female, (80, 81, 82, 85))))
    places = [g.rnd.choice(v.RS_CITIES) for _ in range(g.rows)]
    trainers = _staff(g, 3, "sr")
    pib = v.rs_pib(g)
    juniors = [r[2].year >= 2007 for r in rows]

    def note() -> str:
        return g.rnd.choice(["Članarina plaćena za celu godinu", f"Dovela ga sestra {v.given(g, 'sr')}",
                             "Republičko prvenstvo, vazdušna puška", f"Preporuka: {v.whole(g, 'sr')}"])

    return Table("sk_vojvodina_ns.clanovi", "sr", "snake", [
        c("clan_id", N, "INTEGER", g.keys(101), "decoy", KEY),
        c("ime", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("prezime", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("jmbg", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("datum_rodjenja", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("adresa", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RS_STREETS, "sr"))),
        c("mesto", "city", "VARCHAR", [p[0] for p in places]),
        c("postanski_broj", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("mobilni", "phone", "VARCHAR", g.phones("RS", {"national": 0.7, "intl": 0.3}, 1.0, 0.05)),
        c("imejl", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["sr"]) if g.rnd.random() < 0.7 else None
                                        for r in rows]),
        c("broj_licne_karte", "national_id", "VARCHAR", g.col(lambda: g.code("009999999"), 0.3)),
        c("oruzni_list", N, "VARCHAR", [None if j or g.rnd.random() < 0.5 else g.code("OL-99999/19")
                                        for j in juniors], "decoy", SHAPE),
        c("disciplina", N, "VARCHAR", g.col(g.pick(["vazdušna puška", "vazdušni pištolj", "MK puška", "trap"])),
          "decoy"),
        c("kategorija", N, "VARCHAR", ["juniori" if j else "seniori" for j in juniors], "decoy"),
        c("roditelj_staratelj", "person_name", "VARCHAR", [v.whole(g, "sr") if j else None for j in juniors], ROLE,
          HEAVY),
        c("trener", "person_name", "VARCHAR", g.col(g.pick(trainers)), STAFF),
        c("clanarina", N, "DOUBLE", g.col(g.pick([6000.0, 9000.0, 12000.0])), "decoy"),
        c("pib_kluba", N, "VARCHAR", [pib] * g.rows, "business"),
        c("dodatno_polje_1", "free_text", "VARCHAR", _custom(g, "RS", "sr"), CUSTOM),
        c("napomena", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("nema", "nepoznato")), NULLWORD),
    ])


def ru_okhotkhozyaystvo(g: Gen) -> Table:
    """A Tomsk oblast hunting estate's hunting vouchers (Russian: Cyrillic column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.08
        a, b = v.person(g, "ru", female)
        father = g.rnd.choice(list(v.RU_PATRONYMICS))
        rows.append((a, b, v.RU_PATRONYMICS[father][1 if female else 0]))
    places = [g.rnd.choice(v.RU_CITIES) for _ in range(g.rows)]
    keepers = _staff(g, 4, "ru")
    ogrn = v.ru_ogrn(g)

    def note() -> str:
        return g.rnd.choice(["Добыт лось, самец", f"Охотился вместе с {v.whole(g, 'ru')}", "Путёвка продлена на 3 дня",
                             f"Привёз сын {v.given(g, 'ru')}", "Нарушений не выявлено"])

    return Table("охотхозяйство_кедровый_бор.путёвки", "ru", "snake", [
        c("номер_путёвки", N, "INTEGER", g.keys(25_001), "decoy", KEY),
        c("фамилия", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("имя", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("отчество", "first_name", "VARCHAR", [r[2] for r in rows]),
        c("дата_рождения", "date_of_birth", "DATE", g.births(1950, 2006)),
        c("паспорт", "national_id", "VARCHAR", g.col(lambda: v.ru_passport(g), 0.1)),
        c("снилс", "ssn", "VARCHAR", g.col(lambda: v.snils(g), 0.6), HEAVY),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn(g), 0.65), HEAVY),
        c("охотничий_билет", "national_id", "VARCHAR", g.col(lambda: g.code("70 № 999999")), LICENCE),
        c("разрешение_роха", N, "VARCHAR", g.col(lambda: g.code("РОХа № 99999999"), 0.15), "decoy", SHAPE),
        c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"), 0.05)),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.95, 0.05)),
        c("эл_почта", "email", "VARCHAR", [v.ru_email(g, r[0]) if g.rnd.random() < 0.5 else None for r in rows]),
        c("вид_дичи", N, "VARCHAR", g.col(g.pick(["лось", "косуля", "кабан", "глухарь", "утка", "бурый медведь"])),
          "decoy"),
        c("дата_охоты", N, "DATE", g.days("2025-08-20", "2025-12-31"), "decoy"),
        c("егерь", "person_name", "VARCHAR", g.col(g.pick(keepers)), STAFF),
        c("стоимость", N, "DOUBLE", g.col(g.pick([1500.0, 3000.0, 7500.0, 25000.0])), "decoy"),
        c("огрн_хозяйства", N, "VARCHAR", [ogrn] * g.rows, "business"),
        c("доп_поле_2", "free_text", "VARCHAR", _custom(g, "RU", "ru"), CUSTOM),
        c("примечание", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("нет", "не указано", "—")), NULLWORD),
    ])


def ja_ryouyuukai(g: Gen) -> Table:
    """A Matsumoto hunters' association branch's member roll (romanized Japanese column names, Japanese values)."""
    pairs = [v.person(g, "ja") for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    office = _staff(g, 2, "ja")
    corp = v.jp_corporate(g)

    def bikou() -> str:
        return g.rnd.choice(["有害鳥獣駆除に参加", f"妻の{v.person(g, 'ja')[0]}さんが代理で更新", "講習会欠席",
                             f"{v.whole(g, 'ja')}さんの紹介で入会", "わな猟のみ"])

    return Table("ryouyuukai_matsumoto.kaiin_meibo", "ja", "snake", [
        c("kaiin_bangou", N, "INTEGER", g.keys(2_001), "decoy", KEY),
        c("shimei", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("furigana", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in pairs]),
        c("seinengappi", "date_of_birth", "DATE", g.births(1938, 2004)),
        c("juusho", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
        c("shikuchouson", "city", "VARCHAR", [p[0] for p in places]),
        c("yuubin_bangou", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("denwa_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.85, "e164": 0.15}, 0.7)),
        c("keitai_mail", "email", "VARCHAR", g.col(lambda: v.ja_email(g), 0.4)),
        c("shuryou_menkyo_bangou", "national_id", "VARCHAR", g.col(lambda: g.code("第20-99999号")), LICENCE),
        c("menkyo_shubetsu", N, "VARCHAR", g.col(g.pick(["第一種銃猟", "わな猟", "網猟", "第一種銃猟・わな猟"])),
          "decoy"),
        c("juu_shoji_kyoka_bangou", N, "VARCHAR", g.col(lambda: g.code("第999999号"), 0.3), "decoy", SHAPE),
        c("juu_shurui", N, "VARCHAR", g.col(g.pick(["散弾銃", "ライフル銃", "空気銃", None])), "decoy"),
        c("hoken_shouken_bangou", N, "VARCHAR", g.col(lambda: g.code("DH-99999999")), "decoy", SHAPE),
        c("kinkyuu_renrakusaki", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ja"), 0.2), ROLE),
        c("kinkyuu_renrakusaki_denwa", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.8, 0.25), ROLE),
        c("jimukyoku_tantou", "person_name", "VARCHAR", g.col(g.pick(office)), STAFF),
        c("houjin_bangou", N, "VARCHAR", [corp] * g.rows, "business"),
        c("jiyuu_koumoku_1", N, "VARCHAR", g.col(g.pick(["松本東部", "安曇野西山", "美ヶ原", "鉢伏山"]), 0.2), "decoy",
          PLAIN),
        c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.78, _words("なし", "不明")), NULLWORD),
    ])


def cat_societat_cacadors(g: Gen) -> Table:
    """A Solsonès hunting society's members (Catalan, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "cat", g.rnd.random() < 0.1)
        born = g.birth(2008, 2011) if g.rnd.random() < 0.15 else g.birth(1945, 2007)
        rows.append((a, f"{b} {v.person(g, 'cat')[1]}", born))
    places = [g.rnd.choice(v.CAT_CITIES) for _ in range(g.rows)]
    guards = _staff(g, 2, "cat")
    cif = v.es_cif(g)
    minors = [r[2].year >= 2008 for r in rows]

    def note() -> str:
        return g.rnd.choice(["Quota pagada en efectiu", f"Va amb la colla d'en {v.given(g, 'cat')}",
                             "Gos de rastre inscrit", f"Avisar el germà {v.whole(g, 'cat')}", "Baixa temporal"])

    return Table("societat_cacadors_solsona.socis", "ca", "snake", [
        c("num_soci", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("nom", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cognoms", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("dni", "national_id", "VARCHAR", g.col(lambda: v.dni(g) if g.rnd.random() < 0.92 else v.nie(g), 0.05)),
        c("data_naixement", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("adreca", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CAT_STREETS, "cat"))),
        c("municipi", "city", "VARCHAR", [p[0] for p in places]),
        c("codi_postal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "intl": 0.3}, 0.85, 0.05)),
        c("correu", "email", "VARCHAR", [v.email_of(g, r[0], r[1].split()[0], v.DOMAINS["cat"])
                                         if g.rnd.random() < 0.6 else None for r in rows]),
        c("llicencia_caca", "national_id", "VARCHAR", g.col(lambda: g.code("25-9999999"), 0.05), LICENCE),
        c("permis_armes", "national_id", "VARCHAR", [None if m or g.rnd.random() < 0.2 else g.code("D-99999999")
                                                     for m in minors], LICENCE),
        c("polissa_asseguranca", N, "VARCHAR", g.col(lambda: g.code("FCC-25-999999")), "decoy", SHAPE),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.es_iban(g), 0.25)),
        c("colla", N, "VARCHAR", g.col(g.pick(["Colla del Port del Comte", "Colla de Lladurs", "Colla de Pinell"])),
          "decoy"),
        c("tutor_legal", "person_name", "VARCHAR", [v.whole(g, "cat") if m else None for m in minors], ROLE, HEAVY),
        c("guarda", "person_name", "VARCHAR", g.col(g.pick(guards)), STAFF),
        c("cif_societat", N, "VARCHAR", [cif] * g.rows, "business"),
        c("quota", N, "DOUBLE", g.col(g.pick([60.0, 120.0, 180.0])), "decoy"),
        c("camp_lliure_2", "free_text", "VARCHAR", _custom(g, "ES", "cat"), CUSTOM),
        c("observacions", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("sense dades", "cap")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (id_controlled_hunts, 700), (tas_pta_sales, 550), (bc_firearm_transfers, 600), (na_farm_hunting, 450),
    (sc_spey_permits, 800), (ie_firearm_certificates, 500), (pk_arms_applications, 400), (cy_clay_ground, 600),
    (cz_myslivecky_spolek, 450), (sk_rybarsky_zvaz, 500), (si_orozarna, 350), (rs_streljacki_klub, 400),
    (ru_okhotkhozyaystvo, 450), (ja_ryouyuukai, 300), (cat_societat_cacadors, 450),
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
