"""Properties of the guardrails on the governed execute path, checked on statements hypothesis composes: a
destructive core (DROP, DELETE or UPDATE without a limiting WHERE, TRUNCATE, ALTER, COPY, ATTACH, INSERT or CREATE
into the protected schema) under any spelling of the table (quoted, schema- or catalog-qualified, odd case), hidden
behind comments, in a multi-statement string, in a CTE, with odd casing and whitespace.

Each statement goes through ``GovernedConnection.execute`` and ``query`` on a real DuckDB file (and, fewer examples,
on the PostgreSQL server, marker ``postgres``); it must be refused with a :class:`StatementRefused`, and afterwards
every table, schema and file is exactly as before.
Examples are derandomized, so CI sees the same statements on every run.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from governance_dagster.errors import StatementRefused
from governance_dagster.governed.approvals import Approvals
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.loader import load_policy
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import open_database
from governance_dagster.store.handover import release
from tests.conftest import POLICY_YAML, SECRET, customers_frame, write_duckdb

PROPERTY = settings(derandomize=True, database=None, deadline=None, print_blob=False,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

#: every way of naming main.customers in a DuckDB file called prod.duckdb
TABLES = ["customers", "main.customers", '"customers"', '"main"."customers"', "MAIN.CUSTOMERS", '"MAIN"."Customers"',
          "prod.customers", "prod.main.customers", '"prod"."main"."customers"', "Prod.Customers", "orders",
          "main . orders", "prod.orders"]

CORES = [
    "DROP TABLE {t}", "DROP TABLE IF EXISTS {t}", "DROP TABLE {t} CASCADE", "DROP SCHEMA main CASCADE",
    "DROP SCHEMA prod.main CASCADE", "DROP VIEW IF EXISTS {t}",
    "DELETE FROM {t}", "DELETE FROM {t} WHERE 1 = 1", "DELETE FROM {t} WHERE true",
    "DELETE FROM {t} WHERE customer_id = customer_id", "DELETE FROM {t} WHERE customer_id > 0 OR 1 = 1",
    "DELETE FROM {t} WHERE customer_id = 1", "DELETE FROM {t} USING {t} AS x WHERE x.customer_id > 0",
    "TRUNCATE {t}", "TRUNCATE TABLE {t}",
    "ALTER TABLE {t} DROP COLUMN customer_id", "ALTER TABLE {t} RENAME TO gone", "ALTER TABLE {t} ADD COLUMN z INTEGER",
    "ALTER TABLE {t} RENAME COLUMN customer_id TO cid", "ALTER TABLE {t} ALTER COLUMN customer_id TYPE VARCHAR",
    "UPDATE {t} SET customer_id = 0", "UPDATE {t} SET customer_id = 0 WHERE 1 = 1",
    "UPDATE {t} SET customer_id = customer_id + 1000 WHERE customer_id > 0",
    "UPDATE {t} SET customer_id = 0 WHERE customer_id = 1",
    "COPY {t} TO '{dir}/out.csv'", "COPY (SELECT * FROM {t}) TO '{dir}/out.parquet' (FORMAT parquet)",
    "COPY {t} FROM '{dir}/seed.csv'", "EXPORT DATABASE '{dir}/export'",
    "ATTACH '{dir}/other.duckdb' AS other", "ATTACH '{dir}/prod.duckdb' AS again",
    "INSERT INTO {t} SELECT * FROM {t}", "INSERT INTO {t} (customer_id) VALUES (999)",
    "INSERT OR REPLACE INTO {t} SELECT * FROM {t}", "INSERT INTO {t} BY NAME SELECT 998 AS customer_id",
    "CREATE OR REPLACE TABLE {t} AS SELECT 1 AS a", "CREATE TABLE main.planted AS SELECT 1 AS a",
    "CREATE TABLE prod.planted AS SELECT 1 AS a", "CREATE VIEW main.v AS SELECT 1 AS a",
    "CREATE OR REPLACE VIEW prod.main.v AS SELECT 1 AS a", "CREATE SCHEMA main", "CREATE INDEX i ON {t} (customer_id)",
    "COMMENT ON TABLE {t} IS 'x'", "CHECKPOINT", "VACUUM", "SET threads = 1", "PRAGMA enable_profiling",
    "INSTALL httpfs", "LOAD httpfs", "DETACH prod", "USE memory",
    "SELECT * FROM read_csv('{dir}/seed.csv')", "CREATE TABLE main.copied AS SELECT * FROM read_csv('{dir}/seed.csv')",
]

WRAPPERS = [
    "{s}", "{s};", "SELECT 1; {s}", "{s}; SELECT 1", "/* harmless report */ {s}", "{s} -- only a temp table",
    "-- nothing to see\n{s}", "/* outer /* nested */ still */ {s}", "WITH x AS (SELECT 1 AS a) {s}",
    "BEGIN; {s}; COMMIT", "{s}; {s}", "SELECT 1;\n\n{s}\n;",
]


def _odd_case(text: str, flips: list[bool]) -> str:
    """Flip the case of letters outside single-quoted strings (paths keep their case)."""
    out, quoted, i = [], False, 0
    for ch in text:
        if ch == "'":
            quoted = not quoted
        if not quoted and ch.isalpha():
            ch = ch.swapcase() if flips[i % len(flips)] else ch
            i += 1
        out.append(ch)
    return "".join(out)


@st.composite
def destructive(draw: st.DrawFn, directory: str) -> str:
    core = draw(st.sampled_from(CORES)).format(t=draw(st.sampled_from(TABLES)), dir=directory)
    sql = draw(st.sampled_from(WRAPPERS)).replace("{s}", core)
    if draw(st.booleans()):
        sql = _odd_case(sql, draw(st.lists(st.booleans(), min_size=1, max_size=8)))
    spacing = draw(st.sampled_from([" ", "\n", "\t", "  ", " /**/ "]))
    return sql.replace(" ", spacing) if "'" not in sql else sql


def _snapshot(path: Path) -> dict[str, str]:
    """Every schema, table and row of the file (digested), and every file beside it."""
    state = {}
    release(str(path))  # the governed path holds the file between statements (docs/audit.md)
    with duckdb.connect(str(path), read_only=True) as con:
        state["schemas"] = repr(con.execute("SELECT schema_name FROM information_schema.schemata ORDER BY 1").fetchall())
        tables = con.execute("SELECT table_schema, table_name, table_type FROM information_schema.tables "
                             "ORDER BY 1, 2").fetchall()
        state["tables"] = repr(tables)
        for schema, table, _ in tables:
            columns = con.execute(f'SELECT * FROM "{schema}"."{table}" LIMIT 0').df().columns
            frame = con.execute(f'SELECT * FROM "{schema}"."{table}" ORDER BY ALL').df()
            state[f"{schema}.{table}"] = f"{list(columns)}:{hashlib.sha256(frame.to_csv().encode()).hexdigest()}"
        state["indexes"] = repr(con.execute("SELECT index_name FROM duckdb_indexes() ORDER BY 1").fetchall())
    # the sidecar lock file every governed DuckDB access holds (docs/audit.md) is not a change of the database
    state["files"] = repr(sorted(p.name for p in path.parent.iterdir()
                                 if not p.name.startswith(("audit", "pristine")) and p.name != f"{path.name}.lock"))
    return state


@pytest.fixture(scope="module")
def governed(tmp_path_factory: pytest.TempPathFactory) -> tuple[GovernedConnection, Path]:
    tmp = tmp_path_factory.mktemp("guardrail-properties")
    orders = pd.DataFrame({"order_id": range(1, 21), "customer_id": [1 + i % 10 for i in range(20)]})
    url = write_duckdb(tmp / "prod.duckdb", customers=customers_frame(), orders=orders)
    (tmp / "seed.csv").write_text("customer_id\n999\n")
    policy = tmp / "policy.yaml"
    policy.write_text(POLICY_YAML)
    audit = f"duckdb:///{tmp / 'audit.duckdb'}"
    connection = GovernedConnection(open_database(url), load_policy(policy), open_audit_store(audit),
                                    Identity("alice", "test"), SECRET, approvals=Approvals(audit))
    shutil.copy(tmp / "prod.duckdb", tmp / "pristine.bin")
    return connection, tmp / "prod.duckdb"


def _restore(path: Path) -> None:
    """Start each example from the pristine file, so that one statement that got through cannot hide another."""
    release(str(path))
    for extra in path.parent.iterdir():
        if extra.name not in {"prod.duckdb", "prod.duckdb.lock", "pristine.bin", "seed.csv", "policy.yaml"} and not extra.name.startswith("audit"):
            shutil.rmtree(extra) if extra.is_dir() else extra.unlink()
    shutil.copy(path.parent / "pristine.bin", path)


@settings(PROPERTY, max_examples=70)
@given(data=st.data())
def test_when_a_statement_hides_a_destructive_part_then_it_is_refused_and_nothing_changes(governed, data) -> None:
    connection, path = governed
    sql = data.draw(destructive(str(path.parent)), label="sql")
    _restore(path)
    before = _snapshot(path)
    for run in (connection.execute, connection.query):
        with pytest.raises(StatementRefused) as refused:
            run(sql)
        event(f"{run.__name__} refused: {refused.value.rule}")
    assert _snapshot(path) == before, f"the statement changed the database: {sql!r}"


PG_TABLES = ['{s}.customers', '"{s}"."customers"', '{S}.CUSTOMERS', 'test.{s}.customers', '"test"."{s}".customers',
             '{s}.orders']
PG_CORES = [
    "DROP TABLE {t}", "DROP TABLE IF EXISTS {t} CASCADE", "DROP SCHEMA {s} CASCADE", "DELETE FROM {t}",
    "DELETE FROM {t} WHERE 1 = 1", "DELETE FROM {t} WHERE customer_id = customer_id", "DELETE FROM {t} WHERE customer_id = 1",
    "TRUNCATE {t}", "TRUNCATE TABLE {t} RESTART IDENTITY CASCADE", "ALTER TABLE {t} DROP COLUMN customer_id",
    "ALTER TABLE {t} RENAME TO gone", "UPDATE {t} SET customer_id = 0", "UPDATE {t} SET customer_id = 0 WHERE true",
    "UPDATE {t} SET customer_id = 0 WHERE customer_id = 1", "COPY {t} TO PROGRAM 'cat'", "COPY {t} FROM PROGRAM 'echo 1'",
    "INSERT INTO {t} (customer_id) VALUES (999)", "CREATE TABLE {s}.planted AS SELECT 1 AS a",
    "WITH d AS (DELETE FROM {t} RETURNING *) SELECT * FROM d", "WITH d AS (DELETE FROM {t} WHERE customer_id = 1 RETURNING *) SELECT 1",
    "SELECT set_config('search_path', 'x', false)", "SELECT pg_terminate_backend(pg_backend_pid())",
    "SET search_path = 'x'", "GRANT ALL ON {t} TO public", "DO $$ BEGIN DELETE FROM {t}; END $$",
]


@st.composite
def pg_destructive(draw: st.DrawFn, schema: str) -> str:
    table = draw(st.sampled_from(PG_TABLES)).format(s=schema, S=schema.upper())
    core = draw(st.sampled_from(PG_CORES)).format(t=table, s=schema)
    sql = draw(st.sampled_from(WRAPPERS)).replace("{s}", core)
    return _odd_case(sql, draw(st.lists(st.booleans(), min_size=1, max_size=8))) if draw(st.booleans()) else sql


@pytest.fixture(scope="module")
def pg_governed(postgres_url: str, tmp_path_factory: pytest.TempPathFactory):
    import uuid

    from sqlalchemy import create_engine, text

    schema = f"gd_guard_{uuid.uuid4().hex[:10]}"
    engine = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as con:
        con.execute(text(f'CREATE SCHEMA "{schema}"'))
        customers_frame().to_sql("customers", con, schema=schema, index=False)
        pd.DataFrame({"order_id": range(1, 21), "customer_id": [1 + i % 10 for i in range(20)]}).to_sql(
            "orders", con, schema=schema, index=False)
    tmp = tmp_path_factory.mktemp("pg-guardrail-properties")
    policy = tmp / "policy.yaml"
    policy.write_text(f"protected_schemas: [{schema}, public]\n")
    audit = f"duckdb:///{tmp / 'audit.duckdb'}"
    connection = GovernedConnection(open_database(postgres_url), load_policy(policy), open_audit_store(audit),
                                    Identity("alice", "test"), SECRET, approvals=Approvals(audit))
    try:
        yield connection, engine, schema
    finally:
        with engine.begin() as con:
            con.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        engine.dispose()


def _pg_snapshot(engine, schema: str) -> dict[str, str]:  # noqa: ANN001 - a SQLAlchemy engine
    with engine.connect() as con:
        tables = con.exec_driver_sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s ORDER BY 1", (schema,)).fetchall()
        state = {"tables": repr(tables)}
        for (table,) in tables:
            rows = con.exec_driver_sql(f'SELECT * FROM "{schema}"."{table}" ORDER BY 1').fetchall()
            columns = con.exec_driver_sql(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND table_name = %s "
                "ORDER BY ordinal_position", (schema, table)).fetchall()
            state[table] = f"{columns}:{hashlib.sha256(repr(rows).encode()).hexdigest()}"
        state["search_path"] = con.exec_driver_sql("SHOW search_path").scalar()
    return state


@pytest.mark.postgres
@settings(PROPERTY, max_examples=30)
@given(data=st.data())
def test_when_a_statement_hides_a_destructive_part_then_postgres_refuses_it_and_nothing_changes(pg_governed, data) -> None:
    connection, engine, schema = pg_governed
    sql = data.draw(pg_destructive(schema), label="sql")
    before = _pg_snapshot(engine, schema)
    for run in (connection.execute, connection.query):
        with pytest.raises(StatementRefused) as refused:
            run(sql)
        event(f"{run.__name__} refused: {refused.value.rule}")
    assert _pg_snapshot(engine, schema) == before, f"the statement changed the database: {sql!r}"
