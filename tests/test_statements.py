"""Specification of statement parsing and fingerprints."""

from __future__ import annotations

import pytest

from governance_dagster.errors import UnparseableStatement
from governance_dagster.statements import fingerprint, normalized, parse_statements


@pytest.mark.parametrize("sql", ["", "   ;  ", "select * from (select 1", "SELECT * FROM t WHERE (a = 1"])
def test_when_a_statement_does_not_parse_then_it_is_refused(sql: str) -> None:
    with pytest.raises(UnparseableStatement):
        parse_statements(sql, "duckdb")


def test_when_only_literals_differ_then_fingerprints_are_equal() -> None:
    a, b = (parse_statements(s, "duckdb")[0] for s in ("select * from t where email = 'x@y.z'", "SELECT * FROM t WHERE email='q'"))
    assert fingerprint(a, "duckdb") == fingerprint(b, "duckdb")


def test_when_the_statement_differs_then_fingerprints_differ() -> None:
    a, b = (parse_statements(s, "duckdb")[0] for s in ("select a from t", "select b from t"))
    assert fingerprint(a, "duckdb") != fingerprint(b, "duckdb")


def test_the_normalized_statement_holds_no_literal_value() -> None:
    statement = parse_statements("select * from t where ssn = '219-09-9999' and n > 42", "duckdb")[0]
    text = normalized(statement, "duckdb")
    assert "219-09-9999" not in text and "42" not in text
