"""Parsing statements with sqlglot, and the normalized fingerprint the audit trail and approvals use.

Example:
    >>> a = fingerprint(parse_statements("select * from t where id = 1", "duckdb")[0], "duckdb")
    >>> b = fingerprint(parse_statements("SELECT *  FROM t WHERE id = 42", "duckdb")[0], "duckdb")
    >>> a == b
    True
    >>> parse_statements("SELECT 1" + chr(0), "duckdb")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    governance_dagster.errors.UnparseableStatement: statement refused: it holds the control character U+0000 ...
"""

from __future__ import annotations

import hashlib
import re

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ErrorLevel, SqlglotError
from sqlglot.tokens import TokenType

from governance_dagster.errors import ConfigurationError, UnparseableStatement
from governance_dagster.rules import Rule

#: How deeply a statement may nest (brackets, subqueries, CASE, functions, set operations; a chain of one binary
#: operator such as ``a AND b AND c`` counts once). The parser, the guardrails and the masking rewrite recurse
#: about twice per level, so this bound keeps the whole governed path within Python's default recursion limit
#: even when called from deep inside a Dagster run, without touching :func:`sys.setrecursionlimit` (a process-wide
#: setting, and sqlglot's compiled parser runs on the C stack). Hand-written and generated SQL nests far less: a
#: TPC-H query reaches about 15.
MAX_NESTING = 200

#: Control characters SQL text may carry: tab, line feed, carriage return, form feed (whitespace to every SQL
#: scanner). Any other (NUL, the rest of C0, DEL, C1) is refused: PostgreSQL cannot hold NUL, and the scanners
#: disagree on which of them are whitespace, so the guardrails could read a statement another way than the
#: database does. Lone surrogates are what bytes that are not UTF-8 become in Python (``surrogateescape``).
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BRACKETS = {TokenType.L_PAREN: 1, TokenType.L_BRACKET: 1, TokenType.L_BRACE: 1,
             TokenType.R_PAREN: -1, TokenType.R_BRACKET: -1, TokenType.R_BRACE: -1}


def _unparseable(reason: str) -> UnparseableStatement:
    return UnparseableStatement(f"statement refused: {reason}", rule=Rule.UNPARSEABLE)


def _refuse_unsafe_text(sql: object) -> str:
    """``sql`` if it is text every SQL scanner reads the same way; the message names the offending code point and
    its offset, never the text around it."""
    if not isinstance(sql, str):
        raise _unparseable(f"it is a {type(sql).__name__}, not text; pass the statement as a str")
    found = _UNREADABLE.search(sql)
    if found is None:
        return sql
    offset, code = found.start(), ord(found.group())
    if 0xD800 <= code <= 0xDFFF:
        raise _unparseable(
            f"it is not valid Unicode: a lone surrogate U+{code:04X} at offset {offset} (bytes that are not "
            "UTF-8, decoded with surrogateescape); pass the statement as UTF-8 text")
    raise _unparseable(
        f"it holds the control character U+{code:04X} at offset {offset}, which SQL text may not carry; "
        f"remove it (write a control character inside a value as chr({code}))")


def _unicode_escaped_identifier(tokens: list) -> int | None:
    """The offset of the first identifier written with Unicode escapes (``U&"..."``, PostgreSQL's form), if any.

    PostgreSQL reads ``U&"\\0065mail"`` as the identifier ``email``; sqlglot reads the column ``U``, the operator
    ``&`` and a column named ``\\0065mail``, so the guardrails and the masking would judge names no table has
    while the database reads another column. ``U``, ``&`` and the quote must touch (as PostgreSQL requires), so
    ``u & "x"`` is a bitwise and; ``U&'...'`` is a string, whose escapes sqlglot decodes.

    Example:
        >>> from sqlglot.dialects.dialect import Dialect
        >>> _unicode_escaped_identifier(Dialect.get_or_raise("postgres").tokenize('SELECT U&"\\0061" FROM t'))
        7
        >>> _unicode_escaped_identifier(Dialect.get_or_raise("postgres").tokenize('SELECT u & "a" FROM t')) is None
        True
    """
    for var, amp, quoted in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if (var.token_type is TokenType.VAR and var.text in ("u", "U") and amp.token_type is TokenType.AMP
                and quoted.token_type is TokenType.IDENTIFIER and amp.start == var.end + 1
                and quoted.start == amp.end + 1):
            return var.start
    return None


#: The longest name PostgreSQL keeps, in bytes (``NAMEDATALEN - 1``): its scanner cuts a longer one to this length.
POSTGRES_NAME_BYTES = 63


def _cut_name(tokens: list) -> tuple[int, int] | None:
    """The offset and length in bytes of the first name longer than PostgreSQL keeps, if any.

    PostgreSQL reads ``<a 63-byte column name>_x`` as that column (it cuts the name, with a notice nobody sees);
    sqlglot reads a name no table has, so a write would be judged on a column it does not read.

    Example:
        >>> from sqlglot.dialects.dialect import Dialect
        >>> _cut_name(Dialect.get_or_raise("postgres").tokenize("SELECT " + "a" * 64 + " FROM t"))
        (7, 64)
    """
    for token in tokens:
        if token.token_type in (TokenType.VAR, TokenType.IDENTIFIER) \
                and (size := len(token.text.encode())) > POSTGRES_NAME_BYTES:
            return token.start, size
    return None


def _too_deep(depth: int) -> UnparseableStatement:
    return _unparseable(f"it nests {depth} levels deep, more than the {MAX_NESTING} the guardrails read; flatten "
                        "it (a WITH clause instead of nested subqueries, IN (...) instead of nested conditions)")


def _bracket_depth(tokens: list) -> int:
    depth = deepest = 0
    for token in tokens:
        depth += _BRACKETS.get(token.token_type, 0)
        deepest = max(deepest, depth)
    return deepest


def nesting(statement: exp.Expression) -> int:
    """How deeply ``statement`` nests, counted without recursion; a chain of one binary operator counts once.

    Example:
        >>> nesting(parse_statements("SELECT a FROM t WHERE a = 1 AND b = 2 AND c = 3", "duckdb")[0])
        6
        >>> nesting(parse_statements("SELECT ((((a)))) FROM t", "duckdb")[0])
        7
    """
    deepest = 0
    stack = [(statement, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        for child in node.iter_expressions():
            chained = isinstance(node, exp.Binary) and type(child) is type(node)
            stack.append((child, depth if chained else depth + 1))
    return deepest


def sql_dialect(name: str) -> Dialect:
    """sqlglot's dialect called ``name``.

    Raises:
        ConfigurationError: sqlglot knows no such dialect; the message gives sqlglot's suggestion and the fix.

    Example:
        >>> type(sql_dialect("postgres")).__name__
        'Postgres'
    """
    try:
        return Dialect.get_or_raise(name)
    except ValueError as exc:  # sqlglot: "Unknown dialect 'x'. Did you mean y?"
        raise ConfigurationError(f"{str(exc).rstrip('.')}; give a SQL dialect sqlglot knows, such as duckdb or "
                                 "postgres (the dialect of the governed database)") from None


def parse_statements(sql: str, dialect: str) -> list[exp.Expression]:
    """Every statement of ``sql`` in ``dialect``.

    Raises:
        UnparseableStatement: sqlglot cannot parse it, it holds no statement, it is not valid Unicode text or holds
            a control character other than whitespace, it writes an identifier with Unicode escapes (``U&"..."``,
            read as another name by PostgreSQL than by sqlglot), or, in PostgreSQL, a name longer than
            :data:`POSTGRES_NAME_BYTES` (which the database cuts), or it nests deeper than :data:`MAX_NESTING` (fail
            closed).
        ConfigurationError: sqlglot knows no dialect called ``dialect``.
    """
    reader = sql_dialect(dialect)
    _refuse_unsafe_text(sql)
    try:
        tokens = reader.tokenize(sql)
        if (offset := _unicode_escaped_identifier(tokens)) is not None:
            raise _unparseable(
                f"it writes an identifier with Unicode escapes (U&\"...\", at offset {offset}), which PostgreSQL reads "
                "as another name than the guardrails do; write the name itself (in double quotes where needed)")
        if dialect == "postgres" and (cut := _cut_name(tokens)) is not None:
            raise _unparseable(
                f"it holds a name of {cut[1]} bytes (at offset {cut[0]}), which PostgreSQL cuts to its first "
                f"{POSTGRES_NAME_BYTES} bytes and so reads as another name than the guardrails do; write the name "
                "as the database stores it")
        deepest = _bracket_depth(tokens)
        if deepest > MAX_NESTING:
            raise _too_deep(deepest)
        parsed = reader.parser().parse(tokens, sql)
    except SqlglotError as exc:
        raise _unparseable(f"it does not parse as {dialect} SQL ({type(exc).__name__}); rewrite it in standard SQL "
                           "of that dialect") from None
    except RecursionError:
        raise _unparseable(f"it nests too deeply to parse; flatten it below {MAX_NESTING} levels") from None
    # a comment after the last ";" parses as an empty Semicolon statement: not a statement of its own
    statements = [s for s in parsed if s is not None and not isinstance(s, exp.Semicolon)]
    if not statements:
        raise _unparseable("it is empty")
    for statement in statements:
        if (depth := nesting(statement)) > MAX_NESTING:
            raise _too_deep(depth)
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
    tokens = sql_dialect(dialect).tokenize(text)
    folded = " ".join("?" if t.token_type in _LITERAL_TOKENS else t.text.lower() for t in tokens)
    return hashlib.sha256(folded.encode()).hexdigest()[:16]
