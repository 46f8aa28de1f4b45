"""Specification of the rare-combinations check: a synthetic row carrying the birth date / postal code / gender of
the only real person who has them is counted (in DuckDB and PostgreSQL); combinations two real people share, and
clean tables, are not."""

from __future__ import annotations

import pandas as pd
import pytest

from governance_dagster.leakage.rare_combinations import rare_combinations

UNIQUE_POSTAL = [f"{31000 + i}" for i in range(10)]


def _real() -> pd.DataFrame:
    """Rows 0-9: a combination each holds alone (k = 1); rows 10-19: five combinations held by two people each."""
    rows = []
    for i in range(20):
        unique = i < 10
        rows.append({
            "person_id": i + 1,
            "full_name": f"Person{i} Lastname{i}",
            "birth_date": pd.Timestamp("1971-03-01") + pd.Timedelta(days=i if unique else 100 + i // 2),
            "postal_code": UNIQUE_POSTAL[i] if unique else f"{42000 + i // 2}",
            "gender": "F" if unique else "M",
            "city": "Springfield",
            "income": 1000.0 * i,
        })
    frame = pd.DataFrame(rows)
    frame["birth_date"] = frame["birth_date"].dt.date
    frame.loc[9, "postal_code"] = "SW1A 1AA"
    return frame


def _synthetic(n: int = 40) -> pd.DataFrame:
    return pd.DataFrame({
        "person_id": range(1, n + 1),
        "full_name": [f"Fake{i} Name{i}" for i in range(n)],
        "birth_date": [pd.Timestamp("2001-01-01") + pd.Timedelta(days=3 * i) for i in range(n)],
        "postal_code": [f"{90000 + i}" for i in range(n)],
        "gender": ["F", "M"] * (n // 2),
        "city": ["Shelbyville"] * n,
        "income": [500.0 * i for i in range(n)],
    })


def _copy(synthetic: pd.DataFrame, at: int, real_row: int, **changes: object) -> None:
    real = _real().loc[real_row]
    synthetic.loc[at, "birth_date"] = pd.Timestamp(real["birth_date"]) + pd.Timedelta(hours=13)
    synthetic.loc[at, "postal_code"] = real["postal_code"]
    synthetic.loc[at, "gender"] = real["gender"]
    for column, value in changes.items():
        synthetic.loc[at, column] = value


def _run(tables, synthetic: pd.DataFrame, real: pd.DataFrame | None = None, **kwargs):
    tables.connection.write_table(f"{tables.real}.people", _real() if real is None else real)
    tables.connection.write_table(f"{tables.synthetic}.people", synthetic)
    return rare_combinations(tables.connection, f"{tables.real}.people", tables.connection,
                             f"{tables.synthetic}.people", **kwargs)


def test_when_the_synthetic_table_carries_no_real_combination_then_the_check_passes(tables) -> None:
    report = _run(tables, _synthetic())
    assert report.passed and report.rare_rows == 0
    assert report.columns == ["birth_date", "postal_code", "gender"]
    assert report.unique_real_combinations == 10


@pytest.mark.parametrize(
    ("real_row", "changes"),
    [(3, {}), (9, {"postal_code": "sw1a1aa"}), (0, {"birth_date": "1971-03-01"})],
    ids=["same-values-timestamp-for-date", "postal-code-recased-unspaced", "date-as-text"],
)
def test_when_a_synthetic_row_carries_a_combination_only_one_real_person_has_then_it_is_counted(
    tables, real_row, changes
) -> None:
    synthetic = _synthetic()
    if "birth_date" in changes:
        synthetic["birth_date"] = synthetic["birth_date"].dt.strftime("%Y-%m-%d")
    _copy(synthetic, 5, real_row, **changes)
    report = _run(tables, synthetic)
    assert not report.passed and report.rare_rows == 1 and report.share == 0.025


def test_when_the_combination_is_held_by_two_real_people_then_it_does_not_fire(tables) -> None:
    synthetic = _synthetic()
    _copy(synthetic, 5, 10)  # rows 10 and 11 share it: k = 2
    _copy(synthetic, 6, 13)
    report = _run(tables, synthetic)
    assert report.passed and report.rare_rows == 0


def test_when_one_value_of_the_combination_differs_then_it_does_not_fire(tables) -> None:
    synthetic = _synthetic()
    _copy(synthetic, 5, 3, gender="M")
    assert _run(tables, synthetic).rare_rows == 0


def test_the_report_counts_rows_and_share_names_columns_and_holds_no_value(tables) -> None:
    synthetic = _synthetic()
    for at, real_row in ((1, 2), (2, 2), (3, 9)):
        _copy(synthetic, at, real_row)
    report = _run(tables, synthetic)
    assert (report.rare_rows, report.rows, report.share) == (3, 40, 0.075)
    text = str(report.as_dict()) + report.summary()
    for value in [*UNIQUE_POSTAL, "SW1A", "sw1a", "1971-03"]:
        assert value not in text


def test_when_the_synthetic_table_lacks_a_quasi_identifier_then_the_others_are_compared(tables) -> None:
    synthetic = _synthetic()
    _copy(synthetic, 5, 3)
    report = _run(tables, synthetic.drop(columns=["gender"]))
    assert report.columns == ["birth_date", "postal_code"] and report.rare_rows == 1


def test_when_the_policy_names_a_column_then_it_joins_the_combination(tables) -> None:
    real = _real()
    real["city"] = [f"Town{i % 2}" for i in range(20)]
    synthetic = _synthetic()
    _copy(synthetic, 5, 3, city="Town1")
    tables.leakage_policy(quasi_identifiers=["city"], quasi_identifier_kinds=[])
    report = _run(tables, synthetic, real)
    assert report.columns == ["city"] and report.rare_rows == 0  # ten real people live in each town


def test_when_no_quasi_identifier_is_shared_then_nothing_is_compared_and_it_passes(tables) -> None:
    synthetic = _synthetic().drop(columns=["birth_date", "postal_code", "gender"])
    report = _run(tables, synthetic)
    assert report.passed and report.columns == [] and "nothing compared" in report.summary()


@pytest.mark.parametrize(("max_share", "passed"), [(0.025, True), (0.02, False)])
def test_the_threshold_is_a_share_of_synthetic_rows(tables, max_share, passed) -> None:
    synthetic = _synthetic()
    _copy(synthetic, 5, 3)
    tables.leakage_policy(max_rare_combination_share=max_share)
    assert _run(tables, synthetic).passed is passed
