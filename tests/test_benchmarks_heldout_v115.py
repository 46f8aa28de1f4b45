"""Held-out set v115: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits, birth dates encoded in identifiers, phones valid for their region, decoys
failing their checks and its determinism are the ones asked for (values are only counted or checked here, never
printed).

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
from stdnum.be import nn
from stdnum.be import vat as be_vat
from stdnum.ca import sin
from stdnum.cz import dic, rc
from stdnum.dk import cpr, cvr
from stdnum.fr import nir, siret
from stdnum.gr import amka
from stdnum.gr import vat as gr_vat
from stdnum.ie import pps
from stdnum.in_ import aadhaar
from stdnum.nz import ird
from stdnum.pt import cc, nif
from stdnum.se import orgnr, personnummer
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v115
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "fr", "pt", "sv", "da", "cs", "el", "nl"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v115")
_cells = heldout_support.Cells(heldout_v115.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v115, built) == []


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
            "join_key", "legacy", "opaque", "custom_field", "username", "licence", "coordinates"} <= tags
    kinds = {c.kind for c in columns}
    assert {"email", "first_name", "last_name", "person_name", "phone", "ssn", "national_id", "credit_card", "iban",
            "ip_address", "street_address", "postal_code", "city", "date_of_birth", "free_text", "unclassified",
            "none"} <= kinds


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v115.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "coordinates"}:
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
    assert len(role) >= 14 and all(c.kind != "none" for c in role)
    assert {"spouse_name", "EmergencyContactName", "PARENT_GUARDIAN_NAME", "jnt_mbr_nm", "PAT-GUARANTOR-NM",
            "next_of_kin", "GCPPRV", "familjemedlem", "paaroerende_navn", "zakonny_zastupce", "syzygos", "Partner",
            "patronymo"} <= {c.name for c in role}


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
    ("riverbend_museum.donor_gifts", "donor_ssn", ssn.is_valid),
    ("DocentProgram.Volunteers", "Sin", sin.is_valid),
    ("heritage_ops.mbr_rnwl", "mbr_pps", pps.is_valid),
    ("stg_museumtix.src_visitor_raw", "col04", aadhaar.is_valid),
    ("ohp_archive.interviewees", "ird_number", ird.is_valid),
    ("MUSEELYO.GCPERSP", "GCNIR", nir.is_valid),
    ("arquivo_braga.leitores", "nif", nif.is_valid),
    ("arquivo_braga.leitores", "cartao_cidadao", cc.is_valid),
    ("hembygd_gavle.medlemmar", "personnummer", personnummer.is_valid),
    ("lokalarkiv_aarhus.frivillige", "cpr_nummer", cpr.is_valid),
    ("knihovna_brno.ctenari", "rodne_cislo", rc.is_valid),
    ("mouseio_thess.dorites_melh", "amka", amka.is_valid),
    ("mouseio_thess.dorites_melh", "afm", gr_vat.is_valid),
    ("VriendenErfgoed.Leden", "Rijksregisternummer", nn.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    values = _str(_values(built, table, name))
    assert len(values) >= 50 and _misses(values, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_a_legacy_ssn_is_a_number_then_it_is_a_valid_ssn_once_zero_padded(built) -> None:
    values = [x for x in _column(built, "LIBCONSORT.PATRON_CIRC_EXTRACT", "PAT-SSN").values if x]
    assert len(values) >= 100 and _misses(values, lambda x: ssn.is_valid(f"{x:09d}")) == 0


def test_when_a_licence_column_is_built_then_it_has_the_licence_shape(built) -> None:
    gb = _str(_values(built, "countyArchives.readerTickets", "drivingLicenceNo"))
    assert len(gb) >= 100 and _misses(gb, lambda x: re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}9[A-Z]{2}", x)) == 0
    au = _str(_values(built, "HAWKESBURY_LIBS.BORROWER_MASTER", "DRIVER_LICENCE_NO"))
    assert len(au) >= 100 and _misses(au, lambda x: re.fullmatch(r"[1-9]\d{7}", x)) == 0
    cz = _str(_values(built, "knihovna_brno.ctenari", "cislo_op"))
    assert len(cz) >= 100 and _misses(cz, lambda x: re.fullmatch(r"\d{9}", x)) == 0


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in (("heritage_ops.mbr_rnwl", "dd_iban"), ("MUSEELYO.GCPERSP", "GCIBAN"),
                        ("mouseio_thess.dorites_melh", "iban"), ("VriendenErfgoed.Leden", "Iban")):
        values = _str(_values(built, table, name))
        assert len(values) >= 80 and _misses(values, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban"
    cards = [x.replace(" ", "") for x in _str(_values(built, "heritage_ops.mbr_rnwl", "crd_no"))]
    assert len(cards) >= 80 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0


def _dmy(d: date) -> tuple[int, int, int]:
    return d.day, d.month, d.year % 100


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (("hembygd_gavle.medlemmar", "personnummer", "fodelsedatum",
                                  personnummer.get_birth_date),
                                 ("lokalarkiv_aarhus.frivillige", "cpr_nummer", "foedselsdato", cpr.get_birth_date),
                                 ("knihovna_brno.ctenari", "rodne_cislo", "datum_narozeni", rc.get_birth_date),
                                 ("VriendenErfgoed.Leden", "Rijksregisternummer", "Geboortedatum", nn.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    rows = zip(_column(built, "mouseio_thess.dorites_melh", "amka").values,
               _column(built, "mouseio_thess.dorites_melh", "hmerominia_gennisis").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: _dmy(amka.get_birth_date(r[0])) == _dmy(r[1])) == 0
    rows = zip(_column(built, "MUSEELYO.GCPERSP", "GCNIR").values, _column(built, "MUSEELYO.GCPERSP", "GCDNAI").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: p_cyy(r[0]) == r[1] // 100 % 10_000) == 0
    rows = zip(_column(built, "countyArchives.readerTickets", "drivingLicenceNo").values,
               _column(built, "countyArchives.readerTickets", "dateOfBirth").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: licence_dmy(r[0]) == _dmy(r[1])) == 0


def p_cyy(number: str) -> int:
    """The YYMM a NIR encodes."""
    return int(number[1:3]) * 100 + int(number[3:5])


def licence_dmy(number: str) -> tuple[int, int, int]:
    """The (day, month, two-digit year) a GB driving licence number encodes."""
    return int(number[8:10]), int(number[6:8]) % 50, int(number[5] + number[10])


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    for name in ("PAT-DOB", "PAT-EXP-DT"):
        ymd = [x for x in _column(built, "LIBCONSORT.PATRON_CIRC_EXTRACT", name).values if x]
        assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    for name in ("GCDNAI", "GCDEBC"):
        cyy = [x for x in _column(built, "MUSEELYO.GCPERSP", name).values if x]
        assert len(cyy) >= 100 and _misses(cyy, lambda x: bool(date(1900 + x // 1_000_000 * 100 + x // 10_000 % 100,
                                                                    x // 100 % 100, x % 100))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    receipts = _str(_values(built, "riverbend_museum.donor_gifts", "receipt_number"))
    assert len(receipts) >= 100 and _misses(receipts, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                            not ssn.is_valid(x)) == 0
    for table, name, check, size in (("DocentProgram.Volunteers", "PoliceCheckRef", sin.is_valid, 9),
                                     ("ohp_archive.interviewees", "recording_ref", ird.is_valid, 9),
                                     ("stg_museumtix.src_visitor_raw", "col13", aadhaar.is_valid, 12),
                                     ("arquivo_braga.leitores", "numero_cartao_leitor", nif.is_valid, 9),
                                     ("hembygd_gavle.medlemmar", "medlemsnummer", personnummer.is_valid, 10),
                                     ("lokalarkiv_aarhus.frivillige", "noeglebrik_nr", cpr.is_valid, 10),
                                     ("knihovna_brno.ctenari", "cislo_prukazu", rc.is_valid, 10),
                                     ("mouseio_thess.dorites_melh", "arithmos_apodeixis", amka.is_valid, 11),
                                     ("VriendenErfgoed.Leden", "Lidnummer", nn.is_valid, 11)):
        values = _str(_values(built, table, name))
        digits = [re.sub(r"\D", "", x) for x in values]
        assert len(values) >= 100 and _misses(list(zip(values, digits)), lambda r, f=check, n=size:
                                              len(r[1]) == n and not f(r[0])) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("MUSEELYO.GCPERSP", "GCSIRT", siret.is_valid),
                               ("arquivo_braga.leitores", "nipc_arquivo", nif.is_valid),
                               ("hembygd_gavle.medlemmar", "foreningens_orgnr", orgnr.is_valid),
                               ("lokalarkiv_aarhus.frivillige", "arkivets_cvr", cvr.is_valid),
                               ("knihovna_brno.ctenari", "ico_knihovny", dic.is_valid),
                               ("mouseio_thess.dorites_melh", "afm_syllogou", gr_vat.is_valid),
                               ("VriendenErfgoed.Leden", "Ondernemingsnummer", be_vat.is_valid)):
        values = _str(_values(built, table, name))
        assert values and _misses(values, check) == 0, name
        assert _column(built, table, name).kind == "none" and "business" in _column(built, table, name).tags


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "riverbend_museum.donor_gifts": "US", "countyArchives.readerTickets": "GB", "DocentProgram.Volunteers": "CA",
    "HAWKESBURY_LIBS.BORROWER_MASTER": "AU", "heritage_ops.mbr_rnwl": "IE", "LIBCONSORT.PATRON_CIRC_EXTRACT": "US",
    "stg_museumtix.src_visitor_raw": "IN", "ohp_archive.interviewees": "NZ", "MUSEELYO.GCPERSP": "FR",
    "arquivo_braga.leitores": "PT", "hembygd_gavle.medlemmar": "SE", "lokalarkiv_aarhus.frivillige": "DK",
    "knihovna_brno.ctenari": "CZ", "mouseio_thess.dorites_melh": "GR", "VriendenErfgoed.Leden": "BE",
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
    for table, name in (("riverbend_museum.donor_gifts", "appraiser_phone"), ("DocentProgram.Volunteers",
                                                                              "GalleryPhone"),
                        ("HAWKESBURY_LIBS.BORROWER_MASTER", "BRANCH_PHONE"),
                        ("LIBCONSORT.PATRON_CIRC_EXTRACT", "BRANCH-PHONE"),
                        ("lokalarkiv_aarhus.frivillige", "arkivets_telefon")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert len(values) >= 100 and col.kind == "none"
        assert _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_values_are_built_then_greek_script_occurs(built) -> None:
    for name in ("onoma", "eponymo", "poli"):
        greek = _values(built, "mouseio_thess.dorites_melh", name)
        assert len(greek) >= 100 and _misses(greek, lambda x: all("\u0370" <= ch <= "\u03ff" or ch == " "
                                                                  for ch in str(x))) == 0, name


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_museumtix.src_visitor_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    for table in ("LIBCONSORT.PATRON_CIRC_EXTRACT", "MUSEELYO.GCPERSP"):
        padded = [c for c in heldout_support.table(built, table).columns
                  if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
        assert len(padded) >= 5, table


def test_when_the_scorer_builds_set_v115_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v115.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v115"].DEFAULT_PATH == Path("/tmp/heldout_v115.duckdb")
