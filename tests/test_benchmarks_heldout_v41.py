"""Held-out set v41: its size, tables, languages, labels, row counts, NULL shares, dbt snapshot columns, hashed,
partial and age columns, normalised e-mail copies, multi-valued cells, misleading and opaque names, staff and logins,
identifiers with check digits, phones and IP addresses and value-shaped decoys are the ones asked for, and it is the
same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import luhn
from stdnum.es import dni
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v41, heldout_v41_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: mostly English, plus German and Spanish
LANGUAGES = {"en", "de", "es"}

#: every table of the set: analytics-engineering and data-science tables, in domains v24 to v39 did not use
TABLES = {
    "snapshots.dim_customer_snapshot", "marts.customer_360", "ml.churn_features", "privacy.dsar_requests",
    "datenschutz.einwilligungen", "cdp.unified_profiles", "dq.quarantine_crm_contacts", "encuestas.fct_respuestas",
    "experiments.assignments", "marts.lead_scores", "marts.attribution_touchpoints", "entity_resolution.match_pairs",
    "research.pseudonymised_extract", "support.qa_samples",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v41")
_cells = heldout_support.Cells(heldout_v41.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v41, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 13 <= len(built) <= 15 and len(columns) >= 220
    assert 0.25 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.55
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 12
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "iban"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "value_shape", "misleading", "opaque", "staff", "username",
            "service_account", "join_key", "hashed", "partial", "credential", "age", "generalised", "snapshot",
            "normalized", "multi_value", "json_blob", "json_plain", "role_word"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v41.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    none_tags = {"business", "decoy", "service_account", "join_key", "hashed", "partial", "json_plain", "credential",
                 "age", "generalised", "snapshot"}
    for column in (c for c in _columns(built) if c.tags & none_tags):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"normalized"}):
        assert column.kind == "email", column.name
    for column in (c for c in _columns(built) if c.tags & {"json_blob"}):
        assert column.kind == "free_text", column.name


def test_when_a_dbt_snapshot_is_built_then_versions_chain_and_the_current_one_is_open(built) -> None:
    table = "snapshots.dim_customer_snapshot"
    ids = _column(built, table, "customer_id").values
    start = _column(built, table, "dbt_valid_from").values
    end = _column(built, table, "dbt_valid_to").values
    scd = _column(built, table, "dbt_scd_id").values
    assert len(set(ids)) < len(ids) and len(set(scd)) == len(scd)
    assert _misses(scd, lambda x: bool(re.fullmatch(r"[0-9a-f]{32}", str(x)))) == 0
    for i in range(len(ids) - 1):
        if ids[i] == ids[i + 1]:
            assert end[i] == start[i + 1] and end[i] > start[i], i
        else:
            assert end[i] is None, i
    assert end[-1] is None


def test_when_an_e_mail_is_normalised_then_it_is_the_raw_one_trimmed_and_lower_cased(built) -> None:
    for table, raw, clean in (("snapshots.dim_customer_snapshot", "email", "email_clean"),
                              ("privacy.dsar_requests", "requester_email", "requester_email_normalised"),
                              ("datenschutz.einwilligungen", "email_roh", "email_normalisiert")):
        pairs = list(zip(_column(built, table, raw).values, _column(built, table, clean).values, strict=True))
        assert _misses(pairs, lambda p: p[0].strip().lower() == p[1]) == 0, table
        assert _hits(pairs, lambda p: p[0] != p[1]) >= 20, table


def test_when_a_value_is_hashed_then_it_is_a_hex_digest_and_none(built) -> None:
    hashed = [c for c in _columns(built) if "hashed" in c.tags]
    assert len(hashed) >= 6 and all(c.kind == "none" for c in hashed)
    for column in hashed:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9a-f]{32}|[0-9a-f]{64}", x))) == 0, \
            column.name


def test_when_ages_buckets_and_birth_years_are_built_then_they_are_none_and_full_dates_are_birth_dates(built) -> None:
    ages = [c for c in _columns(built) if c.tags & {"age", "generalised"}]
    assert len(ages) >= 5 and all(c.kind == "none" for c in ages)
    dobs = [c for c in _columns(built) if c.kind == "date_of_birth"]
    assert {c.sql_type for c in dobs} >= {"DATE", "VARCHAR", "INTEGER"}
    for column in dobs:
        values = _real(column.values)
        if column.sql_type == "DATE":
            ok = lambda x: isinstance(x, date)
        elif column.sql_type == "INTEGER":
            ok = lambda x: 19_000_101 <= x <= 20_101_231 and 1 <= x // 100 % 100 <= 12
        else:
            ok = lambda x: bool(re.fullmatch(r"\d{4}-\d\d-\d\d|\d\d/\d\d/\d{4}", str(x)))
        assert values and _misses(values, ok) == 0, column.name


def test_when_a_cell_holds_several_values_then_every_part_is_of_the_columns_kind(built) -> None:
    multi = [c for c in _columns(built) if "multi_value" in c.tags]
    assert {c.kind for c in multi} == {"email", "phone"}
    for column in multi:
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: ";" in x) >= 20, column.name


def test_when_a_column_holds_json_then_every_document_parses(built) -> None:
    blobs = [c for c in _columns(built) if "json_blob" in c.tags]
    plain = [c for c in _columns(built) if "json_plain" in c.tags]
    assert len(blobs) >= 1 and len(plain) >= 3
    for column in blobs + plain:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: isinstance(json.loads(x), (dict, list))) == 0, column.name


def test_when_names_mislead_or_are_opaque_then_personal_values_hide_behind_them(built) -> None:
    misleading = {c.name for c in _columns(built) if "misleading" in c.tags}
    assert {"feature_17", "raw_col2", "raw_col3", "raw_col4", "raw_col5", "attr_x", "code"} <= misleading
    opaque = {c.name for c in _columns(built) if "opaque" in c.tags}
    assert {"c17", "f_08"} <= opaque
    assert all(c.kind != "none" for c in _columns(built) if c.tags & {"misleading", "opaque"})


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_90_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.90, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if "null_heavy" not in column.tags:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 8
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("dq.quarantine_crm_contacts", "raw_col3", ssn.is_valid),
    ("dq.quarantine_crm_contacts", "raw_col5", luhn.is_valid),
    ("encuestas.fct_respuestas", "dni", dni.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region its phone numbers belong to (every other table: the United States)
PHONE_REGIONS = {"privacy.dsar_requests": "GB", "datenschutz.einwilligungen": "DE", "encuestas.fct_respuestas": "ES"}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 10
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS.get(table.name, "US")
        values = [part for x in _real(column.values) for part in str(x).split(";")]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {"US", "GB", "DE", "ES"} <= seen


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_is_none_and_there_are_many(built) -> None:
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)
    decoys = {c.name for c in _columns(built) if "decoy" in c.tags}
    assert {"dbt_scd_id", "customer_sk", "anonymous_id", "model_version", "age_bucket", "utm_campaign", "variant",
            "predicted_proba", "embedding_taste", "rfm_segment", "match_score", "blocking_key"} <= decoys
    bands = _values(built, "ml.churn_features", "age_bucket")
    assert _misses(bands, lambda x: bool(re.fullmatch(r"\d\d-\d\d|65\+", str(x)))) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v41, heldout_v41_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "41"}, module.__name__


def test_when_the_scorer_builds_set_v41_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
            names = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
                " ORDER BY ordinal_position", [schema, name]).fetchall()]
            assert names == [c.name for c in table.columns], table.name
    assert heldout_v41.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v41"].DEFAULT_PATH == Path("/tmp/heldout_v41.duckdb")
