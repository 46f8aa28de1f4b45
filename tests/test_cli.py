"""Specification of the governance-dagster command line."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from governance_dagster.cli import main
from governance_dagster.store.audit.chain import Draft
from governance_dagster.store.audit.store import TABLE, open_audit_store


def _store(tmp_path: Path, n: int = 5) -> str:
    url = f"duckdb:///{tmp_path / 'audit.duckdb'}"
    store = open_audit_store(url)
    store.append_many([Draft("read", "alice", False, {"statement": f"SELECT {i}"}) for i in range(n)])
    store.close()  # every event in the table, the file let go: another program may open it
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
    import hashlib

    from governance_dagster.store.audit.chain import canonical_text

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


def test_when_classify_runs_without_the_hashing_secret_then_it_still_reports_kinds(prod_url, monkeypatch, capsys) -> None:
    monkeypatch.delenv("GOVERNANCE_SECRET", raising=False)
    assert main(["classify", prod_url, "customers", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["columns"]["ssn"]["kind"] == "ssn"


def test_when_classify_lists_review_columns_then_it_gives_evidence_and_a_rule_to_pin_never_a_value(
        tmp_path: Path, monkeypatch, capsys) -> None:
    import pandas as pd

    from tests.conftest import write_duckdb

    monkeypatch.delenv("GOVERNANCE_SECRET", raising=False)
    notes = ["Plan B", "Crate 7 blue", "Ask again later", "under the stairs", "Flux Capacitor", "otherwise fine"]
    url = write_duckdb(tmp_path / "db.duckdb", t=pd.DataFrame({"id": range(6), "misc_1": notes}))
    assert main(["classify", url, "t", "--review", "--json"]) == 0
    review = json.loads(capsys.readouterr().out)["review"]
    assert list(review) == ["misc_1"]
    assert review["misc_1"]["pin"] == {"table": "main.t", "column": "misc_1", "kind": "none", "values": "none"}
    assert main(["classify", url, "t", "--review"]) == 0
    out = capsys.readouterr().out
    assert "- {table: main.t, column: misc_1, kind: none, values: none}" in out
    assert not any(note in out for note in notes)


def test_query_prints_the_masked_result_and_never_a_canary(prod_url, secret, capsys) -> None:
    from tests.conftest import contains_canary

    assert main(["query", prod_url, "SELECT full_name, email, ssn FROM customers", "--identity", "ann", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)) == 60 and contains_canary(captured.out + captured.err) == []
    assert "masked: full_name" in captured.err


def test_when_a_command_runs_in_a_process_that_goes_on_then_the_collector_is_as_it_was(prod_url, secret, capsys) -> None:
    import gc

    frozen = gc.get_freeze_count()
    assert main(["query", prod_url, "SELECT email FROM customers", "--identity", "ann"]) == 0
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    gc.disable()
    try:
        assert main(["check-sql", "SELECT 1"]) == 0
        assert not gc.isenabled() and gc.get_freeze_count() == frozen
    finally:
        gc.enable()


def test_when_a_command_runs_as_the_program_then_what_it_created_is_frozen_before_the_process_exits() -> None:
    """The collector is paused while the command runs and, as the process exits, finds nothing to traverse."""
    import os
    import subprocess
    import sys

    probe = ("import atexit, gc, sys\n"
             "atexit.register(lambda: print(gc.isenabled(), gc.get_freeze_count() > 10_000))\n"
             "from governance_dagster.cli import main\n"
             "sys.exit(main())")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    done = subprocess.run([sys.executable, "-c", probe, "check-sql", "SELECT 1"], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "True True"


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
    # identifier replay reads the e-mail address a cell holds, wherever it is, so it fails too
    assert report["failed_blocking"] == ["identifier_replay", "free_text_identifiers"]
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


# -- exit status: one table for every command ------------------------------------------------------------------

#: these cases test exit statuses, not verified identities: unverified names may request and decide
UNVERIFIED_OK = "approvals: {allow_unverified: true}\n"
APPROVE_READS = UNVERIFIED_OK + "guardrails:\n  - {name: reads-need-approval, action: approval, kinds: [read], tables: ['main.customers']}\n"
WARN_READS = "guardrails:\n  - {name: reads-warn, action: warn, kinds: [read]}\n"


def _policy(tmp_path: Path, text: str) -> str:
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    return str(path)


def _broken_store(tmp_path: Path) -> str:
    url = _store(tmp_path)
    with duckdb.connect(str(tmp_path / "audit.duckdb")) as con:
        con.execute(f"DELETE FROM {TABLE} WHERE seq = 2")
    return url


#: (case, argv from (tmp_path, prod_url), status, what standard error or output says); docs/cli.md shows this table.
EXIT_STATUS = [
    ("verify: the chain is intact", lambda t, p: ["audit", "verify", "--store", _store(t)], 0, "intact"),
    ("verify: the chain is broken", lambda t, p: ["audit", "verify", "--store", _broken_store(t)], 1, "BROKEN"),
    ("check-sql: allowed", lambda t, p: ["check-sql", "SELECT 1"], 0, "allow"),
    ("check-sql: allowed with a warning",
     lambda t, p: ["check-sql", "SELECT 1", "--policy", _policy(t, WARN_READS)], 0, "warn"),
    ("check-sql: blocked", lambda t, p: ["check-sql", "DROP TABLE customers"], 1, "block"),
    ("check-sql: unparseable", lambda t, p: ["check-sql", "SELEC nonsense ("], 1, "unparseable"),
    ("check-sql: not valid UTF-8", lambda t, p: ["check-sql", "SELECT '\udcff'"], 1, "unparseable"),
    ("check-sql: 600 nested parentheses", lambda t, p: ["check-sql", "SELECT " + "(" * 600 + "1" + ")" * 600], 1,
     "unparseable"),
    ("check-sql: waits for an approval", lambda t, p: ["check-sql", "DELETE FROM customers WHERE id = 1"], 3,
     "approval"),
    ("query: allowed", lambda t, p: ["query", p, "SELECT segment FROM customers"], 0, "audit event"),
    ("query: blocked", lambda t, p: ["query", p, "DROP TABLE customers"], 1, "refused: rule protected-schema"),
    ("query: unparseable", lambda t, p: ["query", p, "SELEC nonsense ("], 1, "refused: rule unparseable"),
    ("query: control characters", lambda t, p: ["query", p, "SELECT email FROM customers\x00"], 1,
     "refused: rule unparseable"),
    ("query: 600 nested parentheses", lambda t, p: ["query", p, "SELECT " + "(" * 600 + "email" + ")" * 600 +
                                                     " FROM customers"], 1, "refused: rule unparseable"),
    ("query: waits for an approval", lambda t, p: ["query", p, "SELECT segment FROM customers", "--policy",
                                                   _policy(t, APPROVE_READS)], 3, "approvals grant"),
    ("query: an unsupported backend", lambda t, p: ["query", "mysql://etl@db/prod", "SELECT 1"], 2,
     "backend 'mysql' is not supported"),
    ("classify: the database file is missing", lambda t, p: ["classify", f"duckdb:///{t}/none.duckdb", "customers"], 2,
     "does not exist"),
    ("approvals: the request does not exist",
     lambda t, p: ["approvals", "grant", "apr-00000000", "--store", _store(t), "--policy", _policy(t, UNVERIFIED_OK),
                   "--as", "bob"], 2, "apr-00000000"),
    ("an argument is not valid UTF-8", lambda t, p: ["audit", "show", "1", "--store", "duckdb:///\udcff.duckdb"], 2,
     "--store is not valid UTF-8"),
    ("an argument holds a NUL", lambda t, p: ["classify", p, "custo\x00mers"], 2, "TABLE holds a NUL"),
]


@pytest.mark.parametrize(("case", "argv", "status", "says"), EXIT_STATUS, ids=[c[0] for c in EXIT_STATUS])
def test_every_command_exits_by_one_table(tmp_path: Path, prod_url, secret, capsys, case, argv, status, says) -> None:
    assert main(argv(tmp_path, prod_url)) == status
    captured = capsys.readouterr()
    assert says in captured.out + captured.err
    assert "Traceback" not in captured.err and len(captured.err.strip().splitlines()) <= 2


USAGE_ERRORS = [
    ("a required option is missing", ["audit", "tail"], "--store"),
    ("a count is not a number", ["audit", "tail", "--store", "duckdb:///a.duckdb", "-n", "three"], "invalid int"),
    # Python 3.11's argparse hands the command an empty list for the value "--"
    ("an anchor is '--'", ["audit", "verify", "--store=duckdb:///a.duckdb", "--anchor=--"], "--anchor"),
    ("an identity is '--'", ["check-sql", "--as=--", "SELECT 1"], "--as"),
]


@pytest.mark.parametrize(("case", "argv", "says"), USAGE_ERRORS, ids=[u[0] for u in USAGE_ERRORS])
def test_when_the_usage_is_wrong_then_the_command_exits_2_with_a_usage_line(capsys, case, argv, says) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    err = capsys.readouterr().err
    assert exited.value.code == 2 and err.startswith("usage:") and says in err.splitlines()[-1]


def test_the_documented_exit_status_table_is_the_one_the_code_uses() -> None:
    from governance_dagster.cli import CHECK_EXIT, EXIT_APPROVAL, EXIT_ERROR, EXIT_NO, EXIT_OK

    table = (Path(__file__).parents[1] / "docs" / "cli.md").read_text()
    rows = {line.split("|")[1].strip(): line for line in table.splitlines() if line.startswith("| ") and "|" in line[2:]}
    assert (EXIT_OK, EXIT_NO, EXIT_ERROR, EXIT_APPROVAL) == (0, 1, 2, 3)
    assert "blocked" in rows["1"] and "unparseable" in rows["1"] and "`query` refuses" in rows["1"]
    assert "`query`" in rows["3"] and "`check-sql`" in rows["3"] and "usage" in rows["2"]
    assert CHECK_EXIT == {"allow": 0, "warn": 0, "block": 1, "approval": 3, "unparseable": 1}


# -- any input: an exit status of the table and one line, never a traceback ---------------------------------------

PROPERTY = settings(derandomize=True, database=None, deadline=None, print_blob=False, max_examples=25,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

#: Any text: every code point including lone surrogates (what Python makes of argv bytes that are not UTF-8) and
#: control characters, plus texts known to hurt (deep nesting, NUL, option-like words, numbers).
NASTY = ["", "-3", "-n", "--", "0", "1", "99999999999999999999", "\udcff", "a\x00b", "\x1b[2J", "main.customers",
         "customers", '"customers"', "SELECT * FROM customers", "SELECT " + "(" * 600 + "1" + ")" * 600,
         "SELECT " + "NOT " * 2000 + "1", "DELETE FROM customers WHERE id = 1", "duckdb:///", "mysql://x/y",
         "postgresql://u:pw@[::1/x", "\u202e", "x" * 5000]
ANY_TEXT = st.one_of(st.sampled_from(NASTY), st.text(st.characters(exclude_categories=()), max_size=40))
#: Text that is safe as a relative file name in the test's own directory (the commands may create files there).
A_NAME = ANY_TEXT.filter(lambda s: "/" not in s and not s.startswith("~"))
#: A count or a sequence number: mostly an integer (negative, zero, huge), sometimes any text.
A_NUMBER = st.one_of(st.integers(-(10**20), 10**20).map(str), ANY_TEXT)
#: A statement: any text, or SQL around any text (a value, a quoted name, a nesting depth), so that examples also
#: get past the parser to the guardrails, the masking rewrite and the database.
A_STATEMENT = st.one_of(
    ANY_TEXT,
    st.builds(lambda column, value: f"SELECT {column} FROM customers WHERE full_name = '{value}'",
              st.sampled_from(["email", "segment", "*", "count(*)"]), ANY_TEXT.map(lambda t: t.replace("'", "''"))),
    st.builds(lambda name: f'SELECT "{name}" FROM customers', ANY_TEXT.map(lambda t: t.replace('"', '""'))),
    st.builds(lambda depth: "SELECT " + "(" * depth + "email" + ")" * depth + " FROM customers", st.integers(0, 1000)),
)
WORDS = ["--store", "--json", "--policy", "--as", "--anchor", "--format", "--since", "--status", "--dialect",
         "--schema", "--identity", "--limit", "--real", "--synthetic", "--holdout", "--sample-rows", "-n", "--help"]


@pytest.fixture
def workspace(tmp_path: Path, prod_url: str, policy_path: Path, secret: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A directory to run in, with a real audit store, production database and policy."""
    monkeypatch.chdir(tmp_path)
    return {"store": _store(tmp_path), "prod": prod_url, "policy": str(policy_path)}


def _commands(w: dict[str, str]) -> dict[str, st.SearchStrategy[list[str]]]:
    """For each command, its arguments filled with any text, real stores and databases, and odd numbers."""
    store = st.one_of(st.just(w["store"]), A_NAME.map(lambda s: f"duckdb:///{s}"), ANY_TEXT)
    url = st.one_of(st.just(w["prod"]), A_NAME.map(lambda s: f"duckdb:///{s}"), ANY_TEXT)
    json_flag = st.sampled_from([[], ["--json"]])
    anchor = st.one_of(st.just([]), ANY_TEXT.map(lambda a: [f"--anchor={a}"]))
    b = st.builds
    # options as --name=value and positionals after --, so that a value that looks like an option is still a value
    # (argparse's usage errors have their own case, "any words")
    return {
        "audit verify": b(lambda s, a: ["audit", "verify", f"--store={s}", *a], store, anchor),
        "audit tail": b(lambda s, n, j: ["audit", "tail", f"--store={s}", f"-n={n}", *j], store, A_NUMBER, json_flag),
        "audit show": b(lambda s, i: ["audit", "show", f"--store={s}", "--", i], store, A_NUMBER),
        "audit export": b(lambda s, f, since, out: ["audit", "export", f"--store={s}", f"--format={f}",
                                                    f"--since={since}", f"--output={out}"],
                          store, st.sampled_from(["jsonl", "openlineage"]), A_NUMBER, A_NAME),
        "check-sql": st.one_of(
            b(lambda q, d, a, j: ["check-sql", f"--dialect={d}", f"--as={a}", *j, "--", q], A_STATEMENT,
              st.sampled_from(["duckdb", "postgres"]), ANY_TEXT, json_flag),
            b(lambda q, s: ["check-sql", f"--schema={s}", f"--policy={w['policy']}", "--", q], A_STATEMENT, ANY_TEXT)),
        "classify": b(lambda u, t, j: ["classify", *j, "--", u, t], url, ANY_TEXT, json_flag),
        "query": st.one_of(
            b(lambda u, q, i, f: ["query", f"--identity={i}", f"--format={f}", "--", u, q], url, A_STATEMENT,
              ANY_TEXT, st.sampled_from(["csv", "json"])),
            b(lambda q, n: ["query", f"--limit={n}", f"--policy={w['policy']}", "--", w["prod"], q], A_STATEMENT,
              A_NUMBER)),
        "leakage": b(lambda r, s: ["leakage", f"--real={r}", f"--synthetic={s}", "--", w["prod"]], ANY_TEXT, ANY_TEXT),
        "approvals list": b(lambda s, status, j: ["approvals", "list", f"--store={s}", *status, *j], store,
                            st.one_of(st.sampled_from([[], ["--status=pending"], ["--status=granted"]]),
                                      ANY_TEXT.map(lambda t: [f"--status={t}"])), json_flag),
        "approvals grant or deny": b(
            lambda action, r, s, a, why: ["approvals", action, f"--store={s}", f"--policy={w['policy']}", f"--as={a}",
                                          f"--reason={why}", "--", r],
            st.sampled_from(["grant", "deny"]), ANY_TEXT, store, ANY_TEXT, ANY_TEXT),
        "any words": b(lambda head, rest: head + rest,
                       st.sampled_from([[], ["audit"], ["audit", "verify"], ["audit", "tail"], ["audit", "show"],
                                        ["audit", "export"], ["check-sql"], ["classify"], ["query"], ["leakage"],
                                        ["approvals"], ["approvals", "list"], ["approvals", "grant"],
                                        ["approvals", "deny"]]),
                       st.lists(st.one_of(st.sampled_from(WORDS), A_NAME), max_size=6)),
    }


COMMANDS = ["audit verify", "audit tail", "audit show", "audit export", "check-sql", "classify", "query", "leakage",
            "approvals list", "approvals grant or deny", "any words"]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        status = main(argv)
    except SystemExit as exited:  # argparse on a usage error, and --help
        status = exited.code if isinstance(exited.code, int) else 2
    return status, capsys.readouterr().err


def _assert_handled(status: int, err: str) -> None:
    assert status in (0, 1, 2, 3), status
    assert "Traceback" not in err and "internal error" not in err, err
    assert err.startswith("usage:") or len(err.strip().splitlines()) <= 1, err  # argparse's usage, or one line


@pytest.mark.parametrize("command", COMMANDS)
def test_whatever_the_arguments_every_command_exits_by_the_table_without_a_traceback(
        workspace, capsys, command: str) -> None:
    @PROPERTY
    @given(argv=_commands(workspace)[command])
    def check(argv: list[str]) -> None:
        status, err = _run(argv, capsys)
        event(f"exit {status}")
        _assert_handled(status, err)

    check()


#: argv bytes a shell can pass that are not UTF-8: only a real process receives them as such.
UNDECODABLE_ARGV = [
    ("check-sql", lambda w: ["check-sql", b"SELECT '\xff'"], 1),
    ("query", lambda w: ["query", w["prod"], b"SELECT \xfe\xff FROM customers"], 1),
    ("audit show", lambda w: ["audit", "show", "1", "--store", b"duckdb:///\xff.duckdb"], 2),
    ("classify", lambda w: ["classify", w["prod"], b"cust\xffomers"], 2),
    ("approvals grant", lambda w: ["approvals", "grant", b"apr-\xff", "--store", w["store"], "--policy", w["policy"],
                                   "--as", b"b\xffb"], 2),
]


@pytest.mark.parametrize(("command", "argv", "status"), UNDECODABLE_ARGV, ids=[c[0] for c in UNDECODABLE_ARGV])
def test_when_argv_bytes_are_not_utf8_then_the_console_script_exits_by_the_table_in_one_line(
        workspace, command: str, argv, status: int) -> None:
    import os
    import subprocess
    import sys

    script = Path(sys.executable).with_name("governance-dagster")
    launcher = [str(script)] if script.exists() else [sys.executable, "-m", "governance_dagster.cli"]
    env = {**os.environ, "LC_ALL": "C.UTF-8", "PYTHONPATH": str(Path(__file__).parents[1])}
    done = subprocess.run([*launcher, *argv(workspace)], capture_output=True, env=env, timeout=120, check=False)
    err, said = done.stderr.decode("utf-8", "replace"), (done.stdout + done.stderr).decode("utf-8", "replace")
    assert done.returncode == status, err
    assert "Traceback" not in said and "internal error" not in said and len(said.strip().splitlines()) == 1, said


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


def test_when_the_reader_closes_the_pipe_early_then_the_command_stops_quietly_with_status_141(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    url = _store(tmp_path, n=300)  # ~1 kB per OpenLineage event: far more than a pipe buffers
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    command = [sys.executable, "-m", "governance_dagster.cli", "audit", "export", "--store", url, "--format",
               "openlineage"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()  # what `| head -1` does after its line
        err = process.stderr.read().decode()
        status = process.wait(timeout=120)
    assert first.startswith(b"{")
    assert (status, err) == (141, "")
