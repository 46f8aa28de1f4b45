"""Held-out set v44: its size, domains, languages, labels, row counts, NULL shares, identifiers with check digits,
phones, value-shaped decoys (permit and case numbers, plates, VINs, microchips, professional ids), staff, logins and
misleading and opaque names are the ones asked for, and it is the same on every build (values are only counted or
checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.es import dni, nie
from stdnum.it import codicefiscale, iva
from stdnum.jp import cn
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.pt import nif
from stdnum.se import personnummer
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v44, heldout_v44_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "ja"}

TABLES = {
    "firearms_licensing.certificate_holders", "pmp.dispensations", "NOMIS.VISITOR_LOG",
    "CourtCalendar.HearingSchedule", "lottery.prize_claims", "ordnungsamt.hunderegister", "fdc48.validations_permis",
    "mercadillos.licenciasVentaAmbulante", "pra.iscrizioni", "notariaat.repertorium", "sr_tarnow.wokanda",
    "conservatoria.assentosCasamento", "transportstyrelsen.taxiforarleg", "kobutsu.torihiki_daicho",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v44")
_cells = heldout_support.Cells(heldout_v44.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v44, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 13 <= len(built) <= 15 and len(columns) >= 220
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 5
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "credit_card"} <= {c.kind for c in columns}
    assert 0.40 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.65
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "value_shape", "business", "null_heavy", "misleading", "opaque", "staff", "username", "partial",
            "credential", "vehicle", "animal", "permit_number", "professional_id", "event_date", "dob_text",
            "dob_int", "era_year", "multi_value", "role_word", "join_key"} <= tags
    assert {"snake", "camel", "pascal", "screaming"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v44.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "partial", "credential", "vehicle",
                                                           "animal", "permit_number", "professional_id",
                                                           "event_date", "join_key"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy", "credential"}, column.name
    for column in (c for c in _columns(built) if "username" in c.tags):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert "username" in column.tags, column.name
    for column in (c for c in _columns(built) if c.tags & {"misleading", "opaque"}):
        assert column.kind != "none", column.name
    for column in (c for c in _columns(built) if c.tags & {"dob_text", "dob_int", "era_year"}):
        assert column.kind == "date_of_birth", column.name


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_90_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.90, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for column in table.columns:
            if "null_heavy" not in column.tags:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                if column.kind != "none":
                    assert _null_share(column) < 0.50, f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 14
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_a_column_holds_people_then_hundreds_of_rows_hold_many_distinct_names(built) -> None:
    for table in built:
        for column in table.columns:
            if column.kind == "person_name" and not column.tags & {"staff", "role_word"}:
                values = _real(column.values)
                assert len(set(values)) >= 0.5 * len(values), f"{table.name}.{column.name}"
    for table, name in (("notariaat.repertorium", "comparant_1_naam"), ("sr_tarnow.wokanda", "pozwany"),
                        ("kobutsu.torihiki_daicho", "urite_shimei"), ("CourtCalendar.HearingSchedule",
                                                                      "DefendantName")):
        assert len(set(_values(built, table, name))) >= 250, f"{table}.{name}"


def test_when_an_audit_login_is_built_then_it_has_2_to_8_distinct_values(built) -> None:
    logins = [c for c in _columns(built) if "username" in c.tags]
    assert len(logins) >= 4
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def _ok(check):
    def run(value: object) -> bool:
        try:
            return bool(check(str(value)))
        except Exception:  # noqa: BLE001 - a failing check counts as a miss, never shows the value
            return False
    return run


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("lottery.prize_claims", "claimant_ssn", ssn.is_valid),
    ("ordnungsamt.hunderegister", "iban_lastschrift", iban.is_valid),
    ("mercadillos.licenciasVentaAmbulante", "dniNie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("mercadillos.licenciasVentaAmbulante", "suplenteDni", dni.is_valid),
    ("mercadillos.licenciasVentaAmbulante", "ibanDomiciliacion", iban.is_valid),
    ("pra.iscrizioni", "codice_fiscale", codicefiscale.is_valid),
    ("pra.iscrizioni", "piva_societa", iva.is_valid),
    ("notariaat.repertorium", "comparant_1_bsn", bsn.is_valid),
    ("notariaat.repertorium", "comparant_2_bsn", bsn.is_valid),
    ("sr_tarnow.wokanda", "pesel_pozw", pesel.is_valid),
    ("sr_tarnow.wokanda", "nip_kancelarii", nip.is_valid),
    ("conservatoria.assentosCasamento", "nifNubente1", nif.is_valid),
    ("conservatoria.assentosCasamento", "nifNubente2", nif.is_valid),
    ("transportstyrelsen.taxiforarleg", "personnummer", personnummer.is_valid),
    ("kobutsu.torihiki_daicho", "hojin_bango", cn.is_valid),
    ("pmp.dispensations", "prescriberNpi", lambda x: luhn.is_valid("80840" + x)),
    ("pmp.dispensations", "pharmacyNpi", lambda x: luhn.is_valid("80840" + x)),
    ("pra.iscrizioni", "telaio", lambda x: heldout_v44_values.vin_check(x) == x[8]),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = _values(built, table, column)
    assert len(values) >= 20 and _misses(values, _ok(check)) == 0


def test_when_a_dea_number_is_built_then_its_check_digit_is_right(built) -> None:
    def ok(x: object) -> bool:
        d = [int(ch) for ch in str(x)[2:]]
        return len(d) == 7 and (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]

    values = _values(built, "pmp.dispensations", "prescriberDea")
    assert len(values) >= 100 and _misses(values, ok) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_date_of_its_row(built) -> None:
    rows = zip(_column(built, "transportstyrelsen.taxiforarleg", "personnummer").values,
               _column(built, "transportstyrelsen.taxiforarleg", "fodd").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100
    assert _misses(pairs, lambda r: int(personnummer.get_birth_date(r[0]).strftime("%Y%m%d")) == r[1]) == 0
    rows2 = zip(_column(built, "pra.iscrizioni", "codice_fiscale").values,
                _column(built, "pra.iscrizioni", "data_nascita").values)
    assert _misses(list(rows2), lambda r: codicefiscale.get_birth_date(r[0]) == r[1]) == 0


def test_when_a_birth_date_is_text_or_an_integer_then_every_value_parses(built) -> None:
    formats = {("NOMIS.VISITOR_LOG", "VISITOR_DOB"): r"\d{2}/\d{2}/(19|20)\d{2}",
               ("lottery.prize_claims", "claimant_dob"): r"\d{2}/\d{2}/(19|20)\d{2}",
               ("ordnungsamt.hunderegister", "geb_datum_halter"): r"\d{2}\.\d{2}\.(19|20)\d{2}",
               ("fdc48.validations_permis", "date_naissance"): r"\d{2}/\d{2}/(19|20)\d{2}",
               ("notariaat.repertorium", "comparant_1_geboortedatum"): r"(19|20)\d{2}-\d{2}-\d{2}",
               ("conservatoria.assentosCasamento", "dataNascNubente2"): r"\d{2}-\d{2}-(19|20)\d{2}",
               ("kobutsu.torihiki_daicho", "urite_seinengappi"): r"(昭和|平成|令和)(元|\d{1,2})年\d{1,2}月\d{1,2}日"}
    for (table, name), pattern in formats.items():
        values = _values(built, table, name)
        assert values and _misses(values, lambda x, p=pattern: bool(re.fullmatch(p, str(x)))) == 0, name
    for table, name in (("pmp.dispensations", "patientDob"), ("transportstyrelsen.taxiforarleg", "fodd")):
        values = _values(built, table, name)
        assert _misses(values, lambda x: date(x // 10_000, x // 100 % 100, x % 100).year >= 1930) == 0, name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


PHONE_REGIONS = {
    "firearms_licensing.certificate_holders": "GB", "pmp.dispensations": "US", "NOMIS.VISITOR_LOG": "GB",
    "CourtCalendar.HearingSchedule": "US", "lottery.prize_claims": "US", "ordnungsamt.hunderegister": "DE",
    "fdc48.validations_permis": "FR", "mercadillos.licenciasVentaAmbulante": "ES", "pra.iscrizioni": "IT",
    "sr_tarnow.wokanda": "PL", "conservatoria.assentosCasamento": "PT", "transportstyrelsen.taxiforarleg": "SE",
    "kobutsu.torihiki_daicho": "JP",
}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {"GB", "US", "DE", "FR", "ES", "IT", "PL", "PT", "SE", "JP"} <= seen


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address(built) -> None:
    values = _values(built, "firearms_licensing.certificate_holders", "submitted_from_ip")
    assert values and _misses(values, lambda x: bool(ipaddress.ip_address(str(x)))) == 0
    assert {ipaddress.ip_address(str(x)).version for x in values} == {4, 6}


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_is_present_and_none(built) -> None:
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)
    names = {c.name for c in shaped}
    assert {"certificate_no", "CaseNumber", "sygn_akt", "targa", "telaio", "chip_nr", "kadastrale_aanduiding",
            "VEHICLE_REG", "prescriberNpi", "application_guid", "akte_hash", "numLicencia"} <= names
    chips = _values(built, "ordnungsamt.hunderegister", "chip_nr")
    assert _misses(chips, lambda x: bool(re.fullmatch(r"276\d{12}", str(x)))) == 0
    plates = _values(built, "pra.iscrizioni", "targa")
    assert _misses(plates, lambda x: bool(re.fullmatch(r"[A-Z]{2}\d{3}[A-Z]{2}", str(x)))) == 0
    coords = [c for c in _columns(built) if c.sql_type == "DOUBLE"]
    assert len(coords) == 2 and all(c.kind == "none" for c in coords)


def test_when_names_mislead_or_are_opaque_then_personal_values_hide_behind_them(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert {"misc1", "Misc2", "feld_3", "campoX", "pole_2"} <= set(misleading)
    opaque = {c.name for c in _columns(built) if "opaque" in c.tags}
    assert {"c17", "f_08"} <= opaque
    mails = _values(built, "sr_tarnow.wokanda", "pole_2")
    assert mails and _misses(mails, lambda x: "@" in str(x)) == 0


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert cut and all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_a_cell_holds_several_names_then_some_cells_hold_a_separator(built) -> None:
    multi = [c for c in _columns(built) if "multi_value" in c.tags]
    assert len(multi) >= 4 and all(c.kind in PERSON_KINDS for c in multi)
    for column in multi:
        values = [str(x) for x in _real(column.values)]
        assert sum(";" in x for x in values) >= 20, column.name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _misses([str(x) for x in _real(column.values)], lambda x, p=private: x not in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v44, heldout_v44_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "44"}, module.__name__


def test_when_the_scorer_builds_set_v44_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
            names = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
                " ORDER BY ordinal_position", [schema, name]).fetchall()]
            assert names == [c.name for c in table.columns], table.name
    assert heldout_v44.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v44"].DEFAULT_PATH == Path("/tmp/heldout_v44.duckdb")
