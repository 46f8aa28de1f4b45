"""Specification of the agent tools without the protocol: the policy's `agents` rules (unmask grants, tables,
read-only, row limits), the operator's identity, and the scrubbing of what a refusal tells an agent."""

from __future__ import annotations

import pytest

from governance_dagster.agents.tools import Agent, AgentGateway, RateLimiter, refusal_text
from governance_dagster.errors import ApprovalRequired, DatabaseError, StatementRefused
from governance_dagster.governed.approvals import Approvals
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.loader import load_policy
from governance_dagster.policy.models import AgentRule, Policy
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import open_database
from tests.agents.harness import (
    World,
    world,  # noqa: F401 - the fixture
)
from tests.conftest import CANARIES, SECRET, contains_canary


def gateway(world: World, identity: Identity | None = None) -> AgentGateway:
    connection = GovernedConnection(
        database=open_database(world.prod_url), policy=load_policy(world.policy_path),
        audit=open_audit_store(world.audit_url), identity=identity or Identity("alice", "test", roles=("analyst",)),
        secret=SECRET, approvals=Approvals(world.audit_url))
    return AgentGateway(connection)


PROBE = "SELECT customer_id FROM customers WHERE email = 'person7@example.com'"


def test_when_the_operator_may_filter_on_masked_columns_then_an_agent_may_not_unless_the_policy_names_it(
        world: World) -> None:
    gates = gateway(world)
    assert gates.connection.query(PROBE).frame["customer_id"].tolist() == [7]  # the operator's own grant
    with pytest.raises(StatementRefused) as refused:
        gates.session(Agent("test-agent", "1", "s1")).query(PROBE)
    assert refused.value.rule == "sensitive-predicate"
    assert gates.session(Agent("unmasking-agent", "1", "s2")).query(PROBE).rows == [{"customer_id": 7}]


def test_when_an_agent_is_limited_to_some_tables_then_others_are_neither_listed_nor_read(world: World) -> None:
    narrow = gateway(world).session(Agent("narrow-agent", "1", "s1"))
    assert [(t.table, t.rows, t.needs_approval) for t in narrow.list_tables().tables] == [("main.orders", 120, True)]
    for call in (lambda: narrow.query("SELECT segment FROM customers"), lambda: narrow.describe_table("customers")):
        with pytest.raises(StatementRefused) as refused:
            call()
        assert refused.value.rule == "agent-table-not-allowed"
    assert narrow.check_sql("SELECT segment FROM customers").rule == "agent-table-not-allowed"


def test_when_a_view_reads_a_table_outside_the_agents_tables_then_the_rows_are_not_released(world: World) -> None:
    open_database(world.prod_url).execute("CREATE SCHEMA reports")
    open_database(world.prod_url).execute("CREATE VIEW reports.segments AS SELECT segment FROM main.customers")
    policy = load_policy(world.policy_path).model_copy(update={"agents": [AgentRule(client="*", tables=["reports.*"])]})
    gates = gateway(world)
    gates.connection.policy = policy
    with pytest.raises(StatementRefused) as refused:
        gates.session(Agent("any", "1", "s1")).query("SELECT segment FROM reports.segments")
    assert refused.value.rule == "agent-table-not-allowed" and "main.customers" in str(refused.value)


def test_when_an_agent_may_write_then_a_bounded_write_still_waits_for_an_approval(world: World) -> None:
    writer = gateway(world).session(Agent("writer-agent", "1", "s1"))
    with pytest.raises(ApprovalRequired):
        writer.query("DELETE FROM orders WHERE order_id = 1")
    assert writer.check_sql("DELETE FROM orders WHERE order_id = 1").decision == "approval"


def test_when_the_operator_is_verified_then_every_agent_event_says_so(world: World) -> None:
    gates = gateway(world, Identity("ann@example.com", "oidc", verified=True))
    gates.session(Agent("test-agent", "1", "s1")).query("SELECT segment FROM customers")
    events = [e for e in open_audit_store(world.audit_url).events(0)]
    assert events and all(e.verified and e.identity == "ann@example.com" for e in events)
    assert all(e.payload["operator"]["source"] == "oidc" for e in events)


def test_when_two_sessions_of_one_agent_run_then_each_has_its_own_rate_limit(world: World) -> None:
    gates = gateway(world)
    first, second = (gates.session(Agent("slow-agent", "1", s)) for s in ("s1", "s2"))
    for _ in range(3):
        first.check_sql("SELECT 1 AS a")
    with pytest.raises(StatementRefused, match="wait"):
        first.check_sql("SELECT 1 AS a")
    assert second.check_sql("SELECT 1 AS a").decision == "allow"


def test_when_a_database_error_would_echo_a_value_then_the_agent_gets_it_scrubbed(world: World) -> None:
    session = gateway(world).session(Agent("test-agent", "1", "s1"))
    with pytest.raises(DatabaseError) as failed:
        session.query("SELECT CAST(city AS INTEGER) AS n FROM customers")
    text = refusal_text(failed.value)
    assert "Springfield" not in text and text.startswith("refused by rule DatabaseError")


@pytest.mark.parametrize(
    ("error", "absent"),
    [
        (StatementRefused(f"statement refused near {CANARIES['email']}", rule="x"), CANARIES["email"]),
        (StatementRefused(f"call {CANARIES['phone']} for access", rule="x"), CANARIES["phone"]),
        (ValueError(f"raw {CANARIES['ssn']}"), CANARIES["ssn"]),
        (KeyError(CANARIES["full_name"]), CANARIES["full_name"]),
    ],
)
def test_when_an_error_holds_personal_data_then_the_text_an_agent_gets_does_not(error: Exception, absent: str) -> None:
    text = refusal_text(error)
    assert absent not in text and not contains_canary(text)


def test_when_an_agent_rule_is_absent_then_the_defaults_are_read_only_and_no_unmask() -> None:
    rule = Policy().agent_rule("some-new-client")
    assert (rule.read_only, rule.unmask, rule.row_limit, rule.queries_per_minute) == (True, False, 200, 30)


def test_when_a_minute_passes_then_the_rate_limiter_admits_again() -> None:
    now = [0.0]
    limiter = RateLimiter(lambda: now[0])
    assert [limiter.admit("s", 2) for _ in range(3)] == [0.0, 0.0, 60.0]
    now[0] = 60.0
    assert limiter.admit("s", 2) == 0.0


@pytest.mark.parametrize("opened_by_refusal", [False, True])
def test_when_an_agent_gives_a_reason_then_approvers_see_it_scrubbed_in_the_approval_list(
        world: World, opened_by_refusal: bool) -> None:
    session = gateway(world).session(Agent("test-agent", "1", "s1"))
    sql = "SELECT order_id, amount FROM orders WHERE order_id <= 3"
    if opened_by_refusal:
        with pytest.raises(ApprovalRequired):
            session.query(sql)
    asked = session.request_approval(sql, "revenue check asked by person7@example.com")
    listed = {r.id: r for r in Approvals(world.audit_url).list()}
    assert asked.id in listed and len(listed) == 1
    why = listed[asked.id].justification
    assert why.startswith("revenue check asked by") and "person7@example.com" not in why
    requested = [e for e in open_audit_store(world.audit_url).events(0) if e.kind == "approval.requested"]
    assert len(requested) == 1 and "person7@example.com" not in str(requested[0].payload)
