"""Held-out set v132 for the column classifier: 15 tables of *wineries' clubs, breweries, cellar doors and wine-club
subscriptions* (a winery's wine club members, a cellar door's tasting bookings, a wine club's shipments, a wine
estate's debit orders, a brewery taproom's web shop orders, a brewery's retiree beer allowance extract, a winery's
cellar door visitor feed, a winery's Access database of club members, wine club members and subscriptions in five
other countries and a brewery's beer subscription), one system per table and each a different organisation, eight with
English column names and seven in other languages:

* ``willamette_hills_cellars.wine_club_members``: a Dundee Hills (Oregon) winery's wine club members (snake case,
  member numbers shaped like SSNs failing the check, Oregon driver licence numbers scanned at pickup, cards on file and
  their last four digits, the gift recipient, a portal login, the tasting room host and the host's OLCC server permit,
  the tasting room's address and phone, ``misc_1``);
* ``barossaCellarDoor.tastingBookings``: a Tanunda (Barossa Valley, South Australia) cellar door's tasting bookings
  (camel case, the designated driver, licence numbers of the age check, deposit cards, booking IPs, the host and the
  host's RSA number, the cellar door's address, phone and e-mail, vineyard block coordinates, ``customField2``);
* ``NiagaraBenchEstate.ClubShipments``: a Niagara-on-the-Lake (Ontario) winery's club shipments (Pascal case, the
  ship-to person, Ontario driver's licence numbers of the age check, tracking numbers, case SKUs, card tokens and last
  four digits, the packer, ``Udf2`` holding cellar bin codes);
* ``STELLENBOSCH_VINTNERS.WINE_CLUB_DEBIT_ORDERS``: a Stellenbosch (Western Cape) wine estate's wine club debit orders
  (SCREAMING case, South African ID numbers encoding the birth date, debit order references shaped like them failing
  the check, the account holder, the sales rep, the cellar door's phone, ``CUSTOM_FIELD_2``);
* ``fav_brewtap.tap_ord``: a Faversham (Kent) brewery taproom's web shop orders (abbreviated: ``cust_fnm``,
  ``ctc_ph``, ``addr_ln1``, ``post_cd``, ``dlv_nm``; order IPs, cards of old orders, SKUs, Royal Mail tracking
  numbers, app versions, a support agent's first name);
* ``BREWLEGACY.RETIREE_ALLOW_EXTRACT``: a Milwaukee (Wisconsin) brewery's retiree beer allowance extract, a COBOL file
  (legacy: padded CHAR, ``YYYYMMDD`` integers, the retiree's SSN, phone and ZIP as numbers with 0 for missing, the
  spouse and the beneficiary, the benefits clerk, ``RA-USER-FLD-1`` holding personal data, ``RA-USER-FLD-2`` holding
  cost centres);
* ``stg_khaoyai_vineyard.src_visitor_raw``: a Pak Chong (Khao Yai, Thailand) winery's cellar door visitors and wine
  club sign-ups as an opaque staging table (``col01`` to ``col18``: the Thai PIN, passports of foreign visitors, a
  ``dd/mm/yyyy`` birth date, receipt numbers shaped like a PIN failing the check, hashes, IPs, vineyard coordinates,
  app versions);
* ``tblClubMarlborough.tblWineClubMembers``: a Renwick (Marlborough, New Zealand) winery's wine club in an Access
  database (Hungarian notation: ``strFirstName``, ``dtmBirthDate``, ``lngMemberID``; the partner, New Zealand driver
  licence numbers, cards, the cellar door host, ``strUDF1`` holding wine preferences);
* ``vina_colchagua.club_socios``: a Santa Cruz (Colchagua Valley) winery's wine club members (Chilean Spanish; RUT,
  receipt numbers written like RUTs failing the check, both family names, the comuna, cards, the winery's RUT, the
  sommelier, the sales room's address, ``campo_libre_2``);
* ``quinta_regua.assinaturas_clube_vinho``: a Peso da Régua (Douro) quinta's wine club subscriptions (European
  Portuguese; NIF, cartão de cidadão, the direct debit IBAN, mandate references, invoice numbers failing the NIF check,
  the quinta's NIF, the gift recipient, the winemaker, ``campo_extra_2`` holding shelf codes);
* ``brauerei_bamberg_abo.bierabo_kunden``: a Bamberg (Upper Franconia) brewery's beer subscription customers (German;
  identity card numbers with their ICAO check digit, order numbers shaped like them failing it, the SEPA IBAN and the
  account holder, mandate references, the brewmaster, the pickup point's address and phone, ``zusatzfeld_2``);
* ``caveDuBourgCully.membresClub``: a Cully (Lavaux, Vaud) wine cellar's club members (Swiss French, camel case; the
  AVS number of members who work the harvest, order numbers written like AVS numbers failing the check, a refund IBAN,
  the gift recipient, the cellar's IDE number, the cellar master, ``champLibre2``);
* ``cantina_la_morra.soci_club_vino``: a La Morra (Langhe, Piedmont) cantina's wine club members (Italian; codice
  fiscale encoding the name, birth date and comune, the place of birth, file codes shaped like a codice fiscale
  failing the check, the direct debit IBAN, the person authorised to collect, the cantina's partita IVA, the
  oenologist, ``campo_libero_2`` holding cellar positions);
* ``tolcsvai_pinceszet.borklub_tagok``: a Tolcsva (Tokaj) winery's wine club members (Hungarian; the tax
  identification number encoding the birth date, invoice numbers shaped like it failing the check, the TAJ number,
  identity card numbers, the mother's name, the place of birth, the winery's tax number, the winemaker,
  ``egyedi_mezo_2``);
* ``თელავის_მარანი.ღვინის_კლუბის_წევრები``: a Telavi (Kakheti) marani's wine club members (Georgian column names and
  values in Georgian script: personal numbers, cards, the gift recipient, login IPs, order numbers, the company's
  identification code, the marani's address and phone, the sommelier, ``დამატებითი_ველი_2``).

Written **blind**, like v2 to v131: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its two
modules and its test), v122's test, ``tests/heldout_support.py``, v107's docstring, the module docstrings of v24 to
v131 (to avoid their domains and follow their labeling conventions; v51 had a Utrecht wine merchant's web shop and v96
a vineyard's grape pickers, and every organisation, country and shape here is different from theirs) and the
``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was written, no
scorer was run on it, and no score was looked at. It was written under a short deadline (25 minutes asked, the tests
and lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, the Swiss AVS number and the Hungarian TAJ number are ``ssn``; a South African ID number, the Thai PIN, a
  passport number, a Chilean RUT, NIF and cartão de cidadão, a German identity card number, codice fiscale, the
  Hungarian tax identification number and identity card number, a Georgian personal number and the driver licence
  numbers of age checks (Oregon, South Australia, Ontario, New Zealand) are ``national_id``; passports, driver
  licences, Hungarian identity cards and Georgian personal numbers are generated by shape only, the TAJ, the Hungarian
  tax identification number and the German identity card with their published checks written out here;
* member, booking, order, shipment, invoice, receipt, file, retiree and debit order numbers, mandate references,
  tracking numbers, SKUs and card tokens are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier;
  several are built to fail the check of the identifier they look like); a card's last four digits and expiry are
  ``none``;
* a tasting room host's OLCC server permit and a host's RSA number are ``none`` (tag ``practitioner_id``, like v122's
  practitioners' registration numbers);
* wineries', cellar doors', taprooms', pickup points' and sales rooms' addresses, phones and e-mails, a winery's RUT,
  a quinta's NIF, an IDE number, a partita IVA, a Hungarian company tax number and a Georgian company identification
  code are ``none`` (tag ``business``); wines, beers, club tiers, plans, packages and carriers are ``none``; vineyard
  block and winery coordinates are ``none``;
* tasting room hosts, cellar door hosts, packers, sales reps, a benefits clerk, a sommelier, a winemaker
  (``enologo_responsavel``, ``borasz``), a brewmaster, a cellar master (``cavisteResponsable``) and an oenologist are
  staff (``person_name``, tag ``staff``), a support agent's first name (``sprt_agt``) ``first_name``; a gift recipient,
  a ship-to or delivery person, a designated driver, an account holder, a partner, a spouse, a beneficiary, the person
  authorised to collect (``delegato_ritiro``) and the mother's name (``anyja_neve``) are personal (tag ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding bin codes, cost centres, wine preferences, shelf codes or cellar positions are ``none`` (tags
  ``decoy`` and ``custom_plain``); a portal login is ``unclassified`` (tag ``username``); a booking, order or login IP
  is ``ip_address``; a card on file is ``credit_card``; an IBAN is ``iban``; delivery and booking notes naming people
  are ``free_text``;
* a place of birth (``luogo_nascita``, ``szuletesi_hely``), an Australian suburb, a Chilean comuna, a New Zealand town
  and a Georgian city are ``city``; a state, a province, a county, a region, a district, a canton and an Italian
  province are ``none``; ``apellido_materno`` is ``last_name``;
* numeric dates of birth (``YYYYMMDD``, 0 for missing) and a ``dd/mm/yyyy`` string in an opaque column are
  ``date_of_birth``; retirement, joining, shipment, collection, tasting, delivery and order dates are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v132_values`, written for v132 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v132 [PATH]`` (default ``/tmp/heldout_v132.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v132``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v132_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v132_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v132.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # hosts, sommeliers, winemakers, brewmasters, clerks (few distinct)
ROLE = "role_word"  # a role word (gift recipient, spouse, beneficiary, account holder ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding no personal data (none)
PRACT = "practitioner_id"  # a staff member's permit or certificate number (none)


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
            return v.email_of(g, a, b, v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _shop(g: Gen, names: list[str], street: str, region: str, domain: str) -> list[tuple[str, str, str, str]]:
    """Business premises: (name, address, fixed-line phone, e-mail)."""
    return [(name, f"{street} {g.rnd.randint(1, 60)}" if region not in ("US", "AU", "GB", "NZ", "CA", "ZA")
             else f"{g.rnd.randint(1, 600)} {street}", g.phone(region, "national", False),
             f"{['cellardoor', 'info', 'shop', 'club'][i % 4]}@{domain}") for i, name in enumerate(names)]


# -- English-named tables ----------------------------------------------------------------------------------------------


def or_wine_club(g: Gen) -> Table:
    """A Dundee Hills (Oregon) winery's wine club members (snake case)."""
    g.areas = ["503", "971", "541"]
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.OR_CITIES) for _ in range(g.rows)]
    hosts = _staff(g, 5, "us")
    permits = {h: g.code("99999999") for h in hosts}
    host = [g.rnd.choice(hosts) for _ in range(g.rows)]
    rooms = _shop(g, ["Dundee Tasting Room", "Portland Pearl Wine Bar"], "SE Ninth Street Tasting Ct", "US",
                  "willamettehillscellars.com")
    room = [g.rnd.randrange(len(rooms)) for _ in range(g.rows)]
    cards = [g.card() if g.rnd.random() < 0.75 else None for _ in range(g.rows)]
    gifts = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def note() -> str:
        return v.cellar_note_en(g, "us")

    return Table("willamette_hills_cellars.wine_club_members", "en", "snake", [
        c("member_id", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("member_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1942, 2003)),
        c("drivers_license_no", "national_id", "VARCHAR",
          g.col(lambda: g.rnd.choice([g.code("9999999"), g.code("A999999")]), 0.7), HEAVY),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs]),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.8,
                                                       0.05)),
        c("shipping_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.OR_STREETS), 0.05)),
        c("ship_city", "city", "VARCHAR", [p[0] for p in places]),
        c("ship_county", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("ship_state", N, "VARCHAR", ["OR"] * g.rows, "decoy"),
        c("ship_zip", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("card_on_file", "credit_card", "VARCHAR", cards),
        c("card_last4", N, "VARCHAR", [None if x is None else x[-4:] for x in cards], "decoy"),
        c("club_tier", N, "VARCHAR", g.col(g.pick(v.CLUB_TIERS)), "decoy"),
        c("join_date", N, "DATE", g.days("2012-01-01", "2025-10-31"), "decoy"),
        c("gift_recipient_name", "person_name", "VARCHAR", [v.whole(g, "us") if x else None for x in gifts], ROLE,
          HEAVY),
        c("gift_recipient_phone", "phone", "VARCHAR", [g.phone("US", "national") if x else None for x in gifts],
          ROLE, HEAVY),
        c("portal_login", USERNAME, "VARCHAR", [v.login(a, b, i) for i, (a, b) in enumerate(pairs)], "username"),
        c("tasting_room_host", "person_name", "VARCHAR", host, STAFF),
        c("host_olcc_permit", N, "VARCHAR", [permits[h] for h in host], "decoy", PRACT, SHAPE),
        c("tasting_room_address", N, "VARCHAR", [rooms[i][1] for i in room], "business"),
        c("tasting_room_phone", N, "VARCHAR", [rooms[i][2] for i in room], "business"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("shipping_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("none")), NULLWORD),
    ])


def au_cellar_door(g: Gen) -> Table:
    """A Tanunda (Barossa Valley) cellar door's tasting bookings (camel case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.SA_CITIES) for _ in range(g.rows)]
    hosts = _staff(g, 4, "au")
    rsa = {h: g.code("RSA999999") for h in hosts}
    host = [g.rnd.choice(hosts) for _ in range(g.rows)]
    venue = _shop(g, ["Barossa Cellar Door"], "Seppeltsfield Cellar Lane", "AU", "barossacellardoor.com.au")[0]
    drivers = [g.rnd.random() < 0.35 for _ in range(g.rows)]

    def req() -> str:
        return g.rnd.choice(["Gluten-free platter please", f"Birthday for {v.given(g, 'au')}, can we bring a cake?",
                             "Wheelchair access needed", f"Booking made by PA {v.whole(g, 'au')}",
                             "Coeliac x2, vegan x1"])

    return Table("barossaCellarDoor.tastingBookings", "en", "camel", [
        c("bookingId", N, "BIGINT", g.keys(900_001), "decoy", KEY),
        c("bookingRef", N, "VARCHAR", g.col(lambda: g.code("BCD-99999-AA")), "decoy", SHAPE),
        c("guestFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("guestSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("guestDateOfBirth", "date_of_birth", "DATE", g.births(1945, 2004)),
        c("guestMobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9)),
        c("guestEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in pairs]),
        c("guestSuburb", "city", "VARCHAR", [p[0] for p in places]),
        c("guestPostcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("guestState", N, "VARCHAR", g.col(g.pick(["SA", "SA", "SA", "VIC", "NSW"])), "decoy"),
        c("partySize", N, "INTEGER", g.ints(1, 12), "decoy"),
        c("tastingDate", N, "DATE", g.days("2025-01-01", "2025-12-20"), "decoy"),
        c("sessionTime", N, "VARCHAR", g.col(g.pick(["10:30", "12:00", "13:30", "15:00"])), "decoy"),
        c("experience", N, "VARCHAR", g.col(g.pick(["Classic Tasting", "Shiraz Masterclass", "Blending Bench",
                                                    "Vineyard Walk & Platter"])), "decoy"),
        c("designatedDriver", "person_name", "VARCHAR", [v.whole(g, "au") if d else None for d in drivers], ROLE,
          HEAVY),
        c("idCheckLicenceNo", "national_id", "VARCHAR", g.col(lambda: g.code("Z99999"), 0.7), HEAVY),
        c("depositCard", "credit_card", "VARCHAR", g.col(g.card, 0.2)),
        c("cardExpiry", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}", 0.2),
          "decoy"),
        c("bookingIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25))),
        c("hostName", "person_name", "VARCHAR", host, STAFF),
        c("hostRsaNumber", N, "VARCHAR", [rsa[h] for h in host], "decoy", PRACT, SHAPE),
        c("venueAddress", N, "VARCHAR", [venue[1]] * g.rows, "business"),
        c("venuePhone", N, "VARCHAR", [venue[2]] * g.rows, "business"),
        c("venueEmail", N, "VARCHAR", [venue[3]] * g.rows, "business"),
        c("blockLatitude", N, "DOUBLE", g.floats(-34.56, -34.48, 6), "decoy"),
        c("blockLongitude", N, "DOUBLE", g.floats(138.93, 139.02, 6), "decoy"),
        c("customField2", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
        c("specialRequests", "free_text", "VARCHAR", g.sparse(req, 0.75, _words("nil")), NULLWORD),
    ])


def on_club_shipments(g: Gen) -> Table:
    """A Niagara-on-the-Lake (Ontario) winery's wine club shipments (Pascal case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ON_CITIES) for _ in range(g.rows)]
    packers = _staff(g, 3, "ca")
    gift = [g.rnd.random() < 0.35 for _ in range(g.rows)]

    def dl() -> str:
        return g.code(f"{g.rnd.choice('ABDGHKLMPRSTVW')}9999-99999-99999")

    return Table("NiagaraBenchEstate.ClubShipments", "en", "pascal", [
        c("ShipmentId", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("OrderNumber", N, "VARCHAR", g.col(lambda: g.code("NBE-2025-999999")), "decoy", SHAPE),
        c("MemberFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("MemberLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("MemberDob", "date_of_birth", "DATE", g.births(1944, 2005)),
        c("MemberPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.7)),
        c("MemberEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("ShipToName", "person_name", "VARCHAR", [v.whole(g, "ca") if x else None for x in gift], ROLE, HEAVY),
        c("ShipToAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ON_STREETS, "ca"))),
        c("ShipToCity", "city", "VARCHAR", [p[0] for p in places]),
        c("ShipToProvince", N, "VARCHAR", ["ON"] * g.rows, "decoy"),
        c("ShipToPostalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("AgeCheckDlNumber", "national_id", "VARCHAR", g.col(dl, 0.72), HEAVY),
        c("TrackingNumber", N, "VARCHAR", g.col(lambda: g.code("9999999999999999"), 0.1), "decoy", SHAPE),
        c("Carrier", N, "VARCHAR", g.col(g.pick(["Canada Post", "Purolator", "Canpar", "Pickup"])), "decoy"),
        c("CaseSku", N, "VARCHAR", g.col(lambda: g.code("NBE-AA-99-9999")), "decoy", SHAPE),
        c("CaseCount", N, "INTEGER", g.ints(1, 4), "decoy"),
        c("ShippedAt", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy"),
        c("CardToken", N, "VARCHAR", g.col(lambda: "tok_" + g.code("xxxxxxxxxxxxxxxxxxxxxxxx")), "decoy", SHAPE),
        c("CardLastFour", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy"),
        c("PackedBy", "person_name", "VARCHAR", g.col(g.pick(packers)), STAFF),
        c("Udf2", N, "VARCHAR", g.col(lambda: g.code("BIN-A99"), 0.3), "decoy", PLAIN),
    ])


def za_debit_orders(g: Gen) -> Table:
    """A Stellenbosch wine estate's wine club debit orders (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "za", female)
        born = g.birth(1950, 2003)
        rows.append((a, b, born, v.za_id(g, born, female)))
    places = [g.rnd.choice(v.WC_CITIES) for _ in range(g.rows)]
    reps = _staff(g, 4, "za")
    cellar = g.phone("ZA", "national", False)

    def note() -> str:
        return g.rnd.choice([f"Debit returned, spoke to wife {v.given(g, 'za')}", "Moved to quarterly",
                             "Paused over December", f"Account in name of {v.whole(g, 'za')}", "Upgrade to Reserve"])

    return Table("STELLENBOSCH_VINTNERS.WINE_CLUB_DEBIT_ORDERS", "en", "screaming", [
        c("MEMBER_NO", N, "INTEGER", g.keys(10_001), "decoy", KEY),
        c("DEBIT_ORDER_REF", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 13)), "decoy", SHAPE),
        c("TITLE", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Dr", "Prof"])), "decoy"),
        c("FIRST_NAMES", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("SURNAME", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("ID_NUMBER", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("CELL_NUMBER", "phone", "VARCHAR", g.phones("ZA", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("EMAIL_ADDRESS", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["za"]) for r in rows]),
        c("PHYSICAL_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.WC_STREETS, "za"), 0.1)),
        c("TOWN", "city", "VARCHAR", [p[0] for p in places]),
        c("POSTAL_CODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("PROVINCE", N, "VARCHAR", ["Western Cape"] * g.rows, "decoy"),
        c("ACCOUNT_HOLDER", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za"), 0.7), ROLE, HEAVY),
        c("DEBIT_AMOUNT", N, "DECIMAL(10,2)", g.amounts(450, 3_600), "decoy"),
        c("DEBIT_DAY", N, "INTEGER", g.col(g.pick([1, 15, 25])), "decoy"),
        c("NEXT_COLLECTION_DATE", N, "DATE", g.days("2025-12-01", "2026-02-28"), "decoy"),
        c("SALES_REP", "person_name", "VARCHAR", g.col(g.pick(reps)), STAFF),
        c("CELLAR_DOOR_TEL", N, "VARCHAR", [cellar] * g.rows, "business"),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
        c("COMMENTS", "free_text", "VARCHAR", g.sparse(note, 0.8, _words()), NULLWORD),
    ])


def kent_tap_orders(g: Gen) -> Table:
    """A Faversham (Kent) brewery taproom's web shop orders (abbreviated snake case)."""
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    places = [g.rnd.choice(v.KENT_CITIES) for _ in range(g.rows)]
    agents = sorted({v.given(g, "gb") for _ in range(6)})
    other = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Leave in porch", f"Deliver to neighbour {v.whole(g, 'gb')} at no. 12",
                             "Ring bell twice", f"Present for {v.given(g, 'gb')}, do not open", "Safe place: shed"])

    return Table("fav_brewtap.tap_ord", "en", "abbrev", [
        c("ord_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("ord_no", N, "VARCHAR", g.col(lambda: g.code("FBT-999999")), "decoy", SHAPE),
        c("cust_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("cust_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("cust_dob", "date_of_birth", "DATE", g.births(1950, 2006), ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.85), ABBREV),
        c("ctc_eml", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in pairs], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.KENT_STREETS, "gb")), ABBREV),
        c("twn", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("post_cd", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places], ABBREV),
        c("dlv_nm", "person_name", "VARCHAR", [v.whole(g, "gb") if o else None for o in other], ROLE, ABBREV, HEAVY),
        c("ord_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3)), ABBREV),
        c("pay_crd", "credit_card", "VARCHAR", g.col(g.card, 0.7), ABBREV, HEAVY),
        c("crd_l4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy"),
        c("sku", N, "VARCHAR", g.col(lambda: g.code("FBT-AA-999")), "decoy", SHAPE),
        c("prod_nm", N, "VARCHAR", g.col(g.pick(v.BEERS_GB)), "decoy"),
        c("qty", N, "INTEGER", g.ints(1, 6), "decoy"),
        c("trk_no", N, "VARCHAR", g.col(lambda: g.code("AA999999999GB"), 0.15), "decoy", SHAPE),
        c("app_ver", N, "VARCHAR", g.col(g.version), "decoy"),
        c("ord_ts", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-10"), "decoy"),
        c("sprt_agt", "first_name", "VARCHAR", g.col(g.pick(agents), 0.4), STAFF, ABBREV),
        c("dlv_nt", "free_text", "VARCHAR", g.sparse(note, 0.77, _words("none")), NULLWORD, ABBREV),
    ])


def wi_retiree_cobol(g: Gen) -> Table:
    """A Milwaukee brewery's retiree beer allowance extract, a COBOL file (padded CHAR, numbers for dates)."""
    g.areas = ["414", "262"]
    pairs = [v.person(g, "us_wi") for _ in range(g.rows)]
    places = [g.rnd.choice(v.WI_CITIES) for _ in range(g.rows)]
    births = g.births(1935, 1962)
    clerks = [v.whole(g, "us_wi").upper() for _ in range(3)]
    store = "BREWERY STORE 1000 W JUNEAU DOCK"
    return Table("BREWLEGACY.RETIREE_ALLOW_EXTRACT", "en", "cobol", [
        c("RA-RETIREE-NO", N, "VARCHAR", g.col(lambda: g.code("R9999999")), "decoy", SHAPE, LEGACY),
        c("RA-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("RA-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("RA-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.85 else 0
                                      for _ in range(g.rows)], LEGACY),
        c("RA-BIRTH-DT", "date_of_birth", "INTEGER", [_ymd(d) for d in births], LEGACY),
        c("RA-RETIRE-DT", N, "INTEGER", [_ymd(g.day("1995-01-01", "2024-12-31")) for _ in births], "decoy", LEGACY),
        c("RA-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.WI_STREETS, "us_wi").upper()),
                                                         30), LEGACY),
        c("RA-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("RA-STATE", N, "VARCHAR", ["WI"] * g.rows, "decoy", LEGACY),
        c("RA-ZIP", "postal_code", "INTEGER", [int(p[2] + g.digits(2)) for p in places], LEGACY),
        c("RA-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits", g.rnd.random() < 0.3))
                                          if g.rnd.random() < 0.85 else 0 for _ in range(g.rows)], LEGACY),
        c("RA-SPOUSE-NM", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "us_wi").upper(), 0.35), 30),
          ROLE, LEGACY),
        c("RA-BENEF-NM", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "us_wi").upper(), 0.7), 30), ROLE,
          LEGACY, HEAVY),
        c("RA-PLANT-CD", N, "VARCHAR", g.col(g.pick(["MKE1", "MKE2", "LAX", "PKG3"])), "decoy", LEGACY),
        c("RA-ALLOW-CASES", N, "INTEGER", g.ints(0, 4), "decoy", LEGACY),
        c("RA-PICKUP-LOC", N, "VARCHAR", _pad([store] * g.rows, 34), "business", LEGACY),
        c("RA-BENEFITS-CLERK", "person_name", "VARCHAR", _pad(g.col(g.pick(clerks)), 30), STAFF, LEGACY),
        c("RA-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "us_wi"), 40), CUSTOM, LEGACY),
        c("RA-USER-FLD-2", N, "VARCHAR", _pad(g.col(lambda: g.code("CC-9999-AA"), 0.2), 12), "decoy", PLAIN, LEGACY),
    ])


def th_visitor_staging(g: Gen) -> Table:
    """A Pak Chong (Khao Yai) winery's cellar door visitors and wine club sign-ups, an opaque staging table."""
    def dob() -> str:
        d = g.birth(1950, 2004)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    foreign = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    places = [g.rnd.choice(v.TH_CITIES) for _ in range(g.rows)]
    return Table("stg_khaoyai_vineyard.src_visitor_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "th")), OPAQUE),
        c("col03", "national_id", "VARCHAR", [None if f else v.th_pin(g) for f in foreign], OPAQUE),
        c("col04", "national_id", "VARCHAR", [v.passport(g) if f else None for f in foreign], OPAQUE, HEAVY),
        c("col05", "date_of_birth", "VARCHAR", g.col(dob), OPAQUE),
        c("col06", "phone", "VARCHAR", g.phones("TH", {"national": 0.6, "e164": 0.4}, 0.9), OPAQUE),
        c("col07", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "th"), v.DOMAINS["th"]), 0.15),
          OPAQUE),
        c("col08", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TH_STREETS, "th"), 0.1), OPAQUE),
        c("col09", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col10", "postal_code", "VARCHAR", [p[1] for p in places], OPAQUE),
        c("col11", N, "VARCHAR", g.col(lambda: v.th_pin_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col12", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col13", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2)), OPAQUE),
        c("col14", N, "VARCHAR", g.col(lambda: f"{g.rnd.uniform(14.42, 14.58):.5f},{g.rnd.uniform(101.30, 101.45):.5f}"),
          "decoy", OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.version), "decoy", OPAQUE),
        c("col16", "free_text", "VARCHAR", _custom(g, "TH", "th"), CUSTOM, OPAQUE),
        c("col17", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy", OPAQUE),
        c("col18", N, "VARCHAR", g.col(g.pick(["Vineyard Tour", "Tasting 5 wines", "Club Signup", "Grape Stomp"])),
          "decoy", OPAQUE),
    ])


def nz_access_club(g: Gen) -> Table:
    """A Renwick (Marlborough) winery's wine club in an Access database (Hungarian notation)."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NZ_CITIES) for _ in range(g.rows)]
    hosts = _staff(g, 3, "nz")
    cellar = g.phone("NZ", "national", False)

    def memo() -> str:
        return g.rnd.choice([f"Partner {v.given(g, 'nz')} collects", "Send invoice by post", "Moved to Nelson",
                             f"Referred by {v.whole(g, 'nz')}", "Pinot only from now"])

    return Table("tblClubMarlborough.tblWineClubMembers", "en", "hungarian", [
        c("lngMemberID", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("strMemberCode", N, "VARCHAR", g.col(lambda: g.code("RWK-9999")), "decoy", SHAPE),
        c("strFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("strSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dtmBirthDate", "date_of_birth", "DATE", g.births(1946, 2004)),
        c("strMobile", "phone", "VARCHAR", g.phones("NZ", {"national": 0.8, "e164": 0.2}, 0.85, 0.05)),
        c("strEmail", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "nz"), v.DOMAINS["nz"]), 0.1)),
        c("strStreet", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz"))),
        c("strTown", "city", "VARCHAR", [p[0] for p in places]),
        c("strPostcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("strRegion", N, "VARCHAR", g.col(g.pick(["Marlborough", "Nelson", "Canterbury", "Wellington"])), "decoy"),
        c("strPartnerName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.68), ROLE, HEAVY),
        c("strDriverLicence", "national_id", "VARCHAR", g.col(lambda: g.code("AA999999"), 0.75), HEAVY),
        c("strCardNumber", "credit_card", "VARCHAR", g.col(g.card, 0.7), HEAVY),
        c("ysnActive", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("dtmJoined", N, "DATE", g.days("2009-01-01", "2025-11-30"), "decoy"),
        c("strTier", N, "VARCHAR", g.col(g.pick(["Sauvignon Six", "Dozen Club", "Pinot Circle"])), "decoy"),
        c("strHost", "person_name", "VARCHAR", g.col(g.pick(hosts)), STAFF),
        c("strCellarDoorPhone", N, "VARCHAR", [cellar] * g.rows, "business"),
        c("strUDF1", N, "VARCHAR", g.col(g.pick(["SB only", "No Riesling", "Reds", "Mixed", "Bubbles"]), 0.3),
          "decoy", PLAIN),
        c("memNotes", "free_text", "VARCHAR", g.sparse(memo, 0.76, _words("nil")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def cl_club_socios(g: Gen) -> Table:
    """A Santa Cruz (Colchagua Valley) winery's wine club members (Chilean Spanish, snake case)."""
    pairs = [v.person(g, "cl") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "cl")
    sala = "Av. Los Viñedos del Valle 2200, Santa Cruz"

    def obs() -> str:
        return g.rnd.choice([f"Regalo para {v.whole(g, 'cl')}", "Despachar a la oficina", "No llamar antes de 10",
                             f"Retira su señora {v.given(g, 'cl')}", "Cambiar a plan Reserva"])

    return Table("vina_colchagua.club_socios", "es", "snake", [
        c("id_socio", N, "BIGINT", g.keys(5_001), "decoy", KEY),
        c("rut", "national_id", "VARCHAR", g.col(lambda: v.rut(g), 0.05)),
        c("nombres", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("apellido_paterno", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("apellido_materno", "last_name", "VARCHAR", g.col(lambda: v.person(g, "cl")[1], 0.1)),
        c("fecha_nacimiento", "date_of_birth", "DATE", g.births(1948, 2005)),
        c("celular", "phone", "VARCHAR", g.phones("CL", {"intl": 0.5, "e164": 0.3, "national": 0.2}, 0.9)),
        c("correo", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["cl"]) for a, b in pairs]),
        c("direccion", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CL_STREETS, "cl"))),
        c("comuna", "city", "VARCHAR", [p[0] for p in places]),
        c("region", N, "VARCHAR", [v.CL_REGIONS[p[0]] for p in places], "decoy"),
        c("codigo_postal", "postal_code", "VARCHAR", [p[1] if g.rnd.random() < 0.35 else None for p in places],
          HEAVY),
        c("plan_club", N, "VARCHAR", g.col(g.pick(["Carmenère", "Gran Reserva", "Ícono", "Rosé de verano"])),
          "decoy"),
        c("fecha_suscripcion", N, "DATE", g.days("2016-01-01", "2025-11-30"), "decoy"),
        c("tarjeta", "credit_card", "VARCHAR", g.col(g.card, 0.68), HEAVY),
        c("nro_boleta", N, "VARCHAR", g.col(lambda: v.rut_decoy(g)), "decoy", SHAPE),
        c("rut_vina", N, "VARCHAR", [v.company_rut(g)] * g.rows, "business"),
        c("sommelier", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("sala_ventas_direccion", N, "VARCHAR", [sala] * g.rows, "business"),
        c("campo_libre_2", "free_text", "VARCHAR", _custom(g, "CL", "cl"), CUSTOM),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.75, _words("sin información", "s/i")),
          NULLWORD),
    ])


def pt_clube_vinho(g: Gen) -> Table:
    """A Peso da Régua (Douro) quinta's wine club subscriptions (European Portuguese, snake case)."""
    places = [g.rnd.choice(v.PT_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "pt")
    gifts = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def nota() -> str:
        return g.rnd.choice(["Entregar no escritório", f"Oferta para {v.whole(g, 'pt')}", "Prefere tintos",
                             f"Ligar à filha {v.given(g, 'pt')}", "Suspender em agosto"])

    return Table("quinta_regua.assinaturas_clube_vinho", "pt", "snake", [
        c("id_assinatura", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("nome_completo", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pt"))),
        c("nif", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.05)),
        c("cartao_cidadao", "national_id", "VARCHAR", g.col(lambda: v.pt_cc(g), 0.7), HEAVY),
        c("data_nascimento", "date_of_birth", "DATE", g.births(1945, 2005)),
        c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.6, "intl": 0.4}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "pt"), v.DOMAINS["pt"]), 0.05)),
        c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PT_STREETS, "pt"))),
        c("codigo_postal", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("distrito", N, "VARCHAR", g.col(g.pick(["Vila Real", "Viseu", "Porto", "Braga", "Lisboa"])), "decoy"),
        c("iban_debito", "iban", "VARCHAR", g.col(lambda: v.iban_of(g, "PT", lambda: g.digits(21)), 0.2)),
        c("referencia_mandato", N, "VARCHAR", g.col(lambda: g.code("QRD-2025-99999")), "decoy", SHAPE),
        c("plano", N, "VARCHAR", g.col(g.pick(["Douro Tinto", "Porto Vintage", "Misto 6", "Branco & Rosé"])),
          "decoy"),
        c("data_adesao", N, "DATE", g.days("2015-01-01", "2025-11-30"), "decoy"),
        c("numero_fatura", N, "VARCHAR", g.col(lambda: v.pt_nif_decoy(g)), "decoy", SHAPE),
        c("nif_quinta", N, "VARCHAR", [v.pt_nif(g, "5")] * g.rows, "business"),
        c("destinatario_oferta", "person_name", "VARCHAR", [v.whole(g, "pt") if x else None for x in gifts], ROLE,
          HEAVY),
        c("enologo_responsavel", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("campo_extra_2", N, "VARCHAR", g.col(lambda: g.code("PRAT-A9"), 0.3), "decoy", PLAIN),
        c("notas", "free_text", "VARCHAR", g.sparse(nota, 0.78, _words("sem informação")), NULLWORD),
    ])


def de_bierabo(g: Gen) -> Table:
    """A Bamberg brewery's beer subscription customers (German, snake case)."""
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 2, "de")
    points = _shop(g, ["Bräustüberl Sandstraße", "Getränkemarkt Hallstadt"], "Brauhofgasse", "DE",
                   "brauerei-bamberg-abo.de")
    point = [g.rnd.randrange(len(points)) for _ in range(g.rows)]

    def bem() -> str:
        return g.rnd.choice(["Bitte beim Nachbarn abgeben", f"Abholung durch {v.whole(g, 'de')}", "Nur Rauchbier",
                             f"Geschenkabo von Tochter {v.given(g, 'de')}", "Pausiert bis März"])

    return Table("brauerei_bamberg_abo.bierabo_kunden", "de", "snake", [
        c("kunden_id", N, "BIGINT", g.keys(300_001), "decoy", KEY),
        c("bestellnummer", N, "VARCHAR", g.col(lambda: v.ausweis_decoy(g)), "decoy", SHAPE),
        c("anrede", N, "VARCHAR", g.col(g.pick(["Herr", "Frau", "Divers"])), "decoy"),
        c("vorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nachname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("geburtsdatum", "date_of_birth", "DATE", g.births(1950, 2006)),
        c("ausweisnummer", "national_id", "VARCHAR", g.col(lambda: v.ausweis(g), 0.65), HEAVY),
        c("strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS, "de"))),
        c("plz", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.4}, 0.7, 0.1)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["de"]) for a, b in pairs]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban_of(g, "DE", lambda: g.digits(18)), 0.1)),
        c("kontoinhaber", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.75), ROLE, HEAVY),
        c("mandatsreferenz", N, "VARCHAR", g.col(lambda: g.code("BBA-9999999-99")), "decoy", SHAPE),
        c("abo_paket", N, "VARCHAR", g.col(g.pick(["Rauchbier-Kiste", "Kellerbier 20x0,5", "Brauer-Auswahl"])),
          "decoy"),
        c("lieferdatum", N, "DATE", g.days("2025-01-01", "2025-12-15"), "decoy"),
        c("braumeister", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("ausgabestelle_adresse", N, "VARCHAR", [points[i][1] for i in point], "business"),
        c("ausgabestelle_telefon", N, "VARCHAR", [points[i][2] for i in point], "business"),
        c("zusatzfeld_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
        c("bemerkung", "free_text", "VARCHAR", g.sparse(bem, 0.78, _words("k.A.", "keine")), NULLWORD),
    ])


def ch_membres_club(g: Gen) -> Table:
    """A Cully (Lavaux, Vaud) wine cellar's club members (Swiss French, camel case)."""
    pairs = [v.person(g, "chfr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.VD_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 2, "chfr")
    gifts = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def rem() -> str:
        return g.rnd.choice(["Livrer au caveau", f"Cadeau pour {v.whole(g, 'chfr')}", "Vendanges: équipe du samedi",
                             f"Son mari {v.given(g, 'chfr')} passera", "Uniquement chasselas"])

    return Table("caveDuBourgCully.membresClub", "fr", "camel", [
        c("idMembre", N, "BIGINT", g.keys(1_001), "decoy", KEY),
        c("numeroCommande", N, "VARCHAR", g.col(lambda: v.avs_decoy(g)), "decoy", SHAPE),
        c("prenom", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nom", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dateNaissance", "date_of_birth", "DATE", g.births(1944, 2004)),
        c("numeroAvs", "ssn", "VARCHAR", g.col(lambda: v.avs(g), 0.7), HEAVY),
        c("telephone", "phone", "VARCHAR", g.phones("CH", {"national": 0.6, "intl": 0.4}, 0.75, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["chfr"]) for a, b in pairs]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.VD_STREETS, "chfr"))),
        c("npa", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("localite", "city", "VARCHAR", [p[0] for p in places]),
        c("canton", N, "VARCHAR", g.col(g.pick(["VD", "VD", "GE", "FR", "VS"])), "decoy"),
        c("ibanRemboursement", "iban", "VARCHAR", g.col(lambda: v.iban_of(g, "CH", lambda: "00" + g.digits(15)),
                                                        0.65), HEAVY),
        c("formule", N, "VARCHAR", g.col(g.pick(["Chasselas 12", "Découverte Lavaux", "Grand Cru Dézaley"])),
          "decoy"),
        c("dateAdhesion", N, "DATE", g.days("2010-01-01", "2025-11-30"), "decoy"),
        c("destinataireCadeau", "person_name", "VARCHAR", [v.whole(g, "chfr") if x else None for x in gifts], ROLE,
          HEAVY),
        c("ideCave", N, "VARCHAR", [v.che_uid(g)] * g.rows, "business"),
        c("cavisteResponsable", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("champLibre2", "free_text", "VARCHAR", _custom(g, "CH", "chfr"), CUSTOM),
        c("remarques", "free_text", "VARCHAR", g.sparse(rem, 0.8, _words("aucun", "néant")), NULLWORD),
    ])


def it_soci_club(g: Gen) -> Table:
    """A La Morra (Langhe) cantina's wine club members (Italian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1945, 2004)
        place = g.rnd.choice(v.PIE_CITIES)
        rows.append((a, b, born, place, v.codice_fiscale(a, b, born, female, place[3])))
    homes = [g.rnd.choice(v.PIE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "it")
    shop = "Piazza del Municipio 1, La Morra"

    def nota() -> str:
        return g.rnd.choice(["Ritira in cantina a settembre", f"Regalo per {v.whole(g, 'it')}", "Solo Barolo",
                             f"Avvisare la moglie {v.given(g, 'it')}", "Fattura intestata alla ditta"])

    return Table("cantina_la_morra.soci_club_vino", "it", "snake", [
        c("id_socio", N, "BIGINT", g.keys(7_001), "decoy", KEY),
        c("codice_pratica", N, "VARCHAR", g.col(lambda: v.cf_decoy(g)), "decoy", SHAPE),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("codice_fiscale", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.92 else None for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("luogo_nascita", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PIE_STREETS, "it"))),
        c("cap", "postal_code", "VARCHAR", [h[1] for h in homes]),
        c("comune", "city", "VARCHAR", [h[0] for h in homes]),
        c("provincia", N, "VARCHAR", [h[2] for h in homes], "decoy"),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.4}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) for r in rows]),
        c("iban_addebito", "iban", "VARCHAR", g.col(lambda: v.iban_of(g, "IT", lambda: g.code("A") + g.digits(10)
                                                                     + g.digits(12)), 0.68), HEAVY),
        c("delegato_ritiro", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "it"), 0.7), ROLE, HEAVY),
        c("partita_iva_cantina", N, "VARCHAR", [v.it_iva(g)] * g.rows, "business"),
        c("enologo", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("punto_vendita_indirizzo", N, "VARCHAR", [shop] * g.rows, "business"),
        c("campo_libero_2", N, "VARCHAR", g.col(lambda: g.code("CANT-A-99"), 0.25), "decoy", PLAIN),
        c("note", "free_text", "VARCHAR", g.sparse(nota, 0.77, _words("nessuna", "n.p.")), NULLWORD),
    ])


def hu_borklub(g: Gen) -> Table:
    """A Tolcsva (Tokaj) winery's wine club members (Hungarian, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "hu")
        born = g.birth(1948, 2004)
        rows.append((a, b, born, v.adoazonosito(g, born)))
    places = [g.rnd.choice(v.HU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 2, "hu")
    tax = f"{g.digits(8)}-2-05"

    def megj() -> str:
        return g.rnd.choice(["Csak aszú", f"Ajándék {v.whole(g, 'hu')} részére", "Pincelátogatás szeptemberben",
                             f"Felesége, {v.given(g, 'hu')} veszi át", "Számlát cégnévre"])

    return Table("tolcsvai_pinceszet.borklub_tagok", "hu", "snake", [
        c("tag_id", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("szamla_szam", N, "VARCHAR", g.col(lambda: v.adoazonosito_decoy(g)), "decoy", SHAPE),
        c("vezeteknev", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("keresztnev", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("anyja_neve", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "hu"), 0.2), ROLE),
        c("szuletesi_datum", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("szuletesi_hely", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.HU_CITIES)[0], 0.1)),
        c("adoazonosito_jel", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.85 else None for r in rows]),
        c("taj_szam", "ssn", "VARCHAR", g.col(lambda: v.taj(g), 0.7), HEAVY),
        c("szemelyi_igazolvany_szam", "national_id", "VARCHAR", g.col(lambda: g.code("999999AA"), 0.75), HEAVY),
        c("telefonszam", "phone", "VARCHAR", g.phones("HU", {"national": 0.6, "intl": 0.4}, 0.9, 0.05)),
        c("email_cim", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["hu"]) for r in rows]),
        c("iranyitoszam", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("telepules", "city", "VARCHAR", [p[0] for p in places]),
        c("lakcim", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.HU_STREETS, "hu"))),
        c("tagsag_tipusa", N, "VARCHAR", g.col(g.pick(["Furmint", "Aszú Kör", "Szamorodni", "Családi"])), "decoy"),
        c("belepes_datuma", N, "DATE", g.days("2012-01-01", "2025-11-30"), "decoy"),
        c("pinceszet_adoszama", N, "VARCHAR", [tax] * g.rows, "business"),
        c("borasz", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("egyedi_mezo_2", "free_text", "VARCHAR", _custom(g, "HU", "hu"), CUSTOM),
        c("megjegyzes", "free_text", "VARCHAR", g.sparse(megj, 0.78, _words("nincs", "ismeretlen")), NULLWORD),
    ])


def ka_marani_club(g: Gen) -> Table:
    """A Telavi (Kakheti) marani's wine club members (Georgian column names and values)."""
    pairs = [v.person(g, "ka") for _ in range(g.rows)]
    places = [g.rnd.choice(v.KA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "ka")
    marani = ("ალაზნის ველის ქუჩა 40, თელავი", g.phone("GE", "national", False))
    code = g.digits(9)
    gifts = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["მხოლოდ საფერავი", f"საჩუქარი {v.whole(g, 'ka')}-სთვის", "მიტანა სამსახურში",
                             f"დარეკეთ მეუღლეს, {v.given(g, 'ka')}", "ქვევრის ღვინო"])

    return Table("თელავის_მარანი.ღვინის_კლუბის_წევრები", "ka", "snake", [
        c("წევრის_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("შეკვეთის_ნომერი", N, "VARCHAR", g.col(lambda: g.code("TLV-99999")), "decoy", SHAPE),
        c("სახელი", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("გვარი", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("პირადი_ნომერი", "national_id", "VARCHAR", g.col(lambda: v.ka_personal(g), 0.1)),
        c("დაბადების_თარიღი", "date_of_birth", "DATE", g.births(1950, 2004)),
        c("მობილური", "phone", "VARCHAR", g.phones("GE", {"national": 0.6, "e164": 0.4}, 0.95)),
        c("ელფოსტა", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ka"]) for a, b in pairs]),
        c("მისამართი", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.KA_STREETS, "ka"))),
        c("ქალაქი", "city", "VARCHAR", [p[0] for p in places]),
        c("საფოსტო_ინდექსი", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("რეგიონი", N, "VARCHAR", g.col(g.pick(["კახეთი", "თბილისი", "იმერეთი", "აჭარა"])), "decoy"),
        c("ბარათის_ნომერი", "credit_card", "VARCHAR", g.col(g.card, 0.65), HEAVY),
        c("შესვლის_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.1))),
        c("მიმღების_სახელი", "person_name", "VARCHAR", [v.whole(g, "ka") if x else None for x in gifts], ROLE,
          HEAVY),
        c("კომპანიის_კოდი", N, "VARCHAR", [code] * g.rows, "business"),
        c("მარნის_მისამართი", N, "VARCHAR", [marani[0]] * g.rows, "business"),
        c("მარნის_ტელეფონი", N, "VARCHAR", [marani[1]] * g.rows, "business"),
        c("სომელიე", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("დამატებითი_ველი_2", "free_text", "VARCHAR", _custom(g, "GE", "ka"), CUSTOM),
        c("შენიშვნა", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("არ არის", "უცნობია")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (or_wine_club, 600), (au_cellar_door, 500), (on_club_shipments, 450), (za_debit_orders, 550),
    (kent_tap_orders, 500), (wi_retiree_cobol, 400), (th_visitor_staging, 450), (nz_access_club, 350),
    (cl_club_socios, 500), (pt_clube_vinho, 450), (de_bierabo, 500), (ch_membres_club, 400), (it_soci_club, 450),
    (hu_borklub, 400), (ka_marani_club, 300),
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
