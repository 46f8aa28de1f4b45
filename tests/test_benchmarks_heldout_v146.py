"""Held-out set v146: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
role words, custom fields, identifiers with check digits (and the birth dates they encode), dates of birth in their
local forms, phones valid for their region, cards, IBANs and bank accounts, decoys failing their checks and its
determinism are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ipaddress
import re
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import iban, luhn
from stdnum.ar import cbu, cuit
from stdnum.br import cpf
from stdnum.ch import ssn as ahv
from stdnum.cz import rc
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as mynumber
from stdnum.se import personnummer
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v146
from benchmarks.classification import heldout_v146_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "es", "pt", "it", "de", "sv", "cs", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v146")
_cells = heldout_support.Cells(heldout_v146.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

AU, CA, GB, NG = (
    "ballarat_oshc.session_bookings",
    "yegStudentTransport.busRiderRegistrations",
    "NorfolkLearningTrust.SingleCentralRecord",
    "WASSCE_IBADAN.CANDIDATE_ENTRIES_2026",
)
IE, COBOL, STG, ZA = (
    "csn_sligo.att_abs_exp",
    "BOEELIC.LICMAST_EXTRACT",
    "stg_kovai_school.src_pg_feepay_raw",
    "ecd_app_mangaung.enrolment_export",
)
AR, BR, IT, CH = (
    "colegio_mza.legajo_alumnos",
    "colegio_floripa.rematriculas_2026",
    "refezione_trento.pagamenti_mensa",
    "tagesfamilien_sg.betreuungsvertraege",
)
SE, CZ, JA = "elevhalsan_jkpg.halsobesok", "gymnazium_hk.prihlasky_prijimaci_rizeni", "ひばり保育園.園児台帳"


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v146, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 300 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert {t.language_of(c) for t in built for c in t.columns} == LANGUAGES
    assert sum(t.language == "en" for t in built) == 8
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    english = [t.style for t in built if t.language == "en"]
    assert sorted(english) == sorted(["snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "json"])
    tags = {tag for c in columns for tag in c.tags}
    assert {
        "decoy",
        "business",
        "null_heavy",
        "nullword_heavy",
        "abbrev",
        "value_shape",
        "staff",
        "role_word",
        "child",
        "join_key",
        "legacy",
        "opaque",
        "custom_field",
        "custom_plain",
        "split_address",
        "split_dob",
        "locality",
        "coordinates",
        "partial",
        "licence",
        "multi_value",
        "username",
        "bank_account",
    } <= tags
    assert {
        "email",
        "first_name",
        "last_name",
        "person_name",
        "phone",
        "ssn",
        "national_id",
        "iban",
        "credit_card",
        "ip_address",
        "street_address",
        "postal_code",
        "city",
        "date_of_birth",
        "free_text",
        "unclassified",
        "none",
    } == {c.kind for c in columns}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v146.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "coordinates", "partial"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"licence"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"split_address"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality"}:
            assert col.kind == "city", col.name
        if col.tags & {"multi_value"}:
            assert col.kind == "person_name", col.name
        if col.tags & {"username", "bank_account"}:
            assert col.kind == "unclassified", col.name
        if col.tags & {"child"}:
            assert col.kind != "none", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        assert col.kind != "none" and 0.70 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 10
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
    assert {
        "educator_on_duty",
        "driverName",
        "CheckedBy",
        "ApprovedBy",
        "ENTERED_BY",
        "tut_nm",
        "PROC-BY",
        "preceptor",
        "atendente",
        "skolskoterska",
        "担任",
    } <= {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 20 and all(c.kind != "none" for c in role)
    assert {
        "authorised_collectors",
        "alternateContactName",
        "Referee1Name",
        "PARENT_GUARDIAN_NAME",
        "gdn1_nm",
        "child.medical.doctor.name",
        "tutor_apellido_nombre",
        "responsavel_financeiro",
        "intestatario_conto",
        "erziehungsberechtigte",
        "vardnadshavare_1",
        "zakonny_zastupce",
        "緊急連絡先氏名",
    } <= {c.name for c in role}


def test_when_a_childminder_is_named_then_she_is_personal_and_not_staff(built) -> None:
    col = _column(built, CH, "tagesmutter_name")
    assert col.kind == "person_name" and "staff" not in col.tags and len(set(_real(col.values))) > 20


def test_when_a_cell_lists_several_people_then_it_holds_more_than_one_name_in_some_rows(built) -> None:
    for table, name, sep in ((AU, "authorised_collectors", ";"), (AR, "autorizados_retiro", "/")):
        vals = [str(x) for x in _values(built, table, name)]
        assert len(vals) >= 100 and sum(sep in x for x in vals) >= 40, name


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 7
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


def test_when_a_custom_field_holds_codes_then_it_holds_no_contact_data(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 6
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0, col.name


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (COBOL, "EDU-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (IE, "stu_ppsn", pps.is_valid),
    (AU, "medicare_no", values.medicare_is_valid),
    (STG, "col04", aadhaar.is_valid),
    (STG, "col07", pan.is_valid),
    (ZA, "child.id_number", idnr.is_valid),
    (ZA, "mother.id_number", idnr.is_valid),
    (AR, "cuil_alumno", cuit.is_valid),
    (BR, "cpf_aluno", cpf.is_valid),
    (BR, "cpf_responsavel", cpf.is_valid),
    (IT, "cf_alunno", codicefiscale.is_valid),
    (IT, "cf_genitore", codicefiscale.is_valid),
    (CH, "kind_ahv_nr", ahv.is_valid),
    (CH, "tagesmutter_ahv_nr", ahv.is_valid),
    (SE, "personnummer", personnummer.is_valid),
    (CZ, "rodne_cislo", rc.is_valid),
    (JA, "保護者マイナンバー", mynumber.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in (
        (COBOL, "EDU-SSN"),
        (IE, "stu_ppsn"),
        (CH, "kind_ahv_nr"),
        (CH, "tagesmutter_ahv_nr"),
        (GB, "NiNumber"),
    ):
        assert _column(built, table, name).kind == "ssn", name


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (AU, "child_crn", r"\d{9}[A-Z]"),
        (AU, "parent_crn", r"\d{9}[A-Z]"),
        (CA, "albertaStudentNumber", r"\d{4}-\d{4}-\d"),
        (GB, "NiNumber", r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]"),
        (GB, "TeacherReferenceNumber", r"\d{7}"),
        (GB, "PassportNumber", r"\d{9}"),
        (NG, "NIN", r"[1-9]\d{10}"),
        (AR, "dni_alumno", r"\d{1,2}\.\d{3}\.\d{3}"),
        (AR, "tutor_dni", r"\d{1,2}\.\d{3}\.\d{3}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = zip(_column(built, ZA, "child.id_number").values, _column(built, ZA, "child.birth_date").values, strict=True)
    pairs = [(n, d) for n, d in rows if n is not None]
    assert len(pairs) >= 150 and _misses(pairs, lambda r: r[0][:6] == r[1][2:4] + r[1][5:7] + r[1][8:10]) == 0
    rows = zip(_column(built, SE, "personnummer").values, _column(built, SE, "fodelsedatum").values, strict=True)
    assert _misses(list(rows), lambda r: r[0][:8] == r[1].strftime("%Y%m%d")) == 0
    rows = zip(_column(built, CZ, "rodne_cislo").values, _column(built, CZ, "datum_narozeni").values, strict=True)
    assert _misses(list(rows), lambda r: rc.get_birth_date(r[0]) == datetime.strptime(r[1], "%d.%m.%Y").date()) == 0
    rows = zip(_column(built, IT, "cf_alunno").values, _column(built, IT, "data_nascita_alunno").values, strict=True)
    assert (
        _misses(
            list(rows),
            lambda r: codicefiscale.get_birth_date(r[0], 2000) == datetime.strptime(r[1], "%d/%m/%Y").date(),
        )
        == 0
    )
    rows = zip(_column(built, AR, "cuil_alumno").values, _column(built, AR, "dni_alumno").values, strict=True)
    pairs = [(cuil, dni) for cuil, dni in rows if cuil is not None]
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][3:11] == r[1].replace(".", "").zfill(8)) == 0
    rows = zip(_column(built, STG, "col07").values, _column(built, STG, "col06").values, strict=True)
    pairs = [(p, n) for p, n in rows if p is not None]
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][4] == values.plain(r[1].split()[-1])[0].upper()) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "EDU-DOB").values if x]
    assert len(ymd) >= 300 and _misses(ymd, lambda x: 1957 <= date(x // 10_000, x // 100 % 100, x % 100).year) == 0
    for table, name, fmt in (
        (IE, "stu_dob", "%d/%m/%Y"),
        (STG, "col05", "%d-%m-%Y"),
        (CA, "studentBirthDate", "%Y-%m-%d"),
        (ZA, "child.birth_date", "%Y-%m-%d"),
        (AR, "fecha_nacimiento", "%d/%m/%Y"),
        (IT, "data_nascita_alunno", "%d/%m/%Y"),
        (CH, "kind_geburtsdatum", "%d.%m.%Y"),
        (CZ, "datum_narozeni", "%d.%m.%Y"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200 and _misses(vals, lambda x, f=fmt: 2005 <= datetime.strptime(x, f).year) == 0, name
    parts = zip(*(_column(built, NG, n).values for n in ("DOB_YEAR", "DOB_MONTH", "DOB_DAY")), strict=True)
    assert _misses(list(parts), lambda p: 2007 <= date(*p).year <= 2010) == 0
    era = re.compile(r"(令和|平成)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日")

    def wareki(text: str) -> date:
        m = era.fullmatch(text)
        year = 1 if m.group(2) == "元" else int(m.group(2))
        return date(year + (2018 if m.group(1) == "令和" else 1988), int(m.group(3)), int(m.group(4)))

    assert _misses(_values(built, JA, "生年月日"), lambda x: 2019 <= wareki(x).year <= 2024) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (COBOL, "LIC-APPL-NO", ssn.is_valid, 9),
        (STG, "col15", aadhaar.is_valid, 12),
        (ZA, "billing.invoice_number", idnr.is_valid, 13),
        (BR, "protocolo_rematricula", cpf.is_valid, 11),
        (CZ, "cislo_prihlasky", rc.is_valid, 10),
        (JA, "受付番号", mynumber.is_valid, 12),
        (CA, "paymentConfirmation", luhn.is_valid, 9),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    remiss = _str(_values(built, SE, "remiss_nr"))
    assert len(remiss) >= 150 and _misses(remiss, lambda x: len(x) == 11 and not personnummer.is_valid(x)) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"FEE-CARD-NO", "tarjeta_debito_automatico"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 60 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"iban_addebito", "tagesmutter_iban"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 200 and _misses(vals, iban.is_valid) == 0, col.name
    cbus = _str(_values(built, AR, "cbu_debito"))
    assert len(cbus) >= 150 and _misses(cbus, cbu.is_valid) == 0


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 4
    for col in ips:
        vals = _str(_real(col.values))
        assert len(vals) >= 150 and _misses(vals, lambda x: bool(ipaddress.ip_address(x))) == 0, col.name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    AU: "AU",
    CA: "CA",
    GB: "GB",
    NG: "NG",
    IE: "IE",
    COBOL: "US",
    STG: "IN",
    ZA: "ZA",
    AR: "AR",
    BR: "BR",
    IT: "IT",
    CH: "CH",
    SE: "SE",
    CZ: "CZ",
    JA: "JP",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (
        (GB, "AcademyPhone"),
        (COBOL, "DIST-PHONE"),
        (ZA, "child.medical.doctor.phone"),
        (JA, "勤務先電話"),
    ):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_japanese_names_and_values_are_built_then_kanji_and_katakana_occur(built) -> None:
    ja = heldout_support.table(built, JA)
    assert re.search("[\u4e00-\u9fff]", ja.name) and all(not c.name.isascii() for c in ja.columns)
    kana = _values(built, JA, "フリガナ")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    holders = _values(built, JA, "口座名義")
    assert _misses(holders, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    kanji = _values(built, JA, "園児氏名")
    assert _misses(kanji, lambda x: bool(re.fullmatch("[\u4e00-\u9fff\u3005]+ [\u4e00-\u9fff\u3005]+", str(x)))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, STG)
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 22)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_json_export_is_built_then_every_column_is_a_dotted_key(built) -> None:
    table = next(t for t in built if t.style == "json")
    assert all(re.fullmatch(r"[a-z_]+(\.[a-z0-9_]+)+", c.name) for c in table.columns)


def test_when_a_cobol_extract_is_built_then_its_text_is_padded_and_its_names_hyphenated(built) -> None:
    table = heldout_support.table(built, COBOL)
    padded = [
        c
        for c in table.columns
        if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)
    ]
    assert len(padded) >= 6 and all(re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)+", c.name) for c in table.columns)
    numeric = {c.sql_type for c in table.columns if c.kind in {"ssn", "phone", "postal_code", "date_of_birth"}}
    assert numeric <= {"BIGINT", "INTEGER"}
    assert sum(x == 0 for x in _column(built, COBOL, "EDU-SSN").values) >= 10


def test_when_the_scorer_builds_set_v146_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v146.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v146"].DEFAULT_PATH == Path("/tmp/heldout_v146.duckdb")
