"""Held-out set v39: its size, tables, languages, labels, NULL shares, identifiers with check digits (and the birth
dates they encode), phones, decoys, staff, misleading and opaque names are the ones asked for, and it is the same on
every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from datetime import date, timedelta
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.ch import ssn as ch_ssn
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gr import amka
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.ua import rntrc

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v39, heldout_v39_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"de", "fr", "nl", "pl", "cs", "sv", "da", "tr", "el", "uk", "es", "en"}

TABLES = {
    "fahrschule.Fahrschueler", "tierarztpraxis.tierhalter", "autovermietung.Fahrer", "gestion_locative.locataires",
    "sportclub.leden", "tandarts.patienten", "zaklad_pogrzebowy.zlecenia", "knihovna.ctenari",
    "parkering.boendetillstand", "dagpleje.boern_foraeldre", "dugun_salonu.rezervasyon", "logistiko_grafeio.pelates",
    "fotostudiya.zamovlennya", "academia.alumnos",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v39")
_cells = heldout_support.Cells(heldout_v39.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v39, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 13 <= len(built) <= 15 and len(columns) >= 220
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "credit_card", "ssn"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "abbrev", "username", "value_shape", "misleading", "opaque", "staff",
            "role_word", "join_key", "partial", "credential", "pet_name", "fleet", "vehicle"} <= tags


def test_when_a_table_is_in_greek_or_ukrainian_then_its_names_and_values_are_in_that_script(built) -> None:
    for name, script in (("logistiko_grafeio.pelates", re.compile("[\u0370-\u03ff]")),
                         ("fotostudiya.zamovlennya", re.compile("[\u0400-\u04ff]"))):
        table = heldout_support.table(built, name)
        assert sum(bool(script.search(c.name)) for c in table.columns) >= 10, name
        people = [c for c in table.columns if c.kind in PERSON_KINDS and "staff" not in c.tags]
        assert people and all(_misses(_real(c.values), lambda x, s=script: bool(s.search(str(x)))) == 0
                              for c in people), name


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_90_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 15
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.90, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_half_of_it_is_null(built) -> None:
    for table in built:
        for column in table.columns:
            if "null_heavy" not in column.tags:
                assert _null_share(column) < 0.50, f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 12
    for column in staff:
        assert column.kind == "person_name", column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_a_column_is_misleading_or_opaque_then_it_holds_personal_data(built) -> None:
    odd = {c.name: c.kind for c in _columns(built) if c.tags & {"misleading", "opaque"}}
    assert {"feld_3", "divers", "code", "pole_x", "col17", "f_08", "col_17"} <= set(odd)
    assert all(kind != "none" for kind in odd.values())


def test_when_a_column_is_a_credential_partial_pet_or_plate_then_it_is_none(built) -> None:
    tagged = [c for c in _columns(built) if c.tags & {"credential", "partial", "pet_name", "fleet", "vehicle",
                                                      "business", "decoy", "value_shape", "join_key"}]
    assert len(tagged) >= 80 and all(c.kind == "none" for c in tagged)
    assert len([c for c in tagged if "value_shape" in c.tags]) >= 15


def test_when_a_column_is_labeled_username_then_it_is_unclassified(built) -> None:
    users = [c for c in _columns(built) if "username" in c.tags]
    assert len(users) >= 3 and all(c.kind == heldout_v39.USERNAME == "unclassified" for c in users)


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("fahrschule.Fahrschueler", "SteuerID", idnr.is_valid),
    ("tierarztpraxis.tierhalter", "SVNr", vnr.is_valid),
    ("tierarztpraxis.tierhalter", "IBAN", iban.is_valid),
    ("autovermietung.Fahrer", "ahvNr", ch_ssn.is_valid),
    ("gestion_locative.locataires", "num_secu", nir.is_valid),
    ("gestion_locative.locataires", "iban_prelev", iban.is_valid),
    ("sportclub.leden", "rijksregisternr", nn.is_valid),
    ("tandarts.patienten", "bsn", bsn.is_valid),
    ("zaklad_pogrzebowy.zlecenia", "pesel_zm", pesel.is_valid),
    ("zaklad_pogrzebowy.zlecenia", "pole_x", pesel.is_valid),
    ("zaklad_pogrzebowy.zlecenia", "nr_konta", iban.is_valid),
    ("knihovna.ctenari", "rodne_cislo", rc.is_valid),
    ("parkering.boendetillstand", "personnr", personnummer.is_valid),
    ("dagpleje.boern_foraeldre", "barn_cpr", cpr.is_valid),
    ("dugun_salonu.rezervasyon", "tc_kimlik_no", tckimlik.is_valid),
    ("dugun_salonu.rezervasyon", "iade_iban", iban.is_valid),
    ("logistiko_grafeio.pelates", "αμκα", amka.is_valid),
    ("logistiko_grafeio.pelates", "iban", iban.is_valid),
    ("fotostudiya.zamovlennya", "рнокпп", rntrc.is_valid),
    ("academia.alumnos", "dni", dni.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_birth_date_of_its_row(built) -> None:
    def as_date(x: object) -> date:
        if isinstance(x, date):
            return x
        text = str(x)
        if "-" in text:
            return date.fromisoformat(text)
        if "." in text or "/" in text:
            d, m, y = re.split(r"[./]", text)
            return date(int(y), int(m), int(d))
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))

    def ua_birth(number: object) -> date:
        return date(1899, 12, 31) + timedelta(days=int(str(number)[:5]))

    def greek_birth(number: object) -> date:
        """AMKA encodes DDMMYY only: the century is taken from the row (the test compares day, month, year % 100)."""
        return amka.get_birth_date(str(number))

    for table, idc, dob, get, exact in (
            ("sportclub.leden", "rijksregisternr", "geboortedatum", nn.get_birth_date, True),
            ("zaklad_pogrzebowy.zlecenia", "pesel_zm", "data_ur", pesel.get_birth_date, True),
            ("knihovna.ctenari", "rodne_cislo", "dat_nar", rc.get_birth_date, True),
            ("parkering.boendetillstand", "personnr", "col_17", personnummer.get_birth_date, True),
            ("dagpleje.boern_foraeldre", "barn_cpr", "barn_foedt", cpr.get_birth_date, True),
            ("logistiko_grafeio.pelates", "αμκα", "ημ_γέννησης", greek_birth, False),
            ("fotostudiya.zamovlennya", "рнокпп", "дата_народження", ua_birth, True)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None and d is not None]

        def same(r: tuple, f=get, whole=exact) -> bool:
            a, b = f(r[0]), as_date(r[1])
            return a == b if whole else (a.day, a.month, a.year % 100) == (b.day, b.month, b.year % 100)

        assert len(pairs) >= 20 and _misses(pairs, same) == 0, table


def test_when_a_date_of_birth_is_stored_as_text_or_integer_then_every_value_parses(built) -> None:
    forms = {("tierarztpraxis.tierhalter", "GebDatum"): r"\d{2}\.\d{2}\.\d{4}",
             ("autovermietung.Fahrer", "gebDatum"): r"\d{4}-\d{2}-\d{2}",
             ("gestion_locative.locataires", "dt_naiss"): r"\d{2}/\d{2}/\d{4}",
             ("tandarts.patienten", "geb_datum"): r"(19|20)\d{2}(0[1-9]|1[0-2])[0-3]\d",
             ("academia.alumnos", "fecha_nac"): r"20\d{2}(0[1-9]|1[0-2])[0-3]\d"}
    for (table, name), pattern in forms.items():
        col = _column(built, table, name)
        assert col.kind == "date_of_birth", name
        values = [str(x) for x in _real(col.values)]
        assert len(values) >= 100 and _misses(values, lambda x, p=pattern: re.fullmatch(p, x) is not None) == 0, name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {
    "fahrschule.Fahrschueler": "DE", "tierarztpraxis.tierhalter": "AT", "autovermietung.Fahrer": "CH",
    "gestion_locative.locataires": "FR", "sportclub.leden": "BE", "tandarts.patienten": "NL",
    "zaklad_pogrzebowy.zlecenia": "PL", "knihovna.ctenari": "CZ", "parkering.boendetillstand": "SE",
    "dagpleje.boern_foraeldre": "DK", "dugun_salonu.rezervasyon": "TR", "logistiko_grafeio.pelates": "GR",
    "fotostudiya.zamovlennya": "UA", "academia.alumnos": "ES",
}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 16
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert set(PHONE_REGIONS.values()) <= seen


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert ips
    for column in ips:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name


def test_when_a_postal_code_is_built_then_it_has_its_countrys_format(built) -> None:
    forms = {"DE": r"\d{5}", "AT": r"\d{4}", "CH": r"\d{4}", "FR": r"\d{5}", "BE": r"\d{4}", "NL": r"\d{4} [A-Z]{2}",
             "PL": r"\d{2}-\d{3}", "CZ": r"\d{3} \d{2}", "SE": r"\d{3} \d{2}", "DK": r"\d{4}", "TR": r"\d{5}",
             "GR": r"\d{3} \d{2}", "UA": r"\d{5}", "ES": r"\d{5}"}
    for table in built:
        pattern = forms[PHONE_REGIONS[table.name]]
        codes = [c for c in table.columns if c.kind == "postal_code"]
        assert len(codes) == 1, table.name
        assert any(c.kind == "city" for c in table.columns), table.name
        values = [str(x) for x in _real(codes[0].values)]
        assert _misses(values, lambda x, p=pattern: re.fullmatch(p, x) is not None) == 0, table.name


def test_when_a_decoy_is_a_pet_microchip_then_it_has_15_digits(built) -> None:
    chips = [str(x) for x in _values(built, "tierarztpraxis.tierhalter", "ChipNr")]
    assert len(chips) >= 100 and _misses(chips, lambda x: re.fullmatch(r"\d{15}", x) is not None) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v39, heldout_v39_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "39"}, module.__name__


def test_when_the_scorer_builds_set_v39_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v39.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v39"].DEFAULT_PATH == Path("/tmp/heldout_v39.duckdb")
