"""Held-out set v28: its size, products, locales, labels, row counts, NULL shares, product and custom fields, SAP DATS
dates, staff and logins, identifiers with check digits, phones, value-shaped decoys and misleading names are the ones
asked for, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import re
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.de import vat as devat
from stdnum.dk import cpr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.tr import tckimlik
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v28, heldout_v28_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: every table of the set: packaged enterprise software
TABLES = {
    "sapecc.KNA1", "sapecc.PA0002", "sapecc.PA0006", "sapecc.PA0009", "dataverse.contact", "salesforce.Lead",
    "odoo.res_partner", "workday.worker_report", "zendesk.users", "bordro.PERSONEL_BORDRO", "HR.PER_ALL_PEOPLE_F",
    "mes.OPERATION_CONFIRMATION",
}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v28")
_cells = heldout_support.Cells(heldout_v28.NULLISH)
_real, _values = _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v28, built) == []


def test_when_the_set_is_built_then_it_has_the_size_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) >= 12 and len(columns) >= 220
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert 0.35 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.55
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "credit_card", "ip_address"} <= {c.kind for c in columns}
    assert {"de", "en", "tr", "es"} == {t.language_of(c) for t in built for c in t.columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "value_shape", "misleading", "opaque", "staff", "audit", "username",
            "join_key", "custom_field", "product_field", "mixed_business", "partial", "credential", "key_value",
            "sap_dats", "role_word"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v28.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "join_key", "partial",
                                                           "credential"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in _columns(built):
        assert ("username" in column.tags) == (column.kind == "unclassified"), column.name


def test_when_the_set_is_built_then_every_table_has_200_or_more_rows_and_some_1000_or_more(built) -> None:
    sizes = []
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1, table.name
        sizes.append(lengths.pop())
    assert min(sizes) >= 200 and sum(s >= 1_000 for s in sizes) >= 4 and len(set(sizes)) == len(sizes)


def test_when_a_column_is_tagged_null_heavy_then_50_to_90_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 15
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.90, column.name


def test_when_a_personal_column_is_not_tagged_null_heavy_then_less_than_half_of_it_is_null(built) -> None:
    for table in built:
        for column in table.columns:
            if column.kind != "none" and "null_heavy" not in column.tags:
                assert _null_share(column) < 0.50, f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 5
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_a_login_column_is_built_then_it_has_few_distinct_values(built) -> None:
    logins = [c for c in _columns(built) if c.kind == "unclassified"]
    assert len(logins) >= 5
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_names_mislead_or_are_opaque_then_personal_values_or_keys_hide_behind_them(built) -> None:
    sortl = _values(built, "sapecc.KNA1", "SORTL")
    assert _misses(sortl, lambda x: str(x) == str(x).upper()) == 0
    opaque = {c.name: c.kind for c in _columns(built) if "opaque" in c.tags}
    assert opaque == {"ZZFIELD3": "phone", "ATTRIBUTE2": "person_name", "ATTRIBUTE5": "phone"}
    assert _column(built, "sapecc.KNA1", "ADRNR").kind == "none"


def test_when_a_sap_date_is_built_then_it_is_dats_text(built) -> None:
    dats = [c for c in _columns(built) if "sap_dats" in c.tags]
    assert len(dats) >= 8 and {c.kind for c in dats} == {"none", "date_of_birth"}
    for column in dats:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"(19|20|99)[0-9]{6}", x))) == 0, column.name


def test_when_dates_of_birth_are_built_then_they_come_in_several_forms(built) -> None:
    dobs = [c for c in _columns(built) if c.kind == "date_of_birth"]
    assert {c.sql_type for c in dobs} == {"VARCHAR", "DATE", "TIMESTAMP", "INTEGER"}
    ints = _values(built, "bordro.PERSONEL_BORDRO", "DOGUM_TARIHI")
    assert _misses(ints, lambda x: 19_000_101 <= int(x) <= 20_991_231) == 0
    czech = _values(built, "odoo.res_partner", "x_studio_datum_narozeni")
    assert czech and _misses(czech, lambda x: bool(re.fullmatch(r"[0-9]{1,2}\. [0-9]{1,2}\. [0-9]{4}", str(x)))) == 0
    stamps = _values(built, "HR.PER_ALL_PEOPLE_F", "DATE_OF_BIRTH")
    assert _misses(stamps, lambda x: isinstance(x, datetime) and x.hour == 0) == 0


def test_when_a_key_value_column_is_built_then_it_mixes_phones_and_addresses(built) -> None:
    values = [str(x) for x in _values(built, "sapecc.PA0006", "NUM01")]
    mails = sum("@" in x for x in values)
    assert _column(built, "sapecc.PA0006", "NUM01").kind == "free_text"
    assert 0.25 <= mails / len(values) <= 0.75


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("sapecc.PA0002", "PERID", idnr.is_valid),
    ("sapecc.PA0009", "IBAN", iban.is_valid),
    ("dataverse.contact", "new_cprnummer", cpr.is_valid),
    ("odoo.res_partner", "x_studio_rodne_cislo", rc.is_valid),
    ("workday.worker_report", "National_ID", nir.is_valid),
    ("workday.worker_report", "IBAN", iban.is_valid),
    ("zendesk.users", "user_fields.dni", dni.is_valid),
    ("bordro.PERSONEL_BORDRO", "TC_KIMLIK_NO", tckimlik.is_valid),
    ("bordro.PERSONEL_BORDRO", "IBAN", iban.is_valid),
    ("HR.PER_ALL_PEOPLE_F", "NATIONAL_IDENTIFIER", ssn.is_valid),
    ("sapecc.KNA1", "STCEG", devat.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_row_s_birth_date(built) -> None:
    rows = zip(_column(built, "dataverse.contact", "new_cprnummer").values,
               _column(built, "dataverse.contact", "birthdate").values)
    # the CPR is kept for the subsidy even where the birthdate field is empty: compare where both are there
    pairs = [(p, d) for p, d in rows if p is not None and d is not None]
    assert _misses(pairs, lambda r: cpr.get_birth_date(r[0]) == r[1]) == 0
    born = [rc.get_birth_date(str(x)) for x in _values(built, "odoo.res_partner", "x_studio_rodne_cislo")]
    assert born and _misses(born, lambda d: date(1954, 1, 1) <= d <= date(2010, 1, 1)) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {"sapecc.KNA1": "DE", "sapecc.PA0006": "DE", "dataverse.contact": "DK", "salesforce.Lead": "US",
                 "odoo.res_partner": "CZ", "workday.worker_report": "FR", "zendesk.users": "ES",
                 "bordro.PERSONEL_BORDRO": "TR", "HR.PER_ALL_PEOPLE_F": "US"}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 12
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {"DE", "DK", "CZ", "FR", "ES", "TR", "US"} <= seen


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    values = [str(x) for x in _values(built, "salesforce.Lead", "Resident_SSN_Last4__c")]
    assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert sum(str(x) in private for x in _real(column.values)) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v28, heldout_v28_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "28"}, module.__name__


def test_when_the_scorer_builds_set_v28_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v28.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v28"].DEFAULT_PATH == Path("/tmp/heldout_v28.duckdb")
