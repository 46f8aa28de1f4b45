"""What starting the command line costs: ``--help``, ``check-sql`` and a governed ``query`` against a raw Python read.

Each command runs in a fresh interpreter, as agents, notebooks and Dagster step processes start it. The query reads
a 50-row DuckDB table with a free-text column (one note in five holds an e-mail address, so presidio runs); the raw
read is a Python process that imports DuckDB and pandas, reads the same rows into a DataFrame and prints them as
CSV, what a script without governance does. Every time is the median of several runs, as wall-clock seconds and as
the CPU seconds (user + system) the process used, which other jobs on a shared machine disturb far less; the heavy
modules each command loaded are read from ``sys.modules`` in one extra run. The first query, timed once, also creates the audit
store and builds the classifier's word lists and compiled patterns into a new cache directory
(``GOVERNANCE_CACHE_DIR``); the later ones read them back, as every call after a machine's first does. The package's
modules are compiled to bytecode first, as pip compiles an installed wheel's: a checkout run with
``PYTHONDONTWRITEBYTECODE`` set would otherwise compile each of them from source in every process (0.1 s).

Run: .venv/bin/python benchmarks/start.py [RUNS]   (goals: query at most 2 x the raw read and without torch, sdv,
great_expectations, dagster or sklearn; --help and check-sql without pandas and presidio)
"""

from __future__ import annotations

import compileall
import json
import os
import resource
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


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _seconds(argv: list[str], cwd: Path, runs: int) -> tuple[float, float]:
    """The median wall-clock and CPU seconds of ``runs`` runs of ``argv``."""
    walls, cpus = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), _cpu()
        subprocess.run(argv, cwd=cwd, env=_env(cwd / "cache"), check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        walls.append(time.perf_counter() - started)
        cpus.append(_cpu() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def _loaded(args: list[str], cwd: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(HEAVY), *args], cwd=cwd,
                          env=_env(cwd / "cache"), capture_output=True, text=True, check=False)
    return json.loads(done.stderr.strip().splitlines()[-1])


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    compileall.compile_dir(ROOT / "governance_dagster", quiet=1)  # into the checkout's __pycache__ (ignored by git)
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
        print(f"{'command':<30}{'wall s':>7}{'x raw':>7}{'CPU s':>7}{'x raw':>7}  heavy modules loaded")

        def row(label: str, seconds: tuple[float, float], note: str) -> None:
            (wall, cpu), (raw_wall, raw_cpu) = seconds, raw
            print(f"{label:<30}{wall:>7.2f}{wall / raw_wall:>7.2f}{cpu:>7.2f}{cpu / raw_cpu:>7.2f}  {note}")

        row("python -c pass", bare, "")
        row("raw read (duckdb + pandas)", raw, "pandas")
        for label, args in commands.items():
            row(label, _seconds([*cli, *args], tmp, runs), ", ".join(_loaded(args, tmp)) or "-")
        row("query, first run (new cache)", first, "(one run)")
    print("\ngoal: query at most 2 x the raw read; --help and check-sql load neither pandas nor presidio")


if __name__ == "__main__":
    main()
