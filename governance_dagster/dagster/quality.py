"""The contract of a synthetic table as a Dagster asset check: great-expectations expectations derived from the
real table, the leakage results as expectations over their counts, and a link to the rendered Data Docs page.

A contract is about fidelity, not privacy: a failed contract warns (``AssetCheckSeverity.WARN``) unless the policy's
``contract.severity`` is ``error``; the leakage checks themselves stay blocking errors.

Example:
    >>> from dagster import asset
    >>> @asset
    ... def synthetic_customers(): ...
    >>> check = contract_check(synthetic_customers, real_table="main.customers")
"""

import os
from pathlib import Path
from typing import Any

from dagster import AssetChecksDefinition, AssetKey, AssetsDefinition, MetadataValue

from governance_dagster.dagster.checks import SharedReports, Verdict, governance_check
from governance_dagster.leakage.base import BY_NAME
from governance_dagster.quality.contract import ContractReport, check_contract, default_docs_dir
from governance_dagster.store.database import quote_table


def contract_metadata(report: ContractReport) -> dict[str, Any]:
    """Counts per expectation and a link to the Data Docs page; never a value of either table."""
    return {
        "governance/check": "contract",
        "governance/contract_success": MetadataValue.bool(report.success),
        "governance/expectations_evaluated": MetadataValue.int(report.evaluated),
        "governance/expectations_successful": MetadataValue.int(report.successful),
        "governance/expectations": MetadataValue.json(report.as_dict()["expectations"]),
        "governance/data_docs": MetadataValue.url(report.docs_index.resolve().as_uri()),
        "governance/data_docs_path": MetadataValue.path(str(report.docs_index)),
        "governance/contract_seconds": MetadataValue.float(round(report.seconds, 3)),
        "governance/summary": report.summary(),
    }


def contract_check(
    asset: AssetsDefinition | AssetKey | str,
    *,
    real_table: str,
    real_resource_key: str = "production",
    synthetic_resource_key: str = "warehouse",
    schema_name: str | None = None,
    docs_dir: str | None = None,
    leakage: bool = True,
    holdout_table: str | None = None,
    blocking: bool = False,
) -> AssetChecksDefinition:
    """An asset check: the synthetic table meets the contract derived from ``real_table``.

    Args:
        asset: the synthetic asset, stored by a :class:`GovernedIOManager` in ``schema_name``.
        real_table: ``schema.table`` of the real source in the ``real_resource_key`` database.
        real_resource_key: resource key of the :class:`GovernedDatabase` holding the real table.
        synthetic_resource_key: resource key of the :class:`GovernedDatabase` the IO manager writes to.
        schema_name: the schema of the synthetic table; default: where the asset's latest materialization
            by :class:`GovernedIOManager` stored it (``governance/table`` metadata).
        docs_dir: where the Data Docs site goes (``docs_dir/contract_<schema>_<table>/index.html``); default
            ``$DAGSTER_HOME/gx_data_docs``, else ``gx_data_docs`` beside the synthetic DuckDB file.
        leakage: add the identifier-replay count and copied-records share as expectations.
        holdout_table: the copied-records holdout, beside ``real_table``.
        blocking: skip downstream assets when the contract fails (off: a contract warns).
    """
    def evaluate(real: Any, synthetic: Any, table: str, shared: SharedReports) -> Verdict:
        # the reports the leakage checks of this materialization computed (or will take from here)
        replay = shared.report(BY_NAME["identifier_replay"], real, real_table, synthetic, table) if leakage else None
        copied = shared.report(BY_NAME["copied_records"], real, real_table, synthetic, table,
                               holdout_table=holdout_table) if leakage else None
        db, _, name = table.rpartition(".")
        # the synthetic rows stay in this process; only counts and shares leave it
        frame = synthetic.aggregate(f"SELECT * FROM {quote_table(db, name, synthetic.database.dialect)}")
        target = Path(docs_dir) if docs_dir else default_docs_dir(synthetic.database.url, environ=os.environ)
        report = check_contract(real, real_table, frame, suite_name=f"contract_{db}_{name}", docs_dir=target,
                                replay=replay, copied=copied)
        recorded = real.record("check", {"check": "contract", "passed": report.success, "synthetic_table": table,
                                         **report.as_dict()})
        return Verdict(report.success, real.policy.contract.severity,
                       {**contract_metadata(report), "governance/audit_event": MetadataValue.int(recorded.seq)},
                       report.summary())

    return governance_check(
        asset, name="contract", step="contract_check", evaluate=evaluate, real_resource_key=real_resource_key,
        synthetic_resource_key=synthetic_resource_key, schema_name=schema_name, blocking=blocking,
        description=f"The synthetic table meets the great-expectations contract derived from {real_table}.")
