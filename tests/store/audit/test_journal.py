"""Specification of the DuckDB audit store's write-ahead journal: an acknowledged event is never lost (a crash, a
hand-over to another process, a failed move into the table), a batch whose append never returned is never stored,
and nothing is chained onto a stored chain that was edited meanwhile."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import duckdb
import pytest

from governance_dagster.cli import main
from governance_dagster.errors import AuditError
from governance_dagster.store import handover
from governance_dagster.store.audit.chain import Draft
from governance_dagster.store.audit.journal import MAX_BATCH, MAX_PENDING, read_rows
from governance_dagster.store.audit.store import TABLE, open_audit_store
from tests.store.audit.governed_readers import read_at_once


@pytest.fixture(autouse=True)
def _held_until_let_go(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process lets go of a file only when asked or wanted, not after a pause of a loaded machine."""
    monkeypatch.setattr(handover, "IDLE_S", 600.0)


def _table_seqs(path: Path) -> list[int]:
    handover.release(str(path))
    with duckdb.connect(str(path)) as con:
        return [seq for (seq,) in con.execute(f"SELECT seq FROM {TABLE} ORDER BY seq").fetchall()]


def _append_and_die(url: str, count: int, receipts) -> None:
    store = open_audit_store(url)
    events = [store.append(Draft("read", "worker", False, {"i": i})) for i in range(count)]
    receipts.send([(e.seq, e.hash) for e in events])  # sent before it returns (a queue's feeder thread would not be)
    os._exit(0)  # no exit handler runs: the journal is never moved into the table


def _write_at_end(journal: Path, data: bytes) -> None:
    """Write ``data`` where the journal's next line would go: after its whole lines, at its first zero byte."""
    with open(journal, "r+b") as file:
        file.seek(file.read().index(b"\0"))
        file.write(data)


def _crashed_store(tmp_path: Path, count: int = 5, left: bytes = b"") -> tuple[str, list[tuple[int, str]]]:
    """A store with one stored event, then ``count`` events a process acknowledged and died holding the file without
    moving them in; ``left`` is written into the journal first, as a crash before that process would leave it."""
    url = f"duckdb:///{tmp_path / 'audit.duckdb'}"
    store = open_audit_store(url)
    store.append(Draft("read", "before", False, {}))
    store.close()
    if left:
        _write_at_end(tmp_path / "audit.duckdb.journal", left)
    context = multiprocessing.get_context("spawn")
    receiving, receipts = context.Pipe(duplex=False)
    worker = context.Process(target=_append_and_die, args=(url, count, receipts))
    worker.start()
    assert receiving.poll(120)
    told = [tuple(pair) for pair in receiving.recv()]
    worker.join(60)
    assert worker.exitcode == 0
    return url, told


def test_when_appends_return_then_their_events_wait_in_the_journal_until_the_file_is_let_go(tmp_path: Path) -> None:
    path = tmp_path / "audit.duckdb"
    store = open_audit_store(f"duckdb:///{path}")
    events = [store.append(Draft("read", "alice", False, {"i": i})) for i in range(3)]
    assert [row[0] for row in read_rows(f"{path}.journal")] == [1, 2, 3]
    store.close()
    assert read_rows(f"{path}.journal") == [] and _table_seqs(path) == [1, 2, 3]
    assert [(e.seq, e.hash) for e in open_audit_store(f"duckdb:///{path}").events()] == [(e.seq, e.hash) for e in events]


def test_when_the_store_is_read_in_the_process_then_it_shows_the_journaled_events(tmp_path: Path) -> None:
    store = open_audit_store(f"duckdb:///{tmp_path / 'audit.duckdb'}")
    for i in range(4):
        store.append(Draft("read", "alice", False, {"i": i}))
    assert store.verify().events == 4 and [e.seq for e in store.tail(2)] == [3, 4]


@pytest.mark.parametrize("batch, journaled", [(MAX_BATCH, True), (MAX_BATCH + 1, False)])
def test_when_a_batch_is_large_then_it_goes_straight_into_the_table(tmp_path: Path, batch: int, journaled: bool) -> None:
    path = tmp_path / "audit.duckdb"
    store = open_audit_store(f"duckdb:///{path}")
    store.append(Draft("read", "alice", False, {}))
    store.append_many([Draft("read", "alice", False, {"i": i}) for i in range(batch)])
    in_journal = [row[0] for row in read_rows(f"{path}.journal")]
    assert in_journal == (list(range(1, batch + 2)) if journaled else [])
    assert store.verify().events == batch + 1


def test_when_the_journal_fills_up_then_its_events_move_into_the_table(tmp_path: Path) -> None:
    path = tmp_path / "audit.duckdb"
    store = open_audit_store(f"duckdb:///{path}")
    for i in range(MAX_PENDING):
        store.append(Draft("read", "alice", False, {"i": i}))
    assert len(read_rows(f"{path}.journal")) == MAX_PENDING
    store.append(Draft("read", "alice", False, {"i": MAX_PENDING}))
    assert read_rows(f"{path}.journal") == [] and _table_seqs(path) == list(range(1, MAX_PENDING + 2))


def test_when_a_process_dies_holding_the_file_then_the_next_opener_stores_every_acknowledged_event(tmp_path) -> None:
    url, told = _crashed_store(tmp_path)
    path = Path(url.removeprefix("duckdb:///"))
    assert [row[0] for row in read_rows(f"{path}.journal")] == [seq for seq, _ in told] == [2, 3, 4, 5, 6]
    store = open_audit_store(url)
    stored = {e.seq: e.hash for e in store.events()}
    assert [(seq, stored.get(seq)) for seq, _ in told] == told
    assert store.verify().ok and store.verify().events == 6 and read_rows(f"{path}.journal") == []


_CUT_LINE = b'[[5,"2026-12-07T00:00:00+00:00","read","worker",false,"","{}","'  # no end: never acknowledged


def test_when_the_crash_cut_a_batch_short_then_that_batch_is_dropped_and_the_rest_is_stored(tmp_path: Path) -> None:
    url, told = _crashed_store(tmp_path, count=3)
    path = Path(url.removeprefix("duckdb:///"))
    _write_at_end(Path(f"{path}.journal"), _CUT_LINE)
    store = open_audit_store(url)
    assert store.verify().ok and [e.seq for e in store.events()] == [1, *(seq for seq, _ in told)]
    assert store.append(Draft("read", "after", False, {})).seq == 5


def test_when_an_earlier_crash_left_only_a_cut_line_then_the_next_writers_lines_are_read_back_whole(tmp_path) -> None:
    url, told = _crashed_store(tmp_path, count=3, left=_CUT_LINE)  # the cut line is zeroed before anything is written
    store = open_audit_store(url)
    stored = {e.seq: e.hash for e in store.events()}
    assert [(seq, stored.get(seq)) for seq, _ in told] == told and store.verify().ok


def test_when_a_crash_interrupted_emptying_the_journal_then_its_leftovers_are_never_read_as_events(tmp_path) -> None:
    path = tmp_path / "audit.duckdb"
    store = open_audit_store(f"duckdb:///{path}")
    for i in range(3):
        store.append(Draft("read", "alice", False, {"i": i}))
    journal = Path(f"{path}.journal")
    stored_lines = journal.read_bytes().split(b"\0", 1)[0]
    store.close()  # moved in, and the journal zeroed
    # as a crash while zeroing could leave it: the first line not zeroed yet, a part of the rest not either
    with open(journal, "r+b") as file:
        file.write(stored_lines)
        file.seek(len(stored_lines) + 10)
        file.write(b"]]\n" * 3000)
    url, told = f"duckdb:///{path}", []
    context = multiprocessing.get_context("spawn")
    receiving, receipts = context.Pipe(duplex=False)
    worker = context.Process(target=_append_and_die, args=(url, 8, receipts))  # lines reaching past the leftovers
    worker.start()
    assert receiving.poll(120)
    told = [tuple(pair) for pair in receiving.recv()]
    worker.join(60)
    assert [seq for seq, _ in told] == list(range(4, 12))
    store = open_audit_store(url)
    assert store.verify().ok and [(e.seq, e.hash) for e in store.events()][3:] == told


def test_when_a_read_only_reader_finds_a_journal_then_it_refuses_naming_the_recover_command(tmp_path, capsys) -> None:
    url, _ = _crashed_store(tmp_path, count=2)
    with pytest.raises(AuditError, match=r"holds 2 events .*governance-dagster audit recover --store"):
        open_audit_store(url, read_only=True).verify()
    assert main(["audit", "recover", "--store", url]) == 0
    assert "2 journaled event(s) found and in the store; the chain's head is event 3" in capsys.readouterr().out
    assert main(["audit", "verify", "--store", url]) == 0
    assert "audit chain intact: 3 events" in capsys.readouterr().out


def test_when_another_process_reads_the_store_then_the_holder_moves_its_journal_in_first(tmp_path: Path) -> None:
    url = f"duckdb:///{tmp_path / 'audit.duckdb'}"
    store = open_audit_store(url)
    for i in range(3):
        store.append(Draft("read", "alice", False, {"i": i}))
    context = multiprocessing.get_context("spawn")  # the file is let go only because the reader wants it
    with context.Pool(1) as pool:
        assert pool.apply(_verify_read_only, (url,)) == (True, 3)


def _verify_read_only(url: str) -> tuple[bool, int]:
    result = open_audit_store(url, read_only=True).verify()
    return result.ok, result.events


def test_when_the_stored_head_is_edited_while_events_wait_then_they_are_kept_and_nothing_more_is_appended(tmp_path) -> None:
    path = tmp_path / "audit.duckdb"
    store = open_audit_store(f"duckdb:///{path}")
    for i in range(3):
        store.append(Draft("read", "alice", False, {"i": i}))
    store.close()
    store.append(Draft("read", "alice", False, {"i": 3}))  # journaled after the stored head, event 3
    with duckdb.connect(str(path)) as con:  # a writer outside the package, in this process
        con.execute(f"UPDATE {TABLE} SET identity = 'mallory' WHERE seq = 3")
    store.close()  # moving event 4 in is refused; it stays in the journal
    assert [row[0] for row in read_rows(f"{path}.journal")] == [4]
    with pytest.raises(AuditError, match="newest stored event 3 does not match its hash.*was not performed"):
        store.append(Draft("read", "alice", False, {"i": 4}))
    assert [row[0] for row in read_rows(f"{path}.journal")] == [4] and _table_seqs(path) == [1, 2, 3]


def test_when_a_journal_belongs_to_another_chain_then_appends_refuse_and_keep_it(tmp_path: Path) -> None:
    other = tmp_path / "other.duckdb"
    writer = open_audit_store(f"duckdb:///{other}")
    writer.append(Draft("read", "alice", False, {}))
    writer.append(Draft("read", "alice", False, {}))
    path = tmp_path / "audit.duckdb"
    store = open_audit_store(f"duckdb:///{path}")
    store.append(Draft("read", "bob", False, {}))
    store.close()
    Path(f"{path}.journal").write_bytes(Path(f"{other}.journal").read_bytes())
    with pytest.raises(AuditError, match="does not continue the stored chain.*it is kept.*was not performed"):
        store.append(Draft("read", "bob", False, {}))
    assert len(read_rows(f"{path}.journal")) == 2 and _table_seqs(path) == [1]


def test_when_the_journal_cannot_be_written_then_the_append_fails_and_stores_nothing(tmp_path: Path) -> None:
    path = tmp_path / "audit.duckdb"
    store = open_audit_store(f"duckdb:///{path}")
    store.append(Draft("read", "alice", False, {}))
    store.close()
    Path(f"{path}.journal").unlink()
    Path(f"{path}.journal").mkdir()  # a directory where the journal should be
    with pytest.raises(AuditError, match="was not performed"):
        store.append(Draft("read", "alice", False, {"i": 1}))
    Path(f"{path}.journal").rmdir()
    assert _table_seqs(path) == [1] and store.append(Draft("read", "alice", False, {})).seq == 2


def _cut_short(url: str, limit_bytes: int, outcome) -> None:
    """Append, then let the kernel refuse the journal's writes past ``limit_bytes`` (RLIMIT_FSIZE) in the middle of
    a batch's line, and die without letting go of the file."""
    import resource
    import signal

    store = open_audit_store(url, signer=None)
    acknowledged = [store.append(Draft("read", "alice", False, {"i": i})).seq for i in range(3)]
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead of killing the process
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, hard))
    try:
        store.append_many([Draft("read", "alice", False, {"i": i, "pad": "x" * 200}) for i in range(3, 8)])
        refused = ""
    except AuditError as exc:
        refused = str(exc)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    outcome.send((acknowledged, refused))
    os._exit(0)


def test_when_the_journal_fails_mid_batch_then_the_batch_is_refused_and_every_acknowledged_event_is_kept(tmp_path) -> None:
    url = f"duckdb:///{tmp_path / 'audit.duckdb'}"
    context = multiprocessing.get_context("spawn")
    receiving, outcome = context.Pipe(duplex=False)
    worker = context.Process(target=_cut_short, args=(url, 1500, outcome))
    worker.start()
    assert receiving.poll(120)
    acknowledged, refused = receiving.recv()
    worker.join(60)
    assert acknowledged == [1, 2, 3] and "were not performed" in refused
    assert read_rows(tmp_path / "audit.duckdb.journal") == []  # what was acknowledged moved in; the cut line went
    store = open_audit_store(url, signer=None)
    assert [e.payload["i"] for e in store.events()] == [0, 1, 2] and store.verify().ok
    assert store.append(Draft("read", "alice", False, {"i": 3})).seq == 4


def test_when_the_journal_cannot_be_written_then_concurrent_governed_reads_release_no_row(
        prod_url: str, policy_path: Path, tmp_path: Path, secret: str) -> None:
    path = tmp_path / "refusing.duckdb"
    store = open_audit_store(f"duckdb:///{path}", signer=None)
    store.recover()  # creates the table
    store.close()
    Path(f"{path}.journal").mkdir()  # a directory where the journal should be
    released, refused = read_at_once(store, prod_url, policy_path, secret)
    assert released == [] and len(refused) == 6 and all("not performed" in message for message in refused)
    Path(f"{path}.journal").rmdir()
    assert [e.kind for e in store.events()] == []
