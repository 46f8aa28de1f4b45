"""Held-out set v71: its size, languages, labels, legacy shapes (padded CHAR values, dates and phones kept as
numbers, zeros and blanks for missing), NULL and NULL-word shares, staff, opaque and misleading names, identifiers
with check digits, check-digit decoys and phones are the ones asked for, and it is the same on every build (values
are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings, blanks and zeros are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import ean, iban, luhn
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import cif, nif
from stdnum.fr import siren
from stdnum.ie import pps
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.us import rtn, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v71, heldout_v71_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "da", "de", "es", "fr", "it", "pl", "nl"}

TABLES = {
    "TXLIB.TPMSTP",
    "CRTLIB.CVPTYP",
    "BPAYRUN.PAYMENT_FILE_W47",
    "TXSIS.STUDEMO",
    "polaris_ccmt.PatronRegistration",
    "consents_wdc.buildingConsents",
    "tchc_rent.tenant_ledger_lines",
    "fermanagh_omagh.dog_licences",
    "CPRKOM.BEFUDTR",
    "SAPVW.ZVW_MITGL",
    "IVTMPAD.PADVEH25",
    "REOMLIB.FICRED",
    "polizia_locale.verbaliSosta",
    "ewybory_gmina.spis_wyborcow",
    "brk_assen.zakelijk_gerechtigden",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v71")
_cells = heldout_support.Cells(heldout_v71.NULLISH)
_nullish, _real = _cells.nullish, _cells.real


def _values(built, table: str, name: str) -> list[object]:
    """The real values of a column, without NULLs, NULL words, blanks and the zeros of numeric columns."""
    return [x for x in _cells.values(built, table, name) if x != 0]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v71, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 400 <= len(columns) <= 480
    assert 0.33 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.50
    assert {t.name for t in built} == TABLES
    for table in built:
        assert 24 <= len(table.columns) <= 34, table.name
        assert len({c.name.lower() for c in table.columns}) == len(table.columns), table.name
        assert 300 <= len(table.columns[0].values) <= 480, table.name
        assert len({len(c.values) for c in table.columns}) == 1, table.name
    assert {t.language_of(c) for t in built for c in t.columns} == LANGUAGES
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "credit_card"} <= {c.kind for c in columns}
    assert {"snake", "camel", "pascal", "screaming"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v71.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    columns = _columns(built)
    for column in (
        c
        for c in columns
        if c.tags
        & {
            "business",
            "decoy",
            "service_account",
            "join_key",
            "partial",
            "credential",
            "check_digit",
            "vehicle",
            "animal",
            "permit_number",
            "professional_id",
            "coordinates",
            "hashed",
            "version",
        }
    ):
        assert column.kind == "none", column.name
    for column in (c for c in columns if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in columns:
        assert ("username" in column.tags) == (column.kind == "unclassified"), column.name
    for column in (c for c in columns if c.tags & {"role_word"}):
        assert column.kind in PERSON_KINDS | {"ssn", "national_id", "phone", "email"}, column.name
    assert {c.kind for c in columns if "mixed_kinds" in c.tags} == {"free_text"}
    assert {c.kind for c in columns if "premises" in c.tags} == {"street_address", "postal_code"}


def test_when_a_table_is_a_legacy_extract_then_its_shapes_are_legacy(built) -> None:
    legacy = [t for t in built if all("legacy" in c.tags for c in t.columns)]
    assert len(legacy) >= 8
    assert not [c for t in built if t not in legacy for c in t.columns if "legacy" in c.tags]
    columns = _columns(built)
    for tag in ("padded", "int_date", "numeric_id", "zero_missing"):
        assert len([c for c in columns if tag in c.tags]) >= 4, tag
    for column in (c for c in columns if "padded" in c.tags):
        widths = {len(x) for x in column.values if isinstance(x, str)}
        assert len(widths) == 1 and len(column.values) == sum(isinstance(x, str) for x in column.values), column.name
    assert {c.name for c in columns if "numeric_id" in c.tags and c.kind != "none"} >= {
        "TPSSN",
        "TPZIP",
        "TPHPHN",
        "CVPHON",
        "HMZIP",
        "PRNT1PH",
        "POSTNR",
        "CODPOS",
        "TELEF",
        "RDCPFA",
    }
    assert len([c for c in columns if "opaque" in c.tags and c.kind != "none"]) >= 8
    assert len([c for c in columns if "opaque" in c.tags and c.kind == "none"]) >= 8


def _int_date(value: int, shape: str) -> date:
    text = str(value)
    if shape == "cyymmdd":
        return datetime.strptime(
            str(1900 + 100 * (value // 1_000_000) + value // 10_000 % 100) + text[-4:], "%Y%m%d"
        ).date()
    if shape == "julian7":
        return date(value // 1_000, 1, 1) + timedelta(days=value % 1_000 - 1)
    return datetime.strptime(text, "%Y%m%d").date()


#: (table, column, shape) for dates kept as numbers or as SAP DATS text
INT_DATES = [
    ("TXLIB.TPMSTP", "TPDOB", "cyymmdd"),
    ("CRTLIB.CVPTYP", "CVDOB", "ymd"),
    ("BPAYRUN.PAYMENT_FILE_W47", "PR-CLMT-DOB", "ymd"),
    ("TXSIS.STUDEMO", "DOB", "ymd"),
    ("CPRKOM.BEFUDTR", "FOEDDTO", "ymd"),
    ("CPRKOM.BEFUDTR", "AJFDTO", "julian7"),
    ("SAPVW.ZVW_MITGL", "GBDAT", "ymd"),
    ("IVTMPAD.PADVEH25", "FECMOD", "cyymmdd"),
    ("REOMLIB.FICRED", "RDDTNA", "ymd"),
]


def test_when_a_date_is_kept_as_a_number_then_every_value_is_a_date_of_its_shape(built) -> None:
    for table, name, shape in INT_DATES:
        values = [int(x) for x in _values(built, table, name)]
        assert len(values) >= 100, name
        assert _misses(values, lambda x, s=shape: date(1925, 1, 1) <= _int_date(x, s) <= date(2026, 1, 1)) == 0, name


def test_when_a_column_is_tagged_null_heavy_or_nullword_heavy_then_its_share_is_right(built) -> None:
    columns = _columns(built)
    heavy = [c for c in columns if "null_heavy" in c.tags]
    words = [c for c in columns if "nullword_heavy" in c.tags]
    assert len(heavy) >= 15 and len(words) >= 8
    for column in heavy:
        assert column.kind != "none" and 0.50 <= _null_share(column) <= 0.95, column.name
    for column in words:
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert column.kind != "none" and 0.70 <= share <= 0.95, column.name
    for column in (c for c in columns if not c.tags & {"null_heavy", "nullword_heavy"}):
        assert _null_share(column) < 0.70, column.name
        assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, column.name


def test_when_a_column_is_tagged_staff_or_audit_then_it_has_few_distinct_values(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    audit = [c for c in _columns(built) if "audit" in c.tags]
    assert len(staff) >= 10 and len(audit) >= 10
    for column in staff + [c for c in audit if c.kind == "unclassified"]:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert all(c.kind in PERSON_KINDS for c in staff)


def _rvnr(text: str) -> bool:
    if not re.fullmatch(r"[0-9]{8}[A-Z][0-9]{3}", text):
        return False
    digits = text[:8] + f"{ord(text[8]) - 64:02d}" + text[9:11]
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    return sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True)) % 10 == int(text[11])


#: (table, column, check) for every checksummed identifier column and check-digit decoy
CHECKED: list[tuple[str, str, object]] = [
    ("TXLIB.TPMSTP", "TPSSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("TXLIB.TPMSTP", "TPRTN", rtn.is_valid),
    ("BPAYRUN.PAYMENT_FILE_W47", "PR-PPSN", pps.is_valid),
    ("BPAYRUN.PAYMENT_FILE_W47", "PR-IBAN", iban.is_valid),
    ("polaris_ccmt.PatronRegistration", "Barcode", luhn.is_valid),
    ("consents_wdc.buildingConsents", "builderNzbn", ean.is_valid),
    ("tchc_rent.tenant_ledger_lines", "hoh_sin", sin.is_valid),
    ("CPRKOM.BEFUDTR", "AEGPNR", cpr.is_valid),
    ("SAPVW.ZVW_MITGL", "STEID", idnr.is_valid),
    ("SAPVW.ZVW_MITGL", "RVNUM", _rvnr),
    ("IVTMPAD.PADVEH25", "NIFTIT", nif.is_valid),
    ("IVTMPAD.PADVEH25", "CIFGES", cif.is_valid),
    ("REOMLIB.FICRED", "RDSIRE", siren.is_valid),
    ("REOMLIB.FICRED", "RDIBAN", iban.is_valid),
    ("brk_assen.zakelijk_gerechtigden", "bsn", bsn.is_valid),
    ("brk_assen.zakelijk_gerechtigden", "rsin_hypotheekhouder", bsn.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 50 and _misses(values, check) == 0


def test_when_a_national_id_is_built_then_it_encodes_the_date_of_birth_of_its_row(built) -> None:
    def as_date(x: object) -> date:
        return x if isinstance(x, date) else datetime.strptime(str(x), "%d.%m.%Y" if "." in str(x) else "%Y%m%d").date()

    for table, idc, dob, get in (
        ("CPRKOM.BEFUDTR", "PNR", "FOEDDTO", cpr.get_birth_date),
        ("ewybory_gmina.spis_wyborcow", "pesel", "data_urodzenia", pesel.get_birth_date),
        ("polizia_locale.verbaliSosta", "codiceFiscale", "dataNascita", codicefiscale.get_birth_date),
    ):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values, strict=True)
        pairs = [(str(p).strip(), d) for p, d in rows if d is not None]
        assert len(pairs) >= 200 and _misses(pairs, lambda r, f=get: f(r[0]) == as_date(r[1])) == 0, table


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "TXLIB.TPMSTP": "US",
    "CRTLIB.CVPTYP": "US",
    "TXSIS.STUDEMO": "US",
    "polaris_ccmt.PatronRegistration": "US",
    "consents_wdc.buildingConsents": "NZ",
    "tchc_rent.tenant_ledger_lines": "CA",
    "fermanagh_omagh.dog_licences": "GB",
    "SAPVW.ZVW_MITGL": "DE",
    "IVTMPAD.PADVEH25": "ES",
    "REOMLIB.FICRED": "FR",
    "polizia_locale.verbaliSosta": "IT",
    "ewybory_gmina.spis_wyborcow": "PL",
}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18
    for table, column in phones:
        values = [str(x) for x in _values(built, table.name, column.name)]
        region = PHONE_REGIONS[table.name]
        assert len(values) >= 40, column.name
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"


def test_when_a_column_is_labeled_ip_address_or_email_then_its_values_have_that_shape(built) -> None:
    for table in built:
        for column in table.columns:
            values = [str(x) for x in _values(built, table.name, column.name)]
            if column.kind == "ip_address":
                assert _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
            if column.kind == "email":
                assert (
                    values
                    and _misses(values, lambda x: bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", x, re.IGNORECASE))) == 0
                ), column.name


def test_when_a_value_is_partial_then_it_holds_at_most_four_digits(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert len(cut) >= 3
    for column in cut:
        values = [str(x) for x in _real(column.values) if x != 0]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{1,4}", x))) == 0, column.name


def test_when_names_mislead_then_the_values_behind_them_are_what_the_label_says(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert {"notes2", "codice", "TPUDF1", "dog_name"} <= set(misleading)
    assert misleading["notes2"] == "person_name" and misleading["dog_name"] == "none"
    codes = _values(built, "polizia_locale.verbaliSosta", "codice")
    assert len(codes) >= 100 and _misses(codes, lambda x: bool(re.fullmatch(r"[A-Z]{2}[0-9]{7}[A-Z]", str(x)))) == 0
    mixed = [str(x) for x in _values(built, "tchc_rent.tenant_ledger_lines", "src_crm_col17")]
    assert _hits(mixed, lambda x: "@" in x) >= 50 and _hits(mixed, lambda x: x[:1].isalpha() and "@" not in x) >= 50


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values) if x != 0}
        for column in (c for c in table.columns if "business" in c.tags):
            values = [str(x) for x in _real(column.values)]
            assert _hits(values, lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v71, heldout_v71_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {
            f"{node.module}.{alias.name}"
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "71"}, module.__name__


def test_when_the_scorer_builds_set_v71_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
            names = [
                r[0]
                for r in con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
                    " ORDER BY ordinal_position",
                    [schema, name],
                ).fetchall()
            ]
            assert names == [c.name for c in table.columns], table.name
    assert heldout_v71.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v71"].DEFAULT_PATH == Path("/tmp/heldout_v71.duckdb")
