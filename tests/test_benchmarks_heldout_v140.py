"""Held-out set v140: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and role
words, custom fields, identifiers with check digits, dates of birth in every form, postal codes and phones of each
table's country, decoys failing their checks, business columns and its determinism are the ones asked for (values are
only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ipaddress
import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import ean, iban
from stdnum.be import nn, vat
from stdnum.br import cnpj, cpf
from stdnum.ch import ssn as ahv
from stdnum.ch import uid
from stdnum.de import idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale, iva
from stdnum.jp import cn
from stdnum.mx import curp, rfc
from stdnum.my import nric
from stdnum.nz import bankaccount, ird
from stdnum.pt import nif
from stdnum.ua import edrpou, rntrc
from stdnum.us import ssn
from stdnum.za import idnr as za_idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v140
from benchmarks.classification import heldout_v140_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "pt", "de", "es", "it", "nl", "uk", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}
T_AZ, T_NZ, T_SC = "pimawater_cs.move_requests", "cantyPower.solarBuybackContracts", "HighlandPrepay.SupportCases"
T_ZA, T_IE, T_KY = "METRO_CREDIT_CTRL.DISCONNECTION_LIST", "corkgas_fldops.job_sht", "LVWTRCIS.MVIO_ORDER_EXTRACT"
T_IN, T_MY, T_BR = "stg_rooftop_nm.src_crm_raw", "smartair_app.customer_profile_json", "saneam_goias.tb_ordem_corte"
T_CH, T_MX = "tb_thurtal.pv_rueckliefervertraege", "agua_hmo.padron_usuarios_adeudo"
T_IT, T_BE = "multiserv_romagna.richieste_subentro", "kempen_netbeheer.BudgetmeterDossiers"
T_UA, T_JA = "теплоенерго_полтава.абоненти_заборгованість", "北陸水道企業団.開閉栓受付台帳"

scored_file, built = heldout_support.set_fixtures("v140")
_cells = heldout_support.Cells(heldout_v140.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None) and not _nullish(x)]


def _nullword_share(col) -> float:
    return sum(_nullish(x) for x in col.values) / len(col.values)


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v140, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_kinds_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8 and len({t.language for t in built}) == 8
    english = [t.style for t in built if t.language == "en"]
    assert sorted(english) == sorted(["snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "json"])
    kinds = {c.kind for c in columns}
    assert kinds <= {k.value for k in Kind}
    assert {"email", "first_name", "last_name", "person_name", "phone", "ssn", "national_id", "iban", "ip_address",
            "street_address", "postal_code", "city", "date_of_birth", "free_text", "unclassified", "none"} <= kinds
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_single", "custom_plain", "premises", "locality",
            "supply_point", "meter", "coordinates", "event_date", "version", "hashed", "dob_text", "dob_part",
            "int_date", "foreign_ids", "check_digit", "bank_account", "json_key", "prefixed"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v140.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if "custom_field" in col.tags:
            assert col.kind == "free_text", col.name
        if "custom_single" in col.tags:
            assert col.kind in {"email", "person_name"}, col.name
        if col.kind == "unclassified":
            assert "bank_account" in col.tags, col.name
        if col.tags & {"dob_text", "dob_part"}:
            assert col.kind == "date_of_birth", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 15
    for col in heavy:
        assert col.kind != "none" and 0.70 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words_or_blank(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        assert col.kind != "none" and 0.70 <= _nullword_share(col) <= 0.95, col.name
        assert any(isinstance(x, str) and x.strip() == "" for x in col.values), col.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if not col.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert _nullword_share(col) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 15
    assert {"agent", "approved_by", "appr_by", "MVO-CASHIER", "cajero", "касир"} <= {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 10 and all(c.kind in PERSON_KINDS | {"phone"} for c in role)
    assert {"landlord_name", "CarerName", "alt_ctc_nm", "emergency_contact.name", "aval_nombre",
            "intestatario_precedente", "OcmwMaatschappelijkWerker", "立会者"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_holds_what_its_label_says(built) -> None:
    mixed = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(mixed) >= 8
    for col in mixed:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name
    single = [c for c in _columns(built) if "custom_single" in c.tags]
    assert len(single) >= 4
    for col in single:
        values = [str(x) for x in _real(col.values)]
        ok = (lambda x: "@" in x) if col.kind == "email" else (lambda x: "@" not in x and not any(
            ch.isdigit() for ch in x))
        assert len(values) >= 80 and _misses(values, ok) == 0, col.name
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 6
    for col in plain:
        assert _misses(_str(col.values), lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 7) == 0, col.name


#: (table, column, check) for every personal identifier with a check digit
CHECKED: list[tuple[str, str, object]] = [
    (T_AZ, "ssn", ssn.is_valid),
    (T_NZ, "irdNumber", ird.is_valid),
    (T_ZA, "ID_NUMBER", za_idnr.is_valid),
    (T_KY, "CUST-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (T_IN, "src_crm_col03", aadhaar.is_valid),
    (T_IN, "src_crm_col04", pan.is_valid),
    (T_MY, "customer.ic_no", nric.is_valid),
    (T_BR, "nr_cpf", cpf.is_valid),
    (T_CH, "AHV_Nr", ahv.is_valid),
    (T_MX, "curp", curp.is_valid),
    (T_MX, "rfc", lambda x: rfc.is_valid(x, validate_check_digits=True)),
    (T_IT, "cod_fiscale", codicefiscale.is_valid),
    (T_BE, "Rijksregisternr", nn.is_valid),
    (T_UA, "рнокпп", rntrc.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        values = _str(_values(built, table, name))
        assert len(values) >= 60 and _misses(values, check) == 0, f"{table}.{name}"
        assert _column(built, table, name).kind in {"ssn", "national_id"}, f"{table}.{name}"
    ninos = _str(_values(built, T_SC, "NiNumber"))
    assert len(ninos) >= 60 and _misses([x.replace(" ", "") for x in ninos],
                                        lambda x: re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", x)
                                        and x[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in ((T_IT, "cod_fiscale", "data_nascita", codicefiscale.get_birth_date),
                                 (T_BE, "Rijksregisternr", "Geboortedatum", nn.get_birth_date),
                                 (T_UA, "рнокпп", "дата_народження", values.rntrc_birth)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    rows = zip(_column(built, T_MY, "customer.ic_no").values, _column(built, T_MY, "customer.dob").values)
    pairs = [(p, d) for p, d in rows if p is not None]  # MyKad keeps the year's last two digits only
    assert len(pairs) >= 100 and _misses(pairs, lambda r: nric.is_valid(r[0]) and nric.compact(r[0])[:6] ==
                                         r[1][2:4] + r[1][5:7] + r[1][8:10]) == 0
    parts = zip(*(_column(built, T_MX, n).values for n in ("curp", "anio_nac", "mes_nac", "dia_nac")))
    rows = [(p, date(y, m, d)) for p, y, m, d in parts if p is not None]
    assert len(rows) >= 100 and _misses(rows, lambda r: curp.get_birth_date(r[0]) == r[1]) == 0


def test_when_a_birth_date_is_kept_as_text_or_numbers_then_it_decodes_to_a_real_date(built) -> None:
    def decodes(pattern: str, order: str):
        def ok(x: str) -> bool:
            m = re.fullmatch(pattern, x)
            if not m:
                return False
            parts = dict(zip(order, (int(g) for g in m.groups()), strict=True))
            return 1900 <= parts["y"] <= 2010 and bool(date(parts["y"], parts["m"], parts["d"]))
        return ok

    for table, name, pattern, order in ((T_NZ, "dateOfBirth", r"(\d{2})/(\d{2})/(\d{4})", "dmy"),
                                        (T_IN, "src_crm_col05", r"(\d{2})-(\d{2})-(\d{4})", "dmy"),
                                        (T_MY, "customer.dob", r"(\d{4})-(\d{2})-(\d{2})", "ymd"),
                                        (T_CH, "Geb_Datum", r"(\d{2})\.(\d{2})\.(\d{4})", "dmy"),
                                        (T_JA, "生年月日", r"(?:昭和|平成)(\d+|元)年(\d+)月(\d+)日", "")):
        vals = _str(_values(built, table, name))
        if order:
            assert len(vals) >= 100 and _misses(vals, decodes(pattern, order)) == 0, name
        else:
            assert len(vals) >= 100 and _misses(vals, lambda x, p=pattern: re.fullmatch(p, x)) == 0, name
    ymd = [x for x in _column(built, T_KY, "CUST-DOB").values if x]
    assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    assert 0 in _column(built, T_KY, "CUST-DOB").values
    assert all("dob_part" in _column(built, T_MX, n).tags for n in ("dia_nac", "mes_nac", "anio_nac"))


def test_when_a_decoy_is_shaped_like_a_personal_number_then_it_fails_its_check(built) -> None:
    accounts = _str(_values(built, T_AZ, "account_no"))
    assert len(accounts) >= 100 and _misses(accounts, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                            not ssn.is_valid(x)) == 0
    for table, name, check, size in ((T_ZA, "ACCOUNT_NO", za_idnr.is_valid, 13),
                                     (T_IN, "src_crm_col12", aadhaar.is_valid, 12),
                                     (T_UA, "особовий_рахунок", rntrc.is_valid, 10)):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, lambda x, f=check, n=size: len(x) == n and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_or_supply_point_number_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in ((T_NZ, "installerNzbn", ean.is_valid), (T_BR, "nr_cnpj_terceirizada", cnpj.is_valid),
                               (T_CH, "Installateur_UID", uid.is_valid), (T_IT, "piva_societa", iva.is_valid),
                               (T_BE, "OndernemingsnrLeverancier", vat.is_valid),
                               (T_UA, "єдрпоу_управителя", edrpou.is_valid), (T_JA, "管理会社法人番号", cn.is_valid),
                               (T_SC, "Mpan", values.mpan_is_valid), (T_BE, "EanCode", values.gs1_is_valid)):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_foreign_identifier_column_is_built_then_it_mixes_countries_and_each_value_is_valid(built) -> None:
    foreign = _str(_values(built, T_CH, "Ausweis_Nr_Ausland"))
    german = [x for x in foreign if idnr.is_valid(x)]
    italian = [x for x in foreign if codicefiscale.is_valid(x)]
    portuguese = [x for x in foreign if re.fullmatch(r"\d{9}", x) and nif.is_valid(x)]
    assert german and italian and portuguese and len(german) + len(italian) + len(portuguese) == len(foreign)
    passports = _str(_values(built, T_MY, "customer.passport_no"))
    assert len({re.sub(r"\d", "9", x) for x in passports}) >= 4
    assert all("foreign_ids" in _column(built, t, n).tags for t, n in ((T_CH, "Ausweis_Nr_Ausland"),
                                                                       (T_MY, "customer.passport_no")))


def test_when_a_bank_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in ((T_CH, "IBAN_Verguetung"), (T_IT, "iban_addebito")):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, iban.is_valid) == 0 and _column(built, table, name).kind == "iban"
    accounts = _str(_values(built, T_NZ, "payoutAccount"))
    assert len(accounts) >= 100 and _misses(accounts, bankaccount.is_valid) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region


#: table -> the region of its phones
PHONE_REGIONS = {T_AZ: "US", T_NZ: "NZ", T_SC: "GB", T_ZA: "ZA", T_IE: "IE", T_KY: "US", T_IN: "IN", T_MY: "MY",
                 T_BR: "BR", T_CH: "CH", T_MX: "MX", T_IT: "IT", T_BE: "BE", T_UA: "UA", T_JA: "JP"}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 25 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        vals = _str(col.values)
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=PHONE_REGIONS[table.name]: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
    forms = {x[:1] for t, c in phones for x in _str(c.values)}
    assert {"+", "0", "("} <= forms


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in ((T_AZ, "office_phone"), (T_NZ, "installerPhone"), (T_ZA, "CONTRACTOR_TEL"),
                        (T_KY, "BRANCH-PHONE"), (T_CH, "Installateur_Tel"), (T_JA, "管理会社電話")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert len(vals) >= 100 and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


#: (table, column, pattern) of every postal code column
POSTAL = [(T_AZ, "service_zip", r"85\d{3}"), (T_NZ, "postcode", r"\d{4}"),
          (T_SC, "Postcode", r"(IV|PH|KW)\d{1,2} \d[A-Z]{2}"), (T_ZA, "POSTAL_CODE", r"\d{4}"),
          (T_IE, "eircd", r"[A-Z]\d{2} [A-Z0-9]{4}"), (T_KY, "SVC-ZIP", r"40\d{3}"), (T_IN, "src_crm_col10", r"5\d{5}"),
          (T_MY, "premise.address.postcode", r"4\d{4}"), (T_BR, "nr_cep", r"7[45]\d{3}-\d{3}"),
          (T_CH, "PLZ", r"[89]\d{3}"), (T_MX, "cp", r"83\d{3}"), (T_IT, "cap", r"4[78]\d{3}"),
          (T_BE, "Postcode", r"2\d{3}"), (T_UA, "індекс", r"3\d{4}"), (T_JA, "郵便番号", r"9\d{2}-\d{4}")]


def test_when_a_postal_code_column_is_built_then_it_has_its_countrys_format(built) -> None:
    labeled = {(t.name, c.name) for t in built for c in t.columns if c.kind == "postal_code"}
    assert labeled == {(t, n) for t, n, _ in POSTAL}
    for table, name, pattern in POSTAL:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, lambda x, p=pattern: re.fullmatch(p, x)) == 0, name


def test_when_an_email_or_ip_column_is_built_then_every_value_has_its_shape(built) -> None:
    mails = [c for c in _columns(built) if c.kind == "email"]
    assert len(mails) >= 15
    for col in mails:
        vals = _str(col.values)
        assert len(vals) >= 60 and _misses(vals, lambda x: re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}",
                                                                         x)) == 0, col.name

    def is_ip(x: str) -> bool:
        try:
            return bool(ipaddress.ip_address(x))
        except ValueError:
            return False

    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) == 2 and all(len(_str(c.values)) >= 100 and _misses(_str(c.values), is_ip) == 0 for c in ips)


def test_when_non_latin_values_are_built_then_cyrillic_kanji_and_katakana_occur(built) -> None:
    cyrillic = _values(built, T_UA, "прізвище") + _values(built, T_UA, "по_батькові")
    assert len(cyrillic) >= 200 and _misses(cyrillic, lambda x: all("\u0400" <= ch <= "\u04ff" for ch in str(x))) == 0
    kana = _values(built, T_JA, "フリガナ")
    assert len(kana) >= 200 and _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " "
                                                            for ch in str(x))) == 0
    kanji = _values(built, T_JA, "氏名")
    assert _misses(kanji, lambda x: any("\u4e00" <= ch <= "\u9fff" for ch in str(x))) == 0
    assert all(any(ord(ch) > 0x3000 for ch in c.name) for c in heldout_support.table(built, T_JA).columns)
    assert all(any("\u0400" <= ch <= "\u04ff" for ch in c.name) for c in heldout_support.table(built, T_UA).columns
               if c.name != "id")


def test_when_opaque_json_and_legacy_tables_are_built_then_their_names_have_those_shapes(built) -> None:
    staging = heldout_support.table(built, T_IN)
    assert [c.name for c in staging.columns] == [f"src_crm_col{i:02d}" for i in range(1, 19)]
    assert all({"opaque", "prefixed"} <= c.tags for c in staging.columns)
    json = heldout_support.table(built, T_MY)
    assert sum("." in c.name for c in json.columns) == len(json.columns) - 1
    legacy = heldout_support.table(built, T_KY)
    assert all(re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)+", c.name) for c in legacy.columns)
    padded = [c for c in legacy.columns if c.sql_type == "VARCHAR"
              and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 6 and "CUST-LAST-NM" in {c.name for c in padded}
    abbrev = {c.name for c in heldout_support.table(built, T_IE).columns}
    assert {"cust_fnm", "ctc_ph", "addr_ln1", "dob_dt"} <= abbrev


def test_when_the_scorer_builds_set_v140_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v140.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v140"].DEFAULT_PATH == Path("/tmp/heldout_v140.duckdb")
