"""Which columns hold which kind of personal data.

A column is classified from its name, its type and a sample of its values; a policy column rule always wins. The
sample is read inside the governed path and never leaves it: only kinds, confidences and evidence strings do.

Example:
    >>> c = classify_column("contact_email", "VARCHAR", ["a@example.com", "b@example.org"])
    >>> (c.kind.value, c.evidence)
    ('email', 'name matches email; 2/2 sampled values look like email')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from governance_dagster.kinds import Kind
from governance_dagster.policy import Policy

#: Column-name patterns, tried in order on the lower-cased name with separators folded to "_".
_NAME_PATTERNS: list[tuple[Kind, re.Pattern[str]]] = [
    (Kind.EMAIL, re.compile(r"(^|_)(e_?mail|email_?addr(ess)?|mail)($|_)")),
    (Kind.SSN, re.compile(r"(^|_)(ssn|social_?security(_number)?|sozialversicherungs\w*)($|_)")),
    (Kind.NATIONAL_ID, re.compile(r"(^|_)(national_?id|passport(_no|_number)?|tax_?id|nino|bsn)($|_)")),
    (Kind.CREDIT_CARD, re.compile(r"(^|_)(credit_?card|card_?(no|num|number)|cc_?num(ber)?|pan)($|_)")),
    (Kind.IBAN, re.compile(r"(^|_)(iban|bank_?account)($|_)")),
    (Kind.IP_ADDRESS, re.compile(r"(^|_)(ip|ip_?addr(ess)?|client_?ip)($|_)")),
    (Kind.PHONE, re.compile(r"(^|_)(phone|mobile|cell|tel|telephone|fax|msisdn)(_?(no|num|number))?($|_)")),
    (Kind.DATE_OF_BIRTH, re.compile(r"(^|_)(dob|birth_?date|date_?of_?birth|birthday|geburtsdatum)($|_)")),
    (Kind.FIRST_NAME, re.compile(r"(^|_)(first_?name|given_?name|fname|vorname|prenom)($|_)")),
    (Kind.LAST_NAME, re.compile(r"(^|_)(last_?name|surname|family_?name|lname|nachname)($|_)")),
    (Kind.PERSON_NAME, re.compile(r"(^|_)(full_?name|customer_?name|person_?name|contact_?name|name)($|_)")),
    (Kind.STREET_ADDRESS, re.compile(r"(^|_)(street|address|addr|address_?line_?\d?|strasse)($|_)")),
    (Kind.POSTAL_CODE, re.compile(r"(^|_)(zip|zip_?code|postal_?code|postcode|plz)($|_)")),
    (Kind.CITY, re.compile(r"(^|_)(city|town|ort)($|_)")),
    (Kind.FREE_TEXT, re.compile(r"(^|_)(notes?|comments?|description|remarks?|message|body|free_?text)($|_)")),
]

_VALUE_PATTERNS: dict[Kind, re.Pattern[str]] = {
    Kind.EMAIL: re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$"),
    Kind.SSN: re.compile(r"^(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$"),
    Kind.PHONE: re.compile(r"^\+?[\d\s().-]{7,20}$"),
    Kind.IP_ADDRESS: re.compile(r"^(\d{1,3}\.){3}\d{1,3}$"),
    Kind.CREDIT_CARD: re.compile(r"^\d{4}([ -]?\d{4}){3}$"),
}

_TEXT_TYPES = ("char", "text", "string", "varchar")


@dataclass(frozen=True)
class Classification:
    """The kind of personal data a column holds, how sure we are, and why."""

    column: str
    kind: Kind
    confidence: float
    evidence: str


def _fold(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()).strip("_")


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _value_share(kind: Kind, values: Sequence[str]) -> float:
    if not values:
        return 0.0
    pattern = _VALUE_PATTERNS[kind]
    hits = sum(1 for v in values if pattern.match(v))
    if kind is Kind.CREDIT_CARD:
        hits = sum(1 for v in values if pattern.match(v) and _luhn(re.sub(r"\D", "", v)))
    if kind is Kind.PHONE:
        hits = sum(1 for v in values if pattern.match(v) and 7 <= len(re.sub(r"\D", "", v)) <= 15 and re.search(r"[\s().+-]", v))
    return hits / len(values)


def classify_column(name: str, data_type: str, sample: Sequence[Any]) -> Classification:
    """Classify one column from its name, type and sampled values.

    Args:
        name: the column name.
        data_type: the database type name.
        sample: some of the column's values (nulls are ignored).
    """
    folded = _fold(name)
    values = [str(v) for v in sample if v is not None and not (isinstance(v, float) and pd.isna(v))]
    by_name = next((kind for kind, pattern in _NAME_PATTERNS if pattern.search(folded)), None)
    is_text = any(t in data_type.lower() for t in _TEXT_TYPES)
    if is_text and values:
        for kind in _VALUE_PATTERNS:
            share = _value_share(kind, values)
            if share >= 0.8 and (by_name in (None, kind)):
                why = f"name matches {kind.value}; " if by_name is kind else ""
                return Classification(name, kind, round(min(1.0, share + (0.1 if by_name else 0)), 2),
                                      f"{why}{round(share * len(values))}/{len(values)} sampled values look like {kind.value}")
    if by_name is not None:
        if by_name is Kind.DATE_OF_BIRTH and not any(t in data_type.lower() for t in ("date", "time", "char", "text")):
            return Classification(name, Kind.NONE, 0.5, f"name suggests date of birth but type is {data_type}")
        return Classification(name, by_name, 0.7, f"name matches {by_name.value}")
    if is_text and values and sum(len(v) for v in values) / len(values) > 40 and sum(" " in v for v in values) > len(values) / 2:
        return Classification(name, Kind.FREE_TEXT, 0.6, "long text with spaces in most sampled values")
    return Classification(name, Kind.NONE, 0.6, "no name or value evidence of personal data")


def classify_table(
    table: str, columns: dict[str, str], sample: pd.DataFrame, policy: Policy
) -> dict[str, Classification]:
    """Classify every column of ``table`` (``schema.table``); the policy's column rules win.

    Example:
        >>> frame = pd.DataFrame({"id": [1, 2], "mail": ["a@x.io", "b@y.io"]})
        >>> result = classify_table("main.t", {"id": "INTEGER", "mail": "VARCHAR"}, frame, Policy())
        >>> {c: r.kind.value for c, r in result.items()}
        {'id': 'none', 'mail': 'email'}
    """
    result: dict[str, Classification] = {}
    for column, data_type in columns.items():
        rule = policy.rule_for(table, column)
        if rule is not None:
            result[column] = Classification(column, rule.kind, 1.0, "policy column rule")
        elif not policy.classify:
            result[column] = Classification(column, Kind.NONE, 1.0, "policy: classification off")
        else:
            values = sample[column].dropna().head(200).tolist() if column in sample else []
            result[column] = classify_column(column, data_type, values)
    return result
