"""Masking operators: one small class each, presidio-anonymizer style.

Every operator has a typed model of its parameters (:mod:`governance_dagster.policy.parameters`), validated once
when the policy loads; the governed path hands the operators that model. An operator can run in two places with the
same result: inside the database, as a SQL expression that wraps the column (:meth:`Operator.sql`), and in memory on
a pandas Series (:meth:`Operator.apply`). Where presidio-anonymizer has the same operator, the result equals
presidio's.

Example:
    >>> op = get_operator("mask")
    >>> op.apply(pd.Series(["555-201-3344"]), {"chars_to_keep": 4}, secret="s" * 16).tolist()
    ['********3344']
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, ClassVar, TypeVar, cast

import pandas as pd
import sqlglot
from sqlglot import exp

from governance_dagster.errors import MaskingError
from governance_dagster.policy.parameters import (
    PARAMETERS,
    EncryptParameters,
    GeneralizeParameters,
    HashParameters,
    MaskParameters,
    NoParameters,
    OperatorParameters,
    ReplaceParameters,
    SurrogateParameters,
    parse_parameters,
)
from governance_dagster.sql.dialect import DIGESTS, keyed_digest_sql  # the one writer of keyed-digest SQL

MIN_SECRET_BYTES = 16
_X = "__governed_value__"
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


def _template(sql: str, value: exp.Expression, dialect: str, **literals: Any) -> exp.Expression:
    """Parse ``sql`` with ``__governed_value__`` standing for the column and ``{name}`` for literals."""
    rendered = sql.format(**{k: exp.convert(v).sql(dialect) for k, v in literals.items()})
    tree = _parsed(rendered, dialect)  # transform() works on a copy: the cached tree stays as parsed
    return tree.transform(lambda node: value.copy() if isinstance(node, exp.Column) and node.name == _X else node)


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


class Keep(Operator):
    """Leaves the value as it is (for columns that hold no personal data)."""

    name = "keep"

    def sql(self, value, params, dialect, secret):
        return value

    def apply(self, values, params, secret):
        return values


class Hash(Operator):
    """Keyed digest: hex SHA-256 (or SHA-512) of the UTF-8 value followed by the secret, as presidio's ``hash`` with
    that salt. DuckDB has no SHA-512 function, so ``hash_type: sha512`` runs inside PostgreSQL, Spark and in memory
    only. Spark's ``sha2`` hashes a string's UTF-8 bytes, so the three databases give the same hex digest.

    Example:
        >>> get_operator("hash").apply(pd.Series(["a"]), {"hash_type": "sha512"}, secret="s" * 16).str.len().tolist()
        [128]
    """

    name = "hash"

    def sql(self, value, params, dialect, secret):
        hash_type = self._typed(params, HashParameters).hash_type
        if hash_type not in DIGESTS.get(dialect, ()):
            raise MaskingError(f"hash with hash_type {hash_type} cannot run inside {dialect}, which has no such "
                               "function; use hash_type sha256 there")
        text = f"CAST({_X} AS {text_type(dialect)})"
        return _template(keyed_digest_sql(text, dialect, check_secret(secret), hash_type), value, dialect)

    def apply(self, values, params, secret):
        digest = getattr(hashlib, self._typed(params, HashParameters).hash_type)
        salt = check_secret(secret).encode()
        return values.map(lambda v: None if pd.isna(v) else digest(str(v).encode() + salt).hexdigest())


def keyed_digest(value: str, secret: str) -> str:
    """The keyed digest :class:`Hash` computes, for one string."""
    return hashlib.sha256(value.encode() + check_secret(secret).encode()).hexdigest()


class Mask(Operator):
    """Replaces every character but the last ``chars_to_keep`` with ``masking_char``."""

    name = "mask"

    def sql(self, value, params, dialect, secret):
        p = self._typed(params, MaskParameters)
        text = f"CAST({_X} AS {text_type(dialect)})"
        keep = p.chars_to_keep
        tail = f"right({text}, {keep})" if keep else "''"
        return _template(
            f"CASE WHEN {_X} IS NULL THEN NULL ELSE repeat({{char}}, greatest(length({text}) - {keep}, 0)) || {tail} END",
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


class Redact(Operator):
    """Replaces the value with an empty string, as presidio's ``redact``."""

    name = "redact"

    def sql(self, value, params, dialect, secret):
        self._typed(params, NoParameters)
        return _template(f"CASE WHEN {_X} IS NULL THEN NULL ELSE '' END", value, dialect)

    def apply(self, values, params, secret):
        return values.map(lambda v: None if pd.isna(v) else "")


class Null(Operator):
    """Replaces the value with NULL."""

    name = "null"

    def sql(self, value, params, dialect, secret):
        self._typed(params, NoParameters)
        return exp.Null()

    def apply(self, values, params, secret):
        return pd.Series([None] * len(values), index=values.index, dtype="object")


class Replace(Operator):
    """Replaces the value with a constant, as presidio's ``replace``."""

    name = "replace"

    def sql(self, value, params, dialect, secret):
        new = self._typed(params, ReplaceParameters).text
        return _template(f"CASE WHEN {_X} IS NULL THEN NULL ELSE {{new}} END", value, dialect, new=new)

    def apply(self, values, params, secret):
        new = self._typed(params, ReplaceParameters).text
        return values.map(lambda v: None if pd.isna(v) else new)


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
        >>> get_operator("generalize").apply(pd.Series([19840312, 1984, 7]), {"to": "year"}, "s" * 16).tolist()
        [19840101, 1984, None]
    """

    name = "generalize"

    def sql(self, value, params, dialect, secret):
        p = self._typed(params, GeneralizeParameters)
        if p.to:
            # cast first: a date stored as text ('1980-03-04') has no date_trunc in DuckDB or PostgreSQL
            return _template(f"CAST(date_trunc({{unit}}, CAST({_X} AS TIMESTAMP)) AS DATE)", value, dialect, unit=p.to)
        if p.prefix is not None:
            text = f"CAST({_X} AS {text_type(dialect)})"
            return _template(f"left({text}, {p.prefix})", value, dialect)
        if dialect == "spark":  # Spark's floor gives BIGINT; DuckDB's and PostgreSQL's keep the double
            return _template(f"CAST(floor({_X} / {{w}}) AS DOUBLE) * {{w}}", value, dialect, w=p.bucket)
        return _template(f"floor({_X} / {{w}}) * {{w}}", value, dialect, w=p.bucket)

    def sql_for_type(self, value, params, dialect, secret, sql_type):
        p = self._typed(params, GeneralizeParameters)
        if not (p.to and is_whole_number_type(sql_type, dialect)):
            return self.sql(value, p, dialect, secret)
        step, first = (10_000, 101) if p.to == "year" else (100, 1)
        return _template(
            f"CASE WHEN {_X} BETWEEN {_YEAR[0]} AND {_YEAR[1]} THEN {_X} "
            f"WHEN {_X} BETWEEN {_YYYYMMDD[0]} AND {_YYYYMMDD[1]} THEN {_X} - {_X} % {step} + {first} END",
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


@lru_cache(maxsize=1)
def _surrogate_lists() -> dict[str, tuple[str, ...]]:
    """Name lists for surrogates, from the lists Faker ships for en_US (sorted, so every release orders them alike)."""
    from faker.providers.person.en_US import Provider

    first = tuple(sorted({n for n in Provider.first_names if n.isascii() and "'" not in n}))
    last = tuple(sorted({n for n in Provider.last_names if n.isascii() and "'" not in n}))
    return {
        "first": first,
        "last": last,
        "street": last[::7],
        "suffix": ("Street", "Avenue", "Road", "Lane", "Drive", "Court", "Way", "Place", "Terrace", "Boulevard"),
        "city": tuple(f"{n}{s}" for n in last[3::41] for s in ("ville", "ton", " Falls", " Springs")),
    }


def _surrogate_parts(kind: str) -> list[tuple[str, ...] | str]:
    """A surrogate as parts: a tuple is a list picked from by the next 8 hex digits of the digest, a string is a
    literal, and ``#mod:width`` is a number from the digest (mod, zero-padded to width)."""
    lists = _surrogate_lists()
    return {
        "person_name": [lists["first"], " ", lists["last"]],
        "first_name": [lists["first"]],
        "last_name": [lists["last"]],
        "email": ["lower:", lists["first"], ".", "lower:", lists["last"], "#1000:0", "@example.com"],
        "phone": ["(", "#800+200:3", ") 555-01", "#100:2"],
        "ssn": ["9", "#100:2", "-", "#90+10:2", "-", "#9000+1000:4"],
        "street_address": ["#9999+1:0", " ", lists["street"], " ", lists["suffix"]],
        "city": [lists["city"]],
        "postal_code": ["#100000:5"],
    }.get(kind, [])


class Surrogate(Operator):
    """A realistic fake value chosen deterministically from the keyed digest: the same real value gets the same
    fake in every table and every run with the same secret, so joins still work. Phones are in the fictional
    555-01xx range and SSNs in the never-issued 9xx area; other kinds get ``KIND-<digest prefix>``.
    """

    name = "surrogate"

    _HEX = {"duckdb": "CAST(('0x' || substr({h}, {start}, 8)) AS BIGINT)",
            "postgres": "('x' || substr({h}, {start}, 8))::bit(32)::bigint",
            "spark": "CAST(conv(substr({h}, {start}, 8), 16, 10) AS BIGINT)"}
    _PICK = {"duckdb": "list_element([{array}], CAST({number} % {n} AS INTEGER) + 1)",
             "postgres": "(ARRAY[{array}])[({number} % {n}) + 1]",
             "spark": "element_at(array({array}), CAST({number} % {n} AS INT) + 1)"}

    def sql(self, value, params, dialect, secret):
        kind = _surrogate_kind(self._typed(params, SurrogateParameters))
        digest = Hash().sql(value, HashParameters(), dialect, secret).sql(dialect)
        pieces, slot = [], 0
        parts = _surrogate_parts(kind)
        if not parts:
            prefix = exp.convert(f"{(kind or 'value').upper()}-").sql(dialect)
            return _template(f"CASE WHEN {_X} IS NULL THEN NULL ELSE {prefix} || substr({digest}, 1, 12) END", value, dialect)
        lower = False
        for part in parts:
            if part == "lower:":
                lower = True
                continue
            number = self._HEX[dialect].format(h=digest, start=1 + 8 * slot)
            if isinstance(part, tuple):
                array = ", ".join(exp.convert(v).sql(dialect) for v in part)
                pick = self._PICK[dialect].format(array=array, number=number, n=len(part))
                pieces.append(f"lower({pick})" if lower else pick)
                slot, lower = slot + 1, False
            elif part.startswith("#"):
                mod, _, width = part[1:].partition(":")
                modulus, _, offset = mod.partition("+")
                text = f"CAST({number} % {modulus} + {offset or 0} AS {text_type(dialect)})"
                pieces.append(f"lpad({text}, {width}, '0')" if int(width) else text)
                slot += 1
            else:
                pieces.append(exp.convert(part).sql(dialect))
        return _template(f"CASE WHEN {_X} IS NULL THEN NULL ELSE {' || '.join(pieces)} END", value, dialect)

    def apply(self, values, params, secret):
        kind = _surrogate_kind(self._typed(params, SurrogateParameters))
        salt = check_secret(secret).encode()
        parts = _surrogate_parts(kind)

        def one(v: Any) -> Any:
            if pd.isna(v):
                return None
            digest = hashlib.sha256(str(v).encode() + salt).hexdigest()
            if not parts:
                return f"{(kind or 'value').upper()}-{digest[:12]}"
            out, slot, lower = [], 0, False
            for part in parts:
                if part == "lower:":
                    lower = True
                    continue
                number = int(digest[8 * slot: 8 * slot + 8], 16)
                if isinstance(part, tuple):
                    picked = part[number % len(part)]
                    out.append(picked.lower() if lower else picked)
                    slot, lower = slot + 1, False
                elif part.startswith("#"):
                    mod, _, width = part[1:].partition(":")
                    modulus, _, offset = mod.partition("+")
                    out.append(str(number % int(modulus) + int(offset or 0)).zfill(int(width)))
                    slot += 1
                else:
                    out.append(part)
            return "".join(out)

        return values.map(one)


def _surrogate_kind(params: SurrogateParameters) -> str:
    """The kind a surrogate imitates, as text ('' when none is given)."""
    return params.kind.value if params.kind is not None else ""


class Encrypt(Operator):
    """Reversible encryption, presidio-anonymizer's ``encrypt`` (AES-CBC, random IV, URL-safe base64): presidio's
    ``decrypt`` with the same key recovers the value. The key (16, 24 or 32 bytes) comes from the environment
    variable named by ``key_env``. No database here has AES, so it runs on the fetched rows, in memory; the
    governed path therefore allows it only on whole-table reads (``read_table``, the IO manager's loads).
    """

    name = "encrypt"
    in_database = False

    def _key(self, params: Params) -> str:
        import os

        name = self._typed(params, EncryptParameters).key_env
        key = os.environ.get(name, "")
        if len(key.encode()) not in (16, 24, 32):
            raise MaskingError(f"encrypt needs a key of 16, 24 or 32 bytes in the environment variable {name}; "
                               "set it (for example to `python -c 'import secrets; print(secrets.token_hex(16))'`)")
        return key

    def sql(self, value, params, dialect, secret):
        raise MaskingError("encrypt cannot run inside the database; it runs in memory on whole-table reads")

    def apply(self, values, params, secret):
        from presidio_anonymizer.operators import Encrypt as PresidioEncrypt

        key = self._key(params)
        operator = PresidioEncrypt()
        return values.map(lambda v: None if pd.isna(v) else operator.operate(str(v), {"key": key}))


class Scan(Operator):
    """Free text: kept in the SQL but with the row's own identifier values replaced; the rest of the scan is done
    by :mod:`governance_dagster.detect.presidio` on the result, before it leaves the governed path.
    """

    name = "scan"

    def sql(self, value, params, dialect, secret):
        return value

    def apply(self, values, params, secret):
        from governance_dagster.detect.presidio import scan_series

        return scan_series(values)


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
