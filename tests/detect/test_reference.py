"""Specification of the reference-data cache: word lists derived from installed packages, kept between processes."""

from __future__ import annotations

import inspect
import json
import time

import pytest

from governance_dagster.detect import reference, values


@pytest.fixture
def cache(tmp_path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(reference.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counted(calls: list[int], value):
    """A fresh stored function (as in a new process) whose builder counts its calls."""
    @reference.stored("babel")
    def words():
        calls.append(1)
        return value

    return words


@pytest.mark.parametrize("value", [
    frozenset({"lyon", "são paulo", "köln"}),
    {"deutschland": "DE", "allemagne": "DE"},
    ({"mary": 2.629, "ann": 0.181}, {"smith": 1.006}),
    frozenset(),
    b"\x00\xff a filter",
])
def test_when_a_later_process_asks_then_it_reads_what_the_first_built(cache, value) -> None:
    calls: list[int] = []
    assert _counted(calls, value)() == value
    again = _counted(calls, value)()
    assert again == value and type(again) is type(value)
    assert calls == [1]
    assert len(list(cache.glob("*.json"))) == 1


def test_when_the_stored_file_is_damaged_then_it_is_built_again(cache) -> None:
    calls: list[int] = []
    _counted(calls, frozenset({"lyon"}))()
    for path in cache.glob("*.json"):
        path.write_text('{"frozenset": ["ly', encoding="utf-8")
    assert _counted(calls, frozenset({"lyon"}))() == frozenset({"lyon"})
    assert calls == [1, 1]
    assert [json.loads(p.read_text(encoding="utf-8")) for p in cache.glob("*.json")] == [{"frozenset": ["lyon"]}]


def test_when_a_source_package_changes_version_then_the_data_is_built_again_beside_the_old_file(
        cache, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    _counted(calls, frozenset({"lyon"}))()
    before = set(cache.glob("*.json"))
    monkeypatch.setattr(reference, "version", lambda package: "99.0")
    _counted(calls, frozenset({"lyon"}))()
    after = set(cache.glob("*.json"))
    assert calls == [1, 1]
    assert len(after) == 2 and after > before


def test_when_two_versions_share_a_cache_directory_then_each_reads_its_own_back(
        cache, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    for release in ["1.0", "2.0", "1.0", "2.0", "1.0"]:  # a release and a development tree, started in turn
        monkeypatch.setattr(reference, "version", lambda package, release=release: release)
        _counted(calls, frozenset({"lyon"}))()
    assert calls == [1, 1]  # each version built once, then read back


def test_when_more_versions_than_kept_were_used_then_the_least_recently_used_are_removed(
        cache, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    files = []
    for release in ["1.0", "2.0", "3.0", "1.0", "4.0"]:  # 1.0 is read again before 4.0 is built: 2.0 goes
        monkeypatch.setattr(reference, "version", lambda package, release=release: release)
        time.sleep(0.02)  # file times tick by the kernel's clock (a few milliseconds): each use gets its own time
        _counted(calls, frozenset({"lyon"}))()
        files.append(reference.path(f"{__name__}.{_counted.__qualname__}.<locals>.words", ("babel",)))
    assert set(cache.glob("*.json")) == {files[0], files[2], files[4]}
    assert len(calls) == 4


def test_when_the_cache_directory_cannot_be_written_then_the_data_is_still_built(tmp_path, monkeypatch) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv(reference.CACHE_ENV, str(blocked / "cache"))
    calls: list[int] = []
    assert _counted(calls, frozenset({"lyon"}))() == frozenset({"lyon"})
    assert _counted(calls, frozenset({"lyon"}))() == frozenset({"lyon"})
    assert calls == [1, 1]


def test_when_a_value_of_another_type_is_stored_then_it_is_refused(cache) -> None:
    with pytest.raises(TypeError, match="cannot store a list"):
        _counted([], ["lyon"])()


@pytest.mark.parametrize("name", ["census_names", "city_names", "country_names", "country_codes", "calendar_words"])
def test_when_the_classifiers_word_lists_are_read_back_then_they_equal_what_the_packages_give(cache, name) -> None:
    stored = getattr(values, name)
    build = inspect.unwrap(stored)
    stored.cache_clear()
    first = stored()  # built and written
    stored.cache_clear()
    assert stored() == first == build()  # read back from the file, as a later process does
    assert len(list(cache.glob(f"*{name}-*.json"))) == 1


def test_when_the_stdnum_catalogue_is_read_back_then_it_lists_the_same_modules_in_the_same_order(cache) -> None:
    stored = values._catalogue
    stored.cache_clear()
    first = stored()  # built and written
    stored.cache_clear()
    again = stored()  # read back from the file, as a later process does
    assert list(again.items()) == list(first.items()) == list(inspect.unwrap(stored)().items())
    assert len(list(cache.glob("*_catalogue-*.json"))) == 1
    assert {"national_id", "ssn"} >= set(again.values()) and "ua.rntrc" in again


def test_when_words_are_filtered_then_each_passes_and_hardly_any_other_does() -> None:
    words = [f"word-{i}" for i in range(20_000)]
    kept = reference.word_filter(words)
    assert len(kept) == 20_000 * 20 // 8
    assert all(reference.may_hold(kept, word) for word in words)
    assert sum(reference.may_hold(kept, f"other-{i}") for i in range(100_000)) <= 20  # about 7 expected
