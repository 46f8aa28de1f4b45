"""Held-out set v112: its size, languages, labels, row counts, NULL and NULL-word shares, staff and role words, custom
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
from stdnum.au import abn
from stdnum.ca import sin
from stdnum.dk import cpr
from stdnum.fr import nir
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as mynumber
from stdnum.ke import pin
from stdnum.nz import ird
from stdnum.pl import nip, pesel
from stdnum.pt import cc, nif
from stdnum.ru import inn
from stdnum.us import itin, ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v112
from benchmarks.classification import heldout_v112_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "pt", "pl", "da", "ja", "ru"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v112")
_cells = heldout_support.Cells(heldout_v112.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v112, built) == []


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
    assert {"email", "first_name", "last_name", "person_name", "phone", "ssn", "national_id", "credit_card", "iban",
            "ip_address", "street_address", "postal_code", "city", "date_of_birth", "free_text", "unclassified",
            "none"} <= kinds


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v112.labels(built)
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


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null(built) -> None:
    for table in built:
        for col in table.columns:
            if not col.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(col) < 0.70, f"{table.name}.{col.name}"
                assert sum(_nullish(x) for x in col.values) / len(col.values) < 0.70, f"{table.name}.{col.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 12
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 12 and all(c.kind != "none" for c in role)
    assert {"beneficiary_name", "ReceiverFullName", "emergencyContactName", "NEXT_OF_KIN_NAME", "obo_nm",
            "recipient_name", "wirtschaftlich_berechtigter", "nome_beneficiario", "BeneficjentRzeczywisty",
            "modtager_navn", "uketorinin_shimei", "получатель_фио"} <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 10
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


def _str(vals: list) -> list[str]:
    return [str(x).strip() for x in vals if x not in (0, None)]


#: (table, column, check) for every checksummed identifier column
CHECKED: list[tuple[str, str, object]] = [
    ("riogrande_remit.senders", "sender_ssn", ssn.is_valid),
    ("riogrande_remit.senders", "sender_itin", itin.is_valid),
    ("PacificRemitNz.Transfers", "SenderIrdNumber", ird.is_valid),
    ("payflexCards.cardholders", "sinNumber", sin.is_valid),
    ("SIMUPESA_AGENTS.WALLET_KYC", "KRA_PIN", pin.is_valid),
    ("PCDLEGACY.PCD_CARDHOLDER_EXTRACT", "PCD-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    ("stg_gulfx.src_payout_raw", "col06", aadhaar.is_valid),
    ("stg_gulfx.src_payout_raw", "col07", pan.is_valid),
    ("mzansi_xborder.remittance_orders", "sa_id_number", idnr.is_valid),
    ("wechselstube_ffm.sortengeschaefte", "ausweisnummer", values.ausweis_is_valid),
    ("SAISPAIE84.SPCRTP", "SPNIR", nir.is_valid),
    ("remessas_amadora.envios", "nif", nif.is_valid),
    ("remessas_amadora.envios", "cartao_cidadao", cc.is_valid),
    ("KantorRynekGlowny.Transakcje", "Pesel", pesel.is_valid),
    ("KantorRynekGlowny.Transakcje", "SeriaNumerDowodu", values.dowod_is_valid),
    ("pengeoverfoersel_kbh.overfoersler", "cpr_nummer", cpr.is_valid),
    ("kaigai_soukin_okubo.soukin_irai", "my_number", mynumber.is_valid),
    ("perevody_lyublino.otpravleniya", "инн", inn.is_valid),
]


@pytest.mark.parametrize(("table", "name", "check"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built, table, name, check) -> None:
    vals = _str(_values(built, table, name))
    assert len(vals) >= 80 and _misses(vals, check) == 0
    assert _column(built, table, name).kind in {"ssn", "national_id"}


def test_when_an_iban_or_card_column_is_built_then_every_value_passes_its_check(built) -> None:
    for table, name in (("wechselstube_ffm.sortengeschaefte", "iban_auszahlung"), ("SAISPAIE84.SPCRTP", "SPIBAN"),
                        ("pengeoverfoersel_kbh.overfoersler", "afsender_iban")):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, iban.is_valid) == 0, name
        assert _column(built, table, name).kind == "iban", name
    for table, name in (("PacificRemitNz.Transfers", "FundingCardNumber"), ("payflexCards.cardholders", "cardNumber"),
                        ("PCDLEGACY.PCD_CARDHOLDER_EXTRACT", "PCD-CARD-PAN"), ("SAISPAIE84.SPCRTP", "SPNCRT")):
        cards = [x.replace(" ", "") for x in _str(_values(built, table, name))]
        assert len(cards) >= 80 and _misses(cards, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, name
        assert _column(built, table, name).kind == "credit_card", name


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for table, idc, dob, get in (("mzansi_xborder.remittance_orders", "sa_id_number", "sender_dob",
                                  idnr.get_birth_date),
                                 ("KantorRynekGlowny.Transakcje", "Pesel", "DataUrodzenia", pesel.get_birth_date),
                                 ("pengeoverfoersel_kbh.overfoersler", "cpr_nummer", "foedselsdato",
                                  cpr.get_birth_date)):
        rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
        pairs = [(p, d) for p, d in rows if p is not None]
        assert len(pairs) >= 100 and _misses(pairs, lambda r, f=get: f(r[0]) == r[1]) == 0, table
    rows = zip(_column(built, "SAISPAIE84.SPCRTP", "SPNIR").values, _column(built, "SAISPAIE84.SPCRTP", "SPDNAI").values)
    pairs = [(p, d) for p, d in rows if p is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: r[0][1:5] == f"{r[1] // 100 % 10_000:04d}") == 0


def test_when_a_legacy_date_is_numeric_then_it_decodes_to_a_real_date(built) -> None:
    for name in ("PCD-DOB", "PCD-LOAD-DT"):
        ymd = [x for x in _column(built, "PCDLEGACY.PCD_CARDHOLDER_EXTRACT", name).values if x]
        assert len(ymd) >= 100 and _misses(ymd, lambda x: bool(date(x // 10_000, x // 100 % 100, x % 100))) == 0
    for name in ("SPDNAI", "SPDDEB"):
        cyy = [x for x in _column(built, "SAISPAIE84.SPCRTP", name).values if x]
        assert len(cyy) >= 100 and _misses(cyy, lambda x: bool(date(1900 + x // 1_000_000 * 100 + x // 10_000 % 100,
                                                                     x // 100 % 100, x % 100))) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    mtcn = _str(_values(built, "riogrande_remit.senders", "mtcn"))
    assert len(mtcn) >= 100 and _misses(mtcn, lambda x: re.fullmatch(r"\d{3}-\d{2}-\d{4}", x) and
                                        not ssn.is_valid(x) and not itin.is_valid(x)) == 0
    for table, name, check, size in (("payflexCards.cardholders", "payrollRef", luhn.is_valid, 9),
                                     ("stg_gulfx.src_payout_raw", "col13", aadhaar.is_valid, 12),
                                     ("mzansi_xborder.remittance_orders", "customer_account_no", idnr.is_valid, 13),
                                     ("KantorRynekGlowny.Transakcje", "NrParagonu", values.dowod_is_valid, 9),
                                     ("kaigai_soukin_okubo.soukin_irai", "soukin_bangou", mynumber.is_valid, 12),
                                     ("perevody_lyublino.otpravleniya", "контрольный_номер", inn.is_valid, 12)):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, lambda x, f=check, n=size: len(x) == n and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_business_identifier_is_built_then_it_passes_its_own_check(built) -> None:
    for table, name, check in (("fxb_syd.fx_txn", "br_abn", abn.is_valid),
                               ("KantorRynekGlowny.Transakcje", "NipKantoru", nip.is_valid),
                               ("remessas_amadora.envios", "nipc_agente", nif.is_valid)):
        vals = _str(_values(built, table, name))
        assert vals and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    "riogrande_remit.senders": "US", "PacificRemitNz.Transfers": "NZ", "payflexCards.cardholders": "CA",
    "SIMUPESA_AGENTS.WALLET_KYC": "KE", "fxb_syd.fx_txn": "AU", "PCDLEGACY.PCD_CARDHOLDER_EXTRACT": "US",
    "stg_gulfx.src_payout_raw": "IN", "mzansi_xborder.remittance_orders": "ZA",
    "wechselstube_ffm.sortengeschaefte": "DE", "SAISPAIE84.SPCRTP": "FR", "remessas_amadora.envios": "PT",
    "KantorRynekGlowny.Transakcje": "PL", "pengeoverfoersel_kbh.overfoersler": "DK",
    "kaigai_soukin_okubo.soukin_irai": "JP", "perevody_lyublino.otpravleniya": "RU",
}
#: (table, column) -> the regions of phones written in international format abroad (beneficiaries, remitters)
ABROAD = {
    ("riogrande_remit.senders", "beneficiary_phone"): {"MX"},
    ("PacificRemitNz.Transfers", "ReceiverMobile"): {"WS", "TO"},
    ("stg_gulfx.src_payout_raw", "col03"): {"AE"},
    ("mzansi_xborder.remittance_orders", "recipient_cell"): {"ZW", "MW", "MZ"},
    ("remessas_amadora.envios", "telefone_beneficiario"): {"CV", "GW", "BR"},
    ("pengeoverfoersel_kbh.overfoersler", "modtager_telefon"): {"PK", "TR", "SO"},
    ("kaigai_soukin_okubo.soukin_irai", "uketorinin_denwa"): {"PH", "VN", "NP"},
    ("perevody_lyublino.otpravleniya", "телефон_получателя"): {"UZ", "TJ", "KG"},
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20
    assert set(ABROAD) <= {(t.name, c.name) for t, c in phones}
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        allowed = ABROAD.get((table.name, col.name), {region})
        vals = _str(_real(col.values))
        where = f"{table.name}.{col.name}"
        assert len(vals) >= 80, where
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, where
        assert _misses(vals, lambda x, r=region, a=allowed: phonenumbers.region_code_for_number(
            phonenumbers.parse(x, r)) in a) == 0, where
        if (table.name, col.name) in ABROAD and allowed != {region}:
            assert _misses(vals, lambda x: x.startswith("+")) == 0, where


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in (("riogrande_remit.senders", "agent_phone"), ("payflexCards.cardholders", "employerPhone"),
                        ("PCDLEGACY.PCD_CARDHOLDER_EXTRACT", "PCD-EMPLR-PHONE")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and len(vals) >= 100, name
        assert _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_non_latin_values_are_built_then_katakana_and_cyrillic_occur(built) -> None:
    kana = _values(built, "kaigai_soukin_okubo.soukin_irai", "shimei_kana")
    assert len(kana) >= 100 and _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " "
                                                            for ch in str(x))) == 0
    cyr = _values(built, "perevody_lyublino.otpravleniya", "фамилия")
    assert len(cyr) >= 100 and _misses(cyr, lambda x: all("\u0400" <= ch <= "\u04ff" for ch in str(x))) == 0
    table = heldout_support.table(built, "perevody_lyublino.otpravleniya")
    assert sum(any("\u0400" <= ch <= "\u04ff" for ch in c.name) for c in table.columns) >= 15


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, "stg_gulfx.src_payout_raw")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 19)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_legacy_table_is_built_then_its_text_is_padded(built) -> None:
    for table in ("PCDLEGACY.PCD_CARDHOLDER_EXTRACT", "SAISPAIE84.SPCRTP"):
        padded = [c for c in heldout_support.table(built, table).columns
                  if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)]
        assert len(padded) >= 5, table


def test_when_the_scorer_builds_set_v112_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v112.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v112"].DEFAULT_PATH == Path("/tmp/heldout_v112.duckdb")
