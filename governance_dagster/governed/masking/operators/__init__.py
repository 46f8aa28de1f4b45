"""Masking operators: one small class each, in a module of its own, presidio-anonymizer style; this package's
registry (:data:`OPERATORS`, :func:`get_operator`) is the factory keyed by name.

Every operator has a typed model of its parameters (:mod:`governance_dagster.policy.parameters`), validated once
when the policy loads; the governed path hands the operators that model. An operator can run in two places with the
same result: inside the database, as a SQL expression that wraps the column (:meth:`Operator.sql`), and in memory on
a pandas Series (:meth:`Operator.apply`). Where presidio-anonymizer has the same operator, the result equals
presidio's.

Example:
    >>> import pandas as pd
    >>> op = get_operator("mask")
    >>> op.apply(pd.Series(["555-201-3344"]), {"chars_to_keep": 4}, secret="s" * 16).tolist()
    ['********3344']
"""

from __future__ import annotations

from governance_dagster.errors import MaskingError
from governance_dagster.governed.masking.operators.base import Operator
from governance_dagster.governed.masking.operators.encrypt import Encrypt
from governance_dagster.governed.masking.operators.generalize import Generalize
from governance_dagster.governed.masking.operators.hash import Hash
from governance_dagster.governed.masking.operators.keep import Keep
from governance_dagster.governed.masking.operators.mask import Mask
from governance_dagster.governed.masking.operators.null import Null
from governance_dagster.governed.masking.operators.redact import Redact
from governance_dagster.governed.masking.operators.replace import Replace
from governance_dagster.governed.masking.operators.scan import Scan
from governance_dagster.governed.masking.operators.surrogate import Surrogate

OPERATORS: dict[str, Operator] = {
    op.name: op
    for op in (Keep(), Hash(), Mask(), Redact(), Null(), Replace(), Generalize(), Surrogate(), Encrypt(), Scan())
}


def get_operator(name: str) -> Operator:
    """The operator called ``name``.

    Raises:
        MaskingError: no such operator; the message lists the valid names.
    """
    try:
        return OPERATORS[name]
    except KeyError:
        raise MaskingError(f"unknown masking operator {name!r}; valid operators: {sorted(OPERATORS)}") from None
