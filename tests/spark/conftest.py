"""The Spark tier: a local master (``local[2]``) shared by every test of the session.

Skipped, with the reason, when Java or pyspark is missing; CI (``CI=true``, as ``.ci/run`` sets it) fails instead,
so the tier cannot silently stop running there. Each test module writes to Spark databases of its own.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from governance_dagster.governed.approvals import Approvals
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.models import Policy
from governance_dagster.store.audit.store import open_audit_store


def _missing() -> str | None:
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark is not installed (pip install 'governance-dagster[spark]', or make install-test)"
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return "no Java runtime (Spark 4 needs Java 17 or later: apt-get install openjdk-17-jre-headless)"
    return None


@pytest.fixture(scope="session")
def spark_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of the session's local Spark: two cores, two shuffle partitions, no UI, a warehouse of its own."""
    missing = _missing()
    if missing is not None:
        message = f"Spark tier: {missing}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI forces the Spark tier on. {message}")
        pytest.skip(message)
    from governance_dagster.store.spark import SparkDatabase

    warehouse = tmp_path_factory.mktemp("spark-warehouse")
    url = (f"spark://local[2]?spark.sql.shuffle.partitions=2&spark.default.parallelism=2&spark.ui.enabled=false&spark.ui.showConsoleProgress=false"
           f"&spark.sql.warehouse.dir={warehouse}&spark.driver.memory=1g")
    database = SparkDatabase(url)
    database.spark.sparkContext.setLogLevel("ERROR")
    yield url
    database.spark.stop()


@pytest.fixture
def spark_schema(spark_url: str) -> Iterator[str]:
    """A Spark database (schema) of this test only, dropped afterwards."""
    from governance_dagster.store.spark import SparkDatabase

    name = f"t_{uuid.uuid4().hex[:10]}"
    yield name
    SparkDatabase(spark_url).execute(f"DROP DATABASE IF EXISTS `{name}` CASCADE")


def governed(database: object, policy: Policy, audit_dir: Path, secret: str) -> GovernedConnection:
    """A governed connection to ``database`` with its own DuckDB audit store."""
    audit_url = f"duckdb:///{audit_dir / f'audit-{uuid.uuid4().hex[:8]}.duckdb'}"
    return GovernedConnection(database=database, policy=policy, audit=open_audit_store(audit_url),  # type: ignore[arg-type]
                              identity=Identity("alice", "test"), secret=secret, approvals=Approvals(audit_url))
