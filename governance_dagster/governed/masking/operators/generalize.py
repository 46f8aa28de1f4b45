"""``generalize``: a date to its year or month (also a date stored as a number), a code to a prefix, a number to a
bucket."""

from __future__ import annotations

import pandas as pd
import sqlglot
from sqlglot import exp

from governance_dagster.governed.masking.operators.base import VALUE, Operator, template, text_type
from governance_dagster.policy.parameters import GeneralizeParameters


def is_whole_number_type(sql_type: str, dialect: str) -> bool:
    """Whether ``sql_type`` stores whole numbers or decimals (not floats, dates or text).

    Example:
        >>> is_whole_number_type("BIGINT", "duckdb"), is_whole_number_type("numeric(8,0)", "postgres"), is_whole_number_type("DATE", "duckdb")
        (True, True, False)
    """
    try:
        built = exp.DataType.build(sql_type, dialect=dialect)
    except (sqlglot.errors.ParseError, ValueError):
        return False
    return built.is_type(*exp.DataType.INTEGER_TYPES, exp.DataType.Type.DECIMAL)


#: A date stored as a number: a four-digit year, or YYYYMMDD (19840312).
_YEAR, _YYYYMMDD = (1000, 9999), (10_000_101, 99_991_231)


def _generalize_number(value: int, to: str) -> int | None:
    if _YEAR[0] <= value <= _YEAR[1]:
        return value
    if _YYYYMMDD[0] <= value <= _YYYYMMDD[1]:
        return value - value % (10_000 if to == "year" else 100) + (101 if to == "year" else 1)
    return None


class Generalize(Operator):
    """Coarsens a value: a date (or a timestamp, or a date written as text) ``to`` year or month, a code to its
    first ``prefix`` characters, a number to ``bucket``-wide bins. Exactly one of ``to``, ``prefix`` and ``bucket``
    is given.

    A date stored as a whole number keeps its number type under ``to`` (so arithmetic such as ``2024 - birth_year``
    still works, on the generalized value): ``19840312`` becomes ``19840101`` (year) or ``19840301`` (month), a
    four-digit year stays as it is (the year is what generalizing keeps), and any other number, such as a birth day
    or a birth month stored on its own, carries no year and becomes NULL.

    Example:
        >>> Generalize().apply(pd.Series([19840312, 1984, 7]), {"to": "year"}, "s" * 16).tolist()
        [19840101, 1984, None]
    """

    name = "generalize"

    def sql(self, value, params, dialect, secret):
        p = self._typed(params, GeneralizeParameters)
        if p.to:
            # cast first: a date stored as text ('1980-03-04') has no date_trunc in DuckDB or PostgreSQL
            return template(f"CAST(date_trunc({{unit}}, CAST({VALUE} AS TIMESTAMP)) AS DATE)", value, dialect, unit=p.to)
        if p.prefix is not None:
            text = f"CAST({VALUE} AS {text_type(dialect)})"
            return template(f"left({text}, {p.prefix})", value, dialect)
        if dialect == "spark":  # Spark's floor gives BIGINT; DuckDB's and PostgreSQL's keep the double
            return template(f"CAST(floor({VALUE} / {{w}}) AS DOUBLE) * {{w}}", value, dialect, w=p.bucket)
        return template(f"floor({VALUE} / {{w}}) * {{w}}", value, dialect, w=p.bucket)

    def sql_for_type(self, value, params, dialect, secret, sql_type):
        p = self._typed(params, GeneralizeParameters)
        if not (p.to and is_whole_number_type(sql_type, dialect)):
            return self.sql(value, p, dialect, secret)
        step, first = (10_000, 101) if p.to == "year" else (100, 1)
        return template(
            f"CASE WHEN {VALUE} BETWEEN {_YEAR[0]} AND {_YEAR[1]} THEN {VALUE} "
            f"WHEN {VALUE} BETWEEN {_YYYYMMDD[0]} AND {_YYYYMMDD[1]} THEN {VALUE} - {VALUE} % {step} + {first} END",
            value, dialect)

    def apply(self, values, params, secret):
        p = self._typed(params, GeneralizeParameters)
        if p.to and _whole_numbers(values):
            return pd.Series([None if pd.isna(v) else _generalize_number(int(v), p.to) for v in values],
                             index=values.index, dtype=object)
        if p.to:
            dates = pd.to_datetime(values, errors="coerce")
            return dates.dt.to_period("Y" if p.to == "year" else "M").dt.start_time.dt.date.where(dates.notna())
        prefix = p.prefix
        if prefix is not None:
            return values.map(lambda v: None if pd.isna(v) else str(v)[:prefix])
        return (values // p.bucket) * p.bucket


def _whole_numbers(values: pd.Series) -> bool:
    """Integers (also as floats, which is how pandas holds an integer column with NULLs), not booleans."""
    if pd.api.types.is_bool_dtype(values) or not pd.api.types.is_numeric_dtype(values):
        return False
    return bool(pd.api.types.is_integer_dtype(values) or (values.dropna() % 1 == 0).all())
