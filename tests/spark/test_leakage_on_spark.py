"""Leakage checks inside Spark: identifier replay finds planted leaks (strong identifiers re-cased, padded or
moved to another column; a real name beyond chance) with the join running in Spark and only counts coming back;
keyed digests computed in Spark equal DuckDB's, so a real table in DuckDB and a synthetic one in Spark compare."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
import yaml

from governance_dagster.errors import LeakageError
from governance_dagster.leakage.identifiers import identifier_replay
from governance_dagster.policy.models import Policy
from governance_dagster.sql.digests import digest_value
from governance_dagster.store.database import DuckDBDatabase
from governance_dagster.store.spark import SparkDatabase
from tests.conftest import CANARIES, POLICY_YAML, SECRET, contains_canary, customers_frame
from tests.leakage.test_identifiers import _synthetic
from tests.spark.conftest import governed

pytestmark = pytest.mark.spark


def _real() -> pd.DataFrame:
    """Forty customers; the first holds the canaries."""
    return customers_frame(40)


@pytest.fixture
def spark(spark_url: str, spark_schema: str, tmp_path: Path):
    policy = Policy.model_validate(yaml.safe_load(POLICY_YAML))
    connection = governed(SparkDatabase(spark_url), policy, tmp_path, SECRET)
    connection.write_table(f"{spark_schema}.customers", _real())
    return connection


#: (column, row, planted value, the real column it replays): re-cased, padded, moved to another column, re-formatted
PLANTED = [
    ("email", 5, CANARIES["email"].upper(), "email"),
    ("full_name", 6, f"  {CANARIES['email']} ", "email"),
    ("segment", 7, CANARIES["ssn"].replace("-", ""), "ssn"),
    ("phone", 8, "+1 415 867 5309", "phone"),
    ("email", 9, "tel:415.867.5309 ext. 12", "phone"),
]


def test_when_real_identifiers_are_planted_then_spark_counts_every_one(spark, spark_schema: str) -> None:
    synthetic = _synthetic()
    for column, row, value, _ in PLANTED:
        synthetic.loc[row, column] = value
    spark.write_table(f"{spark_schema}.synthetic", synthetic)
    report = identifier_replay(spark, f"{spark_schema}.customers", spark, f"{spark_schema}.synthetic")
    assert not report.passed
    leaking = {c.column: c for c in report.columns}
    for column, _, _, matched in PLANTED:
        assert leaking[column].replayed_rows == 1 and matched in leaking[column].matched_real_columns, column
    assert contains_canary(str(report.as_dict()) + report.summary()) == []


def test_when_a_real_name_is_planted_beyond_chance_then_spark_blocks_it_and_a_clean_table_passes(
        spark, spark_schema: str) -> None:
    # without phones: their normalization is slow to plan in Spark, and this test is about names
    spark.write_table(f"{spark_schema}.people", _real().drop(columns=["phone"]))
    spark.write_table(f"{spark_schema}.synthetic", _synthetic().drop(columns=["phone"]))
    clean = identifier_replay(spark, f"{spark_schema}.people", spark, f"{spark_schema}.synthetic")
    assert clean.passed and clean.replayed_values == 0
    synthetic = _synthetic().drop(columns=["phone"])
    synthetic.loc[5, "segment"] = CANARIES["full_name"].lower()
    spark.write_table(f"{spark_schema}.synthetic", synthetic)
    report = identifier_replay(spark, f"{spark_schema}.people", spark, f"{spark_schema}.synthetic")
    (weak,) = report.weak
    assert (weak.column, weak.real_column, weak.matched_rows, weak.blocked) == ("segment", "full_name", 1, True)


def test_when_the_real_table_is_in_duckdb_and_the_synthetic_in_spark_then_their_digests_meet(
        spark, spark_schema: str, tmp_path: Path) -> None:
    duck = replace(spark, database=DuckDBDatabase(str(tmp_path / "real.duckdb")))
    duck.write_table(f"{spark_schema}.customers", _real())
    synthetic = _synthetic()
    synthetic.loc[1, "email"] = CANARIES["email"].upper()
    synthetic.loc[3, "phone"] = "415 867 5309"
    synthetic.loc[2, "segment"] = "Zoe\u0308 " + CANARIES["street"]  # decomposed, NFC-composed before hashing
    spark.write_table(f"{spark_schema}.synthetic", synthetic)
    report = identifier_replay(duck, f"{spark_schema}.customers", spark, f"{spark_schema}.synthetic")
    leaking = {c.column: c for c in report.columns}
    assert leaking["email"].replayed_rows == 1 and leaking["phone"].replayed_rows == 1 and not report.passed
    digests = spark.digests(f"{spark_schema}.synthetic", {"segment": "text"}, reason="test")["segment"]
    assert digest_value("Zoe\u0308 " + CANARIES["street"], "text", SECRET) in set(digests["digest"])


@pytest.mark.parametrize("check", ["copied_records", "free_text_identifiers", "rare_combinations", "closeness"])
def test_when_a_check_not_written_for_spark_is_run_there_then_it_refuses_with_the_fix(spark, spark_schema: str,
                                                                                     check: str) -> None:
    from governance_dagster.leakage.base import BY_NAME

    with pytest.raises(LeakageError, match="does not run on Spark yet"):
        BY_NAME[check](spark, f"{spark_schema}.customers", spark, f"{spark_schema}.customers")


PHONES = ["+1-291-417-7763", "(291) 417-7763", "1 291 417 7763", "+44 20 7946 0958", "tel:+1 415 867 5309",
          "415.867.5309 ext. 12", "011 44 20 7946 0958", "00 33 1 23 45 67 89", "TEL: 020 7946 0958",
          "+44 (0)20 7946 0958", "0049 30 901820", "030 901820"]


@pytest.mark.parametrize("region", ["US", "GB", "DE"])
def test_when_phones_are_normalized_inside_spark_then_they_equal_the_python_reference(spark_url: str,
                                                                                     region: str) -> None:
    from governance_dagster.sql.dialect import literal
    from governance_dagster.sql.phones import phone_e164, phone_e164_sql

    rows = ", ".join(f"({literal(p, 'spark')})" for p in PHONES)
    sql = f"SELECT {phone_e164_sql('`v`', 'spark', region)} AS e FROM VALUES {rows} AS t(v)"
    assert list(SparkDatabase(spark_url).fetch(sql)["e"]) == [phone_e164(p, region) for p in PHONES]
