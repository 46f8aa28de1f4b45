"""Held-out set v85: its size, telecom organisations, languages, labels, row counts, NULL and NULL-word shares, legacy
extracts (padded CHAR values, dates and identifiers kept as numbers), the staging table's source-numbered columns,
opaque custom fields, a column mixing kinds, placeholders, staff and role words, audit logins and service accounts,
identifiers with check digits, decoys passing or failing a check and phones of fifteen numbering plans are the ones
asked for, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings, placeholders and padding are part of the set's dirt: identifier checks skip them and strip padding.
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
from stdnum import iban, imei, luhn
from stdnum.au import abn
from stdnum.br import cnpj, cpf
from stdnum.ca import bn, sin
from stdnum.cz import dic, rc
from stdnum.gb import vat as gb_vat
from stdnum.ie import pps
from stdnum.ie import vat as ie_vat
from stdnum.it import codicefiscale, iva
from stdnum.jp import cn
from stdnum.my import nric
from stdnum.pl import nip, pesel
from stdnum.se import orgnr, personnummer
from stdnum.tr import tckimlik, vkn
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v85, heldout_v85_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share
from tests.heldout_support import table as _table

#: the languages asked for: eight English tables, then Italian, Portuguese, Polish, Swedish, Czech, Turkish, Japanese
LANGUAGES = {"en", "it", "pt", "pl", "sv", "cs", "tr", "ja"}

#: every table of the set: one telecom organisation each
TABLES = {
    "CPTELDTA.FOINSTP", "care_desk.tickets", "svb_ops.installAppointments",
    "BluenoseWireless.DeviceFinancingAgreements", "stg_crm.src_crm_sim_registrations", "PORTING.PORT_IN_REQUESTS",
    "cdr_lake.roaming_voice_sms_records", "PPREGDB.SUBREG-EXTRACT", "telco_abbonamenti.contratti_mobile",
    "recargas_pe.transacoesRecarga", "przenoszenie_numerow.wnioski_mnp", "stadsnat_umea.fiberbestallningar",
    "SAPSD.ZTK_SPLATKY", "dolasim.yurtdisiPaketSatislari", "お客様窓口.問い合わせ履歴",
}
#: the three legacy extracts: an AS/400 file, a COBOL copybook's file, an SAP-style table
LEGACY = {"CPTELDTA.FOINSTP", "PPREGDB.SUBREG-EXTRACT", "SAPSD.ZTK_SPLATKY"}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v85")
_cells = heldout_support.Cells(heldout_v85.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _present(values: list) -> list:
    """The real values without the numeric 0 that legacy extracts write for missing."""
    return [x for x in _real(values) if x != 0]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v85, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert 0.45 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.65
    assert {t.name for t in built} == TABLES
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "legacy", "padded", "int_date", "numeric_id", "zero_missing", "value_shape",
            "check_digit", "product_name", "coordinates", "hashed", "version", "event_date", "join_key", "tokenized",
            "bank_account", "null_heavy", "nullword_heavy", "placeholder", "staff", "role_word", "username", "audit",
            "service_account", "opaque", "prefixed", "misleading", "mixed_kinds", "locality", "abbrev", "dob_text",
            "premises", "device", "network", "partial"} <= tags
    assert {"snake", "camel", "pascal", "screaming", "native"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v85.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "service_account", "join_key",
                                                           "tokenized", "partial", "check_digit", "device",
                                                           "network", "coordinates", "hashed", "version",
                                                           "event_date", "product_name"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username", "bank_account"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username", "bank_account"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"placeholder", "null_heavy", "nullword_heavy", "premises",
                                                           "misleading", "role_word", "staff", "dob_text"}):
        assert column.kind != "none", column.name
    for column in (c for c in _columns(built) if "mixed_kinds" in c.tags):
        assert column.kind == "free_text", column.name
    for column in (c for c in _columns(built) if "locality" in c.tags):
        assert column.kind == "city", column.name


def test_when_a_table_is_built_then_it_has_an_opaque_field_holding_personal_data_beside_one_holding_none(
        built) -> None:
    for table in built:
        opaque = [c for c in table.columns if "opaque" in c.tags]
        assert {c.kind == "none" for c in opaque} == {True, False}, table.name
    personal = {c.kind for c in _columns(built) if "opaque" in c.tags and c.kind != "none"}
    assert {"phone", "email", "person_name", "street_address", "national_id", "last_name", "free_text"} <= personal


def test_when_the_staging_table_is_built_then_it_has_source_numbered_columns_one_to_eighteen(built) -> None:
    table = _table(built, "stg_crm.src_crm_sim_registrations")
    prefixed = [c.name for c in table.columns if "prefixed" in c.tags]
    assert prefixed == [f"src_crm_col{i:02d}" for i in range(1, 19)]
    assert _column(built, table.name, "src_crm_col17").kind == "free_text"
    assert _column(built, table.name, "src_crm_col18").kind == "none"


def _is_email(x: object) -> bool:
    return bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", str(x), re.IGNORECASE))


def test_when_a_column_mixes_kinds_then_each_row_is_a_phone_an_email_or_a_name_and_each_occurs(built) -> None:
    mixed = [(t, c) for t in built for c in t.columns if "mixed_kinds" in c.tags]
    assert len(mixed) >= 2
    for table, column in mixed:
        values = [str(x) for x in _real(column.values)]
        phones = _hits(values, lambda x: bool(re.fullmatch(r"\+?[0-9 ()-]{9,}", x)))
        emails = _hits(values, _is_email)
        names = _hits(values, lambda x: bool(re.fullmatch(r"[^\d@]+ [^\d@]+", x)))
        assert phones + emails + names == len(values), f"{table.name}.{column.name}"
        assert min(phones, emails, names) >= 0.1 * len(values), f"{table.name}.{column.name}"


def _width(sql_type: str) -> int | None:
    match = re.fullmatch(r"CHAR\((\d+)\)", sql_type)
    return int(match.group(1)) if match else None


def test_when_a_legacy_column_is_padded_then_every_value_fills_its_char_width(built) -> None:
    assert {t.name for t in built if all("legacy" in c.tags for c in t.columns)} == LEGACY
    padded = [c for c in _columns(built) if "padded" in c.tags]
    assert len(padded) >= 30
    for column in padded:
        width = _width(column.sql_type)
        assert width and _misses(column.values, lambda x, w=width: isinstance(x, str) and len(x) == w) == 0, \
            column.name
        assert _hits(column.values, lambda x: isinstance(x, str) and x != x.rstrip()) > 0, column.name


def _legacy_date(value: object, sql_type: str) -> date:
    text = str(value)
    if sql_type == "DECIMAL(7,0)":
        number = int(text)
        return date(1900 + 100 * (number // 1_000_000) + number // 10_000 % 100, number // 100 % 100, number % 100)
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def test_when_a_date_is_kept_as_a_number_or_dats_text_then_it_parses_and_zero_means_missing(built) -> None:
    dated = [c for c in _columns(built) if "int_date" in c.tags]
    assert len(dated) >= 7 and {c.kind for c in dated} == {"none", "date_of_birth"}
    for column in dated:
        values = [x for x in column.values if x not in (0, "00000000")]
        assert len(values) >= 0.7 * len(column.values), column.name
        years = [_legacy_date(x, column.sql_type).year for x in values]
        assert min(years) >= 1935 and max(years) <= 2026, column.name
        if "zero_missing" in column.tags:
            assert _hits(column.values, lambda x: x in (0, "00000000")) > 0, column.name


def test_when_an_identifier_is_kept_as_a_number_then_it_is_an_integer_with_zero_for_missing(built) -> None:
    numeric = [c for c in _columns(built) if "numeric_id" in c.tags]
    assert {c.kind for c in numeric} == {"ssn", "phone", "postal_code"} and len(numeric) >= 6
    for column in numeric:
        assert column.sql_type.startswith("DECIMAL"), column.name
        assert _misses(column.values, lambda x: isinstance(x, int)) == 0, column.name
        assert 0 < _hits(column.values, lambda x: x == 0) < 0.5 * len(column.values), column.name
    ssns = [f"{x:09d}" for x in _column(built, "CPTELDTA.FOINSTP", "FOSSN").values if x]
    assert len(ssns) >= 100 and _misses(ssns, ssn.is_valid) == 0
    zips = _present(_column(built, "PPREGDB.SUBREG-EXTRACT", "PP-POSTCODE").values)
    assert _misses(zips, lambda x: 10_000 <= x <= 99_999) == 0


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 3
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 18 and all(c.kind in PERSON_KINDS for c in role)
    assert {"FOTECH", "assignee", "poa_holder_nm", "technicianName", "SalesRep", "src_crm_col13", "ACCT_HOLDER_FNM",
            "AUTH_PERSON_NM", "PP-AGENT-NAME", "intestatario_conto", "addetto_vendite", "atendente", "pelnomocnik",
            "konsultant", "installator", "KOINH", "musteriTemsilcisi", "担当者", "代理人氏名"} <= {c.name for c in role}


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 12 and PERSON_KINDS == {c.kind for c in staff}
    for column in staff:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_jobs_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in _columns(built) if "service_account" in c.tags]
    assert len(logins) >= 9 and len(services) >= 3
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 4, column.name
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert len(banks) >= 3
    for column in banks:
        assert _misses(_real(column.values), lambda x: str(x).isdigit() and 7 <= len(str(x)) <= 10) == 0, column.name


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
        assert _null_share(column) < 0.05, column.name
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"
            if column.kind != "none" and _null_share(column) >= 0.5:
                assert "null_heavy" in column.tags, f"{table.name}.{column.name}"


def _ppsn(x: object) -> bool:
    return pps.is_valid(str(x))


#: (table, column, check) for every checksummed personal identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("BluenoseWireless.DeviceFinancingAgreements", "SocialInsuranceNumber", sin.is_valid),
    ("BluenoseWireless.DeviceFinancingAgreements", "CardOnFile", luhn.is_valid),
    ("PORTING.PORT_IN_REQUESTS", "PPSN", _ppsn),
    ("PORTING.PORT_IN_REQUESTS", "DD_IBAN", iban.is_valid),
    ("PPREGDB.SUBREG-EXTRACT", "PP-ID-NO", lambda x: nric.is_valid(x) or bool(re.fullmatch(r"[A-Z0-9]{8,9}", x))),
    ("telco_abbonamenti.contratti_mobile", "codice_fiscale", codicefiscale.is_valid),
    ("telco_abbonamenti.contratti_mobile", "iban_addebito", iban.is_valid),
    ("recargas_pe.transacoesRecarga", "cpfCliente", cpf.is_valid),
    ("recargas_pe.transacoesRecarga", "cartaoCredito", luhn.is_valid),
    ("przenoszenie_numerow.wnioski_mnp", "pesel", pesel.is_valid),
    ("przenoszenie_numerow.wnioski_mnp", "seria_nr_dowodu", heldout_v85_values.pl_id_card_check),
    ("przenoszenie_numerow.wnioski_mnp", "iban_zwrot", iban.is_valid),
    ("stadsnat_umea.fiberbestallningar", "personnummer", personnummer.is_valid),
    ("SAPSD.ZTK_SPLATKY", "ZZRODCIS", rc.is_valid),
    ("SAPSD.ZTK_SPLATKY", "ZZPOLE2", rc.is_valid),
    ("SAPSD.ZTK_SPLATKY", "IBAN", iban.is_valid),
    ("dolasim.yurtdisiPaketSatislari", "tcKimlikNo", tckimlik.is_valid),
    ("dolasim.yurtdisiPaketSatislari", "iadeIban", iban.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        values = [str(x) for x in _values(built, table, name)]
        assert len(values) >= 20 and _misses(values, check) == 0, f"{table}.{name}"
    nrics = [str(x) for x in _values(built, "PPREGDB.SUBREG-EXTRACT", "PP-ID-NO")]
    assert _hits(nrics, nric.is_valid) >= 0.7 * len(nrics)


def test_when_a_national_id_is_built_then_it_encodes_the_birth_date_of_its_row(built) -> None:
    def dats(x: object) -> date | None:
        return None if x in (0, "00000000") else _legacy_date(x, "DECIMAL(8,0)")

    cases = [("przenoszenie_numerow.wnioski_mnp", "pesel", "data_urodzenia", pesel.get_birth_date, lambda d: d),
             ("telco_abbonamenti.contratti_mobile", "codice_fiscale", "data_nascita", codicefiscale.get_birth_date,
              lambda d: d),
             ("SAPSD.ZTK_SPLATKY", "ZZRODCIS", "GBDAT", rc.get_birth_date, dats),
             ("PPREGDB.SUBREG-EXTRACT", "PP-ID-NO", "PP-DOB", nric.get_birth_date, dats)]
    for table, idc, dob, get, parse in cases:
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(str(p).strip(), parse(d)) for p, d in rows
                 if p is not None and str(p).strip() and parse(d) is not None]
        if table.startswith("PPREGDB"):  # passports of foreign workers have no date; MyKad's century is a guess
            pairs = [(p, d.replace(year=1900 + d.year % 100)) for p, d in pairs if nric.is_valid(p)]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    table = "stg_crm.src_crm_sim_registrations"
    rows = zip(_column(built, table, "src_crm_col05").values, _column(built, table, "src_crm_col06").values,
               _column(built, table, "src_crm_col07").values)
    nins = [(n, d, s) for n, d, s in rows if n]
    assert len(nins) >= 100
    assert _misses(nins, lambda r: bool(re.fullmatch(r"C[MF][0-9]{8}[A-Z]{4}", r[0])) and r[0][1] == r[2]
                   and r[0][2:4] == r[1][-2:]) == 0


#: (table, column, check) for business numbers with check digits (none)
BUSINESS_CHECKED: list[tuple[str, str, object]] = [
    ("care_desk.tickets", "sme_vat_no", gb_vat.is_valid),
    ("svb_ops.installAppointments", "businessAbn", abn.is_valid),
    ("BluenoseWireless.DeviceFinancingAgreements", "DealerBusinessNumber", lambda x: bn.is_valid(x[:9])),
    ("PORTING.PORT_IN_REQUESTS", "COMPANY_VAT", ie_vat.is_valid),
    ("telco_abbonamenti.contratti_mobile", "partita_iva", iva.is_valid),
    ("recargas_pe.transacoesRecarga", "cnpjPontoVenda", cnpj.is_valid),
    ("przenoszenie_numerow.wnioski_mnp", "nip_firmy", nip.is_valid),
    ("stadsnat_umea.fiberbestallningar", "entreprenor_orgnr", orgnr.is_valid),
    ("SAPSD.ZTK_SPLATKY", "STCD1", dic.is_valid),
    ("dolasim.yurtdisiPaketSatislari", "kurumsalVkn", vkn.is_valid),
    ("お客様窓口.問い合わせ履歴", "法人番号", cn.is_valid),
]

#: (table, column, check it must fail): decoys shaped like a personal number of the table's country
SHAPED_FAILING: list[tuple[str, str, object]] = [
    ("CPTELDTA.FOINSTP", "FOWONO", lambda x: ssn.is_valid(f"{x:09d}")),
    ("PORTING.PORT_IN_REQUESTS", "PORT_REF", _ppsn),
    ("recargas_pe.transacoesRecarga", "nsu", cpf.is_valid),
    ("przenoszenie_numerow.wnioski_mnp", "nr_sprawy", pesel.is_valid),
    ("stadsnat_umea.fiberbestallningar", "arende_nr", personnummer.is_valid),
    ("dolasim.yurtdisiPaketSatislari", "referansNo", tckimlik.is_valid),
]


def test_when_a_business_number_is_built_then_it_passes_its_check_and_is_none(built) -> None:
    for table, name, check in BUSINESS_CHECKED:
        column = _column(built, table, name)
        values = [str(x) for x in _real(column.values)]
        assert column.kind == "none" and "check_digit" in column.tags, f"{table}.{name}"
        assert len(values) >= 20 and _misses(values, check) == 0, f"{table}.{name}"
    devices = [c for c in _columns(built) if "device" in c.tags and "check_digit" in c.tags]
    assert len(devices) >= 4
    for column in devices:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: imei.is_valid(x) or (x.startswith("89") and luhn.is_valid(x))) \
            == 0, column.name


def test_when_a_decoy_is_shaped_like_a_personal_number_then_it_fails_that_check_and_is_none(built) -> None:
    for table, name, check in SHAPED_FAILING:
        column = _column(built, table, name)
        assert column.kind == "none" and "value_shape" in column.tags, f"{table}.{name}"
        values = _real(column.values)
        assert len(values) >= 100 and _hits(values, check) == 0, f"{table}.{name}"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    columns = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(columns) >= 4
    for column in columns:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_column_is_labeled_email_then_every_value_is_an_address(built) -> None:
    for column in (c for c in _columns(built) if c.kind == "email"):
        values = _real(column.values)
        assert len(values) >= 50 and _misses(values, _is_email) == 0, column.name


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {
    "CPTELDTA.FOINSTP": "US", "care_desk.tickets": "GB", "svb_ops.installAppointments": "AU",
    "BluenoseWireless.DeviceFinancingAgreements": "CA", "stg_crm.src_crm_sim_registrations": "UG",
    "PORTING.PORT_IN_REQUESTS": "IE", "cdr_lake.roaming_voice_sms_records": "US", "PPREGDB.SUBREG-EXTRACT": "MY",
    "telco_abbonamenti.contratti_mobile": "IT", "recargas_pe.transacoesRecarga": "BR",
    "przenoszenie_numerow.wnioski_mnp": "PL", "stadsnat_umea.fiberbestallningar": "SE", "SAPSD.ZTK_SPLATKY": "CZ",
    "dolasim.yurtdisiPaketSatislari": "TR", "お客様窓口.問い合わせ履歴": "JP",
}


def _phone(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    for candidate, where in ((text, region), ("+" + text, None)):
        try:
            number = phonenumbers.parse(candidate, where)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number
    return None


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid_in_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 25 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _present(column.values)]
        parsed = [_phone(x, region) for x in values]
        assert values and parsed.count(None) == 0, f"{table.name}.{column.name}"
        regions = {phonenumbers.region_code_for_number(p) for p in parsed}
        assert region in regions, f"{table.name}.{column.name}"
        if table.name != "cdr_lake.roaming_voice_sms_records":
            assert regions == {region}, f"{table.name}.{column.name}"
        seen |= regions
    assert set(PHONE_REGIONS.values()) | {"MX"} <= seen


def test_when_a_postal_code_is_built_then_it_has_its_countrys_shape(built) -> None:
    shapes = {"care_desk.tickets": r"[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}", "svb_ops.installAppointments": r"6[0-9]{3}",
              "BluenoseWireless.DeviceFinancingAgreements": r"B[0-9][A-Z] [0-9][A-Z][0-9]",
              "PORTING.PORT_IN_REQUESTS": r"[A-Z][0-9][0-9W] [0-9ACDEFHKNPRTVWXY]{4}",
              "cdr_lake.roaming_voice_sms_records": r"8[56][0-9]{3}", "telco_abbonamenti.contratti_mobile": r"[0-9]{5}",
              "recargas_pe.transacoesRecarga": r"5[0-9]{4}-[0-9]{3}", "przenoszenie_numerow.wnioski_mnp":
                  r"[0-9]{2}-[0-9]{3}", "stadsnat_umea.fiberbestallningar": r"9[0-9]{2} [0-9]{2}",
              "SAPSD.ZTK_SPLATKY": r"7[0-9]{2} [0-9]{2}", "dolasim.yurtdisiPaketSatislari": r"34[0-9]{3}",
              "お客様窓口.問い合わせ履歴": r"98[0-4]-[0-9]{4}"}
    for table in built:
        for column in (c for c in table.columns if c.kind == "postal_code" and "numeric_id" not in c.tags):
            values = [str(x) for x in _real(column.values)]
            assert values and _misses(values, lambda x, s=shapes[table.name]: bool(re.fullmatch(s, x))) == 0, \
                f"{table.name}.{column.name}"


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            values = [str(x) for x in _real(column.values)]
            assert _hits(values, lambda x, p=private: x in p) == 0, f"{table.name}.{column.name}"


def test_when_the_value_modules_are_read_then_they_import_no_faker_no_classifier_and_no_earlier_set(built) -> None:
    for module in (heldout_v85, heldout_v85_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "85"}, module.__name__


def test_when_the_scorer_builds_set_v85_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v85.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v85"].DEFAULT_PATH == Path("/tmp/heldout_v85.duckdb")
