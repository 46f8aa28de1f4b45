"""Held-out set v86: its size, domain, languages, labels, row counts, legacy extracts (padded CHAR values, dates kept as
numbers or ``DATS`` text, identifiers, phones and postal codes kept as numbers with 0 for missing), the staging table's
source-numbered columns, opaque custom fields, NULL and NULL-word shares, staff and role words, placeholders,
identifiers with check digits (and decoys failing them), company numbers, phones, postal codes and e-mail addresses
are the ones asked for, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings, blanks and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message (table and column names only), never the values."""

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
from stdnum.au import abn
from stdnum.ca import sin
from stdnum.cl import rut
from stdnum.de import idnr
from stdnum.fr import nif as frnif
from stdnum.fr import siret
from stdnum.gb import vat as gbvat
from stdnum.gr import amka
from stdnum.gr import vat as grvat
from stdnum.ie import pps
from stdnum.ie import vat as ievat
from stdnum.pl import nip, pesel
from stdnum.pt import cc as ptcc
from stdnum.pt import nif as ptnif
from stdnum.ru import inn
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v86, heldout_v86_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: eight tables with English column names and seven in German, French, Spanish, Greek, Russian, Portuguese and Polish
LANGUAGES = {"en", "de", "fr", "es", "el", "ru", "pt", "pl"}

#: every table of the set: one real-estate organisation per table
TABLES = {
    "summit_str.reservations", "LetRef.TenantReferences", "inspectHub.openHomeAttendees",
    "stg_crm.src_crm_mortgage_deals", "KABULONGA_PM.TENANT_LEDGER", "auction_cork.bidder_registrations",
    "PMLIB.TMMAST", "LANKALAND.BLKBUYER", "SAPRE.ZRE_MIETER_NK", "gestion_locative_lille.dossiers_candidats",
    "CorredoraStgo.ContratosArriendo", "βραχυχρόνιες_μισθώσεις_χανίων.ιδιοκτήτες", "агентство_нск.выписки_егрн",
    "condominios_lx.quotasCondominos", "nieruchomosci_krakow.umowy_posrednictwa",
}
LEGACY_TABLES = {"PMLIB.TMMAST", "LANKALAND.BLKBUYER", "SAPRE.ZRE_MIETER_NK"}
STAGING = "stg_crm.src_crm_mortgage_deals"

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v86")
_cells = heldout_support.Cells(heldout_v86.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


class _Quiet(list):
    """The built tables (or the scorer's file beside them), shown in a failure's report by their count only."""

    def __repr__(self) -> str:
        return f"<{len(self)} items of set v86>"


@pytest.fixture(scope="module")
def v86(built) -> list:
    """The module's one build of the set (:func:`heldout_support.set_fixtures`), reported without its values."""
    return _Quiet(built)


@pytest.fixture(scope="module")
def v86_file(scored_file) -> list:
    """The scorer's build of the set and the DuckDB file it wrote, reported without values."""
    return _Quiet(scored_file)


def _tagged(v86, tag: str) -> list:
    return [c for c in _columns(v86) if tag in c.tags]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(v86) -> None:
    assert heldout_support.rebuilt_differently(heldout_v86, v86) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(v86) -> None:
    columns = _columns(v86)
    assert len(v86) == 15 and 250 <= len(columns) <= 360
    assert 0.45 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.65
    assert {t.name for t in v86} == TABLES and len(v86) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in v86)
    assert LANGUAGES == {t.language_of(c) for t in v86 for c in t.columns}
    assert sum(t.language == "en" for t in v86) == 8
    assert all(sum(t.language == lang for t in v86) == 1 for lang in LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "bank_account", "value_shape",
            "check_digit", "misleading", "staff", "audit", "role_word", "role_email", "service_account", "premises",
            "join_key", "placeholder", "tokenized", "partial", "opaque", "mixed_kinds", "prefixed", "locality",
            "dob_text", "legacy", "padded", "int_date", "numeric_id", "zero_missing", "event_date", "coordinates",
            "unit_number", "product_name", "version"} <= tags
    assert {"snake", "camel", "pascal", "screaming"} <= {t.style for t in v86}


def test_when_labels_are_asked_for_then_they_match_every_column(v86) -> None:
    labels = heldout_v86.labels(v86)
    assert set(labels) == {t.name for t in v86}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in v86)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(v86) -> None:
    for column in (c for c in _columns(v86) if c.tags & {"business", "decoy", "service_account", "join_key",
                                                           "tokenized", "partial", "check_digit", "value_shape",
                                                           "coordinates", "event_date", "unit_number",
                                                           "product_name", "version"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(v86) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(v86) if c.tags & {"username", "bank_account"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(v86) if c.kind == "unclassified"):
        assert column.tags & {"username", "bank_account"}, column.name
    for column in _tagged(v86, "role_email"):
        assert column.kind == "email", column.name
    for column in (c for c in _columns(v86) if c.tags & {"placeholder", "premises", "locality", "dob_text"}):
        assert column.kind != "none", column.name
    assert {c.kind for c in _tagged(v86, "premises")} == {"street_address", "city", "postal_code"}
    assert {c.kind for c in _tagged(v86, "locality")} == {"city"}
    assert {c.kind for c in _tagged(v86, "dob_text")} == {"date_of_birth"}


def test_when_a_table_is_a_legacy_extract_then_every_column_is_tagged_and_named_as_its_system_names_them(
        v86) -> None:
    legacy = {t.name for t in v86 if any("legacy" in c.tags for c in t.columns)}
    assert legacy == LEGACY_TABLES
    for name in LEGACY_TABLES:
        table = heldout_support.table(v86, name)
        assert all("legacy" in c.tags for c in table.columns), name
        assert table.style == "screaming", name
    as400 = heldout_support.table(v86, "PMLIB.TMMAST").columns
    assert all(re.fullmatch(r"TM[A-Z0-9]{2,4}", c.name) for c in as400)
    cobol = heldout_support.table(v86, "LANKALAND.BLKBUYER").columns
    assert all(re.fullmatch(r"BB(-[A-Z0-9]+)+", c.name) for c in cobol)
    sap = {c.name for c in heldout_support.table(v86, "SAPRE.ZRE_MIETER_NK").columns}
    assert {"MANDT", "NACHN", "VORNA", "GBDAT", "STRAS", "PSTLZ", "ORT01", "TELF1", "KOINH", "ERNAM", "ERDAT",
            "ZZFELD1", "ZZFELD2"} <= sap


def test_when_a_legacy_value_is_padded_then_every_cell_has_the_fields_width(v86) -> None:
    padded = _tagged(v86, "padded")
    assert len(padded) >= 35
    for column in padded:
        width = int(re.fullmatch(r"CHAR\((\d+)\)", column.sql_type).group(1))
        assert all(isinstance(x, str) and len(x) == width for x in column.values), column.name
    blanks = [c for c in padded if _hits(c.values, lambda x: x != x.rstrip()) >= len(c.values) // 10]
    assert len(blanks) >= 0.8 * len(padded)


def _date_number(value: object, sql_type: str) -> date | None:
    """The date a ``CYYMMDD`` or ``YYYYMMDD`` number or a ``DATS`` text stands for; ``None`` for 0 or ``00000000``."""
    if value in (0, "00000000"):
        return None
    if isinstance(value, str):
        return datetime.strptime(value, "%Y%m%d").date()
    if sql_type == "DECIMAL(7,0)":
        century, rest = divmod(int(value), 1_000_000)
        return date(1900 + 100 * century + rest // 10_000, rest // 100 % 100, rest % 100)
    return date(int(value) // 10_000, int(value) // 100 % 100, int(value) % 100)


def test_when_a_date_is_kept_as_a_number_or_dats_then_every_value_is_a_date_or_zero_for_missing(v86) -> None:
    dates = _tagged(v86, "int_date")
    assert len(dates) >= 7
    assert {c.sql_type for c in dates} >= {"DECIMAL(7,0)", "DECIMAL(8,0)", "CHAR(8)"}
    for column in dates:
        days = [_date_number(x, column.sql_type) for x in column.values]
        assert all(d is None or date(1920, 1, 1) <= d <= date(2026, 12, 31) for d in days), column.name
        zeros = sum(d is None for d in days)
        assert (zeros > 0) == ("zero_missing" in column.tags), column.name
        assert zeros < 0.2 * len(days), column.name


def test_when_an_identifier_is_kept_as_a_number_then_it_is_an_integer_with_0_for_missing(v86) -> None:
    numbers = _tagged(v86, "numeric_id")
    assert {c.kind for c in numbers} == {"ssn", "postal_code", "phone"}
    for column in numbers:
        assert all(isinstance(x, int) and x >= 0 for x in column.values), column.name
        assert "zero_missing" in column.tags and 0 < column.values.count(0) < 0.7 * len(column.values), column.name
    zips = [x for x in _column(v86, "PMLIB.TMMAST", "TMZIP").values if x]
    assert zips and _misses(zips, lambda x: 1_000 <= x <= 2_799) == 0


def test_when_the_staging_table_is_built_then_its_columns_are_numbered_by_source(v86) -> None:
    names = [c.name for c in heldout_support.table(v86, STAGING).columns]
    numbered = [n for n in names if n.startswith("src_crm_col")]
    assert numbered == [f"src_crm_col{i:02d}" for i in range(1, 19)]
    assert all(n.startswith("_") for n in names if n not in numbered)
    assert all("prefixed" in c.tags for c in heldout_support.table(v86, STAGING).columns if c.name in numbered)


def test_when_a_table_has_opaque_custom_fields_then_one_holds_personal_data_and_one_holds_none(v86) -> None:
    for table in v86:
        opaque = [c for c in table.columns if "opaque" in c.tags]
        assert any(c.kind != "none" for c in opaque) and any(c.kind == "none" for c in opaque), table.name
    personal = {c.name for c in _tagged(v86, "opaque") if c.kind != "none"}
    assert {"misc_2", "User2", "udf03", "code", "src_crm_col17", "USER_FIELD_2", "TMUDF2", "BB-USER-FLD-2",
            "ZZFELD2", "champ_libre_2", "CampoLibre2", "πρόσθετο_πεδίο_2", "доп_поле_2", "campoLivre2",
            "pole_dodatkowe_2"} == personal
    assert all("misleading" in c.tags for c in _tagged(v86, "opaque") if c.kind != "none" and
               "mixed_kinds" not in c.tags)


def test_when_a_column_mixes_kinds_by_row_then_it_is_free_text_and_holds_phones_emails_and_names(v86) -> None:
    mixed = _tagged(v86, "mixed_kinds")
    assert len(mixed) >= 2 and all(c.kind == "free_text" for c in mixed)
    for column in mixed:
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: "@" in x) >= 20, column.name
        assert _hits(values, lambda x: sum(ch.isdigit() for ch in x) >= 9 and "@" not in x) >= 20, column.name
        assert _hits(values, lambda x: re.fullmatch(r"[^\W\d_]+([ '-][^\W\d_]+)+", x) is not None) >= 20, column.name


def test_when_a_column_is_a_join_key_then_it_is_none_and_there_are_many(v86) -> None:
    keys = _tagged(v86, "join_key")
    assert len(keys) >= 15 and all(c.kind == "none" for c in keys)
    assert all(len(set(c.values)) == len(c.values) for c in keys if c.name != "_batch_id" and c.name != "listingId")


def test_when_a_value_is_partial_then_it_holds_the_last_four_digits_of_its_rows_card(v86) -> None:
    cards = _column(v86, "summit_str.reservations", "deposit_card_number").values
    last4 = _column(v86, "summit_str.reservations", "card_last4").values
    assert _column(v86, "summit_str.reservations", "card_last4").kind == "none"
    rows = [(card, cut) for card, cut in zip(cards, last4, strict=True) if card is not None]
    assert len(rows) >= 300 and _misses(rows, lambda r: r[0][-4:] == r[1]) == 0
    assert all(cut is None for card, cut in zip(cards, last4, strict=True) if card is None)


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(v86) -> None:
    dirty = _tagged(v86, "placeholder")
    assert len(dirty) >= 4
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name
    assert {"XXX", "QQ123456C", "000 000 000", "test@example.com"} <= {
        x for c in dirty for x in c.values if isinstance(x, str) and _nullish(x) and x.strip()}


def test_when_a_name_sounds_non_personal_then_it_holds_people(v86) -> None:
    role = _tagged(v86, "role_word")
    assert len(role) >= 12 and all(c.kind in PERSON_KINDS for c in role)
    assert {"housekeeper_assigned", "EmployerRefereeName", "GuarantorName", "NEXT_OF_KIN", "solicitor_nm",
            "BB-GUARANTOR-NAME", "KOINH", "garant_nom_prenom", "NombreAval", "NombrePropietario",
            "wspolwlasciciel"} <= {c.name for c in role}
    assert {"EmployerRefereeEmail"} <= {c.name for c in _tagged(v86, "role_email")}


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(v86) -> None:
    staff = _tagged(v86, "staff")
    assert len(staff) >= 12
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert PERSON_KINDS == {c.kind for c in staff}


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_jobs_are_service_accounts(v86) -> None:
    audit = _tagged(v86, "audit")
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 4 and len(services) >= 3
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name
    for column in _tagged(v86, "bank_account"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: x.isdigit() and 8 <= len(x) <= 12) == 0, column.name


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(v86) -> None:
    for table in v86:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(v86) -> None:
    heavy = _tagged(v86, "null_heavy")
    assert len(heavy) >= 10
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(v86) -> None:
    heavy = _tagged(v86, "nullword_heavy")
    assert len(heavy) >= 6
    for column in heavy:
        assert column.kind != "none", column.name
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name
        assert _null_share(column) < 0.5, column.name
    words = {x.strip() for c in heavy for x in c.values if isinstance(x, str) and _nullish(x)}
    assert {"N/A", "NIL", "RAS", "néant", "Δ/Υ", "sem observações", "brak", ""} <= words


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(v86) -> None:
    for table in v86:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def _snils(text: str) -> bool:
    digits = text.replace("-", "").replace(" ", "")
    return len(digits) == 11 and digits.isdigit() and heldout_v86_values.snils_check(digits[:9]) == digits[9:]


#: (table, column, check) for every checksummed identifier column (personal and company numbers)
CHECKED: list[tuple[str, str, object]] = [
    ("summit_str.reservations", "deposit_card_number", luhn.is_valid),
    ("LetRef.TenantReferences", "AgentVatNumber", gbvat.is_valid),
    ("inspectHub.openHomeAttendees", "agencyAbn", abn.is_valid),
    (STAGING, "src_crm_col04", sin.is_valid),
    ("auction_cork.bidder_registrations", "ppsn", pps.is_valid),
    ("auction_cork.bidder_registrations", "deposit_iban", iban.is_valid),
    ("auction_cork.bidder_registrations", "agent_vat_no", ievat.is_valid),
    ("PMLIB.TMMAST", "TMSSN", lambda x: x == 0 or ssn.is_valid(f"{x:09d}")),
    ("SAPRE.ZRE_MIETER_NK", "STCD1", idnr.is_valid),
    ("SAPRE.ZRE_MIETER_NK", "IBAN", iban.is_valid),
    ("gestion_locative_lille.dossiers_candidats", "numero_fiscal", frnif.is_valid),
    ("gestion_locative_lille.dossiers_candidats", "siret_agence", siret.is_valid),
    ("gestion_locative_lille.dossiers_candidats", "iban_prelevement", iban.is_valid),
    ("CorredoraStgo.ContratosArriendo", "RutArrendatario", rut.is_valid),
    ("CorredoraStgo.ContratosArriendo", "RutPropietario", rut.is_valid),
    ("CorredoraStgo.ContratosArriendo", "RutCorredoraCaptadora", rut.is_valid),
    ("βραχυχρόνιες_μισθώσεις_χανίων.ιδιοκτήτες", "ΑΦΜ", grvat.is_valid),
    ("βραχυχρόνιες_μισθώσεις_χανίων.ιδιοκτήτες", "ΑΜΚΑ", amka.is_valid),
    ("βραχυχρόνιες_μισθώσεις_χανίων.ιδιοκτήτες", "IBAN", iban.is_valid),
    ("βραχυχρόνιες_μισθώσεις_χανίων.ιδιοκτήτες", "ΑΦΜ_συνεργείου_καθαρισμού", grvat.is_valid),
    ("агентство_нск.выписки_егрн", "инн", inn.is_valid),
    ("агентство_нск.выписки_егрн", "снилс", _snils),
    ("агентство_нск.выписки_егрн", "инн_банка", inn.is_valid),
    ("condominios_lx.quotasCondominos", "nifCondomino", ptnif.is_valid),
    ("condominios_lx.quotasCondominos", "nifCondominio", ptnif.is_valid),
    ("condominios_lx.quotasCondominos", "numeroCC", ptcc.is_valid),
    ("condominios_lx.quotasCondominos", "ibanDebitoDireto", iban.is_valid),
    ("nieruchomosci_krakow.umowy_posrednictwa", "pesel", pesel.is_valid),
    ("nieruchomosci_krakow.umowy_posrednictwa", "seria_nr_dowodu", heldout_v86_values.pl_id_card_ok),
    ("nieruchomosci_krakow.umowy_posrednictwa", "nip_wspolpracujacego_biura", nip.is_valid),
    ("nieruchomosci_krakow.umowy_posrednictwa", "nr_ksiegi_wieczystej",
     lambda x: heldout_v86_values.kw_check(*x.split("/")[:2]) == x.split("/")[2]),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_check(v86) -> None:
    for table, name, check in CHECKED:
        values = [x if isinstance(x, int) else str(x) for x in _values(v86, table, name)]
        assert len(values) >= 20 and _misses(values, check) == 0, f"{table}.{name}"
    companies = {name for _, name, _ in CHECKED} & {c.name for c in _tagged(v86, "check_digit")}
    assert len(companies) >= 10 and all(c.kind == "none" for c in _tagged(v86, "check_digit"))


def test_when_an_identifier_has_no_check_digit_then_it_has_its_documents_shape(v86) -> None:
    shapes = [("LetRef.TenantReferences", "NiNumber",
               r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]"),
              ("LetRef.TenantReferences", "PassportNumber", r"\d{9}"),
              ("KABULONGA_PM.TENANT_LEDGER", "NRC_NO", r"\d{6}/\d{2}/1"),
              ("auction_cork.bidder_registrations", "photo_id_no", r"([A-Z]{2}\d{7}|\d{9})"),
              ("PMLIB.TMMAST", "TMDLNO", r"S\d{8}"),
              ("LANKALAND.BLKBUYER", "BB-NIC-NO", r"(\d{9}[VX]|\d{12})"),
              ("βραχυχρόνιες_μισθώσεις_χανίων.ιδιοκτήτες", "αριθμός_ταυτότητας", r"[Α-Ω]{1,2} ?\d{6}"),
              ("агентство_нск.выписки_егрн", "паспорт", r"50 \d{2} \d{6}"),
              ("summit_str.reservations", "verified_dl_number",
               r"(\d{2}-\d{3}-\d{4}|\d{8}|[A-Z]\d{3}-\d{4}-\d{4}|[A-Z]\d{8})")]
    for table, name, shape in shapes:
        values = [str(x) for x in _values(v86, table, name)]
        assert len(values) >= 20 and _misses(values, lambda x, s=shape: re.fullmatch(s, x) is not None) == 0, name


def test_when_a_national_number_encodes_the_birth_date_then_it_is_the_birth_date_of_its_row(v86) -> None:
    greek = "βραχυχρόνιες_μισθώσεις_χανίων.ιδιοκτήτες"
    for table, idc, dob, get in ((greek, "ΑΜΚΑ", "ημερομηνία_γέννησης", amka.get_birth_date),
                                 ("nieruchomosci_krakow.umowy_posrednictwa", "pesel", "data_urodzenia",
                                  pesel.get_birth_date)):
        rows = zip(_column(v86, table, idc).values, _column(v86, table, dob).values, strict=True)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    rows = zip(_column(v86, "LANKALAND.BLKBUYER", "BB-NIC-NO").values,
               _column(v86, "LANKALAND.BLKBUYER", "BB-DOB").values, strict=True)
    pairs = [(n.strip(), _date_number(d, "DECIMAL(8,0)")) for n, d in rows if d]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: heldout_v86_values.lk_nic_birth(r[0]) == (
        r[1].year, (date(2000, r[1].month, r[1].day) - date(2000, 1, 1)).days + 1)) == 0


def test_when_a_decoy_is_shaped_like_a_national_number_then_it_fails_that_numbers_check(v86) -> None:
    decoys = [("PMLIB.TMMAST", "TMLSNO", ssn.is_valid), ("CorredoraStgo.ContratosArriendo", "FolioContrato",
                                                         rut.is_valid),
              ("βραχυχρόνιες_μισθώσεις_χανίων.ιδιοκτήτες", "ΑΜΑ", amka.is_valid),
              ("агентство_нск.выписки_егрн", "номер_договора", inn.is_valid),
              ("nieruchomosci_krakow.umowy_posrednictwa", "nr_umowy", pesel.is_valid)]
    for table, name, check in decoys:
        column = _column(v86, table, name)
        values = [str(x) for x in _real(column.values)]
        assert column.kind == "none" and "value_shape" in column.tags, name
        assert len(values) >= 100 and _hits(values, check) == 0, name
    shaped = _tagged(v86, "value_shape")
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(v86) -> None:
    versions = set()
    ips = [c for c in _columns(v86) if c.kind == "ip_address"]
    assert len(ips) >= 2
    for column in ips:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {
    "summit_str.reservations": "US", "LetRef.TenantReferences": "GB", "inspectHub.openHomeAttendees": "AU",
    STAGING: "CA", "KABULONGA_PM.TENANT_LEDGER": "ZM", "auction_cork.bidder_registrations": "IE",
    "PMLIB.TMMAST": "US", "LANKALAND.BLKBUYER": "LK", "SAPRE.ZRE_MIETER_NK": "DE",
    "gestion_locative_lille.dossiers_candidats": "FR", "CorredoraStgo.ContratosArriendo": "CL",
    "βραχυχρόνιες_μισθώσεις_χανίων.ιδιοκτήτες": "GR", "агентство_нск.выписки_егрн": "RU",
    "condominios_lx.quotasCondominos": "PT", "nieruchomosci_krakow.umowy_posrednictwa": "PL",
}


def _phone_ok(value: object, region: str) -> bool:
    """A valid number of ``region``, written nationally, internationally or as an MSISDN number."""
    for text, default in ((str(value), region), (f"+{value}", None)):
        try:
            number = phonenumbers.parse(text, default)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region:
            return True
    return False


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid_in_its_tables_region(v86) -> None:
    phones = [(t, c) for t in v86 for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20 and {t.name for t, _ in phones} == TABLES
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [x for x in _real(column.values) if x != 0]
        assert len(values) >= 50, f"{table.name}.{column.name}"
        assert _misses(values, lambda x, r=region: _phone_ok(x, r)) == 0, f"{table.name}.{column.name}"
    business = [c for t in v86 for c in t.columns if c.name in ("BranchPhone", "officePhone")]
    assert len(business) == 2 and all(c.kind == "none" and "business" in c.tags for c in business)


#: (table, postal-code column) -> its country's shape
POSTCODES = {
    ("summit_str.reservations", "guest_home_zip"): r"\d{5}",
    ("LetRef.TenantReferences", "CurrentPostcode"): r"B[SA]\d{1,2} \d[A-Z]{2}",
    ("LetRef.TenantReferences", "User2"): r"B[SA]\d{1,2} \d[A-Z]{2}",
    ("inspectHub.openHomeAttendees", "attendeePostcode"): r"7\d{3}",
    (STAGING, "src_crm_col10"): r"S\d[A-Z] \d[A-Z]\d",
    ("auction_cork.bidder_registrations", "eircode"): r"[A-Z]\d{2} [0-9ACDEFHKNPRTVWXY]{4}",
    ("PMLIB.TMMAST", "TMZIP"): r"\d{4}",
    ("LANKALAND.BLKBUYER", "BB-POSTAL-CD"): r"[26]\d{4}",
    ("SAPRE.ZRE_MIETER_NK", "PSTLZ"): r"04\d{3}",
    ("gestion_locative_lille.dossiers_candidats", "code_postal"): r"59\d{3}",
    ("βραχυχρόνιες_μισθώσεις_χανίων.ιδιοκτήτες", "ΤΚ"): r"\d{3} \d{2}",
    ("condominios_lx.quotasCondominos", "codigoPostal"): r"[12]\d{3}-\d{3}",
    ("nieruchomosci_krakow.umowy_posrednictwa", "kod_pocztowy"): r"3[0-2]-\d{3}",
}


def test_when_a_column_is_labeled_postal_code_then_every_value_has_its_countrys_shape(v86) -> None:
    found = {(t.name, c.name) for t in v86 for c in t.columns if c.kind == "postal_code"}
    assert found == set(POSTCODES)
    for (table, name), shape in POSTCODES.items():
        values = [str(x) for x in _values(v86, table, name) if x != 0]
        assert len(values) >= 100 and _misses(values, lambda x, s=shape: re.fullmatch(s, x) is not None) == 0, name


def test_when_a_column_is_labeled_email_then_every_value_is_an_address(v86) -> None:
    emails = [c for c in _columns(v86) if c.kind == "email"]
    assert len(emails) >= 15
    for column in emails:
        values = [str(x) for x in _real(column.values)]
        assert len(values) >= 50, column.name
        assert _misses(values, lambda x: re.fullmatch(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", x)
                       is not None) == 0, column.name


def test_when_a_column_is_labeled_date_of_birth_then_every_value_is_a_plausible_birth_date(v86) -> None:
    births = [c for c in _columns(v86) if c.kind == "date_of_birth"]
    assert {c.sql_type for c in births} >= {"DATE", "VARCHAR", "DECIMAL(7,0)", "DECIMAL(8,0)", "CHAR(8)"}
    for column in births:
        values = [x for x in _real(column.values) if x != 0]
        if column.sql_type == "DATE":
            days = values
        elif column.sql_type == "VARCHAR":
            days = [datetime.strptime(x, next(f for f in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y")
                                              if re.fullmatch(_FORMAT_SHAPES[f], x))).date() for x in values]
        else:
            days = [_date_number(x, column.sql_type) for x in values]
        assert len(days) >= 100, column.name
        assert _misses(days, lambda d: date(1925, 1, 1) <= d <= date(2008, 1, 1)) == 0, column.name


_FORMAT_SHAPES = {"%Y-%m-%d": r"\d{4}-\d{2}-\d{2}", "%d/%m/%Y": r"\d{2}/\d{2}/\d{4}",
                  "%d.%m.%Y": r"\d{2}\.\d{2}\.\d{4}"}


def test_when_coordinates_are_built_then_they_are_a_sites_and_none(v86) -> None:
    coords = _tagged(v86, "coordinates")
    assert len(coords) == 4 and all(c.kind == "none" and c.sql_type == "DOUBLE" for c in coords)
    for column in coords:
        assert all(-180 <= x <= 180 for x in column.values), column.name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(v86) -> None:
    for table in v86:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            values = [str(x) for x in _real(column.values)]
            assert _hits(values, lambda x, p=private: x in p) == 0, f"{table.name}.{column.name}"


def test_when_the_value_modules_are_read_then_they_import_no_faker_no_classifier_and_no_earlier_set(v86) -> None:
    for module in (heldout_v86, heldout_v86_values):
        source = Path(module.__file__).read_text(encoding="utf-8")
        tree = ast.parse(source)
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "86"}, module.__name__
        assert not any(clock in source for clock in ("now(", "today(", "time.time", "utcnow")), module.__name__


def test_when_the_scorer_builds_set_v86_then_the_file_holds_every_table_with_its_rows(v86_file) -> None:
    built, path = v86_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
            names = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
                " ORDER BY ordinal_position", [schema, name]).fetchall()]
            assert names == [c.name for c in table.columns], table.name
    assert heldout_v86.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v86"].DEFAULT_PATH == Path("/tmp/heldout_v86.duckdb")
