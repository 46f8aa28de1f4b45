"""The interface every masking operator implements, and what the operators share: the secret check, the
dialect's text type, SQL templates with the column as a placeholder."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any, ClassVar, TypeVar, cast

import pandas as pd
import sqlglot
from sqlglot import exp

from governance_dagster.errors import MaskingError
from governance_dagster.policy.parameters import PARAMETERS, OperatorParameters, parse_parameters

MIN_SECRET_BYTES = 16
#: The placeholder that stands for the masked column in an operator's SQL template.
VALUE = "__governed_value__"
#: Parameters as the operators take them: the typed model (as the policy holds it), or a mapping validated first.
Params = OperatorParameters | Mapping[str, Any]
_P = TypeVar("_P", bound=OperatorParameters)
#: The name of the unbounded text type in each dialect's SQL.
_TEXT = {"duckdb": "VARCHAR", "postgres": "TEXT", "spark": "STRING"}


def text_type(dialect: str) -> str:
    """The dialect's name of the unbounded text type.

    Example:
        >>> text_type("spark")
        'STRING'
    """
    return _TEXT.get(dialect, "TEXT")


def template(sql: str, value: exp.Expression, dialect: str, **literals: Any) -> exp.Expression:
    """Parse ``sql`` with ``__governed_value__`` standing for the column and ``{name}`` for literals."""
    rendered = sql.format(**{k: exp.convert(v).sql(dialect) for k, v in literals.items()})
    tree = _parsed(rendered, dialect)  # transform() works on a copy: the cached tree stays as parsed
    return tree.transform(lambda node: value.copy() if isinstance(node, exp.Column) and node.name == VALUE else node)


@lru_cache(maxsize=256)
def _parsed(sql: str, dialect: str) -> exp.Expression:
    """A template's parse tree, parsed once per process (each use transforms a copy)."""
    return sqlglot.parse_one(sql, read=dialect)


def check_secret(secret: str | None) -> str:
    """The secret, if it is long enough to key digests.

    Raises:
        MaskingError: no secret, or shorter than 16 bytes.
    """
    if not secret or len(secret.encode()) < MIN_SECRET_BYTES:
        raise MaskingError(
            f"a secret of at least {MIN_SECRET_BYTES} bytes is required to key hashes; set the GOVERNANCE_SECRET "
            "environment variable (for example to the output of `python -c 'import secrets; "
            "print(secrets.token_hex(32))'`) or pass the resource's `secret` as a Dagster EnvVar"
        )
    return secret


class Operator:
    """A masking operator. Subclasses set ``name`` and implement ``sql`` and ``apply``."""

    name: ClassVar[str]
    #: Whether the operator runs inside the database; one that does not runs on the fetched rows, in memory.
    in_database: ClassVar[bool] = True
    #: Whether distinct values stay distinct once masked (a keyed digest, an encryption): grouping by the masked
    #: value then groups the rows as the raw value does. A constant, a generalization, a partial mask or a fake
    #: picked from a list merges values.
    keeps_distinct: ClassVar[bool] = False

    @property
    def parameters(self) -> type[OperatorParameters]:
        """The model of this operator's parameters."""
        return PARAMETERS[self.name]

    def validate(self, params: Params) -> OperatorParameters:
        """``params`` as this operator's typed model: a model (as the policy holds it) is returned as it is, a
        mapping is validated.

        Raises:
            MaskingError: an unknown or invalid parameter; the message names the operator and the parameter.
        """
        return parse_parameters(self.name, params)

    def _typed(self, params: Params, model: type[_P]) -> _P:
        return cast(_P, self.validate(params))  # PARAMETERS maps this operator to ``model``

    def sql(self, value: exp.Expression, params: Params, dialect: str, secret: str) -> exp.Expression:
        """A SQL expression that masks ``value`` inside the database."""
        raise NotImplementedError

    def sql_for_type(self, value: exp.Expression, params: Params, dialect: str, secret: str,
                     sql_type: str) -> exp.Expression:
        """:meth:`sql` for a column stored as ``sql_type``; the same for every type unless an operator says
        otherwise."""
        return self.sql(value, params, dialect, secret)

    def apply(self, values: pd.Series, params: Params, secret: str) -> pd.Series:
        """Mask ``values`` in memory; nulls stay null."""
        raise NotImplementedError
