"""Held-out set v52: its size, domains (legal, justice, public-safety and debt-collection systems), languages, labels,
row counts, NULL and NULL-word shares, staff and role words, misleading and numbered custom fields, join keys, audit
logins, identifiers with check digits, decoys that pass their own checks, phones, addresses and dates of birth are the
ones asked for, and it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, imei, luhn
from stdnum.au import abn
from stdnum.ca import bn
from stdnum.cz import rc
from stdnum.es import dni, nie
from stdnum.fr import siren
from stdnum.ie import pps
from stdnum.it import codicefiscale, iva
from stdnum.nl import bsn
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v52, heldout_v52_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: nine tables in English, six in German, French, Spanish, Italian, Czech and Dutch
LANGUAGES = {"en", "de", "fr", "es", "it", "cs", "nl"}

#: every table of the set: one legal, justice, public-safety or collections system per table
TABLES = {
    "lexintake.matter_intake", "bailbonds.bondApplications", "collections.dbtr_accts", "CASEMAN.JUDGMENT_DEBTORS",
    "analytics.stg_relativity__custodians", "DocketPro.Inventors", "ethicsline.reports", "serveme.service_log",
    "lab_cms.civil_applications", "gvz_kassel.vollstreckungsauftraege", "etude_tours.repertoire_comparants",
    "extranjeria.clientes", "mediazione_bo.parti_procedimento", "mp_brno.udalosti_osoby", "rn_toezicht.Clienten",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v52")
_cells = heldout_support.Cells(heldout_v52.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_the_set_is_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v52, built, tables=len(heldout_v52.BUILDERS)) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 420 <= len(columns) <= 480
    assert all(20 <= len(t.columns) <= 40 for t in built)
    assert 0.42 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.58
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 9
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "value_shape", "misleading",
            "staff", "audit", "role_word", "service_account", "join_key", "role_email", "multi_value", "json_blob",
            "json_plain", "placeholder", "partial", "check_digit", "opaque", "credential", "coordinates",
            "dbt"} <= tags
    assert {"snake", "camel", "pascal", "screaming"} == {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v52.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert labels["collections.dbtr_accts"]["udf_03"] == "phone"
    assert labels["ethicsline.reports"]["custom_field_3"] == "free_text"


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "service_account", "join_key",
                                                           "partial", "json_plain", "credential", "check_digit",
                                                           "coordinates", "value_shape"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"role_email"}):
        assert column.kind == "email", column.name
    for column in (c for c in _columns(built) if c.tags & {"placeholder", "json_blob", "multi_value", "role_word"}):
        assert column.kind != "none", column.name


def test_when_a_column_is_a_join_key_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 18 and all(c.kind == "none" for c in keys)
    assert {"intake_id", "bondId", "clnt_id", "custodian_sk", "InventorId", "report_id", "job_id", "auftrag_id",
            "idCliente", "id_procedimento", "id_zaznamu", "ClientId"} <= {c.name for c in keys}
    uuids = _values(built, "bailbonds.bondApplications", "bondId")
    assert _misses(uuids, lambda x: bool(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}",
                                                      str(x)))) == 0
    hashes = _values(built, "analytics.stg_relativity__custodians", "custodian_sk")
    assert len(set(hashes)) == len(hashes) and _misses(hashes, lambda x: bool(re.fullmatch(r"[0-9a-f]{32}", x))) == 0


def test_when_a_value_is_partial_then_it_holds_four_digits_and_is_none(built) -> None:
    cut = [c for c in _columns(built) if "partial" in c.tags]
    assert {"defendantSsnLast4", "cardLast4"} == {c.name for c in cut} and all(c.kind == "none" for c in cut)
    for column in cut:
        values = [str(x) for x in _real(column.values)]
        assert len(values) >= 50 and _misses(values, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0, column.name
    rows = zip(_column(built, "bailbonds.bondApplications", "defendantSsn").values,
               _column(built, "bailbonds.bondApplications", "defendantSsnLast4").values)
    pairs = [(s, cut4) for s, cut4 in rows if s is not None]
    assert pairs and _misses(pairs, lambda r: r[0][-4:] == r[1]) == 0


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 5
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_names_mislead_then_the_values_behind_them_are_what_the_label_says(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert {"statute_name", "nazev_predpisu", "COURT_NAME", "courtName", "CLAIMANT_NAME", "ApplicantName",
            "gl_name", "facilityAddress", "remote_addr"} <= set(misleading)
    assert misleading["remote_addr"] == "ip_address"
    assert {k for n, k in misleading.items() if n != "remote_addr"} == {"none"}
    statutes = _values(built, "lexintake.matter_intake", "statute_name")
    assert _misses(statutes, lambda x: "ILCS" in str(x)) == 0
    laws = _values(built, "mp_brno.udalosti_osoby", "nazev_predpisu")
    assert _misses(laws, lambda x: bool(re.search(r"(zákon|vyhláška).* č\. \d+/\d{4}", str(x)))) == 0
    companies = _values(built, "CASEMAN.JUDGMENT_DEBTORS", "CLAIMANT_NAME")
    assert _misses(companies, lambda x: bool(re.search(r"\b(LTD|PLC|TRUST)$", str(x)))) == 0


def test_when_a_custom_field_is_numbered_then_it_is_labeled_by_what_it_holds(built) -> None:
    opaque = {c.name: c for c in _columns(built) if "opaque" in c.tags}
    assert {"udf_03", "udf_07", "custom_field_1", "custom_field_2", "custom_field_3", "udf_1", "udf_2",
            "udf_3"} == set(opaque)
    assert {c.kind for c in opaque.values()} == {"none", "phone", "free_text", "person_name", "email"}
    witnesses = [str(x) for x in _values(built, "ethicsline.reports", "custom_field_3")]
    kinds = {"email" if "@" in x else "phone" if re.fullmatch(r"[0-9 +]+", x) else "name" for x in witnesses}
    assert kinds == {"email", "phone", "name"}
    mails = [str(x) for x in _values(built, "serveme.service_log", "udf_3")]
    assert mails and _misses(mails, lambda x: bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", x))) == 0


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 25
    assert all(c.kind in PERSON_KINDS | {"date_of_birth", "ssn", "national_id"} for c in role)
    assert {"adverse_party", "related_parties", "indemnitorName", "dbtr_nm", "cosign_nm", "atty_rep_nm",
            "custodian_full_name", "line_manager_name", "InventorFamilyName", "reporter_name", "subject_names",
            "party_to_serve", "served_on", "opp_party_name", "mitbewohner", "conjoint", "familiarReagrupante",
            "avvocato_nome", "Slachtoffer"} <= {c.name for c in role}
    assert {"paralegal_email", "custodian_email", "avvocato_pec",
            "ToezichthouderEmail"} <= {c.name for c in _columns(built) if "role_email" in c.tags}
    debtors = _values(built, "collections.dbtr_accts", "dbtr_nm")
    assert _misses(debtors, lambda x: bool(re.fullmatch(r"[^,a-z]+, [^,a-z]+", str(x)))) == 0


def test_when_a_cell_holds_several_names_then_some_cells_hold_a_separator(built) -> None:
    multi = [c for c in _columns(built) if "multi_value" in c.tags]
    assert {"related_parties", "subject_names", "children_first_names"} == {c.name for c in multi}
    assert all(c.kind in PERSON_KINDS for c in multi)
    for column in multi:
        values = [str(x) for x in _real(column.values)]
        assert _hits(values, lambda x: ";" in x) >= 20, column.name


def test_when_a_column_holds_json_then_every_document_parses(built) -> None:
    blobs = [c for c in _columns(built) if "json_blob" in c.tags]
    plain = [c for c in _columns(built) if "json_plain" in c.tags]
    assert len(blobs) >= 1 and len(plain) >= 1
    for column in blobs:
        assert column.kind == "free_text", column.name
    for column in blobs + plain:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: isinstance(json.loads(x), dict)) == 0, column.name


def test_when_coordinates_are_built_then_they_are_doubles_in_their_city_and_none(built) -> None:
    geo = [c for c in _columns(built) if "coordinates" in c.tags]
    assert len(geo) == 8 and all(c.kind == "none" and c.sql_type == "DOUBLE" for c in geo)
    for column in geo:
        values = [x for x in column.values if x is not None]
        assert len(values) >= 30 and all(-180 <= x <= 180 for x in values), column.name


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_service_accounts_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    logins = [c for c in audit if c.kind == "unclassified"]
    services = [c for c in audit if "service_account" in c.tags]
    assert len(logins) >= 10 and len(services) >= 1
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in services:
        assert column.kind == "none" and len(set(_real(column.values))) <= 3, column.name


def test_when_the_set_is_built_then_every_table_has_40_to_300_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 40 <= lengths.pop() <= 300, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 30
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 1
    for column in heavy:
        assert column.kind != "none", column.name
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95 and _null_share(column) < 0.05, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"
                if column.kind != "none":
                    assert _null_share(column) < 0.50, f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 15
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert PERSON_KINDS == {c.kind for c in staff}


def test_when_a_value_is_padded_then_it_is_still_a_real_value(built) -> None:
    padded = [(t.name, c) for t in built for c in t.columns
              if any(isinstance(x, str) and x != x.rstrip() and x.strip() for x in c.values)]
    assert {"DEFT_SURNAME", "DEFT_FORENAMES", "DEFT_ADDR_1", "dbtr_addr1"} <= {c.name for _, c in padded}
    assert all(c.kind != "none" for _, c in padded)


def _nino(x: str) -> bool:
    compact = x.replace(" ", "")
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]", compact)) and \
        compact[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def _rodne_cislo(x: str) -> bool:
    return rc.is_valid(x) and int(x.replace("/", "")) % 11 == 0


#: (table, column, check) for every identifier column with a check digit or a fixed shape
CHECKED: list[tuple[str, str, object]] = [
    ("lexintake.matter_intake", "client_ssn", ssn.is_valid),
    ("bailbonds.bondApplications", "defendantSsn", ssn.is_valid),
    ("bailbonds.bondApplications", "indemnitorSsn", ssn.is_valid),
    ("bailbonds.bondApplications", "cardOnFile", luhn.is_valid),
    ("collections.dbtr_accts", "dbtr_ssn", ssn.is_valid),
    ("collections.dbtr_accts", "orig_card_no", luhn.is_valid),
    ("CASEMAN.JUDGMENT_DEBTORS", "DEFT_NI_NUMBER", _nino),
    ("ethicsline.reports", "reporter_id_number", idnr.is_valid),
    ("lab_cms.civil_applications", "appl_ppsn", pps.is_valid),
    ("gvz_kassel.vollstreckungsauftraege", "schu_iban", iban.is_valid),
    ("etude_tours.repertoire_comparants", "iban_versement", iban.is_valid),
    ("extranjeria.clientes", "nie", nie.is_valid),
    ("extranjeria.clientes", "dniFamiliar", dni.is_valid),
    ("extranjeria.clientes", "ibanDomiciliacion", iban.is_valid),
    ("mediazione_bo.parti_procedimento", "codice_fiscale", codicefiscale.is_valid),
    ("mediazione_bo.parti_procedimento", "iban_rimborso", iban.is_valid),
    ("mp_brno.udalosti_osoby", "rodne_cislo", _rodne_cislo),
    ("mp_brno.udalosti_osoby", "cislo_op", lambda x: bool(re.fullmatch(r"[0-9]{9}", x))),
    ("rn_toezicht.Clienten", "Bsn", bsn.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_check(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 15 and _misses(values, check) == 0
    assert _column(built, table, column).kind in {"ssn", "national_id", "iban", "credit_card"}


def test_when_an_identifier_column_is_labeled_then_every_one_of_its_kind_is_checked(built) -> None:
    checked = {(t, c) for t, c, _ in CHECKED}
    ids = {(t.name, c.name) for t in built for c in t.columns if c.kind in {"ssn", "iban", "credit_card"}}
    assert ids <= checked
    national = {(t.name, c.name) for t in built for c in t.columns if c.kind == "national_id"}
    assert national - checked == {("extranjeria.clientes", "pasaporte")}
    passports = [str(x) for x in _values(built, "extranjeria.clientes", "pasaporte")]
    assert _misses(passports, lambda x: bool(re.fullmatch(r"[A-Z0-9]{8,9}", x))) == 0


def test_when_a_national_id_is_built_then_it_encodes_the_date_of_birth_of_its_row(built) -> None:
    for table, idc, dob, get in (("mp_brno.udalosti_osoby", "rodne_cislo", "datum_narozeni", rc.get_birth_date),
                                 ("mediazione_bo.parti_procedimento", "codice_fiscale", "data_nascita",
                                  codicefiscale.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    cf = zip(_column(built, "mediazione_bo.parti_procedimento", "codice_fiscale").values,
             _column(built, "mediazione_bo.parti_procedimento", "cognome").values)
    assert _misses([(x, s) for x, s in cf if x], lambda r: r[0][:3].isalpha() and r[0][:3].isupper()) == 0


def test_when_a_decoy_has_a_check_digit_then_it_passes_its_own_check_and_is_none(built) -> None:
    decoys = {c.name: c for c in _columns(built) if "check_digit" in c.tags}
    assert {"matter_no", "acct_no", "reference_no", "invoice_no", "client_firm_abn", "ApplicantBusinessNumber",
            "societe_siren", "piva_amministratore", "device_imei"} == set(decoys)
    checks = {"matter_no": lambda x: luhn.is_valid(x.removeprefix("KD-")),
              "acct_no": luhn.is_valid, "reference_no": lambda x: luhn.is_valid(x.removeprefix("TE")),
              "invoice_no": luhn.is_valid, "client_firm_abn": abn.is_valid, "ApplicantBusinessNumber": bn.is_valid,
              "societe_siren": siren.is_valid, "piva_amministratore": iva.is_valid, "device_imei": imei.is_valid}
    for name, check in checks.items():
        values = [str(x) for x in _real(decoys[name].values)]
        assert len(values) >= 15 and _misses(values, check) == 0, name
        assert decoys[name].kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 30 and all(c.kind == "none" for c in shaped)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    columns = [c for c in _columns(built) if c.kind == "ip_address"]
    assert {"remote_addr", "esignIp", "submitter_ip"} == {c.name for c in columns}
    for column in columns:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_column_is_labeled_email_then_every_value_is_an_address(built) -> None:
    for column in (c for c in _columns(built) if c.kind == "email"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", x))) == 0, \
            column.name


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {"lexintake.matter_intake": "US", "bailbonds.bondApplications": "US", "collections.dbtr_accts": "US",
                 "CASEMAN.JUDGMENT_DEBTORS": "GB", "analytics.stg_relativity__custodians": "GB",
                 "DocketPro.Inventors": "CA", "ethicsline.reports": "ZA", "serveme.service_log": "AU",
                 "lab_cms.civil_applications": "IE", "gvz_kassel.vollstreckungsauftraege": "DE",
                 "etude_tours.repertoire_comparants": "FR", "extranjeria.clientes": "ES",
                 "mediazione_bo.parti_procedimento": "IT", "mp_brno.udalosti_osoby": "CZ",
                 "rn_toezicht.Clienten": "NL"}


def _phone_valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20 and {t.name for t, _ in phones} == TABLES
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert {"US", "CA", "GB", "IE", "ZA", "AU", "DE", "FR", "ES", "IT", "CZ", "NL", "MA", "CO", "RO"} <= seen


#: (table, column, pattern) for the postal codes of each country
POSTCODES = [
    ("lexintake.matter_intake", "client_zip", r"6[0-9]{4}(-[0-9]{4})?"),
    ("collections.dbtr_accts", "dbtr_zip", r"[0-9]{5}(-[0-9]{4})?"),
    ("CASEMAN.JUDGMENT_DEBTORS", "DEFT_POSTCODE", r"[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}"),
    ("analytics.stg_relativity__custodians", "home_postcode", r"[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}"),
    ("DocketPro.Inventors", "PostalCode", r"[A-Z][0-9][A-Z] [0-9][A-Z][0-9]"),
    ("serveme.service_log", "service_postcode", r"3[0-9]{3}"),
    ("lab_cms.civil_applications", "appl_eircode", r"[A-Z][0-9]{2} [A-Z0-9]{4}"),
    ("gvz_kassel.vollstreckungsauftraege", "schu_plz", r"3[0-9]{4}"),
    ("etude_tours.repertoire_comparants", "code_postal", r"[34][0-9]{4}"),
    ("extranjeria.clientes", "codigoPostal", r"28[0-9]{3}"),
    ("mediazione_bo.parti_procedimento", "cap", r"4[0-9]{4}"),
    ("mp_brno.udalosti_osoby", "psc", r"[67][0-9]{2} [0-9]{2}"),
    ("rn_toezicht.Clienten", "Postcode", r"[1-9][0-9]{3} [A-Z]{2}"),
]


@pytest.mark.parametrize(("table", "column", "pattern"), POSTCODES, ids=[f"{t}.{c}" for t, c, _ in POSTCODES])
def test_when_a_postal_code_is_built_then_it_has_its_countrys_shape(built, table, column, pattern) -> None:
    assert _column(built, table, column).kind == "postal_code"
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, lambda x: bool(re.fullmatch(pattern, x))) == 0


#: (table, column, strptime format or None for a DATE column)
BIRTH_DATES = [
    ("lexintake.matter_intake", "client_dob", "%m/%d/%Y"), ("bailbonds.bondApplications", "defendantDob", None),
    ("collections.dbtr_accts", "dbtr_dob", "%Y%m%d"), ("CASEMAN.JUDGMENT_DEBTORS", "DEFT_DOB", "%d-%b-%Y"),
    ("serveme.service_log", "party_dob", "%d/%m/%Y"), ("lab_cms.civil_applications", "appl_dob", "%d/%m/%Y"),
    ("gvz_kassel.vollstreckungsauftraege", "schu_geb_dat", "%d.%m.%Y"),
    ("etude_tours.repertoire_comparants", "date_naissance", None), ("extranjeria.clientes", "fechaNacimiento", None),
    ("mediazione_bo.parti_procedimento", "data_nascita", None), ("mp_brno.udalosti_osoby", "datum_narozeni", None),
    ("rn_toezicht.Clienten", "Geboortedatum", None),
]


def test_when_a_date_of_birth_is_built_then_it_parses_and_is_a_plausible_birth_date(built) -> None:
    labeled = {(t.name, c.name) for t in built for c in t.columns if c.kind == "date_of_birth"}
    assert labeled == {(t, c) for t, c, _ in BIRTH_DATES}
    for table, name, fmt in BIRTH_DATES:
        values = _values(built, table, name)
        days = [x if fmt is None else datetime.strptime(str(x), fmt).date() for x in values]
        assert len(days) >= 30 and _misses(days, lambda d: date(1930, 1, 1) <= d <= date(2008, 1, 1)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_free_text_is_built_then_it_names_people_or_holds_contact_details(built) -> None:
    texts = [(t, c) for t in built for c in t.columns if c.kind == "free_text"]
    assert len(texts) >= 15
    for table, column in texts:
        values = [str(x) for x in _real(column.values)]
        digits = _hits(values, lambda x: bool(re.search(r"[0-9]{3}[ .-]?[0-9]{3}", x)) or "@" in x)
        capitals = _hits(values, lambda x: bool(re.search(r"\b[A-ZÀ-Ž][a-zà-ž]+ [A-ZÀ-Ž][a-zà-ž]+", x)))
        assert digits + capitals >= 5, f"{table.name}.{column.name}"


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v52, heldout_v52_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "52"}, module.__name__


def test_when_the_scorer_builds_set_v52_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v52.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v52"].DEFAULT_PATH == Path("/tmp/heldout_v52.duckdb")
