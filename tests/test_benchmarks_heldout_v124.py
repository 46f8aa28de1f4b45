"""Held-out set v124: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits, phones valid for their region, decoys failing their checks and its determinism
are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ipaddress
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.bg import egn
from stdnum.ca import sin
from stdnum.fi import hetu
from stdnum.hr import oib
from stdnum.lv import pvn
from stdnum.no import fodselsnummer
from stdnum.pk import cnic
from stdnum.ro import cnp
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v124
from benchmarks.classification import heldout_v124_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "no", "fi", "hu", "ro", "bg", "lv", "hr"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v124")
_cells = heldout_support.Cells(heldout_v124.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _str(vals: list) -> list[str]:
    return [str(x).strip() for x in vals if x not in (0, None)]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v124, built) == []


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
            "join_key", "legacy", "opaque", "custom_field", "custom_plain", "practitioner_id", "vehicle",
            "fleet"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v124.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "practitioner_id", "vehicle", "fleet", "custom_plain"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
    for col in heavy:
        assert col.kind != "none" and 0.50 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 7
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
    assert len(staff) >= 15
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {"parent_guardian_name", "emergencyContactName", "ParentGuardianName", "FATHER_HUSBAND_NAME", "ec_nm",
            "keeper.name", "foresatt_navn", "tulkki", "anyja_neve", "nume_tutore",
            "likumiskais_parstavis"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 9
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


def test_when_a_custom_field_holds_no_people_then_it_has_no_phone_or_email(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 5
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert len(vals) >= 100 and _misses(vals, lambda x: "@" not in x and
                                            sum(ch.isdigit() for ch in x) < 5) == 0, col.name


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("ReginaDriverEd.StudentFiles", "Sin", sin.is_valid),
    ("MULTAN_DRV_SCHOOL.LEARNER_PERMIT_APPS", "CNIC", cnic.is_valid),
    ("hkdrv.lsn_bkg", "hkid_no", values.hkid_is_valid),
    ("NEDMVLEG.CONV_ABSTRACT_EXTRACT", "CA-DRV-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("trafikkskole_tromso.elevkartotek", "fodselsnummer", fodselsnummer.is_valid),
    ("ajokoekeskus_pohjola.ajokoevaraukset", "henkilotunnus", hetu.is_valid),
    ("autosiskola_gyor.tanulok", "adoazonosito_jel", values.adoazonosito_is_valid),
    ("autosiskola_gyor.tanulok", "taj_szam", values.taj_is_valid),
    ("scoala_soferi_iasi.cursanti", "cnp", cnp.is_valid),
    ("автошкола_пловдив.курсисти", "егн", egn.is_valid),
    ("autoskola_liepaja.audzekni", "personas_kods", pvn.is_valid),
    ("prometno_redarstvo_split.prekrsajni_nalozi", "oib", oib.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    vals = _str(_values(built, table, name))
    assert len(vals) >= 80 and _misses(vals, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def _hetu_birth(value: str) -> date:
    century = 1900 if value[6] in "-YXWVU" else 2000
    return date(century + int(value[4:6]), int(value[2:4]), int(value[:2]))


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (
            ("trafikkskole_tromso.elevkartotek", "fodselsnummer", "fodselsdato", fodselsnummer.get_birth_date),
            ("ajokoekeskus_pohjola.ajokoevaraukset", "henkilotunnus", "syntymaaika", _hetu_birth),
            ("autosiskola_gyor.tanulok", "adoazonosito_jel", "szuletesi_datum", values.adoazonosito_birth),
            ("scoala_soferi_iasi.cursanti", "cnp", "data_nasterii", cnp.get_birth_date),
            ("автошкола_пловдив.курсисти", "егн", "дата_на_раждане", egn.get_birth_date),
            ("autoskola_liepaja.audzekni", "personas_kods", "dzimsanas_datums", pvn.get_birth_date),
            ("stg_dmt_kurunegala.src_exam_booking_raw", "col03", "col04",
             lambda x: values.lk_nic_birth(x).strftime("%d/%m/%Y"))):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


def test_when_a_dvla_licence_number_is_built_then_it_encodes_the_surname_and_birth_date(built) -> None:
    for table, lic, last, dob in (("kernowDrive.lessonBookings", "drivingLicenceNumber", "pupilSurname",
                                   "dateOfBirth"),
                                  ("awareness_api.bookings_flat", "driver.licence_number", "driver.name.last",
                                   "driver.dob")):
        rows = [r for r in zip(_column(built, table, lic).values, _column(built, table, last).values,
                               _column(built, table, dob).values, strict=True) if r[0] is not None]

        def ok(r: tuple) -> bool:
            number, surname, born = r
            head = "".join(ch for ch in values.fold(surname).upper() if ch.isalpha())[:5].ljust(5, "9")
            month = int(number[6:8]) % 50
            return (len(number) == 16 and number[:5] == head and number[5] + number[10] == f"{born.year % 100:02d}"
                    and month == born.month and int(number[8:10]) == born.day)

        assert len(rows) >= 100 and _misses(rows, ok) == 0, table


def test_when_a_cnic_is_built_then_its_last_digit_matches_the_sex(built) -> None:
    table = "MULTAN_DRV_SCHOOL.LEARNER_PERMIT_APPS"
    rows = [(p, s) for p, s in zip(_column(built, table, "CNIC").values, _column(built, table, "GENDER").values,
                                   strict=True) if p is not None]
    assert len(rows) >= 100 and _misses(rows, lambda r: cnic.get_gender(r[0]) == r[1]) == 0


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "NEDMVLEG.CONV_ABSTRACT_EXTRACT", "CA-DRV-DOB").values if x]
    assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
            ("akdefensive.course_enrolments", "court_case_number", ssn.is_valid, 11),
            ("ReginaDriverEd.StudentFiles", "T2202CertificateNo", luhn.is_valid, 9),
            ("MULTAN_DRV_SCHOOL.LEARNER_PERMIT_APPS", "CHALLAN_NO", cnic.is_valid, 15),
            ("hkdrv.lsn_bkg", "rcpt_no", values.hkid_is_valid, 10),
            ("trafikkskole_tromso.elevkartotek", "fakturanummer", fodselsnummer.is_valid, 11),
            ("ajokoekeskus_pohjola.ajokoevaraukset", "varausnumero", hetu.is_valid, 11),
            ("autosiskola_gyor.tanulok", "szamla_sorszam", values.adoazonosito_is_valid, 10),
            ("scoala_soferi_iasi.cursanti", "nr_contract", cnp.is_valid, 13),
            ("автошкола_пловдив.курсисти", "номер_на_договор", egn.is_valid, 10),
            ("prometno_redarstvo_split.prekrsajni_nalozi", "broj_naloga", oib.is_valid, 11)):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, lambda x, f=check, n=size: len(x) == n and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    nics = _str(_values(built, "stg_dmt_kurunegala.src_exam_booking_raw", "col13"))
    assert len(nics) >= 100 and _misses(nics, lambda x: len(x) == 12 and (366 < int(x[4:7]) <= 500
                                                                         or int(x[4:7]) > 866)) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    from stdnum.bg import vat
    from stdnum.fi import ytunnus
    from stdnum.hu import anum
    from stdnum.no import orgnr
    from stdnum.ro import cui
    for table, name, check in (("trafikkskole_tromso.elevkartotek", "orgnr_skole", orgnr.is_valid),
                               ("ajokoekeskus_pohjola.ajokoevaraukset", "autokoulun_y_tunnus", ytunnus.is_valid),
                               ("autosiskola_gyor.tanulok", "iskola_adoszama", lambda x: anum.is_valid(x[:8])),
                               ("scoala_soferi_iasi.cursanti", "cui_scoala", lambda x: cui.is_valid(x[2:])),
                               ("автошкола_пловдив.курсисти", "еик_на_школата", vat.is_valid),
                               ("autoskola_liepaja.audzekni", "skolas_reg_nr", pvn.is_valid)):
        vals = _str(_values(built, table, name))
        assert vals and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none"


def test_when_an_iban_or_ip_column_is_built_then_every_value_is_valid(built) -> None:
    for table, name in (("trafikkskole_tromso.elevkartotek", "kontonummer_refusjon"),
                        ("prometno_redarstvo_split.prekrsajni_nalozi", "iban_povrata")):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban"

    def is_ip(x: str) -> bool:
        try:
            return bool(ipaddress.ip_address(x))
        except ValueError:
            return False

    for table, name in (("akdefensive.course_enrolments", "course_login_ip"),
                        ("awareness_api.bookings_flat", "payment.ip")):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, is_ip) == 0, name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "akdefensive.course_enrolments": "US", "kernowDrive.lessonBookings": "GB", "ReginaDriverEd.StudentFiles": "CA",
    "MULTAN_DRV_SCHOOL.LEARNER_PERMIT_APPS": "PK", "hkdrv.lsn_bkg": "HK", "NEDMVLEG.CONV_ABSTRACT_EXTRACT": "US",
    "stg_dmt_kurunegala.src_exam_booking_raw": "LK", "awareness_api.bookings_flat": "GB",
    "trafikkskole_tromso.elevkartotek": "NO", "ajokoekeskus_pohjola.ajokoevaraukset": "FI",
    "autosiskola_gyor.tanulok": "HU", "scoala_soferi_iasi.cursanti": "RO", "автошкола_пловдив.курсисти": "BG",
    "autoskola_liepaja.audzekni": "LV", "prometno_redarstvo_split.prekrsajni_nalozi": "HR",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("akdefensive.course_enrolments", "court_phone"),
                        ("ReginaDriverEd.StudentFiles", "HighSchoolPhone"),
                        ("ajokoekeskus_pohjola.ajokoevaraukset", "autokoulun_puhelin"),
                        ("scoala_soferi_iasi.cursanti", "telefon_scoala"),
                        ("автошкола_пловдив.курсисти", "телефон_на_школата")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert len(vals) >= 50 and col.kind == "none"
        assert _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_values_are_built_then_cyrillic_and_chinese_scripts_occur(built) -> None:
    cyr = _values(built, "автошкола_пловдив.курсисти", "фамилия")
    assert len(cyr) >= 100 and _misses(cyr, lambda x: all("\u0400" <= ch <= "\u04ff" for ch in str(x))) == 0
    han = _values(built, "hkdrv.lsn_bkg", "stu_chi_nm")
    assert len(han) >= 100 and _misses(han, lambda x: all("\u4e00" <= ch <= "\u9fff" for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_dmt_kurunegala.src_exam_booking_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    padded = [c for c in heldout_support.table(built, "NEDMVLEG.CONV_ABSTRACT_EXTRACT").columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 5


def test_when_the_scorer_builds_set_v124_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v124.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v124"].DEFAULT_PATH == Path("/tmp/heldout_v124.duckdb")
