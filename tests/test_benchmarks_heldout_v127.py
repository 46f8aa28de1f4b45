"""Held-out set v127: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields with and without personal data, identifiers with check digits, phones valid for their region, decoys failing
their checks and its determinism are the ones asked for (values are only counted or checked here, never printed).

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
from stdnum import iban, luhn, verhoeff
from stdnum.be import nn
from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.in_ import aadhaar, pan
from stdnum.lt import asmens
from stdnum.nl import bsn
from stdnum.nz import ird
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v127
from benchmarks.classification import heldout_v127_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "fr", "nl", "sv", "da", "et", "lt", "el"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}
GREEK = "φοιτητική_εστία_ιωαννίνων.οικότροφοι"
THAI = "stg_dormhub_cnx.src_booking_raw"
COBOL = "BRDLEGACY.BOARDER_FEE_EXTRACT"

scored_file, built = heldout_support.set_fixtures("v127")
_cells = heldout_support.Cells(heldout_v127.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _str(vals: list) -> list[str]:
    return [str(x).strip() for x in vals if x not in (0, None)]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v127, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8 and len({t.language for t in built}) == 8
    assert {c.kind for c in columns} == {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "title"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_plain", "username"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v127.labels(built)
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
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_60_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
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
    assert len(role) >= 20 and all(c.kind != "none" for c in role)
    assert {"guarantor_name", "caregiverName", "ParentGuardianName", "LOCAL_GUARDIAN_NAME", "FATHER_NAME", "nok_nm",
            "BF-PAR1-SSN", "Custodian Name", "garant_nom", "ContactpersoonNoodgeval", "anhorig_namn", "mor_navn",
            "kontaktisik", "globejas", "πρόσωπο_επικοινωνίας"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names_or_holds_no_person(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) == 8
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) == 7
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 7) == 0, col.name


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("granitehouse_pbsa.tenancies", "ni_number", values.nino_is_valid),
    ("granitehouse_pbsa.tenancies", "guarantor_ni_number", values.nino_is_valid),
    ("EikestadResidences.ResidenceApplications", "IdNumber", idnr.is_valid),
    ("EikestadResidences.ResidenceApplications", "ParentGuardianIdNumber", idnr.is_valid),
    ("SAHYADRI_PG.RESIDENT_REGISTER", "AADHAAR_NO", aadhaar.is_valid),
    ("SAHYADRI_PG.RESIDENT_REGISTER", "PAN_NO", pan.is_valid),
    ("stcolm_hall.res_reg", "ird_no", ird.is_valid),
    (COBOL, "BF-PAR1-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (THAI, "col03", pin.is_valid),
    ("kots_lln.contrats_location", "numero_registre_national", nn.is_valid),
    ("RijnhavenWonen.Huurders", "Bsn", bsn.is_valid),
    ("savja_nation.bostadsko", "personnummer", personnummer.is_valid),
    ("vestkyst_efterskole.elever", "cpr_nr", cpr.is_valid),
    ("tartu_yhiselamud.elanikud", "isikukood", ik.is_valid),
    ("kauno_gimnazija.bendrabucio_gyventojai", "asmens_kodas", asmens.is_valid),
    (GREEK, "αμκα", amka.is_valid),
    (GREEK, "αφμ", afm.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    vals = _str(_values(built, table, name))
    assert len(vals) >= 80 and _misses(vals, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in (("kots_lln.contrats_location", "iban_garant"), ("RijnhavenWonen.Huurders", "Iban"),
                        ("tartu_yhiselamud.elanikud", "pangakonto")):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 60 and _misses(vals, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban"
    cards = [x.replace(" ", "") for x in _str(_values(built, "granitehouse_pbsa.tenancies", "card_number"))]
    assert len(cards) >= 80 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (
            ("EikestadResidences.ResidenceApplications", "IdNumber", "DateOfBirth", idnr.get_birth_date),
            ("kots_lln.contrats_location", "numero_registre_national", "date_naissance", nn.get_birth_date),
            ("savja_nation.bostadsko", "personnummer", "fodelsedatum", personnummer.get_birth_date),
            ("vestkyst_efterskole.elever", "cpr_nr", "foedselsdato", cpr.get_birth_date),
            ("tartu_yhiselamud.elanikud", "isikukood", "sünniaeg", ik.get_birth_date),
            ("kauno_gimnazija.bendrabucio_gyventojai", "asmens_kodas", "gimimo_data", ik.get_birth_date),
            (GREEK, "αμκα", "ημερομηνία_γέννησης", amka.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]
                                             or f(r[0]).replace(year=r[1].year) == r[1]) == 0, table


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    refs = _str(_values(built, "granitehouse_pbsa.tenancies", "tenancy_ref"))
    assert len(refs) >= 100 and _misses(refs, lambda x: re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", x) is not None
                                        and not values.nino_is_valid(x)) == 0
    for table, name, check, size in (
            ("EikestadResidences.ResidenceApplications", "DepositReference", luhn.is_valid, 13),
            ("SAHYADRI_PG.RESIDENT_REGISTER", "RENT_RECEIPT_NO", verhoeff.is_valid, 12),
            (COBOL, "BF-ACCT-NO", ssn.is_valid, 9),
            (THAI, "col07", pin.is_valid, 13),
            ("kots_lln.contrats_location", "numero_garantie", nn.is_valid, 11),
            ("RijnhavenWonen.Huurders", "Huurcontractnummer", bsn.is_valid, 9),
            ("savja_nation.bostadsko", "hyresavi_ocr", luhn.is_valid, 10),
            ("tartu_yhiselamud.elanikud", "üürilepingu_nr", ik.is_valid, 11),
            ("kauno_gimnazija.bendrabucio_gyventojai", "sutarties_nr", asmens.is_valid, 11),
            (GREEK, "αριθμός_πρωτοκόλλου", afm.is_valid, 9)):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, lambda x, f=check, n=size: len(x) == n and x.isdigit()
                                            and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    from stdnum.au import abn
    from stdnum.be import vat
    from stdnum.dk import cvr
    for table, name, check in (("homestayBrisbane.hostPlacements", "agencyAbn", abn.is_valid),
                               ("kots_lln.contrats_location", "tva_agence", vat.is_valid),
                               ("vestkyst_efterskole.elever", "skolens_cvr", cvr.is_valid)):
        vals = _str(_values(built, table, name))
        assert vals and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none"


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "granitehouse_pbsa.tenancies": "GB", "homestayBrisbane.hostPlacements": "AU",
    "EikestadResidences.ResidenceApplications": "ZA", "SAHYADRI_PG.RESIDENT_REGISTER": "IN",
    "stcolm_hall.res_reg": "NZ", COBOL: "US", THAI: "TH", "capital_homestay.host_matches_export": "CA",
    "kots_lln.contrats_location": "BE", "RijnhavenWonen.Huurders": "NL", "savja_nation.bostadsko": "SE",
    "vestkyst_efterskole.elever": "DK", "tartu_yhiselamud.elanikud": "EE",
    "kauno_gimnazija.bendrabucio_gyventojai": "LT", GREEK: "GR",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 25
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 80, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("granitehouse_pbsa.tenancies", "reception_phone"),
                        ("homestayBrisbane.hostPlacements", "schoolPhone"),
                        ("SAHYADRI_PG.RESIDENT_REGISTER", "BRANCH_PHONE"),
                        ("capital_homestay.host_matches_export", "School Phone")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_values_are_built_then_greek_and_thai_scripts_occur(built) -> None:
    names = _values(built, GREEK, "επώνυμο")
    assert len(names) >= 100
    assert _misses(names, lambda x: all("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in str(x))) == 0
    thai = _values(built, THAI, "col02")
    assert len(thai) >= 100 and _misses(thai, lambda x: all("\u0e00" <= ch <= "\u0e7f" or ch == " "
                                                            for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, THAI)
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded_and_its_dates_are_numbers(built) -> None:
    padded = [c for c in heldout_support.table(built, COBOL).columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 5
    ymd = [x for x in _column(built, COBOL, "BF-STU-DOB").values if x]
    assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0


def test_when_the_scorer_builds_set_v127_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v127.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v127"].DEFAULT_PATH == Path("/tmp/heldout_v127.duckdb")
