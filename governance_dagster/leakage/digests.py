"""Keyed digests of normalized values, computed inside the database where a table lives.

Leakage checks compare real and synthetic values through these digests only, so the values themselves never
reach Python, a report or a log.

Example:
    >>> "regexp_replace(" in digest_query("main", "t", "phone", "digits", "duckdb", "s" * 16)
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
_CAST_TEXT = {"duckdb": "CAST({col} AS VARCHAR)", "postgres": "CAST({col} AS TEXT)"}
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


def _normalized(column: str, norm: Normalization, dialect: str) -> tuple[str, str]:
    """The normalized value of ``column`` and the condition a value must meet to be compared."""
    if dialect not in _HASH_SQL:
        raise LeakageError(f"digests are not available for dialect {dialect!r}; use duckdb or postgres")
    value = (_DIGITS_SQL if norm == "digits" else _TEXT_SQL)[dialect].format(col=_ident(column))
    if norm == "digits":  # count the digits with translate (cheap) so the regular expression runs on candidates only
        text = _CAST_TEXT[dialect].format(col=_ident(column))
        keep = f"length({text}) - length(translate({text}, '0123456789', '')) >= {MIN_DIGITS}"
    else:  # non-empty once trimmed, which normalizing keeps so (cheaper than normalizing twice)
        keep = f"length(trim({_CAST_TEXT[dialect].format(col=_ident(column))})) > 0"
    return value, f"{_ident(column)} IS NOT NULL AND {keep}"


def digest_query(schema: str, table: str, column: str, norm: Normalization, dialect: str, secret: str) -> str:
    """SQL giving ``digest`` and ``n`` (rows holding it) per distinct normalized value of a column.

    Values are grouped before they are hashed, so each distinct value is hashed once.
    """
    value, keep = _normalized(column, norm, dialect)
    digest = _HASH_SQL[dialect].format(value="v", salt=_literal(secret))
    return (f"SELECT {digest} AS digest, n FROM (SELECT {value} AS v, count(*) AS n "
            f"FROM {_ident(schema)}.{_ident(table)} WHERE {keep} GROUP BY 1) d")


def matches_query(real: tuple[str, str], real_columns: dict[str, Normalization], synthetic: tuple[str, str],
                  synthetic_columns: list[str], dialect: str) -> str:
    """SQL comparing normalized values of two tables of one database without releasing any of them.

    Gives, per synthetic column and normalization that matches: ``replayed_values`` (distinct values also in a real
    identifier column), ``replayed_rows`` (rows holding them) and ``matched`` (the real columns, comma-separated).

    Example:
        >>> "EXISTS (SELECT 1 FROM r" in matches_query(("main", "t"), {"email": "text"}, ("s", "t"), ["email"], "duckdb")
        True
    """
    norms = sorted(set(real_columns.values()))
    real_parts, synthetic_parts, distinct = [], [], []
    for column, norm in real_columns.items():
        value, keep = _normalized(column, norm, dialect)
        real_parts.append(f"SELECT DISTINCT {_literal(norm)} AS norm, {_literal(column)} AS rc, {value} AS v "
                          f"FROM {_ident(real[0])}.{_ident(real[1])} WHERE {keep}")
    for k, column in enumerate(synthetic_columns):
        # each synthetic column is read once and grouped by its raw values; only distinct values are normalized
        distinct.append(f"c{k} AS MATERIALIZED (SELECT {_ident(column)} AS raw, count(*) AS n "
                        f"FROM {_ident(synthetic[0])}.{_ident(synthetic[1])} GROUP BY 1)")
        for norm in norms:
            value, keep = _normalized("raw", norm, dialect)
            synthetic_parts.append(
                f"SELECT {_literal(norm)} AS norm, {_literal(column)} AS sc, {value} AS v, n FROM c{k} WHERE {keep}")
    # keep the synthetic values that some real identifier has (a semi-join: nothing else is grouped), then count
    return (
        f"WITH {', '.join(distinct)}, r AS ({' UNION ALL '.join(real_parts)}), "
        f"s AS ({' UNION ALL '.join(synthetic_parts)}), "
        "per_value AS (SELECT sc, norm, v, sum(n) AS n FROM s "
        "WHERE EXISTS (SELECT 1 FROM r WHERE r.norm = s.norm AND r.v = s.v) GROUP BY sc, norm, v), "
        "counts AS (SELECT sc, norm, count(*) AS replayed_values, sum(n) AS replayed_rows FROM per_value "
        "GROUP BY sc, norm), "
        "sources AS (SELECT p.sc, p.norm, string_agg(DISTINCT r.rc, ',') AS matched FROM per_value p "
        "JOIN r ON p.norm = r.norm AND p.v = r.v GROUP BY p.sc, p.norm) "
        "SELECT counts.sc, counts.norm, counts.replayed_values, counts.replayed_rows, sources.matched "
        "FROM counts JOIN sources ON counts.sc = sources.sc AND counts.norm = sources.norm"
    )


def normalize_value(value: str, norm: Normalization) -> str:
    """The normalization :func:`digest_query` applies, in Python (for tests and in-memory frames)."""
    if norm == "digits":
        return re.sub(r"[^0-9]", "", value)
    return unicodedata.normalize("NFC", value).strip().lower()


def digest_value(value: str, norm: Normalization, secret: str) -> str:
    """The digest :func:`digest_query` computes for one value."""
    return hashlib.sha256((normalize_value(value, norm) + secret).encode()).hexdigest()
