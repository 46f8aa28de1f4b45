"""Held-out set v100: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
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
from stdnum import iban, luhn
from stdnum.au import tfn
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.es import cif, dni, nie
from stdnum.fr import nir, siren
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.in_ import aadhaar, gstin, pan
from stdnum.nl import bsn
from stdnum.nz import ird
from stdnum.pl import nip, pesel, regon
from stdnum.tr import tckimlik, vkn
from stdnum.us import ssn
from stdnum.za import idnr as za_idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v100
from benchmarks.classification import heldout_v100_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "es", "pl", "tr", "el", "nl"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v100")
_cells = heldout_support.Cells(heldout_v100.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v100, built) == []


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
            "join_key", "legacy", "opaque", "custom_field", "pseudonym", "username", "watchlist"} <= tags
    kinds = {c.kind for c in columns}
    assert {k.value for k in Kind} - {"unclassified", "none"} <= kinds | {"unclassified"}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v100.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "pseudonym"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.kind == "unclassified":
            assert "username" in col.tags, col.name
        if col.tags & {"watchlist"}:
            assert col.kind == "person_name", col.name


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


def test_when_sensitive_columns_are_null_heavy_then_some_are_30_to_80_percent_null(built) -> None:
    personal = [c for c in _columns(built) if c.kind != "none"]
    assert sum(0.30 <= _null_share(c) <= 0.80 for c in personal) >= 15


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) == 14
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {"SubjectGivenName", "BeneficiaryName", "SIU-CLMT-SURNAME", "reporter_name", "accused_name",
            "gegenkonto_iban", "AliciAdSoyad", "πατρώνυμο", "tegenpartij_iban"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 8
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


#: (table, column, check) for every checksummed personal identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("kycrefresh.customer_review_queue", "tax_id", ssn.is_valid),
    ("StrFiling.SuspiciousTransactionReports", "SubjectSin", sin.is_valid),
    ("chargebackOps.disputeCases", "cardNumber", lambda x: luhn.is_valid(x.replace(" ", ""))),
    ("ATO_CASES.ACCOUNT_TAKEOVER_EVENTS", "TFN_ON_FILE", tfn.is_valid),
    ("mktplc_sellers.slr_kyc_vrf", "pan_no", pan.is_valid),
    ("mktplc_sellers.slr_kyc_vrf", "uid_no", aadhaar.is_valid),
    ("SIUFRAUD.SIU_REFERRAL_EXTRACT", "SIU-CLMT-ID-NO", za_idnr.is_valid),
    ("stg_tns.raw_appeal_ingest", "col11", ird.is_valid),
    ("gwg_meldewesen.verdachtsmeldungen", "steuer_id", idnr.is_valid),
    ("gwg_meldewesen.verdachtsmeldungen", "ausweisnummer", lambda x: values.id731_is_valid(x, 9)),
    ("LCBFT01.PPEPSCP", "PPNIRC", nir.is_valid),
    ("siu_fraude.derivaciones", "dni_nie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("weryfikacjaSprzedawcow.sprzedawcyKyc", "pesel", pesel.is_valid),
    ("weryfikacjaSprzedawcow.sprzedawcyKyc", "numerDowodu", lambda x: values.id731_is_valid(x, 3)),
    ("dolandiricilik.HesapEleGecirmeVakalari", "TcKimlikNo", tckimlik.is_valid),
    ("elegxos_kyroseon.ευρήματα_ελέγχου", "αμκα", amka.is_valid),
    ("elegxos_kyroseon.ευρήματα_ελέγχου", "αφμ", afm.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    found = _str(_values(built, table, name))
    assert len(found) >= 80 and _misses(found, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id", "credit_card", "iban"}


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (("weryfikacjaSprzedawcow.sprzedawcyKyc", "pesel", "dataUrodzenia",
                                  pesel.get_birth_date),
                                 ("elegxos_kyroseon.ευρήματα_ελέγχου", "αμκα", "ημερομηνία_γέννησης",
                                  amka.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        # AMKA holds two digits of the year (python-stdnum reads them as 19xx): compare day, month and those digits
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: (f(r[0]).month, f(r[0]).day, f(r[0]).year % 100)
                                             == (r[1].month, r[1].day, r[1].year % 100)) == 0, table
    rows = zip(_column(built, "SIUFRAUD.SIU_REFERRAL_EXTRACT", "SIU-CLMT-ID-NO").values,
               _column(built, "SIUFRAUD.SIU_REFERRAL_EXTRACT", "SIU-CLMT-DOB").values)
    pairs = [(p, d) for p, d in rows if p is not None and d]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: r[0][:6] == str(r[1])[2:]) == 0


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "SIUFRAUD.SIU_REFERRAL_EXTRACT", "SIU-CLMT-DOB").values if x]
    assert _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    cyy = [x for x in _column(built, "LCBFT01.PPEPSCP", "PPDNAI").values if x]
    assert _misses(cyy, lambda x: bool(date(1900 + x // 1_000_000 * 100 + x // 10_000 % 100, x // 100 % 100,
                                            x % 100))) == 0


#: (table, column, shape and failing check) for decoys shaped like a personal identifier
DECOYS: list[tuple[str, str, object]] = [
    ("kycrefresh.customer_review_queue", "case_ref", lambda x: len(x) == 11 and not ssn.is_valid(x)),
    ("StrFiling.SuspiciousTransactionReports", "MemberNumber", lambda x: len(x) == 9 and not sin.is_valid(x)),
    ("chargebackOps.disputeCases", "merchantOrderNo", lambda x: len(x) == 16 and not luhn.is_valid(x)),
    ("ATO_CASES.ACCOUNT_TAKEOVER_EVENTS", "ACCOUNT_NO", lambda x: len(x) == 9 and not tfn.is_valid(x)),
    ("mktplc_sellers.slr_kyc_vrf", "frm_ref", lambda x: len(x) == 12 and not aadhaar.is_valid(x)),
    ("SIUFRAUD.SIU_REFERRAL_EXTRACT", "SIU-CLAIM-NO", lambda x: len(x) == 13 and not za_idnr.is_valid(x)),
    ("siu_fraude.derivaciones", "num_siniestro", lambda x: len(x) == 9 and not dni.is_valid(x)),
    ("weryfikacjaSprzedawcow.sprzedawcyKyc", "numerZgloszenia", lambda x: len(x) == 11 and not pesel.is_valid(x)),
    ("dolandiricilik.HesapEleGecirmeVakalari", "CuzdanNo", lambda x: len(x) == 11 and not tckimlik.is_valid(x)),
    ("elegxos_kyroseon.ευρήματα_ελέγχου", "αριθμός_πελάτη", lambda x: len(x) == 11 and not amka.is_valid(x)),
    ("vertrouwen_veiligheid.bezwaren_en_meldingen", "meldingsnummer", lambda x: len(x) == 9 and not bsn.is_valid(x)),
]


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check in DECOYS:
        found = _str(_values(built, table, name))
        assert len(found) >= 100 and _misses(found, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_value_shaped_columns_are_built_then_they_are_none(built) -> None:
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("mktplc_sellers.slr_kyc_vrf", "gstin", gstin.is_valid),
                               ("LCBFT01.PPEPSCP", "PPSIRN", siren.is_valid),
                               ("siu_fraude.derivaciones", "cif_taller", cif.is_valid),
                               ("weryfikacjaSprzedawcow.sprzedawcyKyc", "nipFirmy", nip.is_valid),
                               ("weryfikacjaSprzedawcow.sprzedawcyKyc", "regonFirmy", regon.is_valid),
                               ("dolandiricilik.HesapEleGecirmeVakalari", "UyeIsyeriVkn", vkn.is_valid)):
        found = _str(_values(built, table, name))
        assert found and _misses(found, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "kycrefresh.customer_review_queue": "US", "StrFiling.SuspiciousTransactionReports": "CA",
    "chargebackOps.disputeCases": "GB", "ATO_CASES.ACCOUNT_TAKEOVER_EVENTS": "AU", "mktplc_sellers.slr_kyc_vrf": "IN",
    "SIUFRAUD.SIU_REFERRAL_EXTRACT": "ZA", "stg_tns.raw_appeal_ingest": "NZ", "ethics_line.hotline_reports": "NG",
    "gwg_meldewesen.verdachtsmeldungen": "DE", "LCBFT01.PPEPSCP": "FR", "siu_fraude.derivaciones": "ES",
    "weryfikacjaSprzedawcow.sprzedawcyKyc": "PL", "dolandiricilik.HesapEleGecirmeVakalari": "TR",
    "elegxos_kyroseon.ευρήματα_ελέγχου": "GR", "vertrouwen_veiligheid.bezwaren_en_meldingen": "NL",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        found = _str(_real(col.values))
        if region == "ZA" and col.sql_type == "BIGINT":
            found = ["0" + x for x in found]
        assert len(found) >= 80, f"{table.name}.{col.name}"
        assert _misses(found, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(found, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("kycrefresh.customer_review_queue", "employer_phone"),
                        ("StrFiling.SuspiciousTransactionReports", "BranchPhone"),
                        ("chargebackOps.disputeCases", "merchantPhone"), ("ethics_line.hotline_reports", "branch_phone"),
                        ("siu_fraude.derivaciones", "telefono_taller"), ("SIUFRAUD.SIU_REFERRAL_EXTRACT", "SIU-PANEL-TEL")):
        col = _column(built, table, name)
        found = _str(col.values)
        if col.sql_type == "BIGINT":
            found = ["0" + x for x in found]
        assert found and col.kind == "none", name
        assert _misses(found, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_a_card_or_iban_column_is_built_then_it_looks_like_one(built) -> None:
    cards = [x.replace(" ", "") for x in _str(_values(built, "chargebackOps.disputeCases", "cardNumber"))]
    assert _misses(cards, lambda x: len(x) == 16 and x[0] in "245") == 0
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert len(ibans) >= 8
    for col in ibans:
        assert _misses(_str(_real(col.values)), iban.is_valid) == 0, col.name


def test_when_non_latin_names_are_built_then_greek_script_occurs(built) -> None:
    table = heldout_support.table(built, "elegxos_kyroseon.ευρήματα_ελέγχου")
    greek = [c for c in table.columns if any("\u0370" <= ch <= "\u03ff" for ch in c.name)]
    assert len(greek) >= 18
    surnames = _values(built, "elegxos_kyroseon.ευρήματα_ελέγχου", "επώνυμο")
    assert _misses(surnames, lambda x: all("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff"
                                           for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_tns.raw_appeal_ingest")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    for table in ("SIUFRAUD.SIU_REFERRAL_EXTRACT", "LCBFT01.PPEPSCP"):
        padded = [c for c in heldout_support.table(built, table).columns
                  if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
        assert len(padded) >= 5, table


def test_when_the_scorer_builds_set_v100_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v100.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v100"].DEFAULT_PATH == Path("/tmp/heldout_v100.duckdb")
