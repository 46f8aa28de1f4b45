"""Held-out set v32: its size, domains, languages, labels, row counts, NULL and NULL-word shares, flattened event
properties, logins, hashed keys, tokens and credentials, JSON in cells, URL query strings, log lines, join keys,
identifiers with check digits, IP addresses, phones, value-shaped decoys and misleading names are the ones asked for,
and it is the same on every build (values are only counted or checked here, never printed).

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
from datetime import date, timedelta
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.es import dni
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v32, heldout_v32_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages of column names: English, and French in the chat table
LANGUAGES = {"en", "fr"}

#: every table of the set: event, log and data-lake tables, each from a different system
TABLES = {
    "analytics.web_events", "nginx.access_log", "apigw.requestLog", "kafka.crm_customer_updates",
    "esp.email_events", "chat.transcriptions", "mobile.crash_reports", "payments.webhook_deliveries",
    "entra.signInLogs", "features.user_features_daily", "lake_raw.partner_drop_0042",
    "snapshots.customers_snapshot", "k8s.app_logs", "segment.identifies",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v32")
_cells = heldout_support.Cells(heldout_v32.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v32, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 12 <= len(built) <= 16 and 220 <= len(columns) <= 340
    assert 0.22 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.45
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 13
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"email", "person_name", "first_name", "last_name", "phone", "ssn", "national_id", "credit_card", "iban",
            "ip_address", "street_address", "postal_code", "city", "date_of_birth", "free_text",
            "unclassified"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "username", "value_shape", "misleading", "opaque",
            "staff", "role_word", "join_key", "hashed", "flattened", "json_blob", "json_plain", "url_query",
            "embedded", "log_line", "tokenized", "partial", "credential", "user_agent", "coordinates", "snapshot",
            "epoch_days"} <= tags
    assert {"snake", "camel", "opaque"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v32.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "join_key", "hashed", "tokenized",
                                                           "partial", "json_plain", "credential", "user_agent",
                                                           "coordinates", "snapshot"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"json_blob", "url_query", "log_line"}):
        assert column.kind == "free_text", column.name
    for column in (c for c in _columns(built) if c.kind == "free_text"):
        assert column.tags & {"json_blob", "url_query", "log_line"}, column.name


def test_when_a_column_is_a_join_key_a_hash_or_a_credential_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 35 and all(c.kind == "none" for c in keys)
    assert {"event_id", "anonymous_id", "session_id", "request_id", "traceId", "spanId", "requestId", "trace_id",
            "span_id", "correlationId", "kafka_offset", "email_id", "user_id"} <= {c.name for c in keys}
    hashed = _values(built, "features.user_features_daily", "user_key")
    assert hashed and _misses(hashed, lambda x: bool(re.fullmatch(r"[0-9a-f]{64}", str(x)))) == 0
    scd = _values(built, "snapshots.customers_snapshot", "dbt_scd_id")
    assert scd and _misses(scd, lambda x: bool(re.fullmatch(r"[0-9a-f]{32}", str(x)))) == 0
    creds = {c.name for c in _columns(built) if "credential" in c.tags}
    assert {"apiKeyId", "signature_header"} <= creds
    tokens = _values(built, "payments.webhook_deliveries", "payment_id")
    assert _misses(tokens, lambda x: str(x).startswith("tr_")) == 0


def test_when_a_surrogate_key_is_named_like_a_personal_field_then_it_holds_integers(built) -> None:
    for table, name in (("analytics.web_events", "user_id"), ("esp.email_events", "email_id"),
                        ("features.user_features_daily", "email_id"), ("k8s.app_logs", "user_id"),
                        ("mobile.crash_reports", "user_id")):
        col = _column(built, table, name)
        assert col.kind == "none" and col.sql_type in {"INTEGER", "BIGINT"}, f"{table}.{name}"
        assert _misses(_real(col.values), lambda x: isinstance(x, int)) == 0, f"{table}.{name}"
    flags = [_column(built, "analytics.web_events", "phone_verified"),
             _column(built, "features.user_features_daily", "is_phone_verified")]
    assert all(c.kind == "none" and c.sql_type == "BOOLEAN" for c in flags)


def test_when_names_mislead_then_personal_values_hide_behind_them(built) -> None:
    col = _column(built, "segment.identifies", "user_id")
    assert col.kind == "email" and "misleading" in col.tags
    assert _misses(_real(col.values), lambda x: "@" in str(x)) == 0
    opaque = [c for c in _columns(built) if "opaque" in c.tags]
    assert len(opaque) >= 20 and sum(c.kind != "none" for c in opaque) >= 12


def test_when_a_column_is_partial_then_it_is_none_and_short(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert {"card_last4", "zip3", "mfaDetail_authDetail"} <= {c.name for c in cut}
    assert all(c.kind == "none" for c in cut)
    last4 = [str(x) for x in _values(built, "payments.webhook_deliveries", "card_last4")]
    assert last4 and _misses(last4, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0
    zips = [str(x) for x in _values(built, "features.user_features_daily", "zip3")]
    assert zips and _misses(zips, lambda x: bool(re.fullmatch(r"[0-9]{3}", x))) == 0


def test_when_a_column_holds_json_then_every_document_parses(built) -> None:
    blobs = [c for c in _columns(built) if "json_blob" in c.tags]
    plain = [c for c in _columns(built) if "json_plain" in c.tags]
    assert len(blobs) >= 2 and len(plain) >= 3
    for column in blobs + plain:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: isinstance(json.loads(x), (dict, list))) == 0, column.name
    for column in blobs:
        values = [str(x) for x in _real(column.values)]
        assert 0.3 <= _hits(values, lambda x: "@" in x or "phone" in x) / len(values) <= 1.0, column.name


def test_when_urls_and_log_lines_are_built_then_many_rows_carry_personal_values(built) -> None:
    uris = [str(x) for x in _values(built, "nginx.access_log", "request_uri")]
    with_mail = _hits(uris, lambda x: "@" in x or "%40" in x)
    assert 0.30 <= with_mail / len(uris) <= 0.60
    assert _hits(uris, lambda x: "phone=" in x) >= 50
    page_urls = [str(x) for x in _values(built, "analytics.web_events", "page_url")]
    assert _hits(page_urls, lambda x: "@" in x or "%40" in x) == 0
    logs = [str(x) for x in _values(built, "k8s.app_logs", "message")]
    assert 0.25 <= _hits(logs, lambda x: "@" in x or "name=" in x or "user=" in x) / len(logs) <= 0.60
    bounces = [str(x) for x in _values(built, "esp.email_events", "bounce_diagnostic")]
    assert bounces and _misses(bounces, lambda x: bool(re.search(r"<[^<>@ ]+@[^<>@ ]+>", x))) == 0
    ids = [str(x) for x in _values(built, "esp.email_events", "smtp_message_id")]
    assert _misses(ids, lambda x: x.startswith("<") and "@mta" in x) == 0


def test_when_a_login_column_is_built_then_it_holds_logins_and_upns(built) -> None:
    upns = [str(x) for x in _values(built, "entra.signInLogs", "userPrincipalName")]
    assert upns and _misses(upns, lambda x: x.endswith("@kettler-anlagenbau.de")) == 0
    users = [c for c in _columns(built) if "username" in c.tags]
    assert len(users) >= 4
    remote = _column(built, "nginx.access_log", "remote_user")
    assert 2 <= len(set(_real(remote.values))) <= 8


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    sizes = []
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name
        sizes.append(len(table.columns[0].values))
    assert sum(n >= 1_000 for n in sizes) >= 4 and len(set(sizes)) >= 10


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name
    assert max(_null_share(c) for c in heavy) >= 0.80


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


def test_when_a_column_is_tagged_staff_then_it_holds_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 3 and all(c.kind in PERSON_KINDS for c in staff)
    for name in (("chat.transcriptions", "nom_conseiller"), ("snapshots.customers_snapshot", "account_manager")):
        assert 2 <= len(set(_real(_column(built, *name).values))) <= 8, name


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("lake_raw.partner_drop_0042", "col_013", ssn.is_valid),
    ("lake_raw.partner_drop_0042", "col_017", luhn.is_valid),
    ("kafka.crm_customer_updates", "payload_after_document_number", dni.is_valid),
    ("kafka.crm_customer_updates", "payload_after_iban", iban.is_valid),
    ("payments.webhook_deliveries", "consumer_iban", iban.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_dates_of_birth_are_built_then_each_form_parses_to_a_plausible_birth_date(built) -> None:
    days = _values(built, "kafka.crm_customer_updates", "payload_after_birth_date")
    as_dates = [date(1970, 1, 1) + timedelta(days=int(x)) for x in days]
    assert as_dates and _misses(as_dates, lambda d: 1935 <= d.year <= 2008) == 0
    us = [str(x) for x in _values(built, "lake_raw.partner_drop_0042", "col_011")]
    assert us and _misses(us, lambda x: bool(re.fullmatch(r"(0[1-9]|1[0-2])/[0-3][0-9]/(19|20)[0-9]{2}", x))) == 0
    iso = [str(x) for x in _values(built, "segment.identifies", "traits_birthday")]
    assert iso and _misses(iso, lambda x: 1950 <= date.fromisoformat(x).year <= 2008) == 0
    dob = [c for c in _columns(built) if c.kind == "date_of_birth"]
    assert {c.sql_type for c in dob} == {"DATE", "VARCHAR", "INTEGER"}


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    ip_columns = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ip_columns) >= 8
    for column in ip_columns:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}
    gateway = [str(x) for x in _values(built, "payments.webhook_deliveries", "source_ip")]
    assert _misses(gateway, lambda x: bool(ipaddress.ip_address(x))) == 0


#: table -> the region its phone numbers belong to (every other table: the United States)
PHONE_REGIONS = {"kafka.crm_customer_updates": "ES", "chat.transcriptions": "FR"}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 6
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS.get(table.name, "US")
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {"US", "ES", "FR"} <= seen


def test_when_a_column_is_labeled_email_then_every_value_holds_an_address(built) -> None:
    mails = [c for c in _columns(built) if c.kind == "email"]
    assert len(mails) >= 10
    for column in mails:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.search(r"[^@\s<]+@[^@\s>]+\.[a-z]{2,}", x))) == 0, \
            column.name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v32, heldout_v32_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "32"}, module.__name__


def test_when_the_scorer_builds_set_v32_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v32.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v32"].DEFAULT_PATH == Path("/tmp/heldout_v32.duckdb")
