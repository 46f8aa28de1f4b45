"""Read views through their definitions, so that masking follows a view to the tables it reads.

A view's columns are computed from stored tables (``CREATE VIEW v AS SELECT reverse(email) AS r FROM customers``):
classified by their own names and values, they could look harmless while carrying a real e-mail. Every view a
statement reads from is therefore replaced by its definition, as a subquery under the view's name, before the
masking rewrite or the write check looks at it; views over views are followed to the stored tables.

Example:
    >>> import sqlglot
    >>> schema = {"main": {"customers": {"email": "TEXT"}, "v": {"r": "TEXT"}}}
    >>> views = {"main.v": "SELECT reverse(email) AS r FROM customers"}
    >>> expand_views(sqlglot.parse_one("SELECT r FROM v", read="duckdb"), views, schema, "duckdb", "main").sql("duckdb")
    'SELECT r FROM (SELECT REVERSE(email) AS r FROM main.customers) AS v'
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from governance_dagster.errors import LineageError
from governance_dagster.rules import Rule

#: How deep views over views are followed before the statement is refused (a cycle, or a pathological chain).
MAX_DEPTH = 16
#: Where a table can be read from (not where a write puts rows).
_SOURCE_PARENTS = (exp.From, exp.Join, exp.Lateral)


def view_definition(definition: str, dialect: str) -> tuple[exp.Query, list[str]]:
    """The query of a view definition, given as ``CREATE VIEW ... AS <query>`` (DuckDB) or the query (PostgreSQL),
    and the view's column list (DuckDB keeps ``CREATE VIEW v (x, y)`` in the definition; the list renames the
    query's first columns by position), or none.

    Example:
        >>> query, columns = view_definition("CREATE VIEW v (x) AS SELECT a, b FROM t", "duckdb")
        >>> query.sql(), columns
        ('SELECT a, b FROM t', ['x'])

    Raises:
        LineageError: the definition does not parse as a query.
    """
    try:
        parsed = sqlglot.parse_one(definition, read=dialect)
    except SqlglotError:
        parsed = None
    query = parsed.expression if isinstance(parsed, exp.Create) else parsed
    if not isinstance(query, exp.Query):
        raise LineageError(
            "statement refused: it reads a view whose definition cannot be parsed, so the tables behind it are "
            "unknown; read the tables themselves", rule=Rule.UNKNOWN_LINEAGE)
    target = parsed.this if isinstance(parsed, exp.Create) else None
    columns = [c.name for c in target.expressions] if isinstance(target, exp.Schema) else []
    return query, columns


def expand_views(
    statement: exp.Expression, views: dict[str, str], schema: dict, dialect: str, default_schema: str
) -> exp.Expression:
    """``statement`` with every view it reads from replaced by the view's query (a copy; the input is unchanged).

    Args:
        statement: a parsed statement.
        views: ``schema.view`` -> definition, as :meth:`Database.views` gives them.
        schema: ``{schema: {table: {column: type}}}``, to resolve unqualified names inside a definition.
        dialect: sqlglot dialect name.
        default_schema: the schema unqualified names of the statement resolve to.

    Raises:
        LineageError: a definition does not parse, or views nest deeper than :data:`MAX_DEPTH` (a cycle).
    """
    if not views:
        return statement
    known = {name.lower(): name for name in views}
    result = statement.copy()
    for _ in range(MAX_DEPTH):
        ctes = {cte.alias_or_name.lower() for cte in result.find_all(exp.CTE)}
        found = [
            (table, known[name])
            for table in result.find_all(exp.Table)
            if isinstance(table.parent, _SOURCE_PARENTS) and isinstance(table.this, exp.Identifier)
            and not (not table.db and table.name.lower() in ctes)
            and (name := f"{table.db or default_schema}.{table.name}".lower()) in known
        ]
        if not found:
            return result
        for table, view in found:
            query, columns = view_definition(views[view], dialect)
            query = _qualified_tables(query, view.split(".", 1)[0], schema, dialect, default_schema)
            table.replace(exp.Subquery(this=query, alias=_view_alias(table, columns)))
    raise LineageError(
        f"statement refused: it reads views nested more than {MAX_DEPTH} deep (or in a cycle); read the tables "
        "themselves", rule=Rule.UNKNOWN_LINEAGE)


def _view_alias(reference: exp.Table, columns: list[str]) -> exp.TableAlias:
    """The alias the subquery that replaces a view reference gets: the reference's name, and the column names both
    lists give by position (the reference's own list, ``FROM v AS z(a, b)``, renames the view's, which rename the
    query's first columns); sqlglot's lineage follows a subquery's column list."""
    alias = reference.args.get("alias")
    renamed = [c.name for c in alias.columns] if alias is not None else []
    names = renamed + columns[len(renamed):]
    return exp.TableAlias(this=exp.to_identifier(reference.alias_or_name),
                          columns=[exp.to_identifier(name) for name in names])


def _qualified_tables(query: exp.Query, view_schema: str, schema: dict, dialect: str, default_schema: str) -> exp.Query:
    """Give the unqualified tables of a view's query the schema they resolve to: DuckDB looks in the view's own
    schema first, PostgreSQL's stored definitions are relative to the search path (the default schema)."""
    order = [view_schema, default_schema] if dialect == "duckdb" else [default_schema, view_schema]
    lowered = {s.lower(): {t.lower() for t in tables} for s, tables in schema.items()}
    ctes = {cte.alias_or_name.lower() for cte in query.find_all(exp.CTE)}
    for table in query.find_all(exp.Table):
        if table.db or not isinstance(table.this, exp.Identifier) or table.name.lower() in ctes:
            continue
        home = next((s for s in order if table.name.lower() in lowered.get(s.lower(), ())), None)
        if home is not None:
            table.set("db", exp.to_identifier(home))
    return query
