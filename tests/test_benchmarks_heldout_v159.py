"""Held-out set v159: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
role words, custom fields, identifiers with check digits (and the birth dates they encode), dates of birth in their
local forms, phones valid for their region, cards, IBANs and bank accounts, decoys failing their checks and its
determinism are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ipaddress
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import iban, luhn
from stdnum.au import abn, tfn
from stdnum.ca import sin
from stdnum.cz import dic as ico
from stdnum.cz import rc
from stdnum.dk import cpr
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale, iva
from stdnum.jp import in_ as mynumber
from stdnum.nl import bsn
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v159
from benchmarks.classification import heldout_v159_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "nl", "da", "cs", "it", "tr", "ja", "uk"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v159")
_cells = heldout_support.Cells(heldout_v159.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

IE, AU, GB, CA = (
    "corkcc_jury.summons_responses",
    "sacaa_jury.jurorPayments",
    "NorfolkWcu.WitnessCareBookings",
    "kel_vs_ops.vctm_rfrl",
)
COBOL, STG, ZA = "SEDGPFA.PFA_PETITION_EXTRACT", "stg_dlsa_pune.src_means_test_raw", "courtinterp_dbn.bookings_json"
NL, DK, CZ, IT = (
    "slachtofferhulp_ehv.aanmeldingen",
    "byret_aarhus.naevninge_indkaldelser",
    "cak_brno.zadosti_bezplatna_pomoc",
    "tribunale_bari.incarichi_interpreti",
)
TR, JA, UA = (
    "kayseri_adm.magdur_tanik_kayitlari",
    "金沢地裁.裁判員候補者名簿",
    "суд_полтава.заяви_обмежувальний_припис",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v159, built) == []


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
        "coordinates",
        "licence",
        "username",
        "bank_account",
        "check_digit",
        "prepaid_card",
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
    labels = heldout_v159.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "coordinates", "check_digit"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"licence"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"split_address"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality"}:
            assert col.kind == "city", col.name
        if col.tags & {"prepaid_card"}:
            assert col.kind == "credit_card", col.name
        if col.tags & {"username", "bank_account"}:
            assert col.kind == "unclassified", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
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
    assert len(staff) >= 14
    assert {
        "jury_officer",
        "approvedBy",
        "WitnessCareOfficer",
        "advct",
        "JUDGE-ASSIGNED",
        "col16",
        "col19",
        "staff.coordinator",
        "medewerker",
        "retssekretaer",
        "urceny_advokat",
        "cancelliere",
        "uzman",
        "担当書記官",
        "суддя",
        "адвокат_бпд",
    } <= {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 18 and all(c.kind != "none" for c in role)
    assert {
        "medical_cert_doctor",
        "person_cared_for",
        "accountName",
        "IntermediaryName",
        "LiveLinkSupporter",
        "off_nm",
        "RESP-NAME",
        "RESP-DOB",
        "RESP-ADDR-1",
        "MINOR-CHLD-NM",
        "col14",
        "party.full_name",
        "verdachte_naam",
        "protistrana",
        "parte_assistita",
        "baba_adi",
        "sanik_adi_soyadi",
        "кривдник_піб",
        "кривдник_дата_народження",
        "дитина_заявника",
    } <= {c.name for c in role}


def test_when_a_name_is_written_surname_first_with_a_comma_then_every_cell_has_it(built) -> None:
    vals = [str(x) for x in _values(built, COBOL, "RESP-NAME")]
    assert len(vals) >= 200 and _misses(vals, lambda x: bool(re.fullmatch(r"[A-Z' -]+, [A-Z]+", x))) == 0


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 10
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


def test_when_a_custom_field_holds_codes_then_it_holds_no_contact_data(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 4
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0, col.name


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (IE, "juror_ppsn", pps.is_valid),
    (AU, "jurorTfn", tfn.is_valid),
    (CA, "vic_sin", sin.is_valid),
    (COBOL, "PET-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col04", pan.is_valid),
    (STG, "col05", aadhaar.is_valid),
    (ZA, "interpreter.id_number", idnr.is_valid),
    (NL, "bsn", bsn.is_valid),
    (DK, "cpr_nummer", cpr.is_valid),
    (CZ, "rodne_cislo", rc.is_valid),
    (IT, "interprete_codice_fiscale", codicefiscale.is_valid),
    (TR, "tc_kimlik_no", tckimlik.is_valid),
    (JA, "個人番号", mynumber.is_valid),
    (UA, "заявник_рнокпп", rntrc.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((IE, "juror_ppsn"), (CA, "vic_sin"), (COBOL, "PET-SSN"), (GB, "NiNumber")):
        assert _column(built, table, name).kind == "ssn", name


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (GB, "NiNumber", r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]"),
        (CA, "vic_dl_no", r"\d{7}"),
        (CZ, "cislo_op", r"\d{9}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name


def _pairs(built: list, table: str, first: str, second: str) -> list[tuple]:
    """The rows of ``table`` where neither ``first`` nor ``second`` is NULL, as pairs."""
    rows = zip(_column(built, table, first).values, _column(built, table, second).values, strict=True)
    return [(a, b) for a, b in rows if a is not None and b is not None]


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    pairs = _pairs(built, ZA, "interpreter.id_number", "interpreter.birth_date")
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][:6] == r[1][2:4] + r[1][5:7] + r[1][8:10]) == 0
    pairs = _pairs(built, DK, "cpr_nummer", "foedselsdato")
    assert len(pairs) >= 200
    assert _misses(pairs, lambda r: cpr.get_birth_date(r[0]) == datetime.strptime(r[1], "%d.%m.%Y").date()) == 0
    pairs = _pairs(built, CZ, "rodne_cislo", "datum_narozeni")
    assert len(pairs) >= 200
    assert _misses(pairs, lambda r: rc.get_birth_date(r[0]) == datetime.strptime(r[1], "%d. %m. %Y").date()) == 0
    pairs = _pairs(built, IT, "interprete_codice_fiscale", "interprete_data_nascita")
    assert len(pairs) >= 200
    assert (
        _misses(pairs, lambda r: codicefiscale.get_birth_date(r[0]) == datetime.strptime(r[1], "%d/%m/%Y").date())
        == 0
    )
    pairs = _pairs(built, UA, "заявник_рнокпп", "заявник_дата_народження")
    assert len(pairs) >= 200
    assert (
        _misses(
            pairs,
            lambda r: date(1899, 12, 31) + timedelta(days=int(r[0][:5])) == datetime.strptime(r[1], "%d.%m.%Y").date(),
        )
        == 0
    )
    pairs = _pairs(built, STG, "col04", "col02")
    assert len(pairs) >= 150 and _misses(pairs, lambda r: r[0][4] == values.latin(r[1].split()[-1])[0].upper()) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    for name in ("PET-DOB", "RESP-DOB"):
        ymd = [x for x in _column(built, COBOL, name).values if x]
        assert len(ymd) >= 300 and _misses(ymd, lambda x: 1945 <= date(x // 10_000, x // 100 % 100, x % 100).year) == 0
        assert sum(x == 0 for x in _column(built, COBOL, name).values) >= 5, name
    for table, name, fmt in (
        (AU, "jurorDateOfBirth", "%d/%m/%Y"),
        (CA, "vic_dob", "%Y-%m-%d"),
        (STG, "col03", "%d/%m/%Y"),
        (ZA, "interpreter.birth_date", "%Y-%m-%d"),
        (NL, "geboortedatum", "%d-%m-%Y"),
        (DK, "foedselsdato", "%d.%m.%Y"),
        (CZ, "datum_narozeni", "%d. %m. %Y"),
        (IT, "interprete_data_nascita", "%d/%m/%Y"),
        (TR, "dogum_tarihi", "%d.%m.%Y"),
        (JA, "生年月日", "%Y年%m月%d日"),
        (UA, "заявник_дата_народження", "%d.%m.%Y"),
        (UA, "кривдник_дата_народження", "%d.%m.%Y"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 150, name
        assert _misses(vals, lambda x, f=fmt: 1938 <= datetime.strptime(x, f).year <= 2017) == 0, name
    parts = zip(*(_column(built, IE, f"juror_dob_{n}").values for n in ("year", "month", "day")), strict=True)
    assert _misses(list(parts), lambda p: 1948 <= date(*p).year <= 2006) == 0
    assert {c.sql_type for c in heldout_support.table(built, GB).columns if c.kind == "date_of_birth"} == {"DATE"}


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (IE, "panel_ref", pps.is_valid, 7),
        (AU, "paymentBatchRef", tfn.is_valid, 9),
        (CA, "file_ref", sin.is_valid, 9),
        (COBOL, "PFA-TRK-NO", ssn.is_valid, 9),
        (STG, "col13", aadhaar.is_valid, 12),
        (ZA, "booking.case_number", idnr.is_valid, 13),
        (NL, "registratienummer", bsn.is_valid, 9),
        (DK, "sagsnummer", cpr.is_valid, 10),
        (CZ, "cislo_jednaci", rc.is_valid, 10),
        (TR, "uyap_dosya_no", tckimlik.is_valid, 11),
        (JA, "呼出番号", mynumber.is_valid, 12),
        (UA, "номер_провадження", rntrc.is_valid, 10),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200, name
        assert _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_business_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    for table, name, check in (
        (AU, "employerAbn", abn.is_valid),
        (CZ, "ico_zamestnavatele", ico.is_valid),
        (IT, "partita_iva_cooperativa", iva.is_valid),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 150 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"paymentCardNumber"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"iban_schadevergoeding", "iban_liquidazione", "iban"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 40 and _misses(vals, iban.is_valid) == 0, col.name
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert len(banks) >= 5 and all(c.kind == "unclassified" for c in banks)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 3
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
    IE: "IE",
    AU: "AU",
    GB: "GB",
    CA: "CA",
    COBOL: "US",
    STG: "IN",
    ZA: "ZA",
    NL: "NL",
    DK: "DK",
    CZ: "CZ",
    IT: "IT",
    TR: "TR",
    JA: "JP",
    UA: "UA",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    col = _column(built, GB, "CourtPhone")
    vals = _str(col.values)
    assert col.kind == "none" and "business" in col.tags
    assert vals and _misses(vals, lambda x: _phone_valid(x, "GB")) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_japanese_and_ukrainian_tables_are_built_then_their_scripts_occur(built) -> None:
    ja = heldout_support.table(built, JA)
    cjk = "[\u3040-\u30ff\u4e00-\u9fff]"
    assert re.search(cjk, ja.name) and all(re.search(cjk, c.name) for c in ja.columns)
    kana = _values(built, JA, "フリガナ")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    kanji = _values(built, JA, "氏名")
    assert _misses(kanji, lambda x: bool(re.fullmatch("[\u4e00-\u9fff\u3005]+ [\u4e00-\u9fff\u3005]+", str(x)))) == 0
    ua = heldout_support.table(built, UA)
    assert re.search("[\u0400-\u04ff]", ua.name) and all(re.search("[\u0400-\u04ff]", c.name) for c in ua.columns)
    abusers = _values(built, UA, "кривдник_піб")
    three = r"[\u0400-\u04ff']+ [\u0400-\u04ff']+ [\u0400-\u04ff']+"
    assert _misses(abusers, lambda x: bool(re.fullmatch(three, str(x)))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, STG)
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 21)]
    assert all("opaque" in c.tags for c in table.columns)


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
    assert sum(x == 0 for x in _column(built, COBOL, "PET-SSN").values) >= 10


def test_when_the_scorer_builds_set_v159_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v159.summary(built).startswith("14 tables")
    assert heldout_v2_accuracy.SETS["v159"].DEFAULT_PATH == Path("/tmp/heldout_v159.duckdb")
