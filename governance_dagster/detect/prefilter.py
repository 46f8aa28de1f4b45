"""Which text cells might hold what presidio's pattern recognizers find: a test cheap enough for every cell, that
never drops a cell a recognizer would change.

The free-text scan (:mod:`governance_dagster.detect.presidio`) sends only the cells this test flags to presidio, so
the test must flag a **superset** of what the recognizers match; a cell it drops leaves the database with whatever
it holds. Each part below is derived from a recognizer's own pattern (presidio-analyzer's, phonenumbers'), and
tests/detect/test_prefilter.py generates matches of those patterns and phone numbers of every region in every
format, with every separator phonenumbers accepts, and checks that each is flagged:

* e-mail address: an ``@`` (presidio's pattern has a literal one);
* phone number (phonenumbers' matcher at leniency POSSIBLE, which accepts what only a region's *possible* lengths
  allow, down to two digits in Germany): a ``+`` before a digit (a number with a country code, of any length), or
  :func:`phone_digits` digits each at most four separator characters from the next (phonenumbers' punctuation:
  dashes of every width, spaces, brackets, dots, slashes, tildes, ``x``);
* US SSN and card number: nine and thirteen digits with single separators, inside the run above (capped at nine);
* IBAN: two letters, two digits and two groups of four letters or digits, with optional spaces or dashes;
* IP address: a dotted quad, ``::`` (every compressed IPv6 form and the unspecified address) or six
  colon-terminated hex groups (the full and IPv4-embedded forms);
* URL: a letter, digit, ``.``, ``_`` or ``-`` before a dot and two letters (every top-level domain presidio knows
  has at least two letters; the scheme and ``www`` come before such a dot).
* person's name (:mod:`governance_dagster.detect.person_names`, which looks only at runs of two or more capitalized
  words): a capital letter, letters, apostrophes or dashes, an optional dot, tabs or spaces, and a capital letter
  (:data:`~governance_dagster.detect.person_names.CANDIDATE`), matched case-sensitively in a pattern of its own. A
  cell only this pattern flags needs only the name recognizer (:func:`might_hold_entity_or_name`).

The pattern is written for both engines that run it: Python's ``regex`` module (in this process, for a few cells)
and RE2 (DuckDB's ``regexp_matches``, for many), with Unicode classes and without ``\\b`` or look-arounds, ignoring
case as presidio compiles its patterns.

Example:
    >>> might_hold_entity(pd.Series(["no issues", "host fe80::1 down", "call 212\u2012555\u20120199", None]),
    ...                   ("US",)).tolist()
    [False, True, True, False]
"""

from __future__ import annotations

import itertools
import os
import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import pandas as pd

from governance_dagster.errors import ConfigurationError

_DIGIT = r"\p{Nd}"
#: What phonenumbers accepts between the digit groups of a number (its ``_VALID_PUNCTUATION``: ASCII and full-width
#: dashes, the dashes U+2010-U+2015, minus U+2212, the prolonged sound mark, spaces incl. no-break and ideographic,
#: soft hyphen, zero-width space, word joiner, round and square brackets of both widths, dot, slash, tilde, swung
#: dash, tilde operator, full-width tilde, and ``x``), with every Unicode space and separator besides.
PHONE_PUNCTUATION = ("\\-x\u2010-\u2015\u2212\u30fc\uff0d-\uff0f\u00a0\u00ad\u200b\u2060\u3000()\uff08\uff09"
                     "\uff3b\uff3d.\\[\\]/~\u2053\u223c\uff5e\\s\\x0b\\x1c-\\x1f\\x85\\p{Z}")
#: What may stand before a number's first digit in phonenumbers' matcher: opening brackets, plus signs, punctuation.
_PHONE_LEAD = f"[{PHONE_PUNCTUATION}+\uff0b]"
#: A card number has 13 digits and an SSN 9, each group at most one separator from the next.
_SSN_DIGITS = 9


def phone_digits(regions: Iterable[str]) -> int:
    """The fewest digits of a number without a plus sign that phonenumbers' matcher (at leniency POSSIBLE, the way
    presidio's phone recognizer runs it for ``regions``) can accept: a number of a region itself (its shortest
    possible length, local-only lengths included), or one dialled through the region's international prefix (the
    prefix's shortest form, then the shortest country code and possible length of any country).

    Example:
        >>> phone_digits(["US"]), phone_digits(["US", "DE"])
        (7, 2)
    """
    return min(min(_region_digits(region), _prefix_digits(region) + _shortest_international()) for region in regions)


def _possible_lengths(metadata: Any) -> set[int]:
    general = metadata.general_desc
    return {n for n in (*(general.possible_length or ()), *(general.possible_length_local_only or ())) if n > 0}


@lru_cache(maxsize=None)
def _region_digits(region: str) -> int:
    from phonenumbers import PhoneMetadata

    metadata = PhoneMetadata.metadata_for_region(region.upper())
    if metadata is None:
        raise ConfigurationError(f"unknown phone region {region!r}: name regions by the two-letter codes "
                                 "phonenumbers knows (US, GB, DE)")
    return min(_possible_lengths(metadata))


@lru_cache(maxsize=None)
def _prefix_digits(region: str) -> int:
    """The length of the shortest digit string the region's international dialling prefix pattern matches (1 if
    none up to four digits does: the smallest a prefix can be)."""
    from phonenumbers import PhoneMetadata

    prefix = PhoneMetadata.metadata_for_region(region.upper()).international_prefix
    if not prefix:
        return 1
    pattern = re.compile(prefix)
    for length in range(1, 5):
        if any(pattern.fullmatch("".join(digits)) for digits in itertools.product("0123456789", repeat=length)):
            return length
    return 1


@lru_cache(maxsize=1)
def _shortest_international() -> int:
    """The fewest digits of a country code and a possible number after it, over every country code."""
    import phonenumbers
    from phonenumbers import PhoneMetadata

    shortest = []
    for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items():
        for region in regions:
            metadata = (PhoneMetadata.metadata_for_nongeo_region(code) if region == phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY
                        else PhoneMetadata.metadata_for_region(region))
            if metadata is not None and _possible_lengths(metadata):
                shortest.append(len(str(code)) + min(_possible_lengths(metadata)))
    return min(shortest)


@lru_cache(maxsize=8)
def candidate_patterns(phone_regions: tuple[str, ...]) -> tuple[str, str, str]:
    """The prefilter's patterns for phones of ``phone_regions`` (module docstring), for RE2 and ``regex``: marks and
    digit runs (an ``@``, a ``+`` before a digit, a phone's digits, a dotted quad, IPv6), words (an IBAN's start, a
    domain), and two capitalized words (a person's name, case-sensitive); a cell is a candidate when any matches.
    Separate patterns, not their union: RE2 builds a DFA lazily, and the union of letter classes and counted digit
    runs makes it grow past RE2's memory budget on ordinary text, where RE2 falls back to a slower matcher (a million
    notes: 8 s in one pattern, 0.27 s in two).

    Example:
        >>> [p.startswith("(?i)@") for p in candidate_patterns(("US",))]
        [True, False, False]
    """
    from governance_dagster.detect.person_names import CANDIDATE

    digits = min(phone_digits(phone_regions), _SSN_DIGITS)
    letter_or_digit = rf"[\p{{L}}{_DIGIT}]"
    marks_and_digits = (
        "@",
        "[+\uff0b]" + _PHONE_LEAD + "{0,10}" + _DIGIT,
        rf"{_DIGIT}(?:[{PHONE_PUNCTUATION}]{{0,4}}{_DIGIT}){{{digits - 1}}}",
        rf"{_DIGIT}{{1,3}}(?:\.{_DIGIT}{{1,3}}){{3}}",
        r"::|(?:[0-9A-F]{1,4}:){6}",
    )
    words = (
        rf"\p{{L}}{{2}}{_DIGIT}{{2}}[ \-]?{letter_or_digit}{{4}}[ \-]?{letter_or_digit}{{4}}",
        r"[\p{L}\p{N}_.\-]\.\p{L}{2}",
    )
    return "(?i)" + "|".join(marks_and_digits), "(?i)" + "|".join(words), CANDIDATE


@lru_cache(maxsize=8)
def _compiled(phone_regions: tuple[str, ...]) -> Any:
    """The patterns as one, for the ``regex`` module (a backtracking matcher, which the union does not slow), the
    first two ignoring case."""
    import regex

    marks_and_digits, words, names = candidate_patterns(phone_regions)
    return regex.compile(f"(?i:{marks_and_digits.removeprefix('(?i)')}|{words.removeprefix('(?i)')})|{names}")


#: Up to this many cells the prefilter runs in this process (about 7-10 microseconds a cell), above it in DuckDB,
#: whose RE2 compiles the pattern again for every query (about 20 ms) but then tests cells on all cores.
IN_PROCESS_CELLS = 1_000


@lru_cache(maxsize=8)
def _compiled_apart(phone_regions: tuple[str, ...]) -> tuple[Any, Any]:
    """The pattern entities' patterns (ignoring case) and the names' pattern, for the ``regex`` module."""
    import regex

    marks_and_digits, words, names = candidate_patterns(phone_regions)
    return regex.compile(f"(?i:{marks_and_digits.removeprefix('(?i)')}|{words.removeprefix('(?i)')})"), \
        regex.compile(names)


def might_hold_entity_or_name(cells: pd.Series, phone_regions: tuple[str, ...]) -> tuple[pd.Series, pd.Series]:
    """Which of ``cells`` might hold a pattern entity (the first two patterns), and which a person's name (the third):
    a cell flagged for a name only holds nothing presidio's pattern recognizers find, so the census name recognizer
    alone need look at it. Their union is :func:`might_hold_entity`.

    Example:
        >>> [f.tolist() for f in might_hold_entity_or_name(pd.Series(["a@b.io", "Ann Lee", None]), ("US",))]
        [[True, False, False], [False, True, False]]
    """
    if len(cells) <= IN_PROCESS_CELLS:
        entity, name = _compiled_apart(phone_regions)
        values = cells.tolist()
        return (pd.Series([v is not None and entity.search(v) is not None for v in values], index=cells.index,
                          dtype=bool),
                pd.Series([v is not None and name.search(v) is not None for v in values], index=cells.index,
                          dtype=bool))
    con = _connection()
    con.register("cells", pd.DataFrame({"cell": cells}))
    try:
        found = con.execute("SELECT coalesce(regexp_matches(cell, ?) OR regexp_matches(cell, ?), false) AS entity, "
                            "coalesce(regexp_matches(cell, ?), false) AS name FROM cells",
                            list(candidate_patterns(phone_regions))).fetchnumpy()
    finally:
        con.unregister("cells")
    return (pd.Series(found["entity"], index=cells.index, dtype=bool),
            pd.Series(found["name"], index=cells.index, dtype=bool))


def might_hold_entity(cells: pd.Series, phone_regions: tuple[str, ...]) -> pd.Series:
    """Which of ``cells`` (``str`` or ``None``) pass the prefilter for ``phone_regions``; nulls are False. Up to
    :data:`IN_PROCESS_CELLS` cells are tested in this process, more in DuckDB (tests/detect/test_prefilter.py checks
    that the two engines flag the same cells).

    Example:
        >>> might_hold_entity(pd.Series(["no issues", "mail a@b.io", None]), ("US",)).tolist()
        [False, True, False]
    """
    if len(cells) <= IN_PROCESS_CELLS:
        search = _compiled(phone_regions).search
        return pd.Series([value is not None and search(value) is not None for value in cells.tolist()],
                         index=cells.index, dtype=bool)
    return might_hold_entity_in_duckdb(cells, phone_regions)


def might_hold_entity_in_duckdb(cells: pd.Series, phone_regions: tuple[str, ...]) -> pd.Series:
    """:func:`might_hold_entity` by DuckDB's RE2, whatever the number of cells."""
    con = _connection()
    con.register("cells", pd.DataFrame({"cell": cells}))
    try:
        patterns = candidate_patterns(phone_regions)
        tests = " OR ".join(["regexp_matches(cell, ?)"] * len(patterns))
        hits = con.execute(f"SELECT coalesce({tests}, false) AS hit FROM cells", list(patterns)).fetchnumpy()["hit"]
    finally:
        con.unregister("cells")
    return pd.Series(hits, index=cells.index, dtype=bool)


_local = threading.local()


def _connection() -> Any:
    """An in-memory DuckDB connection for this thread and process, opened once (opening one costs about 25 ms)."""
    import duckdb

    if getattr(_local, "pid", None) != os.getpid():
        _local.con, _local.pid = duckdb.connect(), os.getpid()
    return _local.con
