"""Held-out set v95: its size, languages, labels, row counts, NULL and NULL-word shares, check digits of identifiers,
phone validity, decoys failing their checks and determinism are the ones asked for (values are only counted or checked
here, never printed).

Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban
from stdnum.br import cpf
from stdnum.de import idnr
from stdnum.id import nik, npwp
from stdnum.in_ import aadhaar, pan
from stdnum.ke import pin
from stdnum.mx import curp, rfc
from stdnum.pl import nip, pesel
from stdnum.tr import tckimlik
from stdnum.us import ein, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v95, heldout_v95_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "es", "pt", "pl", "tr", "ja", "id"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v95")
_cells = heldout_support.Cells(heldout_v95.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v95, built) == []


def test_when_the_set_is_built_then_it_has_the_size_and_languages_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert len({t.name.split(".")[0] for t in built}) == 15


def test_when_columns_are_labeled_then_every_kind_is_known(built) -> None:
    columns = _columns(built)
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"email", "phone", "ssn", "national_id", "iban", "ip_address", "street_address", "postal_code", "city",
            "date_of_birth", "free_text", "person_name", "first_name", "last_name", "unclassified"} <= {
        c.kind for c in columns}
    labels = heldout_v95.labels(built)
    assert sum(len(x) for x in labels.values()) == len(columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in _columns(built):
        if column.tags & {"business", "decoy", "join_key", "tokenized", "partial", "service_account", "rating"}:
            assert column.kind == "none", column.name
        if column.kind == "none":
            assert column.tags & {"business", "decoy"}, column.name
        if column.kind == "unclassified":
            assert column.tags & {"username", "bank_account"}, column.name
        if "mixed_kinds" in column.tags:
            assert column.kind == "free_text", column.name


def test_when_the_set_is_built_then_every_table_has_200_to_1500_rows(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 1_500, table.name


def test_when_a_column_is_null_heavy_then_50_to_95_percent_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 5
    for column in heavy:
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_nullword_heavy_then_70_to_95_percent_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 3
    for column in heavy:
        assert 0.70 <= sum(_nullish(x) for x in column.values) / len(column.values) <= 0.95, column.name


def test_when_a_column_is_not_null_heavy_then_less_than_70_percent_is_null(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"


def test_when_a_column_is_staff_then_it_has_2_to_8_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 3
    for column in staff:
        assert column.kind in PERSON_KINDS and 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_role_words_are_used_then_they_hold_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 12 and all(c.kind != "none" for c in role)


CHECKED = [
    ("gigmarket_kyc.seller_accounts", "w9_ssn", ssn.is_valid),
    ("gigmarket_kyc.seller_accounts", "w9_ein", ein.is_valid),
    ("taskerHub.taskerProfiles", "kraPin", pin.is_valid),
    ("CREATORPAY.PAYOUT_RECIPIENTS", "FOREIGN_TIN", idnr.is_valid),
    ("CREATORPAY.PAYOUT_RECIPIENTS", "PAYOUT_IBAN", iban.is_valid),
    ("tutr_mkt.ttr_profiles", "ttr_pan", pan.is_valid),
    ("tutr_mkt.ttr_profiles", "ttr_aadhaar_no", aadhaar.is_valid),
    ("stg_shiftly.raw_shift_workers", "col04", ssn.is_valid),
    ("DLVRLIB.NR1099P", "NRTIN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("SAPMM.ZUEB_UEBERSETZER", "ZZSTEUERID", idnr.is_valid),
    ("SAPMM.ZUEB_UEBERSETZER", "IBAN", iban.is_valid),
    ("onboarding_conductores.solicitudes", "curp", curp.is_valid),
    ("onboarding_conductores.solicitudes", "rfc", rfc.is_valid),
    ("entregas.entregadoresCadastro", "cpf", cpf.is_valid),
    ("zlota_raczka.zlecenia", "fachowiec_pesel", pesel.is_valid),
    ("zlota_raczka.zlecenia", "fachowiec_nip", nip.is_valid),
    ("zlota_raczka.zlecenia", "iban_wyplaty", iban.is_valid),
    ("patidost.bakiciRezervasyonlari", "bakiciTcKimlikNo", tckimlik.is_valid),
    ("patidost.bakiciRezervasyonlari", "bakiciIban", iban.is_valid),
    ("desainku.pencairan_dana", "nik", nik.is_valid),
    ("desainku.pencairan_dana", "npwp", npwp.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (("zlota_raczka.zlecenia", "fachowiec_pesel", "fachowiec_data_urodzenia",
                                  pesel.get_birth_date),
                                 ("desainku.pencairan_dana", "nik", "tanggal_lahir", nik.get_birth_date),
                                 ("onboarding_conductores.solicitudes", "curp", "fecha_nacimiento",
                                  curp.get_birth_date)):
        rows = [(p, d) for p, d in zip(_column(built, table, idc).values, _column(built, table, dob).values)
                if p is not None]
        assert len(rows) >= 100 and _misses(rows, lambda r, f=get: f(r[0]) == r[1]) == 0, table


DECOYS = [
    ("gigmarket_kyc.seller_accounts", "order_reference", ssn.is_valid),
    ("onboarding_conductores.solicitudes", "folio_tramite", curp.is_valid),
    ("entregas.entregadoresCadastro", "codigoPedido", cpf.is_valid),
    ("zlota_raczka.zlecenia", "numer_sprawy", pesel.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), DECOYS, ids=[f"{t}.{c}" for t, c, _ in DECOYS])
def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_the_check(built, table, column, check) -> None:
    assert _column(built, table, column).kind == "none"
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 100 and sum(bool(check(x)) for x in values) == 0


REGIONS = {"TalentDesk.TalentRoster": "GB", "taskerHub.taskerProfiles": "KE", "tutr_mkt.ttr_profiles": "IN",
           "va_market.contracts": "PH", "SAPMM.ZUEB_UEBERSETZER": "DE", "onboarding_conductores.solicitudes": "MX",
           "entregas.entregadoresCadastro": "BR", "zlota_raczka.zlecenia": "PL",
           "patidost.bakiciRezervasyonlari": "TR", "ファンクラブ.会員名簿": "JP", "desainku.pencairan_dana": "ID"}


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 14
    for table, column in phones:
        region = REGIONS.get(table.name, "US")
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, column.name


def test_when_a_column_is_labeled_ip_address_then_every_value_parses(built) -> None:
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name


def test_when_a_column_is_mixed_then_it_holds_phones_emails_and_names(built) -> None:
    mixed = [c for c in _columns(built) if "mixed_kinds" in c.tags]
    assert len(mixed) >= 4
    for column in mixed:
        values = [str(x) for x in _real(column.values)]
        assert sum("@" in x for x in values) >= 20, column.name
        assert sum(bool(re.fullmatch(r"\+[0-9 ()-]+", x)) for x in values) >= 20, column.name


def test_when_a_legacy_extract_is_built_then_it_has_padding_and_numeric_dates(built) -> None:
    legacy = [c for c in _columns(built) if "legacy" in c.tags]
    assert len(legacy) >= 25
    padded = [c for c in legacy if "padded" in c.tags]
    assert padded and all(any(isinstance(x, str) and x != x.rstrip() for x in c.values) for c in padded)
    dates = _column(built, "DLVRLIB.NR1099P", "NRBRDT").values
    assert _misses(dates, lambda x: isinstance(x, int) and 1 <= x % 100 <= 31 and 1 <= x % 10_000 // 100 <= 12) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert sum(str(x) in private for x in _real(column.values)) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v95, heldout_v95_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "95"}, module.__name__


def test_when_the_scorer_builds_set_v95_then_the_file_holds_every_table(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v95.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v95"].DEFAULT_PATH == Path("/tmp/heldout_v95.duckdb")
