"""The held-out sets' shared fixtures (``tests/heldout_support.py``): a failing held-out test's report names the set
and withholds its values, whose tables pytest would otherwise print with the fixtures the test was given."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

#: a held-out test that fails on purpose, given the built tables of v2 (the smallest set)
MODULE = '''
from tests import heldout_support

scored_file, built = heldout_support.set_fixtures("v2")


def test_fails(built):
    assert not built
'''


def test_when_a_held_out_test_fails_then_its_report_holds_none_of_the_sets_values(tmp_path: Path) -> None:
    from benchmarks.classification import heldout_v2

    emails = [v for table in heldout_v2.tables() for column in table.columns if column.kind == "email"
              for v in column.values if isinstance(v, str) and "@" in v]
    assert emails  # the canaries: the set's e-mail addresses
    (tmp_path / "test_planted.py").write_text(MODULE)
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=",
                             "--rootdir", str(tmp_path), str(tmp_path / "test_planted.py")],
                            check=False, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO)},
                            capture_output=True, text=True, timeout=300)
    report = result.stdout + result.stderr
    assert result.returncode == 1 and "tables of held-out set v2; values withheld" in report, report[-2000:]
    assert not [e for e in emails if e in report]
