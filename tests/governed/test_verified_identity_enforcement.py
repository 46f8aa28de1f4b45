"""The policy's `identity.require_verified_for` is enforced where the actions happen: unmasked reads, approvals
and writes to protected schemas refuse unverified identities and accept verified ones; a token given as a run tag
makes every audit event of the run verified."""

from __future__ import annotations

import json

import pytest
from dagster import asset, materialize

from governance_dagster import GovernedDatabase
from governance_dagster.errors import ApprovalRequired, IdentityError, StatementRefused
from governance_dagster.governed.approvals import Approvals
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.models import UnmaskGrant
from tests.governed.test_identity import AUDIENCE, ISSUER, Keys, claims, sign


def _require(connection, *actions: str) -> None:
    identity = connection.policy.identity.model_copy(update={"require_verified_for": list(actions)})
    connection.policy = connection.policy.model_copy(update={
        "identity": identity, "unmask": [UnmaskGrant(roles=["dpo"], access="values")]})


@pytest.mark.parametrize("verified", [False, True])
def test_when_unmasked_reads_require_a_verified_identity_then_only_a_verified_one_reads(connection, verified) -> None:
    _require(connection, "unmasked_reads")
    connection.identity = Identity("dana", "test", verified=verified, roles=("dpo",))
    if verified:
        assert len(connection.query("SELECT email FROM customers", unmask_reason="DSAR 17").frame) == 60
    else:
        with pytest.raises(StatementRefused, match="verified") as caught:
            connection.query("SELECT email FROM customers", unmask_reason="DSAR 17")
        assert caught.value.rule == "verified-identity-for-unmasked_reads"


@pytest.mark.parametrize("verified", [False, True])
def test_when_protected_writes_require_a_verified_identity_then_an_unverified_writer_is_refused(connection, verified) -> None:
    _require(connection, "protected_writes")
    connection.identity = Identity("alice", "test", verified=verified)
    expected = ApprovalRequired if verified else StatementRefused
    with pytest.raises(expected) as caught:
        connection.execute("UPDATE customers SET segment = 'x' WHERE customer_id = 4")
    assert (type(caught.value) is ApprovalRequired) == verified


def test_when_approvals_require_a_verified_identity_then_an_unverified_approver_is_refused(connection) -> None:
    _require(connection, "approvals")
    with pytest.raises(ApprovalRequired) as caught:
        connection.execute("UPDATE customers SET segment = 'x' WHERE customer_id = 4")
    approvals = Approvals(connection.audit.url)
    with pytest.raises(IdentityError, match="verified"):
        approvals.grant(caught.value.request_id, Identity("bob", "cli", roles=("approver",)), connection.policy)
    granted = approvals.grant(caught.value.request_id, Identity("bob", "oidc", verified=True, roles=("approver",)),
                              connection.policy)
    assert granted.status == "granted"


@asset
def verified_read(production: GovernedDatabase) -> None:
    production.connection(asset="verified_read").read_table("customers")


def test_when_a_run_carries_a_valid_token_then_its_events_are_verified(prod_url, tmp_path, audit_url, secret) -> None:
    keys = Keys()
    jwks = tmp_path / "jwks.json"
    jwks.write_text(json.dumps(keys.jwks()))
    policy = tmp_path / "policy.yaml"
    policy.write_text(f"identity:\n  oidc_issuer: {ISSUER}\n  oidc_audience: {AUDIENCE}\n  jwks_path: {jwks}\n")
    token = sign(keys, claims())
    resources = {"production": GovernedDatabase(url=prod_url, policy_path=str(policy), secret=secret, audit_url=audit_url)}
    assert materialize([verified_read], resources=resources, tags={"governance/id_token": token}).success
    from governance_dagster.store.audit.store import open_audit_store

    reads = [e for e in open_audit_store(audit_url).events() if e.kind == "read"]
    assert reads and all(e.verified and e.payload["identity_source"] == "oidc" for e in reads)
    assert all(token not in str(e.payload) for e in open_audit_store(audit_url).events())


@pytest.mark.parametrize("verified", [False, True])
def test_when_a_rule_allows_replacing_a_protected_table_then_write_table_still_needs_a_verified_identity(
    connection, verified
) -> None:
    import pandas as pd

    from governance_dagster.policy.models import GuardrailRule

    _require(connection, "protected_writes")
    connection.policy = connection.policy.model_copy(update={"guardrails": [
        GuardrailRule(name="reports-may-be-rebuilt", action="allow", tables=["main.reports*"])]})
    connection.identity = Identity("mallory", "test", verified=verified)
    frame = pd.DataFrame({"x": [1, 2]})
    if verified:
        assert connection.write_table("main.reports", frame).rows == 2
    else:
        with pytest.raises(StatementRefused, match="verified") as caught:
            connection.write_table("main.reports", frame)
        assert caught.value.rule == "verified-identity-for-protected_writes"
        assert "reports" not in connection.database.schema().get("main", {})
