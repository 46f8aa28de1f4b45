"""Held-out set v119: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
fields, identifiers with check digits, phones valid for their region, decoys failing their checks and its determinism
are the ones asked for (values are only counted or checked here, never printed).

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
from stdnum.au import abn, tfn
from stdnum.br import cnpj, cpf
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.es import cif, dni, nie
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale, iva
from stdnum.jp import in_ as my_number
from stdnum.ke import pin as kra_pin
from stdnum.pl import nip, pesel
from stdnum.tr import tckimlik, vkn
from stdnum.us import ein, ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v119
from benchmarks.classification.heldout_v119_values import nino_is_shaped
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "es", "it", "pl", "tr", "pt", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v119")
_cells = heldout_support.Cells(heldout_v119.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v119, built) == []


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
            "join_key", "legacy", "opaque", "custom_field", "username", "coordinates"} <= tags
    kinds = {c.kind for c in columns}
    assert {"email", "first_name", "last_name", "person_name", "phone", "ssn", "national_id", "credit_card", "iban",
            "ip_address", "street_address", "postal_code", "city", "date_of_birth", "free_text", "unclassified",
            "none"} <= kinds


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v119.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "coordinates"}:
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
    assert len(heavy) >= 10
    for col in heavy:
        assert col.kind != "none" and 0.50 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 8
    for col in heavy:
        share = sum(_nullish(x) for x in col.values) / len(col.values)
        assert col.kind != "none" and 0.70 <= share <= 0.95, col.name
        assert sum(isinstance(x, str) and x.strip() in {"N/A", "-", "unknown"} for x in col.values) >= 20, col.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if not col.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert sum(_nullish(x) for x in col.values) / len(col.values) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) == 13
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 12 and all(c.kind != "none" for c in role)
    assert {"tod_beneficiary_name", "TrustedContactName", "GUARANTOR_NAME", "NEXT_OF_KIN", "jt_hldr_nm",
            "NTH-JT-NAME", "spouse_consent_name", "bevollmaechtigter", "representante_legal", "SPGARA", "Poreczyciel",
            "vasiAdi", "nome_mae", "kinkyuu_renrakusaki"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) == 14
    for col in custom:
        values = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in values)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in values)
        assert 0.15 <= mails / len(values) <= 0.5 and 0.25 <= digits / len(values) <= 0.6, col.name


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


#: (table, column, check) for every identifier column with a check (or, for the NINO, a shape)
CHECKED: list[tuple[str, str, object]] = [
    ("brickcrowd_tx.investor_accounts", "ssn", ssn.is_valid),
    ("lendBridge.loanApplications", "niNumber", nino_is_shaped),
    ("MapleMicroInvest.Investors", "Sin", sin.is_valid),
    ("CHAMA_P2P.BORROWER_REGISTER", "KRA_PIN", kra_pin.is_valid),
    ("equi_ops.inv_reg", "inv_tfn", tfn.is_valid),
    ("P2PNOTES.NTH1099X", "NTH-TIN", lambda x: ssn.is_valid(x.zfill(9))),
    ("stg_udhaar.src_lender_raw", "col03", pan.is_valid),
    ("stg_udhaar.src_lender_raw", "col04", aadhaar.is_valid),
    ("ie_bizlend.director_guarantees", "director_ppsn", pps.is_valid),
    ("kreditmarkt_berlin.anleger_konten", "steuer_id", idnr.is_valid),
    ("pfp_madrid.inversores_proyectos", "dni_nie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("SOCLEND.SLPRSP", "SPCFIS", codicefiscale.is_valid),
    ("FinteqaPozyczki.Pozyczkobiorcy", "Pesel", pesel.is_valid),
    ("kitleFonlama.yatirimcilar", "tcKimlikNo", tckimlik.is_valid),
    ("sep_paulista.tomadores_credito", "cpf", cpf.is_valid),
    ("kashitsuke_fund_tokyo.toushika_meibo", "my_number", my_number.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    values = _str(_values(built, table, name))
    assert len(values) >= 80 and _misses(values, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_an_identifier_has_no_check_then_it_has_its_shape(built) -> None:
    ids = _str(_values(built, "CHAMA_P2P.BORROWER_REGISTER", "NATIONAL_ID_NO"))
    assert len(ids) >= 100 and _misses(ids, lambda x: re.fullmatch(r"[1-3]\d{7}", x)) == 0
    cards = _str(_values(built, "FinteqaPozyczki.Pozyczkobiorcy", "NrDowodu"))
    assert len(cards) >= 100 and _misses(cards, lambda x: re.fullmatch(r"[A-Z]{3}\d{6}", x)) == 0


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in (("kreditmarkt_berlin.anleger_konten", "iban"), ("pfp_madrid.inversores_proyectos", "iban_cargo"),
                        ("SOCLEND.SLPRSP", "SPIBAN"), ("FinteqaPozyczki.Pozyczkobiorcy", "RachunekIban"),
                        ("kitleFonlama.yatirimcilar", "iban")):
        values = _str(_values(built, table, name))
        assert len(values) >= 80 and _misses(values, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban"
    cards = [re.sub(r"[ -]", "", x) for x in _str(_values(built, "lendBridge.loanApplications", "cardOnFile"))]
    assert len(cards) >= 80 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = zip(_column(built, "FinteqaPozyczki.Pozyczkobiorcy", "Pesel").values,
               _column(built, "FinteqaPozyczki.Pozyczkobiorcy", "DataUrodzenia").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: pesel.get_birth_date(r[0]) == r[1]) == 0
    rows = zip(_column(built, "SOCLEND.SLPRSP", "SPCFIS").values, _column(built, "SOCLEND.SLPRSP", "SPDNAS").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: _cyy(r[1]) == codicefiscale.get_birth_date(r[0])) == 0


def _cyy(x: int) -> date:
    return date(1900 + x // 1_000_000 * 100 + x // 10_000 % 100, x // 100 % 100, x % 100)


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, "P2PNOTES.NTH1099X", "NTH-DOB").values if x]
    assert len(ymd) >= 100 and _misses(ymd, lambda x: 1940 <= date(x // 10_000, x // 100 % 100, x % 100).year
                                       <= 2005) == 0
    cyy = [int(x) for x in _column(built, "SOCLEND.SLPRSP", "SPDNAS").values if x]
    assert len(cyy) >= 100 and _misses(cyy, lambda x: 1940 <= _cyy(x).year <= 2006) == 0


def test_when_a_column_is_labeled_date_of_birth_then_its_dates_are_plausible(built) -> None:
    for table in built:
        for col in table.columns:
            if col.kind == "date_of_birth" and col.sql_type == "DATE":
                days = [x for x in col.values if x is not None]
                assert _misses(days, lambda d: date(1940, 1, 1) <= d <= date(2007, 12, 31)) == 0, col.name


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    offers = _str(_values(built, "brickcrowd_tx.investor_accounts", "offering_number"))
    assert len(offers) >= 100 and _misses(offers, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                          not ssn.is_valid(x)) == 0
    for table, name, check, size in (("MapleMicroInvest.Investors", "AccountNumber", sin.is_valid, 9),
                                     ("stg_udhaar.src_lender_raw", "col08", aadhaar.is_valid, 12),
                                     ("pfp_madrid.inversores_proyectos", "numero_expediente", dni.is_valid, 9),
                                     ("FinteqaPozyczki.Pozyczkobiorcy", "NumerUmowy", pesel.is_valid, 11),
                                     ("kitleFonlama.yatirimcilar", "sozlesmeNo", tckimlik.is_valid, 11),
                                     ("sep_paulista.tomadores_credito", "codigo_proposta", cpf.is_valid, 11)):
        values = _str(_values(built, table, name))
        assert len(values) >= 100 and _misses(values, lambda x, f=check, n=size: len(x) == n and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("equi_ops.inv_reg", "iss_abn", abn.is_valid),
                               ("P2PNOTES.NTH1099X", "NTH-PAYER-EIN", ein.is_valid),
                               ("pfp_madrid.inversores_proyectos", "cif_promotor", cif.is_valid),
                               ("SOCLEND.SLPRSP", "SPPIVA", iva.is_valid),
                               ("FinteqaPozyczki.Pozyczkobiorcy", "NipPlatformy", nip.is_valid),
                               ("kitleFonlama.yatirimcilar", "vergiNo", vkn.is_valid),
                               ("sep_paulista.tomadores_credito", "cnpj_empregador", cnpj.is_valid),
                               ("ie_bizlend.director_guarantees", "company_repayment_iban", iban.is_valid)):
        values = _str(_values(built, table, name))
        assert values and _misses(values, check) == 0, name
        assert _column(built, table, name).kind == "none" and "business" in _column(built, table, name).tags


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "brickcrowd_tx.investor_accounts": "US", "lendBridge.loanApplications": "GB", "MapleMicroInvest.Investors": "CA",
    "CHAMA_P2P.BORROWER_REGISTER": "KE", "equi_ops.inv_reg": "AU", "P2PNOTES.NTH1099X": "US",
    "stg_udhaar.src_lender_raw": "IN", "ie_bizlend.director_guarantees": "IE",
    "kreditmarkt_berlin.anleger_konten": "DE", "pfp_madrid.inversores_proyectos": "ES", "SOCLEND.SLPRSP": "IT",
    "FinteqaPozyczki.Pozyczkobiorcy": "PL", "kitleFonlama.yatirimcilar": "TR", "sep_paulista.tomadores_credito": "BR",
    "kashitsuke_fund_tokyo.toushika_meibo": "JP",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        values = _str(_real(col.values))
        assert len(values) >= 40, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert _misses(values, lambda x, r=region: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) == r) == 0, f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("brickcrowd_tx.investor_accounts", "custodian_phone"),
                        ("lendBridge.loanApplications", "employerPhone"),
                        ("CHAMA_P2P.BORROWER_REGISTER", "BRANCH_PHONE"),
                        ("ie_bizlend.director_guarantees", "company_phone")):
        col = _column(built, table, name)
        values = _str(col.values)
        assert len(values) >= 80 and col.kind == "none"
        assert _misses(values, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_a_column_is_labeled_email_then_every_value_is_an_address(built) -> None:
    mails = [c for c in _columns(built) if c.kind == "email"]
    assert len(mails) == 14
    for col in mails:
        values = _str(_real(col.values))
        assert len(values) >= 80 and _misses(values, lambda x: re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", x,
                                                                              re.IGNORECASE)) == 0, col.name


def test_when_a_column_is_labeled_ip_address_then_every_value_parses(built) -> None:
    import ipaddress

    def ok(x: str) -> bool:
        try:
            return bool(ipaddress.ip_address(x))
        except ValueError:
            return False

    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) == 4
    for col in ips:
        values = _str(_real(col.values))
        assert len(values) >= 100 and _misses(values, ok) == 0, col.name


def test_when_non_latin_values_are_built_then_japanese_script_occurs(built) -> None:
    names = _values(built, "kashitsuke_fund_tokyo.toushika_meibo", "shimei")
    assert len(names) >= 100 and _misses(names, lambda x: any("\u3040" <= ch <= "\u9fff" for ch in str(x))) == 0
    kana = _values(built, "kashitsuke_fund_tokyo.toushika_meibo", "shimei_kana")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_udhaar.src_lender_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    for table in ("P2PNOTES.NTH1099X", "SOCLEND.SLPRSP"):
        padded = [c for c in heldout_support.table(built, table).columns
                  if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
        assert len(padded) >= 5, table


def test_when_the_scorer_builds_set_v119_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v119.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v119"].DEFAULT_PATH == Path("/tmp/heldout_v119.duckdb")
