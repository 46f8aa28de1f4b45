"""A scripted agent replays the probing corpora of the guardrail and masking tests through the MCP `query` tool,
in one stdio session, and gets nothing raw: every adversarial statement is refused, every masking shape comes back
masked or refused, and the database is unchanged."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import yaml
from mcp import Client
from mcp.client.stdio import stdio_client
from mcp.types import Implementation

from tests.agents.harness import (
    World,
    run,
    text_of,
    world,  # noqa: F401 - the fixture
)
from tests.conftest import CANARIES, contains_canary
from tests.governed.masking import test_rewrite

CORPUS = Path(__file__).resolve().parents[1] / "governed" / "guardrails" / "corpus" / "adversarial.yaml"
PROBER = Implementation(name="probe-agent", version="0.1")


def adversarial_statements() -> list[str]:
    """The guardrail corpus's DuckDB statements (none of which may be allowed)."""
    return [case["sql"] for case in yaml.safe_load(CORPUS.read_text()) if case["dialect"] == "duckdb"]


def _parametrized(test: object) -> list[str]:
    mark = next(m for m in test.pytestmark if m.name == "parametrize")  # type: ignore[attr-defined]
    values = mark.args[1]
    return [v if isinstance(v, str) else v[0] for v in values]


def masking_shapes() -> list[str]:
    """The masking tests' ways of reading a sensitive column, on this world's customers (its key is customer_id)."""
    rewrite = test_rewrite
    shapes = (_parametrized(rewrite.test_when_a_query_reads_a_sensitive_column_in_any_shape_then_no_real_value_comes_back)
              + _parametrized(rewrite.test_when_lineage_cannot_be_established_then_the_query_is_refused))
    return [re.sub(r"\bid\b", "customer_id", s) for s in shapes]


def canary_probes() -> list[str]:
    """Statements that compare masked columns with the planted canaries, to learn whether a person is there."""
    probes = [f"SELECT count(*) AS n FROM customers WHERE {column} = '{value}'" for column, value in CANARIES.items()]
    probes += [f"SELECT customer_id FROM customers WHERE email LIKE '{CANARIES['email'][:3]}%'",
               f"SELECT customer_id FROM customers WHERE starts_with(ssn, '{CANARIES['ssn'][:3]}')",
               "SELECT c1.customer_id FROM customers c1 JOIN customers c2 ON c1.email = c2.email"]
    return probes


def test_when_a_scripted_agent_replays_the_probing_corpora_then_it_gets_nothing_raw(
        world: World, tmp_path: Path) -> None:
    adversarial, shapes, probes = adversarial_statements(), masking_shapes(), canary_probes()

    async def session(client: Client):
        return ([await client.call_tool("query", {"sql": sql}) for sql in adversarial],
                [await client.call_tool("query", {"sql": sql}) for sql in shapes],
                [await client.call_tool("query", {"sql": sql}) for sql in probes])

    with (tmp_path / "server-stderr.log").open("w+") as errlog:
        refused, shaped, probed = run(session, stdio_client(world.stdio(), errlog=errlog), agent=PROBER)
        errlog.seek(0)
        server_log = errlog.read()
    allowed = [sql for sql, r in zip(adversarial, refused) if not r.is_error]
    assert allowed == []
    leaked = [sql for sql, r in zip(shapes + probes, shaped + probed) if contains_canary(text_of(r))]
    assert leaked == []
    assert all(r.is_error and "refused by rule sensitive-predicate" in text_of(r) for r in probed)
    assert not contains_canary(server_log) and "contains unsupported syntax" not in server_log
    answered = [r for r in shaped if not r.is_error]
    assert len(answered) >= 10  # the masking shapes are answered, masked, not merely refused
    con = duckdb.connect(world.prod_url.removeprefix("duckdb:///"), read_only=True)
    assert con.execute("SELECT count(*) FROM customers WHERE email = ?", [CANARIES["email"]]).fetchone() == (1,)
    assert sorted(t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()) == [
        "customers", "orders"]
