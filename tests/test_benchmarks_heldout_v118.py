"""Held-out set v118: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
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
from stdnum import iban, luhn
from stdnum.au import tfn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as my_number
from stdnum.nl import bsn
from stdnum.nz import ird
from stdnum.pl import nip, pesel
from stdnum.tr import tckimlik
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v118
from benchmarks.classification.heldout_v118_values import nino_is_valid
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "es", "nl", "pl", "tr", "pt", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v118")
_cells = heldout_support.Cells(heldout_v118.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v118, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "username", "licence", "coordinates"} <= tags
    kinds = {c.kind for c in columns}
    assert {"email", "first_name", "last_name", "person_name", "phone", "ssn", "national_id", "credit_card", "iban",
            "ip_address", "street_address", "postal_code", "city", "date_of_birth", "free_text", "unclassified",
            "none"} <= kinds


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v118.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "coordinates"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name
        if "licence" in col.tags:
            assert col.kind == "national_id", col.name


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
    assert len(heavy) >= 5
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


def test_when_a_pool_of_freelance_interpreters_is_built_then_it_is_wider_than_staff_and_not_staff(built) -> None:
    for table, name in (("lingualink_az.interpreter_assignments", "interpreter_name"),
                        ("signBridge.bslBookings", "interpreterName"),
                        ("COURT_INTERP_QLD.ASSIGNMENTS", "INTERPRETER_NAME"), ("islbook.int_job", "int_nm"),
                        ("nzsl_connect.booking_requests", "interpreter"),
                        ("sprachmittler_leipzig.einsatzauftraege", "sprachmittler_name")):
        col = _column(built, table, name)
        assert col.kind == "person_name" and "staff" not in col.tags, name
        assert 12 <= len(set(_real(col.values))) <= 40, name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 12 and all(c.kind != "none" for c in role)
    assert {"PARTY_NAME", "EMERGENCY_CONTACT_NAME", "ec_nm", "VCH-DEF-LAST-NM", "VCH-DEF-DOB",
            "next_of_kin"} <= {c.name for c in role}
    assert not {"patient_first_name", "deaf_client_name", "ClientVoornaam"} & {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 12
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("lingualink_az.interpreter_assignments", "interpreter_ssn", ssn.is_valid),
    ("signBridge.bslBookings", "niNumber", nino_is_valid),
    ("COURT_INTERP_QLD.ASSIGNMENTS", "INTERPRETER_TFN", tfn.is_valid),
    ("islbook.int_job", "int_pps", pps.is_valid),
    ("CRTINTRP.INTRP_VOUCHER_EXTRACT", "VCH-INT-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("stg_anuvad.src_order_raw", "col05", aadhaar.is_valid),
    ("stg_anuvad.src_order_raw", "col06", pan.is_valid),
    ("nzsl_connect.booking_requests", "interpreter_ird", ird.is_valid),
    ("sprachmittler_leipzig.einsatzauftraege", "sprachmittler_steuer_id", idnr.is_valid),
    ("traducciones_juradas_sevilla.encargos", "dni_nie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("TolkenRotterdam.Opdrachten", "TolkBsn", bsn.is_valid),
    ("tlumacze_przysiegli_wroclaw.zlecenia", "pesel", pesel.is_valid),
    ("tercumeBurosu.noterOnayliCeviriler", "tcKimlikNo", tckimlik.is_valid),
    ("traducao_juramentada_bh.pedidos", "cpf", cpf.is_valid),
    ("tsuyaku_haken_osaka.irai_kiroku", "my_number", my_number.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    values = _str(_values(built, table, name))
    assert len(values) >= 40 and _misses(values, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in (("islbook.int_job", "int_iban"), ("sprachmittler_leipzig.einsatzauftraege", "sprachmittler_iban"),
                        ("traducciones_juradas_sevilla.encargos", "iban_devolucion"),
                        ("TolkenRotterdam.Opdrachten", "TolkIban"),
                        ("tercumeBurosu.noterOnayliCeviriler", "iadeIban")):
        values = _str(_values(built, table, name))
        assert len(values) >= 80 and _misses(values, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban"
    cards = [x.replace(" ", "") for x in _str(_values(built, "CertTrans.TranslationOrders", "CardOnFile"))]
    assert len(cards) >= 80 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0


def test_when_a_pesel_is_built_then_it_encodes_the_rows_birth_date(built) -> None:
    table = "tlumacze_przysiegli_wroclaw.zlecenia"
    rows = zip(_column(built, table, "pesel").values, _column(built, table, "data_urodzenia").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: pesel.get_birth_date(r[0]) == r[1]) == 0


def test_when_a_legacy_or_opaque_date_is_numeric_or_text_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "CRTINTRP.INTRP_VOUCHER_EXTRACT", "VCH-DEF-DOB").values if x]
    assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    text = _str(_values(built, "stg_anuvad.src_order_raw", "col07"))
    assert len(text) >= 100 and _misses(text, lambda x: re.fullmatch(r"\d{2}-\d{2}-\d{4}", x) is not None and bool(
        date(int(x[6:]), int(x[3:5]), int(x[:2])))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    cases = _str(_values(built, "lingualink_az.interpreter_assignments", "assignment_no"))
    assert len(cases) >= 100 and _misses(cases, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                         not ssn.is_valid(x)) == 0
    for table, name, check, size in (("CertTrans.TranslationOrders", "InvoiceNumber", luhn.is_valid, 9),
                                     ("stg_anuvad.src_order_raw", "col11", aadhaar.is_valid, 12),
                                     ("nzsl_connect.booking_requests", "booking_number", ird.is_valid, 11),
                                     ("traducciones_juradas_sevilla.encargos", "num_pedido", dni.is_valid, 9),
                                     ("TolkenRotterdam.Opdrachten", "OpdrachtNummer", bsn.is_valid, 9),
                                     ("tlumacze_przysiegli_wroclaw.zlecenia", "nr_zlecenia", pesel.is_valid, 11),
                                     ("tercumeBurosu.noterOnayliCeviriler", "siparisNo", tckimlik.is_valid, 11),
                                     ("traducao_juramentada_bh.pedidos", "numero_pedido", cpf.is_valid, 14)):
        values = _str(_values(built, table, name))
        assert len(values) >= 100 and _misses(values, lambda x, f=check, n=size: len(x) == n and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("tlumacze_przysiegli_wroclaw.zlecenia", "nip_biura", nip.is_valid),
                               ("traducao_juramentada_bh.pedidos", "cnpj_contratante", cnpj.is_valid)):
        values = _str(_values(built, table, name))
        assert values and _misses(values, check) == 0, name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "lingualink_az.interpreter_assignments": "US", "signBridge.bslBookings": "GB", "CertTrans.TranslationOrders": "CA",
    "COURT_INTERP_QLD.ASSIGNMENTS": "AU", "islbook.int_job": "IE", "CRTINTRP.INTRP_VOUCHER_EXTRACT": "US",
    "stg_anuvad.src_order_raw": "IN", "nzsl_connect.booking_requests": "NZ",
    "sprachmittler_leipzig.einsatzauftraege": "DE", "traducciones_juradas_sevilla.encargos": "ES",
    "TolkenRotterdam.Opdrachten": "NL", "tlumacze_przysiegli_wroclaw.zlecenia": "PL",
    "tercumeBurosu.noterOnayliCeviriler": "TR", "traducao_juramentada_bh.pedidos": "BR",
    "tsuyaku_haken_osaka.irai_kiroku": "JP",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        values = _str(_real(col.values))
        assert len(values) >= 40, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("lingualink_az.interpreter_assignments", "facility_phone"),
                        ("signBridge.bslBookings", "employerContactPhone"),
                        ("COURT_INTERP_QLD.ASSIGNMENTS", "COURT_PHONE"),
                        ("nzsl_connect.booking_requests", "requesting_org_phone"),
                        ("sprachmittler_leipzig.einsatzauftraege", "auftraggeber_telefon"),
                        ("TolkenRotterdam.Opdrachten", "OpdrachtgeverTelefoon"),
                        ("tsuyaku_haken_osaka.irai_kiroku", "iryou_kikan_denwa")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert col.kind == "none" and _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_values_are_built_then_cyrillic_katakana_and_kanji_occur(built) -> None:
    cyr = _values(built, "sprachmittler_leipzig.einsatzauftraege", "name_kyrillisch")
    cyr += _values(built, "tlumacze_przysiegli_wroclaw.zlecenia", "imie_nazwisko_cyrylica")
    assert len(cyr) >= 300 and _misses(cyr, lambda x: all("\u0400" <= ch <= "\u04ff" or ch == " "
                                                          for ch in str(x))) == 0
    kana = _values(built, "tsuyaku_haken_osaka.irai_kiroku", "shimei_katakana")
    assert len(kana) >= 200 and _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " "
                                                            for ch in str(x))) == 0
    staff = _values(built, "tsuyaku_haken_osaka.irai_kiroku", "tsuuyakusha")
    assert _misses(staff, lambda x: any("\u4e00" <= ch <= "\u9fff" for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_anuvad.src_order_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_the_legacy_table_is_built_then_its_text_is_padded_and_missing_numbers_are_zero(built) -> None:
    table = heldout_support.table(built, "CRTINTRP.INTRP_VOUCHER_EXTRACT")
    padded = [c for c in table.columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 5
    for name in ("VCH-INT-SSN", "VCH-DEF-DOB"):
        values = _column(built, table.name, name).values
        assert None not in values and 0 < values.count(0) < len(values) // 3, name


def test_when_coordinates_and_versions_are_built_then_they_are_none(built) -> None:
    coords = [c for c in _columns(built) if "coordinates" in c.tags]
    assert len(coords) == 4 and all(c.kind == "none" and c.sql_type == "DOUBLE" for c in coords)
    versions = _str(_values(built, "signBridge.bslBookings", "appVersion"))
    assert _misses(versions, lambda x: re.fullmatch(r"\d+\.\d+\.\d+", x) is not None) == 0


def test_when_the_scorer_builds_set_v118_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v118.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v118"].DEFAULT_PATH == Path("/tmp/heldout_v118.duckdb")
