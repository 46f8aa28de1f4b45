"""Specification of an agent session's story: `governance-dagster audit show --agent NAME` and the OpenLineage
export say what the agent asked, what it got (counts, kinds) and what was refused, and never a value."""

from __future__ import annotations

import json

import pytest

from governance_dagster.agents.tools import Agent
from governance_dagster.cli import main
from governance_dagster.errors import StatementRefused
from tests.agents.harness import (
    World,
    world,  # noqa: F401 - the fixture
)
from tests.agents.test_tools import gateway
from tests.conftest import CANARIES, contains_canary


def play(world: World) -> None:
    gates = gateway(world)
    session = gates.session(Agent("test-agent", "4.2.0", "session-1"))
    session.list_tables()
    session.query("SELECT full_name, email, segment FROM customers")
    for sql in ("DROP TABLE customers", f"SELECT customer_id FROM customers WHERE email = '{CANARIES['email']}'"):
        with pytest.raises(StatementRefused):
            session.query(sql)
    gates.session(Agent("other-agent", "1", "session-2")).query("SELECT segment FROM customers")


def test_when_audit_show_is_asked_for_an_agent_then_it_tells_its_session_without_values(
        world: World, capsys: pytest.CaptureFixture[str]) -> None:
    play(world)
    assert main(["audit", "show", "--agent", "test-*", "--store", world.audit_url]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "agent test-agent 4.2.0, session session-1, operator alice (unverified: test)"
    assert len(lines) == 5 and "other-agent" not in out
    assert "list_tables" in lines[1] and "tables=2" in lines[1]
    assert "ok" in lines[2] and "rows=60 returned=5 truncated" in lines[2]
    assert "kinds=email:email,full_name:person_name" in lines[2] and "SELECT" in lines[2]
    assert "refused  rule=protected-schema" in lines[3] and "DROP TABLE" in lines[3]
    assert "rule=sensitive-predicate" in lines[4] and "= ?" in lines[4]
    assert not contains_canary(out)


def test_when_no_session_matches_then_audit_show_says_so(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    play(world)
    assert main(["audit", "show", "--agent", "nobody", "--store", world.audit_url]) == 2
    assert "no agent session" in capsys.readouterr().err


def test_when_the_trail_is_exported_then_an_agent_session_is_one_openlineage_run_with_its_refusals(
        world: World, tmp_path) -> None:
    play(world)
    output = tmp_path / "lineage.jsonl"
    assert main(["audit", "export", "--store", world.audit_url, "--format", "openlineage", "--output", str(output)]) == 0
    text = output.read_text()
    assert not contains_canary(text)
    events = [json.loads(line) for line in text.splitlines()]
    ours = [e for e in events if e["run"]["facets"].get("agent", {}).get("session") == "session-1"]
    assert {e["run"]["runId"] for e in ours} == {ours[0]["run"]["runId"]}
    assert {e["job"]["name"] for e in ours} == {"mcp/test-agent"}
    failed = [e["run"]["facets"]["governance"]["rule"] for e in ours if e["eventType"] == "FAIL"]
    assert failed == ["protected-schema", "sensitive-predicate"]
    read = next(e for e in ours if e["eventType"] == "COMPLETE")
    assert read["inputs"][0]["name"] == "main.customers" and read["run"]["facets"]["governance"]["rows"] == 60
    assert read["run"]["facets"]["agent"]["operator"]["name"] == "alice"
