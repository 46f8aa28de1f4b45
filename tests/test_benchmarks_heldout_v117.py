"""Held-out set v117: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
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
from stdnum.au import abn
from stdnum.es import cif, dni, nie
from stdnum.gb import utr
from stdnum.it import codicefiscale, iva
from stdnum.jp import cn
from stdnum.nl import bsn, postcode
from stdnum.pl import nip, pesel, regon
from stdnum.ru import inn
from stdnum.th import pin, tin
from stdnum.tr import tckimlik, vkn
from stdnum.us import ein, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v117
from benchmarks.classification import heldout_v117_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "es", "it", "nl", "pl", "tr", "ja", "ru"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v117")
_cells = heldout_support.Cells(heldout_v117.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v117, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "as400", "opaque"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "username", "licence"} <= tags
    kinds = {c.kind for c in columns}
    assert {k.value for k in Kind} == kinds


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v117.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name
        if "licence" in col.tags:
            assert col.kind == "national_id", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        assert col.kind != "none" and 0.50 <= _null_share(col) <= 0.95, col.name


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
    assert len(staff) >= 14
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {"additional_recipient_name", "emergencyContactName", "PscName", "AUTHORISED_PICKUP_NAME", "pkup_nm",
            "TG-GUAR-SSN", "host_member_name", "representante_autorizado", "Gemachtigde", "pelnomocnik",
            "acilDurumKisisi"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 12
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


def _str(vals: list) -> list[str]:
    return [str(x).strip() for x in vals if x not in (0, None)]


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("EXECSTE.TGUAR-EXTRACT", "TG-GUAR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("RegisteredOffice.KycChecks", "PersonalUtr", utr.is_valid),
    ("stg_bkk_cowork.src_member_raw", "col03", pin.is_valid),
    ("domiciliacion_vlc.contratos_domicilio", "dni_nie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("DOMICMI.DMCLIP", "DMCDFI", codicefiscale.is_valid),
    ("VirtueelKantoorRotterdam.Inschrijvingen", "Bsn", bsn.is_valid),
    ("wirtualne_biuro_wroclaw.umowy", "pesel", pesel.is_valid),
    ("wirtualne_biuro_wroclaw.umowy", "seria_nr_dowodu", values.pl_id_card_is_valid),
    ("sanalOfisAnkara.aboneler", "tcKimlikNo", tckimlik.is_valid),
    ("коворкинг_нск.резиденты", "инн", lambda x: inn.is_valid(x) and len(x) == 12),
    ("коворкинг_нск.резиденты", "снилс", values.snils_is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    vals = _str(_values(built, table, name))
    assert len(vals) >= 80 and _misses(vals, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_an_identifier_is_checked_here_then_known_numbers_pass_and_altered_ones_fail() -> None:
    assert values.snils_is_valid("112-233-445 95") and not values.snils_is_valid("112-233-445 96")
    assert values.pl_id_card_is_valid("ABA300000") and not values.pl_id_card_is_valid("ABA300001")


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in (("domiciliacion_vlc.contratos_domicilio", "iban_cobro"), ("DOMICMI.DMCLIP", "DMIBAN"),
                        ("VirtueelKantoorRotterdam.Inschrijvingen", "Iban"),
                        ("wirtualne_biuro_wroclaw.umowy", "rachunek_iban"), ("sanalOfisAnkara.aboneler", "ibanNo")):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban"
    for table, name in (("mailbox_atx.form1583_applications", "card_on_file"), ("deskHive.memberships", "billingCard")):
        cards = [re.sub(r"[ -]", "", x) for x in _str(_values(built, table, name))]
        assert len(cards) >= 80 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, name


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (("wirtualne_biuro_wroclaw.umowy", "pesel", "data_urodzenia", pesel.get_birth_date),):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values, strict=True)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    rows = zip(_column(built, "DOMICMI.DMCLIP", "DMCDFI").values, _column(built, "DOMICMI.DMCLIP", "DMDNAS").values,
               strict=True)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: _cyy(codicefiscale.get_birth_date(r[0])) == r[1]) == 0


def _cyy(d: date) -> int:
    return (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "EXECSTE.TGUAR-EXTRACT", "TG-GUAR-DOB").values if x]
    assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    cyy = [x for x in _column(built, "DOMICMI.DMCLIP", "DMDNAS").values if x]
    assert len(cyy) >= 100 and _misses(cyy, lambda x: bool(date(1900 + x // 1_000_000 * 100 + x // 10_000 % 100,
                                                                 x // 100 % 100, x % 100))) == 0
    opaque = _str(_values(built, "stg_bkk_cowork.src_member_raw", "col04"))
    assert _misses(opaque, lambda x: bool(date(int(x[6:]), int(x[3:5]), int(x[:2])))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    cases = _str(_values(built, "mailbox_atx.form1583_applications", "case_number"))
    assert len(cases) >= 100 and _misses(cases, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                         not ssn.is_valid(x)) == 0
    for table, name, check, size in (("EXECSTE.TGUAR-EXTRACT", "TG-LICENSE-NO", ssn.is_valid, 9),
                                     ("stg_bkk_cowork.src_member_raw", "col11", pin.is_valid, 13),
                                     ("domiciliacion_vlc.contratos_domicilio", "num_contrato", dni.is_valid, 9),
                                     ("VirtueelKantoorRotterdam.Inschrijvingen", "Contractnummer", bsn.is_valid, 9),
                                     ("wirtualne_biuro_wroclaw.umowy", "numer_umowy", pesel.is_valid, 11),
                                     ("sanalOfisAnkara.aboneler", "sozlesmeNo", tckimlik.is_valid, 11),
                                     ("коворкинг_нск.резиденты", "номер_договора", inn.is_valid, 12)):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, lambda x, f=check, n=size: len(x) == n and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("EXECSTE.TGUAR-EXTRACT", "TG-CO-FEIN", ein.is_valid),
                               ("vo_syd.mail_rcv", "cli_abn", abn.is_valid),
                               ("stg_bkk_cowork.src_member_raw", "col12", lambda x: tin.tin_type(x) == "moa"),
                               ("domiciliacion_vlc.contratos_domicilio", "cif_empresa", cif.is_valid),
                               ("DOMICMI.DMCLIP", "DMPIVA", iva.is_valid),
                               ("wirtualne_biuro_wroclaw.umowy", "nip", nip.is_valid),
                               ("wirtualne_biuro_wroclaw.umowy", "regon", regon.is_valid),
                               ("sanalOfisAnkara.aboneler", "vergiNo", vkn.is_valid),
                               ("yuubin_tensou_fukuoka.honnin_kakunin", "houjin_bangou", cn.is_valid),
                               ("коворкинг_нск.резиденты", "инн_компании", lambda x: inn.is_valid(x) and len(x) == 10)):
        vals = _str(_values(built, table, name))
        assert vals and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_postcode_has_a_checkable_format_then_it_passes(built) -> None:
    codes = _str(_values(built, "VirtueelKantoorRotterdam.Inschrijvingen", "Postcode"))
    assert len(codes) >= 100 and _misses(codes, postcode.is_valid) == 0
    pl = _str(_values(built, "wirtualne_biuro_wroclaw.umowy", "kod_pocztowy"))
    assert _misses(pl, lambda x: re.fullmatch(r"\d{2}-\d{3}", x)) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "mailbox_atx.form1583_applications": "US", "deskHive.memberships": "GB", "RegisteredOffice.KycChecks": "GB",
    "PARCELHOP_JM.MAILBOX_ACCOUNTS": "JM", "vo_syd.mail_rcv": "AU", "EXECSTE.TGUAR-EXTRACT": "US",
    "stg_bkk_cowork.src_member_raw": "TH", "hatch_yvr.guest_checkins": "CA",
    "domiciliacion_vlc.contratos_domicilio": "ES", "DOMICMI.DMCLIP": "IT",
    "VirtueelKantoorRotterdam.Inschrijvingen": "NL", "wirtualne_biuro_wroclaw.umowy": "PL",
    "sanalOfisAnkara.aboneler": "TR", "yuubin_tensou_fukuoka.honnin_kakunin": "JP", "коворкинг_нск.резиденты": "RU",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 80, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("mailbox_atx.form1583_applications", "business_phone"),
                        ("deskHive.memberships", "companyPhone"), ("EXECSTE.TGUAR-EXTRACT", "TG-BLDG-PHONE"),
                        ("sanalOfisAnkara.aboneler", "firmaTelefonu")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_values_are_built_then_japanese_and_cyrillic_scripts_occur(built) -> None:
    kana = _values(built, "yuubin_tensou_fukuoka.honnin_kakunin", "shimei_kana")
    assert len(kana) >= 100 and _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " "
                                                            for ch in str(x))) == 0
    surnames = _values(built, "коворкинг_нск.резиденты", "фамилия")
    assert len(surnames) >= 100 and _misses(surnames, lambda x: all("\u0400" <= ch <= "\u04ff" for ch in str(x))) == 0
    table = heldout_support.table(built, "коворкинг_нск.резиденты")
    assert all(any("\u0400" <= ch <= "\u04ff" for ch in c.name) for c in table.columns)


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_bkk_cowork.src_member_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    for table in ("EXECSTE.TGUAR-EXTRACT", "DOMICMI.DMCLIP"):
        padded = [c for c in heldout_support.table(built, table).columns
                  if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
        assert len(padded) >= 5, table


def test_when_the_scorer_builds_set_v117_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v117.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v117"].DEFAULT_PATH == Path("/tmp/heldout_v117.duckdb")
