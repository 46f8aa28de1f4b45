"""Held-out set v50: its size, systems, languages and scripts, labels, row counts, NULL and NULL-word shares,
children's recent birth dates, identifiers with check digits (and the birth dates they encode), people under role
words and staff, several names in one cell, join keys and institution-assigned numbers, decoys (class and room names,
grades, school contacts, exam and roll numbers), opaque and misleading names, audit logins and service accounts,
phones of fifteen countries and name pools are the ones asked for, and it is the same on every build (values are only
counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
import unicodedata
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.ca import sin
from stdnum.cn import ric
from stdnum.gb import upn
from stdnum.gr import amka
from stdnum.ie import pps
from stdnum.in_ import aadhaar
from stdnum.nz import ird
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v50, heldout_v50_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: six English tables, nine in other languages, seven of them in non-Latin scripts
LANGUAGES = {"en", "ko", "zh", "ru", "el", "ar", "hi", "ja", "de", "fr"}
NON_LATIN = {"ko": "HANGUL", "zh": "CJK", "ru": "CYRILLIC", "el": "GREEK", "ar": "ARABIC", "hi": "DEVANAGARI",
             "ja": "CJK"}

#: every table of the set, one system and one country each
TABLES = {
    "powerschool.STUDENTS", "walkley_mis.attendance_marks", "ChildcareHub.ChildRegister", "NSLS_EXT.BRWR_ACCT",
    "alumni_office.giftRecords", "tutormatch.session_bookings", "학원관리.출결_기록", "幼儿园.幼儿花名册",
    "рцои.участники_егэ", "φοιτητολόγιο.φοιτητές", "النقل_المدرسي.كشف_الحافلات", "प्रवेश.आवेदन_पत्र", "入試.出願者一覧",
    "kita_verwaltung.Kinder", "APOGEE.INDIVIDU_EXPORT",
}

#: table -> the region its phone numbers belong to
PHONE_REGIONS = {
    "powerschool.STUDENTS": "US", "walkley_mis.attendance_marks": "GB", "ChildcareHub.ChildRegister": "AU",
    "NSLS_EXT.BRWR_ACCT": "CA", "alumni_office.giftRecords": "IE", "tutormatch.session_bookings": "NZ",
    "학원관리.출결_기록": "KR", "幼儿园.幼儿花名册": "CN", "рцои.участники_егэ": "RU", "φοιτητολόγιο.φοιτητές": "GR",
    "النقل_المدرسي.كشف_الحافلات": "AE", "प्रवेश.आवेदन_पत्र": "IN", "入試.出願者一覧": "JP", "kita_verwaltung.Kinder": "DE",
    "APOGEE.INDIVIDU_EXPORT": "FR",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

#: kinds a none-labeled tag implies
NONE_TAGS = {"business", "decoy", "service_account", "join_key", "tokenized", "partial", "credential",
             "student_number", "exam_number", "class_name", "grade_score", "relationship"}

scored_file, built = heldout_support.set_fixtures("v50")
_cells = heldout_support.Cells(heldout_v50.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v50, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 14 <= len(built) <= 15 and 340 <= len(columns) <= 420
    assert 0.45 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.58
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 6
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "value_shape", "misleading",
            "opaque", "staff", "audit", "role_word", "child", "service_account", "premises", "join_key",
            "student_number", "exam_number", "class_name", "grade_score", "relationship", "role_email",
            "multi_value", "placeholder", "tokenized", "partial", "credential", "check_digit", "locality",
            "patronymic"} <= tags
    assert {"snake", "camel", "pascal", "screaming", "pascal_snake", "plain"} <= {t.style for t in built}


def test_when_a_table_is_in_a_non_latin_language_then_its_column_names_are_in_that_script(built) -> None:
    for table in (t for t in built if t.language in NON_LATIN):
        script = NON_LATIN[table.language]
        named = [c for c in table.columns if any(script in unicodedata.name(ch, "") for ch in c.name)]
        assert len(named) >= 0.85 * len(table.columns), table.name
        assert any(script in unicodedata.name(ch, "") for ch in table.name), table.name


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v50.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & NONE_TAGS):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"role_email"}):
        assert column.kind == "email", column.name
    for column in (c for c in _columns(built) if c.tags & {"placeholder", "child", "check_digit", "premises"}):
        assert column.kind != "none", column.name
    for column in (c for c in _columns(built) if "locality" in c.tags):
        assert column.kind == "city", column.name
    for column in (c for c in _columns(built) if "patronymic" in c.tags):
        assert column.kind in PERSON_KINDS, column.name
    assert {c.kind for c in _columns(built) if "premises" in c.tags} == {"street_address"}


def test_when_a_number_is_assigned_by_the_institution_then_it_is_none_and_national_ones_are_not(built) -> None:
    assigned = {c.name for c in _columns(built) if c.tags & {"student_number", "exam_number"}}
    assert {"Student_Number", "pupil_id", "원생번호", "幼儿编号", "αριθμός_μητρώου", "COD_ETU", "受験番号",
            "код_участника", "इंटर_अनुक्रमांक", "आवेदन_संख्या"} <= assigned
    national = {c.name for c in _columns(built) if c.kind == "national_id"}
    assert {"upn", "COD_NNE_IND", "SIN", "ppsn", "tutor_ird", "身份证号", "снилс", "паспорт_серия_номер", "αμκα",
            "αδτ", "رقم_الهوية", "आधार_संख्या"} == national
    assert [c.name for c in _columns(built) if c.kind == "ssn"] == ["SSN"]


def test_when_a_column_is_a_join_key_or_a_credential_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 10 and all(c.kind == "none" for c in keys)
    creds = {c.name for c in _columns(built) if "credential" in c.tags}
    assert {"Web_Password", "CollectionPassword"} <= creds
    hashes = [x for x in _values(built, "powerschool.STUDENTS", "Web_Password")]
    assert hashes and _misses(hashes, lambda x: str(x).startswith("$2b$10$") and len(str(x)) == 60) == 0


def test_when_a_child_is_in_the_set_then_the_birth_date_is_recent(built) -> None:
    """Nursery children are born 2019 to 2024, school children 2007 to 2021, exam candidates and applicants
    2002 to 2008."""
    ranges = {
        ("ChildcareHub.ChildRegister", "ChildDob"): (2019, 2024), ("幼儿园.幼儿花名册", "出生日期"): (2019, 2022),
        ("kita_verwaltung.Kinder", "Geburtsdatum"): (2019, 2024), ("powerschool.STUDENTS", "DOB"): (2007, 2021),
        ("walkley_mis.attendance_marks", "date_of_birth"): (2014, 2021), ("학원관리.출결_기록", "생년월일"): (2010, 2016),
        ("النقل_المدرسي.كشف_الحافلات", "تاريخ_الميلاد"): (2011, 2020),
        ("tutormatch.session_bookings", "stu_dob"): (2007, 2018), ("рцои.участники_егэ", "дата_рождения"): (2002, 2008),
        ("入試.出願者一覧", "生年月日"): (2005, 2008), ("प्रवेश.आवेदन_पत्र", "जन्म_तिथि"): (2004, 2008),
    }
    for (table, name), (lo, hi) in ranges.items():
        years = [_year(x) for x in _values(built, table, name)]
        assert len(years) >= 20 and _misses(years, lambda y, a=lo, b=hi: a <= y <= b) == 0, name
    children = [c for c in _columns(built) if "child" in c.tags and c.kind == "date_of_birth"]
    assert len(children) >= 8


def _year(value: object) -> int:
    if isinstance(value, (date, datetime)):
        return value.year
    parts = re.findall(r"[0-9]+", str(value))
    years = [p for p in parts if len(p) == 4]
    return int(years[0]) if years else int(parts[0][:4])


def _snils(text: str) -> bool:
    digits = re.sub(r"[^0-9]", "", text)
    if len(digits) != 11:
        return False
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits[:9]))
    while total > 101:
        total %= 101
    return f"{0 if total in (100, 101) else total:02d}" == digits[9:]


def _emirates_id(text: str) -> bool:
    return bool(re.fullmatch(r"784-[0-9]{4}-[0-9]{7}-[0-9]", text)) and luhn.is_valid(text.replace("-", ""))


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("walkley_mis.attendance_marks", "upn", upn.is_valid),
    ("powerschool.STUDENTS", "SSN", ssn.is_valid),
    ("NSLS_EXT.BRWR_ACCT", "SIN", sin.is_valid),
    ("alumni_office.giftRecords", "ppsn", pps.is_valid),
    ("alumni_office.giftRecords", "iban", iban.is_valid),
    ("alumni_office.giftRecords", "cardNumber", luhn.is_valid),
    ("tutormatch.session_bookings", "tutor_ird", ird.is_valid),
    ("幼儿园.幼儿花名册", "身份证号", ric.is_valid),
    ("рцои.участники_егэ", "снилс", _snils),
    ("φοιτητολόγιο.φοιτητές", "αμκα", amka.is_valid),
    ("النقل_المدرسي.كشف_الحافلات", "رقم_الهوية", _emirates_id),
    ("प्रवेश.आवेदन_पत्र", "आधार_संख्या", aadhaar.is_valid),
    ("kita_verwaltung.Kinder", "IBAN", iban.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0
    assert "check_digit" in _column(built, table, column).tags or column == "SSN"


def test_when_every_checked_column_is_listed_then_none_is_left_out(built) -> None:
    tagged = {(t.name, c.name) for t in built for c in t.columns if "check_digit" in c.tags}
    assert tagged <= {(t, c) for t, c, _ in CHECKED} and len(tagged) >= 12


def test_when_an_identity_number_encodes_a_birth_date_then_it_is_the_birth_date_of_its_row(built) -> None:
    rows = zip(_column(built, "幼儿园.幼儿花名册", "身份证号").values, _column(built, "幼儿园.幼儿花名册", "出生日期").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: ric.get_birth_date(r[0]) == r[1]) == 0
    table = "φοιτητολόγιο.φοιτητές"
    rows = zip(_column(built, table, "αμκα").values, _column(built, table, "ημερομηνία_γέννησης").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100
    assert _misses(pairs, lambda r: _day_month_yy(amka.get_birth_date(r[0])) == _day_month_yy(r[1])) == 0
    table = "النقل_المدرسي.كشف_الحافلات"
    rows = zip(_column(built, table, "رقم_الهوية").values, _column(built, table, "تاريخ_الميلاد").values)
    assert _misses(list(rows), lambda r: int(r[0][4:8]) == r[1].year) == 0


def _day_month_yy(day: date) -> tuple[int, int, int]:
    """AMKA keeps two digits of the year (python-stdnum puts them in the 1900s)."""
    return day.day, day.month, day.year % 100


def test_when_a_value_is_partial_then_it_is_a_fragment_and_none(built) -> None:
    cut = {c.name: c for c in _columns(built) if "partial" in c.tags}
    assert set(cut) == {"cardLast4", "COD_CLE_NNE_IND"} and all(c.kind == "none" for c in cut.values())
    last4 = [str(x) for x in _real(cut["cardLast4"].values)]
    assert len(last4) >= 50 and _misses(last4, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0
    keys = [str(x) for x in _real(cut["COD_CLE_NNE_IND"].values)]
    assert _misses(keys, lambda x: bool(re.fullmatch(r"[A-Z]", x))) == 0


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 2
    for column in dirty:
        present = [x for x in column.values if x is not None]
        words = [x for x in present if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(present), column.name


def test_when_names_mislead_or_are_opaque_then_personal_values_hide_behind_some_of_them(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert {"ALT_KEY": "email", "promo_ref": "email", "fundName": "none"} == misleading
    for table, name in (("NSLS_EXT.BRWR_ACCT", "ALT_KEY"), ("tutormatch.session_bookings", "promo_ref")):
        values = _values(built, table, name)
        assert len(values) >= 50 and _misses(values, lambda x: "@" in str(x)) == 0, name
    opaque = {c.name: c.kind for c in _columns(built) if "opaque" in c.tags}
    assert opaque == {"UDF_3": "phone", "UDF_5": "none", "COL12": "phone", "COL13": "none"}


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 30
    assert all(c.kind in PERSON_KINDS for c in role)
    assert {"Mother", "Father", "Counselor", "taken_by", "first_contact_name", "AuthorisedPickups", "SPOUSE_NM",
            "inMemoryOf", "developmentOfficer", "gdn1_nm", "tutor_nm", "담당강사", "학부모명", "接送人", "班主任",
            "организатор_в_аудитории", "ακαδημαϊκός_σύμβουλος", "اسم_السائق", "ولي_الأمر", "पिता_का_नाम",
            "保護者氏名", "Abholberechtigte", "Kontoinhaber", "NOM_PRENOM_URG"} <= {c.name for c in role}
    assert {"Guardianemail", "taken_by_email", "gdn1_eml", "tutor_eml"} <= {
        c.name for c in _columns(built) if "role_email" in c.tags}


def test_when_a_cell_holds_several_values_then_some_cells_hold_a_separator(built) -> None:
    multi = {c.name: c for c in _columns(built) if "multi_value" in c.tags}
    assert set(multi) == {"Guardianemail", "AuthorisedPickups", "Abholberechtigte"}
    for name, sep, least in (("Guardianemail", ",", 50), ("AuthorisedPickups", ";", 5), ("Abholberechtigte", ",", 5)):
        values = [str(x) for x in _real(multi[name].values)]
        assert _hits(values, lambda x, s=sep: s in x) >= least, name
        assert multi[name].kind != "none"


def test_when_coordinates_are_built_then_they_are_a_bus_stops_and_none(built) -> None:
    doubles = [c for c in _columns(built) if c.sql_type == "DOUBLE"]
    assert len(doubles) == 2 and all(c.kind == "none" for c in doubles)


def test_when_a_home_is_named_as_a_venue_or_a_pick_up_point_then_it_is_a_street_address(built) -> None:
    premises = {c.name for c in _columns(built) if "premises" in c.tags}
    assert premises == {"venue_addr", "نقطة_الصعود"}


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 4 and len(services) >= 1
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name
    users = [c for c in _columns(built) if c.kind == "unclassified"]
    assert len(users) >= 5


def test_when_the_set_is_built_then_tables_have_small_and_large_row_counts(built) -> None:
    counts = []
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1, table.name
        counts.append(lengths.pop())
    assert min(counts) >= 20 and max(counts) <= 1_200
    assert sum(n <= 60 for n in counts) >= 3 and sum(n >= 300 for n in counts) >= 9


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 8
    for column in heavy:
        assert column.kind == "free_text", column.name
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 10
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert {"person_name", "first_name"} <= {c.kind for c in staff}


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid_in_its_country(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 25
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert set(PHONE_REGIONS.values()) <= seen


def test_when_a_column_is_labeled_email_then_every_cell_holds_addresses(built) -> None:
    for column in (c for c in _columns(built) if c.kind == "email"):
        values = [part for x in _real(column.values) for part in str(x).split(",")]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[^@\s,]+@[^@\s,]+\.[A-Za-z]+", x))) == 0, \
            column.name


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name
    contacts = {c.name for c in _columns(built) if "business" in c.tags}
    assert {"school_phone", "school_email", "CentrePhone", "CentreEmail", "园所电话", "알림톡_발신번호",
            "KitaTelefon", "INST_NM", "出身高校"} <= contacts


def test_when_decoys_look_personal_then_they_are_none_and_shaped_like_their_kind(built) -> None:
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)
    forms = _values(built, "walkley_mis.attendance_marks", "registration_form")
    assert "Year 4 Oak" in set(forms)
    classes = [c for c in _columns(built) if "class_name" in c.tags]
    assert len(classes) >= 8 and len({c.name for c in classes}) == len(classes)
    grades = [c for c in _columns(built) if "grade_score" in c.tags]
    assert len(grades) >= 4 and all(c.kind == "none" for c in grades)
    insee = _values(built, "APOGEE.INDIVIDU_EXPORT", "COD_COM")
    assert _misses(insee, lambda x: bool(re.fullmatch(r"[0-9]{5}", str(x)))) == 0


def test_when_name_pools_are_read_then_every_country_has_dozens_of_names(built) -> None:
    for locale, (males, females, families) in heldout_v50_values.LATIN.items():
        assert min(len(set(males)), len(set(females)), len(set(families))) >= 20, locale
    for locale, (boys, girls) in heldout_v50_values.KIDS.items():
        assert min(len(set(boys)), len(set(girls))) >= 20, locale
    for locale, (males, females, families) in heldout_v50_values.NATIVE.items():
        assert min(len(set(males)), len(set(females))) >= 20 and len(set(families)) >= 20, locale
    assert len(heldout_v50_values.RU_FAMILY) >= 30 and len(heldout_v50_values.GR_FAMILY) >= 25
    assert min(len(heldout_v50_values.RU_MALE), len(heldout_v50_values.GR_FEMALE)) >= 20


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v50, heldout_v50_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "50"}, module.__name__


def test_when_the_scorer_builds_set_v50_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v50.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v50"].DEFAULT_PATH == Path("/tmp/heldout_v50.duckdb")
