"""People's names in free text without a NER model: a presidio recognizer built on the US Census name lists.

The pattern-only scan (:mod:`governance_dagster.detect.presidio`) has no spaCy model, so presidio finds no PERSON.
This recognizer finds, offline, in text where names are written capitalized:

* two or three capitalized words whose first is a given name and last a family name of the US Census 1990 files
  (:func:`governance_dagster.detect.values.given_and_family_names`), the middle one any capitalized word or an
  initial: "Warren Tran", "Ann B. Lee", "REID KOWALCZYK", "Sean O'Neil", "Mary-Ann Smith-Jones", "José Núñez";
* a title (Mr, Mrs, Ms, Miss, Dr, Prof, Mx; with or without a dot, any case) followed by a capitalized word, and a
  second one when it is a census family name: "Dr. Whitlock", "Ms Ann Lee".

It cannot find a name the census lists lack (most names from outside the US of 1990), a name written in lower case,
a given name alone ("ask Warren"), or a family name alone without a title; capitalized ordinary words that happen to
be names are masked too ("Will Call", "May Day", "Grant Price"). Words are separated by tabs and spaces (``\\p{Zs}``),
never by a line break, so no span crosses the separator the scan puts between the cells it batches.

The prefilter (:mod:`governance_dagster.detect.prefilter`) flags every cell this recognizer could match: a capitalized
word, an optional dot and spaces before another capital letter (:data:`CANDIDATE`).

Example:
    >>> text = "Referred by Warren Tran; F/u per Dr. Whitlock"
    >>> [text[r.start:r.end] for r in recognizer().analyze(text, ["PERSON"])]
    ['Warren Tran', 'Dr. Whitlock']
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

#: What presidio's ``RecognizerResult`` says of a name found by the census lists, and of one after a title.
NAME_SCORE = 0.6
TITLE_SCORE = 0.7
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "mx"})

#: Apostrophes (ASCII and typographic) and the hyphen, written as the characters themselves (RE2 knows no ``\u``).
_JOINERS = "'\u2019\\-"
_SPACE = r"[\t\p{Zs}]+"
#: A capitalized word: O'Neil, McCready, Smith-Jones, Núñez, KOWALCZYK (with a possessive 's, cut off below).
_WORD = rf"\p{{Lu}}[\p{{L}}\p{{M}}]*(?:[{_JOINERS}][\p{{L}}\p{{M}}]+)*"
_BEFORE = rf"(?<![\p{{L}}\p{{M}}\p{{N}}_{_JOINERS}])"
_AFTER = r"(?![\p{N}_])"
#: A run of capitalized words, each with an optional dot, separated by spaces.
_RUN = rf"{_BEFORE}{_WORD}\.?{_AFTER}(?:{_SPACE}{_WORD}\.?{_AFTER})+"
_TOKEN = rf"({_WORD})(\.?){_AFTER}"

#: What the prefilter searches for (case-sensitive) so that every run above is flagged: a capital letter, letters,
#: apostrophes or dashes, an optional dot, spaces, and a capital letter. Written for ``regex`` and RE2 alike.
CANDIDATE = rf"\p{{Lu}}[\p{{L}}\p{{M}}{_JOINERS}]*\.?{_SPACE}\p{{Lu}}"


@lru_cache(maxsize=1)
def _compiled() -> tuple[Any, Any]:
    import regex

    return regex.compile(_RUN), regex.compile(_TOKEN)


def _folded(word: str) -> str:
    from governance_dagster.detect.names import fold

    return fold(word.replace("'", "").replace("\u2019", ""))


def _possessive(word: str) -> str:
    """``word`` without a possessive ending ("Tran's" -> "Tran")."""
    return word[:-2] if len(word) > 3 and word[-2] in "'\u2019" and word[-1] in "sS" else word


def _is(word: str, names: frozenset[str]) -> bool:
    """Whether ``word`` (or, hyphenated, one of its parts) is in ``names``."""
    if _folded(word) in names:
        return True
    return "-" in word and any(_folded(part) in names for part in word.split("-") if part)


def find_names(text: str) -> list[tuple[int, int, float]]:
    """``(start, end, score)`` of each name in ``text`` (module docstring)."""
    from governance_dagster.detect.values import given_and_family_names

    run_pattern, token_pattern = _compiled()
    given, family = given_and_family_names()
    found: list[tuple[int, int, float]] = []
    for run in run_pattern.finditer(text):
        tokens = [(m.start(), m.end(1), m.group(1), bool(m.group(2))) for m in token_pattern.finditer(run.group())]
        offset, i = run.start(), 0
        while i < len(tokens) - 1:
            span = _name_at(tokens, i, given, family)
            if span is None:
                i += 1
                continue
            end_index, score = span
            word_end = tokens[end_index][0] + len(_possessive(tokens[end_index][2]))
            found.append((offset + tokens[i][0], offset + word_end, score))
            i = end_index + 1
    return found


def _name_at(tokens: list[tuple[int, int, str, bool]], i: int, given: frozenset[str],
             family: frozenset[str]) -> tuple[int, float] | None:
    """The index of the last token of a name starting at token ``i``, and its score; None if none starts there."""
    _, _, word, dotted = tokens[i]
    last = len(tokens) - 1
    if word.lower() in TITLES:
        j = i + 1
        if len(word) > 1 and word.isupper() and not tokens[j][2].isupper():  # "MS Office" is no title
            return None
        if tokens[j][3] and len(tokens[j][2]) == 1 and j < last:  # an initial: "Dr. J. Whitlock"
            j += 1
        if len(tokens[j][2]) == 1:
            return None
        if not tokens[j][3] and j < last and _is(_possessive(tokens[j + 1][2]), family):
            j += 1
        return j, TITLE_SCORE
    if dotted or len(word) == 1 or not _is(word, given):
        return None
    for j in (i + 2, i + 1):  # the longest first: given, middle word or initial, family
        if j > last:
            continue
        middle = tokens[i + 1]
        if j == i + 2 and middle[3] and len(middle[2]) > 1:  # a sentence ends after the middle word
            continue
        if len(tokens[j][2]) > 1 and _is(_possessive(tokens[j][2]), family):
            return j, NAME_SCORE
    return None


def recognizer() -> Any:
    """The recognizer, a presidio ``EntityRecognizer`` of PERSON in English; presidio's package ``__init__`` files
    are not run when it is built inside :func:`governance_dagster.detect.lazy_packages.resolving`."""
    from presidio_analyzer.entity_recognizer import EntityRecognizer
    from presidio_analyzer.recognizer_result import RecognizerResult

    class CensusNameRecognizer(EntityRecognizer):
        """PERSON spans found by :func:`find_names`."""

        def __init__(self) -> None:
            super().__init__(supported_entities=["PERSON"], supported_language="en", name="CensusNameRecognizer")

        def load(self) -> None:
            from governance_dagster.detect.values import given_and_family_names

            given_and_family_names()

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
            if "PERSON" not in entities:
                return []
            return [RecognizerResult(entity_type="PERSON", start=start, end=end, score=score,
                                     recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                           RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
                    for start, end, score in find_names(text)]

    return CensusNameRecognizer()
