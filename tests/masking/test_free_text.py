"""Specification of the free-text scan: presidio's pattern recognizers, offline."""

from __future__ import annotations

import socket

import pandas as pd
import pytest

from governance_dagster.masking import free_text


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
    scanned = free_text.scan_text(text)
    assert gone not in scanned and "<" in scanned


def test_when_text_holds_nothing_then_it_is_unchanged() -> None:
    assert free_text.scan_text("asked about the loyalty programme") == "asked about the loyalty programme"


def test_when_scanning_a_series_then_nulls_stay_null() -> None:
    out = free_text.scan_series(pd.Series(["x@example.com", None]))
    assert out[0] == "<EMAIL_ADDRESS>" and out[1] is None


def test_the_scan_never_opens_a_network_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    free_text._engines.cache_clear()
    assert free_text.scan_text("write to a@example.co.uk") == "write to <EMAIL_ADDRESS>"
