"""``null``: NULL."""

from __future__ import annotations

import pandas as pd
from sqlglot import exp

from governance_dagster.governed.masking.operators.base import Operator
from governance_dagster.policy.parameters import NoParameters


class Null(Operator):
    """Replaces the value with NULL."""

    name = "null"

    def sql(self, value, params, dialect, secret):
        self._typed(params, NoParameters)
        return exp.Null()

    def apply(self, values, params, secret):
        return pd.Series([None] * len(values), index=values.index, dtype="object")
