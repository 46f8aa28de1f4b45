"""Database access behind SQLAlchemy-style URLs: ``duckdb:///path.duckdb`` (embedded default),
``postgresql://user@host/db`` and Apache Spark (``spark://local[2]``, ``spark://host:7077``, ``sc://host:15002``;
:mod:`governance_dagster.store.spark`).

This module only moves data; it never decides what may run. The gateway decides, then calls it. Error messages of
the database are scrubbed of quoted text before they leave, because engines quote the offending values.

Example:
    >>> db = open_database("duckdb:///:memory:")
    >>> db.dialect
    'duckdb'
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote, unquote

import pandas as pd
from sqlglot import exp

from governance_dagster.errors import ConfigurationError, DatabaseError, GovernanceError
from governance_dagster.extras import require
from governance_dagster.sql.keys import KEY_RELATION, key_rows, referenced_keys
from governance_dagster.store import handover

#: {schema: {table: {column: type}}}, names as the database spells them.
Schema = dict[str, dict[str, dict[str, str]]]

BeforeCommit = Callable[[int], None]


@dataclass(frozen=True)
class Partition:
    """The rows of one partition of a table: ``column`` in ``keys`` (static partitions), or ``start <= column <
    end`` (a time window). A partition-aware write deletes these rows and inserts the new ones in one transaction.

    Example:
        >>> print(Partition("region", keys=("eu", "us")).predicate("duckdb"))
        "region" IN ('eu', 'us')
        >>> print(Partition("day", start="2026-12-01T00:00:00", end="2026-12-02T00:00:00").predicate("postgres"))
        "day" >= CAST('2026-12-01T00:00:00' AS TIMESTAMP) AND "day" < CAST('2026-12-02T00:00:00' AS TIMESTAMP)
        >>> Partition("day", start="2026-12-01T00:00:00", end="2026-12-02T00:00:00").describe()
        'day in [2026-12-01T00:00:00, 2026-12-02T00:00:00)'
    """

    column: str
    keys: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None

    def __post_init__(self) -> None:
        if bool(self.keys) == (self.start is not None and self.end is not None) or (self.start is None) != (self.end is None):
            raise ConfigurationError(f"partition of column {self.column!r} needs either keys or both start and end")

    def predicate(self, dialect: str) -> str:
        """The SQL condition that selects the partition's rows."""
        column = exp.column(self.column, quoted=True)
        if self.keys:
            return column.isin(*[exp.Literal.string(k) for k in self.keys]).sql(dialect)
        bound = lambda v: exp.cast(exp.Literal.string(v), "TIMESTAMP")  # noqa: E731
        return exp.and_(column >= bound(self.start), column < bound(self.end)).sql(dialect)

    def outside(self, frame: pd.DataFrame) -> int:
        """How many rows of ``frame`` do not belong to the partition (a write refuses them: the next write of
        their own partition would not replace them)."""
        if self.column not in frame.columns:
            return len(frame)
        values = frame[self.column]
        if self.keys:
            return int((~values.astype(str).isin(self.keys)).sum())
        stamps = pd.to_datetime(values, utc=True).dt.tz_convert(None)
        start, end = (pd.Timestamp(v).tz_localize(None) if pd.Timestamp(v).tz is None
                      else pd.Timestamp(v).tz_convert(None) for v in (self.start, self.end))
        return int((~((stamps >= start) & (stamps < end))).sum())

    def describe(self) -> str:
        """The partition for audit events and messages (partition keys and bounds, never row values)."""
        if self.keys:
            return f"{self.column} in ({', '.join(self.keys)})"
        return f"{self.column} in [{self.start}, {self.end})"
#: From a quote to the last quote of the same kind on the line (engines echo a value without escaping the quotes
#: inside it: DuckDB prints 'O'Brien, 415 867 5309'), then any quote left to the end of the line.
_QUOTED = re.compile(r"(['\"]).*\1")
_UNCLOSED = re.compile(r"['\"].*$")
#: Statements after which a held DuckDB connection is kept for the next statement; any other statement, or one that
#: names a temporary object or a secret, closes it at the end (its session state must not reach the next statement).
_KEEPS_NO_STATE = re.compile(r"\s*\(*\s*(INSERT|UPDATE|DELETE|MERGE|SELECT|WITH|CREATE|DROP|ALTER|TRUNCATE)\b", re.IGNORECASE)
_SESSION_STATE = re.compile(r"\b(TEMP|TEMPORARY|SECRET|SECRETS|MACRO|FUNCTION)\b", re.IGNORECASE)
_LOCK_MESSAGES = ("could not set lock", "conflicting lock", "database is locked")


def scrub(message: str) -> str:
    """The first line of a database message without quoted text (where engines echo values), even when the value
    holds quotes itself or a line break.

    Example:
        >>> scrub("Could not convert string 'Alice Smith' to INT32")
        'Could not convert string <redacted> to INT32'
        >>> scrub("Could not convert string 'Dan O'Brien, 415 867 5309' to INT32")
        'Could not convert string <redacted> to INT32'
        >>> scrub("Could not convert string 'first line\\nsecond' to INT32")
        'Could not convert string <redacted>'
    """
    if not message:
        return ""
    line = message.splitlines()[0]
    return _UNCLOSED.sub("<redacted>", _QUOTED.sub("<redacted>", line))[:300]


def database_error(action: str, exc: BaseException) -> DatabaseError:
    """A :class:`DatabaseError` for ``exc`` whose text carries no quoted value.

    Example:
        >>> str(database_error("writing main.t", UnicodeEncodeError("utf-8", "cafe", 3, 4, "surrogates not allowed")))
        'writing main.t failed: a text value is not valid Unicode (surrogates not allowed, at character 3); decode its bytes with errors="replace", or store them in a bytes column'
    """
    if isinstance(exc, UnicodeError):
        reason, start = getattr(exc, "reason", "invalid text"), getattr(exc, "start", "?")
        return DatabaseError(f"{action} failed: a text value is not valid Unicode ({reason}, at character {start}); "
                             'decode its bytes with errors="replace", or store them in a bytes column')
    return DatabaseError(f"{action} failed: {type(exc).__name__}: {scrub(str(exc))}", kind=type(exc).__name__)


def quote_table(schema: str, table: str, dialect: str) -> str:
    """``schema.table`` quoted for the dialect (embedded quotes doubled).

    Example:
        >>> quote_table("sales", 'a"b c', "postgres")
        '"sales"."a""b c"'
    """
    return exp.table_(table, db=schema, quoted=True).sql(dialect)


def quote_name(name: str, dialect: str) -> str:
    """One identifier quoted for the dialect (embedded quotes doubled)."""
    return exp.to_identifier(name, quoted=True).sql(dialect)


def check_frame(frame: pd.DataFrame, target: str) -> None:
    """Refuse a frame the governed write path cannot store faithfully, before anything reaches the database.

    A frame without columns, with duplicate or non-text column names, or whose object column mixes values of
    different types (``1`` and ``"two"``) would be stored wrongly or renamed silently by a driver. The message
    names the column and the types, never a value.

    Example:
        >>> check_frame(pd.DataFrame({"a": [1, "two"]}), "main.t")
        Traceback (most recent call last):
        ...
        governance_dagster.errors.DatabaseError: cannot write main.t: column 'a' mixes value types (int, str); cast it to one type first, e.g. frame['a'] = frame['a'].astype(str)
    """
    if len(frame.columns) == 0:
        raise DatabaseError(f"cannot write {target}: the frame has no columns; a table needs at least one column")
    names = [c for c in frame.columns if not isinstance(c, str) or not c]
    if names:
        raise DatabaseError(
            f"cannot write {target}: column names must be non-empty text, got {len(names)} that are not "
            "(e.g. integers); rename them, e.g. frame.columns = [str(c) for c in frame.columns]"
        )
    duplicated = sorted({c for c in frame.columns if list(frame.columns).count(c) > 1})
    if duplicated:
        raise DatabaseError(f"cannot write {target}: duplicate column names {duplicated}; rename them first")
    for column in frame.columns:
        series = frame[column]
        if series.dtype != object or pd.api.types.infer_dtype(series, skipna=True) not in ("mixed", "mixed-integer"):
            continue
        types = sorted({type(v).__name__ for v in series.dropna()})
        raise DatabaseError(
            f"cannot write {target}: column {column!r} mixes value types ({', '.join(types)}); cast it to one type "
            f"first, e.g. frame[{column!r}] = frame[{column!r}].astype(str)"
        )


def _bytes_columns(frame: pd.DataFrame) -> list[str]:
    return [c for c in frame.columns if frame[c].dtype == object and pd.api.types.infer_dtype(frame[c], skipna=True) == "bytes"]


@dataclass(frozen=True)
class Catalog:
    """A database's schema and views as one statement read them, with their fingerprint (a digest of exactly
    what was read). Shared between connections: never changed in place."""

    fingerprint: str
    schema: Schema
    views: dict[str, str]


class Database(Protocol):
    """What the governed path needs of a database.

    A database may also offer ``catalog_fingerprint()``, ``catalog()`` and ``fetch_at(sql, fingerprint)``
    (:class:`PostgresDatabase` does): a governed connection then checks the catalog by its fingerprint in every
    statement instead of reading it once per connection.
    """

    url: str
    dialect: str
    default_schema: str

    def fetch(self, sql: str) -> pd.DataFrame:
        """Run a query and return all rows. A statement that reads the key relation (keyed digests) gets the keys
        it names on its connection first, never through SQL text (:mod:`governance_dagster.sql.keys`); so does
        :meth:`execute`."""

    def execute(self, sql: str, before_commit: BeforeCommit | None = None) -> int:
        """Run a statement in a transaction and return the rows affected (-1 when unknown).

        ``before_commit`` is called with that count inside the transaction; if it raises, nothing is committed.
        """

    def write_frame(
        self, schema: str, table: str, frame: pd.DataFrame, before_commit: BeforeCommit | None = None,
        partition: Partition | None = None,
    ) -> None:
        """Replace ``schema.table`` with ``frame`` in one transaction; ``before_commit`` as for :meth:`execute`.

        With ``partition``, only the partition's rows are replaced: deleted, then ``frame`` inserted (the table is
        created from ``frame`` when missing), in the same transaction."""

    def schema(self) -> Schema:
        """Every user table and its columns."""

    def catalogs(self) -> frozenset[str]:
        """Names that, as the first part of a two-part table name, mean this database's default schema."""

    def views(self) -> dict[str, str]:
        """``schema.view`` -> definition of every user view (read through it, masking follows it to its tables)."""

    def session(self) -> AbstractContextManager[None]:
        """A block in which this thread's reads share one connection (for one statement's work)."""


def open_database(url: str, *, must_exist: bool = False) -> Database:
    """Open the database a SQLAlchemy-style URL names.

    Args:
        url: ``duckdb:///relative.duckdb``, ``duckdb:////absolute/path.duckdb``, ``postgresql://...``, or a Spark
            URL: ``spark://local[2]``, ``spark://host:7077``, ``spark://`` (the active session), ``sc://host:15002``
            (Spark Connect).
        must_exist: refuse a DuckDB file that does not exist yet (for reads), instead of creating it.

    Raises:
        ConfigurationError: the URL is malformed, names an unsupported backend, or a file that must exist is missing.
    """
    if isinstance(url, str) and url.startswith(("spark://", "sc://")):
        from governance_dagster.store.spark import SparkDatabase

        return SparkDatabase(url)
    parsed = parse_url(url, "database URL")
    backend = parsed.get_backend_name()
    if backend == "duckdb":
        path = parsed.database or ":memory:"
        if must_exist and path != ":memory:" and not Path(path).exists():
            raise ConfigurationError(
                f"DuckDB file {path} does not exist (resolved from {url!r}); absolute paths take four slashes: "
                "duckdb:////absolute/path.duckdb"
            )
        return DuckDBDatabase(path)
    if backend in ("postgresql", "postgres"):
        return PostgresDatabase(url)
    raise ConfigurationError(
        f"database backend {backend!r} is not supported; use 'duckdb:///...', 'postgresql://...', 'spark://...' or "
        "'sc://...'"
    )


def parse_url(url: object, what: str) -> Any:
    """Parse a SQLAlchemy-style URL, refusing anything malformed with a message that never echoes a password.

    Example:
        >>> parse_url("postgresql://u:pw@db:5432/x", "database URL").port
        5432
        >>> parse_url("postgresql://u:pw@db:port/x", "database URL")
        Traceback (most recent call last):
        ...
        governance_dagster.errors.ConfigurationError: database URL is malformed; use 'duckdb:///path/to/file.duckdb' or 'postgresql://user@host:5432/dbname'
    """
    fix = "use 'duckdb:///path/to/file.duckdb' or 'postgresql://user@host:5432/dbname'"
    if not isinstance(url, str) or not url.strip():
        raise ConfigurationError(f"{what} is empty or not text; {fix}")
    plain = DuckDBURL.parse(url)
    if plain is not None:
        return plain
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url)
    except (ArgumentError, ValueError, TypeError):
        raise ConfigurationError(f"{what} is malformed; {fix}") from None


@dataclass(frozen=True)
class DuckDBURL:
    """``duckdb:///path`` without a query string (every DuckDB URL this project writes), read as SQLAlchemy's
    ``make_url`` reads it (the path percent-decoded; rendered percent-encoded again) without importing SQLAlchemy,
    which a governed DuckDB read otherwise never needs; every other URL is SQLAlchemy's to parse
    (tests/store/test_urls.py compares the two).

    Example:
        >>> DuckDBURL.parse("duckdb:///data/my%20shop.duckdb")
        DuckDBURL(database='data/my shop.duckdb')
        >>> DuckDBURL.parse("duckdb:///x.duckdb?access_mode=read_only") is None
        True
    """

    database: str
    drivername = "duckdb"

    @classmethod
    def parse(cls, url: str) -> DuckDBURL | None:
        """The URL read, or ``None`` when it is not of this plain form."""
        prefix = "duckdb:///"
        if not url.startswith(prefix) or "?" in url:
            return None
        return cls(unquote(url[len(prefix):]))

    def get_backend_name(self) -> str:
        return "duckdb"

    def render_as_string(self, hide_password: bool = True) -> str:
        """The URL as SQLAlchemy renders it (there is no password to hide)."""
        return "duckdb:///" + quote(self.database, safe=" +/")


def shown_url(url: str) -> str:
    """A URL as it may appear in messages, commands, metadata and exports: its password replaced by ``***``.

    Example:
        >>> shown_url("postgresql://u:pw@db/x"), shown_url("duckdb:///audit.duckdb")
        ('postgresql://u:***@db/x', 'duckdb:///audit.duckdb')
        >>> shown_url("sc://spark:15002/;token=abc")
        'sc://spark:15002/;token=***'
    """
    if isinstance(url, str) and url.startswith(("spark://", "sc://")):
        from governance_dagster.store.spark import shown_spark_url

        return shown_spark_url(url)
    plain = DuckDBURL.parse(url) if isinstance(url, str) else None
    if plain is not None:
        return plain.render_as_string()
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError, TypeError):
        return "(a malformed URL)"


@dataclass
class DuckDBDatabase:
    """A DuckDB file that several processes (Dagster's multiprocess executor) take turns on.

    A process keeps its connection to the file open between calls while it holds an OS lock on ``<file>.lock``
    beside the file (exclusive for writers, shared for ``read_only`` readers), and hands the file over when another
    process wants it, after a short idle time, at exit and on :meth:`close` (:mod:`governance_dagster.store.handover`).
    """

    path: str
    lock_timeout_s: float = 120.0
    dialect: str = "duckdb"
    default_schema: str = "main"
    read_only: bool = False
    _catalogs: frozenset[str] | None = field(default=None, init=False, repr=False)
    _builtins: frozenset[str] | None = field(default=None, init=False, repr=False)
    _parent_made: bool = field(default=False, init=False, repr=False, compare=False)
    #: This thread's :meth:`session`: the process id that opened it, its connection and what closes it.
    _held: threading.local = field(default_factory=threading.local, init=False, repr=False, compare=False)

    @property
    def url(self) -> str:
        return f"duckdb:///{self.path}"

    @contextmanager
    def session(self) -> Iterator[None]:
        """Every call of this thread inside the block shares one connection: one open -> use -> close cycle under
        the file lock instead of one per call (the governed read reads the schema, the views and the rows in one).
        The connection is taken by the first call and given back at the end of the block or by :meth:`release`.
        Other processes wait for the file during the block, so keep it to one statement's work. Nested sessions
        are the outer one.

        Example:
            >>> db = open_database("duckdb:///:memory:")
            >>> with db.session():
            ...     _ = db.execute("CREATE TABLE t AS SELECT 1 AS x")
            ...     print(db.fetch("SELECT x FROM t")["x"].tolist())
            [1]
        """
        if self._in_session():
            yield
            return
        self._held.pid, self._held.con, self._held.stack = os.getpid(), None, None
        try:
            yield
        finally:
            self.release()
            self._held.pid = None

    def release(self) -> None:
        """End this thread's use of the session's connection now, so that another process that wants the file gets
        it while the session computes without it (a classification); the session's next call takes it again."""
        if self._in_session() and self._held.stack is not None:
            stack, self._held.stack, self._held.con = self._held.stack, None, None
            stack.close()

    def _in_session(self) -> bool:
        return getattr(self._held, "pid", None) == os.getpid()

    @contextmanager
    def connect(self) -> Iterator[Any]:
        """A connection to the file, waiting while another process holds it (this thread's :meth:`session`
        connection, when one is open).

        Raises:
            DatabaseError: a ``read_only`` database's file does not exist (it is never created then), or the file
                stayed locked past ``lock_timeout_s``.
        """
        if not self._in_session():
            with self._open() as con:
                yield con
            return
        if self._held.con is None:
            stack = ExitStack()
            self._held.con = stack.enter_context(self._open())
            self._held.stack = stack
        yield self._held.con

    def close(self) -> None:
        """Let go of the file now: close this process's held connection (DuckDB checkpoints it) and unlock it."""
        if self.path != ":memory:":
            handover.release(self.path)

    @contextmanager
    def _open(self) -> Iterator[Any]:
        """One use of the file's connection under its lock: the held one, or one opened for it (see
        :mod:`governance_dagster.store.handover`)."""
        import duckdb

        if self.path == ":memory:":
            con = duckdb.connect(self.path)
            try:
                yield con
            finally:
                con.close()
            return
        try:
            self.path.encode("utf-8")
        except UnicodeEncodeError:
            raise DatabaseError("the DuckDB file path is not valid UTF-8 (DuckDB opens UTF-8 paths only); rename the "
                                "file or give its path in UTF-8") from None
        if self.read_only and not Path(self.path).is_file():
            raise DatabaseError(f"DuckDB file {self.path} does not exist; check the path (absolute paths take four "
                                "slashes: duckdb:////absolute/path.duckdb)")
        if not self.read_only and not self._parent_made:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._parent_made = True

        def connect() -> Any:
            deadline = time.monotonic() + self.lock_timeout_s
            delay = 0.02
            while True:  # another program (not this package) may still hold DuckDB's own lock
                try:
                    return duckdb.connect(self.path, read_only=self.read_only)
                except duckdb.IOException as exc:
                    if not any(m in str(exc).lower() for m in _LOCK_MESSAGES) or time.monotonic() > deadline:
                        raise database_error(f"opening {self.path}", exc) from None
                    time.sleep(delay)
                    delay = min(delay * 2, 0.5)

        with handover.hold(self.path).use(read_only=self.read_only, connect=connect) as con:
            yield con

    def fetch(self, sql: str) -> pd.DataFrame:
        import duckdb

        with self.connect() as con:
            duckdb_keys(con, sql)
            try:
                return con.execute(sql).df()
            except duckdb.Error as exc:
                raise database_error("query", exc) from None

    def execute(self, sql: str, before_commit: BeforeCommit | None = None) -> int:
        import duckdb

        with self.connect() as con:
            duckdb_keys(con, sql)
            try:
                if _SESSION_STATE.search(sql) or not _KEEPS_NO_STATE.match(sql):
                    handover.hold(self.path).discard()  # a temporary object or a setting dies with the connection
                con.execute("BEGIN TRANSACTION")
                result = con.execute(sql).fetchall()
                count = int(result[0][0]) if len(result) == 1 and len(result[0]) == 1 and isinstance(result[0][0], int) else -1
                if before_commit is not None:
                    before_commit(count)
                con.execute("COMMIT")
                return count
            except duckdb.Error as exc:
                _rollback(con)
                raise database_error("statement", exc) from None
            except BaseException:
                _rollback(con)
                raise

    def write_frame(
        self, schema: str, table: str, frame: pd.DataFrame, before_commit: BeforeCommit | None = None,
        partition: Partition | None = None,
    ) -> None:

        check_frame(frame, f"{schema}.{table}")
        target = quote_table(schema, table, self.dialect)
        with self.connect() as con:
            try:
                # DuckDB's MVCC makes the uncommitted new version the staging copy: other connections, and this
                # file after a crash or kill, see the previous version until COMMIT replaces it in one step.
                con.execute("BEGIN TRANSACTION")
                con.execute(f"CREATE SCHEMA IF NOT EXISTS {quote_name(schema, self.dialect)}")
                con.register("__governed_frame", frame)
                exists = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND "
                                     "table_name = ?", [schema, table]).fetchone()[0]
                if partition is not None and exists:
                    con.execute(f"DELETE FROM {target} WHERE {partition.predicate(self.dialect)}")
                    con.execute(f"INSERT INTO {target} BY NAME SELECT * FROM __governed_frame")
                else:
                    con.execute(f"CREATE OR REPLACE TABLE {target} AS SELECT * FROM __governed_frame")
                con.unregister("__governed_frame")
                if before_commit is not None:
                    before_commit(len(frame))
                con.execute("COMMIT")
            except GovernanceError:
                _rollback(con)
                raise
            except Exception as exc:  # noqa: BLE001 - duckdb.Error, or a conversion error of the frame
                _rollback(con)
                raise database_error(f"writing {schema}.{table}", exc) from None
            except BaseException:
                _rollback(con)
                raise

    def schema(self) -> Schema:
        # duckdb_columns() gives the rows of information_schema.columns (a view over it) in a fifth of the time
        return _nest(self._rows(
            "SELECT schema_name, table_name, column_name, data_type FROM duckdb_columns() "
            "WHERE database_name = current_database() ORDER BY schema_name, table_name, column_index"
        ))

    def views(self) -> dict[str, str]:
        rows = self._rows("SELECT schema_name, view_name, sql FROM duckdb_views() "
                          "WHERE NOT internal AND database_name = current_database()")
        return {f"{s}.{v}": sql for s, v, sql in rows}

    def catalog(self) -> Catalog:
        """:meth:`schema` and :meth:`views` from one statement (one statement's cost instead of two, and no ORDER BY:
        the rows are sorted here), with a digest of exactly the rows read as fingerprint.

        Example:
            >>> db = open_database("duckdb:///:memory:")
            >>> with db.session():  # one in-memory database for the block
            ...     _ = db.execute("CREATE TABLE t AS SELECT 1 AS b, 2 AS a")
            ...     _ = db.execute("CREATE VIEW v AS SELECT a FROM t")
            ...     catalog = db.catalog()
            >>> catalog.schema["main"], list(catalog.views)
            ({'t': {'b': 'INTEGER', 'a': 'INTEGER'}, 'v': {'a': 'INTEGER'}}, ['main.v'])
        """
        rows = sorted(self._rows(_DUCKDB_CATALOG_SQL), key=lambda row: row[:4])
        schema: Schema = {}
        views: dict[str, str] = {}
        for kind, owner, name, _position, column, detail in rows:
            if kind == "c":
                schema.setdefault(owner, {}).setdefault(name, {})[column] = str(detail)
            else:
                views[f"{owner}.{name}"] = str(detail)
        return Catalog(hashlib.sha256(repr(rows).encode()).hexdigest(), schema, views)

    def _rows(self, sql: str) -> list[tuple[Any, ...]]:
        """The rows of a catalog query as tuples (no frame to build)."""
        import duckdb

        with self.connect() as con:
            try:
                return con.execute(sql).fetchall()
            except duckdb.Error as exc:
                raise database_error("query", exc) from None

    def builtin_functions(self) -> frozenset[str]:
        """The lower-cased names of DuckDB's own functions (and those of its loaded extensions) on this file's
        connection, read once (about 16 ms): a name not among them is a macro of the database, whose body runs SQL
        the masking rewrite never sees.

        Example:
            >>> names = open_database("duckdb:///:memory:").builtin_functions()
            >>> "lower" in names, "sha256" in names, "my_macro" in names
            (True, True, False)
        """
        if self._builtins is None:
            self._builtins = frozenset(
                row[0] for row in self._rows("SELECT DISTINCT lower(function_name) FROM duckdb_functions() WHERE internal"))
        return self._builtins

    def catalogs(self) -> frozenset[str]:
        """The file's own catalog (DuckDB names it after the file: ``prod.duckdb`` -> ``prod``), so that
        ``prod.customers`` is known to mean ``main.customers``; read once from DuckDB."""
        if self._catalogs is None:
            self._catalogs = frozenset(self.fetch("SELECT current_database() AS name")["name"])
        return self._catalogs


#: The columns of a DuckDB file's tables and views (rows ``c``: schema, table, position, column, type) and its views'
#: definitions (rows ``v``), as :meth:`DuckDBDatabase.schema` and :meth:`DuckDBDatabase.views` read them.
_DUCKDB_CATALOG_SQL = (
    "SELECT 'c' AS kind, schema_name, table_name, column_index, column_name, data_type FROM duckdb_columns() "
    "WHERE database_name = current_database() "
    "UNION ALL SELECT 'v', schema_name, view_name, 0, NULL, sql FROM duckdb_views() "
    "WHERE NOT internal AND database_name = current_database()")

#: The key ids each open DuckDB connection of this process holds as ``temp.governance_keys``.
_duckdb_held: weakref.WeakKeyDictionary[Any, frozenset[str]] = weakref.WeakKeyDictionary()
_duckdb_held_guard = threading.Lock()


def duckdb_keys(con: Any, sql: str) -> None:
    """Make the DuckDB connection ``con`` hold the keys ``sql`` reads (:mod:`governance_dagster.sql.keys`) as
    ``temp.governance_keys``: a frame registered on this connection only (other connections of the file do not
    see it, and nothing is written to the file), so the secret is in no statement text and no profile. Registered
    once per connection (about one statement's cost) and gone when the connection closes, which for the package's
    connections is at the end of the statement or :meth:`DuckDBDatabase.session`.

    Raises:
        ConfigurationError: ``sql`` names a key this process does not hold.
    """
    keys = referenced_keys(sql)
    if not keys:
        return
    with _duckdb_held_guard:
        held = _duckdb_held.get(con, frozenset())
        if keys <= held:
            return
        every = held | keys
        con.register(KEY_RELATION, pd.DataFrame(key_rows(every), columns=["key_id", "key_secret"]))
        _duckdb_held[con] = every


def _rollback(con: Any) -> None:
    try:
        con.execute("ROLLBACK")
    except Exception:  # noqa: BLE001 - nothing open to roll back
        pass


def _nest(rows: pd.DataFrame | list[tuple[Any, ...]]) -> Schema:
    nested: Schema = {}
    for schema, table, column, dtype in (rows.itertuples(index=False) if isinstance(rows, pd.DataFrame) else rows):
        nested.setdefault(schema, {}).setdefault(table, {})[column] = str(dtype)
    return nested


_PG_NAME_BYTES = 63
#: The tables, views and foreign tables of a PostgreSQL database with their columns and types (rows ``c``) and the
#: views' definitions (rows ``v``), read from ``pg_catalog``. The columns are those ``information_schema.columns``
#: lists, with its ``data_type`` (``format_type`` of built-in types, ``ARRAY``, ``USER-DEFINED``, domains as their
#: base type) and its privilege filter, in the same order, but without the dozen joins and functions that view
#: computes for its other columns; the views are ``pg_views``. Temporary schemas are left out (the connection's own
#: ``pg_temp.governance_keys`` among them). ``OFFSET 0`` keeps the columns a lookup per relation (by the index of
#: ``pg_attribute``): a database where many tables were created and dropped has a large, bloated ``pg_attribute``,
#: and the planner, misled by its statistics, otherwise scans all of it (2.9 ms instead of 0.3 on the test server).
_PG_CATALOG_CTE = r"""WITH catalog AS MATERIALIZED (
    SELECT 'c'::text AS kind, n.nspname AS owner, c.relname AS name, a.attnum AS position, a.attname::text AS item,
           a.detail
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL (
        SELECT a.attnum, a.attname,
               CASE WHEN t.typtype = 'd' THEN
                    (SELECT CASE WHEN bt.typelem <> 0 AND bt.typlen = -1 THEN 'ARRAY'
                                 WHEN bt.typnamespace = 'pg_catalog'::regnamespace THEN format_type(t.typbasetype, NULL)
                                 ELSE 'USER-DEFINED' END
                     FROM pg_type bt WHERE bt.oid = t.typbasetype)
               WHEN t.typelem <> 0 AND t.typlen = -1 THEN 'ARRAY'
               WHEN t.typnamespace = 'pg_catalog'::regnamespace THEN format_type(a.atttypid, NULL)
               ELSE 'USER-DEFINED'
               END AS detail
        FROM pg_attribute a
        JOIN pg_type t ON t.oid = a.atttypid
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
          AND (pg_has_role(c.relowner, 'USAGE')
               OR has_column_privilege(c.oid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES'))
        OFFSET 0
    ) a
    WHERE c.relkind IN ('r', 'v', 'f', 'p')
      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_temp\_%'
      AND NOT pg_is_other_temp_schema(n.oid)
    UNION ALL
    SELECT 'v', schemaname, viewname, 0, '', definition FROM pg_views
    WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
)"""
#: The fingerprint of the catalog: md5 over every row's text (a row's text quotes its fields, so the
#: concatenation is unambiguous), in a total order; ``md5('')`` for an empty catalog.
_PG_CATALOG_DIGEST = ("coalesce(md5(string_agg(c::text, ',' ORDER BY c.kind, c.owner, c.name, c.position)), md5(''))"
                      " AS fingerprint FROM catalog c")
_PG_FINGERPRINT_SQL = f"{_PG_CATALOG_CTE}\nSELECT {_PG_CATALOG_DIGEST}"
#: The catalog's rows, each with the fingerprint of all of them (at least one row, for an empty catalog).
_PG_CATALOG_SQL = (f"{_PG_CATALOG_CTE}\nSELECT f.fingerprint, c.kind, c.owner, c.name, c.item, c.detail\n"
                   f"FROM (SELECT {_PG_CATALOG_DIGEST}) f LEFT JOIN catalog c ON true\n"
                   "ORDER BY c.kind, c.owner, c.name, c.position")
#: The names of PostgreSQL's own functions, of functions that installed extensions own (``pg_depend`` type ``e``), and
#: of the grammar's function-like keywords that are no function in ``pg_proc`` (``xmlforest``, ``overlay``, ``row``).
_PG_BUILTIN_FUNCTIONS_SQL = (
    "SELECT DISTINCT lower(p.proname) FROM pg_proc p WHERE p.pronamespace = 'pg_catalog'::regnamespace "
    "OR EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid "
    "AND d.deptype = 'e') "
    "UNION SELECT word FROM pg_get_keywords() WHERE catcode = 'C'")
#: First key of the advisory lock that serializes creating one schema (the second is the schema name's hash).
_SCHEMA_LOCK_KEY = 0x6A0D18
#: PostgreSQL's type OID of ``date``.
_PG_DATE_OID = 1082


def _dates_as_datetime64(frame: pd.DataFrame, positions: list[int]) -> pd.DataFrame:
    """The frame with the columns at ``positions`` (Python ``date`` objects and ``None``) as ``datetime64[us]``,
    which holds every date PostgreSQL and DuckDB accept between years 1 and 9999.

    Example:
        >>> import datetime
        >>> _dates_as_datetime64(pd.DataFrame({"d": [datetime.date(1, 1, 1), None]}), [0])["d"].dtype
        dtype('<M8[us]')
    """
    for position in positions:
        frame.isetitem(position, pd.Series(frame.iloc[:, position].to_numpy(dtype="datetime64[us]"), index=frame.index))
    return frame


def psycopg_url(url: str) -> Any:
    """A PostgreSQL URL for SQLAlchemy with the psycopg 3 driver, the one driver governance-dagster ships with.

    Raises:
        ConfigurationError: the URL is malformed or names another driver.
    """
    parsed = parse_url(url, "PostgreSQL URL")
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg"):
        return parsed.set(drivername="postgresql+psycopg")
    raise ConfigurationError(
        f"PostgreSQL driver {parsed.drivername.partition('+')[2] or parsed.drivername!r} is not supported; write the "
        "URL as 'postgresql://user@host:5432/dbname' (psycopg 3 is used)"
    )


#: A pooled PostgreSQL connection that sat idle longer than this (seconds) is pinged before it is used again.
PING_AFTER_IDLE_S = 30.0


def postgres_engine(url: str, **pool: Any) -> Any:
    """A SQLAlchemy engine on psycopg 3 whose pool pings a connection before handing it out only when it sat idle
    longer than :data:`PING_AFTER_IDLE_S`, and replaces one psycopg already knows is broken without asking the
    server. (``pool_pre_ping`` pinged before every checkout: a round trip per statement, two per governed read.)

    A server that dropped a connection used within the last :data:`PING_AFTER_IDLE_S` fails the one statement that
    uses it (the governed path then releases nothing and performs nothing) and SQLAlchemy replaces the pool's
    connections; the next statement connects anew.

    Raises:
        ConfigurationError: the URL is malformed or names another driver.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import DisconnectionError

    engine = create_engine(psycopg_url(url), **pool)

    @event.listens_for(engine, "checkin")
    def _idle_from(dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _check(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        if dbapi_connection.broken or dbapi_connection.closed:
            raise DisconnectionError("the pooled connection is broken")
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since <= PING_AFTER_IDLE_S:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except Exception:  # noqa: BLE001 - any failure of the ping: the pool connects anew
            alive = False
        if not alive:
            raise DisconnectionError("the pooled connection did not answer a ping")

    return engine


def pin_search_path(engine: Any, schema: str) -> None:
    """Make every connection of ``engine`` resolve unqualified names in ``schema`` only (and the server's own
    ``pg_catalog``), as the guardrails and the masking do.

    The server's default search path is ``"$user", public``, and a role or database may set another: a write runs as
    written, so ``CREATE TABLE scratch.c AS SELECT * FROM vip``, judged as reading ``public.vip`` (or no table),
    copied the sensitive ``vip`` of the schema named after the role. Set once per new connection, after the
    settings of the role and the database; a statement cannot change it back (``SET`` and ``set_config`` are
    blocked by ``no-administration``).
    """
    from sqlalchemy import event

    statement = f"SET search_path TO {quote_name(schema, 'postgres')}"

    @event.listens_for(engine, "connect")
    def _pin(dbapi_connection: Any, record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(statement)
        dbapi_connection.commit()


def _copy_rows(table: Any, con: Any, keys: list[str], data_iter: Iterator[tuple]) -> int:
    """pandas ``to_sql`` method: stream rows with PostgreSQL's COPY (psycopg 3) instead of INSERTs."""
    target = quote_table(table.schema, table.name, "postgres")
    columns = ", ".join(quote_name(k, "postgres") for k in keys)
    count = 0
    with con.connection.cursor() as cursor, cursor.copy(f"COPY {target} ({columns}) FROM STDIN") as copy:
        for row in data_iter:
            copy.write_row(row)
            count += 1
    return count


#: Key of a pooled connection's ``info`` (kept per server connection, cleared when SQLAlchemy replaces it) that
#: lists the key ids its ``pg_temp.governance_keys`` holds.
_PG_KEYS_INFO = "governance_keys"


def postgres_keys(con: Any, sql: str) -> None:
    """Make the server connection behind ``con`` (a SQLAlchemy connection) hold the keys ``sql`` reads in its
    session's ``pg_temp.governance_keys`` before it runs (:mod:`governance_dagster.sql.keys`).

    The secrets go through ``COPY FROM STDIN``: the data travels in the copy protocol, so neither
    ``pg_stat_activity`` nor ``log_statement`` sees it (only ``COPY ... FROM STDIN``). The temporary table lives
    as long as the server connection, so a pooled connection pays this once per key; it is committed at once, which
    ends the open read transaction of a :meth:`PostgresDatabase.session` (reads only: nothing is lost), so a later
    rollback cannot drop it while ``info`` says it is there. Should the two disagree anyway, the statement fails
    on the missing relation: never a NULL digest.

    Raises:
        ConfigurationError: ``sql`` names a key this process does not hold.
        DatabaseError: the keys could not be stored.
    """
    keys = referenced_keys(sql)
    if not keys:
        return
    held = con.info.setdefault(_PG_KEYS_INFO, set())
    missing = keys - held
    if not missing:
        return
    import psycopg

    try:
        if con.in_transaction():
            con.commit()
        con.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS governance_keys (key_id text, key_secret text NOT NULL)")
        con.exec_driver_sql("DELETE FROM pg_temp.governance_keys WHERE key_id = ANY(%(ids)s)", {"ids": sorted(missing)})
        with con.connection.driver_connection.cursor() as cursor, \
                cursor.copy("COPY pg_temp.governance_keys (key_id, key_secret) FROM STDIN") as copy:
            for row in key_rows(missing):
                copy.write_row(row)
        con.commit()
    except psycopg.Error as exc:
        raise database_error("loading the hashing key", exc) from None
    held |= missing


class PostgresDatabase:
    """A PostgreSQL database through SQLAlchemy and psycopg 3."""

    dialect = "postgres"
    default_schema = "public"

    def __init__(self, url: str) -> None:
        require("psycopg", "postgres")
        self.url = url
        self._engine = postgres_engine(url)
        pin_search_path(self._engine, self.default_schema)
        self._held = threading.local()

    @contextmanager
    def session(self) -> Iterator[None]:
        """Every read of this thread inside the block shares one pooled connection (one checkout instead of one
        per read); nested sessions are the outer one."""
        if getattr(self._held, "con", None) is not None:
            yield
            return
        with self._read_connection() as con:
            self._held.con = con
            try:
                yield
            finally:
                self._held.con = None

    @contextmanager
    def _reading(self) -> Iterator[Any]:
        held = getattr(self._held, "con", None)
        if held is not None:
            yield held
            return
        with self._read_connection() as con:
            yield con

    @contextmanager
    def _read_connection(self) -> Iterator[Any]:
        """A pooled connection for reads, in autocommit: each read is its own statement-level snapshot, as it was
        in a READ COMMITTED transaction, without the BEGIN and ROLLBACK round trips (writes use
        :meth:`execute` and :meth:`write_frame`, in transactions)."""
        with self._engine.connect() as con:
            yield con.execution_options(isolation_level="AUTOCOMMIT")

    def _errors(self) -> tuple[type[BaseException], ...]:
        from sqlalchemy.exc import SQLAlchemyError

        return (SQLAlchemyError,)

    def fetch(self, sql: str) -> pd.DataFrame:
        """Rows of a query; ``date`` columns come back as ``datetime64[us]``, as DuckDB returns them, so that a
        frame read from either backend and written to the other keeps its column types."""
        try:
            with self._reading() as con:
                postgres_keys(con, sql)
                result = con.exec_driver_sql(sql.replace("%", "%%"))
                dates = [i for i, c in enumerate(result.cursor.description or ()) if c.type_code == _PG_DATE_OID]
                frame = pd.DataFrame(result.fetchall(), columns=list(result.keys()))
        except self._errors() as exc:
            raise database_error("query", getattr(exc, "orig", exc) or exc) from None
        return _dates_as_datetime64(frame, dates)

    def execute(self, sql: str, before_commit: BeforeCommit | None = None) -> int:
        try:
            with self._engine.connect() as con:
                postgres_keys(con, sql)
                with con.begin():
                    count = int(con.exec_driver_sql(sql.replace("%", "%%")).rowcount)
                    if before_commit is not None:
                        before_commit(count)
                    return count
        except self._errors() as exc:
            raise database_error("statement", getattr(exc, "orig", exc) or exc) from None

    def write_frame(
        self, schema: str, table: str, frame: pd.DataFrame, before_commit: BeforeCommit | None = None,
        partition: Partition | None = None,
    ) -> None:
        from sqlalchemy.types import LargeBinary

        check_frame(frame, f"{schema}.{table}")
        for name in (schema, table):
            if len(name.encode()) > _PG_NAME_BYTES:
                raise DatabaseError(f"cannot write {schema}.{table}: PostgreSQL names hold at most {_PG_NAME_BYTES} "
                                    f"bytes and {name[:20]}... has {len(name.encode())}; choose a shorter name")
        # a staging table of this write only, renamed over the target in the same transaction: a dropped
        # connection or a killed process rolls it all back and the previous version stays
        staging = f"__governed_staging_{uuid.uuid4().hex[:16]}"
        target = quote_table(schema, table, self.dialect)
        try:
            self._ensure_schema(schema)
            with self._engine.begin() as con:
                exists = con.exec_driver_sql("SELECT to_regclass(%(t)s)", {"t": target}).scalar() is not None
                if partition is not None and exists:
                    con.exec_driver_sql(f"DELETE FROM {target} WHERE {partition.predicate(self.dialect)}".replace("%", "%%"))
                    frame.to_sql(table, con, schema=schema, if_exists="append", index=False, method=_copy_rows,
                                 dtype={c: LargeBinary() for c in _bytes_columns(frame)})
                    if before_commit is not None:
                        before_commit(len(frame))
                    return
                frame.to_sql(staging, con, schema=schema, if_exists="fail", index=False, method=_copy_rows,
                             dtype={c: LargeBinary() for c in _bytes_columns(frame)})
                con.exec_driver_sql(f"DROP TABLE IF EXISTS {target}")
                con.exec_driver_sql(
                    f"ALTER TABLE {quote_table(schema, staging, self.dialect)} RENAME TO {quote_name(table, self.dialect)}"
                )
                if before_commit is not None:
                    before_commit(len(frame))
        except GovernanceError:
            raise
        except self._errors() as exc:
            raise database_error(f"writing {schema}.{table}", getattr(exc, "orig", exc) or exc) from None
        except Exception as exc:  # noqa: BLE001 - a conversion error of the frame (e.g. unencodable text)
            raise database_error(f"writing {schema}.{table}", exc) from None

    def _ensure_schema(self, schema: str) -> None:
        """Create ``schema`` if it is missing, in a short transaction of its own.

        Inside the write's transaction, a second writer's ``CREATE SCHEMA IF NOT EXISTS`` would wait for the first
        write to commit and then fail on PostgreSQL's unique index of schema names (two Dagster steps storing
        their first tables at once); an advisory lock held only while creating lets the second see the first's
        schema instead. An existing schema is not created again, so a user without CREATE on the database can
        write to schemas made for it.
        """
        exists = "SELECT 1 FROM pg_namespace WHERE nspname = %(name)s"
        with self._engine.connect() as con:
            if con.exec_driver_sql(exists, {"name": schema}).first() is not None:
                return
        with self._engine.begin() as con:
            con.exec_driver_sql("SELECT pg_advisory_xact_lock(%(key)s, hashtext(%(name)s))",
                                {"key": _SCHEMA_LOCK_KEY, "name": schema})
            con.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {quote_name(schema, self.dialect)}")

    def schema(self) -> Schema:
        return self.catalog().schema

    def views(self) -> dict[str, str]:
        # materialized views are not in the catalog's columns: unknown tables, refused by the rewrite
        return self.catalog().views

    def builtin_functions(self) -> frozenset[str]:
        """The lower-cased names of PostgreSQL's own functions (schema ``pg_catalog``) and of its installed
        extensions' functions, read once per database object: a name not among them is a function someone created
        in the database, whose body may run SQL the masking rewrite never sees.

        Raises:
            DatabaseError: the server could not be asked.
        """
        if getattr(self, "_builtins", None) is None:
            try:
                with self._reading() as con:
                    rows = con.exec_driver_sql(_PG_BUILTIN_FUNCTIONS_SQL).fetchall()
            except self._errors() as exc:
                raise database_error("reading the built-in functions", getattr(exc, "orig", exc) or exc) from None
            self._builtins = frozenset(str(row[0]) for row in rows)
        return self._builtins

    def catalog_fingerprint(self) -> str:
        """A digest of what :meth:`catalog` would return now (tables, columns, their types and the views'
        definitions), from one cheap statement that sends back 32 characters; equal fingerprints mean an equal
        catalog, so a caller may keep what it read under this fingerprint.

        Raises:
            DatabaseError: the server could not be asked.
        """
        try:
            with self._reading() as con:
                return str(con.exec_driver_sql(_PG_FINGERPRINT_SQL.replace("%", "%%")).scalar_one())
        except self._errors() as exc:
            raise database_error("reading the catalog fingerprint", getattr(exc, "orig", exc) or exc) from None

    def fetch_at(self, sql: str, fingerprint: str) -> tuple[str, pd.DataFrame | None]:
        """The rows of ``sql`` if the catalog's fingerprint is still ``fingerprint``: the fingerprint statement and
        ``sql`` travel in one round trip (psycopg's pipeline) and run in that order on one server connection, as a
        check followed by :meth:`fetch` would. Returns the fingerprint found and the rows, or ``None`` (the rows
        thrown away unread) when it differs. A statement that fails while the fingerprint differs returns ``None``
        too: it was planned for a catalog that has changed since.

        Raises:
            DatabaseError: the statement failed on an unchanged catalog, or the server could not be asked.
        """
        import psycopg

        errors = (*self._errors(), psycopg.Error)
        try:
            with self._reading() as con:
                postgres_keys(con, sql)
                pg = con.connection.driver_connection
                try:
                    with pg.pipeline():
                        check = pg.execute(_PG_FINGERPRINT_SQL)  # no parameters: both texts are sent verbatim
                        rows = pg.execute(sql)
                except psycopg.Error as exc:
                    found = check.fetchone() if check.pgresult is not None else None
                    current = str(found[0]) if found is not None else self.catalog_fingerprint()
                    if current != fingerprint:
                        return current, None
                    raise database_error("query", exc) from None
                found = check.fetchone()
                current = str(found[0]) if found is not None else ""
                if current != fingerprint:
                    return current, None
                description = rows.description or []
                frame = pd.DataFrame(rows.fetchall(), columns=[c.name for c in description])
        except GovernanceError:
            raise
        except errors as exc:
            raise database_error("query", getattr(exc, "orig", exc) or exc) from None
        dates = [i for i, c in enumerate(description) if c.type_code == _PG_DATE_OID]
        return current, _dates_as_datetime64(frame, dates)

    def catalog(self) -> Catalog:
        """The schema and views in one statement, with the fingerprint of exactly what was read (computed by the
        same statement, so a change committed meanwhile cannot pair an old fingerprint with a new catalog)."""
        try:
            with self._reading() as con:
                rows = con.exec_driver_sql(_PG_CATALOG_SQL.replace("%", "%%")).fetchall()
        except self._errors() as exc:
            raise database_error("reading the catalog", getattr(exc, "orig", exc) or exc) from None
        schema: Schema = {}
        views: dict[str, str] = {}
        for _fingerprint, kind, owner, name, column, detail in rows:
            if kind == "c":
                schema.setdefault(owner, {}).setdefault(name, {})[column] = str(detail)
            elif kind == "v":
                views[f"{owner}.{name}"] = str(detail)
        return Catalog(str(rows[0][0]), schema, views)

    def catalogs(self) -> frozenset[str]:
        """None: PostgreSQL reads no two-part name as database.table."""
        return frozenset()

