"""Held-out set v60: its size, retail banking, lending and money-services domains, languages, labels, row counts,
NULL and NULL-word shares, opaque and source-prefixed names, mixed-kind columns, people under role words, parents'
names, minors, join keys, the bank accounts of persons, credentials, partial numbers, audit logins and service
accounts, personal identifiers with check digits (and the birth dates the CNP, the NIK, the Hungarian tax number, the
CCCD and the DVLA licence number encode), decoys with check digits (routing numbers, BICs, CUI, CNPJ, VKN, IMEI),
phones of fourteen countries, postal codes and IP addresses are the ones asked for, and it is the same on every build
(values are only counted or checked here, never printed).

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
from stdnum import bic, iban, luhn
from stdnum.au import tfn
from stdnum.br import cnpj, cpf
from stdnum.ca import sin
from stdnum.id import nik, npwp
from stdnum.ro import cnp, cui
from stdnum.tr import tckimlik, vkn
from stdnum.us import rtn, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v60, heldout_v60_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: nine tables in English, six in Hungarian, Romanian, Indonesian, Vietnamese, Brazilian
#: Portuguese and Turkish
LANGUAGES = {"en", "hu", "ro", "id", "vi", "pt", "tr"}

#: every table of the set: one organisation each, in retail banking, lending and money services
TABLES = {
    "onboarding_kyc.applicant_checks",
    "LOANORIG.CONS_LOAN_APPL",
    "mortgage_los.loanApplications",
    "cra_hub.InquiryLog",
    "pawn_pos.pledge_tickets",
    "remit_core.sendTransactions",
    "CuCore.MemberMaster",
    "leadgen.debt_relief_leads",
    "youthsaver.junior_accounts",
    "takarek_szef.szefberlok",
    "ipoteca_cluj.cereri_credit",
    "bpr_mikro.anggota_kelompok",
    "camdo_sg.hop_dong_cam_do",
    "consignado_recife.propostasContratacao",
    "katilim_bursa.bireysel_finansman_basvuru",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v60")
_cells = heldout_support.Cells(heldout_v60.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v60, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 400 <= len(columns) <= 480
    assert all(25 <= len(t.columns) <= 36 for t in built)
    assert 0.42 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.60
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
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
        "placeholder",
        "tokenized",
        "partial",
        "credential",
        "opaque",
        "source_prefix",
        "mixed_kinds",
        "check_digit",
        "bank_account",
        "product_name",
        "coordinates",
        "event_date",
        "financial",
        "hashed",
        "parent_name",
        "minor",
        "employer",
        "vehicle",
        "initial",
    } <= tags
    assert {"snake", "camel", "pascal", "screaming"} == {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v60.labels(built)
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
            "coordinates",
            "event_date",
            "financial",
            "hashed",
            "employer",
            "vehicle",
            "initial",
            "product_name",
        }
    ):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username", "bank_account"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username", "bank_account"}, column.name
    for column in (
        c
        for c in _columns(built)
        if c.tags & {"placeholder", "minor", "parent_name", "premises", "mixed_kinds", "json_blob"}
    ):
        assert column.kind != "none", column.name
    for column in (c for c in _columns(built) if c.tags & {"mixed_kinds", "json_blob"}):
        assert column.kind == "free_text", column.name
    assert {c.kind for c in _columns(built) if "parent_name" in c.tags} == PERSON_KINDS


def test_when_a_column_is_opaque_or_prefixed_then_some_hold_people_and_some_hold_codes(built) -> None:
    opaque = [c for c in _columns(built) if "opaque" in c.tags]
    prefixed = [c for c in _columns(built) if "source_prefix" in c.tags]
    assert len(opaque) >= 10 and len(prefixed) >= 3
    assert {
        "misc_1",
        "misc_2",
        "Udf03",
        "Udf04",
        "mezo_1",
        "mezo_2",
        "camp_1",
        "camp_2",
        "campoLivre1",
        "campoLivre2",
    } <= {c.name for c in opaque}
    for group in (opaque, prefixed):
        kinds = {c.kind for c in group}
        assert "none" in kinds and len(kinds - {"none"}) >= 2


def test_when_a_column_mixes_kinds_then_its_rows_hold_phones_addresses_and_names(built) -> None:
    mixed = [c for c in _columns(built) if "mixed_kinds" in c.tags]
    assert {"src_crm_col17", "chavePix"} <= {c.name for c in mixed}
    for column in mixed:
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: "@" in x) >= 20, column.name
        assert _hits(values, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) >= 10) >= 20, column.name


def test_when_a_column_is_a_join_key_or_a_credential_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 20 and all(c.kind == "none" for c in keys)
    assert {
        "application_id",
        "account_number",
        "APPL_NO",
        "MemberNumber",
        "ticket_no",
        "cust_no",
        "szerzodes_szam",
        "id_nasabah",
        "ma_hop_dong",
        "idProposta",
        "musteri_no",
    } <= {c.name for c in keys}
    creds = [c for c in _columns(built) if "credential" in c.tags]
    assert {"PinOffset", "kulcs_szam"} <= {c.name for c in creds}
    hashes = [c for c in _columns(built) if "hashed" in c.tags]
    assert len(hashes) >= 3
    for column in hashes:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9a-f]{40}|[0-9a-f]{64}", x))) == 0


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert {"cardLast4", "DebitCardLast4"} <= {c.name for c in cut} and all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_a_column_is_a_persons_bank_account_then_it_is_digits_and_unclassified(built) -> None:
    accounts = [c for c in _columns(built) if "bank_account" in c.tags]
    assert len(accounts) >= 5 and {c.kind for c in accounts} == {"unclassified"}
    for column in accounts:
        values = [str(x) for x in _real(column.values)]
        assert len(values) >= 100, column.name
        assert _misses(values, lambda x: bool(re.fullmatch(r"[0-9 -]{6,20}", x))) == 0, column.name


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 4
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_names_mislead_then_the_values_are_not_what_the_name_says(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert {"product_name", "nama_kelompok"} <= set(misleading) and set(misleading.values()) == {"none"}
    opaque_people = {c.name for c in _columns(built) if "opaque" in c.tags and c.kind != "none"}
    assert {"misc_1", "Udf03", "camp_1", "mezo_1", "campoLivre1"} <= opaque_people


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 20
    assert all(c.kind != "none" for c in role)
    assert {
        "COAPP_NM",
        "coBorrowerFullName",
        "guarantorName",
        "lawyerName",
        "redeemed_by",
        "beneficiaryFullName",
        "JointOwnerName",
        "PodBeneficiaries",
        "guardian1_name",
        "guardian2_name",
        "meghatalmazott_neve",
        "codebitor_nume",
        "girant_nume",
        "ketua_kelompok",
        "nguoi_chuoc_ho",
        "kefil_ad_soyad",
    } <= {c.name for c in role}


def test_when_a_cell_holds_several_names_then_some_cells_hold_a_separator(built) -> None:
    multi = [c for c in _columns(built) if "multi_value" in c.tags]
    assert len(multi) >= 1 and all(c.kind == "person_name" for c in multi)
    for column in multi:
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: ";" in x) >= 20, column.name


def test_when_a_column_holds_json_then_every_document_parses(built) -> None:
    blobs = [c for c in _columns(built) if "json_blob" in c.tags]
    assert len(blobs) >= 1
    for column in blobs:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: isinstance(json.loads(x), dict)) == 0, column.name


def test_when_coordinates_are_built_then_they_are_a_places_and_none(built) -> None:
    coords = [c for c in _columns(built) if "coordinates" in c.tags]
    assert len(coords) >= 1 and all(c.kind == "none" for c in coords)
    for column in coords:
        values = [str(x) for x in _real(column.values)]
        assert _misses(values, lambda x: bool(re.fullmatch(r"-?[0-9]+\.[0-9]+,-?[0-9]+\.[0-9]+", x))) == 0


def test_when_a_home_is_named_as_the_property_then_it_is_labeled_personal(built) -> None:
    premises = [c for c in _columns(built) if "premises" in c.tags]
    assert len(premises) >= 3
    assert {c.kind for c in premises} == {"street_address", "postal_code"}


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 5 and len(services) >= 1
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 300 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 20
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 5
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
    assert len(staff) >= 10
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert {"person_name", "first_name"} <= {c.kind for c in staff}


def _hu_tax(x: object) -> bool:
    return heldout_v60_values.hu_tax_ok(str(x))


def _pis(x: object) -> bool:
    return heldout_v60_values.br_pis_ok(str(x))


#: (table, column, check) for every checksummed identifier column of a person
CHECKED: list[tuple[str, str, object]] = [
    ("LOANORIG.CONS_LOAN_APPL", "PRIM_SSN", ssn.is_valid),
    ("LOANORIG.CONS_LOAN_APPL", "COAPP_SSN", ssn.is_valid),
    ("mortgage_los.loanApplications", "borrowerSin", sin.is_valid),
    ("mortgage_los.loanApplications", "coBorrowerSin", sin.is_valid),
    ("cra_hub.InquiryLog", "ConsumerSsn", ssn.is_valid),
    ("remit_core.sendTransactions", "beneficiaryIban", iban.is_valid),
    ("CuCore.MemberMaster", "TaxId", ssn.is_valid),
    ("CuCore.MemberMaster", "AtmCardNumber", luhn.is_valid),
    ("youthsaver.junior_accounts", "child_tfn", tfn.is_valid),
    ("youthsaver.junior_accounts", "guardian1_tfn", tfn.is_valid),
    ("takarek_szef.szefberlok", "adoazonosito_jel", _hu_tax),
    ("takarek_szef.szefberlok", "terhelendo_szamla", iban.is_valid),
    ("ipoteca_cluj.cereri_credit", "cnp", cnp.is_valid),
    ("ipoteca_cluj.cereri_credit", "codebitor_cnp", cnp.is_valid),
    ("ipoteca_cluj.cereri_credit", "iban_salariu", iban.is_valid),
    ("bpr_mikro.anggota_kelompok", "nik", nik.is_valid),
    ("bpr_mikro.anggota_kelompok", "npwp", npwp.is_valid),
    ("consignado_recife.propostasContratacao", "cpfCliente", cpf.is_valid),
    ("consignado_recife.propostasContratacao", "nisPis", _pis),
    ("katilim_bursa.bireysel_finansman_basvuru", "tckn", tckimlik.is_valid),
    ("katilim_bursa.bireysel_finansman_basvuru", "kefil_tckn", tckimlik.is_valid),
    ("katilim_bursa.bireysel_finansman_basvuru", "iban", iban.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


#: (table, column, check) for decoys that pass their own check and are none
DECOYS: list[tuple[str, str, object]] = [
    ("LOANORIG.CONS_LOAN_APPL", "DISB_RTG_NO", rtn.is_valid),
    ("CuCore.MemberMaster", "ExternalRoutingNumber", rtn.is_valid),
    ("remit_core.sendTransactions", "payoutBic", bic.is_valid),
    ("ipoteca_cluj.cereri_credit", "cui_angajator", cui.is_valid),
    ("consignado_recife.propostasContratacao", "cnpjCorrespondente", cnpj.is_valid),
    ("katilim_bursa.bireysel_finansman_basvuru", "isyeri_vkn", vkn.is_valid),
    ("camdo_sg.hop_dong_cam_do", "so_imei", luhn.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), DECOYS, ids=[f"{t}.{c}" for t, c, _ in DECOYS])
def test_when_a_decoy_has_a_check_digit_then_every_value_passes_it_and_it_is_none(built, table, column, check) -> None:
    assert _column(built, table, column).kind == "none"
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_is_none(built) -> None:
    shaped = [c for c in _columns(built) if c.tags & {"value_shape", "check_digit"}]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)


def _nik_birth(number: str) -> tuple[int, int, int]:
    born = nik.get_birth_date(number)  # the NIK keeps two digits of the year: compare within the century
    return born.day, born.month, born.year % 100


def _hu_birth(number: str) -> date:
    from datetime import timedelta

    return date(1867, 1, 1) + timedelta(days=int(number[1:6]))


def _cccd_year(number: str) -> int:
    return (1900 if number[3] in "01" else 2000) + int(number[4:6])


def test_when_a_national_id_is_built_then_it_encodes_the_date_of_birth_of_its_row(built) -> None:
    for table, idc, dob, get in (
        ("ipoteca_cluj.cereri_credit", "cnp", "data_nasterii", cnp.get_birth_date),
        ("bpr_mikro.anggota_kelompok", "nik", "tanggal_lahir", _nik_birth),
        ("takarek_szef.szefberlok", "adoazonosito_jel", "szuletesi_ido", _hu_birth),
        ("camdo_sg.hop_dong_cam_do", "so_cccd", "ngay_sinh", lambda x: _cccd_year(x)),
    ):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100, table
        if table == "camdo_sg.hop_dong_cam_do":
            assert _misses(pairs, lambda r: _cccd_year(r[0]) == r[1].year) == 0, table
        elif table == "bpr_mikro.anggota_kelompok":
            assert _misses(pairs, lambda r: _nik_birth(r[0]) == (r[1].day, r[1].month, r[1].year % 100)) == 0, table
        else:
            assert _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


def test_when_a_uk_driving_licence_is_built_then_it_encodes_the_name_and_birth_date_of_its_row(built) -> None:
    table = "onboarding_kyc.applicant_checks"
    kinds = _column(built, table, "id_document_type").values
    numbers = _column(built, table, "id_document_number").values
    births = _column(built, table, "date_of_birth").values
    lasts = _column(built, table, "family_name").values
    rows = [(n, b, ln) for k, n, b, ln in zip(kinds, numbers, births, lasts) if k == "DRIVING_LICENCE"]
    assert len(rows) >= 100

    def ok(r: tuple) -> bool:
        n, b, ln = r
        head = (("".join(ch for ch in heldout_v60_values.plain(ln).upper() if ch.isalpha()))[:5] + "99999")[:5]
        month = int(n[6:8]) % 50
        return (
            len(n) == 16
            and n[:5] == head
            and n[5] + n[10] == str(b.year)[2:]
            and month == b.month
            and int(n[8:10]) == b.day
        )

    assert _misses(rows, ok) == 0


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its national-format phone numbers
PHONE_REGIONS = {
    "onboarding_kyc.applicant_checks": "GB",
    "LOANORIG.CONS_LOAN_APPL": "US",
    "mortgage_los.loanApplications": "CA",
    "cra_hub.InquiryLog": "US",
    "pawn_pos.pledge_tickets": "US",
    "remit_core.sendTransactions": "GB",
    "CuCore.MemberMaster": "US",
    "leadgen.debt_relief_leads": "US",
    "youthsaver.junior_accounts": "AU",
    "takarek_szef.szefberlok": "HU",
    "ipoteca_cluj.cereri_credit": "RO",
    "bpr_mikro.anggota_kelompok": "ID",
    "camdo_sg.hop_dong_cam_do": "VN",
    "consignado_recife.propostasContratacao": "BR",
    "katilim_bursa.bireysel_finansman_basvuru": "TR",
}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {"US", "CA", "GB", "AU", "HU", "RO", "ID", "VN", "BR", "TR", "NG", "GH", "PH", "PK"} <= seen


#: table -> the shape of its postal codes
POSTAL = {
    "GB": r"[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}",
    "US": r"[0-9]{5}(-[0-9]{4})?",
    "CA": r"[A-Z][0-9][A-Z] [0-9][A-Z][0-9]",
    "AU": r"[0-9]{4}",
    "HU": r"[0-9]{4}",
    "RO": r"[0-9]{6}",
    "ID": r"[0-9]{5}",
    "BR": r"[0-9]{5}-[0-9]{3}",
    "TR": r"[0-9]{5}",
}


def test_when_a_column_is_labeled_postal_code_then_every_value_has_its_countrys_shape(built) -> None:
    columns = [(t, c) for t in built for c in t.columns if c.kind == "postal_code"]
    assert len(columns) >= 12
    for table, column in columns:
        shape = POSTAL[PHONE_REGIONS[table.name]]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, s=shape: bool(re.fullmatch(s, x))) == 0, column.name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v60, heldout_v60_values):
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
        assert earlier <= {"2", "4", "60"}, module.__name__


def test_when_the_scorer_builds_set_v60_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v60.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v60"].DEFAULT_PATH == Path("/tmp/heldout_v60.duckdb")
