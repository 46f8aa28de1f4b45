"""A place to put real and synthetic tables, in DuckDB and (marked postgres) in PostgreSQL, behind one governed
connection."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from governance_dagster.governed.approvals import Approvals
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.loader import load_policy
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import open_database


@dataclass
class Tables:
    """A governed connection and two writable schemas: one for real tables, one for synthetic ones."""

    connection: GovernedConnection
    real: str
    synthetic: str

    def leakage_policy(self, **changes: object) -> None:
        """Change leakage settings of the connection's policy."""
        policy = self.connection.policy
        self.connection.policy = policy.model_copy(update={"leakage": policy.leakage.model_copy(update=changes)})


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def tables(request: pytest.FixtureRequest, tmp_path: Path, policy_path: Path, audit_url: str, secret: str):
    if request.param == "duckdb":
        url, prefix = f"duckdb:///{tmp_path / 'leak.duckdb'}", "leak"
    else:
        url, prefix = request.getfixturevalue("postgres_url"), f"gd_leak_{uuid.uuid4().hex[:10]}"
    database = open_database(url)
    connection = GovernedConnection(database=database, policy=load_policy(policy_path),
                                    audit=open_audit_store(audit_url), identity=Identity("alice", "test"),
                                    secret=secret, approvals=Approvals(audit_url))
    yield Tables(connection, f"{prefix}_real", f"{prefix}_synthetic")
    if request.param == "postgres":
        for schema in (f"{prefix}_real", f"{prefix}_synthetic"):
            database.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
