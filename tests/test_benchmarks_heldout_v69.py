"""Held-out set v69: its size, domains, languages, naming styles, labels, row counts, NULL and NULL-word shares,
opaque and misleading columns, identifiers with check digits, decoys with check digits, phones and addresses are the
ones asked for, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import sys
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban
from stdnum.au import abn, tfn
from stdnum.ca import bn
from stdnum.es import cif, nif
from stdnum.fr import siret
from stdnum.gb import upn
from stdnum.ie import pps
from stdnum.in_ import gstin, pan
from stdnum.it import codicefiscale, iva
from stdnum.ke import pin
from stdnum.nl import brin, bsn, btw, onderwijsnummer
from stdnum.pl import nip, pesel, regon
from stdnum.ru import inn, ogrn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v69, heldout_v69_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: English in eight tables, one table each in seven other languages
LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pl", "ru"}

TABLES = {
    "commencement.guest_tickets",
    "EXAMS_ENTRIES.CANDIDATE_ENTRY",
    "PicDay.PhotoOrders",
    "vettingPortal.teacherChecks",
    "admissions.junior_infants_applications",
    "sa_uni_admissions.ug_applicant",
    "tutornest.sessionBookings",
    "EduLoans.LoanApplications",
    "vhs_anmeldung.kursbelegung",
    "portailFamille.paiementsCantine",
    "becas_propias.solicitudes",
    "servizi_infanzia.graduatoria_nido",
    "Leerlingenvervoer.RittenLeerlingen",
    "poradnia_pp.plany_ipet",
    "языковая_школа.слушатели",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v69")
_cells = heldout_support.Cells(heldout_v69.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v69, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 400 <= len(columns) <= 480
    assert 0.33 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.50
    assert {t.name for t in built} == TABLES
    assert all(24 <= len(t.columns) <= 34 for t in built)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "credit_card"} <= {c.kind for c in columns}
    assert {"snake", "camel", "pascal", "screaming", "native"} <= {t.style for t in built}


def test_when_the_set_is_built_then_every_tag_asked_for_is_there(built) -> None:
    tags = {tag for c in _columns(built) for tag in c.tags}
    assert {
        "decoy",
        "business",
        "null_heavy",
        "nullword_heavy",
        "abbrev",
        "username",
        "value_shape",
        "misleading",
        "staff",
        "audit",
        "role_word",
        "service_account",
        "premises",
        "join_key",
        "multi_value",
        "json_blob",
        "partial",
        "tokenized",
        "check_digit",
        "child",
        "mixed_kinds",
        "locality",
        "hashed",
        "version",
        "coordinates",
        "opaque",
    } <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v69.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    columns = _columns(built)
    for column in (
        c
        for c in columns
        if c.tags
        & {
            "business",
            "decoy",
            "service_account",
            "join_key",
            "tokenized",
            "partial",
            "check_digit",
            "hashed",
            "version",
            "coordinates",
        }
    ):
        assert column.kind == "none", column.name
    for column in (c for c in columns if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in columns if c.tags & {"username"} or c.kind == "unclassified"):
        assert column.kind == "unclassified" and "username" in column.tags, column.name
    for column in (c for c in columns if c.tags & {"mixed_kinds", "json_blob"}):
        assert column.kind == "free_text", column.name
    assert {c.kind for c in columns if "locality" in c.tags} == {"city"}


def test_when_a_field_is_opaque_then_some_hold_personal_data_and_some_none(built) -> None:
    opaque = {c.name: c.kind for c in _columns(built) if "opaque" in c.tags}
    assert len(opaque) >= 20
    assert {
        "misc_1",
        "misc_2",
        "ATTR7",
        "ATTR8",
        "udf_03",
        "udf_04",
        "src_crm_col17",
        "src_crm_col18",
        "Attr7",
        "feld1",
        "feld2",
        "champLibre2",
        "campo_libre_2",
        "pole_2",
        "доп_поле_2",
    } <= set(opaque)
    assert sum(k == "none" for k in opaque.values()) >= 8 and sum(k != "none" for k in opaque.values()) >= 10


def test_when_names_mislead_then_the_labels_follow_the_values(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert misleading["code"] == "national_id" and misleading["Notes2"] == "person_name"
    assert misleading["ParentEmailTemplate"] == "none" and misleading["CAND_NAME_FORMAT"] == "none"
    codes = _values(built, "servizi_infanzia.graduatoria_nido", "code")
    assert len(codes) >= 100 and _misses(codes, codicefiscale.is_valid) == 0


def test_when_a_column_mixes_kinds_then_phones_emails_and_names_all_occur(built) -> None:
    values = [str(x) for x in _values(built, "sa_uni_admissions.ug_applicant", "src_crm_col17")]
    emails = _hits(values, lambda x: "@" in x)
    phones = _hits(values, lambda x: bool(re.fullmatch(r"[0-9 ]{9,}", x)))
    assert emails >= 50 and phones >= 50 and len(values) - emails - phones >= 50


def test_when_people_are_under_role_words_then_they_are_person_kinds(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind in PERSON_KINDS | {"free_text"} for c in role)
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 10
    for column in staff:
        assert column.kind in PERSON_KINDS and 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_a_cell_holds_several_people_then_some_cells_hold_a_separator(built) -> None:
    values = [str(x) for x in _values(built, "commencement.guest_tickets", "guest_names")]
    assert _hits(values, lambda x: ";" in x) >= 100


def test_when_a_column_holds_json_then_every_document_parses_and_names_people(built) -> None:
    values = [str(x) for x in _values(built, "becas_propias.solicitudes", "unidad_familiar_json")]
    assert len(values) >= 200 and _misses(values, lambda x: isinstance(json.loads(x), list)) == 0
    assert _hits(values, lambda x: any(m.get("dni") for m in json.loads(x))) >= 100


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    for column in (c for c in _columns(built) if "partial" in c.tags):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.search(r"(^|\s)[0-9]{4}$", x))) == 0, column.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
    for column in heavy:
        assert column.kind != "none" and 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 8
    for column in heavy:
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert column.kind != "none" and 0.70 <= share <= 0.95, column.name


def test_when_a_personal_column_is_not_tagged_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(
    built,
) -> None:
    for table in built:
        for column in (c for c in table.columns if c.kind != "none" and not c.tags & {"null_heavy", "nullword_heavy"}):
            assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
            assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, f"{table.name}.{column.name}"


def test_when_the_set_is_built_then_every_table_has_300_to_480_rows(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 300 <= lengths.pop() <= 480, table.name


def _es_id(x: str) -> bool:
    return nif.is_valid(x)


#: (table, column, check) for every column of personal identifiers with a check digit
CHECKED: list[tuple[str, str, object]] = [
    ("EXAMS_ENTRIES.CANDIDATE_ENTRY", "UPN", upn.is_valid),
    ("vettingPortal.teacherChecks", "tfn", tfn.is_valid),
    ("admissions.junior_infants_applications", "child_ppsn", pps.is_valid),
    ("sa_uni_admissions.ug_applicant", "appl_id_no", idnr.is_valid),
    ("tutornest.sessionBookings", "tutorPan", pan.is_valid),
    ("EduLoans.LoanApplications", "KraPin", pin.is_valid),
    ("vhs_anmeldung.kursbelegung", "iban", iban.is_valid),
    ("portailFamille.paiementsCantine", "ibanPrelevement", iban.is_valid),
    ("becas_propias.solicitudes", "nif_nie", _es_id),
    ("becas_propias.solicitudes", "iban_abono", iban.is_valid),
    ("servizi_infanzia.graduatoria_nido", "cf_richiedente", codicefiscale.is_valid),
    ("Leerlingenvervoer.RittenLeerlingen", "Bsn", bsn.is_valid),
    ("Leerlingenvervoer.RittenLeerlingen", "Onderwijsnummer", onderwijsnummer.is_valid),
    ("языковая_школа.слушатели", "инн", inn.is_valid),
    ("языковая_школа.слушатели", "снилс", heldout_v69_values.snils_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_national_id_is_built_then_it_encodes_the_date_of_birth_of_its_row(built) -> None:
    for table, idc, dob, get in (
        ("sa_uni_admissions.ug_applicant", "appl_id_no", "appl_dob", idnr.get_birth_date),
        ("poradnia_pp.plany_ipet", "pesel", "data_urodzenia", pesel.get_birth_date),
        (
            "servizi_infanzia.graduatoria_nido",
            "cf_bambino",
            "data_nascita",
            lambda x: codicefiscale.get_birth_date(x, minyear=1930),
        ),
    ):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


#: (table, column, check) for decoys with check digits (company, VAT and school numbers: none)
DECOYS: list[tuple[str, str, object]] = [
    ("PicDay.PhotoOrders", "PhotographerBn", bn.is_valid),
    ("vettingPortal.teacherChecks", "schoolAbn", abn.is_valid),
    ("tutornest.sessionBookings", "platformGstin", gstin.is_valid),
    ("portailFamille.paiementsCantine", "siretCommune", siret.is_valid),
    ("becas_propias.solicitudes", "cif_universidad", cif.is_valid),
    ("servizi_infanzia.graduatoria_nido", "piva_gestore", iva.is_valid),
    ("Leerlingenvervoer.RittenLeerlingen", "SchoolBrin", brin.is_valid),
    ("Leerlingenvervoer.RittenLeerlingen", "VervoerderBtw", btw.is_valid),
    ("poradnia_pp.plany_ipet", "regon_szkoly", regon.is_valid),
    ("poradnia_pp.plany_ipet", "nip_poradni", nip.is_valid),
    ("языковая_школа.слушатели", "инн_школы", inn.is_valid),
    ("языковая_школа.слушатели", "огрн_школы", ogrn.is_valid),
]


def test_when_a_decoy_has_a_check_digit_then_it_passes_its_own_check_and_is_none(built) -> None:
    for table, name, check in DECOYS:
        col = _column(built, table, name)
        values = [str(x) for x in _real(col.values)]
        assert col.kind == "none" and "check_digit" in col.tags, name
        assert values and _misses(values, check) == 0, name
    assert len([c for c in _columns(built) if "check_digit" in c.tags]) == len(DECOYS)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {
    "commencement.guest_tickets": "US",
    "EXAMS_ENTRIES.CANDIDATE_ENTRY": "GB",
    "PicDay.PhotoOrders": "CA",
    "vettingPortal.teacherChecks": "AU",
    "admissions.junior_infants_applications": "IE",
    "sa_uni_admissions.ug_applicant": "ZA",
    "tutornest.sessionBookings": "IN",
    "EduLoans.LoanApplications": "KE",
    "vhs_anmeldung.kursbelegung": "DE",
    "portailFamille.paiementsCantine": "FR",
    "becas_propias.solicitudes": "ES",
    "servizi_infanzia.graduatoria_nido": "IT",
    "Leerlingenvervoer.RittenLeerlingen": "NL",
    "poradnia_pp.plany_ipet": "PL",
    "языковая_школа.слушатели": "RU",
}


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid_for_its_country(built) -> None:
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
    for module in (heldout_v69, heldout_v69_values):
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
        assert earlier <= {"2", "4", "69"}, module.__name__


def test_when_the_scorer_builds_set_v69_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v69.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v69"].DEFAULT_PATH == Path("/tmp/heldout_v69.duckdb")
