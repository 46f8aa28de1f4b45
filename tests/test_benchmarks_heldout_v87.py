"""Held-out set v87: its size, languages, labels, row counts, NULL and NULL-word shares, legacy extracts, opaque
fields, staff and role words, identifiers with check digits, phones, value-shaped decoys and business columns are the
ones asked for, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings, placeholders and legacy zeros are part of the set's dirt: identifier checks skip them and strip
padding. Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line
and message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.at import uid as at_uid
from stdnum.at import vnr
from stdnum.ca import bn, sin
from stdnum.es import cif, dni, nie
from stdnum.fr import nir, siret
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.ie import vat as ie_vat
from stdnum.it import codicefiscale, iva
from stdnum.jp import cn
from stdnum.jp import in_ as my_number
from stdnum.mu import nid
from stdnum.nl import bsn, btw
from stdnum.nz import ird
from stdnum.se import orgnr, personnummer
from stdnum.sg import uen
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v87, heldout_v87_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "it", "es", "nl", "sv", "ja"}
TABLES = {
    "HRLIB.SRSTFMST", "FESTVOL.VOLUNTEER_MASTER", "SAPSR3.ZSKI_LEHRER", "ski_school.lesson_bookings",
    "congres.delegateRegistrations", "HotelHR.StaffRoster", "banqueting.casual_staff", "stg.src_crm_luau_guests",
    "CRUISE.PAX_MANIFEST", "festival.porteurs_bracelet", "equipaggio.marittimi", "catering.invitadosEvento",
    "congres.badges", "skidskola.instruktorer", "旅館.従業員名簿",
}
LEGACY = {"HRLIB.SRSTFMST", "FESTVOL.VOLUNTEER_MASTER", "SAPSR3.ZSKI_LEHRER"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v87")
_cells = heldout_support.Cells(heldout_v87.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _present(values: list) -> list[str]:
    """Real values as text, legacy zeros (missing numbers) left out."""
    return [str(x) for x in _real(values) if x != 0]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v87, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert 0.45 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.65
    assert {t.name for t in built} == TABLES
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    assert {"snake", "camel", "pascal", "screaming", "as400", "cobol", "sap"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v87.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "service_account", "join_key",
                                                           "credential", "value_shape"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username", "bank_account"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username", "bank_account"}, column.name
    for column in (c for c in _columns(built) if "mixed_kinds" in c.tags):
        assert column.kind == "free_text" and "opaque" in column.tags, column.name


def test_when_the_set_is_built_then_every_table_has_an_opaque_personal_field_beside_a_none_one(built) -> None:
    for table in built:
        opaque = [c for c in table.columns if "opaque" in c.tags]
        assert {c.kind != "none" for c in opaque} == {True, False}, table.name
    staging = [c.name for c in _column_table(built, "stg.src_crm_luau_guests").columns]
    assert [f"src_crm_col{i:02d}" for i in range(1, 19)] == staging[:18]
    assert len([c for c in _columns(built) if "mixed_kinds" in c.tags]) >= 1


def _column_table(built, name):
    return heldout_support.table(built, name)


def test_when_a_mixed_opaque_field_is_built_then_phones_emails_and_names_all_occur(built) -> None:
    for table, name, region in (("stg.src_crm_luau_guests", "src_crm_col17", "US"),
                                ("festival.porteurs_bracelet", "champ_libre_2", "FR")):
        values = [str(x) for x in _values(built, table, name)]
        mails = sum("@" in x for x in values)
        phones = sum(x.startswith("+") for x in values)
        assert mails >= 50 and phones >= 50 and len(values) - mails - phones >= 50, name


def test_when_a_table_is_a_legacy_extract_then_chars_are_padded_and_numbers_keep_zero_for_missing(built) -> None:
    for table in (t for t in built if t.name in LEGACY):
        chars = [c for c in table.columns if c.sql_type.startswith("CHAR(")]
        assert len(chars) >= 10, table.name
        for column in chars:
            width = int(column.sql_type[5:-1])
            assert _misses([x for x in column.values if x is not None], lambda x, w=width: len(x) <= w) == 0, \
                column.name
        assert any(c.sql_type.startswith("CHAR(") and any(str(x).endswith(" ") for x in c.values)
                   for c in table.columns), table.name
    for table, name in (("HRLIB.SRSTFMST", "SRSSN"), ("HRLIB.SRSTFMST", "SRPHON"),
                        ("FESTVOL.VOLUNTEER_MASTER", "VOL-MOBILE")):
        values = _column(built, table, name).values
        assert 0 < sum(x == 0 for x in values) < 0.3 * len(values) and all(isinstance(x, int) for x in values), name


def test_when_a_legacy_birth_date_is_built_then_it_is_a_valid_cyymmdd_yyyymmdd_or_dats_date(built) -> None:
    def cyy(x: int) -> date:
        return date(1900 + x // 1_000_000 * 100 + x // 10_000 % 100, x // 100 % 100, x % 100)

    for table, name, parse in (("HRLIB.SRSTFMST", "SRBDAT", cyy),
                               ("FESTVOL.VOLUNTEER_MASTER", "VOL-DOB", lambda x: date(x // 10_000, x // 100 % 100,
                                                                                        x % 100)),
                               ("SAPSR3.ZSKI_LEHRER", "GBDAT", lambda x: date(int(x[:4]), int(x[4:6]), int(x[6:])))):
        values = _column(built, table, name).values
        assert _misses(values, lambda x, p=parse: 1930 <= p(x).year <= 2010) == 0, name


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 10
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 12 and all(c.kind in PERSON_KINDS for c in role)


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 8
    for column in heavy:
        assert column.kind != "none" and 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 4
    for column in heavy:
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert column.kind != "none" and 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 2
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name



#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("HRLIB.SRSTFMST", "SRSSN", lambda x: ssn.is_valid(x.zfill(9))),
    ("FESTVOL.VOLUNTEER_MASTER", "VOL-CHI-NO", lambda x: nhs.is_valid(x.zfill(10))),
    ("SAPSR3.ZSKI_LEHRER", "ZZSVNR", vnr.is_valid),
    ("SAPSR3.ZSKI_LEHRER", "IBAN", iban.is_valid),
    ("congres.delegateRegistrations", "speakerSin", sin.is_valid),
    ("congres.delegateRegistrations", "cardNumber", luhn.is_valid),
    ("HotelHR.StaffRoster", "NicNumber", nid.is_valid),
    ("banqueting.casual_staff", "ppsn", pps.is_valid),
    ("banqueting.casual_staff", "wages_iban", iban.is_valid),
    ("CRUISE.PAX_MANIFEST", "NRIC_NO", heldout_v87_values.nric_valid),
    ("CRUISE.PAX_MANIFEST", "FOLIO_CARD_NO", luhn.is_valid),
    ("festival.porteurs_bracelet", "num_secu", nir.is_valid),
    ("festival.porteurs_bracelet", "iban_remboursement", iban.is_valid),
    ("equipaggio.marittimi", "codice_fiscale", codicefiscale.is_valid),
    ("equipaggio.marittimi", "iban_stipendio", iban.is_valid),
    ("catering.invitadosEvento", "dniNie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("congres.badges", "bsn", bsn.is_valid),
    ("skidskola.instruktorer", "personnummer", personnummer.is_valid),
    ("skidskola.instruktorer", "iban_lon", iban.is_valid),
    ("旅館.従業員名簿", "個人番号", my_number.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = _present(_column(built, table, column).values)
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_national_number_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob in (("skidskola.instruktorer", "personnummer", "fodelsedatum"),
                            ("equipaggio.marittimi", "codice_fiscale", "data_nascita")):
        get = personnummer.get_birth_date if idc == "personnummer" else codicefiscale.get_birth_date
        pairs = list(zip(_column(built, table, idc).values, _column(built, table, dob).values))
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    pairs = [(s.strip(), d) for s, d in zip(_column(built, "SAPSR3.ZSKI_LEHRER", "ZZSVNR").values,
                                            _column(built, "SAPSR3.ZSKI_LEHRER", "GBDAT").values) if s.strip()]
    assert _misses(pairs, lambda r: r[0][4:] == r[1][6:] + r[1][4:6] + r[1][2:4]) == 0


def test_when_a_decoy_is_shaped_like_a_national_number_then_it_fails_the_check(built) -> None:
    for table, name, check in (("HRLIB.SRSTFMST", "SRFOLI", ssn.is_valid),
                               ("festival.porteurs_bracelet", "numero_dossier", nir.is_valid),
                               ("catering.invitadosEvento", "localizador", dni.is_valid),
                               ("congres.badges", "ordernummer", bsn.is_valid),
                               ("CRUISE.PAX_MANIFEST", "BOOKING_REF", heldout_v87_values.nric_valid)):
        values = _present(_column(built, table, name).values)
        assert len(values) >= 100 and sum(bool(check(x)) for x in values) == 0, name
        assert _column(built, table, name).kind == "none"


def test_when_a_business_tax_number_is_built_then_it_passes_its_check_and_is_none(built) -> None:
    for table, name, check in (("SAPSR3.ZSKI_LEHRER", "ZZUID", at_uid.is_valid),
                               ("ski_school.lesson_bookings", "resort_gst_no", ird.is_valid),
                               ("congres.delegateRegistrations", "companyBn", bn.is_valid),
                               ("banqueting.casual_staff", "hotel_vat_no", ie_vat.is_valid),
                               ("CRUISE.PAX_MANIFEST", "OPERATOR_UEN", uen.is_valid),
                               ("festival.porteurs_bracelet", "siret_prestataire", siret.is_valid),
                               ("equipaggio.marittimi", "piva_agenzia", iva.is_valid),
                               ("catering.invitadosEvento", "cifEmpresa", cif.is_valid),
                               ("congres.badges", "btw_nummer", btw.is_valid),
                               ("skidskola.instruktorer", "orgnr_arbetsgivare", orgnr.is_valid),
                               ("旅館.従業員名簿", "法人番号", cn.is_valid)):
        column = _column(built, table, name)
        values = _present(column.values)
        assert values and _misses(values, check) == 0 and column.kind == "none", name


def _phone_valid(text: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
        return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region
    except phonenumbers.NumberParseException:
        return False


REGIONS = {"HRLIB.SRSTFMST": "US", "FESTVOL.VOLUNTEER_MASTER": "GB", "SAPSR3.ZSKI_LEHRER": "AT",
           "ski_school.lesson_bookings": "NZ", "congres.delegateRegistrations": "CA", "HotelHR.StaffRoster": "MU",
           "banqueting.casual_staff": "IE", "stg.src_crm_luau_guests": "US", "CRUISE.PAX_MANIFEST": "SG",
           "festival.porteurs_bracelet": "FR", "equipaggio.marittimi": "IT", "catering.invitadosEvento": "ES",
           "congres.badges": "NL", "skidskola.instruktorer": "SE", "旅館.従業員名簿": "JP"}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_in_its_tables_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15
    for table, column in phones:
        values = _present(column.values)
        assert values and _misses(values, lambda x, r=REGIONS[table.name]: _phone_valid(x, r)) == 0, column.name
    hawaii = _present(_column(built, "stg.src_crm_luau_guests", "src_crm_col05").values)
    assert _misses(hawaii, lambda x: "808" in x[:6]) == 0


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = _present(column.values)
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_column_is_labeled_email_then_every_value_is_an_address(built) -> None:
    for column in (c for c in _columns(built) if c.kind == "email"):
        values = _present(column.values)
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", x))) == 0, \
            column.name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _misses(_present(column.values), lambda x, p=private: x not in p) == 0, column.name


def test_when_an_audit_column_is_built_then_logins_are_few_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    assert len(logins) >= 8 and len([c for c in audit if "service_account" in c.tags]) >= 2
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert len([c for c in _columns(built) if "bank_account" in c.tags]) >= 4


def test_when_the_value_modules_are_read_then_they_import_no_faker_no_classifier_and_no_earlier_set(built) -> None:
    for module in (heldout_v87, heldout_v87_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "87"}, module.__name__


def test_when_the_scorer_builds_set_v87_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v87.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v87"].DEFAULT_PATH == Path("/tmp/heldout_v87.duckdb")
