"""Specification of the free-text and rare-combination asset checks in real Dagster runs: severity comes from the
policy (error blocks what is downstream, warn reports and lets it run), metadata carries per-column counts and
shares, never a value."""

from __future__ import annotations

import pandas as pd
import pytest
from dagster import AssetCheckSeverity, DagsterEventType, asset, materialize

from governance_dagster import (
    GovernedDatabase,
    GovernedIOManager,
    free_text_identifier_check,
    leakage_check,
    rare_combinations_check,
)
from tests.conftest import CANARIES, POLICY_YAML, contains_canary, customers_frame

#: Birth date of real customer 1 (see customers_frame): every real birth date is held by one customer only.
REAL_BIRTH_DATE = customers_frame().loc[0, "birth_date"].date().isoformat()


def _resources(prod_url: str, policy: str, audit_url: str, secret: str, tmp_path) -> dict:
    path = tmp_path / "checks-policy.yaml"
    path.write_text(POLICY_YAML + policy)
    production = GovernedDatabase(url=prod_url, policy_path=str(path), secret=secret, audit_url=audit_url)
    warehouse = GovernedDatabase(url=f"duckdb:///{tmp_path / 'warehouse.duckdb'}", policy_path=str(path),
                                 secret=secret, audit_url=audit_url)
    return {"production": production, "warehouse": warehouse,
            "io_manager": GovernedIOManager(database=warehouse, schema_name="governed")}


def _people(note: str | None = None, birth_date: str | None = None) -> pd.DataFrame:
    frame = pd.DataFrame({
        "customer_id": range(1, 31),
        "birth_date": pd.date_range("2001-01-01", periods=30, freq="11D"),
        "segment": ["consumer"] * 30,
        "support_notes": [f"Fake{i} Person{i} asked about order {i} and a refund" for i in range(30)],
    })
    if note:
        frame.loc[4, "support_notes"] = note
    if birth_date:
        frame.loc[6, "birth_date"] = pd.Timestamp(birth_date)
    return frame


LEAKY_NOTE = f"Refund approved for {CANARIES['full_name']}; call +1 415.867.5309"


@asset
def noted_people() -> pd.DataFrame:
    return _people(note=LEAKY_NOTE)


@asset
def clean_people() -> pd.DataFrame:
    return _people()


@asset
def rare_people() -> pd.DataFrame:
    return _people(birth_date=REAL_BIRTH_DATE)


@asset
def downstream(noted_people: pd.DataFrame) -> pd.DataFrame:
    return noted_people[["segment"]]


@asset
def downstream_of_rare(rare_people: pd.DataFrame) -> pd.DataFrame:
    return rare_people[["segment"]]


def _materialized(result) -> set[str]:
    return {e.asset_key.to_user_string() for e in result.all_events
            if e.event_type == DagsterEventType.ASSET_MATERIALIZATION}


def test_when_synthetic_free_text_holds_real_identifiers_then_the_check_blocks_downstream(
    prod_url, audit_url, secret, tmp_path
) -> None:
    check = free_text_identifier_check(noted_people, real_table="main.customers")
    result = materialize([noted_people, downstream, check], resources=_resources(prod_url, "", audit_url, secret, tmp_path),
                         raise_on_error=False)
    assert not result.success and "downstream" not in _materialized(result)
    (evaluation,) = result.get_asset_check_evaluations()
    assert not evaluation.passed and evaluation.severity == AssetCheckSeverity.ERROR
    metadata = evaluation.metadata
    assert metadata["governance/free_text_hits"].value == 1
    assert metadata["governance/free_text/support_notes"].value == {
        "cells": 1, "rows": 30, "share": 0.033333, "matched_real_columns": ["full_name", "phone"]}
    assert metadata["governance/severity"].value == "error"
    assert contains_canary(str(metadata) + str(evaluation.description)) == []


def test_when_synthetic_free_text_is_clean_then_both_new_checks_pass(prod_url, audit_url, secret, tmp_path) -> None:
    checks = [free_text_identifier_check(clean_people, real_table="main.customers"),
              rare_combinations_check(clean_people, real_table="main.customers")]
    result = materialize([clean_people, *checks], resources=_resources(prod_url, "", audit_url, secret, tmp_path))
    assert result.success
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert set(evaluations) == {"no_free_text_identifiers", "no_rare_combinations"}
    assert all(e.passed for e in evaluations.values())
    rare = evaluations["no_rare_combinations"].metadata
    assert rare["governance/quasi_identifiers"].value == ["birth_date"] and rare["governance/rare_rows"].value == 0


@pytest.mark.parametrize(
    ("policy", "severity", "runs_downstream"),
    [("", AssetCheckSeverity.WARN, True),
     ("leakage:\n  severity: {rare_combinations: error}\n", AssetCheckSeverity.ERROR, False)],
    ids=["warn-by-default", "error-by-policy"],
)
def test_when_a_synthetic_row_carries_a_unique_real_combination_then_the_policy_severity_decides(
    prod_url, audit_url, secret, tmp_path, policy, severity, runs_downstream
) -> None:
    check = rare_combinations_check(rare_people, real_table="main.customers")
    result = materialize([rare_people, downstream_of_rare, check],
                         resources=_resources(prod_url, policy, audit_url, secret, tmp_path), raise_on_error=False)
    (evaluation,) = result.get_asset_check_evaluations()
    assert not evaluation.passed and evaluation.severity == severity
    assert evaluation.metadata["governance/rare_rows"].value == 1
    assert evaluation.metadata["governance/rare_share"].value == pytest.approx(1 / 30, abs=1e-6)
    assert ("downstream_of_rare" in _materialized(result)) is runs_downstream
    assert result.success is runs_downstream
    assert REAL_BIRTH_DATE not in str(evaluation.metadata) + str(evaluation.description)


def test_when_the_policy_makes_identifier_replay_a_warning_then_a_replay_no_longer_blocks(
    prod_url, audit_url, secret, tmp_path
) -> None:
    @asset
    def replaying() -> pd.DataFrame:
        return pd.DataFrame({"full_name": ["Fake One", CANARIES["full_name"]]})

    @asset
    def after(replaying: pd.DataFrame) -> pd.DataFrame:
        return replaying.assign(n=1)[["n"]]

    policy = "leakage:\n  severity: {identifier_replay: warn}\n"
    result = materialize([replaying, after, leakage_check(replaying, real_table="main.customers")],
                         resources=_resources(prod_url, policy, audit_url, secret, tmp_path), raise_on_error=False)
    (evaluation,) = result.get_asset_check_evaluations()
    assert not evaluation.passed and evaluation.severity == AssetCheckSeverity.WARN
    assert result.success and "after" in _materialized(result)


def test_when_synthetic_names_copy_real_ones_beyond_chance_then_the_metadata_shows_both_shares_and_the_margin(
    prod_url, audit_url, secret, tmp_path
) -> None:
    real_names = list(customers_frame()["full_name"])

    @asset
    def named_people() -> pd.DataFrame:  # 10 of 30 rows carry a real name; the real table shares none by chance
        names = [f"Fake{i} Person{i}" for i in range(30)]
        names[:10] = real_names[:10]
        return pd.DataFrame({"full_name": names, "segment": ["consumer"] * 30})

    resources = _resources(prod_url, "", audit_url, secret, tmp_path)
    result = materialize([named_people, leakage_check(named_people, real_table="customers")], resources=resources,
                         raise_on_error=False)
    (evaluation,) = result.get_asset_check_evaluations()
    assert not evaluation.passed and evaluation.severity == AssetCheckSeverity.ERROR
    facts = evaluation.metadata["governance/weak_replayed/full_name"].value
    assert (facts["real_column"], facts["matched_rows"], facts["rows"], facts["chance_share"]) == (
        "full_name", 10, 30, 0.0)
    assert facts["holdout_share"] is None and facts["blocked"]
    compared = evaluation.metadata["governance/weak_identifiers"].value
    assert compared["margin"] == 0.02 and compared["real_columns"] == ["full_name", "street"]
    assert contains_canary(str(evaluation.metadata) + str(evaluation.description)) == []
    # a holdout holding the same names says that chance explains them
    result = materialize([named_people, leakage_check(named_people, real_table="customers", holdout_table="customers")],
                         resources=resources)
    (evaluation,) = result.get_asset_check_evaluations()
    facts = evaluation.metadata["governance/weak_replayed/full_name"].value
    assert evaluation.passed and facts["holdout_share"] == pytest.approx(1 / 3, abs=1e-6)
    assert evaluation.metadata["governance/weak_identifiers"].value["holdout_table"] == "main.customers"


def test_when_a_synthetic_phone_drops_the_real_country_code_then_the_check_blocks(
    prod_url, audit_url, secret, tmp_path
) -> None:
    @asset
    def dialled_people() -> pd.DataFrame:
        return pd.DataFrame({"full_name": ["Fake One", "Fake Two"], "phone": ["+1 (646) 555-0100", "+1 415 867 5309"]})

    result = materialize([dialled_people, leakage_check(dialled_people, real_table="main.customers")],
                         resources=_resources(prod_url, "", audit_url, secret, tmp_path), raise_on_error=False)
    (evaluation,) = result.get_asset_check_evaluations()
    assert not evaluation.passed
    assert evaluation.metadata["governance/replayed/phone"].value["replayed_rows"] == 1
    assert contains_canary(str(evaluation.metadata) + str(evaluation.description)) == []


@pytest.mark.parametrize(
    ("check", "options", "message"),
    [
        ("identifier_replays", {}, "no leakage check 'identifier_replays'"),
        ("rare_combinations", {"holdout_table": "main.holdout"}, "takes no holdout_table; it takes no options"),
        ("copied_records", {"sample_rows": 10}, "takes no sample_rows; it takes holdout_table"),
    ],
)
def test_when_a_check_is_built_with_an_unknown_name_or_option_then_the_factory_refuses_it(
        check: str, options: dict, message: str) -> None:
    from governance_dagster.dagster.checks import governed_leakage_check
    from governance_dagster.errors import ConfigurationError

    @asset
    def synthetic_people() -> pd.DataFrame:
        return pd.DataFrame()

    with pytest.raises(ConfigurationError, match=message):
        governed_leakage_check(synthetic_people, check, real_table="main.customers", **options)


@pytest.mark.parametrize("check", ["identifier_replay", "copied_records", "free_text_identifiers",
                                   "rare_combinations", "closeness"])
def test_when_each_leakage_check_is_built_by_the_one_factory_then_its_name_and_blocking_follow_the_options(
        check: str) -> None:
    from governance_dagster.dagster.checks import governed_leakage_check

    @asset
    def synthetic_people() -> pd.DataFrame:
        return pd.DataFrame()

    built = governed_leakage_check(synthetic_people, check, real_table="main.customers", blocking=False)
    (spec,) = built.check_specs
    assert spec.name == ("closeness" if check == "closeness" else f"no_{check}") and spec.blocking is False
