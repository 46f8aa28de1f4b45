"""Just-in-time approvals: a statement that needs one waits; someone else who holds an approver role grants or
denies it; a grant is bound to the exact statement, the requester and the database, expires, and is used up by one
execution.

Requests live beside the audit chain, in the audit store's database (table ``governance_approvals``, DuckDB or
PostgreSQL); every request, grant, denial and use is also an audit event.

Example:
    >>> import tempfile, os
    >>> from governance_dagster.governed.guardrails import decide
    >>> url = "duckdb:///" + os.path.join(tempfile.mkdtemp(), "audit.duckdb")
    >>> approvals = Approvals(url)
    >>> policy = Policy(roles={"bob@example.com": ["approver"]})
    >>> ann = Identity("ann@example.com", "oidc", True, issuer="https://idp.example", subject="u-1")
    >>> bob = Identity("bob@example.com", "oidc", True, ("approver",), issuer="https://idp.example", subject="u-2")
    >>> decision = decide("DELETE FROM main.orders WHERE order_id = 7", "duckdb", policy)
    >>> request = approvals.request(decision, ann, "duckdb:///prod.duckdb", "DELETE ...", policy_digest=policy.digest)
    >>> approvals.consume(decision, ann, "duckdb:///prod.duckdb") is None
    True
    >>> approvals.grant(request.id, bob, policy).status
    'granted'
    >>> approvals.consume(decision, ann, "duckdb:///prod.duckdb").status
    'used'
    >>> approvals.request(decision, Identity("ann", "dagster_user_tag"), "duckdb:///prod.duckdb", "DELETE ...",
    ...                   policy_digest=policy.digest)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    governance_dagster.errors.ApprovalError: 'ann' is an unverified identity ...
"""

from __future__ import annotations

import json
import secrets
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone

from governance_dagster.errors import ApprovalError, AuditError
from governance_dagster.governed.guardrails import Decision
from governance_dagster.governed.identity import Identity, require_verified
from governance_dagster.policy.models import Policy
from governance_dagster.store.audit.chain import Draft
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import shown_url

TABLE = "governance_approvals"
_COLUMNS = ("id", "status", "requester", "database", "fingerprint", "digest", "statement", "rule", "reason",
            "approver_roles", "created_at", "expires_at", "decided_by", "decided_at", "grant_expires_at", "used_at",
            "policy", "requester_key", "justification")


@dataclass(frozen=True)
class ApprovalRequest:
    """One approval request and where it stands."""

    id: str
    status: str  # pending, granted, denied, used
    requester: str
    database: str
    fingerprint: str
    digest: str
    statement: str
    rule: str
    reason: str
    approver_roles: str
    created_at: str
    expires_at: str
    decided_by: str = ""
    decided_at: str = ""
    grant_expires_at: str = ""
    used_at: str = ""
    #: digest of the policy in force when the statement asked for approval; it must also be the approver's
    policy: str = ""
    #: issuer and subject of a verified requester (``ISSUER SUB`` joined by a unit separator); empty if unverified
    requester_key: str = ""
    #: why the requester needs the statement, in their words (scanned for personal data before it is stored)
    justification: str = ""

    def expired(self, now: datetime | None = None) -> bool:
        """A pending request past its wait, or a grant past its validity."""
        now = now or _now()
        if self.status == "pending":
            return now > datetime.fromisoformat(self.expires_at)
        if self.status == "granted":
            return now > datetime.fromisoformat(self.grant_expires_at)
        return False

    @property
    def state(self) -> str:
        """The status, with ``expired`` for a pending request or a grant past its time."""
        return "expired" if self.expired() else self.status


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _request_of(row: tuple) -> ApprovalRequest:
    return ApprovalRequest(*["" if value is None else value for value in row])


def person_key(identity: Identity) -> str:
    """The stored form of a verified identity's (issuer, subject); empty for an unverified claim."""
    return "\x1f".join(identity.person) if identity.person else ""


def _same_name(a: str, b: str) -> bool:
    """Identity names compared as people would: case and surrounding spaces do not make another person."""
    return a.strip().casefold() == b.strip().casefold()


def approve_command(request_id: str, store_url: str) -> str:
    """The exact command an approver runs (the store's password, if any, shown as ``***``: the approver supplies it)."""
    return (f"governance-dagster approvals grant {request_id} --store {shown_url(store_url)} --policy POLICY.yaml "
            "--as APPROVER")


def _unverified(what: str, identity: Identity) -> str:
    return (f"{identity.name!r} is an unverified identity (source {identity.source}) and may not {what} approvals: "
            "the policy requires verified identities on both sides (approvals.allow_unverified: false). Provide a "
            "signed OIDC ID token (identity.token_tag / identity.token_env), or, where unverified names are "
            "acceptable (a local demo), set approvals: {allow_unverified: true} in the policy")


class Approvals:
    """Approval requests and grants, kept beside the audit chain."""

    def __init__(self, store_url: str) -> None:
        self.url = store_url
        self.audit = open_audit_store(store_url)
        self._ready = False

    def _execute(self, sql: str, params: list) -> list[tuple]:
        try:
            with self.audit.transaction(exclusive=True) as run:
                if not self._ready:
                    run(f"CREATE TABLE IF NOT EXISTS {TABLE} (" + ", ".join(f"{c} VARCHAR" for c in _COLUMNS)
                        + ", PRIMARY KEY (id))", [])
                    # stores created before requests recorded their policy
                    run(f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS policy VARCHAR", [])
                    run(f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS requester_key VARCHAR", [])
                    run(f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS justification VARCHAR", [])
                rows = run(sql, params)
            self._ready = True
            return rows
        except AuditError as exc:
            raise ApprovalError(f"approval store failed: {exc}") from None

    def _record(self, kind: str, request: ApprovalRequest, identity: Identity, **extra: object) -> None:
        payload = {"request": request.id, "status": request.status, "requester": request.requester,
                   "database": request.database, "fingerprint": request.fingerprint, "rule": request.rule,
                   "policy": request.policy, **extra}
        self.audit.append(Draft(kind, identity.name, identity.verified, payload))

    def get(self, request_id: str) -> ApprovalRequest:
        """The request with this id.

        Raises:
            ApprovalError: no such request.
        """
        rows = self._execute(f"SELECT {', '.join(_COLUMNS)} FROM {TABLE} WHERE id = ?", [request_id])
        if not rows:
            raise ApprovalError(f"no approval request {request_id!r} in {shown_url(self.url)}; list them with "
                                f"`governance-dagster approvals list --store {shown_url(self.url)}`")
        return _request_of(rows[0])

    def list(self, status: str | None = None) -> list[ApprovalRequest]:
        """Requests, newest first; ``status`` filters by :attr:`ApprovalRequest.state`."""
        rows = self._execute(f"SELECT {', '.join(_COLUMNS)} FROM {TABLE} ORDER BY created_at DESC", [])
        found = [_request_of(r) for r in rows]
        return [r for r in found if status is None or r.state == status]

    def request(self, decision: Decision, requester: Identity, database: str, statement: str, ttl_minutes: int = 24 * 60,
                *, policy_digest: str = "", allow_unverified: bool = False, justification: str = "") -> ApprovalRequest:
        """The pending request for this statement, requester and database, created if there is none.

        ``policy_digest`` is the digest of the policy in force (:attr:`Policy.digest`): only an approver deciding
        under that same policy may grant it, so an approver cannot bring a policy file of their own that gives them
        a role (or drops ``require_verified_for``). A request without it cannot be granted.

        ``justification`` is the requester's reason, shown to approvers by ``approvals list``; the caller scans it
        for personal data first (the agent tools do). A repeated request for the same statement keeps the first.

        Raises:
            ApprovalError: the requester is not verified and ``allow_unverified`` (policy
                ``approvals.allow_unverified``) is false.
        """
        if not requester.verified and not allow_unverified:
            raise ApprovalError(_unverified("request", requester))
        for existing in self.list("pending"):
            if (existing.digest, existing.requester, existing.requester_key, existing.database, existing.policy) == (
                    decision.digest, requester.name, person_key(requester), database, policy_digest):
                return self._justify(existing, justification)
        now = _now()
        request = ApprovalRequest(
            id="apr-" + secrets.token_hex(6), status="pending", requester=requester.name, database=database,
            fingerprint=decision.fingerprint, digest=decision.digest, statement=statement, rule=decision.rule,
            reason=decision.reason, approver_roles=json.dumps(list(decision.approver_roles)),
            created_at=now.isoformat(), expires_at=(now + timedelta(minutes=ttl_minutes)).isoformat(),
            policy=policy_digest, requester_key=person_key(requester), justification=justification,
        )
        self._record("approval.requested", request, requester, justification=justification)
        values = asdict(request)
        self._execute(f"INSERT INTO {TABLE} ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})",
                      [values[c] for c in _COLUMNS])
        return request

    def _justify(self, request: ApprovalRequest, justification: str) -> ApprovalRequest:
        """A pending request opened by a refusal (no reason yet) takes the reason its requester gives next."""
        if request.justification or not justification:
            return request
        self._execute(f"UPDATE {TABLE} SET justification = ? WHERE id = ? AND coalesce(justification, '') = ''",
                      [justification, request.id])
        return self.get(request.id)

    def _decide(self, request_id: str, approver: Identity, policy: Policy, status: str, reason: str) -> ApprovalRequest:
        require_verified(approver, "approvals", policy)
        if not approver.verified and not policy.approvals.allow_unverified:
            raise ApprovalError(_unverified("decide", approver))
        request = self.get(request_id)
        if request.state != "pending":
            raise ApprovalError(f"approval request {request_id} is {request.state}, not pending; nothing to decide")
        if not request.requester_key and not policy.approvals.allow_unverified:
            raise ApprovalError(f"approval request {request_id} was made by an unverified identity "
                                f"({request.requester}); the policy requires verified identities on both sides "
                                "(approvals.allow_unverified: false): let the statement ask again under a verified token")
        if (request.requester_key and request.requester_key == person_key(approver)) or _same_name(
                approver.name, request.requester):
            raise ApprovalError(f"{approver.name} requested {request_id} and cannot decide their own request; "
                                "ask someone else who holds an approver role")
        if request.policy != policy.digest:
            made = f"policy {request.policy[:12]}" if request.policy else "a policy it did not record"
            raise ApprovalError(
                f"approval request {request_id} was made under {made}, but the policy given to decide it is "
                f"{policy.digest[:12]}; decide it with the policy file the pipeline runs with (its roles name the "
                "approvers), or let the statement ask again under the current policy")
        allowed = set(json.loads(request.approver_roles) or policy.approvals.approver_roles)
        held = set(approver.roles) | set(policy.roles_of(approver.name))
        if not allowed & held:
            raise ApprovalError(f"{approver.name} holds none of the approver roles {sorted(allowed)} for {request_id}; "
                                "the policy's `roles` section gives roles to identities")
        now = _now()
        decided = ApprovalRequest(**{**asdict(request), "status": status, "decided_by": approver.name,
                                     "decided_at": now.isoformat(),
                                     "grant_expires_at": (now + timedelta(minutes=policy.approvals.ttl_minutes)).isoformat()
                                     if status == "granted" else ""})
        self._record(f"approval.{status}", decided, approver, reason=reason)
        rows = self._execute(
            f"UPDATE {TABLE} SET status = ?, decided_by = ?, decided_at = ?, grant_expires_at = ? "
            "WHERE id = ? AND status = 'pending' RETURNING id",
            [status, decided.decided_by, decided.decided_at, decided.grant_expires_at, request_id],
        )
        if not rows:
            raise ApprovalError(f"approval request {request_id} was decided by someone else meanwhile")
        return decided

    def grant(self, request_id: str, approver: Identity, policy: Policy, reason: str = "") -> ApprovalRequest:
        """Grant a pending request; the approver must hold an approver role and not be the requester.

        Raises:
            ApprovalError: the request is not pending, or the approver may not decide it.
            AuditError: the grant could not be recorded; it was not given.
        """
        return self._decide(request_id, approver, policy, "granted", reason)

    def deny(self, request_id: str, approver: Identity, policy: Policy, reason: str = "") -> ApprovalRequest:
        """Deny a pending request (same rules as :meth:`grant`)."""
        return self._decide(request_id, approver, policy, "denied", reason)

    def consume(self, decision: Decision, requester: Identity, database: str) -> ApprovalRequest | None:
        """Use up the valid grant for this exact statement, requester and database, if there is one."""
        for candidate in self.list("granted"):
            if (candidate.digest, candidate.requester, candidate.requester_key, candidate.database) != (
                    decision.digest, requester.name, person_key(requester), database):
                continue
            now = _now().isoformat()
            rows = self._execute(f"UPDATE {TABLE} SET status = 'used', used_at = ? WHERE id = ? AND status = 'granted' RETURNING id",
                                 [now, candidate.id])
            if rows:
                used = ApprovalRequest(**{**asdict(candidate), "status": "used", "used_at": now})
                try:
                    self._record("approval.used", used, requester)
                except AuditError:
                    self._execute(f"UPDATE {TABLE} SET status = 'granted', used_at = '' WHERE id = ?", [candidate.id])
                    raise
                return used
        return None

    def restore(self, request: ApprovalRequest) -> None:
        """Give a used grant back when the statement it was used for failed before it took effect."""
        self._execute(f"UPDATE {TABLE} SET status = 'granted', used_at = '' WHERE id = ? AND status = 'used'", [request.id])
