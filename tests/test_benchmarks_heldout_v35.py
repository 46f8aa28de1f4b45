"""Held-out set v35: its size, labels, row counts, NULL and NULL-word shares, business columns, name-like products,
identifier-shaped decoys, old contract dates, partial numbers, staff and logins, identifiers with check digits and
phones are the ones asked for, and it is the same on every build (values are only counted or checked here, never
printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import bic, ean, iban, imei, isbn, luhn
from stdnum.au import tfn
from stdnum.ca import sin
from stdnum.us import ein, rtn, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v35, heldout_v35_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

TABLES = {
    "saas_export.acct_contact_opp_flat", "retail_dw.fct_order_line_wide", "hospital_bi.bed_mgmt_snapshot",
    "airline_ods.pnr_segment_flat", "LOANSVC.LOAN_TAPE_MONTHLY", "claims_mart.PolicyClaimFlat",
    "sis_extract.enrolmentWide", "tms.shipment_recipient_export", "pms_export.stay_guest_folio",
    "billing_dw.subscriber_usage_monthly", "mkt_finance.seller_payout_export", "raisers_edge.gift_donor_export",
}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v35")
_cells = heldout_support.Cells(heldout_v35.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v35, built) == []


def test_when_the_set_is_built_then_it_has_the_size_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) >= 10 and len(columns) >= 300
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    for table in built:
        assert 25 <= len(table.columns) <= 45, table.name
        assert len({c.name.lower() for c in table.columns}) == len(table.columns), table.name
    assert {t.language_of(c) for t in built for c in t.columns} == {"en"}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "ip_address"} <= {c.kind for c in columns}
    assert 0.50 <= sum(c.kind == "none" for c in columns) / len(columns) <= 0.75
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "value_shape", "misleading", "staff", "role_word",
            "username", "service_account", "audit", "join_key", "name_like", "name_like_key", "old_date", "partial",
            "placeholder", "premises", "dob_text", "dob_int"} <= tags
    assert {"snake", "camel", "screaming", "pascal"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v35.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "service_account", "join_key",
                                                           "partial", "name_like", "name_like_key", "old_date",
                                                           "value_shape"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"misleading", "placeholder", "role_word", "premises"}):
        assert column.kind != "none", column.name


def test_when_every_table_mixes_people_and_businesses_then_each_has_both(built) -> None:
    for table in built:
        kinds = {c.kind for c in table.columns}
        assert len(kinds & PERSON_KINDS) >= 1, table.name
        assert sum(c.kind == "none" for c in table.columns) >= 12, table.name
        assert sum("business" in c.tags for c in table.columns) >= 2 or table.name.startswith("hospital"), table.name


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    sizes = []
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1, table.name
        size = lengths.pop()
        assert 200 <= size <= 2_000, table.name
        sizes.append(size)
    assert sum(s >= 1_000 for s in sizes) >= 4 and len(set(sizes)) >= 8


def test_when_a_column_is_tagged_null_heavy_then_50_to_90_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.92, column.name


def test_when_a_column_is_tagged_nullword_heavy_or_not_then_its_null_share_fits(built) -> None:
    for table in built:
        for column in table.columns:
            share = sum(_nullish(x) for x in column.values) / len(column.values)
            if "nullword_heavy" in column.tags:
                assert 0.70 <= share <= 0.95, column.name
            elif "null_heavy" not in column.tags:
                assert share < 0.70, f"{table.name}.{column.name}"


def test_when_staff_and_logins_are_built_then_they_have_few_distinct_values(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 8 and {c.kind for c in staff} <= PERSON_KINDS
    for column in staff + [c for c in _columns(built) if "username" in c.tags]:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_a_value_is_partial_then_it_holds_four_digits(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert len(cut) >= 4
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_a_date_is_old_then_it_lies_before_2020_and_is_not_a_birth_date(built) -> None:
    old = [c for c in _columns(built) if "old_date" in c.tags]
    assert len(old) >= 4
    for column in old:
        values = _real(column.values)
        years = [x.year if isinstance(x, date) else int(x) for x in values]
        assert values and min(years) >= 1940 and max(years) < 2020, column.name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


PHONE_REGIONS = {"hospital_bi.bed_mgmt_snapshot": "GB", "pms_export.stay_guest_folio": "GB",
                 "billing_dw.subscriber_usage_monthly": "GB", "claims_mart.PolicyClaimFlat": "CA",
                 "sis_extract.enrolmentWide": "AU"}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS.get(table.name, "US")
        values = [str(x) for x in _real(column.values)]
        ok = lambda x, r=region: _phone_valid(x, r) or _phone_valid(x, "CA")
        assert values and _misses(values, ok) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values
                 if _phone_valid(x, region)}
    assert {"US", "GB", "CA", "AU"} <= seen


def _nino(x: object) -> bool:
    text = str(x).replace(" ", "")
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]", text)) and \
        text[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def _payout_tax_id(x: object) -> bool:
    return ssn.is_valid(str(x)) or sin.is_valid(str(x))


def _vin(x: object) -> bool:
    text = str(x)
    return len(text) == 17 and heldout_v35_values.vin_check(text[:8] + "0" + text[9:]) == text[8]


#: (table, column, check) for every checked identifier column, personal or decoy
CHECKED: list[tuple[str, str, object]] = [
    ("LOANSVC.LOAN_TAPE_MONTHLY", "BORR_SSN", ssn.is_valid),
    ("LOANSVC.LOAN_TAPE_MONTHLY", "COBORR_SSN", ssn.is_valid),
    ("LOANSVC.LOAN_TAPE_MONTHLY", "BANK_ROUTING_NBR", rtn.is_valid),
    ("claims_mart.PolicyClaimFlat", "InsuredSIN", sin.is_valid),
    ("claims_mart.PolicyClaimFlat", "PayeeCardNumber", luhn.is_valid),
    ("claims_mart.PolicyClaimFlat", "VehicleVIN", _vin),
    ("sis_extract.enrolmentWide", "tfn", tfn.is_valid),
    ("hospital_bi.bed_mgmt_snapshot", "NI_NUMBER", _nino),
    ("billing_dw.subscriber_usage_monthly", "ni_number", _nino),
    ("billing_dw.subscriber_usage_monthly", "iccid", luhn.is_valid),
    ("billing_dw.subscriber_usage_monthly", "imei", imei.is_valid),
    ("pms_export.stay_guest_folio", "refund_iban", iban.is_valid),
    ("mkt_finance.seller_payout_export", "tax_id", _payout_tax_id),
    ("mkt_finance.seller_payout_export", "bank_routing", rtn.is_valid),
    ("mkt_finance.seller_payout_export", "bank_swift", bic.is_valid),
    ("mkt_finance.seller_payout_export", "top_item_isbn", isbn.is_valid),
    ("mkt_finance.seller_payout_export", "top_item_gtin", ean.is_valid),
    ("retail_dw.fct_order_line_wide", "upc", ean.is_valid),
    ("tms.shipment_recipient_export", "handheld_imei", imei.is_valid),
    ("saas_export.acct_contact_opp_flat", "account_ein", ein.is_valid),
    ("raisers_edge.gift_donor_export", "CheckRoutingNo", rtn.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_check(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_tracking_number_or_mac_is_built_then_it_has_its_shape(built) -> None:
    tracking = [str(x) for x in _values(built, "tms.shipment_recipient_export", "tracking_no")]
    ups = [x for x in tracking if x.startswith("1Z")]
    assert len(ups) >= 100 and _misses(ups, lambda x: len(x) == 18) == 0
    usps = [x for x in tracking if not x.startswith("1Z")]
    assert len(usps) >= 100 and _misses(usps, lambda x: len(x) == 22 and ean.calc_check_digit(x[:-1]) == x[-1]) == 0
    macs = _values(built, "billing_dw.subscriber_usage_monthly", "cell_site_mac")
    assert _misses(macs, lambda x: bool(re.fullmatch(r"([0-9A-F]{2}:){5}[0-9A-F]{2}", str(x)))) == 0


def test_when_a_date_of_birth_is_text_or_integer_then_it_parses(built) -> None:
    births = [c for c in _columns(built) if c.kind == "date_of_birth"]
    assert {c.sql_type for c in births} == {"DATE", "VARCHAR", "INTEGER"}
    for column in (c for c in births if c.sql_type != "DATE"):
        values = [str(x) for x in _real(column.values)]
        pattern = r"[0-9]{8}|[0-9]{2}/[0-9]{2}/[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}"
        assert values and _misses(values, lambda x, p=pattern: bool(re.fullmatch(p, x))) == 0, column.name


def test_when_names_mislead_then_personal_values_hide_behind_them(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert misleading == {"ref_2": "email", "cust_key_txt": "person_name", "attr_val": "phone"}
    assert _misses(_values(built, "mkt_finance.seller_payout_export", "ref_2"), lambda x: "@" in str(x)) == 0


def test_when_a_column_has_placeholders_then_a_few_cells_are_placeholders(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 2
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind not in {"none", "city", "postal_code", "first_name", "last_name"}
                   for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            values = [str(x) for x in _real(column.values)]
            assert _misses(values, lambda x, p=private: x not in p) == 0, f"{table.name}.{column.name}"


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v35, heldout_v35_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "35"}, module.__name__


def test_when_the_scorer_builds_set_v35_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v35.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v35"].DEFAULT_PATH == Path("/tmp/heldout_v35.duckdb")
    assert _column(built, "LOANSVC.LOAN_TAPE_MONTHLY", "BORR_DOB").sql_type == "INTEGER"
