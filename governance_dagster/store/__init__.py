"""Where data lives: database backends (DuckDB, PostgreSQL, Spark) and the audit store."""
