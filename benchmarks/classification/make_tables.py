"""Labeled tables for the column-classification benchmark.

Seven tables of :data:`ROWS` rows each are generated from a fixed seed with Faker (no network, no downloads), each
shaped like a different kind of source a governed database meets:

``crm.customers``
    A modern CRM table: snake_case English names, US values.
``erp.KNA1``
    A legacy ERP extract: abbreviated UPPER_CASE and camelCase names, upper-cased values, dates kept as
    ``YYYYMMDD`` strings, SSNs and phone numbers without separators.
``hr.mitarbeiter`` / ``hr.employes`` / ``hr.empleados``
    HR tables named in German, French and Spanish, with values from the de_DE, fr_FR and es_ES Faker locales.
``events.payments``
    A payments event log: IP addresses (v4 and v6), card numbers of every brand (all Luhn-valid), IBANs, user
    agents, and opaque columns (``col_a``, ``field7``, ``value_str``...) whose personal data only the values reveal.
``shop.orders``
    Decoys only: values shaped like personal data (order refs like phone numbers, SKUs like SSNs, firmware
    versions like IPv4 addresses, non-Luhn gift-card numbers, postal-looking bin codes) and names that contain a
    personal-data word (``product_name``, ``mail_class``, ``address_type``, ``ip_rating``, ``birthday_promo``...).

:data:`LABELS` gives the true kind (a :class:`~governance_dagster.kinds.Kind` value) of every column. Labeling rules:

* ``ssn`` is a social-security number of any country (US SSN, German Rentenversicherungsnummer, French NIR,
  Spanish NSS); ``national_id`` is any other state-issued personal identifier (tax ID, DNI/NIF, passport, identity
  card number).
* ``person_name`` is a full name (or an unknown mix of given and family name); ``first_name`` / ``last_name`` are
  columns holding only that part. Company and product names are ``none``.
* ``street_address`` covers any part of the street line (including a second line such as ``Apt. 837``).
* ``date_of_birth`` is the birth date however it is stored (DATE or ``YYYYMMDD`` / ``DD/MM/YYYY`` strings); other
  dates and timestamps (hire dates, ``created_at``, ``event_ts``) are ``none``.
* ``free_text`` is long human-written text that may mention anyone: CRM notes and HR remarks, and also product
  descriptions, which hold no personal data here but are prose that a governed pipeline would still scan (the
  kind's default operator is ``scan``). Short codes and user-agent strings are ``none``.
* Data about a person with no kind of its own (state, country, job title, salary, IP rating...) is ``none``.

Faker's output depends on its version; the benchmark was built with Faker 40.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pandas as pd
from faker import Faker

from governance_dagster.kinds import Kind

SEED = 20240611
ROWS = 500

#: table -> column -> the true kind (a ``Kind`` value). Every column of every table is labeled.
LABELS: dict[str, dict[str, str]] = {
    "crm.customers": {
        "customer_id": "none",
        "full_name": "person_name",
        "first_name": "first_name",
        "last_name": "last_name",
        "email_address": "email",
        "mobile": "phone",
        "ssn": "ssn",
        "street": "street_address",
        "zip": "postal_code",
        "city": "city",
        "state": "none",
        "country": "none",
        "dob": "date_of_birth",
        "notes": "free_text",
        "loyalty_tier": "none",
        "lifetime_value": "none",
        "created_at": "none",
    },
    "erp.KNA1": {
        "CUST_NO": "none",
        "CUST_NM": "person_name",  # "GALLAGHER, RYAN"
        "contactFirstNm": "first_name",
        "contactLastNm": "last_name",
        "EMAIL_ADDR": "email",
        "TEL_NO": "phone",  # digits only
        "FAX_NO": "phone",
        "SSN_NBR": "ssn",  # digits only
        "PSPT_NO": "national_id",
        "ADDR_LN1": "street_address",
        "ADDR_LN2": "street_address",  # "Apt. 837", mostly empty
        "CTY_NM": "city",
        "ST_CD": "none",
        "PSTL_CD": "postal_code",
        "custBirthDt": "date_of_birth",  # VARCHAR YYYYMMDD
        "acctOpenDt": "none",
        "CRDT_LMT": "none",
        "CC_NUM": "credit_card",
        "BNK_ACCT": "iban",
        "CUST_STAT_CD": "none",
        "LST_UPD_TS": "none",
    },
    "hr.mitarbeiter": {
        "personalnummer": "none",
        "vorname": "first_name",
        "nachname": "last_name",
        "geburtsdatum": "date_of_birth",
        "strasse": "street_address",
        "plz": "postal_code",
        "ort": "city",
        "telefon": "phone",
        "iban": "iban",
        "steuer_id": "national_id",
        "sozialversicherungsnummer": "ssn",
        "vorgesetzter": "person_name",  # the manager's full name
        "abteilung": "none",
        "eintrittsdatum": "none",
        "gehalt": "none",
        "bemerkung": "free_text",
    },
    "hr.employes": {
        "matricule": "none",
        "nom": "last_name",
        "prenom": "first_name",
        "adresse_courriel": "email",
        "telephone_portable": "phone",
        "adresse": "street_address",
        "code_postal": "postal_code",
        "ville": "city",
        "date_naissance": "date_of_birth",  # VARCHAR DD/MM/YYYY
        "numero_securite_sociale": "ssn",
        "numero_cni": "national_id",
        "poste": "none",
        "date_embauche": "none",
        "salaire": "none",
        "commentaire": "free_text",
    },
    "hr.empleados": {
        "id_empleado": "none",
        "nombre": "first_name",
        "apellidos": "last_name",
        "correo_electronico": "email",
        "telefono": "phone",
        "direccion": "street_address",
        "codigo_postal": "postal_code",
        "ciudad": "city",
        "fecha_nacimiento": "date_of_birth",
        "dni": "national_id",
        "numero_seguridad_social": "ssn",
        "cuenta_bancaria": "iban",
        "departamento": "none",
        "fecha_alta": "none",
        "salario_bruto": "none",
    },
    "events.payments": {
        "event_id": "none",
        "message_id": "none",  # decoy: "message" is a free-text word
        "event_ts": "none",
        "client_ip": "ip_address",
        "src_addr": "ip_address",  # IPv6; decoy name: "addr" is an address word
        "user_agent": "none",  # long text with spaces, but not free text
        "session_id": "none",
        "merchant_name": "none",  # company names
        "card_number": "credit_card",  # every brand and length, Luhn-valid
        "card_exp": "none",
        "payer_iban": "iban",
        "amount": "none",
        "currency": "none",
        "status": "none",
        "col_a": "email",
        "field7": "phone",
        "value_str": "person_name",
        "field9": "iban",
        "val_2": "credit_card",
        "col_b": "street_address",
    },
    "shop.orders": {
        "order_id": "none",
        "order_ref": "none",  # 555-201-3344: shaped like a US phone number
        "sku": "none",  # 123-45-6789: shaped like an SSN
        "product_name": "none",
        "product_description": "free_text",  # prose without personal data; see the module docstring
        "body_color": "none",
        "ip_rating": "none",  # IP54, IP67...
        "firmware_version": "none",  # 10.2.3.117: shaped like an IPv4 address
        "quantity": "none",
        "stock_units": "none",  # five-digit numbers, like US ZIP codes
        "bin_code": "none",  # zero-padded five-digit strings, like US ZIP codes
        "unit_price": "none",
        "total_amount": "none",
        "currency": "none",
        "status_code": "none",
        "mail_class": "none",
        "address_type": "none",
        "tracking_no": "none",
        "gift_card_no": "none",  # 16 digits in groups of four, not Luhn-valid
        "birthday_promo": "none",  # BOOLEAN
        "created_at": "none",
        "shipped_date": "none",
    },
}


def _faker(locale: str, rnd: random.Random) -> Faker:
    """A Faker for ``locale`` seeded from ``rnd``, so that each table draws its own values."""
    fake = Faker(locale)
    fake.seed_instance(rnd.getrandbits(64))
    return fake


def _column(make: Callable[[], Any], rnd: random.Random, nulls: float = 0.0) -> list[Any]:
    """:data:`ROWS` values from ``make``, a share ``nulls`` of them replaced by ``None``."""
    return [None if nulls and rnd.random() < nulls else make() for _ in range(ROWS)]


def _luhn_check_digit(payload: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def _non_luhn_card(rnd: random.Random) -> str:
    payload = "".join(rnd.choice(string.digits) for _ in range(15))
    wrong = (_luhn_check_digit(payload) + rnd.randint(1, 9)) % 10
    digits = payload + str(wrong)
    return " ".join(digits[i : i + 4] for i in range(0, 16, 4))


def _steuer_id(rnd: random.Random) -> str:
    """A German tax ID: 11 digits, the last an ISO 7064 MOD 11,10 check digit."""
    digits = str(rnd.randint(1, 9)) + "".join(rnd.choice(string.digits) for _ in range(9))
    product = 10
    for ch in digits:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    return digits + str((11 - product) % 10)


def _spanish_nss(rnd: random.Random) -> str:
    """A Spanish social-security number: province / serial / mod-97 check."""
    province, serial = rnd.randint(1, 52), rnd.randint(10_000_000, 99_999_999)
    return f"{province:02d}/{serial:08d}/{(province * 10**8 + serial) % 97:02d}"


def _dates(fake: Faker, rnd: random.Random, start: str, end: str, nulls: float = 0.0) -> pd.Series:
    return pd.to_datetime(pd.Series(_column(lambda: _day(fake, start, end), rnd, nulls)))


def _timestamps(rnd: random.Random, start: str, days: int) -> pd.Series:
    base = datetime.fromisoformat(start)
    return pd.Series([base + timedelta(seconds=rnd.randint(0, days * 86_400)) for _ in range(ROWS)])


def _day(fake: Faker, start: str, end: str) -> date:
    """A day between two fixed ISO dates (never relative to today, so the tables do not change over time)."""
    return fake.date_between(date.fromisoformat(start), date.fromisoformat(end))


def _past(fake: Faker) -> date:
    return _day(fake, "2023-01-01", "2024-06-30")


def _future(fake: Faker) -> date:
    return _day(fake, "2024-07-01", "2025-12-31")


def _births(fake: Faker, rnd: random.Random, nulls: float = 0.0) -> list[date | None]:
    return _column(lambda: _day(fake, "1944-01-01", "2006-06-30"), rnd, nulls)


def _crm_customers(rnd: random.Random) -> pd.DataFrame:
    fake = _faker("en_US", rnd)

    def note() -> str:
        return rnd.choice(
            [
                lambda: f"Called on {_past(fake)}; prefers contact by email ({fake.email()}).",
                lambda: f"Asked to update billing address to {fake.street_address()}, {fake.city()}.",
                lambda: f"Complained about late delivery of order #{rnd.randint(10000, 99999)}. Offered a voucher.",
                lambda: f"VIP customer, do not upsell. Spouse {fake.name()} also has an account.",
                lambda: f"Wants a callback at {fake.phone_number()} after 5pm. {fake.sentence()}",
                lambda: f"{fake.sentence(nb_words=12)} {fake.sentence(nb_words=8)}",
            ]
        )()

    return pd.DataFrame(
        {
            "customer_id": range(100_001, 100_001 + ROWS),
            "full_name": _column(fake.name, rnd),
            "first_name": _column(fake.first_name, rnd),
            "last_name": _column(fake.last_name, rnd),
            "email_address": _column(fake.email, rnd, nulls=0.05),
            "mobile": _column(fake.phone_number, rnd, nulls=0.1),
            "ssn": _column(fake.ssn, rnd, nulls=0.2),
            "street": _column(fake.street_address, rnd),
            "zip": _column(fake.zipcode, rnd),
            "city": _column(fake.city, rnd),
            "state": _column(fake.state_abbr, rnd),
            "country": ["US"] * ROWS,
            "dob": pd.to_datetime(pd.Series(_births(fake, rnd, nulls=0.1))),
            "notes": _column(note, rnd, nulls=0.3),
            "loyalty_tier": _column(lambda: rnd.choice(["bronze", "silver", "gold", "platinum"]), rnd),
            "lifetime_value": [round(rnd.lognormvariate(6, 1), 2) for _ in range(ROWS)],
            "created_at": _timestamps(rnd, "2019-01-01T00:00:00", 5 * 365),
        }
    )


def _erp_kna1(rnd: random.Random) -> pd.DataFrame:
    fake = _faker("en_US", rnd)
    first = _column(fake.first_name, rnd)
    last = _column(fake.last_name, rnd)

    def digits(value: str) -> str:
        return "".join(ch for ch in value if ch.isdigit())

    def phone() -> str:
        return f"{rnd.randint(201, 989)}{rnd.randint(200, 999)}{rnd.randint(0, 9999):04d}"

    return pd.DataFrame(
        {
            "CUST_NO": [f"{n:010d}" for n in range(4_000_100, 4_000_100 + ROWS)],
            "CUST_NM": [f"{ln.upper()}, {fn.upper()}" for fn, ln in zip(first, last)],
            "contactFirstNm": [fn.upper() for fn in _column(fake.first_name, rnd)],
            "contactLastNm": [ln.upper() for ln in _column(fake.last_name, rnd)],
            "EMAIL_ADDR": [e.upper() if e else e for e in _column(fake.email, rnd, nulls=0.15)],
            "TEL_NO": _column(phone, rnd, nulls=0.05),
            "FAX_NO": _column(lambda: f"({rnd.randint(201, 989)}) {rnd.randint(200, 999)}-{rnd.randint(0, 9999):04d}",
                              rnd, nulls=0.6),
            "SSN_NBR": _column(lambda: digits(fake.ssn()), rnd, nulls=0.1),
            "PSPT_NO": _column(fake.passport_number, rnd, nulls=0.5),
            "ADDR_LN1": [a.upper() for a in _column(fake.street_address, rnd)],
            "ADDR_LN2": [a.upper() if a else a for a in _column(fake.secondary_address, rnd, nulls=0.7)],
            "CTY_NM": [c.upper() for c in _column(fake.city, rnd)],
            "ST_CD": _column(fake.state_abbr, rnd),
            "PSTL_CD": _column(fake.zipcode_plus4, rnd),
            "custBirthDt": [d.strftime("%Y%m%d") if d else d for d in _births(fake, rnd, nulls=0.05)],
            "acctOpenDt": _dates(fake, rnd, "1998-01-01", "2015-12-31"),
            "CRDT_LMT": [float(rnd.randrange(500, 50_000, 500)) for _ in range(ROWS)],
            "CC_NUM": _column(lambda: fake.credit_card_number(rnd.choice(["visa16", "mastercard"])), rnd, nulls=0.3),
            "BNK_ACCT": _column(fake.iban, rnd, nulls=0.2),
            "CUST_STAT_CD": _column(lambda: rnd.choice(["A", "A", "A", "I", "B"]), rnd),
            "LST_UPD_TS": _timestamps(rnd, "2015-01-01T00:00:00", 9 * 365),
        }
    )


def _hr_mitarbeiter(rnd: random.Random) -> pd.DataFrame:
    fake = _faker("de_DE", rnd)

    def remark() -> str:
        return rnd.choice(
            [
                lambda: f"Elternzeit bis {_future(fake):%d.%m.%Y} beantragt.",
                lambda: f"Wechsel in die Abteilung {rnd.choice(['Vertrieb', 'Einkauf', 'IT'])} zum nächsten Quartal.",
                lambda: f"Dienstwagen zugewiesen, Kennzeichen {fake.license_plate()}. Fahrtenbuch wird geführt.",
                lambda: f"Rückfragen bitte an {fake.name()}, Tel. {fake.phone_number()}.",
                lambda: f"Hat die Schulung zum Arbeitsschutz am {_past(fake):%d.%m.%Y} abgeschlossen.",
            ]
        )()

    return pd.DataFrame(
        {
            "personalnummer": range(70_001, 70_001 + ROWS),
            "vorname": _column(fake.first_name, rnd),
            "nachname": _column(fake.last_name, rnd),
            "geburtsdatum": pd.to_datetime(pd.Series(_births(fake, rnd))),
            "strasse": _column(fake.street_address, rnd),
            "plz": _column(fake.postcode, rnd),
            "ort": _column(fake.city, rnd),
            "telefon": _column(fake.phone_number, rnd, nulls=0.05),
            "iban": _column(fake.iban, rnd),
            "steuer_id": _column(lambda: _steuer_id(rnd), rnd),
            "sozialversicherungsnummer": _column(lambda: fake.rvnr(_day(fake, "1944-01-01", "2006-06-30")), rnd),
            "vorgesetzter": _column(fake.name, rnd),
            "abteilung": _column(lambda: rnd.choice(["Vertrieb", "Einkauf", "Buchhaltung", "IT", "Logistik"]), rnd),
            "eintrittsdatum": _dates(fake, rnd, "2000-01-01", "2024-06-30"),
            "gehalt": [float(rnd.randrange(32_000, 110_000, 100)) for _ in range(ROWS)],
            "bemerkung": _column(remark, rnd, nulls=0.4),
        }
    )


def _hr_employes(rnd: random.Random) -> pd.DataFrame:
    fake = _faker("fr_FR", rnd)

    def comment() -> str:
        return rnd.choice(
            [
                lambda: f"Télétravail deux jours par semaine depuis le {_past(fake):%d/%m/%Y}.",
                lambda: f"Demande de mutation vers {fake.city()} pour raisons familiales.",
                lambda: f"Contacter {fake.name()} au {fake.phone_number()} en cas d'absence prolongée.",
                lambda: f"Formation sécurité à renouveler avant le {_future(fake):%d/%m/%Y}.",
            ]
        )()

    return pd.DataFrame(
        {
            "matricule": [f"M{n:06d}" for n in range(1, ROWS + 1)],
            "nom": _column(fake.last_name, rnd),
            "prenom": _column(fake.first_name, rnd),
            "adresse_courriel": _column(fake.email, rnd),
            "telephone_portable": _column(fake.phone_number, rnd, nulls=0.1),
            "adresse": _column(fake.street_address, rnd),
            "code_postal": _column(fake.postcode, rnd),
            "ville": _column(fake.city, rnd),
            "date_naissance": [d.strftime("%d/%m/%Y") for d in _births(fake, rnd)],
            "numero_securite_sociale": _column(fake.ssn, rnd),
            "numero_cni": _column(lambda: "".join(rnd.choice(string.digits) for _ in range(12)), rnd, nulls=0.3),
            "poste": _column(fake.job, rnd),
            "date_embauche": _dates(fake, rnd, "2005-01-01", "2024-06-30"),
            "salaire": [float(rnd.randrange(24_000, 90_000, 100)) for _ in range(ROWS)],
            "commentaire": _column(comment, rnd, nulls=0.5),
        }
    )


def _hr_empleados(rnd: random.Random) -> pd.DataFrame:
    fake = _faker("es_ES", rnd)
    return pd.DataFrame(
        {
            "id_empleado": range(1, ROWS + 1),
            "nombre": _column(fake.first_name, rnd),
            "apellidos": _column(lambda: f"{fake.last_name()} {fake.last_name()}", rnd),
            "correo_electronico": _column(fake.email, rnd),
            "telefono": _column(fake.phone_number, rnd),
            "direccion": _column(lambda: fake.street_address().strip(), rnd),
            "codigo_postal": _column(fake.postcode, rnd),
            "ciudad": _column(fake.city, rnd),
            "fecha_nacimiento": pd.to_datetime(pd.Series(_births(fake, rnd))),
            "dni": _column(fake.nif, rnd),
            "numero_seguridad_social": _column(lambda: _spanish_nss(rnd), rnd),
            "cuenta_bancaria": _column(fake.iban, rnd),
            "departamento": _column(lambda: rnd.choice(["Ventas", "Compras", "Finanzas", "Sistemas"]), rnd),
            "fecha_alta": _dates(fake, rnd, "2005-01-01", "2024-06-30"),
            "salario_bruto": [float(rnd.randrange(18_000, 80_000, 100)) for _ in range(ROWS)],
        }
    )


def _events_payments(rnd: random.Random) -> pd.DataFrame:
    fake = _faker("en_US", rnd)
    europe = [_faker(locale, rnd) for locale in ("de_DE", "fr_FR", "es_ES")]

    def grouped_card() -> str:
        digits = fake.credit_card_number(rnd.choice(["visa16", "mastercard"]))
        return " ".join(digits[i : i + 4] for i in range(0, 16, 4))

    return pd.DataFrame(
        {
            "event_id": [f"evt_{fake.uuid4().replace('-', '')[:24]}" for _ in range(ROWS)],
            "message_id": _column(fake.uuid4, rnd),
            "event_ts": _timestamps(rnd, "2024-01-01T00:00:00", 180),
            "client_ip": _column(fake.ipv4_public, rnd),
            "src_addr": _column(fake.ipv6, rnd, nulls=0.2),
            "user_agent": _column(fake.user_agent, rnd),
            "session_id": _column(lambda: fake.sha1()[:32], rnd),
            "merchant_name": _column(fake.company, rnd),
            "card_number": _column(fake.credit_card_number, rnd, nulls=0.2),
            "card_exp": _column(lambda: f"{rnd.randint(1, 12):02d}/{rnd.randint(25, 32)}", rnd, nulls=0.2),
            "payer_iban": _column(lambda: rnd.choice(europe).iban(), rnd, nulls=0.6),
            "amount": [round(rnd.uniform(1, 900), 2) for _ in range(ROWS)],
            "currency": _column(lambda: rnd.choice(["USD", "EUR", "GBP"]), rnd),
            "status": _column(lambda: rnd.choice(["succeeded", "failed", "refunded", "pending"]), rnd),
            "col_a": _column(fake.email, rnd),
            "field7": _column(fake.phone_number, rnd),
            "value_str": _column(fake.name, rnd),
            "field9": _column(lambda: rnd.choice(europe).iban(), rnd),
            "val_2": _column(grouped_card, rnd),
            "col_b": _column(fake.street_address, rnd),
        }
    )


_ADJECTIVES = ["Durable", "Lightweight", "Compact", "Ergonomic", "Waterproof", "Premium", "Foldable", "Insulated"]
_MATERIALS = ["stainless-steel", "bamboo", "recycled-plastic", "aluminium", "oak", "silicone", "canvas"]
_PRODUCTS = ["water bottle", "desk lamp", "backpack", "cutting board", "phone stand", "camping chair", "speaker"]
_FEATURES = [
    "keeps drinks cold for 24 hours",
    "folds flat for easy storage",
    "rated for outdoor use in light rain",
    "ships with a two-year warranty",
    "charges over USB-C in under two hours",
    "is dishwasher safe on the top rack",
]


def _shop_orders(rnd: random.Random) -> pd.DataFrame:
    fake = _faker("en_US", rnd)
    quantity = [rnd.randint(1, 6) for _ in range(ROWS)]
    unit_price = [round(rnd.uniform(4, 250), 2) for _ in range(ROWS)]

    def description() -> str:
        adjective, material, product = rnd.choice(_ADJECTIVES), rnd.choice(_MATERIALS), rnd.choice(_PRODUCTS)
        feature, other = rnd.sample(_FEATURES, 2)
        return f"{adjective} {material} {product} that {feature}. Also {other}; {rnd.randint(2, 40)} colours."

    return pd.DataFrame(
        {
            "order_id": range(900_001, 900_001 + ROWS),
            "order_ref": _column(lambda: f"{rnd.randint(200, 999)}-{rnd.randint(200, 999)}-{rnd.randint(1000, 9999)}",
                                 rnd),
            "sku": _column(lambda: f"{rnd.randint(100, 899)}-{rnd.randint(10, 99)}-{rnd.randint(1000, 9999)}", rnd),
            "product_name": _column(lambda: f"{rnd.choice(_ADJECTIVES)} {rnd.choice(_PRODUCTS)}".title(), rnd),
            "product_description": _column(description, rnd, nulls=0.1),
            "body_color": _column(lambda: rnd.choice(["black", "silver", "navy", "forest green", "white"]), rnd),
            "ip_rating": _column(lambda: rnd.choice(["IP54", "IP65", "IP67", "IP68"]), rnd, nulls=0.3),
            "firmware_version": _column(
                lambda: f"{rnd.randint(1, 12)}.{rnd.randint(0, 20)}.{rnd.randint(0, 9)}.{rnd.randint(100, 999)}",
                rnd, nulls=0.4),
            "quantity": quantity,
            "stock_units": [rnd.randint(10_000, 99_999) for _ in range(ROWS)],
            "bin_code": _column(lambda: f"{rnd.randint(1_000, 99_999):05d}", rnd),
            "unit_price": unit_price,
            "total_amount": [round(q * p, 2) for q, p in zip(quantity, unit_price)],
            "currency": ["USD"] * ROWS,
            "status_code": _column(lambda: rnd.choice(["NEW", "PAID", "SHIPPED", "DELIVERED", "RETURNED"]), rnd),
            "mail_class": _column(lambda: rnd.choice(["ground", "priority", "express", "freight"]), rnd),
            "address_type": _column(lambda: rnd.choice(["billing", "shipping", "pickup"]), rnd),
            "tracking_no": _column(
                lambda: "1Z" + "".join(rnd.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
                rnd, nulls=0.25),
            "gift_card_no": _column(lambda: _non_luhn_card(rnd), rnd, nulls=0.7),
            "birthday_promo": [rnd.random() < 0.1 for _ in range(ROWS)],
            "created_at": _timestamps(rnd, "2023-01-01T00:00:00", 540),
            "shipped_date": _dates(fake, rnd, "2023-01-02", "2024-07-01", nulls=0.2),
        }
    )


def tables() -> dict[str, pd.DataFrame]:
    """The benchmark tables, keyed ``schema.table``; the same on every call (fixed seed)."""
    builders: dict[str, Callable[[random.Random], pd.DataFrame]] = {
        "crm.customers": _crm_customers,
        "erp.KNA1": _erp_kna1,
        "hr.mitarbeiter": _hr_mitarbeiter,
        "hr.employes": _hr_employes,
        "hr.empleados": _hr_empleados,
        "events.payments": _events_payments,
        "shop.orders": _shop_orders,
    }
    result = {name: build(random.Random(f"{SEED}:{name}")) for name, build in builders.items()}
    check_labels(result)
    return result


def check_labels(frames: dict[str, pd.DataFrame]) -> None:
    """Raise ``ValueError`` unless :data:`LABELS` labels exactly the columns of ``frames`` with valid kinds."""
    valid = {kind.value for kind in Kind}
    if set(frames) != set(LABELS):
        raise ValueError(f"tables {sorted(set(frames) ^ set(LABELS))} are not both generated and labeled")
    for name, frame in frames.items():
        columns, labeled = list(frame.columns), list(LABELS[name])
        if columns != labeled:
            raise ValueError(f"{name}: columns {columns} differ from labeled columns {labeled}")
        bad = {c: k for c, k in LABELS[name].items() if k not in valid}
        if bad:
            raise ValueError(f"{name}: labels {bad} are not Kind values")


if __name__ == "__main__":
    for table_name, table in tables().items():
        print(f"{table_name}: {table.shape[0]} rows x {table.shape[1]} columns")
