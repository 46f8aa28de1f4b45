"""Dagster with a Spark warehouse: an asset reads production masked, GovernedIOManager stores it in Spark through
a GovernedDatabase(url="spark://..."), and the next asset loads it back; no real value lands in Spark."""

from __future__ import annotations

import pandas as pd
import pytest
from dagster import asset, materialize

from governance_dagster import GovernedDatabase, GovernedIOManager
from governance_dagster.store.spark import SparkDatabase
from tests.conftest import contains_canary

pytestmark = pytest.mark.spark


@asset
def masked(context, production: GovernedDatabase) -> pd.DataFrame:
    return production.connection(asset=context.asset_key.to_user_string()).read_table("customers").frame


@asset
def segments(masked: pd.DataFrame) -> pd.DataFrame:
    return masked.groupby("segment", as_index=False).size()


def test_when_a_spark_warehouse_stores_assets_then_they_are_masked_and_load_back(
        prod_url, policy_path, audit_url, secret, spark_url: str, spark_schema: str) -> None:
    production = GovernedDatabase(url=prod_url, policy_path=str(policy_path), secret=secret, audit_url=audit_url)
    warehouse = GovernedDatabase(url=spark_url, policy_path=str(policy_path), secret=secret, audit_url=audit_url)
    result = materialize([masked, segments], resources={
        "production": production, "io_manager": GovernedIOManager(database=warehouse, schema_name=spark_schema)})
    assert result.success
    stored = SparkDatabase(spark_url).fetch(f"SELECT * FROM `{spark_schema}`.`masked`")
    assert len(stored) == 60 and contains_canary(stored.astype(str).to_csv()) == []
    counts = SparkDatabase(spark_url).fetch(f"SELECT * FROM `{spark_schema}`.`segments` ORDER BY segment")
    assert counts["size"].tolist() == [30, 30]
