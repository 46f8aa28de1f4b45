"""Specification of the MCP server over stdio, driven by the SDK's own client: the tools, masked reads, refusals,
approvals, rate limits and the audit trail of an agent session."""

from __future__ import annotations

import duckdb
import pytest
from mcp import Client
from mcp.types import Implementation

from governance_dagster.cli import main
from governance_dagster.governed.approvals import Approvals
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.loader import load_policy
from governance_dagster.store.audit.store import open_audit_store
from tests.agents.harness import (
    AGENT,
    World,
    run,
    text_of,
    world,  # noqa: F401 - the fixture
)
from tests.conftest import contains_canary

TOOLS = {"list_tables", "describe_table", "query", "check_sql", "request_approval", "approval_status"}


def test_when_a_client_connects_then_the_governed_tools_are_listed_with_schemas(world: World) -> None:
    async def session(client: Client):
        return (await client.list_tools()).tools

    tools = {t.name: t for t in run(session, world.stdio())}
    assert set(tools) == TOOLS
    assert tools["query"].input_schema["required"] == ["sql"]
    assert set(tools["request_approval"].input_schema["properties"]) == {"sql", "reason"}
    assert "truncated" in tools["query"].output_schema["properties"]
    assert not any("grant" in name for name in tools)  # an agent cannot grant


def test_when_an_agent_reads_the_customers_then_no_canary_is_in_any_response(world: World) -> None:
    async def session(client: Client):
        return [
            await client.call_tool("list_tables", {}),
            await client.call_tool("describe_table", {"table": "customers"}),
            await client.call_tool("query", {"sql": "SELECT * FROM customers ORDER BY customer_id"}),
            await client.call_tool("query", {"sql": "SELECT support_notes, lower(email) AS e FROM customers"}),
            await client.call_tool("query", {"sql": "SELECT CAST(full_name AS INTEGER) AS n FROM customers"}),
        ]

    results = run(session, world.stdio())
    assert [r.is_error for r in results] == [False, False, False, False, True]
    released = "\n".join(text_of(r) for r in results)
    assert not contains_canary(released)
    tables, described, read = (r.structured_content for r in results[:3])
    assert {"table": "main.customers", "type": "table", "rows": 60, "needs_approval": False} in tables["tables"]
    kinds = {c["name"]: c["kind"] for c in described["columns"]}
    assert kinds["email"] == "email" and kinds["segment"] == "none"
    assert read["row_count"] == 60 and read["returned"] == 5 and read["truncated"] is True
    assert read["kinds"]["ssn"] == "ssn" and "main.customers.email:hash" in read["masked"]["email"]


@pytest.mark.parametrize(
    ("sql", "rule"),
    [
        ("DROP TABLE customers", "protected-schema"),
        ("DELETE FROM customers", "unbounded-write"),
        ("DELETE FROM customers WHERE customer_id = 1", "agent-read-only"),
        ("UPDATE customers SET email = 'x' WHERE customer_id = 2", "agent-read-only"),
        ("SELECT 1 AS a; DROP TABLE orders", "protected-schema"),
    ],
)
def test_when_an_agent_sends_a_destructive_statement_then_it_is_refused_naming_the_rule(
        world: World, sql: str, rule: str) -> None:
    async def session(client: Client):
        return await client.call_tool("query", {"sql": sql})

    result = run(session, world.stdio())
    assert result.is_error
    assert f"refused by rule {rule}" in text_of(result) and "Instead:" in text_of(result)
    con = duckdb.connect(world.prod_url.removeprefix("duckdb:///"), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT email) FROM customers").fetchone() == (60, 60)


@pytest.mark.parametrize("granted_with", ["api", "cli"])
def test_when_an_agent_requests_an_approval_then_only_another_person_grants_it_and_it_is_used_once(
        world: World, granted_with: str) -> None:
    sql = "SELECT order_id, amount FROM orders WHERE order_id <= 3"

    async def ask(client: Client):
        refused = await client.call_tool("query", {"sql": sql})
        asked = await client.call_tool("request_approval", {"sql": sql, "reason": "monthly revenue check"})
        status = await client.call_tool("approval_status", {"request_id": asked.structured_content["id"]})
        return refused, asked, status

    refused, asked, status = run(ask, world.stdio())
    request_id = asked.structured_content["id"]
    assert refused.is_error and request_id in text_of(refused)  # the refusal already opened the request
    assert status.structured_content["status"] == "pending" and status.structured_content["requester"] == "alice"

    policy, approvals = load_policy(world.policy_path), Approvals(world.audit_url)
    with pytest.raises(Exception, match="cannot decide their own request"):
        approvals.grant(request_id, Identity("alice", "test", roles=("approver",)), policy)
    if granted_with == "api":
        approvals.grant(request_id, Identity("bob", "test", roles=("approver",)), policy, "ok for the check")
    else:
        assert main(["approvals", "grant", request_id, "--store", world.audit_url, "--policy",
                     str(world.policy_path), "--as", "bob", "--reason", "ok for the check"]) == 0

    async def use(client: Client):
        return [await client.call_tool("query", {"sql": sql}), await client.call_tool("query", {"sql": sql}),
                await client.call_tool("approval_status", {"request_id": request_id})]

    first, second, after = run(use, world.stdio())
    assert not first.is_error and first.structured_content["row_count"] == 3
    assert second.is_error and "orders-need-approval" in text_of(second)
    assert after.structured_content["status"] == "used"


def test_when_an_agent_exceeds_its_rate_limit_then_further_statements_are_refused(world: World) -> None:
    async def session(client: Client):
        return [await client.call_tool("query", {"sql": f"SELECT {i} AS n"}) for i in range(5)]

    results = run(session, world.stdio(), agent=Implementation(name="slow-agent", version="1"))
    assert [r.is_error for r in results] == [False, False, False, True, True]
    assert "refused by rule agent-rate-limit" in text_of(results[3])


def test_when_an_agent_session_runs_then_every_event_names_the_agent_and_the_operator(world: World) -> None:
    async def session(client: Client):
        await client.call_tool("list_tables", {})
        await client.call_tool("query", {"sql": "SELECT email FROM customers"})
        await client.call_tool("query", {"sql": "DROP TABLE customers"})
        await client.call_tool("check_sql", {"sql": "DELETE FROM orders"})

    run(session, world.stdio())
    store = open_audit_store(world.audit_url)
    assert store.verify({}).ok
    events = [e for e in store.events(0) if not e.kind.startswith("approval.")]
    assert {e.kind for e in events} >= {"agent.call", "read", "statement.refused", "classification"}
    sessions = set()
    for event in events:
        agent = event.payload["agent"]
        assert (agent["client"], agent["version"]) == (AGENT.name, AGENT.version)
        assert (event.identity, event.verified) == ("alice", False)
        assert event.payload["operator"] == {"name": "alice", "verified": False, "source": "dagster_user_tag"}
        sessions.add(agent["session"])
    assert len(sessions) == 1
    calls = [e.payload for e in events if e.kind in ("agent.call", "read")]
    assert [c.get("call") or c["agent_call"]["call"] for c in calls] == ["list_tables", "query", "query", "check_sql"]
    assert [c.get("outcome", "ok") for c in calls] == ["ok", "ok", "refused", "ok"]
    assert calls[1]["masked"] == {"email": ["main.customers.email:hash"]} and calls[1]["rows"] == 60
    assert calls[2]["rule"] == "protected-schema" and calls[2]["statement"] == "DROP TABLE customers"


def _verifying_policy(world: World, keys) -> None:
    import json

    from tests.governed.test_identity import AUDIENCE, ISSUER

    jwks = world.root / "jwks.json"
    jwks.write_text(json.dumps(keys.jwks()))
    world.policy_path.write_text(world.policy_path.read_text() + (
        f"identity: {{oidc_issuer: '{ISSUER}', oidc_audience: '{AUDIENCE}', jwks_path: '{jwks}'}}\n"))


def test_when_the_operator_gives_a_signed_token_then_every_agent_event_names_the_verified_operator(
        world: World) -> None:
    from tests.governed.test_identity import Keys, claims, sign

    keys = Keys()
    _verifying_policy(world, keys)

    async def session(client: Client):
        return await client.call_tool("query", {"sql": "SELECT segment FROM customers"})

    token = sign(keys, claims())
    result = run(session, world.stdio(identity=None, GOVERNANCE_IDENTITY_TOKEN=token))
    assert not result.is_error
    events = list(open_audit_store(world.audit_url).events(0))
    assert events and all((e.identity, e.verified) == ("ann@example.com", True) for e in events)
    assert {e.payload["operator"]["source"] for e in events} == {"oidc"}


def test_when_the_operator_token_does_not_verify_then_the_server_does_not_start(world: World) -> None:
    import subprocess
    import sys

    from tests.governed.test_identity import Keys, claims, sign

    keys = Keys()
    _verifying_policy(world, keys)
    forged = sign(keys, claims(), "stranger")
    done = subprocess.run([sys.executable, *world.serve_args(identity=None)], check=False, capture_output=True,
                          text=True,
                          env=world.env(GOVERNANCE_IDENTITY_TOKEN=forged), cwd=world.root, timeout=120, input="")
    assert done.returncode == 2 and "error:" in done.stderr and forged not in done.stderr
    assert not list(open_audit_store(world.audit_url).events(0))
