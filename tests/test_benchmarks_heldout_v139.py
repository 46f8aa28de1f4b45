"""Held-out set v139: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits, dates of birth in every form, phones valid for their region, decoys failing
their checks and its determinism are the ones asked for (values are only counted or checked here, never printed).

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
from stdnum import iban, luhn
from stdnum.es import dni, nie
from stdnum.ie import pps
from stdnum.it import codicefiscale
from stdnum.my import nric
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.us import ssn
from stdnum.za import idnr as za_idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v139
from benchmarks.classification import heldout_v139_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "fr", "it", "es", "pl", "sv", "ru", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v139")
_cells = heldout_support.Cells(heldout_v139.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v139, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert all(sum(t.language == lang for t in built) == 1 for lang in LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    english = [t.style for t in built if t.language == "en"]
    assert sorted(english) == sorted(["snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "json"])
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_plain", "username", "licence", "foreign_ids",
            "split_dob", "coordinates"} <= tags
    assert {k.value for k in Kind} - {c.kind for c in columns} == set()


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v139.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "coordinates"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name
        if col.tags & {"licence", "foreign_ids"}:
            assert col.kind == "national_id", col.name
        if "split_dob" in col.tags:
            assert col.kind == "date_of_birth", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 15
    for col in heavy:
        assert col.kind != "none" and 0.70 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 10
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
    assert len(staff) >= 15
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name
    assert {"appr_by", "cashier", "recruiter", "OPERATORE_PAGHE", "инспектор_ок", "mensetsukan"} <= {
        c.name for c in staff}


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {"referred_by", "referrerName", "DOCTOR_NAME", "SPOUSE-SSN", "LIFE-BENEF-NM", "col14", "CF_CONIUGE_CARICO",
            "medico_sps", "medforare_namn", "контакт_родственника", "suisensha"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names_or_holds_codes(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 8
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 7
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) <= 7) == 0, col.name


def _str(vals: list) -> list[str]:
    return [str(x).strip() for x in vals if x not in (0, None)]


def _sa_id(x: str) -> bool:
    return not (len(x) == 13 and x.isdigit()) or za_idnr.is_valid(x)


def _mykad(x: str) -> bool:
    return "-" not in x or nric.is_valid(x.replace("-", ""))


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("sawtooth_freight.ats_applicants", "ssn", ssn.is_valid),
    ("LeeValleyFoodsPayroll.PayRunLines", "Ppsn", pps.is_valid),
    ("exp_ledger.trv_clm_ln", "ni_no", values.nino_is_valid),
    ("UMHLANGA_RETAIL_HR.SICK_LEAVE_REGISTER", "ID_OR_PASSPORT_NO", _sa_id),
    ("JCSDHR.EMP_BENEFIT_EXTRACT", "EMP-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("stg_hris.src_onboard_raw", "col03", _mykad),
    ("rrhh_logistica_vlc.bajas_it", "dni_nie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("rrhh_logistica_vlc.bajas_it", "num_afiliacion_ss", values.nuss_is_valid),
    ("PAGHE_BG.CEDOLINI_DIP", "COD_FISC", codicefiscale.is_valid),
    ("szkolenia_bhp.rejestr_uczestnikow", "pesel", pesel.is_valid),
    ("fordon_gbg.tjanstebilar_forare", "personnr", personnummer.is_valid),
    ("кадры_казань.личные_карточки", "инн", lambda x: len(x) == 12 and inn.is_valid(x)),
    ("кадры_казань.личные_карточки", "снилс", values.snils_is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    vals = _str(_values(built, table, name))
    assert len(vals) >= 80 and _misses(vals, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_a_column_mixes_countries_then_most_are_local_and_some_are_foreign(built) -> None:
    for table, name, local in (("UMHLANGA_RETAIL_HR.SICK_LEAVE_REGISTER", "ID_OR_PASSPORT_NO", za_idnr.is_valid),
                               ("stg_hris.src_onboard_raw", "col03", lambda x: nric.is_valid(x.replace("-", ""))),
                               ("rrhh_logistica_vlc.bajas_it", "dni_nie", dni.is_valid)):
        vals = _str(_values(built, table, name))
        share = heldout_support.hits(vals, local) / len(vals)
        assert 0.6 <= share <= 0.9, name


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    def pairs(table: str, idc: str, dob: str) -> list[tuple]:
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values, strict=True)
        return [(p, d) for p, d in rows if p is not None]

    cf = pairs("PAGHE_BG.CEDOLINI_DIP", "COD_FISC", "DT_NASC")
    assert len(cf) >= 100 and _misses(cf, lambda r: codicefiscale.get_birth_date(r[0]) == r[1]) == 0
    za = [r for r in pairs("UMHLANGA_RETAIL_HR.SICK_LEAVE_REGISTER", "ID_OR_PASSPORT_NO", "DATE_OF_BIRTH")
          if len(r[0]) == 13]
    assert len(za) >= 100 and _misses(za, lambda r: za_idnr.get_birth_date(r[0]) == r[1]) == 0
    my = [r for r in pairs("stg_hris.src_onboard_raw", "col03", "col04") if "-" in r[0]]
    # MyKad stores two digits of the year (python-stdnum tries the 1900s first): compare day, month and those two
    assert len(my) >= 100 and _misses(my, lambda r: nric.get_birth_date(r[0].replace("-", "")).strftime(
        "%d-%m-%y") == r[1][:6] + r[1][8:]) == 0
    table = heldout_support.table(built, "szkolenia_bhp.rejestr_uczestnikow")
    cols = {c.name: c.values for c in table.columns}
    split = [(p, date(y, m, d)) for p, d, m, y in zip(cols["pesel"], cols["dzien_ur"], cols["miesiac_ur"],
                                                      cols["rok_ur"], strict=True) if p]
    assert len(split) >= 100 and _misses(split, lambda r: pesel.get_birth_date(r[0]) == r[1]) == 0


def test_when_a_date_of_birth_is_numeric_or_text_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "JCSDHR.EMP_BENEFIT_EXTRACT", "EMP-DOB").values if x]
    assert len(ymd) >= 100 and _misses(ymd, lambda x: 1950 < x // 10_000 < 2010 and bool(
        date(x // 10_000, x // 100 % 100, x % 100))) == 0
    text = _values(built, "rrhh_logistica_vlc.bajas_it", "fec_nac")
    assert _misses(text, lambda x: re.fullmatch(r"\d{2}/\d{2}/\d{4}", x) and bool(
        date(int(x[6:]), int(x[3:5]), int(x[:2])))) == 0
    era = _values(built, "saiyou_kariya.oubosha_rirekisho", "seinengappi")
    assert len(era) >= 100 and _misses(era, lambda x: re.fullmatch(r"(昭和|平成)(\d+|元)年\d{1,2}月\d{1,2}日", x)) == 0
    iso = _values(built, "pilbara_lms.training_records_json", "learner.dob")
    assert _misses(iso, lambda x: bool(date.fromisoformat(x))) == 0


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in (("LeeValleyFoodsPayroll.PayRunLines", "Iban"), ("PAGHE_BG.CEDOLINI_DIP", "IBAN_ACCR")):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban"
    cards = [x.replace(" ", "") for x in _str(_values(built, "exp_ledger.trv_clm_ln", "corp_card_no"))]
    assert len(cards) >= 80 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    apps = _str(_values(built, "sawtooth_freight.ats_applicants", "application_no"))
    assert len(apps) >= 100 and _misses(apps, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                        not ssn.is_valid(x)) == 0
    for table, name, check, size in (
            ("UMHLANGA_RETAIL_HR.SICK_LEAVE_REGISTER", "PAYROLL_BATCH_NO", luhn.is_valid, 13),
            ("rrhh_logistica_vlc.bajas_it", "num_parte_baja", values.nuss_is_valid, 12),
            ("szkolenia_bhp.rejestr_uczestnikow", "nr_zaswiadczenia", pesel.is_valid, 11),
            ("кадры_казань.личные_карточки", "номер_приказа", inn.is_valid, 12)):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, lambda x, f=check, n=size: len(x) == n and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    from stdnum.au import abn
    from stdnum.es import cif
    from stdnum.fr import siret
    from stdnum.it import iva
    from stdnum.jp import cn
    from stdnum.pl import nip
    from stdnum.se import orgnr
    for table, name, check in (("LeeValleyFoodsPayroll.PayRunLines", "EmployerRegNumber", pps.is_valid),
                               ("pilbara_lms.training_records_json", "rto.abn", abn.is_valid),
                               ("elections_cse_2025.liste_electorale", "siret_etablissement", siret.is_valid),
                               ("PAGHE_BG.CEDOLINI_DIP", "P_IVA_AZIENDA", iva.is_valid),
                               ("rrhh_logistica_vlc.bajas_it", "cif_empresa", cif.is_valid),
                               ("szkolenia_bhp.rejestr_uczestnikow", "nip_firmy", nip.is_valid),
                               ("fordon_gbg.tjanstebilar_forare", "leasegivare_orgnr", orgnr.is_valid),
                               ("кадры_казань.личные_карточки", "инн_работодателя", inn.is_valid),
                               ("saiyou_kariya.oubosha_rirekisho", "houjin_bangou", cn.is_valid)):
        vals = _str(_values(built, table, name))
        assert vals and _misses(vals, check) == 0, name
        assert "business" in _column(built, table, name).tags, name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "sawtooth_freight.ats_applicants": "US", "harbourlightRecruiting.interviewSlots": "CA",
    "LeeValleyFoodsPayroll.PayRunLines": "IE", "UMHLANGA_RETAIL_HR.SICK_LEAVE_REGISTER": "ZA",
    "exp_ledger.trv_clm_ln": "GB", "JCSDHR.EMP_BENEFIT_EXTRACT": "US", "stg_hris.src_onboard_raw": "MY",
    "pilbara_lms.training_records_json": "AU", "elections_cse_2025.liste_electorale": "FR",
    "PAGHE_BG.CEDOLINI_DIP": "IT", "rrhh_logistica_vlc.bajas_it": "ES", "szkolenia_bhp.rejestr_uczestnikow": "PL",
    "fordon_gbg.tjanstebilar_forare": "SE", "кадры_казань.личные_карточки": "RU",
    "saiyou_kariya.oubosha_rirekisho": "JP",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("sawtooth_freight.ats_applicants", "terminal_phone"),
                        ("harbourlightRecruiting.interviewSlots", "dialInNumber"),
                        ("LeeValleyFoodsPayroll.PayRunLines", "SitePhone"),
                        ("UMHLANGA_RETAIL_HR.SICK_LEAVE_REGISTER", "STORE_TEL"), ("exp_ledger.trv_clm_ln", "htl_tel"),
                        ("JCSDHR.EMP_BENEFIT_EXTRACT", "DIST-OFFICE-PH"),
                        ("pilbara_lms.training_records_json", "rto.phone"),
                        ("fordon_gbg.tjanstebilar_forare", "verkstad_tel"),
                        ("saiyou_kariya.oubosha_rirekisho", "kaisha_tel")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_values_are_built_then_cyrillic_kanji_and_katakana_occur(built) -> None:
    table = heldout_support.table(built, "кадры_казань.личные_карточки")
    assert all(re.fullmatch(r"[а-яё_0-9]+", c.name) for c in table.columns if c.name != "email")
    for name in ("фамилия", "имя", "отчество"):
        vals = _values(built, table.name, name)
        assert _misses(vals, lambda x: re.fullmatch(r"[А-ЯЁа-яё]+", x)) == 0, name
    kana = _values(built, "saiyou_kariya.oubosha_rirekisho", "furigana")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in x)) == 0
    kanji = _values(built, "saiyou_kariya.oubosha_rirekisho", "shimei")
    assert _misses(kanji, lambda x: any("\u4e00" <= ch <= "\u9fff" for ch in x)) == 0
    assert all(c.name.isascii() for c in heldout_support.table(built, "saiyou_kariya.oubosha_rirekisho").columns)


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_hris.src_onboard_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 20)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_json_export_is_flattened_then_its_columns_are_dotted_keys(built) -> None:
    table = heldout_support.table(built, "pilbara_lms.training_records_json")
    assert all(re.fullmatch(r"[a-z]+(\.[A-Za-z0-9]+)+", c.name) for c in table.columns)


def test_when_the_legacy_table_is_built_then_its_text_is_padded_and_missing_numbers_are_zero(built) -> None:
    table = heldout_support.table(built, "JCSDHR.EMP_BENEFIT_EXTRACT")
    padded = [c for c in table.columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 5 and all("-" in c.name for c in table.columns)
    for name in ("EMP-SSN", "EMP-HOME-PH", "SPOUSE-SSN", "SPOUSE-DOB"):
        col = _column(built, table.name, name)
        assert col.sql_type in {"BIGINT", "INTEGER"} and 0 < col.values.count(0) < len(col.values) * 0.7, name


def test_when_the_scorer_builds_set_v139_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    tables, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in tables:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v139.summary(tables).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v139"].DEFAULT_PATH == Path("/tmp/heldout_v139.duckdb")
