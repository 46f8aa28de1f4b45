"""OpenLineage run events of audit events, built with openlineage-python's classes and sent by its transports.

Needs the extra ``openlineage`` (``pip install 'governance-dagster[openlineage]'``); use it through
:mod:`governance_dagster.store.audit.export`, which names the extra when it is missing.

Example:
    >>> from governance_dagster.store.audit.chain import Event
    >>> event = Event(7, "2026-01-01T00:00:00+00:00", "write", "ann", False, "run-1",
    ...               {"table": "governed.t", "rows": 10, "asset": "t"}, "0" * 64, "f" * 64)
    >>> run_event(event, namespace="duckdb://warehouse").outputs[0].name
    'governed.t'
"""

from __future__ import annotations

import atexit
import logging
import threading
import uuid
from pathlib import Path
from typing import Any

import attr
from openlineage.client.event_v2 import InputDataset, Job, OutputDataset, Run, RunEvent, RunState
from openlineage.client.facet_v2 import RunFacet, column_lineage_dataset
from openlineage.client.serde import Serde
from openlineage.client.transport.async_http import AsyncHttpConfig, AsyncHttpTransport
from openlineage.client.transport.file import FileConfig, FileTransport
from openlineage.client.transport.http_common import DEFAULT_RETRY_CONFIG
from openlineage.client.transport.transport import Transport

from governance_dagster.store.audit.chain import Event

PRODUCER = "https://github.com/governance-dagster/governance-dagster"
#: Where the governance and agent run facets are described.
FACET_SCHEMA_URL = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/definitions/RunEvent"
#: Timeout of one POST to an OpenLineage endpoint (in the background sender, never on the read path).
POST_TIMEOUT_SECONDS = 5.0
#: Retries of a POST that failed (connection refused, 5xx), with 0.2, 0.4, 0.8 s between them.
POST_RETRIES = 3
#: How long the process waits at exit for queued events to be posted.
FLUSH_AT_EXIT_SECONDS = 5.0
_LINEAGE_KINDS = {"read", "write", "synthesis"}
_log = logging.getLogger("governance_dagster")


@attr.define
class GovernanceRunFacet(RunFacet):
    """The audit event behind a lineage event: its number, who acted, whether verified, the policy's hash; for an
    AI agent's event also its kind, fingerprint, refusal rule, rows and masked columns (never values)."""

    auditEvent: int  # OpenLineage's camelCase
    identity: str
    verified: bool
    policy: str
    kind: str | None = None
    fingerprint: str | None = None
    rule: str | None = None
    rows: int | None = None
    masked: list[str] | None = None

    @staticmethod
    def _get_schema() -> str:
        return FACET_SCHEMA_URL


@attr.define
class AgentRunFacet(RunFacet):
    """The AI agent (MCP client) and the operator who launched it."""

    client: str | None = None
    version: str | None = None
    session: str | None = None
    operator: dict[str, Any] = attr.field(factory=dict)

    @staticmethod
    def _get_schema() -> str:
        return FACET_SCHEMA_URL


def _run_uuid(run_id: str) -> str:
    try:
        return str(uuid.UUID(run_id))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"governance-dagster:{run_id}"))


def _column_lineage(masked: dict[str, list[str]], namespace: str) -> column_lineage_dataset.ColumnLineageDatasetFacet:
    """Which source column each output column comes from, and the operator that masked it."""
    fields = {}
    for output, sources in masked.items():
        inputs = []
        for source in sources:
            table_column, operator = source.rsplit(":", 1)
            table, column = table_column.rsplit(".", 1)
            transformation = column_lineage_dataset.Transformation(
                type="DIRECT", subtype="TRANSFORMATION", description=f"masked with {operator}", masking=True)
            inputs.append(column_lineage_dataset.InputField(namespace=namespace, name=table, field=column,
                                                            transformations=[transformation]))
        fields[output] = column_lineage_dataset.Fields(inputFields=inputs)
    return column_lineage_dataset.ColumnLineageDatasetFacet(fields=fields, producer=PRODUCER)


def run_event(event: Event, namespace: str) -> RunEvent | None:
    """The OpenLineage ``RunEvent`` of a read, write or synthesis event, or of an AI agent's refused statement
    (None for other kinds). A read's masked columns become a column-lineage facet whose transformations say which
    operator masked them."""
    payload = event.payload
    agent = payload.get("agent") if isinstance(payload.get("agent"), dict) else None
    if event.kind not in _LINEAGE_KINDS and not (agent and event.kind == "statement.refused"):
        return None
    job = str(payload.get("asset") or payload.get("tool") or "governed-connection")
    inputs: list[InputDataset] = []
    outputs: list[OutputDataset] = []
    if event.kind == "read":
        inputs = [InputDataset(namespace=namespace, name=t) for t in payload.get("tables", [])]
        if payload.get("masked"):
            outputs = [OutputDataset(namespace=namespace, name=f"{job}.result",
                                     facets={"columnLineage": _column_lineage(payload["masked"], namespace)})]
    elif event.kind == "write" and payload.get("table"):
        outputs = [OutputDataset(namespace=namespace, name=payload["table"])]
    elif event.kind == "synthesis":
        inputs = [InputDataset(namespace=namespace, name=payload.get("source_table", ""))]
    governance = GovernanceRunFacet(auditEvent=event.seq, identity=event.identity, verified=event.verified,
                                    policy=payload.get("policy", ""), producer=PRODUCER)
    facets: dict[str, RunFacet] = {"governance": governance}
    run_id, state = _run_uuid(event.run_id or f"event-{event.seq}"), RunState.COMPLETE
    if agent:  # one run per agent session, a job per client; a refusal is a FAIL naming the rule
        run_id = _run_uuid(f"agent-session:{agent.get('session', '')}")
        job = f"mcp/{agent.get('client', 'unknown-client')}"
        facets["agent"] = AgentRunFacet(**{k: agent.get(k) for k in ("client", "version", "session")},
                                        operator=payload.get("operator", {}), producer=PRODUCER)
        governance.kind, governance.fingerprint = event.kind, payload.get("fingerprint", "")
        if event.kind == "statement.refused":
            state, governance.rule = RunState.FAIL, payload.get("rule", "")
        elif event.kind == "read":
            governance.rows, governance.masked = payload.get("rows"), sorted(payload.get("masked", {}))
    return RunEvent(eventType=state, eventTime=event.ts, producer=PRODUCER, run=Run(runId=run_id, facets=facets),
                    job=Job(namespace="governance-dagster", name=job), inputs=inputs, outputs=outputs)


def as_dict(lineage: RunEvent) -> dict[str, Any]:
    """The JSON form of a run event, as the transports send it."""
    return Serde.to_dict(lineage)


_TRANSPORTS: dict[str, Transport] = {}
_TRANSPORTS_LOCK = threading.Lock()


def transport_for(sink: str) -> Transport:
    """The process's transport to ``sink``: openlineage-python's asynchronous HTTP transport for an ``http(s)://``
    endpoint (a background thread posts the queued events, so a read never waits on the endpoint; events still
    queued are posted at exit for up to :data:`FLUSH_AT_EXIT_SECONDS`), its file transport appending JSON lines
    for a path."""
    with _TRANSPORTS_LOCK:
        transport = _TRANSPORTS.get(sink)
        if transport is None:
            if sink.startswith(("http://", "https://")):
                config = AsyncHttpConfig(url=sink, endpoint="", timeout=POST_TIMEOUT_SECONDS,
                                         retry={**DEFAULT_RETRY_CONFIG, "total": POST_RETRIES, "backoff_factor": 0.2})
                transport = AsyncHttpTransport(config)
                atexit.register(transport.close, FLUSH_AT_EXIT_SECONDS)
            else:
                path = Path(sink.removeprefix("file://"))
                path.parent.mkdir(parents=True, exist_ok=True)
                transport = FileTransport(FileConfig(log_file_path=str(path), append=True))
            _TRANSPORTS[sink] = transport
        return transport


def send(event: Event, sink: str, namespace: str) -> bool:
    """Queue (http) or append (file) the event's run event; whether one was handed over. Failures are logged."""
    lineage = run_event(event, namespace)
    if lineage is None:
        return False
    try:
        transport_for(sink).emit(lineage)
    except (OSError, RuntimeError, ValueError) as exc:
        _log.warning("OpenLineage sink %s failed: %s", sink, type(exc).__name__)
        return False
    return True


def flush(sink: str, timeout: float) -> bool:
    """Wait up to ``timeout`` seconds until the events queued for ``sink`` were posted (or failed); whether all
    were. A file sink has nothing queued."""
    with _TRANSPORTS_LOCK:
        transport = _TRANSPORTS.get(sink)
    if isinstance(transport, AsyncHttpTransport):
        return transport.wait_for_completion(timeout)
    return True
