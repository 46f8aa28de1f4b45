"""Specification of the contract of a synthetic table (great-expectations), derived from the real table."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import create_engine, text

from governance_dagster.errors import ContractError
from governance_dagster.governed.connection import GovernedConnection
from governance_dagster.governed.identity import Identity
from governance_dagster.leakage.identifiers import identifier_replay
from governance_dagster.leakage.records import copied_records
from governance_dagster.policy.loader import load_policy
from governance_dagster.policy.models import ContractPolicy
from governance_dagster.quality.contract import (
    ContractReport,
    contract_expectations,
    default_docs_dir,
    profile_table,
    validate_contract,
)
from governance_dagster.store.audit.store import open_audit_store
from governance_dagster.store.database import open_database
from tests.conftest import CANARIES, contains_canary, customers_frame

SENSITIVE = ["full_name", "email", "phone", "ssn", "street", "city", "birth_date", "support_notes"]


def synthetic_customers(rows: int = 60) -> pd.DataFrame:
    """A synthetic table that meets the contract of the conftest customers: fresh personal data, real shapes."""
    real = customers_frame()
    return pd.DataFrame({
        "customer_id": range(5000, 5000 + rows),
        "full_name": [f"Synthetic Person{i}" for i in range(rows)],
        "email": [f"synthetic{i}@example.net" for i in range(rows)],
        "phone": [f"(303) 555-{2000 + i:04d}" for i in range(rows)],
        "ssn": [f"{600 + i % 90:03d}-44-{3000 + i:04d}" for i in range(rows)],
        "street": [f"{i} Synthetic Road" for i in range(rows)],
        "city": ["Shelbyville"] * rows,
        "birth_date": [pd.Timestamp("1975-05-05") + pd.Timedelta(days=30 * i) for i in range(rows)],
        "income": [float(real["income"].min()) + 500 * (i % 60) for i in range(rows)],
        "segment": [["consumer", "enterprise"][i % 2] for i in range(rows)],
        "support_notes": ["Synthetic note"] * rows,
    })


def _validate(connection, frame: pd.DataFrame, docs: Path, **kwargs) -> ContractReport:
    profile = profile_table(connection, "main.customers", kwargs.pop("settings", None))
    return validate_contract(frame, profile, suite_name="contract_main_customers", docs_dir=docs, **kwargs)


def _site_text(site: Path) -> str:
    return "\n".join(p.read_text(errors="replace") for p in site.rglob("*") if p.suffix in (".html", ".json"))


def test_when_the_contract_is_derived_from_a_real_table_then_it_holds_schema_nulls_ranges_and_small_domains(connection) -> None:
    profile = profile_table(connection, "main.customers")
    specs = {(s.type, s.column): s.kwargs for s in contract_expectations(profile, connection.policy.contract)}

    assert profile.rows == 60 and {c.name for c in profile.columns if c.sensitive} == set(SENSITIVE)
    for column in customers_frame().columns:
        assert ("expect_column_to_exist", column) in specs
        assert specs[("expect_column_proportion_of_non_null_values_to_be_between", column)] == {
            "column": column, "min_value": 0.95, "max_value": 1.0}
    assert "float64" in specs[("expect_column_values_to_be_in_type_list", "income")]["type_list"]
    assert "datetime64" in specs[("expect_column_values_to_be_in_type_list", "birth_date")]["type_list"]
    # income spans 40750..85000 in the real table; the range is widened by 10% of that span on each side
    assert specs[("expect_column_values_to_be_between", "income")] == {
        "column": "income", "min_value": 36325.0, "max_value": 89425.0}
    assert specs[("expect_column_values_to_be_in_set", "segment")]["value_set"] == ["consumer", "enterprise"]
    # the key gets no range (synthesizers draw fresh keys); personal-data columns get no values at all
    assert ("expect_column_values_to_be_between", "customer_id") not in specs
    value_kinds = {"expect_column_values_to_be_between", "expect_column_values_to_be_in_set"}
    assert not [c for t, c in specs if t in value_kinds and c in SENSITIVE]


def test_when_the_profile_is_made_then_no_personal_value_is_read_and_it_is_audited(connection) -> None:
    profile = profile_table(connection, "main.customers", ContractPolicy(max_categories=1000))
    assert all(c.minimum is None and c.categories is None for c in profile.columns if c.sensitive)
    assert contains_canary(repr(profile)) == []
    event = [e for e in connection.audit.events() if e.kind == "profile"][-1]
    assert event.payload["table"] == "main.customers" and event.payload["category_domains"] == ["segment"]


def test_when_a_good_synthetic_table_is_validated_then_every_expectation_holds_and_data_docs_exist(connection, tmp_path) -> None:
    connection.write_table("synthetic.customers", synthetic_customers())
    replay = identifier_replay(connection, "main.customers", connection, "synthetic.customers")
    copied = copied_records(connection, "main.customers", connection, "synthetic.customers")

    report = _validate(connection, synthetic_customers(), tmp_path / "docs", replay=replay, copied=copied)

    assert report.success, report.summary()
    # rows; exists, type and nulls of 11 columns; income range; segment domain; replayed values; copied share
    assert report.evaluated == report.successful == 1 + 11 * 3 + 2 + 2
    assert [o.column for o in report.outcomes if o.aspect == "leakage"] == [
        "replayed_identifier_values", "copied_records_share"]
    assert report.docs_index == tmp_path / "docs" / "contract_main_customers" / "index.html"
    assert report.docs_index.exists() and "contract_main_customers" in report.docs_index.read_text()
    suite = json.loads(report.suite_path.read_text())
    assert suite["name"] == "contract_main_customers" and len(suite["expectations"]) == 36


#: How the table below breaks the contract, and the expectations that must fail because of it.
BROKEN = {
    "missing column city": [("expect_column_to_exist", "city"), ("expect_column_values_to_be_in_type_list", "city"),
                            ("expect_column_proportion_of_non_null_values_to_be_between", "city")],
    "income ten times too high": [("expect_column_values_to_be_between", "income")],
    "a quarter of segments unknown": [("expect_column_values_to_be_in_set", "segment")],
    "email always null": [("expect_column_proportion_of_non_null_values_to_be_between", "email")],
    "customer_id as text": [("expect_column_values_to_be_in_type_list", "customer_id")],
}


def _broken(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.drop(columns=["city"]).assign(
        income=frame["income"] * 10, segment=frame["segment"].where(frame.index % 4 != 0, "platinum"), email=None,
        customer_id=frame["customer_id"].astype(str))


def test_when_a_synthetic_table_breaks_the_contract_then_exactly_the_broken_expectations_fail(connection, tmp_path) -> None:
    report = _validate(connection, _broken(synthetic_customers()), tmp_path / "docs")

    assert not report.success
    assert {(o.expectation, o.column) for o in report.failed} == {e for found in BROKEN.values() for e in found}
    assert "expect_column_to_exist(city)" in report.summary()
    segment = next(o for o in report.failed if o.column == "segment")
    assert segment.counts["unexpected_count"] == 15 and segment.counts["unexpected_percent"] == 25.0
    assert "platinum" not in json.dumps(report.as_dict())


def test_when_a_synthetic_table_replays_real_values_then_neither_suite_nor_data_docs_show_them(connection, tmp_path) -> None:
    frame = synthetic_customers()
    for column, value in CANARIES.items():  # real identifiers, replayed where they were and in a category column
        frame.loc[3, column] = value
    frame.loc[5, "segment"] = CANARIES["full_name"]
    connection.write_table("synthetic.customers", frame)
    replay = identifier_replay(connection, "main.customers", connection, "synthetic.customers")
    copied = copied_records(connection, "main.customers", connection, "synthetic.customers")
    settings = ContractPolicy(max_categories=1000)  # even with every column small enough for a category domain

    report = _validate(connection, frame, tmp_path / "docs", settings=settings, replay=replay, copied=copied)

    failed = {(o.expectation, o.column, o.aspect) for o in report.failed}
    assert ("expect_column_max_to_be_between", "replayed_identifier_values", "leakage") in failed
    assert ("expect_column_values_to_be_in_set", "segment", "categories") in failed
    leak = next(o for o in report.outcomes if o.column == "replayed_identifier_values")
    assert leak.counts["observed"] == replay.replayed_values > 0
    text = _site_text(tmp_path / "docs")
    assert "contract_main_customers.leakage" in text
    assert contains_canary(text) == [] and contains_canary(json.dumps(report.as_dict())) == []


@pytest.mark.parametrize(
    ("url", "environ", "expected"),
    [
        ("duckdb:////srv/w.duckdb", {"DAGSTER_HOME": "/opt/dh"}, "/opt/dh/gx_data_docs"),
        ("duckdb:////srv/w.duckdb", {}, "/srv/gx_data_docs"),
        ("postgresql://u@h/db", {}, None),
        ("duckdb:///:memory:", {}, None),
    ],
)
def test_when_no_docs_dir_is_given_then_it_defaults_to_dagster_home_or_beside_the_warehouse(url, environ, expected) -> None:
    if expected is None:
        with pytest.raises(ContractError, match="set DAGSTER_HOME or pass docs_dir"):
            default_docs_dir(url, environ=environ)
    else:
        assert default_docs_dir(url, environ=environ).as_posix() == expected


def test_when_the_suite_name_is_not_a_plain_name_then_it_is_refused(connection, tmp_path) -> None:
    with pytest.raises(ContractError, match="may hold only letters"):
        validate_contract(synthetic_customers(), profile_table(connection, "main.customers"),
                          suite_name="../escape", docs_dir=tmp_path)


_ISOLATED = r"""
import os, socket, sys
attempts = []
real_connect = socket.socket.connect
def connect(self, address):
    host = address[0] if isinstance(address, tuple) else str(address)
    if host not in ("127.0.0.1", "::1", "localhost") and not str(host).startswith("/"):
        attempts.append(host)
        raise OSError("network disabled in this test")
    return real_connect(self, address)
socket.socket.connect = connect
os.chdir(sys.argv[2])
import pandas as pd
from governance_dagster.kinds import Kind
from governance_dagster.quality.contract import ColumnProfile, TableProfile, validate_contract
profile = TableProfile("main.t", 3, (ColumnProfile("x", "BIGINT", Kind.NONE, 0.0, minimum=1, maximum=3),))
report = validate_contract(pd.DataFrame({"x": [1, 2, 3]}), profile, suite_name="contract_t", docs_dir=sys.argv[1])
print(report.success, attempts, os.environ.get("GX_ANALYTICS_ENABLED"))
"""


def test_when_the_contract_runs_then_gx_touches_no_network_and_writes_only_under_the_docs_dir(tmp_path) -> None:
    home, cwd, docs = tmp_path / "home", tmp_path / "cwd", tmp_path / "docs"
    home.mkdir(), cwd.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
           "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    out = subprocess.run([sys.executable, "-c", _ISOLATED, str(docs), str(cwd)], capture_output=True, text=True,
                         env=env, check=True).stdout.strip()
    assert out == "True [] false"
    assert list(home.iterdir()) == [] and list(cwd.iterdir()) == []
    assert (docs / "contract_t" / "index.html").exists()


@pytest.mark.postgres
def test_when_the_real_table_is_in_postgres_then_the_contract_is_the_same_as_from_duckdb(
    postgres_url, connection, policy_path, audit_url, secret
) -> None:
    schema = f"gd_contract_{uuid.uuid4().hex[:10]}"
    engine = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as con:
        con.execute(text(f'CREATE SCHEMA "{schema}"'))
        customers_frame().to_sql("customers", con, schema=schema, index=False)
    try:
        pg = GovernedConnection(open_database(postgres_url), load_policy(policy_path), open_audit_store(audit_url),
                                Identity("alice", "test"), secret)
        from_postgres = contract_expectations(profile_table(pg, f"{schema}.customers"))
        from_duckdb = contract_expectations(profile_table(connection, "main.customers"))
        assert from_postgres == from_duckdb
    finally:
        with engine.begin() as con:
            con.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


MASKED_THOUGH_NOT_PERSONAL = [
    ({"column": "segment", "kind": "none", "operator": "redact"}, "segment"),
    ({"column": "segment", "kind": "none", "operator": "hash"}, "segment"),
    ({"column": "income", "kind": "none", "operator": "null"}, "income"),
]


@pytest.mark.parametrize(("rule", "column"), MASKED_THOUGH_NOT_PERSONAL,
                         ids=[f"{r['column']}-{r['operator']}" for r, _ in MASKED_THOUGH_NOT_PERSONAL])
def test_when_the_policy_masks_a_column_of_kind_none_then_the_contract_holds_none_of_its_values(
    prod_url: str, audit_url: str, secret: str, rule: dict, column: str
) -> None:
    policy = load_policy_from({"columns": [{"table": "*.customers", **rule}]})
    connection = GovernedConnection(open_database(prod_url), policy, open_audit_store(audit_url),
                                    Identity("alice", "test"), secret)
    profile = profile_table(connection, "main.customers")
    found = next(c for c in profile.columns if c.name == column)
    assert (found.minimum, found.maximum, found.categories, found.sensitive) == (None, None, None, True)
    specs = contract_expectations(profile, policy.contract)
    shown = repr([s.kwargs for s in specs if s.kwargs.get("column") == column])
    assert "consumer" not in shown and "enterprise" not in shown and "40750" not in shown and "85000" not in shown


def load_policy_from(data: dict):  # noqa: ANN201 - a Policy
    from governance_dagster.policy.models import Policy

    return Policy.model_validate(data)
