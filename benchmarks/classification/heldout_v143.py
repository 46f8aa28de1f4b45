"""Held-out set v143 for the column classifier: 15 tables of *parcel couriers and logistics* (senders and
recipients of same-day shipments, a parcel locker network's pick-ups, damage and loss claims, cash-on-delivery
collections and waybills, age-verified deliveries, walk-in shipper accounts, import KYC and customs declarations of
private importers, returns and reverse logistics, a parcel hub's seasonal staff, hand-outs at branches and parcel
lockers and subcontracted owner-drivers with their routes), one system per table and each a different organisation,
eight with English column names and seven in other languages:

* ``hudson_sameday.shipments``: a Jersey City same-day courier's shipments from local shops to private recipients
  (snake case: the shop's contact who booked, recipients, the proof-of-delivery signer, drivers, drop-off
  coordinates, ``misc_1`` holding personal data);
* ``harbourLockers.lockerPickups``: a Halifax parcel locker network's pick-ups (camel case: locker sites and their
  addresses and postal codes, access PINs, an alternate pick-up person, app IPs and versions, support agents,
  ``customField2`` holding handling codes only);
* ``WestCountryCouriers.DamageClaims``: a Bristol courier's damage and loss claims (Pascal case: claimants, payout
  IBANs and account names, retailers and their phones, photo hashes, claims handlers and ``ApprovedBy``, ``Udf3``);
* ``COD_JHB.COLLECTIONS_2025``: a Johannesburg courier's cash-on-delivery collections (SCREAMING case: South African
  ID numbers mixed with Zimbabwean, Malawian and Mozambican passports in one column, waybill numbers of 13 digits
  failing the ID check, suburbs, card last four digits, merchants, drivers and the depot ``CASHIER``,
  ``CUSTOM_FIELD_2``);
* ``vicxp_ops.agechk_dlv``: a Melbourne courier's age-verified liquor deliveries (abbreviated: ``rcpt_fnm``,
  ``ctc_ph``, ``addr_ln1``, ``dob_dt`` as ``dd/mm/yyyy`` text, Victorian driver licence or passport numbers, the
  retailers' ABN, signature hashes, ``udf3`` holding codes only);
* ``PKGLEGACY.SHPRACCT``: an Indianapolis parcel carrier's walk-in shipper credit accounts, a COBOL extract (legacy:
  padded CHAR, ``CUST-LAST-NM``, ``YYYYMMDD`` integers for the birth date and the account's dates, SSN, ZIP and phone
  as numbers with 0 for missing, a second address line mostly blank, branches and their phones, the clerk who opened
  the account, ``SHP-USER-FLD-2`` holding personal data, ``SHP-USER-FLD-3`` codes);
* ``stg_delxp.src_kyc_raw``: a Delhi express courier's import KYC for customs clearance of personal shipments as an
  opaque staging table (``col01`` to ``col19``: PAN, Aadhaar, a ``dd-mm-yyyy`` birth date, form numbers failing the
  Verhoeff check, HS codes, hashes, upload IPs, a custom field with personal data);
* ``returnhub_ie.return_events_json``: a Dublin returns platform's events flattened from JSON to dotted keys
  (``customer.name.first``, ``customer.address.eircode``, ``refund.iban``, ``meta.ip``, drop-off points and their
  Eircodes, ``meta.custom2``, ``agent.handled_by``);
* ``paketzentrum_wien.saisonkraefte``: a Vienna parcel hub's seasonal sorting staff (Austrian German: ``zuname``,
  ``geb_datum``, the SV number encoding the birth date, badge numbers written like SV numbers failing the check,
  ``stiege`` and ``tuer``, IBAN, the shift lead, the emergency contact and phone, ``zusatzfeld_1``);
* ``courtage_colis_mtl.declarations_importation``: a Montreal courier's customs declarations of parcels imported by
  private persons (Canadian French: ``prenom_dest``, ``app``, ``courriel_dest``, CBSA transaction numbers, HS codes,
  the business number of importers buying for a business (about a third), brokerage agents, ``champ_perso_2``
  holding codes only);
* ``mensajeria_aburra.guias_contraentrega``: a Medellín courier's cash-on-delivery waybills (Colombian Spanish: both
  family names in one column, cédulas beside cédulas de extranjería and Venezuelans' PPT numbers in one column,
  Colombian addresses (``Cra 43A # 18 Sur-135``), ``barrio``, senders' NIT, couriers, ``campo_adicional_2``);
* ``transp_araucaria.logistica_reversa``: a Curitiba carrier's reverse logistics (Brazilian Portuguese: CPF, CEP,
  ``logradouro``, ``numero``, ``complemento``, ``bairro``, the shops' CNPJ, NF-e keys, the collecting driver and the
  attendant's first name, ``campo_extra_1`` holding codes only);
* ``kurier_lodz.reklamacje_szkody``: a Łódź courier's damage claims (Polish: PESEL of Polish claimants beside
  Ukrainian and Belarusian document numbers in ``nr_dokumentu``, claim numbers of 11 digits failing the PESEL check,
  ``nr_domu`` and ``nr_lokalu``, account numbers as IBAN or NRB, senders' NIP, the adjuster and ``zatwierdzil``);
* ``доставка_львів.видача_посилок``: a Lviv delivery company's parcels handed out at branches and parcel lockers
  (Ukrainian, Cyrillic names and values: ``по_батькові``, the РНОКПП encoding the birth date, passports and ID
  cards, waybill numbers, pick-up codes, cash on delivery, a proxy, senders' ЄДРПОУ, operators);
* ``keikamotsu_fukuoka.itaku_doraibaa_daichou``: a Fukuoka light-cargo company's register of subcontracted
  owner-drivers (romanized Japanese names, values in kanji and katakana: the birth date split into ``umare_nen``,
  ``umare_tsuki`` and ``umare_hi``, My Number, driving licence numbers, black-plate vehicles, route areas, the
  emergency contact, the office's phone and the main contractor's corporate number, ``jiyuu_koumoku_1``).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the structure and labeling conventions of
v98 (its two modules and its test), ``tests/heldout_support.py``, v107's docstring and test, the ``Column``/``Table``
classes and writer of v2 and v4, the module docstrings of v24 to v134 (to avoid their domains and follow their
labeling conventions; v59 had logistics, postal, courier, customs and freight systems, and every organisation here is
new), the ruff section of ``pyproject.toml`` and the documentation and sources of python-stdnum and phonenumbers. The
paragraphs of the docstrings of v11 to v23 about split dates of birth and identifiers of several countries were also
seen while the conventions were looked up. The classifier was not run on this set while it was written, no scorer
was run on it, and no score was looked at.

Labeling choices a reader may question:

* a US SSN and an Austrian SV number are ``ssn``; a South African ID number, Zimbabwean, Malawian, Mozambican,
  Ukrainian, Belarusian and Australian passports, Ukrainian ID cards, a Victorian or Japanese driving licence, PAN,
  Aadhaar, a cédula, a cédula de extranjería, a PPT, CPF, PESEL, the РНОКПП and My Number are ``national_id``;
  driving licences and passports have no public check digit and are generated by shape only (tag ``licence`` on the
  driving licence columns); a column holding identifiers of several countries is ``national_id`` (tag
  ``multi_country``);
* shipment, waybill, tracking, consignment, claim, RMA, receipt, form, badge, CBSA transaction and authorisation
  numbers, NF-e keys, SKUs, HS codes, hashes, app versions and event timestamps are ``none`` (tag ``decoy``,
  ``value_shape`` when shaped like an identifier; the waybill, badge, claim and form numbers fail the check of the
  ID number they look like); a card's last four digits, locker PINs and pick-up codes (tag ``credential``), drop-off
  coordinates (tag ``coordinates``), compartment, branch and parcel locker numbers, route areas and an owner-driver's
  vehicle plate (tag ``vehicle``) are ``none``;
* shops', retailers', merchants', carriers' and senders' names, addresses, phones and tax numbers (ABN, BN, NIT,
  CNPJ, NIP, ЄДРПОУ, a Japanese corporate number), locker sites and their postal codes, drop-off points and their
  Eircodes, branches' and offices' phones are ``none`` (tag ``business``);
* drivers, couriers, clerks, claims handlers, approvers (``ApprovedBy``, ``zatwierdzil``), the depot ``CASHIER``,
  support and brokerage agents, shift leads, adjusters, operators and the attendant are staff (``person_name``, tag
  ``staff``), a first name alone ``first_name`` and a family name alone ``last_name``; the shop's contact who booked a
  shipment, the proof-of-delivery signer, an alternate pick-up person, an emergency contact and a proxy are personal
  (tag ``role_word``); a payout account's holder is ``person_name``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding handling, route or service codes only are ``none`` (tags ``decoy`` and ``custom_plain``); remarks and
  notes naming people are ``free_text``;
* the Ukrainian patronymic (``по_батькові``) is ``first_name``; Colombian ``destinatario_apellidos`` with both family
  names is ``last_name``; the katakana reading of a name is ``person_name``;
* every part of an address in its own column (``recipient_address2``, ``stiege``, ``tuer``, ``app``, ``numero``,
  ``complemento``, ``nr_domu``, ``nr_lokalu``) is ``street_address`` (tag ``split_address``); a suburb, a barrio and
  a bairro are ``city`` (tag ``locality``), as is a Japanese municipality; states, provinces, a Bundesland, a
  departamento, a UF, a województwo, a county and a prefecture are ``none``;
* dates of birth as DATE, as ``dd/mm/yyyy`` and ``dd-mm-yyyy`` text, as ``YYYYMMDD`` integers and split into year,
  month and day integers (each part ``date_of_birth``, tag ``split_dob``) are ``date_of_birth``; account opening,
  shipment, pick-up, release, hire, contract and claim dates are ``none``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty (or blank padded) strings. Every value
is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with python-stdnum for
check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v143_values`, written for v143 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v143 [PATH]`` (default ``/tmp/heldout_v143.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v143``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v143_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v143_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v143.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # drivers, couriers, clerks, agents, handlers, cashiers (few distinct)
ROLE = "role_word"  # a role word (contact, signer, alternate, proxy, emergency contact ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
MULTI = "multi_country"  # identifiers of people of several countries in one column
SPLIT = "split_address"  # a part of a street address in its own column
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column
LOCALITY = "locality"  # a neighbourhood (barrio, bairro) or suburb
COORD = "coordinates"
CRED = "credential"  # an access PIN or a pick-up code
FLEET = "vehicle"
LICENCE = "licence"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "NULL", "none") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _custom(g: Gen, region: str, lang: str, null: float = 0.3, areas: list[str] | None = None) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, g.rnd.choice(["national", "e164"]), True, areas)
        if r < 0.7:
            a, b = v.person(g, lang)
            return v.email_of(g, a, b, v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _codes(g: Gen, layouts: list[str], null: float = 0.3) -> list[str | None]:
    """An opaque custom field holding codes only (handling, route or promotion codes)."""
    return g.col(lambda: g.code(g.rnd.choice(layouts)), null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_shipments(g: Gen) -> Table:
    """A Jersey City same-day courier's shipments from local shops to private recipients (snake case)."""
    shops = [(name, f"{g.rnd.randint(10, 900)} {g.rnd.choice(v.NJ_STREETS)}",
              g.phone("US", "national", False, v.NJ_AREAS), _staff(g, 2, "us")) for name in v.SHOPS_US]
    shop = [g.rnd.randrange(len(shops)) for _ in range(g.rows)]
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NJ_CITIES) for _ in range(g.rows)]
    drivers = _staff(g, 7, "us")

    def note() -> str:
        return g.rnd.choice([f"Leave with doorman {v.given(g)}", "Buzzer broken, call on arrival",
                             f"If not home leave with neighbor {v.whole(g)} in 2B", "Side door, dog in yard",
                             f"Recipient's daughter {v.given(g)} can sign", "Deliver after 5pm only"])

    return Table("hudson_sameday.shipments", "en", "snake", [
        c("shipment_id", N, "BIGINT", g.keys(4_100_001), "decoy", KEY),
        c("tracking_number", N, "VARCHAR", g.col(lambda: g.code("HSD9999999999")), "decoy", SHAPE),
        c("order_ref", N, "VARCHAR", g.col(lambda: g.code("PO-99999"), 0.3), "decoy"),
        c("sender_company", N, "VARCHAR", [shops[i][0] for i in shop], "business"),
        c("sender_address", N, "VARCHAR", [shops[i][1] for i in shop], "business"),
        c("sender_phone", N, "VARCHAR", [shops[i][2] for i in shop], "business"),
        c("sender_contact", "person_name", "VARCHAR", [g.rnd.choice(shops[i][3]) for i in shop], ROLE),
        c("recipient_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("recipient_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("recipient_address1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NJ_STREETS))),
        c("recipient_address2", "street_address", "VARCHAR",
          g.col(lambda: g.rnd.choice(["Apt ", "Unit ", "Fl "]) + g.code("9A"), 0.8), HEAVY),
        c("recipient_city", "city", "VARCHAR", [p[0] for p in places]),
        c("recipient_state", N, "VARCHAR", ["NJ"] * g.rows, "decoy"),
        c("recipient_zip", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("recipient_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.4, "dashes": 0.4, "e164": 0.2}, 0.8,
                                                          0.15, v.NJ_AREAS)),
        c("recipient_email", "email", "VARCHAR", [None if g.rnd.random() < 0.8 else v.email_of(g, a, b,
                                                                                            v.DOMAINS["us"])
                                                  for a, b in pairs], HEAVY),
        c("service_level", N, "VARCHAR", g.col(g.pick(["RUSH 1HR", "SAME DAY", "SCHEDULED", "ROUND TRIP"])), "decoy"),
        c("picked_up_at", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy"),
        c("delivered_at", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30", 0.05), "decoy"),
        c("driver", "person_name", "VARCHAR", g.col(g.pick(drivers)), STAFF),
        c("pod_signed_by", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.35), ROLE),
        c("dropoff_lat", N, "DOUBLE", g.floats(40.66, 40.80, 6), "decoy", COORD),
        c("dropoff_lon", N, "DOUBLE", g.floats(-74.12, -74.02, 6), "decoy", COORD),
        c("declared_value", N, "DOUBLE", g.amounts(5, 900), "decoy"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("delivery_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words()), NULLWORD),
    ])


def ca_lockers(g: Gen) -> Table:
    """A Halifax parcel locker network's pick-ups (camel case)."""
    sites = [(name, f"{g.rnd.randint(10, 6_000)} {g.rnd.choice(v.NS_STREETS)}", v.ca_postal(g, fsa), code)
             for name, fsa, code in (("Quinpool Centre", "B3L", "HFX-011"), ("Sunnyside Mall", "B4A", "BED-004"),
                                     ("Dartmouth Crossing", "B3B", "DRT-020"), ("Truro Station", "B2N", "TRU-002"),
                                     ("Halifax Shopping Centre", "B3L", "HFX-031"))]
    site = [g.rnd.randrange(len(sites)) for _ in range(g.rows)]
    site_codes = {s[2] for s in sites}
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    agents = _staff(g, 4, "ca")
    return Table("harbourLockers.lockerPickups", "en", "camel", [
        c("pickupId", N, "BIGINT", g.keys(220_001), "decoy", KEY),
        c("parcelBarcode", N, "VARCHAR", g.col(lambda: "HL" + g.digits(11) + "CA"), "decoy", SHAPE),
        c("carrierName", N, "VARCHAR", g.col(g.pick(["Intercoastal Express", "Maritime Parcel", "NorthPost",
                                                     "Atlantic Freightways"])), "business"),
        c("lockerSiteCode", N, "VARCHAR", [sites[i][3] for i in site], "decoy"),
        c("lockerSiteName", N, "VARCHAR", [sites[i][0] for i in site], "business"),
        c("lockerSiteAddress", N, "VARCHAR", [sites[i][1] for i in site], "business"),
        c("lockerSitePostalCode", N, "VARCHAR", [sites[i][2] for i in site], "business"),
        c("compartmentNo", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('ABCDEF')}-{g.rnd.randint(1, 48):02d}"),
          "decoy"),
        c("recipientFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("recipientLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("recipientMobile", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.2, "e164": 0.3})),
        c("recipientEmail", "email", "VARCHAR", [None if g.rnd.random() < 0.1 else v.email_of(g, a, b,
                                                                                           v.DOMAINS["ca"])
                                                 for a, b in pairs]),
        c("homePostalCode", "postal_code", "VARCHAR",
          g.col(lambda: g.valid(lambda: v.ca_postal(g, g.rnd.choice(v.NS_CITIES)[1]), lambda x: x not in site_codes),
                0.3)),
        c("accessPin", N, "VARCHAR", g.col(lambda: g.digits(6)), "decoy", CRED),
        c("depositedAt", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30"), "decoy"),
        c("collectedAt", N, "TIMESTAMP", g.moments("2025-08-01", "2025-12-05", 0.1), "decoy"),
        c("expiresOn", N, "DATE", g.days("2025-08-04", "2025-12-05"), "decoy"),
        c("alternatePickupName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.85), ROLE, HEAVY),
        c("lastLoginIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.2)),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("supportAgent", "person_name", "VARCHAR", g.col(g.pick(agents), 0.55), STAFF),
        c("customField2", N, "VARCHAR", _codes(g, ["OVR-99", "R19-OK", "RTS-9D", "COLD-9", "HOLD-9"]), "decoy", PLAIN),
    ])


def gb_damage_claims(g: Gen) -> Table:
    """A Bristol courier's damage and loss claims from private recipients (Pascal case)."""
    retailers = [(name, g.phone("GB", "national", False)) for name in v.RETAILERS_GB]
    ret = [g.rnd.randrange(len(retailers)) for _ in range(g.rows)]
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.BS_TOWNS) for _ in range(g.rows)]
    handlers = _staff(g, 5, "gb")
    approvers = _staff(g, 2, "gb")

    def note() -> str:
        return g.rnd.choice(["Photos show crushed corner, outer box intact", f"Spoke to {v.whole(g, 'gb')} by phone",
                             f"Neighbour {v.given(g, 'gb')} signed, says box was wet", "Duplicate of earlier claim",
                             f"Customer's partner {v.whole(g, 'gb')} to receive payout"])

    return Table("WestCountryCouriers.DamageClaims", "en", "pascal", [
        c("ClaimId", N, "BIGINT", g.keys(61_001), "decoy", KEY),
        c("ClaimReference", N, "VARCHAR", g.col(lambda: g.code("WCC-DC-99999")), "decoy", SHAPE),
        c("ConsignmentNumber", N, "VARCHAR", g.col(lambda: g.code("WC999999999GB")), "decoy", SHAPE),
        c("RetailerName", N, "VARCHAR", [retailers[i][0] for i in ret], "business"),
        c("RetailerPhone", N, "VARCHAR", [retailers[i][1] for i in ret], "business"),
        c("ClaimantTitle", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"]), 0.2), "decoy"),
        c("ClaimantFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("ClaimantSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("ClaimantEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in pairs]),
        c("ClaimantPhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.75,
                                                        0.1)),
        c("AddressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BS_STREETS, "gb"))),
        c("AddressLine2", "street_address", "VARCHAR",
          g.col(lambda: g.rnd.choice(["Flat ", "Basement Flat ", "Apartment "]) + str(g.rnd.randint(1, 40)), 0.8),
          HEAVY),
        c("Town", "city", "VARCHAR", [t[0] for t in towns]),
        c("Postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, t[1]) for t in towns]),
        c("ItemDescription", N, "VARCHAR", g.col(g.pick(["Table lamp", "Dinner set (12pc)", "Road bike wheel",
                                                         "Bookshelf speakers", "Ceramic planter"])), "decoy"),
        c("ItemValueGbp", N, "DOUBLE", g.amounts(8, 650), "decoy"),
        c("DamageType", N, "VARCHAR", g.col(g.pick(["Crushed", "Wet", "Missing item", "Lost in transit"])), "decoy"),
        c("PhotoSha256", N, "VARCHAR", g.col(g.sha256, 0.2), "decoy", SHAPE),
        c("PayoutAccountName", "person_name", "VARCHAR", [None if g.rnd.random() < 0.3 else f"{a} {b}"
                                                          if g.rnd.random() < 0.85 else v.whole(g, "gb")
                                                          for a, b in pairs]),
        c("PayoutIban", "iban", "VARCHAR", g.col(lambda: v.gb_iban(g), 0.3)),
        c("ClaimsHandler", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
        c("ApprovedBy", "person_name", "VARCHAR", g.col(g.pick(approvers), 0.4), STAFF),
        c("SubmittedAt", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
        c("Udf3", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
        c("HandlerNotes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("nil")), NULLWORD),
    ])


def _za_document(g: Gen) -> str:
    """A COD recipient's identity document: a South African ID number, or a neighbouring country's passport."""
    r = g.rnd.random()
    if r < 0.8:
        female = g.rnd.random() < 0.5
        return v.za_id(g, g.birth(1960, 2006), female, g.rnd.random() < 0.93)
    if r < 0.9:
        return g.code("FN999999")  # Zimbabwe
    if r < 0.95:
        return "MA" + g.digits(6)  # Malawi
    return g.code("99AA99999")  # Mozambique


def za_cod_collections(g: Gen) -> Table:
    """A Johannesburg courier's cash-on-delivery collections (SCREAMING case)."""
    merchants = [(name, g.phone("ZA", "national", False)) for name in v.MERCHANTS_ZA]
    mer = [g.rnd.randrange(len(merchants)) for _ in range(g.rows)]
    places = [g.rnd.choice(v.GP_PLACES) for _ in range(g.rows)]
    drivers = _staff(g, 6, "za")
    cashiers = _staff(g, 3, "za")
    method = g.col(g.pick(["CASH", "CASH", "CARD", "CARD", "EFT"]))

    def remark() -> str:
        return g.rnd.choice([f"Paid by brother {v.given(g, 'za')}", "Gate locked, 2nd attempt",
                             f"Collected from {v.whole(g, 'za')} at tuck shop", "Short paid R50, merchant advised",
                             "Client asked to deliver after 17:00"])

    return Table("COD_JHB.COLLECTIONS_2025", "en", "screaming", [
        c("WAYBILL_NO", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
        c("CONSIGNEE_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za").upper()
                                                            if g.rnd.random() < 0.5 else v.whole(g, "za"))),
        c("ID_PASSPORT_NO", "national_id", "VARCHAR", g.col(lambda: _za_document(g), 0.25), MULTI),
        c("MOBILE_NO", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.3, "digits": 0.1})),
        c("ALT_CONTACT_NO", "phone", "VARCHAR", g.phones("ZA", {"national": 1.0}, 0.6, 0.8), HEAVY),
        c("DELIVERY_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GP_STREETS, "za"))),
        c("SUBURB", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
        c("CITY", "city", "VARCHAR", [p[1] for p in places]),
        c("POSTAL_CODE", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("PROVINCE", N, "VARCHAR", ["GAUTENG"] * g.rows, "decoy"),
        c("COD_AMOUNT_ZAR", N, "DOUBLE", g.amounts(89, 4_500), "decoy"),
        c("PAYMENT_METHOD", N, "VARCHAR", method, "decoy"),
        c("CARD_LAST4", N, "VARCHAR", [g.digits(4) if m == "CARD" else None for m in method], "decoy"),
        c("RECEIPT_NO", N, "VARCHAR", g.col(lambda: g.code("JHB-R-9999999")), "decoy", SHAPE),
        c("MERCHANT_NAME", N, "VARCHAR", [merchants[i][0] for i in mer], "business"),
        c("MERCHANT_TEL", N, "VARCHAR", [merchants[i][1] for i in mer], "business"),
        c("DRIVER_NAME", "person_name", "VARCHAR", g.col(g.pick(drivers)), STAFF),
        c("CASHIER", "person_name", "VARCHAR", g.col(g.pick(cashiers), 0.1), STAFF),
        c("GPS_LAT", N, "DOUBLE", g.floats(-26.30, -25.95, 6), "decoy", COORD),
        c("GPS_LON", N, "DOUBLE", g.floats(27.85, 28.25, 6), "decoy", COORD),
        c("COLLECTED_AT", N, "TIMESTAMP", g.moments("2025-07-01", "2025-11-30"), "decoy"),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
        c("DRIVER_REMARKS", "free_text", "VARCHAR", g.sparse(remark, 0.76, _words("NONE")), NULLWORD),
    ])


def au_age_check(g: Gen) -> Table:
    """A Melbourne courier's age-verified liquor deliveries (abbreviated snake case)."""
    retailers = [(name, v.au_abn(g)) for name in v.RETAILERS_AU]
    ret = [g.rnd.randrange(len(retailers)) for _ in range(g.rows)]
    births = g.births(1950, 2007)
    places = [g.rnd.choice(v.MEL_SUBURBS) for _ in range(g.rows)]
    id_type = g.col(g.pick(["DL", "DL", "DL", "PP", "POA"]))
    drivers = _staff(g, 5, "au")

    def rmk() -> str:
        return g.rnd.choice(["Recipient appeared intoxicated, not left", f"Handed to partner {v.given(g, 'au')}, ID ok",
                             "Nobody home, RTS", f"Flatmate {v.whole(g, 'au')} showed own licence"])

    def doc(kind: str) -> str:
        return v.au_passport(g) if kind == "PP" else v.vic_licence(g)

    return Table("vicxp_ops.agechk_dlv", "en", "abbrev", [
        c("dlv_id", N, "BIGINT", g.keys(900_001), "decoy", KEY),
        c("con_no", N, "VARCHAR", g.col(lambda: g.code("VXP9999999")), "decoy", SHAPE, ABBREV),
        c("rtlr_nm", N, "VARCHAR", [retailers[i][0] for i in ret], "business", ABBREV),
        c("rtlr_abn", N, "VARCHAR", [retailers[i][1] for i in ret], "business", SHAPE, ABBREV),
        c("rcpt_fnm", "first_name", "VARCHAR", g.col(lambda: v.given(g, "au")), ABBREV),
        c("rcpt_lnm", "last_name", "VARCHAR", g.col(lambda: v.person(g, "au")[1]), ABBREV),
        c("dob_dt", "date_of_birth", "VARCHAR", [f"{d.day:02d}/{d.month:02d}/{d.year}" for d in births], ABBREV),
        c("id_typ", N, "VARCHAR", id_type, "decoy", ABBREV),
        c("id_no", "national_id", "VARCHAR", [doc(t) if g.rnd.random() < 0.95 else None for t in id_type], LICENCE,
          ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 0.9), ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MEL_STREETS, "au")), ABBREV),
        c("addr_ln2", "street_address", "VARCHAR", g.col(lambda: f"Unit {g.rnd.randint(1, 30)}", 0.8), HEAVY, ABBREV),
        c("sbrb", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("pcode", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("st", N, "VARCHAR", ["VIC"] * g.rows, "decoy", ABBREV),
        c("drv_nm", "person_name", "VARCHAR", g.col(g.pick(drivers)), STAFF, ABBREV),
        c("chk_res", N, "VARCHAR", g.col(g.pick(["PASS", "PASS", "PASS", "FAIL-U18", "FAIL-NOID", "REFUSED"])),
          "decoy", ABBREV),
        c("sig_hash", N, "VARCHAR", g.col(g.md5, 0.1), "decoy", SHAPE, ABBREV),
        c("dlv_ts", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30"), "decoy", ABBREV),
        c("app_ver", N, "VARCHAR", g.col(g.version), "decoy", SHAPE, ABBREV),
        c("udf3", N, "VARCHAR", _codes(g, ["CHILL", "2-MEN", "FRG-9", "SUN-9"]), "decoy", PLAIN),
        c("rmk", "free_text", "VARCHAR", g.sparse(rmk, 0.8, _words("nil")), NULLWORD, ABBREV),
    ])


def us_shipper_accounts(g: Gen) -> Table:
    """An Indianapolis parcel carrier's walk-in shipper credit accounts, a COBOL extract (padded CHAR, numbers for
    dates, SSN, ZIP and phones with 0 for missing)."""
    branches = [(name, g.phone("US", "digits", False, v.INDY_AREAS))
                for name in ("INDY EASTSIDE COUNTER", "CARMEL PKG CTR", "GREENWOOD DEPOT")]
    br = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IN_US_CITIES) for _ in range(g.rows)]
    opened = [g.day("1998-01-01", "2025-10-31") for _ in range(g.rows)]
    clerks = sorted({f"{v.given(g)[0]} {v.person(g)[1].upper()}" for _ in range(5)})
    return Table("PKGLEGACY.SHPRACCT", "en", "cobol", [
        c("SHP-ACCT-NO", N, "VARCHAR", [f"IN{400_001 + i:07d}" for i in range(g.rows)], "decoy", KEY, LEGACY),
        c("CUST-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("CUST-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("CUST-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.65 else 0
                                        for _ in range(g.rows)], LEGACY),
        c("CUST-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1938, 2004)) if g.rnd.random() < 0.95 else 0
                                                   for _ in range(g.rows)], LEGACY),
        c("CUST-ADDR-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.IN_US_STREETS)), 30),
          LEGACY),
        c("CUST-ADDR-2", "street_address", "VARCHAR",
          _pad([f"APT {g.rnd.randint(1, 400)}" if g.rnd.random() < 0.2 else "" for _ in range(g.rows)], 12),
          LEGACY, NULLWORD),
        c("CUST-CITY", "city", "VARCHAR", _pad([p[0] for p in places], 18), LEGACY),
        c("CUST-ST", N, "VARCHAR", ["IN"] * g.rows, "decoy", LEGACY),
        c("CUST-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) if len(p[1]) == 3 else int(p[1])
                                                 for p in places], LEGACY),
        c("CUST-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits", g.rnd.random() < 0.7, v.INDY_AREAS))
                                            if g.rnd.random() < 0.85 else 0 for _ in range(g.rows)], LEGACY),
        c("ACCT-OPEN-DT", N, "INTEGER", [_ymd(d) for d in opened], "decoy", SHAPE, LEGACY),
        c("LAST-SHIP-DT", N, "INTEGER", [_ymd(g.day("2024-01-01", "2025-11-30")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("CR-LIMIT", N, "DECIMAL(9,2)", g.col(g.pick([250.0, 500.0, 1000.0, 2500.0])), "decoy", LEGACY),
        c("ACCT-STAT-CD", N, "VARCHAR", g.col(g.pick(["A", "A", "A", "H", "C"])), "decoy", LEGACY),
        c("BRANCH-NM", N, "VARCHAR", _pad([branches[i][0] for i in br], 24), "business", LEGACY),
        c("BRANCH-PHONE", N, "BIGINT", [int(branches[i][1]) for i in br], "business", LEGACY),
        c("OPENED-BY", "person_name", "VARCHAR", _pad(g.col(g.pick(clerks)), 16), STAFF, LEGACY),
        c("SHP-USER-FLD-2", "free_text", "VARCHAR", _pad(_custom(g, "US", "us", 0.3, v.INDY_AREAS), 40), CUSTOM,
          LEGACY),
        c("SHP-USER-FLD-3", N, "VARCHAR", _pad(_codes(g, ["HM9", "NOCOD", "RT99", "KNOWN-SHPR"]), 10), "decoy",
          PLAIN, LEGACY),
    ])


def in_import_kyc(g: Gen) -> Table:
    """A Delhi express courier's import KYC for customs clearance of personal shipments, landed as an opaque
    staging table."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "in")
        born = g.birth(1955, 2006)
        rows.append((f"{a} {b}", v.pan(g, b), f"{born.day:02d}-{born.month:02d}-{born.year}"))
    places = [g.rnd.choice(v.NCR_CITIES) for _ in range(g.rows)]
    return Table("stg_delxp.src_kyc_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", N, "VARCHAR", g.col(lambda: g.code("99999999999")), "decoy", SHAPE, OPAQUE),
        c("col03", "person_name", "VARCHAR", [r[0] for r in rows], OPAQUE),
        c("col04", "national_id", "VARCHAR", [r[1] if g.rnd.random() < 0.85 else None for r in rows], OPAQUE),
        c("col05", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.5), 0.8), OPAQUE, HEAVY),
        c("col06", "date_of_birth", "VARCHAR", [r[2] for r in rows], OPAQUE),
        c("col07", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "intl": 0.2, "national": 0.3}), OPAQUE),
        c("col08", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "in"), v.DOMAINS["in"]), 0.2), OPAQUE),
        c("col09", "street_address", "VARCHAR", g.col(lambda: v.ncr_address(g)), OPAQUE),
        c("col10", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col11", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places], OPAQUE),
        c("col12", N, "VARCHAR", g.col(g.pick(v.HS_CODES)), "decoy", OPAQUE),
        c("col13", N, "DOUBLE", g.amounts(10, 1_200), "decoy", OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.pick(["CN", "US", "AE", "GB", "SG", "DE"])), "decoy", OPAQUE),
        c("col15", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col16", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col18", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1), OPAQUE),
        c("col19", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy", OPAQUE),
    ])


def ie_returns_json(g: Gen) -> Table:
    """A Dublin returns platform's return events, exported as JSON and flattened to dotted keys."""
    points = [(name, v.eircode(g, key)) for name, key in (("Centra Phibsborough", "D07"), ("Spar Rathmines", "D06"),
                                                          ("Applegreen Swords", "K67"), ("Londis Bray", "A98"))]
    point = [g.rnd.randrange(len(points)) for _ in range(g.rows)]
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    agents = _staff(g, 4, "ie")
    return Table("returnhub_ie.return_events_json", "en", "json", [
        c("event.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("event.type", N, "VARCHAR", g.col(g.pick(["return.created", "return.dropped_off", "return.refunded"])),
          "decoy"),
        c("event.ts", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy"),
        c("return.rma", N, "VARCHAR", g.col(lambda: "RMA-" + g.digits(8)), "decoy", SHAPE),
        c("return.reason", N, "VARCHAR", g.col(g.pick(["too_small", "damaged", "not_as_described", "changed_mind"])),
          "decoy"),
        c("return.items.0.sku", N, "VARCHAR", g.col(lambda: g.code("AAA-9999-AA")), "decoy", SHAPE),
        c("return.items.0.qty", N, "INTEGER", g.ints(1, 3), "decoy"),
        c("customer.name.first", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("customer.name.last", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("customer.email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ie"]) for a, b in pairs]),
        c("customer.phone", "phone", "VARCHAR", g.phones("IE", {"e164": 0.6, "national": 0.4}, 0.9, 0.2)),
        c("customer.address.line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"))),
        c("customer.address.line2", "street_address", "VARCHAR",
          g.col(lambda: f"Apartment {g.rnd.randint(1, 120)}", 0.8), HEAVY),
        c("customer.address.town", "city", "VARCHAR", [t[0] for t in towns]),
        c("customer.address.county", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("customer.address.eircode", "postal_code", "VARCHAR", [v.eircode(g, t[2]) for t in towns]),
        c("refund.iban", "iban", "VARCHAR", g.col(lambda: v.ie_iban(g), 0.4)),
        c("refund.amount", N, "DOUBLE", g.amounts(6, 240), "decoy"),
        c("label.tracking", N, "VARCHAR", g.col(lambda: g.code("RH9999999999IE")), "decoy", SHAPE),
        c("dropoff.point.name", N, "VARCHAR", [points[i][0] for i in point], "business"),
        c("dropoff.point.eircode", N, "VARCHAR", [points[i][1] for i in point], "business"),
        c("meta.ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
        c("meta.app_version", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("meta.custom2", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM),
        c("agent.handled_by", "person_name", "VARCHAR", g.col(g.pick(agents), 0.5), STAFF),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def at_saisonkraefte(g: Gen) -> Table:
    """A Vienna parcel hub's seasonal sorting staff (Austrian German, snake case: Zuname, Stiege and Tür)."""
    births = g.births(1962, 2006)
    pairs = [v.person(g, "at") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AT_PLACES) for _ in range(g.rows)]
    leads = _staff(g, 4, "at")
    hub_tel = g.phone("AT", "national", False)
    stiege = g.col(lambda: str(g.rnd.randint(1, 8)), 0.55)

    def anm() -> str:
        return g.rnd.choice(["Krankenstand 3 Tage", f"Fahrgemeinschaft mit {v.whole(g, 'at')}",
                             f"Bruder {v.given(g, 'at')} ebenfalls beschäftigt", "Nur Nachtschicht möglich"])

    return Table("paketzentrum_wien.saisonkraefte", "de", "snake", [
        c("pers_nr", N, "BIGINT", g.keys(77_001), "decoy", KEY),
        c("badge_nr", N, "VARCHAR", g.col(lambda: v.svnr_decoy(g)), "decoy", SHAPE),
        c("vorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("zuname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("geb_datum", "date_of_birth", "DATE", births),
        c("sv_nr", "ssn", "VARCHAR", [v.svnr(g, d) if g.rnd.random() < 0.95 else None for d in births]),
        c("staatsbuergerschaft", N, "VARCHAR", g.col(g.pick(["AT", "AT", "DE", "HU", "RO", "SK", "BA", "RS", "TR"])),
          "decoy"),
        c("strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AT_STREETS, "at"))),
        c("stiege", "street_address", "VARCHAR", stiege, SPLIT),
        c("tuer", "street_address", "VARCHAR", [None if s is None and g.rnd.random() < 0.6 else
                                                f"{g.rnd.randint(1, 40)}{g.rnd.choice(['', '', 'a'])}"
                                                for s in stiege], SPLIT),
        c("plz", "postal_code", "VARCHAR", [p[0] for p in places]),
        c("ort", "city", "VARCHAR", [p[1] for p in places]),
        c("bundesland", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("tel_mobil", "phone", "VARCHAR", g.phones("AT", {"national": 0.6, "intl": 0.2, "00": 0.2})),
        c("e_mail", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, a, b, v.DOMAINS["at"])
                                         for a, b in pairs]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.at_iban(g), 0.1)),
        c("eintritt", N, "DATE", g.days("2025-10-15", "2025-12-01"), "decoy"),
        c("schicht", N, "VARCHAR", g.col(g.pick(["Früh", "Spät", "Nacht"])), "decoy"),
        c("schichtleiter", "person_name", "VARCHAR", g.col(g.pick(leads)), STAFF),
        c("notfallkontakt", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "at"), 0.5), ROLE),
        c("notfall_tel", "phone", "VARCHAR", g.phones("AT", {"national": 1.0}, 0.9, 0.5), ROLE),
        c("standort_tel", N, "VARCHAR", [hub_tel] * g.rows, "business"),
        c("zusatzfeld_1", "free_text", "VARCHAR", _custom(g, "AT", "at"), CUSTOM),
        c("anmerkung", "free_text", "VARCHAR", g.sparse(anm, 0.8, _words("keine", "k.A.", "-/-")), NULLWORD),
    ])


def qc_declarations(g: Gen) -> Table:
    """A Montreal courier's customs declarations of parcels imported by private persons (Canadian French)."""
    pairs = [v.person(g, "qc") for _ in range(g.rows)]
    places = [g.rnd.choice(v.QC_CITIES) for _ in range(g.rows)]
    agents = _staff(g, 4, "qc")

    def note() -> str:
        return g.rnd.choice([f"Facture demandée à {v.whole(g, 'qc')}", "Cadeau, valeur sous 60 $",
                             f"Conjointe ({v.given(g, 'qc')}) a confirmé par téléphone", "Usage personnel"])

    return Table("courtage_colis_mtl.declarations_importation", "fr", "snake", [
        c("no_declaration", N, "BIGINT", g.keys(5_500_001), "decoy", KEY),
        c("no_suivi", N, "VARCHAR", g.col(lambda: g.code("CX999999999US")), "decoy", SHAPE),
        c("no_transaction_asfc", N, "VARCHAR", g.col(lambda: g.code("99999 9999 99999")), "decoy", SHAPE),
        c("expediteur", N, "VARCHAR", g.col(g.pick(v.WEBSHOPS_US)), "business"),
        c("pays_origine", N, "VARCHAR", g.col(g.pick(["US", "US", "US", "CN", "GB"])), "decoy"),
        c("prenom_dest", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nom_dest", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("adresse_dest", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.QC_STREETS, "qc"))),
        c("app", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 12) * 100 + g.rnd.randint(1, 20)),
                                                    0.6), SPLIT),
        c("ville", "city", "VARCHAR", [p[0] for p in places]),
        c("province", N, "VARCHAR", ["QC"] * g.rows, "decoy"),
        c("code_postal", "postal_code", "VARCHAR", [v.ca_postal(g, p[1]) for p in places]),
        c("tel_dest", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.8, 0.05,
                                                   v.QC_AREAS)),
        c("courriel_dest", "email", "VARCHAR", [None if g.rnd.random() < 0.25 else v.email_of(g, a, b,
                                                                                           v.DOMAINS["qc"])
                                                for a, b in pairs]),
        c("description_marchandise", N, "VARCHAR", g.col(g.pick(["Chaussures de course", "Vêtements en coton",
                                                                 "Écouteurs sans fil", "Suppléments alimentaires",
                                                                 "Jouet"])), "decoy"),
        c("code_sh", N, "VARCHAR", g.col(g.pick(v.HS_CODES)), "decoy"),
        c("valeur_declaree", N, "DOUBLE", g.amounts(20, 1_500), "decoy"),
        c("devise", N, "VARCHAR", g.col(g.pick(["USD", "USD", "CAD", "GBP"])), "decoy"),
        c("droits_taxes", N, "DOUBLE", g.amounts(0, 240), "decoy"),
        c("no_entreprise_importateur", N, "VARCHAR", g.col(lambda: v.ca_bn(g), 0.65), "business", SHAPE),
        c("agent_courtage", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("date_mainlevee", N, "DATE", g.days("2025-08-01", "2025-11-30", 0.1), "decoy"),
        c("note_agent", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("s.o.", "aucun")), NULLWORD),
        c("champ_perso_2", N, "VARCHAR", _codes(g, ["B3-99", "COMM-9", "LVS9"]), "decoy", PLAIN),
    ])


def _co_document(g: Gen, female: bool) -> tuple[str, str]:
    """(tipo_doc, número): a cédula de ciudadanía, a foreigner's cédula de extranjería or a Venezuelan's PPT."""
    r = g.rnd.random()
    if r < 0.82:
        return "CC", v.co_cedula(g, female)
    if r < 0.9:
        return "CE", g.digits(6 + g.rnd.randint(0, 1))
    return "PPT", str(g.rnd.randint(1, 6)) + g.digits(6)


def co_contraentrega(g: Gen) -> Table:
    """A Medellín courier's cash-on-delivery waybills (Colombian Spanish, snake case)."""
    senders = [(name, v.co_nit(g)) for name in v.SENDERS_CO]
    snd = [g.rnd.randrange(len(senders)) for _ in range(g.rows)]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "co", female)
        rows.append((a, b, *_co_document(g, female)))
    places = [g.rnd.choice(v.CO_CITIES) for _ in range(g.rows)]
    couriers = _staff(g, 7, "co")

    def obs() -> str:
        return g.rnd.choice([f"Recibe la portería, señor {v.person(g, 'co')[1].split()[0]}", "Cliente no contesta",
                             f"Pagó la hermana {v.given(g, 'co')}", "Dirección incompleta, llamar antes",
                             "Reprogramado para el sábado"])

    return Table("mensajeria_aburra.guias_contraentrega", "es", "snake", [
        c("id_guia", N, "BIGINT", g.keys(1_000_001), "decoy", KEY),
        c("numero_guia", N, "VARCHAR", g.col(lambda: "70" + g.digits(10)), "decoy", SHAPE),
        c("nit_remitente", N, "VARCHAR", [senders[i][1] for i in snd], "business", SHAPE),
        c("remitente", N, "VARCHAR", [senders[i][0] for i in snd], "business"),
        c("destinatario_nombres", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("destinatario_apellidos", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("tipo_doc", N, "VARCHAR", [r[2] for r in rows], "decoy"),
        c("num_doc", "national_id", "VARCHAR", [r[3] for r in rows], MULTI),
        c("celular", "phone", "VARCHAR", g.phones("CO", {"national": 0.6, "e164": 0.2, "digits": 0.2})),
        c("tel_fijo", "phone", "VARCHAR", g.phones("CO", {"national": 1.0}, 0.0, 0.85), HEAVY),
        c("direccion", "street_address", "VARCHAR", g.col(lambda: v.co_address(g))),
        c("barrio", "city", "VARCHAR", g.col(g.pick(v.CO_BARRIOS), 0.2), LOCALITY),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("departamento", N, "VARCHAR", ["Antioquia"] * g.rows, "decoy"),
        c("cod_postal", "postal_code", "VARCHAR", [p[1] + g.digits(2) if g.rnd.random() < 0.5 else None
                                                   for p in places]),
        c("valor_recaudo", N, "DOUBLE", g.col(lambda: float(g.rnd.randint(25, 900) * 1_000)), "decoy"),
        c("estado_recaudo", N, "VARCHAR", g.col(g.pick(["RECAUDADO", "PENDIENTE", "DEVUELTO"])), "decoy"),
        c("mensajero", "person_name", "VARCHAR", g.col(g.pick(couriers)), STAFF),
        c("fecha_entrega", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30", 0.1), "decoy"),
        c("lat_entrega", N, "DOUBLE", g.floats(6.15, 6.35, 6), "decoy", COORD),
        c("lon_entrega", N, "DOUBLE", g.floats(-75.65, -75.52, 6), "decoy", COORD),
        c("campo_adicional_2", "free_text", "VARCHAR", _custom(g, "CO", "co"), CUSTOM),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.75, _words("ninguna", "sin observaciones")),
          NULLWORD),
    ])


def br_logistica_reversa(g: Gen) -> Table:
    """A Curitiba carrier's reverse logistics (returns collected from customers' homes; Brazilian Portuguese)."""
    shops = [(name, v.cnpj(g)) for name in v.SHOPS_BR]
    shop = [g.rnd.randrange(len(shops)) for _ in range(g.rows)]
    places = [g.rnd.choice(v.BR_CITIES) for _ in range(g.rows)]
    drivers = _staff(g, 5, "br")
    attendants = sorted({v.given(g, "br") for _ in range(6)})

    def obs() -> str:
        return g.rnd.choice([f"Entregar ao porteiro {v.given(g, 'br')}", "Cliente ausente, reagendado",
                             f"Produto retirado com a vizinha {v.whole(g, 'br')}", "Embalagem original faltando"])

    return Table("transp_araucaria.logistica_reversa", "pt", "snake", [
        c("id_devolucao", N, "BIGINT", g.keys(310_001), "decoy", KEY),
        c("codigo_autorizacao", N, "VARCHAR", g.col(lambda: g.code("LR999999999BR")), "decoy", SHAPE),
        c("loja", N, "VARCHAR", [shops[i][0] for i in shop], "business"),
        c("cnpj_loja", N, "VARCHAR", [shops[i][1] for i in shop], "business", SHAPE),
        c("chave_nfe", N, "VARCHAR", g.col(lambda: v.nfe_key(g)), "decoy", SHAPE),
        c("nome_cliente", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "br"))),
        c("cpf_cliente", "national_id", "VARCHAR", g.col(lambda: v.cpf(g, g.rnd.random() < 0.6), 0.05)),
        c("email_cliente", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "br"), v.DOMAINS["br"]), 0.15)),
        c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "e164": 0.3})),
        c("cep", "postal_code", "VARCHAR", [f"{p[2]}{g.digits(3)}-{g.digits(3)}" for p in places]),
        c("logradouro", "street_address", "VARCHAR", g.col(g.pick(v.BR_STREETS))),
        c("numero", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(10, 3_900))
                                                        if g.rnd.random() < 0.95 else "s/n"), SPLIT),
        c("complemento", "street_address", "VARCHAR",
          g.col(lambda: g.rnd.choice([f"Apto {g.rnd.randint(11, 1_804)}", f"Casa {g.rnd.randint(1, 9)}",
                                      f"Bloco {g.rnd.choice('ABCD')} Ap {g.rnd.randint(11, 48)}"]), 0.75), SPLIT,
          HEAVY),
        c("bairro", "city", "VARCHAR", g.col(g.pick(v.BR_BAIRROS)), LOCALITY),
        c("cidade", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("sku", N, "VARCHAR", g.col(lambda: g.code("SKU-99999-AA")), "decoy", SHAPE),
        c("motivo", N, "VARCHAR",
          g.col(g.pick(["Arrependimento", "Defeito", "Tamanho errado", "Avaria no transporte"])), "decoy"),
        c("valor_reembolso", N, "DOUBLE", g.amounts(19.9, 1_899), "decoy"),
        c("data_coleta", N, "DATE", g.days("2025-07-01", "2025-11-30", 0.1), "decoy"),
        c("coletor", "person_name", "VARCHAR", g.col(g.pick(drivers)), STAFF),
        c("atendente", "first_name", "VARCHAR", g.col(g.pick(attendants)), STAFF),
        c("obs", "free_text", "VARCHAR", g.sparse(obs, 0.78, _words("sem obs", "nenhuma")), NULLWORD),
        c("campo_extra_1", N, "VARCHAR", _codes(g, ["REV-9", "PCT9", "SEDEX-9"]), "decoy", PLAIN),
    ])


def _pl_document(g: Gen, female: bool) -> str:
    """A claimant's document in Poland: PESEL for most, a Ukrainian passport or ID card, a Belarusian passport."""
    r = g.rnd.random()
    if r < 0.72:
        return v.pesel(g, g.birth(1950, 2006), female)
    if r < 0.92:
        return v.ua_document_latin(g)
    return v.by_passport(g)


def pl_reklamacje(g: Gen) -> Table:
    """A Łódź courier's damage claims (Polish, snake case)."""
    senders = [(name, v.nip(g)) for name in v.SENDERS_PL]
    snd = [g.rnd.randrange(len(senders)) for _ in range(g.rows)]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        ukrainian = g.rnd.random() < 0.2
        a, b = v.person(g, "ua_lat" if ukrainian else "pl", female)
        rows.append((a, b, _pl_document(g, female)))
    places = [g.rnd.choice(v.PL_PLACES) for _ in range(g.rows)]
    adjusters = _staff(g, 4, "pl")
    approvers = _staff(g, 2, "pl")

    def opis() -> str:
        return g.rnd.choice(["Karton zgnieciony, szkło pęknięte", f"Paczkę odebrała sąsiadka {v.whole(g, 'pl')}",
                             f"Zgłoszenie w imieniu męża, {v.given(g, 'pl')}", "Brak zawartości po otwarciu"])

    def postcode(p: tuple[str, str, str]) -> str:
        head = p[1]
        if head == "9":
            return f"9{g.rnd.randint(0, 4)}-{g.digits(3)}"
        if head == "0":
            return f"0{g.rnd.randint(0, 4)}-{g.digits(3)}"
        return head + g.digits(6 - len(head))

    return Table("kurier_lodz.reklamacje_szkody", "pl", "snake", [
        c("id_reklamacji", N, "BIGINT", g.keys(18_001), "decoy", KEY),
        c("nr_reklamacji", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
        c("nr_przesylki", N, "VARCHAR", g.col(lambda: "60" + g.digits(11)), "decoy", SHAPE),
        c("nadawca_firma", N, "VARCHAR", [senders[i][0] for i in snd], "business"),
        c("nip_nadawcy", N, "VARCHAR", [senders[i][1] for i in snd], "business", SHAPE),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nr_dokumentu", "national_id", "VARCHAR", [r[2] for r in rows], MULTI),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.95)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.2 else v.email_of(g, r[0], r[1], v.DOMAINS["pl"])
                                        for r in rows]),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"))),
        c("nr_domu", "street_address", "VARCHAR",
          g.col(lambda: f"{g.rnd.randint(1, 250)}{g.rnd.choice(['', '', 'a'])}"), SPLIT),
        c("nr_lokalu", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 90)), 0.55), SPLIT),
        c("kod_pocztowy", "postal_code", "VARCHAR", [postcode(p) for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("wojewodztwo", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("nr_rachunku", "iban", "VARCHAR", g.col(lambda: v.pl_iban(g, g.rnd.random() < 0.5), 0.2)),
        c("kwota_roszczenia", N, "DOUBLE", g.amounts(20, 3_000), "decoy"),
        c("rodzaj_szkody", N, "VARCHAR", g.col(g.pick(["uszkodzenie", "ubytek", "zaginięcie", "opóźnienie"])), "decoy"),
        c("data_zgloszenia", N, "DATE", g.days("2025-03-01", "2025-11-30"), "decoy"),
        c("likwidator", "person_name", "VARCHAR", g.col(g.pick(adjusters)), STAFF),
        c("zatwierdzil", "person_name", "VARCHAR", g.col(g.pick(approvers), 0.3), STAFF),
        c("opis", "free_text", "VARCHAR", g.sparse(opis, 0.76, _words("brak", "b/d")), NULLWORD),
        c("pole_dodatkowe_1", N, "VARCHAR", _codes(g, ["LDX-99", "PRIO-9", "K9"]), "decoy", PLAIN),
    ])


def ua_vydacha(g: Gen) -> Table:
    """A Lviv delivery company's parcels handed out at branches and parcel lockers (Ukrainian, Cyrillic names)."""
    senders = [(name, v.edrpou(g)) for name in v.SENDERS_UA]
    snd = [g.rnd.randrange(len(senders)) for _ in range(g.rows)]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        male, fem, fam = v.NAMES["ua"]
        a = g.rnd.choice(fem if female else male)
        father = g.rnd.choice(male)
        born = g.birth(1950, 2006)
        rows.append((a, g.rnd.choice(fam), v.UA_PATRONYMIC[father][1 if female else 0], born,
                     v.rntrc(g, born, female) if g.rnd.random() < 0.6 else None))
    places = [g.rnd.choice(v.UA_PLACES) for _ in range(g.rows)]
    operators = _staff(g, 5, "ua")
    lockers = g.col(lambda: f"Поштомат №{g.rnd.randint(1_000, 9_999)}", 0.6)

    def note() -> str:
        return g.rnd.choice([f"Отримала сестра {g.rnd.choice(v.NAMES['ua'][1])}", "Пошкоджене пакування",
                             f"Довіреність на {g.rnd.choice(v.NAMES['ua'][2])} {g.rnd.choice(v.NAMES['ua'][0])}",
                             "Повернення відправнику"])

    return Table("доставка_львів.видача_посилок", "uk", "snake", [
        c("ід_видачі", N, "BIGINT", g.keys(3_300_001), "decoy", KEY),
        c("номер_ттн", N, "VARCHAR", g.col(lambda: "2045" + g.digits(10)), "decoy", SHAPE),
        c("відправник", N, "VARCHAR", [senders[i][0] for i in snd], "business"),
        c("єдрпоу_відправника", N, "VARCHAR", [senders[i][1] for i in snd], "business", SHAPE),
        c("прізвище", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("імя", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("по_батькові", "first_name", "VARCHAR", [r[2] for r in rows]),
        c("іпн", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("дата_народження", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("документ", "national_id", "VARCHAR", g.col(lambda: v.ua_passport(g), 0.3)),
        c("телефон", "phone", "VARCHAR", g.phones("UA", {"national": 0.5, "e164": 0.4, "intl": 0.1})),
        c("населений_пункт", "city", "VARCHAR", [p[0] for p in places]),
        c("індекс", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("адреса_доставки", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.UA_STREETS, "ua"), 0.75), HEAVY),
        c("відділення", N, "VARCHAR", [None if x else f"Відділення №{g.rnd.randint(1, 120)}" for x in lockers],
          "decoy"),
        c("поштомат", N, "VARCHAR", lockers, "decoy"),
        c("код_отримання", N, "VARCHAR", g.col(lambda: g.digits(6)), "decoy", CRED),
        c("наложений_платіж", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(150, 8_000), 2), 0.5), "decoy"),
        c("довірена_особа", "person_name", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(v.NAMES['ua'][2])} {g.rnd.choice(v.NAMES['ua'][0] + v.NAMES['ua'][1])}", 0.85),
          ROLE, HEAVY),
        c("оператор", "person_name", "VARCHAR", g.col(g.pick(operators), 0.05), STAFF),
        c("видано_о", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
        c("примітка", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("немає", "—")), NULLWORD),
    ])


def ja_itaku_doraibaa(g: Gen) -> Table:
    """A Fukuoka light-cargo company's register of subcontracted owner-drivers (romanized Japanese names, Japanese
    values, the birth date split into year, month and day)."""
    pairs = [v.person(g, "ja") for _ in range(g.rows)]
    births = g.births(1958, 2004)
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    leads = sorted({g.rnd.choice(v.NAMES["ja"][2]) for _ in range(6)})
    office = g.phone("JP", "national", False)
    corporate = v.jp_corporate(g)

    def bikou() -> str:
        return g.rnd.choice(["軽バン持込", f"妻の{g.rnd.choice(v.NAMES['ja'][1])}さんが代理で連絡", "土日のみ稼働",
                             f"紹介者 {v.whole(g, 'ja')}"])

    def plate() -> str:
        office = g.rnd.choice(["福岡", "北九州", "久留米", "筑豊"])
        return f"{office} 4{g.digits(2)} {g.rnd.choice('あいうえかきくけこ')} {g.digits(2)}-{g.digits(2)}"

    return Table("keikamotsu_fukuoka.itaku_doraibaa_daichou", "ja", "snake", [
        c("doraibaa_id", N, "BIGINT", g.keys(5_001), "decoy", KEY),
        c("shimei", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("shimei_kana", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in pairs]),
        c("umare_nen", "date_of_birth", "INTEGER", [d.year for d in births], SPLIT_DOB),
        c("umare_tsuki", "date_of_birth", "INTEGER", [d.month for d in births], SPLIT_DOB),
        c("umare_hi", "date_of_birth", "INTEGER", [d.day for d in births], SPLIT_DOB),
        c("my_number", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.75), HEAVY),
        c("menkyo_bangou", "national_id", "VARCHAR", g.col(lambda: v.jp_licence(g)), LICENCE),
        c("keitai_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2})),
        c("meeru", "email", "VARCHAR", g.col(lambda: v.romaji_email(g, v.DOMAINS["ja"]), 0.3)),
        c("yuubin_bangou", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("todoufuken", N, "VARCHAR", ["福岡県"] * g.rows, "decoy"),
        c("shikuchouson", "city", "VARCHAR", [p[0] for p in places]),
        c("juusho", "street_address", "VARCHAR", g.col(lambda: v.ja_address(g))),
        c("sharyou_bangou", N, "VARCHAR", g.col(plate), "decoy", FLEET),
        c("haisou_kuiki", N, "VARCHAR", g.col(lambda: g.code("FK-A99")), "decoy"),
        c("kinkyuu_renrakusaki", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ja"), 0.2), ROLE),
        c("kinkyuu_denwa", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.8, 0.2), ROLE),
        c("keiyaku_kaishi_bi", N, "DATE", g.days("2019-04-01", "2025-10-31"), "decoy"),
        c("tantousha", "last_name", "VARCHAR", g.col(g.pick(leads)), STAFF),
        c("eigyousho_denwa", N, "VARCHAR", [office] * g.rows, "business"),
        c("motouke_houjin_bangou", N, "VARCHAR", [corporate] * g.rows, "business", SHAPE),
        c("jiyuu_koumoku_1", N, "VARCHAR", _codes(g, ["A-9", "REITOU", "KUROBO9"]), "decoy", PLAIN),
        c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.78, _words("なし", "特になし")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_shipments, 700), (ca_lockers, 600), (gb_damage_claims, 450), (za_cod_collections, 650), (au_age_check, 500),
    (us_shipper_accounts, 550), (in_import_kyc, 600), (ie_returns_json, 500), (at_saisonkraefte, 300),
    (qc_declarations, 500), (co_contraentrega, 650), (br_logistica_reversa, 550), (pl_reklamacje, 400),
    (ua_vydacha, 550), (ja_itaku_doraibaa, 240),
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
