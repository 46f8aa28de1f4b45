"""Held-out set v144: its size, languages, styles, labels, row counts, NULL and NULL-word shares, staff and role words,
custom fields, identifiers with check digits, phones valid for their region, decoys failing their checks and its
determinism are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.cz import bankaccount, rc
from stdnum.de import idnr
from stdnum.es import cif, dni, nie
from stdnum.ie import pps
from stdnum.it import codicefiscale
from stdnum.jp import in_ as mynumber
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.se import personnummer
from stdnum.us import rtn, ssn
from stdnum.za import idnr as za_idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v144
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "es", "it", "nl", "cs", "sv", "ja"}
STYLES = {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "dotted"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v144")
_cells = heldout_support.Cells(heldout_v144.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

IE = "corkmotor.policyholder_quotes"
AB = "driveScoreAB.tripSummaries"
GB = "HighlandHomeCover.ClaimNotifications"
KE = "GLF_NBO.BENEFICIARY_REGISTER"
AU = "sa_mtr_clm.tp_wit_dtl"
US = "LIFEDRFT.PREM_ACH_EXTRACT"
MY = "stg_carquote_my.src_agg_raw"
ZA = "tripsure_za.policy_events_json"
DE = "kfz_schaden_hannover.schadenmeldungen"
ES = "mutua_aragonesa.agentes_exclusivos"
IT = "agenzia_scaligera.mandati_sdd_casa"
NL = "expertisebureau_zwolle.schade_opdrachten"
CZ = "pojistovna_ostrava.povinne_ruceni"
SE = "reseforsakring_uppsala.skadeanmalningar"
JA = "seiho_sendai.keiyaku_daichou"


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None) and str(x).strip()]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v144, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 300 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert sum(t.language != "en" for t in built) == 7 and len({t.language for t in built}) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert STYLES <= {t.style for t in built}
    assert {k.value for k in Kind} == {c.kind for c in columns}
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
        "bank_account",
        "partial",
        "coordinates",
        "vehicle",
        "licence",
        "split_address",
        "locality",
        "split_dob",
        "po_box",
    } <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v144.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    personal = sum(c.kind != "none" for c in _columns(built))
    assert 0.5 <= personal / len(_columns(built)) <= 0.8


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "partial", "coordinates", "vehicle"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert col.tags & {"username", "bank_account"}, col.name
        if col.tags & {"bank_account"}:
            assert col.kind == "unclassified", col.name
        if col.tags & {"licence"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"split_address", "po_box"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"locality"}:
            assert col.kind == "city", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name


def test_when_the_set_is_built_then_every_table_has_300_to_1000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 300 <= lengths.pop() <= 1_000, table.name
        assert 20 <= len(table.columns) <= 26, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 20
    for col in heavy:
        assert col.kind != "none" and 0.70 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 8
    for col in heavy:
        share = sum(_nullish(x) for x in col.values) / len(col.values)
        assert col.kind == "free_text" and 0.70 <= share <= 0.95, col.name
        assert sum(x is None for x in col.values) == 0, col.name


def test_when_a_personal_column_is_not_tagged_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if col.kind != "none" and not col.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert sum(_nullish(x) for x in col.values) / len(col.values) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 15
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 30 and all(c.kind != "none" for c in role)
    assert {
        "named_driver_name",
        "occasionalDriverName",
        "JointPolicyholderName",
        "BENEFICIARY_NAME",
        "wit_nm",
        "tp_fnm",
        "DRF-BENE-NM",
        "companion.fullName",
        "zeuge_name",
        "anspruchsteller_name",
        "intestatario_conto",
        "tenaamstelling",
        "druhy_ridic",
        "medresenar_namn",
        "uketorinin_shimei",
    } <= {c.name for c in role}


def test_when_a_custom_field_holds_people_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 9
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name


def test_when_a_custom_field_holds_codes_then_it_holds_no_phone_email_or_name(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 5
    for col in plain:
        values = [str(x) for x in _real(col.values)]
        assert values and _misses(values, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0, col.name
        assert len(set(values)) <= 8, col.name


def _us_ssn(x: object) -> bool:
    return ssn.is_valid(f"{int(x):09d}")


def _dni_or_nie(x: object) -> bool:
    return dni.is_valid(x) or nie.is_valid(x)


#: (table, column, check) for every column whose kind has a check digit, or a shape stdnum checks
CHECKED: list[tuple[str, str, object]] = [
    (US, "DRF-INS-SSN", _us_ssn),
    (MY, "col03", nric.is_valid),
    (ZA, "holder.idNumber", za_idnr.is_valid),
    (ES, "nif", _dni_or_nie),
    (IT, "codice_fiscale", codicefiscale.is_valid),
    (IT, "cf_intestatario", codicefiscale.is_valid),
    (NL, "bsn", bsn.is_valid),
    (CZ, "rodne_cislo", rc.is_valid),
    (SE, "personnummer", personnummer.is_valid),
    (SE, "medresenar_personnummer", personnummer.is_valid),
    (JA, "kojin_bangou", mynumber.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    values = _str(_values(built, table, name))
    assert len(values) >= 50 and _misses(values, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_a_column_is_labeled_iban_then_every_value_is_a_valid_iban_of_its_country(built) -> None:
    countries = {IE: "IE", GB: "GB", DE: "DE", ES: "ES", IT: "IT", NL: "NL"}
    cols = [(t, c) for t in built for c in t.columns if c.kind == "iban"]
    assert {t.name for t, _ in cols} == set(countries)
    for table, col in cols:
        values = _str(col.values)
        assert len(values) >= 80, col.name
        assert _misses(values, lambda x, cc=countries[table.name]: iban.is_valid(x) and x.startswith(cc)) == 0, col.name


def test_when_a_column_is_labeled_credit_card_then_every_value_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert len(cards) >= 2
    for col in cards:
        values = [x.replace(" ", "") for x in _str(col.values)]
        assert len(values) >= 80 and _misses(values, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name
    last4 = _str(_values(built, ZA, "payment.card.last4"))
    assert _misses(last4, lambda x: re.fullmatch(r"\d{4}", x)) == 0


def test_when_a_domestic_bank_account_is_built_then_it_is_unclassified_and_czech_ones_pass_their_check(built) -> None:
    accounts = [c for c in _columns(built) if "bank_account" in c.tags]
    assert len(accounts) >= 4 and all(c.kind == "unclassified" for c in accounts)
    values = _str(_values(built, CZ, "cislo_uctu"))
    assert len(values) >= 100 and _misses(values, bankaccount.is_valid) == 0


def _head(value: str) -> tuple[int, int, int]:
    """The ``YYMMDD`` a number begins with, as (year % 100, month, day)."""
    digits = re.sub(r"\D", "", value)
    return int(digits[0:2]), int(digits[2:4]), int(digits[4:6])


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    def parts(d: date) -> tuple[int, int, int]:
        return d.year % 100, d.month, d.day

    def as_date(x: object) -> date:
        if isinstance(x, date):
            return x
        text = str(x)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        day, month, year = (int(p) for p in re.split(r"[/.-]", text))
        return date(year, month, day)

    cases = (
        (MY, "col03", "col04", _head),
        (ZA, "holder.idNumber", "holder.dateOfBirth", _head),
        (IT, "codice_fiscale", "data_nascita", lambda x: parts(codicefiscale.get_birth_date(x))),
        (CZ, "rodne_cislo", "datum_narozeni", lambda x: parts(rc.get_birth_date(x))),
    )
    for table, idc, dob, get in cases:
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(i, d) for i, d in rows if i is not None and d is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == parts(as_date(r[1]))) == 0, table


def test_when_a_birth_date_is_numeric_split_or_japanese_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, US, "DRF-INS-DOB").values if x]
    assert (
        len(ymd) >= 100
        and _misses(ymd, lambda x: 1900 < x // 10_000 < 2010 and bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    )
    split = zip(*(_column(built, KE, n).values for n in ("DOB_YEAR", "DOB_MONTH", "DOB_DAY")))
    assert _misses(list(split), lambda p: bool(date(*p))) == 0
    era = _column(built, JA, "seinengappi").values
    assert _misses(era, lambda x: re.fullmatch(r"(昭和|平成|令和)(元|\d{1,2})年\d{1,2}月\d{1,2}日", x)) == 0


#: (table, column, shape the values have, check they must fail)
DECOYS: list[tuple[str, str, str, object]] = [
    (IE, "policy_number", r"\d{7}[A-W]", pps.is_valid),
    (AB, "policyNumber", r"\d{9}", luhn.is_valid),
    (US, "DRF-CERT-NO", r"9\d{8}", lambda x: ssn.is_valid(x)),
    (MY, "col15", r"\d{6}-\d{2}-\d{4}", nric.is_valid),
    (ZA, "policy.number", r"\d{13}", za_idnr.is_valid),
    (DE, "versicherungsscheinnummer", r"\d{11}", idnr.is_valid),
    (ES, "codigo_agente", r"\d{8}[A-Z]", dni.is_valid),
    (NL, "dossiernummer", r"\d{9}", bsn.is_valid),
    (CZ, "cislo_smlouvy", r"\d{10}", rc.is_valid),
    (SE, "skadenummer", r"\d{10}", luhn.is_valid),
    (JA, "shouken_bangou", r"\d{12}", mynumber.is_valid),
]


@pytest.mark.parametrize(("table", "name", "shape", "check"), DECOYS, ids=[f"{t}.{c}" for t, c, _, _ in DECOYS])
def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built, table, name, shape, check) -> None:
    col = _column(built, table, name)
    values = _str(col.values)
    assert col.kind == "none" and {"decoy", "value_shape"} <= col.tags
    assert len(values) >= 100 and _misses(values, lambda x: re.fullmatch(shape, x) and not check(x)) == 0


def test_when_value_shaped_columns_are_built_then_there_are_many_and_none_is_personal(built) -> None:
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    cifs = _str(_values(built, ES, "cif_sociedad"))
    assert len(cifs) >= 50 and _misses(cifs, cif.is_valid) == 0
    routing = _str(_values(built, US, "DRF-ABA-RTN"))
    assert len(routing) >= 100 and _misses(routing, rtn.is_valid) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region


#: table -> the region of its phones
PHONE_REGIONS = {
    IE: "IE",
    AB: "CA",
    GB: "GB",
    KE: "KE",
    AU: "AU",
    US: "US",
    MY: "MY",
    ZA: "ZA",
    DE: "DE",
    ES: "ES",
    IT: "IT",
    NL: "NL",
    CZ: "CZ",
    SE: "SE",
    JA: "JP",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        values = _str(_real(col.values))
        assert len(values) >= 60, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=PHONE_REGIONS[table.name]: _phone_valid(x, r)) == 0, col.name


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in ((GB, "LossAdjusterPhone"), (JA, "eigyousho_denwa")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert col.kind == "none" and "business" in col.tags
        assert len(values) >= 100 and _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_an_email_column_is_built_then_every_value_is_an_address(built) -> None:
    mails = [c for c in _columns(built) if c.kind == "email"]
    assert len(mails) >= 15
    for col in mails:
        values = _str(_real(col.values))
        assert _misses(values, lambda x: re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", x)) == 0, col.name


def test_when_an_ip_column_is_built_then_every_value_is_an_ip(built) -> None:
    import ipaddress

    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 4
    for col in ips:
        values = _str(_real(col.values))
        assert _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, col.name


def test_when_japanese_values_are_built_then_kanji_and_katakana_occur(built) -> None:
    kana = _values(built, JA, "keiyakusha_kana")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    kanji = _values(built, JA, "keiyakusha_shimei")
    assert _misses(kanji, lambda x: all("\u4e00" <= ch <= "\u9fff" or ch in " 々" for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, MY)
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, len(table.columns) + 1)]
    assert all("opaque" in c.tags for c in table.columns) and table.style == "opaque"


def test_when_a_json_table_is_flattened_then_every_column_is_a_dotted_key(built) -> None:
    table = heldout_support.table(built, ZA)
    assert table.style == "dotted" and all("." in c.name for c in table.columns)


def test_when_an_abbreviated_table_is_built_then_its_personal_columns_are_abbreviated(built) -> None:
    table = heldout_support.table(built, AU)
    personal = [c for c in table.columns if c.kind != "none"]
    assert table.style == "abbrev" and all("abbrev" in c.tags for c in personal)


def test_when_a_legacy_table_is_built_then_its_text_is_padded_and_its_numbers_use_0_for_missing(built) -> None:
    table = heldout_support.table(built, US)
    padded = [
        c
        for c in table.columns
        if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)
    ]
    assert len(padded) >= 6 and table.style == "cobol"
    for name in ("DRF-INS-SSN", "DRF-PHONE"):
        values = _column(built, US, name).values
        assert None not in values and 0.05 <= values.count(0) / len(values) <= 0.4, name


def test_when_the_scorer_builds_set_v144_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v144.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v144"].DEFAULT_PATH == Path("/tmp/heldout_v144.duckdb")
