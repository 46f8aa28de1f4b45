"""Specification of the free-text scan: presidio's pattern recognizers, offline."""

from __future__ import annotations

import socket

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from governance_dagster.detect import presidio


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("mail me at jane.roe@example.com today", "jane.roe@example.com"),
        ("call 212-555-0199 after five", "212-555-0199"),
        ("card 4111 1111 1111 1111 on file", "4111 1111 1111 1111"),
        ("from 192.168.13.7 yesterday", "192.168.13.7"),
    ],
)
def test_when_text_holds_a_pattern_entity_then_the_scan_replaces_it(text: str, gone: str) -> None:
    scanned = presidio.scan_text(text)
    assert gone not in scanned and "<" in scanned


def test_when_text_holds_nothing_then_it_is_unchanged() -> None:
    assert presidio.scan_text("asked about the loyalty programme") == "asked about the loyalty programme"


def test_when_scanning_a_series_then_nulls_stay_null() -> None:
    out = presidio.scan_series(pd.Series(["x@example.com", None]))
    assert out[0] == "<EMAIL_ADDRESS>" and out[1] is None


def test_the_scan_never_opens_a_network_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    presidio._engines.cache_clear()
    assert presidio.scan_text("write to a@example.co.uk") == "write to <EMAIL_ADDRESS>"


def test_when_cells_are_scanned_in_batches_then_each_equals_its_own_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    cells = [f"row {i}: write to p{i}@example.com" if i % 3 == 0 else f"call 212-555-{i:04d}" if i % 3 == 1 else "nothing here"
             for i in range(300)]
    monkeypatch.setattr(presidio, "_BATCH_CHARS", 500)  # many batches, entities at every batch edge
    batched = presidio.scan_texts(cells)
    assert batched == [presidio.scan_texts([c])[0] for c in cells]
    assert all("@example.com" not in c and "212-555" not in c for c in batched)


def test_when_a_cell_cannot_hold_a_pattern_entity_then_presidio_is_not_called(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []
    real = presidio.scan_texts
    monkeypatch.setattr(presidio, "scan_texts", lambda texts: seen.append(texts) or real(texts))
    presidio.scan_series(pd.Series(["ticket 12345 closed", "refund approved", "mail x@example.com"]))
    assert seen == [["mail x@example.com"]]


@pytest.mark.parametrize(
    "text",
    [
        "write to jane.roe@example.com",
        "call 212\u00a0555\u00a00199 tonight",  # no-break spaces between the digit groups
        "call ２１２-５５５-０１９９",  # full-width digits
        "ssn 219-09-9999",
        "card 4111 1111 1111 1111",
        "iban DE89 3704 0044 0532 0130 00",
        "from 10.0.0.1",
        "see https://example.org/x",
        "ticket12345678closed",
        "visit acme-shop.org for details",
    ],
)
def test_when_a_cell_holds_a_pattern_entity_then_the_prefilter_passes_it(text: str) -> None:
    assert presidio.might_hold_entity(pd.Series([text], dtype="string")).tolist() == [True]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.text(alphabet="0123456789٣٤５ -().@/:wADEhtpsorgASdeWT\u00a0\u2009x", max_size=40))
def test_the_prefilter_never_drops_a_cell_presidio_would_change(text: str) -> None:
    if presidio.scan_texts([text])[0] != text:
        assert presidio.might_hold_entity(pd.Series([text], dtype="string")).tolist() == [True]
