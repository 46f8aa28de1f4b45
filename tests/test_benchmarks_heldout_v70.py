"""Held-out set v70: its size, domains, languages, labels, row counts, NULL and NULL-word shares, opaque and
misleading columns, mixed-kind columns, placeholders, join keys, audit logins and service accounts, identifiers with
check digits (and the birth dates they encode), check-digit decoys, phones and IP addresses are the ones asked for,
and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from datetime import datetime
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, imei, luhn
from stdnum.au import abn
from stdnum.br import cnpj, cpf
from stdnum.ca import bn, sin
from stdnum.cz import dic, rc
from stdnum.dk import cpr, cvr
from stdnum.gr import amka
from stdnum.gr import vat as grvat
from stdnum.jp import cn as jpcn
from stdnum.jp import in_ as jpin
from stdnum.se import orgnr, personnummer
from stdnum.tr import tckimlik, vkn
from stdnum.us import ein, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v70, heldout_v70_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: English (eight tables) and seven others, one table each
LANGUAGES = {"en", "pt", "sv", "da", "cs", "tr", "ja", "el"}

#: every table of the set: recruitment and workforce services, one organisation per table
TABLES = {
    "talentgate.candidates",
    "BGSCREEN.ORDER_SUBJECTS",
    "shiftfill.shiftAssignments",
    "PayBureauMB.EmployeeMaster",
    "timetrack.timesheet_lines",
    "EXPENSES.CLAIM_LINES",
    "occmed.visit_log",
    "GlobalMobility.SponsorshipCases",
    "entregas_bh.entregadoresCadastro",
    "ik_danismanlik.referans_kontrolleri",
    "入社手続.チェックリスト",
    "fackavd_norr.medlemsavgifter",
    "pensionsadm.Indmeldelser",
    "zavodni_jidelna.karty_stravniku",
    "ανθρώπινο_δυναμικό.συνεντεύξεις_αποχώρησης",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}
NINO = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]")

scored_file, built = heldout_support.set_fixtures("v70")
_cells = heldout_support.Cells(heldout_v70.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v70, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 400 <= len(columns) <= 480
    assert all(24 <= len(t.columns) <= 34 for t in built)
    assert 0.33 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.50
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
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
        "check_digit",
        "misleading",
        "staff",
        "audit",
        "role_word",
        "service_account",
        "premises",
        "join_key",
        "role_email",
        "work_email",
        "multi_value",
        "mixed_kinds",
        "opaque",
        "partial",
        "credential",
        "bank_account",
        "placeholder",
        "dob_text",
        "name_decoy",
        "hashed",
        "coordinates",
        "device",
        "kana",
    } <= tags
    assert {"snake", "camel", "pascal", "screaming", "native"} == {t.style for t in built}
    labels = heldout_v70.labels(built)
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
            "partial",
            "credential",
            "check_digit",
            "hashed",
            "coordinates",
            "device",
            "name_decoy",
        }
    ):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username", "bank_account"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username", "bank_account"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"role_email", "work_email"}):
        assert column.kind == "email", column.name
    for column in (c for c in _columns(built) if c.tags & {"mixed_kinds", "placeholder", "premises"}):
        assert column.kind != "none", column.name


def test_when_a_column_is_a_join_key_hash_or_shaped_decoy_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 20 and all(c.kind == "none" for c in keys)
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)
    for table, name in (("talentgate.candidates", "resume_sha256"), ("EXPENSES.CLAIM_LINES", "RECEIPT_SHA1")):
        values = _values(built, table, name)
        assert len(values) >= 100 and _misses(values, lambda x: bool(re.fullmatch(r"[0-9a-f]{40,64}", str(x)))) == 0


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert {"CARD_LAST4", "pt_ssn_last4"} == {c.name for c in cut} and all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert len(values) >= 100 and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name
    cards = _values(built, "EXPENSES.CLAIM_LINES", "CARD_NO")
    last = _values(built, "EXPENSES.CLAIM_LINES", "CARD_LAST4")
    assert len(cards) == len(last) and _misses(list(zip(cards, last)), lambda r: str(r[0]).endswith(str(r[1]))) == 0


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 1
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.10 * len(column.values), column.name


def test_when_names_mislead_or_are_opaque_then_both_personal_and_non_personal_columns_hide_behind_them(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert {
        "Code": "national_id",
        "notes2": "phone",
        "name": "none",
        "first_name_confirmed": "none",
        "SSN_TRACE_STAT": "none",
    } == misleading
    codes = _values(built, "GlobalMobility.SponsorshipCases", "Code")
    assert (
        len(codes) >= 100
        and _misses(codes, lambda x: bool(re.fullmatch(r"A[0-9]{9}|A[0-9]{3}-[0-9]{3}-[0-9]{3}", str(x)))) == 0
    )
    opaque = [c for c in _columns(built) if "opaque" in c.tags]
    assert len(opaque) >= 15
    assert len([c for c in opaque if c.kind == "none"]) >= 7 and len([c for c in opaque if c.kind != "none"]) >= 7
    assert {"misc_1", "udf_03", "ATTR7", "src_crm_col17", "src_crm_col18"} <= {c.name for c in opaque}


def test_when_a_column_mixes_kinds_then_its_rows_hold_at_least_two_of_names_phones_and_addresses(built) -> None:
    mixed = [(t, c) for t in built for c in t.columns if "mixed_kinds" in c.tags]
    assert {"src_crm_col17", "chavePix", "contatoEmergencia"} == {c.name for _, c in mixed}
    for table, column in mixed:
        values = [str(x) for x in _real(column.values)]
        region = PHONE_REGIONS.get(table.name, "US")
        emails = _hits(values, lambda x: "@" in x)
        phones = _hits(values, lambda x, r=region: _phone_valid(x, r) or bool(re.search(r"\d{4}-?\d{4}$", x)))
        names = _hits(values, lambda x: bool(re.match(r"[^\W\d]{2,} [^\W\d]{2,}", x)))
        assert column.kind == "free_text" and sum(n >= 20 for n in (emails, phones, names)) >= 2, column.name


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 12 and all(c.kind in PERSON_KINDS for c in role)
    assert {
        "referrer_nm",
        "bookedBy",
        "approver_name",
        "delegate_approver",
        "APPROVER_NM",
        "supervisor_nm",
        "AttorneyName",
        "BeneficiaryGivenName",
        "referans_adi_soyadi",
        "緊急連絡先氏名",
        "Begunstiget",
        "άμεσος_προϊστάμενος",
    } <= {c.name for c in role}
    assert {"ORDERED_BY_EMAIL", "approver_email", "referans_eposta"} <= {
        c.name for c in _columns(built) if "role_email" in c.tags
    }


def test_when_a_cell_holds_several_values_then_some_cells_hold_a_separator(built) -> None:
    multi = [c for c in _columns(built) if "multi_value" in c.tags]
    assert {"AKA_NAMES", "ATTENDEES", "Dependents"} == {c.name for c in multi}
    for column in multi:
        values = [str(x) for x in _real(column.values)]
        assert column.kind != "none" and _hits(values, lambda x: ";" in x) >= 20, column.name


def test_when_japanese_names_are_built_then_the_kana_column_is_katakana_and_the_name_column_is_kanji(built) -> None:
    kana = _values(built, "入社手続.チェックリスト", "氏名カナ")
    kanji = _values(built, "入社手続.チェックリスト", "氏名")
    assert len(kana) == len(kanji) >= 300
    assert _misses(kana, lambda x: bool(re.fullmatch(r"[\u30a0-\u30ff]+ [\u30a0-\u30ff]+", str(x)))) == 0
    assert _misses(kanji, lambda x: bool(re.fullmatch(r"[\u4e00-\u9fff]+ [\u4e00-\u9fff]+", str(x)))) == 0


def test_when_a_home_is_named_as_a_trips_origin_then_it_is_a_street_address(built) -> None:
    premises = [c for c in _columns(built) if "premises" in c.tags]
    assert [c.name for c in premises] == ["MILEAGE_FROM"] and premises[0].kind == "street_address"
    assert len(_real(premises[0].values)) >= 30


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 4 and len(services) >= 5
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 2, column.name


def test_when_a_column_holds_a_bank_account_then_it_is_digits_and_unclassified(built) -> None:
    accounts = [c for c in _columns(built) if "bank_account" in c.tags]
    assert len(accounts) == 5
    for column in accounts:
        values = [str(x) for x in _real(column.values)]
        assert len(values) >= 100 and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{6,12}(-[0-9])?", x))) == 0


def test_when_the_set_is_built_then_every_table_has_300_to_480_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 300 <= lengths.pop() <= 480, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 15
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
        assert _null_share(column) < 0.05, column.name


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
    assert len(staff) >= 12
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert {"person_name", "last_name"} <= {c.kind for c in staff}


def _nino(text: str) -> bool:
    return bool(NINO.fullmatch(text)) and text.replace(" ", "")[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


#: (table, column, check) for every checksummed (or rule-checked) identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("BGSCREEN.ORDER_SUBJECTS", "SUBJ_SSN", ssn.is_valid),
    ("shiftfill.shiftAssignments", "niNumber", _nino),
    ("PayBureauMB.EmployeeMaster", "SIN", sin.is_valid),
    ("EXPENSES.CLAIM_LINES", "CARD_NO", luhn.is_valid),
    ("entregas_bh.entregadoresCadastro", "cpf", cpf.is_valid),
    ("ik_danismanlik.referans_kontrolleri", "tc_kimlik_no", tckimlik.is_valid),
    ("入社手続.チェックリスト", "マイナンバー", jpin.is_valid),
    ("fackavd_norr.medlemsavgifter", "personnummer", personnummer.is_valid),
    ("pensionsadm.Indmeldelser", "CprNr", cpr.is_valid),
    ("zavodni_jidelna.karty_stravniku", "rodne_cislo", rc.is_valid),
    ("ανθρώπινο_δυναμικό.συνεντεύξεις_αποχώρησης", "ΑΜΚΑ", amka.is_valid),
    ("ανθρώπινο_δυναμικό.συνεντεύξεις_αποχώρησης", "ΑΦΜ", grvat.is_valid),
    ("ανθρώπινο_δυναμικό.συνεντεύξεις_αποχώρησης", "IBAN_εκκαθάρισης", iban.is_valid),
    ("zavodni_jidelna.karty_stravniku", "iban_vraceni", iban.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 40 and _misses(values, check) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_date_of_birth_of_its_row_and_text_dates_parse(
    built,
) -> None:
    for table, idc, dob, get in (
        ("fackavd_norr.medlemsavgifter", "personnummer", "fodelsedag", personnummer.get_birth_date),
        ("pensionsadm.Indmeldelser", "CprNr", "Foedselsdato", cpr.get_birth_date),
        ("zavodni_jidelna.karty_stravniku", "rodne_cislo", "datum_narozeni", rc.get_birth_date),
        ("ανθρώπινο_δυναμικό.συνεντεύξεις_αποχώρησης", "ΑΜΚΑ", "ημερομηνία_γέννησης", amka.get_birth_date),
    ):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 200 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    values = _values(built, "BGSCREEN.ORDER_SUBJECTS", "SUBJ_DOB")
    assert len(values) >= 300
    assert _misses(values, lambda x: 1950 < datetime.strptime(str(x), "%m/%d/%Y").year < 2010) == 0


def test_when_a_decoy_passes_its_own_check_digit_then_it_is_a_companys_or_a_devices_number(built) -> None:
    decoys = {
        ("BGSCREEN.ORDER_SUBJECTS", "CLIENT_EIN"): ein.is_valid,
        ("PayBureauMB.EmployeeMaster", "EmployerBN"): bn.is_valid,
        ("EXPENSES.CLAIM_LINES", "MERCHANT_ABN"): abn.is_valid,
        ("entregas_bh.entregadoresCadastro", "cnpjMei"): cnpj.is_valid,
        ("entregas_bh.entregadoresCadastro", "imeiAparelho"): imei.is_valid,
        ("ik_danismanlik.referans_kontrolleri", "referans_sirket_vkn"): vkn.is_valid,
        ("入社手続.チェックリスト", "法人番号"): jpcn.is_valid,
        ("fackavd_norr.medlemsavgifter", "arbetsgivare_orgnr"): orgnr.is_valid,
        ("pensionsadm.Indmeldelser", "CvrNr"): cvr.is_valid,
        ("zavodni_jidelna.karty_stravniku", "ico_zamestnavatele"): dic.is_valid,
        ("ανθρώπινο_δυναμικό.συνεντεύξεις_αποχώρησης", "ΑΦΜ_εταιρείας"): grvat.is_valid,
    }
    ein_column = ("BGSCREEN.ORDER_SUBJECTS", "CLIENT_EIN")  # a valid prefix, no check digit: value_shape only
    assert {(t.name, c.name) for t in built for c in t.columns if "check_digit" in c.tags} == set(decoys) - {ein_column}
    for (table, name), check in decoys.items():
        values = [str(x) for x in _values(built, table, name)]
        assert len(values) >= 100 and _misses(values, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    columns = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(columns) == 3
    for column in columns:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region its phone numbers belong to (every other table: the United States)
PHONE_REGIONS = {
    "shiftfill.shiftAssignments": "GB",
    "PayBureauMB.EmployeeMaster": "CA",
    "EXPENSES.CLAIM_LINES": "AU",
    "entregas_bh.entregadoresCadastro": "BR",
    "ik_danismanlik.referans_kontrolleri": "TR",
    "入社手続.チェックリスト": "JP",
    "fackavd_norr.medlemsavgifter": "SE",
    "pensionsadm.Indmeldelser": "DK",
    "zavodni_jidelna.karty_stravniku": "CZ",
    "ανθρώπινο_δυναμικό.συνεντεύξεις_αποχώρησης": "GR",
}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS.get(table.name, "US")
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {"US", "CA", "GB", "AU", "BR", "TR", "JP", "SE", "DK", "CZ", "GR"} <= seen


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    business = 0
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            business += 1
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name
    assert business >= 20


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v70, heldout_v70_values):
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
        assert earlier <= {"2", "4", "70"}, module.__name__


def test_when_the_scorer_builds_set_v70_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v70.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v70"].DEFAULT_PATH == Path("/tmp/heldout_v70.duckdb")
