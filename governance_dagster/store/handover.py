"""Holding a DuckDB file across statements, and handing it over to another process that wants it.

DuckDB lets one process open a file for writing, and opening it costs 15-200 ms (and a checkpoint on close). A
process therefore keeps its read-write connection to a file open after a statement, while it holds the file's OS
lock (``fcntl.flock`` on ``<file>.lock``, exclusive), and lets go of both:

- when another process wants the file: a waiter that cannot take the lock at once holds a shared byte-range lock
  (``fcntl.lockf``) on one byte of ``<file>.lock`` while it blocks on the ``flock``; the holder tries an exclusive
  non-blocking byte-range lock on that byte before each statement and, between statements, every :data:`POLL_S`
  from a watcher thread, and when that fails it closes its connection (DuckDB's checkpoint runs inside the lock)
  and unlocks;
- after :data:`IDLE_S` without a statement, at process exit, and when :func:`release` is called;
- when a statement on the connection fails (the next one opens the file anew), or was marked with
  :meth:`FileHold.discard` because it may leave session state (a temporary table, a setting) that the next
  statement, perhaps of another identity, must not see;
- when the process dies: the kernel releases its locks with its file descriptors.

One thread at a time uses a file's connection (a re-entrant lock per file and process); a thread that nests a
second use of the same file (an audit append inside a write, both in one file) gets a cursor of it, a connection of
its own to the same database. A connection is never kept across another process's turn, so a read after a
hand-over sees what the other process committed. Read-only uses (``audit verify``, ``tail``; a shared lock) close
their connection at the end, as before: a held read-only connection would refuse this process's own read-write
connections to the file (DuckDB allows one configuration per file and process), and they are not on the governed
path.

Example:
    >>> import duckdb, os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "x.duckdb")
    >>> with hold(path).use(read_only=False, connect=lambda: duckdb.connect(path)) as con:
    ...     con.execute("CREATE TABLE t AS SELECT 1 AS x").fetchall()
    [(1,)]
    >>> hold(path).held
    True
    >>> release(path)
    >>> hold(path).held
    False
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from governance_dagster.errors import DatabaseError

_log = logging.getLogger(__name__)

#: A held file is let go after this many seconds without a statement.
IDLE_S = 0.2
#: The byte of ``<file>.lock`` a waiting process holds a shared ``fcntl`` byte-range lock on. Byte-range locks and
#: ``flock`` locks do not interact on local Linux filesystems (on NFS, ``flock`` is emulated with byte-range locks:
#: keep DuckDB files on local disks, as DuckDB itself asks).
WANTED_BYTE = 1
#: How often the watcher looks whether another process wants a held file (seconds).
POLL_S = 0.02


class FileHold:
    """This process's hold on one DuckDB file: its lock descriptor and, between statements, its open connection."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_path = Path(f"{path}.lock")
        self.thread_lock = threading.RLock()
        self.depth = 0
        self.fd: int | None = None
        self.con: Any = None
        self.read_only = False
        self.idle_since = 0.0
        #: The connection holds state of one statement that must not reach the next (see :meth:`discard`).
        self.tainted = False
        #: How many connections this hold has opened: state kept about the file (an audit journal's known head) is
        #: valid only for the connection it was read with, as another process may write between two of them.
        self.opened = 0
        #: Called with the connection before it is closed (the audit journal moves its events into the file then).
        #: Its failure does not keep the file: what it could not finish must survive on disk for the next opener.
        self.before_close: Callable[[Any], None] | None = None
        #: State other modules keep about this file in this process (dropped with the hold in a forked child).
        self.attached: dict[str, Any] = {}

    @property
    def held(self) -> bool:
        return self.con is not None

    @contextmanager
    def use(self, *, read_only: bool, connect: Callable[[], Any]) -> Iterator[Any]:
        """The file's connection for one statement or transaction, opened (after taking the lock) when none is held.

        Raises:
            DatabaseError: the lock file cannot be created or locked, or a write is nested in a read-only use.
        """
        with self.thread_lock:
            if self.depth > 0:
                with self._nested(read_only, connect) as con:
                    yield con
                return
            if self.con is not None and (self.read_only != read_only or self._wanted()):
                self.close()
            if self.con is None:
                self._lock(exclusive=not read_only)
                try:
                    self.con = connect()
                except BaseException:
                    self.close()
                    raise
                self.read_only = read_only
                self.opened += 1
            self.depth = 1
            try:
                yield self.con
            except BaseException:
                self.close()  # whatever state the failure left, no later statement inherits it
                raise
            finally:
                self.depth = 0
                self.idle_since = time.monotonic()
                if self.tainted or self.read_only:
                    self.close()
            if self.con is not None:
                _watch()

    @contextmanager
    def _nested(self, read_only: bool, connect: Callable[[], Any]) -> Iterator[Any]:
        if not read_only and self.read_only:
            raise DatabaseError(f"a read-only connection to {self.path} is open in this thread; close it before "
                                "opening the file for writing")
        con = self.con.cursor() if read_only == self.read_only else connect()
        try:
            yield con
        finally:
            con.close()

    def discard(self) -> None:
        """Close the connection at the end of the current use (it may hold session state of the statement, such as a
        temporary table or a setting, that the next statement, perhaps of another identity, must not see)."""
        self.tainted = True

    def close(self) -> None:
        """Close the held connection (DuckDB checkpoints the file), then unlock. Call with :attr:`thread_lock`."""
        con, self.con, self.tainted = self.con, None, False
        if con is not None:
            if self.before_close is not None and not self.read_only:
                try:
                    self.before_close(con)
                except Exception as exc:  # noqa: BLE001 - what it did not finish stays on disk for the next opener
                    _log.warning("before letting go of %s: %s", self.path, exc)
            with suppress(Exception):  # what was committed is in the write-ahead log; the next open replays it
                con.close()
        if self.fd is not None:
            fd, self.fd = self.fd, None
            os.close(fd)  # closing the descriptor releases the flock

    def _lock(self, *, exclusive: bool) -> None:
        import fcntl  # POSIX only, imported on first use as before: importing the package stays portable

        try:
            self.fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if exclusive:
                raise DatabaseError(f"cannot create the lock file {self.lock_path} ({exc.strerror}); check that its "
                                    "directory exists and is writable") from None
            return  # a read-only copy on a read-only mount: DuckDB's shared lock still applies
        operation = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            try:
                fcntl.flock(self.fd, operation | fcntl.LOCK_NB)
            except BlockingIOError:
                self._wait(operation)
        except OSError as exc:
            self.close()
            raise DatabaseError(f"cannot lock {self.lock_path} ({exc.strerror})") from None

    def _wait(self, operation: int) -> None:
        """Announce this process (a shared byte-range lock on byte :data:`WANTED_BYTE` of the lock file) and block in
        the kernel until the holder lets go: it looks for waiters before each statement and every :data:`POLL_S`,
        and a dead holder's lock goes with it."""
        import fcntl

        assert self.fd is not None
        fcntl.lockf(self.fd, fcntl.LOCK_SH, 1, WANTED_BYTE)
        try:
            fcntl.flock(self.fd, operation)
        finally:
            fcntl.lockf(self.fd, fcntl.LOCK_UN, 1, WANTED_BYTE)

    def _wanted(self) -> bool:
        """Whether another process waits for the file (holds a byte-range lock on its lock file's
        :data:`WANTED_BYTE`)."""
        import fcntl

        if self.fd is None:
            return False
        try:
            fcntl.lockf(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, WANTED_BYTE)
        except OSError:
            return True
        fcntl.lockf(self.fd, fcntl.LOCK_UN, 1, WANTED_BYTE)
        return False

    def let_go_if_due(self, now: float) -> bool:
        """From the watcher: close the connection when it is idle and wanted or idle for :data:`IDLE_S`. Returns
        whether the file is still held."""
        if not self.thread_lock.acquire(blocking=False):
            return True  # a statement is running; it looks for waiters itself next time
        try:
            if self.con is not None and self.depth == 0 and (now - self.idle_since >= IDLE_S or self._wanted()):
                self.close()
            return self.con is not None
        finally:
            self.thread_lock.release()


_holds: dict[str, FileHold] = {}
#: The hold of each spelling of a path this process asked for (a path's resolution is cached, not its file).
_spelled: dict[str, FileHold] = {}
_guard = threading.Lock()
_watcher: list[threading.Thread] = []
#: Connections a forked child inherited from its parent: never used nor closed there (closing would checkpoint the
#: parent's file from the child, outside its lock).
_inherited: list[Any] = []


def hold(path: str) -> FileHold:
    """This process's hold on the DuckDB file at ``path`` (one per file, however it is spelled)."""
    found = _spelled.get(path)  # resolving a path reads each of its directories: once per absolute spelling
    if found is not None and _holds.get(str(found.path)) is found:
        return found
    resolved = str(Path(path).resolve())
    with _guard:
        found = _holds.get(resolved)
        if found is None:
            found = _holds[resolved] = FileHold(Path(resolved))
        if os.path.isabs(path):  # a relative one may name another file after a change of directory
            _spelled[path] = found
        return found


def release(path: str | None = None, timeout_s: float = 30.0) -> None:
    """Let go of the file at ``path`` (every held file: ``None``) now, waiting up to ``timeout_s`` for a statement of
    another thread on it to end. A file in use by this thread is let go when that use ends."""
    with _guard:
        if path is None:
            holds = list(_holds.values())
        else:
            found = _holds.get(str(Path(path).resolve()))
            holds = [found] if found is not None else []
    for each in holds:
        if each.thread_lock.acquire(timeout=timeout_s):
            try:
                if each.depth == 0:
                    each.close()
                else:
                    each.discard()
            finally:
                each.thread_lock.release()


def _watch() -> None:
    """Start the watcher thread unless it runs; it ends once no file is held."""
    with _guard:
        if _watcher and _watcher[0].is_alive():
            return
        thread = threading.Thread(target=_watch_loop, name="governance-duckdb-handover", daemon=True)
        _watcher[:] = [thread]
    thread.start()


def _watch_loop() -> None:
    while True:
        time.sleep(POLL_S)
        with _guard:
            holds = list(_holds.values())
        held = [each for each in holds if each.let_go_if_due(time.monotonic())]
        if held:
            continue
        with _guard:
            if not any(each.con is not None for each in _holds.values()):
                _watcher.clear()
                return


def _forget_in_child() -> None:
    """A forked child holds nothing: it closes its copies of the lock descriptors (the parent's locks stay, as
    ``flock`` locks belong to the open file, not the descriptor) and leaves the parent's connections alone."""
    for each in _holds.values():
        if each.fd is not None:
            with suppress(OSError):
                os.close(each.fd)
        if each.con is not None:
            _inherited.append(each.con)
    _holds.clear()
    _spelled.clear()
    _watcher.clear()
    global _guard
    _guard = threading.Lock()


os.register_at_fork(after_in_child=_forget_in_child)
atexit.register(release, None, 10.0)
