"""Held-out set v27: its size, domains, languages, labels, row counts, NULL and NULL-word shares, framework columns
(Devise, Django, WordPress, WooCommerce, Magento), key/value meta rows, credentials, placeholders, JSON in cells, join
keys, audit logins and service accounts, identifiers with check digits, value-shaped decoys and misleading names are
the ones asked for, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
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
from stdnum import iban, luhn
from stdnum.it import codicefiscale
from stdnum.se import orgnr, personnummer
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v27, heldout_v27_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: mostly English, plus Italian and Swedish
LANGUAGES = {"en", "it", "sv"}

#: every table of the set: operational databases of ordinary apps, in domains v24 to v26 did not use
TABLES = {
    "booking.appointments", "rails_app.users", "django.auth_user", "django.accounts_profile", "wordpress.wp_users",
    "wordpress.wp_usermeta", "wordpress.wp_wc_customer_lookup", "magento.customer_address_entity", "tracker.issues",
    "mailing.subscribers", "CALLCTR.CALL_LOG", "lms.gradebook", "agency_crm.contacts",
    "recruiting.interview_feedback", "realestate.open_house_visitors", "city311.service_requests", "museo.soci",
    "hemservice.uppdrag",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v27")
_cells = heldout_support.Cells(heldout_v27.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v27, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 16 <= len(built) <= 18 and 250 <= len(columns) <= 320
    assert 0.42 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.56
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 16
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "value_shape", "misleading",
            "staff", "audit", "role_word", "service_account", "premises", "join_key", "role_email", "multi_value",
            "json_blob", "json_plain", "placeholder", "tokenized", "partial", "framework", "key_value", "credential",
            "user_agent", "commit_author"} <= tags
    assert {"snake", "camel", "screaming"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v27.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "service_account", "join_key",
                                                           "tokenized", "partial", "json_plain", "credential",
                                                           "user_agent"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"role_email", "commit_author"}):
        assert column.kind == "email", column.name
    for column in (c for c in _columns(built) if c.tags & {"placeholder"}):
        assert column.kind != "none", column.name


def test_when_a_table_is_a_key_value_table_then_the_value_is_free_text_and_a_meaningful_share_is_personal(
        built) -> None:
    keys = _column(built, "wordpress.wp_usermeta", "meta_key").values
    assert _column(built, "wordpress.wp_usermeta", "meta_value").kind == "free_text"
    personal = {"first_name", "last_name", "nickname", "description", "billing_first_name", "billing_phone",
                "billing_address_1", "billing_postcode", "billing_city", "billing_email"}
    assert 0.35 <= sum(k in personal for k in keys) / len(keys) <= 0.60
    assert {"wp_capabilities", "session_tokens", "rich_editing"} <= set(keys)
    kv = [c for c in _columns(built) if "key_value" in c.tags]
    assert {c.kind for c in kv} == {"none", "free_text"} and len(kv) >= 4


def test_when_a_column_is_a_join_key_or_a_credential_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 25 and all(c.kind == "none" for c in keys)
    assert {"id", "tenant_id", "user_id", "umeta_id", "entity_id", "parent_id", "CALL_ID", "enrollmentId",
            "learnerId", "uuid"} <= {c.name for c in keys}
    creds = [c for c in _columns(built) if "credential" in c.tags]
    assert {"encrypted_password", "reset_password_token", "password", "user_pass",
            "user_activation_key"} <= {c.name for c in creds}
    hashes = _values(built, "rails_app.users", "encrypted_password")
    assert hashes and _misses(hashes, lambda x: str(x).startswith("$2a$12$") and len(str(x)) == 60) == 0
    shas = _values(built, "tracker.issues", "last_commit_sha")
    assert shas and _misses(shas, lambda x: bool(re.fullmatch(r"[0-9a-f]{40}", str(x)))) == 0
    tickets = _values(built, "tracker.issues", "issue_key")
    assert _misses(tickets, lambda x: bool(re.fullmatch(r"[A-Z]+-[0-9]+", str(x)))) == 0
    versions = _values(built, "tracker.issues", "fix_version")
    assert versions and _misses(versions, lambda x: bool(re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", str(x)))) == 0


def test_when_a_commit_author_is_built_then_it_is_a_name_and_an_address(built) -> None:
    authors = _values(built, "tracker.issues", "last_commit_author")
    assert len(authors) >= 100
    assert _misses(authors, lambda x: bool(re.fullmatch(r"[^<>@]+ <[^<>@ ]+@[^<>@ ]+>", str(x)))) == 0


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert {"ssn_last4"} <= {c.name for c in cut} and all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 4
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_names_mislead_then_personal_values_hide_behind_them(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert {"subscriber_key"} <= set(misleading) and set(misleading.values()) == {"email"}
    values = _values(built, "mailing.subscribers", "subscriber_key")
    assert _misses(values, lambda x: "@" in str(x)) == 0


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 20
    assert all(c.kind in PERSON_KINDS for c in role)
    assert {"reporter_display_name", "assignee", "watchers", "CNAM", "AGENT_NAME", "learnerFullName",
            "guardianName", "instructorLastName", "spouse_name", "agent_of_record", "candidate_name", "interviewer",
            "seller_name", "listing_agent", "visitor_first_name", "reporter_name", "operatore", "kund_namn",
            "hantverkare"} <= {c.name for c in role}
    assert {"reporter_email", "learnerEmail", "guardianEmail", "candidate_email",
            "interviewer_email"} <= {c.name for c in _columns(built) if "role_email" in c.tags}


def test_when_a_cell_holds_several_values_then_some_cells_hold_a_separator(built) -> None:
    multi = [c for c in _columns(built) if "multi_value" in c.tags]
    assert len(multi) >= 1 and all(c.kind != "none" for c in multi)
    for column in multi:
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: ";" in x) >= 20, column.name


def test_when_a_column_holds_json_then_every_document_parses(built) -> None:
    blobs = [c for c in _columns(built) if "json_blob" in c.tags]
    plain = [c for c in _columns(built) if "json_plain" in c.tags]
    assert len(blobs) >= 2 and len(plain) >= 3
    for column in blobs:
        assert column.kind == "free_text", column.name
    for column in blobs + plain:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: isinstance(json.loads(x), (dict, list))) == 0, column.name


def test_when_coordinates_are_built_then_they_are_a_places_and_none(built) -> None:
    doubles = [c for c in _columns(built) if c.sql_type == "DOUBLE" and c.name in {"latitude", "longitude"}]
    assert len(doubles) == 2 and all(c.kind == "none" for c in doubles)
    assert not [c for c in _columns(built) if c.tags & {"person_geo"}]


def test_when_a_home_is_named_as_a_listing_or_a_job_site_then_it_is_labeled_personal(built) -> None:
    premises = [c for c in _columns(built) if "premises" in c.tags]
    assert len(premises) >= 3
    assert {c.kind for c in premises} == {"street_address", "postal_code"}


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 4 and len(services) >= 2
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
    assert len(heavy) >= 10
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 3
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
    assert len(staff) >= 8
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert PERSON_KINDS == {c.kind for c in staff}


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("agency_crm.contacts", "ssn", ssn.is_valid),
    ("agency_crm.contacts", "autopay_card_number", luhn.is_valid),
    ("museo.soci", "codice_fiscale", codicefiscale.is_valid),
    ("museo.soci", "iban_addebito", iban.is_valid),
    ("hemservice.uppdrag", "personnummer", personnummer.is_valid),
    ("hemservice.uppdrag", "iban_aterbetalning", iban.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_national_id_is_built_then_it_encodes_the_date_of_birth_of_its_row(built) -> None:
    for table, idc, dob, get in (("hemservice.uppdrag", "personnummer", "fodelsedatum", personnummer.get_birth_date),
                                 ("museo.soci", "codice_fiscale", "data_nascita", codicefiscale.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_passes_its_own_check_and_is_none(built) -> None:
    orgs = _values(built, "hemservice.uppdrag", "hantverkare_orgnr")
    assert orgs and _misses(orgs, orgnr.is_valid) == 0
    agents = _values(built, "mailing.subscribers", "optin_user_agent")
    assert agents and _misses(agents, lambda x: str(x).startswith("Mozilla/5.0")) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the region its phone numbers belong to (every other table: the United States)
PHONE_REGIONS = {"museo.soci": "IT", "hemservice.uppdrag": "SE"}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 12
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS.get(table.name, "US")
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {"US", "IT", "SE"} <= seen


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v27, heldout_v27_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "27"}, module.__name__


def test_when_the_scorer_builds_set_v27_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v27.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v27"].DEFAULT_PATH == Path("/tmp/heldout_v27.duckdb")
