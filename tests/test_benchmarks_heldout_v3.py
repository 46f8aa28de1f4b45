"""The held-out set v3: what it promises about its data (size, languages, labels, valid identifiers)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2, heldout_v2_accuracy, heldout_v3
from governance_dagster.kinds import Kind

LANGUAGES = {"en", "de", "fr", "es", "pt", "nl", "it", "pl", "sv", "da", "cs", "tr", "ja", "ja-romaji", "bg", "el",
             "ko", "no", "fi", "ro", "hu"}


@pytest.fixture(scope="module")
def built() -> list[heldout_v3.Table]:
    return heldout_v3.tables()


def test_when_the_set_is_built_twice_then_every_value_is_the_same(built) -> None:
    again = heldout_v3.tables()
    assert [(t.name, [(c.name, c.kind, c.values) for c in t.columns]) for t in built] == \
        [(t.name, [(c.name, c.kind, c.values) for c in t.columns]) for t in again]


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = [c for t in built for c in t.columns]
    assert len(built) >= 12 and len(columns) >= 220
    assert LANGUAGES <= {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind} - {Kind.UNCLASSIFIED.value}
    assert all(c.kind == "none" for c in columns if "business" in c.tags or "decoy" in c.tags)
    assert all(len(c.values) == heldout_v3.ROWS for c in columns)


def test_when_compared_with_v2_then_no_table_name_is_shared(built) -> None:
    assert not {t.name for t in built} & {t.name for t in heldout_v2.tables()}


def test_when_a_column_is_tagged_null_heavy_then_80_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for t in built for c in t.columns if "null_heavy" in c.tags]
    assert len(heavy) >= 8
    for column in heavy:
        share = sum(v is None for v in column.values) / len(column.values)
        assert 0.75 <= share <= 0.97, (column.name, share)
        assert column.kind != "none"


@pytest.mark.parametrize(("table", "column", "validate"), [
    ("hospital.potilas_sisaantulo", "henkilotunnus", "stdnum.fi.hetu"),
    ("hr.lonnsregister", "fodselsnummer", "stdnum.no.fodselsnummer"),
    ("telecom.ABONATI", "CNP", "stdnum.ro.cnp"),
    ("telecom.ABONATI", "IMEI", "stdnum.imei"),
    ("seguros.sinistros", "nif_segurado", "stdnum.pt.nif"),
    ("seguros.sinistros", "num_cc", "stdnum.pt.cc"),
    ("allocations.beneficiaires", "numero_registre_national", "stdnum.be.nn"),
    ("marketplace.Vendedores", "CurpTitular", "stdnum.mx.curp"),
    ("marketplace.구매자", "주민등록번호", "stdnum.kr.rrn"),
    ("clinica.citas", "pac_rut", "stdnum.cl.rut"),
    ("clinica.citas", "nro_boleta", "stdnum.luhn"),
    ("bank.KundenKyc", "SvNummer", "stdnum.at.vnr"),
    ("bank.KundenKyc", "Iban", "stdnum.iban"),
    ("raw.stg_sf_contact", "stg_sf_c042", "stdnum.ie.pps"),
    ("payroll.ctr_pay", "emp_ssn", "stdnum.us.ssn"),
    ("payroll.ctr_pay", "er_ein", "stdnum.us.ein"),
    ("registar.naselenie", "егн", "stdnum.bg.egn"),
])
def test_when_an_identifier_is_generated_then_it_passes_its_checksum(built, table, column, validate) -> None:
    module = __import__(validate, fromlist=["is_valid"])
    values = [v for v in next(c for t in built if t.name == table for c in t.columns if c.name == column).values
              if v is not None]
    assert values and all(module.is_valid(v) for v in values)


def test_when_the_scorer_is_asked_for_v3_then_it_builds_v3(tmp_path) -> None:
    built = heldout_v2_accuracy.SETS["v3"].build(tmp_path / "v3.duckdb")
    assert heldout_v3.summary(built).startswith(f"{len(built)} tables")
