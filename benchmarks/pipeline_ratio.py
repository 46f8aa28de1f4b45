"""The governed example pipeline beside an ungoverned twin of it, on the same data (issue 14: goal at most 1.25 x).

Run: .venv/bin/python benchmarks/pipeline_ratio.py [CUSTOMERS] [ROUNDS]   (defaults 20,000 customers, 3 rounds)

*Governed* is example_project's ``governed_job``: masked reads of customers and orders through the governed
resource (classification, masking SQL, free-text scan, audit events), the GaussianCopula synthesizer, writes
through ``GovernedIOManager`` and every blocking check of those assets (identifier replay, copied records, the
quality contract, free-text identifiers, rare combinations). *Ungoverned twin* is what a team writes without the
package: raw reads through a plain DuckDB connection, the same synthesizer (SDV's GaussianCopula, with SDV's own
metadata detection), the frames written to the same warehouse file by a plain DuckDB IO manager, and no checks.

Both run in-process (``execute_in_process``) against copies of one seeded production file, interleaved round by
round so the machine's load falls on both alike; the script prints each round and the median ratio. The
time of each step of both jobs is printed from Dagster's step events, to show where the difference goes.
"""

# no `from __future__ import annotations`: Dagster resolves the twin's asset annotations at definition time
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL = 1.25


def _environment(work: Path) -> None:
    """Point the example at a scratch directory before it is imported (its definitions read the environment)."""
    os.environ["GOVERNANCE_EXAMPLE_DATA"] = str(work / "data")
    os.environ["DAGSTER_HOME"] = str(work / "dagster_home")
    os.environ.setdefault("GOVERNANCE_SECRET", "benchmark-secret-0123456789abcdef")
    for name in ("GOVERNANCE_PRODUCTION_URL", "GOVERNANCE_WAREHOUSE_URL", "GOVERNANCE_AUDIT_URL"):
        os.environ.pop(name, None)
    (work / "data").mkdir(parents=True)
    (work / "dagster_home").mkdir()


def twin_definitions(production_url: str, warehouse_url: str, rows: int, seed: int):
    """The ungoverned twin: raw reads, the same synthesizer with SDV's own metadata, a plain DuckDB IO manager."""
    import duckdb
    import numpy as np
    import pandas as pd
    from dagster import ConfigurableIOManager, Definitions, InputContext, OutputContext, asset

    from example_project.raw import read_table
    from governance_dagster.synthesis import synthesize

    class DuckDBFrames(ConfigurableIOManager):
        path: str

        def handle_output(self, context: OutputContext, obj: pd.DataFrame) -> None:
            with duckdb.connect(self.path) as con:
                con.execute("CREATE SCHEMA IF NOT EXISTS twin")
                con.register("frame", obj)
                con.execute(f'CREATE OR REPLACE TABLE twin."{context.asset_key.path[-1]}" AS SELECT * FROM frame')

        def load_input(self, context: InputContext) -> pd.DataFrame:
            with duckdb.connect(self.path) as con:
                return con.execute(f'SELECT * FROM twin."{context.asset_key.path[-1]}"').df()

    @asset
    def raw_customers() -> pd.DataFrame:
        return read_table(production_url, "customers")

    @asset
    def raw_orders() -> pd.DataFrame:
        return read_table(production_url, "orders")

    @asset
    def synthetic_customers(raw_customers: pd.DataFrame) -> pd.DataFrame:
        return synthesize(raw_customers, {}, num_rows=rows, seed=seed, naive=True).frame

    @asset
    def synthetic_orders(raw_orders: pd.DataFrame, synthetic_customers: pd.DataFrame) -> pd.DataFrame:
        frame = synthesize(raw_orders.drop(columns=["customer_id"]), {}, num_rows=rows, seed=seed, naive=True).frame
        rng = np.random.default_rng(seed)
        frame.insert(1, "customer_id", rng.choice(synthetic_customers["customer_id"].to_numpy(), len(frame)))
        return frame

    return Definitions(assets=[raw_customers, raw_orders, synthetic_customers, synthetic_orders],
                       resources={"io_manager": DuckDBFrames(path=warehouse_url.removeprefix("duckdb:///"))})


def _fresh_copies(seeded: Path, data: Path) -> None:
    """Each run starts from the seeded production file and an empty warehouse and audit store."""
    for name in ("production.duckdb", "warehouse.duckdb", "audit.duckdb"):
        for path in data.glob(name + "*"):
            path.unlink()
    shutil.copyfile(seeded, data / "production.duckdb")


def _step_seconds(instance, run_id: str) -> dict[str, float]:  # noqa: ANN001
    """Seconds per step, from the run's STEP_START and STEP_SUCCESS/FAILURE events."""
    started, took = {}, {}
    for record in instance.all_logs(run_id):
        event = record.dagster_event
        if event is None:
            continue
        if event.event_type_value == "STEP_START":
            started[event.step_key] = record.timestamp
        elif event.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE") and event.step_key in started:
            took[event.step_key] = record.timestamp - started[event.step_key]
    return took


def main(customers: int = 20_000, rounds: int = 3) -> int:
    import logging

    work = Path(tempfile.mkdtemp(prefix="pipeline-ratio-"))
    try:
        _environment(work)
        logging.getLogger("dagster").setLevel(logging.WARNING)
        from dagster import DagsterInstance

        from example_project import definitions
        from example_project.seed import seed_database

        data = work / "data"
        started = time.perf_counter()
        counts = seed_database(definitions.PRODUCTION_URL, customers)
        seeded = work / "seeded.duckdb"
        shutil.copyfile(data / "production.duckdb", seeded)
        print(f"seeded {counts['customers']:,} customers, {counts['orders']:,} orders in "
              f"{time.perf_counter() - started:.1f} s; synthetic rows per table: {definitions.SYNTHETIC_ROWS:,}")
        governed_job = definitions.defs.resolve_job_def("governed_job")
        twin_job = twin_definitions(definitions.PRODUCTION_URL, definitions.WAREHOUSE_URL,
                                    definitions.SYNTHETIC_ROWS, seed=7).resolve_implicit_global_asset_job_def()
        quiet = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}
        times: dict[str, list[float]] = {"governed": [], "twin": []}
        steps: dict[str, dict[str, list[float]]] = {"governed": {}, "twin": {}}
        print(f"{'round':<6} {'governed s':>11} {'twin s':>8} {'ratio':>6}")
        for round_ in range(1, rounds + 1):
            for name, job in (("twin", twin_job), ("governed", governed_job)):
                _fresh_copies(seeded, data)
                with DagsterInstance.ephemeral() as instance:
                    began = time.perf_counter()
                    result = job.execute_in_process(instance=instance, run_config=quiet, raise_on_error=False)
                    times[name].append(time.perf_counter() - began)
                    if not result.success:
                        print(f"{name} run failed; the comparison is void", file=sys.stderr)
                        return 1
                    for step, seconds in _step_seconds(instance, result.run_id).items():
                        steps[name].setdefault(step, []).append(seconds)
            print(f"{round_:<6} {times['governed'][-1]:>11.1f} {times['twin'][-1]:>8.1f} "
                  f"{times['governed'][-1] / times['twin'][-1]:>6.2f}")
        governed, twin = statistics.median(times["governed"]), statistics.median(times["twin"])
        ratio = governed / twin
        for name in ("governed", "twin"):
            print(f"\n{name} steps (median s):")
            for step, seconds in sorted(steps[name].items(), key=lambda item: -statistics.median(item[1])):
                print(f"  {step:<60} {statistics.median(seconds):6.2f}")
        load = os.getloadavg()[0]
        print(f"\nmedian governed {governed:.1f} s, ungoverned twin {twin:.1f} s: {ratio:.2f} x "
              f"(goal at most {GOAL} x: {'met' if ratio <= GOAL else 'NOT met'}); load average {load:.1f}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    arguments = [int(a) for a in sys.argv[1:3]]
    sys.exit(main(*arguments))
