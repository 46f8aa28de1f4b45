"""Copied records: synthetic rows identical to a real row, compared with the share identical to a holdout row.

Rows are compared as keyed digests of their normalized values (text lower-cased and trimmed, numbers rounded,
key columns left out), computed inside the databases; the report holds counts and shares only.

Example:
    >>> CopiedReport("main.t", "s.t", ["a", "b"], 100, 3, 0.01).share
    0.03
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from governance_dagster.errors import LeakageError

#: Column names that are keys of a row rather than facts about it.
_KEY = re.compile(r"(^|_)(id|key|uuid|no|nr|number|pk)$", re.IGNORECASE)
_NUMERIC = ("int", "double", "float", "decimal", "numeric", "real", "bigint", "smallint", "hugeint")
_FLOATS = ("double", "float", "real")


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


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _number_text(col: str, dtype: str, dialect: str, decimals: int) -> str:
    """A number as text with exactly ``decimals`` decimals, the same in both dialects (``12.5`` -> ``'12.50'``), so
    that a row copied from a PostgreSQL table into a DuckDB table (or back) has the same digest.

    PostgreSQL converts a float to NUMERIC through its shortest decimal form of 15 significant digits (6 for
    ``real``) and rounds half away from zero; DuckDB is made to do the same (its direct DOUBLE -> DECIMAL cast is
    not exact). Integers and decimals convert exactly. DuckDB values beyond DECIMAL(38, 10) keep their plain text.
    """
    if dialect == "postgres":
        return f"CAST(round(CAST({col} AS NUMERIC), {decimals}) AS TEXT)"
    kind = dtype.lower()
    digits = 6 if kind in ("float", "float4", "real") else 15 if any(t in kind for t in _FLOATS) else 0
    source = f"printf('%.{digits}g', CAST({col} AS DOUBLE))" if digits else col
    exact = f"CAST(round(TRY_CAST({source} AS DECIMAL(38, 10)), {decimals}) AS DECIMAL(38, {decimals}))"
    return f"coalesce(CAST({exact} AS VARCHAR), CAST({col} AS VARCHAR))"


def row_digest_sql(schema: str, table: str, columns: dict[str, str], dialect: str, secret: str, decimals: int) -> str:
    """SQL giving one keyed digest per row over ``columns`` (column -> type), normalized the same in both dialects."""
    text = "VARCHAR" if dialect == "duckdb" else "TEXT"
    parts = []
    for column, dtype in columns.items():
        col = _ident(column)
        if any(t in dtype.lower() for t in _NUMERIC):
            value = _number_text(col, dtype, dialect, decimals)
        else:
            value = f"lower(trim(CAST({col} AS {text})))"
        parts.append(f"coalesce({value}, '<null>')")
    joined = " || chr(31) || ".join(parts)
    salt = "'" + secret.replace("'", "''") + "'"
    digest = (f"sha256({joined} || {salt})" if dialect == "duckdb"
              else f"encode(sha256(convert_to({joined} || {salt}, 'UTF8')), 'hex')")
    return f"SELECT {digest} AS digest, count(*) AS n FROM {_ident(schema)}.{_ident(table)} GROUP BY 1"


def _split(table: str, default: str) -> tuple[str, str]:
    db, _, name = table.rpartition(".")
    return db or default, name


def compared_columns(real_columns: dict[str, str], synthetic_columns: dict[str, str]) -> dict[str, str]:
    """The columns both tables have, key columns left out, typed as the real table types them."""
    return {c: t for c, t in real_columns.items() if c in synthetic_columns and not _KEY.search(c)}


def copied_records(real: Any, real_table: str, synthetic: Any, synthetic_table: str, *,
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
    columns = compared_columns(real.schema()[rdb][rname], synthetic.schema()[sdb][sname])
    if not columns:
        raise LeakageError(f"{synthetic_table} and {real_table} share no column to compare rows on")

    def digests(connection: Any, schema: str, table: str) -> dict[str, int]:
        sql = row_digest_sql(schema, table, columns, connection.database.dialect, connection.secret, policy.copied_decimals)
        frame = connection.database.fetch(sql)
        return dict(zip(frame["digest"], frame["n"].astype(int)))

    real_rows = set(digests(real, rdb, rname))
    synthetic_rows = digests(synthetic, sdb, sname)
    total = sum(synthetic_rows.values())
    copied = sum(n for d, n in synthetic_rows.items() if d in real_rows)
    holdout_share = None
    if holdout_table:
        hdb, hname = _split(holdout_table, real.database.default_schema)
        holdout_rows = set(digests(real, hdb, hname))
        holdout_share = round(sum(n for d, n in synthetic_rows.items() if d in holdout_rows) / total, 6) if total else 0.0
    real.record("unmasked_read", {"table": real_table, "columns": sorted(columns), "released": "keyed row digests only",
                                  "reason": f"copied-records check of {synthetic_table}"})
    return CopiedReport(f"{rdb}.{rname}", f"{sdb}.{sname}", sorted(columns), total, copied, policy.max_copied_share,
                        holdout_table, holdout_share)
