"""Held-out set v19: its size, domains, languages, labels, row counts, NULL and NULL-word shares, staff columns and
small clubs with few distinct values, identifiers with check digits, dates of birth that agree with them, value-shaped
decoys and phones are the ones asked for, and it is the same on every build (values are only counted or checked here,
never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings are part of the set's dirt: identifier checks skip them and strip padding. Assertion rewriting is off
for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.be import nn
from stdnum.cl import rut
from stdnum.cz import rc
from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.it import codicefiscale
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.se import personnummer
from stdnum.tr import tckimlik

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v19, heldout_v19_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for (romanized Japanese as ja-Latn) and the extra ones
LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "cs", "tr", "ja-Latn", "ja", "ru", "el", "et",
             "fi"}

#: every table of the set: domains no earlier set (v2 to v18) used
TABLES = {
    "mrt.callout_log", "hufschmied.Besuchsbuch", "accordeur.clients", "escuela_surf.alumnos",
    "liuteria.registro_riparazioni", "tuktuk.reservas", "trimsalon.klantKaart", "osp.druhowie",
    "SKOTERKLUBB.MEDLEMMAR", "brevdueforening.medlemmer", "cistirna.zakazky", "hamam.Randevular",
    "KARAOKE.KAIIN_MEIBO", "盆栽教室.受講者名簿", "таксидермия.заказы", "εργαστήριο_κεραμικής.συμμετέχοντες",
    "saunaparv.broneeringud", "autopesula.pesuloki",
}

Built = list[heldout_v19.Table]


scored_file, built = heldout_support.set_fixtures("v19")
_cells = heldout_support.Cells(heldout_v19.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v19, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) >= 12 and len(columns) >= 300
    assert 0.38 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.46
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES <= {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "unclassified"} <= {c.kind for c in columns}
    assert heldout_v19.USERNAME in {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "qualified", "vehicle",
            "value_shape", "misleading", "staff", "opaque", "month_name", "small_club"} <= tags
    assert {"screaming", "snake", "snake+abbrev", "pascal", "camel", "native"} <= {t.style for t in built}
    decoys_only = [t for t in built if all(c.kind == "none" for c in t.columns)]
    assert [t.name for t in decoys_only] == ["autopesula.pesuloki"]


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v19.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_business_decoy_or_vehicle_then_it_is_labeled_none(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "vehicle"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.tags & {"month_name"}):
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
    assert len(staff) >= 18
    for column in staff:
        assert column.kind in {"person_name", "first_name", "last_name"}, column.name
        assert 2 <= len(set(_real(column.values))) <= 20, column.name
    assert {"person_name", "first_name", "last_name"} == {c.kind for c in staff}
    assert max(len(set(_real(c.values))) for c in staff) >= 10


def test_when_a_column_is_tagged_small_club_then_a_few_families_recur(built) -> None:
    clubs = [c for c in _columns(built) if "small_club" in c.tags]
    assert len(clubs) >= 2
    for column in clubs:
        assert 8 <= len(set(_real(column.values))) <= 15 and len(column.values) >= 200, column.name


def _luhn_ok(x: object) -> bool:
    return luhn.is_valid(re.sub(r"[ -]", "", str(x)))


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("hufschmied.Besuchsbuch", "Lastschrift", iban.is_valid),
    ("accordeur.clients", "num_registre_national", nn.is_valid),
    ("escuela_surf.alumnos", "rut", rut.is_valid),
    ("liuteria.registro_riparazioni", "cf", codicefiscale.is_valid),
    ("tuktuk.reservas", "nif_fat", nif.is_valid),
    ("tuktuk.reservas", "card_no", _luhn_ok),
    ("trimsalon.klantKaart", "ibanIncasso", iban.is_valid),
    ("osp.druhowie", "pesel", pesel.is_valid),
    ("osp.druhowie", "konto", iban.is_valid),
    ("SKOTERKLUBB.MEDLEMMAR", "PERSONNR", personnummer.is_valid),
    ("SKOTERKLUBB.MEDLEMMAR", "IBAN_LEDAVGIFT", iban.is_valid),
    ("brevdueforening.medlemmer", "cpr", cpr.is_valid),
    ("brevdueforening.medlemmer", "praemie_konto", iban.is_valid),
    ("cistirna.zakazky", "rodne_cislo", rc.is_valid),
    ("cistirna.zakazky", "ucet_vraceni", iban.is_valid),
    ("hamam.Randevular", "TcKimlikNo", tckimlik.is_valid),
    ("hamam.Randevular", "KartNo", _luhn_ok),
    ("KARAOKE.KAIIN_MEIBO", "KADO_BANGO", _luhn_ok),
    ("таксидермия.заказы", "снилс", heldout_v19_values.ru_snils_ok),
    ("εργαστήριο_κεραμικής.συμμετέχοντες", "αμκα", amka.is_valid),
    ("εργαστήριο_κεραμικής.συμμετέχοντες", "αφμ", afm.is_valid),
    ("saunaparv.broneeringud", "isikukood", ik.is_valid),
    ("saunaparv.broneeringud", "tagatis_iban", iban.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_identifiers_hold_a_birth_date_then_they_agree_with_the_date_of_birth_beside_them(built) -> None:
    def dmy(text: str, sep: str) -> tuple[int, int, int]:
        d, m, y = (int(p) for p in text.split(sep))
        return d, m, y % 100

    for table, dob, code, ok in (
            ("accordeur.clients", "date_naissance", "num_registre_national",
             lambda b, x: dmy(b, "/") == (int(x[6:8]), int(x[3:5]), int(x[:2]))),
            ("saunaparv.broneeringud", "synniaeg", "isikukood",
             lambda b, x: dmy(b, ".") == (int(x[5:7]), int(x[3:5]), int(x[1:3]))),
            ("brevdueforening.medlemmer", "foedselsdato", "cpr", lambda b, x: b.replace("-", "") == x[:6]),
            ("SKOTERKLUBB.MEDLEMMAR", "FODELSEDAG", "PERSONNR",
             lambda b, x: (int(b.split("/")[0]), int(b.split("/")[1].split()[0]), int(b.split()[1]) % 100)
             == (int(x[4:6]), int(x[2:4]), int(x[:2]))),
            ("εργαστήριο_κεραμικής.συμμετέχοντες", "ημερομηνία_γέννησης", "αμκα",
             lambda b, x: (int(b.split()[0]), int(b.split()[2]) % 100) == (int(x[:2]), int(x[4:6])))):
        pairs = [(b, str(x)) for b, x in zip(_column(built, table, dob).values, _column(built, table, code).values)
                 if b is not None and x is not None]
        assert len(pairs) >= 20 and _misses(pairs, lambda p, f=ok: f(p[0], p[1])) == 0, table


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_that_identifiers_check(built) -> None:
    cards = [str(x) for x in _values(built, "autopesula.pesuloki", "kanta_asiakaskortti")]
    assert cards and _misses(cards, lambda x: re.fullmatch(r"\d{16}", x)) == 0
    assert _hits(cards, luhn.is_valid) == 0
    for table, column, region in (("escuela_surf.alumnos", "refTransferencia", "CL"),
                                  ("autopesula.pesuloki", "viite", "FI")):
        refs = [str(x) for x in _values(built, table, column)]
        assert refs and _hits(refs, lambda x, r=region: _phone_valid(x, r)) == 0, column
    refs = [str(x) for x in _values(built, "saunaparv.broneeringud", "viitenumber")]
    assert refs and _hits(refs, iban.is_valid) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the regions its phone numbers belong to (parsed in each until one says valid)
PHONE_REGIONS = {
    "mrt.callout_log": ("GB",), "hufschmied.Besuchsbuch": ("DE",), "accordeur.clients": ("BE",),
    "escuela_surf.alumnos": ("CL",), "liuteria.registro_riparazioni": ("IT",), "tuktuk.reservas": ("PT", None),
    "trimsalon.klantKaart": ("NL",), "osp.druhowie": ("PL",), "SKOTERKLUBB.MEDLEMMAR": ("SE",),
    "brevdueforening.medlemmer": ("DK",), "cistirna.zakazky": ("CZ",), "hamam.Randevular": ("TR",),
    "KARAOKE.KAIIN_MEIBO": ("JP",), "盆栽教室.受講者名簿": ("JP",), "таксидермия.заказы": ("RU",),
    "εργαστήριο_κεραμικής.συμμετέχοντες": ("GR",), "saunaparv.broneeringud": ("EE",),
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
    assert {"GB", "DE", "BE", "CL", "IT", "PT", "NL", "PL", "SE", "DK", "CZ", "TR", "RU", "GR", "EE", "FR", "US",
            "BR"} <= seen


def test_when_the_value_modules_are_read_then_they_import_no_faker() -> None:
    for module in (heldout_v19, heldout_v19_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                    for alias in node.names}
        imported |= {(node.module or "").split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "faker" not in {name.lower() for name in imported}, module.__name__
        assert "governance_dagster" not in imported, module.__name__


def test_when_the_scorer_builds_set_v19_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v19.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v19"].DEFAULT_PATH == Path("/tmp/heldout_v19.duckdb")
