"""Held-out set v38: its size, connectors, languages, labels, row counts, NULL shares, connector metadata, flattened
and custom fields, credentials and partial values, identifiers with check digits, phones, value-shaped decoys,
misleading names and staff are the ones asked for, and it is the same on every build (values are only counted or
checked here, never printed).

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
from stdnum import iban
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v38, heldout_v38_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "es", "fr"}

TABLES = {
    "salesforce_stitch.Contact", "salesforce_stitch.Account", "intercom.contacts", "mailchimp.list_members",
    "greenhouse.candidate", "bamboohr.employee", "personio.mitarbeiter", "factorial.empleados",
    "typeform.reponses_inscription", "xero.contact", "twilio.message", "calendly.event_invitees",
    "stripe_stitch.charge", "shopify.orders",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v38")
_cells = heldout_support.Cells(heldout_v38.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v38, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 12 <= len(built) <= 14 and len(columns) >= 220
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language != "en" for t in built) >= 3
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "value_shape", "misleading", "staff", "username", "partial",
            "credential", "connector_meta", "flattened", "custom_field", "tokenized", "utm", "dob_text",
            "birthday_no_year", "json_blob", "json_plain", "join_key"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v38.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "join_key", "tokenized", "partial",
                                                           "json_plain", "credential", "connector_meta", "utm"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if "username" in c.tags):
        assert column.kind == heldout_v38.USERNAME == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert "username" in column.tags, column.name
    for column in (c for c in _columns(built) if c.tags & {"json_blob"}):
        assert column.kind == "free_text", column.name
    for column in (c for c in _columns(built) if c.tags & {"dob_text", "birthday_no_year"}):
        assert column.kind == "date_of_birth", column.name


def test_when_every_table_is_built_then_it_carries_its_connectors_metadata_columns(built) -> None:
    for table in built:
        meta = [c for c in table.columns if "connector_meta" in c.tags]
        assert len(meta) >= 2 and all(c.name.startswith(("_fivetran", "_airbyte", "_sdc")) for c in meta), table.name


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


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_half_of_it_is_null(built) -> None:
    for table in built:
        for column in table.columns:
            if "null_heavy" not in column.tags and column.kind != "none":
                assert _null_share(column) < 0.50, f"{table.name}.{column.name}"
            if "null_heavy" not in column.tags:
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.90, \
                    f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 7
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_names_mislead_then_personal_values_hide_behind_them(built) -> None:
    misleading = [c for c in _columns(built) if "misleading" in c.tags]
    assert len(misleading) >= 6 and all(c.kind != "none" for c in misleading)
    assert {"Spouse__c", "custom_attributes_attr_y", "merge_fields_mmerge7", "customField7", "custom_fields_notes2",
            "campo_personalizado_3"} <= {c.name for c in misleading}


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


PHONE_REGIONS = {"greenhouse.candidate": "GB", "personio.mitarbeiter": "DE", "factorial.empleados": "ES",
                 "typeform.reponses_inscription": "FR"}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 12
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS.get(table.name, "US")
        values = [str(x) for x in _real(column.values)]
        if table.name == "bamboohr.employee":
            ok = [_phone_valid(x, "US") or _phone_valid(x, "CA") for x in values]
            assert values and all(ok), column.name
            continue
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {"US", "GB", "DE", "ES", "FR"} <= seen


CHECKED: list[tuple[str, str, object]] = [
    ("bamboohr.employee", "ssn", ssn.is_valid),
    ("bamboohr.employee", "sin", sin.is_valid),
    ("personio.mitarbeiter", "steuer_id", idnr.is_valid),
    ("personio.mitarbeiter", "iban", iban.is_valid),
    ("factorial.empleados", "dni", dni.is_valid),
    ("factorial.empleados", "iban", iban.is_valid),
    ("typeform.reponses_inscription", "reponse_num_secu", nir.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_ni_number_is_built_then_it_has_the_national_insurance_format(built) -> None:
    values = [str(x).replace(" ", "") for x in _values(built, "greenhouse.candidate", "custom_fields_ni_number")]
    assert len(values) >= 20
    assert _misses(values, lambda x: bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}[0-9]{6}[A-D]", x))) == 0


def test_when_a_nir_is_built_then_it_encodes_the_year_and_month_of_birth_of_its_row(built) -> None:
    table = "typeform.reponses_inscription"
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre"]

    def born(text: str) -> date:
        if "/" in text:
            d, m, y = text.split("/")
            return date(int(y), int(m), int(d))
        d, m, y = text.split(" ")
        return date(int(y), mois.index(m) + 1, int(d))

    rows = zip(_column(built, table, "reponse_num_secu").values, _column(built, table, "reponse_date_naissance").values)
    pairs = [(nir.compact(n), born(d)) for n, d in rows if n is not None]
    assert len(pairs) >= 100
    assert _misses(pairs, lambda r: r[0][1:5] == f"{r[1].year % 100:02d}{r[1].month:02d}") == 0


def test_when_a_date_of_birth_is_text_then_it_parses_and_a_birthday_has_no_year(built) -> None:
    birthdays = [str(x) for x in _values(built, "mailchimp.list_members", "merge_fields_birthday")]
    assert len(birthdays) >= 100 and _misses(birthdays, lambda x: bool(re.fullmatch(r"[01][0-9]/[0-3][0-9]", x))) == 0
    german = [str(x) for x in _values(built, "personio.mitarbeiter", "geburtsdatum")]
    assert _misses(german, lambda x: bool(re.fullmatch(r"[0-3][0-9]\.[01][0-9]\.(19|20)[0-9]{2}", x))) == 0


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert cut and all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_has_its_shape_and_is_none(built) -> None:
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)
    ids = [str(x) for x in _values(built, "salesforce_stitch.Contact", "Id")]
    assert _misses(ids, lambda x: bool(re.fullmatch(r"003[A-Za-z0-9]{15}", x))) == 0
    charges = [str(x) for x in _values(built, "stripe_stitch.charge", "id")]
    assert _misses(charges, lambda x: x.startswith("ch_")) == 0
    sids = [str(x) for x in _values(built, "twilio.message", "sid")]
    assert _misses(sids, lambda x: bool(re.fullmatch(r"SM[0-9a-f]{32}", x))) == 0


def test_when_a_column_holds_json_then_every_document_parses(built) -> None:
    blobs = [c for c in _columns(built) if c.tags & {"json_blob", "json_plain"}]
    assert len(blobs) >= 3
    for column in blobs:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: isinstance(json.loads(x), (dict, list))) == 0, column.name


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _misses([str(x) for x in _real(column.values)], lambda x, p=private: x not in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v38, heldout_v38_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "38"}, module.__name__


def test_when_the_scorer_builds_set_v38_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v38.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v38"].DEFAULT_PATH == Path("/tmp/heldout_v38.duckdb")
