"""Appending audit events (goal: >= 10,000 events/s appended in batches), on a DuckDB file and on PostgreSQL:
one-by-one ``append``, ``append_many`` in batches of 100 and 1,000, and group commit (threads calling ``append``
at once on one store object), side by side with the goal.

PostgreSQL: database ``test`` on 127.0.0.1:5432 (or GOVERNANCE_TEST_POSTGRES_URL), in a fresh schema dropped at
the end. Every run ends with ``verify`` of each store (the events counted are all stored in one valid chain).

Run: .venv/bin/python benchmarks/audit_append.py [SCALE]   (SCALE multiplies the event counts; default 1)
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from governance_dagster.store.audit.chain import Draft
from governance_dagster.store.audit.store import AuditStore, open_audit_store

GOAL = 10_000


def draft(i: int) -> Draft:
    """A read event of the size the gateway writes (statement, fingerprint, masks, context: about 400 bytes)."""
    return Draft("read", "svc:etl", False, {
        "statement": "SELECT customer_id, email, note FROM main.customers WHERE segment = ?", "fingerprint": f"{i:016x}",
        "rule": "default", "action": "allow", "approval": None, "tables": ["main.customers"],
        "masked": {"email": "hash", "note": "scan"}, "unmasked": [], "free_text_scanned": ["note"], "rows": i % 5000,
        "duration_ms": 3.2, "policy": "ab" * 16, "database": "duckdb", "roles": ["analyst"],
        "identity_source": "env"}, "run-1")


def one_by_one(store: AuditStore, n: int) -> None:
    for i in range(n):
        store.append(draft(i))


def batches(size: int) -> Callable[[AuditStore, int], None]:
    def run(store: AuditStore, n: int) -> None:
        for start in range(0, n, size):
            store.append_many([draft(i) for i in range(start, min(n, start + size))])
    return run


def threads(count: int) -> Callable[[AuditStore, int], None]:
    def run(store: AuditStore, n: int) -> None:
        errors: list[BaseException] = []

        def work(offset: int) -> None:
            try:
                for i in range(offset, n, count):
                    store.append(draft(i))
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        workers = [threading.Thread(target=work, args=(t,)) for t in range(count)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        if errors:
            raise errors[0]
    return run


#: (mode, how to append, events at SCALE 1 on DuckDB, on PostgreSQL)
MODES = [
    ("append, one by one", one_by_one, 300, 1_000),
    ("append_many, batches of 100", batches(100), 20_000, 20_000),
    ("append_many, batches of 1,000", batches(1_000), 50_000, 50_000),
    ("append_many, batches of 10,000", batches(10_000), 100_000, 100_000),
    ("group commit, 8 threads", threads(8), 2_000, 4_000),
    ("group commit, 20 threads", threads(20), 4_000, 8_000),
]


@contextmanager
def duckdb_store(tmp: str) -> Iterator[Callable[[], AuditStore]]:
    def fresh() -> AuditStore:
        return open_audit_store(f"duckdb:///{Path(tmp) / (uuid.uuid4().hex + '.duckdb')}", signer=None)
    yield fresh


@contextmanager
def postgres_store() -> Iterator[Callable[[], AuditStore]]:
    from sqlalchemy import create_engine

    base = os.environ.get("GOVERNANCE_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
    engine = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    schemas: list[str] = []

    def fresh() -> AuditStore:
        schema = f"gd_bench_audit_{uuid.uuid4().hex[:10]}"
        with engine.begin() as con:
            con.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        schemas.append(schema)
        return open_audit_store(f"{base}?options=-csearch_path%3D{schema}", signer=None)
    try:
        yield fresh
    finally:
        with engine.begin() as con:
            for schema in schemas:
                con.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        engine.dispose()


def measure(fresh: Callable[[], AuditStore], how: Callable[[AuditStore, int], None], n: int) -> float:
    store = fresh()
    store.append(draft(-1))  # creates the table; not timed
    started = time.perf_counter()
    how(store, n)
    seconds = time.perf_counter() - started
    result = store.verify()
    assert result.ok and result.events == n + 1, result
    return n / seconds


def main() -> None:
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    print(f"load average before: {', '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)\n")
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp, duckdb_store(tmp) as duck, postgres_store() as pg:
        for mode, how, n_duck, n_pg in MODES:
            results[mode] = {"duckdb": measure(duck, how, max(1, int(n_duck * scale))),
                             "postgres": measure(pg, how, max(1, int(n_pg * scale)))}
    print(f"{'mode':<32}{'DuckDB events/s':>17}{'PostgreSQL events/s':>21}{'goal':>9}  met")
    for mode, row in results.items():
        met = "both" if min(row.values()) >= GOAL else ("DuckDB" if row["duckdb"] >= GOAL else
                                                         "PostgreSQL" if row["postgres"] >= GOAL else "no")
        print(f"{mode:<32}{row['duckdb']:>17,.0f}{row['postgres']:>21,.0f}{GOAL:>9,}  {met}")
    print(f"\nload average after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
