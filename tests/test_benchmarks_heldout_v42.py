"""Held-out set v42: its size, tables, languages, labels, row counts, NULL shares, staff columns, logins and service
accounts, identifiers with check digits (encoding the row's birth date where the number does), phones, value-shaped
decoys and misleading and opaque names are the ones asked for, and it is the same on every build (values are only
counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.it import codicefiscale
from stdnum.jp import in_
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.pt import cc, nif
from stdnum.se import personnummer
from stdnum.tr import tckimlik

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v42, heldout_v42_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "pl", "cs", "sv", "it", "tr", "nl", "es", "pt", "ja"}

TABLES = {
    "mes.prod_order_confirmations", "qms.inspectionLots", "cmms.WorkOrders", "ehs.incident_reports",
    "ACCESS.BADGE_EVENTS", "zeitarbeit.Lohnimport", "huta.kontraktorzy_onboarding", "jidelna.platby_karty",
    "gruva.skiftSchema", "sicurezza.consegne_dpi", "LIMAN.OPERATOR_BELGE", "opleiding.cursusRegistraties",
    "porteria.registro_visitas", "ct.cadernos_eleitorais", "kojo.haken_meibo",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v42")
_cells = heldout_support.Cells(heldout_v42.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v42, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 13 <= len(built) <= 15 and len(columns) >= 220
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    english = sum(len(t.columns) for t in built if t.language == "en") / len(columns)
    assert 0.25 <= english <= 0.42
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "ssn", "credit_card", "ip_address"} <= {c.kind for c in columns}
    assert {"snake", "camel", "pascal", "screaming"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "value_shape", "business", "null_heavy", "misleading", "opaque", "staff", "initials", "username",
            "service_account", "personnel_no", "credential", "partial", "abbrev"} <= tags


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


def test_when_a_personal_column_is_not_tagged_null_heavy_then_less_than_half_of_it_is_null(built) -> None:
    for table in built:
        for column in table.columns:
            if column.kind != "none" and "null_heavy" not in column.tags:
                assert _null_share(column) < 0.50, f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 15
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    initials = [c for c in staff if "initials" in c.tags]
    assert len(initials) >= 2
    for column in initials:
        assert column.kind == "person_name"
        assert _misses(_real(column.values), lambda x: bool(re.fullmatch(r"[A-Z]{3}", str(x)))) == 0, column.name


def test_when_a_column_holds_logins_then_it_is_unclassified_and_service_accounts_are_none(built) -> None:
    logins = [c for c in _columns(built) if "username" in c.tags]
    assert len(logins) >= 5 and {c.kind for c in logins} == {heldout_v42_values.USERNAME}
    services = [c for c in _columns(built) if "service_account" in c.tags]
    assert len(services) >= 2 and all(c.kind == "none" and len(set(_real(c.values))) <= 3 for c in services)


def test_when_a_column_is_a_personnel_number_or_credential_then_it_is_none(built) -> None:
    keys = [c for c in _columns(built) if c.tags & {"personnel_no", "credential", "partial", "business"}]
    assert len(keys) >= 20 and all(c.kind == "none" for c in keys)


def test_when_names_mislead_or_are_opaque_then_personal_values_hide_behind_them(built) -> None:
    odd = {c.name: c.kind for c in _columns(built) if c.tags & {"misleading", "opaque"}}
    assert {"feld_3", "zusatz1", "user_field_2", "kod", "attr_x", "code", "c17", "f_08", "ZZ_FLD_4"} <= set(odd)
    assert "none" not in set(odd.values())


def _rows(built, table: str, *names: str) -> list[tuple]:
    return [r for r in zip(*(_column(built, table, n).values for n in names), strict=True) if r[0] is not None]


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("zeitarbeit.Lohnimport", "SteuerID", idnr.is_valid),
    ("zeitarbeit.Lohnimport", "IBAN", iban.is_valid),
    ("huta.kontraktorzy_onboarding", "pesel", pesel.is_valid),
    ("huta.kontraktorzy_onboarding", "rachunek", iban.is_valid),
    ("huta.kontraktorzy_onboarding", "nip_firmy", nip.is_valid),
    ("jidelna.platby_karty", "rc", rc.is_valid),
    ("gruva.skiftSchema", "personnummer", personnummer.is_valid),
    ("sicurezza.consegne_dpi", "cod_fisc", codicefiscale.is_valid),
    ("LIMAN.OPERATOR_BELGE", "TC_KIMLIK_NO", tckimlik.is_valid),
    ("opleiding.cursusRegistraties", "bsn", bsn.is_valid),
    ("ct.cadernos_eleitorais", "nif", nif.is_valid),
    ("ct.cadernos_eleitorais", "cc_numero", cc.is_valid),
    ("kojo.haken_meibo", "my_number", in_.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_spanish_visitor_shows_a_dni_then_it_passes_its_check_letter(built) -> None:
    rows = _rows(built, "porteria.registro_visitas", "num_doc", "tipo_doc")
    dnis = [str(n) for n, kind in rows if kind == "DNI"]
    assert len(dnis) >= 100 and _misses(dnis, dni.is_valid) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_birth_date_of_its_row(built) -> None:
    def dmy(text: str, sep: str) -> date:
        d, m, y = (int(x) for x in text.split(sep))
        return date(y, m, d)

    checks = [
        ("huta.kontraktorzy_onboarding", "pesel", "data_ur", pesel.get_birth_date, lambda x: dmy(x, ".")),
        ("sicurezza.consegne_dpi", "cod_fisc", "data_nasc", codicefiscale.get_birth_date, lambda x: dmy(x, "/")),
    ]
    for table, idc, dob, get, parse in checks:
        pairs = _rows(built, table, idc, dob)
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get, p=parse: f(r[0]) == p(r[1])) == 0, table
    assert _misses(_real(_column(built, "jidelna.platby_karty", "rc").values), lambda x: rc.get_birth_date(x)) == 0


def test_when_a_date_of_birth_is_text_or_an_integer_then_it_parses_as_a_date(built) -> None:
    dobs = [c for c in _columns(built) if c.kind == "date_of_birth"]
    assert {c.sql_type for c in dobs} == {"DATE", "VARCHAR", "INTEGER"}
    for column in (c for c in dobs if c.sql_type == "INTEGER"):
        assert _misses(_real(column.values), lambda x: 1950 <= date(x // 10_000, x // 100 % 100, x % 100).year) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text.replace("00", "+", 1) if text.startswith("00")
                                                               else text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {"ehs.incident_reports": "US", "zeitarbeit.Lohnimport": "DE", "huta.kontraktorzy_onboarding": "PL",
                 "gruva.skiftSchema": "SE", "sicurezza.consegne_dpi": "IT", "LIMAN.OPERATOR_BELGE": "TR",
                 "opleiding.cursusRegistraties": "NL", "porteria.registro_visitas": "ES",
                 "ct.cadernos_eleitorais": "PT", "kojo.haken_meibo": "JP"}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 12
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert len(values) >= 20, f"{table.name}.{column.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"


def test_when_decoys_are_built_then_they_are_none_and_the_shaped_ones_are_many(built) -> None:
    decoys = [c for c in _columns(built) if "decoy" in c.tags]
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(decoys) >= 80 and len(shaped) >= 25
    assert all(c.kind == "none" for c in decoys + shaped)
    nips = _values(built, "huta.kontraktorzy_onboarding", "nip_firmy")
    assert nips and _misses(nips, nip.is_valid) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v42, heldout_v42_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "42"}, module.__name__


def test_when_the_scorer_builds_set_v42_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v42.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v42"].DEFAULT_PATH == Path("/tmp/heldout_v42.duckdb")
