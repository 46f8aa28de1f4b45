"""Held-out set v58: its size, domains, languages, naming styles, labels, row counts, NULL and NULL-word shares,
fixed-width padding, legacy dates (``CYYMMDD``, JDE Julian, SAP DATS, ``YYYYMMDD`` text, Japanese era dates), split
birthdays, the opaque ``F1`` to ``F40`` flat file, masters mixing companies and people (labeled by their majority),
join keys, audit logins, partial values, credentials, identifiers' check digits (including the rows' birth dates they
encode), decoys with their own check digits, phones' validity, IP addresses, coordinates and business columns are
the ones asked for, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings, blanks and zeros are part of the set's dirt: identifier checks skip them and strip padding.
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
import pytest
from stdnum import iban, luhn
from stdnum.de import idnr
from stdnum.dk import cpr, cvr
from stdnum.es import dni, nie
from stdnum.gb import vat as gbvat
from stdnum.jp import cn
from stdnum.nl import bsn
from stdnum.us import ein, rtn, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v58, heldout_v58_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: English-derived names, plus German, Danish, Dutch, French, Spanish and Japanese
LANGUAGES = {"en", "de", "da", "nl", "fr", "es", "ja"}

#: every table of the set: legacy ERP, mainframe and midrange exports, one organisation each
TABLES = {
    "PRODDTA.F0111",
    "APPS.XXPB_AP_SUPPLIER_EXT",
    "COOPLIB.MBRMSTP",
    "RETSYS.MBR_MASTER",
    "landing.PAYFEED_NWGA_WKLY",
    "bc_odata.PenwithAgri_Customers",
    "access_export.tblBoarders",
    "LAWPROD.EMPLOYEE",
    "WARLIB.WRNREGP",
    "SAPHR.ZHR_PA_EXTRAKT",
    "navision.Vestjysk Andelsslagteri$Kreditor",
    "TUINLIB.PERSMSTR",
    "VPC.FIC_CLIENTS",
    "reparto.clientes_reparto",
    "TSUHAN.KOKYAKU_MST",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}
#: tags whose columns are labeled ``none``
NONE_TAGS = {
    "business",
    "decoy",
    "service_account",
    "join_key",
    "partial",
    "credential",
    "initial",
    "filler",
    "animal",
    "check_digit",
    "mostly_blank",
}

scored_file, built = heldout_support.set_fixtures("v58")
_cells = heldout_support.Cells(heldout_v58.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _present(built, table: str, name: str) -> list[str]:
    """The real values of a column as text, with the zeros legacy numeric fields use for "missing" taken out."""
    return [str(x) for x in _values(built, table, name) if not (isinstance(x, (int, float)) and x == 0)]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v58, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 400 <= len(columns) <= 480
    assert 0.40 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.55
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 9
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {
        "decoy",
        "business",
        "null_heavy",
        "nullword_heavy",
        "abbrev",
        "username",
        "value_shape",
        "misleading",
        "staff",
        "audit",
        "role_word",
        "service_account",
        "premises",
        "join_key",
        "opaque",
        "custom_field",
        "mixed_kinds",
        "mixed_business",
        "partial",
        "initial",
        "credential",
        "check_digit",
        "legacy_date",
        "split_dob",
        "dob_text",
        "zero_missing",
        "fixed_width",
        "filler",
        "mostly_blank",
        "animal",
    } <= tags
    assert {
        "sap",
        "jde",
        "ebs",
        "as400",
        "cobol",
        "flat_file",
        "nav",
        "access",
        "lawson",
        "office_computer",
        "informix",
    } <= tags
    assert {"snake", "camel", "pascal", "screaming"} <= {t.style for t in built}
    for table in built:
        assert 20 <= len(table.columns) <= 40, table.name


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v58.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & NONE_TAGS):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"mixed_kinds"}):
        assert column.kind == "free_text", column.name
    premises = [c for c in _columns(built) if "premises" in c.tags]
    assert len(premises) >= 5 and {c.kind for c in premises} == {"street_address"}


def test_when_the_flat_file_is_loaded_then_its_fields_are_f1_to_f40_and_hold_people(built) -> None:
    table = heldout_support.table(built, "landing.PAYFEED_NWGA_WKLY")
    assert [c.name for c in table.columns] == [f"F{i}" for i in range(1, 41)]
    assert all("opaque" in c.tags and c.sql_type == "VARCHAR" for c in table.columns)
    kinds = {c.kind for c in table.columns}
    assert {
        "ssn",
        "first_name",
        "last_name",
        "street_address",
        "city",
        "postal_code",
        "phone",
        "date_of_birth",
        "person_name",
        "email",
        "free_text",
        "none",
    } <= kinds
    assert 14 <= sum(c.kind != "none" for c in table.columns) <= 24


def test_when_a_column_is_padded_to_a_fixed_width_then_every_value_has_that_width(built) -> None:
    fixed = [c for c in _columns(built) if c.tags & {"fixed_width", "filler"}]
    assert len(fixed) >= 60
    for column in fixed:
        widths = {len(x) for x in column.values if isinstance(x, str)}
        assert len(widths) == 1, column.name
        assert _hits([x for x in column.values if isinstance(x, str)], lambda x: x != x.rstrip()) >= 1, column.name
    for column in (c for c in _columns(built) if "filler" in c.tags):
        assert all(isinstance(x, str) and not x.strip() for x in column.values), column.name


def _cyymmdd(n: int) -> date:
    return date(1900 + (n // 1_000_000) * 100 + (n // 10_000) % 100, (n // 100) % 100, n % 100)


def _julian(n: int) -> date:
    return date.fromordinal(date(1900 + (n // 100_000) * 100 + (n // 1_000) % 100, 1, 1).toordinal() + n % 1_000 - 1)


def _era(text: str) -> date:
    base = {"S": 1925, "H": 1988, "R": 2018}[text[0]]
    return date(base + int(text[1:3]), int(text[4:6]), int(text[7:9]))


#: (table, column, parser, earliest, latest) for dates of birth in legacy shapes
LEGACY_DOBS = [
    ("COOPLIB.MBRMSTP", "MBBDAT", lambda x: _cyymmdd(int(x)), 1928, 2004),
    ("RETSYS.MBR_MASTER", "MBR_DOB_CCYYMMDD", lambda x: datetime.strptime(str(x), "%Y%m%d").date(), 1938, 2001),
    ("RETSYS.MBR_MASTER", "BENE_1_DOB", lambda x: datetime.strptime(str(x), "%Y%m%d").date(), 1935, 2015),
    ("landing.PAYFEED_NWGA_WKLY", "F14", lambda x: datetime.strptime(x, "%Y%m%d").date(), 1956, 2006),
    ("landing.PAYFEED_NWGA_WKLY", "F30", lambda x: datetime.strptime(x, "%Y%m%d").date(), 1958, 2024),
    ("SAPHR.ZHR_PA_EXTRAKT", "GBDAT", lambda x: datetime.strptime(x, "%Y%m%d").date(), 1961, 2006),
    ("SAPHR.ZHR_PA_EXTRAKT", "FGBDT_1", lambda x: datetime.strptime(x, "%Y%m%d").date(), 1990, 2024),
    ("TUINLIB.PERSMSTR", "GEBDAT", lambda x: datetime.strptime(str(x), "%Y%m%d").date(), 1962, 2006),
    ("VPC.FIC_CLIENTS", "DT_NAIS_JJMMAA", lambda x: datetime.strptime(x, "%d%m%y").date(), 1930, 2068),
    ("reparto.clientes_reparto", "f_nac", lambda x: datetime.strptime(x, "%d/%m/%Y").date(), 1925, 1990),
    ("access_export.tblBoarders", "Field1", lambda x: datetime.strptime(x, "%m/%d/%Y").date(), 1940, 2004),
    ("TSUHAN.KOKYAKU_MST", "SEINENGAPPI", _era, 1932, 2003),
]


@pytest.mark.parametrize(
    ("table", "name", "parse", "lo", "hi"), LEGACY_DOBS, ids=[f"{t}.{c}" for t, c, *_ in LEGACY_DOBS]
)
def test_when_a_date_of_birth_is_stored_in_a_legacy_shape_then_every_value_parses_to_a_plausible_date(
    built, table, name, parse, lo, hi
) -> None:
    assert _column(built, table, name).kind == "date_of_birth"
    values = _present(built, table, name)
    assert len(values) >= 100
    assert _misses(values, lambda x: lo <= parse(x).year <= hi) == 0


def test_when_dates_are_legacy_decoys_then_they_parse_and_are_none(built) -> None:
    for table, name, parse in (
        ("PRODDTA.F0111", "WWUPMJ", lambda x: _julian(int(float(x)))),
        ("COOPLIB.MBRMSTP", "MBCNDT", lambda x: _cyymmdd(int(x))),
        ("WARLIB.WRNREGP", "WRDLVD", lambda x: _cyymmdd(int(x))),
        ("SAPHR.ZHR_PA_EXTRAKT", "BEGDA", lambda x: datetime.strptime(x, "%Y%m%d").date()),
    ):
        assert _column(built, table, name).kind == "none"
        values = _present(built, table, name)
        assert _misses(values, lambda x, p=parse: 1979 <= p(x).year <= 2026) == 0, name
    decoys = [c for c in _columns(built) if "legacy_date" in c.tags and c.kind == "none"]
    assert len(decoys) >= 15


def test_when_a_birthday_is_split_into_day_month_and_year_then_each_part_is_in_range(built) -> None:
    day, month, year = (_column(built, "PRODDTA.F0111", n).values for n in ("WWDDATE", "WWDMON", "WWDYR"))
    rows = list(zip(day, month, year))
    assert all(0 <= d <= 31 and 0 <= m <= 12 and (y == 0 or 1944 <= y <= 2002) for d, m, y in rows)
    assert all((d == 0) == (m == 0) for d, m, _ in rows) and all(y == 0 or d > 0 for d, _, y in rows)
    assert 0.2 <= sum(d > 0 for d in day) / len(day) <= 0.6
    assert {c.kind for c in _columns(built) if "split_dob" in c.tags} == {"date_of_birth"}


def test_when_a_master_mixes_companies_and_people_then_the_label_follows_the_majority(built) -> None:
    mixed = {(t.name, c.name): c.kind for t in built for c in t.columns if "mixed_business" in c.tags}
    assert len(mixed) >= 12
    individuals = _column(built, "APPS.XXPB_AP_SUPPLIER_EXT", "INDIVIDUAL_1099").values
    share = sum(x is not None for x in individuals) / len(individuals)
    assert 0.15 <= share <= 0.35 and mixed[("APPS.XXPB_AP_SUPPLIER_EXT", "VENDOR_NAME")] == "none"
    names = _column(built, "navision.Vestjysk Andelsslagteri$Kreditor", "Navn").values
    companies = sum(x in heldout_v58_values.DK_COMPANIES for x in names) / len(names)
    assert 0.15 <= companies <= 0.35 and mixed[("navision.Vestjysk Andelsslagteri$Kreditor", "Navn")] == "person_name"
    shops = _column(built, "TSUHAN.KOKYAKU_MST", "KOKYAKU_KBN").values
    assert 0.05 <= shops.count("02") / len(shops) <= 0.2
    lines = _column(built, "PRODDTA.F0111", "WWIDLN").values
    assert 0.15 <= lines.count(0.0) / len(lines) <= 0.45 and mixed[("PRODDTA.F0111", "WWALPH")] == "person_name"


def test_when_a_column_is_a_join_key_or_a_credential_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 15 and all(c.kind == "none" for c in keys)
    assert {
        "WWAN8",
        "VENDOR_ID",
        "MBMBR#",
        "MBR_ID",
        "F3",
        "No",
        "ID",
        "EMPLOYEE",
        "WRREG#",
        "PERNR",
        "Nr_",
        "PERSNR",
        "NUM_CLIENT",
        "cod_cli",
        "KOKYAKU_CD",
    } <= {c.name for c in keys}
    creds = {c.name for c in _columns(built) if "credential" in c.tags}
    assert {"Field2", "ZZ_SPIND", "CB_CHIFFRE", "campo_libre2"} <= creds


def test_when_a_value_is_partial_or_an_initial_then_it_is_short_and_none(built) -> None:
    patterns = {
        "WPAR1": r"[0-9]{3}",
        "AREA_CODE": r"[0-9]{3}",
        "BANK_ACCOUNT_NUM": r"X{6}[0-9]{4}",
        "MBZIP4": r"[0-9]{1,4}",
        "MBR_ZIP_4": r"[0-9]{4}",
        "CB_4DERN": r"[0-9]{4}",
    }
    cut = [(t.name, c) for t in built for c in t.columns if "partial" in c.tags]
    assert {c.name for _, c in cut} == set(patterns)
    for table, column in cut:
        values = [str(x) for x in _present(built, table, column.name)]
        assert values and _misses(values, lambda x, p=patterns[column.name]: bool(re.fullmatch(p, x))) == 0, column.name
    for column in (c for c in _columns(built) if "initial" in c.tags):
        assert column.kind == "none" and all(len(str(x).strip()) <= 5 for x in column.values), column.name


def test_when_a_numeric_field_uses_zero_for_missing_then_some_but_not_most_cells_are_zero(built) -> None:
    zeros = [c for c in _columns(built) if "zero_missing" in c.tags]
    assert len(zeros) >= 6
    for column in zeros:
        share = sum(x == 0 for x in column.values) / len(column.values)
        assert 0.05 <= share <= 0.8, column.name


def test_when_names_mislead_then_the_label_follows_the_values(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert {
        "WWDC": "person_name",
        "MBSRCH": "last_name",
        "NAME2": "last_name",
        "horseName": "none",
        "foaled": "none",
    }.items() <= misleading.items()
    assert {c.kind for c in _columns(built) if "animal" in c.tags} == {"none"}
    opaque = {c.name: c.kind for c in _columns(built) if "opaque" in c.tags and "flat_file" not in c.tags}
    assert {
        "ATTRIBUTE3": "person_name",
        "ATTRIBUTE4": "phone",
        "Field1": "date_of_birth",
        "Field2": "none",
        "Expr1000": "person_name",
        "campo_libre1": "phone",
        "campo_libre2": "none",
        "YOBI1": "email",
        "YOBI2": "none",
        "ATTRIBUTE1": "none",
    }.items() <= opaque.items()


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15
    assert {c.kind for c in role} <= PERSON_KINDS | {"phone", "ssn", "date_of_birth", "street_address"}
    assert {
        "ATTRIBUTE3",
        "MBNAM2",
        "BENE_1_NM",
        "ALT_PAYEE_NM",
        "F28",
        "spouse",
        "EMERG_NAME",
        "WRSLSP",
        "WRCOWN",
        "EMFTX",
        "FAVOR_1",
        "Kontakt",
        "SOFUSAKI_MEI",
        "Contact",
    } <= {c.name for c in role}


def test_when_an_audit_column_is_built_then_logins_are_usernames_with_few_distinct_values(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags and c.kind == "unclassified"]
    assert len(audit) >= 10
    for column in audit:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    services = [c for c in _columns(built) if "service_account" in c.tags]
    assert services and all(c.kind == "none" for c in services)


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 6
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 15
    for column in heavy:
        assert column.kind != "none", column.name
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if column.tags & {"null_heavy", "nullword_heavy", "filler", "mostly_blank"}:
                continue
            assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
            assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, f"{table.name}.{column.name}"
    blank = [c for c in _columns(built) if "mostly_blank" in c.tags]
    assert len(blank) >= 5 and all(c.kind == "none" for c in blank)


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 8
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def _rvnr_ok(number: str) -> bool:
    """The published check of a German pension insurance number (the letter as its place in the alphabet, weights
    2 1 2 5 7 1 2 1 2 1 2 1, digit sums of the products, modulo 10), written again here."""
    if not re.fullmatch(r"[0-9]{8}[A-Z][0-9]{3}", number):
        return False
    digits = number[:8] + f"{ord(number[8]) - 64:02d}" + number[9:11]
    total = sum(sum(int(ch) for ch in str(int(d) * w)) for d, w in zip(digits, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)))
    return total % 10 == int(number[11])


_VIN = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9))),
    **dict(zip("JKLMN", range(1, 6))),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10))),
}


def _vin_ok(vin: str) -> bool:
    if len(vin) != 17 or set(vin) & set("IOQ"):
        return False
    total = sum(_VIN[ch] * w for ch, w in zip(vin, (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)))
    return vin[8] == ("X" if total % 11 == 10 else str(total % 11))


def _ssn9(x: str) -> bool:
    return ssn.is_valid(x.zfill(9))


#: (table, column, check) for every checksummed personal identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("APPS.XXPB_AP_SUPPLIER_EXT", "INDIVIDUAL_1099", ssn.is_valid),
    ("COOPLIB.MBRMSTP", "MBSSN", _ssn9),
    ("RETSYS.MBR_MASTER", "MBR_SSN", ssn.is_valid),
    ("RETSYS.MBR_MASTER", "BENE_1_SSN", ssn.is_valid),
    ("landing.PAYFEED_NWGA_WKLY", "F4", ssn.is_valid),
    ("landing.PAYFEED_NWGA_WKLY", "F31", ssn.is_valid),
    ("LAWPROD.EMPLOYEE", "FICA_NBR", ssn.is_valid),
    ("access_export.tblBoarders", "cardOnFile", luhn.is_valid),
    ("SAPHR.ZHR_PA_EXTRAKT", "STEUERID", idnr.is_valid),
    ("SAPHR.ZHR_PA_EXTRAKT", "RVNR", _rvnr_ok),
    ("SAPHR.ZHR_PA_EXTRAKT", "IBAN", iban.is_valid),
    ("navision.Vestjysk Andelsslagteri$Kreditor", "CPR-nr_", cpr.is_valid),
    ("navision.Vestjysk Andelsslagteri$Kreditor", "IBAN", iban.is_valid),
    ("TUINLIB.PERSMSTR", "BSNNR", bsn.is_valid),
    ("TUINLIB.PERSMSTR", "IBANNR", iban.is_valid),
    ("VPC.FIC_CLIENTS", "IBAN_PRLV", iban.is_valid),
    ("reparto.clientes_reparto", "nif", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("reparto.clientes_reparto", "iban_domic", iban.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    assert _column(built, table, column).kind in {"ssn", "national_id", "iban", "credit_card"}
    values = _present(built, table, column)
    assert len(values) >= 40 and _misses(values, check) == 0


def test_when_a_pension_insurance_number_is_built_then_it_encodes_its_rows_birth_date_and_birth_name(built) -> None:
    rows = zip(*(_column(built, "SAPHR.ZHR_PA_EXTRAKT", n).values for n in ("RVNR", "GBDAT", "NAME2", "NACHN")))
    pairs = list(rows)
    assert len(pairs) >= 300
    assert _misses(pairs, lambda r: r[0][2:8] == r[1][6:8] + r[1][4:6] + r[1][2:4]) == 0
    assert _misses(pairs, lambda r: r[0][8] == heldout_v58_values.upper_ascii(r[2] or r[3])[0]) == 0
    assert {c.kind for c in _columns(built) if c.name in {"RVNR", "STEUERID"}} == {"ssn", "national_id"}


def test_when_a_decoy_carries_a_check_digit_then_it_passes_its_own_check_and_is_none(built) -> None:
    checks = {
        "NUM_1099": ein.is_valid,
        "BANK_NUM": rtn.is_valid,
        "WRVIN": _vin_ok,
        "VAT_Registration_No": lambda x: gbvat.is_valid(x),
        "CVR-nr_": cvr.is_valid,
        "HOJIN_BANGO": cn.is_valid,
    }
    found = [(t.name, c) for t in built for c in t.columns if "check_digit" in c.tags]
    assert {c.name for _, c in found} == set(checks)
    for table, column in found:
        values = _present(built, table, column.name)
        assert column.kind == "none" and len(values) >= 30, column.name
        assert _misses(values, checks[column.name]) == 0, column.name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 10 and all(c.kind == "none" for c in shaped)


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region its phone numbers belong to (every other table: the United States)
PHONE_REGIONS = {
    "bc_odata.PenwithAgri_Customers": "GB",
    "SAPHR.ZHR_PA_EXTRAKT": "DE",
    "navision.Vestjysk Andelsslagteri$Kreditor": "DK",
    "TUINLIB.PERSMSTR": "NL",
    "VPC.FIC_CLIENTS": "FR",
    "reparto.clientes_reparto": "ES",
    "TSUHAN.KOKYAKU_MST": "JP",
}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 25
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS.get(table.name, "US")
        values = _present(built, table.name, column.name)
        if column.name == "WPPH1":
            areas = _column(built, table.name, "WPAR1").values
            values = [f"{a.strip()}{p.strip()}" for a, p in zip(areas, column.values)]
        assert len(values) >= 30, f"{table.name}.{column.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {"US", "GB", "DE", "DK", "NL", "PL", "RO", "FR", "ES", "JP"} <= seen


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_coordinates_are_built_then_they_are_none(built) -> None:
    doubles = [
        c
        for c in _columns(built)
        if c.sql_type == "DOUBLE" and c.name.upper() in {"MBLAT", "MBLON", "LATITUD", "LONGITUD"}
    ]
    assert len(doubles) == 4 and all(c.kind == "none" for c in doubles)


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    business = [(t, c) for t in built for c in t.columns if "business" in c.tags]
    assert len(business) >= 4
    for table, column in business:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v58, heldout_v58_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {
            f"{node.module}.{alias.name}"
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "58"}, module.__name__


def test_when_the_scorer_builds_set_v58_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
            names = [
                r[0]
                for r in con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
                    " ORDER BY ordinal_position",
                    [schema, name],
                ).fetchall()
            ]
            assert names == [c.name for c in table.columns], table.name
    assert heldout_v58.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v58"].DEFAULT_PATH == Path("/tmp/heldout_v58.duckdb")
