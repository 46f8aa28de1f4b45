"""Ordinary analytics shapes run governed, and give the raw answer, without relaxing what masking refuses
(issue 13, "Precision: masking must not break analytics").

* ``EXISTS (SELECT * ...)`` (TPC-H Q4, Q21) reads no value of the rows it tests: its select list, expanded ``*``
  included, is not a predicate, while its WHERE, joins and HAVING still are.
* A date of birth stored as numbers (``birth_year``, ``birth_day``, ``19840312``) is generalized as a number:
  ``avg(d_year - birth_year)`` runs and equals the raw answer, where it used to fail in the database.
* Arithmetic on a column masked to text (a birth year pinned to ``hash``) is refused, naming the column and the
  rule ``masked-arithmetic``, instead of a raw database error or a silently wrong number.
"""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest
from sqlalchemy import create_engine, text
from sqlglot import exp

from governance_dagster.errors import StatementRefused
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.governed.masking.operators import get_operator
from governance_dagster.governed.masking.rewrite import ColumnMask, rewrite_query
from governance_dagster.kinds import Kind
from governance_dagster.policy.models import MaskSpec, Policy
from governance_dagster.sql.keys import key_sql
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import duckdb_keys, open_database

SECRET = "analytics-shapes-secret-0123456789"
SCHEMA = {"main": {
    "customers": {"id": "INTEGER", "email": "VARCHAR", "ssn": "VARCHAR", "segment": "VARCHAR", "notes": "VARCHAR"},
    "orders": {"order_id": "INTEGER", "customer_id": "INTEGER", "amount": "DOUBLE"},
}}
MASKS = {"main.customers": {"email": ColumnMask(Kind.EMAIL, MaskSpec(operator="hash")),
                            "ssn": ColumnMask(Kind.SSN, MaskSpec(operator="redact")),
                            "notes": ColumnMask(Kind.FREE_TEXT, MaskSpec(operator="scan"))}}


@pytest.fixture(scope="module")
def con():
    db = duckdb.connect()
    db.execute("CREATE TABLE customers (id INTEGER, email VARCHAR, ssn VARCHAR, segment VARCHAR, notes VARCHAR)")
    db.execute("INSERT INTO customers VALUES (1, 'ann@example.com', '219-09-9999', 'gold', 'call 555-201-3344'), "
               "(2, 'bo@example.com', '078-05-1120', 'silver', 'prefers mail'), (3, NULL, NULL, 'gold', NULL)")
    db.execute("CREATE TABLE orders AS SELECT i AS order_id, 1 + i % 5 AS customer_id, 10.0 * i AS amount "
               "FROM range(1, 21) r(i)")
    duckdb_keys(db, key_sql(SECRET, "duckdb"))  # the hashing key, as the database layer gives it
    return db


# -- EXISTS reads no value of the rows it tests -------------------------------------------------------------------

EXISTS_UNREAD = [
    "SELECT count(*) AS n FROM orders o WHERE EXISTS (SELECT * FROM customers c WHERE c.id = o.customer_id)",
    "SELECT count(*) AS n FROM orders o WHERE NOT EXISTS (SELECT * FROM customers c WHERE c.id = o.customer_id)",
    "SELECT count(*) AS n FROM orders o WHERE EXISTS (SELECT 1 FROM customers c WHERE c.id = o.customer_id)",
    "SELECT count(*) AS n FROM orders o WHERE EXISTS (SELECT NULL FROM customers c WHERE c.id = o.customer_id)",
    ("SELECT count(*) AS n FROM orders o WHERE EXISTS (SELECT email, notes, ssn FROM customers c "
     "WHERE c.id = o.customer_id AND c.segment = 'gold')"),
    ("SELECT sum(CASE WHEN EXISTS (SELECT c.* FROM customers c WHERE c.id = o.customer_id) THEN amount ELSE 0 END) "
     "AS n FROM orders o"),
    # TPC-H Q21's shape: EXISTS and NOT EXISTS on the same table, correlated
    ("SELECT o.order_id FROM orders o WHERE EXISTS (SELECT * FROM customers c WHERE c.id = o.customer_id) "
     "AND NOT EXISTS (SELECT * FROM customers c2 WHERE c2.id = o.customer_id AND c2.segment = 'silver') "
     "ORDER BY o.order_id"),
]

EXISTS_STILL_COMPARED = [
    ("SELECT count(*) FROM orders o WHERE EXISTS (SELECT * FROM customers c WHERE c.id = o.customer_id "
     "AND c.email LIKE 'ann%')", "main.customers.email:email"),
    ("SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.ssn = '219-09-9999')",
     "main.customers.ssn:ssn"),
    ("SELECT count(*) FROM orders o WHERE EXISTS (SELECT * FROM customers c WHERE c.notes LIKE '%555%')",
     "main.customers.notes:free_text"),
    ("SELECT count(*) FROM orders o WHERE EXISTS (SELECT segment FROM customers GROUP BY segment "
     "HAVING max(email) > 'b')", "main.customers.email:email"),
    ("SELECT count(*) FROM orders o WHERE EXISTS (SELECT * FROM customers c JOIN customers d "
     "ON c.email = d.email AND c.id <> d.id)", "main.customers.email:email"),
    # a set operation compares its select lists, EXISTS or not
    ("SELECT count(*) FROM orders o WHERE EXISTS (SELECT email FROM customers EXCEPT SELECT 'ann@example.com')",
     "main.customers.email:email"),
    # a query nested in an EXISTS select list is still compared (conservatively)
    ("SELECT count(*) FROM orders o WHERE EXISTS (SELECT (SELECT max(d.id) FROM customers d "
     "WHERE d.email = 'ann@example.com') FROM customers c)", "main.customers.email:email"),
    # IN compares the values its query returns
    ("SELECT count(*) FROM orders o WHERE 'ann@example.com' IN (SELECT email FROM customers)",
     "main.customers.email:email"),
]


@pytest.mark.parametrize("sql", EXISTS_UNREAD)
def test_when_exists_only_tests_rows_then_its_select_list_is_no_predicate_and_the_answer_is_the_raw_one(
        con, sql: str) -> None:
    result = rewrite_query(sql, SCHEMA, MASKS, "duckdb", "main", secret=SECRET)
    assert result.masked_predicates == []
    assert sorted(con.execute(result.sql).fetchall()) == sorted(con.execute(sql).fetchall())


@pytest.mark.parametrize(("sql", "probe"), EXISTS_STILL_COMPARED)
def test_when_a_masked_column_is_compared_inside_exists_then_it_is_still_a_predicate(sql: str, probe: str) -> None:
    assert rewrite_query(sql, SCHEMA, MASKS, "duckdb", "main", secret=SECRET).masked_predicates == [probe]


# -- dates of birth stored as numbers ------------------------------------------------------------------------------

#: (SQL type, generalize to, stored values, generalized values): a year stays, YYYYMMDD keeps its year (month),
#: a day or month alone carries no year and becomes NULL; NULL stays NULL.
NUMBER_DATES = [
    ("INTEGER", "year", [1984, 2001, None], [1984, 2001, None]),
    ("INTEGER", "year", [19840312, 20011231], [19840101, 20010101]),
    ("INTEGER", "month", [19840312, 20011231, 1984], [19840301, 20011201, 1984]),
    ("SMALLINT", "year", [7, 12, 31], [None, None, None]),
    ("BIGINT", "year", [1984, 19840312, 123], [1984, 19840101, None]),
    ("DECIMAL(8,0)", "year", [1984, 19840312], [1984, 19840101]),
]


def _in_database(connection, sql_type: str, to: str, values: list, dialect: str) -> list:
    masked = get_operator("generalize").sql_for_type(exp.column("v"), {"to": to}, dialect, SECRET, sql_type)
    rows = " UNION ALL ".join(f"SELECT {i} AS i, CAST({'NULL' if v is None else v} AS {sql_type}) AS v"
                              for i, v in enumerate(values))
    got = connection(f"SELECT {masked.sql(dialect)} FROM ({rows}) AS t ORDER BY i")
    return [None if r[0] is None else int(r[0]) for r in got]


@pytest.mark.parametrize(("sql_type", "to", "values", "expected"), NUMBER_DATES)
def test_when_a_date_stored_as_a_number_is_generalized_then_duckdb_and_memory_agree(
        sql_type: str, to: str, values: list, expected: list) -> None:
    db = duckdb.connect()
    in_db = _in_database(lambda sql: db.execute(sql).fetchall(), sql_type, to, values, "duckdb")
    in_memory = get_operator("generalize").apply(pd.Series(values, dtype="Int64"), {"to": to}, SECRET).tolist()
    assert in_db == [None if v is None else int(v) for v in in_memory] == expected


@pytest.mark.parametrize(("sql_type", "to", "values", "expected"), NUMBER_DATES)
def test_when_a_date_stored_as_a_number_is_generalized_in_postgres_then_it_equals_duckdb(
        postgres_url: str, sql_type: str, to: str, values: list, expected: list) -> None:
    engine = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as pg:
        assert _in_database(lambda sql: pg.execute(text(sql)).fetchall(), sql_type, to, values, "postgres") == expected
    engine.dispose()


def test_when_a_stored_date_is_generalized_then_its_date_type_path_is_unchanged() -> None:
    db = duckdb.connect()
    masked = get_operator("generalize").sql_for_type(exp.column("v"), {"to": "year"}, "duckdb", SECRET, "DATE")
    assert db.execute(f"SELECT {masked.sql('duckdb')} FROM (SELECT DATE '1984-03-12' AS v)").fetchone()[0].year == 1984


# -- arithmetic on masked columns ----------------------------------------------------------------------------------

PEOPLE_SCHEMA = {"main": {
    "people": {"id": "INTEGER", "email": "VARCHAR", "birth_year": "INTEGER", "birth_month": "INTEGER"},
    "visits": {"person_id": "INTEGER", "year": "INTEGER"},
}}


def _people_masks(operator: str, **params) -> dict:
    return {"main.people": {"email": ColumnMask(Kind.EMAIL, MaskSpec(operator="hash")),
                            "birth_year": ColumnMask(Kind.DATE_OF_BIRTH, MaskSpec(operator=operator, params=params)),
                            "birth_month": ColumnMask(Kind.DATE_OF_BIRTH, MaskSpec(operator=operator, params=params))}}


@pytest.fixture(scope="module")
def people():
    db = duckdb.connect()
    db.execute("CREATE TABLE people AS SELECT i AS id, 'p' || i || '@example.com' AS email, "
               "CAST(1950 + i % 40 AS INTEGER) AS birth_year, CAST(1 + i % 12 AS INTEGER) AS birth_month "
               "FROM range(1, 41) r(i)")
    db.execute("CREATE TABLE visits AS SELECT 1 + i % 40 AS person_id, CAST(2000 + i % 20 AS INTEGER) AS year "
               "FROM range(200) r(i)")
    duckdb_keys(db, key_sql(SECRET, "duckdb"))
    return db


ARITHMETIC = [
    "SELECT avg(v.year - p.birth_year) AS age FROM visits v JOIN people p ON v.person_id = p.id",
    "SELECT sum(birth_year) AS s FROM people",
    "SELECT avg(birth_year) AS a FROM people",
    "SELECT id, birth_year + 1 AS y FROM people",
    "SELECT id, -birth_year AS y FROM people",
    "SELECT id, (birth_year) * 2 AS y FROM people",
    "SELECT id, CAST(birth_year AS INTEGER) AS y FROM people",
    "WITH c AS (SELECT birth_year AS y FROM people) SELECT avg(2024 - y) AS age FROM c",
    "SELECT avg(2024 - y) AS age FROM (SELECT birth_year AS y FROM people) AS s",
]


@pytest.mark.parametrize("sql", ARITHMETIC)
def test_when_arithmetic_uses_a_column_masked_to_text_then_it_is_refused_naming_the_column_and_rule(sql: str) -> None:
    with pytest.raises(StatementRefused) as caught:
        rewrite_query(sql, PEOPLE_SCHEMA, _people_masks("hash"), "duckdb", "main", secret=SECRET)
    assert caught.value.rule == "masked-arithmetic"
    assert "main.people.birth_year (masked by hash)" in str(caught.value)


@pytest.mark.parametrize("sql", ARITHMETIC)
def test_when_arithmetic_uses_a_birth_year_generalized_to_the_year_then_the_answer_is_the_raw_one(
        people, sql: str) -> None:
    result = rewrite_query(sql, PEOPLE_SCHEMA, _people_masks("generalize", to="year"), "duckdb", "main", secret=SECRET)
    assert sorted(people.execute(result.sql).fetchall()) == sorted(people.execute(sql).fetchall())
    assert all("main.people.birth_year:generalize" in m for m in result.masked_outputs.values())


@pytest.mark.parametrize("sql", [
    "SELECT count(birth_year) AS n, max(birth_year) AS m FROM people",
    "SELECT birth_year, count(*) AS n FROM people GROUP BY birth_year",
    "SELECT length(email) + 1 AS n FROM people",
    "SELECT id + 1 AS n FROM people",
])
def test_when_a_masked_column_is_counted_grouped_or_only_measured_then_it_is_not_arithmetic(sql: str) -> None:
    result = rewrite_query(sql, PEOPLE_SCHEMA, _people_masks("hash"), "duckdb", "main", secret=SECRET)
    assert result.sql


@pytest.mark.parametrize("sql", [
    "SELECT count(*) AS n FROM people WHERE birth_year + 1 > 1990",
    "SELECT sum(CASE WHEN CAST(birth_year AS INTEGER) < 1970 THEN 1 ELSE 0 END) AS n FROM people",
])
def test_when_arithmetic_on_a_masked_column_feeds_a_condition_then_it_is_a_predicate_compared_raw_with_a_grant(
        people, sql: str) -> None:
    masks = _people_masks("hash")
    assert rewrite_query(sql, PEOPLE_SCHEMA, masks, "duckdb", "main", secret=SECRET).masked_predicates == [
        "main.people.birth_year:date_of_birth"]
    granted = rewrite_query(sql, PEOPLE_SCHEMA, masks, "duckdb", "main", secret=SECRET, probe_allowed=lambda *a: True)
    assert people.execute(granted.sql).fetchall() == people.execute(sql).fetchall()


def test_when_a_birth_month_is_generalized_to_the_year_then_it_carries_nothing(people) -> None:
    result = rewrite_query("SELECT birth_month FROM people", PEOPLE_SCHEMA, _people_masks("generalize", to="year"),
                           "duckdb", "main", secret=SECRET)
    assert {r[0] for r in people.execute(result.sql).fetchall()} == {None}


def test_when_the_default_policy_reads_a_customer_table_with_birth_parts_then_age_arithmetic_equals_raw(tmp_path) -> None:
    path = tmp_path / "star.duckdb"
    with duckdb.connect(str(path)) as db:
        db.execute("CREATE TABLE customer AS SELECT i AS c_customer_sk, ['Ann', 'Bo', 'Cleo', 'Dan'][1 + i % 4] AS "
                   "c_first_name, ['Lee', 'Moss', 'Park', 'Quinn', 'Ruiz'][1 + i % 5] AS c_last_name, "
                   "CAST(1 + i % 28 AS INTEGER) AS c_birth_day, CAST(1 + i % 12 AS INTEGER) AS c_birth_month, "
                   "CAST(1931 + i % 60 AS INTEGER) AS c_birth_year FROM range(1, 301) r(i)")
        db.execute("CREATE TABLE store_sales AS SELECT 1 + i % 300 AS ss_customer_sk, "
                   "CAST(1998 + i % 5 AS INTEGER) AS ss_year, i % 7 AS ss_store_sk FROM range(2000) r(i)")
    sql = ("SELECT ss_store_sk, avg(ss_year - c_birth_year) AS avg_age FROM store_sales "
           "JOIN customer ON ss_customer_sk = c_customer_sk GROUP BY ss_store_sk ORDER BY 1")
    governed = GovernedConnection(open_database(f"duckdb:///{path}"), Policy(),
                                  open_audit_store(f"duckdb:///{tmp_path / 'audit.duckdb'}"),
                                  Identity("analyst", "test"), SECRET)
    assert governed.classify("main.customer")["c_birth_year"].kind is Kind.DATE_OF_BIRTH
    result = governed.query(sql)
    governed.database.close()  # the governed path holds the file between statements (docs/audit.md)
    with duckdb.connect(str(path), read_only=True) as db:
        raw = db.execute(sql).df()
    pd.testing.assert_frame_equal(result.frame, raw, check_dtype=False)
    assert result.masked == {"avg_age": ["main.customer.c_birth_year:generalize"]}
