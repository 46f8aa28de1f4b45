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
#: the `dg` command line of the same Dagster release, for the components tier
DG = "dagster-dg-cli==1.13.27"


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
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-compile", str(wheel), *PEERS, DG],
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
             "for m in ('sdv', 'torch', 'great_expectations', 'psycopg', 'dagster_webserver', 'example_project', 'pyarrow')}))")
    present = json.loads(subprocess.run([str(fresh_env), "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                                        check=True, env=_isolated()).stdout)
    assert not any(present.values()), present
    run = subprocess.run([str(fresh_env), str(HERE / "fresh_env_asset.py"), str(tmp_path)], cwd=tmp_path,
                         capture_output=True, text=True, timeout=300, env=_isolated())
    assert "pip install 'governance-dagster[synthesis]'" in json.loads(run.stdout.strip().splitlines()[-1])["missing_extra"]



SCRATCH_PYPROJECT = """
[project]
name = "scratch"
version = "0.1.0"

[tool.dg]
directory_type = "project"

[tool.dg.project]
root_module = "scratch"
"""
SCRATCH_DEFINITIONS = """
from pathlib import Path
from dagster import definitions, load_from_defs_folder

@definitions
def defs():
    return load_from_defs_folder(path_within_project=Path(__file__).parent)
"""
SCRATCH_ASSET = """
from dagster import asset
from governance_dagster import GovernedDatabase

@asset
def masked_customers(production: GovernedDatabase) -> None:
    frame = production.connection(asset="masked_customers").read_table("customers").frame
    assert "ann@example.com" not in frame["email"].tolist()
"""


@pytest.mark.slow
def test_when_dg_scaffolds_the_governed_database_component_then_the_yaml_loads_and_an_asset_materializes(fresh_env, tmp_path) -> None:
    package = tmp_path / "src" / "scratch"
    (package / "defs").mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text(SCRATCH_PYPROJECT)
    (package / "__init__.py").write_text("")
    (package / "defs" / "__init__.py").write_text("")
    (package / "definitions.py").write_text(SCRATCH_DEFINITIONS)
    (package / "defs" / "assets.py").write_text(SCRATCH_ASSET)
    home = tmp_path / "dagster_home"
    home.mkdir()
    env = {**_isolated(), "PYTHONPATH": str(tmp_path / "src"), "DAGSTER_HOME": str(home),
           "GOVERNANCE_SECRET": "scratch-secret-0123456789", "PATH": f"{fresh_env.parent}:{os.environ['PATH']}"}
    run = lambda *args: subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)  # noqa: E731
    seed = run(str(fresh_env), "-c", "import duckdb; duckdb.connect('production.duckdb').execute(\"CREATE TABLE customers "
               "AS SELECT 1 AS customer_id, 'ann@example.com' AS email\")")
    assert seed.returncode == 0, seed.stderr[-2000:]

    listed = run("dg", "list", "components", "--json")
    assert listed.returncode == 0, listed.stderr[-2000:]
    keys = {item["key"] for item in json.loads(listed.stdout)["items"]}
    assert {"governance_dagster.dagster.components.GovernedDatabaseComponent",
            "governance_dagster.dagster.components.LeakageChecksComponent"} <= keys

    scaffold = run("dg", "scaffold", "defs", "governance_dagster.dagster.components.GovernedDatabaseComponent", "production")
    assert scaffold.returncode == 0, scaffold.stderr[-2000:]
    assert (package / "defs" / "production" / "defs.yaml").exists()

    materialized = run("dagster", "asset", "materialize", "-m", "scratch.definitions", "--select", "masked_customers")
    assert materialized.returncode == 0, materialized.stderr[-3000:]
    assert "RUN_SUCCESS" in materialized.stdout + materialized.stderr
