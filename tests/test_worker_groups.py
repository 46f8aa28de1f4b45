"""``make test``'s two workers: each module's tests run on one worker, the Spark tier's modules on one together
(``tests/conftest.py``'s ``worker_group`` and its pytest-xdist scheduler). pytest-xdist's own ``xdist_group`` marks
were silently ignored under pytest 9.2; this runs a small suite on two workers and asks where each test ran."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

#: a test module that records, per test, the worker that ran it
MODULE = '''
import json, os, pathlib, pytest

@pytest.mark.parametrize("i", range(12))
def test_record(i):
    out = pathlib.Path(os.environ["WORKER_LOG"]) / f"{__name__}-{i}.json"
    out.write_text(json.dumps([__file__, os.environ.get("PYTEST_XDIST_WORKER", "")]))
'''


def _run(root: Path, log: Path) -> None:
    (root / "conftest.py").write_text("from tests.conftest import pytest_xdist_make_scheduler  # noqa: F401\n")
    for path in ("tests/test_a.py", "tests/test_b.py", "tests/test_c.py", "tests/spark/test_x.py",
                 "tests/spark/test_y.py"):
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(MODULE)
    env = {**os.environ, "PYTHONPATH": str(REPO), "WORKER_LOG": str(log)}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2", "--dist",
                             "loadgroup", "-o", "addopts=", "--rootdir", str(root), str(root / "tests")],
                            check=False, cwd=root, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def test_when_the_suite_runs_on_two_workers_then_a_modules_tests_share_one_and_the_spark_tier_shares_one(
        tmp_path: Path) -> None:
    root, log = tmp_path / "suite", tmp_path / "log"
    root.mkdir()
    log.mkdir()
    _run(root, log)
    workers: dict[str, set[str]] = defaultdict(set)
    for record in log.glob("*.json"):
        path, worker = json.loads(record.read_text())
        workers[Path(path).relative_to(root).as_posix()].add(worker)
    assert len(list(log.glob("*.json"))) == 60
    assert all(len(seen) == 1 for seen in workers.values()), dict(workers)
    assert workers["tests/spark/test_x.py"] == workers["tests/spark/test_y.py"]
    assert len(set().union(*workers.values())) == 2
