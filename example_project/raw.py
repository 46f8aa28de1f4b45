"""Raw, ungoverned access to the example's "production" database, for the two places that are meant to bypass
governance: seeding the fake data, and the naive job (the counter-example teams write without governance-dagster).

Both backends of the example work from the URL alone: ``duckdb:///path.duckdb`` or ``postgresql://user@host/db``
(tables in the database's default schema: ``main`` for DuckDB, ``public`` for PostgreSQL).

Example:
    >>> import os, tempfile, pandas as pd
    >>> url = "duckdb:///" + os.path.join(tempfile.mkdtemp(), "p.duckdb")
    >>> write_tables(url, {"t": pd.DataFrame({"a": [1, 2]})})
    >>> read_table(url, "t")["a"].tolist(), has_table(url, "t"), has_table(url, "ghost")
    ([1, 2], True, False)
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError

from governance_dagster.errors import ConfigurationError


def backend(url: str) -> str:
    """``duckdb`` or ``postgresql``, from the URL.

    Raises:
        ConfigurationError: the URL is malformed or names another backend.
    """
    try:
        name = make_url(url).get_backend_name()
    except ArgumentError:
        raise ConfigurationError(
            "example database URL is malformed; use 'duckdb:///path.duckdb' or 'postgresql://user@host:5432/db'"
        ) from None
    if name == "duckdb":
        return "duckdb"
    if name in ("postgresql", "postgres"):
        return "postgresql"
    raise ConfigurationError(f"the example runs on DuckDB or PostgreSQL, not {name!r}; use 'duckdb:///...' or "
                             "'postgresql://...'")


def display_url(url: str) -> str:
    """The URL with any password hidden, for printing."""
    return make_url(url).render_as_string(hide_password=True)


def _duckdb_path(url: str) -> str:
    return make_url(url).database or ":memory:"


def _postgres_engine(url: str) -> Engine:
    from sqlalchemy import create_engine

    parsed: URL = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed)


def read_table(url: str, table: str) -> pd.DataFrame:
    """Every raw row of ``table`` (in the default schema), through a plain connection: no masking, no audit."""
    if backend(url) == "duckdb":
        import duckdb

        with duckdb.connect(_duckdb_path(url), read_only=True) as con:
            return con.execute(f'SELECT * FROM "{table}"').df()
    engine = _postgres_engine(url)
    try:
        with engine.connect() as con:
            return pd.read_sql_query(f'SELECT * FROM "{table}"', con)
    finally:
        engine.dispose()


def has_table(url: str, table: str) -> bool:
    """Whether ``table`` exists in the default schema (a DuckDB file that does not exist has no table)."""
    if backend(url) == "duckdb":
        import duckdb

        path = _duckdb_path(url)
        if path != ":memory:" and not Path(path).exists():
            return False
        with duckdb.connect(path, read_only=True) as con:
            query = "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?"
            return con.execute(query, [table]).fetchone()[0] > 0
    from sqlalchemy import inspect

    engine = _postgres_engine(url)
    try:
        return inspect(engine).has_table(table)
    finally:
        engine.dispose()


def write_tables(url: str, tables: dict[str, pd.DataFrame]) -> None:
    """Create (or replace) ``tables`` in the default schema, all in one transaction.

    A DuckDB file is written beside the target and moved into place, so a reader never sees half a file;
    PostgreSQL tables are created with pandas' column types and filled with ``COPY``.
    """
    if backend(url) == "duckdb":
        _write_duckdb(Path(_duckdb_path(url)), tables)
    else:
        _write_postgres(url, tables)


def _write_duckdb(path: Path, tables: dict[str, pd.DataFrame]) -> None:
    import duckdb

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".seeding")
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        for name, frame in tables.items():
            con.register("__frame", frame)
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM __frame')
            con.unregister("__frame")
    finally:
        con.close()
    tmp.replace(path)


def _write_postgres(url: str, tables: dict[str, pd.DataFrame]) -> None:
    engine = _postgres_engine(url)
    try:
        with engine.begin() as con:
            for name, frame in tables.items():
                con.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}" CASCADE')
                frame.head(0).to_sql(name, con, index=False)
                buffer = io.StringIO()
                frame.to_csv(buffer, index=False, header=False)
                columns = ", ".join(f'"{c}"' for c in frame.columns)
                with con.connection.driver_connection.cursor() as cursor, \
                        cursor.copy(f'COPY "{name}" ({columns}) FROM STDIN WITH (FORMAT csv)') as copy:
                    copy.write(buffer.getvalue())
    finally:
        engine.dispose()
