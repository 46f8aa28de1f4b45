"""Held-out set v37: its size, tables, labels, row counts, NULL shares, staff columns, identifiers with check digits
(python-stdnum; the Taiwanese ID and the HKID by the value module's own published-rule checks), phones
(phonenumbers), decoys and determinism are the ones asked for (values are only counted or checked here, never
printed). Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line
and message, never the values."""

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
from stdnum import luhn
from stdnum.cn import ric
from stdnum.id import nik
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as mynumber
from stdnum.kr import rrn
from stdnum.th import pin

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v37, heldout_v37_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

TABLES = {
    "jp_ec.会員", "jinji.shain_master", "baedal.주문", "haksa.haksaeng", "naicha.会员", "kuaidi.yundan",
    "clinic.病患資料", "fitness.members", "bima.policy_dharak", "vidyalaya.छात्र", "nganhang.khach_hang",
    "rongraem.ทะเบียนผู้เข้าพัก", "dompet.pengguna", "telco.sim_registration",
}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v37")
_cells = heldout_support.Cells(heldout_v37.NULLISH)
_real, _values = _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v37, built) == []


def test_when_the_set_is_built_then_it_has_the_size_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 12 <= len(built) <= 16 and len(columns) >= 220
    assert {t.name for t in built} == TABLES
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"person_name", "first_name", "last_name", "phone", "email", "national_id", "street_address",
            "postal_code", "city", "date_of_birth", "ip_address", "free_text", "unclassified", "none"} <= {
        c.kind for c in columns}
    assert {"ja", "ko", "zh", "zh-Hant", "hi", "vi", "th", "id", "en"} <= {t.language_of(c) for t in built
                                                                           for c in t.columns}
    assert sum("native_script" in c.tags for c in columns) >= 80


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v37.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == len(_columns(built))


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in _columns(built):
        if column.tags & {"business", "decoy", "join_key", "partial", "credential"}:
            assert column.kind == "none", column.name
        if column.kind == "none":
            assert column.tags & {"business", "decoy"}, column.name
        assert ("username" in column.tags) == (column.kind == "unclassified"), column.name


def test_when_the_set_is_built_then_every_table_has_200_or_more_rows(built) -> None:
    sizes = []
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1, table.name
        sizes.append(lengths.pop())
    assert min(sizes) >= 200 and sum(s >= 1_000 for s in sizes) >= 3 and len(set(sizes)) >= 10


def test_when_a_column_is_tagged_null_heavy_then_50_to_90_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.90, column.name
    for column in (c for c in _columns(built) if "null_heavy" not in c.tags and c.kind != "none"):
        assert _null_share(column) < 0.50, column.name


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 10
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


CHECKED = [
    ("jinji.shain_master", "my_number", mynumber.is_valid),
    ("haksa.haksaeng", "jumin_beonho", rrn.is_valid),
    ("naicha.会员", "身份证号", ric.is_valid),
    ("clinic.病患資料", "身分證字號", heldout_v37_values.tw_id_valid),
    ("fitness.members", "hkid_no", heldout_v37_values.hkid_valid),
    ("bima.policy_dharak", "aadhaar_no", aadhaar.is_valid),
    ("bima.policy_dharak", "pan", pan.is_valid),
    ("vidyalaya.छात्र", "आधार_संख्या", aadhaar.is_valid),
    ("rongraem.ทะเบียนผู้เข้าพัก", "เลขบัตรประชาชน", pin.is_valid),
    ("dompet.pengguna", "nik", nik.is_valid),
    ("telco.sim_registration", "iccid", luhn.is_valid),
    ("telco.sim_registration", "imei", luhn.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{i}" for i in range(len(CHECKED))])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 50 and _misses(values, check) == 0


def test_when_the_own_checks_are_given_published_examples_then_they_agree(built) -> None:
    assert heldout_v37_values.tw_id_valid("A123456789") and not heldout_v37_values.tw_id_valid("A123456788")
    assert heldout_v37_values.hkid_valid("G123456(A)") and heldout_v37_values.hkid_valid("A123456(3)")
    assert not heldout_v37_values.hkid_valid("A123456(4)")


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_row_s(built) -> None:
    for table, idc, dob, get in (("naicha.会员", "身份证号", "出生日期", ric.get_birth_date),
                                 ("dompet.pengguna", "nik", "tgl_lahir", nik.get_birth_date),
                                 ("haksa.haksaeng", "jumin_beonho", "saengnyeonworil", rrn.get_birth_date)):
        rows = [(p, d) for p, d in zip(_column(built, table, idc).values, _column(built, table, dob).values,
                                       strict=True) if p is not None]

        def same(r, f=get) -> bool:
            d = r[1]
            if isinstance(d, str):
                y, m, dd = (int(x) for x in re.findall(r"\d+", d))
                d = date(y, m, dd)
            got = f(r[0])  # a two-digit year (NIK) is compared without its century
            return (got.year % 100, got.month, got.day) == (d.year % 100, d.month, d.day)

        assert len(rows) >= 100 and _misses(rows, same) == 0, table


PHONE_REGIONS = {"jp_ec.会員": "JP", "jinji.shain_master": "JP", "baedal.주문": "KR", "haksa.haksaeng": "KR",
                 "naicha.会员": "CN", "kuaidi.yundan": "CN", "clinic.病患資料": "TW", "fitness.members": "HK",
                 "bima.policy_dharak": "IN", "vidyalaya.छात्र": "IN", "nganhang.khach_hang": "VN",
                 "rongraem.ทะเบียนผู้เข้าพัก": "TH", "dompet.pengguna": "ID", "telco.sim_registration": "PH"}


def _phone_valid(text: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
        return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region
    except phonenumbers.NumberParseException:
        return False


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_country(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 14
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, column.name


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address(built) -> None:
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name


def test_when_a_value_is_partial_then_it_holds_four_digits(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert len(cut) >= 2
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v37, heldout_v37_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "37"}, module.__name__


def test_when_the_scorer_builds_set_v37_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v37.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v37"].DEFAULT_PATH == Path("/tmp/heldout_v37.duckdb")
