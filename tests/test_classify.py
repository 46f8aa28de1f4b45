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
        ("field_3", "VARCHAR", ["536-22-1234", "412-67-8890", "287-44-1093"], Kind.SSN),
        ("col_a", "VARCHAR", ["DE89370400440532013000", "GB82WEST12345698765432"], Kind.IBAN),
        ("value_str", "VARCHAR", ["Kimberly Davis", "James Miller", "Ana Lopez"], Kind.PERSON_NAME),
        ("c7", "VARCHAR", ["12 Main Street", "7 Rue Victor Hugo", "40 Calle Mayor"], Kind.STREET_ADDRESS),
        ("src_addr", "VARCHAR", ["10.1.2.3", "192.168.0.7", "8.8.8.8"], Kind.IP_ADDRESS),
        ("CUST_NM", "VARCHAR", ["GONZALES, TRACEY"], Kind.PERSON_NAME),
        ("PSTL_CD", "VARCHAR", ["69044-9503"], Kind.POSTAL_CODE),
        ("custBirthDt", "VARCHAR", ["19720323"], Kind.DATE_OF_BIRTH),
        ("vorname", "VARCHAR", ["Patric"], Kind.FIRST_NAME),
        ("adresse_courriel", "VARCHAR", ["a@b.fr"], Kind.EMAIL),
        ("fecha_nacimiento", "DATE", ["1955-11-28"], Kind.DATE_OF_BIRTH),
        ("numero_securite_sociale", "VARCHAR", ["165110718669184"], Kind.SSN),
        ("dni", "VARCHAR", ["55525993Z"], Kind.NATIONAL_ID),
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


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("order_ref", ["555-201-3344", "555-201-9911"]),
        ("sku", ["536-22-1234", "412-67-8890"]),
        ("firmware_version", ["4.3.1.879", "10.2.3.4"]),
        ("gift_card_no", ["4111 1111 1111 1111"]),
        ("mail_class", ["express", "standard"]),
        ("address_type", ["pickup", "home"]),
        ("ip_rating", ["IP65", "IP67"]),
        ("product_name", ["Durable Speaker", "James Bottle"]),
        ("birthday_promo", ["true"]),
        ("message_id", ["ac92fb88-f099-4d83-99f3-58317c93b745"]),
    ],
)
def test_when_a_decoy_only_looks_like_personal_data_then_the_name_keeps_it_unmasked(name, values) -> None:
    assert classify_column(name, "VARCHAR", values).kind is Kind.NONE


def test_when_only_values_reveal_the_kind_then_the_evidence_says_how_many_matched() -> None:
    result = classify_column("col_a", "VARCHAR", ["a@example.com", "b@example.org", None])
    assert result.kind is Kind.EMAIL
    assert result.evidence == "100% of 2 sampled values are e-mail addresses"


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
