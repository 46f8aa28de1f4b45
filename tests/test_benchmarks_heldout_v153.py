"""Held-out set v153: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
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
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import iban, luhn
from stdnum.au import abn, tfn
from stdnum.ca import sin
from stdnum.dk import cpr, cvr
from stdnum.fr import nir, siret
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.ie import pps
from stdnum.in_ import aadhaar, gstin, pan
from stdnum.jp import in_ as mynumber
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.tr import tckimlik, vkn
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v153
from benchmarks.classification import heldout_v153_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "fr", "nl", "pl", "da", "tr", "ja", "el"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v153")
_cells = heldout_support.Cells(heldout_v153.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

IE, CA, GB, AU = (
    "shannonside_motors.trade_in_appraisals",
    "okanaganAutoCredit.financeApplications",
    "WyvernMotorGroup.TestDriveBookings",
    "gl_novated.lse_ctr_dtl",
)
COBOL, STG, JSON = (
    "REPOXTR.REPO_ASSIGN_EXTRACT",
    "stg_jb_autojual.src_crm_sellers_raw",
    "lko_wheels_app.service_bookings_json",
)
FR, NL, PL, DK = (
    "concession_clermont.dossiers_financement",
    "privatelease_eindhoven.contracten",
    "komis_rzeszow.umowy_kupna",
    "autohus_kolding.vaerkstedskunder",
)
TR, JA, GR = (
    "konya_otomotiv.tasit_kredisi_basvurulari",
    "浜松オートセンター.下取り査定台帳",
    "χρηματοδοτική_μίσθωση_πάτρας.μισθωτές",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v153, built) == []


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
        "licence",
        "username",
        "bank_account",
        "check_digit",
        "vehicle",
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
    labels = heldout_v153.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "check_digit", "vehicle"}:
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
        "sales_exec",
        "financeManager",
        "SalesExecutive",
        "acct_mgr",
        "COLLECTOR-NAME",
        "col18",
        "service.advisor",
        "vendeur",
        "accountmanager",
        "handlowiec",
        "vaerkfoerer",
        "satis_danismani",
        "担当者",
        "υπάλληλος",
    } <= {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 12 and all(c.kind != "none" for c in role)
    assert {
        "previous_keeper_name",
        "coSignerFullName",
        "coSignerPhone",
        "SecondDriverName",
        "COSIGNER-NAME",
        "co_emprunteur",
        "wspolwlasciciel",
        "poprzedni_wlasciciel",
        "kefil_ad_soyad",
        "kefil_tc_kimlik_no",
        "車検証所有者",
        "εγγυητής",
    } <= {c.name for c in role}


def test_when_a_name_is_written_surname_first_with_a_comma_then_most_cells_have_it(built) -> None:
    vals = [str(x) for x in _values(built, COBOL, "COSIGNER-NAME")]
    assert len(vals) >= 100 and _misses(vals, lambda x: bool(re.fullmatch(r"[A-Z' -]+, [A-Z]+", x))) == 0


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
    assert len(plain) >= 5
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0, col.name


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (IE, "customer_ppsn", pps.is_valid),
    (CA, "applicantSin", sin.is_valid),
    (AU, "cust_tfn", tfn.is_valid),
    (COBOL, "DEBTOR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col03", nric.is_valid),
    (JSON, "customer.pan", pan.is_valid),
    (FR, "numero_securite_sociale", nir.is_valid),
    (NL, "bsn", bsn.is_valid),
    (PL, "pesel", pesel.is_valid),
    (PL, "seria_nr_dowodu", values.pl_id_card_ok),
    (DK, "cpr_nummer", cpr.is_valid),
    (TR, "tc_kimlik_no", tckimlik.is_valid),
    (TR, "kefil_tc_kimlik_no", tckimlik.is_valid),
    (JA, "個人番号", mynumber.is_valid),
    (GR, "αμκα", amka.is_valid),
    (GR, "αφμ", afm.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in (
        (IE, "customer_ppsn"),
        (CA, "applicantSin"),
        (COBOL, "DEBTOR-SSN"),
        (FR, "numero_securite_sociale"),
        (GR, "αμκα"),
    ):
        assert _column(built, table, name).kind == "ssn", name


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (CA, "driversLicenceNumber", r"\d{7}"),
        (GB, "DrivingLicenceNumber", r"[A-Z9]{5}\d[0156]\d\d\d\d[A-Z]9\d[A-Z]{2}"),
        (AU, "dl_no", r"\d{9}"),
        (FR, "numero_permis", r"\d{12}"),
        (NL, "rijbewijsnummer", r"5\d{9}"),
        (JA, "運転免許証番号", r"\d{12}"),
        (GR, "αριθμός_ταυτότητας", r"[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{2}\d{6}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind == "national_id", name


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = zip(_column(built, STG, "col03").values, _column(built, STG, "col04").values, strict=True)
    pairs = [(n, d) for n, d in rows if n is not None]
    assert len(pairs) >= 200
    assert _misses(pairs, lambda r: r[0][:6] == datetime.strptime(r[1], "%d/%m/%Y").strftime("%y%m%d")) == 0
    rows = zip(_column(built, PL, "pesel").values, _column(built, PL, "data_urodzenia").values, strict=True)
    assert _misses(list(rows), lambda r: pesel.get_birth_date(r[0]) == datetime.strptime(r[1], "%d.%m.%Y").date()) == 0
    rows = zip(
        _column(built, FR, "numero_securite_sociale").values,
        _column(built, FR, "date_naissance").values,
        strict=True,
    )
    pairs = [(nir.compact(n), d) for n, d in rows if n is not None]
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][1:5] == r[1][8:10] + r[1][3:5]) == 0
    rows = zip(_column(built, GR, "αμκα").values, _column(built, GR, "ημερομηνία_γέννησης").values, strict=True)
    assert _misses(list(rows), lambda r: r[0][:6] == datetime.strptime(r[1], "%d/%m/%Y").strftime("%d%m%y")) == 0
    parts = zip(*(_column(built, DK, f"foedsels{n}").values for n in ("aar", "maaned", "dag")), strict=True)
    rows = zip(_column(built, DK, "cpr_nummer").values, parts, strict=True)
    pairs = [(n, p) for n, p in rows if n is not None]
    assert len(pairs) >= 40 and _misses(pairs, lambda r: cpr.get_birth_date(r[0]) == date(*r[1])) == 0
    rows = zip(_column(built, JSON, "customer.pan").values, _column(built, JSON, "customer.name.last").values,
               strict=True)
    pairs = [(p, n) for p, n in rows if p is not None]
    assert len(pairs) >= 40 and _misses(pairs, lambda r: r[0][4] == values.latin(r[1])[0].upper()) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "DEBTOR-DOB").values if x]
    assert len(ymd) >= 300 and _misses(ymd, lambda x: 1955 <= date(x // 10_000, x // 100 % 100, x % 100).year) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "DEBTOR-DOB").values) >= 5
    for table, name, fmt in (
        (CA, "applicantBirthDate", "%Y-%m-%d"),
        (AU, "cust_dob", "%d/%m/%Y"),
        (STG, "col04", "%d/%m/%Y"),
        (JSON, "customer.dob", "%Y-%m-%d"),
        (FR, "date_naissance", "%d/%m/%Y"),
        (NL, "geboortedatum", "%d-%m-%Y"),
        (PL, "data_urodzenia", "%d.%m.%Y"),
        (TR, "dogum_tarihi", "%d.%m.%Y"),
        (JA, "生年月日", "%Y年%m月%d日"),
        (GR, "ημερομηνία_γέννησης", "%d/%m/%Y"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200 and _misses(vals, lambda x, f=fmt: 1948 <= datetime.strptime(x, f).year <= 2006) == 0
    parts = zip(*(_column(built, DK, f"foedsels{n}").values for n in ("aar", "maaned", "dag")), strict=True)
    assert _misses(list(parts), lambda p: 1948 <= date(*p).year <= 2005) == 0
    for table in (IE, GB):
        types = {c.sql_type for c in heldout_support.table(built, table).columns if c.kind == "date_of_birth"}
        assert types == {"DATE"}, table


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (CA, "dealerDealNumber", sin.is_valid, 9),
        (AU, "ctr_no", tfn.is_valid, 9),
        (COBOL, "REPO-ORDER-NO", ssn.is_valid, 9),
        (STG, "col10", nric.is_valid, 12),
        (JSON, "booking.job_card_no", aadhaar.is_valid, 12),
        (FR, "numero_dossier", nir.is_valid, 15),
        (NL, "contractnummer", bsn.is_valid, 9),
        (PL, "numer_umowy", pesel.is_valid, 11),
        (DK, "ordrenummer", cpr.is_valid, 10),
        (TR, "basvuru_no", tckimlik.is_valid, 11),
        (JA, "査定番号", mynumber.is_valid, 12),
        (GR, "αριθμός_σύμβασης", luhn.is_valid, 11),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    refs = _str(_values(built, IE, "appraisal_ref"))
    assert len(refs) >= 200 and _misses(refs, lambda x: re.fullmatch(r"\d{7}[A-W]", x) and not pps.is_valid(x)) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 18 and all(c.kind == "none" for c in shaped)


def test_when_a_business_or_vehicle_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    for table, name, check in (
        (AU, "emplr_abn", abn.is_valid),
        (JSON, "dealer.gstin", gstin.is_valid),
        (FR, "siret_concession", siret.is_valid),
        (PL, "nip_komisu", nip.is_valid),
        (DK, "leverandoer_cvr", cvr.is_valid),
        (TR, "isyeri_vergi_no", vkn.is_valid),
        (GR, "αφμ_αντιπροσωπείας", afm.is_valid),
        (CA, "vehicleVin", lambda x: x[8] == values.vin_check(x)),
        (COBOL, "VEH-VIN", lambda x: x[8] == values.vin_check(x)),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 150 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"HoldingDepositCard", "CARD-ON-FILE"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"iban_prelevement", "iban", "rachunek_bankowy", "iban_χρέωσης"}
    assert len(ibans) == 5
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 200 and _misses(vals, iban.is_valid) == 0, col.name
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert len(banks) >= 2 and all(c.kind == "unclassified" for c in banks)


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
    CA: "CA",
    GB: "GB",
    AU: "AU",
    COBOL: "US",
    STG: "MY",
    JSON: "IN",
    FR: "FR",
    NL: "NL",
    PL: "PL",
    DK: "DK",
    TR: "TR",
    JA: "JP",
    GR: "GR",
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
    for table, name in (
        (CA, "employerPhone"),
        (GB, "ShowroomPhone"),
        (COBOL, "POE-PHONE"),
        (JSON, "dealer.workshop_phone"),
    ):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_japanese_and_greek_tables_are_built_then_their_scripts_occur(built) -> None:
    ja = heldout_support.table(built, JA)
    cjk = "[\u3040-\u30ff\u4e00-\u9fff]"
    assert re.search(cjk, ja.name) and all(re.search(cjk, c.name) for c in ja.columns)
    kana = _values(built, JA, "フリガナ")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    kanji = _values(built, JA, "氏名")
    assert _misses(kanji, lambda x: bool(re.fullmatch("[\u4e00-\u9fff\u3005]+ [\u4e00-\u9fff\u3005]+", str(x)))) == 0
    gr = heldout_support.table(built, GR)
    greek = "[\u0370-\u03ff\u1f00-\u1fff]"
    assert re.search(greek, gr.name) and all(re.search(greek, c.name) for c in gr.columns)
    for name in ("επώνυμο", "όνομα", "πατρώνυμο", "πόλη"):
        vals = _values(built, GR, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u0370-\u03ff ]+", str(x)))) == 0, name


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
    assert sum(x == 0 for x in _column(built, COBOL, "DEBTOR-SSN").values) >= 10


def test_when_the_scorer_builds_set_v153_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v153.summary(built).startswith("14 tables")
    assert heldout_v2_accuracy.SETS["v153"].DEFAULT_PATH == Path("/tmp/heldout_v153.duckdb")
