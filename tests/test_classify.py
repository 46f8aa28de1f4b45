"""Specification of column classification from names, types and sampled values."""

from __future__ import annotations

import pandas as pd
import pytest

from governance_dagster.classify import classify_column, classify_table
from governance_dagster.kinds import Kind
from governance_dagster.policy import Policy


@pytest.mark.parametrize(
    ("name", "dtype", "values", "kind"),
    [
        ("email", "VARCHAR", ["a@example.com", "b.c@mail.org"], Kind.EMAIL),
        ("contact", "VARCHAR", ["a@example.com", "b.c@mail.org"], Kind.EMAIL),
        ("customerName", "VARCHAR", ["Ann Lee", "Bo Ek"], Kind.PERSON_NAME),
        ("first_name", "VARCHAR", ["Ann", "Bo"], Kind.FIRST_NAME),
        ("Nachname", "VARCHAR", ["Meier", "Schulz"], Kind.LAST_NAME),
        ("ssn", "VARCHAR", ["123-45-6789", "219-09-9999"], Kind.SSN),
        ("tax_ref", "VARCHAR", ["219-09-9999", "078-05-1120"], Kind.SSN),
        ("mobile", "VARCHAR", ["(212) 555-0101", "+1 415 555 0199"], Kind.PHONE),
        ("street", "VARCHAR", ["1 Main St", "2 High St"], Kind.STREET_ADDRESS),
        ("zip", "VARCHAR", ["10001", "94107"], Kind.POSTAL_CODE),
        ("dob", "DATE", ["1980-01-01"], Kind.DATE_OF_BIRTH),
        ("notes", "VARCHAR", ["called twice about the late parcel"], Kind.FREE_TEXT),
        ("order_id", "BIGINT", [1, 2, 3], Kind.NONE),
        ("segment", "VARCHAR", ["gold", "silver"], Kind.NONE),
        ("card", "VARCHAR", ["4111 1111 1111 1111", "5500 0000 0000 0004"], Kind.CREDIT_CARD),
    ],
)
def test_when_a_column_is_classified_then_name_and_values_decide_its_kind(name, dtype, values, kind) -> None:
    assert classify_column(name, dtype, values).kind is kind


def test_when_values_contradict_nothing_then_the_evidence_counts_matching_values() -> None:
    result = classify_column("email", "VARCHAR", ["a@example.com", "nope", None])
    assert result.kind is Kind.EMAIL
    assert "name matches email" in result.evidence


def test_when_a_policy_rule_names_a_column_then_classification_is_overridden() -> None:
    policy = Policy.model_validate({"columns": [{"table": "main.t", "column": "email", "kind": "none"}]})
    frame = pd.DataFrame({"email": ["a@example.com"]})
    assert classify_table("main.t", {"email": "VARCHAR"}, frame, policy)["email"].kind is Kind.NONE


def test_when_classification_is_off_then_unnamed_columns_hold_no_personal_data() -> None:
    frame = pd.DataFrame({"email": ["a@example.com"]})
    result = classify_table("main.t", {"email": "VARCHAR"}, frame, Policy(classify=False))
    assert result["email"].kind is Kind.NONE


def test_evidence_never_carries_a_sampled_value() -> None:
    result = classify_column("contact", "VARCHAR", ["secret.person@example.com"] * 3)
    assert "secret.person" not in result.evidence
