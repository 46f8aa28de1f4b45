"""Leakage checks against SDMetrics and SDV on the same data, in one process.

(a) A customers-like table (identifiers, numbers, categories, dates): 20,000 real rows (plus a 20,000-row holdout
    for the closeness check), and 20,000 synthetic rows in two variants: one with planted leaks of known counts
    (copied rows, replayed identifiers, some re-formatted) and a clean one. Each check of this project runs beside
    its nearest peer: identifier replay vs SDV's ``get_pii_overlap`` (summed over the identifier columns), copied
    records vs SDMetrics ``NewRowSynthesis``, closeness vs SDMetrics ``DCRBaselineProtection`` (and, with
    ``--overfitting``, ``DCROverfittingProtection`` against the holdout).
(b) This project alone at 1,000,000 synthetic x 1,000,000 real rows: identifier replay + copied records, and
    closeness on a 50,000-row sample.

The data is generated; still, only counts, shares and seconds are printed, never a value.

Run: .venv/bin/python benchmarks/leakage_vs_sdmetrics.py [--quick] [--overfitting] [--skip-peers] [--skip-large]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from governance_dagster.governed.connection import GovernedConnection  # noqa: E402
from governance_dagster.governed.identity import Identity  # noqa: E402
from governance_dagster.leakage.closeness import closeness  # noqa: E402
from governance_dagster.leakage.identifiers import identifier_replay  # noqa: E402
from governance_dagster.leakage.records import copied_records  # noqa: E402
from governance_dagster.policy.models import Policy  # noqa: E402
from governance_dagster.store.audit.store import open_audit_store  # noqa: E402
from governance_dagster.store.database import open_database  # noqa: E402
from governance_dagster.store.handover import release  # noqa: E402

SECRET = "benchmark-secret-0123456789abcdef"
FIRST = ["Ann", "Bob", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jamal", "Kofi", "Lena", "Mateo",
         "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tara"]
LAST_REAL = ["Smith", "Garcia", "Nguyen", "Okafor", "Kowalski", "Haddad", "Lindqvist", "Moreau", "Tanaka", "Silva"]
LAST_SYNTHETIC = ["Abbott", "Brennan", "Castillo", "Dubois", "Eriksen", "Fischer", "Gallo", "Horvat", "Iqbal", "Jensen"]
STATES = ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
          "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
          "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"]
IDENTIFIERS = ["full_name", "email", "phone", "ssn"]
FACTS = ["birth_date", "signup_date", "income", "credit_score", "segment", "plan", "state", "city"]


@dataclass(frozen=True)
class Plant:
    """Known leaks planted in the synthetic table."""

    copied_rows: int
    emails: int  # real e-mails, exact
    phones: int  # real phones, re-formatted (dots instead of brackets and dash)
    ssns: int  # real SSNs, digits only

    @property
    def replayed(self) -> int:
        return self.emails + self.phones + self.ssns

    @classmethod
    def for_rows(cls, rows: int) -> Plant:
        return cls(copied_rows=rows // 100, emails=max(1, rows // 2000), phones=max(1, rows // 4000),
                   ssns=max(1, rows // 8000))


def _list(values: list[str]) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


def _people(start: int, rows: int, side: int, last: list[str], domain: str, phone_base: int, ssn_base: int) -> str:
    """SQL for ``rows`` generated customers; ``side`` seeds the draws, so sides share a distribution only."""
    def u(k: int) -> str:
        return f"((hash(i, {side * 16 + k}) % 1000003) / 1000003.0)"

    return f"""
    SELECT i AS customer_id,
      list_extract({_list(FIRST)}, 1 + CAST(hash(i, {side}, 1) % {len(FIRST)} AS INTEGER)) || ' '
        || list_extract({_list(last)}, 1 + CAST(hash(i, {side}, 2) % {len(last)} AS INTEGER)) AS full_name,
      'customer' || i || '@{domain}' AS email,
      printf('(%s) %s-%s', substr(CAST({phone_base} + i * 7 AS VARCHAR), 1, 3),
             substr(CAST({phone_base} + i * 7 AS VARCHAR), 4, 3), substr(CAST({phone_base} + i * 7 AS VARCHAR), 7, 4)) AS phone,
      printf('%s-%s-%s', substr(CAST({ssn_base} + i AS VARCHAR), 1, 3), substr(CAST({ssn_base} + i AS VARCHAR), 4, 2),
             substr(CAST({ssn_base} + i AS VARCHAR), 6, 4)) AS ssn,
      DATE '1940-01-01' + CAST({u(1)} * 25000 AS INTEGER) AS birth_date,
      DATE '2015-01-01' + CAST({u(2)} * 3600 AS INTEGER) AS signup_date,
      round(exp(10.6 + 0.5 * sqrt(-2 * ln(1 - {u(3)})) * cos(2 * pi() * {u(4)})), 2) AS income,
      300 + CAST({u(5)} * 550 AS INTEGER) AS credit_score,
      list_extract(['consumer', 'smb', 'enterprise', 'public'], 1 + CAST({u(6)} * 4 AS INTEGER) % 4) AS segment,
      list_extract(['basic', 'plus', 'premium'], 1 + CAST({u(7)} * 3 AS INTEGER) % 3) AS plan,
      list_extract({_list(STATES)}, 1 + (CAST({u(8)} * 200 AS INTEGER) % 50)) AS state,
      'City ' || CAST({u(8)} * 200 AS INTEGER) AS city
    FROM range({start}, {start + rows}) t(i)"""


def build(path: Path, real_rows: int, synthetic_rows: int, holdout_rows: int, plant: Plant) -> None:
    """main.customers (real), main.holdout, synthetic.clean and synthetic.leaky in one DuckDB file."""
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE SCHEMA IF NOT EXISTS synthetic")
        con.execute(f"CREATE TABLE main.customers AS {_people(0, real_rows, 1, LAST_REAL, 'example.com', 2_000_000_000, 100_000_000)}")
        con.execute(f"CREATE TABLE main.holdout AS {_people(real_rows, holdout_rows, 1, LAST_REAL, 'example.com', 2_000_000_000, 100_000_000)}")
        con.execute(f"CREATE TABLE synthetic.clean AS {_people(0, synthetic_rows, 3, LAST_SYNTHETIC, 'example.net', 6_000_000_000, 600_000_000)}")
        con.execute("CREATE TABLE synthetic.leaky AS SELECT * FROM synthetic.clean")
        stride = max(1, real_rows // max(1, plant.copied_rows))
        facts = ", ".join(f"{c} = r.{c}" for c in FACTS)
        con.execute(f"UPDATE synthetic.leaky s SET {facts} FROM main.customers r "
                    f"WHERE s.customer_id < {plant.copied_rows} AND r.customer_id = s.customer_id * {stride}")
        first = plant.copied_rows
        updates = [("email", "r.email", plant.emails),
                   ("phone", "replace(replace(replace(r.phone, '(', ''), ') ', '.'), '-', '.')", plant.phones),
                   ("ssn", "replace(r.ssn, '-', '')", plant.ssns)]
        for column, value, count in updates:
            con.execute(f"UPDATE synthetic.leaky s SET {column} = {value} FROM main.customers r "
                        f"WHERE s.customer_id >= {first} AND s.customer_id < {first + count} "
                        f"AND r.customer_id = (s.customer_id * 13) % {real_rows}")
            first += count


def governed(path: Path, tmp: Path) -> GovernedConnection:
    return GovernedConnection(database=open_database(f"duckdb:///{path}"), policy=Policy(),
                              audit=open_audit_store(f"duckdb:///{tmp / 'audit.duckdb'}"),
                              identity=Identity("benchmark", "test"), secret=SECRET)


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def cpu_seconds() -> float:
    """CPU seconds of this process, all threads (DuckDB's included): what the work costs whatever else runs."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def load() -> str:
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


METADATA = {"columns": {
    "customer_id": {"sdtype": "id"},
    "full_name": {"sdtype": "name", "pii": True},
    "email": {"sdtype": "email", "pii": True},
    "phone": {"sdtype": "phone_number", "pii": True},
    "ssn": {"sdtype": "ssn", "pii": True},
    "birth_date": {"sdtype": "datetime", "datetime_format": "%Y-%m-%d"},
    "signup_date": {"sdtype": "datetime", "datetime_format": "%Y-%m-%d"},
    "income": {"sdtype": "numerical"},
    "credit_score": {"sdtype": "numerical"},
    "segment": {"sdtype": "categorical"},
    "plan": {"sdtype": "categorical"},
    "state": {"sdtype": "categorical"},
    "city": {"sdtype": "categorical"},
}, "primary_key": "customer_id"}


def _frame(path: Path, table: str) -> Any:
    release(str(path))  # the governed path holds the file between statements (docs/audit.md)
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(f"SELECT * FROM {table} ORDER BY customer_id").df()


COMPARE_HEADER = ("variant", "check", "peer metric", "ours s", "peer s", "ratio", "ours found", "peer found",
                  "planted truth")
COMPARE_WIDTHS = (7, 25, 34, 7, 8, 6, 34, 34, 15)


def _print_row(row: tuple[str, ...], widths: tuple[int, ...]) -> None:
    print("  ".join(str(v).ljust(w) for v, w in zip(row, widths)).rstrip(), flush=True)


def compare(path: Path, tmp: Path, plant: Plant, peers: bool, overfitting: bool,
            variants: tuple[str, ...] = ("leaky", "clean")) -> list[tuple[str, ...]]:
    """One row per (variant, check): ours beside the peer, with verdicts and the planted truth; each row is printed
    as soon as it is measured (the peers take minutes)."""
    connection = governed(path, tmp)
    for table in ("main.customers", "main.holdout", "synthetic.leaky", "synthetic.clean"):
        connection.classify(table)  # classification is cached per process; warm it (and presidio) up untimed
    if peers:  # and import the peers untimed
        import sdmetrics.single_table  # noqa: F401
        import sdv.evaluation.utils  # noqa: F401
    real = _frame(path, "main.customers") if peers else None
    holdout = _frame(path, "main.holdout") if peers and overfitting else None
    rows: list[tuple[str, ...]] = []
    _print_row(COMPARE_HEADER, COMPARE_WIDTHS)
    _print_row(tuple("-" * w for w in COMPARE_WIDTHS), COMPARE_WIDTHS)

    def add(row: tuple[str, ...]) -> None:
        rows.append(row)
        _print_row(row, COMPARE_WIDTHS)

    for variant in variants:
        table = f"synthetic.{variant}"
        truth = plant if variant == "leaky" else Plant(0, 0, 0, 0)
        synthetic = _frame(path, table) if peers else None

        replay, ours_s = timed(lambda: identifier_replay(connection, "main.customers", connection, table))
        peer, peer_s = (timed(lambda: _pii_overlap(real, synthetic)) if peers else (None, 0.0))
        add(_row(variant, "identifier replay", "SDV get_pii_overlap (4 columns)", ours_s, peer_s,
                         _found(replay.replayed_values, "values"), _found(peer, "values"), f"{truth.replayed} values"))

        copies, ours_s = timed(lambda: copied_records(connection, "main.customers", connection, table))
        peer, peer_s = (timed(lambda: _new_rows(real, synthetic)) if peers else (None, 0.0))
        add(_row(variant, "copied records", "SDMetrics NewRowSynthesis", ours_s, peer_s,
                         _found(copies.copied_rows, "rows"), _found(peer, "rows"), f"{truth.copied_rows} rows"))

        near, ours_s = timed(lambda: closeness(connection, "main.customers", connection, table,
                                               holdout_table="main.holdout"))
        peer, peer_s = (timed(lambda: _dcr_baseline(real, synthetic)) if peers else (None, 0.0))
        ours = f"{_found(near.zero_rows, 'at DCR 0')}; median {near.quantiles['p50']:.4f}"
        add(_row(variant, "closeness (DCR 0 share)", "SDMetrics DCRBaselineProtection", ours_s, peer_s, ours,
                         "n/a" if peer is None else f"score {peer['score']:.3f} (median DCR {peer['median_DCR_to_real_data']['synthetic_data']:.4f})",
                         f"{truth.copied_rows} rows"))
        if overfitting:
            peer, peer_s = (timed(lambda: _dcr_overfitting(real, synthetic, holdout)) if peers else (None, 0.0))
            ours = f"{near.closer_to_training_share:.3f} closer to training ({'FAIL' if not near.holdout_passed else 'pass'})"
            add(_row(variant, "closeness (holdout share)", "SDMetrics DCROverfittingProtection",
                             ours_s, peer_s, ours,
                             "n/a" if peer is None else f"{peer['synthetic_data_percentages']['closer_to_training']:.3f} closer to training",
                             "~0.5 + copies/2"))
    return rows


def _found(count: int | None, unit: str) -> str:
    if count is None:
        return "n/a"
    return f"leak: {count} {unit}" if count else f"none ({unit})"


def _row(variant: str, check: str, peer: str, ours_s: float, peer_s: float, ours: str, theirs: str,
         truth: str) -> tuple[str, ...]:
    ratio = "n/a" if not (peer_s and ours_s) else f"{peer_s / ours_s:,.0f}x" if peer_s >= 10 * ours_s \
        else f"{peer_s / ours_s:.2f}x"
    return (variant, check, peer, f"{ours_s:.2f}", f"{peer_s:.2f}" if peer_s else "n/a", ratio, ours, theirs, truth)


def _quiet(fn: Callable[[], Any]) -> Any:
    import contextlib
    import io

    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        return fn()


def _pii_overlap(real: Any, synthetic: Any) -> int:
    from sdv.evaluation.utils import get_pii_overlap

    return sum(_quiet(lambda c=c: get_pii_overlap({"t": real}, {"t": synthetic}, "t", c, verbose=False))
               for c in IDENTIFIERS)


def _new_rows(real: Any, synthetic: Any) -> int:
    from sdmetrics.single_table import NewRowSynthesis

    result = _quiet(lambda: NewRowSynthesis.compute_breakdown(real, synthetic, METADATA))
    return int(result["num_matched_rows"])


def _dcr_baseline(real: Any, synthetic: Any) -> dict[str, Any]:
    from sdmetrics.single_table import DCRBaselineProtection

    return _quiet(lambda: DCRBaselineProtection.compute_breakdown(real, synthetic, METADATA, "customers"))


def _dcr_overfitting(real: Any, synthetic: Any, holdout: Any) -> dict[str, Any]:
    from sdmetrics.single_table import DCROverfittingProtection

    return _quiet(lambda: DCROverfittingProtection.compute_breakdown(real, synthetic, holdout, METADATA, "customers"))


def large(tmp: Path, rows: int, sample: int) -> list[tuple[str, ...]]:
    """This project alone at ``rows`` synthetic x ``rows`` real rows."""
    plant = Plant.for_rows(rows)
    path = tmp / "large.duckdb"
    _, build_s = timed(lambda: build(path, rows, rows, 0, plant))
    connection = governed(path, tmp)
    connection.classify("main.customers")
    table = "synthetic.leaky"
    started_cpu = cpu_seconds()
    replay, replay_s = timed(lambda: identifier_replay(connection, "main.customers", connection, table))
    replay_cpu = cpu_seconds() - started_cpu
    copies, copies_s = timed(lambda: copied_records(connection, "main.customers", connection, table))
    copies_cpu = cpu_seconds() - started_cpu - replay_cpu
    near, near_s = timed(lambda: closeness(connection, "main.customers", connection, table, sample_rows=sample))
    near_cpu = cpu_seconds() - started_cpu - replay_cpu - copies_cpu
    expected_zero = plant.copied_rows * min(1.0, sample / rows)
    return [
        ("build the tables", f"{build_s:.1f}", "", "", ""),
        ("identifier replay", f"{replay_s:.2f}", f"{replay_cpu:.1f}", f"{replay.replayed_values} values",
         f"{plant.replayed} values"),
        ("copied records", f"{copies_s:.2f}", f"{copies_cpu:.1f}", f"{copies.copied_rows} rows",
         f"{plant.copied_rows} rows (copies with fresh identifiers)"),
        ("identifier replay + copied records", f"{replay_s + copies_s:.2f}", f"{replay_cpu + copies_cpu:.1f}", "",
         "goal < 10 s"),
        (f"closeness ({near.sampled_rows:,} sampled x {near.reference_rows:,})", f"{near_s:.2f}", f"{near_cpu:.1f}",
         f"{near.zero_rows} at DCR 0 (fetch {near.seconds['fetch']:.1f}s, search {near.seconds['search']:.1f}s)",
         f"~{expected_zero:.0f} expected in the sample; goal < 30 s"),
    ]


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(v).ljust(w) for v, w in zip(row, widths)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes for a smoke run (seconds)")
    parser.add_argument("--rows", type=int, help="real and synthetic rows of part (a) (default 20,000)")
    parser.add_argument("--large-rows", type=int, help="rows of part (b) (default 1,000,000)")
    parser.add_argument("--overfitting", action="store_true", help="also run DCROverfittingProtection (minutes)")
    parser.add_argument("--skip-peers", action="store_true", help="this project only in part (a)")
    parser.add_argument("--skip-large", action="store_true", help="leave out part (b)")
    parser.add_argument("--variant", choices=["leaky", "clean"], action="append",
                        help="synthetic variant(s) of part (a) (default both; the peers take minutes each)")
    args = parser.parse_args(argv)
    rows = args.rows or (400 if args.quick else 20_000)
    large_rows = args.large_rows or (5_000 if args.quick else 1_000_000)
    sample = min(50_000, large_rows)
    plant = Plant.for_rows(rows)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        _, build_s = timed(lambda: build(tmp / "small.duckdb", rows, rows, rows, plant))
        print(f"{load()} at the start\n")
        print(f"(a) {rows:,} real x {rows:,} synthetic rows (+{rows:,} holdout rows), built in {build_s:.1f}s; "
              f"planted in 'leaky': {plant.copied_rows} copied rows, {plant.emails} real e-mails, "
              f"{plant.phones} real phones re-formatted, {plant.ssns} real SSNs without dashes\n", flush=True)
        compare(tmp / "small.duckdb", tmp, plant, not args.skip_peers, args.overfitting,
                tuple(args.variant or ("leaky", "clean")))
        if not args.skip_large:
            print(f"\n(b) this project alone at {large_rows:,} synthetic x {large_rows:,} real rows\n", flush=True)
            print(_table(("step", "seconds", "CPU s", "found", "planted truth / goal"), large(tmp, large_rows, sample)))
        print(f"\n{load()} at the end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
