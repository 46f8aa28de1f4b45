"""The example code location: ``dagster dev -m example_project.definitions``.

A "production" database (an embedded DuckDB file by default) holds customers and orders. The governed job reads them through the masking path, trains
synthesizers on the masked rows and checks the synthetic tables for leaked identifiers. The naive job does what
teams do without governance (raw reads, SDV's own metadata detection) and its leakage check fails.

Set GOVERNANCE_PRODUCTION_URL, GOVERNANCE_WAREHOUSE_URL and GOVERNANCE_AUDIT_URL to run it on other databases,
e.g. ``postgresql://postgres@127.0.0.1:5432/mydb``: nothing else changes. The production tables are read from the
database's default schema (``main`` in DuckDB, ``public`` in PostgreSQL).
Set GOVERNANCE_EXAMPLE_OPENLINEAGE to a .jsonl path (or an http(s) endpoint) to receive OpenLineage run events.
"""


import os
from pathlib import Path

import numpy as np
import pandas as pd
from dagster import (
    AssetExecutionContext,
    AssetKey,
    AssetSelection,
    AssetSpec,
    Definitions,
    EnvVar,
    Output,
    ScheduleDefinition,
    asset,
    define_asset_job,
)

from example_project.raw import read_table as raw_read_table
from governance_dagster import (
    GovernedDatabase,
    GovernedIOManager,
    GovernedSynthesizer,
    contract_check,
    copied_records_check,
    free_text_identifier_check,
    leakage_check,
    rare_combinations_check,
)
from governance_dagster.dagster.audit import audit_chain_intact_check, audit_trail_asset, leakage_alert_sensor
from governance_dagster.dagster.metadata import read_metadata
from governance_dagster.store.database import open_database

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("GOVERNANCE_EXAMPLE_DATA", HERE / "data"))
PRODUCTION_URL = os.environ.get("GOVERNANCE_PRODUCTION_URL", f"duckdb:///{DATA / 'production.duckdb'}")
WAREHOUSE_URL = os.environ.get("GOVERNANCE_WAREHOUSE_URL", f"duckdb:///{DATA / 'warehouse.duckdb'}")
AUDIT_URL = os.environ.get("GOVERNANCE_AUDIT_URL", f"duckdb:///{DATA / 'audit.duckdb'}")
POLICY = str(HERE / "policy.yaml")
SYNTHETIC_ROWS = int(os.environ.get("GOVERNANCE_EXAMPLE_SYNTHETIC_ROWS", "10000"))
#: Where the production tables live: the production database's default schema.
SOURCE_SCHEMA = open_database(PRODUCTION_URL).default_schema
CUSTOMERS = f"{SOURCE_SCHEMA}.customers"
ORDERS = f"{SOURCE_SCHEMA}.orders"

PRODUCTION_TABLES = {
    CUSTOMERS: AssetKey(["production", "customers"]),
    ORDERS: AssetKey(["production", "orders"]),
}
production_assets = [
    AssetSpec(key, description=f"Production table {table} (read only through the governed path).", group_name="production")
    for table, key in PRODUCTION_TABLES.items()
]


def _read(context: AssetExecutionContext, production: GovernedDatabase, table: str) -> Output[pd.DataFrame]:
    connection = production.connection(asset=context.asset_key.to_user_string())
    result = connection.read_table(table)
    return Output(result.frame, metadata=read_metadata(result, connection, asset_for_table=PRODUCTION_TABLES))


@asset(group_name="governed", deps=[PRODUCTION_TABLES[CUSTOMERS]])
def masked_customers(context: AssetExecutionContext, production: GovernedDatabase) -> Output[pd.DataFrame]:
    """Customers read through the masking path: identifiers hashed, masked or redacted inside the database."""
    return _read(context, production, CUSTOMERS)


@asset(group_name="governed", deps=[PRODUCTION_TABLES[ORDERS]])
def masked_orders(context: AssetExecutionContext, production: GovernedDatabase) -> Output[pd.DataFrame]:
    """Orders read through the masking path."""
    return _read(context, production, ORDERS)


@asset(group_name="governed")
def synthetic_customers(
    context: AssetExecutionContext, masked_customers: pd.DataFrame, production: GovernedDatabase,
    synthesizer: GovernedSynthesizer,
) -> Output[pd.DataFrame]:
    """Synthetic customers: a GaussianCopula trained on masked rows; personal data generated, never learned."""
    return synthesizer.generate(masked_customers, source=production, source_table=CUSTOMERS,
                                asset=context.asset_key.to_user_string())


@asset(group_name="governed")
def synthetic_orders(
    context: AssetExecutionContext, masked_orders: pd.DataFrame, synthetic_customers: pd.DataFrame,
    production: GovernedDatabase, synthesizer: GovernedSynthesizer,
) -> Output[pd.DataFrame]:
    """Synthetic orders, each assigned to a synthetic customer."""
    output = synthesizer.generate(masked_orders.drop(columns=["customer_id"]), source=production,
                                  source_table=ORDERS, asset=context.asset_key.to_user_string())
    frame = output.value
    rng = np.random.default_rng(synthesizer.seed)
    frame.insert(1, "customer_id", rng.choice(synthetic_customers["customer_id"].to_numpy(), len(frame)))
    return Output(frame, metadata={k: v for k, v in output.metadata.items() if k != "dagster/column_schema"})


@asset(group_name="naive", io_manager_key="naive_io_manager", deps=[PRODUCTION_TABLES[CUSTOMERS]])
def naive_synthetic_customers(context: AssetExecutionContext, naive_synthesizer: GovernedSynthesizer) -> Output[pd.DataFrame]:
    """What teams do without governance: raw production rows, through a plain connection, straight into SDV with
    its own metadata detection."""
    raw = raw_read_table(PRODUCTION_URL, "customers")
    from governance_dagster.synthesis import synthesize

    result = synthesize(raw, {}, num_rows=SYNTHETIC_ROWS, seed=naive_synthesizer.seed, naive=True,
                        progress=context.log.info)
    return Output(result.frame, metadata={"governance/synthesizer": "gaussian_copula (naive metadata)"})


@asset(group_name="naive", io_manager_key="naive_io_manager")
def naive_customer_segments(naive_synthetic_customers: pd.DataFrame) -> pd.DataFrame:
    """Downstream of the naive synthetic table: never runs, because the leakage check blocks it."""
    return naive_synthetic_customers.groupby("segment").size().rename("customers").reset_index()


#: Optional OpenLineage sink (a .jsonl file or an http(s) endpoint) for every governed read and write.
OPENLINEAGE = os.environ.get("GOVERNANCE_EXAMPLE_OPENLINEAGE") or None
production = GovernedDatabase(url=PRODUCTION_URL, policy_path=POLICY, secret=EnvVar("GOVERNANCE_SECRET"), audit_url=AUDIT_URL,
                              openlineage=OPENLINEAGE)
warehouse = GovernedDatabase(url=WAREHOUSE_URL, policy_path=POLICY, secret=EnvVar("GOVERNANCE_SECRET"), audit_url=AUDIT_URL,
                             openlineage=OPENLINEAGE)

governed_job = define_asset_job("governed_job", selection=AssetSelection.groups("governed"))
naive_job = define_asset_job("naive_job", selection=AssetSelection.groups("naive"))

#: The audit trail in the UI: its state as an asset, verified by the audit_chain_intact check every hour.
audit_trail = audit_trail_asset(resource_key="production")
audit_job = define_asset_job("audit_job", selection=AssetSelection.assets(audit_trail))
audit_schedule = ScheduleDefinition(name="audit_chain_hourly", job=audit_job, cron_schedule="0 * * * *")
#: A failed leakage check (a failed run) becomes a check_alert audit event and an error in the sensor's log.
leakage_alert = leakage_alert_sensor(resource_key="production", monitored_jobs=[governed_job, naive_job])

defs = Definitions(
    assets=[*production_assets, masked_customers, masked_orders, synthetic_customers, synthetic_orders,
            naive_synthetic_customers, naive_customer_segments, audit_trail],
    asset_checks=[
        leakage_check(synthetic_customers, real_table=CUSTOMERS),
        leakage_check(synthetic_orders, real_table=ORDERS),
        copied_records_check(synthetic_customers, real_table=CUSTOMERS),
        copied_records_check(synthetic_orders, real_table=ORDERS),
        contract_check(synthetic_customers, real_table=CUSTOMERS),
        contract_check(synthetic_orders, real_table=ORDERS),
        free_text_identifier_check(synthetic_customers, real_table=CUSTOMERS),
        rare_combinations_check(synthetic_customers, real_table=CUSTOMERS),
        leakage_check(naive_synthetic_customers, real_table=CUSTOMERS),
        free_text_identifier_check(naive_synthetic_customers, real_table=CUSTOMERS),
        rare_combinations_check(naive_synthetic_customers, real_table=CUSTOMERS),
        audit_chain_intact_check(resource_key="production"),
    ],
    jobs=[governed_job, naive_job, audit_job],
    schedules=[audit_schedule],
    sensors=[leakage_alert],
    resources={
        "production": production,
        "warehouse": warehouse,
        "io_manager": GovernedIOManager(database=warehouse, schema_name="governed"),
        "naive_io_manager": GovernedIOManager(database=warehouse, schema_name="naive"),
        "synthesizer": GovernedSynthesizer(num_rows=SYNTHETIC_ROWS, seed=7),
        "naive_synthesizer": GovernedSynthesizer(num_rows=SYNTHETIC_ROWS, seed=7, naive=True),
    },
)
