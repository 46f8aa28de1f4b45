"""Held-out set v173: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
role words, custom fields, identifiers with check digits (and the birth dates they encode), identity documents by
shape, dates of birth in their local forms, phones valid for their region, cards, IBANs and bank accounts, decoys
failing their checks, the consistency of couples, guests and verified members within a row, and its determinism are
the ones asked for (values are only counted or checked here, never printed).

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
from stdnum.at import vnr
from stdnum.au import acn
from stdnum.ca import sin
from stdnum.es import cif, dni, nie
from stdnum.gb import utr
from stdnum.ie import pps
from stdnum.in_ import aadhaar, epic
from stdnum.jp import in_ as my_number
from stdnum.nz import ird
from stdnum.pl import pesel
from stdnum.pt import cc, nif
from stdnum.ua import rntrc
from stdnum.us import ssn

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v173
from benchmarks.classification import heldout_v173_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "es", "uk", "ja", "pt", "pl", "de", "fr"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v173")
_cells = heldout_support.Cells(heldout_v173.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

GB, AU, FJ, IE = (
    "cheshire_introductions.client_profiles",
    "tamarMatch.memberReports",
    "CoralCoveResort.HoneymoonBookings",
    "hse_crs_mgr.mrg_ntf_reg",
)
COBOL, STG, NZ = (
    "WCMRGLIC.LICENSE_EXTRACT",
    "stg_kanpur_rishte.src_crm_profile_raw",
    "whanganui_weddings.rsvp_export_json",
)
ES, UA, JA, PT = (
    "bodas_haro.contratos_novios",
    "шлюб_за_добу_житомир.заяви_про_шлюб",
    "えにしマッチ.年齢確認と通報",
    "viagens_evora.luas_de_mel",
)
PL, AT, QC = (
    "biuro_matrymonialne_kielce.klienci_spotkania",
    "HochzeitshotelEllmau.Gaesteblatt",
    "celebrations_estrie.celebrations_temoins",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _rows(built: list, table: str, first: str, second: str) -> list[tuple[object, object]]:
    a, b = _column(built, table, first).values, _column(built, table, second).values
    return [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]


def _dni_or_nie(text: str) -> bool:
    return dni.is_valid(text) or nie.is_valid(text)


def _pl_id_card(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3}\d{6}", text)) and text[3] == values.pl_id_card_check(text[:3], text[4:])


def _rntrc_birth(text: str) -> date:
    return date(1899, 12, 31) + timedelta(days=int(text[:5]))


def _dmon(text: str) -> date:
    day, month, year = text.split()
    return date(int(year), values._MONTHS.index(month) + 1, int(day))


def _wareki(text: str) -> date:
    era, year, month, day = re.fullmatch(r"(昭和|平成)(元|\d+)年(\d+)月(\d+)日", text).groups()
    return date((1925 if era == "昭和" else 1988) + (1 if year == "元" else int(year)), int(month), int(day))


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v173, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_styles_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert 13 <= len(built) <= 15 and 250 <= len(columns) <= 350
    assert all(200 <= len(t.columns[0].values) <= 800 for t in built)
    assert len({t.name.split(".")[0] for t in built}) == len(built)
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
        "split_dob",
        "locality",
        "licence",
        "multi_document",
        "health_words",
        "coordinates",
        "event_date",
        "username",
        "bank_account",
        "check_digit",
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
    labels = heldout_v173.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {
            "business",
            "decoy",
            "join_key",
            "custom_plain",
            "check_digit",
            "health_words",
            "coordinates",
            "event_date",
        }:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality"}:
            assert col.kind == "city", col.name
        if col.tags & {"licence", "multi_document"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"username", "bank_account"}:
            assert col.kind == "unclassified", col.name


def test_when_the_set_is_built_then_every_table_has_200_to_800_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 200 <= lengths.pop() <= 800, table.name


def test_when_a_column_is_tagged_null_heavy_then_70_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 8
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
    assert {
        "matchmaker",
        "moderator",
        "ButlerName",
        "solmnsr_nm",
        "DEPUTY-CLERK",
        "col23",
        "planner.name",
        "coordinadora",
        "працівник_рацс",
        "担当者",
        "agente",
        "swatka",
        "Rezeption",
        "celebrant",
    } == {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 20 and all(c.kind != "none" for c in role)
    assert {
        "referred_by",
        "reportedFirstName",
        "PartnerFullName",
        "p1_fthr_nm",
        "wit1_nm",
        "WIT-NM",
        "OFFICIANT-NM",
        "col16",
        "wedding.couple",
        "guest.plus_one.name",
        "testigo_1",
        "свідок",
        "conjuge_nome",
        "osoba_poznana",
        "Begleitperson",
        "epoux1_pere",
        "temoin_1",
    } <= {c.name for c in role}


def test_when_a_custom_field_is_built_then_it_mixes_phones_emails_and_names(built) -> None:
    custom = [c for c in _columns(built) if "custom_field" in c.tags]
    assert len(custom) >= 10
    assert {"misc_1", "notes2", "Udf3", "meta.code"} <= {c.name for c in custom}
    for col in custom:
        vals = [str(x) for x in _real(col.values)]
        mails = sum("@" in x for x in vals)
        digits = sum(sum(ch.isdigit() for ch in x) >= 7 and "@" not in x for x in vals)
        assert 0.15 <= mails / len(vals) <= 0.5 and 0.25 <= digits / len(vals) <= 0.6, col.name


def test_when_a_custom_field_holds_codes_then_it_holds_no_contact_data(built) -> None:
    plain = [c for c in _columns(built) if "custom_plain" in c.tags]
    assert {c.name for c in plain} == {"misc_2", "udf3", "ML-USER-FLD-3"}
    for col in plain:
        vals = [str(x) for x in _real(col.values)]
        assert vals and _misses(vals, lambda x: "@" not in x and sum(ch.isdigit() for ch in x) < 5) == 0, col.name


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (IE, "p1_ppsn", pps.is_valid),
    (IE, "p2_ppsn", pps.is_valid),
    (COBOL, "A-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (COBOL, "B-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col13", aadhaar.is_valid),
    (STG, "col14", epic.is_valid),
    (ES, "novio1_documento", _dni_or_nie),
    (ES, "novio2_documento", _dni_or_nie),
    (UA, "наречений_рнокпп", rntrc.is_valid),
    (UA, "наречена_рнокпп", rntrc.is_valid),
    (PT, "nif", nif.is_valid),
    (PT, "cartao_cidadao", cc.is_valid),
    (PL, "pesel", pesel.is_valid),
    (PL, "seria_numer_dowodu", _pl_id_card),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 100 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((IE, "p1_ppsn"), (IE, "p2_ppsn"), (COBOL, "A-SSN"), (COBOL, "B-SSN")):
        assert _column(built, table, name).kind == "ssn", name
    personal_nifs = _str(_values(built, PT, "nif"))
    assert _misses(personal_nifs, lambda x: x[0] in "123") == 0
    documents = _str(_values(built, ES, "novio1_documento")) + _str(_values(built, ES, "novio2_documento"))
    assert sum(nie.is_valid(x) for x in documents) >= 40 and sum(dni.is_valid(x) for x in documents) >= 400


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    classes = {"A": "[A-Z]", "9": "[0-9]", "Z": "[0-9A-Z]"}
    passports = "|".join("".join(classes.get(ch, re.escape(ch)) for ch in guest[3]) for guest in values.GUESTS.values())
    shapes = [
        (GB, "id_document_number", r"\d{9}|[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}"),
        (AU, "licenceNumber", r"[A-Z][0-9A-Z]\d{4,5}|0\d{8}"),
        (FJ, "PassportNumber", passports),
        (IE, "p2_ppt_no", r"[A-Z]{1,2}\d{6,7}|\d{9}"),
        (UA, "паспорт_нареченої", r"00\d{7}|[А-ЯІЇЄ]{2}\d{6}"),
        (JA, "書類番号", r"62\d{10}|[A-Z]{2}\d{7}|[A-Z]{2}\d{8}[A-Z]{2}"),
        (PT, "passaporte", r"[C-G]\d{6}"),
        (PT, "conjuge_passaporte", r"[C-G]\d{6}"),
        (AT, "Reisedokumentnummer", r"[PU]\d{7}|\d{8}|[CL][CFGHJKLMNPRTVWXYZ0-9]{8}"),
        (QC, "epoux1_permis_conduire", r"[A-Z]\d{4}-\d{6}-\d{2}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind == "national_id", name


def test_when_an_identifier_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    for number, born in (
        ("наречений_рнокпп", "наречений_дата_народження"),
        ("наречена_рнокпп", "наречена_дата_народження"),
    ):
        rows = _rows(built, UA, number, born)
        assert len(rows) >= 200, number
        assert _misses(rows, lambda r: _rntrc_birth(r[0]) == datetime.strptime(r[1], "%d.%m.%Y").date()) == 0
    rows = _rows(built, PL, "pesel", "data_urodzenia")
    assert len(rows) >= 200
    assert _misses(rows, lambda r: pesel.get_birth_date(r[0]) == datetime.strptime(r[1], "%d.%m.%Y").date()) == 0
    permits = _rows(built, QC, "epoux1_permis_conduire", "epoux1_date_naissance")
    assert len(permits) >= 150

    def permit_ok(row: tuple) -> bool:
        number, born = row[0], date.fromisoformat(row[1])
        return (
            number[6:8] == f"{born.day:02d}" and int(number[8:10]) % 50 == born.month and number[10:12] == f"{born:%y}"
        )

    assert _misses(permits, permit_ok) == 0
    surnames = _rows(built, QC, "epoux1_permis_conduire", "epoux1_nom")
    assert _misses(surnames, lambda r: values.fold(r[1])[0].upper() == r[0][0]) == 0
    cols = {c.name: c.values for c in heldout_support.table(built, GB).columns}
    docs = zip(cols["date_of_birth"], cols["id_document_type"], cols["id_document_number"], strict=True)
    licences = [(born, number) for born, kind, number in docs if kind == "Driving licence"]
    assert len(licences) >= 100

    def licence_ok(row: tuple) -> bool:
        born, number = row
        decade_year = number[5] + number[10]
        return number[8:10] == f"{born.day:02d}" and int(number[6:8]) % 50 == born.month and decade_year == f"{born:%y}"

    assert _misses(licences, licence_ok) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    for name in ("A-DOB", "B-DOB"):
        ymd = [x for x in _column(built, COBOL, name).values if x]
        assert len(ymd) >= 500
        assert _misses(ymd, lambda x: 1950 <= datetime(x // 10_000, x // 100 % 100, x % 100).year <= 2008) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "B-DOB").values) >= 5
    for table, name, fmt in (
        (FJ, "PartnerDateOfBirth", "%Y-%m-%d"),
        (IE, "p1_dob", "%d/%m/%Y"),
        (IE, "p2_dob", "%d/%m/%Y"),
        (NZ, "guest.birth_date", "%Y-%m-%d"),
        (ES, "novio1_fecha_nacimiento", "%d/%m/%Y"),
        (ES, "novio2_fecha_nacimiento", "%d/%m/%Y"),
        (UA, "наречений_дата_народження", "%d.%m.%Y"),
        (UA, "наречена_дата_народження", "%d.%m.%Y"),
        (PT, "data_nascimento", "%d/%m/%Y"),
        (PT, "conjuge_data_nascimento", "%d/%m/%Y"),
        (PL, "data_urodzenia", "%d.%m.%Y"),
        (AT, "Geburtsdatum", "%d.%m.%Y"),
        (QC, "epoux1_date_naissance", "%Y-%m-%d"),
        (QC, "epoux2_date_naissance", "%Y-%m-%d"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 80, name
        assert _misses(vals, lambda x, f=fmt: 1940 <= datetime.strptime(x, f).year <= 2023) == 0, name
    spoken = _values(built, STG, "col03")
    assert len(spoken) >= 500 and _misses(spoken, lambda x: 1980 <= _dmon(x).year <= 2002) == 0
    eras = _values(built, JA, "生年月日")
    assert len(eras) >= 500 and _misses(eras, lambda x: 1966 <= _wareki(x).year <= 2007) == 0
    assert sum(x.startswith("昭和") for x in eras) >= 100 and sum(x.startswith("平成") for x in eras) >= 100
    for table, prefix, years in ((AU, "reportedDob", (1962, 2007)), (FJ, "LeadGuestBirth", (1968, 2003))):
        parts = list(zip(*(_column(built, table, prefix + s).values for s in ("Year", "Month", "Day")), strict=True))
        assert len(parts) >= 200 and _misses(parts, lambda p, y=years: y[0] <= datetime(*p).year <= y[1]) == 0
    assert {c.sql_type for c in heldout_support.table(built, GB).columns if c.kind == "date_of_birth"} == {"DATE"}


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (GB, "membership_no", utr.is_valid, 10),
        (AU, "caseRef", acn.is_valid, 9),
        (IE, "ntf_ref", pps.is_valid, 7),
        (COBOL, "ML-CTL-NO", ssn.is_valid, 9),
        (STG, "col18", aadhaar.is_valid, 12),
        (NZ, "wedding.booking_ref", ird.is_valid, 9),
        (ES, "numero_presupuesto", dni.is_valid, 8),
        (UA, "номер_заяви", rntrc.is_valid, 10),
        (JA, "受付番号", my_number.is_valid, 12),
        (PT, "numero_processo", nif.is_valid, 9),
        (PL, "numer_umowy", pesel.is_valid, 11),
        (AT, "Meldeblattnummer", vnr.is_valid, 10),
        (QC, "no_dossier", sin.is_valid, 9),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_business_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    checked = [
        (ES, "bodega_cif", cif.is_valid),
        (PT, "operador_nipc", lambda x: nif.is_valid(x) and x.startswith("5")),
    ]
    assert {name for _, name, _ in checked} == {c.name for c in _columns(built) if "check_digit" in c.tags}
    for table, name, check in checked:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"CardNumber", "cartao_credito", "Kreditkarte"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"iban_fianza", "рахунок_для_повернення", "iban_reembolso", "rachunek_bankowy"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 40 and _misses(vals, iban.is_valid) == 0, col.name
    accounts = _str(_values(built, QC, "compte_depot"))
    assert len(accounts) >= 100 and _misses(accounts, lambda x: bool(re.fullmatch(r"\d{5}-\d{3}-\d{7}", x))) == 0
    assert {c.name for c in _columns(built) if "bank_account" in c.tags} == {"compte_depot"}
    assert {c.name for c in _columns(built) if "username" in c.tags} == {
        "reporterHandle",
        "reportedHandle",
        "lst_upd_by",
        "col20",
        "ニックネーム",
    }
    assert all(c.kind == "unclassified" for c in _columns(built) if c.tags & {"bank_account", "username"})
    upi = _str(_values(built, STG, "col20"))
    assert len(upi) >= 200 and _misses(upi, lambda x: bool(re.fullmatch(r"[a-z._0-9]+@[a-z]+", x))) == 0


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 5
    for col in ips:
        vals = _str(_real(col.values))
        assert len(vals) >= 150 and _misses(vals, lambda x: bool(ipaddress.ip_address(x))) == 0, col.name


def _phone_region(text: str, region: str | None) -> str | None:
    """The region of a valid phone number (``None`` when it is not a valid number)."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.region_code_for_number(number) if phonenumbers.is_valid_number(number) else None


#: table -> (the region numbers are parsed in, the regions they may belong to)
PHONE_REGIONS: dict[str, tuple[str | None, set[str]]] = {
    GB: ("GB", {"GB"}),
    AU: ("AU", {"AU"}),
    FJ: (None, {"AU", "NZ", "US", "GB"}),
    IE: ("IE", {"IE"}),
    COBOL: ("US", {"US"}),
    STG: ("IN", {"IN"}),
    NZ: ("NZ", {"NZ"}),
    ES: ("ES", {"ES"}),
    UA: ("UA", {"UA"}),
    JA: ("JP", {"JP"}),
    PT: ("PT", {"PT"}),
    PL: ("PL", {"PL"}),
    AT: ("AT", {"AT", "DE"}),
    QC: ("CA", {"CA"}),
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 15 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region, allowed = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 100, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region, a=allowed: _phone_region(x, r) in a) == 0, f"{table.name}.{col.name}"


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_honeymooners_are_built_then_their_passports_phones_and_home_towns_follow_their_nationality(
    built,
) -> None:
    table = heldout_support.table(built, FJ)
    cols = {c.name: c.values for c in table.columns}
    classes = {"A": "[A-Z]", "9": "[0-9]"}
    rows = list(zip(cols["Nationality"], cols["PassportNumber"], cols["Mobile"], cols["HomeCity"], strict=True))
    assert len(rows) >= 200

    def ok(row: tuple) -> bool:
        country, _, region, layout, _ = values.GUESTS[row[0]]
        shape = "".join(classes.get(ch, re.escape(ch)) for ch in layout)
        return (
            bool(re.fullmatch(shape, row[1]))
            and _phone_region(row[2], None) == region
            and row[3] in values.home_towns(country)
        )

    assert _misses(rows, ok) == 0
    assert len({r[0] for r in rows}) == 4


def test_when_couples_and_guests_are_built_then_their_rows_are_consistent(built) -> None:
    notices = heldout_support.table(built, IE)
    cols = {c.name: c.values for c in notices.columns}
    second = list(zip(cols["p2_ppsn"], cols["p2_ppt_no"], strict=True))
    assert _misses(second, lambda r: (r[0] is None) != (r[1] is None)) == 0
    dates = list(zip(cols["ntf_dt"], cols["cer_dt"], strict=True))
    assert _misses(dates, lambda r: (r[1] - r[0]).days >= 90) == 0
    guests = heldout_support.table(built, NZ)
    cols = {c.name: c.values for c in guests.columns}
    children = [
        (born, mail, plus)
        for born, mail, plus in zip(
            cols["guest.birth_date"], cols["guest.email"], cols["guest.plus_one.name"], strict=True
        )
        if born
    ]
    assert len(children) >= 40 and _misses(children, lambda r: r[1] is None and r[2] is None) == 0
    reports = heldout_support.table(built, AU)
    cols = {c.name: c.values for c in reports.columns}
    checks = list(zip(cols["idCheckStatus"], cols["licenceNumber"], cols["reportedLastName"], strict=True))
    assert _misses(checks, lambda r: (r[0] == "verified") == (r[1] is not None) == (r[2] is not None)) == 0
    brides = _rows(built, UA, "наречена_прізвище", "прізвище_після_шлюбу")
    grooms = _column(built, UA, "наречений_прізвище").values
    taken = [(b, after, g) for (b, after), g in zip(brides, grooms, strict=True)]
    assert _misses(taken, lambda r: r[1] in (r[0], values.feminine("uk", r[2]))) == 0
    assert sum(r[1] != r[0] for r in taken) >= 150
    members = heldout_support.table(built, JA)
    cols = {c.name: c.values for c in members.columns}
    told = list(zip(cols["通報件数"], cols["通報理由"], cols["通報内容"], strict=True))
    assert _misses(told, lambda r: (r[0] == 0) == (r[1] is None) and (r[0] > 0 or _nullish(r[2]))) == 0


def test_when_the_ukrainian_and_japanese_tables_are_built_then_their_names_and_values_are_in_their_scripts(
    built,
) -> None:
    cyrillic = "[\u0400-\u04ff]"
    table = heldout_support.table(built, UA)
    assert re.search(cyrillic, table.name) and all(re.search(cyrillic, c.name) for c in table.columns)
    for name in ("наречений_прізвище", "наречена_імʼя", "наречений_по_батькові", "місто", "свідок"):
        vals = _values(built, UA, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u0400-\u04ffʼ' .-]+", str(x)))) == 0, name
    japanese = "[\u3040-\u30ff\u4e00-\u9fff]"
    table = heldout_support.table(built, JA)
    assert re.search(japanese, table.name) and all(re.search(japanese, c.name) for c in table.columns)
    kanji, kana = r"[\u4e00-\u9fff々]+ [\u4e00-\u9fff々]+", r"[\u30a0-\u30ff]+ [\u30a0-\u30ff]+"
    for name, script in (("氏名", kanji), ("フリガナ", kana)):
        vals = _values(built, JA, name)
        assert len(vals) >= 200 and _misses(vals, lambda x, s=script: bool(re.fullmatch(s, str(x)))) == 0, name
    towns = _values(built, JA, "市区町村")
    assert _misses(towns, lambda x: bool(re.search(japanese, str(x)))) == 0


def test_when_an_opaque_staging_table_is_built_then_every_column_is_colnn(built) -> None:
    table = heldout_support.table(built, STG)
    assert table.name.split(".")[1].startswith("src_crm_")
    assert [c.name for c in table.columns] == [f"col{i:02d}" for i in range(1, len(table.columns) + 1)]
    assert len(table.columns) >= 20 and all("opaque" in c.tags for c in table.columns)


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
    assert len(padded) >= 8 and all(re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)+", c.name) for c in table.columns)
    numeric = {c.sql_type for c in table.columns if c.kind in {"ssn", "phone", "postal_code", "date_of_birth"}}
    assert numeric <= {"BIGINT", "INTEGER"}
    assert sum(x == 0 for x in _column(built, COBOL, "B-SSN").values) >= 20


def test_when_the_scorer_builds_set_v173_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v173.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v173"].DEFAULT_PATH == Path("/tmp/heldout_v173.duckdb")
