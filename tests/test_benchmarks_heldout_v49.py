"""Held-out set v49: its size, HR, recruiting, payroll and workforce tables, languages, labels, row counts, NULL and
NULL-word shares, people under role words and staff columns, decoys of the theme (requisition codes, job codes, grades,
cost centres, policy numbers, routing numbers, office phones), identifiers with check digits and the birth dates they
encode, partial values, placeholders, opaque and misleading names, bank accounts, phones of eleven countries and
postal codes of eight are the ones asked for, and it is the same on every build (values are only counted or checked
here, never printed).

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
from stdnum import iban, luhn
from stdnum.au import abn, tfn
from stdnum.br import cnpj, cpf
from stdnum.ca import sin
from stdnum.fr import nir, siret
from stdnum.in_ import aadhaar, pan
from stdnum.nz import bankaccount, ird
from stdnum.sg import uen
from stdnum.us import rtn, ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v49, heldout_v49_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: mostly English, plus German, French and Brazilian Portuguese
LANGUAGES = {"en", "de", "fr", "pt"}

#: every table of the set: one HR, recruiting, payroll or workforce system each
TABLES = {
    "lever_export.opportunities", "harvest.scorecards", "smartrecruiters.OfferLetters", "ADP_WFN.PAYROLL_REG",
    "crewpay.seasonal_timesheets", "analytics.stg_groupben__enrolment_dependants",
    "screening.candidate_checks", "darwinbox.onboardingSubmissions", "workpass.pass_holders",
    "workday_raw.talent_review_org_chart", "concur_sae.expense_entries", "qualtrics.exit_survey_responses",
    "SAP_HR.LSO_TEILNAHMEN", "paie_dsn.salaries", "esocial.s2200_admissoes",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v49")
_cells = heldout_support.Cells(heldout_v49.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v49, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 380 <= len(columns) <= 460
    assert 0.36 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.48
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 12
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "value_shape", "check_digit",
            "misleading", "opaque", "staff", "audit", "role_word", "service_account", "join_key", "role_email",
            "work_email", "multi_value", "json_plain", "placeholder", "partial", "credential", "coordinates",
            "bank_account", "mixed_kinds", "dob_text", "name_decoy", "preferred_name", "encrypted"} <= tags
    assert {"snake", "camel", "screaming", "pascal", "workday", "spaced"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v49.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    columns = _columns(built)
    for column in (c for c in columns if c.tags & {"business", "decoy", "service_account", "join_key", "partial",
                                                   "json_plain", "credential", "coordinates", "name_decoy",
                                                   "check_digit", "encrypted"}):
        assert column.kind == "none", column.name
    for column in (c for c in columns if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in columns if c.tags & {"username", "bank_account"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in columns if c.kind == "unclassified"):
        assert column.tags & {"username", "bank_account"}, column.name
    for column in (c for c in columns if c.tags & {"role_email", "work_email"}):
        assert column.kind == "email", column.name
    for column in (c for c in columns if c.tags & {"placeholder"}):
        assert column.kind != "none", column.name
    for tag, kind in (("mixed_kinds", "free_text"), ("dob_text", "date_of_birth"), ("preferred_name", "first_name")):
        tagged = [c for c in columns if tag in c.tags]
        assert tagged and all(c.kind == kind for c in tagged), tag


def test_when_decoys_of_the_theme_are_built_then_they_are_none_and_shaped_as_asked(built) -> None:
    none = {(t.name, c.name) for t in built for c in t.columns if c.kind == "none"}
    asked = {("lever_export.opportunities", "requisition_code"), ("lever_export.opportunities", "sources"),
             ("smartrecruiters.OfferLetters", "PositionNumber"), ("smartrecruiters.OfferLetters", "WorkLocationPhone"),
             ("workday_raw.talent_review_org_chart", "Job_Code"), ("workday_raw.talent_review_org_chart", "Grade"),
             ("workday_raw.talent_review_org_chart", "Cost_Center"), ("workday_raw.talent_review_org_chart",
                                                                      "Location_Phone"),
             ("workday_raw.talent_review_org_chart", "Hire_Date"), ("ADP_WFN.PAYROLL_REG", "PAY_PRD_END_DT"),
             ("ADP_WFN.PAYROLL_REG", "GROSS_PAY"), ("ADP_WFN.PAYROLL_REG", "COST_CTR"),
             ("ADP_WFN.PAYROLL_REG", "JOB_CD"), ("darwinbox.onboardingSubmissions", "band"),
             ("analytics.stg_groupben__enrolment_dependants", "group_policy_no"),
             ("analytics.stg_groupben__enrolment_dependants", "sin_enc"), ("SAP_HR.LSO_TEILNAHMEN", "KURS_ID"),
             ("SAP_HR.LSO_TEILNAHMEN", "KOSTL"), ("concur_sae.expense_entries", "Employee Org Unit"),
             ("SAP_HR.LSO_TEILNAHMEN", "TELNR_STANDORT"), ("harvest.scorecards", "office_location")}
    assert asked <= none
    sources = set(_values(built, "lever_export.opportunities", "sources"))
    assert {"LinkedIn", "Referral"} <= sources
    reqs = _values(built, "lever_export.opportunities", "requisition_code")
    assert _misses(reqs, lambda x: bool(re.fullmatch(r"REQ-[A-Z]+-20\d\d-\d{3}", str(x)))) == 0
    ifsc = _values(built, "darwinbox.onboardingSubmissions", "ifscCode")
    assert ifsc and _misses(ifsc, lambda x: bool(re.fullmatch(r"[A-Z]{4}0[0-9A-Z]{6}", str(x)))) == 0
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 15 and all(c.kind == "none" for c in keys)
    uuids = _values(built, "lever_export.opportunities", "id")
    assert _misses(uuids, lambda x: bool(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}",
                                                      str(x)))) == 0
    enc = _values(built, "analytics.stg_groupben__enrolment_dependants", "sin_enc")
    assert len(enc) >= 100
    assert _misses(enc, lambda x: bool(re.fullmatch(r"AQICAH[A-Za-z0-9+/]{80,}={0,2}", str(x)))) == 0
    abbreviated = {c.name for c in _columns(built) if "abbrev" in c.tags}
    assert {"emp_dob", "mgr_nm", "sin_enc", "EMP_NM", "wkr_full_nm", "hrSpoc", "PERNR", "nmMae"} <= abbreviated
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


#: (table, column, check) for every decoy that passes its own check digit
DECOY_CHECKS: list[tuple[str, str, object]] = [
    ("ADP_WFN.PAYROLL_REG", "DD_ABA", rtn.is_valid),
    ("smartrecruiters.OfferLetters", "SuperFundId", lambda x: abn.is_valid(str(x)[:11])),
    ("workpass.pass_holders", "sponsor_uen", uen.is_valid),
    ("paie_dsn.salaries", "siret_etablissement", siret.is_valid),
    ("esocial.s2200_admissoes", "cnpjEmpregador", cnpj.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), DECOY_CHECKS, ids=[f"{t}.{c}" for t, c, _ in DECOY_CHECKS])
def test_when_a_decoy_has_a_check_digit_then_every_value_passes_it_and_it_is_none(built, table, column, check) -> None:
    assert _column(built, table, column).kind == "none"
    assert "check_digit" in _column(built, table, column).tags
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_value_is_partial_then_it_is_the_tail_of_its_row_s_identifier_and_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert {"SSN_LAST4", "Card Last 4", "aadhaarMasked"} <= {c.name for c in cut}
    assert all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"(XXXX XXXX )?[0-9]{4}", x))) == 0, column.name
    for table, part, whole in (("ADP_WFN.PAYROLL_REG", "SSN_LAST4", "SSN"),
                               ("concur_sae.expense_entries", "Card Last 4", "Billed Card Account Number"),
                               ("darwinbox.onboardingSubmissions", "aadhaarMasked", "aadhaarNo")):
        rows = [(p, w) for p, w in zip(_column(built, table, part).values, _column(built, table, whole).values)
                if p is not None]
        assert len(rows) >= 100 and _misses(rows, lambda r: str(r[1]).replace(" ", "").endswith(str(r[0])[-4:])) == 0


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 4
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_names_are_opaque_or_mislead_then_personal_values_hide_behind_some_of_them(built) -> None:
    opaque = {c.name: c.kind for c in _columns(built) if "opaque" in c.tags}
    assert {"custom_field_12", "CUST_FLD_3", "Employee Custom 4", "ZUSATZFELD_1", "Q3_TEXT", "Q5_TEXT",
            "Q7_TEXT"} <= {n for n, k in opaque.items() if k != "none"}
    assert {"custom_field_7", "Report Custom 2", "Q1", "Q6_TEXT"} <= {n for n, k in opaque.items() if k == "none"}
    mails = _values(built, "qualtrics.exit_survey_responses", "Q5_TEXT")
    assert len(mails) >= 15 and _misses(mails, lambda x: bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", str(x)))) == 0
    zips = _values(built, "lever_export.opportunities", "custom_field_12")
    assert len(zips) >= 300 and _misses(zips, lambda x: bool(re.fullmatch(r"\d{5}", str(x)))) == 0
    decoys = {c.name for c in _columns(built) if "name_decoy" in c.tags}
    assert {"SSN_VERIF_STAT", "aadhaarVerified", "Preferred_Name_Flag"} <= decoys


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 25
    assert all(c.kind in PERSON_KINDS for c in role)
    assert {"referrer_name", "owner", "interviewer", "panel", "HiringManager", "crew_leader", "dependant_first_name",
            "beneficiary_name", "referee_1_name", "ordered_by", "fathersName", "hrSpoc", "hr_officer",
            "Manager_Name", "Matrix_Manager", "HR_Business_Partner", "Successor_Candidates", "Approver Name",
            "Attendee Names", "manager_name", "REFERENT", "VORGESETZTER", "nmMae", "nmPai",
            "gestorImediato"} <= {c.name for c in role}
    assert {"referrer_email", "interviewer_email", "HiringManagerEmail", "ApproverEmail",
            "referee_1_email"} <= {c.name for c in _columns(built) if "role_email" in c.tags}


def test_when_a_cell_holds_several_values_then_some_cells_hold_a_separator(built) -> None:
    multi = [c for c in _columns(built) if "multi_value" in c.tags]
    assert len(multi) >= 6 and all(c.kind != "none" for c in multi)
    for column in multi:
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: ";" in x) >= 20, column.name


def test_when_a_column_holds_json_then_every_document_parses(built) -> None:
    plain = [c for c in _columns(built) if "json_plain" in c.tags]
    assert len(plain) >= 1
    for column in plain:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: isinstance(json.loads(x), dict)) == 0, column.name


def test_when_coordinates_are_built_then_they_are_doubles_and_none(built) -> None:
    coords = [c for c in _columns(built) if "coordinates" in c.tags]
    assert len(coords) == 4 and all(c.kind == "none" and c.sql_type == "DOUBLE" for c in coords)


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 4 and len(services) >= 1
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name


def test_when_a_column_is_a_bank_account_then_it_is_unclassified_and_holds_account_numbers(built) -> None:
    banks = [(t.name, c) for t in built for c in t.columns if "bank_account" in c.tags]
    assert {"DD_ACCT", "bank_acct", "bankAccountNo", "contaCorrente"} <= {c.name for _, c in banks}
    for table, column in banks:
        values = [str(x) for x in _real(column.values)]
        assert len(values) >= 100, column.name
        assert _misses(values, lambda x: bool(re.fullmatch(r"[0-9][0-9-]{5,20}", x))) == 0, f"{table}.{column.name}"
    nz = _values(built, "crewpay.seasonal_timesheets", "bank_acct")
    assert _misses(nz, bankaccount.is_valid) == 0


#: table -> its rows (two small tables of 28 and 40 rows, the offer letters 55)
ROWS = {
    "lever_export.opportunities": 900, "harvest.scorecards": 650, "smartrecruiters.OfferLetters": 55,
    "ADP_WFN.PAYROLL_REG": 1_200, "crewpay.seasonal_timesheets": 480,
    "analytics.stg_groupben__enrolment_dependants": 420,
    "screening.candidate_checks": 520, "darwinbox.onboardingSubmissions": 380, "workpass.pass_holders": 40,
    "workday_raw.talent_review_org_chart": 300, "concur_sae.expense_entries": 1_000,
    "qualtrics.exit_survey_responses": 28, "SAP_HR.LSO_TEILNAHMEN": 700, "paie_dsn.salaries": 260,
    "esocial.s2200_admissoes": 340,
}


def test_when_the_set_is_built_then_every_table_has_its_rows_in_every_column(built) -> None:
    sizes = {}
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1, table.name
        sizes[table.name] = lengths.pop()
        assert 20 <= sizes[table.name] <= 1_500, table.name
    assert sizes == ROWS
    assert sum(s <= 60 for s in sizes.values()) >= 3 and sum(s >= 500 for s in sizes.values()) >= 5


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 8
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
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 12
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def _nric_ok(text: str) -> bool:
    number = text.strip().upper()
    if not re.fullmatch(r"[STFG]\d{7}[A-Z]", number):
        return False
    total = sum(w * int(d) for w, d in zip((2, 7, 6, 5, 4, 3, 2), number[1:8])) + (4 if number[0] in "TG" else 0)
    return ("JZIHGFEDCBA" if number[0] in "ST" else "XWUTRQPNMLK")[total % 11] == number[8]


def _pis_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    if len(d) != 11:
        return False
    r = 11 - sum(w * int(x) for w, x in zip((3, 2, 9, 8, 7, 6, 5, 4, 3, 2), d)) % 11
    return int(d[10]) == (0 if r >= 10 else r)


def _nino_ok(text: str) -> bool:
    n = text.replace(" ", "").upper()
    return (bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", n)) and n[0] not in "DFIQUV" and n[1] not in "DFIOQUV"
            and n[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


#: (table, column, check) for every identifier column with a check digit (or, for the NINO, HMRC's shape rules)
CHECKED: list[tuple[str, str, object]] = [
    ("ADP_WFN.PAYROLL_REG", "SSN", ssn.is_valid),
    ("analytics.stg_groupben__enrolment_dependants", "member_sin", sin.is_valid),
    ("smartrecruiters.OfferLetters", "TaxFileNumber", tfn.is_valid),
    ("crewpay.seasonal_timesheets", "ird_no", ird.is_valid),
    ("crewpay.seasonal_timesheets", "bank_acct", bankaccount.is_valid),
    ("darwinbox.onboardingSubmissions", "panNo", pan.is_valid),
    ("darwinbox.onboardingSubmissions", "aadhaarNo", aadhaar.is_valid),
    ("workpass.pass_holders", "nric_fin", _nric_ok),
    ("workday_raw.talent_review_org_chart", "National_ID", idnr.is_valid),
    ("screening.candidate_checks", "ni_number", _nino_ok),
    ("concur_sae.expense_entries", "Billed Card Account Number", luhn.is_valid),
    ("paie_dsn.salaries", "nir", nir.is_valid),
    ("paie_dsn.salaries", "iban", iban.is_valid),
    ("esocial.s2200_admissoes", "cpfTrab", cpf.is_valid),
    ("esocial.s2200_admissoes", "nisTrab", _pis_ok),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    assert _column(built, table, column).kind != "none"
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_national_id_encodes_a_person_then_it_matches_its_row(built) -> None:
    za = list(zip(_column(built, "workday_raw.talent_review_org_chart", "National_ID").values,
                  _column(built, "workday_raw.talent_review_org_chart", "Date_of_Birth").values))
    assert len(za) >= 100 and _misses(za, lambda r: idnr.get_birth_date(r[0]) == r[1]) == 0
    fr = [(re.sub(r"\s", "", n), d, t) for n, d, t in zip(_column(built, "paie_dsn.salaries", "nir").values,
                                                           _column(built, "paie_dsn.salaries", "date_naissance").values,
                                                           _column(built, "paie_dsn.salaries", "civilite").values)]
    assert len(fr) >= 100
    assert _misses(fr, lambda r: r[0][1:5] == f"{r[1]:%y%m}" and r[0][0] == ("2" if r[2] == "Mme" else "1")) == 0
    sg = [(n, d) for n, d in zip(_column(built, "workpass.pass_holders", "nric_fin").values,
                                 _column(built, "workpass.pass_holders", "dob").values)
          if n[0] in "ST" and d.year >= 1968]
    assert len(sg) >= 10 and _misses(sg, lambda r: r[0][1:3] == f"{r[1].year % 100:02d}") == 0
    assert all(n[0] in "FG" for n, p in zip(_column(built, "workpass.pass_holders", "nric_fin").values,
                                            _column(built, "workpass.pass_holders", "passport_no").values) if p)
    names = _column(built, "darwinbox.onboardingSubmissions", "fullNameAsPerAadhaar").values
    pans = _column(built, "darwinbox.onboardingSubmissions", "panNo").values
    initial = [(p, heldout_v49_values.plain(n.split()[-1])[0].upper()) for n, p in zip(names, pans)]
    assert _misses(initial, lambda r: r[0][3] == "P" and r[0][4] == r[1]) == 0


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 3
    for column in ips:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_column_is_labeled_date_of_birth_then_every_value_is_a_plausible_birth_date(built) -> None:
    patterns = {"%m/%d/%Y": r"\d\d/\d\d/\d{4}", "%d/%m/%Y": r"\d\d/\d\d/\d{4}", "%d-%m-%Y": r"\d\d-\d\d-\d{4}",
                "%Y%m%d": r"\d{8}", "%Y-%m-%d": r"\d{4}-\d\d-\d\d"}
    fmts = {"BIRTH_DT": "%m/%d/%Y", "DateOfBirth": "%d/%m/%Y", "date_of_birth": "%d/%m/%Y", "dob": "%d-%m-%Y",
            "GBDAT": "%Y%m%d", "dtNascto": "%Y-%m-%d"}
    from datetime import datetime as dt
    dobs = [(t.name, c) for t in built for c in t.columns if c.kind == "date_of_birth"]
    assert len(dobs) >= 10
    for table, column in dobs:
        values = _real(column.values)
        if column.sql_type == "DATE":
            days = values
        else:
            fmt = fmts[column.name]
            assert _misses(values, lambda x, f=fmt: bool(re.fullmatch(patterns[f], str(x)))) == 0, column.name
            days = [dt.strptime(str(x), fmt).date() for x in values]
        assert days and _misses(days, lambda d: date(1940, 1, 1) <= d <= date(2026, 1, 1)) == 0, \
            f"{table}.{column.name}"


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {
    "lever_export.opportunities": "US", "harvest.scorecards": "GB", "smartrecruiters.OfferLetters": "AU",
    "ADP_WFN.PAYROLL_REG": "US", "crewpay.seasonal_timesheets": "NZ",
    "analytics.stg_groupben__enrolment_dependants": "CA",
    "screening.candidate_checks": "GB", "darwinbox.onboardingSubmissions": "IN", "workpass.pass_holders": "SG",
    "workday_raw.talent_review_org_chart": "ZA", "concur_sae.expense_entries": "US",
    "qualtrics.exit_survey_responses": "GB", "SAP_HR.LSO_TEILNAHMEN": "DE", "paie_dsn.salaries": "FR",
    "esocial.s2200_admissoes": "BR",
}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {"US", "CA", "GB", "AU", "NZ", "IN", "SG", "ZA", "DE", "FR", "BR"} <= seen
    for table, name in (("smartrecruiters.OfferLetters", "WorkLocationPhone"),
                        ("workday_raw.talent_review_org_chart", "Location_Phone"),
                        ("SAP_HR.LSO_TEILNAHMEN", "TELNR_STANDORT")):
        region = PHONE_REGIONS[table]
        values = [str(x) for x in _values(built, table, name)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, name


#: (table, column) -> the shape of its postal codes
POSTAL = {
    ("lever_export.opportunities", "custom_field_12"): r"\d{5}",
    ("ADP_WFN.PAYROLL_REG", "HOME_ZIP"): r"\d{5}(-\d{4})?",
    ("smartrecruiters.OfferLetters", "Postcode"): r"\d{4}",
    ("analytics.stg_groupben__enrolment_dependants", "member_postal_code"): r"[A-Z]\d[A-Z] ?\d[A-Z]\d",
    ("screening.candidate_checks", "current_postcode"): r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}",
    ("darwinbox.onboardingSubmissions", "currentPincode"): r"[1-9]\d{5}",
    ("workpass.pass_holders", "postal_code"): r"\d{6}",
    ("paie_dsn.salaries", "code_postal"): r"\d{5}",
    ("esocial.s2200_admissoes", "cep"): r"\d{5}-\d{3}",
}


def test_when_a_column_is_labeled_postal_code_then_every_value_has_its_country_s_shape(built) -> None:
    labeled = {(t.name, c.name) for t in built for c in t.columns if c.kind == "postal_code"}
    assert labeled == set(POSTAL)
    for (table, name), shape in POSTAL.items():
        values = [str(x) for x in _values(built, table, name)]
        assert values and _misses(values, lambda x, s=shape: bool(re.fullmatch(s, x))) == 0, name


def test_when_a_column_is_labeled_email_then_every_address_has_an_at_sign(built) -> None:
    mails = [c for c in _columns(built) if c.kind == "email"]
    assert len(mails) >= 15
    for column in mails:
        parts = [p.strip() for x in _real(column.values) for p in str(x).split(";")]
        assert parts and _misses(parts, lambda x: bool(re.fullmatch(r"[^@\s;]+@[^@\s;]+\.[a-z.]+", x))) == 0, \
            column.name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v49, heldout_v49_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "49"}, module.__name__


def test_when_the_scorer_builds_set_v49_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v49.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v49"].DEFAULT_PATH == Path("/tmp/heldout_v49.duckdb")
