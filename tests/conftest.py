"""Shared fixtures: small real DuckDB files holding canary values, a policy file, an audit store."""

from __future__ import annotations

import os
import re
import socket
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from governance_dagster.governed.approvals import Approvals
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.loader import load_policy
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import open_database

SECRET = "test-secret-0123456789abcdef"
POLICY_YAML = """
version: 1
columns:
  - {table: "*.customers", column: support_notes, kind: free_text}
  - {table: "*.customers", column: income, kind: none}
entities:
  ssn: {operator: redact}
protected_schemas: [main]
approvals:
  allow_unverified: true  # these tests are not about verification (tests/governed/test_verified_identity_enforcement.py is)
roles:
  bob: [approver]
"""

#: Unique values planted in the source; none may appear in anything the governed path releases.
CANARIES = {
    "full_name": "Zebulon Quixotefeather",
    "email": "zebulon.quixotefeather.canary@example.org",
    "phone": "(415) 867-5309",
    "ssn": "219-09-9999",
    "street": "742 Canaryhollow Terrace",
}


def customers_frame(n: int = 60) -> pd.DataFrame:
    """``n`` customers; row 1 holds the canaries, and its note mentions the canary name and e-mail."""
    rows = []
    for i in range(1, n + 1):
        rows.append({
            "customer_id": i,
            "full_name": f"Person{i} Lastname{i}",
            "email": f"person{i}@example.com",
            "phone": f"(212) 555-{1000 + i:04d}",
            "ssn": f"{100 + i:03d}-{10 + i % 80:02d}-{1000 + i:04d}",
            "street": f"{i} Main Street",
            "city": "Springfield",
            "birth_date": pd.Timestamp("1980-01-01") + pd.Timedelta(days=97 * i),
            "income": 40_000.0 + 750 * i,
            "segment": ["consumer", "enterprise"][i % 2],
            "support_notes": f"Person{i} Lastname{i} asked about order {i}",
        })
    frame = pd.DataFrame(rows)
    for column, value in CANARIES.items():
        frame.loc[0, column] = value
    frame.loc[0, "support_notes"] = f"{CANARIES['full_name']} wrote from {CANARIES['email']}, call {CANARIES['phone']}"
    return frame


def write_duckdb(path: Path, **tables: pd.DataFrame) -> str:
    con = duckdb.connect(str(path))
    try:
        for name, frame in tables.items():
            con.register("frame", frame)
            con.execute(f'CREATE OR REPLACE TABLE "{name}" AS SELECT * FROM frame')
            con.unregister("frame")
    finally:
        con.close()
    return f"duckdb:///{path}"


@pytest.fixture
def secret(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("GOVERNANCE_SECRET", SECRET)
    return SECRET


@pytest.fixture
def policy_path(tmp_path: Path) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(POLICY_YAML)
    return path


@pytest.fixture
def prod_url(tmp_path: Path) -> str:
    orders = pd.DataFrame({"order_id": range(1, 121), "customer_id": [1 + i % 60 for i in range(120)],
                           "amount": [10.0 + i for i in range(120)]})
    return write_duckdb(tmp_path / "prod.duckdb", customers=customers_frame(), orders=orders)


@pytest.fixture
def audit_url(tmp_path: Path) -> str:
    return f"duckdb:///{tmp_path / 'audit.duckdb'}"


@pytest.fixture
def connection(prod_url: str, policy_path: Path, audit_url: str, secret: str) -> GovernedConnection:
    return GovernedConnection(
        database=open_database(prod_url), policy=load_policy(policy_path), audit=open_audit_store(audit_url),
        identity=Identity("alice", "test"), secret=secret, approvals=Approvals(audit_url),
    )


#: Canaries of the other kinds the classifier knows, planted by the example project's canary test in extra
#: columns (and mentioned in the free-text note); searched for by :func:`contains_canary` too.
MORE_CANARIES = {
    "credit_card": "4916 3850 7261 1007",  # Luhn-valid
    "iban": "DE60 3704 0044 0532 0991 73",  # valid check digits
    "ip_address": "198.51.100.237",
    "postal_code": "09417",
    "birth_date": "1927-03-14",
}
ALL_CANARIES = {**CANARIES, **MORE_CANARIES}


def _digits_in_order(digits: str) -> str:
    """The digits in order, with any formatting between them: "(415) 867-5309", "4158675309", "415.867.5309"."""
    return r"(?<!\d)" + r"[\s().+/-]{0,3}".join(digits) + r"(?!\d)"


def _canary_patterns() -> dict[str, re.Pattern[str]]:
    patterns = {}
    for name, value in ALL_CANARIES.items():
        digits = re.sub(r"\D", "", value)
        if name in ("phone", "ssn", "credit_card"):
            patterns[name] = re.compile(_digits_in_order(digits))
        elif name == "full_name":
            # the whole name, or the surname alone (it is unique; the first name alone is a real, common one)
            patterns[name] = re.compile(r"quixotefeather")
        elif name == "iban":
            # with or without spaces and country code: the account digits alone are the account
            patterns[name] = re.compile(r"de[\s-]?60[\s-]?" + r"[\s-]?".join(digits[2:]) + "|" + _digits_in_order(digits[2:]))
        elif name == "ip_address":
            patterns[name] = re.compile(r"(?<![\d.])198\.51\.100\.237(?![\d])")
        elif name == "postal_code":
            patterns[name] = re.compile(r"(?<![0-9a-z])09417(?![0-9a-z])")
        elif name == "birth_date":
            patterns[name] = re.compile(r"1927[-/.]?03[-/.]?14|0?3/14/1927|14\.0?3\.1927")
        else:
            patterns[name] = re.compile(re.escape(value.lower()).replace(r"\ ", r"\s+"))
    return patterns


CANARY_PATTERNS = _canary_patterns()


def contains_canary(text: str) -> list[str]:
    """The canaries found in ``text``, raw or in a normalized form (any case, digits with any formatting, a card or
    IBAN as digits only, the surname alone)."""
    lowered = text.lower()
    return [name for name, pattern in CANARY_PATTERNS.items() if pattern.search(lowered)]


#: Modules that run on one worker together, one after another: the Spark tier's, whose local[2] master wants both
#: cores. Every other module is a group of its own.
TOGETHER = {"tests/spark/": "spark"}


def worker_group(nodeid: str) -> str:
    """The group a test runs in under ``pytest -n 2 --dist loadgroup``: its module (a module's tests run on one worker
    in their order, so its module-scoped fixtures, such as a held-out set's build, are made once), or the group
    :data:`TOGETHER` names for its directory."""
    path = nodeid.split("::")[0]
    return next((name for prefix, name in TOGETHER.items() if path.startswith(prefix)), path)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """``--dist loadgroup`` by :func:`worker_group`, with pytest-xdist's own scope scheduler. pytest-xdist 3.8 groups
    by rewriting node ids, which pytest 9.2 no longer reads (pytest-dev/pytest-xdist#1386): its ``xdist_group`` marks
    are silently ignored and every test is sent on its own. This scheduler asks the group of each node id instead."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ModuleScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return worker_group(nodeid)

    return ModuleScheduling(config, log)


def _postgres_reachable(host: str = "127.0.0.1", port: int = 5432) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """A PostgreSQL URL for the integration tier; skipped (or, in CI, failed) when no server answers."""
    url = os.environ.get("GOVERNANCE_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
    if not _postgres_reachable():
        message = ("PostgreSQL tier: no server on 127.0.0.1:5432; start one or set GOVERNANCE_TEST_POSTGRES_URL "
                   "to enable these tests")
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI forces the PostgreSQL tier on. {message}")
        pytest.skip(message)
    return url
