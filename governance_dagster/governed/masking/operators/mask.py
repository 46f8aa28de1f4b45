"""``mask``: every character but the last few replaced."""

from __future__ import annotations

from typing import Any

import pandas as pd

from governance_dagster.governed.masking.operators.base import VALUE, Operator, template, text_type
from governance_dagster.policy.parameters import MaskParameters


class Mask(Operator):
    """Replaces every character but the last ``chars_to_keep`` with ``masking_char``."""

    name = "mask"

    def sql(self, value, params, dialect, secret):
        p = self._typed(params, MaskParameters)
        text = f"CAST({VALUE} AS {text_type(dialect)})"
        keep = p.chars_to_keep
        tail = f"right({text}, {keep})" if keep else "''"
        return template(
            f"CASE WHEN {VALUE} IS NULL THEN NULL ELSE repeat({{char}}, greatest(length({text}) - {keep}, 0)) || {tail} END",
            value, dialect, char=p.masking_char,
        )

    def apply(self, values, params, secret):
        p = self._typed(params, MaskParameters)
        keep, char = p.chars_to_keep, p.masking_char

        def one(v: Any) -> Any:
            if pd.isna(v):
                return None
            s = str(v)
            hidden = max(len(s) - keep, 0)
            return char * hidden + s[hidden:]

        return values.map(one)
