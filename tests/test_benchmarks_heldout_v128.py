"""Held-out set v128: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
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
from stdnum import iban, luhn
from stdnum.cz import rc
from stdnum.es import dni, nie
from stdnum.ie import pps
from stdnum.pk import cnic
from stdnum.ru import inn
from stdnum.si import ddv, emso
from stdnum.sk import rc as sk_rc
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v128
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "cs", "sk", "sl", "sr", "ru", "ja", "ca"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v128")
_cells = heldout_support.Cells(heldout_v128.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v128, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert len({t.language for t in built if t.language != "en"}) == 7
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "spaces"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_plain", "licence", "username"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v128.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"licence"}:
            assert col.kind == "national_id", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        assert col.kind != "none" and 0.50 <= _null_share(col) <= 0.95, col.name
    assert sum(0.60 <= _null_share(c) <= 0.95 for c in heavy) >= 8


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 8
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
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {"party_leader_name", "NEXT_OF_KIN_NAME", "gst_nm", "FA-REFEREE-NM", "Emergency Contact",
            "zakonny_zastupca", "roditelj_staratelj", "kinkyuu_renrakusaki", "tutor_legal"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 9
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name


def test_when_a_custom_field_holds_codes_then_it_holds_no_phone_email_or_name(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 3
    for col in plain:
        values = [str(x) for x in _real(col.values)]
        assert values and _misses(values, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0
        assert len(set(values)) <= 6, col.name


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("idfg_draw.controlled_hunt_apps", "hunter_ssn", ssn.is_valid),
    ("FACLEGCY.FA_CERT_EXTRACT", "FA-PPSN", pps.is_valid),
    ("stg_armslic_lhr.src_application_raw", "col04", cnic.is_valid),
    ("ms_hubert_trebic.clenove_lovecke_listky", "rodne_cislo", rc.is_valid),
    ("mo_srz_zvolen.clenovia_povolenky", "rodne_cislo", sk_rc.is_valid),
    ("orozarna_celje.prodaja_orozja", "emso", emso.is_valid),
    ("orozarna_celje.prodaja_orozja", "davcna_stevilka", ddv.is_valid),
    ("sk_vojvodina_ns.clanovi", "jmbg", emso.is_valid),
    ("охотхозяйство_кедровый_бор.путёвки", "снилс", heldout_v128.snils_is_valid),
    ("охотхозяйство_кедровый_бор.путёвки", "инн", inn.is_valid),
    ("societat_cacadors_solsona.socis", "dni", lambda x: dni.is_valid(x) or nie.is_valid(x)),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    values = _str(_values(built, table, name))
    assert len(values) >= 80 and _misses(values, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (
            ("ms_hubert_trebic.clenove_lovecke_listky", "rodne_cislo", "datum_narozeni", rc.get_birth_date),
            ("mo_srz_zvolen.clenovia_povolenky", "rodne_cislo", "datum_narodenia", rc.get_birth_date),
            ("orozarna_celje.prodaja_orozja", "emso", "datum_rojstva", emso.get_birth_date),
            ("sk_vojvodina_ns.clanovi", "jmbg", "datum_rodjenja", emso.get_birth_date),
            ("NAM_HUNTREG.FARM_HUNT_REGISTER", "ID_NUMBER", "DATE_OF_BIRTH", heldout_v128.namibian_id_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    for name in ("FA-DOB", "FA-ISSUE-DT", "FA-EXPIRY-DT"):
        ymd = [x for x in _column(built, "FACLEGCY.FA_CERT_EXTRACT", name).values if x]
        assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    text = _values(built, "stg_armslic_lhr.src_application_raw", "col05")
    assert _misses(text, lambda x: bool(re.fullmatch(r"\d{2}-\d{2}-\d{4}", str(x)))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    apps = _str(_values(built, "idfg_draw.controlled_hunt_apps", "app_number"))
    assert len(apps) >= 100 and _misses(apps, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                        not ssn.is_valid(x)) == 0
    invoices = _str(_values(built, "ms_hubert_trebic.clenove_lovecke_listky", "faktura_c"))
    assert len(invoices) >= 100 and _misses(invoices, lambda x: re.fullmatch(r"\d{6}/\d{4}", x) and
                                            not rc.is_valid(x)) == 0
    receipts = _str(_values(built, "orozarna_celje.prodaja_orozja", "st_racuna"))
    assert len(receipts) >= 100 and _misses(receipts, lambda x: len(x) == 8 and not ddv.is_valid(x)) == 0
    challans = _str(_values(built, "stg_armslic_lhr.src_application_raw", "col14"))
    assert len(challans) >= 100 and _misses(challans, lambda x: re.fullmatch(r"\d{5}-\d{7}-\d", x) and
                                            not cnic.is_valid(x)) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    from stdnum.au import abn
    from stdnum.cz import dic
    from stdnum.es import cif
    from stdnum.jp import cn
    from stdnum.rs import pib
    from stdnum.ru import ogrn
    from stdnum.si import maticna
    for table, name, check in (("huonGunsmiths.ptaSales", "storeAbn", abn.is_valid),
                               ("ms_hubert_trebic.clenove_lovecke_listky", "ico_spolku", dic.is_valid),
                               ("orozarna_celje.prodaja_orozja", "maticna_st_trgovine", maticna.is_valid),
                               ("sk_vojvodina_ns.clanovi", "pib_kluba", pib.is_valid),
                               ("охотхозяйство_кедровый_бор.путёвки", "огрн_хозяйства", ogrn.is_valid),
                               ("ryouyuukai_matsumoto.kaiin_meibo", "houjin_bangou", cn.is_valid),
                               ("societat_cacadors_solsona.socis", "cif_societat", cif.is_valid)):
        values = _str(_values(built, table, name))
        assert values and _misses(values, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "idfg_draw.controlled_hunt_apps": "US", "huonGunsmiths.ptaSales": "AU",
    "ThompsonValleyOutdoors.FirearmTransfers": "CA", "NAM_HUNTREG.FARM_HUNT_REGISTER": "NA",
    "speypermits.prm_ord": "GB", "FACLEGCY.FA_CERT_EXTRACT": "IE", "stg_armslic_lhr.src_application_raw": "PK",
    "teifi_clays.Member Register": "GB", "ms_hubert_trebic.clenove_lovecke_listky": "CZ",
    "mo_srz_zvolen.clenovia_povolenky": "SK", "orozarna_celje.prodaja_orozja": "SI", "sk_vojvodina_ns.clanovi": "RS",
    "охотхозяйство_кедровый_бор.путёвки": "RU", "ryouyuukai_matsumoto.kaiin_meibo": "JP",
    "societat_cacadors_solsona.socis": "ES",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        values = _str(_real(col.values))
        assert len(values) >= 80, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("huonGunsmiths.ptaSales", "storePhone"),
                        ("ThompsonValleyOutdoors.FirearmTransfers", "BranchPhone"),
                        ("NAM_HUNTREG.FARM_HUNT_REGISTER", "FARM_PHONE"),
                        ("teifi_clays.Member Register", "Ground Phone"),
                        ("orozarna_celje.prodaja_orozja", "trgovina_telefon")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert col.kind == "none" and _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_values_are_built_then_cyrillic_kanji_and_katakana_occur(built) -> None:
    surnames = _values(built, "охотхозяйство_кедровый_бор.путёвки", "фамилия")
    assert _misses(surnames, lambda x: all("\u0400" <= ch <= "\u04ff" for ch in str(x))) == 0
    kana = _values(built, "ryouyuukai_matsumoto.kaiin_meibo", "furigana")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    kanji = _values(built, "ryouyuukai_matsumoto.kaiin_meibo", "shimei")
    assert _misses(kanji, lambda x: any("\u4e00" <= ch <= "\u9fff" for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_armslic_lhr.src_application_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    table = heldout_support.table(built, "FACLEGCY.FA_CERT_EXTRACT")
    padded = [c for c in table.columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 5


def test_when_cards_and_ibans_are_built_then_they_pass_their_checks(built) -> None:
    cards = [x.replace(" ", "") for x in _str(_values(built, "ThompsonValleyOutdoors.FirearmTransfers", "CardOnFile"))]
    assert len(cards) >= 80 and _misses(cards, luhn.is_valid) == 0
    last4 = _column(built, "ThompsonValleyOutdoors.FirearmTransfers", "CardLast4")
    assert last4.kind == "none" and sum(x is not None for x in last4.values) == len(cards)
    ibans = _str(_values(built, "societat_cacadors_solsona.socis", "iban"))
    assert len(ibans) >= 80 and _misses(ibans, iban.is_valid) == 0


def test_when_the_scorer_builds_set_v128_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v128.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v128"].DEFAULT_PATH == Path("/tmp/heldout_v128.duckdb")
