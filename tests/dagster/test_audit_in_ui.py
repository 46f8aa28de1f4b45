"""Specification of the audit trail in Dagster: the audit_trail asset's metadata, the audit_chain_intact check,
and the run-failure sensor that records a failed leakage check."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest
from dagster import DagsterEventType, DagsterInstance, asset, build_run_status_sensor_context, materialize

from governance_dagster import GovernedDatabase, GovernedIOManager, leakage_check
from governance_dagster.dagster.audit import audit_chain_intact_check, audit_trail_asset, leakage_alert_sensor
from governance_dagster.store.audit.store import open_audit_store
from tests.conftest import CANARIES, contains_canary


@pytest.fixture
def production(prod_url, policy_path, audit_url, secret) -> GovernedDatabase:
    return GovernedDatabase(url=prod_url, policy_path=str(policy_path), secret=secret, audit_url=audit_url)


@asset
def masked(production: GovernedDatabase) -> None:
    production.connection(asset="masked").read_table("customers")


def _trail_metadata(result):
    (materialization,) = result.asset_materializations_for_node("audit_trail")
    return materialization.metadata


def test_when_the_audit_trail_is_materialized_then_it_shows_counts_head_and_last_events(production, audit_url) -> None:
    assert materialize([masked], resources={"production": production}, tags={"user": "dana"}).success
    result = materialize([audit_trail_asset(), audit_chain_intact_check()], resources={"production": production})
    metadata = _trail_metadata(result)
    events = list(open_audit_store(audit_url).events())
    assert metadata["governance/audit_chain_head"].value == events[-1].hash
    assert metadata["governance/audit_events"].value == len(events)
    assert metadata["governance/events_by_kind"].value["read"] == 1
    assert metadata["governance/events_by_identity"].value["dana"] >= 2
    assert "| read | dana |" in metadata["governance/last_events"].value
    assert contains_canary(str(metadata)) == []
    (check,) = result.get_asset_check_evaluations()
    assert check.check_name == "audit_chain_intact" and check.passed


def test_when_an_audit_event_is_altered_then_audit_chain_intact_fails_naming_the_first_bad_event(production, audit_url) -> None:
    assert materialize([masked], resources={"production": production}).success
    con = duckdb.connect(audit_url.removeprefix("duckdb:///"))
    tampered = con.execute("SELECT min(seq) FROM governance_audit_events WHERE kind = 'read'").fetchone()[0]
    con.execute("UPDATE governance_audit_events SET identity = 'mallory' WHERE seq = ?", [tampered])
    con.close()
    result = materialize([audit_trail_asset(), audit_chain_intact_check()], resources={"production": production},
                         raise_on_error=False)
    (check,) = result.get_asset_check_evaluations()
    assert not check.passed
    assert check.metadata["governance/first_bad_event"].value == tampered


@asset
def leaky_people() -> pd.DataFrame:
    return pd.DataFrame({"full_name": [CANARIES["full_name"], "Fake Person"]})


def test_when_a_leakage_check_fails_then_the_sensor_records_an_alert_event_with_the_check_summary(production, audit_url, policy_path, secret, tmp_path) -> None:
    warehouse = GovernedDatabase(url=f"duckdb:///{tmp_path / 'warehouse.duckdb'}", policy_path=str(policy_path),
                                 secret=secret, audit_url=audit_url)
    resources = {"production": production, "warehouse": warehouse, "io_manager": GovernedIOManager(database=warehouse)}
    instance = DagsterInstance.ephemeral()
    result = materialize([leaky_people, leakage_check(leaky_people, real_table="main.customers")],
                         resources=resources, instance=instance, raise_on_error=False)
    assert not result.success
    failure = next(e for e in result.all_events if e.event_type == DagsterEventType.RUN_FAILURE)
    sensor = leakage_alert_sensor()
    # GovernedDatabase signs the chain head at teardown, so Dagster opens it as a context-managed resource
    with build_run_status_sensor_context(sensor_name=sensor.name, dagster_event=failure, dagster_instance=instance,
                                         dagster_run=result.dagster_run, resources={"production": production}) as context:
        sensor(context.for_run_failure())
    (alert,) = [e for e in open_audit_store(audit_url).events() if e.kind == "check_alert"]
    assert alert.payload["asset"] == "leaky_people" and alert.payload["check"] == "no_identifier_replay"
    assert alert.payload["failed_run"] == result.run_id and "full_name holds real full_name values" in alert.payload["summary"]
    assert contains_canary(str(alert.payload)) == []
