"""Held-out set v156: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
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
from datetime import date, datetime
from pathlib import Path

import duckdb
import phonenumbers
from stdnum import iban, luhn
from stdnum.ca import sin
from stdnum.es import dni, nie
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.gr import vat as afm
from stdnum.ie import pps
from stdnum.it import codicefiscale
from stdnum.my import nric
from stdnum.pl import nip, pesel
from stdnum.ru import inn, ogrn
from stdnum.se import orgnr, personnummer
from stdnum.tr import tckimlik, vkn
from stdnum.us import ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v156
from benchmarks.classification import heldout_v156_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "es", "it", "pl", "sv", "tr", "el", "ru"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v156")
_cells = heldout_support.Cells(heldout_v156.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

IE, AU, GB, CA = (
    "shannon_pts.transport_bookings",
    "tasAmbuPcr.patientCareRecords",
    "WearsideEd.TriageAttendances",
    "wpg_ems.frq_clr_prg",
)
COBOL, STG, ZA = (
    "BIGSKYAIR.MSN_BILL_EXTRACT",
    "stg_pg_ambulans.src_call_log_raw",
    "medrescue_app_gqb.handover_records_json",
)
ES, IT, PL, SE = (
    "transporte_sanitario_murcia.traslados_no_urgentes",
    "ps_brescia.accessi_pronto_soccorso",
    "wspr_lublin.karty_mcr",
    "sjukresor_sundsvall.bokningar",
)
TR, EL, RU = (
    "acil_eskisehir.hasta_kabul",
    "ιδιωτικά_ασθενοφόρα_ηρακλείου.διακομιδές",
    "платная_перевозка_томск.договоры_перевозки",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v156, built) == []


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
        "coordinates",
        "multi_document",
        "health_id",
        "username",
        "bank_account",
        "check_digit",
        "clinical_code",
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
    labels = heldout_v156.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "coordinates", "check_digit", "clinical_code"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"multi_document", "health_id"}:
            assert col.kind == "national_id", col.name
        if col.tags & {"split_address"}:
            assert col.kind == "street_address", col.name
        if col.tags & {"split_dob"}:
            assert col.kind == "date_of_birth", col.name
        if col.tags & {"locality"}:
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
        "crew_lead",
        "attendingParamedic",
        "secondOfficer",
        "TriageNurse",
        "SeenByClinician",
        "case_mgr",
        "FLT-NURSE",
        "FLT-PARAMEDIC",
        "col19",
        "crew.paramedic",
        "tecnico_tes",
        "infermiere_triage",
        "medico_ps",
        "kierownik_zespolu",
        "handlaggare",
        "nobetci_hekim",
        "triaj_hemsiresi",
        "διασώστης",
        "фельдшер",
    } <= {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 20 and all(c.kind != "none" for c in role)
    assert {
        "escort_name",
        "nokName",
        "RegisteredGp",
        "NextOfKinName",
        "sw_nm",
        "GUAR-NAME",
        "col03",
        "nok.full_name",
        "hospital.received_by",
        "acompanante",
        "medico_curante",
        "accompagnatore",
        "osoba_wzywajaca",
        "ledsagare",
        "baba_adi",
        "yakini_adi_soyadi",
        "συνοδός",
        "заказчик_фио",
    } <= {c.name for c in role}


def test_when_a_name_is_written_surname_first_with_a_comma_then_every_cell_has_it(built) -> None:
    vals = [str(x) for x in _values(built, COBOL, "GUAR-NAME")]
    assert len(vals) >= 80 and _misses(vals, lambda x: bool(re.fullmatch(r"[A-Z' -]+, [A-Z]+", x))) == 0


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


def _medicare_ok(text: str) -> bool:
    d = _digits(text)
    return len(d) == 10 and d[0] in "23456" and values.medicare_check(d[:8]) == d[8]


def _snils_ok(text: str) -> bool:
    d = _digits(text)
    return len(d) == 11 and bool(re.fullmatch(r"\d{3}-\d{3}-\d{3} \d{2}", text)) and values.snils_check(d[:9]) == d[9:]


#: (table, column, check) for every checksummed identifier of a person
CHECKED: list[tuple[str, str, object]] = [
    (IE, "patient_ppsn", pps.is_valid),
    (AU, "medicareNumber", _medicare_ok),
    (GB, "NhsNumber", nhs.is_valid),
    (CA, "pt_sin", sin.is_valid),
    (COBOL, "PT-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col06", nric.is_valid),
    (ZA, "patient.id_number", idnr.is_valid),
    (ES, "paciente_dni_nie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    (IT, "codice_fiscale", codicefiscale.is_valid),
    (PL, "pesel", pesel.is_valid),
    (SE, "personnummer", personnummer.is_valid),
    (TR, "tc_kimlik_no", tckimlik.is_valid),
    (EL, "αμκα", amka.is_valid),
    (EL, "αφμ", afm.is_valid),
    (RU, "пациент_снилс", _snils_ok),
    (RU, "заказчик_инн", lambda x: len(x) == 12 and inn.is_valid(x)),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((IE, "patient_ppsn"), (CA, "pt_sin"), (COBOL, "PT-SSN"), (EL, "αμκα"), (RU, "пациент_снилс")):
        assert _column(built, table, name).kind == "ssn", name
    docs = _str(_values(built, ES, "paciente_dni_nie"))
    assert sum(nie.is_valid(x) for x in docs) >= 10 and sum(dni.is_valid(x) for x in docs) >= 200


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (AU, "dvaFileNumber", r"T(X|N|SS)\d{6}"),
        (CA, "pt_phin", r"\d{9}"),
        (ES, "tarjeta_sanitaria", r"MRCA\d{6}[A-Z]\d{3}"),
        (RU, "полис_омс", r"70\d{14}"),
        (RU, "заказчик_паспорт", r"69 \d\d \d{6}"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind == "national_id", name


def _same_day(encoded: date, text: str, fmt: str) -> bool:
    """Whether a two-digit-year identifier's date is the row's birth date (the century is not encoded)."""
    born = datetime.strptime(text, fmt).date()
    return (encoded.day, encoded.month, encoded.year % 100) == (born.day, born.month, born.year % 100)


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = zip(
        _column(built, ZA, "patient.id_number").values, _column(built, ZA, "patient.birth_date").values, strict=True
    )
    pairs = [(n, d) for n, d in rows if n is not None]
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][:6] == r[1][2:4] + r[1][5:7] + r[1][8:10]) == 0
    rows = zip(_column(built, PL, "pesel").values, _column(built, PL, "data_urodzenia").values, strict=True)
    pairs = [(n, d) for n, d in rows if n is not None]
    assert (
        len(pairs) >= 200
        and _misses(pairs, lambda r: pesel.get_birth_date(r[0]) == datetime.strptime(r[1], "%d.%m.%Y").date()) == 0
    )
    rows = zip(_column(built, IT, "codice_fiscale").values, _column(built, IT, "data_nascita").values, strict=True)
    assert _misses(list(rows), lambda r: _same_day(codicefiscale.get_birth_date(r[0]), r[1], "%d/%m/%Y")) == 0
    rows = zip(_column(built, EL, "αμκα").values, _column(built, EL, "ημερομηνία_γέννησης").values, strict=True)
    pairs = [(n, d) for n, d in rows if n is not None]
    assert len(pairs) >= 200 and _misses(pairs, lambda r: r[0][:6] == r[1][:2] + r[1][3:5] + r[1][8:10]) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "PT-DOB").values if x]
    assert len(ymd) >= 250 and _misses(ymd, lambda x: 1932 <= date(x // 10_000, x // 100 % 100, x % 100).year) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "PT-DOB").values) >= 5
    for table, name, fmt in (
        (AU, "patientDateOfBirth", "%d/%m/%Y"),
        (CA, "pt_dob", "%Y-%m-%d"),
        (ZA, "patient.birth_date", "%Y-%m-%d"),
        (ES, "fecha_nacimiento", "%d/%m/%Y"),
        (IT, "data_nascita", "%d/%m/%Y"),
        (PL, "data_urodzenia", "%d.%m.%Y"),
        (TR, "dogum_tarihi", "%d.%m.%Y"),
        (EL, "ημερομηνία_γέννησης", "%d/%m/%Y"),
        (RU, "пациент_дата_рождения", "%d.%m.%Y"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 200 and _misses(vals, lambda x, f=fmt: 1925 <= datetime.strptime(x, f).year <= 2024) == 0
    parts = zip(*(_column(built, IE, f"patient_dob_{n}").values for n in ("year", "month", "day")), strict=True)
    assert _misses(list(parts), lambda p: 1928 <= date(*p).year <= 1990) == 0
    assert {c.sql_type for c in heldout_support.table(built, GB).columns if c.kind == "date_of_birth"} == {"DATE"}


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (IE, "booking_ref", pps.is_valid, 7),
        (GB, "AttendanceNumber", nhs.is_valid, 10),
        (CA, "fc_case_no", sin.is_valid, 9),
        (COBOL, "CLAIM-NO", ssn.is_valid, 9),
        (STG, "col10", nric.is_valid, 12),
        (ZA, "handover.invoice_no", idnr.is_valid, 13),
        (ES, "numero_servicio", dni.is_valid, 8),
        (PL, "numer_karty", pesel.is_valid, 11),
        (TR, "protokol_no", tckimlik.is_valid, 11),
        (EL, "αριθμός_παραστατικού", amka.is_valid, 11),
        (RU, "номер_договора", _snils_ok, 11),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    bookings = _str(_values(built, SE, "bokningsnummer"))
    assert len(bookings) >= 200 and _misses(bookings, lambda x: len(x) == 11 and not personnummer.is_valid(x)) == 0
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 15 and all(c.kind == "none" for c in shaped)


def test_when_a_business_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    for table, name, check in (
        (PL, "nip_szpitala", nip.is_valid),
        (SE, "trafikbolag_orgnr", orgnr.is_valid),
        (TR, "ozel_sigorta_vkn", vkn.is_valid),
        (RU, "огрн_учреждения", ogrn.is_valid),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 80 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"SELF-PAY-CARD"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"iban_reintegro", "iban_επιστροφής"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 40 and _misses(vals, iban.is_valid) == 0, col.name
    accounts = _str(_values(built, RU, "счёт_заказчика"))
    assert len(accounts) >= 30 and _misses(accounts, lambda x: bool(re.fullmatch(r"40817810\d{12}", x))) == 0
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert len(banks) >= 1 and all(c.kind == "unclassified" for c in banks)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 2
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
    IE: "IE",
    AU: "AU",
    GB: "GB",
    CA: "CA",
    COBOL: "US",
    STG: "MY",
    ZA: "ZA",
    ES: "ES",
    IT: "IT",
    PL: "PL",
    SE: "SE",
    TR: "TR",
    EL: "GR",
    RU: "RU",
}


def test_when_a_column_is_labeled_phone_then_every_number_is_valid_for_its_region(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 20 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    for table, col in phones:
        region = PHONE_REGIONS[table.name]
        vals = _str(_real(col.values))
        assert len(vals) >= 40, f"{table.name}.{col.name}"
        assert _misses(vals, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{col.name}"
        assert (
            _misses(vals, lambda x, r=region: phonenumbers.region_code_for_number(phonenumbers.parse(x, r)) == r) == 0
        ), f"{table.name}.{col.name}"


def test_when_a_business_phone_is_built_then_it_is_valid_and_none(built) -> None:
    for table, name in ((GB, "GpPracticePhone"), (CA, "sw_agcy_ph")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_greek_and_russian_tables_are_built_then_their_scripts_occur(built) -> None:
    for name, script in ((EL, "[\u0370-\u03ff\u1f00-\u1fff]"), (RU, "[\u0400-\u04ff]")):
        table = heldout_support.table(built, name)
        assert re.search(script, table.name), name
        assert sum(bool(re.search(script, c.name)) for c in table.columns) >= len(table.columns) - 2, name
    three = r"[\u0400-\u04ff]+ [\u0400-\u04ff]+ [\u0400-\u04ff]+"
    assert _misses(_values(built, RU, "заказчик_фио"), lambda x: bool(re.fullmatch(three, str(x)))) == 0
    greek = r"[\u0370-\u03ff\u1f00-\u1fff]+"
    for name in ("επώνυμο", "όνομα", "πατρώνυμο"):
        assert _misses(_values(built, EL, name), lambda x: bool(re.fullmatch(greek, str(x)))) == 0, name


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
    assert sum(x == 0 for x in _column(built, COBOL, "PT-SSN").values) >= 10


def test_when_the_scorer_builds_set_v156_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v156.summary(built).startswith("14 tables")
    assert heldout_v2_accuracy.SETS["v156"].DEFAULT_PATH == Path("/tmp/heldout_v156.duckdb")
