"""Keyed digests of normalized values, computed inside the database where a table lives.

Leakage checks compare real and synthetic values through these digests only, so the values themselves never
reach Python, a report or a log.

Example:
    >>> "regexp_replace(" in digests_query("main", "t", ["phone"], "digits", "duckdb", "s" * 16)
    True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Literal

from governance_dagster.kinds import Kind
from governance_dagster.sql.dialect import (
    check_dialect,
    ident,
    keyed_digest_sql,
    literal,
    nfc_lower,
    replace_all_sql,
    text_type,
)
from governance_dagster.sql.phones import phone_e164, phone_e164_sql

Normalization = Literal["text", "digits", "phone", "compact"]

#: Kinds compared on their digits alone (formatting differs between sources).
DIGIT_KINDS = frozenset({Kind.PHONE, Kind.SSN, Kind.CREDIT_CARD, Kind.NATIONAL_ID})
MIN_DIGITS = 7
#: Region assumed for phones written without a country code when none is given (the policy's default).
DEFAULT_REGION = "US"
#: Kinds compared in their compact form: letters and digits only, lower-cased (an IBAN printed in groups of four,
#: ``DE60 3704 ...``, and written electronically, ``DE603704...``, is one account).
COMPACT_KINDS = frozenset({Kind.IBAN})
#: Characters trimmed from both ends of a text value: white space (tab, line breaks, no-break space) besides the space.
_PAD = " \t\n\r\x0b\x0c\xa0"
#: Characters without width, removed anywhere from a text value (zero-width space, joiners, byte-order mark, soft hyphen).
_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
#: An e-mail address inside a text value: what a ``mailto:``, angle brackets, quotes, a JSON document or a sentence
#: wrap it in is left out (the same pattern in RE2, PostgreSQL's AREs, Java and Python).
EMAIL_IN_TEXT = r"[^\s<>()\[\]{}\"',;:@]+@[^\s<>()\[\]{}\"',;:@]+"
#: A sub-address (``+tag`` before the ``@``), which delivers to the same mailbox.
_SUBADDRESS = r"\+[^@]*@"


def normalization_for(kind: Kind) -> Normalization:
    """How values of ``kind`` are normalized before comparison: phones by their E.164 form (country code and
    national significant number, see :mod:`governance_dagster.sql.phones`), other digit kinds by their digits,
    IBANs by their compact form (letters and digits, lower-cased), the rest as text (see :func:`text_sql`)."""
    if kind is Kind.PHONE:
        return "phone"
    if kind in COMPACT_KINDS:
        return "compact"
    return "digits" if kind in DIGIT_KINDS else "text"


def _chars(chars: str | tuple[str, ...], dialect: str) -> str:
    """SQL text made of ``chars``, written as code points (``chr`` calls; escapes in Spark), so that no control or
    invisible character is part of a statement."""
    if dialect == "spark":
        return "'" + "".join(f"\\u{ord(c):04x}" for c in chars) + "'"
    return " || ".join(f"chr({ord(c)})" for c in chars)


def trim_sql(text_sql_: str, dialect: str) -> str:
    """SQL trimming white space (tab, line breaks and the no-break space too, not only the space) from both ends
    of the text ``text_sql_``. The trim with a set of characters is slow, so it runs only on values that start or
    end with such a character.

    Example:
        >>> import duckdb
        >>> duckdb.sql(f"SELECT {trim_sql('v', 'duckdb')} FROM (SELECT chr(9) || ' a b' || chr(160) AS v)").fetchall()
        [('a b',)]
    """
    last = f"right({text_sql_}, 1)"
    padded = (f"(ascii({text_sql_}) < 33 OR ascii({last}) < 33 OR ascii({text_sql_}) = 160 OR "
              f"ascii({last}) = 160)")
    return f"CASE WHEN {padded} THEN {_trim_all(text_sql_, dialect)} ELSE {text_sql_} END"


def _trim_all(text_sql_: str, dialect: str) -> str:
    """``text_sql_`` with the characters of :data:`_PAD` trimmed from both ends."""
    pad = _chars(_PAD, dialect)
    if dialect == "spark":
        return f"trim(BOTH {pad} FROM {text_sql_})"
    return f"{'btrim' if dialect == 'postgres' else 'trim'}({text_sql_}, {pad})"


def text_sql(name: str, dialect: str) -> str:
    """SQL normalizing the text ``name`` for comparison: NFC, lower-cased, characters without width removed, runs of
    spaces made one, white space trimmed from both ends; a value that holds an e-mail address becomes that address
    alone (the first one), without a sub-address (``+tag``) or trailing dots. So ``mailto:Zeb+news@X.org``,
    ``Zeb Q <zeb@x.org>``, ``{"email": "zeb@x.org"}`` and ``zeb@x.org.`` all equal ``zeb@x.org``.

    Each costly step runs only on the values that need it: characters without width and runs of spaces on values
    that are not plain ASCII or hold two spaces in a row, the e-mail on values with an ``@``.

    Example:
        >>> import duckdb
        >>> duckdb.sql(f"SELECT {text_sql('v', 'duckdb')} FROM (SELECT 'Zeb Q <Zeb+news@X.org>.' AS v)").fetchall()
        [('zeb@x.org',)]
    """
    raw = f"CAST({name} AS {text_type(dialect)})"
    lowered = nfc_lower(name, dialect)
    unusual = lowered
    for c in _INVISIBLE:
        unusual = f"replace({unusual}, {_chars(c, dialect)}, '')"
    unusual = replace_all_sql(unusual, " +", " ", dialect)
    position = "instr" if dialect == "spark" else "strpos"
    octets = "strlen" if dialect == "duckdb" else "octet_length"
    # plain values (ASCII, no run of spaces, nothing to trim) are only lower-cased
    odd = (f"({octets}({raw}) <> length({raw}) OR {position}({raw}, '  ') > 0 OR ascii({raw}) < 33 "
           f"OR ascii(right({raw}, 1)) < 33)")
    trimmed = f"CASE WHEN {odd} THEN {_trim_all(unusual, dialect)} ELSE {lowered} END"
    pattern = literal(EMAIL_IN_TEXT, dialect)
    found = (f"coalesce(substring({trimmed} FROM {pattern}), '')" if dialect == "postgres"
             else f"regexp_extract({trimmed}, {pattern}, 0)")
    address = f"rtrim(regexp_replace({found}, {literal(_SUBADDRESS, dialect)}, '@'), '.')" if dialect != "spark" \
        else f"trim(TRAILING '.' FROM regexp_replace({found}, {literal(_SUBADDRESS, dialect)}, '@'))"
    return f"CASE WHEN {position}({raw}, '@') > 0 AND {found} <> '' THEN {address} ELSE {trimmed} END"


def _normalized(column: str, norm: Normalization, dialect: str, region: str = DEFAULT_REGION) -> tuple[str, str]:
    """The normalized value of ``column`` and the condition a value must meet to be compared."""
    check_dialect(dialect)
    name = ident(column, dialect)
    text = f"CAST({name} AS {text_type(dialect)})"
    if norm == "text":
        value = text_sql(name, dialect)
        # non-empty once trimmed (a value of white space alone normalizes to ''; cheaper than normalizing twice)
        return value, f"{name} IS NOT NULL AND length(trim({text})) > 0"
    if norm == "compact":
        value = replace_all_sql(f"lower({text})", "[^0-9a-z]", "", dialect)
    else:
        # leading zeros dropped: an SSN or account number stored as a whole number has lost them
        digits = replace_all_sql(text, "[^0-9]", "", dialect)
        digits = f"trim(LEADING '0' FROM {digits})" if dialect == "spark" else f"ltrim({digits}, '0')"
        value = phone_e164_sql(name, dialect, region) if norm == "phone" else digits
    # count the digits with translate (cheap) so the regular expressions run on candidates only
    keep = f"length({text}) - length(translate({text}, '0123456789', '')) >= {MIN_DIGITS}"
    return value, f"{name} IS NOT NULL AND {keep}"


def integral_text_sql(column: str, dialect: str) -> str:
    """SQL giving the text of a floating-point or decimal column's whole numbers (``219099999.0`` ->
    ``'219099999'``) and NULL for the rest: an SSN, card or phone that a data frame turned into a float (a column
    of numbers with a missing value) is compared by its digits, not by the ``.0`` its text gains.

    Example:
        >>> import duckdb
        >>> duckdb.sql(f"SELECT {integral_text_sql('v', 'duckdb')} FROM (SELECT 219099999.0::DOUBLE AS v)").fetchall()
        [('219099999',)]
    """
    col = ident(column, dialect)
    return (f"CASE WHEN abs({col}) < 1e18 AND {col} = floor({col}) "
            f"THEN CAST(CAST({col} AS BIGINT) AS {text_type(dialect)}) END")


def digests_query(schema: str, table: str, columns: list[str], norm: Normalization, dialect: str, secret: str,
                  region: str = DEFAULT_REGION, integral: frozenset[str] = frozenset()) -> str:
    """SQL giving ``col``, ``digest`` and ``n`` (rows holding it) per column of ``columns`` and distinct normalized
    value, in one statement: the columns' cells, as text, are stacked and normalized by one expression (the phone
    normalization is a long one, which the database plans once rather than once a column).

    Values are grouped before they are hashed, so each distinct value of a column is hashed once. Columns in
    ``integral`` (floating-point or decimal) are read by :func:`integral_text_sql`.

    Example:
        >>> "regexp_replace(" in digests_query("main", "t", ["phone", "fax"], "digits", "duckdb", "s" * 16)
        True
    """
    check_dialect(dialect)
    source = f"{ident(schema, dialect)}.{ident(table, dialect)}"
    cells = " UNION ALL ".join(
        f"SELECT {literal(column, dialect)} AS col, "
        f"{integral_text_sql(column, dialect) if column in integral else f'CAST({ident(column, dialect)} AS {text_type(dialect)})'}"
        f" AS cell FROM {source}" for column in columns)
    value, keep = _normalized("cell", norm, dialect, region)
    return (f"SELECT col, {keyed_digest_sql('v', dialect, secret)} AS digest, n FROM (SELECT col, {value} AS v, "
            f"count(*) AS n FROM ({cells}) AS cells WHERE {keep} GROUP BY 1, 2) d")


def matches_query(real: tuple[str, str], real_columns: dict[str, Normalization], synthetic: tuple[str, str],
                  synthetic_columns: list[str], dialect: str, region: str = DEFAULT_REGION,
                  integral: frozenset[str] = frozenset()) -> str:
    """SQL comparing normalized values of two tables of one database without releasing any of them.

    Gives, per synthetic column and normalization that matches: ``replayed_values`` (distinct values also in a real
    identifier column), ``replayed_rows`` (rows holding them) and ``matched`` (the real columns, comma-separated).

    Example:
        >>> "EXISTS (SELECT 1 FROM r" in matches_query(("main", "t"), {"email": "text"}, ("s", "t"), ["email"], "duckdb")
        True
    """
    norms = sorted(set(real_columns.values()))
    real_parts, synthetic_parts, distinct = [], [], []
    for column, norm in real_columns.items():
        value, keep = _normalized(column, norm, dialect, region)
        real_parts.append(f"SELECT DISTINCT {literal(norm, dialect)} AS norm, {literal(column, dialect)} AS rc, "
                          f"{value} AS v FROM {ident(real[0], dialect)}.{ident(real[1], dialect)} WHERE {keep}")
    for k, column in enumerate(synthetic_columns):
        # each synthetic column is read once and grouped by its raw values; only distinct values are normalized
        # Spark has no MATERIALIZED; it reuses the exchange of a CTE read twice on its own
        materialized = "" if dialect == "spark" else "MATERIALIZED "
        # floating-point and decimal columns (``integral``) by their whole numbers, and by digits or phone only
        raw = integral_text_sql(column, dialect) if column in integral else ident(column, dialect)
        distinct.append(f"c{k} AS {materialized}(SELECT {raw} AS raw, count(*) AS n "
                        f"FROM {ident(synthetic[0], dialect)}.{ident(synthetic[1], dialect)} GROUP BY 1)")
        for norm in norms:
            if column in integral and norm not in ("digits", "phone"):
                continue
            value, keep = _normalized("raw", norm, dialect, region)
            synthetic_parts.append(
                f"SELECT {literal(norm, dialect)} AS norm, {literal(column, dialect)} AS sc, {value} AS v, n FROM c{k} "
                f"WHERE {keep}")
    # keep the synthetic values that some real identifier has (a semi-join: nothing else is grouped), then count
    return (
        f"WITH {', '.join(distinct)}, r AS ({' UNION ALL '.join(real_parts)}), "
        f"s AS ({' UNION ALL '.join(synthetic_parts)}), "
        "per_value AS (SELECT sc, norm, v, sum(n) AS n FROM s "
        "WHERE EXISTS (SELECT 1 FROM r WHERE r.norm = s.norm AND r.v = s.v) GROUP BY sc, norm, v), "
        "counts AS (SELECT sc, norm, count(*) AS replayed_values, sum(n) AS replayed_rows FROM per_value "
        "GROUP BY sc, norm), "
        "sources AS (SELECT p.sc, p.norm, string_agg(DISTINCT r.rc, ',') AS matched FROM per_value p "
        "JOIN r ON p.norm = r.norm AND p.v = r.v GROUP BY p.sc, p.norm) "
        "SELECT counts.sc, counts.norm, counts.replayed_values, counts.replayed_rows, sources.matched "
        "FROM counts JOIN sources ON counts.sc = sources.sc AND counts.norm = sources.norm"
    )


def weak_shares_query(real: tuple[str, str], real_columns: list[str], synthetic: tuple[str, str],
                      synthetic_columns: list[str], dialect: str,
                      holdout: tuple[tuple[str, str], list[str]] | None = None) -> str:
    """SQL giving, for tables of one database, what the weak identifier check needs without releasing a value: per
    synthetic column ``sc`` and real column ``rc`` sharing a normalized text value, ``rows`` (the synthetic
    column's non-empty rows), ``matched`` (its rows holding a value of the real column), ``shared`` and ``total``
    (the real column's rows whose value another row holds, and all its rows: the chance baseline) and
    ``holdout_matched`` (its rows holding a value of the holdout's column; NULL without one); and for values only
    one row holds: ``unique_matched``, ``pairs`` (the real column's rows whose value exactly one other row holds)
    and ``holdout_unique_matched``.

    Example:
        >>> "JOIN r ON s.v = r.v" in weak_shares_query(("main", "t"), ["name"], ("s", "t"), ["name"], "duckdb")
        True
    """
    def grouped(table: tuple[str, str], columns: list[str], label: str) -> str:
        parts = []
        for column in columns:
            value, keep = _normalized(column, "text", dialect)
            parts.append(f"SELECT {literal(column, dialect)} AS {label}, {value} AS v, count(*) AS n "
                         f"FROM {ident(table[0], dialect)}.{ident(table[1], dialect)} WHERE {keep} GROUP BY 2")
        return " UNION ALL ".join(parts)

    ctes = [f"s AS ({grouped(synthetic, synthetic_columns, 'sc')})", f"r AS ({grouped(real, real_columns, 'rc')})",
            "s_rows AS (SELECT sc, sum(n) AS total_rows FROM s GROUP BY sc)",
            ("r_stats AS (SELECT rc, sum(CASE WHEN n > 1 THEN n ELSE 0 END) AS shared, "
             "sum(CASE WHEN n = 2 THEN n ELSE 0 END) AS pairs, sum(n) AS total FROM r GROUP BY rc)"),
            ("m AS (SELECT s.sc, r.rc, sum(s.n) AS matched, sum(CASE WHEN r.n = 1 THEN s.n ELSE 0 END) AS "
             "unique_matched FROM s JOIN r ON s.v = r.v GROUP BY s.sc, r.rc)")]
    holdout_sql, holdout_unique, holdout_join = "CAST(NULL AS BIGINT)", "CAST(NULL AS BIGINT)", ""
    if holdout and holdout[1]:
        ctes += [f"h AS ({grouped(holdout[0], holdout[1], 'rc')})",
                 ("hm AS (SELECT s.sc, h.rc, sum(s.n) AS matched, sum(CASE WHEN h.n = 1 THEN s.n ELSE 0 END) AS "
                  "unique_matched FROM s JOIN h ON s.v = h.v GROUP BY s.sc, h.rc)")]
        holdout_sql, holdout_unique = "hm.matched", "hm.unique_matched"
        holdout_join = " LEFT JOIN hm ON hm.sc = m.sc AND hm.rc = m.rc"
    return (f"WITH {', '.join(ctes)} SELECT m.sc, m.rc, s_rows.total_rows AS total_rows, m.matched, "
            f"m.unique_matched, r_stats.shared, r_stats.pairs, r_stats.total, {holdout_sql} AS holdout_matched, "
            f"{holdout_unique} AS holdout_unique_matched FROM m JOIN s_rows ON s_rows.sc = m.sc "
            f"JOIN r_stats ON r_stats.rc = m.rc{holdout_join}")


def normalize_value(value: str, norm: Normalization, region: str = DEFAULT_REGION) -> str:
    """The normalization :func:`digests_query` applies, in Python (for tests and in-memory frames)."""
    if norm == "phone":
        return phone_e164(value, region)
    if norm == "digits":
        return re.sub(r"[^0-9]", "", value).lstrip("0")
    if norm == "compact":
        return re.sub(r"[^0-9a-z]", "", value.lower())
    text = unicodedata.normalize("NFC", value).lower()
    for c in _INVISIBLE:
        text = text.replace(c, "")
    text = re.sub(" +", " ", text).strip(_PAD)
    found = re.search(EMAIL_IN_TEXT, text, re.ASCII) if "@" in text else None
    return re.sub(_SUBADDRESS, "@", found.group(0), count=1).rstrip(".") if found else text


def digest_value(value: str, norm: Normalization, secret: str, region: str = DEFAULT_REGION) -> str:
    """The digest :func:`digests_query` computes for one value."""
    return hashlib.sha256((normalize_value(value, norm, region) + secret).encode()).hexdigest()
