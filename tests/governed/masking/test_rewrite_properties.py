"""Properties of the masking rewrite, checked on queries hypothesis composes from the shapes the masking layer must
handle: ``SELECT *``, aliases, joins, CTEs, subqueries, UNION, window functions, aggregates, expressions derived from
sensitive columns (``lower(email)``, ``substr(ssn, 1, 3)``, ``name || ''``, ``concat``, casts, ``CASE``) and
predicates.

1. Every generated query runs on the raw tables (the generator writes valid SQL); through the governed path it
   either comes back with no canary of tests/conftest.py in the result, or is refused with a
   :class:`StatementRefused` -- never another exception.
2. The rewritten SQL parses in its dialect, generates the same SQL again, and DuckDB prepares and runs it.

DuckDB gets most examples; PostgreSQL (marker ``postgres``) a smaller number. Examples are derandomized, so CI
sees the same queries on every run; a failure prints the query, which holds only synthetic canary values.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import pytest
import sqlglot
from hypothesis import HealthCheck, event, find, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from governance_dagster.errors import StatementRefused
from governance_dagster.governed.approvals import Approvals
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.governed.masking.rewrite import rewrite_query
from governance_dagster.policy.loader import load_policy
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import duckdb_keys, open_database
from governance_dagster.store.handover import release
from tests.conftest import CANARIES, POLICY_YAML, SECRET, contains_canary, customers_frame, write_duckdb

PROPERTY = settings(derandomize=True, database=None, deadline=None, print_blob=False,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

#: columns of customers as text expressions (the date cast, so every expression is a string)
SENSITIVE = ["full_name", "email", "phone", "ssn", "street", "support_notes", "CAST({a}.birth_date AS VARCHAR)"]
PLAIN = ["segment", "city", "CAST({a}.customer_id AS VARCHAR)", "CAST({a}.income AS VARCHAR)"]
ORDERS = ["CAST({a}.amount AS VARCHAR)", "CAST({a}.order_id AS VARCHAR)"]


@dataclass(frozen=True)
class From:
    """A FROM clause and the (alias, column templates) it brings into scope."""

    sql: Callable[[Callable[[str], str]], str]
    columns: tuple[tuple[str, str], ...]


def _cols(alias: str, names: list[str]) -> tuple[tuple[str, str], ...]:
    return tuple((alias, n) for n in names)


FROMS = [
    From(lambda t: f"{t('customers')} AS c", _cols("c", SENSITIVE + PLAIN)),
    From(lambda t: f"{t('customers')} c JOIN {t('orders')} o ON c.customer_id = o.customer_id",
         _cols("c", SENSITIVE + PLAIN) + _cols("o", ORDERS)),
    From(lambda t: f"{t('customers')} c LEFT JOIN {t('customers')} c2 ON c.customer_id = c2.customer_id + 1",
         _cols("c", SENSITIVE + PLAIN) + _cols("c2", SENSITIVE)),
    From(lambda t: f"{t('customers')} c, {t('orders')} o WHERE c.customer_id = o.customer_id AND o.amount > 0",
         _cols("c", SENSITIVE + PLAIN) + _cols("o", ORDERS)),
]


def _column(alias: str, template: str) -> str:
    return template.format(a=alias) if "{a}" in template else f"{alias}.{template}"


def text_expressions(columns: tuple[tuple[str, str], ...]) -> st.SearchStrategy[str]:
    """String expressions over ``columns``: the column itself, or functions, casts, CASE and concatenations of it."""
    leaves = st.sampled_from([_column(a, c) for a, c in columns])
    k = st.integers(1, 6)

    def wrap(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            inner.map(lambda x: f"lower({x})"),
            inner.map(lambda x: f"upper({x})"),
            st.tuples(inner, k).map(lambda p: f"substr({p[0]}, 1, {p[1]})"),
            st.tuples(inner, k).map(lambda p: f"right({p[0]}, {p[1]})"),
            inner.map(lambda x: f"{x} || ''"),
            st.tuples(inner, inner).map(lambda p: f"concat({p[0]}, '-', {p[1]})"),
            inner.map(lambda x: f"CAST({x} AS VARCHAR)"),
            inner.map(lambda x: f"CASE WHEN c.customer_id = 1 THEN {x} ELSE 'other' END"),
            inner.map(lambda x: f"coalesce({x}, 'n/a')"),
            inner.map(lambda x: f"trim({x})"),
            inner.map(lambda x: f"replace({x}, 'a', 'a')"),
            inner.map(lambda x: f"reverse(reverse({x}))"),
        )

    return st.recursive(leaves, wrap, max_leaves=3)


PREDICATES = [
    "c.segment = 'consumer'", "c.customer_id < 10", "c.income > 0", "c.customer_id IN (1, 2, 3)",
    f"c.email = '{CANARIES['email']}'", "lower(c.full_name) LIKE 'zeb%'", "c.ssn IS NOT NULL",
    "substr(c.phone, 2, 3) = '415'", "c.customer_id = (SELECT min(customer_id) FROM {customers})",
]


@st.composite
def cores(draw: st.DrawFn, width: int, t: Callable[[str], str]) -> str:
    """``SELECT e0 AS v0, ... FROM <from> [WHERE p]``, plain, windowed or aggregated."""
    source = draw(st.sampled_from(FROMS))
    expr = text_expressions(source.columns)
    shape = draw(st.sampled_from(["plain", "window", "aggregate", "grouped"]))
    items = []
    for i in range(width):
        e = draw(expr)
        if shape == "window":
            e = draw(st.sampled_from([f"first_value({e}) OVER (ORDER BY c.customer_id)",
                                      f"lag({e}) OVER (PARTITION BY c.segment ORDER BY c.customer_id)",
                                      f"max({e}) OVER ()"]))
        elif shape in ("aggregate", "grouped"):
            e = draw(st.sampled_from([f"max({e})", f"min({e})", f"string_agg({e}, ',')"]))
        items.append(f"{e} AS v{i}")
    sql = f"SELECT {', '.join(items)} FROM {source.sql(t)}"
    if draw(st.booleans()):
        predicate = draw(st.sampled_from(PREDICATES)).format(customers=t("customers"))
        sql += (" AND " if " WHERE " in sql else " WHERE ") + predicate
    if shape == "grouped":
        sql += " GROUP BY c.segment"
    return sql


def queries(t: Callable[[str], str]) -> st.SearchStrategy[str]:
    """Whole queries: a core, or a core wrapped in CTEs, subqueries, UNION, outer expressions, scalar subqueries."""

    @st.composite
    def build(draw: st.DrawFn) -> str:
        width = draw(st.integers(1, 3))
        names = ", ".join(f"v{i}" for i in range(width))
        core = cores(width, t)
        wrappers = [
            lambda: draw(core),
            lambda: f"SELECT * FROM {draw(st.sampled_from(FROMS)).sql(t)}",
            lambda: f"WITH x AS ({draw(core)}) SELECT {names} FROM x",
            lambda: f"WITH x AS ({draw(core)}), y AS (SELECT * FROM x) SELECT * FROM y",
            lambda: f"SELECT * FROM ({draw(core)}) AS s",
            lambda: f"SELECT {', '.join(f'lower(s.v{i}) AS v{i}' for i in range(width))} FROM ({draw(core)}) s",
            lambda: f"{draw(core)} UNION {draw(core)}",
            lambda: f"{draw(core)} UNION ALL {draw(core)}",
            lambda: f"SELECT v0 FROM ({draw(core)}) s WHERE s.v0 IS NOT NULL",
            lambda: f"SELECT ({draw(cores(1, t))} LIMIT 1) AS v0",
            lambda: f"SELECT count(*) AS n, {names} FROM ({draw(core)}) s GROUP BY {names}",
        ]
        return wrappers[draw(st.integers(0, len(wrappers) - 1))]()

    return build()


def _orders() -> pd.DataFrame:
    return pd.DataFrame({"order_id": range(1, 121), "customer_id": [1 + i % 60 for i in range(120)],
                         "amount": [10.0 + i for i in range(120)]})


def _connection(url: str, tmp: Path) -> GovernedConnection:
    policy = tmp / "policy.yaml"
    policy.write_text(POLICY_YAML)
    audit = f"duckdb:///{tmp / 'audit.duckdb'}"
    return GovernedConnection(open_database(url), load_policy(policy), open_audit_store(audit),
                              Identity("alice", "test"), SECRET, approvals=Approvals(audit))


@pytest.fixture(scope="module")
def duck(tmp_path_factory: pytest.TempPathFactory) -> tuple[GovernedConnection, str]:
    tmp = tmp_path_factory.mktemp("rewrite-properties")
    url = write_duckdb(tmp / "prod.duckdb", customers=customers_frame(), orders=_orders())
    return _connection(url, tmp), str(tmp / "prod.duckdb")


def _plain(name: str) -> str:
    return name


def _raw_duckdb(path: str, sql: str) -> pd.DataFrame:
    release(path)  # the governed path holds the file between statements (docs/audit.md)
    with duckdb.connect(path, read_only=True) as con:
        return con.execute(sql).df()


def assert_masked_or_refused(connection: GovernedConnection, sql: str) -> None:
    try:
        frame = connection.query(sql).frame
    except StatementRefused as refused:
        event(f"refused: {refused.rule}")
        assert contains_canary(str(refused)) == [], "a refusal message names a canary"
        return
    event("released")
    assert contains_canary(frame.to_csv()) == [], f"canary released by: {sql}"


@settings(PROPERTY, max_examples=50)
@given(sql=queries(_plain))
def test_when_any_query_shape_reads_canaries_through_duckdb_then_none_comes_back_or_it_is_refused(duck, sql: str) -> None:
    connection, path = duck
    raw = _raw_duckdb(path, sql)  # the generated query is valid SQL: it runs on the raw tables
    event("raw result holds a canary" if contains_canary(raw.to_csv()) else "raw result holds no canary")
    assert_masked_or_refused(connection, sql)


@settings(PROPERTY, max_examples=60)
@given(sql=queries(_plain))
def test_when_any_query_is_rewritten_then_the_rewrite_parses_in_its_dialect_and_duckdb_runs_it(duck, sql: str) -> None:
    connection, path = duck
    try:
        rewrite = rewrite_query(sql, connection.schema(), connection.masks_for, "duckdb", "main", secret=SECRET)
    except StatementRefused:
        event("rewrite refused")
        return
    reparsed = sqlglot.parse_one(rewrite.sql, read="duckdb")
    assert reparsed.sql(dialect="duckdb") == rewrite.sql
    release(path)
    with duckdb.connect(path, read_only=True) as con:
        duckdb_keys(con, rewrite.sql)
        con.execute(f"PREPARE governed AS {rewrite.sql}")
        frame = con.execute("EXECUTE governed").df()
    # same output columns as the raw query (row counts may differ: a condition on a masked value matches nothing)
    assert list(frame.columns) == list(_raw_duckdb(path, sql).columns)


def test_the_generator_does_reach_canaries_in_the_raw_tables(duck) -> None:
    """The properties above are not vacuous: the generator writes queries whose raw result holds every canary."""
    _, path = duck
    for name in CANARIES:
        found = find(queries(_plain), lambda q, name=name: name in contains_canary(_raw_duckdb(path, q).to_csv()),
                     settings=settings(derandomize=True, database=None, max_examples=300, deadline=None))
        assert name in contains_canary(_raw_duckdb(path, found).to_csv())


@pytest.fixture(scope="module")
def pg(postgres_url: str, tmp_path_factory: pytest.TempPathFactory):
    schema = f"gd_props_{uuid.uuid4().hex[:10]}"
    engine = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as con:
        con.execute(text(f'CREATE SCHEMA "{schema}"'))
        customers_frame().to_sql("customers", con, schema=schema, index=False)
        _orders().to_sql("orders", con, schema=schema, index=False)
    try:
        yield _connection(postgres_url, tmp_path_factory.mktemp("pg-properties")), engine, schema
    finally:
        with engine.begin() as con:
            con.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


@pytest.mark.postgres
@settings(PROPERTY, max_examples=20)
@given(data=st.data())
def test_when_any_query_shape_reads_canaries_through_postgres_then_none_comes_back_or_it_is_refused(pg, data) -> None:
    connection, engine, schema = pg
    sql = data.draw(queries(lambda name: f'"{schema}".{name}'), label="sql")
    with engine.connect() as con:
        con.exec_driver_sql(sql.replace("%", "%%")).fetchall()  # valid PostgreSQL on the raw tables
    try:
        rewrite = rewrite_query(sql, connection.schema(), connection.masks_for, "postgres", "public", secret=SECRET)
        assert sqlglot.parse_one(rewrite.sql, read="postgres").sql(dialect="postgres") == rewrite.sql
    except StatementRefused:
        pass
    assert_masked_or_refused(connection, sql)

