"""The decision on a statement: allow, warn, block, or require a just-in-time approval.

Statements are judged by what they do, not how they are spelled: sqlglot parses them in the connection's dialect,
identifiers are normalized (quoting, case, search path), and the facts the rules match on are derived from the
tree. A statement that does not parse, or that parses only into a form the guardrails do not understand, is refused.

Order of evaluation, first match wins:

1. ``no-administration`` and ``no-external-access``: absolute, no policy rule can allow them;
2. the policy's own ``guardrails`` rules, in file order;
3. the defaults: ``protected-schema`` (block schema changes in protected schemas), ``unbounded-write`` (block
   UPDATE/DELETE without a limiting WHERE), ``protected-write`` (writes into protected schemas need approval);
4. otherwise ``default``: allow.

Example:
    >>> decide("DELETE FROM main.orders", "duckdb", Policy()).rule
    'unbounded-write'
    >>> decide("DELETE FROM main.orders WHERE order_id = 7", "duckdb", Policy()).action
    'approval'
    >>> decide("SELECT count(*) FROM main.orders", "duckdb", Policy()).action
    'allow'
"""

from __future__ import annotations

import fnmatch
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.optimizer.normalize_identifiers import normalize_identifiers
from sqlglot.optimizer.simplify import simplify

from governance_dagster.policy import GuardrailRule, Policy, StatementKind
from governance_dagster.statements import fingerprint, parse_statements

__all__ = ["Decision", "Facts", "StatementKind", "decide", "decide_all", "facts_of", "judge", "statement_kind"]

#: Functions that read or write outside the database: files, URLs, programs, the environment, secrets.
EXTERNAL_FUNCTIONS = frozenset(
    (
        "read_csv", "read_csv_auto", "read_parquet", "read_json", "read_json_auto", "read_json_objects",
        "read_ndjson", "read_ndjson_auto", "read_ndjson_objects", "read_text", "read_blob", "parquet_scan",
        "parquet_metadata", "parquet_schema", "glob", "sniff_csv", "delta_scan", "iceberg_scan",
        "iceberg_metadata", "sqlite_scan", "sqlite_attach", "postgres_scan", "postgres_attach", "postgres_query",
        "postgres_execute", "mysql_scan", "mysql_query", "duckdb_secrets", "duckdb_extensions", "duckdb_settings",
        "which_secret", "getenv", "load_aws_credentials", "http_get", "http_post", "pg_read_file",
        "pg_read_binary_file", "pg_ls_dir", "pg_stat_file", "pg_ls_logdir", "pg_ls_waldir", "pg_ls_tmpdir",
        "pg_ls_archive_statusdir", "pg_file_write", "pg_file_rename", "pg_file_unlink", "lo_import", "lo_export",
        "lo_from_bytea", "lo_put", "lo_get", "dblink", "dblink_exec", "dblink_connect", "dblink_send_query",
        "set_config", "pg_reload_conf", "pg_terminate_backend", "pg_cancel_backend", "pg_rotate_logfile",
        "pg_promote", "current_setting", "query_table", "query", "copy_to", "system", "shell",
    )
)

_WRITE = (exp.Insert, exp.Update, exp.Delete, exp.Merge)
_SCHEMA = (exp.Create, exp.Drop, exp.Alter, exp.TruncateTable, exp.Comment, exp.AlterRename)
#: How severe each action is; a multi-statement string takes its most severe statement's decision.
SEVERITY = {"allow": 0, "warn": 1, "approval": 2, "block": 3}


@dataclass(frozen=True)
class Facts:
    """What a statement does, derived from its tree: what the rules match on."""

    kind: StatementKind
    command: str
    #: every stored table the statement touches, ``schema.table`` in normalized case.
    tables: tuple[str, ...]
    #: the tables it changes.
    targets: tuple[str, ...]
    external: tuple[str, ...]
    #: an UPDATE or DELETE (anywhere in it) without a WHERE that limits it.
    unbounded: bool
    fingerprint: str
    #: digest of the exact statement (literals included): what an approval is bound to.
    digest: str


@dataclass(frozen=True)
class Decision:
    """The decision on a statement."""

    action: str  # "allow", "warn", "block" or "approval"
    kind: StatementKind
    rule: str
    reason: str
    fingerprint: str
    digest: str = ""
    tables: tuple[str, ...] = ()
    approver_roles: tuple[str, ...] = field(default_factory=tuple)

    @property
    def allowed(self) -> bool:
        """Whether the statement may run without anyone's approval (``allow`` or ``warn``)."""
        return self.action in ("allow", "warn")


def statement_kind(statement: exp.Expression) -> StatementKind:
    """Classify a parsed statement; DML nested anywhere (a CTE, a subquery) makes it a write."""
    if isinstance(statement, exp.Command) or isinstance(statement, _admin_types()):
        return StatementKind.ADMIN
    if isinstance(statement, exp.Create) and str(statement.args.get("kind", "")).upper() in _ADMIN_CREATE:
        return StatementKind.ADMIN
    if isinstance(statement, _SCHEMA):
        return StatementKind.SCHEMA
    if isinstance(statement, _WRITE) or any(isinstance(n, _WRITE) for n in statement.walk()):
        return StatementKind.WRITE
    if isinstance(statement, exp.Query):
        return StatementKind.READ
    return StatementKind.ADMIN


_ADMIN_CREATE = {"FUNCTION", "PROCEDURE", "MACRO", "SECRET", "EXTENSION", "TRIGGER", "ROLE", "USER", "DATABASE", "SEQUENCE", "TYPE"}


def _admin_types() -> tuple[type, ...]:
    names = ("Copy", "Grant", "Revoke", "Set", "Pragma", "Use", "Attach", "Detach", "Install", "Load", "Export",
             "Transaction", "Commit", "Rollback", "Describe", "Analyze", "Cache", "Uncache", "Refresh", "Summarize")
    return tuple(t for name in names if isinstance(t := getattr(exp, name, None), type))


def _function_names(statement: exp.Expression) -> set[str]:
    names: set[str] = set()
    for node in statement.walk():
        if isinstance(node, exp.Anonymous):
            names.add(str(node.this).lower())
        elif isinstance(node, exp.Func):
            names.add(node.sql_name().lower())
            if isinstance(node, exp.ReadCSV):
                names.add("read_csv")
        if isinstance(node, exp.Table):
            if node.this is not None and not isinstance(node.this, (exp.Identifier, exp.Func)):
                names.add("table_function")
            elif isinstance(node.this, exp.Identifier) and any(ch in node.name for ch in "/\\:") or node.name.lower().endswith(
                (".csv", ".parquet", ".json", ".ndjson", ".jsonl", ".txt", ".tsv", ".gz", ".db", ".duckdb", ".sqlite")
            ):
                names.add("file_path_table")
    return names


def _table_name(table: exp.Table, default_schema: str) -> str:
    return f"{table.db or default_schema}.{table.name}"


def _stored_tables(statement: exp.Expression, default_schema: str) -> list[str]:
    ctes = {cte.alias_or_name for cte in statement.find_all(exp.CTE)}
    found = []
    for table in statement.find_all(exp.Table):
        if not isinstance(table.this, exp.Identifier) or (not table.db and table.name in ctes):
            continue
        found.append(_table_name(table, default_schema))
    return sorted(set(found))


def _targets(statement: exp.Expression, default_schema: str) -> list[str]:
    """The tables a statement changes (for nested DML, every DML target)."""
    if isinstance(statement, (exp.Drop, exp.TruncateTable)):
        found = statement.args.get("tables") or statement.expressions or [statement.this]
        return [_table_name(t, default_schema) if t.name else f"{t.db}.*" for t in found if isinstance(t, exp.Table)]
    nodes = [statement] if isinstance(statement, (*_SCHEMA, *_WRITE)) else []
    nodes += [n for n in statement.walk() if isinstance(n, _WRITE) and n is not statement]
    targets = []
    for node in nodes:
        target = node.this
        if isinstance(target, exp.Schema):
            target = target.this
        if isinstance(target, exp.Table):
            targets.append(_table_name(target, default_schema) if target.name else f"{target.db}.*")
    return targets


def _limits(where: exp.Expression | None) -> bool:
    """Whether a WHERE clause limits the rows: present, refers to a column, and not always true."""
    if where is None:
        return False
    condition = where.this
    if not any(isinstance(n, exp.Column) for n in condition.walk()):
        return False
    try:
        simplified = simplify(condition.copy())
    except (SqlglotError, RecursionError, TypeError, ValueError):
        simplified = condition
    if isinstance(simplified, exp.Boolean) and simplified.this:
        return False
    if isinstance(simplified, (exp.EQ, exp.GTE, exp.LTE, exp.NullSafeEQ, exp.Like, exp.ILike)) and simplified.this == simplified.expression:
        return False
    if isinstance(simplified, exp.Or) and not all(_limits(exp.Where(this=side)) for side in (simplified.this, simplified.expression)):
        return False
    return True


def facts_of(statement: exp.Expression, dialect: str, default_schema: str) -> Facts:
    """Derive what a parsed statement does."""
    normalized = normalize_identifiers(statement.copy(), dialect=dialect)
    schema = default_schema.lower() if dialect in ("duckdb", "postgres") else default_schema
    unbounded = any(
        isinstance(n, (exp.Update, exp.Delete)) and not _limits(n.args.get("where")) for n in normalized.walk()
    )
    command = type(statement).__name__.upper() if not isinstance(statement, exp.Command) else str(statement.this).upper()
    return Facts(
        kind=statement_kind(normalized),
        command=command,
        tables=tuple(_stored_tables(normalized, schema)),
        targets=tuple(_targets(normalized, schema)),
        external=tuple(sorted(_function_names(normalized) & (EXTERNAL_FUNCTIONS | {"table_function", "file_path_table"}))),
        unbounded=unbounded,
        fingerprint=fingerprint(statement, dialect),
        digest=hashlib.sha256(statement.sql(dialect=dialect, normalize=True).encode()).hexdigest()[:32],
    )


def _glob_any(names: Sequence[str], patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatchcase(n.lower(), p.lower()) for n in names for p in patterns)


def _rule_matches(rule: GuardrailRule, facts: Facts, roles: Sequence[str]) -> bool:
    if rule.kinds and facts.kind not in rule.kinds:
        return False
    if rule.commands and facts.command not in {c.upper() for c in rule.commands}:
        return False
    if rule.tables and not _glob_any(facts.targets or facts.tables, rule.tables):
        return False
    if rule.roles and not set(rule.roles) & set(roles):
        return False
    return rule.unbounded is None or rule.unbounded == facts.unbounded


def judge(statement: exp.Expression, dialect: str, policy: Policy, default_schema: str = "main", roles: Sequence[str] = ()) -> Decision:
    """Decide on one parsed statement."""
    facts = facts_of(statement, dialect, default_schema)

    def decision(action: str, rule: str, reason: str, approvers: Sequence[str] = ()) -> Decision:
        return Decision(action, facts.kind, rule, reason, facts.fingerprint, facts.digest, facts.targets or facts.tables,
                        tuple(approvers))

    if facts.kind is StatementKind.ADMIN:
        return decision("block", "no-administration", f"{facts.command} statements administer the database")
    if facts.external:
        return decision("block", "no-external-access", f"it reaches outside the database through {list(facts.external)}")
    for rule in policy.guardrails:
        if _rule_matches(rule, facts, roles):
            return decision(rule.action, rule.name, rule.reason or f"policy rule {rule.name!r}",
                            rule.approver_roles or policy.approvals.approver_roles)
    protected = policy.protected_schemas
    in_protected = [t for t in facts.targets if _glob_any([t.split(".", 1)[0]], protected)]
    if facts.kind is StatementKind.SCHEMA and (in_protected or not facts.targets):
        where = in_protected[0].split(".", 1)[0] if in_protected else "an unresolved target"
        return decision("block", "protected-schema", f"{facts.command} on protected schema {where!r}")
    if facts.unbounded:
        return decision("block", "unbounded-write", "UPDATE or DELETE without a WHERE clause that limits it")
    if facts.kind is StatementKind.WRITE and in_protected:
        return decision("approval", "protected-write", f"{facts.command} into {in_protected[0]} in a protected schema",
                        policy.approvals.approver_roles)
    return decision("allow", "default", "allowed by the default rules")


def decide_all(sql: str, dialect: str, policy: Policy, default_schema: str = "main", roles: Sequence[str] = ()) -> list[Decision]:
    """The decision on each statement of ``sql``.

    Raises:
        UnparseableStatement: the text does not parse (fail closed).
    """
    return [judge(s, dialect, policy, default_schema, roles) for s in parse_statements(sql, dialect)]


def decide(sql: str, dialect: str, policy: Policy, default_schema: str = "main", roles: Sequence[str] = ()) -> Decision:
    """The decision on ``sql`` as a whole: the most severe of its statements' decisions.

    Raises:
        UnparseableStatement: the text does not parse (fail closed).
    """
    decisions = decide_all(sql, dialect, policy, default_schema, roles)
    return max(decisions, key=lambda d: SEVERITY[d.action])

