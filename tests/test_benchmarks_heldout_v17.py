"""Held-out set v17: its size, domains, languages, labels, row counts, NULL and NULL-word shares, staff columns with few
distinct values, split dates of birth, identifiers with check digits, value-shaped decoys and phones are the ones asked
for, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings are part of the set's dirt: identifier checks skip them and strip padding. Assertion rewriting is off
for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.ar import cuit
from stdnum.be import nn
from stdnum.br import cpf
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr
from stdnum.ee import ik
from stdnum.es import dni, nie
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.lt import asmens
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.tr import tckimlik
from stdnum.za import idnr as za_idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v17, heldout_v17_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for (romanized Japanese as ja-Latn) and the extra ones
LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "cs", "tr", "ja-Latn", "ja", "ru", "el", "ca",
             "is", "cy", "ga", "af", "id", "vi", "sk", "sr-Latn"}

#: every table of the set: domains no earlier set (v2 to v16) used
TABLES = {
    "boulderhalle.haftungsverzicht", "cukiernia.zamowienia_tortow", "festival.vrijwilligersRooster",
    "LaboratorioOdontotecnico.OrdiniLavoro", "habitatge.llista_espera_cooperativa", "trekking.pasajerosExpedicion",
    "strelnice.kniha_navstev", "kuyumcu.AltinAlimKayitlari", "ペットホテル.宿泊予約", "GORUFU_RENSHUJO.KAIIN_MEIBO",
    "санаторий.путёвки", "αρωγή.καταγραφή_ωφελουμένων", "customs.declarants_merged", "bryggeri.bryg_log",
}

Built = list[heldout_v17.Table]


scored_file, built = heldout_support.set_fixtures("v17")
_cells = heldout_support.Cells(heldout_v17.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v17, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) >= 12 and len(columns) >= 300
    assert 0.38 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.46
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES <= {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "unclassified"} <= {c.kind for c in columns}
    assert heldout_v17.USERNAME in {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "qualified", "vehicle",
            "value_shape", "misleading", "licence", "multi_country", "staff", "split_dob", "opaque"} <= tags
    assert {"screaming", "snake", "snake+abbrev", "pascal", "camel", "native"} <= {t.style for t in built}
    decoys_only = [t for t in built if all(c.kind == "none" for c in t.columns)]
    assert [t.name for t in decoys_only] == ["bryggeri.bryg_log"]


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v17.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_business_decoy_or_vehicle_then_it_is_labeled_none(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "vehicle"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.tags & {"multi_country", "licence"}):
        assert column.kind == "national_id", column.name
    for column in (c for c in _columns(built) if c.tags & {"split_dob"}):
        assert column.kind == "date_of_birth", column.name


def test_when_the_set_is_built_then_every_table_has_200_to_400_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 400, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 5
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.70 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 5
    for column in heavy:
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for column in _columns(built):
        if not column.tags & {"null_heavy", "nullword_heavy"}:
            assert _null_share(column) < 0.70, column.name
            assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, column.name


def test_when_a_column_is_tagged_staff_then_it_has_few_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 12
    for column in staff:
        assert column.kind in {"person_name", "first_name"}, column.name
        assert 2 <= len(set(_real(column.values))) <= 6, column.name
    assert any(c.kind == "first_name" for c in staff) and any(
        _misses(_real(c.values), lambda x: re.fullmatch(r"[^\W\d_][\w\- ]*, \w+", str(x))) == 0 for c in staff)


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("festival.vrijwilligersRooster", "bsn", bsn.is_valid),
    ("festival.vrijwilligersRooster", "iban", iban.is_valid),
    ("LaboratorioOdontotecnico.OrdiniLavoro", "CodiceFiscalePaziente", codicefiscale.is_valid),
    ("habitatge.llista_espera_cooperativa", "dni_nie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("habitatge.llista_espera_cooperativa", "iban_quota", iban.is_valid),
    ("trekking.pasajerosExpedicion", "documento", lambda x: any(check(x) for check in (
        rut.is_valid, cuit.is_valid, curp.is_valid, cpf.is_valid))),
    ("trekking.pasajerosExpedicion", "tarjetaGarantia", lambda x: luhn.is_valid(re.sub(r"[ -]", "", x))),
    ("strelnice.kniha_navstev", "rodne_cislo", cz_rc.is_valid),
    ("kuyumcu.AltinAlimKayitlari", "TcKimlikNo", tckimlik.is_valid),
    ("kuyumcu.AltinAlimKayitlari", "Iban", iban.is_valid),
    ("GORUFU_RENSHUJO.KAIIN_MEIBO", "CREDIT_NO", lambda x: luhn.is_valid(re.sub(r"[ -]", "", x))),
    ("санаторий.путёвки", "снилс", heldout_v17_values.snils_ok),
    ("αρωγή.καταγραφή_ωφελουμένων", "αριθμός_διαβατηρίου", heldout_v17_values.mrz_ok),
    ("customs.declarants_merged", "nationalt_id", lambda x: any(check(x) for check in (
        kennitala.is_valid, asmens.is_valid, ik.is_valid, cnp.is_valid, nn.is_valid, nif.is_valid, za_idnr.is_valid,
        rrn.is_valid, ric.is_valid, aadhaar.is_valid, il_idnr.is_valid, idnr.is_valid))),
    ("customs.declarants_merged", "uimhir_pps", pps.is_valid),
    ("customs.declarants_merged", "iban_refund", iban.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_the_snils_check_is_asked_then_it_follows_the_published_rule() -> None:
    assert heldout_v17_values.snils_check("112233445") == "95"  # 1*9+1*8+2*7+2*6+3*5+3*4+4*3+4*2+5*1 = 95
    assert heldout_v17_values.snils_ok("112-233-445 95") and not heldout_v17_values.snils_ok("112-233-445 96")
    assert heldout_v17_values.mrz_check("L898902C3") == "6"  # ICAO 9303's specimen passport


def test_when_a_birth_is_split_then_the_parts_make_a_date_that_agrees_with_the_birth_number(built) -> None:
    table = "strelnice.kniha_navstev"
    days, months, years = (_column(built, table, n).values for n in ("den_narozeni", "mesic_narozeni", "rok_narozeni"))
    codes = [str(x).replace("/", "") for x in _column(built, table, "rodne_cislo").values]

    def ok(row: tuple[int, int, int, str]) -> bool:
        d, m, y, code = row
        born = date(y, m, d)
        return code[:2] == f"{born.year % 100:02d}" and code[4:6] == f"{born.day:02d}"

    assert _misses(list(zip(days, months, years, codes)), ok) == 0


def test_when_identifiers_are_built_then_they_agree_with_the_date_of_birth_beside_them(built) -> None:
    table = "customs.declarants_merged"
    births = _column(built, table, "fodelsedatum").values
    codes = _column(built, table, "nationalt_id").values
    pairs = [(b, str(x)) for b, x in zip(births, codes) if x is not None and re.fullmatch(r"\d{6}-\d{4}", str(x))]
    assert len(pairs) >= 5 and _misses(pairs, lambda p: p[1][:6] == f"{p[0]:%d%m%y}") == 0


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_that_identifiers_check(built) -> None:
    for table, column in (("boulderhalle.haftungsverzicht", "zehnerkarte_nr"), ("cukiernia.zamowienia_tortow",
                                                                                "bon_podarunkowy"),
                          ("GORUFU_RENSHUJO.KAIIN_MEIBO", "PREPAID_CARD_NO"), ("санаторий.путёвки", "карта_гостя"),
                          ("αρωγή.καταγραφή_ωφελουμένων", "κάρτα_μετρητών")):
        cards = [str(x).replace(" ", "") for x in _values(built, table, column)]
        assert cards and _misses(cards, lambda x: re.fullmatch(r"\d{16}", x)) == 0, column
        assert _hits(cards, luhn.is_valid) == 0, column
    mandates = [str(x) for x in _values(built, "habitatge.llista_espera_cooperativa", "ref_mandat_sepa")]
    assert mandates and _misses(mandates, lambda x: re.fullmatch(r"ES\d{2}[\d ]+", x)) == 0
    assert _hits(mandates, iban.is_valid) == 0
    for table, column, region in (("trekking.pasajerosExpedicion", "reservaRef", "CL"),
                                  ("kuyumcu.AltinAlimKayitlari", "KameraKayitRef", "TR")):
        refs = [str(x) for x in _values(built, table, column)]
        assert refs and _hits(refs, lambda x, r=region: _phone_valid(x, r)) == 0, column
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the regions its phone numbers belong to (parsed in each until one says valid)
PHONE_REGIONS = {
    "boulderhalle.haftungsverzicht": ("DE",), "cukiernia.zamowienia_tortow": ("PL",),
    "festival.vrijwilligersRooster": ("NL",), "LaboratorioOdontotecnico.OrdiniLavoro": ("IT",),
    "habitatge.llista_espera_cooperativa": ("ES",), "trekking.pasajerosExpedicion": ("CL", "AR", "MX", "BR"),
    "strelnice.kniha_navstev": ("CZ",), "kuyumcu.AltinAlimKayitlari": ("TR",), "ペットホテル.宿泊予約": ("JP",),
    "GORUFU_RENSHUJO.KAIIN_MEIBO": ("JP",), "санаторий.путёвки": ("RU",), "αρωγή.καταγραφή_ωφελουμένων": ("GR",),
    "customs.declarants_merged": ("IS",),
}


def test_when_a_column_is_labeled_phone_then_every_value_is_a_valid_number(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 14
    seen: set[str] = set()
    for table, column in phones:
        regions = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, rs=regions: any(_phone_valid(x, r) for r in rs)) == 0, \
            f"{table.name}.{column.name}"
        for text in values:
            if text.startswith("+"):
                seen.add(phonenumbers.region_code_for_number(phonenumbers.parse(text, None)))
    assert {"DE", "PL", "NL", "IT", "ES", "CL", "AR", "MX", "BR", "CZ", "TR", "JP", "RU", "SY", "AF", "IS", "ZA", "KR",
            "CN", "IN", "IL"} <= seen


def test_when_the_value_modules_are_read_then_they_import_no_faker() -> None:
    for module in (heldout_v17, heldout_v17_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                    for alias in node.names}
        imported |= {(node.module or "").split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "faker" not in {name.lower() for name in imported}, module.__name__
        assert "governance_dagster" not in imported, module.__name__


def test_when_the_scorer_builds_set_v17_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v17.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v17"].DEFAULT_PATH == Path("/tmp/heldout_v17.duckdb")
