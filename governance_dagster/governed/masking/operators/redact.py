"""``redact``: an empty string (presidio's ``redact``)."""

from __future__ import annotations

import pandas as pd

from governance_dagster.governed.masking.operators.base import VALUE, Operator, template
from governance_dagster.policy.parameters import NoParameters


class Redact(Operator):
    """Replaces the value with an empty string, as presidio's ``redact``."""

    name = "redact"

    def sql(self, value, params, dialect, secret):
        self._typed(params, NoParameters)
        return template(f"CASE WHEN {VALUE} IS NULL THEN NULL ELSE '' END", value, dialect)

    def apply(self, values, params, secret):
        return values.map(lambda v: None if pd.isna(v) else "")
