"""``GovernedDatabase``: the Dagster resource that replaces a raw database resource.

Example:
    >>> from dagster import EnvVar
    >>> db = GovernedDatabase(url="duckdb:///prod.duckdb", policy_path="policy.yaml", secret=EnvVar("GOVERNANCE_SECRET"))
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from dagster import ConfigurableResource, Failure, InitResourceContext, MetadataValue
from pydantic import Field, PrivateAttr

from governance_dagster.errors import ApprovalRequired
from governance_dagster.governed.approvals import Approvals
from governance_dagster.governed.connection import GovernedConnection, GovernedResult, GovernedSparkResult
from governance_dagster.governed.identity import Identity, resolve_identity_with
from governance_dagster.governed.masking.operators.base import check_secret
from governance_dagster.policy.loader import load_policy
from governance_dagster.policy.models import Policy
from governance_dagster.store.audit.checkpoint import DEFAULT_EVERY, Signer
from governance_dagster.store.audit.store import AuditStore, default_audit_url, open_audit_store, record_policy_change
from governance_dagster.store.database import Database, Partition, open_database


class GovernedDatabase(ConfigurableResource):
    """A database every statement of which is decided by the guardrails, masked inside the database and audited.

    Use :meth:`connection` in an asset; rows come back with sensitive columns masked.

    Example:
        >>> from dagster import asset
        >>> @asset
        ... def masked_customers(context, production: GovernedDatabase):
        ...     return production.connection(asset=context.asset_key.to_user_string()).read_table("customers").frame
    """

    url: str = Field(
        default="duckdb:///governed.duckdb",
        description="SQLAlchemy-style URL: 'duckdb:///path.duckdb' (embedded default) or 'postgresql://user@host/db'.",
    )
    policy_path: str = Field(description="Path of the YAML policy file (see docs/policy.md).")
    secret: str = Field(
        description="Key of keyed hashing, at least 16 bytes. Pass EnvVar('GOVERNANCE_SECRET'), never a literal."
    )
    audit_url: str | None = Field(
        default=None,
        description="Where audit events and approval requests go: 'duckdb:///audit.duckdb' or "
        "'postgresql://user@host/db'; default: '<database>.audit.duckdb' beside a DuckDB database.",
    )
    audit_signing_key: str | None = Field(
        default=None,
        description="Ed25519 private key (PEM, or the path of a PEM file) that signs audit checkpoints; pass "
        "EnvVar('GOVERNANCE_AUDIT_SIGNING_KEY'), never a literal. Default: that variable if set, else no signing.",
    )
    audit_checkpoint_every: int = Field(
        default=DEFAULT_EVERY,
        description="With a signing key, a signed checkpoint follows whenever none of the last this many audit "
        "events is one; one more is written at the end of every run.",
    )
    audit_journal: bool = Field(
        default=True,
        description="A DuckDB audit store's events are durable in its write-ahead journal ('<store>.journal', "
        "synced before each statement's rows are released) and move into the store's table in batches; False: each "
        "is stored in the table first (2-3 ms more per statement). See docs/audit.md.",
    )

    openlineage: str | None = Field(
        default=None,
        description="Send an OpenLineage run event for every governed read and write to this '.jsonl' file or "
        "'http(s)://' endpoint (e.g. Marquez's /api/v1/lineage; posted by a background thread, so reads never wait "
        "on it). Needs the extra 'openlineage'.",
    )

    _policy: Policy | None = PrivateAttr(default=None)
    _audit: AuditStore | None = PrivateAttr(default=None)
    _identity: Identity | None = PrivateAttr(default=None)
    _run_id: str = PrivateAttr(default="")
    _database: Database | None = PrivateAttr(default=None)
    _approvals: Approvals | None = PrivateAttr(default=None)

    def setup_for_execution(self, context: InitResourceContext) -> None:
        try:
            run = context.run
        except Exception:  # noqa: BLE001 - outside a run (e.g. a sensor) there is no run to read tags from
            run = None
        self._bind(dict(run.tags) if run is not None else {}, run.run_id if run is not None else "")

    def _bind(self, tags: dict[str, str], run_id: str) -> None:
        check_secret(self.secret)
        self._policy = load_policy(self.policy_path)
        signer = Signer.from_config(self.audit_signing_key) if self.audit_signing_key else Signer.from_env()
        self._audit = open_audit_store(self.audit_url or default_audit_url(self.url), signer=signer,
                                       checkpoint_every=self.audit_checkpoint_every, journal=self.audit_journal)
        self._identity = resolve_identity_with(tags, self._policy)
        self._run_id = run_id
        record_policy_change(self._audit, self._policy, self._identity, self.policy_path)

    def teardown_after_execution(self, context: InitResourceContext) -> None:
        """Sign the chain head at the end of the run (when a signing key is configured), then let go of the DuckDB
        files this process holds between statements (:mod:`governance_dagster.store.handover`)."""
        try:
            if self._audit is not None:
                self._audit.checkpoint()
        finally:
            for each in (self._database, self._audit):
                close = getattr(each, "close", None)
                if close is not None:
                    close()

    @property
    def policy(self) -> Policy:
        if self._policy is None:
            self._bind({}, "")
        assert self._policy is not None
        return self._policy

    @property
    def audit(self) -> AuditStore:
        if self._audit is None:
            self._bind({}, "")
        assert self._audit is not None
        return self._audit

    @property
    def identity(self) -> Identity:
        if self._identity is None:
            self._bind({}, "")
        assert self._identity is not None
        return self._identity

    def connection(self, asset: str | None = None, **context: Any) -> GovernedConnection:
        """A governed connection acting for this run's identity; ``asset`` is recorded on every event.

        The connections of one resource share its database object (a PostgreSQL connection pool; a DuckDB file's
        settings) and approvals store, so that a connection per statement does not connect anew; each connection
        still reads the schema afresh and acts with the resource's identity only.
        """
        extra = {k: v for k, v in {"asset": asset, **context}.items() if v is not None}
        audit = self.audit
        if self._database is None:
            self._database = open_database(self.url)
        if self._approvals is None or self._approvals.audit.url != audit.url:
            self._approvals = Approvals(audit.url)
        return DagsterGovernedConnection(
            database=self._database, policy=self.policy, audit=audit, identity=self.identity, secret=self.secret,
            run_id=self._run_id, context=extra, approvals=self._approvals, lineage_sink=self.openlineage,
        )


def approval_failure(error: ApprovalRequired) -> Failure:
    """A Dagster failure that names the approval request, with its id and command as metadata."""
    return Failure(
        description=str(error),
        metadata={
            "governance/approval_request": error.request_id,
            "governance/approve_command": MetadataValue.md(f"`{error.command}`"),
            "governance/rule": error.rule,
            "governance/statement_fingerprint": error.fingerprint,
        },
        allow_retries=False,
    )


class DagsterGovernedConnection(GovernedConnection):
    """A governed connection whose waiting statements fail the Dagster step with the approval request as metadata.

    Its methods keep the signatures of :class:`~governance_dagster.governed.connection.GovernedConnection`'s.
    """

    def query(self, sql: str, *, unmask_reason: str | None = None) -> GovernedResult:
        with _approval_as_failure():
            return super().query(sql, unmask_reason=unmask_reason)

    def read_table(self, table: str, *, partition: Partition | None = None) -> GovernedResult:
        with _approval_as_failure():
            return super().read_table(table, partition=partition)

    def query_spark(self, sql: str, *, unmask_reason: str | None = None) -> GovernedSparkResult:
        with _approval_as_failure():
            return super().query_spark(sql, unmask_reason=unmask_reason)

    def read_table_spark(self, table: str, *, partition: Partition | None = None) -> GovernedSparkResult:
        with _approval_as_failure():
            return super().read_table_spark(table, partition=partition)

    def execute(self, sql: str) -> int:
        with _approval_as_failure():
            return super().execute(sql)


@contextmanager
def _approval_as_failure() -> Iterator[None]:
    """Turn :class:`ApprovalRequired` into the step's :class:`dagster.Failure` (see :func:`approval_failure`)."""
    try:
        yield
    except ApprovalRequired as exc:
        raise approval_failure(exc) from None
