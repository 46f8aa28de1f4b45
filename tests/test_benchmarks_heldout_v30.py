"""Held-out set v30: its size, tables, languages, labels, row counts, NULL and NULL-word shares, staff, role words,
opaque and misleading names, partial values, split dates of birth, identifiers with check digits (python-stdnum) and
their encoded birth dates, phones of thirteen regions (phonenumbers), IP addresses and value-shaped decoys are the
ones asked for, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, imei, luhn
from stdnum.ar import dni
from stdnum.au import abn, tfn
from stdnum.br import cnpj, cpf
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.id import nik
from stdnum.in_ import aadhaar, pan
from stdnum.ke import pin
from stdnum.kr import rrn
from stdnum.mx import curp, rfc
from stdnum.my import nric
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v30, heldout_v30_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "pt", "es", "ms", "ko", "id", "ar"}

TABLES = {
    "paysetu_kyc.customer_kyc", "feira_mkt.vendedores", "feira_mkt.buyer_orders", "movilred.suscriptores",
    "SIZWECOVER.POLICY_HOLDER", "koalax.customerProfile", "tumpang.driver_partner", "pixelmoon.account",
    "kuajing.customs_declaration", "pesapap.wallet_user", "tiendasSur.clienteFidelidad", "bpo_hr.agent_roster",
    "falconMiles.memberProfile", "sekolah.peserta_didik",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v30")
_cells = heldout_support.Cells(heldout_v30.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v30, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 12 <= len(built) <= 16 and 220 <= len(columns) <= 320
    assert 0.45 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.65
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "ssn", "credit_card"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "value_shape", "misleading",
            "opaque", "staff", "audit", "role_word", "service_account", "join_key", "partial", "local_script",
            "split_dob", "check_digit"} <= tags
    assert {"snake", "camel", "screaming"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v30.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "service_account", "join_key",
                                                           "partial"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"opaque", "split_dob", "check_digit"}):
        assert column.kind != "none", column.name


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_and_some_have_1000(built) -> None:
    sizes = []
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1, table.name
        size = lengths.pop()
        assert 200 <= size <= 2_000, table.name
        sizes.append(size)
    assert sum(s >= 1_000 for s in sizes) >= 4 and len(set(sizes)) >= 10


def test_when_a_column_is_tagged_null_heavy_then_50_to_90_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.90, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 1
    for column in heavy:
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert column.kind != "none" and 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 7
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 12 and all(c.kind in PERSON_KINDS for c in role)
    opaque = {c.name: c.kind for c in _columns(built) if "opaque" in c.tags}
    assert {"attr_3", "ref2", "extFieldB", "memo"} <= set(opaque) and "none" not in opaque.values()
    misleading = [c for c in _columns(built) if "misleading" in c.tags]
    assert {"address_id", "NAME_ID", "phone_id", "dob_key"} <= {c.name for c in misleading}
    assert all(c.kind == "none" and c.sql_type in {"INTEGER", "BIGINT"} for c in misleading)


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert len(cut) >= 2 and all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_a_date_of_birth_is_split_then_its_parts_make_dates(built) -> None:
    table = "tiendasSur.clienteFidelidad"
    parts = zip(*(_column(built, table, n).values for n in ("anioNac", "mesNac", "diaNac")), strict=True)
    import datetime

    assert _misses(list(parts), lambda p: bool(datetime.date(*p))) == 0


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("paysetu_kyc.customer_kyc", "pan_no", pan.is_valid),
    ("paysetu_kyc.customer_kyc", "aadhaar_no", aadhaar.is_valid),
    ("feira_mkt.vendedores", "cpf", cpf.is_valid),
    ("feira_mkt.vendedores", "cnpj", cnpj.is_valid),
    ("feira_mkt.vendedores", "iban_repasse", iban.is_valid),
    ("feira_mkt.buyer_orders", "buyer_cpf", cpf.is_valid),
    ("movilred.suscriptores", "curp", curp.is_valid),
    ("movilred.suscriptores", "rfc", lambda x: rfc.is_valid(x, validate_check_digits=True)),
    ("movilred.suscriptores", "imei", imei.is_valid),
    ("SIZWECOVER.POLICY_HOLDER", "ID_NUMBER", idnr.is_valid),
    ("koalax.customerProfile", "tfn", tfn.is_valid),
    ("koalax.customerProfile", "soleTraderAbn", abn.is_valid),
    ("tumpang.driver_partner", "no_mykad", nric.is_valid),
    ("pixelmoon.account", "rrn", rrn.is_valid),
    ("kuajing.customs_declaration", "buyer_id_no", ric.is_valid),
    ("pesapap.wallet_user", "kra_pin", pin.is_valid),
    ("tiendasSur.clienteFidelidad", "nroDocumento", lambda x: rut.is_valid(x) or dni.is_valid(x)),
    ("tiendasSur.clienteFidelidad", "rutEmpresa", rut.is_valid),
    ("falconMiles.memberProfile", "emiratesId", luhn.is_valid),
    ("falconMiles.memberProfile", "cashbackIban", iban.is_valid),
    ("sekolah.peserta_didik", "nik", nik.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    values = [x.replace("-", "") if column == "emiratesId" else x for x in values]
    assert len(values) >= 20 and _misses(values, check) == 0


def _same_day(a: object, b: object) -> bool:
    """The same day of the same two-digit year: MyKad and the SA ID carry a two-digit year, and python-stdnum may put
    them in the wrong century."""
    return (a.year % 100, a.month, a.day) == (b.year % 100, b.month, b.day)


def test_when_a_national_id_is_built_then_it_encodes_the_date_of_birth_of_its_row(built) -> None:
    import datetime

    def ymd(x: object) -> datetime.date:
        return datetime.datetime.strptime(str(x), "%Y%m%d").date()

    def text(x: object) -> datetime.date:
        return datetime.datetime.strptime(str(x), "%d-%m-%Y").date()

    for table, idc, dob, get, conv in (
            ("movilred.suscriptores", "curp", "fecha_nacimiento", curp.get_birth_date, lambda x: x),
            ("SIZWECOVER.POLICY_HOLDER", "ID_NUMBER", "BIRTH_DT", idnr.get_birth_date, ymd),
            ("tumpang.driver_partner", "no_mykad", "tarikh_lahir", nric.get_birth_date, text),
            ("pixelmoon.account", "rrn", "birth_ymd", rrn.get_birth_date, ymd),
            ("sekolah.peserta_didik", "nik", "tanggal_lahir", nik.get_birth_date, lambda x: x)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values, strict=True)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get, k=conv: _same_day(f(r[0]), k(r[1]))) == 0, \
            table


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the regions its phone numbers may belong to (the first is the default region for parsing)
PHONE_REGIONS = {
    "paysetu_kyc.customer_kyc": ["IN"], "feira_mkt.vendedores": ["BR"], "feira_mkt.buyer_orders": ["BR"],
    "movilred.suscriptores": ["MX"], "SIZWECOVER.POLICY_HOLDER": ["ZA"], "koalax.customerProfile": ["AU"],
    "tumpang.driver_partner": ["MY"], "pixelmoon.account": ["KR"], "kuajing.customs_declaration": ["CN"],
    "pesapap.wallet_user": ["KE"], "tiendasSur.clienteFidelidad": ["AR", "CL"], "bpo_hr.agent_roster": ["PH"],
    "falconMiles.memberProfile": ["AE", "QA", "SA", "OM"], "sekolah.peserta_didik": ["ID"],
}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid_in_its_regions(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15
    seen: set[str] = set()
    for table, column in phones:
        regions = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, rs=regions: any(_phone_valid(x, r) for r in rs)) == 0, \
            f"{table.name}.{column.name}"
        for x in values:
            for r in regions:
                if _phone_valid(x, r):
                    seen.add(phonenumbers.region_code_for_number(phonenumbers.parse(x, r)))
                    break
    assert {"IN", "BR", "MX", "ZA", "AU", "MY", "KR", "CN", "KE", "AR", "CL", "PH", "AE", "ID"} <= seen


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_column_is_labeled_email_then_every_value_is_an_address(built) -> None:
    for column in (c for c in _columns(built) if c.kind == "email"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", x))) == 0, \
            column.name


def test_when_names_are_in_local_scripts_then_hangul_hanzi_and_arabic_occur(built) -> None:
    scripts = {"ko": r"[\uac00-\ud7a3]", "zh": r"[\u4e00-\u9fff]", "ar": r"[\u0600-\u06ff]"}
    for table, name, script in (("pixelmoon.account", "real_name", "ko"),
                                ("kuajing.customs_declaration", "buyer_name", "zh"),
                                ("falconMiles.memberProfile", "fullNameAr", "ar")):
        values = [str(x) for x in _values(built, table, name)]
        assert len(values) >= 100 and _misses(values, lambda x, s=scripts[script]: bool(re.search(s, x))) == 0


def test_when_a_decoy_is_shaped_like_a_value_then_it_is_none_and_there_are_many(built) -> None:
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)
    coords = [c for c in _columns(built) if c.sql_type == "DOUBLE" and "_l" in c.name]
    assert len(coords) == 2 and all(c.kind == "none" for c in coords)


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v30, heldout_v30_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "30"}, module.__name__


def test_when_the_scorer_builds_set_v30_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v30.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v30"].DEFAULT_PATH == Path("/tmp/heldout_v30.duckdb")
