"""The MCP server: the tools of :mod:`governance_dagster.agents.tools` over stdio or streamable HTTP, built with the
official Model Context Protocol SDK (``mcp``; its ``MCPServer`` turns typed functions into tools with JSON-schema'd
arguments and structured results, and runs the transports).

The agent of a call is the MCP client's name and version (``clientInfo`` of ``initialize``, or of the request
envelope on 2026-era connections) and its session: the ``Mcp-Session-Id`` of a streamable HTTP session, the server
process for stdio (one client per process), else one bucket per client name and version.

Example:
    >>> bind_address("127.0.0.1:3160", host=None, bearer_token=None)
    ('127.0.0.1', 3160)
    >>> bind_address("0.0.0.0:3160", host=None, bearer_token=None)
    Traceback (most recent call last):
    ...
    governance_dagster.errors.ConfigurationError: --http 0.0.0.0:3160 binds a non-loopback address; serve on 127.0.0.1, or pass --host 0.0.0.0 explicitly together with --bearer-token-env VAR naming a variable that holds a bearer token of at least 32 characters
"""

from __future__ import annotations

import hmac
import logging
import uuid
from typing import Annotated, Any

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.server.transport_security import TransportSecuritySettings
from mcp.types import ToolAnnotations
from pydantic import Field

from governance_dagster.agents.tools import (
    Agent,
    AgentGateway,
    AgentSession,
    ApprovalInfo,
    CheckResult,
    QueryResult,
    TableDescription,
    TableList,
    refusal_text,
)
from governance_dagster.errors import ConfigurationError

__all__ = ["LOOPBACK", "agent_of", "bind_address", "build_server", "serve_http", "serve_stdio"]

LOOPBACK = ("127.0.0.1", "::1", "localhost")
#: A bearer token shorter than this is refused: it could be guessed.
MIN_TOKEN_CHARS = 32

INSTRUCTIONS = (
    "Governed SQL over a production database. Every statement is checked by guardrails, sensitive columns come back "
    "masked, results are capped at a row limit, and every call is audited with your client name and the operator "
    "who launched you. Start with list_tables and describe_table; use check_sql before a statement you are unsure "
    "of. A refused statement names the rule and what is allowed instead; a statement that needs an approval waits "
    "for a person (request_approval, approval_status): you cannot grant it."
)

#: The ``sql`` argument of the tools.
SqlArgument = Annotated[str, Field(description="One SQL statement in the database's dialect.", max_length=100_000)]


def agent_of(ctx: Context, default_session: str | None) -> Agent:
    """The agent behind a tool call: client name and version, and its session id."""
    params = ctx.session.client_params
    info = params.client_info if params is not None else None
    client = (info.name if info is not None else "") or "unknown-client"
    version = (info.version if info is not None else "") or ""
    headers = ctx.headers or {}
    session = headers.get("mcp-session-id") or default_session or f"stateless:{client}/{version}"
    return Agent(client[:200], version[:100], session[:200])


def build_server(gateway: AgentGateway, *, stdio: bool) -> MCPServer:
    """The MCP server exposing ``gateway``'s tools.

    Args:
        gateway: the operator's governed connection, shared by the sessions.
        stdio: whether the server serves one client over stdio (the process is then its session).
    """
    # sqlglot warns with the statement's text (literals and all) when it falls back to a Command: not in our logs
    logging.getLogger("sqlglot").setLevel(logging.ERROR)
    server: MCPServer = MCPServer("governance-dagster", instructions=INSTRUCTIONS, version="0.1.0",
                                  log_level="WARNING")
    default_session = f"stdio-{uuid.uuid4().hex[:12]}" if stdio else None

    def session(ctx: Context) -> AgentSession:
        return gateway.session(agent_of(ctx, default_session))

    def call(ctx: Context, method: str, *args: Any) -> Any:
        try:
            return getattr(session(ctx), method)(*args)
        except Exception as exc:  # noqa: BLE001 - every failure reaches the agent as scrubbed text only
            raise ToolError(refusal_text(exc)) from None

    read_only = ToolAnnotations(readOnlyHint=True, openWorldHint=False)

    @server.tool(description="Tables and views you may read, with row counts.", annotations=read_only)
    def list_tables(ctx: Context) -> TableList:
        return call(ctx, "list_tables")

    @server.tool(description="Columns of a table: type, personal-data kind and the masking operator applied.",
                 annotations=read_only)
    def describe_table(table: Annotated[str, Field(description="schema.table, or a table of the default schema.",
                                                   max_length=300)], ctx: Context) -> TableDescription:
        return call(ctx, "describe_table", table)

    @server.tool(description="Run one statement through the governed path: sensitive columns masked, rows capped "
                 "at the policy's row limit (truncated says so). A refusal names the rule and what is allowed.",
                 annotations=ToolAnnotations(readOnlyHint=False, destructiveHint=False, openWorldHint=False))
    def query(sql: SqlArgument, ctx: Context) -> QueryResult:
        return call(ctx, "query", sql)

    @server.tool(description="The guardrail decision on a statement (allow, warn, block, approval); runs nothing.",
                 annotations=read_only)
    def check_sql(sql: SqlArgument, ctx: Context) -> CheckResult:
        return call(ctx, "check_sql", sql)

    @server.tool(description="Ask a person for the approval a statement needs; you cannot grant it. Once granted, "
                 "send the same statement to query: the grant is used once.")
    def request_approval(sql: SqlArgument, reason: Annotated[str, Field(
            description="Why the statement is needed, for the approver.", max_length=2000)],
            ctx: Context) -> ApprovalInfo:
        return call(ctx, "request_approval", sql, reason)

    @server.tool(description="Where an approval request stands: pending, granted, denied, used or expired.",
                 annotations=read_only)
    def approval_status(request_id: Annotated[str, Field(description="The request id, apr-...", max_length=64)],
                        ctx: Context) -> ApprovalInfo:
        return call(ctx, "approval_status", request_id)

    return server


def bind_address(http: str, *, host: str | None, bearer_token: str | None) -> tuple[str, int]:
    """The (host, port) to serve HTTP on: loopback unless ``host`` is given explicitly, and then only with a
    bearer token of at least :data:`MIN_TOKEN_CHARS` characters.

    Raises:
        ConfigurationError: the address is malformed, or a non-loopback bind lacks ``--host`` or a bearer token.
    """
    given, sep, port_text = http.rpartition(":")
    if not sep or not port_text.isdigit() or not 0 <= int(port_text) < 65536:
        raise ConfigurationError(f"--http {http!r} is not HOST:PORT; write e.g. --http 127.0.0.1:3160")
    bind = (host or given or "127.0.0.1").strip("[]")
    if bind not in LOOPBACK:
        fix = (f"serve on 127.0.0.1, or pass --host {bind} explicitly together with --bearer-token-env VAR naming "
               f"a variable that holds a bearer token of at least {MIN_TOKEN_CHARS} characters")
        if host is None:
            raise ConfigurationError(f"--http {http} binds a non-loopback address; {fix}")
        if not bearer_token or len(bearer_token) < MIN_TOKEN_CHARS:
            raise ConfigurationError(f"--host {bind} serves beyond this machine without a bearer token; {fix}")
    return bind, int(port_text)


class BearerAuth:
    """ASGI middleware: every request must carry ``Authorization: Bearer <token>`` (compared in constant time)."""

    def __init__(self, app: Any, token: str) -> None:
        self.app = app
        self._expected = f"Bearer {token}".encode()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            given = dict(scope.get("headers") or []).get(b"authorization", b"")
            if not hmac.compare_digest(given, self._expected):
                body = b'{"error": "missing or wrong bearer token"}'
                await send({"type": "http.response.start", "status": 401,
                            "headers": [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer"),
                                        (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def serve_stdio(gateway: AgentGateway) -> None:
    """Serve one client over stdin/stdout until it disconnects."""
    build_server(gateway, stdio=True).run("stdio")


def http_app(gateway: AgentGateway, host: str, bearer_token: str | None) -> Any:
    """The streamable HTTP ASGI app (path ``/mcp``), behind the bearer check when a token is given."""
    server = build_server(gateway, stdio=False)
    security = None
    if host not in LOOPBACK:
        # the bearer token is what keeps other origins out: a browser page cannot add it (DNS rebinding)
        security = TransportSecuritySettings(enable_dns_rebinding_protection=False)
    app = server.streamable_http_app(host=host, transport_security=security, json_response=True)
    return BearerAuth(app, bearer_token) if bearer_token else app


def serve_http(gateway: AgentGateway, host: str, port: int, bearer_token: str | None) -> None:
    """Serve streamable HTTP on ``host:port`` until interrupted."""
    import uvicorn

    app = http_app(gateway, host, bearer_token)
    # the SDK's session manager starts with the Starlette app's lifespan, which the bearer middleware passes through
    uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False)).run()
