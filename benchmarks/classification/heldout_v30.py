"""Held-out set v30 for the column classifier: 14 tables of *consumer businesses outside Europe and the US*, in the
English-language schemas global companies write (some column names in Portuguese, Spanish, Malay, Korean and
Indonesian): an Indian fintech's KYC, a Brazilian marketplace's sellers and buyers' orders, a Mexican mobile
operator's subscribers, a South African insurer's policy holders, an Australian crypto exchange's customers, a
Malaysian ride-hailing app's driver partners, a Korean game company's accounts, a Chinese cross-border e-commerce
exporter's customs declarations, a Kenyan mobile-money wallet, an Argentine and Chilean retailer's loyalty customers,
a Philippine BPO's agent roster, a Gulf airline's loyalty members and an Indonesian school's pupils.

Written **blind**, like v2 to v29: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``),
how the scorer registers a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v27
(``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the module docstrings of v24
to v26, v28 and v29 (to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The
classifier was not run on this set while it was written, no scorer was run on it, and no score of any set was looked
at: nothing here was adjusted to what the classifier does. It was written under a short deadline (50 minutes, the
tests and lint included), so some labels below are quick decisions rather than settled conventions. Like v27 it
imports no earlier set's value module: its random source, name lists, streets, cities, companies and identifier
builders are its own (:mod:`benchmarks.classification.heldout_v30_values`; the generic ``Gen`` helpers were copied
from v27's, the lists are new: India, Brazil, Mexico, South Africa, Australia, Malaysia, Korea, China, Kenya,
Argentina and Chile, the Philippines, the Gulf states and Indonesia).

What is new against v2 to v29:

* thirteen countries outside Europe and the US and their identifiers with check digits (python-stdnum): Aadhaar
  (Verhoeff) and PAN, CPF (CNPJ of companies: ``none``), CURP and a person's RFC (built from the row's name, birth
  date, sex and state), the South African ID number, the Australian TFN (an ABN of a business: ``none``), MyKad (birth
  date and state of birth), the Korean RRN, the Chinese resident identity number (area, birth date, sex), the Kenyan
  KRA PIN and a national ID number without check digit, the Chilean RUT (a company's RUT: ``none``) and the
  Argentine DNI in one column by country, the Emirates ID (Luhn), the Indonesian NIK (region, birth date, sex);
  IBANs of the UAE, Qatar, Saudi Arabia and Brazil (a payout IBAN, mostly NULL);
* scripts: Hangul, Hanzi and Arabic names next to their romanizations, Chinese addresses, Korean city names;
* names of those cultures written as people write them: Malay patronyms (``bin``/``binti``), Indian-Malaysian
  ``a/l``/``a/p``, Chinese and Korean family name first without a space, Gulf ``Al ...`` family names, Filipino
  double given names, Brazilian and Mexican compound given names;
* phones as people type them there (phonenumbers): ``+91 98xxx xxxxx``, ten bare digits, ``0``-prefixed national
  forms, M-Pesa style MSISDNs ``2547...`` without a plus, Brazilian ``(11) 9xxxx-xxxx``, Gulf ``05x`` numbers;
* dates of birth as ``DATE``, ``dd/mm/yyyy`` and ``dd-mm-yyyy`` text, ``yyyymmdd`` integers, epoch milliseconds and
  day, month and year parts in three columns (tag ``split_dob``);
* decoys (tag ``decoy``; ``value_shape`` when shaped like a personal or identifying value): UPI transaction
  references (UTR), order, AWB and customs numbers, merchant ids, SKUs, IMEIs (Luhn) and ICCIDs, GUIDs, hashes,
  app versions, HS codes, store codes, M-Pesa-like transaction codes, amounts in INR, BRL, MXN, ZAR, AUD, MYR, KRW,
  CNY, KES, ARS/CLP, PHP, AED and IDR, crypto wallet addresses, flight numbers, a NISN-like school roll number, the
  coordinates of a trip's pickup and drop-off, Y/N flags, integer surrogate keys named like personal fields
  (``address_id``, ``name_id``, ``phone_id``, ``dob_key``) and business identifiers (CNPJ, GSTIN-like merchant tax
  ids, ABN, a company's RUT).

Labeling choices a reader may question:

* the Korean RRN, CURP, SA ID, MyKad, NIK, Emirates ID, Chinese resident ID, Kenyan national ID, KRA PIN, TFN, PAN,
  Aadhaar, CPF, DNI/RUT and a person's RFC are all ``national_id`` (the Australian TFN and the PAN and RFC are tax
  numbers of persons; with the scorer's "ssn = national_id" line the choice between the two does not matter much);
  the Philippine SSS number of an agent is ``national_id`` too;
* a passport number (``passportNo``) is ``national_id``: a government-issued number pointing at one person;
* a Korean game's ``nickname`` and the agents' ``windows_login`` are ``unclassified`` (tag ``username``); the
  wallet's ``display_tag`` (a nickname shown to people paying you) is ``unclassified`` too;
* day, month and year of birth in three integer columns are each ``date_of_birth`` (tag ``split_dob``);
* the Chinese and romanized name of one person in two columns are both ``person_name``; a Chinese family name alone
  is ``last_name``;
* the pupil's father's and mother's names (``nama_ayah``, ``nama_ibu``) are ``person_name``; the school's roll
  number (``nisn``) is labeled ``none`` as a school-assigned student number (tag ``value_shape``), though it is issued
  nationally;
* a seller that is a company has its CNPJ (``none``); the seller's ``razao_social`` (company or trading name, for
  individuals often their own name) is ``none`` as a trading name; the contact person's name is ``person_name``;
* the last four digits of a card or ID (``card_last4``, ``id_last4``) are ``none`` (tag ``partial``);
* the customs declaration's address in Chinese script is ``street_address`` even though it includes the district; the
  province and the country are ``none``;
* a pickup or drop-off point's coordinates are ``none`` as the brief for v30 asks (they describe a trip, but the
  convention of this set is that coordinates are ``none``);
* support chats, agent notes and remarks naming people, phones or e-mails are ``free_text``; a canned reason code is
  ``none``; opaque columns (``attr_3``, ``ext_field_b``, ``ref2``, ``memo``) take the kind of what they hold;
* a referrer's wallet MSISDN is ``phone``; a merchant's till number is ``none``;
* logins of back-office staff in audit columns are ``unclassified``; batch jobs (``kyc-batch``) are ``none``.

Labeling rules otherwise as v2 to v29 (see :mod:`benchmarks.classification.heldout_v27`): a business's address,
phone, postal code and city are ``none`` (tag ``business``); staff names are ``person_name`` (a first name or family
name alone ``first_name`` or ``last_name``); a login is ``unclassified`` (tag ``username``), a service account or a
batch program ``none``. ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, cities
and companies of :mod:`benchmarks.classification.heldout_v30_values`, written for v30 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v30 [PATH]`` (default
``/tmp/heldout_v30.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v30``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v30_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v30_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v30.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
OPAQUE = "opaque"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
KEY = "join_key"
PARTIAL = "partial"
SCRIPT = "local_script"  # Hangul, Hanzi or Arabic script values
SPLIT = "split_dob"
CHECKED = "check_digit"  # a national identifier with a check digit (python-stdnum)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "nil") + extra


def _staff(g: Gen, n: int, make: Callable[[], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make())
    return sorted(out)


def _null(g: Gen, values: list, share: float) -> list:
    return [None if g.rnd.random() < share else x for x in values]


def _sex(g: Gen) -> list[bool]:
    return [g.rnd.random() < 0.5 for _ in range(g.rows)]


# -- India, Brazil, Mexico ---------------------------------------------------------------------------------------------


def in_fintech_kyc(g: Gen) -> Table:
    """An Indian payments app's KYC table: customer id, full name as on PAN, father's name, PAN, Aadhaar (stored by an
    older flow, mostly NULL), masked Aadhaar last four digits, date of birth as ``dd/mm/yyyy`` text, mobile numbers as
    typed, e-mail, address, PIN code, city, state, the KYC status and the reviewer (few staff), a UPI transaction
    reference (UTR) of the penny-drop check, the merchant's GSTIN-shaped id (none), the device IP and app version."""
    female = _sex(g)
    pairs = [v.person(g, "in", f) for f in female]
    births = g.births(1958, 2006)
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    reviewers = _staff(g, 5, lambda: v.whole(g, "in"))
    logins = sorted({v.login(*v.person(g, "in"), i) for i in range(4)})
    return Table("paysetu_kyc.customer_kyc", "en", "snake", [
        c("customer_id", N, "BIGINT", g.keys(7_000_001), "decoy", KEY),
        c("name_as_per_pan", "person_name", "VARCHAR", [f"{a} {b}".upper() if g.rnd.random() < 0.6 else f"{a} {b}"
                                                         for a, b in pairs]),
        c("father_name", "person_name", "VARCHAR", [f"{v.person(g, 'in', False)[0]} {b}" if g.rnd.random() < 0.7
                                                     else None for _, b in pairs], ROLE),
        c("pan_no", "national_id", "VARCHAR", [v.pan(g, b) for _, b in pairs], CHECKED, ABBREV),
        c("aadhaar_no", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.6), 0.75), HEAVY,
          CHECKED),
        c("aadhaar_last4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", PARTIAL),
        c("dob", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births], ABBREV),
        c("mobile_no", "phone", "VARCHAR", g.phones("IN", {"nsn": 0.45, "in_split": 0.25, "e164": 0.15, "cc": 0.15})),
        c("alt_mobile", "phone", "VARCHAR", g.phones("IN", {"nsn": 0.6, "national": 0.4}, 0.9, 0.7), HEAVY),
        c("email_id", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["in"]) if g.rnd.random() < 0.8 else None
                                           for a, b in pairs]),
        c("address_line", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, False))),
        c("address_id", N, "BIGINT", g.ints(100_000, 999_999), "decoy", KEY, MISLEADING),
        c("pincode", "postal_code", "VARCHAR", [p[2] + g.digits(3) for p in places]),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state_code", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("kyc_status", N, "VARCHAR", g.col(g.pick(["VERIFIED", "VERIFIED", "PENDING", "REJECTED", "MIN_KYC"])),
          "decoy"),
        c("reviewed_by", "person_name", "VARCHAR", g.col(g.pick(reviewers), 0.2), STAFF),
        c("penny_drop_utr", N, "VARCHAR", g.col(lambda: g.code("999999999999")), "decoy", SHAPE),
        c("merchant_gstin", N, "VARCHAR", g.col(lambda: g.code("2799AAAC99999A1Z9"), 0.6), "business", SHAPE),
        c("device_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.05)),
        c("app_version", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("updated_by", USERNAME, "VARCHAR", g.col(g.pick(logins), 0.3), AUDIT, USER),
        c("created_at", N, "TIMESTAMP", g.moments("2023-01-01", "2025-12-31"), "decoy"),
    ])


def br_marketplace_sellers(g: Gen) -> Table:
    """A Brazilian marketplace's sellers (Portuguese, snake case): individuals (``PF``, with a CPF) and companies
    (``PJ``, with a CNPJ: ``none``), the trading name (``none``), the contact person, phone, e-mail, the pickup
    address, CEP, city and UF, the payout IBAN (mostly NULL), the rating and the account manager (few staff)."""
    pj = [g.rnd.random() < 0.45 for _ in range(g.rows)]
    pairs = [v.person(g, "br") for _ in range(g.rows)]
    places = [g.rnd.choice(v.BR_CITIES) for _ in range(g.rows)]
    managers = _staff(g, 4, lambda: v.whole(g, "br"))

    def trading() -> str:
        return f"Loja {g.rnd.choice(['Top', 'Mix', 'Stylo', 'Nordeste'])} {g.rnd.randint(1, 99)}"

    return Table("feira_mkt.vendedores", "pt", "snake", [
        c("vendedor_id", N, "BIGINT", g.keys(30_001), "decoy", KEY),
        c("tipo_pessoa", N, "VARCHAR", ["PJ" if x else "PF" for x in pj], "decoy"),
        c("cpf", "national_id", "VARCHAR", [None if x else v.cpf(g, g.rnd.random() < 0.7) for x in pj], CHECKED),
        c("cnpj", N, "VARCHAR", [v.cnpj(g) if x else None for x in pj], "business", SHAPE),
        c("razao_social", N, "VARCHAR", [g.rnd.choice(v.BR_COMPANIES) if x else trading() for x in pj], "business"),
        c("nome_responsavel", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], ROLE),
        c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.6, "e164": 0.2, "digits": 0.2})),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["br"]) for a, b in pairs]),
        c("endereco_coleta", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BR_STREETS))),
        c("cep", "postal_code", "VARCHAR", [(p[2] + g.digits(8 - len(p[2])))[:5] + "-" + g.digits(3) for p in places],
          ABBREV),
        c("cidade", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", [p[1] for p in places], "decoy", ABBREV),
        c("iban_repasse", "iban", "VARCHAR", g.col(lambda: v.iban(g, "BR"), 0.8), HEAVY),
        c("nota_media", N, "DOUBLE", g.floats(2.5, 5.0, 1), "decoy"),
        c("gerente_conta", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ROLE),
        c("sku_principal", N, "VARCHAR", g.col(lambda: g.code("MLB-99999999")), "decoy", SHAPE),
        c("criado_em", N, "TIMESTAMP", g.moments("2020-01-01", "2025-12-31"), "decoy"),
    ])


def br_marketplace_orders(g: Gen) -> Table:
    """The marketplace's buyers' orders (English column names, as the global team wrote them): order number, buyer
    name, CPF (NULL for most guest checkouts), phone, e-mail, shipping address, CEP and city, the product and its SKU,
    the amount in BRL, the carrier's tracking code, a buyer's message to the seller and the seller id."""
    pairs = [v.person(g, "br") for _ in range(g.rows)]
    places = [g.rnd.choice(v.BR_CITIES) for _ in range(g.rows)]

    def message() -> str:
        return g.rnd.choice([f"Entregar para minha mãe {v.whole(g, 'br')}, ela fica em casa à tarde",
                             "Por favor embalar para presente", f"Se não atender liga no {g.phone('BR', 'national')}",
                             "Deixar na portaria", f"Aos cuidados de {v.given(g, 'br')} no apto 302"])

    return Table("feira_mkt.buyer_orders", "en", "snake", [
        c("order_no", N, "VARCHAR", g.col(lambda: g.code("2000009999999999")), "decoy", SHAPE),
        c("buyer_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], ROLE),
        c("buyer_cpf", "national_id", "VARCHAR", [v.cpf(g, g.rnd.random() < 0.5) if g.rnd.random() < 0.35 else None
                                                  for _ in range(g.rows)], HEAVY, CHECKED),
        c("buyer_phone", "phone", "VARCHAR", g.phones("BR", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 0.9)),
        c("buyer_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["br"]) for a, b in pairs]),
        c("ship_street", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BR_STREETS))),
        c("ship_zip", "postal_code", "VARCHAR", [p[2] + g.digits(8 - len(p[2])) for p in places]),
        c("ship_city", "city", "VARCHAR", [p[0] for p in places]),
        c("product_title", N, "VARCHAR", g.col(g.pick(v.PRODUCTS_BR)), "decoy"),
        c("sku", N, "VARCHAR", g.col(lambda: g.code("SKU-AAA-9999")), "decoy", SHAPE),
        c("amount_brl", N, "DECIMAL(12,2)", g.amounts(19.9, 2_400), "decoy"),
        c("tracking_code", N, "VARCHAR", g.col(lambda: g.code("AA999999999BR")), "decoy", SHAPE),
        c("buyer_message", "free_text", "VARCHAR", g.sparse(message, 0.6, ("",))),
        c("seller_id", N, "BIGINT", g.ints(30_001, 30_450), "decoy", KEY),
        c("paid_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-31"), "decoy"),
    ])


def mx_telco_subscribers(g: Gen) -> Table:
    """A Mexican mobile operator's postpaid subscribers (Spanish, snake case): line number, name split into nombre,
    apellido paterno and materno, CURP and the person's RFC (for invoices, mostly NULL), birth date, address, colonia,
    CP, municipio, IMEI and ICCID of the device (decoys), the plan, the amount in MXN and the sales agent (few)."""
    female = _sex(g)
    pairs = [v.person(g, "mx", f) for f in female]
    births = g.births(1955, 2006)
    places = [g.rnd.choice(v.MX_CITIES) for _ in range(g.rows)]
    seconds = [g.rnd.choice(v.NAMES["mx"][2]) for _ in range(g.rows)]
    curps = [v.curp(a, b, s, d, f, p[3]) for (a, b), s, d, f, p in zip(pairs, seconds, births, female, places,
                                                                        strict=True)]
    agents = _staff(g, 6, lambda: v.whole(g, "mx"))
    return Table("movilred.suscriptores", "es", "snake", [
        c("id_linea", N, "BIGINT", g.keys(55_000_001), "decoy", KEY),
        c("msisdn", "phone", "VARCHAR", g.phones("MX", {"nsn": 0.5, "cc": 0.3, "e164": 0.2})),
        c("nombre", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("apellido_paterno", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("apellido_materno", "last_name", "VARCHAR", seconds),
        c("curp", "national_id", "VARCHAR", curps, CHECKED),
        c("rfc", "national_id", "VARCHAR", [v.rfc_persona(g, x) if g.rnd.random() < 0.3 else None for x in curps],
          HEAVY),
        c("fecha_nacimiento", "date_of_birth", "DATE", births),
        c("calle_numero", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.MX_STREETS)} "
                                                                     f"{g.rnd.randint(1, 3000)}")),
        c("colonia", N, "VARCHAR", g.col(g.pick(["Centro", "Americana", "Del Valle", "Las Águilas", "San Benito"])),
          "decoy"),
        c("cp", "postal_code", "VARCHAR", [p[2] + g.digits(3) for p in places], ABBREV),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("estado", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("imei", N, "VARCHAR", g.col(lambda: v.imei(g), 0.1), "decoy", SHAPE),
        c("iccid", N, "VARCHAR", g.col(lambda: "8952" + g.digits(15)), "decoy", SHAPE),
        c("plan", N, "VARCHAR", g.col(g.pick(["Plan 250", "Plan 399 Ilimitado", "Plan 599 Plus", "Prepago"])),
          "decoy"),
        c("monto_mxn", N, "DECIMAL(10,2)", g.amounts(199, 899), "decoy"),
        c("vendedor", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROLE),
        c("alta", N, "DATE", g.days("2018-01-01", "2025-12-31"), "decoy"),
    ])


# -- South Africa, Australia, Malaysia ---------------------------------------------------------------------------------


def za_insurer_policyholders(g: Gen) -> Table:
    """A South African funeral and life insurer's mainframe-style policy holder file (SCREAMING names): policy number,
    initials and surname, full names, the SA ID number (encoding the row's birth date), birth date as a ``yyyymmdd``
    integer, cellphone (``0`` national form), a beneficiary's name and cellphone, the postal address, postal code,
    the debit order day, premium in ZAR, the broker (few) and its FSP number (none)."""
    female = _sex(g)
    pairs = [v.person(g, "za", f) for f in female]
    births = g.births(1945, 2004)
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    brokers = _staff(g, 5, lambda: v.whole(g, "za"))
    return Table("SIZWECOVER.POLICY_HOLDER", "en", "screaming", [
        c("POLICY_NO", N, "VARCHAR", g.col(lambda: g.code("SZF999999")), "decoy", SHAPE),
        c("INITIALS", N, "VARCHAR", [a[0] + ("." + g.rnd.choice("ABCDEJKLMNPST") if g.rnd.random() < 0.4 else "")
                                     for a, _ in pairs], "decoy"),
        c("SURNAME", "last_name", "VARCHAR", [b.upper() for _, b in pairs]),
        c("FULL_NAMES", "first_name", "VARCHAR", [a.upper() for a, _ in pairs]),
        c("ID_NUMBER", "national_id", "VARCHAR", [v.za_id(g, d, f) for d, f in zip(births, female, strict=True)],
          CHECKED),
        c("BIRTH_DT", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in births]),
        c("CELL_NO", "phone", "VARCHAR", g.phones("ZA", {"national": 0.5, "digits": 0.3, "e164": 0.2}, 0.95)),
        c("BENEF_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za"), 0.3), ROLE, ABBREV),
        c("BENEF_CELL", "phone", "VARCHAR", g.phones("ZA", {"digits": 0.7, "national": 0.3}, 1.0, 0.55), HEAVY),
        c("POSTAL_ADDR", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, False).upper())),
        c("POSTAL_CODE", "postal_code", "VARCHAR", [g.rnd.choice(p[2]) for p in places]),
        c("TOWN", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("PROV", N, "VARCHAR", [p[1] for p in places], "decoy", ABBREV),
        c("DEBIT_DAY", N, "INTEGER", g.col(g.pick([1, 15, 20, 25, 26, 31])), "decoy"),
        c("PREMIUM_ZAR", N, "DECIMAL(9,2)", g.amounts(89, 1_450), "decoy"),
        c("BROKER_NM", "person_name", "VARCHAR", g.col(g.pick(brokers)), STAFF, ABBREV),
        c("FSP_NO", N, "VARCHAR", g.col(lambda: g.code("99999")), "business"),
        c("NAME_ID", N, "INTEGER", g.ints(1, 999_999), "decoy", KEY, MISLEADING),
    ])


def au_crypto_customers(g: Gen) -> Table:
    """An Australian crypto exchange's customers (camel case): user id, given and family name, TFN (asked for tax
    reporting, often not given), birth date as epoch milliseconds, mobile (``04xx`` and ``+61``), e-mail, residential
    address, suburb, state, postcode, the sole trader's ABN (business: none), wallet addresses, tier, the last login IP
    and a support note."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    births = g.births(1950, 2006)
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Called from {g.phone('AU', 'national')} re withdrawal hold",
                             f"Partner {v.whole(g, 'au')} is joint holder, needs own KYC",
                             "Source of funds: salary", f"Emailed {v.email(g, 'au')} about TFN"])

    return Table("koalax.customerProfile", "en", "camel", [
        c("userId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("givenName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("familyName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("tfn", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.55), HEAVY, CHECKED, ABBREV),
        c("dobEpochMs", "date_of_birth", "BIGINT", [v.epoch_ms(d, g) for d in births]),
        c("mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.5, "e164": 0.3, "intl": 0.2})),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in pairs]),
        c("residentialAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, False))),
        c("suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("postcode", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("soleTraderAbn", N, "VARCHAR", g.col(lambda: v.abn(g), 0.6), "business", SHAPE),
        c("btcDepositAddress", N, "VARCHAR", g.col(lambda: "bc1q" + g.digits(38, "023456789acdefghjklmnpqrstuvwxyz")),
          "decoy", SHAPE),
        c("tier", N, "VARCHAR", g.col(g.pick(["BASIC", "VERIFIED", "PRO"])), "decoy"),
        c("lastLoginIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35))),
        c("balanceAud", N, "DOUBLE", g.floats(0, 80_000, 2), "decoy"),
        c("supportNote", "free_text", "VARCHAR", g.sparse(note, 0.65, ("",))),
        c("createdAt", N, "TIMESTAMP", g.moments("2019-01-01", "2025-12-31"), "decoy"),
    ])


def my_ridehail_drivers(g: Gen) -> Table:
    """A Malaysian ride-hailing app's driver partners (English and Malay names, snake case): driver id, name as on
    MyKad (patronyms), MyKad number (birth date, state of birth), birth date, phone (``01x`` and ``+60``), e-mail,
    address, poskod, bandar, the vehicle model (none), the last trip's pickup and drop-off coordinates (none), the
    rating, the emergency contact (``waris``) and its phone, ``attr_3`` holding a second phone."""
    female = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    pairs = [v.person(g, "my", f) for f in female]
    births = g.births(1960, 2003)
    places = [g.rnd.choice(v.MY_CITIES) for _ in range(g.rows)]
    return Table("tumpang.driver_partner", "en", "snake", [
        c("driver_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("nama_penuh", "person_name", "VARCHAR", [f"{a} {b}".strip() for a, b in pairs], "lang:ms"),
        c("no_mykad", "national_id", "VARCHAR", [v.mykad(g, d, p[3], f, g.rnd.random() < 0.6)
                                                 for d, p, f in zip(births, places, female, strict=True)], CHECKED,
          "lang:ms"),
        c("tarikh_lahir", "date_of_birth", "VARCHAR", [d.strftime("%d-%m-%Y") for d in births], "lang:ms"),
        c("phone_no", "phone", "VARCHAR", g.phones("MY", {"national": 0.6, "e164": 0.2, "digits": 0.2})),
        c("email", "email", "VARCHAR", [v.email_of(g, a.split()[0], (b.split() or a.split())[-1], v.DOMAINS["my"])
                                        for a, b in pairs]),
        c("alamat", "street_address", "VARCHAR", g.col(lambda: f"No. {g.rnd.randint(1, 120)}, "
                                                              f"{g.rnd.choice(v.MY_STREETS)}"), "lang:ms"),
        c("poskod", "postal_code", "VARCHAR", [p[2] + g.digits(3) for p in places], "lang:ms"),
        c("bandar", "city", "VARCHAR", [p[0] for p in places], "lang:ms"),
        c("negeri", N, "VARCHAR", [p[1] for p in places], "decoy", "lang:ms"),
        c("vehicle_model", N, "VARCHAR", g.col(g.pick(["Perodua Myvi", "Proton Saga", "Perodua Bezza", "Honda City",
                                                        "Proton X50"])), "decoy"),
        c("last_pickup_lat", N, "DOUBLE", g.floats(1.4, 6.5, 6), "decoy"),
        c("last_pickup_lng", N, "DOUBLE", g.floats(100.2, 118.0, 6), "decoy"),
        c("rating", N, "DOUBLE", g.floats(3.8, 5.0, 2), "decoy"),
        c("waris_nama", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "my"), 0.15), ROLE, "lang:ms"),
        c("waris_telefon", "phone", "VARCHAR", g.phones("MY", {"national": 0.7, "digits": 0.3}, 1.0, 0.15),
          "lang:ms"),
        c("attr_3", "phone", "VARCHAR", g.phones("MY", {"digits": 0.6, "e164": 0.4}, 1.0, 0.8), HEAVY, OPAQUE),
        c("app_ver", N, "VARCHAR", g.col(g.version), "decoy", SHAPE, ABBREV),
        c("onboarded_at", N, "TIMESTAMP", g.moments("2017-01-01", "2025-12-31"), "decoy"),
    ])


# -- Korea, China, Kenya -----------------------------------------------------------------------------------------------


def kr_game_accounts(g: Gen) -> Table:
    """A Korean game company's accounts (English and Korean names): account number, nickname (``unclassified``), the
    real name in Hangul (for age verification), the RRN (kept for older accounts, mostly NULL), birth date as a
    ``yyyymmdd`` integer, the phone (``010-xxxx-xxxx``), e-mail, city in Hangul, the guardian's name for minors,
    register and last IP, the device's GUID, cash balance in KRW and the server."""
    female = _sex(g)
    pairs = [v.person(g, "ko", f) for f in female]
    births = g.births(1975, 2012)
    places = [g.rnd.choice(v.KR_CITIES) for _ in range(g.rows)]
    nicks: list[str] = []
    seen: set[str] = set()
    for _ in range(g.rows):
        nick = g.rnd.choice(["다크", "Shadow", "별빛", "Hunter", "용사", "xX", "Neo", "검객"]) + \
            g.rnd.choice(["기사", "Wolf", "마법사", "King", "99", "_kr", "소녀"]) + str(g.rnd.randint(1, 9999))
        while nick in seen:
            nick += str(g.rnd.randint(0, 9))
        seen.add(nick)
        nicks.append(nick)
    return Table("pixelmoon.account", "en", "snake", [
        c("account_no", N, "BIGINT", g.keys(10_000_001), "decoy", KEY),
        c("nickname", USERNAME, "VARCHAR", nicks, USER, SCRIPT),
        c("real_name", "person_name", "VARCHAR", [f"{b}{a}" for a, b in pairs], SCRIPT),
        c("rrn", "national_id", "VARCHAR", [v.rrn(g, d, f) if g.rnd.random() < 0.3 else None
                                            for d, f in zip(births, female, strict=True)], HEAVY, CHECKED, ABBREV),
        c("birth_ymd", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in births]),
        c("hp_no", "phone", "VARCHAR", g.phones("KR", {"national": 0.7, "digits": 0.2, "e164": 0.1}), ABBREV),
        c("email", "email", "VARCHAR", g.col(lambda: v.email_latin(g, v.DOMAINS["kr"]), 0.1)),
        c("지역", "city", "VARCHAR", [p[0] for p in places], SCRIPT, "lang:ko"),
        c("보호자명", "person_name", "VARCHAR", [v.whole(g, "ko") if d.year >= 2007 else None for d in births],
          ROLE, SCRIPT, HEAVY, "lang:ko"),
        c("reg_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2))),
        c("last_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.05)),
        c("device_guid", N, "VARCHAR", g.col(lambda: g.uuid().upper()), "decoy", SHAPE),
        c("cash_krw", N, "INTEGER", g.ints(0, 500_000), "decoy"),
        c("server", N, "VARCHAR", g.col(g.pick(["아리아", "루나", "Sol", "Terra"])), "decoy", SCRIPT),
        c("level", N, "INTEGER", g.ints(1, 300), "decoy"),
        c("phone_id", N, "BIGINT", g.ints(1, 9_999_999), "decoy", KEY, MISLEADING),
        c("joined_at", N, "TIMESTAMP", g.moments("2012-01-01", "2025-12-31"), "decoy"),
    ])


def cn_crossborder_customs(g: Gen) -> Table:
    """A Chinese cross-border e-commerce exporter's customs declarations (English names): the order, the AWB, the
    buyer's name in Hanzi and in pinyin, the buyer's resident identity number (customs needs it), phone (``1xx``
    mobiles, with and without ``+86``), the address in Chinese script, the province (none), the postcode, the city in
    pinyin, HS code, goods, declared value in CNY, the customs status and a remark."""
    female = _sex(g)
    keys = [g.rnd.randrange(len(v.NAMES["zh"][0])) for _ in range(g.rows)]
    lasts = [g.rnd.randrange(len(v.NAMES["zh"][2])) for _ in range(g.rows)]

    def name(culture: str, i: int) -> tuple[str, str]:
        males, females, fams = v.NAMES[culture]
        return (females if female[i] else males)[keys[i]], fams[lasts[i]]

    births = g.births(1960, 2005)
    places = [g.rnd.choice(v.CN_CITIES) for _ in range(g.rows)]

    def remark() -> str:
        return g.rnd.choice(["请放快递柜", f"收件人{v.whole(g, 'zh')}不在家请联系{g.phone('CN', 'nsn')}",
                             "Fragile - glass jar", f"代{v.whole(g, 'zh')}购买", "工作日送货"])

    return Table("kuajing.customs_declaration", "en", "snake", [
        c("order_sn", N, "VARCHAR", g.col(lambda: g.code("KJ2025999999999999")), "decoy", SHAPE),
        c("awb_no", N, "VARCHAR", g.col(lambda: g.code("999-99999999")), "decoy", SHAPE),
        c("buyer_name", "person_name", "VARCHAR", ["".join(reversed(name("zh", i))) for i in range(g.rows)],
          SCRIPT, ROLE),
        c("buyer_name_pinyin", "person_name", "VARCHAR", [" ".join(reversed(name("zh_py", i))) for i in range(g.rows)],
          ROLE),
        c("buyer_id_no", "national_id", "VARCHAR", [v.cn_ric(g, d, p[3], f) for d, p, f in
                                                    zip(births, places, female, strict=True)], CHECKED),
        c("buyer_tel", "phone", "VARCHAR", g.phones("CN", {"nsn": 0.7, "e164": 0.2, "intl": 0.1})),
        c("consignee_addr", "street_address", "VARCHAR", [g.rnd.choice(v.CN_STREETS).format(n=g.rnd.randint(1, 999))
                                                          for _ in range(g.rows)], SCRIPT),
        c("province", N, "VARCHAR", [p[0] for p in places], "decoy", SCRIPT),
        c("zip", "postal_code", "VARCHAR", [p[2] + g.digits(3) for p in places]),
        c("city_en", "city", "VARCHAR", [p[1] for p in places]),
        c("hs_code", N, "VARCHAR", g.col(g.pick(["0402210000", "2106909090", "3304990029", "2936290090"])),
          "decoy", SHAPE),
        c("goods_name", N, "VARCHAR", g.col(g.pick(v.CN_PRODUCTS)), "decoy", SCRIPT),
        c("declared_cny", N, "DECIMAL(10,2)", g.amounts(39, 4_999), "decoy"),
        c("customs_status", N, "VARCHAR", g.col(g.pick(["RELEASED", "RELEASED", "INSPECTING", "RETURNED"])),
          "decoy"),
        c("payer_hash", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
        c("remark", "free_text", "VARCHAR", g.sparse(remark, 0.55, ("", "无"))),
        c("declared_at", N, "TIMESTAMP", g.moments("2025-03-01", "2025-12-31"), "decoy"),
    ])


def ke_wallet_users(g: Gen) -> Table:
    """A Kenyan mobile-money wallet's users (snake case): the MSISDN (``2547...`` without a plus), first, middle and
    last name, national ID number (no check digit), KRA PIN (mostly NULL), birth date as ``dd/mm/yyyy`` text, the
    display tag shown to payers (``unclassified``), e-mail (mostly NULL), town and postal code, the last transaction
    code (decoy), the merchant till number (none), balance in KES, who referred them (an MSISDN), ``ref2`` (the next of
    kin's name) and the agent who registered them (few)."""
    pairs = [v.person(g, "ke") for _ in range(g.rows)]
    births = g.births(1960, 2006)
    towns = [g.rnd.choice(v.KE_CITIES) for _ in range(g.rows)]
    agents = _staff(g, 7, lambda: v.whole(g, "ke"))
    return Table("pesapap.wallet_user", "en", "snake", [
        c("wallet_id", N, "BIGINT", g.keys(4_000_001), "decoy", KEY),
        c("msisdn", "phone", "VARCHAR", g.phones("KE", {"cc": 0.75, "national": 0.15, "e164": 0.1})),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("middle_name", "first_name", "VARCHAR", g.col(lambda: v.given(g, "ke"), 0.45)),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("national_id_no", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(10_000_000, 39_999_999)))),
        c("kra_pin", "national_id", "VARCHAR", g.col(lambda: v.ke_pin(g), 0.7), HEAVY, CHECKED),
        c("dob", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births]),
        c("display_tag", USERNAME, "VARCHAR", [f"{a[:4].lower()}{b[:3].lower()}{g.rnd.randint(1, 999)}"
                                               for a, b in pairs], USER),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ke"]) if g.rnd.random() < 0.3 else None
                                        for a, b in pairs], HEAVY),
        c("town", "city", "VARCHAR", [t[0] for t in towns]),
        c("postal_code", "postal_code", "VARCHAR", [t[1] for t in towns]),
        c("last_txn_code", N, "VARCHAR", g.col(lambda: g.code("TAZZZZZZZZ")), "decoy", SHAPE),
        c("till_no", N, "VARCHAR", g.col(lambda: g.code("999999"), 0.6), "business"),
        c("balance_kes", N, "DECIMAL(12,2)", g.amounts(0, 250_000), "decoy"),
        c("referred_by_msisdn", "phone", "VARCHAR", g.phones("KE", {"cc": 1.0}, 1.0, 0.75), HEAVY),
        c("ref2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ke"), 0.4), OPAQUE),
        c("registered_by_agent", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROLE),
        c("is_blocked", N, "VARCHAR", g.yn("Y", "N", 0.03), "decoy"),
        c("created_by", N, "VARCHAR", g.col(g.pick(["ussd-gw", "app-onboarding"])), "decoy", AUDIT, SERVICE),
    ])


# -- Argentina and Chile, the Philippines, the Gulf, Indonesia ---------------------------------------------------------


def sur_retail_customers(g: Gen) -> Table:
    """An Argentine and Chilean retailer's loyalty customers (Spanish, camel case): the country, the document (DNI in
    Argentina, RUT in Chile, one column), names, birth date split into day, month and year, cell phone, e-mail, street,
    commune or city, postal code, store code, points, the last purchase in local currency, the company's RUT of a
    business customer (none), ``extFieldB`` holding an e-mail for e-invoices (mostly NULL) and a cashier's memo."""
    places = [g.rnd.choice(v.AR_CITIES) for _ in range(g.rows)]
    pairs = [v.person(g, "ar") for _ in range(g.rows)]
    births = g.births(1945, 2006)

    def doc(country: str) -> str:
        return v.rut(g) if country == "CL" else v.dni(g, g.rnd.random() < 0.5)

    def memo() -> str:
        return g.rnd.choice([f"Retira su hija {v.whole(g, 'ar')} con autorización", "Cliente frecuente",
                             f"Llamar al {g.phone('AR', 'national')} cuando llegue el pedido",
                             "Cambio de talle", f"Avisar a {v.given(g, 'ar')}"])

    return Table("tiendasSur.clienteFidelidad", "es", "camel", [
        c("clienteId", N, "BIGINT", g.keys(1_000_001), "decoy", KEY),
        c("pais", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("nroDocumento", "national_id", "VARCHAR", [doc(p[1]) for p in places]),
        c("nombres", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("apellidos", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("diaNac", "date_of_birth", "INTEGER", [d.day for d in births], SPLIT),
        c("mesNac", "date_of_birth", "INTEGER", [d.month for d in births], SPLIT),
        c("anioNac", "date_of_birth", "INTEGER", [d.year for d in births], SPLIT),
        c("celular", "phone", "VARCHAR", [g.phone(p[1], g.rnd.choice(["national", "e164", "intl"]))
                                          for p in places]),
        c("correo", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ar"]) for a, b in pairs]),
        c("calle", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.AR_STREETS)} "
                                                             f"{g.rnd.randint(10, 5000)}")),
        c("comunaCiudad", "city", "VARCHAR", [p[0] for p in places]),
        c("codPostal", "postal_code", "VARCHAR", [p[2] if p[1] == "CL" else p[2] + g.code("AAA") for p in places],
          ABBREV),
        c("codTienda", N, "VARCHAR", g.col(lambda: g.code("T-999")), "decoy", SHAPE),
        c("puntos", N, "INTEGER", g.ints(0, 90_000), "decoy"),
        c("ultimaCompra", N, "DECIMAL(12,2)", g.amounts(2_000, 380_000), "decoy"),
        c("rutEmpresa", N, "VARCHAR", g.col(lambda: v.rut(g, True), 0.65), "business", SHAPE),
        c("extFieldB", "email", "VARCHAR", g.col(lambda: v.email(g, "ar"), 0.75), HEAVY, OPAQUE),
        c("memo", "free_text", "VARCHAR", g.sparse(memo, 0.8, _words("sin dato", "s/d")), NULLWORD, OPAQUE),
    ])


def ph_bpo_agents(g: Gen) -> Table:
    """A Philippine BPO's agent roster (snake case): employee number, the agent's full name, nickname (the name used
    on calls: ``first_name``), Windows login (``unclassified``), work e-mail, personal mobile, SSS number (no check
    digit used here), birth date, home address, city and ZIP, the account (client company: none), site, shift, team
    lead (few), the wave and a coaching note naming callers and leads."""
    pairs = [v.person(g, "ph") for _ in range(g.rows)]
    births = g.births(1975, 2004)
    places = [g.rnd.choice(v.PH_CITIES) for _ in range(g.rows)]
    leads = _staff(g, 6, lambda: v.whole(g, "ph"))
    logins = [f"{v.login(a, b, 0)}{i % 97}" for i, (a, b) in enumerate(pairs)]

    def note() -> str:
        return g.rnd.choice([f"Escalated by TL {g.rnd.choice(leads)} - AHT high", "Passed QA 96%",
                             f"Caller {v.whole(g, 'au')} complained about tone",
                             f"Swapped shift with {v.whole(g, 'ph')}", "Nesting week 2"])

    return Table("bpo_hr.agent_roster", "en", "snake", [
        c("emp_no", N, "VARCHAR", [f"PH{100_000 + i}" for i in range(g.rows)], "decoy", KEY),
        c("agent_full_name", "person_name", "VARCHAR", [f"{b}, {a}" if g.rnd.random() < 0.5 else f"{a} {b}"
                                                        for a, b in pairs], ROLE),
        c("call_name", "first_name", "VARCHAR", [a.split()[0] for a, _ in pairs]),
        c("windows_login", USERNAME, "VARCHAR", logins, USER),
        c("work_email", "email", "VARCHAR", [f"{v.plain(a)}.{v.plain(b)}@ortigascx.com" for a, b in pairs]),
        c("personal_mobile", "phone", "VARCHAR", g.phones("PH", {"national": 0.6, "e164": 0.2, "nsn": 0.2})),
        c("sss_no", "national_id", "VARCHAR", g.col(lambda: g.code("99-9999999-9"), 0.1), ABBREV),
        c("birthdate", "date_of_birth", "DATE", births),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PH_STREETS))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("zip", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("account", N, "VARCHAR", g.col(g.pick(["Telco AU Care", "US Health Payer", "Travel OTA Chat",
                                                  "Fintech Collections"])), "decoy"),
        c("site", N, "VARCHAR", g.col(g.pick(["ORT-1", "CEB-IT", "DVO-2"])), "decoy", SHAPE),
        c("shift", N, "VARCHAR", g.col(g.pick(["22:00-07:00", "20:00-05:00", "09:00-18:00"])), "decoy"),
        c("team_lead", "person_name", "VARCHAR", g.col(g.pick(leads)), STAFF, ROLE),
        c("wave", N, "VARCHAR", g.col(lambda: f"W{g.rnd.randint(1, 40)}-2025"), "decoy"),
        c("coaching_note", "free_text", "VARCHAR", g.sparse(note, 0.5, ("",))),
    ])


def gulf_airline_members(g: Gen) -> Table:
    """A Gulf airline's loyalty members (camel case): member number, title, names in Latin and Arabic script,
    passport number and nationality, Emirates ID (UAE residents, mostly NULL), birth date, mobile (``05x`` and
    ``+971``/``+974``/``+966``/``+968``), e-mail, home city in Latin and Arabic, the IBAN for cash-back (mostly NULL),
    tier, miles, last flight number, home airport, partner (business), the card's last four digits."""
    female = _sex(g)
    pairs = [v.person(g, "gulf", f) for f in female]
    idx = [(v.NAMES["gulf"][1] if f else v.NAMES["gulf"][0]).index(a) for (a, _), f in zip(pairs, female,
                                                                                              strict=True)]
    fam = [v.NAMES["gulf"][2].index(b) for _, b in pairs]
    births = g.births(1950, 2008)
    places = [g.rnd.randrange(len(v.GULF_CITIES)) for _ in range(g.rows)]
    region = [v.GULF_CITIES[p][1] for p in places]
    return Table("falconMiles.memberProfile", "en", "camel", [
        c("memberNo", N, "VARCHAR", g.col(lambda: g.code("FM999999999")), "decoy", SHAPE),
        c("title", N, "VARCHAR", ["Mrs" if f and g.rnd.random() < 0.5 else "Ms" if f else "Mr" for f in female],
          "decoy"),
        c("firstNameEn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("lastNameEn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("fullNameAr", "person_name", "VARCHAR", [f"{(v.NAMES['gulf_ar'][1] if f else v.NAMES['gulf_ar'][0])[i]} "
                                                   f"{v.NAMES['gulf_ar'][2][j]}"
                                                   for f, i, j in zip(female, idx, fam, strict=True)], SCRIPT,
          "lang:ar"),
        c("passportNo", "national_id", "VARCHAR", g.col(lambda: g.code("A9999999") if g.rnd.random() < 0.5 else
                                                        g.code("AA999999"), 0.2)),
        c("nationality", N, "VARCHAR", region, "decoy"),
        c("emiratesId", "national_id", "VARCHAR", [v.emirates_id(g, d) if r == "AE" and g.rnd.random() < 0.6 else None
                                                   for d, r in zip(births, region, strict=True)], HEAVY, CHECKED),
        c("dateOfBirth", "date_of_birth", "DATE", births),
        c("mobile", "phone", "VARCHAR", [g.phone(r, g.rnd.choice(["national", "e164", "intl"])) for r in region]),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gulf"]) for a, b in pairs]),
        c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GULF_STREETS), 0.4)),
        c("homeCity", "city", "VARCHAR", [v.GULF_CITIES[p][0] for p in places]),
        c("homeCityAr", "city", "VARCHAR", [v.GULF_AR_CITIES[p] for p in places], SCRIPT, "lang:ar"),
        c("cashbackIban", "iban", "VARCHAR", [v.iban(g, r if r in {"AE", "QA", "SA"} else "AE", g.rnd.random() < 0.5)
                                              if g.rnd.random() < 0.3 else None for r in region], HEAVY),
        c("tier", N, "VARCHAR", g.col(g.pick(["Blue", "Silver", "Gold", "Platinum"])), "decoy"),
        c("milesBalance", N, "INTEGER", g.ints(0, 900_000), "decoy"),
        c("lastFlightNo", N, "VARCHAR", g.col(lambda: g.code("FM 999")), "decoy", SHAPE),
        c("homeAirport", N, "VARCHAR", g.col(g.pick(["DXB", "AUH", "DOH", "MCT", "RUH", "JED"])), "decoy"),
        c("partnerName", N, "VARCHAR", g.col(g.pick(v.GULF_PARTNERS), 0.5), "business"),
        c("cardLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", PARTIAL),
        c("enrolledAt", N, "TIMESTAMP", g.moments("2010-01-01", "2025-12-31"), "decoy"),
    ])


def id_school_pupils(g: Gen) -> Table:
    """An Indonesian school's pupils (Indonesian, snake case; the Dapodik-like export): NISN (none), NIK (region,
    birth date, sex), name, sex, birthplace (``tempat_lahir``: city) and birth date, religion (none), father's and
    mother's names, the parents' phone, address, kelurahan (none), kode pos, class, the homeroom teacher (few),
    tuition in IDR and the ``dob_key`` surrogate."""
    female = _sex(g)
    pairs = [v.person(g, "id", f) for f in female]
    births = g.births(2008, 2019)
    places = [g.rnd.choice(v.ID_CITIES) for _ in range(g.rows)]
    teachers = _staff(g, 8, lambda: v.whole(g, "id"))
    return Table("sekolah.peserta_didik", "id", "snake", [
        c("peserta_didik_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("nisn", N, "VARCHAR", g.col(lambda: "00" + g.digits(8)), "decoy", SHAPE),
        c("nik", "national_id", "VARCHAR", [v.nik(g, p[3], d, f) if g.rnd.random() < 0.9 else None
                                            for p, d, f in zip(places, births, female, strict=True)], CHECKED),
        c("nama", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.7 else a for a, b in pairs]),
        c("jenis_kelamin", N, "VARCHAR", ["P" if f else "L" for f in female], "decoy"),
        c("tempat_lahir", "city", "VARCHAR", [p[0] if g.rnd.random() < 0.8 else g.rnd.choice(v.ID_CITIES)[0]
                                              for p in places]),
        c("tanggal_lahir", "date_of_birth", "DATE", births),
        c("agama", N, "VARCHAR", g.col(g.pick(["Islam", "Kristen", "Katolik", "Hindu", "Buddha"])), "decoy"),
        c("nama_ayah", "person_name", "VARCHAR", [f"{v.person(g, 'id', False)[0]} {b}" for _, b in pairs], ROLE),
        c("nama_ibu", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "id", True), 0.05), ROLE),
        c("no_hp_ortu", "phone", "VARCHAR", g.phones("ID", {"national": 0.6, "nsn": 0.2, "e164": 0.2}), ABBREV),
        c("alamat_jalan", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ID_STREETS) + f" RT 0"
                                                                    f"{g.rnd.randint(1, 9)}/RW 0{g.rnd.randint(1, 9)}")),
        c("kelurahan", N, "VARCHAR", g.col(g.pick(["Kebayoran Baru", "Cihapit", "Gubeng", "Tembalang", "Caturtunggal"])),
          "decoy"),
        c("kode_pos", "postal_code", "VARCHAR", [p[2] + g.digits(3) for p in places]),
        c("rombel", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12)}{g.rnd.choice('ABCD')}"), "decoy"),
        c("wali_kelas", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF, ROLE),
        c("spp_idr", N, "INTEGER", g.col(g.pick([150_000, 250_000, 450_000, 750_000])), "decoy"),
        c("dob_key", N, "INTEGER", g.ints(1, 50_000), "decoy", KEY, MISLEADING),
        c("updated_by", N, "VARCHAR", g.col(g.pick(["sync-dapodik"])), "decoy", AUDIT, SERVICE),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (in_fintech_kyc, 1_400), (br_marketplace_sellers, 450), (br_marketplace_orders, 1_600),
    (mx_telco_subscribers, 1_200), (za_insurer_policyholders, 700), (au_crypto_customers, 520),
    (my_ridehail_drivers, 380), (kr_game_accounts, 1_100), (cn_crossborder_customs, 900), (ke_wallet_users, 1_500),
    (sur_retail_customers, 800), (ph_bpo_agents, 260), (gulf_airline_members, 1_000), (id_school_pupils, 600),
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
