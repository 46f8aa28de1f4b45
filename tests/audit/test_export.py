"""Specification of lineage export and the policy-change event."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from governance_dagster.audit.chain import Draft
from governance_dagster.audit.export import send_openlineage
from governance_dagster.audit.store import open_audit_store, record_policy_change
from governance_dagster.identity import Identity
from governance_dagster.policy import Policy
from tests.conftest import contains_canary


def test_when_a_connection_has_a_file_sink_then_reads_and_writes_become_openlineage_events(connection, tmp_path) -> None:
    sink = tmp_path / "lineage" / "events.jsonl"
    connection.lineage_sink = str(sink)
    connection.read_table("customers")
    events = [json.loads(line) for line in sink.read_text().splitlines()]
    read = next(e for e in events if e["inputs"])
    assert read["inputs"][0]["name"] == "main.customers"
    assert "email" in read["outputs"][0]["facets"]["columnLineage"]["fields"]
    assert contains_canary(sink.read_text()) == []


def test_when_the_sink_is_an_http_endpoint_then_the_event_is_posted(tmp_path) -> None:
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(201)
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.handle_request, daemon=True)
    thread.start()
    store = open_audit_store(f"duckdb:///{tmp_path / 'a.duckdb'}")
    event = store.append(Draft("write", "ann", False, {"table": "governed.t", "rows": 1}))
    assert send_openlineage(event, f"http://127.0.0.1:{server.server_port}/api/v1/lineage", namespace="duckdb://x")
    thread.join(5)
    server.server_close()
    assert received[0]["outputs"][0]["name"] == "governed.t"


def test_when_the_sink_is_unreachable_then_nothing_is_raised(tmp_path) -> None:
    store = open_audit_store(f"duckdb:///{tmp_path / 'a.duckdb'}")
    event = store.append(Draft("write", "ann", False, {"table": "governed.t", "rows": 1}))
    assert send_openlineage(event, "http://127.0.0.1:9/none", namespace="x") is False


def test_when_the_policy_changes_then_one_policy_event_records_old_and_new_hashes(tmp_path) -> None:
    store = open_audit_store(f"duckdb:///{tmp_path / 'a.duckdb'}")
    ann = Identity("ann", "test")
    first = record_policy_change(store, Policy(), ann, "p.yaml")
    assert record_policy_change(store, Policy(), ann, "p.yaml") is None
    changed = record_policy_change(store, Policy(protected_schemas=["prod"]), ann, "p.yaml")
    assert changed.payload["previous"] == first.payload["policy"] != changed.payload["policy"]
