"""Specification of the contract asset check and of SDV's quality report on synthetic assets, in real runs."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
import pytest
from dagster import AssetCheckSeverity, DagsterEventType, Output, asset, materialize

from governance_dagster import GovernedDatabase, GovernedIOManager, GovernedSynthesizer, contract_check
from tests.conftest import POLICY_YAML, contains_canary
from tests.quality.test_contract import _broken, synthetic_customers


def _resources(prod_url: str, policy: Path, audit_url: str, secret: str, tmp_path: Path) -> dict:
    production = GovernedDatabase(url=prod_url, policy_path=str(policy), secret=secret, audit_url=audit_url)
    warehouse = GovernedDatabase(url=f"duckdb:///{tmp_path / 'warehouse.duckdb'}", policy_path=str(policy),
                                 secret=secret, audit_url=audit_url)
    return {"production": production, "warehouse": warehouse,
            "io_manager": GovernedIOManager(database=warehouse, schema_name="governed"),
            "synthesizer": GovernedSynthesizer(num_rows=60, seed=7)}


@asset
def synthetic_people(context, production: GovernedDatabase,
                     synthesizer: GovernedSynthesizer) -> Output[pd.DataFrame]:
    masked = production.connection(asset="masked").read_table("main.customers").frame
    return synthesizer.generate(masked, source=production, source_table="main.customers",
                                asset=context.asset_key.to_user_string())


@asset
def broken_people() -> pd.DataFrame:
    return _broken(synthetic_customers())


@asset
def downstream_of_broken(broken_people: pd.DataFrame) -> pd.DataFrame:
    return broken_people.groupby("segment").size().rename("people").reset_index()


def _checks(result) -> dict:
    return {e.event_specific_data.asset_check_key.asset_key.to_user_string(): e.event_specific_data
            for e in result.all_events if e.event_type == DagsterEventType.ASSET_CHECK_EVALUATION}


def _materialization(result, key: str) -> dict:
    return next(e.event_specific_data.materialization.metadata for e in result.all_events
                if e.event_type == DagsterEventType.ASSET_MATERIALIZATION and e.asset_key.to_user_string() == key)


def test_when_a_synthesizer_runs_then_its_asset_has_the_quality_report_and_the_contract_check_links_data_docs(
    prod_url, policy_path, audit_url, secret, tmp_path
) -> None:
    check = contract_check(synthetic_people, real_table="main.customers", docs_dir=str(tmp_path / "docs"))
    result = materialize([synthetic_people, check],
                         resources=_resources(prod_url, policy_path, audit_url, secret, tmp_path))

    assert result.success
    quality = _materialization(result, "synthetic_people")
    assert 0 < quality["governance/quality_score"].value <= 1
    assert 0 < quality["governance/quality_column_shapes"].value <= 1
    # income and birth date rise together in the real table, so SDV scores their pair trend
    assert quality["governance/quality_pairs_scored"].value >= 1
    assert 0 < quality["governance/quality_column_pair_trends"].value <= 1
    shapes = quality["governance/quality_column_shape_scores"].value
    assert set(shapes) >= {"income", "segment"} and shapes["income"]["metric"] == "KSComplement"
    assert not {"full_name", "email", "ssn"} & set(shapes)  # generated columns are not scored
    evaluation = _checks(result)["synthetic_people"]
    metadata = evaluation.metadata
    assert evaluation.passed, metadata["governance/summary"].value
    assert evaluation.severity == AssetCheckSeverity.WARN
    link = metadata["governance/data_docs"].value
    assert link.startswith("file://") and Path(urlparse(link).path).is_file()
    assert Path(metadata["governance/data_docs_path"].value) == tmp_path / "docs" / "contract_governed_synthetic_people" / "index.html"
    assert metadata["governance/expectations_evaluated"].value == metadata["governance/expectations_successful"].value > 30
    leakage = [e for e in metadata["governance/expectations"].value if e["aspect"] == "leakage"]
    assert [e["column"] for e in leakage] == ["replayed_identifier_values", "copied_records_share"]
    everything = str(quality) + str(metadata) + "".join(p.read_text() for p in (tmp_path / "docs").rglob("*.html"))
    assert contains_canary(everything) == []


@pytest.mark.parametrize(("policy_extra", "severity"), [("", AssetCheckSeverity.WARN),
                                                        ("contract: {severity: error}\n", AssetCheckSeverity.ERROR)])
def test_when_a_synthetic_table_breaks_the_contract_then_the_check_fails_with_the_policy_severity_without_blocking(
    prod_url, audit_url, secret, tmp_path, policy_extra, severity
) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY_YAML + policy_extra)
    check = contract_check(broken_people, real_table="main.customers", docs_dir=str(tmp_path / "docs"), leakage=False)
    result = materialize([broken_people, downstream_of_broken, check],
                         resources=_resources(prod_url, policy, audit_url, secret, tmp_path), raise_on_error=False)

    evaluation = _checks(result)["broken_people"]
    assert not evaluation.passed and evaluation.severity == severity
    assert "expect_column_to_exist(city)" in evaluation.description
    assert evaluation.metadata["governance/expectations_evaluated"].value == 36
    assert result.success  # a contract is not blocking: downstream still ran
    assert any(e.asset_key and e.asset_key.to_user_string() == "downstream_of_broken"
               for e in result.all_events if e.event_type == DagsterEventType.ASSET_MATERIALIZATION)
