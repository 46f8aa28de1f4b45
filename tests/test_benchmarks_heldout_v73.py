"""Held-out set v73: its size, languages, labels, row counts, NULL and NULL-word shares, legacy extracts (padding,
dates and identifiers kept as numbers), opaque custom fields, join keys, staff and role columns, identifiers with
check digits, decoys with their own check digits and decoys that fail a personal identifier's check are the ones asked
for, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

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
from stdnum import ean, iban, luhn, verhoeff
from stdnum.es import dni, nie
from stdnum.fr import nir, siret
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.in_ import aadhaar, gstin
from stdnum.it import aic, codicefiscale, iva
from stdnum.jp import cn
from stdnum.nl import bsn
from stdnum.ru import inn, ogrn
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v73, heldout_v73_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: eight English tables, seven in other languages and scripts
LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "ja", "ru"}

#: every table of the set: laboratories, pharmacies, clinical research and diagnostics, one organisation each
TABLES = {
    "biobank_ops.specimen_consents", "LABSYS.SRRCVP", "rxcounter.RxFills", "trialpay.subject_stipends",
    "ris_export.StudyWorklist", "histo_lims.case_register", "homedraw.visit_bookings",
    "diagnostix_api.homeTestOrders", "SAPLAB.ZLAB_PATAUF", "labo_hdf.dossiersPatients",
    "ensayos_hgm.visitas_sujetos", "FARMAGEST.PRENSERV", "afnamelab_utrecht.bloedafname_afspraken",
    "調剤薬局.処方箋受付", "лаборатория.заказы_анализов",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v73")
_cells = heldout_support.Cells(heldout_v73.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _digits(x: object) -> str:
    return "".join(ch for ch in str(x) if ch.isdigit())


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v73, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 380
    assert 0.50 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.66
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"legacy", "padded", "int_date", "numeric_id", "zero_missing", "decoy", "business", "value_shape",
            "check_digit", "practitioner_id", "clinical", "coordinates", "version", "event_date", "credential",
            "partial", "join_key", "null_heavy", "nullword_heavy", "staff", "role_word", "premises", "username",
            "audit", "service_account", "opaque", "misleading", "mixed_kinds", "placeholder", "abbrev",
            "dicom"} <= tags
    assert {"snake", "camel", "pascal", "screaming", "native"} <= {t.style for t in built}
    labels = heldout_v73.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "service_account", "join_key",
                                                           "partial", "credential", "clinical", "check_digit",
                                                           "practitioner_id", "coordinates", "event_date"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"placeholder", "misleading", "null_heavy",
                                                           "nullword_heavy", "mixed_kinds"}):
        assert column.kind != "none", column.name


def test_when_a_column_is_a_join_key_or_an_order_number_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 18 and all(c.kind == "none" for c in keys)
    assert {"participant_ref", "SRMRN", "subject_id", "screening_no", "PatientID", "mrn", "medical_aid_no",
            "PATNR", "numeroAdherent", "codigo_sujeto", "受付番号"} <= {c.name for c in keys}
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_table_is_a_legacy_extract_then_values_are_padded_and_dates_and_ids_are_numbers(built) -> None:
    legacy = {t.name for t in built if any("legacy" in c.tags for c in t.columns)}
    assert legacy == {"LABSYS.SRRCVP", "SAPLAB.ZLAB_PATAUF", "FARMAGEST.PRENSERV"}
    for column in (c for c in _columns(built) if "padded" in c.tags):
        widths = {len(x) for x in column.values if isinstance(x, str)}
        assert len(widths) == 1, column.name
        assert _hits([x for x in column.values if isinstance(x, str)], lambda x: x != x.rstrip()) > 0, column.name
    for column in (c for c in _columns(built) if "int_date" in c.tags):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{6,8}", x))) == 0, column.name
    for column in (c for c in _columns(built) if "numeric_id" in c.tags):
        assert column.sql_type in {"INTEGER", "BIGINT"}, column.name
        assert _misses(column.values, lambda x: isinstance(x, int)) == 0, column.name
    for column in (c for c in _columns(built) if "zero_missing" in c.tags):
        assert 0.05 <= sum(x == 0 for x in column.values) / len(column.values) <= 0.5, column.name
    values = _column(built, "LABSYS.SRRCVP", "SRPDOB").values

    def back(x: int) -> date:
        return date(1900 + (x // 1_000_000) * 100 + (x // 10_000) % 100, (x // 100) % 100, x % 100)

    assert _misses(values, lambda x: 1930 <= back(x).year <= 2025) == 0


def test_when_values_are_partial_or_placeholders_then_they_are_four_digits_or_a_few_cells(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert {"card_last4"} <= {c.name for c in cut} and all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 1
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_custom_fields_are_opaque_then_some_hold_personal_data_and_some_none(built) -> None:
    opaque = [c for c in _columns(built) if "opaque" in c.tags]
    personal = {c.name for c in opaque if c.kind != "none"}
    plain = {c.name for c in opaque if c.kind == "none"}
    assert {"SRUDF1", "Custom1", "notes2", "User2", "misc_2", "extra_1", "code", "ZZFELD2", "champLibre1",
            "campo_libre_2", "CAMPO_LIB2", "vrij_veld_2", "予備2", "доп_поле_1", "src_crm_col17"} <= personal
    assert {"SRUDF2", "Custom2", "src_crm_col18", "User1", "misc_1", "extra_2", "ZZFELD1", "champLibre2",
            "campo_libre_1", "CAMPO_LIB1", "vrij_veld_1", "予備1", "доп_поле_2"} <= plain
    for column in (c for c in opaque if c.kind == "email"):
        values = [str(x) for x in _real(column.values)]
        assert len(values) >= 50 and _misses(values, lambda x: "@" in x) == 0, column.name
    abha = _values(built, "diagnostix_api.homeTestOrders", "code")
    assert len(abha) >= 100 and _misses(abha, lambda x: bool(re.fullmatch(r"91-\d{4}-\d{4}-\d{4}", str(x)))) == 0


def test_when_a_column_mixes_kinds_then_it_holds_phones_addresses_and_names(built) -> None:
    values = [str(x) for x in _values(built, "trialpay.subject_stipends", "src_crm_col17")]
    assert _hits(values, lambda x: "@" in x) >= 50
    assert _hits(values, lambda x: _phone_valid(x, "US")) >= 50
    assert _hits(values, lambda x: bool(re.fullmatch(r"[^\d@]+ [^\d@]+", x))) >= 30


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15
    assert all(c.kind in PERSON_KINDS for c in role)
    assert {"gp_name", "SRORDP", "PrescriberName", "ReferringPhysicianName", "requesting_clinician",
            "main_member_name", "referring_doctor", "referredBy", "EINSA", "medecinPrescripteur", "monitor_cro",
            "PRN_MEDICO", "huisarts", "処方医", "врач"} <= {c.name for c in role}


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 15
    for column in heavy:
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 3
    for column in heavy:
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name


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


def _kvnr(x: str) -> bool:
    if not re.fullmatch(r"[A-Z][1-9][0-9]{8}", x):
        return False
    digits = f"{ord(x[0]) - 64:02d}{x[1:9]}"
    total = sum((int(d) * (1 + i % 2)) // 10 + (int(d) * (1 + i % 2)) % 10 for i, d in enumerate(digits))
    return total % 10 == int(x[9])


def _medicare(x: str) -> bool:
    d = _digits(x)
    return len(d) == 10 and d[0] in "23456" and sum(
        int(a) * w for a, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(d[8])


def _snils(x: str) -> bool:
    d = _digits(x)
    total = sum(int(a) * w for a, w in zip(d[:9], range(9, 0, -1), strict=True))
    return len(d) == 11 and total % 101 % 100 == int(d[9:])


def _nss(x: str) -> bool:
    d = _digits(x)
    return len(d) == 12 and int(d[:10]) % 97 == int(d[10:])


#: (table, column, check) for every checksummed personal identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("biobank_ops.specimen_consents", "nhs_number", nhs.is_valid),
    ("LABSYS.SRRCVP", "SRPSSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("rxcounter.RxFills", "HealthCardNumber", lambda x: luhn.is_valid(_digits(x)) and len(_digits(x)) == 10),
    ("trialpay.subject_stipends", "ssn", ssn.is_valid),
    ("trialpay.subject_stipends", "card_number", luhn.is_valid),
    ("ris_export.StudyWorklist", "MedicareNumber", _medicare),
    ("histo_lims.case_register", "ppsn", pps.is_valid),
    ("homedraw.visit_bookings", "id_number", idnr.is_valid),
    ("diagnostix_api.homeTestOrders", "aadhaarNo", aadhaar.is_valid),
    ("SAPLAB.ZLAB_PATAUF", "KVNR", _kvnr),
    ("labo_hdf.dossiersPatients", "nir", nir.is_valid),
    ("ensayos_hgm.visitas_sujetos", "dni_nie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("ensayos_hgm.visitas_sujetos", "nss", _nss),
    ("ensayos_hgm.visitas_sujetos", "iban_reembolso", iban.is_valid),
    ("FARMAGEST.PRENSERV", "PRN_CFASS", codicefiscale.is_valid),
    ("afnamelab_utrecht.bloedafname_afspraken", "bsn", bsn.is_valid),
    ("лаборатория.заказы_анализов", "снилс", _snils),
    ("лаборатория.заказы_анализов", "инн", inn.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [x for x in _values(built, table, column) if x != 0]
    assert len(values) >= 50 and _misses(values, check) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_birth_date_of_its_row(built) -> None:
    rows = zip(_column(built, "homedraw.visit_bookings", "id_number").values,
               _column(built, "homedraw.visit_bookings", "dob").values, strict=True)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: r[0][:6] == r[1].strftime("%y%m%d")) == 0
    rows = zip(_column(built, "FARMAGEST.PRENSERV", "PRN_CFASS").values,
               _column(built, "FARMAGEST.PRENSERV", "PRN_DTNAS").values, strict=True)
    pairs = [(p.strip(), d) for p, d in rows if p.strip()]
    assert len(pairs) >= 100
    assert _misses(pairs, lambda r: codicefiscale.get_birth_date(r[0]).strftime("%m%d") == f"{r[1] % 10_000:04d}") == 0
    rows = zip(_column(built, "labo_hdf.dossiersPatients", "nir").values,
               _column(built, "labo_hdf.dossiersPatients", "dateNaissance").values, strict=True)
    pairs = [(_digits(p), d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: r[0][1:5] == r[1][8:10] + r[1][3:5]) == 0


#: (table, column, the decoy's own check) for decoys carrying their own check digit
OWN_CHECK: list[tuple[str, str, object]] = [
    ("LABSYS.SRRCVP", "SRNPI", lambda x: luhn.is_valid("80840" + x)),
    ("labo_hdf.dossiersPatients", "rppsPrescripteur", luhn.is_valid),
    ("histo_lims.case_register", "snomed_code", verhoeff.is_valid),
    ("biobank_ops.specimen_consents", "sample_barcode", ean.is_valid),
    ("labo_hdf.dossiersPatients", "codeBarreTube", ean.is_valid),
    ("調剤薬局.処方箋受付", "JANコード", ean.is_valid),
    ("лаборатория.заказы_анализов", "штрихкод_пробирки", ean.is_valid),
    ("FARMAGEST.PRENSERV", "PRN_AIC", aic.is_valid),
    ("FARMAGEST.PRENSERV", "PRN_PIVA", iva.is_valid),
    ("labo_hdf.dossiersPatients", "siretLabo", siret.is_valid),
    ("diagnostix_api.homeTestOrders", "labGstin", gstin.is_valid),
    ("лаборатория.заказы_анализов", "огрн_лаборатории", ogrn.is_valid),
    ("調剤薬局.処方箋受付", "法人番号", cn.is_valid),
]

#: (table, column, a personal identifier's check the decoy must fail)
FAILS: list[tuple[str, str, object]] = [
    ("afnamelab_utrecht.bloedafname_afspraken", "ordernummer", bsn.is_valid),
    ("лаборатория.заказы_анализов", "номер_заказа", _snils),
    ("homedraw.visit_bookings", "requisition_no", idnr.is_valid),
    ("labo_hdf.dossiersPatients", "numeroDossier", nir.is_valid),
    ("rxcounter.RxFills", "RxNumber", luhn.is_valid),
]


def test_when_a_decoy_carries_a_check_digit_then_it_passes_its_own_check_and_is_none(built) -> None:
    for table, name, check in OWN_CHECK:
        column = _column(built, table, name)
        values = [str(x) for x in _real(column.values)]
        assert column.kind == "none" and "check_digit" in column.tags, name
        assert len(values) >= 50 and _misses(values, check) == 0, name


def test_when_a_decoy_is_shaped_like_a_personal_identifier_then_it_fails_that_check(built) -> None:
    for table, name, check in FAILS:
        column = _column(built, table, name)
        values = [str(x) for x in _real(column.values)]
        assert column.kind == "none" and "value_shape" in column.tags, name
        assert len(values) >= 100 and _hits(values, check) == 0, name


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {
    "biobank_ops.specimen_consents": "GB", "LABSYS.SRRCVP": "US", "rxcounter.RxFills": "CA",
    "trialpay.subject_stipends": "US", "ris_export.StudyWorklist": "AU", "histo_lims.case_register": "IE",
    "homedraw.visit_bookings": "ZA", "diagnostix_api.homeTestOrders": "IN", "SAPLAB.ZLAB_PATAUF": "DE",
    "labo_hdf.dossiersPatients": "FR", "ensayos_hgm.visitas_sujetos": "ES", "FARMAGEST.PRENSERV": "IT",
    "afnamelab_utrecht.bloedafname_afspraken": "NL", "調剤薬局.処方箋受付": "JP", "лаборатория.заказы_анализов": "RU",
}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values) if x != 0]
        assert len(values) >= 50, f"{table.name}.{column.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert set(PHONE_REGIONS.values()) <= seen


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v73, heldout_v73_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "73"}, module.__name__


def test_when_the_scorer_builds_set_v73_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v73.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v73"].DEFAULT_PATH == Path("/tmp/heldout_v73.duckdb")
