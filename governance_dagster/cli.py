"""The ``governance-dagster`` command line.

Example:
    governance-dagster audit verify --store duckdb:///example_project/data/audit.duckdb
    governance-dagster audit tail --store duckdb:///example_project/data/audit.duckdb -n 20
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from governance_dagster.audit.store import open_audit_store
from governance_dagster.errors import GovernanceError


def _verify(args: argparse.Namespace) -> int:
    result = open_audit_store(args.store).verify()
    if result.ok:
        print(f"audit chain intact: {result.events} events, head {result.head}")
        return 0
    print(f"audit chain BROKEN at event {result.first_bad}: {result.problem}", file=sys.stderr)
    return 1


def _tail(args: argparse.Namespace) -> int:
    for event in open_audit_store(args.store).tail(args.n):
        if args.json:
            print(json.dumps(event.__dict__, sort_keys=True, default=str))
        else:
            detail = event.payload.get("table") or event.payload.get("statement") or event.payload.get("check") or ""
            print(f"{event.seq:>7}  {event.ts}  {event.kind:<18} {event.identity:<20} {str(detail)[:80]}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="governance-dagster", description="Governance for Dagster pipelines.")
    commands = parser.add_subparsers(dest="command", required=True)
    audit = commands.add_parser("audit", help="read and verify the audit trail").add_subparsers(dest="action", required=True)
    verify = audit.add_parser("verify", help="verify the hash chain; exit 1 naming the first bad event")
    verify.add_argument("--store", required=True, help="audit store URL, e.g. duckdb:///audit.duckdb")
    verify.set_defaults(func=_verify)
    tail = audit.add_parser("tail", help="print the last events")
    tail.add_argument("--store", required=True, help="audit store URL, e.g. duckdb:///audit.duckdb")
    tail.add_argument("-n", type=int, default=20, help="how many events (default 20)")
    tail.add_argument("--json", action="store_true", help="one JSON object per line")
    tail.set_defaults(func=_tail)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except GovernanceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
