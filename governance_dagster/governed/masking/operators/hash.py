"""``hash``: the keyed digest of the value (presidio's salted ``hash``)."""

from __future__ import annotations

import hashlib

import pandas as pd

from governance_dagster.errors import MaskingError
from governance_dagster.governed.masking.operators.base import VALUE, Operator, check_secret, template, text_type
from governance_dagster.policy.parameters import HashParameters
from governance_dagster.sql.dialect import DIGESTS, keyed_digest_sql  # the one writer of keyed-digest SQL


class Hash(Operator):
    """Keyed digest: hex SHA-256 (or SHA-512) of the UTF-8 value followed by the secret, as presidio's ``hash`` with
    that salt. DuckDB has no SHA-512 function, so ``hash_type: sha512`` runs inside PostgreSQL, Spark and in memory
    only. Spark's ``sha2`` hashes a string's UTF-8 bytes, so the three databases give the same hex digest.

    Example:
        >>> Hash().apply(pd.Series(["a"]), {"hash_type": "sha512"}, secret="s" * 16).str.len().tolist()
        [128]
    """

    name = "hash"
    keeps_distinct = True

    def sql(self, value, params, dialect, secret):
        hash_type = self._typed(params, HashParameters).hash_type
        if hash_type not in DIGESTS.get(dialect, ()):
            raise MaskingError(f"hash with hash_type {hash_type} cannot run inside {dialect}, which has no such "
                               "function; use hash_type sha256 there")
        text = f"CAST({VALUE} AS {text_type(dialect)})"
        return template(keyed_digest_sql(text, dialect, check_secret(secret), hash_type), value, dialect)

    def apply(self, values, params, secret):
        digest = getattr(hashlib, self._typed(params, HashParameters).hash_type)
        salt = check_secret(secret).encode()
        return values.map(lambda v: None if pd.isna(v) else digest(str(v).encode() + salt).hexdigest())


def keyed_digest(value: str, secret: str) -> str:
    """The keyed digest :class:`Hash` computes, for one string."""
    return hashlib.sha256(value.encode() + check_secret(secret).encode()).hexdigest()
