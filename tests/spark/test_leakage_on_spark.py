"""Leakage checks inside Spark: identifier replay finds planted leaks (strong identifiers re-cased, padded or
moved to another column; a real name beyond chance) with the join running in Spark and only counts coming back;
keyed digests computed in Spark equal DuckDB's, so a real table in DuckDB and a synthetic one in Spark compare.
The other four checks (copied records, free-text identifiers, rare combinations, closeness) run inside Spark
too: each catches every planted leak, passes a clean table, and reports exactly what it reports on DuckDB for the
same rows, with both tables in Spark or the real one in DuckDB."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml

from governance_dagster.leakage.base import BY_NAME
from governance_dagster.leakage.closeness import closeness
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


PHONES = ["+1-291-417-7763", "(291) 417-7763", "1 291 417 7763", "+44 20 7946 0958", "tel:+1 415 867 5309",
          "415.867.5309 ext. 12", "011 44 20 7946 0958", "00 33 1 23 45 67 89", "TEL: 020 7946 0958",
          "+44 (0)20 7946 0958", "0049 30 901820", "030 901820"]


@pytest.mark.parametrize("national", [False, True])
@pytest.mark.parametrize("region", ["US", "GB", "DE"])
def test_when_phones_are_normalized_inside_spark_then_they_equal_duckdbs_sql(spark_url: str, region: str,
                                                                            national: bool) -> None:
    """Spark normalizes phones in its executors' Python (the registered pandas UDF), DuckDB in SQL: digests of one
    number made on either side only meet if both give the same form, NULL included."""
    import duckdb

    from governance_dagster.sql.dialect import literal
    from governance_dagster.sql.phones import phone_e164_sql

    def normalized(dialect: str) -> list[str | None]:
        rows = ", ".join(f"({'NULL' if p is None else literal(p, dialect)}, {i})" for i, p in enumerate([*PHONES, None]))
        sql = (f"SELECT {phone_e164_sql('v', dialect, region, national=national)} AS e "
               f"FROM (VALUES {rows}) AS t(v, i) ORDER BY i")
        if dialect == "spark":
            return [None if pd.isna(e) else e for e in SparkDatabase(spark_url).fetch(sql)["e"]]
        return [e for (e,) in duckdb.sql(sql).fetchall()]

    in_duckdb = normalized("duckdb")
    assert in_duckdb[-1] is None and all(in_duckdb[:-1])
    assert normalized("spark") == in_duckdb


# -- copied records, free-text identifiers, rare combinations, closeness ------------------------------------------


@dataclass(frozen=True)
class Case:
    """A check with a real table, a clean synthetic table, the same table with leaks planted, and what the report
    of the leaky table must say to have caught every one."""

    real: Callable[[], pd.DataFrame]
    clean: Callable[[], pd.DataFrame]
    leaky: Callable[[], pd.DataFrame]
    caught: Callable[[Any], bool]


def _customers() -> pd.DataFrame:
    return customers_frame(40)


def _copied_clean() -> pd.DataFrame:
    return pd.DataFrame({"customer_id": range(1000, 1040), "city": ["Springfield"] * 40,
                         "income": [12_345.5 + i for i in range(40)], "segment": ["smb"] * 40,
                         "birth_date": [pd.Timestamp("2001-01-01") + pd.Timedelta(days=3 * i) for i in range(40)]})


def _copied_leaky() -> pd.DataFrame:
    """Three real rows: copied with their key, under a new key, and re-cased with the income off by 0.001."""
    real = _customers()[["customer_id", "city", "income", "segment", "birth_date"]]
    return pd.concat([_copied_clean(), real.iloc[[3]], real.iloc[[5]].assign(customer_id=[2000]),
                      real.iloc[[8]].assign(customer_id=[2001], income=lambda f: f["income"] + 0.001,
                                            segment=lambda f: f["segment"].str.upper())], ignore_index=True)


def _notes_clean() -> pd.DataFrame:
    return pd.DataFrame({
        "customer_id": range(1, 41), "segment": ["consumer"] * 40,
        "support_notes": [f"Fake{i} Person{i} asked about order {i}; call (646) 555-{2000 + i:04d} or write to "
                          f"fake{i}@example.net" for i in range(40)],
    })


#: real identifiers written into synthetic notes, each in another formatting than the real table's
NOTES = [f"Please write to <{CANARIES['email'].upper()}>.", "Call +1 415.867.5309 before noon",
         "SSN 219 09 9999 verified", "Yesterday zebulon   QUIXOTEFEATHER's parcel arrived",
         f"Ship to {CANARIES['street']}, Springfield"]


def _notes_leaky() -> pd.DataFrame:
    frame = _notes_clean()
    for row, note in enumerate(NOTES, start=3):
        frame.loc[row, "support_notes"] = note
    return frame


def _quasi_real() -> pd.DataFrame:
    """Rows 0-9 hold a birth date / postal code / gender combination alone; rows 10-19 share theirs in pairs."""
    frame = pd.DataFrame([{
        "person_id": i + 1, "full_name": f"Person{i} Lastname{i}",
        "birth_date": pd.Timestamp("1971-03-01") + pd.Timedelta(days=i if i < 10 else 100 + i // 2),
        "postal_code": f"{31000 + i}" if i < 10 else f"{42000 + i // 2}", "gender": "F" if i < 10 else "M",
        "income": 1000.0 * i,
    } for i in range(20)])
    frame["birth_date"] = frame["birth_date"].dt.date
    frame.loc[9, "postal_code"] = "SW1A 1AA"
    return frame


def _quasi_clean() -> pd.DataFrame:
    return pd.DataFrame({
        "person_id": range(1, 41), "full_name": [f"Fake{i} Name{i}" for i in range(40)],
        "birth_date": [pd.Timestamp("2001-01-01") + pd.Timedelta(days=3 * i) for i in range(40)],
        "postal_code": [f"{90000 + i}" for i in range(40)], "gender": ["F", "M"] * 20,
        "income": [500.0 * i for i in range(40)],
    })


def _quasi_leaky() -> pd.DataFrame:
    """The combinations of real rows 0, 3 and 9 (a timestamp on the same day, the postal code re-spaced), and of
    row 10, which another real person shares (not rare)."""
    frame, real = _quasi_clean(), _quasi_real()
    for at, row, postal in [(4, 0, None), (5, 3, None), (6, 9, "sw1a1aa"), (7, 10, None)]:
        frame.loc[at, "birth_date"] = pd.Timestamp(real.loc[row, "birth_date"]) + pd.Timedelta(hours=13)
        frame.loc[at, "postal_code"] = postal or real.loc[row, "postal_code"]
        frame.loc[at, "gender"] = real.loc[row, "gender"]
    return frame


def _people_clean() -> pd.DataFrame:
    return pd.DataFrame({
        "customer_id": range(1000, 1040), "full_name": [f"Fake{i} Person{i}" for i in range(40)],
        "city": ["Springfield"] * 40,
        "birth_date": [pd.Timestamp("1980-03-01") + pd.Timedelta(days=97 * i + 40) for i in range(40)],
        "income": [40_375.0 + 750 * i for i in range(40)], "segment": ["consumer", "enterprise"] * 20,
    })


def _people_leaky() -> pd.DataFrame:
    """Two exact copies and two near copies (new keys and names, income off by 0.001, segment re-cased)."""
    real = _customers()[["customer_id", "full_name", "city", "birth_date", "income", "segment"]]
    near = real.iloc[[4, 9]].assign(customer_id=[7, 8], full_name=["New Name", "Other Name"],
                                    income=lambda f: f["income"] + 0.001,
                                    segment=lambda f: f["segment"].str.upper() + "  ")
    return pd.concat([_people_clean(), real.iloc[[2, 6]], near], ignore_index=True)


CASES = {
    "copied_records": Case(_customers, _copied_clean, _copied_leaky, lambda r: r.copied_rows == 3),
    "free_text_identifiers": Case(
        _customers, _notes_clean, _notes_leaky,
        lambda r: r.hits == len(NOTES) and r.columns[0].matched_real_columns == ["email", "full_name", "phone",
                                                                                  "ssn", "street"]),
    "rare_combinations": Case(_quasi_real, _quasi_clean, _quasi_leaky, lambda r: r.rare_rows == 3),
    "closeness": Case(_customers, _people_clean, _people_leaky, lambda r: r.zero_rows == 4),
}


def _report(report: Any) -> dict[str, Any]:
    """A report as compared across databases: without closeness's timings."""
    return {k: v for k, v in report.as_dict().items() if k != "seconds"}


@pytest.fixture
def places(spark_url: str, spark_schema: str, tmp_path: Path):
    """Governed connections to Spark and to DuckDB with the same policy and secret, and the check's tables' names."""
    policy = Policy.model_validate(yaml.safe_load(POLICY_YAML))
    in_spark = governed(SparkDatabase(spark_url), policy, tmp_path, SECRET)
    in_duckdb = replace(in_spark, database=DuckDBDatabase(str(tmp_path / "leak.duckdb")))
    return in_spark, in_duckdb, f"{spark_schema}.real", f"{spark_schema}.synthetic"


@pytest.mark.parametrize("check", sorted(CASES))
def test_when_leaks_are_planted_then_spark_catches_every_one_and_a_clean_table_passes(
        places, check: str, monkeypatch: pytest.MonkeyPatch) -> None:
    spark, _, real, synthetic = places
    case = CASES[check]
    spark.write_table(real, case.real())
    spark.write_table(synthetic, case.clean())
    clean = BY_NAME[check](spark, real, spark, synthetic)
    assert clean.passed, clean.summary()
    spark.write_table(synthetic, case.leaky())
    # the tables are classified already (same columns): what comes back to the driver now is the check's alone
    collected: list[pd.DataFrame] = []
    fetch = spark.database.fetch
    monkeypatch.setattr(spark.database, "fetch", lambda sql: collected.append(fetch(sql)) or collected[-1])
    leaky = BY_NAME[check](spark, real, spark, synthetic)
    assert not leaky.passed and case.caught(leaky), leaky.summary()
    assert contains_canary(str(leaky.as_dict()) + leaky.summary()) == []
    assert collected and contains_canary("\n".join(f.to_csv() for f in collected)) == []


@pytest.mark.parametrize("check", sorted(CASES))
def test_the_spark_report_equals_the_duckdb_report_on_the_same_rows(places, check: str) -> None:
    spark, duck, real, synthetic = places
    case = CASES[check]
    for connection in (spark, duck):
        connection.write_table(real, case.real())
        connection.write_table(synthetic, case.leaky())
    on_duckdb = _report(BY_NAME[check](duck, real, duck, synthetic))
    assert _report(BY_NAME[check](spark, real, spark, synthetic)) == on_duckdb
    # the real table in DuckDB, the synthetic one in Spark: each side computes its digests or codes
    assert _report(BY_NAME[check](duck, real, spark, synthetic)) == on_duckdb


def test_when_the_synthetic_table_is_larger_than_the_sample_then_spark_measures_closeness_on_a_sample(
        places) -> None:
    spark, _, real, synthetic = places
    spark.write_table(real, _customers())
    spark.write_table(synthetic, _people_leaky())
    report = closeness(spark, real, spark, synthetic, sample_rows=20)
    assert (report.synthetic_rows, report.sampled_rows, report.reference_rows) == (44, 20, 40)
