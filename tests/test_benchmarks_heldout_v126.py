"""Held-out set v126: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
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
from stdnum.at import vnr
from stdnum.br import cnpj, cpf
from stdnum.ca import sin
from stdnum.ec import ci, ruc
from stdnum.gh import tin as ghtin
from stdnum.it import codicefiscale, iva
from stdnum.mu import nid
from stdnum.my import nric
from stdnum.pl import nip, pesel
from stdnum.tr import tckimlik, vkn
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v126
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "it", "pl", "tr", "pt", "es", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v126")
_cells = heldout_support.Cells(heldout_v126.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v126, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "form"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_plain", "username"} <= tags
    assert {k.value for k in Kind} - {"unclassified"} <= {c.kind for c in columns} | {"unclassified"}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v126.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain"}:
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
    sensitive = [c for c in heavy if c.kind in {"ssn", "national_id", "iban"}]
    assert len(sensitive) >= 5 and all(0.60 <= _null_share(c) <= 0.95 for c in sensitive)


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 8
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
    assert len(role) >= 20 and all(c.kind != "none" for c in role)
    assert {"guardian_name", "parentGuardianName", "EmergencyContactName", "TEACHER_NAME", "gtor_nm",
            "SMF-PARENT-NM", "col13", "Parent/Guardian full name", "erziehungsberechtigte_r", "kontoinhaber",
            "garante", "imie_nazwisko_opiekuna", "veli_ad_soyad", "baba_adi", "nome_responsavel",
            "representante_legal", "保護者氏名"} <= {c.name for c in role}
    many = [c for c in role if c.name in {"TEACHER_NAME", "SMF-TEACHER-NM"}]
    assert all(len(set(_real(c.values))) > 8 and "staff" not in c.tags for c in many)


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 8
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name


def test_when_a_custom_field_holds_no_people_then_it_has_no_email_or_phone(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 4
    for col in plain:
        values = [str(x) for x in _real(col.values)]
        assert values and _misses(values, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0, col.name


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("boise_cms.student_enrollments", "guardian_ssn", ssn.is_valid),
    ("mauritiusYouthOrch.playerRegister", "nationalIdNo", nid.is_valid),
    ("PENANG_MUSIC_ACAD.EXAM_CANDIDATES", "MYKAD_NO", nric.is_valid),
    ("SMFALGCY.SCHOL_PAYMT_EXTRACT", "SMF-RECIP-SIN", sin.is_valid),
    ("stg_accra_music.src_enrol_raw", "col09", ghtin.is_valid),
    ("musikschule_klagenfurt.schueler_anmeldungen", "sv_nummer", vnr.is_valid),
    ("noleggio_archi_cremona.contratti_noleggio", "codice_fiscale", codicefiscale.is_valid),
    ("psm_rzeszow.rekrutacja_kandydaci", "pesel", pesel.is_valid),
    ("konservatuvar_eskisehir.ozel_yetenek_basvurulari", "tc_kimlik_no", tckimlik.is_valid),
    ("escola_musica_belem.matriculas", "cpf_aluno", cpf.is_valid),
    ("escola_musica_belem.matriculas", "cpf_responsavel", cpf.is_valid),
    ("sinfonica_juvenil_azuay.integrantes", "cedula", ci.is_valid),
    ("sinfonica_juvenil_azuay.integrantes", "cedula_representante", ci.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    values = _str(_values(built, table, name))
    assert len(values) >= 80 and _misses(values, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def _pairs(built, table: str, idc: str, dob: str) -> list[tuple[str, date]]:
    rows = zip(_column(built, table, idc).values, _column(built, table, dob).values, strict=True)
    return [(str(p).replace(" ", "").replace("-", ""), d) for p, d in rows if p is not None]


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    def ddmmyy(d: date) -> str:
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"

    cases = [
        ("musikschule_klagenfurt.schueler_anmeldungen", "sv_nummer", "geburtsdatum", lambda p, d: p[4:] == ddmmyy(d)),
        ("mauritiusYouthOrch.playerRegister", "nationalIdNo", "dateOfBirth", lambda p, d: p[1:7] == ddmmyy(d)),
        ("PENANG_MUSIC_ACAD.EXAM_CANDIDATES", "MYKAD_NO", "DATE_OF_BIRTH",
         lambda p, d: p[:6] == f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"),
        ("noleggio_archi_cremona.contratti_noleggio", "codice_fiscale", "data_nascita",
         lambda p, d: codicefiscale.get_birth_date(p) == d),
        ("psm_rzeszow.rekrutacja_kandydaci", "pesel", "data_urodzenia", lambda p, d: pesel.get_birth_date(p) == d),
    ]
    for table, idc, dob, ok in cases:
        pairs = _pairs(built, table, idc, dob)
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=ok: f(*r)) == 0, table
    mu = _pairs(built, "mauritiusYouthOrch.playerRegister", "nationalIdNo", "lastName")
    assert _misses(mu, lambda r: r[0][0] == heldout_v126.v.plain(r[1])[:1].upper()) == 0


def test_when_a_birth_date_is_numeric_or_text_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "SMFALGCY.SCHOL_PAYMT_EXTRACT", "SMF-RECIP-DOB").values if x]
    assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    dmy = _str(_values(built, "stg_accra_music.src_enrol_raw", "col03"))
    assert len(dmy) >= 100 and _misses(dmy, lambda x: bool(datetime.strptime(x, "%d/%m/%Y"))) == 0
    mdy = _str(_values(built, "tt_pan_camp.form_responses_1", "Child's date of birth"))
    assert len(mdy) >= 100 and _misses(mdy, lambda x: bool(datetime.strptime(x, "%m/%d/%Y"))) == 0
    ghana = _str(_values(built, "stg_accra_music.src_enrol_raw", "col06"))
    assert _misses(ghana, lambda x: re.fullmatch(r"[A-Z]{2}-\d{1,3}-\d{4}", x) is not None) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    cases = [
        ("boise_cms.student_enrollments", "account_number",
         lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) is not None and not ssn.is_valid(x)),
        ("PENANG_MUSIC_ACAD.EXAM_CANDIDATES", "CANDIDATE_NO",
         lambda x: re.fullmatch(r"\d{6}-\d{2}-\d{4}", x) is not None and not nric.is_valid(x)),
        ("SMFALGCY.SCHOL_PAYMT_EXTRACT", "SMF-FORM-REF", lambda x: len(x) == 9 and not luhn.is_valid(x)),
        ("stg_accra_music.src_enrol_raw", "col10", lambda x: x.startswith("P00") and not ghtin.is_valid(x)),
        ("konservatuvar_eskisehir.ozel_yetenek_basvurulari", "basvuru_no",
         lambda x: len(x) == 11 and x.isdigit() and not tckimlik.is_valid(x)),
        ("sinfonica_juvenil_azuay.integrantes", "numero_ficha",
         lambda x: len(x) == 10 and x.startswith("01") and not ci.is_valid(x)),
    ]
    for table, name, ok in cases:
        values = _str(_values(built, table, name))
        assert len(values) >= 100 and _misses(values, ok) == 0, name
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("noleggio_archi_cremona.contratti_noleggio", "partita_iva_bottega", iva.is_valid),
                               ("psm_rzeszow.rekrutacja_kandydaci", "nip_szkoly", nip.is_valid),
                               ("konservatuvar_eskisehir.ozel_yetenek_basvurulari", "kurum_vergi_no", vkn.is_valid),
                               ("escola_musica_belem.matriculas", "cnpj_escola", cnpj.is_valid),
                               ("sinfonica_juvenil_azuay.integrantes", "ruc_auspiciante", ruc.is_valid)):
        values = _str(_values(built, table, name))
        assert values and _misses(values, check) == 0, name
        assert "business" in _column(built, table, name).tags, name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "boise_cms.student_enrollments": "US", "mauritiusYouthOrch.playerRegister": "MU",
    "StJohnsYouthChoir.Choristers": "CA", "PENANG_MUSIC_ACAD.EXAM_CANDIDATES": "MY", "ihire_bfs.rent_agrmt": "GB",
    "SMFALGCY.SCHOL_PAYMT_EXTRACT": "CA", "stg_accra_music.src_enrol_raw": "GH", "tt_pan_camp.form_responses_1": "TT",
    "musikschule_klagenfurt.schueler_anmeldungen": "AT", "noleggio_archi_cremona.contratti_noleggio": "IT",
    "psm_rzeszow.rekrutacja_kandydaci": "PL", "konservatuvar_eskisehir.ozel_yetenek_basvurulari": "TR",
    "escola_musica_belem.matriculas": "BR", "sinfonica_juvenil_azuay.integrantes": "EC",
    "金沢ジュニア管弦楽団.海外公演参加者名簿": "JP",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20 and {PHONE_REGIONS[t.name] for t, _ in phones} == set(PHONE_REGIONS.values())
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        values = _str(_real(col.values))
        assert len(values) >= 80, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("boise_cms.student_enrollments", "branch_phone"),
                        ("StJohnsYouthChoir.Choristers", "RehearsalVenuePhone"), ("ihire_bfs.rent_agrmt", "shop_ph")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert col.kind == "none" and "business" in col.tags
        assert _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_ibans_and_cards_are_built_then_they_pass_their_checks(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert len(ibans) == 3
    for col in ibans:
        values = _str(_real(col.values))
        assert len(values) >= 80 and _misses(values, iban.is_valid) == 0, col.name
    cards = [x.replace(" ", "") for x in _str(_values(built, "ihire_bfs.rent_agrmt", "card_no"))]
    assert len(cards) >= 100 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert ips and all(":" in str(x) or str(x).count(".") == 3 for c in ips for x in _real(c.values))


def test_when_japanese_values_are_built_then_kanji_and_katakana_occur(built) -> None:
    table = "金沢ジュニア管弦楽団.海外公演参加者名簿"
    kana = _values(built, table, "フリガナ")
    assert kana and _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    kanji = _values(built, table, "氏名")
    assert kanji and _misses(kanji, lambda x: any("\u4e00" <= ch <= "\u9fff" for ch in str(x))) == 0
    names = [c.name for c in heldout_support.table(built, table).columns]
    assert all(any(ord(ch) > 0x3000 for ch in n) for n in names)


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_accra_music.src_enrol_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 20)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    padded = [c for c in heldout_support.table(built, "SMFALGCY.SCHOL_PAYMT_EXTRACT").columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 5
    phones = _column(built, "SMFALGCY.SCHOL_PAYMT_EXTRACT", "SMF-RECIP-PHONE").values
    assert 0.05 <= sum(x == 0 for x in phones) / len(phones) <= 0.40


def test_when_the_scorer_builds_set_v126_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v126.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v126"].DEFAULT_PATH == Path("/tmp/heldout_v126.duckdb")
