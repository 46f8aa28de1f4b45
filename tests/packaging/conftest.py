"""The wheel under test, built once per session from this checkout (offline: no build isolation)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: run inside the fresh virtualenv only (it imports dagster-duckdb, which the project venv need not hold)
collect_ignore = ["fresh_env_asset.py"]


#: what a build of a checkout must not see: local state, and a previous build's output (setuptools would pack
#: stale files left in build/lib)
_NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", "build", "dist", "site", "*.egg-info", "__pycache__", "data",
                                     ".dagster_home", ".governance-secret", ".hypothesis", "*.duckdb")


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source") / "governance-dagster"
    shutil.copytree(ROOT, source, ignore=_NOT_SOURCE)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet", str(source),
                    "-w", str(out)], check=True, capture_output=True, text=True, timeout=300)
    (built,) = out.glob("governance_dagster-*.whl")
    return built
