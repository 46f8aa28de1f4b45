"""Held-out set v131: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits, phones valid for their region, decoys failing their checks and its determinism
are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import re
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.ad import nrt
from stdnum.cl import rut
from stdnum.fr import nir, siret
from stdnum.it import codicefiscale, iva
from stdnum.jp import cn
from stdnum.kr import brn, rrn
from stdnum.si import ddv, emso
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v131
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "it", "fr", "sl", "ja", "ko", "ca"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v131")
_cells = heldout_support.Cells(heldout_v131.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v131, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "spaced", "native"} <= {
        t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_plain", "practitioner_id", "username"} <= tags
    assert {"ssn", "national_id", "credit_card", "iban", "ip_address", "unclassified"} <= {c.kind for c in columns}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v131.labels(built)
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


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        assert col.kind != "none" and 0.50 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 6
    for col in heavy:
        share = sum(_nullish(x) for x in col.values) / len(col.values)
        assert col.kind != "none" and 0.70 <= share <= 0.95, col.name


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
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {"emergency_contact_name", "WaiverWitness", "GUARDIAN_NAME", "EP-DEP-NAME", "Debenture Beneficiary",
            "Notfallkontakt", "genitore_tutore", "personneAPrevenir", "保護者氏名", "보호자_성명",
            "tutor_legal"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_personal_values_only_where_labeled(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 10
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 4
    for col in plain:
        values = [str(x) for x in _real(col.values)]
        assert values and _misses(values, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 7) == 0, col.name


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _iban_ok(value: object) -> bool:
    return iban.is_valid(str(value)) and str(value)[:2] in ("AT", "AD")


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("greenridge_snowsports.instructor_onboarding", "ssn", ssn.is_valid),
    ("SKIPASLEG.EMP_DEP_PASS_EXTRACT", "EP-EMP-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("SNOWSCHOOL_EC.SKI_SCHOOL_ENROLMENTS", "LEARNER_ID_NUMBER", idnr.is_valid),
    ("SNOWSCHOOL_EC.SKI_SCHOOL_ENROLMENTS", "GUARDIAN_ID_NUMBER", idnr.is_valid),
    ("stg_cordillera_pass.src_pass_raw", "col03", rut.is_valid),
    ("scuola_sci_gardena.iscrizioni_corsi", "codice_fiscale", codicefiscale.is_valid),
    ("guidesPralognan.inscriptionsCourses", "nirCpf", nir.is_valid),
    ("pd_kamnik_koca.rezervacije_nocitev", "emso", emso.is_valid),
    ("평창스노우리조트.시즌권_판매", "주민등록번호", rrn.is_valid),
    ("neu_encamp.abonaments_temporada", "nrt", nrt.is_valid),
    ("AlpenvereinPinzgau.HuettenReservierungen", "AnzahlungIban", _iban_ok),
    ("neu_encamp.abonaments_temporada", "iban_domiciliacio", _iban_ok),
    ("wanakaPasses.seasonPassOrders", "cardOnFile", luhn.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    values = _str(_values(built, table, name))
    assert len(values) >= 60 and _misses(values, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id", "iban", "credit_card"}


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (
            ("SNOWSCHOOL_EC.SKI_SCHOOL_ENROLMENTS", "LEARNER_ID_NUMBER", "LEARNER_DOB", idnr.get_birth_date),
            ("scuola_sci_gardena.iscrizioni_corsi", "codice_fiscale", "data_nascita",
             lambda x: codicefiscale.get_birth_date(x, minyear=1950)),
            ("pd_kamnik_koca.rezervacije_nocitev", "emso", "datum_rojstva", emso.get_birth_date),
            ("평창스노우리조트.시즌권_판매", "주민등록번호", "생년월일", rrn.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 50 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    rows = zip(_column(built, "guidesPralognan.inscriptionsCourses", "nirCpf").values,
               _column(built, "guidesPralognan.inscriptionsCourses", "dateNaissance").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 40 and _misses(pairs, lambda r: r[0][1:5] == f"{r[1].year % 100:02d}{r[1].month:02d}") == 0


def test_when_a_birth_date_is_numeric_or_text_then_it_decodes_to_a_real_date(built) -> None:
    for name in ("EP-EMP-DOB", "EP-DEP-DOB"):
        ymd = [x for x in _column(built, "SKIPASLEG.EMP_DEP_PASS_EXTRACT", name).values if x]
        assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    for table, name, fmt in (("stg_cordillera_pass.src_pass_raw", "col05", "%d-%m-%Y"),
                             ("hotham_lodge.Lodge Members", "Date of Birth", "%d/%m/%Y")):
        texts = _str(_values(built, table, name))
        assert len(texts) >= 100 and _misses(texts, lambda x, f=fmt: datetime.strptime(x, f).year < 2025) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, pattern, check in (
            ("greenridge_snowsports.instructor_onboarding", "employee_number", r"\d{3}-\d{2}-\d{4}", ssn.is_valid),
            ("SNOWSCHOOL_EC.SKI_SCHOOL_ENROLMENTS", "ENROLMENT_NO", r"\d{13}", idnr.is_valid),
            ("stg_cordillera_pass.src_pass_raw", "col11", r"\d{1,2}\.\d{3}\.\d{3}-[\dK]", rut.is_valid),
            ("scuola_sci_gardena.iscrizioni_corsi", "codice_pratica", r"[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z]",
             codicefiscale.is_valid),
            ("guidesPralognan.inscriptionsCourses", "numeroDossier", r"[12]\d{14}", nir.is_valid),
            ("pd_kamnik_koca.rezervacije_nocitev", "st_racuna", r"\d{8}", ddv.is_valid),
            ("neu_encamp.abonaments_temporada", "num_factura", r"[A-Z]-\d{6}-[A-Z]", nrt.is_valid)):
        values = _str(_values(built, table, name))
        assert len(values) >= 100, name
        assert _misses(values, lambda x, p=pattern, f=check: bool(re.fullmatch(p, x)) and not f(x)) == 0, name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("guidesPralognan.inscriptionsCourses", "siretBureau", siret.is_valid),
                               ("scuola_sci_gardena.iscrizioni_corsi", "partita_iva_scuola", iva.is_valid),
                               ("pd_kamnik_koca.rezervacije_nocitev", "davcna_stevilka_drustva", ddv.is_valid),
                               ("白馬スノースクール.レッスン予約", "法人番号", cn.is_valid),
                               ("평창스노우리조트.시즌권_판매", "사업자등록번호", brn.is_valid),
                               ("neu_encamp.abonaments_temporada", "nrt_empresa", nrt.is_valid)):
        col = _column(built, table, name)
        values = _str(col.values)
        assert values and col.kind == "none" and _misses(values, check) == 0, name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "greenridge_snowsports.instructor_onboarding": "US", "wanakaPasses.seasonPassOrders": "NZ",
    "BowValleyGuides.ClientTrips": "CA", "SNOWSCHOOL_EC.SKI_SCHOOL_ENROLMENTS": "ZA", "nevis_tkt.tkt_ord": "GB",
    "SKIPASLEG.EMP_DEP_PASS_EXTRACT": "US", "stg_cordillera_pass.src_pass_raw": "CL",
    "hotham_lodge.Lodge Members": "AU", "AlpenvereinPinzgau.HuettenReservierungen": "AT",
    "scuola_sci_gardena.iscrizioni_corsi": "IT", "guidesPralognan.inscriptionsCourses": "FR",
    "pd_kamnik_koca.rezervacije_nocitev": "SI", "白馬スノースクール.レッスン予約": "JP",
    "평창스노우리조트.시즌권_판매": "KR", "neu_encamp.abonaments_temporada": "AD",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        values = _str(_real(col.values))
        assert len(values) >= 80, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("wanakaPasses.seasonPassOrders", "collectionPointPhone"),
                        ("BowValleyGuides.ClientTrips", "OfficePhone"),
                        ("AlpenvereinPinzgau.HuettenReservierungen", "HuetteTelefon"),
                        ("scuola_sci_gardena.iscrizioni_corsi", "telefono_ritrovo")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert values and col.kind == "none" and "business" in col.tags
        assert _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_values_are_built_then_japanese_and_korean_scripts_occur(built) -> None:
    kana = _values(built, "白馬スノースクール.レッスン予約", "フリガナ")
    assert kana and _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    kanji = _values(built, "白馬スノースクール.レッスン予約", "氏名")
    assert kanji and _misses(kanji, lambda x: any("\u4e00" <= ch <= "\u9fff" for ch in str(x))) == 0
    hangul = _values(built, "평창스노우리조트.시즌권_판매", "성명")
    assert hangul and _misses(hangul, lambda x: all("\uac00" <= ch <= "\ud7a3" for ch in str(x))) == 0
    assert all(any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7a3" for ch in c.name)
               for t in built if t.style == "native" for c in t.columns)


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_cordillera_pass.src_pass_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    table = heldout_support.table(built, "SKIPASLEG.EMP_DEP_PASS_EXTRACT")
    padded = [c for c in table.columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 6 and all("legacy" in c.tags for c in table.columns)


def test_when_the_scorer_builds_set_v131_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v131.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v131"].DEFAULT_PATH == Path("/tmp/heldout_v131.duckdb")
