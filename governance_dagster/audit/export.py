"""Exporting the audit trail: JSON lines, and OpenLineage run events for Marquez or DataHub.

Example:
    >>> from governance_dagster.audit.chain import Event
    >>> event = Event(7, "2026-01-01T00:00:00+00:00", "write", "ann", False, "run-1",
    ...               {"table": "governed.synthetic_customers", "rows": 10, "asset": "synthetic_customers"}, "0" * 64, "f" * 64)
    >>> lineage = to_openlineage(event, namespace="duckdb://warehouse")
    >>> lineage["outputs"][0]["name"], lineage["eventType"]
    ('governed.synthetic_customers', 'COMPLETE')
"""

from __future__ import annotations

import json
import logging
import urllib.request
import uuid
from pathlib import Path
from collections.abc import Iterable, Iterator
from typing import Any

from governance_dagster.audit.chain import Event

PRODUCER = "https://github.com/governance-dagster/governance-dagster"
SCHEMA_URL = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/definitions/RunEvent"
_LINEAGE_KINDS = {"read", "write", "synthesis"}


def to_jsonl(events: Iterable[Event]) -> Iterator[str]:
    """One JSON object per event, with every stored field."""
    for event in events:
        yield json.dumps(event.__dict__, sort_keys=True, default=str)


def _run_uuid(run_id: str) -> str:
    try:
        return str(uuid.UUID(run_id))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"governance-dagster:{run_id}"))


def _dataset(name: str, namespace: str, facets: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"namespace": namespace, "name": name, "facets": facets or {}}


def _column_lineage(masked: dict[str, list[str]], namespace: str) -> dict[str, Any]:
    fields = {}
    for output, sources in masked.items():
        inputs = []
        for source in sources:
            table_column, operator = source.rsplit(":", 1)
            table, column = table_column.rsplit(".", 1)
            inputs.append({"namespace": namespace, "name": table, "field": column,
                           "transformations": [{"type": "DIRECT", "subtype": "TRANSFORMATION",
                                                "description": f"masked with {operator}", "masking": True}]})
        fields[output] = {"inputFields": inputs}
    return {"_producer": PRODUCER, "_schemaURL": "https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json",
            "fields": fields}


def to_openlineage(event: Event, namespace: str) -> dict[str, Any] | None:
    """The OpenLineage ``RunEvent`` of a read, write or synthesis event (None for other kinds).

    A read's masked columns become a column-lineage facet whose transformations say which operator masked them.
    """
    payload = event.payload
    agent = payload.get("agent") if isinstance(payload.get("agent"), dict) else None
    if event.kind not in _LINEAGE_KINDS and not (agent and event.kind == "statement.refused"):
        return None
    job = payload.get("asset") or payload.get("tool") or "governed-connection"
    inputs, outputs = [], []
    if event.kind == "read":
        inputs = [_dataset(t, namespace) for t in payload.get("tables", [])]
        if payload.get("masked"):
            outputs = [_dataset(f"{job}.result", namespace, {"columnLineage": _column_lineage(payload["masked"], namespace)})]
    elif event.kind == "write" and payload.get("table"):
        outputs = [_dataset(payload["table"], namespace)]
    elif event.kind == "synthesis":
        inputs = [_dataset(payload.get("source_table", ""), namespace)]
    lineage = {
        "eventType": "COMPLETE",
        "eventTime": event.ts,
        "producer": PRODUCER,
        "schemaURL": SCHEMA_URL,
        "run": {"runId": _run_uuid(event.run_id or f"event-{event.seq}"),
                "facets": {"governance": {"_producer": PRODUCER, "_schemaURL": SCHEMA_URL, "auditEvent": event.seq,
                                          "identity": event.identity, "verified": event.verified,
                                          "policy": payload.get("policy", "")}}},
        "job": {"namespace": "governance-dagster", "name": str(job)},
        "inputs": inputs,
        "outputs": outputs,
    }
    return _as_agent_run(lineage, event, agent) if agent else lineage


def _as_agent_run(lineage: dict[str, Any], event: Event, agent: dict[str, Any]) -> dict[str, Any]:
    """An AI agent's event (MCP server): one run per agent session, a job per client, an ``agent`` run facet; a
    refused statement is a FAIL event naming the rule (counts and kinds only, never values)."""
    payload = event.payload
    lineage["run"]["runId"] = _run_uuid(f"agent-session:{agent.get('session', '')}")
    lineage["job"]["name"] = f"mcp/{agent.get('client', 'unknown-client')}"
    lineage["run"]["facets"]["agent"] = {"_producer": PRODUCER, "_schemaURL": SCHEMA_URL, **agent,
                                         "operator": payload.get("operator", {})}
    facet = lineage["run"]["facets"]["governance"]
    facet.update(kind=event.kind, fingerprint=payload.get("fingerprint", ""))
    if event.kind == "statement.refused":
        lineage["eventType"] = "FAIL"
        facet["rule"] = payload.get("rule", "")
    elif event.kind == "read":
        facet.update(rows=payload.get("rows"), masked=sorted(payload.get("masked", {})))
    return lineage


def send_openlineage(event: Event, sink: str, *, namespace: str) -> bool:
    """Append the event's OpenLineage run event to a ``.jsonl`` file, or POST it to an ``http(s)://`` endpoint
    (e.g. Marquez's ``/api/v1/lineage``). Returns whether something was sent; failures are logged, not raised."""
    lineage = to_openlineage(event, namespace=namespace)
    if lineage is None:
        return False
    body = json.dumps(lineage, sort_keys=True)
    try:
        if sink.startswith(("http://", "https://")):
            request = urllib.request.Request(sink, data=body.encode(), headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 - the user's configured sink
                response.read()
        else:
            path = Path(sink.removeprefix("file://"))
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as out:
                out.write(body + "\n")
    except OSError as exc:
        logging.getLogger("governance_dagster").warning("OpenLineage sink %s failed: %s", sink, type(exc).__name__)
        return False
    return True
