"""Held-out set v22: its size, domains, languages, labels, row counts, NULL and NULL-word shares, staff and role-word
columns, audit logins and service accounts, identifiers with check digits, dates of birth that agree with them, split
dates of birth, value-shaped decoys, misleading and source-prefixed names and phones are the ones asked for, and it is
the same on every build (values are only counted or checked here, never printed).

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
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.gr import vat as gr_vat
from stdnum.it import codicefiscale
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v22, heldout_v22_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for (romanized Japanese as ja-Latn)
LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "cs", "tr", "ja-Latn", "ja", "ru", "el"}

#: every table of the set: ordinary business systems in domains no earlier set (v2 to v21) used
TABLES = {
    "fieldservice.work_orders", "autohaus.Probefahrten", "livraison.commandes_meubles", "agenzia_lavoro.candidati",
    "formacao.inscricoes", "zonnepanelen.offerteAanvragen", "meble.zamowienia_kuchni", "BEMANNING.TIDRAPPORTER",
    "vinduespudsning.kunder", "okna.zakazky", "TeknikServis.ServisKayitlari", "TSUHAN.KOKYAKU_MASTER", "家事代行.予約",
    "онлайн_школа.ученики", "τροφοδοσία.παραγγελίες", "mktg.contacts_export", "alquiler.contratos",
    "almacen.articulos",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v22")
_cells = heldout_support.Cells(heldout_v22.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v22, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) >= 16 and len(columns) >= 400
    assert 0.36 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.44
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES <= {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "unclassified"} <= {c.kind for c in columns}
    assert heldout_v22.USERNAME in {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "vehicle", "value_shape",
            "misleading", "staff", "opaque", "audit", "split_dob", "source_prefix", "role_word", "service_account",
            "territory"} <= tags
    assert {"screaming", "snake", "pascal", "camel", "native"} <= {t.style for t in built}
    decoys_only = [t for t in built if all(c.kind == "none" for c in t.columns)]
    assert [t.name for t in decoys_only] == ["almacen.articulos"]


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v22.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "vehicle", "service_account",
                                                           "territory"}):
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
    assert {"misc_1", "notes2", "code", "kod", "ref", "value", "attr_4", "data", "info", "type2"} <= personal
    keys = {c.name for c in misleading if c.kind == "none"}
    assert {"email_id", "phone_sk", "TEL_SK", "nombre_id"} <= keys
    prefixed = [c for c in _columns(built) if "source_prefix" in c.tags]
    assert len(prefixed) >= 2 and all(c.name.startswith("src_") and c.kind != "none" for c in prefixed)
    opaque = [c for c in _columns(built) if "opaque" in c.tags]
    assert len(opaque) >= 5 and all(c.kind != "none" for c in opaque)


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 25
    assert all(c.kind in PERSON_KINDS | {"unclassified"} for c in role)
    assert {"owner", "assignee", "reviewer", "contact", "holder", "beneficiary", "created_by"} <= {c.name for c in role}


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 5 and len(services) >= 3
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


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


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 20
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert PERSON_KINDS == {c.kind for c in staff}


def _luhn_ok(x: object) -> bool:
    return luhn.is_valid(re.sub(r"[ -]", "", str(x)))


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("agenzia_lavoro.candidati", "codice_fiscale", codicefiscale.is_valid),
    ("agenzia_lavoro.candidati", "iban_accredito", iban.is_valid),
    ("formacao.inscricoes", "nif_formando", nif.is_valid),
    ("formacao.inscricoes", "iban_reembolso", iban.is_valid),
    ("zonnepanelen.offerteAanvragen", "ibanAanbetaling", iban.is_valid),
    ("meble.zamowienia_kuchni", "pesel_kredyt", pesel.is_valid),
    ("BEMANNING.TIDRAPPORTER", "PERSONNUMMER", personnummer.is_valid),
    ("BEMANNING.TIDRAPPORTER", "LONEKONTO", iban.is_valid),
    ("vinduespudsning.kunder", "cpr_betalingsaftale", cpr.is_valid),
    ("vinduespudsning.kunder", "betaler_iban", iban.is_valid),
    ("okna.zakazky", "rc", rc.is_valid),
    ("TeknikServis.ServisKayitlari", "TcKimlik", tckimlik.is_valid),
    ("TSUHAN.KOKYAKU_MASTER", "CARD_NO", _luhn_ok),
    ("онлайн_школа.ученики", "инн_для_вычета", inn.is_valid),
    ("τροφοδοσία.παραγγελίες", "αφμ_πελάτη", gr_vat.is_valid),
    ("mktg.contacts_export", "attr_4", ssn.is_valid),
    ("mktg.contacts_export", "ref", _luhn_ok),
    ("alquiler.contratos", "docIdentidad", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("alquiler.contratos", "tarjetaGarantia", _luhn_ok),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_identifiers_hold_a_birth_date_then_they_agree_with_the_date_of_birth_beside_them(built) -> None:
    table = "okna.zakazky"
    parts = [_column(built, table, n).values for n in ("nar_den", "nar_mesic", "nar_rok", "rc")]
    rows = [(d, m, y, str(x)) for d, m, y, x in zip(*parts) if x is not None]
    assert len(rows) >= 20
    assert _misses(rows, lambda r: (r[0], r[1], r[2] % 100) == (int(r[3][4:6]), int(r[3][2:4]) % 50,
                                                                int(r[3][:2]))) == 0
    table = "agenzia_lavoro.candidati"
    pairs = list(zip(_column(built, table, "data_di_nascita").values, _column(built, table, "codice_fiscale").values))
    assert len(pairs) >= 20

    def agrees(pair: tuple[str, str]) -> bool:
        d, m, y = (int(p) for p in pair[0].split("/"))
        born = codicefiscale.get_birth_date(pair[1])
        return (born.day, born.month, born.year % 100) == (d, m, y % 100)

    assert _misses(pairs, agrees) == 0


def test_when_a_birth_is_stored_as_numbers_then_it_decodes_to_a_plausible_date(built) -> None:
    for table, name in (("autohaus.Probefahrten", "GebDatum"), ("TSUHAN.KOKYAKU_MASTER", "SEINENGAPPI")):
        for value in _values(built, table, name):
            text = str(value)
            assert 1930 <= date(int(text[:4]), int(text[4:6]), int(text[6:])).year <= 2007, name
    parts = [_column(built, "okna.zakazky", n).values for n in ("nar_den", "nar_mesic", "nar_rok")]
    rows = list(zip(*parts))
    assert all((d is None) == (m is None) == (y is None) for d, m, y in rows)
    known = [r for r in rows if r[0] is not None]
    assert len(known) >= 100 and all(1940 <= date(y, m, d).year <= 2006 for d, m, y in known)


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_is_labeled_none(built) -> None:
    refs = [str(x) for x in _values(built, "mktg.contacts_export", "card_last_check")]
    assert refs and _misses(refs, lambda x: re.fullmatch(r"\d{16}", x)) == 0
    assert _hits(refs, luhn.is_valid) == 0
    imeis = [str(x) for x in _values(built, "TeknikServis.ServisKayitlari", "Imei")]
    assert imeis and _misses(imeis, lambda x: len(x) == 15 and luhn.is_valid(x)) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 10 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {
    "fieldservice.work_orders": "GB", "autohaus.Probefahrten": "DE", "livraison.commandes_meubles": "FR",
    "agenzia_lavoro.candidati": "IT", "formacao.inscricoes": "PT", "zonnepanelen.offerteAanvragen": "NL",
    "meble.zamowienia_kuchni": "PL", "BEMANNING.TIDRAPPORTER": "SE", "vinduespudsning.kunder": "DK",
    "okna.zakazky": "CZ", "TeknikServis.ServisKayitlari": "TR", "TSUHAN.KOKYAKU_MASTER": "JP", "家事代行.予約": "JP",
    "онлайн_школа.ученики": "RU", "τροφοδοσία.παραγγελίες": "GR", "mktg.contacts_export": "US",
    "alquiler.contratos": "ES",
}


def test_when_a_column_is_labeled_phone_then_every_value_is_a_valid_number(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
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
    for module in (heldout_v22, heldout_v22_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "22"}, module.__name__


def test_when_the_scorer_builds_set_v22_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v22.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v22"].DEFAULT_PATH == Path("/tmp/heldout_v22.duckdb")
