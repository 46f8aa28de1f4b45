"""Specification of URL parsing: a plain ``duckdb:///path`` is read without SQLAlchemy exactly as SQLAlchemy reads
it; every other URL is SQLAlchemy's."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import make_url

from governance_dagster.errors import ConfigurationError
from governance_dagster.store.database import DuckDBURL, parse_url, shown_url

#: Paths with what URLs encode: spaces, percent signs, @ and : and #, non-ASCII letters, doubled slashes.
PATHS = ["a.duckdb", "/abs/p a%20th/x@y.duckdb", ":memory:", "", "C:\\x\\y.duckdb", "ü/ñ.db", "a#b", "a;b",
         "%2Fx", "a\nb", "a:b", "a//b", "%", "%zz", "a+b", "~/data/shop.duckdb"]


def _as_sqlalchemy_reads_it(url: str) -> tuple:
    parsed = make_url(url)
    return parsed.get_backend_name(), parsed.drivername, parsed.database, parsed.render_as_string(hide_password=True)


def _as_we_read_it(url: str) -> tuple:
    parsed = parse_url(url, "database URL")
    return parsed.get_backend_name(), parsed.drivername, parsed.database, parsed.render_as_string(hide_password=True)


@pytest.mark.parametrize("path", PATHS)
def test_when_a_plain_duckdb_url_is_parsed_then_it_reads_as_sqlalchemy_reads_it(path: str) -> None:
    url = f"duckdb:///{path}"
    assert isinstance(parse_url(url, "database URL"), DuckDBURL)
    assert _as_we_read_it(url) == _as_sqlalchemy_reads_it(url)
    assert shown_url(url) == make_url(url).render_as_string(hide_password=True)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet=st.characters(blacklist_characters="?", blacklist_categories=("Cs",)), max_size=30))
def test_any_plain_duckdb_url_reads_as_sqlalchemy_reads_it(path: str) -> None:
    url = f"duckdb:///{path}"
    assert _as_we_read_it(url) == _as_sqlalchemy_reads_it(url)


@pytest.mark.parametrize("url", ["duckdb:///x.duckdb?access_mode=read_only", "duckdb://", "duckdb:///x?",
                                 "postgresql://u:pw@db:5432/x", " duckdb:///x.duckdb"])
def test_when_a_url_is_not_a_plain_duckdb_path_then_sqlalchemy_parses_it(url: str) -> None:
    parsed = parse_url(url.strip(), "database URL") if url.strip() == url else None
    if parsed is not None:
        assert not isinstance(parsed, DuckDBURL)
        assert parsed.render_as_string(hide_password=True) == make_url(url).render_as_string(hide_password=True)
    assert DuckDBURL.parse(url) is None


def test_when_a_url_holds_a_password_then_neither_form_shows_it() -> None:
    assert shown_url("postgresql://u:hunter2@db/x") == "postgresql://u:***@db/x"
    with pytest.raises(ConfigurationError) as raised:
        parse_url("postgresql://u:hunter2@db:port/x", "database URL")
    assert "hunter2" not in str(raised.value)
