"""Specification of the copied-records check."""

from __future__ import annotations

import pandas as pd
import pytest

from governance_dagster.leakage.records import copied_records
from tests.conftest import contains_canary, customers_frame


def _synthetic(rows: int = 40) -> pd.DataFrame:
    return pd.DataFrame({"customer_id": range(1000, 1000 + rows), "city": ["Springfield"] * rows,
                         "income": [12_345.0 + i for i in range(rows)], "segment": ["smb"] * rows})


@pytest.mark.parametrize(
    ("plant", "copied"),
    [
        (lambda real, syn: syn, 0),
        (lambda real, syn: pd.concat([syn, real[["customer_id", "city", "income", "segment"]].head(3)]), 3),
        (lambda real, syn: pd.concat([syn, real[["city", "income", "segment"]].head(2).assign(
            customer_id=[9, 8], income=lambda f: f["income"] + 0.001, segment=lambda f: f["segment"].str.upper())]), 2),
    ],
    ids=["clean", "exact-copies-with-their-keys", "copies-re-cased-within-tolerance-new-keys"],
)
def test_when_real_rows_are_copied_then_they_are_counted(connection, plant, copied) -> None:
    real = customers_frame()
    connection.write_table("synthetic.rows", plant(real, _synthetic()))
    report = copied_records(connection, "main.customers", connection, "synthetic.rows")
    assert report.copied_rows == copied and report.passed == (copied == 0)
    assert report.columns == ["city", "income", "segment"]  # the key customer_id is left out
    assert contains_canary(str(report.as_dict()) + report.summary()) == []


def test_when_the_synthetic_table_matches_a_holdout_as_often_then_it_passes(connection) -> None:
    real = customers_frame()[["customer_id", "city", "income", "segment"]]
    connection.write_table("synthetic.rows", real.head(4))
    connection.write_table("synthetic.holdout", real.head(4))
    report = copied_records(connection, "main.customers", connection, "synthetic.rows", holdout_table="synthetic.holdout")
    assert report.copied_rows == 4 and report.holdout_share == report.share and report.passed


def test_when_the_synthetic_table_lives_in_another_database_then_digests_count_the_same_copies(
        connection, tmp_path) -> None:
    from dataclasses import replace

    from governance_dagster.store.database import open_database

    real = customers_frame()[["customer_id", "city", "income", "segment"]]
    rows = pd.concat([_synthetic(), real.head(3)])
    warehouse = replace(connection, database=open_database(f"duckdb:///{tmp_path / 'warehouse.duckdb'}"))
    for target in (connection, warehouse):
        target.write_table("synthetic.rows", rows)
    connection.write_table("synthetic.holdout", real.head(1))
    in_database = copied_records(connection, "main.customers", connection, "synthetic.rows",
                                 holdout_table="synthetic.holdout")
    by_digests = copied_records(connection, "main.customers", warehouse, "synthetic.rows",
                                holdout_table="synthetic.holdout")
    assert in_database.as_dict() == by_digests.as_dict()
    assert (by_digests.copied_rows, by_digests.rows, by_digests.holdout_share) == (3, 43, round(1 / 43, 6))


def test_when_real_rows_are_copied_under_generated_names_then_they_still_count(connection) -> None:
    real = customers_frame()
    copies = real.head(3).assign(customer_id=[901, 902, 903], full_name=["New One", "New Two", "New Three"],
                                 email=["n1@example.net", "n2@example.net", "n3@example.net"])
    connection.write_table("synthetic.rows", pd.concat([real.tail(0), copies]))
    report = copied_records(connection, "main.customers", connection, "synthetic.rows")
    assert report.copied_rows == 3
    assert "full_name" not in report.columns and "support_notes" not in report.columns and "city" in report.columns


@pytest.mark.parametrize("across_databases", [False, True], ids=["one-database", "two-databases"])
@pytest.mark.parametrize(
    "rewrite",
    [
        lambda copies: copies,
        lambda copies: copies.assign(birth_date=copies["birth_date"].dt.date),
        lambda copies: copies.assign(birth_date=copies["birth_date"].dt.strftime("%Y-%m-%d")),
        lambda copies: copies.assign(segment=copies["segment"].str.upper() + "\t", city=" " + copies["city"] + "\n"),
    ],
    ids=["as-they-are", "birth-date-as-date", "birth-date-as-text", "text-re-cased-with-tab-and-line-break"],
)
def test_when_copied_rows_change_type_or_white_space_then_they_still_count(connection, tmp_path, rewrite,
                                                                           across_databases) -> None:
    """The real birth dates are timestamps at midnight; a synthesizer that writes them as dates or text copies the
    same people."""
    from dataclasses import replace

    from governance_dagster.store.database import open_database

    columns = ["customer_id", "city", "birth_date", "income", "segment"]
    real = customers_frame()[columns]
    fresh = _synthetic().assign(birth_date=pd.Timestamp("1950-01-01"))
    copies = rewrite(real.head(3).assign(customer_id=[901, 902, 903]))
    fresh = fresh.assign(birth_date=rewrite(fresh.assign(segment="smb"))["birth_date"])
    target = replace(connection, database=open_database(f"duckdb:///{tmp_path / 'warehouse.duckdb'}")) \
        if across_databases else connection
    target.write_table("synthetic.rows", pd.concat([fresh[columns], copies]))
    report = copied_records(connection, "main.customers", target, "synthetic.rows")
    assert report.copied_rows == 3 and not report.passed
    assert "birth_date" in report.columns
