"""Held-out set v18: its size, domains, languages, labels, row counts, NULL and NULL-word shares, staff columns with few
distinct values, identifiers with check digits, dates of birth that agree with them, value-shaped decoys and phones
are the ones asked for, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings are part of the set's dirt: identifier checks skip them and strip padding. Assertion rewriting is off
for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.at import vnr
from stdnum.bg import egn
from stdnum.ec import ci
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.it import codicefiscale
from stdnum.jp import in_ as mynumber
from stdnum.my import nric
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.pt import cc
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.tr import tckimlik

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v18, heldout_v18_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for (romanized Japanese as ja-Latn) and the extra ones
LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "cs", "tr", "ja-Latn", "ja", "ru", "el", "hu",
             "fi", "no", "ro", "sl", "eu", "gl", "mt", "lb", "sw", "tl", "ms", "ko", "zh"}

#: every table of the set: domains no earlier set (v2 to v17) used
TABLES = {
    "divecentre.dive_log", "steuerberatung.KlientenAufnahme", "centre_equestre.cavaliers", "loteria.reclamosPremios",
    "ostello.registro_ospiti", "lingua_gestual.inscricoes", "carnavalsvereniging.ledenLijst",
    "tlumacze.rejestr_przysieglych", "SEGLARSKOLA.ELEVREGISTER", "pant.returautomat_log",
    "loutkove_divadlo.predplatitele", "noterlik.VekaletnameKayitlari", "RYORI_KYOSHITSU.SEITO_DAICHO",
    "防犯登録.登録台帳", "шиномонтаж.заказы", "ναυαγοσωστική.σπουδαστές", "orchestra.auditions_merged",
}

Built = list[heldout_v18.Table]


scored_file, built = heldout_support.set_fixtures("v18")
_cells = heldout_support.Cells(heldout_v18.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v18, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) >= 12 and len(columns) >= 300
    assert 0.38 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.46
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES <= {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "unclassified"} <= {c.kind for c in columns}
    assert heldout_v18.USERNAME in {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "qualified", "vehicle",
            "value_shape", "misleading", "multi_country", "staff", "opaque", "month_name"} <= tags
    assert {"screaming", "snake", "snake+abbrev", "pascal", "camel", "native"} <= {t.style for t in built}
    decoys_only = [t for t in built if all(c.kind == "none" for c in t.columns)]
    assert [t.name for t in decoys_only] == ["pant.returautomat_log"]


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v18.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_business_decoy_or_vehicle_then_it_is_labeled_none(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "vehicle"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.tags & {"multi_country"}):
        assert column.kind == "national_id", column.name
    for column in (c for c in _columns(built) if c.tags & {"month_name"}):
        assert column.kind == "date_of_birth", column.name


def test_when_the_set_is_built_then_every_table_has_200_to_400_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 400, table.name


def test_when_a_column_is_tagged_null_heavy_then_60_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 8
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.60 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 8
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


def test_when_a_column_is_tagged_staff_then_it_has_few_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 14
    for column in staff:
        assert column.kind in {"person_name", "first_name", "last_name"}, column.name
        assert 2 <= len(set(_real(column.values))) <= 6, column.name
    assert {"person_name", "first_name", "last_name"} == {c.kind for c in staff}


def _luhn_ok(x: object) -> bool:
    return luhn.is_valid(re.sub(r"[ -]", "", str(x)))


def _mrz_or_cie(x: object) -> bool:
    return heldout_v18_values.mrz_ok(str(x)) or re.fullmatch(r"C[A-Z]\d{5}[A-Z]{2}", str(x)) is not None


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("divecentre.dive_log", "id_card_no", lambda x: re.fullmatch(r"\d{1,6}[MG]", str(x)) is not None),
    ("steuerberatung.KlientenAufnahme", "SvNr", vnr.is_valid),
    ("steuerberatung.KlientenAufnahme", "IbanRueckerstattung", iban.is_valid),
    ("centre_equestre.cavaliers", "num_secu", nir.is_valid),
    ("loteria.reclamosPremios", "cedula", ci.is_valid),
    ("loteria.reclamosPremios", "tarjetaPago", _luhn_ok),
    ("ostello.registro_ospiti", "numero_documento", _mrz_or_cie),
    ("ostello.registro_ospiti", "codice_fiscale", codicefiscale.is_valid),
    ("ostello.registro_ospiti", "carta_cauzione", _luhn_ok),
    ("lingua_gestual.inscricoes", "n_cc", cc.is_valid),
    ("lingua_gestual.inscricoes", "iban_propina", iban.is_valid),
    ("carnavalsvereniging.ledenLijst", "ibanContributie", iban.is_valid),
    ("tlumacze.rejestr_przysieglych", "pesel", pesel.is_valid),
    ("tlumacze.rejestr_przysieglych", "rachunek_wynagrodzenie", iban.is_valid),
    ("SEGLARSKOLA.ELEVREGISTER", "PERSONNR", personnummer.is_valid),
    ("SEGLARSKOLA.ELEVREGISTER", "IBAN_AVGIFT", iban.is_valid),
    ("noterlik.VekaletnameKayitlari", "VekaletVerenTcKimlik", tckimlik.is_valid),
    ("noterlik.VekaletnameKayitlari", "VekilTcKimlik", tckimlik.is_valid),
    ("RYORI_KYOSHITSU.SEITO_DAICHO", "MY_NUMBER", mynumber.is_valid),
    ("RYORI_KYOSHITSU.SEITO_DAICHO", "KADO_BANGO", _luhn_ok),
    ("шиномонтаж.заказы", "инн", inn.is_valid),
    ("ναυαγοσωστική.σπουδαστές", "αμκα", amka.is_valid),
    ("ναυαγοσωστική.σπουδαστές", "iban_διδάκτρων", iban.is_valid),
    ("orchestra.auditions_merged", "cod_numeric_personal", lambda x: any(check(x) for check in (
        hetu.is_valid, fodselsnummer.is_valid, emso.is_valid, nric.is_valid, egn.is_valid, oib.is_valid))),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_identifiers_hold_a_birth_date_then_they_agree_with_the_date_of_birth_beside_them(built) -> None:
    for table, dob, code, ok in (
            ("steuerberatung.KlientenAufnahme", "GebDat", "SvNr",
             lambda b, x: x.replace(" ", "")[4:] == f"{b:%d%m%y}"),
            ("ναυαγοσωστική.σπουδαστές", "ημ_γέννησης", "αμκα",
             lambda b, x: tuple(int(p) for p in b.split("/")) == (int(x[:2]), int(x[2:4]), int(x[4:6]))),
            ("SEGLARSKOLA.ELEVREGISTER", "FODD", "PERSONNR", lambda b, x: b.replace("/", "") == x[:8]),
            ("tlumacze.rejestr_przysieglych", "data_ur", "pesel", lambda b, x: str(b)[2:4] == x[:2]
             and str(b)[6:] == x[4:6])):
        pairs = [(b, str(x)) for b, x in zip(_column(built, table, dob).values, _column(built, table, code).values)
                 if b is not None and x is not None]
        assert len(pairs) >= 20 and _misses(pairs, lambda p, f=ok: f(p[0], p[1])) == 0, table


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_that_identifiers_check(built) -> None:
    for table, column in (("centre_equestre.cavaliers", "carte_fidelite"), ("pant.returautomat_log", "bon_nr"),
                          ("loutkove_divadlo.predplatitele", "poukaz")):
        cards = [str(x).replace(" ", "") for x in _values(built, table, column)]
        assert cards and _misses(cards, lambda x: re.fullmatch(r"\d{16}", x)) == 0, column
        assert _hits(cards, luhn.is_valid) == 0, column
    for table, column, region in (("loteria.reclamosPremios", "refLlamada", "EC"),
                                  ("lingua_gestual.inscricoes", "ref_video_chamada", "PT")):
        refs = [str(x) for x in _values(built, table, column)]
        assert refs and _hits(refs, lambda x, r=region: _phone_valid(x, r)) == 0, column
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the regions its phone numbers belong to (parsed in each until one says valid)
PHONE_REGIONS = {
    "divecentre.dive_log": ("MT", "GB"), "steuerberatung.KlientenAufnahme": ("AT",),
    "centre_equestre.cavaliers": ("FR",), "loteria.reclamosPremios": ("EC",), "ostello.registro_ospiti": ("IT",),
    "lingua_gestual.inscricoes": ("PT",), "carnavalsvereniging.ledenLijst": ("NL",),
    "tlumacze.rejestr_przysieglych": ("PL",), "SEGLARSKOLA.ELEVREGISTER": ("SE",),
    "loutkove_divadlo.predplatitele": ("CZ",), "noterlik.VekaletnameKayitlari": ("TR",),
    "RYORI_KYOSHITSU.SEITO_DAICHO": ("JP",), "防犯登録.登録台帳": ("JP",), "шиномонтаж.заказы": ("RU",),
    "ναυαγοσωστική.σπουδαστές": ("GR",), "orchestra.auditions_merged": (None,),
}


def test_when_a_column_is_labeled_phone_then_every_value_is_a_valid_number(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 17
    seen: set[str] = set()
    for table, column in phones:
        regions = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        values = [("+" + x[2:] if x.startswith("00") and regions == (None,) else x) for x in values]
        assert values and _misses(values, lambda x, rs=regions: any(_phone_valid(x, r) for r in rs)) == 0, \
            f"{table.name}.{column.name}"
        for text in values:
            if text.startswith("+"):
                seen.add(phonenumbers.region_code_for_number(phonenumbers.parse(text, None)))
    assert {"MT", "GB", "AT", "FR", "EC", "IT", "PT", "NL", "PL", "SE", "CZ", "TR", "RU", "GR", "FI", "NO", "SI",
            "MY", "BG", "HR", "DE", "US"} <= seen


def test_when_the_value_modules_are_read_then_they_import_no_faker() -> None:
    for module in (heldout_v18, heldout_v18_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                    for alias in node.names}
        imported |= {(node.module or "").split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "faker" not in {name.lower() for name in imported}, module.__name__
        assert "governance_dagster" not in imported, module.__name__


def test_when_the_scorer_builds_set_v18_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v18.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v18"].DEFAULT_PATH == Path("/tmp/heldout_v18.duckdb")
