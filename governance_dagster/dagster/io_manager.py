"""``GovernedIOManager``: stores asset outputs as tables in a governed database and loads upstream tables through
the same masking path, with metadata on both sides.

Like dagster-duckdb's IO managers: the asset key's last part is the table, the part before it the schema
(``schema_name``, or an asset's ``schema`` metadata, overrides it); a partitioned asset (time windows or static
partitions) names its partition column in ``partition_expr`` metadata, and a run replaces that partition's rows
only (delete, then insert, in one audited transaction). pandas and polars frames are stored (polars through Arrow).

On a Spark database, an asset may also return a ``pyspark.sql.DataFrame``: it is written inside Spark
(``saveAsTable``, audited first), never collected to the driver; and an input annotated ``pyspark.sql.DataFrame``
is loaded as a masked Spark DataFrame (:meth:`GovernedConnection.read_table_spark`), by Dagster's type-based
loading (the input's ``dagster_type.typing_type``, as for polars).

Example:
    >>> from dagster import EnvVar
    >>> warehouse = GovernedDatabase(url="duckdb:///warehouse.duckdb", policy_path="policy.yaml",
    ...                              secret=EnvVar("GOVERNANCE_SECRET"))
    >>> io_manager = GovernedIOManager(database=warehouse)
    >>> table_for(["marketing", "customers"]), table_for(["sales", "customers"]), table_for(["customers"])
    ('marketing.customers', 'sales.customers', 'governed.customers')
    >>> table_for(["marketing", "customers"], "synthetic")
    'synthetic.customers'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
from dagster import (
    AssetKey,
    ConfigurableIOManager,
    InputContext,
    OutputContext,
    TableColumnDep,
    TableColumnLineage,
)
from pydantic import Field

from governance_dagster.dagster.metadata import read_metadata, write_metadata
from governance_dagster.dagster.resources import GovernedDatabase
from governance_dagster.errors import ConfigurationError
from governance_dagster.store.database import Partition

#: Schema of an asset whose key has a single part and no schema is configured.
DEFAULT_SCHEMA = "governed"
#: Metadata key, on each materialization, of the ``schema.table`` the asset was stored in (read by the checks).
TABLE_METADATA_KEY = "governance/table"


def table_for(asset_path: list[str], schema_name: str | None = None, metadata: Mapping[str, Any] | None = None) -> str:
    """``schema.table`` where an asset is stored, by dagster-duckdb's rule: the last part of its key is the table;
    the schema is the asset's ``schema`` metadata, else ``schema_name``, else the key's part before the table,
    else ``governed``."""
    schema = (metadata or {}).get("schema") or schema_name or (asset_path[-2] if len(asset_path) > 1 else DEFAULT_SCHEMA)
    return f"{schema}.{asset_path[-1]}"


def partition_of(context: OutputContext | InputContext, metadata: Mapping[str, Any]) -> Partition | None:
    """The partition a step writes or reads, from the asset's ``partition_expr`` metadata (a column name)."""
    if not context.has_asset_partitions:
        return None
    column = metadata.get("partition_expr")
    key = context.asset_key.to_user_string()
    if not isinstance(column, str) or not column:
        raise ConfigurationError(
            f"asset {key} is partitioned but names no partition column; add metadata={{'partition_expr': "
            "'<column>'}} to the asset so GovernedIOManager replaces only that partition's rows")
    partitions_def = context.asset_partitions_def
    from dagster import MultiPartitionsDefinition, TimeWindowPartitionsDefinition

    if isinstance(partitions_def, MultiPartitionsDefinition):
        raise ConfigurationError(f"asset {key} has multi-dimensional partitions, which GovernedIOManager does not "
                                 "store; use a time or a static partitions definition")
    if isinstance(partitions_def, TimeWindowPartitionsDefinition):
        window = context.asset_partitions_time_window
        return Partition(column, start=window.start.isoformat(), end=window.end.isoformat())
    return Partition(column, keys=tuple(context.asset_partition_keys))


def _as_pandas(obj: Any, asset: str) -> pd.DataFrame:
    if isinstance(obj, pd.DataFrame):
        return obj
    if type(obj).__module__.startswith("polars"):
        return obj.to_arrow().to_pandas()  # polars -> Arrow -> pandas, keeping nulls and types
    raise ConfigurationError(
        f"GovernedIOManager stores pandas, polars or (on a Spark database) Spark DataFrames; asset {asset} returned "
        f"{type(obj).__name__}. Return a DataFrame or give the asset another IO manager")


def _is_spark(obj: Any) -> bool:
    """A ``pyspark.sql.DataFrame`` (classic or Spark Connect), told by its module so pyspark is not imported."""
    return type(obj).__module__.startswith("pyspark.sql") and hasattr(obj, "write")


def _wants(context: InputContext, package: str) -> bool:
    """Whether the input is annotated with a type of ``package`` (Dagster's type-based loading)."""
    typing_type = getattr(context.dagster_type, "typing_type", None)
    return getattr(typing_type, "__module__", "").startswith(package)


class GovernedIOManager(ConfigurableIOManager):
    """Stores pandas or polars DataFrames (and, on a Spark database, Spark DataFrames) as tables of a
    :class:`GovernedDatabase` and loads them back masked."""

    database: GovernedDatabase = Field(description="The governed database that holds the tables.")
    schema_name: str | None = Field(
        default=None,
        description="Schema every asset table is written to; default: the asset key's prefix (as dagster-duckdb), "
        "'governed' for a key of one part. An asset's 'schema' metadata overrides both.",
    )

    def handle_output(self, context: OutputContext, obj: Any) -> None:
        if obj is None:
            return
        asset = context.asset_key.to_user_string()
        definition = context.definition_metadata or {}
        connection = self.database.connection(asset=asset, step="store")
        table = table_for(context.asset_key.path, self.schema_name, definition)
        partition = partition_of(context, definition)
        if _is_spark(obj):
            if partition is not None:
                raise ConfigurationError(
                    f"asset {asset} is partitioned and returned a Spark DataFrame; partition writes to Spark are not "
                    "supported yet (its built-in tables have no transactional DELETE): write the whole table")
            frame = obj
            result = connection.write_table_spark(table, obj, extra={"asset": asset})
        else:
            frame = _as_pandas(obj, asset)
            result = connection.write_table(table, frame, extra={"asset": asset}, partition=partition)
        metadata = {**write_metadata(result, frame, connection), TABLE_METADATA_KEY: result.table}
        lineage = self._lineage_from_inputs(context, frame, connection)
        if lineage is not None and "dagster/column_lineage" not in (context.output_metadata or {}):
            metadata["dagster/column_lineage"] = lineage
        context.add_output_metadata(metadata)

    def _lineage_from_inputs(self, context: OutputContext, frame: Any, connection: Any) -> TableColumnLineage | None:
        """``dagster/column_lineage``: each output column named like a column of an upstream asset stored in this
        database comes from that column (matching by name: a renamed or computed column gets no lineage)."""
        try:
            parents = context.step_context.job_def.asset_layer.get(context.asset_key).parent_keys
        except Exception:  # noqa: BLE001 - outside a run step (build_output_context in tests) there are no inputs
            return None
        upstream: list[AssetKey] = sorted(parents, key=lambda k: k.path)
        if not upstream:
            return None
        schema = connection.schema()
        deps: dict[str, list[TableColumnDep]] = {}
        for key in upstream:
            db, _, name = table_for(key.path, self.schema_name).rpartition(".")
            columns = {c.lower() for c in schema.get(db, {}).get(name, {})}
            for column in map(str, frame.columns):
                if column.lower() in columns:
                    deps.setdefault(column, []).append(TableColumnDep(asset_key=key, column_name=column))
        return TableColumnLineage(deps_by_column=deps) if deps else None

    def load_input(self, context: InputContext) -> Any:
        upstream = context.upstream_output
        key = context.asset_key if context.has_asset_key else (upstream.asset_key if upstream else None)
        if key is None:
            raise ConfigurationError("GovernedIOManager loads assets only; this input has no asset key")
        definition = (upstream.definition_metadata if upstream is not None else None) or {}
        connection = self.database.connection(asset=key.to_user_string(), step="load")
        table, partition = table_for(key.path, self.schema_name, definition), partition_of(context, definition)
        if _wants(context, "pyspark.sql"):
            spark = connection.read_table_spark(table, partition=partition)
            context.add_input_metadata(read_metadata(spark, connection))
            return spark.dataframe
        result = connection.read_table(table, partition=partition)
        context.add_input_metadata(read_metadata(result, connection))
        if _wants(context, "polars"):
            import polars as pl

            return pl.from_pandas(result.frame)
        return result.frame
