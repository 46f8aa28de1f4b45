"""The one error tree of governance-dagster.

Every error the package raises is a :class:`GovernanceError`. Messages name the problem, the bad value where it
is safe to show (never a value read from a governed table) and the fix.
"""

from __future__ import annotations


class GovernanceError(Exception):
    """Root of every error raised by governance-dagster."""


class ConfigurationError(GovernanceError):
    """A resource, URL or secret is missing or malformed."""


class UnsupportedDatabaseError(ConfigurationError):
    """An operation needs another kind of database than the connection's: a Spark DataFrame from a DuckDB or
    PostgreSQL database, say. The message names the operation, the database and what to call instead."""


class AnchorError(ConfigurationError):
    """An audit anchor (``SEQ:HASH``, given to check the chain against a copy kept elsewhere) is malformed."""


class PolicyError(GovernanceError):
    """The policy file cannot be read, parsed or validated."""


class StatementRefused(GovernanceError):
    """A statement was refused before it reached the database.

    Attributes:
        rule: the name of the rule or check that refused it.
        fingerprint: the statement's normalized fingerprint (no literals).
    """

    def __init__(self, message: str, *, rule: str, fingerprint: str = "") -> None:
        super().__init__(message)
        self.rule = str(rule)  # a governance_dagster.rules.Rule, or a policy guardrail rule's name; kept as plain text
        self.fingerprint = fingerprint


class UnparseableStatement(StatementRefused):
    """sqlglot could not parse the statement in the connection's dialect (fail closed)."""


class StatementBlocked(StatementRefused):
    """A guardrail rule blocks the statement."""


class ApprovalRequired(StatementRefused):
    """The statement waits for a just-in-time approval by someone else.

    Attributes:
        request_id: the approval request to grant.
        command: the exact command an approver runs.
    """

    def __init__(self, message: str, *, rule: str, fingerprint: str, request_id: str, command: str) -> None:
        super().__init__(message, rule=rule, fingerprint=fingerprint)
        self.request_id = request_id
        self.command = command


class ApprovalError(GovernanceError):
    """An approval cannot be requested, granted, denied or used as asked."""


class LineageError(StatementRefused):
    """The masking rewrite could not establish which source columns feed an output (fail closed)."""


class MaskingError(GovernanceError):
    """A masking operator is misconfigured or cannot run on a value or column."""


class DatabaseError(GovernanceError):
    """The database failed; the message is scrubbed of quoted values, or withheld.

    Attributes:
        kind: the class name of the database's own exception (``ConversionException``), empty when unknown.
        rule: empty, or the rule that withheld the database's message (``withheld-database-message``).
    """

    def __init__(self, message: str, *, kind: str = "", rule: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.rule = str(rule)


class AuditError(GovernanceError):
    """The audit store could not be written or read; the governed action did not happen."""


class ChainBrokenError(AuditError):
    """The audit hash chain does not verify.

    Attributes:
        event_id: the first event that does not verify.
    """

    def __init__(self, message: str, *, event_id: int | None) -> None:
        super().__init__(message)
        self.event_id = event_id


class LeakageError(GovernanceError):
    """A synthetic table replays real identifiers or records."""


class SynthesisError(GovernanceError):
    """The synthesizer could not be built, trained or sampled."""


class IdentityError(GovernanceError):
    """An identity cannot be verified, or an action needs a verified identity and the run has none."""


class ContractError(GovernanceError):
    """The contract of a synthetic table could not be derived, validated or rendered."""
