"""SQL building blocks shared by the leakage checks that compare keyed digests computed inside the databases.

The digest is SHA-256 of the normalized value followed by the secret, as hex, identical in DuckDB and PostgreSQL
(and equal to :func:`governance_dagster.leakage.digests.digest_value` in Python), so a real table in one database
and a synthetic table in another compare.

Example:
    >>> keyed_digest_sql("v", "postgres", "s" * 16).startswith("encode(sha256(convert_to(v || ")
    True
"""

from __future__ import annotations

from typing import Any

from governance_dagster.errors import LeakageError

DIALECTS = ("duckdb", "postgres")


def check_dialect(dialect: str) -> None:
    """Refuse a dialect the leakage SQL is not written for."""
    if dialect not in DIALECTS:
        raise LeakageError(f"leakage checks run on duckdb or postgres databases, not {dialect!r}; "
                           "copy the tables into one of them")


def ident(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def literal(value: str) -> str:
    """A quoted SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def text_type(dialect: str) -> str:
    """The dialect's name of the unbounded text type."""
    return "VARCHAR" if dialect == "duckdb" else "TEXT"


def nfc_lower(value_sql: str, dialect: str) -> str:
    """``value_sql`` as text, Unicode NFC-normalized and lower-cased."""
    text = f"CAST({value_sql} AS {text_type(dialect)})"
    return f"lower(nfc_normalize({text}))" if dialect == "duckdb" else f"lower(normalize({text}, NFC))"


def keyed_digest_sql(value_sql: str, dialect: str, secret: str) -> str:
    """Hex SHA-256 of the text ``value_sql`` followed by ``secret``."""
    check_dialect(dialect)
    if dialect == "duckdb":
        return f"sha256({value_sql} || {literal(secret)})"
    return f"encode(sha256(convert_to({value_sql} || {literal(secret)}, 'UTF8')), 'hex')"


def split_table(table: str, default_schema: str) -> tuple[str, str]:
    """``schema.table`` as its two parts, the schema defaulting to the database's."""
    schema, _, name = table.rpartition(".")
    return schema or default_schema, name


def table_columns(connection: Any, schema: str, table: str) -> dict[str, str]:
    """The columns (name -> type) of ``schema.table`` in a governed connection's database.

    Raises:
        LeakageError: the table is not there.
    """
    columns = connection.schema().get(schema, {}).get(table)
    if columns is None:
        raise LeakageError(f"table {schema}.{table} is not in {connection.database_id}; check the name and schema")
    return columns
