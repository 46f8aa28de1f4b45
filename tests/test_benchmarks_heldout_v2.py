"""The held-out set v2 and the analytics-precision benchmark: what they promise about their data and output."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import analytics_precision
from benchmarks.classification import heldout_v2, heldout_v2_accuracy
from governance_dagster.kinds import Kind

LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "cs", "tr", "ja-romaji", "ja-script",
             "ru-cyrillic", "el-greek"}


@pytest.fixture(scope="module")
def built() -> list[heldout_v2.Table]:
    return heldout_v2.tables()


def test_when_the_set_is_built_twice_then_every_value_is_the_same() -> None:
    first, second = heldout_v2.tables(), heldout_v2.tables()
    assert [(t.name, [(c.name, c.kind, c.values) for c in t.columns]) for t in first] == \
        [(t.name, [(c.name, c.kind, c.values) for c in t.columns]) for t in second]


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_issue_13_asks_for(built) -> None:
    columns = [c for t in built for c in t.columns]
    assert len(built) >= 12 and len(columns) >= 220
    assert LANGUAGES <= {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert all(c.kind == "none" for c in columns if "business" in c.tags or "decoy" in c.tags)


def test_when_a_column_is_tagged_null_heavy_then_80_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for t in built for c in t.columns if "null_heavy" in c.tags]
    assert len(heavy) >= 5
    for column in heavy:
        share = sum(v is None for v in column.values) / len(column.values)
        assert 0.75 <= share <= 0.97, (column.name, share)
        assert column.kind != "none"


@pytest.mark.parametrize(("table", "column", "validate"), [
    ("it_sanita.assistiti", "codFiscale", "stdnum.it.codicefiscale"),
    ("nl_shop.KlantGegevens", "Bsn", "stdnum.nl.bsn"),
    ("pt_br.cadastro_clientes", "cpf", "stdnum.br.cpf"),
    ("pl_sklep.klienci", "pesel", "stdnum.pl.pesel"),
    ("se_crm.kunder", "personnummer", "stdnum.se.personnummer"),
    ("fr_rh.salaries", "numeroSecu", "stdnum.fr.nir"),
    ("es_ventas.CLIENTES", "DNI_NIF", "stdnum.es.dni"),
    ("es_ventas.CLIENTES", "NIE_EXTRANJERO", "stdnum.es.nie"),
    ("dwh.stg_src_crm_extract", "sin_no", "stdnum.ca.sin"),
    ("de_crm.kunden", "steuer_id", "stdnum.de.idnr"),
    ("tr_magaza.musteriler", "tc_kimlik_no", "stdnum.tr.tckimlik"),
    ("dwh.stg_src_crm_extract", "src_crm_col19", "stdnum.in_.aadhaar"),
    ("dk_crm.KUNDER", "CPR_NR", "stdnum.dk.cpr"),
    ("cz_eshop.zakaznici", "rodne_cislo", "stdnum.cz.rc"),
    ("gr_crm.pelates", "αμκα", "stdnum.gr.amka"),
    ("ru_crm.klienty", "инн", "stdnum.ru.inn"),
])
def test_when_a_national_id_is_generated_then_it_passes_its_checksum(built, table, column, validate) -> None:
    module = __import__(validate, fromlist=["is_valid"])
    values = [v for v in next(c for t in built if t.name == table for c in t.columns if c.name == column).values
              if v is not None]
    assert values and all(module.is_valid(v) for v in values)


def test_when_the_accuracy_report_is_printed_then_it_holds_names_and_kinds_but_no_value(tmp_path, built) -> None:
    result = heldout_v2_accuracy.evaluate(tmp_path / "heldout.duckdb", "auto", progress=False)
    text = heldout_v2_accuracy.report(result)
    assert result["overall"]["columns"] == sum(len(t.columns) for t in built)
    values = {str(v) for t in built for c in t.columns if c.kind != "none" for v in c.values
              if v is not None and len(str(v)) >= 6}
    assert not [v for v in values if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text)]


@pytest.mark.parametrize(("state", "kind", "masked"), [("review", "none", True), ("", "none", False),
                                                       ("", "email", True)])
def test_when_a_column_is_in_review_then_it_counts_as_masked(state, kind, masked) -> None:
    row = {"expected": "email", "kind": kind, "state": state, "masked": kind != "none" or state == "review"}
    assert heldout_v2_accuracy.score([row])["recall"] == (1.0 if masked else 0.0)


@pytest.mark.parametrize(("raw", "governed", "equal"), [
    (pd.DataFrame({"a": [1, 2], "b": [0.1, 0.2]}), pd.DataFrame({"a": [2, 1], "b": [0.2, 0.1 + 1e-12]}), True),
    (pd.DataFrame({"a": ["x", "y"]}), pd.DataFrame({"a": ["x", "z"]}), False),
    (pd.DataFrame({"a": [1.0]}), pd.DataFrame({"a": [1.001]}), False),
    (pd.DataFrame({"a": [1]}), pd.DataFrame({"b": [1]}), False),
])
def test_when_results_are_compared_then_order_is_ignored_and_floats_get_a_tolerance(raw, governed, equal) -> None:
    assert analytics_precision.frames_equal(raw, governed) is equal


def test_when_the_star_schema_benchmark_runs_then_it_prints_no_personal_value(tmp_path, capsys) -> None:
    analytics_precision.main(["--only", "star", "--keep", str(tmp_path)])
    out = capsys.readouterr().out
    import duckdb

    from governance_dagster.store.handover import release

    release()  # the governed path holds the file between statements (docs/audit.md)
    with duckdb.connect(str(tmp_path / "star.duckdb"), read_only=True) as con:
        emails, last_names = con.execute("SELECT list(c_email_address), list(c_last_name) FROM customer").fetchone()
    assert "star-30" in out and "overall:" in out
    assert not [v for v in emails + last_names if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", out)]


def test_when_the_saas_benchmark_runs_then_it_prints_no_personal_value(tmp_path, capsys) -> None:
    analytics_precision.main(["--only", "saas", "--keep", str(tmp_path)])
    out = capsys.readouterr().out
    import duckdb

    from governance_dagster.store.handover import release

    release()  # the governed path holds the file between statements (docs/audit.md)
    with duckdb.connect(str(tmp_path / "saas.duckdb"), read_only=True) as con:
        values = con.execute("""SELECT list(email) || list(last_name) FROM users UNION ALL
            SELECT list(DISTINCT ip_address) FROM events UNION ALL
            SELECT list(DISTINCT assignee) || list(DISTINCT csm_owner) FROM support_tickets, accounts""").fetchall()
    assert "saas-39" in out and "overall:" in out
    assert not [v for (vs,) in values for v in vs if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", out)]
