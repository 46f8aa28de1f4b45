"""What starting the command line costs: ``--help``, ``check-sql`` and a governed ``query`` against a raw Python read.

Each command runs in a fresh interpreter, as agents, notebooks and Dagster step processes start it. The query reads
a 50-row DuckDB table with a free-text column (one note in five holds an e-mail address, so presidio runs); the raw
read is a Python process that imports DuckDB and pandas, reads the same rows into a DataFrame and prints them as
CSV, what a script without governance does. Every time is the median of several runs; the heavy modules each
command loaded are read from ``sys.modules`` in one extra run. The first query, timed once, also creates the audit
store and builds the classifier's word lists into a new cache directory (``GOVERNANCE_CACHE_DIR``); the later ones
read them back, as every call after a machine's first does.

Run: .venv/bin/python benchmarks/start.py [RUNS]   (goals: query at most 2 x the raw read and without torch, sdv,
great_expectations, dagster or sklearn; --help and check-sql without pandas and presidio)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
SECRET = "benchmark-secret-0123456789abcdef"
HEAVY = ("pandas", "sqlalchemy", "presidio_analyzer", "presidio_anonymizer", "spacy", "babel", "torch", "sdv",
         "great_expectations", "dagster", "sklearn")

RAW_READ = """
import sys, duckdb
frame = duckdb.connect(sys.argv[1], read_only=True).execute("SELECT * FROM tickets").df()
print(frame.to_csv(index=False), end="")
"""

#: Runs the command line in this interpreter, then reports the heavy modules it loaded.
PROBE = """
import json, sys
from governance_dagster.cli import main
try:
    main(sys.argv[2:])
except SystemExit:
    pass
print(json.dumps(sorted(m for m in json.loads(sys.argv[1]) if m in sys.modules)), file=sys.stderr)
"""


def build(path: Path) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute("""
            CREATE TABLE tickets AS
            SELECT i AS id, 'cust' || i AS handle,
                   CASE WHEN i % 5 = 0 THEN 'customer wrote from ann' || i || '@example.com about the order'
                        ELSE 'printer jammed again on floor ' || i END AS notes
            FROM range(50) t(i)""")


def _env(cache: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "GOVERNANCE_SECRET": SECRET, "GOVERNANCE_IDENTITY": "bench",
            "GOVERNANCE_CACHE_DIR": str(cache)}


def _seconds(argv: list[str], cwd: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, cwd=cwd, env=_env(cwd / "cache"), check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _loaded(args: list[str], cwd: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(HEAVY), *args], cwd=cwd,
                          env=_env(cwd / "cache"), capture_output=True, text=True, check=False)
    return json.loads(done.stderr.strip().splitlines()[-1])


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        path = tmp / "small.duckdb"
        build(path)
        url = f"duckdb:///{path}"
        cli = [sys.executable, "-m", "governance_dagster.cli"]
        commands = {
            "--help": ["--help"],
            "check-sql": ["check-sql", "SELECT notes FROM tickets WHERE id = 1"],
            "query (50 rows, free text)": ["query", url, "SELECT * FROM tickets"],
        }
        first = _seconds([*cli, *commands["query (50 rows, free text)"]], tmp, 1)  # creates the store, the cache
        raw = _seconds([sys.executable, "-c", RAW_READ, str(path)], tmp, runs)
        bare = _seconds([sys.executable, "-c", "pass"], tmp, runs)
        print(f"start of the command line, median of {runs} runs (load average {os.getloadavg()[0]:.1f})\n")
        print(f"{'command':<30}{'s':>7}{'x raw read':>11}  heavy modules loaded")
        print(f"{'python -c pass':<30}{bare:>7.2f}{bare / raw:>11.2f}")
        print(f"{'raw read (duckdb + pandas)':<30}{raw:>7.2f}{1:>11.2f}  pandas")
        for label, args in commands.items():
            seconds = _seconds([*cli, *args], tmp, runs)
            print(f"{label:<30}{seconds:>7.2f}{seconds / raw:>11.2f}  {', '.join(_loaded(args, tmp)) or '-'}")
        print(f"{'query, first run (new cache)':<30}{first:>7.2f}{first / raw:>11.2f}  (one run)")
    print("\ngoal: query at most 2 x the raw read; --help and check-sql load neither pandas nor presidio")


if __name__ == "__main__":
    main()
