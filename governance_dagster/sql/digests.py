"""Keyed digests of normalized values, computed inside the database where a table lives.

Leakage checks compare real and synthetic values through these digests only, so the values themselves never
reach Python, a report or a log.

Example:
    >>> "regexp_replace(" in digests_query("main", "t", ["phone"], "digits", "duckdb", "s" * 16)
    True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Literal

from governance_dagster.kinds import Kind
from governance_dagster.sql.dialect import check_dialect, ident, keyed_digest_sql, literal, nfc_lower, text_type
from governance_dagster.sql.phones import phone_e164, phone_e164_sql

Normalization = Literal["text", "digits", "phone"]

#: Kinds compared on their digits alone (formatting differs between sources).
DIGIT_KINDS = frozenset({Kind.PHONE, Kind.SSN, Kind.CREDIT_CARD, Kind.NATIONAL_ID})
MIN_DIGITS = 7
#: Region assumed for phones written without a country code when none is given (the policy's default).
DEFAULT_REGION = "US"


def normalization_for(kind: Kind) -> Normalization:
    """How values of ``kind`` are normalized before comparison: phones by their E.164 form (country code and
    national significant number, see :mod:`governance_dagster.sql.phones`), other digit kinds by their digits,
    the rest as trimmed, lower-cased NFC text."""
    if kind is Kind.PHONE:
        return "phone"
    return "digits" if kind in DIGIT_KINDS else "text"


def _normalized(column: str, norm: Normalization, dialect: str, region: str = DEFAULT_REGION) -> tuple[str, str]:
    """The normalized value of ``column`` and the condition a value must meet to be compared."""
    check_dialect(dialect)
    name = ident(column, dialect)
    text = f"CAST({name} AS {text_type(dialect)})"
    if norm == "text":
        value = f"trim({nfc_lower(name, dialect)})"
        # non-empty once trimmed, which normalizing keeps so (cheaper than normalizing twice)
        return value, f"{name} IS NOT NULL AND length(trim({text})) > 0"
    digits = f"regexp_replace({text}, '[^0-9]', '')" if dialect == "spark" else \
        f"regexp_replace({text}, '[^0-9]', '', 'g')"
    value = phone_e164_sql(name, dialect, region) if norm == "phone" else digits
    # count the digits with translate (cheap) so the regular expressions run on candidates only
    keep = f"length({text}) - length(translate({text}, '0123456789', '')) >= {MIN_DIGITS}"
    return value, f"{name} IS NOT NULL AND {keep}"


def digests_query(schema: str, table: str, columns: list[str], norm: Normalization, dialect: str, secret: str,
                  region: str = DEFAULT_REGION) -> str:
    """SQL giving ``col``, ``digest`` and ``n`` (rows holding it) per column of ``columns`` and distinct normalized
    value, in one statement: the columns' cells, as text, are stacked and normalized by one expression (the phone
    normalization is a long one, which the database plans once rather than once a column).

    Values are grouped before they are hashed, so each distinct value of a column is hashed once.

    Example:
        >>> "regexp_replace(" in digests_query("main", "t", ["phone", "fax"], "digits", "duckdb", "s" * 16)
        True
    """
    check_dialect(dialect)
    source = f"{ident(schema, dialect)}.{ident(table, dialect)}"
    cells = " UNION ALL ".join(
        f"SELECT {literal(column, dialect)} AS col, CAST({ident(column, dialect)} AS {text_type(dialect)}) AS cell "
        f"FROM {source}" for column in columns)
    value, keep = _normalized("cell", norm, dialect, region)
    return (f"SELECT col, {keyed_digest_sql('v', dialect, secret)} AS digest, n FROM (SELECT col, {value} AS v, "
            f"count(*) AS n FROM ({cells}) AS cells WHERE {keep} GROUP BY 1, 2) d")


def matches_query(real: tuple[str, str], real_columns: dict[str, Normalization], synthetic: tuple[str, str],
                  synthetic_columns: list[str], dialect: str, region: str = DEFAULT_REGION) -> str:
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
        value, keep = _normalized(column, norm, dialect, region)
        real_parts.append(f"SELECT DISTINCT {literal(norm, dialect)} AS norm, {literal(column, dialect)} AS rc, "
                          f"{value} AS v FROM {ident(real[0], dialect)}.{ident(real[1], dialect)} WHERE {keep}")
    for k, column in enumerate(synthetic_columns):
        # each synthetic column is read once and grouped by its raw values; only distinct values are normalized
        # Spark has no MATERIALIZED; it reuses the exchange of a CTE read twice on its own
        materialized = "" if dialect == "spark" else "MATERIALIZED "
        distinct.append(f"c{k} AS {materialized}(SELECT {ident(column, dialect)} AS raw, count(*) AS n "
                        f"FROM {ident(synthetic[0], dialect)}.{ident(synthetic[1], dialect)} GROUP BY 1)")
        for norm in norms:
            value, keep = _normalized("raw", norm, dialect, region)
            synthetic_parts.append(
                f"SELECT {literal(norm, dialect)} AS norm, {literal(column, dialect)} AS sc, {value} AS v, n FROM c{k} "
                f"WHERE {keep}")
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


def weak_shares_query(real: tuple[str, str], real_columns: list[str], synthetic: tuple[str, str],
                      synthetic_columns: list[str], dialect: str,
                      holdout: tuple[tuple[str, str], list[str]] | None = None) -> str:
    """SQL giving, for tables of one database, what the weak identifier check needs without releasing a value: per
    synthetic column ``sc`` and real column ``rc`` sharing a normalized text value, ``rows`` (the synthetic
    column's non-empty rows), ``matched`` (its rows holding a value of the real column), ``shared`` and ``total``
    (the real column's rows whose value another row holds, and all its rows: the chance baseline) and
    ``holdout_matched`` (its rows holding a value of the holdout's column; NULL without one).

    Example:
        >>> "JOIN r ON s.v = r.v" in weak_shares_query(("main", "t"), ["name"], ("s", "t"), ["name"], "duckdb")
        True
    """
    def grouped(table: tuple[str, str], columns: list[str], label: str) -> str:
        parts = []
        for column in columns:
            value, keep = _normalized(column, "text", dialect)
            parts.append(f"SELECT {literal(column, dialect)} AS {label}, {value} AS v, count(*) AS n "
                         f"FROM {ident(table[0], dialect)}.{ident(table[1], dialect)} WHERE {keep} GROUP BY 2")
        return " UNION ALL ".join(parts)

    ctes = [f"s AS ({grouped(synthetic, synthetic_columns, 'sc')})", f"r AS ({grouped(real, real_columns, 'rc')})",
            "s_rows AS (SELECT sc, sum(n) AS total_rows FROM s GROUP BY sc)",
            "r_stats AS (SELECT rc, sum(CASE WHEN n > 1 THEN n ELSE 0 END) AS shared, sum(n) AS total FROM r GROUP BY rc)",
            "m AS (SELECT s.sc, r.rc, sum(s.n) AS matched FROM s JOIN r ON s.v = r.v GROUP BY s.sc, r.rc)"]
    holdout_sql, holdout_join = "CAST(NULL AS BIGINT)", ""
    if holdout and holdout[1]:
        ctes += [f"h AS ({grouped(holdout[0], holdout[1], 'rc')})",
                 "hm AS (SELECT s.sc, h.rc, sum(s.n) AS matched FROM s JOIN h ON s.v = h.v GROUP BY s.sc, h.rc)"]
        holdout_sql, holdout_join = "hm.matched", " LEFT JOIN hm ON hm.sc = m.sc AND hm.rc = m.rc"
    return (f"WITH {', '.join(ctes)} SELECT m.sc, m.rc, s_rows.total_rows AS total_rows, m.matched, r_stats.shared, "
            f"r_stats.total, {holdout_sql} AS holdout_matched FROM m JOIN s_rows ON s_rows.sc = m.sc "
            f"JOIN r_stats ON r_stats.rc = m.rc{holdout_join}")


def normalize_value(value: str, norm: Normalization, region: str = DEFAULT_REGION) -> str:
    """The normalization :func:`digests_query` applies, in Python (for tests and in-memory frames)."""
    if norm == "phone":
        return phone_e164(value, region)
    if norm == "digits":
        return re.sub(r"[^0-9]", "", value)
    return unicodedata.normalize("NFC", value).strip().lower()


def digest_value(value: str, norm: Normalization, secret: str, region: str = DEFAULT_REGION) -> str:
    """The digest :func:`digests_query` computes for one value."""
    return hashlib.sha256((normalize_value(value, norm, region) + secret).encode()).hexdigest()
