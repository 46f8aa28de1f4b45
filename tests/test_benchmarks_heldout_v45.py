"""Held-out set v45 (associations, communities and memberships): its size, tables, languages, labels, row counts,
NULL shares, staff and role-word columns, identifiers with check digits (and the birth dates they encode), phones,
IP addresses, decoys and misleading and opaque names are the ones asked for, and it is the same on every build
(values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings are part of the set's dirt: identifier checks skip them and strip padding.
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
from stdnum import iban
from stdnum.be import nn
from stdnum.cz import rc
from stdnum.dk import cpr
from stdnum.es import dni
from stdnum.it import codicefiscale
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.tr import tckimlik

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v45, heldout_v45_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "sv", "pl", "de", "fr", "nl", "cs", "da", "es", "pt", "it", "tr", "el", "ru", "ja"}

TABLES = {
    "alumni.memberRecords", "GEDCOM.INDI", "forum.phpbb_users", "kor.medlemmar", "parafia.ksiega_chrztow",
    "feuerwehr.Mitglieder", "federation.licencies", "sachy.hraci", "andelsbolig.andelshavere", "scouts.educandos",
    "banco_alimentar.beneficiarios", "sindacato.QUOTE_ISCRITTI", "dernek.Uyeler", "geitonia.whatsapp_export",
    "crowdfunding.shiensha",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v45")
_cells = heldout_support.Cells(heldout_v45.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v45, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 13 <= len(built) <= 15 and len(columns) >= 220
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    english = sum(t.language_of(c) == "en" for t in built for c in t.columns) / len(columns)
    assert 0.27 <= english <= 0.42
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "ssn", "credit_card"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "abbrev", "username", "value_shape", "misleading", "opaque", "staff",
            "role_word", "join_key", "partial", "credential", "display_name", "dob_text", "dob_int",
            "date_of_death", "licence_number", "e164_no_plus"} <= tags
    assert {"snake", "camel", "pascal", "screaming"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v45.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "join_key", "partial", "credential",
                                                           "date_of_death", "licence_number"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if "username" in c.tags):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"misleading", "opaque"}):
        assert column.kind != "none", column.name
    for column in (c for c in _columns(built) if c.tags & {"role_word", "display_name"}):
        assert column.kind in PERSON_KINDS, column.name


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_90_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.90, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if "null_heavy" not in column.tags:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 10
    for column in staff:
        assert column.kind == "person_name", column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_a_column_holds_people_then_it_has_many_distinct_names(built) -> None:
    for table in built:
        for column in table.columns:
            if column.kind in PERSON_KINDS and not column.tags & {"staff", "null_heavy", "misleading"}:
                values = _real(column.values)
                floor = 40 if column.kind == "person_name" else 12
                assert len(set(values)) >= floor, f"{table.name}.{column.name}"
    names = _values(built, "GEDCOM.INDI", "NAME")
    assert len(set(names)) >= 300


def test_when_role_words_hold_relatives_then_they_are_there(built) -> None:
    role = {c.name for c in _columns(built) if "role_word" in c.tags}
    assert {"spouseName", "SPOUSE_NAME", "FATHER_NAME", "MOTHER_NAME", "ojciec", "matka", "matka_z_domu",
            "chrzestny", "chrzestna", "naamOuder", "tutorNombre", "segundoTutor"} <= role


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("parafia.ksiega_chrztow", "pesel", pesel.is_valid),
    ("federation.licencies", "numeroRegistreNational", nn.is_valid),
    ("sachy.hraci", "rodne_cislo", rc.is_valid),
    ("andelsbolig.andelshavere", "cpr_nr", cpr.is_valid),
    ("andelsbolig.andelshavere", "retur_iban", iban.is_valid),
    ("andelsbolig.andelshavere", "forening_konto", iban.is_valid),
    ("scouts.educandos", "tutorDni", dni.is_valid),
    ("banco_alimentar.beneficiarios", "nif", nif.is_valid),
    ("sindacato.QUOTE_ISCRITTI", "COD_FISCALE", codicefiscale.is_valid),
    ("sindacato.QUOTE_ISCRITTI", "IBAN_ISCRITTO", iban.is_valid),
    ("sindacato.QUOTE_ISCRITTI", "IBAN_SINDACATO", iban.is_valid),
    ("feuerwehr.Mitglieder", "VereinsIban", iban.is_valid),
    ("dernek.Uyeler", "TcKimlikNo", tckimlik.is_valid),
    ("dernek.Uyeler", "DernekIban", iban.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        values = [str(x) for x in _values(built, table, name)]
        assert len(values) >= 20 and _misses(values, check) == 0, f"{table}.{name}"


def _as_date(value: object) -> date:
    if isinstance(value, int):
        return date(value // 10_000, value // 100 % 100, value % 100)
    return value


def test_when_a_national_id_is_built_then_it_encodes_the_date_of_birth_of_its_row(built) -> None:
    for table, idc, dob, get in (
            ("parafia.ksiega_chrztow", "pesel", "data_urodzenia", pesel.get_birth_date),
            ("federation.licencies", "numeroRegistreNational", "dateNaissance", nn.get_birth_date),
            ("sindacato.QUOTE_ISCRITTI", "COD_FISCALE", "DATA_NASCITA", codicefiscale.get_birth_date),
            ("sachy.hraci", "rodne_cislo", "datum_narozeni", rc.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values, strict=True)
        pairs = [(p, d) for p, d in rows if p is not None]
        if table == "sachy.hraci":
            pairs = [(p, date(*reversed([int(x) for x in d.split(".")]))) for p, d in pairs]
        assert len(pairs) >= 60 and _misses(pairs, lambda r, f=get: f(r[0]) == _as_date(r[1])) == 0, table


def test_when_a_date_of_birth_is_written_as_text_or_an_integer_then_it_parses(built) -> None:
    patterns = {"dob_text": r"(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}[-/]\d{2}[-/]\d{2}|(ABT )?(\d{1,2} )?([A-Z]{3} )?\d{4}"
                            r"|\d{1,2}- ?\d{1,2}-\d{4})"}
    texts = [c for c in _columns(built) if "dob_text" in c.tags]
    ints = [c for c in _columns(built) if "dob_int" in c.tags]
    assert len(texts) >= 6 and len(ints) >= 2
    for column in texts:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(patterns["dob_text"], x))) == 0, column.name
    for column in ints:
        values = _real(column.values)
        assert values and _misses(values, lambda x: 1900 <= _as_date(x).year <= 2025) == 0, column.name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {"alumni.memberRecords": "US", "forum.phpbb_users": "RU", "kor.medlemmar": "SE",
                 "feuerwehr.Mitglieder": "DE", "federation.licencies": "BE", "sachy.hraci": "CZ",
                 "andelsbolig.andelshavere": "DK", "scouts.educandos": "ES", "banco_alimentar.beneficiarios": "PT",
                 "sindacato.QUOTE_ISCRITTI": "IT", "dernek.Uyeler": "TR", "geitonia.whatsapp_export": "GR",
                 "crowdfunding.shiensha": "JP"}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 14
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        if "e164_no_plus" in column.tags:
            assert _misses(values, lambda x: x.isdigit()) == 0, column.name
            values = ["+" + x for x in values]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_column_is_labeled_email_then_every_value_has_an_at_sign(built) -> None:
    for column in (c for c in _columns(built) if c.kind == "email"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", x))) == 0, \
            column.name


def test_when_decoys_are_built_then_the_ones_asked_for_are_there_and_none(built) -> None:
    decoys = {c.name for c in _columns(built) if "decoy" in c.tags}
    assert {"fide_id", "rating_std", "numeroLicence", "membershipNo", "psalm_nr", "posledni_turnaj", "QUOTA_MENS",
            "_UID", "message_hash", "user_lastpost_id", "app_version", "DEAT_DATE", "card_last4",
            "user_password"} <= decoys
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)
    fide = _values(built, "sachy.hraci", "fide_id")
    assert _misses(fide, lambda x: 100_000 <= int(x) <= 999_999_999) == 0
    last4 = [str(x) for x in _values(built, "crowdfunding.shiensha", "card_last4")]
    assert _misses(last4, lambda x: bool(re.fullmatch(r"\d{4}", x))) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v45, heldout_v45_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "45"}, module.__name__


def test_when_the_scorer_builds_set_v45_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v45.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v45"].DEFAULT_PATH == Path("/tmp/heldout_v45.duckdb")
