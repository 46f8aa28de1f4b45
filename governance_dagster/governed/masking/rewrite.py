"""Push masking into the database: rewrite a SELECT so that every sensitive table it reads is replaced by a
masked projection of itself.

Replacing the table reference, rather than wrapping the final output columns, masks everything computed from a
sensitive column whatever the query does with it (``lower(email)``, ``substr(ssn, 1, 3)``, joins, predicates,
aggregates, window functions), because the raw column is never in scope. A table function, an unknown table or a
column that cannot be resolved is refused (fail closed).

Example:
    >>> from governance_dagster.kinds import IDENTIFYING_KINDS, Kind
    >>> from governance_dagster.policy.models import MaskSpec
    >>> schema = {"main": {"t": {"id": "INTEGER", "ssn": "VARCHAR"}}}
    >>> masks = {"main.t": {"ssn": ColumnMask(Kind.SSN, MaskSpec(operator="redact"))}}
    >>> result = rewrite_query("select ssn from t", schema, masks, "duckdb", "main", secret="x" * 16)
    >>> result.sql
    'SELECT "t"."ssn" AS "ssn" FROM (SELECT CASE WHEN "ssn" IS NULL THEN NULL ELSE \\'\\' END AS "ssn" FROM "main"."t") AS "t"'
    >>> result.masked_outputs
    {'ssn': ['main.t.ssn:redact']}
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlglot import exp
from sqlglot.errors import ErrorLevel, UnsupportedError
from sqlglot.optimizer.scope import traverse_scope

from governance_dagster.errors import LineageError, StatementRefused
from governance_dagster.governed.masking.operators import get_operator
from governance_dagster.governed.masking.operators.base import text_type
from governance_dagster.kinds import IDENTIFYING_KINDS, Kind
from governance_dagster.policy.models import MaskSpec
from governance_dagster.policy.parameters import SurrogateParameters
from governance_dagster.rules import Rule
from governance_dagster.sql.lineage import (
    SourceColumn,
    arithmetic_sources,
    carried_predicate_sources,
    column_lineage,
    computed_sources,
    direct_predicate_columns,
    computed_grouping_sources,
    grouping_sources,
    indirect_predicate_sources,
    ordering_sources,
    predicate_sources,
    qualify_query,
    refuse_untraceable,
    set_operation_columns,
    unique_output_names,
)


@dataclass(frozen=True)
class ColumnMask:
    """What a column holds and how it is masked."""

    kind: Kind
    spec: MaskSpec


#: ``schema.table`` -> column -> mask, for the columns whose operator is not ``keep``.
TableMasks = dict[str, dict[str, ColumnMask]]
#: Gives the masks of one ``schema.table``.
MasksFor = Callable[[str], dict[str, ColumnMask]]

#: Kinds whose values a row's free text loses in the database. ``unclassified`` (review: masked until a reviewer pins a
#: kind) counts as one: a name under an opaque column name is masked there, and would otherwise come back inside the
#: row's own note, which no pattern recognizer finds without a language model.
_ROW_IDENTIFIERS = IDENTIFYING_KINDS | {Kind.FIRST_NAME, Kind.LAST_NAME, Kind.UNCLASSIFIED}
_GOVERNED = "governed_projection"
#: Prefix of the hidden raw copies a masked projection carries for conditions an unmask grant lets compare raw.
RAW_PREFIX = "__governed_raw__"
#: Decides whether a condition may compare the raw value of (``schema.table``, column, kind).
ProbeAllowed = Callable[[str, str, Kind], bool]
_ABSENT = "\u2063\u2063governed:absent\u2063\u2063"


@dataclass
class Rewrite:
    """The rewritten SQL and what it masks."""

    sql: str
    lineage: dict[str, list[SourceColumn]]
    #: output column -> ``schema.table.column:operator`` for every masked source it is computed from.
    masked_outputs: dict[str, list[str]] = field(default_factory=dict)
    #: ``schema.table`` of every source table the query reads.
    tables: list[str] = field(default_factory=list)
    #: ``schema.table.column:kind`` of every masked column a condition or comparison compares, anywhere in the query.
    masked_predicates: list[str] = field(default_factory=list)
    #: whether a condition compares hidden raw copies (an ``access: predicates`` grant): raw values are then in scope
    #: of the SQL, and a database message may echo them.
    compares_raw: bool = False


def keeps_numbers(mask: ColumnMask) -> bool:
    """Whether a masked value is still a number (or a date) where the stored one was, so arithmetic on it runs:
    ``null``, and ``generalize`` to a year, a month or a bucket; every other operator writes text.

    Example:
        >>> keeps_numbers(ColumnMask(Kind.DATE_OF_BIRTH, MaskSpec(operator="generalize", params={"to": "year"})))
        True
        >>> keeps_numbers(ColumnMask(Kind.DATE_OF_BIRTH, MaskSpec(operator="hash")))
        False
    """
    return mask.spec.operator in ("keep", "null") or (
        mask.spec.operator == "generalize" and mask.spec.params.get("prefix") is None)


def _lower_schema(schema: dict) -> dict[str, str]:
    return {f"{s}.{t}".lower(): f"{s}.{t}" for s, tables in schema.items() for t in tables}


def source_tables(qualified: exp.Expression, schema: dict) -> list[exp.Table]:
    """Every table node that reads a stored table; refuses table functions and unknown tables."""
    known = _lower_schema(schema)
    tables: list[exp.Table] = []
    for scope in traverse_scope(qualified):
        for source in scope.sources.values():
            if not isinstance(source, exp.Table):
                continue
            if not isinstance(source.this, exp.Identifier):
                raise StatementRefused(
                    "statement refused: it reads from a table function, which the governed path cannot mask; "
                    "read stored tables only",
                    rule=Rule.TABLE_FUNCTION,
                )
            if f"{source.db}.{source.name}".lower() not in known:
                raise LineageError(
                    f"statement refused: table {source.db}.{source.name} is not in the database schema; "
                    "check the name and search path",
                    rule=Rule.UNKNOWN_LINEAGE,
                )
            tables.append(source)
    return tables


def _text(value: exp.Expression, dialect: str) -> exp.Expression:
    return exp.cast(value, text_type(dialect))


def scrub_row_identifiers(
    text: exp.Expression, masks: dict[str, ColumnMask], dialect: str
) -> exp.Expression:
    """Replace, inside free text, the values of the same row's identifier columns (and of its columns in review)
    with ``<KIND>``: a customer's note that names the customer loses the name in the database, before any pattern
    scan.
    """
    identifiers = sorted((c for c, m in masks.items() if m.kind in _ROW_IDENTIFIERS), key=lambda c: masks[c].kind.value)
    result = text
    for column in identifiers:
        value = _text(exp.column(column, quoted=True), dialect)
        # an empty or null identifier must not match: it stands in as a string no text holds
        needle = exp.func("coalesce", exp.func("nullif", value, exp.Literal.string("")), exp.Literal.string(_ABSENT))
        result = exp.func("replace", result, needle, exp.Literal.string(f"<{masks[column].kind.value.upper()}>"))
    return result


def referenced_columns(qualified: exp.Expression) -> dict[str, set[str]] | None:
    """Lower-cased table alias -> lower-cased names of the columns a qualified query refers to through it, or
    ``None`` when some reference does not name its table (a whole row, ``COLUMNS(...)``, a star left unexpanded,
    ``USING``, ``PIVOT``) and every column must stay in scope.

    Aliases are matched across all scopes, so a name reused in two scopes keeps the columns of both: a projection
    may carry more columns than its scope uses, never fewer.

    Example:
        >>> import sqlglot
        >>> used = referenced_columns(sqlglot.parse_one('SELECT "t"."a" FROM "t" AS "t" WHERE "t"."B" > 1'))
        >>> sorted(used["t"])
        ['a', 'b']
    """
    for node in qualified.walk():
        if isinstance(node, (exp.Pivot, exp.Columns)) or (isinstance(node, exp.Join) and (
                node.args.get("using") or node.args.get("method") or node.args.get("kind") == "NATURAL")):
            return None
        if isinstance(node, exp.Star) and not isinstance(node.parent, exp.Count):
            return None
        if isinstance(node, exp.Anonymous) and node.name.lower() == "columns":
            return None
    used: dict[str, set[str]] = {}
    for column in qualified.find_all(exp.Column):
        if isinstance(column.this, exp.Star):
            return None
        if not column.table:
            if _names_an_output(column):  # ORDER BY segment: the query's own output, not a table's column
                continue
            return None
        used.setdefault(column.table.lower(), set()).add(column.name.lower())
    return used


def _names_an_output(column: exp.Column) -> bool:
    select = column.find_ancestor(exp.Select)
    return select is not None and column.name.lower() in {e.alias_or_name.lower() for e in select.expressions}


def masked_projection(
    table: exp.Table, columns: dict[str, str], masks: dict[str, ColumnMask], dialect: str, secret: str,
    raw_for_conditions: set[str] | frozenset[str] = frozenset(),
    used: set[str] | None = None,
) -> exp.Subquery:
    """``(SELECT <each column, masked where it must be> FROM table) AS alias``, plus hidden raw copies of the
    columns in ``raw_for_conditions`` that only rewritten conditions refer to.

    With ``used`` (lower-cased column names), only those columns are projected: a column the query never reads is
    neither masked nor read, which databases that do not prune a derived table's unused expressions would
    otherwise compute for every row. At least one column stays so that the projection is valid SQL.
    """
    projections = [exp.alias_(exp.column(c, quoted=True), RAW_PREFIX + c, quoted=True) for c in sorted(raw_for_conditions)]
    if used is not None:
        kept = [c for c in columns if c.lower() in used]
        columns = {c: columns[c] for c in (kept or list(columns)[:1])}
    for column in columns:
        ident = exp.column(column, quoted=True)
        mask = masks.get(column)
        if mask is None or mask.spec.operator == "keep":
            projections.append(ident)
            continue
        if mask.spec.operator == "scan":
            masked = scrub_row_identifiers(_text(ident, dialect), masks, dialect)
        elif not get_operator(mask.spec.operator).in_database:
            projections.append(ident)  # masked in memory after the fetch; the gateway allows whole-table reads only
            continue
        else:
            params = mask.spec.parameters
            if isinstance(params, SurrogateParameters) and params.kind is None:
                params = params.model_copy(update={"kind": mask.kind})  # a surrogate of the column's kind
            masked = get_operator(mask.spec.operator).sql_for_type(ident, params, dialect, secret, columns[column])
        projections.append(exp.alias_(masked, column, quoted=True))
    inner = exp.select(*projections).from_(exp.table_(table.name, db=table.db, quoted=True))
    inner.meta[_GOVERNED] = True
    return inner.subquery(alias=exp.TableAlias(this=exp.to_identifier(table.alias_or_name, quoted=True)))


def _assert_fully_masked(tree: exp.Expression, masked_tables: set[str]) -> None:
    """Fail closed: every reference to a table with masks must be the inside of a masked projection."""
    for table in tree.find_all(exp.Table):
        if f"{table.db}.{table.name}".lower() not in masked_tables:
            continue
        select = table.find_ancestor(exp.Select)
        if select is None or not select.meta.get(_GOVERNED):
            raise StatementRefused(
                "statement refused: the masking rewrite could not replace every read of a sensitive table; "
                "simplify the query (this is a governance-dagster limitation, please report it)",
                rule=Rule.MASKING_INCOMPLETE,
            )


def rewrite_query(
    query: exp.Expression | str,
    schema: dict,
    masks: TableMasks | MasksFor,
    dialect: str,
    default_schema: str,
    *,
    secret: str,
    probe_allowed: ProbeAllowed | None = None,
) -> Rewrite:
    """Rewrite a query so that sensitive columns are masked inside the database.

    Args:
        query: a SELECT (with CTEs, subqueries, set operations) as text or a sqlglot expression.
        schema: ``{schema: {table: {column: type}}}`` of the database.
        masks: the masks of sensitive columns per ``schema.table``, or a function that gives them.
        dialect: sqlglot dialect name (``duckdb``, ``postgres`` or ``spark``).
        default_schema: the schema unqualified tables resolve to.
        secret: the key of keyed operators.
        probe_allowed: says which masked columns conditions and comparisons (WHERE, JOIN ON, HAVING, QUALIFY,
            FILTER, and a CASE/IF condition, ``=``, ``LIKE``, ``IN``, ``BETWEEN``... anywhere) may compare by their
            raw value; those comparisons are rewritten to a hidden raw copy, while every output stays masked. With
            it, a comparison that reaches a masked column through a CTE or subquery is refused (it would compare
            the masked value). Without it, comparisons are only reported in ``masked_predicates``.

    Raises:
        StatementRefused: not a query, reads a table function, or its lineage cannot be established; NULLIF,
            GREATEST or LEAST compares a masked column (rule ``sensitive-predicate``); arithmetic or a numeric
            aggregate computes with a column masked to text (rule ``masked-arithmetic``).
    """
    import sqlglot

    tree = sqlglot.parse_one(query, read=dialect) if isinstance(query, str) else query
    if not isinstance(tree, exp.Query):
        raise StatementRefused("statement refused: only queries can be read through the masking path", rule=Rule.NOT_A_QUERY)
    from sqlglot.schema import ensure_schema

    mapping = ensure_schema(schema, dialect=dialect)  # normalized once for qualify and lineage (was three times)
    qualified = qualify_query(tree, mapping, dialect, default_schema)
    refuse_untraceable(qualified)
    unique_output_names(qualified)
    tables = source_tables(qualified, schema)
    canonical = _lower_schema(schema)
    names = {canonical[f"{t.db}.{t.name}".lower()] for t in tables}
    masks_for = masks if callable(masks) else (lambda name: {k.lower(): v for k, v in masks.items()}.get(name.lower(), {}))
    lowered_masks = {name.lower(): masks_for(name) for name in names}

    computed_free_text = sorted(
        f"{table}.{column}"
        for table, column in computed_sources(qualified)
        if (mask := lowered_masks.get(table.lower(), {}).get(column)) is not None and mask.spec.operator == "scan"
    )
    if computed_free_text:
        raise StatementRefused(
            f"statement refused: it computes with free-text columns ({', '.join(computed_free_text)}) in an expression, "
            "a window, ORDER BY, GROUP BY or DISTINCT ON; personal data inside free text is found by scanning whole "
            "values after the read, so free text can only be selected as it is (or through max, min or any_value): "
            "transform it after the read",
            rule=Rule.FREE_TEXT_COMPUTED,
        )
    lineage = column_lineage(qualified, mapping, dialect)
    def is_free_text(source: SourceColumn) -> bool:
        mask = lowered_masks.get(source[0].lower(), {}).get(source[1])
        return mask is not None and mask.spec.operator == "scan"

    mixed = sorted({
        f"{table}.{column}"
        for branches in set_operation_columns(qualified)
        if any(any(map(is_free_text, b)) for b in branches) and not all(b and all(map(is_free_text, b)) for b in branches)
        for b in branches for table, column in b if is_free_text((table, column))
    })
    if mixed:
        raise StatementRefused(
            f"statement refused: a UNION, INTERSECT or EXCEPT puts other values in the same column as free text "
            f"({', '.join(mixed)}); deduplicating, intersecting, DISTINCT, max or min would then compare them with the "
            "raw text (guess a note and see whether it matches, or which sorts first); combine free text only with "
            "free text, and add other values after the read",
            rule=Rule.FREE_TEXT_COMPUTED,
        )
    probes = sorted(
        f"{table}.{column}:{mask.kind.value}"
        for table, column in predicate_sources(qualified)
        if (mask := lowered_masks.get(table.lower(), {}).get(column)) is not None and mask.spec.operator != "keep"
    )
    def masked(sources: set[SourceColumn]) -> list[str]:
        return sorted(f"{table}.{column}" for table, column in sources
                      if (mask := lowered_masks.get(table.lower(), {}).get(column)) is not None
                      and mask.spec.operator != "keep")

    carried = masked(carried_predicate_sources(qualified))
    if carried:
        raise StatementRefused(
            f"statement refused: NULLIF, GREATEST or LEAST compares masked columns ({', '.join(carried)}) and may "
            "return them: compared masked the result would be silently wrong, compared raw it would return the raw "
            "value; compare them in a CASE (CASE WHEN column = 'x' THEN NULL ELSE column END) instead",
            rule=Rule.SENSITIVE_PREDICATE,
        )
    textual = sorted(
        f"{table}.{column} (masked by {mask.spec.operator})"
        for table, column in arithmetic_sources(qualified)
        if (mask := lowered_masks.get(table.lower(), {}).get(column)) is not None and not keeps_numbers(mask)
    )
    if textual:
        raise StatementRefused(
            f"statement refused: it computes numbers (arithmetic, sum, avg, a cast to a number) with masked columns "
            f"({', '.join(textual)}) whose masked values are text: the database would fail or the answer would be "
            "silently wrong; compute with them after an unmasked read (policy `unmask` with access: values, and "
            "unmask_reason), or give them an operator that keeps numbers (generalize with `to` or `bucket`) in a "
            "column rule of the policy",
            rule=Rule.MASKED_ARITHMETIC,
        )
    shown = {source for sources in lineage.values() for source in sources}
    hidden = masked(ordering_sources(qualified) - shown)
    if hidden:
        raise StatementRefused(
            f"statement refused: it orders rows by masked columns ({', '.join(hidden)}) that its answer does not "
            "show (ORDER BY, a window's ORDER BY, an aggregate's ORDER BY, arg_max/max_by): ordered by their masked "
            "values, the rows chosen, the numbers counted or the value picked would differ from the raw answer "
            "without a sign; output the column beside them (its masked values then show the order), or order by "
            "another column",
            rule=Rule.MASKED_ORDER,
        )
    merged = sorted(
        f"{table}.{column} (masked by {mask.spec.operator})"
        for table, column in grouping_sources(qualified) - shown
        if (mask := lowered_masks.get(table.lower(), {}).get(column)) is not None
        and not get_operator(mask.spec.operator).keeps_distinct
    )
    if merged:
        raise StatementRefused(
            f"statement refused: it groups rows by masked columns ({', '.join(merged)}) that its answer does not show "
            "(GROUP BY, a window's PARTITION BY), and their masking merges distinct values: the groups, and every "
            "count or sum over them, would differ from the raw answer without a sign; output the column beside them "
            "(its masked values then show the groups), or give it an operator that keeps values apart (hash) in a "
            "column rule of the policy",
            rule=Rule.MASKED_GROUP,
        )
    recomputed = sorted(
        f"{table}.{column} (masked by {mask.spec.operator})"
        for table, column in computed_grouping_sources(qualified)
        if (mask := lowered_masks.get(table.lower(), {}).get(column)) is not None and mask.spec.operator != "keep"
    )
    if recomputed:
        raise StatementRefused(
            f"statement refused: it groups rows by an expression computed from masked columns ({', '.join(recomputed)})"
            " (GROUP BY, a window's PARTITION BY, DISTINCT): computed from their masked values, the groups, and every "
            "count or sum over them, would differ from the raw answer; group by the column itself (its masked values "
            "then show the groups), or compute after an unmasked read (policy `unmask` with access: values, and "
            "unmask_reason)",
            rule=Rule.MASKED_GROUP,
        )
    raw_needed: dict[int, set[str]] = {}
    if probe_allowed is not None:
        indirect = sorted(
            f"{table}.{column}" for table, column in indirect_predicate_sources(qualified)
            if (mask := lowered_masks.get(table.lower(), {}).get(column)) is not None and mask.spec.operator != "keep"
            and probe_allowed(canonical[table.lower()], column, mask.kind))
        if indirect:  # without a grant the caller refuses them as probes (masked_predicates)
            raise StatementRefused(
                f"statement refused: a condition or comparison reaches masked columns ({', '.join(indirect)}) through "
                "a CTE or subquery, where only their masked values are in scope and the answer would be silently "
                "wrong; compare them in the query that reads the table",
                rule=Rule.SENSITIVE_PREDICATE,
            )
        for column, source in direct_predicate_columns(qualified):
            name = canonical[f"{source.db}.{source.name}".lower()]
            mask = lowered_masks.get(name.lower(), {}).get(column.name)
            if mask is not None and mask.spec.operator != "keep" and probe_allowed(name, column.name, mask.kind):
                raw_needed.setdefault(id(source), set()).add(column.name)
                column.set("this", exp.to_identifier(RAW_PREFIX + column.name, quoted=True))

    referenced = referenced_columns(qualified)

    def replace(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.Table) and any(node is t for t in tables):
            name = canonical[f"{node.db}.{node.name}".lower()]
            table_masks = lowered_masks.get(name.lower())
            if table_masks:
                db, tbl = name.split(".", 1)
                used = None if referenced is None else referenced.get(node.alias_or_name.lower(), set())
                return masked_projection(node, schema[db][tbl], table_masks, dialect, secret,
                                         raw_needed.get(id(node), set()), used)
        return node

    rewritten = qualified.transform(replace, copy=False)
    _assert_fully_masked(rewritten, {name for name, cols in lowered_masks.items() if cols})
    masked_outputs: dict[str, list[str]] = {}
    for output, sources in lineage.items():
        hits = [
            f"{table}.{column}:{mask.spec.operator}"
            for table, column in sources
            if (mask := lowered_masks.get(table.lower(), {}).get(column)) is not None and mask.spec.operator != "keep"
        ]
        if hits:
            masked_outputs[output] = hits
    try:
        # fail closed: SQL that sqlglot cannot write faithfully in the dialect would not mean what was decided on
        # (and its warning, logged by default, could quote the statement)
        sql = rewritten.sql(dialect=dialect, unsupported_level=ErrorLevel.RAISE)
    except UnsupportedError:
        raise StatementRefused(
            f"statement refused: sqlglot cannot write it back as {dialect} SQL faithfully after masking; "
            "rewrite it with functions and syntax of that dialect",
            rule=Rule.UNSUPPORTED_SQL,
        ) from None
    return Rewrite(
        masked_predicates=probes,
        compares_raw=bool(raw_needed),
        sql=sql,
        lineage=lineage,
        masked_outputs=masked_outputs,
        tables=sorted(names),
    )
