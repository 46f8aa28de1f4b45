"""Specification of the MCP server over streamable HTTP on loopback: the same governed tools, loopback-only
binding, and a bearer token that every request must carry when one is configured."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.types import Implementation

from governance_dagster.store.audit.store import open_audit_store
from tests.agents.harness import (
    AGENT,
    World,
    run,
    text_of,
    world,  # noqa: F401 - the fixture
)
from tests.conftest import contains_canary

TOKEN = "t0k3n-for-the-loopback-test-0123456789"


def free_port() -> int:
    """A free port of this helper's range 3160-3169, else one the system picks."""
    for port in range(3160, 3170):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def http_server(world: World, *extra: str, **env: str) -> Iterator[str]:
    """The server on a loopback port, its URL while it runs; stopped (by its pid) afterwards."""
    port = free_port()
    process = subprocess.Popen([sys.executable, *world.serve_args("--http", f"127.0.0.1:{port}", *extra)],
                               env=world.env(**env), cwd=world.root, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise AssertionError(f"server exited {process.returncode}: {process.stderr.read()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise AssertionError("server did not listen within 60 s") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        process.terminate()
        process.wait(timeout=20)
        process.stderr.close()


def test_when_an_agent_connects_over_http_then_it_gets_masked_rows_and_the_audit_names_it(world: World) -> None:
    async def session(client: Client):
        return [await client.call_tool("list_tables", {}),
                await client.call_tool("query", {"sql": "SELECT full_name, ssn, support_notes FROM customers"}),
                await client.call_tool("query", {"sql": "DELETE FROM customers"})]

    with http_server(world) as url:
        listed, read, refused = run(session, url)
    assert not listed.is_error and not read.is_error and refused.is_error
    assert read.structured_content["returned"] == 5
    assert not contains_canary("\n".join(text_of(r) for r in (listed, read, refused)))
    events = [e for e in open_audit_store(world.audit_url).events(0) if not e.kind.startswith("approval.")]
    assert [e.kind for e in events if e.kind in ("agent.call", "read")] == ["agent.call", "read", "agent.call"]
    assert {e.payload["agent"]["client"] for e in events} == {AGENT.name}
    assert {e.identity for e in events} == {"alice"}


def test_when_a_bearer_token_is_set_then_requests_without_it_are_rejected(world: World) -> None:
    async def session(client: Client):
        return await client.call_tool("query", {"sql": "SELECT segment FROM customers"})

    with http_server(world, "--bearer-token-env", "MCP_TEST_TOKEN", MCP_TEST_TOKEN=TOKEN) as url:
        for headers in ({}, {"Authorization": "Bearer wrong-token"}, {"Authorization": TOKEN}):
            request = urllib.request.Request(url, data=b"{}", headers={"Content-Type": "application/json", **headers})
            with pytest.raises(urllib.error.HTTPError) as rejected:
                urllib.request.urlopen(request, timeout=10)
            assert rejected.value.code == 401
        authorized = httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
        result = run(session, streamable_http_client(url, http_client=authorized))
    assert not result.is_error and result.structured_content["row_count"] == 60


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--http", "0.0.0.0:3169"], "binds a non-loopback address"),
        (["--http", "192.0.2.7:3169"], "binds a non-loopback address"),
        (["--http", "0.0.0.0:3169", "--host", "0.0.0.0"], "without a bearer token"),
        (["--http", "127.0.0.1:nope"], "is not HOST:PORT"),
    ],
)
def test_when_http_would_bind_beyond_loopback_without_host_and_token_then_the_server_refuses_to_start(
        world: World, args: list[str], message: str) -> None:
    done = subprocess.run([sys.executable, *world.serve_args(*args)], check=False, env=world.env(), cwd=world.root,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and message in done.stderr


def test_when_host_is_explicit_but_the_token_variable_is_unset_then_the_server_refuses_to_start(world: World) -> None:
    done = subprocess.run([sys.executable, *world.serve_args("--http", "0.0.0.0:3169", "--host", "0.0.0.0",
                                                             "--bearer-token-env", "NOT_SET_ANYWHERE")],
                          check=False, env=world.env(), cwd=world.root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "NOT_SET_ANYWHERE" in done.stderr


def test_when_two_http_sessions_connect_then_each_is_its_own_agent_session_with_its_own_rate_limit(
        world: World) -> None:
    slow = Implementation(name="slow-agent", version="1")

    async def session(client: Client):
        return [await client.call_tool("check_sql", {"sql": "SELECT 1 AS a"}) for _ in range(4)]

    with http_server(world) as url:
        first = run(session, url, agent=slow, mode="legacy")
        second = run(session, url, agent=slow, mode="legacy")
    assert [r.is_error for r in first] == [r.is_error for r in second] == [False, False, False, True]
    sessions = {e.payload["agent"]["session"] for e in open_audit_store(world.audit_url).events(0)
                if e.kind == "agent.call"}
    assert len(sessions) == 2 and not any(s.startswith("stateless:") for s in sessions)
