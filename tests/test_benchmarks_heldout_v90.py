"""Held-out set v90: its size, languages, labels, row counts, NULL and NULL-word shares, legacy columns, opaque custom
fields, identifiers with check digits, phones valid for their region, decoys failing or passing their checks, and that
it is the same on every build (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.au import abn, tfn
from stdnum.ca import bn, sin
from stdnum.cl import rut
from stdnum.gb import vat as gbvat
from stdnum.ie import pps
from stdnum.ie import vat as ievat
from stdnum.in_ import aadhaar, gstin, pan
from stdnum.kr import brn, rrn
from stdnum.pl import nip, pesel
from stdnum.ro import cnp, cui
from stdnum.se import orgnr, personnummer
from stdnum.tr import tckimlik, vkn
from stdnum.us import ein, ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v90, heldout_v90_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "pl", "ro", "tr", "ko", "es", "sv"}

TABLES = {
    "site_induct.inductions", "SubconReg.WorkerRegister", "craneOps.operatorCertificates",
    "stg_labour.src_tna_mine_crews", "MINESAFE.LAMP_ROOM_CHECKINS", "FABLIB.CLKMSTP", "USW_LOCAL.DUESMAST",
    "ehs_chakan.incident_register", "SAPHR.ZHR_A1_ENTSENDUNG", "kopalnia_badania.badania_okresowe",
    "constructii_cluj.registruSalariati", "gebze_tersane.isg_egitim_sertifikalari", "울산조선_협력사.안전교육_출입",
    "MineraPampa.AcreditacionContratistas", "verkstad_vasteras.larlingar",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v90")
_cells = heldout_support.Cells(heldout_v90.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v90, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert 0.40 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.62
    assert {t.name for t in built} == TABLES
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {k.value for k in Kind} - {"none"} <= {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "value_shape", "staff",
            "audit", "role_word", "service_account", "join_key", "placeholder", "opaque", "mixed_kinds", "legacy",
            "padded", "int_date", "numeric_id", "zero_missing", "check_digit", "event_date", "scheme_card",
            "dob_text", "prefixed"} <= tags
    assert {"snake", "camel", "pascal", "screaming", "opaque", "sap", "hangul"} <= {t.style for t in built}


def test_when_a_table_has_hangul_names_then_its_values_are_in_hangul_too(built) -> None:
    names = _values(built, "울산조선_협력사.안전교육_출입", "성명")
    assert names and _misses(names, lambda x: all("\uac00" <= ch <= "\ud7a3" for ch in str(x))) == 0


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v90.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "service_account", "join_key",
                                                           "check_digit", "event_date"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username", "scheme_card"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username", "scheme_card"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"mixed_kinds"}):
        assert column.kind == "free_text", column.name


def test_when_every_table_is_read_then_each_has_an_opaque_field_with_personal_data_and_one_without(built) -> None:
    for table in built:
        opaque = [c for c in table.columns if "opaque" in c.tags]
        assert any(c.kind != "none" for c in opaque), table.name
        assert any(c.kind == "none" for c in opaque), table.name


def test_when_an_opaque_field_is_mixed_then_it_holds_phones_emails_and_names(built) -> None:
    mixed = [(t.name, c) for t in built for c in t.columns if "mixed_kinds" in c.tags]
    assert len(mixed) >= 2
    for _, column in mixed:
        values = [str(x) for x in _real(column.values)]
        mails = _hits(values, lambda x: "@" in x)
        phones = _hits(values, lambda x: sum(ch.isdigit() for ch in x) >= 8 and "@" not in x)
        names = len(values) - mails - phones
        assert min(mails, phones, names) >= 0.15 * len(values), column.name


def test_when_a_staging_table_is_read_then_its_columns_are_numbered_and_text(built) -> None:
    table = heldout_support.table(built, "stg_labour.src_tna_mine_crews")
    numbered = [c for c in table.columns if re.fullmatch(r"col[0-9]{2}", c.name)]
    assert len(numbered) == 18 and all(c.sql_type == "VARCHAR" for c in numbered)


def test_when_a_legacy_column_is_padded_then_its_values_have_trailing_blanks(built) -> None:
    padded = [c for c in _columns(built) if "padded" in c.tags]
    assert len(padded) >= 10
    for column in padded:
        values = [x for x in column.values if isinstance(x, str) and x.strip()]
        assert values and _hits(values, lambda x: x.endswith(" ")) >= 0.5 * len(values), column.name


def test_when_a_legacy_date_is_a_number_then_it_parses_as_a_date(built) -> None:
    cyy = _column(built, "FABLIB.CLKMSTP", "CKBDAT").values
    assert _misses(cyy, lambda x: len(f"{x:07d}") == 7 and 1 <= int(f"{x:07d}"[3:5]) <= 12) == 0
    ymd = _column(built, "USW_LOCAL.DUESMAST", "MB-BIRTH-DATE").values
    assert _misses(ymd, lambda x: 1950 <= x // 10_000 <= 2004 and 1 <= x // 100 % 100 <= 12) == 0
    dats = _column(built, "SAPHR.ZHR_A1_ENTSENDUNG", "GBDAT").values
    assert _misses(dats, lambda x: bool(re.fullmatch(r"(19|20)[0-9]{6}", str(x)))) == 0
    text = _column(built, "stg_labour.src_tna_mine_crews", "col03").values
    assert _misses(text, lambda x: bool(re.fullmatch(r"[0-9]{2}/[0-9]{2}/[0-9]{4}", str(x)))) == 0


def test_when_a_number_column_uses_zero_for_missing_then_some_zeros_occur_and_the_rest_are_valid(built) -> None:
    zero = [c for c in _columns(built) if "zero_missing" in c.tags]
    assert len(zero) >= 3
    for column in zero:
        assert 1 <= column.values.count(0) <= 0.2 * len(column.values), column.name


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 10
    assert {"ice_contact_name", "NextOfKin", "udf03", "NOK_NAME", "CUSTOM_FIELD_2", "inj_person_name",
            "witness_name", "vardnadshavare", "MB-USER-FLD-2"} <= {c.name for c in role}
    assert all(c.kind in PERSON_KINDS | {"phone"} for c in role)


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 14
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_an_audit_column_is_built_then_logins_are_usernames_and_programs_are_none(built) -> None:
    audit = [c for c in _columns(built) if "audit" in c.tags]
    assert {c.kind for c in audit} == {"unclassified", "none"}
    for column in audit:
        assert 2 <= len(set(_real(column.values))) <= 6, column.name


def test_when_the_set_is_built_then_every_table_has_200_to_1500_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 1_500, table.name


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 8
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 3
    for column in heavy:
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert column.kind != "none" and 0.70 <= share <= 0.95, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_holds_placeholders_then_few_cells_are_placeholders(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 2
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 5 <= len(words) <= 0.15 * len(column.values), column.name


def _either(*checks):
    return lambda x: any(check(x) for check in checks)


#: (table, column, check) for every checksummed personal identifier and card
CHECKED: list[tuple[str, str, object]] = [
    ("SubconReg.WorkerRegister", "PpsNumber", pps.is_valid),
    ("SubconReg.WorkerRegister", "WagesIban", iban.is_valid),
    ("craneOps.operatorCertificates", "sin", sin.is_valid),
    ("stg_labour.src_tna_mine_crews", "col04", tfn.is_valid),
    ("MINESAFE.LAMP_ROOM_CHECKINS", "SA_ID_NO", idnr.is_valid),
    ("FABLIB.CLKMSTP", "CKSSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("USW_LOCAL.DUESMAST", "MB-SSN", ssn.is_valid),
    ("USW_LOCAL.DUESMAST", "MB-DUES-CARD-NUM", luhn.is_valid),
    ("ehs_chakan.incident_register", "inj_aadhaar_no", aadhaar.is_valid),
    ("ehs_chakan.incident_register", "inj_pan", pan.is_valid),
    ("SAPHR.ZHR_A1_ENTSENDUNG", "ZZ_HEIMAT_ID", _either(pesel.is_valid, cnp.is_valid)),
    ("SAPHR.ZHR_A1_ENTSENDUNG", "IBAN", iban.is_valid),
    ("kopalnia_badania.badania_okresowe", "pesel", pesel.is_valid),
    ("constructii_cluj.registruSalariati", "cnp", cnp.is_valid),
    ("constructii_cluj.registruSalariati", "ibanSalariu", iban.is_valid),
    ("gebze_tersane.isg_egitim_sertifikalari", "tc_kimlik_no", tckimlik.is_valid),
    ("gebze_tersane.isg_egitim_sertifikalari", "iban", iban.is_valid),
    ("울산조선_협력사.안전교육_출입", "주민등록번호", rrn.is_valid),
    ("MineraPampa.AcreditacionContratistas", "Rut", rut.is_valid),
    ("verkstad_vasteras.larlingar", "personnummer", personnummer.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, column, check) -> None:
    values = [x for x in _values(built, table, column) if x != 0]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_birth_date_of_its_row(built) -> None:
    for table, idc, dob, get in (
            ("kopalnia_badania.badania_okresowe", "pesel", "data_urodzenia", pesel.get_birth_date),
            ("constructii_cluj.registruSalariati", "cnp", "dataNasterii", cnp.get_birth_date),
            ("울산조선_협력사.안전교육_출입", "주민등록번호", "생년월일", rrn.get_birth_date),
            ("verkstad_vasteras.larlingar", "personnummer", "fodelsedatum", personnummer.get_birth_date),
            ("MINESAFE.LAMP_ROOM_CHECKINS", "SA_ID_NO", "DATE_OF_BIRTH", idnr.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table


#: (table, column, check) for company numbers kept as business decoys: they pass their check and are none
BUSINESS_CHECKED: list[tuple[str, str, object]] = [
    ("site_induct.inductions", "employer_vat_no", gbvat.is_valid),
    ("SubconReg.WorkerRegister", "SubcontractorVatNo", ievat.is_valid),
    ("craneOps.operatorCertificates", "employerBn", bn.is_valid),
    ("stg_labour.src_tna_mine_crews", "col11", abn.is_valid),
    ("USW_LOCAL.DUESMAST", "MB-EMPLOYER-EIN", ein.is_valid),
    ("ehs_chakan.incident_register", "contractor_gstin", gstin.is_valid),
    ("kopalnia_badania.badania_okresowe", "nip_przychodni", nip.is_valid),
    ("constructii_cluj.registruSalariati", "cuiAngajator", cui.is_valid),
    ("gebze_tersane.isg_egitim_sertifikalari", "firma_vergi_no", vkn.is_valid),
    ("울산조선_협력사.안전교육_출입", "사업자등록번호", brn.is_valid),
    ("MineraPampa.AcreditacionContratistas", "RutEmpresa", rut.is_valid),
    ("verkstad_vasteras.larlingar", "arbetsgivare_orgnr", orgnr.is_valid),
]


@pytest.mark.parametrize(("table", "column", "check"), BUSINESS_CHECKED,
                         ids=[f"{t}.{c}" for t, c, _ in BUSINESS_CHECKED])
def test_when_a_company_number_is_built_then_it_passes_its_check_and_is_none(built, table, column, check) -> None:
    col = _column(built, table, column)
    values = _real(col.values)
    assert col.kind == "none" and "business" in col.tags
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_decoy_is_shaped_like_a_personal_number_then_it_fails_that_numbers_check(built) -> None:
    for table, name, check in (
            ("USW_LOCAL.DUESMAST", "MB-CARD-NO", ssn.is_valid),
            ("kopalnia_badania.badania_okresowe", "nr_skierowania", pesel.is_valid),
            ("gebze_tersane.isg_egitim_sertifikalari", "sertifika_no", tckimlik.is_valid),
            ("MineraPampa.AcreditacionContratistas", "FolioCredencial", rut.is_valid)):
        values = _values(built, table, name)
        assert _column(built, table, name).kind == "none"
        assert len(values) >= 100 and _hits(values, check) == 0, name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones (the A1 table's home phones are E.164 of Poland or Romania)
PHONE_REGIONS = {
    "site_induct.inductions": "GB", "SubconReg.WorkerRegister": "IE", "craneOps.operatorCertificates": "CA",
    "stg_labour.src_tna_mine_crews": "AU", "MINESAFE.LAMP_ROOM_CHECKINS": "ZA", "FABLIB.CLKMSTP": "US",
    "USW_LOCAL.DUESMAST": "US", "ehs_chakan.incident_register": "IN", "SAPHR.ZHR_A1_ENTSENDUNG": "DE",
    "kopalnia_badania.badania_okresowe": "PL", "constructii_cluj.registruSalariati": "RO",
    "gebze_tersane.isg_egitim_sertifikalari": "TR", "울산조선_협력사.안전교육_출입": "KR",
    "MineraPampa.AcreditacionContratistas": "CL", "verkstad_vasteras.larlingar": "SE",
}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values) if x != 0]
        assert values and _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert set(PHONE_REGIONS.values()) | {"RO"} <= seen


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert ips
    for column in ips:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v90, heldout_v90_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "90"}, module.__name__


def test_when_the_docstring_is_read_then_it_says_blind_and_short_deadline(built) -> None:
    doc = heldout_v90.__doc__ or ""
    assert "blind" in doc and "v2 to v89" in doc and "short deadline" in doc
    assert "Labeling choices a reader may question" in doc


def test_when_the_scorer_builds_set_v90_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
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
    assert heldout_v90.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v90"].DEFAULT_PATH == Path("/tmp/heldout_v90.duckdb")
