"""Held-out set v65: its size, domains (social networks, dating, forums, messaging, creators, Q&A moderation, game
chat reports, photo sharing, newsletters, online events), languages and scripts, labels, row counts, NULL and NULL-word
shares, join keys, credentials and device tokens, handles, placeholders, JSON in cells, opaque and source-prefixed
custom fields, mixed-kind columns, EXIF fields, coordinates, audit logins and service accounts, identifiers' check
digits, phones' validity, check-digit and value-shaped decoys and misleading names are the ones asked for, and it is
the same on every build (values are only counted or checked here, never printed).

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
from stdnum import iban, imei, luhn
from stdnum.au import abn
from stdnum.br import cnpj, cpf
from stdnum.es import cif, dni, nie
from stdnum.es import postal_code as es_postal_code
from stdnum.gb import vat as gb_vat
from stdnum.jp import cn as jp_cn
from stdnum.kr import brn
from stdnum.ru import inn
from stdnum.us import rtn, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v65, heldout_v65_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: nine English tables, and Brazilian Portuguese, Japanese, Korean, German, Russian, Spanish
LANGUAGES = {"en", "pt", "ja", "ko", "de", "ru", "es"}

#: every table of the set: one system and one organisation each
TABLES = {
    "heartline.match_events",
    "ridgeline_forum.xf_post",
    "chatwire.contact_uploads",
    "orbit.friendships",
    "fanvault_api.creatorPayouts",
    "ASKHUB.MOD_LOG",
    "TrustSafety.ChatReports",
    "lumenshare.uploads",
    "inkwell.subscribers",
    "vizinhanca_bh.moradoresVerificados",
    "マッチング.会員プロフィール",
    "커뮤니티.회원정보",
    "fediverse_instanz.Konten",
    "мессенджер.метаданные_сообщений",
    "eventos_online.asistentes",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v65")
_cells = heldout_support.Cells(heldout_v65.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _table(built, name: str):
    return heldout_support.table(built, name)


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v65, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 400 <= len(columns) <= 480
    assert all(24 <= len(t.columns) <= 34 for t in built)
    assert 0.33 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.50
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 9
    assert all(sum(t.language == lang for t in built) == 1 for lang in LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {
        "decoy",
        "business",
        "null_heavy",
        "nullword_heavy",
        "abbrev",
        "username",
        "value_shape",
        "misleading",
        "staff",
        "audit",
        "role_word",
        "service_account",
        "join_key",
        "role_email",
        "multi_value",
        "json_blob",
        "json_plain",
        "placeholder",
        "tokenized",
        "partial",
        "credential",
        "user_agent",
        "opaque",
        "source_prefix",
        "mixed_kinds",
        "coordinates",
        "check_digit",
        "product_name",
        "handle",
        "exif",
        "engagement_count",
        "device_token",
        "hashed",
        "profile_field",
    } <= tags
    assert {"snake", "camel", "pascal", "screaming", "native"} == {t.style for t in built}


def test_when_column_names_are_in_other_scripts_then_they_are_written_in_those_scripts(built) -> None:
    scripts = {"ja": r"[\u3040-\u30ff\u4e00-\u9fff]", "ko": r"[\uac00-\ud7a3]", "ru": r"[\u0400-\u04ff]"}
    for table in built:
        if table.language in scripts:
            names = [c.name for c in table.columns]
            assert _hits(names, lambda x, p=scripts[table.language]: bool(re.search(p, x))) >= 0.8 * len(names), (
                table.language
            )


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v65.labels(built)
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
            "tokenized",
            "partial",
            "json_plain",
            "credential",
            "user_agent",
            "coordinates",
            "check_digit",
            "product_name",
            "engagement_count",
            "device_token",
            "hashed",
        }
    ):
        assert column.kind == "none", column.name
    for column in (c for c in columns if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in columns if "username" in c.tags):
        assert column.kind == "unclassified", column.name
    for column in (c for c in columns if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in columns if "role_email" in c.tags):
        assert column.kind == "email", column.name
    for column in (c for c in columns if c.tags & {"placeholder"}):
        assert column.kind != "none", column.name
    for column in (c for c in columns if c.tags & {"mixed_kinds", "json_blob"}):
        assert column.kind == "free_text", column.name
    for tag in ("opaque", "source_prefix", "exif", "profile_field"):
        assert len({c.kind == "none" for c in columns if tag in c.tags}) == 2, tag
    assert {c.kind for c in columns if "handle" in c.tags} == {"unclassified", "first_name"}


def test_when_a_column_is_a_join_key_or_a_credential_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 30 and all(c.kind == "none" for c in keys)
    assert {
        "match_id",
        "post_id",
        "owner_user_id",
        "edge_id",
        "creatorId",
        "MOD_ACTION_ID",
        "ReportGuid",
        "upload_id",
        "subscriber_id",
        "idMorador",
        "会員ID",
        "회원번호",
        "KontoId",
        "ид_сообщения",
        "id_asistente",
    } <= {c.name for c in keys}
    creds = {c.name for c in _columns(built) if "credential" in c.tags}
    assert {
        "senhaHash",
        "tokenDispositivo",
        "デバイストークン",
        "비밀번호",
        "본인인증CI",
        "PasswortHash",
        "enlace_acceso",
    } <= creds
    for table, name, shape in (
        ("vizinhanca_bh.moradoresVerificados", "senhaHash", r"\$2b\$12\$[./A-Za-z0-9]{53}"),
        ("fediverse_instanz.Konten", "PasswortHash", r"\$2b\$12\$[./A-Za-z0-9]{53}"),
        ("커뮤니티.회원정보", "비밀번호", r"sha256:12000:[A-Za-z0-9+/]{32}:[A-Za-z0-9+/]{32}"),
        ("マッチング.会員プロフィール", "デバイストークン", r"[0-9a-f]{64}"),
        ("TrustSafety.ChatReports", "ReportedHwidHash", r"[0-9a-f]{64}"),
        ("lumenshare.uploads", "file_sha256", r"[0-9a-f]{64}"),
        ("chatwire.contact_uploads", "phone_1_sha256", r"[0-9a-f]{64}"),
    ):
        values = _values(built, table, name)
        assert values and _misses(values, lambda x, s=shape: bool(re.fullmatch(s, str(x)))) == 0, name
    tokens = _values(built, "vizinhanca_bh.moradoresVerificados", "tokenDispositivo")
    assert (
        _misses(
            tokens, lambda x: bool(re.fullmatch(r"[0-9a-f]{64}|[-_A-Za-z0-9]{22}:APA91b[-_A-Za-z0-9]{134}", str(x)))
        )
        == 0
    )
    assert _hits(tokens, lambda x: ":APA91b" in str(x)) >= 50


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert {"bankAcctLast4", "card_last4", "カード下4桁"} <= {c.name for c in cut} and all(
        c.kind == "none" for c in cut
    )
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 2
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 3 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_names_mislead_then_the_column_holds_what_its_label_says(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert misleading == {"source_handle": "email", "name": "none", "адрес": "ip_address"}
    assert _misses(_values(built, "orbit.friendships", "source_handle"), lambda x: "@" in str(x)) == 0
    addresses = _values(built, "мессенджер.метаданные_сообщений", "адрес")
    assert _misses(addresses, lambda x: bool(ipaddress.ip_address(str(x)))) == 0
    products = _values(built, "fanvault_api.creatorPayouts", "name")
    assert _hits(products, lambda x: "@" in str(x) or any(ch.isdigit() for ch in str(x)[:3])) == 0


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 10 and all(c.kind in PERSON_KINDS | {"phone"} for c in role)
    assert {
        "safety_share_contact_name",
        "moderator",
        "addressee_full_name",
        "requester_partner_name",
        "kycReviewer",
        "ReviewerName",
        "gift_sender_name",
        "moderadorResponsavel",
        "担当者",
        "ponente",
    } <= {c.name for c in role}
    assert {"udf_03", "GuardianEmail", "referred_by_email"} <= {
        c.name for c in _columns(built) if "role_email" in c.tags
    }


def test_when_a_cell_holds_several_handles_then_some_cells_hold_a_separator(built) -> None:
    multi = [c for c in _columns(built) if "multi_value" in c.tags]
    assert {c.name for c in multi} == {"quoted_usernames", "tagged_handles"}
    for column in multi:
        values = [str(x) for x in _real(column.values)]
        assert column.kind == "unclassified" and _hits(values, lambda x: ", " in x) >= 20, column.name


def test_when_a_column_holds_json_then_every_document_parses(built) -> None:
    blobs = [c for c in _columns(built) if "json_blob" in c.tags]
    plain = [c for c in _columns(built) if "json_plain" in c.tags]
    assert len(blobs) >= 1 and len(plain) >= 1
    for column in blobs + plain:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: isinstance(json.loads(x), (dict, list))) == 0, column.name
    fields = [json.loads(x) for x in _values(built, "fediverse_instanz.Konten", "ProfilfelderJson")]
    assert _hits(fields, lambda doc: any(f["name"] in {"Signal", "Wohnort"} for f in doc)) >= 100


def test_when_a_column_mixes_kinds_then_rows_hold_phones_emails_and_names(built) -> None:
    mixed = [c for c in _columns(built) if "mixed_kinds" in c.tags]
    assert {c.name for c in mixed} == {"src_crm_col17", "chavePix"}
    for column in mixed:
        values = [str(x) for x in _real(column.values)]
        kinds = {"@" if "@" in x else "+" if x.startswith("+") or x[:1] == "0" else "other" for x in values}
        assert len(kinds) == 3 and len(values) >= 100, column.name


def test_when_coordinates_or_exif_are_built_then_they_are_in_range_and_none(built) -> None:
    coords = [c for c in _columns(built) if "coordinates" in c.tags]
    assert len(coords) == 6 and all(c.kind == "none" and c.sql_type == "DOUBLE" for c in coords)
    for column in coords:
        values = [float(x) for x in _real(column.values)]
        bound = 90 if "lat" in column.name else 180
        assert values and _misses(values, lambda x, b=bound: -b <= x <= b) == 0, column.name
    taken = _values(built, "lumenshare.uploads", "exif_datetime_original")
    assert taken and _misses(taken, lambda x: bool(re.fullmatch(r"\d{4}:\d\d:\d\d \d\d:\d\d:\d\d", str(x)))) == 0
    exif = {c.name: c.kind for c in _columns(built) if "exif" in c.tags}
    assert exif["exif_artist"] == exif["exif_copyright"] == "person_name" and len(exif) >= 10


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 3 and len(services) >= 2
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name


def test_when_the_set_is_built_then_every_table_has_200_to_600_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 600, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 25
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 4
    for column in heavy:
        assert column.kind != "none", column.name
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95 and _null_share(column) == 0, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, (
                    f"{table.name}.{column.name}"
                )


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 7
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert PERSON_KINDS == {c.kind for c in staff}


def _es_person(x: object) -> bool:
    return dni.is_valid(str(x)) or nie.is_valid(str(x))


#: (table, column, check) for every checksummed personal identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("fanvault_api.creatorPayouts", "tin", ssn.is_valid),
    ("vizinhanca_bh.moradoresVerificados", "cpf", cpf.is_valid),
    ("マッチング.会員プロフィール", "決済カード番号", luhn.is_valid),
    ("fediverse_instanz.Konten", "Iban", iban.is_valid),
    ("eventos_online.asistentes", "nif_factura", _es_person),
    ("eventos_online.asistentes", "iban_reembolso", iban.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_japanese_licence_number_is_built_then_it_has_twelve_digits(built) -> None:
    values = [str(x) for x in _values(built, "マッチング.会員プロフィール", "確認書類番号")]
    assert len(values) >= 50 and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{12}", x))) == 0


#: (table, column, check) for every decoy with a check digit (a business's or a device's number: ``none``)
DECOYS: list[tuple[str, str, object]] = [
    ("fanvault_api.creatorPayouts", "bankRoutingNumber", rtn.is_valid),
    ("ASKHUB.MOD_LOG", "SITE_OPERATOR_ABN", abn.is_valid),
    ("inkwell.subscribers", "publication_vat_no", gb_vat.is_valid),
    ("vizinhanca_bh.moradoresVerificados", "comercioCnpj", cnpj.is_valid),
    ("マッチング.会員プロフィール", "運営会社法人番号", jp_cn.is_valid),
    ("커뮤니티.회원정보", "광고주사업자번호", lambda x: brn.is_valid(x) and heldout_v65_values.kr_brn_ok(x)),
    ("мессенджер.метаданные_сообщений", "инн_оператора", inn.is_valid),
    ("мессенджер.метаданные_сообщений", "imei_устройства", imei.is_valid),
    ("eventos_online.asistentes", "cif_organizador", cif.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), DECOYS, ids=[f"{t}.{c}" for t, c, _ in DECOYS])
def test_when_a_decoy_has_a_check_digit_then_every_value_passes_it_and_it_is_none(built, table, column, check) -> None:
    col = _column(built, table, column)
    values = [str(x) for x in _real(col.values)]
    assert col.kind == "none" and "check_digit" in col.tags
    assert len(values) >= 20 and _misses(values, check) == 0
    assert {c.name for c in _columns(built) if "check_digit" in c.tags} == {name for _, name, _ in DECOYS}


def test_when_a_decoy_is_value_shaped_then_it_is_none_and_there_are_many(built) -> None:
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)
    agents = [c for c in _columns(built) if "user_agent" in c.tags]
    for column in agents:
        values = _real(column.values)
        assert values and _misses(values, lambda x: str(x).startswith(("Mozilla/5.0", "Lumenshare/"))) == 0


def test_when_a_postal_code_is_built_then_it_has_its_countrys_shape(built) -> None:
    shapes = [
        ("fanvault_api.creatorPayouts", "w9Zip", r"[0-9]{5}"),
        ("inkwell.subscribers", "billing_postcode", r"[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}"),
        ("chatwire.contact_uploads", "contact_postal_code", r"[A-Z][0-9][A-Z] [0-9][A-Z][0-9]"),
        ("vizinhanca_bh.moradoresVerificados", "cep", r"[0-9]{5}-[0-9]{3}"),
        ("커뮤니티.회원정보", "우편번호", r"[0-9]{5}"),
        ("fediverse_instanz.Konten", "MitgliedPlz", r"[0-9]{5}"),
        ("eventos_online.asistentes", "codigo_postal", r"[0-9]{5}"),
    ]
    for table, name, shape in shapes:
        values = [str(x) for x in _values(built, table, name)]
        assert len(values) >= 30 and _misses(values, lambda x, s=shape: bool(re.fullmatch(s, x))) == 0, name
    assert _misses(_values(built, "eventos_online.asistentes", "codigo_postal"), es_postal_code.is_valid) == 0


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 15
    for column in ips:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the region its national phone numbers belong to (every other table: the United States)
PHONE_REGIONS = {
    "ridgeline_forum.xf_post": "GB",
    "chatwire.contact_uploads": "CA",
    "ASKHUB.MOD_LOG": "AU",
    "inkwell.subscribers": "GB",
    "vizinhanca_bh.moradoresVerificados": "BR",
    "マッチング.会員プロフィール": "JP",
    "커뮤니티.회원정보": "KR",
    "fediverse_instanz.Konten": "DE",
    "мессенджер.метаданные_сообщений": "RU",
    "eventos_online.asistentes": "ES",
}


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 12
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS.get(table.name, "US")
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {"US", "CA", "GB", "BR", "JP", "KR", "RU", "ES", "IN", "PH"} <= seen


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v65, heldout_v65_values):
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
        assert earlier <= {"2", "4", "65"}, module.__name__


def test_when_the_scorer_builds_set_v65_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v65.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v65"].DEFAULT_PATH == Path("/tmp/heldout_v65.duckdb")
