"""Exporting the audit trail: JSON lines, and OpenLineage run events for Marquez or DataHub.

Example:
    >>> from governance_dagster.store.audit.chain import Event
    >>> event = Event(7, "2026-01-01T00:00:00+00:00", "write", "ann", False, "run-1",
    ...               {"table": "governed.synthetic_customers", "rows": 10, "asset": "synthetic_customers"}, "0" * 64, "f" * 64)
    >>> lineage = to_openlineage(event, namespace="duckdb://warehouse")
    >>> lineage["outputs"][0]["name"], lineage["eventType"]
    ('governed.synthetic_customers', 'COMPLETE')
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from types import ModuleType
from typing import Any

from governance_dagster.extras import require
from governance_dagster.store.audit.chain import Event


def to_jsonl(events: Iterable[Event]) -> Iterator[str]:
    """One JSON object per event, with every stored field."""
    for event in events:
        yield json.dumps(event.__dict__, sort_keys=True, default=str)


def _lineage() -> ModuleType:
    """:mod:`governance_dagster.store.audit.openlineage`, or a ConfigurationError naming the extra ``openlineage``."""
    require("openlineage.client", "openlineage")
    from governance_dagster.store.audit import openlineage

    return openlineage


def to_openlineage(event: Event, namespace: str) -> dict[str, Any] | None:
    """The OpenLineage ``RunEvent`` (as JSON) of a read, write or synthesis event, or of an AI agent's refused
    statement; None for other kinds. Built with openlineage-python's event and facet classes.

    A read's masked columns become a column-lineage facet whose transformations say which operator masked them.

    Raises:
        ConfigurationError: openlineage-python is not installed (the extra ``openlineage``).
    """
    openlineage = _lineage()
    run_event = openlineage.run_event(event, namespace)
    return None if run_event is None else openlineage.as_dict(run_event)


def send_openlineage(event: Event, sink: str, *, namespace: str) -> bool:
    """Append the event's OpenLineage run event to a ``.jsonl`` file, or queue it for an ``http(s)://`` endpoint
    (e.g. Marquez's ``/api/v1/lineage``): a background thread of openlineage-python's asynchronous HTTP transport
    posts it, so the caller never waits on the endpoint. Returns whether the event was written or queued; failures
    are logged, not raised (the audit store already holds the event).

    Raises:
        ConfigurationError: openlineage-python is not installed (the extra ``openlineage``).
    """
    return bool(_lineage().send(event, sink, namespace))


def flush_openlineage(sink: str, timeout: float = 5.0) -> bool:
    """Wait up to ``timeout`` seconds until the events queued for an ``http(s)://`` sink were posted or given up
    on; whether none is left. (At exit the process does this by itself.)"""
    return bool(_lineage().flush(sink, timeout))
