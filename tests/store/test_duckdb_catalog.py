"""A DuckDB file's catalog read in one statement (``DuckDBDatabase.catalog``, what a new governed connection reads)
is exactly what ``schema()`` and ``views()`` read, and its fingerprint changes with every change of either."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from governance_dagster.store.database import DuckDBDatabase

SHAPES = {
    "no table": [],
    "tables in two schemas, columns out of name order": [
        "CREATE SCHEMA sales", "CREATE TABLE sales.people (z INTEGER, a VARCHAR, m DATE)",
        "CREATE TABLE main.orders (order_id BIGINT, amount DECIMAL(10, 2))"],
    "quoted names and a view over them": [
        'CREATE TABLE "odd ""name"" t" ("e-mail" VARCHAR, "Id" INTEGER)',
        'CREATE VIEW contacts AS SELECT "e-mail" AS email FROM "odd ""name"" t"'],
    "a temporary table, which is not the file's": ["CREATE TABLE kept (x INTEGER)", "CREATE TEMP TABLE gone (y INTEGER)"],
}


def _in_order(schema: dict) -> dict:
    """The schema with each table's columns as a list, so that comparing two compares their order too."""
    return {owner: {table: list(columns.items()) for table, columns in tables.items()} for owner, tables in schema.items()}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_when_the_catalog_is_read_in_one_statement_then_it_equals_schema_and_views(tmp_path: Path, shape: str) -> None:
    database = DuckDBDatabase(str(tmp_path / "prod.duckdb"))
    with database.session():  # one connection: a temporary table lives as long as it
        for statement in SHAPES[shape]:
            database.execute(statement)
        catalog, schema, views = database.catalog(), database.schema(), database.views()
    assert _in_order(catalog.schema) == _in_order(schema)
    assert catalog.views == views


CHANGES: dict[str, tuple[Callable[[DuckDBDatabase], object], bool]] = {
    "a column added": (lambda db: db.execute("ALTER TABLE people ADD COLUMN email VARCHAR"), True),
    "a column's type changed": (lambda db: db.execute("ALTER TABLE people ALTER COLUMN id TYPE BIGINT"), True),
    "a table renamed": (lambda db: db.execute("ALTER TABLE people RENAME TO persons"), True),
    "a view redefined": (lambda db: db.execute("CREATE OR REPLACE VIEW names AS SELECT id, name FROM people"), True),
    "rows inserted": (lambda db: db.execute("INSERT INTO people VALUES (2, 'Bo')"), False),
    "a temporary table created": (lambda db: db.execute("CREATE TEMP TABLE scratch (x INTEGER)"), False),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_when_the_catalog_changes_then_its_fingerprint_changes_with_it(tmp_path: Path, change: str) -> None:
    database = DuckDBDatabase(str(tmp_path / "prod.duckdb"))
    database.execute("CREATE TABLE people (id INTEGER, name VARCHAR)")
    database.execute("CREATE VIEW names AS SELECT name FROM people")
    before = database.catalog().fingerprint
    apply, changes_it = CHANGES[change]
    apply(database)
    assert (database.catalog().fingerprint != before) is changes_it
