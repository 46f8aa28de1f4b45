"""Held-out set v143: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
role words, custom fields, identifiers with check digits (and the birth dates they encode), identifiers of several
countries in one column, phones valid for their region, decoys failing their checks and its determinism are the ones
asked for (values are only counted or checked here, never printed).

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
from stdnum import iban, luhn
from stdnum.at import vnr
from stdnum.au import abn
from stdnum.br import cnpj, cpf
from stdnum.ca import bn
from stdnum.co import nit
from stdnum.in_ import aadhaar, pan
from stdnum.jp import cn
from stdnum.jp import in_ as mynumber
from stdnum.pl import nip, pesel
from stdnum.ua import edrpou, rntrc
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v143
from benchmarks.classification import heldout_v143_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "es", "pt", "pl", "uk", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v143")
_cells = heldout_support.Cells(heldout_v143.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

ZA, PL, CO = ("COD_JHB.COLLECTIONS_2025", "kurier_lodz.reklamacje_szkody", "mensajeria_aburra.guias_contraentrega")
AT, UA, JA = ("paketzentrum_wien.saisonkraefte", "доставка_львів.видача_посилок",
              "keikamotsu_fukuoka.itaku_doraibaa_daichou")
COBOL, KYC = "PKGLEGACY.SHPRACCT", "stg_delxp.src_kyc_raw"


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v143, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    english = [t.style for t in built if t.language == "en"]
    assert sorted(english) == sorted(["snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "json"])
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_plain", "multi_country", "split_address",
            "split_dob", "locality", "coordinates", "credential", "licence", "vehicle"} <= tags
    assert {"email", "first_name", "last_name", "person_name", "phone", "ssn", "national_id", "iban", "ip_address",
            "street_address", "postal_code", "city", "date_of_birth", "free_text", "none"} <= {c.kind for c in columns}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v143.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "credential", "coordinates", "vehicle"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"licence", "multi_country"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"split_address"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality"}:
            assert col.kind == "city", col.name


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
    assert len(staff) >= 15
    assert {"ApprovedBy", "CASHIER", "agent_courtage", "supportAgent", "zatwierdzil", "OPENED-BY"} <= {
        c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 8 and all(c.kind != "none" for c in role)
    assert {"sender_contact", "pod_signed_by", "alternatePickupName", "notfallkontakt", "довірена_особа",
            "kinkyuu_renrakusaki"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 7
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


def test_when_a_custom_field_holds_codes_then_it_holds_no_contact_data(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 6
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0, col.name


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (COBOL, "CUST-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (KYC, "col04", pan.is_valid),
    (KYC, "col05", aadhaar.is_valid),
    (AT, "sv_nr", vnr.is_valid),
    ("transp_araucaria.logistica_reversa", "cpf_cliente", cpf.is_valid),
    (UA, "іпн", rntrc.is_valid),
    (JA, "my_number", mynumber.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    assert _column(built, COBOL, "CUST-SSN").kind == "ssn" and _column(built, AT, "sv_nr").kind == "ssn"


def test_when_a_column_holds_identifiers_of_several_countries_then_each_is_a_valid_one(built) -> None:
    za = _str(_values(built, ZA, "ID_PASSPORT_NO"))
    assert sum(len(x) == 13 for x in za) >= 200 and sum(len(x) != 13 for x in za) >= 20
    assert _misses([x for x in za if len(x) == 13], idnr.is_valid) == 0
    assert _misses([x for x in za if len(x) != 13],
                   lambda x: re.fullmatch(r"(FN|MA)\d{6}|\d\d[A-Z]{2}\d{5}", x)) == 0
    pl = _str(_values(built, PL, "nr_dokumentu"))
    assert sum(len(x) == 11 and x.isdigit() for x in pl) >= 200 and sum(not x.isdigit() for x in pl) >= 20
    assert _misses([x for x in pl if len(x) == 11 and x.isdigit()], pesel.is_valid) == 0
    assert _misses([x for x in pl if not (len(x) == 11 and x.isdigit())],
                   lambda x: re.fullmatch(r"[A-Z]{2}\d{6,7}|\d{9}", x)) == 0
    pairs = list(zip(_column(built, CO, "tipo_doc").values, _column(built, CO, "num_doc").values, strict=True))
    assert {t for t, _ in pairs} == {"CC", "CE", "PPT"}
    assert _misses(pairs, lambda r: r[1].isdigit() and (len(r[1]) in (8, 10) if r[0] == "CC" else len(r[1]) <= 7)) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = zip(_column(built, AT, "sv_nr").values, _column(built, AT, "geb_datum").values, strict=True)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][-6:] == r[1].strftime("%d%m%y")) == 0
    rows = zip(_column(built, UA, "іпн").values, _column(built, UA, "дата_народження").values, strict=True)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 200 and _misses(pairs, lambda r: values.rntrc_birth_date(r[0]) == r[1]) == 0
    rows = zip(_column(built, KYC, "col03").values, _column(built, KYC, "col04").values, strict=True)
    pairs = [(n, p) for n, p in rows if p is not None]
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[1][4] == r[0].split()[-1][0].upper()) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "CUST-DOB").values if x]
    assert len(ymd) >= 300 and _misses(ymd, lambda x: 1938 <= date(x // 10_000, x // 100 % 100, x % 100).year) == 0
    au = _values(built, "vicxp_ops.agechk_dlv", "dob_dt")
    assert _misses(au, lambda x: bool(datetime.strptime(str(x), "%d/%m/%Y"))) == 0
    kyc = _values(built, KYC, "col06")
    assert _misses(kyc, lambda x: bool(datetime.strptime(str(x), "%d-%m-%Y"))) == 0
    parts = zip(*(_column(built, JA, n).values for n in ("umare_nen", "umare_tsuki", "umare_hi")), strict=True)
    assert _misses(list(parts), lambda p: 1958 <= date(*p).year <= 2004) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in ((ZA, "WAYBILL_NO", idnr.is_valid, 13), (AT, "badge_nr", vnr.is_valid, 10),
                                     (PL, "nr_reklamacji", pesel.is_valid, 11),
                                     (KYC, "col15", aadhaar.is_valid, 12)):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(x) == n and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("vicxp_ops.agechk_dlv", "rtlr_abn", abn.is_valid),
                               ("courtage_colis_mtl.declarations_importation", "no_entreprise_importateur",
                                lambda x: bn.is_valid(x[:9])),
                               (CO, "nit_remitente", nit.is_valid),
                               ("transp_araucaria.logistica_reversa", "cnpj_loja", cnpj.is_valid),
                               (PL, "nip_nadawcy", nip.is_valid), (UA, "єдрпоу_відправника", edrpou.is_valid),
                               (JA, "motouke_houjin_bangou", cn.is_valid)):
        vals = _str(_values(built, table, name))
        assert vals and _misses(vals, check) == 0, name
        assert "business" in _column(built, table, name).tags, name


def test_when_an_iban_column_is_built_then_every_value_passes_mod_97(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert len(ibans) == 4
    for col in ibans:
        vals = [x if x[:2].isalpha() else "PL" + x for x in _str(_real(col.values))]
        assert len(vals) >= 200 and _misses(vals, iban.is_valid) == 0, col.name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "hudson_sameday.shipments": "US", "harbourLockers.lockerPickups": "CA", "WestCountryCouriers.DamageClaims": "GB",
    ZA: "ZA", "vicxp_ops.agechk_dlv": "AU", COBOL: "US", KYC: "IN", "returnhub_ie.return_events_json": "IE",
    AT: "AT", "courtage_colis_mtl.declarations_importation": "CA", CO: "CO",
    "transp_araucaria.logistica_reversa": "BR", PL: "PL", UA: "UA", JA: "JP",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("hudson_sameday.shipments", "sender_phone"), ("WestCountryCouriers.DamageClaims",
                                                                       "RetailerPhone"),
                        (ZA, "MERCHANT_TEL"), (COBOL, "BRANCH-PHONE"), (AT, "standort_tel"), (JA, "eigyousho_denwa")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_a_luhn_number_is_built_then_south_african_ids_pass_luhn(built) -> None:
    za = [x for x in _str(_values(built, ZA, "ID_PASSPORT_NO")) if len(x) == 13]
    assert za and _misses(za, luhn.is_valid) == 0


def test_when_non_latin_names_and_values_are_built_then_cyrillic_and_kana_occur(built) -> None:
    ua = heldout_support.table(built, UA)
    assert all(re.search("[\u0400-\u04ff]", c.name) for c in ua.columns) and re.search("[\u0400-\u04ff]", ua.name)
    for name in ("прізвище", "імя", "по_батькові"):
        assert _misses(_values(built, UA, name), lambda x: all("\u0400" <= ch <= "\u04ff" for ch in str(x))) == 0
    kana = _values(built, JA, "shimei_kana")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    ja = heldout_support.table(built, JA)
    assert all(c.name.isascii() for c in ja.columns)


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, KYC)
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 20)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_json_export_is_built_then_every_column_is_a_dotted_key(built) -> None:
    table = next(t for t in built if t.style == "json")
    assert all(re.fullmatch(r"[a-z_]+(\.[a-z0-9_]+)+", c.name) for c in table.columns)


def test_when_a_cobol_extract_is_built_then_its_text_is_padded_and_its_names_hyphenated(built) -> None:
    table = heldout_support.table(built, COBOL)
    padded = [c for c in table.columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 6 and all(re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)+", c.name) for c in table.columns)
    assert {c.sql_type for c in table.columns if c.kind in {"ssn", "phone", "postal_code", "date_of_birth"}} <= {
        "BIGINT", "INTEGER"}


def test_when_the_scorer_builds_set_v143_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v143.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v143"].DEFAULT_PATH == Path("/tmp/heldout_v143.duckdb")
