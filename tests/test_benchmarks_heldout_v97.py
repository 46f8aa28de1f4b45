"""Held-out set v97: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, opaque
and mixed custom fields, legacy extracts, identifiers with check digits, phones valid for each table's region, decoys
failing their checks, and that it is the same on every build (values are only counted or checked here, never
printed).

Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.gb import nhs
from stdnum.gr import amka, vat
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v97, heldout_v97_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "nl", "de", "da", "fi", "ko", "el", "es"}
TABLES = {
    "bradford_csc.referrals", "FosterWales.CarerApprovals", "adoptionTayside.adopterApplications",
    "YOT_FOYLE.YOUTH_CASES", "fam_ct.hrg_lst", "stg_dvline.raw_calls", "GALLIB.GALCASEP",
    "manurewa_sch.safeguarding_log", "jeugdzorg.aanmeldingen", "SAPFK.ZKG_ANTRAG", "boernehjem.beboere_besoeg",
    "sukulaishoito.tukihakemukset", "아동보호.신고접수", "epidoma.dikaiouchoi", "pef_valencia.visitasTuteladas",
}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v97")
_cells = heldout_support.Cells(heldout_v97.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v97, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert {t.name for t in built} == TABLES
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "opaque", "as400", "sap"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "premises", "mixed_kinds", "legacy", "opaque", "initials"} <= tags


def test_when_the_kinds_are_counted_then_every_kind_of_social_work_data_occurs(built) -> None:
    kinds = {c.kind for c in _columns(built)}
    assert {"email", "person_name", "first_name", "last_name", "phone", "ssn", "national_id", "iban",
            "street_address", "postal_code", "city", "date_of_birth", "free_text", "unclassified", "none"} <= kinds


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v97.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "join_key", "value_shape"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username", "initials"}, column.name
    for column in (c for c in _columns(built) if "mixed_kinds" in c.tags):
        assert column.kind == "free_text", column.name


def test_when_a_column_is_a_role_word_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 30 and all(c.kind in PERSON_KINDS for c in role)
    assert {"child_first_name", "mother_name", "referrer_name", "birthMotherName", "PARENT_GUARDIAN", "ptnr_nm",
            "rspdt_nm", "GAMONM", "besoegende_navn", "lapsen_nimi", "보호자성명", "progenitorVisitante",
            "VICTIM_NAME"} <= {c.name for c in role}


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 14
    for column in staff:
        assert column.kind == "person_name", column.name
        assert 2 <= len({str(x).strip() for x in _real(column.values)}) <= 8, column.name
    assert {"allocated_sw", "SupervisingSocialWorker", "CASE_MANAGER", "jdg_nm", "GAVOLN", "jeugdconsulent", "SACHB",
            "상담원", "tecnicoResponsable"} <= {c.name for c in staff}


def test_when_the_set_is_built_then_every_table_has_200_to_1500_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 1_500, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 5
    for column in heavy:
        assert column.kind != "none" and 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 3
    for column in heavy:
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert column.kind != "none" and 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                share = sum(_nullish(x) for x in column.values) / len(column.values)
                assert _null_share(column) < 0.50 and share < 0.70, f"{table.name}.{column.name}"


def test_when_a_table_is_opaque_then_its_columns_are_col01_to_col18(built) -> None:
    table = heldout_support.table(built, "stg_dvline.raw_calls")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)
    assert sum(c.kind != "none" for c in table.columns) >= 9


def test_when_a_custom_field_is_mixed_then_it_holds_phones_emails_and_names(built) -> None:
    mixed = [(t, c) for t in built for c in t.columns if "mixed_kinds" in c.tags]
    assert {c.name for _, c in mixed} == {"col14", "GAUDF2", "ZZFELD2"}
    for table, column in mixed:
        values = [str(x) for x in _real(column.values)]
        mails = _hits(values, lambda x: "@" in x)
        digits = _hits(values, lambda x: sum(ch.isdigit() for ch in x) >= 7)
        names = _hits(values, lambda x: "@" not in x and not any(ch.isdigit() for ch in x))
        assert min(mails, digits, names) >= 0.15 * len(values), table.name


def test_when_a_table_is_a_legacy_extract_then_its_values_are_padded_or_numeric(built) -> None:
    legacy = {t.name for t in built for c in t.columns if "legacy" in c.tags}
    assert legacy == {"GALLIB.GALCASEP", "SAPFK.ZKG_ANTRAG"}
    names = _column(built, "GALLIB.GALCASEP", "GACHLN").values
    assert _hits(names, lambda x: x != x.rstrip()) >= 0.9 * len(names)
    for name in ("GAMOSS", "GAZIP5", "GAPHON", "GACHDB"):
        assert _misses(_values(built, "GALLIB.GALCASEP", name), lambda x: isinstance(x, int)) == 0, name
    dates = _values(built, "GALLIB.GALCASEP", "GACHDB")
    assert _misses(dates, lambda x: 1_000_000 <= x < 1_260_000 or 1_000_000 > x >= 80_000) == 0
    dats = _values(built, "SAPFK.ZKG_ANTRAG", "GBDAT")
    assert _misses(dats, lambda x: bool(re.fullmatch(r"(19|20)\d{6}", str(x)))) == 0


def test_when_the_numeric_ssn_is_padded_back_then_it_passes_the_check(built) -> None:
    values = _values(built, "GALLIB.GALCASEP", "GAMOSS")
    assert len(values) >= 100 and _misses(values, lambda x: ssn.is_valid(f"{x:09d}")) == 0


CHECKED: list[tuple[str, str, object]] = [
    ("bradford_csc.referrals", "nhs_number", nhs.is_valid),
    ("YOT_FOYLE.YOUTH_CASES", "HCN", nhs.is_valid),
    ("jeugdzorg.aanmeldingen", "bsn", bsn.is_valid),
    ("jeugdzorg.aanmeldingen", "iban_ouder", iban.is_valid),
    ("SAPFK.ZKG_ANTRAG", "IDNUM", idnr.is_valid),
    ("SAPFK.ZKG_ANTRAG", "IBAN", iban.is_valid),
    ("boernehjem.beboere_besoeg", "beboer_cpr", cpr.is_valid),
    ("sukulaishoito.tukihakemukset", "henkilotunnus", hetu.is_valid),
    ("sukulaishoito.tukihakemukset", "tilinumero", iban.is_valid),
    ("아동보호.신고접수", "주민등록번호", rrn.is_valid),
    ("epidoma.dikaiouchoi", "amka", amka.is_valid),
    ("epidoma.dikaiouchoi", "afm", vat.is_valid),
    ("epidoma.dikaiouchoi", "iban", iban.is_valid),
    ("pef_valencia.visitasTuteladas", "dniVisitante", dni.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def _amka_day(number: str) -> object:
    """AMKA holds a two-digit year: the date with the century of the row's date (checked on DDMMYY)."""
    return amka.get_birth_date(number).strftime("%d%m%y")


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_date_of_its_row(built) -> None:
    for table, idc, dob, get in (("boernehjem.beboere_besoeg", "beboer_cpr", "beboer_foedselsdato", cpr.get_birth_date),
                                 ("아동보호.신고접수", "주민등록번호", "생년월일", rrn.get_birth_date),
                                 ("epidoma.dikaiouchoi", "amka", "imerominia_gennisis", _amka_day)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) in (r[1], r[1].strftime("%d%m%y"))) == 0, \
            table


def test_when_a_ni_number_is_built_then_it_has_the_layout(built) -> None:
    for table, name in (("FosterWales.CarerApprovals", "NINumber"), ("adoptionTayside.adopterApplications",
                                                                      "adopterNiNo")):
        values = [str(x) for x in _values(built, table, name)]
        assert len(values) >= 100
        assert _misses(values, lambda x: bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", x))) == 0, name


DECOYS: list[tuple[str, str, object]] = [
    ("bradford_csc.referrals", "case_number", nhs.is_valid),
    ("jeugdzorg.aanmeldingen", "dossiernummer", bsn.is_valid),
    ("아동보호.신고접수", "접수번호", rrn.is_valid),
    ("pef_valencia.visitasTuteladas", "numExpediente", dni.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), DECOYS, ids=[f"{t}.{c}" for t, c, _ in DECOYS])
def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_the_check_and_is_none(built, table, column,
                                                                                      check) -> None:
    col = _column(built, table, column)
    values = [str(x) for x in _real(col.values)]
    assert col.kind == "none" and "value_shape" in col.tags
    assert len(values) >= 100 and _hits(values, check) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


PHONE_REGIONS = {
    "bradford_csc.referrals": "GB", "FosterWales.CarerApprovals": "GB", "adoptionTayside.adopterApplications": "GB",
    "YOT_FOYLE.YOUTH_CASES": "GB", "fam_ct.hrg_lst": "US", "stg_dvline.raw_calls": "AU", "GALLIB.GALCASEP": "US",
    "manurewa_sch.safeguarding_log": "NZ", "jeugdzorg.aanmeldingen": "NL", "SAPFK.ZKG_ANTRAG": "DE",
    "boernehjem.beboere_besoeg": "DK", "sukulaishoito.tukihakemukset": "FI", "아동보호.신고접수": "KR",
    "epidoma.dikaiouchoi": "GR", "pef_valencia.visitasTuteladas": "ES",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert set(PHONE_REGIONS.values()) <= seen


def test_when_a_column_is_labeled_email_then_every_value_is_an_address(built) -> None:
    mails = [c for c in _columns(built) if c.kind == "email"]
    assert len(mails) >= 8
    for column in mails:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+", x))) == 0, \
            column.name


def test_when_a_table_is_korean_or_greek_then_its_people_are_written_in_their_script(built) -> None:
    for table, name, lo, hi in (("아동보호.신고접수", "아동성명", 0xAC00, 0xD7A3),
                                ("epidoma.dikaiouchoi", "eponymo", 0x0370, 0x03FF)):
        values = [str(x) for x in _values(built, table, name)]
        assert len(values) >= 100 and _misses(values, lambda x, a=lo, b=hi: all(a <= ord(ch) <= b for ch in x)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v97, heldout_v97_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "97"}, module.__name__


def test_when_the_docstring_is_read_then_it_states_blind_and_the_deadline() -> None:
    doc = heldout_v97.__doc__ or ""
    assert "blind" in doc and "v2 to v95" in doc and "short deadline" in doc
    assert "Labeling choices a reader may question" in doc


def test_when_the_scorer_builds_set_v97_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v97.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v97"].DEFAULT_PATH == Path("/tmp/heldout_v97.duckdb")
