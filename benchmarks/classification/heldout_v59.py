"""Held-out set v59 for the column classifier: 15 tables of *logistics, postal, courier, customs and freight*
systems, one system per table and each a different organisation, nine with English column names (England, New
Zealand, the United States, Singapore, Canada and a Miami forwarder's Jamaican customers) and six in Italian, Greek
(Greek script), Czech, Danish, Japanese (kanji and katakana) and European Portuguese, in snake, camel, Pascal and
SCREAMING case, with abbreviations (``rcpt_nm``, ``cust_fnm``, ``ctc_ph``, ``addr_ln1``), source prefixes
(``src_hris_col17``) and opaque custom fields (``attr7``, ``Misc1``, ``πεδίο_2``):

* ``pod_app.stop_events``: a Leeds parcel carrier's last-mile driver app, one row per delivery stop (recipients,
  delivery instructions, safe places, neighbours who took the parcel, the proof-of-delivery signatory, photo and
  signature hash, GPS fix, drivers and their vans);
* ``NZP_REDIR.REDIRECTION_ORDERS``: a New Zealand postal operator's mail-redirection orders (old and new addresses,
  other household members, the identity document checked, deceased-estate redirections);
* ``MailboxHub.BoxHolders``: a Houston private-mailbox store's box holders (USPS Form 1583: home address, photo ID,
  authorised recipients, forwarding address, a card kept in clear, the store's notary);
* ``xborder_api.outboundParcels``: a Birmingham fulfilment company's cross-border parcels from British web shops to
  consumers in five EU countries (IOSS and EORI numbers, S10 item numbers, checkout IPs, gift messages);
* ``fwd_docs.house_bl``: a Singapore freight forwarder's house bills of lading (shippers, consignees and notify
  parties, container and IMO numbers, the consignee's contact person);
* ``clearit.casual_import_entries``: a Windsor (Ontario) customs broker's casual import declarations for private
  importers who bought goods in the United States;
* ``wfm_export.shift_roster``: a Louisville third-party warehouse's weekly shift roster merged from the time clock and
  the HR system (``src_kronos_*``, ``src_hris_col03`` to ``src_hris_col22``: names, date of birth, SSN, home address);
* ``DGD.SHIPPER_DECLARATIONS``: an East Midlands air-cargo agent's shipper's declarations for dangerous goods (UN
  numbers, proper shipping names, air waybills with their check digit, signatories, 24-hour emergency contacts);
* ``skylink_fwd.pkg_receipts``: a Miami freight forwarder's packages received for its Jamaican customers' US suites
  (``cust_fnm``, ``ctc_ph``, TRN for customs, master air waybills, authorised collectors, ``src_crm_col17``);
* ``sdoganamenti.dichiarazioni_privati``: a Milan customs forwarder's import declarations for private persons
  receiving parcels from outside the EU (Italian: codice fiscale, ``luogo_nascita``, the refund IBAN);
* ``express_thess.αποστολές``: a Thessaloniki courier's cash-on-delivery shipments to private recipients (Greek
  script: ``επώνυμο_παραλήπτη``, ``ΤΚ``, ``ΑΔΤ_παραλήπτη``, the e-shops' ΑΦΜ);
* ``vratky_eshop.reklamace``: a Brno fulfilment centre's returns and warranty claims of an electronics e-shop (Czech:
  refund IBAN, EAN, serial numbers, marketplace sellers' IČO);
* ``vognmand_padborg.koerselsordrer``: a Padborg haulier's transport orders and CMR consignment notes (Danish, camel
  case: consignors and consignees are companies, their contact persons, drivers, who signed for the goods);
* ``トランクルーム.契約者台帳``: a Yokohama self-storage operator's contract ledger (Japanese column names: kanji names
  with katakana readings, driving-licence numbers, emergency contacts, the guarantee company's corporate number);
* ``mudancas_porto.Servicos``: a Porto moving company's removals with furniture storage (Portuguese, Pascal case: NIF
  for the invoice, origin and destination homes, the crew leader, the storage deposit's IBAN).

Written **blind**, like v2 to v55: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v55 (to avoid their domains) and of v55's test (for what
the test checks), the ``Column``/``Table`` classes and writer they build on (``heldout_v2.py``, ``heldout_v4.py``), the
ruff section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. The classifier was not run on this
set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was adjusted to
what the classifier does. It was written under a short deadline, so some labels below are quick decisions rather than
settled conventions. It imports no earlier set's value module: its random source, name lists, streets, towns, postal
codes and identifier builders are its own (:mod:`benchmarks.classification.heldout_v59_values`; the generic ``Gen``
helpers were copied from v27's).

What is new against v2 to v55: the logistics chain itself. Earlier sets touched it at its edges (v11 a last-mile
delivery table, v26 a Brazilian courier register and a moving company's SAP customer master, v30 a Chinese exporter's
customs declarations, v35 a logistics company's shipment-recipient file, v37 a Chinese courier's waybills, v42 a
distribution centre's badge log, v51 a returns portal and a Yamato label export, v53 a Mexico City mover's quotes);
every organisation and shape here is new: proof of delivery, mail redirection, a commercial mail-receiving agency,
IOSS parcels, house bills of lading, casual customs entries, a merged warehouse roster, dangerous-goods declarations,
a Caribbean forwarding suite, Italian private-import declarations, Greek cash on delivery, Czech returns, Danish CMR
notes, Japanese self-storage and Portuguese removals.

* parties that are companies (tag ``company_party``, all ``none``): shippers, consignors, consignees and notify
  parties of the bills of lading, the dangerous-goods declarations and the CMR notes, and their addresses, towns,
  postcodes and switchboards (also tag ``business``); beside them the *people* of those companies: the consignee's
  contact person and her work e-mail, the signatory of a dangerous-goods declaration, a 24-hour emergency contact and
  the person who signed for the goods (``person_name``, ``email``, ``phone``);
* proof of delivery (tag ``proof_of_delivery``): who signed (``pod_signatory``, ``υπογραφή_παραλαβής``,
  ``kvitteretAf``: ``person_name``), the neighbour's address a parcel was left at (``street_address``), the photo's
  URL and the signature image's hash (``none``), the GPS fix of the doorstep (``none``, tag ``coordinates``);
* decoys with check digits (tag ``check_digit``, all ``none``): ISO 6346 container numbers, IMO ship numbers, air
  waybill numbers (modulo 7), UPU S10 item numbers, GTIN-13 (EAN) of returned products, and businesses' numbers: a
  Singapore UEN, British EORI (GB VAT), Italian EORI (partita IVA), a Greek ΑΦΜ of e-shops, Czech IČO of
  marketplace sellers, a Danish CVR, a Japanese corporate number;
* other decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier): stop, route, order, parcel, entry,
  transaction, cargo-control, manifest, booking, voucher and CMR numbers, tracking numbers, HS and TARIC codes, UN
  numbers and proper shipping names (tag ``dangerous_goods``), goods descriptions and product names (tag
  ``product_name``), vessel names, UN/LOCODEs, vehicle and trailer plates of the firms' fleets (tag ``fleet``), app
  versions, hashes, processor tokens, storage unit and box numbers;
* opaque custom fields and source prefixes (tags ``opaque``, ``source_prefix``): ``attr7`` (an alternative phone),
  ``attr8`` (a depot bay: ``none``), ``Misc1`` (a text-alert number), ``Misc2`` (a notification code: ``none``),
  ``src_hris_col03`` to ``src_hris_col22`` (first and last name, date of birth as text, SSN, home address, town, ZIP,
  mobile; a pay grade and a hire date: ``none``), ``src_crm_col17`` (an alternate contact: a name, a phone or an
  e-mail by row: ``free_text``, tag ``mixed_kinds``), ``src_crm_col18`` (a tier: ``none``), ``πεδίο_1`` (a routing
  code: ``none``) and ``πεδίο_2`` (a second mobile);
* identifiers with check digits (python-stdnum): the US SSN, the codice fiscale (encoding the row's name, birth date,
  sex and birthplace), the Portuguese NIF of private customers, IBANs of Italy, the Czech Republic and Portugal, a card
  number in clear (Luhn); identity documents by their shape (New Zealand and Texas driving licences and passports, the
  Italian identity card, the Greek ΑΔΤ, Japanese driving licences, the Jamaican TRN); phones of sixteen countries
  (phonenumbers) in national, international, E.164, ``00``, dashed and digits-only forms; IPv4 and IPv6.

Labeling choices a reader may question:

* a party that is mostly companies is ``none`` (tag ``company_party``): ``consignee_name`` of the house bills (about one
  in eight is a private person shipping household goods), ``modtagerNavn`` of the CMR notes (about one in eight a
  private person receiving furniture), the shippers and consignees of the dangerous-goods declarations; a party that is
  mostly private persons is personal: ``importer_name`` of the casual entries (a few companies), the recipients of the
  parcels, the box holders (about one in five boxes is a business's, but Form 1583 names the person who signs), the
  moving customers (``NomeCliente``, a few companies);
* a company's contact person is a person (``consignee_contact``, ``modtagerKontakt``, ``SIGNATORY_NAME``,
  ``EMERGENCY_CONTACT_NAME``: ``person_name``); her work e-mail is ``email`` (tag ``role_email``) and a contact's own
  mobile ``phone``, while a company's switchboard is ``none`` (tag ``business``); ``EMERGENCY_TEL`` holds mostly the
  mobiles of named people (some emergency-response services): ``phone``;
* a neighbour's address where a parcel was left (``nbr_addr``) is ``street_address`` (someone's home); the doorstep's
  GPS fix is ``none`` (tag ``coordinates``), as in earlier sets;
* suburbs, towns, ``περιοχή``, ``mesto``, ``dlvry_town`` and ``Localidade*`` are ``city``; a birthplace
  (``luogo_nascita``) is ``city``; regions, provinces, states, parishes, ``νομός``, ``provincia`` and ``Distrito*``
  are ``none``; the place where a declaration was signed (the shipper's town) is ``none`` (tag ``business``);
* the US SSN is ``ssn``; kinds.py puts every country's social-security number under ``ssn`` but no such number is in
  this set, so every other personal number is ``national_id``: the codice fiscale, the Portuguese NIF of a person,
  the Jamaican TRN, driving licences, passports and identity cards (``ID_NUMBER``, ``PhotoIdNumber``,
  ``numero_documento``, ``ΑΔΤ_παραλήπτη``, ``本人確認書類番号``);
* record numbers of the organisations (stop, order, entry, suite, account, box, contract and employee numbers, badge
  ids) are ``none`` (tag ``join_key``); a Miami suite number (``suite_no``) is a customer account, not an address;
* the last four digits of a card are ``none`` (tag ``partial``); door codes, access PINs, storage PINs and a box's key
  number are ``none`` (tag ``credential``);
* staff are ``person_name`` (tag ``staff``, 2-8 distinct: drivers, notaries, documentation clerks, brokers'
  agents, supervisors, acceptance checkers, crew leaders), ``first_name`` when only a first name is kept
  (``rcvd_by``, ``operatore``, ``posoudil``) and ``last_name`` when only a family name (``担当者``); logins are
  ``unclassified`` (tag ``username``), batch connectors ``none`` (tag ``service_account``);
* Japanese ``契約者氏名カナ`` (the katakana reading of the full name) is ``person_name`` like the kanji name;
* delivery instructions, gift messages, notes and handling information naming people (or giving a name with a phone)
  are ``free_text``; a Czech internal note naming no one (``poznamka_interni``) is ``none``; ``ContactoAlternativo``
  and ``src_crm_col17`` (a name, a phone or an e-mail by row) are ``free_text`` (tag ``mixed_kinds``); an inventory as
  JSON without personal data is ``none`` (tag ``json_plain``).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code and city are ``none`` (tag ``business``); a login is ``unclassified`` (tag ``username``), a service
account ``none``. ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v59_values`, written for v59 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v59 [PATH]`` (default
``/tmp/heldout_v59.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v59``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v59_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v59_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v59.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # people under a role word (signatory, consignee contact, neighbour, collector ...)
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
KEY = "join_key"  # a record number or id of the organisation (none)
ROLE_EMAIL = "role_email"
MULTI = "multi_value"  # several names in one cell
JSON_PLAIN = "json_plain"
PLACEHOLDER = "placeholder"
TOKEN = "tokenized"
PARTIAL = "partial"  # the last four digits of a card (none)
CREDENTIAL = "credential"  # a door code, access PIN or key number (none)
OPAQUE = "opaque"  # an opaque custom field (attr7, Misc1, src_hris_col09, πεδίο_2)
PREFIX = "source_prefix"  # a column named after its source system and position
MIXED = "mixed_kinds"  # a name, a phone or an e-mail by row (free_text)
COORD = "coordinates"
FLEET = "fleet"  # the firm's own vehicles and trailers (none)
CHECK = "check_digit"  # a non-personal identifier with a check digit (none)
PRODUCT = "product_name"
COMPANY = "company_party"  # a shipper, consignor, consignee or notify party that is mostly companies (none)
POD = "proof_of_delivery"
DG = "dangerous_goods"
DOB_TEXT = "dob_text"

BUSINESS = "business"
DECOY = "decoy"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _later(g: Gen, starts: list, lo_min: int, hi_min: int, null: float = 0.0) -> list:
    return [
        None if s is None or g.rnd.random() < null else s + timedelta(minutes=g.rnd.randint(lo_min, hi_min))
        for s in starts
    ]


# -- last mile, redirection, mailboxes ---------------------------------------------------------------------------------


def pod_stop_events(g: Gen) -> Table:
    """A Leeds parcel carrier's driver app, one row per delivery stop: the stop, route and tracking numbers, the
    retailer that sent the parcel (``none``), the recipient's name, phone, e-mail and address, delivery instructions
    (some naming neighbours: ``free_text``), a safe place and a door code (``none``), the driver (few) and login, the
    van, the outcome, who signed, the neighbour's address, the photo, the signature hash, the GPS fix, the app version
    and two opaque attributes (``attr7`` an alternative phone, ``attr8`` a depot bay)."""
    drivers = v.staff(g, 7, lambda: v.whole(g, "uk"))
    logins = {d: v.login(*d.split(" ", 1), 0) for d in drivers}
    vans = [f"Y{g.rnd.choice('ABCDEF')}{g.digits(2)} {g.code('AAA')}" for _ in range(7)]
    van_of = dict(zip(drivers, vans))
    driver = [g.rnd.choice(drivers) for _ in range(g.rows)]
    pairs = [v.person(g, "uk") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.UK_TOWNS) for _ in range(g.rows)]
    outcome = g.rnd.choices(
        ["DELIVERED", "NEIGHBOUR", "SAFE_PLACE", "CARDED", "RETURNED"], [60, 14, 16, 8, 2], k=g.rows
    )
    retailers = [
        "Pennine Outdoor Co.",
        "Northern Loom Textiles",
        "Calder Valley Candles",
        "Aire & Wharfe Books",
        "Brewster's Pet Supplies",
        "Kirkgate Coffee Roasters",
        "Holmfirth Yarn Barn",
    ]
    base = (53.80, -1.55)

    def rcpt(a: str, b: str) -> str:
        return g.rnd.choice(
            [
                f"{a} {b}",
                f"{a} {b}",
                f"{a[0]} {b}",
                f"{'Mrs' if g.rnd.random() < 0.5 else 'Mr'} {b}",
                f"{a} {b}".upper(),
            ]
        )

    def instr() -> str:
        return g.rnd.choice(
            [
                "Please leave in the blue recycling bin",
                "Side gate, knock loudly",
                f"If out leave with {v.whole(g, 'uk')} at no. {g.rnd.randint(2, 90)}",
                "Do not leave on doorstep",
                f"Ring {v.given(g, 'uk')} on arrival, flat buzzer broken",
                "Dog in garden - do not open gate",
                "Leave in porch",
            ]
        )

    def signatory(i: int) -> str | None:
        if outcome[i] == "DELIVERED":
            a, b = pairs[i]
            return g.rnd.choice([f"{a[0]}. {b}", b.upper(), f"{a} {b}", a]) if g.rnd.random() < 0.85 else None
        if outcome[i] == "NEIGHBOUR":
            return v.whole(g, "uk")
        return None

    return Table(
        "pod_app.stop_events",
        "en",
        "snake",
        [
            c("stop_id", N, "BIGINT", g.keys(88_000_001), DECOY, KEY),
            c(
                "route_id",
                N,
                "VARCHAR",
                g.col(lambda: g.code("LS-R0999-202511") + f"{g.rnd.randint(1, 28):02d}"),
                DECOY,
                SHAPE,
            ),
            c("trk_no", N, "VARCHAR", g.col(lambda: g.code("YH99999999999999")), DECOY, SHAPE, ABBREV),
            c("cust_ref", N, "VARCHAR", g.col(lambda: g.code("#99999")), DECOY, SHAPE),
            c("consignor_nm", N, "VARCHAR", g.col(g.pick(retailers)), BUSINESS, ABBREV),
            c("rcpt_nm", "person_name", "VARCHAR", [rcpt(a, b) for a, b in pairs], ABBREV),
            c(
                "rcpt_ph",
                "phone",
                "VARCHAR",
                g.phones("GB", {"national": 0.5, "e164": 0.3, "digits": 0.2}, 0.9, 0.08),
                ABBREV,
            ),
            c(
                "rcpt_email",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS["uk"]) if g.rnd.random() < 0.75 else None for a, b in pairs],
            ),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.uk_street(g)), ABBREV),
            c(
                "addr_ln2",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: g.rnd.choice(
                        [
                            f"Flat {g.rnd.randint(1, 24)}",
                            f"Apartment {g.rnd.randint(1, 60)}",
                            f"{g.rnd.choice(['Beech', 'Holly', 'Aire'])} Court",
                        ]
                    ),
                    0.62,
                ),
                HEAVY,
                ABBREV,
            ),
            c("town", "city", "VARCHAR", [t[0] for t in towns]),
            c("pcode", "postal_code", "VARCHAR", [v.uk_postcode(g, g.rnd.choice(t[1])) for t in towns], ABBREV),
            c("del_instr", "free_text", "VARCHAR", g.col(instr, 0.55), ABBREV),
            c(
                "safe_place",
                N,
                "VARCHAR",
                g.col(g.pick(["Porch", "Shed", "Behind bin", "Garage", "Rear door"]), 0.45),
                DECOY,
            ),
            c(
                "door_cd",
                N,
                "VARCHAR",
                g.col(lambda: g.code("9999") + g.rnd.choice(["", "#", "*"]), 0.6),
                DECOY,
                CREDENTIAL,
                ABBREV,
            ),
            c("drv_nm", "person_name", "VARCHAR", driver, STAFF, ABBREV),
            c("drv_login", USERNAME, "VARCHAR", [logins[d] for d in driver], USER, AUDIT, ABBREV),
            c("van_reg", N, "VARCHAR", [van_of[d] for d in driver], DECOY, FLEET, SHAPE, ABBREV),
            c("stop_seq", N, "INTEGER", g.ints(1, 140), DECOY),
            c("attempt_no", N, "INTEGER", g.col(lambda: g.rnd.choice([1, 1, 1, 1, 2, 3])), DECOY),
            c("outcome", N, "VARCHAR", outcome, DECOY),
            c("pod_signatory", "person_name", "VARCHAR", [signatory(i) for i in range(g.rows)], POD, ROLE),
            c(
                "nbr_addr",
                "street_address",
                "VARCHAR",
                [v.uk_street(g) if o == "NEIGHBOUR" else None for o in outcome],
                POD,
                HEAVY,
            ),
            c(
                "pod_photo_url",
                N,
                "VARCHAR",
                g.col(lambda: f"https://pod.yorkparcel.example/p/{g.uuid()}.jpg", 0.2),
                DECOY,
                SHAPE,
            ),
            c("pod_sig_sha256", N, "VARCHAR", g.col(g.sha256, 0.4), DECOY, SHAPE),
            c(
                "gps_lat",
                N,
                "DOUBLE",
                [round(base[0] + g.rnd.uniform(-0.15, 0.15), 6) for _ in range(g.rows)],
                DECOY,
                COORD,
            ),
            c(
                "gps_lon",
                N,
                "DOUBLE",
                [round(base[1] + g.rnd.uniform(-0.25, 0.25), 6) for _ in range(g.rows)],
                DECOY,
                COORD,
            ),
            c("scanned_at", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-28"), DECOY),
            c("parcel_wt_kg", N, "DOUBLE", g.floats(0.1, 24, 2), DECOY),
            c("svc_lvl", N, "VARCHAR", g.col(g.pick(["NEXTDAY", "48H", "48H", "SAT", "TIMED"])), DECOY, ABBREV),
            c("app_ver", N, "VARCHAR", g.col(g.pick(["4.12.0", "4.12.1", "4.13.0"])), DECOY, SHAPE),
            c("attr7", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "e164": 0.4}, 0.8, 0.78), OPAQUE, HEAVY),
            c("attr8", N, "VARCHAR", g.col(lambda: f"BAY-{g.digits(2)}", 0.3), DECOY, OPAQUE),
        ],
    )


def nz_redirection(g: Gen) -> Table:
    """A New Zealand postal operator's mail-redirection orders (a legacy SCREAMING schema): the order number and type
    (personal, business, deceased estate), the applicant's names and date of birth, other household members (``;``
    lists), the identity document checked and its number, old and new addresses with suburb, town and postcode, the
    contact phone and e-mail, dates and fee, the card's last four digits, a processor token, the channel and the
    online applicant's IP, the clerk's login, the deceased person's name (deceased-estate orders only), the region."""
    kinds = g.rnd.choices(["PERSONAL", "BUSINESS", "DECEASED_ESTATE"], [86, 6, 8], k=g.rows)
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    olds = [g.rnd.choice(v.NZ_TOWNS) for _ in range(g.rows)]
    news = [g.rnd.choice(v.NZ_TOWNS) for _ in range(g.rows)]
    abroad = [g.rnd.random() < 0.06 for _ in range(g.rows)]
    channel = g.rnd.choices(["ONLINE", "POST_SHOP"], [65, 35], k=g.rows)
    clerks = v.logins(g, 5, "nz", 4)
    id_types = g.rnd.choices(["NZ_DL", "NZ_PASSPORT", "KIWI_ACCESS"], [70, 22, 8], k=g.rows)

    def id_number(kind: str) -> str:
        if kind == "NZ_DL":
            return g.code("AA999999")
        if kind == "NZ_PASSPORT":
            return g.code("LA999999")
        return g.code("KA9999999")

    def household(b: str) -> str | None:
        if g.rnd.random() < 0.6:
            return None
        return "; ".join(f"{v.given(g, 'nz')} {b}" for _ in range(g.rnd.randint(1, 3)))

    return Table(
        "NZP_REDIR.REDIRECTION_ORDERS",
        "en",
        "screaming",
        [
            c("REDIR_ORDER_NO", N, "VARCHAR", [f"RD{40_000_000 + i * 7}" for i in range(g.rows)], DECOY, KEY, ABBREV),
            c("ORDER_TYPE", N, "VARCHAR", kinds, DECOY),
            c("APPLICANT_FNM", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
            c(
                "APPLICANT_SNM",
                "last_name",
                "VARCHAR",
                [b.upper() if g.rnd.random() < 0.3 else b for _, b in pairs],
                ABBREV,
            ),
            c("ADDL_NAMES", "person_name", "VARCHAR", [household(b) for _, b in pairs], MULTI, HEAVY, ABBREV),
            c("APPLICANT_DOB", "date_of_birth", "DATE", g.births(1938, 2006)),
            c("ID_TYPE", N, "VARCHAR", id_types, DECOY),
            c("ID_NUMBER", "national_id", "VARCHAR", [id_number(k) for k in id_types]),
            c(
                "ID_VERSION",
                N,
                "VARCHAR",
                [f"{g.rnd.randint(1, 9):03d}" if k == "NZ_DL" else "" for k in id_types],
                DECOY,
                SHAPE,
            ),
            c("OLD_ADDR_1", "street_address", "VARCHAR", g.col(lambda: v.nz_street(g)), ABBREV),
            c("OLD_SUBURB", "city", "VARCHAR", [g.rnd.choice(t[3]) for t in olds]),
            c("OLD_TOWN", "city", "VARCHAR", [t[0] for t in olds]),
            c("OLD_PCODE", "postal_code", "VARCHAR", [g.rnd.choice(t[2]) for t in olds], ABBREV),
            c(
                "NEW_ADDR_1",
                "street_address",
                "VARCHAR",
                [
                    f"{g.rnd.randint(1, 80)} {g.rnd.choice(['Albion', 'Kings', 'Queen'])} Street"
                    if a
                    else v.nz_street(g)
                    for a in abroad
                ],
                ABBREV,
            ),
            c("NEW_SUBURB", "city", "VARCHAR", [None if a else g.rnd.choice(t[3]) for a, t in zip(abroad, news)]),
            c(
                "NEW_TOWN",
                "city",
                "VARCHAR",
                [g.rnd.choice(["Brisbane", "Perth", "Sydney"]) if a else t[0] for a, t in zip(abroad, news)],
            ),
            c(
                "NEW_PCODE",
                "postal_code",
                "VARCHAR",
                [g.rnd.choice(["4000", "6000", "2000"]) if a else g.rnd.choice(t[2]) for a, t in zip(abroad, news)],
                ABBREV,
            ),
            c("NEW_COUNTRY", N, "VARCHAR", ["AU" if a else "NZ" for a in abroad], DECOY, SHAPE),
            c(
                "CONTACT_PH",
                "phone",
                "VARCHAR",
                g.phones("NZ", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 0.85, 0.05),
                ABBREV,
            ),
            c(
                "CONTACT_EMAIL",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS["nz"]) if g.rnd.random() < 0.82 else None for a, b in pairs],
            ),
            c("START_DT", N, "DATE", g.days("2025-06-01", "2025-12-15"), DECOY, ABBREV),
            c("DURATION_MTHS", N, "INTEGER", g.col(g.pick([3, 6, 6, 12, 12])), DECOY, ABBREV),
            c("FEE_NZD", N, "DECIMAL(7,2)", g.col(g.pick([39.0, 69.0, 99.0, 159.0])), DECOY),
            c("PAY_CARD_LAST4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.05), DECOY, PARTIAL),
            c("PAY_REF", N, "VARCHAR", g.col(lambda: v.token(g, "ch_3Q", 21)), DECOY, TOKEN),
            c("APPLY_CHANNEL", N, "VARCHAR", channel, DECOY),
            c("APPLICANT_IP", "ip_address", "VARCHAR", [g.ip(0.35) if ch == "ONLINE" else None for ch in channel]),
            c("PROCESSED_BY", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
            c(
                "DECEASED_NAME",
                "person_name",
                "VARCHAR",
                [v.whole(g, "nz") if k == "DECEASED_ESTATE" else None for k in kinds],
                HEAVY,
                ROLE,
            ),
            c("OLD_REGION", N, "VARCHAR", [t[1] for t in olds], DECOY),
        ],
    )


def mailbox_holders(g: Gen) -> Table:
    """A Houston private-mailbox store's box holders (a commercial mail-receiving agency, Pascal case): the box, its
    size and holder type, the holder's names (a business box's signer too), home address, town, state
    and ZIP, phone and e-mail, the photo ID and its number (Texas driving licence or passport), the address proof,
    authorised recipients (``;`` lists), a forwarding address (mostly NULL), the Form 1583 date, the store's notary
    (few), key number and access PIN (``none``), a card kept in clear by the old POS, renewal and rate, the store's
    own address and phone, ``Misc1`` (a text-alert number), ``Misc2`` (a notification code) and the clerk's login."""
    btype = g.rnd.choices(["Individual", "Business"], [80, 20], k=g.rows)
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    homes = [g.rnd.choice(v.US_HOUSTON) for _ in range(g.rows)]
    ids = g.rnd.choices(["TX Driver License", "US Passport", "TX ID Card"], [70, 20, 10], k=g.rows)
    notaries = v.staff(g, 3, lambda: v.whole(g, "us"))
    clerks = v.logins(g, 4, "us", 0)
    stores = ["8800 Bissonnet St Ste 110", "2470 S Dairy Ashford Rd Ste 104"]

    def recipients(b: str) -> str | None:
        if g.rnd.random() < 0.62:
            return None
        return "; ".join(
            g.rnd.choice([f"{v.given(g, 'us')} {b}", v.whole(g, "us")]) for _ in range(g.rnd.randint(1, 3))
        )

    return Table(
        "MailboxHub.BoxHolders",
        "en",
        "pascal",
        [
            c("BoxHolderId", N, "INTEGER", g.keys(5_001), DECOY, KEY),
            c("BoxNumber", N, "INTEGER", [100 + i for i in g.rnd.sample(range(2_000), g.rows)], DECOY, KEY),
            c("BoxSize", N, "VARCHAR", g.col(g.pick(["Small", "Small", "Medium", "Large"])), DECOY),
            c("HolderType", N, "VARCHAR", btype, DECOY),
            c("FirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("LastName", "last_name", "VARCHAR", [b for _, b in pairs]),
            c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.us_street(g, v.HOUSTON_STREETS))),
            c("HomeCity", "city", "VARCHAR", [h[0] for h in homes]),
            c("HomeState", N, "VARCHAR", [h[1] for h in homes], DECOY),
            c("HomeZip", "postal_code", "VARCHAR", [g.rnd.choice(h[2]) for h in homes]),
            c(
                "Phone",
                "phone",
                "VARCHAR",
                g.phones(
                    "US", {"national": 0.5, "dashes": 0.3, "digits": 0.2}, 0.9, areas=["713", "281", "832", "346"]
                ),
            ),
            c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs]),
            c("PhotoIdType", N, "VARCHAR", ids, DECOY),
            c(
                "PhotoIdNumber",
                "national_id",
                "VARCHAR",
                [g.code("99999999") if t != "US Passport" else g.code("A99999999") for t in ids],
            ),
            c("PhotoIdExpires", N, "DATE", g.days("2026-01-01", "2032-12-31"), DECOY),
            c(
                "AddressIdType",
                N,
                "VARCHAR",
                g.col(g.pick(["Lease", "Utility bill", "Vehicle registration", "Mortgage statement"])),
                DECOY,
            ),
            c("AuthorizedRecipients", "person_name", "VARCHAR", [recipients(b) for _, b in pairs], MULTI, HEAVY, ROLE),
            c(
                "ForwardingAddress",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.us_street(g, v.LOUISVILLE_STREETS + ["Ocean Dr", "Peachtree St"]), 0.8),
                HEAVY,
            ),
            c("Form1583Signed", N, "DATE", g.days("2019-01-01", "2025-11-30"), DECOY),
            c("NotarizedBy", "person_name", "VARCHAR", g.col(g.pick(notaries), 0.1), STAFF, ROLE),
            c("KeyNumber", N, "VARCHAR", g.col(lambda: g.code("K-9999")), DECOY, CREDENTIAL),
            c("AccessPin", N, "VARCHAR", g.col(lambda: g.digits(6), 0.3), DECOY, CREDENTIAL),
            c("CardOnFile", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.78), HEAVY),
            c("RenewalDate", N, "DATE", g.days("2025-12-01", "2026-11-30"), DECOY),
            c("MonthlyRate", N, "DECIMAL(6,2)", g.col(g.pick([19.99, 24.99, 34.99, 49.99])), DECOY),
            c("StoreAddress", N, "VARCHAR", g.col(g.pick(stores)), BUSINESS),
            c("StorePhone", N, "VARCHAR", g.col(g.pick(["(713) 555-0148", "(281) 555-0193"])), BUSINESS),
            c(
                "Misc1",
                "phone",
                "VARCHAR",
                g.phones("US", {"e164": 0.7, "digits": 0.3}, 1.0, 0.7, areas=["713", "832", "346"]),
                OPAQUE,
                HEAVY,
            ),
            c("Misc2", N, "VARCHAR", g.col(g.pick(["SMS", "EMAIL", "SMS|EMAIL", "NONE"])), DECOY, OPAQUE),
            c("CreatedBy", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        ],
    )


# -- cross-border parcels, house bills, casual entries ----------------------------------------------------------------


def xborder_parcels(g: Gen) -> Table:
    """A Birmingham fulfilment company's cross-border parcels (its API's JSON in camel case) from British web shops to
    consumers in Germany, France, the Netherlands, Ireland and Spain: ids, the merchant, its EORI and IOSS numbers
    (``none``), the order and S10 item number, the consignee's name, address, city, postcode, country, phone
    (E.164 or international) and e-mail, the checkout IP, goods, HS code, value, incoterm, weight, times, service, a
    gift message (mostly NULL, naming people), the return address (the company's own) and the connector that created
    the label."""
    merchants = [
        (name, "GB" + v.gb_vat(g) + "000", g.code("IM3720999999"), g.code("99999"))
        for name in [
            "Brindley Candle Co.",
            "Jewellery Quarter Studio",
            "Kings Heath Tea Traders",
            "Digbeth Print Works",
            "Moseley Wool & Co.",
        ]
    ]
    merchant = [g.rnd.choice(merchants) for _ in range(g.rows)]
    countries = g.rnd.choices(["DE", "FR", "NL", "IE", "ES"], [30, 22, 18, 18, 12], k=g.rows)
    origin = {"DE": "de", "FR": "fr", "NL": "nl", "IE": "ie", "ES": "es"}
    pairs = [v.person(g, origin[k]) for k in countries]
    places = [g.rnd.choice(v.EU_CITIES[k]) for k in countries]
    goods = {
        "Soy wax candle 200g": "340600",
        "Sterling silver stud earrings": "711311",
        "Loose leaf tea 250g": "090240",
        "Screen print A3": "491191",
        "Merino yarn 100g": "510910",
        "Gift card": "491199",
    }
    desc = [g.rnd.choice(list(goods)) for _ in range(g.rows)]
    created = g.moments("2025-10-01", "2025-11-30")

    def gift() -> str:
        return g.rnd.choice(
            [
                f"Alles Gute zum Geburtstag, {v.given(g, 'de')}!",
                f"Joyeux anniversaire {v.given(g, 'fr')}",
                f"Happy Christmas Mam, love {v.given(g, 'ie')} x",
                f"Voor {v.given(g, 'nl')}, van ons allemaal",
                "Enjoy!",
                "Merry Christmas",
            ]
        )

    return Table(
        "xborder_api.outboundParcels",
        "en",
        "camel",
        [
            c("parcelId", N, "VARCHAR", g.col(g.uuid), DECOY, KEY),
            c("merchantId", N, "VARCHAR", [m[3] for m in merchant], DECOY, KEY),
            c("merchantName", N, "VARCHAR", [m[0] for m in merchant], BUSINESS),
            c("merchantEori", N, "VARCHAR", [m[1] for m in merchant], BUSINESS, CHECK, SHAPE),
            c("iossNumber", N, "VARCHAR", [m[2] for m in merchant], BUSINESS, SHAPE),
            c("orderNumber", N, "VARCHAR", g.col(lambda: g.code("#99999")), DECOY, SHAPE),
            c(
                "trackingNumber",
                N,
                "VARCHAR",
                g.col(lambda: v.s10(g, g.rnd.choice(["LX", "LY", "UA"]), "GB")),
                DECOY,
                CHECK,
                SHAPE,
            ),
            c("consigneeName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
            c("consigneeAddress1", "street_address", "VARCHAR", [v.eu_street(g, k) for k in countries]),
            c(
                "consigneeAddress2",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: g.rnd.choice(["c/o Packstation 112", "2. OG links", "Bâtiment B", "3 hoog", "Apartment 4"]),
                    0.68,
                ),
                HEAVY,
            ),
            c("consigneeCity", "city", "VARCHAR", [p[0] for p in places]),
            c("consigneePostcode", "postal_code", "VARCHAR", [p[1](g) for p in places]),
            c("consigneeCountry", N, "VARCHAR", countries, DECOY, SHAPE),
            c(
                "consigneePhone",
                "phone",
                "VARCHAR",
                [g.phone(k, g.rnd.choice(["e164", "e164", "intl"])) for k in countries],
            ),
            c(
                "consigneeEmail",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS[origin[k]]) for (a, b), k in zip(pairs, countries)],
            ),
            c("checkoutIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1)),
            c("goodsDescription", N, "VARCHAR", desc, DECOY, PRODUCT),
            c("hsCode", N, "VARCHAR", [goods[d] for d in desc], DECOY, SHAPE),
            c("declaredValue", N, "DECIMAL(9,2)", g.amounts(6, 140), DECOY),
            c("currency", N, "VARCHAR", g.col(g.pick(["EUR", "EUR", "GBP"])), DECOY, SHAPE),
            c("incoterm", N, "VARCHAR", g.col(g.pick(["DDP", "DDP", "DAP"])), DECOY),
            c("weightGrams", N, "INTEGER", g.ints(80, 4_000), DECOY),
            c("labelCreatedAt", N, "TIMESTAMP", created, DECOY),
            c(
                "carrierService",
                N,
                "VARCHAR",
                g.col(g.pick(["EU_TRACKED_48", "EU_TRACKED_SIGNED", "EU_ECONOMY"])),
                DECOY,
            ),
            c("giftMessage", "free_text", "VARCHAR", g.col(gift, 0.8), HEAVY),
            c("returnAddress", N, "VARCHAR", ["Unit 7, Tameside Drive, Castle Bromwich, B35 7AG"] * g.rows, BUSINESS),
            c("connectorVersion", N, "VARCHAR", g.col(g.pick(["2.3.1", "2.4.0"])), DECOY, SHAPE),
            c("createdBy", N, "VARCHAR", g.col(g.pick(["shopify-connector", "woo-connector"])), DECOY, AUDIT, SERVICE),
        ],
    )


def house_bills(g: Gen) -> Table:
    """A Singapore freight forwarder's house bills of lading: HBL, MBL and booking numbers, the shipper (a company)
    with address and UEN, the consignee (mostly companies, about one in eight a private person shipping household
    goods: ``none``) with address and switchboard, the consignee's contact person and her work e-mail, the notify
    party, ports, vessel, voyage and IMO number, container and seal numbers, cargo, weights, terms, dates and the
    documentation clerk (few)."""
    shippers = [
        (n, f"{g.rnd.randint(1, 90)} {s}, Singapore {g.digits(6)}", v.sg_uen(g))
        for n, s in [
            ("Lion City Electronics Pte Ltd", "Ubi Avenue 3"),
            ("Tuas Precision Moulding Pte Ltd", "Tuas South Street 5"),
            ("Orchid Bio Labs Pte Ltd", "Science Park Road"),
            ("Keppel Rattan Furniture Pte Ltd", "Kaki Bukit Road 1"),
            ("Straits Spice Trading Pte Ltd", "Pandan Loop"),
            ("Jurong Cable Works Pte Ltd", "Jurong Port Road"),
        ]
    ]
    shipper = [g.rnd.choice(shippers) for _ in range(g.rows)]
    companies = [
        ("Hanseatic Components GmbH", "Hamburg", "hanseatic-components.de"),
        ("Rotterdam Home Living B.V.", "Rotterdam", "rhl.nl"),
        ("Felixstowe Trade Supplies Ltd", "Ipswich", "fts-ltd.co.uk"),
        ("Antwerp Laboratory Supply NV", "Antwerpen", "alsupply.be"),
        ("Genova Arredi S.r.l.", "Genova", "genovaarredi.it"),
        ("Barcelona Spices S.L.", "Barcelona", "bcnspices.es"),
        ("Le Havre Cables SAS", "Le Havre", "lhcables.fr"),
    ]
    private = [g.rnd.random() < 0.12 for _ in range(g.rows)]
    cons = [g.rnd.choice(companies) for _ in range(g.rows)]
    contacts = [v.person(g, g.rnd.choice(["de", "nl", "fr", "es"])) for _ in range(g.rows)]
    clerks = v.staff(g, 4, lambda: v.whole(g, "sg"))
    pods = {
        "Hamburg": "DEHAM",
        "Rotterdam": "NLRTM",
        "Ipswich": "GBFXT",
        "Antwerpen": "BEANR",
        "Genova": "ITGOA",
        "Barcelona": "ESBCN",
        "Le Havre": "FRLEH",
    }
    vessels = [
        ("SEA LOTUS", v.imo_number(g)),
        ("PACIFIC AMBER", v.imo_number(g)),
        ("STRAITS HARMONY", v.imo_number(g)),
        ("CORAL MERIDIAN", v.imo_number(g)),
    ]
    vessel = [g.rnd.choice(vessels) for _ in range(g.rows)]
    etd = g.days("2025-08-01", "2025-11-30")

    def cons_name(i: int) -> str:
        if private[i]:
            a, b = contacts[i]
            return f"{a.upper()} {b.upper()}"
        return cons[i][0].upper()

    def cons_addr(i: int) -> str:
        street = g.rnd.choice(["HAFENSTRASSE", "WAALHAVEN", "DOCK ROAD", "INDUSTRIEWEG", "VIA DEL PORTO"])
        return f"{g.rnd.randint(1, 200)} {street}, {cons[i][1].upper()}"

    cargo = [
        "ELECTRONIC COMPONENTS",
        "PLASTIC MOULDED PARTS",
        "LABORATORY CONSUMABLES",
        "RATTAN FURNITURE",
        "DRIED SPICES",
        "COPPER CABLES",
        "HOUSEHOLD GOODS AND PERSONAL EFFECTS",
    ]
    return Table(
        "fwd_docs.house_bl",
        "en",
        "snake",
        [
            c(
                "hbl_no",
                N,
                "VARCHAR",
                [f"SGSIN25{i:06d}" for i in g.rnd.sample(range(10_000, 99_999), g.rows)],
                DECOY,
                KEY,
                SHAPE,
            ),
            c("mbl_no", N, "VARCHAR", g.col(lambda: g.code("AAAA999999999")), DECOY, SHAPE),
            c("booking_no", N, "VARCHAR", g.col(lambda: g.code("BKG99999999")), DECOY, SHAPE),
            c("shipper_name", N, "VARCHAR", [s[0].upper() for s in shipper], BUSINESS, COMPANY),
            c("shipper_address", N, "VARCHAR", [s[1].upper() for s in shipper], BUSINESS, COMPANY),
            c("shipper_uen", N, "VARCHAR", [s[2] for s in shipper], BUSINESS, CHECK, SHAPE),
            c("consignee_name", N, "VARCHAR", [cons_name(i) for i in range(g.rows)], BUSINESS, COMPANY),
            c("consignee_address", N, "VARCHAR", [cons_addr(i) for i in range(g.rows)], BUSINESS, COMPANY),
            c(
                "consignee_tel",
                N,
                "VARCHAR",
                g.col(lambda: "+" + g.rnd.choice(["49 40 ", "31 10 ", "32 3 "]) + g.digits(7)),
                BUSINESS,
                COMPANY,
            ),
            c(
                "consignee_contact",
                "person_name",
                "VARCHAR",
                [f"{a} {b}" if g.rnd.random() < 0.8 else None for a, b in contacts],
                ROLE,
            ),
            c(
                "consignee_contact_email",
                "email",
                "VARCHAR",
                [v.work_email(a, b, x[2]) if g.rnd.random() < 0.7 else None for (a, b), x in zip(contacts, cons)],
                ROLE_EMAIL,
            ),
            c(
                "notify_party",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "SAME AS CONSIGNEE",
                            "SAME AS CONSIGNEE",
                            "NORDIC CUSTOMS BROKERS B.V.",
                            "HAFEN ZOLLAGENTUR GMBH",
                        ]
                    )
                ),
                BUSINESS,
                COMPANY,
            ),
            c("port_of_loading", N, "VARCHAR", ["SGSIN"] * g.rows, DECOY, SHAPE),
            c("port_of_discharge", N, "VARCHAR", [pods[x[1]] for x in cons], DECOY, SHAPE),
            c("place_of_delivery", N, "VARCHAR", [x[1].upper() for x in cons], DECOY),
            c("vessel_name", N, "VARCHAR", [x[0] for x in vessel], DECOY, MISLEADING),
            c("voyage_no", N, "VARCHAR", g.col(lambda: g.code("999W")), DECOY, SHAPE),
            c("vessel_imo", N, "VARCHAR", [x[1] for x in vessel], DECOY, CHECK, SHAPE),
            c("container_no", N, "VARCHAR", g.col(lambda: v.container(g)), DECOY, CHECK, SHAPE),
            c("seal_no", N, "VARCHAR", g.col(lambda: g.code("SL9999999")), DECOY, SHAPE),
            c("container_type", N, "VARCHAR", g.col(g.pick(["20GP", "40GP", "40HC", "40HC"])), DECOY),
            c(
                "cargo_description",
                N,
                "VARCHAR",
                ["HOUSEHOLD GOODS AND PERSONAL EFFECTS" if p else g.rnd.choice(cargo[:-1]) for p in private],
                DECOY,
                PRODUCT,
            ),
            c("hs_code", N, "VARCHAR", g.col(lambda: g.code("9999.99")), DECOY, SHAPE),
            c("packages", N, "INTEGER", g.ints(1, 900), DECOY),
            c("gross_weight_kg", N, "DOUBLE", g.floats(80, 24_000, 1), DECOY),
            c("measurement_cbm", N, "DOUBLE", g.floats(0.5, 67, 2), DECOY),
            c("freight_terms", N, "VARCHAR", g.col(g.pick(["PREPAID", "COLLECT"])), DECOY),
            c(
                "marks_and_numbers",
                N,
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["N/M", f"{g.code('AAA')}/SIN/1-{g.rnd.randint(2, 80)}", "AS ADDRESSED"])),
                DECOY,
            ),
            c("etd", N, "DATE", etd, DECOY),
            c("eta", N, "DATE", [d + timedelta(days=g.rnd.randint(24, 38)) for d in etd], DECOY),
            c("issued_by", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        ],
    )


def casual_entries(g: Gen) -> Table:
    """A Windsor (Ontario) customs broker's casual import declarations: private importers (a few companies) who
    bought goods in the United States, their address, town, province and postal code, phone and e-mail (some
    placeholders), the US vendor and its town (``none``), courier and tracking number, goods, tariff, values, duty
    and GST, release date, the broker's agent (few) and the entering login, the card's last four digits and notes
    naming people."""
    btype = g.rnd.choices(["INDIVIDUAL", "BUSINESS"], [92, 8], k=g.rows)
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.CA_TOWNS) for _ in range(g.rows)]
    agents = v.staff(g, 4, lambda: v.whole(g, "ca"))
    enterers = v.logins(g, 5, "ca", 1)
    vendors = [
        ("Motor City Outfitters", "Detroit, MI"),
        ("Great Lakes Bike Shop", "Royal Oak, MI"),
        ("Buckeye Camera Exchange", "Toledo, OH"),
        ("Dearborn Tire Warehouse", "Dearborn, MI"),
        ("Lakeside Bridal", "Novi, MI"),
    ]
    vendor = [g.rnd.choice(vendors) for _ in range(g.rows)]
    goods = [
        ("Road bicycle", "8712.00"),
        ("Wedding dress", "6204.49"),
        ("Camera lens", "9002.11"),
        ("Winter tires (4)", "4011.10"),
        ("Hunting boots", "6403.91"),
        ("Espresso machine", "8516.71"),
    ]
    good = [g.rnd.choice(goods) for _ in range(g.rows)]
    usd = g.amounts(60, 4_200)

    def importer(i: int) -> str:
        if btype[i] == "BUSINESS":
            return g.rnd.choice(["Essex County Cycle Club Inc.", "Tecumseh Auto Body Ltd.", "Erie Shores Bakery"])
        a, b = pairs[i]
        return g.rnd.choice([f"{a} {b}", f"{b.upper()}, {a.upper()}", f"{a} {b}"])

    def note() -> str:
        return g.rnd.choice(
            [
                "Invoice emailed by importer",
                f"Called {v.whole(g, 'ca')} re: missing invoice",
                f"Gift for her son {v.given(g, 'ca')}, no commercial use",
                "CUSMA origin certified by vendor",
                f"Picked up by spouse {v.whole(g, 'ca')} at the Ambassador Bridge office",
            ]
        )

    return Table(
        "clearit.casual_import_entries",
        "en",
        "snake",
        [
            c("transaction_no", N, "VARCHAR", [f"13592{g.digits(9)}" for _ in range(g.rows)], DECOY, KEY, SHAPE),
            c("cargo_control_no", N, "VARCHAR", g.col(lambda: g.code("8A9999999999")), DECOY, SHAPE),
            c("importer_type", N, "VARCHAR", btype, DECOY),
            c("importer_name", "person_name", "VARCHAR", [importer(i) for i in range(g.rows)]),
            c("importer_addr", "street_address", "VARCHAR", g.col(lambda: v.ca_street(g)), ABBREV),
            c("importer_city", "city", "VARCHAR", [t[0] for t in towns]),
            c("importer_prov", N, "VARCHAR", ["ON"] * g.rows, DECOY, ABBREV),
            c("importer_postal", "postal_code", "VARCHAR", [v.ca_postal(g, g.rnd.choice(t[1])) for t in towns]),
            c(
                "importer_phone",
                "phone",
                "VARCHAR",
                _dirty(
                    g, g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.8, 0.03), 0.03, ["000-000-0000"]
                ),
                PLACEHOLDER,
            ),
            c(
                "importer_email",
                "email",
                "VARCHAR",
                _dirty(
                    g,
                    [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs],
                    0.04,
                    ["noemail@none.com", "no@email.com"],
                ),
                PLACEHOLDER,
            ),
            c("vendor_name", N, "VARCHAR", [x[0] for x in vendor], BUSINESS),
            c("vendor_city", N, "VARCHAR", [x[1] for x in vendor], BUSINESS),
            c("courier", N, "VARCHAR", g.col(g.pick(["UPS", "FedEx", "Purolator", "Walk-in"])), DECOY),
            c("tracking_no", N, "VARCHAR", g.col(lambda: "1Z" + g.code("ZZZZZZ9999999999"), 0.25), DECOY, SHAPE),
            c("goods_desc", N, "VARCHAR", [x[0] for x in good], DECOY, PRODUCT, ABBREV),
            c("hs_tariff", N, "VARCHAR", [x[1] for x in good], DECOY, SHAPE),
            c("country_of_origin", N, "VARCHAR", g.col(g.pick(["US", "US", "CN", "VN", "IT"])), DECOY, SHAPE),
            c("value_usd", N, "DECIMAL(9,2)", usd, DECOY),
            c("exchange_rate", N, "DECIMAL(7,4)", g.col(lambda: round(g.rnd.uniform(1.36, 1.41), 4)), DECOY),
            c("duty_cad", N, "DECIMAL(9,2)", [round(x * g.rnd.choice([0, 0, 0.08, 0.18]), 2) for x in usd], DECOY),
            c("gst_cad", N, "DECIMAL(9,2)", [round(x * 1.38 * 0.05, 2) for x in usd], DECOY),
            c("tariff_treatment", N, "VARCHAR", g.col(g.pick(["UST", "UST", "MFN"])), DECOY),
            c("release_date", N, "DATE", g.days("2025-07-01", "2025-11-30"), DECOY),
            c("broker_agent", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
            c("entered_by", USERNAME, "VARCHAR", g.col(g.pick(enterers)), USER, AUDIT),
            c("card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.2), DECOY, PARTIAL),
            c("notes", "free_text", "VARCHAR", g.col(note, 0.5)),
        ],
    )


# -- warehouse roster, dangerous goods, Miami forwarder ----------------------------------------------------------------


def shift_roster(g: Gen) -> Table:
    """A Louisville third-party warehouse's weekly shift roster merged from the time clock (``src_kronos_*``) and the
    HR system (``src_hris_colNN``, named by position: first and last name, date of birth as ``MM/DD/YYYY`` text, SSN
    (direct hires only), home address, town, state, ZIP, mobile, pay grade and hire date), the staffing agency, shift,
    clock times, zone, forklift certificate, RF gun, the WMS login, the supervisor (few), the emergency contact and
    phone, the personal e-mail, attendance points, notes naming people and the sync job."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    homes = [g.rnd.choice(v.US_LOUISVILLE) for _ in range(g.rows)]
    direct = [g.rnd.random() < 0.42 for _ in range(g.rows)]
    sups = v.staff(g, 5, lambda: v.whole(g, "us"))
    starts = g.moments("2025-11-02", "2025-11-08")
    wms = []
    seen: set[str] = set()
    for i, (a, b) in enumerate(pairs):
        name = v.login(a, b, 0)
        while name in seen:
            name += str(g.rnd.randint(0, 9))
        seen.add(name)
        wms.append(name)

    def note() -> str:
        return g.rnd.choice(
            [
                "Swapped shift with " + v.whole(g, "us"),
                "Needs ride - carpools with " + v.given(g, "us"),
                "FMLA paperwork pending",
                "Cross-trained on returns",
                "Left early, approved by " + g.rnd.choice(sups),
            ]
        )

    return Table(
        "wfm_export.shift_roster",
        "en",
        "snake",
        [
            c("roster_id", N, "BIGINT", g.keys(1), DECOY, KEY),
            c(
                "src_kronos_emp_id",
                N,
                "VARCHAR",
                [f"E{i:07d}" for i in g.rnd.sample(range(100_000, 999_999), g.rows)],
                DECOY,
                KEY,
                PREFIX,
            ),
            c("src_kronos_badge", N, "VARCHAR", g.col(lambda: g.code("99999")), DECOY, KEY, PREFIX),
            c("src_hris_col03", "first_name", "VARCHAR", [a for a, _ in pairs], PREFIX, OPAQUE),
            c("src_hris_col04", "last_name", "VARCHAR", [b for _, b in pairs], PREFIX, OPAQUE),
            c(
                "src_hris_col07",
                "date_of_birth",
                "VARCHAR",
                [g.birth(1962, 2006).strftime("%m/%d/%Y") for _ in pairs],
                PREFIX,
                OPAQUE,
                DOB_TEXT,
            ),
            c(
                "src_hris_col09",
                "ssn",
                "VARCHAR",
                [v.us_ssn(g, g.rnd.random() < 0.6) if d else None for d in direct],
                PREFIX,
                OPAQUE,
                HEAVY,
            ),
            c(
                "src_hris_col12",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.us_street(g, v.LOUISVILLE_STREETS)),
                PREFIX,
                OPAQUE,
            ),
            c("src_hris_col13", "city", "VARCHAR", [h[0] for h in homes], PREFIX, OPAQUE),
            c("src_hris_col14", N, "VARCHAR", [h[1] for h in homes], DECOY, PREFIX, OPAQUE),
            c("src_hris_col15", "postal_code", "VARCHAR", [g.rnd.choice(h[2]) for h in homes], PREFIX, OPAQUE),
            c(
                "src_hris_col17",
                "phone",
                "VARCHAR",
                g.phones("US", {"digits": 0.6, "dashes": 0.4}, 0.95, 0.05, areas=["502"]),
                PREFIX,
                OPAQUE,
            ),
            c(
                "src_hris_col21",
                N,
                "VARCHAR",
                g.col(g.pick(["WH1", "WH2", "WH2", "WH3", "LEAD"])),
                DECOY,
                PREFIX,
                OPAQUE,
            ),
            c("src_hris_col22", N, "DATE", g.days("2016-01-01", "2025-10-31"), DECOY, PREFIX, OPAQUE),
            c("emp_type", N, "VARCHAR", ["DIRECT" if d else "AGENCY" for d in direct], DECOY),
            c(
                "agency_name",
                N,
                "VARCHAR",
                [
                    None
                    if d
                    else g.rnd.choice(["Derby City Staffing", "Ohio Valley Temps", "Bluegrass Labor Partners"])
                    for d in direct
                ],
                BUSINESS,
            ),
            c("shift_code", N, "VARCHAR", g.col(g.pick(["1ST", "2ND", "3RD", "WKND"])), DECOY),
            c("clock_in", N, "TIMESTAMP", starts, DECOY),
            c("clock_out", N, "TIMESTAMP", _later(g, starts, 240, 660, 0.03), DECOY),
            c("zone", N, "VARCHAR", g.col(g.pick(["PICK-A", "PICK-B", "PACK-2", "RECV", "RTN", "SHIP"])), DECOY),
            c("forklift_cert_exp", N, "DATE", g.days("2025-12-01", "2028-12-31", 0.55), DECOY),
            c("rf_gun_id", N, "VARCHAR", g.col(lambda: g.code("RF-9999")), DECOY, SHAPE),
            c("wms_login", USERNAME, "VARCHAR", wms, USER),
            c("supervisor", "person_name", "VARCHAR", g.col(g.pick(sups)), STAFF),
            c("emergency_contact", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.3), ROLE),
            c(
                "emergency_phone",
                "phone",
                "VARCHAR",
                g.phones("US", {"national": 0.7, "digits": 0.3}, 0.9, 0.3, areas=["502"]),
            ),
            c(
                "personal_email",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS["us"]) if g.rnd.random() < 0.8 else None for a, b in pairs],
            ),
            c("attendance_pts", N, "DECIMAL(4,1)", g.col(lambda: g.rnd.choice([0, 0, 0.5, 1, 1.5, 3, 4.5])), DECOY),
            c("notes", "free_text", "VARCHAR", g.col(note, 0.6)),
            c("synced_by", N, "VARCHAR", ["kronos_hris_merge"] * g.rows, DECOY, AUDIT, SERVICE),
        ],
    )


def dg_declarations(g: Gen) -> Table:
    """An East Midlands air-cargo agent's shipper's declarations for dangerous goods (SCREAMING): the declaration,
    air waybill (modulo-7 check digit) and house waybill numbers, the shipper and consignee (companies) and their
    addresses and switchboards, the signatory and title, the place (the shipper's town: ``none``) and date, the 24-hour
    emergency contact and number, UN number, proper shipping name, class, packing group and instruction, quantities,
    aircraft limitation, the acceptance checker (few) and result, handling information (naming people with numbers:
    ``free_text``) and the uploading login."""
    shippers = [
        ("Soar Valley Batteries Ltd", "Unit 4, Meridian East, Leicester LE19 1WZ", "Leicester", "0116 496 0321"),
        ("Trent Coatings plc", "Colwick Industrial Estate, Nottingham NG4 2JT", "Nottingham", "0115 496 0754"),
        ("Peak Diving Supplies Ltd", "Ashbourne Road, Derby DE22 3HA", "Derby", "01332 496 041"),
        ("Charnwood Lab Reagents Ltd", "Loughborough Science Park, LE11 3QF", "Loughborough", "01509 496 112"),
        ("Midlands E-Bike Co Ltd", "Pride Park, Derby DE24 8HX", "Derby", "01332 496 088"),
    ]
    shipper = [g.rnd.choice(shippers) for _ in range(g.rows)]
    consignees = [
        ("Nordic Marine Service AS, Bergen", "Strandkaien 12, 5013 Bergen"),
        ("Gulf Labs FZCO, Dubai", "Plot 33, Jebel Ali Free Zone"),
        ("Ontario Battery Recyclers Inc., Mississauga", "6500 Kestrel Rd"),
        ("Kuala Lumpur Coatings Sdn Bhd", "Jalan Perusahaan 4, Shah Alam"),
    ]
    cons = [g.rnd.choice(consignees) for _ in range(g.rows)]
    sig = {s[0]: [v.person(g, "uk") for _ in range(3)] for s in shippers}
    signer = [g.rnd.choice(sig[s[0]]) for s in shipper]
    checkers = v.staff(g, 4, lambda: v.whole(g, "uk"))
    uploaders = v.logins(g, 4, "uk", 1)
    dg = [
        ("UN3480", "LITHIUM ION BATTERIES", "9", "", "965"),
        ("UN3481", "LITHIUM ION BATTERIES CONTAINED IN EQUIPMENT", "9", "", "967"),
        ("UN1263", "PAINT", "3", "II", "353"),
        ("UN1072", "OXYGEN, COMPRESSED", "2.2", "", "200"),
        ("UN1170", "ETHANOL SOLUTION", "3", "II", "353"),
        ("UN2794", "BATTERIES, WET, FILLED WITH ACID", "8", "", "870"),
    ]
    item = [g.rnd.choice(dg) for _ in range(g.rows)]

    def emergency() -> tuple[str | None, str]:
        if g.rnd.random() < 0.25:
            return None, g.phone("GB", "intl", False)
        a, b = v.person(g, "uk")
        return f"{a} {b}", g.phone("GB", g.rnd.choice(["intl", "national", "e164"]))

    emerg = [emergency() for _ in range(g.rows)]

    def handling(i: int) -> str | None:
        if g.rnd.random() < 0.5:
            return None
        return g.rnd.choice(
            [
                "Keep away from heat",
                "CAO only - do not load on passenger aircraft",
                f"Contact {emerg[i][0] or 'the shipper'} before acceptance: {g.phone('GB', 'national')}",
                f"Pre-checked by {g.rnd.choice(checkers)}",
                "Overpack used",
            ]
        )

    return Table(
        "DGD.SHIPPER_DECLARATIONS",
        "en",
        "screaming",
        [
            c("DGD_REF", N, "VARCHAR", [f"DGD-25-{i:05d}" for i in range(1, g.rows + 1)], DECOY, KEY),
            c(
                "AWB_NO",
                N,
                "VARCHAR",
                g.col(lambda: v.awb(g, ["125", "176", "020", "057", "618"])),
                DECOY,
                CHECK,
                SHAPE,
                ABBREV,
            ),
            c("HAWB_NO", N, "VARCHAR", g.col(lambda: f"EMA{g.digits(7)}"), DECOY, SHAPE, ABBREV),
            c("SHIPPER_NAME", N, "VARCHAR", [s[0] for s in shipper], BUSINESS, COMPANY),
            c("SHIPPER_ADDR", N, "VARCHAR", [s[1] for s in shipper], BUSINESS, COMPANY, ABBREV),
            c("SHIPPER_TEL", N, "VARCHAR", [s[3] for s in shipper], BUSINESS, COMPANY, ABBREV),
            c("CONSIGNEE_NAME", N, "VARCHAR", [x[0] for x in cons], BUSINESS, COMPANY),
            c("CONSIGNEE_ADDR", N, "VARCHAR", [x[1] for x in cons], BUSINESS, COMPANY, ABBREV),
            c(
                "SIGNATORY_NAME",
                "person_name",
                "VARCHAR",
                [f"{a} {b}".upper() if g.rnd.random() < 0.3 else f"{a} {b}" for a, b in signer],
                ROLE,
            ),
            c(
                "SIGNATORY_TITLE",
                N,
                "VARCHAR",
                g.col(g.pick(["Logistics Manager", "DG Safety Adviser", "Shipping Clerk", "Operations Director"])),
                DECOY,
            ),
            c("PLACE_SIGNED", N, "VARCHAR", [s[2] for s in shipper], BUSINESS),
            c("DATE_SIGNED", N, "DATE", g.days("2025-06-01", "2025-11-30"), DECOY),
            c("EMERGENCY_CONTACT_NAME", "person_name", "VARCHAR", [e[0] for e in emerg], ROLE),
            c("EMERGENCY_TEL", "phone", "VARCHAR", [e[1] for e in emerg], ABBREV),
            c("UN_NO", N, "VARCHAR", [x[0] for x in item], DECOY, DG, SHAPE, ABBREV),
            c("PROPER_SHIPPING_NAME", N, "VARCHAR", [x[1] for x in item], DECOY, DG, MISLEADING),
            c("HAZARD_CLASS", N, "VARCHAR", [x[2] for x in item], DECOY, DG),
            c("PACKING_GROUP", N, "VARCHAR", [x[3] for x in item], DECOY, DG),
            c("PACKING_INSTRUCTION", N, "VARCHAR", [x[4] for x in item], DECOY, DG),
            c(
                "QTY_PER_PKG",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(1, 35)} {g.rnd.choice(['kg', 'L', 'kg G'])}"),
                DECOY,
                ABBREV,
            ),
            c("NUM_PKGS", N, "INTEGER", g.ints(1, 40), DECOY, ABBREV),
            c("AIRCRAFT_LIMITATION", N, "VARCHAR", g.col(g.pick(["CAO", "PAX/CAO", "PAX/CAO"])), DECOY, DG),
            c("ACCEPTANCE_CHECK_BY", "person_name", "VARCHAR", g.col(g.pick(checkers), 0.05), STAFF),
            c("ACCEPTANCE_STATUS", N, "VARCHAR", g.col(g.pick(["ACCEPTED", "ACCEPTED", "REJECTED", "ON HOLD"])), DECOY),
            c("ADDITIONAL_HANDLING_INFO", "free_text", "VARCHAR", [handling(i) for i in range(g.rows)]),
            c("UPLOAD_USER", USERNAME, "VARCHAR", g.col(g.pick(uploaders)), USER, AUDIT),
        ],
    )


def miami_forwarder(g: Gen) -> Table:
    """A Miami freight forwarder's packages received at its warehouse for Jamaican customers' US suites (abbreviated
    snake case): package id, account and suite numbers (join keys), the customer's first and last name, phone and
    e-mail, TRN (for Jamaican customs), the delivery address and town (NULL for branch pick-ups), the parish and the
    branch (``none``), the online shop, inbound tracking, goods, value, weight, size, master air waybill and manifest,
    receipt time and clerk (few first names), duty and GCT, the sign-up IP, the card's last four digits, an
    authorised collector (mostly NULL), ``src_crm_col17`` (an alternate contact: a name, a phone or an e-mail by row)
    and ``src_crm_col18`` (a tier), and package notes (mostly NULL words, some naming people)."""
    pairs = [v.person(g, "jm") for _ in range(g.rows)]
    home = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    towns = [g.rnd.choice(v.JM_TOWNS) for _ in range(g.rows)]
    clerks = v.staff(g, 5, lambda: v.given(g, "us"))
    shops = ["BigBox Direct", "ShopNest", "Sunbelt Apparel Outlet", "GadgetHarbor", "Pharmly Vitamins"]
    goods = ["Phone case", "Sneakers", "Laptop charger", "Vitamins", "Hair extensions", "Car parts", "School uniforms"]

    def alt() -> str | None:
        r = g.rnd.random()
        if r < 0.45:
            return None
        if r < 0.65:
            return v.whole(g, "jm")
        if r < 0.85:
            return g.phone("JM", g.rnd.choice(["national", "dashes"]))
        return v.email_of(g, *v.person(g, "jm"), v.DOMAINS["jm"])

    def note() -> str:
        return g.rnd.choice(
            [
                f"Customer's mother Miss {v.person(g, 'jm')[1]} will collect",
                "Box damaged on arrival",
                f"Hold for {v.whole(g, 'jm')}",
                "Invoice requested for customs",
                "Liquid - repacked",
            ]
        )

    return Table(
        "skylink_fwd.pkg_receipts",
        "en",
        "snake",
        [
            c("pkg_id", N, "BIGINT", g.keys(3_300_001), DECOY, KEY, ABBREV),
            c("acct_no", N, "VARCHAR", g.col(lambda: g.code("SKY-99999")), DECOY, KEY, ABBREV),
            c("suite_no", N, "VARCHAR", g.col(lambda: g.code("KIN 99999")), DECOY, KEY, ABBREV),
            c("cust_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
            c("cust_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
            c(
                "ctc_ph",
                "phone",
                "VARCHAR",
                _dirty(g, g.phones("JM", {"national": 0.5, "dashes": 0.2, "e164": 0.3}, 0.9), 0.03, ["0000000000"]),
                ABBREV,
                PLACEHOLDER,
            ),
            c("ctc_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["jm"]) for a, b in pairs], ABBREV),
            c(
                "trn",
                "national_id",
                "VARCHAR",
                g.col(lambda: g.rnd.choice([f"1{g.digits(8)}", f"1{g.digits(2)}-{g.digits(3)}-{g.digits(3)}"]), 0.15),
                ABBREV,
            ),
            c("dlvry_addr", "street_address", "VARCHAR", [v.jm_street(g) if h else None for h in home], ABBREV),
            c("dlvry_town", "city", "VARCHAR", [t[0] if h else None for h, t in zip(home, towns)], ABBREV),
            c("parish", N, "VARCHAR", [t[1] for t in towns], DECOY),
            c(
                "branch",
                N,
                "VARCHAR",
                g.col(g.pick(["Half Way Tree branch", "Montego Bay branch", "Portmore branch"])),
                BUSINESS,
            ),
            c("shipper_nm", N, "VARCHAR", g.col(g.pick(shops)), BUSINESS, ABBREV),
            c(
                "inbound_trk",
                N,
                "VARCHAR",
                g.col(
                    lambda: g.rnd.choice(
                        [g.code("9400 1000 0000 0000 0000 00"), "1Z" + g.code("ZZZZZZ9999999999"), "TBA" + g.digits(12)]
                    )
                ),
                DECOY,
                SHAPE,
                ABBREV,
            ),
            c("pkg_desc", N, "VARCHAR", g.col(g.pick(goods)), DECOY, PRODUCT, ABBREV),
            c("decl_value_usd", N, "DECIMAL(8,2)", g.amounts(5, 650), DECOY, ABBREV),
            c("weight_lb", N, "DECIMAL(6,1)", g.col(lambda: round(g.rnd.uniform(0.2, 45), 1)), DECOY),
            c(
                "dims",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(4, 30)}x{g.rnd.randint(4, 24)}x{g.rnd.randint(1, 18)}"),
                DECOY,
            ),
            c("mawb_no", N, "VARCHAR", g.col(lambda: v.awb(g, ["006", "001", "139"])), DECOY, CHECK, SHAPE, ABBREV),
            c("manifest_no", N, "VARCHAR", g.col(lambda: f"MIA-KIN-25{g.digits(3)}"), DECOY, SHAPE),
            c("rcvd_at", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), DECOY, ABBREV),
            c("rcvd_by", "first_name", "VARCHAR", g.col(g.pick(clerks)), STAFF, ABBREV),
            c("customs_duty_jmd", N, "DECIMAL(10,2)", g.amounts(0, 18_000), DECOY),
            c("gct_jmd", N, "DECIMAL(10,2)", g.amounts(0, 9_000), DECOY),
            c("signup_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.12)),
            c("card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.35), DECOY, PARTIAL),
            c("auth_pickup_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "jm"), 0.75), HEAVY, ROLE, ABBREV),
            c("src_crm_col17", "free_text", "VARCHAR", [alt() for _ in range(g.rows)], PREFIX, OPAQUE, MIXED),
            c("src_crm_col18", N, "VARCHAR", g.col(g.pick(["STANDARD", "GOLD", "PLATINUM"])), DECOY, PREFIX, OPAQUE),
            c("pkg_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("see notes")), NULLWORD, ABBREV),
        ],
    )


# -- Italy, Greece, Czech Republic, Denmark, Japan, Portugal ----------------------------------------------------------


def it_dichiarazioni(g: Gen) -> Table:
    """A Milan customs forwarder's import declarations for private persons receiving parcels from outside the EU
    (Italian, snake case): the file id, the MRN, the shipment number, the foreign sender (``none``), the recipient's
    name, codice fiscale (encoding name, birth date, sex and birthplace), birth date and birthplace (``city``),
    address, CAP, comune and province, phone and e-mail, goods, TARIC code, value, duty and VAT, the refund IBAN
    (mostly NULL), the signed proxy, the identity document and its number, the operator (few first names), the
    declarant's EORI (the forwarder's offices: ``none``) and notes naming people."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1945, 2006)
        place = g.rnd.choice(v.IT_BIRTHPLACES)
        rows.append((a, b, born, place, v.it_codice_fiscale(a, b, born, female, place[1])))
    homes = [g.rnd.choice(v.IT_COMUNI) for _ in range(g.rows)]
    ops = v.staff(g, 4, lambda: v.given(g, "it"))
    eoris = [v.it_eori(g) for _ in range(3)]
    goods = [
        ("Cover per smartphone", "3926909790"),
        ("Scarpe da ginnastica", "6404110000"),
        ("Integratori alimentari", "2106909890"),
        ("Ricambi per bicicletta", "8714990000"),
        ("Giocattoli in plastica", "9503007500"),
        ("Orologio da polso", "9102110000"),
    ]
    good = [g.rnd.choice(goods) for _ in range(g.rows)]
    docs = g.rnd.choices(["Carta d'identità elettronica", "Passaporto", "Patente"], [70, 15, 15], k=g.rows)

    def doc_number(kind: str) -> str:
        return (
            g.code("CA99999AA")
            if kind.startswith("Carta")
            else g.code("YA9999999")
            if kind == "Passaporto"
            else g.code("MI9999999A")
        )

    def note() -> str:
        return g.rnd.choice(
            [
                "Fattura richiesta al venditore",
                f"Delega firmata dalla moglie {v.whole(g, 'it')}",
                f"Ritira il figlio {v.given(g, 'it')} in sede",
                "Pagamento dazi con PagoPA",
                "Merce ritenuta: contraffazione sospetta",
            ]
        )

    return Table(
        "sdoganamenti.dichiarazioni_privati",
        "it",
        "snake",
        [
            c("id_pratica", N, "INTEGER", g.keys(71_001), DECOY, KEY),
            c(
                "mrn",
                N,
                "VARCHAR",
                g.col(lambda: "25IT" + g.code("999999ZZZZZZZZZZ")[:12] + g.code("A9")),
                DECOY,
                SHAPE,
            ),
            c("numero_spedizione", N, "VARCHAR", g.col(lambda: g.code("LP00999999999999")), DECOY, SHAPE),
            c(
                "mittente",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Shenzhen Bright Trading Co.",
                            "Yiwu Happy Toys Ltd",
                            "Guangzhou Sport Outlet",
                            "Hong Kong Watch House",
                        ]
                    )
                ),
                BUSINESS,
            ),
            c("paese_origine", N, "VARCHAR", g.col(g.pick(["CN", "CN", "HK", "US", "GB"])), DECOY, SHAPE),
            c("destinatario_nome", "first_name", "VARCHAR", [r[0] for r in rows], ROLE),
            c("destinatario_cognome", "last_name", "VARCHAR", [r[1] for r in rows], ROLE),
            c("codice_fiscale", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.93 else None for r in rows]),
            c("data_nascita", "date_of_birth", "DATE", [r[2] if g.rnd.random() < 0.7 else None for r in rows]),
            c("luogo_nascita", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.it_street(g))),
            c("cap", "postal_code", "VARCHAR", [g.rnd.choice(h[2]) for h in homes], ABBREV),
            c("comune", "city", "VARCHAR", [h[0] for h in homes]),
            c("provincia", N, "VARCHAR", [h[1] for h in homes], DECOY),
            c("telefono", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9, 0.05)),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) for r in rows]),
            c("descrizione_merce", N, "VARCHAR", [x[0] for x in good], DECOY, PRODUCT),
            c("codice_taric", N, "VARCHAR", [x[1] for x in good], DECOY, SHAPE),
            c("valore_dichiarato_eur", N, "DECIMAL(9,2)", g.amounts(4, 480), DECOY),
            c("dazio_eur", N, "DECIMAL(8,2)", g.amounts(0, 60), DECOY),
            c("iva_eur", N, "DECIMAL(8,2)", g.amounts(1, 105), DECOY),
            c("iban_rimborso", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.5), 0.86), HEAVY),
            c("delega_firmata", N, "BOOLEAN", g.yn(True, False, 0.9), DECOY),
            c("documento_identita", N, "VARCHAR", docs, DECOY),
            c(
                "numero_documento",
                "national_id",
                "VARCHAR",
                [doc_number(k) if g.rnd.random() < 0.8 else None for k in docs],
            ),
            c("operatore", "first_name", "VARCHAR", g.col(g.pick(ops)), STAFF),
            c("eori_dichiarante", N, "VARCHAR", g.col(g.pick(eoris)), BUSINESS, CHECK, SHAPE),
            c("note", "free_text", "VARCHAR", g.sparse(note, 0.55, _words("nessuna", "N.D."))),
        ],
    )


def gr_antikatavoli(g: Gen) -> Table:
    """A Thessaloniki courier's cash-on-delivery shipments to private recipients (Greek column names and values):
    voucher number and pick-up time, the e-shop and its ΑΦΜ (``none``), the recipient's first and family name,
    address, postcode, area (``city``) and regional unit (``none``), mobile and landline (mostly NULL), e-mail, the
    amount and payment method, weight, pieces, contents, the driver (few), who signed, the identity card number for
    branch pick-ups (mostly NULL), the branch, comments naming people (mostly NULL words), status and two opaque
    fields (``πεδίο_1`` a routing code, ``πεδίο_2`` a second mobile)."""
    shops = [
        ("Ηλεκτρονικά Μακεδονίας Α.Ε.", v.gr_afm_business(g)),
        ("Βιβλιοπωλείο Ολυμπιάδος Ο.Ε.", v.gr_afm_business(g)),
        ("Καλλυντικά Θερμαϊκού Ι.Κ.Ε.", v.gr_afm_business(g)),
        ("Παιχνίδια Βαρδάρη Α.Ε.", v.gr_afm_business(g)),
    ]
    shop = [g.rnd.choice(shops) for _ in range(g.rows)]
    sexes = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    pairs = [v.person(g, "el", s) for s in sexes]
    towns = [g.rnd.choice(v.GR_TOWNS) for _ in range(g.rows)]
    drivers = v.staff(g, 6, lambda: " ".join(v.person(g, "el", False)))
    branch = g.rnd.choices(["", "Κατάστημα Καλαμαριάς", "Κατάστημα Σίνδου"], [86, 8, 6], k=g.rows)

    def signed(i: int) -> str | None:
        if g.rnd.random() < 0.15:
            return None
        a, b = pairs[i]
        return g.rnd.choice([f"{a} {b}", b.upper(), " ".join(v.person(g, "el"))])

    def comment() -> str:
        a, b = v.person(g, "el", True)
        return g.rnd.choice(
            [
                f"Να παραδοθεί στη γειτόνισσα κα {b}",
                "Τηλεφωνήστε πριν έρθετε",
                f"Παραλαβή από τον σύζυγο {v.person(g, 'el', False)[0]}",
                "Κουδούνι χαλασμένο",
                f"Αφήστε το στο περίπτερο της {a}",
            ]
        )

    return Table(
        "express_thess.αποστολές",
        "el",
        "snake",
        [
            c("αριθμός_αποστολής", N, "VARCHAR", [f"70{g.digits(8)}" for _ in range(g.rows)], DECOY, KEY, SHAPE),
            c("ημερομηνία_παραλαβής", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), DECOY),
            c("αποστολέας", N, "VARCHAR", [s[0] for s in shop], BUSINESS),
            c("ΑΦΜ_αποστολέα", N, "VARCHAR", [s[1] for s in shop], BUSINESS, CHECK, SHAPE),
            c("όνομα_παραλήπτη", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("επώνυμο_παραλήπτη", "last_name", "VARCHAR", [b for _, b in pairs]),
            c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.gr_street(g))),
            c(
                "ΤΚ",
                "postal_code",
                "VARCHAR",
                [g.rnd.choice(t[2]).replace(" ", "") if g.rnd.random() < 0.4 else g.rnd.choice(t[2]) for t in towns],
                ABBREV,
            ),
            c("περιοχή", "city", "VARCHAR", [t[0] for t in towns]),
            c("νομός", N, "VARCHAR", [t[1] for t in towns], DECOY),
            c("κινητό", "phone", "VARCHAR", g.phones("GR", {"nsn": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.03)),
            c("σταθερό", "phone", "VARCHAR", g.phones("GR", {"nsn": 1.0}, 0.0, 0.72), HEAVY),
            c(
                "email_παραλήπτη",
                "email",
                "VARCHAR",
                [
                    f"{v.greeklish(a)}.{v.greeklish(b)}{g.rnd.randint(1, 99)}@{g.rnd.choice(v.DOMAINS['el'])}"
                    if g.rnd.random() < 0.6
                    else None
                    for a, b in pairs
                ],
            ),
            c("ποσό_αντικαταβολής", N, "DECIMAL(8,2)", g.amounts(8, 420), DECOY),
            c("τρόπος_πληρωμής", N, "VARCHAR", g.col(g.pick(["Μετρητά", "Μετρητά", "Κάρτα POS"])), DECOY),
            c("βάρος_κιλά", N, "DECIMAL(6,2)", g.col(lambda: round(g.rnd.uniform(0.2, 20), 2)), DECOY),
            c("τεμάχια", N, "INTEGER", g.col(lambda: g.rnd.choice([1, 1, 1, 2, 3])), DECOY),
            c(
                "περιγραφή_περιεχομένου",
                N,
                "VARCHAR",
                g.col(g.pick(["Ακουστικά", "Βιβλία", "Καλλυντικά", "Επιτραπέζιο", "Φορτιστής"])),
                DECOY,
                PRODUCT,
            ),
            c("οδηγός", "person_name", "VARCHAR", g.col(g.pick(drivers)), STAFF),
            c("υπογραφή_παραλαβής", "person_name", "VARCHAR", [signed(i) for i in range(g.rows)], POD, ROLE),
            c(
                "ΑΔΤ_παραλήπτη",
                "national_id",
                "VARCHAR",
                [f"{g.rnd.choice(['ΑΕ', 'ΑΗ', 'ΑΙ', 'ΑΚ', 'ΑΜ', 'ΑΝ'])} {g.digits(6)}" if b else None for b in branch],
                HEAVY,
            ),
            c("κατάστημα", N, "VARCHAR", [b or "Κεντρική αποθήκη" for b in branch], BUSINESS),
            c("σχόλια", "free_text", "VARCHAR", g.sparse(comment, 0.78, _words("κανένα", "ουδέν", "—")), NULLWORD),
            c("κατάσταση", N, "VARCHAR", g.col(g.pick(["Παραδόθηκε", "Παραδόθηκε", "Επιστροφή", "Σε διανομή"])), DECOY),
            c("πεδίο_1", N, "VARCHAR", g.col(lambda: g.code("THE-99-A")), DECOY, OPAQUE),
            c("πεδίο_2", "phone", "VARCHAR", g.phones("GR", {"nsn": 0.7, "e164": 0.3}, 1.0, 0.8), OPAQUE, HEAVY),
        ],
    )


def cz_reklamace(g: Gen) -> Table:
    """A Brno fulfilment centre's returns and warranty claims of an electronics e-shop (Czech, snake case): the
    return id, order number, type, the customer's names, e-mail, phone, street, town and PSČ, the refund IBAN, the
    product, its EAN and serial number, the customer's reason (naming people: ``free_text``), the graded condition,
    the grader (few first names), refund amount, carrier and parcel number, times, the marketplace seller's IČO
    (``none``), the storekeeper's login, the photo, an internal note naming no one (``none``) and the return form's
    IP address."""
    sexes = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    pairs = [v.person(g, "cs", s) for s in sexes]
    towns = [g.rnd.choice(v.CZ_TOWNS) for _ in range(g.rows)]
    graders = v.staff(g, 4, lambda: v.given(g, "cs"))
    keepers = v.logins(g, 5, "cs", 2)
    sellers = [v.cz_ico(g) for _ in range(6)]
    products = [
        ("Bezdrátová sluchátka Sonora X2", "859"),
        ("Robotický vysavač Clean 700", "859"),
        ("Chytré hodinky Pulse 3", "690"),
        ("Herní myš Viper Lite", "471"),
        ("Powerbanka 20000 mAh", "694"),
    ]
    product = [g.rnd.choice(products) for _ in range(g.rows)]
    received = g.moments("2025-09-01", "2025-11-25")

    def reason() -> str:
        return g.rnd.choice(
            [
                "Nefunguje nabíjení",
                f"Objednával manžel {v.person(g, 'cs', False)[0]} omylem",
                "Nesedí barva",
                f"Dárek pro {v.whole(g, 'cs')}, nehodí se",
                "Praská zvuk v levém sluchátku",
                "Vracím v zákonné lhůtě 14 dní",
            ]
        )

    return Table(
        "vratky_eshop.reklamace",
        "cs",
        "snake",
        [
            c("id_vratky", N, "BIGINT", g.keys(250_001), DECOY, KEY),
            c("cislo_objednavky", N, "VARCHAR", g.col(lambda: g.code("2025999999")), DECOY, SHAPE),
            c("typ", N, "VARCHAR", g.col(g.pick(["vrácení", "vrácení", "reklamace"])), DECOY),
            c("jmeno", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("prijmeni", "last_name", "VARCHAR", [b for _, b in pairs]),
            c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["cs"]) for a, b in pairs]),
            c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.95, 0.04)),
            c("ulice", "street_address", "VARCHAR", g.col(lambda: v.cz_street(g))),
            c("mesto", "city", "VARCHAR", [t[0] for t in towns]),
            c("psc", "postal_code", "VARCHAR", [g.rnd.choice(t[1]) for t in towns], ABBREV),
            c("cislo_uctu_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "CZ", g.rnd.random() < 0.5), 0.35)),
            c("nazev_produktu", N, "VARCHAR", [p[0] for p in product], DECOY, PRODUCT, MISLEADING),
            c("ean", N, "VARCHAR", [v.gtin13(g, p[1]) for p in product], DECOY, CHECK, SHAPE),
            c("seriove_cislo", N, "VARCHAR", g.col(lambda: g.code("SN9ZZZZ9999999")), DECOY, SHAPE),
            c("duvod_vraceni", "free_text", "VARCHAR", g.col(reason, 0.1)),
            c(
                "stav_zbozi",
                N,
                "VARCHAR",
                g.col(g.pick(["A - jako nové", "B - stopy použití", "C - poškozené"])),
                DECOY,
            ),
            c("posoudil", "first_name", "VARCHAR", g.col(g.pick(graders), 0.1), STAFF),
            c("castka_vraceni", N, "DECIMAL(9,2)", g.amounts(199, 8_990), DECOY),
            c("dopravce", N, "VARCHAR", g.col(g.pick(["PPL", "DPD", "Česká pošta", "GLS"])), DECOY),
            c("cislo_zasilky", N, "VARCHAR", g.col(lambda: g.code("99999999999")), DECOY, SHAPE),
            c("prijato", N, "TIMESTAMP", received, DECOY),
            c("vyrizeno", N, "TIMESTAMP", _later(g, received, 600, 20_000, 0.2), DECOY),
            c("ico_prodejce", N, "VARCHAR", g.col(g.pick(sellers)), BUSINESS, CHECK, SHAPE),
            c("login_skladnika", USERNAME, "VARCHAR", g.col(g.pick(keepers)), USER, AUDIT),
            c("foto_url", N, "VARCHAR", g.col(lambda: f"https://cdn.vratky.example/{g.uuid()}.jpg", 0.3), DECOY, SHAPE),
            c(
                "poznamka_interni",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["Chybí příslušenství", "Poškozený obal", "Kompletní, přebaleno", "Odesláno servisu"]), 0.4
                ),
                DECOY,
            ),
            c("ip_adresa", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.15)),
        ],
    )


def dk_koerselsordrer(g: Gen) -> Table:
    """A Padborg haulier's transport orders and CMR consignment notes (Danish, camel case): order and CMR numbers, the
    consignor (a company) with address and CVR, the consignee (about one in eight a private person receiving
    furniture: ``none``) with address, postcode, town and country, the consignee's contact person and her mobile, the
    driver (few) and his mobile, tractor and trailer plates, dates, goods, packages, weight, loading metres, ADR class,
    who signed at delivery and when, the GPS fix, a remark naming people and the dispatcher's login."""
    consignors = [
        ("Sønderjysk Møbelfabrik A/S", "Industrivej 14, 6330 Padborg"),
        ("Aabenraa Plast ApS", "Lyngager 7, 6200 Aabenraa"),
        ("Kolding Foderstof A/S", "Transitvej 3, 6000 Kolding"),
        ("Vejle Beslag A/S", "Håndværkervej 21, 7100 Vejle"),
    ]
    consignors = [(n, a, v.dk_cvr(g)) for n, a in consignors]
    consignor = [g.rnd.choice(consignors) for _ in range(g.rows)]
    companies = [
        "Nordfrost Logistik GmbH",
        "Herning Byggemarked A/S",
        "Odense Kontorinventar ApS",
        "Flensburger Getränke KG",
        "Esbjerg Havneservice A/S",
        "Hamburger Möbelhaus GmbH",
    ]
    private = [g.rnd.random() < 0.12 for _ in range(g.rows)]
    places = [g.rnd.choice(v.DK_PLACES) for _ in range(g.rows)]
    contacts = [v.person(g, "da" if p[2] == "DK" else "de") for p in places]
    drivers = v.staff(g, 8, lambda: v.whole(g, "da"))
    driver_phone = {d: g.phone("DK", "intl") for d in drivers}
    driver = [g.rnd.choice(drivers) for _ in range(g.rows)]
    dispatchers = v.logins(g, 3, "da", 3)
    picked = g.days("2025-09-01", "2025-11-28")

    def consignee(i: int) -> str:
        if private[i]:
            a, b = contacts[i]
            return f"{a} {b}"
        return g.rnd.choice(companies)

    def remark() -> str:
        return g.rnd.choice(
            [
                "Ring til " + contacts[g.rnd.randrange(g.rows)][0] + " 30 min før ankomst",
                "Levering kun mellem 7 og 14",
                "Bagsmæklift påkrævet",
                f"Nøgle hos naboen {v.whole(g, 'da')}",
                "Palleombytning",
            ]
        )

    return Table(
        "vognmand_padborg.koerselsordrer",
        "da",
        "camel",
        [
            c("ordreNr", N, "INTEGER", g.keys(610_001), DECOY, KEY),
            c("cmrNr", N, "VARCHAR", g.col(lambda: g.code("DK 9999999")), DECOY, SHAPE),
            c("afsenderNavn", N, "VARCHAR", [x[0] for x in consignor], BUSINESS, COMPANY),
            c("afsenderAdresse", N, "VARCHAR", [x[1] for x in consignor], BUSINESS, COMPANY),
            c("afsenderCvr", N, "VARCHAR", [x[2] for x in consignor], BUSINESS, CHECK, SHAPE),
            c("modtagerNavn", N, "VARCHAR", [consignee(i) for i in range(g.rows)], BUSINESS, COMPANY),
            c(
                "modtagerAdresse",
                N,
                "VARCHAR",
                [f"{g.rnd.choice(v.DK_STREETS[p[2]])} {g.rnd.randint(1, 80)}" for p in places],
                BUSINESS,
                COMPANY,
            ),
            c("modtagerPostnr", N, "VARCHAR", [p[1] for p in places], BUSINESS, COMPANY),
            c("modtagerBy", N, "VARCHAR", [p[0] for p in places], BUSINESS, COMPANY),
            c("modtagerLand", N, "VARCHAR", [p[2] for p in places], DECOY, SHAPE),
            c(
                "modtagerKontakt",
                "person_name",
                "VARCHAR",
                [f"{a} {b}" if g.rnd.random() < 0.75 else None for a, b in contacts],
                ROLE,
            ),
            c(
                "modtagerKontaktTlf",
                "phone",
                "VARCHAR",
                [g.phone(p[2], g.rnd.choice(["intl", "e164", "00"])) if g.rnd.random() < 0.7 else None for p in places],
            ),
            c("chauffoerNavn", "person_name", "VARCHAR", driver, STAFF, ROLE),
            c("chauffoerMobil", "phone", "VARCHAR", [driver_phone[d] for d in driver]),
            c("traekker", N, "VARCHAR", g.col(lambda: g.code("AA 99 999")), DECOY, FLEET, SHAPE),
            c("trailer", N, "VARCHAR", g.col(lambda: g.code("AA 9999")), DECOY, FLEET, SHAPE),
            c("afhentningsdato", N, "DATE", picked, DECOY),
            c("leveringsdato", N, "DATE", [d + timedelta(days=g.rnd.randint(0, 3)) for d in picked], DECOY),
            c(
                "godsbeskrivelse",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        ["Møbler på paller", "Plastgranulat i bigbags", "Dyrefoder", "Beslag og skruer", "Drikkevarer"]
                    )
                ),
                DECOY,
                PRODUCT,
            ),
            c("antalKolli", N, "INTEGER", g.ints(1, 33), DECOY),
            c("vaegtKg", N, "INTEGER", g.ints(80, 24_000), DECOY),
            c("ldm", N, "DECIMAL(4,1)", g.col(lambda: round(g.rnd.uniform(0.4, 13.6), 1)), DECOY),
            c("adrKlasse", N, "VARCHAR", g.col(g.pick(["3", "8", "9"]), 0.6), DECOY, DG),
            c(
                "kvitteretAf",
                "person_name",
                "VARCHAR",
                [g.rnd.choice([f"{a} {b}", b, f"{a[0]}. {b}"]) if g.rnd.random() < 0.85 else None for a, b in contacts],
                POD,
                ROLE,
            ),
            c("kvitteringsTidspunkt", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30", 0.1), DECOY),
            c("gpsBredde", N, "DOUBLE", g.floats(54.3, 56.2, 5), DECOY, COORD),
            c("gpsLaengde", N, "DOUBLE", g.floats(8.3, 10.6, 5), DECOY, COORD),
            c("bemaerkning", "free_text", "VARCHAR", g.col(remark, 0.55)),
            c("disponent", USERNAME, "VARCHAR", g.col(g.pick(dispatchers)), USER, AUDIT),
        ],
    )


def ja_trunkroom(g: Gen) -> Table:
    """A Yokohama self-storage operator's contract ledger (Japanese column names): contract and unit numbers, the
    unit's size, the tenant's kanji name and its katakana reading, date of birth, postcode and address, landline
    (mostly NULL) and mobile, e-mail, employer and its phone (``none``), the emergency contact, relation and phone,
    the identity document and its number (driving licence or passport), the guarantee company and its corporate
    number (``none``), rent, start and end dates, the access PIN, the staff member (family name only) and remarks."""
    people = [v.ja_person(g) for _ in range(g.rows)]
    addrs = [v.ja_address(g) for _ in range(g.rows)]
    staff = v.staff(g, 4, lambda: g.rnd.choice(v.JA_FAMILY)[0])
    guarantors = [("日本保証サービス株式会社", v.jp_corporate(g)), ("あんしん賃貸保証株式会社", v.jp_corporate(g))]
    guarantor = [g.rnd.choice(guarantors) for _ in range(g.rows)]
    employers = ["株式会社港北精機", "横浜ロジテック株式会社", "青葉台クリニック", "川崎市役所", "自営業"]
    docs = g.rnd.choices(["運転免許証", "パスポート", "マイナンバーカード（表面）"], [70, 10, 20], k=g.rows)

    def doc_no(kind: str) -> str | None:
        if kind == "運転免許証":
            return f"{g.rnd.choice(['30', '45', '50'])}{g.digits(10)}"
        if kind == "パスポート":
            return g.code("TK9999999")
        return None

    def remark() -> str:
        return g.rnd.choice(
            [
                "季節物の衣類を保管",
                f"解約時は奥様（{g.rnd.choice(v.JA_FEMALE)[0]}様）が立ち会い",
                f"鍵は{g.rnd.choice(v.JA_FAMILY)[0]}様が代理で受領",
                "引越しまでの一時保管",
            ]
        )

    relations = ["父", "母", "配偶者", "兄", "姉", "子"]
    return Table(
        "トランクルーム.契約者台帳",
        "ja",
        "native",
        [
            c("契約番号", N, "VARCHAR", [f"TR-{2025_0000 + i}" for i in range(g.rows)], DECOY, KEY),
            c("区画番号", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('ABCD')}-{g.digits(3)}"), DECOY),
            c("区画サイズ", N, "VARCHAR", g.col(g.pick(["0.5畳", "1畳", "1.5畳", "2畳", "3畳"])), DECOY),
            c(
                "契約者氏名",
                "person_name",
                "VARCHAR",
                [f"{p[0]} {p[1]}" if g.rnd.random() < 0.6 else f"{p[0]}{p[1]}" for p in people],
            ),
            c("契約者氏名カナ", "person_name", "VARCHAR", [f"{p[2]} {p[3]}" for p in people]),
            c("生年月日", "date_of_birth", "DATE", g.births(1950, 2004)),
            c("郵便番号", "postal_code", "VARCHAR", [a[0] for a in addrs]),
            c("住所", "street_address", "VARCHAR", [a[1] for a in addrs]),
            c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.0, 0.65), HEAVY),
            c("携帯電話", "phone", "VARCHAR", g.phones("JP", {"national": 0.7, "digits": 0.3}, 1.0, 0.03)),
            c(
                "メールアドレス",
                "email",
                "VARCHAR",
                [
                    f"{v.JA_ROMAJI[p[3]]}.{v.JA_ROMAJI[p[2]]}{g.rnd.randint(1, 99)}@{g.rnd.choice(v.DOMAINS['ja'])}"
                    if g.rnd.random() < 0.85
                    else None
                    for p in people
                ],
            ),
            c("勤務先", N, "VARCHAR", g.col(g.pick(employers), 0.2), BUSINESS),
            c(
                "勤務先電話",
                N,
                "VARCHAR",
                g.col(g.pick(["045-555-0110", "044-555-0192", "045-555-0157"]), 0.35),
                BUSINESS,
            ),
            c(
                "緊急連絡先氏名",
                "person_name",
                "VARCHAR",
                [f"{p[0]} {g.rnd.choice(v.JA_MALE + v.JA_FEMALE)[0]}" for p in people],
                ROLE,
            ),
            c("緊急連絡先続柄", N, "VARCHAR", g.col(g.pick(relations)), DECOY),
            c("緊急連絡先電話", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.8, 0.05)),
            c("本人確認書類", N, "VARCHAR", docs, DECOY),
            c("本人確認書類番号", "national_id", "VARCHAR", [doc_no(k) for k in docs]),
            c("保証会社", N, "VARCHAR", [x[0] for x in guarantor], BUSINESS),
            c("保証会社法人番号", N, "VARCHAR", [x[1] for x in guarantor], BUSINESS, CHECK, SHAPE),
            c("月額使用料", N, "INTEGER", g.col(g.pick([4_400, 6_600, 9_900, 13_200, 18_700])), DECOY),
            c("契約開始日", N, "DATE", g.days("2021-04-01", "2025-11-30"), DECOY),
            c("解約日", N, "DATE", g.days("2024-01-01", "2025-11-30", 0.65), DECOY),
            c("暗証番号", N, "VARCHAR", g.col(lambda: g.digits(4)), DECOY, CREDENTIAL),
            c("担当者", "last_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
            c("備考", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("", "なし", "特になし", "-")), NULLWORD),
        ],
    )


def pt_mudancas(g: Gen) -> Table:
    """A Porto moving company's removals with furniture storage (Portuguese, Pascal case): service and quote numbers,
    the customer (a few companies) and NIF for the invoice (persons' ``1``/``2`` leads, companies' ``5``), mobile and
    e-mail, origin and destination address, postcode and town, the floor and lift (``none``), the destination
    district (``none``), date, volume, boxes, the inventory as JSON (``none``), the quote, the crew leader (few), the
    van, the storage box, the deposit refund IBAN (mostly NULL), an alternative contact (a name, a phone or an e-mail:
    ``free_text``), remarks (mostly NULL words, some naming people), the warehouse's address and the creating login."""
    company = [g.rnd.random() < 0.08 for _ in range(g.rows)]
    pairs = [v.person(g, "pt") for _ in range(g.rows)]
    origin = [g.rnd.choice(v.PT_PLACES) for _ in range(g.rows)]
    dest = [g.rnd.choice(v.PT_PLACES) for _ in range(g.rows)]
    leaders = v.staff(g, 5, lambda: v.whole(g, "pt"))
    creators = v.logins(g, 3, "pt", 1)
    storage = [g.rnd.random() < 0.45 for _ in range(g.rows)]

    def name(i: int) -> str:
        if company[i]:
            return g.rnd.choice(["Costa & Filhos, Lda.", "Clínica Dentária da Boavista, Lda.", "Moreira Arquitetos"])
        a, b = pairs[i]
        return g.rnd.choice([f"{a} {b}", f"{a} {g.rnd.choice(v.NAMES['pt'][2])} {b}"])

    def alt() -> str | None:
        r = g.rnd.random()
        if r < 0.5:
            return None
        if r < 0.7:
            return f"{v.whole(g, 'pt')} (vizinho)"
        if r < 0.9:
            return g.phone("PT", g.rnd.choice(["national", "intl"]))
        return v.email_of(g, *v.person(g, "pt"), v.DOMAINS["pt"])

    def remark() -> str:
        return g.rnd.choice(
            [
                "Piano no 2.º andar",
                f"Chave com a D. {v.person(g, 'pt', True)[0]} do rés-do-chão",
                "Estacionamento reservado na Câmara",
                f"Falar com o filho {v.given(g, 'pt')}",
                "Desmontar roupeiro",
            ]
        )

    def inventory() -> str:
        items = ["sofá", "cama de casal", "frigorífico", "máquina de lavar", "mesa", "cadeiras", "estante", "caixas"]
        return json.dumps(
            {k: g.rnd.randint(1, 20 if k == "caixas" else 4) for k in g.rnd.sample(items, 4)}, ensure_ascii=False
        )

    return Table(
        "mudancas_porto.Servicos",
        "pt",
        "pascal",
        [
            c("IdServico", N, "INTEGER", g.keys(12_001), DECOY, KEY),
            c("NumeroOrcamento", N, "VARCHAR", g.col(lambda: g.code("ORC-2025/9999")), DECOY, SHAPE),
            c("NomeCliente", "person_name", "VARCHAR", [name(i) for i in range(g.rows)]),
            c(
                "NifCliente",
                "national_id",
                "VARCHAR",
                [
                    (v.pt_nif(g, "5") if co else v.pt_nif(g, g.rnd.choice("12"))) if g.rnd.random() < 0.7 else None
                    for co in company
                ],
            ),
            c("Telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.6, "intl": 0.25, "00": 0.15}, 1.0, 0.03)),
            c(
                "Email",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS["pt"]) if g.rnd.random() < 0.85 else None for a, b in pairs],
            ),
            c("MoradaOrigem", "street_address", "VARCHAR", g.col(lambda: v.pt_street(g))),
            c("CodigoPostalOrigem", "postal_code", "VARCHAR", [v.pt_postcode(g, g.rnd.choice(p[2])) for p in origin]),
            c("LocalidadeOrigem", "city", "VARCHAR", [p[0] for p in origin]),
            c("AndarOrigem", N, "VARCHAR", g.col(g.pick(["R/C", "1.º", "2.º", "3.º", "4.º", "5.º"])), DECOY),
            c("ElevadorOrigem", N, "BOOLEAN", g.yn(True, False, 0.55), DECOY),
            c("MoradaDestino", "street_address", "VARCHAR", g.col(lambda: v.pt_street(g))),
            c("CodigoPostalDestino", "postal_code", "VARCHAR", [v.pt_postcode(g, g.rnd.choice(p[2])) for p in dest]),
            c("LocalidadeDestino", "city", "VARCHAR", [p[0] for p in dest]),
            c("DistritoDestino", N, "VARCHAR", [p[1] for p in dest], DECOY),
            c("DataMudanca", N, "DATE", g.days("2025-07-01", "2026-01-31"), DECOY),
            c("VolumeM3", N, "DECIMAL(5,1)", g.col(lambda: round(g.rnd.uniform(4, 60), 1)), DECOY),
            c("NumeroCaixas", N, "INTEGER", g.ints(5, 120), DECOY),
            c("ListaInventario", N, "VARCHAR", g.col(inventory, 0.2), DECOY, JSON_PLAIN),
            c("ValorOrcamento", N, "DECIMAL(8,2)", g.amounts(180, 3_800), DECOY),
            c("ChefeEquipa", "person_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
            c("Viatura", N, "VARCHAR", g.col(lambda: g.code("99-AA-99")), DECOY, FLEET, SHAPE),
            c("GuardaMoveisBox", N, "VARCHAR", [g.code("GM-999") if s else None for s in storage], DECOY),
            c(
                "IbanDevolucaoCaucao",
                "iban",
                "VARCHAR",
                [v.iban(g, "PT", g.rnd.random() < 0.5) if s and g.rnd.random() < 0.45 else None for s in storage],
                HEAVY,
            ),
            c("ContactoAlternativo", "free_text", "VARCHAR", [alt() for _ in range(g.rows)], MIXED),
            c(
                "Observacoes",
                "free_text",
                "VARCHAR",
                g.sparse(remark, 0.75, ("", "-", "nenhuma", "sem observações")),
                NULLWORD,
            ),
            c("ArmazemMorada", N, "VARCHAR", ["Zona Industrial da Maia I, Lote 42, 4470-436 Maia"] * g.rows, BUSINESS),
            c("CriadoPor", USERNAME, "VARCHAR", g.col(g.pick(creators)), USER, AUDIT),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (pod_stop_events, 1_000),
    (nz_redirection, 600),
    (mailbox_holders, 420),
    (xborder_parcels, 900),
    (house_bills, 480),
    (casual_entries, 520),
    (shift_roster, 780),
    (dg_declarations, 300),
    (miami_forwarder, 850),
    (it_dichiarazioni, 560),
    (gr_antikatavoli, 700),
    (cz_reklamace, 640),
    (dk_koerselsordrer, 460),
    (ja_trunkroom, 360),
    (pt_mudancas, 440),
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
