"""Held-out set v158: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
role words, custom fields, identifiers with check digits (and the birth dates they encode), dates of birth in their
local forms, phones valid for their region, cards, IBANs and bank accounts, decoys failing their checks and its
determinism are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ipaddress
import re
import sys
from datetime import datetime
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import iban, lei, luhn
from stdnum.au import abn
from stdnum.ca import sin
from stdnum.dk import cpr, cvr
from stdnum.gb import utr
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale, iva
from stdnum.jp import in_ as mynumber
from stdnum.mx import curp, rfc
from stdnum.nz import ird
from stdnum.pl import nip, pesel
from stdnum.tr import tckimlik
from stdnum.us import ein, ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v158
from benchmarks.classification import heldout_v158_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "da", "es", "it", "pl", "tr", "ja", "el"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v158")
_cells = heldout_support.Cells(heldout_v158.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

CA, NZ, GB, AU = (
    "islandledger_exchange.customer_onboarding",
    "kowhaiWallet.externalWithdrawals",
    "TrentOtc.DeskTrades",
    "tasbtm_ops.atm_cashin_txn",
)
COBOL, STG, ZA = "CRYPTAX.F1099DA_EXTRACT", "stg_indore_xch.src_sess_raw", "trp_gqeberha.travel_rule_transfers_json"
DK, MX, IT, PL = (
    "kryptohandel_odense.mistaenkelige_sager",
    "cripto_mty.alta_clientes",
    "fiscocripto_bologna.report_plusvalenze",
    "kantor_krypto_lodz.transakcje_otc",
)
TR, JA, GR = (
    "kripto_eskisehir.cekim_talepleri",
    "杜都暗号資産.ログイン履歴",
    "κρυπτοαυτόματα_ηρακλείου.καταθέσεις_μετρητών",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v158, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 14 and 250 <= len(columns) <= 350
    assert all(200 <= len(t.columns[0].values) <= 800 for t in built)
    assert len({t.name.split(".")[0] for t in built}) == 14
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert {t.language_of(c) for t in built for c in t.columns} == LANGUAGES
    assert sum(t.language == "en" for t in built) == 7
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    english = [t.style for t in built if t.language == "en"]
    assert sorted(english) == sorted(["snake", "camel", "pascal", "abbrev", "cobol", "opaque", "json"])
    tags = {tag for c in columns for tag in c.tags}
    assert {
        "decoy",
        "business",
        "null_heavy",
        "nullword_heavy",
        "abbrev",
        "value_shape",
        "staff",
        "role_word",
        "join_key",
        "legacy",
        "opaque",
        "custom_field",
        "custom_plain",
        "split_address",
        "split_dob",
        "locality",
        "birthplace",
        "coordinates",
        "partial",
        "licence",
        "multi_document",
        "username",
        "bank_account",
        "check_digit",
        "wallet_address",
    } <= tags
    assert {
        "email",
        "first_name",
        "last_name",
        "person_name",
        "phone",
        "ssn",
        "national_id",
        "iban",
        "credit_card",
        "ip_address",
        "street_address",
        "postal_code",
        "city",
        "date_of_birth",
        "free_text",
        "unclassified",
        "none",
    } == {c.kind for c in columns}
    personal = sum(c.kind != "none" for c in columns)
    assert 0.5 <= personal / len(columns) <= 0.75


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v158.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        none_tags = {"business", "decoy", "join_key", "custom_plain", "coordinates", "check_digit", "wallet_address"}
        if col.tags & (none_tags | {"partial"}):
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"licence", "multi_document"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"split_address"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality", "birthplace"}:
            assert col.kind == "city", col.name
        if col.tags & {"username", "bank_account"}:
            assert col.kind == "unclassified", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 10
    for col in heavy:
        assert col.kind != "none" and 0.70 <= _null_share(col) <= 0.95, col.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 10
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
    assert {
        "compliance_analyst",
        "approvedBy",
        "Trader",
        "scam_chk_by",
        "TAX-PREPARER",
        "col19",
        "compliance.officer",
        "sagsbehandler",
        "ejecutivo",
        "consulente",
        "kasjer",
        "onaylayan",
        "担当者",
        "υπάλληλος_συμμόρφωσης",
    } <= {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 8 and all(c.kind != "none" for c in role)
    assert {
        "thirdPartyOwnerName",
        "POA-NAME",
        "col20",
        "beneficiary.name.full",
        "modpart_navn",
        "beneficiario",
        "cointestatario",
        "beneficjent_rzeczywisty",
    } <= {c.name for c in role}


def test_when_a_name_is_written_surname_first_with_a_comma_then_every_cell_has_it(built) -> None:
    vals = [str(x) for x in _values(built, COBOL, "POA-NAME")]
    assert len(vals) >= 40 and _misses(vals, lambda x: bool(re.fullmatch(r"[A-Z' -]+, [A-Z]+", x))) == 0


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 8
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


def test_when_a_custom_field_holds_codes_then_it_holds_no_contact_data(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert len(plain) >= 5
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0, col.name


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (CA, "sin", sin.is_valid),
    (NZ, "irdNumber", ird.is_valid),
    (COBOL, "TP-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col04", pan.is_valid),
    (ZA, "originator.id_number", idnr.is_valid),
    (DK, "cpr_nummer", cpr.is_valid),
    (MX, "curp", curp.is_valid),
    (MX, "rfc", lambda x: rfc.is_valid(x, validate_check_digits=True)),
    (IT, "codice_fiscale", codicefiscale.is_valid),
    (PL, "pesel", pesel.is_valid),
    (PL, "seria_nr_dowodu", values.pl_id_card_ok),
    (TR, "tc_kimlik_no", tckimlik.is_valid),
    (JA, "個人番号", mynumber.is_valid),
    (GR, "αφμ", afm.is_valid),
    (GR, "αμκα", amka.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((CA, "sin"), (COBOL, "TP-SSN"), (GB, "NiNumber"), (GR, "αμκα")):
        assert _column(built, table, name).kind == "ssn", name
    cprs = _str(_values(built, DK, "cpr_nummer"))
    weights = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
    assert _misses(cprs, lambda x: sum(int(d) * w for d, w in zip(_digits(x), weights, strict=True)) % 11 == 0) == 0


def test_when_a_medicare_number_is_in_the_document_column_then_it_passes_its_check(built) -> None:
    rows = zip(_column(built, AU, "id_doc_typ").values, _column(built, AU, "id_doc_no").values, strict=True)
    cards = [_digits(n) for t, n in rows if t == "MC"]
    assert len(cards) >= 40 and _misses(cards, lambda x: len(x) == 10 and values.medicare_check(x) == x[8]) == 0


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (CA, "bc_dl_number", r"\d{7}"),
        (GB, "NiNumber", r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]"),
        (GB, "PassportNumber", r"\d{9}"),
        (GB, "DrivingLicenceNumber", r"[A-Z9]{5}\d[0156]\d\d\d\d[A-Z]9\d[A-Z]{2}"),
        (AU, "id_doc_no", r"[A-Z]\d{5}|(PA|PB|RA)\d{7}|\d{4} ?\d{5} ?\d"),
        (MX, "clave_elector", r"[A-Z]{6}\d{8}[HM]\d{3}"),
        (GR, "αριθμός_ταυτότητας", r"[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{2} ?\d{6}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name


def _pairs(built, table: str, a: str, b: str) -> list[tuple]:
    rows = zip(_column(built, table, a).values, _column(built, table, b).values, strict=True)
    return [(x, y) for x, y in rows if x is not None and y is not None]


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    pairs = _pairs(built, ZA, "originator.id_number", "originator.birth_date")
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][:6] == r[1][2:4] + r[1][5:7] + r[1][8:10]) == 0
    pairs = _pairs(built, DK, "cpr_nummer", "fødselsdato")
    assert len(pairs) >= 200
    assert _misses(pairs, lambda r: cpr.get_birth_date(r[0]) == datetime.strptime(r[1], "%d-%m-%Y").date()) == 0
    pairs = _pairs(built, PL, "pesel", "data_urodzenia")
    assert len(pairs) >= 200
    assert _misses(pairs, lambda r: pesel.get_birth_date(r[0]) == datetime.strptime(r[1], "%d.%m.%Y").date()) == 0
    pairs = _pairs(built, IT, "codice_fiscale", "data_nascita")
    assert len(pairs) >= 200
    assert (
        _misses(pairs, lambda r: codicefiscale.get_birth_date(r[0]) == datetime.strptime(r[1], "%d/%m/%Y").date())
        == 0
    )
    pairs = _pairs(built, MX, "curp", "fecha_nacimiento")
    assert len(pairs) >= 200
    assert _misses(pairs, lambda r: curp.get_birth_date(r[0]) == datetime.strptime(r[1], "%d/%m/%Y").date()) == 0
    pairs = _pairs(built, MX, "rfc", "curp")  # the same initial and birth date (the barred-word rules differ)
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][0] + r[0][4:10] == r[1][0] + r[1][4:10]) == 0
    pairs = _pairs(built, MX, "clave_elector", "fecha_nacimiento")
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][6:12] == r[1][8:10] + r[1][3:5] + r[1][:2]) == 0
    pairs = _pairs(built, GR, "αμκα", "ημερομηνία_γέννησης")
    assert len(pairs) >= 40 and _misses(pairs, lambda r: r[0][:6] == r[1][:2] + r[1][3:5] + r[1][8:10]) == 0
    pairs = _pairs(built, STG, "col04", "col02")
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][4] == values.latin(r[1].split()[-1])[0].upper()) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "TP-DOB").values if x]
    assert len(ymd) >= 300 and _misses(ymd, lambda x: 1940 <= datetime(x // 10_000, x // 100 % 100, x % 100).year) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "TP-DOB").values) >= 5
    for table, name, fmt in (
        (NZ, "accountHolderDob", "%d/%m/%Y"),
        (AU, "cust_dob", "%Y-%m-%d"),
        (STG, "col03", "%d/%m/%Y"),
        (ZA, "originator.birth_date", "%Y-%m-%d"),
        (DK, "fødselsdato", "%d-%m-%Y"),
        (MX, "fecha_nacimiento", "%d/%m/%Y"),
        (IT, "data_nascita", "%d/%m/%Y"),
        (PL, "data_urodzenia", "%d.%m.%Y"),
        (TR, "doğum_tarihi", "%d.%m.%Y"),
        (JA, "生年月日", "%Y年%m月%d日"),
        (GR, "ημερομηνία_γέννησης", "%d/%m/%Y"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200, name
        assert _misses(vals, lambda x, f=fmt: 1940 <= datetime.strptime(x, f).year <= 2006) == 0, name
    parts = zip(*(_column(built, CA, f"dob_{n}").values for n in ("year", "month", "day")), strict=True)
    assert _misses(list(parts), lambda p: 1955 <= datetime(*p).year <= 2006) == 0
    assert {c.sql_type for c in heldout_support.table(built, GB).columns if c.kind == "date_of_birth"} == {"DATE"}


def _medicare_fails(x: str) -> bool:
    return values.medicare_check(x) != x[8]


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (CA, "kyc_case_ref", sin.is_valid, 9),
        (NZ, "requestNumber", ird.is_valid, 9),
        (AU, "txn_ref", lambda x: not _medicare_fails(x), 10),
        (COBOL, "TAX-ORDER-NO", ssn.is_valid, 9),
        (STG, "col15", aadhaar.is_valid, 12),
        (ZA, "message.reference", idnr.is_valid, 13),
        (DK, "sagsnummer", cpr.is_valid, 10),
        (IT, "numero_pratica", iva.is_valid, 11),
        (PL, "nr_dokumentu", pesel.is_valid, 11),
        (TR, "talep_no", tckimlik.is_valid, 11),
        (JA, "受付番号", mynumber.is_valid, 12),
        (GR, "αριθμός_απόδειξης", afm.is_valid, 9),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    folios = _str(_values(built, MX, "folio_solicitud"))
    assert len(folios) >= 200 and _misses(folios, lambda x: len(x) == 18 and not curp.is_valid(x)) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 25 and all(c.kind == "none" for c in shaped)


def test_when_a_business_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    for table, name, check in (
        (GB, "CorporateClientUtr", utr.is_valid),
        (AU, "optr_abn", abn.is_valid),
        (COBOL, "BROKER-EIN", ein.is_valid),
        (ZA, "beneficiary.vasp.lei", lei.is_valid),
        (DK, "virksomhed_cvr", cvr.is_valid),
        (IT, "partita_iva_studio", iva.is_valid),
        (PL, "nip_firmy", nip.is_valid),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, check) == 0, name
        col = _column(built, table, name)
        assert col.kind == "none" and {"business", "check_digit"} <= col.tags, name


def test_when_a_wallet_address_is_built_then_it_has_its_networks_shape_and_is_none(built) -> None:
    wallets = [c for c in _columns(built) if "wallet_address" in c.tags]
    assert len(wallets) >= 8
    shape = r"bc1q[a-z0-9]{38}|[13][1-9A-HJ-NP-Za-km-z]{33}|ltc1q[a-z0-9]{38}|0x[0-9a-f]{40}|[Tr][1-9A-HJ-NP-Za-km-z]{33}"
    shape += r"|[1-9A-HJ-NP-Za-km-z]{44}"
    for col in wallets:
        vals = _str(_real(col.values))
        assert col.kind == "none" and len(vals) >= 40, col.name
        assert _misses(vals, lambda x: bool(re.fullmatch(shape, x))) == 0, col.name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"funding_card_number"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name
    last4 = _str(_values(built, NZ, "fundingCardLast4"))
    assert len(last4) >= 200 and _misses(last4, lambda x: bool(re.fullmatch(r"\d{4}", x))) == 0


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"udbetalings_iban", "iban_rimborso", "iban"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 150 and _misses(vals, iban.is_valid) == 0, col.name
    clabes = _str(_values(built, MX, "clabe"))
    assert len(clabes) >= 200 and _misses(clabes, lambda x: len(x) == 18 and values.clabe_check(x[:17]) == x[17]) == 0
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert {c.name for c in banks} == {"SettlementAccountNumber", "clabe"} and all(
        c.kind == "unclassified" for c in banks
    )


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 6
    for col in ips:
        vals = _str(_real(col.values))
        assert len(vals) >= 150 and _misses(vals, lambda x: bool(ipaddress.ip_address(x))) == 0, col.name


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    CA: "CA",
    NZ: "NZ",
    GB: "GB",
    AU: "AU",
    COBOL: "US",
    STG: "IN",
    ZA: "ZA",
    DK: "DK",
    MX: "MX",
    IT: "IT",
    PL: "PL",
    TR: "TR",
    JA: "JP",
    GR: "GR",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 14 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in ((AU, "atm_site_ph"), (IT, "telefono_studio")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_japanese_and_greek_tables_are_built_then_their_scripts_occur(built) -> None:
    cjk = "[\u3040-\u30ff\u4e00-\u9fff]"
    ja = heldout_support.table(built, JA)
    assert re.search(cjk, ja.name) and all(re.search(cjk, c.name) for c in ja.columns)
    kana = _values(built, JA, "氏名カナ")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    kanji = _values(built, JA, "氏名")
    assert _misses(kanji, lambda x: bool(re.fullmatch("[\u4e00-\u9fff\u3005]+ [\u4e00-\u9fff\u3005]+", str(x)))) == 0
    greek = "[\u0370-\u03ff\u1f00-\u1fff]"
    gr = heldout_support.table(built, GR)
    assert re.search(greek, gr.name) and all(re.search(greek, c.name) for c in gr.columns)
    assert all(not re.search("[A-Za-z]", c.name) for c in gr.columns)
    for name in ("επώνυμο", "όνομα", "πατρώνυμο"):
        vals = _values(built, GR, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u0370-\u03ff]+", str(x)))) == 0, name


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, STG)
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 21)]
    assert all("opaque" in c.tags for c in table.columns)


def test_when_a_json_export_is_built_then_every_column_is_a_dotted_key(built) -> None:
    table = next(t for t in built if t.style == "json")
    assert all(re.fullmatch(r"[a-z_]+(\.[a-z0-9_]+)+", c.name) for c in table.columns)


def test_when_a_cobol_extract_is_built_then_its_text_is_padded_and_its_names_hyphenated(built) -> None:
    table = heldout_support.table(built, COBOL)
    padded = [
        c
        for c in table.columns
        if c.sql_type == "VARCHAR" and any(isinstance(x, str) and x.endswith(" ") for x in c.values)
    ]
    assert len(padded) >= 6 and all(re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)+", c.name) for c in table.columns)
    numeric = {c.sql_type for c in table.columns if c.kind in {"ssn", "phone", "postal_code", "date_of_birth"}}
    assert numeric <= {"BIGINT", "INTEGER"}
    assert sum(x == 0 for x in _column(built, COBOL, "TP-SSN").values) >= 10


def test_when_the_scorer_builds_set_v158_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v158.summary(built).startswith("14 tables")
    assert heldout_v2_accuracy.SETS["v158"].DEFAULT_PATH == Path("/tmp/heldout_v158.duckdb")
