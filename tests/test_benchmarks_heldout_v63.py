"""Held-out set v63: its size, domains, languages, labels, row counts, NULL, NULL-word and blank shares, the column
names spreadsheets and form tools make (questions, units and punctuation, flattened two-row headers, pandas'
``Unnamed: N``, ``column_N``, ``fieldN``, Excel's ``Spalte1``/``Colonna1``/``KOLUMNA1`` and spreadsheet letters),
values typed by people (dates in several formats in one column, phones in many formats), opaque and source-prefixed
fields, mixed-kind cells, identifiers' check digits, phones' validity, decoys with check digits, business columns
and misleading names are the ones asked for, and it is the same on every build (values are only counted or checked
here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
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
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import vat as gb_vat
from stdnum.it import codicefiscale
from stdnum.nl import btw
from stdnum.pl import nip, pesel
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v63, heldout_v63_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: nine tables in English, one each in German, French, Spanish, Dutch, Italian and Polish
LANGUAGES = {"en", "de", "fr", "es", "nl", "it", "pl"}

#: every table of the set: spreadsheet and CSV imports landed in a data lake, one organisation per table
TABLES = {
    "gforms_raw.hospice_5k_form_responses",
    "typeform_raw.foster_volunteer_applications",
    "sheets_landing.sales_leads_q3",
    "teacher_uploads.yr7_8_class_lists",
    "landlord_xls.tenant_register",
    "crm_csv.contacts_export_20250914",
    "shop_csv.etsy_sold_orders_2025",
    "pandas_dump.camp_registrations_2025",
    "surveymonkey_raw.choir_member_survey_2025",
    "vereinsfest.helferliste_2025",
    "gforms_import.inscriptions_sejour_ski_2026",
    "hojas_inscripcion.torneoPadelOtono",
    "webshop_export.KlantenExport",
    "grest_parrocchia.iscrizioni_grest_2025",
    "import_csv.ZAPISY_KURSY_JESIEN_2025",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v63")
_cells = heldout_support.Cells(heldout_v63.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _tagged(built, tag: str) -> list:
    return [c for c in _columns(built) if tag in c.tags]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v63, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 400 <= len(columns) <= 480
    assert 0.40 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.60
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 9
    assert all(sum(t.language == lang for t in built) == 1 for lang in LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {
        "decoy",
        "business",
        "null_heavy",
        "nullword_heavy",
        "mostly_empty",
        "abbrev",
        "username",
        "value_shape",
        "misleading",
        "staff",
        "role_word",
        "premises",
        "join_key",
        "multi_value",
        "placeholder",
        "partial",
        "credential",
        "mixed_kinds",
        "opaque",
        "source_prefix",
        "check_digit",
        "coordinates",
        "product_name",
        "question_header",
        "unit_header",
        "auto_named",
        "merged_header",
        "typed_date",
        "mixed_format",
        "typed_signature",
        "lake_meta",
    } <= tags
    assert {"snake", "camel", "pascal", "screaming", "question", "spaced", "merged", "letters"} == {
        t.style for t in built
    }


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v63.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (
        c
        for c in _columns(built)
        if c.tags
        & {
            "business",
            "decoy",
            "join_key",
            "partial",
            "credential",
            "check_digit",
            "coordinates",
            "product_name",
            "lake_meta",
            "mostly_empty",
        }
    ):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"mixed_kinds"}):
        assert column.kind == "free_text", column.name
    for column in (c for c in _columns(built) if c.tags & {"placeholder", "typed_signature", "multi_value"}):
        assert column.kind != "none", column.name
    for column in _tagged(built, "typed_date"):
        assert column.kind in {"date_of_birth"}, column.name
    for column in _tagged(built, "mixed_format"):
        assert column.kind == "phone", column.name


def test_when_a_tool_names_a_column_then_the_name_matches_its_position(built) -> None:
    auto = _tagged(built, "auto_named")
    assert len(auto) >= 35
    assert {c.kind for c in auto} >= {"none", "phone", "email", "first_name", "credit_card", "date_of_birth"}
    for table in built:
        for i, column in enumerate(table.columns):
            m = re.fullmatch(r"Unnamed: (\d+)", column.name)
            assert not m or int(m.group(1)) == i, column.name
            m = re.fullmatch(r"column_(\d+)", column.name)
            assert not m or int(m.group(1)) == i + 1, column.name
    letters = [c.name for c in next(t for t in built if t.style == "letters").columns if "lake_meta" not in c.tags]
    expected = [chr(65 + i) if i < 26 else "A" + chr(65 + i - 26) for i in range(len(letters))]
    assert letters == expected
    names = {c.name for c in auto}
    assert {
        "Unnamed: 25",
        "Unnamed: 26",
        "column_27",
        "column_28",
        "field12",
        "field13",
        "Spalte1",
        "Spalte2",
        "Column1",
        "Colonna1",
        "KOLUMNA1",
        "#",
        "C",
        "V",
    } <= names


def test_when_a_header_is_a_question_a_unit_or_a_merged_header_then_its_name_shows_it(built) -> None:
    questions = _tagged(built, "question_header")
    assert len(questions) >= 30
    assert (
        _misses([c.name for c in questions], lambda n: "?" in n or "(" in n or " - " in n or len(str(n).split()) >= 3)
        == 0
    )
    units = _tagged(built, "unit_header")
    assert len(units) >= 30
    assert _misses([c.name for c in units], lambda n: bool(re.search(r"[#()./+–€$£?°-]", str(n)))) == 0
    merged = _tagged(built, "merged_header")
    assert len(merged) >= 35
    assert _misses([c.name for c in merged], lambda n: "_" in str(n) or " - " in str(n)) == 0
    assert sum(" " in c.name for c in _columns(built)) >= 150


def _shape(text: str) -> str:
    return re.sub(r"[A-Za-z]+", "a", re.sub(r"\d", "9", text))


def test_when_dates_are_typed_by_people_then_a_column_mixes_formats(built) -> None:
    typed = _tagged(built, "typed_date")
    assert len(typed) >= 9
    for column in typed:
        values = [str(x) for x in _real(column.values)]
        assert len(values) >= 50 and len({_shape(x) for x in values}) >= 2, column.name
        years = [int(m.group(0)) for x in values for m in [re.search(r"(19|20)\d\d", x)] if m]
        assert len(years) >= 0.6 * len(values) and min(years) >= 1940 and max(years) <= 2019, column.name


def test_when_phones_are_typed_by_people_then_a_column_mixes_formats(built) -> None:
    mixed = _tagged(built, "mixed_format")
    assert len(mixed) >= 14
    for column in mixed:
        values = [str(x) for x in _real(column.values)]
        assert len({_shape(x) for x in values}) >= 3, column.name
    padded = [c for c in mixed if _hits([x for x in c.values if isinstance(x, str)], lambda x: x != x.strip()) >= 3]
    assert len(padded) >= 8


def test_when_a_column_is_a_join_key_a_credential_or_lake_metadata_then_it_is_none(built) -> None:
    keys = _tagged(built, "join_key")
    assert len(keys) >= 15
    creds = _tagged(built, "credential")
    assert {"X", "Keys (set #)", "Garage remote code", "VrijVeld1"} <= {c.name for c in creds}
    lake = _tagged(built, "lake_meta")
    assert len(lake) == 18 and {c.name for c in lake} == {"_source_file", "_loaded_at", "_row_md5"}
    for column in (c for c in lake if c.name == "_row_md5"):
        assert _misses(column.values, lambda x: bool(re.fullmatch(r"[0-9a-f]{32}", str(x)))) == 0


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = _tagged(built, "partial")
    assert {"deposit_card_last4"} <= {c.name for c in cut}
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = _tagged(built, "placeholder")
    assert len(dirty) >= 3
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 3 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_a_cell_mixes_kinds_then_rows_hold_names_phones_or_addresses(built) -> None:
    mixed = _tagged(built, "mixed_kinds")
    assert {"src_crm_col17", "Emergency Contact", "Personne à prévenir en cas d'urgence (nom et téléphone)"} <= {
        c.name for c in mixed
    }
    for column in mixed:
        values = [str(x) for x in _real(column.values)]
        phones = _hits(values, lambda x: len(re.sub(r"\D", "", x)) >= 8)
        worded = _hits(values, lambda x: bool(re.search(r"[A-Za-zÀ-ÿ]{3,}", x)))
        assert phones >= 10 and worded >= 10, column.name


def test_when_names_mislead_then_personal_values_hide_behind_them_and_name_like_headers_hold_things(built) -> None:
    misleading = {c.name: c.kind for c in _tagged(built, "misleading")}
    assert {"Unnamed: 25", "column_28", "field12", "Spalte2"} <= set(misleading)
    assert {misleading[n] for n in ("Unnamed: 25", "column_28", "field12")} == {"phone"}
    assert misleading["Spalte2"] == "email"
    assert {"Item Name", "boat_name", "Team name (optional)", "Squadra"} <= {
        c.name for c in _tagged(built, "product_name")
    }
    opaque = _tagged(built, "opaque")
    assert {c.kind for c in opaque} >= {"none", "ssn", "date_of_birth", "email", "phone", "free_text"}
    assert {"udf_03", "udf_07", "misc_1", "VrijVeld2", "POLE_DOD_2", "src_crm_col17"} <= {c.name for c in opaque}


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = _tagged(built, "role_word")
    assert len(role) >= 20 and all(c.kind in PERSON_KINDS for c in role)
    signatures = _tagged(built, "typed_signature")
    assert len(signatures) == 2 and {c.kind for c in signatures} == {"person_name"}


def test_when_a_cell_holds_several_names_then_some_cells_hold_a_separator(built) -> None:
    multi = _tagged(built, "multi_value")
    assert len(multi) >= 1 and all(c.kind == "person_name" for c in multi)
    for column in multi:
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: bool(re.search(r"[,;/]", x))) >= 20, column.name


def test_when_coordinates_are_built_then_they_are_a_business_place_and_none(built) -> None:
    coords = _tagged(built, "coordinates")
    assert len(coords) == 2 and all(c.kind == "none" and c.sql_type == "DOUBLE" for c in coords)


def test_when_a_home_is_named_as_a_property_then_it_is_labeled_personal(built) -> None:
    premises = _tagged(built, "premises")
    assert len(premises) == 3
    assert {c.kind for c in premises} == {"street_address", "city", "postal_code"}


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = _tagged(built, "null_heavy")
    assert len(heavy) >= 25
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = _tagged(built, "nullword_heavy")
    assert len(heavy) >= 5
    for column in heavy:
        assert column.kind != "none", column.name
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_mostly_empty_then_it_is_none_and_mostly_null_or_blank(built) -> None:
    empty = _tagged(built, "mostly_empty")
    assert len(empty) >= 12
    for column in empty:
        assert column.kind == "none", column.name
        assert 0.50 <= sum(_nullish(x) for x in column.values) / len(column.values) <= 0.99, column.name


def test_when_a_column_is_not_tagged_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy", "mostly_empty"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, (
                    f"{table.name}.{column.name}"
                )


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = _tagged(built, "staff")
    assert len(staff) >= 10
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert {"person_name", "first_name"} == {c.kind for c in staff}


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("crm_csv.contacts_export_20250914", "udf_03", ssn.is_valid),
    ("pandas_dump.camp_registrations_2025", "V", luhn.is_valid),
    ("gforms_import.inscriptions_sejour_ski_2026", "N° de sécurité sociale auquel l'enfant est rattaché", nir.is_valid),
    ("hojas_inscripcion.torneoPadelOtono", "dniNie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("hojas_inscripcion.torneoPadelOtono", "ibanDevolucion", iban.is_valid),
    ("vereinsfest.helferliste_2025", "IBAN (für Aufwandsentschädigung)", iban.is_valid),
    ("webshop_export.KlantenExport", "IBAN", iban.is_valid),
    ("grest_parrocchia.iscrizioni_grest_2025", "Codice Fiscale", codicefiscale.is_valid),
    ("grest_parrocchia.iscrizioni_grest_2025", "CF genitore (per detrazione)", codicefiscale.is_valid),
    ("grest_parrocchia.iscrizioni_grest_2025", "IBAN per rimborso", iban.is_valid),
    ("import_csv.ZAPISY_KURSY_JESIEN_2025", "PESEL", pesel.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [
        str(x).replace(" ", "").replace("-", "")
        for x in _values(built, table, column)
        if str(x).strip() not in {"en cours", "brak"}
    ]
    assert len(values) >= 20 and _misses(values, check) == 0


def _parse_date(text: str) -> date | None:
    text = text.strip()
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def test_when_a_national_id_is_built_then_it_encodes_the_date_of_birth_of_its_row(built) -> None:
    for table, idc, dob, get in (
        ("import_csv.ZAPISY_KURSY_JESIEN_2025", "PESEL", "DATA_UR", pesel.get_birth_date),
        ("grest_parrocchia.iscrizioni_grest_2025", "Codice Fiscale", "Data di nascita", codicefiscale.get_birth_date),
    ):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, _parse_date(d)) for p, d in rows if p and p not in {"brak"} and d]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


def test_when_a_decoy_carries_a_check_digit_then_it_passes_its_own_check_and_is_none(built) -> None:
    for table, name, check in (
        ("sheets_landing.sales_leads_q3", "VAT No.", gb_vat.is_valid),
        ("webshop_export.KlantenExport", "BtwNummer", btw.is_valid),
        ("import_csv.ZAPISY_KURSY_JESIEN_2025", "NIP", nip.is_valid),
        ("shop_csv.etsy_sold_orders_2025", "Tracking Number", heldout_v63_values.s10_valid),
    ):
        values = [str(x) for x in _values(built, table, name)]
        assert len(values) >= 20 and _misses(values, check) == 0, name
        assert "check_digit" in _column(built, table, name).tags
    shaped = _tagged(built, "value_shape")
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_email_then_every_value_is_an_address(built) -> None:
    emails = [c for c in _columns(built) if c.kind == "email"]
    assert len(emails) >= 15
    for column in emails:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-zA-Z]+", x))) == 0, (
            column.name
        )
    assert _hits([str(x) for c in emails for x in c.values if x], lambda x: x != x.lower()) >= 30


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {
    "gforms_raw.hospice_5k_form_responses": "CA",
    "typeform_raw.foster_volunteer_applications": "IE",
    "sheets_landing.sales_leads_q3": "GB",
    "teacher_uploads.yr7_8_class_lists": "NZ",
    "landlord_xls.tenant_register": "AU",
    "crm_csv.contacts_export_20250914": "US",
    "pandas_dump.camp_registrations_2025": "US",
    "surveymonkey_raw.choir_member_survey_2025": "US",
    "vereinsfest.helferliste_2025": "DE",
    "gforms_import.inscriptions_sejour_ski_2026": "FR",
    "hojas_inscripcion.torneoPadelOtono": "ES",
    "webshop_export.KlantenExport": "NL",
    "grest_parrocchia.iscrizioni_grest_2025": "IT",
    "import_csv.ZAPISY_KURSY_JESIEN_2025": "PL",
}


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 28
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
    for module in (heldout_v63, heldout_v63_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {
            f"{node.module}.{alias.name}"
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "63"}, module.__name__


def test_when_the_scorer_builds_set_v63_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
            names = [
                r[0]
                for r in con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
                    " ORDER BY ordinal_position",
                    [schema, name],
                ).fetchall()
            ]
            assert names == [c.name for c in table.columns], table.name
    assert heldout_v63.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v63"].DEFAULT_PATH == Path("/tmp/heldout_v63.duckdb")
