"""Specification of the governed path on bad input, on DuckDB and PostgreSQL: each case either works or fails with
a clear GovernanceError, and no planted canary comes back in results, exception text or logs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from dagster import asset, materialize

from governance_dagster import GovernedDatabase, GovernedIOManager
from governance_dagster.errors import (
    ConfigurationError,
    DatabaseError,
    GovernanceError,
    StatementRefused,
    UnparseableStatement,
)
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.models import Policy
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import open_database
from tests.conftest import CANARIES, POLICY_YAML, contains_canary
from tests.faults import postgres_schema

CANARY_BYTES = CANARIES["ssn"].encode()


@pytest.fixture(autouse=True)
def no_canary_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Every test here also proves that nothing logged holds a canary."""
    caplog.set_level(logging.DEBUG)
    yield
    assert contains_canary(caplog.text) == []


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path, secret: str) -> Iterator[tuple[GovernedConnection, str]]:
    """A governed connection to an empty database of each backend, and a schema of its own to write into."""
    import yaml

    def connect(url: str) -> GovernedConnection:
        return GovernedConnection(database=open_database(url), policy=Policy.model_validate(yaml.safe_load(POLICY_YAML)),
                                  audit=open_audit_store(f"duckdb:///{tmp_path / 'audit.duckdb'}"),
                                  identity=Identity("alice", "test"), secret=secret)

    if request.param == "duckdb":
        yield connect(f"duckdb:///{tmp_path / 'warehouse.duckdb'}"), "odd"
    else:
        postgres_url = request.getfixturevalue("postgres_url")
        with postgres_schema(postgres_url, "bad_input") as schema:
            yield connect(postgres_url), schema


def _released(result) -> str:
    return result.frame.to_csv() + str(result.masked) + str(result.event.payload)


# -- URLs --------------------------------------------------------------------------------------------------------

MALFORMED_URLS = [
    ("empty", ""),
    ("blank", "   "),
    ("not text", 42),
    ("no scheme", "warehouse.duckdb"),
    ("a port that is not a number", "postgresql://etl:s3cretpw@db.internal:five/prod"),
    ("an unclosed IPv6 host", "postgresql://etl:s3cretpw@[::1/prod"),
    ("an unsupported backend", "mysql://etl:s3cretpw@db.internal/prod"),
    ("an unsupported driver", "postgresql+asyncpg://etl:s3cretpw@db.internal/prod"),
]


@pytest.mark.parametrize(("problem", "url"), MALFORMED_URLS, ids=[u[0] for u in MALFORMED_URLS])
def test_when_a_database_url_is_malformed_then_opening_it_is_a_configuration_error_without_the_password(
        problem: str, url: object) -> None:
    for opener in (open_database, open_audit_store):
        with pytest.raises(ConfigurationError) as caught:
            opener(url)  # type: ignore[arg-type]
        message = str(caught.value)
        assert "s3cretpw" not in message and ("duckdb:///" in message or "postgresql://" in message), message


def test_when_a_resource_has_a_malformed_url_then_the_run_fails_with_a_configuration_error(
        policy_path, secret) -> None:
    database = GovernedDatabase(url="postgresql://etl:s3cretpw@db.internal:five/prod", policy_path=str(policy_path),
                                secret=secret)

    @asset
    def reads(production: GovernedDatabase) -> None:
        production.connection().read_table("customers")

    result = materialize([reads], resources={"production": database}, raise_on_error=False)
    failure = str(next(e for e in result.all_events if e.is_failure).event_specific_data)
    assert not result.success and "ConfigurationError" in failure and "s3cretpw" not in failure


# -- odd names ---------------------------------------------------------------------------------------------------

ODD_NAMES = ['say "cheese"', "with space", "Ünïcødé 表", "select", "order", "it's"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_when_a_table_has_an_odd_name_then_it_is_written_and_read_back_masked(target, name: str) -> None:
    connection, schema = target
    frame = pd.DataFrame({"id": [1, 2], 'e"mail': [CANARIES["email"], "x@example.com"],
                          "full name": [CANARIES["full_name"], "Ann Other"], "from": ["a", "b"], "select": [10, 20]})
    connection.write_table(f"{schema}.{name}", frame)
    connection.write_table(f"{schema}.{name}", frame)  # replacing an odd name works too
    result = connection.read_table(f"{schema}.{name}")
    assert sorted(result.frame["id"].astype(int)) == [1, 2] and list(result.frame.columns) == list(frame.columns)
    # "from" holds two letters that tell nothing: in review, masked by the fail-safe default (unclassified: mask)
    assert set(result.masked) == {'e"mail', "full name", "from"}
    assert contains_canary(_released(result)) == []


@pytest.mark.postgres
def test_when_a_postgres_table_name_is_longer_than_63_bytes_then_the_write_is_refused_not_truncated(
        postgres_url, tmp_path, secret) -> None:
    connection = GovernedConnection(database=open_database(postgres_url), policy=Policy(),
                                    audit=open_audit_store(f"duckdb:///{tmp_path / 'audit.duckdb'}"),
                                    identity=Identity("alice", "test"), secret=secret)
    with postgres_schema(postgres_url, "long") as schema:
        with pytest.raises(DatabaseError, match="at most 63 bytes .* choose a shorter name"):
            connection.write_table(f"{schema}.{'ü' * 40}", pd.DataFrame({"id": [1]}))
        assert connection.database.schema().get(schema, {}) == {}


# -- empty, null, huge -------------------------------------------------------------------------------------------


def test_when_a_table_is_empty_then_it_reads_back_empty_with_its_columns(target) -> None:
    connection, schema = target
    connection.write_table(f"{schema}.nobody", pd.DataFrame({"id": pd.Series([], dtype="int64"),
                                                             "email": pd.Series([], dtype=object)}))
    result = connection.read_table(f"{schema}.nobody")
    assert len(result.frame) == 0 and list(result.frame.columns) == ["id", "email"]
    assert result.masked == {"email": [f"{schema}.nobody.email:hash"]}


def test_when_a_frame_has_no_columns_then_the_write_is_refused_and_nothing_is_created(target) -> None:
    connection, schema = target
    with pytest.raises(DatabaseError, match="no columns"):
        connection.write_table(f"{schema}.hollow", pd.DataFrame(index=range(3)))
    assert "hollow" not in connection.database.schema().get(schema, {})


def test_when_columns_are_all_null_then_they_read_back_null_and_masked(target) -> None:
    connection, schema = target
    frame = pd.DataFrame({"id": [1, 2, 3], "email": [None] * 3, "ssn": [None] * 3, "amount": [float("nan")] * 3})
    connection.write_table(f"{schema}.blank", frame)
    result = connection.read_table(f"{schema}.blank")
    assert result.frame[["email", "ssn", "amount"]].isna().all().all()
    assert {"email", "ssn"} <= set(result.masked)


def test_when_a_free_text_cell_is_5_mb_then_it_is_scanned_whole_and_no_canary_survives(target) -> None:
    connection, schema = target
    filler = "the customer asked again about the delivery date of the parcel. "
    body = filler * (5_000_000 // len(filler))
    middle = len(body) // 2
    note = (f"{body[:middle]} write to {CANARIES['email']} or call {CANARIES['phone']} {body[middle:]}"
            f" ssn {CANARIES['ssn']}")
    assert len(note) > 5_000_000
    frame = pd.DataFrame({"customer_id": [1, 2], "support_notes": [note, f"short, from {CANARIES['email']}"]})
    connection.write_table(f"{schema}.customers", frame)
    result = connection.read_table(f"{schema}.customers")
    notes = result.frame.set_index("customer_id")["support_notes"]
    assert len(notes[1]) > 5_000_000 and "<EMAIL_ADDRESS>" in notes[1] and "<US_SSN>" in notes[1]
    assert contains_canary(_released(result)) == []


# -- bytes -------------------------------------------------------------------------------------------------------


def test_when_a_binary_column_holds_bytes_that_are_not_utf8_then_they_round_trip_unchanged(target) -> None:
    connection, schema = target
    payloads = [b"\xff\xfe\x00\x80 not text", b"", None]
    connection.write_table(f"{schema}.blobs", pd.DataFrame({"id": [1, 2, 3], "payload": payloads}))
    result = connection.read_table(f"{schema}.blobs")
    stored = [None if v is None or v is pd.NA else bytes(v) for v in result.frame.sort_values("id")["payload"]]
    assert stored == payloads and result.masked == {}


@pytest.mark.parametrize("column", ["support_notes", "phone", "postal_code"])
def test_when_a_binary_column_holds_personal_data_then_text_operators_are_refused(target, column: str) -> None:
    connection, schema = target
    connection.write_table(f"{schema}.customers", pd.DataFrame({"id": [1], column: [CANARY_BYTES + b" \xff"]}))
    with pytest.raises(StatementRefused, match=f"{column} is binary .* operator hash, null, redact") as caught:
        connection.read_table(f"{schema}.customers")
    assert contains_canary(str(caught.value)) == []


def test_when_a_binary_column_of_personal_data_is_given_a_binary_safe_operator_then_it_reads_masked(target) -> None:
    connection, schema = target
    connection.policy = Policy.model_validate(
        {"columns": [{"table": f"{schema}.people", "column": "ssn", "kind": "ssn", "operator": "hash"}]})
    connection.write_table(f"{schema}.people", pd.DataFrame({"id": [1, 2], "ssn": [CANARY_BYTES + b"\xff", None]}))
    result = connection.read_table(f"{schema}.people")
    assert result.masked == {"ssn": [f"{schema}.people.ssn:hash"]} and result.frame["ssn"].isna().sum() == 1
    assert contains_canary(_released(result)) == [] and CANARY_BYTES not in str(result.frame.to_dict()).encode()


def test_when_text_holds_undecodable_bytes_then_the_write_fails_clearly_without_the_value(target) -> None:
    connection, schema = target
    broken = (CANARIES["email"].encode() + b"\xff\xfe").decode("utf-8", "surrogateescape")
    with pytest.raises(DatabaseError, match="not valid Unicode|cannot encode str as UTF-8") as caught:
        connection.write_table(f"{schema}.notes", pd.DataFrame({"id": [1], "note": [broken]}))
    assert contains_canary(str(caught.value)) == [] and "\udcff" not in str(caught.value)
    assert "notes" not in connection.database.schema().get(schema, {})


# -- frames a table cannot hold faithfully --------------------------------------------------------------------------

UNFAITHFUL_FRAMES = [
    ("mixed value types", pd.DataFrame({"id": [1, 2, 3], "value": [1, CANARIES["full_name"], 2.5]}),
     "column 'value' mixes value types (float, int, str)"),
    ("duplicate column names", pd.DataFrame([[1, CANARIES["email"]]], columns=["x", "x"]), "duplicate column names"),
    ("non-text column names", pd.DataFrame({0: [CANARIES["email"]]}), "column names must be non-empty text"),
]


@pytest.mark.parametrize(("problem", "frame", "message"), UNFAITHFUL_FRAMES, ids=[f[0] for f in UNFAITHFUL_FRAMES])
def test_when_a_frame_cannot_be_stored_faithfully_then_the_write_is_refused_naming_the_column(
        target, problem: str, frame: pd.DataFrame, message: str) -> None:
    connection, schema = target
    with pytest.raises(DatabaseError) as caught:
        connection.write_table(f"{schema}.unfaithful", frame)
    assert message in str(caught.value) and contains_canary(str(caught.value)) == []
    assert "unfaithful" not in connection.database.schema().get(schema, {})


def test_when_an_asset_returns_mixed_types_then_the_io_manager_fails_the_step_without_the_values(
        policy_path, secret, tmp_path) -> None:
    warehouse = GovernedDatabase(url=f"duckdb:///{tmp_path / 'warehouse.duckdb'}", policy_path=str(policy_path),
                                 secret=secret, audit_url=f"duckdb:///{tmp_path / 'audit.duckdb'}")

    @asset
    def synthetic_people() -> pd.DataFrame:
        return pd.DataFrame({"id": [1, 2], "contact": [CANARIES["phone"], 5309]})

    result = materialize([synthetic_people], resources={"io_manager": GovernedIOManager(database=warehouse)},
                         raise_on_error=False)
    assert not result.success
    failure = str(next(e for e in result.all_events if e.is_failure).event_specific_data)
    assert "DatabaseError" in failure and "column 'contact' mixes value types (int, str)" in failure
    assert contains_canary(str([e.event_specific_data for e in result.all_events])) == []
    assert "synthetic_people" not in open_database(warehouse.url).schema().get("governed", {})


def test_every_refusal_here_is_a_governance_error() -> None:
    assert all(issubclass(e, GovernanceError) for e in (ConfigurationError, DatabaseError, StatementRefused))


# -- statements the guardrails cannot read -----------------------------------------------------------------------

UNREADABLE_STATEMENTS = [
    ("a lone surrogate (argv bytes that are not UTF-8)", "SELECT email FROM people WHERE full_name = '\udcff'",
     "lone surrogate U[+]DCFF at offset 44"),
    ("a lone surrogate in a comment", "SELECT email FROM people -- \udcff", "lone surrogate U[+]DCFF"),
    ("a NUL byte before a second statement", "SELECT email FROM people\x00; DROP TABLE people", "U[+]0000 at offset 24"),
    ("a NUL byte inside a value", "SELECT email FROM people WHERE full_name = 'a\x00b'", "U[+]0000"),
    ("a file separator sqlglot reads as a space", "SELECT\x1cemail FROM people", "U[+]001C"),
    ("a vertical tab", "SELECT\x0bemail FROM people", "U[+]000B"),
    ("an escape sequence", "SELECT email FROM people WHERE full_name = '\x1b[2J'", "U[+]001B"),
    ("DEL", "SELECT email FROM people\x7f", "U[+]007F"),
    ("a C1 next-line control", "SELECT email\x85FROM people", "U[+]0085"),
    ("600 nested parentheses", "SELECT " + "(" * 600 + "email" + ")" * 600 + " FROM people", "nests 600 levels"),
    ("600 nested brackets", "SELECT " + "[" * 600 + "1" + "]" * 600, "nests 600 levels"),
    ("3,000 chained NOTs", "SELECT email FROM people WHERE " + "NOT " * 3000 + "true", "nests too deeply"),
    ("300 nested CASEs", "SELECT " + "CASE WHEN id > 1 THEN " * 300 + "email" + " END" * 300 + " FROM people",
     "nests 60[0-9] levels"),
    ("a 300-way UNION", " UNION ALL ".join(["SELECT email FROM people"] * 300), "nests 30[0-9] levels"),
]


@pytest.mark.parametrize("method", ["query", "execute"])
@pytest.mark.parametrize(("problem", "sql", "message"), UNREADABLE_STATEMENTS, ids=[s[0] for s in UNREADABLE_STATEMENTS])
def test_when_a_statement_is_not_text_the_guardrails_can_read_then_the_governed_path_refuses_it_as_unparseable(
        target, method: str, problem: str, sql: str, message: str) -> None:
    import sys

    connection, _ = target
    limit = sys.getrecursionlimit()
    with pytest.raises(UnparseableStatement, match=message) as caught:
        getattr(connection, method)(sql)
    refused = connection.audit.tail(1)[0]
    assert caught.value.rule == "unparseable" and sys.getrecursionlimit() == limit
    assert refused.kind == "statement.refused" and refused.payload["rule"] == "unparseable"
    assert "\udcff" not in str(caught.value) and "\x00" not in str(caught.value)


def _at_stack_depth(frames: int, call):
    """``call()`` from ``frames`` Python frames deeper than here: where a Dagster op or a test runner calls from."""
    return call() if frames == 0 else _at_stack_depth(frames - 1, call)


NESTED_SHAPES = [
    ("parentheses", lambda k: "SELECT " + "(" * k + "email" + ")" * k + " FROM {t}"),
    ("functions", lambda k: "SELECT " + "lower(" * k + "email" + ")" * k + " FROM {t}"),
    ("subqueries", lambda k: "SELECT email FROM " + "(SELECT * FROM " * k + "{t}" + ") s" * k),
    ("CASEs", lambda k: "SELECT " + "CASE WHEN id > 0 THEN " * k + "email" + " END" * k + " FROM {t}"),
    ("UNIONs", lambda k: " UNION ALL ".join(["SELECT email FROM {t}"] * k)),
    ("conditions", lambda k: "SELECT id FROM {t} WHERE " + "(" * k + "id > 0" + ")" * k),
]


@pytest.mark.parametrize(("shape", "make"), NESTED_SHAPES, ids=[s[0] for s in NESTED_SHAPES])
def test_when_a_query_nests_as_deep_as_the_limit_then_it_runs_masked_even_from_deep_in_a_caller_and_one_more_is_refused(
        target, shape: str, make) -> None:
    import sqlglot

    from governance_dagster.sql.parse import MAX_NESTING, nesting

    connection, schema = target
    connection.write_table(f"{schema}.people", pd.DataFrame({"id": [1, 2], "email": [CANARIES["email"], "b@example.com"]}))
    dialect = connection.database.dialect

    def sql(k: int) -> str:
        return make(k).replace("{t}", f"{schema}.people")

    k = 1
    while nesting(sqlglot.parse_one(sql(k + 1), read=dialect)) <= MAX_NESTING:
        k += 1
    result = _at_stack_depth(400, lambda: connection.query(sql(k)))
    assert len(result.frame) in (2, 2 * k) and contains_canary(_released(result)) == []
    with pytest.raises(UnparseableStatement, match=f"more than the {MAX_NESTING}"):
        connection.query(sql(k + 1))
