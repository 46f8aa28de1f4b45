"""One agent's sessions told from the audit trail: what it asked (statement fingerprints and texts without their
literals), what it got (row counts and personal-data kinds, never values) and what was refused (the rule).

Example:
    >>> from governance_dagster.store.audit.chain import Event
    >>> agent = {"client": "claude-code", "version": "1.0", "session": "s-1"}
    >>> operator = {"name": "ann", "verified": False, "source": "environment"}
    >>> def event(seq, kind, **payload):
    ...     return Event(seq, "2026-01-01T00:00:00+00:00", kind, "ann", False, "",
    ...                  {"agent": agent, "operator": operator, **payload}, "0" * 64, "f" * 64)
    >>> events = [event(1, "classification", table="main.t", columns={"email": {"kind": "email"}}),
    ...           event(2, "read", statement="SELECT email FROM t", fingerprint="ab", rows=300,
    ...                 masked={"email": ["main.t.email:hash"]}, agent_call={"call": "query", "row_limit": 200}),
    ...           event(3, "statement.refused", statement="DROP TABLE t", fingerprint="cd", rule="protected-schema"),
    ...           event(4, "agent.call", call="query", outcome="refused", fingerprint="cd", rule="protected-schema")]
    >>> for line in story_lines(agent_story(events, "claude-*")):
    ...     print(line)
    agent claude-code 1.0, session s-1, operator ann (unverified: environment)
          2  2026-01-01T00:00:00  query             ok       rows=300 returned=200 truncated kinds=email:email  SELECT email FROM t
          4  2026-01-01T00:00:00  query             refused  rule=protected-schema  DROP TABLE t
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Iterator
from typing import Any

from governance_dagster.store.audit.chain import Event

__all__ = ["agent_story", "story_lines"]


def agent_story(events: Iterable[Event], client: str) -> list[dict[str, Any]]:
    """The sessions of agents whose client name matches the glob ``client`` (case-insensitive), in order: each a
    dict with ``agent``, ``operator`` and ``calls`` (one entry per ``agent.call`` event, with the statement its
    fingerprint names, literals replaced by ``?``)."""
    sessions: dict[str, dict[str, Any]] = {}
    statements: dict[tuple[str, str], str] = {}
    kinds: dict[str, str] = {}  # schema.table.column -> kind, from the classification events
    for event in events:
        if event.kind == "classification":
            for column, found in (event.payload.get("columns") or {}).items():
                kinds[f"{event.payload.get('table')}.{column}"] = str(found.get("kind", "none"))
        agent = event.payload.get("agent")
        if not isinstance(agent, dict) or not fnmatch.fnmatchcase(str(agent.get("client", "")).lower(), client.lower()):
            continue
        key = str(agent.get("session", ""))
        session = sessions.setdefault(key, {"agent": agent, "operator": event.payload.get("operator", {}),
                                            "verified": event.verified, "calls": []})
        fingerprint = str(event.payload.get("fingerprint", ""))
        if event.kind in ("read", "write", "statement.refused") and fingerprint and event.payload.get("statement"):
            statements[(key, fingerprint)] = str(event.payload["statement"])
        if event.kind == "read" and isinstance(event.payload.get("agent_call"), dict):
            session["calls"].append(_read_call(event, kinds))
        if event.kind == "agent.call":
            call = {k: v for k, v in event.payload.items() if k not in ("agent", "operator", "policy", "database",
                                                                         "database_id", "roles", "identity_source",
                                                                         "tool")}
            call.update(seq=event.seq, ts=event.ts,
                        statement=call.get("statement") or statements.get((key, fingerprint), ""))
            session["calls"].append(call)
    return list(sessions.values())


def _read_call(event: Event, kinds: dict[str, str]) -> dict[str, Any]:
    """A query the gateway's read event records: rows, how many were returned under the row limit, and the kinds
    of the personal data in its masked columns."""
    call = dict(event.payload["agent_call"])
    rows, limit = int(event.payload.get("rows", 0)), int(call.pop("row_limit", 0) or 0)
    found = {}
    for output, sources in sorted((event.payload.get("masked") or {}).items()):
        named = [kinds.get(source.rsplit(":", 1)[0], "none") for source in sources]
        found[output] = next((k for k in named if k != "none"), "none")
    call.update(outcome="ok", rows=rows, returned=min(rows, limit) if limit else rows,
                truncated=bool(limit) and rows > limit, kinds=found, seq=event.seq, ts=event.ts,
                statement=call.get("statement") or event.payload.get("statement", ""))
    return call


def story_lines(sessions: list[dict[str, Any]]) -> Iterator[str]:
    """The sessions as text, one line per call."""
    for session in sessions:
        agent, operator = session["agent"], session["operator"]
        trust = "verified" if operator.get("verified") else f"unverified: {operator.get('source', '?')}"
        yield (f"agent {agent.get('client')} {agent.get('version')}, session {agent.get('session')}, "
               f"operator {operator.get('name', '?')} ({trust})")
        for call in session["calls"]:
            if call.get("outcome") == "ok":
                got = [f"{k}={call[k]}" for k in ("rows", "returned", "decision", "status", "request") if k in call]
                if call.get("truncated"):
                    got.append("truncated")
                if call.get("kinds"):
                    got.append("kinds=" + ",".join(f"{c}:{k}" for c, k in call["kinds"].items()))
                if call.get("tables"):
                    got.append(f"tables={len(call['tables'])}")
            else:
                got = [f"rule={call.get('rule', call.get('error', '?'))}"]
            subject = call.get("statement") or call.get("table") or ""
            yield (f"{call['seq']:>7}  {str(call['ts'])[:19]}  {call.get('call', '?'):<17} "
                   f"{call.get('outcome', '?'):<8} {' '.join(got)}  {subject}".rstrip())
