"""Held-out set v89: its size, languages, labels, row counts, NULL and NULL-word shares, legacy extracts (padded CHAR,
numeric dates, phones and postcodes as numbers), opaque custom fields, staff and role words, identifiers with check
digits, phones of each table's region, value-shaped decoys and business columns are the ones asked for, and it is the
same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import iban, luhn
from stdnum.au import abn, tfn
from stdnum.br import cnpj, cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ahv
from stdnum.ch import uid
from stdnum.co import nit
from stdnum.de import idnr
from stdnum.ie import pps
from stdnum.ie import vat as ievat
from stdnum.it import codicefiscale, iva
from stdnum.jp import cn as jpcn
from stdnum.jp import in_ as mynumber
from stdnum.pk import cnic
from stdnum.pl import nip, pesel
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v89, heldout_v89_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "pl", "ja"}
LEGACY = {"PRAIRIEBRK.POLHLDR", "TARHEELPAY.CARDHOLDER_EXTRACT", "sap_bav.ZBAV_ANWAERTER"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v89")
_cells = heldout_support.Cells(heldout_v89.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v89, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert 0.45 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.65
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    assert {"snake", "camel", "pascal", "screaming"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "bank_account", "value_shape",
            "staff", "role_word", "audit", "service_account", "join_key", "opaque", "mixed_kinds", "placeholder",
            "legacy", "staging"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v89.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in (c for c in _columns(built) if c.tags & {"business", "service_account", "join_key", "value_shape"}):
        assert col.kind == "none", col.name
    for col in (c for c in _columns(built) if c.kind == "none"):
        assert col.tags & {"business", "decoy"}, col.name
    for col in (c for c in _columns(built) if c.kind == "unclassified"):
        assert col.tags & {"username", "bank_account"}, col.name
    for col in (c for c in _columns(built) if c.tags & {"username", "bank_account"}):
        assert col.kind == "unclassified", col.name
    for col in (c for c in _columns(built) if c.tags & {"placeholder", "mixed_kinds"}):
        assert col.kind != "none", col.name


def test_when_a_table_is_built_then_it_has_an_opaque_personal_field_next_to_an_opaque_empty_one(built) -> None:
    for table in built:
        opaque = [c for c in table.columns if "opaque" in c.tags]
        assert {c.kind == "none" for c in opaque} == {True, False}, table.name
    mixed = [c for c in _columns(built) if "mixed_kinds" in c.tags]
    assert len(mixed) >= 3 and all(c.kind == "free_text" for c in mixed)
    for col in mixed:
        vals = [str(x) for x in _real(col.values)]
        assert _hits(vals, lambda x: "@" in x) >= 20 and _hits(vals, lambda x: sum(ch.isdigit() for ch in x) >= 8) >= 20
        assert _hits(vals, lambda x: "@" not in x and not any(ch.isdigit() for ch in x)) >= 20


def test_when_the_staging_table_is_built_then_it_has_eighteen_source_numbered_columns(built) -> None:
    names = [c.name for c in heldout_support.table(built, "stg_sindhgold.src_crm_extract").columns]
    assert [n for n in names if n.startswith("src_crm_col")] == [f"src_crm_col{i:02d}" for i in range(1, 19)]


def test_when_a_legacy_extract_is_built_then_its_char_values_are_padded_to_their_width(built) -> None:
    for name in LEGACY:
        table = heldout_support.table(built, name)
        chars = [c for c in table.columns if c.sql_type.startswith("CHAR(")]
        assert len(chars) >= 8, name
        for col in chars:
            width = int(col.sql_type[5:-1])
            assert _misses([x for x in col.values if x is not None], lambda x, w=width: len(x) == w) == 0, col.name
        assert {"legacy"} <= set.intersection(*(set(c.tags) for c in table.columns)), name


def test_when_a_legacy_date_or_number_is_built_then_it_has_the_legacy_shape(built) -> None:
    births = _column(built, "PRAIRIEBRK.POLHLDR", "PHBDT").values
    assert _misses(births, lambda x: 400_101 <= x <= 1_061_231 and 1 <= x // 100 % 100 <= 12) == 0
    births = _column(built, "TARHEELPAY.CARDHOLDER_EXTRACT", "CH-BIRTH-DATE").values
    assert _misses(births, lambda x: date(x // 10_000, x // 100 % 100, x % 100).year >= 1955) == 0
    dats = [x for x in _column(built, "sap_bav.ZBAV_ANWAERTER", "GBDAT").values]
    assert _misses(dats, lambda x: bool(re.fullmatch(r"(19|20)\d{6}", x))) == 0
    for table, name in (("PRAIRIEBRK.POLHLDR", "PHHPHN"), ("TARHEELPAY.CARDHOLDER_EXTRACT", "CH-ZIP"),
                        ("TARHEELPAY.CARDHOLDER_EXTRACT", "CH-HOME-PHONE"), ("PRAIRIEBRK.POLHLDR", "PHSIN")):
        vals = _column(built, table, name).values
        assert all(isinstance(x, int) for x in vals) and 1 <= vals.count(0) <= 0.6 * len(vals), name


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 8 and all(c.kind in PERSON_KINDS for c in role)
    assert {"GROUP_LEADER", "NOME_MAE", "conjoint", "partnerName", "NominatedBeneficiary",
            "nombre_beneficiario"} <= {c.name for c in role}


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 12
    for col in staff:
        assert col.kind == "person_name", col.name
        assert 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_an_audit_column_is_built_then_logins_are_few_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in _columns(built) if "service_account" in c.tags]
    assert len(logins) >= 4 and len(services) >= 5
    for col in logins:
        assert 2 <= len(set(_real(col.values))) <= 8, col.name
    for col in services:
        assert col.kind == "none" and len(set(_real(col.values))) <= 3, col.name


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        assert col.kind != "none", col.name
        assert 0.50 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 4
    for col in heavy:
        assert col.kind != "none", col.name
        assert 0.70 <= sum(_nullish(x) for x in col.values) / len(col.values) <= 0.95, col.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for col in table.columns:
            if not col.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert sum(_nullish(x) for x in col.values) / len(col.values) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 3
    for col in dirty:
        words = [x for x in col.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(col.values), col.name


def _nonzero(values: list) -> list[str]:
    return [str(x) for x in values if x != 0]


#: (table, column, check) for every checksummed identifier column (personal and business)
CHECKED: list[tuple[str, str, object]] = [
    ("lakeshore_cu.member_master", "ssn", ssn.is_valid),
    ("westsuper.MemberAccount", "TaxFileNumber", tfn.is_valid),
    ("westsuper.MemberAccount", "EmployerAbn", abn.is_valid),
    ("PRAIRIEBRK.POLHLDR", "PHSIN", sin.is_valid),
    ("harbourx_kyc.identity_verifications", "ppsn", pps.is_valid),
    ("harbourx_kyc.identity_verifications", "payout_iban", iban.is_valid),
    ("harbourx_kyc.identity_verifications", "corporate_vat", ievat.is_valid),
    ("TARHEELPAY.CARDHOLDER_EXTRACT", "CH-CARD-NBR", luhn.is_valid),
    ("stg_sindhgold.src_crm_extract", "src_crm_col04", cnic.is_valid),
    ("sap_bav.ZBAV_ANWAERTER", "IDNR", idnr.is_valid),
    ("sap_bav.ZBAV_ANWAERTER", "IBAN", iban.is_valid),
    ("courtage_leman.preneursAssurance", "noAvs", ahv.is_valid),
    ("courtage_leman.preneursAssurance", "uidCourtier", uid.is_valid),
    ("courtage_leman.preneursAssurance", "ibanRemboursement", iban.is_valid),
    ("coop_ahorro.asociados", "nit_asociado", nit.is_valid),
    ("coop_ahorro.asociados", "nit_pagadora", nit.is_valid),
    ("quintoplus.PraticheFinanziamento", "CodiceFiscale", codicefiscale.is_valid),
    ("quintoplus.PraticheFinanziamento", "PartitaIvaDatore", iva.is_valid),
    ("quintoplus.PraticheFinanziamento", "IbanAccredito", iban.is_valid),
    ("consignado_sp.TB_PORTADOR_CARTAO", "CPF", cpf.is_valid),
    ("consignado_sp.TB_PORTADOR_CARTAO", "CNPJ_EMPREGADOR", cnpj.is_valid),
    ("consignado_sp.TB_PORTADOR_CARTAO", "NUMERO_CARTAO", luhn.is_valid),
    ("ppk_baltyk.uczestnicy", "pesel", pesel.is_valid),
    ("ppk_baltyk.uczestnicy", "nip_pracodawcy", nip.is_valid),
    ("ppk_baltyk.uczestnicy", "nr_rachunku", iban.is_valid),
    ("kasou_tsuuka.honnin_kakunin", "kojin_bangou", mynumber.is_valid),
    ("kasou_tsuuka.honnin_kakunin", "houjin_bangou", jpcn.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        values = _nonzero(_values(built, table, name))
        assert len(values) >= 20 and _misses(values, check) == 0, f"{table}.{name}"


def test_when_a_decoy_is_shaped_like_a_national_number_then_it_fails_the_check(built) -> None:
    for table, name, check in (("sap_bav.ZBAV_ANWAERTER", "VTRNR", idnr.is_valid),
                               ("stg_sindhgold.src_crm_extract", "src_crm_col15", cnic.is_valid),
                               ("consignado_sp.TB_PORTADOR_CARTAO", "NSU_ULTIMA_TRANSACAO", cpf.is_valid),
                               ("ppk_baltyk.uczestnicy", "numer_umowy", pesel.is_valid)):
        values = [str(x) for x in _values(built, table, name)]
        assert len(values) >= 100 and _hits(values, check) == 0, name
        assert _column(built, table, name).kind == "none"


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (("ppk_baltyk.uczestnicy", "pesel", "data_urodzenia", pesel.get_birth_date),
                                 ("quintoplus.PraticheFinanziamento", "CodiceFiscale", "DataNascita",
                                  codicefiscale.get_birth_date)):
        pairs = list(zip(_column(built, table, idc).values, _column(built, table, dob).values))
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


PHONE_REGIONS = {"lakeshore_cu.member_master": "US", "debtadvice.clientCases": "GB", "westsuper.MemberAccount": "AU",
                 "PRAIRIEBRK.POLHLDR": "CA", "LAGOSMFB.LOAN_CLIENTS": "NG", "harbourx_kyc.identity_verifications": "IE",
                 "TARHEELPAY.CARDHOLDER_EXTRACT": "US", "stg_sindhgold.src_crm_extract": "PK",
                 "sap_bav.ZBAV_ANWAERTER": "DE", "courtage_leman.preneursAssurance": "CH",
                 "coop_ahorro.asociados": "CO", "quintoplus.PraticheFinanziamento": "IT",
                 "consignado_sp.TB_PORTADOR_CARTAO": "BR", "ppk_baltyk.uczestnicy": "PL",
                 "kasou_tsuuka.honnin_kakunin": "JP"}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_in_its_tables_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15
    seen: set[str] = set()
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        values = _nonzero(_real(col.values))
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert set(PHONE_REGIONS.values()) <= seen


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for col in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(col.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, col.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(col.values)], lambda x, p=private: x in p) == 0, col.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v89, heldout_v89_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "89"}, module.__name__


def test_when_the_scorer_builds_set_v89_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v89.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v89"].DEFAULT_PATH == Path("/tmp/heldout_v89.duckdb")
