"""Held-out set v56: its size, insurance and pension domains, languages, labels, row counts, NULL and NULL-word
shares, opaque and misleading names, policy and claim numbers, join keys, audit logins and service accounts,
identifiers of persons with check digits (and the birth dates and sexes they encode), identifiers without one by
their shape, decoys with check digits (VINs, ISINs, an LEI, VAT, ABN, P.IVA, IČO and corporate numbers, routing
numbers), phones of twelve countries and postal codes are the ones asked for, and it is the same on every build
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
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, isin, lei, luhn
from stdnum.au import abn
from stdnum.ca import sin
from stdnum.cz import dic, rc
from stdnum.de import idnr
from stdnum.fr import nif
from stdnum.gb import vat as gbvat
from stdnum.ie import pps
from stdnum.it import codicefiscale, iva
from stdnum.jp import cn as jpcn
from stdnum.jp import in_ as mynumber
from stdnum.nl import bsn
from stdnum.nz import bankaccount as nzbank
from stdnum.us import rtn, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v56, heldout_v56_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: nine English tables, one each in Italian, German, French, Dutch, Czech and Japanese
LANGUAGES = {"en", "it", "de", "fr", "nl", "cs", "ja"}

#: every table of the set: insurance and pension systems, one organisation each
TABLES = {
    "cc_extract.ccx_claim_auto",
    "PRDCR.AGT_MSTR",
    "lifeclaims.death_claim_payees",
    "uw_api.termApplications",
    "bdx_lloyds.risk_bdx_household_2025q3",
    "petcover.Policies",
    "tripcover_api.quoteTravellers",
    "pens_admin.mbr_master",
    "claimshub.home_lodgements",
    "rca_agenzia.polizze_contraenti",
    "riester_vw.Zulageantraege",
    "assurvie.contrats_beneficiaires",
    "uitvaartcoop.verzekerden",
    "dps_penze.ucastnici",
    "ideco_kiroku.kanyusha_daicho",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}
NONE_TAGS = {
    "business",
    "decoy",
    "service_account",
    "join_key",
    "tokenized",
    "partial",
    "json_plain",
    "credential",
    "check_digit",
    "vehicle",
    "animal",
    "coordinates",
    "date_of_death",
    "actuarial",
    "clinical",
    "professional_id",
    "policy_number",
}

scored_file, built = heldout_support.set_fixtures("v56")
_cells = heldout_support.Cells(heldout_v56.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v56, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 400 <= len(columns) <= 480
    assert 0.42 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.54
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert all(25 <= len(t.columns) <= 36 for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 9
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
        "opaque",
        "staff",
        "audit",
        "role_word",
        "service_account",
        "premises",
        "join_key",
        "policy_number",
        "role_email",
        "multi_value",
        "mixed_kinds",
        "json_blob",
        "json_plain",
        "placeholder",
        "tokenized",
        "partial",
        "credential",
        "check_digit",
        "vehicle",
        "animal",
        "coordinates",
        "date_of_death",
        "actuarial",
        "clinical",
        "professional_id",
        "bank_account",
        "dob_text",
        "work_phone",
    } <= tags
    assert {"snake", "camel", "pascal", "screaming"} == {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v56.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & NONE_TAGS):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username", "bank_account"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username", "bank_account"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"role_email"}):
        assert column.kind == "email", column.name
    for column in (c for c in _columns(built) if c.tags & {"mixed_kinds", "json_blob"}):
        assert column.kind == "free_text", column.name
    for column in (
        c
        for c in _columns(built)
        if c.tags & {"placeholder", "null_heavy", "nullword_heavy", "premises", "work_phone", "dob_text"}
    ):
        assert column.kind != "none", column.name
    for column in (c for c in _columns(built) if "dob_text" in c.tags):
        assert column.kind == "date_of_birth" and column.sql_type == "VARCHAR", column.name


def test_when_a_name_is_opaque_or_misleading_then_both_personal_and_plain_values_hide_behind_it(built) -> None:
    opaque = {c.name: c.kind for c in _columns(built) if "opaque" in c.tags}
    assert {
        "MISC_1",
        "MISC_2",
        "udf_1",
        "udf_2",
        "attr7",
        "attr8",
        "src_admin_col04",
        "src_admin_col05",
        "campo_libero_1",
        "campo_libero_2",
        "Zusatz1",
        "Zusatz2",
    } == set(opaque)
    assert sum(k != "none" for k in opaque.values()) == 6 and sum(k == "none" for k in opaque.values()) == 6
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert misleading == {"Name": "none", "naam": "none", "alt_ref": "email", "login_espace_client": "email"}
    for table, name in (
        ("pens_admin.mbr_master", "alt_ref"),
        ("assurvie.contrats_beneficiaires", "login_espace_client"),
        ("lifeclaims.death_claim_payees", "src_admin_col04"),
    ):
        values = _values(built, table, name)
        assert len(values) >= 100 and _misses(values, lambda x: "@" in str(x)) == 0, name


def test_when_a_column_is_a_join_key_or_a_policy_number_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 15 and all(c.kind == "none" for c in keys)
    policies = [c for c in _columns(built) if "policy_number" in c.tags]
    assert len(policies) >= 18 and all(c.kind == "none" for c in policies)
    assert {
        "ClaimNumber",
        "claim_no",
        "certificate_ref",
        "umr",
        "numero_polizza",
        "VertragsNr",
        "num_contrat",
        "polisnummer",
        "cislo_smlouvy",
        "claim_ref",
    } <= {c.name for c in policies}


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert {"AccountNumberLast4", "cardLast4"} == {c.name for c in cut} and all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 3
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 30 and all(c.kind in PERSON_KINDS for c in role)
    assert {
        "InsuredName",
        "AdjusterName",
        "decedent_name",
        "payee_name",
        "beneficiaryName",
        "attendingPhysician",
        "insured_name",
        "AccountHolderName",
        "nominated_benef",
        "insured_names",
        "assessor",
        "conducente_abituale",
        "Kontoinhaber",
        "Ehegatte",
        "beneficiaire_1",
        "rekeninghouder",
        "urcena_osoba",
        "shibo_ichijikin_uketorinin",
    } <= {c.name for c in role}


def test_when_a_cell_holds_several_people_then_some_cells_hold_a_separator(built) -> None:
    multi = [c for c in _columns(built) if "multi_value" in c.tags]
    assert {c.name for c in multi} == {"nominated_benef", "insured_names"}
    for column in multi:
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: ";" in x or " & " in x) >= 20, column.name


def test_when_a_column_mixes_kinds_then_it_holds_names_phones_and_addresses(built) -> None:
    for table, name, region in (
        ("tripcover_api.quoteTravellers", "emergencyContact", "AU"),
        ("claimshub.home_lodgements", "alt_contact", "NZ"),
    ):
        values = [str(x) for x in _values(built, table, name)]
        assert _hits(values, lambda x: "@" in x) >= 20, name
        assert _hits(values, lambda x, r=region: _phone_valid(x, r)) >= 20, name
        assert _hits(values, lambda x: not any(ch.isdigit() for ch in x) and "@" not in x) >= 20, name


def test_when_a_column_holds_json_then_every_document_parses(built) -> None:
    blobs = [c for c in _columns(built) if "json_blob" in c.tags]
    plain = [c for c in _columns(built) if "json_plain" in c.tags]
    assert len(blobs) >= 1 and len(plain) >= 1
    for column in blobs + plain:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: isinstance(json.loads(x), dict)) == 0, column.name


def test_when_coordinates_are_built_then_they_are_doubles_and_none(built) -> None:
    coords = [c for c in _columns(built) if "coordinates" in c.tags]
    assert len(coords) == 6 and all(c.kind == "none" and c.sql_type == "DOUBLE" for c in coords)


def test_when_a_home_is_named_as_a_risk_or_a_loss_site_then_it_is_labeled_personal(built) -> None:
    premises = [c for c in _columns(built) if "premises" in c.tags]
    assert len(premises) >= 4 and {c.kind for c in premises} == {"street_address", "postal_code"}


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 6 and len(services) >= 3
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
    assert len(heavy) >= 25
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 4
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
    assert PERSON_KINDS == {c.kind for c in staff}


def _rvnr_ok(text: object) -> bool:
    value = str(text)
    if not re.fullmatch(r"[0-9]{8}[A-Z][0-9]{3}", value):
        return False
    return heldout_v56_values.rvnr_check(value[:11]) == value[11]


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("cc_extract.ccx_claim_auto", "ClaimantSSN", ssn.is_valid),
    ("PRDCR.AGT_MSTR", "AGT_SSN", ssn.is_valid),
    ("lifeclaims.death_claim_payees", "decedent_ssn", ssn.is_valid),
    ("uw_api.termApplications", "applicantSin", sin.is_valid),
    ("tripcover_api.quoteTravellers", "cardNumber", luhn.is_valid),
    ("pens_admin.mbr_master", "ppsn", pps.is_valid),
    ("pens_admin.mbr_master", "pensioner_iban", iban.is_valid),
    ("claimshub.home_lodgements", "settlement_bank_acct", nzbank.is_valid),
    ("rca_agenzia.polizze_contraenti", "codice_fiscale", codicefiscale.is_valid),
    ("rca_agenzia.polizze_contraenti", "iban_addebito", iban.is_valid),
    ("riester_vw.Zulageantraege", "SteuerId", idnr.is_valid),
    ("riester_vw.Zulageantraege", "SozVersNr", _rvnr_ok),
    ("riester_vw.Zulageantraege", "Zulagenummer", _rvnr_ok),
    ("riester_vw.Zulageantraege", "Iban", iban.is_valid),
    ("assurvie.contrats_beneficiaires", "num_fiscal", nif.is_valid),
    ("assurvie.contrats_beneficiaires", "iban_rachat", iban.is_valid),
    ("uitvaartcoop.verzekerden", "bsn", bsn.is_valid),
    ("uitvaartcoop.verzekerden", "iban", iban.is_valid),
    ("dps_penze.ucastnici", "rodne_cislo", rc.is_valid),
    ("dps_penze.ucastnici", "urcena_osoba_rc", rc.is_valid),
    ("dps_penze.ucastnici", "iban_vyplata", iban.is_valid),
    ("ideco_kiroku.kanyusha_daicho", "kojin_bango", mynumber.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def _as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return datetime.strptime(str(value), "%d.%m.%Y").date()


def test_when_a_national_id_is_built_then_it_encodes_the_date_of_birth_and_sex_of_its_row(built) -> None:
    for table, idc, dob, get in (
        ("rca_agenzia.polizze_contraenti", "codice_fiscale", "data_nascita", codicefiscale.get_birth_date),
        ("dps_penze.ucastnici", "rodne_cislo", "datum_narozeni", rc.get_birth_date),
    ):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == _as_date(r[1])) == 0, table
    table = "riester_vw.Zulageantraege"
    rows = list(
        zip(
            _column(built, table, "SozVersNr").values,
            _column(built, table, "Geburtsdatum").values,
            _column(built, table, "Anrede").values,
        )
    )
    pairs = [(p, d, a) for p, d, a in rows if p is not None]
    assert len(pairs) >= 100
    assert _misses(pairs, lambda r: r[0][2:8] == _as_date(r[1]).strftime("%d%m%y")) == 0
    assert _misses(pairs, lambda r: (int(r[0][9:11]) >= 50) == (r[2] == "Frau")) == 0
    cz = list(
        zip(
            _column(built, "dps_penze.ucastnici", "rodne_cislo").values,
            _column(built, "dps_penze.ucastnici", "prijmeni").values,
        )
    )
    assert _misses(cz, lambda r: (int(rc.compact(r[0])[2:4]) > 50) == r[1].endswith("á")) == 0


def test_when_an_identifier_has_no_check_digit_then_it_has_its_shape(built) -> None:
    mbi = [re.sub("-", "", str(x)) for x in _values(built, "cc_extract.ccx_claim_auto", "ClaimantMBI")]
    letters = "[ACDEFGHJKMNPQRTUVWXY]"
    pattern = (
        rf"[1-9]{letters}[0-9ACDEFGHJKMNPQRTUVWXY][0-9]{letters}[0-9ACDEFGHJKMNPQRTUVWXY][0-9]{letters}{{2}}"
        r"[0-9]{2}"
    )
    assert len(mbi) >= 30 and _misses(mbi, lambda x: bool(re.fullmatch(pattern, x))) == 0
    table = "cc_extract.ccx_claim_auto"
    rows = [
        (lic, last)
        for lic, last in zip(
            _column(built, table, "ClaimantLicenseNumber").values, _column(built, table, "ClaimantLastName").values
        )
        if lic
    ]
    assert len(rows) >= 100
    assert _misses(rows, lambda r: str(r[0]).replace("-", "")[:4] == heldout_v56_values.soundex(r[1])) == 0
    assert _misses(rows, lambda r: bool(re.fullmatch(r"[A-Z][0-9]{13}", str(r[0]).replace("-", "")))) == 0
    pension = [str(x) for x in _values(built, "ideco_kiroku.kanyusha_daicho", "kiso_nenkin_bango")]
    assert pension and _misses(pension, lambda x: bool(re.fullmatch(r"[0-9]{4}-[0-9]{6}", x))) == 0
    passports = [str(x) for x in _values(built, "tripcover_api.quoteTravellers", "passportNumber")]
    assert passports and _misses(passports, lambda x: bool(re.fullmatch(r"[A-Z]{1,2}[0-9]{7}", x))) == 0
    licences = [str(x) for x in _values(built, "rca_agenzia.polizze_contraenti", "campo_libero_1")]
    assert licences and _misses(licences, lambda x: bool(re.fullmatch(r"[A-Z]{2}[0-9]{7}[A-Z]", x))) == 0
    tins = [str(x) for x in _values(built, "lifeclaims.death_claim_payees", "payee_tin")]
    assert _misses(tins, lambda x: ssn.is_valid(x) or bool(re.fullmatch(r"[0-9]{2}-[0-9]{7}", x))) == 0
    assert _hits(tins, ssn.is_valid) >= 0.85 * len(tins)


def _vin_ok(text: object) -> bool:
    value = str(text)
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", value)) and heldout_v56_values.vin_check(value) == value[8]


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_passes_its_own_check_and_is_none(built) -> None:
    checks = [
        ("cc_extract.ccx_claim_auto", "VehicleVIN", _vin_ok),
        ("rca_agenzia.polizze_contraenti", "telaio", _vin_ok),
        ("pens_admin.mbr_master", "fund_isin", isin.is_valid),
        ("assurvie.contrats_beneficiaires", "support_uc_isin", isin.is_valid),
        ("bdx_lloyds.risk_bdx_household_2025q3", "reinsurer_lei", lei.is_valid),
        ("bdx_lloyds.risk_bdx_household_2025q3", "coverholder_vat_no", gbvat.is_valid),
        ("tripcover_api.quoteTravellers", "issuerAbn", abn.is_valid),
        ("rca_agenzia.polizze_contraenti", "agenzia_piva", iva.is_valid),
        ("dps_penze.ucastnici", "ico_zamestnavatele", dic.is_valid),
        ("ideco_kiroku.kanyusha_daicho", "jigyosho_hojin_bango", jpcn.is_valid),
        ("PRDCR.AGT_MSTR", "DD_ABA", rtn.is_valid),
    ]
    for table, name, check in checks:
        assert _column(built, table, name).kind == "none", name
        values = [str(x) for x in _values(built, table, name)]
        assert len(values) >= 20 and _misses(values, check) == 0, name
    tagged = {c.name for c in _columns(built) if "check_digit" in c.tags}
    assert {name for _, name, _ in checks} == tagged
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 30 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {
    "cc_extract.ccx_claim_auto": "US",
    "PRDCR.AGT_MSTR": "US",
    "lifeclaims.death_claim_payees": "US",
    "uw_api.termApplications": "CA",
    "bdx_lloyds.risk_bdx_household_2025q3": "GB",
    "petcover.Policies": "GB",
    "tripcover_api.quoteTravellers": "AU",
    "pens_admin.mbr_master": "IE",
    "claimshub.home_lodgements": "NZ",
    "rca_agenzia.polizze_contraenti": "IT",
    "riester_vw.Zulageantraege": "DE",
    "assurvie.contrats_beneficiaires": "FR",
    "uitvaartcoop.verzekerden": "NL",
    "dps_penze.ucastnici": "CZ",
    "ideco_kiroku.kanyusha_daicho": "JP",
}


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {"US", "CA", "GB", "AU", "IE", "NZ", "IT", "DE", "FR", "NL", "CZ", "JP"} <= seen


#: (table, column, shape) for every postal-code column
POSTCODES = [
    ("cc_extract.ccx_claim_auto", "ClaimantPostalCode", r"[0-9]{5}(-[0-9]{4})?"),
    ("PRDCR.AGT_MSTR", "AGT_HOME_ZIP", r"[0-9]{5}"),
    ("lifeclaims.death_claim_payees", "payee_zip", r"[0-9]{5}(-[0-9]{4})?"),
    ("uw_api.termApplications", "applicantPostalCode", r"[A-Z][0-9][A-Z] [0-9][A-Z][0-9]"),
    ("bdx_lloyds.risk_bdx_household_2025q3", "risk_postcode", r"[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}"),
    ("petcover.Policies", "Postcode", r"[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}"),
    ("tripcover_api.quoteTravellers", "postcode", r"[0-9]{4}"),
    ("pens_admin.mbr_master", "eircode", r"[A-Z][0-9]{2} [0-9ACDEFHKNPRTVWXY]{4}"),
    ("claimshub.home_lodgements", "postcode", r"[0-9]{4}"),
    ("rca_agenzia.polizze_contraenti", "cap", r"[0-9]{5}"),
    ("riester_vw.Zulageantraege", "Plz", r"[0-9]{5}"),
    ("assurvie.contrats_beneficiaires", "code_postal", r"[0-9]{5}"),
    ("uitvaartcoop.verzekerden", "postcode", r"[1-9][0-9]{3} [A-Z]{2}"),
    ("dps_penze.ucastnici", "psc", r"[0-9]{3} [0-9]{2}"),
    ("ideco_kiroku.kanyusha_daicho", "yubin_bango", r"[0-9]{3}-[0-9]{4}"),
]


@pytest.mark.parametrize(("table", "column", "shape"), POSTCODES, ids=[f"{t}.{c}" for t, c, _ in POSTCODES])
def test_when_a_postal_code_column_is_built_then_every_code_has_its_country_shape(built, table, column, shape) -> None:
    assert _column(built, table, column).kind == "postal_code"
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 100 and _misses(values, lambda x: bool(re.fullmatch(shape, x))) == 0
    assert {c.name for t in built for c in t.columns if c.kind == "postal_code" and t.name == table} == {column}


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v56, heldout_v56_values):
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
        assert earlier <= {"2", "4", "56"}, module.__name__


def test_when_the_scorer_builds_set_v56_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v56.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v56"].DEFAULT_PATH == Path("/tmp/heldout_v56.duckdb")
