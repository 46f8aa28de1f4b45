"""Held-out set v125: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields with and without personal data, identifiers with check digits, IBANs, phones valid for their region, decoys
failing their checks and its determinism are the ones asked for (values are only counted or checked here, never
printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.au import tfn
from stdnum.ca import sin
from stdnum.cz import rc as cz_rc
from stdnum.fi import hetu
from stdnum.hr import oib
from stdnum.ie import pps
from stdnum.no import fodselsnummer, orgnr
from stdnum.ro import cnp
from stdnum.sk import rc
from stdnum.ua import rntrc
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v125
from benchmarks.classification import heldout_v125_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "fi", "no", "hu", "ro", "sk", "hr", "uk"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v125")
_cells = heldout_support.Cells(heldout_v125.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v125, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 360
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 8
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    assert {"snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "sfdc"} <= {t.style for t in built}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "value_shape", "staff", "role_word",
            "join_key", "legacy", "opaque", "custom_field", "custom_plain", "practitioner_id", "username"} <= tags
    assert {k.value for k in Kind} - {"credit_card"} <= {c.kind for c in columns}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v125.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "practitioner_id", "custom_plain"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy", "practitioner_id"}, col.name
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
    assert len(heavy) >= 15
    for col in heavy:
        assert col.kind != "none" and 0.50 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 6
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
    assert len(staff) >= 14
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {"joint_debtor_name", "spouseName", "AppointeeName", "NEXT_OF_KIN_NAME", "emrg_ctc_nm", "DC-SPOUSE-ID",
            "Witness_Name__c", "edunvalvoja", "verge_navn", "anyja_neve", "kezes_neve", "sot_sotie",
            "manzel_manzelka", "jamac_ime", "svjedok", "чоловік_дружина"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 8
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


def test_when_a_custom_field_holds_no_personal_data_then_it_has_no_emails_or_long_numbers(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 3
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 7) == 0, col.name


def _str(vals: list) -> list[str]:
    return [str(x).strip() for x in vals if x not in (0, None)]


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("nm_ch13.debtor_cases", "debtor_ssn", ssn.is_valid),
    ("bluenoseTrustees.consumerProposals", "debtorSin", sin.is_valid),
    ("DroIntermediary.Applications", "NiNumber", values.nino_is_valid),
    ("BKRPT_ADMIN.ESTATE_DEBTORS", "TFN", tfn.is_valid),
    ("ccs_dmp.cust_case", "cust_nric", values.nric_is_valid),
    ("DRVWLGCY.DC_CONSUMER_EXTRACT", "DC-ID-NO", idnr.is_valid),
    ("stg_pip_cork.src_enquiry_raw", "col03", pps.is_valid),
    ("dundee_money_advice.Client__c", "National_Insurance_No__c", values.nino_is_valid),
    ("velkaneuvonta_pirkanmaa.asiakkaat", "henkilotunnus", hetu.is_valid),
    ("gjeldsordning_bergen.soknader", "fodselsnummer", fodselsnummer.is_valid),
    ("csodvedelem_debrecen.adosok", "adoazonosito_jel", values.hu_tax_is_valid),
    ("csodvedelem_debrecen.adosok", "taj_szam", values.taj_is_valid),
    ("insolventa_cluj.debitori", "cnp", cnp.is_valid),
    ("oddlzenie_kosice.dlznici", "rodne_cislo", rc.is_valid),
    ("stecaj_potrosaca_split.duznici", "oib", oib.is_valid),
    ("bankrutstvo_lviv.боржники", "рнокпп", rntrc.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    vals = _str(_values(built, table, name))
    assert len(vals) >= 80 and _misses(vals, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_an_iban_column_or_a_spouse_id_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [(t.name, c.name) for t in built for c in t.columns if c.kind == "iban"]
    assert len(ibans) == 7
    for table, name in ibans:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, iban.is_valid) == 0, name
    spouses = _str(_values(built, "DRVWLGCY.DC_CONSUMER_EXTRACT", "DC-SPOUSE-ID"))
    assert len(spouses) >= 80 and _misses(spouses, idnr.is_valid) == 0


def _za_ymd(x: str) -> int:
    born = idnr.get_birth_date(x)
    return born.year * 10_000 + born.month * 100 + born.day


def _hetu_date(x: str) -> date:
    return date((1900 if x[6] == "-" else 2000) + int(x[4:6]), int(x[2:4]), int(x[:2]))


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (
            ("velkaneuvonta_pirkanmaa.asiakkaat", "henkilotunnus", "syntymaaika", _hetu_date),
            ("gjeldsordning_bergen.soknader", "fodselsnummer", "fodselsdato", fodselsnummer.get_birth_date),
            ("insolventa_cluj.debitori", "cnp", "data_nasterii", cnp.get_birth_date),
            ("oddlzenie_kosice.dlznici", "rodne_cislo", "datum_narodenia", cz_rc.get_birth_date),
            ("DRVWLGCY.DC_CONSUMER_EXTRACT", "DC-ID-NO", "DC-BIRTH-DT",
             _za_ymd),
            ("csodvedelem_debrecen.adosok", "adoazonosito_jel", "szuletesi_datum", values.hu_tax_birth_date),
            ("bankrutstvo_lviv.боржники", "рнокпп", "дата_народження", values.rntrc_birth_date),
            ("ccs_dmp.cust_case", "cust_nric", "cust_dob", lambda x: None)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        if table == "ccs_dmp.cust_case":
            ok = _misses(pairs, lambda r: int(r[0][1:3]) == r[1].year % 100) == 0
        else:
            ok = _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0
        assert len(pairs) >= 100 and ok, table


def test_when_a_legacy_table_is_built_then_its_dates_decode_and_its_text_is_padded(built) -> None:
    table = heldout_support.table(built, "DRVWLGCY.DC_CONSUMER_EXTRACT")
    for name in ("DC-BIRTH-DT", "DC-APPL-DT"):
        ymd = [x for x in _column(built, table.name, name).values if x]
        assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    padded = [c for c in table.columns
              if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
    assert len(padded) >= 5 and all("legacy" in c.tags for c in table.columns)


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    cases = (
        ("nm_ch13.debtor_cases", "claim_ref", lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and not ssn.is_valid(x)),
        ("bluenoseTrustees.consumerProposals", "fileReference",
         lambda x: len(x.replace(" ", "")) == 9 and not luhn.is_valid(x.replace(" ", ""))),
        ("BKRPT_ADMIN.ESTATE_DEBTORS", "INVOICE_NO", lambda x: len(x) == 9 and not tfn.is_valid(x)),
        ("ccs_dmp.cust_case", "crdtr_acct_ref", lambda x: len(x) == 16 and not luhn.is_valid(x)),
        ("DRVWLGCY.DC_CONSUMER_EXTRACT", "DC-FORM-NO", lambda x: len(x) == 13 and not idnr.is_valid(x)),
        ("stg_pip_cork.src_enquiry_raw", "col15", lambda x: len(x) == 8 and not pps.is_valid(x)),
        ("csodvedelem_debrecen.adosok", "szamla_sorszam", lambda x: len(x) == 11 and not values.taj_is_valid(x)),
        ("insolventa_cluj.debitori", "numar_factura", lambda x: len(x) == 13 and not cnp.is_valid(x)),
        ("stecaj_potrosaca_split.duznici", "racun_broj", lambda x: len(x) == 11 and not oib.is_valid(x)),
    )
    for table, name, ok in cases:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, ok) == 0, name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    orgs = _str(_values(built, "gjeldsordning_bergen.soknader", "kreditor_orgnr"))
    assert orgs and _misses(orgs, orgnr.is_valid) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "nm_ch13.debtor_cases": "US", "bluenoseTrustees.consumerProposals": "CA", "DroIntermediary.Applications": "GB",
    "BKRPT_ADMIN.ESTATE_DEBTORS": "AU", "ccs_dmp.cust_case": "SG", "DRVWLGCY.DC_CONSUMER_EXTRACT": "ZA",
    "stg_pip_cork.src_enquiry_raw": "IE", "dundee_money_advice.Client__c": "GB",
    "velkaneuvonta_pirkanmaa.asiakkaat": "FI", "gjeldsordning_bergen.soknader": "NO",
    "csodvedelem_debrecen.adosok": "HU", "insolventa_cluj.debitori": "RO", "oddlzenie_kosice.dlznici": "SK",
    "stecaj_potrosaca_split.duznici": "HR", "bankrutstvo_lviv.боржники": "UA",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 16
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 80, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("nm_ch13.debtor_cases", "employer_phone"),
                        ("bluenoseTrustees.consumerProposals", "officePhone"),
                        ("DroIntermediary.Applications", "BranchPhone"),
                        ("dundee_money_advice.Client__c", "Venue_Phone__c"),
                        ("velkaneuvonta_pirkanmaa.asiakkaat", "toimipiste_puhelin"),
                        ("stecaj_potrosaca_split.duznici", "poslovnica_telefon")):
        col = _column(built, table, name)
        vals = _str(_real(col.values))
        assert col.kind == "none" and vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_the_ukrainian_table_is_built_then_its_names_and_values_are_cyrillic(built) -> None:
    table = heldout_support.table(built, "bankrutstvo_lviv.боржники")
    cyr = [c for c in table.columns if any("\u0400" <= ch <= "\u04ff" for ch in c.name)]
    assert len(cyr) == len(table.columns)
    for name in ("прізвище", "імʼя", "по_батькові", "населений_пункт"):
        vals = _values(built, table.name, name)
        assert _misses(vals, lambda x: all("\u0400" <= ch <= "\u04ff" or ch in " -" for ch in str(x))) == 0, name


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_pip_cork.src_enquiry_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_the_scorer_builds_set_v125_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v125.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v125"].DEFAULT_PATH == Path("/tmp/heldout_v125.duckdb")
