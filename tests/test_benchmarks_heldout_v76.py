"""Held-out set v76: its size, organisations, languages, naming styles, labels, row counts, NULL and NULL-word shares,
legacy extracts (padding, dates and identifiers kept as numbers), opaque and prefixed fields, staff and role words,
identifiers with check digits, decoys that pass their own checks or fail a personal identifier's, phones and IP
addresses are the ones asked for, and it is the same on every build (values are only counted or checked here, never
printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings, blanks and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import ean, iban, luhn
from stdnum.au import abn
from stdnum.es import dni, nie
from stdnum.fr import nir, siret
from stdnum.gb import nhs
from stdnum.gb import vat as gbvat
from stdnum.gr import amka
from stdnum.gr import vat as grvat
from stdnum.ie import pps
from stdnum.ie import vat as ievat
from stdnum.it import codicefiscale, iva
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.us import rtn, ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v76, heldout_v76_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: English and seven others, one of them in a non-Latin script
LANGUAGES = {"en", "pl", "de", "fr", "el", "it", "nl", "es"}

#: every table of the set: one private allied-health practice or group per table
TABLES = {
    "DENTLIB.DCPATCLM", "bracesplus_tx.tx_contracts", "cobhDental.tbClaims", "gabinet_krakow.pacjenci_wizyty",
    "sightline_opticians.sight_tests", "optiq_pta.SPECTACLE_ORDERS", "SAPOPT.ZKUNDE_OPTIK", "ClinicFlow.Appointments",
    "acc_physio.treatment_claims", "KINEFLUX.FACT_B2", "φυσικοθεραπευτήριο_πάτρας.συνεδρίες",
    "earwise_ottawa.adpClaims", "ACUSTICA.FORNITURE", "hoorcentrum_ehv.hoortoestel_trajecten",
    "podologia_triana.pacientesCitas",
}
LEGACY_TABLES = {"DENTLIB.DCPATCLM", "SAPOPT.ZKUNDE_OPTIK", "KINEFLUX.FACT_B2", "ACUSTICA.FORNITURE"}

PERSON_KINDS = {"person_name", "first_name", "last_name"}
NONE_TAGS = {"business", "decoy", "service_account", "join_key", "partial", "check_digit", "practitioner_id",
             "clinical", "coordinates", "hashed", "version", "event_date"}

scored_file, built = heldout_support.set_fixtures("v76")
_cells = heldout_support.Cells(heldout_v76.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _strs(built, table: str, name: str) -> list[str]:
    """The real values of a column as text, without 0 (a missing number in the legacy extracts)."""
    return [str(x) for x in _values(built, table, name) if x != 0]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v76, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and len(columns) >= 250
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert 0.45 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.62
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    assert {"snake", "camel", "pascal", "screaming"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"legacy", "padded", "int_date", "numeric_id", "zero_missing", "decoy", "business", "value_shape",
            "check_digit", "practitioner_id", "clinical", "coordinates", "hashed", "version", "event_date", "partial",
            "join_key", "bank_account", "null_heavy", "nullword_heavy", "placeholder", "staff", "role_word", "minor",
            "username", "audit", "service_account", "opaque", "misleading", "mixed_kinds", "multi_value", "prefixed",
            "locality", "abbrev"} <= tags
    assert LEGACY_TABLES == {t.name for t in built if any("legacy" in c.tags for c in t.columns)}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v76.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & NONE_TAGS - {"decoy"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username", "bank_account"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username", "bank_account"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"placeholder", "null_heavy", "nullword_heavy",
                                                           "role_word", "staff", "mixed_kinds", "multi_value"}):
        assert column.kind != "none", column.name
    for column in (c for c in _columns(built) if c.tags & {"mixed_kinds", "multi_value"}):
        assert column.kind == "free_text", column.name


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 15
    for column in heavy:
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 3
    for column in heavy:
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
    assert len(staff) >= 14
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert {"person_name", "first_name"} <= {c.kind for c in staff}


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 12
    assert {"DCSBNM", "resp_party_name", "opiekun_prawny", "carer_name", "MAIN_MEMBER", "ReferringGp", "NOM_PRESC",
            "ιατρός_παραπομπής", "prescribingPhysician", "trustedContact", "FN-MEDICO-PRESCR",
            "verwijzer_kno_arts"} <= {c.name for c in role}
    assert all(c.kind in PERSON_KINDS | {"ssn"} for c in role)


def test_when_a_field_is_opaque_then_some_hold_personal_data_and_some_hold_none(built) -> None:
    opaque = [c for c in _columns(built) if "opaque" in c.tags]
    personal = {c.name for c in opaque if c.kind != "none"}
    empty = {c.name for c in opaque if c.kind == "none"}
    assert {"DCUDF1", "misc_2", "notes2", "USER2", "Custom1", "ZZFELD2", "pole_dod_2", "CAMPO-LIBERO-2",
            "vrij_veld_2", "campoLibre2", "πεδίο_2", "src_crm_col17"} <= personal
    assert {"DCUDF2", "misc_1", "notes1", "USER1", "Custom2", "ZZFELD1", "pole_dod_1", "CAMPO-LIBERO-1",
            "vrij_veld_1", "campoLibre1", "πεδίο_1", "src_crm_col18"} <= empty
    assert all("misleading" in c.tags for c in opaque if c.kind not in {"none", "free_text"})


def test_when_a_crm_column_mixes_kinds_then_it_holds_phones_emails_and_names(built) -> None:
    values = _strs(built, "acc_physio.treatment_claims", "src_crm_col17")
    emails = _hits(values, lambda x: "@" in x)
    phones = _hits(values, lambda x: _phone_valid(x, "NZ"))
    assert emails >= 50 and phones >= 50 and len(values) - emails - phones >= 50
    contacts = _strs(built, "ClinicFlow.Appointments", "EmergencyContact")
    assert _misses(contacts, lambda x: bool(re.fullmatch(r"\D+ \([a-z]+\) [0-9 ]+", x))) == 0


def test_when_a_table_is_a_legacy_extract_then_its_padded_columns_have_one_width(built) -> None:
    padded = [(t, c) for t in built for c in t.columns if "padded" in c.tags]
    assert len(padded) >= 30 and {t.name for t, _ in padded} == LEGACY_TABLES
    for table, column in padded:
        widths = {len(x) for x in column.values if x is not None}
        assert len(widths) == 1, f"{table.name}.{column.name}"
        assert _hits(column.values, lambda x: isinstance(x, str) and x != x.rstrip()) >= 10, column.name


def _as_date(value: int, name: str) -> date:
    text = str(value)
    if name == "DCPDOB":
        return date(1900 + int(text[:-4]), int(text[-4:-2]), int(text[-2:]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def test_when_a_date_is_kept_as_a_number_or_text_then_every_value_is_a_date_or_zero(built) -> None:
    dated = [c for c in _columns(built) if "int_date" in c.tags]
    assert {"DCPDOB", "GBDAT", "DT_NAIS", "FN-DT-NASC", "DCSVDT", "DT_SOINS", "ERDAT"} <= {c.name for c in dated}
    for column in dated:
        assert column.kind in {"date_of_birth", "none"}, column.name
        values = [int(x) for x in column.values if x not in (0, "00000000")]
        assert values and _misses(values, lambda x, n=column.name: 1920 <= _as_date(x, n).year <= 2025) == 0, \
            column.name
    numbers = [c for c in _columns(built) if "numeric_id" in c.tags]
    assert {"DCSSN", "DCZIP", "DCPHON", "CP_PAT", "FN-CAP", "FN-TEL"} <= {c.name for c in numbers}
    assert all(c.sql_type in {"INTEGER", "BIGINT"} and c.kind != "none" for c in numbers)
    for column in (c for c in numbers if "zero_missing" in c.tags):
        assert 5 <= column.values.count(0) <= 0.4 * len(column.values), column.name


def _kvnr(value: str) -> bool:
    return heldout_v76_values.kvnr_ok(value)


#: (table, column, check) for every checksummed personal identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("DENTLIB.DCPATCLM", "DCSSN", lambda x: ssn.is_valid(x.zfill(9))),
    ("bracesplus_tx.tx_contracts", "resp_party_ssn", ssn.is_valid),
    ("bracesplus_tx.tx_contracts", "card_on_file", luhn.is_valid),
    ("cobhDental.tbClaims", "ppsn", pps.is_valid),
    ("cobhDental.tbClaims", "refundIban", iban.is_valid),
    ("gabinet_krakow.pacjenci_wizyty", "pesel", pesel.is_valid),
    ("gabinet_krakow.pacjenci_wizyty", "rachunek_zwrotu", iban.is_valid),
    ("sightline_opticians.sight_tests", "nhs_number", nhs.is_valid),
    ("optiq_pta.SPECTACLE_ORDERS", "ID_NUMBER", idnr.is_valid),
    ("SAPOPT.ZKUNDE_OPTIK", "KVNR", _kvnr),
    ("ClinicFlow.Appointments", "MedicareNumber", heldout_v76_values.medicare_ok),
    ("acc_physio.treatment_claims", "nhi", heldout_v76_values.nhi_ok),
    ("KINEFLUX.FACT_B2", "NIR_PAT", nir.is_valid),
    ("φυσικοθεραπευτήριο_πάτρας.συνεδρίες", "αμκα", amka.is_valid),
    ("φυσικοθεραπευτήριο_πάτρας.συνεδρίες", "αφμ", grvat.is_valid),
    ("earwise_ottawa.adpClaims", "healthNumber", lambda x: len(x) == 10 and luhn.is_valid(x)),
    ("ACUSTICA.FORNITURE", "FN-COD-FISC", codicefiscale.is_valid),
    ("ACUSTICA.FORNITURE", "FN-IBAN-RIMB", iban.is_valid),
    ("hoorcentrum_ehv.hoortoestel_trajecten", "bsn", bsn.is_valid),
    ("podologia_triana.pacientesCitas", "dni", dni.is_valid),
    ("podologia_triana.pacientesCitas", "nie", nie.is_valid),
    ("podologia_triana.pacientesCitas", "ibanDomiciliacion", iban.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        values = _strs(built, table, name)
        assert len(values) >= 25 and _misses(values, check) == 0, f"{table}.{name}"
        assert _column(built, table, name).kind in {"ssn", "national_id", "iban", "credit_card"}, name


def _dmy(d: date) -> tuple[int, int, int]:
    return d.day, d.month, d.year % 100


def test_when_a_national_id_is_built_then_it_encodes_the_birth_date_of_its_row(built) -> None:
    for table, idc, dob, get in (
            ("gabinet_krakow.pacjenci_wizyty", "pesel", "data_urodzenia", pesel.get_birth_date),
            ("optiq_pta.SPECTACLE_ORDERS", "ID_NUMBER", "DATE_OF_BIRTH", idnr.get_birth_date),
            ("φυσικοθεραπευτήριο_πάτρας.συνεδρίες", "αμκα", "ημερομηνία_γέννησης", amka.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: _dmy(f(r[0])) == _dmy(r[1])) == 0, table
    rows = zip(_column(built, "ACUSTICA.FORNITURE", "FN-COD-FISC").values,
               _column(built, "ACUSTICA.FORNITURE", "FN-DT-NASC").values)
    assert _misses(list(rows), lambda r: codicefiscale.get_birth_date(r[0].strip()) == _as_date(r[1], "")) == 0
    rows = zip(_column(built, "KINEFLUX.FACT_B2", "NIR_PAT").values,
               _column(built, "KINEFLUX.FACT_B2", "DT_NAIS").values)
    pairs = [(p.strip(), str(d)) for p, d in rows if p.strip()]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: r[0][1:5] == r[1][2:6]) == 0


def _fold(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).upper()


def test_when_a_kvnr_is_built_then_it_starts_with_the_family_names_initial(built) -> None:
    rows = zip(_column(built, "SAPOPT.ZKUNDE_OPTIK", "KVNR").values,
               _column(built, "SAPOPT.ZKUNDE_OPTIK", "NAME1").values)
    pairs = [(k, n.strip()) for k, n in rows if k]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: r[0][0] == _fold(r[1])[0]) == 0


#: (table, column, check) for decoys that carry their own check digit (all none)
DECOY_CHECKS: list[tuple[str, str, object]] = [
    ("DENTLIB.DCPATCLM", "DCPROV", heldout_v76_values.npi_ok),
    ("bracesplus_tx.tx_contracts", "ach_routing", rtn.is_valid),
    ("cobhDental.tbClaims", "practiceVatNo", ievat.is_valid),
    ("gabinet_krakow.pacjenci_wizyty", "nip_gabinetu", nip.is_valid),
    ("sightline_opticians.sight_tests", "practice_vat_no", gbvat.is_valid),
    ("optiq_pta.SPECTACLE_ORDERS", "FRAME_BARCODE", ean.is_valid),
    ("ClinicFlow.Appointments", "ClinicAbn", abn.is_valid),
    ("KINEFLUX.FACT_B2", "RPPS_PRESC", luhn.is_valid),
    ("KINEFLUX.FACT_B2", "SIRET_CAB", siret.is_valid),
    ("φυσικοθεραπευτήριο_πάτρας.συνεδρίες", "αφμ_φορέα", grvat.is_valid),
    ("ACUSTICA.FORNITURE", "FN-PIVA-CENTRO", iva.is_valid),
]


def test_when_a_decoy_has_a_check_digit_then_it_passes_its_own_check_and_is_none(built) -> None:
    for table, name, check in DECOY_CHECKS:
        values = _strs(built, table, name)
        assert len(values) >= 25 and _misses(values, check) == 0, f"{table}.{name}"
        assert _column(built, table, name).kind == "none", name


def test_when_a_decoy_is_shaped_like_a_personal_identifier_then_it_fails_that_identifiers_check(built) -> None:
    for table, name, check in (("gabinet_krakow.pacjenci_wizyty", "nr_faktury", pesel.is_valid),
                               ("optiq_pta.SPECTACLE_ORDERS", "LAB_JOB_NO", idnr.is_valid),
                               ("hoorcentrum_ehv.hoortoestel_trajecten", "ordernummer", bsn.is_valid)):
        values = _strs(built, table, name)
        assert len(values) >= 100 and _hits(values, check) == 0, f"{table}.{name}"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_value_is_partial_or_a_placeholder_then_it_is_labeled_by_the_conventions(built) -> None:
    last4 = _strs(built, "bracesplus_tx.tx_contracts", "card_last4")
    assert last4 and _misses(last4, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0
    values = _column(built, "bracesplus_tx.tx_contracts", "resp_party_ssn").values
    assert 10 <= values.count("000-00-0000") <= 0.2 * len(values)
    hashes = _strs(built, "bracesplus_tx.tx_contracts", "esign_hash")
    assert _misses(hashes, lambda x: bool(re.fullmatch(r"[0-9a-f]{64}", x))) == 0
    versions = _strs(built, "bracesplus_tx.tx_contracts", "portal_app_version")
    assert _misses(versions, lambda x: bool(re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", x))) == 0


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {
    "DENTLIB.DCPATCLM": "US", "bracesplus_tx.tx_contracts": "US", "cobhDental.tbClaims": "IE",
    "gabinet_krakow.pacjenci_wizyty": "PL", "sightline_opticians.sight_tests": "GB", "optiq_pta.SPECTACLE_ORDERS": "ZA",
    "SAPOPT.ZKUNDE_OPTIK": "DE", "ClinicFlow.Appointments": "AU", "acc_physio.treatment_claims": "NZ",
    "KINEFLUX.FACT_B2": "FR", "φυσικοθεραπευτήριο_πάτρας.συνεδρίες": "GR", "earwise_ottawa.adpClaims": "CA",
    "ACUSTICA.FORNITURE": "IT", "hoorcentrum_ehv.hoortoestel_trajecten": "NL", "podologia_triana.pacientesCitas": "ES",
}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid_for_its_country(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 25
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values) if x != 0]
        assert len(values) >= 25, f"{table.name}.{column.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert set(PHONE_REGIONS.values()) <= seen


def test_when_a_column_is_labeled_email_or_ip_address_then_every_value_has_that_shape(built) -> None:
    for column in (c for c in _columns(built) if c.kind == "email"):
        values = [str(x) for x in _real(column.values)]
        assert len(values) >= 25, column.name
        assert _misses(values, lambda x: bool(re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", x))) == 0, \
            column.name
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            values = [str(x) for x in _real(column.values)]
            assert _hits(values, lambda x, p=private: x in p) == 0, f"{table.name}.{column.name}"


def test_when_audit_columns_are_built_then_logins_are_few_and_programs_are_service_accounts(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 3 and len(services) >= 2
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v76, heldout_v76_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "76"}, module.__name__


def test_when_the_scorer_builds_set_v76_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v76.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v76"].DEFAULT_PATH == Path("/tmp/heldout_v76.duckdb")
