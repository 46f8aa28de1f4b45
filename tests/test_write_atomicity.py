"""Specification of governed writes under failure: a connection dropped in the middle of a write, or the process
killed (SIGKILL) during a materialization, leaves the previous table version intact and readable, no staging table
visible, and an audit chain that `governance-dagster audit verify` accepts.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

from governance_dagster.cli import main as cli_main
from governance_dagster.errors import DatabaseError
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.models import Policy
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import open_database
from tests.faults import environment, pg_engine, postgres_schema

ROOT = Path(__file__).resolve().parents[1]
V1 = pd.DataFrame({"id": [1, 2], "amount": [0.5, 1.5], "label": ["version one", "version one"]})
TABLE = "synthetic_events"


def _connection(url: str, audit_url: str, secret: str) -> GovernedConnection:
    return GovernedConnection(database=open_database(url), policy=Policy(), audit=open_audit_store(audit_url),
                              identity=Identity("alice", "test"), secret=secret)


def _large(n: int) -> pd.DataFrame:
    return pd.DataFrame({"id": np.arange(n), "amount": np.random.default_rng(1).random(n),
                         "label": np.where(np.arange(n) % 2 == 0, "version two", "version two, odd")})


def _audit_verify(audit_url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """``governance-dagster audit verify --store URL``: its exit status and output."""
    status = cli_main(["audit", "verify", "--store", audit_url])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


_ENGINES: dict[str, object] = {}


def _engine(postgres_url: str):
    if postgres_url not in _ENGINES:
        _ENGINES[postgres_url] = pg_engine(postgres_url)
    return _ENGINES[postgres_url]


def _pg_copy_backends(postgres_url: str, schema: str) -> list[int]:
    """Backends running the COPY into a staging table of ``schema``: a write in the middle of moving rows."""
    with _engine(postgres_url).connect() as con:
        rows = con.exec_driver_sql(
            "SELECT pid FROM pg_stat_activity WHERE state = 'active' AND query LIKE %(q)s AND pid <> pg_backend_pid()",
            {"q": f'COPY "{schema}"."__governed_staging_%'}).fetchall()
    return [r[0] for r in rows]


def _pg_tables(postgres_url: str, schema: str) -> list[str]:
    with _engine(postgres_url).connect() as con:
        return sorted(r[0] for r in con.exec_driver_sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %(s)s", {"s": schema}).fetchall())


@pytest.mark.postgres
def test_when_the_postgres_connection_drops_mid_write_then_the_previous_version_stays(
        postgres_url, tmp_path, secret) -> None:
    audit_url = f"duckdb:///{tmp_path / 'audit.duckdb'}"
    with postgres_schema(postgres_url, "atomic") as schema:
        connection = _connection(postgres_url, audit_url, secret)
        connection.write_table(f"{schema}.{TABLE}", V1)
        outcome: list[BaseException | None] = []

        def write_version_two() -> None:
            try:
                _connection(postgres_url, audit_url, secret).write_table(f"{schema}.{TABLE}", _large(400_000))
                outcome.append(None)
            except BaseException as exc:  # noqa: BLE001 - handed to the test thread
                outcome.append(exc)

        writer = threading.Thread(target=write_version_two)
        writer.start()
        terminated = False
        deadline = time.monotonic() + 60
        while writer.is_alive() and time.monotonic() < deadline and not terminated:
            for pid in _pg_copy_backends(postgres_url, schema):
                with _engine(postgres_url).connect() as con:
                    terminated = bool(con.exec_driver_sql(f"SELECT pg_terminate_backend({pid})").scalar())
            time.sleep(0.005)
        writer.join(timeout=60)
        assert terminated, "the write finished before its connection could be dropped; give it more rows"
        assert isinstance(outcome[0], DatabaseError) and "writing" in str(outcome[0])
        assert "terminat" in str(outcome[0]) or "connection" in str(outcome[0]).lower()
        assert _pg_tables(postgres_url, schema) == [TABLE]
        assert _pg_frame(postgres_url, schema).equals(V1)
        assert open_audit_store(audit_url).verify().ok


def _pg_frame(postgres_url: str, schema: str) -> pd.DataFrame:
    """The stored table, read raw: the point is what any reader now sees."""
    return open_database(postgres_url).fetch(f'SELECT * FROM "{schema}"."{TABLE}" ORDER BY id')


def _start_writer(warehouse_url: str, audit_url: str, policy: Path, schema: str, rows: int,
                  secret: str) -> subprocess.Popen:
    env = {**environment(ROOT), "GOVERNANCE_SECRET": secret}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.writer_process", warehouse_url, audit_url, str(policy), schema,
         str(rows)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    line = process.stdout.readline()
    assert line.strip() == "WRITING", f"the writer did not start: {line!r}"
    return process


def _kill_when(process: subprocess.Popen, mid_write, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        if mid_write():
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
            return True
        time.sleep(0.005)
    return False


def test_when_the_process_is_killed_while_materializing_to_duckdb_then_no_partial_table_is_visible(
        tmp_path, secret, capsys) -> None:
    warehouse = tmp_path / "warehouse.duckdb"
    audit_url = f"duckdb:///{tmp_path / 'audit.duckdb'}"
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: 1\n")
    _connection(f"duckdb:///{warehouse}", audit_url, secret).write_table(f"synthetic.{TABLE}", V1)
    baseline = warehouse.stat().st_size
    wal = Path(f"{warehouse}.wal")
    writer = _start_writer(f"duckdb:///{warehouse}", audit_url, policy, "synthetic", 2_000_000, secret)
    # DuckDB writes the rows of a large uncommitted table into the file; the WAL appears only to commit
    killed = _kill_when(writer, lambda: warehouse.stat().st_size > baseline + 2_000_000 and not wal.exists())
    assert killed and writer.returncode == -signal.SIGKILL, "the write finished before it could be killed"
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("SELECT schema_name, table_name FROM duckdb_tables()").fetchall() == [("synthetic", TABLE)]
        assert con.execute(f"SELECT * FROM synthetic.{TABLE} ORDER BY id").df().equals(V1)
    finally:
        con.close()
    status, output = _audit_verify(audit_url, capsys)
    assert status == 0 and "audit chain intact" in output, output


@pytest.mark.postgres
def test_when_the_process_is_killed_while_materializing_to_postgres_then_no_partial_table_is_visible(
        postgres_url, tmp_path, secret, capsys) -> None:
    audit_url = f"duckdb:///{tmp_path / 'audit.duckdb'}"
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: 1\n")
    with postgres_schema(postgres_url, "killed") as schema:
        _connection(postgres_url, audit_url, secret).write_table(f"{schema}.{TABLE}", V1)
        writer = _start_writer(postgres_url, audit_url, policy, schema, 400_000, secret)
        killed = _kill_when(writer, lambda: bool(_pg_copy_backends(postgres_url, schema)))
        assert killed and writer.returncode == -signal.SIGKILL, "the write finished before it could be killed"
        deadline = time.monotonic() + 30  # the server notices the dead client and rolls its transaction back
        while _pg_copy_backends(postgres_url, schema) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _pg_tables(postgres_url, schema) == [TABLE]
        assert _pg_frame(postgres_url, schema).equals(V1)
    status, output = _audit_verify(audit_url, capsys)
    assert status == 0 and "audit chain intact" in output, output
