"""Six threads of governed reads on one audit store at once: what the fail-closed tests of the stores share."""

from __future__ import annotations

import threading
from pathlib import Path

from governance_dagster.errors import AuditError
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.policy.loader import load_policy
from governance_dagster.store.audit.store import AuditStore
from governance_dagster.store.database import open_database


def read_at_once(store: AuditStore, prod_url: str, policy_path: Path, secret: str,
                 readers: int = 6) -> tuple[list[object], list[str]]:
    """Each thread reads customers through its own governed connection on ``store``; returns the results released
    and the messages of the reads refused."""
    released: list[object] = []
    refused: list[str] = []

    def read(n: int) -> None:
        connection = GovernedConnection(database=open_database(prod_url), policy=load_policy(policy_path),
                                        audit=store, identity=Identity(f"analyst-{n}", "test"), secret=secret)
        try:
            released.append(connection.query("SELECT customer_id, city FROM customers"))
        except AuditError as exc:
            refused.append(str(exc))

    threads = [threading.Thread(target=read, args=(n,)) for n in range(readers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    return released, refused
