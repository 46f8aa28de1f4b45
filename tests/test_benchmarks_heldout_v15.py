"""Held-out set v15: its size, domains, languages, labels, row counts, NULL, NULL-word and empty-string shares, new
shapes (dates of birth with two-digit years and as timestamps at midnight, a staging table whose columns carry seven
languages, identifiers of several countries in one column, children's data), value-shaped decoys and identifiers are
the ones asked for, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings are part of the set's dirt: identifier checks skip them and strip padding. Assertion rewriting is off
for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and message, never the values."""

from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn, verhoeff
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.ch import ssn as ch_ssn
from stdnum.ee import ik
from stdnum.gr import vat as gr_vat
from stdnum.ie import pps
from stdnum.in_ import pan
from stdnum.lt import asmens
from stdnum.lv import pvn
from stdnum.mx import curp, rfc
from stdnum.ro import cnp
from stdnum.si import emso
from stdnum.sk import rc
from stdnum.tr import tckimlik

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v15, heldout_v15_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for (romanized Japanese as ja-Latn, Cyrillic as ru, Greek as el) and the Baltic, Slovak,
#: Slovenian and Romanian ones
LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "cs", "tr", "ja-Latn", "ja", "ru", "el", "sk",
             "sl", "lt", "lv", "et", "ro"}

#: every table of the set: domains no earlier set (v2 to v14) used
TABLES = {
    "sachovy_klub.hraci_elo", "planinska_koca.knjiga_gostov", "krepsinio_akademija.zaidejai", "laulupidu.lauljad",
    "expozitie_feline.Expozanti", "fanfare.ledenlijst", "covoiturage.frontaliers", "skischule.LohnSkilehrer",
    "COLAISTE.SCOLAIRI_2025", "coaching.stu_adm", "palenque.proveedores_maguey", "将棋道場.会員名簿",
    "KIMONO_RENTAL.KASHIDASHI_DAICHO", "филармония.абонементы", "ελαιοτριβείο.παραδόσεις_ελαιοκάρπου",
    "hali_yikama.SiparisKayitlari", "tandem.iscrizioni_merged", "caseificio.forme_stagionatura",
}

Built = list[heldout_v15.Table]


scored_file, built = heldout_support.set_fixtures("v15")
_cells = heldout_support.Cells(heldout_v15.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v15, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) >= 16 and len(columns) >= 400
    assert 0.38 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.45
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES <= {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "unclassified"} <= {c.kind for c in columns}
    assert heldout_v15.USERNAME in {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "empty_strings", "abbrev", "username", "qualified",
            "vehicle", "value_shape", "misleading", "licence", "padded_case", "split_address", "multi_country",
            "odd_format", "short_year", "timestamp_dob", "minor"} <= tags
    assert {"screaming", "snake", "snake+abbrev", "snake+prefix", "pascal", "camel", "native"} <= {
        t.style for t in built}
    decoys_only = [t for t in built if all(c.kind == "none" for c in t.columns)]
    assert [t.name for t in decoys_only] == ["caseificio.forme_stagionatura"]


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v15.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_business_decoy_or_vehicle_then_it_is_labeled_none(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "vehicle"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if "multi_country" in c.tags):
        assert column.kind == "national_id", column.name


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    personal = [c for c in heavy if c.kind != "none"]
    assert len(personal) >= 15
    for column in heavy:
        assert 0.70 <= _null_share(column) <= (0.95 if column.kind != "none" else 0.99), column.name
    assert {c.kind for c in personal} >= {"person_name", "national_id", "ssn", "free_text", "credit_card", "phone"}


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 6
    for column in heavy:
        empty = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= empty <= 0.95 and _null_share(column) <= 0.30, column.name
        words = {x.strip() for x in column.values if isinstance(x, str) and _nullish(x)}
        assert "" in words and len(words) >= 2, column.name
    assert {c.kind for c in heavy} >= {"email", "free_text"}


def test_when_a_column_is_tagged_empty_strings_then_70_to_95_percent_of_it_is_empty_and_none_of_it_null(
        built) -> None:
    empty = [c for c in _columns(built) if "empty_strings" in c.tags]
    assert empty and all(c.kind != "none" for c in empty)
    for column in empty:
        share = sum(x == "" for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95 and _null_share(column) == 0, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for column in (c for c in _columns(built) if "null_heavy" not in c.tags):
        assert _null_share(column) < 0.70, column.name


def _shape(column: heldout_v15.Column) -> str:
    counts = Counter(re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", str(x))) for x in _real(column.values)[:300])
    return counts.most_common(1)[0][0] if counts else ""


def test_when_a_date_of_birth_is_stored_then_a_decoy_date_beside_it_often_has_the_same_shape(built) -> None:
    same_shape = 0
    for table in built:
        births = [c for c in table.columns if c.kind == "date_of_birth"]
        others = [c for c in table.columns if c.kind == "none" and c.sql_type != "BOOLEAN"]
        same_shape += any(_shape(b) == _shape(o) and b.sql_type == o.sql_type and "9" in _shape(b)
                          for b in births for o in others)
    assert same_shape >= 12
    births = [c for c in _columns(built) if c.kind == "date_of_birth"]
    assert {"DATE", "VARCHAR", "TIMESTAMP"} <= {c.sql_type for c in births}
    layouts = {_shape(c) for c in births if c.sql_type == "VARCHAR"}
    assert {"99.99.9999", "99/99/9999", "99-99-9999", "9999-99-99", "99.99.99", "9999/99/99"} <= layouts
    short = _values(built, "skischule.LohnSkilehrer", "Geburtsdatum")
    assert _misses(short, lambda x: re.fullmatch(r"\d{2}\.\d{2}\.\d{2}", str(x))) == 0
    stamps = _values(built, "hali_yikama.SiparisKayitlari", "DogumTarihi")
    assert stamps and _misses(stamps, lambda x: isinstance(x, datetime) and x.time() == datetime.min.time()) == 0
    era = _misses(_values(built, "将棋道場.会員名簿", "生年月日"), lambda x: str(x).startswith(("昭和", "平成")))
    assert era == 0


def test_when_a_column_is_tagged_minor_then_the_people_in_it_are_children(built) -> None:
    minors = [c for c in _columns(built) if "minor" in c.tags]
    assert len(minors) >= 10 and all(c.kind != "none" for c in minors)
    for table, column in (("krepsinio_akademija.zaidejai", "gimimoData"), ("COLAISTE.SCOLAIRI_2025", "DOB"),
                          ("coaching.stu_adm", "stu_dob")):
        years = [int(re.findall(r"\d{4}", str(x))[0]) for x in _values(built, table, column)]
        assert min(years) >= 2007, column


def _lu_matricule(text: str) -> bool:
    """The Luxembourg matricule: 13 digits, the 12th a Luhn and the 13th a Verhoeff check digit over the first 11."""
    digits = text.replace(" ", "")
    return bool(re.fullmatch(r"\d{13}", digits)) and luhn.is_valid(digits[:12]) and \
        verhoeff.is_valid(digits[:11] + digits[12])


#: (table, column, check): every real value of the column passes
CHECKED: list[tuple[str, str, Callable[[str], bool]]] = [
    ("sachovy_klub.hraci_elo", "rodne_cislo", rc.is_valid),
    ("sachovy_klub.hraci_elo", "iban_prispevok", iban.is_valid),
    ("planinska_koca.knjiga_gostov", "emso", emso.is_valid),
    ("krepsinio_akademija.zaidejai", "asmensKodas", asmens.is_valid),
    ("krepsinio_akademija.zaidejai", "saskaitaMokesciui", iban.is_valid),
    ("laulupidu.lauljad", "isikukood", ik.is_valid),
    ("expozitie_feline.Expozanti", "Cnp", cnp.is_valid),
    ("expozitie_feline.Expozanti", "IbanPlata", iban.is_valid),
    ("fanfare.ledenlijst", "rijksregisternr", nn.is_valid),
    ("fanfare.ledenlijst", "iban_domiciliering", iban.is_valid),
    ("covoiturage.frontaliers", "matriculeCNS", _lu_matricule),
    ("skischule.LohnSkilehrer", "AhvNr", ch_ssn.is_valid),
    ("skischule.LohnSkilehrer", "SvNrOesterreich", vnr.is_valid),
    ("skischule.LohnSkilehrer", "Iban", iban.is_valid),
    ("COLAISTE.SCOLAIRI_2025", "PPSN", pps.is_valid),
    ("coaching.stu_adm", "prnt_pan", pan.is_valid),
    ("palenque.proveedores_maguey", "curp", curp.is_valid),
    ("palenque.proveedores_maguey", "rfc", rfc.is_valid),
    ("KIMONO_RENTAL.KASHIDASHI_DAICHO", "HOSHOKIN_CARD", luhn.is_valid),
    ("филармония.абонементы", "карта", lambda x: luhn.is_valid(x.replace(" ", ""))),
    ("ελαιοτριβείο.παραδόσεις_ελαιοκάρπου", "αφμ", gr_vat.is_valid),
    ("ελαιοτριβείο.παραδόσεις_ελαιοκάρπου", "iban", iban.is_valid),
    ("hali_yikama.SiparisKayitlari", "TcKimlikNo", tckimlik.is_valid),
    ("tandem.iscrizioni_merged", "frm_lv_personas_kods", pvn.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_the_luxembourg_matricule_check_is_asked_then_it_is_the_published_one() -> None:
    body = "19840312123"
    assert _lu_matricule(body + luhn.calc_check_digit(body) + verhoeff.calc_check_digit(body))
    assert not _lu_matricule(body + luhn.calc_check_digit(body) + str((int(verhoeff.calc_check_digit(body)) + 1) % 10))


def test_when_identifiers_are_built_then_they_agree_with_the_date_of_birth_beside_them(built) -> None:
    births = [str(x) for x in _column(built, "laulupidu.lauljad", "synniaeg").values]
    codes = [str(x) for x in _column(built, "laulupidu.lauljad", "isikukood").values]
    assert _misses(list(zip(births, codes)), lambda p: p[0][:2] + p[0][3:5] + p[0][8:10] ==
                   p[1][5:7] + p[1][3:5] + p[1][1:3]) == 0
    births = [str(x) for x in _column(built, "expozitie_feline.Expozanti", "DataNasterii").values]
    codes = [str(x) for x in _column(built, "expozitie_feline.Expozanti", "Cnp").values]
    assert _misses(list(zip(births, codes)), lambda p: p[0][8:10] + p[0][3:5] + p[0][:2] == p[1][1:7]) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_that_identifiers_check(built) -> None:
    slips = [str(x) for x in _values(built, "ελαιοτριβείο.παραδόσεις_ελαιοκάρπου", "αρ_δελτίου")]
    assert slips and _misses(slips, lambda x: re.fullmatch(r"\d{9}", x)) == 0
    assert _hits(slips, gr_vat.is_valid) == 0
    pallets = [str(x) for x in _values(built, "caseificio.forme_stagionatura", "codice_pallet")]
    assert pallets and _misses(pallets, lambda x: re.fullmatch(r"\d{16}", x)) == 0
    assert _hits(pallets, luhn.is_valid) == 0
    lots = [str(x) for x in _values(built, "caseificio.forme_stagionatura", "lotto")]
    assert lots and _hits(lots, lambda x: _phone_valid(x, "IT")) == 0
    rolls = [str(x) for x in _values(built, "coaching.stu_adm", "roll_no")]
    assert rolls and _misses(rolls, lambda x: re.fullmatch(r"25\d{10}", x)) == 0
    assert _hits(rolls, lambda x: _phone_valid(x, "IN")) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the regions its phone numbers belong to (parsed in each until one says valid)
PHONE_REGIONS = {
    "sachovy_klub.hraci_elo": ("SK",), "planinska_koca.knjiga_gostov": ("SI", "AT", "DE", "CZ", "IT"),
    "krepsinio_akademija.zaidejai": ("LT",), "laulupidu.lauljad": ("EE",), "expozitie_feline.Expozanti": ("RO",),
    "fanfare.ledenlijst": ("BE",), "covoiturage.frontaliers": ("FR", "BE", "DE", "LU"),
    "skischule.LohnSkilehrer": ("CH", "AT"), "COLAISTE.SCOLAIRI_2025": ("IE",), "coaching.stu_adm": ("IN",),
    "palenque.proveedores_maguey": ("MX",), "将棋道場.会員名簿": ("JP",), "KIMONO_RENTAL.KASHIDASHI_DAICHO": ("JP",),
    "филармония.абонементы": ("RU",), "ελαιοτριβείο.παραδόσεις_ελαιοκάρπου": ("GR",),
    "hali_yikama.SiparisKayitlari": ("TR",), "tandem.iscrizioni_merged": ("IT",),
}


def test_when_a_column_is_labeled_phone_then_every_value_is_a_valid_number(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
    seen: set[str] = set()
    for table, column in phones:
        regions = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, rs=regions: any(_phone_valid(x, r) for r in rs)) == 0, \
            f"{table.name}.{column.name}"
        for text in values:
            if text.startswith(("+", "(+")):
                seen.add(phonenumbers.region_code_for_number(phonenumbers.parse(text, None)))
    assert {"SK", "SI", "LT", "EE", "RO", "BE", "LU", "CH", "IE", "IN", "MX", "GR", "LV", "DK", "SE"} <= seen
    odd = [str(x) for c in _columns(built) if "odd_format" in c.tags for x in _real(c.values)]
    assert _hits(odd, lambda x: re.match(r"\+\d+[./]", x) or x.startswith("(+")) >= 30


def test_when_the_value_modules_are_read_then_they_import_no_faker() -> None:
    for module in (heldout_v15, heldout_v15_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                    for alias in node.names}
        imported |= {(node.module or "").split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "faker" not in {name.lower() for name in imported}, module.__name__
        assert "governance_dagster" not in imported, module.__name__


def test_when_the_scorer_builds_set_v15_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v15.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v15"].DEFAULT_PATH == Path("/tmp/heldout_v15.duckdb")
