"""Held-out set v31: its size, countries, labels, row counts, NULL and NULL-word shares, staff, role words, opaque and
misleading names, join keys, logins, identifiers with check digits (NHS number, SIN, PPSN, TFN, SSN, IBAN, a card
number), value-shaped decoys (VINs, microchips, ABN, VAT), postcodes of five countries, dates of birth in several
forms and phones of five countries are the ones asked for, and it is the same on every build (values are only counted
or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.au import abn, tfn
from stdnum.ca import sin
from stdnum.gb import nhs, vat
from stdnum.ie import pps
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v31, heldout_v31_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

TABLES = {
    "league.players", "FUNERAL.ARRANGEMENTS", "charity.volunteers", "dealer.deals", "gp_surgery.patients",
    "creditunion.members", "ie_energy.customer_accounts", "labourhire.workers", "labourhire.timesheets",
    "dogwalk.walks", "photo.wedding_clients", "STUDENTLETS.REPAIR_TKT", "legacy_crm.cust_master", "ap.suppliers",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v31")
_cells = heldout_support.Cells(heldout_v31.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v31, built) == []


def test_when_the_set_is_built_then_it_has_the_size_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 12 <= len(built) <= 16 and 220 <= len(columns) <= 320
    assert 0.42 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.60
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert {t.language_of(c) for t in built for c in t.columns} == {"en"}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "value_shape", "misleading",
            "opaque", "staff", "audit", "role_word", "service_account", "premises", "join_key", "partial",
            "credential", "split_dob", "mixed_kinds"} <= tags
    assert {"snake", "camel", "screaming"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v31.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "service_account", "join_key",
                                                           "partial", "credential", "value_shape"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"mixed_kinds"}):
        assert column.kind == "free_text", column.name
    for column in (c for c in _columns(built) if c.tags & {"split_dob"}):
        assert column.kind == "date_of_birth" and column.sql_type == "INTEGER", column.name


def test_when_a_column_is_a_join_key_then_it_is_none_and_some_are_named_like_personal_fields(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 12 and all(c.kind == "none" for c in keys)
    assert {"owner_id", "addressId", "guardian_id", "ownerId", "worker_id"} <= {c.name for c in keys}


def test_when_names_mislead_or_say_nothing_then_personal_values_hide_behind_some(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags and c.kind != "none"}
    assert {"ref_a", "misc_1", "FIELD_17"} <= set(misleading)
    assert _misses(_values(built, "legacy_crm.cust_master", "misc_1"), lambda x: "@" in str(x)) == 0
    opaque = [c for c in _columns(built) if "opaque" in c.tags]
    assert len(opaque) >= 6 and {c.kind for c in opaque} >= {"none", "email", "free_text", "date_of_birth"}


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind in PERSON_KINDS for c in role)
    assert {"guardian1_name", "guardian2_name", "NOK_NAME", "buyer_name", "cobuyer_name", "account_holder",
            "jointOwnerName", "partner_1", "partner_2", "ownerName", "walkerName", "contact_name",
            "site_supervisor"} <= {c.name for c in role}


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert {"ssn_last4"} <= {c.name for c in cut} and all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_coordinates_are_built_then_they_are_a_walks_and_none(built) -> None:
    doubles = [c for c in _columns(built) if c.sql_type == "DOUBLE"]
    assert {c.name for c in doubles} == {"startLat", "startLng"} and all(c.kind == "none" for c in doubles)


def test_when_a_home_is_named_as_a_pickup_point_then_it_is_labeled_personal(built) -> None:
    premises = [c for c in _columns(built) if "premises" in c.tags]
    assert {c.kind for c in premises} == {"street_address", "postal_code"}


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 2 and len(services) >= 1
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name
    members = _values(built, "creditunion.members", "onlineBankingId")
    assert len(set(members)) == len(members) >= 1_000


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_and_some_over_1000(built) -> None:
    sizes = []
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1, table.name
        sizes.append(lengths.pop())
        assert 200 <= sizes[-1] <= 2_000, table.name
    assert sum(s >= 1_000 for s in sizes) >= 4 and len(set(sizes)) == len(sizes)


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 1
    for column in heavy:
        assert column.kind != "none", column.name
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 10
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert {"person_name", "first_name"} <= {c.kind for c in staff}


def _vin_ok(text: object) -> bool:
    vin = str(text)
    return len(vin) == 17 and heldout_v31_values.vin_check(vin) == vin[8] and not set(vin) & set("IOQ")


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("gp_surgery.patients", "nhs_number", nhs.is_valid),
    ("creditunion.members", "sin", sin.is_valid),
    ("ie_energy.customer_accounts", "ppsn", pps.is_valid),
    ("ie_energy.customer_accounts", "dd_iban", iban.is_valid),
    ("labourhire.workers", "tfn", tfn.is_valid),
    ("FUNERAL.ARRANGEMENTS", "DEC_SSN", ssn.is_valid),
    ("legacy_crm.cust_master", "ssn", ssn.is_valid),
    ("legacy_crm.cust_master", "card_no", luhn.is_valid),
    ("dealer.deals", "vin", _vin_ok),
    ("dealer.deals", "trade_vin", _vin_ok),
    ("labourhire.timesheets", "client_abn", abn.is_valid),
    ("ap.suppliers", "vat_number", vat.is_valid),
    ("ap.suppliers", "remit_iban", iban.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


#: (table, column, pattern) for postcodes of five countries
POSTCODES = [
    ("league.players", "zip", r"[0-9]{5}(-[0-9]{4})?"),
    ("legacy_crm.cust_master", "zip4", r"[0-9]{5}(-[0-9]{4})?"),
    ("gp_surgery.patients", "postcode", r"[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}"),
    ("creditunion.members", "postalCode", r"[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]"),
    ("ie_energy.customer_accounts", "eircode", r"[A-Z][0-9][0-9W] ?[0-9A-Z]{4}"),
    ("labourhire.workers", "postcode", r"[0-9]{4}"),
]


@pytest.mark.parametrize(("table", "column", "pattern"), POSTCODES, ids=[f"{t}.{c}" for t, c, _ in POSTCODES])
def test_when_a_postcode_column_is_built_then_every_value_has_its_countrys_shape(built, table, column,
                                                                                 pattern) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 100 and _misses(values, lambda x: bool(re.fullmatch(pattern, x))) == 0
    assert _column(built, table, column).kind == "postal_code"


def test_when_a_date_of_birth_is_built_then_it_parses_in_its_columns_form(built) -> None:
    forms = [("league.players", "player_dob", None), ("FUNERAL.ARRANGEMENTS", "DEC_DOB", "%m/%d/%Y"),
             ("charity.volunteers", "dob", "%d/%m/%Y"), ("dealer.deals", "buyer_dob", "%Y%m%d"),
             ("creditunion.members", "birthDate", "%Y-%m-%d"), ("STUDENTLETS.REPAIR_TKT", "FIELD_17", "%d-%m-%Y"),
             ("legacy_crm.cust_master", "dob_dt", "%m/%d/%Y"), ("labourhire.workers", "dob", "%d/%m/%Y")]
    for table, name, form in forms:
        values = _values(built, table, name)
        assert _column(built, table, name).kind == "date_of_birth", name
        if form is None:
            assert _misses(values, lambda x: isinstance(x, date)) == 0, name
        else:
            parsed = [datetime.strptime(str(x), form).date() for x in values]
            assert _misses(parsed, lambda d: 1920 <= d.year <= 2025) == 0, name
    parts = zip(*(_column(built, "ie_energy.customer_accounts", n).values for n in ("dob_year", "dob_month",
                                                                                     "dob_day")))
    assert _misses(list(parts), lambda p: bool(date(*p))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_is_none(built) -> None:
    chips = _values(built, "dogwalk.walks", "microchipNo")
    assert chips and _misses(chips, lambda x: bool(re.fullmatch(r"[0-9]{15}", str(x)))) == 0
    mprn = _values(built, "ie_energy.customer_accounts", "mprn")
    assert _misses(mprn, lambda x: bool(re.fullmatch(r"10[0-9]{9}", str(x)))) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {"charity.volunteers": "GB", "gp_surgery.patients": "GB", "dogwalk.walks": "GB",
                 "STUDENTLETS.REPAIR_TKT": "GB", "creditunion.members": "CA", "ie_energy.customer_accounts": "IE",
                 "photo.wedding_clients": "IE", "labourhire.workers": "AU"}


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 14
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS.get(table.name, "US")
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {"US", "CA", "GB", "IE", "AU"} <= seen


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v31, heldout_v31_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "31"}, module.__name__


def test_when_the_scorer_builds_set_v31_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v31.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v31"].DEFAULT_PATH == Path("/tmp/heldout_v31.duckdb")
