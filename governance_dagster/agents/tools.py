"""What an AI agent may do with a governed database: the tools of the MCP server, without the protocol.

An :class:`AgentGateway` wraps the operator's :class:`~governance_dagster.governed.connection.GovernedConnection`; each agent
session (an MCP client connection) gets an :class:`AgentSession` whose connection records the agent (client name,
version, session id) and the operator on every audit event, and whose calls are narrowed by the policy's
``agents`` rule for that client: read-only, a row limit, a rate limit per session, the tables allowed, and no unmask
grant unless the rule says ``unmask: true``.

Every statement still takes the one governed path (guardrails, approvals, masking rewrite, free-text scan, audit).
A refusal raises :class:`~governance_dagster.errors.StatementRefused` naming the rule; :func:`refusal_text` turns
any error into the scrubbed text an agent may see.

Example:
    >>> import tempfile
    >>> from governance_dagster.governed.connection import GovernedConnection, open_audit_store, open_database
    >>> from governance_dagster.governed.identity import Identity
    >>> from governance_dagster.policy.models import Policy
    >>> d = tempfile.mkdtemp()
    >>> _ = open_database(f"duckdb:///{d}/prod.duckdb").execute(
    ...     "CREATE TABLE customers AS SELECT 1 AS id, 'ann@example.com' AS email")
    >>> base = GovernedConnection(
    ...     database=open_database(f"duckdb:///{d}/prod.duckdb"), policy=Policy(),
    ...     audit=open_audit_store(f"duckdb:///{d}/audit.duckdb"), identity=Identity("ann", "test"),
    ...     secret="0123456789abcdef0123")
    >>> session = AgentGateway(base).session(Agent("claude-code", "1.0", "s-1"))
    >>> result = session.query("SELECT email FROM customers")
    >>> result.rows[0]["email"] == "ann@example.com", result.kinds
    (False, {'email': 'email'})
    >>> session.connection.audit.tail(1)[0].payload["agent"]
    {'client': 'claude-code', 'session': 's-1', 'version': '1.0'}
"""

from __future__ import annotations

import dataclasses
import fnmatch
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import pandas as pd
from pydantic import BaseModel, Field

from governance_dagster.errors import (
    ApprovalError,
    ApprovalRequired,
    GovernanceError,
    StatementBlocked,
    StatementRefused,
    UnparseableStatement,
)
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.guardrails import SEVERITY, Decision, StatementKind, judge
from governance_dagster.kinds import Kind
from governance_dagster.policy.models import AgentRule, Policy
from governance_dagster.rules import Rule
from governance_dagster.sql.parse import normalized, parse_statements
from governance_dagster.store.database import quote_table

__all__ = [
    "Agent",
    "AgentGateway",
    "AgentSession",
    "ApprovalInfo",
    "CheckResult",
    "ColumnInfo",
    "QueryResult",
    "RateLimiter",
    "StatementCheck",
    "TableDescription",
    "TableInfo",
    "TableList",
    "refusal_text",
]

_T = TypeVar("_T")

#: What an agent may do instead, per refusing rule (static text: never a value).
INSTEAD = {
    Rule.AGENT_READ_ONLY: "send a SELECT; this agent is read-only under the policy's `agents` rule for it",
    Rule.AGENT_RATE_LIMIT: "wait and send fewer, larger queries; the session's limit is the `queries_per_minute` of "
                        "the policy's `agents` rule",
    Rule.AGENT_TABLE_NOT_ALLOWED: "read only the tables list_tables returns; the policy's `agents` rule names the "
                               "tables this agent may read",
    Rule.SENSITIVE_PREDICATE: "select the masked column (it comes back masked) instead of filtering or joining on it",
    Rule.PROTECTED_SCHEMA: "read with SELECT; schema changes in protected schemas are not allowed",
    Rule.UNBOUNDED_WRITE: "bound the statement with a WHERE clause",
    Rule.ONE_STATEMENT: "send one statement per call",
    Rule.UNKNOWN_LINEAGE: "name the output columns explicitly (no *, no whole-row functions)",
    Rule.UNPARSEABLE: "send one statement in the database's SQL dialect",
    Rule.NOT_A_QUERY: "send a SELECT",
    Rule.APPROVAL_NOT_YOURS: "ask about approval requests this session's operator made",
}
_DEFAULT_INSTEAD = "use check_sql to see what the guardrails allow, or request_approval(sql, reason) for a " \
                   "statement that needs an approval"


# -- results ---------------------------------------------------------------------------------------------------


class TableInfo(BaseModel):
    """A table or view the agent may read."""

    table: str = Field(description="schema.table")
    type: Literal["table", "view"]
    rows: int = Field(description="Row count.")
    needs_approval: bool = Field(default=False, description="Reading it waits for someone's approval.")


class TableList(BaseModel):
    """What ``list_tables`` returns."""

    tables: list[TableInfo]


class ColumnInfo(BaseModel):
    """A column, its personal-data kind and how it is masked for this agent."""

    name: str
    type: str
    kind: str = Field(description="Personal-data kind (none when it holds none).")
    operator: str = Field(description="Masking operator applied when it is read (keep: returned as stored).")


class TableDescription(BaseModel):
    """What ``describe_table`` returns."""

    table: str
    columns: list[ColumnInfo]


class QueryResult(BaseModel):
    """What ``query`` returns: masked rows, capped by the policy's row limit."""

    columns: list[str]
    rows: list[dict[str, Any]]
    row_count: int = Field(description="Rows the statement produced (or changed, for a write).")
    returned: int = Field(description="Rows returned here.")
    truncated: bool = Field(description="More rows than the row limit were produced; only the first are returned.")
    row_limit: int
    masked: dict[str, list[str]] = Field(description="Output column -> the masked sources it is computed from.")
    kinds: dict[str, str] = Field(description="Output column -> personal-data kind of its sources.")
    audit_event: int = Field(description="Sequence number of the audit event recording the read.")


class StatementCheck(BaseModel):
    """The decision on one statement."""

    decision: str
    rule: str
    kind: str
    reason: str
    fingerprint: str
    tables: list[str]


class CheckResult(BaseModel):
    """What ``check_sql`` returns: the decision of the guardrails and the agent's limits; nothing runs."""

    decision: Literal["allow", "warn", "block", "approval", "unparseable"]
    rule: str
    reason: str
    statements: list[StatementCheck]


class ApprovalInfo(BaseModel):
    """An approval request and where it stands (the agent can ask and look, never grant)."""

    id: str
    status: str = Field(description="pending, granted, denied, used, expired or not-needed.")
    rule: str
    fingerprint: str
    statement: str = Field(description="The statement with its literals replaced by ?.")
    requester: str
    decided_by: str = ""
    approver_command: str = Field(default="", description="What an approver (someone else) runs to grant it.")


# -- agents, limits --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Agent:
    """An AI agent: its MCP client's name and version (from ``initialize``) and its session id."""

    client: str
    version: str
    session: str

    def payload(self) -> dict[str, str]:
        """The ``agent`` entry of its audit events."""
        return {"client": self.client, "version": self.version, "session": self.session}


class RateLimiter:
    """A sliding one-minute window of calls per key.

    Example:
        >>> clock = iter([0.0, 1.0, 2.0, 61.5]).__next__
        >>> limiter = RateLimiter(clock)
        >>> [limiter.admit("s", 2) for _ in range(4)]
        [0.0, 0.0, 58.0, 0.0]
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._calls: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def admit(self, key: str, per_minute: int) -> float:
        """Count a call of ``key`` and return 0; or, when ``per_minute`` calls already fell in the last minute,
        return how many seconds until one more is allowed (the call is not counted)."""
        with self._lock:
            now = self._clock()
            calls = self._calls.setdefault(key, deque())
            while calls and now - calls[0] >= 60.0:
                calls.popleft()
            if len(calls) >= per_minute:
                return round(60.0 - (now - calls[0]), 1)
            calls.append(now)
            return 0.0


class _AgentPolicy(Policy):
    """The policy as an agent without ``unmask: true`` sees it: no unmask grant applies. Its digest is the policy's
    (the fields are the same), so approvals and audit events name the policy in force."""

    def may_unmask(self, roles: list[str] | tuple[str, ...], table: str, kind: Kind, access: str) -> bool:
        return False


def _in(table: str, globs: list[str]) -> bool:
    return not globs or any(fnmatch.fnmatchcase(table.lower(), g.lower()) for g in globs)


# -- the gateway -----------------------------------------------------------------------------------------------


class AgentGateway:
    """The operator's governed connection, shared by the agent sessions of one server.

    Args:
        connection: the operator's connection (its identity is the operator; its context is extended per agent).
        limiter: rate limiter shared by the sessions.
    """

    def __init__(self, connection: GovernedConnection, limiter: RateLimiter | None = None) -> None:
        self.connection = connection
        self.limiter = limiter or RateLimiter()
        self._sessions: dict[tuple[str, str, str], AgentSession] = {}
        self._lock = threading.RLock()

    def session(self, agent: Agent) -> AgentSession:
        """The session of ``agent``, created on its first call."""
        key = (agent.session, agent.client, agent.version)
        with self._lock:
            if key not in self._sessions:
                rule = self.connection.policy.agent_rule(agent.client)
                policy = self.connection.policy
                if not rule.unmask:
                    policy = _AgentPolicy.model_construct(**dict(policy))
                identity = self.connection.identity
                context = {**self.connection.context, "tool": "mcp", "agent": agent.payload(),
                           "operator": {"name": identity.name, "verified": identity.verified,
                                        "source": identity.source}}
                connection = dataclasses.replace(self.connection, policy=policy, context=context)
                self._sessions[key] = AgentSession(agent, rule, connection, self.limiter, self._lock)
            return self._sessions[key]


class AgentSession:
    """One agent session's tools. Every call is recorded in the audit trail: a query that runs by the gateway's
    ``read`` event (with an ``agent_call`` entry: the call and the row limit), every other call, and every refusal,
    by an ``agent.call`` event (what it asked, what it got as counts, or which rule refused it)."""

    def __init__(self, agent: Agent, rule: AgentRule, connection: GovernedConnection, limiter: RateLimiter,
                 lock: threading.RLock) -> None:
        self.agent = agent
        self.rule = rule
        self.connection = connection
        self._limiter = limiter
        self._lock = lock

    # -- plumbing ----------------------------------------------------------------------------------------------

    def _call(self, name: str, asked: dict[str, Any], run: Callable[[], tuple[_T, dict[str, Any] | None]]) -> _T:
        """Run one tool call under the gateway lock and record it (unless ``run`` says, returning ``None`` for what
        it got, that the gateway's event already records the call); a refusal or failure is recorded and
        re-raised."""
        with self._lock:
            try:
                result, got = run()
            except GovernanceError as exc:
                self.connection.record("agent.call", {"call": name, **asked, "outcome": "refused",
                                                      "rule": getattr(exc, "rule", type(exc).__name__),
                                                      "fingerprint": getattr(exc, "fingerprint", "")})
                raise
            except Exception as exc:
                self.connection.record("agent.call", {"call": name, **asked, "outcome": "error",
                                                      "error": type(exc).__name__})
                raise
            if got is not None:
                self.connection.record("agent.call", {"call": name, **asked, "outcome": "ok", **got})
            return result

    def _refuse(self, rule: Rule, message: str, fingerprint: str = "", statement: str = "") -> StatementRefused:
        self.connection.record("statement.refused", {"rule": str(rule), "fingerprint": fingerprint,
                                                     "statement": statement, "reason": message})
        return StatementRefused(message, rule=rule, fingerprint=fingerprint)

    def _admit(self) -> None:
        wait = self._limiter.admit(self.agent.session, self.rule.queries_per_minute)
        if wait:
            raise self._refuse(Rule.AGENT_RATE_LIMIT, (
                f"agent session {self.agent.session} sent {self.rule.queries_per_minute} statements in the last "
                f"minute, the limit of agents rule {self.rule.client!r}; wait {wait:.0f} s"))

    def _decisions(self, sql: str) -> list[tuple[Decision, Any]]:
        """Each statement of ``sql`` with the guardrails' decision for the operator. Raises UnparseableStatement."""
        database = self.connection.database
        catalogs = database.catalogs()
        return [(judge(s, database.dialect, self.connection.policy, database.default_schema,
                       self.connection.identity.roles, catalogs), s) for s in parse_statements(sql, database.dialect)]

    def _agent_refusal(self, decisions: list[tuple[Decision, Any]]) -> tuple[str, str, Decision] | None:
        """The agent rule a statement breaks (rule, message, decision), unless a guardrail blocks it anyway."""
        for decision, _ in decisions:
            if decision.action == "block":
                return None
        for decision, _ in decisions:
            if self.rule.read_only and decision.kind is not StatementKind.READ:
                return (Rule.AGENT_READ_ONLY, (f"statement {decision.fingerprint} is a {decision.kind.value}; agents "
                        f"matching {self.rule.client!r} are read-only"), decision)
            outside = [t for t in decision.tables if not _in(t, self.rule.tables)]
            if outside:
                return (Rule.AGENT_TABLE_NOT_ALLOWED, (f"statement {decision.fingerprint} reads {', '.join(outside)}, "
                        f"outside the tables agents matching {self.rule.client!r} may read"), decision)
        return None

    def _shown(self, decisions: list[tuple[Decision, Any]]) -> str:
        """The statements as recorded: literals replaced by ``?``."""
        return "; ".join(normalized(s, self.connection.database.dialect) for _, s in decisions)[:2000]

    def _table(self, table: str) -> tuple[str, dict[str, str]]:
        schema = self.connection.schema()
        db, _, name = table.strip().rpartition(".")
        db = db or self.connection.database.default_schema
        found = {(s.lower(), t.lower()): (s, t) for s, tables in schema.items() for t in tables}
        key = found.get((db.lower(), name.lower()))
        if key is None or not _in(f"{key[0]}.{key[1]}", self.rule.tables):
            raise self._refuse(Rule.AGENT_TABLE_NOT_ALLOWED, f"no table {db}.{name} among the tables this agent may "
                               "read; list_tables names them")
        return f"{key[0]}.{key[1]}", schema[key[0]][key[1]]

    # -- tools -------------------------------------------------------------------------------------------------

    def list_tables(self) -> TableList:
        """Tables and views the operator may read and the agent's rule allows, with row counts."""
        def run() -> tuple[TableList, dict[str, Any]]:
            database = self.connection.database
            views = set(self.connection.database.views())
            found: list[tuple[str, str, str, bool]] = []
            for schema, tables in sorted(self.connection.schema().items()):
                for table in sorted(tables):
                    name = f"{schema}.{table}"
                    if not _in(name, self.rule.tables):
                        continue
                    sql = f"SELECT * FROM {quote_table(schema, table, database.dialect)}"
                    decision = judge(parse_statements(sql, database.dialect)[0], database.dialect,
                                     self.connection.policy, database.default_schema, self.connection.identity.roles,
                                     database.catalogs())
                    if decision.action != "block":
                        found.append((name, quote_table(schema, table, database.dialect),
                                      "view" if name in views else "table", decision.action == "approval"))
            counts: dict[str, int] = {}
            if found:
                union = " UNION ALL ".join(f"SELECT {i} AS i, count(*) AS n FROM {quoted}"
                                           for i, (_, quoted, _, _) in enumerate(found))
                rows = self.connection.aggregate(union).itertuples(index=False)
                counts = {found[int(i)][0]: int(n) for i, n in rows}
            listed = TableList(tables=[
                TableInfo(table=n, type=k, rows=counts[n], needs_approval=a)  # type: ignore[arg-type]
                for n, _, k, a in found])
            return listed, {"tables": [t.table for t in listed.tables]}
        return self._call("list_tables", {}, run)

    def describe_table(self, table: str) -> TableDescription:
        """Columns, types, personal-data kinds and the masking operator of each."""
        def run() -> tuple[TableDescription, dict[str, Any]]:
            name, types = self._table(table)
            classified = self.connection.classify(name)
            columns = []
            for column, data_type in types.items():
                kind = classified[column].kind if column in classified else Kind.NONE
                operator = self.connection.policy.operator_for(name, column, kind).operator
                columns.append(ColumnInfo(name=column, type=data_type, kind=kind.value, operator=operator))
            return TableDescription(table=name, columns=columns), {"table": name}
        return self._call("describe_table", {"table": table[:200]}, run)

    def query(self, sql: str) -> QueryResult:
        """The governed read (or, for an agent that is not read-only, a governed write): masked rows, capped."""
        asked: dict[str, Any] = {}

        def run() -> tuple[QueryResult, dict[str, Any] | None]:
            self._admit()
            try:
                decisions = self._decisions(sql)
            except StatementRefused:
                decisions = []  # the gateway refuses it below, naming the rule, and records the refusal
            if decisions:
                asked.update(fingerprint=decisions[0][0].fingerprint, statement=self._shown(decisions))
                refusal = self._agent_refusal(decisions)
                if refusal is not None:
                    rule, message, decision = refusal
                    raise self._refuse(rule, message, decision.fingerprint,
                                       normalized(decisions[0][1], self.connection.database.dialect))
                if len(decisions) == 1 and decisions[0][0].kind is not StatementKind.READ:
                    changed = self.connection.execute(sql)
                    event = self.connection.audit.tail(1)[0]
                    return (QueryResult(columns=[], rows=[], row_count=changed, returned=0, truncated=False,
                                        row_limit=self.rule.row_limit, masked={}, kinds={}, audit_event=event.seq),
                            {"rows": changed, "kind": decisions[0][0].kind.value})
            # the gateway's read event records the call (one audit append per query, not two): what was asked and
            # the row limit ride in the connection's context; rows and masked columns are in the event itself
            context = self.connection.context
            self.connection.context = {**context, "agent_call": {"call": "query", **asked,
                                                                 "row_limit": self.rule.row_limit}}
            try:
                result = self.connection.query(sql)
            finally:
                self.connection.context = context
            outside = [t for t in result.classifications if not _in(t, self.rule.tables)]
            if outside:  # read through a view: the tables behind it are outside the agent's rule
                raise self._refuse(Rule.AGENT_TABLE_NOT_ALLOWED, f"statement {result.fingerprint} reads "
                                   f"{', '.join(outside)} (through a view), outside the tables agents matching "
                                   f"{self.rule.client!r} may read", result.fingerprint)
            frame = result.frame
            shown = frame.head(self.rule.row_limit)
            kinds = {c: k.value for c, k in result.output_kinds.items()}
            answer = QueryResult(
                columns=[str(c) for c in frame.columns], rows=_records(shown), row_count=len(frame),
                returned=len(shown), truncated=len(frame) > len(shown), row_limit=self.rule.row_limit,
                masked=result.masked, kinds=kinds, audit_event=result.event.seq)
            return answer, None
        return self._call("query", asked, run)

    def check_sql(self, sql: str) -> CheckResult:
        """The decision of the guardrails and of the agent's rule on ``sql``; nothing runs."""
        asked: dict[str, Any] = {}

        def run() -> tuple[CheckResult, dict[str, Any]]:
            self._admit()
            try:
                decisions = self._decisions(sql)
            except UnparseableStatement as exc:
                return (CheckResult(decision="unparseable", rule=Rule.UNPARSEABLE, reason=str(exc), statements=[]),
                        {"decision": "unparseable"})
            asked["statement"] = self._shown(decisions)
            checks = [StatementCheck(decision=d.action, rule=d.rule, kind=d.kind.value, reason=d.reason,
                                     fingerprint=d.fingerprint, tables=list(d.tables)) for d, _ in decisions]
            refusal = self._agent_refusal(decisions)
            if refusal is not None:
                rule, message, _ = refusal
                result = CheckResult(decision="block", rule=rule, reason=message, statements=checks)
            elif len(decisions) > 1:
                result = CheckResult(decision="block", rule=Rule.ONE_STATEMENT, reason="send one statement per call",
                                     statements=checks)
            else:
                worst = max((d for d, _ in decisions), key=lambda d: SEVERITY[d.action])
                result = CheckResult(decision=worst.action,  # type: ignore[arg-type]
                                     rule=worst.rule, reason=worst.reason, statements=checks)
            return result, {"decision": result.decision, "rule": result.rule, "statement": asked["statement"],
                            "fingerprints": [c.fingerprint for c in checks]}
        return self._call("check_sql", asked, run)

    def request_approval(self, sql: str, reason: str) -> ApprovalInfo:
        """Ask for the just-in-time approval ``sql`` needs; someone else grants it, then ``query`` runs it once."""
        asked: dict[str, Any] = {"reason_length": len(reason)}

        def run() -> tuple[ApprovalInfo, dict[str, Any]]:
            self._admit()
            if not reason.strip():
                raise StatementRefused("an approval request needs a reason an approver can judge; pass reason",
                                       rule=Rule.APPROVAL_WITHOUT_REASON)
            decisions = self._decisions(sql)
            if len(decisions) != 1:
                raise self._refuse(Rule.ONE_STATEMENT, f"the text holds {len(decisions)} statements; send one per call",
                                   decisions[0][0].fingerprint if decisions else "")
            decision, statement = decisions[0]
            text = normalized(statement, self.connection.database.dialect)
            asked.update(fingerprint=decision.fingerprint, statement=text)
            refusal = self._agent_refusal(decisions)
            if refusal is not None:
                raise self._refuse(refusal[0], refusal[1], decision.fingerprint, text)
            if decision.action == "block":
                raise self._refuse(decision.rule, f"statement {decision.fingerprint} blocked by rule {decision.rule!r}:"
                                   f" {decision.reason}; no approval can allow it", decision.fingerprint, text)
            identity = self.connection.identity
            if decision.action != "approval":
                info = ApprovalInfo(id="", status="not-needed", rule=decision.rule, fingerprint=decision.fingerprint,
                                    statement=text, requester=identity.name)
                return info, {"status": info.status}
            approvals = self.connection.approvals
            if approvals is None:
                raise StatementBlocked(f"statement {decision.fingerprint} needs an approval but the server has no "
                                       "approval store", rule=decision.rule, fingerprint=decision.fingerprint)
            why = scan_text_safely(reason)
            request = approvals.request(decision, identity, self.connection.approval_scope, text,
                                        self.connection.policy.approvals.request_ttl_minutes,
                                        policy_digest=self.connection.policy.digest,
                                        allow_unverified=self.connection.policy.approvals.allow_unverified,
                                        justification=why)
            info = _approval_info(request, approvals.url)
            return info, {"request": request.id, "status": info.status, "reason": why}
        return self._call("request_approval", asked, run)

    def approval_status(self, request_id: str) -> ApprovalInfo:
        """Where an approval request of this session's operator stands."""
        def run() -> tuple[ApprovalInfo, dict[str, Any]]:
            approvals = self.connection.approvals
            try:
                if approvals is None:
                    raise ApprovalError("no approval store")
                request = approvals.get(request_id.strip())
            except ApprovalError:
                request = None
            operator = self.connection.identity.name.strip().casefold()
            if request is None or request.requester.strip().casefold() != operator:
                raise StatementRefused(f"no approval request {request_id[:40]!r} made by "
                                       f"{self.connection.identity.name}", rule=Rule.APPROVAL_NOT_YOURS)
            info = _approval_info(request, approvals.url)  # type: ignore[union-attr]
            return info, {"request": request.id, "status": info.status}
        return self._call("approval_status", {"request": request_id[:40]}, run)


def _approval_info(request: Any, store_url: str) -> ApprovalInfo:
    from governance_dagster.governed.approvals import approve_command

    return ApprovalInfo(id=request.id, status=request.state, rule=request.rule, fingerprint=request.fingerprint,
                        statement=request.statement, requester=request.requester, decided_by=request.decided_by,
                        approver_command=approve_command(request.id, store_url) if request.state == "pending" else "")


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as JSON values (dates ISO 8601, missing values null, anything else as text)."""
    return json.loads(frame.to_json(orient="records", date_format="iso", default_handler=str))


def scan_text_safely(text: str, limit: int = 2000) -> str:
    """``text`` (cut to ``limit`` characters) with every entity the free-text scan finds replaced by its type: the
    form in which free text reaches an agent, or the audit trail, from this module. Database errors are scrubbed of
    quoted values before (:func:`governance_dagster.store.database.scrub`); this catches what is left unquoted.

    Example:
        >>> scan_text_safely("mail ann@example.com about it")
        'mail <EMAIL_ADDRESS> about it'
    """
    from governance_dagster.detect.presidio import scan_series

    return str(scan_series(pd.Series([text[:limit]], dtype=object)).iloc[0])


def refusal_text(error: BaseException) -> str:
    """The text an agent gets for a failed call: the rule, the scrubbed reason and what would be allowed instead.
    Errors outside the governance tree carry only their type (their text may hold anything).

    Example:
        >>> print(refusal_text(StatementRefused("statement ab12 refused", rule="agent-read-only")))
        refused by rule agent-read-only: statement ab12 refused. Instead: send a SELECT; this agent is read-only under the policy's `agents` rule for it
    """
    if not isinstance(error, GovernanceError):
        return f"internal error ({type(error).__name__}); the server's operator can find it in the audit trail"
    rule = getattr(error, "rule", "") or type(error).__name__
    text = f"refused by rule {rule}: {scan_text_safely(str(error))}"
    if isinstance(error, ApprovalRequired):
        return (f"{text}. Approval request {error.request_id} waits for someone other than this session's operator; "
                "check it with approval_status and send the same statement again once it is granted")
    return f"{text}. Instead: {INSTEAD.get(rule, _DEFAULT_INSTEAD)}"
