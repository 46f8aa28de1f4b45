"""Parsing statements with sqlglot, and the normalized fingerprint the audit trail and approvals use.

Example:
    >>> a = fingerprint(parse_statements("select * from t where id = 1", "duckdb")[0], "duckdb")
    >>> b = fingerprint(parse_statements("SELECT *  FROM t WHERE id = 42", "duckdb")[0], "duckdb")
    >>> a == b
    True
"""

from __future__ import annotations

import hashlib

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from governance_dagster.errors import UnparseableStatement


def parse_statements(sql: str, dialect: str) -> list[exp.Expression]:
    """Every statement of ``sql`` in ``dialect``.

    Raises:
        UnparseableStatement: sqlglot cannot parse it, or it holds no statement (fail closed).
    """
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except SqlglotError as exc:
        raise UnparseableStatement(
            f"statement refused: it does not parse as {dialect} SQL ({type(exc).__name__}); "
            "rewrite it in standard SQL of that dialect",
            rule="unparseable",
        ) from None
    if not statements:
        raise UnparseableStatement("statement refused: it is empty", rule="unparseable")
    return statements


def normalized(statement: exp.Expression, dialect: str) -> str:
    """The statement with every literal replaced by ``?``: safe to record, since values are gone."""
    stripped = statement.transform(
        lambda node: exp.Placeholder() if isinstance(node, exp.Literal) else node, copy=True
    )
    return stripped.sql(dialect=dialect, normalize=True, pretty=False)


def fingerprint(statement: exp.Expression, dialect: str) -> str:
    """A short stable digest of the normalized statement."""
    return hashlib.sha256(normalized(statement, dialect).encode()).hexdigest()[:16]
