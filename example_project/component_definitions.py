"""The example code location again, with its governed resources, IO managers and leakage checks declared as
Dagster Components in YAML (example_project/defs/*/defs.yaml) instead of Python:
``dagster dev -m example_project.component_definitions``. The assets, jobs and synthesizers stay in Python
(example_project/definitions.py); the resource keys and check keys are the same as there (tests check it).
"""

import os
import warnings
from pathlib import Path

from dagster import Definitions
from dagster.components import load_defs

import example_project.defs
from example_project import definitions as python

# the YAML reads its URLs from the environment; default them to what definitions.py uses
for _name, _value in {
    "GOVERNANCE_PRODUCTION_URL": python.PRODUCTION_URL,
    "GOVERNANCE_WAREHOUSE_URL": python.WAREHOUSE_URL,
    "GOVERNANCE_AUDIT_URL": python.AUDIT_URL,
    "GOVERNANCE_EXAMPLE_SOURCE_SCHEMA": python.SOURCE_SCHEMA,
}.items():
    os.environ.setdefault(_name, _value)

with warnings.catch_warnings():
    # load_from_defs_folder, its successor, needs a dg project ([tool.dg] in pyproject.toml); this repository's
    # pyproject.toml describes the governance-dagster package, so the defs module is loaded directly
    warnings.simplefilter("ignore", DeprecationWarning)
    components = load_defs(example_project.defs, project_root=Path(__file__).resolve().parent.parent)

defs = Definitions.merge(
    Definitions(
        assets=python.defs.assets,
        asset_checks=[python.audit_chain_intact_check(resource_key="production")],
        jobs=python.defs.jobs,
        schedules=python.defs.schedules,
        sensors=python.defs.sensors,
        resources={k: v for k, v in python.defs.resources.items() if k in ("synthesizer", "naive_synthesizer")},
    ),
    components,
)
