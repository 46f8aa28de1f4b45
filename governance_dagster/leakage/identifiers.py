"""Identifier replay: values of real identifier columns that turn up in a synthetic table, in any column.

When both tables live in one database, normalized values are compared by a join there and only counts come back;
across two databases, both sides release keyed digests of their distinct normalized values. The report holds
counts, shares and column names, never a value.

Example (see tests/leakage/test_identifiers.py for a whole run):
    >>> ColumnReplay("email", 2, 3, 100, ["email"]).share
    0.03
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from governance_dagster.kinds import Kind
from governance_dagster.leakage.digests import Normalization, matches_query, normalization_for

#: Type names whose values are compared (text and whole numbers, where identifiers live).
_COMPARABLE = ("char", "text", "string", "varchar", "int", "uuid")


@dataclass(frozen=True)
class ColumnReplay:
    """How many real identifier values one synthetic column replays."""

    column: str
    replayed_values: int
    replayed_rows: int
    rows: int
    matched_real_columns: list[str]

    @property
    def share(self) -> float:
        return round(self.replayed_rows / self.rows, 6) if self.rows else 0.0


@dataclass
class ReplayReport:
    """The identifier-replay result for one synthetic table."""

    real_table: str
    synthetic_table: str
    identifier_columns: dict[str, str]
    columns: list[ColumnReplay] = field(default_factory=list)
    max_replayed_values: int = 0

    @property
    def replayed_values(self) -> int:
        return sum(c.replayed_values for c in self.columns)

    @property
    def passed(self) -> bool:
        return self.replayed_values <= self.max_replayed_values

    def summary(self) -> str:
        """One line for a failure message: which columns replay how many real values."""
        leaking = [c for c in self.columns if c.replayed_values]
        if not leaking:
            return f"{self.synthetic_table}: no real identifier value of {self.real_table} appears"
        parts = ", ".join(
            f"{c.column} replays {_count(c.replayed_values, 'real value')} of {'/'.join(c.matched_real_columns)} in "
            f"{_count(c.replayed_rows, 'row')} ({c.share:.1%})"
            for c in leaking
        )
        return f"{self.synthetic_table}: {parts}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "real_table": self.real_table,
            "synthetic_table": self.synthetic_table,
            "replayed_values": self.replayed_values,
            "max_replayed_values": self.max_replayed_values,
            "identifier_columns": self.identifier_columns,
            "columns": {
                c.column: {"replayed_values": c.replayed_values, "replayed_rows": c.replayed_rows, "rows": c.rows,
                           "share": c.share, "matched_real_columns": c.matched_real_columns}
                for c in self.columns
            },
        }


def identifier_replay(
    real: Any,
    real_table: str,
    synthetic: Any,
    synthetic_table: str,
    *,
    identifier_kinds: list[Kind] | None = None,
    max_replayed_values: int | None = None,
) -> ReplayReport:
    """Count real identifier values that a synthetic table replays.

    Args:
        real: a :class:`~governance_dagster.gateway.GovernedConnection` to the real data.
        real_table: ``schema.table`` of the real source.
        synthetic: a governed connection to where the synthetic table lives (may be the same).
        synthetic_table: ``schema.table`` of the synthetic table.
        identifier_kinds: the kinds that count as identifiers; default: the policy's.
        max_replayed_values: how many replayed values still pass; default: the policy's.
    """
    policy = real.policy
    kinds = set(identifier_kinds or policy.leakage.identifier_kinds)
    threshold = policy.leakage.max_replayed_values if max_replayed_values is None else max_replayed_values
    classified = real.classify(real_table)
    identifiers = {c: r.kind for c, r in classified.items() if r.kind in kinds}
    db, _, name = synthetic_table.rpartition(".")
    db = db or synthetic.database.default_schema
    columns = synthetic.schema()[db][name]
    comparable = [c for c, t in columns.items() if any(x in t.lower() for x in _COMPARABLE)]
    total_rows = int(synthetic.database.fetch(f'SELECT count(*) AS n FROM "{db}"."{name}"')["n"][0])
    report = ReplayReport(real_table, f"{db}.{name}", {c: k.value for c, k in identifiers.items()},
                          max_replayed_values=threshold)
    if identifiers and comparable:
        same = real.database_id == synthetic.database_id and real.database.dialect == synthetic.database.dialect
        found = (_matched_in_database if same else _matched_by_digests)(
            real, real_table, {c: normalization_for(k) for c, k in identifiers.items()}, synthetic, (db, name),
            comparable)
        report.columns = [ColumnReplay(column, values, rows, total_rows, matched) for column, values, rows, matched in found]
    merged: dict[str, ColumnReplay] = {}
    for c in report.columns:
        prev = merged.get(c.column)
        merged[c.column] = c if prev is None else ColumnReplay(
            c.column, prev.replayed_values + c.replayed_values, max(prev.replayed_rows, c.replayed_rows), total_rows,
            sorted(set(prev.matched_real_columns) | set(c.matched_real_columns)))
    report.columns = sorted(merged.values(), key=lambda c: c.column)
    return report


Found = list[tuple[str, int, int, list[str]]]


def _matched_in_database(real: Any, real_table: str, identifiers: dict[str, Normalization], synthetic: Any,
                         synthetic_table: tuple[str, str], comparable: list[str]) -> Found:
    """Both tables in one database: the join runs there and only counts come back."""
    rdb, _, rname = real_table.rpartition(".")
    sql = matches_query((rdb or real.database.default_schema, rname), identifiers, synthetic_table, comparable,
                        real.database.dialect)
    frame = real.database.fetch(sql)
    for connection, table, columns in ((real, real_table, sorted(identifiers)),
                                       (synthetic, ".".join(synthetic_table), comparable)):
        connection.record("unmasked_read", {"table": table, "columns": columns,
                                            "reason": f"identifier replay check of {'.'.join(synthetic_table)}",
                                            "released": "counts of matching values only"})
    return [(str(r.sc), int(r.replayed_values), int(r.replayed_rows), sorted(str(r.matched).split(",")))
            for r in frame.itertuples()]


def _matched_by_digests(real: Any, real_table: str, identifiers: dict[str, Normalization], synthetic: Any,
                        synthetic_table: tuple[str, str], comparable: list[str]) -> Found:
    """Tables in two databases: both sides release keyed digests of their distinct values, compared here."""
    table = ".".join(synthetic_table)
    real_digests = real.digests(real_table, identifiers, reason=f"leakage check of {table}")
    known: dict[Normalization, dict[str, set[str]]] = {"text": defaultdict(set), "digits": defaultdict(set)}
    for column, frame in real_digests.items():
        for digest in frame["digest"]:
            known[identifiers[column]][digest].add(column)
    found: Found = []
    for norm in ("text", "digits"):
        if not known[norm]:
            continue
        synthetic_digests = synthetic.digests(table, {c: norm for c in comparable}, reason=f"leakage check against {real_table}")
        for column, frame in synthetic_digests.items():
            hits = frame[frame["digest"].isin(known[norm].keys())]
            if hits.empty:
                continue
            matched = sorted(set().union(*(known[norm][d] for d in hits["digest"])))
            found.append((column, len(hits), int(hits["n"].sum()), matched))
    return found


def _count(n: int, noun: str) -> str:
    """``1 row``, ``2 rows``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
