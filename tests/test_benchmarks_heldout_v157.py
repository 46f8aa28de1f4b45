"""Held-out set v157: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
role words, custom fields, identifiers with check digits (and the birth dates they encode), dates of birth in their
local forms (Buddhist and Japanese era years among them), phones valid for their region, cards, IBANs and bank
accounts, decoys failing their checks and its determinism are the ones asked for (values are only counted or checked
here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ipaddress
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.ca import bn, sin
from stdnum.cz import dic as ico
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.fr import nif, nir, siret
from stdnum.gb import utr
from stdnum.jp import in_ as mynumber
from stdnum.nl import bsn, identiteitskaartnummer
from stdnum.nz import bankaccount as nzbank
from stdnum.nz import ird
from stdnum.th import pin as thpin
from stdnum.ua import rntrc
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v157
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "fr", "pt", "nl", "cs", "ja", "uk"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v157")
_cells = heldout_support.Cells(heldout_v157.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

GB, CA, AU, NZ = (
    "thistle_esports.roster_prize_payouts",
    "pinecone_live.creatorPayoutProfiles",
    "Wombatgg.ModerationReports",
    "welly_lan_ops.trn_plr_reg",
)
COBOL, STG = "CBKPROC.CHARGEBACK_EXTRACT", "stg_bkk_esports.src_crm_tourney_raw"
IE = "famlink_cork.parental_controls_json"
DE, FR, BR, NL = (
    "esports_koeln_ev.kader_preisgelder",
    "plateforme_live_nantes.streamers_versements",
    "lojafan_recife.pedidos_loja_oficial",
    "spelplatform_groningen.SpelerAccounts",
)
CZ, JA, UA = "lan_plzen.registrace_turnaje", "sendai_game.hogosha_kanri", "модерація_львів.скарги_та_блокування"


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v157, built) == []


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
        "partial",
        "coordinates",
        "multi_document",
        "username",
        "bank_account",
        "check_digit",
        "minor",
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
    labels = heldout_v157.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "partial", "coordinates", "check_digit"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"multi_document"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"split_address"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality"}:
            assert col.kind == "city", col.name
        if col.tags & {"username", "bank_account"}:
            assert col.kind == "unclassified", col.name
        if col.tags & {"minor", "role_word", "staff"}:
            assert col.kind != "none", col.name


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
        "team_manager",
        "partnerManager",
        "Moderator",
        "ReviewedBySenior",
        "chk_in_by",
        "CB-ANALYST",
        "col19",
        "support.agent",
        "teammanager",
        "charge_de_compte",
        "atendente",
        "Medewerker",
        "poradatel",
        "tantousha",
        "модератор",
    } <= {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 20 and all(c.kind != "none" for c in role)
    assert {
        "parent_guardian_name",
        "AppealFullName",
        "gdn_nm",
        "gdn_ph",
        "ec_nm",
        "col12",
        "parent.name.first",
        "second_guardian.name",
        "erziehungsberechtigter",
        "kontoinhaber",
        "titulaire_compte",
        "destinatario_presente",
        "OuderVoogdNaam",
        "OuderVoogdEmail",
        "zakonny_zastupce",
        "hogosha_shimei",
        "апеляція_піб",
    } <= {c.name for c in role}


def test_when_a_column_holds_gamertags_or_logins_then_it_is_unclassified(built) -> None:
    handles = [c for c in _columns(built) if "username" in c.tags]
    assert len(handles) >= 14 and all(c.kind == "unclassified" for c in handles)
    for col in handles:
        vals = [str(x) for x in _real(col.values)]
        assert len(vals) >= 200 and _misses(vals, lambda x: "@" not in x and " " not in x) == 0, col.name


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
    assert len(plain) >= 4
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0, col.name


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (GB, "utr_number", utr.is_valid),
    (CA, "sin", sin.is_valid),
    (NZ, "prz_ird", ird.is_valid),
    (STG, "col04", thpin.is_valid),
    (DE, "steuer_id", idnr.is_valid),
    (FR, "nir", nir.is_valid),
    (FR, "numero_fiscal", nif.is_valid),
    (BR, "cpf", cpf.is_valid),
    (NL, "Bsn", bsn.is_valid),
    (CZ, "rodne_cislo", rc.is_valid),
    (UA, "апеляція_рнокпп", rntrc.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 30 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((GB, "ni_number"), (CA, "sin"), (FR, "nir")):
        assert _column(built, table, name).kind == "ssn", name


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (GB, "ni_number", r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]"),
        (DE, "ausweisnummer", r"[CFGHJ-NPRTV-Z][CFGHJ-NPRTV-Z0-9]{8}"),
        (CZ, "cislo_op", r"\d{9}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind == {"ni_number": "ssn"}.get(name, "national_id"), name
    docs = _str(_values(built, NL, "DocumentNummer"))
    assert len(docs) >= 40 and _misses(docs, identiteitskaartnummer.is_valid) == 0


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = zip(_column(built, FR, "nir").values, _column(built, FR, "date_naissance").values, strict=True)
    pairs = [(n.replace(" ", ""), d) for n, d in rows if n is not None]
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][1:5] == r[1][8:10] + r[1][3:5]) == 0
    rows = zip(_column(built, CZ, "rodne_cislo").values, _column(built, CZ, "datum_narozeni").values, strict=True)
    pairs = [(n, d) for n, d in rows if n is not None]
    assert len(pairs) >= 200
    assert _misses(pairs, lambda r: rc.get_birth_date(r[0]) == datetime.strptime(r[1], "%d.%m.%Y").date()) == 0
    rows = zip(
        _column(built, UA, "апеляція_рнокпп").values,
        _column(built, UA, "апеляція_дата_народження").values,
        strict=True,
    )
    pairs = [(n, d) for n, d in rows if n is not None]
    assert len(pairs) >= 30
    assert (
        _misses(
            pairs,
            lambda r: date(1899, 12, 31) + timedelta(days=int(r[0][:5])) == datetime.strptime(r[1], "%d.%m.%Y").date(),
        )
        == 0
    )


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "CH-DOB").values if x]
    assert len(ymd) >= 300 and _misses(ymd, lambda x: 1960 <= date(x // 10_000, x // 100 % 100, x % 100).year) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "CH-DOB").values) >= 5
    for table, name, fmt, lo, hi in (
        (CA, "dateOfBirth", "%Y-%m-%d", 1978, 2006),
        (NZ, "plr_dob", "%d/%m/%Y", 1990, 2012),
        (IE, "parent.birth_date", "%Y-%m-%d", 1972, 1994),
        (IE, "child.birth_date", "%Y-%m-%d", 2010, 2019),
        (DE, "geburtsdatum", "%d.%m.%Y", 1994, 2009),
        (FR, "date_naissance", "%d/%m/%Y", 1975, 2006),
        (NL, "Geboortedatum", "%d-%m-%Y", 1980, 2012),
        (CZ, "datum_narozeni", "%d.%m.%Y", 1992, 2011),
        (JA, "kodomo_seinengappi", "%Y/%m/%d", 2009, 2018),
        (UA, "апеляція_дата_народження", "%d.%m.%Y", 1975, 2009),
        (STG, "col03", "%d/%m/%Y", 1995 + 543, 2011 + 543),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 40, name
        assert _misses(vals, lambda x, f=fmt, a=lo, b=hi: a <= datetime.strptime(x, f).year <= b) == 0, name
    era = _values(built, JA, "hogosha_seinengappi")
    wareki = r"(昭和|平成)(元|\d{1,2})年\d{1,2}月\d{1,2}日"
    assert len(era) >= 200 and _misses(era, lambda x: bool(re.fullmatch(wareki, x))) == 0
    parts = zip(*(_column(built, GB, f"player_dob_{n}").values for n in ("year", "month", "day")), strict=True)
    assert _misses(list(parts), lambda p: 1996 <= date(*p).year <= 2009) == 0
    for table in (AU, BR):
        types = {c.sql_type for c in heldout_support.table(built, table).columns if c.kind == "date_of_birth"}
        assert types == {"DATE"}, table


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (GB, "payout_ref", utr.is_valid, 10),
        (CA, "statementRef", sin.is_valid, 9),
        (NZ, "pay_ref", ird.is_valid, 9),
        (COBOL, "CB-ORDER-NO", ssn.is_valid, 9),
        (STG, "col14", thpin.is_valid, 13),
        (DE, "vertragsnummer", idnr.is_valid, 11),
        (FR, "numero_bordereau", nif.is_valid, 13),
        (BR, "numero_pedido", cpf.is_valid, 11),
        (NL, "KlantNummer", bsn.is_valid, 9),
        (CZ, "variabilni_symbol", rc.is_valid, 10),
        (JA, "uketsuke_bangou", mynumber.is_valid, 12),
        (UA, "номер_звернення", rntrc.is_valid, 10),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def _s10_ok(code: str) -> bool:
    body = code[2:10]
    s = sum(int(d) * w for d, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - s % 11
    return str(0 if check == 10 else 5 if check == 11 else check) == code[10]


def test_when_a_reference_has_its_own_check_digit_then_it_passes_and_is_none(built) -> None:
    arns = _str(_values(built, COBOL, "CB-ARN"))
    assert len(arns) >= 200 and _misses(arns, lambda x: len(x) == 23 and luhn.is_valid(x)) == 0
    tracking = _str(_values(built, BR, "codigo_rastreio"))
    assert len(tracking) >= 200 and _misses(tracking, lambda x: bool(re.fullmatch(r"[A-Z]{2}\d{9}BR", x))) == 0
    assert _misses(tracking, _s10_ok) == 0
    assert _column(built, COBOL, "CB-ARN").kind == _column(built, BR, "codigo_rastreio").kind == "none"


def test_when_a_business_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    for table, name, check in (
        (CA, "businessNumber", bn.is_valid),
        (FR, "siret_micro_entreprise", siret.is_valid),
        (BR, "cnpj_transportadora", cnpj.is_valid),
        (CZ, "ico_sponzora", ico.is_valid),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"CH-CARD-NO"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name
    partial = [c for c in _columns(built) if "partial" in c.tags]
    assert len(partial) >= 3
    for col in partial:
        vals = _str(_real(col.values))
        assert vals and _misses(vals, lambda x: bool(re.fullmatch(r"\d{4}", x))) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"iban", "iban_versement", "RestitutieIban"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 200 and _misses(vals, iban.is_valid) == 0, col.name
    nz = _str(_values(built, NZ, "prz_bank_acct"))
    assert len(nz) >= 30 and _misses(nz, nzbank.is_valid) == 0
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert len(banks) >= 3 and all(c.kind == "unclassified" for c in banks)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 8
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
    GB: "GB",
    CA: "CA",
    AU: "AU",
    NZ: "NZ",
    COBOL: "US",
    STG: "TH",
    IE: "IE",
    DE: "DE",
    FR: "FR",
    BR: "BR",
    NL: "NL",
    CZ: "CZ",
    JA: "JP",
    UA: "UA",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 18 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    col = _column(built, COBOL, "MERCH-PHONE")
    vals = _str(col.values)
    assert col.kind == "none" and "business" in col.tags
    assert len(vals) >= 200 and _misses(vals, lambda x: _phone_valid(x, "US")) == 0


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_japanese_and_ukrainian_tables_are_built_then_their_scripts_occur(built) -> None:
    ja = heldout_support.table(built, JA)
    assert all(re.fullmatch(r"[a-z_0-9]+", c.name) for c in ja.columns)
    kana = _values(built, JA, "hogosha_kana")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    kanji = _values(built, JA, "hogosha_shimei")
    assert _misses(kanji, lambda x: bool(re.fullmatch("[\u4e00-\u9fff\u3005]+ [\u4e00-\u9fff\u3005]+", str(x)))) == 0
    ua = heldout_support.table(built, UA)
    assert re.search("[\u0400-\u04ff]", ua.name) and all(re.search("[\u0400-\u04ff]", c.name) for c in ua.columns)
    appeals = _values(built, UA, "апеляція_піб")
    three = r"[\u0400-\u04ff']+ [\u0400-\u04ff']+ [\u0400-\u04ff']+"
    assert len(appeals) >= 30 and _misses(appeals, lambda x: bool(re.fullmatch(three, str(x)))) == 0


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
    numeric = {c.sql_type for c in table.columns if c.kind in {"phone", "postal_code", "date_of_birth"}}
    assert numeric <= {"BIGINT", "INTEGER"}
    assert sum(x == 0 for x in _column(built, COBOL, "CH-PHONE").values) >= 10


def test_when_the_scorer_builds_set_v157_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v157.summary(built).startswith("14 tables")
    assert heldout_v2_accuracy.SETS["v157"].DEFAULT_PATH == Path("/tmp/heldout_v157.duckdb")
