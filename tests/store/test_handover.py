"""A process keeps its DuckDB connection between statements and hands the file over to another process that wants
it (governance_dagster.store.handover): the other process gets the file, sees what the holder committed (and the
holder sees what it committed), events of several processes form one chain, a killed holder frees the file, and no
statement's session state reaches the next statement."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from governance_dagster.errors import DatabaseError
from governance_dagster.store import handover
from governance_dagster.store.audit.chain import Draft
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import DuckDBDatabase

ROOT = Path(__file__).resolve().parents[2]
#: Bounded waits: a hand-over that never comes fails the test with a message instead of hanging the suite.
WAIT_S = 120


@pytest.fixture
def holds_until_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process lets go of a held file only when another process asks (never because it was idle)."""
    monkeypatch.setattr(handover, "IDLE_S", 3600.0)
    yield
    handover.release()


def _python(code: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)


def _finish(process: subprocess.Popen, what: str) -> str:
    try:
        out, err = process.communicate(timeout=WAIT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail(f"{what} did not finish within {WAIT_S} s: the holder never handed the file over")
    assert process.returncode == 0, f"{what} failed: {err[-2000:]}"
    return out


def test_when_a_process_holds_the_file_idle_then_another_process_gets_it_and_each_sees_the_others_writes(
        tmp_path, holds_until_asked) -> None:
    path = str(tmp_path / "data.duckdb")
    db = DuckDBDatabase(path)
    db.execute("CREATE TABLE t AS SELECT 1 AS x")
    assert handover.hold(path).held  # the connection stays open between statements
    other = _python(
        "from governance_dagster.store.database import DuckDBDatabase\n"
        f"db = DuckDBDatabase({path!r})\n"
        "db.execute('INSERT INTO t VALUES (2)')\n"
        "print(sorted(db.fetch('SELECT x FROM t')['x'].tolist()))\n")
    assert _finish(other, "the second process").strip() == "[1, 2]"  # it saw the holder's committed row
    assert db.fetch("SELECT x FROM t ORDER BY x")["x"].tolist() == [1, 2]  # and the holder sees its row: no stale read


def test_when_two_processes_write_at_once_then_they_take_turns_and_no_write_is_lost(
        tmp_path, holds_until_asked) -> None:
    path = str(tmp_path / "data.duckdb")
    db = DuckDBDatabase(path)
    db.execute("CREATE TABLE t (who VARCHAR, i INTEGER)")
    other = _python(
        "from governance_dagster.store.database import DuckDBDatabase\n"
        f"db = DuckDBDatabase({path!r})\n"
        "for i in range(30):\n"
        "    db.execute(f\"INSERT INTO t VALUES ('other', {i})\")\n")
    for i in range(30):
        db.execute(f"INSERT INTO t VALUES ('holder', {i})")
    _finish(other, "the second process")
    counts = db.fetch("SELECT who, count(*) AS n FROM t GROUP BY who ORDER BY who")
    assert dict(zip(counts["who"], counts["n"])) == {"holder": 30, "other": 30}


def _append(url: str, worker: int, count: int, done) -> None:
    handover.IDLE_S = 3600.0  # let go only when asked
    try:
        store = open_audit_store(url)
        seqs = [store.append(Draft("read", f"worker-{worker}", False, {"i": i})).seq for i in range(count)]
        done.put((worker, seqs, ""))
    except Exception as exc:  # noqa: BLE001 - reported to the test
        done.put((worker, [], f"{type(exc).__name__}: {exc}"))


def test_when_processes_holding_the_audit_file_append_in_turns_then_every_event_is_kept_in_one_valid_chain(
        tmp_path, holds_until_asked) -> None:
    url = f"duckdb:///{tmp_path / 'audit.duckdb'}"
    workers, per_worker = 3, 40
    context = multiprocessing.get_context("spawn")
    done = context.Queue()
    processes = [context.Process(target=_append, args=(url, w, per_worker, done)) for w in range(workers)]
    for p in processes:
        p.start()
    store = open_audit_store(url)
    mine = [store.append(Draft("read", "parent", False, {"i": i})).seq for i in range(per_worker)]
    results = [done.get(timeout=WAIT_S) for _ in processes]
    for p in processes:
        p.join(WAIT_S)
    assert [failure for *_, failure in results if failure] == []
    told = sorted(mine + [seq for _, seqs, _ in results for seq in seqs])
    assert told == list(range(1, (workers + 1) * per_worker + 1))  # every acknowledged number once
    verified = store.verify()
    assert verified.ok and verified.events == (workers + 1) * per_worker
    stored = {e.seq: e.identity for e in store.events()}
    assert all(stored[seq] == "parent" for seq in mine)


def test_when_a_process_is_killed_while_holding_the_file_then_another_gets_it_with_every_committed_event(
        tmp_path) -> None:
    url = f"duckdb:///{tmp_path / 'audit.duckdb'}"
    holder = _python(
        "import sys, time\n"
        "from governance_dagster.store import handover\n"
        "from governance_dagster.store.audit.chain import Draft\n"
        "from governance_dagster.store.audit.store import open_audit_store\n"
        "handover.IDLE_S = 3600.0\n"
        f"store = open_audit_store({url!r})\n"
        "for i in range(5):\n"
        "    store.append(Draft('read', 'holder', False, {'i': i}))\n"
        "print('held', flush=True)\n"
        "time.sleep(3600)\n")
    try:
        line = holder.stdout.readline()  # blocks until the holder appended and holds the file
        assert line.strip() == "held", f"the holder did not start: {holder.stderr.read()[-2000:] if not line else line}"
        holder.send_signal(signal.SIGSTOP)  # it cannot answer a waiter any more: only its death frees the file
        got: list[object] = []
        reader = threading.Thread(target=lambda: got.append(open_audit_store(url).verify()))
        reader.start()
        holder.kill()
        holder.wait(WAIT_S)
        reader.join(WAIT_S)
        assert not reader.is_alive(), f"the file was not free within {WAIT_S} s of killing its holder"
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(WAIT_S)
    assert got and got[0].ok and got[0].events == 5  # every acknowledged event survived (the WAL is replayed)
    store = open_audit_store(url)
    assert store.append(Draft("read", "next", False, {})).seq == 6


@pytest.mark.parametrize(("statement", "later"), [
    ("CREATE TEMP TABLE scratch AS SELECT 1 AS x", "SELECT * FROM scratch"),
    ("CREATE TEMPORARY VIEW scratch AS SELECT 1 AS x", "SELECT * FROM scratch"),
    ("CREATE TEMP MACRO scratch() AS 1", "SELECT scratch()"),
])
def test_when_a_statement_leaves_session_state_then_the_next_statement_does_not_see_it(
        tmp_path, statement: str, later: str) -> None:
    db = DuckDBDatabase(str(tmp_path / "data.duckdb"))
    db.execute(statement)
    with pytest.raises(DatabaseError):
        db.fetch(later)


def test_when_a_statement_sets_a_variable_then_the_next_statement_does_not_see_it(tmp_path) -> None:
    db = DuckDBDatabase(str(tmp_path / "data.duckdb"))
    db.execute("SET VARIABLE granted = 'yes'")
    assert db.fetch("SELECT getvariable('granted') AS v")["v"].isna().all()


def test_when_threads_share_a_held_file_then_each_statement_gets_its_own_rows(tmp_path) -> None:
    db = DuckDBDatabase(str(tmp_path / "data.duckdb"))
    db.execute("CREATE TABLE t AS SELECT range AS x FROM range(100)")
    wrong: list[tuple[int, object]] = []

    def read(n: int) -> None:
        for _ in range(20):
            got = db.fetch(f"SELECT count(*) AS n FROM t WHERE x < {n}")["n"].iloc[0]
            if got != n:
                wrong.append((n, got))

    threads = [threading.Thread(target=read, args=(n,)) for n in (10, 20, 30, 40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(WAIT_S)
    assert wrong == []


def test_when_the_database_is_closed_then_the_file_is_let_go(tmp_path, holds_until_asked) -> None:
    path = str(tmp_path / "data.duckdb")
    db = DuckDBDatabase(path)
    db.execute("CREATE TABLE t AS SELECT 1 AS x")
    assert handover.hold(path).held
    db.close()
    assert not handover.hold(path).held
    assert not Path(f"{path}.wal").exists()  # checkpointed into the file on close
