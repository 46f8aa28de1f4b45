"""The DuckDB audit store's write-ahead journal: each event durable and chained, with its final sequence number and
hash, before the action it describes goes ahead, for a fraction of the cost of a committed DuckDB INSERT.

A process that holds a DuckDB audit file (its OS lock and its open connection, :mod:`governance_dagster.store.handover`)
is the only writer of the chain while it holds it, so it knows the head without reading it again. An append seals
its events after that head and writes them as one line to ``<file>.journal``, synced to disk with ``fdatasync``
(about 0.2 ms, where reading the head and committing an INSERT takes 2-3 ms); the append then returns and the action
goes ahead. The file is written in place over zeros it was extended with (:data:`CHUNK` bytes at a time), so a
synced line writes its data blocks only: a line appended past the end of a file also commits the file's new size to
the file system's own journal, which costs more and waits for other files' changes. The file therefore reads up to its
first zero byte, and is emptied by zeroing what it holds. The journaled events move into the audit table in one
INSERT:

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
    >>> [row[0] for row in read_rows(path)], len(journal.pending), os.path.getsize(path) == CHUNK
    ([1], 1, True)
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
#: A journal file grows by this many zero bytes when a line does not fit (about 1,500 read events).
CHUNK = 1 << 20
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
        #: Where the next line goes: the end of the last whole line.
        self.end = 0
        #: How many bytes from the file's start may hold something else than zeros (lines, a line cut short).
        self.used = 0
        self._fd: int | None = None
        self._size = 0

    def start(self, opened: int) -> None:
        """Forget what was known under an earlier connection (another process may have written since) and read the
        file: its whole lines are pending.

        Raises:
            AuditError: the file cannot be read, or a whole line is not a batch of rows.
        """
        self.close()
        self.opened, self.known, self.head, self.head_event = opened, False, None, None
        self.checkpoint, self.checkpoint_known = None, False
        lines, anything = _read(self.path)
        self.pending = _rows(lines, self.path)
        self.end = 0
        self.used = os.path.getsize(self.path) if anything else 0  # a crash's leftovers anywhere are zeroed whole

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
        """Write ``rows`` as one line after the last and sync it to disk; they are pending from then on.

        Raises:
            OSError: the line could not be written or synced (the caller's append fails; a part written is a line
                without its end, dropped by readers and overwritten by the next line).
        """
        data = (json.dumps(rows, separators=(",", ":"), ensure_ascii=False) + "\n").encode("utf-8")
        fd = self._open()
        if self.end + len(data) > self._size:
            self._extend(fd, (self.end + len(data)) // CHUNK * CHUNK + CHUNK)
        self.used = max(self.used, self.end + len(data))
        view, at = memoryview(data), self.end
        while view:
            written = os.pwrite(fd, view, at)
            view, at = view[written:], at + written
        os.fdatasync(fd)
        self.end += len(data)
        self.pending.extend(rows)

    def clear(self) -> None:
        """Zero what the file holds (its events are in the table) and forget the pending rows. The first byte is
        zeroed last, after the rest is synced: a crash in between leaves a file that still reads as holding lines
        (stored ones, which a mover checks and skips), and the next writer zeroes it whole."""
        if self.used:
            fd = self._open()
            if self.used > 1:
                os.pwrite(fd, bytes(self.used - 1), 1)
                os.fdatasync(fd)
            os.pwrite(fd, b"\0", 0)
            os.fdatasync(fd)
        self.pending, self.end, self.used = [], 0, 0

    def _open(self) -> int:
        if self._fd is None:
            created = not self.path.exists()
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            self._fd, self._size = fd, os.fstat(fd).st_size
            if created:
                _sync_directory(self.path.parent)
        return self._fd

    def _extend(self, fd: int, size: int) -> None:
        """Grow the file with zeros to ``size`` bytes and sync it with its new size."""
        view, at = memoryview(bytes(size - self._size)), self._size
        while view:
            written = os.pwrite(fd, view, at)
            view, at = view[written:], at + written
        os.fsync(fd)
        self._size = size

    def close(self) -> None:
        """Close the journal file (it is opened again by the next write); what this process knows stays."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)


def _sync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_rows(path: str | os.PathLike[str]) -> list[tuple]:
    """The rows of every whole line of a journal file, up to its first zero byte (none when it does not exist); a
    last line without its end is a batch whose append never returned, and is left out.

    Raises:
        AuditError: the file cannot be read, or a whole line is not a batch of rows (the file was edited or damaged).
    """
    return _rows(_read(path)[0], path)


def _read(path: str | os.PathLike[str]) -> tuple[bytes, bool]:
    """The bytes of a journal file before its first zero byte, and whether any byte of it is not zero."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return b"", False
    except OSError as exc:
        raise AuditError(f"the audit journal {path} cannot be read ({exc.strerror}); check its permissions") from None
    first_zero = data.find(b"\0")
    if first_zero < 0:
        return data, bool(data)
    return data[:first_zero], bool(first_zero) or data.count(0) != len(data)


def _rows(data: bytes, path: str | os.PathLike[str]) -> list[tuple]:
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
