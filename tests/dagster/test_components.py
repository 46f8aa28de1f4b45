"""Specification of the Dagster Components: governed resources and leakage checks declared in defs.yaml give the
same definitions as the Python API (the example project is offered both ways)."""

from __future__ import annotations

import importlib
import sys

import pandas as pd
import pytest
from dagster import AssetKey, EnvVar, asset, materialize
from dagster.components import build_defs_for_component

from governance_dagster import GovernedDatabase, GovernedIOManager
from governance_dagster.dagster.components import GovernedDatabaseComponent, LeakageChecksComponent
from tests.test_example_project import SECRET


def _check_keys(defs) -> list[str]:
    return sorted(k.to_user_string() for d in defs.asset_checks for k in d.check_keys)


@pytest.fixture
def example_defs(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVERNANCE_EXAMPLE_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("GOVERNANCE_SECRET", SECRET)
    for name in ("GOVERNANCE_PRODUCTION_URL", "GOVERNANCE_WAREHOUSE_URL", "GOVERNANCE_AUDIT_URL",
                 "GOVERNANCE_EXAMPLE_SOURCE_SCHEMA"):
        # set, then delete: monkeypatch records the variable either way, so the defaults that
        # component_definitions sets on import are removed again at teardown instead of leaking into later tests
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    for module in ("example_project.component_definitions", "example_project.definitions"):
        sys.modules.pop(module, None)
    python = importlib.import_module("example_project.definitions").defs
    yaml = importlib.import_module("example_project.component_definitions").defs
    yield python, yaml
    for module in ("example_project.component_definitions", "example_project.definitions"):
        sys.modules.pop(module, None)


def test_when_the_example_is_loaded_from_yaml_components_then_it_equals_the_python_definitions(example_defs) -> None:
    python, yaml = example_defs
    assert sorted(yaml.resources) == sorted(python.resources)
    assert _check_keys(yaml) == _check_keys(python)
    for key in ("production", "warehouse"):
        assert (yaml.resources[key].url, yaml.resources[key].policy_path, yaml.resources[key].audit_url) == (
            python.resources[key].url, python.resources[key].policy_path, python.resources[key].audit_url)
    for key in ("io_manager", "naive_io_manager"):
        assert yaml.resources[key].schema_name == python.resources[key].schema_name


@pytest.mark.parametrize(("checks", "expected"), [
    (None, ["no_copied_records", "no_free_text_identifiers", "no_identifier_replay", "no_rare_combinations"]),
    (["identifier_replay", "closeness"], ["closeness", "no_identifier_replay"]),
])
def test_when_leakage_checks_are_declared_then_those_checks_of_that_asset_are_built(checks, expected) -> None:
    component = LeakageChecksComponent(asset="synthetic/people", real_table="main.customers",
                                       **({"checks": checks} if checks else {}))
    specs = [s for d in build_defs_for_component(component).asset_checks for s in d.check_specs]
    assert sorted(s.name for s in specs) == expected
    assert {s.asset_key for s in specs} == {AssetKey(["synthetic", "people"])}


def test_when_an_unknown_check_is_declared_then_validation_names_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="identifier_replay"):
        LeakageChecksComponent(asset="a", real_table="main.t", checks=["replay"])


def test_when_a_governed_database_component_is_built_then_its_resource_reads_masked(prod_url, policy_path, audit_url, secret) -> None:
    component = GovernedDatabaseComponent(url=prod_url, policy_path=str(policy_path), audit_url=audit_url,
                                          io_managers={"io_manager": "governed"})
    resources = build_defs_for_component(component).resources
    assert isinstance(resources["production"], GovernedDatabase)
    assert resources["production"].secret == EnvVar("GOVERNANCE_SECRET")
    assert isinstance(resources["io_manager"], GovernedIOManager)

    @asset
    def masked(production: GovernedDatabase) -> pd.DataFrame:
        return production.connection(asset="masked").read_table("customers").frame[["email"]]

    result = materialize([masked], resources=resources)
    assert result.success
    assert not result.output_for_node("masked")["email"].str.contains("@example.com").any()
