"""Held-out set v136: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits, birth dates in their several forms, identifiers of several countries in one
column, phones valid for their region, decoys failing their checks and its determinism are the ones asked for (values
are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import re
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, imei, luhn
from stdnum.be import eid
from stdnum.br import cnpj, cpf
from stdnum.cz import bankaccount, dic, rc
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale, iva
from stdnum.nl import identiteitskaartnummer
from stdnum.ru import inn, ogrn
from stdnum.se import orgnr, personnummer
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v136
from benchmarks.classification import heldout_v136_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses

LANGUAGES = {"en", "it", "pt", "nl", "sv", "cs", "ru", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}
UK_LICENCE = re.compile(r"[A-Z9]{5}\d{6}[A-Z9]{2}9[A-Z]{2}")

scored_file, built = heldout_support.set_fixtures("v136")
_cells = heldout_support.Cells(heldout_v136.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _share(col) -> float:
    return sum(_nullish(x) for x in col.values) / len(col.values)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None) and str(x).strip()]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v136, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    english = {t.style for t in built if t.language == "en"}
    assert english == {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "json"}
    assert {k.value for k in Kind} == {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "padded", "opaque", "custom_field", "custom_code", "mixed_kinds", "username",
            "bank_account", "device", "coordinates", "hashed", "version", "event_date", "check_digit", "foreign_ids",
            "dob_text", "dob_int", "dob_part", "product_name", "partial", "premises", "locality"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v136.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert heldout_v136.summary(built) == "15 tables, 356 columns (210 personal), 8 languages"


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_code", "device", "coordinates", "hashed", "version",
                       "event_date", "partial", "product_name"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field", "role_word", "staff", "null_heavy", "nullword_heavy", "foreign_ids"}:
            assert col.kind != "none", col.name
        if "mixed_kinds" in col.tags:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert col.tags & {"username", "bank_account"}, col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null_or_empty(built) -> None:
    heavy = [(t, c) for t in built for c in t.columns if "null_heavy" in c.tags]
    assert len(heavy) >= 25 and len({t.name for t, _ in heavy}) == 15
    for table, col in heavy:
        assert col.kind != "none" and 0.70 <= _share(col) <= 0.95, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        words = sum(isinstance(x, str) and _nullish(x) for x in col.values)
        assert col.kind == "free_text" and 0.70 <= _share(col) <= 0.95 and words > 0, col.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if not col.tags & {"null_heavy", "nullword_heavy"} and col.kind != "none":
                assert _share(col) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 15
    assert {"installer", "approved_by", "ApprovedBy", "AGENT_NAME", "asgn_agt", "pokladni", "godkand_av",
            "atendente", "uketsuke_tantousha"} <= {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 12 and all(c.kind != "none" for c in role)
    assert {"spouse_name", "landlordName", "auth_3p_nm", "BILL-ATTN-NM", "src_crm_col03", "referente_in_loco",
            "rekeninghouder", "c_o_adress", "tel_recado", "zakonny_zastupce",
            "dairinin_shimei"} <= {c.name for c in role}


def test_when_an_opaque_custom_field_is_built_then_personal_ones_are_labeled_and_code_ones_are_none(built) -> None:
    custom = [(t, c) for t in built for c in t.columns if "custom_field" in c.tags]
    codes = [(t, c) for t in built for c in t.columns if "custom_code" in c.tags]
    assert len({t.name for t, _ in custom}) >= 9 and len({t.name for t, _ in codes}) >= 10
    assert {"udf3"} <= {c.name for _, c in custom} & {c.name for _, c in codes}
    for _, col in codes:
        assert col.kind == "none" and all(sum(ch.isdigit() for ch in x) < 3 for x in _str(_real(col.values)))
    for _, col in (x for x in custom if "mixed_kinds" in x[1].tags):
        real = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in real)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in real)
        assert 0.15 <= mails / len(real) <= 0.5 and 0.25 <= digits / len(real) <= 0.6, col.name


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("bigsky_wisp.subscriber_accounts", "ssn", ssn.is_valid),
    ("IATELCOOP.CUST_BILL_EXTRACT", "CUST-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("TrentMobile.DeviceFinanceAgreements", "DrivingLicenceNumber", lambda x: bool(UK_LICENCE.fullmatch(x))),
    ("stg_bbkyc.src_crm_raw", "src_crm_col05", aadhaar.is_valid),
    ("stg_bbkyc.src_crm_raw", "src_crm_col06", pan.is_valid),
    ("fibra_murgia.interventi_installazione", "cod_fiscale", codicefiscale.is_valid),
    ("provedor_bh.faturas_assinantes", "cpf", cpf.is_valid),
    ("delbetalning.avtal_mobiler", "personnummer", personnummer.is_valid),
    ("isp_brno.smlouvy_ucastniku", "rodne_cislo", rc.is_valid),
    ("сим_регистрация.Абоненты", "СНИЛС", values.snils_is_valid),
    ("сим_регистрация.Абоненты", "ИНН", inn.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    values_ = _str(_values(built, table, name))
    assert len(values_) >= 80 and _misses(values_, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_an_iban_a_card_or_a_bank_account_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = _str(_values(built, "nummerbehoud.porteringsverzoeken", "iban"))
    cards = [x.replace(" ", "") for x in _str(_values(built, "provedor_bh.faturas_assinantes", "num_cartao"))]
    accounts = _str(_values(built, "isp_brno.smlouvy_ucastniku", "cislo_uctu"))
    assert len(ibans) >= 80 and _misses(ibans, iban.is_valid) == 0
    assert len(cards) >= 60 and _misses(cards, luhn.is_valid) == 0
    assert len(accounts) >= 80 and _misses(accounts, bankaccount.is_valid) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    it = "fibra_murgia.interventi_installazione"
    pairs = list(zip(_column(built, it, "cod_fiscale").values, _column(built, it, "data_nascita").values))
    assert _misses(pairs, lambda r: codicefiscale.get_birth_date(r[0]).strftime("%d/%m/%Y") == r[1]) == 0
    cz = "isp_brno.smlouvy_ucastniku"
    pairs = list(zip(_column(built, cz, "rodne_cislo").values, _column(built, cz, "datum_narozeni").values))
    assert len(pairs) >= 100 and _misses(pairs, lambda r: rc.get_birth_date(r[0]) == r[1]) == 0
    gb = "TrentMobile.DeviceFinanceAgreements"
    rows = [r for r in zip(*(_column(built, gb, n).values for n in ("DrivingLicenceNumber", "DateOfBirth", "Surname")))
            if r[0]]
    assert len(rows) >= 100 and _misses(rows, lambda r: values.uk_licence_birth(r[0]) == (
        r[1].year % 100, r[1].month, r[1].day) and r[2].upper().replace("'", "").startswith(r[0][:5].rstrip("9"))) == 0


def test_when_a_birth_date_is_kept_as_text_a_number_or_parts_then_it_decodes_to_a_real_date(built) -> None:
    dobs = [(t, c) for t in built for c in t.columns if c.kind == "date_of_birth"]
    assert {c.sql_type for _, c in dobs} == {"DATE", "VARCHAR", "INTEGER"}
    formats = {"NINSIM.SUBSCRIBER_VERIFICATION": "%d-%b-%Y", "stg_bbkyc.src_crm_raw": "%d-%m-%Y",
               "travelpass_api.roaming_purchases": "%Y-%m-%d", "fibra_murgia.interventi_installazione": "%d/%m/%Y",
               "nummerbehoud.porteringsverzoeken": "%d-%m-%Y"}
    texts = [(t, c) for t, c in dobs if "dob_text" in c.tags]
    assert {t.name for t, _ in texts} == set(formats)
    for table, col in texts:
        assert _misses(_str(_real(col.values)), lambda x, f=formats[table.name]: 1900 < datetime.strptime(
            x, f).year < 2010) == 0, col.name
    ymd = [x for x in _column(built, "IATELCOOP.CUST_BILL_EXTRACT", "CUST-DOB").values if x]
    assert len(ymd) >= 300 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    parts = [c for t, c in dobs if "dob_part" in c.tags]
    assert [c.name for c in parts] == ["seinengappi_nen", "seinengappi_tsuki", "seinengappi_hi"]
    assert _misses(list(zip(*(c.values for c in parts))), lambda r: 1940 <= date(*r).year <= 2010) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check in (("IATELCOOP.CUST_BILL_EXTRACT", "BX-ACCT-NO", ssn.is_valid),
                               ("stg_bbkyc.src_crm_raw", "src_crm_col14", aadhaar.is_valid),
                               ("provedor_bh.faturas_assinantes", "nosso_numero", cpf.is_valid),
                               ("delbetalning.avtal_mobiler", "avtalsnummer", luhn.is_valid),
                               ("isp_brno.smlouvy_ucastniku", "cislo_smlouvy", rc.is_valid),
                               ("сим_регистрация.Абоненты", "НомерЛицевогоСчета", inn.is_valid)):
        shaped = _str(_values(built, table, name))
        assert len(shaped) >= 200 and _misses(shaped, lambda x, f=check: x.isdigit() and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_or_device_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("fibra_murgia.interventi_installazione", "p_iva_ditta", iva.is_valid),
                               ("provedor_bh.faturas_assinantes", "cnpj_filial", cnpj.is_valid),
                               ("delbetalning.avtal_mobiler", "butik_orgnr", orgnr.is_valid),
                               ("isp_brno.smlouvy_ucastniku", "ico", dic.is_valid),
                               ("сим_регистрация.Абоненты", "ОГРНДилера", ogrn.is_valid)):
        col = _column(built, table, name)
        assert col.kind == "none" and "business" in col.tags and _misses(_str(col.values), check) == 0, name
    devices = [c for c in _columns(built) if {"device", "check_digit"} <= c.tags]
    assert len(devices) >= 6
    for col in devices:
        check = imei.is_valid if len(_str(col.values)[0]) == 15 else luhn.is_valid
        assert _misses(_str(col.values), check) == 0, col.name


def test_when_a_column_holds_identifiers_of_several_countries_then_each_passes_its_country_shape(built) -> None:
    ng = _str(_values(built, "NINSIM.SUBSCRIBER_VERIFICATION", "ID_DOCUMENT_NO"))
    ng_shapes = [r"A\d{8}", r"LAG\d{5}[A-Z]{2}\d{2}", r"G\d{7}", r"B\d{7}", r"TG\d{6}"]
    assert {i for x in ng for i, s in enumerate(ng_shapes) if re.fullmatch(s, x)} == set(range(5))
    assert _misses(ng, lambda x: any(re.fullmatch(s, x) for s in ng_shapes)) == 0
    nl = "nummerbehoud.porteringsverzoeken"
    checks = {"NL": identiteitskaartnummer.is_valid, "BE": eid.is_valid, "PL": values.pl_dowod_is_valid,
              "DE": lambda x: bool(re.fullmatch(r"[CFGHJKLMNPRTVWXYZ0-9]{9}", x))}
    rows = list(zip(_column(built, nl, "id_land").values, _column(built, nl, "id_nummer").values))
    assert {country for country, _ in rows} == set(checks)
    assert _misses(rows, lambda r: checks[r[0]](r[1])) == 0
    ru = _str(_values(built, "сим_регистрация.Абоненты", "СерияНомерДокумента"))
    home = sum(bool(re.fullmatch(r"\d{4} \d{6}", x)) for x in ru)
    foreign = sum(bool(re.fullmatch(r"(FA|AD|AB|AC|ID)\d{7}|40\d{7}", x)) for x in ru)
    assert home + foreign == len(ru) and 0.05 <= foreign / len(ru) <= 0.3
    nins = _str(_values(built, "NINSIM.SUBSCRIBER_VERIFICATION", "NIN"))
    assert len(nins) >= 400 and _misses(nins, lambda x: bool(re.fullmatch(r"[1-9]\d{10}", x))) == 0


def _phone_valid(text: str, region: str) -> bool:
    for candidate in (text, "+" + text):
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region:
            return True
    return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "bigsky_wisp.subscriber_accounts": "US", "lightwaveOtago.installVisits": "NZ",
    "TrentMobile.DeviceFinanceAgreements": "GB", "NINSIM.SUBSCRIBER_VERIFICATION": "NG", "cc_tkt.tkt_hdr": "AU",
    "IATELCOOP.CUST_BILL_EXTRACT": "US", "stg_bbkyc.src_crm_raw": "IN", "travelpass_api.roaming_purchases": "CA",
    "fibra_murgia.interventi_installazione": "IT", "provedor_bh.faturas_assinantes": "BR",
    "nummerbehoud.porteringsverzoeken": "NL", "delbetalning.avtal_mobiler": "SE",
    "isp_brno.smlouvy_ucastniku": "CZ", "сим_регистрация.Абоненты": "RU", "mnp_tennyu.moushikomi": "JP",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 25 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        found = _str(_real(col.values))
        assert len(found) >= 50, f"{table.name}.{col.name}"
        assert _misses(found, lambda x, r=PHONE_REGIONS[table.name]: _phone_valid(x, r)) == 0, \
            f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if "business" in c.tags and re.search(
        "phone|telefon|tel_|denwa", c.name, re.IGNORECASE)]
    assert len(phones) >= 7
    for table, col in phones:
        found = _str(col.values)
        assert col.kind == "none" and _misses(found, lambda x, r=PHONE_REGIONS[table.name]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_tables_are_built_then_cyrillic_kanji_and_katakana_occur(built) -> None:
    ru = heldout_support.table(built, "сим_регистрация.Абоненты")
    cyrillic = [c for c in ru.columns if all("\u0400" <= ch <= "\u04ff" for ch in c.name if ch.isalpha())]
    assert len(cyrillic) >= len(ru.columns) - 1
    names = _column(built, ru.name, "Фамилия").values
    assert _misses(names, lambda x: all("\u0400" <= ch <= "\u04ff" for ch in x)) == 0
    kana = _values(built, "mnp_tennyu.moushikomi", "shimei_kana")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    kanji = _values(built, "mnp_tennyu.moushikomi", "shimei")
    assert _misses(kanji, lambda x: any("\u4e00" <= ch <= "\u9fff" for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_src_crm_colnn(built) -> None:
    table = heldout_support.table(built, "stg_bbkyc.src_crm_raw")
    assert [c.name for c in table.columns] == [f"src_crm_col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded_and_its_numbers_are_numbers(built) -> None:
    table = heldout_support.table(built, "IATELCOOP.CUST_BILL_EXTRACT")
    assert all("-" in c.name and c.name.isupper() for c in table.columns)
    padded = [c for c in table.columns if "padded" in c.tags]
    assert len(padded) >= 5 and all(len({len(x) for x in c.values if x is not None}) == 1 for c in padded)
    numeric = {c.name for c in table.columns if c.sql_type in ("INTEGER", "BIGINT") and c.kind != "none"}
    assert {"CUST-SSN", "CUST-DOB", "SVC-ZIP", "SVC-TEL-NO"} <= numeric


def test_when_a_json_export_is_flattened_then_its_names_are_dotted_paths(built) -> None:
    table = heldout_support.table(built, "travelpass_api.roaming_purchases")
    dotted = [c.name for c in table.columns if "." in c.name]
    assert len(dotted) >= len(table.columns) - 2 and any("[0]" in name for name in dotted)


def test_when_the_scorer_builds_set_v136_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v136.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v136"].DEFAULT_PATH == Path("/tmp/heldout_v136.duckdb")
