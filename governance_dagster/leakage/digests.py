"""Keyed digests of normalized values, computed inside the database where a table lives.

Leakage checks compare real and synthetic values through these digests only, so the values themselves never
reach Python, a report or a log.

Example:
    >>> "sha256(regexp_replace(" in digest_query("main", "t", "phone", "digits", "duckdb", "s" * 16)
    True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Literal

from governance_dagster.errors import LeakageError
from governance_dagster.kinds import Kind

Normalization = Literal["text", "digits"]

#: Kinds compared on their digits alone (formatting differs between sources).
DIGIT_KINDS = frozenset({Kind.PHONE, Kind.SSN, Kind.CREDIT_CARD, Kind.NATIONAL_ID})
MIN_DIGITS = 7

_TEXT_SQL = {
    "duckdb": "lower(trim(nfc_normalize(CAST({col} AS VARCHAR))))",
    "postgres": "lower(trim(normalize(CAST({col} AS TEXT), NFC)))",
}
_DIGITS_SQL = {
    "duckdb": "regexp_replace(CAST({col} AS VARCHAR), '[^0-9]', '', 'g')",
    "postgres": "regexp_replace(CAST({col} AS TEXT), '[^0-9]', '', 'g')",
}
_HASH_SQL = {
    "duckdb": "sha256({value} || {salt})",
    "postgres": "encode(sha256(convert_to({value} || {salt}, 'UTF8')), 'hex')",
}


def normalization_for(kind: Kind) -> Normalization:
    """How values of ``kind`` are normalized before comparison."""
    return "digits" if kind in DIGIT_KINDS else "text"


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def digest_query(schema: str, table: str, column: str, norm: Normalization, dialect: str, secret: str) -> str:
    """SQL giving ``digest`` and ``n`` (rows holding it) per distinct normalized value of a column."""
    if dialect not in _HASH_SQL:
        raise LeakageError(f"digests are not available for dialect {dialect!r}; use duckdb or postgres")
    value = (_DIGITS_SQL if norm == "digits" else _TEXT_SQL)[dialect].format(col=_ident(column))
    keep = f"length({value}) >= {MIN_DIGITS}" if norm == "digits" else f"length({value}) > 0"
    digest = _HASH_SQL[dialect].format(value=value, salt=_literal(secret))
    return (
        f"SELECT {digest} AS digest, count(*) AS n FROM {_ident(schema)}.{_ident(table)} "
        f"WHERE {_ident(column)} IS NOT NULL AND {keep} GROUP BY 1"
    )


def normalize_value(value: str, norm: Normalization) -> str:
    """The normalization :func:`digest_query` applies, in Python (for tests and in-memory frames)."""
    if norm == "digits":
        return re.sub(r"[^0-9]", "", value)
    return unicodedata.normalize("NFC", value).strip().lower()


def digest_value(value: str, norm: Normalization, secret: str) -> str:
    """The digest :func:`digest_query` computes for one value."""
    return hashlib.sha256((normalize_value(value, norm) + secret).encode()).hexdigest()
