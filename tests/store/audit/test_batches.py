"""Batched appends on both stores, DuckDB and PostgreSQL: ``append_many`` and the group commit of concurrent
``append`` calls chain like one-by-one appends, and a store that fails mid-batch stores nothing of the batch, raises
for every caller waiting on it and releases no data."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from sqlalchemy import create_engine

from governance_dagster.errors import AuditError
from governance_dagster.store.audit.chain import Draft
from governance_dagster.store.audit.checkpoint import KIND, Signer
from governance_dagster.store.audit.store import TABLE, AuditStore, open_audit_store
from tests.store.audit.governed_readers import read_at_once

POISON = "poison"
#: The audit table as the store creates it, plus a rule the store does not know: the fault a test plants.
AUDIT_TABLE = ("CREATE TABLE {table} (seq BIGINT PRIMARY KEY, ts VARCHAR NOT NULL, kind VARCHAR NOT NULL, "
               "identity VARCHAR NOT NULL, verified BOOLEAN NOT NULL, run_id VARCHAR NOT NULL, payload VARCHAR NOT NULL, "
               "prev_hash VARCHAR NOT NULL, hash VARCHAR NOT NULL{extra})")


class Backend:
    """A fresh audit store URL on one backend, and a way to run SQL on it behind the store's back."""

    def __init__(self, url: str, sql: Callable[[str], None], table: str) -> None:
        self.url, self.sql, self.table = url, sql, table


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request, tmp_path: Path) -> Iterator[Backend]:
    if request.param == "duckdb":
        path = tmp_path / "audit.duckdb"

        def duck(statement: str) -> None:
            with duckdb.connect(str(path)) as con:
                con.execute(statement)
        yield Backend(f"duckdb:///{path}", duck, TABLE)
        return
    base = request.getfixturevalue("postgres_url")
    schema = f"gd_batch_{uuid.uuid4().hex[:10]}"
    engine = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))

    def pg(statement: str) -> None:
        with engine.begin() as con:
            con.exec_driver_sql(statement.replace("%", "%%"))
    pg(f'CREATE SCHEMA "{schema}"')
    yield Backend(f"{base}?options=-csearch_path%3D{schema}", pg, f'"{schema}".{TABLE}')
    pg(f'DROP SCHEMA "{schema}" CASCADE')
    engine.dispose()


def _draft(i: int, who: str = "alice", note: str = "ü ✓") -> Draft:
    return Draft("read", who, False, {"i": i, "note": note}, "run-1")


def _refuse_poison(backend: Backend) -> None:
    """A real fault: the store's table refuses a row whose payload holds the poison word (a CHECK constraint)."""
    backend.sql(AUDIT_TABLE.format(table=backend.table, extra=f", CHECK (payload NOT LIKE '%{POISON}%')"))


def _drop_connection_on_poison(backend: Backend) -> None:
    """A real fault: inserting a poisoned row terminates the server process of the inserting connection."""
    schema = backend.table.split(".")[0]
    backend.sql(AUDIT_TABLE.format(table=backend.table, extra=""))
    backend.sql(f"CREATE FUNCTION {schema}.die_on_poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"IF NEW.payload LIKE '%{POISON}%' THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF; "
                "RETURN NEW; END $$")
    backend.sql(f"CREATE TRIGGER die_on_poison BEFORE INSERT ON {backend.table} FOR EACH ROW "
                f"EXECUTE FUNCTION {schema}.die_on_poison()")


def _stored(store: AuditStore) -> list[tuple[str, int]]:
    return [(e.identity, e.payload.get("i")) for e in store.events()]


# -- append_many ---------------------------------------------------------------------------------------------------

def test_when_drafts_are_appended_in_batches_then_they_chain_after_the_head_and_verify(backend: Backend) -> None:
    store = open_audit_store(backend.url, signer=None)
    first = store.append(_draft(0))
    batch = store.append_many([_draft(i) for i in range(1, 251)])
    last = store.append(_draft(251))
    assert store.append_many([]) == []
    assert [e.seq for e in batch] == list(range(2, 252)) and last.seq == 252
    assert batch[0].prev_hash == first.hash and last.prev_hash == batch[-1].hash
    stored = {e.seq: e for e in store.events()}
    assert [stored[e.seq].hash for e in batch] == [e.hash for e in batch]
    assert [stored[s].payload for s in range(1, 253)] == [{"i": i, "note": "ü ✓"} for i in range(252)]
    result = open_audit_store(backend.url, read_only=True).verify()
    assert result.ok and result.events == 252


BATCHINGS = {
    "one by one": [1] * 23,
    "uneven batches": [1, 7, 3, 12],
    "one batch": [23],
    "batches across two checkpoints": [11, 12],
}


@pytest.mark.parametrize("sizes", list(BATCHINGS.values()), ids=list(BATCHINGS))
def test_when_a_signed_store_appends_in_batches_then_checkpoints_sit_where_one_by_one_appends_put_them(
        tmp_path: Path, sizes: list[int]) -> None:
    signer = Signer.generate()
    reference = open_audit_store(f"duckdb:///{tmp_path / 'one.duckdb'}", signer=signer, checkpoint_every=5)
    for i in range(sum(sizes)):
        reference.append(_draft(i))
    store = open_audit_store(f"duckdb:///{tmp_path / 'batched.duckdb'}", signer=signer, checkpoint_every=5)
    start = 0
    for size in sizes:
        returned = store.append_many([_draft(i) for i in range(start, start + size)])
        assert [e.payload["i"] for e in returned] == list(range(start, start + size))
        start += size
    placed = [(e.kind, e.payload.get("seq")) for e in store.events()]
    assert placed == [(e.kind, e.payload.get("seq")) for e in reference.events()]
    assert placed.count((KIND, 1)) == 1  # the first event is signed at once, as before
    report = store.checkpoint_report({signer.key_id: signer.public_key})
    assert report == reference.checkpoint_report({signer.key_id: signer.public_key})
    assert report.ok and report.head == len(placed) and report.head - report.covered < 5 and store.verify().ok


# -- a store failing mid-batch -------------------------------------------------------------------------------------

FAULTS = [
    pytest.param("duckdb", _refuse_poison, id="duckdb-check-constraint"),
    pytest.param("postgres", _refuse_poison, id="postgres-check-constraint", marks=pytest.mark.postgres),
    pytest.param("postgres", _drop_connection_on_poison, id="postgres-connection-dropped", marks=pytest.mark.postgres),
]


@pytest.mark.parametrize(("backend", "fault"), FAULTS, indirect=["backend"])
def test_when_the_store_fails_mid_batch_then_no_event_of_the_batch_is_stored_and_the_next_batch_chains_on(
        backend: Backend, fault: Callable[[Backend], None]) -> None:
    fault(backend)
    store = open_audit_store(backend.url, signer=None)
    store.append_many([_draft(i) for i in range(3)])
    batch = [_draft(i) for i in range(3, 1203)]
    batch[900] = _draft(903, note=POISON)  # most of the batch precedes it in the same insert
    with pytest.raises(AuditError, match="governed actions were not performed"):
        store.append_many(batch)
    assert _stored(store) == [("alice", i) for i in range(3)]
    after = store.append_many([_draft(i) for i in range(3, 6)])
    assert [e.seq for e in after] == [4, 5, 6]
    result = store.verify()
    assert result.ok and result.events == 6


def _wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 120
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.01)


def test_when_a_batch_of_waiting_appenders_fails_then_every_one_of_them_raises_and_none_is_stored(
        backend: Backend) -> None:
    _refuse_poison(backend)
    # the table refuses the batch: a DuckDB store's journal would take it (test_journal.py holds the journal's faults)
    store = open_audit_store(backend.url, signer=None, journal=False)
    store.append(_draft(0))
    outcomes: dict[str, object] = {}

    def append(who: str, note: str) -> None:
        try:
            outcomes[who] = store.append(_draft(1, who, note))
        except AuditError as exc:
            outcomes[who] = exc

    followers = [threading.Thread(target=append, args=(f"follower-{n}", POISON if n == 3 else "ok"))
                 for n in range(6)]
    leader = threading.Thread(target=append, args=("leader", "ok"))
    with store.transaction(exclusive=True):  # holds the store: the leader's batch waits, the rest queue behind it
        leader.start()
        _wait_until(lambda: store._group.writing, "the leader took its batch")
        for thread in followers:
            thread.start()
        _wait_until(lambda: len(store._group.queued) == len(followers), "every follower queued")
    for thread in [leader, *followers]:
        thread.join(120)
    assert store.get(2) == outcomes["leader"]  # its own batch committed
    failed = {who: str(error) for who, error in outcomes.items() if who != "leader"}
    assert sorted(failed) == sorted(f"follower-{n}" for n in range(6))
    assert all(isinstance(outcomes[who], AuditError) and "was not performed" in message
               for who, message in failed.items())
    assert _stored(store) == [("alice", 0), ("leader", 1)]
    assert store.verify().ok


class _InterruptOnceLeading:
    """The group commit's condition, raising KeyboardInterrupt once as a caller leaves it having just become the
    leader: the moment between taking leadership and writing the batch."""

    def __init__(self, group: Any) -> None:
        self.group, self.inner, self.fired = group, threading.Condition(threading.Lock()), False

    def __enter__(self) -> bool:
        return self.inner.__enter__()

    def __exit__(self, *exc: object) -> None:
        self.inner.__exit__(*exc)
        if self.group.writing and not self.fired:
            self.fired = True
            raise KeyboardInterrupt

    def wait(self) -> None:
        self.inner.wait()

    def notify_all(self) -> None:
        self.inner.notify_all()


def test_when_a_leader_is_interrupted_before_it_writes_then_leadership_is_handed_over_and_nothing_is_stored(
        tmp_path: Path) -> None:
    store = open_audit_store(f"duckdb:///{tmp_path / 'audit.duckdb'}", signer=None)
    store._group.ready = _InterruptOnceLeading(store._group)  # type: ignore[assignment]

    with pytest.raises(KeyboardInterrupt):
        store.append(_draft(0))

    assert store._group.writing is False  # checked first: a later append would otherwise wait forever
    assert store._group.queued == []
    assert store.append(_draft(1)).seq == 1  # the interrupted draft was never stored
    assert _stored(store) == [("alice", 1)]
    assert store.verify().ok


# -- group commit ----------------------------------------------------------------------------------------------------

def test_when_threads_append_at_once_then_every_acknowledged_event_is_stored_once_in_one_valid_chain(
        backend: Backend) -> None:
    threads, per_thread = 20, 40
    store = open_audit_store(backend.url, signer=Signer.generate(), checkpoint_every=25)
    receipts: dict[int, list] = {}
    failures: list[str] = []

    def work(worker: int) -> None:
        try:
            receipts[worker] = [(e.seq, e.hash, i) for i in range(per_thread)
                                for e in [store.append(_draft(i, f"worker-{worker}"))]]
        except Exception as exc:  # noqa: BLE001 - asserted below
            failures.append(f"{type(exc).__name__}: {exc}")

    workers = [threading.Thread(target=work, args=(w,)) for w in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(600)
    assert failures == []
    stored = {e.seq: e for e in store.events()}
    told = [(seq, digest, f"worker-{w}", i) for w, rows in receipts.items() for seq, digest, i in rows]
    assert len({seq for seq, *_ in told}) == len(told) == threads * per_thread
    assert [t for t in told if (stored[t[0]].hash, stored[t[0]].identity, stored[t[0]].payload["i"]) != t[1:]] == []
    assert len([e for e in stored.values() if e.kind != KIND]) == threads * per_thread
    seqs = sorted(stored)
    assert seqs == list(range(1, len(seqs) + 1)) and store.verify().ok
    signed = [s for s, e in stored.items() if e.kind == KIND]
    # where one-by-one appends put them, however the appends were batched: after event 1, then after every 25th
    assert signed == list(range(2, seqs[-1] + 1, 26))


# -- the governed read -------------------------------------------------------------------------------------------

def test_when_concurrent_governed_reads_cannot_store_their_events_then_none_releases_a_row(
        prod_url: str, policy_path: Path, tmp_path: Path, secret: str) -> None:
    path = tmp_path / "refusing.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute(AUDIT_TABLE.format(table=TABLE, extra=", CHECK (kind <> 'read')"))
    # the table refuses the events: a journal would take them (test_journal.py holds the journal's faults)
    store = open_audit_store(f"duckdb:///{path}", signer=None, journal=False)
    released, refused = read_at_once(store, prod_url, policy_path, secret)
    assert released == []
    assert len(refused) == 6 and all("was not performed" in message for message in refused)
    assert {e.kind for e in store.events()} == {"classification"}  # the table's classifications, stored before
