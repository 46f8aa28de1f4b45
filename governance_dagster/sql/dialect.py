"""SQL building blocks shared by the leakage checks that compare keyed digests computed inside the databases.

The digest is SHA-256 of the normalized value followed by the secret, as hex, identical in DuckDB, PostgreSQL and
Spark (and equal to :func:`governance_dagster.sql.digests.digest_value` in Python), so a real table in one database
and a synthetic table in another compare.

Example:
    >>> keyed_digest_sql("v", "postgres", "s" * 16).startswith("encode(sha256(convert_to(v || (SELECT key_secret ")
    True
    >>> "s" * 16 in keyed_digest_sql("v", "duckdb", "s" * 16)
    False
"""

from __future__ import annotations

from typing import Any

from governance_dagster.errors import LeakageError
from governance_dagster.sql.keys import key_sql

DIALECTS = ("duckdb", "postgres", "spark")


def check_dialect(dialect: str) -> None:
    """Refuse a dialect the leakage SQL is not written for."""
    if dialect not in DIALECTS:
        raise LeakageError(f"leakage checks run on duckdb, postgres or spark databases, not {dialect!r}; "
                           "copy the tables into one of them")


def refuse_spark(check: str, *connections: Any) -> None:
    """Refuse a check whose SQL is not written for Spark yet, naming what to do instead.

    Raises:
        LeakageError: one of the governed ``connections`` is a Spark database.
    """
    if any(c.database.dialect == "spark" for c in connections):
        raise LeakageError(f"the {check} check does not run on Spark yet (its SQL is written for DuckDB and "
                           "PostgreSQL); run identifier replay there, or copy the tables into DuckDB or PostgreSQL "
                           "for this check (docs/spark.md)")


def ident(name: str, dialect: str = "duckdb") -> str:
    """A quoted SQL identifier (Spark quotes with backticks; a double-quoted name is a string there).

    Example:
        >>> ident('a"b'), ident("a`b", "spark")
        ('"a""b"', '`a``b`')
    """
    if dialect == "spark":
        return "`" + name.replace("`", "``") + "`"
    return '"' + name.replace('"', '""') + '"'


def literal(value: str, dialect: str = "duckdb") -> str:
    r"""A quoted SQL string literal (Spark escapes with backslashes: ``'it''s'`` would be two literals there).

    Example:
        >>> print(literal("it's"), literal("it's", "spark"))
        'it''s' 'it\'s'
    """
    if dialect == "spark":
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return "'" + value.replace("'", "''") + "'"


def replace_all_sql(value_sql: str, pattern: str, replacement: str, dialect: str) -> str:
    r"""SQL replacing every match of the regular expression ``pattern`` in ``value_sql`` (Spark replaces every match
    and takes no flags; DuckDB and PostgreSQL need ``'g'``).

    Example:
        >>> print(replace_all_sql("v", r"\s+", "", "duckdb"), replace_all_sql("v", r"\s+", "", "spark"))
        regexp_replace(v, '\s+', '', 'g') regexp_replace(v, '\\s+', '')
    """
    if dialect == "spark":
        return f"regexp_replace({value_sql}, {literal(pattern, dialect)}, {literal(replacement, dialect)})"
    return f"regexp_replace({value_sql}, {literal(pattern)}, {literal(replacement)}, 'g')"


def text_type(dialect: str) -> str:
    """The dialect's name of the unbounded text type."""
    return {"duckdb": "VARCHAR", "spark": "STRING"}.get(dialect, "TEXT")


def nfc_lower(value_sql: str, dialect: str) -> str:
    """``value_sql`` as text, Unicode NFC-normalized and lower-cased. Spark has no normalization function; ICU,
    which Spark ships for its collations, composes through ``reflect`` (inside the JVM, no Python worker)."""
    text = f"CAST({value_sql} AS {text_type(dialect)})"
    if dialect == "spark":
        return f"lower(reflect('com.ibm.icu.text.Normalizer', 'compose', {text}, false))"
    return f"lower(nfc_normalize({text}))" if dialect == "duckdb" else f"lower(normalize({text}, NFC))"


#: The digest functions each dialect has (DuckDB has no SHA-512).
DIGESTS = {"duckdb": ("sha256",), "postgres": ("sha256", "sha512"), "spark": ("sha256", "sha512")}


def keyed_digest_sql(value_sql: str, dialect: str, secret: str, algorithm: str = "sha256") -> str:
    """Hex digest (SHA-256 unless ``algorithm`` says ``sha512``) of the text ``value_sql`` followed by ``secret``,
    as UTF-8 in every dialect: the one place the SQL of a keyed digest is written (the ``hash`` and ``surrogate``
    operators, the leakage digests and the closeness codes all use it). The secret never enters the statement
    text: the SQL reads it from the connection's key relation by its key id, and the database layer puts it there
    (:mod:`governance_dagster.sql.keys`).

    Raises:
        LeakageError: the dialect is not duckdb, postgres or spark, or has no such digest function.
    """
    check_dialect(dialect)
    if algorithm not in DIGESTS[dialect]:
        raise LeakageError(f"{dialect} has no {algorithm} function; use one of {', '.join(DIGESTS[dialect])}")
    key = key_sql(secret, dialect)
    if dialect == "duckdb":
        return f"sha256({value_sql} || {key})"
    if dialect == "spark":
        return f"sha2({value_sql} || {key}, {algorithm.removeprefix('sha')})"
    return f"encode({algorithm}(convert_to({value_sql} || {key}, 'UTF8')), 'hex')"


def split_table(table: str, default_schema: str) -> tuple[str, str]:
    """``schema.table`` as its two parts, the schema defaulting to the database's."""
    schema, _, name = table.rpartition(".")
    return schema or default_schema, name


def resolve_table(connection: Any, table: str) -> tuple[str, str]:
    """The ``(schema, table)`` a name given by a user means in a governed connection's database.

    The name may leave out the schema (the database's default: ``main`` in DuckDB, ``public`` in PostgreSQL) and
    quote either part as SQL does (``"My Table"``, ``main."Customers"``). An unquoted part matches regardless of case
    when exactly one table does, as the database itself resolves it.

    Raises:
        LeakageError: the name does not parse, or no such table exists (the message names it and the fix).

    Example (``conn`` stands for a governed connection):
        ``resolve_table(conn, 'customers')`` gives ``('main', 'customers')`` on DuckDB.
    """
    import sqlglot
    from sqlglot import exp

    dialect = connection.database.dialect
    try:
        parsed = exp.to_table(table, dialect=dialect)
    except (sqlglot.errors.ParseError, TypeError):  # TypeError: it parses, but as something else (a; b)
        parsed = None
    parts = [p for p in (parsed.args.get("db"), parsed.this) if p is not None] if parsed is not None else []
    if parsed is None or not parsed.name or parsed.catalog or not all(isinstance(p, exp.Identifier) for p in parts):
        raise LeakageError(f"table name {table!r} is not a table name; give schema.table or table")
    schema_part, name_part = parsed.args.get("db"), parsed.this
    schemas = connection.schema()

    def pick(options: Any, part: Any, default: str | None) -> str | None:
        if part is None:
            return default if default in options else None
        if part.name in options:
            return part.name
        if not part.quoted:
            folded = [o for o in options if o.lower() == part.name.lower()]
            return folded[0] if len(folded) == 1 else None
        return None

    schema = pick(schemas, schema_part, connection.database.default_schema)
    name = pick(schemas.get(schema, {}), name_part, None) if schema is not None else None
    if schema is None or name is None:
        shown = f"{schema_part.name if schema_part is not None else connection.database.default_schema}.{parsed.name}"
        raise LeakageError(f"table {shown} is not in {connection.database_id}; check the name and schema "
                           "(an unqualified name is looked up in the default schema)")
    return schema, name


def table_columns(connection: Any, schema: str, table: str) -> dict[str, str]:
    """The columns (name -> type) of ``schema.table`` in a governed connection's database.

    Raises:
        LeakageError: the table is not there.
    """
    columns = connection.schema().get(schema, {}).get(table)
    if columns is None:
        raise LeakageError(f"table {schema}.{table} is not in {connection.database_id}; check the name and schema")
    return columns
