"""Specification of the synthesizer: PII columns are generated, never learned, and never equal a real value."""

from __future__ import annotations

import pandas as pd
import pytest

from governance_dagster.kinds import Kind
from governance_dagster.sql.digests import digest_value
from governance_dagster.synthesis import synthesize
from tests.conftest import customers_frame

SECRET = "synth-secret-0123456789"
KINDS = {"full_name": Kind.PERSON_NAME, "email": Kind.EMAIL, "phone": Kind.PHONE, "ssn": Kind.SSN,
         "street": Kind.STREET_ADDRESS, "support_notes": Kind.FREE_TEXT}


def test_when_columns_are_classified_then_sdv_generates_them_instead_of_learning_them() -> None:
    real = customers_frame(80).drop(columns=["birth_date"])
    result = synthesize(real, KINDS, num_rows=50, seed=3)
    assert set(result.pii_columns) >= set(KINDS)
    for column in KINDS:
        assert not result.frame[column].isin(real[column]).any(), column
    assert set(result.frame["segment"]) <= set(real["segment"])


def test_when_the_metadata_is_naive_then_sdv_replays_real_names() -> None:
    real = customers_frame(80).drop(columns=["birth_date"])
    result = synthesize(real, {}, num_rows=50, seed=3, naive=True)
    assert result.frame["full_name"].isin(real["full_name"]).mean() > 0.9


def test_when_a_generated_value_equals_a_real_one_then_it_is_drawn_again() -> None:
    real = customers_frame(80).drop(columns=["birth_date"])
    first = synthesize(real, KINDS, num_rows=30, seed=11)
    # pretend the generated e-mails were real: every one of them must be redrawn
    forbidden = {"text": {digest_value(v, "text", SECRET) for v in first.frame["email"]}, "digits": set()}
    again = synthesize(real, KINDS, num_rows=30, seed=11, forbidden=forbidden, secret=SECRET)
    assert again.redrawn_values >= 30
    assert not again.frame["email"].isin(first.frame["email"]).any()


def test_when_the_seed_is_fixed_then_the_learned_columns_repeat() -> None:
    real = customers_frame(80).drop(columns=["birth_date"])
    a = synthesize(real, KINDS, num_rows=20, seed=5).frame
    b = synthesize(real, KINDS, num_rows=20, seed=5).frame
    pd.testing.assert_series_equal(a["income"], b["income"])


def test_when_a_generated_column_has_missing_values_then_the_synthetic_column_has_about_as_many() -> None:
    real = customers_frame(200).drop(columns=["birth_date"])
    real.loc[real.index % 2 == 0, "phone"] = None
    frame = synthesize(real, KINDS, num_rows=2000, seed=3).frame
    assert abs(frame["phone"].isna().mean() - 0.5) < 0.05
    assert frame["email"].notna().all()
    assert list(frame.columns) == list(real.columns)


@pytest.mark.parametrize(("step", "has_time"), [(pd.Timedelta(days=97), False), (pd.Timedelta(hours=97), True)])
def test_when_a_datetime_column_is_learned_then_its_values_keep_the_columns_precision(
    step: pd.Timedelta, has_time: bool,
) -> None:
    real = customers_frame(200)
    real["birth_date"] = pd.Timestamp("1980-01-01 00:00:00") + step * real.index
    frame = synthesize(real, KINDS, num_rows=300, seed=3).frame
    assert pd.api.types.is_datetime64_any_dtype(frame["birth_date"])
    assert bool((frame["birth_date"] != frame["birth_date"].dt.normalize()).any()) is has_time
