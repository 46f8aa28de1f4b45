"""What a write or schema statement reads of masked columns.

``execute()`` runs writes as they are: the masking rewrite only replaces tables in queries. A write that reads a
masked column would copy its raw value somewhere a later query reads it unmasked (``CREATE TABLE scratch.c AS
SELECT reverse(email) AS r FROM customers``, ``INSERT INTO ... SELECT``, ``CREATE VIEW``, ``UPDATE ... SET x =
(SELECT ssn ...)``, ``RETURNING``, ``ALTER TABLE ... RENAME COLUMN`` out of the classifier's sight), or a condition
would probe it through the row count. This module finds those reads so the gateway can refuse them.

Columns are matched by name against the masked columns of every stored table the statement reads (not the table an
INSERT or CREATE fills), so a column of another table with the same name counts too: conservative, never lenient.

Example:
    >>> import sqlglot
    >>> from governance_dagster.policy.models import MaskSpec
    >>> schema = {"main": {"customers": {"id": "INT", "email": "TEXT"}}}
    >>> masks = {"main.customers": {"email": ColumnMask(Kind.EMAIL, MaskSpec(operator="hash"))}}
    >>> sql = "CREATE TABLE scratch.c AS SELECT id, email FROM customers WHERE email LIKE 'a%'"
    >>> [(r.column, r.condition) for r in masked_reads(sqlglot.parse_one(sql), schema, masks.get, "duckdb", "main")]
    [('email', False), ('email', True)]
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from sqlglot import exp
from sqlglot.optimizer.normalize_identifiers import normalize_identifiers

from governance_dagster.errors import LineageError
from governance_dagster.governed.masking.rewrite import ColumnMask
from governance_dagster.kinds import Kind
from governance_dagster.rules import Rule
from governance_dagster.sql.lineage import is_condition_edge, renames_by_position

__all__ = ["MaskedRead", "masked_reads"]


@dataclass(frozen=True)
class MaskedRead:
    """One reference of a write statement to a masked column."""

    table: str  # schema.table, as the database spells it
    column: str
    kind: Kind
    #: only compared in a condition (WHERE, JOIN ... ON, HAVING, QUALIFY, FILTER, MERGE ... ON), never stored.
    condition: bool


_UNTRACEABLE = (exp.Columns, exp.PositionalColumn, exp.TableColumn)


def _filled_tables(statement: exp.Expression) -> list[exp.Table]:
    """The tables an INSERT, CREATE or SELECT INTO fills (they are written, not read; an INSERT with ON CONFLICT
    reads its target's existing rows, so that one counts as read)."""
    found = []
    nodes = [statement.args.get("into")] if isinstance(statement.args.get("into"), exp.Into) else []
    nodes += [n for n in statement.walk()
              if isinstance(n, exp.Create) or (isinstance(n, exp.Insert) and not n.args.get("conflict"))]
    for node in nodes:
        target = node.this
        if isinstance(target, exp.Schema):
            target = target.this
        if isinstance(target, exp.Table):
            found.append(target)
    return found


def _reads_rows(table: exp.Table) -> bool:
    """Whether a table reference reads rows: a query's FROM or join, an UPDATE's FROM, a DELETE's or MERGE's USING
    (not a target, nor a table a schema statement names)."""
    parent = table.parent
    return isinstance(parent, (exp.From, exp.Join)) or (
        isinstance(parent, (exp.Delete, exp.Merge)) and table.arg_key == "using")


def unknown_sources(
    statement: exp.Expression,
    schema: dict,
    dialect: str,
    default_schema: str,
    catalogs: Collection[str] = (),
) -> list[str]:
    """``schema.table`` of every relation a write or schema statement reads rows from that ``schema`` does not hold:
    a system view (PostgreSQL's ``pg_stats``, whose histograms and most common values are sampled raw values of
    every column, DuckDB's ``duckdb_views``), a materialized view. What the governed catalog does not hold has no
    masks to check, so a write could copy it anywhere.

    Example:
        >>> import sqlglot
        >>> sql = "CREATE TABLE s.c AS SELECT histogram_bounds FROM pg_stats JOIN customers USING (id)"
        >>> unknown_sources(sqlglot.parse_one(sql, read="postgres"), {"public": {"customers": {}}}, "postgres", "public")
        ['public.pg_stats']
    """
    from governance_dagster.governed.guardrails import _table_name

    tree = normalize_identifiers(statement.copy(), dialect=dialect)
    known = {f"{s}.{t}".lower() for s, tables in schema.items() for t in tables}
    ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
    found = set()
    for table in tree.find_all(exp.Table):
        if not isinstance(table.this, exp.Identifier) or not _reads_rows(table) or (
                not table.db and table.name.lower() in ctes):
            continue
        name = _table_name(table, default_schema.lower(), catalogs)
        if name.lower() not in known:
            found.add(name)
    return sorted(found)


def _is_assignment_target(column: exp.Column) -> bool:
    """``email`` in ``SET email = ...``: a column written, not read."""
    parent = column.parent
    return isinstance(parent, exp.EQ) and column.arg_key == "this" and isinstance(parent.parent, (exp.Update, exp.OnConflict))


def _is_inert(column: exp.Column) -> bool:
    """A column named in a way that reads no value: dropped, or indexed."""
    return column.find_ancestor(exp.IndexParameters) is not None or (
        isinstance(column.parent, exp.Drop) and column.arg_key == "tables")


def _in_condition(node: exp.Expression) -> bool:
    while node.parent is not None:
        if is_condition_edge(node) or (isinstance(node.parent, exp.Merge) and node.arg_key == "on"):
            return True
        node = node.parent
    return False


def masked_reads(
    statement: exp.Expression,
    schema: dict,
    masks_for: Callable[[str], dict[str, ColumnMask] | None],
    dialect: str,
    default_schema: str,
    catalogs: Collection[str] = (),
) -> list[MaskedRead]:
    """Every reference of a write or schema statement to a masked column of a stored table it reads.

    Args:
        statement: the parsed statement (not changed).
        schema: ``{schema: {table: {column: type}}}`` of the database.
        masks_for: the masks of one ``schema.table`` (columns whose operator is not ``keep``).
        dialect: sqlglot dialect name.
        default_schema: the schema unqualified tables resolve to.
        catalogs: names that, as the first part of a two-part table name, mean the default schema (DuckDB).

    Raises:
        LineageError: it reads a table with masked columns through a construct that does not name the columns
            (``*``, ``COLUMNS(...)``, ``#n``, a whole row as a value, a column alias list that renames them by
            position), rule ``unknown-lineage``.
    """
    from governance_dagster.governed.guardrails import _table_name

    tree = normalize_identifiers(statement.copy(), dialect=dialect)
    canonical = {f"{s}.{t}".lower(): f"{s}.{t}" for s, tables in schema.items() for t in tables}
    filled = {id(t) for t in _filled_tables(tree)}
    #: alias or name in the statement -> (schema.table, lower-cased column -> (column, mask))
    sensitive: dict[str, tuple[str, dict[str, tuple[str, ColumnMask]]]] = {}
    for table in tree.find_all(exp.Table):
        if id(table) in filled or not isinstance(table.this, exp.Identifier):
            continue
        name = canonical.get(_table_name(table, default_schema.lower(), catalogs).lower())
        masks = {c.lower(): (c, m) for c, m in (masks_for(name) or {}).items()} if name else {}
        if masks and renames_by_position(table):
            raise LineageError(
                f"statement refused: it renames the columns of {name} by position (`AS x(a, b)`), so which masked "
                "columns it copies cannot be traced; name the columns it needs (`SELECT a AS x ...`)",
                rule=Rule.UNKNOWN_LINEAGE,
            )
        if masks:
            sensitive[table.alias_or_name.lower()] = (name, masks)
            sensitive.setdefault(table.name.lower(), (name, masks))
    if not sensitive:
        return []
    found: list[MaskedRead] = []
    for node in tree.walk():
        if isinstance(node, _UNTRACEABLE) or (isinstance(node, exp.Star) and not isinstance(node.parent, exp.Count)):
            raise LineageError(
                "statement refused: it reads a table with masked columns through *, COLUMNS(...), #n or a whole "
                "row, which would copy them unmasked; name the columns it needs",
                rule=Rule.UNKNOWN_LINEAGE,
            )
        if not isinstance(node, exp.Column) or _is_assignment_target(node) or _is_inert(node):
            continue
        column, qualifier = node.name.lower(), node.table.lower()
        if qualifier:
            candidates = [sensitive[qualifier]] if qualifier in sensitive else []
        else:
            candidates = list({id(v): v for v in sensitive.values()}.values())
            if column in sensitive and not any(column in masks for _, masks in candidates):
                raise LineageError(
                    f"statement refused: it reads the whole row of {sensitive[column][0]} as one value, which would "
                    "copy its masked columns unmasked; name the columns it needs",
                    rule=Rule.UNKNOWN_LINEAGE,
                )
        for table_name, masks in candidates:
            if column in masks:
                original, mask = masks[column]
                found.append(MaskedRead(table_name, original, mask.kind, _in_condition(node)))
    return found
