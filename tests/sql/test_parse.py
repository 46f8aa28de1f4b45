"""Specification of statement parsing and fingerprints."""

from __future__ import annotations

import pytest

from governance_dagster.errors import ConfigurationError, UnparseableStatement
from governance_dagster.sql.parse import fingerprint, normalized, parse_statements


@pytest.mark.parametrize("sql", ["", "   ;  ", "select * from (select 1", "SELECT * FROM t WHERE (a = 1"])
def test_when_a_statement_does_not_parse_then_it_is_refused(sql: str) -> None:
    with pytest.raises(UnparseableStatement):
        parse_statements(sql, "duckdb")


#: PostgreSQL reads ``U&"\0065mail"`` as the identifier ``email`` (a Unicode escape); sqlglot reads the column ``U``
#: bitwise-and the column ``\0065mail``, so a write was judged on names no table has and ran reading the e-mail.
UNICODE_ESCAPED_IDENTIFIERS = [
    'INSERT INTO s.t SELECT customer_id, U&"\\0065mail" FROM customers',
    'SELECT u&"d!0061ta" UESCAPE \'!\' FROM t',
    'UPDATE s.t SET x = c.U&"\\0073sn" FROM customers c WHERE c.id = s.t.id',
]


@pytest.mark.parametrize("dialect", ["duckdb", "postgres"])
@pytest.mark.parametrize("sql", UNICODE_ESCAPED_IDENTIFIERS)
def test_when_an_identifier_is_written_with_unicode_escapes_then_it_is_refused_naming_the_offset(
        dialect: str, sql: str) -> None:
    with pytest.raises(UnparseableStatement, match="Unicode escapes") as caught:
        parse_statements(sql, dialect)
    assert caught.value.rule == "unparseable" and "0065" not in str(caught.value)


@pytest.mark.parametrize("sql", ['SELECT u & "x" FROM t', "SELECT U&'caf\\00e9' AS s", 'SELECT "U&""x""" FROM t',
                                 "SELECT 'U&\"x\"' AS s"])
def test_when_u_and_a_quote_are_not_a_unicode_escaped_identifier_then_it_parses(sql: str) -> None:
    assert parse_statements(sql, "postgres")


#: 63 bytes, the longest name PostgreSQL keeps (NAMEDATALEN - 1); it cuts a longer one to this length.
LONGEST_NAME = "contact_email_address_of_the_customer_for_marketing_and_billing"


@pytest.mark.parametrize("sql", [f"INSERT INTO s.t SELECT id, {LONGEST_NAME}_x FROM customers",
                                 f'SELECT "{LONGEST_NAME}_x" FROM t', f"SELECT a FROM {LONGEST_NAME}_x",
                                 f"SELECT a FROM t AS {'é' * 32}"])
def test_when_postgres_would_cut_a_name_then_the_statement_is_refused_naming_the_limit(sql: str) -> None:
    with pytest.raises(UnparseableStatement, match="63 bytes") as caught:
        parse_statements(sql, "postgres")
    assert caught.value.rule == "unparseable" and LONGEST_NAME not in str(caught.value)


@pytest.mark.parametrize(("dialect", "sql"), [("postgres", f"SELECT {LONGEST_NAME} FROM t"),
                                              ("duckdb", f"SELECT {LONGEST_NAME}_x FROM t"),
                                              ("postgres", f"SELECT '{LONGEST_NAME}_x' AS s")])
def test_when_a_name_fits_or_the_database_keeps_it_whole_then_it_parses(dialect: str, sql: str) -> None:
    assert parse_statements(sql, dialect)


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


#: Every string form the dialects accept, each holding a value that must not survive normalization.
SPECIAL_LITERALS = [
    ("duckdb", "DELETE FROM t WHERE e = E'{v}'"),
    ("duckdb", "DELETE FROM t WHERE e = N'{v}'"),
    ("duckdb", "DELETE FROM t WHERE e = $${v}$$"),
    ("postgres", "DELETE FROM t WHERE e = E'{v}'"),
    ("postgres", "DELETE FROM t WHERE e = N'{v}'"),
    ("postgres", "DELETE FROM t WHERE e = $${v}$$"),
    ("postgres", "DELETE FROM t WHERE e = $tag${v}$tag$"),
    ("postgres", "DELETE FROM t WHERE e = U&'{v}'"),
    ("postgres", "DELETE FROM t WHERE e = X'{hex}'"),
    ("postgres", "DELETE FROM t WHERE e = B'{bits}'"),
]


@pytest.mark.parametrize(("dialect", "template"), SPECIAL_LITERALS,
                         ids=[f"{d}-{t.split('= ')[1][:5]}" for d, t in SPECIAL_LITERALS])
def test_when_a_value_is_written_in_a_special_string_form_then_normalization_removes_it(dialect: str, template: str) -> None:
    value, hexed, bits = "Zebulon Quixotefeather", "5A6562756C6F6E", "1011011100101"
    statement = parse_statements(template.format(v=value, hex=hexed, bits=bits), dialect)[0]
    text = normalized(statement, dialect)
    assert value not in text and hexed not in text and bits not in text


@pytest.mark.parametrize(("dialect", "suggestion"), [("oracle9", "Did you mean oracle"), ("postgresql", "postgres"),
                                                    ("DuckDB", "Unknown dialect 'DuckDB'")])
def test_when_the_dialect_is_unknown_then_parsing_and_deciding_raise_a_configuration_error_with_the_fix(
        dialect: str, suggestion: str) -> None:
    from governance_dagster.governed.guardrails import decide
    from governance_dagster.policy.models import Policy

    for call in (lambda: parse_statements("SELECT 1", dialect), lambda: fingerprint("SELECT 1", dialect),
                 lambda: decide("SELECT 1", dialect, Policy())):
        with pytest.raises(ConfigurationError, match="give a SQL dialect sqlglot knows, such as duckdb or postgres") \
                as refused:
            call()
        assert suggestion in str(refused.value)
