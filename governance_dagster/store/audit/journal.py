"""The DuckDB audit store's write-ahead journal: each event durable and chained, with its final sequence number and
hash, before the action it describes goes ahead, for a fraction of the cost of a committed DuckDB INSERT.

A process that holds a DuckDB audit file (its OS lock and its open connection, :mod:`governance_dagster.store.handover`)
is the only writer of the chain while it holds it, so it knows the head without reading it again. An append seals
its events after that head and writes them as one line to ``<file>.journal``, synced to disk with ``fdatasync``
(about 0.2 ms, where reading the head and committing an INSERT takes 2-3 ms); the append then returns and the action
goes ahead. The journaled events move into the audit table in one INSERT:

- before this process lets go of the file (another process wants it, :data:`~governance_dagster.store.handover.IDLE_S`
  idle, at exit, on ``close()``, after a failed statement): no other process ever opens the file while events of it
  wait in a journal, so every reader in another process sees them;
- before this process reads the store or writes it in a transaction of its own (approvals), and when
  :data:`MAX_PENDING` events are waiting;
- when a process died holding the file (the kernel drops its lock, not its journal): the next process that opens the
  file for writing checks that the journal continues the stored chain event by event and moves it in before anything
  else. A line cut short by the crash is a batch whose append never returned (its action never happened) and is
  dropped. Read-only readers refuse a journal left that way and say how to move it in.

Before events move in, the stored head is read and checked against its hash, and the journal's first event must link
to it: an edit of the stored chain is refused then, as an append refused it before, and the journal is kept.

Example:
    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "audit.duckdb.journal")
    >>> journal = Journal(path)
    >>> journal.write([(1, "t", "read", "ann", False, "", "{}", "0" * 64, "ab" * 32)])
    >>> [row[0] for row in read_rows(path)], len(journal.pending)
    ([1], 1)
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from governance_dagster.errors import AuditError
from governance_dagster.store.audit import checkpoint as checkpoints
from governance_dagster.store.audit.chain import GENESIS, head_matches, verify_rows

#: At most this many events wait in a journal; the append that would pass it moves them into the table first.
MAX_PENDING = 500
#: Batches of more events than this go straight into the table (one INSERT of many rows costs little per event).
MAX_BATCH = 20
#: The key of a file's journal in :attr:`governance_dagster.store.handover.FileHold.attached`.
ATTACHED = "audit-journal"


class Journal:
    """This process's journal of one DuckDB audit file: the events written to it and not yet in the table, and the
    head of the chain, valid while the process holds the connection it was read with (:attr:`opened`)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        #: The hold's connection count (:attr:`~governance_dagster.store.handover.FileHold.opened`) this state is of.
        self.opened = -1
        #: Rows of events sealed and synced to the journal, not yet in the table, in chain order.
        self.pending: list[tuple] = []
        #: Whether :attr:`head` and :attr:`checkpoint` are known (read with this connection, or written since).
        self.known = False
        #: The newest event's row, stored or pending (None: the chain is empty).
        self.head: tuple | None = None
        #: :attr:`head` as an event, once read (the store keeps it to save parsing the payload per append).
        self.head_event: Any = None
        #: The sequence number of the newest checkpoint, stored or pending (None: there is none), once
        #: :attr:`checkpoint_known`.
        self.checkpoint: int | None = None
        self.checkpoint_known = False

    def start(self, opened: int) -> None:
        """Forget what was known under an earlier connection: another process may have written since."""
        self.opened, self.pending, self.known, self.head, self.head_event = opened, [], False, None, None
        self.checkpoint, self.checkpoint_known = None, False

    def know(self, head: tuple | None) -> None:
        """The stored head, read and checked with the current connection (nothing is pending then)."""
        self.known, self.head = True, head

    def sealed(self, rows: list[tuple]) -> None:
        """Take note of rows chained after the head (in the journal or the table)."""
        if rows:
            self.head = rows[-1]
            kinds = [row[0] for row in rows if row[2] == checkpoints.KIND]
            if kinds:
                self.checkpoint = kinds[-1]

    def write(self, rows: list[tuple]) -> None:
        """Append ``rows`` as one line and sync it to disk; they are pending from then on.

        Raises:
            OSError: the line could not be written or synced (the caller's append fails; a part written is a line
                without its end, dropped on replay).
        """
        data = (json.dumps(rows, separators=(",", ":"), ensure_ascii=False) + "\n").encode("utf-8")
        created = not self.path.exists()
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fdatasync(fd)
        finally:
            os.close(fd)
        if created:
            _sync_directory(self.path.parent)
        self.pending.extend(rows)

    def clear(self) -> None:
        """Empty the journal file (its events are in the table) and forget the pending rows."""
        if self.path.exists() and self.path.stat().st_size:
            fd = os.open(self.path, os.O_WRONLY)
            try:
                os.ftruncate(fd, 0)
                os.fdatasync(fd)
            finally:
                os.close(fd)
        self.pending = []


def _sync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_rows(path: str | os.PathLike[str]) -> list[tuple]:
    """The rows of every whole line of a journal file (none when it does not exist); a last line without its end is
    a batch whose append never returned, and is left out.

    Raises:
        AuditError: a whole line is not a batch of rows (the file was edited or damaged).
    """
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise AuditError(f"the audit journal {path} cannot be read ({exc.strerror}); check its permissions") from None
    rows: list[tuple] = []
    for number, line in enumerate(data.split(b"\n")[:-1], start=1):
        try:
            batch = json.loads(line)
            rows.extend(_row(values) for values in batch)
        except (ValueError, TypeError):
            raise AuditError(f"line {number} of the audit journal {path} is not a batch of audit events (the file was "
                             "edited or damaged); nothing is appended until it is resolved: restore the file, or move "
                             "it away and run 'governance-dagster audit verify' on the store") from None
    return rows


def _row(values: Any) -> tuple:
    seq, ts, kind, identity, verified, run_id, payload, prev_hash, digest = values
    if not (isinstance(seq, int) and isinstance(verified, bool)
            and all(isinstance(v, str) for v in (ts, kind, identity, run_id, payload, prev_hash, digest))):
        raise TypeError("not an audit row")
    return (seq, ts, kind, identity, verified, run_id, payload, prev_hash, digest)


def unstored(rows: list[tuple], head: tuple | None, stored_hashes: Callable[[list[int]], dict[int, str]],
             path: str | os.PathLike[str]) -> list[tuple]:
    """The journal's rows that are not in the table yet, checked to continue its stored head ``head``.

    Rows at or before the head are those a mover stored before it could empty the journal: each must be stored with
    the same hash. The rest must follow the head one by one, each linked to the one before and matching its hash.

    Raises:
        AuditError: the stored head does not match its hash, or the journal does not continue the stored chain (the
            store was edited, restored from an older backup, or the journal belongs to another store); the journal
            is kept.

    Example:
        >>> from governance_dagster.store.audit.store import seal_batch
        >>> from governance_dagster.store.audit.chain import Draft
        >>> rows = seal_batch([(Draft("read", "ann", False), "{}")] * 3, None, None, None, 1000).rows
        >>> [row[0] for row in unstored(rows, rows[0], lambda seqs: {1: rows[0][8]}, "j")]
        [2, 3]
    """
    check_head(head)
    head_seq, head_hash = (int(head[0]), head[8]) if head is not None else (0, GENESIS)
    done = [row for row in rows if row[0] <= head_seq]
    if done:
        hashes = stored_hashes([row[0] for row in done])
        if any(hashes.get(row[0]) != row[8] for row in done):
            raise _not_continued(path, "some of its events are stored with other content")
    rest = [row for row in rows if row[0] > head_seq]
    checked = verify_rows(rest, after=(head_seq, head_hash))
    if not checked.ok:
        raise _not_continued(path, f"at event {checked.first_bad}, {checked.reason}")
    return rest


def check_head(head: tuple | None) -> None:
    """Refuse a stored head that does not match its hash: nothing is chained onto an edited chain.

    Raises:
        AuditError: it does not match.
    """
    if head is None:
        return
    seq, ts, kind, identity, verified, run_id, payload, prev_hash, digest = head
    if not head_matches(int(seq), str(ts), kind, identity, bool(verified), run_id, payload, prev_hash, digest):
        raise AuditError(f"the newest stored event {seq} does not match its hash (it was edited); nothing is "
                         "appended onto a broken chain: run 'governance-dagster audit verify', restore the store "
                         "from a backup or start a new store")


def _not_continued(path: str | os.PathLike[str], why: str) -> AuditError:
    return AuditError(f"the audit journal {path} does not continue the stored chain ({why}): the store was edited, "
                      "restored from an older backup, or the journal belongs to another store; it is kept and nothing "
                      "is appended until it is resolved: run 'governance-dagster audit verify', restore the store "
                      "from a backup, or move the journal away")
