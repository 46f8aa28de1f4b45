"""Verifying a chain of 1,000,000 audit events (goal: under 10 s here), with the store's fast path (hashing the
stored canonical payload text) beside the straightforward path (rebuilding each event and re-serializing its
payload), on the same DuckDB file.

Run: .venv/bin/python benchmarks/audit_verify.py [EVENTS]
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from governance_dagster.store.audit.chain import GENESIS, canonical_text, verify_chain  # noqa: E402
from governance_dagster.store.audit.store import COLUMNS, TABLE, open_audit_store  # noqa: E402


def build(path: Path, n: int) -> None:
    """A valid chain of ``n`` events, computed here and bulk-loaded (appending one by one would take minutes)."""
    rows = {c: [] for c in COLUMNS}
    prev = GENESIS
    for seq in range(1, n + 1):
        ts = f"2026-11-26T00:00:{seq % 60:02d}.{seq:06d}+00:00"
        payload = f'{{"asset":"synthetic_customers","fingerprint":"{seq:016x}","rows":{seq % 5000},"tables":["main.customers"]}}'
        digest = hashlib.sha256(canonical_text(seq, ts, "read", "svc:etl", False, "run-1", payload, prev)).hexdigest()
        for c, v in zip(COLUMNS, (seq, ts, "read", "svc:etl", False, "run-1", payload, prev, digest)):
            rows[c].append(v)
        prev = digest
    frame = pd.DataFrame(rows)
    open_audit_store(f"duckdb:///{path}").tail(1)  # creates the table
    with duckdb.connect(str(path)) as con:
        con.register("frame", frame)
        con.execute(f"INSERT INTO {TABLE} SELECT * FROM frame")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "audit.duckdb"
        started = time.perf_counter()
        build(path, n)
        print(f"built a chain of {n:,} events in {time.perf_counter() - started:.1f}s\n")
        store = open_audit_store(f"duckdb:///{path}")
        rows = []
        for name, verify in [("store.verify() (fast path)", store.verify),
                             ("verify_chain(store.events())", lambda: verify_chain(store.events()))]:
            started = time.perf_counter()
            result = verify()
            seconds = time.perf_counter() - started
            rows.append((name, seconds, result.ok, result.events))
        print(f"{'verifier':<32}{'seconds':>9}{'events/s':>12}{'ok':>5}{'ratio':>8}")
        for name, seconds, ok, events in rows:
            print(f"{name:<32}{seconds:>9.2f}{events / seconds:>12,.0f}{str(ok):>5}{seconds / rows[0][1]:>8.2f}")


if __name__ == "__main__":
    main()
