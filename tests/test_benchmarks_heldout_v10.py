"""Held-out set v10: its size, shapes of real-system exports, languages, labels, row counts, NULL shares, dirt and
identifiers are the ones asked for, and it is the same on every build (values are only counted or checked here,
never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings (``NULL``, ``N/A``, ``-``, ``00000000``, ...) and padding are part of the set's dirt: identifier
checks skip the former and strip the latter. The check-digit rules python-stdnum does not ship (German pension and
health-insurance numbers, Brazilian PIS, Russian SNILS, Polish identity card, SEPA creditor id) are written again
here, independently of the generators."""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.cz import dic as cz_dic
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr
from stdnum.de import vat as de_vat
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fr import nir, siret
from stdnum.gr import amka
from stdnum.gr import vat as gr_vat
from stdnum.ie import pps
from stdnum.it import codicefiscale, iva
from stdnum.jp import cn as jp_cn
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.ru import inn, ogrn
from stdnum.se import orgnr as se_orgnr
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.us import ssn as us_ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v10
from governance_dagster.kinds import Kind

#: the languages of issue 13's list (romanized Japanese as ja-Latn, Cyrillic as ru, Greek as el)
ISSUE_LANGUAGES = {"en", "de", "fr", "es", "it", "pt-BR", "nl", "pl", "sv", "da", "cs", "tr", "ja-Latn", "ja", "ru",
                   "el"}

Built = list[heldout_v10.Table]


@pytest.fixture(scope="module")
def scored_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Built, Path]:
    """The set as the scorer builds it (once for the module): its tables, and the DuckDB file they were written to."""
    path = tmp_path_factory.mktemp("v10") / "v10.duckdb"
    return heldout_v2_accuracy.SETS["v10"].build(path), path


@pytest.fixture(scope="module")
def built(scored_file: tuple[Built, Path]) -> Built:
    return scored_file[0]


def _table(built: Built, name: str) -> heldout_v10.Table:
    return next(t for t in built if t.name == name)


def _column(built: Built, table: str, column: str) -> heldout_v10.Column:
    return next(c for c in _table(built, table).columns if c.name == column)


def _real(values: list[object]) -> list[object]:
    """The values that are neither NULL nor a NULL-like string, stripped of padding."""
    return [v.strip() if isinstance(v, str) else v for v in values
            if v is not None and not (isinstance(v, str) and v.strip() in heldout_v10.NULLISH)]


def _values(built: Built, table: str, column: str) -> list[object]:
    return _real(_column(built, table, column).values)


def _columns(built: Built) -> list[heldout_v10.Column]:
    return [c for t in built for c in t.columns]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    # the two smallest tables only: rebuilding the whole set would double the module's time
    for make, rows in sorted(heldout_v10.BUILDERS, key=lambda b: b[1])[:2]:
        again = make(heldout_v10.Gen(make.__name__, rows))
        first = _table(built, again.name)
        same = [(c.name, c.kind, c.values) for c in again.columns] == [(c.name, c.kind, c.values) for c in
                                                                       first.columns]
        assert same, again.name


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) >= 20 and len(columns) >= 700
    assert 0.40 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.60
    assert len({t.name for t in built}) == len(built)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert ISSUE_LANGUAGES <= {t.language_of(c) for t in built for c in t.columns}
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none", "unclassified"} <= {c.kind for c in columns}
    assert heldout_v10.USERNAME in {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "abbrev", "opaque", "username", "qualified", "scd", "erp",
            "json_path", "custom_field", "device", "hl7", "blank_heavy"} <= tags
    assert {"screaming", "screaming+abbrev", "snake", "snake+abbrev", "pascal", "camel+dotted", "lower", "spaced",
            "dotted", "double_underscore", "hl7", "native"} <= {t.style for t in built}


def test_when_the_set_is_built_then_it_has_the_shapes_of_real_system_exports(built) -> None:
    columns = _columns(built)
    # ERP exports with cryptic names: SAP, Oracle, Protheus and other HR systems
    erp = [t for t in built if sum("erp" in c.tags for c in t.columns) >= 0.9 * len(t.columns)]
    assert len(erp) >= 8
    sap = {c.name for t in built if t.name.startswith("sap_") for c in t.columns}
    assert {"KUNNR", "NAME1", "SORTL", "STRAS", "PSTLZ", "ORT01", "TELF1", "GBDAT", "HSNMR", "ERNAM"} <= sap
    # flattened JSON: dots, list indexes and double underscores
    paths = [c for c in columns if "json_path" in c.tags]
    assert len(paths) >= 100
    assert sum("[" in c.name for c in paths) >= 15 and sum("__" in c.name for c in paths) >= 30
    assert {"billing_details.address.line1", "customer__email", "shipping__address__zip", "MailingStreet",
            "Account.BillingStreet", "PID_11_5"} <= {c.name for c in columns}
    # custom fields: SAP ZZ fields, Salesforce __c, Dataverse publisher prefix, Oracle flexfields, Zendesk ids, metadata
    custom = [c for c in columns if "custom_field" in c.tags]
    assert len(custom) >= 40 and sum(c.kind != "none" for c in custom) >= 20
    assert sum(c.name.endswith("__c") for c in custom) >= 8
    # health: a FHIR table, an HL7 table with whole composite fields, a Japanese hospital table
    hl7 = [c for c in columns if "hl7" in c.tags]
    assert len(hl7) >= 30 and sum(c.kind != "none" and "^" in str(_real(c.values)[0]) for c in hl7) >= 4
    # telecom and IoT: device identifiers are decoys, MSISDN and A/B-numbers phones
    device = [c for c in columns if "device" in c.tags]
    assert len(device) >= 20 and all(c.kind == "none" and "decoy" in c.tags for c in device)
    # HR: a date of birth beside another date column written the same way in the same table
    same_shape = 0
    for table in built:
        def shape(col: heldout_v10.Column) -> str:
            counts = Counter(re.sub(r"\d", "9", str(x)) for x in _real(col.values)[:200])
            return counts.most_common(1)[0][0] if counts else ""

        births = [c for c in table.columns if c.kind == "date_of_birth"]
        others = [c for c in table.columns if c.kind == "none" and "decoy" in c.tags and c.sql_type != "BOOLEAN"]
        same_shape += any(shape(b) == shape(o) and b.sql_type == o.sql_type and re.search(r"9", shape(b))
                          for b in births for o in others)
    assert same_shape >= 10
    # wide exports
    assert sum(len(t.columns) >= 38 for t in built) >= 6


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v10.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_business_decoy_scd_or_device_then_it_is_labeled_none(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "scd", "device"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy", "scd"}, column.name
    for column in (c for c in _columns(built) if "username" in c.tags):
        assert column.kind == heldout_v10.USERNAME, column.name


def test_when_the_set_is_built_then_every_table_has_200_to_3000_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 3_000, table.name


def test_when_a_column_is_tagged_null_heavy_then_at_least_70_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    personal = [c for c in heavy if c.kind != "none"]
    assert len(personal) >= 40
    for column in heavy:
        share = sum(v is None for v in column.values) / len(column.values)
        # personal NULL-heavy columns 70-90% NULL; decoy and business ones as empty as real exports leave them
        assert 0.70 <= share <= (0.90 if column.kind != "none" else 0.99), column.name
    assert {c.kind for c in personal} >= {"person_name", "street_address", "phone", "national_id", "ssn",
                                          "date_of_birth", "free_text", "last_name", "credit_card", "ip_address"}


def test_when_a_column_is_not_tagged_null_heavy_then_at_most_30_percent_of_it_is_null(built) -> None:
    for column in (c for c in _columns(built) if "null_heavy" not in c.tags):
        share = sum(v is None for v in column.values) / len(column.values)
        assert share <= 0.30, column.name


def test_when_the_set_is_built_then_legacy_exports_are_dirty_and_api_exports_clean(built) -> None:
    def text(table: heldout_v10.Table) -> list[tuple[heldout_v10.Column, list[str]]]:
        return [(c, [v for v in c.values if isinstance(v, str)]) for c in table.columns if c.kind != "none"]

    # names and counts only, so that a failure never prints a value
    personal = [pair for t in built for pair in text(t)]
    with_nullish = sum(any(v.strip() in heldout_v10.NULLISH for v in vs) for _, vs in personal)
    padded = sum(any(v != v.strip() for v in vs) for _, vs in personal)
    assert with_nullish >= 20 and padded >= 20
    clean = [t.name for t in built if all(v == v.strip() and v not in heldout_v10.NULLISH
                                          for _, vs in text(t) for v in vs)]
    assert len(clean) >= 8 and {"stripe.charges", "fhir.Patient_flat", "dataverse.contact"} <= set(clean)
    # Protheus: CHAR columns padded to their width, empty values as blanks rather than NULL
    protheus = _table(built, "protheus.SRA010")
    assert {len(v) for v in _column(built, protheus.name, "RA_NOME").values} == {30}
    for column in (c for c in protheus.columns if "blank_heavy" in c.tags):
        share = sum(isinstance(v, str) and not v.strip() for v in column.values) / len(column.values)
        assert 0.70 <= share <= 0.90 and column.kind != "none", column.name
    # SAP writes an unknown date as 00000000
    assert "00000000" in _column(built, "sap_sd.KNA1", "ZZGEBDAT").values
    # dates of birth as DATE, TIMESTAMP, INTEGER and text in many layouts, FHIR partial dates, Japanese eras
    births = [c for c in _columns(built) if c.kind == "date_of_birth"]
    assert {"DATE", "INTEGER", "VARCHAR", "TIMESTAMP"} <= {c.sql_type for c in births}
    layouts = {re.sub(r"\d", "9", str(v)) for c in births if c.sql_type == "VARCHAR" for v in _real(c.values)}
    assert {"99999999", "99.99.9999", "99/99/9999", "99-99-9999", "9999-99", "99.99.9999 9:99:99"} <= layouts
    assert any("昭和" in x for x in layouts) and any(re.fullmatch(r"[SHR]99\.99\.99", x) for x in layouts)


def _spaceless(value: object) -> str:
    return str(value).replace(" ", "").replace("-", "").replace(".", "").replace("/", "")


def _invalid(values: list[object], is_valid: Callable[[object], bool]) -> int:
    """How many of ``values`` fail ``is_valid`` (a count, so that a failure never prints a value)."""
    return sum(not is_valid(v) for v in values)


def _one_of(*checks: Callable[[object], bool]) -> Callable[[object], bool]:
    return lambda v: any(check(v) for check in checks)


def _cross(n: int) -> int:
    return n // 10 + n % 10


def _rvnr(value: object) -> bool:
    """German pension-insurance number: letter as its alphabet position, weights 2,1,2,5,7,1,2,1,2,1,2,1."""
    text = str(value).replace(" ", "").upper()
    if not re.fullmatch(r"\d{8}[A-Z]\d{3}", text):
        return False
    digits = [int(ch) for ch in text[:8] + str(ord(text[8]) - 64).zfill(2) + text[9:11]]
    return sum(_cross(d * w) for d, w in zip(digits, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1))) % 10 == int(text[11])


def _pis(value: object) -> bool:
    text = re.sub(r"\D", "", str(value))
    if len(text) != 11:
        return False
    rest = sum(int(d) * w for d, w in zip(text, (3, 2, 9, 8, 7, 6, 5, 4, 3, 2))) % 11
    return (0 if rest < 2 else 11 - rest) == int(text[10])


def _snils(value: object) -> bool:
    text = re.sub(r"\D", "", str(value))
    if len(text) != 11:
        return False
    total = sum(int(d) * (9 - i) for i, d in enumerate(text[:9]))
    while total > 101:
        total %= 101
    return (0 if total in (100, 101) else total) == int(text[9:])


def _dowod(value: object) -> bool:
    text = str(value).upper()
    if not re.fullmatch(r"[A-Z]{3}\d{6}", text):
        return False
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    parts = [ord(ch) - 55 for ch in text[:3]] + [int(ch) for ch in text[4:]]
    return sum(p * w for p, w in zip(parts, weights)) % 10 == int(text[3])


def _nino(value: object) -> bool:
    return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", str(value).replace(" ", "")) is not None


def _creditor(value: object) -> bool:
    text = str(value)
    if not re.fullmatch(r"DE\d{2}ZZZ\d{11}", text):
        return False
    return int("".join(str(int(ch, 36)) for ch in text[7:] + "DE" + text[2:4])) % 97 == 1


def _nrb(value: object) -> bool:
    text = str(value).replace(" ", "")
    return iban.is_valid(text if text.startswith("PL") else "PL" + text)


def _token_bsn(value: object) -> bool:
    system, _, number = str(value).partition("|")
    return system == "http://fhir.nl/fhir/NamingSystem/bsn" and bsn.is_valid(number)


@pytest.mark.parametrize(("table", "column", "is_valid"), [
    ("sap_sd.KNA1", "ZZ_IBAN_LS", iban.is_valid),
    ("sap_sd.KNA1", "CCNUM", luhn.is_valid),
    ("sap_hcm.ZHR_PA_EXPORT", "IBAN", iban.is_valid),
    ("sap_hcm.ZHR_PA_EXPORT", "STEUERID", idnr.is_valid),
    ("sap_hcm.ZHR_PA_EXPORT", "RVNR", _rvnr),
    ("apps.PER_ALL_PEOPLE_F_V", "NATIONAL_IDENTIFIER", _one_of(_nino, pps.is_valid)),
    ("protheus.SRA010", "RA_CIC", cpf.is_valid),
    ("protheus.SRA010", "RA_PIS", _pis),
    ("CDN.Pracownicy", "PRE_Pesel", pesel.is_valid),
    ("CDN.Pracownicy", "PRE_NIP", nip.is_valid),
    ("CDN.Pracownicy", "PRE_DowodNr", _dowod),
    ("CDN.Pracownicy", "PRE_NrRachunku", _nrb),
    ("bc.Medarbejdere", "CPR-nr.", cpr.is_valid),
    ("bc.Medarbejdere", "IBAN", iban.is_valid),
    ("зуп.Сотрудники", "СНИЛС", _snils),
    ("зуп.Сотрудники", "ИНН", lambda v: inn.is_valid(v) and len(str(v)) == 12),
    ("εργάνη.εργαζόμενοι", "αφμ", gr_vat.is_valid),
    ("εργάνη.εργαζόμενοι", "αμκα", amka.is_valid),
    ("εργάνη.εργαζόμενοι", "iban", iban.is_valid),
    ("paie.salaries_export", "N° de sécurité sociale", nir.is_valid),
    ("paie.salaries_export", "IBAN", iban.is_valid),
    ("payroll.worker_master", "national_id_number",
     _one_of(idnr.is_valid, bsn.is_valid, pesel.is_valid, cpr.is_valid, personnummer.is_valid, tckimlik.is_valid,
             cz_rc.is_valid, codicefiscale.is_valid, dni.is_valid, nie.is_valid, cpf.is_valid)),
    ("payroll.worker_master", "social_security_number",
     _one_of(us_ssn.is_valid, sin.is_valid, _nino, pps.is_valid, nir.is_valid)),
    ("payroll.worker_master", "bank_iban", iban.is_valid),
    ("dataverse.contact", "wbv_bsn", bsn.is_valid),
    ("dataverse.contact", "wbv_iban", iban.is_valid),
    ("salesforce.Contact", "Codice_Fiscale__c", codicefiscale.is_valid),
    ("salesforce.Contact", "IBAN_Rimborsi__c", iban.is_valid),
    ("hubspot.contactos_export", "DNI/NIE", _one_of(dni.is_valid, nie.is_valid)),
    ("zendesk.tickets_flat", "custom_fields.360041552211", cpf.is_valid),
    ("stripe.charges", "metadata.nir", nir.is_valid),
    ("fhir.Patient_flat", "identifier", _token_bsn),
    ("hl7.adt_a04_flat", "PID_19", us_ssn.is_valid),
    ("crm_mobil.zakaznici_sim", "rodne_cislo", cz_rc.is_valid),
    ("cdr.CAGRI_KAYITLARI_2025_11", "ABONE_TCKN", tckimlik.is_valid),
    ("iot.smarthem_enheter", "agare_personnummer", personnummer.is_valid),
    ("iot.smarthem_enheter", "cpr_nummer", cpr.is_valid),
    ("KEIBI.KEIYAKU_KIKI_MST", "KESSAI_CARD_NO", lambda v: luhn.is_valid(_spaceless(v))),
])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(
        built, table: str, column: str, is_valid: Callable[[object], bool]) -> None:
    values = _values(built, table, column)
    invalid = _invalid(values, is_valid)
    count = len(values)
    assert count > 0 and invalid == 0
    assert _column(built, table, column).kind in {"national_id", "ssn", "iban", "credit_card"}


@pytest.mark.parametrize(("table", "column", "is_valid"), [
    ("sap_sd.KNA1", "ZZ_GLAEUBIGER_ID", _creditor),
    ("sap_mm.LFA1_ANSP", "STCEG", de_vat.is_valid),
    ("sap_mm.LFA1_ANSP", "IBAN", iban.is_valid),
    ("зуп.Сотрудники", "ИННОрганизации", lambda v: inn.is_valid(v) and len(str(v)) == 10),
    ("зуп.Сотрудники", "ОГРНОрганизации", ogrn.is_valid),
    ("εργάνη.εργαζόμενοι", "αφμ_εργοδότη", gr_vat.is_valid),
    ("paie.salaries_export", "SIRET établissement", siret.is_valid),
    ("salesforce.Contact", "Account.Partita_IVA__c", iva.is_valid),
    ("elt_raw.sklep_orders", "note_attributes__2__value", nip.is_valid),
    ("crm_mobil.zakaznici_sim", "ico_podnikatele", lambda v: cz_dic.is_valid("CZ" + str(v))),
    ("iot.smarthem_enheter", "installator_orgnr", se_orgnr.is_valid),
    ("KEIBI.KEIYAKU_KIKI_MST", "DAIRITEN_HOJIN_BANGO", jp_cn.is_valid),
])
def test_when_a_business_identifier_decoy_is_built_then_it_passes_its_checksum_and_is_labeled_none(
        built, table: str, column: str, is_valid: Callable[[object], bool]) -> None:
    column_ = _column(built, table, column)
    values = _real(column_.values)
    assert column_.kind == "none" and "business" in column_.tags
    invalid = _invalid(values, is_valid)
    count = len(values)
    assert count > 0 and invalid == 0


_MAC = re.compile(r"([0-9a-f]{2}[:-]){5}[0-9a-f]{2}", re.IGNORECASE)


@pytest.mark.parametrize(("table", "column", "is_valid"), [
    ("crm_mobil.zakaznici_sim", "imei", lambda v: len(str(v)) == 15 and luhn.is_valid(str(v))),
    ("crm_mobil.zakaznici_sim", "iccid", lambda v: len(str(v)) == 19 and str(v).startswith("89")
     and luhn.is_valid(str(v))),
    ("crm_mobil.zakaznici_sim", "imsi", lambda v: re.fullmatch(r"2300[123]\d{10}", str(v)) is not None),
    ("cdr.CAGRI_KAYITLARI_2025_11", "ARAYAN_IMEI", lambda v: len(str(v)) == 15 and luhn.is_valid(str(v))),
    ("crm_mobil.zakaznici_sim", "mac_routeru", lambda v: _MAC.fullmatch(str(v)) is not None),
    ("iot.smarthem_enheter", "mac_adress", lambda v: _MAC.fullmatch(str(v)) is not None),
    ("KEIBI.KEIYAKU_KIKI_MST", "MAC_ADDR", lambda v: _MAC.fullmatch(str(v)) is not None),
])
def test_when_a_device_identifier_decoy_is_built_then_it_is_well_formed_and_labeled_none(
        built, table: str, column: str, is_valid: Callable[[object], bool]) -> None:
    column_ = _column(built, table, column)
    assert column_.kind == "none" and {"decoy", "device"} <= column_.tags
    assert _invalid(_real(column_.values), is_valid) == 0


#: the regions whose national numbers the set may write as digits only without a leading 0 (``31988887777``): a long
#: digit string is valid when it is a valid international number without ``+`` or a valid national number of these
NATIONAL_DIGITS = ("BR", "RU", "IT", "GR", "US", "CA", "MX", "PL", "CZ", "ES", "PT", "DK", "NO")


def _valid(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def _phone(value: object) -> bool:
    text = str(value).strip()
    if text.startswith("00"):
        return _valid("+" + text[2:], None)
    if text.startswith("+"):
        return _valid(text, None)
    return _valid("+" + text, None) or any(_valid(text, region) for region in NATIONAL_DIGITS)


def test_when_a_column_is_labeled_phone_then_every_international_value_is_a_valid_number(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 45
    seen: set[str] = set()
    for table, column in phones:
        for text in (str(v) for v in _real(column.values)):
            if text.startswith(("+", "00")) or (text.isdigit() and len(text) >= 11 and text[0] != "0"):
                valid = _phone(text)
                assert valid, f"{table.name}.{column.name}"
                number = "+" + text[2:] if text.startswith("00") else "+" + text.lstrip("+")
                if _valid(number, None):
                    seen.add(phonenumbers.region_code_for_number(phonenumbers.parse(number)))
    assert {"DE", "AT", "CH", "GB", "IE", "US", "CA", "NL", "IT", "ES", "BR", "FR", "PL", "CZ", "TR", "JP", "RU",
            "GR", "SE", "DK", "PT"} <= seen


def test_when_the_scorer_builds_set_v10_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v10.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v10"].DEFAULT_PATH == Path("/tmp/heldout_v10.duckdb")
