"""Specification of phone comparison: every common written form of one number has the same E.164 form, in DuckDB,
PostgreSQL and Python alike; numbers that only share digits do not; identifier replay catches a real phone in any
of its forms."""

from __future__ import annotations

import pandas as pd
import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat

from governance_dagster.errors import PolicyError
from governance_dagster.leakage.identifiers import identifier_replay
from governance_dagster.policy.loader import load_policy
from governance_dagster.policy.models import Policy
from governance_dagster.sql.dialect import literal
from governance_dagster.sql.phones import phone_e164, phone_e164_sql
from tests.conftest import contains_canary, customers_frame

REGIONS = ["US", "GB", "DE", "FR", "IN", "JP", "IT", "BR", "AU"]


def written_forms(region: str) -> tuple[str, list[str]]:
    """A real-looking fixed-line number of ``region`` (phonenumbers' example) and the ways people write it."""
    number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
    cc, nsn = number.country_code, phonenumbers.national_significant_number(number)
    international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    grouped = international.split(" ", 1)[1]
    forms = [
        phonenumbers.format_number(number, PhoneNumberFormat.E164),  # +442079460958
        international,  # +44 20 7946 0958
        international.replace(" ", "-"),  # +44-20-7946-0958
        international.replace(" ", "."),  # +44.20.7946.0958
        f"(+{cc}) {grouped}",  # (+44) 20 7946 0958
        f"00{cc} {grouped}",  # 0044 20 7946 0958
        f"00 {cc} {nsn}",  # 00 44 2079460958
        phonenumbers.format_number(number, PhoneNumberFormat.RFC3966),  # tel:+44-20-7946-0958
        national,  # 020 7946 0958 (with the trunk prefix where the region writes one)
        nsn,  # 2079460958 (national, no trunk prefix)
        f"{international} ext. 12",
        f"{national} x12",
        f"Phone: {international} (home)",  # a label before the number is not the start of an extension
        f"Tel. {national}",
    ]
    lengths = phonenumbers.PhoneMetadata.metadata_for_region(region).general_desc.possible_length
    if len(f"{cc}{nsn}") not in lengths:  # E.164 digits without the plus, where they cannot be a national number
        forms.append(f"{cc}{nsn}")
    trunk = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix
    if trunk and not national.lstrip("(").startswith(trunk):  # the US: 1 (201) 555-0123
        forms += [f"{trunk} {national}", f"{trunk}-{nsn}"]
    if trunk == "0":  # +44 (0)20 7946 0958
        forms.append(f"+{cc} (0){grouped}")
    idd = phonenumbers.PhoneMetadata.metadata_for_region(region).international_prefix
    if idd.isdigit() and idd != "00":  # 011 1 201 555 0123, 010 81 3 1234 5678
        forms.append(f"{idd} {cc} {nsn}")
    return phonenumbers.format_number(number, PhoneNumberFormat.E164), forms


def _e164_in_database(database, forms: list[str], region: str) -> list[str]:
    values = ", ".join(f"({i}, {literal(f)})" for i, f in enumerate(forms))
    sql = phone_e164_sql("v", database.dialect, region)
    frame = database.fetch(f"SELECT i, {sql} AS e164 FROM (VALUES {values}) AS t(i, v) ORDER BY i")
    return list(frame["e164"])


@pytest.mark.parametrize("region", REGIONS)
def test_when_a_phone_is_written_in_any_common_form_then_the_database_gives_one_e164_form(tables, region) -> None:
    expected, forms = written_forms(region)
    assert len(forms) >= 12
    computed = _e164_in_database(tables.connection.database, forms, region)
    assert dict(zip(forms, computed)) == {f: expected for f in forms}
    assert {f: phone_e164(f, region) for f in forms} == {f: expected for f in forms}


@pytest.mark.parametrize("region", ["US", "GB", "JP"])
def test_when_a_foreign_number_carries_its_country_code_then_the_default_region_does_not_change_it(tables,
                                                                                                   region) -> None:
    written = {"+49 30 123456": "+4930123456", "0033 1 23 45 67 89": "+33123456789", "+91 98765 43210": "+919876543210",
               "+1 (201) 555-0123 ext. 7": "+12015550123", "+44 (0)20 7946 0958": "+442079460958"}
    assert _e164_in_database(tables.connection.database, list(written), region) == list(written.values())


@pytest.mark.parametrize(
    ("first", "second", "region"),
    [
        ("+1 291 417 7763", "+44 291 417 7763", "US"),  # ten digits shared, another country
        ("(291) 417-7763", "+33 291 417 776", "US"),
        ("020 7946 0958", "+1 207 946 0958", "GB"),
        ("030 123456", "+33 30 123456", "DE"),
        ("(291) 417-7763", "417-7763", "US"),  # a local number is not the whole number
    ],
)
def test_when_numbers_only_share_digits_then_their_e164_forms_differ(tables, first, second, region) -> None:
    a, b = _e164_in_database(tables.connection.database, [first, second], region)
    assert a != b and (a, b) == (phone_e164(first, region), phone_e164(second, region))


def _phones_table(phones: list[str]) -> pd.DataFrame:
    n = len(phones)
    return pd.DataFrame({"customer_id": range(1, n + 1), "phone": phones, "segment": ["consumer"] * n})


@pytest.mark.parametrize("region", ["US", "GB", "DE", "FR", "IN", "JP"])
def test_when_a_synthetic_table_rewrites_real_phones_then_identifier_replay_counts_every_form(tables, region) -> None:
    tables.leakage_policy(default_region=region)
    expected, forms = written_forms(region)
    real = _phones_table([expected] + [f"+{phonenumbers.country_code_for_region(region)} 99{i:03d}" for i in range(5)])
    clean = [f"+9999{i:07d}" for i in range(len(forms))]  # no country uses +999: never a real number
    tables.connection.write_table(f"{tables.real}.customers", real)
    tables.connection.write_table(f"{tables.synthetic}.customers", _phones_table(forms))
    tables.connection.write_table(f"{tables.synthetic}.clean", _phones_table(clean))
    report = identifier_replay(tables.connection, f"{tables.real}.customers", tables.connection,
                               f"{tables.synthetic}.customers")
    (phone,) = report.columns
    assert not report.passed and phone.replayed_values == 1 and phone.replayed_rows == len(forms)
    assert identifier_replay(tables.connection, f"{tables.real}.customers", tables.connection,
                             f"{tables.synthetic}.clean").passed


def test_when_the_real_phone_has_its_country_code_and_the_synthetic_one_not_then_replay_fails(tables) -> None:
    """The reproduction of the review: ``+1-291-417-7763`` rewritten as ``(291) 417-7763`` passed."""
    real = customers_frame()
    real.loc[3, "phone"] = "+1-291-417-7763"
    tables.connection.write_table(f"{tables.real}.customers", real)
    synthetic = pd.DataFrame({"full_name": ["Fake Person"] * 3, "phone": ["(646) 555-0100", "(291) 417-7763",
                                                                          "(646) 555-0101"]})
    tables.connection.write_table(f"{tables.synthetic}.customers", synthetic)
    report = identifier_replay(tables.connection, f"{tables.real}.customers", tables.connection,
                               f"{tables.synthetic}.customers")
    assert not report.passed and [(c.column, c.replayed_rows) for c in report.columns] == [("phone", 1)]
    assert contains_canary(str(report.as_dict()) + report.summary()) == []


def test_when_the_same_replay_is_checked_across_two_databases_then_the_phone_digests_agree(connection,
                                                                                          tmp_path) -> None:
    from dataclasses import replace

    from governance_dagster.store.database import open_database

    synthetic = pd.DataFrame({"full_name": ["Fake Person"] * 3,
                              "phone": ["+1 415 867 5309", "001-415-867-5309 ext 4", "(646) 555-0101"]})
    warehouse = replace(connection, database=open_database(f"duckdb:///{tmp_path / 'warehouse.duckdb'}"))
    for target in (connection, warehouse):
        target.write_table("synthetic.customers", synthetic)
    in_database = identifier_replay(connection, "main.customers", connection, "synthetic.customers")
    by_digests = identifier_replay(connection, "main.customers", warehouse, "synthetic.customers")
    assert in_database.as_dict()["columns"] == by_digests.as_dict()["columns"]
    assert [(c.column, c.replayed_values, c.replayed_rows) for c in by_digests.columns] == [("phone", 1, 2)]


@pytest.mark.parametrize("region", ["us", "XX", "United States", ""])
def test_when_the_default_region_is_unknown_then_the_policy_is_refused(tmp_path, region) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(f"version: 1\nleakage:\n  default_region: '{region}'\n")
    with pytest.raises(PolicyError, match="default_region"):
        load_policy(path)


def test_the_default_region_is_the_us() -> None:
    assert Policy().leakage.default_region == "US"
