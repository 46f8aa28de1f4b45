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
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ErrorLevel, SqlglotError
from sqlglot.tokens import TokenType

from governance_dagster.errors import UnparseableStatement


def parse_statements(sql: str, dialect: str) -> list[exp.Expression]:
    """Every statement of ``sql`` in ``dialect``.

    Raises:
        UnparseableStatement: sqlglot cannot parse it, or it holds no statement (fail closed).
    """
    try:
        # a comment after the last ";" parses as an empty Semicolon statement: not a statement of its own
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None and not isinstance(s, exp.Semicolon)]
    except SqlglotError as exc:
        raise UnparseableStatement(
            f"statement refused: it does not parse as {dialect} SQL ({type(exc).__name__}); "
            "rewrite it in standard SQL of that dialect",
            rule="unparseable",
        ) from None
    if not statements:
        raise UnparseableStatement("statement refused: it is empty", rule="unparseable")
    return statements


#: Expressions that carry a value written in the statement: plain literals and every special string form
#: (``E'...'``, ``N'...'``, ``$$...$$``, ``U&'...'``, ``B'...'``, ``X'...'``), which sqlglot does not parse as
#: :class:`exp.Literal`.
_VALUE_NODES: tuple[type[exp.Expression], ...] = (
    exp.Literal, exp.National, exp.RawString, exp.ByteString, exp.BitString, exp.HexString, exp.UnicodeString,
    exp.Heredoc,
)


def normalized(statement: exp.Expression, dialect: str) -> str:
    """The statement with every literal (of any string form) replaced by ``?``: safe to record, since values are
    gone."""
    stripped = statement.transform(
        lambda node: exp.Placeholder() if isinstance(node, _VALUE_NODES) else node, copy=True
    )
    return stripped.sql(dialect=dialect, normalize=True, pretty=False, unsupported_level=ErrorLevel.IGNORE)


_LITERAL_TOKENS = frozenset({TokenType.STRING, TokenType.NUMBER, TokenType.NATIONAL_STRING, TokenType.HEX_STRING,
                             TokenType.BIT_STRING, TokenType.BYTE_STRING, TokenType.RAW_STRING, TokenType.HEREDOC_STRING})


def fingerprint(statement: exp.Expression | str, dialect: str) -> str:
    """A short stable digest of the statement with literals, case, whitespace and comments folded away.

    Computed from the token stream of the generated SQL (pass it when you have it), so it copies no tree.
    """
    text = statement if isinstance(statement, str) else statement.sql(dialect=dialect, copy=False, unsupported_level=ErrorLevel.IGNORE)
    tokens = Dialect.get_or_raise(dialect).tokenize(text)
    folded = " ".join("?" if t.token_type in _LITERAL_TOKENS else t.text.lower() for t in tokens)
    return hashlib.sha256(folded.encode()).hexdigest()[:16]
