"""Governed Spark DataFrames: ``query_spark`` takes the decision path of ``query`` (guardrails, read rules, masking
rewrite, the read event stored before the DataFrame is returned) and returns a DataFrame over the masked SQL, whose
values equal the pandas path's byte for byte, free text scanned by the executors; a refused statement returns no
DataFrame and is audited; no raw canary reaches the driver; and GovernedIOManager writes a Spark DataFrame inside
Spark and loads one back for an input annotated with pyspark's DataFrame, masked."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml
from dagster import asset, materialize

from governance_dagster import GovernedDatabase, GovernedIOManager
from governance_dagster.errors import StatementRefused, UnsupportedDatabaseError
from governance_dagster.policy.models import ColumnRule, Policy
from governance_dagster.store.database import DuckDBDatabase
from governance_dagster.store.spark import SparkDatabase, _as_duckdb_types
from tests.conftest import POLICY_YAML, SECRET, contains_canary, customers_frame
from tests.spark.conftest import governed
from tests.spark.test_masking_parity import QUERIES, _cells, _people, _policy

try:  # the assets' annotations (strings, resolved by Dagster in this module's globals)
    from pyspark.sql import DataFrame
except ImportError:  # the tier is skipped, or failed in CI, by conftest's spark_url fixture
    DataFrame = None

pytestmark = pytest.mark.spark


def _collected(dataframe: object) -> pd.DataFrame:
    """A DataFrame collected as the pandas path returns rows (dates as ``datetime64[us]``)."""
    return _as_duckdb_types(dataframe.toPandas())  # type: ignore[attr-defined]


@pytest.fixture
def people(tmp_path: Path, spark_url: str, spark_schema: str):
    """A governed connection to Spark holding a table with a column of every kind (free text included)."""
    orders = pd.DataFrame({"order_id": range(80), "customer_id": [i % 40 for i in range(80)],
                           "amount": [10.0 + 2.5 * i for i in range(80)]})
    spark = SparkDatabase(spark_url)
    spark.write_frame(spark_schema, "people", _people())
    spark.write_frame(spark_schema, "orders", orders)
    return governed(spark, _policy(), tmp_path, SECRET)


@pytest.fixture
def customers(tmp_path: Path, spark_url: str, spark_schema: str):
    """A governed connection to Spark holding the customers whose first row is the canaries."""
    spark = SparkDatabase(spark_url)
    spark.write_frame(spark_schema, "customers", customers_frame(40))
    return governed(spark, Policy.model_validate(yaml.safe_load(POLICY_YAML)), tmp_path, SECRET)


def test_when_a_query_stays_in_spark_then_its_masked_values_equal_the_pandas_path_byte_for_byte(
        people, spark_schema: str) -> None:
    # computed masked columns, a join with a group, free text; and below, the whole table
    for template in (QUERIES[1], QUERIES[2], QUERIES[4]):
        sql = template.format(s=spark_schema)
        pandas_path, spark_path = people.query(sql), people.query_spark(sql)
        assert _cells(_collected(spark_path.dataframe)) == _cells(pandas_path.frame), sql
        assert (spark_path.masked, spark_path.lineage) == (pandas_path.masked, pandas_path.lineage), sql
    whole = people.read_table_spark(f"{spark_schema}.people")
    assert _cells(_collected(whole.dataframe)) == _cells(people.read_table(f"{spark_schema}.people").frame)
    assert whole.event.payload["free_text_scanned"] == ["support_notes"]


def test_when_a_spark_dataframe_is_returned_then_its_read_event_is_already_stored(people, spark_schema: str) -> None:
    result = people.query_spark(f"SELECT full_name, email, segment FROM {spark_schema}.people")
    last = people.audit.tail(1)[0]
    assert last == result.event and last.kind == "read"
    assert last.payload["result"] == "spark_dataframe" and last.payload["rows"] is None
    assert last.payload["masked"] == {"full_name": [f"{spark_schema}.people.full_name:surrogate"],
                                      "email": [f"{spark_schema}.people.email:hash"]}


@pytest.mark.parametrize(("sql", "rule"), [
    ("SELECT customer_id FROM {s}.people WHERE email = 'a@example.com'", "sensitive-predicate"),
    ("DROP TABLE {s}.people", "not-a-query"),
    ("SELECT * FROM parquet.`/tmp/people`", "no-external-access"),
    ("SELECT reflect('java.lang.System', 'getenv', 'HOME') AS h", "no-external-access"),
])
def test_when_a_statement_is_refused_then_no_dataframe_is_returned_and_the_refusal_is_audited(
        people, spark_schema: str, sql: str, rule: str) -> None:
    before = people.audit.tail(1)
    with pytest.raises(StatementRefused) as refused:
        people.query_spark(sql.format(s=spark_schema))
    assert refused.value.rule == rule
    last = people.audit.tail(1)[0]
    assert last.kind == "statement.refused" and last.payload["rule"] == rule and [last] != before
    assert SparkDatabase(people.database.url).fetch(f"SELECT count(*) AS n FROM {spark_schema}.people")["n"][0] == 40


def test_when_a_column_is_masked_in_memory_then_a_spark_dataframe_of_it_is_refused(
        people, spark_schema: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVERNANCE_ENCRYPTION_KEY", "k" * 32)
    rule = ColumnRule(table="*.people", column="email", kind="email", operator="encrypt")
    people.policy = people.policy.model_copy(update={"columns": [rule, *people.policy.columns]})
    with pytest.raises(StatementRefused, match="in-database operator") as refused:
        people.read_table_spark(f"{spark_schema}.people")
    assert refused.value.rule == "in-memory-mask-in-spark"
    assert people.audit.tail(1)[0].payload["rule"] == "in-memory-mask-in-spark"


def test_when_a_raw_canary_is_planted_then_it_never_reaches_the_driver(customers, spark_schema: str) -> None:
    result = customers.read_table_spark(f"{spark_schema}.customers")
    rows = result.dataframe.collect()
    shown = "\n".join(repr(row.asDict()) for row in rows)
    assert len(rows) == 40 and contains_canary(shown) == []
    computed = customers.query_spark(
        f"SELECT upper(full_name) AS n, lower(email) AS e, support_notes FROM {spark_schema}.customers")
    assert contains_canary(repr(computed.dataframe.collect())) == []
    assert contains_canary(str(result.event.payload) + str(computed.event.payload)) == []


def test_when_the_database_is_not_spark_then_a_spark_dataframe_is_refused_with_the_fix(tmp_path: Path) -> None:
    duck = governed(DuckDBDatabase(str(tmp_path / "prod.duckdb")), Policy(), tmp_path, SECRET)
    duck.write_table("sales.t", pd.DataFrame({"x": [1]}))
    for call in (lambda: duck.query_spark("SELECT x FROM sales.t"), lambda: duck.read_table_spark("sales.t"),
                 lambda: duck.write_table_spark("sales.u", object())):
        with pytest.raises(UnsupportedDatabaseError, match=r"needs a Spark database .*use (query|read_table|write_table)\(\)"):
            call()


# -- GovernedIOManager: a Spark-to-Spark asset -------------------------------------------------------------------

def _spark_assets(schema: str, loaded: list[str]) -> list:
    """An asset reading production masked as a Spark DataFrame, and one whose input is annotated with pyspark's
    DataFrame (so GovernedIOManager loads a Spark DataFrame for it) and returns one."""
    @asset
    def masked_customers(context, production: GovernedDatabase) -> DataFrame:
        connection = production.connection(asset=context.asset_key.to_user_string())
        return connection.read_table_spark(f"{schema}.customers").dataframe

    @asset
    def segments(masked_customers: DataFrame) -> DataFrame:
        loaded.append(type(masked_customers).__module__)
        return masked_customers.groupBy("segment").count()

    return [masked_customers, segments]


def test_when_an_asset_returns_a_spark_dataframe_then_the_io_manager_writes_it_in_spark_and_loads_it_masked(
        policy_path, audit_url, secret, spark_url: str, spark_schema: str) -> None:
    SparkDatabase(spark_url).write_frame(spark_schema, "customers", customers_frame(40))
    warehouse = GovernedDatabase(url=spark_url, policy_path=str(policy_path), secret=secret, audit_url=audit_url)
    loaded: list[str] = []
    result = materialize(_spark_assets(spark_schema, loaded), resources={
        "production": warehouse, "io_manager": GovernedIOManager(database=warehouse, schema_name=spark_schema)})
    assert result.success and loaded and loaded[0].startswith("pyspark.sql")
    spark = SparkDatabase(spark_url)
    stored = spark.fetch(f"SELECT * FROM `{spark_schema}`.`masked_customers` ORDER BY customer_id")
    assert len(stored) == 40 and contains_canary(stored.astype(str).to_csv()) == []
    pandas_path = warehouse.connection().read_table(f"{spark_schema}.customers").frame.sort_values("customer_id")
    assert _cells(stored) == _cells(pandas_path.reset_index(drop=True))
    counts = spark.fetch(f"SELECT * FROM `{spark_schema}`.`segments` ORDER BY segment")
    assert counts["count"].tolist() == [20, 20]
    writes = [e for e in warehouse.connection().audit.tail(20) if e.kind == "write"]
    assert {e.payload["table"] for e in writes} == {f"{spark_schema}.masked_customers", f"{spark_schema}.segments"}
    assert all(e.payload["result"] == "spark_dataframe" for e in writes)
    materialization = result.asset_materializations_for_node("masked_customers")[0]
    assert materialization.metadata["dagster/row_count"].value == 40
