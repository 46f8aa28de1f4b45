"""Identifier replay: values of real identifier columns that turn up in a synthetic table, in any column.

Strong identifiers (e-mails, phones, SSNs, national IDs, cards, IBANs) fail the check from the first replayed value;
phones are compared by their E.164 form (:mod:`governance_dagster.sql.phones`). Weak identifiers (names, streets,
cities: ``leakage.weak_identifier_kinds``), which a synthetic table holds by chance, fail it only when the share of
synthetic rows holding a real value exceeds a chance baseline by ``leakage.weak_identifier_margin``.

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
from typing import TYPE_CHECKING, Any

import pandas as pd

from governance_dagster.kinds import Kind
from governance_dagster.sql.dialect import ident, resolve_table, table_columns
from governance_dagster.sql.digests import Normalization, matches_query, normalization_for, weak_shares_query

if TYPE_CHECKING:
    from governance_dagster.governed.connection import GovernedConnection

#: Type names whose values are compared (text, JSON and whole numbers, where identifiers live).
_COMPARABLE = ("char", "text", "string", "varchar", "int", "uuid", "json")
#: Floating-point and decimal types: compared by their whole numbers, as digits and phones only (a data frame makes
#: a column of SSNs with a missing value a float column).
_FRACTIONAL = ("double", "float", "real", "decimal", "numeric")


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


@dataclass(frozen=True)
class WeakReplay:
    """How many rows of one synthetic column hold a value of one real weak identifier column (names, streets,
    cities), against the share that holds one by chance."""

    column: str
    real_column: str
    rows: int
    matched_rows: int
    chance_share: float
    holdout_share: float | None
    margin: float
    #: rows holding a value that exactly one real row holds, and the chance of that (see :func:`unique_chance_share`)
    unique_matched_rows: int = 0
    unique_chance_share: float = 0.0
    holdout_unique_share: float | None = None

    @property
    def share(self) -> float:
        return round(self.matched_rows / self.rows, 6) if self.rows else 0.0

    @property
    def baseline(self) -> float:
        """The chance share compared with: the larger of the real table's and the holdout's (when given)."""
        return max(self.chance_share, self.holdout_share or 0.0)

    @property
    def excess(self) -> float:
        return round(self.share - self.baseline, 6)

    @property
    def unique_share(self) -> float:
        """Share of rows holding a value only one real row holds (a real person's own name)."""
        return round(self.unique_matched_rows / self.rows, 6) if self.rows else 0.0

    @property
    def unique_baseline(self) -> float:
        return max(self.unique_chance_share, self.holdout_unique_share or 0.0)

    @property
    def unique_excess(self) -> float:
        return round(self.unique_share - self.unique_baseline, 6)

    @property
    def worst_excess(self) -> float:
        """The larger of the two excesses: over all real values, and over values only one real row holds."""
        return max(self.excess, self.unique_excess)

    @property
    def blocked(self) -> bool:
        return self.worst_excess > self.margin

    def as_dict(self) -> dict[str, Any]:
        return {"real_column": self.real_column, "rows": self.rows, "matched_rows": self.matched_rows,
                "share": self.share, "chance_share": self.chance_share, "holdout_share": self.holdout_share,
                "baseline": self.baseline, "excess": self.excess,
                "unique_matched_rows": self.unique_matched_rows, "unique_share": self.unique_share,
                "unique_chance_share": self.unique_chance_share, "holdout_unique_share": self.holdout_unique_share,
                "unique_baseline": self.unique_baseline, "unique_excess": self.unique_excess,
                "margin": self.margin, "blocked": self.blocked}


#: What the weak-identifier baseline compares, as the report says it.
CHANCE_BASELINE = ("share of real rows whose value another real row also holds (the chance that an independent "
                   "draw from the real population matches the real table); and, for values only one real row "
                   "holds, the share of real rows whose value exactly one other real row holds")


@dataclass
class ReplayReport:
    """The identifier-replay result for one synthetic table.

    ``columns`` counts replays of strong identifiers (e-mails, phones, SSNs, cards, IBANs...), any one of which
    fails the check; ``weak`` compares, per synthetic column and real weak identifier column (names, streets,
    cities), the share of rows holding a real value with the share expected by chance.
    """

    real_table: str
    synthetic_table: str
    identifier_columns: dict[str, str]
    columns: list[ColumnReplay] = field(default_factory=list)
    max_replayed_values: int = 0
    weak: list[WeakReplay] = field(default_factory=list)
    weak_identifier_columns: list[str] = field(default_factory=list)
    weak_margin: float = 0.0
    holdout_table: str | None = None
    synthetic_rows: int | None = None

    @property
    def replayed_values(self) -> int:
        """Strong identifier values replayed (weak ones are judged against their baseline instead)."""
        return sum(c.replayed_values for c in self.columns)

    @property
    def passed(self) -> bool:
        return self.replayed_values <= self.max_replayed_values and not any(w.blocked for w in self.weak)

    @property
    def note(self) -> str:
        return "the synthetic table is empty" if self.synthetic_rows == 0 else ""

    def summary(self) -> str:
        """One line for a failure message: which columns replay how many real values, and which weak identifier
        columns hold real values beyond chance."""
        if self.note:
            return f"{self.synthetic_table}: {self.note}; nothing to compare"
        leaking = [c for c in self.columns if c.replayed_values]
        parts = [
            f"{c.column} replays {_count(c.replayed_values, 'real value')} of {'/'.join(c.matched_real_columns)} in "
            f"{_count(c.replayed_rows, 'row')} ({c.share:.1%})"
            for c in leaking
        ]
        blocked = [w for w in self.weak if w.blocked]
        parts += [_weak_summary(w) for w in blocked]
        if not parts:
            text = f"{self.synthetic_table}: no real identifier value of {self.real_table} appears"
            worst = max(self.weak, key=lambda w: w.worst_excess, default=None)
            if worst is not None:
                text += (f" beyond chance (weak identifiers: at most {worst.share:.1%} of {worst.column} rows hold a "
                         f"real {worst.real_column} value, chance {worst.baseline:.1%}, margin {worst.margin:.1%})")
            return text
        return f"{self.synthetic_table}: {', '.join(parts)}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "real_table": self.real_table,
            "synthetic_table": self.synthetic_table,
            "synthetic_rows": self.synthetic_rows,
            "note": self.note,
            "replayed_values": self.replayed_values,
            "max_replayed_values": self.max_replayed_values,
            "identifier_columns": self.identifier_columns,
            "columns": {
                c.column: {"replayed_values": c.replayed_values, "replayed_rows": c.replayed_rows, "rows": c.rows,
                           "share": c.share, "matched_real_columns": c.matched_real_columns}
                for c in self.columns
            },
            "weak_identifiers": {
                "real_columns": self.weak_identifier_columns,
                "compared": f"share of synthetic rows holding a real value vs the larger of: {CHANCE_BASELINE}"
                            + (f"; share holding a value of the holdout {self.holdout_table}"
                               if self.holdout_table else ""),
                "holdout_table": self.holdout_table,
                "margin": self.weak_margin,
                "columns": {w.column: w.as_dict() for w in sorted(self.weak, key=lambda w: -w.worst_excess)},
            },
        }


def identifier_replay(
    real: GovernedConnection,
    real_table: str,
    synthetic: GovernedConnection,
    synthetic_table: str,
    *,
    identifier_kinds: list[Kind] | None = None,
    max_replayed_values: int | None = None,
    holdout_table: str | None = None,
) -> ReplayReport:
    """Count real identifier values that a synthetic table replays.

    Strong identifiers (every kind not in ``leakage.weak_identifier_kinds``) fail the check from the first
    replayed value beyond ``max_replayed_values``. Weak ones (names, streets, cities, which a synthetic table holds
    by chance) fail it only when the share of synthetic rows holding a real value exceeds the chance baseline by
    more than ``leakage.weak_identifier_margin``.

    Args:
        real: a :class:`~governance_dagster.governed.connection.GovernedConnection` to the real data.
        real_table: ``schema.table`` (or ``table``, in the default schema) of the real source.
        synthetic: a governed connection to where the synthetic table lives (may be the same).
        synthetic_table: ``schema.table`` of the synthetic table.
        identifier_kinds: the kinds that count as identifiers; default: the policy's.
        max_replayed_values: how many replayed strong values still pass; default: the policy's.
        holdout_table: real rows the synthesizer did not see, beside ``real_table``: a second chance baseline.

    Raises:
        LeakageError: a table is not there.
    """
    policy = real.policy.leakage
    kinds = set(identifier_kinds or policy.identifier_kinds)
    weak_kinds = set(policy.weak_identifier_kinds)
    threshold = policy.max_replayed_values if max_replayed_values is None else max_replayed_values
    rtable = resolve_table(real, real_table)
    stable = resolve_table(synthetic, synthetic_table)
    htable = resolve_table(real, holdout_table) if holdout_table else None
    classified = real.classify(".".join(rtable))
    identifiers = {c: r.kind for c, r in classified.items() if r.kind in kinds}
    strong = {c: k for c, k in identifiers.items() if k not in weak_kinds}
    weak = sorted(c for c, k in identifiers.items() if k in weak_kinds)
    columns = table_columns(synthetic, *stable)
    textual = [c for c, t in columns.items() if any(x in t.lower() for x in _COMPARABLE)]
    integral = frozenset(c for c, t in columns.items() if c not in textual
                         and any(x in t.lower() for x in _FRACTIONAL))
    comparable = [c for c in columns if c in textual or c in integral]
    dialect = synthetic.database.dialect
    total_rows = int(synthetic.aggregate(
        f"SELECT count(*) AS n FROM {ident(stable[0], dialect)}.{ident(stable[1], dialect)}")["n"][0])
    report = ReplayReport(".".join(rtable), ".".join(stable), {c: k.value for c, k in identifiers.items()},
                          max_replayed_values=threshold, weak_identifier_columns=weak,
                          weak_margin=policy.weak_identifier_margin,
                          holdout_table=".".join(htable) if htable else None, synthetic_rows=total_rows)
    if not comparable or not total_rows:
        return report
    if strong:
        same = real.database_id == synthetic.database_id and real.database.dialect == synthetic.database.dialect
        found = (_matched_in_database if same else _matched_by_digests)(
            real, report.real_table, {c: normalization_for(k) for c, k in strong.items()}, synthetic, stable,
            comparable, integral)
        merged: dict[str, ColumnReplay] = {}
        for column, values, rows, matched in found:
            prev = merged.get(column)
            merged[column] = ColumnReplay(column, values, rows, total_rows, matched) if prev is None else ColumnReplay(
                column, prev.replayed_values + values, max(prev.replayed_rows, rows), total_rows,
                sorted(set(prev.matched_real_columns) | set(matched)))
        report.columns = sorted(merged.values(), key=lambda c: c.column)
    if weak:
        same = real.database_id == synthetic.database_id and real.database.dialect == synthetic.database.dialect
        replays = _weak_in_database if same else _weak_replays
        report.weak = _worst(replays(real, report.real_table, weak, synthetic, report.synthetic_table, textual,
                                     report.holdout_table, policy.weak_identifier_margin))
    return report


def chance_share(counts: Any) -> float:
    """The share of rows whose value another row also holds, from the rows per distinct value: a leave-one-out
    estimate of how often an independent draw from the same population equals a value of the table.

    Example:
        >>> chance_share([3, 1, 1, 2, 1, 1, 1])  # 5 of 10 rows share their value with another row
        0.5
    """
    counts = [int(n) for n in counts]
    total = sum(counts)
    return round(sum(n for n in counts if n > 1) / total, 6) if total else 0.0


def unique_chance_share(counts: Any) -> float:
    """The share of rows whose value exactly one other row holds, from the rows per distinct value: the leave-one-out
    (Good-Turing) estimate of how often an independent draw from the same population equals a value that only one
    row of the table holds. Many rows sharing a few common values raise :func:`chance_share` but not this, so a
    synthetic table cannot hide copied rare values behind a real table's common ones.

    Example:
        >>> unique_chance_share([3, 1, 1, 2, 1, 1, 1])  # 2 of 10 rows share their value with exactly one other
        0.2
    """
    counts = [int(n) for n in counts]
    total = sum(counts)
    return round(sum(n for n in counts if n == 2) / total, 6) if total else 0.0


def _weak_replays(real: GovernedConnection, real_table: str, weak: list[str], synthetic: GovernedConnection, synthetic_table: str,
                  comparable: list[str], holdout_table: str | None, margin: float) -> list[WeakReplay]:
    """Per synthetic column and real weak identifier column holding one of its values: the share of rows that
    do, the chance baseline of the real column (and the holdout's share when there is one). Keyed digests of the
    distinct normalized values are compared in memory; no value leaves a database."""
    reason = f"weak identifier replay check of {synthetic_table}"
    real_digests = real.digests(real_table, {c: "text" for c in weak}, reason=reason)
    holdout_digests: dict[str, Any] = {}
    if holdout_table:
        holdout_columns = table_columns(real, *holdout_table.split(".", 1))
        holdout_digests = real.digests(holdout_table, {c: "text" for c in weak if c in holdout_columns},
                                       reason=reason)
    synthetic_digests = synthetic.digests(synthetic_table, {c: "text" for c in comparable},
                                          reason=f"weak identifier replay check against {real_table}")
    found = []
    def held_once(digests: Any) -> set[str]:
        return set(digests.loc[digests["n"] == 1, "digest"])

    for column, frame in synthetic_digests.items():
        rows = int(frame["n"].sum())
        for real_column in weak:
            known = set(real_digests[real_column]["digest"])
            matched = int(frame.loc[frame["digest"].isin(known), "n"].sum())
            if not matched:
                continue
            holdout = holdout_digests.get(real_column)
            holdout_share = None if holdout is None else round(
                int(frame.loc[frame["digest"].isin(set(holdout["digest"])), "n"].sum()) / rows, 6)
            holdout_unique = None if holdout is None else round(
                int(frame.loc[frame["digest"].isin(held_once(holdout)), "n"].sum()) / rows, 6)
            unique = int(frame.loc[frame["digest"].isin(held_once(real_digests[real_column])), "n"].sum())
            found.append(WeakReplay(column, real_column, rows, matched, chance_share(real_digests[real_column]["n"]),
                                    holdout_share, margin, unique,
                                    unique_chance_share(real_digests[real_column]["n"]), holdout_unique))
    return found


def _weak_in_database(real: GovernedConnection, real_table: str, weak: list[str], synthetic: GovernedConnection,
                      synthetic_table: str, comparable: list[str], holdout_table: str | None,
                      margin: float) -> list[WeakReplay]:
    """:func:`_weak_replays` for tables of one database: the values are compared there and only counts come back
    (no digest per value, which at millions of distinct values outgrew a Spark driver's memory)."""
    reason = f"weak identifier replay check of {synthetic_table}"
    rdb, _, rname = real_table.rpartition(".")
    sdb, _, sname = synthetic_table.rpartition(".")
    holdout = None
    if holdout_table:
        hdb, _, hname = holdout_table.rpartition(".")
        holdout_columns = table_columns(real, hdb, hname)
        holdout = ((hdb, hname), [c for c in weak if c in holdout_columns])
    sql = weak_shares_query((rdb, rname), weak, (sdb, sname), comparable, real.database.dialect, holdout)
    frame = real.aggregate(sql, table=real_table, columns=sorted(weak), reason=reason,
                           released="counts of matching values only")
    synthetic.record("unmasked_read", {"table": synthetic_table, "columns": sorted(comparable), "reason": reason,
                                       "released": "counts of matching values only"})  # the same statement read it
    if holdout:
        real.record("unmasked_read", {"table": holdout_table, "columns": sorted(holdout[1]), "reason": reason,
                                      "released": "counts of matching values only"})
    found = []
    for r in frame.itertuples():
        rows, matched, total = int(r.total_rows), int(r.matched), int(r.total)
        if not matched:
            continue
        compared = holdout is not None and r.rc in holdout[1]
        found.append(WeakReplay(str(r.sc), str(r.rc), rows, matched,
                                round(int(r.shared) / total, 6) if total else 0.0,
                                _holdout_share(r.holdout_matched, rows, compared), margin,
                                int(r.unique_matched), round(int(r.pairs) / total, 6) if total else 0.0,
                                _holdout_share(r.holdout_unique_matched, rows, compared)))
    return sorted(found, key=lambda w: (comparable.index(w.column), weak.index(w.real_column)))


def _holdout_share(matched: Any, rows: int, compared: bool) -> float | None:
    """A holdout count as a share of ``rows`` (a missing count, NULL or NaN from the LEFT JOIN, is 0); None when
    the holdout was not compared."""
    if not compared:
        return None
    return round((0 if matched is None or pd.isna(matched) else int(matched)) / rows, 6)


def _worst(found: list[WeakReplay]) -> list[WeakReplay]:
    """One entry per synthetic column: the real column it exceeds chance the most for (the first of equals in
    the order found)."""
    worst: dict[str, WeakReplay] = {}
    for replay in found:
        if replay.column not in worst or replay.worst_excess > worst[replay.column].worst_excess:
            worst[replay.column] = replay
    return sorted(worst.values(), key=lambda w: w.column)


Found = list[tuple[str, int, int, list[str]]]


def _matched_in_database(real: GovernedConnection, real_table: str, identifiers: dict[str, Normalization], synthetic: GovernedConnection,
                         synthetic_table: tuple[str, str], comparable: list[str],
                         integral: frozenset[str] = frozenset()) -> Found:
    """Both tables in one database: the join runs there and only counts come back."""
    rdb, _, rname = real_table.rpartition(".")
    sql = matches_query((rdb or real.database.default_schema, rname), identifiers, synthetic_table, comparable,
                        real.database.dialect, real.policy.leakage.default_region, integral)
    reason = f"identifier replay check of {'.'.join(synthetic_table)}"
    frame = real.aggregate(sql, table=real_table, columns=sorted(identifiers), reason=reason,
                           released="counts of matching values only")
    synthetic.record("unmasked_read", {"table": ".".join(synthetic_table), "columns": comparable, "reason": reason,
                                       "released": "counts of matching values only"})  # the same join read it
    return [(str(r.sc), int(r.replayed_values), int(r.replayed_rows), sorted(str(r.matched).split(",")))
            for r in frame.itertuples()]


def _matched_by_digests(real: GovernedConnection, real_table: str, identifiers: dict[str, Normalization], synthetic: GovernedConnection,
                        synthetic_table: tuple[str, str], comparable: list[str],
                        integral: frozenset[str] = frozenset()) -> Found:
    """Tables in two databases: both sides release keyed digests of their distinct values, compared here."""
    table = ".".join(synthetic_table)
    real_digests = real.digests(real_table, identifiers, reason=f"leakage check of {table}")
    known: dict[Normalization, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for column, frame in real_digests.items():
        for digest in frame["digest"]:
            known[identifiers[column]][digest].add(column)
    found: Found = []
    for norm in sorted(known):
        columns = [c for c in comparable if c not in integral or norm in ("digits", "phone")]
        synthetic_digests = synthetic.digests(table, {c: norm for c in columns},
                                              reason=f"leakage check against {real_table}", integral=integral)
        for column, frame in synthetic_digests.items():
            hits = frame[frame["digest"].isin(known[norm].keys())]
            if hits.empty:
                continue
            matched = sorted(set().union(*(known[norm][d] for d in hits["digest"])))
            found.append((column, len(hits), int(hits["n"].sum()), matched))
    return found


def _weak_summary(w: WeakReplay) -> str:
    """What a blocked weak identifier column holds beyond chance: over all real values, over values only one real
    row holds, or both."""
    parts = []
    if w.excess > w.margin:
        parts.append(f"{w.column} holds real {w.real_column} values in {w.share:.1%} of rows, {w.excess:.1%} above "
                     f"chance ({w.baseline:.1%}; allowed margin {w.margin:.1%})")
    if w.unique_excess > w.margin:
        parts.append(f"{w.column} holds {w.real_column} values that only one real row holds in {w.unique_share:.1%} "
                     f"of rows, {w.unique_excess:.1%} above chance ({w.unique_baseline:.1%}; allowed margin "
                     f"{w.margin:.1%})")
    return "; ".join(parts)


def _count(n: int, noun: str) -> str:
    """``1 row``, ``2 rows``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
