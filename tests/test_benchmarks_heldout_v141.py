"""Held-out set v141: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits (one column with six countries' identifiers among them), identifiers encoding
the row's birth date, dates of birth as text, integers and split parts, phones valid for their region, decoys failing
their checks and its determinism are the ones asked for (values are only counted or checked here, never printed).

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
from stdnum.ca import sin
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nif, nir
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.ie import pps
from stdnum.it import codicefiscale
from stdnum.jp import in_ as mynumber
from stdnum.ke import pin as kra
from stdnum.my import nric
from stdnum.pl import pesel
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v141
from benchmarks.classification.heldout_v141_values import dowod_is_valid
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "it", "pl", "cs", "el", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v141")
_cells = heldout_support.Cells(heldout_v141.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

GR, JP = "γραφείο_erasmus.εξερχόμενοι_φοιτητές", "学生支援課.授業料免除申請"


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v141, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert all(sum(t.language == lang for t in built) == 1 for lang in LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "json"} == {
        t.style for t in built if t.language == "en"}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_plain", "username", "split_dob",
            "mixed_countries"} <= tags
    kinds = {c.kind for c in columns}
    assert {"email", "first_name", "last_name", "person_name", "phone", "ssn", "national_id", "iban",
            "street_address", "postal_code", "city", "date_of_birth", "free_text", "unclassified", "none"} <= kinds


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v141.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    personal = sum(c.kind != "none" for c in _columns(built))
    assert heldout_v141.summary(built) == f"15 tables, {len(_columns(built))} columns ({personal} personal), 8 languages"


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
        if "split_dob" in col.tags:
            assert col.kind == "date_of_birth", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 8
    for col in heavy:
        assert col.kind != "none" and 0.70 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words_or_blank(built) -> None:
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
    assert {"reviewed_by", "APPROVED_BY", "desk_agt", "FA-CNSLR", "zatwierdzil", "受付担当"} <= {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {"recommender_name", "emergencyContactPhone", "RoommateName", "GUARDIAN_NAME", "PAR1-SSN",
            "giving.inMemoryOf", "kontoinhaber", "num_fiscal_parent", "imie_matki", "πατρώνυμο",
            "主たる家計支持者"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names_or_holds_codes_only(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 8
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 5
    for col in plain:
        values = [str(x) for x in _real(col.values)]
        assert len(set(values)) <= 6 and _misses(values, lambda x: "@" not in x and
                                                 sum(ch.isdigit() for ch in x) < 5) == 0, col.name


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


#: table -> (column, check) for every checksummed identifier column of the table
CHECKED: dict[str, list[tuple[str, object]]] = {
    "bigsky_gradschool.applications": [("ssn", ssn.is_valid)],
    "HarbourviewUniversity.ResidenceAssignments": [("RaStipendSin", sin.is_valid)],
    "FEES_LEDGER.SCHOLARSHIP_DISBURSEMENTS": [("KRA_PIN", kra.is_valid)],
    "FINAIDX.ISIR_EXTRACT": [("STU-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
                             ("PAR1-SSN", lambda x: ssn.is_valid(f"{int(x):09d}"))],
    "stg_examfeed.src_results_raw": [("col03", nric.is_valid)],
    "alumni_crm.constituents_export": [("constituent.ppsn", pps.is_valid)],
    "stw_bafoeg.antraege": [("steuer_id", idnr.is_valid)],
    "crous_bfc.dossiers_dse": [("nir", nir.is_valid), ("num_fiscal_parent", nif.is_valid)],
    "esse3_pavia.verbali_esami": [("codice_fiscale", codicefiscale.is_valid)],
    "rekrutacja_wroclaw.kandydaci": [("pesel", pesel.is_valid), ("nr_dowodu", dowod_is_valid)],
    "knihovna_brno.ctenari": [("rodne_cislo", rc.is_valid)],
    GR: [("αμκα", amka.is_valid), ("αφμ", afm.is_valid)],
    JP: [("マイナンバー", mynumber.is_valid)],
}


@pytest.mark.parametrize("table", list(CHECKED))
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table) -> None:
    for name, check in CHECKED[table]:
        values = _str(_values(built, table, name))
        assert len(values) >= 40 and _misses(values, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name


def test_when_exchange_students_come_from_six_countries_then_each_home_identifier_passes_its_country_check(
        built) -> None:
    table = "exchangeOffice.incomingStudents"
    checks = {"DE": idnr.is_valid, "FR": lambda x: re.fullmatch(r"\d{10}[A-Z]", x) is not None,
              "IT": codicefiscale.is_valid, "ES": dni.is_valid, "PL": pesel.is_valid, "CZ": rc.is_valid}
    rows = [(n, x) for n, x in zip(_column(built, table, "nationality").values,
                                   _column(built, table, "homeCountryIdNumber").values) if x is not None]
    assert {n for n, _ in rows} == set(checks) and len(rows) >= 200
    assert _misses(rows, lambda r: checks[r[0]](r[1])) == 0
    assert _column(built, table, "homeCountryIdNumber").kind == "national_id"


def test_when_an_iban_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in (("stw_bafoeg.antraege", "iban"), ("crous_bfc.dossiers_dse", "iban"), (GR, "iban")):
        values = _str(_values(built, table, name))
        assert len(values) >= 100 and _misses(values, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban"


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    def pairs(table: str, idc: str, dob: str) -> list[tuple]:
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        return [(p, d) for p, d in rows if p is not None]

    it = pairs("esse3_pavia.verbali_esami", "codice_fiscale", "data_nascita")
    assert len(it) >= 100 and _misses(it, lambda r: codicefiscale.get_birth_date(r[0]) == r[1]) == 0
    cz = pairs("knihovna_brno.ctenari", "rodne_cislo", "datum_narozeni")
    assert len(cz) >= 100 and _misses(cz, lambda r: datetime.strptime(r[1], "%d.%m.%Y").date()
                                      == rc.get_birth_date(r[0])) == 0
    gr = pairs(GR, "αμκα", "ημερομηνία_γέννησης")
    assert len(gr) >= 100 and _misses(gr, lambda r: r[0][:6] == f"{r[1]:%d%m%y}") == 0
    my = pairs("stg_examfeed.src_results_raw", "col03", "col04")
    assert len(my) >= 100 and _misses(my, lambda r: r[0][:6] == datetime.strptime(r[1], "%d/%m/%Y").strftime(
        "%y%m%d")) == 0
    fr = pairs("crous_bfc.dossiers_dse", "nir", "date_naiss")
    assert len(fr) >= 100 and _misses(fr, lambda r: r[0].replace(" ", "")[1:5] == f"{r[1]:%y%m}") == 0
    pl = "rekrutacja_wroclaw.kandydaci"
    parts = zip(*(_column(built, pl, n).values for n in ("pesel", "rok_ur", "miesiac_ur", "dzien_ur")))
    rows = [r for r in parts if r[0] is not None]
    assert len(rows) >= 100 and _misses(rows, lambda r: pesel.get_birth_date(r[0]) == date(r[1], r[2], r[3])) == 0


def test_when_a_date_of_birth_is_text_or_a_number_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "FINAIDX.ISIR_EXTRACT", "STU-DOB").values if x]
    assert len(ymd) >= 100 and _misses(ymd, lambda x: 1990 <= date(x // 10_000, x // 100 % 100, x % 100).year) == 0
    for table, name, fmt in (("exchangeOffice.incomingStudents", "dateOfBirth", "%d/%m/%Y"),
                             ("stg_examfeed.src_results_raw", "col04", "%d/%m/%Y"),
                             ("alumni_crm.constituents_export", "constituent.birthdate", "%Y-%m-%d"),
                             ("stw_bafoeg.antraege", "geb_datum", "%d.%m.%Y"),
                             ("knihovna_brno.ctenari", "datum_narozeni", "%d.%m.%Y"),
                             (JP, "生年月日", "%Y年%m月%d日")):
        values = _str(_values(built, table, name))
        assert len(values) >= 100 and _misses(values, lambda x, f=fmt: datetime.strptime(x, f).year >= 1950) == 0
        assert _column(built, table, name).kind == "date_of_birth" and _column(built, table, name).sql_type == \
            "VARCHAR", name


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    refs = _str(_values(built, "bigsky_gradschool.applications", "application_ref"))
    assert len(refs) >= 100 and _misses(refs, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                        not ssn.is_valid(x)) == 0
    for table, name, check, size in (("HarbourviewUniversity.ResidenceAssignments", "DamageDepositRef", luhn.is_valid,
                                      9),
                                     ("stg_examfeed.src_results_raw", "col16", nric.is_valid, 14),
                                     ("rekrutacja_wroclaw.kandydaci", "nr_wniosku", pesel.is_valid, 11),
                                     (GR, "αρ_πρωτοκόλλου", afm.is_valid, 9)):
        values = _str(_values(built, table, name))
        assert len(values) >= 100 and _misses(values, lambda x, f=check, n=size: len(x) == n and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "bigsky_gradschool.applications": "US", "exchangeOffice.incomingStudents": "GB",
    "HarbourviewUniversity.ResidenceAssignments": "CA", "FEES_LEDGER.SCHOLARSHIP_DISBURSEMENTS": "KE",
    "unicard_lib.crd_iss": "AU", "FINAIDX.ISIR_EXTRACT": "US", "stg_examfeed.src_results_raw": "MY",
    "alumni_crm.constituents_export": "IE", "stw_bafoeg.antraege": "DE", "crous_bfc.dossiers_dse": "FR",
    "esse3_pavia.verbali_esami": "IT", "rekrutacja_wroclaw.kandydaci": "PL", "knihovna_brno.ctenari": "CZ",
    GR: "GR", JP: "JP",
}
#: phones of exchange students' families at home (written with their country code)
FOREIGN = {("exchangeOffice.incomingStudents", "emergencyContactPhone"): {"DE", "FR", "IT", "ES", "PL", "CZ"}}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18
    for table, col in phones:
        allowed = FOREIGN.get((table.name, col.name), {PHONE_REGIONS[table.name]})
        region = None if len(allowed) > 1 else next(iter(allowed))
        values = _str(_real(col.values))
        assert len(values) >= 100, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region, a=allowed: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) in a) == 0, f"{table.name}.{col.name}"
    foreign = _str(_values(built, "exchangeOffice.incomingStudents", "emergencyContactPhone"))
    assert len({phonenumbers.region_code_for_number(phonenumbers.parse(x)) for x in foreign}) == 6


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("HarbourviewUniversity.ResidenceAssignments", "FrontDeskPhone"),
                        ("FEES_LEDGER.SCHOLARSHIP_DISBURSEMENTS", "CAMPUS_PHONE"), ("unicard_lib.crd_iss", "lib_brn_ph"),
                        ("FINAIDX.ISIR_EXTRACT", "COLLEGE-PHONE"), ("knihovna_brno.ctenari", "pobocka_tel")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert len(values) >= 100 and _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    business = 0
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            business += 1
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name
    assert business >= 15


def test_when_non_latin_values_are_built_then_greek_kanji_and_katakana_occur(built) -> None:
    def greek(x: object) -> bool:
        return all("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in str(x))

    for name in ("επώνυμο", "όνομα", "πατρώνυμο"):
        values = _values(built, GR, name)
        assert len(values) >= 100 and _misses(values, greek) == 0, name
    assert all(greek(ch) for c in heldout_support.table(built, GR).columns for ch in c.name if ch.isalpha()
               and c.name != "iban" and c.name != "email")
    kana = _values(built, JP, "氏名カナ")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    kanji = _values(built, JP, "氏名")
    assert _misses(kanji, lambda x: all("\u3040" <= ch <= "\u309f" or "\u4e00" <= ch <= "\u9fff" or ch == " "
                                        for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_examfeed.src_results_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_json_export_is_flattened_then_its_columns_are_dotted_keys(built) -> None:
    table = heldout_support.table(built, "alumni_crm.constituents_export")
    dotted = [c.name for c in table.columns if c.name != "id"]
    assert all(re.fullmatch(r"[a-z]+(\.[a-zA-Z0-9]+)+", n) for n in dotted)
    assert {n.split(".")[0] for n in dotted} == {"constituent", "education", "employment", "giving", "relationship",
                                                 "meta"}


def test_when_a_legacy_table_is_built_then_its_text_is_padded_and_its_numbers_use_0_for_missing(built) -> None:
    table = heldout_support.table(built, "FINAIDX.ISIR_EXTRACT")
    padded = [c for c in table.columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 8 and all("legacy" in c.tags for c in table.columns)
    assert all(re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)+", c.name) for c in table.columns)
    for name in ("STU-SSN", "STU-PHONE", "PAR1-SSN"):
        values = _column(built, "FINAIDX.ISIR_EXTRACT", name).values
        assert None not in values and 0 in values, name


def test_when_the_scorer_builds_set_v141_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v141.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v141"].DEFAULT_PATH == Path("/tmp/heldout_v141.duckdb")
