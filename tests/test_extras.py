"""Specification of the optional extras: without the package an extra brings, the feature that needs it refuses
with a ConfigurationError naming the extra to install; the rest of the core still imports."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from governance_dagster.errors import ConfigurationError
from governance_dagster.extras import EXTRAS, require


def _synthesis() -> None:
    from governance_dagster.synthesis import sdv_metadata

    sdv_metadata(pd.DataFrame({"x": [1, 2]}), {})


def _contract(tmp_path) -> None:
    from governance_dagster.quality.contract import TableProfile, validate_contract

    validate_contract(pd.DataFrame({"x": [1]}), TableProfile("main.t", 1, ()), suite_name="s", docs_dir=tmp_path)


def _postgres_database() -> None:
    from governance_dagster.store.database import open_database

    open_database("postgresql://postgres@127.0.0.1:5432/test")


def _postgres_audit() -> None:
    from governance_dagster.store.audit.store import open_audit_store

    open_audit_store("postgresql://postgres@127.0.0.1:5432/test")


def _openlineage_export() -> None:
    from governance_dagster.store.audit.chain import Event
    from governance_dagster.store.audit.export import to_openlineage

    to_openlineage(Event(1, "2026-01-01T00:00:00+00:00", "write", "ann", False, "", {"table": "t"}, "0" * 64,
                         "f" * 64), namespace="x")


def _openlineage_sink(tmp_path) -> None:
    from governance_dagster.governed.connection import GovernedConnection
    from governance_dagster.governed.identity import Identity
    from governance_dagster.policy.models import Policy
    from governance_dagster.store.audit.store import open_audit_store
    from governance_dagster.store.database import open_database

    GovernedConnection(database=open_database(f"duckdb:///{tmp_path / 'db.duckdb'}"), policy=Policy(),
                       audit=open_audit_store(f"duckdb:///{tmp_path / 'audit.duckdb'}"), identity=Identity("a", "t"),
                       secret="s" * 32, lineage_sink=str(tmp_path / "lineage.jsonl"))


@pytest.mark.parametrize(("missing", "extra", "use"), [
    ("sdv", "synthesis", lambda tmp_path: _synthesis()),
    ("great_expectations", "contract", _contract),
    ("psycopg", "postgres", lambda tmp_path: _postgres_database()),
    ("psycopg", "postgres", lambda tmp_path: _postgres_audit()),
    ("openlineage", "openlineage", lambda tmp_path: _openlineage_export()),
    ("openlineage", "openlineage", _openlineage_sink),
])
def test_when_an_extra_is_not_installed_then_its_feature_names_the_pip_command(missing, extra, use, tmp_path, monkeypatch) -> None:
    for name in [m for m in sys.modules if m == missing or m.startswith(f"{missing}.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, missing, None)  # the import system's own "not installed"
    with pytest.raises(ConfigurationError, match=rf"pip install 'governance-dagster\[{extra}\]'"):
        use(tmp_path)


def test_when_an_unknown_extra_is_asked_for_then_the_error_lists_the_valid_ones() -> None:
    with pytest.raises(ConfigurationError, match="valid extras: " + ", ".join(EXTRAS)):
        require("json", "everything")


def test_when_the_core_is_imported_then_no_extra_is_loaded() -> None:
    code = ("import sys, governance_dagster, governance_dagster.governed.connection, governance_dagster.synthesis, "
            "governance_dagster.quality.contract, governance_dagster.dagster.resources; "
            "print(sorted(m for m in ('sdv', 'great_expectations', 'psycopg', 'dagster_webserver', 'torch', 'openlineage') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
