"""Real identifiers inside synthetic free text: real identifier values found as substrings of synthetic prose.

Identifier replay compares whole cells; a synthesizer that learned free text can instead write "call Zebulon
Quixotefeather on 415.867.5309" into a note. This check digests every real identifier value inside the real
database and every candidate window of the synthetic text inside the synthetic database, with the same keyed
hash, and joins the two there:

- text identifiers (e-mails, person names, street addresses, IBANs, IP addresses) are normalized to *words*:
  lower-cased, NFC, separators (white space, ``,;:!?()[]{}"<>|*/=#&~``) turned into single spaces, dots, apostrophes
  and hyphens trimmed from the ends of words, a possessive ``'s`` dropped. The synthetic text is normalized the
  same way and cut into word n-grams as long as the longest real identifier (at most :data:`MAX_WORDS` words), so
  ``"Zebulon Quixotefeather's"`` and ``"<zebulon.q@example.org>."`` match their real values.
- digit identifiers (SSNs, cards, national IDs) are normalized to their digits, phones to their national
  significant number (country code and trunk prefix dropped, see :mod:`governance_dagster.sql.phones`); every run of digits and
  separators (``( ) . + / -`` and spaces) in the synthetic text is reduced to its digits and cut into windows as
  long as the real ones, so ``+1 (415) 867 5309`` matches ``415-867-5309``.

Values shorter than ``leakage.min_identifier_length`` after normalization are not searched for, so a short common
value ("Li Wu") does not fire. Only keyed digests leave the real database, and only counts, column names and
shares leave the synthetic one.

Example (see tests/leakage/test_free_text.py for whole runs):
    >>> normalize_words("Call <Zebulon.Q@Example.org>, or Zebulon Quixotefeather's office.")
    'call zebulon.q@example.org or zebulon quixotefeather office'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from governance_dagster.errors import LeakageError
from governance_dagster.kinds import Kind
from governance_dagster.sql.dialect import (
    check_dialect,
    ident,
    keyed_digest_sql,
    literal,
    nfc_lower,
    replace_all_sql,
    split_table,
    table_columns,
    text_type,
)
from governance_dagster.sql.digests import COMPACT_KINDS, DIGIT_KINDS
from governance_dagster.sql.phones import phone_e164_sql

if TYPE_CHECKING:
    from governance_dagster.governed.connection import GovernedConnection

#: Longest real text identifier, in words, searched for; longer values are not searched for in free text.
MAX_WORDS = 8
#: Digits of one run of digits in synthetic text that windows may start at.
MAX_DIGIT_RUN = 256

# The word normalization, as (pattern, replacement) steps shared by SQL (RE2 and PostgreSQL AREs) and Python.
# white space beyond ASCII's (no-break, figure, thin, narrow no-break and zero-width spaces) is written as the
# characters themselves, which RE2, PostgreSQL's AREs, Java and Python all read the same way
_SEPARATORS = r'(\s|[,;:!?(){}"<>|*/=#&~' + "\u00a0\u2007\u2009\u202f\u200b" + r']|\[|\])+'
_WORD_STEPS = (
    (r"\+[^ @]*@", "@"),  # an e-mail's sub-address (+tag), delivered to the same mailbox
    (r"[.'’-]+ ", " "),  # trailing dots, apostrophes, hyphens
    (r"['’]s ", " "),  # possessive 's
    (r" [.'’-]+", " "),  # leading dots, apostrophes, hyphens
    (r" +", " "),
)
_DIGIT_RUN = r"[0-9][0-9 ().+/-]*[0-9]"


def normalize_words(text: str) -> str:
    """The word normalization of :func:`words_sql`, in Python (the reference the SQL is tested against)."""
    value = " " + re.sub(_SEPARATORS, " ", unicodedata.normalize("NFC", text).lower()) + " "
    for pattern, replacement in _WORD_STEPS:
        value = re.sub(pattern, replacement, value)
    return value.strip()


def words_sql(lowered_sql: str, dialect: str = "duckdb") -> str:
    """SQL normalizing the NFC, lower-cased text ``lowered_sql`` to words (same result in DuckDB, PostgreSQL and
    Spark)."""
    value = f"' ' || {replace_all_sql(lowered_sql, _SEPARATORS, ' ', dialect)} || ' '"
    for pattern, replacement in _WORD_STEPS:
        value = replace_all_sql(value, pattern, replacement, dialect)
    return f"trim({value})"


def real_identifier_sql(schema: str, table: str, column: str, digits: bool, dialect: str, secret: str,
                        min_length: int, phone_region: str | None = None, compact: bool = False) -> str:
    """SQL giving ``digest``, ``len`` and ``words`` per distinct normalized value of a real identifier column.

    With ``phone_region``, the column holds phones: their national significant number is searched for (see
    :mod:`governance_dagster.sql.phones`), so a real ``+1-291-417-7763`` is found in ``call (291) 417-7763``.
    With ``compact``, the value's letters and digits alone, lower-cased, as one word: an IBAN printed in groups
    (``DE60 3704 ...``) is then also found written electronically (``pay to DE603704...``).
    """
    check_dialect(dialect)
    col = ident(column, dialect)
    if compact:
        value = replace_all_sql(f"lower(CAST({col} AS {text_type(dialect)}))", "[^0-9a-z]", "", dialect)
    elif phone_region:
        value = phone_e164_sql(col, dialect, phone_region, national=True)
    elif digits:
        value = replace_all_sql(f"CAST({col} AS {text_type(dialect)})", "[^0-9]", "", dialect)
    else:
        value = words_sql(nfc_lower(col, dialect), dialect)
    return (
        f"SELECT DISTINCT {keyed_digest_sql('v', dialect, secret)} AS digest, length(v) AS len, "
        f"length(v) - length(replace(v, ' ', '')) + 1 AS words "
        f"FROM (SELECT {value} AS v FROM {ident(schema, dialect)}.{ident(table, dialect)} WHERE {col} IS NOT NULL) AS x "
        f"WHERE length(v) >= {int(min_length)}"
    )


def _digit_runs(dialect: str) -> str:
    if dialect == "duckdb":
        return (f"SELECT c.col, c.rid, regexp_replace(x.s, '[^0-9]', '', 'g') AS d FROM cells AS c, "
                f"unnest(regexp_extract_all(c.t, {literal(_DIGIT_RUN)})) AS x(s)")
    if dialect == "spark":  # group 0: the whole match (Spark's default is group 1)
        return (f"SELECT c.col, c.rid, regexp_replace(x.s, '[^0-9]', '') AS d FROM cells AS c "
                f"LATERAL VIEW explode(regexp_extract_all(c.t, {literal(_DIGIT_RUN, dialect)}, 0)) x AS s")
    return (f"SELECT c.col, c.rid, regexp_replace(m.a[1], '[^0-9]', '', 'g') AS d FROM cells AS c, "
            f"regexp_matches(c.t, {literal(_DIGIT_RUN)}, 'g') AS m(a)")


def _tokens(dialect: str) -> str:
    """The words of each cell with their positions."""
    words = words_sql("c.t", dialect)
    if dialect == "spark":
        return (f"SELECT c.col, c.rid, u.tok, u.pos FROM cells AS c "
                f"LATERAL VIEW posexplode(split({words}, ' ')) u AS pos, tok")
    return (f"SELECT c.col, c.rid, u.tok, u.pos FROM cells AS c, "
            f"unnest(string_to_array({words}, ' ')) WITH ORDINALITY AS u(tok, pos)")


def _digit_windows(dialect: str, lengths: list[int]) -> str:
    """Every window of the ``lengths`` in each digit run (starting within its first :data:`MAX_DIGIT_RUN` digits)."""
    if dialect == "spark":
        return (f"SELECT r.col, r.rid, substr(r.d, g.i, l.n) AS v FROM runs AS r "
                f"LATERAL VIEW explode(sequence(1, least(length(r.d), {MAX_DIGIT_RUN}))) g AS i "
                f"LATERAL VIEW explode(array({', '.join(str(int(n)) for n in lengths)})) l AS n "
                f"WHERE g.i + l.n - 1 <= length(r.d)")
    windows = ", ".join(f"({int(n)})" for n in lengths)
    return (f"SELECT r.col, r.rid, substr(r.d, g.i, l.n) AS v FROM runs AS r "
            f"JOIN generate_series(1, {MAX_DIGIT_RUN}) AS g(i) ON g.i <= length(r.d) "
            f"JOIN (VALUES {windows}) AS l(n) ON g.i + l.n - 1 <= length(r.d)")


def _known(packed: str, dialect: str) -> str:
    """The real ``(digest, real_column)`` pairs, from one string literal of ``digest:index`` entries."""
    entries = (f"(SELECT explode(split({packed}, ',')) AS e) AS x" if dialect == "spark"
               else f"unnest(string_to_array({packed}, ',')) AS x(e)")
    return f"SELECT split_part(e, ':', 1) AS digest, CAST(split_part(e, ':', 2) AS INTEGER) AS real_column FROM {entries}"


def known_sql(real_sqls: list[str], indices: list[int] | None = None) -> str:
    """The real ``(digest, real_column)`` pairs computed in the database itself, from each identifier column's
    :func:`real_identifier_sql` (its index is ``indices[k]``, or its position in ``real_sqls``: a column may have
    several forms): when both tables are in one database, the real digests never leave it.

    Example:
        >>> known_sql(["SELECT 1 AS digest"])
        'SELECT digest, 0 AS real_column FROM (SELECT 1 AS digest) AS r0'
    """
    indices = list(range(len(real_sqls))) if indices is None else indices
    return " UNION ALL ".join(f"SELECT digest, {i} AS real_column FROM ({sql}) AS r{k}"
                              for k, (i, sql) in enumerate(zip(indices, real_sqls, strict=True)))


def window_hits_sql(
    schema: str, table: str, columns: list[str], dialect: str, secret: str, *, max_words: int,
    digit_lengths: list[int], lengths: list[int], real: list[tuple[str, int]] | None = None,
    known: str | None = None,
) -> str:
    """SQL giving the distinct ``(col, rid, real_column)`` of synthetic cells holding a real identifier.

    Args:
        columns: the synthetic free-text columns.
        max_words: longest word n-gram to digest (0: no text identifiers to look for).
        digit_lengths: lengths of digit windows to digest (empty: no digit identifiers).
        lengths: lengths of the real normalized values; only candidates of these lengths are digested.
        real: ``(digest, index of the real column)`` of the real identifier values, when they come from another
            database; they travel as one string literal (a VALUES list of tens of thousands of rows takes the parser
            seconds).
        known: instead of ``real``, SQL giving the same pairs in this database (:func:`known_sql`).
    """
    check_dialect(dialect)
    # Spark's row_number needs an order; monotonically_increasing_id numbers the rows of a table scan (by partition
    # and position) the same way each time the cells are read, and only tells cells of one column apart
    rid = "monotonically_increasing_id()" if dialect == "spark" else "row_number() OVER ()"
    cells = " UNION ALL ".join(
        f"SELECT {literal(c, dialect)} AS col, {rid} AS rid, {nfc_lower(ident(c, dialect), dialect)} AS t "
        f"FROM {ident(schema, dialect)}.{ident(table, dialect)} WHERE {ident(c, dialect)} IS NOT NULL"
        for c in columns
    )
    ctes = [f"cells AS ({cells})"]
    candidates = []
    if max_words > 0:
        ctes.append(f"tokens AS ({_tokens(dialect)})")
        grams = ["tok AS g1"]
        for n in range(2, max_words + 1):
            grams.append(" || ' ' || ".join(["tok", *(f"lead(tok, {k}) OVER w" for k in range(1, n))]) + f" AS g{n}")
        ctes.append(f"grams AS (SELECT col, rid, {', '.join(grams)} FROM tokens "
                    f"WINDOW w AS (PARTITION BY col, rid ORDER BY pos))")
        candidates += [f"SELECT col, rid, g{n} AS v FROM grams" for n in range(1, max_words + 1)]
    if digit_lengths:
        # materialized: otherwise PostgreSQL inlines the CTE and re-runs the regexps for every window tried
        materialized = "" if dialect == "spark" else "MATERIALIZED "
        ctes.append(f"runs AS {materialized}({_digit_runs(dialect)})")
        candidates.append(_digit_windows(dialect, sorted(set(digit_lengths))))
    if not candidates or not (real or known):
        raise LeakageError("window_hits_sql needs real identifier digests to look for")
    ctes.append(f"candidates AS ({' UNION ALL '.join(candidates)})")
    wanted = ", ".join(str(int(n)) for n in sorted(set(lengths)))
    ctes.append(f"hashed AS (SELECT DISTINCT col, rid, {keyed_digest_sql('v', dialect, secret)} AS digest "
                f"FROM candidates WHERE length(v) IN ({wanted}))")
    if known is None:
        known = _known(literal(",".join(f"{d}:{int(i)}" for d, i in real or []), dialect), dialect)
    ctes.append(f"known AS ({known})")
    return (f"WITH {', '.join(ctes)} SELECT DISTINCT h.col, h.rid, k.real_column FROM hashed AS h "
            f"JOIN known AS k ON h.digest = k.digest")


@dataclass(frozen=True)
class FreeTextColumn:
    """How many cells of one synthetic free-text column hold a real identifier value."""

    column: str
    cells: int
    rows: int
    matched_real_columns: list[str]

    @property
    def share(self) -> float:
        return round(self.cells / self.rows, 6) if self.rows else 0.0


@dataclass
class FreeTextReport:
    """The free-text identifier result for one synthetic table: counts and column names, never a value."""

    real_table: str
    synthetic_table: str
    identifier_columns: dict[str, str]
    min_length: int
    max_hits: int
    columns: list[FreeTextColumn] = field(default_factory=list)

    @property
    def hits(self) -> int:
        """Synthetic free-text cells holding at least one real identifier value."""
        return sum(c.cells for c in self.columns)

    @property
    def passed(self) -> bool:
        return self.hits <= self.max_hits

    def summary(self) -> str:
        """One line for a failure message: which free-text columns hold real identifiers of which columns."""
        if not self.columns:
            return f"{self.synthetic_table}: no free-text column to search"
        leaking = [c for c in self.columns if c.cells]
        if not leaking:
            scanned = ", ".join(c.column for c in self.columns)
            return f"{self.synthetic_table}: no real identifier of {self.real_table} inside free text ({scanned})"
        parts = ", ".join(
            f"{c.column} holds real {'/'.join(c.matched_real_columns)} values in {c.cells} of {c.rows} rows "
            f"({c.share:.1%})" for c in leaking
        )
        return f"{self.synthetic_table}: {parts}; allowed {self.max_hits} cells"

    def as_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed, "real_table": self.real_table, "synthetic_table": self.synthetic_table,
            "hits": self.hits, "max_hits": self.max_hits, "min_identifier_length": self.min_length,
            "identifier_columns": self.identifier_columns,
            "columns": {c.column: {"cells": c.cells, "rows": c.rows, "share": c.share,
                                   "matched_real_columns": c.matched_real_columns} for c in self.columns},
        }


def free_text_columns(synthetic_kinds: dict[str, Kind], real_kinds: dict[str, Kind], named: list[str]) -> list[str]:
    """The synthetic columns to search: classified free_text in either table, or named by the policy.

    Example:
        >>> free_text_columns({"notes": Kind.FREE_TEXT, "a": Kind.NONE, "b": Kind.NONE},
        ...                   {"a": Kind.FREE_TEXT}, ["b", "missing"])
        ['a', 'b', 'notes']
    """
    return sorted(c for c, k in synthetic_kinds.items()
                  if k is Kind.FREE_TEXT or real_kinds.get(c) is Kind.FREE_TEXT or c in named)


def free_text_identifiers(
    real: GovernedConnection,
    real_table: str,
    synthetic: GovernedConnection,
    synthetic_table: str,
    *,
    identifier_kinds: list[Kind] | None = None,
    max_hits: int | None = None,
    min_length: int | None = None,
) -> FreeTextReport:
    """Count synthetic free-text cells that hold a real identifier value anywhere in their text.

    Args:
        real: a :class:`~governance_dagster.governed.connection.GovernedConnection` to the real data.
        real_table: ``schema.table`` of the real source.
        synthetic: a governed connection to where the synthetic table lives (may be the same).
        synthetic_table: ``schema.table`` of the synthetic table.
        identifier_kinds: the kinds that count as identifiers; default: the policy's.
        max_hits: how many cells holding a real identifier still pass; default: ``leakage.max_free_text_hits``.
        min_length: shortest normalized value searched for; default: ``leakage.min_identifier_length``.

    Raises:
        LeakageError: a database is not DuckDB, PostgreSQL or Spark.
    """
    policy = real.policy.leakage
    kinds = set(identifier_kinds or policy.identifier_kinds)
    threshold = policy.max_free_text_hits if max_hits is None else max_hits
    shortest = policy.min_identifier_length if min_length is None else min_length
    rschema, rname = split_table(real_table, real.database.default_schema)
    sschema, sname = split_table(synthetic_table, synthetic.database.default_schema)
    table_columns(real, rschema, rname)
    table_columns(synthetic, sschema, sname)
    real_kinds = {c: r.kind for c, r in real.classify(f"{rschema}.{rname}").items()}
    synthetic_kinds = {c: r.kind for c, r in synthetic.classify(f"{sschema}.{sname}").items()}
    identifiers = {c: k for c, k in real_kinds.items() if k in kinds}
    searched = free_text_columns(synthetic_kinds, real_kinds, policy.free_text_columns)
    report = FreeTextReport(f"{rschema}.{rname}", f"{sschema}.{sname}", {c: k.value for c, k in identifiers.items()},
                            shortest, threshold)
    if not searched:
        return report

    names = list(identifiers)
    # both tables in one database: the real digests stay there, only their lengths come out to plan the search
    same = real.database_id == synthetic.database_id and real.database.dialect == synthetic.database.dialect
    reason = f"free-text identifier check of {report.synthetic_table}"
    digests: list[tuple[str, int]] = []
    real_sqls: list[str] = []
    indices: list[int] = []
    lengths: set[int] = set()
    digit_lengths: set[int] = set()
    max_words = 0
    # each identifier column in its form, and IBANs (printed in groups of four) in their compact form too
    forms = [(index, column, kind, False) for index, (column, kind) in enumerate(identifiers.items())]
    forms += [(index, column, kind, True) for index, column, kind, _ in forms if kind in COMPACT_KINDS]
    for index, column, kind, compact in forms:
        digits = kind in DIGIT_KINDS
        sql = real_identifier_sql(rschema, rname, column, digits, real.database.dialect, real.secret, shortest,
                                  phone_region=policy.default_region if kind is Kind.PHONE else None,
                                  compact=compact)
        indices.append(index)
        if same:
            real_sqls.append(sql)
            frame = real.aggregate(f"SELECT len, max(words) AS words FROM ({sql}) AS r GROUP BY len",
                                   table=report.real_table, columns=[column], released="lengths of values only",
                                   reason=reason)
        else:
            frame = real.aggregate(sql, table=report.real_table, columns=[column], released="keyed digests only",
                                   reason=reason)
            digests += [(d, index) for d in frame["digest"]]
        lengths |= {int(n) for n in frame["len"]}
        if digits:
            digit_lengths |= {int(n) for n in frame["len"]}
        elif len(frame):
            max_words = max(max_words, min(int(frame["words"].max()), MAX_WORDS))

    sdialect = synthetic.database.dialect
    rows = int(synthetic.aggregate(
        f"SELECT count(*) AS n FROM {ident(sschema, sdialect)}.{ident(sname, sdialect)}")["n"][0])
    hits = None
    if lengths:
        search: dict[str, Any] = {"max_words": max_words, "digit_lengths": sorted(digit_lengths),
                                  "lengths": sorted(lengths)}
        if same:
            hits = real.aggregate(window_hits_sql(sschema, sname, searched, sdialect, real.secret,
                                                  known=known_sql(real_sqls, indices), **search),
                                  table=report.real_table, columns=names, reason=reason,
                                  released="which synthetic cells hold a real value, by keyed digest")
        else:
            hits = synthetic.aggregate(window_hits_sql(sschema, sname, searched, sdialect, real.secret,
                                                       real=digests, **search))
    for column in searched:
        mine = hits[hits["col"] == column] if hits is not None else None
        cells = int(mine["rid"].nunique()) if mine is not None else 0
        matched = sorted({names[int(i)] for i in mine["real_column"]}) if mine is not None else []
        report.columns.append(FreeTextColumn(column, cells, rows, matched))
    return report
