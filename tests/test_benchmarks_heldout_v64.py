"""Held-out set v64: its size, humanitarian domains (refugee registration, food bank, shelter, legal aid, cash
transfers, damage assessment, soup kitchen, clothing warehouse, interpreters, family tracing), languages and scripts,
labels, row counts, NULL and NULL-word shares, camps and shelter addresses, transliterated names, opaque and
source-prefixed names, mixed-kind columns, join keys and case numbers, credentials, partial values, audit logins and
service accounts, personal identifiers with check digits (and the birth dates and sexes the РНОКПП encodes), decoys
with check digits (ABN, BN, NIT, VKN, ЄДРПОУ, IMEI, GTIN), mobile-money numbers, phones of many countries and IP
addresses are the ones asked for, and it is the same on every build (values are only counted or checked here, never
printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import ean, iban, imei, luhn
from stdnum.au import abn, tfn
from stdnum.ca import bn
from stdnum.co import nit
from stdnum.tr import tckimlik, vkn
from stdnum.ua import edrpou, rntrc
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v64, heldout_v64_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: nine English tables, Arabic, Ukrainian, French, Spanish, Swahili and Turkish
LANGUAGES = {"en", "ar", "uk", "fr", "es", "sw", "tr"}

#: every table of the set: humanitarian aid, refugee registration, shelters and food banks, one organisation each
TABLES = {
    "progres_ug.registration_individuals",
    "pantry_trac.client_visits",
    "HMIS_SAC.BED_NIGHT_LOG",
    "clinic_cases.immMatters",
    "CVA_BAIDOA.BNF_PAYMENTS",
    "DRRM_R8.RapidDamageAssessment",
    "rota_app.volunteerShifts",
    "donations_wh.intake_lines",
    "InterpreterPool.Interpreters",
    "جمعية_المفرق_الخيرية.توزيع_المساعدات",
    "центр_тимчасового_проживання.мешканці",
    "rlf_goma.demandes_recherche",
    "casa_migrante_cucuta.atenciones",
    "kakuma_nfi.usambazaji",
    "hatay_konteynerkent.sakinler",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}
NONE_TAGS = {
    "business",
    "decoy",
    "service_account",
    "join_key",
    "case_number",
    "partial",
    "json_plain",
    "credential",
    "vulnerability",
    "hashed",
    "coordinates",
    "check_digit",
    "permit_number",
    "product_name",
}

scored_file, built = heldout_support.set_fixtures("v64")
_cells = heldout_support.Cells(heldout_v64.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v64, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 400 <= len(columns) <= 480
    assert 0.40 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.58
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 9
    assert all(sum(t.language == lang for t in built) == 1 for lang in LANGUAGES - {"en"})
    assert all(25 <= len(t.columns) <= 36 for t in built)
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
        "multi_value",
        "json_plain",
        "placeholder",
        "partial",
        "credential",
        "camp",
        "shelter_address",
        "case_number",
        "transliteration",
        "vulnerability",
        "mobile_money",
        "hashed",
        "coordinates",
        "check_digit",
        "permit_number",
        "bank_account",
        "opaque",
        "source_prefix",
        "mixed_kinds",
        "product_name",
        "estimated_dob",
        "name_part",
    } <= tags
    assert {"snake", "camel", "pascal", "screaming"} == {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v64.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    columns = _columns(built)
    for column in (c for c in columns if c.tags & NONE_TAGS):
        assert column.kind == "none", column.name
    for column in (c for c in columns if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in columns if c.tags & {"username", "bank_account"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in columns if c.kind == "unclassified"):
        assert column.tags & {"username", "bank_account"}, column.name
    expected = {
        "camp": {"city"},
        "shelter_address": {"street_address"},
        "premises": {"street_address"},
        "mobile_money": {"phone"},
        "mixed_kinds": {"free_text"},
        "estimated_dob": {"date_of_birth"},
        "name_part": {"first_name", "last_name"},
        "transliteration": {"person_name"},
        "role_word": PERSON_KINDS | {"phone"},
        "staff": PERSON_KINDS,
    }
    for tag, kinds in expected.items():
        tagged = [c for c in columns if tag in c.tags]
        assert tagged and all(c.kind in kinds for c in tagged), tag
    for column in (c for c in columns if "placeholder" in c.tags):
        assert column.kind != "none", column.name


def test_when_a_column_is_a_join_key_or_a_case_number_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 30 and all(c.kind == "none" for c in keys)
    cases = [(t.name, c.name) for t in built for c in t.columns if "case_number" in c.tags]
    assert len(cases) >= 3
    for table, name in cases:
        values = [str(x) for x in _values(built, table, name)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[A-Z0-9]{3}-[0-9]{2}C[0-9]{5}", x))) == 0


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert cut and all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 2
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_a_field_is_opaque_then_some_hold_personal_data_and_some_do_not(built) -> None:
    opaque = [c for c in _columns(built) if "opaque" in c.tags]
    assert len(opaque) >= 16
    assert len({c.kind for c in opaque} - {"none"}) >= 3 and any(c.kind == "none" for c in opaque)
    assert {
        "misc_1",
        "misc_2",
        "UDF_03",
        "UDF_04",
        "attr7",
        "attr8",
        "Udf1",
        "Udf2",
        "حقل_1",
        "حقل_2",
        "campoLibre1",
        "campoLibre2",
        "sehemu_1",
        "sehemu_2",
        "ozel_alan_1",
        "ozel_alan_2",
    } <= {c.name for c in opaque}
    prefixed = {c.name: c.kind for c in _columns(built) if "source_prefix" in c.tags}
    assert prefixed == {"src_crm_col17": "free_text", "src_crm_col18": "none"}


def test_when_a_column_mixes_kinds_then_its_cells_hold_phones_and_names(built) -> None:
    mixed = [(t.name, c) for t in built for c in t.columns if "mixed_kinds" in c.tags]
    assert len(mixed) >= 4
    for table, column in mixed:
        values = [str(x) for x in _real(column.values)]
        digits = _hits(values, lambda x: sum(ch.isdigit() for ch in x) >= 7)
        words = _hits(values, lambda x: sum(ch.isalpha() for ch in x) >= 3)
        assert digits >= 20 and words >= 20, f"{table}.{column.name}"


def test_when_names_mislead_then_they_name_no_person(built) -> None:
    misleading = [c for c in _columns(built) if "misleading" in c.tags]
    assert {"TyphoonName", "PET_NAME"} <= {c.name for c in misleading}
    assert all(c.kind == "none" for c in misleading)


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 18
    assert {
        "proxy_nm",
        "sponsorName",
        "ALT_RECIPIENT_NAME",
        "refereeName",
        "donor_name",
        "drive_organizer",
        "personne_recherchee",
        "famille_accueil",
        "acompanantes",
        "mpokeaji_mbadala",
        "intake_vol",
    } <= {c.name for c in role}


def test_when_a_cell_holds_several_names_then_some_cells_hold_a_separator(built) -> None:
    multi = [c for c in _columns(built) if "multi_value" in c.tags]
    assert len(multi) >= 1 and all(c.kind != "none" for c in multi)
    for column in multi:
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: ";" in x) >= 20, column.name


def test_when_names_are_transliterated_then_scripts_and_spellings_differ(built) -> None:
    arabic = _values(built, "جمعية_المفرق_الخيرية.توزيع_المساعدات", "الاسم_الأول")
    latin = _values(built, "جمعية_المفرق_الخيرية.توزيع_المساعدات", "الاسم_باللاتينية")
    assert _misses(arabic, lambda x: any("\u0600" <= ch <= "\u06ff" for ch in str(x))) == 0
    assert latin and _misses(latin, lambda x: str(x).replace("-", " ").replace("'", "").replace(" ", "").isascii()) == 0
    cyrillic = _values(built, "центр_тимчасового_проживання.мешканці", "прізвище")
    assert _misses(cyrillic, lambda x: any("\u0400" <= ch <= "\u04ff" for ch in str(x))) == 0
    somali = [str(x) for x in _values(built, "CVA_BAIDOA.BNF_PAYMENTS", "BNF_FULL_NAME")]
    assert _hits(somali, lambda x: "Maxamed" in x or "Cabdi" in x) >= 20
    assert _hits(somali, lambda x: "Mohamed" in x or "Abdi " in x) >= 20
    assert _misses(somali, lambda x: len(x.split()) >= 3) == 0


def test_when_a_column_holds_json_then_every_document_parses(built) -> None:
    plain = [c for c in _columns(built) if "json_plain" in c.tags]
    assert len(plain) >= 1
    for column in plain:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: isinstance(json.loads(x), dict)) == 0, column.name


def test_when_coordinates_are_built_then_they_are_doubles_and_none(built) -> None:
    coords = [c for c in _columns(built) if "coordinates" in c.tags]
    assert len(coords) >= 6 and all(c.kind == "none" and c.sql_type == "DOUBLE" for c in coords)


def test_when_people_live_in_camps_then_camps_are_cities_and_plots_are_addresses(built) -> None:
    camps = [c for c in _columns(built) if "camp" in c.tags]
    assert len(camps) >= 5 and all(c.kind == "city" for c in camps)
    for column in camps:
        assert 3 <= len(set(_real(column.values))) <= 12, column.name
    shelters = [c for c in _columns(built) if "shelter_address" in c.tags]
    assert len(shelters) >= 4
    for column in shelters:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: any(ch.isdigit() for ch in x)) == 0, column.name
    premises = [c for c in _columns(built) if "premises" in c.tags]
    assert len(premises) >= 7 and {c.kind for c in premises} == {"street_address"}


def test_when_dates_of_birth_are_estimated_then_many_are_the_first_of_january(built) -> None:
    estimated = [c for c in _columns(built) if "estimated_dob" in c.tags]
    assert len(estimated) >= 3
    for column in estimated:
        days = [x for x in _real(column.values) if isinstance(x, date)]
        assert days and 0.2 <= _hits(days, lambda d: (d.month, d.day) == (1, 1)) / len(days) <= 0.6, column.name


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 10 and len(services) >= 3
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 30
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 8
    for column in heavy:
        assert column.kind != "none", column.name
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, (
                    f"{table.name}.{column.name}"
                )


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 14
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert {"person_name", "first_name"} <= {c.kind for c in staff}


#: (table, column, check) for every checksummed personal identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("HMIS_SAC.BED_NIGHT_LOG", "SSN", ssn.is_valid),
    ("InterpreterPool.Interpreters", "Tfn", tfn.is_valid),
    ("центр_тимчасового_проживання.мешканці", "рнокпп", rntrc.is_valid),
    ("центр_тимчасового_проживання.мешканці", "iban_для_виплат", iban.is_valid),
    ("hatay_konteynerkent.sakinler", "tc_kimlik_no", tckimlik.is_valid),
    ("hatay_konteynerkent.sakinler", "yabanci_kimlik_no", lambda x: tckimlik.is_valid(x) and x.startswith("99")),
    ("hatay_konteynerkent.sakinler", "kira_yardimi_iban", iban.is_valid),
    ("جمعية_المفرق_الخيرية.توزيع_المساعدات", "رقم_البطاقة_المسبقة_الدفع", luhn.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_rntrc_is_built_then_it_encodes_the_birth_date_and_sex_of_its_row(built) -> None:
    table = "центр_тимчасового_проживання.мешканці"
    rows = zip(
        _column(built, table, "рнокпп").values,
        _column(built, table, "дата_народження").values,
        _column(built, table, "стать").values,
    )
    triples = [(n, d, s) for n, d, s in rows if n is not None]
    assert len(triples) >= 100
    assert _misses(triples, lambda r: (r[1] - date(1899, 12, 31)).days == int(r[0][:5])) == 0
    assert _misses(triples, lambda r: (int(r[0][8]) % 2 == 0) == (r[2] == "ж")) == 0


def test_when_documents_are_shaped_then_they_look_like_their_issuers_numbers(built) -> None:
    a_numbers = [str(x) for x in _values(built, "clinic_cases.immMatters", "aNumber")]
    assert (
        a_numbers and _misses(a_numbers, lambda x: bool(re.fullmatch(r"A?[ -]?[0-9]{3}-?[0-9]{3}-?[0-9]{3}", x))) == 0
    )
    national = [str(x) for x in _values(built, "جمعية_المفرق_الخيرية.توزيع_المساعدات", "الرقم_الوطني")]
    assert national and _misses(national, lambda x: bool(re.fullmatch(r"[29][0-9]{9}", x))) == 0
    tracing = [str(x) for x in _values(built, "центр_тимчасового_проживання.мешканці", "довідка_впо")]
    assert tracing and _misses(tracing, lambda x: bool(re.fullmatch(r"[0-9]{4}-[0-9]{10}", x))) == 0


def test_when_a_decoy_has_a_check_digit_then_it_passes_its_check_and_is_none(built) -> None:
    checks = {
        "Abn": abn.is_valid,
        "charity_bn": lambda x: bn.is_valid(x.split()[0]),
        "nitAliado": nit.is_valid,
        "tedarikci_vkn": vkn.is_valid,
        "єдрпоу_оператора": edrpou.is_valid,
        "TabletImei": imei.is_valid,
        "gtin": ean.is_valid,
    }
    seen = set()
    for table in built:
        for column in table.columns:
            if "check_digit" in column.tags:
                assert column.kind == "none" and column.name in checks, column.name
                values = [str(x) for x in _real(column.values)]
                assert values and _misses(values, checks[column.name]) == 0, column.name
                seen.add(column.name)
    assert seen == set(checks)
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the region its phone numbers without a country code belong to
PHONE_REGIONS = {
    "progres_ug.registration_individuals": "UG",
    "pantry_trac.client_visits": "US",
    "HMIS_SAC.BED_NIGHT_LOG": "US",
    "clinic_cases.immMatters": "US",
    "CVA_BAIDOA.BNF_PAYMENTS": "SO",
    "DRRM_R8.RapidDamageAssessment": "PH",
    "rota_app.volunteerShifts": "GB",
    "donations_wh.intake_lines": "CA",
    "InterpreterPool.Interpreters": "AU",
    "جمعية_المفرق_الخيرية.توزيع_المساعدات": "JO",
    "центр_тимчасового_проживання.мешканці": "UA",
    "rlf_goma.demandes_recherche": "CD",
    "casa_migrante_cucuta.atenciones": "CO",
    "kakuma_nfi.usambazaji": "KE",
    "hatay_konteynerkent.sakinler": "TR",
}


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 25
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {
        "UG",
        "US",
        "SO",
        "PH",
        "GB",
        "CA",
        "AU",
        "JO",
        "SY",
        "UA",
        "CD",
        "RW",
        "CO",
        "VE",
        "KE",
        "TR",
        "GT",
        "HN",
        "SV",
        "AF",
    } <= seen


def test_when_a_mobile_money_account_is_built_then_it_is_the_subscribers_number(built) -> None:
    table = "CVA_BAIDOA.BNF_PAYMENTS"
    pairs = [
        (a, p)
        for a, p in zip(_column(built, table, "MM_ACCOUNT_NO").values, _column(built, table, "BNF_PHONE").values)
        if a is not None
    ]
    assert len(pairs) >= 100
    assert _misses(pairs, lambda r: str(r[0]).isdigit() and str(r[0]).startswith("252")) == 0
    assert _misses(pairs, lambda r: phonenumbers.parse(r[0], "SO") == phonenumbers.parse(r[1], "SO")) == 0
    mpesa = [str(x) for x in _values(built, "kakuma_nfi.usambazaji", "namba_ya_mpesa")]
    assert mpesa and _misses(mpesa, lambda x: x.isdigit() and x.startswith("254")) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v64, heldout_v64_values):
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
        assert earlier <= {"2", "4", "64"}, module.__name__


def test_when_the_scorer_builds_set_v64_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v64.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v64"].DEFAULT_PATH == Path("/tmp/heldout_v64.duckdb")
