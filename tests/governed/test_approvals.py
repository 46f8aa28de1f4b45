"""Specification of just-in-time approvals: requested by one, granted by another approver, bound to the exact
statement, requester and database, single use, expiring."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from governance_dagster.errors import ApprovalError, ApprovalRequired
from governance_dagster.governed.approvals import Approvals
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.loader import load_policy

UPDATE = "UPDATE customers SET segment = 'vip' WHERE customer_id = 2"
BOB = Identity("bob", "test")


def _request_id(connection, sql: str = UPDATE) -> str:
    with pytest.raises(ApprovalRequired) as caught:
        connection.execute(sql)
    return caught.value.request_id


def test_when_a_protected_write_runs_then_it_waits_with_the_request_id_and_the_command(connection) -> None:
    with pytest.raises(ApprovalRequired) as caught:
        connection.execute(UPDATE)
    error = caught.value
    assert error.request_id.startswith("apr-") and error.request_id in str(error)
    assert f"governance-dagster approvals grant {error.request_id}" in str(error)
    assert connection.query("SELECT segment FROM customers WHERE customer_id = 2").frame["segment"][0] != "vip"
    assert Approvals(connection.audit.url).get(error.request_id).status == "pending"


def test_when_the_statement_is_retried_before_a_decision_then_the_same_request_is_reused(connection) -> None:
    assert _request_id(connection) == _request_id(connection)


def test_when_another_approver_grants_then_the_statement_runs_exactly_once(connection, policy_path) -> None:
    request_id = _request_id(connection)
    Approvals(connection.audit.url).grant(request_id, BOB, load_policy(policy_path))
    assert connection.execute(UPDATE) == 1
    assert connection.query("SELECT segment FROM customers WHERE customer_id = 2").frame["segment"][0] == "vip"
    assert _request_id(connection) != request_id  # used up: running it again needs a new approval
    kinds = [e.kind for e in connection.audit.events()]
    assert {"approval.requested", "approval.granted", "approval.used"} <= set(kinds)
    assert connection.audit.verify().ok


def test_when_the_statement_changes_then_the_grant_does_not_apply(connection, policy_path) -> None:
    request_id = _request_id(connection)
    Approvals(connection.audit.url).grant(request_id, BOB, load_policy(policy_path))
    with pytest.raises(ApprovalRequired):
        connection.execute(UPDATE.replace("customer_id = 2", "customer_id = 3"))


def test_when_another_identity_runs_the_granted_statement_then_it_still_waits(connection, policy_path) -> None:
    request_id = _request_id(connection)
    Approvals(connection.audit.url).grant(request_id, BOB, load_policy(policy_path))
    connection.identity = Identity("mallory", "test")
    with pytest.raises(ApprovalRequired):
        connection.execute(UPDATE)


@pytest.mark.parametrize(
    ("approver", "message"),
    [(Identity("alice", "test", roles=("approver",)), "cannot decide their own request"),
     (Identity("Alice", "oidc", verified=True, roles=("approver",)), "cannot decide their own request"),
     (Identity(" ALICE ", "test", roles=("approver",)), "cannot decide their own request"),
     (Identity("carol", "test"), "holds none of the approver roles")],
    ids=["requester-self-approves", "requester-in-other-case", "requester-with-spaces-and-case", "no-approver-role"],
)
def test_when_the_approver_may_not_decide_then_the_grant_is_refused(connection, policy_path, approver, message) -> None:
    request_id = _request_id(connection)
    with pytest.raises(ApprovalError, match=message):
        Approvals(connection.audit.url).grant(request_id, approver, load_policy(policy_path))
    assert Approvals(connection.audit.url).get(request_id).status == "pending"


def test_when_a_request_is_denied_then_it_cannot_be_granted_and_the_statement_still_waits(connection, policy_path) -> None:
    approvals = Approvals(connection.audit.url)
    request_id = _request_id(connection)
    approvals.deny(request_id, BOB, load_policy(policy_path), reason="not during the freeze")
    with pytest.raises(ApprovalError, match="denied"):
        approvals.grant(request_id, BOB, load_policy(policy_path))
    assert _request_id(connection) != request_id


def test_when_a_grant_has_expired_then_it_is_not_used(connection, policy_path) -> None:
    approvals = Approvals(connection.audit.url)
    request_id = _request_id(connection)
    granted = approvals.grant(request_id, BOB, load_policy(policy_path))
    past = (datetime.now(timezone.utc) - timedelta(minutes=1)).isoformat()
    approvals._execute("UPDATE governance_approvals SET grant_expires_at = ? WHERE id = ?", [past, request_id])
    assert replace(granted, grant_expires_at=past).state == "expired"
    with pytest.raises(ApprovalRequired):
        connection.execute(UPDATE)



def test_when_the_approver_brings_a_policy_file_of_their_own_then_the_grant_is_refused(connection, tmp_path, capsys) -> None:
    from governance_dagster.cli import main

    request_id = _request_id(connection)
    own = tmp_path / "my-policy.yaml"
    own.write_text("roles:\n  mallory: [approver]\napprovals: {allow_unverified: true}\n")  # gives a made-up identity the role, drops everything else
    assert main(["approvals", "grant", request_id, "--store", connection.audit.url, "--policy", str(own),
                 "--as", "mallory"]) == 2
    assert "was made under policy" in capsys.readouterr().err
    assert Approvals(connection.audit.url).get(request_id).status == "pending"
    with pytest.raises(ApprovalRequired):
        connection.execute(UPDATE)


def test_when_a_request_was_stored_before_requests_recorded_their_policy_then_it_cannot_be_granted(
    connection, policy_path
) -> None:
    import duckdb

    request_id = _request_id(connection)
    path = connection.audit.url.split(":///", 1)[1]
    with duckdb.connect(path) as con:  # the table as version 0.1 created it: no policy column
        con.execute("ALTER TABLE governance_approvals DROP COLUMN policy")
    approvals = Approvals(connection.audit.url)
    assert approvals.get(request_id).policy == ""
    with pytest.raises(ApprovalError, match="a policy it did not record"):
        approvals.grant(request_id, BOB, load_policy(policy_path))
    assert approvals.get(request_id).status == "pending"


@pytest.mark.postgres
def test_when_the_store_url_holds_a_password_then_no_message_command_or_export_shows_it(postgres_url, tmp_path, capsys) -> None:
    import uuid

    from sqlalchemy import create_engine, make_url, text

    from governance_dagster.cli import main
    from governance_dagster.governed.connection import GovernedConnection
    from governance_dagster.policy.models import Policy
    from governance_dagster.store.audit.store import open_audit_store
    from governance_dagster.store.database import open_database

    password, name = "Pw-" + uuid.uuid4().hex, f"gd_pw_{uuid.uuid4().hex[:8]}"
    admin = create_engine(make_url(postgres_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with admin.connect() as con:
        con.execute(text(f"CREATE DATABASE {name}"))
    try:
        url = make_url(postgres_url).set(database=name, password=password).render_as_string(hide_password=False)
        policy = Policy(approvals={"allow_unverified": True})  # not about verification
        connection = GovernedConnection(open_database(url), policy, open_audit_store(url), Identity("alice", "test"),
                                        "s" * 20, approvals=Approvals(url))
        connection.database.execute("CREATE TABLE public.orders (order_id INTEGER)")
        with pytest.raises(ApprovalRequired) as caught:
            connection.execute("DELETE FROM public.orders WHERE order_id = 1")
        with pytest.raises(ApprovalError) as missing:
            Approvals(url).get("apr-000000000000")
        connection.record("write", {"table": "public.orders", "rows": 0})
        lineage = tmp_path / "lineage.jsonl"
        assert main(["audit", "export", "--store", url, "--format", "openlineage", "--output", str(lineage)]) == 0
        assert main(["audit", "show", "999999", "--store", url]) == 2
        shown = [str(caught.value), caught.value.command, str(missing.value), lineage.read_text(), *capsys.readouterr()]
        assert "--store postgresql" in caught.value.command and ":***@" in caught.value.command
        assert not [s for s in shown if password in s]
    finally:
        with admin.connect() as con:
            con.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


def test_when_a_relative_duckdb_url_names_another_file_in_another_directory_then_the_grant_does_not_apply(
    tmp_path, monkeypatch, policy_path, secret
) -> None:
    from governance_dagster.governed.connection import GovernedConnection
    from governance_dagster.store.audit.store import open_audit_store
    from governance_dagster.store.database import open_database
    from tests.conftest import customers_frame, write_duckdb

    audit_url = f"duckdb:///{tmp_path / 'audit.duckdb'}"
    staging, production = tmp_path / "staging", tmp_path / "production"

    def connection_in(directory):  # noqa: ANN001, ANN202
        directory.mkdir(exist_ok=True)
        write_duckdb(directory / "prod.duckdb", customers=customers_frame())
        monkeypatch.chdir(directory)
        return GovernedConnection(open_database("duckdb:///prod.duckdb"), load_policy(policy_path),
                                  open_audit_store(audit_url), Identity("alice", "test"), secret,
                                  approvals=Approvals(audit_url))

    request_id = _request_id(connection_in(staging))
    assert Approvals(audit_url).get(request_id).database == f"duckdb:///{staging / 'prod.duckdb'}"
    Approvals(audit_url).grant(request_id, BOB, load_policy(policy_path))
    with pytest.raises(ApprovalRequired):  # same URL text, same statement, same requester: another file
        connection_in(production).execute(UPDATE)
    assert connection_in(staging).execute(UPDATE) == 1
