"""Specification of who requests and who grants an approval (issue 15, "Identity and approvals").

By default (``approvals.allow_unverified: false``) both sides need a verified OIDC identity; a person is the
token's issuer and subject, never its ``preferred_username``; the name shown is the verified e-mail. Tokens are
signed with keys generated here, checked against a local JWKS file (see tests/governed/test_identity.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from governance_dagster.cli import main
from governance_dagster.errors import ApprovalError, ApprovalRequired, StatementRefused
from governance_dagster.governed.approvals import Approvals
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity, resolve_identity_with
from governance_dagster.policy.loader import load_policy
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import open_database
from tests.governed.test_identity import AUDIENCE, ISSUER, Keys, claims, jwks_path, keys, sign  # noqa: F401 - fixtures

UPDATE = "UPDATE customers SET segment = 'vip' WHERE customer_id = 2"


@pytest.fixture
def verified_policy_path(tmp_path: Path, jwks_path: Path) -> Path:  # noqa: F811 - the fixture imported above
    """The test policy with token verification and the default approvals settings (verified identities only)."""
    path = tmp_path / "verified-policy.yaml"
    path.write_text(f"""
version: 1
columns:
  - {{table: "*.customers", column: support_notes, kind: free_text}}
protected_schemas: [main]
roles:
  bob@example.com: [approver]
  ann@example.com: [approver]
identity: {{oidc_issuer: "{ISSUER}", oidc_audience: {AUDIENCE}, jwks_path: "{jwks_path}"}}
""")
    return path


def _person(keys: Keys, policy, **overrides) -> Identity:  # noqa: F811
    return resolve_identity_with({}, policy, env={"GOVERNANCE_ID_TOKEN": sign(keys, claims(**overrides))})


def _connection(prod_url: str, policy_path: Path, audit_url: str, secret: str, identity: Identity) -> GovernedConnection:
    return GovernedConnection(open_database(prod_url), load_policy(policy_path), open_audit_store(audit_url), identity,
                              secret, approvals=Approvals(audit_url))


@pytest.mark.parametrize("claimed", [Identity("ann", "dagster_user_tag"), Identity("ann", "environment"),
                                     Identity("ann", "os_user")], ids=["run-tag", "environment", "os-user"])
def test_when_an_unverified_identity_runs_a_statement_that_needs_approval_then_it_is_refused_and_nothing_is_requested(
        prod_url, verified_policy_path, audit_url, secret, claimed: Identity) -> None:
    connection = _connection(prod_url, verified_policy_path, audit_url, secret, claimed)
    with pytest.raises(StatementRefused, match="allow_unverified") as caught:
        connection.execute(UPDATE)
    assert caught.value.rule == "verified-identity-for-approvals"
    assert Approvals(audit_url).list() == []


def test_when_an_unverified_approver_decides_a_verified_request_then_it_is_refused(
        keys, prod_url, verified_policy_path, audit_url, secret) -> None:  # noqa: F811
    policy = load_policy(verified_policy_path)
    ann = _person(keys, policy)
    with pytest.raises(ApprovalRequired) as caught:
        _connection(prod_url, verified_policy_path, audit_url, secret, ann).execute(UPDATE)
    approvals = Approvals(audit_url)
    for approver in (Identity("bob@example.com", "dagster_user_tag", roles=("approver",)),
                     Identity("bob@example.com", "environment", roles=("approver",))):
        with pytest.raises(ApprovalError, match="unverified identity"):
            approvals.grant(caught.value.request_id, approver, policy)
    assert approvals.get(caught.value.request_id).status == "pending"


def test_when_the_same_subject_approves_under_another_name_then_self_approval_is_refused(
        keys, prod_url, verified_policy_path, audit_url, secret) -> None:  # noqa: F811
    policy = load_policy(verified_policy_path)
    ann = _person(keys, policy)  # ann@example.com, sub user-123
    with pytest.raises(ApprovalRequired) as caught:
        _connection(prod_url, verified_policy_path, audit_url, secret, ann).execute(UPDATE)
    # the same person (issuer and subject) whose verified e-mail changed, holding the approver role by group
    renamed = _person(keys, policy, email="bob@example.com")
    assert renamed.person == ann.person and renamed.name != ann.name
    with pytest.raises(ApprovalError, match="cannot decide their own request"):
        Approvals(audit_url).grant(caught.value.request_id, renamed, policy)


def test_when_preferred_username_names_someone_else_then_it_neither_names_nor_separates_the_person(
        keys, verified_policy_path) -> None:  # noqa: F811
    policy = load_policy(verified_policy_path)
    mallory = _person(keys, policy, sub="user-666", email=None, preferred_username="bob@example.com", groups=[])
    assert (mallory.name, mallory.person, mallory.roles) == ("user-666", (ISSUER, "user-666"), ())
    unverified_email = _person(keys, policy, sub="user-667", email="bob@example.com", email_verified=False, groups=[])
    assert (unverified_email.name, unverified_email.roles) == ("user-667", ())


def test_when_another_verified_person_grants_by_cli_then_only_the_requesting_person_uses_the_grant(
        keys, prod_url, verified_policy_path, audit_url, secret, monkeypatch) -> None:  # noqa: F811
    policy = load_policy(verified_policy_path)
    ann = _person(keys, policy, groups=[])
    requester = _connection(prod_url, verified_policy_path, audit_url, secret, ann)
    with pytest.raises(ApprovalRequired) as caught:
        requester.execute(UPDATE)
    assert Approvals(audit_url).get(caught.value.request_id).requester_key == f"{ISSUER}\x1fuser-123"
    monkeypatch.setenv("GOVERNANCE_ID_TOKEN", sign(keys, claims(sub="user-456", email="bob@example.com", groups=[])))
    assert main(["approvals", "grant", caught.value.request_id, "--store", audit_url,
                 "--policy", str(verified_policy_path)]) == 0
    assert Approvals(audit_url).get(caught.value.request_id).decided_by == "bob@example.com"
    # someone else with the same shown name but another subject cannot use ann's grant: they are asked again
    impostor = Identity(ann.name, "oidc", True, ann.roles, issuer=ISSUER, subject="user-999")
    with pytest.raises(ApprovalRequired):
        _connection(prod_url, verified_policy_path, audit_url, secret, impostor).execute(UPDATE)
    assert requester.execute(UPDATE) == 1
