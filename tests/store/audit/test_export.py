"""Specification of lineage export and the policy-change event."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from governance_dagster.governed.identity import Identity
from governance_dagster.policy.models import Policy
from governance_dagster.store.audit.chain import Draft
from governance_dagster.store.audit.export import flush_openlineage, send_openlineage
from governance_dagster.store.audit.openlineage import transport_for
from governance_dagster.store.audit.store import open_audit_store, record_policy_change
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


class _Endpoint:
    """An OpenLineage endpoint on 127.0.0.1 that answers each POST once ``release`` is set."""

    def __init__(self) -> None:
        self.received: list[dict] = []
        self.release = threading.Event()
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                endpoint.received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                endpoint.release.wait()
                self.send_response(201)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/api/v1/lineage"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def endpoint():
    served = _Endpoint()
    yield served
    served.close()


def test_when_the_sink_is_an_http_endpoint_then_the_event_is_posted(tmp_path, endpoint) -> None:
    endpoint.release.set()
    store = open_audit_store(f"duckdb:///{tmp_path / 'a.duckdb'}")
    event = store.append(Draft("write", "ann", False, {"table": "governed.t", "rows": 1}))
    assert send_openlineage(event, endpoint.url, namespace="duckdb://x")
    assert flush_openlineage(endpoint.url, timeout=30)
    assert endpoint.received[0]["outputs"][0]["name"] == "governed.t"
    assert transport_for(endpoint.url).get_stats()["success"] == 1


def test_when_the_endpoint_is_slow_then_reads_do_not_wait_for_it_and_the_event_is_posted_later(
    connection, endpoint
) -> None:
    connection.lineage_sink = endpoint.url
    connection.read_table("customers")  # returns while the endpoint holds the POST unanswered
    stats = transport_for(endpoint.url).get_stats()
    assert stats["success"] == 0 and stats["pending"] >= 1
    endpoint.release.set()
    assert flush_openlineage(endpoint.url, timeout=30)
    stats = transport_for(endpoint.url).get_stats()
    assert stats["success"] >= 1 and stats["failed"] == 0
    read = next(e for e in endpoint.received if e["inputs"])
    assert read["inputs"][0]["name"] == "main.customers" and contains_canary(json.dumps(endpoint.received)) == []


def test_when_the_sink_is_unreachable_then_nothing_is_raised_and_the_failure_is_counted(tmp_path) -> None:
    store = open_audit_store(f"duckdb:///{tmp_path / 'a.duckdb'}")
    event = store.append(Draft("write", "ann", False, {"table": "governed.t", "rows": 1}))
    sink = "http://127.0.0.1:9/none"
    assert send_openlineage(event, sink, namespace="x") is True  # queued: the caller does not wait
    assert flush_openlineage(sink, timeout=30)
    assert transport_for(sink).get_stats()["failed"] >= 1


def test_when_the_policy_changes_then_one_policy_event_records_old_and_new_hashes(tmp_path) -> None:
    store = open_audit_store(f"duckdb:///{tmp_path / 'a.duckdb'}")
    ann = Identity("ann", "test")
    first = record_policy_change(store, Policy(), ann, "p.yaml")
    assert record_policy_change(store, Policy(), ann, "p.yaml") is None
    changed = record_policy_change(store, Policy(protected_schemas=["prod"]), ann, "p.yaml")
    assert changed.payload["previous"] == first.payload["policy"] != changed.payload["policy"]
