"""The contract (great-expectations) and SDV's quality report on a synthetic table of 10,000 rows (goals: a
validation with Data Docs under ~10 s including GX's import; the quality report under a few seconds).

The real table is the example project's seeded customers; the synthetic table is a GaussianCopula sample of it,
as the governed job makes it. Prints the time of each step.

Run: .venv/bin/python benchmarks/contract_and_quality.py [ROWS]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from example_project.seed import seed_database  # noqa: E402
from governance_dagster.governed.connection import GovernedConnection  # noqa: E402
from governance_dagster.governed.identity import Identity  # noqa: E402
from governance_dagster.policy.loader import load_policy  # noqa: E402
from governance_dagster.store.audit.store import open_audit_store  # noqa: E402
from governance_dagster.store.database import open_database  # noqa: E402
from governance_dagster.synthesis import quality_report, synthesize  # noqa: E402

T = TypeVar("T")
POLICY = Path(__file__).resolve().parents[1] / "example_project" / "policy.yaml"


def _timed(label: str, rows: list, fn: Callable[[], T]) -> T:
    started = time.perf_counter()
    value = fn()
    rows.append((label, time.perf_counter() - started))
    return value


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        seed_database(tmp_path / "production.duckdb", customers=n)
        real = GovernedConnection(
            database=open_database(f"duckdb:///{tmp_path / 'production.duckdb'}"), policy=load_policy(POLICY),
            audit=open_audit_store(f"duckdb:///{tmp_path / 'audit.duckdb'}"), identity=Identity("bench", "bench"),
            secret=os.environ.get("GOVERNANCE_SECRET", "benchmark-secret-0123456789"))
        masked = real.read_table("main.customers").frame
        kinds = {c: r.kind for c, r in real.classify("main.customers").items()}
        print(f"synthesizing {n:,} customers (not timed below) ...", flush=True)
        result = synthesize(masked, kinds, num_rows=n, seed=7)
        rows: list[tuple[str, float]] = []

        from governance_dagster.quality import contract

        profile = _timed("profile of the real table (SQL aggregates)", rows,
                         lambda: contract.profile_table(real, "main.customers"))
        _timed("import great_expectations", rows, contract._gx)
        report = _timed(f"contract: validate {n:,} rows + Data Docs (first)", rows, lambda: contract.validate_contract(
            result.frame, profile, suite_name="contract_main_customers", docs_dir=tmp_path / "docs"))
        _timed(f"contract: validate {n:,} rows + Data Docs (again)", rows, lambda: contract.validate_contract(
            result.frame, profile, suite_name="contract_main_customers", docs_dir=tmp_path / "docs"))
        for sample in (n, 5000, 2000):
            quality = _timed(f"SDV quality report, {min(sample, n):,} rows sampled", rows,
                             lambda s=sample: quality_report(masked, result.frame, result.sdv_metadata, max_rows=s))
            rows[-1] = (f"{rows[-1][0]} (score {quality.overall}, pairs scored {quality.pairs_scored})", rows[-1][1])
        print(f"\ncontract: {report.summary()}\n")
        print(f"{'step':<78}{'seconds':>9}")
        for label, seconds in rows:
            print(f"{label:<78}{seconds:>9.2f}")


if __name__ == "__main__":
    main()
