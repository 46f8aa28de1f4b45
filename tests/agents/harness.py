"""Fixtures of the agent tests: a production DuckDB file with canaries, a policy with an `agents` section and an
approval rule, an audit store, and the MCP server spawned with the SDK's own client."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import anyio
import pandas as pd
import pytest
from mcp import Client, StdioServerParameters
from mcp.types import CallToolResult, Implementation

from tests.conftest import POLICY_YAML, SECRET, customers_frame, write_duckdb

ROOT = Path(__file__).resolve().parents[2]
AGENT = Implementation(name="test-agent", version="4.2.0")
#: POLICY_YAML plus: reads of main.orders wait for an approval; the test agent gets 5 rows per query and 40
#: statements a minute; a "narrow-*" agent may read main.orders only; an "unmasking-*" agent keeps unmask grants;
#: alice may filter on masked columns.
AGENT_POLICY = POLICY_YAML + """
  alice: [analyst]
unmask:
  - {roles: [analyst], access: predicates}
guardrails:
  - {name: orders-need-approval, action: approval, kinds: [read], tables: ["main.orders"], reason: order data}
agents:
  - {client: "test-agent", row_limit: 5, queries_per_minute: 40}
  - {client: "slow-agent", queries_per_minute: 3}
  - {client: "narrow-*", tables: ["main.orders"]}
  - {client: "unmasking-*", unmask: true}
  - {client: "writer-*", read_only: false}
  - {client: "probe-*", row_limit: 1000, queries_per_minute: 100000}
"""

_T = TypeVar("_T")


@dataclass
class World:
    """The files one test serves."""

    root: Path
    prod_url: str
    audit_url: str
    policy_path: Path

    def serve_args(self, *extra: str, identity: str | None = "alice") -> list[str]:
        args = ["-m", "governance_dagster.cli", "mcp", "serve", self.prod_url, "--policy", str(self.policy_path),
                "--audit", self.audit_url]
        return args + (["--identity", identity] if identity else []) + list(extra)

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("GOVERNANCE_")}
        return {**env, "GOVERNANCE_SECRET": SECRET, "PYTHONPATH": str(ROOT), **extra}

    def stdio(self, *extra: str, identity: str | None = "alice", **env: str) -> StdioServerParameters:
        return StdioServerParameters(command=sys.executable, args=self.serve_args(*extra, identity=identity),
                                     env=self.env(**env), cwd=str(self.root))


@pytest.fixture
def world(tmp_path: Path) -> World:
    orders = pd.DataFrame({"order_id": range(1, 121), "customer_id": [1 + i % 60 for i in range(120)],
                           "amount": [10.0 + i for i in range(120)]})
    prod_url = write_duckdb(tmp_path / "prod.duckdb", customers=customers_frame(), orders=orders)
    policy_path = tmp_path / "policy.yaml"
    policy_path.write_text(AGENT_POLICY)
    return World(tmp_path, prod_url, f"duckdb:///{tmp_path / 'audit.duckdb'}", policy_path)


def run(session: Callable[[Client], Awaitable[_T]], server: Any, agent: Implementation = AGENT,
        mode: str = "auto") -> _T:
    """Connect the SDK's client to ``server`` as ``agent`` (``mode``: "auto" negotiates the protocol, "legacy" forces
    the initialize handshake and, over HTTP, a session), run ``session`` and return what it returns."""
    async def main() -> _T:
        async with Client(server, client_info=agent, read_timeout_seconds=120, mode=mode) as client:
            return await session(client)
    return anyio.run(main)


def text_of(result: CallToolResult) -> str:
    """Everything a tool call returned: its text content and its structured content."""
    texts = [getattr(c, "text", "") for c in result.content]
    return "\n".join(texts) + "\n" + json.dumps(result.structured_content or {}, default=str)
