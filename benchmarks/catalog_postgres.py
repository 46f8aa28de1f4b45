"""What reading the catalog costs on PostgreSQL: the queries before and after the catalog fingerprint, alone.

Before, a governed connection read ``information_schema.columns`` and ``pg_views`` (two statements, two frames)
when it was new and after each of its own writes. Now each statement asks for the catalog's fingerprint (one
statement, one 32-character value) and reads the catalog (one statement from ``pg_catalog``, with its fingerprint)
only when the process has not read it under that fingerprint.

On a fresh database holding the soak's tables (``benchmarks/soak_postgres.py``: customers, orders, a scratch table
per client, the audit tables), each statement runs ``RUNS`` times, interleaved, on one psycopg connection (server
time plus one local round trip), then through the database object the governed path uses (SQLAlchemy's pooled
connection, rows turned into the nested schema). Medians in ms.

Run: .venv/bin/python benchmarks/catalog_postgres.py [RUNS]   (a PostgreSQL server: GOVERNANCE_TEST_POSTGRES_URL or
127.0.0.1:5432; 200 runs unless given)
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd
import psycopg

from benchmarks.soak_postgres import DEFAULT_URL, fresh_database, seed
from governance_dagster.store import database as database_module
from governance_dagster.store.audit.chain import Draft
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import PostgresDatabase, open_database

#: The statements a connection sent before (governance_dagster/store/database.py up to issue 14's fourth round).
OLD_SCHEMA = ("SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns "
              "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg\\_temp\\_%' "
              "ORDER BY table_schema, table_name, ordinal_position")
OLD_VIEWS = "SELECT schemaname, viewname, definition FROM pg_views WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"


def _medians(calls: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    for call in calls.values():  # warm: caches, and psycopg prepares a statement on its fifth run
        for _ in range(6):
            call()
    times: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(runs):
        for name, call in calls.items():
            started = time.perf_counter()
            call()
            times[name].append((time.perf_counter() - started) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


def _old_read(database: PostgresDatabase) -> object:
    """What a connection did before: two frames, nested."""
    schema = database_module._nest(database.fetch(OLD_SCHEMA))
    views = {f"{s}.{v}": d for s, v, d in database.fetch(OLD_VIEWS).itertuples(index=False)}
    return schema, views


def main() -> None:
    from example_project.seed import make_customers, make_orders

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    people = make_customers(2000)
    orders = make_orders(people)
    with fresh_database(os.environ.get("GOVERNANCE_TEST_POSTGRES_URL", DEFAULT_URL)) as url:
        seed(url, people, orders)
        database = open_database(url)
        assert isinstance(database, PostgresDatabase)
        for client in range(20):
            database.write_frame("scratch", f"client_{client}", pd.DataFrame({"client": [client], "step": [0], "value": [0.5]}))
        open_audit_store(url).append(Draft("benchmark", "benchmark", False, {}, ""))  # its tables, as in the soak
        old = _old_read(database)
        new = database.catalog()
        assert old == (new.schema, new.views), "the pg_catalog read differs from information_schema's"
        print(f"catalog reads on PostgreSQL: median of {runs} runs each, interleaved (load average "
              f"{os.getloadavg()[0]:.1f}); {sum(len(t) for t in new.schema.values())} tables, "
              f"{sum(len(c) for t in new.schema.values() for c in t.values())} columns, {len(new.views)} views")
        with psycopg.connect(url, autocommit=True) as con:
            def run(sql: str) -> Callable[[], object]:
                return lambda: con.execute(sql.replace("%", "%%")).fetchall()

            alone = _medians({
                "before: information_schema.columns": run(OLD_SCHEMA),
                "before: pg_views": run(OLD_VIEWS),
                "after: fingerprint": run(database_module._PG_FINGERPRINT_SQL),
                "after: catalog (pg_catalog, with its fingerprint)": run(database_module._PG_CATALOG_SQL),
                "a round trip (SELECT 1)": run("SELECT 1"),
            }, runs)
        through = _medians({
            "before: schema and views as a connection read them": lambda: _old_read(database),
            "after, unchanged: catalog_fingerprint()": database.catalog_fingerprint,
            "after, changed: catalog()": database.catalog,
        }, runs)
    print(f"\n{'statement alone, psycopg, one connection':<58}{'median ms':>10}")
    for name, ms in alone.items():
        print(f"{name:<58}{ms:>10.2f}")
    print(f"\n{'through the database object (pool, rows to schema)':<58}{'median ms':>10}")
    for name, ms in through.items():
        print(f"{name:<58}{ms:>10.2f}")


if __name__ == "__main__":
    main()
