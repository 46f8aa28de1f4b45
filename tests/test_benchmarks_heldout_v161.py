"""Held-out set v161: its size, languages, naming styles, labels, row counts, NULL and NULL-word shares, staff and
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
from stdnum import iban, imo, luhn
from stdnum.ar import cbu, cuit, dni
from stdnum.au import abn, tfn
from stdnum.be import eid, nn
from stdnum.be import vat as kbo
from stdnum.ca import sin
from stdnum.dk import cpr
from stdnum.id import nik, npwp
from stdnum.ie import pps
from stdnum.it import codicefiscale
from stdnum.pt import cc, nif
from stdnum.ru import inn
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v161
from benchmarks.classification import heldout_v161_values as values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

LANGUAGES = {"en", "pt", "it", "nl", "da", "tr", "ru", "es"}
PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v161")
_cells = heldout_support.Cells(heldout_v161.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values

GB, CA, AU, IE = (
    "hebridean_link.sailing_manifests",
    "salishCoastFerries.crewCertificates",
    "PilbaraPortSecurity.MsicApplications",
    "rslr_psec.stwy_inc",
)
COBOL, STG, ZA = "MARALLOT.ALLOTMENT_EXTRACT", "stg_smg_manning.src_pelaut_raw", "rbay_occhealth.seafarer_medicals_json"
PT, IT, BE, DK = (
    "armador_funchal.inscritos_maritimos",
    "traghetti_olbia.manifesto_imbarchi",
    "terminal_antwerpen.toegangsbadges",
    "rederi_frederikshavn.Laegeerklaeringer",
)
TR, RU, AR = (
    "mersin_acente.murettebat_degisimi",
    "крюинг_новороссийск.моряки",
    "remolcadores_bsas.delegaciones_haberes",
)


def _str(values: list) -> list[str]:
    return [str(x).strip() for x in values if x not in (0, None)]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _niss_valid(text: str) -> bool:
    return len(text) == 11 and text.isdigit() and values.niss_check(text[:10]) == text[10]


def _snils_valid(text: str) -> bool:
    d = _digits(text)
    return bool(re.fullmatch(r"\d{3}-\d{3}-\d{3} \d{2}", text)) and values.snils_check(d[:9]) == d[9:]


def _cf_same_day(row: tuple[str, str]) -> bool:
    """The codice fiscale's birth date (its two-digit year) is the row's ``dd/mm/yyyy`` birth date."""
    return codicefiscale.get_birth_date(row[0]).strftime("%d/%m/%y") == row[1][:6] + row[1][8:]


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v161, built) == []


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
        "licence",
        "seafarer_document",
        "multi_document",
        "visa",
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
    labels = heldout_v161.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)
    assert all(labels[t.name][c.name] == c.kind for t in built for c in t.columns)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for col in _columns(built):
        if col.tags & {"business", "decoy", "join_key", "custom_plain", "check_digit"}:
            assert col.kind == "none", col.name
        if col.kind == "none":
            assert col.tags & {"business", "decoy"}, col.name
        if col.tags & {"custom_field"}:
            assert col.kind == "free_text", col.name
        if col.tags & {"licence", "multi_document", "seafarer_document", "visa"}:
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
    assert len(heavy) >= 6
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
        "purser",
        "crewingCoordinator",
        "IssuingOfficer",
        "sec_ofc",
        "PAY-CLERK",
        "col19",
        "examiner.name",
        "tecnico_rh",
        "addetto_checkin",
        "badgebeheerder",
        "Sagsbehandler",
        "acente_personeli",
        "менеджер",
        "liquidador",
    } == {c.name for c in staff}
    for col in staff:
        assert col.kind in PERSON_KINDS and 2 <= len(set(_real(col.values))) <= 8, col.name


def test_when_a_role_word_holds_people_then_it_is_personal(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 20 and all(c.kind != "none" for c in role)
    assert {
        "emergency_contact_name",
        "nextOfKinName",
        "drv_nm",
        "drv_ppsn",
        "gd_mbr",
        "ALTE-NAME",
        "ALTE-ADDR-1",
        "col15",
        "contacto_emergencia",
        "accompagnatore",
        "contactpersoonWerkgever",
        "Soefartslaege",
        "NaermestePaaroerende",
        "baba_adi",
        "родственник",
        "beneficiario",
        "beneficiario_dni",
    } <= {c.name for c in role}


def test_when_a_name_is_written_surname_first_with_a_comma_then_every_cell_has_it(built) -> None:
    vals = [str(x) for x in _values(built, COBOL, "ALTE-NAME")]
    assert len(vals) >= 200 and _misses(vals, lambda x: bool(re.fullmatch(r"[A-Z' -]+, [A-Z]+", x))) == 0
    vals = [str(x) for x in _values(built, AR, "beneficiario")]
    shape = r"[A-ZÁÉÍÓÚÑ ]+, [A-ZÁÉÍÓÚ][a-záéíóúñ]+"
    assert len(vals) >= 200 and _misses(vals, lambda x: bool(re.fullmatch(shape, x))) == 0


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
    (CA, "sin", sin.is_valid),
    (IE, "drv_ppsn", pps.is_valid),
    (COBOL, "MMR-SSN", lambda x: ssn.is_valid(f"{int(x):09d}")),
    (STG, "col04", nik.is_valid),
    (STG, "col05", npwp.is_valid),
    (ZA, "seafarer.id_number", idnr.is_valid),
    (PT, "nif", nif.is_valid),
    (PT, "cartao_cidadao", cc.is_valid),
    (PT, "niss", _niss_valid),
    (IT, "codice_fiscale", codicefiscale.is_valid),
    (BE, "rijksregisternummer", nn.is_valid),
    (BE, "eidKaartnummer", eid.is_valid),
    (DK, "CprNummer", cpr.is_valid),
    (TR, "tc_kimlik_no", tckimlik.is_valid),
    (RU, "инн", inn.is_valid),
    (RU, "снилс", _snils_valid),
    (AR, "tripulante_cuil", cuit.is_valid),
    (AR, "tripulante_dni", dni.is_valid),
    (AR, "beneficiario_dni", dni.is_valid),
]


def test_when_an_identifier_column_is_built_then_every_value_passes_its_checksum(built) -> None:
    for table, name, check in CHECKED:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind in {"ssn", "national_id"}, name
    for table, name in ((CA, "sin"), (IE, "drv_ppsn"), (COBOL, "MMR-SSN"), (PT, "niss"), (RU, "снилс")):
        assert _column(built, table, name).kind == "ssn", name
    cprs = _str(_values(built, DK, "CprNummer"))
    assert _misses(cprs, lambda x: cpr.checksum(cpr.compact(x)) == 0) == 0


def test_when_an_identifier_has_no_public_check_then_it_has_its_documented_shape(built) -> None:
    shapes = [
        (CA, "cdnMaritimeDocNo", r"[A-Z]{2}\d{6}"),
        (CA, "cocNumber", r"\d{7}"),
        (AU, "IdentityDocumentNumber", r"\d{7}|(PA|PB|PE|RA)\d{7}|[A-Z]\d{7}"),
        (COBOL, "MMR-MMC-REF", r"\d{7}"),
        (STG, "col06", r"[EFG] \d{6}"),
        (ZA, "seafarer.passport_number", r"P\d{7}[A-Z]|[A-Z]\d{7}|FE\d{6}"),
        (PT, "cedula_maritima", r"(FNC|LX|PEN)-\d{4,5}"),
        (PT, "certificado_competencia", r"CC\d{6}/\d{2}"),
        (IT, "numero_documento", r"CA\d{5}[A-Z]{2}|YA\d{7}|U1[A-Z0-9]{7}[A-Z]"),
        (TR, "pasaport_no", r"U\d{8}|75 \d{7}|C\d{7}|[A-Z]{3}\d{6}"),
        (TR, "gemiadami_cuzdani_no", r"(MRS|İST|İZM|TRB)-\d{6}"),
        (TR, "vize_no", r"[A-Z]\d{7}"),
        (RU, "паспорт_рф", r"03 \d\d \d{6}"),
        (RU, "удостоверение_моряка", r"(МА|МК|РФ) \d{7}"),
        (RU, "диплом_номер", r"НВР \d{6}"),
        (AR, "libreta_embarque", r"\d{6}-[A-Z]"),
    ]
    for table, name, shape in shapes:
        vals = _str(_values(built, table, name))
        assert len(vals) >= 40 and _misses(vals, lambda x, s=shape: re.fullmatch(s, x)) == 0, name
        assert _column(built, table, name).kind == "national_id", name


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_rows(built) -> None:
    rows = list(zip(_column(built, STG, "col04").values, _column(built, STG, "col03").values, strict=True))
    assert _misses(rows, lambda r: nik.get_birth_date(r[0]).strftime("%d-%m-%y") == r[1][:6] + r[1][8:]) == 0
    rows = [
        (n, d)
        for n, d in zip(
            _column(built, BE, "rijksregisternummer").values, _column(built, BE, "geboortedatum").values, strict=True
        )
        if n is not None
    ]
    assert len(rows) >= 200
    assert _misses(rows, lambda r: nn.get_birth_date(r[0]) == datetime.strptime(r[1], "%d/%m/%Y").date()) == 0
    rows = list(zip(_column(built, DK, "CprNummer").values, _column(built, DK, "Foedselsdato").values, strict=True))
    assert _misses(rows, lambda r: cpr.get_birth_date(r[0]) == datetime.strptime(r[1], "%d-%m-%Y").date()) == 0
    rows = list(
        zip(_column(built, IT, "codice_fiscale").values, _column(built, IT, "data_nascita").values, strict=True)
    )
    assert _misses(rows, _cf_same_day) == 0
    rows = [
        (n, d)
        for n, d in zip(
            _column(built, ZA, "seafarer.id_number").values,
            _column(built, ZA, "seafarer.birth_date").values,
            strict=True,
        )
        if n is not None
    ]
    assert len(rows) >= 200 and _misses(rows, lambda r: r[0][:6] == r[1][2:4] + r[1][5:7] + r[1][8:10]) == 0
    rows = list(
        zip(_column(built, AR, "tripulante_cuil").values, _column(built, AR, "tripulante_dni").values, strict=True)
    )
    assert _misses(rows, lambda r: _digits(r[0])[2:10] == _digits(r[1]).zfill(8)) == 0


def test_when_a_date_of_birth_is_numeric_text_or_split_then_it_decodes_to_a_real_date(built) -> None:
    ymd = [x for x in _column(built, COBOL, "MMR-DOB").values if x]
    assert len(ymd) >= 300
    assert _misses(ymd, lambda x: 1958 <= datetime(x // 10_000, x // 100 % 100, x % 100).year <= 2004) == 0
    assert sum(x == 0 for x in _column(built, COBOL, "MMR-DOB").values) >= 5
    for table, name, fmt in (
        (AU, "DateOfBirth", "%d/%m/%Y"),
        (IE, "sw_dob", "%d/%m/%Y"),
        (STG, "col03", "%d-%m-%Y"),
        (ZA, "seafarer.birth_date", "%Y-%m-%d"),
        (PT, "data_nascimento", "%d-%m-%Y"),
        (IT, "data_nascita", "%d/%m/%Y"),
        (BE, "geboortedatum", "%d/%m/%Y"),
        (DK, "Foedselsdato", "%d-%m-%Y"),
        (TR, "dogum_tarihi", "%d.%m.%Y"),
        (RU, "дата_рождения", "%d.%m.%Y"),
        (AR, "tripulante_fecha_nac", "%d/%m/%Y"),
    ):
        vals = _values(built, table, name)
        assert len(vals) >= 100 and _misses(vals, lambda x, f=fmt: 1938 <= datetime.strptime(x, f).year <= 2021) == 0
    parts = zip(*(_column(built, CA, f"birth{n}").values for n in ("Year", "Month", "Day")), strict=True)
    assert _misses(list(parts), lambda p: 1962 <= datetime(*p).year <= 2004) == 0
    assert {c.sql_type for c in heldout_support.table(built, GB).columns if c.kind == "date_of_birth"} == {"DATE"}


def test_when_a_decoy_is_shaped_like_an_identifier_then_it_fails_its_check(built) -> None:
    for table, name, check, size in (
        (CA, "payrollEmployeeNo", sin.is_valid, 9),
        (AU, "AusCheckReference", tfn.is_valid, 9),
        (IE, "inc_ref", pps.is_valid, 7),
        (COBOL, "ALT-CTL-NO", ssn.is_valid, 9),
        (STG, "col14", nik.is_valid, 16),
        (ZA, "certificate.serial", idnr.is_valid, 13),
        (PT, "numero_processo", nif.is_valid, 9),
        (BE, "badgeNummer", nn.is_valid, 11),
        (DK, "ErklaeringNr", cpr.is_valid, 10),
        (TR, "talep_no", tckimlik.is_valid, 11),
        (RU, "номер_договора", inn.is_valid, 12),
        (AR, "nro_tramite", cuit.is_valid, 11),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 200 and _misses(vals, lambda x, f=check, n=size: len(_digits(x)) == n and not f(x)) == 0
        assert _column(built, table, name).kind == "none", name
    shaped = [c for c in _columns(built) if "value_shape" in c.tags]
    assert len(shaped) >= 18 and all(c.kind == "none" for c in shaped)


def test_when_a_business_number_has_a_check_digit_then_it_passes_and_is_none(built) -> None:
    for table, name, check in (
        (CA, "homeVesselImo", imo.is_valid),
        (AU, "EmployerAbn", abn.is_valid),
        (COBOL, "ALTE-ABA", rtn.is_valid),
        (BE, "werkgeverKbo", kbo.is_valid),
        (TR, "imo_no", imo.is_valid),
    ):
        vals = _str(_values(built, table, name))
        assert len(vals) >= 150 and _misses(vals, check) == 0, name
        assert _column(built, table, name).kind == "none", name


def test_when_a_card_column_is_built_then_every_number_passes_luhn(built) -> None:
    cards = [c for c in _columns(built) if c.kind == "credit_card"]
    assert {c.name for c in cards} == {"card_number", "carta_pagamento"}
    for col in cards:
        vals = [_digits(x) for x in _str(_real(col.values))]
        assert len(vals) >= 40 and _misses(vals, lambda x: len(x) == 16 and luhn.is_valid(x)) == 0, col.name


def test_when_an_iban_or_bank_account_column_is_built_then_every_value_passes_its_check(built) -> None:
    ibans = [c for c in _columns(built) if c.kind == "iban"]
    assert {c.name for c in ibans} == {"iban"}
    for col in ibans:
        vals = _str(_real(col.values))
        assert len(vals) >= 200 and _misses(vals, iban.is_valid) == 0, col.name
    cbus = _str(_values(built, AR, "cbu"))
    assert len(cbus) >= 200 and _misses(cbus, cbu.is_valid) == 0
    banks = [c for c in _columns(built) if "bank_account" in c.tags]
    assert {c.name for c in banks} == {"ALTE-ACCT-NO", "cbu"} and all(c.kind == "unclassified" for c in banks)


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_ip(built) -> None:
    ips = [c for c in _columns(built) if c.kind == "ip_address"]
    assert len(ips) >= 5
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
    IE: "IE",
    COBOL: "US",
    STG: "ID",
    ZA: "ZA",
    PT: "PT",
    IT: "IT",
    BE: "BE",
    DK: "DK",
    TR: "TR",
    RU: "RU",
    AR: "AR",
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
    for table, name in ((IE, "hlr_ph"), (ZA, "employer.phone"), (DK, "KlinikTelefon")):
        col = _column(built, table, name)
        vals = _str(col.values)
        assert col.kind == "none" and "business" in col.tags, name
        assert vals and _misses(vals, lambda x, r=PHONE_REGIONS[table]: _phone_valid(x, r)) == 0, name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x).strip() for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for col in (c for c in table.columns if "business" in c.tags):
            assert _misses(_str(_real(col.values)), lambda x, p=private: x not in p) == 0, col.name


def test_when_the_russian_table_is_built_then_its_names_and_values_are_cyrillic(built) -> None:
    ru = heldout_support.table(built, RU)
    assert re.search("[\u0400-\u04ff]", ru.name) and all(re.search("[\u0400-\u04ff]", c.name) for c in ru.columns)
    three = r"[\u0400-\u04ff]+ [\u0400-\u04ff]+ [\u0400-\u04ff]+"
    kin = _values(built, RU, "родственник")
    assert len(kin) >= 200 and _misses(kin, lambda x: bool(re.fullmatch(three, str(x)))) == 0
    for name in ("фамилия", "имя", "отчество", "город"):
        vals = _values(built, RU, name)
        assert _misses(vals, lambda x: bool(re.fullmatch(r"[\u0400-\u04ff -]+", str(x)))) == 0, name


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
    assert sum(x == 0 for x in _column(built, COBOL, "MMR-SSN").values) >= 10


def test_when_the_scorer_builds_set_v161_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
    assert heldout_v161.summary(built).startswith("14 tables")
    assert heldout_v2_accuracy.SETS["v161"].DEFAULT_PATH == Path("/tmp/heldout_v161.duckdb")
