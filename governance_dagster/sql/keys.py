"""The hashing secret reaches the databases as data, never as statement text.

A keyed digest (:func:`governance_dagster.sql.dialect.keyed_digest_sql`) reads the secret from a one-column
relation of the connection, ``governance_keys``, by a key id: ``sha256(v || (SELECT key_secret FROM
temp.governance_keys WHERE key_id = '<id>'))``. The key id is the first 16 hex digits of SHA-256 over a fixed label
and the secret, so the statement text, a database's statement log, its activity view and its profile name the key
without revealing it. Building the SQL registers the secret in this process (:func:`hold`); before a statement that
reads the relation runs, the database layer (:mod:`governance_dagster.store.database`, :mod:`governance_dagster.store.spark`)
puts the keys it names into the connection without SQL text: a registered frame on DuckDB, a ``TEMP`` table
filled with ``COPY FROM STDIN`` on PostgreSQL, a temporary view of a DataFrame on Spark.

A statement naming a key this process does not hold is refused (:func:`referenced_keys`): a missing key would make
``v || NULL`` NULL and every digest with it. No user statement may name the relation (the guardrails'
``reserved-name`` rule).

Example:
    >>> key = hold("s" * 16)
    >>> key_sql("s" * 16, "postgres") == f"(SELECT key_secret FROM pg_temp.governance_keys WHERE key_id = '{key}')"
    True
    >>> referenced_keys(f"SELECT v || {key_sql('s' * 16, 'duckdb')} FROM t") == {key}
    True
    >>> referenced_keys("SELECT 1")
    frozenset()
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterable

from governance_dagster.errors import ConfigurationError

__all__ = ["KEY_RELATION", "held_keys", "hold", "key_id", "key_rows", "key_sql", "referenced_keys"]

#: The relation of a connection that holds the keys its statements read; reserved, no user statement names it.
KEY_RELATION = "governance_keys"
#: Where each dialect's connections keep it: DuckDB's and PostgreSQL's per-connection temporary schemas (so a
#: stored table of the same name is never read instead); Spark resolves a one-part name to its temporary view first.
_QUALIFIED = {"duckdb": f"temp.{KEY_RELATION}", "postgres": f"pg_temp.{KEY_RELATION}", "spark": KEY_RELATION}
_LABEL = b"governance-dagster key id\x00"
_IDS = re.compile(r"key_id\s*=\s*'([0-9a-f]{16})'")
_keys: dict[str, str] = {}
_guard = threading.Lock()


def key_id(secret: str) -> str:
    """The name of a key in statement text: 16 hex digits of SHA-256 over a fixed label and the secret (a digest of a
    secret of at least 16 bytes, which does not give the secret back).

    Example:
        >>> len(key_id("s" * 16)), key_id("s" * 16) == key_id("s" * 16), key_id("s" * 16) == key_id("t" * 16)
        (16, True, False)
    """
    return hashlib.sha256(_LABEL + secret.encode()).hexdigest()[:16]


def hold(secret: str) -> str:
    """Keep ``secret`` in this process under its key id, for the database layer to put into connections; returns
    the id."""
    key = key_id(secret)
    if _keys.get(key) != secret:
        with _guard:
            _keys[key] = secret
    return key


def key_sql(secret: str, dialect: str) -> str:
    """The scalar subquery that reads ``secret`` from the connection's key relation (and holds it, :func:`hold`)."""
    return f"(SELECT key_secret FROM {_QUALIFIED[dialect]} WHERE key_id = '{hold(secret)}')"


def referenced_keys(sql: str) -> frozenset[str]:
    """The key ids a statement reads from the key relation (none for most statements: one substring test).

    Raises:
        ConfigurationError: it reads the relation without naming a key, or names a key this process does not hold
            (its digests would be NULL).
    """
    if KEY_RELATION not in sql:
        return frozenset()
    ids = frozenset(_IDS.findall(sql))
    missing = sorted(ids - _keys.keys())
    if not ids or missing:
        raise ConfigurationError(
            f"a statement reads the hashing key {', '.join(missing) or '(none named)'}, which this process does not "
            f"hold; build keyed digests with keyed_digest_sql in the process that runs them (it holds the secret), "
            f"and never name the {KEY_RELATION} relation in SQL yourself")
    return ids


def key_rows(ids: Iterable[str]) -> list[tuple[str, str]]:
    """``(key_id, secret)`` of each of ``ids``, sorted (every id must be held: :func:`referenced_keys` checks)."""
    return [(key, _keys[key]) for key in sorted(ids)]


def held_keys() -> frozenset[str]:
    """The ids of every key this process holds."""
    return frozenset(_keys)
