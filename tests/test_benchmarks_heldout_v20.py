"""Held-out set v20: its size, domains, languages, labels, row counts, NULL and NULL-word shares, staff columns and the
small community with few distinct families, identifiers with check digits, dates of birth that agree with them
(including those written as spreadsheet serial numbers and Roman months), value-shaped decoys, the export shapes (JSON
paths, audit columns, a merged staging table) and phones are the ones asked for, and it is the same on every build
(values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings are part of the set's dirt: identifier checks skip them and strip padding. Assertion rewriting is off
for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and message, never the values."""

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
from stdnum import iban, luhn
from stdnum.br import cpf
from stdnum.cz import rc
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gr import amka
from stdnum.it import codicefiscale
from stdnum.pl import pesel
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.tr import tckimlik

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v20, heldout_v20_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for (romanized Japanese as ja-Latn) and the extra ones
LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "cs", "tr", "ja-Latn", "ja", "ru", "el", "hu",
             "ro", "no"}

#: every table of the set: domains no earlier set (v2 to v19) used
TABLES = {
    "tutorhub.bookings_export", "schornsteinfeger.Kehrbuch", "cantine.inscriptions", "padel.reservasExport",
    "caf.pratiche_730", "condominio.portaria_visitantes", "fietsabonnement.klanten", "zaklad_pogrzebowy.zlecenia",
    "TRADGARDSTJANST.RUT_UNDERLAG", "madservice.borgere", "hrbitov.najemci_hrobu", "dershane.OgrenciKayit",
    "HIKKOSHI.MITSUMORI", "学童保育.児童名簿", "ателье.заказы", "καπη.μέλη", "stg.customers_merged",
    "parkering.automatlogg",
}

Built = list[heldout_v20.Table]


scored_file, built = heldout_support.set_fixtures("v20")
_cells = heldout_support.Cells(heldout_v20.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v20, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) >= 12 and len(columns) >= 300
    assert 0.38 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.46
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES <= {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "unclassified"} <= {c.kind for c in columns}
    assert heldout_v20.USERNAME in {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "qualified", "vehicle",
            "value_shape", "misleading", "staff", "opaque", "month_name", "small_club", "json_path", "audit",
            "numeric_date", "lang:hu", "lang:ro"} <= tags
    assert {"screaming", "snake", "pascal", "camel", "native", "dotted"} <= {t.style for t in built}
    decoys_only = [t for t in built if all(c.kind == "none" for c in t.columns)]
    assert [t.name for t in decoys_only] == ["parkering.automatlogg"]


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v20.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_business_decoy_or_vehicle_then_it_is_labeled_none(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "vehicle"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.tags & {"month_name", "numeric_date"}):
        assert column.kind == "date_of_birth", column.name
    for column in (c for c in _columns(built) if c.tags & {"small_club"}):
        assert column.kind == "last_name", column.name


def test_when_the_set_is_built_then_every_table_has_200_to_400_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 400, table.name


def test_when_a_column_is_tagged_null_heavy_then_60_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 8
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.60 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 10
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
    assert len(staff) >= 15
    for column in staff:
        assert column.kind in {"person_name", "first_name", "last_name"}, column.name
        assert 2 <= len(set(_real(column.values))) <= 20, column.name
    assert {"person_name", "first_name", "last_name"} == {c.kind for c in staff}
    assert max(len(set(_real(c.values))) for c in staff) >= 10


def test_when_a_column_is_tagged_small_club_then_a_few_families_recur(built) -> None:
    clubs = [c for c in _columns(built) if "small_club" in c.tags]
    assert len(clubs) >= 1
    for column in clubs:
        assert 8 <= len(set(_real(column.values))) <= 15 and len(column.values) >= 200, column.name


def test_when_a_table_is_shaped_like_an_export_then_it_has_json_paths_audit_columns_and_source_columns(built) -> None:
    paths = [c for c in _columns(built) if "json_path" in c.tags]
    assert len(paths) >= 20 and all("." in c.name for c in paths)
    audit = [c for c in _columns(built) if "audit" in c.tags]
    assert len(audit) >= 15
    assert {"email", "unclassified", "none"} <= {c.kind for c in audit}
    merged = next(t for t in built if t.name == "stg.customers_merged")
    sources = _column(built, "stg.customers_merged", "src_system").values
    assert set(sources) == {"shopify", "hu_webshop", "ro_erp"}
    for name, source in (("hu_taj_szam", "hu_webshop"), ("hu_szuletesi_datum", "hu_webshop"),
                         ("ro_cnp", "ro_erp"), ("ro_data_nasterii", "ro_erp"), ("shp_browser_ip", "shopify")):
        values = _column(built, merged.name, name).values
        assert all((x is not None) == (s == source) for x, s in zip(values, sources)), name


def _luhn_ok(x: object) -> bool:
    return luhn.is_valid(re.sub(r"[ -]", "", str(x)))


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("schornsteinfeger.Kehrbuch", "SepaIban", iban.is_valid),
    ("cantine.inscriptions", "nir_responsable", nir.is_valid),
    ("cantine.inscriptions", "iban_prelevement", iban.is_valid),
    ("padel.reservasExport", "dniNie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("padel.reservasExport", "tarjeta", _luhn_ok),
    ("caf.pratiche_730", "cod_fisc", codicefiscale.is_valid),
    ("caf.pratiche_730", "cf_coniuge", codicefiscale.is_valid),
    ("caf.pratiche_730", "iban_rimborso", iban.is_valid),
    ("condominio.portaria_visitantes", "cpf", cpf.is_valid),
    ("fietsabonnement.klanten", "iban", iban.is_valid),
    ("zaklad_pogrzebowy.zlecenia", "pesel_zmarlego", pesel.is_valid),
    ("zaklad_pogrzebowy.zlecenia", "nr_konta_zasilek", iban.is_valid),
    ("TRADGARDSTJANST.RUT_UNDERLAG", "PERSONNR", personnummer.is_valid),
    ("madservice.borgere", "cpr", cpr.is_valid),
    ("hrbitov.najemci_hrobu", "rodne_cislo", rc.is_valid),
    ("dershane.OgrenciKayit", "TcKimlikNo", tckimlik.is_valid),
    ("dershane.OgrenciKayit", "KrediKarti", _luhn_ok),
    ("ателье.заказы", "инн", inn.is_valid),
    ("καπη.μέλη", "αμκα", amka.is_valid),
    ("stg.customers_merged", "ro_cnp", cnp.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def _roman(text: str) -> tuple[int, int, int]:
    d, m, y = text.split(".")
    return int(d), ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"].index(m) + 1, int(y)


def test_when_identifiers_hold_a_birth_date_then_they_agree_with_the_date_of_birth_beside_them(built) -> None:
    def serial(n: int) -> date:
        return date(1899, 12, 30) + timedelta(days=n)

    for table, dob, code, ok in (
            ("zaklad_pogrzebowy.zlecenia", "data_urodzenia", "pesel_zmarlego",
             lambda b, x: (_roman(b)[0], _roman(b)[1], _roman(b)[2] % 100) == (int(x[4:6]), int(x[2:4]), int(x[:2]))),
            ("TRADGARDSTJANST.RUT_UNDERLAG", "FODD", "PERSONNR",
             lambda b, x: serial(int(b)).strftime("%Y%m%d") == x[:8]),
            ("madservice.borgere", "foedselsdato", "cpr", lambda b, x: b.strftime("%d%m%y") == x[:6]),
            ("hrbitov.najemci_hrobu", "datum_narozeni", "rodne_cislo",
             lambda b, x: (int(b.split(".")[0]), int(b.split(".")[1]), int(b.split(".")[2]) % 100)
             == (int(x[4:6]), int(x[2:4]) % 50, int(x[:2]))),
            ("καπη.μέλη", "ημ_γέννησης", "αμκα",
             lambda b, x: (int(b.split("/")[0]), int(b.split("/")[1]), int(b.split("/")[2]) % 100)
             == (int(x[:2]), int(x[2:4]), int(x[4:6]))),
            ("stg.customers_merged", "ro_data_nasterii", "ro_cnp",
             lambda b, x: b.split(".")[0] + b.split(".")[1] + b.split(".")[2][2:] == x[5:7] + x[3:5] + x[1:3])):
        pairs = [(b, str(x)) for b, x in zip(_column(built, table, dob).values, _column(built, table, code).values)
                 if b is not None and x is not None]
        assert len(pairs) >= 20 and _misses(pairs, lambda p, f=ok: f(p[0], p[1])) == 0, table


def test_when_a_birth_is_written_as_a_number_then_it_decodes_to_a_plausible_date(built) -> None:
    for value in _values(built, "tutorhub.bookings_export", "student.dob"):
        assert date(2007, 1, 1) <= date(1970, 1, 1) + timedelta(milliseconds=int(value)) <= date(2018, 12, 31)
    for value in _values(built, "TRADGARDSTJANST.RUT_UNDERLAG", "FODD"):
        assert date(1930, 1, 1) <= date(1899, 12, 30) + timedelta(days=int(value)) <= date(1995, 12, 31)


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_that_identifiers_check(built) -> None:
    for table, column in (("parkering.automatlogg", "kortreferanse"), ("dershane.OgrenciKayit", "OdemeRef")):
        cards = [str(x) for x in _values(built, table, column)]
        assert cards and _misses(cards, lambda x: re.fullmatch(r"\d{16}", x)) == 0, column
        assert _hits(cards, luhn.is_valid) == 0, column
    for table, column, region in (("padel.reservasExport", "refPago", "ES"),
                                  ("parkering.automatlogg", "kvittering", "NO")):
        refs = [str(x) for x in _values(built, table, column)]
        assert refs and _hits(refs, lambda x, r=region: _phone_valid(x, r)) == 0, column
    refs = [str(x) for x in _values(built, "schornsteinfeger.Kehrbuch", "Mandatsreferenz")]
    assert refs and _hits(refs, iban.is_valid) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 18 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the regions its phone numbers belong to (parsed in each until one says valid)
PHONE_REGIONS = {
    "tutorhub.bookings_export": ("GB",), "schornsteinfeger.Kehrbuch": ("DE",), "cantine.inscriptions": ("FR",),
    "padel.reservasExport": ("ES",), "caf.pratiche_730": ("IT",), "condominio.portaria_visitantes": ("BR",),
    "fietsabonnement.klanten": ("NL",), "zaklad_pogrzebowy.zlecenia": ("PL",),
    "TRADGARDSTJANST.RUT_UNDERLAG": ("SE",), "madservice.borgere": ("DK",), "hrbitov.najemci_hrobu": ("CZ",),
    "dershane.OgrenciKayit": ("TR",), "HIKKOSHI.MITSUMORI": ("JP",), "学童保育.児童名簿": ("JP",),
    "ателье.заказы": ("RU",), "καπη.μέλη": ("GR",), "stg.customers_merged": ("GB", "HU", "RO"),
}


def test_when_a_column_is_labeled_phone_then_every_value_is_a_valid_number(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 17
    seen: set[str] = set()
    for table, column in phones:
        regions = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, rs=regions: any(_phone_valid(x, r) for r in rs)) == 0, \
            f"{table.name}.{column.name}"
        for text in values:
            if text.startswith("+"):
                seen.add(phonenumbers.region_code_for_number(phonenumbers.parse(text, None)))
    assert {"GB", "DE", "FR", "ES", "IT", "BR", "NL", "PL", "SE", "DK", "CZ", "TR", "JP", "RU", "GR", "HU",
            "RO"} <= seen


def test_when_the_value_modules_are_read_then_they_import_no_faker() -> None:
    for module in (heldout_v20, heldout_v20_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                    for alias in node.names}
        imported |= {(node.module or "").split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "faker" not in {name.lower() for name in imported}, module.__name__
        assert "governance_dagster" not in imported, module.__name__


def test_when_the_scorer_builds_set_v20_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v20.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v20"].DEFAULT_PATH == Path("/tmp/heldout_v20.duckdb")
