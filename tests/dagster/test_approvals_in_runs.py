"""Specification of approvals inside Dagster runs: the run fails naming the request; after someone else grants it,
re-executing succeeds once."""

from __future__ import annotations

import pytest
from dagster import DagsterEventType, asset, materialize

from governance_dagster import GovernedDatabase
from governance_dagster.cli import main


@asset
def vip_upgrade(production: GovernedDatabase) -> None:
    production.connection(asset="vip_upgrade").execute("UPDATE customers SET segment = 'vip' WHERE customer_id = 7")


def _run(resources):
    return materialize([vip_upgrade], resources=resources, tags={"user": "alice"}, raise_on_error=False)


@pytest.fixture
def resources(prod_url, policy_path, audit_url, secret):
    return {"production": GovernedDatabase(url=prod_url, policy_path=str(policy_path), secret=secret, audit_url=audit_url)}


def _failure(result):
    return next(e for e in result.all_events if e.event_type == DagsterEventType.STEP_FAILURE).event_specific_data


def test_when_a_run_needs_approval_then_it_fails_with_the_request_and_succeeds_after_the_grant(resources, audit_url, policy_path, capsys) -> None:
    first = _run(resources)
    assert not first.success
    failure = _failure(first)
    request_id = failure.user_failure_data.metadata["governance/approval_request"].value
    assert request_id in failure.user_failure_data.description
    assert "governance-dagster approvals grant" in failure.user_failure_data.description

    assert main(["approvals", "grant", request_id, "--store", audit_url, "--policy", str(policy_path), "--as", "alice"]) == 2
    assert "cannot decide their own request" in capsys.readouterr().err
    assert main(["approvals", "grant", request_id, "--store", audit_url, "--policy", str(policy_path), "--as", "bob"]) == 0

    second = _run(resources)
    assert second.success
    third = _run(resources)
    assert not third.success  # the grant was used up by one execution
    assert _failure(third).user_failure_data.metadata["governance/approval_request"].value != request_id


READ_APPROVAL_POLICY = """
version: 1
columns:
  - {table: "*.customers", column: support_notes, kind: free_text}
approvals:
  allow_unverified: true  # this test is about the Dagster Failure, not about verified identities
roles:
  bob: [approver]
guardrails:
  - name: customer-reads-need-approval
    action: approval
    kinds: [read]
    tables: ["*.customers"]
"""


@asset
def whole_customers(production: GovernedDatabase) -> None:
    production.connection(asset="whole_customers").read_table("customers")


def test_when_read_table_needs_approval_then_the_step_fails_with_the_request_as_metadata(prod_url, audit_url, secret, tmp_path) -> None:
    policy = tmp_path / "read-approval.yaml"
    policy.write_text(READ_APPROVAL_POLICY)
    production = GovernedDatabase(url=prod_url, policy_path=str(policy), secret=secret, audit_url=audit_url)
    result = materialize([whole_customers], resources={"production": production}, tags={"user": "alice"},
                         raise_on_error=False)
    assert not result.success
    failure = _failure(result).user_failure_data
    assert failure is not None, "ApprovalRequired escaped as an unexpected error instead of a Dagster Failure"
    request_id = failure.metadata["governance/approval_request"].value
    assert request_id.startswith("apr-") and request_id in failure.description
