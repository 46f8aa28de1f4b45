"""Soak: 20 concurrent governed client processes on a fresh PostgreSQL database with canaries planted, mixing
masked reads (whole tables, derived columns, joins, aggregates, CTEs, windows), governed writes to a scratch schema
and statements that must be refused, with the audit store on the same PostgreSQL server.

Afterwards: no canary in any result, every refused statement refused, no unexpected error, no client hung
(deadlock or timeout), and the audit trail holds exactly one event per action each client recorded doing, in a
chain that verifies. Processes, not threads, so the GIL does not hide contention.

Duration: GOVERNANCE_SOAK_SECONDS (default 30, bounded to 10..600; benchmarks/soak_postgres.py measures longer runs); clients: GOVERNANCE_SOAK_CLIENTS (default 20).
"""

from __future__ import annotations

import os
from collections import Counter

import pandas as pd
import pytest

from benchmarks.soak_postgres import POLICY_YAML, fresh_database, run_load, seed
from governance_dagster.store.audit.store import open_audit_store
from tests.conftest import contains_canary, customers_frame

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

SECONDS = min(600.0, max(10.0, float(os.environ.get("GOVERNANCE_SOAK_SECONDS", "30"))))
CLIENTS = min(40, max(2, int(os.environ.get("GOVERNANCE_SOAK_CLIENTS", "20"))))


def test_when_twenty_clients_soak_the_governed_path_then_nothing_leaks_nothing_is_lost_and_the_chain_verifies(
    postgres_url: str, tmp_path
) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY_YAML)
    orders = pd.DataFrame({"order_id": range(1, 241), "customer_id": [1 + i % 60 for i in range(240)],
                           "amount": [10.0 + i for i in range(240)]})
    with fresh_database(postgres_url) as url:
        seed(url, customers_frame(), orders)
        result = run_load("governed", url, clients=CLIENTS, seconds=SECONDS, audit_url=url, policy_path=str(policy),
                          check=contains_canary)
        audit = open_audit_store(url)
        events = Counter((e.payload.get("client"), e.kind) for e in audit.events())
        verification = audit.verify()

    print(f"\nsoak: {CLIENTS} clients, {result.seconds:.0f} s, {result.actions()} actions, "
          f"{result.throughput:.1f} actions/s, p50 {result.percentile(0.5) * 1000:.0f} ms, "
          f"p99 {result.percentile(0.99) * 1000:.0f} ms; per kind: " + ", ".join(
              f"{k} {result.actions(k)} (p99 {result.percentile(0.99, k) * 1000:.0f} ms)" for k in ("read", "write", "refused")))
    assert result.hung == 0, f"{result.hung} clients did not finish: deadlock or timeout"
    assert result.errors == []
    assert [hit for r in result.reports for hit in r.canary_hits] == []
    assert [s for r in result.reports for s in r.not_refused] == []
    assert all(r.counts[k] > 0 for r in result.reports for k in ("read", "write", "refused")), "every client did every kind"
    for report in result.reports:
        recorded = {"read": events[(report.client, "read")], "write": events[(report.client, "write")],
                    "refused": events[(report.client, "statement.refused")]}
        assert recorded == report.counts, f"client {report.client}: audit events {recorded} != actions {report.counts}"
    assert verification.ok, verification
