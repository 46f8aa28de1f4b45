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


def test_when_the_audit_table_disappears_after_the_store_knew_it_then_a_read_releases_nothing_and_later_recovers(
        connection, tmp_path) -> None:
    connection.query("SELECT segment FROM customers")
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
