"""Held-out set v88: its size, domain tables, languages, labels, row counts, NULL and NULL-word shares, legacy
extracts (padded CHAR, CYYMMDD, YYYYMMDD and DATS dates, numbers with 0 for missing), opaque fields, placeholders,
staff and role words, logins and bank accounts, identifiers with check digits, phones and value-shaped decoys are the
ones asked for, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings, blanks and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
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
import pytest
from stdnum import iban, luhn
from stdnum.au import abn
from stdnum.ca import bn
from stdnum.cz import dic, rc
from stdnum.dk import cpr, cvr
from stdnum.gb import nhs
from stdnum.gr import amka, vat
from stdnum.pl import nip, pesel
from stdnum.pt import cc, nif
from stdnum.ru import inn
from stdnum.tr import tckimlik, vkn
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v88, heldout_v88_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "da", "cs", "pl", "pt", "tr", "el", "ru"}

TABLES = {
    "PPTAXLIB.PPMASTP", "SAPSR3.ZRATES_BP", "DOGLIC.DOGLICF", "staging.src_crm_cases", "ils.patrons",
    "dbo.HousingApplications", "admissions.preference_forms", "EFOI.FOI_REQUESTS", "affald.tilmeldinger",
    "poplatky.psi", "bip.wnioski", "biblioteca.Leitores", "beyazmasa.basvurular", "paidikoi_stathmoi.aitiseis",
    "zhilye.ochered",
}
LEGACY = {"PPTAXLIB.PPMASTP", "SAPSR3.ZRATES_BP", "DOGLIC.DOGLICF"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v88")
_cells = heldout_support.Cells(heldout_v88.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v88, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert 0.45 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.65
    assert {t.name for t in built} == TABLES
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "bank_account", "value_shape",
            "staff", "audit", "role_word", "service_account", "join_key", "placeholder", "opaque", "mixed", "legacy",
            "padded", "role_email"} <= tags
    assert {"snake", "camel", "pascal", "screaming", "as400", "sap", "cobol"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v88.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "service_account", "join_key"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username", "bank_account"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username", "bank_account"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"role_email"}):
        assert column.kind == "email", column.name
    for column in (c for c in _columns(built) if c.tags & {"placeholder", "mixed"}):
        assert column.kind != "none", column.name


def test_when_a_table_is_built_then_it_has_an_opaque_personal_field_next_to_an_opaque_none(built) -> None:
    for table in built:
        opaque = [c for c in table.columns if "opaque" in c.tags]
        assert {c.kind == "none" for c in opaque} == {True, False}, table.name
    mixed = [c for c in _columns(built) if "mixed" in c.tags]
    assert [c.name for c in mixed] == ["src_crm_col17"] and mixed[0].kind == "free_text"
    values = [str(x) for x in _values(built, "staging.src_crm_cases", "src_crm_col17")]
    assert _hits(values, lambda x: "@" in x) >= 50
    assert _hits(values, lambda x: x.lstrip("+").replace(" ", "").isdigit()) >= 50
    assert _hits(values, lambda x: bool(re.fullmatch(r"[^\d@]+ [^\d@]+", x))) >= 50


def test_when_a_staging_table_is_built_then_its_columns_are_source_numbered(built) -> None:
    names = [c.name for c in heldout_support.table(built, "staging.src_crm_cases").columns]
    assert [f"src_crm_col{i:02d}" for i in range(1, 19)] == [n for n in names if n.startswith("src_crm_col")]


def test_when_a_legacy_extract_is_built_then_char_values_are_padded_and_dates_are_numbers_or_dats(built) -> None:
    for table in (t for t in built if t.name in LEGACY):
        padded = [c for c in table.columns if "padded" in c.tags]
        assert len(padded) >= 3, table.name
        for column in padded:
            width = int(re.fullmatch(r"CHAR\((\d+)\)", column.sql_type).group(1))
            assert _misses(column.values, lambda x, w=width: isinstance(x, str) and len(x) == w) == 0, column.name
    assert all(c.name.startswith("PP") for c in heldout_support.table(built, "PPTAXLIB.PPMASTP").columns)
    assert all("-" in c.name for c in heldout_support.table(built, "DOGLIC.DOGLICF").columns)

    def cyy(x: int) -> bool:
        return x == 0 or bool(date(1900 + 100 * (x // 1_000_000) + x // 10_000 % 100, x // 100 % 100, x % 100))

    def ymd(x: int) -> bool:
        return x == 0 or bool(date(x // 10_000, x // 100 % 100, x % 100))

    assert _misses(_column(built, "PPTAXLIB.PPMASTP", "PPBDAT").values, cyy) == 0
    assert _misses(_column(built, "DOGLIC.DOGLICF", "OWNER-DOB").values, ymd) == 0
    dats = _column(built, "SAPSR3.ZRATES_BP", "GBDAT").values
    assert _misses(dats, lambda x: x == "00000000" or ymd(int(x))) == 0 and _hits(dats, lambda x: x == "00000000") > 50
    for table, name in (("PPTAXLIB.PPMASTP", "PPZIP"), ("PPTAXLIB.PPMASTP", "PPPHON"), ("DOGLIC.DOGLICF", "OWNER-ZIP"),
                        ("DOGLIC.DOGLICF", "OWNER-PHONE")):
        values = _column(built, table, name).values
        assert _misses(values, lambda x: isinstance(x, int)) == 0 and 0 < _hits(values, lambda x: x == 0) < 0.5 * len(
            values), name


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 3
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind in PERSON_KINDS for c in role)
    assert {"PPUSR2", "ZZFELD2", "USER-FIELD-2", "guardianName", "SpouseName", "parent_full_name", "sibling_name",
            "REQUESTER_MNM", "referent", "EncarregadoEducacao", "επώνυμο_γονέα"} <= {c.name for c in role}


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 4
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


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 8
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_programs_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    assert len(logins) >= 6 and [c.name for c in audit if "service_account" in c.tags] == ["PPPGM"]
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def _digits(x: object) -> str:
    return "".join(ch for ch in str(x) if ch.isdigit())


#: (table, column, check) for every checksummed identifier column (personal and decoy)
CHECKED: list[tuple[str, str, object]] = [
    ("PPTAXLIB.PPMASTP", "PPSSN", ssn.is_valid),
    ("PPTAXLIB.PPMASTP", "PPCCNO", luhn.is_valid),
    ("SAPSR3.ZRATES_BP", "ZZAGENT_ABN", abn.is_valid),
    ("ils.patrons", "cardBarcode", luhn.is_valid),
    ("ils.patrons", "sponsorBn", bn.is_valid),
    ("admissions.preference_forms", "child_hcn", nhs.is_valid),
    ("affald.tilmeldinger", "cpr_nr", cpr.is_valid),
    ("affald.tilmeldinger", "renovatoer_cvr", cvr.is_valid),
    ("poplatky.psi", "rodne_cislo", rc.is_valid),
    ("poplatky.psi", "ico_veterinare", dic.is_valid),
    ("bip.wnioski", "pesel", pesel.is_valid),
    ("bip.wnioski", "nipPodmiotu", nip.is_valid),
    ("biblioteca.Leitores", "NIF", nif.is_valid),
    ("biblioteca.Leitores", "CampoLivre2", nif.is_valid),
    ("biblioteca.Leitores", "NumeroCC", cc.is_valid),
    ("biblioteca.Leitores", "IbanDevolucaoCaucao", iban.is_valid),
    ("beyazmasa.basvurular", "tc_kimlik_no", tckimlik.is_valid),
    ("beyazmasa.basvurular", "iban", iban.is_valid),
    ("beyazmasa.basvurular", "yuklenici_vkn", vkn.is_valid),
    ("paidikoi_stathmoi.aitiseis", "αμκα_παιδιού", amka.is_valid),
    ("paidikoi_stathmoi.aitiseis", "αφμ_γονέα", vat.is_valid),
    ("zhilye.ochered", "снилс", heldout_v88_values.snils_ok),
    ("zhilye.ochered", "инн", inn.is_valid),
    ("zhilye.ochered", "инн_ук", inn.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_national_id_is_built_then_it_encodes_the_date_of_birth_of_its_row(built) -> None:
    for table, idc, dob, get in (("affald.tilmeldinger", "cpr_nr", "foedselsdato", cpr.get_birth_date),
                                 ("bip.wnioski", "pesel", "dataUrodzenia", pesel.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    rows = zip(_column(built, "poplatky.psi", "rodne_cislo").values,
               _column(built, "poplatky.psi", "datum_narozeni").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert _misses(pairs, lambda r: rc.get_birth_date(r[0]).strftime("%-d.%-m.%Y") == r[1]) == 0
    rows = zip(_column(built, "paidikoi_stathmoi.aitiseis", "αμκα_παιδιού").values,
               _column(built, "paidikoi_stathmoi.aitiseis", "ημερομηνία_γέννησης").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert _misses(pairs, lambda r: r[0][:6] == r[1].strftime("%d%m%y")) == 0


def test_when_a_decoy_is_shaped_like_a_national_number_then_it_fails_its_check(built) -> None:
    symbols = _values(built, "poplatky.psi", "variabilni_symbol")
    assert len(symbols) >= 100 and _hits([str(x) for x in symbols], rc.is_valid) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 12 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


PHONE_REGIONS = {"PPTAXLIB.PPMASTP": "US", "SAPSR3.ZRATES_BP": "AU", "DOGLIC.DOGLICF": "US",
                 "staging.src_crm_cases": "GB", "ils.patrons": "CA", "dbo.HousingApplications": "BW",
                 "admissions.preference_forms": "GB", "EFOI.FOI_REQUESTS": "PH", "affald.tilmeldinger": "DK",
                 "poplatky.psi": "CZ", "bip.wnioski": "PL", "biblioteca.Leitores": "PT", "beyazmasa.basvurular": "TR",
                 "paidikoi_stathmoi.aitiseis": "GR", "zhilye.ochered": "RU"}


def _phone_valid(text: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid_in_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values) if x != 0]  # a legacy number field's 0 is its "missing"
        assert len(values) >= 20, column.name
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
    mixed = [x for x in _values(built, "staging.src_crm_cases", "src_crm_col17") if "@" not in x and any(
        ch.isdigit() for ch in x)]
    assert mixed and _misses(mixed, lambda x: _phone_valid(x, "GB")) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_a_column_is_labeled_email_iban_or_card_then_its_values_have_that_shape(built) -> None:
    for column in (c for c in _columns(built) if c.kind == "email"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", x))) == 0, \
            column.name
    for column in (c for c in _columns(built) if c.kind in {"iban", "credit_card"}):
        values = [str(x) for x in _real(column.values)]
        assert len(values) >= 20 and _misses(values, lambda x: len(_digits(x)) >= 13) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v88, heldout_v88_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "88"}, module.__name__


def test_when_the_scorer_builds_set_v88_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v88.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v88"].DEFAULT_PATH == Path("/tmp/heldout_v88.duckdb")
