"""Specification of the DuckDB audit store: append-only, chained, and refusing loudly when it cannot write."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import duckdb
import pytest

from governance_dagster.errors import AuditError, ConfigurationError
from governance_dagster.store.audit.chain import Draft
from governance_dagster.store.audit.store import TABLE, open_audit_store


def test_when_events_are_appended_then_they_chain_in_order(tmp_path: Path) -> None:
    store = open_audit_store(f"duckdb:///{tmp_path / 'a.duckdb'}")
    events = [store.append(Draft("read", "alice", False, {"i": i})) for i in range(3)]
    assert [e.seq for e in events] == [1, 2, 3]
    assert events[1].prev_hash == events[0].hash
    assert store.verify().ok and [e.seq for e in store.tail(2)] == [2, 3]


def test_when_a_stored_event_is_edited_then_verify_names_it(tmp_path: Path) -> None:
    path = tmp_path / "a.duckdb"
    store = open_audit_store(f"duckdb:///{path}")
    for i in range(4):
        store.append(Draft("read", "alice", False, {"i": i}))
    store.close()  # the events move from the journal into the table; then another program edits the file
    with duckdb.connect(str(path)) as con:
        con.execute(f"UPDATE {TABLE} SET payload = '{{\"i\": 7}}' WHERE seq = 3")
    result = store.verify()
    assert not result.ok and result.first_bad == 3


def test_when_the_store_cannot_be_written_then_append_raises_audit_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where a directory should be")
    store = open_audit_store(f"duckdb:///{blocker / 'audit.duckdb'}")
    with pytest.raises(AuditError, match="was not performed"):
        store.append(Draft("read", "alice", False, {}))


@pytest.mark.parametrize("url", ["duckdb:///:memory:", "sqlite:///x.db", "not a url"])
def test_when_the_audit_url_is_unusable_then_the_error_says_what_to_use(url: str) -> None:
    with pytest.raises(ConfigurationError, match="duckdb:///"):
        open_audit_store(url)


def _append_many(url: str, worker: int, count: int) -> None:
    store = open_audit_store(url)
    for i in range(count):
        store.append(Draft("read", f"worker-{worker}", False, {"i": i}))


def test_when_processes_append_at_once_then_one_unbroken_chain_holds_every_event(tmp_path: Path) -> None:
    url = f"duckdb:///{tmp_path / 'shared.duckdb'}"
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_append_many, args=(url, w, 15)) for w in range(4)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(120)
    assert all(p.exitcode == 0 for p in workers)
    store = open_audit_store(url)
    result = store.verify()
    assert result.ok and result.events == 60
    per_worker = {}
    for event in store.events():
        per_worker.setdefault(event.identity, []).append(event.payload["i"])
    assert all(sorted(v) == list(range(15)) for v in per_worker.values()) and len(per_worker) == 4


def test_when_a_governed_write_spells_a_value_as_an_escape_string_then_no_audit_event_holds_it(connection) -> None:  # noqa: ANN001
    from tests.conftest import CANARIES

    connection.database.execute("CREATE SCHEMA IF NOT EXISTS scratch")
    connection.database.execute("CREATE TABLE scratch.notes (id INTEGER, who VARCHAR)")
    connection.execute(f"INSERT INTO scratch.notes VALUES (1, E'{CANARIES['full_name']}')")
    # the condition holds the value without comparing the (now classified, masked) name column
    connection.execute(f"DELETE FROM scratch.notes WHERE id < length($${CANARIES['full_name']}$$)")
    connection.audit.close()  # the events move from the journal into the table
    with duckdb.connect(connection.audit.url.split(":///", 1)[1]) as con:
        payloads = " ".join(p for (p,) in con.execute(f"SELECT payload FROM {TABLE}").fetchall())
    assert "INSERT INTO" in payloads and "DELETE FROM" in payloads
    assert CANARIES["full_name"] not in payloads


@pytest.mark.parametrize("column, value", [("identity", "mallory"), ("payload", '{"i":7}'), ("hash", "0" * 64)])
def test_when_the_newest_event_does_not_match_its_hash_then_append_refuses_naming_it(tmp_path, column, value) -> None:
    path = tmp_path / "a.duckdb"
    store = open_audit_store(f"duckdb:///{path}")
    for i in range(3):
        store.append(Draft("read", "alice", False, {"i": i}))
    store.close()  # the events move from the journal into the table; then another program edits the file
    with duckdb.connect(str(path)) as con:
        con.execute(f"UPDATE {TABLE} SET {column} = ? WHERE seq = 3", [value])
    with pytest.raises(AuditError, match="newest stored event 3 does not match its hash.*was not performed"):
        store.append(Draft("read", "alice", False, {"i": 3}))
    assert [e.seq for e in store.events()] == [1, 2, 3]
