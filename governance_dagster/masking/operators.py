"""Masking operators: one small class each, presidio-anonymizer style.

Every operator validates its parameters before it runs, and can run in two places with the same result: inside
the database, as a SQL expression that wraps the column (:meth:`Operator.sql`), and in memory on a pandas Series
(:meth:`Operator.apply`). Where presidio-anonymizer has the same operator, the result equals presidio's.

Example:
    >>> op = get_operator("mask")
    >>> op.apply(pd.Series(["555-201-3344"]), {"chars_to_keep": 4}, secret="s" * 16).tolist()
    ['********3344']
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Any, ClassVar

import pandas as pd
import sqlglot
from sqlglot import exp

from governance_dagster.errors import MaskingError

MIN_SECRET_BYTES = 16
_X = "__governed_value__"


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
    #: Parameter names and their defaults.
    PARAMS: ClassVar[dict[str, Any]] = {}

    def validate(self, params: dict[str, Any]) -> dict[str, Any]:
        """Merge ``params`` over the defaults; raise :class:`MaskingError` for unknown or bad parameters."""
        unknown = set(params) - set(self.PARAMS)
        if unknown:
            raise MaskingError(
                f"operator {self.name!r} has no parameter {sorted(unknown)}; valid parameters: {sorted(self.PARAMS)}"
            )
        return {**self.PARAMS, **params}

    def sql(self, value: exp.Expression, params: dict[str, Any], dialect: str, secret: str) -> exp.Expression:
        """A SQL expression that masks ``value`` inside the database."""
        raise NotImplementedError

    def apply(self, values: pd.Series, params: dict[str, Any], secret: str) -> pd.Series:
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
    that salt. DuckDB has no SHA-512 function, so ``hash_type: sha512`` runs inside PostgreSQL and in memory only.

    Example:
        >>> get_operator("hash").apply(pd.Series(["a"]), {"hash_type": "sha512"}, secret="s" * 16).str.len().tolist()
        [128]
    """

    name = "hash"
    PARAMS: ClassVar[dict[str, Any]] = {"hash_type": "sha256"}
    _SQL: ClassVar[dict[tuple[str, str], str]] = {
        ("duckdb", "sha256"): f"sha256(CAST({_X} AS VARCHAR) || {{salt}})",
        ("postgres", "sha256"): f"encode(sha256(convert_to(CAST({_X} AS TEXT) || {{salt}}, 'UTF8')), 'hex')",
        ("postgres", "sha512"): f"encode(sha512(convert_to(CAST({_X} AS TEXT) || {{salt}}, 'UTF8')), 'hex')",
    }

    def validate(self, params):
        merged = super().validate(params)
        if merged["hash_type"] not in ("sha256", "sha512"):
            raise MaskingError(f"hash: hash_type must be sha256 or sha512, got {merged['hash_type']!r}")
        return merged

    def sql(self, value, params, dialect, secret):
        hash_type = self.validate(params)["hash_type"]
        template = self._SQL.get((dialect, hash_type))
        if template is None:
            raise MaskingError(f"hash with hash_type {hash_type} cannot run inside {dialect}, which has no such "
                               "function; use hash_type sha256 there")
        return _template(template, value, dialect, salt=check_secret(secret))

    def apply(self, values, params, secret):
        digest = getattr(hashlib, self.validate(params)["hash_type"])
        salt = check_secret(secret).encode()
        return values.map(lambda v: None if pd.isna(v) else digest(str(v).encode() + salt).hexdigest())


def keyed_digest(value: str, secret: str) -> str:
    """The keyed digest :class:`Hash` computes, for one string."""
    return hashlib.sha256(value.encode() + check_secret(secret).encode()).hexdigest()


class Mask(Operator):
    """Replaces every character but the last ``chars_to_keep`` with ``masking_char``."""

    name = "mask"
    PARAMS: ClassVar[dict[str, Any]] = {"chars_to_keep": 4, "masking_char": "*"}

    def validate(self, params):
        merged = super().validate(params)
        if not isinstance(merged["chars_to_keep"], int) or merged["chars_to_keep"] < 0:
            raise MaskingError(f"mask: chars_to_keep must be a whole number >= 0, got {merged['chars_to_keep']!r}")
        if not isinstance(merged["masking_char"], str) or len(merged["masking_char"]) != 1:
            raise MaskingError("mask: masking_char must be exactly one character")
        return merged

    def sql(self, value, params, dialect, secret):
        p = self.validate(params)
        text = f"CAST({_X} AS {'VARCHAR' if dialect == 'duckdb' else 'TEXT'})"
        keep = p["chars_to_keep"]
        tail = f"right({text}, {keep})" if keep else "''"
        return _template(
            f"CASE WHEN {_X} IS NULL THEN NULL ELSE repeat({{char}}, greatest(length({text}) - {keep}, 0)) || {tail} END",
            value, dialect, char=p["masking_char"],
        )

    def apply(self, values, params, secret):
        p = self.validate(params)
        keep, char = p["chars_to_keep"], p["masking_char"]

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
        self.validate(params)
        return _template(f"CASE WHEN {_X} IS NULL THEN NULL ELSE '' END", value, dialect)

    def apply(self, values, params, secret):
        return values.map(lambda v: None if pd.isna(v) else "")


class Null(Operator):
    """Replaces the value with NULL."""

    name = "null"

    def sql(self, value, params, dialect, secret):
        self.validate(params)
        return exp.Null()

    def apply(self, values, params, secret):
        return pd.Series([None] * len(values), index=values.index, dtype="object")


class Replace(Operator):
    """Replaces the value with a constant, as presidio's ``replace``."""

    name = "replace"
    PARAMS: ClassVar[dict[str, Any]] = {"new_value": "<REDACTED>"}

    def sql(self, value, params, dialect, secret):
        p = self.validate(params)
        return _template(f"CASE WHEN {_X} IS NULL THEN NULL ELSE {{new}} END", value, dialect, new=str(p["new_value"]))

    def apply(self, values, params, secret):
        new = str(self.validate(params)["new_value"])
        return values.map(lambda v: None if pd.isna(v) else new)


class Generalize(Operator):
    """Coarsens a value: a date (or a timestamp, or a date written as text) ``to`` year or month, a code to its
    first ``prefix`` characters, a number to ``bucket``-wide bins. Exactly one of ``to``, ``prefix`` and ``bucket``
    is given.
    """

    name = "generalize"
    PARAMS: ClassVar[dict[str, Any]] = {"to": None, "prefix": None, "bucket": None}

    def validate(self, params):
        p = super().validate(params)
        given = [k for k in ("to", "prefix", "bucket") if p[k] is not None]
        if len(given) != 1:
            raise MaskingError("generalize: give exactly one of 'to' (year|month), 'prefix' (n) or 'bucket' (width)")
        if p["to"] is not None and p["to"] not in ("year", "month"):
            raise MaskingError(f"generalize: 'to' must be 'year' or 'month', got {p['to']!r}")
        if p["prefix"] is not None and (not isinstance(p["prefix"], int) or p["prefix"] < 0):
            raise MaskingError(f"generalize: 'prefix' must be a whole number >= 0, got {p['prefix']!r}")
        if p["bucket"] is not None and (not isinstance(p["bucket"], (int, float)) or p["bucket"] <= 0):
            raise MaskingError(f"generalize: 'bucket' must be a positive number, got {p['bucket']!r}")
        return p

    def sql(self, value, params, dialect, secret):
        p = self.validate(params)
        if p["to"]:
            # cast first: a date stored as text ('1980-03-04') has no date_trunc in DuckDB or PostgreSQL
            return _template(f"CAST(date_trunc({{unit}}, CAST({_X} AS TIMESTAMP)) AS DATE)", value, dialect, unit=p["to"])
        if p["prefix"] is not None:
            text = f"CAST({_X} AS {'VARCHAR' if dialect == 'duckdb' else 'TEXT'})"
            return _template(f"left({text}, {p['prefix']})", value, dialect)
        return _template(f"floor({_X} / {{w}}) * {{w}}", value, dialect, w=p["bucket"])

    def apply(self, values, params, secret):
        p = self.validate(params)
        if p["to"]:
            dates = pd.to_datetime(values, errors="coerce")
            return dates.dt.to_period("Y" if p["to"] == "year" else "M").dt.start_time.dt.date.where(dates.notna())
        if p["prefix"] is not None:
            return values.map(lambda v: None if pd.isna(v) else str(v)[: p["prefix"]])
        return (values // p["bucket"]) * p["bucket"]


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
    PARAMS: ClassVar[dict[str, Any]] = {"kind": None}

    _HEX = {"duckdb": "CAST(('0x' || substr({h}, {start}, 8)) AS BIGINT)",
            "postgres": "('x' || substr({h}, {start}, 8))::bit(32)::bigint"}

    def sql(self, value, params, dialect, secret):
        p = self.validate(params)
        digest = Hash().sql(value, {}, dialect, secret).sql(dialect)
        pieces, slot = [], 0
        parts = _surrogate_parts(str(p["kind"]))
        if not parts:
            prefix = exp.convert(f"{str(p['kind'] or 'value').upper()}-").sql(dialect)
            return _template(f"CASE WHEN {_X} IS NULL THEN NULL ELSE {prefix} || substr({digest}, 1, 12) END", value, dialect)
        lower = False
        for part in parts:
            if part == "lower:":
                lower = True
                continue
            number = self._HEX[dialect].format(h=digest, start=1 + 8 * slot)
            if isinstance(part, tuple):
                array = ", ".join(exp.convert(v).sql(dialect) for v in part)
                pick = (f"list_element([{array}], CAST({number} % {len(part)} AS INTEGER) + 1)" if dialect == "duckdb"
                        else f"(ARRAY[{array}])[({number} % {len(part)}) + 1]")
                pieces.append(f"lower({pick})" if lower else pick)
                slot, lower = slot + 1, False
            elif part.startswith("#"):
                mod, _, width = part[1:].partition(":")
                modulus, _, offset = mod.partition("+")
                text = f"CAST({number} % {modulus} + {offset or 0} AS {'VARCHAR' if dialect == 'duckdb' else 'TEXT'})"
                pieces.append(f"lpad({text}, {width}, '0')" if int(width) else text)
                slot += 1
            else:
                pieces.append(exp.convert(part).sql(dialect))
        return _template(f"CASE WHEN {_X} IS NULL THEN NULL ELSE {' || '.join(pieces)} END", value, dialect)

    def apply(self, values, params, secret):
        p = self.validate(params)
        salt = check_secret(secret).encode()
        parts = _surrogate_parts(str(p["kind"]))

        def one(v: Any) -> Any:
            if pd.isna(v):
                return None
            digest = hashlib.sha256(str(v).encode() + salt).hexdigest()
            if not parts:
                return f"{str(p['kind'] or 'value').upper()}-{digest[:12]}"
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


class Encrypt(Operator):
    """Reversible encryption, presidio-anonymizer's ``encrypt`` (AES-CBC, random IV, URL-safe base64): presidio's
    ``decrypt`` with the same key recovers the value. The key (16, 24 or 32 bytes) comes from the environment
    variable named by ``key_env``. No database here has AES, so it runs on the fetched rows, in memory; the
    governed path therefore allows it only on whole-table reads (``read_table``, the IO manager's loads).
    """

    name = "encrypt"
    in_database = False
    PARAMS: ClassVar[dict[str, Any]] = {"key_env": "GOVERNANCE_ENCRYPTION_KEY"}

    def _key(self, params: dict[str, Any]) -> str:
        import os

        name = self.validate(params)["key_env"]
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
    by :mod:`governance_dagster.masking.free_text` on the result, before it leaves the governed path.
    """

    name = "scan"

    def sql(self, value, params, dialect, secret):
        return value

    def apply(self, values, params, secret):
        from governance_dagster.masking.free_text import scan_series

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
