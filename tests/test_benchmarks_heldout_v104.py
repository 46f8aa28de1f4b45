"""Held-out set v104: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words,
custom fields, identifiers with check digits, phones valid for their region, decoys failing their checks and its
determinism are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ipaddress
import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.au import abn, tfn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.ie import pps
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.us import ssn
from stdnum.za import idnr as zaid

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v104
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "es", "it", "pl", "nl", "el"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v104")
_cells = heldout_support.Cells(heldout_v104.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v104, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "as400", "opaque"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "username"} <= tags
    kinds = {c.kind for c in columns}
    assert {"email", "person_name", "first_name", "last_name", "phone", "ssn", "national_id", "credit_card", "iban",
            "ip_address", "street_address", "postal_code", "city", "date_of_birth", "free_text", "unclassified",
            "none"} == kinds


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v104.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name


def test_when_the_set_is_built_then_every_table_has_200_to_1500_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 1_500, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        assert col.kind != "none" and 0.50 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 5
    for col in heavy:
        share = sum(_nullish(x) for x in col.values) / len(col.values)
        assert col.kind != "none" and 0.70 <= share <= 0.95, col.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if not col.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert sum(_nullish(x) for x in col.values) / len(col.values) < 0.70, f"{table.name}.{col.name}"


def test_when_a_sensitive_column_is_null_heavy_then_30_to_80_percent_is_null_in_many(built) -> None:
    mid = [c for c in _columns(built) if c.kind != "none" and 0.30 <= _null_share(c) <= 0.80]
    assert len(mid) >= 20


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 15
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 20 and all(c.kind != "none" for c in role)
    assert {"officiant_name", "SubjectForenames", "guarantorName", "ATTORNEY_1_NAME", "inf_nm", "BR-MOTHER-NAME",
            "adopter1_name", "ConiugeNominativo", "imie_ojca", "όνομα_μητέρας"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 12
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("tcclerk_vitals.marriage_licenses", "applicant1_ssn", ssn.is_valid),
    ("tcclerk_vitals.marriage_licenses", "applicant2_ssn", ssn.is_valid),
    ("onNameChange.deedApplications", "sinNumber", sin.is_valid),
    ("POA_REGISTER.NSW_ENDURING_POA", "PRINCIPAL_TFN", tfn.is_valid),
    ("gro_cork.dth_reg", "dec_ppsn", pps.is_valid),
    ("PMCBIRTH.BIRTH-REG-EXTRACT", "BR-FATHER-UID", aadhaar.is_valid),
    ("PMCBIRTH.BIRTH-REG-EXTRACT", "BR-MOTHER-UID", aadhaar.is_valid),
    ("stg_dha_civun.src_union_raw", "col03", zaid.is_valid),
    ("stg_dha_civun.src_union_raw", "col06", zaid.is_valid),
    ("notariat_lehel.urkundenrolle", "steuer_id", idnr.is_valid),
    ("ETACIV69.PCREGP", "PCNIR1", nir.is_valid),
    ("ETACIV69.PCREGP", "PCNIR2", nir.is_valid),
    ("colegio_notarial_sev.solicitudes_apostilla", "dni", dni.is_valid),
    ("ConsolatoSanPaolo.AnagrafeAire", "CodiceFiscale", codicefiscale.is_valid),
    ("ConsolatoSanPaolo.AnagrafeAire", "CpfBrasiliano", cpf.is_valid),
    ("nort_krakow.rejestr_testamentow", "pesel", pesel.is_valid),
    ("gem_utrecht.naturalisatie_ceremonie", "bsn", bsn.is_valid),
    ("lixiarxeio_thess.praxeis_gennisis", "αμκα", amka.is_valid),
    ("lixiarxeio_thess.praxeis_gennisis", "αφμ_πατέρα", afm.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    values = _str(_values(built, table, name))
    assert len(values) >= 80 and _misses(values, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    t = "stg_dha_civun.src_union_raw"
    rows = zip(_column(built, t, "col03").values, _column(built, t, "col04").values)
    assert _misses(list(rows), lambda r: zaid.get_birth_date(r[0]).strftime("%Y/%m/%d") == r[1]) == 0
    t = "nort_krakow.rejestr_testamentow"
    rows = zip(_column(built, t, "pesel").values, _column(built, t, "data_urodzenia").values)
    assert _misses(list(rows), lambda r: pesel.get_birth_date(r[0]) == r[1]) == 0
    t = "ConsolatoSanPaolo.AnagrafeAire"
    pairs = [(x, d) for x, d in zip(_column(built, t, "CodiceFiscale").values, _column(built, t, "DataNascita").values)
             if x is not None]
    assert len(pairs) >= 100
    assert _misses(pairs, lambda r: codicefiscale.get_birth_date(r[0], minyear=1935) == r[1]) == 0


def test_when_payment_columns_are_built_then_cards_pass_luhn_and_ibans_their_check(built) -> None:
    cards = [x.replace(" ", "") for x in _str(_values(built, "GroCertOrders.CertificateOrders", "CardNumber"))]
    assert len(cards) >= 100 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0
    for table, name in (("notariat_lehel.urkundenrolle", "iban_anderkonto"),
                        ("colegio_notarial_sev.solicitudes_apostilla", "iban_devolucion")):
        values = _str(_values(built, table, name))
        assert len(values) >= 80 and _misses(values, iban.is_valid) == 0, name


def test_when_ip_addresses_are_built_then_they_parse(built) -> None:
    for table, name in (("GroCertOrders.CertificateOrders", "ClientIp"),
                        ("colegio_notarial_sev.solicitudes_apostilla", "ip_solicitud")):
        assert _misses(_str(_values(built, table, name)), lambda x: bool(ipaddress.ip_address(x))) == 0


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "PMCBIRTH.BIRTH-REG-EXTRACT", "BR-DOB").values if x]
    ymd += [x for x in _column(built, "PMCBIRTH.BIRTH-REG-EXTRACT", "BR-REG-DT").values if x]
    assert _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    cyy = [x for n in ("PCDNA1", "PCDNA2", "PCDENR") for x in _column(built, "ETACIV69.PCREGP", n).values if x]
    assert _misses(cyy, lambda x: bool(date(1900 + x // 1_000_000 * 100 + x // 10_000 % 100, x // 100 % 100,
                                            x % 100))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    def fails(table: str, name: str, ok: object) -> None:
        values = _str(_values(built, table, name))
        assert len(values) >= 100 and _misses(values, ok) == 0, name

    fails("tcclerk_vitals.marriage_licenses", "license_number",
          lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and not ssn.is_valid(x))
    fails("onNameChange.deedApplications", "fileNumber",
          lambda x: re.fullmatch(r"\d{3}-\d{3}-\d{3}", x) and not luhn.is_valid(x.replace("-", "")))
    fails("PMCBIRTH.BIRTH-REG-EXTRACT", "BR-REG-NO", lambda x: len(x) == 12 and not aadhaar.is_valid(x))
    fails("stg_dha_civun.src_union_raw", "col12", lambda x: len(x) == 13 and not zaid.is_valid(x))
    fails("colegio_notarial_sev.solicitudes_apostilla", "num_expediente", lambda x: len(x) == 9 and not dni.is_valid(x))
    fails("nort_krakow.rejestr_testamentow", "numer_wpisu_nort", lambda x: len(x) == 11 and not pesel.is_valid(x))
    fails("gem_utrecht.naturalisatie_ceremonie", "zaaknummer", lambda x: len(x) == 9 and not bsn.is_valid(x))
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    abns = _str(_values(built, "POA_REGISTER.NSW_ENDURING_POA", "LODGING_FIRM_ABN"))
    assert abns and _misses(abns, abn.is_valid) == 0
    nips = _str(_values(built, "nort_krakow.rejestr_testamentow", "nip_kancelarii"))
    assert nips and _misses(nips, nip.is_valid) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "tcclerk_vitals.marriage_licenses": "US", "GroCertOrders.CertificateOrders": "GB",
    "onNameChange.deedApplications": "CA", "POA_REGISTER.NSW_ENDURING_POA": "AU", "gro_cork.dth_reg": "IE",
    "PMCBIRTH.BIRTH-REG-EXTRACT": "IN", "stg_dha_civun.src_union_raw": "ZA", "lagos_hc_adoption.adoption_orders": "NG",
    "notariat_lehel.urkundenrolle": "DE", "ETACIV69.PCREGP": "FR", "colegio_notarial_sev.solicitudes_apostilla": "ES",
    "ConsolatoSanPaolo.AnagrafeAire": "BR", "nort_krakow.rejestr_testamentow": "PL",
    "gem_utrecht.naturalisatie_ceremonie": "NL", "lixiarxeio_thess.praxeis_gennisis": "GR",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        values = _str(_real(col.values))
        assert len(values) >= 80, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("onNameChange.deedApplications", "branchPhone"),
                        ("POA_REGISTER.NSW_ENDURING_POA", "LODGING_FIRM_PHONE"), ("gro_cork.dth_reg", "fd_ph"),
                        ("PMCBIRTH.BIRTH-REG-EXTRACT", "BR-HOSP-PHONE"),
                        ("lagos_hc_adoption.adoption_orders", "children_home_phone"),
                        ("nort_krakow.rejestr_testamentow", "telefon_kancelarii")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert col.kind == "none" and _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_names_and_values_are_built_then_greek_script_occurs(built) -> None:
    table = heldout_support.table(built, "lixiarxeio_thess.praxeis_gennisis")
    assert sum(any("\u0370" <= ch <= "\u03ff" for ch in c.name) for c in table.columns) >= 15
    names = _values(built, "lixiarxeio_thess.praxeis_gennisis", "επώνυμο")
    assert _misses(names, lambda x: all("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_dha_civun.src_union_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    for table in ("PMCBIRTH.BIRTH-REG-EXTRACT", "ETACIV69.PCREGP"):
        padded = [c for c in heldout_support.table(built, table).columns
                  if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
        assert len(padded) >= 5, table


def test_when_the_scorer_builds_set_v104_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v104.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v104"].DEFAULT_PATH == Path("/tmp/heldout_v104.duckdb")
