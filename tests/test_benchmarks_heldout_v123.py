"""Held-out set v123: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits, phones valid for their region, decoys failing their checks and its determinism
are the ones asked for (values are only counted or checked here, never printed).

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
from stdnum import iban, imei, luhn
from stdnum.bg import egn
from stdnum.bg import vat as bg_vat
from stdnum.fi import hetu, ytunnus
from stdnum.hr import oib
from stdnum.lv import pvn
from stdnum.no import fodselsnummer, orgnr
from stdnum.ro import cnp, cui
from stdnum.th import pin
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v123
from benchmarks.classification import heldout_v123_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "ro", "no", "hu", "fi", "bg", "hr", "lv"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v123")
_cells = heldout_support.Cells(heldout_v123.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v123, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "hungarian"} <= {t.style for t in
                                                                                                  built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_plain", "username", "practitioner_id"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v123.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "practitioner_id"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name


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
    assert len(heavy) >= 6
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
    assert len(staff) >= 12
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 10 and all(c.kind != "none" for c in role)
    assert {"AuthorisedRedeemerName", "strHeirBeneficiary", "martor_nume", "vergeNavn", "anyja_neve", "edunvalvoja",
            "поръчител_име", "nasljednik_ime", "pilnvarota_persona", "col14"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names_or_holds_nothing_personal(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 8
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 4
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0, col.name


def _str(vals: list) -> list[str]:
    return [str(x).strip() for x in vals if x not in (0, None)]


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("sandia_pawn.pawn_tickets", "form_8300_tin", ssn.is_valid),
    ("PAWNLEG.PWN_POLICE_XTRACT", "PWN-CUST-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("KimSengPawnshop.PledgeTickets", "NricFin", values.nric_is_valid),
    ("SHG_SCRAP_REG.GAUTENG_PURCHASES", "SELLER_ID_NUMBER", idnr.is_valid),
    ("stg_tkn_bkk.src_pledge_raw", "col03", pin.is_valid),
    ("amanet_cluj.contracte_amanet", "cnp", cnp.is_valid),
    ("bruktkjop_trondheim.innkjopsprotokoll", "fodselsnummer", fodselsnummer.is_valid),
    ("zalogfiok_debrecen.zalogjegyek", "adoazonosito_jel", values.hu_adoazonosito_is_valid),
    ("kullanosto_tampere.ostotapahtumat", "henkilotunnus", hetu.is_valid),
    ("заложна_къща_пловдив.договори_залог", "егн", egn.is_valid),
    ("aukcije_zagreb.komitenti_i_kupci", "oib", oib.is_valid),
    ("metalluznu_riga.pienemsanas_akti", "personas_kods", pvn.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    vals = _str(_values(built, table, name))
    assert len(vals) >= 80 and _misses(vals, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def _hetu_birth(value: str) -> date:
    century = {"-": 1900, "A": 2000}[value[6]]
    return date(century + int(value[4:6]), int(value[2:4]), int(value[:2]))


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (
            ("SHG_SCRAP_REG.GAUTENG_PURCHASES", "SELLER_ID_NUMBER", "SELLER_DOB", idnr.get_birth_date),
            ("amanet_cluj.contracte_amanet", "cnp", "data_nasterii", cnp.get_birth_date),
            ("bruktkjop_trondheim.innkjopsprotokoll", "fodselsnummer", "fodselsdato", fodselsnummer.get_birth_date),
            ("kullanosto_tampere.ostotapahtumat", "henkilotunnus", "syntymaaika", _hetu_birth),
            ("заложна_къща_пловдив.договори_залог", "егн", "дата_раждане", egn.get_birth_date),
            ("metalluznu_riga.pienemsanas_akti", "personas_kods", "dzimsanas_datums", pvn.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None and not p.startswith("32")]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


def test_when_a_gb_driving_licence_is_built_then_it_encodes_the_sellers_birth_date(built) -> None:
    table = "teesMetalRecycling.sellerTransactions"
    rows = [(x, d) for x, d in zip(_column(built, table, "drivingLicenceNumber").values,
                                   _column(built, table, "sellerDateOfBirth").values) if x is not None]

    def ok(row: tuple[str, date]) -> bool:
        x, d = row
        return (len(x) == 16 and int(x[5]) == d.year // 10 % 10 and int(x[6:8]) % 50 == d.month
                and int(x[8:10]) == d.day and int(x[10]) == d.year % 10)

    assert len(rows) >= 100 and _misses(rows, ok) == 0


def test_when_a_legacy_or_buddhist_era_date_is_built_then_it_decodes_to_a_real_date(built) -> None:
    for name in ("PWN-CUST-DOB", "PWN-TRANS-DT"):
        ymd = [x for x in _column(built, "PAWNLEG.PWN_POLICE_XTRACT", name).values if x]
        assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    be = _str(_values(built, "stg_tkn_bkk.src_pledge_raw", "col04"))
    assert len(be) >= 100 and _misses(be, lambda x: re.fullmatch(r"\d{2}/\d{2}/\d{4}", x) is not None and bool(
        date(int(x[6:]) - 543, int(x[3:5]), int(x[:2]))) and 1950 <= int(x[6:]) - 543 <= 2005) == 0


#: (table, column, check the value must fail, shape it must have)
DECOYS = [
    ("sandia_pawn.pawn_tickets", "ticket_number", ssn.is_valid, r"\d{3}-\d{2}-\d{4}"),
    ("KimSengPawnshop.PledgeTickets", "PledgeNo", values.nric_is_valid, r"S\d{7}[A-Z]"),
    ("SHG_SCRAP_REG.GAUTENG_PURCHASES", "REGISTER_ENTRY_NO", idnr.is_valid, r"\d{13}"),
    ("stg_tkn_bkk.src_pledge_raw", "col09", pin.is_valid, r"\d{13}"),
    ("amanet_cluj.contracte_amanet", "nr_contract", cnp.is_valid, r"[12]\d{12}"),
    ("zalogfiok_debrecen.zalogjegyek", "zalogjegy_szam", values.taj_is_valid, r"\d{9}"),
    ("заложна_къща_пловдив.договори_залог", "номер_договор", egn.is_valid, r"\d{10}"),
    ("aukcije_zagreb.komitenti_i_kupci", "broj_primke", oib.is_valid, r"\d{11}"),
    ("metalluznu_riga.pienemsanas_akti", "akta_nr", pvn.is_valid, r"\d{6}-\d{5}"),
]


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, shape in DECOYS:
        vals = _str(_values(built, table, name))
        assert _column(built, table, name).kind == "none", name
        assert len(vals) >= 100 and _misses(vals, lambda x, f=check, s=shape: re.fullmatch(s, x) is not None
                                            and not f(x)) == 0, name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (
            ("amanet_cluj.contracte_amanet", "cui_societate", lambda x: cui.is_valid(x[2:])),
            ("bruktkjop_trondheim.innkjopsprotokoll", "butikkOrgnr", orgnr.is_valid),
            ("kullanosto_tampere.ostotapahtumat", "y_tunnus", ytunnus.is_valid),
            ("заложна_къща_пловдив.договори_залог", "еик_търговец", lambda x: bg_vat.is_valid("BG" + x)),
            ("aukcije_zagreb.komitenti_i_kupci", "oib_aukcijske_kuce", oib.is_valid),
            ("metalluznu_riga.pienemsanas_akti", "uznemuma_reg_nr", pvn.is_valid)):
        col = _column(built, table, name)
        assert col.kind == "none" and "business" in col.tags and _misses(_str(col.values), check) == 0, name


def test_when_imeis_are_built_then_they_pass_luhn_and_are_labeled_none(built) -> None:
    col = _column(built, "cashxchg_nsw.sh_dlr_txn", "itm_imei")
    vals = _str(col.values)
    assert col.kind == "none" and len(vals) >= 100 and _misses(vals, imei.is_valid) == 0


def test_when_a_column_is_labeled_iban_or_credit_card_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert len(ibans) >= 5
    for col in ibans:
        vals = _str(col.values)
        assert len(vals) >= 80 and _misses(vals, iban.is_valid) == 0, col.name
    cards = _str(_values(built, "kennebec_auctions.tblBidderRegistrations", "strCardNumber"))
    assert len(cards) >= 100 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "sandia_pawn.pawn_tickets": "US", "teesMetalRecycling.sellerTransactions": "GB",
    "KimSengPawnshop.PledgeTickets": "SG", "SHG_SCRAP_REG.GAUTENG_PURCHASES": "ZA", "cashxchg_nsw.sh_dlr_txn": "AU",
    "PAWNLEG.PWN_POLICE_XTRACT": "US", "stg_tkn_bkk.src_pledge_raw": "TH",
    "kennebec_auctions.tblBidderRegistrations": "US", "amanet_cluj.contracte_amanet": "RO",
    "bruktkjop_trondheim.innkjopsprotokoll": "NO", "zalogfiok_debrecen.zalogjegyek": "HU",
    "kullanosto_tampere.ostotapahtumat": "FI", "заложна_къща_пловдив.договори_залог": "BG",
    "aukcije_zagreb.komitenti_i_kupci": "HR", "metalluznu_riga.pienemsanas_akti": "LV",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 80, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("sandia_pawn.pawn_tickets", "store_phone"), ("KimSengPawnshop.PledgeTickets", "BranchPhone"),
                        ("cashxchg_nsw.sh_dlr_txn", "str_ph"), ("PAWNLEG.PWN_POLICE_XTRACT", "PWN-STORE-PHONE"),
                        ("bruktkjop_trondheim.innkjopsprotokoll", "butikkTelefon"),
                        ("kullanosto_tampere.ostotapahtumat", "myymala_puhelin"),
                        ("заложна_къща_пловдив.договори_залог", "клон_телефон")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_values_are_built_then_thai_and_cyrillic_scripts_occur(built) -> None:
    thai = _values(built, "stg_tkn_bkk.src_pledge_raw", "col02")
    assert _misses(thai, lambda x: all("\u0e00" <= ch <= "\u0e7f" or ch == " " for ch in str(x))) == 0
    cyr = _values(built, "заложна_къща_пловдив.договори_залог", "име")
    assert _misses(cyr, lambda x: all("\u0400" <= ch <= "\u04ff" for ch in str(x))) == 0
    table = heldout_support.table(built, "заложна_къща_пловдив.договори_залог")
    assert all(any("\u0400" <= ch <= "\u04ff" for ch in c.name) for c in table.columns)


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_tkn_bkk.src_pledge_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    table = heldout_support.table(built, "PAWNLEG.PWN_POLICE_XTRACT")
    padded = [c for c in table.columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 5 and all("legacy" in c.tags for c in table.columns)


def test_when_the_scorer_builds_set_v123_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v123.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v123"].DEFAULT_PATH == Path("/tmp/heldout_v123.duckdb")
