"""Held-out set v148: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff, crews
and role words, custom fields, identifiers with check digits (and the birth dates they encode), dates of birth in their
local forms, phones valid for their region, IBANs and bank accounts, decoys failing their checks and its determinism
are the ones asked for (values are only counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ipaddress
import re
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import iban
from stdnum.br import cpf
from stdnum.cl import rut
from stdnum.cz import bankaccount, rc
from stdnum.de import idnr
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as mynumber
from stdnum.us import ssn
from stdnum.za import idnr as za_idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v148
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "de", "es", "pt", "it", "el", "cs", "ja"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v148")
_cells = heldout_support.Cells(heldout_v148.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

GB, CA, IE, NZ = (
    "leedsbite_riders.rider_onboarding",
    "peggEats.customerSavedAddresses",
    "CorribCabs.LostPropertyReports",
    "TRIPSAFE_CHC.INCIDENT_REPORTS",
)
AU, COBOL, STG, ZA = (
    "tas_courier.pod_scn_log",
    "CRRBGCK.BGC_CONTRACTOR_EXTRACT",
    "stg_punebiketaxi.src_kyc_raw",
    "hailza_events.trip_events_json",
)
DE, CL, BR, IT = (
    "kurierdienst_lpz.fahrer_stammdaten",
    "socios_rest_scl.locales_adheridos",
    "motofrete_cwb.pedidos_entregas",
    "consegne_bo.richieste_rimborso",
)
GR, CZ, JA = "ραδιοταξί_λάρισας.μητρώο_οδηγών", "boxy_brno.vyzvednuti_zasilek", "神戸タクシー.忘れ物受付台帳"


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v148, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 250 <= len(columns) <= 350
    assert len({t.name.split(".")[0] for t in built}) == 15
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert {t.language_of(c) for t in built for c in t.columns} == LANGUAGES
    assert sum(t.language == "en" for t in built) == 8
    assert sorted(t.language for t in built if t.language != "en") == sorted(LANGUAGES - {"en"})
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    english = [t.style for t in built if t.language == "en"]
    assert sorted(english) == sorted(["snake", "camel", "pascal", "screaming", "abbrev", "cobol", "opaque", "json"])
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
        "crew",
        "join_key",
        "legacy",
        "opaque",
        "custom_field",
        "custom_plain",
        "split_address",
        "split_dob",
        "locality",
        "coordinates",
        "partial",
        "licence",
        "vehicle",
        "username",
        "bank_account",
        "pickup_dropoff",
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
        "ip_address",
        "street_address",
        "postal_code",
        "city",
        "date_of_birth",
        "free_text",
        "unclassified",
        "none",
    } == {c.kind for c in columns}


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v148.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "coordinates", "partial", "vehicle"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"licence"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"split_address", "pickup_dropoff"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality"}:
            assert col.kind == "city", col.name
        if col.tags & {"crew"}:
            assert col.kind == "person_name", col.name
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
    assert len(staff) >= 13
    assert {
        "onboarded_by",
        "HandledBy",
        "INVESTIGATOR",
        "drv_nm",
        "BGC-ADJ-BY",
        "col20",
        "support.agent",
        "disponent",
        "ejecutivo_comercial",
        "atendente",
        "operatore",
        "υπάλληλος_κίνησης",
        "受付担当",
    } <= {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_platform_names_its_drivers_or_couriers_then_they_are_many_and_personal(built) -> None:
    crews = [c for c in _columns(built) if "crew" in c.tags]
    assert {c.name for c in crews} == {"DriverName", "DRIVER_FULL_NAME", "driver.name", "motoboy_nome", "乗務員名"}
    for col in crews:
        assert col.kind == "person_name" and "staff" not in col.tags and len(set(_real(col.values))) > 20, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 15 and all(c.kind != "none" for c in role)
    assert {
        "emergency_contact_name",
        "emergency_contact_phone",
        "CollectedOnBehalfOf",
        "WITNESS_NAME",
        "WITNESS_PHONE",
        "sgn_nm",
        "representante_legal",
        "rut_representante",
        "destinatario",
        "nome_citofono",
        "intestatario_conto",
        "πατρώνυμο",
    } <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 10
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
    (COBOL, "BGC-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col03", aadhaar.is_valid),
    (STG, "col04", pan.is_valid),
    (ZA, "driver.id_number", za_idnr.is_valid),
    (DE, "steuer_id", idnr.is_valid),
    (CL, "rut_representante", rut.is_valid),
    (BR, "cliente_cpf", cpf.is_valid),
    (IT, "codice_fiscale", codicefiscale.is_valid),
    (GR, "αμκα", amka.is_valid),
    (GR, "αφμ", afm.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((COBOL, "BGC-SSN"), (GB, "ni_number"), (DE, "sv_nummer"), (GR, "αμκα")):
        assert _column(built, table, name).kind == "ssn", name


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (GB, "ni_number", r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]( ?\d\d){3} ?[A-D]"),
        (GB, "driving_licence_no", r"[A-Z9]{5}\d[0156]\d{4}[A-Z]{2}\d[A-Z]{2}"),
        (IE, "DriverSpsvLicence", r"\d{5}"),
        (NZ, "DRIVER_LICENCE_NO", r"[A-Z]{2}\d{6}"),
        (COBOL, "BGC-DL-NO", r"[A-Z]\d{3}-\d{4}-\d{4}-\d{2}"),
        (STG, "col07", r"MH1[24] 20[012]\d\d{7}"),
        (DE, "sv_nummer", r"\d\d \d{6} [A-Z] \d{3}"),
        (DE, "fuehrerschein_nr", r"[A-Z0-9]\d{3}[A-Z0-9]{5}\d{2}"),
        (GR, "αριθμός_ταυτότητας", r"[Α-Ω]{2} \d{6}"),
        (GR, "άδεια_οδήγησης", r"\d{9}"),
        (CZ, "cislo_op", r"\d{9}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    ids, births = _column(built, ZA, "driver.id_number").values, _column(built, ZA, "driver.birth_date").values
    pairs = list(zip(ids, births, strict=True))
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][:6] == r[1][2:4] + r[1][5:7] + r[1][8:10]) == 0
    rows = zip(_column(built, GR, "αμκα").values, _column(built, GR, "ημερομηνία_γέννησης").values, strict=True)
    assert _misses(list(rows), lambda r: r[0][:6] == r[1].strftime("%d%m%y")) == 0
    rows = zip(_column(built, DE, "sv_nummer").values, _column(built, DE, "geburtsdatum").values, strict=True)
    pairs = [(n, d) for n, d in rows if n is not None]
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][3:9] == r[1][:2] + r[1][3:5] + r[1][8:10]) == 0
    rows = zip(_column(built, GB, "driving_licence_no").values, _column(built, GB, "date_of_birth").values, strict=True)
    pairs = [(n, d) for n, d in rows if n is not None]
    assert len(pairs) >= 150 and _misses(pairs, lambda r: r[0][8:10] == f"{r[1].day:02d}") == 0
    rows = zip(_column(built, STG, "col04").values, _column(built, STG, "col02").values, strict=True)
    pairs = [(p, n) for p, n in rows if p is not None]
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][4] == r[1].split()[-1][0].upper()) == 0
    rows = zip(_column(built, IT, "codice_fiscale").values, _column(built, IT, "cognome_cliente").values, strict=True)
    pairs = [(p, n) for p, n in rows if p is not None]
    assert len(pairs) >= 40 and _misses(pairs, lambda r: r[0][0] == r[1][0].upper()) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "BGC-DOB").values if x]
    assert len(ymd) >= 300 and _misses(ymd, lambda x: 1960 <= date(x // 10_000, x // 100 % 100, x % 100).year) == 0
    for table, name, fmt in (
        (CA, "birthDate", "%Y-%m-%d"),
        (STG, "col05", "%d/%m/%Y"),
        (ZA, "driver.birth_date", "%Y-%m-%d"),
        (DE, "geburtsdatum", "%d.%m.%Y"),
        (CL, "fecha_nacimiento_rep", "%d-%m-%Y"),
        (CZ, "datum_narozeni", "%d.%m.%Y"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 40, name
        assert _misses(vals, lambda x, f=fmt: 1940 <= datetime.strptime(x, f).year <= 2006) == 0, name
    parts = zip(*(_column(built, NZ, n).values for n in ("DRIVER_DOB_YEAR", "DRIVER_DOB_MONTH", "DRIVER_DOB_DAY")),
                strict=True)
    assert _misses(list(parts), lambda p: 1958 <= date(*p).year <= 2001) == 0
    era = re.compile(r"(令和|平成|昭和)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日")
    offset = {"令和": 2018, "平成": 1988, "昭和": 1925}

    def wareki(text: str) -> date:
        m = era.fullmatch(text)
        year = 1 if m.group(2) == "元" else int(m.group(2))
        return date(year + offset[m.group(1)], int(m.group(3)), int(m.group(4)))

    vals = _values(built, JA, "生年月日")
    assert len(vals) >= 100 and _misses(vals, lambda x: 1940 <= wareki(x).year <= 2006) == 0


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (COBOL, "BGC-ORDER-NO", lambda x: ssn.is_valid(f"{int(x):09d}"), None),
        (STG, "col15", aadhaar.is_valid, 12),
        (ZA, "refund.invoice_number", za_idnr.is_valid, 13),
        (BR, "protocolo_atendimento", cpf.is_valid, 11),
        (GR, "αριθμός_σύμβασης", amka.is_valid, 11),
        (CZ, "cislo_reklamace", rc.is_valid, 10),
        (JA, "着払い伝票番号", mynumber.is_valid, 12),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100, name
        assert _misses(vals, lambda x, f=check, n=size: (n is None or len(_digits(x)) == n) and not f(x)) == 0, name
        assert _column(built, table, name).kind == "none", name
    contracts = _str(_values(built, CL, "numero_contrato"))
    assert len(contracts) >= 200 and _misses(contracts, lambda x: re.fullmatch(r"\d\d\.\d{3}\.\d{3}-[\dK]", x)
                                             and not rut.is_valid(x)) == 0
    companies = _str(_values(built, CL, "rut_empresa"))
    assert len(companies) >= 200 and _misses(companies, rut.is_valid) == 0
    assert _column(built, CL, "rut_empresa").kind == "none"
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 20 and all(c.kind == "none" for c in shaped)


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"iban", "iban_rimborso"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 60 and _misses(vals, iban.is_valid) == 0, col.name
    accounts = _str(_values(built, CZ, "ucet_vraceni_dobirky"))
    assert len(accounts) >= 60 and _misses(accounts, bankaccount.is_valid) == 0
    assert _column(built, CZ, "ucet_vraceni_dobirky").kind == "unclassified"


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 5
    for col in ips:
        vals = _str(_real(col.values))
        assert len(vals) >= 150 and _misses(vals, lambda x: bool(ipaddress.ip_address(x))) == 0, col.name


def test_when_a_card_is_kept_then_only_its_last_four_digits_are(built) -> None:
    assert not [c for c in _columns(built) if c.kind == "credit_card"]
    last4 = _str(_values(built, CA, "cardLast4"))
    assert len(last4) >= 200 and _misses(last4, lambda x: re.fullmatch(r"\d{4}", x)) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phones
PHONE_REGIONS = {
    GB: "GB",
    CA: "CA",
    IE: "IE",
    NZ: "NZ",
    AU: "AU",
    COBOL: "US",
    STG: "IN",
    ZA: "ZA",
    DE: "DE",
    CL: "CL",
    BR: "BR",
    IT: "IT",
    GR: "GR",
    CZ: "CZ",
    JA: "JP",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 17
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in ((AU, "dpt_ph"), (CL, "telefono_local"), (JA, "営業所電話")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_greek_and_japanese_tables_are_built_then_their_names_and_values_use_their_scripts(built) -> None:
    gr = heldout_support.table(built, GR)
    assert re.search("[\u0370-\u03ff]", gr.name) and sum(not c.name.isascii() for c in gr.columns) >= 20
    for name in ("επώνυμο", "όνομα", "πόλη"):
        assert _misses(_values(built, GR, name), lambda x: bool(re.search("[\u0370-\u03ff]", str(x)))) == 0, name
    ja = heldout_support.table(built, JA)
    assert re.search("[\u4e00-\u9fff]", ja.name) and all(not c.name.isascii() for c in ja.columns)
    kana = _values(built, JA, "フリガナ")
    assert _misses(kana, lambda x: all("\u30a0" <= ch <= "\u30ff" or ch == " " for ch in str(x))) == 0
    kanji = _values(built, JA, "申告者氏名")
    assert _misses(kanji, lambda x: bool(re.fullmatch("[\u4e00-\u9fff]+ [\u4e00-\u9fff]+", str(x)))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, STG)
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, 22)]
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
    assert sum(x == 0 for x in _column(built, COBOL, "BGC-SSN").values) >= 10


def test_when_the_scorer_builds_set_v148_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v148.summary(built).startswith("15 tables")
    assert heldout_v2_accuracy.SETS["v148"].DEFAULT_PATH == Path("/tmp/heldout_v148.duckdb")
