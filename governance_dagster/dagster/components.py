"""Dagster Components: governed resources and the leakage checks of a synthetic asset, declared in ``defs.yaml``.

Registered for ``dg`` through the ``dagster_dg_cli.registry_modules`` entry point (``dg list components`` shows
them; ``dg scaffold defs governance_dagster.dagster.components.GovernedDatabaseComponent my_db`` writes a
``defs.yaml`` to fill in). See docs/components.md.

Example:
    >>> from dagster.components import build_defs_for_component
    >>> component = GovernedDatabaseComponent(url="duckdb:///prod.duckdb", policy_path="/etc/policy.yaml",
    ...                                       io_managers={"io_manager": None})
    >>> sorted(build_defs_for_component(component).resources)
    ['io_manager', 'production']
    >>> checks = LeakageChecksComponent(asset="synthetic_customers", real_table="main.customers")
    >>> sorted(c.name for d in build_defs_for_component(checks).asset_checks for c in d.check_specs)
    ['no_copied_records', 'no_free_text_identifiers', 'no_identifier_replay', 'no_rare_combinations']
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from dagster import AssetKey, Definitions, EnvVar
from dagster.components import (
    Component,
    ComponentLoadContext,
    Model,
    Resolvable,
    Scaffolder,
    ScaffoldRequest,
    scaffold_with,
)
from pydantic import Field

from governance_dagster.dagster.checks import (
    closeness_check,
    copied_records_check,
    free_text_identifier_check,
    leakage_check,
    rare_combinations_check,
)
from governance_dagster.dagster.io_manager import GovernedIOManager
from governance_dagster.dagster.resources import GovernedDatabase

CheckName = Literal["identifier_replay", "copied_records", "free_text_identifiers", "rare_combinations", "closeness",
                    "contract"]
DEFAULT_CHECKS: list[CheckName] = ["identifier_replay", "copied_records", "free_text_identifiers", "rare_combinations"]


def _check_factories() -> dict[str, Callable[..., Any]]:
    from governance_dagster.dagster.quality import contract_check

    return {"identifier_replay": leakage_check, "copied_records": copied_records_check,
            "free_text_identifiers": free_text_identifier_check, "rare_combinations": rare_combinations_check,
            "closeness": closeness_check, "contract": contract_check}


def _beside(context: ComponentLoadContext | None, path: str) -> str:
    """A relative path is taken from the folder of the component's ``defs.yaml``."""
    if Path(path).is_absolute() or context is None:
        return path
    return str((Path(context.path) / path).resolve())


class _GovernedDatabaseScaffolder(Scaffolder):
    def scaffold(self, request: ScaffoldRequest) -> None:
        request.target_path.mkdir(parents=True, exist_ok=True)
        (request.target_path / "defs.yaml").write_text(textwrap.dedent(f"""\
            type: {request.type_name}

            attributes:
              resource_key: production          # the key assets ask for: def my_asset(production: GovernedDatabase)
              url: duckdb:///production.duckdb  # or postgresql://user@host:5432/db (extra [postgres])
              policy_path: policy.yaml          # relative to this folder
              secret_env_var: GOVERNANCE_SECRET # the key of keyed masking is read from this variable at run time
              # audit_url: duckdb:///audit.duckdb
              # io_managers:                    # GovernedIOManagers storing asset outputs in this database
              #   io_manager: null              # resource key: schema_name (null: the asset key's prefix)
            """))
        policy = request.target_path / "policy.yaml"
        if not policy.exists():
            policy.write_text("version: 1\n# masking, guardrails and approvals: see governance-dagster's docs/policy.md\n")


@scaffold_with(_GovernedDatabaseScaffolder)
class GovernedDatabaseComponent(Component, Resolvable, Model):
    """A governed database resource, and GovernedIOManagers over it, declared in YAML."""

    url: str = Field(description="'duckdb:///path.duckdb' or 'postgresql://user@host:5432/db'.")
    policy_path: str = Field(description="The policy file; a relative path is taken from this defs.yaml's folder.")
    resource_key: str = Field(default="production", description="Resource key of the governed database.")
    secret_env_var: str = Field(default="GOVERNANCE_SECRET",
                                description="Environment variable holding the key of keyed masking (never a literal).")
    audit_url: str | None = Field(default=None, description="Audit store URL; default: beside a DuckDB database.")
    openlineage: str | None = Field(default=None, description="OpenLineage '.jsonl' file or http(s) endpoint "
                                       "(the extra 'openlineage').")
    io_managers: dict[str, str | None] = Field(
        default_factory=dict,
        description="GovernedIOManagers over this database: resource key -> schema_name (null: the asset key's "
        "prefix, as dagster-duckdb).")

    def build_defs(self, context: ComponentLoadContext) -> Definitions:
        database = GovernedDatabase(
            url=self.url, policy_path=_beside(context, self.policy_path), secret=EnvVar(self.secret_env_var),
            audit_url=self.audit_url, openlineage=self.openlineage,
        )
        resources: dict[str, Any] = {self.resource_key: database}
        for key, schema_name in self.io_managers.items():
            resources[key] = GovernedIOManager(database=database, schema_name=schema_name)
        return Definitions(resources=resources)


class _LeakageChecksScaffolder(Scaffolder):
    def scaffold(self, request: ScaffoldRequest) -> None:
        request.target_path.mkdir(parents=True, exist_ok=True)
        (request.target_path / "defs.yaml").write_text(textwrap.dedent(f"""\
            type: {request.type_name}

            attributes:
              asset: synthetic_customers        # the synthetic asset's key ("prefix/name" for a key with a prefix)
              real_table: main.customers        # the real table it was trained on, in the real database
              checks: [{", ".join(DEFAULT_CHECKS)}]
              real_resource_key: production
              synthetic_resource_key: warehouse
            """))


@scaffold_with(_LeakageChecksScaffolder)
class LeakageChecksComponent(Component, Resolvable, Model):
    """The leakage checks of one synthetic asset (blocking by default), declared in YAML."""

    asset: str = Field(description="Key of the synthetic asset, as 'name' or 'prefix/name'.")
    real_table: str = Field(description="'schema.table' of the real source in the real database.")
    checks: list[CheckName] = Field(default_factory=lambda: list(DEFAULT_CHECKS),
                                    description="Which checks to run; 'contract' needs the extra [contract].")
    real_resource_key: str = Field(default="production", description="Resource key of the real GovernedDatabase.")
    synthetic_resource_key: str = Field(default="warehouse",
                                        description="Resource key of the GovernedDatabase the IO manager writes to.")
    schema_name: str | None = Field(default=None, description="Schema of the synthetic table; default: where the "
                                    "asset's latest materialization stored it.")
    blocking: bool = Field(default=True, description="A failed check stops downstream assets.")

    def build_defs(self, context: ComponentLoadContext) -> Definitions:
        factories = _check_factories()
        key = AssetKey.from_user_string(self.asset)
        return Definitions(asset_checks=[
            factories[name](key, real_table=self.real_table, real_resource_key=self.real_resource_key,
                            synthetic_resource_key=self.synthetic_resource_key, schema_name=self.schema_name,
                            **({} if name == "contract" else {"blocking": self.blocking}))
            for name in self.checks
        ])
