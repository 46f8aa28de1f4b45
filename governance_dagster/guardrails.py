"""The decision on a statement: what it does, and whether it may run.

Statements are judged by what they do, not how they are spelled: sqlglot parses them in the connection's
dialect, and a statement that does not parse, or parses into a form the guardrails do not understand, is refused.

Example:
    >>> decide("DELETE FROM main.orders", "duckdb", ["main"]).allowed
    False
    >>> decide("SELECT count(*) FROM main.orders", "duckdb", ["main"]).action
    'allow'
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from enum import Enum

from sqlglot import exp

from governance_dagster.statements import fingerprint, parse_statements


class StatementKind(str, Enum):
    """What a statement does."""

    READ = "read"
    WRITE = "write"
    SCHEMA = "schema"
    ADMIN = "admin"


#: Functions that read or write outside the database: files, URLs, programs.
EXTERNAL_FUNCTIONS = frozenset(
    name.lower()
    for name in (
        "read_csv", "read_csv_auto", "read_parquet", "read_json", "read_json_auto", "read_ndjson", "read_text",
        "read_blob", "parquet_scan", "glob", "sniff_csv", "delta_scan", "iceberg_scan", "sqlite_scan",
        "postgres_scan", "mysql_scan", "httpfs", "pg_read_file", "pg_read_binary_file", "pg_ls_dir", "pg_stat_file",
        "lo_import", "lo_export", "dblink", "dblink_exec", "query_table", "getenv",
    )
)

_WRITE = (exp.Insert, exp.Update, exp.Delete, exp.Merge)
_SCHEMA = (exp.Create, exp.Drop, exp.Alter, exp.TruncateTable, exp.Comment)
_READ = (exp.Query,)


@dataclass(frozen=True)
class Decision:
    """The guardrail decision on one statement."""

    action: str  # "allow" or "block"
    kind: StatementKind
    rule: str
    reason: str
    fingerprint: str

    @property
    def allowed(self) -> bool:
        return self.action == "allow"


def statement_kind(statement: exp.Expression) -> StatementKind:
    """Classify a parsed statement; DML nested anywhere (a CTE, a subquery) makes it a write."""
    if isinstance(statement, _SCHEMA):
        return StatementKind.SCHEMA
    if isinstance(statement, _WRITE) or any(isinstance(n, _WRITE) for n in statement.walk()):
        return StatementKind.WRITE
    if isinstance(statement, exp.Copy):
        return StatementKind.ADMIN if statement.args.get("kind") is False else StatementKind.WRITE
    if isinstance(statement, _READ):
        return StatementKind.READ
    return StatementKind.ADMIN


def _function_names(statement: exp.Expression) -> set[str]:
    names: set[str] = set()
    for node in statement.walk():
        if isinstance(node, exp.Anonymous):
            names.add(str(node.this).lower())
        elif isinstance(node, exp.Func):
            names.add(node.sql_name().lower())
        if isinstance(node, exp.Table) and node.this is not None and not isinstance(node.this, (exp.Identifier, exp.Func)):
            names.add("table_function")
        if isinstance(node, exp.Table) and isinstance(node.this, exp.Identifier) and ("/" in node.name or "." in node.name or ":" in node.name):
            names.add("file_path_table")
    return names


def _targets(statement: exp.Expression) -> list[exp.Table]:
    """The tables a statement changes."""
    if isinstance(statement, (exp.Drop, exp.TruncateTable)):
        found = statement.args.get("tables") or statement.expressions
        return [t for t in found if isinstance(t, exp.Table)]
    target = statement.this
    if isinstance(target, exp.Schema):
        target = target.this
    return [target] if isinstance(target, exp.Table) else []


def _always_true(where: exp.Expression | None) -> bool:
    if where is None:
        return True
    condition = where.this
    if isinstance(condition, exp.Boolean):
        return bool(condition.this)
    if isinstance(condition, exp.EQ) and isinstance(condition.this, exp.Literal) and condition.this == condition.expression:
        return True
    if isinstance(condition, exp.EQ) and isinstance(condition.this, exp.Column) and condition.this == condition.expression:
        return True
    return False


def _protected(table: exp.Table, default_schema: str, protected: list[str]) -> bool:
    schema = (table.db or default_schema).lower()
    return any(fnmatch.fnmatchcase(schema, p.lower()) for p in protected)


def judge(statement: exp.Expression, dialect: str, protected_schemas: list[str], default_schema: str = "main") -> Decision:
    """Decide on one parsed statement with the default rules."""
    fp = fingerprint(statement, dialect)
    kind = statement_kind(statement)

    def block(rule: str, reason: str) -> Decision:
        return Decision("block", kind, rule, reason, fp)

    if kind is StatementKind.ADMIN:
        return block("no-administration", f"{type(statement).__name__.upper()} statements administer the database")
    external = _function_names(statement) & (EXTERNAL_FUNCTIONS | {"table_function", "file_path_table"})
    if external:
        return block("no-external-access", f"it reaches outside the database through {sorted(external)}")
    if kind is StatementKind.SCHEMA:
        targets = _targets(statement)
        if not targets:
            return block("protected-schema", f"{type(statement).__name__.upper()} whose target cannot be resolved")
        for table in targets:
            if _protected(table, default_schema, protected_schemas):
                return block(
                    "protected-schema",
                    f"{type(statement).__name__.upper()} on protected schema {(table.db or default_schema)!r}",
                )
    for node in statement.walk():
        if isinstance(node, (exp.Update, exp.Delete)) and _always_true(node.args.get("where")):
            return block("unbounded-write", f"{type(node).__name__.upper()} without a WHERE clause that limits it")
    return Decision("allow", kind, "default", "allowed by the default rules", fp)


def decide(sql: str, dialect: str, protected_schemas: list[str], default_schema: str = "main") -> Decision:
    """Decide on a statement string; a multi-statement string is blocked when any of its statements is, and is
    refused as a whole otherwise (the governed path runs one statement per call).

    Raises:
        UnparseableStatement: the text does not parse.
    """
    statements = parse_statements(sql, dialect)
    decisions = [judge(s, dialect, protected_schemas, default_schema) for s in statements]
    blocked = next((d for d in decisions if not d.allowed), None)
    if blocked is not None:
        return blocked
    if len(decisions) > 1:
        return Decision("block", decisions[0].kind, "one-statement", "send one statement per call", decisions[0].fingerprint)
    return decisions[0]
