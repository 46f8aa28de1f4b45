"""Held-out set v16: its size, domains, languages, labels, row counts, NULL and NULL-word shares, staff columns with few
distinct values, identity documents with check digits, value-shaped decoys and identifiers are the ones asked for, and
it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings are part of the set's dirt: identifier checks skip them and strip padding. Assertion rewriting is off
for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and message, never the values."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.bg import egn
from stdnum.cz import rc as cz_rc
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.ua import rntrc

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v16, heldout_v16_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for (romanized Japanese as ja-Latn) and the extra ones
LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "cs", "tr", "ja-Latn", "ja", "ru", "el", "no",
             "fi", "hu", "hr", "bg", "uk"}

#: every table of the set: domains no earlier set (v2 to v15) used
TABLES = {
    "trafikkskole.elever", "kirjasto.LainaajaRekisteri", "temetkezes.megrendelesek", "marina.vezoviKorisnici",
    "кръводаряване.дарители", "аптека.видача_рецептів", "bikeshare.rider_accounts", "hotel.MELDESCHEINE",
    "chatarreria.registroVendedores", "matrimoni.Pianificazione", "KARATE_DOJO.MONJIN_DAICHO",
    "tutoring.tutores_merged", "modeltog.rullende_materiel",
}

Built = list[heldout_v16.Table]


scored_file, built = heldout_support.set_fixtures("v16")
_cells = heldout_support.Cells(heldout_v16.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v16, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) >= 12 and len(columns) >= 300
    assert 0.38 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.48
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES <= {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "unclassified", "ssn"} <= {c.kind for c in columns}
    assert heldout_v16.USERNAME in {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "qualified", "vehicle",
            "value_shape", "misleading", "licence", "multi_country", "staff"} <= tags
    assert {"screaming", "snake", "snake+abbrev", "pascal", "camel", "native"} <= {t.style for t in built}
    decoys_only = [t for t in built if all(c.kind == "none" for c in t.columns)]
    assert [t.name for t in decoys_only] == ["modeltog.rullende_materiel"]


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v16.labels(built)
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


def test_when_the_set_is_built_then_every_table_has_200_to_400_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 400, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 5
    for column in heavy:
        assert 0.70 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 4
    for column in heavy:
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for column in _columns(built):
        if not column.tags & {"null_heavy", "nullword_heavy"}:
            assert _null_share(column) < 0.70, column.name


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
    ("trafikkskole.elever", "fodselsnummer", fodselsnummer.is_valid),
    ("trafikkskole.elever", "kontonr", iban.is_valid),
    ("kirjasto.LainaajaRekisteri", "Henkilotunnus", hetu.is_valid),
    ("temetkezes.megrendelesek", "szamlaszam", iban.is_valid),
    ("marina.vezoviKorisnici", "oib", oib.is_valid),
    ("marina.vezoviKorisnici", "brojPutovnice", heldout_v16_values.mrz_ok),
    ("marina.vezoviKorisnici", "iban", iban.is_valid),
    ("кръводаряване.дарители", "егн", egn.is_valid),
    ("аптека.видача_рецептів", "рнокпп", rntrc.is_valid),
    ("bikeshare.rider_accounts", "card_number", luhn.is_valid),
    ("hotel.MELDESCHEINE", "AUSWEIS_NR", heldout_v16_values.mrz_ok),
    ("chatarreria.registroVendedores", "dniNie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("chatarreria.registroVendedores", "permisoConducir", dni.is_valid),
    ("chatarreria.registroVendedores", "ibanPago", iban.is_valid),
    ("matrimoni.Pianificazione", "CodFiscSposa", codicefiscale.is_valid),
    ("matrimoni.Pianificazione", "IbanCaparra", iban.is_valid),
    ("KARATE_DOJO.MONJIN_DAICHO", "KOZA", iban.is_valid),
    ("tutoring.tutores_merged", "personnummer_el_lign", lambda x: any(check(x) for check in (
        pesel.is_valid, personnummer.is_valid, cpr.is_valid, cz_rc.is_valid, tckimlik.is_valid, bsn.is_valid,
        amka.is_valid, heldout_v16_values.mrz_ok))),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_the_mrz_check_digit_is_asked_then_it_is_the_published_one() -> None:
    assert heldout_v16_values.mrz_check("L898902C3") == "6"  # ICAO 9303's specimen passport
    assert heldout_v16_values.mrz_ok("L898902C36") and not heldout_v16_values.mrz_ok("L898902C37")


def test_when_identifiers_are_built_then_they_agree_with_the_date_of_birth_beside_them(built) -> None:
    births = [str(x) for x in _column(built, "кръводаряване.дарители", "дата_на_раждане").values]
    codes = [str(x) for x in _column(built, "кръводаряване.дарители", "егн").values]
    assert _misses(list(zip(births, codes)), lambda p: p[0][:2] == p[1][4:6] and p[0][8:10] == p[1][:2]) == 0
    births = [str(x) for x in _column(built, "trafikkskole.elever", "fodt").values]
    codes = [str(x) for x in _column(built, "trafikkskole.elever", "fodselsnummer").values]
    assert _misses(list(zip(births, codes)), lambda p: p[0][:2] + p[0][3:5] + p[0][8:10] == p[1][:6]) == 0


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_that_identifiers_check(built) -> None:
    contracts = [str(x) for x in _values(built, "marina.vezoviKorisnici", "brojUgovora")]
    assert contracts and _misses(contracts, lambda x: re.fullmatch(r"\d{11}", x)) == 0
    assert _hits(contracts, oib.is_valid) == 0
    for table, column in (("kirjasto.LainaajaRekisteri", "Kirjastokortti"), ("аптека.видача_рецептів", "бонусна_картка"),
                          ("modeltog.rullende_materiel", "serienr")):
        cards = [str(x) for x in _values(built, table, column)]
        assert cards and _misses(cards, lambda x: re.fullmatch(r"\d{16}", x)) == 0
        assert _hits(cards, luhn.is_valid) == 0, column
    for table, column, region in (("trafikkskole.elever", "ordre_ref", "NO"),
                                  ("аптека.видача_рецептів", "номер_рецепта", "UA"),
                                  ("hotel.MELDESCHEINE", "BUCHUNGSREF", "DE")):
        refs = [str(x) for x in _values(built, table, column)]
        assert refs and _hits(refs, lambda x, r=region: _phone_valid(x, r)) == 0, column
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


#: table -> the regions its phone numbers belong to (parsed in each until one says valid)
PHONE_REGIONS = {
    "trafikkskole.elever": ("NO",), "kirjasto.LainaajaRekisteri": ("FI",), "temetkezes.megrendelesek": ("HU",),
    "marina.vezoviKorisnici": ("HR", "DE", "GB", "IT", "HU", "NL", "PL"), "кръводаряване.дарители": ("BG",),
    "аптека.видача_рецептів": ("UA",), "bikeshare.rider_accounts": ("GB",),
    "hotel.MELDESCHEINE": ("DE", "NL", "DK", "PL", "SE", "GB"), "chatarreria.registroVendedores": ("ES",),
    "matrimoni.Pianificazione": ("IT",), "KARATE_DOJO.MONJIN_DAICHO": ("JP",), "tutoring.tutores_merged": ("PT",),
}


def test_when_a_column_is_labeled_phone_then_every_value_is_a_valid_number(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 12
    seen: set[str] = set()
    for table, column in phones:
        regions = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, rs=regions: any(_phone_valid(x, r) for r in rs)) == 0, \
            f"{table.name}.{column.name}"
        for text in values:
            if text.startswith("+"):
                seen.add(phonenumbers.region_code_for_number(phonenumbers.parse(text, None)))
    assert {"NO", "FI", "HU", "HR", "BG", "UA", "GB", "DE", "ES", "IT", "JP", "TR", "GR", "CZ"} <= seen


def test_when_the_value_modules_are_read_then_they_import_no_faker() -> None:
    for module in (heldout_v16, heldout_v16_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                    for alias in node.names}
        imported |= {(node.module or "").split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "faker" not in {name.lower() for name in imported}, module.__name__
        assert "governance_dagster" not in imported, module.__name__


def test_when_the_scorer_builds_set_v16_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v16.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v16"].DEFAULT_PATH == Path("/tmp/heldout_v16.duckdb")
