"""``replace``: a constant (presidio's ``replace``)."""

from __future__ import annotations

import pandas as pd

from governance_dagster.governed.masking.operators.base import VALUE, Operator, template
from governance_dagster.policy.parameters import ReplaceParameters


class Replace(Operator):
    """Replaces the value with a constant, as presidio's ``replace``."""

    name = "replace"

    def sql(self, value, params, dialect, secret):
        new = self._typed(params, ReplaceParameters).text
        return template(f"CASE WHEN {VALUE} IS NULL THEN NULL ELSE {{new}} END", value, dialect, new=new)

    def apply(self, values, params, secret):
        new = self._typed(params, ReplaceParameters).text
        return values.map(lambda v: None if pd.isna(v) else new)
