"""Specification of the Dagster layer: governed reads and writes inside materializations, with metadata."""

from __future__ import annotations

import pandas as pd
import pytest
from dagster import AssetKey, DagsterEventType, Output, asset, materialize

from governance_dagster import GovernedDatabase, GovernedIOManager, leakage_check
from governance_dagster.dagster.metadata import read_metadata
from governance_dagster.store.audit.store import open_audit_store
from tests.conftest import CANARIES, contains_canary


@pytest.fixture
def resources(prod_url, policy_path, audit_url, secret, tmp_path):
    production = GovernedDatabase(url=prod_url, policy_path=str(policy_path), secret=secret, audit_url=audit_url)
    warehouse = GovernedDatabase(url=f"duckdb:///{tmp_path / 'warehouse.duckdb'}", policy_path=str(policy_path),
                                 secret=secret, audit_url=audit_url)
    return {"production": production, "warehouse": warehouse,
            "io_manager": GovernedIOManager(database=warehouse, schema_name="governed")}


@asset
def masked(context, production: GovernedDatabase) -> Output[pd.DataFrame]:
    connection = production.connection(asset=context.asset_key.to_user_string())
    result = connection.read_table("customers")
    return Output(result.frame, metadata=read_metadata(result, connection,
                                                       asset_for_table={"main.customers": AssetKey("customers")}))


@asset
def fake_people(masked: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"full_name": [f"Fake {i}" for i in range(len(masked))], "segment": masked["segment"]})


@asset
def leaky_people(masked: pd.DataFrame) -> pd.DataFrame:
    frame = pd.DataFrame({"email": [f"fake{i}@example.net" for i in range(len(masked))]})
    frame.loc[3, "email"] = CANARIES["email"]  # a replayed real (strong) identifier
    return frame


@asset
def downstream_of_leak(leaky_people: pd.DataFrame) -> pd.DataFrame:
    return leaky_people


def _materializations(result):
    return {e.asset_key.to_user_string(): e.event_specific_data.materialization.metadata
            for e in result.all_events if e.event_type == DagsterEventType.ASSET_MATERIALIZATION}


def test_when_an_asset_reads_through_the_resource_then_metadata_shows_masking_identity_and_lineage(resources) -> None:
    result = materialize([masked], resources=resources, tags={"user": "dana@example.com"})
    assert result.success
    metadata = _materializations(result)["masked"]
    assert metadata["governance/identity"].value == "dana@example.com"
    assert metadata["governance/identity_verified"].value is False
    assert metadata["dagster/row_count"].value == 60
    tags = {c.name: c.tags for c in metadata["dagster/column_schema"].value.columns}
    assert tags["email"] == {"governance/kind": "email", "governance/operator": "hash"}
    assert tags["segment"] == {"governance/kind": "none"}
    lineage = metadata["dagster/column_lineage"].value.deps_by_column
    assert lineage["email"][0].asset_key == AssetKey("customers")
    assert "governance/policy_hash" in metadata and "governance/audit_chain_head" in metadata


def test_when_an_output_is_stored_and_loaded_then_both_sides_are_governed_and_audited(resources, audit_url) -> None:
    result = materialize([masked, fake_people], resources=resources)
    assert result.success
    stored = _materializations(result)["masked"]
    assert stored["dagster/table_name"].value.endswith("governed.masked")
    loaded = [e for e in result.all_events if e.event_type == DagsterEventType.LOADED_INPUT]
    assert loaded and all(contains_canary(str(e.event_specific_data)) == [] for e in loaded)
    kinds = [e.kind for e in open_audit_store(audit_url).events()]
    assert kinds.count("write") == 2 and kinds.count("read") >= 2
    assert contains_canary(str([e.event_specific_data for e in result.all_events])) == []


def test_when_a_synthetic_table_replays_a_real_identifier_then_the_blocking_check_fails_the_run(resources) -> None:
    check = leakage_check(leaky_people, real_table="main.customers")
    result = materialize([masked, leaky_people, downstream_of_leak, check], resources=resources, raise_on_error=False)
    assert not result.success
    evaluation = result.get_asset_check_evaluations()[0]
    assert not evaluation.passed
    assert evaluation.metadata["governance/replayed_values"].value == 1
    assert "email replays 1 real value of email in 1 row" in evaluation.metadata["governance/summary"].value
    assert "downstream_of_leak" not in _materializations(result)
    assert contains_canary(str(evaluation.metadata)) == []


def test_when_the_synthetic_table_is_clean_then_the_check_passes(resources) -> None:
    check = leakage_check(fake_people, real_table="main.customers")
    result = materialize([masked, fake_people, check], resources=resources)
    assert result.success and result.get_asset_check_evaluations()[0].passed


@asset
def copied_people(masked: pd.DataFrame) -> pd.DataFrame:
    return masked[["customer_id", "city", "segment", "income"]]  # every row a copy of a real one


def test_when_a_synthetic_table_copies_real_rows_then_the_blocking_check_fails(resources) -> None:
    from governance_dagster import copied_records_check

    check = copied_records_check(copied_people, real_table="main.customers")
    result = materialize([masked, copied_people, check], resources=resources, raise_on_error=False)
    evaluation = result.get_asset_check_evaluations()[0]
    assert not result.success and not evaluation.passed
    assert evaluation.metadata["governance/copied_rows"].value == 60


def test_when_a_read_holds_a_column_under_review_then_the_asset_metadata_shows_it_without_values(
        tmp_path, audit_url, secret) -> None:
    from governance_dagster.governed.connection import GovernedConnection
    from governance_dagster.governed.identity import Identity
    from governance_dagster.policy.models import Policy
    from governance_dagster.store.audit.store import open_audit_store as audit_store
    from governance_dagster.store.database import open_database
    from tests.conftest import write_duckdb

    notes = ["Plan B", "Crate 7 blue", "Ask again later", "under the stairs", "Flux Capacitor", "otherwise fine"]
    url = write_duckdb(tmp_path / "lake.duckdb", t=pd.DataFrame({"id": range(6), "misc_1": notes}))
    connection = GovernedConnection(open_database(url), Policy(), audit_store(audit_url), Identity("alice", "test"), secret)
    metadata = read_metadata(connection.query("SELECT id, misc_1 FROM t"), connection)
    assert list(metadata["governance/review_columns"].value) == ["main.t.misc_1"]
    tags = {c.name: c.tags for c in metadata["dagster/column_schema"].columns}
    assert tags["misc_1"]["governance/state"] == "review" and "governance/state" not in tags["id"]
    assert not any(note in str(metadata) for note in notes)
UNMASK_POLICY = """
version: 1
columns:
  - {table: "*.customers", column: support_notes, kind: free_text}
roles:
  dana: [dpo]
unmask:
  - roles: [dpo]
    access: values
"""


@asset
def dsar_export(production: GovernedDatabase) -> None:
    result = production.connection(asset="dsar_export").query(
        "SELECT email FROM customers WHERE customer_id = 2", unmask_reason="DSAR 2026-114")
    assert result.frame["email"].tolist() == ["person2@example.com"]


def test_when_an_asset_reads_with_an_unmask_reason_then_the_reason_reaches_the_audit_trail(prod_url, audit_url, secret, tmp_path) -> None:
    policy = tmp_path / "unmask.yaml"
    policy.write_text(UNMASK_POLICY)
    production = GovernedDatabase(url=prod_url, policy_path=str(policy), secret=secret, audit_url=audit_url)
    result = materialize([dsar_export], resources={"production": production}, tags={"user": "dana"})
    assert result.success
    unmasked = [e for e in open_audit_store(audit_url).events() if e.kind == "unmasked_read"]
    assert [e.payload["reason"] for e in unmasked] == ["DSAR 2026-114"]
