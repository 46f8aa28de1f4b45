"""Specification of installing the wheel as a user would: a fresh virtualenv (no system site-packages), the wheel
beside dagster-dbt, dagster-duckdb and dagster-postgres, and a governed asset materialized there.

Packages come from the PyPI registry through pip's cache; without a registry the tier is skipped with a message
(in CI, where ``CI=true``, it fails instead).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import venv
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
#: dagster integration libraries of the Dagster 1.13 line (each pins its dagster release).
PEERS = ["dagster-dbt==0.29.27", "dagster-duckdb==0.29.27", "dagster-postgres==0.29.27"]


def _registry_reachable(host: str = "pypi.org", port: int = 443) -> bool:
    try:
        with socket.create_connection((host, port), timeout=5):
            return True
    except OSError:
        return False


def _isolated() -> dict[str, str]:
    """This process's environment without what would let the fresh virtualenv see the checkout or this venv
    (PYTHONPATH: a checkout's ``*.egg-info`` would even satisfy the wheel's requirement)."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "DAGSTER_HOME")}


@pytest.fixture(scope="module")
def fresh_env(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not _registry_reachable():
        message = "the PyPI registry (pypi.org:443) is unreachable, so no fresh virtualenv can be installed"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI forces the packaging tier on. {message}")
        pytest.skip(message)
    env_dir = tmp_path_factory.mktemp("fresh-venv")
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    python = env_dir / "bin" / "python"
    started = time.perf_counter()
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel), *PEERS],
                             capture_output=True, text=True, timeout=900, env=_isolated())
    assert install.returncode == 0, install.stderr[-3000:]
    print(f"fresh virtualenv installed in {time.perf_counter() - started:.0f}s")
    return python


@pytest.mark.slow
def test_when_the_wheel_is_installed_beside_dagster_integrations_then_a_governed_asset_materializes(fresh_env, tmp_path) -> None:
    run = subprocess.run([str(fresh_env), str(HERE / "fresh_env_asset.py"), str(tmp_path)], cwd=tmp_path,
                         capture_output=True, text=True, timeout=300, env=_isolated())
    assert run.returncode == 0, run.stderr[-3000:]
    outcome = json.loads(run.stdout.strip().splitlines()[-1])
    assert outcome["success"] and outcome["emails_masked"] and outcome["audit_intact"]
    assert {"read", "policy"} <= set(outcome["audit_kinds"])
    assert outcome["version"] != "0.0.0+unknown"


@pytest.mark.slow
def test_when_the_core_is_installed_without_extras_then_they_are_absent_and_named_on_use(fresh_env, tmp_path) -> None:
    probe = ("import importlib.util, json; print(json.dumps({m: importlib.util.find_spec(m) is not None "
             "for m in ('sdv', 'torch', 'great_expectations', 'psycopg', 'dagster_webserver', 'example_project')}))")
    present = json.loads(subprocess.run([str(fresh_env), "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                                        check=True, env=_isolated()).stdout)
    assert not any(present.values()), present
    run = subprocess.run([str(fresh_env), str(HERE / "fresh_env_asset.py"), str(tmp_path)], cwd=tmp_path,
                         capture_output=True, text=True, timeout=300, env=_isolated())
    assert "pip install 'governance-dagster[synthesis]'" in json.loads(run.stdout.strip().splitlines()[-1])["missing_extra"]

