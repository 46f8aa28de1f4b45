"""Held-out set v40: its size, table names, languages, labels, row counts, NULL shares, staff columns, identifiers
with check digits (each national number encoding its row's birth date where it does), phones, IP addresses, decoys,
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
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban
from stdnum.br import cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.gb import utr
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v40, heldout_v40_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "nl", "es", "pl", "sv", "it", "pt", "tr"}

TABLES = {
    "rideshare.driver_applications", "cruise.PassengerManifest", "DISPATCH.JOB_LOG", "vanhire.rentalAgreements",
    "payouts.rider_weekly", "raw_mobility.stg_export", "kurier.abrechnung_monat", "trott.trajets",
    "verhuur.verhuurders", "freelance.perfilesPagos", "bilety.posiadacze", "laddnat.kortinnehavare",
    "CARSHARING.SOCI", "mototaxi.passageiros", "otobus.YolcuKayit",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v40")
_cells = heldout_support.Cells(heldout_v40.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v40, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 13 <= len(built) <= 15 and len(columns) >= 220
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 6
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "credit_card"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "value_shape", "misleading", "opaque", "staff", "username",
            "credential", "partial", "fleet", "vehicle", "premises", "id_document", "mixed_kinds"} <= tags
    assert {"snake", "camel", "pascal", "screaming", "opaque"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v40.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "credential", "partial", "fleet",
                                                           "vehicle", "join_key"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"id_document"}):
        assert column.kind == "national_id", column.name
    for column in (c for c in _columns(built) if c.tags & {"mixed_kinds"}):
        assert column.kind == "free_text", column.name


def test_when_coordinates_are_built_then_they_are_none(built) -> None:
    coords = [c for c in _columns(built)
              if c.sql_type == "DOUBLE" and re.search(r"lat|lon", c.name, re.IGNORECASE)]
    assert len(coords) >= 6 and all(c.kind == "none" for c in coords)


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert len(cut) >= 2
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_names_mislead_or_are_opaque_then_personal_values_hide_behind_them(built) -> None:
    misleading = {c.name for c in _columns(built) if "misleading" in c.tags}
    assert {"misc_1", "feld_9", "extra2", "attrX", "code", "EkAlan1"} <= misleading
    assert all(c.kind != "none" for c in _columns(built) if "misleading" in c.tags)
    opaque = {c.name: c.kind for c in _columns(built) if "opaque" in c.tags}
    assert {"c17", "f_08"} <= set(opaque) and opaque["c17"] == "ip_address" and opaque["f_08"] == "date_of_birth"
    assert _misses(_values(built, "rideshare.driver_applications", "misc_1"), lambda x: "@" in str(x)) == 0


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_90_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 8
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.90, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for column in table.columns:
            if "null_heavy" not in column.tags and "business" not in column.tags:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 8
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("rideshare.driver_applications", "ssn", ssn.is_valid),
    ("payouts.rider_weekly", "utr", utr.is_valid),
    ("payouts.rider_weekly", "payout_iban", iban.is_valid),
    ("kurier.abrechnung_monat", "steuer_id", idnr.is_valid),
    ("kurier.abrechnung_monat", "iban", iban.is_valid),
    ("verhuur.verhuurders", "bsn", bsn.is_valid),
    ("verhuur.verhuurders", "iban", iban.is_valid),
    ("freelance.perfilesPagos", "dniNie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("freelance.perfilesPagos", "ibanCobro", iban.is_valid),
    ("bilety.posiadacze", "pesel", pesel.is_valid),
    ("laddnat.kortinnehavare", "personnummer", personnummer.is_valid),
    ("laddnat.kortinnehavare", "iban_aterbetalning", iban.is_valid),
    ("CARSHARING.SOCI", "COD_FISCALE", codicefiscale.is_valid),
    ("mototaxi.passageiros", "cpf", cpf.is_valid),
    ("otobus.YolcuKayit", "TcKimlikNo", tckimlik.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_national_id_is_built_then_it_encodes_the_date_of_birth_of_its_row(built) -> None:
    def yyyymmdd(x: object) -> date:
        return datetime.strptime(str(x), "%Y%m%d").date()

    for table, idc, dob, get, parse in (
            ("laddnat.kortinnehavare", "personnummer", "fodelsedatum", personnummer.get_birth_date, yyyymmdd),
            ("CARSHARING.SOCI", "COD_FISCALE", "DATA_NASCITA", codicefiscale.get_birth_date, lambda d: d)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get, q=parse: f(r[0]) == q(r[1])) == 0, table


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


PHONE_REGIONS = {
    "rideshare.driver_applications": "US", "cruise.PassengerManifest": "GB", "DISPATCH.JOB_LOG": "IE",
    "vanhire.rentalAgreements": "AU", "payouts.rider_weekly": "GB", "raw_mobility.stg_export": "US",
    "kurier.abrechnung_monat": "DE", "trott.trajets": "FR", "verhuur.verhuurders": "NL",
    "freelance.perfilesPagos": "ES", "bilety.posiadacze": "PL", "laddnat.kortinnehavare": "SE",
    "CARSHARING.SOCI": "IT", "mototaxi.passageiros": "BR", "otobus.YolcuKayit": "TR",
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
    assert set(PHONE_REGIONS.values()) <= seen


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_decoys_are_built_then_they_are_present_none_and_shaped(built) -> None:
    decoys = [c for c in _columns(built) if "decoy" in c.tags]
    shaped = [c for c in decoys if "value_shape" in c.tags]
    assert len(decoys) >= 80 and len(shaped) >= 20 and all(c.kind == "none" for c in decoys)
    pnrs = _values(built, "cruise.PassengerManifest", "BookingRef") + _values(built, "otobus.YolcuKayit", "Pnr")
    assert pnrs and _misses(pnrs, lambda x: bool(re.fullmatch(r"[A-Z0-9]{6}", str(x)))) == 0
    vins = _values(built, "rideshare.driver_applications", "vehicle_vin") + _values(
        built, "vanhire.rentalAgreements", "vanVin")
    assert vins and _misses(vins, lambda x: bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{8}[0-9X][A-HJ-NPR-Z0-9]{8}",
                                                              str(x)))) == 0
    airports = _values(built, "cruise.PassengerManifest", "ArrivalAirport")
    assert _misses(airports, lambda x: bool(re.fullmatch(r"[A-Z]{3}", str(x)))) == 0


def test_when_dates_of_birth_are_built_then_every_format_asked_for_occurs(built) -> None:
    formats = {
        ("kurier.abrechnung_monat", "geb_dat"): r"\d{2}\.\d{2}\.\d{4}",
        ("raw_mobility.stg_export", "c09"): r"\d{2}/\d{2}/\d{4}",
        ("verhuur.verhuurders", "geboortedatum"): r"\d{4}-\d{2}-\d{2}",
        ("cruise.PassengerManifest", "DateOfBirth"): r"\d{1,2} [A-Z][a-z]{2} \d{4}",
    }
    for (table, name), pattern in formats.items():
        values = _values(built, table, name)
        assert values and _misses(values, lambda x, p=pattern: bool(re.fullmatch(p, str(x)))) == 0, name
    ints = _values(built, "laddnat.kortinnehavare", "fodelsedatum")
    assert ints and _misses(ints, lambda x: isinstance(x, int) and 19_000_000 < x < 21_000_000) == 0
    dates = _values(built, "CARSHARING.SOCI", "DATA_NASCITA")
    assert dates and _misses(dates, lambda x: isinstance(x, date)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v40, heldout_v40_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "40"}, module.__name__


def test_when_the_scorer_builds_set_v40_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v40.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v40"].DEFAULT_PATH == Path("/tmp/heldout_v40.duckdb")
