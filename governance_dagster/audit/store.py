"""Append-only audit stores: a DuckDB file (the embedded default) or a PostgreSQL database (shared deployments).

Appends are serialized across threads and processes (DuckDB's file lock; a PostgreSQL transaction-level advisory
lock), so many runs writing at once leave one unbroken chain with no lost or duplicated event. A failed append
raises :class:`AuditError`; callers then do not perform the action the event describes.

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
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from governance_dagster.audit.chain import GENESIS, Draft, Event, Verification, payload_text, seal, verify_rows
from governance_dagster.database import DuckDBDatabase, parse_url, psycopg_url, scrub
from governance_dagster.errors import AuditError, ConfigurationError, DatabaseError
from governance_dagster.extras import require

TABLE = "governance_audit_events"
COLUMNS = ("seq", "ts", "kind", "identity", "verified", "run_id", "payload", "prev_hash", "hash")
_BATCH = 50_000

#: Runs one statement with ``?`` placeholders inside the current transaction and returns its rows.
Run = Callable[[str, list[Any]], list[tuple]]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _row_to_event(row: tuple) -> Event:
    seq, ts, kind, identity, verified, run_id, payload, prev_hash, digest = row
    return Event(int(seq), str(ts), kind, identity, bool(verified), run_id, json.loads(payload), prev_hash, digest)


class AuditStore(ABC):
    """Where audit events are appended and read back, and where approval requests wait."""

    url: str

    @abstractmethod
    def transaction(self, *, exclusive: bool = False) -> Any:
        """A context manager giving a :data:`Run` inside one transaction; ``exclusive`` serializes it with every
        other exclusive transaction on the store, across processes."""

    @abstractmethod
    def _stream(self, sql: str, params: list[Any]) -> Iterator[tuple]:
        """Rows of a read-only query, fetched in batches."""

    def _ensure(self, run: Run) -> None:
        run(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (seq BIGINT PRIMARY KEY, ts VARCHAR NOT NULL, kind VARCHAR NOT NULL, "
            "identity VARCHAR NOT NULL, verified BOOLEAN NOT NULL, run_id VARCHAR NOT NULL, payload VARCHAR NOT NULL, "
            "prev_hash VARCHAR NOT NULL, hash VARCHAR NOT NULL)",
            [],
        )

    def append(self, draft: Draft) -> Event:
        """Seal and store ``draft`` after the current head.

        Raises:
            AuditError: it could not be stored; the governed action it describes must not happen.
        """
        payload = payload_text(draft.payload)
        try:
            with self.transaction(exclusive=True) as run:
                head = run(f"SELECT seq, hash FROM {TABLE} ORDER BY seq DESC LIMIT 1", [])
                seq, prev = (int(head[0][0]) + 1, head[0][1]) if head else (1, GENESIS)
                event = seal(Draft(draft.kind, draft.identity, draft.verified, json.loads(payload), draft.run_id),
                             seq=seq, prev_hash=prev, ts=_now())
                run(f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})",
                    [event.seq, event.ts, event.kind, event.identity, event.verified, event.run_id, payload,
                     event.prev_hash, event.hash])
                return event
        except AuditError as exc:
            raise AuditError(f"audit event could not be written: {exc}; the governed action was not performed") from None

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
        """The last ``n`` events."""
        rows = self._rows(f"SELECT {', '.join(COLUMNS)} FROM {TABLE} ORDER BY seq DESC LIMIT ?", [n])
        return [_row_to_event(r) for r in reversed(rows)]

    def verify(self, anchors: Mapping[int, str] | None = None) -> Verification:
        """Verify the whole chain in stored order; the first bad event is named. ``anchors`` (sequence number ->
        hash, recorded outside the store) also catch deleted newest events and a recomputed chain."""
        return verify_rows(self._stream(f"SELECT {', '.join(COLUMNS)} FROM {TABLE} ORDER BY seq", []), anchors)


class DuckDBAuditStore(AuditStore):
    """An audit chain in a DuckDB file (its own file, or the same file as the data)."""

    def __init__(self, path: str) -> None:
        self._db = DuckDBDatabase(path)
        self._lock = threading.RLock()
        self.url = f"duckdb:///{path}"

    @contextmanager
    def transaction(self, *, exclusive: bool = False) -> Iterator[Run]:
        import duckdb

        try:
            with self._lock, self._db.connect() as con:
                con.execute("BEGIN TRANSACTION")
                self._ensure(lambda sql, params: con.execute(sql, params).fetchall())
                try:
                    yield lambda sql, params: con.execute(sql, params).fetchall()
                    con.execute("COMMIT")
                except BaseException:
                    _rollback(con)
                    raise
        except (duckdb.Error, OSError, DatabaseError) as exc:
            raise AuditError(f"audit store {self.url} failed ({_cause(exc)}); {_DUCKDB_FIX}") from None

    def _stream(self, sql: str, params: list[Any]) -> Iterator[tuple]:
        import duckdb

        try:
            with self._lock, self._db.connect() as con:
                self._ensure(lambda q, p: con.execute(q, p).fetchall())
                cursor = con.execute(sql, params)
                while batch := cursor.fetchmany(_BATCH):
                    yield from batch
        except (duckdb.Error, OSError, DatabaseError) as exc:
            raise AuditError(f"audit store {self.url} cannot be read ({_cause(exc)}); {_DUCKDB_FIX}") from None


_DUCKDB_FIX = ("check that its directory exists, is writable (not a read-only mount) and has free space, "
               "and that no other program holds the file; or point audit_url at another store")
_POSTGRES_FIX = ("check that the server is up and reachable at that address, that the user may create and write "
                 "the table, and that its disk is not full; or point audit_url at another store")


def _cause(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, DatabaseError) else f"{type(exc).__name__}: {scrub(str(exc))}"


def _rollback(con: Any) -> None:
    with suppress(Exception):  # the connection already failed; nothing was committed
        con.execute("ROLLBACK")


class PostgresAuditStore(AuditStore):
    """An audit chain in a PostgreSQL table, shared by every run that points at it."""

    #: Key of the transaction-level advisory lock that serializes appends.
    LOCK_KEY = 0x6A0D17

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine

        require("psycopg", "postgres")
        self.url = url
        self._engine = create_engine(psycopg_url(url), pool_pre_ping=True, pool_size=2, max_overflow=2)

    @contextmanager
    def transaction(self, *, exclusive: bool = False) -> Iterator[Run]:
        from sqlalchemy.exc import SQLAlchemyError

        def run(sql: str, params: list[Any]) -> list[tuple]:
            result = con.exec_driver_sql(sql.replace("%", "%%").replace("?", "%s"), tuple(params))
            return [tuple(r) for r in result.fetchall()] if result.returns_rows else []

        try:
            with self._engine.begin() as con:
                # creating the table is serialized too: concurrent CREATE ... IF NOT EXISTS can collide
                run(f"SELECT pg_advisory_xact_lock({self.LOCK_KEY})", [])
                self._ensure(run)
                yield run
        except SQLAlchemyError as exc:
            cause = getattr(exc, "orig", None) or exc
            raise AuditError(f"audit store {self._shown} failed ({type(cause).__name__}: {scrub(str(cause))}); "
                             f"{_POSTGRES_FIX}") from None

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
        return make_url(self.url).render_as_string(hide_password=True)


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


def open_audit_store(url: str) -> AuditStore:
    """Open the audit store a URL names: ``duckdb:///path`` or ``postgresql://user@host/db``.

    Raises:
        ConfigurationError: the URL is malformed or names an unsupported backend.
    """
    parsed = parse_url(url, "audit store URL")
    backend = parsed.get_backend_name()
    if backend == "duckdb":
        if not parsed.database or parsed.database == ":memory:":
            raise ConfigurationError("the audit store must be a DuckDB file, not an in-memory database: give a path, "
                                     "e.g. duckdb:///audit.duckdb")
        return DuckDBAuditStore(parsed.database)
    if backend in ("postgresql", "postgres"):
        return PostgresAuditStore(url)
    raise ConfigurationError(f"audit store backend {backend!r} is not supported; use 'duckdb:///...' or 'postgresql://...'")


def record_policy_change(store: AuditStore, policy: Any, identity: Any, source: str) -> Event | None:
    """Append a ``policy`` event when the policy in force differs (by content hash) from the last one recorded.

    Example:
        >>> import tempfile, os
        >>> from governance_dagster.identity import Identity
        >>> from governance_dagster.policy import Policy
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
