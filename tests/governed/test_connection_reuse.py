"""What the governed path reuses between statements never weakens it.

The classification cache is keyed by the table's schema fingerprint, so a column added since is classified (and
masked) rather than read under the old classification; connections that share a database object and the process's
caches still each act with their own identity's grants; one statement opens the data file once; and an audit store
that skips its table check once it is known still fails closed.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from governance_dagster.errors import AuditError, StatementRefused
from governance_dagster.governed import connection as connection_module
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.models import UnmaskGrant
from governance_dagster.store import database as database_module
from governance_dagster.store.audit.store import TABLE, open_audit_store
from governance_dagster.store.database import open_database
from tests.conftest import CANARIES, contains_canary

EMAIL = "ann.canary@example.org"


def _add_email_by_this_connection(connection: GovernedConnection, path: Path) -> None:
    connection.execute(f"ALTER TABLE scratch.people ADD COLUMN email VARCHAR DEFAULT '{EMAIL}'")


def _add_email_by_another_writer(connection: GovernedConnection, path: Path) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute(f"ALTER TABLE scratch.people ADD COLUMN email VARCHAR DEFAULT '{EMAIL}'")
    connection._schema = None  # what a new connection, or this one after its own write, reads


def _replace_by_write_table(connection: GovernedConnection, path: Path) -> None:
    frame = connection.database.fetch("SELECT * FROM scratch.people")
    frame["email"] = EMAIL
    connection.write_table("scratch.people", frame)


@pytest.mark.parametrize("change", [_add_email_by_this_connection, _add_email_by_another_writer,
                                    _replace_by_write_table])
def test_when_a_tables_columns_change_then_its_cached_classification_is_dropped_and_the_new_column_masked(
        connection, tmp_path, change) -> None:
    connection.execute("CREATE SCHEMA scratch")
    connection.execute("CREATE TABLE scratch.people AS SELECT range AS id, 'plan ' || range AS topic FROM range(40)")
    first = connection.query("SELECT * FROM scratch.people")
    assert "email" not in first.frame.columns
    classified = [e for e in connection.audit.events() if e.kind == "classification"]

    change(connection, tmp_path / "prod.duckdb")
    again = connection.query("SELECT * FROM scratch.people")

    assert again.masked["email"] == ["scratch.people.email:hash"]
    assert EMAIL not in again.frame["email"].tolist()
    events = [e for e in connection.audit.events() if e.kind == "classification"]
    assert len(events) == len(classified) + 1
    assert events[-1].payload["table"] == "scratch.people" and "email" in events[-1].payload["columns"]


def test_when_a_new_connection_reads_a_table_whose_columns_changed_then_the_process_cache_is_not_used(
        connection, prod_url, tmp_path) -> None:
    connection.execute("CREATE SCHEMA scratch")
    connection.execute("CREATE TABLE scratch.people AS SELECT range AS id FROM range(40)")
    connection.query("SELECT * FROM scratch.people")
    with duckdb.connect(str(tmp_path / "prod.duckdb")) as con:
        con.execute(f"ALTER TABLE scratch.people ADD COLUMN email VARCHAR DEFAULT '{EMAIL}'")
    fresh = GovernedConnection(database=open_database(prod_url), policy=connection.policy, audit=connection.audit,
                               identity=connection.identity, secret=connection.secret)
    result = fresh.query("SELECT id, email FROM scratch.people")
    assert result.masked == {"email": ["scratch.people.email:hash"]}
    assert EMAIL not in result.frame["email"].tolist()


def _identities(connection: GovernedConnection) -> tuple[GovernedConnection, GovernedConnection]:
    """Two connections on one database object, audit store and policy: frank may read e-mails unmasked with a
    reason, bob may not."""
    policy = connection.policy.model_copy(update={
        "unmask": [UnmaskGrant(roles=["fraud"], kinds=["email"], access="values")]})
    frank = GovernedConnection(database=connection.database, policy=policy, audit=connection.audit,
                               identity=Identity("frank", "test", roles=("fraud",)), secret=connection.secret)
    bob = GovernedConnection(database=connection.database, policy=policy, audit=connection.audit,
                             identity=Identity("bob", "test"), secret=connection.secret)
    return frank, bob


SQL = "SELECT customer_id, email FROM customers WHERE customer_id = 1"


@pytest.mark.parametrize("order", [("frank", "bob", "bob"), ("bob", "frank", "bob"), ("frank", "frank", "bob")])
def test_when_connections_share_a_database_and_caches_then_each_statement_gets_its_own_identitys_grants(
        connection, order) -> None:
    frank, bob = _identities(connection)
    for who in order:
        if who == "frank":
            frame = frank.query(SQL, unmask_reason="fraud case 17").frame
            assert frame["email"][0] == CANARIES["email"]
        else:
            frame = bob.query(SQL).frame
            assert contains_canary(frame.to_csv()) == []
            with pytest.raises(StatementRefused) as refused:
                bob.query(SQL, unmask_reason="fraud case 17")
            assert refused.value.rule == "unmask-not-granted"
    reads = [e for e in connection.audit.events() if e.kind == "read"]
    assert [e.identity for e in reads] == list(order)
    assert all((e.payload["unmasked"] != []) == (e.identity == "frank") for e in reads)


def test_when_one_thread_holds_a_session_then_another_identity_in_another_thread_is_still_masked(connection) -> None:
    import threading

    frank, bob = _identities(connection)
    seen: list[str] = []
    with connection.database.session():
        assert frank.query(SQL, unmask_reason="fraud case 17").frame["email"][0] == CANARIES["email"]
        worker = threading.Thread(target=lambda: seen.append(bob.query(SQL).frame.to_csv()))
        worker.start()
        worker.join(timeout=0.5)  # it waits for the file: this thread's session still holds it
        assert worker.is_alive()
    worker.join(timeout=60)
    assert len(seen) == 1 and contains_canary(seen[0]) == []


def test_when_a_governed_read_runs_then_it_opens_the_data_file_once_and_the_audit_file_once(
        connection, prod_url, monkeypatch) -> None:
    connection.query("SELECT segment, count(*) AS n FROM customers GROUP BY segment")  # classifies, creates the store
    opened: list[str] = []
    real_open = database_module.DuckDBDatabase._open

    def counting(self):  # a spy: the real open runs
        opened.append(Path(self.path).name)
        return real_open(self)

    monkeypatch.setattr(database_module.DuckDBDatabase, "_open", counting)
    fresh = GovernedConnection(database=open_database(prod_url), policy=connection.policy, audit=connection.audit,
                               identity=connection.identity, secret=connection.secret)
    fresh.query("SELECT segment, count(*) AS n FROM customers GROUP BY segment")
    assert sorted(opened) == ["audit.duckdb", "prod.duckdb"]


def test_when_new_connections_read_an_unchanged_duckdb_file_then_each_reads_its_catalog_in_one_statement_and_shares_it(
        connection, prod_url, monkeypatch) -> None:
    connection.query("SELECT segment, count(*) AS n FROM customers GROUP BY segment ORDER BY segment")  # classifies, plans
    read: list[str] = []
    real_rows = database_module.DuckDBDatabase._rows

    def counting(self, sql):  # a spy: the real read runs
        read.append(sql)
        return real_rows(self, sql)

    monkeypatch.setattr(database_module.DuckDBDatabase, "_rows", counting)
    fresh = [GovernedConnection(database=open_database(prod_url), policy=connection.policy, audit=connection.audit,
                                identity=connection.identity, secret=connection.secret) for _ in range(2)]
    # ORDER BY: DuckDB's parallel hash aggregate returns groups in no fixed order
    results = [each.query("SELECT segment, count(*) AS n FROM customers GROUP BY segment ORDER BY segment") for each in fresh]
    assert len(read) == 2 and all("duckdb_columns()" in sql and "duckdb_views()" in sql for sql in read)
    assert fresh[0].schema() is fresh[1].schema() and fresh[0]._views_read() is fresh[1]._views_read()
    assert results[0].frame.equals(results[1].frame)


def test_when_the_audit_table_disappears_after_the_store_knew_it_then_a_read_releases_nothing_and_later_recovers(
        connection, tmp_path) -> None:
    connection.query("SELECT segment FROM customers")
    connection.audit.close()  # the event moves from the journal into the table; then another program edits the file
    with duckdb.connect(str(tmp_path / "audit.duckdb")) as con:
        con.execute(f"DROP TABLE {TABLE}")
    with pytest.raises(AuditError, match="the governed action was not performed"):
        connection.query("SELECT email FROM customers")
    result = connection.query("SELECT segment FROM customers")  # the store checks for its table again
    assert result.event.seq == 1 and result.event.kind == "read"


def test_when_a_read_only_store_is_asked_again_then_its_missing_table_is_still_reported(tmp_path) -> None:
    path = tmp_path / "empty.duckdb"
    duckdb.connect(str(path)).close()
    store = open_audit_store(f"duckdb:///{path}", read_only=True)
    for _ in range(2):
        with pytest.raises(AuditError, match="holds no audit table"):
            store.tail(1)


# -- the plan cache: an allowed read's decision and rewrite, reused while nothing it depends on changed ---------------


def _count_rewrites(monkeypatch) -> list[str]:
    """A spy on the masking rewrite (the real one runs): one entry per statement planned anew."""
    planned: list[str] = []
    real = connection_module.rewrite_query

    def counting(query, *args, **kwargs):
        planned.append(str(query))
        return real(query, *args, **kwargs)

    monkeypatch.setattr(connection_module, "rewrite_query", counting)
    return planned


def test_when_a_read_is_run_again_then_its_plan_is_reused_and_its_rows_and_event_are_its_own(
        connection, monkeypatch) -> None:
    planned = _count_rewrites(monkeypatch)
    first = connection.query("SELECT customer_id, email FROM customers")
    first.masked.clear()  # what a caller does with its result does not reach the cached plan
    first.lineage.clear()
    again = connection.query("SELECT customer_id, email FROM customers")
    assert len(planned) == 1
    assert again.masked == {"email": ["main.customers.email:hash"]}
    assert list(again.lineage) == ["customer_id", "email"]
    assert contains_canary(again.frame.to_csv()) == []
    assert again.event.seq > first.event.seq and again.event.payload["masked"] == again.masked


def _other_secret(connection: GovernedConnection) -> GovernedConnection:
    return GovernedConnection(database=connection.database, policy=connection.policy, audit=connection.audit,
                              identity=connection.identity, secret="another-secret-0123456789")


def _other_identity(connection: GovernedConnection) -> GovernedConnection:
    return GovernedConnection(database=connection.database, policy=connection.policy, audit=connection.audit,
                              identity=Identity("carol", "test"), secret=connection.secret)


def _other_policy(connection: GovernedConnection) -> GovernedConnection:
    policy = connection.policy.model_copy(update={"protected_schemas": ["audit_only"]})
    return GovernedConnection(database=connection.database, policy=policy, audit=connection.audit,
                              identity=connection.identity, secret=connection.secret)


@pytest.mark.parametrize("other", [_other_secret, _other_identity, _other_policy])
def test_when_a_connection_differs_in_secret_identity_or_policy_then_it_plans_the_read_anew(
        connection, monkeypatch, other) -> None:
    planned = _count_rewrites(monkeypatch)
    sql = "SELECT customer_id, email FROM customers ORDER BY customer_id"
    mine = connection.query(sql)
    theirs = other(connection).query(sql)
    assert len(planned) == 2
    assert theirs.event.identity == other(connection).identity.name
    if other is _other_secret:  # the keyed hash follows the connection's own secret
        assert theirs.frame["email"].tolist() != mine.frame["email"].tolist()


def test_when_a_view_is_redefined_then_a_read_through_it_is_planned_again_and_masked(
        connection, monkeypatch, tmp_path) -> None:
    planned = _count_rewrites(monkeypatch)
    connection.execute("CREATE SCHEMA scratch")  # main is a protected schema in the test policy
    connection.execute("CREATE VIEW scratch.contacts AS SELECT customer_id FROM main.customers")
    connection.query("SELECT * FROM scratch.contacts")
    connection.query("SELECT * FROM scratch.contacts")
    connection.execute("CREATE OR REPLACE VIEW scratch.contacts AS SELECT customer_id, segment FROM main.customers")
    assert list(connection.query("SELECT * FROM scratch.contacts").frame.columns) == ["customer_id", "segment"]
    with duckdb.connect(str(tmp_path / "prod.duckdb")) as con:  # another writer adds a personal column to the view
        con.execute("CREATE OR REPLACE VIEW scratch.contacts AS SELECT customer_id, email FROM main.customers")
    connection._schema = connection._views = None  # what a new connection, or this one after its own write, reads
    result = connection.query("SELECT * FROM scratch.contacts")
    assert len(planned) == 3
    assert result.masked == {"email": ["main.customers.email:hash"]}
    assert contains_canary(result.frame.to_csv()) == []


def test_when_a_table_is_classified_again_then_the_plan_built_on_the_old_classification_is_not_used(
        connection, monkeypatch) -> None:
    planned = _count_rewrites(monkeypatch)
    connection.query("SELECT customer_id, email FROM customers")
    connection_module._CLASSIFICATIONS.clear()  # another sample or policy: a new classification object
    connection._classified.clear()
    result = connection.query("SELECT customer_id, email FROM customers")
    assert len(planned) == 2
    assert result.masked == {"email": ["main.customers.email:hash"]}


def test_when_more_statements_are_planned_than_the_cache_holds_then_the_least_recently_used_is_dropped(
        connection, monkeypatch) -> None:
    monkeypatch.setattr(connection_module, "PLAN_CACHE_SIZE", 2)
    monkeypatch.setattr(connection_module, "_PLANS", connection_module.OrderedDict())
    for sql in ("SELECT 1 AS a FROM customers", "SELECT 2 AS b FROM customers", "SELECT 1 AS a FROM customers",
                "SELECT 3 AS c FROM customers"):
        connection.query(sql)
    assert [key[0] for key in connection_module._PLANS] == ["SELECT 1 AS a FROM customers",
                                                            "SELECT 3 AS c FROM customers"]


def test_when_a_read_ran_on_an_approval_then_the_next_one_needs_an_approval_again(connection, monkeypatch) -> None:
    from governance_dagster.errors import ApprovalRequired
    from governance_dagster.policy.models import GuardrailRule

    monkeypatch.setattr(connection_module, "_PLANS", connection_module.OrderedDict())  # this test's plans only

    policy = connection.policy.model_copy(update={"guardrails": [
        GuardrailRule(name="customers-need-approval", action="approval", kinds=["read"], tables=["main.customers"])]})
    waiting = GovernedConnection(database=connection.database, policy=policy, audit=connection.audit,
                                 identity=connection.identity, secret=connection.secret,
                                 approvals=connection.approvals)
    sql = "SELECT customer_id FROM customers"
    with pytest.raises(ApprovalRequired) as asked:
        waiting.query(sql)
    connection.approvals.grant(asked.value.request_id, Identity("bob", "test", roles=("approver",)), policy)
    assert waiting.query(sql).event.payload["approval"] == asked.value.request_id
    with pytest.raises(ApprovalRequired):  # the grant was used once; no cached plan carries it further
        waiting.query(sql)
    assert not any(key[0] == sql for key in connection_module._PLANS)
