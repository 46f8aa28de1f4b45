"""Held-out set v96: its size, languages, labels, row counts, NULL shares, identifiers with check digits, phones
valid for their region, decoys failing their checks, and the same values on every build (values are only counted or
checked here, never printed).

Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban
from stdnum.au import abn
from stdnum.ca import sin
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.ie import pps
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.jp import in_ as mynumber
from stdnum.no import fodselsnummer, kontonr, orgnr
from stdnum.nz import ird
from stdnum.pl import nip, pesel
from stdnum.ro import cnp
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v96, heldout_v96_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "fr", "es", "it", "pl", "ro", "no", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v96")
_cells = heldout_support.Cells(heldout_v96.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v96, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "opaque", "cobol"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "value_shape", "staff", "role_word", "username",
            "holding", "animal", "mixed_kinds", "opaque", "legacy", "bank_account", "premises", "check_digit",
            "misleading", "join_key"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v96.labels(built)
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "holding", "animal", "check_digit", "join_key", "misleading"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.kind == "unclassified":
            assert col.tags & {"username", "bank_account"}, col.name
        if "mixed_kinds" in col.tags:
            assert col.kind == "free_text", col.name
        if "staff" in col.tags or "role_word" in col.tags:
            assert col.kind in PERSON_KINDS, col.name


def test_when_the_set_is_built_then_every_table_has_200_to_1500_rows(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 1_500, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 5
    for col in heavy:
        assert col.kind != "none" and 0.50 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 4
    for col in heavy:
        share = sum(_nullish(x) for x in col.values) / len(col.values)
        assert col.kind != "none" and 0.70 <= share <= 0.95, col.name


def test_when_a_column_is_not_null_heavy_then_less_than_70_percent_is_null(built) -> None:
    for col in _columns(built):
        if not col.tags & {"null_heavy", "nullword_heavy"}:
            assert _null_share(col) < 0.70, col.name


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 12
    for col in staff:
        assert 2 <= len(set(_real(col.values))) <= 8, col.name


def _ok_nino(x: object) -> bool:
    s = str(x)
    return len(s) == 9 and s[:2].isalpha() and s[2:8].isdigit() and s[8] in "ABCD"


CHECKED: list[tuple[str, str, object]] = [
    ("agripay_ie.bps_claims", "ppsn", pps.is_valid),
    ("agripay_ie.bps_claims", "payment_iban", iban.is_valid),
    ("naitops.AnimalMovements", "SendingIrdNumber", ird.is_valid),
    ("FPOLIB.CREWLST", "CRNINO", _ok_nino),
    ("bcfsafety.fallerCertificates", "sin", sin.is_valid),
    ("GRAINCO.GROWER_CONTRACTS", "TRADING_ABN", abn.is_valid),
    ("COOPDAT.MBRDLVX", "MBR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("stg_sugarmill.raw_cane_growers", "col05", aadhaar.is_valid),
    ("domaine_rh.vendangeurs", "num_secu", nir.is_valid),
    ("domaine_rh.vendangeurs", "iban_salaire", iban.is_valid),
    ("fresas_rrhh.temporeros", "dniNie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("fresas_rrhh.temporeros", "numSeguridadSocial", heldout_v96_values.naf_ok),
    ("fresas_rrhh.temporeros", "ibanNomina", iban.is_valid),
    ("consorzio_bonifica.riordino_fondiario", "codice_fiscale", codicefiscale.is_valid),
    ("oddzial_platnosci.wnioski_bezposrednie", "pesel", pesel.is_valid),
    ("oddzial_platnosci.wnioski_bezposrednie", "nr_rachunku", iban.is_valid),
    ("oddzial_platnosci.wnioski_bezposrednie", "nip_gospodarstwa", nip.is_valid),
    ("dsv_registru.detinatori_animale", "cnp", cnp.is_valid),
    ("dsv_registru.detinatori_animale", "cont_iban", iban.is_valid),
    ("fiskerireg.lisensinnehavere", "fodselsnummer", fodselsnummer.is_valid),
    ("fiskerireg.lisensinnehavere", "kontonummer", kontonr.is_valid),
    ("fiskerireg.lisensinnehavere", "rederi_orgnr", orgnr.is_valid),
    ("ja_kumiai.kumiaiin_meibo", "kojin_bangou", mynumber.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_check(built, table, column, check) -> None:
    values = [x for x in _values(built, table, column) if x != 0]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_national_id_is_built_then_it_encodes_the_birth_date_of_its_row(built) -> None:
    for table, idc, dob, get in (
            ("oddzial_platnosci.wnioski_bezposrednie", "pesel", "data_urodzenia", pesel.get_birth_date),
            ("dsv_registru.detinatori_animale", "cnp", "data_nasterii", cnp.get_birth_date),
            ("fiskerireg.lisensinnehavere", "fodselsnummer", "fodselsdato", fodselsnummer.get_birth_date),
            ("consorzio_bonifica.riordino_fondiario", "codice_fiscale", "data_nascita", codicefiscale.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_the_check(built) -> None:
    shaped = _values(built, "stg_sugarmill.raw_cane_growers", "col17")
    assert len(shaped) >= 100 and _misses(shaped, lambda x: not aadhaar.is_valid(x)) == 0
    assert len([c for c in _columns(built) if "value_shape" in c.tags]) >= 15


#: table -> the region of its phone numbers
PHONE_REGIONS = {"agripay_ie.bps_claims": "IE", "naitops.AnimalMovements": "NZ", "FPOLIB.CREWLST": "GB",
                 "bcfsafety.fallerCertificates": "CA", "GRAINCO.GROWER_CONTRACTS": "AU", "COOPDAT.MBRDLVX": "US",
                 "vetfarm.frm_clnt": "GB", "stg_sugarmill.raw_cane_growers": "IN", "domaine_rh.vendangeurs": "FR",
                 "fresas_rrhh.temporeros": "ES", "consorzio_bonifica.riordino_fondiario": "IT",
                 "oddzial_platnosci.wnioski_bezposrednie": "PL", "dsv_registru.detinatori_animale": "RO",
                 "fiskerireg.lisensinnehavere": "NO", "ja_kumiai.kumiaiin_meibo": "JP"}


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15
    for table, col in phones:
        values = [str(x) for x in _real(col.values)]
        region = PHONE_REGIONS[table.name]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert not any(str(x) in private for x in _real(col.values)), col.name


def test_when_a_table_is_japanese_then_its_names_are_in_japanese_script(built) -> None:
    names = _values(built, "ja_kumiai.kumiaiin_meibo", "shimei")
    assert names and all(any(ord(ch) > 0x3000 for ch in str(x)) for x in names)


def test_when_the_scorer_builds_set_v96_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    tables, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in tables:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v2_accuracy.SETS["v96"].DEFAULT_PATH == Path("/tmp/heldout_v96.duckdb")
