"""Specification of the reading commands (`audit verify`, `tail`, `show`, `export`): they open the store read-only,
never create it, and refuse a missing store, a missing table, an unreadable event or a bad argument with a one-line
error and exit status 2, never a traceback."""

from __future__ import annotations

import subprocess
import sys
import uuid

import duckdb
import pytest
from sqlalchemy import create_engine

from governance_dagster.store.audit.chain import Draft
from governance_dagster.store.audit.store import TABLE, open_audit_store

READERS = {
    "verify": ["audit", "verify", "--store"],
    "tail": ["audit", "tail", "--store"],
    "show": ["audit", "show", "1", "--store"],
    "export": ["audit", "export", "--store"],
}


def _cli(*args: str | bytes) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", "import sys; from governance_dagster.cli import main; sys.exit(main())", *args]
    return subprocess.run(command, capture_output=True, timeout=120, check=False)


def _one_line_error(result: subprocess.CompletedProcess) -> str:
    err = result.stderr.decode(errors="replace")
    assert result.returncode == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert err.startswith("error: "), err
    return err


@pytest.mark.parametrize("command", sorted(READERS))
def test_when_the_duckdb_store_does_not_exist_then_the_reader_exits_2_and_creates_nothing(tmp_path, command) -> None:
    missing = tmp_path / "nonexistent.duckdb"
    err = _one_line_error(_cli(*READERS[command], f"duckdb:///{missing}"))
    assert "does not exist" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", sorted(READERS))
def test_when_the_audit_table_was_dropped_then_the_reader_exits_2_naming_it(tmp_path, command) -> None:
    path = tmp_path / "audit.duckdb"
    open_audit_store(f"duckdb:///{path}").append(Draft("read", "alice", False, {}))
    with duckdb.connect(str(path)) as con:
        con.execute(f"DROP TABLE {TABLE}")
    err = _one_line_error(_cli(*READERS[command], f"duckdb:///{path}"))
    assert f"no audit table {TABLE}" in err


@pytest.mark.postgres
@pytest.mark.parametrize("command", sorted(READERS))
def test_when_the_postgres_store_has_no_audit_table_then_the_reader_exits_2_and_creates_none(postgres_url, command) -> None:
    schema = f"gd_audit_{uuid.uuid4().hex[:10]}"
    engine = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as con:
        con.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        err = _one_line_error(_cli(*READERS[command], f"{postgres_url}?options=-csearch_path%3D{schema}"))
        assert f"no audit table {TABLE}" in err
        with engine.connect() as con:
            tables = con.exec_driver_sql("SELECT count(*) FROM information_schema.tables WHERE table_schema = %s",
                                         (schema,)).scalar()
        assert tables == 0
    finally:
        with engine.begin() as con:
            con.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        engine.dispose()


@pytest.mark.parametrize("command", ["tail", "show", "export"])
def test_when_a_stored_payload_is_not_json_then_the_reader_exits_2_naming_the_event(tmp_path, command) -> None:
    path = tmp_path / "audit.duckdb"
    store = open_audit_store(f"duckdb:///{path}")
    for i in range(3):
        store.append(Draft("read", "alice", False, {"i": i}))
    store.close()  # every event in the table, the file let go: another program may open it
    with duckdb.connect(str(path)) as con:
        con.execute(f"UPDATE {TABLE} SET payload = '{{not json' WHERE seq = 1")
    err = _one_line_error(_cli(*READERS[command], f"duckdb:///{path}"))
    assert "event 1" in err and "not valid JSON" in err


def test_when_tail_is_given_a_negative_count_then_it_exits_2_before_reading(tmp_path) -> None:
    path = tmp_path / "audit.duckdb"
    open_audit_store(f"duckdb:///{path}").append(Draft("read", "alice", False, {}))
    err = _one_line_error(_cli("audit", "tail", "--store", f"duckdb:///{path}", "-n", "-3"))
    assert "-3" in err


@pytest.mark.parametrize("exists", [False, True])
def test_when_the_store_path_is_not_utf8_then_show_exits_2(tmp_path, exists) -> None:
    name = tmp_path / "caf\udce9.duckdb"  # a Latin-1 file name, as the OS hands it to Python
    if exists:
        open(bytes(name), "wb").close()
    err = _one_line_error(_cli("audit", "show", "1", "--store", b"duckdb:///" + bytes(name)))
    assert "not valid UTF-8" in err
