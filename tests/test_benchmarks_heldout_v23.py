"""Held-out set v23: its size, domains, languages, labels, row counts, NULL and NULL-word shares, staff and role-word
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
from stdnum.fr import nir
from stdnum.gr import amka
from stdnum.it import codicefiscale
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

from benchmarks.classification import heldout_v2_accuracy, heldout_v23, heldout_v23_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for (romanized Japanese as ja-Latn)
LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "cs", "tr", "ja-Latn", "ja", "ru", "el"}

#: every table of the set: ordinary business and public-sector systems in domains no earlier set (v2 to v22) used
TABLES = {
    "pestcontrol.callouts", "heizoel.Lieferungen", "mairie.demandes_actes", "transporte.solicitudesAbono",
    "broker_assicurativo.polizze_rca", "gas_garrafa.entregas", "gemeente.subsidieAanvragen", "komornik.dluznicy",
    "BESIKTNING.BOKNINGAR", "pensionskasse.medlemmer", "stavebni_sporeni.smlouvy", "kargo_iade.IadeTalepleri",
    "SHINBUN.KODOKUSHA_DAICHO", "ウォーターサーバー.契約者", "управляющая_компания.лицевые_счета", "κινητή.συμβόλαια",
    "stg.payouts_raw", "ricambi.catalogo_articoli",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v23")
_cells = heldout_support.Cells(heldout_v23.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v23, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) >= 16 and len(columns) >= 400
    assert 0.36 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.44
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES <= {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "unclassified"} <= {c.kind for c in columns}
    assert heldout_v23.USERNAME in {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "vehicle", "value_shape",
            "misleading", "staff", "opaque", "audit", "split_dob", "source_prefix", "role_word", "service_account",
            "territory", "premises"} <= tags
    assert {"screaming", "snake", "pascal", "camel", "native"} <= {t.style for t in built}
    decoys_only = [t for t in built if all(c.kind == "none" for c in t.columns)]
    assert [t.name for t in decoys_only] == ["ricambi.catalogo_articoli"]


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v23.labels(built)
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
    assert {"meta", "remark_2", "cd", "extra", "val2", "aux_3", "label", "alt", "tag", "owner"} <= personal
    keys = {c.name for c in misleading if c.kind == "none"}
    assert {"ssn_key", "payee_name_id", "email_sk", "DENWA_ID", "cognome_id", "householder_id"} <= keys
    prefixed = [c for c in _columns(built) if "source_prefix" in c.tags]
    assert len(prefixed) >= 2 and all(c.name.startswith("src_") and c.kind != "none" for c in prefixed)
    opaque = [c for c in _columns(built) if "opaque" in c.tags]
    assert len(opaque) >= 5 and all(c.kind != "none" for c in opaque)


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 25
    assert all(c.kind in PERSON_KINDS | {"unclassified"} for c in role)
    assert {"owner", "assignee", "reviewer", "contact", "holder", "beneficiary", "created_by", "approver"} <= \
        {c.name for c in role}


def test_when_a_home_is_named_as_premises_or_a_delivery_point_then_it_is_labeled_personal(built) -> None:
    premises = [c for c in _columns(built) if "premises" in c.tags]
    assert len(premises) >= 8
    assert {c.kind for c in premises} <= {"street_address", "postal_code", "city"}
    assert {"premises_addr", "Lieferstelle", "ponto_entrega", "adresWoning", "TeslimAlinacakAdres", "設置先住所",
            "помещение"} <= {c.name for c in premises}


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
    ("heizoel.Lieferungen", "LastschriftIban", iban.is_valid),
    ("mairie.demandes_actes", "nir_demandeur", nir.is_valid),
    ("transporte.solicitudesAbono", "dniNie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("transporte.solicitudesAbono", "tarjetaPago", _luhn_ok),
    ("broker_assicurativo.polizze_rca", "cf_contraente", codicefiscale.is_valid),
    ("broker_assicurativo.polizze_rca", "iban_addebito", iban.is_valid),
    ("gas_garrafa.entregas", "nif", nif.is_valid),
    ("gemeente.subsidieAanvragen", "bsn", bsn.is_valid),
    ("gemeente.subsidieAanvragen", "iban", iban.is_valid),
    ("komornik.dluznicy", "pesel", pesel.is_valid),
    ("komornik.dluznicy", "rachunek_bankowy", iban.is_valid),
    ("BESIKTNING.BOKNINGAR", "PERSONNR", personnummer.is_valid),
    ("pensionskasse.medlemmer", "cpr_nr", cpr.is_valid),
    ("pensionskasse.medlemmer", "udbetalingskonto", iban.is_valid),
    ("stavebni_sporeni.smlouvy", "rodne_cislo", rc.is_valid),
    ("stavebni_sporeni.smlouvy", "cislo_uctu", iban.is_valid),
    ("kargo_iade.IadeTalepleri", "TcKimlikNo", tckimlik.is_valid),
    ("kargo_iade.IadeTalepleri", "IadeIban", iban.is_valid),
    ("ウォーターサーバー.契約者", "カード番号", _luhn_ok),
    ("управляющая_компания.лицевые_счета", "инн", inn.is_valid),
    ("κινητή.συμβόλαια", "αμκα", amka.is_valid),
    ("κινητή.συμβόλαια", "iban_πάγιας", iban.is_valid),
    ("stg.payouts_raw", "aux_3", ssn.is_valid),
    ("stg.payouts_raw", "extra", _luhn_ok),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_identifiers_hold_a_birth_date_then_they_agree_with_the_date_of_birth_beside_them(built) -> None:
    table = "komornik.dluznicy"
    parts = [_column(built, table, n).values for n in ("dzien_ur", "miesiac_ur", "rok_ur", "pesel")]
    rows = [(d, m, y, str(x)) for d, m, y, x in zip(*parts) if x is not None]
    assert len(rows) >= 20
    assert _misses(rows, lambda r: (r[0], r[1], r[2] % 100) == (int(r[3][4:6]), int(r[3][2:4]) % 20,
                                                                int(r[3][:2]))) == 0
    table = "broker_assicurativo.polizze_rca"
    pairs = list(zip(_column(built, table, "data_nascita").values, _column(built, table, "cf_contraente").values))
    assert len(pairs) >= 20
    assert _misses(pairs, lambda p: codicefiscale.get_birth_date(p[1]) == p[0]) == 0
    table = "pensionskasse.medlemmer"
    pairs = list(zip(_column(built, table, "foedselsdato").values, _column(built, table, "cpr_nr").values))
    assert len(pairs) >= 20
    assert _misses(pairs, lambda p: cpr.get_birth_date(p[1]).strftime("%d-%m-%Y") == p[0]) == 0
    table = "κινητή.συμβόλαια"
    pairs = list(zip(_column(built, table, "ημ_γέννησης").values, _column(built, table, "αμκα").values))
    assert len(pairs) >= 20
    assert _misses(pairs, lambda p: p[1][:6] == p[0].strftime("%d%m%y")) == 0
    table = "stavebni_sporeni.smlouvy"
    pairs = list(zip(_column(built, table, "datum_narozeni").values, _column(built, table, "rodne_cislo").values))
    assert len(pairs) >= 20
    assert _misses(pairs, lambda p: "{0.day}. {0.month}. {1}".format(rc.get_birth_date(p[1]), p[0][-4:]) == p[0]
                   and rc.get_birth_date(p[1]).year % 100 == int(p[0][-2:])) == 0


def test_when_a_birth_is_stored_as_numbers_then_it_decodes_to_a_plausible_date(built) -> None:
    for table, name in (("gemeente.subsidieAanvragen", "geboortedatum"), ("SHINBUN.KODOKUSHA_DAICHO", "SEINENGAPPI")):
        for value in _values(built, table, name):
            text = str(value)
            assert 1930 <= date(int(text[:4]), int(text[4:6]), int(text[6:])).year <= 2007, name
    parts = [_column(built, "komornik.dluznicy", n).values for n in ("dzien_ur", "miesiac_ur", "rok_ur")]
    rows = list(zip(*parts))
    assert all((d is None) == (m is None) == (y is None) for d, m, y in rows)
    known = [r for r in rows if r[0] is not None]
    assert len(known) >= 100 and all(1950 <= date(y, m, d).year <= 2003 for d, m, y in known)


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_is_labeled_none(built) -> None:
    refs = [str(x) for x in _values(built, "stg.payouts_raw", "card_bin_check")]
    assert refs and _misses(refs, lambda x: re.fullmatch(r"\d{16}", x)) == 0
    assert _hits(refs, luhn.is_valid) == 0
    for table, name in (("kargo_iade.IadeTalepleri", "Imei"), ("κινητή.συμβόλαια", "imei")):
        imeis = [str(x) for x in _values(built, table, name)]
        assert imeis and _misses(imeis, lambda x: len(x) == 15 and luhn.is_valid(x)) == 0, name
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
    "pestcontrol.callouts": "GB", "heizoel.Lieferungen": "DE", "mairie.demandes_actes": "FR",
    "transporte.solicitudesAbono": "ES", "broker_assicurativo.polizze_rca": "IT", "gas_garrafa.entregas": "PT",
    "gemeente.subsidieAanvragen": "NL", "komornik.dluznicy": "PL", "BESIKTNING.BOKNINGAR": "SE",
    "pensionskasse.medlemmer": "DK", "stavebni_sporeni.smlouvy": "CZ", "kargo_iade.IadeTalepleri": "TR",
    "SHINBUN.KODOKUSHA_DAICHO": "JP", "ウォーターサーバー.契約者": "JP", "управляющая_компания.лицевые_счета": "RU",
    "κινητή.συμβόλαια": "GR", "stg.payouts_raw": "US",
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
    for module in (heldout_v23, heldout_v23_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "23"}, module.__name__


def test_when_the_scorer_builds_set_v23_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v23.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v23"].DEFAULT_PATH == Path("/tmp/heldout_v23.duckdb")
