"""Specification of masking operators: in memory and inside the database give the same result, and where
presidio-anonymizer has the operator, the same result as presidio."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest
import sqlglot
from presidio_anonymizer.operators import Hash as PresidioHash
from presidio_anonymizer.operators import Mask as PresidioMask
from sqlglot import exp

from governance_dagster.errors import MaskingError
from governance_dagster.governed.masking.operators import get_operator
from governance_dagster.store.database import duckdb_keys

SECRET = "operator-secret-0123456789"
VALUES = ["alice@example.com", "(212) 555-0101", "Zoë Ångström", "x", "", None, "219-09-9999", "日本語テキスト"]


def _in_database(name: str, params: dict, values: list) -> list:
    op = get_operator(name)
    con = duckdb.connect()
    con.execute("CREATE TABLE t (i INTEGER, v VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?, ?)", list(enumerate(values)))
    sql = f"SELECT {op.sql(exp.column('v'), params, 'duckdb', SECRET).sql('duckdb')} FROM t ORDER BY i"
    duckdb_keys(con, sql)
    return [row[0] for row in con.execute(sql).fetchall()]


@pytest.mark.parametrize(
    ("name", "params"),
    [("hash", {}), ("mask", {"chars_to_keep": 4}), ("mask", {"chars_to_keep": 0, "masking_char": "#"}),
     ("redact", {}), ("null", {}), ("replace", {"new_value": "<EMAIL>"}), ("generalize", {"prefix": 3}), ("keep", {})],
)
def test_when_an_operator_runs_in_the_database_then_it_equals_the_in_memory_result(name: str, params: dict) -> None:
    in_memory = get_operator(name).apply(pd.Series(VALUES, dtype="object"), params, SECRET).tolist()
    assert _in_database(name, params, VALUES) == [None if pd.isna(v) else v for v in in_memory]


def test_when_hashing_then_the_digest_equals_presidios_hash_with_the_secret_as_salt() -> None:
    ours = get_operator("hash").apply(pd.Series(VALUES[:5]), {}, SECRET).tolist()
    theirs = [PresidioHash().operate(v, {"hash_type": "sha256", "salt": SECRET}) for v in VALUES[:5]]
    assert ours == theirs


def test_when_masking_then_the_result_equals_presidios_mask_of_all_but_the_tail() -> None:
    for value in VALUES[:5]:
        hidden = max(len(value) - 4, 0)
        theirs = PresidioMask().operate(value, {"masking_char": "*", "chars_to_mask": hidden, "from_end": False})
        assert get_operator("mask").apply(pd.Series([value]), {"chars_to_keep": 4}, SECRET)[0] == theirs


def test_when_sha512_is_asked_of_duckdb_then_the_rewrite_is_refused_with_the_fix() -> None:
    with pytest.raises(MaskingError, match="cannot run inside duckdb.*use hash_type sha256"):
        get_operator("hash").sql(exp.column("v"), {"hash_type": "sha512"}, "duckdb", SECRET)


@pytest.mark.parametrize("secret", ["", "short", None])
def test_when_the_secret_is_missing_or_short_then_hashing_refuses(secret) -> None:
    with pytest.raises(MaskingError, match="GOVERNANCE_SECRET"):
        get_operator("hash").apply(pd.Series(["a"]), {}, secret)


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [("scramble", {}, "unknown masking operator"), ("mask", {"keep": 2}, "has no parameter"),
     ("mask", {"chars_to_keep": -1}, "chars_to_keep"), ("generalize", {}, "exactly one"),
     ("generalize", {"to": "decade"}, "'year' or 'month'"), ("hash", {"hash_type": "md5"}, "'sha256' or 'sha512'")],
)
def test_when_an_operator_is_misconfigured_then_the_error_names_the_fix(name: str, params: dict, message: str) -> None:
    with pytest.raises(MaskingError, match=message):
        get_operator(name).validate(params)


@pytest.mark.parametrize("sql_type", ["DATE", "TIMESTAMP", "VARCHAR"])  # a date stored as text has no date_trunc
def test_when_dates_are_generalized_to_the_year_then_database_and_memory_agree(sql_type: str) -> None:
    dates = pd.Series(pd.to_datetime(["1985-07-14", "2001-12-31"]))
    in_memory = get_operator("generalize").apply(dates, {"to": "year"}, SECRET).tolist()
    con = duckdb.connect()
    sql = get_operator("generalize").sql(exp.column("d"), {"to": "year"}, "duckdb", SECRET).sql("duckdb")
    in_db = [r[0] for r in con.execute(
        f"SELECT {sql} FROM (VALUES (CAST('1985-07-14' AS {sql_type})), (CAST('2001-12-31' AS {sql_type}))) v(d)").fetchall()]
    assert in_memory == in_db == [pd.Timestamp("1985-01-01").date(), pd.Timestamp("2001-01-01").date()]


def test_when_keyed_digest_sql_is_written_then_it_is_written_in_one_function_only() -> None:
    """The SQL of a keyed digest is written in one place (and reads the secret from the key relation there)."""
    import re
    from pathlib import Path

    import governance_dagster

    package = Path(governance_dagster.__file__).parent
    writers = sorted(str(path.relative_to(package)) for path in package.rglob("*.py")
                     if re.search(r"""["'][^"'\n]*\bsha(256|512)\(""", path.read_text(encoding="utf-8")))
    assert writers == ["sql/dialect.py"]


@pytest.mark.parametrize(("dialect", "hash_type"), [("duckdb", "sha256"), ("postgres", "sha256"), ("postgres", "sha512")])
def test_when_the_hash_operator_builds_its_sql_then_it_is_the_one_keyed_digest_of_the_column_as_text(
        dialect: str, hash_type: str) -> None:
    from governance_dagster.sql.dialect import keyed_digest_sql, text_type

    ours = get_operator("hash").sql(exp.column("v"), {"hash_type": hash_type}, dialect, SECRET).sql(dialect)
    expected = keyed_digest_sql(f"CAST(v AS {text_type(dialect)})", dialect, SECRET, hash_type)
    assert ours == sqlglot.parse_one(expected, read=dialect).sql(dialect)
