"""A child process for the kill tests: materializes one governed asset with a large output through the
GovernedIOManager, printing WRITING once the output is handed to the IO manager. Run it as a module from the
repository root: run as a file, its folder would come first on sys.path and tests/dagster would shadow dagster.

    python -m tests.writer_process WAREHOUSE_URL AUDIT_URL POLICY_PATH SCHEMA ROWS
"""

from __future__ import annotations

import os
import sys

import numpy as np
import pandas as pd
from dagster import asset, materialize

from governance_dagster import GovernedDatabase, GovernedIOManager


def main(warehouse_url: str, audit_url: str, policy_path: str, schema: str, rows: str) -> None:
    @asset
    def synthetic_events() -> pd.DataFrame:
        n = int(rows)
        frame = pd.DataFrame({
            "id": np.arange(n, dtype="int64"),
            "amount": np.random.default_rng(0).random(n),
            "label": pd.Series(np.where(np.arange(n) % 2 == 0, "version two, even row", "version two, odd row")),
        })
        print("WRITING", flush=True)
        return frame

    database = GovernedDatabase(url=warehouse_url, policy_path=policy_path, secret=os.environ["GOVERNANCE_SECRET"],
                                audit_url=audit_url)
    result = materialize([synthetic_events],
                         resources={"io_manager": GovernedIOManager(database=database, schema_name=schema)})
    print("DONE" if result.success else "FAILED", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:6])
