"""Held-out set v93: its size, domain, languages, labels, row counts, NULL and NULL-word shares, legacy columns,
opaque custom fields, identifiers with check digits, phones valid for their table's region, decoys failing their
checks, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.au import abn
from stdnum.ca import bn
from stdnum.de import idnr
from stdnum.es import cif, dni
from stdnum.ie import pps
from stdnum.it import codicefiscale, iva
from stdnum.jp import cn as jp_cn
from stdnum.jp import in_ as my_number
from stdnum.ke import pin
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.us import ein, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v93, heldout_v93_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "nl", "es", "pl", "ja", "ms", "it"}
TABLES = {
    "moorside_crm.supporters", "glenmore_vols.VolunteerRegister", "tumaini_grants.grantApplicants",
    "runforrecovery.EVENT_PARTICIPANTS", "dialgood_tm.tm_call_list", "STMARKS.GIVING_EXTRACT", "HOSPLOTO.LTMEMP",
    "raw_stage.stg_backers", "spenden_hh.spender", "voedselbank_utrecht.klanten", "fundacion_llum.legados",
    "fundacja_stypendia.wnioski", "borantia_osaka.touroku", "masjid_al_ikhlas.rekod_infaq", "onlus_tetto.sostenitori",
}
PERSON_KINDS = {"person_name", "first_name", "last_name"}
#: table -> the region of its phone numbers
PHONE_REGIONS = {
    "moorside_crm.supporters": "GB", "glenmore_vols.VolunteerRegister": "GB", "tumaini_grants.grantApplicants": "KE",
    "runforrecovery.EVENT_PARTICIPANTS": "CA", "dialgood_tm.tm_call_list": "AU", "STMARKS.GIVING_EXTRACT": "US",
    "HOSPLOTO.LTMEMP": "IE", "raw_stage.stg_backers": "US", "spenden_hh.spender": "DE",
    "voedselbank_utrecht.klanten": "NL", "fundacion_llum.legados": "ES", "fundacja_stypendia.wnioski": "PL",
    "borantia_osaka.touroku": "JP", "masjid_al_ikhlas.rekod_infaq": "MY", "onlus_tetto.sostenitori": "IT",
}

scored_file, built = heldout_support.set_fixtures("v93")
_cells = heldout_support.Cells(heldout_v93.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v93, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert {t.name for t in built} == TABLES
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "as400", "opaque"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "value_shape", "staff", "role_word", "abbrev",
            "opaque", "legacy", "custom_mixed", "bank_account", "multi_value", "join_key", "check_digit"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v93.labels(built)
    assert set(labels) == TABLES
    assert sum(len(cols) for cols in labels.values()) == len(_columns(built))


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in _columns(built):
        if column.tags & {"business", "decoy", "value_shape", "join_key"}:
            assert column.kind == "none", column.name
        if column.kind == "none":
            assert column.tags & {"business", "decoy"}, column.name
        if column.kind == "unclassified":
            assert "bank_account" in column.tags, column.name
        if "custom_mixed" in column.tags:
            assert column.kind == "free_text", column.name
        if column.tags & {"staff", "role_word"}:
            assert column.kind in PERSON_KINDS, column.name


def test_when_the_set_is_built_then_every_table_has_200_to_1500_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 1_500, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags and "legacy" not in c.tags]
    assert len(heavy) >= 10
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 1
    for column in heavy:
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                share = sum(_nullish(x) for x in column.values) / len(column.values)
                assert share < 0.70, f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 10
    for column in staff:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_a_role_word_holds_people_then_there_are_many(built) -> None:
    role = {c.name for c in _columns(built) if "role_word" in c.tags}
    assert {"EmergencyContactName", "refereeName", "SPONSOR_NAMES", "verwijzer", "notario",
            "imie_nazwisko_opiekuna", "kinkyuu_renrakusaki", "GV-SPOUSE-FNM"} <= role


def test_when_a_cell_holds_several_sponsors_then_some_cells_hold_a_separator(built) -> None:
    values = [str(x) for x in _values(built, "runforrecovery.EVENT_PARTICIPANTS", "SPONSOR_NAMES")]
    assert _hits(values, lambda x: ";" in x) >= 50


def test_when_a_custom_field_is_opaque_then_it_holds_phones_emails_and_names_by_row(built) -> None:
    mixed = [(t, c) for t in built for c in t.columns if "custom_mixed" in c.tags]
    assert len(mixed) == 5
    for table, column in mixed:
        values = [str(x) for x in _real(column.values)]
        mails = _hits(values, lambda x: "@" in x)
        phones = _hits(values, lambda x: sum(ch.isdigit() for ch in x) >= 8 and "@" not in x)
        names = len(values) - mails - phones
        assert min(mails, phones, names) >= 0.15 * len(values), f"{table.name}.{column.name}"


def test_when_a_table_is_a_legacy_extract_then_its_values_are_padded_and_its_dates_numeric(built) -> None:
    for name in ("STMARKS.GIVING_EXTRACT", "HOSPLOTO.LTMEMP"):
        table = heldout_support.table(built, name)
        chars = [c for c in table.columns if c.sql_type.startswith("CHAR(") and c.kind != "none"]
        assert len(chars) >= 5, name
        for column in chars:
            width = int(column.sql_type[5:-1])
            assert _misses([x for x in column.values if x is not None], lambda x, w=width: len(x) == w) == 0
    ymd = [x for x in _column(built, "STMARKS.GIVING_EXTRACT", "GV-BIRTH-DT").values if x]
    assert len(ymd) >= 300 and _misses(ymd, lambda x: 19_000_000 < x < 20_100_000) == 0
    cyy = [x for x in _column(built, "HOSPLOTO.LTMEMP", "LTDOBC").values if x]
    assert len(cyy) >= 300 and _misses(cyy, lambda x: 100_000 <= x < 1_100_000) == 0
    assert _hits(cyy, lambda x: x >= 1_000_000) >= 5


def test_when_a_legacy_ssn_is_stored_as_a_number_then_it_is_a_valid_ssn_once_padded(built) -> None:
    values = [x for x in _column(built, "STMARKS.GIVING_EXTRACT", "GV-SSN").values if x]
    assert len(values) >= 200 and _misses(values, lambda x: ssn.is_valid(f"{x:09d}")) == 0


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("dialgood_tm.tm_call_list", "cc_num", luhn.is_valid),
    ("tumaini_grants.grantApplicants", "kraPin", pin.is_valid),
    ("HOSPLOTO.LTMEMP", "LTPPSN", pps.is_valid),
    ("HOSPLOTO.LTMEMP", "LTIBAN", iban.is_valid),
    ("spenden_hh.spender", "steuer_id", idnr.is_valid),
    ("spenden_hh.spender", "iban", iban.is_valid),
    ("voedselbank_utrecht.klanten", "bsn", bsn.is_valid),
    ("fundacion_llum.legados", "dni", dni.is_valid),
    ("fundacja_stypendia.wnioski", "pesel", pesel.is_valid),
    ("borantia_osaka.touroku", "kojin_bangou", my_number.is_valid),
    ("masjid_al_ikhlas.rekod_infaq", "no_kp", nric.is_valid),
    ("onlus_tetto.sostenitori", "codiceFiscale", codicefiscale.is_valid),
    ("onlus_tetto.sostenitori", "ibanAddebito", iban.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 30 and _misses(values, check) == 0


def test_when_every_checked_column_is_tagged_then_it_is_in_the_list(built) -> None:
    tagged = {(t.name, c.name) for t in built for c in t.columns if "check_digit" in c.tags}
    assert tagged == {(t, c) for t, c, _ in CHECKED}


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_row_s(built) -> None:
    for table, idc, dob, get in (("fundacja_stypendia.wnioski", "pesel", "data_urodzenia", pesel.get_birth_date),
                                 ("onlus_tetto.sostenitori", "codiceFiscale", "dataNascita",
                                  codicefiscale.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    rows = zip(_column(built, "masjid_al_ikhlas.rekod_infaq", "no_kp").values,
               _column(built, "masjid_al_ikhlas.rekod_infaq", "tarikh_lahir").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: r[0][:6] == f"{r[1]:%y%m%d}") == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_the_check(built) -> None:
    for table, name, check in (("voedselbank_utrecht.klanten", "klantnummer", bsn.is_valid),
                               ("fundacion_llum.legados", "referenciaDonacion", dni.is_valid),
                               ("fundacja_stypendia.wnioski", "nr_wniosku", pesel.is_valid),
                               ("masjid_al_ikhlas.rekod_infaq", "no_resit", nric.is_valid),
                               ("raw_stage.stg_backers", "col18", ssn.is_valid)):
        values = [str(x) for x in _values(built, table, name)]
        assert len(values) >= 100 and _hits(values, check) == 0, f"{table}.{name}"
        assert _column(built, table, name).kind == "none"


def test_when_a_business_number_is_built_then_it_passes_its_own_check_and_is_none(built) -> None:
    for table, name, check in (("runforrecovery.EVENT_PARTICIPANTS", "CHARITY_BN", lambda x: bn.is_valid(x[:9])),
                               ("dialgood_tm.tm_call_list", "client_abn", abn.is_valid),
                               ("STMARKS.GIVING_EXTRACT", "GV-CHURCH-EIN", ein.is_valid),
                               ("fundacion_llum.legados", "cifFundacion", cif.is_valid),
                               ("fundacja_stypendia.wnioski", "nip_szkoly", nip.is_valid),
                               ("borantia_osaka.touroku", "houjin_bangou", jp_cn.is_valid),
                               ("onlus_tetto.sostenitori", "codiceFiscaleOnlus", iva.is_valid)):
        column = _column(built, table, name)
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, check) == 0, f"{table}.{name}"
        assert column.kind == "none" and "business" in column.tags


def test_when_a_column_is_labeled_ip_address_then_both_versions_occur(built) -> None:
    values = [str(x) for x in _values(built, "raw_stage.stg_backers", "col04")]
    assert {ipaddress.ip_address(x).version for x in values} == {4, 6}


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values) if x != 0]
        assert len(values) >= 50, f"{table.name}.{column.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert set(PHONE_REGIONS.values()) <= seen


def test_when_a_column_is_labeled_email_then_its_values_are_addresses(built) -> None:
    for column in (c for c in _columns(built) if c.kind == "email"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", x))) == 0, \
            column.name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_a_japanese_table_is_built_then_its_names_are_in_japanese_script(built) -> None:
    names = [str(x) for x in _values(built, "borantia_osaka.touroku", "shimei")]
    kana = [str(x) for x in _values(built, "borantia_osaka.touroku", "furigana")]
    assert _misses(names, lambda x: any("\u4e00" <= ch <= "\u9fff" for ch in x)) == 0
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in x)) == 0


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v93, heldout_v93_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "93"}, module.__name__


def test_when_the_docstring_is_read_then_it_states_blind_and_deadline() -> None:
    doc = heldout_v93.__doc__ or ""
    assert "blind" in doc and "v2 to v92" in doc and "short deadline" in doc
    assert "Labeling choices a reader may question" in doc


def test_when_the_scorer_builds_set_v93_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v93.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v93"].DEFAULT_PATH == Path("/tmp/heldout_v93.duckdb")
