"""Specification of the governed path under faults: an audit store that cannot be reached or written, a broken
policy file, a policy that no longer fits the tables. Each fault fails closed: no row reaches the caller, no table
is half-written, and the error names the store or file and the fix, never a real value.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest
from dagster import asset, materialize

from governance_dagster import GovernedDatabase
from governance_dagster.errors import AuditError, PolicyError
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.loader import load_policy
from governance_dagster.policy.models import Policy
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import open_database
from governance_dagster.store.handover import release
from tests.conftest import CANARIES, POLICY_YAML, contains_canary, customers_frame
from tests.faults import closed_port, fill, remount, small_filesystem

V1 = pd.DataFrame({"id": [1, 2], "segment": ["a", "b"]})


def _connection(database_url: str, audit_url: str, secret: str, policy: Policy | None = None) -> GovernedConnection:
    return GovernedConnection(database=open_database(database_url), policy=policy or load_policy_text(POLICY_YAML),
                              audit=open_audit_store(audit_url), identity=Identity("alice", "test"), secret=secret)


def load_policy_text(text: str) -> Policy:
    import yaml

    return Policy.model_validate(yaml.safe_load(text))


def _tables(path: str) -> list[tuple[str, str]]:
    con = duckdb.connect(path, read_only=True)
    try:
        return sorted(con.execute("SELECT schema_name, table_name FROM duckdb_tables()").fetchall())
    finally:
        con.close()


def _assert_fails_closed(connection: GovernedConnection, warehouse: str, store_words: list[str]) -> None:
    """A read releases no row and a write leaves the previous version, each with an AuditError naming the store."""
    with pytest.raises(AuditError) as read_error:
        connection.read_table("customers")
    with pytest.raises(AuditError) as write_error:
        connection.write_table("synthetic.segments", pd.DataFrame({"id": [9], "segment": [CANARIES["full_name"]]}))
    for error in (read_error, write_error):
        text = str(error.value)
        assert all(word in text for word in store_words), text
        assert "check that" in text and contains_canary(text) == []
    previous = duckdb.connect(warehouse, read_only=True)
    try:
        assert previous.execute("SELECT * FROM synthetic.segments ORDER BY id").df().equals(V1)
    finally:
        previous.close()
    assert _tables(warehouse) == [("main", "customers"), ("synthetic", "segments")]


@pytest.fixture
def warehouse(tmp_path: Path, secret: str) -> str:
    """A DuckDB holding the canary customers and a first version of synthetic.segments."""
    path = tmp_path / "warehouse.duckdb"
    con = duckdb.connect(str(path))
    con.register("c", customers_frame())
    con.execute("CREATE TABLE customers AS SELECT * FROM c")
    con.execute("CREATE SCHEMA synthetic")
    con.register("v1", V1)
    con.execute("CREATE TABLE synthetic.segments AS SELECT * FROM v1")
    con.close()
    return str(path)


# -- the audit store ---------------------------------------------------------------------------------------------


def test_when_the_postgres_audit_store_is_unreachable_then_nothing_is_released_or_written(warehouse, secret) -> None:
    port = closed_port()
    connection = _connection(f"duckdb:///{warehouse}", f"postgresql://postgres:hunter22@127.0.0.1:{port}/audit", secret)
    _assert_fails_closed(connection, warehouse, [f"127.0.0.1:{port}", "server is up"])
    with pytest.raises(AuditError) as caught:
        connection.read_table("customers")
    assert "hunter22" not in str(caught.value)


def test_when_a_run_cannot_reach_its_audit_store_then_no_asset_body_runs(warehouse, policy_path, secret) -> None:
    port = closed_port()
    ran = []

    @asset
    def reads_customers(production: GovernedDatabase) -> None:
        ran.append(production.connection().read_table("customers"))

    database = GovernedDatabase(url=f"duckdb:///{warehouse}", policy_path=str(policy_path), secret=secret,
                                audit_url=f"postgresql://postgres@127.0.0.1:{port}/audit")
    result = materialize([reads_customers], resources={"production": database}, raise_on_error=False)
    assert not result.success and ran == []
    text = str([e.event_specific_data for e in result.all_events])
    assert "AuditError" in text and f"127.0.0.1:{port}" in text and contains_canary(text) == []


def test_when_the_duckdb_audit_store_is_on_a_read_only_disk_then_nothing_is_released_or_written(
        warehouse, secret, tmp_path) -> None:
    with small_filesystem(tmp_path / "ro", "8M") as mount:
        audit_url = f"duckdb:///{mount / 'audit.duckdb'}"
        _connection(f"duckdb:///{warehouse}", audit_url, secret).read_table("customers")  # a chain to protect
        remount(mount, "ro")
        _assert_fails_closed(_connection(f"duckdb:///{warehouse}", audit_url, secret), warehouse,
                             [str(mount / "audit.duckdb"), "read-only"])
        remount(mount, "rw")
        assert open_audit_store(audit_url).verify().ok


def test_when_the_duckdb_audit_store_does_not_exist_in_a_read_only_directory_then_it_is_an_audit_error(
        warehouse, secret, tmp_path) -> None:
    with small_filesystem(tmp_path / "ro", "1M") as mount:
        remount(mount, "ro")
        audit_url = f"duckdb:///{mount / 'nested' / 'audit.duckdb'}"
        _assert_fails_closed(_connection(f"duckdb:///{warehouse}", audit_url, secret), warehouse,
                             [str(mount / "nested" / "audit.duckdb"), "writable"])


def test_when_the_audit_disk_fills_up_then_events_wait_in_the_journal_and_nothing_is_released_once_none_can_move_in(
        warehouse, secret, tmp_path) -> None:
    with small_filesystem(tmp_path / "full", "8M") as mount:
        audit_url = f"duckdb:///{mount / 'audit.duckdb'}"
        _connection(f"duckdb:///{warehouse}", audit_url, secret).read_table("customers")  # the journal's room taken
        before = open_audit_store(audit_url).verify().events
        release()
        filler = fill(mount)
        # the journal was extended with zeros ahead of its lines: an append still syncs there, durable, on a full disk
        _connection(f"duckdb:///{warehouse}", audit_url, secret).read_table("customers")
        release()  # moving it into the full store fails: it stays in the journal
        _assert_fails_closed(_connection(f"duckdb:///{warehouse}", audit_url, secret), warehouse,
                             [str(mount / "audit.duckdb"), "free space"])
        filler.unlink()
        after = open_audit_store(audit_url).verify()
        assert after.ok and after.events == before + 1  # the acknowledged event kept, nothing of the refused ones
        _connection(f"duckdb:///{warehouse}", audit_url, secret).read_table("customers")
        assert open_audit_store(audit_url).verify().ok


# -- the policy file ---------------------------------------------------------------------------------------------

BROKEN_POLICIES = [
    # (what is wrong, file text, words the error must hold: file, line, fix)
    ("yaml syntax", "version: 1\ncolumns:\n  - {table: t, column: c\n", ["line 4", "not valid YAML", "fix the syntax"]),
    ("bad indentation", "version: 1\nroles:\n  bob: [approver]\n bad: x\n", ["line 4", "fix the syntax"]),
    ("unknown kind", ("version: 1\nprotected_schemas: [main]\ncolumns:\n  - table: main.t\n    column: c\n"
                      "    kind: shoe_size\n"), ["line 6", "columns.0.kind", "Fix these fields"]),
    ("unknown operator", "version: 1\n\nentities:\n  email:\n    operator: scramble\n",
     ["line 5", "entities.email.operator", "Fix these fields"]),
    ("misspelled field", "version: 1\nroles: {}\nprotected_schema: [main]\n",
     ["line 3", "protected_schema: Extra inputs are not permitted"]),
    ("scan on a non-text kind", ("columns:\n  - {table: t, column: c, kind: email}\n"
                                 "  - {table: t, column: d, kind: email, operator: scan}\n"),
     ["line 3", "columns.1", "only applies to kind 'free_text'"]),
    ("wrong version", "version: 2\n", ["line 1", "version"]),
    ("duplicate key", "version: 1\ncolumns:\n  - {table: t, column: c, kind: email}\nroles: {}\ncolumns: []\n",
     ["line 5", "first at line 2", "merge the two entries"]),
    ("not a mapping", "- version: 1\n", ["line 1", "mapping at the top level"]),
    ("truncated to a bare scalar", "versi", ["line 1", "mapping at the top level"]),
]


@pytest.mark.parametrize(("problem", "text", "words"), BROKEN_POLICIES, ids=[p[0] for p in BROKEN_POLICIES])
def test_when_the_policy_file_is_broken_then_loading_names_the_file_the_line_and_the_fix(
        tmp_path, problem: str, text: str, words: list[str]) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(text)
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    message = str(caught.value)
    assert str(path) in message and all(word in message for word in words), message


def test_when_the_policy_file_holds_bytes_that_are_not_utf8_then_the_error_names_the_line(tmp_path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_bytes(b"version: 1\nroles:\n  b\xf6b: [approver]\n")
    with pytest.raises(PolicyError, match=r"line 3.*save the file as UTF-8"):
        load_policy(path)


@pytest.mark.parametrize("kind", ["missing", "a directory"])
def test_when_the_policy_file_is_missing_or_not_a_file_then_the_error_names_the_path(tmp_path, kind: str) -> None:
    path = tmp_path / "policy.yaml"
    if kind == "a directory":
        path.mkdir()
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert str(path) in str(caught.value) and ("does not exist" in str(caught.value) or "readable file" in str(caught.value))


def test_when_the_policy_file_is_broken_then_a_run_refuses_to_start(prod_url, audit_url, secret, tmp_path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text("version: 1\ncolumns:\n  - table: main.customers\n    column: email\n    kind: e-mail\n")
    ran = []

    @asset
    def reads_customers(production: GovernedDatabase) -> None:
        ran.append(production.connection().read_table("customers"))

    database = GovernedDatabase(url=prod_url, policy_path=str(path), secret=secret, audit_url=audit_url)
    result = materialize([reads_customers], resources={"production": database}, raise_on_error=False)
    assert not result.success and ran == []
    failure = next(e for e in result.all_events if e.is_failure)
    text = str(failure.event_specific_data)
    assert "PolicyError" in text and str(path) in text and "line 3" in text and "columns.0.kind" in text
    assert list(open_audit_store(audit_url).events()) == []


# -- a policy that no longer fits the tables --------------------------------------------------------------------

STALE_RULES = [
    ("a renamed column", {"table": "main.customers", "column": "social_security_no", "kind": "ssn"},
     "names main.customers.social_security_no, but main.customers has no column social_security_no"),
    ("a table without its schema", {"table": "customers", "column": "ssn", "kind": "ssn"},
     "without its schema, so it never applies to main.customers"),
]


@pytest.mark.parametrize(("problem", "rule", "message"), STALE_RULES, ids=[r[0] for r in STALE_RULES])
def test_when_a_column_rule_names_a_column_the_table_does_not_have_then_reads_are_refused(
        prod_url, audit_url, secret, problem: str, rule: dict, message: str) -> None:
    policy = Policy.model_validate({"columns": [{"table": "*.customers", "column": "income", "kind": "none"}, rule]})
    connection = _connection(prod_url, audit_url, secret, policy)
    for read in (lambda: connection.read_table("customers"), lambda: connection.query("SELECT city FROM customers")):
        with pytest.raises(PolicyError) as caught:
            read()
        assert message in str(caught.value) and "in the policy file" in str(caught.value)
        assert contains_canary(str(caught.value)) == []
    assert [e.kind for e in open_audit_store(audit_url).events()] == []  # not even sampled for classification


def test_when_a_rule_names_a_family_of_tables_by_glob_then_a_member_without_the_column_is_read(
        prod_url, audit_url, secret) -> None:
    policy = Policy.model_validate({"columns": [{"table": "*.customers", "column": "loyalty_tier", "kind": "none"},
                                                {"table": "main.customers", "column": "*_notes", "kind": "free_text"}]})
    result = _connection(prod_url, audit_url, secret, policy).read_table("customers")
    assert len(result.frame) == 60 and contains_canary(result.frame.to_csv()) == []
