"""Specification of the closeness check: distance to the closest real record (Gower), exact, on mixed types."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from dagster import AssetCheckSeverity, asset, materialize

from governance_dagster import GovernedDatabase, GovernedIOManager, closeness_check
from governance_dagster.cli import main
from governance_dagster.leakage.closeness import (
    Encoded,
    closeness,
    closer_to_training_share,
    closest_distances,
    measure,
)
from governance_dagster.policy.models import LeakagePolicy
from tests.conftest import contains_canary, customers_frame

REPO = Path(__file__).resolve().parents[2]


def _clean(rows: int = 40) -> pd.DataFrame:
    """Synthetic customers between the real ones: other incomes, other birth dates."""
    return pd.DataFrame({
        "customer_id": range(1000, 1000 + rows),
        "full_name": [f"Fake{i} Person{i}" for i in range(rows)],
        "city": ["Springfield"] * rows,
        "birth_date": [pd.Timestamp("1980-03-01") + pd.Timedelta(days=97 * i + 40) for i in range(rows)],
        "income": [40_375.0 + 750 * i for i in range(rows)],
        "segment": ["consumer", "enterprise"] * (rows // 2),
    })


def _facts(real: pd.DataFrame) -> pd.DataFrame:
    return real[["customer_id", "full_name", "city", "birth_date", "income", "segment"]]


@pytest.mark.parametrize(
    ("plant", "zero"),
    [
        (lambda real: _clean(), 0),
        (lambda real: pd.concat([_clean(), _facts(real).head(2)]), 2),
        (lambda real: pd.concat([_clean(), _facts(real).iloc[[4, 9]].assign(
            customer_id=[7, 8], full_name=["New Name", "Other Name"], income=lambda f: f["income"] + 0.001,
            segment=lambda f: f["segment"].str.upper() + "  ")]), 2),
    ],
    ids=["clean", "exact-copies", "near-copies-with-new-keys-and-names"],
)
def test_when_real_rows_are_copied_or_nearly_copied_then_they_sit_at_distance_zero(connection, plant, zero) -> None:
    connection.write_table("synthetic.people", plant(customers_frame()))
    report = closeness(connection, "main.customers", connection, "synthetic.people")
    assert report.zero_rows == zero and report.passed == (zero == 0)
    assert report.columns == {"city": "category", "birth_date": "date", "income": "number", "segment": "category"}
    assert report.left_out["customer_id"] == "key column" and report.left_out["full_name"].startswith("identifier")
    assert report.left_out["email"] == "not in the synthetic table"
    assert report.quantiles["min"] == 0.0 if zero else report.quantiles["min"] > 0.0


def test_the_report_carries_counts_shares_and_distances_but_no_value(connection) -> None:
    real = customers_frame()
    connection.write_table("synthetic.people", pd.concat([_clean(), real.head(3)]))  # row 0 holds the canaries
    report = closeness(connection, "main.customers", connection, "synthetic.people")
    assert report.zero_rows == 3 and not report.passed
    assert contains_canary(json.dumps(report.as_dict(), default=str) + report.summary()) == []


def _gower(reference: pd.DataFrame, queries: pd.DataFrame, numbers: list[str], span: dict[str, float]) -> np.ndarray:
    """Brute force: every query against every reference row."""
    out = []
    for _, q in queries.iterrows():
        d = sum(np.abs(reference[c] - q[c]) / span[c] for c in numbers) + sum(
            (reference[c] != q[c]).astype(float) for c in reference.columns if c not in numbers)
        out.append(d.min() / len(reference.columns))
    return np.array(out)


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_the_search_is_exact_against_brute_force_on_mixed_columns(seed) -> None:
    rng = np.random.default_rng(seed)

    def frame(n: int) -> pd.DataFrame:
        return pd.DataFrame({"x": rng.normal(0, 1, n), "y": rng.integers(0, 50, n).astype(float),
                             "c": rng.integers(0, 3, n), "k": rng.integers(0, 6, n)})

    real, synthetic = frame(400), frame(60)
    synthetic.loc[:4] = real.loc[:4].to_numpy()  # five copies
    report = measure([real, synthetic], {"x": "number", "y": "number", "c": "category", "k": "category"}, {},
                     LeakagePolicy())
    span = {c: real[c].max() - real[c].min() for c in ("x", "y")}
    expected = _gower(real, synthetic, ["x", "y"], span)
    assert report.zero_rows == int((expected <= 1e-6).sum()) >= 5
    assert report.quantiles["p50"] == pytest.approx(float(np.quantile(expected, 0.5)), abs=1e-6)
    assert report.quantiles["mean"] == pytest.approx(float(expected.mean()), abs=1e-6)


@pytest.mark.parametrize(
    ("synthetic", "expected"),
    [
        ({"x": 2.0, "d": "2020-01-06", "c": "a"}, (0.2 + 0.5 + 0) / 3),  # row 1: x 2/10 off, date 5/10 days off
        ({"x": 10.0, "d": "2020-01-11", "c": "B "}, 0.0),  # row 2, category re-cased and padded
        ({"x": 10.0, "d": "2020-01-11", "c": "z"}, 1 / 3),  # a category the real table never had
        ({"x": None, "d": "2020-01-01", "c": "a"}, 0.0),  # row 3: missing number matches missing number
        # missing against present: a mismatch (1) plus the present number's distance from the real median (5 of 10)
        ({"x": None, "d": "2020-01-11", "c": "b"}, (1 + 0.5) / 3),
    ],
    ids=["number-date-category", "normalized-category", "unseen-category", "null-equals-null", "null-vs-value"],
)
def test_numbers_dates_categories_and_nulls_each_count_as_gower_says(connection, synthetic, expected) -> None:
    real = pd.DataFrame({"x": [0.0, 10.0, None], "d": pd.to_datetime(["2020-01-01", "2020-01-11", "2020-01-01"]),
                         "c": ["a", "b", "a"]})
    frame = pd.DataFrame([synthetic]).assign(d=lambda f: pd.to_datetime(f["d"]), x=lambda f: f["x"].astype(float))
    connection.write_table("synthetic.real_small", real)
    connection.write_table("synthetic.one", frame)
    report = closeness(connection, "synthetic.real_small", connection, "synthetic.one")
    assert report.columns == {"x": "number", "d": "date", "c": "category"}
    assert report.quantiles["min"] == pytest.approx(expected, abs=1e-6)


def test_closer_to_training_share_counts_ties_as_half() -> None:
    # train at 0, 10, 20, 30; holdout at 5, 15, 25, 35; synthetic: two on train rows, one on a holdout row, one tie
    train = Encoded(np.array([[0.0], [10.0], [20.0], [30.0]]) / 35, np.zeros((4, 0), dtype=np.int64))
    holdout = Encoded(np.array([[5.0], [15.0], [25.0], [35.0]]) / 35, np.zeros((4, 0), dtype=np.int64))
    synthetic = Encoded(np.array([[0.0], [10.0], [25.0], [12.5]]) / 35, np.zeros((4, 0), dtype=np.int64))
    share = closer_to_training_share(closest_distances(train, synthetic), closest_distances(holdout, synthetic), 1e-9)
    assert share == (2 + 0 + 0.5) / 4


@pytest.mark.parametrize(("copied", "fails"), [(0, False), (30, True)], ids=["learned-the-distribution", "memorized"])
def test_when_synthetic_rows_sit_closer_to_training_than_to_holdout_rows_then_it_fails(connection, copied, fails) -> None:
    rng = np.random.default_rng(7)

    def people(n: int) -> pd.DataFrame:
        return pd.DataFrame({"income": rng.normal(50_000, 9_000, n).round(2), "score": rng.integers(300, 850, n),
                             "plan": rng.choice(["basic", "plus", "premium"], n)})

    train, holdout, synthetic = people(200), people(200), people(40)
    if copied:
        synthetic.iloc[:copied] = train.iloc[:copied].to_numpy()
    for name, frame in (("train", train), ("holdout", holdout), ("synthetic", synthetic)):
        connection.write_table(f"synthetic.{name}", frame)
    report = closeness(connection, "synthetic.train", connection, "synthetic.synthetic", holdout_table="synthetic.holdout")
    assert report.compared_training_rows == 200 and report.holdout_rows == 200
    assert (report.closer_to_training_share > 0.6) == fails and report.holdout_passed == (not fails)
    if not fails:
        assert 0.3 < report.closer_to_training_share < 0.7


def test_when_the_synthetic_table_is_large_then_a_sample_is_compared_with_every_real_row(connection) -> None:
    connection.write_table("synthetic.people", pd.concat([_clean()] * 5))
    report = closeness(connection, "main.customers", connection, "synthetic.people", sample_rows=50)
    assert (report.synthetic_rows, report.sampled_rows, report.reference_rows) == (200, 50, 60)


def test_when_no_column_can_be_compared_then_it_says_which_were_left_out(connection) -> None:
    from governance_dagster.errors import LeakageError

    connection.write_table("synthetic.names", pd.DataFrame({"customer_id": [1], "full_name": ["Fake Name"]}))
    with pytest.raises(LeakageError, match="share no column.*full_name"):
        closeness(connection, "main.customers", connection, "synthetic.names")


@pytest.mark.parametrize(("severity", "dagster_severity"), [("warn", AssetCheckSeverity.WARN),
                                                           ("error", AssetCheckSeverity.ERROR)])
def test_the_asset_check_warns_by_default_and_blocks_when_the_policy_says_error(
        prod_url, policy_path, audit_url, secret, tmp_path, severity, dagster_severity) -> None:
    policy_path.write_text(policy_path.read_text() + f"leakage:\n  severity: {{closeness: {severity}}}\n")
    production = GovernedDatabase(url=prod_url, policy_path=str(policy_path), secret=secret, audit_url=audit_url)
    warehouse = GovernedDatabase(url=f"duckdb:///{tmp_path / 'warehouse.duckdb'}", policy_path=str(policy_path),
                                 secret=secret, audit_url=audit_url)

    @asset
    def near_copies() -> pd.DataFrame:
        return pd.concat([_clean(), _facts(customers_frame()).head(5)]).drop(columns=["full_name"])

    result = materialize([near_copies, closeness_check(near_copies, real_table="main.customers")],
                         resources={"production": production, "warehouse": warehouse,
                                    "io_manager": GovernedIOManager(database=warehouse, schema_name="governed")},
                         raise_on_error=False)
    evaluation = result.get_asset_check_evaluations()[0]
    assert not evaluation.passed and evaluation.severity == dagster_severity
    assert evaluation.metadata["governance/dcr_zero_rows"].value == 5
    assert contains_canary(str(evaluation.metadata)) == []


def test_the_cli_prints_closeness_and_a_warning_does_not_fail_the_exit_status(connection, prod_url, capsys) -> None:
    # a near copy: income off by less than a cent, so no longer an exact copy, yet at distance 0
    connection.write_table("synthetic.people", pd.concat([_clean(), _facts(customers_frame()).iloc[[5]].assign(
        customer_id=[9999], full_name=["Fresh Name"], income=lambda f: f["income"] + 0.006)]))
    assert main(["leakage", prod_url, "--real", "main.customers", "--synthetic", "synthetic.people"]) == 0
    out = capsys.readouterr().out
    assert "WARNING: closeness: synthetic.people: 1 of 41 sampled rows" in out and contains_canary(out) == []


def test_the_benchmark_script_runs_in_its_quick_form(tmp_path) -> None:
    """Smoke test: the benchmark against SDMetrics still runs (small sizes) and finds the planted leaks."""
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "leakage_vs_sdmetrics.py"), "--quick",
                           "--rows", "200", "--large-rows", "2000"],
                          check=False, capture_output=True, text=True, timeout=300, cwd=REPO, env={"PYTHONPATH": str(REPO),
                                                                                     "PATH": "/usr/bin:/bin",
                                                                                     "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr[-2000:]
    lines = {tuple(line.split()[:2]): line for line in done.stdout.splitlines() if line.startswith(("leaky", "clean"))}
    assert "leak: 2 at DCR 0" in lines[("leaky", "closeness")] and "none (at DCR 0)" in lines[("clean", "closeness")]
    assert "leak: 3 values" in lines[("leaky", "identifier")]
