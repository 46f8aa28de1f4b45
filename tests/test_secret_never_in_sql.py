"""Specification: the hashing secret never appears in statement text sent to a database, nor in what a database
records of its statements (DuckDB's profile, PostgreSQL's ``pg_stat_activity`` and statement log); digests still
equal the keyed SHA-256 of the value followed by the secret; a statement naming a key the process does not hold is
refused, never run with NULL digests; and no user statement reaches the key relation."""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest

from governance_dagster.errors import ConfigurationError, StatementBlocked
from governance_dagster.governed.approvals import Approvals
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.leakage.identifiers import identifier_replay
from governance_dagster.policy.loader import load_policy
from governance_dagster.sql.dialect import keyed_digest_sql
from governance_dagster.sql.keys import KEY_RELATION, key_id
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import DuckDBDatabase, duckdb_keys, open_database
from tests.conftest import CANARIES, customers_frame

#: The planted secret: any trace of it in a statement, profile, activity row or log line fails these tests.
CANARY_SECRET = "canary-key-Zq8v1T0pX3rW5yB7kM2n"
POLICY = """
version: 1
columns:
  - {table: "*.customers", column: email, kind: email, operator: hash}
  - {table: "*.customers", column: full_name, kind: person_name, operator: surrogate}
  - {table: "*.customers", column: support_notes, kind: free_text}
  - {table: "*.customers", column: income, kind: none}
approvals:
  allow_unverified: true
"""


def _synthetic(n: int = 30) -> pd.DataFrame:
    frame = pd.DataFrame({"full_name": [f"Fake{i} Person{i}" for i in range(n)],
                          "email": [f"fake{i}@example.net" for i in range(n)]})
    frame.loc[3, "email"] = CANARIES["email"]  # a replayed identifier, so the check has a digest to match
    return frame


def _governed(database: Any, tmp_path: Path) -> GovernedConnection:
    (tmp_path / "policy.yaml").write_text(POLICY)
    audit = f"duckdb:///{tmp_path / 'audit.duckdb'}"
    return GovernedConnection(database=database, policy=load_policy(tmp_path / "policy.yaml"),
                              audit=open_audit_store(audit), identity=Identity("alice", "test"),
                              secret=CANARY_SECRET, approvals=Approvals(audit))


def _keyed_reads(connection: GovernedConnection, real: str, synthetic: str) -> pd.DataFrame:
    """A hashed and surrogate read, an identifier-replay check (in one database it compares values there), and the
    keyed digests a check across databases releases."""
    frame = connection.query(f"SELECT customer_id, email, full_name FROM {real} ORDER BY customer_id").frame
    connection.write_table(synthetic, _synthetic())
    report = identifier_replay(connection, real, connection, synthetic)
    assert not report.passed  # the planted e-mail was found
    digests = connection.digests(synthetic, {"email": "text", "full_name": "text"}, reason="a check across databases")
    assert all(len(d) for d in digests.values())
    return frame


def _expected_digest(value: str) -> str:
    return hashlib.sha256((value + CANARY_SECRET).encode()).hexdigest()


@dataclass
class ProfiledDuckDB(DuckDBDatabase):
    """The package's DuckDB database with JSON profiling on every connection it opens; keeps each statement's text
    and the profile DuckDB wrote of it."""

    profile_path: str = ""
    statements: list[str] = field(default_factory=list)
    profiles: list[str] = field(default_factory=list)

    @contextmanager
    def connect(self) -> Iterator[Any]:
        with super().connect() as con:
            con.execute("PRAGMA enable_profiling = 'json'")
            con.execute(f"PRAGMA profiling_output = '{self.profile_path}'")
            yield con

    def fetch(self, sql: str) -> pd.DataFrame:
        frame = super().fetch(sql)
        self.statements.append(sql)
        self.profiles.append(Path(self.profile_path).read_text())
        return frame


def test_when_governed_reads_hash_on_duckdb_with_profiling_then_no_statement_or_profile_holds_the_secret(tmp_path) -> None:
    path = tmp_path / "prod.duckdb"
    with duckdb.connect(str(path)) as con:
        con.register("frame", customers_frame())
        con.execute("CREATE TABLE customers AS SELECT * FROM frame")
    database = ProfiledDuckDB(str(path), profile_path=str(tmp_path / "profile.json"))
    frame = _keyed_reads(_governed(database, tmp_path), "main.customers", "synthetic.customers")

    assert frame.loc[0, "email"] == _expected_digest(CANARIES["email"])
    keyed = [i for i, sql in enumerate(database.statements) if KEY_RELATION in sql]
    assert len(keyed) >= 2  # the masked read and the check's digests were profiled
    assert all("SUBQUERY" in database.profiles[i] or key_id(CANARY_SECRET) in database.profiles[i] for i in keyed)
    assert not [s for s in database.statements + database.profiles if CANARY_SECRET in s]
    assert CANARY_SECRET.encode() not in path.read_bytes()  # nor written into the file


def test_when_keys_are_held_by_one_duckdb_connection_then_another_connection_of_the_file_does_not_see_them(tmp_path) -> None:
    path = str(tmp_path / "keys.duckdb")
    sql = "SELECT " + keyed_digest_sql("'a'", "duckdb", CANARY_SECRET) + " AS d"
    with duckdb.connect(path) as holder, duckdb.connect(path) as other:
        duckdb_keys(holder, sql)
        assert holder.execute(sql).fetchall() == [(_expected_digest("a"),)]
        with pytest.raises(duckdb.CatalogException):
            other.execute(sql)
        assert other.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = ?", [KEY_RELATION]).fetchone()[0] == 0
    with duckdb.connect(path) as reopened, pytest.raises(duckdb.CatalogException):  # gone with the connection
        reopened.execute(sql)
    assert CANARY_SECRET.encode() not in Path(path).read_bytes()


@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "spark"])
def test_when_a_statement_names_a_key_the_process_does_not_hold_then_it_is_refused_with_the_fix(dialect) -> None:
    sql = keyed_digest_sql("v", dialect, CANARY_SECRET).replace(key_id(CANARY_SECRET), "0123456789abcdef")
    database = open_database("duckdb:///:memory:")
    with pytest.raises(ConfigurationError, match="does not hold; build keyed digests with keyed_digest_sql"):
        database.fetch(f"SELECT {sql} AS d FROM (SELECT 'a' AS v) AS t")


def test_when_a_statement_reads_the_key_relation_without_a_key_then_it_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"\(none named\)"):
        open_database("duckdb:///:memory:").fetch(f"SELECT key_secret FROM temp.{KEY_RELATION}")


@pytest.mark.parametrize(
    "sql",
    [f"SELECT * FROM {KEY_RELATION}", f"SELECT * FROM temp.{KEY_RELATION}", 'SELECT * FROM "GOVERNANCE_KEYS"',
     f"SELECT email FROM customers WHERE email = '{KEY_RELATION}'",
     f"SELECT c.email FROM customers AS c JOIN {KEY_RELATION} AS k ON true"],
    ids=["plain", "qualified", "quoted-upper-case", "in-a-string", "joined"],
)
def test_when_a_user_statement_names_the_key_relation_then_it_is_blocked(connection, sql) -> None:
    connection.query("SELECT email FROM customers WHERE customer_id = 1")  # keys were held for this read
    with pytest.raises(StatementBlocked) as refused:
        connection.query(sql)
    assert refused.value.rule == "reserved-name"


# --- PostgreSQL: a private server that logs every statement with its parameters ------------------------------------


def _postgres_binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LoggingServer:
    url: str
    log: Path


@pytest.fixture(scope="module")
def logging_postgres() -> Iterator[LoggingServer]:
    """A throwaway PostgreSQL server on a free loopback port, logging every statement and its bind parameters."""
    binaries = _postgres_binaries()
    if binaries is None:
        message = "no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb); install postgresql to run this test"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI forces the PostgreSQL tier on. {message}")
        pytest.skip(message)
    root = Path(tempfile.mkdtemp(prefix="gd-pglog-"))
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    data, log, port = root / "data", root / "server.log", _free_port()
    run = lambda *args: subprocess.run([*as_postgres, *map(str, args)], check=True, capture_output=True, timeout=60)
    run(binaries / "initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--locale=C")
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={root} -c fsync=off "
               "-c log_statement=all -c log_min_duration_statement=0 -c log_parameter_max_length=-1 "
               "-c log_parameter_max_length_on_error=-1 -c track_activity_query_size=1048576")  # whole statements
    run(binaries / "pg_ctl", "-D", data, "-l", log, "-o", options, "-w", "start")
    try:
        yield LoggingServer(f"postgresql://postgres@127.0.0.1:{port}/postgres", log)
    finally:
        run(binaries / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


def _activity_while(url: str, action: Any) -> list[str]:
    """Texts of other sessions' active statements in ``pg_stat_activity``, sampled while ``action`` runs, until one
    of them reads the key relation (the digest statement was caught running) or ``action`` ends."""
    import psycopg

    errors: list[BaseException] = []

    def target() -> None:
        try:
            action()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    seen: list[str] = []
    worker = threading.Thread(target=target)
    with psycopg.connect(url, autocommit=True) as watcher:
        worker.start()
        while worker.is_alive() and not any(KEY_RELATION in s for s in seen):
            rows = watcher.execute("SELECT query FROM pg_stat_activity WHERE state = 'active' AND "
                                   "pid <> pg_backend_pid()").fetchall()
            seen += [r[0] for r in rows]
            time.sleep(0.01)
    worker.join()
    if errors:
        raise errors[0]
    return seen


def test_when_governed_reads_hash_on_postgres_then_neither_activity_nor_the_statement_log_holds_the_secret(
        logging_postgres, tmp_path) -> None:
    database = open_database(logging_postgres.url)
    schema = f"gd_keys_{uuid.uuid4().hex[:8]}"
    database.write_frame(schema, "customers", customers_frame())
    connection = _governed(database, tmp_path)
    frame = _keyed_reads(connection, f"{schema}.customers", f"{schema}_synthetic.customers")
    slow = f"SELECT email, pg_sleep(0.3) AS pause FROM {schema}.customers WHERE customer_id = 1"
    seen = _activity_while(logging_postgres.url, lambda: connection.query(slow))

    assert frame.loc[0, "email"] == _expected_digest(CANARIES["email"])
    assert any(KEY_RELATION in s and key_id(CANARY_SECRET) in s for s in seen)  # the digest statement was caught
    assert not [s for s in seen if CANARY_SECRET in s]
    log = logging_postgres.log.read_text(errors="replace")
    assert "COPY pg_temp.governance_keys" in log and "pg_sleep(0.3)" in log.lower()  # the log holds every statement
    assert CANARY_SECRET not in log
    assert not [s for t in database.schema() for s in [t] if s.startswith("pg_temp")]  # the key table is not a user table
