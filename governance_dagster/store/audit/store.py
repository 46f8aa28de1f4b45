"""Append-only audit stores: a DuckDB file (the embedded default) or a PostgreSQL database (shared deployments).

Appends are serialized across threads and processes (an OS lock on ``<file>.lock`` held while the process holds
its DuckDB connection to the file, :mod:`governance_dagster.store.handover`; a PostgreSQL transaction-level
advisory lock), so many runs writing at once leave one
unbroken chain with no lost or duplicated event. A failed append raises :class:`AuditError`; callers then do not
perform the action the event describes.

Appends are written in batches: :meth:`AuditStore.append_many` stores many events in one transaction (one head
read, the chain computed here, one bulk insert), and concurrent :meth:`AuditStore.append` calls of one store object
share a transaction (group commit). Either way a batch is stored whole or not at all, and no caller returns before
the transaction holding its event committed.

Example:
    >>> import tempfile, os
    >>> store = open_audit_store("duckdb:///" + os.path.join(tempfile.mkdtemp(), "audit.duckdb"))
    >>> store.append(Draft("read", "alice", False, {"rows": 1})).seq
    1
    >>> store.verify().ok
    True
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from governance_dagster.errors import AuditError, ConfigurationError, DatabaseError
from governance_dagster.extras import require
from governance_dagster.store import handover
from governance_dagster.store.audit import checkpoint as checkpoints
from governance_dagster.store.audit import journal as journals
from governance_dagster.store.audit.chain import (
    GENESIS,
    Draft,
    Event,
    Verification,
    canonical_text,
    payload_text,
    verify_rows,
)
from governance_dagster.store.database import DuckDBDatabase, parse_url, postgres_engine, scrub, shown_url

TABLE = "governance_audit_events"
COLUMNS = ("seq", "ts", "kind", "identity", "verified", "run_id", "payload", "prev_hash", "hash")
_BATCH = 50_000
#: PostgreSQL: batches up to this many rows are inserted in the pipeline with COMMIT; larger ones with COPY.
_PIPELINED_ROWS = 200
_INSERT = f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}) VALUES ({', '.join(['%s'] * len(COLUMNS))})"

#: Runs one statement with ``?`` placeholders inside the current transaction and returns its rows.
Run = Callable[[str, list[Any]], list[tuple]]


@dataclass(frozen=True)
class Transaction:
    """What :meth:`AuditStore.transaction` gives its block: ``run(sql, params)`` and a bulk insert of audit rows."""

    execute: Run
    #: Inserts rows of :data:`COLUMNS` into the audit table in one statement (DuckDB: from a frame; PostgreSQL: COPY).
    insert_rows: Callable[[list[tuple]], None]

    def __call__(self, sql: str, params: list[Any]) -> list[tuple]:
        return self.execute(sql, params)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _row_to_event(row: tuple) -> Event:
    seq, ts, kind, identity, verified, run_id, payload, prev_hash, digest = row
    try:
        value = json.loads(payload)
    except (TypeError, ValueError):
        raise AuditError(f"event {seq}: its stored payload is not valid JSON (the store was edited); run "
                         "'governance-dagster audit verify' to check the chain, restore the store from a backup") from None
    return Event(int(seq), str(ts), kind, identity, bool(verified), run_id, value, prev_hash, digest)


@dataclass(frozen=True)
class Sealed:
    """A batch chained after the stored head: the rows to insert (checkpoints included, in order) and the events
    of the drafts, one per draft."""

    rows: list[tuple]
    events: list[Event]


def seal_batch(texts: Sequence[tuple[Draft, str]], head: Event | None, last_checkpoint: int | None,
               signer: checkpoints.Signer | None, every: int, now: Callable[[], str] = _now) -> Sealed:
    """Chain drafts (each with its canonical payload text) after ``head``, placing a signed checkpoint after every
    event that is not preceded by one within ``every`` events, exactly where one-by-one appends would.

    ``last_checkpoint`` is the newest stored checkpoint's sequence number among the last ``every`` events (None:
    none there). A checkpoint follows event ``s`` when no checkpoint is among events ``s - every + 1 .. s``. Every
    event of the batch carries the same time, when the batch was sealed (they are committed together).

    Example:
        >>> sealed = seal_batch([(Draft("read", "ann", False), "{}")] * 3, None, None, None, 1000, lambda: "t")
        >>> [e.seq for e in sealed.events], sealed.events[1].prev_hash == sealed.events[0].hash
        ([1, 2, 3], True)
    """
    seq, prev = (head.seq, head.hash) if head is not None else (0, GENESIS)
    ts = now()
    rows: list[tuple] = []
    events: list[Event] = []

    def add(kind: str, identity: str, verified: bool, run_id: str, text: str) -> Event:
        nonlocal seq, prev
        seq += 1
        digest = hashlib.sha256(canonical_text(seq, ts, kind, identity, verified, run_id, text, prev)).hexdigest()
        rows.append((seq, ts, kind, identity, verified, run_id, text, prev, digest))
        event = Event(seq, ts, kind, identity, verified, run_id, json.loads(text), prev, digest)
        prev = digest
        return event

    for draft, text in texts:
        event = add(draft.kind, draft.identity, draft.verified, draft.run_id, text)
        events.append(event)
        if signer is not None and (last_checkpoint is None or last_checkpoint <= event.seq - max(1, every)):
            signed = payload_text(signer.sign(event.seq, event.hash, ts))
            last_checkpoint = add(checkpoints.KIND, "governance-dagster", False, event.run_id, signed).seq
    return Sealed(rows, events)


def _failed(error: BaseException, many: bool) -> AuditError:
    what = "audit events could not be written" if many else "audit event could not be written"
    actions = "the governed actions were not performed" if many else "the governed action was not performed"
    return AuditError(f"{what}: {error}; {actions}")


class _Waiting:
    """One :meth:`AuditStore.append` call waiting for the batch that holds its draft."""

    __slots__ = ("done", "draft", "error", "event", "text")

    def __init__(self, draft: Draft, text: str) -> None:
        self.draft, self.text = draft, text
        self.done = False
        self.event: Event | None = None
        self.error: str | None = None


class _GroupCommit:
    """Concurrent appends of one store object share one transaction (leader/follower group commit).

    A caller queues its draft; when no batch is being written it becomes the leader, takes every queued draft and
    writes them in one transaction, in its own thread (no background thread: nothing is left queued at exit). Callers
    that arrive meanwhile wait and form the next batch. Each caller returns only once the transaction holding its
    event committed, or raises the :class:`AuditError` of that transaction, which then stored none of the batch.
    """

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.ready = threading.Condition(threading.Lock())
        self.queued: list[_Waiting] = []
        self.writing = False

    def append(self, waiting: _Waiting, write: Callable[[list[_Waiting]], list[Event]]) -> Event:
        batch: list[_Waiting] = []
        events: list[Event] = []
        error = "audit event could not be written: the append was interrupted; the governed action was not performed"
        try:
            with self.ready:
                self.queued.append(waiting)
                while self.writing and not waiting.done:
                    self.ready.wait()
                if not waiting.done:  # no batch is being written: lead the next one
                    batch, self.queued = self.queued, []  # from here on, the finally below hands leadership over
                    self.writing = True
            if batch:
                try:
                    events = write(batch)
                    error = ""
                except AuditError as exc:
                    error = str(_failed(exc, False))
        finally:  # runs whatever interrupts the caller (KeyboardInterrupt included), wherever it does
            self._hand_over(waiting, batch, events, error)
        if waiting.error is not None:
            raise AuditError(waiting.error)
        assert waiting.event is not None
        return waiting.event

    def _hand_over(self, waiting: _Waiting, batch: list[_Waiting], events: list[Event], error: str) -> None:
        """Answer every waiter of the batch this caller led (if it led one) and let the next leader in; an
        interrupted caller's draft that no batch took is withdrawn, so it is never stored for an action not taken."""
        with self.ready:
            if batch:
                if self.queued is batch:  # interrupted between taking the queue and emptying it
                    self.queued = []
                for each, event in zip(batch, events or [None] * len(batch)):
                    each.event, each.error, each.done = event, error or None, True
                self.writing = False
                self.ready.notify_all()
            elif not waiting.done and waiting in self.queued:
                self.queued.remove(waiting)


_DEFAULT_SIGNER: Any = object()


class AuditStore(ABC):
    """Where audit events are appended and read back, and where approval requests wait."""

    url: str
    read_only: bool = False
    #: Signs checkpoints (None: none are written, the chain is unsigned).
    signer: checkpoints.Signer | None = None
    #: A checkpoint is appended when none of the last this many events is one.
    checkpoint_every: int = checkpoints.DEFAULT_EVERY
    #: Whether a committed transaction of this object found (or made) the audit table: later transactions skip
    #: :meth:`_ensure` (a statement, and on PostgreSQL a round trip, per append). Any failed transaction clears it.
    _ready: bool = False
    #: The sequence number of the head this object last wrote or verified, where a store may look for the head
    #: first (:meth:`DuckDBAuditStore._head_rows`). Any value is safe; a wrong one only costs the usual lookup.
    _known_head: int | None = None

    def __init__(self) -> None:
        self._group = _GroupCommit()

    def _ensure_once(self, run: Run) -> None:
        if not self._ready:
            self._ensure(run)

    @abstractmethod
    def transaction(self, *, exclusive: bool = False, one_insert: bool = False) -> Any:
        """A context manager giving a :class:`Transaction` inside one transaction; ``exclusive`` serializes it with
        every other exclusive transaction on the store, across processes.

        ``one_insert`` (with ``exclusive``) says that the block's only write is one ``insert_rows`` call, after its
        reads: a store whose exclusive blocks are serialized by a lock of its own and whose single statements are
        atomic and durable may then run the block without an explicit transaction (DuckDB: the block holds the
        file's OS lock and this process's lock of the file, and the INSERT commits alone, so BEGIN and COMMIT
        would add two statements and nothing else)."""

    @abstractmethod
    def _stream(self, sql: str, params: list[Any]) -> Iterator[tuple]:
        """Rows of a read-only query, fetched in batches."""

    def close(self) -> None:
        """Let go of the store now (a DuckDB file this process holds between appends is checkpointed and unlocked;
        PostgreSQL's pooled connections are closed). The store opens what it needs again on its next use."""

    def _ensure(self, run: Run) -> None:
        if self.read_only:
            if not self._has_table(run):
                raise AuditError(f"{self._shown} holds no audit table {TABLE}; check the store URL (a typo names "
                                 "another file or database), or restore the store from a backup")
            return
        run(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (seq BIGINT PRIMARY KEY, ts VARCHAR NOT NULL, kind VARCHAR NOT NULL, "
            "identity VARCHAR NOT NULL, verified BOOLEAN NOT NULL, run_id VARCHAR NOT NULL, payload VARCHAR NOT NULL, "
            "prev_hash VARCHAR NOT NULL, hash VARCHAR NOT NULL)",
            [],
        )

    @abstractmethod
    def _has_table(self, run: Run) -> bool:
        """Whether the audit table exists."""

    @property
    def _shown(self) -> str:
        return self.url

    def append(self, draft: Draft) -> Event:
        """Seal and store ``draft`` after the current head; with a :attr:`signer`, also a signed checkpoint when
        none of the last :attr:`checkpoint_every` events is one (in the same transaction).

        Calls of several threads at once share one transaction (group commit); each returns only after the
        transaction holding its event committed.

        Raises:
            AuditError: it could not be stored (nor anything of the batch it was written in), or the head of the
                chain does not verify; the governed action it describes must not happen.
        """
        if self._group.pid != os.getpid():  # a forked child shares no queue with its parent
            self._group = _GroupCommit()
        return self._group.append(_Waiting(draft, payload_text(draft.payload)),
                                  lambda batch: self._write([(w.draft, w.text) for w in batch]))

    def append_many(self, drafts: Sequence[Draft]) -> list[Event]:
        """Seal and store ``drafts`` in order after the current head, in one transaction: all of them or none;
        checkpoints are placed as one-by-one appends would place them. Returns one event per draft.

        Raises:
            AuditError: they could not be stored (none was), or the head of the chain does not verify; the governed
                actions they describe must not happen.
        """
        texts = [(draft, payload_text(draft.payload)) for draft in drafts]
        try:
            return self._write(texts)
        except AuditError as exc:
            raise _failed(exc, True) from None

    def _write(self, texts: list[tuple[Draft, str]]) -> list[Event]:
        """One transaction: read and check the head, chain ``texts`` after it, insert every row at once."""
        if not texts:
            return []
        with self.transaction(exclusive=True, one_insert=True) as run:
            head = self._verified_head(run)
            last = self._last_checkpoint(run, head) if self.signer is not None else None
            sealed = seal_batch(texts, head, last, self.signer, self.checkpoint_every)
            run.insert_rows(sealed.rows)
        self._known_head = sealed.rows[-1][0]
        return sealed.events

    def checkpoint(self) -> Event | None:
        """Sign the current head now (the end of a run), unless there is no signer, no event, or the head is a
        checkpoint already. Returns the checkpoint event.

        Raises:
            AuditError: the checkpoint could not be stored, or the head of the chain does not verify.
        """
        if self.signer is None:
            return None
        try:
            with self.transaction(exclusive=True, one_insert=True) as run:
                head = self._verified_head(run)
                if head is None or head.kind == checkpoints.KIND:
                    return None
                payload = payload_text(self.signer.sign(head.seq, head.hash, _now()))
                sealed = seal_batch([(Draft(checkpoints.KIND, "governance-dagster", False, {}, head.run_id), payload)],
                                    head, None, None, self.checkpoint_every)
                run.insert_rows(sealed.rows)
            self._known_head = sealed.events[0].seq
            return sealed.events[0]
        except AuditError as exc:
            raise AuditError(f"audit checkpoint could not be written: {exc}") from None

    def _verified_head(self, run: Run) -> Event | None:
        """The newest stored event, read from the store and its hash checked, every time (an edit of the head made
        by anyone, this process included, is refused before anything is chained onto it)."""
        rows = self._head_rows(run)
        if not rows:
            return None
        journals.check_head(rows[0])
        event = _row_to_event(rows[0])
        self._known_head = event.seq
        return event

    def _head_rows(self, run: Run) -> list[tuple]:
        """The row of the newest stored event (none in an empty store), read now."""
        # seq is the primary key: the row holding the largest one (DuckDB finds it in half the time of a top-1 sort)
        return run(f"SELECT {', '.join(COLUMNS)} FROM {TABLE} WHERE seq = (SELECT max(seq) FROM {TABLE})", [])

    def _last_checkpoint(self, run: Run, head: Event | None) -> int | None:
        """The newest checkpoint among the last :attr:`checkpoint_every` stored events (None: none there)."""
        if head is None:
            return None
        rows = run(f"SELECT max(seq) FROM {TABLE} WHERE seq > ? AND kind = ?",
                   [head.seq - max(1, self.checkpoint_every), checkpoints.KIND])
        return None if rows[0][0] is None else int(rows[0][0])

    def checkpoint_report(self, public_keys: Mapping[str, Any]) -> checkpoints.CheckpointReport:
        """Check every checkpoint's signature (keys by key id) against the stored chain."""
        found = [(e.seq, e.payload) for e in (_row_to_event(r) for r in self._rows(
            f"SELECT {', '.join(COLUMNS)} FROM {TABLE} WHERE kind = ? ORDER BY seq", [checkpoints.KIND]))]
        targets = sorted({int(p["seq"]) for _, p in found if isinstance(p.get("seq"), int)})
        hashes = _stored_hashes(self._rows, targets)
        head = self._rows(f"SELECT max(seq) FROM {TABLE}", [])[0][0]
        return checkpoints.check_checkpoints(found, hashes, int(head or 0), public_keys)

    def _rows(self, sql: str, params: list[Any]) -> list[tuple]:
        with self.transaction() as run:
            return run(sql, params)

    def events(self, since: int = 0) -> Iterator[Event]:
        """Stored events in sequence order, from ``since`` + 1."""
        for row in self._stream(f"SELECT {', '.join(COLUMNS)} FROM {TABLE} WHERE seq > ? ORDER BY seq", [since]):
            yield _row_to_event(row)

    def get(self, seq: int) -> Event | None:
        """The event with this sequence number, if stored."""
        rows = self._rows(f"SELECT {', '.join(COLUMNS)} FROM {TABLE} WHERE seq = ?", [seq])
        return _row_to_event(rows[0]) if rows else None

    def last_of_kind(self, kind: str) -> Event | None:
        """The newest event of ``kind``."""
        rows = self._rows(f"SELECT {', '.join(COLUMNS)} FROM {TABLE} WHERE kind = ? ORDER BY seq DESC LIMIT 1", [kind])
        return _row_to_event(rows[0]) if rows else None

    def tail(self, n: int) -> list[Event]:
        """The last ``n`` events.

        Raises:
            ConfigurationError: ``n`` is negative.
        """
        if n < 0:
            raise ConfigurationError(f"the number of events must be 0 or more, got {n}")
        rows = self._rows(f"SELECT {', '.join(COLUMNS)} FROM {TABLE} ORDER BY seq DESC LIMIT ?", [n])
        return [_row_to_event(r) for r in reversed(rows)]

    def recover(self) -> int:
        """Move into the store the events that a process which stopped while holding it left in the store's journal
        (a DuckDB store; any write or read of the store for writing does it first anyway). Returns how many
        journaled events were found.

        Raises:
            AuditError: the store cannot be written, or the journal does not continue the stored chain.
        """
        return 0

    def verify(self, anchors: Mapping[int, str] | None = None) -> Verification:
        """Verify the whole chain in stored order; the first bad event is named. ``anchors`` (sequence number ->
        hash, recorded outside the store) also catch deleted newest events and a recomputed chain."""
        return verify_rows(self._stream(f"SELECT {', '.join(COLUMNS)} FROM {TABLE} ORDER BY seq", []), anchors)


class DuckDBAuditStore(AuditStore):
    """An audit chain in a DuckDB file (its own file, or the same file as the data), with its write-ahead journal
    ``<file>.journal`` (:mod:`governance_dagster.store.audit.journal`): appends of up to
    :data:`~governance_dagster.store.audit.journal.MAX_BATCH` events are durable there, chained after the head this
    process holds, and move into the table before the file is let go or read."""

    def __init__(self, path: str, *, read_only: bool = False, journal: bool = True) -> None:
        super().__init__()
        #: Whether appends go to the journal (False: each append is stored in the table before it returns).
        self.journaled = journal
        self._db = DuckDBDatabase(path, read_only=read_only)
        self._lock = threading.RLock()
        self.url = f"duckdb:///{path}"
        self.read_only = read_only
        #: The journal of the append running now (set inside its transaction, under the file's lock).
        self._appending: journals.Journal | None = None

    def _journal(self, con: Any) -> journals.Journal:
        """This process's journal of the file, up to date with the connection ``con`` of the file's hold: when the
        hold opened a new connection since the journal's last use, what a journal file holds (left by a process that
        stopped holding the file before its events moved in) is checked and moved into the table first."""
        held = handover.hold(self._db.path)
        journal = held.attached.get(journals.ATTACHED)
        if journal is None:
            journal = held.attached[journals.ATTACHED] = journals.Journal(self._journal_path)
            held.before_close = lambda closing: self._let_go(journal, held, closing)
        if journal.opened != held.opened:
            journal.start(held.opened)
            self._move_in(journal, con)
        return journal

    @property
    def _journal_path(self) -> str:
        return f"{handover.hold(self._db.path).path}.journal"

    def _move_in(self, journal: journals.Journal, con: Any) -> None:
        """Store the journal's pending events that are not stored yet (all but those a mover stored before it could
        empty the journal) in the table in one INSERT, after checking the stored head they follow; then empty the
        journal."""
        if not journal.pending:
            journal.clear()  # zeroes what a crash may have left (a line cut short), if anything
            return
        run: Run = lambda sql, params: con.execute(sql, params).fetchall()
        rows = self._head_rows(run)
        rest = journals.unstored(journal.pending, tuple(rows[0]) if rows else None,
                                 lambda seqs: _stored_hashes(run, seqs), journal.path)
        if rest:
            _duckdb_insert(con, rest)
        self._known_head = journal.pending[-1][0]
        journal.clear()

    def _let_go(self, journal: journals.Journal, held: handover.FileHold, con: Any) -> None:
        """Before the hold closes ``con``: end what an interrupted statement left open, then move the journal in
        (when that fails, the journal file keeps the events for the next opener), and close the journal file (an
        open file keeps its disk busy: it could not be remounted or unmounted)."""
        try:
            if journal.opened != held.opened or not journal.pending:
                return
            import duckdb

            with suppress(Exception):
                con.execute("ROLLBACK")  # closing the connection would roll it back anyway
            try:
                self._move_in(journal, con)
            except (duckdb.Error, OSError) as exc:
                raise AuditError(f"the events of the audit journal {journal.path} could not move into {self.url} "
                                 f"({_cause(exc)}); they stay in the journal for the next opener") from None
        finally:
            journal.close()

    def recover(self) -> int:
        """See :meth:`AuditStore.recover`.

        Example:
            >>> import tempfile, os
            >>> open_audit_store("duckdb:///" + os.path.join(tempfile.mkdtemp(), "audit.duckdb")).recover()
            0
        """
        if self.read_only:
            raise AuditError(f"audit store {self.url} was opened read-only; it cannot be recovered")
        found = len(journals.read_rows(self._journal_path))
        self._rows("SELECT 1", [])  # opens the file for writing: a journal left behind moves in first
        return found

    def _readable(self, con: Any) -> journals.Journal | None:
        """The journal to use with ``con`` (None for a read-only store, which refuses a journal that still holds
        events: it cannot move them in, and would show the chain without them).

        Raises:
            AuditError: a read-only store's journal holds events, or a journal does not continue the stored chain.
        """
        if not self.read_only:
            return self._journal(con)
        path = self._journal_path
        left = journals.read_rows(path)
        if left:
            raise AuditError(f"the audit journal {path} holds {len(left)} events a process wrote before it stopped "
                             "that are not in the store's table yet; move them in with 'governance-dagster audit "
                             f"recover --store {self.url}' (or any governed statement), then read the store again")
        return None

    def _verified_head(self, run: Run) -> Event | None:
        """The head this process holds (the newest event it journaled or stored while holding the file, or read
        and checked once with this connection), or read and checked now outside an append."""
        journal = self._appending
        if journal is None:
            return super()._verified_head(run)
        if not journal.known:
            rows = self._head_rows(run)
            journals.check_head(tuple(rows[0]) if rows else None)
            journal.know(tuple(rows[0]) if rows else None)
        if journal.head is None:
            return None
        self._known_head = journal.head[0]
        if journal.head_event is None or journal.head_event.seq != journal.head[0]:
            journal.head_event = _row_to_event(journal.head)
        return journal.head_event

    def _last_checkpoint(self, run: Run, head: Event | None) -> int | None:
        journal = self._appending
        if journal is None or head is None:
            return super()._last_checkpoint(run, head)
        if not journal.checkpoint_known:
            stored = super()._last_checkpoint(run, head) or 0
            journal.checkpoint = max([stored, *(row[0] for row in journal.pending if row[2] == checkpoints.KIND)]) or None
            journal.checkpoint_known = True
        last = journal.checkpoint
        return last if last is not None and last > head.seq - max(1, self.checkpoint_every) else None

    def _journaled_insert(self, journal: journals.Journal, con: Any, rows: list[tuple]) -> None:
        """The append's rows: synced to the journal, or (a large batch, or a full journal) moved in with the
        journal's pending events."""
        if len(rows) > journals.MAX_BATCH or len(journal.pending) + len(rows) > journals.MAX_PENDING:
            self._move_in(journal, con)
            _duckdb_insert(con, rows)
        else:
            journal.write(rows)
        journal.sealed(rows)

    def close(self) -> None:
        self._db.close()

    def _has_table(self, run: Run) -> bool:
        return bool(run("SELECT 1 FROM information_schema.tables WHERE table_catalog = current_database() "
                        "AND table_schema = 'main' AND table_name = ?", [TABLE]))

    def _head_rows(self, run: Run) -> list[tuple]:
        """The row of the newest stored event, looked for first from the one this object last wrote or verified:
        when exactly one row has a sequence number from there on, that row is the newest whatever happened
        meanwhile (seq is the primary key). DuckDB reads those one or two rows in 0.6 ms, where finding the largest
        seq of the table takes 0.9-1.4 ms. Otherwise (another writer appended, rows were removed, or this object
        knows no head yet) the row with the largest seq."""
        if self._known_head is not None:
            rows = run(f"SELECT {', '.join(COLUMNS)} FROM {TABLE} WHERE seq >= ? LIMIT 2", [self._known_head])
            if len(rows) == 1:
                return rows
        return super()._head_rows(run)

    @contextmanager
    def transaction(self, *, exclusive: bool = False, one_insert: bool = False) -> Iterator[Transaction]:
        """See :meth:`AuditStore.transaction`. The block holds this object's lock and the file's connection, which
        holds the file's OS lock and this process's lock of the file (:mod:`governance_dagster.store.handover`):
        no other writer of this package runs meanwhile. With ``exclusive`` and ``one_insert``, its statements run
        in autocommit: the one INSERT is atomic and committed (to the write-ahead log, synced) on its own, and a
        row inserted meanwhile by a writer outside the package (a raw connection of this process) makes it fail on
        the primary key, as the COMMIT of an explicit transaction would."""
        import duckdb

        try:
            with self._lock, self._db.connect() as con:
                if self.read_only and exclusive:
                    raise AuditError(f"audit store {self.url} was opened read-only; it cannot be written")
                execute = lambda sql, params: con.execute(sql, params).fetchall()
                self._ensure_once(execute)
                journal = self._readable(con)
                explicit = not (exclusive and one_insert)
                journaled = journal is not None and self.journaled and not explicit
                if journal is not None and not journaled:
                    self._move_in(journal, con)  # this transaction reads or writes the table: every event is there
                if explicit:
                    con.execute("BEGIN TRANSACTION")
                try:
                    if journaled:
                        assert journal is not None
                        run = Transaction(execute, lambda rows: self._journaled_insert(journal, con, rows))
                        self._appending = journal
                    else:
                        run = Transaction(execute, lambda rows: _duckdb_insert(con, rows))
                    yield run
                    if explicit:
                        con.execute("COMMIT")
                except BaseException:
                    self._ready = False
                    if explicit:
                        _rollback(con)
                    raise
                finally:
                    self._appending = None
                self._ready = True
        except (duckdb.Error, OSError, DatabaseError) as exc:
            self._ready = False
            fix = _DUCKDB_READ_FIX if self.read_only else _DUCKDB_FIX
            raise AuditError(f"audit store {self.url} failed ({_cause(exc)}); {fix}") from None

    def _stream(self, sql: str, params: list[Any]) -> Iterator[tuple]:
        import duckdb

        try:
            with self._lock, self._db.connect() as con:
                self._ensure(lambda q, p: con.execute(q, p).fetchall())
                journal = self._readable(con)
                if journal is not None:
                    self._move_in(journal, con)
                cursor = con.execute(sql, params)
                while batch := cursor.fetchmany(_BATCH):
                    yield from batch
        except (duckdb.Error, OSError, DatabaseError) as exc:
            fix = _DUCKDB_READ_FIX if self.read_only else _DUCKDB_FIX
            raise AuditError(f"audit store {self.url} cannot be read ({_cause(exc)}); {fix}") from None


_DUCKDB_FIX = ("check that its directory exists, is writable (not a read-only mount) and has free space, "
               "and that no other program holds the file; or point audit_url at another store")
_DUCKDB_READ_FIX = "check the store URL (a typo names another file) and that the file is readable"
_POSTGRES_FIX = ("check that the server is up and reachable at that address, that the user may create and write "
                 "the table, and that its disk is not full; or point audit_url at another store")


#: DuckDB: batches up to this many rows are inserted from one multi-row VALUES with parameters (about 1 ms for one
#: row, against about 5 ms for building and registering a frame); larger ones from a frame.
_VALUES_ROWS = 20


def _duckdb_insert(con: Any, rows: list[tuple]) -> None:
    """Insert audit rows in one statement: a few from a multi-row VALUES, more from a frame (a multi-row VALUES or
    executemany of thousands of rows is 10-80 x slower)."""
    if len(rows) <= _VALUES_ROWS:
        values = ", ".join([f"({', '.join('?' for _ in COLUMNS)})"] * len(rows))
        con.execute(f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}) VALUES {values}", [v for row in rows for v in row])
        return
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(COLUMNS)).astype({"seq": "int64", "verified": "bool"})
    con.register("governance_audit_batch", frame)
    try:
        con.execute(f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}) SELECT {', '.join(COLUMNS)} FROM governance_audit_batch")
    finally:
        con.unregister("governance_audit_batch")


def _stored_hashes(run: Run, seqs: list[int]) -> dict[int, str]:
    """The stored hash of each of these sequence numbers that is stored, looked up 500 at a time."""
    found: dict[int, str] = {}
    for start in range(0, len(seqs), 500):
        chunk = seqs[start:start + 500]
        rows = run(f"SELECT seq, hash FROM {TABLE} WHERE seq IN ({', '.join('?' for _ in chunk)})", chunk)
        found.update((int(seq), digest) for seq, digest in rows)
    return found


def _cause(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, DatabaseError) else f"{type(exc).__name__}: {scrub(str(exc))}"


def _rollback(con: Any) -> None:
    with suppress(Exception):  # the connection already failed; nothing was committed
        con.execute("ROLLBACK")


class PostgresAuditStore(AuditStore):
    """An audit chain in a PostgreSQL table, shared by every run that points at it."""

    #: Key of the transaction-level advisory lock that serializes appends.
    LOCK_KEY = 0x6A0D17

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        require("psycopg", "postgres")
        super().__init__()
        self.url = url
        self.read_only = read_only
        self._engine = postgres_engine(url, pool_size=2, max_overflow=2)

    def close(self) -> None:
        self._engine.dispose()

    def _has_table(self, run: Run) -> bool:
        return run("SELECT to_regclass(?)", [TABLE])[0][0] is not None

    @contextmanager
    def transaction(self, *, exclusive: bool = False, one_insert: bool = False) -> Iterator[Transaction]:
        """One transaction on a pooled connection in psycopg's pipeline mode (``one_insert`` changes nothing: the
        advisory lock that serializes appends lasts as long as the transaction): BEGIN, the advisory lock and the
        first query travel together, and the inserts of up to :data:`_PIPELINED_ROWS` rows with COMMIT (larger
        batches use COPY, outside the pipeline). Each query still waits for its rows; the server runs the statements
        in order, so the head is read only once the lock is held. Any failure throws the connection away."""
        import psycopg
        from sqlalchemy.exc import SQLAlchemyError

        try:
            raw = self._engine.raw_connection()
        except (SQLAlchemyError, psycopg.Error) as exc:  # the pool passes the driver's connect errors through
            raise self._failure(getattr(exc, "orig", None) or exc) from None
        pg = raw.driver_connection
        pipeline = ExitStack()  # closing it sends what is queued and leaves pipeline mode
        try:
            queue = pipeline.enter_context(pg.pipeline())

            def execute(sql: str, params: list[Any]) -> list[tuple]:
                cursor = pg.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(params))
                if queue.pgconn.pipeline_status:
                    queue.sync()  # this query's rows are needed now
                return [tuple(r) for r in cursor.fetchall()] if cursor.description is not None else []

            def insert_rows(rows: list[tuple]) -> None:
                if len(rows) <= _PIPELINED_ROWS and queue.pgconn.pipeline_status:
                    pg.cursor().executemany(_INSERT, rows)  # sent with COMMIT
                    return
                pipeline.close()  # COPY does not run in pipeline mode
                with pg.cursor() as cursor, cursor.copy(f"COPY {TABLE} ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)

            run = Transaction(execute, insert_rows)
            if self.read_only:
                if exclusive:
                    raise AuditError(f"audit store {self._shown} was opened read-only; it cannot be written")
                pg.execute("SET TRANSACTION READ ONLY")
            else:
                # creating the table is serialized too: concurrent CREATE ... IF NOT EXISTS can collide
                pg.execute("SELECT pg_advisory_xact_lock(%s)", (self.LOCK_KEY,))  # sent with the next query
            self._ensure_once(run)
            yield run
            if queue.pgconn.pipeline_status:
                pg.execute("COMMIT")  # with the inserts, in the one round trip that leaving the pipeline makes
                pipeline.close()
            else:
                pg.commit()
            self._ready = True
        except BaseException as exc:
            self._ready = False
            raw.invalidate()  # whatever state the connection is in (an aborted pipeline, a dropped server), not reused
            if not isinstance(exc, psycopg.Error):
                raise
            raise self._failure(exc) from None
        finally:
            with suppress(Exception):
                pipeline.close()
            raw.close()

    def _failure(self, cause: BaseException) -> AuditError:
        return AuditError(f"audit store {self._shown} failed ({type(cause).__name__}: {scrub(str(cause))}); "
                          f"{_POSTGRES_FIX}")

    def _stream(self, sql: str, params: list[Any]) -> Iterator[tuple]:
        from sqlalchemy.exc import SQLAlchemyError

        with self.transaction():
            pass  # creates the table on first use
        try:
            with self._engine.connect() as con:
                result = con.execution_options(stream_results=True, max_row_buffer=_BATCH).exec_driver_sql(
                    sql.replace("?", "%s"), tuple(params))
                for row in result:
                    yield tuple(row)
        except SQLAlchemyError as exc:
            cause = getattr(exc, "orig", None) or exc
            raise AuditError(f"audit store {self._shown} cannot be read ({type(cause).__name__}: "
                             f"{scrub(str(cause))}); {_POSTGRES_FIX}") from None

    @property
    def _shown(self) -> str:
        return shown_url(self.url)


def default_audit_url(url: str) -> str:
    """The audit store next to a DuckDB database: ``data.duckdb`` -> ``data.audit.duckdb``."""
    parsed = parse_url(url, "database URL")
    if parsed.get_backend_name() != "duckdb" or not parsed.database or parsed.database == ":memory:":
        raise ConfigurationError(
            f"no default audit store for {parsed.get_backend_name()!r} databases; set audit_url, e.g. "
            "'duckdb:///governance_audit.duckdb' or 'postgresql://user@host/db'"
        )
    path = Path(parsed.database)
    return f"duckdb:///{path.with_name(path.stem + '.audit.duckdb')}"


def open_audit_store(url: str, *, read_only: bool = False, signer: Any = _DEFAULT_SIGNER,
                     checkpoint_every: int = checkpoints.DEFAULT_EVERY, journal: bool = True) -> AuditStore:
    """Open the audit store a URL names: ``duckdb:///path`` or ``postgresql://user@host/db``.

    Args:
        url: the store.
        read_only: never create nor write anything (``audit verify``, ``tail``, ``show``, ``export``); a missing
            DuckDB file or audit table is an :class:`AuditError` on first use.
        signer: signs checkpoints; by default the key :data:`~governance_dagster.store.audit.checkpoint.KEY_ENV`
            configures (none when it is unset: checkpoints are optional). ``None``: no checkpoints.
        checkpoint_every: with a signer, a checkpoint follows when none of the last this many events is one.
        journal: a DuckDB store's appends of a few events are durable in its write-ahead journal before they
            return and move into the table in batches (:mod:`~governance_dagster.store.audit.journal`); False:
            each is stored in the table before it returns (2-3 ms more per governed statement). PostgreSQL stores
            always store each append in the table.

    Raises:
        ConfigurationError: the URL is malformed or names an unsupported backend, the signing key is unusable or
            ``checkpoint_every`` is below 1.
    """
    if isinstance(checkpoint_every, bool) or not isinstance(checkpoint_every, int) or checkpoint_every < 1:
        raise ConfigurationError(f"checkpoint_every must be a whole number of events, 1 or more, got "
                                 f"{checkpoint_every!r}; the default is {checkpoints.DEFAULT_EVERY}")
    store = _open(url, read_only)
    if isinstance(store, DuckDBAuditStore):
        store.journaled = journal
    if not read_only:
        store.signer = checkpoints.Signer.from_env() if signer is _DEFAULT_SIGNER else signer
        store.checkpoint_every = checkpoint_every
    return store


def _open(url: str, read_only: bool) -> AuditStore:
    parsed = parse_url(url, "audit store URL")
    backend = parsed.get_backend_name()
    if backend == "duckdb":
        if not parsed.database or parsed.database == ":memory:":
            raise ConfigurationError("the audit store must be a DuckDB file, not an in-memory database: give a path, "
                                     "e.g. duckdb:///audit.duckdb")
        return DuckDBAuditStore(parsed.database, read_only=read_only)
    if backend in ("postgresql", "postgres"):
        return PostgresAuditStore(url, read_only=read_only)
    raise ConfigurationError(f"audit store backend {backend!r} is not supported; use 'duckdb:///...' or 'postgresql://...'")


def record_policy_change(store: AuditStore, policy: Any, identity: Any, source: str) -> Event | None:
    """Append a ``policy`` event when the policy in force differs (by content hash) from the last one recorded.

    Example:
        >>> import tempfile, os
        >>> from governance_dagster.governed.identity import Identity
        >>> from governance_dagster.policy.models import Policy
        >>> store = open_audit_store("duckdb:///" + os.path.join(tempfile.mkdtemp(), "a.duckdb"))
        >>> record_policy_change(store, Policy(), Identity("ann", "test"), "policy.yaml").kind
        'policy'
        >>> record_policy_change(store, Policy(), Identity("ann", "test"), "policy.yaml") is None
        True
    """
    last = store.last_of_kind("policy")
    if last is not None and last.payload.get("policy") == policy.digest:
        return None
    previous = last.payload.get("policy") if last is not None else None
    return store.append(Draft("policy", identity.name, identity.verified,
                              {"policy": policy.digest, "previous": previous, "source": str(source)}))
