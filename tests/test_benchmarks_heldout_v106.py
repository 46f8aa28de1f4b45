"""Held-out set v106: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
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
from stdnum.au import abn
from stdnum.es import dni, nie
from stdnum.id import nik
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.ru import inn
from stdnum.tr import tckimlik
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v106
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "es", "tr", "id", "ru", "it"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v106")
_cells = heldout_support.Cells(heldout_v106.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v106, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "as400", "opaque", "title_snake"} <= {
        t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "username"} <= tags
    kinds = {c.kind for c in columns}
    assert {"email", "person_name", "first_name", "last_name", "phone", "ssn", "national_id", "credit_card", "iban",
            "ip_address", "street_address", "postal_code", "city", "date_of_birth", "free_text", "unclassified",
            "none"} == kinds


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v106.labels(built)
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


def test_when_the_set_is_built_then_every_table_has_200_to_1500_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 1_500, table.name


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
    assert len(staff) >= 13
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 25 and all(c.kind != "none" for c in role)
    assert {"emergency_contact_name", "NextOfKinName", "MAHRAM_NAME", "ctc_nm", "kontoinhaber", "CRCONT",
            "mahrem_adi", "NamaAyahKandung", "контактное_лицо", "benef_nome"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 13
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _dni_nie(x: str) -> bool:
    return nie.is_valid(x) if x[0] in "XYZ" else dni.is_valid(x)


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("CRZLEGACY.CABIN_ASSIGN", "CA-PAX-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("wildatlantic_guides.guide_roster", "Guide_PPSN", pps.is_valid),
    ("sa_travelcover.med_claims", "ins_idno", idnr.is_valid),
    ("stg_visa_letters.raw_invitation_extract", "col04", pan.is_valid),
    ("stg_visa_letters.raw_invitation_extract", "col18", aadhaar.is_valid),
    ("peregrinaciones_sevilla.inscripcionesPeregrinos", "dniNie", _dni_nie),
    ("umre_turlari_konya.kayitlar", "tc_kimlik_no", tckimlik.is_valid),
    ("umroh_surabaya.jamaah_registrasi", "Nik", nik.is_valid),
    ("круизы_нева.пассажиры", "инн", inn.is_valid),
    ("assiviaggi_milano.pol_viaggio", "cod_fisc", codicefiscale.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    values = _str(_values(built, table, name))
    assert len(values) >= 80 and _misses(values, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


IBANS = [("wildatlantic_guides.guide_roster", "Guide_IBAN"), ("reiseschutz_koeln.auslandskrankenschaeden", "iban"),
         ("CROISMED.CRPAXP", "CRIBAN"), ("peregrinaciones_sevilla.inscripcionesPeregrinos", "ibanDomiciliacion"),
         ("assiviaggi_milano.pol_viaggio", "iban_rimb")]


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in IBANS:
        values = _str(_values(built, table, name))
        assert len(values) >= 80 and _misses(values, iban.is_valid) == 0 and _column(built, table, name).kind == "iban"
    for table, name in (("maplecoach_tours.package_bookings", "card_number"), ("CRZLEGACY.CABIN_ASSIGN",
                                                                               "CA-FOLIO-CARD")):
        values = [x.replace(" ", "") for x in _str(_values(built, table, name))]
        assert len(values) >= 80 and _misses(values, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0
        assert _column(built, table, name).kind == "credit_card"


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (("sa_travelcover.med_claims", "ins_idno", "ins_dob", idnr.get_birth_date),
                                 ("umroh_surabaya.jamaah_registrasi", "Nik", "TanggalLahir", nik.get_birth_date),
                                 ("assiviaggi_milano.pol_viaggio", "cod_fisc", "dt_nasc",
                                  codicefiscale.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]

        def same(r: tuple, f=get) -> bool:
            got = f(r[0])
            return (got.year % 100, got.month, got.day) == (r[1].year % 100, r[1].month, r[1].day)

        assert len(pairs) >= 100 and _misses(pairs, same) == 0, table


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "CRZLEGACY.CABIN_ASSIGN", "CA-PAX-DOB").values if x]
    assert ymd and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    cyy = [x for x in _column(built, "CROISMED.CRPAXP", "CRDNAI").values if x]
    assert cyy and _misses(cyy, lambda x: bool(date(1900 + x // 1_000_000 * 100 + x // 10_000 % 100,
                                                    x // 100 % 100, x % 100))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, shaped_ok in (
            ("sa_travelcover.med_claims", "clm_no", lambda x: len(x) == 13 and x.isdigit() and not idnr.is_valid(x)),
            ("stg_visa_letters.raw_invitation_extract", "col08", lambda x: len(x) == 12 and not aadhaar.is_valid(x)),
            ("peregrinaciones_sevilla.inscripcionesPeregrinos", "numeroFactura",
             lambda x: len(x) == 9 and not dni.is_valid(x)),
            ("umre_turlari_konya.kayitlar", "fatura_no", lambda x: len(x) == 11 and not tckimlik.is_valid(x)),
            ("NorthSeaCruises.PassengerManifest", "SeaPassCardNo", lambda x: len(x) == 16 and not luhn.is_valid(x)),
            ("maplecoach_tours.package_bookings", "loyalty_no", lambda x: len(x) == 9 and not luhn.is_valid(x))):
        values = _str(_values(built, table, name))
        assert len(values) >= 100 and _misses(values, shaped_ok) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 18 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    abns = _str(_values(built, "reefCruises.shoreExcursionBookings", "operatorAbn"))
    assert abns and _misses(abns, abn.is_valid) == 0
    inns = _str(_values(built, "круизы_нева.пассажиры", "инн_агентства"))
    assert inns and _misses(inns, lambda x: len(x) == 10 and inn.is_valid(x)) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "maplecoach_tours.package_bookings": "CA", "NorthSeaCruises.PassengerManifest": "GB",
    "reefCruises.shoreExcursionBookings": "AU", "HAJJ_OPS_KANO.PILGRIM_REGISTRATION": "NG",
    "sa_travelcover.med_claims": "ZA", "CRZLEGACY.CABIN_ASSIGN": "US", "stg_visa_letters.raw_invitation_extract": "IN",
    "wildatlantic_guides.guide_roster": "IE", "reiseschutz_koeln.auslandskrankenschaeden": "DE",
    "CROISMED.CRPAXP": "FR", "peregrinaciones_sevilla.inscripcionesPeregrinos": "ES",
    "umre_turlari_konya.kayitlar": "TR", "umroh_surabaya.jamaah_registrasi": "ID", "круизы_нева.пассажиры": "RU",
    "assiviaggi_milano.pol_viaggio": "IT",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 25
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        values = _str(_real(col.values))
        assert len(values) >= 80, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("reefCruises.shoreExcursionBookings", "operatorPhone"),
                        ("NorthSeaCruises.PassengerManifest", "PortAgentPhone"),
                        ("wildatlantic_guides.guide_roster", "Coach_Depot_Phone"),
                        ("CRZLEGACY.CABIN_ASSIGN", "CA-AGENCY-PHONE"), ("assiviaggi_milano.pol_viaggio", "ag_tel")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert col.kind == "none" and _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_names_are_built_then_the_russian_table_is_cyrillic(built) -> None:
    table = heldout_support.table(built, "круизы_нева.пассажиры")
    cyrillic = [c for c in table.columns if all("\u0400" <= ch <= "\u04ff" or ch == "_" for ch in c.name)]
    assert len(cyrillic) >= 20
    surnames = _values(built, "круизы_нева.пассажиры", "фамилия")
    assert _misses(surnames, lambda x: all("\u0400" <= ch <= "\u04ff" for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_visa_letters.raw_invitation_extract")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    for table in ("CRZLEGACY.CABIN_ASSIGN", "CROISMED.CRPAXP"):
        padded = [c for c in heldout_support.table(built, table).columns
                  if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
        assert len(padded) >= 5, table


def test_when_the_scorer_builds_set_v106_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v106.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v106"].DEFAULT_PATH == Path("/tmp/heldout_v106.duckdb")
