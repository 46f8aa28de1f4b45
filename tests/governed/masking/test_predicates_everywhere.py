"""A condition on a masked column anywhere in a query is a predicate (issue 15, "Silent wrong numbers").

``sum(CASE WHEN d_day_name = 'Sunday' THEN 1 ELSE 0 END)`` used to compare the hashed day name with 'Sunday' and
answer 0 where the raw answer was 52. Every conditional form sqlglot parses, in every clause, on DuckDB and on
PostgreSQL: refused without a predicates grant (rule ``sensitive-predicate``); with one, evaluated on the raw value
inside the database, so the governed answer equals the raw one, while masked output columns stay masked.
"""

from __future__ import annotations

import uuid

import pandas as pd
import pytest
import sqlglot
from sqlalchemy import create_engine, text

from governance_dagster.errors import StatementRefused
from governance_dagster.governed.approvals import Approvals
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.loader import load_policy
from governance_dagster.policy.models import UnmaskGrant
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import open_database
from tests.conftest import contains_canary, customers_frame

#: (name, SQL with {c} for customers and {o} for orders, dialects it is written for)
FORMS = [
    ("searched CASE", "SELECT sum(CASE WHEN email LIKE 'person1%' THEN 1 ELSE 0 END) AS n FROM {c}"),
    ("simple CASE", "SELECT sum(CASE email WHEN 'person2@example.com' THEN 1 ELSE 0 END) AS n FROM {c}"),
    ("IF", "SELECT sum(IF(email = 'person2@example.com', 1, 0)) AS n FROM {c}", "duckdb"),
    ("IIF", "SELECT sum(IIF(email = 'person2@example.com', 1, 0)) AS n FROM {c}", "duckdb"),
    ("NULLIF compared", "SELECT sum(CASE WHEN NULLIF(email, 'person2@example.com') IS NULL THEN 1 ELSE 0 END) AS n FROM {c}"),
    ("GREATEST compared", "SELECT sum(CASE WHEN GREATEST(email, 'person5') = email THEN 1 ELSE 0 END) AS n FROM {c}"),
    ("LEAST compared", "SELECT count(*) FILTER (WHERE LEAST(full_name, 'Person3') = full_name) AS n FROM {c}"),
    ("boolean output", "SELECT customer_id, email, email = 'person3@example.com' AS hit FROM {c} ORDER BY customer_id"),
    ("cast of a comparison", "SELECT sum(CAST(email LIKE 'person1%' AS INT)) AS n FROM {c}"),
    ("IN", "SELECT sum(CASE WHEN email IN ('person1@example.com', 'person2@example.com') THEN 1 ELSE 0 END) AS n FROM {c}"),
    ("NOT IN", "SELECT sum(CASE WHEN email NOT IN ('person1@example.com') THEN 1 ELSE 0 END) AS n FROM {c}"),
    ("BETWEEN", "SELECT sum(CASE WHEN full_name BETWEEN 'Person1' AND 'Person2' THEN 1 ELSE 0 END) AS n FROM {c}"),
    ("IS DISTINCT FROM", "SELECT sum(CASE WHEN email IS DISTINCT FROM 'person4@example.com' THEN 1 ELSE 0 END) AS n FROM {c}"),
    ("IS NOT DISTINCT FROM", "SELECT sum(CASE WHEN email IS NOT DISTINCT FROM 'person4@example.com' THEN 1 ELSE 0 END) AS n FROM {c}"),
    ("IS NULL", "SELECT sum(CASE WHEN email IS NULL THEN 1 ELSE 0 END) AS n FROM {c}"),
    ("ILIKE", "SELECT sum(CASE WHEN email ILIKE 'PERSON1%' THEN 1 ELSE 0 END) AS n FROM {c}"),
    ("NOT and AND", "SELECT sum(CASE WHEN NOT (email LIKE 'person1%' AND segment = 'consumer') THEN 1 ELSE 0 END) AS n FROM {c}"),
    ("starts_with", "SELECT sum(CASE WHEN starts_with(email, 'person1') THEN 1 ELSE 0 END) AS n FROM {c}"),
    ("regex ~", "SELECT sum(CASE WHEN email ~ '^person1' THEN 1 ELSE 0 END) AS n FROM {c}", "postgres"),
    ("regexp_matches", "SELECT sum(CASE WHEN regexp_matches(email, '^person1') THEN 1 ELSE 0 END) AS n FROM {c}", "duckdb"),
    ("SIMILAR TO", "SELECT sum(CASE WHEN email SIMILAR TO 'person1%' THEN 1 ELSE 0 END) AS n FROM {c}", "postgres"),
    ("GLOB", "SELECT sum(CASE WHEN email GLOB 'person1*' THEN 1 ELSE 0 END) AS n FROM {c}", "duckdb"),
    ("= ANY", "SELECT sum(CASE WHEN email = ANY(ARRAY['person1@example.com', 'person9@example.com']) THEN 1 ELSE 0 END) AS n FROM {c}", "postgres"),
    ("ORDER BY", "SELECT customer_id FROM {c} ORDER BY email = 'person7@example.com' DESC, customer_id LIMIT 3"),
    ("GROUP BY", "SELECT email LIKE 'person1%' AS g, count(*) AS n FROM {c} GROUP BY email LIKE 'person1%' ORDER BY n"),
    ("HAVING", ("SELECT segment, count(*) AS n FROM {c} GROUP BY segment "
                "HAVING sum(CASE WHEN email LIKE 'person1%' THEN 1 ELSE 0 END) > 5 ORDER BY segment")),
    ("window PARTITION BY", "SELECT customer_id, count(*) OVER (PARTITION BY email LIKE 'person1%') AS n FROM {c} ORDER BY customer_id"),
    ("window ORDER BY", ("SELECT customer_id, row_number() OVER (ORDER BY email = 'person9@example.com' DESC, "
                         "customer_id) AS r FROM {c} ORDER BY customer_id")),
    ("JOIN ON", "SELECT count(*) AS n FROM {c} AS c JOIN {o} AS o ON c.customer_id = o.customer_id AND c.email LIKE 'person1%'"),
    ("FILTER", "SELECT count(*) FILTER (WHERE email LIKE 'person1%') AS n FROM {c}"),
    ("WHERE", "SELECT count(*) AS n FROM {c} WHERE email LIKE 'person1%'"),
    ("scalar subquery compared", "SELECT (SELECT count(*) FROM {c} WHERE email LIKE 'person1%') = 11 AS x"),
    ("comparison inside a CTE", ("WITH f AS (SELECT customer_id, email LIKE 'person1%' AS hit FROM {c}) "
                                 "SELECT sum(CASE WHEN hit THEN 1 ELSE 0 END) AS n FROM f")),
]
CASES = [pytest.param(dialect, sql, id=f"{dialect}-{name}")
         for name, sql, *only in FORMS for dialect in ("duckdb", "postgres") if not only or only[0] == dialect]
#: NULLIF, GREATEST and LEAST return one of the values they compare: refused even with a grant.
CARRIED = ["SELECT NULLIF(email, 'person2@example.com') AS e FROM {c}",
           "SELECT GREATEST(email, 'person5') AS e FROM {c}",
           "SELECT LEAST(full_name, 'Person3') AS e FROM {c}"]
#: a comparison of a CTE's or subquery's masked output would compare the masked value: refused even with a grant.
INDIRECT = ["WITH x AS (SELECT email FROM {c}) SELECT count(*) AS n FROM x WHERE email LIKE 'person1%'",
            "SELECT sum(CASE WHEN e LIKE 'person1%' THEN 1 ELSE 0 END) AS n FROM (SELECT email AS e FROM {c}) AS s"]


def _orders() -> pd.DataFrame:
    return pd.DataFrame({"order_id": range(1, 121), "customer_id": [1 + i % 60 for i in range(120)],
                         "amount": [10.0 + i for i in range(120)]})


@pytest.fixture
def pg_schema(request):
    """A fresh PostgreSQL schema holding the canary customers and their orders; dropped afterwards."""
    postgres_url = request.getfixturevalue("postgres_url")
    schema = f"gd_pred_{uuid.uuid4().hex[:10]}"
    engine = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as con:
        con.execute(text(f'CREATE SCHEMA "{schema}"'))
        customers_frame().to_sql("customers", con, schema=schema, index=False)
        _orders().to_sql("orders", con, schema=schema, index=False)
    yield postgres_url, schema
    with engine.begin() as con:
        con.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


@pytest.fixture
def governed(request, policy_path, audit_url, secret):
    """Make (connection, SQL formatter) for a dialect: DuckDB on the canary file, PostgreSQL in a fresh schema."""
    def make(dialect: str):
        if dialect == "duckdb":
            url, tables = request.getfixturevalue("prod_url"), {"c": "customers", "o": "orders"}
        else:
            url, schema = request.getfixturevalue("pg_schema")
            tables = {"c": f'"{schema}".customers', "o": f'"{schema}".orders'}
        connection = GovernedConnection(open_database(url), load_policy(policy_path), open_audit_store(audit_url),
                                        Identity("alice", "test"), secret, approvals=Approvals(audit_url))
        return connection, lambda sql: sql.format(**tables)
    return make


def _grant_predicates(connection: GovernedConnection) -> None:
    connection.policy = connection.policy.model_copy(update={"unmask": [
        UnmaskGrant(roles=["fraud"], kinds=["email", "person_name"], access="predicates")]})
    connection.identity = Identity("frank", "test", roles=("fraud",))


def _raw(connection: GovernedConnection, sql: str) -> pd.DataFrame:
    """The answer of the database itself, ungoverned (in its own dialect, as sqlglot writes it)."""
    return connection.database.fetch(sqlglot.transpile(sql, read=connection.database.dialect,
                                                       write=connection.database.dialect)[0])


@pytest.mark.parametrize(("dialect", "sql"), CASES)
def test_when_a_masked_column_is_compared_without_a_grant_then_the_query_is_refused_naming_the_rule(
        governed, dialect: str, sql: str) -> None:
    connection, sql_for = governed(dialect)
    with pytest.raises(StatementRefused) as caught:
        connection.query(sql_for(sql))
    assert caught.value.rule == "sensitive-predicate"
    assert "predicates" in str(caught.value) and contains_canary(str(caught.value)) == []
    assert connection.audit.tail(1)[0].kind == "statement.refused"


@pytest.mark.parametrize(("dialect", "sql"), CASES)
def test_when_a_masked_column_is_compared_with_a_grant_then_the_raw_value_is_compared_and_outputs_stay_masked(
        governed, dialect: str, sql: str) -> None:
    connection, sql_for = governed(dialect)
    _grant_predicates(connection)
    result = connection.query(sql_for(sql))
    raw = _raw(connection, sql_for(sql))
    plain = [c for c in raw.columns if c not in ("email", "full_name")]
    pd.testing.assert_frame_equal(result.frame[plain].astype(object), raw[plain].astype(object), check_dtype=False)
    for column in {"email", "full_name"} & set(raw.columns):
        assert column in result.masked
        assert not (result.frame[column] == raw[column]).any()
    assert contains_canary(result.frame.to_csv()) == []


@pytest.mark.parametrize("dialect", ["duckdb", "postgres"])
def test_when_the_issue_reproduction_runs_with_a_grant_then_the_governed_count_is_the_raw_count(governed, dialect) -> None:
    connection, sql_for = governed(dialect)
    _grant_predicates(connection)
    sql = sql_for("SELECT sum(CASE WHEN email = 'person2@example.com' THEN 1 ELSE 0 END) AS n FROM {c}")
    assert int(connection.query(sql).frame["n"][0]) == int(_raw(connection, sql)["n"][0]) == 1


@pytest.mark.parametrize("grant", [False, True], ids=["without-grant", "with-grant"])
@pytest.mark.parametrize("dialect", ["duckdb", "postgres"])
@pytest.mark.parametrize("sql", CARRIED + INDIRECT)
def test_when_a_comparison_would_return_or_see_only_the_masked_value_then_it_is_refused_even_with_a_grant(
        governed, dialect: str, sql: str, grant: bool) -> None:
    connection, sql_for = governed(dialect)
    if grant:
        _grant_predicates(connection)
    with pytest.raises(StatementRefused) as caught:
        connection.query(sql_for(sql))
    assert caught.value.rule == "sensitive-predicate"
    assert contains_canary(str(caught.value)) == []


def test_when_the_cli_is_asked_the_issue_reproduction_then_it_refuses_instead_of_printing_a_wrong_count_with_a_note(
        prod_url, secret, capsys) -> None:
    from governance_dagster.cli import main

    sql = "SELECT sum(CASE WHEN email = 'person2@example.com' THEN 1 ELSE 0 END) AS n FROM customers"
    assert main(["query", prod_url, sql, "--identity", "ann", "--format", "json"]) == 1  # a refusal: docs/cli.md
    captured = capsys.readouterr()
    assert captured.out == "" and "masked:" not in captured.err
    assert "refused" in captured.err and "compares them anywhere (main.customers.email)" in captured.err


#: EXISTS reads no value of the rows it tests (TPC-H Q4, Q21): its select list, ``*`` included, is no predicate.
EXISTS_RUN = [
    "SELECT count(*) AS n FROM {o} o WHERE EXISTS (SELECT * FROM {c} c WHERE c.customer_id = o.customer_id AND c.segment = 'consumer')",
    "SELECT count(*) AS n FROM {o} o WHERE NOT EXISTS (SELECT 1 FROM {c} c WHERE c.customer_id = o.customer_id AND o.amount > 100)",
]
#: ... while a condition on a masked column inside it still is one.
EXISTS_REFUSED = [
    "SELECT count(*) AS n FROM {o} o WHERE EXISTS (SELECT * FROM {c} c WHERE c.customer_id = o.customer_id AND c.email LIKE 'person1%')",
    "SELECT count(*) AS n FROM {o} o WHERE NOT EXISTS (SELECT 1 FROM {c} c WHERE c.support_notes LIKE '%555%')",
]


@pytest.mark.parametrize("dialect", ["duckdb", "postgres"])
@pytest.mark.parametrize("sql", EXISTS_RUN)
def test_when_exists_tests_rows_of_a_masked_table_then_it_runs_without_a_grant_and_equals_raw(
        governed, dialect: str, sql: str) -> None:
    connection, sql_for = governed(dialect)
    result = connection.query(sql_for(sql))
    assert int(result.frame["n"][0]) == int(_raw(connection, sql_for(sql))["n"][0]) > 0


@pytest.mark.parametrize("dialect", ["duckdb", "postgres"])
@pytest.mark.parametrize("sql", EXISTS_REFUSED)
def test_when_exists_compares_a_masked_column_then_it_is_refused_without_a_grant(governed, dialect: str, sql: str) -> None:
    connection, sql_for = governed(dialect)
    with pytest.raises(StatementRefused) as caught:
        connection.query(sql_for(sql))
    assert caught.value.rule == "sensitive-predicate" and contains_canary(str(caught.value)) == []
