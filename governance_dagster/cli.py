"""The ``governance-dagster`` command line.

Example:
    governance-dagster audit verify --store duckdb:///example_project/data/audit.duckdb
    governance-dagster audit tail --store duckdb:///example_project/data/audit.duckdb -n 20
    governance-dagster audit show 42 --store duckdb:///example_project/data/audit.duckdb
    governance-dagster audit export --store duckdb:///audit.duckdb --format openlineage --output lineage.jsonl
    governance-dagster check-sql "DELETE FROM customers" --dialect duckdb --json
    governance-dagster approvals list --store duckdb:///audit.duckdb
    governance-dagster approvals grant apr-0123abcd --store duckdb:///audit.duckdb --policy policy.yaml --as bob
    governance-dagster classify duckdb:///prod.duckdb customers --json
    GOVERNANCE_SECRET=... governance-dagster query duckdb:///prod.duckdb "SELECT * FROM customers" --identity ann
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import asdict

from governance_dagster.errors import (
    ApprovalRequired,
    ConfigurationError,
    GovernanceError,
    IdentityError,
    StatementRefused,
    UnparseableStatement,
)
from governance_dagster.rules import Rule

# Only the standard library and the errors are imported here: each command imports what it uses when it runs, so
# that `--help` and `check-sql` start without pandas, SQLAlchemy or presidio (tests/test_start_imports.py).

#: Exit status of every command (docs/cli.md shows the same table): the command did what was asked and the answer
#: is yes; the check or decision says no (a statement blocked, refused or unparseable, a chain broken, a blocking
#: leakage check failed); the command could not do what was asked (usage, arguments, configuration, a store or
#: database error: the message says what to fix); the statement waits for someone's approval.
EXIT_OK, EXIT_NO, EXIT_ERROR, EXIT_APPROVAL = 0, 1, 2, 3
#: The reader of standard output closed it (``| head``): the status of a Unix tool ended by SIGPIPE (128 + 13).
EXIT_PIPE_CLOSED = 141

#: Exit status of check-sql per decision; ``query`` exits the same way on the same statement.
CHECK_EXIT = {"allow": EXIT_OK, "warn": EXIT_OK, "block": EXIT_NO, "approval": EXIT_APPROVAL, "unparseable": EXIT_NO}


#: A column of a table the CLI prints: its header, "left" or "right", and its rich style on a terminal.
Column = tuple[str, str, str]


def _print_table(columns: Sequence[Column], rows: Sequence[Sequence[str]], indent: int = 0) -> None:
    """Print ``rows`` as aligned columns with rich. On a terminal: a header row and colours (rich honours
    ``NO_COLOR``), cut to the terminal's width. Otherwise (a pipe, a file): plain text, one line per row, no header,
    no colour, never wrapped, no trailing spaces, so a script can read it.

    Example:
        >>> _print_table([("seq", "right", ""), ("kind", "left", "cyan")], [("7", "read"), ("12", "write")])
         7  read
        12  write
    """
    from rich.console import Console
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    terminal = sys.stdout.isatty()
    widths = [max([len(header) if terminal else 0, *(len(str(row[i])) for row in rows)])
              for i, (header, _, _) in enumerate(columns)]
    fixed = indent + sum(widths[:-1]) + 2 * (len(widths) - 1)
    console = Console(file=sys.stdout, highlight=False)
    # every column but the last keeps its width; the last (free text) gets the rest of the line, cut with an ellipsis;
    # on a pipe, or a terminal too narrow to align them, no value is cut (the terminal wraps the lines)
    rest = None if not terminal or console.width < fixed + 8 else console.width - fixed
    if rest is None:
        console = Console(file=sys.stdout, highlight=False, width=1 << 20, color_system=console.color_system)
    table = Table(box=None, show_header=terminal, pad_edge=False, padding=(0, 1), header_style="bold")
    for i, (header, justify, style) in enumerate(columns):
        last = i == len(columns) - 1
        table.add_column(header, justify=justify, style=style if terminal else "", no_wrap=True, overflow="ellipsis",
                         min_width=None if last else widths[i], max_width=rest if last else None)
    for row in rows:
        table.add_row(*(Text(str(cell)) for cell in row))  # Text: a value is never read as rich markup
    if terminal:
        console.print(Padding(table, (0, 0, 0, indent)))
        return
    with console.capture() as captured:
        console.print(table)
    for line in captured.get().splitlines():
        print(" " * indent + line.rstrip())


def _verify(args: argparse.Namespace) -> int:
    from governance_dagster.store.audit.chain import parse_anchor
    from governance_dagster.store.audit.store import open_audit_store

    anchors = dict(parse_anchor(a) for a in args.anchor)
    from governance_dagster.store.audit.checkpoint import load_public_keys

    keys = load_public_keys(args.public_key)
    store = open_audit_store(args.store, read_only=True)
    result = store.verify(anchors)
    if not result.ok:
        print(f"audit chain BROKEN at event {result.first_bad}: {result.problem}", file=sys.stderr)
        return 1
    report = store.checkpoint_report(keys)
    checked = f"; {len(anchors)} anchor(s) match" if anchors else ""
    print(f"audit chain intact: {result.events} events, head {result.events}:{result.head}{checked}")
    for problem in report.problems:
        print(f"audit checkpoint INVALID: {problem}", file=sys.stderr)
    _print_signatures(report, bool(keys))
    if not anchors and not report.covered:
        print("note: without --anchor the deletion of the newest events and a recomputed chain go unnoticed; "
              "keep the head (SEQ:HASH) elsewhere and pass it next time", file=sys.stderr)
    return 0 if report.ok else 1


def _recover(args: argparse.Namespace) -> int:
    from governance_dagster.store.audit.store import open_audit_store

    store = open_audit_store(args.store, signer=None)
    found = store.recover()
    head = store.tail(1)
    where = f"; the chain's head is event {head[0].seq}" if head else ""
    print(f"{found} journaled event(s) found and in the store{where}" if found else f"nothing to recover{where}")
    store.close()
    return 0


def _print_signatures(report, checked: bool) -> None:
    if not report.checkpoints:
        print("nothing is signed: the store holds no checkpoint (configure GOVERNANCE_AUDIT_SIGNING_KEY on the "
              "governed path; see docs/audit.md)")
        return
    if not checked:
        print(f"{report.checkpoints} signed checkpoint(s) not checked: pass --public-key to check them")
        return
    if report.unknown_keys:
        print(f"checkpoints signed by key(s) {', '.join(report.unknown_keys)} not checked: no --public-key given "
              "for them")
    if report.covered:
        print(f"signed: events 1..{report.covered} are covered by a valid signature")
    if report.covered < report.head:
        print(f"unsigned: events {report.covered + 1}..{report.head} are covered by no valid signature")


def _tail(args: argparse.Namespace) -> int:
    from governance_dagster.store.audit.store import open_audit_store

    if args.n < 0:
        raise ConfigurationError(f"-n must be 0 or more, got {args.n}")
    events = open_audit_store(args.store, read_only=True).tail(args.n)
    if args.json:
        for event in events:
            print(json.dumps(event.__dict__, sort_keys=True, default=str))
        return 0
    columns = [("seq", "right", "dim"), ("time", "left", ""), ("kind", "left", "cyan"), ("identity", "left", "green"),
               ("table, statement or check", "left", "")]
    _print_table(columns, [(str(e.seq), str(e.ts), e.kind, e.identity, str(_detail(e.payload))[:80]) for e in events])
    return 0


def _detail(payload: dict) -> object:
    return payload.get("table") or payload.get("statement") or payload.get("check") or ""


def _show(args: argparse.Namespace) -> int:
    from governance_dagster.store.audit.store import open_audit_store
    from governance_dagster.store.database import shown_url

    event = open_audit_store(args.store, read_only=True).get(args.id)
    if event is None:
        print(f"error: no event {args.id} in {shown_url(args.store)}", file=sys.stderr)
        return 2
    print(json.dumps(event.__dict__, indent=2, sort_keys=True, default=str))
    return 0


def _show_agent(args: argparse.Namespace) -> int:
    """``audit show --agent NAME``: the sessions of the agents whose MCP client name matches NAME (a glob)."""
    from governance_dagster.agents.story import agent_story, story_lines
    from governance_dagster.store.audit.store import open_audit_store
    from governance_dagster.store.database import shown_url

    sessions = agent_story(open_audit_store(args.store, read_only=True).events(0), args.agent)
    if not sessions:
        print(f"error: no agent session of a client matching {args.agent!r} in {shown_url(args.store)}",
              file=sys.stderr)
        return 2
    for line in story_lines(sessions):
        print(line)
    return 0


def _show_event_or_agent(args: argparse.Namespace) -> int:
    if args.agent:
        return _show_agent(args)
    if args.id is None:
        print("error: audit show needs an event's sequence number, or --agent NAME", file=sys.stderr)
        return 2
    return _show(args)


def _export(args: argparse.Namespace) -> int:
    from governance_dagster.store.audit.export import to_jsonl, to_openlineage
    from governance_dagster.store.audit.store import open_audit_store
    from governance_dagster.store.database import shown_url

    events = open_audit_store(args.store, read_only=True).events(args.since)
    first = next(events, None)  # a missing store, table or a bad first event fails before the output is opened
    if first is not None:
        events = itertools.chain([first], events)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    count = 0
    try:
        if args.format == "jsonl":
            for line in to_jsonl(events):
                out.write(line + "\n")
                count += 1
        else:
            for event in events:
                lineage = to_openlineage(event, namespace=args.namespace or shown_url(args.store).split("?")[0])
                if lineage is not None:
                    out.write(json.dumps(lineage, sort_keys=True) + "\n")
                    count += 1
    finally:
        if args.output:
            out.close()
    print(f"exported {count} {args.format} records", file=sys.stderr)
    return 0


def _keygen(args: argparse.Namespace) -> int:
    from governance_dagster.store.audit.checkpoint import KEY_ENV, write_key_pair

    kid = write_key_pair(args.out)
    print(f"wrote the private key {args.out} (mode 0600; give it to the governed path only, via {KEY_ENV}) and the "
          f"public key {args.out}.pub (for audit verify --public-key); key id {kid}")
    return 0


def _policy(path: str | None):
    """The policy file's policy, or the built-in defaults when no file is named (YAML's parser is then not
    imported)."""
    from governance_dagster.policy.models import Policy

    if not path:
        return Policy()
    from governance_dagster.policy.loader import load_policy

    return load_policy(path)


def _check_sql(args: argparse.Namespace) -> int:
    from governance_dagster.governed.guardrails import SEVERITY, decide_all

    policy = _policy(args.policy)
    schema = args.schema or ("public" if args.dialect == "postgres" else "main")
    roles = policy.roles_of(args.as_identity) if args.as_identity else []
    try:
        decisions = decide_all(args.sql, args.dialect, policy, schema, roles)
    except UnparseableStatement as exc:
        result = {"decision": "unparseable", "rule": Rule.UNPARSEABLE, "reason": str(exc), "statements": []}
    else:
        worst = max(decisions, key=lambda d: SEVERITY[d.action])
        result = {"decision": worst.action, "rule": worst.rule, "reason": worst.reason,
                  "statements": [{"decision": d.action, "rule": d.rule, "kind": d.kind.value, "reason": d.reason,
                                  "fingerprint": d.fingerprint, "tables": list(d.tables)} for d in decisions]}
    if args.json:
        print(json.dumps(result, sort_keys=True))
    else:
        print(f"{result['decision']}: rule {result['rule']} - {result['reason']}")
    return CHECK_EXIT[result["decision"]]


def _approver(args: argparse.Namespace):
    from governance_dagster.governed.identity import resolve_identity_with
    from governance_dagster.policy.loader import load_policy

    policy = load_policy(args.policy)
    tags = {"user": args.as_identity} if args.as_identity else {}
    identity = resolve_identity_with(tags, policy)
    if identity.verified and args.as_identity and args.as_identity != identity.name:
        raise IdentityError(f"--as {args.as_identity} contradicts the verified token's identity; drop --as")
    return policy, identity


def _approvals_list(args: argparse.Namespace) -> int:
    from governance_dagster.governed.approvals import Approvals

    requests = Approvals(args.store).list(args.status)
    if args.json:
        for r in requests:
            print(json.dumps({**asdict(r), "state": r.state}, sort_keys=True))
        return 0
    if not requests:
        print("no approval requests" + (f" in state {args.status}" if args.status else ""))
    columns = [("request", "left", "bold"), ("state", "left", "yellow"), ("requester", "left", "green"),
               ("rule", "left", "cyan"), ("created", "left", ""), ("statement", "left", ""), ("why", "left", "")]
    _print_table(columns, [(r.id, r.state, f"requester={r.requester}", f"rule={r.rule}", r.created_at[:19],
                            r.statement[:70], r.justification[:60]) for r in requests])
    return 0


def _approvals_decide(args: argparse.Namespace) -> int:
    from governance_dagster.governed.approvals import Approvals

    policy, approver = _approver(args)
    approvals = Approvals(args.store)
    decided = (approvals.grant if args.action == "grant" else approvals.deny)(args.request_id, approver, policy, args.reason)
    until = f" until {decided.grant_expires_at[:19]}" if decided.status == "granted" else ""
    print(f"{decided.id} {decided.status} by {approver.name}{until}")
    return 0


def _connection(args: argparse.Namespace, identity_name: str | None = None, *, hashes: bool = True):
    """A governed connection; ``hashes=False`` (classify) needs no GOVERNANCE_SECRET: it releases no value, so a
    throwaway key stands in for the one that keys the masking operators."""
    import os
    import secrets

    from governance_dagster.governed.approvals import Approvals
    from governance_dagster.governed.connection import GovernedConnection
    from governance_dagster.governed.identity import resolve_identity_with
    from governance_dagster.store.audit.store import default_audit_url, open_audit_store
    from governance_dagster.store.database import open_database

    database = open_database(args.url, must_exist=True)  # first: an unsupported backend is the problem to name
    policy = _policy(args.policy)
    audit_url = args.audit or default_audit_url(args.url)
    tags = {"user": identity_name} if identity_name else {}
    return GovernedConnection(
        database=database, policy=policy, audit=open_audit_store(audit_url),
        identity=resolve_identity_with(tags, policy),
        secret=os.environ.get("GOVERNANCE_SECRET", "") or ("" if hashes else secrets.token_hex(32)),
        context={"tool": "cli"}, approvals=Approvals(audit_url),
    )


def _classify(args: argparse.Namespace) -> int:
    connection = _connection(args, hashes=False)
    table = args.table if "." in args.table else f"{connection.database.default_schema}.{args.table}"
    result = connection.classify(table)
    if args.review:
        return _print_review(table, {c: r for c, r in result.items() if r.state == "review"}, args.json)
    rows = {c: {"kind": r.kind.value, "state": r.state, "confidence": r.confidence, "evidence": r.evidence,
                "operator": connection.policy.operator_for(table, c, r.kind).operator} for c, r in result.items()}
    if args.json:
        print(json.dumps({"table": table, "columns": rows}, indent=2))
    else:
        columns = [("column", "left", "bold"), ("kind", "left", "cyan"), ("operator", "left", "green"),
                   ("confidence", "right", ""), ("evidence", "left", "dim")]
        _print_table(columns, [(column, row["kind"], row["operator"], f"{row['confidence']:.2f}", row["evidence"])
                               for column, row in rows.items()])
    return 0


def _print_review(table: str, review: dict, as_json: bool) -> int:
    """The columns classification is unsure about, with their evidence and the rule that pins a decision."""
    pins = {c: {"table": table, "column": c, "kind": "none", "values": r.values_kind or "none"}
            for c, r in review.items()}
    if as_json:
        print(json.dumps({"table": table, "review": {c: {"evidence": r.evidence, "values_kind": r.values_kind,
                                                         "pin": pins[c]} for c, r in review.items()}}, indent=2))
        return 0
    if not review:
        print(f"{table}: no column to review")
        return 0
    print(f"{table}: {len(review)} column(s) to review (masked as 'unclassified' until a decision is pinned)")
    _print_table([("column", "left", "bold"), ("evidence", "left", "dim")],
                 [(column, r.evidence) for column, r in review.items()], indent=2)
    print("Read each column, then pin the decision in the policy's columns (set kind to what it holds); the rule "
          "holds while the values keep showing the recorded 'values' kind:")
    for pin in pins.values():
        print(f"  - {{table: {pin['table']}, column: {pin['column']}, kind: {pin['kind']}, values: {pin['values']}}}")
    return 0


def _query(args: argparse.Namespace) -> int:
    """Exit as check-sql does on the same statement: 1 refused (blocked, unparseable, lineage unknown, a masked
    predicate without a grant), 3 waiting for an approval (the request is filed; the message says who approves)."""
    try:
        result = _connection(args, args.identity).query(args.sql, unmask_reason=args.unmask_reason)
    except ApprovalRequired as exc:
        print(f"approval: {_one_line(exc)}", file=sys.stderr)
        return EXIT_APPROVAL
    except StatementRefused as exc:
        print(f"refused: rule {exc.rule} - {_one_line(exc)}", file=sys.stderr)
        return EXIT_NO
    frame = result.frame.head(args.limit) if args.limit else result.frame
    if args.format == "json":
        print(frame.to_json(orient="records", date_format="iso"))
    else:
        print(frame.to_csv(index=False), end="")
    masked = ", ".join(f"{c} ({'; '.join(m)})" for c, m in result.masked.items()) or "none"
    print(f"# {len(result.frame)} rows; masked: {masked}; audit event {result.event.seq}", file=sys.stderr)
    return 0


def _leakage(args: argparse.Namespace) -> int:
    from governance_dagster.leakage.base import run_checks
    from governance_dagster.sql.dialect import ident, resolve_table

    connection = _connection(args)
    # names as the user wrote them (unqualified, quoted, any case) resolved as classify does; a missing table is
    # a one-line error (LeakageError, exit 2)
    real, synthetic = (".".join(resolve_table(connection, t)) for t in (args.real, args.synthetic))
    holdout = ".".join(resolve_table(connection, args.holdout)) if args.holdout else None
    schema, table = synthetic.split(".", 1)
    rows = int(connection.aggregate(f"SELECT count(*) AS n FROM {ident(schema)}.{ident(table)}")["n"][0])
    outcomes = run_checks(connection, real, connection, synthetic, empty=rows == 0, holdout_table=holdout,
                          sample_rows=args.sample_rows)
    blocked = [outcome.check for outcome in outcomes if outcome.blocks]
    if args.json:
        checks = {outcome.check: outcome.as_dict() for outcome in outcomes}
        print(json.dumps({"passed": not blocked, "failed_blocking": blocked, "checks": checks}, indent=2, default=str))
    else:
        for outcome in outcomes:
            verdict = "passed" if outcome.report.passed else ("FAILED" if outcome.blocks else "WARNING")
            print(f"{verdict}: {outcome.check}: {outcome.report.summary()}")
    return 1 if blocked else 0


def _mcp_serve(args: argparse.Namespace) -> int:
    """Serve the governed SQL tools to AI agents over MCP (stdio, or streamable HTTP with --http)."""
    import os

    from governance_dagster.agents.server import bind_address, serve_http, serve_stdio
    from governance_dagster.agents.tools import AgentGateway
    from governance_dagster.governed.approvals import Approvals
    from governance_dagster.governed.connection import GovernedConnection
    from governance_dagster.governed.identity import resolve_identity_with
    from governance_dagster.policy.loader import load_policy
    from governance_dagster.store.audit.store import open_audit_store
    from governance_dagster.store.database import open_database

    policy = load_policy(args.policy)
    env = dict(os.environ)
    if env.get("GOVERNANCE_IDENTITY_TOKEN") and policy.identity.token_env:
        env[policy.identity.token_env] = env["GOVERNANCE_IDENTITY_TOKEN"]
    identity = resolve_identity_with({"user": args.identity} if args.identity else {}, policy, env)
    if identity.verified and args.identity and args.identity != identity.name:
        raise IdentityError(f"--identity {args.identity} contradicts the verified token's identity; drop --identity")
    token = None
    if args.bearer_token_env:
        token = os.environ.get(args.bearer_token_env, "")
        if not token:
            raise ConfigurationError(f"--bearer-token-env {args.bearer_token_env}: that variable is not set or empty; "
                                     "export it with the token clients must send")
    bind = bind_address(args.http, host=args.host, bearer_token=token) if args.http else None
    connection = GovernedConnection(
        database=open_database(args.url, must_exist=True), policy=policy, audit=open_audit_store(args.audit),
        identity=identity, secret=os.environ.get("GOVERNANCE_SECRET", ""), context={"tool": "mcp"},
        approvals=Approvals(args.audit),
    )
    gateway = AgentGateway(connection)
    if bind is None:
        serve_stdio(gateway)
    else:
        print(f"serving MCP on http://{bind[0]}:{bind[1]}/mcp as operator {identity.name}"
              f" ({'verified' if identity.verified else 'unverified'})", file=sys.stderr)
        serve_http(gateway, bind[0], bind[1], token)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="governance-dagster", description="Governance for Dagster pipelines.")
    commands = parser.add_subparsers(dest="command", required=True)

    audit = commands.add_parser("audit", help="read and verify the audit trail").add_subparsers(dest="action", required=True)
    verify = audit.add_parser("verify", help="verify the hash chain; exit 1 naming the first bad event")
    verify.add_argument("--store", required=True, help="audit store URL, e.g. duckdb:///audit.duckdb")
    verify.add_argument("--anchor", action="append", default=[], metavar="SEQ:HASH",
                        help="an event's sequence number and hash recorded outside the store (a run's "
                        "governance/audit_event and governance/audit_chain_head metadata, or an earlier verify's "
                        "head); the event must still be there with that hash. Repeatable")
    verify.add_argument("--public-key", action="append", default=[], metavar="PATH",
                        help="an Ed25519 public key (PEM, the .pub file of 'audit keygen') that signs checkpoints; "
                        "every signature is checked and the events no valid signature covers are named. Repeatable "
                        "(old and new keys after a rotation)")
    verify.set_defaults(func=_verify)
    recover = audit.add_parser("recover", help="move into the store the events a stopped process left in the "
                               "DuckDB store's journal (what a read-only verify asks for)")
    recover.add_argument("--store", required=True, help="audit store URL, e.g. duckdb:///audit.duckdb")
    recover.set_defaults(func=_recover)
    keygen = audit.add_parser("keygen", help="write an Ed25519 key pair for signed checkpoints")
    keygen.add_argument("--out", required=True, metavar="PATH",
                        help="private key file to create (mode 0600); the public key goes to PATH.pub")
    keygen.set_defaults(func=_keygen)
    tail = audit.add_parser("tail", help="print the last events")
    tail.add_argument("--store", required=True, help="audit store URL, e.g. duckdb:///audit.duckdb")
    tail.add_argument("-n", type=int, default=20, help="how many events (default 20)")
    tail.add_argument("--json", action="store_true", help="one JSON object per line")
    tail.set_defaults(func=_tail)
    show = audit.add_parser("show", help="print one event in full")
    show.add_argument("id", type=int, nargs="?", help="the event's sequence number")
    show.add_argument("--store", required=True, help="audit store URL")
    show.add_argument("--agent", metavar="NAME", help="instead, tell the sessions of AI agents whose MCP client "
                      "name matches NAME (a glob): what each asked, got (counts, kinds) and was refused")
    show.set_defaults(func=_show_event_or_agent)
    export = audit.add_parser("export", help="write events as JSON lines or OpenLineage run events")
    export.add_argument("--store", required=True, help="audit store URL")
    export.add_argument("--format", choices=["jsonl", "openlineage"], default="jsonl")
    export.add_argument("--output", help="file to write (default: standard output)")
    export.add_argument("--since", type=int, default=0, help="only events after this sequence number")
    export.add_argument("--namespace", help="OpenLineage dataset namespace (default: the store URL)")
    export.set_defaults(func=_export)

    check = commands.add_parser("check-sql", help="print the guardrail decision on a statement; "
                                "exit 0 allow, 1 block or unparseable, 3 approval")
    check.add_argument("sql", help="the statement(s)")
    check.add_argument("--dialect", choices=["duckdb", "postgres"], default="duckdb")
    check.add_argument("--policy", help="policy file (default: the built-in defaults)")
    check.add_argument("--schema", help="schema unqualified names resolve to (default: main / public)")
    check.add_argument("--as", dest="as_identity", help="identity whose roles the rules see")
    check.add_argument("--json", action="store_true", help="print the decision as JSON")
    check.set_defaults(func=_check_sql)

    classify = commands.add_parser("classify", help="print the personal-data kind of every column of a table")
    classify.add_argument("url", help="database URL, e.g. duckdb:///prod.duckdb or postgresql://user@host/db")
    classify.add_argument("table", help="table, optionally schema-qualified")
    classify.add_argument("--policy", help="policy file (default: the built-in defaults)")
    classify.add_argument("--audit", help="audit store URL (default: beside a DuckDB database)")
    classify.add_argument("--json", action="store_true")
    classify.add_argument("--review", action="store_true",
                          help="list only the columns classification is unsure about, with evidence and a rule to pin")
    classify.set_defaults(func=_classify)

    query = commands.add_parser("query", help="run one statement through the governed path, print the masked result; "
                                "exit 0 ok, 1 refused (as check-sql's block or unparseable), 3 waits for an approval")
    query.add_argument("url", help="database URL")
    query.add_argument("sql", help="one query")
    query.add_argument("--identity", help="who is asking (default: GOVERNANCE_IDENTITY, then the OS user)")
    query.add_argument("--policy", help="policy file (default: the built-in defaults)")
    query.add_argument("--audit", help="audit store URL (default: beside a DuckDB database)")
    query.add_argument("--format", choices=["csv", "json"], default="csv")
    query.add_argument("--limit", type=int, default=0, help="print at most this many rows")
    query.add_argument("--unmask-reason", help="read columns your role may unmask, for this reason (audited)")
    query.set_defaults(func=_query)

    leakage = commands.add_parser("leakage", help="check a synthetic table for leaked identifiers (whole cells and "
                                  "inside free text), copied rows, rare quasi-identifier combinations and "
                                  "closeness; exit 1 "
                                  "when a check whose policy severity is error fails")
    leakage.add_argument("url", help="database URL holding both tables")
    leakage.add_argument("--real", required=True,
                         help="the real source table: schema.table, or table in the default schema; quote as in SQL")
    leakage.add_argument("--synthetic", required=True, help="the synthetic table (named as --real)")
    leakage.add_argument("--holdout", help="real rows the synthesizer did not see")
    leakage.add_argument("--sample-rows", type=int, help="synthetic rows the closeness check samples "
                         "(default: the policy's closeness_sample_rows)")
    leakage.add_argument("--policy", help="policy file (default: the built-in defaults)")
    leakage.add_argument("--audit", help="audit store URL (default: beside a DuckDB database)")
    leakage.add_argument("--json", action="store_true")
    leakage.set_defaults(func=_leakage)

    approvals = commands.add_parser("approvals", help="list, grant or deny just-in-time approval requests")
    actions = approvals.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="list requests, newest first")
    listing.add_argument("--store", required=True, help="audit store URL holding the requests")
    listing.add_argument("--status", choices=["pending", "granted", "denied", "used", "expired"])
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_approvals_list)
    for name in ("grant", "deny"):
        decide_cmd = actions.add_parser(name, help=f"{name} a pending request (not your own)")
        decide_cmd.add_argument("request_id")
        decide_cmd.add_argument("--store", required=True, help="audit store URL holding the requests")
        decide_cmd.add_argument("--policy", required=True, help="policy file whose roles name the approvers")
        decide_cmd.add_argument("--as", dest="as_identity",
                                help="your identity (default: GOVERNANCE_IDENTITY, then the OS user)")
        decide_cmd.add_argument("--reason", default="", help="why, recorded in the audit trail")
        decide_cmd.set_defaults(func=_approvals_decide)

    mcp = commands.add_parser("mcp", help="serve governed SQL tools to AI agents over the Model Context Protocol")
    mcp_actions = mcp.add_subparsers(dest="action", required=True)
    serve = mcp_actions.add_parser("serve", help="an MCP server over stdio (default) or streamable HTTP (--http)")
    serve.add_argument("url", help="database URL, e.g. duckdb:///prod.duckdb or postgresql://user@host/db")
    serve.add_argument("--policy", required=True, help="policy file (its agents section limits agents)")
    serve.add_argument("--audit", required=True, help="audit store URL; approvals wait there too")
    serve.add_argument("--identity", help="the operator launching the agent, an unverified claim (a signed token in "
                       "GOVERNANCE_IDENTITY_TOKEN or the policy's identity.token_env is verified instead)")
    serve.add_argument("--http", metavar="HOST:PORT", help="serve streamable HTTP at http://HOST:PORT/mcp "
                       "(loopback only unless --host is given)")
    serve.add_argument("--host", help="bind this non-loopback host explicitly (needs --bearer-token-env)")
    serve.add_argument("--bearer-token-env", metavar="VAR", help="environment variable holding the bearer token "
                       "every HTTP request must carry")
    serve.set_defaults(func=_mcp_serve)
    return parser


def _one_line(error: BaseException) -> str:
    """An error's message on one line (a policy error lists its problems on several)."""
    return "; ".join(line.strip() for line in str(error).splitlines() if line.strip())


#: How an argument is spelled on the command line, where its attribute name differs.
_SPELLED = {"as_identity": "--as", "n": "-n"}
_POSITIONAL = frozenset({"url", "table", "sql", "id", "request_id"})


def _refuse_unreadable_arguments(args: argparse.Namespace) -> None:
    """Refuse an argument that is not text a store, a database or a file name can hold: bytes that are not UTF-8
    (Python hands them over as lone surrogates) or a NUL character. The statement itself is left to the guardrails,
    which refuse it as unparseable (``check-sql`` decision ``unparseable``)."""
    for name, value in vars(args).items():
        if name == "sql" or not isinstance(value, str):
            continue
        shown = name.upper() if name in _POSITIONAL else _SPELLED.get(name, "--" + name.replace("_", "-"))
        if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
            raise ConfigurationError(f"argument {shown} is not valid UTF-8 text (the operating system passed bytes "
                                     "that are not UTF-8); pass it as UTF-8")
        if "\x00" in value:
            raise ConfigurationError(f"argument {shown} holds a NUL character, which no name or URL may hold; "
                                     "remove it")


@contextmanager
def _collector_paused(exiting: bool) -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a command that runs once runs (every command but the MCP
    server). When the process exits after it (``exiting``: :func:`main` called as the program), what the command
    created is frozen (``gc.freeze``), so that the interpreter's collections at exit skip it; otherwise
    (tests call :func:`main` in a process that goes on) the collector is resumed as it was.

    Nearly everything such a command creates lives until it exits: modules, pydantic's and sqlglot's classes, the
    classifier's word lists. The collector's passes over them found nothing to free: they took 0.1 s of a 50-row
    ``query`` while it ran and 0.2 s more as the interpreter exited (benchmarks/start.py), and 0.4 s of a
    ``leakage`` run over 100,000 rows, which peaked at 356 MB without them and 403 MB with them; a 300,000-row
    ``query`` peaked the same with and without. Objects without reference cycles are freed as ever, when their
    last reference goes, and the database files are closed before the interpreter's own clean-up
    (:mod:`governance_dagster.store.handover`).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if exiting:
            gc.freeze()
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns its exit status (see :data:`EXIT_OK` and the table in docs/cli.md).

    Usage errors exit 2 through argparse (``SystemExit``). Every error is one line on standard error, never a
    traceback: a :class:`GovernanceError` says what to fix; an unexpected exception is a bug, reported by its type
    only (its text could hold a value).
    """
    parser = build_parser()
    exiting = argv is None  # called as the program: the process exits when this returns
    argv = sys.argv[1:] if argv is None else list(argv)
    for arg in argv[:argv.index("--") if "--" in argv else len(argv)]:
        if arg.startswith("-") and arg.endswith("=--"):
            # Python 3.11's argparse turns the value "--" into an empty list, which no command can use
            parser.error(f"argument {arg[:-3]}: '--' is not a value it takes")
    args = parser.parse_args(argv)
    try:
        _refuse_unreadable_arguments(args)
        with nullcontext() if args.func is _mcp_serve else _collector_paused(exiting):
            return int(args.func(args))
    except GovernanceError as exc:
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except RecursionError:
        print("error: the input nests too deeply to read; flatten it", file=sys.stderr)
        return EXIT_ERROR
    except UnicodeError as exc:
        print(f"error: an argument or value is not valid text ({type(exc).__name__}); pass arguments as UTF-8 "
              "without NUL characters", file=sys.stderr)
        return EXIT_ERROR
    except ValueError as exc:  # from a value the command could not use (an empty table name, an odd number)
        print(f"error: an argument is not a value this command can use ({type(exc).__name__}); check the "
              "arguments (if they are right, this is a bug: please report it to the maintainers)", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # the reader stopped reading: say nothing more (the pipe is gone) and point standard output at /dev/null
        # so that the interpreter's final flush does not print a traceback; not 0, the command did not finish
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE_CLOSED
    except OSError as exc:
        where = f": {exc.filename}" if isinstance(exc.filename, str) else ""
        print(f"error: {type(exc).__name__}: {exc.strerror or 'operating-system error'}{where}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the last resort: a bug, said as such, with nothing of its text
        print(f"internal error ({type(exc).__name__}): this is a bug in governance-dagster; please report it to its "
              "maintainers with the command you ran (the error's text is withheld: it could hold a value)",
              file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
