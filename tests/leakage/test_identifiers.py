"""Specification of identifier replay: planted leaks of every shape are counted, clean tables pass."""

from __future__ import annotations

import pandas as pd
import pytest

from governance_dagster.leakage.identifiers import identifier_replay
from tests.conftest import CANARIES, contains_canary, customers_frame


def _synthetic(n: int = 40) -> pd.DataFrame:
    return pd.DataFrame({
        "full_name": [f"Fake{i} Person{i}" for i in range(n)],
        "email": [f"fake{i}@example.net" for i in range(n)],
        "phone": [f"(646) 555-{2000 + i:04d}" for i in range(n)],
        "segment": ["consumer"] * n,
    })


@pytest.mark.parametrize(
    ("column", "value", "matched"),
    [
        ("email", CANARIES["email"], "email"),
        ("email", CANARIES["email"].upper(), "email"),
        ("email", f"  {CANARIES['email']} ", "email"),
        ("phone", "415.867.5309", "phone"),
        ("phone", "+1 (415) 867 5309".replace("+1 ", ""), "phone"),
        ("phone", "+1 415 867 5309", "phone"),
        ("segment", CANARIES["ssn"].replace("-", ""), "ssn"),
    ],
    ids=["exact", "re-cased", "padded", "re-formatted-phone", "phone-digits", "phone-country-code", "ssn-digits"],
)
def test_when_a_real_identifier_is_planted_then_it_is_counted(connection, tmp_path, column, value, matched) -> None:
    synthetic = _synthetic()
    synthetic.loc[5, column] = value
    connection.write_table("synthetic.customers", synthetic)
    report = identifier_replay(connection, "main.customers", connection, "synthetic.customers")
    assert not report.passed
    leaking = {c.column: c for c in report.columns}
    assert leaking[column].replayed_rows == 1 and matched in leaking[column].matched_real_columns


@pytest.mark.parametrize(
    ("column", "value"),
    [("segment", CANARIES["full_name"]), ("full_name", CANARIES["full_name"].lower())],
    ids=["moved-column", "name-lowercase"],
)
def test_when_a_real_name_is_planted_beyond_chance_then_the_weak_identifier_comparison_blocks(connection, column,
                                                                                             value) -> None:
    """One real name in 40 rows is 2.5% of the column where chance (no real name is shared) gives 0%."""
    synthetic = _synthetic()
    synthetic.loc[5, column] = value
    connection.write_table("synthetic.customers", synthetic)
    report = identifier_replay(connection, "main.customers", connection, "synthetic.customers")
    assert not report.passed and report.replayed_values == 0
    (weak,) = report.weak
    assert (weak.column, weak.real_column, weak.matched_rows, weak.rows) == (column, "full_name", 1, 40)
    assert weak.chance_share == 0.0 and weak.blocked


def test_when_nothing_real_is_in_the_synthetic_table_then_the_check_passes(connection) -> None:
    connection.write_table("synthetic.customers", _synthetic())
    report = identifier_replay(connection, "main.customers", connection, "synthetic.customers")
    assert report.passed and report.replayed_values == 0


def test_the_report_carries_counts_and_column_names_but_no_value(connection) -> None:
    synthetic = _synthetic()
    for i, (column, value) in enumerate([("email", CANARIES["email"]), ("full_name", CANARIES["full_name"])]):
        synthetic.loc[i, column] = value
    connection.write_table("synthetic.customers", synthetic)
    report = identifier_replay(connection, "main.customers", connection, "synthetic.customers")
    assert report.replayed_values == 1 and [w.column for w in report.weak if w.blocked] == ["full_name"]
    assert contains_canary(str(report.as_dict()) + report.summary()) == []


def test_when_the_synthetic_table_lives_in_another_database_then_digests_find_the_same_replays(
        connection, tmp_path) -> None:
    from dataclasses import replace

    from governance_dagster.store.database import open_database

    synthetic = _synthetic()
    synthetic.loc[1, "email"] = CANARIES["email"].upper()
    synthetic.loc[2, "segment"] = "415.867.5309"
    warehouse = replace(connection, database=open_database(f"duckdb:///{tmp_path / 'warehouse.duckdb'}"))
    for target in (connection, warehouse):
        target.write_table("synthetic.customers", synthetic)
    in_database = identifier_replay(connection, "main.customers", connection, "synthetic.customers")
    by_digests = identifier_replay(connection, "main.customers", warehouse, "synthetic.customers")
    assert in_database.as_dict()["columns"] == by_digests.as_dict()["columns"]
    assert by_digests.replayed_values == 2 and {c.column for c in by_digests.columns} == {"email", "segment"}


# -- weak identifiers: names match by chance, so they are compared with a baseline --------------------------------

ROWS = 5000


def _people(seed: int, n: int = ROWS) -> pd.DataFrame:
    """``n`` people with realistic generated names (Faker) and e-mails no other table shares."""
    from faker import Faker

    fake = Faker("en_US")
    fake.seed_instance(seed)
    return pd.DataFrame({"customer_id": range(n), "full_name": [fake.name() for _ in range(n)],
                         "email": [f"p{seed}.{i}@example.net" for i in range(n)]})


def _with_copied_names(synthetic: pd.DataFrame, real: pd.DataFrame, share: float) -> pd.DataFrame:
    copied = synthetic.copy()
    rows = int(len(copied) * share)
    copied.loc[: rows - 1, "full_name"] = real["full_name"].sample(rows, random_state=7).to_numpy()
    copied.loc[0, "full_name"] = CANARIES["full_name"]  # the real table's canary, which no report may show
    return copied


def _replay(tables, synthetic: pd.DataFrame, holdout: pd.DataFrame | None = None, real: pd.DataFrame | None = None):
    real = _people(1) if real is None else real
    real.loc[0, "full_name"] = CANARIES["full_name"]
    tables.connection.write_table(f"{tables.real}.people", real)
    tables.connection.write_table(f"{tables.synthetic}.people", synthetic)
    if holdout is not None:
        tables.connection.write_table(f"{tables.real}.holdout", holdout)
    return identifier_replay(tables.connection, f"{tables.real}.people", tables.connection,
                             f"{tables.synthetic}.people",
                             holdout_table=f"{tables.real}.holdout" if holdout is not None else None)


@pytest.mark.parametrize("holdout", [False, True], ids=["chance-from-the-real-table", "chance-from-the-holdout"])
def test_when_synthetic_names_equal_real_names_only_by_chance_then_identifier_replay_passes(tables, holdout) -> None:
    report = _replay(tables, _people(2), _people(3) if holdout else None)
    (weak,) = report.weak
    assert weak.column == "full_name" and weak.share > 0.04  # thousands of names, so hundreds match by chance
    assert abs(weak.share - weak.chance_share) < 0.02 and report.passed
    assert (weak.holdout_share is not None) is holdout
    assert report.as_dict()["weak_identifiers"]["columns"]["full_name"]["blocked"] is False


@pytest.mark.parametrize("holdout", [False, True], ids=["chance-from-the-real-table", "chance-from-the-holdout"])
def test_when_5_percent_of_rows_copy_real_names_on_top_of_chance_then_identifier_replay_fails(tables,
                                                                                             holdout) -> None:
    real = _people(1)
    report = _replay(tables, _with_copied_names(_people(2), real, 0.05), _people(3) if holdout else None, real)
    (weak,) = report.weak
    assert weak.blocked and not report.passed and report.replayed_values == 0
    assert weak.excess > report.weak_margin == 0.02
    summary, facts = report.summary(), report.as_dict()["weak_identifiers"]
    assert "full_name" in summary and "above chance" in summary and f"{weak.share:.1%}" in summary
    assert facts["margin"] == 0.02 and ("holdout" in facts["compared"]) is holdout
    assert set(facts["columns"]["full_name"]) >= {"share", "chance_share", "holdout_share", "baseline", "margin"}
    assert contains_canary(str(report.as_dict()) + summary) == []


def test_when_one_real_email_is_among_thousands_of_rows_then_a_strong_identifier_still_blocks(tables) -> None:
    synthetic = _people(2)
    synthetic.loc[17, "email"] = "p1.17@example.net"
    report = _replay(tables, synthetic)
    assert not report.passed and [(c.column, c.replayed_values) for c in report.columns] == [("email", 1)]
    assert not any(w.blocked for w in report.weak)


def test_when_the_margin_is_raised_then_the_planted_names_pass(tables) -> None:
    tables.leakage_policy(weak_identifier_margin=0.2)
    real = _people(1)
    assert _replay(tables, _with_copied_names(_people(2), real, 0.05), real=real).passed


@pytest.mark.parametrize("holdout", [False, True], ids=["chance-from-the-real-table", "chance-from-the-holdout"])
def test_when_the_weak_check_compares_in_one_database_then_it_equals_the_comparison_of_digests(connection, tmp_path,
                                                                                             holdout) -> None:
    """In one database the values are compared there; across databases by keyed digests: the same report."""
    from dataclasses import replace

    from governance_dagster.store.database import open_database

    real = _people(1)
    synthetic = _with_copied_names(_people(2), real, 0.05)
    connection.write_table("src.people", real)
    if holdout:
        connection.write_table("src.holdout", _people(3))
    warehouse = replace(connection, database=open_database(f"duckdb:///{tmp_path / 'warehouse.duckdb'}"))
    for target in (connection, warehouse):
        target.write_table("synthetic.people", synthetic)
    held = "src.holdout" if holdout else None
    in_database = identifier_replay(connection, "src.people", connection, "synthetic.people", holdout_table=held)
    by_digests = identifier_replay(connection, "src.people", warehouse, "synthetic.people", holdout_table=held)
    assert in_database.weak and in_database.weak[0].blocked
    assert in_database.as_dict()["weak_identifiers"] == by_digests.as_dict()["weak_identifiers"]
    assert (in_database.weak[0].holdout_share is not None) is holdout


# -- identifiers re-formatted, wrapped or moved: normalized the same way on both sides --------------------------

IBAN = "DE60 3704 0044 0532 0991 73"  # tests.conftest.MORE_CANARIES["iban"]


def _real_with_more_identifiers() -> pd.DataFrame:
    """The customers with an IBAN column and one SSN with a leading zero (a number type drops it)."""
    real = customers_frame()
    real["iban"] = [f"DE60 3704 0044 0532 {i:04d} {i % 100:02d}" for i in range(len(real))]
    real.loc[0, "iban"] = IBAN
    real.loc[1, "ssn"] = "012-34-5678"
    return real


def _synthetic_with_more_identifiers(n: int = 40) -> pd.DataFrame:
    return _synthetic(n).assign(iban=[f"GB82 WEST 1234 5698 {i:04d} 32" for i in range(n)],
                                ssn=[f"{500 + i:03d}-{20 + i:02d}-{3000 + i:04d}" for i in range(n)])


@pytest.mark.parametrize("across_databases", [False, True], ids=["one-database", "two-databases"])
@pytest.mark.parametrize(
    ("column", "value", "matched"),
    [
        ("email", f"mailto:{CANARIES['email']}", "email"),
        ("email", f"Zebulon Q <{CANARIES['email'].upper()}>", "email"),
        ("segment", f'{{"email": "{CANARIES["email"]}", "plan": "pro"}}', "email"),
        ("email", f"{CANARIES['email']}.", "email"),
        ("email", CANARIES["email"].replace("@", "+newsletter@"), "email"),
        ("email", f"\t{CANARIES['email']}\r\n", "email"),
        ("email", f"{CANARIES['email']}\u200b", "email"),
        ("phone", "Phone: 415-867-5309 (home)", "phone"),
        ("segment", "mobile 415.867.5309", "phone"),
        ("iban", IBAN.replace(" ", ""), "iban"),
        ("segment", IBAN.replace(" ", "").lower(), "iban"),
        ("segment", "12345678", "ssn"),
    ],
    ids=["email-mailto", "email-name-and-brackets", "email-in-json", "email-trailing-dot", "email-subaddress",
         "email-tab-and-line-break", "email-zero-width-space", "phone-with-label", "phone-moved-with-label",
         "iban-compact", "iban-compact-moved", "ssn-leading-zero-lost"],
)
def test_when_a_real_identifier_is_wrapped_or_reformatted_then_it_is_counted(connection, tmp_path, column, value,
                                                                              matched, across_databases) -> None:
    from dataclasses import replace

    from governance_dagster.store.database import open_database

    connection.write_table("src.customers", _real_with_more_identifiers())
    synthetic = _synthetic_with_more_identifiers()
    synthetic.loc[5, column] = value
    target = replace(connection, database=open_database(f"duckdb:///{tmp_path / 'warehouse.duckdb'}")) \
        if across_databases else connection
    target.write_table("synthetic.customers", synthetic)
    report = identifier_replay(connection, "src.customers", target, "synthetic.customers")
    assert not report.passed
    leaking = {c.column: c for c in report.columns}
    assert leaking[column].replayed_rows == 1 and matched in leaking[column].matched_real_columns
    assert contains_canary(str(report.as_dict()) + report.summary()) == []


def test_when_the_synthetic_identifiers_are_fake_in_every_form_then_the_wrapped_forms_do_not_match(connection) -> None:
    """The normalization that finds wrapped real values finds nothing in fake ones written the same ways."""
    connection.write_table("src.customers", _real_with_more_identifiers())
    synthetic = _synthetic_with_more_identifiers()
    synthetic.loc[0, "email"] = "mailto:Fake Person <fake0+x@example.net>."
    synthetic.loc[1, "segment"] = '{"email": "fake1@example.net"}'
    synthetic.loc[2, "phone"] = "Phone: 646-555-2002 (home)"
    synthetic.loc[3, "segment"] = "a @ b"
    connection.write_table("synthetic.customers", synthetic)
    report = identifier_replay(connection, "src.customers", connection, "synthetic.customers")
    assert report.passed and report.replayed_values == 0


# -- weak identifiers: a real table with a few very common names must not hide copied rare ones ------------------

COMMON = ["John Smith", "Mary Johnson", "James Brown", "Linda Davis", "Robert Miller"]


def _concentrated(seed: int, n: int = ROWS, common_share: float = 0.3) -> pd.DataFrame:
    """People of whom ``common_share`` bear one of five very common names (the rest Faker's)."""
    people = _people(seed, n)
    common = int(n * common_share)
    people.loc[: common - 1, "full_name"] = [COMMON[i % len(COMMON)] for i in range(common)]
    return people


def test_when_rare_real_names_are_copied_below_the_repeat_rate_of_common_names_then_identifier_replay_fails(
        tables) -> None:
    """30% of the real rows share five names, so 34% of them repeat a value; a synthetic table copying the names
    only one real person has into 20% of its rows stays under that baseline, but not under the chance of hitting
    a name only one real row has."""
    real = _concentrated(1)
    counts = real["full_name"].value_counts()
    unique = [name for name in real["full_name"] if counts[name] == 1]
    synthetic = _people(2)
    synthetic.loc[: ROWS // 5 - 1, "full_name"] = unique[: ROWS // 5]
    report = _replay(tables, synthetic, real=real)
    (weak,) = report.weak
    assert weak.share < weak.baseline  # the baseline of all values is gamed
    assert weak.unique_excess > report.weak_margin and weak.blocked and not report.passed
    assert "only one real row holds" in report.summary()
    assert contains_canary(str(report.as_dict()) + report.summary()) == []


@pytest.mark.parametrize("holdout", [False, True], ids=["chance-from-the-real-table", "chance-from-the-holdout"])
def test_when_synthetic_names_are_drawn_from_the_same_concentrated_population_then_identifier_replay_passes(
        tables, holdout) -> None:
    report = _replay(tables, _concentrated(2), _concentrated(3) if holdout else None, real=_concentrated(1))
    (weak,) = report.weak
    assert report.passed and abs(weak.unique_excess) < 0.02 and abs(weak.excess) < 0.02


def test_when_clean_faker_names_are_compared_then_the_rare_name_share_stays_near_its_chance(tables) -> None:
    report = _replay(tables, _people(2))
    (weak,) = report.weak
    assert report.passed and abs(weak.unique_excess) < 0.01


@pytest.mark.parametrize(
    "rewrite",
    [lambda name: name.replace(" ", "  "), lambda name: f"\t{name.upper()}\n"],
    ids=["double-spaces", "upper-case-with-tab-and-line-break"],
)
def test_when_copied_real_names_are_re_spaced_then_they_still_count(tables, rewrite) -> None:
    real = _people(1)
    synthetic = _with_copied_names(_people(2), real, 0.05)
    synthetic["full_name"] = synthetic["full_name"].map(rewrite)
    report = _replay(tables, synthetic, real=real)
    (weak,) = report.weak
    assert weak.blocked and not report.passed


@pytest.mark.parametrize("across_databases", [False, True], ids=["one-database", "two-databases"])
@pytest.mark.parametrize(
    ("column", "sql", "matched"),
    [
        ("ssn", "CASE WHEN k = 5 THEN 219099999.0 ELSE 500000000.0 + k END", "ssn"),
        ("phone", "CASE WHEN k = 5 THEN CAST(4158675309 AS DECIMAL(18, 2)) ELSE 6465550000 + k END", "phone"),
        ("contact", f"""CAST('{{"email": "{CANARIES["email"]}"}}' AS JSON)""", "email"),
    ],
    ids=["ssn-as-double", "phone-as-decimal", "email-in-a-json-column"],
)
def test_when_a_real_identifier_is_stored_as_a_float_or_json_then_it_is_counted(connection, tmp_path, column, sql,
                                                                               matched, across_databases) -> None:
    """A data frame makes a column of SSNs with a missing value a float column (``219099999.0``); a pipeline may
    keep contact details in a JSON column."""
    from dataclasses import replace

    from governance_dagster.store.database import open_database

    target = replace(connection, database=open_database(f"duckdb:///{tmp_path / 'warehouse.duckdb'}")) \
        if across_databases else connection
    target.write_table("synthetic.base", _synthetic_with_more_identifiers().assign(k=range(40)))
    target.database.execute(f"CREATE TABLE synthetic.customers AS SELECT * EXCLUDE (k{', ' + column if column != 'contact' else ''}), "
                            f"{sql} AS {column} FROM synthetic.base")
    report = identifier_replay(connection, "main.customers", target, "synthetic.customers")
    assert not report.passed
    leaking = {c.column: c for c in report.columns}
    assert leaking[column].replayed_rows >= 1 and matched in leaking[column].matched_real_columns
    assert contains_canary(str(report.as_dict()) + report.summary()) == []


def test_when_a_float_column_holds_ordinary_amounts_then_nothing_matches(connection) -> None:
    """Fractional amounts are not read as identifiers, and floats are not compared with names or e-mails."""
    synthetic = _synthetic().assign(income=[40_750.25 + 750 * i for i in range(40)], score=[float(i) for i in range(40)])
    connection.write_table("synthetic.customers", synthetic)
    report = identifier_replay(connection, "main.customers", connection, "synthetic.customers")
    assert report.passed and report.replayed_values == 0
