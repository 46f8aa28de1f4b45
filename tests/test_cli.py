"""Specification of the governance-dagster command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import duckdb

from governance_dagster.audit.chain import Draft
from governance_dagster.audit.store import TABLE, open_audit_store
from governance_dagster.cli import main


def _store(tmp_path: Path, n: int = 5) -> str:
    url = f"duckdb:///{tmp_path / 'audit.duckdb'}"
    store = open_audit_store(url)
    for i in range(n):
        store.append(Draft("read", "alice", False, {"statement": f"SELECT {i}"}))
    return url


def test_when_the_chain_is_intact_then_verify_exits_zero(tmp_path: Path, capsys) -> None:
    assert main(["audit", "verify", "--store", _store(tmp_path)]) == 0
    assert "intact: 5 events" in capsys.readouterr().out


def test_when_an_event_was_deleted_then_verify_exits_non_zero_naming_it(tmp_path: Path, capsys) -> None:
    url = _store(tmp_path)
    with duckdb.connect(str(tmp_path / "audit.duckdb")) as con:
        con.execute(f"DELETE FROM {TABLE} WHERE seq = 2")
    assert main(["audit", "verify", "--store", url]) == 1
    assert "BROKEN at event 3" in capsys.readouterr().err



def _recompute_from(path: Path, seq: int, payload: str) -> None:
    """Edit event ``seq``'s payload and recompute every hash from there: what someone with write access can do."""
    from governance_dagster.audit.chain import canonical_text
    import hashlib

    with duckdb.connect(str(path)) as con:
        rows = con.execute(f"SELECT seq, ts, kind, identity, verified, run_id, payload, prev_hash FROM {TABLE} "
                           "ORDER BY seq").fetchall()
        prev = None
        for s, ts, kind, identity, verified, run_id, stored, prev_hash in rows:
            prev = prev_hash if prev is None else prev
            text = payload if s == seq else stored
            digest = hashlib.sha256(canonical_text(s, ts, kind, identity, verified, run_id, text, prev)).hexdigest()
            if s >= seq:
                con.execute(f"UPDATE {TABLE} SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?", [text, prev, digest, s])
            prev = digest


def _truncate(path: Path) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute(f"DELETE FROM {TABLE} WHERE seq > 3")


TAMPERING = [
    ("newest-events-deleted", _truncate, "BROKEN at event 5", "newest events were deleted"),
    ("chain-recomputed-after-an-edit", lambda p: _recompute_from(p, 3, '{"statement":"SELECT 42"}'),
     "BROKEN at event 3", "differs from the anchor"),
]


@pytest.mark.parametrize(("tamper", "where", "why"), [t[1:] for t in TAMPERING], ids=[t[0] for t in TAMPERING])
def test_when_the_store_was_tampered_beyond_what_the_chain_shows_then_an_anchor_catches_it(
    tmp_path: Path, capsys, tamper, where: str, why: str  # noqa: ANN001
) -> None:
    url = _store(tmp_path)
    head = open_audit_store(url).verify()
    anchors = ["--anchor", f"3:{open_audit_store(url).get(3).hash}", "--anchor", f"{head.events}:{head.head}"]
    tamper(tmp_path / "audit.duckdb")
    assert main(["audit", "verify", "--store", url]) == 0  # the chain alone cannot tell
    capsys.readouterr()
    assert main(["audit", "verify", "--store", url, *anchors]) == 1
    err = capsys.readouterr().err
    assert where in err and why in err


def test_when_anchors_match_then_verify_says_so_and_prints_the_head_to_keep(tmp_path: Path, capsys) -> None:
    url = _store(tmp_path)
    head = open_audit_store(url).verify().head
    assert main(["audit", "verify", "--store", url]) == 0
    first = capsys.readouterr()
    assert f"head 5:{head}" in first.out and "--anchor" in first.err
    assert main(["audit", "verify", "--store", url, "--anchor", f"5:{head}", "--anchor", f"5:{head.upper()}"]) == 0
    assert "anchor(s) match" in capsys.readouterr().out


@pytest.mark.parametrize("anchor", ["5", "five:" + "a" * 64, "0:" + "a" * 64, "5:" + "a" * 63, "5:" + "g" * 64])
def test_when_an_anchor_is_malformed_then_verify_says_what_it_expects(tmp_path: Path, capsys, anchor: str) -> None:
    assert main(["audit", "verify", "--store", _store(tmp_path), "--anchor", anchor]) == 2
    assert "SEQ:HASH" in capsys.readouterr().err


def test_tail_prints_the_last_events(tmp_path: Path, capsys) -> None:
    assert main(["audit", "tail", "--store", _store(tmp_path), "-n", "2"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and lines[-1].split()[0] == "5"


def test_when_the_store_url_is_wrong_then_the_error_says_what_to_use(capsys) -> None:
    assert main(["audit", "verify", "--store", "mysql://x"]) == 2
    assert "duckdb:///" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("sql", "dialect", "decision", "status"),
    [("SELECT count(*) FROM orders", "duckdb", "allow", 0), ("DROP TABLE customers", "duckdb", "block", 1),
     ("DELETE FROM public.customers WHERE id = 4", "postgres", "approval", 3), ("SELEC nonsense (", "duckdb", "unparseable", 1),
     ("SELECT 1; DROP TABLE customers", "duckdb", "block", 1)],
)
def test_check_sql_prints_the_decision_and_exits_by_it(sql, dialect, decision, status, capsys) -> None:
    assert main(["check-sql", sql, "--dialect", dialect, "--json"]) == status
    assert json.loads(capsys.readouterr().out)["decision"] == decision


def test_when_check_sql_gets_a_policy_then_its_rules_apply(tmp_path: Path, capsys) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text("guardrails:\n  - {name: etl-may-delete, action: allow, commands: [DELETE], roles: [etl]}\nroles:\n  loader: [etl]\n")
    args = ["check-sql", "DELETE FROM customers WHERE id = 1", "--policy", str(policy), "--json"]
    assert main(args) == 3
    capsys.readouterr()
    assert main([*args, "--as", "loader"]) == 0
    assert json.loads(capsys.readouterr().out)["rule"] == "etl-may-delete"


def test_classify_prints_each_columns_kind_and_operator(prod_url, secret, capsys) -> None:
    assert main(["classify", prod_url, "customers", "--json"]) == 0
    columns = json.loads(capsys.readouterr().out)["columns"]
    assert columns["email"]["kind"] == "email" and columns["email"]["operator"] == "hash"
    assert columns["segment"]["kind"] == "none"


def test_query_prints_the_masked_result_and_never_a_canary(prod_url, secret, capsys) -> None:
    from tests.conftest import contains_canary

    assert main(["query", prod_url, "SELECT full_name, email, ssn FROM customers", "--identity", "ann", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)) == 60 and contains_canary(captured.out + captured.err) == []
    assert "masked: full_name" in captured.err


def test_when_the_database_file_does_not_exist_then_the_error_explains_the_slashes(tmp_path, capsys) -> None:
    assert main(["classify", "duckdb:///no/such/file.duckdb", "customers"]) == 2
    assert "four slashes" in capsys.readouterr().err


def test_show_prints_one_event_and_export_writes_jsonl_and_openlineage(tmp_path: Path, capsys) -> None:
    url = f"duckdb:///{tmp_path / 'audit.duckdb'}"
    store = open_audit_store(url)
    store.append(Draft("read", "ann", False, {"tables": ["main.customers"], "asset": "masked",
                                               "masked": {"email": ["main.customers.email:hash"]}}))
    store.append(Draft("write", "ann", False, {"table": "governed.masked", "rows": 3, "asset": "masked"}))
    store.append(Draft("classification", "ann", False, {"table": "main.customers"}))
    assert main(["audit", "show", "2", "--store", url]) == 0
    assert json.loads(capsys.readouterr().out)["payload"]["table"] == "governed.masked"
    assert main(["audit", "export", "--store", url, "--output", str(tmp_path / "all.jsonl")]) == 0
    assert len((tmp_path / "all.jsonl").read_text().splitlines()) == 3
    assert main(["audit", "export", "--store", url, "--format", "openlineage", "--output", str(tmp_path / "ol.jsonl")]) == 0
    runs = [json.loads(line) for line in (tmp_path / "ol.jsonl").read_text().splitlines()]
    assert len(runs) == 2 and runs[1]["outputs"][0]["name"] == "governed.masked"
    field = runs[0]["outputs"][0]["facets"]["columnLineage"]["fields"]["email"]["inputFields"][0]
    assert (field["name"], field["field"], field["transformations"][0]["masking"]) == ("main.customers", "email", True)


def test_leakage_exits_by_the_verdict_and_prints_no_value(connection, prod_url, secret, capsys) -> None:
    import pandas as pd

    from tests.conftest import CANARIES, contains_canary

    connection.write_table("synthetic.clean", pd.DataFrame({"full_name": ["Fake One", "Fake Two"], "income": [1.5, 2.5]}))
    connection.write_table("synthetic.leaky", pd.DataFrame({"full_name": ["Fake One", CANARIES["full_name"]], "income": [1.5, 2.5]}))
    assert main(["leakage", prod_url, "--real", "main.customers", "--synthetic", "synthetic.clean", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["passed"] is True
    assert main(["leakage", prod_url, "--real", "main.customers", "--synthetic", "synthetic.leaky"]) == 1
    out = capsys.readouterr().out
    assert "FAILED" in out and contains_canary(out) == []


def _people(note: str = "Fake person asked about a refund for order 12", birth_date: str = "2001-02-03"):
    import pandas as pd

    return pd.DataFrame({"customer_id": [1, 2, 3], "segment": ["consumer"] * 3,
                         "birth_date": pd.to_datetime(["2002-05-06", "2003-07-08", birth_date]),
                         "support_notes": ["No issues reported at all today", "Asked about the loyalty programme", note]})


def test_leakage_runs_the_free_text_check_and_a_leak_in_prose_fails_it(connection, prod_url, policy_path, capsys) -> None:
    from tests.conftest import CANARIES, contains_canary

    connection.write_table("synthetic.clean", _people())
    connection.write_table("synthetic.notes", _people(note=f"Customer asked to write to {CANARIES['email']}."))
    base = ["leakage", prod_url, "--real", "main.customers", "--policy", str(policy_path), "--json"]
    assert main([*base, "--synthetic", "synthetic.clean"]) == 0
    clean = json.loads(capsys.readouterr().out)
    assert clean["passed"] and set(clean["checks"]) == {"identifier_replay", "copied_records", "free_text_identifiers",
                                                        "rare_combinations", "closeness"}
    assert main([*base, "--synthetic", "synthetic.notes"]) == 1
    out = capsys.readouterr().out
    report = json.loads(out)
    assert report["failed_blocking"] == ["free_text_identifiers"]
    free_text = report["checks"]["free_text_identifiers"]
    assert free_text["severity"] == "error"
    assert free_text["columns"]["support_notes"] == {"cells": 1, "rows": 3, "share": 0.333333,
                                                     "matched_real_columns": ["email"]}
    assert contains_canary(out) == []


@pytest.mark.parametrize(("severity", "status", "verdict"), [("warn", 0, "WARNING"), ("error", 1, "FAILED")])
def test_leakage_exit_status_follows_the_severity_of_the_rare_combinations_check(
    connection, prod_url, policy_path, capsys, severity, status, verdict
) -> None:
    from tests.conftest import customers_frame

    real_birth_date = customers_frame().loc[0, "birth_date"].date().isoformat()
    connection.write_table("synthetic.rare", _people(birth_date=real_birth_date))
    policy_path.write_text(policy_path.read_text() + f"leakage:\n  severity: {{rare_combinations: {severity}}}\n")
    code = main(["leakage", prod_url, "--real", "main.customers", "--synthetic", "synthetic.rare",
                 "--policy", str(policy_path)])
    out = capsys.readouterr().out
    assert code == status
    assert f"{verdict}: rare_combinations: synthetic.rare: 1 of 3 rows (33.33%) carry a birth_date combination" in out
    assert real_birth_date not in out


def _clean_synthetic(connection) -> None:
    connection.write_table("synthetic.clean", _people())


@pytest.mark.parametrize("real", ["customers", '"customers"', "MAIN.Customers", 'main."customers"', "Customers"])
def test_when_the_real_table_is_named_without_schema_or_quoted_then_leakage_resolves_it_as_classify_does(
        connection, prod_url, capsys, real) -> None:
    _clean_synthetic(connection)
    assert main(["leakage", prod_url, "--real", real, "--synthetic", "SYNTHETIC.clean", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {c["real_table"] for c in report["checks"].values()} == {"main.customers"}
    assert {c["synthetic_table"] for c in report["checks"].values()} == {"synthetic.clean"}


@pytest.mark.parametrize(
    ("real", "synthetic", "named"),
    [("main.customers", "synthetic.nope", "synthetic.nope"), ("nope", "synthetic.clean", "main.nope"),
     ('"Customers"', "synthetic.clean", "main.Customers"), ("main.customers", "a.b.c.d", "a.b.c.d")],
    ids=["missing-synthetic", "missing-real", "quoted-name-keeps-its-case", "not-a-table-name"],
)
def test_when_a_leakage_table_is_missing_then_one_line_names_it_and_the_exit_status_is_2(
        connection, prod_url, capsys, real, synthetic, named) -> None:
    _clean_synthetic(connection)
    assert main(["leakage", prod_url, "--real", real, "--synthetic", synthetic]) == 2
    captured = capsys.readouterr()
    (line,) = captured.err.strip().splitlines()
    assert line.startswith("error: ") and named in line and captured.out == ""


def test_when_the_synthetic_table_is_empty_then_every_leakage_check_passes_with_a_note(connection, prod_url,
                                                                                       capsys) -> None:
    connection.write_table("synthetic.empty", _people().head(0))
    assert main(["leakage", prod_url, "--real", "customers", "--synthetic", "synthetic.empty", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["passed"] and len(report["checks"]) == 5
    assert {(c["passed"], c["note"]) for c in report["checks"].values()} == {(True, "the synthetic table is empty")}
    assert main(["leakage", prod_url, "--real", "customers", "--synthetic", "synthetic.empty"]) == 0
    assert capsys.readouterr().out.count("the synthetic table is empty") == 5


def test_the_leakage_command_resolves_names_and_refuses_missing_tables_in_a_subprocess(connection, prod_url,
                                                                                       secret) -> None:
    import os
    import subprocess
    import sys

    _clean_synthetic(connection)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "governance_dagster.cli", "leakage", prod_url, *args],
                              capture_output=True, text=True, env=env, timeout=300)

    resolved = run("--real", "customers", "--synthetic", "synthetic.clean")
    assert resolved.returncode == 0 and "Traceback" not in resolved.stderr
    missing = run("--real", "customers", "--synthetic", "synthetic.nope")
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert missing.stderr.strip().splitlines() == [
        f"error: table synthetic.nope is not in {prod_url}; check the name and schema "
        "(an unqualified name is looked up in the default schema)"]
