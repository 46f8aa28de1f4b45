"""Held-out set v172: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
role words, custom fields, identifiers with check digits (and the birth dates they encode), dates of birth in their
local forms, phones valid for their region, the card, IBANs and bank accounts, decoys failing their checks, traced
addresses and its determinism are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ipaddress
import re
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import iban, luhn
from stdnum.au import abn, tfn
from stdnum.br import cnpj, cpf
from stdnum.cz import bankaccount as cz_bankaccount
from stdnum.cz import dic as ico
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.de import vat as de_vat
from stdnum.dk import cpr, cvr
from stdnum.fr import nif as fr_nif
from stdnum.fr import nir, siren
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.jp import cn as jp_cn
from stdnum.jp import in_ as my_number
from stdnum.my import nric
from stdnum.nz import bankaccount as nz_bankaccount
from stdnum.nz import ird
from stdnum.ru import inn
from stdnum.us import ssn
from stdnum.za import idnr as za_idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v172
from benchmarks.classification import heldout_v172_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "cs", "fr", "pt", "da", "ru", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v172")
_cells = heldout_support.Cells(heldout_v172.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

GB, NZ, AU, IE = (
    "blackcountry_enforcement.enforcement_visits",
    "southlandRecoveries.debtorPaymentPlans",
    "CapricornTrustees.CreditorClaims",
    "lth_coll.dbtr_call_log",
)
COBOL, STG, ZA = "ACGARN.GARNISH_ORDER_EXTRACT", "stg_ktn_trace.src_skiptrace_raw", "lmp_collect.matters_json"
DE, CZ, FR, BR = (
    "inkasso_oldenburg.forderungen_pfaendungen",
    "exekutorsky_urad_zlin.srazky_ze_mzdy",
    "commissaire_justice_limoges.significations_saisies",
    "cobranca_uberlandia.acordos_parcelamento",
)
DK, RU, JP = (
    "inkassoNaestved.skyldnerSager",
    "коллекторское_агентство_ярославль.взаимодействия",
    "hokuriku_servicer.toritate_kiroku",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _rows(built: list, table: str, first: str, second: str) -> list[tuple[object, object]]:
    a, b = _column(built, table, first).values, _column(built, table, second).values
    return [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]


def _snils_valid(text: str) -> bool:
    d = _digits(text)
    return len(d) == 11 and values.snils_check(d[:9]) == d[9:]


def _wareki(text: str) -> date:
    m = re.fullmatch(r"(昭和|平成)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日", text)
    assert m, "not an era date"
    year = (1 if m[2] == "元" else int(m[2])) + {"昭和": 1925, "平成": 1988}[m[1]]
    return date(year, int(m[3]), int(m[4]))


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v172, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 13 <= len(built) <= 15 and 250 <= len(columns) <= 350
    assert all(200 <= len(t.columns[0].values) <= 800 for t in built)
    assert len({t.name.split(".")[0] for t in built}) == len(built)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert {t.language_of(c) for t in built for c in t.columns} == LANGUAGES
    assert sum(t.language == "en" for t in built) == 7
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    english = [t.style for t in built if t.language == "en"]
    assert sorted(english) == sorted(["snake", "camel", "pascal", "abbrev", "cobol", "opaque", "json"])
    tags = {tag for c in columns for tag in c.tags}
    assert {
        "decoy",
        "business",
        "null_heavy",
        "nullword_heavy",
        "abbrev",
        "value_shape",
        "staff",
        "role_word",
        "join_key",
        "legacy",
        "opaque",
        "custom_field",
        "custom_plain",
        "split_address",
        "split_dob",
        "locality",
        "trace",
        "licence",
        "money",
        "coordinates",
        "username",
        "bank_account",
        "check_digit",
    } <= tags
    assert {
        "email",
        "first_name",
        "last_name",
        "person_name",
        "phone",
        "ssn",
        "national_id",
        "iban",
        "credit_card",
        "ip_address",
        "street_address",
        "postal_code",
        "city",
        "date_of_birth",
        "free_text",
        "unclassified",
        "none",
    } == {c.kind for c in columns}
    personal = sum(c.kind != "none" for c in columns)
    assert 0.5 <= personal / len(columns) <= 0.75


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v172.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "check_digit", "money", "coordinates"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"split_address"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality"}:
            assert col.kind == "city", col.name
        if col.tags & {"trace"}:
            assert col.kind in {"street_address", "city", "postal_code", "phone"}, col.name
        if col.tags & {"licence"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"username", "bank_account"}:
            assert col.kind == "unclassified", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
    for col in heavy:
        assert col.kind != "none" and 0.70 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        share = sum(_nullish(x) for x in col.values) / len(col.values)
        assert col.kind != "none" and 0.70 <= share <= 0.95, col.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if not col.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert sum(_nullish(x) for x in col.values) / len(col.values) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert {
        "enforcement_agent",
        "assignedCollector",
        "ClaimAssessor",
        "agt_nm",
        "ATTY-CLERK",
        "col23",
        "staff.candidate_attorney",
        "sachbearbeiter",
        "vykonavatel",
        "clerc",
        "operador",
        "sagsbehandler",
        "сотрудник",
        "tantousha",
    } == {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {
        "third_party_present",
        "partnerName",
        "CreditorContactName",
        "CreditorContactEmail",
        "PrivateCreditorName",
        "tp_nm",
        "col19",
        "col20",
        "debtor.spouse.name",
        "manzel_manzelka",
        "nome_mae",
        "samlever",
        "третье_лицо",
        "rentai_hoshounin",
        "rentai_hoshounin_denwa",
    } == {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) == 12
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


def test_when_a_custom_field_holds_codes_then_it_holds_no_contact_data(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert {c.name for c in plain} == {"customField2", "udf3", "GRN-USER-FLD-3"}
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0, col.name


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (NZ, "irdNumber", ird.is_valid),
    (AU, "BankruptTfn", tfn.is_valid),
    (IE, "dbtr_ppsn", pps.is_valid),
    (COBOL, "DBT-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col03", nric.is_valid),
    (ZA, "debtor.id_number", za_idnr.is_valid),
    (DE, "steuer_id", idnr.is_valid),
    (CZ, "rodne_cislo", rc.is_valid),
    (FR, "nir", nir.is_valid),
    (FR, "numero_fiscal", fr_nif.is_valid),
    (BR, "cpf", cpf.is_valid),
    (DK, "cprNummer", cpr.is_valid),
    (RU, "инн", lambda x: len(x) == 12 and inn.is_valid(x)),
    (RU, "снилс", _snils_valid),
    (JP, "my_number", my_number.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    ssns = {(GB, "ni_number"), (IE, "dbtr_ppsn"), (COBOL, "DBT-SSN"), (FR, "nir"), (RU, "снилс")}
    assert {(t.name, c.name) for t in built for c in t.columns if c.kind == "ssn"} == ssns


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (GB, "ni_number", r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]( ?\d\d){3} ?[A-D]"),
        (NZ, "driverLicenceNumber", r"[A-Z]{2}\d{6}"),
        (STG, "col05", r"[A-Z]{1,2}\d{6,8}"),
        (CZ, "cislo_op", r"[1-9]\d{8}"),
        (BR, "rg", r"MG-\d{2}\.\d{3}\.\d{3}"),
        (RU, "паспорт", r"78 \d{2} \d{6}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind in {"national_id", "ssn"}, name
    prefixes = [x[:2] for x in _str(_values(built, GB, "ni_number"))]
    assert _misses(prefixes, lambda p: p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    checks = [
        (ZA, "debtor.id_number", "debtor.birth_date", za_idnr.get_birth_date, "%Y-%m-%d"),
        (CZ, "rodne_cislo", "datum_narozeni", rc.get_birth_date, "%d.%m.%Y"),
        (DK, "cprNummer", "foedselsdato", cpr.get_birth_date, "%d-%m-%Y"),
    ]
    for table, number, born, decode, fmt in checks:
        rows = _rows(built, table, number, born)
        assert len(rows) >= 200, number
        assert _misses(rows, lambda r, d=decode, f=fmt: d(r[0]) == datetime.strptime(r[1], f).date()) == 0, number
    rows = _rows(built, STG, "col03", "col04")
    assert len(rows) >= 200
    assert (
        _misses(rows, lambda r: _digits(r[0])[:6] == datetime.strptime(r[1], "%Y-%m-%d %H:%M:%S").strftime("%y%m%d"))
        == 0
    )
    rows = _rows(built, FR, "nir", "date_naissance")
    assert len(rows) >= 100
    assert _misses(rows, lambda r: _digits(r[0])[1:5] == datetime.strptime(r[1], "%d/%m/%Y").strftime("%y%m")) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "DBT-DOB").values if x]
    assert len(ymd) >= 200
    assert _misses(ymd, lambda x: 1946 <= datetime(x // 10_000, x // 100 % 100, x % 100).year <= 2008) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "DBT-DOB").values) >= 5
    for table, name, fmt in (
        (AU, "BankruptDateOfBirth", "%d/%m/%Y"),
        (IE, "dbtr_dob", "%d-%b-%Y"),
        (STG, "col04", "%Y-%m-%d %H:%M:%S"),
        (ZA, "debtor.birth_date", "%Y-%m-%d"),
        (DE, "geburtsdatum", "%d.%m.%Y"),
        (CZ, "datum_narozeni", "%d.%m.%Y"),
        (FR, "date_naissance", "%d/%m/%Y"),
        (BR, "data_nascimento", "%d/%m/%Y"),
        (DK, "foedselsdato", "%d-%m-%Y"),
        (RU, "дата_рождения", "%d.%m.%Y"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200, name
        assert _misses(vals, lambda x, f=fmt: 1946 <= datetime.strptime(x, f).year <= 2008) == 0, name
    eras = _values(built, JP, "seinengappi")
    assert len(eras) >= 200 and _misses(eras, lambda x: 1946 <= _wareki(x).year <= 2008) == 0
    columns = [_column(built, NZ, f"dob{n}").values for n in ("Year", "Month", "Day")]
    parts = list(zip(*columns, strict=True))
    assert len(parts) >= 200 and _misses(parts, lambda p: 1946 <= datetime(*p).year <= 2008) == 0
    born = _values(built, GB, "debtor_dob")
    assert len(born) >= 200 and _column(built, GB, "debtor_dob").sql_type == "DATE"


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (GB, "case_ref", nhs.is_valid, 10),
        (NZ, "fileNumber", ird.is_valid, 9),
        (AU, "ProofOfDebtRef", tfn.is_valid, 9),
        (IE, "acct_ref", pps.is_valid, 7),
        (COBOL, "GRN-CTL-NO", ssn.is_valid, 9),
        (STG, "col06", nric.is_valid, 12),
        (ZA, "matter.invoice_no", za_idnr.is_valid, 13),
        (DE, "aktenzeichen", idnr.is_valid, 11),
        (CZ, "variabilni_symbol", rc.is_valid, 10),
        (FR, "numero_dossier", nir.is_valid, 15),
        (BR, "numero_contrato", cpf.is_valid, 11),
        (DK, "sagsnummer", cpr.is_valid, 10),
        (RU, "номер_договора", inn.is_valid, 12),
        (JP, "uketsuke_bangou", my_number.is_valid, 12),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    checked = [
        (AU, "CreditorAbn", abn.is_valid),
        (DE, "glaeubiger_ust_idnr", de_vat.is_valid),
        (CZ, "opravneny_ico", ico.is_valid),
        (FR, "creancier_siren", siren.is_valid),
        (BR, "credor_cnpj", cnpj.is_valid),
        (DK, "kreditorCvr", cvr.is_valid),
        (RU, "инн_кредитора", lambda x: len(x) == 10 and inn.is_valid(x)),
        (JP, "saikensha_houjin_bangou", jp_cn.is_valid),
    ]
    assert {name for _, name, _ in checked} == {c.name for c in _columns(built) if "check_digit" in c.tags}
    for table, name, check in checked:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"card_no"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name
    paid = _rows(built, IE, "call_outcm", "card_no")
    assert _misses(paid, lambda r: r[0] == "Paid by card") == 0


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"iban_schuldner", "iban_debiteur"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 40 and _misses(vals, iban.is_valid) == 0, col.name
    for table, name, check in (
        (NZ, "directDebitAccount", nz_bankaccount.is_valid),
        (CZ, "cislo_uctu", cz_bankaccount.is_valid),
        (DK, "kontonummer", lambda x: bool(re.fullmatch(r"\d{4} \d{10}", x))),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, check) == 0, name
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert {c.name for c in banks} == {"directDebitAccount", "cislo_uctu", "kontonummer"}
    assert {c.name for c in _columns(built) if "username" in c.tags} == {"lst_upd_by"}
    assert all(c.kind == "unclassified" for c in _columns(built) if c.tags & {"bank_account", "username"})


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 4
    for col in ips:
        vals = _str(_real(col.values))
        assert len(vals) >= 150 and _misses(vals, lambda x: bool(ipaddress.ip_address(x))) == 0, col.name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    GB: "GB",
    NZ: "NZ",
    AU: "AU",
    IE: "IE",
    COBOL: "US",
    STG: "MY",
    ZA: "ZA",
    DE: "DE",
    CZ: "CZ",
    FR: "FR",
    BR: "BR",
    DK: "DK",
    RU: "RU",
    JP: "JP",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 16 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_a_trace_finds_nothing_then_the_new_address_is_empty_together(built) -> None:
    street, town, code = (_column(built, STG, n).values for n in ("col13", "col14", "col15"))
    found = [(a is None, b is None, c is None) for a, b, c in zip(street, town, code, strict=True)]
    assert _misses(found, lambda f: len(set(f)) == 1) == 0
    assert 0.15 <= sum(f[0] for f in found) / len(found) <= 0.45
    pairs = list(zip(_column(built, STG, "col16").values, street, strict=True))
    assert _misses(pairs, lambda p: p[0] is None or p[1] is not None) == 0
    assert sum(p[0] is not None for p in pairs) >= 100


def test_when_a_budget_is_built_then_expenses_follow_income(built) -> None:
    for table, income, spend, ratio in (
        (NZ, "weeklyIncome", "weeklyExpenses", 1.05),
        (DK, "maanedligIndtaegt", "maanedligeUdgifter", 0.98),
    ):
        rows = _rows(built, table, income, spend)
        assert len(rows) >= 200 and _misses(rows, lambda r, k=ratio: 0 < r[1] <= r[0] * k + 0.01) == 0, table


def test_when_the_russian_and_japanese_tables_are_built_then_their_values_are_in_their_scripts(built) -> None:
    cyrillic = "[\u0400-\u04ff]"
    table = heldout_support.table(built, RU)
    assert re.search(cyrillic, table.name) and all(re.search(cyrillic, c.name) for c in table.columns)
    for name in ("фамилия", "имя", "отчество", "город"):
        vals = _values(built, RU, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u0400-\u04ff -]+", str(x)))) == 0, name
    table = heldout_support.table(built, JP)
    assert all(re.fullmatch(r"[a-z_0-9]+", c.name) for c in table.columns)
    kanji, kana = r"[\u4e00-\u9fff]+ [\u4e00-\u9fff]+", r"[\u30a0-\u30ff]+ [\u30a0-\u30ff]+"
    for name, script in (("shimei", kanji), ("rentai_hoshounin", kanji), ("shimei_kana", kana)):
        vals = _values(built, JP, name)
        assert len(vals) >= 40 and _misses(vals, lambda x, s=script: bool(re.fullmatch(s, str(x)))) == 0, name


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, STG)
    assert table.name.split(".")[1].startswith("src_")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, len(table.columns) + 1)]
    assert len(table.columns) >= 20 and all("opaque" in c.tags for c in table.columns)


def test_when_a_json_export_is_built_then_every_column_is_a_dotted_key(built) -> None:
    table = next(t for t in built if t.style == "json")
    assert all(re.fullmatch(r"[a-z_]+(\.[a-z0-9_]+)+", c.name) for c in table.columns)


def test_when_a_cobol_extract_is_built_then_its_text_is_padded_and_its_names_hyphenated(built) -> None:
    table = heldout_support.table(built, COBOL)
    padded = [
        c
        for c in table.columns
        if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)
    ]
    assert len(padded) >= 6 and all(re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)+", c.name) for c in table.columns)
    numeric = {c.sql_type for c in table.columns if c.kind in {"ssn", "phone", "postal_code", "date_of_birth"}}
    assert numeric <= {"BIGINT", "INTEGER"}
    assert sum(x == 0 for x in _column(built, COBOL, "DBT-SSN").values) >= 10


def test_when_the_scorer_builds_set_v172_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v172.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v172"].DEFAULT_PATH == Path("/tmp/heldout_v172.duckdb")
