"""Specification of GovernedIOManager's parity with dagster-duckdb's IO managers: the full asset key names the
table, time and static partitions replace only their rows (one audited transaction), pandas and polars frames,
and column lineage from the asset's inputs."""

from __future__ import annotations

import uuid

import duckdb
import pandas as pd
import polars as pl
import pytest
from dagster import (
    AssetKey,
    DagsterEventType,
    DailyPartitionsDefinition,
    StaticPartitionsDefinition,
    asset,
    materialize,
)

from governance_dagster import GovernedDatabase, GovernedIOManager
from governance_dagster.errors import ConfigurationError, StatementRefused
from governance_dagster.store.audit.store import open_audit_store


@pytest.fixture
def warehouse(policy_path, audit_url, secret, tmp_path) -> GovernedDatabase:
    return GovernedDatabase(url=f"duckdb:///{tmp_path / 'warehouse.duckdb'}", policy_path=str(policy_path),
                            secret=secret, audit_url=audit_url)


def _rows(warehouse: GovernedDatabase, sql: str) -> list[tuple]:
    con = duckdb.connect(warehouse.url.removeprefix("duckdb:///"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _materializations(result):
    return {e.asset_key.to_user_string(): e.event_specific_data.materialization.metadata
            for e in result.all_events if e.event_type == DagsterEventType.ASSET_MATERIALIZATION}


@asset(key_prefix="marketing", name="people")
def marketing_people() -> pd.DataFrame:
    return pd.DataFrame({"segment": ["consumer"]})


@asset(key_prefix="sales", name="people")
def sales_people() -> pd.DataFrame:
    return pd.DataFrame({"segment": ["enterprise", "enterprise"]})


@pytest.mark.parametrize(("schema_name", "expected"), [
    (None, {"marketing.people": 1, "sales.people": 2}),
])
def test_when_two_assets_share_a_last_key_part_then_each_has_its_own_table(warehouse, schema_name, expected) -> None:
    result = materialize([marketing_people, sales_people],
                         resources={"io_manager": GovernedIOManager(database=warehouse, schema_name=schema_name)})
    assert result.success
    for table, rows in expected.items():
        assert _rows(warehouse, f"SELECT count(*) FROM {table}") == [(rows,)]
    assert {k: m["governance/table"].value for k, m in _materializations(result).items()} == {
        "marketing/people": "marketing.people", "sales/people": "sales.people"}


REGIONS = StaticPartitionsDefinition(["eu", "us"])


@asset(partitions_def=REGIONS, metadata={"partition_expr": "region"})
def accounts(context) -> pd.DataFrame:
    region = context.partition_key
    n = {"eu": 2, "us": 3}[region]
    return pd.DataFrame({"region": [region] * n, "run": [context.run.run_id[:8]] * n})


def test_when_a_static_partition_is_rewritten_then_only_its_rows_are_replaced_in_one_audited_write(warehouse, audit_url) -> None:
    resources = {"io_manager": GovernedIOManager(database=warehouse)}
    assert materialize([accounts], partition_key="eu", resources=resources).success
    assert materialize([accounts], partition_key="us", resources=resources).success
    us_run = _rows(warehouse, "SELECT DISTINCT run FROM governed.accounts WHERE region = 'us'")
    assert materialize([accounts], partition_key="eu", resources=resources).success
    assert _rows(warehouse, "SELECT region, count(*) FROM governed.accounts GROUP BY 1 ORDER BY 1") == [("eu", 2), ("us", 3)]
    assert _rows(warehouse, "SELECT DISTINCT run FROM governed.accounts WHERE region = 'us'") == us_run
    writes = [e.payload for e in open_audit_store(audit_url).events() if e.kind == "write"]
    assert [w["partition"] for w in writes] == ["region in (eu)", "region in (us)", "region in (eu)"]


DAYS = DailyPartitionsDefinition(start_date="2026-12-01")


@asset(partitions_def=DAYS, metadata={"partition_expr": "day"})
def visits(context) -> pd.DataFrame:
    start = context.partition_time_window.start.replace(tzinfo=None)
    return pd.DataFrame({"day": [start + pd.Timedelta(hours=h) for h in (1, 5, 23)], "count": [1, 2, 3]})


@asset(partitions_def=DAYS, metadata={"partition_expr": "day"})
def visit_totals(visits: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"day": [visits["day"].min()], "count": [int(visits["count"].sum())]})


def test_when_a_time_partition_is_rewritten_then_other_days_stay_and_downstream_loads_its_day_only(warehouse) -> None:
    resources = {"io_manager": GovernedIOManager(database=warehouse)}
    for day in ("2026-12-01", "2026-12-02", "2026-12-01"):
        assert materialize([visits, visit_totals], partition_key=day, resources=resources).success
    assert _rows(warehouse, "SELECT CAST(day AS DATE)::VARCHAR, count(*) FROM governed.visits GROUP BY 1 ORDER BY 1") == [
        ("2026-12-01", 3), ("2026-12-02", 3)]
    assert _rows(warehouse, 'SELECT "count" FROM governed.visit_totals ORDER BY day') == [(6,), (6,)]


@asset(partitions_def=REGIONS)
def unmarked(context) -> pd.DataFrame:
    return pd.DataFrame({"region": [context.partition_key]})


@asset(partitions_def=REGIONS, metadata={"partition_expr": "region"})
def stray(context) -> pd.DataFrame:
    return pd.DataFrame({"region": ["eu", "us"]})


@pytest.mark.parametrize(("assets", "error", "message"), [
    ([unmarked], ConfigurationError, "partition_expr"),
    ([stray], StatementRefused, "1 of 2 rows are outside it"),
])
def test_when_a_partitioned_write_cannot_be_confined_then_it_is_refused(warehouse, assets, error, message) -> None:
    with pytest.raises(error, match=message):
        materialize(assets, partition_key="eu", resources={"io_manager": GovernedIOManager(database=warehouse)})


@asset
def polars_people() -> pl.DataFrame:
    return pl.DataFrame({"person_id": [1, 2, 3], "segment": ["consumer", None, "enterprise"]})


@asset
def polars_segments(polars_people: pl.DataFrame) -> pl.DataFrame:
    assert isinstance(polars_people, pl.DataFrame)
    return polars_people.group_by("segment").len().sort("segment", nulls_last=True)


def test_when_an_asset_returns_and_takes_polars_frames_then_they_are_stored_and_loaded_as_polars(warehouse) -> None:
    result = materialize([polars_people, polars_segments], resources={"io_manager": GovernedIOManager(database=warehouse)})
    assert result.success
    assert _rows(warehouse, "SELECT segment, len FROM governed.polars_segments ORDER BY segment NULLS LAST") == [
        ("consumer", 1), ("enterprise", 1), (None, 1)]


@asset
def people() -> pd.DataFrame:
    return pd.DataFrame({"person_id": [1, 2], "segment": ["a", "b"], "city": ["x", "y"]})


@asset
def people_by_segment(people: pd.DataFrame) -> pd.DataFrame:
    return people.groupby("segment").size().rename("members").reset_index()


def test_when_an_asset_is_stored_then_its_columns_named_like_its_inputs_columns_get_lineage(warehouse) -> None:
    result = materialize([people, people_by_segment], resources={"io_manager": GovernedIOManager(database=warehouse)})
    lineage = _materializations(result)["people_by_segment"]["dagster/column_lineage"].value.deps_by_column
    assert {c: [(d.asset_key, d.column_name) for d in deps] for c, deps in lineage.items()} == {
        "segment": [(AssetKey("people"), "segment")]}
    assert "dagster/column_lineage" not in _materializations(result)["people"]


def test_when_a_schema_is_given_in_asset_metadata_then_it_overrides_the_key_prefix(warehouse) -> None:
    schema = f"s_{uuid.uuid4().hex[:8]}"

    @asset(key_prefix="marketing", metadata={"schema": schema})
    def leads() -> pd.DataFrame:
        return pd.DataFrame({"n": [1]})

    assert materialize([leads], resources={"io_manager": GovernedIOManager(database=warehouse)}).success
    assert _rows(warehouse, f"SELECT n FROM {schema}.leads") == [(1,)]


@pytest.mark.postgres
def test_when_a_static_partition_is_rewritten_on_postgresql_then_only_its_rows_are_replaced(postgres_url, policy_path, audit_url, secret) -> None:
    import sqlalchemy

    schema = f"parity_{uuid.uuid4().hex[:10]}"

    @asset(partitions_def=REGIONS, metadata={"partition_expr": "region", "schema": schema})
    def pg_accounts(context) -> pd.DataFrame:
        return pd.DataFrame({"region": [context.partition_key] * {"eu": 2, "us": 3}[context.partition_key]})

    database = GovernedDatabase(url=postgres_url, policy_path=str(policy_path), secret=secret, audit_url=audit_url)
    engine = sqlalchemy.create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        for key in ("eu", "us", "eu"):
            assert materialize([pg_accounts], partition_key=key, resources={"io_manager": GovernedIOManager(database=database)}).success
        with engine.connect() as con:
            rows = con.exec_driver_sql(f"SELECT region, count(*) FROM {schema}.pg_accounts GROUP BY 1 ORDER BY 1").fetchall()
        assert [tuple(r) for r in rows] == [("eu", 2), ("us", 3)]
    finally:
        with engine.begin() as con:
            con.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        engine.dispose()
