"""Specification of the free-text identifier check: real identifiers written into synthetic prose, in any
formatting, are found (in DuckDB and PostgreSQL); clean prose and short common values are not."""

from __future__ import annotations

import pandas as pd
import pytest

from governance_dagster.errors import LeakageError
from governance_dagster.leakage.text_identifiers import free_text_identifiers, normalize_words, words_sql
from tests.conftest import CANARIES, contains_canary, customers_frame


def _synthetic(n: int = 40) -> pd.DataFrame:
    return pd.DataFrame({
        "customer_id": range(1, n + 1),
        "segment": ["consumer"] * n,
        "support_notes": [f"Fake{i} Person{i} asked about order {i}; call (646) 555-{2000 + i:04d} or write to "
                          f"fake{i}@example.net" for i in range(n)],
    })


def _write(tables, real: pd.DataFrame | None = None, synthetic: pd.DataFrame | None = None) -> tuple[str, str]:
    tables.connection.write_table(f"{tables.real}.customers", customers_frame() if real is None else real)
    tables.connection.write_table(f"{tables.synthetic}.customers", _synthetic() if synthetic is None else synthetic)
    return f"{tables.real}.customers", f"{tables.synthetic}.customers"


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        (f"Please write to <{CANARIES['email'].upper()}>.", "email"),
        (f"mailto:{CANARIES['email']}; thanks", "email"),
        ("Call +1 415.867.5309 before noon", "phone"),
        ("call 4158675309", "phone"),
        ("Reach her at (415)867 - 5309, evenings", "phone"),
        ("SSN 219 09 9999 verified", "ssn"),
        ("ssn:219099999", "ssn"),
        ("Yesterday zebulon   QUIXOTEFEATHER's parcel arrived", "full_name"),
        (f"Refund approved for {CANARIES['full_name']}.", "full_name"),
        (f"Ship to {CANARIES['street']}, Springfield", "street"),
        (f"write to {CANARIES['email'].replace('@', '+promo@')} today", "email"),
        ("name:\u00a0Zebulon\u00a0Quixotefeather", "full_name"),
        ("signed Zebulon\u200bQuixotefeather", "full_name"),
    ],
    ids=["email-in-brackets", "email-mailto", "phone-country-code-dots", "phone-digits", "phone-spaced",
         "ssn-spaces", "ssn-digits", "name-possessive-recased", "name-in-sentence", "street-in-sentence",
         "email-subaddress", "name-no-break-spaces", "name-zero-width-space"],
)
def test_when_a_real_identifier_is_written_into_synthetic_text_then_the_cell_is_counted(tables, text, matched) -> None:
    synthetic = _synthetic()
    synthetic.loc[7, "support_notes"] = text
    real, synth = _write(tables, synthetic=synthetic)
    report = free_text_identifiers(tables.connection, real, tables.connection, synth)
    assert not report.passed and report.hits == 1
    (column,) = report.columns
    assert column.column == "support_notes" and column.cells == 1 and column.rows == 40
    assert column.matched_real_columns == [matched]
    assert contains_canary(str(report.as_dict()) + report.summary()) == []


def test_when_the_synthetic_text_holds_no_real_identifier_then_the_check_passes(tables) -> None:
    real, synth = _write(tables)
    report = free_text_identifiers(tables.connection, real, tables.connection, synth)
    assert report.passed and report.hits == 0
    assert [(c.column, c.cells, c.rows) for c in report.columns] == [("support_notes", 0, 40)]


def test_when_several_identifiers_share_cells_then_cells_are_counted_once_and_every_column_named(tables) -> None:
    synthetic = _synthetic()
    synthetic.loc[1, "support_notes"] = f"{CANARIES['full_name']} wrote from {CANARIES['email']}, call 415 867 5309"
    synthetic.loc[2, "support_notes"] = f"SSN {CANARIES['ssn']}"
    real, synth = _write(tables, synthetic=synthetic)
    report = free_text_identifiers(tables.connection, real, tables.connection, synth)
    assert report.hits == 2
    assert report.columns[0].matched_real_columns == ["email", "full_name", "phone", "ssn"]
    assert report.columns[0].share == 0.05
    assert contains_canary(str(report.as_dict()) + report.summary()) == []


@pytest.mark.parametrize(("min_length", "fires"), [(6, False), (5, True)])
def test_when_a_real_identifier_is_shorter_than_the_minimum_then_it_does_not_fire(tables, min_length, fires) -> None:
    real = customers_frame()
    real.loc[4, "full_name"] = "Al Li"  # five characters: common, and shorter than the default minimum of 6
    synthetic = _synthetic()
    synthetic.loc[3, "support_notes"] = "Al Li asked about his order"
    real_table, synth = _write(tables, real=real, synthetic=synthetic)
    tables.leakage_policy(min_identifier_length=min_length)
    report = free_text_identifiers(tables.connection, real_table, tables.connection, synth)
    assert report.hits == (1 if fires else 0)


def test_when_real_digits_only_appear_inside_a_longer_real_looking_value_then_only_whole_windows_match(tables) -> None:
    synthetic = _synthetic()
    synthetic.loc[3, "support_notes"] = "order 41586753 shipped"  # a prefix of the real phone's digits, not all
    real, synth = _write(tables, synthetic=synthetic)
    assert free_text_identifiers(tables.connection, real, tables.connection, synth).hits == 0


def test_when_the_policy_names_a_text_column_then_it_is_searched_too(tables) -> None:
    synthetic = _synthetic()
    synthetic["code"] = ["ok"] * 40
    synthetic.loc[9, "code"] = CANARIES["email"]
    real, synth = _write(tables, synthetic=synthetic)
    assert free_text_identifiers(tables.connection, real, tables.connection, synth).hits == 0
    tables.leakage_policy(free_text_columns=["code"])
    report = free_text_identifiers(tables.connection, real, tables.connection, synth)
    assert {c.column: c.cells for c in report.columns} == {"code": 1, "support_notes": 0}
    assert report.columns[0].matched_real_columns == ["email"]


def test_when_the_threshold_allows_some_cells_then_the_check_passes_up_to_it(tables) -> None:
    synthetic = _synthetic()
    synthetic.loc[3, "support_notes"] = f"write to {CANARIES['email']}"
    real, synth = _write(tables, synthetic=synthetic)
    tables.leakage_policy(max_free_text_hits=1)
    report = free_text_identifiers(tables.connection, real, tables.connection, synth)
    assert report.hits == 1 and report.passed


def test_when_a_table_is_missing_then_the_error_names_it(tables) -> None:
    real, _ = _write(tables)
    with pytest.raises(LeakageError, match="nowhere.customers is not in"):
        free_text_identifiers(tables.connection, real, tables.connection, "nowhere.customers")


@pytest.mark.parametrize(
    "text",
    ["Call <Zebulon.Q@Example.org>, or Zebulon Quixotefeather's office.", "  a.  b-  -c 'd' [x] {y} \"z\"  ",
     "O'Brien, Pat; ÉMILE Zoë!", "tab\there\nnew line", "name=Zoë&id=#7 ~x", "x.y.z. ... --- ''", ""],
)
def test_the_sql_word_normalization_equals_the_python_reference(tables, text) -> None:
    tables.connection.write_table(f"{tables.synthetic}.texts", pd.DataFrame({"t": [text]}))
    from governance_dagster.sql.dialect import nfc_lower

    dialect = tables.connection.database.dialect
    sql = f'SELECT {words_sql(nfc_lower("t", dialect))} AS w FROM "{tables.synthetic}".texts'
    assert tables.connection.database.fetch(sql)["w"][0] == normalize_words(text)


@pytest.mark.parametrize("written", ["(291) 417-7763", "+1 291.417.7763", "1-291-417-7763", "001 291 417 7763"])
def test_when_a_real_phone_with_its_country_code_is_written_without_it_then_the_note_is_counted(tables,
                                                                                                 written) -> None:
    real = customers_frame()
    real.loc[3, "phone"] = "+1-291-417-7763"
    synthetic = _synthetic()
    synthetic.loc[2, "support_notes"] = f"Customer asked us to call {written} after five."
    real_table, synth = _write(tables, real=real, synthetic=synthetic)
    report = free_text_identifiers(tables.connection, real_table, tables.connection, synth)
    assert report.hits == 1 and report.columns[0].matched_real_columns == ["phone"]


@pytest.mark.parametrize("written", [lambda iban: iban, lambda iban: iban.replace(" ", "").lower()],
                         ids=["printed-in-groups", "compact"])
@pytest.mark.parametrize("across_databases", [False, True], ids=["one-database", "two-databases"])
def test_when_a_real_iban_is_written_into_text_with_or_without_its_spaces_then_the_cell_is_counted(
        connection, tmp_path, written, across_databases) -> None:
    from dataclasses import replace

    from governance_dagster.store.database import open_database
    from tests.conftest import MORE_CANARIES

    real = customers_frame()
    real["iban"] = [f"DE60 3704 0044 0532 {i:04d} {i % 100:02d}" for i in range(len(real))]
    real.loc[0, "iban"] = MORE_CANARIES["iban"]
    connection.write_table("src.customers", real)
    synthetic = _synthetic()
    synthetic.loc[3, "support_notes"] = f"Refund paid to {written(MORE_CANARIES['iban'])}."
    target = replace(connection, database=open_database(f"duckdb:///{tmp_path / 'warehouse.duckdb'}")) \
        if across_databases else connection
    target.write_table("synthetic.customers", synthetic)
    report = free_text_identifiers(connection, "src.customers", target, "synthetic.customers")
    assert report.hits == 1 and report.columns[0].matched_real_columns == ["iban"]
    assert contains_canary(str(report.as_dict()) + report.summary()) == []
