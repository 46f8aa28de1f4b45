"""Specification of the compiled-pattern cache: presidio's patterns compiled once per machine, read back safely."""

from __future__ import annotations

import os
import pickle
import uuid

import pytest
import regex

from governance_dagster.detect import compiled_patterns, presidio, reference


@pytest.fixture
def cache(tmp_path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(reference.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def _unique(flags: int = 0) -> tuple[str, int]:
    """A pattern no other test compiles, so that regex's own cache cannot answer for the file."""
    return rf"\b(?:{uuid.uuid4().hex}|[0-9]{{3}}-[0-9]{{4}})\b", flags


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The patterns regex parses from here on (each call goes through to regex's own parser)."""
    parsed: list[str] = []
    real = regex._main._parse_pattern

    def counting(source, info):
        parsed.append(source.string)
        return real(source, info)

    monkeypatch.setattr(regex._main, "_parse_pattern", counting)
    return parsed


def _file(cache) -> os.PathLike:
    (path,) = cache.glob("*.pickle")
    return path


def test_when_a_later_process_compiles_a_kept_pattern_then_regex_answers_from_the_file(
        cache, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern, flags = _unique(regex.IGNORECASE)
    compiled_patterns.keep([(pattern, flags)], frozenset())
    regex.purge()  # as a new process starts: regex's own cache is empty
    parsed = _parses(monkeypatch)
    assert compiled_patterns.seed() == {(pattern, flags)}
    found = regex.compile(pattern, flags)
    assert pattern not in parsed
    assert found.pattern == pattern and found.search("call 555-0199 now").group() == "555-0199"


def test_when_the_file_holds_every_needed_pattern_then_it_is_not_written_again(cache) -> None:
    needed = [_unique(), _unique(regex.DOTALL)]
    compiled_patterns.keep(needed, frozenset())
    written = _file(cache).stat().st_mtime_ns
    held = compiled_patterns.seed()
    compiled_patterns.keep(needed, held)
    assert held == set(needed) and _file(cache).stat().st_mtime_ns == written
    more = [*needed, _unique()]
    compiled_patterns.keep(more, held)
    assert compiled_patterns.seed() == set(more)


class _Runs:
    """A pickled object that would run a shell command when unpickled by an unrestricted unpickler."""

    def __init__(self, marker) -> None:
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


def _tampered(marker) -> bytes:
    return pickle.dumps({(r"\d+", 0): _Runs(marker)})


def _elsewhere(marker) -> bytes:
    return pickle.dumps({(r"\d+", 0): regex.compile(r"\w+")})


@pytest.mark.parametrize("content", [_tampered, lambda marker: b"\x80\x05not a pickle", _elsewhere,
                                     lambda marker: pickle.dumps(["a", "list"])],
                         ids=["runs-a-command", "damaged", "pattern-filed-under-another-text", "not-a-dict"])
def test_when_the_file_is_tampered_or_damaged_then_nothing_is_run_or_seeded_and_it_is_written_again(
        cache, tmp_path, content) -> None:
    needed = [_unique()]
    compiled_patterns.keep(needed, frozenset())
    marker = tmp_path / "ran"
    _file(cache).write_bytes(content(marker))
    assert compiled_patterns.seed() == frozenset()
    assert not marker.exists()
    compiled_patterns.keep(needed, frozenset())
    assert compiled_patterns.seed() == set(needed)


@pytest.mark.parametrize("mode", [0o620, 0o602], ids=["group-writable", "world-writable"])
def test_when_others_may_write_the_file_then_it_is_not_read(cache, mode: int) -> None:
    needed = [_unique()]
    compiled_patterns.keep(needed, frozenset())
    _file(cache).chmod(mode)
    assert compiled_patterns.seed() == frozenset()
    _file(cache).chmod(0o600)
    assert compiled_patterns.seed() == set(needed)


def test_when_the_cache_directory_cannot_be_written_then_the_patterns_still_compile(tmp_path, monkeypatch) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv(reference.CACHE_ENV, str(blocked / "cache"))
    pattern, flags = _unique()
    compiled_patterns.keep([(pattern, flags)], frozenset())
    assert compiled_patterns.seed() == frozenset()
    assert regex.compile(pattern, flags).search("555-0199")


def test_when_the_recognizers_are_built_then_the_file_holds_their_patterns_as_regex_compiles_them(cache) -> None:
    # regex's own cache may hold patterns an earlier test seeded from a file another process wrote, whose compiled
    # code orders a set of literals by that process's string hashes (PYTHONHASHSEED): equivalent, not the same bytes
    regex.purge()
    recognizers = presidio._pattern_recognizers(("US",))
    held = compiled_patterns.seed()
    wanted = {(p.regex, int(flags)) for r in recognizers for p in getattr(r, "patterns", ())
              for flags in (0, r.global_regex_flags)}
    assert held == wanted and len(wanted) > 20
    with _file(cache).open("rb") as source:
        kept = compiled_patterns._read(source)
    for (pattern, flags), compiled in kept.items():  # the same compiled code as a fresh compile, flags included
        assert compiled._pickled_data == regex.compile(pattern, flags, cache_pattern=False)._pickled_data


def test_when_the_recognizers_are_built_from_the_file_then_the_scan_finds_the_same_entities(cache) -> None:
    text = "mail jane@example.com, see https://example.org/x, call 212-555-0199 from 10.0.0.1"
    presidio._analyzer.cache_clear()
    first = presidio.scan_text(text)  # writes the file
    presidio._analyzer.cache_clear()
    regex.purge()
    assert presidio.scan_text(text) == first == ("mail <EMAIL_ADDRESS>, see <URL> call <PHONE_NUMBER> from "
                                                 "<IP_ADDRESS>")
    presidio._analyzer.cache_clear()
