"""Held-out set v29: its size, languages, labels, row counts, NULL and NULL-word shares, staff columns, split and
text dates of birth, identifiers with check digits (each encoding its row's birth date where the scheme does), phones
of each table's region, business and decoy columns are the ones asked for, and it is the same on every build (values
are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.jp import in_ as mynumber
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.pt import nif
from stdnum.ru import inn
from stdnum.tr import tckimlik
from stdnum.ua import rntrc

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v29, heldout_v29_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"de", "da", "cs", "tr", "el", "nl", "pl", "pt", "es", "fr", "ja", "uk", "ru"}

TABLES = {
    "melderegister.EINWOHNER", "skole.elever", "ambulance.pacienti", "ogrenci_isleri.ogrenciler",
    "εφορία.φορολογούμενοι", "woningcorp.Huurders", "fundacja.stypendysci", "hospital.utentes",
    "empleo.DEMANDANTES", "ccas.dossiers", "kuyakusho.juumin_kihon", "волонтери.реєстр", "общежитие.жильцы",
    "stg.src_his_extract",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v29")
_cells = heldout_support.Cells(heldout_v29.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v29, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 12 <= len(built) <= 16 and 220 <= len(columns) <= 320
    assert 0.55 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.75
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "ssn", "credit_card", "ip_address"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "value_shape", "misleading",
            "staff", "audit", "role_word", "join_key", "opaque", "partial", "split_date", "text_date", "int_date",
            "public_code", "coordinates"} <= tags
    assert {"snake", "camel", "pascal", "screaming", "opaque"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v29.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "join_key", "partial",
                                                           "public_code", "coordinates"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"split_date", "text_date", "int_date"}):
        assert column.kind == "date_of_birth", column.name


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_and_some_1000_or_more(built) -> None:
    sizes = []
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1, table.name
        size = lengths.pop()
        assert 200 <= size <= 2_000, table.name
        sizes.append(size)
    assert sum(s >= 1_000 for s in sizes) >= 3 and len(set(sizes)) == len(sizes)


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 2
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.70 <= sum(_nullish(x) for x in column.values) / len(column.values) <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 12
    for column in staff:
        assert column.kind == "person_name", column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_a_name_is_opaque_or_misleading_then_personal_values_hide_behind_it(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert misleading == {"FELD_7": "email", "code": "postal_code", "misc_1": "phone", "notes2": "person_name"}
    opaque = [c for c in _columns(built) if "opaque" in c.tags]
    assert len(opaque) >= 15 and {c.kind for c in opaque} - {"none"}
    emails = _values(built, "melderegister.EINWOHNER", "FELD_7")
    assert emails and _misses(emails, lambda x: "@" in str(x)) == 0


def test_when_a_date_of_birth_is_split_or_written_as_text_then_every_value_parses(built) -> None:
    days = _column(built, "fundacja.stypendysci", "dzien_ur").values
    months = _column(built, "fundacja.stypendysci", "mies_ur").values
    years = _column(built, "fundacja.stypendysci", "rok_ur").values
    assert _misses(list(zip(years, months, days, strict=True)), lambda r: bool(date(*r))) == 0
    patterns = {("melderegister.EINWOHNER", "GEB_DAT"): r"\d{2}\.\d{2}\.\d{4}",
                ("ogrenci_isleri.ogrenciler", "dogumTarihi"): r"\d{2}/\d{2}/\d{4}",
                ("ambulance.pacienti", "dat_nar"): r"\d{1,2}\. \d{1,2}\. \d{4}",
                ("empleo.DEMANDANTES", "F_NAC"): r"\d{2}/\d{2}/\d{4}",
                ("kuyakusho.juumin_kihon", "seinengappi"): r"\d{4}年\d{1,2}月\d{1,2}日",
                ("общежитие.жильцы", "дата_рождения"): r"\d{2}\.\d{2}\.\d{4}"}
    for (table, name), pattern in patterns.items():
        values = [str(x) for x in _values(built, table, name)]
        assert values and _misses(values, lambda x, p=pattern: bool(re.fullmatch(p, x))) == 0, name
    for table, name in (("woningcorp.Huurders", "Geboortedatum"), ("stg.src_his_extract", "src_his_col05")):
        values = _values(built, table, name)
        assert values and _misses(values, lambda x: 19_000_101 <= int(x) <= 20_251_231) == 0, name


def test_when_scripts_other_than_latin_are_asked_for_then_names_and_values_use_them(built) -> None:
    greek = re.compile(r"[\u0370-\u03ff]")
    cyrillic = re.compile(r"[\u0400-\u04ff]")
    kana = re.compile(r"[\u30a0-\u30ff]")
    kanji = re.compile(r"[\u4e00-\u9fff]")
    names = [c.name for c in _columns(built)]
    assert sum(bool(greek.search(n)) for n in names) >= 10
    assert sum(bool(cyrillic.search(n)) for n in names) >= 20
    assert sum(bool(kanji.search(n) or kana.search(n)) for n in names) >= 4
    for table, name, script in (("εφορία.φορολογούμενοι", "επώνυμο", greek), ("волонтери.реєстр", "прізвище", cyrillic),
                                ("kuyakusho.juumin_kihon", "フリガナ", kana), ("kuyakusho.juumin_kihon", "氏名", kanji)):
        values = [str(x) for x in _values(built, table, name)]
        assert values and _misses(values, lambda x, s=script: bool(s.search(x))) == 0, name


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("melderegister.EINWOHNER", "STEUER_ID", idnr.is_valid),
    ("skole.elever", "cpr_nr", cpr.is_valid),
    ("ambulance.pacienti", "rod_cis", rc.is_valid),
    ("ogrenci_isleri.ogrenciler", "tcKimlikNo", tckimlik.is_valid),
    ("ogrenci_isleri.ogrenciler", "bursIban", iban.is_valid),
    ("εφορία.φορολογούμενοι", "ΑΦΜ", afm.is_valid),
    ("εφορία.φορολογούμενοι", "ΑΜΚΑ", amka.is_valid),
    ("εφορία.φορολογούμενοι", "ΙΒΑΝ_επιστροφής", iban.is_valid),
    ("woningcorp.Huurders", "Bsn", bsn.is_valid),
    ("woningcorp.Huurders", "Iban", iban.is_valid),
    ("fundacja.stypendysci", "pesel", pesel.is_valid),
    ("fundacja.stypendysci", "nr_rachunku", iban.is_valid),
    ("fundacja.stypendysci", "sponsor_nip", nip.is_valid),
    ("hospital.utentes", "nif", nif.is_valid),
    ("empleo.DEMANDANTES", "DNI_NIE", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("empleo.DEMANDANTES", "IBAN_PREST", iban.is_valid),
    ("ccas.dossiers", "nir", nir.is_valid),
    ("ccas.dossiers", "rib_iban", iban.is_valid),
    ("kuyakusho.juumin_kihon", "kojin_bango", mynumber.is_valid),
    ("волонтери.реєстр", "рнокпп", rntrc.is_valid),
    ("общежитие.жильцы", "ИНН", inn.is_valid),
    ("stg.src_his_extract", "src_his_col19", iban.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_date_of_birth_of_its_row(built) -> None:
    for table, idc, dob, get in (("skole.elever", "cpr_nr", "foedselsdato", cpr.get_birth_date),
                                 ("ambulance.pacienti", "rod_cis", "dat_nar", rc.get_birth_date),
                                 ("fundacja.stypendysci", "pesel", "rok_ur", pesel.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values, strict=True)
        pairs = [(p, d) for p, d in rows if p is not None]

        def same(r: tuple, f=get) -> bool:
            born = f(r[0])
            if isinstance(r[1], int):
                return born.year == r[1]
            if isinstance(r[1], str):
                return f"{born.day}. {born.month}. {born.year}" == r[1]
            return born == r[1]

        assert len(pairs) >= 100 and _misses(pairs, same) == 0, table


def _phone_valid(text: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region


#: table -> the region of its phone numbers
PHONE_REGIONS = {"melderegister.EINWOHNER": "DE", "skole.elever": "DK", "ambulance.pacienti": "CZ",
                 "ogrenci_isleri.ogrenciler": "TR", "εφορία.φορολογούμενοι": "GR", "woningcorp.Huurders": "NL",
                 "fundacja.stypendysci": "PL", "hospital.utentes": "PT", "empleo.DEMANDANTES": "ES",
                 "ccas.dossiers": "FR", "kuyakusho.juumin_kihon": "JP", "волонтери.реєстр": "UA",
                 "общежитие.жильцы": "RU", "stg.src_his_extract": "DE"}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
    assert {PHONE_REGIONS[t.name] for t, _ in phones} == set(PHONE_REGIONS.values())


def test_when_a_value_is_partial_then_it_holds_four_characters_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert cut and all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: len(x) == 4) == 0, column.name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _misses([str(x) for x in _real(column.values)], lambda x, p=private: x not in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v29, heldout_v29_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "29"}, module.__name__


def test_when_the_scorer_builds_set_v29_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v29.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v29"].DEFAULT_PATH == Path("/tmp/heldout_v29.duckdb")
