"""A held-out labeled set for the column-classification benchmark.

Same interface and labeling rules as :mod:`make_tables` (read its docstring for the rules), but built separately
and deliberately different from it, so that a classifier tuned on ``make_tables`` can be measured on tables it has
never seen: other locales, other naming styles, other value formats and other decoys. Nine tables of :data:`ROWS`
rows each, generated from a fixed seed with Faker only (no network, no downloads, no date relative to today):

``anagrafe.clienti``
    An Italian customer register (it_IT): ``nome``, ``cognome``, ``codice_fiscale`` (a tax code, so
    ``national_id``), ``città`` with its accent, birth dates as DATE, notes in Italian.
``nl.klanten``
    A Dutch customer table (nl_NL): ``voornaam`` / ``achternaam``, the street line split into ``straatnaam`` and
    ``huisnummer`` (both ``street_address``: any part of the street line), birth dates as ``DD-MM-YYYY`` strings,
    ``bsn`` (the citizen service number, a general personal identifier, so ``national_id``).
``vendas.clientes_br``
    A Brazilian sales table (pt_BR): ``nome_completo``, ``cpf`` and ``rg`` (tax ID and identity-card number, both
    ``national_id``), ``cep`` postal codes, ``logradouro`` / ``complemento``.
``app.users``
    A SaaS user table in camelCase with a few kebab-case names: ``userEmail``, ``displayName``, ``givenName``,
    ``familyName``, E.164 ``mobileNumber``, ``lastLoginIp``, ISO-8601 ``signupTs`` strings, billing address parts,
    a ``birthday`` kept as a ``YYYY-MM-DD`` string, and a free-text ``aboutMe``.
``ehr.PATIENT_DEMOG``
    A healthcare extract with abbreviated names: ``PT_FNAME``, ``PT_LNAME``, ``PT_DOB`` (``MM/DD/YYYY``),
    ``PT_SSN``, ``PT_PHONE_NBR``, ``ADDR1`` / ``ADDR2``, ``ZIP5``, the provider's and the emergency contact's full
    names, hospital-issued identifiers (``MRN``, ``INS_MEMBER_ID``: not state-issued, so ``none``), ICD-10 codes
    and clinical notes.
``lake.raw_evt_0423``
    A data-lake dump with opaque names (``c1`` .. ``c12``, ``attr_x``, ``attr_y``, ``attr_z``, ``payload_str``)
    whose personal data only the values reveal.
``catalog.products`` / ``billing.invoices`` / ``ops.devices``
    Decoys only (plus one product description, which is ``free_text`` by the rules): ``products.name`` and
    ``title`` hold product names (``none``), part numbers shaped like SSNs, invoice numbers shaped like phone
    numbers, EAN-13 barcodes (13 digits, not Luhn-valid), semantic versions, hostnames, name servers, MAC
    addresses, latitude / longitude, company names, status enums, counts and timestamps, and names that contain a
    personal-data word (``phone_model``, ``address_family``, ``name_server``, ``customer_account``).

:data:`LABELS` gives the true kind (a :class:`~governance_dagster.kinds.Kind` value) of every column.

Run from the repository root: ``.venv/bin/python benchmarks/classification/holdout_tables.py [--json]`` scores the
project's classifier on this set with ``accuracy.py``'s scoring (``accuracy.py`` itself only reads
``make_tables``). Faker's output depends on its version; the set was built with Faker 40.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pandas as pd
from faker import Faker
from faker.providers.address.it_IT import Provider as _ItalianAddresses

from governance_dagster.kinds import Kind

SEED = 77_310_529
ROWS = 400

#: table -> column -> the true kind (a ``Kind`` value). Every column of every table is labeled.
LABELS: dict[str, dict[str, str]] = {
    "anagrafe.clienti": {
        "id_cliente": "none",
        "nome": "first_name",
        "cognome": "last_name",
        "codice_fiscale": "national_id",  # tax code, e.g. SRMNNI26B56A286R
        "data_di_nascita": "date_of_birth",  # DATE
        "indirizzo": "street_address",
        "cap": "postal_code",
        "città": "city",
        "provincia": "none",  # two-letter province code
        "telefono": "phone",
        "posta_elettronica": "email",
        "coordinate_bancarie": "iban",
        "professione": "none",
        "data_registrazione": "none",
        "punti_fedelta": "none",
        "note": "free_text",
    },
    "nl.klanten": {
        "klantnummer": "none",
        "voornaam": "first_name",
        "achternaam": "last_name",
        "geboortedatum": "date_of_birth",  # VARCHAR DD-MM-YYYY
        "straatnaam": "street_address",  # street name only
        "huisnummer": "street_address",  # "12", "7a", "103-2": part of the street line
        "postcode": "postal_code",  # 1234 AB
        "woonplaats": "city",
        "bsn": "national_id",
        "telefoonnummer": "phone",
        "e_mailadres": "email",
        "rekeningnummer": "iban",
        "klant_sinds": "none",
        "klantsegment": "none",
        "opmerkingen": "free_text",
    },
    "vendas.clientes_br": {
        "codigo": "none",
        "nome_completo": "person_name",
        "cpf": "national_id",  # 061.183.743-92
        "rg": "national_id",  # identity-card number, digits only
        "data_nasc": "date_of_birth",  # DATE
        "logradouro": "street_address",
        "complemento": "street_address",  # "Apto 12", "Bloco B", mostly empty
        "cep": "postal_code",  # 01310-100 or 01310100
        "cidade": "city",
        "uf": "none",
        "celular": "phone",
        "e_mail": "email",
        "renda_mensal": "none",
        "data_cadastro": "none",
        "observacoes": "free_text",
    },
    "app.users": {
        "userId": "none",  # UUID
        "userEmail": "email",
        "displayName": "person_name",
        "givenName": "first_name",
        "familyName": "last_name",
        "mobileNumber": "phone",  # E.164, +14155550123
        "lastLoginIp": "ip_address",
        "signupTs": "none",  # VARCHAR ISO 8601, 2023-04-01T12:34:56Z
        "birthday": "date_of_birth",  # VARCHAR YYYY-MM-DD
        "billingStreet": "street_address",
        "billingZip": "postal_code",
        "billingCity": "city",
        "billingCountry": "none",
        "stripeCustomerId": "none",
        "card-last4": "none",  # four digits
        "plan-tier": "none",
        "seats-used": "none",
        "mfaEnabled": "none",
        "timeZone": "none",
        "avatarUrl": "none",
        "aboutMe": "free_text",
    },
    "ehr.PATIENT_DEMOG": {
        "PT_ID": "none",
        "MRN": "none",  # hospital-issued, not state-issued
        "PT_FNAME": "first_name",
        "PT_LNAME": "last_name",
        "PT_DOB": "date_of_birth",  # VARCHAR MM/DD/YYYY
        "PT_SEX": "none",
        "PT_SSN": "ssn",
        "PT_PHONE_NBR": "phone",  # (555) 123-4567
        "PT_EMAIL": "email",
        "ADDR1": "street_address",
        "ADDR2": "street_address",
        "CITY": "city",
        "ST": "none",
        "ZIP5": "postal_code",
        "PCP_NAME": "person_name",  # the primary-care provider, "Dr. Jane Smith"
        "EMERG_CONTACT": "person_name",
        "EMERG_PHONE": "phone",
        "INS_PLAN": "none",
        "INS_MEMBER_ID": "none",  # insurer-issued
        "DX_CODE": "none",  # ICD-10
        "BMI": "none",
        "ADMIT_DTTM": "none",
        "CLIN_NOTE": "free_text",
    },
    "lake.raw_evt_0423": {
        "c1": "none",  # UUID
        "c2": "email",
        "c3": "none",  # TIMESTAMP
        "c4": "phone",  # mixed international formats
        "c5": "ip_address",  # IPv4
        "c6": "person_name",
        "c7": "national_id",  # Brazilian CPF, formatted
        "c8": "none",  # status enum
        "c9": "credit_card",  # digits only, every brand
        "c10": "iban",
        "c11": "postal_code",  # UK postcodes
        "c12": "none",  # amounts
        "attr_x": "street_address",
        "attr_y": "city",
        "attr_z": "ssn",  # US SSN with dashes
        "payload_str": "free_text",  # support-chat messages
    },
    "catalog.products": {
        "id": "none",
        "name": "none",  # product names: none by the rules
        "title": "none",  # listing titles
        "part_number": "none",  # 123-45-6789: shaped like an SSN
        "manufacturer": "none",  # company names
        "ean": "none",  # EAN-13 barcodes
        "version": "none",  # semantic versions, 2.14.3
        "status": "none",
        "qty_on_hand": "none",
        "reorder_point": "none",
        "weight_g": "none",
        "list_price": "none",
        "country_of_origin": "none",
        "long_description": "free_text",  # prose without personal data; see make_tables' rules
        "discontinued": "none",
        "created_ts": "none",
    },
    "billing.invoices": {
        "invoice_no": "none",  # 312.555.0147: shaped like a US phone number
        "customer_account": "none",
        "company_name": "none",
        "po_number": "none",
        "amount_due": "none",
        "currency": "none",
        "payment_terms": "none",
        "line_count": "none",
        "status": "none",
        "paid": "none",
        "issued_at": "none",
        "due_date": "none",
    },
    "ops.devices": {
        "device_id": "none",
        "hostname": "none",
        "mac_address": "none",
        "name_server": "none",
        "site_name": "none",  # company names
        "latitude": "none",
        "longitude": "none",
        "geo": "none",  # "45.123456, 9.456789"
        "firmware": "none",  # v3.2.1
        "os_build": "none",
        "phone_model": "none",
        "address_family": "none",
        "uptime_sec": "none",
        "error_count": "none",
        "status": "none",
        "last_seen": "none",
    },
}


def _faker(locale: str, rnd: random.Random) -> Faker:
    """A Faker for ``locale`` seeded from ``rnd``."""
    fake = Faker(locale)
    fake.seed_instance(rnd.getrandbits(64))
    return fake


def _col(make: Callable[[], Any], rnd: random.Random, nulls: float = 0.0) -> list[Any]:
    """:data:`ROWS` values from ``make``, a share ``nulls`` of them replaced by ``None``."""
    return [None if nulls and rnd.random() < nulls else make() for _ in range(ROWS)]


def _day(fake: Faker, start: str, end: str) -> date:
    """A day between two fixed ISO dates (never relative to today)."""
    return fake.date_between(date.fromisoformat(start), date.fromisoformat(end))


def _birth(fake: Faker) -> date:
    return _day(fake, "1940-01-01", "2007-12-31")


def _dates(fake: Faker, rnd: random.Random, start: str, end: str, nulls: float = 0.0) -> pd.Series:
    return pd.to_datetime(pd.Series(_col(lambda: _day(fake, start, end), rnd, nulls)))


def _moments(rnd: random.Random, start: str, days: int) -> list[datetime]:
    base = datetime.fromisoformat(start)
    return [base + timedelta(seconds=rnd.randint(0, days * 86_400)) for _ in range(ROWS)]


def _fmt_dates(values: list[date | None], pattern: str) -> list[str | None]:
    return [d.strftime(pattern) if d else None for d in values]


def _bsn(rnd: random.Random) -> str:
    """A Dutch BSN: nine digits passing the 11-test."""
    while True:
        digits = [rnd.randint(0, 9) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1)))
        last = total % 11
        if last < 10 and digits[0] != 0:
            return "".join(map(str, digits)) + str(last)


def _semver(rnd: random.Random) -> str:
    return f"{rnd.randint(0, 9)}.{rnd.randint(0, 30)}.{rnd.randint(0, 40)}"


#: Faker's it_IT city list is built from a set, so its order (and ``city()``) changes with PYTHONHASHSEED.
_IT_CITIES = sorted(_ItalianAddresses.cities)


def _it_clienti(rnd: random.Random) -> pd.DataFrame:
    fake = _faker("it_IT", rnd)

    def city() -> str:
        return fake.random_element(_IT_CITIES)

    def note() -> str:
        return rnd.choice(
            [
                lambda: f"Il cliente ha chiesto di essere richiamato al {fake.phone_number()} dopo le 18.",
                lambda: f"Reclamo per ritardo nella consegna dell'ordine n. {rnd.randint(10_000, 99_999)}; "
                f"concesso buono sconto.",
                lambda: f"Cambio di residenza comunicato: nuovo indirizzo {fake.street_address()}, {city()}.",
                lambda: f"Delegato al ritiro: {fake.name()}. Documento verificato allo sportello.",
                lambda: f"Preferisce essere contattato via email ({fake.email()}). Nessuna chiamata commerciale.",
                lambda: f"{fake.paragraph(nb_sentences=2)}",
            ]
        )()

    return pd.DataFrame(
        {
            "id_cliente": range(5_001, 5_001 + ROWS),
            "nome": _col(fake.first_name, rnd),
            "cognome": _col(fake.last_name, rnd),
            "codice_fiscale": _col(fake.ssn, rnd, nulls=0.05),
            "data_di_nascita": pd.to_datetime(pd.Series(_col(lambda: _birth(fake), rnd, nulls=0.05))),
            "indirizzo": _col(fake.street_address, rnd),
            "cap": _col(fake.postcode, rnd),
            "città": _col(city, rnd),
            "provincia": _col(fake.state_abbr, rnd),
            "telefono": _col(fake.phone_number, rnd, nulls=0.1),
            "posta_elettronica": _col(fake.email, rnd, nulls=0.1),
            "coordinate_bancarie": _col(fake.iban, rnd, nulls=0.3),
            "professione": _col(fake.job, rnd, nulls=0.2),
            "data_registrazione": _dates(fake, rnd, "2012-01-01", "2024-03-31"),
            "punti_fedelta": [rnd.randint(0, 25_000) for _ in range(ROWS)],
            "note": _col(note, rnd, nulls=0.35),
        }
    )


def _nl_klanten(rnd: random.Random) -> pd.DataFrame:
    fake = _faker("nl_NL", rnd)

    def huisnummer() -> str:
        number = str(rnd.randint(1, 240))
        suffix = rnd.choice(["", "", "", "", "a", "b", "-1", "-2", " bis", "-II"])
        return number + suffix

    def opmerking() -> str:
        return rnd.choice(
            [
                lambda: f"Klant wil voortaan gebeld worden op {fake.phone_number()}.",
                lambda: f"Verhuisd naar {fake.street_name()} {huisnummer()} te {fake.city()}, adres aangepast.",
                lambda: f"Machtiging voor automatische incasso ingetrokken op {_day(fake, '2023-01-01', '2024-05-31'):%d-%m-%Y}.",
                lambda: f"Partner {fake.name()} mag namens de klant bellen.",
                lambda: "Klacht over de levering afgehandeld, tegoedbon van 15 euro verstuurd. Klant tevreden.",
                lambda: fake.paragraph(nb_sentences=2),
            ]
        )()

    return pd.DataFrame(
        {
            "klantnummer": [f"K{n:07d}" for n in range(220_001, 220_001 + ROWS)],
            "voornaam": _col(fake.first_name, rnd),
            "achternaam": _col(fake.last_name, rnd),
            "geboortedatum": _fmt_dates(_col(lambda: _birth(fake), rnd, nulls=0.05), "%d-%m-%Y"),
            "straatnaam": _col(fake.street_name, rnd),
            "huisnummer": _col(huisnummer, rnd),
            "postcode": _col(lambda: rnd.choice([fake.postcode(), fake.postcode().replace(" ", "")]), rnd),
            "woonplaats": _col(fake.city, rnd),
            "bsn": _col(lambda: _bsn(rnd), rnd, nulls=0.1),
            "telefoonnummer": _col(fake.phone_number, rnd, nulls=0.1),
            "e_mailadres": _col(fake.email, rnd, nulls=0.05),
            "rekeningnummer": _col(fake.iban, rnd, nulls=0.2),
            "klant_sinds": _dates(fake, rnd, "2001-01-01", "2024-04-30"),
            "klantsegment": _col(lambda: rnd.choice(["particulier", "zzp", "mkb", "zakelijk"]), rnd),
            "opmerkingen": _col(opmerking, rnd, nulls=0.4),
        }
    )


def _br_clientes(rnd: random.Random) -> pd.DataFrame:
    fake = _faker("pt_BR", rnd)

    def logradouro() -> str:
        return f"{fake.street_name()}, {fake.building_number()}"

    def observacao() -> str:
        return rnd.choice(
            [
                lambda: f"Cliente pediu para atualizar o endereço de entrega para {logradouro()} - {fake.city()}.",
                lambda: f"Contato alternativo: {fake.name()}, telefone {fake.phone_number()}.",
                lambda: "Solicitou parcelamento em 10 vezes sem juros; aprovado pela gerência.",
                lambda: f"Enviar segunda via do boleto para {fake.email()}.",
                lambda: fake.paragraph(nb_sentences=2),
            ]
        )()

    return pd.DataFrame(
        {
            "codigo": range(310_000, 310_000 + ROWS),
            "nome_completo": _col(fake.name, rnd),
            "cpf": _col(fake.cpf, rnd),
            "rg": _col(fake.rg, rnd, nulls=0.3),
            "data_nasc": pd.to_datetime(pd.Series(_col(lambda: _birth(fake), rnd, nulls=0.05))),
            "logradouro": _col(logradouro, rnd),
            "complemento": _col(
                lambda: rnd.choice([f"Apto {rnd.randint(1, 180)}", f"Bloco {rnd.choice('ABCD')}",
                                    f"Casa {rnd.randint(1, 9)}", f"Sala {rnd.randint(100, 1200)}"]),
                rnd, nulls=0.65),
            "cep": _col(fake.postcode, rnd),
            "cidade": _col(fake.city, rnd),
            "uf": _col(fake.estado_sigla, rnd),
            "celular": _col(fake.cellphone_number, rnd, nulls=0.05),
            "e_mail": _col(fake.email, rnd, nulls=0.1),
            "renda_mensal": [round(rnd.lognormvariate(8, 0.7), 2) for _ in range(ROWS)],
            "data_cadastro": pd.Series(_moments(rnd, "2016-01-01T00:00:00", 8 * 365)),
            "observacoes": _col(observacao, rnd, nulls=0.5),
        }
    )


def _app_users(rnd: random.Random) -> pd.DataFrame:
    fake = _faker("en_US", rnd)
    given = _col(fake.first_name, rnd)
    family = _col(fake.last_name, rnd)

    def display(g: str, f: str) -> str:
        return rnd.choice([f"{g} {f}", f"{g} {f}", f"{g} {f[0]}.", f"{g} {fake.first_name()[0]}. {f}"])

    def e164() -> str:
        return f"+1{rnd.randint(201, 989)}{rnd.randint(200, 999)}{rnd.randint(0, 9999):04d}"

    def about() -> str:
        return rnd.choice(
            [
                lambda: f"Product designer based in {fake.city()}. {fake.sentence(nb_words=10)}",
                lambda: f"Hi, I'm {fake.first_name()}! I run ops at a small agency and love automating boring "
                f"stuff. Reach me at {fake.email()}.",
                lambda: f"{fake.paragraph(nb_sentences=3)}",
                lambda: "Coffee, climbing and clean dashboards. Ex-consultant, now building internal tools.",
            ]
        )()

    return pd.DataFrame(
        {
            "userId": _col(fake.uuid4, rnd),
            "userEmail": _col(fake.free_email, rnd),
            "displayName": [display(g, f) for g, f in zip(given, family)],
            "givenName": given,
            "familyName": family,
            "mobileNumber": _col(e164, rnd, nulls=0.3),
            "lastLoginIp": _col(lambda: rnd.choice([fake.ipv4_public(), fake.ipv4_public(), fake.ipv6()]), rnd,
                                nulls=0.05),
            "signupTs": [m.strftime("%Y-%m-%dT%H:%M:%SZ") for m in _moments(rnd, "2020-06-01T00:00:00", 4 * 365)],
            "birthday": _fmt_dates(_col(lambda: _birth(fake), rnd, nulls=0.6), "%Y-%m-%d"),
            "billingStreet": _col(fake.street_address, rnd, nulls=0.4),
            "billingZip": _col(fake.zipcode, rnd, nulls=0.4),
            "billingCity": _col(fake.city, rnd, nulls=0.4),
            "billingCountry": _col(lambda: rnd.choice(["US", "US", "US", "CA", "GB"]), rnd, nulls=0.4),
            "stripeCustomerId": _col(
                lambda: "cus_" + "".join(rnd.choice(string.ascii_letters + string.digits) for _ in range(14)),
                rnd, nulls=0.5),
            "card-last4": _col(lambda: f"{rnd.randint(0, 9999):04d}", rnd, nulls=0.5),
            "plan-tier": _col(lambda: rnd.choice(["free", "starter", "team", "enterprise"]), rnd),
            "seats-used": [rnd.randint(1, 250) for _ in range(ROWS)],
            "mfaEnabled": [rnd.random() < 0.4 for _ in range(ROWS)],
            "timeZone": _col(fake.timezone, rnd),
            "avatarUrl": _col(lambda: f"https://cdn.example.com/avatars/{fake.uuid4()}.png", rnd, nulls=0.3),
            "aboutMe": _col(about, rnd, nulls=0.55),
        }
    )


_PLANS = ["BCBS PPO", "Aetna HMO", "UnitedHealthcare Choice", "Cigna Open Access", "Medicaid", "Self-pay"]
_ICD10 = ["E11.9", "I10", "J45.909", "M54.5", "F41.1", "K21.9", "E78.5", "N39.0", "R51.9", "Z00.00"]


def _ehr_patient(rnd: random.Random) -> pd.DataFrame:
    fake = _faker("en_US", rnd)

    def phone() -> str:
        return f"({rnd.randint(201, 989)}) {rnd.randint(200, 999)}-{rnd.randint(0, 9999):04d}"

    def note() -> str:
        return rnd.choice(
            [
                lambda: f"Pt presents w/ intermittent chest pain x3 days. Denies SOB. Wife {fake.first_name()} "
                f"at bedside. F/u with cardiology in 2 wks.",
                lambda: f"Discussed medication adherence; pt reports missing metformin doses. Daughter "
                f"{fake.name()} ({phone()}) will help with pill organizer.",
                lambda: "BP elevated at intake, recheck 138/86. Continue lisinopril 10 mg daily. Low-sodium diet "
                "reviewed.",
                lambda: f"Referred to PT for lower back pain. Home address on file outdated, pt now at "
                f"{fake.street_address()}.",
                lambda: f"{fake.paragraph(nb_sentences=3)}",
            ]
        )()

    return pd.DataFrame(
        {
            "PT_ID": range(1, ROWS + 1),
            "MRN": [f"MRN{rnd.randint(0, 99_999_999):08d}" for _ in range(ROWS)],
            "PT_FNAME": [n.upper() for n in _col(fake.first_name, rnd)],
            "PT_LNAME": [n.upper() for n in _col(fake.last_name, rnd)],
            "PT_DOB": _fmt_dates(_col(lambda: _birth(fake), rnd), "%m/%d/%Y"),
            "PT_SEX": _col(lambda: rnd.choice(["M", "F", "U"]), rnd),
            "PT_SSN": _col(fake.ssn, rnd, nulls=0.15),
            "PT_PHONE_NBR": _col(phone, rnd, nulls=0.05),
            "PT_EMAIL": _col(fake.email, rnd, nulls=0.4),
            "ADDR1": [a.upper() for a in _col(fake.street_address, rnd)],
            "ADDR2": [a.upper() if a else a for a in _col(fake.secondary_address, rnd, nulls=0.75)],
            "CITY": [c.upper() for c in _col(fake.city, rnd)],
            "ST": _col(fake.state_abbr, rnd),
            "ZIP5": _col(lambda: fake.zipcode()[:5], rnd),
            "PCP_NAME": _col(lambda: f"Dr. {fake.first_name()} {fake.last_name()}", rnd, nulls=0.1),
            "EMERG_CONTACT": _col(fake.name, rnd, nulls=0.2),
            "EMERG_PHONE": _col(phone, rnd, nulls=0.2),
            "INS_PLAN": _col(lambda: rnd.choice(_PLANS), rnd),
            "INS_MEMBER_ID": _col(lambda: rnd.choice("WXYZ") + f"{rnd.randint(0, 999_999_999):09d}", rnd,
                                  nulls=0.1),
            "DX_CODE": _col(lambda: rnd.choice(_ICD10), rnd),
            "BMI": [round(rnd.uniform(16, 42), 1) for _ in range(ROWS)],
            "ADMIT_DTTM": pd.Series(_moments(rnd, "2022-01-01T00:00:00", 2 * 365)),
            "CLIN_NOTE": _col(note, rnd, nulls=0.3),
        }
    )


def _lake_raw(rnd: random.Random) -> pd.DataFrame:
    fake = _faker("en_US", rnd)
    world = [_faker(locale, rnd) for locale in ("en_GB", "nl_NL", "it_IT", "pt_BR", "de_DE")]
    br = _faker("pt_BR", rnd)
    gb = _faker("en_GB", rnd)

    def message() -> str:
        return rnd.choice(
            [
                lambda: f"hi, my order never arrived, can you send it to {fake.street_address()} instead? thanks",
                lambda: f"Please cancel my subscription. Account email is {fake.email()}.",
                lambda: f"My husband {fake.name()} will pick up the package, his number is {fake.phone_number()}.",
                lambda: "The app keeps crashing when I open the settings page on my tablet, any idea why?",
                lambda: f"{fake.paragraph(nb_sentences=2)}",
            ]
        )()

    return pd.DataFrame(
        {
            "c1": _col(fake.uuid4, rnd),
            "c2": _col(lambda: rnd.choice(world).email(), rnd, nulls=0.1),
            "c3": pd.Series(_moments(rnd, "2024-04-23T00:00:00", 1)),
            "c4": _col(lambda: rnd.choice(world).phone_number(), rnd, nulls=0.15),
            "c5": _col(fake.ipv4_public, rnd),
            "c6": _col(lambda: rnd.choice(world).name(), rnd),
            "c7": _col(br.cpf, rnd, nulls=0.2),
            "c8": _col(lambda: rnd.choice(["OK", "RETRY", "DLQ", "SKIPPED"]), rnd),
            "c9": _col(fake.credit_card_number, rnd, nulls=0.3),
            "c10": _col(lambda: rnd.choice(world).iban(), rnd, nulls=0.3),
            "c11": _col(gb.postcode, rnd),
            "c12": [round(rnd.uniform(0, 2_000), 2) for _ in range(ROWS)],
            "attr_x": _col(fake.street_address, rnd, nulls=0.1),
            "attr_y": _col(fake.city, rnd, nulls=0.1),
            "attr_z": _col(fake.ssn, rnd, nulls=0.2),
            "payload_str": _col(message, rnd, nulls=0.2),
        }
    )


_BRANDS = ["Northwind", "Contoso", "Fabrikam", "Globex", "Initech", "Umbrella"]
_ITEMS = ["Thermal Mug", "LED Strip", "Trail Shoe", "Yoga Mat", "USB Hub", "Kettle", "Drone", "Tent"]
_VARIANTS = ["Pro", "Lite", "Max", "Mini", "2", "X", "Classic", "Sport"]


def _catalog_products(rnd: random.Random) -> pd.DataFrame:
    fake = _faker("en_US", rnd)
    names = [f"{rnd.choice(_ITEMS)} {rnd.choice(_VARIANTS)}" for _ in range(ROWS)]

    def description(name: str) -> str:
        return (
            f"The {name} is built for everyday use: {fake.sentence(nb_words=9).lower()} "
            f"It weighs {rnd.randint(80, 4_000)} g and comes with a {rnd.randint(1, 5)}-year warranty. "
            f"{fake.sentence(nb_words=12)}"
        )

    return pd.DataFrame(
        {
            "id": range(1, ROWS + 1),
            "name": names,
            "title": [f"{rnd.choice(_BRANDS)} {n} - {rnd.choice(['Black', 'Sand', 'Teal', 'Red'])}, "
                      f"{rnd.choice(['1 pack', '2 pack', 'Large', 'Small'])}" for n in names],
            "part_number": _col(lambda: f"{rnd.randint(100, 899)}-{rnd.randint(10, 99)}-{rnd.randint(1000, 9999)}",
                                rnd),
            "manufacturer": _col(fake.company, rnd),
            "ean": _col(fake.ean13, rnd),
            "version": _col(lambda: _semver(rnd), rnd, nulls=0.3),
            "status": _col(lambda: rnd.choice(["active", "draft", "archived", "backorder"]), rnd),
            "qty_on_hand": [rnd.randint(0, 5_000) for _ in range(ROWS)],
            "reorder_point": [rnd.randint(10, 500) for _ in range(ROWS)],
            "weight_g": [round(rnd.uniform(50, 5_000), 1) for _ in range(ROWS)],
            "list_price": [round(rnd.uniform(5, 900), 2) for _ in range(ROWS)],
            "country_of_origin": _col(fake.country_code, rnd),
            "long_description": [description(n) if rnd.random() > 0.15 else None for n in names],
            "discontinued": [rnd.random() < 0.08 for _ in range(ROWS)],
            "created_ts": pd.Series(_moments(rnd, "2021-01-01T00:00:00", 3 * 365)),
        }
    )


def _billing_invoices(rnd: random.Random) -> pd.DataFrame:
    fake = _faker("en_US", rnd)
    return pd.DataFrame(
        {
            "invoice_no": _col(lambda: f"{rnd.randint(201, 989)}.{rnd.randint(200, 999)}.{rnd.randint(0, 9999):04d}",
                               rnd),
            "customer_account": [f"ACC-{rnd.randint(0, 999_999):06d}" for _ in range(ROWS)],
            "company_name": _col(fake.company, rnd),
            "po_number": _col(lambda: f"PO{rnd.randint(100_000, 999_999)}", rnd, nulls=0.4),
            "amount_due": [round(rnd.uniform(50, 25_000), 2) for _ in range(ROWS)],
            "currency": _col(lambda: rnd.choice(["USD", "EUR", "BRL"]), rnd),
            "payment_terms": _col(lambda: rnd.choice(["NET15", "NET30", "NET60", "DUE_ON_RECEIPT"]), rnd),
            "line_count": [rnd.randint(1, 40) for _ in range(ROWS)],
            "status": _col(lambda: rnd.choice(["draft", "open", "paid", "void", "uncollectible"]), rnd),
            "paid": [rnd.random() < 0.6 for _ in range(ROWS)],
            "issued_at": pd.Series(_moments(rnd, "2023-01-01T00:00:00", 500)),
            "due_date": _dates(fake, rnd, "2023-02-01", "2024-08-31"),
        }
    )


def _ops_devices(rnd: random.Random) -> pd.DataFrame:
    fake = _faker("en_US", rnd)
    lat = [round(rnd.uniform(-60, 70), 6) for _ in range(ROWS)]
    lon = [round(rnd.uniform(-170, 170), 6) for _ in range(ROWS)]
    return pd.DataFrame(
        {
            "device_id": _col(fake.uuid4, rnd),
            "hostname": _col(fake.hostname, rnd),
            "mac_address": _col(fake.mac_address, rnd),
            "name_server": _col(lambda: f"ns{rnd.randint(1, 4)}.{fake.domain_name()}", rnd),
            "site_name": _col(lambda: f"{fake.company()} {rnd.choice(['HQ', 'DC-1', 'Plant', 'Depot'])}", rnd),
            "latitude": lat,
            "longitude": lon,
            "geo": [f"{a:.6f}, {o:.6f}" for a, o in zip(lat, lon)],
            "firmware": _col(lambda: "v" + _semver(rnd), rnd),
            "os_build": _col(lambda: rnd.choice(["21H2", "22H2", "23H2", "14.4.1", "6.1.0-18-amd64"]), rnd),
            "phone_model": _col(lambda: rnd.choice(["Pixel 8", "iPhone 15", "Galaxy S23", "Moto G54"]), rnd,
                                nulls=0.5),
            "address_family": _col(lambda: rnd.choice(["IPv4", "IPv6", "dual"]), rnd),
            "uptime_sec": [rnd.randint(0, 90 * 86_400) for _ in range(ROWS)],
            "error_count": [rnd.randint(0, 30) for _ in range(ROWS)],
            "status": _col(lambda: rnd.choice(["online", "offline", "degraded", "maintenance"]), rnd),
            "last_seen": pd.Series(_moments(rnd, "2024-05-01T00:00:00", 60)),
        }
    )


def tables() -> dict[str, pd.DataFrame]:
    """The held-out tables, keyed ``schema.table``; the same on every call (fixed seed)."""
    builders: dict[str, Callable[[random.Random], pd.DataFrame]] = {
        "anagrafe.clienti": _it_clienti,
        "nl.klanten": _nl_klanten,
        "vendas.clientes_br": _br_clientes,
        "app.users": _app_users,
        "ehr.PATIENT_DEMOG": _ehr_patient,
        "lake.raw_evt_0423": _lake_raw,
        "catalog.products": _catalog_products,
        "billing.invoices": _billing_invoices,
        "ops.devices": _ops_devices,
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
        if len(frame) != ROWS:
            raise ValueError(f"{name}: {len(frame)} rows, expected {ROWS}")
        columns, labeled = list(frame.columns), list(LABELS[name])
        if columns != labeled:
            raise ValueError(f"{name}: columns {columns} differ from labeled columns {labeled}")
        bad = {c: k for c, k in LABELS[name].items() if k not in valid}
        if bad:
            raise ValueError(f"{name}: labels {bad} are not Kind values")


def evaluate(classifier: Callable[[str, dict[str, str], pd.DataFrame], Any] | None = None) -> dict[str, Any]:
    """Score ``classifier`` (default: the project's) on the held-out set with ``accuracy.evaluate``."""
    if __package__:
        from . import accuracy
    else:  # run as a script: this directory is on sys.path
        import accuracy

    return accuracy.evaluate(classifier or accuracy.project_classifier, tables(), LABELS)


if __name__ == "__main__":
    import json
    import sys

    if __package__:
        from .accuracy import report
    else:
        from accuracy import report

    outcome = evaluate()
    print(json.dumps(outcome, indent=2) if "--json" in sys.argv[1:] else report(outcome))
