"""Held-out set v110: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
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
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.tr import tckimlik
from stdnum.us import ssn
from stdnum.za import idnr as za_idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v110
from benchmarks.classification.heldout_v110_values import ausweis_is_valid
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "it", "es", "pt", "de", "tr", "fr", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v110")
_cells = heldout_support.Cells(heldout_v110.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v110, built) == []


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
            "join_key", "legacy", "opaque", "custom_field", "username", "licence", "partial", "multi_value"} <= tags
    kinds = {c.kind for c in columns}
    assert {k.value for k in Kind} == kinds


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v110.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "partial"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name
        if "licence" in col.tags:
            assert col.kind == "national_id", col.name
        if col.tags & {"staff", "role_word"}:
            assert col.kind != "none", col.name


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
    assert {"co_holder_name", "emergencyContactName", "ec_nm", "STH-NOK-NAME", "genitore_tutore", "titularCuenta",
            "nome_mae", "finder_name", "eigentuemer_nachname", "baba_adi", "STURGN",
            "hogosha_shimei"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 12
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("riverbend_tix.season_ticket_accounts", "payment_plan_ssn", ssn.is_valid),
    ("gatewaySecurity.stewardAccreditation", "sinNumber", sin.is_valid),
    ("stdm_med.fa_incdt_log", "pt_nhi", heldout_v110.nhi_is_valid),
    ("STHLEG.STH-MEMBER-EXTRACT", "STH-ID-NO", za_idnr.is_valid),
    ("stg_tktx.src_resale_refund_raw", "col06", pan.is_valid),
    ("stg_tktx.src_resale_refund_raw", "col07", aadhaar.is_valid),
    ("club_tifosi_valdarno.soci_tesserati", "codice_fiscale", codicefiscale.is_valid),
    ("taquillaZgz.devolucionesEntradas", "dniNie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("torcida_cadastro_poa.associados", "cpf", cpf.is_valid),
    ("fundbuero_arena_emscher.fundsachen", "ausweisnummer", ausweis_is_valid),
    ("stadyum_guvenlik_trabzon.seyirci_yasaklari", "tc_kimlik_no", tckimlik.is_valid),
    ("SECUEV83.STAGTP", "STNIR", nir.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    values = _str(_values(built, table, name))
    assert len(values) >= 80 and _misses(values, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in (("club_tifosi_valdarno.soci_tesserati", "iban_addebito_quota"),
                        ("taquillaZgz.devolucionesEntradas", "ibanDevolucion"), ("SECUEV83.STAGTP", "STIBAN")):
        values = _str(_values(built, table, name))
        assert len(values) >= 80 and _misses(values, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban"
    cards = [x.replace(" ", "") for x in _str(_values(built, "dockside_arena_hosp.suite_bookings",
                                                      "deposit_card_number"))]
    assert len(cards) >= 80 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0


def p_ymd(d: date) -> int:
    return d.year * 10_000 + d.month * 100 + d.day


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    table = "club_tifosi_valdarno.soci_tesserati"
    rows = zip(_column(built, table, "codice_fiscale").values, _column(built, table, "data_nascita").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: codicefiscale.get_birth_date(r[0]) == r[1]) == 0
    table = "STHLEG.STH-MEMBER-EXTRACT"
    rows = zip(_column(built, table, "STH-ID-NO").values, _column(built, table, "STH-DOB").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: p_ymd(za_idnr.get_birth_date(r[0])) % 1_000_000
                                         == r[1] % 1_000_000) == 0
    table = "SECUEV83.STAGTP"
    rows = zip(_column(built, table, "STNIR").values, _column(built, table, "STDNAI").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: int(r[0][1:5]) == r[1] // 100 % 10_000) == 0


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "STHLEG.STH-MEMBER-EXTRACT", "STH-DOB").values if x]
    assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    cyy = [x for x in _column(built, "SECUEV83.STAGTP", "STDNAI").values if x]
    assert len(cyy) >= 100 and _misses(cyy, lambda x: bool(date(1900 + x // 1_000_000 * 100 + x // 10_000 % 100,
                                                                 x // 100 % 100, x % 100))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    accounts = _str(_values(built, "riverbend_tix.season_ticket_accounts", "account_number"))
    assert len(accounts) >= 100 and _misses(accounts, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                            not ssn.is_valid(x)) == 0
    for table, name, check, size in (("gatewaySecurity.stewardAccreditation", "payrollRef", sin.is_valid, 9),
                                     ("STHLEG.STH-MEMBER-EXTRACT", "STH-MBR-NO", za_idnr.is_valid, 13),
                                     ("stg_tktx.src_resale_refund_raw", "col09", aadhaar.is_valid, 12),
                                     ("taquillaZgz.devolucionesEntradas", "numeroPedido", dni.is_valid, 9),
                                     ("stadyum_guvenlik_trabzon.seyirci_yasaklari", "taraftar_kart_no",
                                      tckimlik.is_valid, 11)):
        values = _str(_values(built, table, name))
        assert len(values) >= 100 and _misses(values, lambda x, f=check, n=size: len(x) == n and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    from stdnum.au import abn
    from stdnum.br import cnpj
    from stdnum.ie import vat
    from stdnum.it import iva
    from stdnum.tr import vkn
    for table, name, check in (("MEDIA_ACCRED.MATCHDAY_REQUESTS", "OUTLET_ABN", abn.is_valid),
                               ("dockside_arena_hosp.suite_bookings", "company_vat_no", vat.is_valid),
                               ("club_tifosi_valdarno.soci_tesserati", "partita_iva_club", iva.is_valid),
                               ("torcida_cadastro_poa.associados", "cnpj_torcida", cnpj.is_valid),
                               ("stadyum_guvenlik_trabzon.seyirci_yasaklari", "kulup_vergi_no", vkn.is_valid)):
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
    "riverbend_tix.season_ticket_accounts": "US", "HolmbridgeSafety.BannedSupporters": "GB",
    "gatewaySecurity.stewardAccreditation": "CA", "MEDIA_ACCRED.MATCHDAY_REQUESTS": "AU",
    "stdm_med.fa_incdt_log": "NZ", "STHLEG.STH-MEMBER-EXTRACT": "ZA", "stg_tktx.src_resale_refund_raw": "IN",
    "dockside_arena_hosp.suite_bookings": "IE", "club_tifosi_valdarno.soci_tesserati": "IT",
    "taquillaZgz.devolucionesEntradas": "ES", "torcida_cadastro_poa.associados": "BR",
    "fundbuero_arena_emscher.fundsachen": "DE", "stadyum_guvenlik_trabzon.seyirci_yasaklari": "TR",
    "SECUEV83.STAGTP": "FR", "fankurabu_sendai.kaiin_meibo": "JP",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        values = _str(_real(col.values))
        assert len(values) >= 40, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("riverbend_tix.season_ticket_accounts", "box_office_phone"),
                        ("gatewaySecurity.stewardAccreditation", "venuePhone"),
                        ("MEDIA_ACCRED.MATCHDAY_REQUESTS", "OUTLET_PHONE"),
                        ("dockside_arena_hosp.suite_bookings", "company_switchboard")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert len(values) >= 80, name
        assert col.kind == "none" and _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_ip_addresses_are_built_then_every_one_parses(built) -> None:
    import ipaddress

    def ok(x: object) -> bool:
        try:
            return bool(ipaddress.ip_address(str(x)))
        except ValueError:
            return False
    for table, name in (("stg_tktx.src_resale_refund_raw", "col13"), ("dockside_arena_hosp.suite_bookings",
                                                                      "booking_ip")):
        values = _values(built, table, name)
        assert len(values) >= 100 and _misses(values, ok) == 0, name


def test_when_non_latin_values_are_built_then_japanese_script_occurs(built) -> None:
    kana = _values(built, "fankurabu_sendai.kaiin_meibo", "shimei_kana")
    assert len(kana) >= 100 and _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " "
                                                            for ch in str(x))) == 0
    kanji = _values(built, "fankurabu_sendai.kaiin_meibo", "shimei")
    assert len(kanji) >= 100 and _misses(kanji, lambda x: all(ord(ch) > 0x3000 or ch == " " for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_tktx.src_resale_refund_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 20)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    for table in ("STHLEG.STH-MEMBER-EXTRACT", "SECUEV83.STAGTP"):
        padded = [c for c in heldout_support.table(built, table).columns
                  if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
        assert len(padded) >= 5, table


def test_when_the_scorer_builds_set_v110_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v110.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v110"].DEFAULT_PATH == Path("/tmp/heldout_v110.duckdb")
