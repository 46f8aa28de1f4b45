"""The decision on a statement: allow, warn, block, or require a just-in-time approval.

Statements are judged by what they do, not how they are spelled: sqlglot parses them in the connection's dialect,
identifiers are normalized (quoting, case, search path), and the facts the rules match on are derived from the
tree. A statement that does not parse, or that parses only into a form the guardrails do not understand, is refused.

Order of evaluation, first match wins:

1. ``no-administration``, ``no-external-access``, ``no-sql-text`` and ``reserved-name`` (the key relation of
   :mod:`governance_dagster.sql.keys`): absolute, no policy rule can allow them;
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
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from sqlglot import exp
from sqlglot.errors import ErrorLevel, SqlglotError
from sqlglot.optimizer.normalize_identifiers import normalize_identifiers
from sqlglot.optimizer.simplify import simplify

from governance_dagster.policy.models import GuardrailRule, Policy, StatementKind
from governance_dagster.rules import Rule
from governance_dagster.sql.keys import KEY_RELATION
from governance_dagster.sql.parse import fingerprint, parse_statements

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
        "current_setting", "query_table", "query", "copy_to", "system", "shell", "pg_ls_dir",
        # Spark: call any Java method (java.lang.Runtime...), read files of a path (Databricks)
        "reflect", "java_method", "try_reflect", "read_files",
    )
)

#: Functions that administer the server from inside a query.
ADMIN_FUNCTIONS = frozenset(
    (
        "set_config", "pg_reload_conf", "pg_terminate_backend", "pg_cancel_backend", "pg_rotate_logfile",
        "pg_promote", "pg_notify", "pg_switch_wal", "pg_create_restore_point", "pg_start_backup", "pg_stop_backup",
        "pg_backup_start", "pg_backup_stop", "pg_advisory_lock", "pg_advisory_xact_lock", "lo_unlink",
        "pg_drop_replication_slot", "pg_create_physical_replication_slot", "pg_create_logical_replication_slot",
        "pg_log_backend_memory_contexts", "pg_wal_replay_pause", "pg_wal_replay_resume", "txid_current",
    )
)

#: Functions that run SQL handed to them as text, read tables or schemas named by a string, or return statement
#: text: what they read is outside the parse tree, so the masking rewrite never sees it (``query_to_xml('select
#: email from customers', ...)`` returns raw e-mails), and the text of a governed statement holds the hashing
#: secret (``current_query()``, other sessions' statements).
SQL_TEXT_FUNCTIONS = frozenset(
    (
        "query_to_xml", "query_to_xmlschema", "query_to_xml_and_xmlschema", "cursor_to_xml", "cursor_to_xmlschema",
        "table_to_xml", "table_to_xmlschema", "table_to_xml_and_xmlschema", "schema_to_xml", "schema_to_xmlschema",
        "schema_to_xml_and_xmlschema", "database_to_xml", "database_to_xmlschema", "database_to_xml_and_xmlschema",
        "ts_stat", "ts_rewrite", "json_execute_serialized_sql", "current_query", "pg_stat_get_activity",
        "pg_stat_get_backend_activity", "pg_stat_statements",
    )
)

#: DuckDB catalogs that exist in every database: ``memory.customers`` means ``memory.main.customers``.
DUCKDB_CATALOGS = frozenset(("memory", "system", "temp"))

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
    admin_functions: tuple[str, ...]
    #: functions that run or return SQL text (:data:`SQL_TEXT_FUNCTIONS`).
    sql_text: tuple[str, ...]
    #: an UPDATE or DELETE (anywhere in it) without a WHERE that limits it.
    unbounded: bool
    fingerprint: str
    #: digest of the exact statement (literals included): what an approval is bound to.
    digest: str
    #: it names the key relation of governed connections (:data:`governance_dagster.sql.keys.KEY_RELATION`), in any
    #: case, as a table or inside a string.
    key_relation: bool = False


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

    def __post_init__(self) -> None:
        # a Rule member is kept as its plain text, the form the audit trail, approvals and drivers store
        object.__setattr__(self, "rule", str(self.rule))

    @property
    def allowed(self) -> bool:
        """Whether the statement may run without anyone's approval (``allow`` or ``warn``)."""
        return self.action in ("allow", "warn")


@dataclass
class _Scan:
    """What one walk over a statement's tree collects."""

    functions: set[str] = field(default_factory=set)
    tables: list[exp.Table] = field(default_factory=list)
    writes: list[exp.Expression] = field(default_factory=list)
    ctes: set[str] = field(default_factory=set)


_FILE_SUFFIXES = (".csv", ".parquet", ".json", ".ndjson", ".jsonl", ".txt", ".tsv", ".gz", ".db", ".duckdb", ".sqlite")


def _scan(statement: exp.Expression) -> _Scan:
    found = _Scan()
    for node in statement.walk():
        if isinstance(node, exp.Anonymous):
            found.functions.add(node.name.lower())
        elif isinstance(node, exp.Func):
            found.functions.add(node.sql_name().lower())
            if isinstance(node, exp.ReadCSV):
                found.functions.add("read_csv")
        elif isinstance(node, exp.Table):
            found.tables.append(node)
            if node.this is not None and not isinstance(node.this, (exp.Identifier, exp.Func)):
                found.functions.add("table_function")
            elif isinstance(node.this, exp.Identifier) and (
                any(ch in node.name for ch in "/\\:") or node.name.lower().endswith(_FILE_SUFFIXES)
            ):
                found.functions.add("file_path_table")
        elif isinstance(node, _WRITE):
            found.writes.append(node)
        elif isinstance(node, exp.CTE):
            found.ctes.add(node.alias_or_name)
    return found


def statement_kind(statement: exp.Expression, writes: list[exp.Expression] | None = None) -> StatementKind:
    """Classify a parsed statement; DML nested anywhere (a CTE, a subquery) makes it a write."""
    if isinstance(statement, exp.Command) or isinstance(statement, _ADMIN_TYPES):
        return StatementKind.ADMIN
    if isinstance(statement, exp.Create) and str(statement.args.get("kind", "")).upper() in _ADMIN_CREATE:
        return StatementKind.ADMIN
    if isinstance(statement, _SCHEMA) or isinstance(statement.args.get("into"), exp.Into):
        return StatementKind.SCHEMA
    if writes is None:
        writes = _scan(statement).writes
    if writes:
        return StatementKind.WRITE
    if isinstance(statement, exp.Query):
        return StatementKind.READ
    return StatementKind.ADMIN


_ADMIN_CREATE = {"FUNCTION", "PROCEDURE", "MACRO", "TABLE MACRO", "SECRET", "EXTENSION", "TRIGGER", "ROLE", "USER", "DATABASE"}


_ADMIN_TYPES: tuple[type, ...] = tuple(
    t
    for name in ("Copy", "Grant", "Revoke", "Set", "Pragma", "Use", "Attach", "Detach", "Install", "Load", "Export",
                 "Transaction", "Commit", "Rollback", "Describe", "Analyze", "Cache", "Uncache", "Refresh", "Summarize")
    if isinstance(t := getattr(exp, name, None), type)
)


def _table_name(table: exp.Table, default_schema: str, catalogs: Collection[str] = ()) -> str:
    """``schema.table``; in DuckDB a two-part name whose first part is a catalog (a built-in one, or one of
    ``catalogs``: the database file's own catalog, named after the file) means that catalog's main schema."""
    db = table.db
    if db and not table.catalog and (db.lower() in DUCKDB_CATALOGS or db.lower() in {c.lower() for c in catalogs}):
        db = "main"
    return f"{db or default_schema}.{table.name}"


def _stored_tables(scan: _Scan, default_schema: str, catalogs: Collection[str] = ()) -> list[str]:
    found = {
        _table_name(table, default_schema, catalogs)
        for table in scan.tables
        if isinstance(table.this, exp.Identifier) and (table.db or table.name not in scan.ctes)
    }
    return sorted(found)


def _targets(statement: exp.Expression, scan: _Scan, default_schema: str, catalogs: Collection[str] = ()) -> list[str]:
    """The tables a statement changes (for nested DML, every DML target)."""
    if isinstance(statement, (exp.Drop, exp.TruncateTable)):
        found = statement.args.get("tables") or statement.expressions or [statement.this]
        return [_table_name(t, default_schema, catalogs) if t.name else f"{t.db}.*" for t in found if isinstance(t, exp.Table)]
    into = statement.args.get("into")
    if isinstance(into, exp.Into) and isinstance(into.this, exp.Table):
        return [_table_name(into.this, default_schema, catalogs)]
    nodes = [statement] if isinstance(statement, _SCHEMA) else []
    nodes += scan.writes
    targets = []
    for node in nodes:
        target = node.this
        if isinstance(target, exp.Schema):
            target = target.this
        if isinstance(target, exp.Table):
            targets.append(_table_name(target, default_schema, catalogs) if target.name else f"{target.db}.*")
    return targets


def _same(left: exp.Expression, right: exp.Expression) -> bool:
    """Whether two sides are the same expression, ignoring identifier quoting and case."""
    def plain(node: exp.Expression) -> str:
        return node.transform(
            lambda n: exp.to_identifier(n.name.lower()) if isinstance(n, exp.Identifier) else n, copy=True
        ).sql(unsupported_level=ErrorLevel.IGNORE)
    return plain(left) == plain(right)


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
    if isinstance(simplified, (exp.EQ, exp.GTE, exp.LTE, exp.NullSafeEQ, exp.Like, exp.ILike)) and _same(simplified.this, simplified.expression):
        return False
    if isinstance(simplified, exp.Or) and not all(_limits(exp.Where(this=side)) for side in (simplified.this, simplified.expression)):
        return False
    return True


def facts_of(statement: exp.Expression, dialect: str, default_schema: str, catalogs: Collection[str] = ()) -> Facts:
    """Derive what a parsed statement does. Identifiers of ``statement`` are normalized in place (unquoted names
    folded as the database folds them), which does not change what it means. ``catalogs``: names that, as the first
    part of a two-part table name, mean the database's default schema (DuckDB: the file's catalog)."""
    # copy: generating SQL may rewrite the tree in place (DuckDB's and Spark's generators turn SELECT ... INTO into
    # CREATE TABLE AS and drop the INTO from the statement, which was then judged a plain read)
    text = statement.sql(dialect=dialect, copy=True, unsupported_level=ErrorLevel.IGNORE)
    digest = hashlib.sha256(text.encode()).hexdigest()[:32]
    print_ = fingerprint(text, dialect)
    normalized = normalize_identifiers(statement, dialect=dialect)
    schema = default_schema.lower()
    scan = _scan(normalized)
    unbounded = any(
        isinstance(n, (exp.Update, exp.Delete)) and not isinstance(n.parent, exp.When) and not _limits(n.args.get("where"))
        for n in scan.writes
    )
    command = type(statement).__name__.upper() if not isinstance(statement, exp.Command) else str(statement.this).upper()
    return Facts(
        kind=statement_kind(normalized, scan.writes),
        command=command,
        tables=tuple(_stored_tables(scan, schema, catalogs)),
        targets=tuple(_targets(normalized, scan, schema, catalogs)),
        external=tuple(sorted(scan.functions & (EXTERNAL_FUNCTIONS | {"table_function", "file_path_table"}))),
        admin_functions=tuple(sorted(scan.functions & ADMIN_FUNCTIONS)),
        sql_text=tuple(sorted(scan.functions & SQL_TEXT_FUNCTIONS)),
        unbounded=unbounded,
        fingerprint=print_,
        digest=digest,
        key_relation=KEY_RELATION in text.lower(),
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


def judge(statement: exp.Expression, dialect: str, policy: Policy, default_schema: str = "main", roles: Sequence[str] = (),
          catalogs: Collection[str] = ()) -> Decision:
    """Decide on one parsed statement; ``catalogs`` as for :func:`facts_of`."""
    facts = facts_of(statement, dialect, default_schema, catalogs)

    def decision(action: str, rule: str, reason: str, approvers: Sequence[str] = ()) -> Decision:
        return Decision(action, facts.kind, rule, reason, facts.fingerprint, facts.digest, facts.targets or facts.tables,
                        tuple(approvers))

    if facts.kind is StatementKind.ADMIN:
        return decision("block", Rule.NO_ADMINISTRATION, f"{facts.command} statements administer the database")
    if facts.admin_functions:
        return decision("block", Rule.NO_ADMINISTRATION, f"it administers the server through {list(facts.admin_functions)}")
    if facts.external:
        return decision("block", Rule.NO_EXTERNAL_ACCESS, f"it reaches outside the database through {list(facts.external)}")
    if facts.sql_text:
        return decision("block", Rule.NO_SQL_TEXT, f"it runs or returns SQL text through {list(facts.sql_text)}, which the "
                        "masking rewrite cannot see into; name the tables and columns in the statement itself")
    if facts.key_relation:
        return decision("block", Rule.RESERVED_NAME, f"it names {KEY_RELATION}, the relation that holds the hashing key of "
                        "governed connections; rename the table or text that uses the name")
    for rule in policy.guardrails:
        if _rule_matches(rule, facts, roles):
            return decision(rule.action, rule.name, rule.reason or f"policy rule {rule.name!r}",
                            rule.approver_roles or policy.approvals.approver_roles)
    protected = policy.protected_schemas
    in_protected = [t for t in facts.targets if _glob_any([t.split(".", 1)[0]], protected)]
    if facts.kind is StatementKind.SCHEMA and (in_protected or not facts.targets):
        where = in_protected[0].split(".", 1)[0] if in_protected else "an unresolved target"
        return decision("block", Rule.PROTECTED_SCHEMA, f"{facts.command} on protected schema {where!r}")
    if facts.unbounded:
        return decision("block", Rule.UNBOUNDED_WRITE, "UPDATE or DELETE without a WHERE clause that limits it")
    if facts.kind is StatementKind.WRITE and in_protected:
        return decision("approval", Rule.PROTECTED_WRITE, f"{facts.command} into {in_protected[0]} in a protected schema",
                        policy.approvals.approver_roles)
    return decision("allow", Rule.DEFAULT, "allowed by the default rules")


def decide_all(sql: str, dialect: str, policy: Policy, default_schema: str = "main", roles: Sequence[str] = (),
               catalogs: Collection[str] = ()) -> list[Decision]:
    """The decision on each statement of ``sql``.

    Raises:
        UnparseableStatement: the text does not parse (fail closed).
    """
    return [judge(s, dialect, policy, default_schema, roles, catalogs) for s in parse_statements(sql, dialect)]


def decide(sql: str, dialect: str, policy: Policy, default_schema: str = "main", roles: Sequence[str] = (),
           catalogs: Collection[str] = ()) -> Decision:
    """The decision on ``sql`` as a whole: the most severe of its statements' decisions.

    Raises:
        UnparseableStatement: the text does not parse (fail closed).
    """
    decisions = decide_all(sql, dialect, policy, default_schema, roles, catalogs)
    return max(decisions, key=lambda d: SEVERITY[d.action])

