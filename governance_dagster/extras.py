"""Optional dependencies, imported on first use: the core installs light, each heavy part is an extra.

===============  ======================  ==========================================================
extra            brings                  needed for
===============  ======================  ==========================================================
``synthesis``    sdv (and torch)         :func:`governance_dagster.synthesis.synthesize`
``contract``     great-expectations      the data contract check
``postgres``     psycopg 3               ``postgresql://`` databases and audit stores
``ui``           dagster-webserver       ``dagster dev`` (the Dagster UI)
``openlineage``  openlineage-python      OpenLineage events (a lineage sink, ``audit export``)
``spark``        pyspark (and Connect)   ``spark://`` and ``sc://`` databases
===============  ======================  ==========================================================

Example:
    >>> require("json", "synthesis").__name__
    'json'
    >>> require("not_installed_here", "synthesis")
    Traceback (most recent call last):
    ...
    governance_dagster.errors.ConfigurationError: not_installed_here is not installed; it comes with the extra 'synthesis': pip install 'governance-dagster[synthesis]'
"""

from __future__ import annotations

import importlib
from types import ModuleType

from governance_dagster.errors import ConfigurationError

#: extra -> what it is for, as shown in errors and docs.
EXTRAS = {
    "synthesis": "synthetic data generation (sdv)",
    "contract": "the data contract check (great-expectations)",
    "postgres": "PostgreSQL databases and audit stores (psycopg 3)",
    "ui": "the Dagster UI (dagster-webserver)",
    "openlineage": "OpenLineage events (openlineage-python)",
    "spark": "Apache Spark databases (pyspark, with the Spark Connect client's dependencies)",
}


def require(module: str, extra: str) -> ModuleType:
    """Import ``module``, or raise a :class:`ConfigurationError` naming the extra that installs it.

    Only a missing ``module`` itself (or its package) is turned into the error; an import error inside an
    installed package propagates unchanged, since reinstalling the extra would not fix it.
    """
    if extra not in EXTRAS:
        raise ConfigurationError(f"unknown extra {extra!r}; valid extras: {', '.join(EXTRAS)}")
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] != module.split(".")[0]:
            raise
        raise ConfigurationError(
            f"{module.split('.')[0]} is not installed; it comes with the extra {extra!r}: "
            f"pip install 'governance-dagster[{extra}]'"
        ) from None
