"""Specification of the guardrail decision with the default rules."""

from __future__ import annotations

import pytest

from governance_dagster.errors import UnparseableStatement
from governance_dagster.governed.guardrails import StatementKind, decide
from governance_dagster.policy.models import Policy

PROTECTED = Policy(protected_schemas=["main"])


@pytest.mark.parametrize(
    ("sql", "rule"),
    [
        ("DROP TABLE customers", "protected-schema"),
        ("drop   table MAIN.customers", "protected-schema"),
        ('DROP TABLE "main"."customers"', "protected-schema"),
        ("/* harmless */ DROP TABLE customers -- really", "protected-schema"),
        ("TRUNCATE customers", "protected-schema"),
        ("ALTER TABLE customers ADD COLUMN x INT", "protected-schema"),
        ("DROP SCHEMA main CASCADE", "protected-schema"),
        ("CREATE TABLE main.copy AS SELECT * FROM customers", "protected-schema"),
        ("DELETE FROM customers", "unbounded-write"),
        ("UPDATE customers SET email = NULL", "unbounded-write"),
        ("UPDATE customers SET email = NULL WHERE 1 = 1", "unbounded-write"),
        ("DELETE FROM customers WHERE TRUE", "unbounded-write"),
        ("WITH d AS (DELETE FROM customers RETURNING *) SELECT * FROM d", "unbounded-write"),
        ("ATTACH 'other.duckdb' AS o", "no-administration"),
        ("INSTALL httpfs", "no-administration"),
        ("LOAD httpfs", "no-administration"),
        ("PRAGMA database_list", "no-administration"),
        ("COPY customers TO '/tmp/out.csv'", "no-administration"),
        ("GRANT SELECT ON customers TO bob", "no-administration"),
        ("SET search_path = 'x'", "no-administration"),
        ("SELECT * FROM read_csv('/etc/passwd')", "no-external-access"),
        ("SELECT * FROM '/etc/passwd'", "no-external-access"),
        ("SELECT * FROM read_parquet('s3://bucket/x.parquet')", "no-external-access"),
        ("SELECT 1; DROP TABLE customers", "protected-schema"),
    ],
)
def test_when_a_statement_breaks_a_default_rule_then_it_is_blocked(sql: str, rule: str) -> None:
    decision = decide(sql, "duckdb", PROTECTED)
    assert (decision.action, decision.rule) == ("block", rule)


@pytest.mark.parametrize(
    ("sql", "dialect"),
    [  # each of these read what the masking rewrite never sees: SQL in a string, a table named by a string
        ("SELECT query_to_xml('select email from customers', true, false, '') AS x", "postgres"),
        ("SELECT pg_catalog.table_to_xml('customers', true, false, '') AS x", "postgres"),
        ("SELECT schema_to_xml('public', true, false, '') AS x", "postgres"),
        ('SELECT "database_to_xml"(true, false, \'\') AS x', "postgres"),
        ("SELECT ts_stat('select to_tsvector(notes) from customers') AS x", "postgres"),
        ("SELECT ts_rewrite('a'::tsquery, 'select t, s from aliases') AS x", "postgres"),
        ("SELECT (pg_stat_get_activity(NULL)).query AS q", "postgres"),
        # the text of a governed statement holds the hashing secret
        ("SELECT current_query() AS q, email FROM customers", "duckdb"),
        ("SELECT current_query() AS q FROM customers", "postgres"),
        ("SELECT * FROM json_execute_serialized_sql('{}')", "duckdb"),
    ],
)
def test_when_a_statement_runs_or_returns_sql_text_then_it_is_blocked(sql: str, dialect: str) -> None:
    decision = decide(sql, dialect, Policy(guardrails=[{"name": "allow-all", "action": "allow"}]),
                      "public" if dialect == "postgres" else "main")
    assert (decision.action, decision.rule) == ("block", "no-sql-text")


@pytest.mark.parametrize(
    ("sql", "action", "rule"),
    [  # found by tests/governed/guardrails/test_guardrail_properties.py: DuckDB reads prod.customers as prod.main.customers
        ("DROP TABLE prod.customers", "block", "protected-schema"),
        ("TRUNCATE Prod.Customers", "block", "protected-schema"),
        ("ALTER TABLE prod.customers RENAME TO gone", "block", "protected-schema"),
        ("CREATE TABLE prod.planted AS SELECT 1 AS a", "block", "protected-schema"),
        ("DELETE FROM prod.customers WHERE customer_id = 1", "approval", "protected-write"),
        ("INSERT INTO prod.customers (customer_id) VALUES (999)", "approval", "protected-write"),
    ],
)
def test_when_a_statement_names_a_table_through_the_file_catalog_then_the_protected_schema_still_applies(
    sql: str, action: str, rule: str
) -> None:
    decision = decide(sql, "duckdb", PROTECTED, catalogs={"prod"})
    assert (decision.action, decision.rule) == (action, rule)


@pytest.mark.parametrize(
    ("sql", "kind"),
    [
        ("SELECT count(*) FROM customers", StatementKind.READ),
        ("WITH x AS (SELECT 1 AS a) SELECT a FROM x UNION ALL SELECT 2", StatementKind.READ),
        ("UPDATE scratch.customers SET segment = 'x' WHERE customer_id = 3", StatementKind.WRITE),
        ("DELETE FROM scratch.tmp WHERE id < 10", StatementKind.WRITE),
        ("CREATE TABLE scratch.t AS SELECT 1 AS a", StatementKind.SCHEMA),
        ("DROP TABLE scratch.t", StatementKind.SCHEMA),
        ("INSERT INTO scratch.t VALUES (1)", StatementKind.WRITE),
    ],
)
def test_when_a_statement_is_ordinary_then_it_is_allowed_with_its_kind(sql: str, kind: StatementKind) -> None:
    decision = decide(sql, "duckdb", PROTECTED)
    assert (decision.action, decision.kind) == ("allow", kind)


def test_when_postgres_is_the_dialect_then_its_default_schema_is_protected() -> None:
    assert decide("DROP TABLE customers", "postgres", Policy(protected_schemas=["public"]), "public").rule == "protected-schema"


def test_when_the_text_is_not_sql_then_the_decision_refuses_it() -> None:
    with pytest.raises(UnparseableStatement):
        decide("please drop everything", "duckdb", PROTECTED)
