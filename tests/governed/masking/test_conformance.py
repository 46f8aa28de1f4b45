"""Conformance: each operator gives the same result in memory, inside DuckDB and inside PostgreSQL, and the same
as presidio-anonymizer where presidio has the operator, on 1,000 values of each kind, non-ASCII included."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest
from faker import Faker
from presidio_anonymizer.operators import Hash as PresidioHash
from presidio_anonymizer.operators import Mask as PresidioMask
from presidio_anonymizer.operators import Redact as PresidioRedact
from presidio_anonymizer.operators import Replace as PresidioReplace
from sqlalchemy import create_engine, text
from sqlglot import exp

from governance_dagster.governed.masking.operators import get_operator
from governance_dagster.store.database import duckdb_keys, postgres_keys

SECRET = "conformance-secret-0123456789"
PER_KIND = 1000


def _values() -> dict[str, list[str]]:
    fakers = [Faker(loc) for loc in ("en_US", "de_DE", "fr_FR", "ja_JP", "es_ES")]
    for i, f in enumerate(fakers):
        f.seed_instance(100 + i)
    makers = {
        "person_name": lambda f: f.name(), "email": lambda f: f.email(), "phone": lambda f: f.phone_number(),
        "ssn": lambda f: fakers[0].ssn(), "street_address": lambda f: f.street_address(), "city": lambda f: f.city(),
        "iban": lambda f: f.iban(), "free_text": lambda f: f.sentence(),
    }
    return {kind: [make(fakers[i % len(fakers)]) for i in range(PER_KIND)] for kind, make in makers.items()}


VALUES = _values()
CASES = [
    ("hash", {}), ("hash", {"hash_type": "sha512"}), ("mask", {"chars_to_keep": 4}), ("mask", {"chars_to_keep": 0, "masking_char": "#"}),
    ("redact", {}), ("replace", {"new_value": "<PII>"}), ("null", {}), ("generalize", {"prefix": 2}),
    ("surrogate", {}),
]


def _presidio(operator: str, params: dict, value: str) -> str | None:
    if operator == "hash":
        return PresidioHash().operate(value, {"hash_type": params.get("hash_type", "sha256"), "salt": SECRET})
    if operator == "mask":
        hidden = max(len(value) - params["chars_to_keep"], 0)
        return PresidioMask().operate(value, {"masking_char": params.get("masking_char", "*"),
                                              "chars_to_mask": hidden, "from_end": False})
    if operator == "redact":
        return PresidioRedact().operate(value, {})
    if operator == "replace":
        return PresidioReplace().operate(value, params)
    return None


def _in_memory(operator: str, params: dict, kind: str) -> list:
    full = {**params, "kind": kind} if operator == "surrogate" else params
    return [None if pd.isna(v) else v for v in get_operator(operator).apply(pd.Series(VALUES[kind]), full, SECRET)]


def _sql(operator: str, params: dict, kind: str, dialect: str) -> str:
    full = {**params, "kind": kind} if operator == "surrogate" else params
    return get_operator(operator).sql(exp.column("v"), full, dialect, SECRET).sql(dialect)


@pytest.mark.parametrize("kind", sorted(VALUES))
@pytest.mark.parametrize(("operator", "params"), CASES, ids=[f"{o}-{i}" for i, (o, _) in enumerate(CASES)])
def test_when_an_operator_runs_in_duckdb_then_it_equals_memory_and_presidio(operator, params, kind) -> None:
    expected = _in_memory(operator, params, kind)
    if _presidio(operator, params, "x") is not None:
        assert [_presidio(operator, params, v) for v in VALUES[kind]] == expected
    if params.get("hash_type") == "sha512":  # DuckDB has no SHA-512: refused there (tests/governed/masking/test_operators.py)
        return
    con = duckdb.connect()
    con.execute("CREATE TABLE t (i INTEGER, v VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?, ?)", list(enumerate(VALUES[kind])))
    sql = f"SELECT {_sql(operator, params, kind, 'duckdb')} FROM t ORDER BY i"
    duckdb_keys(con, sql)
    in_db = [r[0] for r in con.execute(sql).fetchall()]
    assert in_db == expected


@pytest.mark.postgres
@pytest.mark.parametrize(("operator", "params"), CASES, ids=[f"{o}-{i}" for i, (o, _) in enumerate(CASES)])
def test_when_an_operator_runs_in_postgres_then_it_equals_memory(postgres_url, operator, params) -> None:
    engine = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
    masks = {kind: _sql(operator, params, kind, "postgres") for kind in sorted(VALUES)}
    with engine.connect() as con:
        postgres_keys(con, " ".join(masks.values()))  # the keys go in before the test's transaction
        with con.begin():
            con.execute(text("CREATE TEMP TABLE conformance (i INTEGER, kind TEXT, v TEXT)"))
            rows = [{"i": i, "kind": k, "v": v} for k in sorted(VALUES) for i, v in enumerate(VALUES[k])]
            con.execute(text("INSERT INTO conformance VALUES (:i, :kind, :v)"), rows)
            for kind, sql in masks.items():
                got = [r[0] for r in con.execute(text(f"SELECT {sql.replace(':', chr(92) + ':')} FROM conformance WHERE kind = :k ORDER BY i"), {"k": kind})]
                assert got == _in_memory(operator, params, kind), kind
    engine.dispose()


@pytest.mark.parametrize("kind", sorted(VALUES))
def test_when_values_are_encrypted_then_presidios_decrypt_recovers_every_one(kind, monkeypatch) -> None:
    from presidio_anonymizer.operators import Decrypt

    key = "0123456789abcdef0123456789abcdef"
    monkeypatch.setenv("GOVERNANCE_ENCRYPTION_KEY", key)
    encrypted = get_operator("encrypt").apply(pd.Series(VALUES[kind]), {}, SECRET)
    assert not set(encrypted) & set(VALUES[kind])
    assert [Decrypt().operate(v, {"key": key}) for v in encrypted] == VALUES[kind]
