"""Specification of the free-text prefilter: it never drops a cell presidio's recognizers would change, and its two
engines (``regex`` in this process, RE2 in DuckDB) flag the same cells.

Matches are generated from the recognizers' own patterns and from phonenumbers' example numbers of every region,
formatted every way and with every separator phonenumbers accepts, so that a recognizer or a separator the pattern
forgets fails here rather than leaving the database unscanned."""

from __future__ import annotations

import re

import pandas as pd
import phonenumbers
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from governance_dagster.detect import prefilter, presidio
from governance_dagster.errors import ConfigurationError

US = ("US",)


def _flags(text: str, regions: tuple[str, ...] = US) -> tuple[bool, bool]:
    """What the in-process and the DuckDB engine say of one cell."""
    cells = pd.Series([text], dtype=object)
    return (prefilter.might_hold_entity(cells, regions).tolist()[0],
            prefilter.might_hold_entity_in_duckdb(cells, regions).tolist()[0])


def _changed(text: str, regions: tuple[str, ...] = US) -> bool:
    return bool(presidio.analyzer(regions).analyze(text=text, language="en", entities=list(presidio.PATTERN_ENTITIES)))


@pytest.mark.parametrize(
    "text",
    [
        "write to jane.roe@example.com",
        "call 212\u00a0555\u00a00199 tonight",  # no-break spaces between the digit groups
        "call ２１２-５５５-０１９９",  # full-width digits
        "call 212\u2012555\u20120199",  # figure dashes
        "call 212 \u2013 555 \u2013 0199",  # en dashes with spaces: three characters between groups
        "call (212) [555] 0199",
        "call +49 30 now",  # a possible German number of four digits
        "ssn 219-09-9999",
        "card 4111 1111 1111 1111",
        "iban DE89 3704 0044 0532 0130 00",
        "iban GB29-NWBK-6016-1331-9268-19",
        "from 10.0.0.1",
        "server 2001:db8:85a3::8a2e:370:7334 down",
        "host fe80::1 down",
        "full 2001:0db8:0000:0000:0000:ff00:0042:8329 form",
        "mapped ::ffff:192.0.2.1 address",
        "see https://example.org/x",
        "visit acme-shop.org for details",
        "Referred by Warren Tran",
        "F/u per Dr. Whitlock",
        "seen by Dr.\u00a0Whitlock",
        "Ann B. Lee called",
        "met Sean O\u2019Neil",
        "REID KOWALCZYK CALLED",
        "José Núñez\twrote",
    ],
)
def test_when_a_cell_holds_what_a_recognizer_finds_then_both_engines_flag_it(text: str) -> None:
    assert _changed(text)
    assert _flags(text) == (True, True)


@pytest.mark.parametrize("text", ["printer jammed again on floor 7", "ticket 12345 closed", "see you at 10:30:00",
                                  "refund approved", "2 of 3 items, 45 left",
                                  "Refund approved after review of the order.", "No issues reported. Ticket 12",
                                  "warren tran called", "Person2 Lastname2 asked"])
def test_when_a_cell_holds_nothing_a_recognizer_finds_then_it_is_dropped(text: str) -> None:
    assert not _changed(text)
    assert _flags(text) == (False, False)


def test_when_phonenumbers_accepts_a_separator_then_the_pattern_accepts_it_between_digits() -> None:
    from phonenumbers.phonenumberutil import _PLUS_CHARS, _VALID_PUNCTUATION

    accepted = re.compile(f"[{_VALID_PUNCTUATION}{_PLUS_CHARS}]")
    separators = [chr(code) for code in range(0x110000) if accepted.fullmatch(chr(code))]
    assert len(separators) > 30
    for separator in separators:
        assert _flags(separator.join("2125550199"))[0], f"U+{ord(separator):04X}"


@pytest.mark.parametrize(("regions", "digits"), [(("US",), 7), (("us", "de"), 2)])
def test_when_regions_allow_shorter_numbers_then_fewer_digits_make_a_candidate(
        regions: tuple[str, ...], digits: int) -> None:
    assert prefilter.phone_digits(regions) == digits


def test_when_a_phone_region_is_unknown_then_configuring_it_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="XX"):
        presidio.configure(None, ("XX",))
    assert presidio.configured() == (None, US)


# -- generated matches -----------------------------------------------------------------------------------------------


def _recognizer_patterns() -> list[tuple[str, str, int]]:
    return [(type(recognizer).__name__, pattern.regex, recognizer.global_regex_flags)
            for recognizer in presidio.analyzer(US).recognizers for pattern in getattr(recognizer, "patterns", ())]


def test_every_pattern_recognizer_is_generated_from() -> None:
    assert {name for name, _, _ in _recognizer_patterns()} == set(presidio.PATTERN_RECOGNIZERS)


@st.composite
def _pattern_matches(draw: st.DrawFn) -> str:
    _name, pattern, flags = draw(st.sampled_from(_recognizer_patterns()))
    return draw(st.from_regex(re.compile(pattern, flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL))))


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(_pattern_matches())
def test_when_a_recognizers_pattern_matches_then_the_cell_is_flagged(text: str) -> None:
    if _changed(text):
        assert _flags(text) == (True, True)


_PUNCTUATION = [" ", "-", ".", "/", "~", "\u00a0", "\u2010", "\u2012", "\u2013", "\u2014", "\u2212", "\u30fc",
                "\uff0d", "\u3000", "(", ")", "[", "]", "\uff08", "\uff09", "\u223c", "\u200b", "x"]
_REGION_SETS = [("US",), ("GB",), ("FR",), ("DE",), ("JP",), ("IN", "BR"), ("US", "GB", "DE")]


@st.composite
def _phone_texts(draw: st.DrawFn) -> tuple[str, tuple[str, ...]]:
    """An example number of any region and type, formatted any way, its separators replaced by one to four of
    phonenumbers' punctuation characters, in a sentence; and the regions the recognizer is configured with."""
    region = draw(st.sampled_from(sorted(phonenumbers.SUPPORTED_REGIONS)))
    kind = draw(st.sampled_from([PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE,
                                 PhoneNumberType.VOIP, PhoneNumberType.UAN]))
    number = phonenumbers.example_number_for_type(region, kind)
    assume(number is not None)
    form = draw(st.sampled_from([PhoneNumberFormat.E164, PhoneNumberFormat.INTERNATIONAL,
                                 PhoneNumberFormat.NATIONAL]))
    written = phonenumbers.format_number(number, form)
    separator = st.text(st.sampled_from(_PUNCTUATION), min_size=1, max_size=4)
    written = re.sub(r"[ \-]", lambda _: draw(separator), written)
    if draw(st.booleans()):
        written = written.lstrip("+")
    regions = draw(st.sampled_from([*_REGION_SETS, (region,)]))
    return f"please call {written} today", regions


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(_phone_texts())
def test_when_the_phone_recognizer_finds_a_number_then_the_cell_is_flagged(case: tuple[str, tuple[str, ...]]) -> None:
    text, regions = case
    found = presidio.analyzer(regions).analyze(text=text, language="en", entities=["PHONE_NUMBER"])
    if found:
        assert _flags(text, regions) == (True, True)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.text(alphabet="0123456789٣٤５ -().@/:+wADEFhtpsorgASdeWTé\u00a0\u2009\u2012~\u3000\u2028\x1c\x85\tx",
                        max_size=40), min_size=1, max_size=20))
def test_when_the_prefilter_runs_in_process_or_in_duckdb_then_it_flags_the_same_cells(cells: list[str]) -> None:
    series = pd.Series(cells, dtype=object)
    assert prefilter.might_hold_entity(series, US).tolist() == \
        prefilter.might_hold_entity_in_duckdb(series, US).tolist()


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet="0123456789٣٤５ -().@/:+wADEFhtpsorgASdeWT\u00a0\u2009\u2012~x", max_size=40))
def test_the_prefilter_never_drops_a_cell_presidio_would_change(text: str) -> None:
    if presidio.scan_texts([text])[0] != text:
        assert _flags(text)[0]


def test_when_a_free_text_column_holds_ipv6_and_dashed_phones_then_the_scan_replaces_them() -> None:
    presidio.forget_scans()
    cells = pd.Series(["server 2001:db8:85a3::8a2e:370:7334 down", "call 212\u2012555\u20120199", "fine"])
    assert presidio.scan_series(cells).tolist() == ["server <IP_ADDRESS> down", "call <PHONE_NUMBER>", "fine"]


# -- generated names --------------------------------------------------------------------------------------------------

_GIVEN = ["Warren", "Ann", "Reid", "Mary-Ann", "José", "Kate", "John", "Zoë", "Seán"]
_FAMILY = ["Tran", "Lee", "Kowalczyk", "O'Neil", "O\u2019Neil", "McCready", "Smith-Jones", "Núñez", "Whitlock", "Quixotefeather"]
_TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Mx"]
_SPACES = st.text(st.sampled_from([" ", "\t", "\u00a0", "\u2009", "\u202f", "\u3000"]), min_size=1, max_size=3)


@st.composite
def _name_texts(draw: st.DrawFn) -> str:
    """A name the census recognizer may find (given and family name with a middle initial or word, or a title and
    one or two words), in any case, with any spaces between the words, possessive or not, inside a sentence."""
    given, family = draw(st.sampled_from(_GIVEN)), draw(st.sampled_from(_FAMILY))
    if draw(st.booleans()):
        title = draw(st.sampled_from(_TITLES)) + draw(st.sampled_from(["", "."]))
        words = [title, *draw(st.sampled_from([[family], [given, family], ["J.", family]]))]
    else:
        words = [given, *draw(st.sampled_from([[], ["B."], ["B"], ["Paul"]])), family]
    case = draw(st.sampled_from([str, str.upper, str.lower]))
    name = "".join(case(word) + draw(_SPACES) for word in words[:-1]) + case(words[-1])
    if draw(st.booleans()):
        name += draw(st.sampled_from(["'s", "\u2019s"]))
    before, after = draw(st.sampled_from([("", ""), ("Referred by ", " today"), ("(", ")"), ("per ", ".")]))
    return before + name + after


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(_name_texts())
def test_when_the_name_recognizer_finds_a_person_then_the_cell_is_flagged(text: str) -> None:
    if _changed(text):
        assert _flags(text) == (True, True)


def test_when_names_are_generated_then_most_are_found() -> None:
    """The generator above is no empty test: names in capitals are found."""
    assert all(_changed(text) for text in ["Mary-Ann  Smith-Jones", "ZOË\u2009B. NÚÑEZ", "Dr.\u3000O\u2019Neil's"])


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.text(alphabet="AaBbÉéŁłMrDsWTn'\u2019-. \t\u00a0\u2009\u2029\n\u0301", max_size=40))
def test_when_text_is_capitalized_words_then_both_engines_flag_the_same_and_every_change(text: str) -> None:
    assert _flags(text)[0] == _flags(text)[1]
    if _changed(text):
        assert _flags(text)[0]


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(st.text(alphabet="AaBbÉéMrDs'-. \t\u00a0@0123456789+:wog", max_size=30), min_size=1, max_size=12))
def test_when_cells_are_told_apart_by_kind_then_both_engines_agree_and_their_union_is_the_prefilter(
        cells: list[str]) -> None:
    series = pd.Series(cells, dtype=object)
    entity, name = prefilter.might_hold_entity_or_name(series, US)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(prefilter, "IN_PROCESS_CELLS", 0)
        in_duckdb = prefilter.might_hold_entity_or_name(series, US)
    assert entity.tolist() == in_duckdb[0].tolist() and name.tolist() == in_duckdb[1].tolist()
    assert (entity | name).tolist() == prefilter.might_hold_entity(series, US).tolist()
