"""Held-out set v25: its size, domains, languages, labels, row counts, NULL and NULL-word shares, staff and role-word
columns, role-named e-mail columns, cells with several values, JSON blobs, a person's coordinates, join keys, hashed
columns, audit logins and service accounts, identifiers with check digits, split dates of birth, value-shaped decoys
and misleading names are the ones asked for, and it is the same on every build (values are only counted or checked
here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings are part of the set's dirt: identifier checks skip them and strip padding. Assertion rewriting is off
for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.nl import bsn
from stdnum.us import rtn, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v25, heldout_v25_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: mostly English, plus French, Spanish and Dutch
LANGUAGES = {"en", "fr", "es", "nl"}

#: every table of the set: ordinary warehouse schemas in domains v24 did not use
TABLES = {
    "claims.fnol", "CLMSYS.POLHOLDR", "telco.subscribers", "telco.cdr_voice", "kyc.onboardingApplications",
    "hotel.guest_folios", "loyalty.memberProfiles", "gym.members", "gym_app.tracks", "dental.patients",
    "rx.prescriptions", "utility.meter_accounts", "ats.Candidate__c", "npsp.Contact", "rides.trips",
    "social.profileExport", "permits.building_permits", "erp_fr.clients", "erp_es.CLIENTES", "crm_nl.relaties",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v25")
_cells = heldout_support.Cells(heldout_v25.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v25, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 18 <= len(built) <= 20 and 280 <= len(columns) <= 350
    assert 0.45 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.56
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 17
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "unclassified"} <= {c.kind for c in columns}
    assert heldout_v25.USERNAME in {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "vehicle", "value_shape",
            "misleading", "staff", "audit", "split_dob", "role_word", "service_account", "premises", "join_key",
            "role_email", "hashed", "custom_field", "multi_value", "json_blob", "person_geo", "event_context",
            "mainframe", "provider_id"} <= tags
    assert {"snake", "camel", "screaming", "sfdc"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v25.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "vehicle", "service_account",
                                                           "join_key", "hashed", "provider_id"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username", "person_geo"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username", "person_geo"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"split_dob"}):
        assert column.kind == "date_of_birth", column.name
    for column in (c for c in _columns(built) if c.tags & {"role_email"}):
        assert column.kind == "email", column.name


def test_when_a_column_is_a_join_key_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 35 and all(c.kind == "none" for c in keys)
    names = {c.name for c in keys}
    assert {"claim_id", "policy_id", "subscriber_id", "applicationId", "customerId", "member_uuid", "anonymous_id",
            "user_id", "trip_uuid", "rider_uuid", "premise_id", "Id", "AccountId", "OwnerId"} <= names
    hashed = [c for c in _columns(built) if "hashed" in c.tags]
    assert len(hashed) >= 2 and all(c.kind == "none" for c in hashed)


def test_when_names_mislead_then_personal_values_hide_behind_them(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert {"credit_check_ref", "subscriber_id_no", "Checkr_Ref_1__c"} <= set(misleading)
    assert set(misleading.values()) == {"ssn"}
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 25 and all(c.name.endswith("__c") for c in custom)
    assert sum(c.kind != "none" for c in custom) >= 12


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 35
    assert all(c.kind in PERSON_KINDS | {"phone"} for c in role)
    assert {"adjuster", "witness_name", "AGT_NM", "BENE_NM", "account_holder", "beneficiaryName", "trainer",
            "sales_advisor", "guarantor_name", "instructor", "responsible_party", "primary_dentist", "hygienist",
            "prescriber", "verifying_pharmacist", "picked_up_by", "field_tech", "Hiring_Manager__c",
            "Interviewers__c", "Referred_By__c", "driver_name", "moderatedBy", "affidavit_notary", "gestionnaire",
            "AVALISTA", "COMERCIAL", "contactpersoon", "woonconsulent"} <= {c.name for c in role}
    emails = {c.name for c in _columns(built) if "role_email" in c.tags}
    assert {"adjuster_email", "Recruiter__c", "inspector_email"} <= emails


def test_when_a_cell_holds_several_values_then_some_cells_hold_a_separator(built) -> None:
    multi = [c for c in _columns(built) if "multi_value" in c.tags]
    assert len(multi) >= 8 and all(c.kind != "none" for c in multi)
    for column in multi:
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: bool(re.search(r"[;,/&]", x))) >= 20, column.name


def test_when_a_column_holds_json_then_every_document_parses_and_names_a_person(built) -> None:
    blobs = [c for c in _columns(built) if "json_blob" in c.tags]
    assert len(blobs) >= 2
    for column in blobs:
        assert column.kind == "free_text", column.name
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: isinstance(json.loads(x), dict)) == 0, column.name


def test_when_coordinates_are_built_then_a_persons_are_unclassified_and_a_sites_are_none(built) -> None:
    geo = [c for c in _columns(built) if "person_geo" in c.tags]
    assert len(geo) >= 6 and all(c.kind == "unclassified" and c.sql_type == "DOUBLE" for c in geo)
    sites = [c for c in _columns(built) if c.sql_type == "DOUBLE" and "business" in c.tags]
    assert len(sites) >= 6
    for column in geo + sites:
        values = _real(column.values)
        assert values and _misses(values, lambda x: -125 <= float(x) <= 50) == 0, column.name


def test_when_a_home_is_named_as_a_premise_or_a_site_then_it_is_labeled_personal(built) -> None:
    premises = [c for c in _columns(built) if "premises" in c.tags]
    assert len(premises) >= 6
    assert {c.kind for c in premises} == {"street_address", "postal_code", "city"}


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 5 and len(services) >= 2
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 15
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 8
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
    assert len(staff) >= 20
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert PERSON_KINDS == {c.kind for c in staff}


def _luhn_ok(x: object) -> bool:
    return luhn.is_valid(re.sub(r"[ -]", "", str(x)))


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("CLMSYS.POLHOLDR", "SSN_NO", ssn.is_valid),
    ("telco.subscribers", "credit_check_ref", ssn.is_valid),
    ("kyc.onboardingApplications", "taxId", ssn.is_valid),
    ("dental.patients", "subscriber_id_no", ssn.is_valid),
    ("ats.Candidate__c", "Checkr_Ref_1__c", ssn.is_valid),
    ("hotel.guest_folios", "card_on_file", _luhn_ok),
    ("erp_fr.clients", "num_secu", nir.is_valid),
    ("erp_fr.clients", "iban", iban.is_valid),
    ("erp_es.CLIENTES", "NIF", dni.is_valid),
    ("erp_es.CLIENTES", "IBAN_CARGO", iban.is_valid),
    ("crm_nl.relaties", "bsn", bsn.is_valid),
    ("crm_nl.relaties", "iban", iban.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_birth_is_split_or_written_as_text_then_it_decodes_to_a_plausible_date(built) -> None:
    parts = [_column(built, "gym.members", n).values for n in ("dob_month", "dob_day", "dob_year")]
    rows = list(zip(*parts))
    assert len(rows) >= 100 and all(1950 <= date(y, m, d).year <= 2012 for m, d, y in rows)
    for table, name, layout, lo, hi in (("kyc.onboardingApplications", "dateOfBirth", "%m/%d/%Y", 1940, 2006),
                                        ("CLMSYS.POLHOLDR", "DOB_DT", "%Y%m%d", 1935, 2004),
                                        ("erp_fr.clients", "date_naissance", "%d/%m/%Y", 1940, 2005),
                                        ("rx.prescriptions", "patient_dob", "%Y-%m-%d", 1930, 2022)):
        values = _values(built, table, name)
        assert values and _misses(values, lambda x, f=layout, a=lo, b=hi: a <= datetime.strptime(
            str(x), f).year <= b) == 0, name


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_is_labeled_none(built) -> None:
    for table, name in (("kyc.onboardingApplications", "fundingRoutingNumber"), ("gym.members", "eft_routing_no")):
        numbers = [str(x) for x in _values(built, table, name)]
        assert numbers and _misses(numbers, rtn.is_valid) == 0, name
    for table, name in (("dental.patients", "billing_npi"), ("rx.prescriptions", "prescriber_npi")):
        npis = [str(x) for x in _values(built, table, name)]
        assert npis and _misses(npis, lambda x: len(x) == 10 and luhn.is_valid("80840" + x)) == 0, name
    tickets = [str(x) for x in _values(built, "telco.subscribers", "port_in_ticket")]
    assert len(tickets) >= 100 and _hits(tickets, lambda x: _phone_valid("+" + x, None)) == 0
    assert _misses(tickets, lambda x: len(x) == 11 and x.startswith("1")) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the region its phone numbers belong to (every other table: the United States)
PHONE_REGIONS = {"erp_fr.clients": "FR", "erp_es.CLIENTES": "ES", "crm_nl.relaties": "NL"}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 14
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS.get(table.name, "US")
        values = [p.strip() for x in _real(column.values) for p in re.split(r"[;/]", str(x))]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {"US", "FR", "ES", "NL"} <= seen


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v25, heldout_v25_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "25"}, module.__name__


def test_when_the_scorer_builds_set_v25_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v25.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v25"].DEFAULT_PATH == Path("/tmp/heldout_v25.duckdb")
