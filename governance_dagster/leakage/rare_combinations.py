"""Rare combinations: synthetic rows whose quasi-identifier combination belongs to exactly one real person.

Birth date, postal code and gender together single out most people (Sweeney: 87% of the US population). A
synthetic row that carries the combination of a real person who is alone with it (k = 1 in the real table) points
at that person even when no identifier leaked. Each database computes one keyed digest per row over the
normalized combination; the real database returns the digests held by exactly one row, the synthetic one the
digest and count of each of its combinations, and they are compared in memory. The report holds counts, shares
and column names.

Example (see tests/leakage/test_rare_combinations.py for whole runs):
    >>> RareCombinationsReport("main.t", "s.t", ["birth_date", "postal_code"], 200, 3, 150, 0.0).share
    0.015
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from governance_dagster.kinds import Kind
from governance_dagster.sql.dialect import (
    check_dialect,
    ident,
    keyed_digest_sql,
    replace_all_sql,
    split_table,
    table_columns,
    text_type,
)

if TYPE_CHECKING:
    from governance_dagster.governed.connection import GovernedConnection

_DATES = ("date", "timestamp")
_SPACES = r"\s+"


def normalized_value_sql(column: str, data_type: str, dialect: str) -> str:
    """SQL for one column's value in the combination: dates and timestamps as ``YYYY-MM-DD``; anything else as
    lower-cased text without white space (``"SW1A 1AA"`` equals ``"sw1a1aa"``).

    Example:
        >>> normalized_value_sql("birth_date", "DATE", "duckdb")
        'strftime(CAST("birth_date" AS DATE), \\'%Y-%m-%d\\')'
    """
    col = ident(column, dialect)
    if any(t in data_type.lower() for t in _DATES):
        day = f"CAST({col} AS DATE)"
        return {"duckdb": f"strftime({day}, '%Y-%m-%d')", "spark": f"date_format({day}, 'yyyy-MM-dd')"}.get(
            dialect, f"to_char({day}, 'YYYY-MM-DD')")
    return f"lower({replace_all_sql(f'CAST({col} AS {text_type(dialect)})', _SPACES, '', dialect)})"


def combination_sql(schema: str, table: str, columns: dict[str, str], dialect: str, secret: str, *,
                    unique_only: bool = False) -> str:
    """SQL giving ``digest`` and ``n`` (rows holding it) per distinct combination of ``columns`` (column -> type,
    in the order given); rows with a NULL in any of them are left out. ``unique_only``: only combinations held by
    exactly one row."""
    check_dialect(dialect)
    joined = " || chr(31) || ".join(normalized_value_sql(c, t, dialect) for c, t in columns.items())
    present = " AND ".join(f"{ident(c, dialect)} IS NOT NULL" for c in columns)
    having = " HAVING count(*) = 1" if unique_only else ""
    return (f"SELECT {keyed_digest_sql(f'({joined})', dialect, secret)} AS digest, count(*) AS n "
            f"FROM {ident(schema, dialect)}.{ident(table, dialect)} WHERE {present} GROUP BY 1{having}")


def quasi_identifier_columns(real_kinds: dict[str, Kind], synthetic_columns: list[str], kinds: list[Kind],
                             named: list[str]) -> list[str]:
    """The quasi-identifier columns both tables have: real columns of ``kinds`` or ``named``, in real-table order.

    Example:
        >>> quasi_identifier_columns({"id": Kind.NONE, "dob": Kind.DATE_OF_BIRTH, "zip": Kind.POSTAL_CODE,
        ...                           "gender": Kind.NONE}, ["dob", "gender", "id"],
        ...                          [Kind.DATE_OF_BIRTH, Kind.POSTAL_CODE], ["gender", "sex"])
        ['dob', 'gender']
    """
    return [c for c, k in real_kinds.items() if (k in kinds or c in named) and c in synthetic_columns]


@dataclass
class RareCombinationsReport:
    """How many synthetic rows carry a quasi-identifier combination that exactly one real person has."""

    real_table: str
    synthetic_table: str
    columns: list[str]
    rows: int
    rare_rows: int
    unique_real_combinations: int
    max_share: float

    @property
    def share(self) -> float:
        return round(self.rare_rows / self.rows, 6) if self.rows else 0.0

    @property
    def passed(self) -> bool:
        return self.share <= self.max_share

    def summary(self) -> str:
        """One line: how many synthetic rows carry a combination unique in the real table, on which columns."""
        if not self.columns:
            return f"{self.synthetic_table}: no quasi-identifier column in both tables; nothing compared"
        return (f"{self.synthetic_table}: {self.rare_rows} of {self.rows} rows ({self.share:.2%}) carry a "
                f"{'/'.join(self.columns)} combination held by exactly one row of {self.real_table} "
                f"({self.unique_real_combinations} such combinations); allowed {self.max_share:.2%}")

    def as_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "real_table": self.real_table, "synthetic_table": self.synthetic_table,
                "columns": self.columns, "rows": self.rows, "rare_rows": self.rare_rows, "share": self.share,
                "max_share": self.max_share, "unique_real_combinations": self.unique_real_combinations}


def rare_combinations(real: GovernedConnection, real_table: str, synthetic: GovernedConnection, synthetic_table: str, *,
                      columns: list[str] | None = None, max_share: float | None = None) -> RareCombinationsReport:
    """Count synthetic rows whose quasi-identifier combination is held by exactly one row of the real table.

    Args:
        real: a :class:`~governance_dagster.governed.connection.GovernedConnection` to the real data.
        real_table: ``schema.table`` of the real source, one row per person.
        synthetic: a governed connection to where the synthetic table lives (may be the same).
        synthetic_table: ``schema.table`` of the synthetic table.
        columns: the quasi-identifier columns; default: the real columns classified as one of
            ``leakage.quasi_identifier_kinds`` or named in ``leakage.quasi_identifiers``, that both tables have.
        max_share: largest share of such rows that passes; default: ``leakage.max_rare_combination_share``.

    Raises:
        LeakageError: a database is not DuckDB, PostgreSQL or Spark.
    """
    policy = real.policy.leakage
    threshold = policy.max_rare_combination_share if max_share is None else max_share
    rschema, rname = split_table(real_table, real.database.default_schema)
    sschema, sname = split_table(synthetic_table, synthetic.database.default_schema)
    real_columns = table_columns(real, rschema, rname)
    synthetic_columns = table_columns(synthetic, sschema, sname)
    if columns is None:
        real_kinds = {c: r.kind for c, r in real.classify(f"{rschema}.{rname}").items()}
        columns = quasi_identifier_columns(real_kinds, list(synthetic_columns), policy.quasi_identifier_kinds,
                                           policy.quasi_identifiers)
    else:
        columns = [c for c in columns if c in real_columns and c in synthetic_columns]
    sdialect = synthetic.database.dialect
    rows = int(synthetic.aggregate(
        f"SELECT count(*) AS n FROM {ident(sschema, sdialect)}.{ident(sname, sdialect)}")["n"][0])
    report = RareCombinationsReport(f"{rschema}.{rname}", f"{sschema}.{sname}", columns, rows, 0, 0, threshold)
    if not columns:
        return report
    unique = set(real.aggregate(combination_sql(
        rschema, rname, {c: real_columns[c] for c in columns}, real.database.dialect, real.secret, unique_only=True,
    ), table=report.real_table, columns=columns, released="keyed digests only",
        reason=f"rare-combinations check of {report.synthetic_table}")["digest"])
    combos = synthetic.aggregate(combination_sql(
        sschema, sname, {c: synthetic_columns[c] for c in columns}, synthetic.database.dialect, real.secret))
    report.rare_rows = int(combos.loc[combos["digest"].isin(unique), "n"].sum())
    report.unique_real_combinations = len(unique)
    return report
