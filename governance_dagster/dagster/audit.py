"""The audit trail in the Dagster UI: an ``audit_trail`` asset whose materializations show the last events, the
chain head and the counts per kind and identity; an ``audit_chain_intact`` asset check that verifies the chain;
and a run-failure sensor that records a failed leakage check as an audit event and logs its summary.

Only event numbers, times, kinds, identities, assets, rules and counts are shown, never a payload's statement text
or a value.

Example:
    >>> from dagster import Definitions, ScheduleDefinition
    >>> trail, intact = audit_trail_asset(), audit_chain_intact_check()
    >>> trail.key.to_user_string(), intact.check_key.name
    ('audit_trail', 'audit_chain_intact')
"""

from __future__ import annotations

import inspect
from collections import Counter
from typing import Any

from dagster import (
    AssetCheckResult,
    AssetChecksDefinition,
    AssetKey,
    AssetsDefinition,
    DagsterEventType,
    MaterializeResult,
    MetadataValue,
    RunFailureSensorContext,
    SensorDefinition,
    asset,
    asset_check,
    run_failure_sensor,
)

from governance_dagster.dagster.resources import GovernedDatabase
from governance_dagster.store.audit.chain import Event
from governance_dagster.store.audit.store import AuditStore

#: Payload fields shown for an event in the UI: names and counts, never statement text or values.
_SHOWN_FIELDS = ("asset", "table", "check", "rule", "rows")


def _row(event: Event) -> str:
    shown = ", ".join(f"{f}={event.payload[f]}" for f in _SHOWN_FIELDS if event.payload.get(f) is not None)
    return f"| {event.seq} | {event.ts} | {event.kind} | {event.identity} | {str(event.verified).lower()} | {shown} |"


def audit_trail_metadata(store: AuditStore, last: int = 20) -> dict[str, Any]:
    """What a materialization of the audit trail shows: the chain head, the number of events, counts per kind and
    per identity, and the last ``last`` events as a table."""
    kinds: Counter[str] = Counter()
    identities: Counter[str] = Counter()
    head, count = "", 0
    for event in store.events():
        kinds[event.kind] += 1
        identities[event.identity] += 1
        head, count = event.hash, event.seq
    table = "\n".join(["| seq | time | kind | identity | verified | context |", "|---|---|---|---|---|---|",
                       *(_row(e) for e in reversed(store.tail(last)))])
    return {
        "governance/audit_chain_head": head,
        "governance/audit_events": MetadataValue.int(count),
        "governance/events_by_kind": MetadataValue.json(dict(sorted(kinds.items()))),
        "governance/events_by_identity": MetadataValue.json(dict(sorted(identities.items()))),
        "governance/last_events": MetadataValue.md(table),
    }


def audit_trail_asset(*, resource_key: str = "production", key: str = "audit_trail", last: int = 20,
                      group_name: str = "governance") -> AssetsDefinition:
    """An asset whose every materialization records the state of the audit trail of the ``resource_key``
    :class:`~governance_dagster.GovernedDatabase` (its events are not copied anywhere; only metadata)."""

    @asset(key=key, group_name=group_name, required_resource_keys={resource_key},
           description="The hash-chained audit trail: last events, chain head, counts per kind and identity.")
    def _audit_trail(context) -> MaterializeResult:  # noqa: ANN001 - Dagster reads the annotation
        return MaterializeResult(metadata=audit_trail_metadata(getattr(context.resources, resource_key).audit, last))

    return _audit_trail


def audit_chain_intact_check(*, resource_key: str = "production", asset_key: str = "audit_trail") -> AssetChecksDefinition:
    """An asset check on the audit trail asset: the hash chain verifies from its first event to its head (what
    ``governance-dagster audit verify`` does)."""

    @asset_check(asset=AssetKey.from_user_string(asset_key), name="audit_chain_intact",
                 required_resource_keys={resource_key},
                 description="Every audit event's hash covers its content and its predecessor's hash.")
    def _audit_chain_intact(context) -> AssetCheckResult:  # noqa: ANN001 - Dagster reads the annotation
        verification = getattr(context.resources, resource_key).audit.verify()
        metadata: dict[str, Any] = {"governance/audit_events": MetadataValue.int(verification.events),
                                    "governance/audit_chain_head": verification.head}
        if not verification.ok:
            metadata["governance/first_bad_event"] = MetadataValue.int(verification.first_bad or 0)
        return AssetCheckResult(passed=verification.ok, metadata=metadata,
                                description=verification.problem or f"{verification.events} events verified")

    return _audit_chain_intact


def failed_checks(context: RunFailureSensorContext) -> list[tuple[str, str, str]]:
    """``(asset, check, summary)`` of each asset check that failed in the failed run."""
    records = context.instance.get_records_for_run(
        run_id=context.dagster_run.run_id, of_type=DagsterEventType.ASSET_CHECK_EVALUATION).records
    failed = []
    for record in records:
        evaluation = record.event_log_entry.dagster_event.event_specific_data
        if not evaluation.passed:
            failed.append((evaluation.asset_key.to_user_string(), evaluation.check_name, evaluation.description or ""))
    return failed


def leakage_alert_sensor(*, resource_key: str = "production", name: str = "leakage_check_alert",
                         **kwargs: Any) -> SensorDefinition:
    """A run-failure sensor: when a run fails with failed asset checks (a blocking leakage check), it records a
    ``check_alert`` audit event per failed check (asset, check, run, summary) and logs the summary. Replace the
    log line by your alerting (Slack, PagerDuty) as needed."""

    def _alert(context: RunFailureSensorContext, **resources: Any) -> None:
        database = resources[resource_key]
        for asset_name, check, summary in failed_checks(context):
            connection = database.connection(asset=asset_name, step="sensor")
            event = connection.record("check_alert", {"asset": asset_name, "check": check, "summary": summary,
                                                      "failed_run": context.dagster_run.run_id})
            context.log.error(f"asset check {asset_name}:{check} failed in run {context.dagster_run.run_id}: "
                              f"{summary} (audit event {event.seq})")

    # Dagster hands a sensor the resources its signature names; the key is chosen by the caller
    _alert.__signature__ = inspect.Signature([  # type: ignore[attr-defined]
        inspect.Parameter("context", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=RunFailureSensorContext),
        inspect.Parameter(resource_key, inspect.Parameter.KEYWORD_ONLY, annotation=GovernedDatabase),
    ])
    return run_failure_sensor(name=name, **kwargs)(_alert)
