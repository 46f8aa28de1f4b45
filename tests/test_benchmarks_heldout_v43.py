"""Held-out set v43: its size, tables, languages, labels, row counts, NULL shares, staff, usernames, decoys shaped
like financial identifiers (BICs, LEIs, ISINs, UETRs, SEPA creditor identifiers, RF references), identifiers of
persons with check digits, phones and misleading names are the ones asked for, and it is the same on every build
(values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
import uuid
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import bic, iban, isin, lei, luhn
from stdnum.br import cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.iso7064 import mod_97_10
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.pt import nif
from stdnum.se import orgnr, personnummer
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v43, heldout_v43_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv"}

#: every table of the set: financial-services back-office systems, one per table
TABLES = {
    "swift.mt103_inbound", "iso20022.pacs008_credit_transfers", "lastschrift.mandate", "aml.tm_alerts",
    "kyc.periodicReviewCases", "cards.chargebacks", "recobro.expedientes_mora", "patrimoni.ProfiloCliente",
    "acceptatie.aanvragen", "ppk.uczestnicy", "paie.saisies_remunerations", "FRAUD.CASE_LOG",
    "corretora.aberturaConta", "kreditupplysning.forfragningar",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v43")
_cells = heldout_support.Cells(heldout_v43.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v43, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 13 <= len(built) <= 15 and len(columns) >= 220
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    english = sum(len(t.columns) for t in built if t.language == "en") / len(columns)
    assert 0.35 <= english <= 0.60
    assert 0.40 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.60
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "value_shape", "business", "null_heavy", "misleading", "opaque", "staff", "username",
            "partial", "masked", "credential", "join_key", "payment_field", "dob_text", "dob_int"} <= tags
    assert {"snake", "camel", "pascal", "screaming", "dotted"} <= {t.style for t in built}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v43.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "join_key", "partial", "masked",
                                                           "credential"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if "username" in c.tags):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert "username" in column.tags, column.name
    for column in (c for c in _columns(built) if c.tags & {"misleading", "opaque"}):
        assert column.kind != "none", column.name


def test_when_the_set_is_built_then_every_table_has_200_to_2000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 2_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_90_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 8
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.90, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for column in table.columns:
            if "null_heavy" not in column.tags:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 10
    for column in staff:
        assert column.kind == "person_name", column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    for column in (c for c in _columns(built) if "username" in c.tags):
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def _sepa_ci_valid(text: object) -> bool:
    s = str(text)
    return s[4:7] == "ZZZ" and mod_97_10.is_valid(s[7:] + s[:4])


def _rf_valid(text: object) -> bool:
    s = str(text)
    return s.startswith("RF") and mod_97_10.is_valid(s[4:] + s[:4])


def _uuid_valid(text: object) -> bool:
    try:
        return uuid.UUID(str(text)).version == 4
    except ValueError:
        return False


#: (table, column, check) for every checksummed identifier column, personal or decoy
CHECKED: list[tuple[str, str, object]] = [
    ("swift.mt103_inbound", "F50K_Account", iban.is_valid),
    ("swift.mt103_inbound", "F52A_OrderingInstitution", bic.is_valid),
    ("swift.mt103_inbound", "UETR", _uuid_valid),
    ("iso20022.pacs008_credit_transfers", "CdtTrfTxInf.DbtrAcct.Id.IBAN", iban.is_valid),
    ("iso20022.pacs008_credit_transfers", "CdtTrfTxInf.CdtrAcct.Id.IBAN", iban.is_valid),
    ("iso20022.pacs008_credit_transfers", "CdtTrfTxInf.Cdtr.Id.OrgId.LEI", lei.is_valid),
    ("iso20022.pacs008_credit_transfers", "CdtTrfTxInf.DbtrAgt.FinInstnId.BICFI", bic.is_valid),
    ("iso20022.pacs008_credit_transfers", "CdtTrfTxInf.RmtInf.Strd.CdtrRefInf.Ref", _rf_valid),
    ("lastschrift.mandate", "iban_zahler", iban.is_valid),
    ("lastschrift.mandate", "glaeubiger_id", _sepa_ci_valid),
    ("aml.tm_alerts", "customer_ssn", ssn.is_valid),
    ("aml.tm_alerts", "counterparty_iban", iban.is_valid),
    ("kyc.periodicReviewCases", "taxId", nif.is_valid),
    ("cards.chargebacks", "cardNumber", luhn.is_valid),
    ("cards.chargebacks", "arn", luhn.is_valid),
    ("recobro.expedientes_mora", "deudor_dni", dni.is_valid),
    ("recobro.expedientes_mora", "avalista_nie", nie.is_valid),
    ("recobro.expedientes_mora", "iban_domiciliacion", iban.is_valid),
    ("patrimoni.ProfiloCliente", "CodiceFiscale", codicefiscale.is_valid),
    ("patrimoni.ProfiloCliente", "IbanRegolamento", iban.is_valid),
    ("patrimoni.ProfiloCliente", "IsinPrincipale", isin.is_valid),
    ("patrimoni.ProfiloCliente", "LeiHolding", lei.is_valid),
    ("acceptatie.aanvragen", "bsn", bsn.is_valid),
    ("ppk.uczestnicy", "pesel", pesel.is_valid),
    ("ppk.uczestnicy", "uposazony_pesel", pesel.is_valid),
    ("ppk.uczestnicy", "nip_pracodawcy", nip.is_valid),
    ("paie.saisies_remunerations", "nir", nir.is_valid),
    ("paie.saisies_remunerations", "creancier_iban", iban.is_valid),
    ("FRAUD.CASE_LOG", "MULE_IBAN", iban.is_valid),
    ("corretora.aberturaConta", "cpf", cpf.is_valid),
    ("kreditupplysning.forfragningar", "personnummer", personnummer.is_valid),
    ("kreditupplysning.forfragningar", "forfragare_orgnr", orgnr.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_german_tax_id_is_built_then_it_passes_its_check() -> None:
    g = heldout_v43_values.Gen("idnr_check", 50)
    assert _misses([heldout_v43_values.de_idnr(g) for _ in range(50)], idnr.is_valid) == 0


def _as_date(value: object) -> date:
    if isinstance(value, date):
        return value
    s = str(value)
    if isinstance(value, int) or re.fullmatch(r"\d{8}", s):
        return date(int(s[:4]), int(s[4:6]), int(s[6:]))
    d, m, y = re.split(r"[/.-]", s)
    return date(int(y), int(m), int(d))


def test_when_a_national_id_is_built_then_it_encodes_the_date_of_birth_of_its_row(built) -> None:
    for table, idc, dob, get in (("ppk.uczestnicy", "pesel", "data_urodzenia", pesel.get_birth_date),
                                 ("patrimoni.ProfiloCliente", "CodiceFiscale", "DataNascita",
                                  codicefiscale.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    rows = zip(_column(built, "paie.saisies_remunerations", "nir").values,
               _column(built, "paie.saisies_remunerations", "date_naissance").values)
    assert _misses(list(rows), lambda r: r[0][1:5] == _as_date(r[1]).strftime("%y%m")) == 0


def test_when_a_column_is_labeled_date_of_birth_then_every_value_is_a_plausible_birth_date(built) -> None:
    dobs = [c for c in _columns(built) if c.kind == "date_of_birth"]
    assert len(dobs) >= 8 and {c.sql_type for c in dobs} >= {"DATE", "VARCHAR", "INTEGER"}
    for column in dobs:
        values = _real(column.values)
        assert values and _misses(values, lambda x: 1925 <= _as_date(x).year <= 2006) == 0, column.name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region its phone numbers belong to
PHONE_REGIONS = {"lastschrift.mandate": "DE", "aml.tm_alerts": "US", "kyc.periodicReviewCases": "PT",
                 "cards.chargebacks": "US", "recobro.expedientes_mora": "ES", "patrimoni.ProfiloCliente": "IT",
                 "acceptatie.aanvragen": "NL", "ppk.uczestnicy": "PL", "FRAUD.CASE_LOG": "GB",
                 "corretora.aberturaConta": "BR", "kreditupplysning.forfragningar": "SE"}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 12
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert set(PHONE_REGIONS.values()) <= seen


def test_when_a_column_is_labeled_email_or_ip_then_every_value_has_that_shape(built) -> None:
    for column in (c for c in _columns(built) if c.kind == "email"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", x) is not None) == 0, \
            column.name
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name


def test_when_a_card_is_masked_or_cut_to_four_digits_then_it_is_none(built) -> None:
    masked = _values(built, "cards.chargebacks", "maskedPan")
    assert _misses(masked, lambda x: re.fullmatch(r"\d{6}\*{5,6}\d{4}", str(x)) is not None) == 0
    last4 = _values(built, "cards.chargebacks", "cardLast4")
    assert _misses(last4, lambda x: re.fullmatch(r"\d{4}", str(x)) is not None) == 0
    assert _column(built, "cards.chargebacks", "maskedPan").kind == "none"


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_is_none(built) -> None:
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 30 and all(c.kind == "none" for c in shaped)
    names = {c.name for c in shaped}
    assert {"UETR", "F52A_OrderingInstitution", "CdtTrfTxInf.Cdtr.Id.OrgId.LEI", "IsinPrincipale", "glaeubiger_id",
            "CdtTrfTxInf.PmtId.EndToEndId", "merchantCategoryCode", "documentHash", "maskedPan"} <= names


def test_when_names_mislead_or_are_opaque_then_personal_values_hide_behind_them(built) -> None:
    odd = {c.name: c.kind for c in _columns(built) if c.tags & {"misleading", "opaque"}}
    assert {"zusatz": "phone", "Rif2": "phone", "kod": "phone", "REF2": "email", "MISC_1": "street_address",
            "C17": "date_of_birth", "F_08": "phone", "attr_x": "email"}.items() <= odd.items()
    assert _misses(_values(built, "FRAUD.CASE_LOG", "REF2"), lambda x: "@" in str(x)) == 0


def test_when_a_payment_field_holds_several_kinds_then_it_is_free_text(built) -> None:
    for name in ("F50K_OrderingCustomer", "F59_Beneficiary"):
        col = _column(built, "swift.mt103_inbound", name)
        assert col.kind == "free_text"
        assert _misses([str(x) for x in col.values], lambda x: x.count("\n") >= 3 and x.startswith("/")) == 0
    free = [c for c in _columns(built) if c.kind == "free_text"]
    assert len(free) >= 10


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v43, heldout_v43_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "43"}, module.__name__


def test_when_the_scorer_builds_set_v43_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v43.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v43"].DEFAULT_PATH == Path("/tmp/heldout_v43.duckdb")
