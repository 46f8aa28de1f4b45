"""The example project end to end, as ``make demo`` runs it, on a small seeded production database.

The demo runs once for the module (as ``make demo`` does, with Dagster's multiprocess executor: governed_job, then
naive_job, then the audit summary) on a production database where unique values of every personal-data kind the
classifier knows are planted (e-mail, name, phone, SSN, card, IBAN, IP, street, postal code, birth date, and a
free-text note mentioning several). One test reads what the demo printed and wrote; the canary test searches
everything the runs left, raw and normalized: the warehouse tables (except the naive job's own synthetic table, which replays real
values by design), the audit store, every file of the Dagster instance (event log and run storage, read as bytes
and as tables, compute logs), the OpenLineage file, and any file the runs wrote beside the project.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pandas as pd
import pytest
from faker import Faker

from example_project.seed import seed_database
from tests.conftest import ALL_CANARIES, SECRET, contains_canary

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]


def _env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    inherited = {k: v for k, v in os.environ.items() if not k.startswith("GOVERNANCE_")}
    return {
        **inherited,
        "DAGSTER_HOME": str(home),
        "GOVERNANCE_EXAMPLE_DATA": str(tmp_path / "data"),
        "GOVERNANCE_SECRET": SECRET,
        "GOVERNANCE_EXAMPLE_SYNTHETIC_ROWS": "300",
        "GOVERNANCE_EXAMPLE_OPENLINEAGE": str(tmp_path / "openlineage" / "events.jsonl"),
        "PYTHONWARNINGS": "ignore",
    }


def _seed_with_canaries(data: Path) -> None:
    """Seed production, add columns for the kinds the seed lacks (card, IBAN, IP; filled with fake values so the
    classifier sees them), and plant a canary of every kind in customer 1, its note mentioning several of them."""
    seed_database(data / "production.duckdb", customers=400)
    fake = Faker("en_US")
    fake.seed_instance(11)
    with duckdb.connect(str(data / "production.duckdb")) as con:
        ids = [i for (i,) in con.execute("SELECT customer_id FROM customers ORDER BY customer_id").fetchall()]
        extra = pd.DataFrame({"customer_id": ids, "card_number": [fake.credit_card_number("visa16") for _ in ids],
                              "iban": [fake.iban() for _ in ids], "ip_address": [fake.ipv4_public() for _ in ids]})
        con.register("extra", extra)
        con.execute("CREATE OR REPLACE TABLE customers AS SELECT c.*, e.card_number, e.iban, e.ip_address "
                    "FROM customers c JOIN extra e USING (customer_id) ORDER BY customer_id")
        c = ALL_CANARIES
        con.execute(
            "UPDATE customers SET full_name = ?, email = ?, phone = ?, ssn = ?, street = ?, postal_code = ?, "
            "birth_date = ?, card_number = ?, iban = ?, ip_address = ?, support_notes = ? WHERE customer_id = 1",
            [c["full_name"], c["email"], c["phone"], c["ssn"], c["street"], c["postal_code"], c["birth_date"],
             c["credit_card"], c["iban"], c["ip_address"],
             f"{c['full_name']} asked us to write to {c['email']} or call {c['phone']}; paid with card "
             f"{c['credit_card']} from {c['ip_address']}, refund to IBAN {c['iban']}"],
        )


#: The naive job's own output replays real values by design (that is the leak the demo shows and its leakage check
#: catches); it is the one place not searched.
NAIVE_TABLE = ("naive", "naive_synthetic_customers")


def _dump_duckdb(path: Path, skip: tuple[str, str] | None = None) -> str:
    with duckdb.connect(str(path), read_only=True) as con:
        tables = con.execute("SELECT table_schema, table_name FROM information_schema.tables").fetchall()
        return "\n".join(con.execute(f'SELECT * FROM "{s}"."{t}"').df().to_csv() for s, t in tables if (s, t) != skip)


def _dump_sqlite(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as con:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return "\n".join(repr(con.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables)


def _bytes_of(path: Path) -> str:
    """The file as text, whatever it holds: every byte read as one character, so binary files are searched too."""
    return path.read_bytes().decode("latin-1")


def _files_left(tmp_path: Path, started: float) -> list[Path]:
    """Every file under the test's directory (data, Dagster instance, OpenLineage file) and every file of the
    project changed by the runs (a GX Data Docs folder or a log written beside the code, if any)."""
    ignored = {".git", ".venv", "__pycache__", ".pytest_cache", ".hypothesis"}
    project = [p for p in ROOT.rglob("*") if p.is_file() and not ignored & set(p.relative_to(ROOT).parts)
               and p.stat().st_mtime >= started]
    return [p for p in tmp_path.rglob("*") if p.is_file()] + project


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    """``make demo`` once for the module, on a production database seeded with a canary of every kind: the demo
    runs governed_job and naive_job with Dagster's multiprocess executor and prints the audit summary."""
    tmp_path = tmp_path_factory.mktemp("demo")
    env = {**_env(tmp_path), "GOVERNANCE_EXAMPLE_CUSTOMERS": "400"}
    _seed_with_canaries(tmp_path / "data")
    started = time.time() - 1
    run = subprocess.run([sys.executable, "-m", "example_project.demo"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=1200)
    return SimpleNamespace(run=run, env=env, tmp_path=tmp_path, data=tmp_path / "data", started=started)


def test_when_every_job_runs_then_no_canary_of_any_kind_appears_anywhere_they_left_data(demo) -> None:
    run, data, env = demo.run, demo.data, demo.env
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    # the naive job runs and is stopped by its blocking leakage check: its synthetic table exists, downstream does not
    tables = _dump_duckdb_names(data / "warehouse.duckdb")
    assert "synthetic_customers" in tables and "naive_synthetic_customers" in tables
    assert "naive_customer_segments" not in tables
    assert (demo.tmp_path / "openlineage" / "events.jsonl").stat().st_size > 0

    searched: dict[str, str] = {"demo stdout/stderr": run.stdout + run.stderr}
    searched["warehouse tables (but the naive table)"] = _dump_duckdb(data / "warehouse.duckdb", skip=NAIVE_TABLE)
    searched["audit store tables"] = _dump_duckdb(data / "audit.duckdb")
    files = _files_left(demo.tmp_path, demo.started)
    for path in files:
        if path.name in ("production.duckdb", "warehouse.duckdb") or path.suffix == ".wal" and "production" in path.name:
            continue  # the source itself; the warehouse file holds the naive table and is searched as a dump above
        searched[str(path)] = _bytes_of(path)
        if path.suffix == ".duckdb":
            searched[f"{path} (tables)"] = _dump_duckdb(path)
        elif path.suffix == ".db":
            searched[f"{path} (tables)"] = _dump_sqlite(path)
    assert any("compute_logs" in str(p) for p in files) and any(p.suffix == ".db" for p in files)
    found = {where: kinds for where, text in searched.items() if (kinds := contains_canary(text))}
    assert found == {}, f"canaries found: {found}"
    # the planted values were really there to be found: the production dump holds every kind
    assert sorted(contains_canary(_dump_duckdb(data / "production.duckdb"))) == sorted(ALL_CANARIES)
    # the contract's Data Docs went to the instance directory, so the search above covered them
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


def test_the_demo_runs_both_jobs_catches_the_naive_leak_and_verifies_the_chain(demo) -> None:
    run = demo.run
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    out = run.stdout
    assert "governed_job: SUCCESS" in out and "naive_job: FAILED" in out
    assert "check naive_synthetic_customers.no_identifier_replay: FAILED" in out
    assert "check synthetic_customers.no_identifier_replay: passed" in out
    assert "hash chain: intact" in out and "demo OK" in out
    with duckdb.connect(str(demo.data / "warehouse.duckdb"), read_only=True) as con:
        con.execute(f"ATTACH '{demo.data / 'production.duckdb'}' AS production (READ_ONLY)")
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
