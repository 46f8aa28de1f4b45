"""The held-out set v4: what it promises about its data (size, languages, labels, valid identifiers)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2, heldout_v2_accuracy, heldout_v3, heldout_v4
from governance_dagster.kinds import Kind

LANGUAGES = {"en", "sk", "sl", "hr", "sr", "lt", "lv", "et", "is", "uk", "he", "ar", "zh", "th", "id", "vi", "sw",
             "es"}


@pytest.fixture(scope="module")
def built() -> list[heldout_v4.Table]:
    return heldout_v4.tables()


def _values(built: list[heldout_v4.Table], table: str, column: str) -> list[object]:
    return next(c for t in built if t.name == table for c in t.columns if c.name == column).values


def test_when_the_set_is_built_twice_then_every_value_is_the_same(built) -> None:
    again = heldout_v4.tables()
    assert [(t.name, [(c.name, c.kind, c.values) for c in t.columns]) for t in built] == \
        [(t.name, [(c.name, c.kind, c.values) for c in t.columns]) for t in again]


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = [c for t in built for c in t.columns]
    assert len(built) >= 12 and len(columns) >= 220
    assert LANGUAGES <= {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind} - {Kind.UNCLASSIFIED.value}
    assert all(c.kind == "none" for c in columns if "business" in c.tags or "decoy" in c.tags)
    assert all(len(c.values) == heldout_v4.ROWS for c in columns)
    assert sum("business" in c.tags for c in columns) >= 10 and sum("decoy" in c.tags for c in columns) >= 60


def test_when_compared_with_v2_and_v3_then_no_table_name_is_shared(built) -> None:
    names = {t.name for t in built}
    assert not names & ({t.name for t in heldout_v2.tables()} | {t.name for t in heldout_v3.tables()})


def test_when_a_column_is_tagged_null_heavy_then_80_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for t in built for c in t.columns if "null_heavy" in c.tags]
    assert len(heavy) >= 8
    for column in heavy:
        share = sum(v is None for v in column.values) / len(column.values)
        assert 0.75 <= share <= 0.97, (column.name, share)
        assert column.kind != "none"


@pytest.mark.parametrize(("table", "column", "validate"), [
    ("airline.passenger_pnr", "ahv_nr", "stdnum.ch.ssn"),
    ("hotel.gostje", "emso", "stdnum.si.emso"),
    ("hotel.gostje", "ddv_stevilka", "stdnum.si.ddv"),
    ("eshop.vratenieTovaru", "ibanNaVratenie", "stdnum.iban"),
    ("teretana.Clanovi", "OIB", "stdnum.hr.oib"),
    ("energija.SKAITIKLIAI", "ASMENS_KODAS", "stdnum.lt.asmens"),
    ("energija.SKAITIKLIAI", "TIEKEJO_PVM_KODAS", "stdnum.lt.pvm"),
    ("sud.storony_spravy", "рнокпп", "stdnum.ua.rntrc"),
    ("sud.storony_spravy", "єдрпоу_відповідача", "stdnum.ua.edrpou"),
    ("pharm.מרשמים", "תעודת_זהות", "stdnum.il.idnr"),
    ("rental.penyewa_mobil", "nik", "stdnum.id.nik"),
    ("haskoli.alumni", "kennitala", "stdnum.is_.kennitala"),
    ("heategevus.annetajad", "isikukood", "stdnum.ee.ik"),
    ("heategevus.annetajad", "pangakonto", "stdnum.iban"),
    ("heategevus.annetajad", "luTvaPartner", "stdnum.lu.tva"),
    ("fangchan.租户", "身份证号", "stdnum.cn.ric"),
    ("ride.คนขับ", "เลขประจำตัวประชาชน", "stdnum.th.pin"),
    ("riders.abiria_mix", "personas_kods", "stdnum.lv.pvn"),
    ("riders.abiria_mix", "cuit_titular", "stdnum.ar.cuit"),
    ("riders.abiria_mix", "cuit_empresa", "stdnum.ar.cuit"),
    ("riders.abiria_mix", "nit_proveedor", "stdnum.co.nit"),
    ("riders.abiria_mix", "cedula_ec", "stdnum.ec.ci"),
    ("riders.abiria_mix", "cui_pe", "stdnum.pe.cui"),
    ("riders.abiria_mix", "rut_empresa_uy", "stdnum.uy.rut"),
    ("raw.src_alm_export", "src_alm_c04", "stdnum.au.tfn"),
    ("raw.src_alm_export", "src_alm_c05", "stdnum.nz.ird"),
    ("raw.src_alm_export", "f_a1", "stdnum.luhn"),
    ("raw.src_alm_export", "f_a4", "stdnum.ch.vat"),
])
def test_when_an_identifier_is_generated_then_it_passes_its_checksum(built, table, column, validate) -> None:
    module = __import__(validate, fromlist=["is_valid"])
    values = [v for v in _values(built, table, column) if v is not None]
    assert values and all(module.is_valid(v) for v in values)


@pytest.mark.parametrize(("table", "column"), [
    ("airline.passenger_pnr", "ctc_mob"), ("hotel.gostje", "telefon"), ("teretana.Clanovi", "Mobitel"),
    ("energija.SKAITIKLIAI", "TEL_NR"), ("sud.storony_spravy", "телефон"), ("haskoli.alumni", "simi"),
    ("ride.คนขับ", "เบอร์โทร"), ("riders.abiria_mix", "رقم_الهاتف"), ("raw.src_alm_export", "src_alm_c07"),
])
def test_when_a_personal_phone_is_generated_then_phonenumbers_finds_it_valid(built, table, column) -> None:
    import phonenumbers

    region = {"hotel.gostje": "SI", "teretana.Clanovi": "HR", "haskoli.alumni": "IS", "ride.คนขับ": "TH"}.get(table)
    values = [v for v in _values(built, table, column) if v is not None]
    assert values and all(phonenumbers.is_valid_number(phonenumbers.parse(v, region)) for v in values)


def test_when_the_scorer_is_asked_for_v4_then_it_builds_v4(tmp_path) -> None:
    built = heldout_v2_accuracy.SETS["v4"].build(tmp_path / "v4.duckdb")
    assert heldout_v4.summary(built).startswith(f"{len(built)} tables")
