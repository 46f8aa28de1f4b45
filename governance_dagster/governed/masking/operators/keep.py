"""``keep``: the value as it is."""

from __future__ import annotations

from governance_dagster.governed.masking.operators.base import Operator


class Keep(Operator):
    """Leaves the value as it is (for columns that hold no personal data)."""

    name = "keep"
    keeps_distinct = True

    def sql(self, value, params, dialect, secret):
        return value

    def apply(self, values, params, secret):
        return values
