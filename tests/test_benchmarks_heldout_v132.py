"""Held-out set v132: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits, phones valid for their region, decoys failing their checks and its determinism
are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.ch import ssn as avs
from stdnum.ch import uid
from stdnum.cl import rut
from stdnum.it import codicefiscale, iva
from stdnum.pt import cc, nif
from stdnum.th import pin
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v132
from benchmarks.classification import heldout_v132_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "es", "pt", "de", "fr", "it", "hu", "ka"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}
GEORGIAN = "თელავის_მარანი.ღვინის_კლუბის_წევრები"

scored_file, built = heldout_support.set_fixtures("v132")
_cells = heldout_support.Cells(heldout_v132.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _str(vals: list) -> list[str]:
    return [str(x).strip() for x in vals if x not in (0, None)]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v132, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} == {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "hungarian"} <= {t.style
                                                                                                     for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_plain", "username", "practitioner_id"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v132.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "practitioner_id", "custom_plain"}:
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
    assert len(heavy) >= 20
    for col in heavy:
        assert col.kind != "none" and 0.60 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        share = sum(_nullish(x) for x in col.values) / len(col.values)
        assert col.kind == "free_text" and 0.70 <= share <= 0.95, col.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if not col.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert sum(_nullish(x) for x in col.values) / len(col.values) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) == 14
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {"gift_recipient_name", "designatedDriver", "ShipToName", "ACCOUNT_HOLDER", "dlv_nm", "RA-SPOUSE-NM",
            "RA-BENEF-NM", "strPartnerName", "destinatario_oferta", "kontoinhaber", "destinataireCadeau",
            "delegato_ritiro", "anyja_neve", "მიმღების_სახელი"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 9
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


def test_when_a_custom_field_holds_no_personal_data_then_it_has_no_email_or_phone(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 4
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0, col.name


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("STELLENBOSCH_VINTNERS.WINE_CLUB_DEBIT_ORDERS", "ID_NUMBER", idnr.is_valid),
    ("BREWLEGACY.RETIREE_ALLOW_EXTRACT", "RA-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("stg_khaoyai_vineyard.src_visitor_raw", "col03", pin.is_valid),
    ("vina_colchagua.club_socios", "rut", rut.is_valid),
    ("quinta_regua.assinaturas_clube_vinho", "nif", nif.is_valid),
    ("quinta_regua.assinaturas_clube_vinho", "cartao_cidadao", cc.is_valid),
    ("brauerei_bamberg_abo.bierabo_kunden", "ausweisnummer", values.ausweis_is_valid),
    ("caveDuBourgCully.membresClub", "numeroAvs", avs.is_valid),
    ("cantina_la_morra.soci_club_vino", "codice_fiscale", codicefiscale.is_valid),
    ("tolcsvai_pinceszet.borklub_tagok", "adoazonosito_jel", values.adoazonosito_is_valid),
    ("tolcsvai_pinceszet.borklub_tagok", "taj_szam", values.taj_is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    vals = _str(_values(built, table, name))
    assert len(vals) >= 80 and _misses(vals, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_cards_and_ibans_are_built_then_they_pass_their_checks(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert len(cards) >= 5 and len(ibans) >= 4
    for col in cards:
        assert _misses([x.replace(" ", "") for x in _str(col.values)], luhn.is_valid) == 0, col.name
    for col in ibans:
        assert _misses(_str(col.values), iban.is_valid) == 0, col.name


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (
            ("STELLENBOSCH_VINTNERS.WINE_CLUB_DEBIT_ORDERS", "ID_NUMBER", "DATE_OF_BIRTH", idnr.get_birth_date),
            ("cantina_la_morra.soci_club_vino", "codice_fiscale", "data_nascita", codicefiscale.get_birth_date),
            ("tolcsvai_pinceszet.borklub_tagok", "adoazonosito_jel", "szuletesi_datum", values.adoazonosito_birth)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    for name in ("RA-BIRTH-DT", "RA-RETIRE-DT"):
        ymd = [x for x in _column(built, "BREWLEGACY.RETIREE_ALLOW_EXTRACT", name).values if x]
        assert len(ymd) >= 100
        assert _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0, name


#: (table, column, shaped like and failing) for decoys built to fail an identifier's check
DECOYS: list[tuple[str, str, object]] = [
    ("willamette_hills_cellars.wine_club_members", "member_number",
     lambda x: len(x) == 11 and not ssn.is_valid(x)),
    ("STELLENBOSCH_VINTNERS.WINE_CLUB_DEBIT_ORDERS", "DEBIT_ORDER_REF",
     lambda x: len(x) == 13 and not idnr.is_valid(x)),
    ("stg_khaoyai_vineyard.src_visitor_raw", "col11", lambda x: len(x) == 13 and not pin.is_valid(x)),
    ("vina_colchagua.club_socios", "nro_boleta", lambda x: "-" in x and not rut.is_valid(x)),
    ("quinta_regua.assinaturas_clube_vinho", "numero_fatura", lambda x: len(x) == 9 and not nif.is_valid(x)),
    ("brauerei_bamberg_abo.bierabo_kunden", "bestellnummer",
     lambda x: len(x) == 10 and not values.ausweis_is_valid(x)),
    ("caveDuBourgCully.membresClub", "numeroCommande", lambda x: x.startswith("756.") and not avs.is_valid(x)),
    ("cantina_la_morra.soci_club_vino", "codice_pratica", lambda x: len(x) == 16 and not codicefiscale.is_valid(x)),
    ("tolcsvai_pinceszet.borklub_tagok", "szamla_szam",
     lambda x: len(x) == 10 and x[0] == "8" and not values.adoazonosito_is_valid(x)),
]


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, fails in DECOYS:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, fails) == 0, name
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("vina_colchagua.club_socios", "rut_vina", rut.is_valid),
                               ("quinta_regua.assinaturas_clube_vinho", "nif_quinta", nif.is_valid),
                               ("caveDuBourgCully.membresClub", "ideCave", uid.is_valid),
                               ("cantina_la_morra.soci_club_vino", "partita_iva_cantina", iva.is_valid)):
        col = _column(built, table, name)
        assert col.kind == "none" and "business" in col.tags and _misses(_str(col.values), check) == 0, name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "willamette_hills_cellars.wine_club_members": "US", "barossaCellarDoor.tastingBookings": "AU",
    "NiagaraBenchEstate.ClubShipments": "CA", "STELLENBOSCH_VINTNERS.WINE_CLUB_DEBIT_ORDERS": "ZA",
    "fav_brewtap.tap_ord": "GB", "BREWLEGACY.RETIREE_ALLOW_EXTRACT": "US", "stg_khaoyai_vineyard.src_visitor_raw": "TH",
    "tblClubMarlborough.tblWineClubMembers": "NZ", "vina_colchagua.club_socios": "CL",
    "quinta_regua.assinaturas_clube_vinho": "PT", "brauerei_bamberg_abo.bierabo_kunden": "DE",
    "caveDuBourgCully.membresClub": "CH", "cantina_la_morra.soci_club_vino": "IT",
    "tolcsvai_pinceszet.borklub_tagok": "HU", GEORGIAN: "GE",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 16
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 80, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("willamette_hills_cellars.wine_club_members", "tasting_room_phone"),
                        ("barossaCellarDoor.tastingBookings", "venuePhone"),
                        ("STELLENBOSCH_VINTNERS.WINE_CLUB_DEBIT_ORDERS", "CELLAR_DOOR_TEL"),
                        ("tblClubMarlborough.tblWineClubMembers", "strCellarDoorPhone"),
                        ("brauerei_bamberg_abo.bierabo_kunden", "ausgabestelle_telefon"),
                        (GEORGIAN, "მარნის_ტელეფონი")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_georgian_values_are_built_then_names_and_columns_are_in_georgian_script(built) -> None:
    table = heldout_support.table(built, GEORGIAN)
    assert all(any("\u10d0" <= ch <= "\u10ff" for ch in c.name) for c in table.columns)
    for name in ("სახელი", "გვარი", "ქალაქი"):
        vals = _values(built, GEORGIAN, name)
        assert _misses(vals, lambda x: all("\u10d0" <= ch <= "\u10ff" for ch in str(x))) == 0, name


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_khaoyai_vineyard.src_visitor_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    table = heldout_support.table(built, "BREWLEGACY.RETIREE_ALLOW_EXTRACT")
    padded = [c for c in table.columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 5 and all("legacy" in c.tags for c in table.columns)


def test_when_the_scorer_builds_set_v132_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v132.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v132"].DEFAULT_PATH == Path("/tmp/heldout_v132.duckdb")
