"""Held-out set v94: its size, languages, labels, row counts, NULL and NULL-word shares, identifiers with check digits,
phones valid for their region, decoys failing their checks and the determinism of the build (values are only counted
or checked here, never printed).

Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import sys
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import luhn
from stdnum.ca import sin
from stdnum.us import ein, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v94, heldout_v94_values
from governance_dagster.kinds import IDENTIFYING_KINDS, Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "fr", "es"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v94")
_cells = heldout_support.Cells(heldout_v94.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _text(values: list[object]) -> list[str]:
    return [str(x).strip() for x in values]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v94, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert 0.40 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.65
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 12
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "iban"} <= {c.kind for c in columns}
    assert {"x12", "hl7", "camel", "pascal", "vendor_csv", "as400", "cobol", "screaming", "snake",
            "opaque"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "value_shape", "staff", "role_word", "join_key",
            "legacy", "opaque", "mixed_kinds", "medical_code", "username", "partial", "bank_account", "abbrev",
            "interchange", "json_blob"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v94.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "join_key", "partial",
                                                           "medical_code"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username", "bank_account"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"mixed_kinds", "json_blob"}):
        assert column.kind == "free_text", column.name


def test_when_the_set_is_built_then_every_table_has_200_to_1500_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 1_500, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 3
    for column in heavy:
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert column.kind != "none" and 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                share = sum(_nullish(x) for x in column.values) / len(column.values)
                assert _null_share(column) < 0.70 and share < 0.70, f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 6
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_a_role_word_names_a_column_then_it_holds_personal_data(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {"NM1_IL_03", "NM1_QC_04", "gtr_fnm", "DEBTOR_NAME", "nom_adherent", "personne_a_charge",
            "representante_autorizado", "WC-CLMT-LAST-NM", "SDDFNM"} <= {c.name for c in role}


def _digits(x: object) -> str:
    return re.sub(r"\D", "", str(x))


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("clearinghouse.claims_837p", "REF_SY_02", ssn.is_valid),
    ("ehr_export.patient_demographics", "PID-19", ssn.is_valid),
    ("sycamore_fa.fa_applications", "gtr_ssn", ssn.is_valid),
    ("RECOVERY.MED_ACCOUNTS", "DEBTOR_SSN", ssn.is_valid),
    ("stg_stmt.raw_import", "col14", ssn.is_valid),
    ("DNTLIB.SDSUBDEP", "SDSSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("WCPROD.WC_CLAIM_EXTRACT", "WC-CLMT-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("assur_collective.reclamations_medicaments", "nas_adherent", sin.is_valid),
    ("RECOVERY.MED_ACCOUNTS", "CARD_ON_FILE", luhn.is_valid),
    ("WCPROD.WC_CLAIM_EXTRACT", "WC-EMPLOYER-FEIN", ein.is_valid),
    ("clearinghouse.claims_837p", "NM1_85_09", heldout_v94_values.npi_valid),
    ("clearinghouse.claims_837p", "NM1_82_09", heldout_v94_values.npi_valid),
    ("um.PriorAuthRequests", "OrderingProviderNPI", heldout_v94_values.npi_valid),
    ("carenow.intakeSessions", "clinicianNpi", heldout_v94_values.npi_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [x for x in _values(built, table, column) if x != 0]
    assert len(values) >= 20 and _misses(values, lambda x: check(x if isinstance(x, int) else str(x))) == 0


def test_when_an_mbi_is_built_then_it_follows_the_cms_layout(built) -> None:
    pattern = re.compile(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]"
                         r"[AC-HJKMNP-RT-Y]{2}[0-9]{2}")
    values = _text(_values(built, "plan_salud_dorada.inscripciones", "mbi"))
    assert len(values) >= 200 and _misses(values, lambda x: bool(pattern.fullmatch(x))) == 0


def test_when_a_ramq_number_is_built_then_it_encodes_the_birth_date_of_its_row(built) -> None:
    table = "ramq_extract.FACTURATION_MD"
    rows = zip(_column(built, table, "no_assurance_maladie").values, _column(built, table, "date_naissance").values,
               _column(built, table, "sexe").values)

    def ok(row) -> bool:
        number, born, sex = row[0].replace(" ", ""), row[1], row[2]
        month = int(number[6:8]) - (50 if sex == "F" else 0)
        return number[4:6] == born[2:4] and month == int(born[4:6]) and number[8:10] == born[6:8]

    pairs = list(rows)
    assert len(pairs) >= 200 and _misses(pairs, ok) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_that_identifiers_check(built) -> None:
    for table, name in (("RECOVERY.MED_ACCOUNTS", "CASE_REF"), ("WCPROD.WC_CLAIM_EXTRACT", "WC-CLM-NO")):
        values = _text(_values(built, table, name))
        assert len(values) >= 200 and _hits(values, ssn.is_valid) == 0, name
        assert _misses(values, lambda x: bool(re.fullmatch(r"\d{3}-\d{2}-\d{4}", x))) == 0, name
    legacy = _text(_values(built, "billing_co.ERA_835_LINES", "PAYER_LEGACY_PROV_ID"))
    assert len(legacy) >= 200 and _hits(legacy, heldout_v94_values.npi_valid) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 12 and all(c.kind == "none" for c in shaped)


def test_when_a_legacy_column_is_a_number_then_missing_is_zero_and_dates_parse(built) -> None:
    dob = _column(built, "DNTLIB.SDSUBDEP", "SDBDTE").values
    assert _misses(dob, lambda x: 0 <= x // 1_000_000 <= 1 and 1 <= x // 100 % 100 <= 12) == 0
    wc = _column(built, "WCPROD.WC_CLAIM_EXTRACT", "WC-CLMT-DOB").values
    assert _misses(wc, lambda x: 1950 <= x // 10_000 <= 2010) == 0
    phones = _column(built, "DNTLIB.SDSUBDEP", "SDPHON").values
    assert 20 <= sum(x == 0 for x in phones) <= 0.4 * len(phones)
    padded = _column(built, "DNTLIB.SDSUBDEP", "SDLNAM").values
    assert _misses(padded, lambda x: len(x) == 20) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number_for_region(phonenumbers.parse(text, region), region)
    except phonenumbers.NumberParseException:
        return False


PHONE_REGIONS = {"ramq_extract.FACTURATION_MD": "CA", "assur_collective.reclamations_medicaments": "CA",
                 "plan_salud_dorada.inscripciones": "PR"}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 12
    for table, column in phones:
        region = PHONE_REGIONS.get(table.name, "US")
        values = [str(x).strip() for x in _real(column.values) if x != 0]
        assert len(values) >= 20, f"{table.name}.{column.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address(built) -> None:
    values = _text(_values(built, "carenow.intakeSessions", "clientIp"))
    assert _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0
    assert {ipaddress.ip_address(x).version for x in values} == {4, 6}


def test_when_a_column_mixes_kinds_then_it_holds_phones_emails_and_names(built) -> None:
    for table, name in (("DNTLIB.SDSUBDEP", "SDUDF2"), ("stg_stmt.raw_import", "col16")):
        values = _text(_values(built, table, name))
        assert _hits(values, lambda x: "@" in x) >= 20, name
        assert _hits(values, lambda x: len(_digits(x)) == 10) >= 20, name
        assert _hits(values, lambda x: " " in x and "@" not in x and not _digits(x)) >= 20, name
    blobs = _text(_values(built, "carenow.intakeSessions", "intakeAnswers"))
    assert _misses(blobs, lambda x: isinstance(json.loads(x), dict)) == 0


#: a business's city or ZIP may be its patients' city or ZIP; its name, phone and address may not be theirs
IDENTIFYING = {k.value for k in IDENTIFYING_KINDS}


def test_when_a_business_column_is_built_then_it_holds_no_identifying_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind in IDENTIFYING for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits(_text(_real(column.values)), lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set_values(built) -> None:
    for module in (heldout_v94, heldout_v94_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "94"}, module.__name__


def test_when_the_docstring_is_read_then_it_states_blind_and_deadline() -> None:
    doc = heldout_v94.__doc__ or ""
    assert "blind" in doc and "v2 to v92" in doc and "short deadline" in doc
    assert "Labeling choices a reader may question" in doc


def test_when_the_scorer_builds_set_v94_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v94.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v94"].DEFAULT_PATH == Path("/tmp/heldout_v94.duckdb")
