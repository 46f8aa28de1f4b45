"""Specification of reading through views: a view is replaced by its definition, so masking follows it to the
stored tables it reads, however its columns are named or computed."""

from __future__ import annotations

import duckdb
import pytest
import sqlglot

from governance_dagster.errors import LineageError, StatementRefused
from governance_dagster.sql.views import expand_views
from tests.conftest import CANARIES, contains_canary

SCHEMA = {"main": {"customers": {"id": "INT", "email": "TEXT"}, "v": {"r": "TEXT"}},
          "scratch": {"customers": {"id": "INT"}, "w": {"r": "TEXT"}}}


def _expand(sql: str, views: dict[str, str], dialect: str = "duckdb") -> str:
    return expand_views(sqlglot.parse_one(sql, read=dialect), views, SCHEMA, dialect, "main").sql(dialect)


@pytest.mark.parametrize(
    ("sql", "views", "expected"),
    [
        ("SELECT r FROM v", {"main.v": "CREATE VIEW v AS SELECT reverse(email) AS r FROM customers"},
         "SELECT r FROM (SELECT REVERSE(email) AS r FROM main.customers) AS v"),
        # views over views are followed to the stored tables
        ("SELECT r FROM scratch.w", {"scratch.w": "SELECT r FROM main.v", "main.v": "SELECT email AS r FROM customers"},
         "SELECT r FROM (SELECT r FROM (SELECT email AS r FROM main.customers) AS v) AS w"),
        # DuckDB resolves a view's unqualified names in the view's own schema first
        ("SELECT * FROM scratch.w", {"scratch.w": "SELECT id AS r FROM customers"},
         "SELECT * FROM (SELECT id AS r FROM scratch.customers) AS w"),
        # a CTE of the same name is not the view
        ("WITH v AS (SELECT 1 AS r) SELECT r FROM v", {"main.v": "SELECT email AS r FROM customers"},
         "WITH v AS (SELECT 1 AS r) SELECT r FROM v"),
        # an alias stays the name the statement uses
        ("SELECT x.r FROM v AS x JOIN customers c ON TRUE", {"main.v": "SELECT email AS r FROM customers"},
         "SELECT x.r FROM (SELECT email AS r FROM main.customers) AS x JOIN customers AS c ON TRUE"),
        # where rows go is not a read
        ("INSERT INTO v SELECT 'a'", {"main.v": "SELECT email AS r FROM customers"}, "INSERT INTO v SELECT 'a'"),
        # a DuckDB view's column list renames the query's first columns by position, and so does a reference's own
        ("SELECT r FROM v", {"main.v": "CREATE VIEW v (r) AS SELECT email, id FROM customers"},
         "SELECT r FROM (SELECT email, id FROM main.customers) AS v(r)"),
        ("SELECT b FROM v AS z(a, b)", {"main.v": "CREATE VIEW v (r, i) AS SELECT email, id FROM customers"},
         "SELECT b FROM (SELECT email, id FROM main.customers) AS z(a, b)"),
        ("SELECT i FROM v AS z(a)", {"main.v": "CREATE VIEW v (r, i) AS SELECT email, id FROM customers"},
         "SELECT i FROM (SELECT email, id FROM main.customers) AS z(a, i)"),
    ],
)
def test_when_a_statement_reads_a_view_then_the_view_is_replaced_by_its_definition(sql, views, expected) -> None:
    assert _expand(sql, views) == expected


def test_when_postgres_stores_a_definition_then_unqualified_names_resolve_on_the_search_path() -> None:
    assert _expand("SELECT * FROM scratch.w", {"scratch.w": " SELECT customers.email AS r\n   FROM customers;"},
                   "postgres") == "SELECT * FROM (SELECT customers.email AS r FROM main.customers) AS w"


@pytest.mark.parametrize(
    "views",
    [{"main.v": "SELECT r FROM scratch.w", "scratch.w": "SELECT r FROM main.v"},  # a cycle
     {"main.v": "CREATE VIEW v AS SELEC nonsense"}],  # a definition that does not parse
)
def test_when_a_view_cannot_be_followed_then_the_statement_is_refused(views) -> None:
    with pytest.raises(LineageError):
        _expand("SELECT r FROM v", views)


def test_when_no_view_is_read_then_the_statement_is_left_as_it_is() -> None:
    statement = sqlglot.parse_one("SELECT id FROM customers", read="duckdb")
    assert expand_views(statement, {"main.v": "SELECT 1"}, SCHEMA, "duckdb", "main") == statement


@pytest.fixture
def views_over_customers(prod_url: str) -> None:
    """Views made outside the governed path, whose names and values hide what they read."""
    with duckdb.connect(prod_url.removeprefix("duckdb:///")) as raw:
        raw.execute("CREATE SCHEMA scratch")
        raw.execute("CREATE VIEW scratch.v AS SELECT customer_id, reverse(email) AS r, support_notes AS n FROM customers")
        raw.execute("CREATE VIEW scratch.w AS SELECT r FROM scratch.v")
        raw.execute("CREATE TABLE scratch.copy (r VARCHAR)")


@pytest.mark.parametrize(
    "sql",
    ["SELECT reverse(r) AS e FROM scratch.v", "SELECT reverse(r) AS e FROM scratch.w", "SELECT * FROM scratch.v",
     "SELECT reverse(w.r) AS e FROM scratch.w AS w JOIN customers AS c ON reverse(w.r) = c.email"],
)
def test_when_a_query_reads_through_a_view_then_what_it_computes_from_is_masked(
        connection, views_over_customers, sql) -> None:
    try:
        result = connection.query(sql)
    except StatementRefused as refused:  # a join on masked columns is a predicate: refused without a grant
        assert refused.rule == "sensitive-predicate" and contains_canary(str(refused)) == []
        return
    assert contains_canary(result.frame.to_csv()) == []
    assert "main.customers" in result.event.payload["tables"]
    assert CANARIES["email"] not in result.frame.to_csv()


def test_when_a_view_renames_its_columns_by_a_list_then_the_governed_answer_has_the_raw_names_and_scans_the_note(
        connection, prod_url) -> None:
    """``CREATE VIEW v (support_notes, customer_id) AS SELECT customer_id, support_notes``: the list swaps the names."""
    with duckdb.connect(prod_url.removeprefix("duckdb:///")) as raw:
        raw.execute("CREATE VIEW swapped (support_notes, customer_id) AS SELECT customer_id, support_notes FROM customers")
        raw.execute("UPDATE customers SET support_notes = ? WHERE customer_id = 2", [f"call {CANARIES['phone']}"])
        expected = [d[0] for d in raw.execute("SELECT * FROM swapped").description]
    result = connection.query("SELECT * FROM swapped")
    assert list(result.frame.columns) == expected == ["support_notes", "customer_id"]
    assert result.masked == {"customer_id": ["main.customers.support_notes:scan"]}
    assert contains_canary(result.frame.to_csv()) == []


def test_when_a_write_copies_through_a_view_then_it_is_refused(connection, views_over_customers) -> None:
    with pytest.raises(StatementRefused) as caught:
        connection.execute("INSERT INTO scratch.copy SELECT r FROM scratch.v")
    assert caught.value.rule == "sensitive-read-in-write"
    assert len(connection.query("SELECT r FROM scratch.copy").frame) == 0
