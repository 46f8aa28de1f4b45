"""Held-out set v98: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits, phones valid for their region, decoys failing their checks and its determinism
are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import luhn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.in_ import aadhaar
from stdnum.jp import in_ as mynumber
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.se import personnummer
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v98
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "es", "pt", "sv", "ja", "ko"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v98")
_cells = heldout_support.Cells(heldout_v98.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v98, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "as400", "opaque"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "pseudonym", "username"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v98.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "pseudonym"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name


def test_when_the_set_is_built_then_every_table_has_200_to_1500_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 1_500, table.name


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
    assert {"IndexCaseName", "parentName", "NEXT_OF_KIN_NAME", "nok_nm", "nome_mae",
            "partner_namn", "kapitaen_name", "bohoja_seongmyeong"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 7
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("ohdsurv.case_reports", "patient_ssn", ssn.is_valid),
    ("PhuContactTracing.CaseContacts", "IsolationBenefitSin", sin.is_valid),
    ("schoolImms.sessionConsents", "nhsNumber", nhs.is_valid),
    ("tbclinic.dot_log", "pt_nhi", heldout_v98.nhi_is_valid),
    ("NBSLEGACY.NBS_SPECIMEN_EXTRACT", "NBS-MOTH-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("stg_porthealth.src_declare_raw", "col04", aadhaar.is_valid),
    ("elr_feed.oru_r01_flat", "pid_3_ppsn", pps.is_valid),
    ("DEPIST29.DPPATP", "DPNIR", nir.is_valid),
    ("brote_oax.cuestionario_etas", "curp", curp.is_valid),
    ("sipni_recife.registro_vacinacao", "cpf", cpf.is_valid),
    ("smittspar_sti.partnerlista", "personnummer", personnummer.is_valid),
    ("hokenjo_asahikawa.sesshokusha_kenkou_kansatsu", "my_number", mynumber.is_valid),
    ("jeonju_bogeonso.yebang_jeopjong", "jumin_beonho", rrn.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    values = _str(_values(built, table, name))
    assert len(values) >= 80 and _misses(values, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (("smittspar_sti.partnerlista", "personnummer", "fodelsedatum",
                                  personnummer.get_birth_date),
                                 ("brote_oax.cuestionario_etas", "curp", "fecha_nacimiento", curp.get_birth_date),
                                 ("jeonju_bogeonso.yebang_jeopjong", "jumin_beonho", "saengnyeonwoil",
                                  rrn.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "NBSLEGACY.NBS_SPECIMEN_EXTRACT", "NBS-INF-DOB").values if x]
    assert _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    cyy = [x for x in _column(built, "DEPIST29.DPPATP", "DPDNAI").values if x]
    assert _misses(cyy, lambda x: bool(date(1900 + x // 1_000_000 * 100 + x // 10_000 % 100, x // 100 % 100,
                                            x % 100))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    cases = _str(_values(built, "ohdsurv.case_reports", "case_number"))
    assert len(cases) >= 100 and _misses(cases, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                         not ssn.is_valid(x)) == 0
    refs = _str(_values(built, "schoolImms.sessionConsents", "pupilRef"))
    assert len(refs) >= 100 and _misses(refs, lambda x: len(x) == 10 and not nhs.is_valid(x)) == 0
    forms = _str(_values(built, "stg_porthealth.src_declare_raw", "col15"))
    assert len(forms) >= 100 and _misses(forms, lambda x: len(x) == 12 and not aadhaar.is_valid(x)) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    from stdnum import imo
    from stdnum.kr import brn
    imos = _str(_values(built, "hafenarzt.schiffshygiene_kontakte", "imo_nummer"))
    assert imos and _misses(imos, imo.is_valid) == 0
    brns = _str(_values(built, "jeonju_bogeonso.yebang_jeopjong", "saeopja_beonho"))
    assert brns and _misses(brns, brn.is_valid) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "ohdsurv.case_reports": "US", "PhuContactTracing.CaseContacts": "CA", "schoolImms.sessionConsents": "GB",
    "LASSA_LINELIST.ONDO_2025": "NG", "tbclinic.dot_log": "NZ", "NBSLEGACY.NBS_SPECIMEN_EXTRACT": "US",
    "stg_porthealth.src_declare_raw": "IN", "elr_feed.oru_r01_flat": "IE", "hafenarzt.schiffshygiene_kontakte": "DE",
    "DEPIST29.DPPATP": "FR", "brote_oax.cuestionario_etas": "MX", "sipni_recife.registro_vacinacao": "BR",
    "smittspar_sti.partnerlista": "SE", "hokenjo_asahikawa.sesshokusha_kenkou_kansatsu": "JP",
    "jeonju_bogeonso.yebang_jeopjong": "KR",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        values = _str(_real(col.values))
        assert len(values) >= 80, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("ohdsurv.case_reports", "facility_phone"), ("elr_feed.oru_r01_flat", "orc_23_provider_phone"),
                        ("NBSLEGACY.NBS_SPECIMEN_EXTRACT", "NBS-HOSP-PHONE")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert col.kind == "none" and _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_values_are_built_then_japanese_and_korean_scripts_occur(built) -> None:
    kana = _values(built, "hokenjo_asahikawa.sesshokusha_kenkou_kansatsu", "shimei_kana")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    hangul = _values(built, "jeonju_bogeonso.yebang_jeopjong", "seongmyeong")
    assert _misses(hangul, lambda x: all("\uac00" <= ch <= "\ud7a3" for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_porthealth.src_declare_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    for table in ("NBSLEGACY.NBS_SPECIMEN_EXTRACT", "DEPIST29.DPPATP"):
        padded = [c for c in heldout_support.table(built, table).columns
                  if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
        assert len(padded) >= 5, table


def test_when_luhn_shaped_sins_are_built_then_they_pass_luhn(built) -> None:
    sins = [x.replace(" ", "") for x in _str(_values(built, "PhuContactTracing.CaseContacts", "IsolationBenefitSin"))]
    assert sins and _misses(sins, luhn.is_valid) == 0


def test_when_the_scorer_builds_set_v98_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v98.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v98"].DEFAULT_PATH == Path("/tmp/heldout_v98.duckdb")
