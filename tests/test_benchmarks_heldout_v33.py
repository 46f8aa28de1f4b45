"""Held-out set v33: its size, languages, labels, row counts, NULL and NULL-word shares, COBOL fixed-width columns,
staff columns, identifiers with check digits (python-stdnum, and the published rules for the Hungarian numbers),
phones of the set's countries (phonenumbers), and it is the same on every build (values are only counted or checked
here, never printed).

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
from stdnum.bg import egn
from stdnum.ee import ik
from stdnum.fi import hetu
from stdnum.hr import oib
from stdnum.il import idnr
from stdnum.is_ import kennitala
from stdnum.lt import asmens
from stdnum.ro import cnp
from stdnum.si import emso
from stdnum.sk import rc
from stdnum.th import pin

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v33, heldout_v33_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "hu", "ro", "fi", "et", "lt", "hr", "sl", "sk", "bg", "he", "vi", "th", "is"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v33")
_cells = heldout_support.Cells(heldout_v33.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v33, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 12 <= len(built) <= 16 and len(columns) >= 220
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "ssn", "credit_card"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "opaque", "misleading", "staff",
            "username", "join_key", "partial", "cobol", "fixed_width", "split_dob", "checksum",
            "value_shape"} <= tags
    assert {"snake", "camel", "pascal", "screaming", "cobol"} <= {t.style for t in built}
    assert sum(t.style == "cobol" for t in built) >= 2


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v33.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "join_key", "partial"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.tags & {"opaque", "misleading", "split_dob", "fixed_width"}):
        assert column.kind != "none", column.name


def test_when_the_set_is_built_then_every_table_has_200_or_more_rows_and_some_1000(built) -> None:
    sizes = []
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= min(lengths) <= 2_000, table.name
        sizes.append(lengths.pop())
    assert sum(s >= 1_000 for s in sizes) >= 3 and len(set(sizes)) == len(sizes)


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 6
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 1
    for column in heavy:
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"} and column.name != "FILLER":
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 10
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_a_cobol_column_is_fixed_width_then_every_value_has_one_length(built) -> None:
    fixed = [c for c in _columns(built) if "fixed_width" in c.tags]
    assert len(fixed) >= 6
    for column in fixed:
        lengths = {len(x) for x in column.values if x is not None}
        assert len(lengths) == 1, column.name
        assert all(x.isascii() for x in column.values if x is not None), column.name


def _hu_tax(x: object) -> bool:
    s = str(x)
    return bool(re.fullmatch(r"8[0-9]{9}", s)) and sum(int(d) * (i + 1) for i, d in enumerate(s[:9])) % 11 == int(
        s[9])


def _taj(x: object) -> bool:
    s = str(x).replace(" ", "")
    return bool(re.fullmatch(r"[0-9]{9}", s)) and sum(int(d) * (3 if i % 2 == 0 else 7)
                                                     for i, d in enumerate(s[:8])) % 10 == int(s[8])


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("kozmu.ugyfel_torzs", "ado_azon", _hu_tax), ("kozmu.ugyfel_torzs", "taj_szam", _taj),
    ("kozmu.ugyfel_torzs", "bankszla", iban.is_valid), ("banca.clienti", "cnp", cnp.is_valid),
    ("banca.clienti", "iban", iban.is_valid), ("kunta.asukasrekisteri", "henkilotunnus", hetu.is_valid),
    ("kunta.asukasrekisteri", "tilinumero", iban.is_valid), ("epood.kliendid", "isikukood", ik.is_valid),
    ("klinika.pacientai", "asmens_kodas", asmens.is_valid), ("osiguranje.Osiguranici", "OIB", oib.is_valid),
    ("osiguranje.Osiguranici", "IbanPlatitelja", iban.is_valid), ("kadri.ZAPOSLENI", "EMSO", emso.is_valid),
    ("kadri.ZAPOSLENI", "TRR", iban.is_valid), ("telekom.zakaznici", "rodneCislo", rc.is_valid),
    ("pensionen_fond.осигурени_лица", "егн", egn.is_valid),
    ("pensionen_fond.осигурени_лица", "iban_сметка", iban.is_valid),
    ("kupat_holim.מבוטחים", "תעודת_זהות", idnr.is_valid), ("rongphayaban.patients", "cid", pin.is_valid),
    ("ithrottafelag.felagar", "kennitala", kennitala.is_valid),
    ("ithrottafelag.felagar", "reikningur", iban.is_valid), ("PAYROLL.PYEXTR01", "SSN-NO", hetu.is_valid),
    ("PAYROLL.PYEXTR01", "IBAN-NO", iban.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and heldout_support.misses(values, check) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_one_of_its_row(built) -> None:
    for table, idc, dob, get in (("banca.clienti", "cnp", "data_nasterii", cnp.get_birth_date),
                                 ("pensionen_fond.осигурени_лица", "егн", "дата_раждане", egn.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and heldout_support.misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


def test_when_a_cccd_is_built_then_it_has_twelve_digits_and_encodes_the_year_of_birth(built) -> None:
    rows = zip(_column(built, "banle.khach_hang", "so_cccd").values,
               _column(built, "banle.khach_hang", "ngay_sinh").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100
    assert heldout_support.misses(pairs, lambda r: bool(re.fullmatch(r"[0-9]{12}", r[0])) and r[0][4:6] == r[1][-2:]) == 0


def test_when_a_date_of_birth_is_split_then_the_parts_make_a_date(built) -> None:
    parts = [_column(built, "klinika.pacientai", n).values for n in ("gim_metai", "gim_men", "gim_diena")]
    assert heldout_support.misses(list(zip(*parts)), lambda r: bool(date(*r))) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> region of its phones
PHONE_REGIONS = {"kozmu.ugyfel_torzs": "HU", "banca.clienti": "RO", "kunta.asukasrekisteri": "FI",
                 "epood.kliendid": "EE", "klinika.pacientai": "LT", "osiguranje.Osiguranici": "HR",
                 "telekom.zakaznici": "SK", "pensionen_fond.осигурени_лица": "BG", "kupat_holim.מבוטחים": "IL",
                 "banle.khach_hang": "VN", "rongphayaban.patients": "TH", "ithrottafelag.felagar": "IS",
                 "MAINFRM.CUSTMAST": "HU"}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 12
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and heldout_support.misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, \
            f"{table.name}.{column.name}"


def test_when_a_value_is_partial_then_it_holds_four_characters_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert cut and all(c.kind == "none" for c in cut)
    for column in cut:
        assert heldout_support.misses([str(x) for x in _real(column.values)], lambda x: len(x) == 4) == 0


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v33, heldout_v33_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "33"}, module.__name__


def test_when_the_scorer_builds_set_v33_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v33.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v33"].DEFAULT_PATH == Path("/tmp/heldout_v33.duckdb")
