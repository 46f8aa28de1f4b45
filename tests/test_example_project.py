"""The example project end to end, as ``make demo`` runs it, on a small seeded production database.

The canary test plants unique values of every identifier kind in production, runs the governed job with
Dagster's multiprocess executor, then searches everything the run left: the warehouse tables, the audit store,
and every file of the Dagster instance (event log, run storage, compute logs).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from example_project.seed import seed_database
from tests.conftest import CANARIES, SECRET, contains_canary

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]


def _env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    return {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "GOVERNANCE_EXAMPLE_DATA": str(tmp_path / "data"),
        "GOVERNANCE_SECRET": SECRET,
        "GOVERNANCE_EXAMPLE_SYNTHETIC_ROWS": "300",
        "PYTHONWARNINGS": "ignore",
    }


def _seed_with_canaries(data: Path) -> None:
    seed_database(data / "production.duckdb", customers=400)
    with duckdb.connect(str(data / "production.duckdb")) as con:
        con.execute(
            "UPDATE customers SET full_name = ?, email = ?, phone = ?, ssn = ?, street = ?, support_notes = ? "
            "WHERE customer_id = 1",
            [CANARIES["full_name"], CANARIES["email"], CANARIES["phone"], CANARIES["ssn"], CANARIES["street"],
             f"{CANARIES['full_name']} asked us to write to {CANARIES['email']} or call {CANARIES['phone']}"],
        )


def _dump_duckdb(path: Path) -> str:
    with duckdb.connect(str(path), read_only=True) as con:
        tables = con.execute("SELECT table_schema, table_name FROM information_schema.tables").fetchall()
        return "\n".join(con.execute(f'SELECT * FROM "{s}"."{t}"').df().to_csv() for s, t in tables)


def _text_of_tree(root: Path) -> str:
    return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in root.rglob("*") if p.is_file())


def test_when_the_governed_job_runs_then_no_canary_appears_anywhere_it_left_data(tmp_path: Path) -> None:
    env = _env(tmp_path)
    _seed_with_canaries(tmp_path / "data")
    run = subprocess.run(
        [sys.executable, "-m", "dagster", "job", "execute", "-m", "example_project.definitions", "-j", "governed_job"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    warehouse = _dump_duckdb(tmp_path / "data" / "warehouse.duckdb")
    assert "synthetic_customers" in _dump_duckdb_names(tmp_path / "data" / "warehouse.duckdb")
    audit = _dump_duckdb(tmp_path / "data" / "audit.duckdb")
    instance_files = _text_of_tree(Path(env["DAGSTER_HOME"]))
    assert "compute_logs" in " ".join(str(p) for p in Path(env["DAGSTER_HOME"]).rglob("*"))
    for where, text in {"warehouse": warehouse, "audit store": audit, "dagster instance": instance_files,
                        "stdout/stderr": run.stdout + run.stderr}.items():
        assert contains_canary(text) == [], f"canary found in {where}"
    # the planted values were really there to be found: the production dump holds them all
    assert sorted(contains_canary(_dump_duckdb(tmp_path / "data" / "production.duckdb"))) == sorted(CANARIES)
    # the contract's Data Docs went to the instance directory, so the canary search above covered them
    sites = sorted(p.parent.name for p in (Path(env["DAGSTER_HOME"]) / "gx_data_docs").glob("*/index.html"))
    assert sites == ["contract_governed_synthetic_customers", "contract_governed_synthetic_orders"]
    _assert_governance_metadata(Path(env["DAGSTER_HOME"]))


def _assert_governance_metadata(home: Path) -> None:
    """Read the run's metadata back through Dagster's instance API: every governance key is there and right."""
    from dagster import AssetKey, DagsterEventType, DagsterInstance

    instance = DagsterInstance.from_config(str(home))
    records = instance.fetch_materializations(AssetKey("masked_customers"), limit=1).records
    metadata = records[0].asset_materialization.metadata
    for key in ("governance/identity", "governance/identity_verified", "governance/policy_hash",
                "governance/masked_columns", "governance/audit_event", "governance/audit_chain_head",
                "dagster/row_count", "dagster/table_name", "dagster/column_schema", "dagster/column_lineage"):
        assert key in metadata, key
    assert metadata["dagster/row_count"].value == 400
    assert metadata["governance/identity_verified"].value is False
    tags = {c.name: c.tags for c in metadata["dagster/column_schema"].value.columns}
    assert tags["email"]["governance/kind"] == "email" and tags["email"]["governance/operator"] == "hash"
    lineage = metadata["dagster/column_lineage"].value.deps_by_column
    assert lineage["email"][0].asset_key == AssetKey(["production", "customers"])
    checks = instance.all_logs(records[0].run_id, of_type=DagsterEventType.ASSET_CHECK_EVALUATION)
    assert checks and all(entry.dagster_event.event_specific_data.passed for entry in checks)
    ran = {(e.dagster_event.event_specific_data.asset_key.to_user_string(), e.dagster_event.event_specific_data.check_name)
           for e in checks}
    assert {("synthetic_customers", "contract"), ("synthetic_orders", "contract")} <= ran
    loads = instance.fetch_observations(AssetKey("masked_customers"), limit=10).records
    assert any("governance/masked_columns" in r.asset_observation.metadata for r in loads), \
        "loads are recorded on the upstream asset with add_input_metadata"


def _dump_duckdb_names(path: Path) -> str:
    with duckdb.connect(str(path), read_only=True) as con:
        return " ".join(t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall())


def test_the_demo_runs_both_jobs_catches_the_naive_leak_and_verifies_the_chain(tmp_path: Path) -> None:
    env = {**_env(tmp_path), "GOVERNANCE_EXAMPLE_CUSTOMERS": "400"}
    run = subprocess.run([sys.executable, "-m", "example_project.demo"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=1200)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    out = run.stdout
    assert "governed_job: SUCCESS" in out and "naive_job: FAILED" in out
    assert "check naive_synthetic_customers.no_identifier_replay: FAILED" in out
    assert "check synthetic_customers.no_identifier_replay: passed" in out
    assert "hash chain: intact" in out and "demo OK" in out
    with duckdb.connect(str(tmp_path / "data" / "warehouse.duckdb"), read_only=True) as con:
        con.execute(f"ATTACH '{tmp_path / 'data' / 'production.duckdb'}' AS production (READ_ONLY)")
        for column in ("full_name", "email", "phone", "ssn", "street"):
            governed = con.execute(
                f"SELECT count(*) FROM governed.synthetic_customers s JOIN production.customers p USING ({column})"
            ).fetchone()[0]
            naive = con.execute(
                f"SELECT count(*) FROM naive.naive_synthetic_customers s JOIN production.customers p USING ({column})"
            ).fetchone()[0]
            assert governed == 0, column
            if column in ("full_name", "street"):
                assert naive > 0, column  # the naive model replays them: the leak the demo shows
