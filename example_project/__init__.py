"""The example code location of governance-dagster."""
