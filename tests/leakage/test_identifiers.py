"""Specification of identifier replay: planted leaks of every shape are counted, clean tables pass."""

from __future__ import annotations

import pandas as pd
import pytest

from governance_dagster.leakage.identifiers import identifier_replay
from tests.conftest import CANARIES, contains_canary


def _synthetic(n: int = 40) -> pd.DataFrame:
    return pd.DataFrame({
        "full_name": [f"Fake{i} Person{i}" for i in range(n)],
        "email": [f"fake{i}@example.net" for i in range(n)],
        "phone": [f"(646) 555-{2000 + i:04d}" for i in range(n)],
        "segment": ["consumer"] * n,
    })


@pytest.mark.parametrize(
    ("column", "value", "matched"),
    [
        ("email", CANARIES["email"], "email"),
        ("email", CANARIES["email"].upper(), "email"),
        ("email", f"  {CANARIES['email']} ", "email"),
        ("phone", "415.867.5309", "phone"),
        ("phone", "+1 (415) 867 5309".replace("+1 ", ""), "phone"),
        ("phone", "+1 415 867 5309", "phone"),
        ("segment", CANARIES["ssn"].replace("-", ""), "ssn"),
    ],
    ids=["exact", "re-cased", "padded", "re-formatted-phone", "phone-digits", "phone-country-code", "ssn-digits"],
)
def test_when_a_real_identifier_is_planted_then_it_is_counted(connection, tmp_path, column, value, matched) -> None:
    synthetic = _synthetic()
    synthetic.loc[5, column] = value
    connection.write_table("synthetic.customers", synthetic)
    report = identifier_replay(connection, "main.customers", connection, "synthetic.customers")
    assert not report.passed
    leaking = {c.column: c for c in report.columns}
    assert leaking[column].replayed_rows == 1 and matched in leaking[column].matched_real_columns


@pytest.mark.parametrize(
    ("column", "value"),
    [("segment", CANARIES["full_name"]), ("full_name", CANARIES["full_name"].lower())],
    ids=["moved-column", "name-lowercase"],
)
def test_when_a_real_name_is_planted_beyond_chance_then_the_weak_identifier_comparison_blocks(connection, column,
                                                                                             value) -> None:
    """One real name in 40 rows is 2.5% of the column where chance (no real name is shared) gives 0%."""
    synthetic = _synthetic()
    synthetic.loc[5, column] = value
    connection.write_table("synthetic.customers", synthetic)
    report = identifier_replay(connection, "main.customers", connection, "synthetic.customers")
    assert not report.passed and report.replayed_values == 0
    (weak,) = report.weak
    assert (weak.column, weak.real_column, weak.matched_rows, weak.rows) == (column, "full_name", 1, 40)
    assert weak.chance_share == 0.0 and weak.blocked


def test_when_nothing_real_is_in_the_synthetic_table_then_the_check_passes(connection) -> None:
    connection.write_table("synthetic.customers", _synthetic())
    report = identifier_replay(connection, "main.customers", connection, "synthetic.customers")
    assert report.passed and report.replayed_values == 0


def test_the_report_carries_counts_and_column_names_but_no_value(connection) -> None:
    synthetic = _synthetic()
    for i, (column, value) in enumerate([("email", CANARIES["email"]), ("full_name", CANARIES["full_name"])]):
        synthetic.loc[i, column] = value
    connection.write_table("synthetic.customers", synthetic)
    report = identifier_replay(connection, "main.customers", connection, "synthetic.customers")
    assert report.replayed_values == 1 and [w.column for w in report.weak if w.blocked] == ["full_name"]
    assert contains_canary(str(report.as_dict()) + report.summary()) == []


def test_when_the_synthetic_table_lives_in_another_database_then_digests_find_the_same_replays(
        connection, tmp_path) -> None:
    from dataclasses import replace

    from governance_dagster.database import open_database

    synthetic = _synthetic()
    synthetic.loc[1, "email"] = CANARIES["email"].upper()
    synthetic.loc[2, "segment"] = "415.867.5309"
    warehouse = replace(connection, database=open_database(f"duckdb:///{tmp_path / 'warehouse.duckdb'}"))
    for target in (connection, warehouse):
        target.write_table("synthetic.customers", synthetic)
    in_database = identifier_replay(connection, "main.customers", connection, "synthetic.customers")
    by_digests = identifier_replay(connection, "main.customers", warehouse, "synthetic.customers")
    assert in_database.as_dict()["columns"] == by_digests.as_dict()["columns"]
    assert by_digests.replayed_values == 2 and {c.column for c in by_digests.columns} == {"email", "segment"}
