"""Held-out set v36: its size, domains, labels, row counts, NULL and NULL-word shares, interchange-format names (FHIR,
HL7, X12), staff with credentials, health identifiers with check digits, medical-code and provider-number decoys and
misleading names are the ones asked for, and it is the same on every build (values are only counted or checked here,
never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from datetime import datetime
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import luhn
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.us import ein, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v36, heldout_v36_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

TABLES = {
    "ehr_lake.fhir_patient", "ADT_FEED.ADT_INBOUND", "claims_edi.x12_837p_flat", "claims_edi.x12_835_remit",
    "pbm.rx_fills", "reflab.results", "dental.PatientExport", "NHS_TRUST.OP_APPOINTMENTS",
    "ohip_billing.claim_items", "hr_benefits.enrollment_members", "wellness_app.biometric_readings",
    "telehealth.visit_log", "portal.access_log", "pharmacy_ie.scheme_claims",
}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v36")
_cells = heldout_support.Cells(heldout_v36.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v36, built) == []


def test_when_the_set_is_built_then_it_has_the_size_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 12 <= len(built) <= 16 and len(columns) >= 220
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert 0.30 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.55
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "credit_card", "iban"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "username", "value_shape", "misleading", "staff",
            "credentialed", "audit", "role_word", "service_account", "join_key", "medical_code", "interchange",
            "multi_kind", "partial", "credential", "dob_text", "health_id"} <= tags
    assert {"snake", "camel", "screaming", "pascal", "fhir", "hl7", "x12"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v36.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "service_account", "join_key",
                                                           "partial", "credential", "medical_code"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"multi_kind"}):
        assert column.kind == "free_text", column.name
    for column in (c for c in _columns(built) if c.tags & {"health_id"}):
        assert column.kind == "national_id", column.name
    for column in (c for c in _columns(built) if c.tags & {"dob_text"}):
        assert column.kind == "date_of_birth" and column.sql_type == "VARCHAR", column.name


def test_when_every_table_is_built_then_it_has_200_to_2000_rows_in_every_column(built) -> None:
    assert sum(len(t.columns[0].values) >= 1_000 for t in built) >= 5
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_90_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.90, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 1
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.70 <= sum(_nullish(x) for x in column.values) / len(column.values) <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"} and column.kind != "none":
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 8
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert PERSON_KINDS == {c.kind for c in staff}
    credentialed = [c for c in _columns(built) if "credentialed" in c.tags]
    assert len(credentialed) >= 8 and all(c.kind == "person_name" for c in credentialed)


def test_when_names_mislead_then_personal_values_hide_behind_them(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert {"ZPD_3", "ref2", "externalId"} <= set(misleading) and "none" not in set(misleading.values())
    assert _misses(_values(built, "wellness_app.biometric_readings", "externalId"), lambda x: "@" in str(x)) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


PHONE_REGIONS = {"dental.PatientExport": "AU", "NHS_TRUST.OP_APPOINTMENTS": "GB", "ohip_billing.claim_items": "CA",
                 "pharmacy_ie.scheme_claims": "IE"}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 10
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS.get(table.name, "US")
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {"US", "CA", "GB", "IE", "AU"} <= seen


def _npi(x: object) -> bool:
    return bool(re.fullmatch(r"[12][0-9]{9}", str(x))) and luhn.is_valid("80840" + str(x))


CHECKED: list[tuple[str, str, object]] = [
    ("ADT_FEED.ADT_INBOUND", "PID_19", ssn.is_valid),
    ("claims_edi.x12_837p_flat", "REF_SY_REF02", ssn.is_valid),
    ("hr_benefits.enrollment_members", "employee_ssn", ssn.is_valid),
    ("hr_benefits.enrollment_members", "dependent_ssn", ssn.is_valid),
    ("NHS_TRUST.OP_APPOINTMENTS", "NHS_NUMBER", nhs.is_valid),
    ("pharmacy_ie.scheme_claims", "ppsn", pps.is_valid),
    ("ohip_billing.claim_items", "health_number", lambda x: len(str(x)) == 10 and luhn.is_valid(str(x))),
    ("dental.PatientExport", "MedicareNo", heldout_v36_values.medicare_au_valid),
    ("claims_edi.x12_837p_flat", "NM1_85_NM109", _npi),
    ("claims_edi.x12_837p_flat", "NM1_82_NM109", _npi),
    ("claims_edi.x12_837p_flat", "REF_EI_REF02", ein.is_valid),
    ("pbm.rx_fills", "prescriberNpi", _npi),
    ("pbm.rx_fills", "prescriberDea", heldout_v36_values.dea_valid),
    ("reflab.results", "ordering_npi", _npi),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_an_npi_or_dea_is_built_then_it_is_none(built) -> None:
    for table, name in (("claims_edi.x12_837p_flat", "NM1_82_NM109"), ("pbm.rx_fills", "prescriberNpi"),
                        ("pbm.rx_fills", "prescriberDea"), ("telehealth.visit_log", "clinician_npi")):
        assert _column(built, table, name).kind == "none", name


def test_when_a_date_of_birth_is_text_then_it_parses_in_its_format(built) -> None:
    formats = {"birthDate": "%Y-%m-%d", "PID_7": "%Y%m%d", "DMG02_IL": "%Y%m%d", "DMG02_QC": "%Y%m%d",
               "patientDob": "%m/%d/%Y", "DOB": "%d/%m/%Y", "profileBirthday": "%m/%d/%Y", "dob": "%d/%m/%Y"}
    texts = [c for c in _columns(built) if "dob_text" in c.tags]
    assert {c.name for c in texts} == set(formats)
    for column in texts:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, f=formats[column.name]: bool(datetime.strptime(x, f))) == 0, \
            column.name


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    values = [str(x) for x in _values(built, "hr_benefits.enrollment_members", "ssn_last4")]
    assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0


def test_when_a_column_is_labeled_ip_address_then_both_versions_occur(built) -> None:
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
            assert sum(str(x) in private for x in _real(column.values)) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v36, heldout_v36_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "36"}, module.__name__


def test_when_the_scorer_builds_set_v36_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v36.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v36"].DEFAULT_PATH == Path("/tmp/heldout_v36.duckdb")
