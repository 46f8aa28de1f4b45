"""Held-out set v140 for the column classifier: 15 tables of *energy and water utilities* (customer accounts, meter
readings and smart meters, tariffs and billing, move-in and move-out, payment arrears and disconnections, field
service, solar feed-in contracts), one system per table and each a different organisation, eight with English column
names and seven in Brazilian Portuguese, Swiss German, Mexican Spanish, Italian, Belgian Dutch (Flemish), Ukrainian
(Cyrillic) and Japanese (kanji and kana):

* ``pimawater_cs.move_requests``: a Tucson-area water utility's start, stop and transfer requests (snake case; SSN,
  account numbers written like SSNs failing the check, Arizona driver licences, forwarding addresses of movers,
  landlords, the agent and the approver, ``misc_1`` holding personal data);
* ``cantyPower.solarBuybackContracts``: a Christchurch electricity retailer's solar buy-back contracts (camel case;
  the birth date as ``dd/mm/yyyy`` text, IRD numbers, ICP identifiers, inverter serials, installers with their NZBN,
  the payout bank account, ``customField2`` holding promo codes);
* ``HighlandPrepay.SupportCases``: an Inverness energy supplier's prepayment support cases (Pascal case; National
  Insurance numbers, MPAN cores with their check digit, Priority Services Register codes, carers and their phones,
  top-up outlets, ``Udf2`` an appointee's e-mail, ``Udf3`` holding scheme codes);
* ``METRO_CREDIT_CTRL.DISCONNECTION_LIST``: a KwaZulu-Natal metropolitan municipality's credit control
  disconnection list for electricity and water arrears (SCREAMING case; South African ID numbers, account numbers of
  13 digits failing the ID check, STS meter numbers, registered-mail tracking numbers, cut-off contractors, meter-box
  coordinates, ``CUSTOM_FIELD_1`` with personal data and ``CUSTOM_FIELD_2`` without);
* ``corkgas_fldops.job_sht``: a Cork gas network's field service job sheets (abbreviated: ``cust_fnm``, ``ctc_ph``,
  ``addr_ln1``, ``dob_dt``, ``eircd``; GPRNs, meter serials, firmware versions, part SKUs, engineers and approvers,
  the alternative contact, ``udf3`` the landlord's or agent's e-mail);
* ``LVWTRCIS.MVIO_ORDER_EXTRACT``: a Louisville water company's COBOL extract of move-in and move-out orders (legacy:
  hyphenated names such as ``CUST-LAST-NM``, padded CHAR, ``YYYYMMDD`` integers, the SSN, phones and ZIP as numbers
  with 0 for missing, forwarding addresses mostly blank, the cashier, ``MVO-USR-FLD-1`` with personal data and
  ``MVO-USR-FLD-3`` without);
* ``stg_rooftop_nm.src_crm_raw``: a Bengaluru distribution company's rooftop solar net-metering applications as an
  opaque staging table (``src_crm_col01`` to ``src_crm_col18``: Aadhaar, PAN, application numbers failing the
  Verhoeff check, the birth date as ``dd-mm-yyyy`` text, portal IPs, hashes, vendors);
* ``smartair_app.customer_profile_json``: a Selangor water operator's customer app profiles flattened from JSON to
  dotted keys (``customer.ic_no``, ``premise.address.postcode``; MyKad numbers encoding the birth date, passports of
  foreign residents from several countries in one key, meter coordinates, app versions, login IPs, push tokens,
  ``meta.custom2``);
* ``saneam_goias.tb_ordem_corte``: a Goiânia water and sewage company's disconnection orders for arrears (Brazilian
  Portuguese with the ``nm_``, ``nr_``, ``dt_``, ``ds_`` prefixes; CPF, RG, bairros, hydrometer numbers, the
  contractor's CNPJ, inspectors and clerks, ``campo_livre_2`` with personal data, ``campo_livre_1`` without);
* ``tb_thurtal.pv_rueckliefervertraege``: a Thurgau municipal utility's solar feed-in contracts (Swiss German:
  ``Natel``, ``Geb_Datum`` as ``dd.mm.yyyy`` text, AHV numbers, the identifiers of foreign owners from Germany,
  Italy and Portugal in one column, metering point ids, the payout IBAN, installers with their UID,
  ``Zusatzfeld_2`` the co-owner);
* ``agua_hmo.padron_usuarios_adeudo``: a Hermosillo municipal water agency's account register with arrears (Mexican
  Spanish; CURP and RFC encoding the birth date, the birth date split into ``dia_nac``, ``mes_nac`` and ``anio_nac``,
  ``num_ext`` and ``num_int``, colonias, the meter reader, the cashier, the guarantor of a payment agreement);
* ``multiserv_romagna.richieste_subentro``: a Romagna multi-utility's move-in, change-of-holder and closure requests
  for electricity, gas and water (Italian; codice fiscale encoding the name, birth date and comune, the comune of
  birth, PEC addresses, POD and PDR, the direct-debit IBAN, the previous holder, the sales company's partita IVA,
  ``campo_libero_2``);
* ``kempen_netbeheer.BudgetmeterDossiers``: a Kempen distribution grid operator's budget meter placements for
  arrears (Flemish: ``Gsm``, ``Busnr``, ``Deelgemeente``, ``Rijksregisternr`` encoding the birth date, EAN codes of
  supply points with their GS1 check digit, suppliers' enterprise numbers, the OCMW and its social worker,
  ``VrijVeld2`` the administrator);
* ``теплоенерго_полтава.абоненти_заборгованість``: a Poltava district heating company's subscribers in arrears
  (Ukrainian in Cyrillic: the patronymic, РНОКПП encoding the birth date, passports, personal account numbers of ten
  digits failing the РНОКПП check, the building manager's ЄДРПОУ, the inspector and the cashier, ``дод_поле_1``);
* ``北陸水道企業団.開閉栓受付台帳``: a Hokuriku water supply authority's water start and stop applications (Japanese
  column names in kanji and kana, names in kanji and katakana, the birth date in the Japanese era calendar as text,
  building and room names, the previous user, the witness, property managers with their corporate number,
  ``自由項目2``).

Written **blind**, like v2 to v134: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), v107's docstring and test, the module docstrings of v24 to
v134 (to avoid their domains and follow their labeling conventions: v46, v68 and v81 had utilities, every
organisation here is new) and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on
this set while it was written, no scorer was run on it, and no score was looked at. Some labels are quick decisions
rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a UK National Insurance number and a Swiss AHV number are ``ssn``; Arizona driver licences, IRD numbers,
  South African ID numbers, Aadhaar, PAN, MyKad, passports, CPF, RG, CURP, RFC, codice fiscale, the Belgian national
  register number (``Rijksregisternr``: the register's number, though also the social-security key), РНОКПП,
  Ukrainian passports and the foreign owners' Steuer-ID, codice fiscale and NIF are ``national_id``; Arizona
  licences, National Insurance numbers, RG and passports are generated by shape only;
* supply points (ICP, MPAN, GPRN, POD, PDR, EAN, Swiss metering point ids), meters, STS meter numbers, hydrometers,
  inverter serials, account, contract, order, job, case, request, application, invoice and tracking numbers, SKUs,
  tariffs, read values, amounts, firmware and app versions, hashes and push tokens are ``none`` (tag ``decoy``;
  ``value_shape`` when shaped like an identifier, several built to fail the check of the personal number they look
  like); meter, meter-box and job coordinates are ``none`` (places of the network);
* installers, contractors, top-up outlets, branches, suppliers, an OCMW, sales companies, building managers and
  property managers, with their phones, NZBN, CNPJ, UID, partita IVA, enterprise number, ЄДРПОУ and corporate number,
  are ``none`` (tag ``business``);
* agents, approvers, advisors, team leaders, engineers, cashiers, inspectors, clerks, meter readers, operators and
  case handlers are staff (``person_name``, tag ``staff``); landlords, carers, alternative contacts, emergency
  contacts, guarantors, a previous holder or user, a witness and an OCMW social worker are personal (tag
  ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); those
  holding one kind take it (tag ``custom_single``: an e-mail or a name); those holding codes are ``none`` (tags
  ``decoy`` and ``custom_plain``); a domestic bank account (``payoutAccount``) is ``unclassified`` (tag
  ``bank_account``, as v49 to v81 labeled them);
* a service, supply or installation address of a household, a house number, a bus or interior number, an address's
  second line and a building and room name are ``street_address`` (tag ``premises`` on the address itself); a
  forwarding address is ``street_address``; suburbs, bairros, colonias and Flemish deelgemeenten are ``city`` (tag
  ``locality``), a comune of birth ``city``; states, provinces and wards are ``none``;
* dates of birth as DATE, as ``dd/mm/yyyy``, ``dd.mm.yyyy``, ``dd-mm-yyyy`` and ISO text, as ``YYYYMMDD`` integers
  (0 for missing), in the Japanese era calendar and split into day, month and year integers (each part
  ``date_of_birth``, tag ``dob_part``) are ``date_of_birth``; move, contract, placement, disconnection, arrival and
  creation dates are ``none``; a middle initial and a patronymic are ``first_name``; katakana readings of names are
  ``person_name``.

``null_heavy`` means 70-95% NULL here, ``nullword_heavy`` 70-95% NULL words or blanks. Every value is generated here
from :data:`SEED` (one ``random.Random`` per table, named after its builder) with python-stdnum for check digits,
phonenumbers for phone validity and formats, and the lists of :mod:`benchmarks.classification.heldout_v140_values`,
written for v140 (no Faker, no list of real people, no breach data). Build:
``python -m benchmarks.classification.heldout_v140 [PATH]`` (default ``/tmp/heldout_v140.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v140``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v140_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v140_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v140.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or blanks
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # agents, engineers, cashiers, clerks (few distinct)
ROLE = "role_word"  # a role word (landlord, carer, contact, guarantor, previous holder, witness ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
SINGLE = "custom_single"  # an opaque custom field holding one personal kind
PLAIN = "custom_plain"  # an opaque custom field holding codes (none)
PREMISES = "premises"
LOCALITY = "locality"
SUPPLY = "supply_point"
METER = "meter"
DEVICE = "device"
COORD = "coordinates"
EVENT = "event_date"
VERSION = "version"
HASHED = "hashed"
DOBTEXT = "dob_text"
DOBPART = "dob_part"
INTDATE = "int_date"
BANK = "bank_account"
FOREIGN = "foreign_ids"
CHECK = "check_digit"
PREFIXED = "prefixed"
JSONKEY = "json_key"
HEAVY_SHARE = 0.82


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "NULL") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _custom(g: Gen, plan: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(plan, g.rnd.choice(["national", "e164"]))
        if r < 0.7:
            return v.email(g, lang)
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _some(g: Gen, values: list, share: float) -> list:
    """``values`` with ``share`` of them NULL."""
    return [None if g.rnd.random() < share else x for x in values]


# -- English-named tables ----------------------------------------------------------------------------------------------


def az_move_requests(g: Gen) -> Table:
    """A Tucson-area water utility's start, stop and transfer service requests (snake case)."""
    pairs = [v.person(g, "az") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AZ_CITIES) for _ in range(g.rows)]
    kinds = [g.rnd.choice(["START", "START", "STOP", "TRANSFER"]) for _ in range(g.rows)]
    agents, approvers = _staff(g, 6, "az"), _staff(g, 3, "az")
    offices = [g.phone("US-AZ", "national", False) for _ in range(2)]
    tenant = [g.rnd.random() < 0.45 for _ in range(g.rows)]

    def forward() -> str:
        city, zips = g.rnd.choice(v.AZ_CITIES + [("Phoenix", ["85004", "85016"]), ("Mesa", ["85201", "85203"])])
        return f"{v.street(g, v.AZ_STREETS, 'az')}, {city} AZ {g.rnd.choice(zips)}"

    def note() -> str:
        return g.rnd.choice([f"Called back, spoke to roommate {v.given(g, 'az')}", "Gate code needed for meter",
                             f"Landlord {v.whole(g, 'az')} authorized the start", "Deposit waived, letter of credit",
                             f"Customer's daughter {v.given(g, 'az')} will be home for the turn-on",
                             "Dog in yard, read from alley"])

    return Table("pimawater_cs.move_requests", "en", "snake", [
        c("request_id", N, "BIGINT", g.keys(7_400_001), "decoy", KEY),
        c("request_no", N, "VARCHAR", g.col(lambda: g.code("SR-2025-999999")), "decoy", SHAPE),
        c("request_type", N, "VARCHAR", kinds, "decoy"),
        c("account_no", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1938, 2006)),
        c("ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), HEAVY_SHARE), HEAVY),
        c("drivers_license", "national_id", "VARCHAR", g.col(lambda: v.az_licence(g), 0.25)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, a, b, v.DOMAINS["az"])
                                        for a, b in pairs]),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US-AZ", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.8)),
        c("service_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AZ_STREETS, "az")), PREMISES),
        c("service_city", "city", "VARCHAR", [p[0] for p in places]),
        c("service_zip", "postal_code", "VARCHAR", [g.rnd.choice(p[1]) for p in places]),
        c("forwarding_address", "street_address", "VARCHAR",
          [forward() if k == "STOP" and g.rnd.random() < 0.7 else None for k in kinds], HEAVY),
        c("move_date", N, "DATE", g.days("2025-01-02", "2025-12-31"), "decoy", EVENT),
        c("meter_serial", N, "VARCHAR", g.col(lambda: g.code("SNS99999999")), "decoy", METER),
        c("landlord_name", "person_name", "VARCHAR", [v.whole(g, "az") if t else None for t in tenant], ROLE),
        c("agent", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("approved_by", "person_name", "VARCHAR", g.col(g.pick(approvers), 0.4), STAFF),
        c("office_phone", N, "VARCHAR", g.col(g.pick(offices)), "business"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US-AZ", "az"), CUSTOM),
        c("notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("TBC")), NULLWORD),
    ])


def nz_solar_buyback(g: Gen) -> Table:
    """A Christchurch electricity retailer's solar buy-back contracts (camel case)."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NZ_SUBURBS) for _ in range(g.rows)]
    births = g.births(1942, 2000)
    installers = [(name, g.phone("NZ", "national", False), v.nzbn(g)) for name in
                  ("Port Hills Solar Ltd", "Canterbury Sun Systems", "Waimak Electrical & Solar", "Kōwhai Energy Ltd")]
    inst = [g.rnd.randrange(len(installers)) for _ in range(g.rows)]
    staff = _staff(g, 4, "nz")
    return Table("cantyPower.solarBuybackContracts", "en", "camel", [
        c("contractId", N, "BIGINT", g.keys(52_001), "decoy", KEY),
        c("icpNumber", N, "VARCHAR", g.col(lambda: v.icp(g)), "decoy", SUPPLY, SHAPE),
        c("customerFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("customerLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dateOfBirth", "date_of_birth", "VARCHAR", [f"{d.day:02d}/{d.month:02d}/{d.year}" for d in births], DOBTEXT),
        c("irdNumber", "national_id", "VARCHAR", g.col(lambda: v.nz_ird(g), HEAVY_SHARE), HEAVY),
        c("mobileNumber", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "e164": 0.2, "intl": 0.2})),
        c("homePhone", "phone", "VARCHAR", g.phones("NZ", {"national": 1.0}, 0.0, 0.5)),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nz"]) for a, b in pairs]),
        c("installationAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz")),
          PREMISES),
        c("suburb", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
        c("townCity", "city", "VARCHAR", [p[2] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("systemSizeKw", N, "DOUBLE", g.floats(2.0, 12.5, 1), "decoy"),
        c("inverterSerial", N, "VARCHAR", g.col(lambda: g.code("FR99A99999999")), "decoy", DEVICE, SHAPE),
        c("installerName", N, "VARCHAR", [installers[i][0] for i in inst], "business"),
        c("installerPhone", N, "VARCHAR", [installers[i][1] for i in inst], "business"),
        c("installerNzbn", N, "VARCHAR", [installers[i][2] for i in inst], "business", CHECK),
        c("buybackRateCents", N, "DOUBLE", g.col(g.pick([8.0, 10.5, 12.0, 17.0])), "decoy"),
        c("payoutAccount", USERNAME, "VARCHAR", g.col(lambda: v.nz_bank(g), 0.1), BANK),
        c("contractStart", N, "DATE", g.days("2021-04-01", "2025-11-30"), "decoy", EVENT),
        c("customField2", N, "VARCHAR", g.col(g.pick(["SOLAR-BB12", "EV-NIGHT", "REFER-A-MATE", "WINTER25"]), 0.3),
          "decoy", PLAIN),
        c("processedBy", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
    ])


def sc_prepay_support(g: Gen) -> Table:
    """An Inverness energy supplier's prepayment support cases: emergency credit, self-disconnection, PSR (Pascal
    case)."""
    pairs = [v.person(g, "sc") for _ in range(g.rows)]
    places = [g.rnd.choice(v.SC_TOWNS) for _ in range(g.rows)]
    carer = [g.rnd.random() > HEAVY_SHARE for _ in range(g.rows)]
    staff = _staff(g, 5, "sc")
    outlets = ["Spar Academy Street", "Co-op Dingwall", "Post Office Nairn", "Londis Alness", "PayPoint Tain"]

    def note() -> str:
        return g.rnd.choice([f"Self-disconnected 3 days, neighbour {v.given(g, 'sc')} topped up",
                             "Key meter faulty, engineer booked", f"Carer {v.whole(g, 'sc')} manages the account",
                             "Oxygen concentrator at home", f"Son {v.given(g, 'sc')} to be called first"])

    return Table("HighlandPrepay.SupportCases", "en", "pascal", [
        c("CaseId", N, "BIGINT", g.keys(310_001), "decoy", KEY),
        c("CaseRef", N, "VARCHAR", g.col(lambda: g.code("PPM-25-99999")), "decoy", SHAPE),
        c("Forename", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("DateOfBirth", "date_of_birth", "DATE", g.births(1930, 2004)),
        c("NiNumber", "ssn", "VARCHAR", g.col(lambda: v.nino(g, g.rnd.random() < 0.5), HEAVY_SHARE), HEAVY),
        c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.1)),
        c("LandlineNumber", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.0, HEAVY_SHARE), HEAVY),
        c("AddressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SC_STREETS, "sc")), PREMISES),
        c("Town", "city", "VARCHAR", [p[0] for p in places]),
        c("Postcode", "postal_code", "VARCHAR", [v.uk_postcode(g, g.rnd.choice(p[1])) for p in places]),
        c("Mpan", N, "VARCHAR", g.col(lambda: v.mpan(g)), "decoy", SUPPLY, SHAPE),
        c("MeterSerial", N, "VARCHAR", g.col(lambda: g.code("99P9999999")), "decoy", METER),
        c("PsrCodes", N, "VARCHAR", g.col(g.pick(["14", "14,18", "5,22", "33", "8,14,26"]), 0.3), "decoy"),
        c("CarerName", "person_name", "VARCHAR", [v.whole(g, "sc") if k else None for k in carer], ROLE, HEAVY),
        c("CarerPhone", "phone", "VARCHAR", [g.phone("GB", "national") if k else None for k in carer], ROLE, HEAVY),
        c("EmergencyCreditIssued", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy"),
        c("TopUpOutlet", N, "VARCHAR", g.col(g.pick(outlets), 0.2), "business"),
        c("SupportAdvisor", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("Udf2", "email", "VARCHAR", g.col(lambda: v.email(g, "sc"), 0.45), OPAQUE, SINGLE),
        c("Udf3", N, "VARCHAR", g.col(g.pick(["WHD-CORE", "WHD-BROAD", "FUEL-VOUCHER", "HARDSHIP-FUND"]), 0.4),
          "decoy", PLAIN),
        c("VulnerabilityNotes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("none")), NULLWORD),
        c("CreatedAt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-15"), "decoy", EVENT),
    ])


def za_disconnections(g: Gen) -> Table:
    """A KwaZulu-Natal metropolitan municipality's credit control disconnection list (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "za", female)
        rows.append((a, b, v.za_id(g, g.birth(1945, 2003), female)))
    places = [g.rnd.choice(v.ZA_SUBURBS) for _ in range(g.rows)]
    contractors = [(name, g.phone("ZA", "national", False)) for name in
                   ("Umgeni Cut-Off Services (Pty) Ltd", "Siyakhula Electrical CC", "Thekwini Meter Solutions")]
    con = [g.rnd.randrange(len(contractors)) for _ in range(g.rows)]
    leaders = _staff(g, 5, "za")
    return Table("METRO_CREDIT_CTRL.DISCONNECTION_LIST", "en", "screaming", [
        c("DISC_ORDER_NO", N, "VARCHAR", g.col(lambda: g.code("DC25-9999999")), "decoy", SHAPE),
        c("ACCOUNT_NO", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
        c("ACCOUNT_HOLDER", "person_name", "VARCHAR",
          [f"{b.upper()} {a.upper()}" if g.rnd.random() < 0.6 else f"{b.upper()} {a[0]}" for a, b, _ in rows]),
        c("ID_NUMBER", "national_id", "VARCHAR", [r[2] if g.rnd.random() < 0.85 else None for r in rows]),
        c("CELL_NO", "phone", "VARCHAR", g.phones("ZA", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("ALT_CONTACT_NO", "phone", "VARCHAR", g.phones("ZA", {"national": 1.0}, 0.9, HEAVY_SHARE), ROLE, HEAVY),
        c("EMAIL", "email", "VARCHAR", [None if g.rnd.random() < 0.55 else v.email_of(g, a, b, v.DOMAINS["za"])
                                        for a, b, _ in rows]),
        c("STAND_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za")), PREMISES),
        c("SUBURB", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
        c("POSTAL_CODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("WARD_NO", N, "INTEGER", g.ints(1, 110), "decoy"),
        c("METER_NO", N, "VARCHAR", g.col(lambda: v.sts_meter(g)), "decoy", METER, SHAPE),
        c("SERVICE", N, "VARCHAR", g.col(g.pick(["ELEC", "WATER", "ELEC+WATER"])), "decoy"),
        c("ARREARS_AMT", N, "DOUBLE", g.amounts(850.0, 48_000.0), "decoy"),
        c("NOTICE_TRACKING_NO", N, "VARCHAR", g.col(lambda: "RD" + g.digits(9) + "ZA", 0.2), "decoy", SHAPE),
        c("CONTRACTOR", N, "VARCHAR", [contractors[i][0] for i in con], "business"),
        c("CONTRACTOR_TEL", N, "VARCHAR", [contractors[i][1] for i in con], "business"),
        c("TEAM_LEADER", "person_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
        c("GPS_LAT", N, "DOUBLE", g.floats(-30.05, -29.70, 6), "decoy", COORD),
        c("GPS_LON", N, "DOUBLE", g.floats(30.80, 31.10, 6), "decoy", COORD),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
        c("CUSTOM_FIELD_2", N, "VARCHAR", g.col(g.pick(["RESTR-Q3", "PAYPLAN-OFFERED", "BYPASS-SUSP", "LEGAL-HOLD"]),
                                                0.3), "decoy", PLAIN),
        c("DISC_DATE", N, "DATE", g.days("2025-03-01", "2025-12-12"), "decoy", EVENT),
    ])


def ie_gas_jobs(g: Gen) -> Table:
    """A Cork gas network's field service job sheets (abbreviated snake case)."""
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    alt = [g.rnd.random() > HEAVY_SHARE for _ in range(g.rows)]
    engineers, approvers = _staff(g, 6, "ie"), _staff(g, 2, "ie")

    def note() -> str:
        return g.rnd.choice([f"Key with neighbour {v.whole(g, 'ie')} at no. 14", "Smell of gas at meter box, capped",
                             f"Tenant {v.given(g, 'ie')} not home, card left", "Meter exchanged, old meter returned",
                             f"Spoke to landlord {v.whole(g, 'ie')} re access"])

    return Table("corkgas_fldops.job_sht", "en", "abbrev", [
        c("job_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("job_ref", N, "VARCHAR", g.col(lambda: g.code("CGF-J-2599999")), "decoy", SHAPE),
        c("gprn", N, "VARCHAR", g.col(lambda: g.digits(7)), "decoy", SUPPLY, SHAPE),
        c("job_typ", N, "VARCHAR", g.col(g.pick(["LEAK", "MTR EXCH", "RECON", "DISC-NP", "SVC CHK"])), "decoy"),
        c("cust_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("cust_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("dob_dt", "date_of_birth", "DATE", g.col(lambda: g.birth(1930, 2003), 0.3), ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("IE", {"national": 0.7, "e164": 0.3}, 0.85, 0.05), ABBREV),
        c("alt_ctc_nm", "person_name", "VARCHAR", [v.whole(g, "ie") if k else None for k in alt], ROLE, ABBREV,
          HEAVY),
        c("alt_ctc_ph", "phone", "VARCHAR", [g.phone("IE", "national") if k else None for k in alt], ROLE, ABBREV,
          HEAVY),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie")), PREMISES, ABBREV),
        c("addr_ln2", "street_address", "VARCHAR",
          g.col(g.pick(["Ballinlough", "Bishopstown", "Douglas", "Mayfield", "Apt 4", "Blackpool", "Wilton"]), 0.5),
          ABBREV),
        c("twn", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("eircd", "postal_code", "VARCHAR", [v.eircode(g, g.rnd.choice(p[1])) for p in places], ABBREV),
        c("mtr_srl", N, "VARCHAR", g.col(lambda: g.code("G4A99999999")), "decoy", METER, SHAPE),
        c("fw_ver", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
        c("part_sku", N, "VARCHAR", g.col(lambda: g.code("RGL-999-AA"), 0.4), "decoy"),
        c("eng_nm", "person_name", "VARCHAR", g.col(g.pick(engineers)), STAFF, ABBREV),
        c("appr_by", "person_name", "VARCHAR", g.col(g.pick(approvers), 0.3), STAFF, ABBREV),
        c("arr_ts", N, "TIMESTAMP", g.moments("2025-02-01", "2025-12-10"), "decoy", EVENT),
        c("lat", N, "DOUBLE", g.floats(51.78, 51.99, 6), "decoy", COORD),
        c("lon", N, "DOUBLE", g.floats(-8.62, -8.20, 6), "decoy", COORD),
        c("udf3", "email", "VARCHAR", g.col(lambda: v.email(g, "ie"), 0.5), OPAQUE, SINGLE),
        c("eng_nt", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("nil")), NULLWORD, ABBREV),
    ])


def ky_move_orders_cobol(g: Gen) -> Table:
    """A Louisville water company's COBOL extract of move-in and move-out orders (padded CHAR, numbers for dates and
    phones)."""
    pairs = [v.person(g, "ky") for _ in range(g.rows)]
    places = [g.rnd.choice(v.KY_CITIES) for _ in range(g.rows)]
    kinds = [g.rnd.choice(["MI", "MI", "MO"]) for _ in range(g.rows)]
    births = [g.birth(1936, 2005) if g.rnd.random() < 0.9 else None for _ in range(g.rows)]
    cashiers = [v.whole(g, "ky").upper() for _ in range(4)]
    branches = [g.phone("US-KY", "digits", False) for _ in range(3)]

    def forward(kind: str) -> str:
        if kind == "MO" and g.rnd.random() < 0.6:
            city, zips = g.rnd.choice(v.KY_CITIES)
            return f"{v.street(g, v.KY_STREETS, 'ky')} {city} KY {g.rnd.choice(zips)}"
        return ""

    return Table("LVWTRCIS.MVIO_ORDER_EXTRACT", "en", "cobol", [
        c("MVO-ORDER-NO", N, "VARCHAR", g.col(lambda: g.code("M25999999")), "decoy", SHAPE, LEGACY),
        c("MVO-ACCT-NO", N, "BIGINT", g.col(lambda: int("3" + g.digits(9))), "decoy", LEGACY),
        c("MVO-TYPE", N, "VARCHAR", kinds, "decoy", LEGACY),
        c("CUST-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("CUST-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("CUST-MID-INIT", "first_name", "VARCHAR", _pad(g.col(lambda: g.code("A"), 0.3), 1), LEGACY),
        c("CUST-DOB", "date_of_birth", "INTEGER", [_ymd(d) for d in births], LEGACY, INTDATE),
        c("CUST-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.85 else 0
                                        for _ in range(g.rows)], LEGACY),
        c("CUST-HOME-PH", "phone", "BIGINT", [int(g.phone("US-KY", "digits")) if g.rnd.random() < 0.9 else 0
                                              for _ in range(g.rows)], LEGACY),
        c("CUST-WORK-PH", "phone", "BIGINT", [int(g.phone("US-KY", "digits", False)) if g.rnd.random() < 0.4 else 0
                                              for _ in range(g.rows)], LEGACY),
        c("SVC-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.KY_STREETS, "ky")), 30),
          PREMISES, LEGACY),
        c("SVC-CITY", "city", "VARCHAR", _pad([p[0] for p in places], 18), LEGACY),
        c("SVC-ZIP", "postal_code", "INTEGER", [int(g.rnd.choice(p[1])) for p in places], LEGACY),
        c("FWD-ADDR", "street_address", "VARCHAR", _pad([forward(k) for k in kinds], 40), LEGACY, NULLWORD),
        c("MVO-EFF-DT", N, "INTEGER", [_ymd(g.day("2025-01-02", "2025-12-31")) for _ in range(g.rows)], "decoy",
          EVENT, INTDATE, LEGACY),
        c("MVO-MTR-READ", N, "INTEGER", g.ints(0, 99_999), "decoy", METER, LEGACY),
        c("DEP-AMT", N, "DECIMAL(9,2)", g.col(g.pick([0.0, 0.0, 60.0, 120.0])), "decoy", LEGACY),
        c("MVO-CASHIER", "person_name", "VARCHAR", _pad(g.col(g.pick(cashiers)), 24), STAFF, LEGACY),
        c("BRANCH-PHONE", N, "BIGINT", [int(g.rnd.choice(branches)) for _ in range(g.rows)], "business", LEGACY),
        c("MVO-USR-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US-KY", "ky"), 40), CUSTOM, LEGACY),
        c("MVO-USR-FLD-3", N, "VARCHAR", _pad(g.col(g.pick(["RTE14", "RTE07", "BUDGET", "AUTOPAY", "LIEN"]), 0.3),
                                              8), "decoy", PLAIN, LEGACY),
    ])


def in_rooftop_staging(g: Gen) -> Table:
    """A Bengaluru distribution company's rooftop solar net-metering applications as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "in")
        rows.append((f"{a} {b}", b, g.birth(1945, 2003)))
    places = [g.rnd.choice(v.IN_TOWNS) for _ in range(g.rows)]
    vendors = ["Suryodaya Rooftop Pvt Ltd", "Namma Solar Solutions", "GreenWatt Karnataka LLP", "Kaveri Energy Systems"]

    def ip() -> str:
        return g.ipv6("2401:4900") if g.rnd.random() < 0.25 else g.ipv4([49, 103, 117, 122, 157, 106])

    def col(i: int) -> str:
        return f"src_crm_col{i:02d}"

    return Table("stg_rooftop_nm.src_crm_raw", "en", "opaque", [
        c(col(1), N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE, PREFIXED),
        c(col(2), "person_name", "VARCHAR", [r[0] for r in rows], OPAQUE, PREFIXED),
        c(col(3), "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.6), 0.45), OPAQUE,
          PREFIXED),
        c(col(4), "national_id", "VARCHAR", [v.pan(g, r[1]) if g.rnd.random() < 0.7 else None for r in rows], OPAQUE,
          PREFIXED),
        c(col(5), "date_of_birth", "VARCHAR", [f"{r[2].day:02d}-{r[2].month:02d}-{r[2].year}" for r in rows], OPAQUE,
          PREFIXED, DOBTEXT),
        c(col(6), "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "national": 0.2, "digits": 0.3}), OPAQUE, PREFIXED),
        c(col(7), "email", "VARCHAR", g.col(lambda: v.email(g, "in"), 0.2), OPAQUE, PREFIXED),
        c(col(8), "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in")), OPAQUE, PREFIXED,
          PREMISES),
        c(col(9), "city", "VARCHAR", [p[0] for p in places], OPAQUE, PREFIXED),
        c(col(10), "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE, PREFIXED),
        c(col(11), N, "VARCHAR", g.col(lambda: g.code("AAAS99999")), "decoy", SHAPE, OPAQUE, PREFIXED),
        c(col(12), N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE, PREFIXED),
        c(col(13), N, "DOUBLE", g.col(g.pick([1.0, 2.0, 3.0, 3.5, 5.0, 10.0])), "decoy", OPAQUE, PREFIXED),
        c(col(14), N, "VARCHAR", g.col(g.sha256), "decoy", HASHED, OPAQUE, PREFIXED),
        c(col(15), N, "VARCHAR", g.col(g.pick(vendors)), "business", OPAQUE, PREFIXED),
        c(col(16), "ip_address", "VARCHAR", g.col(ip, 0.1), OPAQUE, PREFIXED),
        c(col(17), "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE, PREFIXED),
        c(col(18), N, "TIMESTAMP", g.moments("2025-06-01", "2025-12-10"), "decoy", EVENT, OPAQUE, PREFIXED),
    ])


def my_app_profiles(g: Gen) -> Table:
    """A Selangor water operator's customer app profiles, exported as JSON and flattened to dotted keys."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        born = g.birth(1950, 2004)
        foreign = g.rnd.random() > HEAVY_SHARE
        rows.append((born, None if foreign else v.nric(g, born, female), foreign))
    places = [g.rnd.choice(v.MY_TOWNS) for _ in range(g.rows)]

    def passport() -> str:
        return g.rnd.choice([g.code("C9999999"), "A" + g.digits(8), "P" + g.code("9999999A"), g.code("K9999999"),
                             "PA" + g.digits(7)])

    return Table("smartair_app.customer_profile_json", "en", "json", [
        c("id", N, "BIGINT", g.keys(1_000_001), "decoy", KEY),
        c("account.no", N, "VARCHAR", g.col(lambda: "10" + g.digits(8)), "decoy", SHAPE, JSONKEY),
        c("customer.name", "person_name", "VARCHAR", g.col(lambda: v.malaysian(g)), JSONKEY),
        c("customer.ic_no", "national_id", "VARCHAR", [r[1] for r in rows], JSONKEY),
        c("customer.passport_no", "national_id", "VARCHAR", [passport() if r[2] else None for r in rows], JSONKEY,
          FOREIGN, HEAVY),
        c("customer.dob", "date_of_birth", "VARCHAR", [r[0].isoformat() for r in rows], JSONKEY, DOBTEXT),
        c("customer.contact.mobile", "phone", "VARCHAR", g.phones("MY", {"national": 0.5, "e164": 0.5}), JSONKEY),
        c("customer.contact.email", "email", "VARCHAR", g.col(lambda: v.email(g, "my"), 0.15), JSONKEY),
        c("premise.address.line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MY_STREETS, "my")),
          PREMISES, JSONKEY),
        c("premise.address.city", "city", "VARCHAR", [p[0] for p in places], JSONKEY),
        c("premise.address.postcode", "postal_code", "VARCHAR", [g.rnd.choice(p[1]) for p in places], JSONKEY),
        c("premise.address.state", N, "VARCHAR", g.col(g.pick(["Selangor", "Selangor", "W.P. Kuala Lumpur"])),
          "decoy", JSONKEY),
        c("meter.serial", N, "VARCHAR", g.col(lambda: "SAM" + g.code("99A999999")), "decoy", METER, JSONKEY),
        c("meter.geo.lat", N, "DOUBLE", g.floats(2.90, 3.40, 6), "decoy", COORD, JSONKEY),
        c("meter.geo.lng", N, "DOUBLE", g.floats(101.40, 101.80, 6), "decoy", COORD, JSONKEY),
        c("billing.arrears_rm", N, "DOUBLE", g.amounts(0.0, 1_800.0), "decoy", JSONKEY),
        c("billing.last_invoice_no", N, "VARCHAR", g.col(lambda: g.code("INV9999999999")), "decoy", SHAPE, JSONKEY),
        c("app.version", N, "VARCHAR", g.col(g.version), "decoy", VERSION, JSONKEY),
        c("app.last_login_ip", "ip_address", "VARCHAR",
          g.col(lambda: g.ipv6("2001:e68") if g.rnd.random() < 0.2 else g.ipv4([175, 60, 115, 210, 183, 118]), 0.1),
          JSONKEY),
        c("app.push_token", N, "VARCHAR", g.col(lambda: g.code("x" * 16) + ":APA91b" + g.md5(), 0.2), "decoy",
          HASHED, JSONKEY),
        c("emergency_contact.name", "person_name", "VARCHAR", g.col(lambda: v.malaysian(g), HEAVY_SHARE), ROLE,
          JSONKEY, HEAVY),
        c("meta.custom2", "free_text", "VARCHAR", _custom(g, "MY", "my"), CUSTOM, JSONKEY),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def br_ordem_corte(g: Gen) -> Table:
    """A Goiânia water and sewage company's disconnection orders for arrears (Brazilian Portuguese, snake case)."""
    places = [g.rnd.choice(v.BR_TOWNS) for _ in range(g.rows)]
    fiscais, atendentes = _staff(g, 6, "br"), _staff(g, 4, "br")
    firms = [("Hidrocampo Serviços de Saneamento Ltda", v.cnpj(g)), ("Cerrado Hidráulica e Obras Ltda", v.cnpj(g))]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]

    def cep(prefix: str) -> str:
        d = prefix + g.digits(5 - len(prefix))
        return f"{d}-{g.digits(3)}"

    def obs() -> str:
        return g.rnd.choice([f"Cliente {v.whole(g, 'br')} pediu parcelamento", "Cavalete trancado, sem acesso",
                             f"Vizinha {v.given(g, 'br')} informou que o imóvel está vazio",
                             "Corte no ramal, religação só com quitação", "Hidrômetro violado"])

    return Table("saneam_goias.tb_ordem_corte", "pt", "snake", [
        c("id_ordem", N, "BIGINT", g.keys(4_100_001), "decoy", KEY),
        c("nr_os", N, "VARCHAR", g.col(lambda: g.code("OS2025/9999999")), "decoy", SHAPE),
        c("nr_matricula", N, "VARCHAR", g.col(lambda: g.code("99999999-9")), "decoy", SHAPE),
        c("nm_cliente", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "br"))),
        c("nr_cpf", "national_id", "VARCHAR", g.col(lambda: v.cpf(g, g.rnd.random() < 0.6), 0.05)),
        c("nr_rg", "national_id", "VARCHAR", g.col(lambda: g.code("9.999.999") + " SSP-GO", 0.4)),
        c("dt_nascimento", "date_of_birth", "DATE", g.col(lambda: g.birth(1940, 2005), 0.2)),
        c("nr_telefone", "phone", "VARCHAR", g.phones("BR", {"national": 0.8, "e164": 0.2}, 0.3, 0.3)),
        c("nr_celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.6, "digits": 0.2, "e164": 0.2}, 1.0, 0.1)),
        c("ds_email", "email", "VARCHAR", g.col(lambda: v.email(g, "br"), 0.6)),
        c("ds_logradouro", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BR_STREETS, "br")), PREMISES),
        c("nm_bairro", "city", "VARCHAR", g.col(g.pick(v.BR_BAIRROS)), LOCALITY),
        c("nm_municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("nr_cep", "postal_code", "VARCHAR", [cep(p[1]) for p in places]),
        c("cd_hidrometro", N, "VARCHAR", g.col(lambda: g.code("A25A999999")), "decoy", METER, SHAPE),
        c("vl_debito", N, "DOUBLE", g.amounts(120.0, 6_500.0), "decoy"),
        c("dt_corte", N, "DATE", g.days("2025-02-01", "2025-12-10", 0.25), "decoy", EVENT),
        c("nm_fiscal", "person_name", "VARCHAR", g.col(g.pick(fiscais)), STAFF),
        c("nm_atendente", "person_name", "VARCHAR", g.col(g.pick(atendentes), 0.2), STAFF),
        c("nm_empresa_terceirizada", N, "VARCHAR", [firms[i][0] for i in firm], "business"),
        c("nr_cnpj_terceirizada", N, "VARCHAR", [firms[i][1] for i in firm], "business", CHECK),
        c("campo_livre_1", N, "VARCHAR", g.col(g.pick(["TARIFA SOCIAL", "GRANDE CONSUMIDOR", "ROTA 12", "CORTE BRUSCO"]),
                                               0.3), "decoy", PLAIN),
        c("campo_livre_2", "free_text", "VARCHAR", _custom(g, "BR", "br"), CUSTOM),
        c("ds_observacao", "free_text", "VARCHAR", g.sparse(obs, 0.76, _words("não informado", "sem obs")),
          NULLWORD),
    ])


def ch_feed_in(g: Gen) -> Table:
    """A Thurgau municipal utility's solar feed-in (Rücklieferung) contracts (Swiss German)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        born = g.birth(1940, 1995)
        foreign = g.rnd.random() > HEAVY_SHARE
        country = g.rnd.choice(["DE", "DE", "IT", "PT"]) if foreign else "CH"
        a, b = v.person(g, "it" if country == "IT" else "br" if country == "PT" else "ch", female)
        if country == "DE":
            ident = v.de_idnr(g)
        elif country == "IT":
            ident = v.codice_fiscale(a, b, born, female, g.rnd.choice(v.IT_BIRTH)[1])
        elif country == "PT":
            ident = v.pt_nif(g)
        else:
            ident = None
        rows.append((a, b, born, female, ident))
    places = [g.rnd.choice(v.CH_TOWNS) for _ in range(g.rows)]
    installers = [(name, v.ch_uid(g), g.phone("CH", "national", False)) for name in
                  ("Sonnenkraft Thurgau AG", "Elektro Stäheli GmbH", "Solarteam Bodensee AG")]
    inst = [g.rnd.randrange(len(installers)) for _ in range(g.rows)]
    staff = _staff(g, 3, "ch")

    def bemerkung() -> str:
        return g.rnd.choice([f"Vertrag läuft auf Ehefrau {v.given(g, 'ch')}", "Zähler getauscht, ZEV geprüft",
                             f"Rückfrage bei Installateur, Kontakt {v.whole(g, 'ch')}", "Einspeisung ab 1.1. HKN"])

    return Table("tb_thurtal.pv_rueckliefervertraege", "de", "snake", [
        c("VertragNr", N, "VARCHAR", g.col(lambda: g.code("EV-2025-99999")), "decoy", SHAPE),
        c("Messpunkt_ID", N, "VARCHAR", g.col(lambda: "CH10123012345" + g.digits(20)), "decoy", SUPPLY, SHAPE),
        c("Anrede", N, "VARCHAR", ["Frau" if r[3] else "Herr" for r in rows], "decoy"),
        c("Vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Nachname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("Geb_Datum", "date_of_birth", "VARCHAR", [f"{r[2].day:02d}.{r[2].month:02d}.{r[2].year}" for r in rows],
          DOBTEXT),
        c("AHV_Nr", "ssn", "VARCHAR", [v.ahv(g) if r[4] is None and g.rnd.random() < 0.75 else None for r in rows]),
        c("Ausweis_Nr_Ausland", "national_id", "VARCHAR", [r[4] for r in rows], FOREIGN, HEAVY),
        c("Strasse", "street_address", "VARCHAR", g.col(g.pick(v.CH_STREETS)), PREMISES),
        c("Hausnr", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 90)) + g.rnd.choice(
            ["", "", "", "a", "b"]))),
        c("PLZ", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("Ort", "city", "VARCHAR", [p[0] for p in places]),
        c("Tel_Privat", "phone", "VARCHAR", g.phones("CH", {"national": 0.8, "intl": 0.2}, 0.0, 0.45)),
        c("Natel", "phone", "VARCHAR", g.phones("CH", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.1)),
        c("E_Mail", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ch"]) if g.rnd.random() < 0.8 else None
                                         for r in rows]),
        c("IBAN_Verguetung", "iban", "VARCHAR", g.col(lambda: v.ch_iban(g), 0.1)),
        c("Anlage_kWp", N, "DOUBLE", g.floats(3.0, 30.0, 2), "decoy"),
        c("WR_Seriennr", N, "VARCHAR", g.col(lambda: g.code("SE9999AA99999")), "decoy", DEVICE, SHAPE),
        c("Installateur", N, "VARCHAR", [installers[i][0] for i in inst], "business"),
        c("Installateur_UID", N, "VARCHAR", [installers[i][1] for i in inst], "business", CHECK),
        c("Installateur_Tel", N, "VARCHAR", [installers[i][2] for i in inst], "business"),
        c("Sachbearbeiter", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("Vertragsbeginn", N, "DATE", g.days("2019-01-01", "2025-12-01"), "decoy", EVENT),
        c("Zusatzfeld_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ch"), 0.55), OPAQUE, SINGLE),
        c("Bemerkung", "free_text", "VARCHAR", g.sparse(bemerkung, 0.8, _words("keine", "k.A.")), NULLWORD),
    ])


def mx_padron_adeudo(g: Gen) -> Table:
    """A Hermosillo municipal water agency's account register with arrears and service cuts (Mexican Spanish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "mx", female)
        m = g.rnd.choice(v.NAMES["mx"][2])
        born = g.birth(1940, 2004)
        rows.append((a, b, m, born, v.curp(g, a, b, m, born, female), v.rfc(g, a, b, m, born)))
    places = [g.rnd.choice(v.MX_COLONIAS) for _ in range(g.rows)]
    lecturistas, cajeros = _staff(g, 5, "mx"), _staff(g, 3, "mx")

    def obs() -> str:
        return g.rnd.choice([f"Convenio firmado, aval {v.whole(g, 'mx')}", "Toma clandestina reportada",
                             f"Atendió la Sra. {v.whole(g, 'mx')}, inquilina", "Medidor opaco, se estima consumo",
                             "Pago parcial en caja Centro"])

    return Table("agua_hmo.padron_usuarios_adeudo", "es", "snake", [
        c("id_contrato", N, "BIGINT", g.keys(210_001), "decoy", KEY),
        c("num_contrato", N, "VARCHAR", g.col(lambda: g.code("HMO-99-999999")), "decoy", SHAPE),
        c("nombre", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("apellido_paterno", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("apellido_materno", "last_name", "VARCHAR", [r[2] if g.rnd.random() < 0.92 else None for r in rows]),
        c("curp", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.9 else None for r in rows]),
        c("rfc", "national_id", "VARCHAR", [r[5] if g.rnd.random() > HEAVY_SHARE else None for r in rows], HEAVY),
        c("dia_nac", "date_of_birth", "INTEGER", [r[3].day for r in rows], DOBPART),
        c("mes_nac", "date_of_birth", "INTEGER", [r[3].month for r in rows], DOBPART),
        c("anio_nac", "date_of_birth", "INTEGER", [r[3].year for r in rows], DOBPART),
        c("tel_cel", "phone", "VARCHAR", g.phones("MX", {"national": 0.7, "e164": 0.3}, 1.0, 0.1)),
        c("tel_casa", "phone", "VARCHAR", g.phones("MX", {"national": 1.0}, 0.0, 0.5)),
        c("correo", "email", "VARCHAR", [None if g.rnd.random() < 0.55 else v.email_of(g, r[0], r[1], v.DOMAINS["mx"])
                                         for r in rows]),
        c("calle", "street_address", "VARCHAR", g.col(g.pick(v.MX_STREETS)), PREMISES),
        c("num_ext", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 480)))),
        c("num_int", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["A", "B", "2", "4", "Depto 3"]),
                                                        HEAVY_SHARE), HEAVY),
        c("colonia", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
        c("cp", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("num_medidor", N, "VARCHAR", g.col(lambda: g.code("99A999999")), "decoy", METER),
        c("tarifa", N, "VARCHAR", g.col(g.pick(["DOMESTICA POPULAR", "DOMESTICA MEDIA", "COMERCIAL", "JUBILADO"])),
          "decoy"),
        c("adeudo_total", N, "DOUBLE", g.amounts(300.0, 25_000.0), "decoy"),
        c("fecha_corte", N, "DATE", g.days("2025-01-15", "2025-12-10", 0.3), "decoy", EVENT),
        c("lecturista", "person_name", "VARCHAR", g.col(g.pick(lecturistas)), STAFF),
        c("cajero", "person_name", "VARCHAR", g.col(g.pick(cajeros), 0.35), STAFF),
        c("aval_nombre", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "mx"), HEAVY_SHARE), ROLE, HEAVY),
        c("campo_extra_1", N, "VARCHAR", g.col(g.pick(["CONVENIO-6M", "DESCUENTO-50", "SECTOR 4", "RUTA 18"]), 0.3),
          "decoy", PLAIN),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.78, _words("sin dato", "ninguna")), NULLWORD),
    ])


def it_subentri(g: Gen) -> Table:
    """A Romagna multi-utility's move-in, change-of-holder and closure requests (Italian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1938, 2004)
        place, code = g.rnd.choice(v.IT_BIRTH)
        rows.append((a, b, born, place, v.codice_fiscale(a, b, born, female, code)))
    places = [g.rnd.choice(v.IT_COMUNI) for _ in range(g.rows)]
    kinds = [g.rnd.choice(["SUBENTRO", "SUBENTRO", "VOLTURA", "CESSAZIONE", "NUOVA ATTIVAZIONE"])
             for _ in range(g.rows)]
    staff = _staff(g, 5, "it")
    sellers = [("Romagna Energia Vendita S.p.A.", v.partita_iva(g)), ("Adriatica Luce e Gas S.r.l.", v.partita_iva(g))]
    sel = [g.rnd.randrange(len(sellers)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Voltura da {v.whole(g, 'it')} (deceduto), documenti eredi ok", "Lettura autoletta",
                             f"Delegato il figlio {v.given(g, 'it')}", "Contatore gas sigillato, appuntamento tecnico",
                             "Cliente chiede bolletta web"])

    return Table("multiserv_romagna.richieste_subentro", "it", "snake", [
        c("id_richiesta", N, "BIGINT", g.keys(9_100_001), "decoy", KEY),
        c("num_pratica", N, "VARCHAR", g.col(lambda: g.code("PR/2025/999999")), "decoy", SHAPE),
        c("tipo_richiesta", N, "VARCHAR", kinds, "decoy"),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cod_fiscale", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("comune_nascita", "city", "VARCHAR", [r[3] for r in rows]),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.1)),
        c("tel_fisso", "phone", "VARCHAR", g.phones("IT", {"national": 1.0}, 0.0, HEAVY_SHARE), HEAVY),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, r[0], r[1], v.DOMAINS["it"])
                                        for r in rows]),
        c("pec", "email", "VARCHAR", [v.email_of(g, r[0], r[1], ["pec.it", "legalmail.it", "pec.libero.it"])
                                      if g.rnd.random() > HEAVY_SHARE else None for r in rows], HEAVY),
        c("indirizzo_fornitura", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it")),
          PREMISES),
        c("cap", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("comune", "city", "VARCHAR", [p[0] for p in places]),
        c("prov", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("pod", N, "VARCHAR", g.col(lambda: "IT001E" + g.digits(8), 0.3), "decoy", SUPPLY, SHAPE),
        c("pdr", N, "VARCHAR", g.col(lambda: g.digits(14), 0.4), "decoy", SUPPLY, SHAPE),
        c("iban_addebito", "iban", "VARCHAR", g.col(lambda: v.it_iban(g), 0.35)),
        c("intestatario_precedente", "person_name", "VARCHAR",
          [v.whole(g, "it") if k in ("VOLTURA", "SUBENTRO") and g.rnd.random() < 0.6 else None for k in kinds], ROLE),
        c("data_decorrenza", N, "DATE", g.days("2025-01-01", "2025-12-31"), "decoy", EVENT),
        c("operatore", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("societa_vendita", N, "VARCHAR", [sellers[i][0] for i in sel], "business"),
        c("piva_societa", N, "VARCHAR", [sellers[i][1] for i in sel], "business", CHECK),
        c("campo_libero_2", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
        c("note", "free_text", "VARCHAR", g.sparse(note, 0.77, _words("nessuna", "n.d.")), NULLWORD),
    ])


def be_budgetmeter(g: Gen) -> Table:
    """A Kempen distribution grid operator's budget meter placements for arrears (Flemish, Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "be", female)
        born = g.birth(1940, 2005)
        rows.append((a, b, born, v.be_nn(g, born, female)))
    places = [g.rnd.choice(v.BE_GEMEENTEN) for _ in range(g.rows)]
    suppliers = [(name, v.be_enterprise(g)) for name in ("Kempen Stroom NV", "Vlaamse Energiecoöperatie CV",
                                                         "Noorderkempen Gas & Licht BV")]
    sup = [g.rnd.randrange(len(suppliers)) for _ in range(g.rows)]
    ocmws = [f"OCMW {p[0]}" for p in places]
    workers = {p[0]: _staff(g, 2, "be") for p in v.BE_GEMEENTEN}
    handlers = _staff(g, 4, "be")

    def note() -> str:
        return g.rnd.choice([f"Afbetalingsplan via OCMW, contact {v.whole(g, 'be')}", "Budgetmeter geplaatst",
                             f"Dochter {v.given(g, 'be')} beheert de betalingen", "Minimale levering actief",
                             "Klant niet thuis, nieuwe afspraak"])

    return Table("kempen_netbeheer.BudgetmeterDossiers", "nl", "pascal", [
        c("DossierId", N, "BIGINT", g.keys(66_001), "decoy", KEY),
        c("DossierNr", N, "VARCHAR", g.col(lambda: g.code("BM/25/99999")), "decoy", SHAPE),
        c("EanCode", N, "VARCHAR", g.col(lambda: v.be_ean(g)), "decoy", SUPPLY, SHAPE),
        c("Voornaam", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Familienaam", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("Geboortedatum", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("Rijksregisternr", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("Gsm", "phone", "VARCHAR", g.phones("BE", {"national": 0.7, "intl": 0.3}, 1.0, 0.1)),
        c("TelefoonVast", "phone", "VARCHAR", g.phones("BE", {"national": 1.0}, 0.0, HEAVY_SHARE), HEAVY),
        c("Email", "email", "VARCHAR", [None if g.rnd.random() < 0.35 else v.email_of(g, r[0], r[1], v.DOMAINS["be"])
                                        for r in rows]),
        c("Straat", "street_address", "VARCHAR", g.col(g.pick(v.BE_STREETS)), PREMISES),
        c("Huisnr", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 240)))),
        c("Busnr", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["1", "2", "0101", "B2", "3"]),
                                                      HEAVY_SHARE), HEAVY),
        c("Postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("Gemeente", "city", "VARCHAR", [p[0] for p in places]),
        c("Deelgemeente", "city", "VARCHAR", [g.rnd.choice(p[2]) for p in places], LOCALITY),
        c("Leverancier", N, "VARCHAR", [suppliers[i][0] for i in sup], "business"),
        c("OndernemingsnrLeverancier", N, "VARCHAR", [suppliers[i][1] for i in sup], "business", CHECK),
        c("Ocmw", N, "VARCHAR", ocmws, "business"),
        c("OcmwMaatschappelijkWerker", "person_name", "VARCHAR",
          [g.rnd.choice(workers[p[0]]) if g.rnd.random() < 0.7 else None for p in places], ROLE),
        c("Achterstal", N, "DOUBLE", g.amounts(150.0, 4_200.0), "decoy"),
        c("PlaatsingsDatum", N, "DATE", g.days("2024-06-01", "2025-12-05"), "decoy", EVENT),
        c("Dossierbeheerder", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
        c("VrijVeld1", N, "VARCHAR", g.col(g.pick(["SOC-TARIEF", "MIN-LEV", "WINTERSTOP", "BESCHERMD"]), 0.3),
          "decoy", PLAIN),
        c("VrijVeld2", "person_name", "VARCHAR", g.col(lambda: "Mr. " + v.whole(g, "be"), 0.6), OPAQUE, SINGLE),
        c("Opmerking", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("geen", "nvt")), NULLWORD),
    ])


def ua_teplo_borg(g: Gen) -> Table:
    """A Poltava district heating company's subscribers in arrears (Ukrainian, Cyrillic column names)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "ua", female)
        father = g.rnd.choice(list(v.UA_PATRONYMIC))
        born = g.birth(1938, 2004)
        rows.append((a, b, v.UA_PATRONYMIC[father][1 if female else 0], born, v.rntrc(g, born, female)))
    places = [g.rnd.choice(v.UA_CITIES) for _ in range(g.rows)]
    managers = [(name, v.edrpou(g)) for name in ("ОСББ «Затишок-7»", "ТОВ «Житлосервіс Полтава»", "ОСББ «Садовий»")]
    man = [g.rnd.randrange(len(managers)) for _ in range(g.rows)]
    inspectors, cashiers = _staff(g, 4, "ua"), _staff(g, 3, "ua")

    def note() -> str:
        return g.rnd.choice([f"Борг сплачує донька {v.given(g, 'ua')}", "Субсидія призначена з 01.10",
                             f"Квартиру орендує {v.whole(g, 'ua')}", "Відключено ГВП, пломба на крані",
                             "Реструктуризація на 12 місяців"])

    return Table("теплоенерго_полтава.абоненти_заборгованість", "uk", "snake", [
        c("id", N, "BIGINT", g.keys(120_001), "decoy", KEY),
        c("особовий_рахунок", N, "VARCHAR", g.col(lambda: v.rntrc_decoy(g)), "decoy", SHAPE),
        c("прізвище", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("ім_я", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("по_батькові", "first_name", "VARCHAR", [r[2] for r in rows]),
        c("рнокпп", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.85 else None for r in rows]),
        c("дата_народження", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("паспорт", "national_id", "VARCHAR", g.col(lambda: v.ua_passport(g), 0.3)),
        c("телефон", "phone", "VARCHAR", g.phones("UA", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 0.9, 0.05)),
        c("ел_пошта", "email", "VARCHAR", g.col(lambda: v.email(g, "ua"), 0.6)),
        c("вулиця", "street_address", "VARCHAR", g.col(g.pick(v.UA_STREETS)), PREMISES),
        c("будинок", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 120)) + g.rnd.choice(
            ["", "", "", "а", "/2"]))),
        c("квартира", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 180)), 0.2)),
        c("місто", "city", "VARCHAR", [p[0] for p in places]),
        c("індекс", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("сума_боргу_грн", N, "DOUBLE", g.amounts(900.0, 64_000.0), "decoy"),
        c("дата_відключення", N, "DATE", g.days("2024-10-15", "2025-04-15", 0.4), "decoy", EVENT),
        c("договір_реструктуризації", N, "VARCHAR", g.col(lambda: g.code("РС-2025/9999"), 0.5), "decoy", SHAPE),
        c("контролер", "person_name", "VARCHAR", g.col(g.pick(inspectors)), STAFF),
        c("касир", "person_name", "VARCHAR", g.col(g.pick(cashiers), 0.4), STAFF),
        c("управитель_будинку", N, "VARCHAR", [managers[i][0] for i in man], "business"),
        c("єдрпоу_управителя", N, "VARCHAR", [managers[i][1] for i in man], "business", CHECK),
        c("дод_поле_1", "free_text", "VARCHAR", _custom(g, "UA", "ua"), CUSTOM),
        c("примітка", "free_text", "VARCHAR", g.sparse(note, 0.77, _words("немає", "не вказано")), NULLWORD),
    ])


def ja_kaiheisen(g: Gen) -> Table:
    """A Hokuriku water supply authority's water start and stop applications (Japanese column names and values)."""
    pairs = [v.person(g, "ja") for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    managers = [(name, g.phone("JP", "national", False), v.jp_corporate(g)) for name in
                ("株式会社金沢住宅管理", "北陸アパマンサービス株式会社", "有限会社のの市不動産")]
    man = [g.rnd.randrange(len(managers)) for _ in range(g.rows)]
    staff = _staff(g, 4, "ja")

    def bikou() -> str:
        return g.rnd.choice(["開栓時立会いなし、メーター指針確認済", f"旧使用者{v.whole(g, 'ja')}様の精算済",
                             f"管理会社の{v.person(g, 'ja')[1]}様より連絡", "口座振替依頼書送付", "閉栓後も散水栓使用"])

    return Table("北陸水道企業団.開閉栓受付台帳", "ja", "native", [
        c("受付番号", N, "VARCHAR", g.col(lambda: g.code("K2025-999999")), "decoy", SHAPE),
        c("お客様番号", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy", KEY),
        c("申込区分", N, "VARCHAR", g.col(g.pick(["開栓", "開栓", "閉栓", "名義変更"])), "decoy"),
        c("氏名", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("フリガナ", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in pairs]),
        c("生年月日", "date_of_birth", "VARCHAR", g.col(lambda: v.wareki(g.birth(1940, 2005)), 0.3), DOBTEXT),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.6, 0.05)),
        c("携帯電話", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 1.0, HEAVY_SHARE), HEAVY),
        c("メールアドレス", "email", "VARCHAR", g.col(lambda: v.email(g, "ja"), 0.45)),
        c("郵便番号", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("住所", "street_address", "VARCHAR", [f"石川県{p[0]}{g.rnd.choice(v.JA_BLOCKS)}" for p in places],
          PREMISES),
        c("市区町村", "city", "VARCHAR", [p[0] for p in places]),
        c("建物名", "street_address", "VARCHAR", g.col(g.pick(v.JA_BUILDINGS), HEAVY_SHARE), HEAVY),
        c("使用開始日", N, "DATE", g.days("2025-03-01", "2025-12-20"), "decoy", EVENT),
        c("メーター番号", N, "VARCHAR", g.col(lambda: g.code("99-999999")), "decoy", METER),
        c("口径", N, "VARCHAR", g.col(g.pick(["13mm", "20mm", "25mm"])), "decoy"),
        c("旧使用者名", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ja"), 0.5), ROLE),
        c("立会者", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ja"), HEAVY_SHARE), ROLE, HEAVY),
        c("管理会社", N, "VARCHAR", [managers[i][0] for i in man], "business"),
        c("管理会社電話", N, "VARCHAR", [managers[i][1] for i in man], "business"),
        c("管理会社法人番号", N, "VARCHAR", [managers[i][2] for i in man], "business", CHECK),
        c("受付担当", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("自由項目2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("備考", "free_text", "VARCHAR", g.sparse(bikou, 0.78, _words("なし", "特になし")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (az_move_requests, 600), (nz_solar_buyback, 380), (sc_prepay_support, 450), (za_disconnections, 700),
    (ie_gas_jobs, 500), (ky_move_orders_cobol, 550), (in_rooftop_staging, 500), (my_app_profiles, 450),
    (br_ordem_corte, 650), (ch_feed_in, 350), (mx_padron_adeudo, 600), (it_subentri, 550), (be_budgetmeter, 400),
    (ua_teplo_borg, 500), (ja_kaiheisen, 320),
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
