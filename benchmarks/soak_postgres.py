"""Soak load on PostgreSQL: many concurrent clients mixing governed reads, governed writes and refused statements,
on the governed path and on the raw path (plain SQLAlchemy, same queries), side by side.

Run ``python -m benchmarks.soak_postgres [--clients 20] [--seconds 60] [--customers 2000]``. It creates a fresh
database on the server (``GOVERNANCE_TEST_POSTGRES_URL`` or ``postgresql://postgres@127.0.0.1:5432/test``), seeds
it with the example project's fake customers and orders, runs the load once per path, prints throughput and
p50/p99 latency per action kind with the governed/raw ratios, and drops the database. Only numbers are printed.

The raw path runs the same reads and writes; it skips the statements the governed path refuses (run raw, they
would drop the tables).

:func:`run_load` is also what tests/integration/test_soak.py drives, with canaries planted.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time
import traceback
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import pandas as pd

if not __package__:  # run as a script: make the repository root importable (example_project, governance_dagster)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/test"
SECRET = "soak-secret-0123456789abcdef"
POLICY_YAML = """
version: 1
columns:
  - {table: "*.customers", column: support_notes, kind: free_text}
  - {table: "*.customers", column: income, kind: none}
  - {table: "*.orders", column: "*", kind: none}
protected_schemas: [public]
"""

READS = [
    "SELECT * FROM customers",
    "SELECT lower(email) AS e, substr(ssn, 1, 3) AS area, segment FROM customers",
    "SELECT c.full_name, c.phone, o.amount FROM customers c JOIN orders o ON c.customer_id = o.customer_id",
    "SELECT segment, count(*) AS n, max(email) AS m, avg(income) AS i FROM customers GROUP BY segment",
    "WITH x AS (SELECT email, phone, street FROM customers) SELECT * FROM x",
    "SELECT first_value(street) OVER (PARTITION BY segment ORDER BY customer_id) AS s, support_notes FROM customers",
]
#: statement -> the error class name the governed path must raise
REFUSED = [
    "DROP TABLE customers",
    "DELETE FROM customers",
    "UPDATE customers SET segment = 'x'",
    "TRUNCATE orders",
    "SELECT customer_id FROM customers WHERE email = 'someone@example.com'",
    "SELECT pg_read_file('/etc/passwd')",
    "COPY customers TO PROGRAM 'cat'",
]
#: share of each action kind in the mix
MIX = {"read": 0.6, "write": 0.2, "refused": 0.2}


@dataclass
class ClientReport:
    """What one client did: its tallies, latencies per kind, and anything that went wrong."""

    client: int
    counts: dict[str, int] = field(default_factory=lambda: {"read": 0, "write": 0, "refused": 0})
    latencies: dict[str, list[float]] = field(default_factory=lambda: {"read": [], "write": [], "refused": []})
    errors: list[str] = field(default_factory=list)
    canary_hits: list[str] = field(default_factory=list)
    not_refused: list[str] = field(default_factory=list)


def _scratch_frame(client: int, step: int) -> pd.DataFrame:
    return pd.DataFrame({"client": [client] * 50, "step": [step] * 50, "value": [float(i) for i in range(50)]})


def _governed_client(url: str, audit_url: str, policy_path: str, client: int) -> Callable[[str, Any], Any]:
    from governance_dagster.errors import StatementRefused
    from governance_dagster.governed.connection import GovernedConnection
    from governance_dagster.governed.identity import Identity
    from governance_dagster.policy.loader import load_policy
    from governance_dagster.store.audit.store import open_audit_store
    from governance_dagster.store.database import open_database

    connection = GovernedConnection(open_database(url), load_policy(policy_path), open_audit_store(audit_url),
                                    Identity(f"soak-{client}", "soak"), SECRET, context={"client": client})

    def act(kind: str, arg: Any) -> Any:
        if kind == "read":
            return connection.query(arg).frame
        if kind == "write":
            connection.write_table(f"scratch.client_{client}", arg)
            return None
        try:
            connection.execute(arg) if not arg.upper().startswith("SELECT") else connection.query(arg)
        except StatementRefused:
            return True
        return False

    return act


def _raw_client(url: str, client: int) -> Callable[[str, Any], Any]:
    from sqlalchemy import create_engine

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))

    def act(kind: str, arg: Any) -> Any:
        if kind == "read":
            with engine.connect() as con:
                result = con.exec_driver_sql(arg)
                return pd.DataFrame(result.fetchall(), columns=list(result.keys()))
        if kind == "write":
            with engine.begin() as con:
                arg.to_sql(f"client_{client}", con, schema="scratch", if_exists="replace", index=False)
            return None
        return True  # the raw path does not run what the governed path refuses

    return act


def client_main(path: str, url: str, audit_url: str, policy_path: str, client: int, seconds: float,
                barrier: Any, results: Any, check: Callable[[str], list[str]] | None) -> None:
    """One client process: warm up with one read (counted, not timed), wait for all, then act until the deadline;
    put a :class:`ClientReport` on ``results``."""
    report = ClientReport(client)
    try:
        act = _governed_client(url, audit_url, policy_path, client) if path == "governed" else _raw_client(url, client)
    except Exception:  # noqa: BLE001 - reported to the parent, which fails the run
        report.errors.append(traceback.format_exc(limit=3))
        barrier.wait()
        results.put(report)
        return
    rng = random.Random(client)
    try:  # warm-up outside the measured window: classification and presidio's engine load once per process
        out = act("read", READS[0])
        report.counts["read"] += 1
        if check is not None and (hits := check(out.to_csv())):
            report.canary_hits.append(f"{READS[0]}: {hits}")
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which fails the run
        report.errors.append(f"warm-up: {type(exc).__name__}: {exc}"[:500])
    barrier.wait()
    deadline = time.monotonic() + seconds
    step = 0
    while time.monotonic() < deadline:
        kind = rng.choices(list(MIX), weights=list(MIX.values()))[0]
        arg: Any = {"read": lambda: rng.choice(READS), "write": lambda: _scratch_frame(client, step),
                    "refused": lambda: rng.choice(REFUSED)}[kind]()
        started = time.perf_counter()
        try:
            out = act(kind, arg)
        except Exception as exc:  # noqa: BLE001 - every unexpected error fails the soak
            report.errors.append(f"{kind}: {type(exc).__name__}: {exc}"[:500])
            continue
        report.latencies[kind].append(time.perf_counter() - started)
        report.counts[kind] += 1
        step += 1
        if kind == "read" and check is not None and (hits := check(out.to_csv())):
            report.canary_hits.append(f"{arg}: {hits}")
        if kind == "refused" and out is not True:
            report.not_refused.append(arg)
    results.put(report)


@dataclass
class LoadResult:
    """The merged reports of every client, and the wall time of the load."""

    path: str
    clients: int
    seconds: float
    reports: list[ClientReport]
    hung: int = 0

    def latencies(self, kind: str | None = None) -> list[float]:
        """Latencies of the timed actions (the warm-up read is counted in the tallies, not timed)."""
        return [x for r in self.reports for k, xs in r.latencies.items() if kind in (None, k) for x in xs]

    def actions(self, kind: str | None = None) -> int:
        return len(self.latencies(kind))

    @property
    def throughput(self) -> float:
        return self.actions() / self.seconds if self.seconds else 0.0

    def percentile(self, q: float, kind: str | None = None) -> float:
        values = sorted(self.latencies(kind))
        if not values:
            return float("nan")
        return values[min(len(values) - 1, int(q * len(values)))]

    @property
    def errors(self) -> list[str]:
        return [e for r in self.reports for e in r.errors]


def run_load(path: str, url: str, *, clients: int, seconds: float, audit_url: str = "", policy_path: str = "",
             check: Callable[[str], list[str]] | None = None) -> LoadResult:
    """Run ``clients`` client processes on ``path`` (``governed`` or ``raw``) for ``seconds``; a client that has
    not reported ``seconds + 120`` s after the start counts as hung (deadlock or timeout)."""
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(clients + 1)
    results = ctx.Queue()
    processes = [ctx.Process(target=client_main, args=(path, url, audit_url, policy_path, i, seconds, barrier, results, check),
                             daemon=True) for i in range(clients)]
    for p in processes:
        p.start()
    barrier.wait(timeout=600)
    started = time.monotonic()
    reports = []
    deadline = started + seconds + 120
    while len(reports) < clients and time.monotonic() < deadline:
        try:
            reports.append(results.get(timeout=max(0.1, deadline - time.monotonic())))
        except Exception:  # noqa: BLE001 - queue.Empty: the deadline passed
            break
    elapsed = time.monotonic() - started
    for p in processes:
        p.join(timeout=10)
        if p.is_alive():
            p.terminate()
    return LoadResult(path, clients, min(elapsed, seconds) if reports else elapsed, reports, hung=clients - len(reports))


@contextmanager
def fresh_database(base_url: str = DEFAULT_URL) -> Iterator[str]:
    """A new database on the server (dropped afterwards), and its URL."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = f"gd_soak_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base_url.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT")
    with admin.connect() as con:
        con.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(base_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as con:
            con.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def seed(url: str, customers: pd.DataFrame, orders: pd.DataFrame) -> None:
    """Write the tables into ``public`` and create the ``scratch`` schema the writes go to."""
    from sqlalchemy import create_engine

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as con:
        customers.to_sql("customers", con, schema="public", index=False)
        orders.to_sql("orders", con, schema="public", index=False)
        con.exec_driver_sql("CREATE SCHEMA IF NOT EXISTS scratch")
    engine.dispose()


def _row(result: LoadResult, kind: str | None) -> tuple[float, float, float]:
    n = result.actions(kind)
    return n / result.seconds, result.percentile(0.5, kind) * 1000, result.percentile(0.99, kind) * 1000


def table(governed: LoadResult, raw: LoadResult) -> str:
    """Markdown table: throughput and p50/p99 latency per action kind, governed against raw, with ratios."""
    lines = ["| actions | governed ops/s | raw ops/s | ratio | governed p50 ms | raw p50 ms | ratio | governed p99 ms "
             "| raw p99 ms | ratio |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for kind in ("read", "write", None, "refused"):
        g = _row(governed, kind)
        label = kind or "reads + writes"
        if kind is None:
            g = tuple(_merged(governed, ("read", "write")))
            r = tuple(_merged(raw, ("read", "write")))
        elif kind == "refused":
            lines.append(f"| refused (governed only) | {g[0]:.1f} | - | - | {g[1]:.1f} | - | - | {g[2]:.1f} | - | - |")
            continue
        else:
            r = _row(raw, kind)
        lines.append(f"| {label} | {g[0]:.1f} | {r[0]:.1f} | {r[0] / g[0]:.1f}x slower | {g[1]:.1f} | {r[1]:.1f} | "
                     f"{g[1] / r[1]:.1f}x | {g[2]:.1f} | {r[2]:.1f} | {g[2] / r[2]:.1f}x |")
    return "\n".join(lines)


def _merged(result: LoadResult, kinds: tuple[str, ...]) -> tuple[float, float, float]:
    values = sorted(x for k in kinds for x in result.latencies(k))
    if not values:
        return (0.0, float("nan"), float("nan"))
    pick = lambda q: values[min(len(values) - 1, int(q * len(values)))] * 1000  # noqa: E731
    return len(values) / result.seconds, pick(0.5), pick(0.99)


def main() -> None:
    import os
    import tempfile

    from example_project.seed import make_customers, make_orders

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--customers", type=int, default=2000)
    args = parser.parse_args()
    base = os.environ.get("GOVERNANCE_TEST_POSTGRES_URL", DEFAULT_URL)
    people = make_customers(args.customers)
    orders = make_orders(people)
    policy = Path(tempfile.mkdtemp()) / "policy.yaml"
    policy.write_text(POLICY_YAML)
    results = {}
    for path in ("governed", "raw"):
        with fresh_database(base) as url:
            seed(url, people, orders)
            results[path] = run_load(path, url, clients=args.clients, seconds=args.seconds, audit_url=url,
                                     policy_path=str(policy))
        r = results[path]
        print(f"{path}: {r.actions()} actions by {r.clients} clients in {r.seconds:.0f} s, "
              f"{len(r.errors)} errors, {r.hung} hung")
    print(f"\n{args.clients} client processes, {args.seconds:.0f} s each path, {args.customers:,} customers "
          f"({len(orders):,} orders), mix {MIX}\n")
    print(table(results["governed"], results["raw"]))


if __name__ == "__main__":
    main()
