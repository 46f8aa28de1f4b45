"""Column lineage of a query, from sqlglot: which source columns feed each output column.

Example:
    >>> schema = {"main": {"t": {"id": "INT", "email": "TEXT"}}}
    >>> q = qualify_query(sqlglot.parse_one("select lower(email) as e from t", read="duckdb"), schema, "duckdb", "main")
    >>> column_lineage(q, schema, "duckdb")
    {'e': [('main.t', 'email')]}
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.lineage import lineage
from sqlglot.optimizer.qualify import qualify
from sqlglot.optimizer.scope import build_scope

from governance_dagster.errors import LineageError
from governance_dagster.rules import Rule

SourceColumn = tuple[str, str]
"""(``schema.table``, column)."""


def qualify_query(query: exp.Expression, schema: dict, dialect: str, default_schema: str) -> exp.Expression:
    """Expand ``*`` and qualify every column with its table, or refuse.

    Raises:
        LineageError: a column or table cannot be resolved against the schema.
    """
    try:
        return qualify(
            query.copy(),
            schema=schema,
            dialect=dialect,
            db=default_schema,
            validate_qualify_columns=True,
            quote_identifiers=True,
            identify=True,
        )
    except SqlglotError as exc:
        raise LineageError(
            f"statement refused: its columns cannot be resolved against the database schema ({scrub_sqlglot(exc)}); "
            "name columns that exist and qualify ambiguous ones with their table",
            rule=Rule.UNKNOWN_LINEAGE,
        ) from None


#: Constructs that read columns without naming them: sqlglot cannot say which stored columns they carry.
_UNTRACEABLE: dict[type[exp.Expression], str] = {
    exp.TableColumn: "a whole row as one value",
    exp.Columns: "COLUMNS(...)",
    exp.PositionalColumn: "a positional column reference (#n)",
}


def refuse_untraceable(qualified: exp.Expression) -> None:
    """Refuse a qualified query that reads columns without naming them (a row value, ``COLUMNS(...)``, ``#n``, ``*``
    inside an expression other than ``count(*)``): their lineage, and so their masking, cannot be established.

    Example:
        >>> schema = {"main": {"t": {"id": "INT", "notes": "TEXT"}}}
        >>> refuse_untraceable(qualify_query(sqlglot.parse_one("select t from t", read="duckdb"), schema, "duckdb", "main"))
        Traceback (most recent call last):
        ...
        governance_dagster.errors.LineageError: statement refused: it reads a whole row as one value, whose columns cannot be traced to their sources; name the columns it needs
    """
    for node in qualified.walk():
        what = next((text for kind, text in _UNTRACEABLE.items() if isinstance(node, kind)), None)
        if what is None and renames_by_position(node):
            what = "a table's columns renamed by position (`FROM t AS x(a, b)`)"
        if what is None and isinstance(node, exp.Star) and not isinstance(node.parent, exp.Count):
            top_level = isinstance(node.parent, exp.Select) or isinstance(node.parent.parent, exp.Select)
            what = "a * over a source whose columns are not known" if top_level else "* inside an expression"
        if what is not None:
            raise LineageError(
                f"statement refused: it reads {what}, whose columns cannot be traced to their sources; "
                "name the columns it needs",
                rule=Rule.UNKNOWN_LINEAGE,
            )


def renames_by_position(node: exp.Expression) -> bool:
    """Whether ``node`` is a table or CTE reference with a column alias list (``customers AS c(a, b)``): the list
    renames the columns by their position, which sqlglot's lineage does not follow (it would trace ``c.b`` to a column
    named ``b``). A subquery's alias list, and a CTE's own (``WITH t(a, b) AS ...``), are followed."""
    alias = node.args.get("alias") if isinstance(node, exp.Table) else None
    return alias is not None and bool(alias.columns) and isinstance(node.this, exp.Identifier)


def unique_output_names(qualified: exp.Expression) -> None:
    """Rename repeated output columns in place (``notes``, ``notes_1``, ...) so each has a lineage of its own, and
    both dialects return the same names (DuckDB would add the suffix itself, PostgreSQL would repeat the name).

    Example:
        >>> schema = {"main": {"t": {"id": "INT", "notes": "TEXT"}}}
        >>> q = qualify_query(sqlglot.parse_one("select a.notes, b.notes from t a, t b", read="duckdb"), schema, "duckdb", "main")
        >>> unique_output_names(q)
        >>> [s.alias for s in q.selects]
        ['notes', 'notes_1']
    """
    taken = {select.alias_or_name.lower() for select in qualified.selects}
    seen: set[str] = set()
    for select in qualified.selects:
        name = select.alias_or_name
        if name.lower() in seen:
            suffix = 1
            while f"{name}_{suffix}".lower() in taken:
                suffix += 1
            name = f"{name}_{suffix}"
            taken.add(name.lower())
            if isinstance(select, exp.Alias):
                select.set("alias", exp.to_identifier(name, quoted=True))
            else:
                select.replace(exp.alias_(select, name, quoted=True))
        seen.add(name.lower())


def scrub_sqlglot(exc: Exception) -> str:
    """sqlglot's message, first line only and without quoted literals."""
    from governance_dagster.store.database import scrub

    return scrub(str(exc))


def column_lineage(qualified: exp.Expression, schema: dict, dialect: str) -> dict[str, list[SourceColumn]]:
    """Map each output column of a qualified query to the source columns it is computed from.

    Raises:
        LineageError: sqlglot cannot build the lineage.
    """
    qualified = qualified.copy()  # sqlglot's lineage re-parents nodes of the scope it is given
    try:
        nodes = lineage(None, qualified, schema, dialect=dialect, scope=build_scope(qualified), copy=True)
    except (SqlglotError, KeyError, AttributeError, TypeError) as exc:
        raise LineageError(
            f"statement refused: column lineage cannot be established ({type(exc).__name__}); "
            "simplify the query or name its output columns",
            rule=Rule.UNKNOWN_LINEAGE,
        ) from None
    result: dict[str, list[SourceColumn]] = {}
    for name, node in nodes.items():
        sources: set[SourceColumn] = set()
        for leaf in node.walk():
            if not leaf.downstream and isinstance(leaf.source, exp.Placeholder):
                # sqlglot could not find where this column comes from (a LATERAL subquery, say): without its
                # sources the output would be neither reported as masked nor scanned as free text
                raise LineageError(
                    f"statement refused: the sources of output column {name!r} cannot be traced (a LATERAL "
                    "subquery or another construct sqlglot's lineage does not follow); write it as a join or a "
                    "subquery in FROM",
                    rule=Rule.UNKNOWN_LINEAGE,
                )
            if leaf.downstream or not isinstance(leaf.source, exp.Table):
                continue
            table = leaf.source
            column = leaf.expression.name if isinstance(leaf.expression, exp.Column) else sqlglot.parse_one(leaf.name).name
            sources.add((f"{table.db}.{table.name}", column))
        result[name] = sorted(sources)
    return result


def _sources_of_column(scope, column: exp.Column, seen: set[int] | None = None,  # noqa: ANN001
                       values_only: bool = False) -> set[SourceColumn]:
    """The stored columns a qualified column reference is computed from, following CTEs and subqueries; with
    ``values_only``, not those a CTE or subquery only compares (``email LIKE 'x' AS hit`` carries no e-mail)."""
    from sqlglot.optimizer.scope import Scope

    seen = seen if seen is not None else set()
    while column.table not in scope.sources and scope.parent is not None:
        scope = scope.parent  # a correlated reference to an enclosing query's table
    source = scope.sources.get(column.table)
    if isinstance(source, exp.Table):
        return {(f"{source.db}.{source.name}", column.name)}
    if isinstance(source, Scope) and id(source) not in seen:
        seen.add(id(source))
        found: set[SourceColumn] = set()
        branches = source.set_operation_scopes or [source]
        for branch in branches:
            for select in branch.expression.selects:
                if select.alias_or_name == column.name:
                    for inner in select.find_all(exp.Column):
                        if not (values_only and _in_condition(inner, branch.expression)):
                            found |= _sources_of_column(branch, inner, seen, values_only)
        return found
    return set()


#: Aggregates whose result is one of the values they read, so a scan of the result sees a whole value.
_VALUE_PRESERVING = (exp.Max, exp.Min, exp.AnyValue, exp.First, exp.Last)


def _selected_as_is(column: exp.Column, select: exp.Expression) -> bool:
    """Whether ``column`` is an output of ``select`` as it is (or through max/min/any_value/first/last)."""
    node: exp.Expression = column
    if isinstance(node.parent, _VALUE_PRESERVING) and node.arg_key == "this":
        node = node.parent
    if isinstance(node.parent, exp.Alias):
        node = node.parent
    return node.parent is select and node.arg_key == "expressions"


def is_condition_edge(node: exp.Expression) -> bool:
    """Whether ``node`` sits directly in a condition: a WHERE (also an aggregate's ``FILTER (WHERE ...)``), HAVING,
    QUALIFY, or a JOIN's ON."""
    return isinstance(node.parent, (exp.Where, exp.Having, exp.Qualify)) or (
        isinstance(node.parent, exp.Join) and node.arg_key == "on")


#: Expressions that compare their operands and return only a truth value (or, for a simple CASE's operand and an
#: IF's condition, use the comparison to pick another value): a column inside one is a predicate wherever it is.
_COMPARISONS = (exp.Predicate, exp.Connector, exp.Not, exp.StartsWith, exp.EndsWith, exp.Contains)
#: Expressions that compare their operands and return one of them: a column inside one is compared and carried.
_CARRYING_COMPARISONS = (exp.Nullif, exp.Greatest, exp.Least)


def is_comparison_edge(node: exp.Expression) -> bool:
    """Whether ``node`` is an operand of a comparison that returns only its outcome: ``=``, ``LIKE``, ``IN``,
    ``BETWEEN``, ``IS [NOT] DISTINCT FROM``, ``AND``/``OR``/``NOT``, ``starts_with``..., a CASE's WHEN or simple
    operand, an IF/IIF's condition; or a condition edge (:func:`is_condition_edge`).

    Example:
        >>> q = sqlglot.parse_one("select sum(case when a = 'Sunday' then 1 else 0 end), case b when 'x' then c end from t")
        >>> sorted((c.name, is_comparison_edge(c)) for c in q.find_all(exp.Column))
        [('a', True), ('b', True), ('c', False)]
    """
    parent = node.parent
    return (is_condition_edge(node) or isinstance(parent, _COMPARISONS)
            or (isinstance(parent, exp.Case) and node.arg_key == "this")
            or (isinstance(parent, exp.If) and node.arg_key == "this"))


def comparison_context(node: exp.Expression, select: exp.Expression | None = None) -> str | None:
    """``"compared"`` when ``node`` only feeds a comparison or condition of ``select`` (of any enclosing query when
    ``select`` is None), ``"carried"`` when a NULLIF, GREATEST or LEAST compares it and may return it as its value,
    None when nothing compares it.

    Example:
        >>> q = sqlglot.parse_one("select nullif(a, 'x'), nullif(b, 'x') = 'y', c from t")
        >>> sorted((c.name, comparison_context(c)) for c in q.find_all(exp.Column) if c.name != "c")
        [('a', 'carried'), ('b', 'compared')]
    """
    carried = False
    while node.parent is not None and node.parent is not select:
        if is_comparison_edge(node):
            return "compared"
        carried = carried or isinstance(node.parent, _CARRYING_COMPARISONS)
        node = node.parent
    return "carried" if carried else None


def _in_condition(column: exp.Expression, select: exp.Expression | None = None) -> bool:
    """Whether ``column`` only feeds a comparison or condition (:func:`comparison_context`) of ``select``, or of any
    enclosing query when ``select`` is None."""
    return comparison_context(column, select) == "compared"


def _scopes(qualified: exp.Expression) -> list:
    """Every scope of a qualified query, or a refusal when sqlglot cannot build them."""
    from sqlglot.optimizer.scope import traverse_scope

    try:
        return list(traverse_scope(qualified))
    except SqlglotError as exc:
        raise LineageError(f"statement refused: its scopes cannot be built ({type(exc).__name__})", rule=Rule.UNKNOWN_LINEAGE) from None


def computed_sources(qualified: exp.Expression) -> set[SourceColumn]:
    """The stored columns a query computes with rather than selects as they are: inside an expression, a window,
    ORDER BY, GROUP BY or DISTINCT ON, in any scope (conditions are :func:`predicate_sources`' business). A GROUP BY
    key that the same SELECT also outputs as it is groups whole values, as ``SELECT DISTINCT`` does, and is not
    computed with (:func:`_grouped_as_selected`).

    Example:
        >>> schema = {"main": {"t": {"id": "INT", "notes": "TEXT"}}}
        >>> sql = "select id, max(notes) from t order by substr(notes, 1, 3)"
        >>> computed_sources(qualify_query(sqlglot.parse_one(sql, read="duckdb"), schema, "duckdb", "main"))
        {('main.t', 'notes')}

    Raises:
        LineageError: sqlglot cannot build the scopes.
    """
    scopes = _scopes(qualified)
    found: set[SourceColumn] = set()
    for scope in scopes:
        select = scope.expression
        for column in scope.columns:
            if not (_selected_as_is(column, select) or _in_condition(column, select)
                    or _grouped_as_selected(column, select)):
                found |= _sources_of_column(scope, column)
        found |= _sources_of_ordered_outputs(scope)
    return found


def _grouped_as_selected(column: exp.Column, select: exp.Expression) -> bool:
    """Whether ``column`` is a bare key of ``select``'s GROUP BY that ``select`` also outputs as it is: each group
    is then one whole stored value, output whole, and tells rows apart no more than ``SELECT DISTINCT`` of it.

    Example:
        >>> q = sqlglot.parse_one("select notes, count(*) from t group by notes, substr(code, 1, 2)")
        >>> sorted((c.name, _grouped_as_selected(c, q)) for c in q.args["group"].find_all(exp.Column))
        [('code', False), ('notes', True)]
    """
    if not (isinstance(column.parent, exp.Group) and column.arg_key == "expressions"):
        return False
    outputs = [s.this if isinstance(s, exp.Alias) else s for s in getattr(select, "selects", [])]
    outputs = [o.this if isinstance(o, _VALUE_PRESERVING) else o for o in outputs]
    return any(isinstance(o, exp.Column) and (o.table, o.name) == (column.table, column.name) for o in outputs)


#: Operators and aggregates that compute with numbers: a text value inside one is an error or a wrong number.
_ARITHMETIC = (exp.Add, exp.Sub, exp.Mul, exp.Div, exp.IntDiv, exp.Mod, exp.Pow, exp.Neg, exp.Sum, exp.Avg,
               exp.Stddev, exp.StddevPop, exp.StddevSamp, exp.Variance, exp.VariancePop)


def _used_as_number(column: exp.Column) -> bool:
    """Whether ``column`` is an operand of arithmetic or a numeric aggregate (through parentheses and casts), or
    is cast to a number."""
    node: exp.Expression = column
    while isinstance(node.parent, (exp.Paren, exp.Cast)):
        if isinstance(node.parent, exp.Cast) and node.parent.to.is_type(*exp.DataType.NUMERIC_TYPES):
            return True
        node = node.parent
    return isinstance(node.parent, _ARITHMETIC)


def _passed_through(scope, column: exp.Column, seen: set[int]) -> set[SourceColumn]:  # noqa: ANN001
    """The stored column ``column`` is, as it is, through CTEs and subqueries that select it unchanged."""
    from sqlglot.optimizer.scope import Scope

    while column.table not in scope.sources and scope.parent is not None:
        scope = scope.parent
    source = scope.sources.get(column.table)
    if isinstance(source, exp.Table):
        return {(f"{source.db}.{source.name}", column.name)}
    found: set[SourceColumn] = set()
    if isinstance(source, Scope) and id(source) not in seen:
        seen.add(id(source))
        for branch in source.set_operation_scopes or [source]:
            for select in branch.expression.selects:
                inner = select.this if isinstance(select, exp.Alias) else select
                if select.alias_or_name == column.name and isinstance(inner, exp.Column):
                    found |= _passed_through(branch, inner, seen)
    return found


def arithmetic_sources(qualified: exp.Expression) -> set[SourceColumn]:
    """The stored columns a query computes numbers with, as they are (``d_year - birth_year``, ``avg(age)``,
    ``CAST(code AS INT)``), also through a CTE or subquery that selects them unchanged; not in conditions and
    comparisons, which are :func:`predicate_sources`' business (compared raw with a grant, refused without).

    Example:
        >>> schema = {"main": {"t": {"id": "INT", "birth_year": "INT"}}}
        >>> sql = "with c as (select birth_year as y from t) select avg(2024 - y) from c"
        >>> arithmetic_sources(qualify_query(sqlglot.parse_one(sql, read="duckdb"), schema, "duckdb", "main"))
        {('main.t', 'birth_year')}

    Raises:
        LineageError: sqlglot cannot build the scopes.
    """
    compared = {id(column) for _scope, column in _predicate_columns(qualified)}
    found: set[SourceColumn] = set()
    for scope in _scopes(qualified):
        for column in scope.columns:
            if _used_as_number(column) and id(column) not in compared:
                found |= _passed_through(scope, column, set())
    return found


def _sources_of_ordered_outputs(scope) -> set[SourceColumn]:  # noqa: ANN001
    """Sources of the outputs that ORDER BY names (``ORDER BY n``) or takes all of (``ORDER BY ALL``): the scope's own
    columns do not include these references. ``GROUP BY ALL`` groups by the outputs that are not aggregates, which
    are either selected as they are (whole values, as ``SELECT DISTINCT``) or computed already."""
    select = scope.expression
    if isinstance(select, exp.SetOperation):
        return _sources_of_set_operation_order(scope)
    if not isinstance(select, exp.Select):
        return set()
    outputs = {s.alias_or_name: s for s in select.selects}
    order = select.args.get("order") or exp.Order()
    if any(isinstance(o.this, exp.Var) and o.this.name.upper() == "ALL" for o in order.expressions):
        used = list(outputs.values())
    else:
        used = [outputs[c.name] for c in order.find_all(exp.Column) if not c.table and c.name in outputs]
    return {source for output in used for inner in output.find_all(exp.Column) for source in _sources_of_column(scope, inner)}


def unread_by_exists(column: exp.Expression, select: exp.Expression) -> bool:
    """Whether ``column`` sits in the select list of ``select``, a query that only EXISTS / NOT EXISTS tests: EXISTS
    asks whether a row is there and never reads what the row holds, so ``EXISTS (SELECT * ...)``, ``SELECT 1`` or
    ``SELECT notes`` read no value (the query's WHERE, GROUP BY, HAVING, QUALIFY and joins still do, and so does a
    query nested in its select list, conservatively).

    Example:
        >>> q = sqlglot.parse_one("select a from t where exists (select b from u where u.c = t.a)")
        >>> inner = q.find(exp.Exists).this
        >>> sorted((c.name, unread_by_exists(c, inner)) for c in inner.find_all(exp.Column))
        [('a', False), ('b', True), ('c', False)]
    """
    if not (isinstance(select, exp.Select) and isinstance(select.parent, exp.Exists)):
        return False
    node = column
    while node.parent is not None and node.parent is not select:
        node = node.parent
    return node.parent is select and node.arg_key == "expressions"


def _compared_columns(qualified: exp.Expression):  # noqa: ANN202 - yields (scope, column, "compared"/"carried")
    scopes = _scopes(qualified)
    for scope in scopes:
        # a query nested in a condition (``WHERE (SELECT max(notes) ...) LIKE '%0187%'``, ``x IN (SELECT ...)``)
        # only feeds that condition: every column it reads is compared, except what an EXISTS does not read
        enclosing = comparison_context(scope.expression)
        for column in scope.columns:
            if unread_by_exists(column, scope.expression):
                continue
            how = "compared" if enclosing == "compared" else comparison_context(column, scope.expression) or enclosing
            if how is not None:
                yield scope, column, how


def _predicate_columns(qualified: exp.Expression):  # noqa: ANN202 - yields (scope, column)
    for scope, column, how in _compared_columns(qualified):
        if how == "compared":
            yield scope, column


def predicate_sources(qualified: exp.Expression) -> set[SourceColumn]:
    """The stored columns that conditions and comparisons compare, in any scope and any clause: WHERE, JOIN ... ON,
    HAVING, QUALIFY, an aggregate's FILTER (WHERE ...), a CASE or IF condition, a comparison, LIKE, IN, BETWEEN or
    IS DISTINCT FROM anywhere (select list, ORDER BY, GROUP BY, window), everything a query nested in one reads,
    and the operands of NULLIF, GREATEST and LEAST.

    Example:
        >>> schema = {"main": {"t": {"id": "INT", "day": "TEXT"}}}
        >>> sql = "select sum(case when day = 'Sunday' then 1 else 0 end) from t"
        >>> predicate_sources(qualify_query(sqlglot.parse_one(sql, read="duckdb"), schema, "duckdb", "main"))
        {('main.t', 'day')}

    Raises:
        LineageError: sqlglot cannot build the scopes.
    """
    found: set[SourceColumn] = set()
    for scope, column, _how in _compared_columns(qualified):
        found |= _sources_of_column(scope, column)
    return found


#: Aggregates that return the value of their first argument on the row where their second is largest or smallest.
_ORDERED_BY_SECOND = (exp.ArgMax, exp.ArgMin)


def ordering_sources(qualified: exp.Expression) -> set[SourceColumn]:
    """The stored columns a query orders rows by, in any scope: an ORDER BY (by name, position or ``ALL``), a
    window's ORDER BY, an aggregate's own ORDER BY (``list(x ORDER BY y)``), and the key of ``arg_max``/``max_by``
    and their minimum twins; not a column that only feeds a comparison there (``ORDER BY email = 'x'`` orders by
    the outcome, a predicate: :func:`predicate_sources`). Ordered by a masked value, the rows, the window's numbers
    or the chosen value differ from the raw answer; the caller can tell only where the answer shows that column.

    Example:
        >>> schema = {"main": {"t": {"id": "INT", "ssn": "TEXT"}}}
        >>> sql = "select id, row_number() over (order by ssn) from t"
        >>> ordering_sources(qualify_query(sqlglot.parse_one(sql, read="duckdb"), schema, "duckdb", "main"))
        {('main.t', 'ssn')}

    Raises:
        LineageError: sqlglot cannot build the scopes.
    """
    found: set[SourceColumn] = set()
    for scope in _scopes(qualified):
        found |= _sources_in(scope, _orders_by)
        if isinstance(scope.expression, exp.Select) and scope.expression.args.get("order") is not None:
            found |= _sources_of_ordered_outputs(scope)
    return found


def _sources_in(scope, position: Callable[[exp.Column, exp.Expression], bool]) -> set[SourceColumn]:  # noqa: ANN001
    """The sources of the scope's columns that sit where ``position`` says (an ordering, a grouping), except those
    that only feed a comparison there (a predicate's business)."""
    select = scope.expression
    return {source for column in scope.columns
            if column.table and position(column, select) and not _in_condition(column, select)
            for source in _sources_of_column(scope, column)}


def grouping_sources(qualified: exp.Expression) -> set[SourceColumn]:
    """The stored columns a query groups rows by, in any scope: GROUP BY keys (also in ROLLUP, CUBE and GROUPING
    SETS, by name or position), a window's PARTITION BY, and what DISTINCT, DISTINCT ON and a UNION, INTERSECT or
    EXCEPT without ALL deduplicate by. Grouped by a masked value that merges values (a
    constant, a year), the groups, and every count and sum over them, differ from the raw answer; the caller can
    tell only where the answer shows that column.

    Example:
        >>> schema = {"main": {"t": {"id": "INT", "ssn": "TEXT"}}}
        >>> sql = "select count(*) from t group by ssn"
        >>> grouping_sources(qualify_query(sqlglot.parse_one(sql, read="duckdb"), schema, "duckdb", "main"))
        {('main.t', 'ssn')}

    Raises:
        LineageError: sqlglot cannot build the scopes.
    """
    found: set[SourceColumn] = set()
    for scope in _scopes(qualified):
        found |= _sources_in(scope, _groups_by)
        for branch, keys in _deduplicated(scope):
            found |= {source for key in keys for column in key.find_all(exp.Column)
                      for source in _sources_of_column(branch, column)}
    return found


def computed_grouping_sources(qualified: exp.Expression) -> set[SourceColumn]:
    """The stored columns a query groups rows by through a computation, in any scope: a GROUP BY, PARTITION BY or
    DISTINCT key that is an expression of them (``split_part(email, '@', 2)``), or a column a CTE or subquery
    computed from them. Computed from a masked value (a digest's domain part, a year's month), such a key merges
    or splits the groups whatever the mask keeps apart, so every count over them differs from the raw answer; a key
    that is the stored column as it is (also through CTEs that select it unchanged) is :func:`grouping_sources`'
    business.

    Example:
        >>> schema = {"main": {"t": {"id": "INT", "email": "TEXT"}}}
        >>> sql = "select split_part(email, '@', 2) as d, count(*) from t group by 1"
        >>> computed_grouping_sources(qualify_query(sqlglot.parse_one(sql, read="duckdb"), schema, "duckdb", "main"))
        {('main.t', 'email')}
        >>> sql = "select email, count(*) from t group by email"
        >>> computed_grouping_sources(qualify_query(sqlglot.parse_one(sql, read="duckdb"), schema, "duckdb", "main"))
        set()

    Raises:
        LineageError: sqlglot cannot build the scopes.
    """
    found: set[SourceColumn] = set()
    for scope in _scopes(qualified):
        select = scope.expression
        keyed = [(scope, key) for column in scope.columns if column.table and _groups_by(column, select)
                 and not _in_condition(column, select) for key in [_grouping_key(column, select)]]
        keyed += [(branch, key) for branch, keys in _deduplicated(scope) for key in keys]
        for where, key in keyed:
            found |= _computed_from(where, key)
    return found


def _grouping_key(column: exp.Column, select: exp.Expression) -> exp.Expression:
    """The whole GROUP BY or PARTITION BY key ``column`` sits in, below ``select``."""
    node: exp.Expression = column
    while node.parent is not None and node is not select and not isinstance(node.parent, exp.Group) and not (
            isinstance(node.parent, exp.Window) and node.arg_key == "partition_by"):
        node = node.parent
    return node


def _computed_from(scope, key: exp.Expression) -> set[SourceColumn]:  # noqa: ANN001
    """The stored columns ``key`` is computed from: all of its columns' sources unless it is one column as it is,
    then those a CTE or subquery computed it from."""
    bare = key.this if isinstance(key, exp.Alias) else key
    if isinstance(bare, exp.Column):
        return _sources_of_column(scope, bare) - _passed_through(scope, bare, set()) if bare.table else set()
    return {source for column in bare.find_all(exp.Column) if column.table and not _in_condition(column, bare)
            for source in _sources_of_column(scope, column)}


def _deduplicated(scope) -> list[tuple[Any, list[exp.Expression]]]:  # noqa: ANN001
    """The expressions a scope deduplicates rows by, with the scope they are read in: a SELECT DISTINCT's outputs,
    DISTINCT ON's keys, and every branch's outputs of a UNION, INTERSECT or EXCEPT without ALL."""
    select = scope.expression
    if isinstance(select, exp.SetOperation):
        return [(branch, list(branch.expression.selects)) for branch in _leaf_branches(scope)] \
            if select.args.get("distinct") else []
    distinct = select.args.get("distinct") if isinstance(select, exp.Select) else None
    if distinct is None:
        return []
    on = distinct.args.get("on")
    return [(scope, list(on.expressions) if on is not None else list(select.selects))]


def _groups_by(column: exp.Column, select: exp.Expression) -> bool:
    """Whether ``column`` sits, below ``select``, in its GROUP BY or in a window's PARTITION BY."""
    node: exp.Expression = column
    while node.parent is not None and node is not select:
        if isinstance(node.parent, exp.Group) or (isinstance(node.parent, exp.Window) and node.arg_key == "partition_by"):
            return True
        node = node.parent
    return False


def _orders_by(column: exp.Column, select: exp.Expression) -> bool:
    """Whether ``column`` sits, below ``select``, in an ORDER BY (the query's, a window's or an aggregate's) or is
    the key of an ``arg_max``-like aggregate."""
    node: exp.Expression = column
    while node.parent is not None and node is not select:
        if isinstance(node.parent, exp.Order) and node.arg_key == "expressions" or (
                isinstance(node.parent, exp.Window) and node.arg_key == "order"):
            return True
        if isinstance(node.parent, _ORDERED_BY_SECOND) and node.arg_key == "expression":
            return True
        node = node.parent
    return False


def carried_predicate_sources(qualified: exp.Expression) -> set[SourceColumn]:
    """The stored columns a NULLIF, GREATEST or LEAST both compares and may return (outside any comparison that
    would only use its outcome): evaluating the comparison on the raw value would return the raw value.

    Example:
        >>> schema = {"main": {"t": {"id": "INT", "day": "TEXT"}}}
        >>> q = qualify_query(sqlglot.parse_one("select nullif(day, 'Sunday') from t", read="duckdb"), schema, "duckdb", "main")
        >>> carried_predicate_sources(q)
        {('main.t', 'day')}

    Raises:
        LineageError: sqlglot cannot build the scopes.
    """
    found: set[SourceColumn] = set()
    for scope, column, how in _compared_columns(qualified):
        if how == "carried":
            found |= _sources_of_column(scope, column)
    return found


def indirect_predicate_sources(qualified: exp.Expression) -> set[SourceColumn]:
    """The stored columns a condition or comparison reaches through a CTE or subquery (``WITH c AS (SELECT email
    FROM t) SELECT count(*) FROM c WHERE email = 'x'``): the condition sees the value that query returns.

    Example:
        >>> schema = {"main": {"t": {"id": "INT", "day": "TEXT"}}}
        >>> sql = "with c as (select day from t) select count(*) from c where day = 'Sunday'"
        >>> indirect_predicate_sources(qualify_query(sqlglot.parse_one(sql, read="duckdb"), schema, "duckdb", "main"))
        {('main.t', 'day')}

    Raises:
        LineageError: sqlglot cannot build the scopes.
    """
    found: set[SourceColumn] = set()
    for scope, column in _predicate_columns(qualified):
        if not isinstance(scope.sources.get(column.table), exp.Table):
            found |= _sources_of_column(scope, column, values_only=True)
    return found


def direct_predicate_columns(qualified: exp.Expression) -> list[tuple[exp.Column, exp.Table]]:
    """The column references in conditions and comparisons that read a stored table directly (not through a CTE
    or subquery)."""
    found = []
    for scope, column in _predicate_columns(qualified):
        source = scope.sources.get(column.table)
        if isinstance(source, exp.Table):
            found.append((column, source))
    return found


def _leaf_branches(scope) -> list:  # noqa: ANN001
    """The SELECT scopes of a set operation, in order, through nested set operations."""
    leaves = []
    for branch in scope.set_operation_scopes or []:
        leaves += _leaf_branches(branch) if isinstance(branch.expression, exp.SetOperation) else [branch]
    return leaves


def _sources_of_set_operation_order(scope) -> set[SourceColumn]:  # noqa: ANN001
    """Sources of the outputs a UNION/INTERSECT/EXCEPT's own ORDER BY uses (by name, position or ALL), in every
    branch: ``SELECT notes FROM t UNION SELECT 'x' ORDER BY substr(notes, 14, 3)`` orders by the raw text. Output
    names are the first branch's; a position means the same position in every branch."""
    order = scope.expression.args.get("order")
    branches = [b for b in _leaf_branches(scope) if isinstance(b.expression, exp.Select)]
    if order is None or not branches:
        return set()
    names = [s.alias_or_name for s in branches[0].expression.selects]
    wanted: set[int] = set()
    for ordered in order.expressions:
        key = ordered.this
        if isinstance(key, exp.Var) and key.name.upper() == "ALL":
            wanted |= set(range(len(names)))
        elif isinstance(key, exp.Literal) and key.is_int:
            wanted.add(int(key.name) - 1)
        wanted |= {i for c in ordered.find_all(exp.Column) for i, n in enumerate(names) if n == c.name}
    found: set[SourceColumn] = set()
    for branch in branches:
        for position, select in enumerate(branch.expression.selects):
            if position in wanted:
                for inner in select.find_all(exp.Column):
                    found |= _sources_of_column(branch, inner)
    return found


def set_operation_columns(qualified: exp.Expression) -> list[list[set[SourceColumn]]]:
    """For each output position of each UNION/INTERSECT/EXCEPT (also nested, also in CTEs), the stored columns each
    branch puts there: what the set operation, and any DISTINCT, max or min above it, compares with each other.

    Example:
        >>> schema = {"main": {"t": {"id": "INT", "notes": "TEXT"}}}
        >>> q = qualify_query(sqlglot.parse_one("select notes from t union all select 'x'", read="duckdb"), schema, "duckdb", "main")
        >>> set_operation_columns(q)
        [[{('main.t', 'notes')}, set()]]

    Raises:
        LineageError: sqlglot cannot build the scopes.
    """
    scopes = _scopes(qualified)
    found: list[list[set[SourceColumn]]] = []
    for scope in scopes:
        if not isinstance(scope.expression, exp.SetOperation):
            continue
        branches = [b for b in _leaf_branches(scope) if isinstance(b.expression, exp.Select)]
        width = max((len(b.expression.selects) for b in branches), default=0)
        for position in range(width):
            per_branch = []
            for branch in branches:
                selects = branch.expression.selects
                select = selects[position] if position < len(selects) else None
                sources: set[SourceColumn] = set()
                for inner in (select.find_all(exp.Column) if select is not None else ()):
                    sources |= _sources_of_column(branch, inner)
                per_branch.append(sources)
            found.append(per_branch)
    return found
