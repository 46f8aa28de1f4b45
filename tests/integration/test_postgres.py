"""The governed path against the real PostgreSQL server: masking pushed into PostgreSQL SQL, guardrails in the
postgres dialect, governed writes and leakage digests."""

from __future__ import annotations

import uuid

import pandas as pd
import pytest
from dagster import DagsterEventType, asset, materialize
from sqlalchemy import create_engine, text

from governance_dagster import GovernedDatabase
from governance_dagster.errors import StatementBlocked
from governance_dagster.governed.approvals import Approvals
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.leakage.identifiers import identifier_replay
from governance_dagster.policy.loader import load_policy
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import open_database
from tests.conftest import CANARIES, contains_canary, customers_frame

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_schema(postgres_url: str):
    """A fresh schema holding the canary customers; dropped afterwards."""
    schema = f"gd_test_{uuid.uuid4().hex[:10]}"
    engine = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as con:
        con.execute(text(f'CREATE SCHEMA "{schema}"'))
        customers_frame().to_sql("customers", con, schema=schema, index=False)
    yield schema
    with engine.begin() as con:
        con.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


@pytest.fixture
def pg_connection(postgres_url, pg_schema, policy_path, audit_url, secret) -> GovernedConnection:
    return GovernedConnection(open_database(postgres_url), load_policy(policy_path), open_audit_store(audit_url),
                              Identity("alice", "test"), secret)


def test_when_postgres_is_read_through_the_governed_path_then_identifiers_are_masked_in_the_database(pg_connection, pg_schema) -> None:
    result = pg_connection.query(f'SELECT *, lower(email) AS e2, substr(ssn, 1, 3) AS area FROM "{pg_schema}".customers')
    assert len(result.frame) == 60
    assert contains_canary(result.frame.to_csv()) == []
    assert {"email", "e2", "full_name", "ssn", "area", "support_notes"} <= set(result.masked)
    assert result.frame.loc[0, "support_notes"] == "<PERSON_NAME> wrote from <EMAIL>, call <PHONE>"


def test_when_postgres_hashes_then_the_digest_equals_the_in_memory_operator(pg_connection, pg_schema, secret) -> None:
    from governance_dagster.governed.masking.operators import get_operator

    frame = pg_connection.query(f'SELECT email FROM "{pg_schema}".customers WHERE customer_id = 2').frame
    expected = get_operator("hash").apply(pd.Series(["person2@example.com"]), {}, secret)[0]
    assert frame["email"][0] == expected


def test_when_a_destructive_statement_reaches_postgres_then_it_is_blocked(pg_connection, pg_schema) -> None:
    pg_connection.policy = pg_connection.policy.model_copy(update={"protected_schemas": ["gd_test_*", "public"]})
    for sql in (f'DELETE FROM "{pg_schema}".customers', f'DROP TABLE "{pg_schema}".customers',
                f"TRUNCATE {pg_schema}.customers", "DROP TABLE anything", "COPY customers TO PROGRAM 'sh'"):
        with pytest.raises(StatementBlocked):
            pg_connection.execute(sql)
    assert len(pg_connection.query(f'SELECT customer_id FROM "{pg_schema}".customers').frame) == 60


def test_when_a_frame_is_written_to_postgres_then_leakage_digests_compare_across_databases(pg_connection, pg_schema, tmp_path, policy_path, audit_url, secret) -> None:
    synthetic = pd.DataFrame({"name": ["Fake One", CANARIES["full_name"]], "mail": ["x@example.net", "y@example.net"]})
    pg_connection.write_table(f"{pg_schema}.synthetic", synthetic)
    report = identifier_replay(pg_connection, f"{pg_schema}.customers", pg_connection, f"{pg_schema}.synthetic")
    # one real name in two rows: far beyond chance (the real names are all distinct)
    assert not report.passed and [(w.column, w.blocked) for w in report.weak] == [("name", True)]
    assert open_audit_store(audit_url).verify().ok


def test_when_digests_of_several_columns_are_computed_in_postgres_then_they_equal_duckdbs(pg_connection, pg_schema, connection) -> None:
    columns = {"email": "text", "full_name": "text", "phone": "phone", "ssn": "digits", "birth_date": "text"}
    in_postgres = pg_connection.digests(f"{pg_schema}.customers", columns, reason="test")
    in_duckdb = connection.digests("main.customers", columns, reason="test")
    for column in columns:
        assert (dict(zip(in_postgres[column]["digest"], in_postgres[column]["n"]))
                == dict(zip(in_duckdb[column]["digest"], in_duckdb[column]["n"]))), column
        assert len(in_postgres[column]) == 60, column


def test_when_a_dagster_run_writes_to_a_protected_postgres_table_then_it_waits_for_approval(postgres_url, pg_schema, tmp_path, audit_url, secret) -> None:

    policy = tmp_path / "pg-policy.yaml"
    # not about verification (tests/governed/test_approval_identities.py is): unverified names may request and approve here
    policy.write_text(f"protected_schemas: [{pg_schema}, public]\nroles:\n  bob: [approver]\n"
                      "approvals: {allow_unverified: true}\n")

    @asset
    def pg_vip_upgrade(production: GovernedDatabase) -> None:
        production.connection().execute(f"UPDATE {pg_schema}.customers SET segment = 'vip' WHERE customer_id = 7")

    resources = {"production": GovernedDatabase(url=postgres_url, policy_path=str(policy), secret=secret, audit_url=audit_url)}
    first = materialize([pg_vip_upgrade], resources=resources, tags={"user": "alice"}, raise_on_error=False)
    failure = next(e for e in first.all_events if e.event_type == DagsterEventType.STEP_FAILURE).event_specific_data
    request_id = failure.user_failure_data.metadata["governance/approval_request"].value
    Approvals(audit_url).grant(request_id, Identity("bob", "cli"), load_policy(policy))
    second = materialize([pg_vip_upgrade], resources=resources, tags={"user": "alice"})
    assert second.success
    frame = open_database(postgres_url).fetch(f"SELECT segment FROM {pg_schema}.customers WHERE customer_id = 7")
    assert frame["segment"][0] == "vip"


PG_SHAPES = [
    "SELECT * FROM {s}.customers",
    "SELECT email AS e FROM {s}.customers",
    "SELECT lower(email), upper(full_name) FROM {s}.customers",
    "SELECT substr(ssn, 1, 3), right(phone, 4) FROM {s}.customers",
    "SELECT email || '!' FROM {s}.customers",
    "WITH x AS (SELECT email, full_name FROM {s}.customers) SELECT * FROM x",
    "SELECT * FROM (SELECT ssn, street FROM {s}.customers) t",
    "SELECT email FROM {s}.customers UNION ALL SELECT full_name FROM {s}.customers",
    "SELECT max(email), min(ssn), string_agg(full_name, ',') FROM {s}.customers",
    "SELECT first_value(email) OVER (ORDER BY customer_id) FROM {s}.customers",
    "SELECT CASE WHEN customer_id = 1 THEN street END FROM {s}.customers",
    "SELECT (SELECT max(phone) FROM {s}.customers) AS p",
    "SELECT a.email, b.full_name FROM {s}.customers a JOIN {s}.customers b USING (customer_id)",
    "SELECT a.support_notes, b.support_notes FROM {s}.customers a JOIN {s}.customers b USING (customer_id)",
]


@pytest.mark.parametrize("shape", PG_SHAPES)
def test_when_postgres_runs_any_query_shape_then_no_canary_comes_back(pg_connection, pg_schema, shape) -> None:
    frame = pg_connection.query(shape.format(s=pg_schema)).frame
    assert not frame.empty and contains_canary(frame.to_csv()) == []
    assert len(set(frame.columns)) == len(frame.columns)  # PostgreSQL would repeat a name; each gets its own


@pytest.mark.parametrize(
    ("sql", "rule"),
    [("SELECT * FROM {s}.customers WHERE email = 'x'", "sensitive-predicate"),
     ("SELECT * FROM {s}.ghosts", "unknown-lineage"),
     ("SELECT pg_read_file('/etc/passwd')", "no-external-access"),
     ("SELECT nope FROM {s}.customers", "unknown-lineage"),
     ("SELECT c FROM {s}.customers c", "unknown-lineage"),
     ("SELECT row_to_json(c) FROM {s}.customers c", "unknown-lineage"),
     ("SELECT substr(support_notes, 1, 12) FROM {s}.customers", "free-text-computed")],
)
def test_when_postgres_gets_a_query_it_cannot_govern_then_it_is_refused_with_its_rule(pg_connection, pg_schema, sql, rule) -> None:
    from governance_dagster.errors import StatementRefused

    with pytest.raises(StatementRefused) as caught:
        pg_connection.query(sql.format(s=pg_schema))
    assert caught.value.rule == rule


@pytest.mark.parametrize(
    "sql",
    ["SELECT {s}.first_email() AS e",
     "SELECT customer_id, {s}.ssn_of(customer_id) AS s FROM {s}.customers",
     "SELECT customer_id FROM {s}.customers WHERE {s}.ssn_of(customer_id) LIKE '219%'"],
)
def test_when_a_postgres_query_calls_a_function_created_in_the_database_then_it_is_refused(
        postgres_url, pg_connection, pg_schema, sql) -> None:
    """A function's body is SQL the masking rewrite never sees: it would return raw values."""
    from governance_dagster.errors import StatementRefused

    engine = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as con:
        con.execute(text(f'CREATE FUNCTION "{pg_schema}".first_email() RETURNS text LANGUAGE sql AS '
                         f'$$ SELECT email FROM "{pg_schema}".customers ORDER BY customer_id LIMIT 1 $$'))
        con.execute(text(f'CREATE FUNCTION "{pg_schema}".ssn_of(i bigint) RETURNS text LANGUAGE sql AS '
                         f'$$ SELECT ssn FROM "{pg_schema}".customers WHERE customer_id = i $$'))
    engine.dispose()
    with pytest.raises(StatementRefused) as caught:
        pg_connection.query(sql.format(s=pg_schema))
    assert caught.value.rule == "database-function" and contains_canary(str(caught.value)) == []
    assert pg_connection.audit.tail(1)[0].kind == "statement.refused"
    assert len(pg_connection.query(f'SELECT lower(email) AS e, md5(ssn) AS s FROM "{pg_schema}".customers').frame) == 60


@pytest.mark.parametrize(
    "values",
    [[12.5, 2.675, 5.0, 0.125, -3.335], [123456789.125, 0.1 + 0.2, 1234567.005, 40_000.0, 1e-9]],
    ids=["trailing-zeros-and-halves", "large-inexact-and-tiny"],
)
def test_when_numbers_are_digested_in_postgres_and_duckdb_then_the_digests_are_equal(postgres_url, pg_schema, tmp_path, secret, values) -> None:
    from governance_dagster.leakage.records import row_digest_sql

    frame = pd.DataFrame({"amount": values, "whole": list(range(len(values)))})
    pg = open_database(postgres_url)
    pg.write_frame(pg_schema, "numbers", frame)
    duck = open_database(f"duckdb:///{tmp_path / 'numbers.duckdb'}")
    duck.write_frame("main", "numbers", frame)
    for column, dtype in pg.schema()[pg_schema]["numbers"].items():
        in_pg = pg.fetch(row_digest_sql(pg_schema, "numbers", {column: dtype}, "postgres", secret, 2))
        in_duck = duck.fetch(row_digest_sql("main", "numbers", {column: dtype}, "duckdb", secret, 2))
        assert set(in_pg["digest"]) == set(in_duck["digest"]) and len(in_pg) == len(values), column


def test_when_real_postgres_rows_are_copied_into_a_duckdb_warehouse_then_every_copy_is_counted(pg_connection, pg_schema, tmp_path, policy_path, audit_url, secret) -> None:
    from governance_dagster.leakage.records import copied_records

    warehouse = GovernedConnection(open_database(f"duckdb:///{tmp_path / 'warehouse.duckdb'}"), load_policy(policy_path),
                                   open_audit_store(audit_url), Identity("alice", "test"), secret)
    copies = customers_frame().head(10).assign(customer_id=range(900, 910))  # whole rows, incomes like 40750.0
    warehouse.write_table("synthetic.copies", copies)
    report = copied_records(pg_connection, f"{pg_schema}.customers", warehouse, "synthetic.copies")
    assert report.copied_rows == 10 and not report.passed
    assert "income" in report.columns and contains_canary(str(report.as_dict())) == []


def test_when_both_tables_live_in_postgres_then_the_leakage_checks_count_there(pg_connection, pg_schema) -> None:
    from governance_dagster.leakage.closeness import closeness
    from governance_dagster.leakage.records import copied_records

    real = customers_frame()
    synthetic = real[["customer_id", "email", "phone", "city", "birth_date", "income", "segment"]].head(4).assign(
        customer_id=[901, 902, 903, 904], email=["a@example.net", "b@example.net", "c@example.net", CANARIES["email"]],
        phone=["4158675309", "(646) 555-0101", "(646) 555-0102", "(646) 555-0103"],
        income=lambda f: f["income"] + [0.0, 0.0, 1234.5, 2345.5])
    pg_connection.write_table(f"{pg_schema}.synthetic", synthetic)
    replay = identifier_replay(pg_connection, f"{pg_schema}.customers", pg_connection, f"{pg_schema}.synthetic")
    copies = copied_records(pg_connection, f"{pg_schema}.customers", pg_connection, f"{pg_schema}.synthetic")
    near = closeness(pg_connection, f"{pg_schema}.customers", pg_connection, f"{pg_schema}.synthetic", sample_rows=3)
    assert {c.column: c.replayed_values for c in replay.columns} == {"email": 1, "phone": 1}
    assert copies.copied_rows == 2  # the first two copy a real row's facts under a new key, e-mail and phone
    assert near.sampled_rows <= 4 and near.columns == {"city": "category", "birth_date": "date", "income": "number",
                                                       "segment": "category"}
    full = closeness(pg_connection, f"{pg_schema}.customers", pg_connection, f"{pg_schema}.synthetic")
    assert full.zero_rows == 2 and contains_canary(str(full.as_dict()) + replay.summary()) == []


def test_when_a_date_column_is_read_from_postgres_then_it_has_the_dtype_duckdb_gives(postgres_url, tmp_path) -> None:
    # a frame read from one backend and written to the other keeps its column types (a PostgreSQL warehouse
    # stored SDV's output for a date read as Python dates as text, and the contract check failed on its type)
    sql = "SELECT CAST('1980-03-04' AS DATE) AS d, CAST(NULL AS DATE) AS missing, 1 AS n"
    from_pg = open_database(postgres_url).fetch(sql)
    from_duckdb = open_database(f"duckdb:///{tmp_path / 'dates.duckdb'}").fetch(sql)
    assert from_pg.dtypes.to_dict() == from_duckdb.dtypes.to_dict() | {"n": from_pg["n"].dtype}
    assert from_pg["d"].dtype == "datetime64[us]" and from_pg.equals(from_duckdb.astype({"n": from_pg["n"].dtype}))
    assert open_database(postgres_url).fetch("SELECT CAST('1980-03-04' AS DATE) AS d WHERE false")["d"].dtype == "datetime64[us]"


@pytest.mark.parametrize("sql_type", ["DATE", "TIMESTAMP", "TEXT"])
@pytest.mark.parametrize("to", ["year", "month"])
def test_when_a_date_of_any_storage_type_is_generalized_in_postgres_then_it_equals_the_in_memory_result(
    postgres_url, sql_type, to
) -> None:
    from sqlglot import exp

    from governance_dagster.governed.masking.operators import get_operator

    generalize = get_operator("generalize")
    masked = generalize.sql(exp.column("d"), {"to": to}, "postgres", "s" * 16).sql("postgres")
    in_db = open_database(postgres_url).fetch(
        f"SELECT {masked} AS d FROM (VALUES (CAST('1985-07-14' AS {sql_type})), (NULL)) v(d)")["d"]
    in_memory = generalize.apply(pd.Series(["1985-07-14", None]), {"to": to}, "s" * 16)
    assert pd.Timestamp(in_db[0]).date() == in_memory[0] == pd.Timestamp("1985-07-01" if to == "month" else "1985-01-01").date()
    assert pd.isna(in_db[1]) and pd.isna(in_memory[1])


def test_when_two_writers_create_their_first_tables_in_a_new_postgres_schema_at_once_then_both_succeed(postgres_url) -> None:
    # two Dagster steps storing their first assets: the second writer's CREATE SCHEMA used to wait for the first
    # write to commit, then fail on pg_namespace's unique index
    import threading
    import time

    schema = f"gd_race_{uuid.uuid4().hex[:10]}"
    first_holds, errors = threading.Event(), []

    def hold(_rows: int) -> None:
        first_holds.set()
        time.sleep(0.5)  # the first write's transaction stays open while the second starts

    def write(table: str, before_commit=None) -> None:
        try:
            open_database(postgres_url).write_frame(schema, table, pd.DataFrame({"x": [1]}), before_commit=before_commit)
        except Exception as exc:  # noqa: BLE001 - collected, asserted below
            errors.append(exc)

    first = threading.Thread(target=write, args=("first", hold))
    first.start()
    first_holds.wait(10)
    try:
        write("second")
        first.join()
        assert errors == []
        assert set(open_database(postgres_url).schema()[schema]) == {"first", "second"}
    finally:
        first.join()
        engine = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as con:
            con.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        engine.dispose()


def test_when_postgres_reads_through_a_view_then_what_it_computes_from_is_masked(postgres_url, pg_schema, pg_connection) -> None:
    engine = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as con:
        con.execute(text(f'CREATE VIEW "{pg_schema}".v AS SELECT customer_id, reverse(email) AS r FROM "{pg_schema}".customers'))
    engine.dispose()
    result = pg_connection.query(f'SELECT reverse(r) AS e FROM "{pg_schema}".v')
    assert not result.frame.empty and contains_canary(result.frame.to_csv()) == []
    assert result.masked == {"e": [f"{pg_schema}.customers.email:hash"]}


def test_when_postgres_classifies_a_table_then_it_reads_a_bounded_random_sample_inside_the_database(
        postgres_url, pg_schema, pg_connection) -> None:
    from governance_dagster.governed.connection import _SAMPLE_ROWS, sample_sql

    engine = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as con:
        con.execute(text(f'CREATE TABLE "{pg_schema}".big AS SELECT g AS id, \'p\' || g || \'@example.com\' AS misc_1 '
                         f"FROM generate_series(1, {3 * _SAMPLE_ROWS}) AS g"))
    engine.dispose()
    sample = pg_connection.database.fetch(sample_sql(f'"{pg_schema}"."big"', "postgres"))
    assert len(sample) == _SAMPLE_ROWS and sample["id"].max() > _SAMPLE_ROWS  # bounded, and not the first rows
    assert pg_connection.classify(f"{pg_schema}.big")["misc_1"].kind.value == "email"
