"""Held-out set v21: its size, domains, languages, labels, row counts, NULL and NULL-word shares, staff columns,
identifiers with check digits, dates of birth that agree with them, split dates of birth, value-shaped decoys,
misleading and source-prefixed names and phones are the ones asked for, and it is the same on every build (values are
only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings are part of the set's dirt: identifier checks skip them and strip padding. Assertion rewriting is off
for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and message, never the values."""

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
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.gr import amka
from stdnum.gr import vat as gr_vat
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v21, heldout_v21_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for (romanized Japanese as ja-Latn)
LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "cs", "tr", "ja-Latn", "ja", "ru", "el"}

#: every table of the set: ordinary business systems in domains no earlier set (v2 to v20) used
TABLES = {
    "helpdesk.support_tickets", "optiker.Kundenkartei", "credit_conso.demandes_pret", "inmobiliaria.leadsCompradores",
    "agenzia_viaggi.prenotazioni", "garantias.registos", "makelaardij.bezichtigingen", "sklep.reklamacje",
    "EKONOMI.UTLAGG", "nyhedsbrev.abonnenter", "leasing.najemci", "magaza.TaksitliSatislar", "JINJI.TSUKIN_TEATE",
    "ネットスーパー.配送先", "банк.вклады", "isp.εγκαταστάσεις", "dwh.dim_customer", "lager.Warenbewegungen",
}

scored_file, built = heldout_support.set_fixtures("v21")
_cells = heldout_support.Cells(heldout_v21.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v21, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) >= 16 and len(columns) >= 400
    assert 0.36 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.44
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES <= {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "unclassified"} <= {c.kind for c in columns}
    assert heldout_v21.USERNAME in {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "vehicle", "value_shape",
            "misleading", "staff", "opaque", "audit", "split_dob", "source_prefix"} <= tags
    assert {"screaming", "snake", "pascal", "camel", "native"} <= {t.style for t in built}
    decoys_only = [t for t in built if all(c.kind == "none" for c in t.columns)]
    assert [t.name for t in decoys_only] == ["lager.Warenbewegungen"]


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v21.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_business_decoy_or_vehicle_then_it_is_labeled_none(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "vehicle"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.tags & {"split_dob"}):
        assert column.kind == "date_of_birth", column.name


def test_when_names_mislead_then_personal_values_hide_behind_them_and_keys_behind_personal_names(built) -> None:
    misleading = [c for c in _columns(built) if "misleading" in c.tags]
    personal = {c.name for c in misleading if c.kind != "none"}
    assert {"misc_1", "notes2", "code", "attr_3", "ref", "value"} <= personal
    keys = {c.name for c in misleading if c.kind == "none"}
    assert {"addr_sk", "customer_name_id", "JUSHO_SK"} <= keys
    prefixed = [c for c in _columns(built) if "source_prefix" in c.tags]
    assert len(prefixed) >= 4 and all(c.name.startswith("src_") and c.kind != "none" for c in prefixed)


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_60_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.60 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 12
    for column in heavy:
        assert column.kind != "none", column.name
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_few_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 14
    for column in staff:
        assert column.kind in {"person_name", "first_name", "last_name"}, column.name
        assert 2 <= len(set(_real(column.values))) <= 20, column.name
    assert {"person_name", "first_name", "last_name"} == {c.kind for c in staff}


def _luhn_ok(x: object) -> bool:
    return luhn.is_valid(re.sub(r"[ -]", "", str(x)))


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("optiker.Kundenkartei", "SepaIban", iban.is_valid),
    ("optiker.Kundenkartei", "SteuerIdNr", idnr.is_valid),
    ("credit_conso.demandes_pret", "iban", iban.is_valid),
    ("inmobiliaria.leadsCompradores", "dniNie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("agenzia_viaggi.prenotazioni", "cod_fisc", codicefiscale.is_valid),
    ("agenzia_viaggi.prenotazioni", "carta_pagamento", _luhn_ok),
    ("garantias.registos", "nif", nif.is_valid),
    ("makelaardij.bezichtigingen", "bsn", bsn.is_valid),
    ("makelaardij.bezichtigingen", "ibanHuurder", iban.is_valid),
    ("sklep.reklamacje", "pesel", pesel.is_valid),
    ("sklep.reklamacje", "nr_konta_zwrot", iban.is_valid),
    ("EKONOMI.UTLAGG", "PERSONNR", personnummer.is_valid),
    ("EKONOMI.UTLAGG", "BANKKONTO", iban.is_valid),
    ("leasing.najemci", "rodne_cislo", rc.is_valid),
    ("leasing.najemci", "cislo_uctu", iban.is_valid),
    ("magaza.TaksitliSatislar", "TcKimlikNo", tckimlik.is_valid),
    ("magaza.TaksitliSatislar", "KartNo", _luhn_ok),
    ("JINJI.TSUKIN_TEATE", "MY_NUMBER", jp_in.is_valid),
    ("банк.вклады", "инн", inn.is_valid),
    ("isp.εγκαταστάσεις", "αφμ", gr_vat.is_valid),
    ("isp.εγκαταστάσεις", "αμκα_κοιν_τιμολογίου", amka.is_valid),
    ("isp.εγκαταστάσεις", "iban_πάγιας", iban.is_valid),
    ("dwh.dim_customer", "attr_3", ssn.is_valid),
    ("dwh.dim_customer", "ref", _luhn_ok),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_identifiers_hold_a_birth_date_then_they_agree_with_the_date_of_birth_beside_them(built) -> None:
    def czech(b: str) -> tuple[int, int, int]:
        d, m, y = (int(p) for p in b.split("."))
        return d, m, y % 100

    for table, dob, code, ok in (
            ("leasing.najemci", "datum_narozeni", "rodne_cislo",
             lambda b, x: czech(b) == (int(x[4:6]), int(x[2:4]) % 50, int(x[:2]))),
            ("isp.εγκαταστάσεις", "ημ_γέννησης", "αμκα_κοιν_τιμολογίου",
             lambda b, x: b.replace("/", "")[:4] + b[-2:] == x[:6])):
        pairs = [(b, str(x)) for b, x in zip(_column(built, table, dob).values, _column(built, table, code).values)
                 if b is not None and x is not None]
        assert len(pairs) >= 20 and _misses(pairs, lambda p, f=ok: f(p[0], p[1])) == 0, table


def test_when_a_birth_is_stored_as_numbers_then_it_decodes_to_a_plausible_date(built) -> None:
    for table, name in (("garantias.registos", "data_nasc"), ("dwh.dim_customer", "misc_1")):
        for value in _values(built, table, name):
            text = str(value)
            assert 1930 <= date(int(text[:4]), int(text[4:6]), int(text[6:])).year <= 2006, name
    parts = [_column(built, "nyhedsbrev.abonnenter", n).values for n in ("foed_dag", "foed_md", "foed_aar")]
    rows = [(d, m, y) for d, m, y in zip(*parts)]
    assert all((d is None) == (m is None) == (y is None) for d, m, y in rows)
    known = [r for r in rows if r[0] is not None]
    assert len(known) >= 200 and all(1940 <= date(y, m, d).year <= 2006 for d, m, y in known)


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_that_identifiers_check(built) -> None:
    refs = [str(x) for x in _values(built, "dwh.dim_customer", "card_ref_masked")]
    assert refs and _misses(refs, lambda x: re.fullmatch(r"\d{16}", x)) == 0
    assert _hits(refs, luhn.is_valid) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 8 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {
    "helpdesk.support_tickets": "GB", "optiker.Kundenkartei": "DE", "credit_conso.demandes_pret": "FR",
    "inmobiliaria.leadsCompradores": "ES", "agenzia_viaggi.prenotazioni": "IT", "garantias.registos": "PT",
    "makelaardij.bezichtigingen": "NL", "sklep.reklamacje": "PL", "EKONOMI.UTLAGG": "SE",
    "nyhedsbrev.abonnenter": "DK", "leasing.najemci": "CZ", "magaza.TaksitliSatislar": "TR",
    "JINJI.TSUKIN_TEATE": "JP", "ネットスーパー.配送先": "JP", "банк.вклады": "RU", "isp.εγκαταστάσεις": "GR",
    "dwh.dim_customer": "US",
}


def test_when_a_column_is_labeled_phone_then_every_value_is_a_valid_number(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 17
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert set(PHONE_REGIONS.values()) <= seen


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v21, heldout_v21_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "21"}, module.__name__


def test_when_the_scorer_builds_set_v21_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v21.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v21"].DEFAULT_PATH == Path("/tmp/heldout_v21.duckdb")
