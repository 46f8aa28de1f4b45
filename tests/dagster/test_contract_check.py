"""Specification of the contract asset check and of SDV's quality report on synthetic assets, in real runs."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
import pytest
from dagster import AssetCheckSeverity, DagsterEventType, Output, asset, materialize

from governance_dagster import (
    GovernedDatabase,
    GovernedIOManager,
    GovernedSynthesizer,
    contract_check,
    copied_records_check,
    leakage_check,
)
from governance_dagster.store.audit.store import open_audit_store
from tests.conftest import CANARIES, POLICY_YAML, contains_canary
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


#: The synthetic people the next tests check: clean, or holding a real e-mail (set by the test before its run).
PEOPLE = {"email": "fake.person@example.net"}


@asset
def emailed_people() -> pd.DataFrame:
    frame = synthetic_customers()
    frame.loc[3, "email"] = PEOPLE["email"]
    return frame


def _replay_reads(audit_url: str) -> list:
    return [e for e in open_audit_store(audit_url).events()
            if e.kind == "unmasked_read" and e.payload["reason"].startswith("leakage check of")]


def test_when_the_contract_and_the_leakage_checks_check_one_materialization_then_the_tables_are_compared_once(
    prod_url, policy_path, audit_url, secret, tmp_path
) -> None:
    PEOPLE["email"] = CANARIES["email"]
    checks = [contract_check(emailed_people, real_table="main.customers", docs_dir=str(tmp_path / "docs")),
              leakage_check(emailed_people, real_table="main.customers"),
              copied_records_check(emailed_people, real_table="main.customers")]
    result = materialize([emailed_people, *checks], resources=_resources(prod_url, policy_path, audit_url, secret, tmp_path),
                         raise_on_error=False)

    evaluations = {e.event_specific_data.check_name: e.event_specific_data for e in result.all_events
                   if e.event_type == DagsterEventType.ASSET_CHECK_EVALUATION}
    replay = evaluations["no_identifier_replay"]
    assert not replay.passed and replay.severity == AssetCheckSeverity.ERROR  # still blocks on its own
    assert replay.metadata["governance/replayed_values"].value == 1
    leakage = {e["column"]: e for e in evaluations["contract"].metadata["governance/expectations"].value
               if e["aspect"] == "leakage"}
    assert leakage["replayed_identifier_values"]["observed"] == 1 and not leakage["replayed_identifier_values"]["success"]
    # one read of the real identifiers' digests for both checks, and each check still has its own audit event
    assert len({e.payload["table"] for e in _replay_reads(audit_url)}) == 1
    assert len([e for e in _replay_reads(audit_url) if e.payload["table"] == "main.customers"]) == 1
    recorded = [e.payload["check"] for e in open_audit_store(audit_url).events() if e.kind == "check"]
    assert sorted(recorded) == ["contract", "copied_records", "identifier_replay"]


def test_when_the_asset_is_materialized_again_then_its_checks_compare_the_new_table(
    prod_url, policy_path, audit_url, secret, tmp_path
) -> None:
    resources = _resources(prod_url, policy_path, audit_url, secret, tmp_path)
    checks = [contract_check(emailed_people, real_table="main.customers", docs_dir=str(tmp_path / "docs")),
              leakage_check(emailed_people, real_table="main.customers")]
    PEOPLE["email"] = "fake.person@example.net"
    clean = materialize([emailed_people, *checks], resources=resources, raise_on_error=False)
    PEOPLE["email"] = CANARIES["email"]
    leaky = materialize([emailed_people, *checks], resources=resources, raise_on_error=False)

    assert clean.success and not leaky.success
    (evaluation,) = [e.event_specific_data for e in leaky.all_events if e.event_type ==
                     DagsterEventType.ASSET_CHECK_EVALUATION and e.event_specific_data.check_name == "no_identifier_replay"]
    assert evaluation.metadata["governance/replayed_values"].value == 1
