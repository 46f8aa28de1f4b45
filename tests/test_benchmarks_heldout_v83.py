"""Held-out set v83: its size, domain tables, languages, labels, row counts, NULL and NULL-word shares, legacy extracts
(AS/400, COBOL, SAP: padded values, dates and phones kept as numbers), the staging table's source-numbered columns,
opaque custom fields, placeholders, staff and role words, identifiers with check digits (and decoys failing them),
phones, postal codes, business columns and imports are the ones asked for, and it is the same on every build (values
are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import iban, luhn
from stdnum.at import uid as at_uid
from stdnum.at import vnr as at_vnr
from stdnum.au import abn, tfn
from stdnum.br import cnpj, cpf
from stdnum.ca import bn, sin
from stdnum.cz import dic, rc
from stdnum.gb import vat as gb_vat
from stdnum.gr import amka
from stdnum.gr import vat as gr_vat
from stdnum.ie import pps
from stdnum.in_ import aadhaar, gstin, pan
from stdnum.jp import cn as jp_cn
from stdnum.jp import in_ as jp_in
from stdnum.se import orgnr, personnummer
from stdnum.tr import tckimlik, vkn
from stdnum.us import ssn
from stdnum.za import idnr as za_idnr
from stdnum.za import tin as za_tin

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v83, heldout_v83_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share
from tests.heldout_support import table as _table

#: the languages asked for: English (eight tables) and Portuguese, Turkish, Czech, Swedish, German, Japanese, Greek
LANGUAGES = {"en", "pt", "tr", "cs", "sv", "de", "ja", "el"}

JOBS = "boroughboard.job_seekers"
LONDON = "ClearCheckLDN.ScreeningOrders"
MELB = "shiftmate_mel.timesheetEntries"
ONT = "PANELPRO.INTERVIEW_PANEL_SLOTS"
IRL = "staffline_ie.rtw_checks"
COBOL = "VERICHECK.SCRNREQ"
AS400 = "TEMPLIB.WMWRKR"
STG = "stg_crm.src_crm_candidates"
BRA = "rh_temporarios_sp.alocacoes"
TUR = "kariyer_izmir.aday_basvurulari"
CZE = "personalni_agentura_brno.lustrace_uchazecu"
SWE = "bemanning_gbg.referenstagning"
SAP = "SAPHR.ZPDL_LEIHARB"
JPN = "派遣管理.派遣スタッフ台帳"
GRC = "στελέχωση_θεσσαλονίκης.συνεντεύξεις_επιτροπής"
TABLES = {JOBS, LONDON, MELB, ONT, IRL, COBOL, AS400, STG, BRA, TUR, CZE, SWE, SAP, JPN, GRC}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v83")
_cells = heldout_support.Cells(heldout_v83.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _ints(built, table: str, name: str) -> list[int]:
    """The non-zero numbers of a column kept as numbers (0 means missing)."""
    return [x for x in _column(built, table, name).values if x]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v83, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert 0.45 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.65
    assert {t.name for t in built} == TABLES
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert all(sum(t.language == lang for t in built) == 1 for lang in LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "bank_account", "value_shape",
            "check_digit", "misleading", "staff", "audit", "role_word", "service_account", "join_key", "role_email",
            "multi_value", "placeholder", "credential", "tokenized", "hashed", "version", "coordinates", "event_date",
            "product_name", "opaque", "mixed_kinds", "prefixed", "legacy", "padded", "int_date", "numeric_id",
            "zero_missing", "dob_text", "locality"} <= tags
    assert {"snake", "camel", "pascal", "screaming", "native"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v83.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    none_tags = {"business", "decoy", "service_account", "join_key", "check_digit", "credential", "tokenized", "hashed",
                 "version", "coordinates", "event_date", "product_name"}
    for column in (c for c in _columns(built) if c.tags & none_tags):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username", "bank_account"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username", "bank_account"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"role_email"}):
        assert column.kind == "email", column.name
    for column in (c for c in _columns(built) if c.tags & {"mixed_kinds"}):
        assert column.kind == "free_text", column.name
    for column in (c for c in _columns(built) if c.tags & {"placeholder", "misleading", "null_heavy",
                                                           "nullword_heavy", "role_word", "staff", "locality",
                                                           "dob_text"}):
        assert column.kind != "none", column.name


def test_when_a_table_is_built_then_it_has_an_opaque_personal_field_beside_one_holding_none(built) -> None:
    for table in built:
        opaque = [c for c in table.columns if "opaque" in c.tags]
        assert {c.kind == "none" for c in opaque} == {True, False}, table.name
    mixed = [c for c in _columns(built) if "opaque" in c.tags and "mixed_kinds" in c.tags]
    assert {"src_crm_col17", "ozel_alan_2"} <= {c.name for c in mixed}
    assert {"misc_2", "User2", "udf03", "ATTR7", "code", "SR-USER-FLD-2", "WMUDF2", "src_crm_col17",
            "campo_livre_2", "ozel_alan_2", "volne_pole_2", "fritt_fält_2", "ZZFELD2", "予備項目2",
            "ελεύθερο_πεδίο_2"} <= {c.name for c in _columns(built) if "opaque" in c.tags and c.kind != "none"}


def test_when_a_field_mixes_kinds_then_phones_emails_and_names_each_occur(built) -> None:
    for table, name in ((STG, "src_crm_col17"), (TUR, "ozel_alan_2"), (BRA, "chave_pix")):
        values = [str(x) for x in _values(built, table, name)]
        emails = _hits(values, lambda x: "@" in x)
        phones = _hits(values, lambda x: sum(ch.isdigit() for ch in x) >= 9 and not any(ch.isalpha() for ch in x))
        names = _hits(values, lambda x: not any(ch.isdigit() for ch in x) and "@" not in x)
        assert phones >= 20 and (emails >= 20 or names >= 20), f"{table}.{name}"
    values = [str(x) for x in _values(built, STG, "src_crm_col17")]
    assert _hits(values, lambda x: "@" in x) >= 20
    assert _hits(values, lambda x: not any(ch.isdigit() for ch in x) and "@" not in x) >= 20


def test_when_the_staging_table_is_built_then_its_columns_are_numbered_by_source(built) -> None:
    names = [c.name for c in _table(built, STG).columns if "prefixed" in c.tags]
    assert names == [f"src_crm_col{i:02d}" for i in range(1, 19)]
    assert sum(c.kind != "none" for c in _table(built, STG).columns if "prefixed" in c.tags) >= 8


def test_when_legacy_extracts_are_built_then_they_are_an_as400_a_cobol_and_an_sap_file(built) -> None:
    legacy = {t.name for t in built if any("legacy" in c.tags for c in t.columns)}
    assert legacy == {AS400, COBOL, SAP}
    assert all(c.name.startswith("WM") for c in _table(built, AS400).columns)
    assert all(c.name.startswith("SR-") and c.name.count("-") >= 1 for c in _table(built, COBOL).columns)
    assert {"PERNR", "NACHN", "VORNA", "GBNAM", "GBDAT", "STRAS", "PSTLZ", "ORT01", "KOINH",
            "ERNAM"} <= {c.name for c in _table(built, SAP).columns}
    for table in (AS400, COBOL, SAP):
        assert all("legacy" in c.tags for c in _table(built, table).columns), table
    padded = [c for c in _columns(built) if "padded" in c.tags]
    for column in padded:
        assert _misses(column.values, lambda x: isinstance(x, str)) == 0, column.name
        assert len({len(x) for x in column.values}) == 1, column.name
    blanks = [c for c in padded if _hits(c.values, lambda x: x != x.rstrip()) >= 0.2 * len(c.values)]
    assert len(padded) >= 30 and len(blanks) >= 0.8 * len(padded)
    for column in (c for c in _columns(built) if "zero_missing" in c.tags):
        assert 1 <= _hits(column.values, lambda x: x in (0, "00000000", "0")) <= 0.15 * len(column.values), \
            column.name


def _decode_date(value: object) -> date:
    """A date of the set: a DATE, a ``YYYYMMDD`` or ``CYYMMDD`` number, ``DATS`` or text in a country's format."""
    if isinstance(value, date):
        return value
    if isinstance(value, int):
        if value > 19_000_000:
            return date(value // 10_000, value // 100 % 100, value % 100)
        return date(1900 + 100 * (value // 1_000_000) + value // 10_000 % 100, value // 100 % 100, value % 100)
    text = str(value).strip()
    for layout in ("%Y%m%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(text, layout).date()
        except ValueError:
            pass
    raise ValueError("not a date")


def test_when_a_date_is_kept_as_a_number_or_text_then_it_decodes_to_a_real_date(built) -> None:
    births = [c for c in _columns(built) if c.kind == "date_of_birth"]
    assert len(births) >= 12
    assert {"DATE", "INTEGER", "VARCHAR"} == {c.sql_type for c in births}
    for column in births:
        values = [x for x in _real(column.values) if x not in (0, "00000000")]
        assert len(values) >= 100, column.name
        assert _misses(values, lambda x: 1950 <= _decode_date(x).year <= 2008) == 0, column.name
    for column in (c for c in _columns(built) if "int_date" in c.tags and c.kind == "none"):
        values = [x for x in column.values if x not in (0, "00000000")]
        assert _misses(values, lambda x: 2012 <= _decode_date(x).year <= 2025) == 0, column.name
    cyy = _ints(built, AS400, "WMBDAT")
    assert _hits(cyy, lambda x: x >= 1_000_000) >= 10 and _hits(cyy, lambda x: x < 1_000_000) >= 100


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    for column in heavy:
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 6
    for column in heavy:
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name
    languages = {t.language_of(c) for t in built for c in t.columns if "nullword_heavy" in c.tags}
    assert {"en", "tr", "cs", "de", "ja"} <= languages


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 12
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert PERSON_KINDS == {c.kind for c in staff}


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind in PERSON_KINDS for c in role)
    assert {"Adjudicator", "approvedBy", "PANEL_CHAIR", "PANELISTS", "checked_by", "SR-ANALYST", "WMRECR",
            "src_crm_col13", "recrutadora", "mulakat_yapan", "referans_adi", "zpracoval", "referent_namn",
            "rekryterare", "KOINH", "DISPONENT", "担当営業", "πρόεδρος_επιτροπής",
            "μέλη_επιτροπής"} <= {c.name for c in role}
    assert {"ClientContactEmail", "referent_epost"} <= {c.name for c in _columns(built) if "role_email" in c.tags}


def test_when_a_cell_holds_several_people_or_postcodes_then_some_cells_hold_a_separator(built) -> None:
    multi = [c for c in _columns(built) if "multi_value" in c.tags]
    assert len(multi) >= 3 and all(c.kind != "none" for c in multi)
    for column in multi:
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: ";" in x or ", " in x) >= 0.9 * len(values), column.name


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert {"seeker_lnm", "email_addr", "NiNumber", "workerTfn", "OFFER_SIN"} <= {c.name for c in dirty}
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name


def _zfill_ssn(x: object) -> str:
    return f"{int(x):09d}"


def _pis(x: object) -> bool:
    digits = "".join(ch for ch in str(x) if ch.isdigit())
    rest = sum(w * int(n) for w, n in zip((3, 2, 9, 8, 7, 6, 5, 4, 3, 2), digits)) % 11
    return len(digits) == 11 and int(digits[10]) == (0 if rest < 2 else 11 - rest)


#: (table, column, check) for every personal identifier with a check digit
CHECKED: list[tuple[str, str, object]] = [
    (JOBS, "premium_card_no", luhn.is_valid), (MELB, "workerTfn", tfn.is_valid), (ONT, "OFFER_SIN", sin.is_valid),
    (IRL, "ppsn", pps.is_valid), (IRL, "pay_iban", iban.is_valid), (COBOL, "SR-ID-NUMBER", za_idnr.is_valid),
    (COBOL, "SR-INCOME-TAX-NO", za_tin.is_valid), (AS400, "WMSSN", lambda x: ssn.is_valid(_zfill_ssn(x))),
    (STG, "src_crm_col05", pan.is_valid), (STG, "src_crm_col06", aadhaar.is_valid), (BRA, "cpf", cpf.is_valid),
    (BRA, "pis_pasep", _pis), (TUR, "tc_kimlik_no", tckimlik.is_valid), (CZE, "rodne_cislo", rc.is_valid),
    (CZE, "iban_mzda", iban.is_valid), (SWE, "personnummer", personnummer.is_valid), (SAP, "SVNR", at_vnr.is_valid),
    (SAP, "IBAN", iban.is_valid), (JPN, "個人番号", jp_in.is_valid), (GRC, "αμκα", amka.is_valid),
    (GRC, "αφμ", gr_vat.is_valid), (GRC, "iban_εξόδων", iban.is_valid),
]


def test_when_a_personal_identifier_is_built_then_every_value_passes_its_check_digit(built) -> None:
    for table, name, check in CHECKED:
        values = [x for x in _values(built, table, name) if x != 0]
        assert len(values) >= 20 and _misses(values, check) == 0, f"{table}.{name}"
    kinds = {_column(built, t, n).kind for t, n, _ in CHECKED}
    assert kinds == {"credit_card", "national_id", "ssn", "iban"}


def test_when_a_national_id_is_built_then_it_encodes_the_birth_date_of_its_row(built) -> None:
    pairs = [
        (COBOL, "SR-ID-NUMBER", "SR-DOB", lambda n: za_idnr.get_birth_date(n)),
        (CZE, "rodne_cislo", "datum_narozeni", lambda n: rc.get_birth_date(n)),
        (SAP, "SVNR", "GBDAT", lambda n: (n[4:6], n[6:8], n[8:10])),
        (GRC, "αμκα", "ημερομηνία_γέννησης", lambda n: amka.get_birth_date(n)),
    ]
    for table, idc, dob, get in pairs:
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        kept = [(str(i).strip(), _decode_date(d)) for i, d in rows
                if str(i or "").strip() and d not in (0, "00000000", None)]
        if table == SAP:
            ok = [get(i) == (d.strftime("%d"), d.strftime("%m"), d.strftime("%y")) for i, d in kept]
        else:
            ok = [get(i).strftime("%m%d%y") == d.strftime("%m%d%y") for i, d in kept]
        assert len(kept) >= 100 and all(ok), table


def _nino(x: object) -> bool:
    n = str(x).replace(" ", "")
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]", n)) and n[:2] not in {
        "BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def test_when_an_identifier_has_no_check_digit_then_it_has_its_countrys_shape(built) -> None:
    shapes = [
        (LONDON, "NiNumber", _nino), (LONDON, "PassportNo", lambda x: bool(re.fullmatch(r"[0-9]{9}", x))),
        (JOBS, "ny_dl_no", lambda x: bool(re.fullmatch(r"[0-9]{3} ?[0-9]{3} ?[0-9]{3}", x))),
        (AS400, "WMDLN#", lambda x: bool(re.fullmatch(r"[A-Z][0-9]{3}-[0-9]{4}-[0-9]{4}", x))),
        (BRA, "rg", lambda x: bool(re.fullmatch(r"[0-9]{2}\.[0-9]{3}\.[0-9]{3}-[0-9X]", x))),
        (CZE, "cislo_op", lambda x: bool(re.fullmatch(r"[0-9]{9}", x))),
        (JPN, "基礎年金番号", lambda x: bool(re.fullmatch(r"[0-9]{4}-[0-9]{6}", x))),
        (GRC, "αδτ", lambda x: bool(re.fullmatch(r"[Α-Ω]{2} ?[0-9]{6}", x))),
        (COBOL, "SR-PASSPORT-NO", lambda x: bool(re.fullmatch(r"[A-Z][0-9]{8}", x))),
    ]
    for table, name, ok in shapes:
        values = [str(x) for x in _values(built, table, name)]
        assert len(values) >= 20 and _misses(values, ok) == 0, f"{table}.{name}"
    lasts = zip(_column(built, AS400, "WMLNAM").values, _column(built, AS400, "WMDLN#").values)
    assert all(d.strip()[0] == heldout_v83_values.plain(n)[0].upper() for n, d in lasts if d.strip())
    people = zip(_column(built, STG, "src_crm_col02").values, _column(built, STG, "src_crm_col05").values)
    assert all(p[4] == heldout_v83_values.plain(n.split()[-1])[0].upper() for n, p in people if p)


#: (table, column, check) for every business number with a check digit (none)
BUSINESS: list[tuple[str, str, object]] = [
    (LONDON, "ClientVatNo", gb_vat.is_valid), (MELB, "clientAbn", abn.is_valid), (ONT, "CLIENT_BN", bn.is_valid),
    (STG, "src_crm_col18", gstin.is_valid), (BRA, "cnpj_tomadora", cnpj.is_valid), (TUR, "firma_vkn", vkn.is_valid),
    (CZE, "ico_klienta", dic.is_valid), (SWE, "referent_orgnr", orgnr.is_valid), (SAP, "STCEG", at_uid.is_valid),
    (JPN, "法人番号", jp_cn.is_valid), (GRC, "αφμ_εταιρείας", gr_vat.is_valid),
]


def test_when_a_business_number_is_built_then_it_passes_its_check_digit_and_is_none(built) -> None:
    for table, name, check in BUSINESS:
        column = _column(built, table, name)
        values = _real(column.values)
        assert column.kind == "none" and "check_digit" in column.tags, f"{table}.{name}"
        assert len(values) >= 20 and _misses(values, check) == 0, f"{table}.{name}"


def test_when_a_decoy_is_shaped_like_a_national_number_then_it_fails_that_numbers_check(built) -> None:
    for table, name, check in ((BRA, "numero_contrato", cpf.is_valid), (TUR, "ilan_no", tckimlik.is_valid),
                               (CZE, "cislo_vypisu", rc.is_valid), (SWE, "arende_nr", personnummer.is_valid)):
        column = _column(built, table, name)
        values = _real(column.values)
        assert column.kind == "none" and "value_shape" in column.tags, name
        assert len(values) >= 100 and _hits(values, check) == 0, name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_other_decoys_are_built_then_they_have_their_shapes(built) -> None:
    checks = [
        (JOBS, "resume_sha256", r"[0-9a-f]{64}"), (JOBS, "pwd_hash", r"\$2b\$10\$[./A-Za-z0-9]{53}"),
        (JOBS, "app_version", r"[0-9]+\.[0-9]+\.[0-9]+"), (STG, "src_crm_col16", r"[0-9a-f]{32}"),
        (JOBS, "seeker_uuid", r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"),
        (LONDON, "CertTrackingNo", r"[A-Z]{2}[0-9]{9}GB"), (MELB, "invoiceNo", r"INV-[0-9]{7}"),
        (IRL, "case_no", r"RTW-2025-[0-9]{5}"), (MELB, "bsb", r"[0-9]{3}-[0-9]{3}"),
        (JOBS, "session_token", r"bbs_[A-Za-z0-9]{32}"),
    ]
    for table, name, pattern in checks:
        values = [str(x) for x in _values(built, table, name)]
        assert len(values) >= 50 and _misses(values, lambda x, p=pattern: bool(re.fullmatch(p, x))) == 0, name
    for name in ("siteLat", "siteLng"):
        column = _column(built, MELB, name)
        assert column.kind == "none" and "coordinates" in column.tags
        assert _misses(column.values, lambda x: isinstance(x, float)) == 0
    assert len({round(x, 2) for x in _column(built, MELB, "siteLat").values}) <= 10


def _phone_ok(value: object, region: str) -> bool:
    text = str(value).strip()
    if isinstance(value, int):
        text = f"+{value}" if region == "ZA" else str(value)
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {JOBS: "US", LONDON: "GB", MELB: "AU", ONT: "CA", IRL: "IE", COBOL: "ZA", AS400: "US", STG: "IN",
                 BRA: "BR", TUR: "TR", CZE: "CZ", SWE: "SE", SAP: "AT", JPN: "JP", GRC: "GR"}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid_in_its_tables_region(built) -> None:
    seen: set[str] = set()
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18 and {t.name for t, _ in phones} == TABLES
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [x for x in _real(column.values) if x != 0]
        assert len(values) >= 50, f"{table.name}.{column.name}"
        assert _misses(values, lambda x, r=region: _phone_ok(x, r)) == 0, f"{table.name}.{column.name}"
        seen.add(region)
    assert seen == set(PHONE_REGIONS.values())
    assert {"BIGINT"} == {c.sql_type for t, c in phones if "numeric_id" in c.tags}


#: table -> the shape of its postal codes
POSTCODES = {
    JOBS: r"[0-9]{5}", LONDON: r"[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}", MELB: r"3[0-9]{3}",
    ONT: r"[A-Z][0-9][A-Z] [0-9][A-Z][0-9]", IRL: r"[A-Z][0-9]{2} [0-9A-Z]{4}", STG: r"[1-9][0-9]{5}",
    BRA: r"[0-9]{5}-[0-9]{3}", CZE: r"[0-9]{3} ?[0-9]{2}", SWE: r"[0-9]{5}", SAP: r"[1-9][0-9]{3}",
    JPN: r"[0-9]{3}-[0-9]{4}", GRC: r"[0-9]{3} ?[0-9]{2}",
}


def test_when_a_column_is_labeled_postal_code_then_it_has_its_countrys_shape(built) -> None:
    postal = [(t, c) for t in built for c in t.columns if c.kind == "postal_code"]
    assert len(postal) >= 13
    for table, column in postal:
        values = [x for x in _real(column.values) if x != 0]
        if column.sql_type == "INTEGER":
            assert _misses(values, lambda x: 1_000 <= x <= 99_999) == 0, column.name
            continue
        parts = [p.strip() for x in values for p in str(x).split(";")]
        pattern = POSTCODES[table.name]
        assert len(parts) >= 100 and _misses(parts, lambda x, p=pattern: bool(re.fullmatch(p, x))) == 0, column.name


def test_when_a_column_is_labeled_email_or_ip_address_then_every_value_is_one(built) -> None:
    emails = [c for c in _columns(built) if c.kind == "email"]
    assert len(emails) >= 15
    address = re.compile(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}")
    for column in emails:
        values = [str(x) for x in _real(column.values)]
        assert len(values) >= 50 and _misses(values, lambda x: bool(address.fullmatch(x))) == 0, column.name
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_logins_and_bank_accounts_are_built_then_they_are_unclassified_and_services_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 5 and len(services) >= 2
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert {"bankAccountNo", "kontonummer", "口座番号"} == {c.name for c in banks}
    for column in banks:
        assert _misses(_real(column.values), lambda x: str(x).replace(" ", "").isdigit()) == 0, column.name
    assert len(set(_values(built, JOBS, "login_nm"))) == len(_values(built, JOBS, "login_nm"))


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            values = [str(x).strip() for x in _real(column.values)]
            assert _hits(values, lambda x, p=private: x in p) == 0, f"{table.name}.{column.name}"


def test_when_names_are_abbreviated_then_the_usual_abbreviations_occur(built) -> None:
    names = {c.name for c in _columns(built)}
    assert {"seeker_fnm", "seeker_lnm", "cand_fnm", "cand_lnm", "CAND_FNM", "CAND_LNM", "ctc_ph", "addr_ln1",
            "CAND_POSTAL_CD", "mobile_ph", "login_nm"} <= names
    abbreviated = [c for c in _columns(built) if "abbrev" in c.tags]
    assert len(abbreviated) >= 15 and sum(c.kind != "none" for c in abbreviated) >= 10


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v83, heldout_v83_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "83"}, module.__name__


def test_when_the_scorer_builds_set_v83_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
        padded = con.execute('SELECT max(length("WMLNAM")), min(length("WMLNAM")) FROM "TEMPLIB"."WMWRKR"').fetchone()
        assert padded == (20, 20)
    assert heldout_v83.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v83"].DEFAULT_PATH == Path("/tmp/heldout_v83.duckdb")
