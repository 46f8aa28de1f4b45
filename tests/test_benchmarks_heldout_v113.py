"""Held-out set v113: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, household employers, identifiers with check digits, phones valid for their region, decoys failing their
checks and its determinism are the ones asked for (values are only counted or checked here, never printed).

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
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.gb import utr
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as mynumber
from stdnum.nl import bsn, identiteitskaartnummer
from stdnum.pl import pesel
from stdnum.tr import tckimlik
from stdnum.us import ein, ssn
from stdnum.za import idnr as za_idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v113, heldout_v113_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "es", "it", "de", "nl", "pl", "tr", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v113")
_cells = heldout_support.Cells(heldout_v113.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v113, built) == []


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
            "join_key", "legacy", "opaque", "custom_field", "username", "household_employer", "coordinates"} <= tags
    kinds = {c.kind for c in columns}
    assert {"email", "first_name", "last_name", "person_name", "phone", "ssn", "national_id", "credit_card", "iban",
            "ip_address", "street_address", "postal_code", "city", "date_of_birth", "free_text", "unclassified",
            "none"} <= kinds


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v113.labels(built)
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
        if col.tags & {"household_employer", "role_word", "staff"}:
            assert col.kind != "none", col.name


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
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {"parent_employer_name", "parentName", "EmployerName", "HOST_MOTHER_NAME", "EMERGENCY_CONTACT_NAME",
            "key_hldr_nm", "HH-EMPLR-NAME", "col10", "next_of_kin_name", "nombre_empleador", "PDDTNM",
            "arbeitgeber_haushalt", "podopieczny", "kontakt_awaryjny", "referansKisi",
            "kinkyuu_renrakusaki"} <= {c.name for c in role}


def test_when_a_household_employs_then_its_columns_are_personal(built) -> None:
    employer = [c for c in _columns(built) if "household_employer" in c.tags]
    assert len(employer) >= 12
    assert {c.kind for c in employer} >= {"person_name", "phone", "national_id", "ssn", "iban"}


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
    ("tinytots_nannies.placements", "nanny_ssn", ssn.is_valid),
    ("sitterNest.bookings", "sitterUtr", utr.is_valid),
    ("LiveInCare.WorkPermitFiles", "Sin", sin.is_valid),
    ("AUPAIR_DOWNUNDER.HOST_MATCHES", "AU_PAIR_TFN", tfn.is_valid),
    ("sparkle_ops.cln_job", "clnr_pps", pps.is_valid),
    ("HHPAYCOB.HHW2_EXTRACT", "HH-EMPLR-EIN", ein.is_valid),
    ("HHPAYCOB.HHW2_EXTRACT", "HH-EMPLR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("HHPAYCOB.HHW2_EXTRACT", "EE-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("stg_gharseva.src_worker_raw", "col03", aadhaar.is_valid),
    ("stg_gharseva.src_worker_raw", "col04", pan.is_valid),
    ("hhpay_cpt.uif_declarations", "worker_id_number", za_idnr.is_valid),
    ("hogar_empleo_mad.contratos_empleadas", "nie_dni_empleada", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("hogar_empleo_mad.contratos_empleadas", "num_afiliacion_ss", heldout_v113_values.naf_is_valid),
    ("hogar_empleo_mad.contratos_empleadas", "dni_empleador", dni.is_valid),
    ("COLFPAGHE.PCDIPP", "PDCFIS", codicefiscale.is_valid),
    ("COLFPAGHE.PCDIPP", "PDDTCF", codicefiscale.is_valid),
    ("haushaltsnah_muc.minijob_einsaetze", "steuer_id", idnr.is_valid),
    ("haushaltsnah_muc.minijob_einsaetze", "rv_nummer", heldout_v113_values.rvnr_is_valid),
    ("SchoonAanHuis.Hulpen", "Bsn", bsn.is_valid),
    ("SchoonAanHuis.Hulpen", "IdDocumentNummer", identiteitskaartnummer.is_valid),
    ("opiekunki_niemcy.wyjazdy", "pesel", pesel.is_valid),
    ("evHizmetleri.bakiciKayitlari", "tcKimlikNo", tckimlik.is_valid),
    ("kaji_daikou_tokyo.haken_kiroku", "my_number", mynumber.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    values = _str(_values(built, table, name))
    assert len(values) >= 80 and _misses(values, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_an_own_check_is_used_then_a_changed_check_digit_fails_it(built) -> None:
    for table, name, ok in (("hogar_empleo_mad.contratos_empleadas", "num_afiliacion_ss",
                             heldout_v113_values.naf_is_valid),
                            ("haushaltsnah_muc.minijob_einsaetze", "rv_nummer", heldout_v113_values.rvnr_is_valid)):
        values = _str(_values(built, table, name))
        changed = [x[:-1] + str((int(x[-1]) + 1) % 10) for x in values]
        assert len(changed) >= 80 and _misses(changed, lambda x, f=ok: not f(x)) == 0, name


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in (("sparkle_ops.cln_job", "clnr_iban"), ("hogar_empleo_mad.contratos_empleadas",
                                                               "iban_empleador"),
                        ("COLFPAGHE.PCDIPP", "PDIBAN"), ("haushaltsnah_muc.minijob_einsaetze", "iban"),
                        ("SchoonAanHuis.Hulpen", "Iban"), ("opiekunki_niemcy.wyjazdy", "numer_konta"),
                        ("evHizmetleri.bakiciKayitlari", "ibanNo")):
        values = _str(_values(built, table, name))
        assert len(values) >= 80 and _misses(values, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban", name
    cards = [x.replace(" ", "") for x in _str(_values(built, "sparkle_ops.cln_job", "cust_card_no"))]
    assert len(cards) >= 80 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0


def _pairs(built, table: str, idc: str, dob: str) -> list[tuple]:
    rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
    return [(str(p).strip(), d) for p, d in rows if p is not None and d]


def _cyy(x: int) -> date:
    return date(1900 + x // 1_000_000 * 100 + x // 10_000 % 100, x // 100 % 100, x % 100)


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (("hhpay_cpt.uif_declarations", "worker_id_number", "worker_dob",
                                  za_idnr.get_birth_date),
                                 ("opiekunki_niemcy.wyjazdy", "pesel", "data_urodzenia", pesel.get_birth_date)):
        pairs = _pairs(built, table, idc, dob)
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    pairs = _pairs(built, "COLFPAGHE.PCDIPP", "PDCFIS", "PDDNAS")
    assert len(pairs) >= 100 and _misses(pairs, lambda r: codicefiscale.get_birth_date(r[0]) == _cyy(r[1])) == 0
    pairs = _pairs(built, "haushaltsnah_muc.minijob_einsaetze", "rv_nummer", "geburtsdatum")
    assert len(pairs) >= 100 and _misses(pairs, lambda r: heldout_v113_values.rv_birth_date(r[0]) == (
        r[1].day, r[1].month, r[1].year % 100)) == 0


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "HHPAYCOB.HHW2_EXTRACT", "EE-DOB").values if x]
    assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    cyy = [x for x in _column(built, "COLFPAGHE.PCDIPP", "PDDNAS").values if x]
    assert len(cyy) >= 100 and _misses(cyy, lambda x: bool(_cyy(x))) == 0
    text = _values(built, "stg_gharseva.src_worker_raw", "col06")
    assert len(text) >= 100 and _misses(text, lambda x: re.fullmatch(r"\d{2}-\d{2}-\d{4}", str(x))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    cases = _str(_values(built, "tinytots_nannies.placements", "placement_no"))
    assert len(cases) >= 100 and _misses(cases, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                         not ssn.is_valid(x)) == 0
    for table, name, check, size in (("stg_gharseva.src_worker_raw", "col11", aadhaar.is_valid, 12),
                                     ("hogar_empleo_mad.contratos_empleadas", "num_contrato", dni.is_valid, 9),
                                     ("SchoonAanHuis.Hulpen", "OpdrachtNummer", bsn.is_valid, 9),
                                     ("opiekunki_niemcy.wyjazdy", "numer_umowy", pesel.is_valid, 11),
                                     ("evHizmetleri.bakiciKayitlari", "sozlesmeNo", tckimlik.is_valid, 11)):
        values = _str(_values(built, table, name))
        assert len(values) >= 100 and _misses(values, lambda x, f=check, n=size: len(x) == n and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    from stdnum.au import abn
    from stdnum.pl import nip
    from stdnum.us import rtn
    for table, name, check in (("AUPAIR_DOWNUNDER.HOST_MATCHES", "AGENCY_ABN", abn.is_valid),
                               ("opiekunki_niemcy.wyjazdy", "nip_agencji", nip.is_valid),
                               ("HHPAYCOB.HHW2_EXTRACT", "EE-BANK-ROUTING", rtn.is_valid)):
        values = _str(_values(built, table, name))
        assert values and _misses(values, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "tinytots_nannies.placements": "US", "sitterNest.bookings": "GB", "LiveInCare.WorkPermitFiles": "CA",
    "AUPAIR_DOWNUNDER.HOST_MATCHES": "AU", "sparkle_ops.cln_job": "IE", "HHPAYCOB.HHW2_EXTRACT": "US",
    "stg_gharseva.src_worker_raw": "IN", "hhpay_cpt.uif_declarations": "ZA",
    "hogar_empleo_mad.contratos_empleadas": "ES", "COLFPAGHE.PCDIPP": "IT", "haushaltsnah_muc.minijob_einsaetze": "DE",
    "SchoonAanHuis.Hulpen": "NL", "opiekunki_niemcy.wyjazdy": "PL", "evHizmetleri.bakiciKayitlari": "TR",
    "kaji_daikou_tokyo.haken_kiroku": "JP",
}
#: (table, column) -> the region of a phone column of another country (a German family of a Polish carer)
PHONE_COLUMN_REGIONS = {("opiekunki_niemcy.wyjazdy", "telefon_rodziny"): "DE"}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
    for table, col in phones:
        region = PHONE_COLUMN_REGIONS.get((table.name, col.name), PHONE_REGIONS[table.name])
        values = _str(_real(col.values))
        assert len(values) >= 40, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("tinytots_nannies.placements", "agency_office_phone"),
                        ("LiveInCare.WorkPermitFiles", "FirmPhone")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert col.kind == "none" and _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_values_are_built_then_japanese_scripts_occur(built) -> None:
    table = "kaji_daikou_tokyo.haken_kiroku"
    for name in ("kokyaku_kana", "staff_shimei"):
        kana = _values(built, table, name)
        assert len(kana) >= 100 and _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " "
                                                                for ch in str(x))) == 0, name
    kanji = _values(built, table, "kokyaku_shimei")
    assert len(kanji) >= 100 and _misses(kanji, lambda x: all("\u3005" <= ch <= "\u9fff" or ch == " "
                                                              for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_gharseva.src_worker_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    for table in ("HHPAYCOB.HHW2_EXTRACT", "COLFPAGHE.PCDIPP"):
        padded = [c for c in heldout_support.table(built, table).columns
                  if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
        assert len(padded) >= 5, table
        assert all("legacy" in c.tags for c in heldout_support.table(built, table).columns), table


def test_when_the_scorer_builds_set_v113_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v113.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v113"].DEFAULT_PATH == Path("/tmp/heldout_v113.duckdb")
