"""The MCP round trip of a small governed query, side by side with the same query through the Python API, the agent
tools without the protocol, and the CLI (a process per query).

Run: .venv/bin/python benchmarks/mcp_roundtrip.py [CALLS]   (goal: the server adds at most 10 ms per call once
started, over the same query through the Python API)

Each MCP call crosses the protocol (JSON-RPC over the server's stdin/stdout, or HTTP on 127.0.0.1), validates the
arguments against the tool's schema, runs the tool in a worker thread and validates the structured result.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import anyio
import duckdb
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mcp import Client, StdioServerParameters
from mcp.types import Implementation

from governance_dagster.agents.tools import Agent, AgentGateway
from governance_dagster.governed.approvals import Approvals
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.loader import load_policy
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import open_database

SECRET = "benchmark-secret-0123456789abcdef"
SQL = "SELECT segment, count(*) AS n, avg(income) AS income FROM customers GROUP BY segment ORDER BY segment"
POLICY = "version: 1\nagents:\n  - {client: 'bench-*', queries_per_minute: 1000000}\n"
AGENT = Implementation(name="bench-agent", version="1")


def world(root: Path) -> tuple[str, Path]:
    n = 1000
    frame = pd.DataFrame({"customer_id": range(n), "full_name": [f"Person{i} Lastname{i}" for i in range(n)],
                          "email": [f"person{i}@example.com" for i in range(n)],
                          "segment": [["consumer", "enterprise"][i % 2] for i in range(n)],
                          "income": [40_000.0 + 7 * i for i in range(n)]})
    con = duckdb.connect(str(root / "prod.duckdb"))
    con.register("frame", frame)
    con.execute("CREATE TABLE customers AS SELECT * FROM frame")
    con.close()
    (root / "policy.yaml").write_text(POLICY)
    return f"duckdb:///{root / 'prod.duckdb'}", root / "policy.yaml"


def timed(call, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


async def interleaved(connection: GovernedConnection, session, stdio, http: str, repeats: int) -> dict[str, list[float]]:
    """One call of each path per round, so that the machine's load falls on all of them alike."""
    times: dict[str, list[float]] = {"api": [], "tools": [], "stdio": [], "http": []}
    async with Client(stdio, client_info=AGENT, read_timeout_seconds=120) as over_stdio, \
            Client(http, client_info=AGENT, read_timeout_seconds=120) as over_http:
        async def call(client: Client) -> None:
            assert not (await client.call_tool("query", {"sql": SQL})).is_error

        for _ in range(5):  # warm up: classification, the free-text engine, first connections
            connection.query(SQL)
            session.query(SQL)
            await call(over_stdio)
            await call(over_http)
        for _ in range(repeats):
            for name, run in (("api", lambda: connection.query(SQL)), ("tools", lambda: session.query(SQL))):
                started = time.perf_counter()
                run()
                times[name].append((time.perf_counter() - started) * 1000)
            for name, client in (("stdio", over_stdio), ("http", over_http)):
                started = time.perf_counter()
                await call(client)
                times[name].append((time.perf_counter() - started) * 1000)
    return times


def free_port() -> int:
    for port in range(3160, 3170):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue
    raise SystemExit("no free port in 3160-3169")


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    root = Path(tempfile.mkdtemp(prefix="mcp-bench-"))
    prod, policy_path = world(root)
    env = {**os.environ, "GOVERNANCE_SECRET": SECRET, "PYTHONPATH": str(ROOT)}

    def audit(path: str) -> str:  # each path its own audit store, so none pays for another's longer chain
        return f"duckdb:///{root / path}.duckdb"

    def serve(store: str) -> list[str]:
        return [sys.executable, "-m", "governance_dagster.cli", "mcp", "serve", prod, "--policy", str(policy_path),
                "--audit", audit(store), "--identity", "bench"]

    def connect(store: str) -> GovernedConnection:
        return GovernedConnection(database=open_database(prod), policy=load_policy(policy_path),
                                  audit=open_audit_store(audit(store)), identity=Identity("bench", "benchmark"),
                                  secret=SECRET, approvals=Approvals(audit(store)))

    connection = connect("api")
    session = AgentGateway(connect("tools")).session(Agent("bench-agent", "1", "in-process"))
    stdio = StdioServerParameters(command=sys.executable, args=serve("stdio")[1:], env=env)
    port = free_port()
    process = subprocess.Popen(serve("http") + ["--http", f"127.0.0.1:{port}"], env=env, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        times = anyio.run(interleaved, connection, session, stdio, f"http://127.0.0.1:{port}/mcp", repeats)
    finally:
        process.terminate()
        process.wait(timeout=20)
    api, tools, stdio_times, http = times["api"], times["tools"], times["stdio"], times["http"]
    cli_runs = max(3, repeats // 10)
    cli = timed(lambda: subprocess.run([sys.executable, "-m", "governance_dagster.cli", "query", prod, SQL,
                                        "--audit", audit("cli"), "--policy", str(policy_path), "--identity", "bench"],
                                       env=env, check=True, capture_output=True), cli_runs)

    base = statistics.median(api)
    tool_base = statistics.median(tools)
    print(f"query: {SQL}")
    print(f"{'path':<34} {'calls':>5} {'median ms':>10} {'p90 ms':>8} {'vs Python API':>14} {'vs agent tools':>15}")
    for name, times in [("Python API (GovernedConnection)", api), ("agent tools in-process", tools),
                        ("MCP over stdio", stdio_times), ("MCP over streamable HTTP", http),
                        ("CLI (a process per query)", cli)]:
        median = statistics.median(times)
        p90 = statistics.quantiles(times, n=10)[-1] if len(times) >= 10 else max(times)
        print(f"{name:<34} {len(times):>5} {median:>10.1f} {p90:>8.1f} {median / base:>13.1f}x "
              f"{median - tool_base:>+14.1f}")
    added = statistics.median(stdio_times) - base
    print(f"the MCP server adds {added:+.1f} ms per call over stdio ({statistics.median(http) - base:+.1f} ms over "
          f"HTTP) to the Python API, of which the protocol alone {statistics.median(stdio_times) - tool_base:+.1f} ms "
          f"(over the agent tools in-process); goal at most 10 ms: {'met' if added <= 10 else 'NOT met'}")

if __name__ == "__main__":
    main()
