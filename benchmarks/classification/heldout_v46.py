"""Held-out set v46 for the column classifier: 15 tables of *property, housing, utilities and telecom customer
systems*, one system per table and each a different company or body, in domains v24 to v45 touched only in passing
(v24 had property management, v25 a mobile operator's call records and a utility's meter accounts, v29 a Dutch housing
corporation, v31 an Irish energy supplier and a UK student-lettings firm, v33 a Hungarian utility and a Slovak
telecom, v34 an Italian condominium and an Uruguayan utility, v45 an Aarhus housing co-operative): five with English
column names, from five countries, and ten in German, French, Spanish, Dutch, Polish, Japanese (kanji and katakana),
Korean (Hangul), Greek, Ukrainian (Cyrillic) and Hebrew, in snake, camel, Pascal, SCREAMING and Hungarian-notation
case, with abbreviations, vendor prefixes and opaque field codes:

* ``pm_voyager.Applicant``: a Texas property manager's rental applications (a Yardi-Voyager-like export, ``hMy``,
  ``sFirstName``, ``dtBirth``: SSN, driving licence, previous landlord, co-applicant, a card kept in clear);
* ``supplier_crm.meter_read_submissions``: a British dual-fuel energy supplier's meter reads (MPAN core, MPRN, meter
  serials, a ``contact_detail`` holding an e-mail, a phone or a postal address by contact method);
* ``StrataMaster.LotOwnerRoll``: a New South Wales strata managing agent's strata roll (joint owners in one cell,
  tenants of let lots);
* ``mediation.rated_voice_cdr``: an Ontario mobile operator's rated call and SMS records (MSISDNs, IMSI, IMEI, cell
  ids and cell-site coordinates);
* ``DISCOM_BILLING.CONSUMER_MST``: a Karnataka electricity distribution company's legacy consumer master (RR number,
  ``S/O``/``W/O`` names, Aadhaar, PAN, opaque ``F01`` to ``F03``);
* ``stadtwerke_umzug.meldungen``: a municipal utility's move-in and move-out notices in Ostwestfalen-Lippe (MaLo-ID,
  meter number, forwarding address, the next tenant, refund IBAN);
* ``crm_agence.contacts``: a Bordeaux estate agency's CRM contacts (buyers, sellers, landlords and tenants, the
  property for sale, the negotiator);
* ``comercializadora.contratos_suministro``: an electricity retailer's supply contracts in the Valencian Community and
  Murcia (CUPS, referencia catastral, DNI/NIE, two family names, opaque ``attr1`` to ``attr4``);
* ``glasvezel.aansluitingen``: a fibre-to-the-home provider's connections in Groningen, Friesland and Drenthe
  (voorletters, tussenvoegsel, the address split into street, number and addition, ONT serial, router MAC, PPPoE
  password);
* ``PREPAID.REJESTRACJA_KART``: a Polish mobile operator's prepaid SIM registrations (PESEL, identity card numbers,
  ICCID, IMSI, opaque ``POLE_1`` to ``POLE_3``);
* ``賃貸管理.入居者台帳``: a Sapporo rental-management company's tenant ledger (kanji and katakana names, Japanese-era
  birth dates, joint guarantor, employer);
* ``관리사무소.관리비_부과``: a Korean apartment complex management office's monthly fee billing (building and unit,
  householder, tenant, utility use, car plate);
* ``κτηματολόγιο.δικαιούχοι``: a Corfu cadastral office's extract of right-holders (KAEK, ΑΦΜ, identity card,
  father's and mother's names, notary, deed number);
* ``осбб.співвласники``: a Lviv co-owners' association's (ОСББ) register of flat owners and dues (РНОКПП, patronymic,
  heat meter);
* ``תאגיד_מים.צרכנים``: a Haifa-area water corporation's consumers (Israeli ID, gush and helka, meter, residents).

Small and large tables are mixed: the cadastral extract, the strata roll, the co-owners' association and the water
corporation have 35 to 60 rows, the others 180 to 900.

Written **blind**, like v2 to v45: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the *structure* and labeling conventions of
v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``; the writer and summary of
``heldout_v4.py`` it imports, and v4's labeling rules), the module docstrings of v24 to v45 (to avoid their domains and
follow their labeling conventions) and the ``Column``/``Table`` classes they build on. The classifier was not run on
this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It imports no earlier set's value module: its random source, name lists (Texas,
England and Wales, New South Wales, Karnataka, Ostwestfalen-Lippe, Gironde, Valencia and Murcia, the northern
Netherlands, Poland, Sapporo, Korea, Greece, Lviv and Haifa; dozens of given and family names each, so that a column
of hundreds of people holds hundreds of names), streets, towns, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v46_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v45:

* supply points, meters and networks as decoys (all ``none``): MPAN cores with their check digit, MPRNs, German
  market-location ids (MaLo-ID, check digit), Spanish CUPS (check letters), meter serials and readings (tag
  ``meter``), tariff and rate-plan codes (tag ``tariff``), cell ids, location areas, MSCs, PLMNs and cell-site
  coordinates (tag ``network``), IMEIs (Luhn), IMSIs, ICCIDs (Luhn), an ONT serial and a router MAC (tag ``device``);
* property decoys: Spanish cadastral references (check letters), Greek KAEK codes, Israeli gush and helka numbers (tag
  ``cadastral``), strata plans, lot, unit, room, flat, ``동`` and ``호`` numbers of managed buildings (tag
  ``unit_number``), floor and parcel areas (tag ``floor_area``), deed and registry extract numbers, property codes;
* names split the way the country writes them (tag ``name_part``): an American middle name, Dutch initials and
  tussenvoegsel, a Ukrainian patronymic; two Spanish family names, Greek father's and mother's names, a Japanese name
  in kanji (split) and katakana (whole), Korean whole names in Hangul, Indian names with ``S/O``, ``W/O`` and initials;
* a column mixing kinds (tag ``mixed_kinds``): ``contact_detail`` is an e-mail address, a mobile number or a postal
  address depending on the contact method (``free_text``);
* people under role words (tag ``role_word``): previous landlords, emergency contacts, co-applicants, leasing agents,
  tenants of let lots and flats, managing agents, father or husband, a nominee, the next tenant, account holders,
  spouses, negotiators, sales agents, installers, joint guarantors, private landlords and a notary;
* misleading names both ways (tag ``misleading``): a portal id and a reseller's reference holding e-mail addresses;
  a scheme name, a building name (``物件名``), a complex name (``단지명``) and a file name (``όνομα_αρχείου``) holding no
  one;
* identifiers with check digits (python-stdnum, or the published algorithm written out and checked by the test): a
  US SSN (``ssn``, a few ``000-00-0000``), Aadhaar (Verhoeff), PAN (its format), DNI and NIE, PESEL and Polish identity
  card numbers, the Greek ΑΦΜ, the Ukrainian РНОКПП and the Israeli ID (``national_id``; PESEL and РНОКПП encode the
  row's birth date), and without one a Texas driving licence, passports and residence cards and a Greek identity card
  (``national_id``); German, Spanish, Dutch and Ukrainian IBANs; a card number (Luhn) and its mask; phones of fifteen
  numbering plans (phonenumbers) in national, international, E.164 and plus-less E.164 form (tag ``e164_no_plus``);
  postal codes of twelve countries in their own shapes; IPv4 and IPv6.

Labeling choices a reader may question:

* a flat, lot, room or ``동``/``호`` number of a managed building, on its own, is ``none`` (tag ``unit_number``): without
  the street it points to no home; a house number or a Dutch house-number addition that is part of a person's split
  street line is ``street_address`` (v4's rule: any part of the street line), as is a supply, installation or rented
  address (tag ``premises``) and a Greek property's location beside its right-holder;
* Dutch ``voorletters`` (initials standing for the given names) are ``first_name``, the ``tussenvoegsel`` (part of the
  family name) ``last_name``; a middle name and a patronymic are ``person_name`` (v4's rule: a name part that is
  neither the given nor the family name); Greek ``πατρώνυμο`` and ``μητρώνυμο`` are a parent's given name:
  ``first_name``; ``契約者カナ`` (the whole name in katakana) is ``person_name``;
* a Texas driving-licence number, a Polish identity card, passport or residence-card number and a Greek identity card
  number are ``national_id``; PAN and ΑΦΜ (personal tax numbers) are ``national_id``;
* MPAN, MPRN, MaLo-ID, CUPS, meter serials, IMEI, IMSI, ICCID and MAC addresses are ``none``: they name a supply point,
  a device or a SIM, and no kind of ``governance_dagster.kinds`` fits them (as v4 labeled meter serials and device
  ids); the served MSISDN and the calling, called and redirecting numbers of a call record are ``phone``;
* cell-site coordinates are ``none`` (a tower's place); a masked card number keeping the last four digits is ``none``
  (tag ``partial``); a PPPoE password is ``none`` (tag ``credential``); the portal login is ``unclassified``;
* an employer, its phone, a guarantee company, a distributor, a housing company as landlord and a point of sale are
  ``none`` (tag ``business``); a private landlord (``オーナー名``), the previous landlord and a notary are
  ``person_name``;
* free text that names people or carries their phones is ``free_text`` even when most rows are canned remarks; a
  buyer's search criteria naming no one are ``none``;
* staff are ``person_name``, or ``last_name`` (``担当者``, a Japanese office's family names) and ``first_name`` (``פקיד``,
  clerks known by first name) when only that part is written; logins are ``unclassified`` (tag ``username``), loading
  jobs ``none`` (tag ``service_account``).

Labeling rules otherwise as v2 to v45. ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v46_values`, written for v46 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v46 [PATH]`` (default
``/tmp/heldout_v46.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v46``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v46_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v46_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v46.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"  # a decoy shaped like an identifier or a personal value
MISLEADING = "misleading"  # a name that points the wrong way (a "name" that is a building's, an e-mail under "ref")
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (landlord, guarantor, tenant, notary, next tenant, nominee ...) holding people
ABBREV = "abbrev"
OPAQUE = "opaque"  # an opaque field code (F01, attr3, POLE_1)
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # an audit column holding only service accounts or job names (none)
PREMISES = "premises"  # a person's home named as a supply address, a rented flat, an installation address
KEY = "join_key"  # an id, foreign key or UUID that joins tables (none)
MULTI = "multi_value"  # several people in one cell
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (000-00-0000, 9999999999)
PARTIAL = "partial"  # a masked card number keeping its last four digits (none)
CREDENTIAL = "credential"  # a PPPoE password (none)
MIXED = "mixed_kinds"  # a column whose cells hold personal data of several kinds (free_text)
NAME_PART = "name_part"  # a middle name, initials, a tussenvoegsel, a patronymic
SUPPLY = "supply_point"  # MPAN, MPRN, CUPS, MaLo-ID (none)
METER = "meter"  # a meter's serial number or a reading (none)
CADASTRAL = "cadastral"  # a cadastral or land-register reference (none)
DEVICE = "device"  # IMEI, IMSI, ICCID, MAC address, ONT serial (none)
NETWORK = "network"  # a cell id, a location area, a cell site's coordinates, an MSC (none)
UNIT = "unit_number"  # a flat, lot or room number inside a managed building, on its own (none)
AREA = "floor_area"  # a floor or parcel area (none)
TARIFF = "tariff"  # a tariff, rate plan or supply category code (none)
NO_PLUS = "e164_no_plus"  # phone numbers written in E.164 without the plus


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null") + extra


def _staff(g: Gen, n: int, make: Callable[[], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make())
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _blank(g: Gen, values: list, share: float, words: tuple[str, ...]) -> list:
    """``values`` with ``share`` of the NULL cells written as a NULL word instead (exports write blanks, not NULL)."""
    return [g.rnd.choice(words) if x is None and g.rnd.random() < share else x for x in values]


def _fmt(d: date | None, pattern: str) -> str | None:
    return None if d is None else d.strftime(pattern)


# -- English: Texas, England, New South Wales, Ontario, Karnataka -------------------------------------------------


def us_tenant_applications(g: Gen) -> Table:
    """A Texas property manager's rental applications in a Yardi-Voyager-like export (Hungarian-notation prefixes:
    ``h`` handle, ``s`` string, ``dt`` date, ``d`` decimal): the applicant's split names and middle name, e-mail,
    phones, birth date, SSN (a few ``000-00-0000``), Texas driving licence, current address, the previous landlord
    and emergency contact, a co-applicant, the employer (``none``), the application-fee card kept in clear by an old
    screening add-on (mostly NULL) and the masks (``none``), screening result and reference, the unit applied for, the
    leasing agent (few) and their login, the notes and the applicant's IP. The card mask outlives the card number (a
    PCI clean-up wiped most numbers and kept their masks)."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    agents = _staff(g, 5, lambda: v.whole(g, "us"))
    logins = sorted({v.login(*a.split(" ", 1), 0) for a in agents})
    properties = ["lkwd01", "ptwn03", "mdw07", "oakc02", "hcv11", "slt05"]
    employers = ["H-E-B", "Memorial Hermann", "Dell Technologies", "Texas Children's Hospital", "Whataburger",
                 "Austin ISD", "USAA", "Baylor Scott & White", "self-employed", "Lone Star Plumbing LLC"]
    cards = g.col(lambda: v.card(g), 0.8)

    def note() -> str:
        return g.rnd.choice([f"Cosigner {v.whole(g, 'us')} (mother) {g.phone('US', 'dashes')}",
                             f"Prior landlord {v.whole(g, 'us')} confirmed no balance owed",
                             "Service animal letter on file", "Wants 2nd floor, no carpet",
                             f"Call {pairs[g.rnd.randrange(g.rows)][0]} after 5pm at {g.phone('US', 'national')}",
                             f"Roommate {v.whole(g, 'us')} applying separately", "Income verified via paystubs"])

    return Table("pm_voyager.Applicant", "en", "hungarian", [
        c("hMy", N, "BIGINT", g.keys(310_001), "decoy", KEY),
        c("hProperty", N, "INTEGER", g.ints(11, 16), "decoy", KEY),
        c("sPropertyCode", N, "VARCHAR", g.col(g.pick(properties)), "decoy", ABBREV),
        c("sUnitCode", N, "VARCHAR", g.col(lambda: g.rnd.choice(["", "B-", "C-"]) + str(g.rnd.randint(101, 1420))),
          "decoy", UNIT, SHAPE),
        c("sFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("sMiddleName", "person_name", "VARCHAR", [g.rnd.choice(v.NAMES["us"][0] + v.NAMES["us"][1])
                                                    if g.rnd.random() < 0.55 else None for _ in range(g.rows)],
          NAME_PART),
        c("sLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("sEmail", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs], 0.03,
                                               ["noemail@none.com", "none@none.com"]), PLACEHOLDER),
        c("sPhoneNum1", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.4, "digits": 0.1}, 0.9)),
        c("sPhoneNum2", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "dashes": 0.4}, 0.4, 0.65), HEAVY),
        c("dtBirth", "date_of_birth", "DATE", g.births(1952, 2006)),
        c("sSSN", "ssn", "VARCHAR", _dirty(g, g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.75), 0.08), 0.03,
                                           ["000-00-0000"]), PLACEHOLDER),
        c("sDLNumber", "national_id", "VARCHAR", g.col(lambda: g.digits(8), 0.15), ABBREV),
        c("sDLState", N, "VARCHAR", g.col(g.pick(["TX"] * 8 + ["LA", "OK", "NM", "CA"]), 0.15), "decoy"),
        c("sCurrentAddr", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("sCurrentCity", "city", "VARCHAR", [p[0] for p in places]),
        c("sCurrentState", N, "VARCHAR", ["TX"] * g.rows, "decoy"),
        c("sCurrentZip", "postal_code", "VARCHAR", [v.us_zip(g, p[1]) for p in places]),
        c("sPrevLandlord", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.3), ROLE),
        c("sPrevLandlordPhone", "phone", "VARCHAR", g.phones("US", {"dashes": 1.0}, 0.5, 0.35)),
        c("sEmployer", N, "VARCHAR", g.col(g.pick(employers), 0.1), "business"),
        c("dMonthlyIncome", N, "DECIMAL(10,2)", g.amounts(1_800, 14_000), "decoy"),
        c("sEmergencyName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.2), ROLE),
        c("sEmergencyPhone", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "e164": 0.3}, 0.9, 0.2)),
        c("sCoApplicant", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.7), HEAVY, ROLE),
        c("sPayCardNo", "credit_card", "VARCHAR", cards, HEAVY),
        c("sPayCardMask", N, "VARCHAR", [("X" * 12 + g.digits(4) if g.rnd.random() < 0.5 else None) if x is None
                                         else "X" * (len(x) - 4) + x[-4:] for x in cards], "decoy", PARTIAL, SHAPE),
        c("sScreenResult", N, "VARCHAR", g.col(g.pick(["Accept", "Accept", "Accept w/ Conditions", "Decline",
                                                       "Pending"])), "decoy"),
        c("sScreenRef", N, "VARCHAR", g.col(lambda: g.code("TU-99999999")), "decoy", SHAPE),
        c("dtApplied", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy"),
        c("dtMoveIn", N, "DATE", g.days("2025-04-01", "2026-01-31"), "decoy"),
        c("dRent", N, "DECIMAL(9,2)", g.amounts(895, 2_850), "decoy"),
        c("sLeasingAgent", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROLE),
        c("sUserId", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("sNotes", "free_text", "VARCHAR", g.sparse(note, 0.74, _words("none", "NA")), NULLWORD),
        c("sIPAddress", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.25)),
    ])


def uk_meter_reads(g: Gen) -> Table:
    """A dual-fuel energy supplier's meter-read submissions (England and Wales): the account, title (``none``),
    forename and surname, the supply address (the customer's home: ``street_address``, tag ``premises``), town and
    postcode, the MPAN core (check digit), MPRN, meter serials and reads (``none``), the read source, the submitting
    IP (NULL for smart and estimated reads), the preferred contact method and ``contact_detail`` (an e-mail address,
    a mobile number or a postal address, by method: ``free_text``), e-mail and mobile, tariff code, GSP group and
    profile class (``none``), the meter reader (few, mostly NULL), the loading job and the agent's notes."""
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.GB_TOWNS) for _ in range(g.rows)]
    sources = [g.rnd.choices(["CUSTOMER_WEB", "CUSTOMER_APP", "SMART_DCC", "ESTIMATE", "METER_READER"],
                             [30, 25, 25, 10, 10])[0] for _ in range(g.rows)]
    methods = [g.rnd.choices(["email", "sms", "phone", "post"], [50, 25, 10, 15])[0] for _ in range(g.rows)]
    readers = _staff(g, 4, lambda: v.whole(g, "gb"))
    gas = [g.rnd.random() < 0.7 for _ in range(g.rows)]

    def detail(i: int) -> str:
        a, b = pairs[i]
        if methods[i] == "email":
            return v.email_of(g, a, b, v.DOMAINS["gb"])
        if methods[i] in ("sms", "phone"):
            return g.phone("GB", g.rnd.choice(["national", "intl", "e164"]))
        town = towns[i]
        return f"{v.gb_street(g)}, {town[0]} {v.gb_postcode(g, town[1], town[2])}"

    def note() -> str:
        return g.rnd.choice([f"Cust disputes estimate, says meter reads {g.rnd.randint(10_000, 99_999)}",
                             f"Spoke to {v.whole(g, 'gb')} (tenant), landlord is {v.whole(g, 'gb')}",
                             (f"New occupier from {g.day('2025-05-01', '2025-11-30'):%d/%m/%Y}, prev occupier "
                             f"{v.whole(g, 'gb')}"), "Access via side gate, dog on premises",
                             f"Call back on {g.phone('GB', 'national')}", "Smart meter offline since Aug"])

    return Table("supplier_crm.meter_read_submissions", "en", "snake", [
        c("read_id", N, "BIGINT", g.keys(88_000_001), "decoy", KEY),
        c("account_number", N, "VARCHAR", g.col(lambda: g.code("A-ZZZZZZZZ")), "decoy", KEY, SHAPE),
        c("customer_title", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"]), 0.1), "decoy"),
        c("customer_forename", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("customer_surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("supply_address_line1", "street_address", "VARCHAR", [
            g.rnd.choice(["Flat ", "Flat ", ""]) + f"{g.rnd.randint(1, 12)}, " + v.gb_street(g)
            if g.rnd.random() < 0.2 else v.gb_street(g) for _ in range(g.rows)], PREMISES),
        c("supply_town", "city", "VARCHAR", [t[0] for t in towns]),
        c("supply_postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, t[1], t[2]) for t in towns], PREMISES),
        c("mpan_core", N, "VARCHAR", g.col(lambda: v.mpan_core(g)), "decoy", SUPPLY, SHAPE),
        c("mprn", N, "VARCHAR", [str(g.rnd.randint(100_000, 9_999_999_999)) if x else None for x in gas], "decoy",
          SUPPLY, SHAPE),
        c("elec_meter_serial", N, "VARCHAR", g.col(lambda: g.rnd.choice([g.code("99A9999999"), g.code("Z99AA99999"),
                                                                          g.code("99P9999999")])), "decoy", METER,
          SHAPE),
        c("gas_meter_serial", N, "VARCHAR", [g.code("G4A99999999999") if x else None for x in gas], "decoy", METER,
          SHAPE),
        c("elec_read_kwh", N, "INTEGER", g.ints(100, 99_999), "decoy", METER),
        c("gas_read_m3", N, "INTEGER", [g.rnd.randint(10, 29_999) if x else None for x in gas], "decoy", METER),
        c("read_date", N, "DATE", g.days("2025-06-01", "2025-11-30"), "decoy"),
        c("read_source", N, "VARCHAR", sources, "decoy"),
        c("submitted_ip", "ip_address", "VARCHAR", [g.ip(0.4) if s.startswith("CUSTOMER") else None
                                                    for s in sources]),
        c("contact_method", N, "VARCHAR", methods, "decoy"),
        c("contact_detail", "free_text", "VARCHAR", [detail(i) for i in range(g.rows)], MIXED),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) if g.rnd.random() < 0.85 else None
                                        for a, b in pairs]),
        c("mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.95, 0.15)),
        c("tariff_code", N, "VARCHAR", g.col(lambda: f"E-1R-{g.rnd.choice(['VAR', 'FIX12M', 'AGILE'])}-"
                                             f"{g.rnd.randint(22, 25)}-{g.rnd.randint(1, 12):02d}-01-"
                                             f"{g.rnd.choice('ABCDEFGHJKLMNP')}"), "decoy", TARIFF, SHAPE),
        c("gsp_group", N, "VARCHAR", g.col(g.pick(["_B", "_C", "_D", "_E", "_G", "_K", "_M"])), "decoy", ABBREV),
        c("profile_class", N, "INTEGER", g.col(g.pick([1, 1, 1, 2, 3, 4])), "decoy"),
        c("field_agent", "person_name", "VARCHAR", [g.rnd.choice(readers) if s == "METER_READER" else None
                                                    for s in sources], STAFF, HEAVY),
        c("created_by", N, "VARCHAR", [{"SMART_DCC": "dcc-ingest", "ESTIMATE": "billing-estimator"}.get(s, "reads-api")
                                       for s in sources], "decoy", AUDIT, SERVICE),
        c("agent_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words()), NULLWORD),
    ])


def au_strata_roll(g: Gen) -> Table:
    """A New South Wales strata managing agent's strata roll (Pascal case): the plan (``SP 74521``), scheme name
    (``none``), lot and unit numbers and unit entitlement (``none``), the owners (often two people in one cell: tag
    ``multi_value``), the owner's address for service of notices, suburb, state (``none``) and postcode, e-mail and
    mobile, occupancy, the tenant's name and phone (tenanted lots only), levies and arrears, committee membership,
    the managing agent (few), notes and the last editor's login."""
    plans = [("SP 74521", "Harbourview Towers"), ("SP 88103", "The Grange Parramatta"), ("SP 61277", "Bayside Court")]
    plan = [g.rnd.randrange(len(plans)) for _ in range(g.rows)]
    agents = _staff(g, 3, lambda: v.whole(g, "au"))
    editors = sorted({v.login(*a.split(" ", 1), 1) for a in agents})
    tenanted = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_SUBURBS) for _ in range(g.rows)]

    def owners() -> str:
        a, b = v.person(g, "au")
        r = g.rnd.random()
        if r < 0.3:
            return f"{a} & {v.given(g, 'au')} {b}"
        if r < 0.45:
            return f"{b}, {a}; {v.family(g, 'au')}, {v.given(g, 'au')}"
        return f"{a} {b}"

    def note() -> str:
        return g.rnd.choice([f"By-law breach (balcony storage), letter sent to {v.whole(g, 'au')}",
                             f"Tenant {v.whole(g, 'au')} reported leak from unit above", "Levy notices by email only",
                             f"Owner deceased, executor {v.whole(g, 'au')} {g.phone('AU', 'national')}",
                             "Pet approval granted (small dog)", "Payment plan agreed at AGM"])

    return Table("StrataMaster.LotOwnerRoll", "en", "pascal", [
        c("LotId", N, "INTEGER", g.keys(5_001), "decoy", KEY),
        c("StrataPlan", N, "VARCHAR", [plans[i][0] for i in plan], "decoy", SHAPE),
        c("SchemeName", N, "VARCHAR", [plans[i][1] for i in plan], "decoy", MISLEADING),
        c("LotNumber", N, "INTEGER", g.ints(1, 120), "decoy", UNIT),
        c("UnitNumber", N, "VARCHAR", g.col(lambda: g.rnd.choice(["G", "", "", ""]) + f"{g.rnd.randint(1, 18)}"
                                                    f"{g.rnd.randint(1, 9):02d}"), "decoy", UNIT),
        c("UnitEntitlement", N, "INTEGER", g.ints(40, 260), "decoy"),
        c("OwnerNames", "person_name", "VARCHAR", [owners() for _ in range(g.rows)], MULTI),
        c("ServiceAddress", "street_address", "VARCHAR", [v.au_street(g) for _ in range(g.rows)]),
        c("ServiceSuburb", "city", "VARCHAR", [p[0] for p in places]),
        c("ServiceState", N, "VARCHAR", g.col(g.pick(["NSW"] * 9 + ["QLD"])), "decoy"),
        c("ServicePostcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("OwnerEmail", "email", "VARCHAR", _blank(g, g.col(lambda: v.email_of(g, *v.person(g, "au"), v.DOMAINS["au"]),
                                                            0.12), 0.8, ("", "N/A"))),
        c("OwnerMobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "intl": 0.2, "digits": 0.1}, 0.9,
                                                      0.1)),
        c("OccupancyType", N, "VARCHAR", ["Tenanted" if t else g.rnd.choice(["Owner occupied", "Owner occupied",
                                                                              "Vacant"]) for t in tenanted], "decoy"),
        c("TenantName", "person_name", "VARCHAR", [v.whole(g, "au") if t else None for t in tenanted], ROLE, HEAVY),
        c("TenantPhone", "phone", "VARCHAR", [g.phone("AU", "national") if t and g.rnd.random() < 0.85 else None
                                              for t in tenanted], HEAVY),
        c("AdminLevyQtr", N, "DECIMAL(9,2)", g.amounts(480, 2_400), "decoy"),
        c("CapitalWorksLevyQtr", N, "DECIMAL(9,2)", g.amounts(150, 1_200), "decoy"),
        c("ArrearsBalance", N, "DECIMAL(9,2)", [0.0 if g.rnd.random() < 0.7 else round(g.rnd.uniform(50, 6_000), 2)
                                                for _ in range(g.rows)], "decoy"),
        c("CommitteeMember", N, "BOOLEAN", g.yn(True, False, 0.15), "decoy"),
        c("ManagingAgent", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROLE),
        c("Notes", "free_text", "VARCHAR", g.sparse(note, 0.55, _words())),
        c("LastModifiedBy", USERNAME, "VARCHAR", g.col(g.pick(editors)), USER, AUDIT),
    ])


def ca_rated_cdr(g: Gen) -> Table:
    """An Ontario mobile operator's rated voice and SMS records out of mediation (camel case, 3GPP-like names): the
    record UUID and source file, the served MSISDN (E.164 without ``+``), IMSI and IMEI (``none``: a SIM's and a
    handset's identifiers), calling, called and redirecting numbers (``phone``), call type, start and duration, cell
    id, LAC and the cell site's coordinates (a tower, not a person: ``none``), the MSC, rate plan, charge, roaming
    PLMN, billing account, termination cause and the loading job."""
    subs = [(g.phone("CA", "e164_no_plus"), "302720" + g.digits(9), v.imei(g)) for _ in range(g.rows // 4)]
    sub = [g.rnd.choice(subs) for _ in range(g.rows)]
    types = [g.rnd.choices(["MOC", "MTC", "SMS-MO", "SMS-MT", "CFW"], [40, 30, 12, 12, 6])[0] for _ in range(g.rows)]
    sites = [(g.rnd.randint(10_000, 65_000), g.rnd.choice([4101, 4102, 4205, 4310, 5120]),
              round(43.65 + g.rnd.uniform(-0.35, 0.35), 5), round(-79.38 + g.rnd.uniform(-0.45, 0.45), 5))
             for _ in range(60)]
    site = [g.rnd.choice(sites) for _ in range(g.rows)]

    def other() -> str:
        region = "US" if g.rnd.random() < 0.12 else "CA"
        return g.phone(region, g.rnd.choice(["e164_no_plus", "e164_no_plus", "e164", "digits"]), g.rnd.random() < 0.7)

    others = [other() for _ in range(g.rows)]
    outgoing = [t in ("MOC", "SMS-MO", "CFW") for t in types]
    return Table("mediation.rated_voice_cdr", "en", "camel", [
        c("recordId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("sourceFile", N, "VARCHAR", g.col(lambda: f"MSC{g.rnd.randint(1, 9):02d}_2025{g.rnd.randint(9, 11):02d}"
                                            f"{g.rnd.randint(1, 28):02d}_{g.rnd.randint(0, 23):02d}00_"
                                            f"{g.rnd.randint(1, 999):06d}.dat"), "decoy", SHAPE),
        c("servedMsisdn", "phone", "VARCHAR", [s[0] for s in sub], NO_PLUS),
        c("servedImsi", N, "VARCHAR", [s[1] for s in sub], "decoy", DEVICE, SHAPE),
        c("servedImei", N, "VARCHAR", [s[2] for s in sub], "decoy", DEVICE, SHAPE),
        c("callingPartyNumber", "phone", "VARCHAR", [s[0] if o else x for s, o, x in zip(sub, outgoing, others)],
          NO_PLUS),
        c("calledPartyNumber", "phone", "VARCHAR", [x if o else s[0] for s, o, x in zip(sub, outgoing, others)],
          NO_PLUS),
        c("redirectingNumber", "phone", "VARCHAR", [g.phone("CA", "e164_no_plus") if t == "CFW" or
                                                    g.rnd.random() < 0.1 else None for t in types], HEAVY, NO_PLUS),
        c("callType", N, "VARCHAR", types, "decoy", ABBREV),
        c("startTime", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy"),
        c("durationSec", N, "INTEGER", [0 if t.startswith("SMS") else g.rnd.randint(1, 3_600) for t in types],
          "decoy"),
        c("cellId", N, "INTEGER", [s[0] for s in site], "decoy", NETWORK),
        c("lac", N, "INTEGER", [s[1] for s in site], "decoy", NETWORK, ABBREV),
        c("cellSiteLat", N, "DOUBLE", [s[2] for s in site], "decoy", NETWORK),
        c("cellSiteLon", N, "DOUBLE", [s[3] for s in site], "decoy", NETWORK),
        c("mscId", N, "VARCHAR", g.col(g.pick(["TOR-MSC07", "TOR-MSC02", "MISS-MSC01", "OTT-MSC03"])), "decoy",
          NETWORK),
        c("ratePlanCode", N, "VARCHAR", g.col(g.pick(["CAN-UNL-75", "CAN-40GB-65", "PREPAID-35", "BIZ-SHARE-120"])),
          "decoy", TARIFF),
        c("chargeCad", N, "DECIMAL(8,4)", [0.0 if g.rnd.random() < 0.8 else round(g.rnd.uniform(0.1, 12), 4)
                                           for _ in range(g.rows)], "decoy"),
        c("roamingPlmn", N, "VARCHAR", [g.rnd.choice(["310260", "310410", "311480"]) if g.rnd.random() < 0.08
                                        else "302720" for _ in range(g.rows)], "decoy", NETWORK, SHAPE),
        c("billingAccountId", N, "BIGINT", g.ints(700_000_000, 799_999_999), "decoy", KEY),
        c("causeForTerm", N, "INTEGER", g.col(g.pick([0, 0, 0, 16, 17, 19, 31])), "decoy", ABBREV),
        c("loadedBy", N, "VARCHAR", g.col(g.pick(["mediation-etl", "mediation-etl-retry"])), "decoy", AUDIT,
          SERVICE),
    ])


def in_discom_consumers(g: Gen) -> Table:
    """A Karnataka electricity distribution company's legacy consumer master (SCREAMING abbreviations, three opaque
    ``F0n`` fields): the RR number and account id, the consumer's name as billed (``SMT``/``SRI`` and initials),
    father's or husband's name (``S/O``, ``W/O``), the two address lines, city and PIN, mobile (a few ``9999999999``)
    and an alternate, e-mail, Aadhaar (Verhoeff) and PAN, tariff category, sanctioned load, meter serial and make,
    feeder, transformer and sub-division codes, readings, arrears and payment date, the meter reader's code
    (``none``), the migration job and remarks; ``F01`` the old consumer number, ``F02`` the nominee's name, ``F03`` a
    landline (mostly NULL)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "in", female)
        rows.append((a, b, female))
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    addrs = [v.in_addr(g) for _ in range(g.rows)]
    initials = list("ABCDEFGHIJKLMNPRSTVY")
    previous = [g.rnd.randint(100, 60_000) for _ in range(g.rows)]

    def aadhaar() -> str:
        x = v.aadhaar(g)
        return f"{x[:4]} {x[4:8]} {x[8:]}" if g.rnd.random() < 0.4 else x

    def billed(a: str, b: str, female: bool) -> str:
        style = g.rnd.random()
        if style < 0.4:
            return f"{'SMT' if female else 'SRI'} {a.upper()} {b.upper()}"
        if style < 0.75:
            return f"{a.upper()} {g.rnd.choice(initials)}"
        return f"{a} {b}"

    def relation(female: bool) -> str:
        r = g.rnd.choice(["W/O", "D/O"] if female else ["S/O"])
        return f"{r} {v.whole(g, 'in').upper()}" if g.rnd.random() < 0.6 else v.whole(g, "in").upper()

    def remark() -> str:
        return g.rnd.choice(["METER BURNT REPLACED", f"NAME CHANGE FROM {v.whole(g, 'in').upper()}",
                             "DISCONNECTED FOR ARREARS", (f"CONTACT SON {v.given(g, 'in').upper()} MOB "
                                                        f"{g.phone('IN', 'nsn')}"),
                             "BHAGYAJYOTHI CONVERTED", f"TENANT {v.whole(g, 'in').upper()} PAYS BILL"])

    return Table("DISCOM_BILLING.CONSUMER_MST", "en", "screaming", [
        c("RR_NO", N, "VARCHAR", g.col(lambda: g.code("AAA") + g.digits(5)), "decoy", SHAPE, ABBREV),
        c("ACCT_ID", N, "BIGINT", g.keys(9_420_000_001), "decoy", KEY),
        c("CONS_NAME", "person_name", "VARCHAR", [billed(*r) for r in rows], ABBREV),
        c("FH_NAME", "person_name", "VARCHAR", [relation(r[2]) for r in rows], ROLE, ABBREV),
        c("ADDR1", "street_address", "VARCHAR", [a[0] for a in addrs], PREMISES),
        c("ADDR2", "street_address", "VARCHAR", [a[1] for a in addrs], PREMISES),
        c("CITY_NM", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("PIN_CD", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], ABBREV),
        c("MOB_NO", "phone", "VARCHAR", _dirty(g, g.phones("IN", {"nsn": 0.8, "intl": 0.1, "e164": 0.1}, 1.0, 0.12),
                                               0.04, ["9999999999", "0000000000"]), PLACEHOLDER, ABBREV),
        c("ALT_MOB", "phone", "VARCHAR", g.phones("IN", {"nsn": 1.0}, 1.0, 0.75), HEAVY, ABBREV),
        c("EMAIL_ID", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["in"]) if g.rnd.random() < 0.4 else None
                                           for a, b, _ in rows], HEAVY),
        c("AADHAR_NO", "national_id", "VARCHAR", g.col(aadhaar, 0.35), ABBREV),
        c("PAN_NO", "national_id", "VARCHAR", [v.pan(g, b) if g.rnd.random() < 0.25 else None for _, b, _ in rows],
          HEAVY, ABBREV),
        c("TARIFF_CAT", N, "VARCHAR", g.col(g.pick(["LT-2a(i)", "LT-2a(i)", "LT-2a(ii)", "LT-3", "LT-5", "LT-1"])),
          "decoy", TARIFF),
        c("SANC_LOAD_KW", N, "DOUBLE", g.col(g.pick([1.0, 2.0, 3.0, 4.0, 5.0, 7.5, 10.0])), "decoy", ABBREV),
        c("METER_SL_NO", N, "VARCHAR", g.col(lambda: g.rnd.choice(["KA", "LT", "SE", "GN"]) + g.digits(8)), "decoy",
          METER, SHAPE),
        c("MTR_MAKE", N, "VARCHAR", g.col(g.pick(["L&T", "SECURE", "GENUS", "HPL", "LINKWELL"])), "decoy", ABBREV),
        c("FEEDER_CD", N, "VARCHAR", g.col(lambda: f"F{g.rnd.randint(1, 40):02d}-{g.code('AAA')}"), "decoy", ABBREV),
        c("TC_CD", N, "VARCHAR", g.col(lambda: f"TC{g.rnd.randint(1, 900):04d}"), "decoy", ABBREV),
        c("SUBDIV_CD", N, "VARCHAR", g.col(g.pick(["C1", "C2", "E4", "W3", "S5", "N7"])), "decoy", ABBREV),
        c("PREV_RDG", N, "INTEGER", previous, "decoy", METER, ABBREV),
        c("PRES_RDG", N, "INTEGER", [x + g.rnd.randint(0, 900) for x in previous], "decoy", METER, ABBREV),
        c("ARREARS_AMT", N, "DECIMAL(10,2)", [0.0 if g.rnd.random() < 0.6 else round(g.rnd.uniform(10, 25_000), 2)
                                              for _ in range(g.rows)], "decoy", ABBREV),
        c("LAST_PAY_DT", N, "DATE", g.days("2025-05-01", "2025-11-30", 0.05), "decoy", ABBREV),
        c("MR_CODE", N, "VARCHAR", g.col(lambda: f"MR-{g.rnd.randint(1, 60):04d}"), "decoy", ABBREV),
        c("F01", N, "VARCHAR", g.col(lambda: f"{g.code('AA')}/{g.rnd.randint(1, 99_999)}", 0.3), "decoy", OPAQUE),
        c("F02", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in").upper(), 0.45), OPAQUE, ROLE),
        c("F03", "phone", "VARCHAR", g.phones("IN", {"digits": 1.0}, 0.0, 0.85), OPAQUE, HEAVY),
        c("CREATED_BY", N, "VARCHAR", g.col(g.pick(["MIGR_2016", "RAPDRP_SYNC"])), "decoy", AUDIT, SERVICE),
        c("REMARKS", "free_text", "VARCHAR", g.sparse(remark, 0.6, ("", "NIL", "-", "NA."))),
    ])


# -- German, French, Spanish, Dutch, Polish ------------------------------------------------------------------------


def de_umzug(g: Gen) -> Table:
    """A municipal utility's move-in and move-out notices in Ostwestfalen-Lippe (German, snake case and
    abbreviations): contract account and business partner (``none``), kind and salutation (``none``), first and
    family name, birth date (text), the supply address (the home: ``premises``), PLZ and town, the market-location id
    (MaLo-ID, check digit) and meter number, readings (``none``), the key date, the forwarding address, PLZ and town
    (move-outs), the next tenant (often ``unbekannt``), the landlord (housing companies only: ``none``), phone,
    e-mail, the portal id (the e-mail again: tag ``misleading``), the refund IBAN and account holder, notes, the clerk's
    login and the entry time."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "de", female)
        rows.append((a, b, female))
    home = [g.rnd.choice(v.DE_HOME) for _ in range(g.rows)]
    out = [g.rnd.random() < 0.68 for _ in range(g.rows)]
    away = [g.rnd.choice(v.DE_AWAY + v.DE_HOME) if o and g.rnd.random() < 0.93 else None for o in out]
    mails = [v.email_of(g, a, b, v.DOMAINS["de"]) if g.rnd.random() < 0.85 else None for a, b, _ in rows]
    clerks = _staff(g, 5, lambda: f"{g.rnd.choice(['kb', 'sb', 'kc'])}_{v.plain(v.family(g, 'de'))[:7]}")
    landlords = ["Wohnungsbau Ostwestfalen eG", "Hausverwaltung Brinkmann GmbH", "Freie Scholle eG",
                 "Immobilien Niermann KG", "Lippe Wohnen GmbH"]
    refund = [g.rnd.random() < 0.55 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Schlüsselübergabe an Nachmieter {v.whole(g, 'de')}",
                             f"Zählerstand per Foto, Kunde ruft zurück: {g.phone('DE', 'national')}",
                             "Schlussrechnung an neue Adresse", "Vermieter hat Auszug bestätigt",
                             f"Kunde verstorben, Erbin {' '.join(v.person(g, 'de', True))}", "Sperrung angefragt",
                             f"Tochter {v.person(g, 'de', True)[0]} hat angerufen"])

    return Table("stadtwerke_umzug.meldungen", "de", "snake", [
        c("meldung_id", N, "BIGINT", g.keys(4_500_001), "decoy", KEY),
        c("vertragskonto", N, "VARCHAR", g.col(lambda: "2100" + g.digits(8)), "decoy", KEY),
        c("geschaeftspartner", N, "VARCHAR", g.col(lambda: "10" + g.digits(8)), "decoy", KEY),
        c("art", N, "VARCHAR", ["Auszug" if o else "Einzug" for o in out], "decoy"),
        c("anrede", N, "VARCHAR", ["Frau" if r[2] else g.rnd.choice(["Herr", "Herr", "Herr", ""]) for r in rows],
          "decoy"),
        c("vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nachname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("geb_datum", "date_of_birth", "VARCHAR", [_fmt(g.birth(1938, 2005), "%d.%m.%Y") if g.rnd.random() < 0.8
                                                    else None for _ in range(g.rows)], ABBREV),
        c("lieferadresse", "street_address", "VARCHAR", g.col(lambda: v.de_street(g)), PREMISES),
        c("plz", "postal_code", "VARCHAR", [g.rnd.choice(h[1]) for h in home], PREMISES, ABBREV),
        c("ort", "city", "VARCHAR", [h[0] for h in home]),
        c("malo_id", N, "VARCHAR", g.col(lambda: v.malo_id(g)), "decoy", SUPPLY, SHAPE),
        c("zaehlernr", N, "VARCHAR", g.col(lambda: "1" + g.rnd.choice(["ESY", "EMH", "LGZ", "ITF", "APA"])
                                           + g.digits(10)), "decoy", METER, SHAPE, ABBREV),
        c("zst_strom", N, "INTEGER", g.ints(200, 80_000), "decoy", METER, ABBREV),
        c("zst_gas", N, "DOUBLE", g.floats(100, 40_000, 1, 0.45), "decoy", METER, ABBREV),
        c("stichtag", N, "DATE", g.days("2025-06-01", "2026-01-31"), "decoy"),
        c("neue_strasse", "street_address", "VARCHAR", [v.de_street(g) if a else None for a in away]),
        c("neue_plz", "postal_code", "VARCHAR", [g.rnd.choice(a[1]) if a else None for a in away]),
        c("neuer_ort", "city", "VARCHAR", [a[0] if a else None for a in away]),
        c("nachmieter", "person_name", "VARCHAR", [g.rnd.choice(["unbekannt", "", "unbekannt"]) if g.rnd.random() < 0.5
                                                   else v.whole(g, "de") for _ in range(g.rows)], ROLE),
        c("vermieter", N, "VARCHAR", g.col(g.pick(landlords), 0.3), "business"),
        c("tel", "phone", "VARCHAR", _blank(g, g.phones("DE", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 0.65, 0.2),
                                            0.5, ("", "k.A.", "-")), ABBREV),
        c("email", "email", "VARCHAR", mails),
        c("portal_kennung", "email", "VARCHAR", [m if m and g.rnd.random() < 0.6 else None for m in mails],
          MISLEADING),
        c("iban_erstattung", "iban", "VARCHAR", [v.iban(g, "DE", g.rnd.random() < 0.5) if r else None
                                                 for r in refund]),
        c("kontoinhaber", "person_name", "VARCHAR", [(f"{a} {b}" if g.rnd.random() < 0.8 else v.whole(g, "de"))
                                                     if r else None for r, (a, b, _) in zip(refund, rows)], ROLE),
        c("bemerkung", "free_text", "VARCHAR", g.sparse(note, 0.6, _words("k.A.", "keine"))),
        c("erfasst_von", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        c("erfasst_am", N, "TIMESTAMP", g.moments("2025-05-01", "2026-01-15"), "decoy"),
    ])


def fr_agence_contacts(g: Gen) -> Table:
    """A Bordeaux estate agency's CRM contacts (French, a ``ctc_`` and ``bien_`` vendor prefix): kind of contact and
    civility (``none``), family and given name, the spouse, mobile and landline, e-mail, the contact's address,
    postcode and town, the mandate reference and number, the property's address (sellers and landlords only: the
    owner's home, ``premises``), type, living area, energy class and price, the buyer's budget and search criteria
    (no one named: ``none``), the negotiator (few), comments, the lead source, creation time and consent flag."""
    kinds = [g.rnd.choices(["Acquéreur", "Vendeur", "Bailleur", "Locataire"], [50, 25, 10, 15])[0]
             for _ in range(g.rows)]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "fr", female)
        rows.append((a, b, female))
    towns = [g.rnd.choice(v.FR_TOWNS if g.rnd.random() < 0.75 else v.FR_AWAY) for _ in range(g.rows)]
    negos = _staff(g, 4, lambda: v.whole(g, "fr"))
    owns = [k in ("Vendeur", "Bailleur") for k in kinds]

    def criteria() -> str:
        return g.rnd.choice(["T3 avec balcon, Chartrons ou Bastide", "Maison 4 ch. avec jardin, Mérignac/Pessac",
                             "Studio investissement locatif proche tram", "Échoppe à rénover, Saint-Augustin",
                             "T2 RDC avec extérieur", "Maison plain-pied, Eysines ou Blanquefort"])

    def comment() -> str:
        return g.rnd.choice([f"Recherche pour sa fille {v.person(g, 'fr', True)[0]}, budget serré",
                             f"Rappeler Mme {v.family(g, 'fr')} au {g.phone('FR', 'national')} après 18h",
                             f"Vente suite divorce, l'ex-conjoint {v.whole(g, 'fr')} doit signer",
                             "Primo-accédant, accord de principe bancaire", f"Visite avec {v.whole(g, 'fr')} : ok",
                             "Ne souhaite plus être contacté par SMS"])

    return Table("crm_agence.contacts", "fr", "snake", [
        c("ctc_id", N, "INTEGER", g.keys(20_001), "decoy", KEY),
        c("ctc_type", N, "VARCHAR", kinds, "decoy"),
        c("ctc_civilite", N, "VARCHAR", ["Mme" if r[2] else g.rnd.choice(["M.", "M.", "M. et Mme"]) for r in rows],
          "decoy"),
        c("ctc_nom", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("ctc_prenom", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("ctc_conjoint", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.68), ROLE, HEAVY),
        c("ctc_tel_portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.75, "intl": 0.1, "digits": 0.15},
                                                           1.0, 0.05)),
        c("ctc_tel_fixe", "phone", "VARCHAR", g.phones("FR", {"national": 1.0}, 0.0, 0.75), HEAVY),
        c("ctc_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["fr"]) if g.rnd.random() < 0.9 else None
                                            for a, b, _ in rows]),
        c("ctc_adresse", "street_address", "VARCHAR", g.col(lambda: v.fr_street(g), 0.2)),
        c("ctc_cp", "postal_code", "VARCHAR", [t[1] for t in towns], ABBREV),
        c("ctc_ville", "city", "VARCHAR", [t[0] for t in towns]),
        c("bien_ref", N, "VARCHAR", [f"{'VM' if k == 'Vendeur' else 'LM'}-2025-{g.rnd.randint(1, 999):04d}" if o
                                     else None for k, o in zip(kinds, owns)], "decoy", SHAPE),
        c("bien_mandat_num", N, "INTEGER", [g.rnd.randint(1_200, 2_900) if o else None for o in owns], "decoy"),
        c("bien_adresse", "street_address", "VARCHAR", [v.fr_street(g) if o else None for o in owns], PREMISES,
          HEAVY),
        c("bien_type", N, "VARCHAR", g.col(g.pick(["Appartement T2", "Appartement T3", "Maison", "Échoppe",
                                                   "Terrain", "Studio"])), "decoy"),
        c("bien_surface_m2", N, "DOUBLE", g.floats(18, 240, 1), "decoy", AREA),
        c("bien_dpe", N, "VARCHAR", g.col(g.pick(list("ABCDEFG"))), "decoy"),
        c("bien_prix", N, "INTEGER", g.ints(90_000, 950_000, 0.3), "decoy"),
        c("budget_max", N, "INTEGER", [g.rnd.randint(120, 700) * 1_000 if k == "Acquéreur" else None
                                       for k in kinds], "decoy"),
        c("criteres_recherche", N, "VARCHAR", [criteria() if k in ("Acquéreur", "Locataire") else "" for k in kinds],
          "decoy"),
        c("negociateur", "person_name", "VARCHAR", g.col(g.pick(negos)), STAFF, ROLE),
        c("commentaire", "free_text", "VARCHAR", g.sparse(comment, 0.5, _words("RAS", "néant"))),
        c("source_contact", N, "VARCHAR", g.col(g.pick(["SeLoger", "Leboncoin", "Vitrine", "Recommandation",
                                                        "Site agence"])), "decoy"),
        c("date_creation", N, "TIMESTAMP", g.moments("2024-01-01", "2025-11-30"), "decoy"),
        c("rgpd_consentement", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
    ])


def es_contratos(g: Gen) -> Table:
    """An electricity retailer's supply contracts in the Valencian Community and Murcia (Spanish, snake case and four
    opaque ``attr`` fields): the contract id, the CUPS (check letters) and cadastral reference (``none``), the
    holder's given name and two family names (one for NIE holders), DNI or NIE, the supply address (``premises``),
    postcode, municipality, province (``none``), phone, e-mail, the direct-debit IBAN, access tariff, contracted
    powers, CNAE, social-bonus flag, start date, distributor (``none``), the sales agent (few), the channel and the IP
    of web sign-ups; ``attr1`` a second phone, ``attr2`` a segment code, ``attr3`` a contact person's name, ``attr4``
    observations."""
    rows = []
    for _ in range(g.rows):
        foreign = g.rnd.random() < 0.15
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "es_nie" if foreign else "es", female)
        second = None if foreign else v.family(g, "es")
        rows.append((a, b, second, v.es_nie(g) if foreign else v.es_dni(g)))
    towns = [g.rnd.choice(v.ES_TOWNS) for _ in range(g.rows)]
    channels = [g.rnd.choices(["web", "telefono", "tienda", "puerta a puerta"], [45, 25, 20, 10])[0]
                for _ in range(g.rows)]
    sellers = _staff(g, 6, lambda: v.whole(g, "es"))

    def obs() -> str:
        return g.rnd.choice([f"Cambio de titular desde {v.whole(g, 'es')}",
                             f"Llamar a su hijo {v.person(g, 'es', False)[0]} al {g.phone('ES', 'national')}",
                             "Cliente vulnerable, bono social en trámite", "Lectura estimada reclamada",
                             f"Subrogación por fallecimiento de {v.whole(g, 'es')}", "Solicita factura en papel"])

    return Table("comercializadora.contratos_suministro", "es", "snake", [
        c("id_contrato", N, "BIGINT", g.keys(60_000_001), "decoy", KEY),
        c("cups", N, "VARCHAR", g.col(lambda: v.cups(g)), "decoy", SUPPLY, SHAPE),
        c("ref_catastral", N, "VARCHAR", g.col(lambda: v.referencia_catastral(g), 0.3), "decoy", CADASTRAL, SHAPE,
          ABBREV),
        c("titular_nombre", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("titular_apellido1", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("titular_apellido2", "last_name", "VARCHAR", [r[2] if r[2] else "" for r in rows]),
        c("nif_titular", "national_id", "VARCHAR", [r[3] for r in rows], ABBREV),
        c("direccion_suministro", "street_address", "VARCHAR", g.col(lambda: v.es_street(g)), PREMISES),
        c("cod_postal", "postal_code", "VARCHAR", [g.rnd.choice(t[2]) for t in towns], PREMISES, ABBREV),
        c("municipio", "city", "VARCHAR", [t[0] for t in towns]),
        c("provincia", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("telefono", "phone", "VARCHAR", g.phones("ES", {"national": 0.5, "digits": 0.3, "intl": 0.2}, 0.8, 0.05)),
        c("email", "email", "VARCHAR", _blank(g, [v.email_of(g, r[0], r[1], v.DOMAINS["es"]) if g.rnd.random() < 0.75
                                                  else None for r in rows], 0.5, ("", "-", "sin datos"))),
        c("iban_domiciliacion", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.6), 0.1)),
        c("tarifa_acceso", N, "VARCHAR", g.col(g.pick(["2.0TD"] * 9 + ["3.0TD"])), "decoy", TARIFF),
        c("potencia_p1_kw", N, "DOUBLE", g.col(g.pick([3.3, 3.45, 4.6, 5.75, 6.9, 9.2])), "decoy"),
        c("potencia_p2_kw", N, "DOUBLE", g.col(g.pick([3.3, 3.45, 4.6, 5.75, 6.9])), "decoy"),
        c("cnae", N, "VARCHAR", g.col(g.pick(["9820", "9820", "9820", "4711", "5610"])), "decoy", SHAPE),
        c("bono_social", N, "BOOLEAN", g.yn(True, False, 0.08), "decoy"),
        c("fecha_alta", N, "DATE", g.days("2019-01-01", "2025-11-30"), "decoy"),
        c("distribuidora", N, "VARCHAR", g.col(g.pick(["i-DE Redes Eléctricas", "UFD Distribución",
                                                       "Distribuidora Eléctrica de Relleu"])), "business"),
        c("comercial", "person_name", "VARCHAR", [g.rnd.choice(sellers) if ch in ("tienda", "puerta a puerta")
                                                  else None for ch in channels], STAFF, ROLE),
        c("canal", N, "VARCHAR", channels, "decoy"),
        c("ip_contratacion", "ip_address", "VARCHAR", [g.ip(0.2) if ch == "web" else None for ch in channels], HEAVY),
        c("attr1", "phone", "VARCHAR", g.phones("ES", {"digits": 1.0}, 0.5, 0.7), OPAQUE, HEAVY),
        c("attr2", N, "VARCHAR", g.col(g.pick(["SEG_RES_01", "SEG_RES_02", "SEG_PYME_01"])), "decoy", OPAQUE),
        c("attr3", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es"), 0.6), OPAQUE, HEAVY),
        c("attr4", "free_text", "VARCHAR", g.sparse(obs, 0.6, _words("sin datos"))),
    ])


def nl_glasvezel(g: Gen) -> Table:
    """A fibre-to-the-home provider's connections in Groningen, Friesland and Drenthe (Dutch, snake case): connection
    id and customer number, initials (``first_name``), tussenvoegsel (``last_name``, mostly NULL), family name and
    call name, birth date, the installation address split as Dutch addresses are (street, house number, addition:
    each ``street_address``, tag ``premises``), postcode and town, phone, e-mail, IBAN, the reseller's external
    reference (the customer's e-mail: tag ``misleading``), the PoP, ONT serial and router MAC (``none``), the public
    IPv4, the portal login (``unclassified``) and PPPoE password (``none``), the subscription, start date, installer
    (few) and notes."""
    rows = [v.nl_person(g) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.NL_TOWNS) for _ in range(g.rows)]
    fitters = _staff(g, 5, lambda: " ".join(x for x in (g.rnd.choice(v.NL_MALE), *g.rnd.choice(v.NL_FAMILY)) if x))

    def initials(roep: str) -> str:
        extra = "".join(f"{g.rnd.choice('ABCDEGHJKMPRSTW')}." for _ in range(g.rnd.choice([0, 0, 1, 2])))
        return f"{roep[0]}.{extra}"

    mails = [v.email_of(g, a, f"{tv}{b}", v.DOMAINS["nl"]) for a, tv, b in rows]

    def note() -> str:
        neighbour = " ".join(x for x in v.nl_person(g) if x)
        return g.rnd.choice([f"Sleutel bij buren ({neighbour}, nr {g.rnd.randint(1, 80)})",
                             f"Klant belt terug op {g.phone('NL', 'national')}", "Graafwerk tuin, overleg verhuurder",
                             "Router opnieuw verzonden", f"Bewoner verhuisd, nieuw contract via {g.rnd.choice(mails)}",
                             "Meterkast in kelder"])

    return Table("glasvezel.aansluitingen", "nl", "snake", [
        c("aansluiting_id", N, "BIGINT", g.keys(7_300_001), "decoy", KEY),
        c("klantnummer", N, "VARCHAR", g.col(lambda: "GN" + g.digits(7)), "decoy", KEY),
        c("voorletters", "first_name", "VARCHAR", [initials(a) for a, _, _ in rows], NAME_PART),
        c("tussenvoegsel", "last_name", "VARCHAR", [tv or None for _, tv, _ in rows], NAME_PART, HEAVY),
        c("achternaam", "last_name", "VARCHAR", [b for _, _, b in rows]),
        c("roepnaam", "first_name", "VARCHAR", [a if g.rnd.random() < 0.7 else None for a, _, _ in rows]),
        c("geboortedatum", "date_of_birth", "DATE", [g.birth(1940, 2006) if g.rnd.random() < 0.9 else None
                                                     for _ in range(g.rows)]),
        c("straat", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS)), PREMISES),
        c("huisnummer", "street_address", "INTEGER", g.ints(1, 240), PREMISES),
        c("toevoeging", "street_address", "VARCHAR", g.col(g.pick(["A", "B", "a", "bis", "1", "2", "-2", "hs"]), 0.75),
          PREMISES, HEAVY),
        c("postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, t[1]) for t in towns], PREMISES),
        c("woonplaats", "city", "VARCHAR", [t[0] for t in towns]),
        c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.3, "dashes": 0.3, "digits": 0.3, "intl": 0.1},
                                                   0.75, 0.05)),
        c("email", "email", "VARCHAR", mails),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.3), 0.05)),
        c("externe_ref", "email", "VARCHAR", [m if g.rnd.random() < 0.45 else None for m in mails], MISLEADING),
        c("pop_locatie", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['GN', 'LW', 'AS', 'EM', 'DR'])}-"
                                             f"{g.rnd.choice(['NOORD', 'ZUID', 'OOST', 'WEST'])}-"
                                             f"{g.rnd.randint(1, 12):02d}"), "decoy", ABBREV),
        c("ont_serienummer", N, "VARCHAR", g.col(lambda: g.rnd.choice(["ALCL", "HWTC", "ZTEG"]) + g.code("xxxxxxxx")
                                                 .upper()), "decoy", DEVICE, SHAPE),
        c("mac_router", N, "VARCHAR", g.col(lambda: ":".join(g.code("xx").upper() for _ in range(6))), "decoy",
          DEVICE, SHAPE),
        c("ipv4_publiek", "ip_address", "VARCHAR", g.col(g.ipv4, 0.08)),
        c("mijn_login", USERNAME, "VARCHAR", [v.login(a, b, i) for i, (a, _, b) in enumerate(rows)], USER),
        c("ppp_wachtwoord", N, "VARCHAR", g.col(lambda: v.token(g, 10)), "decoy", CREDENTIAL),
        c("abonnement", N, "VARCHAR", g.col(g.pick(["Glas 100/100", "Glas 500/500", "Glas 1000/1000",
                                                    "Glas 1000 + TV"])), "decoy", TARIFF),
        c("ingangsdatum", N, "DATE", g.days("2022-03-01", "2025-11-30"), "decoy"),
        c("monteur", "person_name", "VARCHAR", g.col(g.pick(fitters), 0.1), STAFF, ROLE),
        c("opmerking", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("nvt", "onbekend")), NULLWORD),
    ])


def pl_prepaid(g: Gen) -> Table:
    """A Polish mobile operator's prepaid SIM registrations at points of sale (SCREAMING case, three opaque
    ``POLE_n`` fields): registration id, MSISDN, ICCID (Luhn) and IMSI (``none``), given and family name, PESEL
    (encoding the row's birth date and sex), birth date, document type (``none``) and number (identity cards with
    their check digit, passports, residence cards: ``national_id``), citizenship (``none``), e-mail (mostly NULL), the
    point of sale and its code (``none``), the clerk's login, the time and channel, notes; ``POLE_1`` the postal code
    and ``POLE_2`` the town of residence, ``POLE_3`` a tariff code."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        foreign = g.rnd.random() < 0.12
        a, b = v.person(g, "pl", female)
        born = g.birth(1945, 2009)
        rows.append((a, b, born, female, foreign))
    points = [("Punkt Kraków, ul. Długa 41", "PS-KR-014"), ("Salon Łódź, ul. Piotrkowska 104", "PS-LD-002"),
              ("Kiosk Tarnów Dworzec", "PS-TR-031"), ("Salon Wrocław Pasaż Grunwaldzki", "PS-WR-007")]
    point = [g.rnd.choice(points) for _ in range(g.rows)]
    clerks = _staff(g, 6, lambda: f"{v.plain(v.given(g, 'pl'))[:1]}{v.plain(v.family(g, 'pl'))[:7]}")
    towns = [g.rnd.choice(v.PL_TOWNS) for _ in range(g.rows)]

    def doc(foreign: bool) -> tuple[str, str]:
        if foreign:
            return g.rnd.choice([("PASZPORT", g.code("AA9999999")), ("KP", g.code("RP999999"))])
        return ("DO", v.pl_id_card(g))

    docs = [doc(r[4]) for r in rows]

    def note() -> str:
        return g.rnd.choice(["Klient obcokrajowiec, karta pobytu",
                             f"Rejestracja dla córki {v.person(g, 'pl', True)[0]}",
                             f"Tel. kontaktowy {g.phone('PL', 'national')}", "Dokument uszkodzony, skan ponowiony",
                             f"Pełnomocnik: {v.whole(g, 'pl')}"])

    return Table("PREPAID.REJESTRACJA_KART", "pl", "screaming", [
        c("ID_REJ", N, "BIGINT", g.keys(12_000_001), "decoy", KEY, ABBREV),
        c("MSISDN", "phone", "VARCHAR", g.phones("PL", {"e164_no_plus": 0.7, "nsn": 0.2, "intl": 0.1}), NO_PLUS),
        c("ICCID", N, "VARCHAR", g.col(lambda: v.iccid(g, "48", g.rnd.choice(["01", "02", "03", "06"]))), "decoy",
          DEVICE, SHAPE),
        c("IMSI", N, "VARCHAR", g.col(lambda: g.rnd.choice(["26001", "26002", "26003", "26006"]) + g.digits(10)),
          "decoy", DEVICE, SHAPE),
        c("IMIE", "first_name", "VARCHAR", [r[0].upper() if g.rnd.random() < 0.3 else r[0] for r in rows]),
        c("NAZWISKO", "last_name", "VARCHAR", [r[1].upper() if g.rnd.random() < 0.3 else r[1] for r in rows]),
        c("PESEL", "national_id", "VARCHAR", [None if r[4] else v.pesel(g, r[2], r[3]) for r in rows]),
        c("DATA_UR", "date_of_birth", "DATE", [r[2] for r in rows], ABBREV),
        c("RODZ_DOK", N, "VARCHAR", [d[0] for d in docs], "decoy", ABBREV),
        c("NR_DOK", "national_id", "VARCHAR", [d[1] for d in docs], ABBREV),
        c("OBYWATELSTWO", N, "VARCHAR", [g.rnd.choice(["UA", "UA", "BY", "DE", "IN"]) if r[4] else "PL"
                                         for r in rows], "decoy"),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) if g.rnd.random() < 0.3 else None
                                        for r in rows], HEAVY),
        c("PUNKT_SPRZ", N, "VARCHAR", [p[0] for p in point], "business", ABBREV),
        c("KOD_PUNKTU", N, "VARCHAR", [p[1] for p in point], "decoy", ABBREV),
        c("OPERATOR_REJ", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT, ABBREV),
        c("DATA_REJ", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy", ABBREV),
        c("KANAL", N, "VARCHAR", g.col(g.pick(["POS", "POS", "POS", "APP_SELFIE", "KURIER"])), "decoy"),
        c("POLE_1", "postal_code", "VARCHAR", [f"{g.rnd.choice(t[1])}-{g.digits(3)}" if g.rnd.random() < 0.75
                                               else None for t in towns], OPAQUE),
        c("POLE_2", "city", "VARCHAR", [t[0] if g.rnd.random() < 0.75 else None for t in towns], OPAQUE),
        c("POLE_3", N, "VARCHAR", g.col(g.pick(["TAR_START_5", "TAR_NET_25", "TAR_NO_LIMIT"])), "decoy", OPAQUE,
          TARIFF),
        c("UWAGI", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("brak", "BRAK")), NULLWORD),
    ])


# -- Japanese, Korean, Greek, Ukrainian, Hebrew --------------------------------------------------------------------


def _ja_name(g: Gen, sep: str = " ") -> str:
    family, given = v.ja_person(g)
    return f"{family[0]}{sep}{given[0]}"


def ja_tenants(g: Gen) -> Table:
    """A Sapporo rental-management company's tenant ledger (``入居者台帳``; kanji and katakana column names): contract
    number, property code, building name (``物件名``: a building's name, ``none``, tag ``misleading``) and room
    number, the tenant's family and given name in kanji and full name in katakana, birth date (text, Western or
    Japanese era), postcode and address (the rented flat: ``premises``), ward (``city``), landline and mobile,
    e-mail, employer and its phone (``none``), the joint guarantor and phone, guarantee company (``none``), emergency
    contact and relation, rent, common charge and deposit, start date, the owner (a private landlord), the staff
    member (family name, few) and notes."""
    rows = [v.ja_person(g) for _ in range(g.rows)]
    buildings = [g.rnd.choice(v.JA_BUILDINGS) for _ in range(g.rows)]
    wards = [next(w for w in v.JA_WARDS if w[0] == v.JA_BUILDING_WARD[b]) for b in buildings]
    rooms = [f"{g.rnd.randint(1, 9)}{g.rnd.randint(1, 12):02d}" for _ in range(g.rows)]
    staff = _staff(g, 4, lambda: g.rnd.choice(v.JA_FAMILY).split("|")[0])
    owners = [_ja_name(g) for _ in range(25)]
    employers = ["株式会社北洋システム", "札幌中央病院", "北海道庁", "株式会社ノースフーズ", "すすきの観光株式会社",
                 "有限会社円山デザイン", "学生"]

    def born(d: date) -> str:
        if g.rnd.random() < 0.6:
            return d.strftime("%Y/%m/%d")
        if d >= date(1989, 1, 8):
            return f"H{d.year - 1988}.{d.month:02d}.{d.day:02d}"
        return f"S{d.year - 1925}.{d.month:02d}.{d.day:02d}"

    def note() -> str:
        return g.rnd.choice(["ペット可（小型犬1匹）", "駐車場契約あり", f"{' '.join(v.ja_person(g)[0][:1])}様より更新の連絡あり",
                             "緊急時は勤務先へ連絡", f"退去予定、連絡先 {g.phone('JP', 'national')}",
                             (f"騒音の苦情あり（{g.rnd.randint(1, 9)}0{g.rnd.randint(1, 9)}号室 "
                             f"{g.rnd.choice(v.JA_FAMILY).split('|')[0]}様より）")])

    births = g.births(1950, 2006)
    guaranteed = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    return Table("賃貸管理.入居者台帳", "ja", "native", [
        c("契約番号", N, "VARCHAR", g.col(lambda: f"SK-{g.rnd.randint(2018, 2025)}-{g.rnd.randint(1, 9999):05d}"),
          "decoy", KEY, SHAPE),
        c("物件コード", N, "VARCHAR", [f"B{v.JA_BUILDINGS.index(b) + 101:04d}" for b in buildings], "decoy"),
        c("物件名", N, "VARCHAR", buildings, "decoy", MISLEADING),
        c("部屋番号", N, "VARCHAR", rooms, "decoy", UNIT),
        c("契約者姓", "last_name", "VARCHAR", [f[0] for f, _ in rows]),
        c("契約者名", "first_name", "VARCHAR", [n[0] for _, n in rows]),
        c("契約者カナ", "person_name", "VARCHAR", [f"{f[1]} {n[1]}" for f, n in rows]),
        c("生年月日", "date_of_birth", "VARCHAR", [born(d) for d in births]),
        c("郵便番号", "postal_code", "VARCHAR", [v.ja_postcode(g, w[1]) for w in wards], PREMISES),
        c("住所", "street_address", "VARCHAR", [v.ja_address(g, w, b, r) for w, b, r in zip(wards, buildings, rooms)],
          PREMISES),
        c("市区町村", "city", "VARCHAR", [w[0] for w in wards]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.0, 0.7), HEAVY),
        c("携帯電話", "phone", "VARCHAR", g.phones("JP", {"national": 0.85, "digits": 0.15}, 1.0, 0.05)),
        c("メールアドレス", "email", "VARCHAR", [v.email_of(g, n[2], f[2], v.DOMAINS["ja"]) if g.rnd.random() < 0.8
                                          else None for f, n in rows]),
        c("勤務先", N, "VARCHAR", g.col(g.pick(employers), 0.1), "business"),
        c("勤務先電話", N, "VARCHAR", g.col(lambda: g.phone("JP", "national", False), 0.3), "business"),
        c("連帯保証人氏名", "person_name", "VARCHAR", [_ja_name(g) if x else None for x in guaranteed], ROLE),
        c("連帯保証人電話", "phone", "VARCHAR", [g.phone("JP", "national", g.rnd.random() < 0.6) if x else None
                                          for x in guaranteed]),
        c("保証会社", N, "VARCHAR", [None if x else g.rnd.choice(["北日本賃貸保証", "全保連", "日本セーフティー"])
                                 for x in guaranteed], "business"),
        c("緊急連絡先氏名", "person_name", "VARCHAR", g.col(lambda: _ja_name(g, ""), 0.15), ROLE),
        c("緊急連絡先続柄", N, "VARCHAR", g.col(g.pick(["父", "母", "兄", "姉", "配偶者", "子"]), 0.15), "decoy"),
        c("賃料", N, "INTEGER", [g.rnd.randint(28, 140) * 1_000 for _ in range(g.rows)], "decoy"),
        c("共益費", N, "INTEGER", g.col(g.pick([0, 2_000, 3_000, 5_000, 8_000])), "decoy"),
        c("敷金", N, "INTEGER", g.col(g.pick([0, 0, 50_000, 100_000])), "decoy"),
        c("契約開始日", N, "DATE", g.days("2016-04-01", "2025-11-01"), "decoy"),
        c("オーナー名", "person_name", "VARCHAR", [owners[v.JA_BUILDINGS.index(b) % len(owners)] for b in buildings],
          ROLE),
        c("担当者", "last_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ROLE),
        c("備考", "free_text", "VARCHAR", g.sparse(note, 0.55, ("", "なし", "特になし", "-"))),
    ])


def ko_management_fees(g: Gen) -> Table:
    """A Korean apartment complex management office's monthly fee billing (Hangul column names): bill number, the
    complex name (``단지명``: ``none``, tag ``misleading``), building and unit (``동``/``호``: ``none``), the
    householder's name and birth date (text), mobile and emergency phone, e-mail, move-in date, exclusive floor area,
    household size, electricity, water, gas and heating use, the total, payment method, car plate (``none``), the
    tenant and tenant's phone (rented units only), the staff member (few) and notes."""
    rows = [v.ko_person(g) for _ in range(g.rows)]
    staff = _staff(g, 3, lambda: v.ko_person(g)[0])
    rented = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    dong = [g.rnd.choice(["101", "102", "103", "104", "105", "106"]) for _ in range(g.rows)]
    plate_syllables = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호"

    def born() -> str:
        d = g.birth(1942, 2000)
        return d.strftime(g.rnd.choice(["%Y.%m.%d", "%Y-%m-%d", "%Y%m%d"]))

    def note() -> str:
        return g.rnd.choice([f"{g.rnd.choice(dong)}동 {g.rnd.randint(1, 25)}0{g.rnd.randint(1, 4)}호 누수 민원",
                             f"전출 예정, 연락처 {g.phone('KR', 'national')}", f"자동이체 변경 요청 ({v.ko_person(g)[0]} 명의)",
                             "주차 2대 등록", f"임차인 {v.ko_person(g)[0]} 전입", "관리비 분할 납부 협의"])

    return Table("관리사무소.관리비_부과", "ko", "native", [
        c("부과번호", N, "BIGINT", g.keys(202_511_0001), "decoy", KEY),
        c("단지명", N, "VARCHAR", ["새솔마을 5단지"] * g.rows, "decoy", MISLEADING),
        c("동", N, "VARCHAR", dong, "decoy", UNIT),
        c("호", N, "VARCHAR", [f"{g.rnd.randint(1, 25)}0{g.rnd.randint(1, 4)}" for _ in range(g.rows)], "decoy", UNIT),
        c("세대주", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("세대주_생년월일", "date_of_birth", "VARCHAR", g.col(born, 0.2)),
        c("휴대전화", "phone", "VARCHAR", g.phones("KR", {"national": 0.8, "digits": 0.2}, 1.0, 0.03)),
        c("비상연락처", "phone", "VARCHAR", g.phones("KR", {"national": 1.0}, 0.8, 0.45)),
        c("이메일", "email", "VARCHAR", [f"{r[1].replace('.', '')}{g.rnd.randint(1, 99)}@{g.rnd.choice(v.DOMAINS['ko'])}"
                                      if g.rnd.random() < 0.6 else None for r in rows]),
        c("입주일", N, "DATE", g.days("2012-03-01", "2025-10-31"), "decoy"),
        c("전용면적", N, "DOUBLE", g.col(g.pick([59.96, 74.85, 84.97, 84.99, 101.2, 114.6])), "decoy", AREA),
        c("세대원수", N, "INTEGER", g.ints(1, 6), "decoy"),
        c("전기_사용량_kwh", N, "INTEGER", g.ints(120, 780), "decoy", METER),
        c("수도_사용량_m3", N, "DOUBLE", g.floats(3, 35, 1), "decoy", METER),
        c("가스_사용량_m3", N, "DOUBLE", g.floats(5, 160, 1), "decoy", METER),
        c("난방_gcal", N, "DOUBLE", g.floats(0, 2.5, 2), "decoy", METER),
        c("관리비_합계", N, "INTEGER", [g.rnd.randint(120, 520) * 1_000 for _ in range(g.rows)], "decoy"),
        c("납부방법", N, "VARCHAR", g.col(g.pick(["자동이체", "자동이체", "지로", "가상계좌"])), "decoy"),
        c("차량번호", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(10, 399)}{g.rnd.choice(plate_syllables)}"
                                          f"{g.rnd.randint(1000, 9999)}", 0.2), "decoy", SHAPE),
        c("임차인", "person_name", "VARCHAR", [v.ko_person(g)[0] if r else None for r in rented], ROLE, HEAVY),
        c("임차인_연락처", "phone", "VARCHAR", [g.phone("KR", "national") if r and g.rnd.random() < 0.9 else None
                                          for r in rented], HEAVY),
        c("담당자", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("비고", "free_text", "VARCHAR", g.sparse(note, 0.6, ("", "없음", "-"))),
    ])


def el_cadastre(g: Gen) -> Table:
    """A Corfu cadastral office's extract of right-holders (Greek-script column names, names in capitals without
    accents as the register writes them): the KAEK (``none``), kind and share of the right, family and given name,
    father's and mother's given names (``first_name``), ΑΦΜ (check digit) and identity card number
    (``national_id``), birth date (text), the right-holder's address, postcode and town, phone and e-mail, the
    property's location (``street_address``, tag ``premises``), its area and category, the deed number, the notary,
    the source file name (``όνομα_αρχείου``: ``none``, tag ``misleading``) and remarks."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.el_person(g, female)
        rows.append((a, b))
    towns = [g.rnd.choice(v.EL_TOWNS) for _ in range(g.rows)]
    notaries = [v.el_person(g, g.rnd.random() < 0.5) for _ in range(5)]

    def up(text: str) -> str:
        return v.fold(text).upper() if g.rnd.random() < 0.8 else text

    def site() -> str:
        return g.rnd.choice([f"Θέση {g.rnd.choice(['Λάκκα', 'Αγ. Μάρκος', 'Καστέλλο', 'Πέραμα', 'Κοντόκαλι'])}",
                             (f"{g.rnd.choice(['Νικηφόρου Θεοτόκη', 'Γεωργίου Θεοτόκη', 'Καποδιστρίου'])} "
                              f"{g.rnd.randint(1, 90)}, Κέρκυρα"),
                             f"Οικισμός {g.rnd.choice(['Γουβιά', 'Δασιά', 'Μπενίτσες'])}"])

    def remark() -> str:
        return g.rnd.choice([f"Κληρονομιά από {up(' '.join(v.el_person(g, False)))}",
                             f"Δήλωση μέσω πληρεξουσίου {' '.join(v.el_person(g, True))}",
                             "Εκκρεμεί διόρθωση εμβαδού", f"Επικοινωνία στο {g.phone('GR', 'national')}",
                             "Συνιδιοκτησία αδελφών"])

    return Table("κτηματολόγιο.δικαιούχοι", "el", "snake", [
        c("ΚΑΕΚ", N, "VARCHAR", g.col(lambda: f"2611{g.digits(8)}" + g.rnd.choice(["", "", "/0/1", "/0/5"])),
          "decoy", CADASTRAL, SHAPE),
        c("είδος_δικαιώματος", N, "VARCHAR", g.col(g.pick(["Πλήρης κυριότητα", "Πλήρης κυριότητα", "Επικαρπία",
                                                           "Ψιλή κυριότητα"])), "decoy"),
        c("ποσοστό", N, "VARCHAR", g.col(g.pick(["100%", "50%", "50%", "33,33%", "25%"])), "decoy"),
        c("επώνυμο", "last_name", "VARCHAR", [up(r[1]) for r in rows]),
        c("όνομα", "first_name", "VARCHAR", [up(r[0]) for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", [up(g.rnd.choice(v.EL_MALE)) for _ in range(g.rows)], ROLE),
        c("μητρώνυμο", "first_name", "VARCHAR", [up(g.rnd.choice(v.EL_FEMALE)) if g.rnd.random() < 0.7 else None
                                                 for _ in range(g.rows)], ROLE),
        c("ΑΦΜ", "national_id", "VARCHAR", g.col(lambda: v.gr_afm(g))),
        c("ΑΔΤ", "national_id", "VARCHAR", g.col(lambda: f"{g.rnd.choice(['ΑΒ', 'ΑΚ', 'ΑΜ', 'ΑΗ', 'ΑΝ', 'Χ'])} "
                                                 f"{g.digits(6)}", 0.2)),
        c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", [g.birth(1932, 2000).strftime("%d/%m/%Y")
                                                              for _ in range(g.rows)]),
        c("διεύθυνση_κατοικίας", "street_address", "VARCHAR", g.col(lambda: v.el_street(g))),
        c("ΤΚ", "postal_code", "VARCHAR", [g.rnd.choice(t[1]) for t in towns], ABBREV),
        c("πόλη", "city", "VARCHAR", [t[0] for t in towns]),
        c("τηλέφωνο", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "digits": 0.3, "intl": 0.1}, 0.7, 0.2)),
        c("email", "email", "VARCHAR", [v.email_of(g, v.latin(a), v.latin(b), v.DOMAINS["el"])
                                        if g.rnd.random() < 0.4 else None for a, b in rows], HEAVY),
        c("θέση_ακινήτου", "street_address", "VARCHAR", g.col(site), PREMISES),
        c("εμβαδόν_τμ", N, "DOUBLE", g.floats(35, 12_000, 2), "decoy", AREA),
        c("κατηγορία_ακινήτου", N, "VARCHAR", g.col(g.pick(["Οικόπεδο", "Αγροτεμάχιο", "Διαμέρισμα", "Κατάστημα"])),
          "decoy"),
        c("αρ_συμβολαίου", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 39)}.{g.rnd.randint(100, 999)}/"
                                               f"{g.rnd.randint(1975, 2024)}", 0.1), "decoy", SHAPE),
        c("συμβολαιογράφος", "person_name", "VARCHAR", [" ".join(reversed(g.rnd.choice(notaries)))
                                                        for _ in range(g.rows)], ROLE),
        c("όνομα_αρχείου", N, "VARCHAR", g.col(lambda: f"KERK_{g.rnd.randint(1, 60):03d}_{g.digits(6)}.pdf"),
          "decoy", MISLEADING),
        c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(remark, 0.45, ("", "-", "Δ/Υ"))),
    ])


def ua_osbb(g: Gen) -> Table:
    """A Lviv co-owners' association's (ОСББ) register of flat owners with their dues (Ukrainian Cyrillic column
    names): id, flat and floor (``none``), personal account (``none``), family name, given name and patronymic
    (``person_name``: neither), RNTRC (encoding the row's birth date and sex), birth date, phone, e-mail, floor area and
    ownership share, the registry extract number, monthly due and debt, heat meter and reading, board membership,
    the tenant (rented flats only), the refund IBAN (mostly NULL) and notes."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.52
        born = g.birth(1940, 2003)
        rows.append((*v.ua_person(g, female), born, female))
    rented = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Квартиру здає, орендар {' '.join(v.ua_person(g, False)[::-2])}", "Пільга УБД",
                             f"Телефон дружини {g.phone('UA', 'national')}", "Борг погашено частково",
                             f"Власник за кордоном, довіреність на {' '.join(v.ua_person(g, True)[::-2])}"])

    return Table("осбб.співвласники", "uk", "snake", [
        c("id", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("квартира", N, "INTEGER", sorted(g.rnd.sample(range(1, 120), g.rows)), "decoy", UNIT),
        c("поверх", N, "INTEGER", g.ints(1, 9), "decoy"),
        c("особовий_рахунок", N, "VARCHAR", g.col(lambda: f"04{g.digits(4)}"), "decoy", KEY),
        c("прізвище", "last_name", "VARCHAR", [r[2] for r in rows]),
        c("ім'я", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("по_батькові", "person_name", "VARCHAR", [r[1] for r in rows], NAME_PART),
        c("рнокпп", "national_id", "VARCHAR", [v.rntrc(g, r[3], r[4]) if g.rnd.random() < 0.85 else None
                                               for r in rows]),
        c("дата_народження", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("телефон", "phone", "VARCHAR", g.phones("UA", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.9, 0.05)),
        c("ел_пошта", "email", "VARCHAR", _blank(g, [v.email_of(g, v.latin(r[0]), v.latin(r[2]), v.DOMAINS["ua"])
                                                     if g.rnd.random() < 0.6 else None for r in rows], 0.5,
                                                 ("немає", "-", ""))),
        c("площа_м2", N, "DOUBLE", g.floats(28, 118, 1), "decoy", AREA),
        c("частка_власності", N, "VARCHAR", g.col(g.pick(["1/1", "1/1", "1/1", "1/2", "1/3"])), "decoy"),
        c("номер_витягу", N, "VARCHAR", g.col(lambda: g.digits(9), 0.2), "decoy", SHAPE),
        c("внесок_грн", N, "DECIMAL(9,2)", g.amounts(350, 1_900), "decoy"),
        c("борг_грн", N, "DECIMAL(9,2)", [0.0 if g.rnd.random() < 0.7 else round(g.rnd.uniform(100, 9_000), 2)
                                          for _ in range(g.rows)], "decoy"),
        c("лічильник_тепла", N, "VARCHAR", g.col(lambda: g.rnd.choice(["KAM", "SHL", "ULT"]) + g.digits(8)), "decoy",
          METER, SHAPE),
        c("показання_гкал", N, "DOUBLE", g.floats(1, 80, 3), "decoy", METER),
        c("член_правління", N, "BOOLEAN", g.yn(True, False, 0.1), "decoy"),
        c("орендар", "person_name", "VARCHAR", [" ".join(v.ua_person(g, g.rnd.random() < 0.5)[::-2]) if r else None
                                                for r in rented], ROLE, HEAVY),
        c("iban_повернення", "iban", "VARCHAR", g.col(lambda: v.iban(g, "UA"), 0.7), HEAVY),
        c("примітка", "free_text", "VARCHAR", g.sparse(note, 0.55, ("", "немає", "-"))),
    ])


def he_water(g: Gen) -> Table:
    """A Haifa-area water corporation's consumers (Hebrew column names): consumer and property numbers, block and
    parcel (גוש/חלקה: cadastral, ``none``), given and family name, the Israeli ID (check digit), mobile and home
    phones, e-mail, the street and house number of the supplied property (``premises``), city and seven-digit postal
    code, the number of residents, meter number, last reading and its date, consumption, the tariff class, the clerk
    (first names, few) and notes."""
    rows = [v.he_person(g) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.HE_TOWNS) for _ in range(g.rows)]
    streets = [v.he_street(g) for _ in range(g.rows)]
    clerks = _staff(g, 3, lambda: v.he_person(g)[0][0])

    def note() -> str:
        (a, _), (b, _) = v.he_person(g)
        daughter = v.he_person(g, True)[0][0]
        return g.rnd.choice([f"דליפה במונה, דווח ע\"י {a} {b}", "הנחה לאזרח ותיק",
                             f"שוכר: {a} {b}, טל' {g.phone('IL', 'national')}", "הוגשה בקשה לתוספת נפשות",
                             "מונה הוחלף", f"לפנות לבת {daughter}"])

    return Table("תאגיד_מים.צרכנים", "he", "snake", [
        c("מספר_צרכן", N, "BIGINT", g.keys(40_100_001), "decoy", KEY),
        c("מספר_נכס", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 9)}{g.digits(8)}"), "decoy", SHAPE),
        c("גוש", N, "INTEGER", g.ints(10_700, 12_400), "decoy", CADASTRAL),
        c("חלקה", N, "INTEGER", g.ints(1, 380), "decoy", CADASTRAL),
        c("שם_פרטי", "first_name", "VARCHAR", [a[0] for a, _ in rows]),
        c("שם_משפחה", "last_name", "VARCHAR", [b[0] for _, b in rows]),
        c("תעודת_זהות", "national_id", "VARCHAR", g.col(lambda: v.il_id(g), 0.05)),
        c("טלפון_נייד", "phone", "VARCHAR", g.phones("IL", {"national": 0.6, "digits": 0.3, "intl": 0.1}, 1.0, 0.05)),
        c("טלפון_בבית", "phone", "VARCHAR", g.phones("IL", {"national": 1.0}, 0.0, 0.65), HEAVY),
        c("דואר_אלקטרוני", "email", "VARCHAR", _blank(g, [v.email_of(g, a[1], b[1], v.DOMAINS["he"])
                                                          if g.rnd.random() < 0.7 else None for a, b in rows], 0.6,
                                                      ("אין", "", "-"))),
        c("רחוב", "street_address", "VARCHAR", [s[0] for s in streets], PREMISES),
        c("מספר_בית", "street_address", "VARCHAR", [s[1] for s in streets], PREMISES),
        c("עיר", "city", "VARCHAR", [t[0] for t in towns]),
        c("מיקוד", "postal_code", "VARCHAR", [t[1] + g.digits(5) for t in towns]),
        c("מספר_נפשות", N, "INTEGER", g.ints(1, 8), "decoy"),
        c("מספר_מונה", N, "VARCHAR", g.col(lambda: g.rnd.choice(["AR", "EL", "MD"]) + g.digits(7)), "decoy", METER,
          SHAPE),
        c("קריאה_אחרונה", N, "INTEGER", g.ints(10, 9_999), "decoy", METER),
        c("תאריך_קריאה", N, "DATE", g.days("2025-09-01", "2025-11-30"), "decoy"),
        c("צריכה_מק", N, "DOUBLE", g.floats(2, 60, 1), "decoy", METER),
        c("סיווג", N, "VARCHAR", g.col(g.pick(["ביתי", "ביתי", "ביתי", "מסחרי"])), "decoy", TARIFF),
        c("פקיד", "first_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("הערות", "free_text", "VARCHAR", g.sparse(note, 0.5, ("", "אין", "-"))),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_tenant_applications, 420), (uk_meter_reads, 650), (au_strata_roll, 52), (ca_rated_cdr, 900),
    (in_discom_consumers, 700), (de_umzug, 300), (fr_agence_contacts, 260), (es_contratos, 500),
    (nl_glasvezel, 380), (pl_prepaid, 340), (ja_tenants, 180), (ko_management_fees, 240), (el_cadastre, 35),
    (ua_osbb, 56), (he_water, 60),
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
