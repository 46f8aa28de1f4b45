"""``GovernedIOManager``: stores asset outputs as tables in a governed database and loads upstream tables through
the same masking path, with metadata on both sides.

Example:
    >>> from dagster import EnvVar
    >>> warehouse = GovernedDatabase(url="duckdb:///warehouse.duckdb", policy_path="policy.yaml",
    ...                              secret=EnvVar("GOVERNANCE_SECRET"))
    >>> io_manager = GovernedIOManager(database=warehouse, schema_name="synthetic")
"""

from __future__ import annotations

import pandas as pd
from dagster import ConfigurableIOManager, InputContext, OutputContext
from pydantic import Field

from governance_dagster.dagster.metadata import read_metadata, write_metadata
from governance_dagster.dagster.resources import GovernedDatabase
from governance_dagster.errors import ConfigurationError


def table_for(asset_path: list[str], schema_name: str) -> str:
    """``schema.table`` where an asset is stored: the last part of its key, in the manager's schema."""
    return f"{schema_name}.{asset_path[-1]}"


class GovernedIOManager(ConfigurableIOManager):
    """Stores pandas DataFrames as tables of a :class:`GovernedDatabase` and loads them back masked."""

    database: GovernedDatabase = Field(description="The governed database that holds the tables.")
    schema_name: str = Field(default="governed", description="Schema the asset tables are written to.")

    def handle_output(self, context: OutputContext, obj: pd.DataFrame) -> None:
        if obj is None:
            return
        if not isinstance(obj, pd.DataFrame):
            raise ConfigurationError(
                f"GovernedIOManager stores pandas DataFrames; asset {context.asset_key.to_user_string()} returned "
                f"{type(obj).__name__}. Return a DataFrame or give the asset another IO manager"
            )
        asset = context.asset_key.to_user_string()
        connection = self.database.connection(asset=asset, step="store")
        table = table_for(context.asset_key.path, self.schema_name)
        result = connection.write_table(table, obj, extra={"asset": asset})
        context.add_output_metadata(write_metadata(result, obj, connection))

    def load_input(self, context: InputContext) -> pd.DataFrame:
        upstream = context.upstream_output
        key = context.asset_key if context.has_asset_key else (upstream.asset_key if upstream else None)
        if key is None:
            raise ConfigurationError("GovernedIOManager loads assets only; this input has no asset key")
        connection = self.database.connection(asset=key.to_user_string(), step="load")
        result = connection.read_table(table_for(key.path, self.schema_name))
        context.add_input_metadata(read_metadata(result, connection))
        return result.frame
