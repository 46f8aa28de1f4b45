"""Held-out set v92: its size, languages, labels, row counts, NULL shares, opaque and legacy columns, identifiers with
check digits, phone validity, decoys failing their checks and its determinism are the ones asked for (values are only
counted or checked here, never printed).

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
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.au import abn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.fr import siret
from stdnum.jp import cn as jp_cn
from stdnum.kr import brn
from stdnum.mx import curp, rfc
from stdnum.nl import vat as nl_vat
from stdnum.za import idnr as za_idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v92, heldout_v92_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "es", "fr", "ja", "ko", "nl", "pt"}
TABLES = {
    "okta_export.users", "sso.auth_audit", "itsm.incident", "stg_crm.leads_raw", "analytics.tracks",
    "billing.customers", "gateway.ACCESS_LOG", "dwh.DimCustomer", "SAPHR.ZHR_IDM_SYNC", "HOSTMX.SUSCLIP",
    "support_helpdesk.demandes", "チャット.会話履歴", "앱.푸시_기기", "bezorging.bounces", "assinaturas.clientes",
}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v92")
_cells = heldout_support.Cells(heldout_v92.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v92, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert {t.name for t in built} == TABLES
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "unclassified"} <= {c.kind for c in columns}
    assert "unclassified" in {c.kind for c in columns}
    assert {"snake", "camel", "pascal", "screaming", "opaque", "dotted", "title", "sap", "as400"} <= \
        {t.style for t in built}
    assert 0.30 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.55


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v92.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "service_account", "join_key",
                                                           "tokenized", "partial", "json_plain", "credential",
                                                           "user_agent", "hash", "value_shape"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert "username" in column.tags, column.name
    for column in (c for c in _columns(built) if "role_email" in c.tags):
        assert column.kind == "email", column.name


def test_when_the_set_is_built_then_every_table_has_200_to_1500_rows(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 1_500, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 6
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_not_null_heavy_then_less_than_70_percent_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if "null_heavy" not in column.tags:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_has_null_words_then_some_tables_carry_them(built) -> None:
    words = [c for c in _columns(built) if _hits(c.values, lambda x: isinstance(x, str) and _nullish(x)) >= 20]
    assert len(words) >= 2


def test_when_an_opaque_field_is_mixed_then_it_is_free_text_and_holds_phones_emails_and_names(built) -> None:
    mixed = [c for c in _columns(built) if "opaque_mixed" in c.tags]
    assert len(mixed) >= 10 and all(c.kind == "free_text" for c in mixed)
    for column in mixed:
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: "@" in x) >= 20, column.name
        assert _hits(values, lambda x: sum(ch.isdigit() for ch in x) >= 8 and "@" not in x) >= 20, column.name
    plain = [c for c in _columns(built) if "opaque" in c.tags and "opaque_mixed" not in c.tags and c.kind == "none"]
    assert len(plain) >= 6


def test_when_the_staging_table_is_built_then_every_column_is_numbered(built) -> None:
    table = heldout_support.table(built, "stg_crm.leads_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert {"first_name", "last_name", "email", "phone", "street_address", "city", "postal_code",
            "free_text"} <= {c.kind for c in table.columns}


def test_when_a_legacy_extract_is_built_then_char_values_are_padded_and_numbers_are_numbers(built) -> None:
    for name, col in (("SAPHR.ZHR_IDM_SYNC", "NACHN"), ("HOSTMX.SUSCLIP", "SCNOMB")):
        values = [x for x in _column(built, name, col).values if x is not None]
        assert _misses(values, lambda x: isinstance(x, str) and x.endswith(" ")) == 0, col
    dates = _column(built, "SAPHR.ZHR_IDM_SYNC", "GBDAT").values
    assert _misses(dates, lambda x: bool(re.fullmatch(r"(19|20)\d{6}", str(x)))) == 0
    cyymmdd = _column(built, "HOSTMX.SUSCLIP", "SCFNAC").values
    assert _misses(cyymmdd, lambda x: isinstance(x, int) and 0 < x < 1_991_231) == 0
    assert _hits(cyymmdd, lambda x: x >= 1_000_000) >= 5
    for col in ("SCTELE", "SCCPOS", "SCNSS"):
        values = _column(built, "HOSTMX.SUSCLIP", col).values
        assert _misses([x for x in values if x is not None], lambda x: isinstance(x, int)) == 0, col
    assert _hits(_column(built, "HOSTMX.SUSCLIP", "SCTELE").values, lambda x: x == 0) >= 10


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 6
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in _columns(built) if "service_account" in c.tags]
    assert len(logins) >= 3 and len(services) >= 4
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name


def test_when_a_column_holds_json_then_every_document_parses(built) -> None:
    blobs = [c for c in _columns(built) if "json_blob" in c.tags]
    plain = [c for c in _columns(built) if "json_plain" in c.tags]
    assert len(blobs) >= 2 and len(plain) >= 2
    assert all(c.kind == "free_text" for c in blobs)
    for column in blobs + plain:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: isinstance(json.loads(x), dict)) == 0, column.name


def test_when_a_column_is_a_key_token_or_hash_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if c.tags & {"join_key", "tokenized", "hash", "credential"}]
    assert len(keys) >= 35 and all(c.kind == "none" for c in keys)
    hashes = _values(built, "stg_crm.leads_raw", "col18")
    assert _misses(hashes, lambda x: bool(re.fullmatch(r"[0-9a-f]{64}", str(x)))) == 0
    md5 = _values(built, "dwh.DimCustomer", "RowHash")
    assert _misses(md5, lambda x: bool(re.fullmatch(r"[0-9a-f]{32}", str(x)))) == 0


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert len(cut) >= 3 and all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("dwh.DimCustomer", "IdNumber", za_idnr.is_valid),
    ("SAPHR.ZHR_IDM_SYNC", "IDNR", idnr.is_valid),
    ("SAPHR.ZHR_IDM_SYNC", "IBAN", iban.is_valid),
    ("HOSTMX.SUSCLIP", "SCCURP", curp.is_valid),
    ("HOSTMX.SUSCLIP", "SCRFC", rfc.is_valid),
    ("HOSTMX.SUSCLIP", "SCNSS", luhn.is_valid),
    ("HOSTMX.SUSCLIP", "SCTARJ", luhn.is_valid),
    ("assinaturas.clientes", "cpf", cpf.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 50 and _misses(values, check) == 0


def test_when_a_national_id_is_built_then_it_encodes_the_birth_date_of_its_row(built) -> None:
    rows = zip(_column(built, "dwh.DimCustomer", "IdNumber").values,
               _column(built, "dwh.DimCustomer", "BirthDate").values, strict=True)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: za_idnr.get_birth_date(r[0]) == r[1]) == 0
    rows = zip(_column(built, "HOSTMX.SUSCLIP", "SCCURP").values,
               _column(built, "HOSTMX.SUSCLIP", "SCFNAC").values, strict=True)
    pairs = [(p.strip(), d) for p, d in rows if p is not None]
    assert len(pairs) >= 100
    assert _misses(pairs, lambda r: curp.get_birth_date(r[0]).strftime("%y%m%d") == f"{r[1] % 1_000_000:06d}") == 0


#: (table, column, check) for business identifiers: they pass their own check and are none
BUSINESS: list[tuple[str, str, object]] = [
    ("stg_crm.leads_raw", "col07", abn.is_valid),
    ("billing.customers", "Tax ID", luhn.is_valid),
    ("support_helpdesk.demandes", "siret_client", siret.is_valid),
    ("チャット.会話履歴", "法人番号", jp_cn.is_valid),
    ("앱.푸시_기기", "사업자등록번호", brn.is_valid),
    ("bezorging.bounces", "klant_btw", nl_vat.is_valid),
    ("assinaturas.clientes", "cnpjEmpresa", cnpj.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), BUSINESS, ids=[f"{t}.{c}" for t, c, _ in BUSINESS])
def test_when_a_business_identifier_is_built_then_it_passes_its_check_and_is_none(built, table, column,
                                                                                 check) -> None:
    assert _column(built, table, column).kind == "none"
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 1 and _misses(values, check) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_that_check(built) -> None:
    for table, col, check in (("HOSTMX.SUSCLIP", "SCFOLI", curp.is_valid),
                              ("dwh.DimCustomer", "LoyaltyNo", za_idnr.is_valid),
                              ("assinaturas.clientes", "numeroPedido", cpf.is_valid)):
        values = [str(x) for x in _values(built, table, col)]
        assert _column(built, table, col).kind == "none"
        assert len(values) >= 100 and _hits(values, check) == 0, col
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
PHONE_REGIONS = {
    "okta_export.users": "US", "itsm.incident": "GB", "stg_crm.leads_raw": "AU", "billing.customers": "CA",
    "dwh.DimCustomer": "ZA", "SAPHR.ZHR_IDM_SYNC": "DE", "HOSTMX.SUSCLIP": "MX", "support_helpdesk.demandes": "FR",
    "チャット.会話履歴": "JP", "앱.푸시_기기": "KR", "bezorging.bounces": "NL", "assinaturas.clientes": "BR",
}


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 12
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values) if not _nullish(str(x))]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        assert _misses(values, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{column.name}"


def test_when_a_column_is_labeled_email_then_every_value_holds_an_address(built) -> None:
    for column in (c for c in _columns(built) if c.kind == "email"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", x))) == 0, \
            column.name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_non_latin_tables_are_built_then_their_names_and_values_use_their_scripts(built) -> None:
    ja = heldout_support.table(built, "チャット.会話履歴")
    ko = heldout_support.table(built, "앱.푸시_기기")
    names = [str(x) for x in _real(_column(built, "チャット.会話履歴", "顧客名").values)]
    assert _misses(names, lambda x: any("\u4e00" <= ch <= "\u9fff" for ch in x)) == 0
    kana = [str(x) for x in _real(_column(built, "チャット.会話履歴", "顧客名カナ").values)]
    assert _misses(kana, lambda x: any("\u30a0" <= ch <= "\u30ff" for ch in x)) == 0
    hangul = [str(x) for x in _real(_column(built, "앱.푸시_기기", "회원명").values)]
    assert _misses(hangul, lambda x: all("\uac00" <= ch <= "\ud7a3" for ch in x)) == 0
    assert ja.language == "ja" and ko.language == "ko"


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v92, heldout_v92_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "92"}, module.__name__


def test_when_the_docstring_is_read_then_it_states_blind_and_the_deadline() -> None:
    doc = heldout_v92.__doc__ or ""
    assert "blind" in doc and "v2 to v89" in doc and "short deadline" in doc
    assert "Labeling choices a reader may question" in doc


def test_when_the_scorer_builds_set_v92_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v92.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v92"].DEFAULT_PATH == Path("/tmp/heldout_v92.duckdb")
