"""Held-out set v57: its size, domains (public administration and citizen services, one public body per table),
languages (nine English tables, six in Spanish, Portuguese, Polish, Swedish, Turkish and Russian), naming styles,
labels, row counts, NULL and NULL-word shares, identifiers' check digits (and the birth dates and sexes PESEL
encodes), phones' validity, opaque, prefixed and mixed columns, multi-value cells, JSON in cells, join keys, audit
logins and service accounts, decoys with their own check digits and misleading names are the ones asked for, and it
is the same on every build (values are only counted or checked here, never printed).

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
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, isbn, luhn
from stdnum.au import abn
from stdnum.es import cif, dni, nie
from stdnum.pl import nip, pesel
from stdnum.pt import nif
from stdnum.ru import inn, ogrn
from stdnum.se import orgnr, personnummer
from stdnum.tr import tckimlik, vkn
from stdnum.us import ein, rtn, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v57, heldout_v57_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: English plus Spanish, Portuguese, Polish, Swedish, Turkish and Russian
LANGUAGES = {"en", "es", "pt", "pl", "sv", "tr", "ru"}

#: every table of the set: one public body per table
TABLES = {
    "grandlist.tax_bills",
    "UI_CLAIMS.CLAIMANT_MASTER",
    "kent_twp_clerk.qvf_voters",
    "CouncilTax.AccountHolders",
    "CDF_PCN.pcn_cases",
    "binservice.wasteAccounts",
    "metlink_conc.concessionCards",
    "koha_wpl.borrower_loans",
    "eplan_cork.planning_apps",
    "registro_civil.inscripciones_nacimiento",
    "seg_social_viseu.abonoFamilia",
    "usc_nowy_targ.akty_malzenstwa",
    "socialtjansten.forsorjningsstod",
    "eskisehir_su.abone_kayitlari",
    "сфр_пенсии.назначения",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v57")
_cells = heldout_support.Cells(heldout_v57.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v57, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 400 <= len(columns) <= 480
    assert 0.45 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.60
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert all(20 <= len(t.columns) <= 35 for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 9
    assert all(sum(t.language == lang for t in built) == 1 for lang in LANGUAGES - {"en"})
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
        "json_blob",
        "json_plain",
        "placeholder",
        "tokenized",
        "partial",
        "credential",
        "opaque",
        "prefixed",
        "mixed_kinds",
        "check_digit",
        "permit_number",
        "vehicle",
        "coordinates",
        "event_date",
    } <= tags
    assert {"snake", "camel", "pascal", "screaming"} <= {t.style for t in built}
    cyrillic = [c.name for c in _columns([t for t in built if t.language == "ru"])]
    assert cyrillic and all(re.search("[а-яё]", name) for name in cyrillic)


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v57.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (
        c
        for c in _columns(built)
        if c.tags
        & {
            "business",
            "decoy",
            "service_account",
            "join_key",
            "tokenized",
            "partial",
            "json_plain",
            "credential",
            "check_digit",
            "permit_number",
            "vehicle",
            "coordinates",
            "event_date",
        }
    ):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"mixed_kinds", "json_blob"}):
        assert column.kind == "free_text", column.name
    for column in (c for c in _columns(built) if c.tags & {"placeholder", "null_heavy", "nullword_heavy"}):
        assert column.kind != "none", column.name


def test_when_kinds_say_social_security_then_those_numbers_are_ssn_and_tax_and_id_numbers_national_id(built) -> None:
    ssns = {c.name for c in _columns(built) if c.kind == "ssn"}
    assert ssns == {"CLMT_SSN", "NINumber", "requerenteNiss", "criancaNiss", "снилс"}
    ids = {c.name for c in _columns(built) if c.kind == "national_id"}
    assert {
        "drivers_license_no",
        "pensionerConcessionCrn",
        "driverLicenceNo",
        "dni_progenitor_a",
        "requerenteNif",
        "m_pesel",
        "k_pesel",
        "personnummer",
        "tc_kimlik_no",
        "инн",
        "паспорт",
    } <= ids


def test_when_a_column_is_a_join_key_or_a_credential_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 15 and all(c.kind == "none" for c in keys)
    assert {
        "bill_id",
        "CLMT_ID",
        "voter_id",
        "AccountRef",
        "assessmentNo",
        "borrowernumber",
        "itemnumber",
        "processoId",
        "abone_no",
        "ид_дела",
    } <= {c.name for c in keys}
    hashes = _values(built, "koha_wpl.borrower_loans", "password")
    assert hashes and _misses(hashes, lambda x: str(x).startswith("$2y$10$") and len(str(x)) == 60) == 0
    shas = _values(built, "registro_civil.inscripciones_nacimiento", "hash_documento")
    assert shas and _misses(shas, lambda x: bool(re.fullmatch(r"[0-9a-f]{64}", str(x)))) == 0
    versions = _values(built, "metlink_conc.concessionCards", "appVersion")
    assert versions and _misses(versions, lambda x: bool(re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", str(x)))) == 0


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert {"hs122_ssn_last4", "SSN_LAST4", "ssn_last4", "DDAccountLast4", "autoTopUpCardLast4"} <= {
        c.name for c in cut
    }
    for column in cut:
        assert column.kind == "none", column.name
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 2
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_a_field_is_opaque_then_some_hold_personal_data_and_some_do_not(built) -> None:
    opaque = [c for c in _columns(built) if c.tags & {"opaque", "prefixed"}]
    personal = {c.name for c in opaque if c.kind != "none"}
    plain = {c.name for c in opaque if c.kind == "none"}
    assert {
        "misc_1",
        "UserDefined1",
        "attr7",
        "custFieldA",
        "src_apas_col17",
        "campoLivre1",
        "falt_3",
        "доп_поле_1",
    } <= personal
    assert {
        "misc_2",
        "UserDefined2",
        "attr8",
        "custFieldB",
        "src_apas_col18",
        "campoLivre2",
        "falt_4",
        "sort1",
        "доп_поле_2",
    } <= plain


def test_when_a_column_mixes_kinds_then_it_holds_phones_and_e_mail_addresses(built) -> None:
    mixed = [c for c in _columns(built) if "mixed_kinds" in c.tags]
    assert {c.name for c in mixed} == {"AlternativeContact", "emergencyContact"}
    for column in mixed:
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: "@" in x) >= 20, column.name
        assert _hits(values, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) >= 7) >= 20, column.name
        assert _hits(values, lambda x: bool(re.search(r"[A-Za-z]{3,} ", x)) and "@" not in x) >= 10, column.name


def test_when_a_cell_holds_several_values_then_some_cells_hold_a_separator(built) -> None:
    multi = [c for c in _columns(built) if "multi_value" in c.tags]
    assert {"observers", "agregadoFamiliar", "imiona_rodzicow_m", "barn_fornamn"} <= {c.name for c in multi}
    for column in multi:
        assert column.kind in PERSON_KINDS, column.name
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: ";" in x or " i " in x) >= 20, column.name


def test_when_a_column_holds_json_then_every_document_parses(built) -> None:
    blobs = [c for c in _columns(built) if "json_blob" in c.tags]
    plain = [c for c in _columns(built) if "json_plain" in c.tags]
    assert len(blobs) >= 1 and len(plain) >= 1
    for column in blobs + plain:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: isinstance(json.loads(x), (dict, list))) == 0, column.name


def test_when_coordinates_are_built_then_they_are_places_and_none(built) -> None:
    coords = [c for c in _columns(built) if "coordinates" in c.tags]
    assert len(coords) >= 10 and all(c.kind == "none" for c in coords)


def test_when_a_home_is_named_as_a_property_or_a_site_then_it_is_labeled_personal(built) -> None:
    premises = [c for c in _columns(built) if "premises" in c.tags]
    assert len(premises) >= 6
    assert {c.kind for c in premises} == {"street_address", "postal_code"}


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 4 and len(services) >= 1
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name


def test_when_the_set_is_built_then_every_table_has_300_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 300 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 25
    for column in heavy:
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 6
    for column in heavy:
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    """Personal columns untagged are mostly filled; decoys and businesses (a Blue Badge number, an enforcement agent,
    a business subscriber's VKN) may be as sparse as the register keeps them, but never empty."""
    for table in built:
        for column in table.columns:
            if column.kind == "none":
                assert _null_share(column) <= 0.95, f"{table.name}.{column.name}"
            elif not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, (
                    f"{table.name}.{column.name}"
                )


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 10
    for column in staff:
        assert column.kind == "person_name", column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def _niss_ok(text: str) -> bool:
    digits = text.strip()
    if not re.fullmatch(r"[12][0-9]{10}", digits):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:10], (29, 23, 19, 17, 13, 11, 7, 5, 3, 2), strict=True))
    return int(digits[10]) == 9 - total % 10


def _snils_ok(text: str) -> bool:
    digits = re.sub(r"[ -]", "", text)
    if not re.fullmatch(r"[0-9]{11}", digits):
        return False
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits[:9]))
    total = total % 101 if total > 101 else total
    return digits[9:] == ("00" if total in (100, 101) else f"{total:02d}")


def _s10_ok(text: str) -> bool:
    m = re.fullmatch(r"[A-Z]{2}([0-9]{8})([0-9])[A-Z]{2}", text)
    if not m:
        return False
    rest = 11 - sum(int(d) * w for d, w in zip(m.group(1), (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    return m.group(2) == ("0" if rest == 10 else "5" if rest == 11 else str(rest))


def _dni_or_nie(text: str) -> bool:
    return dni.is_valid(text) or nie.is_valid(text)


#: (table, column, check) for every checksummed identifier column, personal or decoy
CHECKED: list[tuple[str, str, object]] = [
    ("UI_CLAIMS.CLAIMANT_MASTER", "CLMT_SSN", ssn.is_valid),
    ("UI_CLAIMS.CLAIMANT_MASTER", "LAST_EMPLR_FEIN", ein.is_valid),
    ("UI_CLAIMS.CLAIMANT_MASTER", "DD_ROUTING_NO", rtn.is_valid),
    ("binservice.wasteAccounts", "contractorAbn", abn.is_valid),
    ("metlink_conc.concessionCards", "cardSerial", luhn.is_valid),
    ("metlink_conc.concessionCards", "cardPostTrackingNo", _s10_ok),
    ("koha_wpl.borrower_loans", "cardnumber", luhn.is_valid),
    ("koha_wpl.borrower_loans", "barcode", luhn.is_valid),
    ("koha_wpl.borrower_loans", "isbn", isbn.is_valid),
    ("registro_civil.inscripciones_nacimiento", "dni_progenitor_a", dni.is_valid),
    ("registro_civil.inscripciones_nacimiento", "dni_nie_progenitor_b", _dni_or_nie),
    ("registro_civil.inscripciones_nacimiento", "cif_centro", cif.is_valid),
    ("seg_social_viseu.abonoFamilia", "requerenteNif", nif.is_valid),
    ("seg_social_viseu.abonoFamilia", "requerenteNiss", _niss_ok),
    ("seg_social_viseu.abonoFamilia", "criancaNiss", _niss_ok),
    ("seg_social_viseu.abonoFamilia", "iban", iban.is_valid),
    ("seg_social_viseu.abonoFamilia", "escolaNipc", nif.is_valid),
    ("usc_nowy_targ.akty_malzenstwa", "m_pesel", pesel.is_valid),
    ("usc_nowy_targ.akty_malzenstwa", "k_pesel", pesel.is_valid),
    ("usc_nowy_targ.akty_malzenstwa", "nip_parafii", nip.is_valid),
    ("socialtjansten.forsorjningsstod", "personnummer", personnummer.is_valid),
    ("socialtjansten.forsorjningsstod", "medsokande_pnr", personnummer.is_valid),
    ("socialtjansten.forsorjningsstod", "hyresvard_orgnr", orgnr.is_valid),
    ("socialtjansten.forsorjningsstod", "utbetalning_iban", iban.is_valid),
    ("eskisehir_su.abone_kayitlari", "tc_kimlik_no", tckimlik.is_valid),
    ("eskisehir_su.abone_kayitlari", "depozito_iban", iban.is_valid),
    ("eskisehir_su.abone_kayitlari", "vergi_no_isyeri", vkn.is_valid),
    ("сфр_пенсии.назначения", "снилс", _snils_ok),
    ("сфр_пенсии.назначения", "инн", inn.is_valid),
    ("сфр_пенсии.назначения", "номер_карты_мир", luhn.is_valid),
    ("сфр_пенсии.назначения", "инн_работодателя", inn.is_valid),
    ("сфр_пенсии.назначения", "огрн_работодателя", ogrn.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [
        str(x).replace(" ", "") if check in (luhn.is_valid, iban.is_valid) else str(x)
        for x in _values(built, table, column)
    ]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_personal_numbers_and_company_numbers_share_a_scheme_then_their_lengths_tell_them_apart(built) -> None:
    persons = _values(built, "сфр_пенсии.назначения", "инн")
    companies = _values(built, "сфр_пенсии.назначения", "инн_работодателя")
    assert _misses(persons, lambda x: len(str(x)) == 12) == 0 and _misses(companies, lambda x: len(str(x)) == 10) == 0
    schools = _values(built, "seg_social_viseu.abonoFamilia", "escolaNipc")
    people = _values(built, "seg_social_viseu.abonoFamilia", "requerenteNif")
    assert _misses(schools, lambda x: str(x)[0] in "56") == 0 and _misses(people, lambda x: str(x)[0] in "12") == 0


def test_when_a_pesel_is_built_then_it_encodes_the_birth_date_and_sex_of_its_row(built) -> None:
    table = "usc_nowy_targ.akty_malzenstwa"
    for idc, dob, female in (("m_pesel", "m_data_ur", False), ("k_pesel", "k_data_ur", True)):
        pairs = list(zip(_column(built, table, idc).values, _column(built, table, dob).values, strict=True))
        assert len(pairs) >= 100 and _misses(pairs, lambda r: pesel.get_birth_date(r[0]) == r[1]) == 0, idc
        assert _misses(pairs, lambda r, f=female: (int(r[0][9]) % 2 == 0) == f) == 0, idc


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {
    "grandlist.tax_bills": "US",
    "UI_CLAIMS.CLAIMANT_MASTER": "US",
    "kent_twp_clerk.qvf_voters": "US",
    "CouncilTax.AccountHolders": "GB",
    "CDF_PCN.pcn_cases": "GB",
    "binservice.wasteAccounts": "AU",
    "metlink_conc.concessionCards": "NZ",
    "koha_wpl.borrower_loans": "CA",
    "eplan_cork.planning_apps": "IE",
    "registro_civil.inscripciones_nacimiento": "ES",
    "seg_social_viseu.abonoFamilia": "PT",
    "usc_nowy_targ.akty_malzenstwa": "PL",
    "socialtjansten.forsorjningsstod": "SE",
    "eskisehir_su.abone_kayitlari": "TR",
    "сфр_пенсии.назначения": "RU",
}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert set(PHONE_REGIONS.values()) <= seen


def test_when_a_column_mixes_kinds_then_its_phones_are_valid_too(built) -> None:
    for table, column, region in (
        ("CouncilTax.AccountHolders", "AlternativeContact", "GB"),
        ("metlink_conc.concessionCards", "emergencyContact", "NZ"),
    ):
        values = [
            str(x)
            for x in _values(built, table, column)
            if "@" not in str(x) and "(" not in str(x) and not re.search("[A-Za-z]", str(x))
        ]
        assert len(values) >= 20 and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, column


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_column_is_labeled_email_then_every_value_has_one_at_sign(built) -> None:
    for column in (c for c in _columns(built) if c.kind == "email"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: x.count("@") == 1 and " " not in x) == 0, column.name


def test_when_names_mislead_then_they_hold_no_person_or_a_person_under_an_opaque_name(built) -> None:
    misleading = [c for c in _columns(built) if "misleading" in c.tags]
    assert {"title", "polling_place_name"} <= {c.name for c in misleading}
    assert all(c.kind == "none" for c in misleading)
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 25 and all(c.kind in PERSON_KINDS for c in role)
    assert {
        "JointLiableName",
        "DDPayerName",
        "kpr_fnm",
        "hirer_nm",
        "occupierName",
        "guardianName",
        "contactname",
        "agent_contact",
        "landowner_nm",
        "observers",
        "declarante",
        "criancaNome",
        "swiadek_1",
        "duchowny",
        "medsokande_namn",
        "mal_sahibi_adi",
        "представитель_фио",
    } <= {c.name for c in role}


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_is_none_and_there_are_many(built) -> None:
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)
    checked = [c for c in _columns(built) if "check_digit" in c.tags]
    assert len(checked) >= 14
    plates = _values(built, "CDF_PCN.pcn_cases", "veh_vrm")
    assert plates and _misses(plates, lambda x: bool(re.fullmatch(r"[A-Z]{2}[0-9]{2} [A-Z]{3}", str(x)))) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v57, heldout_v57_values):
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
        assert earlier <= {"2", "4", "57"}, module.__name__


def test_when_the_scorer_builds_set_v57_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v57.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v57"].DEFAULT_PATH == Path("/tmp/heldout_v57.duckdb")
