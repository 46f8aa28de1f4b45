"""The core never imports dagster, so another orchestrator's layer can sit on it."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_core_does_not_import_dagster() -> None:
    code = (
        "import sys, governance_dagster, governance_dagster.governed.connection, governance_dagster.cli, "
        "governance_dagster.leakage.identifiers, governance_dagster.synthesis; "
        "print('dagster' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
