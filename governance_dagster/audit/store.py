"""Append-only audit stores: a DuckDB file (the embedded default) or a PostgreSQL database.

Appends are serialized across threads and processes (DuckDB's file lock; a PostgreSQL table lock), so many runs
writing at once leave one unbroken chain. A failed append raises :class:`AuditError`; callers then do not perform
the action the event describes.

Example:
    >>> import tempfile, os
    >>> store = open_audit_store("duckdb:///" + os.path.join(tempfile.mkdtemp(), "audit.duckdb"))
    >>> store.append(Draft("read", "alice", False, {"rows": 1})).seq
    1
    >>> store.verify().ok
    True
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Protocol

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from governance_dagster.audit.chain import GENESIS, Draft, Event, Verification, seal, verify_chain
from governance_dagster.database import DuckDBDatabase, scrub
from governance_dagster.errors import AuditError, ConfigurationError

TABLE = "governance_audit_events"
_COLUMNS = "seq, ts, kind, identity, verified, run_id, payload, prev_hash, hash"


class AuditStore(Protocol):
    """Where audit events are appended and read back."""

    url: str

    def append(self, draft: Draft) -> Event:
        """Seal and store ``draft`` after the current head; raise :class:`AuditError` when it cannot."""

    def events(self, since: int = 0) -> Iterator[Event]:
        """Stored events in sequence order, from ``since`` + 1."""

    def tail(self, n: int) -> list[Event]:
        """The last ``n`` events."""

    def verify(self) -> Verification:
        """Verify the whole chain."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _row_to_event(row: tuple) -> Event:
    seq, ts, kind, identity, verified, run_id, payload, prev_hash, digest = row
    return Event(int(seq), str(ts), kind, identity, bool(verified), run_id, json.loads(payload), prev_hash, digest)


class DuckDBAuditStore:
    """An audit chain in a DuckDB file (its own file, or the same file as the data)."""

    def __init__(self, path: str) -> None:
        self._db = DuckDBDatabase(path)
        self._lock = threading.Lock()
        self.url = f"duckdb:///{path}"

    def _ensure(self, con) -> None:  # noqa: ANN001 - a duckdb connection
        con.execute(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (seq BIGINT PRIMARY KEY, ts VARCHAR NOT NULL, kind VARCHAR NOT NULL, "
            "identity VARCHAR NOT NULL, verified BOOLEAN NOT NULL, run_id VARCHAR NOT NULL, payload VARCHAR NOT NULL, "
            "prev_hash VARCHAR NOT NULL, hash VARCHAR NOT NULL)"
        )

    def append(self, draft: Draft) -> Event:
        import duckdb

        try:
            payload = json.dumps(draft.payload, sort_keys=True, default=str)
            with self._lock, self._db.connect() as con:
                con.execute("BEGIN TRANSACTION")
                self._ensure(con)
                head = con.execute(f"SELECT seq, hash FROM {TABLE} ORDER BY seq DESC LIMIT 1").fetchone()
                seq, prev = (head[0] + 1, head[1]) if head else (1, GENESIS)
                event = seal(Draft(draft.kind, draft.identity, draft.verified, json.loads(payload), draft.run_id),
                             seq=seq, prev_hash=prev, ts=_now())
                con.execute(
                    f"INSERT INTO {TABLE} ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [event.seq, event.ts, event.kind, event.identity, event.verified, event.run_id, payload, event.prev_hash, event.hash],
                )
                con.execute("COMMIT")
                return event
        except (duckdb.Error, OSError) as exc:
            raise AuditError(
                f"audit event could not be written to {self.url} ({type(exc).__name__}: {scrub(str(exc))}); "
                "the governed action was not performed. Check that the audit store's path is writable"
            ) from None
        except AuditError as exc:
            raise AuditError(f"audit event could not be written: {exc}; the governed action was not performed") from None

    def _rows(self, sql: str, params: list) -> list[tuple]:
        import duckdb

        try:
            with self._db.connect() as con:
                self._ensure(con)
                return con.execute(sql, params).fetchall()
        except duckdb.Error as exc:
            raise AuditError(f"audit store {self.url} cannot be read ({type(exc).__name__}: {scrub(str(exc))})") from None

    def events(self, since: int = 0) -> Iterator[Event]:
        for row in self._rows(f"SELECT {_COLUMNS} FROM {TABLE} WHERE seq > ? ORDER BY rowid", [since]):
            yield _row_to_event(row)

    def tail(self, n: int) -> list[Event]:
        rows = self._rows(f"SELECT {_COLUMNS} FROM {TABLE} ORDER BY seq DESC LIMIT ?", [n])
        return [_row_to_event(r) for r in reversed(rows)]

    def verify(self) -> Verification:
        return verify_chain(self.events())


def default_audit_url(url: str) -> str:
    """The audit store next to a DuckDB database: ``data.duckdb`` -> ``data.audit.duckdb``."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "duckdb" or not parsed.database or parsed.database == ":memory:":
        raise ConfigurationError(
            f"no default audit store for {parsed.get_backend_name()!r} databases; set audit_url, e.g. "
            "'duckdb:///governance_audit.duckdb'"
        )
    path = Path(parsed.database)
    return f"duckdb:///{path.with_name(path.stem + '.audit.duckdb')}"


def open_audit_store(url: str) -> AuditStore:
    """Open the audit store a URL names (``duckdb:///path``; PostgreSQL comes with the audit issue).

    Raises:
        ConfigurationError: the URL is malformed or names an unsupported backend.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigurationError("audit store URL is malformed; use 'duckdb:///path/to/audit.duckdb'") from None
    if parsed.get_backend_name() == "duckdb":
        if not parsed.database or parsed.database == ":memory:":
            raise ConfigurationError("the audit store must be a DuckDB file, not an in-memory database: give a path, e.g. duckdb:///audit.duckdb")
        return DuckDBAuditStore(parsed.database)
    raise ConfigurationError(f"audit store backend {parsed.get_backend_name()!r} is not supported; use 'duckdb:///...'")
