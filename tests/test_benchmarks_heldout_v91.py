"""Held-out set v91: its size, languages, labels, row counts, NULL and NULL-word shares, identifiers with check
digits, phones valid for each table's region, decoys failing their checks, opaque mixed columns and legacy encodings
are the ones asked for, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ipaddress
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.au import abn, tfn
from stdnum.br import cnpj, cpf
from stdnum.ca import bn, sin
from stdnum.ee import ik, registrikood
from stdnum.fi import hetu, ytunnus
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.gr import vat as grvat
from stdnum.il import hp, idnr
from stdnum.no import fodselsnummer, orgnr
from stdnum.nz import ird
from stdnum.us import ein, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v91
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "he", "no", "fi", "et", "fr", "el", "pt"}

TABLES = {
    "usar_callup.mobilization_roster", "vets_pensions.claimCases", "cfhs.ClinicAppointments",
    "DHA.HOUSING_ALLOCATIONS", "nzcf.cdt_roster", "stg.badge_access_raw", "VBACLM.CLAIM_EXTRACT", "DNDLIB.FACACCPF",
    "bitchon.bakashot_sivug", "fsf.militaere_forerkort", "puolustusvoimat.kertausharjoituskutsut",
    "kalmistud.sojahauad", "regiment.personnesAPrevenir", "nosokomeio.rantevou", "sisvet.pensionistas",
}

scored_file, built = heldout_support.set_fixtures("v91")
_cells = heldout_support.Cells(heldout_v91.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _phone_ok(region: str):
    def ok(value: object) -> bool:
        try:
            parsed = phonenumbers.parse(str(value), region)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region
    return ok


def _date8(value: object) -> bool:
    n = int(value)
    try:
        date(n // 10_000, n // 100 % 100, n % 100)
    except ValueError:
        return False
    return True


def _cyymmdd(value: object) -> bool:
    n = int(value)
    try:
        date(1900 + n // 1_000_000 * 100 + n // 10_000 % 100, n // 100 % 100, n % 100)
    except ValueError:
        return False
    return True


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v91, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert {t.name for t in built} == TABLES
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert {t.language for t in built} == LANGUAGES
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    assert {"snake", "camel", "pascal", "screaming", "opaque", "cobol", "as400"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "value_shape", "staff",
            "role_word", "join_key", "opaque", "mixed_by_row", "legacy", "service_number", "bank_account",
            "placeholder", "premises", "deceased"} <= tags


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v91.labels(built)
    assert set(labels) == TABLES
    assert sum(len(cols) for cols in labels.values()) == len(_columns(built))


def test_when_the_set_is_registered_then_the_scorer_knows_it() -> None:
    assert heldout_v2_accuracy.SETS["v91"] is heldout_v91


def test_when_the_build_is_written_then_duckdb_holds_every_table_and_row(scored_file) -> None:
    tables, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for t in tables:
            schema, name = t.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(t.columns[0].values), t.name
            assert 200 <= count <= 1_500, t.name


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.kind == "unclassified":
            assert col.tags & {"username", "bank_account"}, col.name
        if col.tags & {"mixed_by_row"}:
            assert col.kind == "free_text" and "opaque" in col.tags, col.name
        if col.tags & {"service_number"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"staff"}:
            assert col.kind == "person_name", col.name


def test_when_a_column_has_the_same_length_then_every_table_is_rectangular(built) -> None:
    for t in built:
        assert len({len(c.values) for c in t.columns}) == 1, t.name


def test_when_null_heavy_is_tagged_then_half_to_most_cells_are_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 12
    for col in heavy:
        if col.sql_type.startswith("CHAR"):
            share = sum(x is None for x in col.values) / len(col.values)
        else:
            share = _null_share(col)
        assert 0.45 <= share <= 0.95, col.name


def test_when_nullword_heavy_is_tagged_then_most_cells_are_null_words(built) -> None:
    cols = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(cols) >= 5
    for col in cols:
        share = sum(_nullish(x) for x in col.values) / len(col.values)
        assert 0.65 <= share <= 0.95, col.name


def test_when_a_column_is_personal_then_it_is_never_empty(built) -> None:
    for col in (c for c in _columns(built) if c.kind != "none"):
        assert len(_real(col.values)) >= 50, col.name


@pytest.mark.parametrize(("table", "name", "check"), [
    ("usar_callup.mobilization_roster", "ssn", ssn.is_valid),
    ("cfhs.ClinicAppointments", "PatientSin", sin.is_valid),
    ("vets_pensions.claimCases", "nhsNumber", nhs.is_valid),
    ("DHA.HOUSING_ALLOCATIONS", "MEMBER_TFN", tfn.is_valid),
    ("nzcf.cdt_roster", "gdn_ird", ird.is_valid),
    ("stg.badge_access_raw", "col06", ssn.is_valid),
    ("bitchon.bakashot_sivug", "mispar_zehut", idnr.is_valid),
    ("fsf.militaere_forerkort", "fodselsnummer", fodselsnummer.is_valid),
    ("puolustusvoimat.kertausharjoituskutsut", "henkilotunnus", hetu.is_valid),
    ("kalmistud.sojahauad", "isikukood", ik.is_valid),
    ("regiment.personnesAPrevenir", "nirMilitaire", nir.is_valid),
    ("nosokomeio.rantevou", "αμκα", amka.is_valid),
    ("nosokomeio.rantevou", "αφμ", grvat.is_valid),
    ("sisvet.pensionistas", "cpf", cpf.is_valid),
    ("DHA.HOUSING_ALLOCATIONS", "BOND_PAYMENT_CARD", luhn.is_valid),
    ("puolustusvoimat.kertausharjoituskutsut", "palkka_iban", iban.is_valid),
])
def test_when_an_identifier_is_personal_then_every_real_value_passes_its_check(built, table, name, check) -> None:
    values = _values(built, table, name)
    assert len(values) >= 50 and _misses(values, check) == 0, name


@pytest.mark.parametrize(("table", "name", "check"), [
    ("VBACLM.CLAIM_EXTRACT", "VET-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("DNDLIB.FACACCPF", "FASIN", lambda x: sin.is_valid(f"{int(x):09d}")),
])
def test_when_a_legacy_identifier_is_a_number_then_every_nonzero_value_passes(built, table, name, check) -> None:
    values = [x for x in _column(built, table, name).values if x]
    assert len(values) >= 50 and _misses(values, check) == 0, name


@pytest.mark.parametrize(("table", "name", "check"), [
    ("DHA.HOUSING_ALLOCATIONS", "LANDLORD_ABN", abn.is_valid),
    ("stg.badge_access_raw", "col18", ein.is_valid),
    ("DNDLIB.FACACCPF", "FABN", bn.is_valid),
    ("bitchon.bakashot_sivug", "chevra_hp", hp.is_valid),
    ("fsf.militaere_forerkort", "verksted_orgnr", orgnr.is_valid),
    ("puolustusvoimat.kertausharjoituskutsut", "tyonantajan_ytunnus", ytunnus.is_valid),
    ("kalmistud.sojahauad", "hooldaja_registrikood", registrikood.is_valid),
    ("sisvet.pensionistas", "cnpj_associacao", cnpj.is_valid),
])
def test_when_a_business_number_is_listed_then_it_passes_its_check_and_is_none(built, table, name, check) -> None:
    col = _column(built, table, name)
    values = _real(col.values)
    assert col.kind == "none" and "business" in col.tags and _misses(values, check) == 0, name


@pytest.mark.parametrize(("table", "name", "check"), [
    ("usar_callup.mobilization_roster", "order_number", ssn.is_valid),
    ("cfhs.ClinicAppointments", "ReferralNumber", sin.is_valid),
    ("VBACLM.CLAIM_EXTRACT", "CLM-NUM", ssn.is_valid),
    ("puolustusvoimat.kertausharjoituskutsut", "kutsun_viite", hetu.is_valid),
    ("sisvet.pensionistas", "numero_processo", cpf.is_valid),
])
def test_when_a_decoy_is_shaped_like_an_identifier_then_every_value_fails_its_check(built, table, name,
                                                                                    check) -> None:
    col = _column(built, table, name)
    values = _real(col.values)
    assert col.kind == "none" and len(values) >= 50 and _hits(values, check) == 0, name


@pytest.mark.parametrize(("table", "name", "region"), [
    ("usar_callup.mobilization_roster", "cell_phone", "US"), ("vets_pensions.claimCases", "mobileNumber", "GB"),
    ("cfhs.ClinicAppointments", "HomePhone", "CA"), ("DHA.HOUSING_ALLOCATIONS", "MOBILE", "AU"),
    ("nzcf.cdt_roster", "gdn_ph", "NZ"), ("nzcf.cdt_roster", "misc_2", "NZ"),
    ("stg.badge_access_raw", "col12", "US"), ("bitchon.bakashot_sivug", "telefon_nayad", "IL"),
    ("bitchon.bakashot_sivug", "mamlitz_telefon", "IL"), ("fsf.militaere_forerkort", "mobil", "NO"),
    ("fsf.militaere_forerkort", "fritt_felt_2", "NO"), ("puolustusvoimat.kertausharjoituskutsut", "matkapuhelin", "FI"),
    ("kalmistud.sojahauad", "sugulase_telefon", "EE"), ("regiment.personnesAPrevenir", "telContact", "FR"),
    ("regiment.personnesAPrevenir", "telContact2", "FR"), ("nosokomeio.rantevou", "κινητό", "GR"),
    ("nosokomeio.rantevou", "σταθερό", "GR"), ("sisvet.pensionistas", "telefone_celular", "BR"),
])
def test_when_a_column_is_a_phone_then_every_real_value_is_valid_for_the_region(built, table, name, region) -> None:
    values = _values(built, table, name)
    assert _column(built, table, name).kind == "phone" and len(values) >= 50
    assert _misses(values, _phone_ok(region)) == 0, name


@pytest.mark.parametrize(("table", "name", "region"), [
    ("VBACLM.CLAIM_EXTRACT", "VET-PHONE", "US"), ("DNDLIB.FACACCPF", "FAPHON", "CA"),
    ("DNDLIB.FACACCPF", "FAREFP", "CA"),
])
def test_when_a_legacy_phone_is_a_number_then_every_nonzero_value_is_valid(built, table, name, region) -> None:
    values = [x for x in _column(built, table, name).values if x]
    zeros = sum(x == 0 for x in _column(built, table, name).values)
    assert len(values) >= 50 and zeros >= 10 and _misses(values, _phone_ok(region)) == 0, name


def test_when_a_legacy_date_is_a_number_then_it_is_a_real_date(built) -> None:
    assert _misses(_column(built, "VBACLM.CLAIM_EXTRACT", "VET-DOB").values, _date8) == 0
    assert _misses(_column(built, "DNDLIB.FACACCPF", "FABDAT").values, _cyymmdd) == 0
    assert _column(built, "DNDLIB.FACACCPF", "FABDAT").kind == "date_of_birth"


def test_when_a_legacy_value_is_char_then_it_is_padded_to_width(built) -> None:
    for name in ("VBACLM.CLAIM_EXTRACT", "DNDLIB.FACACCPF"):
        for col in (c for c in heldout_support.table(built, name).columns if c.sql_type.startswith("CHAR(")):
            width = int(col.sql_type[5:-1])
            assert all(x is None or len(x) == width for x in col.values), col.name


def test_when_an_opaque_column_is_mixed_then_it_holds_phones_emails_and_names(built) -> None:
    mixed = [c for c in _columns(built) if "mixed_by_row" in c.tags]
    assert len(mixed) == 8
    for col in mixed:
        values = [str(x) for x in _real(col.values)]
        emails = sum("@" in x for x in values)
        phones = sum(x.lstrip("+(").replace(" ", "").replace("-", "")[:3].isdigit() for x in values)
        names = len(values) - emails - phones
        assert min(emails, phones, names) >= 0.15 * len(values), col.name


def test_when_the_staging_table_is_opaque_then_every_name_is_colnn(built) -> None:
    names = [c.name for c in heldout_support.table(built, "stg.badge_access_raw").columns]
    assert names == [f"col{i:02d}" for i in range(1, 19)]


def test_when_an_email_column_is_labeled_then_its_values_are_addresses(built) -> None:
    for col in (c for c in _columns(built) if c.kind == "email"):
        values = _real(col.values)
        assert _misses(values, lambda x: "@" in str(x) and "." in str(x).split("@")[1]) == 0, col.name


def test_when_an_ip_is_personal_then_it_parses(built) -> None:
    values = _values(built, "vets_pensions.claimCases", "submittedFromIp")
    assert _misses(values, lambda x: ipaddress.ip_address(x) is not None) == 0


def test_when_a_value_set_is_non_latin_then_hebrew_and_greek_scripts_are_used(built) -> None:
    hebrew = _values(built, "bitchon.bakashot_sivug", "shem_mishpacha")
    greek = _values(built, "nosokomeio.rantevou", "επώνυμο")
    assert all(any("\u0590" <= ch <= "\u05ff" for ch in str(x)) for x in hebrew)
    assert all(any("\u0370" <= ch <= "\u03ff" for ch in str(x)) for x in greek)


def test_when_placeholders_are_used_then_they_are_few_and_null_words(built) -> None:
    col = _column(built, "usar_callup.mobilization_roster", "ssn")
    share = sum(x == "000-00-0000" for x in col.values) / len(col.values)
    assert 0.005 <= share <= 0.08 and "000-00-0000" in heldout_v91.NULLISH


def test_when_a_birth_date_is_encoded_then_it_matches_the_birth_date_column(built) -> None:
    births = _column(built, "fsf.militaere_forerkort", "fodselsdato").values
    numbers = _column(built, "fsf.militaere_forerkort", "fodselsnummer").values
    assert _misses(list(zip(births, numbers)), lambda p: fodselsnummer.get_birth_date(p[1]) == p[0]) == 0
    births = _column(built, "puolustusvoimat.kertausharjoituskutsut", "syntymaaika").values
    numbers = _column(built, "puolustusvoimat.kertausharjoituskutsut", "henkilotunnus").values
    assert _misses(list(zip(births, numbers)), lambda p: p[1].startswith(p[0].strftime("%d%m%y"))) == 0
