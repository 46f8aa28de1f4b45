"""The names of the rules that refuse, block or route a statement: one enum, used by every refusal.

A refusal (:class:`~governance_dagster.errors.StatementRefused` and its subclasses), a guardrail
:class:`~governance_dagster.governed.guardrails.Decision` and the audit event that records either carry one of these
names as ``rule``. The values are the strings the audit trail, the command line, the MCP tools and the docs have
always shown; a :class:`~enum.StrEnum` member *is* its value (``str()``, f-strings and JSON give the value, and it
compares equal to it), so events written before this enum existed read the same. Policy guardrail rules add names of
their own (``GuardrailRule.name``), which is why a decision's ``rule`` is typed ``str``.

Example:
    >>> Rule.SENSITIVE_PREDICATE == "sensitive-predicate"
    True
    >>> f"refused by {Rule.PROTECTED_SCHEMA}"
    'refused by protected-schema'
"""

from __future__ import annotations

from enum import StrEnum


class Rule(StrEnum):
    """Every built-in rule name, grouped by the step of the governed path that applies it."""

    # parsing (governance_dagster.sql.parse) and one statement per call
    UNPARSEABLE = "unparseable"
    ONE_STATEMENT = "one-statement"

    # guardrails (governance_dagster.governed.guardrails), in the order they are tried
    NO_ADMINISTRATION = "no-administration"
    NO_EXTERNAL_ACCESS = "no-external-access"
    NO_SQL_TEXT = "no-sql-text"
    RESERVED_NAME = "reserved-name"  # the relation that holds the hashing key (governance_dagster.sql.keys)
    PROTECTED_SCHEMA = "protected-schema"
    UNBOUNDED_WRITE = "unbounded-write"
    PROTECTED_WRITE = "protected-write"
    DEFAULT = "default"  # allowed: no rule matched

    # identity (governance_dagster.governed.identity): the policy requires a verified identity for ...
    VERIFIED_IDENTITY_FOR_APPROVALS = "verified-identity-for-approvals"
    VERIFIED_IDENTITY_FOR_PROTECTED_WRITES = "verified-identity-for-protected_writes"
    VERIFIED_IDENTITY_FOR_UNMASKED_READS = "verified-identity-for-unmasked_reads"

    # lineage, views and the masking rewrite (governance_dagster.sql, governance_dagster.governed.masking)
    UNKNOWN_LINEAGE = "unknown-lineage"
    UNKNOWN_TABLE = "unknown-table"
    TABLE_FUNCTION = "table-function"
    NOT_A_QUERY = "not-a-query"
    MASKING_INCOMPLETE = "masking-incomplete"
    FREE_TEXT_COMPUTED = "free-text-computed"
    SENSITIVE_PREDICATE = "sensitive-predicate"
    MASKED_ARITHMETIC = "masked-arithmetic"
    MASKED_ORDER = "masked-order"  # rows ordered by a masked column the answer does not show
    MASKED_GROUP = "masked-group"  # rows grouped by a value-merging mask the answer does not show
    UNSUPPORTED_SQL = "unsupported-sql"
    BINARY_COLUMN_OPERATOR = "binary-column-operator"

    # the governed connection (governance_dagster.governed.connection)
    UNMASK_WITHOUT_REASON = "unmask-without-reason"
    UNMASK_NOT_GRANTED = "unmask-not-granted"
    # a statement that compares raw values under an ``access: predicates`` grant failed: the database's own message,
    # which can echo those values unquoted, is withheld
    WITHHELD_DATABASE_MESSAGE = "withheld-database-message"
    IN_MEMORY_MASK_NEEDS_WHOLE_TABLE = "in-memory-mask-needs-whole-table"
    IN_MEMORY_MASK_IN_SPARK = "in-memory-mask-in-spark"  # a Spark DataFrame is masked inside Spark only
    QUERY_THROUGH_EXECUTE = "query-through-execute"
    SENSITIVE_READ_IN_WRITE = "sensitive-read-in-write"
    DATABASE_FUNCTION = "database-function"  # a macro or function created in the database, not one of its own
    ROWS_OUTSIDE_PARTITION = "rows-outside-partition"

    # AI agents (governance_dagster.agents.tools)
    AGENT_RATE_LIMIT = "agent-rate-limit"
    AGENT_READ_ONLY = "agent-read-only"
    AGENT_TABLE_NOT_ALLOWED = "agent-table-not-allowed"
    APPROVAL_WITHOUT_REASON = "approval-without-reason"
    APPROVAL_NOT_YOURS = "approval-not-yours"
