"""Masking parity: the same rows through DuckDB and through Spark give byte-equal masked output, for every kind and
every in-database operator, on whole-table reads and on queries that compute with masked columns; and each
operator's Spark SQL equals the operator in memory (hence presidio's, tests/governed/masking/test_conformance.py)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pandas as pd
import pytest
from faker import Faker
from sqlglot import exp

from governance_dagster.governed.masking.operators import get_operator
from governance_dagster.policy.models import Policy
from governance_dagster.store.database import DuckDBDatabase
from governance_dagster.store.spark import SparkDatabase
from tests.conftest import SECRET
from tests.spark.conftest import governed

pytestmark = pytest.mark.spark

#: column -> (kind, operator, params): every kind, every operator that runs inside the database.
COLUMNS = {
    "customer_id": ("none", None, {}),
    "full_name": ("person_name", "surrogate", {}),
    "first_name": ("first_name", "surrogate", {}),
    "last_name": ("last_name", "hash", {}),
    "email": ("email", "hash", {}),
    "phone": ("phone", "mask", {"chars_to_keep": 4}),
    "ssn": ("ssn", "redact", {}),
    "national_id": ("national_id", "surrogate", {}),
    "credit_card": ("credit_card", "mask", {"chars_to_keep": 4, "masking_char": "#"}),
    "iban": ("iban", "replace", {"new_value": "<IBAN>"}),
    "ip_address": ("ip_address", "null", {}),
    "street": ("street_address", "surrogate", {}),
    "postal_code": ("postal_code", "generalize", {"prefix": 3}),
    "city": ("city", "surrogate", {}),
    "birth_date": ("date_of_birth", "generalize", {"to": "year"}),
    "signup": ("date_of_birth", "generalize", {"to": "month"}),
    "income": ("unclassified", "generalize", {"bucket": 5000}),
    "phone_digits": ("phone", "surrogate", {}),
    "ssn_code": ("ssn", "surrogate", {}),
    "zip_fake": ("postal_code", "surrogate", {}),
    "email_fake": ("email", "surrogate", {}),
    "support_notes": ("free_text", "scan", {}),
    "segment": ("none", None, {}),
}


def _policy() -> Policy:
    rules = [{"table": "*.people", "column": c, "kind": kind, **({"operator": op, "params": params} if op else {})}
             for c, (kind, op, params) in COLUMNS.items()]
    return Policy.model_validate({"version": 1, "columns": rules, "approvals": {"allow_unverified": True}})


def _people(n: int = 40) -> pd.DataFrame:
    """Rows of every kind, non-ASCII, quotes, backslashes and NULLs included."""
    fake = Faker(["en_US", "de_DE", "ja_JP"])
    fake.seed_instance(19)
    rows = []
    for i in range(n):
        first, last = fake.first_name(), fake.last_name()
        if i == 1:
            first, last = "Dan", "O'Brien\\Ünal"
        rows.append({
            "customer_id": i, "full_name": f"{first} {last}", "first_name": first, "last_name": last,
            "email": fake.email(), "phone": fake.phone_number(), "ssn": f"{100 + i:03d}-{10 + i:02d}-{1000 + i:04d}",
            "national_id": f"AB{i:06d}C", "credit_card": fake.credit_card_number(), "iban": fake.iban(),
            "ip_address": fake.ipv4(), "street": fake.street_address(), "postal_code": fake.postcode(),
            "city": fake.city(), "birth_date": datetime.date(1950, 1, 1) + datetime.timedelta(days=611 * i),
            "signup": pd.Timestamp("2020-01-01 08:30:00") + pd.Timedelta(hours=997 * i),
            "income": 20_000.0 + 1_337.5 * i, "phone_digits": f"212555{1000 + i}", "ssn_code": f"9{i:08d}",
            "zip_fake": f"{10000 + 37 * i}", "email_fake": f"p{i}@example.org",
            "support_notes": f"{first} {last} called from {fake.phone_number()} about order {i}",
            "segment": ["consumer", "enterprise", "ｅｎｔｅｒｐｒｉｓｅ"][i % 3],
        })
    frame = pd.DataFrame(rows)
    for column in ("email", "phone", "street", "support_notes", "birth_date", "income"):
        frame[column] = frame[column].astype(object)
        frame.loc[len(frame) - 1 - COLUMNS_ORDER.index(column) % 5, column] = None
    dates = pd.to_datetime(frame["birth_date"]).dt.date.astype(object)
    frame["birth_date"] = dates.where(frame["birth_date"].notna(), None)
    frame["income"] = frame["income"].astype(float)
    return frame


COLUMNS_ORDER = list(COLUMNS)

QUERIES = [
    "SELECT * FROM {s}.people ORDER BY customer_id",
    "SELECT lower(email) AS e, upper(full_name) AS n, substr(ssn, 1, 3) AS s3 FROM {s}.people ORDER BY customer_id",
    "SELECT p.city, count(*) AS n, sum(o.amount) AS total FROM {s}.people p JOIN {s}.orders o "
    "ON p.customer_id = o.customer_id GROUP BY p.city ORDER BY p.city",
    "SELECT segment, max(email) AS top_email, count(DISTINCT phone) AS phones FROM {s}.people GROUP BY segment "
    "ORDER BY segment",
    "SELECT customer_id, support_notes FROM {s}.people WHERE customer_id < 10 ORDER BY customer_id",
    "WITH c AS (SELECT customer_id, street, postal_code FROM {s}.people) SELECT street || ' / ' || postal_code AS a "
    "FROM c ORDER BY customer_id",
]


def _cells(frame: pd.DataFrame) -> list[tuple]:
    """Every value as text (NULL as None), column names first: equal cells are byte-equal output."""
    def text(v: object) -> str | None:
        if v is None or (not isinstance(v, (str, bytes)) and pd.isna(v)):
            return None
        if isinstance(v, pd.Timestamp):
            return v.isoformat()
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)
    return [tuple(map(str, frame.columns))] + [tuple(text(v) for v in row) for row in frame.itertuples(index=False)]


@pytest.fixture
def both(tmp_path: Path, spark_url: str, spark_schema: str) -> dict:
    people = _people()
    orders = pd.DataFrame({"order_id": range(80), "customer_id": [i % 40 for i in range(80)],
                           "amount": [10.0 + 2.5 * i for i in range(80)]})
    duck = DuckDBDatabase(str(tmp_path / "prod.duckdb"))
    spark = SparkDatabase(spark_url)
    for database in (duck, spark):
        database.write_frame(spark_schema, "people", people)
        database.write_frame(spark_schema, "orders", orders)
    return {name: governed(db, _policy(), tmp_path, SECRET) for name, db in (("duckdb", duck), ("spark", spark))}


def test_when_the_same_rows_are_read_through_duckdb_and_spark_then_the_masked_output_is_byte_equal(
        both: dict, spark_schema: str) -> None:
    for template in QUERIES:
        sql = template.format(s=spark_schema)
        duck, spark = (both[name].query(sql) for name in ("duckdb", "spark"))
        assert _cells(spark.frame) == _cells(duck.frame), sql
        assert spark.masked == duck.masked, sql
    whole = both["spark"].read_table(f"{spark_schema}.people")
    assert _cells(whole.frame) == _cells(both["duckdb"].read_table(f"{spark_schema}.people").frame)
    masked = dict(whole.masked)
    assert set(masked) == {c for c, (kind, op, _) in COLUMNS.items() if op not in (None, "keep")}


def test_when_a_masked_value_leaves_spark_then_no_raw_identifier_is_in_it(both: dict, spark_schema: str) -> None:
    people = _people()
    frame = both["spark"].read_table(f"{spark_schema}.people").frame
    released = frame.astype(str).to_csv(index=False)
    for column in ("full_name", "email", "ssn", "credit_card", "iban", "ip_address", "street", "national_id"):
        leaked = [v for v in people[column].dropna() if str(v) in released]
        assert not leaked, column


SURROGATE_KINDS = ["person_name", "first_name", "last_name", "email", "phone", "ssn", "street_address", "city",
                   "postal_code", "iban"]
CASES = [
    ("hash", {}), ("hash", {"hash_type": "sha512"}), ("mask", {"chars_to_keep": 4}),
    ("mask", {"chars_to_keep": 0, "masking_char": "#"}), ("redact", {}), ("replace", {"new_value": "<PII>"}),
    ("null", {}), ("generalize", {"prefix": 2}),
] + [("surrogate", {"kind": kind}) for kind in SURROGATE_KINDS]


def test_when_every_operator_runs_in_spark_then_it_equals_the_operator_in_memory(spark_url: str) -> None:
    fakers = [Faker(loc) for loc in ("en_US", "de_DE", "fr_FR", "ja_JP", "es_ES")]
    for i, f in enumerate(fakers):
        f.seed_instance(200 + i)
    values = [f.name() for f in fakers for _ in range(20)] + [f.email() for f in fakers for _ in range(20)] + \
        [f.sentence() for f in fakers for _ in range(10)] + ["", " ", "O'Brien", "a\\b", "😀 emoji", None]
    spark = SparkDatabase(spark_url)
    rows = ", ".join(f"({i}, {exp.convert(v).sql('spark') if v is not None else 'CAST(NULL AS STRING)'})"
                     for i, v in enumerate(values))
    columns = ", ".join(f"{get_operator(op).sql(exp.column('v'), params, 'spark', SECRET).sql('spark')} AS c{k}"
                        for k, (op, params) in enumerate(CASES))
    got = spark.fetch(f"SELECT i, {columns} FROM VALUES {rows} AS t(i, v) ORDER BY i")
    assert len(got) == len(values)
    for k, (op, params) in enumerate(CASES):
        in_memory = get_operator(op).apply(pd.Series(values, dtype=object), params, SECRET)
        expected = [None if pd.isna(v) else v for v in in_memory]
        assert [None if pd.isna(v) else v for v in got[f"c{k}"]] == expected, (op, params)
