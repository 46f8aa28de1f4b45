"""Copied records: synthetic rows identical to a real row, compared with the share identical to a holdout row.

Rows are compared on their normalized values (text lower-cased and trimmed, numbers rounded; key, identifier and
free-text columns left out, so a real row copied under a generated name still counts). When both tables live in
one database the comparison is a join there and only counts come back; across two databases each side releases
keyed digests of its distinct rows, with numbers written the same way in DuckDB, PostgreSQL and Spark. The report
holds counts and shares only.

Example:
    >>> CopiedReport("main.t", "s.t", ["a", "b"], 100, 3, 0.01).share
    0.03
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from governance_dagster.errors import LeakageError
from governance_dagster.kinds import Kind
from governance_dagster.sql.dialect import ident, keyed_digest_sql, literal, text_type
from governance_dagster.sql.digests import trim_sql

if TYPE_CHECKING:
    from governance_dagster.governed.connection import GovernedConnection

#: Column names that are keys of a row rather than facts about it.
_KEY = re.compile(r"(^|_)(id|key|uuid|no|nr|number|pk)$", re.IGNORECASE)
_NUMERIC = ("int", "double", "float", "decimal", "numeric", "real", "bigint", "smallint", "hugeint")
_FLOATS = ("double", "float", "real")
_DATES = ("date", "time")
#: The time of a timestamp at midnight, as DuckDB, PostgreSQL and Spark write it and as ISO 8601 text does (lower-cased).
_MIDNIGHT = (" 00:00:00", "t00:00:00")


@dataclass
class CopiedReport:
    """How many synthetic rows equal a real row."""

    real_table: str
    synthetic_table: str
    columns: list[str]
    rows: int
    copied_rows: int
    max_share: float
    holdout_table: str | None = None
    holdout_share: float | None = None

    @property
    def share(self) -> float:
        return round(self.copied_rows / self.rows, 6) if self.rows else 0.0

    @property
    def passed(self) -> bool:
        """At most ``max_share`` copied, or no more rows equal to training rows than to unseen holdout rows."""
        return self.share <= self.max_share or (self.holdout_share is not None and self.share <= self.holdout_share)

    def summary(self) -> str:
        holdout = f"; against the holdout {self.holdout_share:.2%}" if self.holdout_share is not None else ""
        return (f"{self.synthetic_table}: {self.copied_rows} of {self.rows} rows ({self.share:.2%}) equal a row of "
                f"{self.real_table} on {len(self.columns)} columns{holdout}; allowed {self.max_share:.2%}")

    def as_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "real_table": self.real_table, "synthetic_table": self.synthetic_table,
                "columns": self.columns, "rows": self.rows, "copied_rows": self.copied_rows, "share": self.share,
                "max_share": self.max_share, "holdout_table": self.holdout_table, "holdout_share": self.holdout_share}


def _number_text(col: str, dtype: str, dialect: str, decimals: int) -> str:
    """A number as text with exactly ``decimals`` decimals, the same in every dialect (``12.5`` -> ``'12.50'``), so
    that a row copied from a PostgreSQL table into a DuckDB or Spark table (or back) has the same digest.

    PostgreSQL converts a float to NUMERIC through its shortest decimal form of 15 significant digits (6 for
    ``real``) and rounds half away from zero; DuckDB and Spark are made to do the same (their direct DOUBLE ->
    DECIMAL casts are not exact; Spark's ``format_string`` is Java's ``%g``, rounding half up as ``printf`` does).
    Integers and decimals convert exactly. DuckDB and Spark values beyond DECIMAL(38, 10) keep their plain text.
    """
    if dialect == "postgres":
        return f"CAST(round(CAST({col} AS NUMERIC), {decimals}) AS TEXT)"
    kind = dtype.lower()
    digits = 6 if kind in ("float", "float4", "real") else 15 if any(t in kind for t in _FLOATS) else 0
    printf = "format_string" if dialect == "spark" else "printf"
    source = f"{printf}('%.{digits}g', CAST({col} AS DOUBLE))" if digits else col
    exact = f"CAST(round(TRY_CAST({source} AS DECIMAL(38, 10)), {decimals}) AS DECIMAL(38, {decimals}))"
    text = text_type(dialect)
    return f"coalesce(CAST({exact} AS {text}), CAST({col} AS {text}))"


def row_key_sql(columns: dict[str, str], dialect: str, decimals: int) -> str:
    """SQL for one row's normalized values over ``columns`` (column -> type) joined into one text, the same in every
    dialects: numbers rounded to ``decimals``, dates and timestamps at midnight as ``YYYY-MM-DD``, text lower-cased
    and trimmed, nulls marked."""
    text = text_type(dialect)
    parts = []
    for column, dtype in columns.items():
        col = ident(column, dialect)
        if any(t in dtype.lower() for t in _NUMERIC):
            value = _number_text(col, dtype, dialect, decimals)
        elif any(t in dtype.lower() for t in _DATES):
            # a date at midnight is that date, whichever type the synthetic table gave it (DATE, TIMESTAMP, text)
            # plain replaces: a regular expression on every row of every date column cost a third of the check
            value = f"lower({trim_sql(f'CAST({col} AS {text})', dialect)})"
            for midnight in _MIDNIGHT:
                value = f"replace({value}, {literal(midnight, dialect)}, '')"
        else:
            value = f"lower({trim_sql(f'CAST({col} AS {text})', dialect)})"
        parts.append(f"coalesce({value}, '<null>')")
    return " || chr(31) || ".join(parts)


def row_digest_sql(schema: str, table: str, columns: dict[str, str], dialect: str, secret: str, decimals: int) -> str:
    """SQL giving one keyed digest per distinct row over ``columns`` and ``n``, the rows holding it."""
    return (f"SELECT {keyed_digest_sql('k', dialect, secret)} AS digest, n FROM (SELECT {row_key_sql(columns, dialect, decimals)} AS k, count(*) AS n "
            f"FROM {ident(schema, dialect)}.{ident(table, dialect)} GROUP BY 1) d")


def copies_in_database_sql(real: tuple[str, str], synthetic: tuple[str, str], holdout: tuple[str, str] | None,
                           columns: dict[str, str], dialect: str, decimals: int) -> str:
    """SQL counting, inside one database, synthetic rows (``total``) and those equal to a real row (``copied``)
    or to a holdout row (``in_holdout``); no row leaves the database.

    Example:
        >>> "LEFT JOIN r" in copies_in_database_sql(("main", "t"), ("s", "t"), None, {"a": "VARCHAR"}, "duckdb", 2)
        True
    """
    key = row_key_sql(columns, dialect, decimals)

    def name(table: tuple[str, str]) -> str:
        return f"{ident(table[0], dialect)}.{ident(table[1], dialect)}"

    ctes = [f"s AS (SELECT {key} AS k, count(*) AS n FROM {name(synthetic)} GROUP BY 1)",
            f"r AS (SELECT DISTINCT {key} AS k FROM {name(real)})"]
    joins = "LEFT JOIN r ON s.k = r.k"
    in_holdout = "0"
    if holdout:
        ctes.append(f"h AS (SELECT DISTINCT {key} AS k FROM {name(holdout)})")
        joins += " LEFT JOIN h ON s.k = h.k"
        in_holdout = "sum(CASE WHEN h.k IS NOT NULL THEN s.n ELSE 0 END)"
    return (f"WITH {', '.join(ctes)} SELECT coalesce(sum(s.n), 0) AS total, "
            f"coalesce(sum(CASE WHEN r.k IS NOT NULL THEN s.n ELSE 0 END), 0) AS copied, "
            f"coalesce({in_holdout}, 0) AS in_holdout FROM s {joins}")


def _split(table: str, default: str) -> tuple[str, str]:
    db, _, name = table.rpartition(".")
    return db or default, name


def compared_columns(real_columns: dict[str, str], synthetic_columns: dict[str, str],
                     identifiers: frozenset[str] = frozenset()) -> dict[str, str]:
    """The columns both tables have, typed as the real table types them; key columns left out, and so are the
    ``identifiers`` while another column remains: a real row copied under a generated name is still a copy
    (identifier replay covers the identifiers themselves)."""
    shared = {c: t for c, t in real_columns.items() if c in synthetic_columns and not _KEY.search(c)}
    facts = {c: t for c, t in shared.items() if c not in identifiers}
    return facts or shared


def copied_records(real: GovernedConnection, real_table: str, synthetic: GovernedConnection, synthetic_table: str, *,
                   holdout_table: str | None = None) -> CopiedReport:
    """Count synthetic rows equal to a real row (and, with a holdout, the share equal to a holdout row).

    Args:
        real: a governed connection to the real data (holding ``real_table`` and ``holdout_table``).
        synthetic: a governed connection to where the synthetic table lives.

    Raises:
        LeakageError: the tables share no comparable column.
    """
    policy = real.policy.leakage
    rdb, rname = _split(real_table, real.database.default_schema)
    sdb, sname = _split(synthetic_table, synthetic.database.default_schema)
    identifiers = frozenset(c for c, r in real.classify(f"{rdb}.{rname}").items()
                            if r.kind in policy.identifier_kinds or r.kind == Kind.FREE_TEXT)
    columns = compared_columns(real.schema()[rdb][rname], synthetic.schema()[sdb][sname], identifiers)
    if not columns:
        raise LeakageError(f"{synthetic_table} and {real_table} share no column to compare rows on")

    hold = _split(holdout_table, real.database.default_schema) if holdout_table else None
    same = real.database_id == synthetic.database_id and real.database.dialect == synthetic.database.dialect
    reason = f"copied-records check of {synthetic_table}"
    if same:
        counts = real.aggregate(copies_in_database_sql(
            (rdb, rname), (sdb, sname), hold, columns, real.database.dialect, policy.copied_decimals),
            table=real_table, columns=columns, released="counts of equal rows only", reason=reason)
        total, copied, in_holdout = (int(counts[c][0]) for c in ("total", "copied", "in_holdout"))
    else:
        def digests(connection: GovernedConnection, schema: str, table: str, *, is_real: bool) -> dict[str, int]:
            sql = row_digest_sql(schema, table, columns, connection.database.dialect, connection.secret,
                                 policy.copied_decimals)
            frame = connection.aggregate(sql, table=f"{schema}.{table}" if is_real else None, columns=columns,
                                         released="keyed row digests only", reason=reason)
            return dict(zip(frame["digest"], frame["n"].astype(int)))

        real_rows = set(digests(real, rdb, rname, is_real=True))
        synthetic_rows = digests(synthetic, sdb, sname, is_real=False)
        total = sum(synthetic_rows.values())
        copied = sum(n for d, n in synthetic_rows.items() if d in real_rows)
        holdout_rows = set(digests(real, *hold, is_real=True)) if hold else set()
        in_holdout = sum(n for d, n in synthetic_rows.items() if d in holdout_rows)
    holdout_share = (round(in_holdout / total, 6) if total else 0.0) if hold else None
    return CopiedReport(f"{rdb}.{rname}", f"{sdb}.{sname}", sorted(columns), total, copied, policy.max_copied_share,
                        holdout_table, holdout_share)
