"""Phone numbers in their E.164 form (country calling code and national significant number), computed in SQL.

A real phone ``+1-291-417-7763`` and a synthetic ``(291) 417-7763`` are the same number; their digits alone are not
(``12914177763`` and ``2914177763``). Leakage checks therefore compare phones as ``+<country code><national
significant number>``, the form the ``phonenumbers`` library (libphonenumber's metadata) calls E.164, with the
policy's ``leakage.default_region`` for numbers written without a country code. The normalization runs inside the
database, so raw values never reach the caller's Python: in DuckDB and PostgreSQL as SQL generated from
phonenumbers' metadata rather than written by hand per region; in Spark as the function :data:`SPARK_FUNCTION`,
a pandas UDF the Spark database registers on its session that runs :func:`phone_e164` in the executors' Python
workers (the same SQL there is evaluated without code generation and measured 2.6 times slower). The rules:

1. A label before the number (anything before its first digit, ``+`` or ``(``: ``tel:``, ``Phone:``) and an
   extension (from the first letter, ``#``, ``;`` or ``,`` after it: ``ext. 12``, ``x12``) are dropped,
   then every character but the digits; a ``+`` anywhere marks the number as international.
2. International: after ``+``, ``00`` or the default region's international prefix (``011`` in the US, ``010``
   in Japan). The country calling code is the prefix of the digits that is one (codes form a prefix code, so at
   most one matches); a national prefix written after it (``+44 (0)20 ...``) is dropped when what is left has a
   possible length for that code.
3. National (no international mark): the default region's national (trunk) prefix (``0`` in GB, DE, FR, IN, JP;
   ``1`` in the US) is dropped when what is left has a possible length for the region; else the digits are the
   national number when their length is possible; else, when they start with a country calling code followed
   by a possible length for it (``44 20 7946 0958``), that code is kept; else they are read as national.

Lengths are the ``possible_length`` of the general description of every region (and non-geographic entity) that
shares the country calling code.

Example:
    >>> import duckdb
    >>> sql = phone_e164_sql("v", "duckdb", "US")
    >>> [duckdb.sql(f"SELECT {sql} FROM (SELECT '{v}' AS v)").fetchall()[0][0]
    ...  for v in ("+1-291-417-7763", "(291) 417-7763", "1 291 417 7763", "+44 20 7946 0958")]
    ['+12914177763', '+12914177763', '+12914177763', '+442079460958']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

import phonenumbers
from phonenumbers import PhoneMetadata

from governance_dagster.errors import LeakageError
from governance_dagster.sql.dialect import check_dialect, literal, text_type

if TYPE_CHECKING:
    import pandas as pd


#: What precedes the number and is dropped: anything before its first digit, ``+`` or ``(`` (``tel:``, ``Phone:``,
#: ``mobile -``), so that a label does not count as the start of an extension.
_LABEL = r"^[^0-9+(]*"

#: The name Spark SQL calls the phone normalization by: ``gd_phone_e164(text, region, national)``.
SPARK_FUNCTION = "gd_phone_e164"


def supported_regions() -> list[str]:
    """The region codes phonenumbers has metadata for (``US``, ``GB``, ...), sorted."""
    return sorted(phonenumbers.SUPPORTED_REGIONS)


def check_region(region: str) -> str:
    """``region`` if phonenumbers knows it, else a :class:`LeakageError` naming the choices.

    Example:
        >>> check_region("GB")
        'GB'
    """
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise LeakageError(f"unknown phone region {region!r}; use an ISO 3166 region code phonenumbers knows, "
                           f"one of: {', '.join(supported_regions())}")
    return region


def _metadata_of(code: int) -> list[PhoneMetadata]:
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code, ())
    found = [PhoneMetadata.metadata_for_region(r) for r in regions if r != "001"]
    if "001" in regions:
        found.append(PhoneMetadata.metadata_for_nongeo_region(code))
    return [m for m in found if m is not None]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, list[str]], str, str]:
    """Country calling codes by length, and the lookup strings of possible lengths and national prefixes."""
    by_length: dict[int, list[str]] = {1: [], 2: [], 3: []}
    lengths, prefixes = [], []
    for code in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE):
        metadata = _metadata_of(code)
        possible = sorted({n for m in metadata if m.general_desc for n in (m.general_desc.possible_length or ())
                           if n > 0})
        if not possible:
            continue
        by_length[len(str(code))].append(str(code))
        lengths += [f"{code}:{n}" for n in possible]
        national = {m.national_prefix for m in metadata if m.national_prefix}
        if len(national) == 1:  # a prefix every region of the code shares
            prefixes.append(f"{code}:{national.pop()}")
    return by_length, "," + ",".join(lengths) + ",", "," + ",".join(prefixes) + ","


def _international_prefix(region: str) -> str | None:
    """The default region's international (IDD) prefix when it is one plain string of digits (``011``)."""
    prefix = PhoneMetadata.metadata_for_region(region).international_prefix or ""
    return prefix if re.fullmatch(r"[0-9]+", prefix) and prefix != "00" else None


def phone_e164_sql(value_sql: str, dialect: str, region: str, *, national: bool = False) -> str:
    """SQL giving the E.164 form (``+12914177763``) of the phone number in the text ``value_sql``, written as
    ``region`` writes its numbers when it has no country code; the same in DuckDB and PostgreSQL. With
    ``national``, the national significant number alone (``2914177763``), as free text writes it without a code.

    The result is one scalar subquery whose stages name their intermediate values, so each is computed once. On
    Spark it is a call of :data:`SPARK_FUNCTION`, which :class:`~governance_dagster.store.spark.SparkDatabase`
    registers before it runs a statement that calls it.

    Example:
        >>> phone_e164_sql("`v`", "spark", "GB", national=True)
        "gd_phone_e164(CAST(`v` AS STRING), 'GB', true)"
    """
    check_dialect(dialect)
    check_region(region)
    if dialect == "spark":
        return f"{SPARK_FUNCTION}(CAST({value_sql} AS STRING), {literal(region)}, {'true' if national else 'false'})"
    by_length, lengths, prefixes = _tables()
    text = text_type(dialect)
    home = str(phonenumbers.country_code_for_region(region))
    trunk = PhoneMetadata.metadata_for_region(region).national_prefix or ""
    idd = _international_prefix(region)

    def possible(code_sql: str, length_sql: str) -> str:
        return f"strpos({literal(lengths)}, ',' || {code_sql} || ':' || CAST({length_sql} AS {text}) || ',') > 0"

    def number(code_sql: str, nsn_sql: str) -> str:
        """``+`` code and national number, or the national number alone."""
        return nsn_sql if national else f"'+' || {code_sql} || {nsn_sql}"

    cc = "CASE " + " ".join(
        f"WHEN left(x, {n}) IN ({', '.join(literal(c) for c in codes)}) THEN left(x, {n})"
        for n, codes in sorted(by_length.items()) if codes) + " END"
    tp = f"split_part(split_part({literal(prefixes)}, ',' || cc || ':', 2), ',', 1)"
    rest = "substr(x, length(cc) + 1)"
    after_code = (f"CASE WHEN {tp} <> '' AND {rest} LIKE {tp} || '%' "
                  f"AND {possible('cc', f'length({rest}) - length({tp})')} "
                  f"THEN substr({rest}, length({tp}) + 1) ELSE {rest} END")
    unknown_code = "x" if national else "'+' || x"
    international = f"CASE WHEN cc IS NULL THEN {unknown_code} ELSE {number('cc', after_code)} END"
    home_lit = literal(home)
    national_sql = "CASE "
    if trunk:
        national_sql += (f"WHEN x LIKE {literal(trunk + '%')} AND {possible(home_lit, f'length(x) - {len(trunk)}')} "
                         f"THEN {number(home_lit, f'substr(x, {len(trunk) + 1})')} ")
    national_sql += (f"WHEN {possible(home_lit, 'length(x)')} THEN {number(home_lit, 'x')} "
                     f"WHEN cc IS NOT NULL AND {possible('cc', 'length(x) - length(cc)')} THEN {number('cc', rest)} "
                     f"ELSE {number(home_lit, 'x')} END")
    marks = "CASE WHEN strpos(s, '+') > 0 THEN d WHEN d LIKE '00%' THEN substr(d, 3) "
    if idd:
        marks += f"WHEN d LIKE {literal(idd + '%')} THEN substr(d, {len(idd) + 1}) "
    cleaned = (f"regexp_replace(regexp_replace(CAST({value_sql} AS {text}), {literal(_LABEL)}, ''), "
               f"'[A-Za-z#;,].*$', '')")
    digits = "regexp_replace(s, '[^0-9]', '', 'g')"
    stages = [("s", cleaned), ("d", digits), ("m", marks + "END"),
              ("x", "coalesce(m, d)"), ("cc", cc)]
    body = f"CASE WHEN m IS NOT NULL THEN {international} ELSE {national_sql} END"
    return _let(stages, body)


def _let(stages: list[tuple[str, str]], body: str) -> str:
    """``body`` with each stage's name bound to its SQL, in order (a stage may use the names before it), as nested
    scalar subqueries, so every stage is computed once per value (the same SQL in DuckDB and PostgreSQL; DuckDB's
    lambdas measured 1.6 times slower). Names are prefixed with ``ph_`` so that no column of the table is shadowed
    or shadows them. The first stage is taken as it is (it holds the column); the names are bound in the others
    and in ``body``.

    Example:
        >>> _let([("a", "1"), ("b", "a + 1")], "a * b")
        '(SELECT ph_a * ph_b FROM (SELECT ph_a, ph_a + 1 AS ph_b FROM (SELECT 1 AS ph_a) AS ph_0) AS ph_1)'
    """
    bound = _binder([name for name, _ in stages])
    inner, scope = f"(SELECT {stages[0][1]} AS ph_{stages[0][0]}) AS ph_0", [f"ph_{stages[0][0]}"]
    for k, (name, sql) in enumerate(stages[1:], 1):
        inner = f"(SELECT {', '.join(scope)}, {bound(sql)} AS ph_{name} FROM {inner}) AS ph_{k}"
        scope.append(f"ph_{name}")
    return f"(SELECT {bound(body)} FROM {inner})"


def _binder(names: list[str]) -> Callable[[str], str]:
    """A function renaming each of ``names`` in SQL text to its ``ph_`` variable."""
    pattern = re.compile(r"\b(" + "|".join(names) + r")\b")
    return lambda sql: pattern.sub(r"ph_\1", sql)


def phone_e164(value: str, region: str, national: bool = False) -> str:
    """The E.164 form :func:`phone_e164_sql` computes, in Python (for in-memory frames, for Spark's executors, and
    as the reference the SQL is tested against); with ``national``, the national significant number alone.

    Example:
        >>> phone_e164("020 7946 0958 ext. 12", "GB"), phone_e164("00 33 1 23 45 67 89", "US")
        ('+442079460958', '+33123456789')
        >>> phone_e164("+44 (0)20 7946 0958", "US", national=True)
        '2079460958'
    """
    code, nsn = _split(value, region)
    return nsn if national else f"+{code}{nsn}"


def phone_e164_batch(values: pd.Series, regions: pd.Series, national: pd.Series) -> pd.Series:
    """:func:`phone_e164` over one Arrow batch of Spark's :data:`SPARK_FUNCTION` (NULL stays NULL); the region and
    ``national`` are literals in the SQL, so one value each per batch in practice, but each row's are used."""
    import pandas as pd

    return pd.Series([None if v is None or r is None or n is None else phone_e164(v, r, bool(n))
                      for v, r, n in zip(values, regions, national, strict=True)], index=values.index, dtype=object)


def _split(value: str, region: str) -> tuple[str, str]:
    """The country calling code and national significant number of ``value`` (the code empty when the number is
    international with a code phonenumbers does not know: the digits are kept whole)."""
    check_region(region)
    by_length, lengths, prefixes = _tables()
    home = str(phonenumbers.country_code_for_region(region))
    trunk = PhoneMetadata.metadata_for_region(region).national_prefix or ""
    idd = _international_prefix(region)
    cleaned = re.sub(r"[A-Za-z#;,].*$", "", re.sub(_LABEL, "", value, count=1), count=1)
    digits = re.sub(r"[^0-9]", "", cleaned)
    if "+" in cleaned:
        x: str | None = digits
    elif digits.startswith("00"):
        x = digits[2:]
    elif idd and digits.startswith(idd):
        x = digits[len(idd):]
    else:
        x = None
    intl, x = x is not None, digits if x is None else x
    cc = next((x[:n] for n, codes in sorted(by_length.items()) if x[:n] in codes), None)

    def possible(code: str, length: int) -> bool:
        return f",{code}:{length}," in lengths

    if intl:
        if cc is None:
            return "", x
        rest = x[len(cc):]
        tp = prefixes.split(f",{cc}:", 1)[1].split(",", 1)[0] if f",{cc}:" in prefixes else ""
        if tp and rest.startswith(tp) and possible(cc, len(rest) - len(tp)):
            rest = rest[len(tp):]
        return cc, rest
    if trunk and x.startswith(trunk) and possible(home, len(x) - len(trunk)):
        return home, x[len(trunk):]
    if possible(home, len(x)):
        return home, x
    if cc is not None and possible(cc, len(x) - len(cc)):
        return cc, x[len(cc):]
    return home, x
