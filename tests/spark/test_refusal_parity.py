"""Refusal parity: every statement of the adversarial guardrail corpus (tests/governed/guardrails/corpus/adversarial.yaml)
that the governed path refuses on DuckDB and PostgreSQL is refused on Spark too, by the governed path itself (a
:class:`StatementRefused`, before Spark runs it), and afterwards the Spark catalog and its rows are unchanged."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from governance_dagster.errors import StatementRefused
from governance_dagster.policy.models import Policy
from governance_dagster.store.spark import SparkDatabase
from tests.conftest import SECRET, customers_frame
from tests.spark.conftest import governed

pytestmark = pytest.mark.spark

CORPUS = Path(__file__).parents[1] / "governed" / "guardrails" / "corpus" / "adversarial.yaml"
#: the corpus's protected schemas, and Spark's default schema
POLICY = Policy.model_validate({
    "version": 1, "protected_schemas": ["main", "public", "default"],
    "columns": [{"table": "*.customers", "column": "support_notes", "kind": "free_text"},
                {"table": "*.customers", "column": "income", "kind": "none"}],
    "approvals": {"allow_unverified": True},
})
SCHEMAS = ("default", "main", "public")


def _snapshot(database: SparkDatabase) -> dict[str, int]:
    """Rows of every table of the catalog, in one Spark job."""
    counts = " UNION ALL ".join(f"SELECT '{s}.{t}' AS name, count(*) AS n FROM `{s}`.`{t}`"
                                for s, tables in database.schema().items() for t in tables)
    return dict(database.fetch(counts).itertuples(index=False))


@pytest.fixture
def spark_prod(spark_url: str):
    database = SparkDatabase(spark_url)
    orders = pd.DataFrame({"order_id": range(1, 21), "customer_id": [1 + i % 10 for i in range(20)],
                           "amount": [10.0 + i for i in range(20)]})
    for schema in SCHEMAS:
        database.write_frame(schema, "customers", customers_frame(10))
        database.write_frame(schema, "orders", orders)
    yield database
    for schema in SCHEMAS:
        for table in ("customers", "orders"):
            database.execute(f"DROP TABLE IF EXISTS `{schema}`.`{table}`")
    for schema in ("main", "public"):
        database.execute(f"DROP DATABASE IF EXISTS `{schema}` CASCADE")


def test_when_the_adversarial_corpus_runs_on_spark_then_every_statement_is_refused_before_spark_runs_it(
        spark_prod: SparkDatabase, tmp_path: Path) -> None:
    cases = yaml.safe_load(CORPUS.read_text())
    assert len(cases) >= 300
    connection = governed(spark_prod, POLICY, tmp_path, SECRET)
    before = _snapshot(spark_prod)
    passed, wrong = [], []
    for case in cases:
        try:
            try:
                connection.query(case["sql"])
            except StatementRefused as exc:
                if exc.rule != "not-a-query":
                    raise
                connection.execute(case["sql"])
            passed.append(case["id"])
        except StatementRefused:
            continue
        except Exception as exc:  # noqa: BLE001 - Spark ran it (and failed): not refused by the governed path
            wrong.append((case["id"], type(exc).__name__))
    assert passed == [] and wrong == []
    assert _snapshot(spark_prod) == before
