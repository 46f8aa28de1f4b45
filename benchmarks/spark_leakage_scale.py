"""The leakage checks at scale: N real x N synthetic rows on DuckDB and on local Spark (issue 19).

Run: .venv/bin/python benchmarks/spark_leakage_scale.py [ROWS] [--checks a,b] [--configs duckdb,local1,...]
[--driver-memory 12g]
(default 10,000,000 rows each side; every check of ``governance_dagster.leakage.base.BY_NAME``)

The data is made once inside DuckDB from ``range`` (no row passes through pandas) and written as parquet: a real
table of customers (an e-mail, a US phone, an SSN and a name, all distinct; a birth date, a postal code and a city,
the quasi-identifiers; a segment; a support note) and a synthetic table of the same shape from other ids, with one
real e-mail, phone and SSN planted every million rows, its note quoting the e-mail (so the checks have something to
find). Nothing else is shared: no record, quasi-identifier combination or closeness tuple of a synthetic row equals
a real one (up to ``MAX_ROWS``, about 25 million rows a side), so every check but identifier replay and free-text
identifiers passes. Each configuration then runs in a process of its own (a process has one
Spark session: ``getOrCreate`` would share the first master), reads the parquet (DuckDB copies it into a table;
Spark registers it as an external table, no copy), and runs each check through the governed path on one governed
connection, the real and synthetic tables in the same database, as a Dagster asset check would:

- ``duckdb``: an embedded DuckDB file (its own threads: both cores);
- ``local1``: Spark ``local[1]``, 4 shuffle partitions;
- ``local2``: Spark ``local[2]``, 4 shuffle partitions;
- ``cluster``: Spark ``local[2]`` with 64 shuffle partitions, adaptive coalescing off and 16 MB file splits: the
  task counts and shuffles of a small cluster, on the same two cores (a "simulated cluster": it measures the
  overhead of cluster-shaped plans, not a cluster's speed).

A check that refuses a database (``LeakageError``: it does not run there yet) is reported as ``refused``; a check
that DuckDB runs but no Spark configuration does is not run on DuckDB either (``--all-on-duckdb`` runs it), so
the table compares like with like. Times include each check's classification sample and its audit events, as a
run pays them; the Spark session's start and the data load are printed apart. Progress goes to stderr; the table,
with seconds, the ratio to DuckDB and rows per second (real + synthetic rows over seconds), to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SECRET = "benchmark-secret-0123456789abcdef"
#: name -> (Spark master, Spark settings); ``duckdb`` has none
CONFIGS: dict[str, tuple[str, dict[str, str]] | None] = {
    "duckdb": None,
    "local1": ("local[1]", {"spark.sql.shuffle.partitions": "4"}),
    "local2": ("local[2]", {"spark.sql.shuffle.partitions": "4"}),
    "cluster": ("local[2]", {"spark.sql.shuffle.partitions": "64", "spark.sql.adaptive.coalescePartitions.enabled": "false",
                             "spark.sql.files.maxPartitionBytes": "16m"}),
}
LABELS = {"duckdb": "DuckDB", "local1": "Spark local[1]", "local2": "Spark local[2]",
          "cluster": "Spark local[2], 64 partitions"}
POLICY = {
    "version": 1,
    "columns": [{"table": f"bench.{t}", "column": c, "kind": k} for t in ("real_customers", "synthetic_customers") for c, k in (
        ("customer_id", "none"), ("email", "email"), ("phone", "phone"), ("ssn", "ssn"), ("full_name", "person_name"),
        ("birth_date", "date_of_birth"), ("postal_code", "postal_code"), ("city", "city"), ("segment", "none"),
        ("notes", "free_text"))],
    "approvals": {"allow_unverified": True},
}
#: one real e-mail, phone and SSN planted in the synthetic table every this many rows
PLANT_EVERY = 1_000_000
#: Distinct birth dates, cities and postal codes (primes, so that a row's quasi-identifiers are its id modulo their
#: product: rows whose ids differ by less than the product never share them; see :func:`customers_sql`).
BIRTH_DAYS, CITIES, POSTAL_CODES = 24_989, 997, 89_989
#: The id period of what closeness compares (birth date, city, segment); the other checks compare wider periods.
CLOSENESS_PERIOD = BIRTH_DAYS * CITIES * 2
#: The synthetic ids start half a closeness period past a multiple of it, so up to ``CLOSENESS_PERIOD // 2`` rows a
#: side no synthetic row shares its birth date, city and segment (nor more) with a real row unless planted.
SYNTHETIC_FIRST_ID = 20 * CLOSENESS_PERIOD + CLOSENESS_PERIOD // 2
MAX_ROWS = CLOSENESS_PERIOD // 2


def _log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def customers_sql(rows: int, first_id: int, plant: bool) -> str:
    """DuckDB SQL for ``rows`` customers with ids from ``first_id``: every identifier distinct per id, a birth date,
    postal code and city (the quasi-identifiers) from the id, and a support note; with ``plant``, every
    ``PLANT_EVERY``-th row (from row 7) takes the identifiers of real customer ``i`` and its note quotes its e-mail.

    The birth date, city and postal code are the id modulo three primes (scrambled by a multiplier, a bijection of
    the residues), the segment its parity: by the Chinese remainder theorem two ids share birth date, city and
    segment only when they differ by a multiple of ``CLOSENESS_PERIOD`` (about 50 million), and birth date and
    postal code only by a multiple of about 2.2 billion. With real ids from 0 and synthetic ones from
    ``SYNTHETIC_FIRST_ID`` the tables therefore share no record, no quasi-identifier combination and no closeness
    tuple by chance (before, the periods were 450,000 ids and every combination existed among a million real rows);
    the names (``First<id % 5000> Last<id // 5000>``) are distinct for every id. A note writes its ticket number
    (the id) as two runs of at most five digits, so no window of its digits is a real SSN or phone (a ten-digit id
    held windows such as ``102150000`` = SSN ``102-15-0000``). Only the planted rows leak."""
    def identifiers(i: str) -> dict[str, str]:
        return {
            "email": f"'user' || {i} || '@example.com'",
            "phone": f"'(' || (200 + {i} % 800) || ') ' || (200 + ({i} // 800) % 800) || '-' || "
                     f"lpad(CAST(({i} // 640000) % 10000 AS VARCHAR), 4, '0')",
            "ssn": f"printf('%03d-%02d-%04d', 100 + {i} % 800, 10 + ({i} // 800) % 90, ({i} // 72000) % 10000)",
        }
    own, real = identifiers("id"), identifiers("range")
    planted = f"range % {PLANT_EVERY} = 7" if plant else "false"
    columns = ", ".join(f"CASE WHEN {planted} THEN {real[c]} ELSE {own[c]} END AS {c}" for c in own)
    note = (f"CASE WHEN {planted} THEN 'please write to me at ' || {real['email']} || ' about the refund' "
            f"ELSE 'ticket ' || (id // 100000) || 'x' || lpad(CAST(id % 100000 AS VARCHAR), 5, '0') || "
            f"' about invoice ' || (id % 97) || ', answered' END AS notes")
    return (f"SELECT id AS customer_id, {columns}, 'First' || (id % 5000) || ' Last' || (id // 5000) "
            f"AS full_name, DATE '1940-01-01' + CAST((id * 7919) % {BIRTH_DAYS} AS INTEGER) AS birth_date, "
            f"CAST((id * 104729) % {POSTAL_CODES} + 10000 AS VARCHAR) AS postal_code, "
            f"'City' || ((id * 31) % {CITIES}) AS city, "
            f"CASE WHEN id % 2 = 0 THEN 'consumer' ELSE 'enterprise' END AS segment, {note} "
            f"FROM (SELECT range, range + {first_id} AS id FROM range({rows}))")


def make_data(rows: int, directory: Path) -> Path:
    """Write the real and the synthetic table as parquet (a directory each, under ``directory``), inside DuckDB."""
    import duckdb

    if rows > MAX_ROWS:
        raise ValueError(f"at most {MAX_ROWS:,} rows a side: beyond, real and synthetic rows share values by chance")
    with duckdb.connect() as con:
        for table, first_id, plant in (("real_customers", 0, False), ("synthetic_customers", SYNTHETIC_FIRST_ID, True)):
            folder = directory / table
            folder.mkdir(parents=True, exist_ok=True)
            con.execute(f"COPY ({customers_sql(rows, first_id, plant)}) TO '{folder / 'part-0.parquet'}' "
                        "(FORMAT parquet, ROW_GROUP_SIZE 1000000)")
    return directory


def _connection(database: object, audit_dir: Path):
    from governance_dagster.governed.connection import GovernedConnection
    from governance_dagster.governed.identity import Identity
    from governance_dagster.policy.models import Policy
    from governance_dagster.store.audit.store import open_audit_store

    return GovernedConnection(database=database, policy=Policy.model_validate(POLICY),  # type: ignore[arg-type]
                              audit=open_audit_store(f"duckdb:///{audit_dir / 'audit.duckdb'}"),
                              identity=Identity("benchmark", "benchmark"), secret=SECRET)


def worker(config: str, data: Path, checks: list[str], work: Path, driver_memory: str = "3g") -> dict:
    """Run ``checks`` in one configuration (a Spark one with ``driver_memory``, which in local mode is the
    executors' heap too); returns seconds per check (or ``refused``) and the set-up times."""
    from governance_dagster.errors import LeakageError
    from governance_dagster.leakage.base import BY_NAME

    started = time.perf_counter()
    target = CONFIGS[config]
    if target is None:
        from governance_dagster.store.database import DuckDBDatabase

        database = DuckDBDatabase(str(work / "leakage.duckdb"))  # not bench.duckdb: its catalog would shadow the schema
        database.execute("CREATE SCHEMA IF NOT EXISTS bench")
        for table in ("real_customers", "synthetic_customers"):
            database.execute(f"CREATE OR REPLACE TABLE bench.{table} AS SELECT * FROM "
                             f"read_parquet('{data / table / '*.parquet'}')")
        start_seconds = 0.0
    else:
        from governance_dagster.store.spark import SparkDatabase, spark_url

        master, settings = target
        database = SparkDatabase(spark_url(master, {
            **settings, "spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
            "spark.driver.memory": driver_memory, "spark.sql.warehouse.dir": str(work / "warehouse")}))
        database.spark.sparkContext.setLogLevel("ERROR")
        start_seconds = time.perf_counter() - started
        database.spark.sql("CREATE DATABASE IF NOT EXISTS bench")
        for table in ("real_customers", "synthetic_customers"):  # external tables over the parquet: no copy
            database.spark.catalog.createTable(f"bench.{table}", path=str(data / table), source="parquet")
    load_seconds = time.perf_counter() - started - start_seconds
    _log(f"{config}: ready (start {start_seconds:.1f} s, load {load_seconds:.1f} s)")
    connection = _connection(database, work)
    results: dict[str, object] = {}
    for name in checks:
        began = time.perf_counter()
        try:
            report = BY_NAME[name](connection, "bench.real_customers", connection, "bench.synthetic_customers")
        except LeakageError as exc:
            if "does not run" not in str(exc):
                raise
            results[name] = "refused"
            _log(f"{config}: {name} refused")
            continue
        seconds = time.perf_counter() - began
        results[name] = {"seconds": round(seconds, 2), "passed": report.passed}
        _log(f"{config}: {name} {seconds:.1f} s ({'passed' if report.passed else 'failed'}: {report.summary()[:400]})")
    return {"config": config, "start_seconds": round(start_seconds, 1), "load_seconds": round(load_seconds, 1),
            "checks": results}


def _run_worker(config: str, data: Path, checks: list[str], work: Path, driver_memory: str) -> dict:
    """One configuration in a process of its own; its progress goes to this stderr, its result comes back as JSON."""
    command = [sys.executable, __file__, "--worker", config, "--data", str(data), "--work", str(work),
               "--checks", ",".join(checks), "--driver-memory", driver_memory]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, env=env, check=False)
    if done.returncode != 0:
        return {"config": config, "error": f"exit {done.returncode}", "checks": {}}
    return json.loads(done.stdout.strip().splitlines()[-1])


def table(rows: int, results: list[dict], checks: list[str]) -> str:
    """The side-by-side table: seconds, ratio to DuckDB and rows per second of each check in each configuration."""
    by_config = {r["config"]: r for r in results}
    duck = by_config.get("duckdb", {}).get("checks", {})
    lines = [f"{rows:,} real x {rows:,} synthetic rows", "",
             f"{'check':<22} {'configuration':<30} {'seconds':>9} {'x DuckDB':>9} {'rows/s':>12}"]
    for name in checks:
        for config, result in by_config.items():
            got = result.get("checks", {}).get(name)
            if got is None:
                shown = ("error: " + result["error"]) if "error" in result else "not run"
                lines.append(f"{name:<22} {LABELS[config]:<30} {shown:>9}")
                continue
            if got == "refused":
                lines.append(f"{name:<22} {LABELS[config]:<30} {'refused':>9}")
                continue
            seconds = got["seconds"]
            base = duck.get(name)
            ratio = f"{seconds / base['seconds']:.1f}" if isinstance(base, dict) and base["seconds"] else "-"
            lines.append(f"{name:<22} {LABELS[config]:<30} {seconds:>9.1f} {ratio:>9} {2 * rows / seconds:>12,.0f}")
    lines.append("")
    for config, r in by_config.items():
        if "start_seconds" in r:
            lines.append(f"{LABELS[config]}: session start {r['start_seconds']} s, data load {r['load_seconds']} s "
                         "(not in the times above)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rows", nargs="?", type=int, default=10_000_000)
    parser.add_argument("--checks", default="", help="comma-separated check names (default: every check)")
    parser.add_argument("--configs", default=",".join(CONFIGS), help=f"comma-separated, of {', '.join(CONFIGS)}")
    parser.add_argument("--all-on-duckdb", action="store_true", help="also run on DuckDB the checks Spark refuses")
    parser.add_argument("--driver-memory", default="3g",
                        help="Spark driver heap (local mode: all of Spark's), e.g. 12g for 10M rows; default 3g")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args()
    from governance_dagster.leakage.base import BY_NAME

    checks = [c for c in args.checks.split(",") if c] or list(BY_NAME)
    if args.worker:
        print(json.dumps(worker(args.worker, Path(args.data), checks, Path(args.work), args.driver_memory)))
        return
    configs = [c for c in args.configs.split(",") if c]
    with tempfile.TemporaryDirectory(prefix="spark-leakage-") as scratch:
        began = time.perf_counter()
        data = make_data(args.rows, Path(scratch) / "data")
        _log(f"data: {args.rows:,} + {args.rows:,} rows as parquet in {time.perf_counter() - began:.1f} s")
        results = []
        spark_first = [c for c in configs if c != "duckdb"] + [c for c in configs if c == "duckdb"]
        for config in spark_first:
            wanted = checks
            if config == "duckdb" and not args.all_on_duckdb and len(results):
                ran = {n for r in results for n, v in r.get("checks", {}).items() if isinstance(v, dict)}
                wanted = [c for c in checks if c in ran]
            if not wanted:
                _log(f"{config}: nothing to run (every check was refused on Spark)")
                continue
            work = Path(scratch) / config
            work.mkdir()
            _log(f"{config}: starting ({', '.join(wanted)})")
            results.append(_run_worker(config, data, wanted, work, args.driver_memory))
        order = {c: i for i, c in enumerate(configs)}
        results.sort(key=lambda r: order[r["config"]])
    print(table(args.rows, results, checks))


if __name__ == "__main__":
    main()
