"""The fixed cost of the governed path per small statement, on DuckDB and on PostgreSQL.

A small aggregate over a 20,000-row customers table (no personal data in its result, so masking costs nothing) runs
many times through ``GovernedDatabase.connection().query()`` (a new governed connection per statement, as an asset
gets one) and through one governed connection reused, against the raw driver on the same statement: DuckDB's
Python client on one open connection, and psycopg 3 on one open connection. The governed side decides, rewrites,
reads through its connection and appends an audit event to an audit store of the same backend before returning.

Each side's median over the statements is printed with the difference (the fixed cost) and the ratio; on DuckDB also
two parts of the governed read on their own: the masked SQL the rewrite produces, and one audit append. The
PostgreSQL part needs a server (GOVERNANCE_TEST_POSTGRES_URL or 127.0.0.1:5432, database ``test``); without one it is
skipped.

Run: .venv/bin/python benchmarks/fixed_cost.py [STATEMENTS] [duckdb|postgres]   (goal: governed adds at most 5 ms per
statement; both backends unless one is named)
"""

from __future__ import annotations

import os
import socket
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from governance_dagster.dagster.resources import GovernedDatabase
from governance_dagster.governed.masking.rewrite import rewrite_query
from governance_dagster.store import handover
from governance_dagster.store.audit.chain import Draft

SECRET = "benchmark-secret-0123456789abcdef"
ROWS = 20_000
SQL = "SELECT segment, count(*) AS n, avg(income) AS income FROM {table} GROUP BY segment ORDER BY segment"
POSTGRES = os.environ.get("GOVERNANCE_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
POLICY = "version: 1\n"


def _customers_sql(rows: int) -> str:
    return f"""
        SELECT i AS customer_id, 'person' || i || '@example.com' AS email,
               'Ann' || i || ' Lee' AS full_name, 40000 + (i * 7919) % 90000 AS income,
               (ARRAY['consumer','enterprise','smb'])[1 + i % 3] AS segment
        FROM generate_series(0, {rows - 1}) AS t(i)"""


def _median_ms(fn: Callable[[], object], statements: int) -> float:
    fn()  # warm: the first statement classifies the table and opens what is reused
    times = []
    for _ in range(statements):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def _resource(url: str, audit_url: str, policy_path: Path) -> GovernedDatabase:
    return GovernedDatabase(url=url, policy_path=str(policy_path), secret=SECRET, audit_url=audit_url)


def duckdb_rows(tmp: Path, statements: int) -> list[tuple[str, float]]:
    path = tmp / "customers.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute(f"CREATE TABLE customers AS {_customers_sql(ROWS)}")
    sql = SQL.format(table="customers")
    with duckdb.connect(str(path)) as raw:
        raw_ms = _median_ms(lambda: raw.execute(sql).df(), statements)
    short_ms = _median_ms(lambda: _short_lived(path, sql), statements)
    resource = _resource(f"duckdb:///{path}", f"duckdb:///{tmp / 'audit.duckdb'}", tmp / "policy.yaml")
    per_call = _median_ms(lambda: resource.connection(asset="bench").query(sql), statements)
    reused = resource.connection(asset="bench")
    reused_ms = _median_ms(lambda: reused.query(sql), statements)
    # the parts of the governed read on their own, through the file the process holds
    masked = rewrite_query(sql, reused.schema(), reused.masks_for, "duckdb", "main", secret=SECRET).sql
    masked_ms = _median_ms(lambda: reused.database.fetch(masked), statements)
    append_ms = _median_ms(lambda: reused.audit.append(Draft("read", "bench", False, {"rows": 3})), statements)
    return [("raw driver, one open connection", raw_ms), ("raw driver, a connection per statement", short_ms),
            ("governed, GovernedDatabase.connection() per statement", per_call),
            ("governed, one connection reused", reused_ms),
            ("  part: the masked SQL alone (held connection)", masked_ms),
            ("  part: one audit append alone (held audit file)", append_ms)]


def _short_lived(path: Path, sql: str) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute(sql).df()


def _postgres_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


def postgres_rows(tmp: Path, statements: int) -> list[tuple[str, float]]:
    import pandas as pd
    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:8]}"
    table = f"{schema}.customers"
    sql = SQL.format(table=table)
    with psycopg.connect(POSTGRES.replace("postgresql+psycopg", "postgresql"), autocommit=True) as raw:
        raw.execute(f"CREATE SCHEMA {schema}")
        raw.execute(f"CREATE TABLE {table} AS {_customers_sql(ROWS)}")
        try:
            def raw_read() -> None:
                cursor = raw.execute(sql)
                pd.DataFrame(cursor.fetchall(), columns=[c.name for c in cursor.description])

            raw_ms = _median_ms(raw_read, statements)
            audit_url = POSTGRES  # the audit table lives beside the data, as in a shared deployment
            resource = _resource(POSTGRES, audit_url, tmp / "policy.yaml")
            per_call = _median_ms(lambda: resource.connection(asset="bench").query(sql), statements)
            reused = resource.connection(asset="bench")
            reused_ms = _median_ms(lambda: reused.query(sql), statements)
        finally:
            raw.execute(f"DROP SCHEMA {schema} CASCADE")
    return [("raw driver (psycopg), one open connection", raw_ms),
            ("governed, GovernedDatabase.connection() per statement", per_call),
            ("governed, one connection reused", reused_ms)]


def _print(title: str, rows: list[tuple[str, float]]) -> None:
    raw = rows[0][1]
    print(f"\n{title}")
    print(f"{'path':<56}{'median ms':>10}{'+ ms':>9}{'ratio':>8}")
    for name, ms in rows:
        print(f"{name:<56}{ms:>10.2f}{ms - raw:>9.2f}{ms / raw:>8.2f}")


def main() -> None:
    statements = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    backends = sys.argv[2:] or ["duckdb", "postgres"]
    print(f"fixed cost per small statement: median of {statements} aggregates over {ROWS:,} rows "
          f"(load average {os.getloadavg()[0]:.1f})")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        (tmp / "policy.yaml").write_text(POLICY, encoding="utf-8")
        if "duckdb" in backends:
            _print("DuckDB", duckdb_rows(tmp, statements))
        if "postgres" in backends and _postgres_up():
            _print("PostgreSQL", postgres_rows(tmp, statements))
        elif "postgres" in backends:
            print("\nPostgreSQL: no server on 127.0.0.1:5432, skipped")
        handover.release()  # the DuckDB files (and the audit journal, moved into its store) let go before they go
    print("\n+ ms is the median over the raw driver on one open connection; the goal is at most 5 ms for the governed "
          "path, audit event included")


if __name__ == "__main__":
    main()
