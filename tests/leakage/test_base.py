"""Specification of run_checks: the one runner of leakage checks that the command line and the Dagster checks share."""

from __future__ import annotations

import pandas as pd
import pytest

from governance_dagster.leakage.base import BY_NAME, CHECKS, Check, EmptyTable, run_checks
from tests.conftest import contains_canary, customers_frame


def _last_seq(connection) -> int:
    last = connection.audit.tail(1)
    return last[-1].seq if last else 0


def _check_events(connection, after: int) -> list[dict]:
    return [e.payload for e in connection.audit.events(since=after) if e.kind == "check"]


def test_when_every_check_runs_then_each_is_recorded_once_in_order_with_the_policys_severity(connection) -> None:
    real = customers_frame()
    connection.write_table("synthetic.copy", real.head(5))  # real identifiers and real rows: identifier replay fails
    before = _last_seq(connection)
    outcomes = run_checks(connection, "main.customers", connection, "synthetic.copy")
    assert [o.check for o in outcomes] == [c.name for c in CHECKS]
    events = _check_events(connection, before)
    assert [e["check"] for e in events] == [c.name for c in CHECKS]
    assert [e["severity"] for e in events] == ["error", "error", "error", "warn", "warn"]
    assert [o.event.payload["check"] for o in outcomes] == [e["check"] for e in events]
    replay = outcomes[0]
    assert not replay.report.passed and replay.blocks
    assert contains_canary(str([o.as_dict() for o in outcomes]) + str(events)) == []


def test_when_the_synthetic_table_is_empty_then_every_check_passes_and_says_why(connection) -> None:
    before = _last_seq(connection)
    outcomes = run_checks(connection, "main.customers", connection, "synthetic.none", empty=True)
    assert all(o.report.passed and not o.blocks for o in outcomes)
    assert {o.report.summary() for o in outcomes} == {"synthetic.none: the synthetic table is empty; nothing to compare"}
    assert [e["note"] for e in _check_events(connection, before)] == ["the synthetic table is empty"] * len(CHECKS)


@pytest.mark.parametrize(("name", "taken"), [
    ("identifier_replay", {"holdout_table": "h"}),
    ("copied_records", {"holdout_table": "h"}),
    ("free_text_identifiers", {}),
    ("rare_combinations", {}),
    ("closeness", {"holdout_table": "h", "sample_rows": 7}),
])
def test_when_a_check_is_given_options_then_it_receives_only_those_it_takes(name: str, taken: dict) -> None:
    seen: list[dict] = []
    check = Check(name, lambda *args, **options: seen.append(options) or EmptyTable(args[1], args[3]),
                  BY_NAME[name].options)
    check(None, "main.r", None, "s.t", holdout_table="h", sample_rows=7)
    assert seen == [taken]


def test_when_one_check_is_asked_for_then_only_it_runs(connection) -> None:
    connection.write_table("synthetic.clean", pd.DataFrame({"customer_id": [1, 2], "segment": ["smb", "smb"]}))
    before = _last_seq(connection)
    (outcome,) = run_checks(connection, "main.customers", connection, "synthetic.clean", [BY_NAME["copied_records"]])
    assert outcome.check == "copied_records" and outcome.severity == "error"
    assert [e["check"] for e in _check_events(connection, before)] == ["copied_records"]


def test_when_the_checks_run_then_they_read_only_through_the_audited_aggregate_and_real_reads_are_recorded(
        connection, monkeypatch) -> None:
    import sys

    real = customers_frame()
    connection.write_table("synthetic.copy", real.head(5))
    database = connection.database
    fetch, direct = database.fetch, []

    def watched_fetch(sql: str, *args, **kwargs):
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if caller.startswith(("governance_dagster.leakage", "governance_dagster.quality")):
            direct.append(caller)
        return fetch(sql, *args, **kwargs)

    monkeypatch.setattr(database, "fetch", watched_fetch)
    before = _last_seq(connection)
    run_checks(connection, "main.customers", connection, "synthetic.copy")
    assert direct == []
    reads = [e.payload for e in connection.audit.events(since=before) if e.kind == "unmasked_read"]
    assert "main.customers" in {r["table"] for r in reads}
    assert [r["reason"] for r in reads if not (r["released"] and " check " in r["reason"] and r["columns"])] == []
