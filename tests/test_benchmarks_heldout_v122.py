"""Held-out set v122: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits, phones valid for their region, decoys failing their checks and its determinism
are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import ean, iban, luhn
from stdnum.ca import sin
from stdnum.ch import ssn as avs
from stdnum.cz import rc
from stdnum.dk import cpr
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.it import codicefiscale
from stdnum.my import nric
from stdnum.pt import cc, nif
from stdnum.se import personnummer
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v122
from benchmarks.classification import heldout_v122_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "da", "cs", "sv", "el", "fr", "pt", "it"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v122")
_cells = heldout_support.Cells(heldout_v122.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v122, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "username", "practitioner_id", "clinical",
            "check_digit"} <= tags
    assert {k.value for k in Kind} == {c.kind for c in columns}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v122.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "practitioner_id", "clinical"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
    for col in heavy:
        assert col.kind != "none" and 0.50 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 7
    for col in heavy:
        share = sum(_nullish(x) for x in col.values) / len(col.values)
        assert col.kind != "none" and 0.70 <= share <= 0.95, col.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if not col.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert sum(_nullish(x) for x in col.values) / len(col.values) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 12
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {"guarantor_name", "ResponsiblePartySin", "EMERGENCY_CONTACT_NAME", "foraelder_navn", "zakonny_zastupce",
            "κηδεμόνας", "representantLegal", "garante_finanziamento", "carerName"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 13
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("grkids_dental.patient_visits", "guarantor_ssn", ssn.is_valid),
    ("eyeExamsLeith.sightTests", "chiNumber", nhs.is_valid),
    ("OkanaganOrtho.TreatmentContracts", "PersonalHealthNumber", values.bc_phn_is_valid),
    ("OkanaganOrtho.TreatmentContracts", "ResponsiblePartySin", sin.is_valid),
    ("OPTIK_PJ.CUSTOMER_PRESCRIPTIONS", "MYKAD_NO", nric.is_valid),
    ("lensdirect_au.cl_ord", "mcare_no", values.medicare_is_valid),
    ("UWFLEGACY.DV_CLAIM_EXTRACT", "DV-MBR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("cds_cardiff.school_screening", "nhs_no", nhs.is_valid),
    ("boernetandpleje_odense.indkaldelser", "cpr_nr", cpr.is_valid),
    ("zubni_ordinace_olomouc.pacienti_vykony", "rodne_cislo", rc.is_valid),
    ("optiker_vasteras.synundersokningar", "personnummer", personnummer.is_valid),
    ("ορθοδοντικό_λάρισας.θεραπείες", "αμκα", amka.is_valid),
    ("ορθοδοντικό_λάρισας.θεραπείες", "αφμ", afm.is_valid),
    ("orthoLausanne.dossiersPatients", "numeroAvs", avs.is_valid),
    ("otica_coimbra.clientes_receitas", "nif", nif.is_valid),
    ("otica_coimbra.clientes_receitas", "cartao_cidadao", cc.is_valid),
    ("studio_dentistico_lecce.preventivi_pazienti", "codice_fiscale", codicefiscale.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    vals = _str(_values(built, table, name))
    assert len(vals) >= 80 and _misses(vals, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in (("orthoLausanne.dossiersPatients", "ibanRemboursement"),
                        ("otica_coimbra.clientes_receitas", "iban_reembolso"),
                        ("studio_dentistico_lecce.preventivi_pazienti", "iban_finanziamento")):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 60 and _misses(vals, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban"
    for table, name in (("OkanaganOrtho.TreatmentContracts", "CardOnFile"), ("lensdirect_au.cl_ord", "card_no")):
        cards = [x.replace(" ", "") for x in _str(_values(built, table, name))]
        assert len(cards) >= 80 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, name


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (
            ("boernetandpleje_odense.indkaldelser", "cpr_nr", "foedselsdato", cpr.get_birth_date),
            ("zubni_ordinace_olomouc.pacienti_vykony", "rodne_cislo", "datum_narozeni", rc.get_birth_date),
            ("optiker_vasteras.synundersokningar", "personnummer", "fodelsedatum",
             lambda x: personnummer.get_birth_date(x)),
            ("ορθοδοντικό_λάρισας.θεραπείες", "αμκα", "ημερομηνία_γέννησης", None),
            ("eyeExamsLeith.sightTests", "chiNumber", "dateOfBirth", None),
            ("OPTIK_PJ.CUSTOMER_PRESCRIPTIONS", "MYKAD_NO", "DATE_OF_BIRTH", None),
            ("studio_dentistico_lecce.preventivi_pazienti", "codice_fiscale", "data_nascita",
             codicefiscale.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        if get is None:
            def same(r: tuple) -> bool:
                digits = "".join(ch for ch in r[0] if ch.isdigit())
                d = r[1]
                return digits[:6] in (f"{d.day:02d}{d.month:02d}{d.year % 100:02d}",
                                      f"{d.year % 100:02d}{d.month:02d}{d.day:02d}")
            assert len(pairs) >= 100 and _misses(pairs, same) == 0, table
        else:
            assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]
                                                 or f(r[0]).replace(year=r[1].year) == r[1]) == 0, table


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "UWFLEGACY.DV_CLAIM_EXTRACT", "DV-PAT-DOB").values if x]
    assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    visits = _str(_values(built, "grkids_dental.patient_visits", "visit_number"))
    assert len(visits) >= 100 and _misses(visits, lambda x: len(x) == 11 and not ssn.is_valid(x)) == 0
    for table, name, check, size in (("eyeExamsLeith.sightTests", "gosClaimNo", nhs.is_valid, 10),
                                     ("zubni_ordinace_olomouc.pacienti_vykony", "cislo_faktury", rc.is_valid, 10),
                                     ("otica_coimbra.clientes_receitas", "numero_fatura", nif.is_valid, 9),
                                     ("stg_ngiti_cebu.src_patient_raw", "col13", luhn.is_valid, 12)):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, lambda x, f=check, n=size: len(x) == n and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    from stdnum.ch import uid
    from stdnum.cz import dic
    from stdnum.dk import cvr
    from stdnum.it import iva
    from stdnum.se import orgnr
    for table, name, check in (("boernetandpleje_odense.indkaldelser", "cvr_nr", cvr.is_valid),
                               ("zubni_ordinace_olomouc.pacienti_vykony", "ico_ordinace", dic.is_valid),
                               ("optiker_vasteras.synundersokningar", "org_nr", orgnr.is_valid),
                               ("ορθοδοντικό_λάρισας.θεραπείες", "αφμ_ιατρείου", afm.is_valid),
                               ("orthoLausanne.dossiersPatients", "ideCabinet", uid.is_valid),
                               ("otica_coimbra.clientes_receitas", "nif_loja", nif.is_valid),
                               ("otica_coimbra.clientes_receitas", "referencia_armacao", ean.is_valid),
                               ("studio_dentistico_lecce.preventivi_pazienti", "partita_iva_studio", iva.is_valid),
                               ("UWFLEGACY.DV_CLAIM_EXTRACT", "DV-PROV-NPI", lambda x: luhn.is_valid("80840" + x))):
        vals = _str(_values(built, table, name))
        assert vals and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none"


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "grkids_dental.patient_visits": "US", "eyeExamsLeith.sightTests": "GB", "OkanaganOrtho.TreatmentContracts": "CA",
    "OPTIK_PJ.CUSTOMER_PRESCRIPTIONS": "MY", "lensdirect_au.cl_ord": "AU", "UWFLEGACY.DV_CLAIM_EXTRACT": "US",
    "stg_ngiti_cebu.src_patient_raw": "PH", "cds_cardiff.school_screening": "GB",
    "boernetandpleje_odense.indkaldelser": "DK", "zubni_ordinace_olomouc.pacienti_vykony": "CZ",
    "optiker_vasteras.synundersokningar": "SE", "ορθοδοντικό_λάρισας.θεραπείες": "GR",
    "orthoLausanne.dossiersPatients": "CH", "otica_coimbra.clientes_receitas": "PT",
    "studio_dentistico_lecce.preventivi_pazienti": "IT",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("grkids_dental.patient_visits", "practice_phone"),
                        ("eyeExamsLeith.sightTests", "gpPracticePhone"),
                        ("cds_cardiff.school_screening", "school_phone"),
                        ("boernetandpleje_odense.indkaldelser", "klinik_telefon")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_values_are_built_then_greek_script_occurs(built) -> None:
    names = _values(built, "ορθοδοντικό_λάρισας.θεραπείες", "επώνυμο")
    assert len(names) >= 100
    assert _misses(names, lambda x: all("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_ngiti_cebu.src_patient_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    padded = [c for c in heldout_support.table(built, "UWFLEGACY.DV_CLAIM_EXTRACT").columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 5


def test_when_the_scorer_builds_set_v122_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v122.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v122"].DEFAULT_PATH == Path("/tmp/heldout_v122.duckdb")
