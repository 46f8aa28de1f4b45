"""The one path every governed statement takes:

identity -> guardrail decision -> masking rewrite -> database -> free-text scan -> audit event -> caller.

Nothing is released to the caller before its audit event is stored; a write is committed only after its audit
event is stored.

Example:
    >>> import os, tempfile
    >>> d = tempfile.mkdtemp()
    >>> _ = open_database(f"duckdb:///{d}/prod.duckdb").execute(
    ...     "CREATE TABLE customers AS SELECT 1 AS id, 'ann@example.com' AS email")
    >>> con = GovernedConnection(
    ...     database=open_database(f"duckdb:///{d}/prod.duckdb"), policy=Policy(),
    ...     audit=open_audit_store(f"duckdb:///{d}/audit.duckdb"), identity=Identity("ann", "test"),
    ...     secret="0123456789abcdef0123")
    >>> result = con.query("SELECT email FROM customers")
    >>> result.frame["email"][0] == "ann@example.com"
    False
    >>> result.masked
    {'email': ['main.customers.email:hash']}
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import pandas as pd
from sqlglot import exp

from governance_dagster.detect.classify import Classification, classify_table
from governance_dagster.detect.presidio import scan_series
from governance_dagster.errors import (
    ApprovalError,
    ApprovalRequired,
    AuditError,
    DatabaseError,
    IdentityError,
    LineageError,
    PolicyError,
    StatementBlocked,
    StatementRefused,
    UnsupportedDatabaseError,
)
from governance_dagster.extras import require
from governance_dagster.governed.approvals import ApprovalRequest, Approvals, approve_command
from governance_dagster.governed.guardrails import Decision, StatementKind, judge
from governance_dagster.governed.identity import Identity, require_verified
from governance_dagster.governed.masking.operators import get_operator
from governance_dagster.governed.masking.operators.base import check_secret
from governance_dagster.governed.masking.rewrite import ColumnMask, Rewrite, rewrite_query
from governance_dagster.governed.masking.writes import masked_reads, unknown_sources
from governance_dagster.kinds import Kind
from governance_dagster.policy.models import Policy
from governance_dagster.rules import Rule
from governance_dagster.sql.parse import normalized, parse_statements
from governance_dagster.sql.views import expand_views
from governance_dagster.store.audit.chain import Draft, Event
from governance_dagster.store.audit.store import AuditStore, open_audit_store
from governance_dagster.store.database import (
    Catalog,
    Database,
    Partition,
    Schema,
    open_database,
    parse_url,
    quote_table,
)

__all__ = ["GovernedConnection", "GovernedResult", "GovernedSparkResult", "WriteResult", "open_audit_store", "open_database"]

_SAMPLE_ROWS = 2000

#: The rule of a refusal for want of a verified identity, by the action the policy requires one for.
_VERIFIED_IDENTITY_RULES = {"approvals": Rule.VERIFIED_IDENTITY_FOR_APPROVALS,
                            "protected_writes": Rule.VERIFIED_IDENTITY_FOR_PROTECTED_WRITES,
                            "unmasked_reads": Rule.VERIFIED_IDENTITY_FOR_UNMASKED_READS}
#: (database, table, schema fingerprint, policy digest) -> classification, for this process.
_CLASSIFICATIONS: dict[tuple[str, str, str, str], dict[str, Classification]] = {}
#: How many read plans :data:`_PLANS` keeps (the least recently used is dropped first).
PLAN_CACHE_SIZE = 256


@dataclass(frozen=True)
class _Plan:
    """What a read decided before it fetched, reusable while everything it depends on is the same when it was
    allowed without an approval: the statement (text, unmask reason, whole-table read), the database and its schema
    and views, the policy, the identity and the secret are its cache key; the classification of each table read is
    checked on every use."""

    read: _Read
    #: ``schema.table`` -> the classification the masks were built from (compared by identity on reuse).
    classifications: dict[str, dict[str, Classification]]
    #: The approval this read used (such a plan is never reused).
    grant: ApprovalRequest | None = None
    #: The output columns computed from a free-text column that no unmask grant releases (scanned after the read).
    free_text: tuple[str, ...] = ()


#: plan key (see :meth:`GovernedConnection._plan_key`) -> the plan of an allowed read, for this process.
_PLANS: OrderedDict[tuple, _Plan] = OrderedDict()
_PLANS_GUARD = threading.Lock()


#: How many catalogs :data:`_CATALOGS` keeps (the least recently used is dropped first).
CATALOG_CACHE_SIZE = 32
#: (database id, catalog fingerprint) -> the schema and views read under that fingerprint, and their digest, for
#: this process: a new governed connection, or one after a write, reuses them while the fingerprint is unchanged.
_CATALOGS: OrderedDict[tuple[str, str], tuple[Catalog, str]] = OrderedDict()
_CATALOGS_GUARD = threading.Lock()


def _hex_digest(text: str) -> str:
    """SHA-256 of ``text`` in hex: what a plan key holds of the schema and of the secret."""
    return hashlib.sha256(text.encode()).hexdigest()


def _catalog_digest(schema: Schema, views: dict[str, str]) -> str:
    """The digest of a schema and views that a plan key holds (independent of the order they were read in)."""
    return _hex_digest(repr((sorted((s, sorted((t, sorted(c.items())) for t, c in ts.items())) for s, ts in schema.items()),
                             sorted(views.items()))))


class _OutputKinds:
    """The ``output_kinds`` of a read's result, from its ``lineage`` and ``classifications``."""

    lineage: dict[str, list[tuple[str, str]]]
    classifications: dict[str, dict[str, Classification]]

    @property
    def output_kinds(self) -> dict[str, Kind]:
        """The personal-data kind of each output column, from its sources (``none`` when it has none)."""
        return output_kinds(self.lineage, self.classifications)


@dataclass
class GovernedResult(_OutputKinds):
    """What a governed read returns: the masked rows and what was done to them."""

    frame: pd.DataFrame
    #: output column -> ``schema.table.column:operator`` of every masked source it is computed from.
    masked: dict[str, list[str]]
    #: output column -> ``(schema.table, column)`` sources.
    lineage: dict[str, list[tuple[str, str]]]
    #: ``schema.table`` -> column -> classification, for the tables read.
    classifications: dict[str, dict[str, Classification]]
    fingerprint: str
    event: Event


@dataclass
class GovernedSparkResult(_OutputKinds):
    """What a governed read into Spark returns: a :class:`pyspark.sql.DataFrame` over the masked SQL, not yet
    computed (Spark runs it when the caller writes, counts or collects it), and what was done to it; the fields
    other than ``dataframe`` mean what they mean on :class:`GovernedResult`."""

    #: a ``pyspark.sql.DataFrame`` (typed ``Any``: pyspark is an extra)
    dataframe: Any
    masked: dict[str, list[str]]
    lineage: dict[str, list[tuple[str, str]]]
    classifications: dict[str, dict[str, Classification]]
    fingerprint: str
    event: Event


def output_kinds(lineage: dict[str, list[tuple[str, str]]],
                 classifications: dict[str, dict[str, Classification]]) -> dict[str, Kind]:
    """The personal-data kind of each output column: that of its first personal source, ``none`` without one."""
    kinds: dict[str, Kind] = {}
    for output, sources in lineage.items():
        found = [classifications.get(t, {}).get(c) for t, c in sources]
        personal = [f.kind for f in found if f is not None and f.kind is not Kind.NONE]
        kinds[output] = personal[0] if personal else Kind.NONE
    return kinds


@dataclass
class WriteResult:
    """What a governed write did."""

    table: str
    rows: int
    event: Event


@dataclass
class GovernedConnection:
    """A connection whose every statement is decided, masked and audited.

    Args:
        database: where the data lives.
        policy: the policy in force.
        audit: where audit events go.
        identity: who is acting.
        secret: the key of keyed operators (at least 16 bytes).
        run_id: the orchestrator's run id, recorded on every event.
        context: extra fields recorded on every event (asset key, step).
        approvals: where statements that need a just-in-time approval wait; without it they are refused.
        lineage_sink: a ``.jsonl`` file path or an ``http(s)://`` OpenLineage endpoint that receives a run event
            for every read and write (best effort: a sink that fails is logged, never blocks the governed path,
            since the audit store already holds the event; an endpoint is posted to by a background thread).
            Needs the extra ``openlineage``.
    """

    database: Database
    policy: Policy
    audit: AuditStore
    identity: Identity
    secret: str
    run_id: str = ""
    context: dict[str, Any] = field(default_factory=dict)
    approvals: Approvals | None = None
    lineage_sink: str | None = None
    _schema: Schema | None = field(default=None, init=False, repr=False)
    _views: dict[str, str] | None = field(default=None, init=False, repr=False)
    #: ``schema.table`` -> (schema fingerprint, classification) of the tables this connection read.
    _classified: dict[str, tuple[str, dict[str, Classification]]] = field(default_factory=dict, init=False,
                                                                           repr=False)
    #: (schema, views, their digest): the digest of the schema and views objects this connection read last.
    _state: tuple[Any, Any, str] | None = field(default=None, init=False, repr=False)
    #: (policy, its digest), (url, database id), (secret, its digest): computed once per object.
    _memo: dict[str, tuple[Any, str]] = field(default_factory=dict, init=False, repr=False)
    #: The catalog fingerprint ``_schema`` and ``_views`` were read under (databases that fingerprint their catalog;
    #: on DuckDB the digest of the rows its one catalog statement read, which nothing checks again).
    _fingerprint: str | None = field(default=None, init=False, repr=False)
    #: How deep in a statement this connection is, and whether the catalog was checked in it.
    _depth: int = field(default=0, init=False, repr=False)
    _checked: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        check_secret(self.secret)
        if self.lineage_sink:  # a missing extra is said here, not swallowed by the best-effort sending
            require("openlineage.client", "openlineage")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """End of this connection's use: sign the audit chain head (when the store has a signing key)."""
        self.audit.checkpoint()

    # -- audit -------------------------------------------------------------------------------------------------

    def record(self, kind: str, payload: dict[str, Any]) -> Event:
        """Append an audit event of ``kind`` for this connection (identity, roles, run, policy hash, database URL
        without password and context added); with a lineage sink, reads and writes are also sent there as OpenLineage run events."""
        body = {**self.context, "policy": self._policy_digest, "database": self.database.dialect,
                "database_id": self.database_id,
                "roles": list(self.identity.roles), "identity_source": self.identity.source, **payload}
        event = self.audit.append(Draft(kind, self.identity.name, self.identity.verified, body, self.run_id))
        if self.lineage_sink:
            from governance_dagster.store.audit.export import send_openlineage

            send_openlineage(event, self.lineage_sink, namespace=self.database_id)
        return event

    def _refuse(self, decision: Decision | None, error: StatementRefused, statement: str = "") -> StatementRefused:
        try:
            self.record(
                "statement.refused",
                {"rule": error.rule, "fingerprint": error.fingerprint or (decision.fingerprint if decision else ""),
                 "statement": statement, "reason": str(error)},
            )
        except AuditError:
            pass  # the refusal stands whether or not it could be recorded
        return error

    # -- schema and classification -------------------------------------------------------------------------------

    def schema(self) -> Schema:
        """The database schema. On a database that fingerprints its catalog (PostgreSQL), as of the current
        statement: its fingerprint is asked for once per statement (and on every call outside one), and what was
        read under an unchanged fingerprint is reused, by this connection and the process's others; a table
        altered or a view redefined by anyone is seen by the next statement. On the others, read once per
        connection and again after its own writes (DuckDB: the schema and the views in one statement, and what
        equals a catalog another connection of the process read is shared with it, digest included)."""
        self._check_catalog()
        if self._schema is None:
            self._read_catalog()
        if self._schema is None:
            self._schema = self.database.schema()
        return self._schema

    def _views_read(self) -> dict[str, str]:
        """The database's views, as fresh as :meth:`schema`."""
        self._check_catalog()
        if self._views is None:
            self._read_catalog()
        if self._views is None:
            self._views = self.database.views()
        return self._views

    def _read_catalog(self) -> None:
        """On a database that reads its schema and views in one statement but does not fingerprint its catalog
        (DuckDB), read both now (the others read each when needed)."""
        catalog = getattr(self.database, "catalog", None)
        if catalog is None or getattr(self.database, "catalog_fingerprint", None) is not None:
            return
        self._take(self._remember(catalog()))

    def _check_catalog(self) -> None:
        """Make the schema and views those of the database's catalog now, unless this statement already did
        (databases that fingerprint their catalog; the others keep what they read)."""
        fingerprint = getattr(self.database, "catalog_fingerprint", None)
        if fingerprint is None or self._checked:
            return
        current = fingerprint()
        if current != self._fingerprint or self._schema is None or self._views is None:
            self._use_catalog(current)
        self._checked = self._depth > 0

    def _use_catalog(self, fingerprint: str) -> None:
        """Take the schema and views read under ``fingerprint`` from the process's cache, or read them (and their
        own fingerprint, from the same statement: a change committed since the check is read, never filed under
        the older fingerprint)."""
        with _CATALOGS_GUARD:
            known = _CATALOGS.get((self.database_id, fingerprint))
            if known is not None:
                _CATALOGS.move_to_end((self.database_id, fingerprint))
        if known is None:
            known = self._remember(self.database.catalog())  # type: ignore[attr-defined]
        self._take(known)

    def _remember(self, catalog: Catalog) -> tuple[Catalog, str]:
        """The process's catalog of this database under ``catalog``'s fingerprint (``catalog`` itself, filed with
        its digest, when there is none yet): equal fingerprints mean an equal catalog, so connections share one."""
        key = (self.database_id, catalog.fingerprint)
        with _CATALOGS_GUARD:
            known = _CATALOGS.get(key)
            if known is not None:
                _CATALOGS.move_to_end(key)
                return known
        known = (catalog, _catalog_digest(catalog.schema, catalog.views))
        with _CATALOGS_GUARD:
            _CATALOGS[key] = known
            _CATALOGS.move_to_end(key)
            while len(_CATALOGS) > CATALOG_CACHE_SIZE:
                _CATALOGS.popitem(last=False)
        return known

    def _take(self, known: tuple[Catalog, str]) -> None:
        catalog, digest = known
        self._schema, self._views, self._fingerprint = catalog.schema, catalog.views, catalog.fingerprint
        self._state = (catalog.schema, catalog.views, digest)

    def _forget_catalog(self) -> None:
        """After this connection's own write or schema statement: read the schema and views again when next
        needed; on a database that fingerprints its catalog, only if the fingerprint changed (the next statement
        checks it anyway)."""
        self._checked = False
        if getattr(self.database, "catalog_fingerprint", None) is None:
            self._schema = self._views = None

    @contextmanager
    def _statement(self) -> Iterator[None]:
        """One statement's work: the catalog is checked at most once inside it (on its first use)."""
        if self._depth == 0:
            self._checked = False
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._checked = False

    def _through_views(self, statement: exp.Expression) -> exp.Expression:
        """``statement`` with the views it reads from replaced by their definitions."""
        return expand_views(statement, self._views_read(), self.schema(), self.database.dialect,
                            self.database.default_schema)

    def classify(self, table: str) -> dict[str, Classification]:
        """Classify ``schema.table`` from a sample read inside the governed path (values never leave it).

        Results are cached in the process by the table's schema fingerprint and the policy, so a table is sampled
        again only when its columns or the policy change; each classification made is an audit event. A table
        whose columns changed (read again after this connection's own write, or by a new connection) is classified
        again: a column added since must not go unmasked under the old classification.
        """
        db, name = table.split(".", 1)
        columns = self.schema().get(db, {}).get(name)
        if columns is None:
            raise LineageError(f"table {table} is not in {self.database_id}; check the name and schema",
                               rule=Rule.UNKNOWN_TABLE)
        fingerprint = _schema_fingerprint(columns)
        known = self._classified.get(table)
        if known is not None and known[0] == fingerprint:
            return known[1]
        check_rules_fit(self.policy, table, columns)
        key = (self.database_id, table, fingerprint, self._policy_digest)
        result = _CLASSIFICATIONS.get(key)
        if result is None:
            sample = self.database.fetch(sample_sql(quote_table(db, name, self.database.dialect), self.database.dialect))
            release = getattr(self.database, "release", None)
            if release is not None:
                release()  # other processes may use the file while the sample is classified (seconds, the first time)
            result = classify_table(table, columns, sample, self.policy)
            self.record(
                "classification",
                {"table": table, "schema_fingerprint": fingerprint,
                 "columns": {c: {"kind": r.kind.value, "state": r.state, "confidence": r.confidence,
                                 "evidence": r.evidence}
                             for c, r in result.items()}},
            )
            _CLASSIFICATIONS[key] = result
        self._classified[table] = (fingerprint, result)
        return result

    def masks_for(self, table: str, *, unmasked_reason: str | None = None) -> dict[str, ColumnMask]:
        """The masks of ``schema.table``'s columns that hold personal data; with a reason, columns the identity
        may read unmasked are left out."""
        masks = {}
        db, name = table.split(".", 1)
        types = self.schema().get(db, {}).get(name, {})
        for column, found in self.classify(table).items():
            spec = self.policy.operator_for(table, column, found.kind)
            if spec.operator == "keep":
                continue
            if _is_binary(types.get(column, "")) and spec.operator not in _BINARY_SAFE_OPERATORS:
                raise StatementRefused(
                    f"statement refused: column {table}.{column} is binary ({types[column]}) and holds "
                    f"{found.kind.value}, but operator {spec.operator!r} works on text and could release the bytes in "
                    f"another encoding; give it operator {', '.join(sorted(_BINARY_SAFE_OPERATORS))} in a column rule "
                    "of the policy, or store it as text", rule=Rule.BINARY_COLUMN_OPERATOR)
            if unmasked_reason and self.policy.may_unmask(self.identity.roles, table, found.kind, "values"):
                continue
            masks[column] = ColumnMask(found.kind, spec)
        return masks

    # -- reads -------------------------------------------------------------------------------------------------

    @property
    def database_id(self) -> str:
        """The database as recorded on events and approvals (URL without password)."""
        return self._memoized("database_id", self.database.url,
                              lambda url: parse_url(url, "database URL").render_as_string(hide_password=True))

    @property
    def _policy_digest(self) -> str:
        return self._memoized("policy", self.policy, lambda policy: policy.digest)

    def _memoized(self, name: str, source: Any, compute: Callable[[Any], str]) -> str:
        """``compute(source)``, computed again only when ``source`` differs from last time's."""
        known = self._memo.get(name)
        if known is None or (known[0] is not source and known[0] != source):
            known = self._memo[name] = (source, compute(source))
        return known[1]

    def _plan_key(self, sql: str, unmask_reason: str | None, whole_table: bool) -> tuple:
        """What an allowed read's plan depends on, besides the classifications of its tables: the statement, the
        database, its schema and views as this connection read them (a change by this connection, or a new
        connection after another writer's, gives another key), the policy (its class too: an agent's view of the
        policy has the same digest but grants no unmasking), the identity (its own grants, never another's) and the
        secret."""
        schema, views = self.schema(), self._views_read()
        if self._state is None or self._state[0] is not schema or self._state[1] is not views:
            self._state = (schema, views, _catalog_digest(schema, views))
        secret = self._memoized("secret", self.secret, _hex_digest)
        return (sql, unmask_reason, whole_table, self.database_id, self._state[2], type(self.policy),
                self._policy_digest, self.identity, secret)

    def _cached_plan(self, key: tuple) -> _Plan | None:
        """The plan stored under ``key``, if the tables it reads are still classified as when it was made (a table
        classified again, with a new sample or policy, gets a new plan)."""
        with _PLANS_GUARD:
            plan = _PLANS.get(key)
            if plan is not None:
                _PLANS.move_to_end(key)
        if plan is None:
            return None
        if any(self.classify(table) is not found for table, found in plan.classifications.items()):
            return None
        return plan

    def _store_plan(self, key: tuple, plan: _Plan) -> None:
        with _PLANS_GUARD:
            _PLANS[key] = plan
            _PLANS.move_to_end(key)
            while len(_PLANS) > PLAN_CACHE_SIZE:
                _PLANS.popitem(last=False)

    @property
    def approval_scope(self) -> str:
        """The database an approval is bound to: :attr:`database_id`, with a DuckDB file's path made absolute, since
        ``duckdb:///prod.duckdb`` names another file in another working directory."""
        parsed = parse_url(self.database.url, "database URL")
        if parsed.get_backend_name() == "duckdb" and parsed.database and parsed.database != ":memory:":
            return f"duckdb:///{Path(parsed.database).resolve()}"
        return self.database_id

    def _decide(self, sql: str) -> tuple[Decision, exp.Expression, ApprovalRequest | None]:
        """Parse and decide; raise unless the statement may run now. Returns the decision, the statement and the
        grant it uses, if it needed one."""
        dialect = self.database.dialect
        try:
            statements = parse_statements(sql, dialect)
            catalogs = self.database.catalogs()
            decisions = [judge(s, dialect, self.policy, self.database.default_schema, self.identity.roles, catalogs)
                         for s in statements]
        except StatementRefused as exc:
            raise self._refuse(None, exc) from None
        blocked = next((d for d in decisions if d.action == "block"), None)
        if blocked is not None:
            raise self._refuse(blocked, StatementBlocked(
                f"statement {blocked.fingerprint} blocked by rule {blocked.rule!r}: {blocked.reason}",
                rule=blocked.rule, fingerprint=blocked.fingerprint)) from None
        if len(statements) > 1:
            raise self._refuse(decisions[0], StatementBlocked(
                f"statement {decisions[0].fingerprint} holds {len(statements)} statements; send one per call",
                rule=Rule.ONE_STATEMENT, fingerprint=decisions[0].fingerprint)) from None
        decision, statement = decisions[0], statements[0]
        self._refuse_database_functions(statement, decision)
        if decision.kind is not StatementKind.READ:
            self._refuse_masked_reads(statement, decision)  # before any approval is asked for or used
        if decision.rule == "protected-write" or (decision.kind is not StatementKind.READ and any(
                _in_schemas(t, self.policy.protected_schemas) for t in decision.tables)):
            self._require_verified("protected_writes", decision)
        if decision.action != "approval":
            return decision, statement, None
        if self.approvals is None:
            raise self._refuse(decision, StatementBlocked(
                f"statement {decision.fingerprint} needs an approval (rule {decision.rule!r}) but no approval store "
                "is configured; give the resource an audit store", rule=decision.rule, fingerprint=decision.fingerprint)) from None
        grant = self.approvals.consume(decision, self.identity, self.approval_scope)
        if grant is not None:
            return decision, statement, grant
        try:
            request = self.approvals.request(decision, self.identity, self.approval_scope, normalized(statement, dialect),
                                             self.policy.approvals.request_ttl_minutes, policy_digest=self.policy.digest,
                                             allow_unverified=self.policy.approvals.allow_unverified)
        except ApprovalError as exc:
            if self.identity.verified or self.policy.approvals.allow_unverified:
                raise
            raise self._refuse(decision, StatementRefused(str(exc), rule=Rule.VERIFIED_IDENTITY_FOR_APPROVALS,
                                                          fingerprint=decision.fingerprint)) from None
        command = approve_command(request.id, self.approvals.url)
        roles = ", ".join(decision.approver_roles) or "approver"
        raise ApprovalRequired(
            f"statement {decision.fingerprint} needs approval (rule {decision.rule!r}: {decision.reason}). "
            f"Approval request {request.id} waits for someone other than {self.identity.name} holding a role in "
            f"[{roles}]: {command} ; then run again.",
            rule=decision.rule, fingerprint=decision.fingerprint, request_id=request.id, command=command,
        )

    def query(self, sql: str, *, unmask_reason: str | None = None) -> GovernedResult:
        """Run a query with sensitive columns masked inside the database.

        Args:
            sql: one query.
            unmask_reason: why the raw values are needed; with it, columns an unmask grant of the policy lets this
                identity read (``access: values``) come back unmasked, and the read is audited with the reason.

        Raises:
            StatementRefused: the guardrails block it, its lineage cannot be established, or it filters or joins
                on masked columns without an unmask grant.
            ApprovalRequired: it waits for someone else's approval.
            AuditError: its audit event could not be stored; no rows are returned.
        """
        return self._query(sql, unmask_reason, whole_table=False)

    def _query(self, sql: str, unmask_reason: str | None, *, whole_table: bool) -> GovernedResult:
        with self._statement():
            return self._query_now(sql, unmask_reason, whole_table=whole_table)

    def _query_now(self, sql: str, unmask_reason: str | None, *, whole_table: bool) -> GovernedResult:
        started = time.perf_counter()
        # one database connection for the schema, the views, a classification sample and the rows; released
        # before the free-text scan and the audit append
        with self._session():
            plan, frame = self._planned_rows(sql, unmask_reason, whole_table)
            read = plan.read
            assert read.rewrite is not None
            rewrite = read.rewrite
        self._check_columns([str(c) for c in frame.columns], read)
        for _table, column, mask in read.in_memory:
            frame[column] = get_operator(mask.spec.operator).apply(frame[column], mask.spec.parameters, self.secret)
        scanned = self._scan_free_text(frame, plan.free_text)
        event = self._record_read(read, plan.grant, rows=len(frame), scanned=scanned, started=started)
        # copies: the plan may serve later statements, whatever the caller does with its result
        return GovernedResult(frame, {k: list(v) for k, v in rewrite.masked_outputs.items()},
                              {k: list(v) for k, v in rewrite.lineage.items()}, dict(plan.classifications),
                              read.decision.fingerprint, event)

    def _planned_rows(self, sql: str, unmask_reason: str | None, whole_table: bool) -> tuple[_Plan, pd.DataFrame]:
        """The plan of a read and its rows. On a database that fingerprints its catalog, a plan cached for the
        catalog this connection read last is run without asking first: the fingerprint is checked in the round trip
        that reads the rows, and only if it is unchanged are they kept (otherwise they are dropped unread and the
        read is planned on the catalog now). Elsewhere, and when no plan is cached: check, plan, read."""
        fetch_at = getattr(self.database, "fetch_at", None)
        if fetch_at is not None and not self._checked and self._fingerprint is not None \
                and self._schema is not None and self._views is not None:
            known = self._fingerprint
            self._checked = True  # the lookup uses the catalog read last; the fetch checks it
            plan: _Plan | None = None
            current: str | None = None
            frame: pd.DataFrame | None = None
            try:
                plan = self._cached_plan(self._plan_key(sql, unmask_reason, whole_table))
                if plan is not None:
                    assert plan.read.rewrite is not None
                    with _message_withheld(plan.read.rewrite.compares_raw, plan.read.decision.fingerprint):
                        current, frame = fetch_at(plan.read.rewrite.sql, known)
            except BaseException:
                self._checked = False
                raise
            if plan is not None and frame is not None:
                return plan, frame  # checked: the catalog is the one read last, for the rest of the statement
            self._checked = False
            if current is not None:  # the catalog changed: take the one now, without asking again
                self._use_catalog(current)
                self._checked = self._depth > 0
        key = self._plan_key(sql, unmask_reason, whole_table)
        plan = self._cached_plan(key)
        if plan is None:
            plan = self._prepare_read(sql, unmask_reason, whole_table=whole_table)
            if plan.grant is None and plan.read.decision.allowed:  # one that used an approval is decided again
                self._store_plan(key, plan)
        assert plan.read.rewrite is not None
        with _message_withheld(plan.read.rewrite.compares_raw, plan.read.decision.fingerprint):
            return plan, self.database.fetch(plan.read.rewrite.sql)

    def _prepare_read(self, sql: str, unmask_reason: str | None, *, whole_table: bool, spark: bool = False) -> _Plan:
        """Everything a read does before the database runs it: the guardrail decision, the read rules before and
        after the masking rewrite, and the rewrite. A refusal is audited and raised."""
        decision, statement, grant = self._decide(sql)
        read = _Read(decision, normalized(statement, self.database.dialect), unmask_reason, whole_table, spark=spark)
        self._apply(READ_RULES_BEFORE_REWRITE, read)
        masks_for = lambda table: self.masks_for(table, unmasked_reason=unmask_reason)
        try:
            rewrite = rewrite_query(
                self._through_views(statement), self.schema(), masks_for, self.database.dialect, self.database.default_schema,
                secret=self.secret,
                probe_allowed=lambda table, column, kind: self.policy.may_unmask(self.identity.roles, table, kind, "predicates"),
            )
        except StatementRefused as exc:
            exc.fingerprint = decision.fingerprint
            raise self._refuse(decision, exc, read.statement) from None
        read.rewrite = rewrite
        read.unmasked = self._unmasked_columns(rewrite.tables) if unmask_reason else []
        read.in_memory = self._in_memory_masks(rewrite.tables, unmask_reason)
        self._apply(READ_RULES_AFTER_REWRITE, read)
        classifications = {t: self.classify(t) for t in rewrite.tables}
        return _Plan(read, classifications, grant,
                     tuple(self._free_text_outputs(rewrite.lineage, classifications, skip=set(read.unmasked))))

    def _check_columns(self, columns: list[str], read: _Read) -> None:
        """Refuse a result whose columns are not those the lineage names: the database returned columns (an
        expansion sqlglot did not see) whose masking cannot be told, so nothing of it is released."""
        assert read.rewrite is not None
        if columns == list(read.rewrite.lineage):
            return
        decision = read.decision
        raise self._refuse(decision, LineageError(
            f"statement {decision.fingerprint} refused: it returned {len(columns)} columns where its lineage "
            f"names {len(read.rewrite.lineage)}, so their masking cannot be established; name the output columns",
            rule=Rule.UNKNOWN_LINEAGE, fingerprint=decision.fingerprint), read.statement) from None

    def _record_read(self, read: _Read, grant: ApprovalRequest | None, *, rows: int | None, scanned: list[str],
                     started: float, **extra: Any) -> Event:
        """The ``unmasked_read`` event (when an unmask grant released columns) and the ``read`` event of a read."""
        assert read.rewrite is not None
        decision, rewrite = read.decision, read.rewrite
        if read.unmasked:
            self.record("unmasked_read", {"statement": read.statement, "fingerprint": decision.fingerprint,
                                          "columns": read.unmasked, "reason": read.unmask_reason, "rows": rows})
        return self.record("read", {
            "statement": read.statement, "fingerprint": decision.fingerprint,
            "rule": decision.rule, "action": decision.action, "approval": grant.id if grant else None,
            "tables": list(rewrite.tables), "masked": rewrite.masked_outputs, "unmasked": read.unmasked,
            "free_text_scanned": scanned, "rows": rows, **extra,
            "duration_ms": round((time.perf_counter() - started) * 1000, 1),
        })

    # -- reads that stay in Spark --------------------------------------------------------------------------------

    def query_spark(self, sql: str, *, unmask_reason: str | None = None) -> GovernedSparkResult:
        """Run a query on a Spark database through the same decision path as :meth:`query` and return a Spark
        DataFrame over the masked SQL, for results too large for the driver.

        The guardrails, approvals, read rules and masking rewrite are those of :meth:`query`; Spark analyzes the
        masked SQL (nothing is computed yet) and the ``read`` audit event is stored *before* the DataFrame is
        returned (write-ahead: ``rows`` is ``None``, the result is computed later by Spark). Masked columns are
        masked in the SQL Spark runs, so their raw values never reach the driver; free-text columns (operator
        ``scan``) are scanned with presidio by the executors, in a pandas UDF calling the function the pandas
        path calls. Columns masked in memory (``encrypt``) are refused (rule ``in-memory-mask-in-spark``).

        Args:
            sql: one query, in Spark SQL.
            unmask_reason: as for :meth:`query`.

        Raises:
            UnsupportedDatabaseError: the database is not Spark (use :meth:`query`).
            StatementRefused: as for :meth:`query`; no DataFrame is returned, and the refusal is audited.
            ApprovalRequired: it waits for someone else's approval.
            AuditError: its audit event could not be stored; no DataFrame is returned.

        Example (``conn`` stands for a governed connection to ``spark://local[2]``):
            ``conn.query_spark("SELECT city, email FROM sales.customers").dataframe.write.saveAsTable("x.y")``
            writes the masked rows from the executors; ``.dataframe.count()`` counts them inside Spark.
        """
        return self._query_spark(sql, unmask_reason, whole_table=False)

    def read_table_spark(self, table: str, *, partition: Partition | None = None) -> GovernedSparkResult:
        """``SELECT *`` from ``schema.table`` (or a table in the default schema) as a masked Spark DataFrame, with
        ``partition`` only that partition's rows: :meth:`query_spark` for a whole table, as :meth:`read_table` is
        :meth:`query` for one."""
        db, _, name = table.rpartition(".")
        self._spark_database("read_table_spark", "read_table")
        sql = f"SELECT * FROM {quote_table(db or self.database.default_schema, name, self.database.dialect)}"
        if partition is not None:
            sql += f" WHERE {partition.predicate(self.database.dialect)}"
        return self._query_spark(sql, None, whole_table=True)

    def _spark_database(self, method: str, instead: str) -> Any:
        """The database, when it is Spark; otherwise an :class:`UnsupportedDatabaseError` naming the fix."""
        from governance_dagster.store.spark import SparkDatabase

        if not isinstance(self.database, SparkDatabase):
            raise UnsupportedDatabaseError(
                f"{method}() works on Spark DataFrames and needs a Spark database (spark:// or sc://); "
                f"{self.database_id} is a {self.database.dialect} database: use {instead}(), which works on pandas")
        return self.database

    def _query_spark(self, sql: str, unmask_reason: str | None, *, whole_table: bool) -> GovernedSparkResult:
        with self._statement():
            return self._query_spark_now(sql, unmask_reason, whole_table=whole_table)

    def _query_spark_now(self, sql: str, unmask_reason: str | None, *, whole_table: bool) -> GovernedSparkResult:
        from governance_dagster.store.spark import scanned_in_spark

        started = time.perf_counter()
        database = self._spark_database("query_spark", "query")
        plan = self._prepare_read(sql, unmask_reason, whole_table=whole_table, spark=True)
        read, grant = plan.read, plan.grant
        assert read.rewrite is not None
        rewrite = read.rewrite
        dataframe = database.dataframe(rewrite.sql)
        self._check_columns([str(c) for c in dataframe.columns], read)
        scanned = list(plan.free_text)
        if scanned:
            dataframe = scanned_in_spark(dataframe, scanned)
        event = self._record_read(read, grant, rows=None, scanned=scanned, started=started, result="spark_dataframe")
        return GovernedSparkResult(dataframe, rewrite.masked_outputs, rewrite.lineage, dict(plan.classifications),
                                   read.decision.fingerprint, event)

    def _apply(self, rules: tuple[ReadRule, ...], read: _Read) -> None:
        """Run ``rules`` in order; the first that refuses the read refuses it (and the refusal is audited)."""
        for rule in rules:
            refusal = rule(self, read)
            if refusal is not None:
                refusal.fingerprint = refusal.fingerprint or read.decision.fingerprint
                raise self._refuse(read.decision, refusal, read.statement) from None

    def _session(self) -> AbstractContextManager[None]:
        session = getattr(self.database, "session", None)
        return session() if session is not None else nullcontext()

    def _require_verified(self, action: str, decision: Decision) -> None:
        try:
            require_verified(self.identity, action, self.policy)  # type: ignore[arg-type]
        except IdentityError as exc:
            raise self._refuse(decision, StatementRefused(str(exc), rule=_VERIFIED_IDENTITY_RULES[action],
                                                          fingerprint=decision.fingerprint)) from None

    def _in_memory_masks(self, tables: list[str], unmask_reason: str | None) -> list[tuple[str, str, ColumnMask]]:
        return [
            (table, column, mask)
            for table in tables
            for column, mask in self.masks_for(table, unmasked_reason=unmask_reason).items()
            if mask.spec.operator not in ("keep", "scan") and not get_operator(mask.spec.operator).in_database
        ]

    def _may_probe(self, predicate: str) -> bool:
        table_column, kind = predicate.rsplit(":", 1)
        table = table_column.rsplit(".", 1)[0]
        return self.policy.may_unmask(self.identity.roles, table, Kind(kind), "predicates")

    def _unmasked_columns(self, tables: list[str]) -> list[str]:
        found = []
        for table in tables:
            for column, c in self.classify(table).items():
                if (self.policy.operator_for(table, column, c.kind).operator != "keep"
                        and self.policy.may_unmask(self.identity.roles, table, c.kind, "values")):
                    found.append(f"{table}.{column}")
        return found

    def read_table(self, table: str, *, partition: Partition | None = None) -> GovernedResult:
        """``SELECT *`` from ``schema.table`` (or a table in the default schema) through the masking path; with
        ``partition``, only that partition's rows (its column must not be masked: a condition on a masked column
        is refused as a probe)."""
        db, _, name = table.rpartition(".")
        sql = f"SELECT * FROM {quote_table(db or self.database.default_schema, name, self.database.dialect)}"
        if partition is not None:
            sql += f" WHERE {partition.predicate(self.database.dialect)}"
        return self._query(sql, None, whole_table=True)

    def _scan_free_text(self, frame: pd.DataFrame, outputs: Sequence[str]) -> list[str]:
        scanned = [o for o in outputs if o in frame.columns]
        for output in scanned:
            frame[output] = scan_series(frame[output])
        return scanned

    def _free_text_outputs(self, lineage: dict, classifications: dict, skip: set[str]) -> list[str]:
        """The output columns computed from a free-text column (operator ``scan``) that no unmask grant releases."""
        return [
            output for output, sources in lineage.items()
            if not any(f"{t}.{c}" in skip for t, c in sources) and any(
                (c := classifications.get(t, {}).get(col)) is not None
                and self.policy.operator_for(t, col, c.kind).operator == "scan"
                for t, col in sources)
        ]

    # -- writes ------------------------------------------------------------------------------------------------

    def execute(self, sql: str) -> int:
        """Run one write or schema statement after the guardrails allow it; committed only once audited.

        Raises:
            StatementRefused: the guardrails block it, it reads a masked column outside a condition (rule
                ``sensitive-read-in-write``: ``INSERT ... SELECT email``, ``CREATE TABLE AS``, ``CREATE VIEW``,
                ``RETURNING``), or compares one in a condition without an unmask grant (``sensitive-predicate``).
            AuditError: its audit event could not be stored; the statement was rolled back.
        """
        with self._statement():
            return self._execute_now(sql)

    def _execute_now(self, sql: str) -> int:
        decision, statement, grant = self._decide(sql)
        if decision.kind is StatementKind.READ:
            raise self._refuse(decision, StatementRefused(
                f"statement {decision.fingerprint} is a query; use query() so it is masked",
                rule=Rule.QUERY_THROUGH_EXECUTE, fingerprint=decision.fingerprint))
        text = normalized(statement, self.database.dialect)
        try:
            with _message_withheld(lambda: self._compares_masked(statement), decision.fingerprint):
                count = self.database.execute(sql, before_commit=lambda n: self.record(
                    "write", {"statement": text, "fingerprint": decision.fingerprint, "rule": decision.rule,
                              "action": decision.action, "approval": grant.id if grant else None,
                              "kind": decision.kind.value, "rows": n}))
        except BaseException:
            if grant is not None and self.approvals is not None:
                self.approvals.restore(grant)
            raise
        self._forget_catalog()
        return count

    def _refuse_database_functions(self, statement: exp.Expression, decision: Decision) -> None:
        """Refuse a statement that calls a function the database does not ship (a DuckDB macro, a PostgreSQL
        function someone created): its body is SQL outside the statement, which reads tables the masking rewrite
        never sees (``SELECT my_macro()`` returning ``max(email)`` raw). Only names sqlglot does not know as
        functions are looked up, and the database's own names are read once; Spark is not checked."""
        called = {node.name.lower() for node in statement.find_all(exp.Anonymous)}
        builtin_functions = getattr(self.database, "builtin_functions", None)
        if not called or builtin_functions is None:
            return
        unknown = sorted(called - builtin_functions())
        if unknown:
            raise self._refuse(decision, StatementBlocked(
                f"statement {decision.fingerprint} blocked by rule {Rule.DATABASE_FUNCTION.value!r}: it calls "
                f"{', '.join(unknown)}, which {'is' if len(unknown) == 1 else 'are'} not among the database's own "
                "functions; a macro or function created in the database runs SQL that the masking never sees. Write "
                "its logic into the statement, or read its result through a table", rule=Rule.DATABASE_FUNCTION,
                fingerprint=decision.fingerprint), normalized(statement, self.database.dialect)) from None

    def _compares_masked(self, statement: exp.Expression) -> bool:
        """Whether a write compares masked columns in a condition (which :meth:`_refuse_masked_reads` lets run only
        under an ``access: predicates`` grant): their raw values are then in scope of the statement."""
        reads = masked_reads(self._through_views(statement), self.schema(), self.masks_for, self.database.dialect,
                             self.database.default_schema, self.database.catalogs())
        return any(r.condition for r in reads)

    def _refuse_masked_reads(self, statement: exp.Expression, decision: Decision) -> None:
        """Refuse a write or schema statement that copies a masked column (its raw value would land where a later
        query reads it unmasked), or compares one in a condition without a predicates grant."""
        try:
            reads = masked_reads(self._through_views(statement), self.schema(), self.masks_for, self.database.dialect,
                                 self.database.default_schema, self.database.catalogs())
        except StatementRefused as exc:
            exc.fingerprint = decision.fingerprint
            raise self._refuse(decision, exc, normalized(statement, self.database.dialect)) from None
        unknown = unknown_sources(self._through_views(statement), self.schema(), self.database.dialect,
                                  self.database.default_schema, self.database.catalogs())
        if unknown:
            raise self._refuse(decision, StatementRefused(
                f"statement {decision.fingerprint} refused: it reads rows from relations the governed catalog does "
                f"not hold ({', '.join(unknown)}: a system view, a materialized view, a table of another search path), "
                "whose columns have no masks to check, and PostgreSQL's statistics hold sampled raw values of every "
                "column; a write may read stored tables and views only (name their schema)",
                rule=Rule.UNKNOWN_TABLE, fingerprint=decision.fingerprint),
                normalized(statement, self.database.dialect)) from None
        copied = sorted({f"{r.table}.{r.column}" for r in reads if not r.condition})
        if copied:
            raise self._refuse(decision, StatementRefused(
                f"statement {decision.fingerprint} refused: it reads masked columns ({', '.join(copied)}) outside a "
                "condition, which would copy or return their raw values; a write may not read them. Read them "
                "through query() (masked) and write the result with write_table()",
                rule=Rule.SENSITIVE_READ_IN_WRITE, fingerprint=decision.fingerprint),
                normalized(statement, self.database.dialect)) from None
        probes = sorted({f"{r.table}.{r.column}" for r in reads if r.condition
                         and not self.policy.may_unmask(self.identity.roles, r.table, r.kind, "predicates")})
        if probes:
            raise self._refuse(decision, StatementRefused(
                f"statement {decision.fingerprint} refused: it filters or joins on masked columns ({', '.join(probes)}), "
                f"which lets a caller probe for a real person; {self.identity.name} holds no unmask grant for them "
                "(policy `unmask` with access: predicates)", rule=Rule.SENSITIVE_PREDICATE, fingerprint=decision.fingerprint),
                normalized(statement, self.database.dialect)) from None

    def write_table(self, table: str, frame: pd.DataFrame, *, extra: dict[str, Any] | None = None,
                    partition: Partition | None = None) -> WriteResult:
        """Replace ``schema.table`` with ``frame`` in one transaction, after the guardrails allow it.

        With ``partition``, only that partition's rows are replaced (deleted, then ``frame`` inserted, in the same
        audited transaction); every row of ``frame`` must belong to the partition.

        Raises:
            StatementRefused: the target is in a protected schema (unless a policy rule allows it, and then only
                for a verified identity when ``identity.require_verified_for`` names ``protected_writes``).
            AuditError: the audit event could not be stored; the previous table version stays.
        """
        db, _, name = table.rpartition(".")
        db = db or self.database.default_schema
        if partition is not None and (stray := partition.outside(frame)):
            raise StatementRefused(
                f"writing partition {partition.describe()} of {db}.{name} refused: {stray} of {len(frame)} rows are "
                f"outside it (or have no column {partition.column!r}); return only the partition's rows",
                rule=Rule.ROWS_OUTSIDE_PARTITION)
        decision = self._judge_write(db, name)
        events: list[Event] = []
        where = {"partition": partition.describe()} if partition is not None else {}
        self.database.write_frame(db, name, frame, partition=partition, before_commit=lambda n: events.append(self.record(
            "write", {"table": f"{db}.{name}", "rows": n, "columns": list(map(str, frame.columns)),
                      "rule": decision.rule, **where, **(extra or {})})))
        self._forget_catalog()
        self._classified.pop(f"{db}.{name}", None)
        return WriteResult(f"{db}.{name}", len(frame), events[0])

    def write_table_spark(self, table: str, dataframe: Any, *, extra: dict[str, Any] | None = None) -> WriteResult:
        """Replace ``schema.table`` of a Spark database with a Spark DataFrame, inside Spark (``saveAsTable``): the
        rows go from the executors to the table, never through the driver. The guardrails decide as for
        :meth:`write_table`, and the ``write`` event is stored before Spark writes (``rows`` -1: not known yet);
        the result's ``rows`` is counted by Spark afterwards.

        Raises:
            UnsupportedDatabaseError: the database is not Spark (use :meth:`write_table` with pandas).
            StatementRefused: as for :meth:`write_table`.
            AuditError: the event could not be stored; nothing was written.

        Example (``conn`` stands for a governed connection to ``spark://local[2]``):
            ``conn.write_table_spark("marts.customers", conn.read_table_spark("sales.customers").dataframe)``
        """
        database = self._spark_database("write_table_spark", "write_table")
        db, _, name = table.rpartition(".")
        db = db or self.database.default_schema
        decision = self._judge_write(db, name)
        columns = [str(c) for c in dataframe.columns]
        events: list[Event] = []
        rows = database.write_dataframe(db, name, dataframe, before_commit=lambda n: events.append(self.record(
            "write", {"table": f"{db}.{name}", "rows": n, "columns": columns, "rule": decision.rule,
                      "result": "spark_dataframe", **(extra or {})})))
        self._forget_catalog()
        self._classified.pop(f"{db}.{name}", None)
        return WriteResult(f"{db}.{name}", rows, events[0])

    def _judge_write(self, db: str, name: str) -> Decision:
        """The guardrail decision on replacing ``db.name``; a block (or an unverified identity writing a protected
        schema the policy lets it write) is audited and raised."""
        target = exp.table_(name, db=db, quoted=True)
        statement = exp.Create(this=target, kind="TABLE", replace=True, expression=exp.select("*").from_("governed_frame"))
        decision = judge(statement, self.database.dialect, self.policy, self.database.default_schema, self.identity.roles,
                         self.database.catalogs())
        if not decision.allowed:
            raise self._refuse(decision, StatementBlocked(
                f"writing {db}.{name} blocked by rule {decision.rule!r}: {decision.reason}",
                rule=decision.rule, fingerprint=decision.fingerprint))
        if _in_schemas(f"{db}.{name}", self.policy.protected_schemas):
            # a policy rule may allow replacing a table of a protected schema; the identity must still be verified
            # when the policy says so, as for execute()
            self._require_verified("protected_writes", decision)
        return decision

    # -- governed aggregates and digests, for leakage and quality checks --------------------------------------

    def aggregate(self, sql: str, *, table: str | None = None, columns: Sequence[str] = (), reason: str = "",
                  released: str = "") -> pd.DataFrame:
        """Run a statement the package built (counts, shares, keyed digests, a profile: never a raw personal value
        in its result) on this connection's database: the one way the checks read, so each read that touches
        personal columns is an audit event. With ``table``, an ``unmasked_read`` event names the table, the
        ``columns`` the statement read raw, what it ``released`` and the ``reason``; it is recorded before the
        result is returned.

        Raises:
            AuditError: the event could not be recorded; the result is not returned.

        Example (``conn`` stands for a governed connection):
            ``conn.aggregate("SELECT count(*) AS n FROM main.customers")["n"][0]``
        """
        frame = self.database.fetch(sql)
        if table is not None:
            self.record("unmasked_read", {"table": table, "columns": sorted(columns), "reason": reason,
                                          "released": released})
        return frame


    def digests(self, table: str, columns: dict[str, str], *, reason: str,
                integral: frozenset[str] = frozenset()) -> dict[str, pd.DataFrame]:
        """Keyed digests of normalized values of ``columns`` (column -> normalization), computed inside the
        database; the values themselves never leave it. Recorded as an unmasked read with its reason. Columns in
        ``integral`` (floating-point or decimal) are read by their whole numbers
        (:func:`~governance_dagster.sql.digests.integral_text_sql`).
        """
        from governance_dagster.sql.digests import digests_query

        db, _, name = table.rpartition(".")
        db = db or self.database.default_schema
        by_norm: dict[str, list[str]] = {}
        for column, norm in columns.items():
            by_norm.setdefault(norm, []).append(column)
        found = {}
        for norm, names in by_norm.items():  # one statement per normalization
            frame = self.database.fetch(digests_query(db, name, names, norm, self.database.dialect, self.secret,
                                                      self.policy.leakage.default_region, integral))
            found.update({column: part[["digest", "n"]].reset_index(drop=True)
                          for column, part in frame.groupby("col", sort=False)})
        empty = pd.DataFrame({"digest": pd.Series(dtype=object), "n": pd.Series(dtype="int64")})
        result = {column: found.get(column, empty.copy()) for column in columns}
        self.record("unmasked_read", {"table": f"{db}.{name}", "columns": sorted(columns), "reason": reason,
                                       "released": "keyed digests only"})  # one event for the columns' digests
        return result


#: Operators whose result does not depend on how bytes are rendered as text.
_BINARY_SAFE_OPERATORS = frozenset({"hash", "redact", "null"})


def _is_binary(data_type: str) -> bool:
    return any(t in data_type.lower() for t in ("blob", "bytea", "binary"))


def sample_sql(quoted_table: str, dialect: str, rows: int = _SAMPLE_ROWS) -> str:
    """The statement that reads a bounded random sample of a table inside the database, for classification.

    DuckDB draws a reservoir sample with a fixed seed (the same sample each time); PostgreSQL orders by
    ``random()`` and keeps ``rows``; Spark orders by ``rand(7)`` (seeded); other databases read the first ``rows``.

    Example:
        >>> sample_sql('"main"."t"', "duckdb", 100)
        'SELECT * FROM "main"."t" USING SAMPLE reservoir(100 ROWS) REPEATABLE (7)'
        >>> sample_sql('"public"."t"', "postgres", 100)
        'SELECT * FROM "public"."t" ORDER BY random() LIMIT 100'
    """
    if dialect == "duckdb":
        return f"SELECT * FROM {quoted_table} USING SAMPLE reservoir({rows} ROWS) REPEATABLE (7)"
    if dialect == "postgres":
        return f"SELECT * FROM {quoted_table} ORDER BY random() LIMIT {rows}"
    if dialect == "spark":  # a top-k per partition, not a full sort
        return f"SELECT * FROM {quoted_table} ORDER BY rand(7) LIMIT {rows}"
    return f"SELECT * FROM {quoted_table} LIMIT {rows}"


def check_rules_fit(policy: Policy, table: str, columns: dict[str, str]) -> None:
    """Refuse to classify ``table`` (``schema.table``) when a column rule names it literally but names a column it
    does not have, or names it without its schema: the rule would silently stop applying, and the column it was
    written for (renamed, say) would fall back to classification.

    Rules with globs (``*.customers``, ``*_ssn``) describe families of tables and are not checked.

    Raises:
        PolicyError: names the rule, the table's columns and the fix.

    Example:
        >>> policy = Policy.model_validate({"columns": [{"table": "main.t", "column": "ssn_old", "kind": "ssn"}]})
        >>> check_rules_fit(policy, "main.t", {"id": "INTEGER", "ssn": "VARCHAR"})
        Traceback (most recent call last):
        ...
        governance_dagster.errors.PolicyError: policy column rule 0 names main.t.ssn_old, but main.t has no column ssn_old (its columns: id, ssn); the column was renamed or dropped: update or remove the rule in the policy file
    """
    present = {c.lower() for c in columns}
    name = table.split(".", 1)[-1].lower()
    shown = ", ".join(list(columns)[:30]) + (", ..." if len(columns) > 30 else "")
    for index, rule in enumerate(policy.columns):
        if not rule.names_one_column:
            continue
        if "." not in rule.table and rule.table.lower() == name:
            raise PolicyError(
                f"policy column rule {index} names table {rule.table!r} without its schema, so it never applies to "
                f"{table}; write table: {table!r} (or '*.{rule.table}') in the policy file")
        if rule.table.lower() == table.lower() and rule.column.lower() not in present:
            raise PolicyError(
                f"policy column rule {index} names {table}.{rule.column}, but {table} has no column {rule.column} "
                f"(its columns: {shown}); the column was renamed or dropped: update or remove the rule in the "
                "policy file")


def _in_schemas(table: str, patterns: list[str]) -> bool:
    import fnmatch

    return any(fnmatch.fnmatchcase(table.split(".", 1)[0].lower(), p.lower()) for p in patterns)


def _schema_fingerprint(columns: dict[str, str]) -> str:
    return hashlib.sha256(repr(sorted(columns.items())).encode()).hexdigest()[:16]


# -- the refusals of a read, as an ordered list of rules ----------------------------------------------------------


@dataclass
class _Read:
    """What the read rules look at: the guardrail decision, the statement (normalized), the unmask reason asked
    for, whether the whole table is read, whether the result stays in Spark, and after the masking rewrite, the rewrite, the columns an unmask grant
    releases raw and the columns masked in memory."""

    decision: Decision
    statement: str
    unmask_reason: str | None
    whole_table: bool
    rewrite: Rewrite | None = None
    #: the result stays in Spark as a DataFrame (query_spark), where only in-database masking applies
    spark: bool = False
    unmasked: list[str] = field(default_factory=list)
    in_memory: list[tuple[str, str, ColumnMask]] = field(default_factory=list)


def withheld_message(error: DatabaseError, fingerprint: str) -> DatabaseError:
    """The failure of a statement that compares raw values of masked columns, without the database's message.

    The database scrubs nothing: DuckDB's ``error(email)`` prints the value, RE2 prints a pattern it cannot compile
    and PostgreSQL a name it cannot read as a relation, all unquoted, so :func:`~governance_dagster.store.database.scrub`
    (which removes quoted text) cannot tell the value apart. Only the class of the database's exception is kept.

    Example:
        >>> str(withheld_message(DatabaseError("query failed: InvalidInputException: ann@example.com",
        ...                                    kind="InvalidInputException"), "ab12")).split(";")[0]
        'statement ab12 failed in the database (InvalidInputException)'
    """
    kind = f" ({error.kind})" if error.kind else ""
    return DatabaseError(
        f"statement {fingerprint} failed in the database{kind}; its message is withheld (rule "
        f"{Rule.WITHHELD_DATABASE_MESSAGE.value!r}): the statement compares raw values of masked columns under an unmask "
        "grant (access: predicates), and a database message can repeat such a value. Find the cause with the "
        "conditions left out, or with what they compute (a cast, a pattern, a function that fails on some values) "
        "applied to literals", kind=error.kind, rule=Rule.WITHHELD_DATABASE_MESSAGE)


@contextmanager
def _message_withheld(withhold: bool | Callable[[], bool], fingerprint: str) -> Iterator[None]:
    """Raise a database failure inside as :func:`withheld_message` when ``withhold`` (or what it returns, asked only
    on a failure) is true; otherwise as it is."""
    try:
        yield
    except DatabaseError as exc:
        if withhold() if callable(withhold) else withhold:
            raise withheld_message(exc, fingerprint) from None
        raise


#: A rule of a read: the refusal it makes of the read, or None when it has nothing against it.
ReadRule = Callable[[GovernedConnection, _Read], StatementRefused | None]


def _only_queries(connection: GovernedConnection, read: _Read) -> StatementRefused | None:
    decision = read.decision
    if decision.kind is StatementKind.READ:
        return None
    return StatementRefused(f"statement {decision.fingerprint} is a {decision.kind.value}, not a query; use execute() "
                            "for it", rule=Rule.NOT_A_QUERY)


def _verified_for_unmasking(connection: GovernedConnection, read: _Read) -> StatementRefused | None:
    if read.unmask_reason is None:
        return None
    try:
        require_verified(connection.identity, "unmasked_reads", connection.policy)
    except IdentityError as exc:
        return StatementRefused(str(exc), rule=_VERIFIED_IDENTITY_RULES["unmasked_reads"])
    return None


def _unmasking_has_a_reason(connection: GovernedConnection, read: _Read) -> StatementRefused | None:
    if read.unmask_reason is None or read.unmask_reason.strip():
        return None
    return StatementRefused("an unmasked read needs a reason; pass unmask_reason='why the raw values are needed'",
                            rule=Rule.UNMASK_WITHOUT_REASON)


def _no_probing_predicates(connection: GovernedConnection, read: _Read) -> StatementRefused | None:
    assert read.rewrite is not None
    probes = [p for p in read.rewrite.masked_predicates if not connection._may_probe(p)]
    if not probes:
        return None
    columns = ", ".join(p.rsplit(":", 1)[0] for p in probes)
    return StatementRefused(
        f"statement {read.decision.fingerprint} refused: it filters or joins on masked columns, or compares them "
        f"anywhere ({columns}), which lets a caller probe for a real person; {connection.identity.name} holds no "
        "unmask grant for them (policy `unmask` with access: predicates)", rule=Rule.SENSITIVE_PREDICATE)


def _unmasking_is_granted(connection: GovernedConnection, read: _Read) -> StatementRefused | None:
    assert read.rewrite is not None
    if not read.unmask_reason or read.unmasked:
        return None
    return StatementRefused(
        f"{connection.identity.name} asked for an unmasked read but holds no unmask grant with access: values for "
        f"the tables read ({', '.join(read.rewrite.tables)})", rule=Rule.UNMASK_NOT_GRANTED)


def _in_memory_masks_need_the_whole_table(connection: GovernedConnection, read: _Read) -> StatementRefused | None:
    if not read.in_memory or read.whole_table:
        return None
    columns = ", ".join(f"{t}.{c}:{m.spec.operator}" for t, c, m in read.in_memory)
    return StatementRefused(
        f"statement {read.decision.fingerprint} reads a table whose columns are masked in memory ({columns}); "
        "read it whole with read_table() or give those columns an in-database operator",
        rule=Rule.IN_MEMORY_MASK_NEEDS_WHOLE_TABLE)


def _in_memory_masks_stay_out_of_spark(connection: GovernedConnection, read: _Read) -> StatementRefused | None:
    if not read.in_memory or not read.spark:
        return None
    columns = ", ".join(f"{t}.{c}:{m.spec.operator}" for t, c, m in read.in_memory)
    return StatementRefused(
        f"statement {read.decision.fingerprint} reads columns masked in memory ({columns}), but a Spark DataFrame is "
        "masked inside Spark only; give those columns an in-database operator (hash, surrogate, ...) or read them "
        "with query() or read_table(), which return pandas", rule=Rule.IN_MEMORY_MASK_IN_SPARK)


#: The refusals of a read decided before the masking rewrite, in order (the guardrails, approvals and identity
#: checks of :meth:`GovernedConnection._decide` come first; the rewrite's own refusals, rules ``not-a-query``,
#: ``unknown-lineage``, ``free-text-computed``, ``sensitive-predicate``, ``masked-arithmetic``, between the two lists).
READ_RULES_BEFORE_REWRITE: tuple[ReadRule, ...] = (_only_queries, _verified_for_unmasking, _unmasking_has_a_reason)
#: The refusals of a read decided on its masking rewrite, in order.
READ_RULES_AFTER_REWRITE: tuple[ReadRule, ...] = (_no_probing_predicates, _unmasking_is_granted,
                                                  _in_memory_masks_need_the_whole_table,
                                                  _in_memory_masks_stay_out_of_spark)
