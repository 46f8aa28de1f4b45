"""Held-out set v134: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits, phones valid for their region, decoys failing their checks and its determinism
are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ipaddress
import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import ean, iban, luhn
from stdnum.au import abn, tfn
from stdnum.ca import sin
from stdnum.ch import uid
from stdnum.cn import uscc
from stdnum.cz import dic, rc
from stdnum.jp import cn as jp_cn
from stdnum.kr import brn, rrn
from stdnum.mx import curp
from stdnum.ru import inn
from stdnum.sg import uen
from stdnum.th import pin, tin
from stdnum.tw import ubn
from stdnum.vn import mst

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v134
from benchmarks.classification import heldout_v134_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "ja", "ko", "zh", "th", "vi", "ru", "cs"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}
CA = "falls_dutyfree.employee_roster"
SG = "gstRefundCentral.touristClaims"
NZ = "AklDutyFreePreorder.Orders"
PH = "DFP_ARRIVALS.BALIKBAYAN_PURCHASES"
AU = "trs_app.clm_hdr"
TX = "TXREFUND.MXV_CLAIM_EXTRACT"
TW = "stg_twrefund.src_kiosk_raw"
CH = "zermatt_boutique.taxfree_forms_json"
JA = "免税店_心斎橋.免税販売記録"
KO = "제주면세점.내국인_구매내역"
ZH = "海南离岛免税.购物提货记录"
TH = "ร้านอัญมณีภูเก็ต.คำร้องขอคืนภาษี"
VI = "mienthue_noibai.khach_hang_than_thiet"
RU = "дьюти_фри_пулково.участники_программы"
CS = "duty_free_ruzyne.vernostni_program"

scored_file, built = heldout_support.set_fixtures("v134")
_cells = heldout_support.Cells(heldout_v134.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v134, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "dotted"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_plain", "practitioner_id", "username"} <= tags
    personal = sum(c.kind != "none" for c in columns)
    assert 0.35 <= personal / len(columns) <= 0.65


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v134.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "practitioner_id"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_60_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 15
    for col in heavy:
        assert col.kind != "none" and 0.60 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 6
    for col in heavy:
        share = sum(_nullish(x) for x in col.values) / len(col.values)
        assert col.kind == "free_text" and 0.70 <= share <= 0.95, col.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if not col.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert sum(_nullish(x) for x in col.values) / len(col.values) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 12
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 12 and all(c.kind != "none" for c in role)
    assert {"emergency_contact_name", "TravelCompanionName", "AUTHORIZED_REP_NAME", "traveller.companion",
            "동반자_성명", "收件人", "มัคคุเทศก์", "nguoi_nhan_ho"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 10
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name


def test_when_a_custom_field_holds_no_personal_data_then_it_has_no_email_or_phone(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 3
    for col in plain:
        values = _str(_real(col.values))
        assert values and _misses(values, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 7) == 0, col.name


#: (table, column, check) for every checksummed personal identifier column
CHECKED: list[tuple[str, str, object]] = [
    (CA, "sin", sin.is_valid),
    (AU, "tfn", tfn.is_valid),
    (TX, "TXR-VIS-CURP", curp.is_valid),
    (KO, "주민등록번호", rrn.is_valid),
    (ZH, "身份证号", values.ric_is_valid),
    (TH, "เลขบัตรประชาชนมัคคุเทศก์", pin.is_valid),
    (RU, "инн", inn.is_valid),
    (CS, "rodne_cislo", rc.is_valid),
    (CS, "iban_cashback", iban.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        values_ = _str(_values(built, table, name))
        assert len(values_) >= 60 and _misses(values_, check) == 0, f"{table}.{name}"
        assert _column(built, table, name).kind in {"ssn", "national_id", "iban"}, f"{table}.{name}"


def test_when_a_column_is_labeled_credit_card_then_every_number_passes_luhn(built) -> None:
    cards = [(t.name, c) for t in built for c in t.columns if c.kind == "credit_card"]
    assert len(cards) >= 5
    for table, col in cards:
        numbers = [x.replace(" ", "") for x in _str(col.values)]
        assert len(numbers) >= 60 and _misses(numbers, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, table


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in ((KO, "주민등록번호", "생년월일", rrn.get_birth_date),
                                 (ZH, "身份证号", "出生日期", lambda x: date(int(x[6:10]), int(x[10:12]),
                                                                          int(x[12:14]))),
                                 (CS, "rodne_cislo", "datum_narozeni", rc.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    rows = zip(_column(built, TX, "TXR-VIS-CURP").values, _column(built, TX, "TXR-VIS-BIRTH-DT").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: curp.get_birth_date(r[0].strip()) == date(
        r[1] // 10_000, r[1] // 100 % 100, r[1] % 100)) == 0
    rows = zip(_column(built, VI, "so_cccd").values, _column(built, VI, "ngay_sinh").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: len(r[0]) == 12 and r[0][4:6] == f"{r[1].year % 100:02d}"
                                         and (r[0][3] in "01") == (r[1].year < 2000)) == 0


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    for name in ("TXR-VIS-BIRTH-DT", "TXR-PURCH-DT"):
        ymd = [x for x in _column(built, TX, name).values if x]
        assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    employees = [x.replace(" ", "") for x in _str(_values(built, CA, "employee_number"))]
    assert len(employees) >= 100 and _misses(employees, lambda x: len(x) == 9 and not luhn.is_valid(x)) == 0
    invoices = _str(_values(built, AU, "inv_no"))
    assert len(invoices) >= 100 and _misses(invoices, lambda x: len(x) == 11 and not abn.is_valid(x)) == 0
    orders = _str(_values(built, ZH, "订单编号"))
    assert len(orders) >= 100 and _misses(orders, lambda x: len(x) == 18 and not values.ric_is_valid(x)) == 0
    receipts = _str(_values(built, RU, "номер_чека"))
    assert len(receipts) >= 100 and _misses(receipts, lambda x: len(x) == 12 and not inn.is_valid(x)) == 0
    slips = _str(_values(built, CS, "cislo_uctenky"))
    assert len(slips) >= 100 and _misses(slips, lambda x: re.fullmatch(r"\d{6}/\d{4}", x)
                                         and not rc.is_valid(x)) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)


#: (table, column, check) for every business identifier and barcode column
BUSINESS: list[tuple[str, str, object]] = [
    (SG, "retailerUen", uen.is_valid), (AU, "sup_abn", abn.is_valid), (TW, "col10", ubn.is_valid),
    (CH, "merchant.uid", lambda x: uid.is_valid(x.replace(" MWST", ""))), (JA, "店舗法人番号", jp_cn.is_valid),
    (JA, "JANコード", ean.is_valid), (KO, "사업자등록번호", brn.is_valid), (ZH, "统一社会信用代码", uscc.is_valid),
    (ZH, "商品条码", ean.is_valid), (TH, "เลขผู้เสียภาษีร้าน", tin.is_valid), (VI, "ma_so_thue_cua_hang", mst.is_valid),
    (RU, "инн_магазина", inn.is_valid), (CS, "ico_provozovny", dic.is_valid),
]


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check_and_is_none(built) -> None:
    for table, name, check in BUSINESS:
        col = _column(built, table, name)
        assert col.kind == "none" and _misses(_str(col.values), check) == 0, f"{table}.{name}"


def _phone_valid(text: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
        return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {CA: "CA", SG: "AU", NZ: "NZ", PH: "PH", AU: "AU", TX: "MX", TW: "TW", CH: "US", JA: "JP", KO: "KR",
                 ZH: "CN", TH: "TH", VI: "VN", RU: "RU", CS: "CZ"}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15
    for table, col in phones:
        numbers = _str(_real(col.values))
        assert len(numbers) >= 80, f"{table.name}.{col.name}"
        assert _misses(numbers, lambda x, r=PHONE_REGIONS[table.name]: _phone_valid(x, r)) == 0, col.name


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name, region in ((CA, "store_phone", "CA"), (SG, "retailerPhone", "SG"),
                                (NZ, "CollectionPointPhone", "NZ"), (PH, "BRANCH_PHONE", "PH"),
                                (TX, "TXR-STORE-PHONE", "US"), (CH, "merchant.phone", "CH"),
                                (JA, "店舗電話番号", "JP"), (TH, "โทรศัพท์ร้าน", "TH"), (CS, "telefon_provozovny", "CZ")):
        col = _column(built, table, name)
        numbers = _str(col.values)
        assert col.kind == "none" and numbers, name
        if region != "US":  # the El Paso stores' numbers are fictitious 555-01xx numbers
            assert _misses(numbers, lambda x, r=region: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_ips_and_emails_are_built_then_they_parse(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 4
    for col in ips:
        assert _misses(_str(col.values), lambda x: bool(ipaddress.ip_address(x))) == 0, col.name
    mails = [c for c in _columns(built) if c.kind == "email"]
    assert len(mails) >= 12
    for col in mails:
        assert _misses(_str(col.values), lambda x: re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", x)) == 0, \
            col.name


#: table -> column -> the shape of its postal codes
POSTCODES = {(CA, "postal_code"): r"L\d[A-Z] \d[A-Z]\d", (SG, "homePostcode"): r"6\d{3}",
             (NZ, "BillingPostcode"): r"\d{4}", (PH, "ZIP_CODE"): r"\d{4}", (AU, "res_pcd"): r"4\d{3}",
             (TX, "TXR-VIS-CP"): r"3[1-3]\d{3}", (CH, "traveller.address.zip"): r"0\d{4}", (KO, "우편번호"): r"\d{5}",
             (ZH, "邮政编码"): r"\d{6}", (RU, "индекс"): r"1\d{5}", (CS, "psc"): r"\d{3} \d{2}"}


def test_when_a_postal_code_is_built_then_it_has_its_countrys_shape(built) -> None:
    for (table, name), shape in POSTCODES.items():
        col = _column(built, table, name)
        codes = _str(col.values)
        assert col.kind == "postal_code" and len(codes) >= 100, name
        assert _misses(codes, lambda x, s=shape: re.fullmatch(s, x)) == 0, name


def test_when_non_latin_values_are_built_then_their_scripts_occur(built) -> None:
    def only(table: str, name: str, low: str, high: str) -> int:
        return _misses(_str(_values(built, table, name)), lambda x: all(low <= ch <= high or ch == " " for ch in x))

    assert only(KO, "성명", "\uac00", "\ud7a3") == 0
    assert only(ZH, "姓名", "\u4e00", "\u9fff") == 0
    assert only(TH, "พนักงานขาย", "\u0e00", "\u0e7f") == 0 and only(TH, "มัคคุเทศก์", "\u0e00", "\u0e7f") == 0
    assert only(RU, "фамилия", "\u0400", "\u04ff") == 0
    assert only(JA, "販売担当者", "\u3040", "\u9fff") == 0
    vietnamese = _str(_values(built, VI, "ho_ten"))
    assert sum(any(ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ" for ch in x.lower())
               for x in vietnamese) >= len(vietnamese) // 2


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, TW)
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)
    dob = _str(_values(built, TW, "col06"))
    assert _misses(dob, lambda x: bool(date(int(x[:4]), int(x[5:7]), int(x[8:])))) == 0


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    table = heldout_support.table(built, TX)
    padded = [c for c in table.columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 8 and all("legacy" in c.tags for c in table.columns)
    assert sum(x == 0 for x in _column(built, TX, "TXR-VIS-PHONE").values) >= 20


def test_when_a_username_is_built_then_it_is_a_login_not_an_email(built) -> None:
    col = _column(built, CA, "payroll_login")
    assert col.kind == "unclassified" and "username" in col.tags
    assert _misses(_str(col.values), lambda x: "@" not in x and " " not in x) == 0


def test_when_a_guide_is_named_then_the_guides_number_and_phone_are_on_the_same_rows(built) -> None:
    names = _column(built, TH, "มัคคุเทศก์").values
    for other in ("เลขบัตรประชาชนมัคคุเทศก์", "เบอร์โทรมัคคุเทศก์", "เลขใบอนุญาตมัคคุเทศก์"):
        assert _misses(list(zip(names, _column(built, TH, other).values)),
                       lambda r: (r[0] is None) == (r[1] is None)) == 0, other
    assert 10 <= len(set(_str(names))) <= 30


def test_when_the_scorer_builds_set_v134_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v134.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v134"].DEFAULT_PATH == Path("/tmp/heldout_v134.duckdb")
