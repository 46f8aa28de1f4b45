"""The thin Dagster layer: resources, the IO manager, asset checks and metadata over the core."""
