"""Which columns hold which kind of personal data.

A column is classified from three kinds of evidence, and a policy column rule always wins over all of them:

* **its name**, split into words whatever the style (``snake_case``, ``camelCase``, ``UPPER_ABBR``), with common
  abbreviations expanded (``CUST_NM``, ``TEL_NO``, ``PSTL_CD``) and German, French and Spanish words known
  (``vorname``, ``adresse_courriel``, ``fecha_nacimiento``). A name that describes something about a thing rather
  than the thing (``mail_class``, ``address_type``, ``ip_rating``) or an object that is not a person
  (``order_ref``, ``sku``, ``firmware_version``, ``gift_card_no``) says "no personal data", whatever the values
  look like: that is what keeps order numbers shaped like phone numbers from being masked.
* **its values**: presidio-analyzer's pattern recognizers (e-mail, phone, US SSN, credit card with its Luhn
  checksum, IBAN with its checksum, IP address) run over a sample, offline; a value counts when the match covers
  it. Person names are recognized from the name lists Faker ships (offline), street lines by their shape.
* **its type**: dates of birth must be dates or date-like strings; numbers are never names.

The sample is read inside the governed path and never leaves it: only kinds, confidences and evidence strings do.

Example:
    >>> c = classify_column("contact_email", "VARCHAR", ["a@example.com", "b@example.org"])
    >>> (c.kind.value, c.evidence)
    ('email', 'name says email')
    >>> classify_column("order_ref", "VARCHAR", ["555-201-3344", "555-201-9911"]).kind.value
    'none'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pandas as pd

from governance_dagster.kinds import Kind
from governance_dagster.policy import Policy

#: Abbreviations and foreign words, mapped to the English word the rules use.
_WORDS = {
    "nm": "name", "nam": "name", "nme": "name", "nombre": "first", "prenom": "first", "vorname": "first",
    "given": "first", "fst": "first", "frst": "first", "fname": "first", "firstname": "first",
    "lst": "last", "surname": "last", "nachname": "last", "apellido": "last", "apellidos": "last",
    "lname": "last", "lastname": "last", "familienname": "last", "nom": "last",
    "addr": "address", "adr": "address", "adresse": "address", "direccion": "address", "anschrift": "address",
    "strasse": "street", "calle": "street", "rue": "street",
    "tel": "phone", "telefon": "phone", "telefono": "phone", "telephone": "phone", "mobile": "phone",
    "mobil": "phone", "movil": "phone", "cell": "phone", "handy": "phone", "fax": "phone", "portable": "phone",
    "msisdn": "phone", "telefonnummer": "phone", "phonenumber": "phone",
    "mail": "email", "eml": "email", "courriel": "email", "correo": "email", "emailaddress": "email",
    "no": "number", "nbr": "number", "num": "number", "nr": "number", "numero": "number", "nummer": "number",
    "cd": "code", "codigo": "code", "pstl": "postal", "post": "postal", "postleitzahl": "postcode",
    "plz": "postcode", "zip": "postcode", "zipcode": "postcode", "postcode": "postcode", "cp": "postcode",
    "cty": "city", "ville": "city", "ciudad": "city", "ort": "city", "stadt": "city", "town": "city",
    "municipality": "city", "localidad": "city", "wohnort": "city",
    "dt": "date", "datum": "date", "fecha": "date", "fec": "date",
    "brth": "birth", "naissance": "birth", "nacimiento": "birth", "geburtsdatum": "birthdate",
    "geburtstag": "birthdate", "birthday": "birthdate", "dob": "birthdate", "birthdate": "birthdate",
    "cust": "customer", "kunde": "customer", "client": "customer", "cliente": "customer",
    "bnk": "bank", "acct": "account", "acc": "account", "cuenta": "account", "compte": "account",
    "bancaria": "bank", "bancaire": "bank", "kontonummer": "iban",
    "pspt": "passport", "pasaporte": "passport", "reisepass": "passport", "personalausweis": "idcard",
    "cni": "idcard", "dni": "idcard", "nif": "taxid", "nie": "idcard", "nino": "idcard", "bsn": "idcard",
    "steuerid": "taxid", "steuernummer": "taxid", "steuer": "tax",
    "sozialversicherungsnummer": "ssn", "rentenversicherungsnummer": "ssn", "nss": "ssn", "nir": "ssn",
    "ln": "line", "ln1": "line", "ln2": "line", "line1": "line", "line2": "line",
    "notes": "note", "notiz": "note", "bemerkung": "note", "bemerkungen": "note", "commentaire": "note",
    "comentario": "note", "comentarios": "note", "observaciones": "note", "remarks": "note", "remark": "note",
    "comments": "note", "comment": "note", "memo": "note", "description": "description",
    "descripcion": "description", "beschreibung": "description", "freetext": "note",
    "vorgesetzter": "supervisor", "manager": "supervisor", "chef": "supervisor", "responsable": "supervisor",
    "seguridad": "security", "securite": "security", "sociale": "social", "social": "social",
    "ipaddress": "ip", "ipv4": "ip", "ipv6": "ip", "src": "source", "lmt": "limit", "stat": "status",
    "ts": "timestamp",
}

#: Words that say the column describes something about a thing, not the thing itself.
_QUALIFIERS = {
    "id", "type", "class", "status", "code", "rating", "color", "colour", "flag", "count", "version", "promo",
    "tier", "level", "format", "category", "exp", "expiry", "expires", "hash", "key", "timestamp", "at", "limit",
    "amount", "verified", "valid", "opt", "optin", "consent", "domain", "length", "provider", "template", "kind",
}
#: Objects that are not people: a name about them holds no personal data, whatever its values look like.
_OBJECTS = {
    "order", "sku", "product", "tracking", "invoice", "ticket", "build", "firmware", "version", "item", "gift",
    "bin", "event", "session", "message", "transaction", "merchant", "batch", "serial", "part", "model", "agent",
    "company", "brand", "store", "shop", "file", "host", "server", "device", "warehouse", "shipment", "parcel",
    "coupon", "voucher", "campaign", "department", "abteilung", "departamento", "job", "poste", "title",
}
#: Words that make a "name" column a person's name.
_PERSON = {"customer", "contact", "full", "person", "employee", "patient", "owner", "holder", "supervisor",
           "recipient", "sender", "user", "member", "guest", "passenger", "beneficiary", "display", "legal"}

_TEXT_TYPES = ("char", "text", "string", "varchar")
_DATE_TYPES = ("date", "time")
_SAMPLE_DISTINCT = 40

_PRESIDIO_KINDS = {
    "EMAIL_ADDRESS": Kind.EMAIL, "CREDIT_CARD": Kind.CREDIT_CARD, "IBAN_CODE": Kind.IBAN,
    "IP_ADDRESS": Kind.IP_ADDRESS, "US_SSN": Kind.SSN, "PHONE_NUMBER": Kind.PHONE,
}
_STREET = re.compile(
    r"^\s*(\d+[a-z]?[,\s]+\S.*|.*\S\s+\d+[a-z]?(\s*-\s*\d+)?)$", re.IGNORECASE
)
_STREET_WORDS = re.compile(
    r"\b(st|street|ave|avenue|road|rd|lane|ln|drive|dr|way|court|ct|blvd|boulevard|place|pl|square|sq|crossroad|"
    r"forks?|coves?|mews|trail|park|ridge|apt|suite|unit|ring|weg|gasse|platz|allee|strasse|straße|str|rue|"
    r"avenue|chemin|boulevard|impasse|calle|avenida|paseo|plaza|camino|pasadizo|ronda|via|glorieta|callejón|"
    r"cuesta|alameda|carrer|route|quai)\b",
    re.IGNORECASE,
)
#: "646 Casey Roads", "12b Rue Victor Hugo": a house number, then two or more words.
_STREET_SHAPE = re.compile(r"^\d{1,6}[a-z]?,?\s+[^\W\d][\w'.-]*(\s+[^\W\d][\w'.-]*)+(\s+\d+\w*)?$", re.UNICODE)
_FREE_TEXT_MIN_CHARS = 30


@dataclass(frozen=True)
class Classification:
    """The kind of personal data a column holds, how sure we are, and why."""

    column: str
    kind: Kind
    confidence: float
    evidence: str


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def name_words(name: str) -> list[str]:
    """A column name as words, abbreviations expanded.

    Example:
        >>> name_words("custBirthDt"), name_words("PSTL_CD"), name_words("adresse_courriel")
        (['customer', 'birth', 'date'], ['postal', 'code'], ['address', 'email'])
    """
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", _plain(name))
    raw = [w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w]
    words = []
    for word in raw:
        if word in _WORDS:
            words.append(_WORDS[word])
        elif word.startswith("geburt"):
            words.append("birthdate")
        elif word.endswith("strasse"):
            words.append("street")
        else:
            words.append(word)
    return words


def kind_from_name(name: str) -> tuple[Kind | None, str]:
    """The kind a column name says, ``Kind.NONE`` when it says "not personal data", or None when it says nothing.

    Returns the kind and how strong the evidence is: "strong" or "weak".
    """
    words = name_words(name)
    w = set(words)
    joined = "_".join(words)
    head = words[-1] if words else ""
    # kinds whose words would otherwise read as qualifiers ("code", "number", "date")
    if "postcode" in w or ("postal" in w and "code" in w):
        return Kind.POSTAL_CODE, "strong"
    if "birthdate" in w or "dob" in w or ("birth" in w and ("date" in w or head == "birth")):
        return (Kind.NONE, "strong") if head in _QUALIFIERS | {"promo"} else (Kind.DATE_OF_BIRTH, "strong")
    if "ssn" in w or ("social" in w and "security" in w):
        return Kind.SSN, "strong"
    if w & {"passport", "idcard", "taxid"} or joined in ("national_id", "tax_id", "tax_number", "id_card", "id_number"):
        return Kind.NATIONAL_ID, "strong"
    if head in ("note", "description") or w == {"note"}:
        return Kind.FREE_TEXT, "strong"
    if w & _OBJECTS:
        return Kind.NONE, "strong"
    if head in _QUALIFIERS and not (head == "code" and "postal" in w):
        return Kind.NONE, "strong"
    if "iban" in w or ("bank" in w and "account" in w):
        return Kind.IBAN, "strong"
    if "card" in w and (w & {"number", "credit", "pan"}) or joined in ("cc_number", "credit_card", "pan", "cc"):
        return Kind.CREDIT_CARD, "strong"
    if "email" in w:
        return Kind.EMAIL, "strong"
    if "phone" in w:
        return Kind.PHONE, "strong"
    if "ip" in w:
        return Kind.IP_ADDRESS, "strong"
    if "first" in w:
        return Kind.FIRST_NAME, "strong"
    if "last" in w and (head in ("last", "name") or "name" in w):
        return Kind.LAST_NAME, "strong"
    if "city" in w:
        return Kind.CITY, "strong"
    if "name" in w or "supervisor" in w:
        return (Kind.PERSON_NAME, "strong") if w & _PERSON or w == {"name"} or "supervisor" in w else (Kind.PERSON_NAME, "weak")
    if w & {"street", "line"} or (("address" in w) and not w & {"source", "destination", "mac"}):
        return Kind.STREET_ADDRESS, "strong" if "street" in w or "line" in w or w == {"address"} else "weak"
    if w & {"note", "description"} or head in ("text", "body"):
        return Kind.FREE_TEXT, "strong"
    return None, ""


@lru_cache(maxsize=1)
def _name_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """First and last names from the name lists Faker ships for en_US, de_DE, fr_FR and es_ES (offline)."""
    import importlib

    first: set[str] = set()
    last: set[str] = set()
    for locale in ("en_US", "de_DE", "fr_FR", "es_ES"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for target, names in ((first, provider.first_names), (last, provider.last_names)):
            target.update(_plain(n).lower() for n in names)
    return frozenset(first), frozenset(last)


def _name_share(values: Sequence[str]) -> tuple[float, float]:
    """Share of values that read as full names (first and last known) and as single known first names."""
    first, last = _name_lexicon()
    full = single = 0
    for value in values:
        parts = [p for p in re.split(r"[\s,]+", _plain(value).lower()) if p]
        if 2 <= len(parts) <= 4 and sum(p in first or p in last for p in parts) >= len(parts) - 1:
            full += 1
        elif len(parts) == 1 and parts[0] in first:
            single += 1
    return full / len(values), single / len(values)


def _presidio_shares(values: Sequence[str]) -> dict[Kind, float]:
    """Per kind, the share of values that presidio's pattern recognizers match end to end."""
    from governance_dagster.masking.free_text import CLASSIFY_PHONE_REGIONS, analyzer

    engine = analyzer(CLASSIFY_PHONE_REGIONS)
    hits: dict[Kind, int] = {}
    for value in values:
        found = engine.analyze(text=value, language="en", entities=list(_PRESIDIO_KINDS), score_threshold=0.3)
        covered = {
            _PRESIDIO_KINDS[r.entity_type] for r in found if (r.end - r.start) >= 0.85 * len(value.strip())
        }
        for kind in covered:
            hits[kind] = hits.get(kind, 0) + 1
    return {kind: count / len(values) for kind, count in hits.items()}


def kind_from_values(values: Sequence[str]) -> tuple[Kind | None, float, str]:
    """The kind most sampled values show, with the share that shows it, or None."""
    if not values:
        return None, 0.0, ""
    shares = _presidio_shares(values)
    # checksum-validated and unambiguous patterns first, phones last (they match many digit strings)
    for kind in (Kind.EMAIL, Kind.IBAN, Kind.CREDIT_CARD, Kind.IP_ADDRESS, Kind.SSN, Kind.PHONE):
        # a checksum (Luhn, IBAN mod 97) makes a chance match rare: half the sample is enough
        if shares.get(kind, 0.0) >= (0.5 if kind in (Kind.IBAN, Kind.CREDIT_CARD) else 0.7):
            return kind, shares[kind], f"{shares[kind]:.0%} of sampled values match presidio's {kind.value} recognizer"
    full, single = _name_share(values)
    if full >= 0.6:
        return Kind.PERSON_NAME, full, f"{full:.0%} of sampled values read as person names"
    if single >= 0.6:
        return Kind.FIRST_NAME, single, f"{single:.0%} of sampled values are known first names"
    street = sum(1 for v in values if _STREET_SHAPE.match(v) or (_STREET.match(v) and _STREET_WORDS.search(v))) / len(values)
    if street >= 0.6:
        return Kind.STREET_ADDRESS, street, f"{street:.0%} of sampled values are shaped like street lines"
    prose = sum(1 for v in values if len(v) >= _FREE_TEXT_MIN_CHARS and len(v.split()) >= 5 and "/" not in v[:12])
    if prose / len(values) >= 0.6:
        return Kind.FREE_TEXT, prose / len(values), "sampled values are prose"
    return None, 0.0, ""


def _texts(sample: Sequence[Any]) -> list[str]:
    seen: dict[str, None] = {}
    for v in sample:
        if v is None or (isinstance(v, float) and pd.isna(v)):
            continue
        text = str(v).strip()
        if text and text not in seen:
            seen[text] = None
        if len(seen) >= _SAMPLE_DISTINCT:
            break
    return list(seen)


def classify_column(name: str, data_type: str, sample: Sequence[Any]) -> Classification:
    """Classify one column from its name, type and sampled values.

    Args:
        name: the column name.
        data_type: the database type name.
        sample: some of the column's values (nulls are ignored).
    """
    dtype = data_type.lower()
    is_text = any(t in dtype for t in _TEXT_TYPES)
    by_name, strength = kind_from_name(name)
    if by_name is Kind.DATE_OF_BIRTH and not (is_text or any(t in dtype for t in _DATE_TYPES)):
        return Classification(name, Kind.NONE, 0.6, f"name says date of birth but type is {data_type}")
    if by_name is Kind.NONE:
        return Classification(name, Kind.NONE, 0.85, "name describes something that is not personal data")
    if by_name is not None and strength == "strong":
        return Classification(name, by_name, 0.9, f"name says {by_name.value}")
    values = _texts(sample) if is_text else []
    by_values, share, why = kind_from_values(values)
    if by_values is not None and (by_name is None or by_values is by_name or share >= 0.8):
        return Classification(name, by_values, round(min(0.95, 0.5 + share / 2), 2), why)
    if by_name is not None:
        return Classification(name, by_name, 0.6, f"name suggests {by_name.value}")
    return Classification(name, Kind.NONE, 0.6, "no name or value evidence of personal data")


def classify_table(
    table: str, columns: dict[str, str], sample: pd.DataFrame, policy: Policy
) -> dict[str, Classification]:
    """Classify every column of ``table`` (``schema.table``); the policy's column rules win.

    Example:
        >>> frame = pd.DataFrame({"id": [1, 2], "col_a": ["a@x.io", "b@y.io"]})
        >>> result = classify_table("main.t", {"id": "INTEGER", "col_a": "VARCHAR"}, frame, Policy())
        >>> {c: r.kind.value for c, r in result.items()}
        {'id': 'none', 'col_a': 'email'}
    """
    result: dict[str, Classification] = {}
    for column, data_type in columns.items():
        rule = policy.rule_for(table, column)
        if rule is not None:
            result[column] = Classification(column, rule.kind, 1.0, "policy column rule")
        elif not policy.classify:
            result[column] = Classification(column, Kind.NONE, 1.0, "policy: classification off")
        else:
            values = sample[column].dropna().tolist() if column in sample else []
            result[column] = classify_column(column, data_type, values)
    return result
