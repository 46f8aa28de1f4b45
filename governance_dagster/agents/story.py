"""One agent's sessions told from the audit trail: what it asked (statement fingerprints and texts without their
literals), what it got (row counts and personal-data kinds, never values) and what was refused (the rule).

Example:
    >>> from governance_dagster.audit.chain import Event
    >>> agent = {"client": "claude-code", "version": "1.0", "session": "s-1"}
    >>> operator = {"name": "ann", "verified": False, "source": "environment"}
    >>> def event(seq, kind, **payload):
    ...     return Event(seq, "2026-01-01T00:00:00+00:00", kind, "ann", False, "",
    ...                  {"agent": agent, "operator": operator, **payload}, "0" * 64, "f" * 64)
    >>> events = [event(1, "read", statement="SELECT email FROM t", fingerprint="ab"),
    ...           event(2, "agent.call", call="query", outcome="ok", fingerprint="ab", rows=3,
    ...                 kinds={"email": "email"}),
    ...           event(3, "statement.refused", statement="DROP TABLE t", fingerprint="cd", rule="protected-schema"),
    ...           event(4, "agent.call", call="query", outcome="refused", fingerprint="cd", rule="protected-schema")]
    >>> for line in story_lines(agent_story(events, "claude-*")):
    ...     print(line)
    agent claude-code 1.0, session s-1, operator ann (unverified: environment)
          2  2026-01-01T00:00:00  query             ok       rows=3 kinds=email:email  SELECT email FROM t
          4  2026-01-01T00:00:00  query             refused  rule=protected-schema  DROP TABLE t
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Iterator
from typing import Any

from governance_dagster.audit.chain import Event

__all__ = ["agent_story", "story_lines"]


def agent_story(events: Iterable[Event], client: str) -> list[dict[str, Any]]:
    """The sessions of agents whose client name matches the glob ``client`` (case-insensitive), in order: each a
    dict with ``agent``, ``operator`` and ``calls`` (one entry per ``agent.call`` event, with the statement its
    fingerprint names, literals replaced by ``?``)."""
    sessions: dict[str, dict[str, Any]] = {}
    statements: dict[tuple[str, str], str] = {}
    for event in events:
        agent = event.payload.get("agent")
        if not isinstance(agent, dict) or not fnmatch.fnmatchcase(str(agent.get("client", "")).lower(), client.lower()):
            continue
        key = str(agent.get("session", ""))
        session = sessions.setdefault(key, {"agent": agent, "operator": event.payload.get("operator", {}),
                                            "verified": event.verified, "calls": []})
        fingerprint = str(event.payload.get("fingerprint", ""))
        if event.kind in ("read", "write", "statement.refused") and fingerprint and event.payload.get("statement"):
            statements[(key, fingerprint)] = str(event.payload["statement"])
        if event.kind == "agent.call":
            call = {k: v for k, v in event.payload.items() if k not in ("agent", "operator", "policy", "database",
                                                                         "database_id", "roles", "identity_source",
                                                                         "tool")}
            call.update(seq=event.seq, ts=event.ts,
                        statement=call.get("statement") or statements.get((key, fingerprint), ""))
            session["calls"].append(call)
    return list(sessions.values())


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
