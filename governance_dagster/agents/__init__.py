"""Governed SQL for AI agents: an MCP server whose tools run every statement through the governed path.

:mod:`governance_dagster.agents.tools` holds the framework-agnostic core (agent sessions, limits, results);
:mod:`governance_dagster.agents.server` exposes it over the Model Context Protocol with the official ``mcp`` SDK.
"""

from __future__ import annotations

from governance_dagster.agents.tools import Agent, AgentGateway, AgentSession, RateLimiter

__all__ = ["Agent", "AgentGateway", "AgentSession", "RateLimiter"]
