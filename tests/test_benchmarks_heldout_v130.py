"""Held-out set v130: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields with and without personal data, identifiers with check digits or encoded birth dates, phones valid for their
region, decoys failing their checks and its determinism are the ones asked for (values are only counted or checked
here, never printed).

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
from stdnum.ca import sin
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.id import nik
from stdnum.my import nric
from stdnum.no import fodselsnummer, orgnr
from stdnum.pl import nip, pesel
from stdnum.th import pin
from stdnum.tr import tckimlik, vkn
from stdnum.us import ssn
from stdnum.vn import mst

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v130
from benchmarks.classification import heldout_v130_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "fr", "el", "tr", "th", "vi", "pl", "no"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}
KONA, SURF, SLSC = "kona_dive.charter_waivers", "newquaySurf.lessonBookings", "TorquaySlsc.NipperRegistrations"
REDSEA, SIPADAN, ANNY = "REDSEA_DIVE.GUEST_REGISTER", "sipadan_dv.bkg_reg", "ANNYCLEG.MBR_BILLING_EXTRACT"
CANGGU, KITE, RIMOUSKI = "stg_canggu_surfcamp.src_booking_raw", "silver_sands_kite.StudentList", \
    "voile_rimouski.inscriptions_camp"
RHODES, KAS, KOHTAO = "καταδυτικό_ρόδου.δύτες", "kasDalis.kursKayitlari", "โรงเรียนดำน้ำเกาะเต่า.ผู้เรียน"
NHATRANG, GIZYCKO, STAVANGER = "lan_nhatrang.khach_hang_khoa_hoc", "SzkolaZeglarstwaGizycko.Uczestnicy", \
    "stavanger_dykkeklubb.medlemmer"

scored_file, built = heldout_support.set_fixtures("v130")
_cells = heldout_support.Cells(heldout_v130.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _str(vals: list) -> list[str]:
    return [str(x).strip() for x in vals if x not in (0, None)]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v130, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert all(sum(t.language == lang for t in built) == 1 for lang in LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "spreadsheet"} <= \
        {t.style for t in built if t.language == "en"}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "username", "licence", "practitioner_id"} <= tags
    assert heldout_v130.summary(built).startswith("15 tables")


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v130.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert 150 <= sum(k != "none" for cols in labels.values() for k in cols.values()) <= 250


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "practitioner_id"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if "custom_field" in col.tags:
            assert col.kind in {"free_text", "none"}, col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name
        if "licence" in col.tags:
            assert col.kind == "national_id", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_60_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 15
    for col in heavy:
        assert col.kind != "none" and 0.60 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 12
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
    assert len(staff) >= 15
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 25 and all(c.kind != "none" for c in role)
    assert {"witness_name", "guardianName", "ParentGuardianName", "INSURANCE_BENEFICIARY", "nok_nm", "ANN-SPOUSE-NM",
            "Emergency Contact", "nom_parent", "ιατρός_βεβαίωσης", "acilDurumKisisi", "ผู้ติดต่อฉุกเฉิน",
            "nguoi_lien_he_khan_cap", "OpiekunPrawny", "parorende_navn"} <= {c.name for c in role}


def test_when_a_custom_field_holds_personal_data_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags and c.kind == "free_text"]
    assert len(custom) >= 7
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


def test_when_a_custom_field_holds_no_personal_data_then_no_value_looks_personal(built) -> None:
    custom = [(t, c) for t in built for c in t.columns if "custom_field" in c.tags and c.kind == "none"]
    assert len(custom) >= 5
    for table, col in custom:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        vals = _str(_real(col.values))
        assert len(vals) >= 100, col.name
        assert _misses(vals, lambda x, p=private: "@" not in x and sum(ch.isdigit() for ch in x) < 7
                       and x not in p) == 0, col.name


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    (ANNY, "ANN-MBR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (RIMOUSKI, "nas_parent_releve24", sin.is_valid),
    (SLSC, "MedicareNumber", values.medicare_is_valid),
    (SIPADAN, "cust_nric", nric.is_valid),
    (CANGGU, "col06", nik.is_valid),
    (RHODES, "αμκα", amka.is_valid),
    (RHODES, "αφμ", afm.is_valid),
    (KAS, "tcKimlikNo", tckimlik.is_valid),
    (KOHTAO, "เลขประจำตัวประชาชน", pin.is_valid),
    (GIZYCKO, "Pesel", pesel.is_valid),
    (STAVANGER, "fodselsnummer", fodselsnummer.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    vals = _str(_values(built, table, name))
    assert len(vals) >= 80 and _misses(vals, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_ibans_and_cards_are_built_then_they_pass_their_checks(built) -> None:
    for table, name in ((KAS, "iadeIban"), (GIZYCKO, "RachunekZwrotKaucji"), (STAVANGER, "iban_refusjon")):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 50 and _misses(vals, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban"
    cards = _str(_values(built, ANNY, "ANN-CARD-NO"))
    assert len(cards) >= 100 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0


def _pairs(built, table: str, idc: str, other: str) -> list[tuple]:
    rows = zip(_column(built, table, idc).values, _column(built, table, other).values)
    return [(str(p).strip(), d) for p, d in rows if p is not None]


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    def same(a: date, b: date) -> bool:
        return (a.day, a.month, a.year % 100) == (b.day, b.month, b.year % 100)

    for table, idc, dob, get in ((CANGGU, "col06", "col07", nik.get_birth_date),
                                 (SIPADAN, "cust_nric", "cust_dob", nric.get_birth_date),
                                 (RHODES, "αμκα", "ημερομηνία_γέννησης", amka.get_birth_date),
                                 (GIZYCKO, "Pesel", "DataUrodzenia", pesel.get_birth_date),
                                 (STAVANGER, "fodselsnummer", "fodselsdato", fodselsnummer.get_birth_date)):
        pairs = _pairs(built, table, idc, dob)
        if table == CANGGU:
            pairs = [(p, date(int(d[6:]), int(d[3:5]), int(d[:2]))) for p, d in pairs]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: same(f(r[0]), r[1])) == 0, table


def test_when_a_number_is_generated_by_shape_then_it_still_encodes_the_rows_birth_date(built) -> None:
    ramq = _pairs(built, RIMOUSKI, "nam_enfant", "date_naissance_enfant")
    assert len(ramq) >= 100 and _misses(ramq, lambda r: re.fullmatch(r"[A-Z]{4} \d{4} \d{4}", r[0]) and (
        r[0][5:7], int(r[0][7:9]) % 50, r[0][10:12]) == (f"{r[1].year % 100:02d}", r[1].month,
                                                          f"{r[1].day:02d}")) == 0
    cccd = _pairs(built, NHATRANG, "so_cccd", "ngay_sinh")
    assert len(cccd) >= 100 and _misses(cccd, lambda r: len(r[0]) == 12 and r[0][4:6] == f"{r[1].year % 100:02d}"
                                        and int(r[0][3]) // 2 == (r[1].year >= 2000)) == 0
    eg = _pairs(built, REDSEA, "EG_NATIONAL_ID", "DATE_OF_BIRTH")
    assert len(eg) >= 50 and _misses(eg, lambda r: len(r[0]) == 14 and r[0][1:7] == r[1].strftime("%y%m%d")) == 0
    nrn = _pairs(built, KITE, "NRN", "Date of Birth")
    assert len(nrn) >= 100 and _misses(nrn, lambda r: r[0][:6] == r[1][8:] + r[1][3:5] + r[1][:2]) == 0


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    for name in ("ANN-MBR-DOB", "ANN-JOIN-DT", "ANN-BILL-DT"):
        ymd = [x for x in _column(built, ANNY, name).values if x]
        assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    def month_ok(x: str) -> bool:
        return 1 <= int(x[2:4]) <= 12

    cases = [
        (KONA, "waiver_no", lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and not ssn.is_valid(x)),
        (RIMOUSKI, "no_recu", lambda x: len(x.replace(" ", "")) == 9 and not sin.is_valid(x)),
        (SLSC, "MemberNumber", lambda x: len(x) == 10 and not values.medicare_is_valid(x)),
        (SIPADAN, "bkg_no", lambda x: len(x) == 12 and not nric.is_valid(x)),
        (CANGGU, "col15", lambda x: len(x) == 16 and not nik.is_valid(x)),
        (RHODES, "αριθμός_απόδειξης", lambda x: len(x) == 9 and not afm.is_valid(x)),
        (KAS, "faturaNo", lambda x: len(x) == 11 and not tckimlik.is_valid(x)),
        (KOHTAO, "เลขที่ใบเสร็จ", lambda x: len(x) == 13 and not pin.is_valid(x)),
        (GIZYCKO, "NrFaktury", lambda x: len(x) == 11 and not pesel.is_valid(x)),
        (STAVANGER, "kid_nummer", lambda x: len(x) == 11 and not fodselsnummer.is_valid(x)),
        (KITE, "Receipt #", lambda x: re.fullmatch(r"\d{6}-\d{4}", x) and not month_ok(x)),
    ]
    for table, name, fails in cases:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, fails) == 0, name
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in ((KAS, "firmaVergiNo", vkn.is_valid), (GIZYCKO, "NipSzkoly", nip.is_valid),
                               (STAVANGER, "klubb_orgnr", orgnr.is_valid), (NHATRANG, "ma_so_thue_cong_ty",
                                                                              mst.is_valid),
                               (KOHTAO, "เลขผู้เสียภาษีร้าน", lambda x: x[0] == "0" and pin.calc_check_digit(x[:12])
                                == x[12])):
        vals = _str(_values(built, table, name))
        assert vals and _misses(vals, check) == 0, name
        assert "business" in _column(built, table, name).tags


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {KONA: "US", SURF: "GB", SLSC: "AU", REDSEA: "EG", SIPADAN: "MY", ANNY: "US", CANGGU: "ID",
                 KITE: "BB", RIMOUSKI: "CA", RHODES: "GR", KAS: "TR", KOHTAO: "TH", NHATRANG: "VN", GIZYCKO: "PL",
                 STAVANGER: "NO"}
#: guests' phones in their own countries (E.164 or international format)
ABROAD = {(REDSEA, "MOBILE_PHONE"), (REDSEA, "EMERGENCY_CONTACT_PHONE"), (CANGGU, "col04")}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 25
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        where = f"{table.name}.{col.name}"
        assert len(vals) >= 80 and _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, where
        if (table.name, col.name) in ABROAD:
            assert _misses(vals, lambda x: x.startswith("+")) == 0, where
            assert len({phonenumbers.region_code_for_number(phonenumbers.parse(x)) for x in vals}) >= 4, where
        else:
            assert _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(
                phonenumbers.parse(x, r)) == r) == 0, where


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in ((SURF, "branchPhone"), (SLSC, "ClubPhone"), (REDSEA, "CENTRE_PHONE"), (KITE, "Centre Phone"),
                        (RHODES, "τηλέφωνο_καταστήματος"), (ANNY, "ANN-CLUB-PHONE")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and len(vals) >= 200, name
        assert _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_values_are_built_then_greek_and_thai_scripts_occur(built) -> None:
    def script(lo: str, hi: str):
        return lambda x: all(lo <= ch <= hi or ch in " -" for ch in str(x))

    for table, name, lo, hi in ((RHODES, "επώνυμο", "\u0370", "\u03ff"), (RHODES, "όνομα", "\u0370", "\u03ff"),
                                (KOHTAO, "ชื่อ", "\u0e00", "\u0e7f"), (KOHTAO, "นามสกุล", "\u0e00", "\u0e7f")):
        vals = _values(built, table, name)
        assert len(vals) >= 200 and _misses(vals, script(lo, hi)) == 0, name
    names = [c.name for t in built if t.name in (RHODES, KOHTAO) for c in t.columns if c.name != "email"]
    assert _misses(names, lambda x: not x.isascii()) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, CANGGU)
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 21)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    padded = [c for c in heldout_support.table(built, ANNY).columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 6


def test_when_the_scorer_builds_set_v130_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v2_accuracy.SETS["v130"].DEFAULT_PATH == Path("/tmp/heldout_v130.duckdb")
