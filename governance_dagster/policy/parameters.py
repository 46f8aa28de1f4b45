"""Typed parameters of the masking operators, validated once: when the policy loads.

Each operator has a pydantic model of its parameters. Unknown names, wrong types (``chars_to_keep: 'x'``, a
boolean where a number is meant) and out-of-range values (a negative count) are refused; the policy refuses them
at load with the column or kind and the parameter named (see :mod:`governance_dagster.policy.models`), and the operators
receive the validated model, so they do not check again when they run.

Example:
    >>> parse_parameters("mask", {"chars_to_keep": 2})
    MaskParameters(chars_to_keep=2, masking_char='*')
    >>> parse_parameters("mask", {"chars_to_keep": "x"})
    Traceback (most recent call last):
    ...
    governance_dagster.errors.MaskingError: operator 'mask' parameter 'chars_to_keep': Input should be a valid integer
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from governance_dagster.errors import MaskingError
from governance_dagster.kinds import Kind


class OperatorParameters(BaseModel):
    """Parameters of an operator: strict (no coercion of ``'4'`` to 4), frozen, no unknown names."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class NoParameters(OperatorParameters):
    """``keep``, ``redact``, ``null`` and ``scan`` take no parameters."""


class HashParameters(OperatorParameters):
    """``hash``: the digest function (SHA-512 runs in PostgreSQL and in memory only; DuckDB has none)."""

    hash_type: Literal["sha256", "sha512"] = "sha256"


class MaskParameters(OperatorParameters):
    """``mask``: how many trailing characters stay visible, and the character that hides the rest."""

    chars_to_keep: int = Field(default=4, ge=0)
    masking_char: str = Field(default="*", min_length=1, max_length=1)


class ReplaceParameters(OperatorParameters):
    """``replace``: the constant that stands for every non-null value (a number is written as text)."""

    new_value: str | int | float = "<REDACTED>"

    @property
    def text(self) -> str:
        """The constant as the text the operator writes."""
        return str(self.new_value)


class GeneralizeParameters(OperatorParameters):
    """``generalize``: exactly one of ``to`` (a date to its year or month), ``prefix`` (a code to its first n
    characters) and ``bucket`` (a number to bins that wide)."""

    to: Literal["year", "month"] | None = None
    prefix: int | None = Field(default=None, ge=0)
    bucket: int | float | None = Field(default=None, gt=0)

    @model_validator(mode="after")
    def _exactly_one(self) -> GeneralizeParameters:
        given = [name for name in ("to", "prefix", "bucket") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of 'to' (year|month), 'prefix' (n) or 'bucket' (width)"
                             + (f", not {' and '.join(given)}" if given else ""))
        return self


class SurrogateParameters(OperatorParameters):
    """``surrogate``: the kind of fake value; default: the column's kind."""

    kind: Kind | None = Field(default=None, strict=False)  # given by name in YAML: 'email'


class EncryptParameters(OperatorParameters):
    """``encrypt``: the environment variable that holds the AES key."""

    key_env: str = Field(default="GOVERNANCE_ENCRYPTION_KEY", pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")


#: The parameter model of each operator.
PARAMETERS: dict[str, type[OperatorParameters]] = {
    "keep": NoParameters, "hash": HashParameters, "mask": MaskParameters, "redact": NoParameters,
    "null": NoParameters, "replace": ReplaceParameters, "generalize": GeneralizeParameters,
    "surrogate": SurrogateParameters, "encrypt": EncryptParameters, "scan": NoParameters,
}


def parse_parameters(operator: str, params: Mapping[str, Any] | OperatorParameters) -> OperatorParameters:
    """``params`` of ``operator`` as its typed model; a model already of that type is returned as it is.

    Raises:
        MaskingError: no such operator, or a parameter is unknown or invalid; the message names the operator, the
            parameter and what it must be.

    Example:
        >>> parse_parameters("generalize", {"to": "year"}).to
        'year'
    """
    model = PARAMETERS.get(operator)
    if model is None:
        raise MaskingError(f"unknown masking operator {operator!r}; valid operators: {sorted(PARAMETERS)}")
    if isinstance(params, model):
        return params
    if isinstance(params, OperatorParameters):
        raise MaskingError(f"operator {operator!r} was given the parameters of another operator "
                           f"({type(params).__name__}); give a mapping of its parameters")
    try:
        return model.model_validate(dict(params))
    except ValidationError as exc:
        raise MaskingError("; ".join(_describe(operator, model, err) for err in exc.errors())) from None


def _describe(operator: str, model: type[OperatorParameters], err: Any) -> str:
    """One pydantic error as ``operator 'x' parameter 'y': what is wrong`` (no input value: it is policy text,
    but a message should not echo what could be pasted data)."""
    name = ".".join(str(part) for part in err["loc"])
    if err["type"] == "extra_forbidden":
        valid = ", ".join(sorted(model.model_fields)) or "none"
        return f"operator {operator!r} has no parameter {name!r}; valid parameters: {valid}"
    message = str(err["msg"]).removeprefix("Value error, ")
    if not name:
        return f"operator {operator!r}: {message}"
    return f"operator {operator!r} parameter {name!r}: {message}"
