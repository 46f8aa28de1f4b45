"""Held-out set v75: its size, languages, labels, row counts, NULL and NULL-word shares, legacy shapes (padded values,
dates and phones kept as numbers), identifiers with check digits (and decoys that fail them or pass their own), phones,
opaque fields and business columns are the ones asked for, and it is the same on every build (values are only counted
or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings, blanks and zeros standing for missing values are part of the set's dirt: identifier checks skip
them and strip padding. Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its
source line and message, never the values."""

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
from stdnum import iban, luhn
from stdnum.es import cif, dni, nie
from stdnum.fr import siret
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale, iva
from stdnum.jp import cn
from stdnum.pl import nip, pesel
from stdnum.ru import inn
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v75, heldout_v75_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: eight English tables, seven in German, French, Spanish, Italian, Polish, Japanese, Russian
LANGUAGES = {"en", "de", "fr", "es", "it", "pl", "ja", "ru"}

TABLES = {
    "swim_leeds.swimmer_registrations", "CLUBLIB.MBRMST", "pulse247.accessEvents", "RecConnect.ProgramRegistrations",
    "trailcoach.athletes", "raceday_chch.entries", "DEBITORD.MEMBER_COLLECTIONS", "cricket_blr.traineeRegistrations",
    "ZFIT.ZFIT_MITGL", "escalade_lyon.licencies", "FEDHANDBOL.LICENCIAS", "palestra_bologna.iscritti",
    "akademia_krakow.zawodnicy", "浦和スイミング.会員台帳", "хоккей_екб.воспитанники",
}

#: table -> the region of its phone numbers
REGIONS = {
    "swim_leeds.swimmer_registrations": "GB", "CLUBLIB.MBRMST": "US", "pulse247.accessEvents": "AU",
    "RecConnect.ProgramRegistrations": "CA", "trailcoach.athletes": "US", "raceday_chch.entries": "NZ",
    "DEBITORD.MEMBER_COLLECTIONS": "ZA", "cricket_blr.traineeRegistrations": "IN", "ZFIT.ZFIT_MITGL": "DE",
    "escalade_lyon.licencies": "FR", "FEDHANDBOL.LICENCIAS": "ES", "palestra_bologna.iscritti": "IT",
    "akademia_krakow.zawodnicy": "PL", "浦和スイミング.会員台帳": "JP", "хоккей_екб.воспитанники": "RU",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v75")
_cells = heldout_support.Cells(heldout_v75.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _present(values: list[object]) -> list[str]:
    """Values that are neither NULL, a NULL word, a blank nor a 0 standing for missing, as stripped strings."""
    return [str(x).strip() for x in _real(values) if x != 0]


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v75, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert 0.50 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.65
    assert {t.name for t in built} == TABLES
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"legacy", "padded", "int_date", "numeric_id", "zero_missing", "decoy", "business", "value_shape",
            "check_digit", "permit_number", "product_name", "coordinates", "version", "event_date", "partial",
            "join_key", "tokenized", "bank_account", "null_heavy", "nullword_heavy", "staff", "role_word",
            "username", "audit", "service_account", "opaque", "prefixed", "misleading", "mixed_kinds", "locality",
            "abbrev", "dob_text"} <= tags
    assert {"snake", "camel", "pascal", "screaming"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v75.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    nones = {"business", "decoy", "service_account", "join_key", "tokenized", "partial", "check_digit",
             "permit_number", "product_name", "coordinates", "version", "event_date"}
    for column in (c for c in _columns(built) if c.tags & nones):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username", "bank_account"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username", "bank_account"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.tags & {"mixed_kinds"}):
        assert column.kind == "free_text", column.name
    for column in (c for c in _columns(built) if c.tags & {"misleading"}):
        assert column.kind != "none" and "opaque" in column.tags, column.name


def test_when_a_table_is_a_legacy_extract_then_its_padded_values_have_one_width(built) -> None:
    legacy = [t for t in built if any("legacy" in c.tags for c in t.columns)]
    assert {t.name for t in legacy} == {"CLUBLIB.MBRMST", "DEBITORD.MEMBER_COLLECTIONS", "ZFIT.ZFIT_MITGL",
                                         "FEDHANDBOL.LICENCIAS"}
    padded = [c for c in _columns(built) if "padded" in c.tags]
    assert len(padded) >= 30
    for column in padded:
        widths = {len(x) for x in column.values if isinstance(x, str)}
        assert len(widths) == 1, column.name
        assert _hits([x for x in column.values if isinstance(x, str)], lambda x: x != x.rstrip()) > 0, column.name


def test_when_a_date_is_kept_as_a_number_or_dats_text_then_every_value_is_a_date(built) -> None:
    dated = [c for c in _columns(built) if "int_date" in c.tags]
    assert len(dated) >= 8 and {c.kind for c in dated} == {"date_of_birth", "none"}
    for column in dated:
        values = [str(x) for x in column.values if x not in (0, None)]
        assert values and _misses(values, lambda x: bool(datetime.strptime(x, "%Y%m%d"))) == 0, column.name


def test_when_a_value_is_kept_as_a_number_then_the_column_is_numeric_and_zero_means_missing(built) -> None:
    numeric = [c for c in _columns(built) if "numeric_id" in c.tags]
    assert len(numeric) >= 7 and {c.kind for c in numeric} == {"phone", "ssn", "postal_code"}
    for column in numeric:
        assert column.sql_type in {"INTEGER", "BIGINT"} and all(isinstance(x, int) for x in column.values)
        if "zero_missing" in column.tags:
            assert 0 < sum(x == 0 for x in column.values) / len(column.values) < 0.5, column.name


def test_when_a_column_is_a_join_key_a_token_or_partial_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 15 and all(c.kind == "none" for c in keys)
    tokens = [c for c in _columns(built) if "tokenized" in c.tags]
    assert {"gocardless_mandate", "stripe_cus"} <= {c.name for c in tokens}
    stripe = _values(built, "trailcoach.athletes", "stripe_cus")
    assert _misses(stripe, lambda x: str(x).startswith("cus_")) == 0
    last4 = _values(built, "RecConnect.ProgramRegistrations", "CardLast4")
    assert last4 and _misses(last4, lambda x: bool(re.fullmatch(r"[0-9]{4}", str(x)))) == 0


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 15
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 6
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
    assert len(staff) >= 10
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_present(column.values))) <= 8, column.name
    assert PERSON_KINDS == {c.kind for c in staff}


def test_when_an_audit_column_is_built_then_logins_are_few_and_programs_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    assert len(logins) >= 3 and len([c for c in audit if "service_account" in c.tags]) >= 1
    for column in logins:
        assert 2 <= len(set(_present(column.values))) <= 8, column.name


def test_when_people_sit_under_role_words_then_they_are_personal_and_many(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 25 and all(c.kind != "none" for c in role)
    assert {"parent1_name", "MMSPNM", "GuardianName", "ACC_HOLDER", "fatherName", "KOINH", "personneAPrevenir",
            "medecinCertificat", "LIC-TUTOR-NOMBRE", "medico_certificatore", "opiekunImieNazwisko", "保護者氏名",
            "口座名義カナ", "фио_родителя"} <= {c.name for c in role}


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("CLUBLIB.MBRMST", "MMSSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("CLUBLIB.MBRMST", "MMCCNO", luhn.is_valid),
    ("DEBITORD.MEMBER_COLLECTIONS", "ID_NUMBER", idnr.is_valid),
    ("cricket_blr.traineeRegistrations", "aadhaarNo", aadhaar.is_valid),
    ("cricket_blr.traineeRegistrations", "parentPan", pan.is_valid),
    ("ZFIT.ZFIT_MITGL", "IBAN", iban.is_valid),
    ("FEDHANDBOL.LICENCIAS", "LIC-NIF", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("FEDHANDBOL.LICENCIAS", "LIC-TUTOR-NIF", dni.is_valid),
    ("palestra_bologna.iscritti", "codice_fiscale", codicefiscale.is_valid),
    ("palestra_bologna.iscritti", "iban_rid", iban.is_valid),
    ("akademia_krakow.zawodnicy", "pesel", pesel.is_valid),
    ("хоккей_екб.воспитанники", "снилс", heldout_v75_values.snils_valid),
    ("хоккей_екб.воспитанники", "инн_родителя", inn.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = _present(_column(built, table, column).values)
    assert len(values) >= 50 and _misses(values, check) == 0


def test_when_a_national_id_is_built_then_it_encodes_the_date_of_birth_of_its_row(built) -> None:
    for table, idc, dob, get in (
            ("DEBITORD.MEMBER_COLLECTIONS", "ID_NUMBER", "BIRTH_DATE", idnr.get_birth_date),
            ("akademia_krakow.zawodnicy", "pesel", "dataUrodzenia", pesel.get_birth_date),
            ("palestra_bologna.iscritti", "codice_fiscale", "data_nascita", codicefiscale.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(str(p).strip(), d if isinstance(d, date) else datetime.strptime(str(d), "%Y%m%d").date())
                 for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


#: (table, column, check): decoys of businesses that pass their own check digit
BUSINESS_CHECKED: list[tuple[str, str, object]] = [
    ("escalade_lyon.licencies", "siretClub", siret.is_valid),
    ("FEDHANDBOL.LICENCIAS", "LIC-CIF-CLUB", cif.is_valid),
    ("palestra_bologna.iscritti", "piva_palestra", iva.is_valid),
    ("akademia_krakow.zawodnicy", "nipKlubu", nip.is_valid),
    ("浦和スイミング.会員台帳", "法人番号", cn.is_valid),
    ("хоккей_екб.воспитанники", "инн_школы", inn.is_valid),
]


def test_when_a_business_number_is_built_then_it_passes_its_own_check_and_is_none(built) -> None:
    for table, name, check in BUSINESS_CHECKED:
        column = _column(built, table, name)
        assert column.kind == "none" and "check_digit" in column.tags, name
        assert _misses(_present(column.values), check) == 0, name
    assert {c.name for c in _columns(built) if "check_digit" in c.tags} == {n for _, n, _ in BUSINESS_CHECKED}


def test_when_a_decoy_is_shaped_like_a_personal_identifier_then_it_fails_that_check(built) -> None:
    for table, name, check in (("DEBITORD.MEMBER_COLLECTIONS", "MANDATE_REF", idnr.is_valid),
                               ("cricket_blr.traineeRegistrations", "upiTxnRef", aadhaar.is_valid),
                               ("FEDHANDBOL.LICENCIAS", "LIC-NUM-LICENCIA", dni.is_valid),
                               ("akademia_krakow.zawodnicy", "nrLicencjiPzpn", pesel.is_valid)):
        column = _column(built, table, name)
        values = _present(column.values)
        assert column.kind == "none" and len(values) >= 100 and _hits(values, check) == 0, name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid_for_its_country(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
    seen: set[str] = set()
    for table, column in phones:
        region = REGIONS[table.name]
        values = _present(column.values)
        assert len(values) >= 50, f"{table.name}.{column.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert set(REGIONS.values()) <= seen


def test_when_a_column_is_labeled_email_then_every_value_is_an_address(built) -> None:
    emails = [c for c in _columns(built) if c.kind == "email"]
    assert len(emails) >= 12
    for column in emails:
        values = _present(column.values)
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", x.lower()))) == 0, \
            column.name


def test_when_ip_addresses_are_built_then_members_are_public_and_door_controllers_private(built) -> None:
    signup = _values(built, "trailcoach.athletes", "signup_ip")
    assert _misses(signup, lambda x: ipaddress.ip_address(x).is_global) == 0
    assert {ipaddress.ip_address(x).version for x in signup} == {4, 6}
    doors = _values(built, "pulse247.accessEvents", "controllerIp")
    assert _misses(doors, lambda x: ipaddress.ip_address(x).is_private) == 0
    assert _column(built, "pulse247.accessEvents", "controllerIp").kind == "none"


def test_when_a_column_mixes_kinds_then_its_cells_hold_names_phones_and_addresses(built) -> None:
    mixed = _present(_column(built, "trailcoach.athletes", "src_crm_col17").values)
    assert _hits(mixed, lambda x: "@" in x) >= 50 and _hits(mixed, lambda x: _phone_valid(x, "US")) >= 50
    assert _hits(mixed, lambda x: "@" not in x and not any(ch.isdigit() for ch in x)) >= 50
    contacts = _present(_column(built, "raceday_chch.entries", "emerg_contact").values)
    assert _misses(contacts, lambda x: bool(re.fullmatch(r"\S+ .+ \([a-z]+\) [+0-9 ]+", x))) == 0


def test_when_an_opaque_field_holds_personal_data_then_it_has_a_twin_holding_none(built) -> None:
    opaque = [c for c in _columns(built) if "opaque" in c.tags]
    assert len([c for c in opaque if c.kind != "none"]) >= 10 and len([c for c in opaque if c.kind == "none"]) >= 10
    assert {"misc_2", "MMUDF1", "Udf2", "src_crm_col17", "code", "ZZFELD2", "champLibre2", "campo_libero_2",
            "poleDod2", "予備2", "доп_поле_2"} <= {c.name for c in opaque if c.kind != "none"}
    assert {"misc_1", "MMUDF2", "Udf1", "src_crm_col18", "ZZFELD1", "champLibre1", "campo_libero_1", "poleDod1",
            "予備1", "доп_поле_1"} <= {c.name for c in opaque if c.kind == "none"}


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    # a club's suburb may be a member's home suburb: towns and postcodes are left out of the comparison
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind not in {"none", "city", "postal_code"}
                   for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits(_present(column.values), lambda x, p=private: x in p) == 0, column.name


def test_when_names_are_written_in_native_scripts_then_they_are_kanji_katakana_and_cyrillic(built) -> None:
    kana = _present(_column(built, "浦和スイミング.会員台帳", "氏名カナ").values)
    assert _misses(kana, lambda x: bool(re.fullmatch(r"[\u30a0-\u30ff]+ [\u30a0-\u30ff]+", x))) == 0
    kanji = _present(_column(built, "浦和スイミング.会員台帳", "氏名").values)
    assert _misses(kanji, lambda x: bool(re.fullmatch(r"[\u4e00-\u9fff\u3040-\u30ff]+ [\u4e00-\u9fff]+", x))) == 0
    cyr = _present(_column(built, "хоккей_екб.воспитанники", "фио_родителя").values)
    assert _misses(cyr, lambda x: bool(re.fullmatch(r"[А-яЁё]+ [А-яЁё]+ [А-яЁё]+", x))) == 0


def test_when_the_value_modules_are_read_then_they_import_no_faker_no_classifier_and_no_earlier_set(built) -> None:
    for module in (heldout_v75, heldout_v75_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "75"}, module.__name__


def test_when_the_scorer_builds_set_v75_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v75.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v75"].DEFAULT_PATH == Path("/tmp/heldout_v75.duckdb")
