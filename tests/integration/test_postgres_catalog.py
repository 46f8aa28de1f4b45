"""What a governed connection knows of a PostgreSQL catalog is never stale, and costs one small statement when
nothing changed.

Each statement asks the server for the catalog's fingerprint (a digest of the tables, columns, types and view
definitions, computed in SQL) and reads the catalog only when it is one this process has not read yet: a column
added or a view redefined by another connection is seen, and masked, by the very next statement. The catalog is
read from ``pg_catalog`` and must equal what ``information_schema.columns`` and ``pg_views`` list.

The tests run in a database of their own (created here, dropped afterwards), so other tests' schemas cannot
change its catalog while statements are counted.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pandas as pd
import psycopg
import pytest
from sqlalchemy.engine import make_url

from governance_dagster.governed import connection as connection_module
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.loader import load_policy
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import PostgresDatabase, open_database
from tests.conftest import contains_canary

pytestmark = pytest.mark.postgres

EMAIL = "zebulon.quixotefeather.canary@example.org"

#: What the catalog was read from before it was read from pg_catalog: the reference it must equal.
INFORMATION_SCHEMA_COLUMNS = (
    "SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns "
    "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg\\_temp\\_%' "
    "ORDER BY table_schema, table_name, ordinal_position")
PG_VIEWS = "SELECT schemaname, viewname, definition FROM pg_views WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"


@pytest.fixture(scope="module")
def own_url(postgres_url: str) -> Iterator[str]:
    """A database of this module alone."""
    name = f"gd_catalog_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def schema(own_url: str) -> Iterator[str]:
    """A fresh schema with ``people`` (id, topic: nothing personal) and ``contacts`` (id, email); dropped after."""
    name = f"s_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(own_url, autocommit=True) as con:
        con.execute(f'CREATE SCHEMA "{name}"')
        con.execute(f"CREATE TABLE \"{name}\".people AS SELECT g AS id, 'plan ' || g AS topic FROM generate_series(1, 40) g")
        con.execute(f"CREATE TABLE \"{name}\".contacts AS SELECT g AS id, 'person' || g || '@example.com' AS email "
                    "FROM generate_series(1, 40) g")
        con.execute(f"UPDATE \"{name}\".contacts SET email = '{EMAIL}' WHERE id = 1")
    yield name
    with psycopg.connect(own_url, autocommit=True) as con:
        con.execute(f'DROP SCHEMA "{name}" CASCADE')


@pytest.fixture
def governed(own_url, schema, policy_path, audit_url, secret) -> GovernedConnection:
    return GovernedConnection(open_database(own_url), load_policy(policy_path), open_audit_store(audit_url),
                              Identity("alice", "test"), secret)


def _by_another_writer(url: str, *statements: str) -> None:
    with psycopg.connect(url) as other, other.transaction():
        for sql in statements:
            other.execute(sql)


def _catalog_reads(database: PostgresDatabase) -> list[str]:
    """What ``database`` is asked of its catalog from now on, in order: ``fingerprint`` (alone), ``rows at
    fingerprint`` (a statement's rows with the fingerprint in the same round trip) and ``catalog`` (the whole
    catalog, read). Counted by wrapping the object's own methods; each still runs against the server."""
    asked: list[str] = []

    def counted(name: str, method):
        def call(*args, **kwargs):
            asked.append(name)
            return method(*args, **kwargs)
        return call

    database.catalog_fingerprint = counted("fingerprint", database.catalog_fingerprint)  # type: ignore[method-assign]
    database.fetch_at = counted("rows at fingerprint", database.fetch_at)  # type: ignore[method-assign]
    database.catalog = counted("catalog", database.catalog)  # type: ignore[method-assign]
    return asked


@pytest.mark.parametrize("change", [
    pytest.param(lambda s: [f"ALTER TABLE \"{s}\".people ADD COLUMN email text DEFAULT '{EMAIL}'"], id="column added"),
    pytest.param(lambda s: [f'DROP TABLE "{s}".people',
                            (f"CREATE TABLE \"{s}\".people AS SELECT g AS id, 'plan ' || g AS topic, '{EMAIL}' AS email "
                             "FROM generate_series(1, 40) g")], id="table replaced with one more column"),
])
def test_when_another_connection_adds_a_column_then_the_next_governed_read_sees_it_and_masks_it(
        governed, own_url, schema, change) -> None:
    sql = f'SELECT * FROM "{schema}".people'
    assert list(governed.query(sql).frame.columns) == ["id", "topic"]
    assert list(governed.query(sql).frame.columns) == ["id", "topic"]  # planned once, the plan reused

    _by_another_writer(own_url, *change(schema))
    whole = governed.query(sql)
    named = governed.query(f'SELECT id, email FROM "{schema}".people')

    for result in (whole, named):
        assert result.masked["email"] == [f"{schema}.people.email:hash"]
        assert result.frame["email"].notna().all() and contains_canary(result.frame.to_csv()) == []


def test_when_another_connection_renames_a_column_then_the_next_read_is_planned_again_instead_of_failing(
        governed, own_url, schema) -> None:
    sql = f'SELECT * FROM "{schema}".contacts'
    governed.query(sql)
    governed.query(sql)  # its plan names the columns: it would fail on the server now

    _by_another_writer(own_url, f'ALTER TABLE "{schema}".contacts RENAME COLUMN email TO contact_email')
    result = governed.query(sql)

    assert list(result.frame.columns) == ["id", "contact_email"]
    assert result.masked == {"contact_email": [f"{schema}.contacts.contact_email:hash"]}
    assert contains_canary(result.frame.to_csv()) == []


def test_when_another_connection_redefines_a_view_then_the_next_read_through_it_follows_and_masks_the_new_definition(
        governed, own_url, schema) -> None:
    _by_another_writer(own_url, f'CREATE VIEW "{schema}".directory AS SELECT id FROM "{schema}".contacts')
    sql = f'SELECT * FROM "{schema}".directory'
    assert list(governed.query(sql).frame.columns) == ["id"]
    assert list(governed.query(sql).frame.columns) == ["id"]

    _by_another_writer(own_url, f'CREATE OR REPLACE VIEW "{schema}".directory AS SELECT id, email FROM "{schema}".contacts')
    result = governed.query(sql)

    assert list(result.frame.columns) == ["id", "email"]
    assert result.masked == {"email": [f"{schema}.contacts.email:hash"]}
    assert contains_canary(result.frame.to_csv()) == []


def test_when_nothing_changed_then_the_catalog_is_read_once_per_process_and_only_its_fingerprint_per_statement(
        governed, own_url, schema, policy_path, audit_url, secret) -> None:
    connection_module._CATALOGS.clear()
    asked = _catalog_reads(governed.database)  # type: ignore[arg-type]
    sql = f'SELECT id, topic FROM "{schema}".people'

    for _ in range(3):
        governed.query(sql)
    # the first statement asks, reads the catalog and plans; the next ones run their plan and check the
    # fingerprint in the round trip that reads their rows
    assert asked == ["fingerprint", "catalog", "rows at fingerprint", "rows at fingerprint"]

    # a new connection with a database object of its own, as a step or an agent call gets one
    fresh = GovernedConnection(open_database(own_url), governed.policy, governed.audit, Identity("bob", "test"), secret)
    fresh_asked = _catalog_reads(fresh.database)  # type: ignore[arg-type]
    fresh.query(sql)
    fresh.query(sql)
    assert fresh_asked == ["fingerprint", "rows at fingerprint"]

    frame = pd.DataFrame({"step": [1, 2], "value": [0.5, 1.5]})
    asked.clear()
    governed.write_table(f"{schema}.results", frame)  # a new table: the catalog changed
    governed.query(sql)
    governed.write_table(f"{schema}.results", frame)  # replaced by a table with the same columns: it did not
    governed.query(sql)
    assert asked == ["rows at fingerprint", "catalog", "rows at fingerprint"]


@pytest.mark.parametrize(("change", "changes_it"), [
    ('ALTER TABLE "{s}".people ADD COLUMN note text', True),
    ('ALTER TABLE "{s}".people DROP COLUMN topic', True),
    ('ALTER TABLE "{s}".people RENAME COLUMN topic TO subject', True),
    ('ALTER TABLE "{s}".people ALTER COLUMN id TYPE bigint', True),
    ('ALTER TABLE "{s}".people RENAME TO persons', True),
    ('CREATE TABLE "{s}".extra (id int)', True),
    ('DROP TABLE "{s}".contacts', True),
    ('CREATE VIEW "{s}".v AS SELECT id FROM "{s}".people', True),
    ('CREATE MATERIALIZED VIEW "{s}".mv AS SELECT id FROM "{s}".people', False),  # not readable through the rewrite
    ('INSERT INTO "{s}".people VALUES (41, \'plan 41\')', False),
    ('CREATE TEMP TABLE scratch_rows (id int)', False),
    ('ANALYZE "{s}".people', False),
    ('CREATE INDEX ON "{s}".people (id)', False),
])
def test_when_the_catalog_changes_then_its_fingerprint_changes_with_it(own_url, schema, change, changes_it) -> None:
    database = open_database(own_url)
    assert isinstance(database, PostgresDatabase)
    before = database.catalog()
    assert database.catalog_fingerprint() == before.fingerprint

    with psycopg.connect(own_url, autocommit=True) as other:
        other.execute(change.format(s=schema))
        after = database.catalog()
        assert database.catalog_fingerprint() == after.fingerprint
        assert (after.fingerprint != before.fingerprint) is changes_it
        assert ((after.schema, after.views) != (before.schema, before.views)) is changes_it


def test_when_a_view_is_redefined_with_the_same_columns_then_the_fingerprint_changes(own_url, schema) -> None:
    database = open_database(own_url)
    assert isinstance(database, PostgresDatabase)
    _by_another_writer(own_url, f'CREATE VIEW "{schema}".v AS SELECT id, topic FROM "{schema}".people')
    before = database.catalog()
    _by_another_writer(own_url, f'CREATE OR REPLACE VIEW "{schema}".v AS SELECT id, upper(topic) AS topic FROM "{schema}".people')
    after = database.catalog()
    assert after.schema == before.schema and after.views != before.views
    assert after.fingerprint != before.fingerprint


@pytest.mark.parametrize("user", ["owner", "a role granted two of three columns"])
def test_when_the_catalog_is_read_from_pg_catalog_then_it_equals_information_schema_and_pg_views(own_url, schema, user) -> None:
    s = schema
    role = f"gd_limited_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(own_url, autocommit=True) as con:
        for sql in (
            f"CREATE TYPE \"{s}\".mood AS ENUM ('calm', 'loud')",
            f'CREATE DOMAIN "{s}".email_text AS varchar(80)',
            f'CREATE DOMAIN "{s}".id_list AS int[]',
            f'CREATE DOMAIN "{s}".mood_d AS "{s}".mood',
            (f'CREATE TABLE "{s}".types (a int, b bigint, c smallint, d numeric(10,2), e numeric, f real, '
             'g double precision, h varchar(20), i char(3), j text, k boolean, l date, m timestamp, n timestamptz, '
             'o time, p interval, q bytea, r json, t jsonb, u uuid, v int[], w text[], '
             f'x "{s}".mood, y "{s}".email_text, z "{s}".id_list, aa "{s}".mood_d, ab inet, ac bit(3), ad money, '
             'ae serial, af "char", ag name)'),
            f'ALTER TABLE "{s}".types DROP COLUMN c',
            f'CREATE TABLE "{s}".parted (id int, day date) PARTITION BY RANGE (day)',
            f"CREATE TABLE \"{s}\".parted_2026 PARTITION OF \"{s}\".parted FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
            f'CREATE TABLE "{s}"."Odd, ""name""" ("col ""q"", x" text, "Zeta" int)',
            f'CREATE VIEW "{s}".typed AS SELECT a, h, upper(j) AS j FROM "{s}".types',
            f'CREATE MATERIALIZED VIEW "{s}".mv AS SELECT a FROM "{s}".types',
            f'CREATE TABLE "{s}".secrets (id int, hidden text, shown text)',
            f"CREATE ROLE {role} LOGIN",
            f'GRANT USAGE ON SCHEMA "{s}" TO {role}',
            f'GRANT SELECT (id, shown) ON "{s}".secrets TO {role}',
        ):
            con.execute(sql)
    url = own_url if user == "owner" else make_url(own_url).set(username=role).render_as_string(hide_password=False)
    database = open_database(url)
    assert isinstance(database, PostgresDatabase)
    try:
        with psycopg.connect(url, autocommit=True) as con:
            con.execute("CREATE TEMP TABLE mine (id int)")  # a session's own temporary table is no user table
            columns = con.execute(INFORMATION_SCHEMA_COLUMNS).fetchall()
            views = {f"{a}.{b}": d for a, b, d in con.execute(PG_VIEWS).fetchall()}
        expected: dict = {}
        for owner, table, column, data_type in columns:
            expected.setdefault(owner, {}).setdefault(table, {})[column] = data_type
        catalog = database.catalog()

        assert catalog.schema == expected
        assert [list(t) for t in catalog.schema[s].values()] == [list(t) for t in expected[s].values()]  # same order
        assert catalog.views == views
        if user == "owner":
            assert catalog.schema[s]["types"]["z"] == "ARRAY" and catalog.schema[s]["types"]["x"] == "USER-DEFINED"
            assert catalog.schema[s]["types"]["y"] == "character varying"
        else:
            assert catalog.schema[s] == {"secrets": {"id": "integer", "shown": "text"}}
    finally:
        database._engine.dispose()
        with psycopg.connect(own_url, autocommit=True) as con:
            con.execute(f"DROP OWNED BY {role}")
            con.execute(f"DROP ROLE {role}")
