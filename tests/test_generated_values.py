"""Specification of the generated values: each sdtype's values have its shape, repeat with the seed, differ between
columns, and hold the asked share of missing values."""

from __future__ import annotations

import ipaddress
import re

import numpy as np
import phonenumbers
import pytest
from stdnum import iban, luhn

from governance_dagster.generated_values import GENERATORS, can_generate, column_rng, generate

N = 500

SHAPES = [
    ("name", lambda v: re.fullmatch(r"[A-Z][a-z'-]+ [A-Z][A-Za-z'-]+", v)),
    ("first_name", lambda v: re.fullmatch(r"[A-Z][a-z'-]+", v)),
    ("last_name", lambda v: re.fullmatch(r"[A-Z][A-Za-z'-]+", v)),
    ("email", lambda v: re.fullmatch(r"[a-z'-]+\.[a-z'-]+\d{1,3}@[a-z]+\.[a-z]+", v)),
    ("phone_number", lambda v: phonenumbers.is_possible_number(phonenumbers.parse(v, "US"))),
    ("ssn", lambda v: re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) and v[:3] not in {"000", "666"} and v[:3] < "900"
     and v[4:6] != "00" and v[7:] != "0000"),
    ("credit_card_number", lambda v: len(v) == 16 and luhn.is_valid(v)),
    ("iban", lambda v: v.startswith("GB") and iban.is_valid(v)),
    ("ipv4_address", lambda v: not ipaddress.IPv4Address(v).is_private and not ipaddress.IPv4Address(v).is_loopback),
    ("street_address", lambda v: re.fullmatch(r"\d{1,4} [A-Z][A-Za-z'-]+ [A-Z][a-z]+", v)),
    ("postcode", lambda v: re.fullmatch(r"\d{5}", v) and v != "00000"),
    ("city", lambda v: re.fullmatch(r"[A-Z][A-Za-z' -]+", v)),
    ("sentence", lambda v: v[0].isupper() and v.endswith(".") and 4 <= len(v.split()) <= 10),
]


def test_when_the_table_of_shapes_is_read_then_it_covers_every_generator() -> None:
    assert {sdtype for sdtype, _ in SHAPES} == set(GENERATORS)


@pytest.mark.parametrize(("sdtype", "shaped"), SHAPES, ids=[s for s, _ in SHAPES])
def test_when_values_are_generated_then_each_has_its_sdtypes_shape(sdtype: str, shaped) -> None:
    values = generate(sdtype, N, np.random.default_rng(4))
    assert len(values) == N
    assert all(isinstance(v, str) for v in values)
    assert sum(not shaped(v) for v in values) == 0


@pytest.mark.parametrize("sdtype", sorted(GENERATORS))
def test_when_the_seed_and_column_repeat_then_the_values_repeat_and_other_columns_differ(sdtype: str) -> None:
    first = generate(sdtype, N, column_rng(7, "contact"))
    assert generate(sdtype, N, column_rng(7, "contact")) == first
    assert generate(sdtype, N, column_rng(7, "other_contact")) != first
    assert generate(sdtype, N, column_rng(8, "contact")) != first


def test_when_many_ipv4_addresses_are_generated_then_none_is_private_reserved_or_loopback() -> None:
    addresses = [ipaddress.IPv4Address(v) for v in generate("ipv4_address", 200_000, np.random.default_rng(9))]
    assert sum(not a.is_global for a in addresses) == 0


@pytest.mark.parametrize(("sdtype", "least_distinct"), [
    ("name", 0.9), ("email", 0.99), ("phone_number", 0.99), ("ssn", 0.99), ("credit_card_number", 0.99),
    ("iban", 0.99), ("ipv4_address", 0.99), ("street_address", 0.99), ("sentence", 0.99),
])
def test_when_identifiers_are_generated_then_they_are_nearly_all_distinct(sdtype: str, least_distinct: float) -> None:
    values = generate(sdtype, 5000, np.random.default_rng(1))
    assert len(set(values)) >= least_distinct * len(values)


@pytest.mark.parametrize("share", [0.0, 0.3, 0.9])
def test_when_a_missing_share_is_asked_then_about_that_share_is_none(share: float) -> None:
    values = generate("email", 4000, np.random.default_rng(2), missing_share=share)
    assert abs(sum(v is None for v in values) / len(values) - share) < 0.03


@pytest.mark.parametrize(("sdtype", "expected"), [("ssn", True), ("sentence", True), ("state", False),
                                                  ("license_plate", False)])
def test_when_an_sdtype_has_no_generator_then_can_generate_says_so(sdtype: str, expected: bool) -> None:
    assert can_generate(sdtype) is expected
