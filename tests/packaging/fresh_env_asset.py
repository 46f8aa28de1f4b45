"""Run inside the fresh virtualenv of tests/packaging/test_fresh_virtualenv.py: a governed asset beside
dagster-duckdb's resource in one set of Definitions, materialized; prints what happened as JSON.

Usage: python fresh_env_asset.py WORKDIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import duckdb
import pandas as pd
from dagster import Definitions, asset, materialize
from dagster_duckdb import DuckDBResource

import governance_dagster
from governance_dagster import ConfigurationError, GovernedDatabase, open_audit_store

work = Path(sys.argv[1])
con = duckdb.connect(str(work / "prod.duckdb"))
con.execute("CREATE TABLE customers AS SELECT * FROM (VALUES (1, 'ann@example.com', 'consumer'), "
            "(2, 'bob@example.com', 'enterprise')) t(customer_id, email, segment)")
con.close()
(work / "policy.yaml").write_text("version: 1\n")
audit_url = f"duckdb:///{work / 'audit.duckdb'}"


@asset
def masked_customers(production: GovernedDatabase) -> pd.DataFrame:
    return production.connection(asset="masked_customers").read_table("customers").frame


@asset
def segment_counts(masked_customers: pd.DataFrame, scratch: DuckDBResource) -> None:
    with scratch.get_connection() as c:
        c.register("frame", masked_customers)
        c.execute("CREATE TABLE counts AS SELECT segment, count(*) AS n FROM frame GROUP BY segment")


defs = Definitions(assets=[masked_customers, segment_counts], resources={
    "production": GovernedDatabase(url=f"duckdb:///{work / 'prod.duckdb'}", policy_path=str(work / "policy.yaml"),
                                   secret="fresh-env-secret-0123456789", audit_url=audit_url),
    "scratch": DuckDBResource(database=str(work / "scratch.duckdb")),
})
result = materialize([masked_customers, segment_counts], resources=defs.resources)
emails = result.output_for_node("masked_customers")["email"].tolist()
try:
    from governance_dagster.synthesis import sdv_metadata

    sdv_metadata(pd.DataFrame({"x": [1]}), {})
    missing_extra = ""
except ConfigurationError as exc:
    missing_extra = str(exc)
print(json.dumps({
    "success": result.success,
    "version": governance_dagster.__version__,
    "emails_masked": all("@example.com" not in e for e in emails),
    "audit_kinds": sorted({e.kind for e in open_audit_store(audit_url).events()}),
    "audit_intact": open_audit_store(audit_url).verify().ok,
    "missing_extra": missing_extra,
}))
