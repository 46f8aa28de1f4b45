"""Dagster metadata for governed reads and writes: Dagster's own keys where they exist, ``governance/...`` for
the rest. Only column names, operators, kinds, counts and digests go here, never a value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
from dagster import (
    AssetKey,
    MetadataValue,
    TableColumn,
    TableColumnDep,
    TableColumnLineage,
    TableSchema,
)

from governance_dagster.governed.connection import GovernedConnection, GovernedResult, GovernedSparkResult, WriteResult
from governance_dagster.kinds import Kind


def _dagster_type(dtype: Any) -> str:
    return str(dtype)


def column_types(frame: Any) -> list[tuple[str, Any]]:
    """(column, type) of a pandas DataFrame (its dtypes) or a Spark DataFrame (Spark's type names, read from the
    DataFrame's schema: nothing is computed)."""
    if isinstance(frame, pd.DataFrame):
        return [(str(name), dtype) for name, dtype in frame.dtypes.items()]
    return [(str(name), dtype) for name, dtype in frame.dtypes]


def column_schema(
    frame: Any, kinds: Mapping[str, Kind], operators: Mapping[str, str], review: frozenset[str] = frozenset()
) -> TableSchema:
    """A ``dagster/column_schema`` of a pandas or Spark DataFrame whose columns carry their personal-data kind and
    operator as tags, and ``governance/state: review`` when classification is unsure about them (or a column they
    are computed from)."""
    columns = []
    for name, dtype in column_types(frame):
        kind = kinds.get(str(name), Kind.NONE)
        tags = {"governance/kind": kind.value}
        if str(name) in operators:
            tags["governance/operator"] = operators[str(name)]
        if str(name) in review:
            tags["governance/state"] = "review"
        columns.append(TableColumn(name=str(name), type=_dagster_type(dtype), tags=tags))
    return TableSchema(columns=columns)


def column_lineage(lineage: Mapping[str, list[tuple[str, str]]], asset_for_table: Mapping[str, AssetKey]) -> TableColumnLineage:
    """``dagster/column_lineage`` from sqlglot lineage, for the source tables that are assets."""
    deps = {}
    for output, sources in lineage.items():
        found = [
            TableColumnDep(asset_key=asset_for_table[table.lower()], column_name=column)
            for table, column in sources
            if table.lower() in asset_for_table
        ]
        if found:
            deps[output] = found
    return TableColumnLineage(deps_by_column=deps)


def read_metadata(result: GovernedResult | GovernedSparkResult, connection: GovernedConnection, *,
                  asset_for_table: Mapping[str, AssetKey] | None = None) -> dict[str, Any]:
    """Metadata describing a governed read: what was masked and how, where it came from, who read it. A Spark
    DataFrame is not computed for it, so it has no ``dagster/row_count``."""
    frame = result.frame if isinstance(result, GovernedResult) else result.dataframe
    operators = {out: ", ".join(sorted({m.rsplit(":", 1)[1] for m in masks})) for out, masks in result.masked.items()}
    metadata: dict[str, Any] = {
        **identity_metadata(connection),
        "governance/masked_columns": MetadataValue.json(result.masked),
        "governance/statement_fingerprint": result.fingerprint,
        "governance/audit_event": MetadataValue.int(result.event.seq),
        "governance/audit_chain_head": result.event.hash,
        "dagster/column_schema": column_schema(frame, result.output_kinds, operators, frozenset(
            out for out, sources in result.lineage.items()
            if any((c := result.classifications.get(t, {}).get(col)) is not None and c.state == "review"
                   for t, col in sources))),
    }
    if isinstance(result, GovernedResult):
        metadata["dagster/row_count"] = MetadataValue.int(len(result.frame))
    review = review_columns(result.classifications)
    if review:
        metadata["governance/review_columns"] = MetadataValue.json(review)
    if asset_for_table:
        metadata["dagster/column_lineage"] = column_lineage(result.lineage, {k.lower(): v for k, v in asset_for_table.items()})
    return metadata


def review_columns(classifications: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    """``schema.table.column`` -> evidence, for every column classification is unsure about (state ``review``)."""
    return {f"{table}.{column}": c.evidence for table, found in classifications.items() for column, c in found.items()
            if c.state == "review"}


def identity_metadata(connection: GovernedConnection) -> dict[str, Any]:
    """Who acted and under which policy."""
    return {
        "governance/identity": connection.identity.name,
        "governance/identity_verified": MetadataValue.bool(connection.identity.verified),
        "governance/identity_source": connection.identity.source,
        "governance/policy_hash": connection.policy.digest,
    }


def write_metadata(result: WriteResult, frame: Any, connection: GovernedConnection) -> dict[str, Any]:
    """Metadata describing a governed write: the table, its rows, and each column's kind and load-time operator."""
    classified = connection.classify(result.table)
    kinds = {c: r.kind for c, r in classified.items()}
    operators = {
        c: spec.operator
        for c, r in classified.items()
        if (spec := connection.policy.operator_for(result.table, c, r.kind)).operator != "keep"
    }
    review = review_columns({result.table: classified})
    return {
        **identity_metadata(connection),
        **({"governance/review_columns": MetadataValue.json(review)} if review else {}),
        "governance/audit_event": MetadataValue.int(result.event.seq),
        "governance/audit_chain_head": result.event.hash,
        "dagster/row_count": MetadataValue.int(result.rows),
        "dagster/table_name": f"{connection.database.url.split(':///')[-1].rsplit('/', 1)[-1].split('.')[0]}.{result.table}"
        if connection.database.dialect == "duckdb" else result.table,
        "dagster/column_schema": column_schema(frame, kinds, operators, frozenset(
            c for c, r in classified.items() if r.state == "review")),
    }
